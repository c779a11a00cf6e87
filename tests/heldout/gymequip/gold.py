"""Gold answers for the 动力源健身器材 PowerSource Fitness held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 60 d, breakdown 14 d, renewal 45 d,
  parts 60 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by that attribute (segment "business / commercial" = every segment but `home`);
- per-case rates use `session_id`: a deal D… (enquiry, quote, deposit, delivery, [failed install], install, balance
  or payment reminders), a maintenance visit V… (visit, [parts backorder, parts fitted]), a breakdown R… (report,
  call-out, fix) or a contract K… (sign, renewal notice, renewal). They count cases whose first step-A event falls in
  the period and look for step B in the same case at any time; attributes (city, brand, installer team) come from
  the step-A event, lead source = customers.acquisition_channel;
- failed-install rate = completed installs (tp_install_done in the period) whose deal had a tp_install_fail;
  renewal rate = contracts with a renewal notice in the period that were renewed; parts backorder rate = maintenance
  visits with a tp_parts_backorder; response time = `response_hours` on tp_callout; parts wait = `parts_wait_days` on
  tp_parts_backorder; delivery time = `delivery_days` on tp_delivery;
- money = orders with status `paid` by order ts (deposit + balance + maintenance_contract + renewal + callout_fee);
  outstanding / unpaid = orders with status `unpaid` (all of them unless a period is given: by invoice ts); refunded
  deposits = status `refunded`; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes as stored; zh top entities use the Chinese twins where the table has one (城市, 品牌, 安装队,
  失败原因, 销售顾问), en ones the English values;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars;
  NPS = channel `nps_survey`, NPS score = share 9-10 minus share 0-6 (as a fraction);
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




def top_events_agg(tp, expr, by, start, end, cond="1=1", margin=1.3, lowest=False):
    rows = q(f"SELECT {by}, avg({expr}) a FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def unpaid_total(cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'unpaid' AND ({cond})"))


def top_unpaid(by, margin=1.5):
    rows = q(f"SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'unpaid' GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def unpaid_share(start, end, cond):
    v = one(f"SELECT avg((o.status = 'unpaid')::int) FROM orders o WHERE o.order_type = 'balance' "
            f"AND o.status IN ('paid', 'unpaid') AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
(SHOWROOM, QUOTE, DEPOSIT, DELIVERY, FAIL, INSTALL, BALANCE, SIGN, VISIT, BACKORDER, FITTED, BREAKDOWN, CALLOUT,
 FIX, NOTICE, RENEWAL, REMINDER) = (
    "tp_showroom", "tp_quote", "tp_deposit", "tp_delivery", "tp_install_fail", "tp_install_done", "tp_final_payment",
    "tp_contract_sign", "tp_maint_visit", "tp_parts_backorder", "tp_parts_fitted", "tp_breakdown", "tp_callout",
    "tp_fix_done", "tp_renewal_notice", "tp_renewal", "tp_payment_reminder")
INSTALL_FAIL_T = _like("f.text", ["装不上", "安装失败", "install failed", "failed install"])
PARTS_T = _like("f.text", ["配件缺货", "配件等了", "等配件", "waiting for parts", "parts on backorder",
                           "waited weeks for parts"])
SLOW_T = _like("f.text", ["才来人", "抢修太慢", "响应太慢", "took two days", "too slow", "slow response"])
NOISE_T = _like("f.text", ["噪音", "noisy", "loud noise"])
DELIV_T = _like("f.text", ["送货比说好的晚", "送货拖了", "送货延迟", "delivery was more than", "delivery was late",
                           "delivery delayed"])
RENEW_T = _like("f.text", ["续约价格涨", "续约涨价", "续约怎么涨价", "renewal price"])
INVOICE_T = _like("f.text", ["发票开错", "invoice was"])
PRO_T = _like("f.text", ["安装师傅很专业", "安装团队专业", "installers were very professional",
                         "professional installation"])
DEMO_T = _like("f.text", ["展厅讲解", "showroom demo"])
TOPICS = ((INSTALL_FAIL_T, "install_fail"), (PARTS_T, "parts_wait"), (SLOW_T, "slow_callout"), (NOISE_T, "noise"),
          (DELIV_T, "delivery_late"), (RENEW_T, "renewal_price"), (INVOICE_T, "invoice_wrong"),
          (PRO_T, "pro_install"), (DEMO_T, "showroom_demo"))
CB = "f.channel = 'callout_callback'"
SURVEY = "f.channel = 'install_survey'"
NPS = "f.channel = 'nps_survey'"
BIZ = "c.segment <> 'home'"


def gold():
    return {
        # ---- funnels / journeys
        "gy01": lambda: conv("sales", *Y25),
        "gy02": lambda: top_lost("sales", *Y25),
        "gy03": lambda: conv("sales", *H1_26, cond=BIZ),
        "gy04": lambda: conv("sales", *H1_26, cond="c.segment = 'home'"),
        "gy05": lambda: conv("breakdown", *Y25),
        "gy06": lambda: conv("renewal", *Y25),
        "gy07": lambda: conv("renewal", *JAN_MAY_26, unbounded_only=True),
        # ---- per-case rates
        "gy08": lambda: rank_rate(QUOTE, DEPOSIT, *Y25, by="c.acquisition_channel", lowest=True, margin=1.1),
        "gy09": lambda: rate(QUOTE, DEPOSIT, *Y25, "c.acquisition_channel = 'showroom'"),
        "gy10": lambda: rate(INSTALL, FAIL, *Y25),
        "gy11": lambda: rank_rate(INSTALL, FAIL, *Y25, by='a."城市"', margin=1.5),
        "gy12": lambda: rank_rate(INSTALL, FAIL, *Y25, by="a.installer_team", margin=1.5),
        "gy13": lambda: top_events_count(FAIL, 'e."失败原因"', *ALL, "e.city = 'chengdu'", margin=1.5),
        "gy14": lambda: events_at(FAIL, *Q4_25),
        "gy15": lambda: top_events_agg(BACKORDER, "e.parts_wait_days", "e.brand", *Y25, margin=2.0),
        "gy16": lambda: events_agg(BACKORDER, "e.parts_wait_days", *Y25, "e.brand = 'Technogym'"),
        "gy17": lambda: step_time(BACKORDER, FITTED, *Y25),
        "gy18": lambda: rate(VISIT, BACKORDER, *Y25),
        "gy19": lambda: top_events_agg(CALLOUT, "e.response_hours", "e.city", *Y25, margin=2.0),
        "gy20": lambda: events_agg(CALLOUT, "e.response_hours", *Y25, "e.city = 'wuhan'"),
        "gy21": lambda: events_agg(CALLOUT, "e.response_hours", *Y25, "e.city = 'shanghai'"),
        "gy22": lambda: events_share(CALLOUT, "e.response_hours > 48", *Y25),
        "gy23": lambda: events_at(BREAKDOWN, *month(2026, 3)),
        "gy24": lambda: events_at(BREAKDOWN, *month(2026, 6)),
        "gy25": lambda: rate(NOTICE, RENEWAL, *Y25),
        "gy26": lambda: rate(NOTICE, RENEWAL, *JAN_MAY_26),
        # ---- money
        "gy28": lambda: orders(*Y25),
        "gy29": lambda: orders(*Q1_26),
        "gy30": lambda: orders(*Y25, "o.order_type = 'renewal'"),
        "gy31": lambda: orders(*Y25, "o.order_type = 'maintenance_contract'"),
        "gy32": lambda: unpaid_total(),
        "gy33": lambda: top_unpaid("o.segment", margin=2.0),
        "gy34": lambda: unpaid_share(*Y25, "o.segment = 'hotel'"),
        "gy35": lambda: per_customer(*Y25),
        "gy36": lambda: orders_avg(*Y25, "o.order_type = 'deposit'"),
        "gy37": lambda: orders_change(H1_25, H2_25),
        "gy38": lambda: top_orders("o.brand", *Y25, "o.order_type IN ('deposit', 'balance')", margin=1.2),
        "gy39": lambda: orders(*Y25, "o.order_type = 'callout_fee'"),
        "gy40": lambda: orders(*Y25, "o.order_type = 'deposit'", status="refunded"),
        "gy41": lambda: orders(*Y25, "o.channel = 'tmall'"),
        # ---- volumes / trends
        "gy42": lambda: events_at(DEPOSIT, *month(2026, 1)),
        "gy43": lambda: events_at(DEPOSIT, *month(2025, 11)),
        "gy44": lambda: events_change(DEPOSIT, Q1_25, Q1_26),
        "gy45": lambda: events_agg(DELIVERY, "e.delivery_days", *month(2025, 12)),
        "gy46": lambda: events_agg(DELIVERY, "e.delivery_days", *month(2026, 4)),
        "gy47": lambda: events_at(QUOTE, "2026-01-12", "2026-01-18"),
        # ---- customers
        "gy49": lambda: customers_count("c.segment = 'hotel'"),
        "gy50": lambda: customers_share("c.acquisition_channel = 'tmall'"),
        "gy51": lambda: customers_count("c.region = 'beijing' AND c.tier = 'key_account'"),
        "gy52": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        # ---- feedback
        "gy53": lambda: fb_topic_count(INSTALL_FAIL_T),
        "gy54": lambda: fb_topic_count(PARTS_T),
        "gy55": lambda: top_fb_count("f.city", SLOW_T, margin=3.0),
        "gy56": lambda: fb_topic_count(RENEW_T),
        "gy57": lambda: fb_avg(f"{CB} AND {_in('f.ts', *Y25)}"),
        "gy58": lambda: fb_avg(f"{CB} AND f.city = 'wuhan' AND {_in('f.ts', *Y25)}"),
        "gy59": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 50, margin=0.5),
        "gy60": lambda: nps_score(f"{NPS} AND {_in('f.ts', *Y25)}"),
        "gy61": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "gy62": lambda: top_fb_count('f."销售顾问"', DEMO_T, margin=2.0),
        "gy63": lambda: top_fb_count("f.brand", NOISE_T, margin=2.0),
        "gy64": lambda: feedback_ids(f"{SLOW_T} AND f.city = 'wuhan' AND {_in('f.ts', *Q1_26)}"),
        "gy65": lambda: fb_topic_count(DELIV_T),
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
