"""Gold answers for the 同城帮忙 HelpNearby held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (first_task 30 d: browse -> post ->
  hire -> pay; task_flow 14 d: post -> bid -> hire -> done -> pay; matching 3 d: post -> bid -> hire; dispute 21 d:
  dispute -> mediation -> refund; rebook 60 d: pay -> rebook). Rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not), except where the question says to count later
  steps. "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a task = one `session_id` (T0000123, the draft id created on the service page; = orders.order_id once paid). Per-task
  rates count tasks whose first event at the named step A (with its condition) falls in the period (by its date) and
  look for step B (with its condition) in the same task at any time; task attributes (city / 城市, task_category /
  服务类目, service_item / 服务项目, tasker_level / 帮手等级, tasker, device) are read from the A event (tasker columns
  exist from tp_hire on; on tp_bid they are the bidder's). No-show rate = hired tasks with a tp_cancel event whose
  cancel_reason is tasker_no_show / hired tasks; dispute rate = paid tasks with a tp_dispute / paid tasks (by the
  payment date); "hired" = a tp_hire event;
- times between steps = per task, first B ts - first A ts (B after A), the period by the date of A; minutes / hours /
  days as asked; minutes late = `minutes_late` on tp_arrive (0 when on time or early);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; GMV / 成交额 = sum(amount) where
  amount = task_price + platform_fee + tip_amount; platform fee income = sum(platform_fee); tips = sum(tip_amount);
  "paid orders" counts = orders rows with status `paid`; refunds = `refund_amount` of tp_refund events by refund
  date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 服务类目, 帮手等级, 用户类型, 获客渠道, 会员类型, 纠纷原因, tasker_name), en ones against city / region /
  task_category / tasker_level / customer_type / acquisition_channel / tier / dispute_reason / tasker_id /
  touchpoint_id;
- feedback: "all data" includes undated rows; a period counts dated rows only; topic counts by text markers with a
  5 % tolerance (checked against _truth/feedback_truth.csv); app ratings = channel `app_review` (1-5 stars);
  rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps` (0-10),
  promoters 9-10;
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


def _top(rows, margin, lowest=False, key=1):
    """rows sorted best first; the winner must beat the runner-up by the margin (ratio)."""
    a, b = rows[0][key], rows[1][key]
    if lowest:
        assert b > a * margin, rows[:3]
    else:
        assert a > b * margin, rows[:3]
    return rows[0][0]


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


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
        tops.add(_top(rows, margin, lowest))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per task (session_id) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, a_cond="1=1"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False,
              lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
    big = [r for r in rows if r[2] >= min_n]
    top = _top(big, margin, lowest)
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != top, rows[:3]
    return dict(top_entity=top)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="hours", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.15, agg="median"):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) m {_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 "
             "ORDER BY m DESC")
    print("   ", [(r[0], round(r[1] / 3600, 2)) for r in rows[:4]])
    return dict(top_entity=_top(rows, margin))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", agg="count(*)"):
    v = one(f"SELECT {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    if agg == "count(*)":
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.01), 2))


def events_change(tp, p0, p1, cond="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p0)} AND ({cond})")
    b = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p1)} AND ({cond})")
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


# ---------- money / orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    v = float(v)
    if agg.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.005), 2))


def orders_change(p0, p1, cond="1=1", agg="sum(o.amount)"):
    a = orders(*p0, cond, agg)["value"]
    b = orders(*p1, cond, agg)["value"]
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                 JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:3])
    return dict(top_entity=_top(rows, margin))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)", lowest=False):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}""")
    print("   ", rows[:4])
    return dict(top_entity=_top(rows, margin, lowest))


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    return dict(top_entity=_top(rows, margin))


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
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


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
    return dict(top_entity=_top(rows, margin))


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26, Q3_26 = quarter(2026, 1), quarter(2026, 2), quarter(2026, 3)
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
IOS_BUG = ("2026-03-10", "2026-03-31")
GRAD26, GRAD25 = ("2026-06-15", "2026-07-15"), ("2025-06-15", "2025-07-15")
CNY26 = ("2026-01-20", "2026-02-28")
(BROWSE, POST, BID, HIRE, CANCEL, ARRIVE, DONE, PAY, REVIEW, DISPUTE, MEDIATION, REFUND, REBOOK) = (
    "tp_browse", "tp_post", "tp_bid", "tp_hire", "tp_cancel", "tp_arrive", "tp_done", "tp_pay", "tp_review",
    "tp_dispute", "tp_mediation", "tp_refund", "tp_rebook")
