"""Gold answers for the 衡信认证 HengXin Certification Board (professional certification exams) held-out batch, from
plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- funnels follow DATA.md: a person reaches step k when they have an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window counted from their first step-1 event in the period (certify 120 d,
  signup_to_pay 30 d, online_exam 14 d, retake 120 d, renewal 90 d). Any event at a touchpoint counts, whatever
  its action (a failed payment attempt is an event at tp_fee_payment, a failed result an event at tp_result; where a
  question says "paid", the tolerance also covers counting successful payments only);
  rates are per person. Later steps may fall after the period end (the window decides); where cutting them at the
  period end changes the value a little, the tolerance covers both readings. "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between k and k+1 belongs to step k);
- "candidates" / "people" / "考生" = customers (customer_id); new candidates have ids C…, certificate holders
  certified before 2025 have ids H…; a sign-up = a row of customers.csv by signup_at; channel =
  customers.acquisition_channel (zh: 获客渠道), province = region (zh: 省份);
- rates of a step are per event in the period (by event date): eligibility approval = tp_eligibility events with
  action `approved` / all tp_eligibility events; payment success = tp_fee_payment `success` / all tp_fee_payment
  events (attempts); proctoring launch failure = tp_online_proctoring `launch_failed` / all its events (attempts);
  interruption = tp_exam_sitting `interrupted` / all tp_exam_sitting events; pass rate = tp_result `pass` / all
  tp_result events (by result date); review turnaround = review_days on tp_eligibility events (by review date);
- counts of exams sat = tp_exam_sitting events with action `completed`; certificates = tp_certificate events;
  cancellations = tp_reschedule events with action `cancelled`; score reviews = tp_score_review `submitted`;
  support contacts = tp_support events (support_reason / 咨询类型), phone wait = wait_minutes of channel `phone`;
- money = orders with status `paid`, by orders.ts (the payment date), CNY; fee types from orders.fee_type
  (exam_fee, retake_fee, renewal_fee, reschedule_fee, review_fee); refunded = status `refunded` (ts = original
  payment date); payment-method shares are over paid orders (count);
- A/B (renewal_reminder_h2_2025): success = a tp_renewal `submitted` event within 60 days after assigned_at;
  renewal on time = holders whose cert_expires_at falls in the period and who have a tp_renewal `approved` event
  on or before the expiry date;
- zh questions are checked against the Chinese twins (认证科目, 考点, 获客渠道, 省份, 审核意见, 失败原因, 支付方式,
  启动失败原因, 咨询类型, 拒绝原因, 考试方式), en ones against certification / test_centre / acquisition_channel /
  region / review_reason / fail_reason / payment_method / os / support_reason / variant / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); ratings 1-5 of channel `survey` unless said otherwise; negative = 1-2 stars; the post-exam
  survey of test centres = survey rows at tp_test_centre, of online exams = survey rows at tp_online_proctoring;
  likelihood to recommend = `nps` (0-10) of certificate surveys (tp_certificate), detractors 0-6;
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
    big = [r for r in rows if r[0] is not None and (min_n is None or r[2] >= min_n)]
    big.sort(key=lambda r: r[1], reverse=not lowest)
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in big[:5]])
    a, b = big[0][1], big[1][1]
    assert (b > a * margin) if lowest else (a > b * margin), big[:3]
    return big[0][0]


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1", evcond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events WHERE ({evcond})"
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


def conv_paid(journey, start, end, cond="1=1", upto=None):
    """the question says "paid": the DATA.md reading counts any event at tp_fee_payment (a failed attempt too);
    the tolerance also covers counting successful payments only."""
    got = conv(journey, start, end, cond, upto)
    c = funnel(journey, start, end, cond=cond, evcond="NOT (touchpoint_id = 'tp_fee_payment' AND action = 'fail')")
    strict = (c[-1] if upto is None else c[upto - 1]) / c[0]
    print("    successful payments only:", round(strict, 4))
    got["tolerance"] = round(max(got["tolerance"], abs(got["value"] - strict) + 0.005), 4)
    return got


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
        raw = sorted([r for r in rows if r[0] is not None], key=lambda r: r[1], reverse=not lowest)
        print("    raw top:", raw[0])
        winner = _ranked(rows, margin, lowest, min_n)
        assert raw[0][0] != winner, "trap not working"
        return dict(top_entity=winner)
    return dict(top_entity=_ranked(rows, margin, lowest, min_n))


def top_ev_count(tp, start, end, by, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n, count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


def ev_median(tp, col, start, end, cond="1=1"):
    v, n = q(f"""SELECT median({col}), count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(float(v), 2), tolerance=round(max(0.2, v * 0.03), 2))


