"""Gold answers for the 脐安 CordSafe held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (enrol 60 d, collection 240 d, renewal 60 d,
  refund 60 d); rates are per customer ("families" = customers); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the
  most people (loss between k and k+1 attributed to step k). A split by a customer attribute filters step-1 people;
- a contract = one `session_id` (= contract_id, CS00123): tp_contract, tp_kit_ship, tp_kit_arrive, tp_collect or
  tp_collect_missed, tp_lab_receive, tp_qc_report, tp_storage, tp_fee_notice / tp_annual_fee (yearly), tp_upgrade,
  tp_cancel, tp_refund, tp_release. Per-contract rates count contracts whose first event at step A falls in the period
  (by its date); attributes (城市 / city, 医院 / hospital, courier, plan, ...) are read from the step-A event;
- a kit is late when its tp_kit_arrive ts is after `promised_by` (the period by the dispatch date, tp_kit_ship);
- QC fail rate = share of tp_qc_report events with qc_result = 'fail' (period by report date);
- times between steps = per contract, first B ts - first A ts, the period by the date of A; days fractional (the
  tolerance also covers whole calendar days);
- money = orders with status `paid`, by order ts (refunded orders are no revenue); revenue = enrolment (采集制备费) +
  prepaid_storage (18年存储费) + annual_fee (年度存储费) + upgrade; refunds = `refund_amount` of tp_refund events by
  refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (end of the data, 2026-06-30); zh questions are checked against the Chinese twins
  (城市, 医院, 获客渠道, 套餐, 升级项目, courier), en ones against the English values / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers (checked against _truth) with a 5 %
  tolerance; rating by touchpoint = feedback.touchpoint_id over rows with a rating; NPS average = mean of `nps` on
  channel storage_survey; the NPS score = (share 9-10 - share 0-6) x 100;
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels ----------
def _steps(j):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{j}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, bounded=False, cond="1=1"):
    steps, win = _steps(j)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) t1, min(e.ts) t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(j, start, end, cond="1=1", unbounded_only=False):
    vals = [funnel(j, start, end, b, cond) for b in ((False,) if unbounded_only else (False, True))]
    v = [c[-1] / c[0] for c in vals]
    return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[-1]) + 0.005), 4))


def rank_conv(j, start, end, by, lowest=False, margin=1.2, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for b in (False, True):
        rows = []
        for g in groups:
            c = funnel(j, start, end, b, f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        a, b2 = rows[0][1], rows[1][1]
        assert (b2 > a * margin) if lowest else (a > b2 * margin), rows
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def top_lost(j, start, end, margin=1.2):
    steps, _ = _steps(j)
    tops = set()
    for b in (False, True):
        c = funnel(j, start, end, b)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- per contract ----------
def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND session_id IS NOT NULL)
               WHERE rn = 1)"""


def _gap(a, b, start, end, cond):
    return f"""FROM {_first(a)} a JOIN {_first(b)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a, b, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a, b, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a, b, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a, b, start, end, by, agg="median", margin=1.25):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) m {_gap(a, b, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


KIT = f"""FROM {_first('tp_kit_ship')} a JOIN {_first('tp_kit_arrive')} b USING (session_id)"""


def kit_late(start, end, cond="1=1"):
    v = one(f"SELECT avg((b.t > b.promised_by)::int) {KIT} WHERE {_in('a.t', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_kit_late(by, start, end, margin=1.5):
    rows = q(f"SELECT {by}, avg((b.t > b.promised_by)::int) r {KIT} WHERE {_in('a.t', start, end)} "
             f"GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- events ----------
def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = events_at(tp, *a)["value"]
    y = events_at(tp, *b)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.5, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def top_events(tp, by, start, end, cond="1=1", margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def qc_fail_preterm():
    v = one(f"""SELECT avg((r.qc_result = 'fail')::int) FROM {_first('tp_qc_report')} r
                JOIN {_first('tp_collect')} c USING (session_id) WHERE c.gestational_weeks < 37""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------
