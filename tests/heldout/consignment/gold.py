"""Gold answers for the 寄卖宝 LuxeLoop held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sell 30 d, resale 120 d, buy 7 d,
  delivery 21 d, return 14 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most" =
  the step whose next step is not reached by the most people (the loss between k and k+1 is attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- an item = one seller-side `session_id` (LX000123: tp_quote, tp_submit, tp_ship_in, tp_receive, tp_authenticate,
  tp_buyout | tp_list, tp_price_cut, tp_sold, tp_payout, tp_return_seller); a buyer order = one buyer-side
  `session_id` (BS000123: tp_browse, tp_detail, tp_checkout, tp_ship_out, tp_deliver, tp_return_req, tp_refund,
  tp_review). Per-item / per-order rates count sessions whose first event at step A falls in the period (by its date)
  and look for step B in the same session at any time; attributes (category / 品类, brand, warehouse / 仓库, mode /
  寄卖方式, auth_result, action) are read from the step-A event. A paid order = its tp_checkout action is `paid`
  (a returned order was paid too); a cancelled order never was;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days) or hours as asked; "longer than X" is strict;
- money: GMV = `amount` of orders with order_type item_purchase and status `paid` (refunded and cancelled orders are
  excluded), by order ts; commission income = `commission` of those orders; service revenue = paid auth_service /
  care_service orders; payouts to consignors = `payout_amount` of tp_payout events, buy-out payments = of tp_buyout
  events, refunds to buyers = `refund_amount` of tp_refund events, all by event date; spend per buyer = GMV / buyers
  with >= 1 paid item purchase in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (城市, 会员等级, 品类, 仓库, 获客渠道), en ones against region / category / brand / warehouse / acquisition_channel /
  touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); order-review rating = channel `order_review`, app-store rating = `app_store`; negative =
  1-2 stars; NPS scores = `nps` of channel `nps_survey` (0-10), split by `respondent_role`; NPS = share 9-10 minus
  share 0-6 (a fraction);
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
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


# ---------- per session (item / order) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, lowest=False, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
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


def sessions_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.session_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return _money(v)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, min_n=1, margin=1.2, trap=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


PURCHASE = "o.order_type = 'item_purchase'"


def orders(start, end, cond=PURCHASE, col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond=PURCHASE):
    return _money(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond=PURCHASE):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond=PURCHASE):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond=PURCHASE, margin=1.15, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
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
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25_H1_26 = ("2025-07-01", "2026-06-30")
Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
MAR_APR_26 = ("2026-03-01", "2026-04-30")
NOV_DEC_25 = ("2025-11-01", "2025-12-31")
SEP_OCT_25 = ("2025-09-01", "2025-10-31")
FAST = ("2026-01-05", "2026-06-30")
(DISCOVER, QUOTE, SUBMIT, SHIP_IN, RECEIVE, AUTH, BUYOUT, LIST, CUT, SOLD, PAYOUT, RET_SELLER, BROWSE, DETAIL,
 CHECKOUT, SHIP_OUT, DELIVER, RET_REQ, REFUND, REVIEW) = (
    "tp_discover", "tp_quote", "tp_submit", "tp_ship_in", "tp_receive", "tp_authenticate", "tp_buyout", "tp_list",
    "tp_price_cut", "tp_sold", "tp_payout", "tp_return_seller", "tp_browse", "tp_detail", "tp_checkout",
    "tp_ship_out", "tp_deliver", "tp_return_req", "tp_refund", "tp_review")
PAID = "a.action = 'paid'"
REVIEWS = "f.channel = 'order_review'"
LOWQ_T = _like("f.text", ["估价太低", "lowball"])
SLOWAUTH_T = _like("f.text", ["鉴定太慢", "slow authentication"])
FAKE_T = _like("f.text", ["判假", "flagged as fake"])
INCONC_T = _like("f.text", ["存疑", "inconclusive"])
SLOWPAY_T = _like("f.text", ["打款太慢", "waiting for my money"])
COMM_T = _like("f.text", ["佣金", "commission"])
UNSOLD_T = _like("f.text", ["卖不出去", "never sold"])
CUT_T = _like("f.text", ["降价", "cut my price"])
NAD_T = _like("f.text", ["描述不符", "not as described"])
TRUST_T = _like("f.text", ["正品放心", "peace of mind"])
FASTBO_T = _like("f.text", ["打款快", "same day"])


def gold():
    return {
        # ---- funnels / conversion
        "cs01": lambda: conv("sell", *Y25),
        "cs02": lambda: top_lost("sell", *Q4_25),
        "cs03": lambda: rank_rate(QUOTE, SUBMIT, *Y25, by="a.category", lowest=True, margin=1.5),
        "cs04": lambda: rate(QUOTE, SUBMIT, *Y25, "a.category = 'bag'"),
        "cs05": lambda: conv("buy", *Y25),
        "cs06": lambda: rank_conv("buy", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "cs07": lambda: conv("buy", *Y25, cond="c.acquisition_channel = 'referral'"),
        "cs08": lambda: conv("resale", *H1_25, unbounded_only=True),
        "cs10": lambda: rank_rate(LIST, SOLD, *Y25, by='a."品类"', lowest=True, margin=1.15),
        "cs11": lambda: rate(CHECKOUT, RET_REQ, *Y25, PAID),
        "cs12": lambda: rank_rate(CHECKOUT, RET_REQ, *H2_25_H1_26, by='a."仓库"', cond=PAID, margin=1.5),
        "cs13": lambda: rate(CHECKOUT, RET_REQ, *H2_25_H1_26, f"{PAID} AND a.warehouse = 'Shanghai'"),
        "cs14": lambda: events_share(RET_REQ, "e.return_reason = 'not_as_described'", *Y25),
        "cs15": lambda: events_share(SUBMIT, "e.mode = 'buyout'", *H1_26),
        "cs16": lambda: events_share(SUBMIT, "e.mode = 'buyout'", *Y25),
        "cs17": lambda: events_share(AUTH, "e.auth_result = 'fake'", *Y25),
        "cs18": lambda: top_events_share(AUTH, "e.auth_result = 'fake'", "e.brand", "2025-01-01", "2026-06-30",
                                         min_n=100, margin=1.15, trap=True),
        "cs19": lambda: events_share(AUTH, "e.auth_result = 'fake'", "2025-01-01", "2026-06-30", "e.brand = 'Goyard'"),
        # ---- times between steps
        "cs20": lambda: step_time(RECEIVE, AUTH, *month(2025, 11)),
        "cs21": lambda: step_time(RECEIVE, AUTH, *month(2025, 9)),
        "cs22": lambda: step_time(RECEIVE, AUTH, *Y25, "a.category = 'watch'", agg="avg"),
        "cs23": lambda: step_time(SOLD, PAYOUT, *MAR_APR_26),
        "cs24": lambda: step_time(SOLD, PAYOUT, *Y25),
        "cs25": lambda: step_time_share(SOLD, PAYOUT, *H1_26, 14),
        "cs26": lambda: step_time(AUTH, BUYOUT, *FAST, unit="hours"),
        "cs27": lambda: step_time(AUTH, BUYOUT, *Y25, unit="hours"),
        # ---- money
        "cs28": lambda: orders(*Y25),
        "cs29": lambda: orders(*month(2026, 4)),
        "cs30": lambda: orders(*month(2026, 3)),
        "cs31": lambda: orders(*Q4_25, col="o.commission"),
        "cs32": lambda: events_sum(PAYOUT, "e.payout_amount", *Q1_26),
        "cs33": lambda: events_sum(BUYOUT, "e.payout_amount", *Y25),
        "cs34": lambda: top_orders("o.category", *Y25),
        "cs35": lambda: top_orders('o."品牌"', *Y25, "o.category = 'watch'", margin=1.5),
        "cs36": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        "cs37": lambda: orders_change(H1_25, H1_26),
        "cs39": lambda: orders(*Y25, "o.order_type IN ('auth_service', 'care_service')"),
        "cs40": lambda: orders_count(*Y25, "o.status = 'cancelled'"),
        "cs41": lambda: per_customer(*Y25),
        # ---- volumes / trends
        "cs42": lambda: events_at(RECEIVE, "2025-11-10", "2025-11-16"),
        "cs43": lambda: events_at(CHECKOUT, *month(2025, 11), "e.action = 'paid'"),
        "cs46": lambda: events_change(QUOTE, Q1_26, Q2_26),
        "cs47": lambda: sessions_at(CUT, *H1_26),
        # ---- customers
        "cs48": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "cs51": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "cs52": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *H1_26)),
        # ---- feedback
        "cs53": lambda: fb_topic_count(LOWQ_T, "low_quote"),
        "cs54": lambda: top_fb_count("f.category", LOWQ_T),
        "cs55": lambda: fb_topic_count(SLOWAUTH_T, "slow_auth", _in("f.ts", *NOV_DEC_25)),
        "cs56": lambda: fb_topic_count(SLOWAUTH_T, "slow_auth", _in("f.ts", *SEP_OCT_25)),
        "cs57": lambda: fb_topic_count(SLOWPAY_T, "slow_payout", _in("f.ts", *MAR_APR_26)),
        "cs58": lambda: fb_topic_count(NAD_T, "not_described"),
        "cs59": lambda: top_fb_count("f.warehouse", NAD_T),
        "cs60": lambda: fb_avg(f"{REVIEWS} AND {_in('f.ts', *Y25)}"),
        "cs61": lambda: fb_ratio("f.rating <= 2", f"{REVIEWS} AND {_in('f.ts', *Y25)}"),
        "cs62": lambda: fb_avg(f"{REVIEWS} AND f.warehouse = 'Shenzhen' AND {_in('f.ts', *Y25)}", tol=0.04),
        "cs63": lambda: fb_avg(f"f.channel = 'nps_survey' AND f.respondent_role = 'seller' AND {_in('f.ts', *Y25)}",
                               col="f.nps", tol=0.05),
        "cs64": lambda: fb_avg(f"f.channel = 'nps_survey' AND f.respondent_role = 'buyer' AND {_in('f.ts', *Y25)}",
                               col="f.nps", tol=0.05),
        "cs65": lambda: fb_nps(f"f.channel = 'nps_survey' AND f.respondent_role = 'seller' AND {_in('f.ts', *H1_26)}"),
        "cs67": lambda: feedback_ids(FAKE_T),
        "cs69": lambda: fb_topic_count(COMM_T, "commission"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((FAKE_T, "fake_dispute"), (INCONC_T, "inconclusive"), (UNSOLD_T, "unsold"),
                        (CUT_T, "price_cut"), (TRUST_T, "trust"), (FASTBO_T, "fast_buyout")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
