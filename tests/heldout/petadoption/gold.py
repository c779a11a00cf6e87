"""Gold answers for the 爪心之家 PawHeart Rescue held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (adoption 60 d, aftercare 45 d, donation 7 d,
  volunteer 30 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by that attribute (customers table, state at the end of the data);
- an application = one `session_id` AP000123: tp_apply, tp_phone_screen, tp_home_visit, tp_meet, tp_contract,
  tp_pickup, tp_followup, tp_return, all carrying the animal's attributes (species / 物种, age_band / 年龄段,
  foster_flag / 安置方式, site / site_en / site_city / 所在城市). "An adoption" = a tp_pickup event (one per
  application). Per-application rates count applications whose first event at the named step A falls in the period
  (by its date) and look for step B in the same application at any time (returns after the period count);
- pass / fail rates are shares of the step's events by `action` (tp_phone_screen pass / fail, tp_home_visit
  pass / fail), by event date; a volunteer's home-visit fail rate is over the tp_home_visit events carrying their
  name; a follow-up "health issue" is tp_followup with followup_result `health_issue`, by the follow-up's date;
- times between steps = per application, first B ts - first A ts (B after A), period by the date of A; days as
  asked (fractional days from timestamps; the tolerance also covers whole calendar days); days in shelter =
  `days_in_shelter` of tp_pickup;
- money = orders with status `paid`, by order ts: donations = order_type `donation` (one-off gifts and every
  successful monthly-giving debit), adoption fees = `adoption_fee`, merch = `merch` (charity-sale items); income = all
  three. Refunded adoption fees (animal returned within 14 days) are not income; "refunded fees" = their amount by
  `refunded_at`. Failed monthly debits are status `cancelled`. Per-donor averages = paid amount / distinct customers
  with such an order in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (site, 所在城市, 城市, 物种, 年龄段, 退回原因, 获客渠道, volunteer_name), en ones against site_en / site_city /
  region / species / age_band / housing / campaign / acquisition_channel / volunteer_name_en / touchpoint_id;
- volunteer hours = sum of `shift_hours` of tp_vol_shift events;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars
  when the question says so; NPS = `nps` 0-10 of the named survey channel, NPS score = share 9-10 minus share 0-6
  (as a fraction);
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
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


def top_lost(journey, start, end, margin=1.2, from_step=1):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        idx = list(range(from_step - 1, len(lost)))
        best = max(idx, key=lambda i: lost[i])
        others = sorted(lost[i] for i in idx)
        assert lost[best] > others[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per application / session ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def rank_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.5):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400) v, count(*) n {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
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


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="median", margin=1.25):
    rows = q(f"SELECT {by}, {agg}({expr}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
             f" AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.25):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def refunded(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                      f"AND {_in('o.refunded_at', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15, agg="sum"):
    rows = q(f"""SELECT {by}, {agg}(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
H1_26 = ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_25, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2025, 2), quarter(2026, 2)
SPRING_26 = ("2026-03-01", "2026-05-31")
RING_WIN = ("2025-08-01", "2025-12-31")
ALL = ("2025-01-01", "2026-08-31")
(LISTING, APPLY, SCREEN, HOME_VISIT, MEET, CONTRACT, PICKUP, FOLLOWUP, RETURN, DONATE_VIEW, DONATE, VOL_SIGNUP,
 VOL_TRAINING, VOL_SHIFT) = (
    "tp_listing_view", "tp_apply", "tp_phone_screen", "tp_home_visit", "tp_meet", "tp_contract", "tp_pickup",
    "tp_followup", "tp_return", "tp_donate_view", "tp_donate", "tp_vol_signup", "tp_vol_training", "tp_vol_shift")
ADOPTION_TPS = "('tp_listing_view', 'tp_apply', 'tp_phone_screen', 'tp_home_visit', 'tp_meet', 'tp_contract', " \
               "'tp_pickup', 'tp_followup', 'tp_return')"
