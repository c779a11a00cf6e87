"""Gold answers for the 启明临研 Qiming Clinical Research (patient recruitment CRO) held-out batch, from plain DuckDB
SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- funnels follow DATA.md: a person reaches step k when they have an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window counted from their first step-1 event in the period (online_recruit
  60 d, referral_recruit 30 d, site_screening 30 d, retention 240 d); rates are per person. Later steps may fall after
  the period end (the window decides); where cutting them at the period end changes the value a little, the tolerance
  covers both readings. "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between k and k+1 belongs to step k, reported as its touchpoint_id);
- "users" / "people" / "participants" / "leads" = customers (customer_id). A lead = one row of customers.csv
  (created at signup_at = first ad landing or doctor referral); channel = customers.acquisition_channel;
- pre-screen pass rate = tp_prescreen events with action `pass` / all tp_prescreen events (one per person), period by
  event date; screen failure rate = tp_screen_test events with action `screen_fail` / all tp_screen_test events;
- show-up = per booking (tp_visit_booking event, session_id BK…): the booking counts as shown when the same
  session_id has a tp_screening_visit event; the period is the booking's `scheduled_at` date; no-show = 1 - show-up;
- A/B (visit_reminder_2025q4): success = a tp_screening_visit event within 14 days after assigned_at;
- randomisations / completions / follow-up visits = counts of tp_randomisation / tp_completion / tp_followup_visit
  events by event date; withdrawal share = people randomised in the period who have a tp_dropout event (any time up
  to the end of the data) / people randomised in the period; distance from customers.distance_km (> 50 = far);
  out-of-window share = tp_followup_visit events with out_of_window = true / all follow-up visits in the period;
- screening wait = `wait_minutes` on tp_screening_visit events (median), period by the visit date;
- money = stipend orders with status `paid` by orders.ts (the payment date), amount in CNY; returned payments =
  orders with status `returned` (by orders.ts); days from visit to payment = orders.ts - orders.visit_at over paid
  orders, period by visit_at; per completed participant = paid amount summed per customer with segment `completed`,
  averaged over those customers (all data); payment method share = share of paid orders (count) by channel;
- hotline calls = tp_hotline events (hotline_reason), period by event date; call-back attempts = tp_crc_call events
  with action no_answer / reached (reminder calls excluded);
- zh questions are checked against the Chinese twins (研究中心, 获客渠道, 研究项目, 筛败原因, 退出原因, 来电原因),
  en ones against site / acquisition_channel / study_id / screen_fail_reason / dropout_reason / hotline_reason /
  variant / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); survey ratings = channel `survey` (1-5), negative = 1-2 stars; the screening-visit survey
  = rating rows with touchpoint_id tp_screening_visit; likelihood to recommend = `nps` (0-10) of completion surveys
  (touchpoint tp_completion), detractors 0-6; shares of feedback are over dated rows in the period;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against the
  item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
HAS_TRUTH = False


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _ranked(rows, margin, lowest=False, min_n=None):
    """rows: (key, value, n); asserts a clear winner."""
    big = [r for r in rows if min_n is None or r[2] >= min_n]
    big.sort(key=lambda r: r[1], reverse=not lowest)
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in big[:5]])
    a, b = big[0][1], big[1][1]
    assert (b > a * margin) if lowest else (a > b * margin), big[:3]
    return big[0][0]


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events"
    if bounded:
        ev += f" WHERE ts < DATE '{end}' + INTERVAL 1 DAY"
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


def _conv_vals(journey, start, end, cond="1=1", upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        print("   ", journey, "bounded" if bounded else "open", c)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return vals


def conv(journey, start, end, cond="1=1", upto=None):
    v, w = _conv_vals(journey, start, end, cond, upto)
    extra = abs(v - w) if abs(v - w) < 0.03 else 0.0
    return dict(value=round(v, 4), tolerance=round(0.01 + extra, 4))


def rank_conv(journey, start, end, by, values, margin=1.3, lowest=True):
    rows = []
    for val in values:
        c = funnel(journey, start, end, cond=f"{by} = '{val}'")
        rows.append((val, c[-1] / c[0], c[0]))
    return dict(top_entity=_ranked(rows, margin, lowest=lowest))


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    n = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=n, tolerance=0.5)


def ev_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"""SELECT avg(({num})::int), count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_ev_share(tp, num, start, end, by, cond="1=1", margin=1.1, min_n=None, lowest=False, trap=False,
                  join_customers=False):
    j = "JOIN customers c USING (customer_id)" if join_customers else ""
    rows = q(f"""SELECT {by}, avg(({num})::int), count(*) FROM events e {j} WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    if trap:
        raw = sorted(rows, key=lambda r: r[1], reverse=not lowest)
        print("    raw top:", raw[0])
        winner = _ranked(rows, margin, lowest, min_n)
        assert raw[0][0] != winner, "trap not working"
        return dict(top_entity=winner)
    return dict(top_entity=_ranked(rows, margin, lowest, min_n))


def top_ev_count(tp, start, end, by, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n, count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


def ev_median(tp, col, start, end, cond="1=1", by=None):
    v, n = q(f"""SELECT median({col}), count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(float(v), 1), tolerance=round(max(1.0, v * 0.03), 1))


