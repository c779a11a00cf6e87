"""Gold answers for the 安息 EverRest held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (a family contact, `customer_id`) reaches step k with an event at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period (arrange
  10 d, memorial 90 d, aftercare 60 d, remember 30 d, refund 30 d); rates are per family (people); pre-need
  enquirers are part of the arrange funnel's step 1 (they enquire too, they never hold a ceremony); the tolerance
  covers both readings (later steps allowed after the period end, or not), except where the question says later
  steps count. "Where do we lose the most" = the step whose next step is not reached by the most people (the loss
  between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters step-1 people;
- a case = one `session_id` (CS… at-need, PN… pre-need, RM…A / RM…Q one memorial reminder): per-case rates count
  cases whose first event at step A falls in the period (by its date) and look for step B in the same case at any
  time; case attributes (branch, 服务中心, package, director, time_of_day, enquiry_type, reminder channel) are read
  from the step-A event (for refunds: payment method from the refund event);
- times between steps = per case, first B ts - first A ts (B after A), period by the date of A; minutes or days as
  asked (days fractional; tolerance also covers whole calendar days); ceremony delay = `delay_minutes` of the
  tp_ceremony event (actual start - scheduled start); "more than X" is strict;
- money = orders with status `paid`, by order ts (refunded packages / plots are no revenue); revenue = packages +
  plots + niches + flowers + add-ons + memorial services; refunds = `refund_amount` of tp_refund events by refund
  date; spend per paying family = paid amount / families with >= 1 paid order in the period; add-ons per ceremony =
  paid flowers + add_on orders of the cases whose ceremony falls in the period / those ceremonies;
- customer attributes as stored; zh questions are checked against the Chinese twins (branch, 城市, 套餐, 项目,
  与逝者关系, 获客渠道), en ones against branch_en / region / package / item / relationship / acquisition_channel /
  touchpoint_id / the event `channel`;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); survey = channel `survey` (rating 1-5 and nps 0-10); rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so;
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


def conv(journey, start, end, cond="1=1", upto=None, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append((c[upto - 1] if upto else c[-1]) / c[0])
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

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


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


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_agg(tp, expr, start, end, cond="1=1", agg="median", tol=None):
    v = float(one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 4), tolerance=tol if tol is not None else round(max(0.1, abs(v) * 0.03), 2))


def top_events_agg(tp, expr, by, start, end, agg="median", margin=1.5):
    rows = q(f"SELECT {by}, {agg}({expr}) v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum"):
    return _money(one(f"SELECT {agg}(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def _extras_per_ceremony(start, end):
    return f"""SELECT a.branch, a.branch_en, coalesce(sum(o.amount), 0) x FROM {_first('tp_ceremony')} a
               LEFT JOIN orders o ON o.case_id = a.session_id AND o.status = 'paid'
               AND o.order_type IN ('add_on', 'flowers') WHERE {_in('a.t', start, end)} GROUP BY a.session_id, 1, 2"""


def extras_per_ceremony(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(x) FROM ({_extras_per_ceremony(start, end)}) WHERE {cond}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def top_extras_per_ceremony(by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(x) v FROM ({_extras_per_ceremony(start, end)}) GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
JUL_AUG_25 = ("2025-07-01", "2025-08-31")
ENQUIRY, CALLBACK, ARRANGE, PACKAGE, ADDON, CANCEL, REFUND, CEREMONY, STREAM, VISIT, BUY, INTER, AFTER, GRIEF, \
    REMIND, MEMORIAL = ("tp_enquiry", "tp_callback", "tp_arrange", "tp_package", "tp_addon", "tp_cancel", "tp_refund",
                        "tp_ceremony", "tp_livestream", "tp_plot_visit", "tp_plot_buy", "tp_interment", "tp_aftercare",
                        "tp_grief", "tp_reminder", "tp_memorial")
SURVEY = "f.channel = 'survey'"
NIGHT_AT_NEED = "a.time_of_day = 'night' AND a.enquiry_type = 'at_need'"
NIGHT_T = _like("f.text", ["回电", "call back", "called back", "callback"])
DELAY_T = _like("f.text", ["推迟", "started almost an hour late", "delayed"])
FEES_T = _like("f.text", ["隐形消费", "额外收费", "hidden charges", "extra fees"])
STREAM_T = _like("f.text", ["直播", "livestream", "stream"])
REFUND_T = _like("f.text", ["退款", "refund"])
UPKEEP_T = _like("f.text", ["杂草", "积水", "weeds", "overgrown"])
PARKING_T = _like("f.text", ["停车", "parking"])
PRAISE_T = _like("f.text", ["礼仪师", "funeral director"])
GRIEF_T = _like("f.text", ["哀伤辅导", "grief"])


def gold():
    return {
        # ---- funnels / conversion
        "fu01": lambda: conv("arrange", *Y25),
        "fu02": lambda: top_lost("arrange", *H2_25),
        "fu03": lambda: rank_conv("arrange", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "fu04": lambda: conv("arrange", *Y25, cond="c.acquisition_channel = 'hospital_referral'"),
        "fu05": lambda: step_time(ENQUIRY, CALLBACK, *Q1_26, NIGHT_AT_NEED, unit="minutes"),
        "fu06": lambda: step_time(ENQUIRY, CALLBACK, *Q3_25, NIGHT_AT_NEED, unit="minutes"),
        "fu07": lambda: step_time_share(ENQUIRY, CALLBACK, *Q1_26, 60, cond=NIGHT_AT_NEED),
        "fu08": lambda: conv("memorial", *Y25, upto=2),
        "fu09": lambda: conv("memorial", *H1_25, unbounded_only=True),
        "fu10": lambda: rate(CEREMONY, AFTER, *JUL_AUG_25),
        "fu11": lambda: rate(CEREMONY, AFTER, *H1_25),
        "fu12": lambda: rank_rate(REMIND, MEMORIAL, "2025-01-01", "2026-06-30", by="a.channel", margin=2.0),
        "fu13": lambda: rate(REMIND, MEMORIAL, *month(2026, 3), "a.reminder_type = 'qingming'"),
        "fu14": lambda: rate(REMIND, MEMORIAL, *month(2026, 3), "a.reminder_type = 'qingming' AND a.channel = 'wechat'"),
        "fu15": lambda: rate(PACKAGE, CANCEL, *Y25),
        "fu16": lambda: rate(PACKAGE, CANCEL, "2025-09-01", "2026-06-30", "a.branch_id = 'B5'"),
        "fu17": lambda: rate(CEREMONY, GRIEF, *Y25),
        "fu18": lambda: rank_rate(CEREMONY, GRIEF, *Y25, by='c."与逝者关系"', margin=1.5),
        # ---- times
        "fu19": lambda: step_time(CEREMONY, INTER, *Y25),
        "fu20": lambda: step_time(CANCEL, REFUND, *Y25, "b.payment_method = 'bank_transfer'", agg="avg"),
        "fu21": lambda: step_time(CANCEL, REFUND, *Y25, "b.payment_method = 'wechat_pay'", agg="avg"),
        "fu22": lambda: top_events_agg(CEREMONY, "e.delay_minutes", "e.branch_en", *Q1_26),
        "fu23": lambda: events_agg(CEREMONY, "e.delay_minutes", *Q1_26, "e.branch_id = 'B2'"),
        "fu24": lambda: events_agg(CEREMONY, "(e.delay_minutes > 30)::int", *Q1_26, "e.branch_id = 'B2'", agg="avg",
                                   tol=0.01),
        # ---- money
        "fu25": lambda: orders(*Y25),
        "fu26": lambda: orders(*month(2026, 4)),
        "fu27": lambda: orders(*month(2026, 3)),
        "fu28": lambda: orders(*Q4_25, "o.order_type IN ('plot', 'niche')"),
        "fu29": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "fu30": lambda: top_orders('o."服务城市"', *Y25, "o.order_type = 'package'", margin=1.5),
        "fu31": lambda: top_orders("o.package", *Y25, "o.order_type = 'package'"),
        "fu32": lambda: extras_per_ceremony(*Y25),
        "fu33": lambda: extras_per_ceremony(*Y25, "branch_en = 'Wuxi Binhu'"),
        "fu34": lambda: top_extras_per_ceremony("branch_en", *Y25),
        "fu35": lambda: orders_change(H1_25, H1_26),
        "fu36": lambda: per_customer(*Y25),
        "fu37": lambda: orders(*Y25, "o.order_type = 'niche'", agg="avg"),
        "fu38": lambda: top_orders('o."项目"', *H1_26, "o.order_type = 'plot'", margin=2.0),
        # ---- volumes / trends
        "fu39": lambda: events_at(CEREMONY, *month(2026, 1)),
        "fu40": lambda: events_at(CEREMONY, *month(2025, 1)),
        "fu43": lambda: events_at(VISIT, "2026-03-30", "2026-04-05"),
        "fu44": lambda: events_change(ENQUIRY, Q3_25, Q4_25),
        "fu45": lambda: events_at(ENQUIRY, *Y25, "e.time_of_day = 'night' AND e.enquiry_type = 'at_need'"),
        # ---- customers
        "fu46": lambda: customers_count("c.segment IN ('pre_need', 'pre_need_owner')"),
        "fu47": lambda: customers_share("c.acquisition_channel = 'hospital_referral'"),
        "fu48": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "fu49": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- feedback
        "fu50": lambda: fb_topic_count(NIGHT_T, "night_wait"),
        "fu51": lambda: fb_topic_count(FEES_T, "hidden_fees"),
        "fu52": lambda: top_fb_count("f.branch_en", FEES_T, margin=2.0),
        "fu53": lambda: top_fb_count("f.branch", STREAM_T, margin=2.0),
        "fu54": lambda: top_fb_count("f.branch", PRAISE_T, margin=1.5),
        "fu55": lambda: rank_fb_avg("f.branch_en", f"{SURVEY} AND {_in('f.ts', *Y25)}", 50, margin=0.15),
        "fu56": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "fu57": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "fu58": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "fu59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 10, margin=0.4),
        "fu60": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B2' AND {_in('f.ts', *Q1_26)}", tol=0.03),
        "fu61": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B2' AND {_in('f.ts', *Q4_25)}", tol=0.03),
        "fu62": lambda: fb_topic_count(UPKEEP_T, "upkeep", period=_in("f.ts", *Y25)),
        "fu63": lambda: fb_topic_count(PARKING_T, "parking"),
        "fu64": lambda: feedback_ids(f"{STREAM_T} AND f.branch_id = 'B3'"),
        "fu66": lambda: fb_topic_count(REFUND_T, "refund_slow"),
        "fu67": lambda: fb_topic_count(GRIEF_T, "grief_help", period=_in("f.ts", *Y25)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((DELAY_T, "ceremony_delay"), (STREAM_T, "livestream"), (PRAISE_T, "staff_praise")):
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
