"""Gold answers for the 云鸽 SkyPigeon held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- funnels follow DATA.md: a customer (person) reaches step k with an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window from their first step-1 event in the period (activation 14 d: sign-up ->
  fee quote -> order placed -> payment; delivery 7 d: order placed -> payment -> take-off -> drop -> pickup; pass 45 d:
  pass page -> pass purchase -> pass renewal; claim 14 d: damage report -> claim decision). Any event at a touchpoint
  counts (a failed payment attempt still reaches tp_pay, a failed drop still reaches tp_drop, a rejected claim still
  reaches tp_claim_decision). Rates are per person; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by it;
- keys: one delivery order = `session_id` DD0000001 (= orders.order_id = events.order_id) on every order step
  (tp_order, tp_pay, tp_schedule, tp_weather_hold, tp_takeoff, tp_battery_swap, tp_drop, tp_redelivery, tp_pickup,
  tp_damage_report, tp_claim_decision); one monthly pass = `session_id` PS00001 (tp_pass_buy, tp_pass_renew,
  tp_pass_lapse). Per-order rates count orders whose first step-A event (with its condition) falls in the period (by
  its date) and look for step B (with its condition) under the same key at any time; attributes are read from the A
  event;
- per-attempt rates: payment failure rate = tp_pay events with action `fail` / all tp_pay events; drop failure rate =
  tp_drop events with action `fail` / all tp_drop events (first drops and re-delivery drops), by the event's date;
  claim approval rate = damage reports (orders) with an `approved` decision / damage reports that have a decision;
  pass renewal rate of a month = tp_pass_renew events / (tp_pass_renew + tp_pass_lapse events) in that month;
- times between steps = per order, first B ts - first A ts (B after A), the period by the date of A; hours or days as
  asked (tolerance also covers whole calendar days for days); waiting time at the pickup point = `wait_hours` of
  tp_pickup (successful drop -> pickup); battery swap time = `swap_minutes`; grounding length = `hold_hours`;
- money = orders with status `paid` (cancelled = unpaid or cancelled during a grounding, refunded = parcel returned to
  the hub after failed drops: no revenue), by order ts; revenue = delivery fees + monthly pass sales (pass-covered
  deliveries are paid orders of amount 0); payouts = `payout` of approved tp_claim_decision events by decision date;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (起降站, 投放点, 换电站, 业务类型, 停飞原因, 失败原因, 拒赔原因, 获客渠道, 省份, 客户类型), en ones against the English
  names (hub, pickup_point, swap_station) or raw codes (acquisition_channel, hold_reason, fail_reason, reject_reason,
  parcel_type, drone_model, touchpoint_id);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); ratings = `rating` 1-5 (in-app order ratings, app store reviews); negative = 1-2 stars;
  NPS = survey `nps` (0-10), NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
VERBOSE = False


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


def show(*a):
    if VERBOSE:
        print("   ", *a)


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
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:3]
    else:
        assert a > b * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events WHERE touchpoint_id IN ({', '.join(repr(s) for s in steps)})"
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
    show(journey, start, end, "bounded" if bounded else "open", cond, counts)
    return counts


def conv(journey, start, end, cond="1=1", step_from=0, step_to=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[step_to] / c[step_from])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, step_to=-1):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[step_to] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        show([(r[0], round(r[1], 3), r[2]) for r in rows])
        _assert_margin(rows, margin, lowest)
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
        show(lost)
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (delivery order / monthly pass) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
                 LEFT JOIN (SELECT DISTINCT session_id AS k FROM events e WHERE touchpoint_id = '{b_tp}'
                            AND ({b_cond})) b ON b.k = a.session_id
                 WHERE {_in('a.t', start, end)} AND ({cond})
                 {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1"):
    r = key_rate(a_tp, b_tp, start, end, cond, a_cond, b_cond)[0]
    show("n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", a_cond="1=1", b_cond="1=1", min_n=30, margin=1.25,
              lowest=False):
    rows = [r for r in key_rate(a_tp, b_tp, start, end, cond, a_cond, b_cond, by=by) if r[2] >= min_n]
    if lowest:
        rows = rows[::-1]
    show([(r[0], round(r[1], 4), r[2]) for r in rows])
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1", b_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp, b_cond)} b ON a.session_id = b.session_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1", agg="median", unit="hours"):
    sec = 3600.0 if unit == "hours" else 86400.0
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {sec}), count(*) {_gap(a_tp, b_tp, start, end, cond, a_cond, b_cond)}")[0]
    tol = max(0.1, v * 0.03)
    if unit == "days":
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) "
                f"{_gap(a_tp, b_tp, start, end, cond, a_cond, b_cond)}")
        show("n =", n, "calendar days", w)
        tol = max(tol, abs(v - w) + 0.05)
    else:
        show("n =", n)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def rank_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.3, min_n=30):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 3600.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, f'{by} IS NOT NULL')} GROUP BY 1 ORDER BY v DESC""")
    rows = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 2), r[2]) for r in rows])
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_agg(tp, expr, start, end, cond="1=1", rel=0.002, absolute=0.05, nd=2):
    v, n = q(f"SELECT {expr}, count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(float(v), nd), tolerance=round(max(absolute, abs(float(v)) * rel), 3))


def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    show([(r[0], round(r[1], 4), r[2]) for r in rows])
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, by, agg, start, end, cond="1=1", margin=1.2, min_n=1):
    rows = q(f"SELECT {by}, {agg} v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY v DESC")
    show([(r[0], round(float(r[1]), 3), r[2]) for r in rows[:5]])
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    return top_events_agg(tp, by, "count(*)", start, end, cond, margin)