def rank_ev_median(tp, col, start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, median({col}), count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


# ---------- bookings (show-up) ----------

def _show(start, end, cond="1=1"):
    return q(f"""SELECT avg((v.session_id IS NOT NULL)::int), count(*) FROM events b
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_screening_visit') v
                 USING (session_id)
                 WHERE b.touchpoint_id = 'tp_visit_booking' AND {_in('b.scheduled_at', start, end)} AND ({cond})""")[0]


def show_rate(start, end, no_show=False):
    v, n = _show(start, end)
    print("    n =", n)
    return dict(value=round(1 - v if no_show else v, 4), tolerance=0.01)


def _ab():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id = 'tp_screening_visit' AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1""")


def ab_top(margin=1.05):
    return dict(top_entity=_ranked(_ab(), margin))


def ab_value(variant):
    return dict(value=round([r[1] for r in _ab() if r[0] == variant][0], 4), tolerance=0.01)


# ---------- participants ----------

def _randomised(start, end):
    return f"""(SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_randomisation'
                AND {_in('ts', start, end)})"""


def withdrawn_share(start, end, cond="1=1"):
    v, n = q(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = r.customer_id
                      AND d.touchpoint_id = 'tp_dropout'))::int), count(*)
                 FROM {_randomised(start, end)} r JOIN customers c USING (customer_id) WHERE {cond}""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_reason(tp, col, cond, margin=1.2):
    rows = q(f"""SELECT {col}, count(*), count(*) FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond, margin=1.15):
    rows = q(f"SELECT {by}, count(*), count(*) FROM customers c WHERE {cond} GROUP BY 1")
    return dict(top_entity=_ranked(rows, margin))


# ---------- money ----------

def paid_sum(start, end, cond="1=1"):
    v, n = q(f"""SELECT sum(amount), count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(float(v), 2), tolerance=0.5)


def orders_count(start, end, cond):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def paid_share(num, start, end):
    v, n = q(f"""SELECT avg(({num})::int), count(*) FROM orders o WHERE status = 'paid'
                 AND {_in('o.ts', start, end)}""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_paid(by, start, end, margin=1.2):
    rows = q(f"""SELECT {by}, sum(amount), count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


def pay_lag(start, end, cond="1=1"):
    v, n = q(f"""SELECT median(epoch(o.ts - o.visit_at) / 86400.0), count(*) FROM orders o WHERE status = 'paid'
                 AND {_in('o.visit_at', start, end)} AND ({cond})""")[0]
    w = one(f"""SELECT median(date_diff('day', o.visit_at::DATE, o.ts::DATE)) FROM orders o WHERE status = 'paid'
                AND {_in('o.visit_at', start, end)} AND ({cond})""")
    print("    n =", n, "calendar-day median", w)
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v - w) + 0.2, v * 0.03), 2))


def per_completed():
    v, n = q("""SELECT avg(s), count(*) FROM (SELECT c.customer_id, coalesce(sum(o.amount), 0) s FROM customers c
                LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.status = 'paid'
                WHERE c.segment = 'completed' GROUP BY 1)""")[0]
    print("    n =", n)
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


# ---------- feedback ----------

def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def fb_avg(cond, col="f.rating", tol=0.03):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*), count(*) FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1")
    return dict(top_entity=_ranked(rows, margin))


def rank_fb_avg(by, cond, min_n, margin=1.15):
    rows = q(f"""SELECT {by}, avg(f.rating), count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin, lowest=True, min_n=min_n))


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
Y26_TO_AUG = ("2026-01-01", "2026-08-31")
GZ = ("2025-08-01", "2025-11-30")
ALL = ("2024-01-01", "2026-12-31")
ONLINE = ["wechat_ads", "baidu_search", "douyin", "patient_community", "patient_database"]
(LANDING, REFERRAL, PRESCREEN, CALL, BOOKING, VISIT, CONSENT, TEST, RAND, FOLLOWUP, STIPEND, HOTLINE, DROPOUT,
 COMPLETION) = ("tp_ad_landing", "tp_referral", "tp_prescreen", "tp_crc_call", "tp_visit_booking",
                "tp_screening_visit", "tp_consent", "tp_screen_test", "tp_randomisation", "tp_followup_visit",
                "tp_stipend", "tp_hotline", "tp_dropout", "tp_completion")
