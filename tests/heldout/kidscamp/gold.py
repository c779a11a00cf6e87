"""Gold answers for the 野趣营 WildCamp (kids' holiday camps) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (enrol 45 d, payment 150 d, camp 60 d,
  reenrol 365 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest count (the
  loss between step k and k+1 is attributed to step k, as in INTERFACE.md's drop-off rate).
- people: a customer is one family (a parent and one child); source / age band / city / region / school / phone
  come from customers (zh questions are checked against the Chinese twins 来源渠道 / 孩子年龄段 / 城市 / region, en
  ones against source / child_age_band / city / region_en). A booking is one camp place for one season
  (session_id = booking id on every row from the application on; orders carry it as booking_id); a camper = a
  booking with a `tp_checkin` (check-in date = period date); site / team / format / season of a booking come from
  its events (camp_site / camp_site_en, counsellor_team, camp_format / 营期形式, season).
- info session -> application = per customer, their first `tp_info_session` in the period; applied = a
  `tp_application` of the same customer within 14 days after it; mode (online / offline, 说明会形式) of that session.
- interview -> offer wait = per booking with both events, `tp_offer` minus `tp_interview` in days, by interview
  date; "more than N days" is strict; offer -> deposit within 14 days = per offer (by offer date) with a
  `tp_deposit` of the same booking at most 14 days later; offer -> deposit slower than 7 days = among offers (by
  offer date) that got a deposit; lead -> deposit = per customer whose first ever deposit is in the period.
- early pickup rate = checked-in bookings (by check-in date) with a `tp_early_pickup`; photo updates opened per
  camper = `tp_photo_opened` events of checked-in bookings / checked-in bookings; insurance / bus take-up = checked-in
  bookings with a paid order of that type; briefing attendance = bookings whose balance was paid in the period with
  a `tp_briefing`; re-enrolment after a camp = a `tp_reenrolled` of the same customer within 365 days after the
  `tp_completed` (by completion date).
- money = orders with status `paid` (CNY); revenue / 营收 = all paid orders (deposits, balances, bus, insurance,
  gear kits); camp fees / 营费 = `camp_deposit` + `camp_balance`; refunds = amount of `refunded` orders (order_type
  refund); spend per paying family = paid amount / customers with >= 1 paid order in the period; season questions
  use the orders' `season` column; average fee per booking = deposit + balance over bookings with a paid balance.
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); survey ratings / NPS =
  `post_camp_survey` rows.
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear (ratio for higher, gap for lower)."""
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


# ---------- info session -> application ----------

INFO_APPLY = """(SELECT i.customer_id, i.ts, i.session_mode, i."说明会形式" AS mode_zh, c.source, c."来源渠道" AS src_zh,
                 EXISTS (SELECT 1 FROM events a WHERE a.customer_id = i.customer_id
                         AND a.touchpoint_id = 'tp_application' AND a.ts > i.ts
                         AND a.ts <= i.ts + INTERVAL 14 DAY) AS applied
                 FROM events i JOIN customers c USING (customer_id)
                 WHERE i.touchpoint_id = 'tp_info_session' AND {period}
                 QUALIFY row_number() OVER (PARTITION BY i.customer_id ORDER BY i.ts) = 1)"""


def info_apply(start, end, cond="1=1"):
    src = INFO_APPLY.format(period=_in("i.ts", start, end))
    return rate_val(one(f"SELECT avg(applied::int) FROM {src} x WHERE {cond}"))