def top_month(tp, start, end, cond="1=1", margin=1.1):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def renewal_rate(start, end):
    r, l = q(f"SELECT count(*) FILTER (WHERE touchpoint_id = 'tp_pass_renew'), "
             f"count(*) FILTER (WHERE touchpoint_id = 'tp_pass_lapse') FROM events e "
             f"WHERE {_in('e.ts', start, end)}")[0]
    show("renew", r, "lapse", l)
    return dict(value=round(r / (r + l), 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_count_change(a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_avg(start, end, cond="1=1"):
    v, n = q(f"SELECT avg(o.amount), count(*) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
             f"AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    show(rows[:4])
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


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


def has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.03):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def nps_score(cond):
    v, n = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a")
    rows = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")
ALL = ("2025-01-01", "2026-07-31")
Q2_26, Q3_25, Q4_25 = quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
(SIGNUP, QUOTE, ORDER, PAY, SCHEDULE, HOLD, SWAP, TAKEOFF, DROP, REDELIVER, PICKUP, DAMAGE, CLAIM, PVIEW, PBUY,
 PRENEW, PLAPSE) = ("tp_signup", "tp_quote", "tp_order", "tp_pay", "tp_schedule", "tp_weather_hold",
                    "tp_battery_swap", "tp_takeoff", "tp_drop", "tp_redelivery", "tp_pickup", "tp_damage_report",
                    "tp_claim_decision", "tp_pass_view", "tp_pass_buy", "tp_pass_renew", "tp_pass_lapse")
WEATHER_T = _like("f.text", ["停飞", "grounded"])
AWAY_T = _like("f.text", ["村代不在", "代办点关门", "pickup point was closed", "agent wasn't there"])
DROPF_T = _like("f.text", ["没投下来", "又飞回去了", "couldn't drop", "flew back"])
DAMAGED_T = _like("f.text", ["压坏", "破损", "crushed", "damaged box"])
SPOILED_T = _like("f.text", ["变质", "spoiled", "gone off"])
CLAIMREJ_T = _like("f.text", ["理赔被拒", "不给赔", "claim was rejected", "claim denied"])
CLAIMOK_T = _like("f.text", ["赔付很快", "paid out quickly"])
NOTREK_T = _like("f.text", ["不用下山", "trip down the mountain"])
MED_T = _like("f.text", ["送得及时", "medicine arrived in time"])
AGENTGOOD_T = _like("f.text", ["很热心", "super helpful"])
PASSPRICE_T = _like("f.text", ["29.9"])
PASSGOOD_T = _like("f.text", ["月卡很划算", "pays for itself"])
FEE_T = _like("f.text", ["运费太贵", "运费比", "fee is too high", "too pricey"])
PAYFAIL_T = _like("f.text", ["支付失败", "付不了款", "payment kept failing", "payment failed"])
NOISE_T = _like("f.text", ["太吵", "noisy"])
MARKERS = ((WEATHER_T, "weather_delay"), (AWAY_T, "agent_away"), (DROPF_T, "drop_failed"), (DAMAGED_T, "damaged"),
           (SPOILED_T, "spoiled"), (CLAIMREJ_T, "claim_rejected"), (CLAIMOK_T, "claim_ok"), (NOTREK_T, "no_trek"),
           (MED_T, "medicine_fast"), (AGENTGOOD_T, "agent_good"), (PASSPRICE_T, "pass_price"),
           (PASSGOOD_T, "pass_good"), (FEE_T, "fee_high"), (PAYFAIL_T, "pay_fail"), (NOISE_T, "noise"))

FAILED = "e.action = 'fail'"
DELIVERY = "o.order_type = 'delivery'"
DECIDED = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_claim_decision')"


def gold():
    return {
        # ---- activation / funnels
        "dd01": lambda: conv("activation", *Y25),
        "dd02": lambda: rank_conv("activation", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "dd03": lambda: conv("activation", *Y25, cond="c.acquisition_channel = 'village_agent'"),
        "dd04": lambda: top_lost("activation", *Y25),
        "dd05": lambda: conv("delivery", *H1_26),
        "dd06": lambda: conv("pass", *Y25),
        "dd07": lambda: conv("pass", *Y25, step_to=1),
        # ---- orders and money
        "dd08": lambda: orders_count(*month(2025, 11), DELIVERY),
        "dd09": lambda: orders_count_change(month(2025, 10), month(2025, 11), DELIVERY),
        "dd10": lambda: orders_sum(*Y25),
        "dd11": lambda: orders_change(H1_25, H1_26),
        "dd12": lambda: top_orders("o.hub", *Y25, margin=1.1),
        "dd14": lambda: orders_avg(*Y25, f"{DELIVERY} AND o.payment_method <> 'monthly_pass'"),
        "dd15": lambda: top_orders('o."业务类型"', *Y25, DELIVERY, margin=1.15),
        "dd16": lambda: orders_count(*Q3_25, status="cancelled"),
        "dd18": lambda: per_customer(*Y25),
        "dd19": lambda: orders_sum(*Q2_26),
        # ---- weather
        "dd20": lambda: top_events_count(HOLD, 'e."起降站"', *month(2025, 6), margin=3.0),
        "dd21": lambda: rate(SCHEDULE, HOLD, "2025-06-01", "2025-07-31", cond="a.hub = 'Leishan Hub'"),
        "dd22": lambda: rate(SCHEDULE, HOLD, "2025-06-01", "2025-07-31", cond="a.hub <> 'Leishan Hub'"),
        "dd23": lambda: top_events_count(HOLD, "e.hold_reason", *month(2026, 1), margin=1.4),
        "dd24": lambda: events_at(HOLD, *H2_25),
        "dd27": lambda: step_time(ORDER, PICKUP, *month(2025, 6), cond="a.hub = 'Leishan Hub'"),
        "dd28": lambda: rank_step_time(ORDER, PICKUP, *month(2025, 6), by='a."起降站"', margin=1.3),
        # ---- battery swaps
        "dd29": lambda: top_events_agg(SWAP, "e.swap_station", "median(swap_minutes)", "2025-12-01", "2026-02-28",
                                       margin=1.8, min_n=50),
        "dd30": lambda: events_agg(SWAP, "median(swap_minutes)", "2025-12-01", "2026-02-28",
                                   "e.station_id = 'ST_YL'", rel=0.02, absolute=0.1),
        # ---- drops and re-deliveries
        "dd33": lambda: events_share(DROP, FAILED, *Y25),
        "dd34": lambda: top_events_share(DROP, FAILED, "e.drone_model", *month(2026, 3), margin=3.0),
        "dd35": lambda: events_share(DROP, FAILED, *month(2026, 3), "e.drone_model = 'SP-6'"),
        "dd36": lambda: top_events_count(DROP, 'e."失败原因"', "2026-02-01", "2026-03-31", FAILED, margin=3.0),
        "dd37": lambda: top_events_count(DROP, "e.pickup_point", *Q4_25, FAILED, margin=2.5),
        "dd38": lambda: rate(DROP, PICKUP, *Y25, a_cond="action = 'fail'"),
        "dd39": lambda: step_time(DROP, REDELIVER, *Y25, a_cond="action = 'fail'"),
        "dd40": lambda: events_at(DROP, *month(2026, 3), FAILED),
        # ---- pickup points
        "dd41": lambda: top_events_agg(PICKUP, 'e."投放点"', "median(wait_hours)", *H1_26, margin=3.0, min_n=50),
        "dd42": lambda: events_agg(PICKUP, "median(wait_hours)", *H1_26, "e.pickup_point_id = 'PP_LS04'",
                                   rel=0.03, absolute=0.1),
        "dd43": lambda: rank_fb_avg("f.pickup_point", f"f.channel = 'order_rating' AND {_in('f.ts', *H1_26)}",
                                    min_n=20, margin=0.3),
        # ---- payments
        "dd44": lambda: events_at(PAY, "2025-11-10", "2025-11-16", FAILED),
        "dd45": lambda: events_share(PAY, FAILED, *month(2025, 11), "e.device = 'android'"),
        "dd46": lambda: events_share(PAY, FAILED, *month(2025, 11), "e.device = 'ios'"),
        "dd47": lambda: top_events_share(PAY, FAILED, "e.app_version", *ALL, margin=3.0),
        # ---- damage and claims
        "dd49": lambda: rank_rate(PICKUP, DAMAGE, *ALL, by="a.parcel_type", margin=1.2),
        "dd50": lambda: rate(DAMAGE, CLAIM, *Y25, cond=DECIDED, b_cond="action = 'approved'"),
        "dd51": lambda: top_events_count(CLAIM, "e.reject_reason", *ALL, "e.action = 'rejected'", margin=2.0),
        "dd52": lambda: events_agg(CLAIM, "sum(payout)", *Y25, "e.action = 'approved'"),
        "dd53": lambda: step_time(DAMAGE, CLAIM, *H1_26, unit="days"),
        "dd54": lambda: rate(DAMAGE, CLAIM, *ALL, cond=f"{DECIDED} AND a.insured", b_cond="action = 'approved'"),
        "dd55": lambda: rate(DAMAGE, CLAIM, *ALL, cond=f"{DECIDED} AND NOT a.insured", b_cond="action = 'approved'"),
        # ---- monthly pass
        "dd56": lambda: events_at(PBUY, *Y26),
        "dd57": lambda: renewal_rate(*month(2026, 7)),
        "dd58": lambda: renewal_rate(*month(2026, 4)),
        "dd59": lambda: customers_count("c.tier = 'monthly_pass'"),
        "dd60": lambda: events_at(PRENEW, *month(2026, 7)),
        # ---- customers
        "dd61": lambda: customers_count(f"c.acquisition_channel = 'village_agent' AND {_in('c.signup_at', *Y25)}"),
        # ---- feedback
        "dd64": lambda: fb_topic_count(WEATHER_T),
        "dd65": lambda: fb_topic_count(AWAY_T),
        "dd66": lambda: top_fb_count('f."投放点"', AWAY_T, margin=2.0),
        "dd67": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "dd68": lambda: fb_avg(f"f.channel = 'order_rating' AND {_in('f.ts', *Y25)}"),
        "dd69": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "dd70": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *Y26)}"),
        "dd71": lambda: feedback_ids(SPOILED_T),
        "dd72": lambda: fb_count("f.channel = 'agent_notebook'"),
        "dd73": lambda: fb_topic_count(PASSPRICE_T),
        "dd74": lambda: fb_topic_count(NOTREK_T),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in MARKERS:
        _check_topic(cond, topic)


def main() -> int:
    global VERBOSE
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    VERBOSE = "-v" in sys.argv
    load(data)
    if has_truth():
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        assert it["lang"] in ("zh", "en"), it["id"]
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
        if VERBOSE:
            print(it["id"], it["lang"], it["question"][:90])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; status",
          {s: sum(it['expect']['status'] == s for it in items) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
