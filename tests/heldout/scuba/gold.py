"""Gold answers for the 海蓝潜水 AzureReef Divers held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (ow_course 45 d, try_dive 60 d, advanced
  30 d, fun_dive 14 d, gear_shop 14 d, weather_refund 30 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose
  next step is not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel
  split by a customer attribute filters the step-1 people by that attribute; a funnel "at a centre / city" filters
  the step-1 events by the event's `centre` / `city`;
- per-booking rates use `session_id` (a booking BK…: every event of one course / try dive / trip / gear order /
  refund carries it). They count bookings whose first step-A event falls in the period and look for step B in the
  same booking at any time; attributes (centre, city, device, instructor) come from the step-A event, lead source =
  customers.acquisition_channel; weather-cancellation rate = fun-dive bookings (tp_trip_booking) that have a
  tp_weather_cancel; refund time = days from tp_refund_request to tp_refund_paid of the same booking (requests in
  the period; unpaid refunds are not in the average);
- money = orders with status `paid`, `amount` in CNY, by order ts; "in baht / pesos / local currency" = sum of
  `amount_local` (orders carry `currency` THB at Phuket, PHP at the two Cebu centres, CNY at Sanya and in the
  mini-program shop); refunded money = status `refunded` (by order ts, `refund_reason` as stored); spend per paying
  customer = paid amount / customers with >= 1 paid order in the period;
- counts of things done ("certifications", "fun dives", "weather cancellations", "bookings") are event rows at
  that touchpoint in the period (one per booking);
- customer attributes as stored; zh top entities use the Chinese twins where the table has one (潜水中心, 城市,
  客源地, 订单类型, 装备品类), en ones the English values; instructor / guide names as stored;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating by touchpoint = feedback.touchpoint_id over rows with a rating; negative =
  1-2 stars; NPS = channel `nps_survey`, NPS score = share 9-10 minus share 0-6 (as a fraction);
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


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1", ev_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id, centre, city, device FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) AND ({ev_cond})
                    GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", ev_cond="1=1", upto=None, frm=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond, ev_cond=ev_cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.2, cond="1=1", ev_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond, ev_cond=ev_cond)
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


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, lowest=False):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}" if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, lowest=lowest)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.5):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3, count="count(*)"):
    rows = q(f"SELECT {by}, {count} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, cond="1=1", margin=1.3, lowest=False):
    rows = q(f"SELECT {by}, avg({expr}) a FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", expr="o.amount", status="paid"):
    return _money(one(f"SELECT sum({expr}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_avg(start, end, cond="1=1", expr="o.amount"):
    v = one(f"SELECT avg({expr}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", expr="sum(o.amount)", margin=1.15):
    rows = q(f"""SELECT {by}, {expr} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND truth.topics <> "
            f"'{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE truth.topics = '{topic}' "
            f"AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


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
FEB_JUN_26 = ("2026-02-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
WET_25 = ("2025-05-01", "2025-10-31")
Q1_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
MAR_26, FEB_26 = month(2026, 3), month(2026, 2)
(PAGE, BOOKING, DSD_BOOK, AOW_BOOK, TRIP_PAGE, TRIP_BOOK, MEDICAL, CLEAR, ELEARN, POOL, OWD, CERT, AOW_CERT, DSD,
 CHECKIN, FUN, WEATHER, RENTAL, REF_REQ, REF_OK, REF_PAID) = (
    "tp_course_page", "tp_booking", "tp_dsd_booking", "tp_aow_booking", "tp_trip_page", "tp_trip_booking",
    "tp_medical_form", "tp_doctor_clearance", "tp_elearning", "tp_pool", "tp_ow_dives", "tp_cert", "tp_aow_cert",
    "tp_dsd_dive", "tp_checkin", "tp_fun_dive", "tp_weather_cancel", "tp_rental", "tp_refund_request",
    "tp_refund_approved", "tp_refund_paid")
REFUND_T = _like("f.text", ["退款还没到账", "退款太慢", "退款拖了", "refund still not", "refund is taking",
                            "waiting for my refund"])
WEATHER_T = _like("f.text", ["临时取消", "天气原因取消", "cancelled last minute", "cancelled due to weather",
                             "trip got cancelled last minute"])
FORM_T = _like("f.text", ["问卷提交不了", "问卷打不开", "问卷一直提交失败", "medical form won't submit",
                          "medical questionnaire keeps crashing", "couldn't submit the medical"])
CROWD_T = _like("f.text", ["船上人太多", "带太多人", "人挤人", "overcrowded", "too many divers", "too crowded"])
NOCN_T = _like("f.text", ["没有中文教练", "不会说中文", "听不懂英文"])
ELEARN_T = _like("f.text", ["网课太长", "网课太难", "没时间做网课", "elearning took", "theory videos were too long"])
RENTAL_T = _like("f.text", ["漏水", "rental regulator", "rental gear was"])
SEASICK_T = _like("f.text", ["晕船", "seasick"])
PRICE_T = _like("f.text", ["价格偏高", "太贵", "overpriced", "too expensive"])
INSTR_T = _like("f.text", ["教练很耐心", "教练超级专业", "very patient", "great instructor"])
MARINE_T = _like("f.text", ["沙丁鱼", "海龟", "sardine", "turtle"])
TOPICS = ((REFUND_T, "refund_slow"), (WEATHER_T, "weather_cancel"), (FORM_T, "form_bug"), (CROWD_T, "overcrowded"),
          (NOCN_T, "no_chinese"), (ELEARN_T, "elearning"), (RENTAL_T, "rental_gear"), (SEASICK_T, "seasick"),
          (PRICE_T, "price"), (INSTR_T, "instructor"), (MARINE_T, "marine_life"))
SURVEY = "f.channel = 'post_dive_survey'"
NPS = "f.channel = 'nps_survey'"
CEBU = "e.city = 'cebu'"


def gold():
    klook = "c.acquisition_channel = 'klook'"
    return {
        # ---- funnels
        "sc01": lambda: conv("ow_course", *Y25),
        "sc02": lambda: top_lost("ow_course", *Y25),
        "sc03": lambda: rank_rate(BOOKING, CERT, *Y25, by="c.acquisition_channel", min_n=30, lowest=True, margin=1.5),
        "sc04": lambda: rate(BOOKING, ELEARN, *Y25, klook),
        "sc05": lambda: rate(BOOKING, ELEARN, *Y25, "c.acquisition_channel <> 'klook'"),
        "sc06": lambda: conv("ow_course", *Y25, cond=klook),
        "sc07": lambda: conv("ow_course", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "sc08": lambda: conv("fun_dive", *Y25),
        "sc09": lambda: top_lost("fun_dive", *Y25),
        "sc10": lambda: rate(TRIP_BOOK, MEDICAL, *MAR_26),
        "sc11": lambda: rate(TRIP_BOOK, MEDICAL, *FEB_26),
        "sc12": lambda: rate(TRIP_BOOK, MEDICAL, *MAR_26, "a.device = 'android'"),
        "sc13": lambda: rank_rate(TRIP_BOOK, MEDICAL, *MAR_26, by="a.device", lowest=True, margin=1.3),
        "sc14": lambda: feedback_ids(FORM_T),
        "sc15": lambda: conv("try_dive", *Y25),
        "sc16": lambda: events_share(MEDICAL, "e.medical_result = 'referred'", *Y25),
        "sc17": lambda: conv("advanced", *H1_26),
        "sc18": lambda: conv("gear_shop", *Y25),
        "sc19": lambda: top_lost("gear_shop", *Y25),
        "sc20": lambda: top_orders("o.gear_item", *ALL, "o.order_type = 'gear'", margin=1.4),
        # ---- weather & refunds
        "sc21": lambda: rank_rate(TRIP_BOOK, WEATHER, *Q3_25, by="a.centre", margin=1.4),
        "sc22": lambda: rate(TRIP_BOOK, WEATHER, *WET_25, "a.centre = 'phuket'"),
        "sc23": lambda: rate(TRIP_BOOK, WEATHER, "2025-11-01", "2025-12-31", "a.centre = 'phuket'"),
        "sc24": lambda: events_at(WEATHER, *month(2025, 8)),
        "sc25": lambda: step_time(REF_REQ, REF_PAID, *FEB_JUN_26, "a.city = 'cebu'", agg="avg"),
        "sc26": lambda: step_time(REF_REQ, REF_PAID, *FEB_JUN_26, "a.centre = 'phuket'", agg="avg"),
        "sc27": lambda: top_step_time(REF_REQ, REF_PAID, *H1_26, by="a.city", margin=2.0),
        "sc28": lambda: conv("weather_refund", *H1_26, ev_cond="e.city = 'cebu'"),
        # ---- money
        "sc29": lambda: orders(*Y25),
        "sc30": lambda: orders(*Y25, "o.centre = 'phuket'", expr="o.amount_local"),
        "sc31": lambda: orders(*Q1_26, "o.city = 'cebu'", expr="o.amount_local"),
        "sc32": lambda: top_orders('o."潜水中心"', *Y25, margin=1.3),
        "sc33": lambda: top_orders("o.order_type", *H1_26, margin=1.3),
        "sc34": lambda: orders_change(Q1_25, Q1_26),
        "sc35": lambda: orders_avg(*Y25, "o.order_type = 'ow_course'"),
        "sc36": lambda: orders(*Y25, "o.order_type = 'fun_dive' AND o.refund_reason = 'weather'", status="refunded"),
        "sc37": lambda: orders(*Y25, "o.order_type = 'rental' AND o.centre = 'sanya'"),
        "sc38": lambda: per_customer(*Y25),
        "sc39": lambda: orders_count(*MAR_26, "o.status = 'cancelled'"),
        "sc71": lambda: orders_change(H1_25, H2_25),
        # ---- volumes
        "sc40": lambda: events_at(FUN, *month(2025, 10), "e.centre = 'sanya'"),
        "sc41": lambda: events_at(CERT, *Y25),
        "sc42": lambda: top_events_count(CERT, "e.agency", *Y25, margin=1.5),
        "sc43": lambda: events_change(DSD_BOOK, Q1_25, Q1_26),
        "sc44": lambda: events_at(TRIP_BOOK, "2026-04-06", "2026-04-12"),
        "sc70": lambda: events_at(BOOKING, *month(2026, 6)),
        # ---- customers
        "sc46": lambda: customers_count("c.region = 'korea'"),
        "sc47": lambda: customers_share("c.acquisition_channel = 'klook'"),
        "sc48": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "sc49": lambda: top_customers("c.region", margin=2.0),
        # ---- feedback
        "sc50": lambda: fb_topic_count(REFUND_T),
        "sc51": lambda: fb_topic_count(REFUND_T, _in("f.ts", *Q2_26)),
        "sc52": lambda: fb_topic_count(REFUND_T, _in("f.ts", *Q1_26)),
        "sc53": lambda: feedback_ids(f"{REFUND_T} AND f.city = 'cebu'"),
        "sc54": lambda: top_fb_count('f."潜水中心"', CROWD_T, margin=3.0),
        "sc55": lambda: fb_topic_count(f"{CROWD_T} AND f.centre = 'phuket'", _in("f.ts", "2025-11-01", "2026-06-30")),
        "sc56": lambda: fb_topic_count(NOCN_T),
        "sc57": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "sc58": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND f.rating IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "sc59": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "sc60": lambda: nps_score(f"{NPS} AND {_in('f.ts', *Y25)}"),
        "sc61": lambda: top_fb_count("f.instructor", INSTR_T, margin=1.5),
        "sc62": lambda: fb_topic_count(f"{RENTAL_T} AND f.centre = 'sanya'"),
        "sc63": lambda: fb_avg("f.channel = 'tripadvisor'"),
        "sc64": lambda: fb_avg("f.channel = 'dianping'"),
        "sc65": lambda: fb_count("f.ts IS NULL"),
        "sc66": lambda: fb_avg(f"{SURVEY} AND f.centre = 'phuket' AND {_in('f.ts', '2025-11-01', '2026-06-30')}"),
        "sc67": lambda: feedback_ids(f"{CROWD_T} AND f.centre = 'phuket'"),
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
