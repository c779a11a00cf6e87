"""Gold answers for the 海湾通 BayPass transit-card held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 14 d, monthly_pass 7 d, refund
  30 d, lost_card 30 d, service_ticket 15 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not). A failed real-name attempt is still an event at tp_realname
  (the person reached that step). "Where do we lose the most" = the step whose next step is not reached by the most
  people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute
  (phone_os, fare_type / 票种, id_type) filters the step-1 people by that attribute as stored;
- a ride = one tp_ride event (session_id R0000123); the first ride of a rider is a tp_ride too, and the
  tp_first_ride milestone sits 1 s after it in the same session (ride counts are tp_ride; their tolerance also
  covers adding the milestones); its gate / validator errors are the tp_gate_error events with the
  same session_id (E101 insufficient balance, E102 code expired, E203 QR not read, E305 double charge, E401 / E402
  card not read). Gate error rate = rides with >= 1 gate error / rides, period by the ride's date, attributes
  (station, line, mode) from the ride. Error-code counts count tp_gate_error events;
- top-up failure rate = tp_topup events with action `fail` / all tp_topup events (every attempt is an event with
  its own session_id), by `topup_channel`; real-name failure rate = tp_realname `fail` / all tp_realname attempts;
- times between steps = per session (lost card LC…, refund RF…, ticket T…): first B ts - first A ts, period by the
  date of A, attributes from A (service_center, refund_channel, ticket_category); download -> first ride is per
  customer (no window). Ticket handling hours may also be read from `resolution_hours` (the same number);
- money = orders with status `paid` by order ts (refunded and cancelled orders are no revenue); top-up amount =
  order_type topup; monthly pass revenue = order_type monthly_pass; replacement fees = replacement_fee; per paying
  customer = paid amount / customers with >= 1 such paid order in the period; refunds paid out = `refund_amount`
  of tp_refund_done by completion date;
- customer attributes as stored (state at the end of the data); "registered users" = customers with signup_at;
  zh questions are checked against the Chinese twins (票种, 线路, 站点, 充值渠道, 支付渠道, 失败原因, 工单类型, 工单渠道,
  服务网点, 获客渠道), en ones against the English values (fare_type, line, station, topup_channel, service_center,
  acquisition_channel, app_version, touchpoint_id); error codes (E203) are the same in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `in_app_rating`; app store reviews = `app_review`; rating by
  step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS score
  = share 9-10 minus share 0-6 of survey `nps` (a fraction);
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (ride / lost card / refund / ticket) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate_rows(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate_rows(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_sess_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.3):
    rows = [r for r in sess_rate_rows(a_tp, b_tp, start, end, cond, b_cond, by=by) if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="avg", unit="hours", margin=1.3, min_n=1):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v, count(*) {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def cust_time(a_tp, b_tp, start, end, agg="median", unit="days"):
    """per customer: first a_tp in the period -> first b_tp after it (any time)."""
    sql = f"""FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND {_in('ts', start, end)}
                   GROUP BY 1) a JOIN LATERAL (SELECT min(ts) t FROM events e WHERE e.customer_id = a.customer_id
                   AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t) b ON true WHERE b.t IS NOT NULL"""
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {sql}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {sql}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def rides_count(start, end):
    """tp_ride events; the tolerance also covers counting the tp_first_ride milestones (same ride, +1 s) as rides."""
    n = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{RIDE}' AND {_in('e.ts', start, end)}")
    m = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{FIRST_RIDE}' AND {_in('e.ts', start, end)}")
    return dict(value=n, tolerance=m + 0.5)


def passes_bought(start, end):
    """tp_pass_buy events (new + renewals, incl. passes refunded later); the tolerance also covers paid-only orders."""
    n = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{PASS_BUY}' AND {_in('e.ts', start, end)}")
    m = one(f"SELECT count(*) FROM orders o WHERE order_type = 'monthly_pass' AND status = 'paid' "
            f"AND {_in('o.ts', start, end)}")
    return dict(value=n, tolerance=abs(n - m) + 0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.3, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders_sum(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


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
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def rank_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-08-31")
BUG = ("2026-03-10", "2026-04-19")
MAR_APR_26 = ("2026-03-01", "2026-04-30")
EXPO = ("2025-09-01", "2025-11-30")
BUS86 = ("2026-05-15", "2026-08-31")
(DOWNLOAD, REGISTER, REALNAME, BIND, TOPUP, FIRST_RIDE, RIDE, GATE_ERR, PASS_VIEW, PASS_BUY, REFUND_REQ, REFUND_DONE,
 LOST, REPLACE, TICKET, TICKET_CLOSED, RATE) = (
    "tp_download", "tp_register", "tp_realname", "tp_bind_card", "tp_topup", "tp_first_ride", "tp_ride",
    "tp_gate_error", "tp_pass_view", "tp_pass_buy", "tp_refund_req", "tp_refund_done", "tp_lost_report",
    "tp_replace_card", "tp_ticket", "tp_ticket_closed", "tp_rate")
FAIL = "e.action = 'fail'"
IN_APP = "f.channel = 'in_app_rating'"
MARKERS = {
    "face_fail": ["人脸识别", "刷脸", "face verification", "face scan"],
    "passport": ["护照", "passport"],
    "topup_fail": ["充值失败", "没到账", "top-up failed", "not credited"],
    "gate_qr": ["闸机", "gate"],
    "double_charge": ["扣了两次", "重复扣费", "charged twice", "double charged"],
    "slow_replace": ["补卡", "replacement card"],
    "slow_refund": ["退款", "退余额", "refund"],
    "pass_price": ["涨价", "太贵", "went up", "price hike"],
    "app_crash": ["闪退", "crash"],
    "senior_ui": ["字太小", "太复杂", "font is too small", "too complicated"],
    "invoice": ["发票", "invoice"],
    "lost_report": ["挂失", "lost my card"],
    "convenient": ["很方便", "super convenient"],
    "service": ["耐心", "patient"],
    "pass_value": ["很划算", "great value"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    ride_err = dict(a_tp=RIDE, b_tp=GATE_ERR)
    return {
        # ---- funnels / conversion
        "tc01": lambda: conv("onboarding", *Y25),
        "tc02": lambda: top_lost("onboarding", *MAR_APR_26),
        "tc03": lambda: conv("onboarding", *BUG, cond="c.phone_os = 'android'", unbounded_only=True),
        "tc04": lambda: conv("onboarding", *BUG, cond="c.phone_os = 'ios'", unbounded_only=True),
        "tc05": lambda: rank_conv("onboarding", *Y25, by="c.fare_type", lowest=True, margin=1.15),
        "tc06": lambda: conv("onboarding", *ALL, cond="c.id_type = 'passport'"),
        "tc07": lambda: conv("monthly_pass", *Y25),
        "tc08": lambda: rank_conv("monthly_pass", *H1_26, by='c."票种"', margin=1.3),
        "tc09": lambda: conv("monthly_pass", *H1_26, cond="c.fare_type = 'adult'"),
        "tc10": lambda: conv("monthly_pass", *Y25, cond="c.\"票种\" = '普通票'"),
        "tc11": lambda: conv("lost_card", *Y25),
        "tc13": lambda: conv("service_ticket", *Q2_26),
        # ---- gate / validator errors
        "tc14": lambda: rank_sess_rate(**ride_err, start="2025-10-01", end="2025-10-31", by="a.station",
                                       cond="a.mode = 'metro'", min_n=50, margin=2.0),
        "tc15": lambda: sess_rate(**ride_err, start="2025-10-01", end="2025-10-31", cond="a.station = 'Expo Center'"),
        "tc16": lambda: top_events_count(GATE_ERR, "e.gate_error_code", *EXPO, cond="e.\"站点\" = '会展中心'",
                                         margin=2.0),
        "tc17": lambda: rank_sess_rate(**ride_err, start=BUS86[0], end=BUS86[1], by="a.line", cond="a.mode = 'bus'",
                                       margin=2.0),
        "tc18": lambda: sess_rate(**ride_err, start="2026-06-01", end="2026-06-30", cond="a.\"线路\" = '86路'",
                                  b_cond="gate_error_code = 'E305'"),
        "tc19": lambda: events_count(REFUND_REQ, *month(2026, 7), cond="e.refund_type = 'double_charge'"),
        "tc20": lambda: top_events_count(GATE_ERR, "e.gate_error_code", *H1_26, margin=1.5),
        # ---- top-ups and real-name verification
        "tc21": lambda: events_share(TOPUP, FAIL, *month(2026, 1), cond="e.\"充值渠道\" = '银行卡'"),
        "tc22": lambda: events_share(TOPUP, FAIL, *month(2026, 1), cond="e.topup_channel = 'wechat'"),
        "tc23": lambda: top_events_share(TOPUP, FAIL, 'e."充值渠道"', *Y25, margin=2.0),
        "tc24": lambda: top_events_share(REALNAME, FAIL, "e.app_version", *ALL, cond="e.device = 'android'",
                                         margin=2.0),
        "tc25": lambda: events_share(REALNAME, FAIL, *month(2026, 3), cond="e.device = 'android'"),
        "tc26": lambda: events_share(REALNAME, FAIL, *ALL, cond="e.id_type = 'passport'"),
        "tc27": lambda: top_events_count(REALNAME, 'e."失败原因"', *month(2026, 4), cond=FAIL, margin=1.5),
        # ---- times between steps
        "tc28": lambda: step_time(LOST, REPLACE, *Q2_26, cond="a.service_center = 'Beiwan Service Center'"),
        "tc29": lambda: step_time(LOST, REPLACE, *Q2_26, cond="a.\"服务网点\" = '中心区客服中心'"),
        "tc30": lambda: step_time(REFUND_REQ, REFUND_DONE, *Y25, cond="a.refund_channel = 'bank_card'"),
        "tc31": lambda: step_time(REFUND_REQ, REFUND_DONE, *Y25, cond="a.\"退款渠道\" = '微信支付'", agg="avg",
                                  unit="hours"),
        "tc32": lambda: step_time(TICKET, TICKET_CLOSED, "2026-06-01", "2026-08-31",
                                  cond="a.ticket_category = 'double_charge'", unit="hours"),
        "tc33": lambda: top_step_time(TICKET, TICKET_CLOSED, "2026-05-01", "2026-08-31", by='a."工单类型"',
                                      margin=1.4, min_n=10),
        "tc34": lambda: cust_time(DOWNLOAD, FIRST_RIDE, *Y25),
        # ---- money
        "tc35": lambda: orders_sum(*Y25, cond="o.order_type = 'topup'"),
        "tc36": lambda: orders_sum(*Q1_26, cond="o.order_type = 'monthly_pass'"),
        "tc37": lambda: orders_sum(*month(2026, 7), cond="o.order_type = 'monthly_pass'"),
        "tc38": lambda: orders_sum(*month(2026, 6), cond="o.order_type = 'monthly_pass'"),
        "tc39": lambda: orders_change(quarter(2025, 4), Q1_26,
                                      cond="o.order_type = 'monthly_pass' AND o.fare_type = 'adult'"),
        "tc40": lambda: top_orders('o."支付渠道"', *Y25, cond="o.order_type = 'topup'", margin=1.3),
        "tc41": lambda: orders_sum(*Y25, cond="o.order_type = 'replacement_fee'"),
        "tc42": lambda: per_customer(*H1_26, cond="o.order_type = 'topup'"),
        "tc43": lambda: events_sum(REFUND_DONE, "e.refund_amount", *BUS86, cond="e.refund_type = 'double_charge'"),
        # ---- volumes / trends
        "tc45": lambda: rides_count("2025-10-06", "2025-10-12"),
        "tc46": lambda: rides_count(*month(2026, 2)),
        "tc47": lambda: rides_count(*month(2026, 1)),
        "tc50": lambda: events_change(RIDE, Q1_26, Q2_26),
        "tc51": lambda: top_events_count(RIDE, 'e."线路"', *Y25, cond="e.mode = 'metro'", margin=1.2),
        "tc52": lambda: passes_bought(*month(2025, 9)),
        # ---- customers
        "tc53": lambda: customers_share("c.\"票种\" = '学生票'", "c.signup_at IS NOT NULL"),
        "tc54": lambda: customers_count(f"c.fare_type = 'senior' AND {_in('c.signup_at', *Q2_26)}"),
        "tc55": lambda: top_customers('c."获客渠道"', "c.fare_type = 'senior' AND c.signup_at IS NOT NULL",
                                      margin=1.5),
        # ---- feedback
        "tc57": lambda: fb_count(T["face_fail"]),
        "tc58": lambda: fb_count(T["face_fail"], _in("f.ts", *month(2026, 4))),
        "tc59": lambda: fb_count(T["gate_qr"]),
        "tc60": lambda: top_fb_count("f.service_center", T["slow_replace"], margin=1.5),
        "tc61": lambda: fb_ratio("f.rating <= 2", f"{IN_APP} AND {_in('f.ts', *Y25)}"),
        "tc62": lambda: top_fb_count("f.touchpoint_id", "f.rating <= 2", margin=1.25),
        "tc63": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "tc64": lambda: fb_avg("f.channel = 'app_review'"),
        "tc65": lambda: fb_count(T["pass_price"]),
        "tc66": lambda: fb_count(T["double_charge"]),
        "tc67": lambda: feedback_ids(f"{T['gate_qr']} AND (f.station = 'Expo Center' OR f.text LIKE '%会展中心%' "
                                     f"OR f.text LIKE '%Expo Center%') AND {_in('f.ts', *EXPO)}"),
        "tc69": lambda: top_events_count(TICKET, 'e."工单渠道"', *ALL, cond="c.fare_type = 'senior'", margin=1.5),
    }


def checks():
    """topic markers must match the generator's truth exactly."""
    for topic in MARKERS:
        _check_topic(T[topic], topic)


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
