"""Gold answers for the RoadTrip 途驾租车 car-rental held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (booking 2 d, pickup 1 d, return 30 d) from their first step-1 event in the period.
  `conv` computes each rate with and without requiring later steps to fall inside the period; the tolerance covers
  both readings. "customers / people" in a funnel = distinct customer_id;
- a booking = a booking_id; a confirmed booking = one tp_booking_confirmed event (dated by that event); its outcome is
  `booking_status` on its rental order (completed, cancelled, no_show, pickup_failed, active, upcoming);
  no-show rate = confirmed bookings whose outcome is no_show / all confirmed bookings (cancelled ones included in the
  denominator), by confirmation date; "no-shows recorded in a month" = tp_no_show events in that month;
- money = orders with status `paid`. Order types: rental (the rental payment), deposit_hold (never revenue; `refunded`
  = released), damage_charge, ev_charging_fee. "Rental revenue / 租金收入" = sum of paid rental orders;
  "revenue excluding deposits" = paid rental + damage_charge + ev_charging_fee. Payment failure rate =
  tp_pay_deposit events with action 'fail' / all tp_pay_deposit events (attempts);
- pickup time = `pickup_minutes` on tp_car_handover (arrival → keys, equal to the timestamps' difference), dated by
  the handover; kiosk share = tp_pickup_arrive events with pickup_mode 'kiosk' / all tp_pickup_arrive events;
- damage-charge dispute share = damage_charge orders with status 'disputed' / all damage_charge orders (any status),
  by order date; damage rate = tp_damage_inspection events with inspection_result 'damage_found' / all inspections;
- EV recharge-fee share = ev_charging_fee orders (any status) / EV returns (tp_car_return with car_class 'EV') in the
  period (the fee is booked 5 minutes after the return);
- complaints = tp_complaint events (= feedback rows with channel 'ticket', all dated); roadside calls = tp_roadside;
- customers on record = customers table (tier and segment as of the end of the data, 2026-06-30);
- ratings = the feedback `rating` (post-rental survey `survey`, OTA reviews `ota_review`, app-store reviews
  `app_review`; tickets have none); negative / 差评 = rating 1–2 among rated rows; NPS = % of survey answers 9–10
  minus % 0–6, on the −100..100 scale; topic counts use the keyword lists below (checked against the generator's
  exact templates) with a 5 % tolerance; "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-06-30).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).parent))
from generate import TEXT  # noqa: E402  (only to check the keyword lists against the templates)

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'DOUBLE'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events WHERE touchpoint_id = 'tp_booking_confirmed'""") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'rental' AND status <> 'failed'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_complaint'") == one(
        "SELECT count(*) FROM feedback WHERE channel = 'ticket'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE 1=1"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, drop=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})",
                          tp), tolerance=0.5)


