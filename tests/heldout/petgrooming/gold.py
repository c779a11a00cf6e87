"""Gold answers for the 萌宠造型 PawSpa (pet grooming & spa chain) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 30 d, visit 14 d, package 30 d,
  rebook 60 d); rates are per customer; later steps may fall after the period end (every conversion question
  here says so: "跨年/跨季度也算", "rebookings in early 2026 count too"); "where do we lose the most" checks that
  both readings of the period end agree. "Where do we lose the most" = the step reached whose next step is not reached,
  largest count (the loss between step k and k+1 belongs to step k). A filter on the first step's event (van /
  salon) is read from the customer's first step-1 event in the period.
- people: a customer is a pet owner with one pet; source / species / size / tier / phone OS come from customers
  (zh questions are checked against the Chinese twins 来源渠道 / 宠物种类 / 会员等级 / 城市 / store / 服务项目 / 加购项目 /
  中断原因 / groomer_name, en ones against source / store_en / groomer_en / touchpoint_id); a store is one of the 8
  salons or the van (store_id VAN); "salons" = the 8 salons without the van; member tier (金卡 = gold) is
  customers.tier as at the end of the data.
- a visit = one booking (session_id = visit id V…); no-show = a `tp_booked` event (by booking date) whose session
  has no `tp_dropoff`; count per booking. Stop rate = `tp_dropoff` events (by drop-off date) whose session has a
  `tp_groom_stopped`; species from customers, groomer / level / mode from the drop-off event.
- durations: drop-off -> grooming done = `tp_groom_done` minus `tp_dropoff` of the same session, in hours, by
  drop-off date (stopped sessions have no done event); drop-off -> pick-up likewise, "more than N hours" strict;
  pick-up wait = the `pickup_wait_min` column of `tp_pickup` events (by pick-up date); photos delay = first
  `tp_photos_sent` minus `tp_groom_done` of the session, in minutes; payment -> next booking = days from a
  `tp_paid` event to the same customer's next `tp_booked` after it (only payments followed by one); booking lead
  time = slot_at minus the booking's ts, in days.
- health questionnaire online share = `tp_health_form` events (by form date) with form_channel 'online' / all form
  events, phone OS from customers.
- package conversion by store = customers whose first `tp_paid` ever falls in the period, share with a
  `tp_package` within 30 days after it, store of that first payment.
- money = orders with status `paid` (CNY); revenue / 营业额 = all paid orders (service, addon, van_surcharge,
  package); service fees = order_type service; refunds = amount of `refunded` orders (refund_reason unfinished for
  unfinished sessions); spend per paying customer = paid amount / customers with >= 1 paid order in the period;
  van share of visits = paid service orders with service_mode van / all paid service orders; packages sold = paid
  package orders; completed groomings = `tp_groom_done` events; groomings per customer = done events / customers
  with >= 1; add-on share = done events (dogs, bath or full groom) whose `addons` contains the add-on.
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); rating by store / mode / channel
  over dated rows in the period.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of` (last month / last quarter = the previous full calendar month / quarter; this year =
  Jan 1 .. as_of); a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def dur_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    if len(rows) > 1:
        a, b = rows[0][1], rows[1][1]
        ok = a > b * margin if higher else b - a > margin
        assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", first_cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT * FROM (
                    SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t, arg_min(e.service_mode, e.ts) AS mode
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1) f
                    WHERE {first_cond}""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", first_cond="1=1", both=True):
    """both=False when the question says that later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, first_cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- bookings, sessions ----------

NOSHOW = """(SELECT b.ts, c.source, c."来源渠道" AS source_zh, (d.session_id IS NULL) AS noshow
             FROM events b LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_dropoff') d
             USING (session_id) JOIN customers c ON c.customer_id = b.customer_id WHERE b.touchpoint_id = 'tp_booked')"""


