"""Gold answers for the GeneKey 基因钥 held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 14 d, sample 60 d, report 60 d,
  counsel 30 d, upgrade 90 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose the
  most" = the step whose next step is not reached by the most people (loss between step k and k+1 attributed to
  step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a kit = one `session_id` (KIT000123): tp_order, tp_delivered, [tp_activate_fail..], tp_activate, tp_sample_ship,
  tp_lab_receive, [tp_qc_fail, tp_resample, tp_sample_ship, tp_lab_receive,] tp_report, tp_report_view,
  [tp_counsel_book, tp_counsel, tp_upgrade, tp_refund]. Per-kit rates count kits whose first event at the named step
  A falls in the period (by its date) and look for step B in the same kit at any time; kit attributes (套餐类型 /
  kit_type, 销售渠道 / sales_channel, 购买目的, 快递公司 / courier, 实验室 / lab_site, device) are read from the step-A
  event; "QC failure rate" = kits whose first lab receipt is in the period with >= 1 tp_qc_fail;
- times between steps = per kit, first B ts - first A ts (B after A), the period by the date of A, days fractional
  (the tolerance also covers whole calendar days); "turnaround" questions are restricted, as they say, to samples that
  passed QC first time (no tp_qc_fail in the kit); "longer than X" is strict;
- money = orders with status `paid` (refunded ones are no revenue), by order ts; revenue = kits + upgrades +
  counselling + re-sample fees; refunds = `refund_amount` of tp_refund events by refund date; spend per paying
  customer = paid amount / customers with >= 1 paid order in the period; kits sold = tp_order events;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 获客渠道, 购买目的, 套餐类型, 销售渠道, 快递公司, 不合格原因, 退款原因), en ones against region /
  acquisition_channel / kit_type / sales_channel / courier / touchpoint_id / device;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; counselling ratings = `counsel_survey`; NPS =
  `nps_survey` (% 9-10 minus % 0-6, in points -100..100; average score 0-10 when asked so); rating by step =
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[upto - 1] if upto else c[-1]
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


# ---------- per kit (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


FIRST_PASS = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_qc_fail')"


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of kits with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def per_receipt_tol(kit_rate, lab, start, end):
    """widen the tolerance to also cover the per-receipt reading (each lab receipt, failed at that attempt)."""
    v = one(f"""SELECT avg((q.event_id IS NOT NULL)::int) FROM events r LEFT JOIN events q
                ON q.session_id = r.session_id AND q.touchpoint_id = 'tp_qc_fail' AND q.attempt = r.attempt
                WHERE r.touchpoint_id = 'tp_lab_receive' AND r.lab_site = '{lab}' AND {_in('r.ts', start, end)}""")
    kit_rate["tolerance"] = round(max(0.01, abs(kit_rate["value"] - v) + 0.005), 4)
    return kit_rate


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
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


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def order_status_share(status, start, end, cond="1=1"):
    v = one(f"SELECT avg((o.status = '{status}')::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


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


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def repeat_buyers():
    return dict(value=one("SELECT count(*) FROM (SELECT customer_id FROM orders WHERE order_type = 'kit' "
                          "GROUP BY 1 HAVING count(*) >= 2)"), tolerance=0.5)


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


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps(cond):
    v = one(f"SELECT 100.0 * (avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int)) FROM feedback f "
            f"WHERE f.channel = 'nps_survey' AND f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 2), tolerance=1.0)


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
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
BACKLOG = ("2025-11-10", "2025-12-31")
ACT_BUG = ("2025-10-10", "2025-10-31")
BROWSE, ORDER, DELIVERED, ACT_FAIL, ACTIVATE, SHIP, LAB, QC_FAIL, RESAMPLE, REPORT, VIEW, BOOK, COUNSEL, UPGRADE, \
    REFUND = ("tp_browse", "tp_order", "tp_delivered", "tp_activate_fail", "tp_activate", "tp_sample_ship",
              "tp_lab_receive", "tp_qc_fail", "tp_resample", "tp_report", "tp_report_view", "tp_counsel_book",
              "tp_counsel", "tp_upgrade", "tp_refund")
APP = "f.channel = 'app_review'"
SLOW_T = _like("f.text", ["还没出", "太慢", "花都谢了", "waiting for my report", "took forever", "way slower"])
UNCLEAR_T = _like("f.text", ["看不懂", "太模糊", "hard to understand", "confusing"])
CLEAR_T = _like("f.text", ["通俗易懂", "写得很清楚", "clear and easy"])
PRIVACY_T = _like("f.text", ["隐私", "privacy"])
SAMPLE_T = _like("f.text", ["质检不合格", "样本不合格让我重采", "样本失败", "sample failed"])
FEE_T = _like("f.text", ["重采样还要收", "重采费", "re-sample fee"])
ACT_T = _like("f.text", ["激活", "activate"])
COUNSEL_T = _like("f.text", ["咨询师很专业", "咨询医生", "counsellor", "counselling call"])
FUN_T = _like("f.text", ["祖源", "ancestry"])
PRICE_T = _like("f.text", ["太贵", "贵不少", "expensive", "pricey"])


def gold():
    return {
        # ---- funnels / conversion
        "gt01": lambda: conv("purchase", *Y25),
        "gt02": lambda: rank_conv("purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "gt03": lambda: conv("purchase", *Y25, cond="c.acquisition_channel = 'clinic'"),
        "gt04": lambda: conv("sample", *H1_25, unbounded_only=True),
        "gt05": lambda: top_lost("sample", *Y25),
        "gt06": lambda: rank_rate(ORDER, ACTIVATE, *Y25, by='a."购买目的"', lowest=True, margin=1.3),
        "gt07": lambda: rate(ORDER, ACTIVATE, *Y25, 'a."购买目的" = \'送礼\''),
        "gt08": lambda: conv("report", *Y25, unbounded_only=True),
        "gt09": lambda: conv("counsel", *Y25),
        "gt10": lambda: rank_rate(VIEW, BOOK, *Y25, by="a.kit_type", margin=2.0),
        "gt11": lambda: rate(VIEW, BOOK, *Y25, 'a."套餐类型" = \'健康风险版\''),
        "gt12": lambda: conv("upgrade", *H1_25, unbounded_only=True),
        "gt13": lambda: rank_rate(VIEW, UPGRADE, *Y25, by='a."销售渠道"',
                                  cond="a.kit_type = 'ancestry' AND a.sales_channel <> 'clinic'", margin=1.4),
        # ---- activation bug / QC
        "gt15": lambda: events_at(ACT_FAIL, *ACT_BUG),
        "gt16": lambda: rate(LAB, QC_FAIL, *Y25),
        "gt17": lambda: rank_rate(SHIP, QC_FAIL, *Y25, by='a."快递公司"', margin=1.6),
        "gt18": lambda: rate(SHIP, QC_FAIL, "2025-07-01", "2025-08-31", "a.courier = 'ecopost'"),
        "gt19": lambda: rank_rate(LAB, QC_FAIL, *Y25, by="c.region", min_n=80, margin=1.3, trap=True),
        "gt20": lambda: rate(LAB, QC_FAIL, *Y25, 'c."城市" = \'乌鲁木齐\''),
        "gt21": lambda: per_receipt_tol(rate(LAB, QC_FAIL, *month(2026, 3), "a.lab_site = 'wuhan'"), "wuhan",
                                        *month(2026, 3)),
        "gt22": lambda: top_events(QC_FAIL, 'e."不合格原因"', *month(2026, 3), "e.lab_site = 'wuhan'", margin=1.5),
        # ---- times
        "gt23": lambda: step_time(LAB, REPORT, *Q3_25, FIRST_PASS),
        "gt24": lambda: step_time(LAB, REPORT, *BACKLOG, FIRST_PASS),
        "gt25": lambda: top_step_time(LAB, REPORT, *Y25, by='a."套餐类型"', cond=FIRST_PASS),
        "gt26": lambda: step_time_share(LAB, REPORT, *Y25, 35, FIRST_PASS),
        "gt27": lambda: step_time(ORDER, REPORT, *H1_25),
        "gt28": lambda: step_time(DELIVERED, ACTIVATE, *Y25, "a.purchase_purpose = 'gift'"),
        # ---- money
        "gt30": lambda: orders(*Q4_25),
        "gt31": lambda: orders(*month(2025, 11), "o.order_type = 'kit'"),
        "gt32": lambda: orders(*month(2025, 10), "o.order_type = 'kit'"),
        "gt33": lambda: orders_change(H1_25, H1_26),
        "gt34": lambda: orders(*month(2026, 3), "o.order_type = 'upgrade'"),
        "gt35": lambda: orders(*Y25, "o.order_type = 'counselling'"),
        "gt36": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "gt37": lambda: top_orders('o."销售渠道"', *Y25, "o.order_type = 'kit'", margin=1.1),
        "gt38": lambda: top_orders("o.kit_type", *Y25, "o.order_type = 'kit'", margin=1.1),
        "gt39": lambda: orders(*Y25, "o.order_type = 'resample_fee'"),
        "gt40": lambda: per_customer(*Y25),
        "gt41": lambda: per_customer(*Y25, "c.\"购买目的\" = '备孕'"),
        "gt42": lambda: order_status_share("refunded", *Y25, "o.order_type = 'kit'"),
        "gt43": lambda: top_events(REFUND, 'e."退款原因"', *Y25, margin=1.3),
        # ---- volumes / trends
        "gt44": lambda: events_at(ORDER, "2025-11-03", "2025-11-09"),
        "gt46": lambda: events_change(ORDER, Q3_25, Q4_25),
        "gt47": lambda: events_at(ORDER, *month(2026, 6)),
        "gt48": lambda: events_at(REPORT, *month(2026, 1)),
        # ---- customers
        "gt50": lambda: repeat_buyers(),
        "gt51": lambda: top_customers("c.region", "c.customer_id IN (SELECT customer_id FROM orders)", margin=1.15),
        # ---- feedback
        "gt53": lambda: fb_topic_count(SLOW_T, "slow_report"),
        "gt54": lambda: fb_topic_count(SLOW_T, "slow_report", period=_in("f.ts", "2025-12-01", "2026-01-31")),
        "gt55": lambda: fb_topic_count(UNCLEAR_T, "unclear_report"),
        "gt56": lambda: fb_avg(f"{APP} AND f.kit_type IN ('health', 'carrier') AND {_in('f.ts', *H2_25)}"),
        "gt57": lambda: fb_avg(f"{APP} AND f.kit_type IN ('health', 'carrier') AND "
                               f"{_in('f.ts', '2026-02-01', '2026-06-30')}"),
        "gt58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "gt59": lambda: fb_topic_count(PRIVACY_T, "privacy"),
        "gt60": lambda: top_fb_count('f."套餐类型"', PRIVACY_T, margin=1.5),
        "gt61": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "gt62": lambda: nps(_in("f.ts", *Y25)),
        "gt63": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "gt64": lambda: fb_avg("f.channel = 'counsel_survey'"),
        "gt65": lambda: fb_topic_count(FEE_T, "resample_fee"),
        "gt66": lambda: fb_topic_count(ACT_T, "activation", period=_in("f.ts", "2025-10-01", "2025-11-30")),
        "gt67": lambda: feedback_ids(SAMPLE_T),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SAMPLE_T, "sample_fail"), (CLEAR_T, "clear_report"), (COUNSEL_T, "counsel_good"),
                        (FUN_T, "ancestry_fun"), (PRICE_T, "price")):
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