def info_apply_rank(start, end, by, lowest=False, margin=1.15):
    src = INFO_APPLY.format(period=_in("i.ts", start, end))
    rows = q(f"SELECT {by}, avg(applied::int) r, count(*) FROM {src} x GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- waits between steps ----------

def _wait(a, b):
    return f"""(SELECT x.customer_id, x.ts, y.ts AS ts2, epoch(y.ts - x.ts) / 86400.0 AS d, c.region, c.region_en
               FROM events x JOIN events y ON y.session_id = x.session_id AND y.touchpoint_id = '{b}'
               JOIN customers c ON c.customer_id = x.customer_id WHERE x.touchpoint_id = '{a}')"""


def wait(a, b, start, end, cond="1=1", agg="median(w.d)"):
    v = one(f"SELECT {agg} FROM {_wait(a, b)} w WHERE {_in('w.ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


def wait_rank(a, b, start, end, by, margin=2.0):
    rows = q(f"SELECT {by}, median(w.d) m, count(*) FROM {_wait(a, b)} w WHERE {_in('w.ts', start, end)} "
             f"GROUP BY 1 ORDER BY m DESC")
    return top(rows, margin)


def offer_deposit_14(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.session_id = o.session_id
                                 AND d.touchpoint_id = 'tp_deposit' AND d.ts <= o.ts + INTERVAL 14 DAY))::int)
                            FROM events o WHERE o.touchpoint_id = 'tp_offer' AND {_in('o.ts', start, end)}
                            AND ({cond})"""))


def lead_to_first_deposit(start, end):
    v = one(f"""SELECT median(epoch(d.t - l.ts) / 86400.0) FROM
                (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_deposit' GROUP BY 1) d
                JOIN events l ON l.customer_id = d.customer_id AND l.touchpoint_id = 'tp_lead'
                WHERE {_in('d.t', start, end)}""")
    return days_val(v)


# ---------- campers (checked-in bookings) ----------

CAMPERS = """(SELECT e.session_id AS booking_id, e.customer_id, e.ts, e.season, e.site_id, e.camp_site, e.camp_site_en,
              e.camp_format, e."营期形式" AS format_zh, c.child_age_band, c."孩子年龄段" AS age_zh, c.source, c.phone_os,
              EXISTS (SELECT 1 FROM events p WHERE p.session_id = e.session_id
                      AND p.touchpoint_id = 'tp_early_pickup') AS picked,
              (SELECT count(*) FROM events p WHERE p.session_id = e.session_id
                      AND p.touchpoint_id = 'tp_photo_opened') AS photos,
              EXISTS (SELECT 1 FROM orders o WHERE o.booking_id = e.session_id AND o.status = 'paid'
                      AND o.order_type = 'insurance') AS insured,
              EXISTS (SELECT 1 FROM orders o WHERE o.booking_id = e.session_id AND o.status = 'paid'
                      AND o.order_type = 'bus_transfer') AS bus
              FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_checkin')"""


def campers(agg, start, end, cond="1=1"):
    v = one(f"SELECT {agg} FROM {CAMPERS} k WHERE {_in('k.ts', start, end)} AND ({cond})")
    return v


def camper_rate(num, start, end, cond="1=1"):
    return rate_val(campers(f"avg(({num})::int)", start, end, cond))


def camper_count(start, end, cond="1=1"):
    return count_val(campers("count(*)", start, end, cond))


def photos_per_camper(start, end, cond="1=1"):
    v = float(campers("avg(photos)", start, end, cond))
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def camper_rank(agg, by, start, end, cond="1=1", lowest=False, margin=1.5):
    rows = q(f"SELECT {by}, {agg} r, count(*) FROM {CAMPERS} k WHERE {_in('k.ts', start, end)} AND ({cond}) "
             f"GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def briefing_rate(start, end):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.session_id = b.session_id
                                 AND r.touchpoint_id = 'tp_briefing'))::int)
                            FROM events b WHERE b.touchpoint_id = 'tp_balance' AND {_in('b.ts', start, end)}"""))


REENROL = """(SELECT e.customer_id, e.ts, e.season, e.camp_site, e.camp_site_en,
              EXISTS (SELECT 1 FROM events r WHERE r.customer_id = e.customer_id AND r.touchpoint_id = 'tp_reenrolled'
                      AND r.ts > e.ts AND r.ts <= e.ts + INTERVAL 365 DAY) AS back
              FROM events e WHERE e.touchpoint_id = 'tp_completed')"""


def reenrol_rank(by, cond, lowest=True, margin=2.0):
    rows = q(f"SELECT {by}, avg(back::int) r, count(*) FROM {REENROL} x WHERE {cond} GROUP BY 1 "
             f"ORDER BY r {'ASC' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def reenrol_rate(cond):
    return rate_val(one(f"SELECT avg(back::int) FROM {REENROL} x WHERE {cond}"))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_all(cond, agg="sum(o.amount)"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


FEE = """(SELECT o.booking_id, any_value(o.season) season, sum(o.amount) fee FROM orders o
          WHERE o.status = 'paid' AND o.order_type IN ('camp_deposit', 'camp_balance') GROUP BY 1
          HAVING sum((o.order_type = 'camp_balance')::int) > 0)"""


def fee_change(a, b):
    x = one(f"SELECT avg(fee) FROM {FEE} f WHERE season = '{a}'")
    y = one(f"SELECT avg(fee) FROM {FEE} f WHERE season = '{b}'")
    return rate_val((y - x) / x)


def refund_share(season):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders r WHERE r.booking_id = d.booking_id
                                 AND r.status = 'refunded'))::int)
                            FROM (SELECT DISTINCT booking_id FROM orders WHERE status = 'paid'
                                  AND order_type = 'camp_deposit' AND season = '{season}') d"""))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.15, check_small=False, lowest=True):
    sql = f"""SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
              AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a {'ASC' if lowest else 'DESC'}"""
    rows = q(sql.format(n=min_n))
    if lowest:
        top(rows, margin, higher=False)
    else:
        assert rows[0][1] - rows[1][1] > margin, rows[:4]
    if check_small:   # letting small groups in must change the winner (the minimum size matters)
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
SPRING25 = ("2025-03-01", "2025-06-30")
SPRING26 = ("2026-03-01", "2026-06-30")
SUMMER25 = ("2025-07-01", "2025-08-31")
ALL = ("2024-03-01", "2026-08-31")
NEG = "f.sentiment_label = 'neg'"
FOOD_T = _like("f.text", ["伙食", "饭菜", "食堂", "food", "meals"])
PHOTO_T = _like("f.text", ["照片太少", "没有照片", "照片少", "没照片", "too few photos", "no photo update",
                           "hardly any photos"])
