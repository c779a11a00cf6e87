"""Gold answers for the 甲艺 NailArt Studio (nail & lash salon chain) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 30 d, visit 7 d, card 30 d,
  rebook 45 d); rates are per customer; later steps may fall after the period end when the question says so
  ("跨年也算", "rebookings in early 2026 count"); otherwise both readings (bounded / unbounded) must agree within the
  tolerance. "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss
  between step k and k+1 belongs to step k), both period readings agreeing.
- people: a customer is one client; client type / source / age band / card level / phone OS come from customers
  (zh questions are checked against the Chinese twins 客户类型 / 来源渠道 / 城市 / store / 服务项目 / 返修原因 /
  tech_name, en ones against client_type / source / city / store_en / tech_en / repair_reason / touchpoint_id);
  card level is customers.tier as at the end of the data.
- a visit = one booking (session_id = appointment id A…). No-show = a `tp_booked` event (by booking date) whose
  session has neither a `tp_checkin` nor a `tp_cancel`; counted per booking. "Deposit paid" = the session has a
  `tp_deposit`; app bookings = channel 'app' on the booking; phone OS = the booking's device.
- durations per session: check-in -> design = `tp_design` minus `tp_checkin` in minutes, by check-in date ("more
  than N minutes" strict); design -> done likewise; lateness = `late_min` on `tp_checkin`; payment -> next booking =
  days from a `tp_paid` to the same customer's next `tp_booked` (only payments followed by one).
- repairs: a `tp_repair` row points at the original visit by `repair_of`; repair rate = `tp_service_done` events of
  the service type (by service date) whose session has a repair / those events; all repairs fall within 30 days.
- card conversion by store = customers whose first `tp_paid` ever falls in the period, share with a
  `tp_card_topup` within 30 days after it, store of that first payment.
- money = orders with status `paid` (CNY): "all paid orders" = every order type (service, addon, deposit,
  card_topup, repair); service revenue = order_type service (net of the deposit already paid, as the till records
  it); card sales = paid card_topup orders; deposits collected = paid deposit orders (forfeited ones included);
  refunds = amount of `refunded` orders (deposit refunds and complaint refunds); spend per paying client = sum of
  paid orders / customers with >= 1 paid order in the period. Add-on share = `tp_service_done` events (by date) of
  the service types named whose `addons` contains nail_art.
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not, >= 20 ratings); technician ratings
  = channel app_rating; store Dianping ratings over dated rows in the period.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of` (last month / last quarter = the previous full calendar month / quarter; this year =
  Jan 1 .. as_of; 去年下半年 = Jul..Dec of the previous year; last week = the previous Monday..Sunday).
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


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", both=True):
    """both=False when the question says that later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
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


def top_conv(journey, start, end, by, margin=1.1):
    vals = []
    for g, in q(f"SELECT DISTINCT {by} FROM customers c"):
        cnd = f"{by} = '{g}'"
        c = funnel(journey, start, end, cnd)
        vals.append((g, c[-1] / c[0], c[0]))
    vals.sort(key=lambda r: -r[1])
    return top(vals, margin)


# ---------- bookings ----------

BOOK = """(SELECT b.ts, b.channel, b.device, b.store_id, b.service_type, b.deposit_required, c.source,
                  c."来源渠道" AS source_zh, c.client_type,
                  (ci.session_id IS NULL AND cx.session_id IS NULL) AS noshow, (dp.session_id IS NOT NULL) AS dep
           FROM events b JOIN customers c ON c.customer_id = b.customer_id
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_checkin') ci USING (session_id)
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_cancel') cx USING (session_id)
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_deposit') dp USING (session_id)
           WHERE b.touchpoint_id = 'tp_booked')"""


