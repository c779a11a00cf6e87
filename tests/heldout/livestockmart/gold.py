"""Gold answers for the 草原牧源活畜交易市场 Grassland MuYuan livestock auction held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (consign_sale 3 d, seller_activation
  60 d, buyer_activation 30 d, settle_pickup 7 d, dispute 30 d, seller_return 90 d); rates are per customer (people:
  sellers or buyers); the tolerance covers both readings (later steps allowed after the period end, or not), except
  where the question says later steps count. A funnel "up to step k" reads the share of step-1 people reaching step k.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k: tp_lot_listed = listed but passed in). A funnel split by a customer attribute filters
  the step-1 people by that attribute (customers table);
- a lot = one `session_id` (L000123): tp_consign, tp_vet, [tp_weigh, tp_lot_listed, tp_hammer | tp_no_sale,
  tp_bid_won (a second tp_bid_won `second_chance` when the first winner backed out), tp_payment, tp_pickup,
  tp_seller_payout, tp_dispute / tp_dispute_done (buyer: weight / health / mixup; seller: payout), tp_rate]. Per-lot
  rates count lots whose first event at the named step A falls in the period (by its date) and look for step B (with
  its condition) in the same lot at any time; lot attributes (species / 畜种, auctioneer / 拍卖师, scale_id / 地磅,
  origin_county / 产地, carrier / 承运方, bid_channel) are read from the A event. Event shares (vet rejection rate =
  tp_vet action `fail` / tp_vet events; dead-in-transit share = tp_pickup with dead_in_transit > 0 / pickups; online
  share = tp_hammer bid_channel `online` / tp_hammer) count events by their date;
- no-sale (流拍) rate = listed lots with a tp_no_sale / listed lots; weight-dispute rate = sold lots (tp_hammer) weighed in
  the period with a `weight` dispute / sold lots weighed in the period; buyer default (悔拍) rate = lot_purchase orders
  with status `cancelled` / all lot_purchase orders (by order ts, per bid_channel);
- times between steps = per lot, first B ts - first A ts (B after A), period by the date of A; disputes pair
  tp_dispute and tp_dispute_done of the same lot and dispute_type; minutes / hours / days as asked; load-out wait =
  `wait_hours` of tp_pickup;
- money = orders with status `paid` (cancelled = the buyer backed out, refunded = full refund after a dispute, pending
  = not yet paid at the extract) by order ts (lot purchases: the hammer time; commission: the payout time; yard fee:
  weighing; haulage: load-out). 成交额 / turnover = paid `lot_purchase`; the market's own income = commission + yard_fee
  + haulage; spend per buyer = paid lot purchases / buyers with >= 1 paid lot purchase in the period; price per kg =
  paid amount / lot_weight_kg summed; dispute refunds = `refund_amount` of tp_dispute_done by resolution date;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (拍卖师, 地磅, 产地 / 地区, 承运方, 畜种, 买家类型, 获客渠道), en ones against the English values (auctioneer, scale_id,
  origin_county, carrier, species, buyer_type, acquisition_channel) / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score = share 9-10 minus share 0-6 (a fraction);
  seller / buyer comments by feedback.role;
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
        vals.append((c[upto - 1] if upto else c[-1]) / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, upto=None,
              cond="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND ({cond})")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
            if c[0] >= min_n:
                rows.append((g, (c[upto - 1] if upto else c[-1]) / c[0], c[0]))
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


# ---------- per lot (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


SOLD = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_hammer')"


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of lots with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


def dispute_days(start, end, dtype, agg="median"):
    base = f"""FROM events a JOIN events b ON b.session_id = a.session_id AND b.dispute_type = a.dispute_type
               AND b.touchpoint_id = 'tp_dispute_done' AND b.ts > a.ts
               WHERE a.touchpoint_id = 'tp_dispute' AND a.dispute_type = '{dtype}' AND {_in('a.ts', start, end)}"""
    v = one(f"SELECT {agg}(epoch(b.ts - a.ts) / 86400.0) {base}")
    w = one(f"SELECT {agg}(date_diff('day', a.ts::DATE, b.ts::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


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
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


LOT = "o.order_type = 'lot_purchase'"
INCOME = "o.order_type IN ('commission', 'yard_fee', 'haulage')"


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def price_per_kg(start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) / sum(o.lot_weight_kg) FROM orders o WHERE o.status = 'paid' AND {LOT} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(float(v) * 0.005, 3))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, cond="1=1", min_n=1, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
SUMMER_25 = ("2025-07-01", "2025-08-31")
DRIFT = ("2025-10-01", "2025-11-30")
LI_ERA = ("2025-09-01", "2026-03-31")
ONLINE = ("2025-10-01", "2026-07-31")
AUTUMN_25 = ("2025-09-01", "2025-11-30")
(SELLER_REG, BUYER_REG, CATALOG, CONSIGN, VET, WEIGH, LISTED, HAMMER, NO_SALE, BID_WON, PAYMENT, PICKUP, PAYOUT,
 DISPUTE, DISPUTE_DONE, RATE) = (
    "tp_seller_register", "tp_buyer_register", "tp_catalog", "tp_consign", "tp_vet", "tp_weigh", "tp_lot_listed",
    "tp_hammer", "tp_no_sale", "tp_bid_won", "tp_payment", "tp_pickup", "tp_seller_payout", "tp_dispute",
    "tp_dispute_done", "tp_rate")
APP = "f.channel = 'app_review'"
WEIGHT_T = _like("f.text", ["磅", "秤", "scale", "weigh"])
TRANSIT_T = _like("f.text", ["路上", "in transit"])
SICK_T = _like("f.text", ["发病", "拉稀", "病倒", "sick"])
CERT_T = _like("f.text", ["检疫证明", "certificate"])
AUC_T = _like("f.text", ["拍卖师", "auctioneer"])
PAYOUT_T = _like("f.text", ["到账", "结款", "回款", "payout", "waiting for my money", "settlement"])
FEES_T = _like("f.text", ["佣金", "进场费", "commission", "fees"])
WAIT_T = _like("f.text", ["排队", "装车", "load"])
MIX_T = _like("f.text", ["耳标", "ear tag"])
FAIR_T = _like("f.text", ["价格公道", "好价钱", "fair price"])
FAST_T = _like("f.text", ["卡上", "hit my account"])
STAFF_T = _like("f.text", ["工作人员", "helpful"])
ONLINE_T = _like("f.text", ["线上", "online"])
TOPICS = ((WEIGHT_T, "weight"), (TRANSIT_T, "transit_death"), (SICK_T, "sick_after"), (CERT_T, "cert_reject"),
          (AUC_T, "auctioneer"), (PAYOUT_T, "payout_slow"), (FEES_T, "fees"), (WAIT_T, "wait_load"),
          (MIX_T, "mixup"), (FAIR_T, "fair_price"), (FAST_T, "fast_payout"), (STAFF_T, "staff_help"),
          (ONLINE_T, "online_easy"))


def gold():
    return {
        # ---- funnels / conversion
        "ls01": lambda: conv("consign_sale", *Y25),
        "ls02": lambda: top_lost("consign_sale", *Q4_25),
        "ls03": lambda: rank_conv("seller_activation", *H2_25, by="c.acquisition_channel", lowest=True, upto=2,
                                  margin=1.3, unbounded_only=True),
        "ls04": lambda: conv("seller_activation", *H2_25, cond="c.\"获客渠道\" = '村级经纪人'", upto=2,
                            unbounded_only=True),
        "ls05": lambda: conv("buyer_activation", *H1_26, unbounded_only=True),
        "ls06": lambda: rank_conv("buyer_activation", *Y25, by="c.buyer_type", lowest=True, margin=1.3),
        "ls07": lambda: conv("buyer_activation", *Y25, cond="c.buyer_type = 'feedlot'"),
        "ls08": lambda: conv("seller_return", *Q1_26, unbounded_only=True),
        "ls09": lambda: conv("seller_return", *Q3_25, unbounded_only=True),
        "ls10": lambda: orders_share("o.status = 'cancelled'", *ONLINE, f"{LOT} AND o.bid_channel = 'online'"),
        "ls11": lambda: orders_share("o.status = 'cancelled'", *ONLINE, f"{LOT} AND o.bid_channel = 'ring'"),
        # ---- per lot
        "ls12": lambda: rank_rate(LISTED, NO_SALE, *LI_ERA, by='a."拍卖师"', margin=1.5),
        "ls13": lambda: rate(LISTED, NO_SALE, *LI_ERA, "a.auctioneer = 'Li Hao'"),
        "ls14": lambda: rate(LISTED, NO_SALE, *Y25),
        "ls15": lambda: rank_rate(WEIGH, DISPUTE, *DRIFT, by='a."地磅"', cond=SOLD, b_cond="dispute_type = 'weight'",
                                  margin=2.0),
        "ls16": lambda: rate(WEIGH, DISPUTE, *DRIFT, f"{SOLD} AND a.scale_id = 'scale_2'", "dispute_type = 'weight'"),
        "ls17": lambda: top_events_share(VET, "e.action = 'fail'", "e.origin_county", *H1_26, margin=2.0),
        "ls18": lambda: events_share(VET, "e.action = 'fail'", "2026-03-01", ALL[1], "NOT e.quarantine_cert"),
        "ls19": lambda: top_events_share(PICKUP, "e.dead_in_transit > 0", "e.carrier", *SUMMER_25,
                                         "e.species = 'pig'", margin=2.0),
        "ls20": lambda: events_share(PICKUP, "e.dead_in_transit > 0", *SUMMER_25,
                                     "e.species = 'pig' AND e.carrier = 'Beijiang Haulage'"),
        "ls21": lambda: events_share(HAMMER, "e.bid_channel = 'online'", *Q2_26),
        # ---- times
        "ls22": lambda: step_time(PAYMENT, PAYOUT, *Q1_26),
        "ls23": lambda: step_time(PAYMENT, PAYOUT, *Y25),
        "ls24": lambda: events_agg(PICKUP, "e.wait_hours", *AUTUMN_25, "e.species = 'cattle'"),
        "ls25": lambda: dispute_days(*Y25, "health"),
        "ls26": lambda: dispute_days(*Y25, "weight"),
        # ---- money
        "ls27": lambda: orders(*Y25, LOT),
        "ls28": lambda: orders(*Q4_25, INCOME),
        "ls29": lambda: orders(*month(2026, 6), "o.order_type = 'commission'"),
        "ls30": lambda: orders(*month(2026, 5), "o.order_type = 'commission'"),
        "ls31": lambda: orders_change(H1_25, H1_26, LOT),
        "ls32": lambda: top_orders("o.species", *Y25, LOT),
        "ls33": lambda: price_per_kg(*Y25, "o.species = 'cattle'"),
        "ls34": lambda: top_per_customer("c.buyer_type", *Y25, LOT, margin=1.3),
        "ls35": lambda: per_customer(*Y25, f"{LOT} AND c.buyer_type = 'farmer'"),
        "ls36": lambda: events_sum(DISPUTE_DONE, "e.refund_amount", *Y25),
        "ls37": lambda: orders(*ONLINE, LOT, status="cancelled"),
        "ls38": lambda: orders(*month(2026, 1), f"{LOT} AND o.species = 'pig'"),
        # ---- volumes / trends
        "ls39": lambda: events_at(LISTED, "2025-10-13", "2025-10-19"),
        "ls40": lambda: events_sum(HAMMER, "e.head_count", *month(2025, 10), "e.species = 'cattle'"),
        "ls41": lambda: events_at(HAMMER, *month(2026, 1), "e.species = 'pig'"),
        "ls42": lambda: events_at(HAMMER, *month(2026, 2), "e.species = 'pig'"),
        "ls45": lambda: events_change(HAMMER, Q3_25, Q4_25),
        "ls46": lambda: events_at(HAMMER, "2025-10-14", "2025-10-14", "e.species = 'cattle'"),
        # ---- customers
        "ls47": lambda: customers_count("c.role = 'seller' AND c.\"地区\" = '敖汉旗'"),
        "ls48": lambda: customers_share("c.buyer_type = 'feedlot'", "c.role = 'buyer'"),
        "ls49": lambda: top_customers('c."获客渠道"', "c.role = 'seller'"),
        # ---- feedback
        "ls50": lambda: fb_topic_count(WEIGHT_T),
        "ls51": lambda: fb_topic_count(PAYOUT_T),
        "ls52": lambda: fb_topic_count(PAYOUT_T, _in("f.ts", *Q1_26)),
        "ls53": lambda: fb_topic_count(TRANSIT_T),
        "ls54": lambda: top_fb_count('f."畜种"', TRANSIT_T),
        "ls55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ls56": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "ls57": lambda: fb_avg(f"{APP} AND f.role = 'seller' AND {_in('f.ts', *Q1_26)}"),
        "ls58": lambda: fb_avg(f"{APP} AND f.role = 'buyer' AND {_in('f.ts', *Q1_26)}"),
        "ls59": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ls60": lambda: fb_topic_count(AUC_T),
        "ls61": lambda: feedback_ids(f"{PAYOUT_T} AND f.role = 'seller' AND {_in('f.ts', *month(2026, 1))}"),
        "ls62": lambda: fb_topic_count(FAIR_T),
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