HOMESICK_T = _like("f.text", ["想家", "homesick"])
PRICE_T = _like("f.text", ["贵", "价格", "涨价", "性价比", "expensive", "pricey", "price"])
CARING_T = _like("f.text", ["用心", "细心", "负责", "贴心", "caring"]) + " AND f.sentiment_label = 'pos'"
SURVEY = "f.channel = 'post_camp_survey'"


def gold():
    return {
        # ---- enrolment funnel
        "kc01": lambda: conv("enrol", *SPRING25),
        "kc02": lambda: top_lost("enrol", *Y25, "c.source = 'kol'"),
        "kc03": lambda: info_apply(*Y25, "x.source = 'kol'"),
        "kc04": lambda: info_apply(*Y25, "x.source = 'referral'"),
        "kc05": lambda: info_apply_rank(*Y25, by="x.mode_zh"),
        "kc06": lambda: info_apply_rank(*ALL, by="x.src_zh", lowest=True, margin=2.0),
        "kc07": lambda: conv("camp", *Y25, both=False),
        "kc08": lambda: offer_deposit_14(*SPRING26),
        "kc09": lambda: offer_deposit_14(*SPRING25),
        # ---- waits
        "kc11": lambda: wait("tp_interview", "tp_offer", *SPRING25, "w.region = '西南'"),
        "kc12": lambda: wait("tp_interview", "tp_offer", *SPRING25, "w.region = '华东'"),
        "kc13": lambda: wait("tp_interview", "tp_offer", *SPRING25, "w.region_en = 'Southwest China'",
                             agg="avg((w.d > 7)::int)"),
        "kc14": lambda: wait_rank("tp_interview", "tp_offer", *SPRING25, by="w.region", margin=3.0),
        "kc15": lambda: lead_to_first_deposit(*Y25),
        "kc16": lambda: wait("tp_offer", "tp_deposit", *Y25, agg="avg((w.d > 7)::int)"),
        # ---- at camp
        "kc18": lambda: camper_rank("avg(picked::int)", "k.child_age_band", *ALL, "k.camp_format = 'overnight'",
                                    margin=1.8),
        "kc19": lambda: camper_rate("k.picked", *Y25, "k.camp_format = 'overnight' AND k.child_age_band = '6-8'"),
        "kc20": lambda: camper_rate("k.picked", *Y25, "k.camp_format = 'overnight' AND k.child_age_band = '9-12'"),
        "kc21": lambda: top(q("""SELECT "提前接走原因", count(*) n FROM events WHERE touchpoint_id = 'tp_early_pickup'
                                 GROUP BY 1 ORDER BY n DESC"""), 1.4),
        "kc22": lambda: camper_rank("avg(photos)", "k.camp_site_en", *SUMMER25, lowest=True, margin=1.8),
        "kc23": lambda: photos_per_camper(*SUMMER25),
        "kc24": lambda: photos_per_camper(*SUMMER25, "k.phone_os = 'android'"),
        "kc25": lambda: camper_count(*SUMMER25),
        "kc27": lambda: camper_rate("k.insured", *SUMMER25, "k.camp_format = 'overnight'"),
        "kc28": lambda: camper_rate("k.insured", *SUMMER25, "k.camp_format = 'day'"),
        "kc29": lambda: briefing_rate(*Y25),
        # ---- rankings
        "kc30": lambda: bottom_fb_avg("f.counsellor_team", SURVEY, 30, margin=0.15, check_small=True, lowest=False),
        "kc31": lambda: reenrol_rank("x.camp_site_en", "x.season = 'summer_2025'", margin=3.0),
        "kc32": lambda: top_orders("o.camp_site", *Y25, margin=1.3),
        "kc33": lambda: top_customers("c.school", margin=1.2),
        "kc35": lambda: bottom_fb_avg("f.camp_site", f"{SURVEY} AND f.season = 'summer_2025'", 10, margin=0.5),
        # ---- money
        "kc36": lambda: orders_all("o.season = 'summer_2025' AND o.order_type IN ('camp_deposit', 'camp_balance')"),
        "kc36b": lambda: orders_all("o.season = 'summer_2024' AND o.order_type IN ('camp_deposit', 'camp_balance')"),
        "kc37": lambda: orders(*quarter(2025, 2)),
        "kc38": lambda: orders(*Y25, status="refunded"),
        "kc39": lambda: per_customer(*Y25),
        "kc40": lambda: fee_change("summer_2025", "summer_2026"),
        "kc41": lambda: top_orders('o."支付方式"', *Y25, agg="count(*)", cond="o.order_type = 'camp_balance'",
                                   margin=1.5),
        "kc42": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'bus_transfer'"),
        "kc43": lambda: orders_change(quarter(2025, 2), quarter(2026, 2)),
        # ---- shares
        "kc45": lambda: camper_rate("k.source = 'school_flyer'", *SUMMER25),
        "kc46": lambda: refund_share("summer_2025"),
        "kc47": lambda: conv("reenrol", *Y25, both=False),
        # ---- counts and changes over time
        "kc51": lambda: events_at("tp_lead", "2025-03-03", "2025-03-09"),
        "kc52": lambda: events_at("tp_info_session", *month(2025, 10)),
        "kc53": lambda: events_change("tp_lead", month(2025, 10), month(2025, 11)),
        # ---- feedback
        "kc55": lambda: fb_topic_count(FOOD_T),
        "kc56": lambda: top_fb_count("f.camp_site_en", FOOD_T, margin=3.0),
        "kc57": lambda: top_fb_count("f.camp_site", PHOTO_T, margin=3.0),
        "kc58": lambda: fb_topic_count(HOMESICK_T),
        "kc59": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "kc60": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 1, margin=0.2),
        "kc61": lambda: fb_avg(f"{SURVEY} AND f.season = 'summer_2025' AND f.site_id = 'S3'", tol=0.03),
        "kc62": lambda: fb_avg(f"{SURVEY} AND f.season = 'summer_2024' AND f.site_id = 'S3'", tol=0.03),
        "kc63": lambda: fb_topic_count(f"{PRICE_T} AND {_in('f.ts', '2026-03-01', '2026-08-31')}"),
        "kc64": lambda: feedback_ids(CARING_T),
        "kc66": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "kc67": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *H2_25)}", tol=0.02),
        # ---- relative periods
        "kc75": lambda: events_at("tp_checkin", "2026-08-01", "2026-08-20"),
        "kc76": lambda: events_at("tp_checkin", *month(2026, 7)),
        "kc77": lambda: orders(*month(2026, 6)),
        "kc78": lambda: events_at("tp_deposit", *quarter(2026, 1)),
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
