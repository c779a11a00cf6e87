"""Gold answers for the 拍珍 ArtBid held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (bidding 14 d, fulfilment 30 d, consign
  90 d, settle 120 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people
  (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 people by that attribute;
- sessions: a consignment / lot = `session_id` CN000123 (tp_submit, tp_appraisal, tp_contract, tp_catalogue,
  tp_sold / tp_unsold, tp_settlement, consignor tp_rate); a bidder registration (paddle) = RG000123 (tp_register,
  tp_deposit, tp_bid 0..n, tp_deposit_refund); a won lot = invoice INV000123 (tp_hammer, tp_pay, tp_ship,
  tp_receive, tp_dispute, buyer tp_rate). Per-session rates count sessions whose first event at the named step A
  falls in the period (by its date) and look for step B in the same session at any time; attributes (category,
  sale, vendor, appraisal mode, device) are read from the step-A event, customer attributes from customers;
- sell-through = tp_sold / (tp_sold + tp_unsold) lot results in the period (by hammer date); failed-bid share = bid
  events with action `fail` / all tp_bid events (attempts), by bid date;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days); "longer than X" is strict;
- money = orders with status `paid`, by order ts (refunded buyer's premiums are no revenue); revenue = buyer's
  premium + seller's commission (consignment_fee) + shipping; bidder deposits are never revenue; deposits refunded =
  `refund_amount` of tp_deposit_refund events by refund date; hammer totals = sum of `hammer_price` on tp_hammer
  events (one per sold lot); per paying buyer = paid buyer's premium / buyers with >= 1 paid premium order;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (拍品类别, 专场名称, 地区, 获客渠道, 藏家类型, 物流商), en ones against category / sale_id / region /
  acquisition_channel / collector_type / logistics_vendor / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review` (1-5); rating by step = feedback.touchpoint_id
  over rated rows; negative = 1-2 stars; NPS answers = `nps` of survey rows (0-10), promoters 9-10;
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


def conv(journey, start, end, cond="1=1", upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[(upto or len(c)) - 1] / c[0])
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


# ---------- per session ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- lot results ----------

def _results(start, end, cond):
    return f"""FROM events e WHERE e.touchpoint_id IN ('tp_sold', 'tp_unsold') AND {_in('e.ts', start, end)}
               AND ({cond})"""


def sell_through(start, end, cond="1=1"):
    v = one(f"SELECT avg((e.touchpoint_id = 'tp_sold')::int) {_results(start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_sell_through(by, start, end, min_n, margin=1.04, trap=True):
    rows = q(f"SELECT {by}, avg((e.touchpoint_id = 'tp_sold')::int) r, count(*) n {_results(start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def _sum_ev(tp, col, start, end, cond):
    return float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                     f"AND ({cond})"))


def events_sum(tp, col, start, end, cond="1=1"):
    v = _sum_ev(tp, col, start, end, cond)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_sum_change(tp, col, a, b, cond_a="1=1", cond_b="1=1"):
    x, y = _sum_ev(tp, col, *a, cond_a), _sum_ev(tp, col, *b, cond_b)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


REVENUE = "o.order_type IN ('buyer_premium', 'consignment_fee', 'shipping')"


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, cond="1=1", margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
BID_BUG = ("2025-11-20", "2025-12-14")
MAR_APR_26 = ("2026-03-01", "2026-04-30")
(SUBMIT, APPRAISAL, CONTRACT, CATALOGUE, SOLD, UNSOLD, SETTLE, BROWSE, PREVIEW, REGISTER, DEPOSIT, BID, HAMMER, PAY,
 SHIP, RECEIVE, DISPUTE, DEP_REFUND, RATE) = (
    "tp_submit", "tp_appraisal", "tp_contract", "tp_catalogue", "tp_sold", "tp_unsold", "tp_settlement", "tp_browse",
    "tp_preview", "tp_register", "tp_deposit", "tp_bid", "tp_hammer", "tp_pay", "tp_ship", "tp_receive", "tp_dispute",
    "tp_deposit_refund", "tp_rate")
APP = "f.channel = 'app_review'"
SURVEY = "f.channel = 'survey' AND f.nps IS NOT NULL"
BID_FAIL_T = _like("f.text", ["出价失败", "出价没成功", "bid failed", "bid didn't go through"])
DAMAGE_T = _like("f.text", ["碎了", "运输破损", "裂了", "arrived broken", "cracked in transit"])
DEPOSIT_T = _like("f.text", ["保证金还没退", "保证金退得太慢", "waiting for my deposit", "deposit refund"])
AUTH_T = _like("f.text", ["仿品", "赝品", "真伪", "authenticity", "a fake", "not genuine"])
NAD_T = _like("f.text", ["色差", "与图录不符", "图录照片", "not as described", "catalogue photos"])
APPRAISAL_T = _like("f.text", ["鉴定结果", "鉴定太慢", "图片鉴定排队", "still no appraisal", "appraisal took"])
SETTLE_T = _like("f.text", ["货款还没结", "结算太慢", "settlement is two months late", "payout after the sale"])
PREMIUM_T = _like("f.text", ["佣金太高", "buyer's premium"])
CROWD_T = _like("f.text", ["预展人太多", "人挤人", "预展排队", "preview was packed", "too crowded at the preview"])
SPECIALIST_T = _like("f.text", ["很专业，讲得", "专家很专业", "knowledgeable"])
PACKING_T = _like("f.text", ["包装很专业", "包得很好", "packed beautifully", "very well packed"])
DMG_B = "dispute_type = 'damaged'"
AUTH_B = "dispute_type = 'authenticity'"


def gold():
    return {
        # ---- funnels / conversion
        "aa01": lambda: conv("bidding", *Y25),
        "aa02": lambda: top_lost("bidding", *Q4_25),
        "aa03": lambda: rank_rate(REGISTER, DEPOSIT, *Y25, by="c.acquisition_channel", lowest=True, margin=1.1),
        "aa04": lambda: rate(REGISTER, DEPOSIT, *Y25, "c.acquisition_channel = 'art_fair'"),
        "aa05": lambda: conv("fulfilment", *Y25),
        "aa06": lambda: conv("consign", *Y25),
        "aa07": lambda: top_lost("consign", *Y25),
        # ---- per session rates
        "aa08": lambda: events_share(BID, "e.action = 'fail'", *BID_BUG, "e.device = 'android'"),
        "aa09": lambda: events_share(BID, "e.action = 'fail'", *BID_BUG, "e.device = 'ios'"),
        "aa10": lambda: rate(HAMMER, PAY, *Y25, "c.acquisition_channel = 'douyin_live'"),
        "aa11": lambda: rank_rate(HAMMER, PAY, *Y25, by='c."获客渠道"', lowest=True, margin=1.3),
        "aa12": lambda: sell_through(*Y25),
        "aa13": lambda: top_sell_through('e."拍品类别"', *Y25, min_n=100),
        "aa14": lambda: sell_through(*Y25, "e.category = 'coins'"),
        "aa15": lambda: sell_through(*month(2026, 5), "e.sale_id = 'S26SP'"),
        "aa16": lambda: rate(SHIP, DISPUTE, *Y25, "a.category = 'ceramics' AND a.logistics_vendor = 'sutong'", DMG_B),
        "aa17": lambda: rate(SHIP, DISPUTE, *Y25, "a.category = 'ceramics' AND a.logistics_vendor = 'artmove'", DMG_B),
        "aa18": lambda: rank_rate(PAY, DISPUTE, *Y25, by="a.category", b_cond=AUTH_B, margin=2.0),
        "aa19": lambda: rate(PAY, DISPUTE, *Y25),
        # ---- times between steps
        "aa20": lambda: step_time(SUBMIT, APPRAISAL, *MAR_APR_26, "a.appraisal_mode = 'photo'"),
        "aa21": lambda: step_time(SUBMIT, APPRAISAL, *Y25, "a.appraisal_mode = 'photo'"),
        "aa22": lambda: step_time_share(SUBMIT, APPRAISAL, *H1_26, 7, "a.appraisal_mode = 'photo'"),
        "aa23": lambda: top_step_time(SOLD, SETTLE, *Y25, by="a.sale_city"),
        "aa24": lambda: step_time(SOLD, SETTLE, *Y25, "a.sale_city = 'Hong Kong'"),
        "aa25": lambda: step_time(DEPOSIT, DEP_REFUND, *Q4_25, "a.sale_format = 'online'"),
        "aa26": lambda: step_time(DEPOSIT, DEP_REFUND, *Q3_25, "a.sale_format = 'online'"),
        "aa27": lambda: step_time(HAMMER, PAY, *Y25),
        "aa28": lambda: step_time(HAMMER, PAY, *Y25, "b.payment_method = 'bank_transfer'", agg="avg"),
        # ---- money
        "aa29": lambda: orders(*Q4_25, "o.order_type = 'buyer_premium'"),
        "aa30": lambda: orders(*month(2026, 5), REVENUE),
        "aa31": lambda: orders(*month(2026, 4), REVENUE),
        "aa32": lambda: orders(*H2_25, "o.order_type = 'consignment_fee'"),
        "aa33": lambda: orders_change(H1_25, H1_26, "o.order_type = 'buyer_premium'"),
        "aa34": lambda: events_sum(DEP_REFUND, "e.refund_amount", *Y25),
        "aa35": lambda: orders(*Y25, "o.order_type = 'shipping' AND o.logistics_vendor = 'artmove'"),
        "aa36": lambda: top_orders('o."拍品类别"', *Y25, "o.order_type = 'buyer_premium'"),
        "aa37": lambda: events_sum(HAMMER, "e.hammer_price", *month(2026, 5), "e.sale_id = 'S26SP'"),
        "aa38": lambda: events_sum_change(HAMMER, "e.hammer_price", month(2025, 5), month(2026, 5),
                                          "e.sale_id = 'S25SP'", "e.sale_id = 'S26SP'"),
        "aa39": lambda: per_customer(*Y25, "o.order_type = 'buyer_premium'"),
        "aa40": lambda: top_per_customer("c.collector_type", *Y25, 30, "o.order_type = 'buyer_premium'"),
        # ---- volumes
        "aa41": lambda: events_at(REGISTER, "2025-11-03", "2025-11-09"),
        "aa42": lambda: events_at(DEPOSIT, *month(2026, 5)),
        "aa43": lambda: events_at(DEPOSIT, *month(2026, 4)),
        "aa46": lambda: events_change(SUBMIT, Q1_26, Q2_26),
        "aa47": lambda: events_at(UNSOLD, *Y25),
        # ---- customers
        "aa48": lambda: customers_share("c.collector_type = 'dealer'"),
        "aa49": lambda: customers_count("c.\"地区\" = '上海' AND c.\"会员等级\" = '金卡'"),
        "aa50": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "aa51": lambda: top_customers('c."地区"', "c.\"地区\" <> '上海'"),
        # ---- feedback
        "aa52": lambda: fb_topic_count(DAMAGE_T, "ship_damage"),
        "aa53": lambda: top_fb_count('f."专场名称"', DEPOSIT_T, margin=1.3),
        "aa54": lambda: fb_topic_count(BID_FAIL_T, "bid_fail"),
        "aa55": lambda: fb_topic_count(BID_FAIL_T, "bid_fail", period=_in("f.ts", *month(2025, 12))),
        "aa56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "aa57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 10, margin=0.3),
        "aa58": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "aa59": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "aa60": lambda: fb_ratio("f.nps >= 9", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "aa61": lambda: fb_topic_count(APPRAISAL_T, "appraisal_slow", period=_in("f.ts", *H1_26)),
        "aa62": lambda: fb_topic_count(SETTLE_T, "settlement_slow"),
        "aa63": lambda: feedback_ids("f.touchpoint_id = 'tp_preview' AND f.sale_id = 'S26SP'"),
        "aa65": lambda: fb_topic_count(AUTH_T, "authenticity", period=_in("f.ts", *Y25)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((DEPOSIT_T, "deposit_slow"), (NAD_T, "not_described"), (PREMIUM_T, "premium_high"),
                        (CROWD_T, "preview_crowded"), (SPECIALIST_T, "specialist"), (PACKING_T, "packing")):
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
