"""Gold answers for the 野趣园 WildPark (city zoo and safari park) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_visit 60 d, park_day 1 d,
  visit_to_pass 30 d, pass_renewal 400 d); rates are per customer; the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where / after which step do we lose the most" = the step reached whose
  next step is not reached, largest count (INTERFACE.md's drop-off: reached the step but not the next one);
  drop-off rate at a step = 1 - reached(next) / reached(step).
- a customer is a booking account (a family, a couple, a tourist party, a school group); visitor type, home city,
  region and acquisition channel come from customers. zh top-entity golds use the Chinese twins (游客类型, 获客渠道,
  购票平台, 票种, 入园时段, 表演名称, home_city), en ones the English values (visitor_type, acquisition_channel,
  ticket_type, show_name, item, home_city_en, touchpoint_id).
- a visit / entry (入园, 检票入园, "单") = one `tp_gate_entry` event (one per booking, whatever the party size);
  its safari bus ride, show, food and souvenir purchases and exit are the events with the same session_id (visit
  id). Dated by the entry (gate) time.
- no-show = a `tp_slot_reserve` (per reservation, by the reserved `visit_date`) with no `tp_gate_entry` of the same
  visit id; the tolerance covers both readings (rain-closure days counted or left out); rankings hold either way.
  The channel of a reservation is the customer's acquisition_channel; the purchase platform is the event's
  `platform` / `购票平台` (`annual_pass` = a pass holder's reservation).
- lead time = `tp_ticket_buy` -> `tp_gate_entry` of the same visit, in days; stay = gate entry -> exit in hours;
  safari bus wait = the `queue_minutes` column of `tp_safari_bus` (standard bus unless said); weekend = day_type
  `weekend` (Saturdays, Sundays and public holidays: 周末/节假日).
- annual pass: first pass = `tp_pass_buy`, renewals = `tp_pass_renewal`; renewed = a renewal of the same customer
  within 400 days after the pass purchase; pass visits = entries whose reservation platform is `annual_pass`.
- money = orders with status `paid` (CNY), by order date; ticket revenue = order_type `ticket`; revenue = all paid
  orders; refund share of ticket orders = refunded / (paid + refunded), cancelled (unpaid) orders left out; rain
  refunds = ticket orders refunded with refund_reason `rain_closure`, by the visit date; spend per paying customer
  = paid amount / distinct customers with a paid order in the period.
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period (all rows, dated or not, when no period is named: both
  readings inside the tolerance); topic counts by text markers with a 5 % tolerance; ratings by step =
  feedback.touchpoint_id over rows with a rating.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
CLOSURES = "('2025-06-14', '2025-06-29', '2025-07-05', '2025-07-19', '2026-07-11')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchall()[0][0] == 0
    CON.execute("""CREATE TABLE visits AS
        SELECT g.session_id, g.customer_id, g.ts, g.day_type, g.party_size, c.visitor_type, c."游客类型",
               c.home_city, c.home_city_en, c.acquisition_channel, r.platform,
               b.session_id IS NOT NULL AS bus, s.session_id IS NOT NULL AS show,
               f.food, f.souvenir, x.ts AS t_exit, t.ts AS t_buy
        FROM events g JOIN customers c USING (customer_id)
        LEFT JOIN (SELECT session_id, any_value(platform) platform FROM events
                   WHERE touchpoint_id = 'tp_slot_reserve' GROUP BY 1) r USING (session_id)
        LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_safari_bus') b USING (session_id)
        LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_animal_show') s USING (session_id)
        LEFT JOIN (SELECT session_id, bool_or(item_category = 'food') food, bool_or(item_category = 'souvenir') souvenir
                   FROM events WHERE touchpoint_id = 'tp_food_shop' GROUP BY 1) f USING (session_id)
        LEFT JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_exit' GROUP BY 1) x USING (session_id)
        LEFT JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_ticket_buy' GROUP BY 1) t
             USING (session_id)
        WHERE g.touchpoint_id = 'tp_gate_entry'""")


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


def rate_val(v, spread=0.0):
    return dict(value=round(float(v), 4), tolerance=round(max(0.01, spread + 0.005), 4))


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def avg_val(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * rel), 3))


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
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


def conv(journey, start, end, cond="1=1", a=0, b=-1, drop=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        r = c[b] / c[a]
        vals.append(1 - r if drop else r)
    return rate_val(vals[0], abs(vals[0] - vals[1]))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- reservations and no-shows ----------

RES = """(SELECT r.session_id, r.customer_id, r.ts, r.visit_date, r.platform, r.slot, r."入园时段", r.device,
          c.acquisition_channel, c."获客渠道", c.visitor_type, g.session_id IS NULL AS noshow,
          CAST(r.visit_date AS VARCHAR) IN """ + CLOSURES + """ AS closed
          FROM events r JOIN customers c USING (customer_id)
          LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_gate_entry') g USING (session_id)
          WHERE r.touchpoint_id = 'tp_slot_reserve')"""


def noshow_rate(start, end, cond="1=1"):
    a = one(f"SELECT avg(noshow::int) FROM {RES} x WHERE {_in('x.visit_date', start, end)} AND ({cond})")
    b = one(f"SELECT avg(noshow::int) FROM {RES} x WHERE {_in('x.visit_date', start, end)} AND ({cond}) "
            f"AND NOT closed")
    return rate_val(a, abs(a - b))


def top_noshow(by, start, end, margin=1.3):
    tops = set()
    for extra in ("1=1", "NOT closed"):
        rows = q(f"SELECT {by}, avg(noshow::int) r, count(*) FROM {RES} x WHERE {_in('x.visit_date', start, end)} "
                 f"AND {extra} GROUP BY 1 ORDER BY r DESC")
        tops.add(top(rows, margin)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_reserve(by, start, end, margin=1.15):
    tops = set()
    for col in ("x.ts", "x.visit_date"):
        rows = q(f"SELECT {by}, count(*) n FROM {RES} x WHERE {_in(col, start, end)} GROUP BY 1 ORDER BY n DESC")
        tops.add(top(rows, margin)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def reserve_count(start, end, cond):
    return count_val(one(f"SELECT count(*) FROM {RES} x WHERE {_in('x.ts', start, end)} AND ({cond})"))


# ---------- visits ----------

def entries(start, end, cond="1=1", agg="count(*)"):
    return count_val(one(f"SELECT {agg} FROM visits v WHERE {_in('v.ts', start, end)} AND ({cond})"))


def visit_share(num, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(coalesce({num}, false)::int) FROM visits v WHERE {_in('v.ts', start, end)} "
                        f"AND ({cond})"))


def top_visit_share(num, by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, avg(coalesce({num}, false)::int) r, count(*) FROM visits v WHERE {_in('v.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def stay_median(start, end, cond="1=1"):
    return days_val(one(f"SELECT median(epoch(v.t_exit - v.ts) / 3600.0) FROM visits v "
                        f"WHERE {_in('v.ts', start, end)} AND ({cond})"))


def lead(cond, agg="median(d)", start="2025-01-01", end="2026-07-31"):
    v = one(f"""SELECT {agg} FROM (SELECT epoch(v.ts - v.t_buy) / 86400.0 AS d FROM visits v
                WHERE v.t_buy IS NOT NULL AND {_in('v.ts', start, end)} AND ({cond}))""")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


def pass_visits_per_holder(start, end):
    return avg_val(one(f"SELECT count(*) / count(DISTINCT customer_id) FROM visits v WHERE v.platform = 'annual_pass' "
                       f"AND {_in('v.ts', start, end)}"))


# ---------- safari bus ----------

BUS = "(SELECT e.*, c.visitor_type FROM events e JOIN customers c USING (customer_id) WHERE touchpoint_id = 'tp_safari_bus')"


def bus(start, end, agg, cond="1=1"):
    v = one(f"SELECT {agg} FROM {BUS} b WHERE {_in('b.ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


# ---------- annual pass ----------

def renew_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = b.customer_id
                             AND r.touchpoint_id = 'tp_pass_renewal' AND r.ts > b.ts
                             AND r.ts <= b.ts + INTERVAL 400 DAY))::int)
                             FROM events b JOIN customers c USING (customer_id)
                             WHERE b.touchpoint_id = 'tp_pass_buy' AND {_in('b.ts', start, end)} AND ({cond})"""))