APP = "f.channel = 'app_review'"
NOSHOW_C = "cancel_reason = 'tasker_no_show'"
DAMAGE_T = _like("f.text", ["磕坏", "撞凹", "弄坏", "刮花", "damaged", "scratched", "got broken", "dented"])
NOSHOW_T = _like("f.text", ["鸽子", "没出现", "爽约", "never showed up", "no-show", "didn't turn up"])
LATE_T = _like("f.text", ["迟到", "hour late", "later than scheduled"])
OVER_T = _like("f.text", ["加钱", "爬楼费", "临时加价", "extra cash", "more than the quoted", "stairs fee"])
FEE_T = _like("f.text", ["服务费", "platform fee", "service fee"])
SLOWBID_T = _like("f.text", ["没人报价", "没人接", "no one bid", "single bid", "couldn't find anyone"])
NOTIFY_T = _like("f.text", ["报价通知", "没推送", "报价推送", "notifications for bids", "bid notifications"])
DIRTY_T = _like("f.text", ["不干净", "没擦", "油污", "sloppy", "not cleaned", "left dirty"])
REFUND_T = _like("f.text", ["退款拖", "处理太慢", "还没到", "took ages", "dragged on", "waiting for my refund"])
PRO_T = _like("f.text", ["专业", "仔细", "又快又稳", "professional", "thorough", "tidy work"])
POLITE_T = _like("f.text", ["礼貌", "沟通顺畅", "polite", "great communication"])


