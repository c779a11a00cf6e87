"""Gold answers for the 香屿 Scent Isle (niche perfume boutiques + online store) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py — never from the product.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "客户" / "客人" / "people" = customer_id; a store is orders.store / events.store (English name), its
  Chinese twin 门店; a sales channel is orders.channel (mini_program, tmall, web, store), its Chinese twin 销售渠道;
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action) at step k's touchpoint after reaching step k-1, within the journey window from that first step-1
  event (online_purchase 7 d, store_visit 14 d, sample_to_full 45 d, restock 90 d, returns 14 d). Rates are per
  customer; where the question says a later step after the period end counts, only that reading is gold, otherwise
  the tolerance covers both readings. "Where do we lose the most" = the step whose next step the most customers never
  reach (the loss k -> k+1 is put on step k). The restock funnel split by notice channel uses notify_via of the
  sign-up row;
- consultation -> purchase per boutique: customers whose first tp_consult at that boutique falls in the period, with a
  tp_order_paid (any channel, any product) from the consultation to 14 days after it; the tolerance / check covers the
  per-consultation reading. No-show rate = tp_booking `no_show` rows / `booked` rows by the boutique on the row;
- money = orders.amount in CNY (HKD / JPY converted by the company); "net sales" = status 'paid' (returned and
  cancelled left out); sales are dated by orders.ts; a boutique's sales are its store orders; a market's (Hong Kong,
  Tokyo ...) sales are orders.city; members' share = orders whose member_tier at payment is not 'non_member';
- return rate of full bottles = orders with status 'returned' / full-size orders of the period (the tolerance covers
  leaving the cancelled out of the denominator); a "blind buy" = an online full-size order of a customer with no
  earlier discovery-set order and no earlier tp_consult; the top return reason is counted on tp_return_request rows
  (退货原因 in zh);
- leak-claim rate per courier = tp_leak_claim rows dated in the period / tp_shipped rows of that courier in the period
  (the tolerance covers parcels shipped in the period that got a claim); transit = transit_days on tp_delivered rows
  dated in the period; engraving counts are tp_engraving `done` rows, redo rate = `redo` rows / `done` rows; gift-wrap
  and engraving shares are over full-size orders of the period;
- authenticity scans are tp_verify rows (ten rows double-posted in December 2025 carry the same event_id and are
  loaded once); not-genuine share = result 'not_genuine' / all scans;
- experiment free_sample_2025: "bought again within 90 days" = another full-size order (not cancelled) after
  assigned_at and no later than 90 days after it;
- feedback: "all" includes rows without ts (Xiaohongshu notes scraped without a date, consultants' call notes); topic
  counts are by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10
  minus share 0-6 (a fraction) of post_purchase_survey rows in the period; store reviews = channels dianping_review
  and google_review, by store;
- zh top entities are the Chinese twins on the same row (门店, 香水名, 销售渠道, 退货原因), en ones the English values;
  a month is 'YYYY-MM', an experiment arm its variant, a touchpoint its touchpoint_id, a courier / notice channel /
  bottle source its stored value;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (2026-07-06, the
  extract date); weeks run Monday-Sunday.
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', "
                "header=true, sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start, end) -> str:
    if start is None:
        return "1=1"
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
    return (f"{y}-{m:02d}-01", str(one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")))


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def count(n):
    return dict(value=int(n), tolerance=0.5)


def rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def either(a, b, rel=0.01, floor=0.01):
    """two reasonable readings: centre on the first, the tolerance covers the second"""
    a, b = float(a), float(b)
    return dict(value=round(a, 4), tolerance=round(max(floor, abs(a) * rel, abs(a - b) + 0.005), 4))


def clear_lead(rows, margin, lowest=False):
    """the winner must beat the runner-up by the ratio `margin`."""
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    ok = b > a * margin if lowest else a > b * margin
    assert ok, rows[:4]


# ---------------------------------------------------------------- funnels (DATA.md rule)
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1", last_tp_cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded or end is None else \
        f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE f1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} GROUP BY 1""")
    if cond != "1=1":  # the split value is read on the customer's first step-1 row
        CON.execute(f"""DELETE FROM f1 WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f1.customer_id
                        AND e.touchpoint_id = '{steps[0]}' AND e.ts = f1.t0 AND ({cond}))""")
    out = [one("SELECT count(*) FROM f1")]
    for k, tp in enumerate(steps[1:], 2):
        extra = last_tp_cond if k == len(steps) else "1=1"
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE f{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM f{k - 1} s JOIN {src} e
            ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
               AND e.ts <= s.t0 + INTERVAL {window} DAY AND ({extra})
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM f{k}"))
    return out


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[-1] / c[0])
    return either(vals[0], vals[1])