DON = "o.order_type = 'donation'"
HEALTH = "e.followup_result = 'health_issue'"
SURVEY = "f.channel = 'followup_survey'"
SLOW_T = _like("f.text", ["没人打电话", "石沉大海", "排了十几天", "waited over a week", "nobody called me back"])
STRICT_T = _like("f.text", ["查户口", "苛刻", "强硬", "interrogation", "far too strict"])
STALE_T = _like("f.text", ["没更新", "过期", "out of date"])
RING_T = _like("f.text", ["猫癣", "ringworm"])
SICK_T = _like("f.text", ["拉肚子", "打喷嚏", "diarrhoea", "sneezing"])
BEHAV_T = _like("f.text", ["分离焦虑", "邻居投诉", "咬人", "separation anxiety", "bites"])
FEE_T = _like("f.text", ["交这么多钱", "领养费有点高", "fee felt too high"])
CHAOS_T = _like("f.text", ["排班太乱", "没人带", "scheduling is a mess", "nobody was there"])
RECEIPT_T = _like("f.text", ["收据", "票据", "receipt"])
PATIENT_T = _like("f.text", ["特别耐心", "很用心", "so patient", "really caring"])
FUGOOD_T = _like("f.text", ["很贴心", "被关心", "thoughtful"])
HAPPY_T = _like("f.text", ["适应得很好", "开心果", "settled in", "joy of the house"])