def ev_avg(tp, col, start, end, cond="1=1", tol_rel=0.02):
    v, n = q(f"""SELECT avg({col}), count(*) FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL""")[0]
    print("    n =", n)
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, v * tol_rel), 2))


def top_reason(tp, col, cond, margin=1.2):
    rows = q(f"""SELECT {col}, count(*), count(*) FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM customers c WHERE {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_customers(by, cond, margin=1.1):
    rows = q(f"SELECT {by}, count(*), count(*) FROM customers c WHERE {cond} GROUP BY 1")
    return dict(top_entity=_ranked(rows, margin))


def has_event(tp, action=None):
    a = f" AND x.action = '{action}'" if action else ""
    return f"EXISTS (SELECT 1 FROM events x WHERE x.customer_id = c.customer_id AND x.touchpoint_id = '{tp}'{a})"


def renewed_on_time(start, end):
    v, n = q(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = c.customer_id
                      AND x.touchpoint_id = 'tp_renewal' AND x.action = 'approved'
                      AND x.ts < c.cert_expires_at + INTERVAL 1 DAY))::int), count(*)
                 FROM customers c WHERE {_in('c.cert_expires_at', start, end)}""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- A/B ----------

def _ab():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id = 'tp_renewal' AND e.action = 'submitted' AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL 60 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1""")


def ab_top(margin=1.1):
    return dict(top_entity=_ranked(_ab(), margin))


def ab_value(variant):
    return dict(value=round([r[1] for r in _ab() if r[0] == variant][0], 4), tolerance=0.01)


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


