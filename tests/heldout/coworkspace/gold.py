"""Gold answers for the 聚点 HubDesk coworking held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 14 d, visit 7 d, membership
  90 d, refund 30 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people
  (the loss between step k and k+1 is attributed to step k). Funnels split by a customer attribute filter the
  step-1 people by that attribute; a drop-off rate between two steps = 1 - reached(k+1) / reached(k);
- a booking = one `session_id` (BK000123): booking, payment, cancellation, refund, failed QR scans, check-in,
  workspace use, add-ons, check-out, rating. Monthly-plan desk visits are sessions PV000123 (check-in, workspace,
  add-ons, check-out, rating; no booking or payment), plans are sessions MP00123 (upgrade, renewals). A paid
  booking = a `tp_pay` event; cancelled = the booking has a `tp_cancel`; no-show = a paid, not cancelled booking
  without `tp_checkin`; no-show rate = no-shows / paid, not cancelled bookings, by the booked date (`slot_start`)
  unless the question says otherwise. Device = the member's phone (`events.device`, the same on all their events);
  booking channel = `events.channel` of the payment (app, mini_program, meituan);
- per-booking rates count bookings whose first event at the named step is in the period (by its date); the later
  event is looked for in the same session at any time; "check-ins that bought a coffee" = check-in sessions with a
  coffee `tp_addon` (plan visits included);
- times between steps = per session, first B ts - first A ts, the period by the date of A; in days (fractional;
  the tolerance also covers whole calendar days) or hours when the question asks; "more than X days" is strict.
  Sign-up to first payment = per customer, first `tp_pay` - `tp_signup`, customers who signed up in the period and
  ever paid;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = every
  paid order (bookings, monthly plans and renewals, add-ons, late-cancellation fees); refunds = `refund_amount` of
  `tp_refund` events by refund date; spend per paying member = paid amount / customers with >= 1 paid order in the
  period; late-cancellation fee = `late_cancel_fee` orders; "members" = customers with `signup_at`;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (centre, 会员身份, 行业, 城市, 产品), en ones against centre_en / member_type / industry / region /
  product_type / touchpoint_id; channels and other untranslated values are the raw values;
- feedback: "all data" includes undated rows; negative share = `sentiment_label = 'neg'` over rows dated in the
  period; topic counts by text markers with a 5 % tolerance (cross-checked against _truth/feedback_truth.csv);
  rating by step = feedback.touchpoint_id over rows with a rating; app ratings = channel `app_rating`; survey NPS =
  `nps` (0-10) of channel `survey`;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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


def conv(journey, start, end, cond="1=1", frm=0, to=-1, drop=False, unbounded_only=False):
    """reached(to) / reached(frm) (or 1 - that with drop=True); tolerance covers the bounded reading unless the
    question says that later steps count even after the period end (unbounded_only)."""
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        v = c[to] / c[frm]
        vals.append(1 - v if drop else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_conv(journey, start, end, by, to=-1, min_n=30, margin=1.2):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[to] / c[0], c[0]))
        rows.sort(key=lambda r: -r[1])
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _has(tp, cond="1=1"):
    return f"(SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{tp}' AND ({cond}))"


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", b_cond="1=1",
              by_slot=False):
    """share of sessions with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    period = _in("a.slot_start", start, end) if by_slot else _in("a.t", start, end)
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN {_has(b_tp, b_cond)} b USING (session_id)
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {period} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, b_cond="1=1", by_slot=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing, b_cond=b_cond, by_slot=by_slot)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


NOT_CANCELLED = f"a.session_id NOT IN {_has('tp_cancel')}"


def noshow(start, end, cond="1=1"):
    return rate("tp_pay", "tp_checkin", start, end, f"{NOT_CANCELLED} AND ({cond})", missing=True, by_slot=True)


