"""Gold answers for the 康复家 PhysioPlus held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (patient) reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (intake 30 d, course 180 d,
  claim 60 d, renew 30 d, refund 30 d); rates are per person; the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count (then unbounded only).
  "Where do we lose the most" = the step whose next step is not reached by the most people (loss attributed to
  the step before it). A funnel split by a customer attribute filters the step-1 people by it;
- a case = one `session_id` (CASE00123): one episode of care from booking the assessment to discharge / drop-out.
  Per-case rates count cases whose first event at step A falls in the period and look for step B in the same case
  at any time; attributes (clinic, plan type, ...) are read from the step-A event;
- appointments: treatment appointments are the tp_checkin / tp_noshow / tp_cancel events with
  appointment_type = 'treatment' (one per appointment_id); no-show rate = no-shows / those three, by event date;
  waiting time = `wait_min` on tp_checkin (assessment and treatment check-ins), by check-in date;
- pain: initial pain = tp_assess.pain_score; improvement at discharge = tp_complete.initial_pain - pain_score, by
  discharge date;
- money = orders with status `paid` (cancelled pack orders never paid; refunded packs are no revenue), by order
  ts; revenue = assessment fees + packs + single sessions + products; refunds = `refund_amount` of tp_refund events
  by refund date; "packs sold" counts pack orders paid or later refunded (not cancelled); spend per paying patient
  = paid amount / patients with >= 1 paid order in the period; insurer payouts = paid_amount on tp_claim_approved;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (clinic, 门店城市, 方案类型, 时段, 治疗师级别, 获客渠道, 拒赔原因), en ones against clinic_en / clinic_city /
  plan_type / therapist_id / product / reject_reason / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; NPS = survey `nps` (0-10),
  promoters 9-10;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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


def _top(rows, margin):
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _low(rows, margin):
    assert rows[1][1] > rows[0][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per person, DATA.md rule) ----------

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
                rows.append((g, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        tops.add((_low if lowest else _top)(rows, margin)["top_entity"])
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

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def case_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
                 USING (session_id) WHERE {_in('a.t', start, end)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(case_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg"):
    gap = f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
              WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {gap}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {gap}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def ev_agg(tp, expr, start, end, cond="1=1", tol=None):
    v = float(one(f"SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 4 if tol is None else 3), tolerance=tol if tol is not None else 0.01)


def top_ev_agg(tp, by, expr, start, end, cond="1=1", margin=1.2, lowest=False, min_n=1):
    rows = q(f"""SELECT {by}, {expr} v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'' if lowest else 'DESC'}""")
    return (_low if lowest else _top)(rows, margin)


APPT = "e.touchpoint_id IN ('tp_checkin', 'tp_noshow', 'tp_cancel') AND e.appointment_type = 'treatment'"


def noshow_rate(start, end, by=None, margin=1.3):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((e.touchpoint_id = 'tp_noshow')::int) r FROM events e WHERE {APPT}
                 AND {_in('e.ts', start, end)} {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if by:
        return _top(rows, margin)
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      LEFT JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin)


def pack_refund_share(start, end, cond="1=1"):
    v = one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE order_type = 'pack'
                AND status IN ('paid', 'refunded') AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_pack_refund(start, end, margin=1.3):
    rows = q(f"""SELECT pack_size, avg((status = 'refunded')::int) r FROM orders o WHERE order_type = 'pack'
                 AND status IN ('paid', 'refunded') AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return _top(rows, margin)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    return _top(q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), margin)


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


def fb_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.15, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    return _top(q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 "
                  f"ORDER BY n DESC"), margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
ALL = ("2025-01-01", "2026-06-30")
(DISCOVER, BOOK, ASSESS, PLAN, BUY, CHECKIN, SESSION, NOSHOW, CANCEL, CHANGE, REASSESS, USED_UP, RENEW, REFUND_REQ,
 REFUND, CLAIM, APPROVED, REJECTED, COMPLETE, RATE) = (
    "tp_discover", "tp_book_assess", "tp_assess", "tp_plan", "tp_buy_pack", "tp_checkin", "tp_session", "tp_noshow",
    "tp_cancel", "tp_therapist_change", "tp_reassess", "tp_pack_used_up", "tp_renew", "tp_refund_request",
    "tp_refund", "tp_claim_submit", "tp_claim_approved", "tp_claim_rejected", "tp_complete", "tp_rate")
APP = "f.channel = 'mini_program_review'"
WAIT_T = _like("f.text", ["等了", "等太久", "等很久", "waited", "waiting"])
PAIN_T = _like("f.text", ["酸痛", "更疼", "酸胀", "sore", "hurt more"])
CHANGE_T = _like("f.text", ["换治疗师", "换了治疗师", "离职", "new therapist", "therapist left", "changed my therapist"])
REFUND_T = _like("f.text", ["退卡", "退疗程卡", "想退", "refund"])
INSUR_T = _like("f.text", ["理赔", "报销", "claim", "insurance"])
IMPROVED_T = _like("f.text", ["不疼了", "恢复得很好", "减轻了", "pain is gone", "feel so much better", "back to running"])
PRO_T = _like("f.text", ["专业", "professional", "knows her stuff"])
PRICE_T = _like("f.text", ["贵", "expensive", "pricey"])


