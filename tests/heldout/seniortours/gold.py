"""Gold answers for the 松鹤旅游 PineCrane Senior Tours held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 45 d, travel 120 d, aftercare 14 d,
  rebook 180 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says later steps count. "Where do we lose the most" = the step whose
  next step is not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel
  split by a customer attribute (acquisition_channel / 获客渠道, age_band / 年龄段) filters the step-1 people by that
  attribute as stored;
- a booking = one `session_id` BK00123: tp_health (1-2 declarations), tp_deposit, [tp_rebook], tp_cancel,
  tp_balance, tp_departure, tp_on_tour (one roll call per tour day), tp_incident, tp_return, tp_survey. Brochure scans
  and phone enquiries have no session. Per-booking rates count bookings whose first event at the named step A falls in
  the period (by its date) and look for step B in the same booking at any time; booking attributes (route, product
  line, departure city, guide, room type, insurance, departure date) are read from the step-A event; age band from the
  customer. Cancellation rate = deposits with a tp_cancel / deposits; illness rate = departed bookings (tp_departure)
  with an `illness` tp_incident / departed bookings; first health result = the booking's first tp_health row;
- a tour group = `tour_id` (route + departure date); "tours delayed" counts distinct tour_id with a `delay` incident;
- times between steps = per booking, first B ts - first A ts (B after A), period by the date of A; days as fractional
  days (tolerance also covers calendar-day differences); pickup lateness = `pickup_late_minutes` of tp_departure;
  delay hours = `delay_hours` of tp_incident; hotline wait = `wait_seconds` of answered tp_enquiry calls; missed-call
  rate = tp_enquiry rows with action `missed` / all tp_enquiry rows (each call attempt is a row);
- money = orders with status `paid` by order ts (refunded and cancelled orders are no revenue; a forfeited deposit
  stays paid); revenue = deposit + balance + single_supplement + insurance orders; the refunded-deposit question sums
  status `refunded` deposit orders by order ts, the voided-balance question sums status `cancelled` balance orders;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; travellers = sum of `pax`;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (route, guide, 取消原因, 突发类型, 获客渠道, 年龄段, 出发城市), en ones against the English values (route_en, guide_en,
  coach_company_en, acquisition_channel, age_band, touchpoint_id);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); return-survey score = `rating` of channel `survey` feedback (the same as `score` on
  tp_survey events); OTA reviews = channel `ota_review`; rating by step = feedback.touchpoint_id over rows with a
  rating; negative = 1-2 stars when the question says so; NPS score = share 9-10 minus share 0-6 of survey `nps`
  (a fraction);
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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


# ---------- per booking (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rows(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return dict(value=round(sess_rows(a_tp, b_tp, start, end, cond, b_cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = [r for r in sess_rows(a_tp, b_tp, start, end, cond, b_cond, by=by) if r[2] >= min_n]
    if lowest:
        rows = rows[::-1]
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def first_share(tp, num, start, end, cond="1=1"):
    """share of bookings whose first `tp` row (in the period) matches num."""
    v = one(f"""SELECT avg(({num})::int) FROM {_first(tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_b_attr(a_tp, b_tp, by, start, end, cond="1=1", margin=1.3):
    """most common value of `by` on the B rows of bookings whose first A is in the period."""
    rows = q(f"""SELECT {by}, count(*) n FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                 WHERE {_in('a.t', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=v, tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg", dcol="e.ts", tol=None):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in(dcol, start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3 if tol else 2), tolerance=tol or round(max(0.1, abs(float(v)) * 0.03), 2))


def events_distinct(tp, col, cond):
    return dict(value=one(f"SELECT count(DISTINCT {col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {cond}"),
                tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = (quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1),
                                     quarter(2026, 2))
SEP_NOV_25 = ("2025-09-01", "2025-11-30")
(BROCHURE, ENQUIRY, HEALTH, DEPOSIT, CANCEL, BALANCE, DEPARTURE, ON_TOUR, INCIDENT, RETURN, SURVEY, REBOOK) = (
    "tp_brochure", "tp_enquiry", "tp_health", "tp_deposit", "tp_cancel", "tp_balance", "tp_departure", "tp_on_tour",
    "tp_incident", "tp_return", "tp_survey", "tp_rebook")
SURV = "f.channel = 'survey'"
ILL = "incident_type = 'illness'"
OLD75 = "c.age_band IN ('75-79', '80+')"
SHOP_T = _like("f.text", ["购物店", "shopping stop"])
NORO_T = _like("f.text", ["上吐下泻", "stomach bug"])
DELAY_T = _like("f.text", ["延误", "delay"])
COACH_T = _like("f.text", ["大巴迟到", "车来晚了", "coach was late", "bus was late"])
SINGLE_T = _like("f.text", ["单房差", "single supplement"])
ROOMMATE_T = _like("f.text", ["拼房", "roommate"])
MEDICAL_T = _like("f.text", ["自费", "out of pocket"])
INS_OK_T = _like("f.text", ["保险报销", "insurance covered"])
TIRING_T = _like("f.text", ["太赶", "太累", "exhausting", "too rushed"])
FOOD_T = _like("f.text", ["饭菜", "meals"])
HOTLINE_T = _like("f.text", ["电话打不通", "没人接", "nobody answered", "could not get through"])
AGE_T = _like("f.text", ["年龄限制", "age limit"])
PRAISE_T = _like("f.text", ["贴心", "耐心", "caring"])
SCENERY_T = _like("f.text", ["风景", "scenery"])
ORG_T = _like("f.text", ["安排周到", "well organised"])
WORRY_T = f"({_like('f.text', ['诺如', 'norovirus'])} AND NOT {NORO_T})"


def gold():
    return {
        # ---- funnels / conversion
        "st01": lambda: conv("booking", *Y25),
        "st02": lambda: top_lost("booking", *Q3_25),
        "st03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "st04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'senior_college'"),
        "st05": lambda: conv("booking", *H1_26, cond="c.\"获客渠道\" = '抖音'"),
        "st06": lambda: rate(HEALTH, DEPOSIT, *Y25, "c.age_band = '80+'"),
        "st07": lambda: rank_rate(HEALTH, DEPOSIT, *ALL, by="c.age_band", lowest=True, margin=1.2),
        "st08": lambda: first_share(HEALTH, "a.health_result = 'rejected'", *Y25, "c.age_band = '80+'"),
        "st09": lambda: rate(DEPOSIT, CANCEL, *Y25),
        "st10": lambda: rank_rate(DEPOSIT, CANCEL, *SEP_NOV_25, by="a.route_en", margin=1.8),
        "st11": lambda: top_b_attr(DEPOSIT, CANCEL, 'b."取消原因"', *SEP_NOV_25, "a.route_id = 'JK'", margin=1.5),
        "st12": lambda: top_events_count(CANCEL, 'e."取消原因"', *Y25, margin=1.2),
        "st13": lambda: rate(DEPARTURE, INCIDENT, *month(2025, 11), "a.route_id = 'JK'", ILL),
        "st14": lambda: rate(DEPARTURE, INCIDENT, *month(2025, 11), "a.route_id = 'YZ'", ILL),
        "st15": lambda: rank_rate(DEPARTURE, INCIDENT, *Q4_25, by="a.route_en", b_cond=ILL, margin=2.0),
        "st16": lambda: events_agg(INCIDENT, "e.delay_hours", "2025-07-01", "2025-08-31",
                                   "e.route_id = 'YZ' AND e.incident_type = 'delay'", dcol="e.departure_date"),
        "st17": lambda: events_distinct(INCIDENT, "e.tour_id", "e.route_id = 'YZ' AND e.incident_type = 'delay' AND "
                                        + _in("e.departure_date", "2025-07-01", "2025-08-31")),
        "st18": lambda: rank_fb_avg("f.guide", SURV, 50, margin=0.8),
        "st19": lambda: fb_avg(f"{SURV} AND f.guide_en = 'Zhao Lei'"),
        "st20": lambda: top_fb_count("f.guide", PRAISE_T, margin=1.8),
        "st21": lambda: fb_count(SHOP_T),
        "st22": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "st23": lambda: events_agg(DEPARTURE, "e.pickup_late_minutes", *H1_26, "e.departure_city = 'Hangzhou'"),
        "st24": lambda: events_agg(DEPARTURE, "e.pickup_late_minutes", *H2_25, "e.departure_city = 'Hangzhou'"),
        "st25": lambda: top_events_share(DEPARTURE, "e.pickup_late_minutes > 30", "e.coach_company_en",
                                         "2026-01-01", "2026-07-31", margin=5),
        "st26": lambda: events_share(ENQUIRY, "e.action = 'missed'", *month(2026, 3)),
        "st27": lambda: events_share(ENQUIRY, "e.action = 'missed'", *month(2026, 2)),
        "st28": lambda: fb_count(HOTLINE_T),
        # ---- insurance / rooms
        "st29": lambda: events_share(DEPOSIT, "e.insurance = 'yes'", *Y25),
        "st30": lambda: events_share(DEPOSIT, "e.insurance = 'yes'", "2026-03-01", "2026-07-31", OLD75),
        "st31": lambda: events_share(DEPOSIT, "e.insurance = 'yes'", *Y25, OLD75),
        "st32": lambda: orders_sum(*Y25, "o.order_type = 'insurance'"),
        "st33": lambda: fb_count(MEDICAL_T),
        "st34": lambda: orders_sum(*Y25, "o.order_type = 'single_supplement'"),
        "st35": lambda: events_share(DEPOSIT, "e.room_type = 'single'", *Y25, "e.pax = 1"),
        "st36": lambda: fb_count(SINGLE_T),
        "st37": lambda: events_agg(SURVEY, "e.score", *Y25, "e.room_type = 'share'", tol=0.03),
        # ---- money
        "st38": lambda: orders_sum(*Q4_25),
        "st39": lambda: orders_sum(*month(2026, 6)),
        "st40": lambda: orders_sum(*month(2026, 5)),
        "st41": lambda: orders_change(H1_25, H1_26),
        "st42": lambda: top_orders("o.route_en", *Y25),
        "st43": lambda: orders_sum(*Y25, "o.order_type = 'deposit'", status="refunded"),
        "st44": lambda: orders_sum(*Y25, "o.order_type = 'balance'", status="cancelled"),
        "st45": lambda: per_customer(*Y25),
        "st46": lambda: per_customer(*Y25, "c.age_band = '80+'"),
        # ---- times between steps
        "st47": lambda: step_time(DEPOSIT, BALANCE, *Y25),
        "st48": lambda: step_time(DEPOSIT, BALANCE, *Y25, "a.product_line = 'cruise'"),
        "st49": lambda: step_time(RETURN, SURVEY, *Y25, agg="avg"),
        # ---- volumes / trends
        "st50": lambda: events_count(DEPARTURE, *month(2026, 3)),
        "st51": lambda: events_sum(DEPARTURE, "e.pax", *Q2_26),
        "st54": lambda: events_count(DEPOSIT, "2025-03-03", "2025-03-09"),
        "st55": lambda: events_count(CANCEL, *Y25),
        # ---- customers
        "st56": lambda: customers_count("c.\"年龄段\" = '80岁以上'"),
        "st57": lambda: customers_share("c.travel_party = 'solo'"),
        "st58": lambda: customers_count("c.\"会员等级\" = '金卡会员'"),
        "st59": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        # ---- feedback
        "st60": lambda: fb_count(NORO_T),
        "st61": lambda: fb_count(DELAY_T),
        "st62": lambda: fb_ratio("f.rating <= 2", f"{SURV} AND {_in('f.ts', *Y25)}"),
        "st63": lambda: nps_score(f"{SURV} AND {_in('f.ts', *H1_26)}"),
        "st64": lambda: fb_avg(f"{SURV} AND f.route_en LIKE 'Shandong%' AND {_in('f.ts', *Y25)}"),
        "st65": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "st66": lambda: feedback_ids(f"{SHOP_T} AND f.route_en LIKE 'Shandong%'"),
        "st67": lambda: fb_avg("f.channel = 'ota_review'"),
    }


TOPICS = (("shopping", SHOP_T), ("noro", NORO_T), ("delay", DELAY_T), ("coach_late", COACH_T),
          ("single_pricey", SINGLE_T), ("roommate", ROOMMATE_T), ("medical", MEDICAL_T), ("insurance_ok", INS_OK_T),
          ("tiring", TIRING_T), ("food", FOOD_T), ("hotline", HOTLINE_T), ("age_limit", AGE_T),
          ("guide_praise", PRAISE_T), ("scenery", SCENERY_T), ("organized", ORG_T), ("noro_worry", WORRY_T))


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