def top_paid(by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, sum(amount), count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1""")
    return dict(top_entity=_ranked(rows, margin))


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


# ---------- constants ----------
Y25, Y26 = ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-08-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
SEP25, AUG25, MAR26, FEB26, APR26 = month(2025, 9), month(2025, 8), month(2026, 3), month(2026, 2), month(2026, 4)
NOISE = ("2025-10-01", "2026-01-31")
ALL = ("2020-01-01", "2026-12-31")
(ACCOUNT, APPLICATION, ELIG, PAY, BOOK, RESCHED, CENTRE, ONLINE, SIT, RESULT, REVIEW, CERT, RETAKE, REMIND,
 RENEW, SUPPORT) = ("tp_account", "tp_application", "tp_eligibility", "tp_fee_payment", "tp_seat_booking",
                    "tp_reschedule", "tp_test_centre", "tp_online_proctoring", "tp_exam_sitting", "tp_result",
                    "tp_score_review", "tp_certificate", "tp_retake", "tp_renewal_reminder", "tp_renewal",
                    "tp_support")
CHANNELS = ["search", "wechat", "douyin", "xiaohongshu", "training_partner", "employer", "referral"]
NEW = "c.customer_id LIKE 'C%'"
PROCTOR_T = _like("f.text", ["监考软件", "proctoring software"])
FLAG_T = _like("f.text", ["判定违规", "flagged"])
NOISE_T = _like("f.text", ["噪音", "noise"])
LATE_T = _like("f.text", ["推迟开考", "started late"])
PAYFAIL_T = _like("f.text", ["支付失败", "payment failed"])
SLOW_T = _like("f.text", ["审核太慢", "eligibility review"])
DOCS_T = _like("f.text", ["材料被退回", "documents were sent back"])
SEATS_T = _like("f.text", ["没有考位", "no seats"])
SYLL_T = _like("f.text", ["超纲", "syllabus"])
RESULT_T = _like("f.text", ["成绩迟迟", "waiting for my score"])
CERTD_T = _like("f.text", ["纸质证书", "paper certificate"])
REFUND_T = _like("f.text", ["退费", "refund"])
SUPW_T = _like("f.text", ["电话打不通", "get through"])
CPD_T = _like("f.text", ["继续教育学分", "cpd"])
INVIG_T = _like("f.text", ["监考老师", "invigilator"])
SMOOTH_T = _like("f.text", ["很顺利", "smooth"])
SURVEY = "f.channel = 'survey'"


def gold():
    online = "e.exam_mode = 'online_proctored'"
    return {
        # ---- journeys / funnels (per person)
        "ep01": lambda: conv("certify", *H1_25),
        "ep02": lambda: top_lost("certify", *Y25),
        "ep03": lambda: conv_paid("certify", *Y25, upto=3),
        "ep04": lambda: rank_conv("signup_to_pay", *Y25, "c.acquisition_channel", CHANNELS, margin=1.5),
        "ep05": lambda: conv_paid("signup_to_pay", *Y25, cond="c.acquisition_channel = 'douyin'"),
        "ep06": lambda: conv_paid("signup_to_pay", *Y25, cond="c.acquisition_channel = 'training_partner'"),
        "ep07": lambda: conv("online_exam", *Q2_26),
        "ep32": lambda: conv("retake", *Y25),
        "ep56": lambda: conv("renewal", *Y25),
        # ---- online proctoring / sittings
        "ep08": lambda: ev_share(ONLINE, "e.action = 'launch_failed'", *APR26),
        "ep09": lambda: ev_share(ONLINE, "e.action = 'launch_failed'", *MAR26),
        "ep10": lambda: rank_ev_share(ONLINE, "e.action = 'launch_failed'", *APR26, "e.os", margin=1.3),
        "ep11": lambda: top_reason(ONLINE, 'e."启动失败原因"', _in("e.ts", *APR26), margin=1.5),
        "ep13": lambda: ev_share(SIT, "e.action = 'interrupted'", *Y25, online),
        "ep37": lambda: ev_count(SIT, *Q1_26, "e.action = 'completed' AND e.exam_mode = 'test_centre'"),
        "ep38": lambda: ev_count(BOOK, "2026-04-13", "2026-04-19"),
        "ep39": lambda: ev_count(RESCHED, *H2_25, "e.action = 'cancelled'"),
        "ep40": lambda: top_reason(CENTRE, 'e."拒绝原因"', f"e.action = 'denied' AND {_in('e.ts', *Y25)}", margin=1.3),
        # ---- payments
        "ep14": lambda: ev_share(PAY, "e.action = 'success'", *SEP25),
        "ep15": lambda: ev_share(PAY, "e.action = 'success'", *AUG25),
        "ep16": lambda: top_reason(PAY, 'e."失败原因"', f"e.action = 'fail' AND {_in('e.ts', *SEP25)}", margin=1.3),
        "ep17": lambda: rank_ev_share(PAY, "e.action = 'success'", *SEP25, "e.payment_method", margin=1.3,
                                      lowest=True),
        "ep19": lambda: ev_count(SUPPORT, *SEP25, "e.support_reason = 'payment_issue'"),
        "ep59": lambda: ev_avg(SUPPORT, "e.wait_minutes", *SEP25, "e.channel = 'phone'"),
        "ep24": lambda: top_ev_count(SUPPORT, *MAR26, 'e."咨询类型"', margin=1.5),
        # ---- eligibility
        "ep20": lambda: ev_median(ELIG, "e.review_days", *MAR26),
        "ep21": lambda: ev_median(ELIG, "e.review_days", *FEB26),
        "ep22": lambda: ev_share(ELIG, "e.action = 'approved'", *Y25),
        "ep23": lambda: top_reason(ELIG, "e.review_reason", f"e.action = 'rejected' AND {_in('e.ts', *Y25)}",
                                   margin=1.3),
        # ---- results / certificates
        "ep25": lambda: ev_share(RESULT, "e.action = 'pass'", *Y25),
        "ep26": lambda: rank_ev_share(RESULT, "e.action = 'pass'", *Y25, 'e."认证科目"', margin=1.2, lowest=True),
        "ep27": lambda: ev_share(RESULT, "e.action = 'pass'", *Y25, "e.certification = 'CPPM'"),
        "ep28": lambda: rank_ev_share(RESULT, "e.action = 'pass'", *Y26, 'e."考点"', min_n=50, margin=1.08,
                                      trap=True),
        "ep29": lambda: ev_share(RESULT, "e.action = 'pass'", *ALL, "e.test_centre_id = 'TC08'"),
        "ep30": lambda: rank_ev_share(RESULT, "e.action = 'pass'", *Y25, 'e."考试方式"', margin=1.04),
        "ep31": lambda: ev_share(RESULT, "e.action = 'pass'", *Y25, "e.attempt_no >= 2"),
        "ep34": lambda: ev_count(REVIEW, *Y25, "e.action = 'submitted'"),
        "ep35": lambda: ev_count(CERT, *H1_26),
        "ep36": lambda: ev_count(CERT, *H1_26, "e.certification = 'CPDA'"),
        # ---- money
        "ep41": lambda: paid_sum(*Q4_25, "o.fee_type = 'exam_fee'"),
        "ep42": lambda: paid_sum(*H1_26),
        "ep43": lambda: top_paid("o.certification", *Y25, margin=1.1),
        "ep44": lambda: orders_count(*Y25, "o.status = 'refunded'"),
        "ep45": lambda: paid_sum(*Y26, "o.fee_type = 'renewal_fee'"),
        "ep46": lambda: paid_sum("2026-01-01", "2026-06-30", "o.fee_type = 'reschedule_fee'"),
        # ---- candidates / renewals
        "ep48": lambda: top_customers('c."获客渠道"', f"{NEW} AND {_in('c.signup_at', *Y25)}"),
        "ep49": lambda: customers_count(f"{NEW} AND {_in('c.signup_at', *Q1_26)}"),
        "ep50": lambda: top_customers('c."省份"', "1=1"),
        "ep51": lambda: customers_share(has_event(CERT), f"{NEW} AND c.acquisition_channel = 'employer' "
                                                         f"AND {_in('c.signup_at', *Y25)}"),
        "ep53": lambda: ab_top(),
        "ep54": lambda: ab_value("email_only"),
        "ep55": lambda: renewed_on_time(*Y25),
        "ep57": lambda: ev_count(RENEW, *ALL, "e.action = 'rejected'"),
        # ---- feedback
        "ep60": lambda: fb_count(PROCTOR_T, "proctor_software"),
        "ep61": lambda: top_fb_count("f.touchpoint_id", PROCTOR_T, margin=2.0),
        "ep62": lambda: rank_fb_avg('f."考点"', f"{SURVEY} AND f.touchpoint_id = '{CENTRE}' AND {_in('f.ts', *NOISE)}",
                                    min_n=20, margin=1.5),
        "ep63": lambda: feedback_ids(f"{NOISE_T} AND f.test_centre_id = 'TC03' AND {_in('f.ts', *NOISE)}"),
        "ep64": lambda: fb_avg(f"{SURVEY} AND f.touchpoint_id = '{ONLINE}' AND {_in('f.ts', *Y26)}"),
        "ep65": lambda: fb_avg(f"{SURVEY} AND f.touchpoint_id = '{CENTRE}' AND {_in('f.ts', *Y26)}"),
        "ep66": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND f.rating IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "ep67": lambda: fb_avg(f"f.touchpoint_id = '{CERT}' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ep68": lambda: fb_ratio("f.nps <= 6", f"f.nps IS NOT NULL AND f.touchpoint_id = '{CERT}' "
                                               f"AND {_in('f.ts', *Y25)}"),
        "ep69": lambda: fb_count(SYLL_T, "syllabus"),
        "ep70": lambda: fb_count(PAYFAIL_T, "payment_failed", period=_in("f.ts", *SEP25)),
        "ep71": lambda: fb_count(CERTD_T, "cert_delay"),
        "ep72": lambda: feedback_ids(f"{SLOW_T} AND {_in('f.ts', '2026-03-01', '2026-04-30')}"),
    }


def checks():
    """topic markers must match the generator's truth exactly."""
    for cond, topic in ((PROCTOR_T, "proctor_software"), (FLAG_T, "flagged"), (NOISE_T, "centre_noise"),
                        (LATE_T, "centre_late"), (PAYFAIL_T, "payment_failed"), (SLOW_T, "review_slow"),
                        (DOCS_T, "docs_returned"), (SEATS_T, "no_seats"), (SYLL_T, "syllabus"),
                        (RESULT_T, "result_slow"), (CERTD_T, "cert_delay"), (REFUND_T, "refund"),
                        (SUPW_T, "support_wait"), (CPD_T, "cpd"), (INVIG_T, "praise_invigilator"),
                        (SMOOTH_T, "praise_smooth")):
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