def conv_open(journey, start, end, cond="1=1", last_tp_cond="1=1"):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, False, cond, last_tp_cond)
    return c[-1] / c[0]


def conv_rank(journey, start, end, col, values, lowest, margin):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded)
        lost = sorted(((steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)), key=lambda r: -r[1])
        clear_lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return f"FROM events e WHERE e.touchpoint_id IN ({lst}) AND {per('e.ts', start, end)} AND ({cond})"


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start=None, end=None, cond="1=1", margin=1.1):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) v {_ev(tps, start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fail_rate(device, start, end):
    return rate(one(f"""SELECT count(*) FILTER (WHERE e.action = 'payment_fail') / count(*) FILTER (WHERE e.action = 'submit')
                        {_ev('tp_checkout', start, end, f"e.channel = 'mini_program' AND e.device = '{device}'")}"""))


def no_show(store, start, end):
    return rate(one(f"""SELECT count(*) FILTER (WHERE e.action = 'no_show') / count(*) FILTER (WHERE e.action = 'booked')
                        {_ev('tp_booking', start, end, f"e.store = '{store}'")}"""))


def consult_rows(start, end):
    """per boutique: customers' first consultation there in the period -> any paid order within 14 days"""
    return q(f"""WITH c AS (SELECT customer_id, store, "门店" zh, min(ts) t FROM events WHERE touchpoint_id = 'tp_consult'
                           AND {per('ts', start, end)} GROUP BY 1, 2, 3)
                 SELECT store, zh, avg((EXISTS (SELECT 1 FROM events o WHERE o.customer_id = c.customer_id
                        AND o.touchpoint_id = 'tp_order_paid' AND o.ts >= c.t AND o.ts <= c.t + INTERVAL 14 DAY))::int) v
                 FROM c GROUP BY 1, 2 ORDER BY v""")


def consult_rows_per_visit(start, end):
    return q(f"""SELECT store, avg((EXISTS (SELECT 1 FROM events o WHERE o.customer_id = c.customer_id
                        AND o.touchpoint_id = 'tp_order_paid' AND o.ts >= c.ts AND o.ts <= c.ts + INTERVAL 14 DAY))::int) v
                 FROM events c WHERE c.touchpoint_id = 'tp_consult' AND {per('c.ts', start, end)} GROUP BY 1 ORDER BY v""")


def consult_low(start, end, zh, margin):
    rows = consult_rows(start, end)
    clear_lead([(r[0], r[2]) for r in rows], margin, lowest=True)
    alt = consult_rows_per_visit(start, end)
    assert alt[0][0] == rows[0][0], alt
    return dict(top_entity=rows[0][1] if zh else rows[0][0])


def consult_rate(store, start, end):
    a = {r[0]: r[2] for r in consult_rows(start, end)}[store]
    b = {r[0]: r[1] for r in consult_rows_per_visit(start, end)}[store]
    return either(a, b)


def sample_conv(start, end):
    """activation -> a paid order within 45 days (DATA.md funnel, any order) = a full-size order (checked)"""
    a = conv_open("sample_to_full", start, end)
    b = conv_open("sample_to_full", start, end, last_tp_cond="e.product_type = 'full_size'")
    assert abs(a - b) < 0.005, (a, b)
    return rate(a)


# ---------------------------------------------------------------- orders / money
NET = "o.status = 'paid'"
RETURNED = "o.status = 'returned'"
NOT_CANCELLED = "o.status <> 'cancelled'"
FULL = "o.order_type = 'full_size'"
ONLINE = "o.channel IN ('mini_program', 'tmall', 'web')"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount"):
    v = float(one(f"SELECT avg({col}) {_ord(start, end, cond)} AND {col} IS NOT NULL"))
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_share(num_cond, start, end, cond, alt_cond=None):
    a = one(f"SELECT avg(({num_cond})::int) {_ord(start, end, cond)}")
    if alt_cond is None:
        return rate(a)
    b = one(f"SELECT avg(({num_cond})::int) {_ord(start, end, f'({cond}) AND ({alt_cond})')}")
    return either(a, b)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} AND {by} IS NOT NULL AND {by} <> '' GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


BLIND = f"""{ONLINE} AND {FULL} AND NOT EXISTS (SELECT 1 FROM orders d WHERE d.customer_id = o.customer_id
            AND d.order_type = 'discovery_set' AND d.ts < o.ts)
            AND NOT EXISTS (SELECT 1 FROM events k WHERE k.customer_id = o.customer_id AND k.touchpoint_id = 'tp_consult'
            AND k.ts < o.ts)"""
TRIED = f"""{ONLINE} AND {FULL} AND (EXISTS (SELECT 1 FROM orders d WHERE d.customer_id = o.customer_id
            AND d.order_type = 'discovery_set' AND d.ts < o.ts)
            OR EXISTS (SELECT 1 FROM events k WHERE k.customer_id = o.customer_id AND k.touchpoint_id = 'tp_consult'
            AND k.ts < o.ts))"""


def growth_avg_full(y0, y1):
    a = one(f"SELECT avg(o.amount) {_ord(f'{y0}-01-01', f'{y0}-12-31', f'{FULL} AND {NET}')}")
    b = one(f"SELECT avg(o.amount) {_ord(f'{y1}-01-01', f'{y1}-12-31', f'{FULL} AND {NET}')}")
    return rate(b / a - 1)


def member_share(start, end):
    return rate(one(f"""SELECT sum(o.amount) FILTER (WHERE o.member_tier <> 'non_member') / sum(o.amount)
                        {_ord(start, end, NET)}"""))


# ---------------------------------------------------------------- shipping
def leak_rows(start, end):
    """courier, claims dated in the period / parcels shipped in the period, and the per-parcel reading"""
    return q(f"""SELECT s.courier,
                   (SELECT count(*) FROM events l WHERE l.touchpoint_id = 'tp_leak_claim' AND l.courier = s.courier
                    AND {per('l.ts', start, end)}) / count(*) v,
                   avg((EXISTS (SELECT 1 FROM events l WHERE l.touchpoint_id = 'tp_leak_claim'
                        AND l.order_no = s.order_no))::int) w
                 FROM events s WHERE s.touchpoint_id = 'tp_shipped' AND {per('s.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")


def leak_top(start, end, margin):
    rows = leak_rows(start, end)
    clear_lead([(r[0], r[1]) for r in rows], margin)
    alt = sorted(rows, key=lambda r: -r[2])
    assert alt[0][0] == rows[0][0]
    return dict(top_entity=rows[0][0])


def leak_rate(courier, start, end):
    r = {x[0]: x for x in leak_rows(start, end)}[courier]
    return either(r[1], r[2])


def transit(courier, start, end):
    """transit_days of the tp_delivered rows dated in the period; the tolerance covers shipped -> delivered in
    fractional days"""
    cond = f"e.courier = '{courier}'"
    a = one(f"SELECT avg(e.transit_days) {_ev('tp_delivered', start, end, cond)}")
    b = one(f"""SELECT avg(date_diff('second', s.ts, e.ts) / 86400.0) FROM events e JOIN events s
                ON s.order_no = e.order_no AND s.touchpoint_id = 'tp_shipped'
                WHERE e.touchpoint_id = 'tp_delivered' AND e.courier = '{courier}' AND {per('e.ts', start, end)}""")
    return either(a, b, floor=0.05)


# ---------------------------------------------------------------- experiment
def exp_rates(include_cancelled=False):
    st = "1=1" if include_cancelled else "o.status <> 'cancelled'"
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = x.customer_id
                  AND o.order_type = 'full_size' AND o.ts > x.assigned_at AND o.ts <= x.assigned_at + INTERVAL 90 DAY
                  AND {st}))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'free_sample_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    assert exp_rates(True)[0][0] == rows[0][0]
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return either({r[0]: r[1] for r in exp_rates()}[variant], {r[0]: r[1] for r in exp_rates(True)}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {  # topic -> marker words (zh, en), as in generate.py
    "leak": ("漏液", "leak"), "fake": ("假货", "fake"), "longevity": ("留香", "longevity"),
    "sample": ("小样", "sample"), "engraving": ("刻字", "engraving"), "giftbox": ("礼盒", "gift box"),
    "slow_delivery": ("物流慢", "slow delivery"), "consultant": ("顾问", "consultant"),
    "return": ("退货", "return"), "restock": ("补货", "restock"), "points": ("积分", "points"),
    "price": ("太贵", "overpriced"), "tester": ("试香瓶", "tester"),
}
ENGRAVING_ERR = ("(f.text LIKE '%刻错%' OR f.text LIKE '%错别字%' OR f.text LIKE '%刻字出错%' "
                 "OR lower(f.text) LIKE '%engraving wrong%' OR lower(f.text) LIKE '%crooked%')")
REVIEWS = "f.channel IN ('dianping_review', 'google_review')"


def marker(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def check_markers():
    for key in MARKERS:
        m = marker(key)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} AND t.topic <> '{key}'")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{key}' "
                     f"AND NOT {m}")
        assert extra == 0 and missed == 0, (key, extra, missed)
    bad = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {ENGRAVING_ERR}
                  AND (t.topic <> 'engraving' OR t.sentiment <> 'negative')""")
    assert bad == 0


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)} "
                    "AND f.rating IS NOT NULL"))


