"""Gold answers for the 职达 JobReach (online recruiting) held-out batch, plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers.csv holds both job seekers (account_type = seeker, ids U…) and employer accounts (account_type =
  employer, ids E…); "job seekers / 求职者 / users" = seekers, "employers / 企业 / 招聘方" = employers; customer facts
  (tier, segment, education, experience_band, industry = target industry of a seeker, acquisition_channel,
  platform) are as of the end of the data (2026-08-31); "premium members now" = seekers with tier = premium;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey's window from their first step-1 event in the period; rates are per customer; the tolerance
  covers both readings (later steps allowed after the period end, or not); "lost after step k" = reached k, not k+1;
  a device / platform filter on a funnel keeps only events with that device / channel (each user has one);
- an application / 投递 = one tp_apply event; its later employer events (tp_employer_viewed, tp_interview_invite,
  tp_offer, tp_hired) carry the same session_id; application-level rates count applications by apply date and
  look at whether the same session has the later event at any time; the hiring company's industry, city tier,
  salary band and job category are the event's own columns;
- a job posting = one tp_post_job event (session_id = job_id); it is boosted when the same session has a tp_boost
  event; time to first applicant = tp_first_applicant ts - tp_post_job ts of the same job;
- appeal handling time = for each tp_appeal_submit, the first tp_appeal_resolved of that account after it, in days,
  by submission date (unresolved appeals are left out);
- money (revenue, 收入, 销售额) = sum of amount over orders with status paid, by order date, in CNY; premium =
  order_type premium, boosts = order_type employer_boost; refund rate = refunded / all orders of the group;
  renewals = is_renewal = 1;
- counts of users at a touchpoint are distinct customers with an event there in the period; "applications" count
  events;
- feedback: "1–2 star" = rating <= 2; app-store reviews = channel app_review; survey NPS question = nps (0–10,
  mean); topic counts use text markers (tolerance 5 %); "all" feedback includes comments without ts;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; months are 'YYYY-MM'.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, evc=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.15):
    steps, _ = _steps(journey)
    res = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = sorted(((c[k] - c[k + 1], steps[k]) for k in range(len(c) - 1)), reverse=True)
        assert lost[0][0] > lost[1][0] * margin, (c, lost)
        res.append(lost[0][1])
    assert res[0] == res[1]
    return dict(top_entity=res[0])


def top_conv(journey, start, end, by, lowest=True, margin=0.05, min_n=20, a=1, b=None, values=None, cust=None):
    vals = values or [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers WHERE {by} IS NOT NULL")]
    rates = []
    for v in vals:
        cond = f"c.{by} = '{v}'" + (f" AND ({cust})" if cust else "")
        c = funnel(journey, start, end, cust=cond)
        if c[a - 1] >= min_n:
            rates.append((c[(b or len(c)) - 1] / c[a - 1], v))
    rates.sort(reverse=not lowest)
    assert abs(rates[0][0] - rates[1][0]) > margin, rates
    return dict(top_entity=rates[0][1])


# ---------- applications / postings / appeals ----------

def _has(tp):
    return f"(SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{tp}')"


def app_rate(start, end, num_tp, den_tp=None, cond="1=1"):
    """Share of applications (by apply date) whose session has num_tp, among those having den_tp (if given)."""
    den = f"AND a.session_id IN {_has(den_tp)}" if den_tp else ""
    v = one(f"""SELECT avg((a.session_id IN {_has(num_tp)})::int) FROM events a WHERE a.touchpoint_id = 'tp_apply'
                AND {_in('a.ts', start, end)} AND ({cond}) {den}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_app_rate(start, end, num_tp, den_tp, by, lowest=True, margin=0.08, min_n=50):
    rows = q(f"""SELECT a.{by}, avg((a.session_id IN {_has(num_tp)})::int) r FROM events a
                 WHERE a.touchpoint_id = 'tp_apply' AND {_in('a.ts', start, end)} AND a.session_id IN {_has(den_tp)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def app_days(start, end, to_tp, cond="1=1"):
    v = one(f"""SELECT avg(epoch(x.ts - a.ts) / 86400.0) FROM events a JOIN events x ON x.session_id = a.session_id
                AND x.touchpoint_id = '{to_tp}' WHERE a.touchpoint_id = 'tp_apply' AND {_in('a.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))


def first_app_hours(start, end, boosted):
    v = one(f"""SELECT avg(epoch(f.ts - p.ts) / 3600.0) FROM events p JOIN events f ON f.session_id = p.session_id
                AND f.touchpoint_id = 'tp_first_applicant' WHERE p.touchpoint_id = 'tp_post_job'
                AND {_in('p.ts', start, end)} AND p.session_id {'' if boosted else 'NOT'} IN {_has('tp_boost')}""")
    return dict(value=round(v, 1), tolerance=round(v * 0.05, 1))


def apps_per_post_low(margin=1.4):
    rows = q("""SELECT p.salary_band, count(a.event_id) / count(DISTINCT p.session_id) r FROM events p
                LEFT JOIN events a ON a.job_id = p.job_id AND a.touchpoint_id = 'tp_apply'
                WHERE p.touchpoint_id = 'tp_post_job' GROUP BY 1 ORDER BY r""")
    assert rows[1][1] > rows[0][1] * margin, rows
    return dict(top_entity=rows[0][0])


APPEALS = """SELECT s.customer_id, s.ts AS submitted, (SELECT min(r.ts) FROM events r WHERE r.customer_id = s.customer_id
             AND r.touchpoint_id = 'tp_appeal_resolved' AND r.ts > s.ts) AS resolved
             FROM events s WHERE s.touchpoint_id = 'tp_appeal_submit'"""


def appeal_days(start, end):
    v = one(f"""SELECT avg(epoch(resolved - submitted) / 86400.0) FROM ({APPEALS}) x
                WHERE resolved IS NOT NULL AND {_in('submitted', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))


def signup_to_apply_days(start, end):
    v = one(f"""SELECT avg(epoch(a - s) / 86400.0) FROM (SELECT e.customer_id, min(e.ts) s,
                (SELECT min(x.ts) FROM events x WHERE x.customer_id = e.customer_id AND x.touchpoint_id = 'tp_apply') a
                FROM events e WHERE e.touchpoint_id = 'tp_signup' AND {_in('e.ts', start, end)} GROUP BY 1)
                WHERE a IS NOT NULL""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))


def exp_rate(variant, tp="tp_resume"):
    v = one(f"""SELECT avg((x.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = '{tp}'))::int)
                FROM experiments x WHERE x.experiment_id = 'exp_resume_ai' AND x.variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_exp(tp="tp_resume", margin=0.04):
    rows = q(f"""SELECT variant, avg((x.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = '{tp}'))::int)
                 r FROM experiments x GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, start, end, by, cond="1=1", margin=1.2, join_cust=False):
    j = "JOIN customers c USING (customer_id)" if join_cust else ""
    rows = q(f"""SELECT {by}, count(*) n FROM events e {j} WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, margin=1.1):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def growth(tp, a, b):
    """(count in period b - count in period a) / count in period a."""
    na = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    nb = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return dict(value=round((nb - na) / na, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def order_rate(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {col}, sum(amount) n FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, cond="1=1", margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_fb(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2023-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
SEEKER = "c.account_type = 'seeker'"


def _any(*words):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in words) + ")"


T_GHOST = _any("已读不回", "石沉大海", "没下文", "一个面试都没约到", "ghost", "never replied", "on read")
T_SPAM = _any("骚扰电话", "陌生电话", "spam call", "telemarketing", "harassing call")
T_SCAM = _any("骗子", "诈骗", "虚假职位", "假招聘", "押金", "培训费", "刷单", "scam", "fake job", "fraudulent",
              "money upfront", "click-farming")
T_RENEW = _any("自动续费", "续费", "auto-renew", "renewal", "renewed automatically")
T_APPEAL = _any("申诉", "appeal")
T_CRASH = _any("闪退", "崩溃", "一直崩", "crash", "force-close")


def gold() -> dict:
    AND = "e.device = 'android'"
    return {
        # ---- funnels
        "rc01": lambda: conv("job_seeker", *Y25),
        "rc02": lambda: top_lost("job_seeker", *H1_26),
        "rc03": lambda: conv("job_seeker", *month(2026, 3), 1, 2, evc=AND),
        "rc04": lambda: conv("job_seeker", *month(2026, 3), 1, 2, evc="e.device = 'ios'"),
        "rc05": lambda: conv("job_seeker", "2026-01-01", "2026-02-28", 1, 2, evc=AND),
        "rc06": lambda: top_conv("job_seeker", *ALL, "acquisition_channel", lowest=False, margin=0.03),
        "rc07": lambda: conv("application_response", *H1_26),
        "rc08": lambda: top_app_rate(*H1_26, "tp_interview_invite", "tp_employer_viewed", "industry"),
        "rc09": lambda: app_rate(*H1_26, "tp_interview_invite", "tp_employer_viewed", "a.industry = '互联网'"),
        "rc10": lambda: app_rate(*Y25, "tp_interview_invite", "tp_employer_viewed", "a.industry = '互联网'"),
        "rc11": lambda: conv("premium", *Y25, 1, 2),
        "rc12": lambda: top_conv("premium", *ALL, "experience_band", a=1, b=2),
        "rc13": lambda: conv("premium", *ALL, 1, 2, evc="e.channel = 'mini_program'"),
        "rc14": lambda: conv("premium", *Y25, 2, 3),
        "rc15": lambda: conv("employer_posting", *quarter(2026, 1)),
        "rc16": lambda: conv("account_appeal", *month(2026, 6)),
        # ---- time between steps
        "rc17": lambda: app_days(*Y25, "tp_interview_invite"),
        "rc18": lambda: appeal_days(*month(2026, 6)),
        "rc19": lambda: appeal_days(*month(2026, 5)),
        "rc20": lambda: first_app_hours(*Y25, True),
        "rc21": lambda: first_app_hours(*Y25, False),
        "rc22": lambda: signup_to_apply_days(*Y25),
        # ---- rankings
        "rc23": lambda: top_month("tp_apply", *Y26),
        "rc24": lambda: top_events("tp_signup", *Y25, "e.city_tier"),
        "rc25": lambda: top_events("tp_report_scam", *ALL, "e.job_category", margin=3),
        "rc26": lambda: top_events("tp_report_scam", "2026-06-01", "2026-08-31", "e.city_tier", margin=1.5),
        "rc27": lambda: top_orders("o.industry", *Y25, "o.order_type = 'employer_boost'"),
        "rc28": lambda: apps_per_post_low(),
        "rc29": lambda: top_events("tp_signup", *Y26, "c.acquisition_channel", join_cust=True, margin=1.1),
        "rc30": lambda: top_customers("c.education", SEEKER),
        "rc31": lambda: top_fb("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *month(2026, 3))}"),
        # ---- values
        "rc32": lambda: orders("2025-07-01", "2025-12-31", agg="count", cond="o.order_type = 'premium'"),
        "rc33": lambda: orders(*Y25, cond="o.order_type = 'premium'"),
        "rc34": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'employer_boost'"),
        "rc35": lambda: orders(*H1_26, agg="avg", cond="o.order_type = 'employer_boost'"),
        "rc36": lambda: order_rate("o.status = 'refunded'", *quarter(2026, 2), "o.is_renewal = 1"),
        "rc37": lambda: order_rate("o.status = 'refunded'", *quarter(2025, 2), "o.is_renewal = 1"),
        "rc38": lambda: customers_count(f"{SEEKER} AND c.tier = 'premium'"),
        "rc39": lambda: customers_count("c.account_type = 'employer'"),
        "rc40": lambda: events_at("tp_report_scam", *month(2026, 7)),
        "rc41": lambda: users_at("tp_offer", *Y25),
        "rc42": lambda: users_at("tp_hired", *quarter(2026, 2)),
        "rc43": lambda: events_at("tp_signup", *month(2026, 7)),
        "rc44": lambda: events_at("tp_apply", "2026-08-10", "2026-08-16"),
        "rc45": lambda: events_at("tp_apply", "2025-09-01", "2025-10-31"),
        "rc46": lambda: order_rate("o.is_renewal = 1", *Y25, "o.order_type = 'premium' AND o.status = 'paid'"),
        "rc47": lambda: share_ev("e.salary_band = '面议'", "tp_post_job", *Y25),
        "rc48": lambda: customers_count(f"{SEEKER} AND c.education IN ('硕士', '博士')"),
        # ---- comparisons / trends
        "rc49": lambda: growth("tp_apply", ("2025-03-01", "2025-04-30"), ("2026-03-01", "2026-04-30")),
        "rc50": lambda: growth("tp_signup", month(2026, 2), month(2026, 3)),
        "rc51": lambda: top_month("tp_report_scam", *Y26),
        "rc52": lambda: top_conv("job_seeker", *ALL, "acquisition_channel", lowest=False, margin=0.02,
                                 values=["referral", "douyin"]),
        "rc53": lambda: top_exp(),
        "rc54": lambda: exp_rate("ai_assist"),
        # ---- feedback
        "rc55": lambda: events_at("tp_boost", *Y25),
        "rc56": lambda: fb_topic_count(T_GHOST),
        "rc57": lambda: fb_topic_count(T_SPAM),
        "rc58": lambda: fb_avg("rating", f"f.channel = 'app_review' AND {_in('f.ts', *month(2026, 3))}", tol=0.05),
        "rc59": lambda: fb_avg("rating", f"f.channel = 'app_review' AND {_in('f.ts', *month(2026, 1))}", tol=0.05),
        "rc60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *month(2026, 3))}"),
        "rc61": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", tol=0.05),
        "rc62": lambda: fb_topic_count(T_RENEW),
        "rc63": lambda: feedback_ids(T_SCAM),
        "rc64": lambda: feedback_ids(T_APPEAL),
        "rc65": lambda: fb_count("f.ts IS NULL"),
        "rc66": lambda: fb_count("f.language = 'en'"),
        "rc67": lambda: top_fb("f.touchpoint_id", f"f.channel = 'ticket' AND {_in('f.ts', *month(2026, 6))}"),
        "rc68": lambda: fb_topic_count(T_CRASH),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8")) if batch.exists() else []
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    if unused:
        print("WARNING gold for ids not in the batch:", sorted(unused))
        if write:
            raise SystemExit("refusing to write with unused gold")
        for k in sorted(unused):
            try:
                print(k, checks[k]())
            except AssertionError as e:
                print(k, "ASSERT", str(e)[:300])
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
