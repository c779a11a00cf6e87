"""Gold answers for the 清凉到家 CoolHome held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (repair 14 d, install 14 d, warranty 90 d,
  callback 7 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by that attribute;
- a job (工单) = one `session_id` J000123: request (tp_repair_request or tp_install_request), tp_booked, [tp_cancel],
  tp_dispatch, tp_onsite (visit_no 1, and 2 when a second visit was needed), tp_quote (repairs), tp_repair_done or
  tp_install_done, tp_payment, tp_survey, [tp_warranty]. Per-job rates count jobs whose first event at step A falls in
  the period (by its date) and look for step B in the same job at any time; job attributes (channel of the request,
  district / 区域, brand / 品牌, technician, part / 配件, service_type) are read from the step-A event;
- quote acceptance = tp_quote events with action `accept` / all tp_quote events; rejection = action `reject` (the
  customer then pays only the 50 CNY inspection fee); first-time fix rate = tp_repair_done events with
  first_time_fix true / all tp_repair_done events; warranty re-visit (返修) rate = completed jobs (tp_repair_done /
  tp_install_done in the period) whose job has a tp_warranty event; cancellation rate = booked jobs with a tp_cancel;
  lateness = `late_minutes` of tp_onsite events (every visit);
- times between steps = per job, first B ts - first A ts (B after A), period by the date of A; minutes / hours / days
  as asked (days questions also accept whole calendar days);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = repair + install +
  relocation + inspection fees + extended-warranty cards; refunds = amount of orders with status `refunded` by
  `refunded_at`; spend per paying customer = paid amount / customers with >= 1 paid order in the period; parts revenue
  = sum of `parts_cost` (the parts billed to the customer) on paid repair orders;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (区域, 品牌, 配件, 故障类型, 服务类型, 取消原因, technician), en ones against district / region / brand / part / issue_type /
  channel / technician_en / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); callback ratings = channel `callback`, app ratings = channel `app_review`; rating by
  step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = channel
  `sms_survey` `nps` 0-10, NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per job (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, lowest=False):
    """share of jobs with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}" if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, lowest=lowest)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def warranty_by_service(start, end, margin=1.5):
    """per completed job (tp_repair_done or tp_install_done in the period): share with a tp_warranty."""
    rows = q(f"""SELECT d.服务类型, avg((w.session_id IS NOT NULL)::int) r, count(*) n
                 FROM (SELECT * FROM {_first('tp_repair_done')} UNION ALL SELECT * FROM {_first('tp_install_done')}) d
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_warranty') w
                 USING (session_id) WHERE {_in('d.t', start, end)} GROUP BY 1 ORDER BY r DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", expr="o.amount", status="paid", date_col="o.ts"):
    return _money(one(f"SELECT sum({expr}) FROM orders o WHERE o.status = '{status}' AND {_in(date_col, start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1", expr="o.amount"):
    v = one(f"SELECT avg({expr}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", expr="sum(o.amount)", margin=1.15):
    rows = q(f"""SELECT {by}, {expr} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
MAR_JUN_26 = ("2026-03-01", "2026-06-30")
(REQ, INST_REQ, BOOKED, CANCEL, DISPATCH, ONSITE, QUOTE, REPAIR_DONE, INSTALL_DONE, PAYMENT, SURVEY, WARRANTY) = (
    "tp_repair_request", "tp_install_request", "tp_booked", "tp_cancel", "tp_dispatch", "tp_onsite", "tp_quote",
    "tp_repair_done", "tp_install_done", "tp_payment", "tp_survey", "tp_warranty")
CALLBACK = "f.channel = 'callback'"
APP = "f.channel = 'app_review'"
SMS = "f.channel = 'sms_survey'"
LATE_T = _like("f.text", ["迟到", "late"])
WAIT_T = _like("f.text", ["才排上", "等好几天", "排期", "wait"])
PRICEY_T = _like("f.text", ["报价太贵", "乱收费", "贵一倍", "expensive", "overcharged"])
NOTFIX_T = _like("f.text", ["又不制冷", "又坏了", "修了三次", "broke again", "same fault"])
RELO_T = _like("f.text", ["移机后", "移完机", "after moving the unit", "since the relocation"])
ILEAK_T = _like("f.text", ["滴水", "dripping"])
EXTRA_T = _like("f.text", ["铜管", "材料费", "copper pipe", "material charges"])
MESS_T = _like("f.text", ["满地灰", "dust everywhere"])
PRO_T = _like("f.text", ["专业", "professional"])
FAST_T = _like("f.text", ["上门很快", "same day"])
POLITE_T = _like("f.text", ["鞋套", "shoe covers"])
TOPICS = ((LATE_T, "late"), (WAIT_T, "wait"), (PRICEY_T, "pricey"), (NOTFIX_T, "not_fixed"), (RELO_T, "relo_leak"),
          (ILEAK_T, "install_leak"), (EXTRA_T, "extra_fee"), (MESS_T, "mess"), (PRO_T, "pro"), (FAST_T, "fast"),
          (POLITE_T, "polite"))
REPAIR_REQ = "a.service_type = 'repair'"


def gold():
    return {
        # ---- funnels / conversion / rates
        "hv01": lambda: conv("repair", *Y25),
        "hv02": lambda: top_lost("repair", *Y25),
        "hv03": lambda: rank_rate(REQ, BOOKED, *Y25, by="a.channel", lowest=True, margin=1.08),
        "hv04": lambda: rate(REQ, BOOKED, *Y25, "a.channel = 'hotline'"),
        "hv05": lambda: conv("install", *H1_26),
        "hv06": lambda: conv("install", *H1_26, cond="c.acquisition_channel = 'property'"),
        "hv07": lambda: events_share(QUOTE, "e.action = 'accept'", *Y25),
        "hv08": lambda: top_events_share(QUOTE, "e.action = 'reject'", 'e."配件"', *Y25, margin=1.6),
        "hv09": lambda: events_share(QUOTE, "e.action = 'reject'", *Y25, "e.part = 'capacitor'"),
        "hv10": lambda: events_share(QUOTE, "e.action = 'accept'", *MAR_JUN_26),
        "hv11": lambda: events_share(QUOTE, "e.action = 'accept'", *H2_25),
        "hv12": lambda: events_share(REPAIR_DONE, "e.first_time_fix", *Y25),
        "hv13": lambda: top_events_share(REPAIR_DONE, "e.first_time_fix", "e.technician", *Y25, min_n=50,
                                         lowest=True, margin=1.2),
        "hv14": lambda: events_share(REPAIR_DONE, "e.first_time_fix", *Y25, "e.technician_id = 'T07'"),
        "hv15": lambda: top_events_share(REPAIR_DONE, "e.first_time_fix", "e.issue_type", *Y25, lowest=True,
                                         margin=1.25),
        "hv16": lambda: rate(REPAIR_DONE, WARRANTY, *Y25),
        "hv17": lambda: warranty_by_service(*Y25),
        "hv18": lambda: conv("warranty", *Q1_26, unbounded_only=True),
        "hv19": lambda: events_agg(ONSITE, "e.late_minutes", *Y25, "e.district = 'Panyu'"),
        "hv20": lambda: top_events_share(ONSITE, "e.late_minutes > 30", "e.district", *Y25, margin=3.0),
        "hv21": lambda: step_time(REQ, ONSITE, *month(2025, 7)),
        "hv22": lambda: step_time(REQ, ONSITE, *month(2025, 4)),
        "hv23": lambda: rate(BOOKED, CANCEL, *month(2025, 7)),
        "hv24": lambda: top_events_count(CANCEL, 'e."取消原因"', *Y25, margin=1.3),
        "hv25": lambda: step_time(QUOTE, REPAIR_DONE, *Y25, "a.part = 'compressor' AND a.action = 'accept'"),
        "hv26": lambda: events_agg(INSTALL_DONE, "e.install_minutes", *Y25,
                                   "e.service_type = 'install' AND e.ac_type = 'floor'"),
        "hv27": lambda: step_time(REQ, BOOKED, *Y25, "a.channel = 'hotline'", unit="minutes"),
        "hv28": lambda: step_time(REQ, BOOKED, *Y25, "a.channel = 'app'", unit="hours"),
        # ---- money
        "hv29": lambda: orders(*Q3_25),
        "hv30": lambda: orders(*month(2026, 6)),
        "hv31": lambda: orders(*month(2025, 6)),
        "hv32": lambda: orders(*Y25, "o.order_type = 'repair'", expr="o.parts_cost"),
        "hv33": lambda: top_orders("o.brand", *Y25, "o.order_type = 'repair'", expr="avg(o.parts_cost)", margin=1.4),
        "hv34": lambda: top_orders("o.district", *Y25, margin=1.3),
        "hv35": lambda: orders_change(H1_25, H1_26),
        "hv36": lambda: orders(*Y25, "o.order_type = 'extended_warranty'"),
        "hv37": lambda: orders(*Y25, status="refunded", date_col="o.refunded_at"),
        "hv38": lambda: orders_avg(*Y25, "o.order_type = 'repair'"),
        "hv39": lambda: per_customer(*Y25),
        "hv40": lambda: per_customer(*Y25, "c.acquisition_channel = 'property'"),
        "hv41": lambda: orders(*Q3_25, "o.order_type = 'inspection_fee'"),
        # ---- volumes / trends
        "hv43": lambda: events_at(REQ, "2025-07-14", "2025-07-20"),
        "hv44": lambda: events_at(REQ, *month(2025, 7)),
        "hv45": lambda: events_at(REQ, *month(2026, 7)),
        "hv48": lambda: events_change(REQ, Q2_25, Q3_25),
        "hv50": lambda: events_at(WARRANTY, *H1_26),
        # ---- customers
        "hv51": lambda: customers_share("c.acquisition_channel = 'property'"),
        "hv52": lambda: customers_count("c.region = 'Tianhe' AND c.tier = 'gold'"),
        "hv53": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- feedback
        "hv55": lambda: fb_topic_count(LATE_T),
        "hv56": lambda: fb_topic_count(WAIT_T),
        "hv57": lambda: fb_topic_count(PRICEY_T),
        "hv58": lambda: top_fb_count("f.technician_en", NOTFIX_T, margin=1.5),
        "hv59": lambda: fb_topic_count(RELO_T),
        "hv60": lambda: fb_ratio("f.rating <= 2", f"{CALLBACK} AND {_in('f.ts', *Y25)}"),
        "hv61": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "hv62": lambda: fb_avg(f"{CALLBACK} AND f.district = 'Panyu' AND {_in('f.ts', *Y25)}"),
        "hv63": lambda: top_fb_count("f.technician", PRO_T, margin=2.0),
        "hv64": lambda: fb_avg(f"{SMS} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "hv65": lambda: nps_score(f"{SMS} AND {_in('f.ts', *H1_26)}"),
        "hv66": lambda: feedback_ids(f"{LATE_T} AND f.district = 'Panyu' AND {_in('f.ts', *Q2_26)}"),
        "hv67": lambda: fb_avg(APP),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
