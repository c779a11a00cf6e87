"""Gold answers for the 启橙双语幼儿园 BrightOrange bilingual kindergarten chain held-out batch: plain DuckDB SQL over
the raw CSVs written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are read with exact duplicate rows removed (the payment webhook re-sent a few tuition notices with the same
  event_id; DATA.md loads them once);
- "families" / "家庭" / "customers" = customer_id (one child per family account). Funnels follow DATA.md, per family:
  a family reaches step k with an event at step k's touchpoint after reaching step k-1, within the journey window
  from their first step-1 event in the period (admissions 90 d, open_day_to_tour 30 d, deposit_to_start 240 d).
  The tolerance covers both readings (later steps may fall after the period end, or not) unless the question says
  later steps count. A funnel "for a lead source / campus" filters the family's first step-1 event (lead_source,
  social_platform, campus_id). A step-to-step rate = families reaching step k over families reaching step k-1.
  "Where do we lose the most families" = the step whose next step is not reached by the most families (answered with
  that step's touchpoint_id);
- shares of a step's own records are shares of that touchpoint's events in the period: open-day attendance =
  'attended' over attended + no_show (by the open day's time); PTM attendance = 'attended' over attended + missed;
  re-enrolment rate = 'confirmed' over confirmed + declined re-enrolment events; trial results and interview results
  are shares of the trial-day / interview events; late tuition = days_late > 0 over tp_tuition events;
- money = orders with status 'paid' by order ts, `amount` in CNY (the group reporting currency); a question in a local
  currency (SGD / AUD / CAD) uses amount_local of that campus; refunds = status 'refunded' (amount);
  tuition = order_type 'tuition' by payment ts unless the question names the billing month;
- customers: segment / tier / family_type as stored at the extract (2026-08-04);
- zh top entities are Chinese values where the data has them (退学原因, 线索来源, 工单类型, campus in Chinese),
  en ones English values (withdrawal_reason, lead_source, campus_id) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); 1-2 stars = rating <= 2 over rated rows; NPS = share of 9-10 minus share of 0-6 over
  rows with nps, as a fraction; average ratings over rated rows;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT DISTINCT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


# ---------- funnels (per family, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e.* (the family's first step-1 event in the period) and c.* (the family)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """counts[upto] / counts[frm]; later=True: steps after the period end count (only the unbounded reading)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def reached(journey, start, end, step, cond="1=1", later=False):
    vals = [funnel(journey, start, end, bounded=b, cond=cond)[step] for b in ((False,) if later else (False, True))]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[-1]) + 0.5))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.15):
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