def noshow_rank(start, end, by, min_paid, margin=1.3):
    """highest no-show rate among groups with >= min_paid paid, not cancelled bookings for dates in the period."""
    rows = sess_rate("tp_pay", "tp_checkin", start, end, NOT_CANCELLED, missing=True, by=by, by_slot=True)
    big = [r for r in rows if r[2] >= min_paid]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # the minimum size matters: a small centre tops the raw list
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day"):
    div = 86400.0 if unit == "day" else 3600.0
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {div}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit == "day":
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
        return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def signup_to_pay(start, end, agg="median"):
    base = f"""FROM (SELECT customer_id, min(ts) s FROM events WHERE touchpoint_id = 'tp_signup' GROUP BY 1) a
               JOIN (SELECT customer_id, min(ts) p FROM events WHERE touchpoint_id = 'tp_pay' GROUP BY 1) b
               USING (customer_id) WHERE {_in('a.s', start, end)} AND b.p > a.s"""
    v = one(f"SELECT {agg}(epoch(b.p - a.s) / 86400.0) {base}")
    w = one(f"SELECT {agg}(date_diff('day', a.s::DATE, b.p::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def per_visitor(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


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


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond, topic=None, scope="1=1"):
    """comments matching the markers `cond` within `scope`; the markers must agree with the generator's truth."""
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND ({scope})")
    if topic:
        t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
        m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
        assert t == 0 and m == 0, (topic, t, m)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.15, lowest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
QR_BUG = ("2025-07-14", "2025-08-24")
NEG = "f.sentiment_label = 'neg'"
MEMBERS = "c.signup_at IS NOT NULL"
WIFI_T = _like("f.text", ["网速", "wifi", "wi-fi", "断网", "internet"])
NOISE_T = _like("f.text", ["吵", "噪音", "noisy", "noise", "loud"])
CLEAN_T = _like("f.text", ["干净", "明亮", "采光", "clean", "bright", "natural light"])
DOUBLE_T = _like("f.text", ["重复预订", "被别人占", "被占用", "double-book", "double book", "already occupied"])
COFFEE_T = _like("f.text", ["咖啡", "coffee"])
QR_T = _like("f.text", ["二维码", "扫码", "qr"])
PRICE_T = _like("f.text", ["贵", "价格", "pricey", "expensive", "price"])
REFUND_SLOW_T = (_like("f.text", ["退款", "refund"]) + " AND " +
                 _like("f.text", ["还没", "太慢", "等了", "still", "forever", "waiting"]))


