"""Gold answers for the 嘉园物业 JiaYuan Property Services held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- funnels follow DATA.md: a customer (owner household) reaches step k with an event at step k's touchpoint strictly
  after reaching step k-1, within the journey window counted from their first step-1 event in the period
  (onboarding 14 d, fee_payment 30 d, collection 15 d, repair 3 d, complaint 7 d); any event at the touchpoint counts
  (a failed payment attempt or a rejected verification included, as DATA.md says); rates are per person; a person's
  channel / estate is the one of that first step-1 event. The tolerance covers the other careful readings: later
  steps cut at the period end, and counting only successful outcomes (payment `paid`, verification `submit`). "Where
  do we lose the most" = the step whose next step is not reached by the most people (the loss between k and k+1
  belongs to step k);
- per-bill / per-ticket rates and times use `session_id` (= bill id B… on a bill's issue, views, payment attempts,
  reminders and arrears flag; = RP… on a repair request, its dispatch, visits, completion and rating; = CP… on a
  complaint, its first reply and closing; = MI… on a move-in and its verification attempts). The period is the date of
  the first event at the first named step; "paid within 30 days" = a tp_payment with action `paid` at most 30 days
  after the bill was issued; step times go from the session's first event at step A to its first event at step B;
  payment failure rate = tp_payment attempts with action `failed` / all tp_payment attempts; "unresolved" = the
  tp_repair_done action `unresolved`;
- money = orders with status `paid` by orders.ts (cancelled = failed payment attempts, refunded = duplicate charges
  given back); order_type property_fee / parking_fee / repair_charge; amount = what the owner paid after the annual
  5 % discount (`discount`); refunds = the amount of `refunded` orders by order time;
- customers: every row of customers.csv, attributes as stored at the end of the data (2026-06-30); "at risk / 欠费高风险"
  = segment `at_risk` (a bill unpaid 90+ days at the end); new move-ins by move_in_date; "not bound" = app_bound false;
- zh questions are checked against the Chinese twins (小区, 班组, 报修类别, 投诉类型, 失败原因, 驳回原因, 支付方式), en ones
  against estate / team / repair_category / complaint_type / fail_reason / variant / touchpoint_id;
- feedback: "all data" includes the undated rows (paper survey forms, WeChat-group screenshots); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); repair ratings = channel `repair_rating`,
  app store = `app_review`, the 2025 satisfaction survey = every `survey` row (nps 0-10, detractors 0-6); rating by
  touchpoint / team over rows with a rating; negative = 1-2 stars;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _tp(tp):
    return ", ".join(f"'{x}'" for x in (tp if isinstance(tp, (list, tuple)) else [tp]))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


STRICT = "coalesce(action, '') NOT IN ('failed', 'rejected')"


def funnel(journey, start, end, bounded=False, strict=False, cond="1=1", by=None):
    """people per step; cond / by are evaluated on the person's first step-1 event in the period (e.) and the
    customer (c.)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    if strict:
        ev += f" AND {STRICT}"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, {by or "'all'"} AS grp, e.ts AS t1,
                    e.ts AS t FROM (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, event_id) rn
                    FROM events WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)}) e
                    JOIN customers c USING (customer_id) WHERE e.rn = 1 AND ({cond})""")
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.grp, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2, 3""")
    out = {}
    for k in range(1, len(steps) + 1):
        for g, n in q(f"SELECT grp, count(*) FROM r{k} GROUP BY 1"):
            out.setdefault(g, [0] * len(steps))[k - 1] = n
    return out


