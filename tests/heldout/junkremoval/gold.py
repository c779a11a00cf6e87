"""Gold answers for the 清运侠 ClearHaul held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (quote_to_order 7 d, haul_day 14 d,
  closeout 7 d, refund 30 d, repeat 90 d, survey_to_cert 45 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not) unless the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (loss between step k and
  k+1 attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a job = one `session_id` (JB000123): [tp_rebook,] tp_quote and/or tp_survey, tp_book, tp_pay, tp_cancel / tp_refund,
  tp_no_show, tp_arrive, tp_load, tp_surcharge, tp_dispose, tp_invoice, tp_certificate, tp_rate. A paid job = it has
  a `tp_pay`. Per-job rates count jobs whose first event at the named step A falls in the period (by its date) and
  look for step B in the same job at any time; job attributes (city / 城市, service_type / 服务类型, crew_vendor / 车队,
  payment_method) are read from the step-A event. No-show rate = paid jobs with a tp_no_show / paid jobs (period by
  the payment date); damage rate = tp_load events with a damage_type / all tp_load events; surcharge rate = loaded
  jobs with a tp_surcharge / loaded jobs (period by the loading date);
- times between steps = per job, first B ts - first A ts (B after A), the period by the date of A; days fractional
  (the tolerance also covers whole calendar days) or minutes / hours as asked; "more than X" is strict.
  Crew lateness = the `late_minutes` column of tp_arrive;
- money = orders with status `paid` (refunded job fees and refunded surcharges are no revenue), by order ts;
  revenue = job fees (all service types) + on-site surcharges; refunds = `refund_amount` of tp_refund events by
  refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
  paid jobs = tp_pay events (one per job);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 车队, 服务类型, 加价原因, 清运原因), en ones against city / region / crew_vendor / service_type /
  acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars; NPS score = share of promoters (9-10) - share of detractors (0-6) over survey
  `nps` answers, as a fraction; average NPS answer = mean of `nps`;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, cond="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND ({cond})")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:3]])
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


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


# ---------- per job (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of jobs with a first `a_tp` in the period that have a `b_tp`."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    print("   ", big[:3], rows[:2])
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", digits=2, rel=0.01):
    v = float(one(f"SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, digits), tolerance=round(max(10 ** -digits, abs(v) * rel), digits))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, expr, by, start, end, margin=1.1):
    rows = q(f"SELECT {by}, avg({expr}) r FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.status = 'paid' "
                      f"AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f LEFT JOIN customers c USING (customer_id) "
            f"WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"LEFT JOIN customers c USING (customer_id) WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
JAN_OCT_25 = ("2025-01-01", "2025-10-31")
NOV25_AUG26 = ("2025-11-01", "2026-08-31")
BACKLOG = ("2026-01-01", "2026-04-30")
ALL = ("2025-01-01", "2026-08-31")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
(DISCOVER, QUOTE, SURVEY, BOOK, PAY, CANCEL, REFUND, NO_SHOW, ARRIVE, LOAD, SURCHARGE, DISPOSE, CERT, INVOICE, RATE,
 REBOOK) = ("tp_discover", "tp_quote", "tp_survey", "tp_book", "tp_pay", "tp_cancel", "tp_refund", "tp_no_show",
            "tp_arrive", "tp_load", "tp_surcharge", "tp_dispose", "tp_certificate", "tp_invoice", "tp_rate",
            "tp_rebook")
APP = "f.channel = 'app_review'"
HOUSEHOLD = "c.customer_type = 'household'"
CORP = "c.customer_type = 'corporate'"
NO_SHOW_T = _like("f.text", ["师傅没来", "放鸽子", "no-show", "nobody showed up"])
DAMAGE_T = _like("f.text", ["刮花", "磕坏", "撞坏", "scratched", "dent"])
OVER_T = _like("f.text", ["加价", "多收", "加钱", "overcharged", "extra charge"])
CERT_T = _like("f.text", ["证明", "certificate"])
REFUND_T = _like("f.text", ["没到账", "退款太慢", "refund still", "refund is taking"])
LATE_T = _like("f.text", ["迟到", "turned up late", "hours late"])
TIDY_T = _like("f.text", ["干脆利落", "quick and tidy"])
ECO_T = _like("f.text", ["环保", "reused"])


def gold():
    return {
        # ---- funnels / conversion
        "jr01": lambda: conv("quote_to_order", *Y25),
        "jr02": lambda: top_lost("quote_to_order", *Q2_26),
        "jr03": lambda: rank_conv("quote_to_order", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2,
                                  cond=HOUSEHOLD),
        "jr04": lambda: conv("quote_to_order", *Y25, cond=f"c.acquisition_channel = 'property_mgmt' AND {HOUSEHOLD}"),
        "jr05": lambda: conv("haul_day", *H2_25),
        "jr06": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "jr07": lambda: rank_conv("repeat", *H1_25, by='c."清运原因"', margin=1.1, unbounded_only=True,
                                  min_n=100),
        "jr08": lambda: conv("survey_to_cert", *H2_25, cond=CORP),
        # ---- no-shows / damage / surcharges (per job)
        "jr09": lambda: rate(PAY, NO_SHOW, *Q3_25, "a.crew_vendor = 'Suda Fleet'"),
        "jr10": lambda: rate(PAY, NO_SHOW, *Q3_25, "a.crew_vendor = 'ClearHaul own fleet' AND a.city = 'Shenzhen'"),
        "jr11": lambda: rank_rate(PAY, NO_SHOW, *JAN_AUG_26, by='a."城市"', min_n=200, margin=1.5, trap=True),
        "jr12": lambda: rate(PAY, NO_SHOW, *JAN_AUG_26, "a.\"城市\" = '苏州'"),
        "jr13": lambda: top_events_share(LOAD, "e.damage_type IS NOT NULL", "e.crew_vendor", *Y25, margin=2.0),
        "jr14": lambda: events_share(LOAD, "e.damage_type IS NOT NULL", *Y25, "e.\"车队\" = '顺力搬运'"),
        "jr15": lambda: rate(LOAD, SURCHARGE, *JAN_OCT_25, "a.service_type = 'half_truck'"),
        "jr16": lambda: rate(LOAD, SURCHARGE, *NOV25_AUG26, "a.service_type = 'half_truck'"),
        "jr17": lambda: rank_rate(LOAD, SURCHARGE, *Y25, by="a.service_type", margin=1.2),
        "jr18": lambda: top_events_count(SURCHARGE, 'e."加价原因"', *Y25, margin=2.0),
        "jr19": lambda: orders(*Q3_25, "o.order_type = 'surcharge'"),
        "jr20": lambda: events_agg(SURCHARGE, "avg(e.surcharge_amount)", *Y25),
        # ---- times
        "jr21": lambda: step_time(DISPOSE, CERT, *month(2026, 2)),
        "jr22": lambda: step_time(DISPOSE, CERT, *month(2026, 6)),
        "jr23": lambda: step_time_share(DISPOSE, CERT, *BACKLOG, 7),
        "jr24": lambda: events_agg(ARRIVE, "median(e.late_minutes)", *Y25),
        "jr26": lambda: step_time(CANCEL, REFUND, *ALL, "a.payment_method = 'meituan_voucher'", agg="avg"),
        "jr27": lambda: step_time(CANCEL, REFUND, *ALL, "a.payment_method = 'wechat_pay'", agg="avg", unit="minutes"),
        "jr28": lambda: step_time(PAY, ARRIVE, *Y25, HOUSEHOLD),
        # ---- money
        "jr29": lambda: orders(*Q3_25),
        "jr30": lambda: orders(*month(2026, 3)),
        "jr31": lambda: orders(*month(2026, 2)),
        "jr32": lambda: orders(*Y25, "o.order_type = 'office_clearance'"),
        "jr33": lambda: orders_change(H1_25, H1_26),
        "jr34": lambda: top_orders('o."城市"', *Y25, HOUSEHOLD, margin=1.2),
        "jr35": lambda: top_orders("o.service_type", *Y25, "o.order_type <> 'surcharge'", margin=1.5),
        "jr36": lambda: events_agg(REFUND, "sum(e.refund_amount)", *Q4_25, rel=0.002),
        "jr37": lambda: per_customer(*Y25, HOUSEHOLD),
        "jr38": lambda: per_customer(*Y25, CORP),
        # ---- volumes / trends
        "jr40": lambda: events_at(PAY, "2025-07-07", "2025-07-13"),
        "jr41": lambda: events_at(PAY, *month(2026, 1)),
        "jr42": lambda: events_at(PAY, *month(2026, 2)),
        "jr45": lambda: events_change(PAY, Q2_25, Q3_25),
        # ---- customers
        "jr47": lambda: customers_share(CORP),
        "jr48": lambda: customers_count("c.\"城市\" = '北京' AND c.\"客户类型\" = '企业'"),
        "jr49": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "jr50": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "jr51": lambda: fb_topic_count(NO_SHOW_T, "no_show"),
        "jr52": lambda: top_fb_count("f.city", NO_SHOW_T, margin=1.4),
        "jr53": lambda: fb_topic_count(DAMAGE_T, "damage"),
        "jr54": lambda: top_fb_count('f."车队"', DAMAGE_T, margin=1.4),
        "jr55": lambda: fb_avg(f"{APP} AND f.crew_vendor = 'Shunli Movers' AND {_in('f.ts', *Y25)}", tol=0.03),
        "jr56": lambda: fb_topic_count(OVER_T, "overcharge", period=_in("f.ts", *H2_25)),
        "jr57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "jr58": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=1.0),
        "jr59": lambda: rank_fb_avg("f.city", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.1, highest=True),
        "jr60": lambda: fb_topic_count(CERT_T, "cert_slow", period=_in("f.ts", *BACKLOG)),
        "jr61": lambda: feedback_ids(CERT_T),
        "jr63": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "jr64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)} AND {CORP}", col="f.nps", tol=0.05),
        "jr65": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "jr66": lambda: dict(events_agg(DISPOSE, "avg(e.recycled_share)", *Y25, "e.service_type = 'ewaste'",
                                        digits=4), tolerance=0.01),
        "jr67": lambda: top_events_avg(DISPOSE, "e.recycled_share", 'e."服务类型"', *Y25, margin=1.3),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((REFUND_T, "refund_slow"), (LATE_T, "late"), (TIDY_T, "tidy"), (ECO_T, "eco"),
                        (CERT_T, "cert_slow")):
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
