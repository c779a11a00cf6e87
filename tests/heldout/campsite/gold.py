"""Gold answers for the 野营地 WildPitch held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, stay 60 d, weather 14 d,
  aftercare 7 d, rebook 120 d); rates are per customer ("users" = people = customer_id); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step
  k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a booking = one `session_id` (BK000123): [tp_rebook,] tp_book, tp_pay_fail (0..n), tp_deposit, tp_weather_alert,
  tp_cancel / tp_refund, tp_balance, tp_arrive, tp_checkin, tp_gear (one per rented item), tp_activity (0..n),
  tp_checkout, tp_review. Per-booking rates count bookings whose first event at the named step A falls in the period
  (by its date) and look for step B in the same booking at any time; booking attributes (site, 省份 / province,
  营位类型 / pitch_type, booking_channel, device, weekend_stay) are read from the step-A event;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; minutes or
  days as the question asks (days fractional; the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` (refunded deposits / stargazing tickets are no revenue), by order ts; revenue =
  deposits + balances + gear rental + activity tickets; pitch revenue = deposits + balances; refunds =
  `refund_amount` of `tp_refund` events by refund date; forfeited deposits = paid deposit orders of bookings with a
  tp_cancel (no refund) by the cancellation date; spend per paying customer = paid amount / customers with >= 1 paid
  order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (site, 省份, 营位类型, 出行类型, 获客渠道, 常住城市, 会员等级), en ones against site_en / province /
  pitch_type / party_type / acquisition_channel / region / ota_platform / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_review`; Ctrip ratings = `ctrip_review`; rating by step =
  feedback.touchpoint_id over rows with a rating; 1-2 stars = negative when the question says so; NPS = survey
  `nps` (0-10), the mean unless the question says NPS (promoters 9-10 minus detractors 0-6);
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


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25, cond="1=1"):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
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


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------
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


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- campsite specifics ----------

def forfeited(start, end):
    v = one(f"""SELECT sum(o.amount) FROM orders o WHERE o.order_type = 'deposit' AND o.status = 'paid'
                AND o.booking_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_cancel'
                                     AND {_in('ts', start, end)})""")
    return _money(v)


def gear_per_checkin(start, end):
    g = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND order_type = 'gear_rental' "
            f"AND {_in('o.ts', start, end)}")
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_checkin' AND {_in('ts', start, end)}")
    v = float(g) / n
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2025-01-01", "2026-08-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
PAY_BUG = ("2025-09-22", "2025-10-20")
DISCOVER, VIEW, BOOK, PAY_FAIL, DEPOSIT, ALERT, CANCEL, REFUND, BALANCE, ARRIVE, CHECKIN, GEAR, ACTIVITY, CHECKOUT, \
    REVIEW, REBOOK = ("tp_discover", "tp_site_view", "tp_book", "tp_pay_fail", "tp_deposit", "tp_weather_alert",
                      "tp_cancel", "tp_refund", "tp_balance", "tp_arrive", "tp_checkin", "tp_gear", "tp_activity",
                      "tp_checkout", "tp_review", "tp_rebook")
APP = "f.channel = 'app_review'"
PITCH_REV = "o.order_type IN ('deposit', 'balance')"
WEATHER_C = "cancel_reason = 'weather'"
MOSQUITO_T = _like("f.text", ["蚊子", "mosquito"])
HOTWATER_T = _like("f.text", ["热水", "hot water"])
QUEUE_T = _like("f.text", ["排队", "queue"])
POWER_T = _like("f.text", ["电桩", "power hookup", "no power"])
LEAK_T = _like("f.text", ["漏水", "leak"])
DEPOSIT_T = _like("f.text", ["定金", "deposit"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "refund still", "refund is taking"])
PAYFAIL_T = _like("f.text", ["支付失败", "付款失败", "payment failed"])
STARS_T = _like("f.text", ["星空", "银河", "starry sky", "milky way"])
COLD_T = _like("f.text", ["太冷", "冻", "freezing", "too cold"])
BBQ_T = _like("f.text", ["烧烤", "bbq"])
SCENERY_T = _like("f.text", ["风景", "scenery"])


def gold():
    return {
        # ---- funnels / conversion
        "cs01": lambda: conv("booking", *Y25),
        "cs02": lambda: top_lost("booking", *Q3_25),
        "cs03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "cs04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'friend'"),
        "cs05": lambda: conv("stay", *H1_25, unbounded_only=True),
        "cs06": lambda: conv("weather", *Y25),
        "cs07": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "cs08": lambda: rank_conv("rebook", *Y25, by='c."出行类型"', margin=1.15, unbounded_only=True),
        "cs09": lambda: rank_conv("rebook", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15,
                                  unbounded_only=True),
        "cs10": lambda: rate(BOOK, PAY_FAIL, *PAY_BUG, "a.device = 'android' AND a.booking_channel = 'app'"),
        "cs11": lambda: rate(BOOK, PAY_FAIL, *PAY_BUG, "a.device = 'ios' AND a.booking_channel = 'app'"),
        "cs12": lambda: rate(BOOK, DEPOSIT, *Y25),
        "cs13": lambda: rank_rate(DEPOSIT, CANCEL, *ALL, by="a.site", b_cond=WEATHER_C, min_n=200, margin=1.2,
                                  trap=True),
        "cs14": lambda: rate(DEPOSIT, CANCEL, *ALL, "a.site_id = 'HB02'", b_cond=WEATHER_C),
        "cs15": lambda: rate(DEPOSIT, CANCEL, *Y25, "a.site_id = 'FJ01'", b_cond=WEATHER_C),
        "cs16": lambda: rate(CHECKOUT, REVIEW, *Y25),
        # ---- times between steps
        "cs17": lambda: step_time(ARRIVE, CHECKIN, *Q4_25, unit="minutes"),
        "cs18": lambda: step_time(ARRIVE, CHECKIN, *Q4_25, "a.site_id = 'ZJ03'", unit="minutes"),
        "cs19": lambda: top_step_time(ARRIVE, CHECKIN, *Y25, by="a.site_en", cond="a.weekend_stay = 1"),
        "cs21": lambda: step_time(CANCEL, REFUND, *Y25, "a.booking_channel = 'ota'", agg="avg"),
        "cs22": lambda: step_time(CANCEL, REFUND, *Y25, "a.booking_channel = 'app'", agg="avg"),
        # ---- money
        "cs24": lambda: orders(*Q3_25),
        "cs25": lambda: orders(*month(2025, 10)),
        "cs26": lambda: orders(*month(2025, 9)),
        "cs27": lambda: orders(*month(2025, 10), "o.order_type = 'gear_rental'"),
        "cs28": lambda: orders_change(H1_25, H1_26),
        "cs29": lambda: orders(*H2_25, "o.order_type = 'activity'"),
        "cs30": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "cs31": lambda: top_orders('o."省份"', *Y25, PITCH_REV, margin=1.1),
        "cs32": lambda: top_orders("o.pitch_type", *Y25, PITCH_REV, margin=1.1),
        "cs33": lambda: top_orders("o.ota_platform", *Y25, PITCH_REV),
        "cs34": lambda: per_customer(*Y25),
        "cs35": lambda: per_customer(*Y25, "c.\"出行类型\" = '亲子家庭'"),
        "cs36": lambda: top_per_customer("c.party_type", *Y25, min_n=100),
        "cs37": lambda: forfeited(*Y25),
        "cs38": lambda: gear_per_checkin(*Y25),
        # ---- volumes / trends
        "cs39": lambda: events_at(DEPOSIT, "2025-07-07", "2025-07-13"),
        "cs40": lambda: events_at(DEPOSIT, *month(2026, 5)),
        "cs41": lambda: events_at(DEPOSIT, *month(2025, 5)),
        "cs44": lambda: events_change(CHECKIN, Q3_25, Q4_25),
        "cs45": lambda: events_at(CHECKIN, "2025-10-01", "2025-10-07"),
        # ---- customers
        "cs47": lambda: customers_share("c.party_type = 'outdoor_club'"),
        "cs48": lambda: customers_count("c.region = 'Beijing' AND c.tier = 'gold'"),
        "cs50": lambda: top_customers('c."常住城市"', "c.\"常住城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "cs52": lambda: fb_topic_count(MOSQUITO_T, "mosquito"),
        "cs53": lambda: top_fb_count("f.site_en", MOSQUITO_T, margin=2.0),
        "cs54": lambda: fb_avg(f"{APP} AND f.site_id = 'ZJ02' AND {_in('f.ts', '2025-06-01', '2025-09-30')}", tol=0.03),
        "cs55": lambda: fb_avg(f"{APP} AND f.site_id = 'YN01' AND {_in('f.ts', *Y25)}", tol=0.03),
        "cs56": lambda: fb_topic_count(HOTWATER_T, "hot_water"),
        "cs57": lambda: top_fb_count("f.site", HOTWATER_T, margin=2.0),
        "cs59": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cs60": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "cs61": lambda: rank_fb_avg('f."营位类型"', f"{APP} AND {_in('f.ts', *Y25)}", 50, margin=0.3, highest=True),
        "cs62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cs63": lambda: fb_topic_count(DEPOSIT_T, "deposit", period=_in("f.ts", *H2_25)),
        "cs64": lambda: feedback_ids(LEAK_T),
        "cs66": lambda: fb_topic_count(STARS_T, "stars"),
        "cs67": lambda: fb_avg("f.channel = 'ctrip_review'", tol=0.03),
        "cs68": lambda: fb_topic_count(QUEUE_T, "checkin_queue", period=_in("f.ts", *Y25)),
        "cs69": lambda: fb_nps(_in("f.ts", *H1_26)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((POWER_T, "power"), (LEAK_T, "tent_leak"), (REFUND_T, "refund_slow"),
                        (PAYFAIL_T, "pay_fail"), (COLD_T, "cold"), (BBQ_T, "bbq_pricey"), (SCENERY_T, "scenery")):
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
