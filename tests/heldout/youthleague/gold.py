"""Gold answers for the 绿茵少年 GreenPitch youth football academy held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "users" are families (customers.customer_id = one parent account = one kid). Funnels follow DATA.md: a family
  reaches step k with an event at step k's touchpoint after reaching step k-1, within the journey window from its
  first step-1 event in the period (trial 21 d, kit 30 d, refund 30 d, renewal 150 d); rates are per family; the
  tolerance covers both readings (later steps allowed after the period end, or not), except where the question says
  later steps count. "Where do we lose the most" = the step whose next step is not reached by the most families
  (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 families by it;
- cases (`session_id`): a trial booking TR00012 (tp_trial_signup, then tp_trial attended or tp_trial_noshow); an
  enrolment EN00012 = one kid in one season (tp_reg_pay for new players, tp_team_assign, tp_training, tp_match,
  tp_injury, tp_dropout, tp_refund_req, tp_refund_done, tp_review, and tp_renewal = this enrolment renewed for the
  next season); a kit order KO00012 (tp_kit_order, tp_kit_delivered); a camp booking CMP0012 (tp_camp).
  Per-case rates count cases whose first event at step A falls in the period (by its date; or, where the question
  names a season, cases whose step-A event carries that `season`) and look for step B in the same case at any
  time; case attributes (venue, age_group, coach, team, payment_method, season) are read from the step-A event,
  customer attributes (acquisition channel) from customers;
- trial no-show rate = bookings with a tp_trial_noshow / all bookings; renewal rate = enrolments (tp_team_assign)
  with a tp_renewal / all enrolments of the season; mid-season drop-out rate = enrolments with a tp_dropout / all;
  injury share = enrolments with >= 1 tp_injury / all; weather cancellations = tp_training rows with action
  `cancelled` / all tp_training rows (per kid; the share per team session is within the tolerance); absence share =
  `absent` / (`attended` + `absent`), weather-cancelled rows excluded; bench share = tp_match rows `bench` /
  (`played` + `bench`); matches = distinct `match_id`;
- times between steps = per case, first B ts - first A ts (B after A), period by the date of A; days as asked
  (tolerance also covers calendar-day differences);
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = all
  paid order types (registration fee, season fee, kit, summer camp); refunds = `refund_amount` of tp_refund_done
  by completion date; spend per paying family = paid amount / families with >= 1 paid order in the period;
- customer attributes as stored (state at the end of the data, 2026-07-31); zh questions are checked against the
  Chinese twins (venue, coach, team, 支付方式, 城市), en ones against venue_en / coach_en / team_en /
  payment_method / region / acquisition_channel / touchpoint_id; age groups are U8 / U10 / U12 / U14 in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` 0-10, NPS score =
  share 9-10 minus share 0-6 (as a fraction);
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


# ---------- funnels (per family, DATA.md rule) ----------

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


# ---------- per case (session_id) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of cases with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def rank_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.5):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def distinct_at(tp, col, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT {col}) FROM events e WHERE e.touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1", per_team_session=False):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    tol = 0.01
    if per_team_session:       # the same share over team sessions (team_id, ts) instead of per-kid rows
        w = one(f"SELECT avg(x::int) FROM (SELECT e.team_id, e.ts, bool_or({num}) x FROM events e "
                f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1, 2)")
        tol = round(max(0.01, abs(v - w) + 0.005), 4)
    return dict(value=round(v, 4), tolerance=tol)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
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


def top_orders(by, start, end, cond="1=1", margin=1.1):
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
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
Q1_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
(DISCOVER, SIGNUP, TRIAL, NOSHOW, REG_PAY, TEAM, TRAINING, MATCH, KIT_ORDER, KIT_DONE, INJURY, REFUND_REQ,
 REFUND_DONE, DROPOUT, RENEWAL, CAMP, REVIEW) = (
    "tp_discover", "tp_trial_signup", "tp_trial", "tp_trial_noshow", "tp_reg_pay", "tp_team_assign", "tp_training",
    "tp_match", "tp_kit_order", "tp_kit_delivered", "tp_injury", "tp_refund_req", "tp_refund_done", "tp_dropout",
    "tp_renewal", "tp_camp", "tp_review")
APP = "f.channel = 'mini_program_review'"
AUT25, SPR26 = "a.season = '2025-autumn'", "a.season = '2026-spring'"
NOT_CANCELLED = "e.action IN ('attended', 'absent')"
SHOWED_UP = "e.action IN ('played', 'bench')"
HARSH_T = _like("f.text", ["凶", "yell"])
RAIN_T = _like("f.text", ["停课", "rained off"])
KIT_T = _like("f.text", ["球衣", "装备迟迟", "kit", "jersey"])
TURF_T = _like("f.text", ["草皮", "turf"])
INS_T = _like("f.text", ["保险", "insurance"])
BENCH_T = _like("f.text", ["板凳", "上场时间", "替补", "bench", "playing time"])
REFUND_T = _like("f.text", ["退费", "退款", "refund"])
PRICEY_T = _like("f.text", ["贵", "expensive"])
PATIENT_T = _like("f.text", ["耐心", "patient"])
PROGRESS_T = _like("f.text", ["进步", "improve"])
ORGANISED_T = _like("f.text", ["井井有条", "组织得好", "well organised"])


def renewed_autumn26(city):
    n = one(f"""SELECT count(*) FROM customers c WHERE c.region = '{city}' AND c.segment = 'active'""")
    m = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_renewal' AND e.next_season = '2026-autumn' AND c.region = '{city}'""")
    assert n == m, (n, m)
    return dict(value=n, tolerance=0.5)