def fb_top(by, cond, margin=1.2, agg="avg(f.rating)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v FROM feedback f WHERE ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def nps(start, end):
    return rate(one(f"""SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f
                        WHERE f.channel = 'post_purchase_survey' AND f.nps IS NOT NULL AND {per('f.ts', start, end)}"""))


# ---------------------------------------------------------------- periods and shorthands
Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NOTIFY = ["sms", "wechat", "email"]


def gold():
    Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
    M3_26 = month(2026, 3)
    return {
        # ---- online funnel, boutiques, discovery kits, restock alerts, returns
        "ps01": lambda: conv("online_purchase", *Y25),
        "ps02": lambda: biggest_loss("online_purchase", *H1_26, margin=1.5),
        "ps03": lambda: fail_rate("android", *M3_26),
        "ps04": lambda: fail_rate("ios", *M3_26),
        "ps05": lambda: consult_low(*Y25, zh=True, margin=1.12),
        "ps06": lambda: consult_rate("Hangzhou Hubin", *Y25),
        "ps07": lambda: ev_top("tp_consult", "e.store", *Y25, margin=1.15),
        "ps08": lambda: no_show("Tokyo Omotesando", *Y25),
        "ps09": lambda: ev_top("tp_booking", 'e."门店"', *Y25, agg="count(*) FILTER (WHERE e.action = 'no_show') / "
                               "count(*) FILTER (WHERE e.action = 'booked')", margin=1.5),
        "ps10": lambda: sample_conv("2025-01-01", "2025-08-31"),
        "ps11": lambda: sample_conv("2025-09-01", "2026-03-31"),
        "ps12": lambda: conv_rank("restock", None, None, "e.notify_via", NOTIFY, lowest=False, margin=1.15),
        "ps13": lambda: rate(conv_open("restock", None, None, "e.notify_via = 'email'")),
        "ps14": lambda: ev_top("tp_restock_sub", 'e."香水名"', margin=2.0, agg="count(DISTINCT e.customer_id)"),
        "ps15": lambda: ev_count("tp_restock_sub", *Q4_25),
        "ps16": lambda: rate(conv_open("returns", *Y25)),
        # ---- orders and money
        "ps17": lambda: ord_sum(*Y25, NET),
        "ps18": lambda: ord_top("o.store", *Y25, NET, margin=1.2),
        "ps19": lambda: ord_share("o.status = 'returned'", *Y25, f"{FULL} AND o.channel = 'tmall'",
                                  "o.status <> 'cancelled'"),
        "ps20": lambda: ord_top('o."销售渠道"', *Y25, FULL, agg="avg((o.status = 'returned')::int)", margin=1.5),
        "ps21": lambda: ev_top("tp_return_request", 'e."退货原因"', *Y25, margin=2.0),
        "ps22": lambda: ord_share("o.status = 'returned'", *Y25, BLIND, "o.status <> 'cancelled'"),
        "ps23": lambda: ord_share("o.status = 'returned'", *Y25, TRIED, "o.status <> 'cancelled'"),
        "ps24": lambda: ord_avg(*H1_26, f"{FULL} AND {NET}"),
        "ps25": lambda: ord_top("o.scent", *Y25, f"{FULL} AND o.city = 'Tokyo'", agg="count(*)", margin=1.2),
        "ps26": lambda: ord_top('o."香水名"', *Y25, f"{FULL} AND o.city = 'Hangzhou'", agg="count(*)", margin=1.2),
        "ps27": lambda: ord_top("o.scent", *month(2025, 11), FULL, agg="count(*)", margin=1.5),
        "ps28": lambda: ord_count(*month(2025, 7), "o.store = 'Hong Kong Central'"),
        "ps29": lambda: ord_count(*Y25, "o.order_type = 'discovery_set'"),
        "ps30": lambda: ord_share("o.engraving", *Y25, f"{FULL} AND {NET}"),
        "ps31": lambda: ev_top_month("tp_engraving", *Y25, "e.action = 'done'", margin=1.25),
        "ps32": lambda: rate(one(f"""SELECT count(*) FILTER (WHERE e.action = 'redo') / count(*) FILTER (WHERE e.action = 'done')
                                     {_ev('tp_engraving', '2026-01-01', '2026-02-28', '1=1')}""")),
        "ps33": lambda: ord_share("o.gift_wrap", *month(2025, 12), f"{FULL} AND {NET}"),
        "ps34": lambda: ord_sum(*Y25, f"{NET} AND o.store = 'Tokyo Omotesando'"),
        "ps36": lambda: count(one(f"SELECT count(*) FROM (SELECT o.customer_id FROM orders o WHERE {NET} "
                                  "GROUP BY 1 HAVING count(*) >= 2)")),
        "ps37": lambda: count(one("SELECT count(*) FROM customers WHERE tier = 'black'")),
        "ps38": lambda: ev_top_month("tp_points_redeem", margin=1.3),
        "ps39": lambda: member_share(*Y25),
        "ps40": lambda: growth_avg_full(2024, 2025),
        # ---- shipping and leaks
        "ps41": lambda: leak_top(*Y25, margin=2.0),
        "ps42": lambda: leak_rate("zto", *Y25),
        "ps43": lambda: ev_top_month("tp_leak_claim", margin=1.15),
        "ps44": lambda: ev_count("tp_leak_claim", *month(2025, 7)),
        "ps45": lambda: transit("zto", *month(2025, 11)),
        "ps46": lambda: ev_count("tp_leak_claim", *Q2_26),
        # ---- free-sample test
        "ps47": lambda: exp_top(margin=1.4),
        "ps48": lambda: exp_rate("control"),
        "ps50": lambda: ev_count("tp_leak_claim", cond="e.leaked_item = 'sample_vial'"),
        # ---- authenticity
        "ps51": lambda: ev_count("tp_verify", *month(2025, 12)),
        "ps52": lambda: ev_top_month("tp_verify", margin=1.3),
        "ps53": lambda: ev_top("tp_verify", "e.bottle_source", cond="e.result = 'not_genuine'", margin=1.3),
        "ps54": lambda: rate(one(f"SELECT avg((e.result = 'not_genuine')::int) {_ev('tp_verify', *Q4_25, '1=1')}")),
        # ---- feedback
        "ps56": lambda: fb_count(marker("leak")),
        "ps57": lambda: fb_count(marker("fake")),
        "ps58": lambda: fb_top("f.store", REVIEWS, lowest=True, margin=1.2),
        "ps59": lambda: fb_avg(f"{REVIEWS} AND f.store = 'Hangzhou Hubin'"),
        "ps60": lambda: nps(*Q3_25),
        "ps61": lambda: nps(*Q1_26),
        "ps62": lambda: fb_avg("f.channel = 'tmall_review'", start=Y25[0], end=Y25[1]),
        "ps63": lambda: fb_count(marker("points"), *month(2026, 1)),
        "ps64": lambda: fb_ids(ENGRAVING_ERR),
        "ps65": lambda: fb_count("f.channel = 'xiaohongshu_note'"),
        "ps67": lambda: fb_share("f.rating = 5", "f.channel = 'post_purchase_survey'", *Y25),
        "ps68": lambda: fb_count(marker("tester")),
        # ---- relative periods (as_of 2026-07-06)
        "ps72": lambda: either(one(f"SELECT count(*) {_ord(*month(2026, 6), '1=1')}"),
                               one(f"SELECT count(*) {_ord(*month(2026, 6), NOT_CANCELLED)}"), floor=0.5),
        "ps73": lambda: count(one(f"SELECT count(*) FROM customers c WHERE {per('c.signup_at', *H1_26)}")),
        "ps74": lambda: ev_count("tp_sample_activate", "2025-11-10", "2025-11-16"),
    }


def check_leads():
    """top-entity questions with a second reasonable reading: check that it gives the same winner."""
    # ps07 boutiques by distinct customers consulted
    r = q(f"SELECT store, count(DISTINCT customer_id) v {_ev('tp_consult', *Y25, '1=1')} GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.1)
    assert r[0][0] == "Shanghai Anfu Road", r
    # ps12 restock by notice channel on the notice row, purchase any time after the notice
    r = q("""SELECT n.notify_via, avg((EXISTS (SELECT 1 FROM events o WHERE o.customer_id = n.customer_id
                AND o.touchpoint_id = 'tp_order_paid' AND o.ts > n.ts AND o.ts <= n.ts + INTERVAL 30 DAY))::int) v
             FROM events n WHERE n.touchpoint_id = 'tp_restock_notice' GROUP BY 1 ORDER BY v DESC""")
    clear_lead(r, 1.15)
    assert r[0][0] == "sms", r
    # ps14 sign-up rows instead of people
    r = q("SELECT scent, count(*) v FROM events WHERE touchpoint_id = 'tp_restock_sub' GROUP BY 1 ORDER BY v DESC")
    assert r[0][0] == "Cedar Isle", r
    # ps18 boutiques by all orders (returns and cancellations in)
    r = q(f"SELECT o.store, sum(o.amount) v {_ord(*Y25, '1=1')} AND o.store <> '' GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.2)
    assert r[0][0] == "Shanghai Anfu Road", r
    # ps20 channels: returns over non-cancelled, and over all orders (not just full size)
    for cond in (f"{FULL} AND o.status <> 'cancelled'", "1=1"):
        r = q(f"SELECT o.channel, avg((o.status = 'returned')::int) v {_ord(*Y25, cond)} GROUP BY 1 ORDER BY v DESC")
        clear_lead(r, 1.2)
        assert r[0][0] == "tmall", r
    # ps21 reason on returned orders
    r = q(f"SELECT o.return_reason, count(*) v {_ord(*Y25, RETURNED)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 2.0)
    assert r[0][0] == "scent_not_for_me", r
    # ps25 / ps26 / ps27 scents with the net orders only
    for city, want in (("Tokyo", "Yuzu Morning"), ("Hangzhou", "Osmanthus Oolong")):
        r = q(f"SELECT o.scent, count(*) v {_ord(*Y25, f'{FULL} AND {NET}')} AND o.city = '{city}' GROUP BY 1 "
              "ORDER BY v DESC")
        clear_lead(r, 1.15)
        assert r[0][0] == want, r
    r = q(f"SELECT o.scent, count(*) v {_ord(*month(2025, 11), f'{FULL} AND {NET}')} GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.5)
    assert r[0][0] == "Sandalwood Reverie", r
    # ps31 engravings by order month
    r = q(f"SELECT strftime(o.ts, '%Y-%m') m, count(*) v {_ord(*Y25, 'o.engraving')} GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.2)
    assert r[0][0] == "2025-05", r
    # ps38 points redeemed (sum of points) by month
    r = q("SELECT strftime(ts, '%Y-%m') m, sum(points) v FROM events WHERE touchpoint_id = 'tp_points_redeem' "
          "GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.3)
    assert r[0][0] == "2025-12", r
    # ps43 leak claims by the month the parcel was delivered
    r = q("""SELECT strftime(d.ts, '%Y-%m') m, count(*) v FROM events l JOIN events d ON d.order_no = l.order_no
             AND d.touchpoint_id = 'tp_delivered' WHERE l.touchpoint_id = 'tp_leak_claim' GROUP BY 1 ORDER BY v DESC""")
    assert r[0][0] == "2025-07", r
    # ps52 distinct people scanning by month
    r = q("SELECT strftime(ts, '%Y-%m') m, count(DISTINCT customer_id) v FROM events WHERE touchpoint_id = 'tp_verify' "
          "GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.3)
    assert r[0][0] == "2025-12", r
    # ps53 distinct people
    r = q("SELECT bottle_source, count(DISTINCT customer_id) v FROM events WHERE touchpoint_id = 'tp_verify' "
          "AND result = 'not_genuine' GROUP BY 1 ORDER BY v DESC")
    assert r[0][0] == "xianyu", r
    # ps58 share of 1-2 star reviews instead of the mean
    r = q(f"SELECT f.store, avg((f.rating <= 2)::int) v FROM feedback f WHERE {REVIEWS} GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.5)
    assert r[0][0] == "Hangzhou Hubin", r
    # ps02 online funnel: loss counted per row instead of per customer
    r = q(f"""SELECT touchpoint_id, count(*) FROM events WHERE touchpoint_id IN ('tp_product_view', 'tp_add_cart')
              AND {per('ts', *H1_26)} GROUP BY 1 ORDER BY 1""")
    assert r[0][0] == "tp_add_cart" and r[1][1] > 2 * r[0][1], r


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
    check_leads()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = set(fns) - set(ids)
    assert not missing, f"gold for ids not in the batch: {sorted(missing)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        exp = it.setdefault("expect", {})
        fn = fns.get(it["id"])
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp["status"] == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:60].replace("\n", " "), shown)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print("status-only ok:", status_only)
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