def gold():
    return {
        # ---- funnels / conversion / process
        "pa01": lambda: conv("adoption", *Y25),
        "pa02": lambda: top_lost("adoption", *Q1_26, from_step=2),
        "pa03": lambda: rank_conv("adoption", *Y25, by="c.acquisition_channel", margin=1.2),
        "pa04": lambda: conv("adoption", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "pa05": lambda: rate(APPLY, SCREEN, *SPRING_26, "a.site_id = 'S3'"),
        "pa06": lambda: rank_step_time(APPLY, SCREEN, *SPRING_26, by="a.site_en", margin=2.0),
        "pa07": lambda: step_time(APPLY, SCREEN, *SPRING_26, "a.site_id = 'S3'"),
        "pa08": lambda: step_time(APPLY, SCREEN, *Y25),
        "pa09": lambda: events_share(SCREEN, "e.action = 'pass'", *Y25),
        "pa10": lambda: top_events_share(HOME_VISIT, "e.action = 'fail'", "e.volunteer_name_en", *ALL, min_n=100,
                                         margin=2.0),
        "pa11": lambda: events_share(HOME_VISIT, "e.action = 'fail'", *ALL, "e.volunteer_name = '王磊'"),
        "pa12": lambda: rate(MEET, CONTRACT, *Y25),
        "pa13": lambda: conv("volunteer", *Y25),
        "pa14": lambda: rank_conv("volunteer", *Y25, by='c."城市"', lowest=True, margin=1.2),
        "pa15": lambda: conv("donation", *Q4_25),
        "pa16": lambda: rate(PICKUP, RETURN, *Y25),
        "pa17": lambda: rank_rate(PICKUP, RETURN, *Y25, by="a.species", margin=1.4),
        "pa18": lambda: rate(PICKUP, RETURN, *Y25, "a.species = 'cat'"),
        "pa19": lambda: rate(PICKUP, RETURN, *ALL, "a.foster_flag"),
        "pa20": lambda: rate(PICKUP, RETURN, *ALL, "NOT a.foster_flag"),
        "pa21": lambda: top_events_count(RETURN, 'e."退回原因"', *ALL),
        "pa22": lambda: rank_rate(PICKUP, RETURN, *Y25, by="c.housing", margin=1.4),
        "pa23": lambda: events_share(FOLLOWUP, HEALTH, *Q4_25, "e.site_id = 'S1' AND e.species = 'cat'"),
        "pa24": lambda: top_events_share(FOLLOWUP, HEALTH, "e.site_en", *Q4_25, margin=2.0),
        "pa25": lambda: events_agg(PICKUP, "e.days_in_shelter", *Y25, "e.age_band = 'senior'", agg="median"),
        "pa26": lambda: top_events_agg(PICKUP, "e.days_in_shelter", 'e."年龄段"', *ALL, margin=1.5),
        "pa27": lambda: step_time(SCREEN, HOME_VISIT, *Y25, agg="avg"),
        "pa28": lambda: step_time(PICKUP, RETURN, *Y25, agg="avg"),
        # ---- money
        "pa29": lambda: orders(*Y25, DON),
        "pa30": lambda: orders(*H1_26, "o.order_type = 'adoption_fee'"),
        "pa31": lambda: orders(*month(2026, 7)),
        "pa32": lambda: orders(*month(2026, 6)),
        "pa33": lambda: orders("2025-09-07", "2025-09-09", DON),
        "pa34": lambda: top_orders("o.campaign", *Y25, f"{DON} AND o.campaign NOT IN ('daily', 'monthly_giving')",
                                   margin=1.2),
        "pa35": lambda: per_customer(*Y25, f"{DON} AND o.donation_type = 'monthly'"),
        "pa36": lambda: orders_change(H1_25, H1_26, DON),
        "pa37": lambda: refunded(*Y25, "o.order_type = 'adoption_fee'"),
        "pa38": lambda: orders(*Y25, DON, status="cancelled"),
        "pa39": lambda: top_orders('o."城市"', *Y25, f"{DON} AND o.donation_type = 'one_off'", margin=1.2, agg="avg"),
        # ---- volumes / trends
        "pa40": lambda: events_at(PICKUP, *Y25),
        "pa41": lambda: events_at(APPLY, *Q2_26),
        "pa42": lambda: events_at(APPLY, *Q1_26),
        "pa45": lambda: events_sum(VOL_SHIFT, "e.shift_hours", *Q2_26),
        "pa46": lambda: events_at(HOME_VISIT, "2025-08-04", "2025-08-10"),
        "pa47": lambda: events_change(PICKUP, Q2_25, Q2_26),
        # ---- customers
        "pa48": lambda: customers_count("c.tier = 'guardian'"),
        "pa49": lambda: customers_share("c.housing = 'rental'"),
        "pa50": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "pa51": lambda: top_customers('c."获客渠道"', "c.segment = 'browser'", margin=1.3),
        # ---- feedback
        "pa52": lambda: fb_topic_count(SLOW_T, "slow_screen"),
        "pa53": lambda: top_fb_count("f.site_en", SLOW_T, margin=1.5),
        "pa54": lambda: fb_topic_count(RING_T, "ringworm"),
        "pa55": lambda: top_fb_count("f.site", RING_T, margin=2.0),
        "pa56": lambda: fb_topic_count(STRICT_T, "strict_visit"),
        "pa57": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "pa58": lambda: rank_fb_avg("f.touchpoint_id", f"f.touchpoint_id IN {ADOPTION_TPS}", 30, margin=0.3,
                                    highest=True),
        "pa59": lambda: fb_avg(f"f.channel = 'volunteer_survey' AND f.site_city = 'Hangzhou' AND {_in('f.ts', *Y25)}",
                               tol=0.03),
        "pa60": lambda: top_fb_count("f.site", PATIENT_T, margin=1.5),
        "pa61": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "pa62": lambda: fb_topic_count(CHAOS_T, "vol_chaos"),
        "pa63": lambda: fb_topic_count(RECEIPT_T, "receipt", period=_in("f.ts", "2026-01-01", "2026-02-28")),
        "pa64": lambda: feedback_ids(f"{RING_T} AND {_in('f.ts', *RING_WIN)}"),
        "pa65": lambda: fb_topic_count(BEHAV_T, "behaviour"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((SLOW_T, "slow_screen"), (STRICT_T, "strict_visit"), (STALE_T, "stale_listing"),
                        (RING_T, "ringworm"), (SICK_T, "sick"), (BEHAV_T, "behaviour"), (FEE_T, "fee"),
                        (CHAOS_T, "vol_chaos"), (RECEIPT_T, "receipt"), (PATIENT_T, "patient_staff"),
                        (FUGOOD_T, "followup_good"), (HAPPY_T, "happy_pet")):
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