READINGS = ((False, False), (True, False), (False, True))


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded, strict in READINGS:
        c = funnel(journey, start, end, bounded=bounded, strict=strict, cond=cond)["all"]
        print("   ", journey, "bounded" if bounded else "open", "strict" if strict else "", c)
        vals.append(c[-1] / c[0])
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def rank_conv(journey, start, end, by, min_n=1, margin=1.2, lowest=False):
    tops = set()
    for bounded, strict in READINGS:
        rows = [(g, c[-1] / c[0], c[0]) for g, c in funnel(journey, start, end, bounded=bounded, strict=strict,
                                                             by=by).items()]
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:6]])
        big = [r for r in rows if r[2] >= min_n]
        if lowest:
            assert big[1][1] > big[0][1] * margin, big[:3]
        else:
            assert big[0][1] > big[1][1] * margin, big[:3]
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded, strict in READINGS:
        c = funnel(journey, start, end, bounded=bounded, strict=strict)["all"]
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert len(lost) == 1 or lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def ab(days=7):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id = 'tp_payment' AND e.action = 'paid' AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL {days} DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def ab_top(margin=1.2):
    rows = ab()
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def ab_value(variant):
    return dict(value=round([r[1] for r in ab() if r[0] == variant][0], 4), tolerance=0.01)