def count_two_ways(sql_a, sql_b):
    """a count with two defensible readings (e.g. dated by the event or by the booking): gold is the first, the
    tolerance covers the second"""
    a, b = one(sql_a), one(sql_b)
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                              AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def ev_avg(tp, col, start, end, cond="1=1", tol=0.5):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", tp)
    return dict(value=round(v, 3), tolerance=tol)


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, col, start, end, gap=1.1, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_ev_avg(tp, col, val, start, end, cond="1=1", gap=1.1, join=""):
    rows = q(f"""SELECT {col}, avg({val}) v FROM events e {join} WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY v DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def pay_fail_top(start, end):
    rows = q(f"""SELECT payment_method, avg((action = 'fail')::int) v FROM events e WHERE touchpoint_id = 'tp_pay_deposit'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows
    return dict(top_entity=rows[0][0])


def ev_fee_share(start, end):
    fees = one(f"SELECT count(*) FROM orders o WHERE order_type = 'ev_charging_fee' AND {_in('o.ts', start, end)}")
    rets = one(f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_car_return' AND car_class = 'EV'
                   AND {_in('e.ts', start, end)}""")
    return dict(value=round(fees / rets, 4), tolerance=0.01)


# ---------- bookings ----------

BOOKINGS = """SELECT e.booking_id, e.ts, e.booking_channel, o.booking_status FROM events e
              JOIN orders o ON o.booking_id = e.booking_id AND o.order_type = 'rental' AND o.status <> 'failed'
              WHERE e.touchpoint_id = 'tp_booking_confirmed'"""


def noshow_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((booking_status = 'no_show')::int) FROM ({BOOKINGS}) b WHERE {_in('b.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_noshow(start, end, gap=1.2):
    rows = q(f"""SELECT booking_channel, avg((booking_status = 'no_show')::int) v FROM ({BOOKINGS}) b
                 WHERE {_in('b.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def booking_share(start, end, num):
    v = one(f"SELECT avg(({num})::int) FROM ({BOOKINGS}) b WHERE {_in('b.ts', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders ----------

def money(start, end, types=("rental",), agg="sum(o.amount)", cond="1=1", status="'paid'", nd=2, join=""):
    tl = ", ".join(repr(t) for t in types)
    v = one(f"""SELECT {agg} FROM orders o {join} WHERE o.status IN ({status}) AND o.order_type IN ({tl})
                AND {_in('o.ts', start, end)} AND ({cond})""")
    v = round(float(v), nd)
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def dispute_share(start, end, cond="1=1"):
    v = one(f"""SELECT avg((status = 'disputed')::int) FROM orders o WHERE order_type = 'damage_charge'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, types=("rental",), agg="sum(o.amount)", status="'paid'", gap=1.1, join=""):
    tl = ", ".join(repr(t) for t in types)
    rows = q(f"""SELECT {col}, {agg} v FROM orders o {join} WHERE o.status IN ({status}) AND o.order_type IN ({tl})
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def mom_change(s1, e1, s2, e2):
    a = money(s1, e1)["value"]
    b = money(s2, e2)["value"]
    return dict(value=round((b - a) / a, 4), tolerance=0.01)


def tier_share(start, end, tiers):
    tl = ", ".join(repr(t) for t in tiers)
    v = one(f"""SELECT sum(o.amount) FILTER (WHERE c.tier IN ({tl})) / sum(o.amount) FROM orders o
                JOIN customers c USING (customer_id) WHERE o.order_type = 'rental' AND o.status = 'paid'
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def repeat_share(start, end, k=2):
    v = one(f"""SELECT avg((n >= {k})::int) FROM (SELECT customer_id, count(*) n FROM events e
                WHERE touchpoint_id = 'tp_car_return' AND {_in('e.ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_signup_channel(start, end):
    rows = q(f"""SELECT acquisition_channel, count(*) n FROM customers WHERE {_in('signup_at', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _like(words_zh, words_en):
    parts = [f"f.text LIKE '%{w}%'" for w in words_zh] + [f"lower(f.text) LIKE '%{w}%'" for w in words_en]
    return "(" + " OR ".join(parts) + ")"


QUEUE = _like(["排队"], ["queue"])
HIDDEN = _like(["隐形", "乱收费", "额外收费", "杂费"], ["hidden", "extra charge", "surprise"])
DIRTY = _like(["脏", "卫生"], ["dirty", "filthy", "not cleaned"])
DAMAGE = _like(["划痕", "车损", "验车"], ["scratch", "damage", " dent"])
EVFEE = _like(["电量", "补电", "充电"], ["battery", "recharg", "charging", "charger"])
TOPIC_OF = {"queue": QUEUE, "hidden_fee": HIDDEN, "dirty": DIRTY, "damage_unfair": DAMAGE, "ev_fee": EVFEE}


def _check_topic(cond, topic, extra="1=1"):
    """the keyword list must find exactly the comments written from the topic's templates"""
    texts = TEXT[topic]["zh"] + TEXT[topic]["en"]
    CON.execute("CREATE OR REPLACE TEMP TABLE tt AS SELECT unnest(?) AS t", [texts])
    truth = one(f"SELECT count(*) FROM feedback f WHERE f.text IN (SELECT t FROM tt) AND ({extra})")
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND ({extra})")
    assert n == truth, (topic, n, truth)
    return n


def fb_topic_count(topic, extra="1=1"):
    n = _check_topic(TOPIC_OF[topic], topic, extra)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def feedback_ids(topic):
    _check_topic(TOPIC_OF[topic], topic)
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {TOPIC_OF[topic]} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE channel = 'survey' AND nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_fb_count(col, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_share(col, num, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, avg(({num})::int) r FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True, gap=0.15):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SINCE_JUL = ("2025-07-01", "2026-06-30")
PVG = "上海浦东机场店"
COUNTER = "e.pickup_mode = 'counter'"
KIOSK = "e.pickup_mode = 'kiosk'"
RATED = "f.rating IS NOT NULL"


def gold() -> dict:
    return {
        # ---- funnels
        "rt01": lambda: conv("booking", *quarter(2025, 4)),
        "rt02": lambda: top_lost("booking", *ALL),
        "rt03": lambda: conv("booking", *H1_26, a=3, b=4),
        "rt04": lambda: conv("booking", *H1_25, a=3, b=4),
        "rt05": lambda: conv("pickup", *month(2026, 3)),
        "rt06": lambda: conv("pickup", *ALL, a=2, b=3, drop=True),
        "rt07": lambda: conv("return", *H2_25),
        # ---- pickup speed / kiosk
        "rt10": lambda: ev_avg("tp_car_handover", "e.pickup_minutes", *ALL, KIOSK),
        "rt11": lambda: ev_avg("tp_car_handover", "e.pickup_minutes", *ALL, COUNTER),
        "rt12": lambda: top_ev_avg("tp_car_handover", "e.store", "e.pickup_minutes", *Y25, COUNTER, gap=1.2),
        "rt13": lambda: ev_share("tp_pickup_arrive", KIOSK, *quarter(2026, 2)),
        "rt14": lambda: ev_share("tp_pickup_arrive", KIOSK, *quarter(2025, 1)),
        "rt16": lambda: events_at("tp_car_handover", *quarter(2026, 1), "e.store_type = 'airport' AND e.pickup_minutes > 30"),
        # ---- no-shows
        "rt18": lambda: noshow_rate(*Y25, "b.booking_channel = 'ctrip'"),
        "rt19": lambda: noshow_rate(*Y25, "b.booking_channel = 'app'"),
        "rt20": lambda: top_noshow(*ALL),
        "rt21": lambda: count_two_ways(
            f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_no_show' AND {_in('e.ts', *month(2026, 5))}",
            f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_no_show'
                AND {_in("e.ts - INTERVAL 1 DAY", *month(2026, 5))}"""),
        "rt22": lambda: booking_share(*H1_26, "b.booking_channel IN ('ctrip', 'fliggy')"),
        # ---- damage
        "rt24": lambda: top_orders("o.store", *ALL, types=("damage_charge",), agg="count(*)", status="'disputed'", gap=2),
        "rt25": lambda: dispute_share(*SINCE_JUL, f"o.store = '{PVG}'"),
        "rt26": lambda: dispute_share(*SINCE_JUL, f"o.store <> '{PVG}'"),
        "rt27": lambda: money(*Y25, types=("damage_charge",)),
        "rt28": lambda: ev_share("tp_damage_inspection", "e.inspection_result = 'damage_found'", *H2_25, f"e.store = '{PVG}'"),
        "rt30": lambda: top_ev_avg("tp_damage_inspection", "c.driver_age_band", "(e.inspection_result = 'damage_found')::int",
                                   *ALL, join="JOIN customers c USING (customer_id)", gap=1.3),
        "rt31": lambda: top_orders("o.insurance_tier", *ALL, types=("damage_charge",), agg="avg(o.amount)", gap=1.2),
        "rt32": lambda: money(*quarter(2026, 1), types=("damage_charge",), agg="avg(o.amount)"),
        # ---- EV
        "rt34": lambda: ev_fee_share(*H1_26),
        "rt35": lambda: money(*Y25, types=("ev_charging_fee",)),
        "rt36": lambda: ev_avg("tp_car_return", "e.battery_pct_at_return", *ALL, "e.car_class = 'EV'", tol=0.5),
        "rt37": lambda: top_rating("f.car_class", RATED, gap=0.15),
        "rt38": lambda: events_at("tp_roadside", *ALL, "e.roadside_reason = 'ev_out_of_charge'"),
        # ---- money
        "rt40": lambda: money(*Y25),
        "rt41": lambda: top_orders("o.city", *Y25, gap=1.3),
        "rt42": lambda: money(*quarter(2025, 3), agg="avg(o.amount)", cond="o.car_class = 'SUV'"),
        "rt43": lambda: pay_fail_top(*ALL),
        "rt44": lambda: money(*month(2026, 3), agg="count(*)", status="'failed'", nd=0),
        "rt45": lambda: events_at("tp_deposit_refund", *month(2026, 5)),
        "rt46": lambda: money(*Y25, status="'refunded'"),
        "rt47": lambda: mom_change(*month(2025, 12), *month(2026, 1)),
        "rt48": lambda: tier_share(*Y25, ("gold", "platinum")),
        "rt50": lambda: money(*quarter(2026, 2), types=("rental", "damage_charge", "ev_charging_fee")),
        "rt51": lambda: money("2026-04-01", "2026-05-20"),
        "rt52": lambda: events_at("tp_booking_confirmed", *month(2026, 3)),
        "rt53": lambda: count_two_ways(
            f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_cancel_booking' AND {_in('e.ts', *Y25)}",
            f"""SELECT count(*) FROM orders o WHERE order_type = 'rental' AND booking_status = 'cancelled'
                AND {_in('o.ts', *Y25)}"""),
        "rt54": lambda: events_at("tp_car_handover", "2026-03-09", "2026-03-15"),
        # ---- customers
        "rt56": lambda: customers_count("c.tier = 'platinum'"),
        "rt57": lambda: top_signup_channel(*Y25),
        "rt58": lambda: users_at("tp_car_handover", *quarter(2026, 1)),
        "rt59": lambda: repeat_share(*Y25),
        # ---- support
        "rt62": lambda: top_events("tp_roadside", "e.roadside_reason", *Y25, gap=1.5),
        "rt63": lambda: events_at("tp_roadside", *H1_26),
        "rt64": lambda: events_at("tp_complaint", *quarter(2025, 4)),
        "rt65": lambda: top_events("tp_complaint", "e.store", *ALL, gap=1.2),
        "rt66": lambda: top_events("tp_complaint", "e.ticket_category", *ALL, gap=1.2),
        # ---- feedback
        "rt68": lambda: fb_topic_count("queue"),
        "rt69": lambda: fb_topic_count("hidden_fee"),
        "rt70": lambda: fb_avg("rating", "f.channel = 'survey' AND f.pickup_mode = 'kiosk'"),
        "rt71": lambda: fb_avg("rating", "f.channel = 'survey' AND f.pickup_mode = 'counter'"),
        "rt72": lambda: fb_ratio("f.rating <= 2", RATED + " AND " + _in("f.ts", *quarter(2026, 1))),
        "rt73": lambda: top_fb_count("f.touchpoint_id", "f.rating <= 2", gap=1.15),
        "rt74": lambda: feedback_ids("dirty"),
        "rt75": lambda: feedback_ids("damage_unfair"),
        "rt76": lambda: nps(_in("f.ts", *Y25)),
        "rt77": lambda: fb_count("f.ts IS NULL"),
        "rt78": lambda: fb_avg("rating", "f.channel = 'ota_review'"),
        "rt79": lambda: fb_topic_count("ev_fee"),
        "rt80": lambda: top_fb_share("f.store", DIRTY, gap=2),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
