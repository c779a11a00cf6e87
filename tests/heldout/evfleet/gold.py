"""Gold answers for the 电驹 VoltRide EV-leasing held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- funnels follow DATA.md: a customer (driver) reaches step k with an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window from their first step-1 event in the period (onboarding 30 d:
  application -> licence & permit check -> credit check -> lease signed -> deposit -> pickup; pickup 30 d: deposit ->
  pickup booked -> pickup; claims 30 d: accident -> repair; arrears 21 d: arrears notice -> recovery; exit 60 d: return
  -> deposit refund). A check step is reached by its event whatever the outcome (pass or fail), so a failed check is
  lost between that check and the next step. Rates are per driver (people); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says later steps count. "Where do we lose
  the most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is
  attributed to step k). A funnel split by a driver attribute filters the step-1 people by it;
- keys: one lease = `session_id` LS00001 on every step from tp_contract on (also `lease_id`); one application =
  `session_id` AP00001 on tp_apply / tp_licence_check / tp_credit_check; one accident = `accident_id` (tp_accident and
  its tp_repair); one arrears case = `arrears_id` (tp_arrears and its tp_recovery). Per-key rates count keys whose
  first event at the named step A falls in the period (by its date) and look for step B (with its condition) under
  the same key at any time; attributes (depot, model, shift, plan, payment_method) are read from the A event;
- check fail rates = events at the check with action `fail` / all events at the check (period by event date); the
  autopay failure rate = tp_rent_debit events with action `fail` / all tp_rent_debit events (one per weekly debit
  attempt; a failed week paid by hand later is still a failed debit);
- times between steps = per key, first B ts - first A ts (B after A), the period by the date of A; days as asked
  (tolerance also covers whole calendar days); days in the garage = the repair event's `repair_days`;
- money = orders with status `paid` by order ts, of the order type the question names (weekly_rent = rent, also rent
  paid by hand after a failed debit or after arrears; charging_topup; buyout; damage_fee = the driver's accident
  excess; late_fee); deposits are not income (refunded deposits have status `refunded`);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (depot, 车型, 获客渠道, 扣款方式, 不通过原因, 退租原因), en ones against depot_en / model / acquisition_channel /
  ride_platform / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); service ratings = channel `service_rating` (1-5 after pickup, repair, deposit refund);
  app reviews = channel `app_review` (some without stars); negative = 1-2 stars; NPS = survey `nps` (0-10), NPS score
  = share 9-10 minus share 0-6 (as a fraction);
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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


# ---------- funnels (per driver, DATA.md rule) ----------

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
    show(journey, start, end, "bounded" if bounded else "open", cond, counts)
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, step_from=0, step_to=-1):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[step_to] / c[step_from])
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
        show([(r[0], round(r[1], 3), r[2]) for r in rows])
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
        show(lost)
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (lease / application / accident / arrears case) ----------

def _first(tp, key="session_id", cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", by=None):
    """share of keys with a first `a_tp` in the period that have a `b_tp` (matching b_cond) under the same key."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, key)} a
              LEFT JOIN (SELECT DISTINCT {key} AS k FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              ON b.k = a.{key} LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", invert=False):
    r = key_rate(a_tp, b_tp, start, end, key, cond, b_cond)[0]
    show("n =", r[1])
    v = 1 - r[0] if invert else r[0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, key="session_id", cond="1=1", b_cond="1=1", min_n=1, margin=1.25,
              lowest=False):
    rows = key_rate(a_tp, b_tp, start, end, key, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, key, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp, key)} a JOIN {_first(b_tp, key, b_cond)} b ON a.{key} = b.{key}
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, key="session_id", cond="1=1", agg="median", b_cond="1=1"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0), count(*) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")[0]
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")
    show("n =", n, "calendar days", w)
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.05), 3))