def gold():
    return {
        # ---- funnels (people)
        "cw01": lambda: conv("onboarding", *Y25),
        "cw02": lambda: top_lost("onboarding", *Q3_25),
        "cw03": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'app_store'"),
        "cw04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'meituan'"),
        "cw05": lambda: top_conv("onboarding", *Y25, by="c.acquisition_channel", margin=1.1),
        "cw06": lambda: conv("membership", *H1_25, to=1, unbounded_only=True),
        "cw07": lambda: conv("membership", *H1_25, to=2, unbounded_only=True),
        "cw08": lambda: top_conv("membership", *Y25, by='c."会员身份"', to=1, margin=1.2),
        "cw09": lambda: conv("visit", *month(2025, 10), unbounded_only=True),
        "cw10": lambda: conv("visit", *Q1_26, frm=1, to=2, drop=True),
        # ---- per booking
        "cw11": lambda: noshow(*QR_BUG, "a.device = 'android'"),
        "cw12": lambda: noshow(*QR_BUG, "a.device = 'ios'"),
        "cw13": lambda: noshow_rank(*Q2_26, by="a.centre", min_paid=150),
        "cw14": lambda: noshow(*Q2_26, "a.centre_id = 'SZ4'"),
        "cw15": lambda: noshow(*Y25, "a.channel = 'meituan'"),
        "cw16": lambda: noshow(*Y25, "a.channel = 'app'"),
        "cw17": lambda: rate("tp_pay", "tp_cancel", *Y25),
        "cw18": lambda: events_share("tp_cancel", "e.late_cancel", *Y25),
        "cw19": lambda: rate("tp_checkin", "tp_addon", *Q4_25, "a.centre_id = 'HZ4'", b_cond="addon_type = 'coffee'"),
        "cw20": lambda: rate("tp_checkin", "tp_addon", *Q3_25, "a.centre_id = 'HZ4'", b_cond="addon_type = 'coffee'"),
        "cw21": lambda: events_at("tp_refund", "2025-09-01", "2025-11-30",
                                  "e.refund_reason = 'double_booked' AND e.centre_id = 'SH2'"),
        # ---- times between steps
        "cw23": lambda: step_time("tp_book", "tp_checkin", *Y25, "a.product_type = 'meeting_room'", unit="hour"),
        "cw24": lambda: step_time("tp_cancel", "tp_refund", *Y25, "b.payment_method = 'corporate_account'",
                                  agg="avg"),
        "cw25": lambda: step_time("tp_cancel", "tp_refund", *Y25, "b.payment_method = 'wechat_pay'", agg="avg"),
        "cw26": lambda: step_time_share("tp_cancel", "tp_refund", *Y25, 3),
        "cw27": lambda: signup_to_pay(*Y25),
        "cw28": lambda: step_time("tp_checkin", "tp_checkout", *Q1_26, "a.centre_id = 'SZ1'", agg="avg", unit="hour"),
        "cw29": lambda: step_time("tp_checkin", "tp_checkout", *Q4_25, "a.centre_id = 'SZ1'", agg="avg", unit="hour"),
        # ---- money
        "cw30": lambda: orders(*month(2025, 10)),
        "cw31": lambda: orders(*Q3_25, cond="o.order_type = 'meeting_room'"),
        "cw32": lambda: orders(*Q4_25, cond="o.order_type = 'meeting_room'"),
        "cw33": lambda: orders_change(H1_25, H1_26),
        "cw34": lambda: top_orders("o.order_type", *Y25, cond="o.order_type IN ('day_pass', 'desk', 'meeting_room')",
                                   margin=1.5),
        "cw35": lambda: top_orders('o."城市"', *Y25, margin=1.2),
        "cw36": lambda: orders(*H1_26, cond="o.order_type IN ('monthly_plan', 'renewal')"),
        "cw38": lambda: events_sum("tp_refund", "e.refund_amount", *month(2025, 11)),
        "cw39": lambda: orders(*Q4_25, cond="o.order_type = 'late_cancel_fee'"),
        # ---- per customer
        "cw40": lambda: per_customer(*Y25),
        "cw41": lambda: top_per_customer('c."行业"', *Y25, min_n=50, margin=1.1),
        "cw43": lambda: per_visitor("tp_checkin", *Y25),
        "cw44": lambda: events_avg("tp_pay", "e.hours", *Y25,
                                   "e.product_type = 'meeting_room' AND c.member_type = 'startup'"),
        # ---- volumes / trends
        "cw45": lambda: events_at("tp_checkin", "2025-03-03", "2025-03-09"),
        "cw46": lambda: events_at("tp_checkin", *month(2025, 9)),
        "cw47": lambda: events_change("tp_checkin", Q3_25, Q4_25),
        "cw48": lambda: events_at("tp_signup", *month(2025, 10)),
        "cw49": lambda: events_at("tp_signup", *month(2026, 5)),
        "cw50": lambda: events_at("tp_upgrade", *Q1_26),
        # ---- customers
        "cw52": lambda: customers_share("c.member_type = 'student'", MEMBERS),
        "cw54": lambda: top_customers("c.acquisition_channel", MEMBERS, margin=1.2),
        # ---- feedback
        "cw56": lambda: fb_topic_count(WIFI_T, "wifi"),
        "cw57": lambda: top_fb_count("f.centre_en", WIFI_T, margin=2.0),
        "cw58": lambda: top_fb_count("f.centre_en", NOISE_T, margin=2.0),
        "cw59": lambda: fb_topic_count(DOUBLE_T, "double_booked"),
        "cw60": lambda: top_fb_count("f.centre", DOUBLE_T, margin=3.0),
        "cw61": lambda: fb_topic_count(COFFEE_T, "coffee_bad",
                                       scope=f"f.centre_id = 'HZ4' AND f.ts >= DATE '2025-10-01'"),
        "cw62": lambda: feedback_ids(f"{CLEAN_T} AND f.centre_id = 'SH3'"),
        "cw63": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "cw64": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "cw65": lambda: fb_avg(f"f.channel = 'app_rating' AND {_in('f.ts', *Y25)}"),
        "cw66": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cw67": lambda: rank_fb_avg("f.centre_en", f"f.channel = 'app_rating' AND {_in('f.ts', *Q1_26)}", 30,
                                    margin=0.3),
        "cw68": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 2))),
        "cw70": lambda: fb_topic_count(REFUND_SLOW_T, "refund_slow"),
        "cw71": lambda: fb_topic_count(QR_T, "qr"),
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