def noshow_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(noshow::int) FROM {NOSHOW} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_noshow(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg(noshow::int) r, count(*) FROM {NOSHOW} s WHERE {_in('s.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


STOP = """(SELECT d.ts, d.store_id, d.store_en, d.service_mode, d.groomer_en, d.groomer_name, d.groomer_level,
                  c.pet_species, (s.session_id IS NOT NULL) AS stopped
           FROM events d LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_groom_stopped') s
           USING (session_id) JOIN customers c ON c.customer_id = d.customer_id WHERE d.touchpoint_id = 'tp_dropoff')"""


def stop_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(stopped::int) FROM {STOP} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def low_stop_groomer(by, cond, min_n, margin=0.05, trap=True):
    sql = f"""SELECT {by}, avg(stopped::int) r, count(*) n FROM {STOP} s WHERE {cond}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r, n DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin, higher=False)
    if trap:   # without the minimum a tiny group ties or wins
        small = q(sql.format(n=1))
        assert small[0][1] <= rows[0][1] and any(r[2] < min_n and r[1] <= rows[0][1] for r in small), small[:3]
    return res


def pair_dur(tp_a, tp_b, start, end, cond="1=1", agg="median(w.d)", unit=3600.0):
    v = one(f"""SELECT {agg} FROM (SELECT a.ts, a.store_id, a.service_mode, epoch(b.ts - a.ts) / {unit} AS d
                FROM events a JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                USING (session_id) WHERE a.touchpoint_id = '{tp_a}') w
                WHERE {_in('w.ts', start, end)} AND ({cond})""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


def pickup_wait(start, end, cond="1=1"):
    v = one(f"""SELECT avg(pickup_wait_min) FROM events e WHERE e.touchpoint_id = 'tp_pickup'
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dur_val(v)


def top_pickup_wait(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg(pickup_wait_min) a, count(*) FROM events e WHERE e.touchpoint_id = 'tp_pickup'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY a DESC""")
    return top(rows, margin)


def next_booking(start, end, cond="1=1"):
    v = one(f"""SELECT median(d) FROM (SELECT p.ts, epoch(min(b.ts) - p.ts) / 86400.0 AS d FROM events p
                JOIN customers c USING (customer_id)
                JOIN events b ON b.customer_id = p.customer_id AND b.touchpoint_id = 'tp_booked' AND b.ts > p.ts
                WHERE p.touchpoint_id = 'tp_paid' AND {_in('p.ts', start, end)} AND ({cond}) GROUP BY p.event_id, p.ts)""")
    return dur_val(v)


def lead_time(start, end):
    v = one(f"""SELECT median(epoch(slot_at - ts) / 86400.0) FROM events WHERE touchpoint_id = 'tp_booked'
                AND {_in('ts', start, end)}""")
    return dur_val(v)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_events(tp, by, cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


FIRST_PAID = """(SELECT f.customer_id, f.t, f.store_id, f.store_en, f.store,
                 EXISTS (SELECT 1 FROM events p WHERE p.customer_id = f.customer_id AND p.touchpoint_id = 'tp_package'
                         AND p.ts >= f.t AND p.ts <= f.t + INTERVAL 30 DAY) AS bought
                 FROM (SELECT customer_id, min(ts) t, arg_min(store_id, ts) store_id, arg_min(store_en, ts) store_en,
                       arg_min(store, ts) store FROM events WHERE touchpoint_id = 'tp_paid' GROUP BY 1) f)"""


def package_rank(start, end, by, min_n, margin=1.3):
    sql = f"""SELECT {by}, avg(bought::int) r, count(*) n FROM {FIRST_PAID} x WHERE {_in('x.t', start, end)}
              AND x.store_id <> 'VAN' GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    allr = q(sql.format(n=1))
    assert allr[0][0] != rows[0][0], allr[:3]      # the minimum size matters
    van = one(f"SELECT avg(bought::int) FROM {FIRST_PAID} x WHERE {_in('x.t', start, end)} AND x.store_id = 'VAN'")
    assert rows[0][1] > van * margin, (rows[0], van)   # also ahead of the van, if someone counts it as a store
    return res


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def orders_share(num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                            AND ({cond})"""))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
AM26 = ("2026-04-01", "2026-05-31")
JF26 = ("2026-01-01", "2026-02-28")
SINCE_SEP25 = ("2025-09-01", "2026-07-31")
PKG_WIN = ("2025-01-01", "2026-07-31")
NEG = "f.sentiment_label = 'neg'"
HAIRCUT_T = _like("f.text", ["不是我要的", "跟我说的不一样", "not what i asked"])
NICK_T = _like("f.text", ["剪破", "划伤", "血线", "nick", "into the quick"])
WAIT_T = _like("f.text", ["等了", "等太久", "waited"])
GENTLE_T = _like("f.text", ["温柔", "gentle"])
CONV_T = _like("f.text", ["方便", "convenient"])
VANFEE_T = _like("f.text", ["上门费", "surcharge"])
DOG = "c.pet_species = 'dog'"
CAT = "c.pet_species = 'cat'"


def gold():
    return {
        # ---- acquisition and bookings
        "pg01": lambda: conv("acquire", *Y25, both=False),
        "pg02": lambda: top_lost("acquire", *Y25, "c.source = 'meituan'"),
        "pg03": lambda: noshow_rate(*H2_25, "s.source = 'meituan'"),
        "pg04": lambda: noshow_rate(*H2_25, "s.source = 'vet_referral'"),
        "pg05": lambda: top_noshow(*H2_25, by="s.source_zh", margin=1.6),
        "pg06": lambda: conv("visit", *Q1_26, both=False),
        "pg07": lambda: top_lost("visit", *Q1_26, CAT),
        # ---- unfinished sessions
        "pg09": lambda: stop_rate(*Y25, "s.pet_species = 'cat' AND s.service_mode = 'salon'"),
        "pg10": lambda: stop_rate(*Y25, "s.pet_species = 'cat' AND s.service_mode = 'van'"),
        "pg11": lambda: stop_rate(*Y25, "s.pet_species = 'dog'"),
        "pg12": lambda: top_events("tp_groom_stopped", 'e."中断原因"', margin=3.0),
        "pg13": lambda: low_stop_groomer("s.groomer_en", "s.pet_species = 'cat' AND s.service_mode = 'salon'", 40),
        "pg14": lambda: stop_rate(*Y25, "s.groomer_level = 'junior'"),
        "pg15": lambda: stop_rate(*Y25, "s.groomer_level = 'senior'"),
        "pg16": lambda: orders(*Y25, status="refunded", cond="o.refund_reason = 'unfinished'"),
        # ---- health questionnaire
        "pg17": lambda: events_share("tp_health_form", "e.form_channel = 'online'", *AM26, "c.phone_os = 'android'"),
        "pg18": lambda: events_share("tp_health_form", "e.form_channel = 'online'", *AM26, "c.phone_os = 'ios'"),
        # ---- time between steps
        "pg20": lambda: pair_dur("tp_dropoff", "tp_groom_done", *Q1_26, "w.store_id = 'S1'"),
        "pg21": lambda: pair_dur("tp_dropoff", "tp_groom_done", *Q1_26, "w.store_id = 'S2'"),
        "pg22": lambda: pair_dur("tp_dropoff", "tp_pickup", *Q1_26, "w.store_id = 'S1'", agg="avg((w.d > 4)::int)"),
        "pg23": lambda: top_pickup_wait(*month(2025, 12), by="e.store", margin=3.0),
        "pg24": lambda: next_booking(*H1_25, DOG),
        "pg25": lambda: pair_dur("tp_groom_done", "tp_photos_sent", *Y25, "w.service_mode = 'salon'", unit=60.0),
        "pg08": lambda: lead_time(*Y25),
        # ---- per customer
        "pg26": lambda: per_customer_events("tp_groom_done", *Y25),
        "pg27": lambda: per_customer(*Y25),
        "pg28": lambda: per_customer(*Y25, "c.tier = 'gold'"),
        # ---- rebooking and packages
        "pg29": lambda: conv("rebook", *Y25, both=False),
        "pg30": lambda: conv("rebook", *Y25, first_cond="f.mode = 'van'", both=False),
        "pg31": lambda: conv("rebook", *Y25, first_cond="f.mode = 'salon'", both=False),
        "pg32": lambda: package_rank(*PKG_WIN, by="x.store_en", min_n=40),
        "pg33": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'package'"),
        "pg34": lambda: orders_share("o.package_type = 'annual'", *Y25, "o.order_type = 'package'"),
        # ---- money
        "pg35": lambda: orders(*quarter(2025, 3)),
        "pg36": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "pg37": lambda: orders(*Y25, cond="o.order_type = 'service'"),
        "pg38": lambda: top_orders('o."服务项目"', *Y25, cond="o.order_type = 'service'", margin=1.4),
        "pg39": lambda: top_orders('o."加购项目"', "2025-03-01", "2025-05-31", agg="count(*)",
                                   cond="o.order_type = 'addon'", margin=1.3),
        "pg40": lambda: events_share("tp_groom_done", "coalesce(e.addons, '') LIKE '%teeth_cleaning%'", *Y25,
                                     f"{DOG} AND e.service_type IN ('bath', 'full_groom')"),
        "pg41": lambda: orders_share("o.service_mode = 'van'", *quarter(2025, 4), "o.order_type = 'service'"),
        "pg42": lambda: orders_share("o.service_mode = 'van'", *quarter(2026, 2), "o.order_type = 'service'"),
        "pg44": lambda: top_orders('o."城市"', *Y25, margin=1.3),
        # ---- volumes
        "pg46": lambda: events_at("tp_groom_done", "2025-03-03", "2025-03-09"),
        "pg47": lambda: events_change("tp_groom_done", month(2026, 1), month(2026, 2)),
        "pg48": lambda: events_at("tp_groom_done", *month(2025, 10), "e.service_mode = 'van'"),
        # ---- feedback
        "pg51": lambda: fb_topic_count(HAIRCUT_T),
        "pg52": lambda: top_fb_count("f.store", f"{HAIRCUT_T} AND {_in('f.ts', *SINCE_SEP25)}", margin=2.5),
        "pg53": lambda: top_fb_count("f.store_en", WAIT_T, margin=2.0),
        "pg54": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "pg55": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.5),
        "pg56": lambda: fb_avg(f"f.channel = 'dianping' AND f.store_id = 'S6' AND {_in('f.ts', *SINCE_SEP25)}"),
        "pg57": lambda: fb_ratio(NEG, f"{_in('f.ts', *Y25)} AND f.pet_species = 'cat'"),
        "pg58": lambda: fb_topic_count(NICK_T),
        "pg59": lambda: feedback_ids(CONV_T),
        "pg60": lambda: fb_topic_count(f"{VANFEE_T} AND {_in('f.ts', '2026-03-01', '2026-07-31')}"),
        "pg61": lambda: fb_avg(f"f.channel = 'mini_program_survey' AND f.service_mode = 'van' AND {_in('f.ts', *Y25)}"),
        "pg62": lambda: fb_avg(f"f.channel = 'mini_program_survey' AND f.service_mode = 'salon' AND {_in('f.ts', *Y25)}"),
        "pg63": lambda: top_fb_count("f.groomer_name", GENTLE_T, margin=2.5),
        # ---- relative periods
        "pg70": lambda: events_at("tp_groom_done", *month(2026, 6)),
        "pg71": lambda: events_at("tp_groom_done", *month(2026, 5)),
        "pg72": lambda: noshow_rate(*Q1_26),
        "pg73": lambda: orders("2026-01-01", "2026-06-20", agg="count(*)", cond="o.order_type = 'package'"),
        "pg74": lambda: orders(*H2_25, cond="o.order_type = 'van_surcharge'"),
        "pg75": lambda: pickup_wait(*month(2025, 12), "e.store_id = 'S1'"),
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
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