def noshow_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(noshow::int) FROM {BOOK} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_noshow(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg(noshow::int) r, count(*) FROM {BOOK} s WHERE {_in('s.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def deposit_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(dep::int) FROM {BOOK} s WHERE {_in('s.ts', start, end)}
                            AND s.deposit_required AND ({cond})"""))


# ---------- durations ----------

def pair_dur(tp_a, tp_b, start, end, cond="1=1", agg="median(w.d)", unit=60.0):
    v = one(f"""SELECT {agg} FROM (SELECT a.ts, a.store_id, a.store_en, a.store, a.service_type,
                epoch(b.ts - a.ts) / {unit} AS d
                FROM events a JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                USING (session_id) WHERE a.touchpoint_id = '{tp_a}') w
                WHERE {_in('w.ts', start, end)} AND ({cond})""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


def top_pair_dur(tp_a, tp_b, start, end, by, margin=1.5, unit=60.0):
    rows = q(f"""SELECT {by}, avg(w.d) a, count(*) FROM (SELECT a.ts, a.store_en, a.store, epoch(b.ts - a.ts) / {unit} AS d
                 FROM events a JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                 USING (session_id) WHERE a.touchpoint_id = '{tp_a}') w WHERE {_in('w.ts', start, end)}
                 GROUP BY 1 ORDER BY a DESC""")
    return top(rows, margin)


def next_booking(start, end, cond="1=1"):
    v = one(f"""SELECT median(d) FROM (SELECT p.ts, epoch(min(b.ts) - p.ts) / 86400.0 AS d FROM events p
                JOIN customers c USING (customer_id)
                JOIN events b ON b.customer_id = p.customer_id AND b.touchpoint_id = 'tp_booked' AND b.ts > p.ts
                WHERE p.touchpoint_id = 'tp_paid' AND {_in('p.ts', start, end)} AND ({cond}) GROUP BY p.event_id, p.ts)""")
    return dur_val(v)


# ---------- repairs ----------

REP = """(SELECT s.ts, s.store_id, s.store, s.store_en, s.service_type, (r.repair_of IS NOT NULL) AS rep
          FROM events s LEFT JOIN (SELECT DISTINCT repair_of FROM events WHERE touchpoint_id = 'tp_repair') r
          ON r.repair_of = s.session_id WHERE s.touchpoint_id = 'tp_service_done')"""


def repair_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(rep::int) FROM {REP} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_repair(start, end, by, cond="1=1", min_n=100, margin=1.5):
    rows = q(f"""SELECT {by}, avg(rep::int) r, count(*) FROM {REP} s WHERE {_in('s.ts', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    return top(rows, margin)


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
                 EXISTS (SELECT 1 FROM events p WHERE p.customer_id = f.customer_id AND p.touchpoint_id = 'tp_card_topup'
                         AND p.ts >= f.t AND p.ts <= f.t + INTERVAL 30 DAY) AS bought
                 FROM (SELECT customer_id, min(ts) t, arg_min(store_id, ts) store_id, arg_min(store_en, ts) store_en,
                       arg_min(store, ts) store FROM events WHERE touchpoint_id = 'tp_paid' GROUP BY 1) f)"""


def card_rank(start, end, by, min_n, margin=1.3):
    sql = f"""SELECT {by}, avg(bought::int) r, count(*) n FROM {FIRST_PAID} x WHERE {_in('x.t', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    allr = q(sql.format(n=1))
    assert allr[0][0] != rows[0][0], allr[:3]      # the minimum size matters
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


def top_per_customer(by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) a, count(DISTINCT o.customer_id)
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY a DESC""")
    return top(rows, margin)


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


def top_fb_avg(by, cond, min_n, margin=0.1, trap=True):
    sql = f"""SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
              AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a DESC"""
    rows = q(sql.format(n=min_n))
    assert rows[0][1] - rows[1][1] > margin, rows[:3]
    if trap:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
WINTER = ("2025-12-01", "2026-02-28")
GEL_BAD = ("2025-09-01", "2026-02-28")
SINCE_SEP25 = ("2025-09-01", "2026-08-31")
HT_WIN = ("2025-09-01", "2026-04-30")
CARD_WIN = ("2025-01-01", "2026-08-31")
NEG = "f.sentiment_label = 'neg'"
WAIT_T = _like("f.text", ["等了", "等太久", "干等", "waited"])
CHIP_T = _like("f.text", ["起翘", "崩甲", "翘边", "掉甲", "chipped", "lifting", "peeling"])
PATIENT_T = _like("f.text", ["耐心", "手艺", "patient", "skilled"])
PRICEY_T = _like("f.text", ["加钱", "加价", "加购", "pricey", "add-on"])
CLEAN_T = _like("f.text", ["干净", "卫生", "clean"])
DEPFAIL_T = _like("f.text", ["付定金", "定金付不了", "deposit payment", "pay the deposit"])


def gold():
    return {
        # ---- acquisition, bookings, no-shows, deposits
        "ns01": lambda: conv("acquire", *Y25, both=False),
        "ns02": lambda: top_lost("acquire", *Y25, "c.source = 'meituan_deal'"),
        "ns03": lambda: noshow_rate(*H2_25, "s.source = 'meituan_deal'"),
        "ns04": lambda: noshow_rate(*H2_25, "s.source = 'xiaohongshu'"),
        "ns05": lambda: top_noshow(*H2_25, by="s.source_zh", margin=1.6),
        "ns06": lambda: noshow_rate(*Y25, "s.dep"),
        "ns07": lambda: noshow_rate(*Y25, "NOT s.dep"),
        "ns08": lambda: noshow_rate(*Q2_26, "s.channel = 'app'"),
        "ns09": lambda: noshow_rate(*quarter(2025, 4), "s.channel = 'app'"),
        "ns10": lambda: deposit_share(*month(2026, 7), "s.channel = 'app' AND s.device = 'android'"),
        "ns11": lambda: deposit_share(*month(2026, 7), "s.channel = 'app' AND s.device = 'ios'"),
        "ns12": lambda: conv("visit", *Q1_26, both=False),
        # ---- waiting and time between steps
        "ns14": lambda: pair_dur("tp_checkin", "tp_design", *month(2026, 1), "w.store_id = 'N1'"),
        "ns15": lambda: pair_dur("tp_checkin", "tp_design", *month(2026, 1), "w.store_id = 'N2'"),
        "ns16": lambda: pair_dur("tp_checkin", "tp_design", *WINTER, "w.store_id = 'N1'", agg="avg((w.d > 30)::int)"),
        "ns17": lambda: top_pair_dur("tp_checkin", "tp_design", *month(2026, 1), by="w.store_en", margin=2.0),
        "ns18": lambda: events_share("tp_checkin", "e.late_min > 15", *Y25),
        "ns19": lambda: pair_dur("tp_design", "tp_service_done", *Y25, "w.service_type = 'lash'"),
        "ns20": lambda: next_booking(*H1_25, "c.client_type = 'office_worker'"),
        # ---- repairs
        "ns21": lambda: repair_rate(*GEL_BAD, "s.service_type = 'gel' AND s.store_id = 'N7'"),
        "ns22": lambda: repair_rate(*GEL_BAD, "s.service_type = 'gel' AND s.store_id <> 'N7'"),
        "ns23": lambda: top_repair(*HT_WIN, by="s.store", cond="s.service_type = 'gel'", min_n=100, margin=2.0),
        "ns24": lambda: events_at("tp_repair", *Y25, "e.repair_type = 'free'"),
        "ns25": lambda: top_events("tp_repair", "e.repair_reason", margin=1.3),
        # ---- technicians
        "ns26": lambda: top_fb_avg("f.tech_en", "f.channel = 'app_rating'", 50, margin=0.1),
        "ns27": lambda: fb_avg(f"f.channel = 'app_rating' AND f.tech_level = 'senior' AND {_in('f.ts', *Y25)}"),
        "ns28": lambda: fb_avg(f"f.channel = 'app_rating' AND f.tech_level = 'junior' AND {_in('f.ts', *Y25)}"),
        "ns29": lambda: top_fb_count("f.tech_name", PATIENT_T, margin=2.0),
        # ---- money
        "ns30": lambda: orders(*quarter(2025, 3)),
        "ns31": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "ns32": lambda: top_orders('o."服务项目"', *Y25, cond="o.order_type = 'service'", margin=1.3),
        "ns33": lambda: events_share("tp_service_done", "coalesce(e.addons, '') LIKE '%nail_art%'", "2026-04-01",
                                     "2026-06-30", "e.service_type IN ('gel', 'manicure')"),
        "ns34": lambda: events_share("tp_service_done", "coalesce(e.addons, '') LIKE '%nail_art%'", "2026-01-01",
                                     "2026-03-31", "e.service_type IN ('gel', 'manicure')"),
        "ns35": lambda: orders(*Y25, cond="o.order_type = 'card_topup'"),
        "ns36": lambda: per_customer(*Y25),
        "ns37": lambda: per_customer(*Y25, "c.client_type = 'bride'"),
        "ns38": lambda: per_customer_events("tp_service_done", *Y25),
        "ns39": lambda: orders(*Y25, status="refunded"),
        "ns40": lambda: top_orders("o.city", *Y25, cond="o.order_type = 'service'", margin=1.3),
        "ns42": lambda: card_rank(*CARD_WIN, by="x.store_en", min_n=50),
        "ns43": lambda: orders_share("o.card_level = 'gold'", *Y25, "o.order_type = 'card_topup'"),
        "ns44": lambda: top_per_customer("c.age_band", *Y25),
        # ---- rebooking
        "ns46": lambda: conv("rebook", *Y25, both=False),
        "ns47": lambda: top_conv("rebook", *Y25, by="c.client_type"),
        # ---- volumes
        "ns48": lambda: events_at("tp_service_done", "2025-03-03", "2025-03-09"),
        "ns49": lambda: events_change("tp_service_done", month(2026, 1), month(2026, 2)),
        "ns53": lambda: events_at("tp_service_done", "2025-06-01", "2025-08-31", "e.service_type = 'pedicure'"),
        # ---- relative periods
        "ns55": lambda: events_at("tp_service_done", *month(2026, 6)),
        "ns56": lambda: events_at("tp_service_done", *month(2026, 5)),
        "ns57": lambda: noshow_rate(*Q1_26),
        "ns58": lambda: orders("2026-01-01", "2026-06-15", agg="count(*)", cond="o.order_type = 'card_topup'"),
        "ns59": lambda: events_at("tp_checkin", "2026-01-05", "2026-01-11", "e.store_id = 'N1'"),
        # ---- feedback
        "ns60": lambda: fb_topic_count(CHIP_T),
        "ns61": lambda: top_fb_count("f.store", f"{CHIP_T} AND {_in('f.ts', *SINCE_SEP25)}", margin=2.0),
        "ns62": lambda: top_fb_count("f.store_en", WAIT_T, margin=2.0),
        "ns63": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "ns64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.4),
        "ns65": lambda: fb_topic_count(f"{PRICEY_T} AND {_in('f.ts', '2026-04-01', '2026-08-31')}"),
        "ns67": lambda: feedback_ids(CLEAN_T),
        "ns69": lambda: fb_avg(f"f.channel = 'dianping' AND f.store_id = 'N7' AND {_in('f.ts', *HT_WIN)}", tol=0.05),
        "ns70": lambda: fb_avg(f"f.channel = 'dianping' AND f.store_id = 'N7' AND {_in('f.ts', '2025-01-01', '2025-08-31')}",
                               tol=0.05),
        "ns71": lambda: fb_topic_count(f"{DEPFAIL_T} AND {_in('f.ts', '2026-06-01', '2026-07-31')}"),
        "ns72": lambda: fb_ratio(NEG, f"{_in('f.ts', *WINTER)} AND f.store_id = 'N1'"),
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