def top_dispute_tasker(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM {_first(DISPUTE)} a WHERE ({cond}) GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    return dict(top_entity=_top(rows, margin))


def arrive_avg(expr, start, end, cond="1=1", tol=None):
    v = float(one(f"SELECT avg({expr}) FROM events e WHERE touchpoint_id = '{ARRIVE}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 4 if tol else 2), tolerance=tol or round(max(0.1, v * 0.02), 2))


ALL = ("2025-01-01", "2026-09-30")


def gold():
    return {
        # ---- funnels / conversion (people)
        "tm01": lambda: conv("first_task", *Y25),
        "tm02": lambda: top_lost("first_task", *Q2_26),
        "tm03": lambda: rank_conv("first_task", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "tm04": lambda: conv("first_task", *Y25, cond="c.acquisition_channel = 'referral'"),
        "tm07": lambda: conv("matching", *month(2026, 3)),
        "tm08": lambda: top_lost("matching", *month(2026, 3), cond="c.phone_os = 'ios'", margin=2.0),
        "tm09": lambda: conv("dispute", *Y25),
        "tm10": lambda: conv("rebook", *H1_26, unbounded_only=True),
        "tm11": lambda: rank_conv("rebook", *Y25, by='c."用户类型"', margin=1.2, lowest=True,
                                  unbounded_only=True),
        "tm12": lambda: conv("rebook", *Y25, cond="c.tier = 'plus'", unbounded_only=True),
        "tm15": lambda: conv("task_flow", *Q3_25),
        # ---- per task
        "tm05": lambda: rate(POST, HIRE, *IOS_BUG, "a.device = 'ios'"),
        "tm06": lambda: rate(POST, HIRE, *IOS_BUG, "a.device = 'android'"),
        "tm13": lambda: rate(POST, HIRE, *GRAD26, "a.task_category = 'moving_help'"),
        "tm14": lambda: rate(POST, HIRE, *GRAD25, "a.task_category = 'moving_help'"),
        "tm16": lambda: rank_rate(HIRE, CANCEL, *month(2026, 2), by='a."城市"', b_cond=NOSHOW_C, margin=1.4),
        "tm17": lambda: rate(HIRE, CANCEL, *month(2026, 2), "a.city = 'Shenzhen' AND a.task_category = 'cleaning'",
                             NOSHOW_C),
        "tm18": lambda: rate(HIRE, CANCEL, *Y25, "a.tasker_level = 'new'", NOSHOW_C),
        "tm19": lambda: rate(PAY, DISPUTE, "2025-09-01", ALL[1], "a.city = 'Wuhan' AND a.task_category = 'moving_help'",
                             "dispute_reason = 'overcharge'"),
        "tm20": lambda: rank_rate(PAY, DISPUTE, *Q3_26, by='a."城市"', min_n=150, margin=1.25, trap=True),
        "tm21": lambda: rate(PAY, DISPUTE, *Q3_26, "a.city = 'Suzhou'"),
        "tm22": lambda: rank_rate(PAY, DISPUTE, *Y25, by="a.tasker_level", cond="a.task_category = 'furniture_assembly'",
                                  b_cond="dispute_reason = 'damage'", margin=1.5),
        "tm23": lambda: top_dispute_tasker("a.tasker_name", "a.dispute_reason = 'overcharge'"),
        # ---- times
        "tm24": lambda: step_time(POST, BID, *GRAD26, "a.task_category = 'moving_help'", unit="hours"),
        "tm25": lambda: step_time(POST, BID, *GRAD26, "a.task_category = 'furniture_assembly'", unit="hours"),
        "tm26": lambda: step_time(DISPUTE, REFUND, *Y25, "a.dispute_reason = 'damage'", agg="avg"),
        "tm27": lambda: step_time(DISPUTE, REFUND, *Y25, "a.dispute_reason = 'overcharge'", agg="avg"),
        "tm28": lambda: step_time(DISPUTE, REFUND, *CNY26),
        "tm29": lambda: step_time(HIRE, ARRIVE, *Y25, agg="avg"),
        "tm30": lambda: top_step_time(ARRIVE, DONE, *Y25, by="a.task_category", margin=1.15),
        "tm31": lambda: arrive_avg("minutes_late", *Y25, "tasker_level = 'new'"),
        "tm32": lambda: step_time_share(POST, BID, *GRAD26, 6, cond="a.task_category = 'moving_help'"),
        # ---- money
        "tm33": lambda: orders(*Q3_25),
        "tm34": lambda: orders_change(H1_25, H1_26, agg="sum(o.platform_fee)"),
        "tm35": lambda: orders("2026-01-01", "2026-02-28", agg="sum(o.tip_amount)"),
        "tm36": lambda: top_orders("o.tasker_level", *Y25, agg="avg((o.tip_amount > 0)::int)", margin=1.3),
        "tm37": lambda: orders_share("o.tip_amount > 0", *Y25, "o.tasker_level = 'new'"),
        "tm38": lambda: top_orders('o."服务类目"', *Y25, agg="count(*)", margin=1.3),
        "tm39": lambda: top_per_customer('c."用户类型"', *Y25, margin=1.2),
        "tm40": lambda: orders(*month(2026, 7), agg="count(*)"),
        "tm41": lambda: orders(*month(2025, 7), agg="count(*)"),
        "tm42": lambda: orders(*month(2026, 8)),
        "tm43": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "tm44": lambda: top_orders('o."城市"', *H1_26, "o.city NOT IN ('Shanghai', 'Beijing')", agg="count(*)"),
        "tm45": lambda: orders("2026-01-26", "2026-02-01", agg="count(*)"),
        # ---- customers
        "tm46": lambda: customers_share("c.tier = 'plus'"),
        "tm47": lambda: customers_count("c.region = 'Beijing' AND c.customer_type = 'landlord'"),
        "tm48": lambda: top_customers('c."城市"', "c.region <> 'Shanghai'", margin=1.1),
        # ---- feedback
        "tm49": lambda: fb_topic_count(DAMAGE_T, "damage"),
        "tm50": lambda: top_fb_count("f.city", OVER_T, margin=2.0),
        "tm51": lambda: fb_topic_count(FEE_T, "fee", period=_in("f.ts", "2026-03-01", ALL[1])),
        "tm52": lambda: fb_topic_count(NOTIFY_T, "notify", period=_in("f.ts", *month(2026, 3))),
        "tm53": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "tm54": lambda: rank_fb_avg("f.tasker_level", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.25),
        "tm55": lambda: fb_avg(f"{APP} AND f.tasker_level = 'elite' AND {_in('f.ts', *Y25)}", tol=0.03),
        "tm56": lambda: rank_fb_avg('f."城市"', f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.15, highest=True),
        "tm57": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "tm58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "tm59": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "tm60": lambda: fb_topic_count(NOSHOW_T, "no_show", period=_in("f.ts", *month(2026, 2))),
        "tm61": lambda: feedback_ids(f"{OVER_T} AND f.city = 'Wuhan'"),
    }


def checks():
    """every topic's text markers must match the truth."""
    for cond, topic in ((DAMAGE_T, "damage"), (NOSHOW_T, "no_show"), (LATE_T, "late"), (OVER_T, "overcharge"),
                        (FEE_T, "fee"), (SLOWBID_T, "slow_bids"), (NOTIFY_T, "notify"), (DIRTY_T, "not_clean"),
                        (REFUND_T, "refund_slow"), (PRO_T, "pro"), (POLITE_T, "polite")):
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
