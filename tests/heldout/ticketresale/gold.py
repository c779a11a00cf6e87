"""Gold answers for the 票转转 TixSwap held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 7 d, first_purchase 14 d,
  delivery 60 d, dispute 30 d, seller 120 d, repurchase 90 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not), except where the question says later steps
  count. "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people;
- a deal = one buyer `session_id` (TX000123: tp_event_page, [tp_price_check], tp_checkout, [tp_repurchase], tp_pay,
  tp_transfer_fail 0..n, tp_transfer, tp_entry_fail, tp_entry, tp_dispute, tp_refund, tp_review); a listing = one
  seller `session_id` (LS000123: tp_list, tp_sold, tp_escrow_release, tp_payout). A paid deal = it has a `tp_pay`.
  Per-deal / per-listing rates count sessions whose first event at the named step A falls in the period (by its
  date) and look for step B in the same session at any time; deal attributes (show, 演出城市, category, 票种 /
  ticket_form, issuer, markup, seller_type) are read from the step-A event; the fake-ticket rate = paid deals with a
  tp_dispute; sell-through = listings with a tp_sold;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; minutes, hours
  or days as asked (days fractional; the tolerance also covers whole calendar days); payout method = the seller's
  `customers.payout_method`;
- money = orders with status `paid` (refunded ones are no revenue), by order ts. GMV (成交额) = paid `ticket` orders;
  platform revenue from buyers = paid service_fee + delivery_fee + protection; seller commission =
  `commission` of tp_escrow_release by release date; payouts = `payout_amount` of tp_payout by payout date; refunds =
  `refund_amount` of tp_refund (the ticket price) by refund date; spend per paying buyer = paid amount / customers
  with >= 1 paid order in the period; paid deals = `tp_pay` events; markup = price / face value of the deal;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (show, 演出城市, 城市, 兴趣类型, 获客渠道, 票种, 会员等级), en ones against show_en / show_city / region / fan_type /
  acquisition_channel / payout_method / category / touchpoint_id; issuer has only one spelling (LeTix, JuTix,
  FanPass, paper);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); buyer in-app ratings = channel `app_review`, seller ratings = `seller_review`; rating
  by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; survey
  `nps` 0-10 (promoters 9-10);
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
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


# ---------- per deal / per listing (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp`."""
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


def top_step_time(a_tp, b_tp, start, end, by, unit="hours", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.01, float(v) * 0.01), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


