"""Gold answers for the AquaRun 水到家 held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 14 d, delivery 3 d, renewal 30 d,
  deposit_refund 30 d, cleaning 14 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached
  by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer
  attribute filters the step-1 people by that attribute (customers.csv);
- an order = one `session_id`: DO… water delivery order (tp_order, tp_cancel | tp_dispatch, tp_deliver, first one
  also tp_deposit_pay, tp_rate), TK… water-ticket purchase, CL… dispenser cleaning (tp_clean_book, tp_cancel |
  tp_clean_done, tp_rate), DR… deposit refund (tp_deposit_refund_req, tp_bucket_pickup, tp_deposit_refund).
  Per-order rates count orders whose first event at step A falls in the period and look for step B in the same
  session at any time; attributes (station, payment method, request channel, device) come from the step-A event;
- a delivery = a `tp_deliver` event; late = `late_minutes` > 0 (delivered after `promised_by`); late share per
  delivery by delivery date; minutes late = `late_minutes` of late deliveries;
- times between steps = per session, first B ts - first A ts, the period by the date of A; minutes or days as
  asked (days fractional, the tolerance also covers whole calendar days);
- money = orders with status `paid`, by order ts. Revenue = water tickets + single deliveries + dispenser cleaning;
  bucket deposits (order_type deposit) are NOT revenue (they are held and refunded) and every revenue question says
  so. Deposit refunds = `refund_amount` of tp_deposit_refund events by refund date. Spend per paying customer =
  paid revenue / customers with >= 1 paid revenue order in the period;
- customer attributes are as stored (state at the end of the data, 2026-06-30); zh questions are checked against
  the Chinese twins (station, 城市, 客户类型, 水种, 会员等级, 套餐), en ones against station_en / city / customer_type /
  water_type / bundle / acquisition_channel / touchpoint_id / courier_id;
- feedback: "all data" includes undated rows; dated questions use only rows with ts; topic counts by text markers
  with a 5 % tolerance (checked against _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`;
  negative = 1-2 stars when the question says so; NPS = survey `nps` (0-10), NPS score = share 9-10 minus share 0-6
  (a fraction);
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.02), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------
REV = "o.order_type <> 'deposit'"


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond=REV):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond=REV):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {REV} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {REV} AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond=REV, margin=1.1):
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


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
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
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
(DISCOVER, BROWSE, TICKET, ORDER, CANCEL, DISPATCH, DELIVER, DEPOSIT, LOW, RATE, CLEAN_BOOK, CLEAN_DONE, DR_REQ,
 PICKUP, DR_DONE) = ("tp_discover", "tp_browse", "tp_ticket_buy", "tp_order", "tp_cancel", "tp_dispatch",
                     "tp_deliver", "tp_deposit_pay", "tp_ticket_low", "tp_rate", "tp_clean_book", "tp_clean_done",
                     "tp_deposit_refund_req", "tp_bucket_pickup", "tp_deposit_refund")
APP = "f.channel = 'mini_program_review'"
LATE = "e.late_minutes > 0"
LATE_T = _like("f.text", ["送得太慢", "超时", "迟到", "arrived late", "hour late", "late delivery"])
RUDE_T = _like("f.text", ["态度很差", "态度差", "不耐烦", "rude"])
TASTE_T = _like("f.text", ["怪味", "异味", "味道怪", "tastes weird", "strange taste"])
DIRTY_T = _like("f.text", ["桶很脏", "污渍", "桶口发黄", "桶脏", "bucket was dirty", "filthy bucket"])
DEPOSIT_T = _like("f.text", ["押金还没退", "押金太慢", "waiting for my bucket deposit", "deposit refund is taking"])
ONTIME_T = _like("f.text", ["准时", "on time"])
CLEANGOOD_T = _like("f.text", ["清洗得很仔细", "thorough dispenser cleaning"])


def gold():
    return {
        # ---- funnels / conversion
        "wd01": lambda: conv("onboarding", *Y25),
        "wd02": lambda: top_lost("onboarding", *Q4_25),
        "wd03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True),
        "wd04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'referral'"),
        "wd05": lambda: conv("renewal", *H2_25),
        "wd06": lambda: conv("renewal", *Y25, cond="c.customer_type = 'office'"),
        "wd07": lambda: conv("renewal", *Y25, cond="c.customer_type = 'household'"),
        "wd08": lambda: conv("deposit_refund", *ALL),
        "wd09": lambda: conv("cleaning", *Y25),
        "wd10": lambda: rate(ORDER, CANCEL, *Q1_26),
        # ---- late deliveries and step times
        "wd11": lambda: top_events_share(DELIVER, LATE, 'e.station', *SUMMER_25, margin=1.8),
        "wd12": lambda: events_share(DELIVER, LATE, *SUMMER_25, "e.station_id = 'SZ-NS'"),
        "wd13": lambda: events_share(DELIVER, LATE, *Y25),
        "wd14": lambda: events_avg(DELIVER, "e.late_minutes", *Q3_25, LATE, agg="median"),
        "wd15": lambda: events_share(DELIVER, LATE, *H1_26, "e.building_type = 'walk_up'"),
        "wd16": lambda: events_share(DELIVER, LATE, *H1_26, "e.building_type = 'elevator'"),
        "wd17": lambda: step_time(ORDER, DELIVER, *Y25, unit="minutes"),
        "wd18": lambda: step_time(ORDER, DISPATCH, *month(2026, 1), unit="minutes"),
        # ---- deposits
        "wd19": lambda: step_time(DR_REQ, DR_DONE, *ALL, "a.request_channel = 'phone'", agg="avg"),
        "wd20": lambda: step_time(DR_REQ, DR_DONE, *ALL, "a.request_channel = 'mini_program'", agg="avg"),
        "wd21": lambda: events_sum(DR_DONE, "e.refund_amount", *H1_26),
        "wd22": lambda: events_sum(PICKUP, "e.damaged_buckets", *Y25),
        "wd23": lambda: events_at(DEPOSIT, *Q1_26),
        # ---- money (deposits excluded)
        "wd24": lambda: orders(*Q3_25),
        "wd25": lambda: orders(*month(2025, 10)),
        "wd26": lambda: orders(*month(2025, 9)),
        "wd27": lambda: orders(*month(2025, 10), "o.order_type = 'water_ticket'"),
        "wd28": lambda: orders_change(H1_25, H1_26),
        "wd29": lambda: top_orders("o.bundle", *Y25, "o.order_type = 'water_ticket'", margin=1.2),
        "wd30": lambda: top_orders('o."水种"', *Y25, "o.order_type IN ('water_ticket', 'single_delivery')", margin=1.1),
        # ---- per customer
        "wd32": lambda: per_customer(*Y25),
        "wd33": lambda: per_customer(*Y25, "c.customer_type = 'office'"),
        "wd34": lambda: top_per_customer("c.customer_type", *Y25, min_n=100, margin=1.5),
        "wd35": lambda: per_customer_events(DELIVER, *Y25, "c.customer_type = 'office'"),
        # ---- volumes / trends
        "wd37": lambda: events_at(DELIVER, "2025-09-08", "2025-09-14"),
        "wd38": lambda: events_at(DELIVER, *month(2026, 2)),
        "wd39": lambda: events_at(DELIVER, *month(2026, 3)),
        "wd42": lambda: events_change(DELIVER, Q3_25, Q4_25),
        "wd43": lambda: events_at(ORDER, *Y25, "e.channel = 'phone'"),
        "wd44": lambda: events_share(ORDER, "e.payment_method = 'ticket'", *H1_26),
        # ---- customers
        "wd45": lambda: customers_share("c.customer_type = 'office'"),
        "wd46": lambda: customers_count("c.\"城市\" = '东莞' AND c.\"会员等级\" = '金卡'"),
        "wd47": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "wd48": lambda: top_customers("c.home_station", "c.home_station <> '南山站'", margin=1.08),
        # ---- feedback
        "wd49": lambda: fb_topic_count(TASTE_T, "taste"),
        "wd50": lambda: fb_topic_count(TASTE_T, "taste", period=_in("f.ts", *month(2025, 11))),
        "wd51": lambda: top_fb_count('f."水种"', TASTE_T),
        "wd52": lambda: fb_avg(f"{APP} AND f.water_type = 'mountain_spring' AND {_in('f.ts', *month(2025, 11))}"),
        "wd53": lambda: fb_avg(f"{APP} AND f.water_type = 'mountain_spring' AND {_in('f.ts', *month(2025, 9))}"),
        "wd54": lambda: top_fb_count("f.station", RUDE_T),
        "wd55": lambda: top_fb_count("f.courier_id", RUDE_T, margin=3.0),
        "wd56": lambda: fb_topic_count(DIRTY_T, "dirty_bucket"),
        "wd57": lambda: top_fb_count("f.city", DIRTY_T),
        "wd58": lambda: fb_topic_count(DIRTY_T, period=f"f.city = 'Dongguan' AND {_in('f.ts', '2026-03-01', '2026-06-30')}"),
        "wd59": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *Y25)),
        "wd60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "wd61": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5),
        "wd62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "wd63": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "wd64": lambda: feedback_ids(DEPOSIT_T),
        "wd66": lambda: fb_avg(f"{APP} AND f.station_id = 'SZ-LH' AND {_in('f.ts', *month(2025, 8))}"),
        "wd67": lambda: rank_fb_avg("f.station_en", f"{APP} AND {_in('f.ts', *H1_26)}", 50, margin=0.15,
                                    highest=True),
    }


def checks():
    """every topic marker must match the truth exactly."""
    for cond, topic in ((LATE_T, "late"), (RUDE_T, "attitude"), (TASTE_T, "taste"), (DIRTY_T, "dirty_bucket"),
                        (DEPOSIT_T, "deposit_slow"), (ONTIME_T, "on_time"), (CLEANGOOD_T, "cleaning_good")):
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
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