def rank_step_days(a_tp, b_tp, start, end, by, key="session_id", agg="median", margin=1.3, min_n=10):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, key, '1=1')} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 2), r[2]) for r in big])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def events_avg(tp, col, start, end, cond="1=1"):
    v, n = q(f"SELECT avg({col}), count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.02), 3))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond="1=1", margin=1.05):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    show(len(ids), "ids")
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
INCIDENT_WEEK = ("2026-03-09", "2026-03-15")
(APPLY, LICENCE, CREDIT, CONTRACT, DEPOSIT, BOOK, PICKUP, DEBIT, TOPUP, ACCIDENT, REPAIR, ARREARS, RECOVERY, RETURN,
 REFUND, BUYOUT) = (
    "tp_apply", "tp_licence_check", "tp_credit_check", "tp_contract", "tp_deposit", "tp_pickup_book", "tp_pickup",
    "tp_rent_debit", "tp_charge_topup", "tp_accident", "tp_repair", "tp_arrears", "tp_recovery", "tp_return",
    "tp_deposit_refund", "tp_buyout")
FAIL = "e.action = 'fail'"
RENT = "o.order_type = 'weekly_rent'"
SR = "f.channel = 'service_rating'"
WAIT_T = _like("f.text", ["没车提", "等车", "no car available", "waiting for a car"])
BREAK_T = _like("f.text", ["趴窝", "又坏了", "broke down"])
RANGE_T = _like("f.text", ["续航", "battery range"])
DEBIT_T = _like("f.text", ["扣款失败", "扣了两次", "重复扣款", "debit failed", "charged twice"])
DEPOSIT_T = _like("f.text", ["押金", "deposit"])
TOPUP_T = _like("f.text", ["没到账", "不到账", "not credited", "hasn't arrived"])
LOW_T = _like("f.text", ["跑不到单", "单量少", "not enough rides", "orders dried up"])
PROMISE_T = _like("f.text", ["补交", "补缴", "promised to pay"])
NOANSWER_T = _like("f.text", ["未接通", "关机", "no answer", "phone off"])
RECOV_T = _like("f.text", ["收车", "repossess"])
CLAIM_T = _like("f.text", ["定损", "理赔", "claim"])
CREDIT_T = _like("f.text", ["征信", "credit check"])
LIC_T = _like("f.text", ["网约车证", "ride-hailing permit"])
CAR_T = _like("f.text", ["车况", "great condition"])
QUICK_T = _like("f.text", ["修得快", "fixed quickly"])
HELP_T = _like("f.text", ["热情", "helpful"])
VALUE_T = _like("f.text", ["划算", "good value"])
MARKERS = ((WAIT_T, "wait_car"), (BREAK_T, "breakdown"), (RANGE_T, "range"), (DEBIT_T, "debit_fail"),
           (DEPOSIT_T, "deposit_slow"), (TOPUP_T, "topup_missing"), (LOW_T, "low_orders"),
           (PROMISE_T, "promise_pay"), (NOANSWER_T, "no_answer"), (RECOV_T, "recovery_harsh"),
           (CLAIM_T, "claims_slow"), (CREDIT_T, "credit_reject"), (LIC_T, "licence_reject"), (CAR_T, "car_good"),
           (QUICK_T, "quick_repair"), (HELP_T, "helpful"), (VALUE_T, "cheap_rent"))


def gold():
    return {
        # ---- onboarding funnel, checks
        "ev01": lambda: conv("onboarding", *Y25),
        "ev02": lambda: top_lost("onboarding", *H1_26),
        "ev03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", margin=1.25),
        "ev04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'tongcheng58'"),
        "ev05": lambda: top_events_share(LICENCE, FAIL, 'c."获客渠道"', *Y25, margin=2.0),
        "ev06": lambda: events_share(CREDIT, FAIL, *Y25),
        "ev07": lambda: events_share(CREDIT, FAIL, *Y25, cond="c.acquisition_channel = 'douyin'"),
        "ev08": lambda: top_events_count(CREDIT, 'e."不通过原因"', *Y25, FAIL, margin=1.4),
        "ev09": lambda: conv("pickup", *Q4_25, unbounded_only=True),
        # ---- times between steps
        "ev10": lambda: rank_step_days(DEPOSIT, PICKUP, *Q4_25, by="a.depot_en", margin=2.0),
        "ev11": lambda: step_days(DEPOSIT, PICKUP, *Q4_25, cond="a.depot_id = 'D05'"),
        "ev12": lambda: step_days(DEPOSIT, PICKUP, "2026-05-01", "2026-06-30", cond="a.depot_id = 'D05'"),
        "ev13": lambda: step_days(APPLY, PICKUP, *Y25, key="customer_id"),
        "ev14": lambda: step_days(RETURN, REFUND, *Y26),
        "ev15": lambda: rank_step_days(RETURN, REFUND, *Y26, by="a.depot_en", margin=1.6),
        "ev16": lambda: step_days(ACCIDENT, REPAIR, *Y25, key="accident_id", agg="avg"),
        # ---- repairs, accidents
        "ev17": lambda: rank_rate(PICKUP, REPAIR, *Y25, by="a.model", b_cond="repair_type = 'breakdown'",
                                  margin=1.6),
        "ev18": lambda: rate(PICKUP, REPAIR, *Y25, cond="a.model = 'BYD Qin PLUS EV'",
                             b_cond="repair_type = 'breakdown'"),
        "ev19": lambda: rate(PICKUP, ACCIDENT, *Y25, cond="a.shift = 'night'"),
        "ev20": lambda: rate(PICKUP, ACCIDENT, *Y25, cond="a.shift = 'day'"),
        "ev21": lambda: events_at(ACCIDENT, *Q1_26),
        "ev22": lambda: events_share(ACCIDENT, "e.at_fault", *Y25),
        "ev23": lambda: events_avg(REPAIR, "e.repair_days", *Y25,
                                   "e.model = 'Roewe Ei5' AND e.repair_type = 'breakdown'"),
        # ---- autopay
        "ev24": lambda: events_share(DEBIT, FAIL, *Y25),
        "ev25": lambda: top_events_share(DEBIT, FAIL, 'e."扣款方式"', *Y25, margin=1.8),
        "ev26": lambda: events_at(DEBIT, *INCIDENT_WEEK, FAIL),
        "ev27": lambda: events_share(DEBIT, "e.fail_reason = 'system_error'", *INCIDENT_WEEK, FAIL),
        # ---- money
        "ev29": lambda: orders(*Y25, RENT),
        "ev30": lambda: orders_change(H1_25, H1_26, RENT),
        "ev31": lambda: orders(*month(2026, 7), RENT),
        "ev32": lambda: orders(*month(2026, 6), RENT),
        "ev33": lambda: top_orders("o.depot_en", *Y25, RENT, margin=1.15),
        "ev34": lambda: orders(*Y25, "o.order_type = 'charging_topup'"),
        "ev35": lambda: events_at(BUYOUT, *Y25),
        "ev36": lambda: orders(*H1_26, "o.order_type = 'buyout'"),
        "ev37": lambda: orders(*Y25, "o.order_type = 'damage_fee'"),
        # ---- arrears, recoveries
        "ev38": lambda: top_events_count(ARREARS, "e.depot_en", *Q2_26, margin=1.3),
        "ev39": lambda: events_at(ARREARS, *Q2_26, "e.depot_id = 'D04'"),
        "ev40": lambda: rate(ARREARS, RECOVERY, *Y25, key="arrears_id"),
        "ev41": lambda: events_at(RECOVERY, *Y25),
        "ev42": lambda: events_at(RECOVERY, *H1_26),
        # ---- volumes
        "ev43": lambda: events_at(APPLY, *month(2026, 2)),
        "ev45": lambda: events_at(PICKUP, "2026-01-01", "2026-08-20"),
        "ev46": lambda: events_at(RETURN, *Q3_25),
        "ev47": lambda: top_events_count(RETURN, 'e."退租原因"', *Y25, margin=1.3),
        # ---- drivers
        "ev48": lambda: customers_count("c.tier = 'rent_to_own'"),
        "ev49": lambda: top_customers("c.ride_platform", "c.segment = 'active'", margin=2.0),
        # ---- feedback
        "ev50": lambda: fb_topic_count(WAIT_T, "wait_car"),
        "ev51": lambda: top_fb_count("f.depot_en", WAIT_T, margin=3.0),
        "ev52": lambda: fb_topic_count(DEPOSIT_T, "deposit_slow"),
        "ev53": lambda: top_fb_count("f.depot_en", DEPOSIT_T, margin=2.0),
        "ev54": lambda: fb_topic_count(DEBIT_T, "debit_fail"),
        "ev55": lambda: top_fb_count('f."车型"', BREAK_T, margin=1.8),
        "ev56": lambda: fb_topic_count(TOPUP_T, "topup_missing"),
        "ev57": lambda: fb_topic_count(TOPUP_T, "topup_missing", period=_in("f.ts", "2025-07-01", "2025-08-31")),
        "ev58": lambda: fb_avg(f"{SR} AND {_in('f.ts', *Y25)}"),
        "ev59": lambda: rank_fb_avg("f.depot", f"{SR} AND f.touchpoint_id = '{REFUND}' AND {_in('f.ts', *Y26)}", 10,
                                    margin=0.5),
        "ev60": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "ev61": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review' AND f.rating IS NOT NULL"),
        "ev62": lambda: fb_topic_count(f"{LOW_T} AND f.channel = 'call_note'", "low_orders"),
        "ev63": lambda: feedback_ids(f"{LOW_T} AND f.depot_id = 'D04' AND {_in('f.ts', *Q2_26)}"),
        "ev64": lambda: fb_topic_count(CAR_T, "car_good"),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