def gold():
    return {
        # ---- funnels / conversion
        "pp01": lambda: conv("intake", *Y25),
        "pp02": lambda: top_lost("intake", *H1_26),
        "pp03": lambda: rank_conv("intake", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "pp04": lambda: conv("intake", *Y25, cond="c.acquisition_channel = 'hospital_referral'"),
        "pp05": lambda: rate(BOOK, ASSESS, *Y25),
        "pp06": lambda: rate(PLAN, BUY, *Y25),
        "pp07": lambda: conv("course", *Y25, unbounded_only=True),
        "pp08": lambda: rate(BUY, COMPLETE, *Y25, "a.plan_type = 'post_surgery'"),
        "pp09": lambda: conv("claim", *Y25),
        "pp10": lambda: rate(CLAIM, REJECTED, *Q4_25),
        "pp11": lambda: rate(CLAIM, REJECTED, *Q3_25),
        "pp12": lambda: _top(q(f"""SELECT r.reject_reason, count(*) n FROM events r JOIN {_first(CLAIM)} a
                                  USING (session_id) WHERE r.touchpoint_id = '{REJECTED}' AND {_in('a.t', *Q4_25)}
                                  GROUP BY 1 ORDER BY n DESC"""), 2.0),
        "pp13": lambda: conv("renew", *Y25, unbounded_only=True),
        "pp14": lambda: step_time(REFUND_REQ, REFUND, *Y25),
        "pp15": lambda: pack_refund_share(*Y25),
        "pp16": lambda: top_pack_refund(*Y25),
        # ---- appointments, waiting
        "pp17": lambda: noshow_rate(*Q1_26),
        "pp18": lambda: noshow_rate(*Y25, by='e."时段"'),
        "pp20": lambda: top_ev_agg(CHECKIN, "e.clinic", "median(e.wait_min)", *Y25, margin=1.8),
        "pp21": lambda: ev_agg(CHECKIN, "median(e.wait_min)", *Y25, "e.clinic_id = 'SH01'", tol=0.3),
        "pp22": lambda: ev_agg(CHECKIN, "median(e.wait_min)", *Y25, "e.clinic_id = 'SH01' AND isodow(e.ts) = 6",
                               tol=0.5),
        "pp23": lambda: ev_agg(CHECKIN, "avg((e.wait_min > 20)::int)", *H2_25),
        # ---- pain scores
        "pp24": lambda: ev_agg(COMPLETE, "avg(e.initial_pain - e.pain_score)", *Y25, tol=0.03),
        "pp25": lambda: ev_agg(COMPLETE, "avg(e.initial_pain - e.pain_score)", *Y25, "e.plan_type = 'sports_injury'",
                               tol=0.03),
        # ---- therapists
        "pp28": lambda: events_at(CHANGE, *month(2025, 9)),
        "pp29": lambda: top_ev_agg(CHANGE, "e.clinic", "count(*)", *month(2025, 9), margin=2.0),
        "pp30": lambda: top_ev_agg(SESSION, "e.therapist_id", "count(*)", *Y25, margin=1.15),
        "pp31": lambda: top_ev_agg(SESSION, 'e."治疗师级别"', "count(*)", *Y25, margin=1.2),
        # ---- money
        "pp32": lambda: orders(*Y25),
        "pp33": lambda: orders(*Q1_26, "o.order_type = 'pack'"),
        "pp34": lambda: orders_change(H1_25, H1_26),
        "pp35": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "pp36": lambda: top_orders('o."门店城市"', *Y25, margin=1.5),
        "pp37": lambda: per_customer(*Y25),
        "pp38": lambda: orders(*Y25, "o.order_type = 'product'"),
        "pp39": lambda: top_orders("o.product", *Y25, "o.order_type = 'product'", margin=1.3),
        "pp40": lambda: top_orders('c."获客渠道"', *Y25, margin=1.4),
        "pp41": lambda: events_sum(APPROVED, "e.paid_amount", *Y25),
        # ---- volumes / trends
        "pp42": lambda: events_at(SESSION, *month(2026, 2)),
        "pp43": lambda: events_at(SESSION, *month(2026, 1)),
        "pp44": lambda: events_change(SESSION, Q3_25, Q4_25),
        "pp45": lambda: events_at(ASSESS, "2025-11-10", "2025-11-16"),
        "pp47": lambda: orders_count(*month(2026, 4), "o.order_type = 'pack' AND o.status IN ('paid', 'refunded')"),
        "pp48": lambda: orders(*Q4_25, "o.order_type = 'assessment'"),
        # ---- customers
        "pp49": lambda: customers_count("c.segment = 'in_treatment'"),
        "pp50": lambda: customers_share("c.has_insurance"),
        "pp51": lambda: top_customers('c."获客渠道"', "c.main_plan_type = 'postpartum'", margin=2.0),
        # ---- feedback
        "pp53": lambda: fb_count(WAIT_T, "wait"),
        "pp54": lambda: top_fb_count("f.clinic_en", WAIT_T, margin=2.0),
        "pp55": lambda: fb_count(PAIN_T, "pain_after"),
        "pp56": lambda: fb_count(INSUR_T, "insurance", period=_in("f.ts", *Y25)),
        "pp57": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}", tol=0.03),
        "pp58": lambda: rank_fb_avg("f.clinic", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.3),
        "pp59": lambda: rank_fb_avg("f.clinic_en", APP, 30, margin=0.12, highest=True, trap=True),
        "pp61": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "pp62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", col="f.nps", tol=0.05),
        "pp63": lambda: rank_fb_avg('f."方案类型"', APP, 30, margin=0.15, highest=True),
        "pp64": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pp65": lambda: feedback_ids(f"{CHANGE_T} AND f.clinic_id = 'SH03'"),
        "pp66": lambda: fb_count(REFUND_T, "refund"),
        "pp67": lambda: dict(value=one("SELECT count(*) FROM feedback f WHERE f.channel = 'xiaohongshu'"),
                             tolerance=0.5),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((CHANGE_T, "therapist_change"), (IMPROVED_T, "improved"), (PRO_T, "professional"),
                        (PRICE_T, "price")):
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
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ("ok", "clarify", "unsupported")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