def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = orders(*a, cond)["value"]
    y = orders(*b, cond)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(amount) s FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY s DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(coalesce(({num})::int, 0)) FROM customers c WHERE {cond}"), 4),
                tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------
def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f LEFT JOIN customers c USING (customer_id) "
            f"WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f "
            f"WHERE nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 2), tolerance=1.0)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2024-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
LEAD, CONSULT, CONTRACT, SHIP, ARRIVE, COLLECT, MISSED, LAB, REPORT, STORE, NOTICE, FEE, UPGRADE, CANCEL, REFUND, \
    RELEASE = ("tp_lead", "tp_consult", "tp_contract", "tp_kit_ship", "tp_kit_arrive", "tp_collect",
               "tp_collect_missed", "tp_lab_receive", "tp_qc_report", "tp_storage", "tp_fee_notice",
               "tp_annual_fee", "tp_upgrade", "tp_cancel", "tp_refund", "tp_release")
KIT_T = _like("f.text", ["采集包", "kit"])
FEE_T = _like("f.text", ["年费涨", "不透明", "账单看不懂", "费用说不清", "fee went up", "not transparent", "hidden charge"])
LAB_T = _like("f.text", ["报告等了", "报告出得太慢", "报告一拖再拖", "lab report took", "waiting for the lab report",
                         "lab results are so slow"])
PUSHY_T = _like("f.text", ["推销", "催签约", "pushy", "sales pressure"])
REFUND_T = _like("f.text", ["退费申请提交", "退款流程太慢", "waiting for my refund", "refund took forever"])
SMOOTH_T = _like("f.text", ["很顺利", "很安心", "smoothly", "very professional"])
CLEAR_T = _like("f.text", ["讲解很清楚", "讲得很明白", "explained everything clearly", "very patient"])