def top_renew(by, start, end, min_n, margin=1.3):
    sql = f"""SELECT {by}, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = b.customer_id
              AND r.touchpoint_id = 'tp_pass_renewal' AND r.ts > b.ts AND r.ts <= b.ts + INTERVAL 400 DAY))::int) rr,
              count(*) n FROM events b JOIN customers c USING (customer_id)
              WHERE b.touchpoint_id = 'tp_pass_buy' AND {_in('b.ts', start, end)} GROUP BY 1
              HAVING count(*) >= {{n}} ORDER BY rr DESC, n DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    allr = q(sql.format(n=1))           # letting small groups in must change the winner (the minimum size matters)
    assert allr[0][0] != rows[0][0], allr[:3]
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


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def shop_per_entry(start, end, cond="1=1"):
    spend = one(f"""SELECT sum(o.amount) FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                    AND o.order_type IN ('food', 'souvenir') AND {_in('o.ts', start, end)} AND ({cond})""")
    n = one(f"SELECT count(*) FROM visits v JOIN customers c USING (customer_id) WHERE {_in('v.ts', start, end)} "
            f"AND ({cond})")
    return spend / n


def top_shop_per_entry(by, values, start, end, margin=1.1):
    rows = sorted(((v, shop_per_entry(start, end, f"{by} = '{v}'")) for v in values), key=lambda r: -r[1])
    return top(rows, margin)


def refund_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((o.status = 'refunded')::int) FROM orders o WHERE o.order_type = 'ticket'
                            AND o.status IN ('paid', 'refunded') AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", status="paid", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
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


def fb_ratio(num, cond, both=False):
    a = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    if not both:
        return rate_val(a)
    b = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond} AND f.ts IS NOT NULL")
    return rate_val(a, abs(a - b))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
JULAUG_25 = ("2025-07-01", "2025-08-31")
NEG = "f.sentiment_label = 'neg'"
QUEUE_T = _like("f.text", ["排队", "queue"])
HEALTHY_T = _like("f.text", ["健康", "healthy"])
SHADE_T = _like("f.text", ["晒", "遮阳", "shade"])
PRICE_T = _like("f.text", ["贵", "overpriced"])
SHOW_LOVED = _like("f.text", ["表演", "show"]) + " AND f.sentiment_label = 'pos'"
STD = "b.bus_type = 'standard'"
WKND = "b.day_type = 'weekend'"


def gold():
    return {
        # ---- funnels
        "zo01": lambda: conv("first_visit", *Y25),
        "zo02": lambda: top_lost("first_visit", *Y25, "c.acquisition_channel = 'douyin'"),
        "zo03": lambda: top_lost("first_visit", *Y25, "c.acquisition_channel = 'ctrip'"),
        "zo04": lambda: conv("park_day", *H2_25),
        "zo05": lambda: conv("park_day", *Q1_26, a=1, b=2, drop=True),
        "zo06": lambda: conv("visit_to_pass", *H1_26),
        "zo07": lambda: conv("visit_to_pass", *H1_26, "c.home_city = '杭州'"),
        # ---- no-shows and reservations
        "zo08": lambda: top_noshow("x.acquisition_channel", *Y25),
        "zo09": lambda: noshow_rate(*Q4_25, "x.platform = 'douyin'"),
        "zo10": lambda: noshow_rate(*Q4_25, "x.platform = 'ctrip'"),
        "zo12": lambda: top_reserve("x.slot", *Y25),
        "zo13": lambda: reserve_count(*Q1_26, "x.device = 'ios'"),
        "zo14": lambda: reserve_count(*Q1_26, "x.device = 'android'"),
        # ---- time between steps
        "zo15": lambda: lead("v.platform = 'travel_agency'"),
        "zo16": lambda: lead("v.platform = 'travel_agency'", agg="avg((d > 14)::int)"),
        "zo17": lambda: stay_median(*JULAUG_25),
        "zo18": lambda: stay_median("2025-04-01", "2025-05-31"),
        "zo19": lambda: bus(*Q4_25, "median(b.queue_minutes)", f"{STD} AND {WKND}"),
        "zo20": lambda: bus(*Q3_25, "median(b.queue_minutes)", f"{STD} AND {WKND}"),
        "zo21": lambda: bus(*Q4_25, "avg((b.queue_minutes > 45)::int)", STD),
        # ---- per customer / per visit
        "zo22": lambda: pass_visits_per_holder(*Y25),
        "zo23": lambda: per_customer(*Y25),
        # ---- shares
        "zo25": lambda: visit_share("v.day_type = 'weekend'", *Y25),
        "zo26": lambda: bus(*Q4_25, "avg((b.bus_type = 'vip')::int)"),
        "zo27": lambda: refund_share(*Y25),
        "zo28": lambda: visit_share("v.souvenir", *ALL, "v.home_city_en = 'Overseas'"),
        "zo30": lambda: visit_share("v.show", "2025-09-01", "2025-12-31"),
        "zo31": lambda: visit_share("v.show", "2025-05-01", "2025-08-31"),
        # ---- rankings
        "zo32": lambda: money_val(shop_per_entry(*Y25, "c.children_band = '2'")),
        "zo33": lambda: top_orders("o.ticket_type", *Y25, cond="o.order_type = 'ticket'"),
        "zo34": lambda: top_orders('o."购票平台"', *Y25, cond="o.order_type = 'ticket'", margin=1.05),
        "zo35": lambda: top_renew("c.home_city", *H1_25, 7),
        "zo36": lambda: top_visit_share("v.food", "v.visitor_type", *Y25),
        "zo37": lambda: top_orders("o.item", *Y25, agg="count(*)", cond="o.order_type = 'souvenir'"),
        "zo38": lambda: top_shop_per_entry('c."游客类型"', ["家庭", "情侣", "散客游客", "学校团体"], *Y25),
        # ---- single values
        "zo39": lambda: entries(*month(2025, 10)),
        "zo40": lambda: entries("2026-03-02", "2026-03-08"),
        "zo41": lambda: orders(*Q2_26, cond="o.order_type = 'ticket'"),
        "zo42": lambda: money_val(one(f"""SELECT sum(amount) FROM orders o WHERE o.status = 'refunded'
                                          AND o.refund_reason = 'rain_closure' AND {_in('o.visit_date', *Y25)}""")),
        "zo43": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'annual_pass'"),
        "zo44": lambda: orders(*Q4_25, agg="count(*)", cond="o.order_type = 'bus_upgrade'"),
        "zo46": lambda: entries(*month(2025, 10), agg="sum(v.party_size)"),
        # ---- comparisons
        "zo47": lambda: orders_change(Q2_25, Q2_26),
        "zo48": lambda: renew_rate(*H1_25, "b.pass_type = 'family'"),
        "zo49": lambda: renew_rate(*H1_25, "b.pass_type = 'individual'"),
        "zo50": lambda: orders_change(H2_25, H1_26, "o.order_type = 'ticket' AND o.platform = 'douyin'"),
        # ---- relative periods
        "zo54": lambda: entries("2026-07-06", "2026-07-12"),
        "zo55": lambda: entries(*month(2026, 6)),
        "zo56": lambda: orders(*month(2026, 4), cond="o.order_type IN ('food', 'souvenir')"),
        "zo57": lambda: orders(*H2_25, agg="count(*)", cond="o.order_type = 'annual_pass'"),
        # ---- feedback
        "zo59": lambda: fb_topic_count(f"{QUEUE_T} AND {_in('f.ts', *Q4_25)}"),
        "zo60": lambda: fb_topic_count(HEALTHY_T),
        "zo61": lambda: fb_ratio(NEG, _in("f.ts", *JULAUG_25)),
        "zo62": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.5),
        "zo63": lambda: feedback_ids(SHOW_LOVED),
        "zo64": lambda: fb_topic_count(SHADE_T),
        "zo66": lambda: fb_avg("f.channel = 'ctrip_review'"),
        "zo67": lambda: fb_topic_count(f"{QUEUE_T} AND f.language = 'en'"),
        "zo68": lambda: fb_topic_count(f"{QUEUE_T} AND f.language = 'zh'"),
        "zo69": lambda: fb_ratio(NEG, "f.channel = 'douyin_comment'", both=True),
        "zo70": lambda: fb_avg(f"f.touchpoint_id = 'tp_safari_bus' AND {_in('f.ts', *Q4_25)}"),
        "zo71": lambda: fb_topic_count(f"{PRICE_T} AND f.touchpoint_id = 'tp_food_shop'"),
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