def gold():
    return {
        # ---- trial funnel / conversion
        "yl01": lambda: conv("trial", *Y25),
        "yl02": lambda: top_lost("trial", *Q1_26),
        "yl03": lambda: rank_rate(SIGNUP, NOSHOW, *Y25, by="c.acquisition_channel", margin=1.8),
        "yl04": lambda: rate(SIGNUP, NOSHOW, *Y25, "c.acquisition_channel = 'referral'"),
        "yl05": lambda: conv("trial", *H1_26, cond="c.\"获客渠道\" = '小红书'"),
        "yl06": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", margin=1.3),
        "yl07": lambda: rate(SIGNUP, TRIAL, *Y25),
        # ---- renewal / drop-out
        "yl08": lambda: rate(TEAM, RENEWAL, *ALL, AUT25),
        "yl09": lambda: rank_rate(TEAM, RENEWAL, *ALL, by="a.age_group", cond=AUT25, lowest=True, margin=1.2),
        "yl10": lambda: rate(TEAM, RENEWAL, *ALL, f"{AUT25} AND a.age_group = 'U8'"),
        "yl11": lambda: rank_rate(TEAM, RENEWAL, *ALL, by="a.coach_en", cond=AUT25, min_n=30, lowest=True,
                                  margin=1.3),
        "yl12": lambda: rate(TEAM, RENEWAL, *ALL, f"{SPR26} AND a.coach = '卡洛斯'"),
        "yl13": lambda: conv("renewal", *Y25),
        "yl14": lambda: rank_rate(TEAM, DROPOUT, *Y25, by="a.venue", margin=1.5),
        "yl15": lambda: rate(TEAM, DROPOUT, *Y25, "a.venue_id = 'V2'"),
        # ---- times between steps
        "yl16": lambda: step_time(REFUND_REQ, REFUND_DONE, *Y25, "a.payment_method = 'bank_transfer'"),
        "yl17": lambda: step_time(REFUND_REQ, REFUND_DONE, *Y25, "a.payment_method = 'wechat_pay'"),
        "yl18": lambda: rank_step_time(REFUND_REQ, REFUND_DONE, *ALL, by='a."支付方式"', margin=1.6),
        "yl19": lambda: step_time(KIT_ORDER, KIT_DONE, *month(2025, 9)),
        "yl20": lambda: step_time(KIT_ORDER, KIT_DONE, *month(2026, 3)),
        # ---- training / weather
        "yl21": lambda: top_events_share(TRAINING, "e.action = 'cancelled'", "e.venue", *month(2025, 6), margin=1.5),
        "yl22": lambda: events_share(TRAINING, "e.action = 'cancelled'", *month(2026, 6), "e.venue_id = 'V5'",
                                     per_team_session=True),
        "yl23": lambda: events_share(TRAINING, "e.action = 'absent'", *ALL,
                                     f"{NOT_CANCELLED} AND e.season = '2026-spring'"),
        "yl24": lambda: top_events_share(TRAINING, "e.action = 'absent'", "e.age_group", *ALL,
                                         f"{NOT_CANCELLED} AND e.season = '2026-spring'", margin=1.3),
        # ---- injuries
        "yl25": lambda: rank_rate(TEAM, INJURY, *ALL, by="a.venue_en", cond=AUT25, margin=1.8),
        "yl26": lambda: rate(TEAM, INJURY, *ALL, f"{SPR26} AND a.venue_id = 'V6'"),
        "yl27": lambda: events_at(INJURY, *Y25),
        "yl28": lambda: events_at(INJURY, *H2_25, "e.venue_id = 'V6' AND e.injury_type = 'ankle_sprain'"),
        # ---- matches
        "yl29": lambda: top_events_share(MATCH, "e.action = 'bench'", "e.team_en", *ALL, SHOWED_UP, margin=2.0),
        "yl30": lambda: events_share(MATCH, "e.action = 'bench'", *ALL, f"{SHOWED_UP} AND e.team_id = 'V3-U12'"),
        "yl31": lambda: distinct_at(MATCH, "e.match_id", *ALL, "e.season = '2025-autumn'"),
        "yl32": lambda: events_agg(MATCH, "e.minutes_played", *Y25, "e.action = 'played' AND e.age_group = 'U10'"),
        # ---- money
        "yl33": lambda: orders(*Q4_25),
        "yl34": lambda: orders(*month(2026, 6)),
        "yl35": lambda: orders(*month(2026, 5)),
        "yl36": lambda: orders(*Y25, "o.order_type = 'kit'"),
        "yl37": lambda: orders(*ALL, "o.order_type = 'season_fee' AND o.season = '2025-autumn'"),
        "yl38": lambda: orders("2026-01-01", "2026-12-31", "o.order_type = 'summer_camp'"),
        "yl39": lambda: top_orders("o.venue_en", *Y25),
        "yl40": lambda: events_sum(REFUND_DONE, "e.refund_amount", *Y25),
        "yl41": lambda: orders_change(H1_25, H1_26),
        "yl42": lambda: per_customer(*Y25),
        "yl43": lambda: per_customer(*Y25, "c.acquisition_channel = 'referral'"),
        # ---- volumes / trends
        "yl44": lambda: events_at(TRIAL, "2025-09-08", "2025-09-14"),
        "yl45": lambda: events_at(REG_PAY, *month(2026, 3)),
        "yl48": lambda: events_change(REG_PAY, Q1_25, Q1_26),
        # ---- customers
        "yl49": lambda: customers_share("c.child_gender = 'girl'"),
        "yl50": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.3),
        "yl51": lambda: renewed_autumn26("Hangzhou"),
        # ---- feedback
        "yl52": lambda: fb_topic_count(HARSH_T, "coach_harsh"),
        "yl53": lambda: top_fb_count("f.coach_en", HARSH_T, margin=3.0),
        "yl54": lambda: fb_topic_count(RAIN_T, "rain_cancel"),
        "yl55": lambda: top_fb_count("f.venue", RAIN_T, margin=1.5),
        "yl56": lambda: fb_topic_count(KIT_T, "kit_delay"),
        "yl57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "yl58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.4),
        "yl59": lambda: fb_avg(f"{APP} AND f.coach = '卡洛斯' AND {_in('f.ts', *Y25)}", tol=0.03),
        "yl60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "yl61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "yl62": lambda: feedback_ids(f"{TURF_T} AND f.venue_id = 'V6'"),
        "yl63": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
        "yl64": lambda: fb_topic_count(BENCH_T, "bench_time"),
        "yl65": lambda: rank_fb_avg("f.venue_en", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.25),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((HARSH_T, "coach_harsh"), (RAIN_T, "rain_cancel"), (KIT_T, "kit_delay"),
                        (TURF_T, "injury_turf"), (INS_T, "injury_ins"), (BENCH_T, "bench_time"),
                        (REFUND_T, "refund_slow"), (PRICEY_T, "pricey"), (PATIENT_T, "coach_praise"),
                        (PROGRESS_T, "progress"), (ORGANISED_T, "organized")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
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