def gold():
    return {
        # funnels
        "cb01": lambda: conv("enrol", *Y25),
        "cb02": lambda: top_lost("enrol", *H1_25, margin=1.15),
        "cb03": lambda: rank_conv("enrol", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "cb04": lambda: conv("enrol", *Y25, cond="c.acquisition_channel = 'referral'"),
        "cb05": lambda: conv("collection", *H1_25, unbounded_only=True),
        "cb06": lambda: rank_conv("enrol", *Y24, by='c."获客渠道"', margin=1.15),
        # kits / collection
        "cb07": lambda: kit_late(*Q4_25, "a.city = 'Chengdu'"),
        "cb08": lambda: kit_late(*Q4_25, "a.city = 'Beijing'"),
        "cb09": lambda: top_kit_late("a.courier", *ALL),
        "cb10": lambda: events_at(MISSED, *ALL, "e.missed_reason = 'kit_not_at_hospital'"),
        "cb11": lambda: top_events(MISSED, "e.city", *ALL, "e.missed_reason = 'kit_not_at_hospital'"),
        # QC
        "cb13": lambda: events_share(REPORT, "e.qc_result = 'fail'", *Y25),
        "cb14": lambda: top_events_share(REPORT, "e.qc_result = 'fail'", 'e."医院"', *ALL),
        "cb15": lambda: events_share(REPORT, "e.qc_result = 'fail'", *ALL, "e.hospital_id = 'H09'"),
        "cb16": lambda: qc_fail_preterm(),
        # times
        "cb17": lambda: step_time(COLLECT, REPORT, *Y25),
        "cb18": lambda: step_time(COLLECT, REPORT, *Y25, "a.\"城市\" = '西安'"),
        "cb19": lambda: top_step_time(COLLECT, REPORT, *Y25, by="a.city"),
        "cb20": lambda: step_time(COLLECT, REPORT, "2026-03-01", "2026-04-30", "a.city = 'Beijing'"),
        "cb21": lambda: step_time(COLLECT, REPORT, "2026-01-01", "2026-02-28", "a.city = 'Beijing'"),
        "cb22": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg"),
        "cb23": lambda: top_step_time(CANCEL, REFUND, *ALL, by="a.city", agg="avg"),
        "cb24": lambda: step_time(CONTRACT, ARRIVE, *Y25),
        # money
        "cb25": lambda: orders(*Q3_25),
        "cb26": lambda: orders(*month(2026, 3)),
        "cb27": lambda: orders(*month(2026, 2)),
        "cb28": lambda: orders(*H2_25, "o.order_type = 'annual_fee'"),
        "cb29": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "cb30": lambda: top_orders('o."城市"', *Y25, "o.order_type = 'enrolment'", margin=1.05),
        "cb31": lambda: orders(*Y25, "o.order_type = 'upgrade'"),
        "cb32": lambda: orders_change(H1_25, H1_26),
        "cb33": lambda: per_customer(*Y25),
        "cb34": lambda: per_customer(*Y25, "c.payment_plan = 'prepaid_18y'"),
        "cb35": lambda: orders(*quarter(2026, 2), "o.order_type = 'annual_fee'"),
        "cb36": lambda: orders(*Y25, "o.order_type = 'enrolment' AND o.\"套餐\" = '尊享套餐'"),
        "cb37": lambda: top_orders('o."升级项目"', *ALL, "o.order_type = 'upgrade'", margin=1.3),
        # volumes
        "cb38": lambda: events_at(CONTRACT, "2025-03-03", "2025-03-09"),
        "cb39": lambda: events_at(CONTRACT, *Y24),
        "cb40": lambda: events_at(CONTRACT, *Y25),
        "cb41": lambda: events_change(LEAD, Y24, Y25),
        "cb44": lambda: events_at(RELEASE, *ALL),
        "cb45": lambda: events_at(STORE, *Y25),
        # renewal / customers
        "cb46": lambda: conv("renewal", *H2_25, unbounded_only=True),
        "cb47": lambda: conv("renewal", *H1_25, unbounded_only=True),
        "cb48": lambda: customers_count("c.segment = 'lapsed'"),
        "cb49": lambda: customers_count("c.\"城市\" = '北京' AND c.\"客户状态\" = '在存'"),
        "cb50": lambda: customers_share("c.tier = 'premium'"),
        "cb51": lambda: customers_share("c.payment_plan = 'prepaid_18y'", "c.tier IN ('basic', 'premium')"),
        "cb52": lambda: top_customers("c.acquisition_channel", "c.acquisition_channel <> 'online_ads'", margin=1.6),
        "cb53": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        # feedback
        "cb54": lambda: fb_count(KIT_T, "kit_delay"),
        "cb55": lambda: top_fb_count("f.city", KIT_T),
        "cb56": lambda: fb_count(FEE_T, "fee_opaque", _in("f.ts", *H2_25)),
        "cb58": lambda: fb_count(LAB_T, "lab_slow", _in("f.ts", *Y25)),
        "cb59": lambda: fb_avg(f"f.channel = 'consult_survey' AND {_in('f.ts', *Y25)}"),
        "cb60": lambda: fb_avg(f"f.channel = 'consult_survey' AND {_in('f.ts', *Y25)} "
                               "AND c.acquisition_channel = 'online_ads'"),
        "cb61": lambda: fb_avg(f"f.channel = 'storage_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cb62": lambda: nps_score(f"f.channel = 'storage_survey' AND {_in('f.ts', *Y25)}"),
        "cb63": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *ALL), 10, margin=0.6),
        "cb64": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "cb65": lambda: feedback_ids(f"{LAB_T} AND f.city = 'Xi''an'"),
        "cb67": lambda: fb_count(PUSHY_T, "pushy"),
    }


def checks():
    for cond, topic in ((REFUND_T, "refund_slow"), (SMOOTH_T, "smooth"), (CLEAR_T, "clear")):
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