def worst_step(journey, start, end, margin=1.1):
    """the step-to-step rate that is lowest; answered with the later step's predecessor touchpoint (where lost)."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        r = [c[i + 1] / c[i] for i in range(len(c) - 1)]
        best = min(range(len(r)), key=lambda i: r[i])
        assert sorted(r)[1] > r[best] * margin, r
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_families(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.02), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.2, min_n=20, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, col, by, start, end, cond="1=1", margin=1.15, lowest=False):
    rows = q(f"SELECT {by}, avg({col}) a FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY a {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_status_share(st, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg((o.status = '{st}')::int) FROM orders o WHERE {_in('o.ts', start, end)} "
                     f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def orders_avg(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def top_orders(by, start, end, cond="1=1", margin=1.08, join="", status="paid", col="o.amount"):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o {join} WHERE o.status = '{status}'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
MARKERS = {  # topic: (zh marker, en marker) as generate.py writes them
    "od_good": ("开放日很有收获", "open day was really informative"),
    "od_crowded": ("开放日人太多", "open day was way too crowded"),
    "tour_great": ("参观时老师讲解很细", "the tour guide explained everything"),
    "tour_rushed": ("参观太赶了", "the tour felt rushed"),
    "trial_happy": ("孩子体验日玩得很开心", "my kid loved the trial day"),
    "trial_cancelled": ("体验日被临时取消", "trial day was cancelled last minute"),
    "interview_exam": ("面谈像在考孩子", "the interview felt like testing my child"),
    "interview_warm": ("面谈氛围很轻松", "the interview was relaxed"),
    "deposit_norefund": ("定金不能退", "deposit is non-refundable"),
    "fees_high": ("学费太贵了", "fees are too steep"),
    "fee_rise": ("学费又涨了", "another fee increase"),
    "double_charge": ("兴趣班重复扣费", "charged twice for the club"),
    "club_fun": ("兴趣班很丰富", "the clubs are great"),
    "teachers_caring": ("老师很有爱心", "teachers are so caring"),
    "english_progress": ("英语进步很快", "english has really improved"),
    "teacher_turnover": ("外教换得太频繁", "foreign teachers keep changing"),
    "lunch": ("午餐不太合口味", "not happy with the lunches"),
    "ptm_useful": ("家长会很有收获", "parent-teacher meeting was helpful"),
    "ptm_short": ("家长会时间太短", "ptm slot was too short"),
    "bus_late": ("校车经常迟到", "school bus keeps running late"),
    "slow_reply": ("老师回消息太慢", "slow to reply to messages"),
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def lost(journey, start, end, frm, to, later=True):
    c = funnel(journey, start, end)
    return _count(c[frm] - c[to])


Y25, H1_25, H1_26 = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
SY2425, SY2526 = ("2024-09-01", "2025-08-31"), ("2025-09-01", "2026-07-31")
ALL = ("2024-09-01", "2026-07-31")
TO_END_26 = ("2026-01-01", "2026-07-31")
NOV25, NOV24 = month(2025, 11), month(2024, 11)
SOURCES = ["open_day", "parent_referral", "website", "social_media", "relocation_agent", "walk_in"]
CAMPS = ["SH-XH", "SH-PD", "BJ-SY", "SZ-SK", "HZ-BJ", "SG-BT", "AU-CW", "CA-RM"]
SHOW = "e.action IN ('attended', 'no_show')"
TUITION = "o.order_type = 'tuition'"
RE26, RE25 = ("2026-02-01", "2026-03-31"), ("2025-02-01", "2025-03-31")
PSURVEY = "f.channel = 'parent_survey'"


def gold():
    return {
        # ---- admissions funnel
        "kg01": lambda: conv("admissions", *Y25, later=True),
        "kg02": lambda: rank_conv("admissions", *Y25, "e.lead_source", SOURCES, lowest=True),
        "kg03": lambda: conv("admissions", *Y25, cond="e.lead_source = 'parent_referral'", later=True),
        "kg04": lambda: top_lost("admissions", *H1_26),
        "kg05": lambda: conv("admissions", *NOV25, upto=2, frm=1, later=True),
        "kg06": lambda: conv("admissions", *NOV24, upto=2, frm=1, later=True),
        "kg07": lambda: events_at("tp_trial_day", *NOV25),
        "kg08": lambda: conv("admissions", *Y25, cond="e.social_platform = '小红书'", later=True),
        "kg09": lambda: conv("admissions", *Y25, cond="e.campus_id = 'HZ-BJ'", later=True),
        "kg10": lambda: conv("open_day_to_tour", *Y25, later=True),
        "kg11": lambda: events_share("tp_open_day", "e.action = 'attended'", *Y25, cond=SHOW),
        "kg12": lambda: events_share("tp_open_day", "e.action = 'attended'", *Y25,
                                     cond=f"{SHOW} AND e.open_day_format = 'online'"),
        "kg13": lambda: events_families("tp_open_day", *quarter(2025, 4), cond="e.action = 'registered'"),
        "kg14": lambda: events_share("tp_trial_day", "e.trial_result = 'needs_support'", *Y25),
        "kg15": lambda: top_events_share("tp_interview", "e.interview_result = 'decline'", "e.campus_id", *SY2526),
        "kg16": lambda: events_avg("tp_offer", "e.days_to_offer", *Y25),
        "kg17": lambda: events_at("tp_offer", *month(2026, 3)),
        "kg18": lambda: conv("admissions", *Y25, upto=6, frm=5, later=True),
        "kg19": lambda: conv("deposit_to_start", *H1_25, later=True),
        "kg20": lambda: lost("deposit_to_start", *H1_25, 0, 1),
        "kg21": lambda: orders_count(*ALL, cond="o.order_type = 'deposit'", status="refunded"),
        # ---- money
        "kg22": lambda: orders(*Y25, cond=TUITION),
        "kg23": lambda: orders(*SY2425),
        "kg24": lambda: top_orders("o.campus_id", *Y25),
        "kg25": lambda: top_orders("o.campus_id", *Y25, cond="o.market <> 'CN'"),
        "kg26": lambda: orders(*H1_26, cond=f"{TUITION} AND o.campus_id = 'AU-CW'", col="o.amount_local"),
        "kg27": lambda: orders_change(H1_25, H1_26, cond="o.market <> 'CN'"),
        "kg28": lambda: orders_avg(*TO_END_26, cond=f"{TUITION} AND o.campus_id = 'SH-PD'"),
        "kg29": lambda: events_share("tp_tuition", "e.days_late > 0", *ALL,
                                     cond="e.billing_month BETWEEN '2025-09' AND '2026-06'"),
        "kg30": lambda: top_events_count("tp_tuition", "e.payment_method", *Y25, cond="e.market = 'CN'"),
        "kg31": lambda: orders(*month(2025, 9), cond="o.activity_type = 'after_school_club'", status="refunded"),
        "kg32": lambda: orders_count(*ALL, cond="o.refund_reason = 'duplicate_charge'", status="refunded"),
        "kg33": lambda: orders(*Y25, cond="o.activity_type = 'summer_camp'"),
        "kg34": lambda: orders(*Y25, cond="o.order_type = 'application_fee'"),
        "kg35": lambda: orders_status_share("cancelled", *Y25, cond="o.order_type = 'application_fee'"),
        # ---- retention
        "kg36": lambda: events_share("tp_reenrolment", "e.action = 'confirmed'", *RE26),
        "kg37": lambda: top_events_share("tp_reenrolment", "e.action = 'confirmed'", "e.campus_id", *RE26,
                                         lowest=True, margin=1.15),
        "kg38": lambda: events_share("tp_reenrolment", "e.action = 'confirmed'", *RE25, cond="e.campus_id = 'SZ-SK'"),
        "kg39": lambda: top_events_count("tp_withdrawal", "e.退学原因", *SY2526, margin=1.3),
        "kg40": lambda: events_at("tp_withdrawal", *SY2526, cond="e.campus_id = 'SZ-SK'"),
        "kg41": lambda: customers_count("c.segment = 'enrolled'"),
        "kg42": lambda: customers_count("c.segment = 'admitted'"),
        "kg43": lambda: events_share("tp_ptm", "e.action = 'attended'", *NOV25),
        "kg44": lambda: events_share("tp_ptm", "e.action = 'attended'", *SY2526, cond="e.ptm_format = 'online'"),
        "kg45": lambda: events_share("tp_ptm", "e.action = 'attended'", *SY2526, cond="e.ptm_format = 'in_person'"),
        "kg46": lambda: events_avg("tp_service_desk", "e.first_response_hours", *Y25),
        "kg47": lambda: top_events_count("tp_service_desk", "e.工单类型", *Y25, margin=1.5),
        # ---- feedback
        "kg48": lambda: fb_count(T["double_charge"]),
        "kg49": lambda: top_fb_count("f.touchpoint_id", T["double_charge"], margin=3),
        "kg50": lambda: fb_avg(f"{PSURVEY} AND {_in('f.ts', *Y25)}"),
        "kg51": lambda: rank_fb_avg("f.campus_id", f"{PSURVEY} AND {_in('f.ts', *SY2526)}", 30, highest=False),
        "kg52": lambda: feedback_ids(f"f.campus_id = 'SZ-SK' AND {T['teacher_turnover']} AND {_in('f.ts', *SY2526)}"),
        "kg53": lambda: fb_count(T["teacher_turnover"]),
        "kg54": lambda: nps_share(_in("f.ts", *SY2526)),
        "kg55": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'review_site' AND {_in('f.ts', *Y25)}"),
        "kg56": lambda: rank_fb_avg("f.campus", "f.touchpoint_id = 'tp_interview'", 20, highest=False),
        "kg57": lambda: fb_count(T["trial_cancelled"], _in("f.ts", "2025-11-01", "2025-12-31")),
        "kg58": lambda: top_fb_count("f.guide", T["tour_rushed"], margin=1.5),
        "kg59": lambda: fb_avg(f"f.channel = 'tour_card' AND {_in('f.ts', *Y25)}"),
        "kg60": lambda: fb_count(T["deposit_norefund"]),
        "kg61": lambda: feedback_ids(T["bus_late"]),
        "kg62": lambda: fb_count(T["fee_rise"], _in("f.ts", *SY2526)),
        "kg63": lambda: fb_avg(f"{PSURVEY} AND f.campus_id = 'SH-XH' AND {_in('f.ts', *SY2425)}", tol=0.05),
        "kg64": lambda: fb_count(T["od_crowded"]),
    }


def checks():
    for topic, cond in T.items():
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