# ---------- per bill / ticket / complaint (session_id) ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ({_tp(tp)}) AND ({where})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _sess_rate_sql(a_tp, b_tp, start, end, cond, b_cond, max_days, by="'all'"):
    within = f"AND b.ts <= a.t + INTERVAL {max_days} DAY" if max_days else ""
    return f"""SELECT {by} g, avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                   AND b.touchpoint_id IN ({_tp(b_tp)}) AND b.ts >= a.t {within} AND ({b_cond})))::int) v, count(*) n
               FROM {_first(a_tp)} a WHERE {_in('a.t', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", max_days=None):
    (_, v, n), = q(_sess_rate_sql(a_tp, b_tp, start, end, cond, b_cond, max_days))
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_sess(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", max_days=None, lowest=False, margin=1.1,
              min_n=1):
    rows = [r for r in q(_sess_rate_sql(a_tp, b_tp, start, end, cond, b_cond, max_days, by=by)) if r[2] >= min_n]
    if not lowest:
        rows = rows[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:4]])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_where="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_where)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="hours", b_where="1=1"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}), count(*) {_gap(a_tp, b_tp, start, end, cond, b_where)}")[0]
    print("    n =", n)
    return dict(value=round(v, 2), tolerance=round(max(0.05 if unit == "days" else 0.1, v * 0.03), 2))


# ---------- events ----------

def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def events_count(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    v = one(f"SELECT {what} FROM events e WHERE touchpoint_id IN ({_tp(tp)}) AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=int(v), tolerance=0.5)


def rank_events(tp, by, start, end, num=None, cond="1=1", min_n=1, margin=1.2):
    val = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT {by}, {val} v, count(*) n FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big[:4]])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- money / orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    v = float(one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    if agg.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(p0, p1, cond="1=1", agg="sum(o.amount)"):
    a = orders(*p0, cond, agg)["value"]
    b = orders(*p1, cond, agg)["value"]
    print("   ", a, b)
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM customers c WHERE {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    print("   ", len(ids), "ids")
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND truth.topic <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE truth.topic = '{topic}' "
            f"AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in big[:4]])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2025-01-01", "2026-06-30")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
JAN25, OCT25, NOV25, JAN26, FEB26 = month(2025, 1), month(2025, 10), month(2025, 11), month(2026, 1), month(2026, 2)
SINCE_JUL25 = ("2025-07-01", "2026-06-30")
(MOVE, BIND, APPROVED, BILL, VIEW, PAY, REMIND, ARREARS, PARK, REQ, DISPATCH, VISIT, DONE, RATE, CMP, REPLY,
 CLOSED) = [f"tp_{x}" for x in (
    "move_in", "app_bind", "bind_approved", "bill_issued", "bill_view", "payment", "reminder", "arrears", "parking",
    "repair_request", "dispatch", "repair_visit", "repair_done", "repair_rating", "complaint", "complaint_reply",
    "complaint_closed")]
FEE = "o.order_type = 'property_fee'"
PAID = "b.action = 'paid'"
LIFT_T = _like("f.text", ["电梯", "lift", "elevator"])
PARK_T = _like("f.text", ["车位", "停车", "parking"])
NOISE_T = _like("f.text", ["噪音", "吵", "noise", "noisy"])
CLEAN_T = _like("f.text", ["保洁", "垃圾", "cleaning", "rubbish"])
DUN_T = _like("f.text", ["催缴", "催费", "collection call", "collector"])
FEE_T = _like("f.text", ["物业费太", "不透明", "公摊", "too high", "transparent", "what we pay for"])
PAYFAIL_T = _like("f.text", ["支付失败", "扣款失败", "扣了两次", "重复扣款", "payment failed", "charged twice",
                             "payment keeps failing"])
BIND_T = _like("f.text", ["认证", "绑定", "verif"])
SLOW_T = _like("f.text", ["还没上门", "没人来", "拖了", "no one came", "still waiting", "took ages"])
PRAISE_T = _like("f.text", ["专业", "耐心", "professional", "patient"])
POOR_T = _like("f.text", ["没修好", "修不好", "白跑", "still broken", "not fixed"])
SEC_T = _like("f.text", ["门禁", "保安", "外来人员", "access card", "security"])
PETS_T = _like("f.text", ["狗", "宠物", "dog"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
APPSLOW_T = _like("f.text", ["卡顿", "闪退", "crash", "laggy"])
EASY_T = _like("f.text", ["方便", "convenient"])
STEWARD_T = _like("f.text", ["管家", "housekeeper"])
QF = "QuickFix (outsourced)"


def gold():
    return {
        # ---- journeys (per person, DATA.md)
        "pf01": lambda: conv("fee_payment", *Y25),
        "pf02": lambda: rank_conv("fee_payment", *H1_26, by="e.channel", lowest=True, margin=1.2),
        "pf03": lambda: conv("fee_payment", *H1_26, cond="e.channel = 'paper'"),
        "pf05": lambda: conv("repair", *FEB26),
        "pf06": lambda: conv("repair", *JAN26),
        "pf07": lambda: top_lost("repair", *FEB26, margin=2),
        "pf08": lambda: conv("onboarding", *H2_25),
        "pf09": lambda: top_lost("onboarding", *ALL, margin=1.2),
        "pf10": lambda: conv("collection", *Q1_26),
        "pf11": lambda: conv("complaint", *Y25),
        "pf12": lambda: ab_top(),
        "pf13": lambda: ab_value("pay_link"),
        # ---- per bill / ticket
        "pf14": lambda: sess_rate(BILL, PAY, *Y25, b_cond=PAID, max_days=30),
        "pf15": lambda: rank_sess(BILL, PAY, *Y25, by='a."小区"', b_cond=PAID, max_days=30, lowest=True),
        "pf16": lambda: events_share(PAY, "e.action = 'failed'", *NOV25, cond="e.channel = 'mini_program'"),
        "pf17": lambda: events_share(PAY, "e.action = 'failed'", *OCT25, cond="e.channel = 'mini_program'"),
        "pf18": lambda: events_count(PAY, "2025-11-10", "2025-11-16",
                                     cond="e.channel = 'mini_program' AND e.action = 'failed'"),
        "pf19": lambda: rank_events(PAY, "e.fail_reason", *ALL, cond="e.action = 'failed'", margin=1.1),
        "pf20": lambda: step_time(DISPATCH, VISIT, *FEB26),
        "pf21": lambda: step_time(DISPATCH, VISIT, *month(2026, 3)),
        "pf22": lambda: step_time(REQ, VISIT, *H2_25, cond=f"b.team = '{QF}'"),
        "pf24": lambda: rank_events(DONE, "e.team", *SINCE_JUL25, num="e.action = 'unresolved'", margin=1.5),
        "pf25": lambda: rank_events(REQ, 'e."报修类别"', *Y25, margin=1.3),
        "pf26": lambda: rank_events(REQ, "e.estate", *ALL, cond="e.repair_category = 'lift'", margin=1.5),
        "pf27": lambda: events_count(REQ, *Q2_26),
        "pf28": lambda: events_count(CMP, *Y25, cond="e.channel = 'gov_hotline'"),
        "pf29": lambda: rank_events(CMP, "e.complaint_type", *Y25, cond="e.estate_id = 'E07'", margin=1.5),
        "pf31": lambda: step_time(CMP, REPLY, *Y25),
        "pf32": lambda: step_time(BIND, APPROVED, "2025-09-01", "2025-10-31"),
        "pf33": lambda: step_time(BIND, APPROVED, *Q1_26),
        # ---- money
        "pf34": lambda: orders(*Y25, cond=FEE),
        "pf35": lambda: orders(*JAN26),
        "pf36": lambda: orders(*JAN25),
        "pf37": lambda: orders(*H1_26, cond="o.order_type = 'parking_fee'"),
        "pf38": lambda: orders(*NOV25, status="refunded"),
        "pf39": lambda: orders(*JAN26, cond=f"{FEE} AND o.billing_cycle = 'annual'", agg="sum(o.discount)"),
        "pf40": lambda: top_orders("o.estate", *Y25, cond=FEE, margin=1.05),
        "pf43": lambda: orders_change(H1_25, H1_26, cond=FEE),
        "pf44": lambda: orders(*Y25, cond="o.order_type = 'repair_charge'"),
        "pf46": lambda: customers_count("c.segment = 'at_risk'"),
        "pf47": lambda: top_customers('c."小区"', "c.segment = 'at_risk'", margin=1.2),
        "pf48": lambda: customers_share("NOT c.app_bound"),
        "pf49": lambda: customers_count(_in("c.move_in_date", *Q1_26)),
        "pf52": lambda: events_count(ARREARS, *Y25),
        "pf53": lambda: rank_events(BIND, 'e."驳回原因"', *ALL, cond="e.action = 'rejected'", margin=1.2),
        "pf54": lambda: events_count(REMIND, *Q1_26, cond="e.collector = 'Xinda Collections'"),
        # ---- feedback
        "pf55": lambda: fb_topic_count(LIFT_T, "lift"),
        "pf56": lambda: top_fb_count("f.estate", LIFT_T, margin=1.5),
        "pf57": lambda: top_fb_count("f.touchpoint_id", DUN_T, margin=3),
        "pf58": lambda: fb_topic_count(DUN_T, "dunning", period=_in("f.ts", "2025-10-01", "2026-06-30")),
        "pf59": lambda: fb_topic_count(DUN_T, "dunning", period=_in("f.ts", "2025-01-01", "2025-09-30")),
        "pf61": lambda: rank_fb_avg("f.team", f"f.channel = 'repair_rating' AND {_in('f.ts', *SINCE_JUL25)}", 50,
                                    margin=0.8),
        "pf62": lambda: fb_avg("f.channel = 'survey'", col="f.nps", tol=0.05),
        "pf63": lambda: fb_ratio("f.nps <= 6", "f.channel = 'survey'"),
        "pf64": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}", tol=0.05),
        "pf65": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.2),
        "pf66": lambda: top_fb_count('f."小区"', PARK_T, margin=1.5),
        "pf67": lambda: fb_topic_count(NOISE_T, "noise"),
        "pf68": lambda: fb_topic_count(PAYFAIL_T, "payment_fail", period=_in("f.ts", *NOV25)),
        "pf69": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'repair_rating' AND f.team = '{QF}' AND "
                                                  f"{_in('f.ts', *H2_25)}"),
        "pf70": lambda: feedback_ids(f"{DUN_T} AND f.city = 'Wuxi'"),
        "pf71": lambda: fb_topic_count(CLEAN_T, "cleaning"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((LIFT_T, "lift"), (PARK_T, "parking"), (NOISE_T, "noise"), (CLEAN_T, "cleaning"),
                        (DUN_T, "dunning"), (FEE_T, "fee"), (PAYFAIL_T, "payment_fail"), (BIND_T, "binding"),
                        (SLOW_T, "repair_slow"), (PRAISE_T, "repair_praise"), (POOR_T, "repair_poor"),
                        (SEC_T, "security"), (PETS_T, "pets"), (INVOICE_T, "invoice"), (APPSLOW_T, "app_slow"),
                        (EASY_T, "pay_easy"), (STEWARD_T, "steward_praise")):
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