WAIT_T = _like("f.text", ["排队", "waited", "queue"])
STIPEND_T = _like("f.text", ["到账", "still waiting"])
REMIND_T = _like("f.text", ["提醒", "reminder"])
CALLS_T = _like("f.text", ["好几个电话", "太频繁", "电话轰炸", "too many calls", "kept calling"])
QUEST_T = _like("f.text", ["看不懂", "confusing"])
ICF_T = _like("f.text", ["知情同意书", "consent form"])
BLOOD_T = _like("f.text", ["抽血", "blood"])
PLACEBO_T = _like("f.text", ["安慰剂", "placebo"])
FAR_T = _like("f.text", ["太远", "too far"])
SIDE_T = _like("f.text", ["副作用", "side effect"])
STAFF_T = _like("f.text", ["耐心", "so helpful"])
CARE_T = _like("f.text", ["免费检查", "改善", "improved"])
SURVEY = "f.channel = 'survey'"
FAR = "c.distance_km > 50"


def gold():
    return {
        # ---- journeys / funnels (per person)
        "ct01": lambda: conv("online_recruit", *H1_25),
        "ct02": lambda: top_lost("online_recruit", *Y25),
        "ct03": lambda: conv("referral_recruit", *H2_25),
        "ct04": lambda: top_lost("site_screening", *Q1_26),
        "ct05": lambda: conv("site_screening", *Q1_26),
        "ct06": lambda: conv("retention", *Y25),
        "ct07": lambda: rank_conv("online_recruit", *Y25, "c.acquisition_channel", ONLINE, margin=2.0),
        "ct08": lambda: conv("online_recruit", *Y25, cond="c.acquisition_channel = 'douyin'", upto=2),
        "ct26": lambda: conv("site_screening", *Y25, upto=2),
        # ---- pre-screen, calls, leads
        "ct09": lambda: rank_ev_share(PRESCREEN, "e.action = 'pass'", *Y25, 'c."获客渠道"', margin=1.5, lowest=True,
                                      join_customers=True),
        "ct10": lambda: ev_share(PRESCREEN, "e.action = 'pass'", *Q3_25),
        "ct11": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *Y25)),
        "ct52": lambda: ev_share(CALL, "e.action = 'no_answer'", *Y25, "e.action IN ('no_answer', 'reached')"),
        "ct53": lambda: customers_count("1=1"),
        "ct56": lambda: customers_count("c.segment = 'enrolled'"),
        # ---- show-up
        "ct12": lambda: show_rate(*month(2026, 3)),
        "ct13": lambda: show_rate(*month(2026, 2)),
        "ct14": lambda: show_rate(*Y25, no_show=True),
        "ct16": lambda: fb_count(REMIND_T, "no_reminder", period=_in("f.ts", *month(2026, 3))),
        "ct17": lambda: ab_top(),
        "ct18": lambda: ab_value("crc_call"),
        "ct25": lambda: ev_count(VISIT, "2026-03-09", "2026-03-15"),
        # ---- screening tests / consent / randomisation
        "ct19": lambda: ev_share(TEST, "e.action = 'screen_fail'", *Y25),
        "ct20": lambda: top_reason(TEST, 'e."筛败原因"', "e.study_id = 'QM-T2D-301'", margin=1.5),
        "ct21": lambda: rank_ev_share(TEST, "e.action = 'screen_fail'", "2026-05-01", "2026-08-31", "e.site",
                                      min_n=50, margin=1.15, trap=True),
        "ct22": lambda: ev_share(TEST, "e.action = 'screen_fail'", *ALL, "e.site_id = 'S07'"),
        "ct23": lambda: rank_ev_median(VISIT, "e.wait_minutes", *Y25, 'e."研究中心"', margin=2.0),
        "ct24": lambda: ev_median(VISIT, "e.wait_minutes", *Y25, "e.site_id = 'S02'"),
        "ct27": lambda: ev_count(RAND, *Y25),
        "ct28": lambda: ev_count(RAND, *Q2_26, "e.study_id = 'QM-AD-302'"),
        "ct29": lambda: top_ev_count(RAND, *Y25, 'e."研究中心"', margin=1.2),
        "ct30": lambda: top_ev_count(RAND, *Y25, "e.study_id", margin=1.3),
        # ---- retention
        "ct31": lambda: withdrawn_share(*Y25),
        "ct32": lambda: top_reason(DROPOUT, 'e."退出原因"', "e.study_id = 'QM-AD-302'", margin=1.3),
        "ct33": lambda: top_reason(DROPOUT, "e.dropout_reason", "e.study_id = 'QM-LC-201'", margin=1.2),
        "ct34": lambda: withdrawn_share(*Y25, FAR),
        "ct35": lambda: withdrawn_share(*Y25, f"NOT ({FAR})"),
        "ct36": lambda: ev_count(COMPLETION, *H1_26),
        "ct37": lambda: ev_share(FOLLOWUP, "e.out_of_window", *Y25),
        "ct49": lambda: ev_count(RAND, *Q2_26),
        # ---- stipends (money)
        "ct39": lambda: paid_sum(*Q4_25),
        "ct40": lambda: paid_sum(*Y25),
        "ct41": lambda: top_paid("o.study_id", *H1_26, margin=1.3),
        "ct42": lambda: pay_lag(*GZ, "o.site_id = 'S03'"),
        "ct43": lambda: pay_lag(*GZ, "o.site_id <> 'S03'"),
        "ct44": lambda: orders_count(*Y25, "o.status = 'returned'"),
        "ct45": lambda: paid_share("o.channel = 'wechat_pay'", *Y26_TO_AUG),
        "ct46": lambda: per_completed(),
        "ct48": lambda: paid_sum(*month(2026, 7)),
        # ---- hotline
        "ct50": lambda: top_reason(HOTLINE, 'e."来电原因"', _in("e.ts", *Y25), margin=2.0),
        "ct51": lambda: ev_count(HOTLINE, *Q4_25, "e.site_id = 'S03' AND e.hotline_reason = 'stipend_query'"),
        # ---- customers
        "ct55": lambda: dict(value=round(one("SELECT avg((age_band = '60+')::int) FROM customers"), 4),
                             tolerance=0.01),
        # ---- feedback
        "ct57": lambda: fb_count(STIPEND_T, "stipend_delay"),
        "ct58": lambda: top_fb_count("f.site", STIPEND_T, margin=3.0),
        "ct59": lambda: top_fb_count('f."研究中心"', WAIT_T, margin=3.0),
        "ct60": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ct61": lambda: rank_fb_avg('f."研究中心"', f"{SURVEY} AND f.touchpoint_id = '{VISIT}' AND {_in('f.ts', *Y25)}",
                                    min_n=30, margin=1.15),
        "ct62": lambda: fb_avg(f"f.touchpoint_id = '{COMPLETION}' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ct63": lambda: fb_ratio("f.nps <= 6", f"f.nps IS NOT NULL AND f.touchpoint_id = '{COMPLETION}' "
                                               f"AND {_in('f.ts', *Y25)}"),
        "ct64": lambda: fb_count(PLACEBO_T, "placebo_worry"),
        "ct65": lambda: feedback_ids(f"{STIPEND_T} AND f.site_id = 'S03' AND {_in('f.ts', *GZ)}"),
        "ct67": lambda: fb_count(CALLS_T, "too_many_calls"),
        "ct68": lambda: fb_ratio(STIPEND_T, _in("f.ts", *H2_25)),
        "ct69": lambda: fb_avg(f"{SURVEY} AND f.touchpoint_id = '{FOLLOWUP}' AND {_in('f.ts', *Y26_TO_AUG)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((WAIT_T, "long_wait"), (QUEST_T, "questionnaire"), (ICF_T, "icf_long"),
                        (BLOOD_T, "blood_draws"), (SIDE_T, "side_effect"), (STAFF_T, "praise_staff"),
                        (CARE_T, "praise_care"), (STIPEND_T, "stipend_delay"), (REMIND_T, "no_reminder")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        print(it["id"], it["lang"], it["question"][:90])
        try:
            got = fn()
        except AssertionError as e:
            if "--keep-going" not in sys.argv:
                raise
            print("   !! FAILED", e)
            failed.append(it["id"])
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   =>", shown)
    print("status-only ok items:", status_only)
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