FEES = "o.order_type IN ('service_fee', 'delivery_fee', 'protection')"


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def avg_order(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def protection_rate(start, end):
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pay' AND {_in('ts', start, end)}")
    k = one(f"SELECT count(*) FROM orders o WHERE order_type = 'protection' AND {_in('o.ts', start, end)}")
    return dict(value=round(k / n, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
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


Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-12-31")
FANPASS_KYC = ("2025-10-15", "2025-12-14")
SPRING_BANK = ("2026-02-12", "2026-02-24")
(DISCOVER, EVENT_PAGE, PRICE_CHECK, CHECKOUT, PAY, TRANSFER, TRANSFER_FAIL, ENTRY_FAIL, ENTRY, DISPUTE, REFUND,
 REVIEW, REPURCHASE, LIST, SOLD, RELEASE, PAYOUT) = (
    "tp_discover", "tp_event_page", "tp_price_check", "tp_checkout", "tp_pay", "tp_transfer", "tp_transfer_fail",
    "tp_entry_fail", "tp_entry", "tp_dispute", "tp_refund", "tp_review", "tp_repurchase", "tp_list", "tp_sold",
    "tp_escrow_release", "tp_payout")
APP = "f.channel = 'app_review'"
SELLER = "f.channel = 'seller_review'"
PRICE_CHECKED = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_price_check')"
FAKE_T = _like("f.text", ["假票", "票是假的", "fake ticket", "counterfeit"])
TRANSFER_T = _like("f.text", ["转票", "转过来", "transfer"])
IDCHECK_T = _like("f.text", ["实名", "id check"])
PAYOUT_T = _like("f.text", ["到账", "放款", "payout"])
MARKUP_T = _like("f.text", ["黄牛", "溢价", "scalper", "face value"])
FEE_T = _like("f.text", ["服务费", "service fee"])
CANCEL_T = _like("f.text", ["取消", "cancelled"])
REFUND_T = _like("f.text", ["退款", "refund"])
ESCROW_T = _like("f.text", ["担保", "escrow"])
SMOOTH_T = _like("f.text", ["顺利入场", "got in", "smooth entry"])


def gold():
    return {
        # ---- funnels / conversion
        "tr01": lambda: conv("purchase", *Y25),
        "tr02": lambda: top_lost("purchase", *Q4_25),
        "tr03": lambda: rank_conv("first_purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "tr04": lambda: conv("first_purchase", *Y25, cond="c.acquisition_channel = 'fan_group'"),
        "tr05": lambda: conv("delivery", *H2_25, unbounded_only=True),
        "tr06": lambda: conv("seller", *Q3_25, unbounded_only=True),
        "tr07": lambda: conv("repurchase", *H2_25, unbounded_only=True),
        "tr08": lambda: rank_conv("repurchase", *H2_25, by='c."获客渠道"', lowest=True, margin=1.15,
                                  unbounded_only=True),
        # ---- per deal / listing
        "tr09": lambda: rate(PAY, TRANSFER_FAIL, *FANPASS_KYC, "a.issuer = 'FanPass'"),
        "tr10": lambda: rate(PAY, TRANSFER_FAIL, *FANPASS_KYC, "a.issuer = 'LeTix'"),
        "tr11": lambda: rank_rate(PAY, TRANSFER_FAIL, *H1_26, by="a.issuer", margin=1.5),
        "tr12": lambda: rank_rate(PAY, DISPUTE, "2025-09-01", "2026-02-28", by="a.show", min_n=50, margin=3, trap=True),
        "tr13": lambda: rate(PAY, DISPUTE, "2025-09-01", "2026-02-28", "a.show_id = 'S26'"),
        "tr14": lambda: rate(PAY, ENTRY, *Y25),
        "tr15": lambda: rate(EVENT_PAGE, PAY, *Y25, PRICE_CHECKED),
        "tr16": lambda: rate(EVENT_PAGE, PAY, *Y25, f"NOT {PRICE_CHECKED}"),
        "tr17": lambda: rate(LIST, SOLD, *Y25),
        "tr18": lambda: rate(LIST, SOLD, *Y25, "a.markup >= 2"),
        # ---- times
        "tr19": lambda: step_time(RELEASE, PAYOUT, *SPRING_BANK, "c.payout_method = 'bank_card'"),
        "tr20": lambda: step_time(RELEASE, PAYOUT, *Y25, "c.payout_method = 'bank_card'"),
        "tr21": lambda: top_step_time(RELEASE, PAYOUT, *Y25, by="c.payout_method"),
        "tr22": lambda: step_time(DISPUTE, REFUND, "2025-01-01", "2026-07-31", agg="avg"),
        "tr23": lambda: step_time(PAY, TRANSFER, *Q1_26, "a.ticket_form <> 'paper'", unit="hours"),
        "tr24": lambda: step_time(TRANSFER_FAIL, TRANSFER, *Q4_25, agg="avg", unit="hours"),
        # ---- money
        "tr25": lambda: orders(*Q3_25, "o.order_type = 'ticket'"),
        "tr26": lambda: orders(*month(2026, 3), FEES),
        "tr27": lambda: orders(*month(2026, 2), FEES),
        "tr28": lambda: events_sum(REFUND, "e.refund_amount", *H2_25),
        "tr29": lambda: orders_change(Q2_25, Q2_26, "o.order_type = 'ticket'"),
        "tr30": lambda: top_orders('o."演出城市"', *Y25, "o.order_type = 'ticket'", margin=1.3),
        "tr31": lambda: top_orders("o.category", *Y25, "o.order_type = 'ticket'", margin=2),
        "tr32": lambda: events_sum(RELEASE, "e.commission", *Q1_26),
        "tr33": lambda: events_sum(PAYOUT, "e.payout_amount", *Q2_26),
        "tr34": lambda: per_customer(*Y25),
        "tr35": lambda: per_customer(*Y25, "c.fan_type = 'sports_fan'"),
        "tr36": lambda: protection_rate(*Y25),
        "tr37": lambda: events_avg(PAY, "e.markup", *Y25, "e.category = 'concert'"),
        "tr38": lambda: events_avg(PAY, "e.markup", *Y25, "e.category = 'sports'"),
        # ---- volumes / trends
        "tr40": lambda: events_at(PAY, "2026-03-09", "2026-03-15"),
        "tr41": lambda: events_at(PAY, *month(2026, 4)),
        "tr42": lambda: events_at(PAY, *month(2026, 3)),
        "tr45": lambda: events_change(PAY, Q4_25, Q1_26),
        "tr46": lambda: events_at(PAY, *Y25, "e.ticket_form = 'paper'"),
        # ---- customers
        "tr48": lambda: customers_share("c.role = 'seller'"),
        "tr49": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡'"),
        "tr50": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "tr51": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "tr53": lambda: fb_topic_count(FAKE_T, "fake"),
        "tr54": lambda: top_fb_count("f.show_en", FAKE_T, margin=2),
        "tr55": lambda: fb_topic_count(PAYOUT_T, "payout"),
        "tr56": lambda: fb_topic_count(PAYOUT_T, "payout", period=_in("f.ts", *month(2026, 2))),
        "tr57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "tr58": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.5),
        "tr59": lambda: fb_avg(f"{SELLER} AND {_in('f.ts', *month(2026, 2))}", tol=0.05),
        "tr60": lambda: fb_avg(f"{SELLER} AND {_in('f.ts', *Q4_25)}", tol=0.03),
        "tr61": lambda: fb_topic_count(CANCEL_T, "cancel"),
        "tr62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "tr63": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "tr64": lambda: feedback_ids(f"{FAKE_T} AND f.show_id = 'S06'"),
        "tr66": lambda: fb_topic_count(FEE_T, "fee", period=_in("f.ts", *H2_25)),
        "tr67": lambda: fb_topic_count(TRANSFER_T, "transfer", period=_in("f.ts", *Q4_25)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((IDCHECK_T, "idcheck"), (MARKUP_T, "markup"), (REFUND_T, "refund_slow"),
                        (ESCROW_T, "escrow"), (SMOOTH_T, "smooth")):
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
