"""Gold answers for the 安居物业 HomeCare Property (residential property management) held-out batch, from plain DuckDB
SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a resident reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (repair 14 d, fee 30 d,
  parking 14 d, complaint 10 d). Each rate is computed with later steps allowed after the period end and with every
  step required inside the period; the tolerance covers both. Conversion from step a to step b = reached b / reached
  a; a question that starts at a later step ("of the residents whose repair was completed ...") is also computed from
  that step's own first event in the period, and the tolerance covers that reading too. "Repairs submitted from
  Android" = events carrying device 'android' (the work-order system stamps every status event of a repair with the
  device it was submitted from; residents without the app submit by phone / at the desk and have no device);
- residents / households / 住户 = distinct customer_id (one customer row per household); counts of repairs (报修单) =
  tp_repair_submit events (one per repair_id; the 30 exact duplicate event rows are loaded once), technician visits =
  tp_tech_onsite events, complaints (投诉工单) = tp_complaint_filed events, reminders = tp_bill_reminder events,
  permits issued = tp_parking_issued events, all dated by the event ts;
- durations between two steps of the same repair / permit / complaint are matched on repair_id / permit_id /
  complaint_id and counted for the items whose first step is in the period (parking: permits issued in the period,
  the tolerance covers the applied-in-period reading); hours = exact seconds / 3600, days = seconds / 86400;
- a property-fee bill is "paid within 30 days" when a tp_fee_paid event with the same bill_id is at most 30 days after
  its tp_bill_issued event; the rate is per bill issued in the named quarter(s) (bill_period); where the question
  does not say "per bill" the tolerance also covers the fee journey funnel read per person; Suzhou / Hangzhou and
  owner / tenant come from the customer (region, resident_type);
- money = orders with status 'paid' dated by order ts (refunded double charges, refunded permits and cancelled repair
  quotes excluded); property fee = order_type 'property_fee', parking = 'parking', paid repairs = 'repair';
  per-household average = sum / distinct paying customers; "online" payments = channel app or mini_program;
- the parking rejection rate = tp_parking_review events with action 'reject' / all tp_parking_review events;
- feedback topic counts use text markers with a 5 % tolerance (each marker is checked here against the generator's
  truth topic in DATADIR/_truth, not a DATA.md table); "all feedback" includes the rows without ts; repair reviews =
  channel 'repair_review' (one per resident confirmation, with the same rating as the tp_repair_confirm event);
  1-2 stars = rating <= 2; average NPS over channel 'survey' (paper forms have no ts and are included);
- rankings by community answer with the column in the question's language: community (zh) for zh questions,
  community_en for en ones (likewise repair_category / repair_category_en, complaint_topic / complaint_topic_en);
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-06-30, the last day of
  the data); weeks run Monday-Sunday; "this year" = 2026-01-01 .. as_of.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    CON.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _rel(v: float, pct: float = 0.03, floor: float = 0.01) -> float:
    return round(max(floor, abs(v) * pct), 3)


# ---------------------------------------------------------------- funnels (DATA.md rule)

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False, first=1):
    """People reaching each step from step `first` (entry = their first event at that step in the period)."""
    steps, window = _steps(journey)
    steps = steps[first - 1:]
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({cond})"
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


def _rates(journey, start, end, a, b, cond="1=1", also_from_a=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded)
        vals.append(c[b - 1] / c[a - 1])
        if also_from_a and a > 1:
            c = funnel(journey, start, end, cond, bounded, first=a)
            vals.append(c[b - a] / c[0])
    return vals


def _fit(vals):
    spread = max(vals) - min(vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def conv(journey, start, end, a=1, b=None, cond="1=1", also_from_a=False):
    b = b or len(_steps(journey)[0])
    return _fit(_rates(journey, start, end, a, b, cond, also_from_a))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.5, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def per_user(tp, start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=0.02)


def top_group(tp, col, start, end, cond="1=1", agg="count(*)", lowest=False, ratio=1.2, min_n=1, join=""):
    rows = q(f"""SELECT {col}, {agg} v FROM events e {join} WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio) if lowest else (a > b * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_max(tp, start, end):
    rows = q(f"""SELECT date_trunc('month', e.ts) m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1], rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def weekly_max_orders(start, end, cond):
    """Busiest Monday-Sunday week; it must be a full week inside the period and beat the partial edge weeks even
    when those are counted in full (orders outside the period included)."""
    base = f"FROM orders o WHERE o.status = 'paid' AND ({cond})"
    rows = q(f"""SELECT date_trunc('week', o.ts) w, count(*) n {base} AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    wk = str(rows[0][0])[:10]
    assert start <= wk and one(f"SELECT (DATE '{wk}' + 6) <= DATE '{end}'"), (wk, rows[:3])
    full = q(f"""SELECT date_trunc('week', o.ts) w, count(*) n {base}
                 AND date_trunc('week', o.ts) IN (SELECT DISTINCT date_trunc('week', o.ts) {base}
                                                   AND {_in('o.ts', start, end)})
                 GROUP BY 1 ORDER BY n DESC""")
    assert str(full[0][0])[:10] == wk and full[0][1] > full[1][1] * 1.05, full[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def growth_events(tp, a, b, cond="1=1"):
    x = events_at(tp, *a, cond)["value"]
    y = events_at(tp, *b, cond)["value"]
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


# ---------------------------------------------------------------- durations between two steps of one item

def _pairs(key, tp_a, tp_b, start, end, cond="1=1", by="a"):
    anchor = "a.ts" if by == "a" else "b.ts"
    return f"""SELECT a.{key}, min(date_diff('second', a.ts, b.ts)) AS sec
               FROM events a JOIN events b ON b.{key} = a.{key} AND b.touchpoint_id = '{tp_b}'
               WHERE a.touchpoint_id = '{tp_a}' AND {_in(anchor, start, end)} AND ({cond.replace('e.', 'a.')})
               GROUP BY 1"""


def duration(key, tp_a, tp_b, start, end, agg="avg", unit=3600.0, cond="1=1", by="a", also_other=False, pct=0.03):
    vals = [one(f"SELECT {agg}(sec) / {unit} FROM ({_pairs(key, tp_a, tp_b, start, end, cond, by)})")]
    if also_other:
        other = "b" if by == "a" else "a"
        vals.append(one(f"SELECT {agg}(sec) / {unit} FROM ({_pairs(key, tp_a, tp_b, start, end, cond, other)})"))
    v = vals[0]
    tol = max(_rel(v, pct), max(vals) - min(vals) + 0.01)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def share_over(key, tp_a, tp_b, start, end, hours, cond="1=1"):
    v = one(f"SELECT avg((sec > {hours} * 3600)::int) FROM ({_pairs(key, tp_a, tp_b, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def closed_within(days, start, end):
    v = one(f"""SELECT avg((p.sec IS NOT NULL AND p.sec <= {days} * 86400)::int)
                FROM events a LEFT JOIN ({_pairs('complaint_id', 'tp_complaint_filed', 'tp_complaint_closed',
                                                 start, end)}) p USING (complaint_id)
                WHERE a.touchpoint_id = 'tp_complaint_filed' AND {_in('a.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def reject_rate(cond="1=1"):
    v = one(f"""SELECT avg((e.action = 'reject')::int) FROM events e WHERE e.touchpoint_id = 'tp_parking_review'
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------------------------------------------------------------- property-fee bills

def _bill_rate(periods, cust):
    plist = ", ".join(f"'{p}'" for p in periods)
    return one(f"""SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.touchpoint_id = 'tp_fee_paid'
                                     AND p.bill_id = b.bill_id AND p.ts <= b.ts + INTERVAL 30 DAY))::int)
                   FROM events b JOIN customers c USING (customer_id)
                   WHERE b.touchpoint_id = 'tp_bill_issued' AND b.bill_period IN ({plist}) AND ({cust})""")


def bill_paid_rate(periods, start, end, cust="1=1", also_funnel=True):
    vals = [_bill_rate(periods, cust)]
    if also_funnel:
        vals += _rates("fee", start, end, 1, 2, f"e.customer_id IN (SELECT customer_id FROM customers c WHERE {cust})")
    return _fit(vals)


def unpaid_bills(periods):
    plist = ", ".join(f"'{p}'" for p in periods)
    v = one(f"""SELECT count(*) FROM events b WHERE b.touchpoint_id = 'tp_bill_issued' AND b.bill_period IN ({plist})
                AND NOT EXISTS (SELECT 1 FROM events p WHERE p.touchpoint_id = 'tp_fee_paid' AND p.bill_id = b.bill_id)""")
    return dict(value=v, tolerance=0.5)


# ---------------------------------------------------------------- orders

def orders(start, end, cond, agg="sum"):
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.001), 2))


def per_payer(start, end, cond):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o WHERE o.status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def order_share(num, start, end, cond, alt_denominator=None):
    base = f"FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"
    vals = [one(f"SELECT avg(({num})::int) {base}")]
    if alt_denominator:
        vals.append(one(f"SELECT avg(({num})::int) {base} AND ({alt_denominator})"))
    return _fit(vals)


def top_orders(col, start, end, cond, ratio=1.08):
    rows = q(f"""SELECT {col}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def growth_orders(cond, a, b):
    x = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})"))
    y = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})"))
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


# ---------------------------------------------------------------- customers

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(cond):
    return dict(value=round(one(f"SELECT avg(({cond})::int) FROM customers c"), 4), tolerance=0.01)


# ---------------------------------------------------------------- feedback

LIFT = "(f.text LIKE '%电梯%' OR lower(f.text) LIKE '%lift%' OR lower(f.text) LIKE '%elevator%')"
SLOW = ("(f.text LIKE '%太慢%' OR f.text LIKE '%还没人来%' OR f.text LIKE '%没人上门%' OR f.text LIKE '%拖了%' "
        "OR f.text LIKE '%才来%' OR lower(f.text) LIKE '%slow%' OR lower(f.text) LIKE '%nobody has come%' "
        "OR lower(f.text) LIKE '%still waiting%' OR lower(f.text) LIKE '%waited%')")
ENGLISH = "(lower(f.text) LIKE '%english%')"
APP_BUG = ("(f.text LIKE '%评价页面%' OR f.text LIKE '%闪退%' OR lower(f.text) LIKE '%rating page%' "
           "OR lower(f.text) LIKE '%crash%')")
FEE_HIKE = ("(f.text LIKE '%涨%' OR lower(f.text) LIKE '%went up%' OR lower(f.text) LIKE '%increase%' "
            "OR lower(f.text) LIKE '%hike%')")
PARKING = "(f.text LIKE '%停车%' OR f.text LIKE '%车位%' OR lower(f.text) LIKE '%parking%')"
NOISE = ("(f.text LIKE '%装修%' OR f.text LIKE '%噪音%' OR f.text LIKE '%吵%' OR lower(f.text) LIKE '%nois%' "
         "OR lower(f.text) LIKE '%renovation%' OR lower(f.text) LIKE '%drilling%')")
MARKERS = {"LIFT": (LIFT, ["lift"]), "SLOW": (SLOW, ["slow_review", "slow_repair"]), "ENGLISH": (ENGLISH, ["english"]),
           "APP_BUG": (APP_BUG, ["app_bug"]), "FEE_HIKE": (FEE_HIKE, ["fee_hike"]),
           "PARKING": (PARKING, ["parking", "parking_reject", "parking_ok"]), "NOISE": (NOISE, ["noise"])}


def check_markers() -> None:
    for name, (cond, topics) in MARKERS.items():
        tl = ", ".join(f"'{t}'" for t in topics)
        hit, true, both = q(f"""SELECT count(*) FILTER (WHERE {cond}), count(*) FILTER (WHERE t.topic IN ({tl})),
                                count(*) FILTER (WHERE {cond} AND t.topic IN ({tl}))
                                FROM feedback f JOIN truth t USING (feedback_id)""")[0]
        assert both >= 0.97 * true and both >= 0.97 * hit, (name, hit, true, both)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_lowest_avg(col, cond, min_n, ratio=1.2):
    rows = q(f"""SELECT {col}, avg(f.rating) r FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r""")
    assert rows[1][1] > rows[0][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


# ---------------------------------------------------------------- periods

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
FEE = "o.order_type = 'property_fee'"
PARK = "o.order_type = 'parking'"
SZ = "c.region = '苏州'"
HZ = "c.region = '杭州'"
MAPLE = "e.community = '枫桥人家'"


def gold() -> dict:
    return {
        # ---- repair journey
        "pm01": lambda: conv("repair", *quarter(2025, 3), 1, 5),
        "pm02": lambda: top_lost("repair", *quarter(2026, 1)),
        "pm03": lambda: conv("repair", *H1_26, 4, 5, "e.device = 'android'", also_from_a=True),
        "pm04": lambda: conv("repair", *H1_26, 4, 5, "e.device = 'ios'", also_from_a=True),
        "pm05": lambda: conv("repair", *Y25, 4, 5, "e.device = 'android'", also_from_a=True),
        "pm07": lambda: duration("repair_id", "tp_repair_submit", "tp_tech_onsite", *quarter(2025, 4), agg="median"),
        "pm08": lambda: duration("repair_id", "tp_repair_submit", "tp_repair_dispatch", *Y25,
                                 cond="e.community_en = 'Maple Bridge Homes'"),
        "pm09": lambda: top_group("tp_repair_complete", "e.community", *ALL, agg="avg(e.repair_hours)", ratio=2.0,
                                  min_n=50),
        "pm10": lambda: share_over("repair_id", "tp_repair_submit", "tp_repair_complete", *H1_26, 48),
        "pm11": lambda: share_over("repair_id", "tp_repair_submit", "tp_repair_complete", *H1_26, 48, MAPLE),
        "pm12": lambda: per_user("tp_repair_submit", *Y25),
        "pm13": lambda: top_group("tp_repair_submit", "e.repair_category_en", "2025-06-01", "2025-07-31", ratio=1.3),
        "pm14": lambda: events_at("tp_repair_submit", *Y25, "e.community = '云栖雅居' AND e.repair_category = '电梯'"),
        "pm15": lambda: events_at("tp_repair_submit", *H1_26, "e.community = '云栖雅居' AND e.repair_category = '电梯'"),
        "pm16": lambda: top_group("tp_repair_submit", "e.community_en", *ALL, "e.repair_category_en = 'lift'", ratio=3),
        "pm17": lambda: events_at("tp_tech_onsite", *month(2025, 10)),
        "pm66": lambda: growth_events("tp_repair_submit", quarter(2025, 2), quarter(2025, 3)),
        "pm64": lambda: monthly_max("tp_repair_submit", *Y25),
        "pm62": lambda: events_at("tp_repair_submit", *month(2026, 3)),
        "pm63": lambda: events_at("tp_repair_submit", *month(2026, 2)),
        # ---- property fees
        "pm18": lambda: bill_paid_rate(["2025Q3"], *quarter(2025, 3), also_funnel=True),
        "pm19": lambda: bill_paid_rate(["2026Q1"], *quarter(2026, 1), SZ),
        "pm20": lambda: bill_paid_rate(["2026Q1"], *quarter(2026, 1), HZ),
        "pm22": lambda: orders(*Y25, FEE),
        "pm23": lambda: growth_orders(FEE, H2_25, H1_26),
        "pm24": lambda: top_orders("o.community_en", *quarter(2026, 2), FEE, ratio=1.2),
        "pm25": lambda: events_at("tp_bill_reminder", *month(2025, 10)),
        "pm26": lambda: per_payer(*Y25, FEE),
        "pm27": lambda: bill_paid_rate(["2025Q1", "2025Q2", "2025Q3", "2025Q4"], *Y25, "c.resident_type = 'tenant'",
                                       also_funnel=False),
        "pm28": lambda: bill_paid_rate(["2025Q1", "2025Q2", "2025Q3", "2025Q4"], *Y25, "c.resident_type = 'owner'",
                                       also_funnel=False),
        "pm29": lambda: order_share("o.channel = 'front_desk'", *H1_26, FEE,
                                    "o.channel IN ('front_desk', 'app', 'mini_program')"),
        "pm30": lambda: orders(*quarter(2026, 2), f"{FEE} AND o.payment_method = 'wechat_pay'"),
        "pm31": lambda: unpaid_bills(["2025Q1", "2025Q2", "2025Q3", "2025Q4"]),
        "pm65": lambda: weekly_max_orders(*month(2026, 1), FEE),
        # ---- parking
        "pm32": lambda: top_group("tp_parking_review", "e.community", *ALL, agg="avg((e.action = 'reject')::int)",
                                  ratio=2.0, min_n=20),
        "pm33": lambda: reject_rate("e.community = '金鸡湖畔'"),
        "pm34": lambda: conv("parking", *H2_25, 1, 3),
        "pm35": lambda: duration("permit_id", "tp_parking_apply", "tp_parking_issued", *Y25, unit=86400.0,
                                 by="b", also_other=True),
        "pm36": lambda: events_at("tp_parking_issued", *H1_26, "e.vehicle_type = '新能源车'"),
        "pm37": lambda: orders(*Y25, PARK),
        # ---- complaints
        "pm38": lambda: top_group("tp_complaint_filed", "e.complaint_topic_en", *Y25, ratio=1.2),
        "pm39": lambda: events_at("tp_complaint_filed", "2025-05-01", "2025-09-30",
                                  "e.community = '西溪锦园' AND e.complaint_topic = '噪音'"),
        "pm40": lambda: top_group("tp_complaint_filed", "e.community", *quarter(2025, 3), ratio=1.8),
        "pm42": lambda: duration("complaint_id", "tp_complaint_filed", "tp_complaint_closed", *quarter(2026, 1),
                                 unit=86400.0),
        "pm43": lambda: closed_within(3, *quarter(2025, 4)),
        "pm44": lambda: events_at("tp_complaint_filed", "2025-03-03", "2025-03-09"),
        # ---- feedback
        "pm41": lambda: fb_topic_count(LIFT),
        "pm45": lambda: fb_avg("f.rating", f"f.channel = 'repair_review' AND {_in('f.ts', *Y25)}"),
        "pm46": lambda: fb_lowest_avg("f.community_en", "f.channel = 'repair_review'", 30),
        "pm47": lambda: fb_avg("f.rating", "f.channel = 'repair_review' AND f.community = '枫桥人家'"),
        "pm48": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'repair_review' AND {_in('f.ts', *H1_26)}"),
        "pm49": lambda: fb_lowest_avg("f.touchpoint_id", "1=1", 30, ratio=1.5),
        "pm50": lambda: fb_avg("f.nps", "f.channel = 'survey'", tol=0.05),
        "pm51": lambda: fb_count("f.ts IS NULL"),
        "pm52": lambda: fb_topic_count(SLOW),
        "pm53": lambda: fb_topic_count(ENGLISH),
        "pm54": lambda: feedback_ids(f"{PARKING} AND f.touchpoint_id <> 'tp_parking_issued'"),
        "pm55": lambda: feedback_ids(APP_BUG),
        "pm56": lambda: fb_topic_count(f"{FEE_HIKE} AND {_in('f.ts', *H1_26)}"),
        "pm70": lambda: feedback_ids(f"f.community = '枫桥人家' AND (f.rating <= 2 OR {SLOW})"),
        # ---- residents
        "pm57": lambda: customers_count("c.region = '苏州'"),
        "pm58": lambda: customers_count("c.community = '金鸡湖畔' AND c.resident_type = 'tenant'"),
        "pm59": lambda: customers_share("c.preferred_language = 'en'"),
        "pm60": lambda: customers_count("c.move_in_year = 2025"),
        "pm61": lambda: users_at("tp_notice_view", *month(2026, 5)),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    check_markers()
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
        exp["status"] = "ok"
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70].replace("\n", " "), shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
