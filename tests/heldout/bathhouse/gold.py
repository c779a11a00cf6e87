"""Gold answers for the 汤泉汇 SpringHall bathhouse held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (groupbuy 7 d, bathing 2 d, aftercare 3 d,
  membership 30 d, return 30 d); rates are per customer (people, "users" = customer_id). The tolerance covers both
  readings (later steps allowed after the period end, or not) except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (loss between step k and
  k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a visit = one `session_id` (VS000123) = `visit_id`: tp_voucher (voucher visits), tp_refund (unused voucher or
  disputed overnight fee), tp_revisit (return guests), tp_arrive, tp_wristband, tp_pool, tp_sauna, tp_scrub,
  tp_massage, tp_buffet, tp_lost_band, tp_resthall, tp_checkout, tp_review, tp_topup. Per-visit rates count visits
  whose first event at step A falls in the period and look for step B in the same visit at any time ("per visit" /
  "按到店次数" = A is tp_arrive; voucher redemption rate = A tp_voucher, B tp_arrive); visit attributes (store,
  门店城市 / store_city, voucher_platform, payment_method) are read from the step-A event;
- times between steps = per visit, first B ts - first A ts (B after A), period by the date of A; minutes / hours / days
  as asked (days fractional, tolerance also covering whole calendar days); "more than X" is strict;
- money = orders with status `paid`, by order ts. "Revenue" / 营业额 = paid orders except membership top-ups
  (order_type `topup`, which is money put on the stored-value card; spending from the card is itself an order paid
  by `member_card`), as the questions say. Refunds = orders with status `refunded`, by `refunded_at`. Spend per
  paying guest = paid non-top-up amount / customers with >= 1 such order in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (store, 门店城市, 城市, 获客渠道, 会员等级, 渠道), en ones against store_en / store_city / region /
  acquisition_channel / voucher_platform / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with `rating` (meituan_review, douyin_review, dianping_review);
  rating by step = feedback.touchpoint_id over rated rows; NPS score asked as the average 0-10 `nps` of surveys;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
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
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per visit (session_id) ----------

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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, trap=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    if lowest:
        rows = rows[::-1]
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows])
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    print("   ", [(r[0], round(r[1], 2)) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


# ---------- orders / customers ----------

NOT_TOPUP = "o.order_type <> 'topup'"


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def refunds(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                      f"AND {_in('o.refunded_at', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def rank_per_customer(by, start, end, cond="1=1", margin=1.1, lowest=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v {'' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 1), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_visit(start, end):
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_arrive' AND {_in('ts', start, end)}")
    s = one(f"""SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {NOT_TOPUP} AND o.visit_id IN
                (SELECT session_id FROM events WHERE touchpoint_id = 'tp_arrive' AND {_in('ts', start, end)})""")
    v = float(s) / n
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", [(r[0], round(r[1])) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    if not one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        return
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND truth.topic <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic, period="1=1"):
    _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
ERQI = ("2025-11-01", "2026-06-30")
TANGGU = ("2025-06-01", "2025-09-30")
HEXI = ("2026-03-01", "2026-06-30")
WINTER = ("2025-12-01", "2026-02-28")
VOUCHER, ARRIVE, BAND, POOL, SCRUB, MASSAGE, REST, LOST, CHECKOUT, REFUND = (
    "tp_voucher", "tp_arrive", "tp_wristband", "tp_pool", "tp_scrub", "tp_massage", "tp_resthall", "tp_lost_band",
    "tp_checkout", "tp_refund")
RATED = "f.rating IS NOT NULL"
HYG_T = _like("f.text", ["不干净", "水很浑", "头发", "dirty", "cloudy", "hair"])
CROWD_T = _like("f.text", ["排队", "人太多", "queue", "crowded"])
LOST_T = _like("f.text", ["手牌丢", "手牌掉", "lost my wristband", "wristband fell off"])
SURPRISE_T = _like("f.text", ["过夜费", "乱收费", "overnight fee", "hidden charge"])
BUFFET_T = _like("f.text", ["凉", "buffet was cold", "food was cold"])
LOCKER_T = _like("f.text", ["柜子", "locker"])
SCRUB_T = _like("f.text", ["搓澡", "scrub"])
MASSAGE_T = _like("f.text", ["按摩", "足疗", "massage"])


def gold():
    return {
        # ---- funnels / conversion
        "bh01": lambda: conv("groupbuy", *Y25),
        "bh02": lambda: top_lost("groupbuy", *Q4_25),
        "bh03": lambda: rank_rate(VOUCHER, ARRIVE, *Y25, by="a.voucher_platform", lowest=True, margin=1.2),
        "bh04": lambda: rate(VOUCHER, ARRIVE, *Y25, "a.voucher_platform = 'meituan'"),
        "bh05": lambda: conv("bathing", *Y25),
        "bh06": lambda: rate(ARRIVE, SCRUB, *Y25),
        "bh07": lambda: rank_rate(ARRIVE, SCRUB, *Y25, by='a."门店城市"', margin=1.3),
        "bh08": lambda: rate(ARRIVE, SCRUB, *Y25, "a.\"门店城市\" = '郑州'"),
        "bh09": lambda: rate(ARRIVE, MASSAGE, *H1_26),
        "bh10": lambda: conv("return", *H1_25, unbounded_only=True),
        "bh11": lambda: rank_conv("return", *Y25, by="c.acquisition_channel", lowest=True, margin=1.1,
                                  unbounded_only=True),
        "bh12": lambda: conv("membership", *Y25),
        "bh13": lambda: rate(ARRIVE, LOST, *ERQI, "a.store_id = 'S07'"),
        "bh14": lambda: rank_rate(ARRIVE, LOST, *ERQI, by="a.store", min_n=300, trap=True, margin=2.0),
        "bh15": lambda: rate(ARRIVE, LOST, "2025-01-01", "2025-10-31", "a.store_id = 'S07'"),
        "bh16": lambda: rate(ARRIVE, REST, *Y25),
        "bh17": lambda: orders_share("o.status = 'refunded'", *Y25, "o.order_type = 'overnight'"),
        # ---- times
        "bh18": lambda: step_time(ARRIVE, BAND, *Q4_25, "a.store_id = 'S01'", unit="minutes"),
        "bh19": lambda: step_time(ARRIVE, BAND, *Q4_25, "a.store_id <> 'S01'", unit="minutes"),
        "bh20": lambda: top_step_time(ARRIVE, BAND, *Y25, by="a.store_en", margin=1.2),
        "bh21": lambda: step_time_share(ARRIVE, BAND, *Y25, 15),
        "bh22": lambda: step_time(BAND, CHECKOUT, *Q1_26, unit="hours"),
        "bh23": lambda: step_time(VOUCHER, REFUND, *Y25, "a.voucher_platform = 'douyin'", agg="avg"),
        "bh24": lambda: step_time(VOUCHER, REFUND, *Y25, "a.voucher_platform = 'meituan'", agg="avg"),
        # ---- money
        "bh25": lambda: orders(*Q3_25, NOT_TOPUP),
        "bh26": lambda: orders(*month(2025, 10), NOT_TOPUP),
        "bh27": lambda: orders(*month(2025, 9), NOT_TOPUP),
        "bh28": lambda: orders(*Y25, "o.item = 'scrub'"),
        "bh29": lambda: orders_change(H1_25, H1_26, NOT_TOPUP),
        "bh30": lambda: orders(*Y25, "o.order_type = 'topup'"),
        "bh31": lambda: refunds(*Q4_25),
        "bh32": lambda: top_orders("o.store_en", *Y25, NOT_TOPUP, margin=1.3),
        "bh33": lambda: top_orders('o."门店城市"', *Y25, "o.item = 'scrub'", margin=1.5),
        "bh34": lambda: per_customer(*Y25, NOT_TOPUP),
        "bh35": lambda: rank_per_customer('c."获客渠道"', *Y25, NOT_TOPUP, lowest=True, margin=1.1),
        "bh36": lambda: per_visit(*Y25),
        "bh37": lambda: orders(*Y25, "o.order_type = 'compensation'"),
        # ---- volumes
        "bh38": lambda: events_at(ARRIVE, "2025-12-15", "2025-12-21"),
        "bh39": lambda: events_at(ARRIVE, *month(2026, 1)),
        "bh40": lambda: events_at(ARRIVE, *month(2025, 7)),
        "bh41": lambda: events_change(ARRIVE, Q3_25, Q4_25),
        "bh42": lambda: events_at(REST, *Y25),
        # ---- customers
        "bh45": lambda: customers_share("c.acquisition_channel = 'douyin'"),
        "bh46": lambda: customers_count("c.\"城市\" = '沈阳' AND c.\"会员等级\" = '金卡'"),
        "bh47": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "bh48": lambda: top_customers('c."城市"', "c.\"城市\" <> '沈阳'"),
        "bh49": lambda: customers_count("c.tier = 'black'"),
        # ---- feedback
        "bh50": lambda: fb_topic_count(LOST_T, "lost_band"),
        "bh51": lambda: top_fb_count("f.store_en", LOST_T, margin=2.0),
        "bh52": lambda: fb_topic_count(HYG_T, "hygiene"),
        "bh53": lambda: top_fb_count("f.store_en", HYG_T, margin=1.5),
        "bh54": lambda: fb_avg(f"{RATED} AND f.store_id = 'S05' AND {_in('f.ts', *TANGGU)}"),
        "bh55": lambda: fb_avg(f"{RATED} AND f.store_id = 'S05' AND {_in('f.ts', *Q4_25)}"),
        "bh56": lambda: fb_topic_count(SURPRISE_T, "surprise", period=_in("f.ts", *Y25)),
        "bh57": lambda: rank_fb_avg('f."渠道"', _in("f.ts", *Y25), 100, margin=0.15),
        "bh58": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "bh59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "bh60": lambda: fb_topic_count(BUFFET_T, "buffet", period=_in("f.ts", *Y25)),
        "bh61": lambda: feedback_ids(f"{LOCKER_T} AND f.store_id = 'S04'"),
        "bh63": lambda: fb_topic_count(CROWD_T, "crowding", period=_in("f.ts", *WINTER)),
        "bh64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "bh65": lambda: rank_fb_avg("f.store_en", _in("f.ts", *H1_26), 50, margin=0.15, trap=True),
        "bh66": lambda: fb_topic_count(LOCKER_T, "locker", period=f"f.store_id = 'S04' AND {_in('f.ts', *HEXI)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SCRUB_T, "scrub"), (MASSAGE_T, "massage")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
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
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        try:
            got = fn()
        except AssertionError as e:
            print("FAIL", it["id"], e)
            failed.append(it["id"])
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    assert not failed, f"failed: {failed}"
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
