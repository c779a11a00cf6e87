"""Gold answers for the 驰通ETC ChiTong Pass held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (apply 30 d, billing 10 d, arrears 30 d,
  dispute 30 d, replacement 30 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not). A failed attempt (ID / vehicle check, card binding, activation) is still an
  event at that step's touchpoint: the person reached the step; passing shows as reaching the next one. "Where do we
  lose the most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is
  attributed to step k). "Step conversion from A to B" = people reaching B / people reaching A in that funnel.
  A funnel split by a customer attribute filters the step-1 people by that attribute (customers table);
- per-attempt rates count events: binding / ID / vehicle / activation failure rate = events of that touchpoint with
  action `fail` / all its events (each attempt is one event), attributes from the event (bank, 银行, device,
  obu_model, province) or the customer (segment, card_type);
- auto-debit failure rate = tp_debit events (one per bill, session B…) whose bill session has a tp_debit_fail / all
  tp_debit events, by the debit date; times between steps are per session (bill B…, application A…, dispute D…,
  replacement R…): first B-step ts - first A-step ts, period by the date of the A step, attributes from the A step;
  delivery days = tp_obu_ship -> tp_obu_receive per application session, by carrier;
- disputes: one tp_dispute_submit per dispute (session D…), reason = `dispute_reason` / `争议原因`, highway /
  `高速路段`, province of the event; upheld rate = tp_dispute_resolved with action `upheld` / all decided disputes
  (period by the submit date); refunds = `refund_amount` of tp_dispute_refund by refund date;
- money = orders with status `paid` by order ts: toll bills (order_type toll_bill, ts = the bill's issue date, 出账;
  amount = billed after the 5 % ETC discount; `discount_amount` the discount), OBU device sales (obu_device),
  replacement fees (replacement_fee). Unpaid bills = toll_bill orders with status `unpaid`. Per paying customer =
  paid amount / customers with >= 1 such paid order in the period; trips billed = sum of `trip_count` over the toll
  bills issued in the period (every status);
- A/B test activation_guide_2026 (experiments.csv): activation rate = assigned customers with a successful
  tp_obu_activate (action success) within 14 days after `assigned_at` / assigned customers of the arm;
- customer attributes as stored (state at the end of the data); account closures = tp_cancel events; zh questions are
  checked against the Chinese twins (客户类型, 省份, 获客渠道, 银行, 失败原因, 快递公司, 争议原因, 注销原因), en ones
  against the English values as stored (segment, region/province, bank code, fail_reason, carrier, dispute_reason,
  highway code, obu_model, variant, touchpoint_id); touchpoints are touchpoint_id in both languages;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_rating`; app-store reviews = `app_review`; rating by
  touchpoint = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = channel `survey`, NPS score
  = share 9-10 minus share 0-6 (a fraction);
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments"):
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


def _rate_both(fn):
    vals = [fn(False), fn(True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, cond="1=1"):
    return _rate_both(lambda b: (lambda c: c[-1] / c[0])(funnel(journey, start, end, bounded=b, cond=cond)))


def step_conv(journey, start, end, a, b, cond="1=1"):
    steps, _ = _steps(journey)
    i, j = steps.index(a), steps.index(b)
    return _rate_both(lambda bd: (lambda c: c[j] / c[i])(funnel(journey, start, end, bounded=bd, cond=cond)))


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


def top_lost(journey, start, end, cond="1=1", margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate_rows(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    tail = f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC" if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {tail}""")


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate_rows(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_sess_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.3):
    rows = [r for r in sess_rate_rows(a_tp, b_tp, start, end, cond, b_cond, by=by) if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", unit="days", margin=1.3, min_n=1):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v, count(*) {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.3, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def debit_fail_rate(start, end, cond="1=1"):
    return sess_rate("tp_debit", "tp_debit_fail", start, end, cond)


def upheld_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((b.action = 'upheld')::int) FROM {_first('tp_dispute_submit')} a
                JOIN {_first('tp_dispute_resolved')} b USING (session_id) WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders_sum(start, end, cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def trips_billed(start, end):
    return dict(value=int(one(f"SELECT sum(trip_count) FROM orders o WHERE order_type = 'toll_bill' "
                              f"AND {_in('o.ts', start, end)}")), tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def ab_activation(variant, days=14):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                    AND e.touchpoint_id = 'tp_obu_activate' AND e.action = 'success' AND e.ts >= x.assigned_at
                    AND e.ts <= x.assigned_at + INTERVAL {days} DAY))::int)
                FROM experiments x WHERE experiment_id = 'activation_guide_2026' AND variant = '{variant}'""")
    # a reader who also counts an activation a few minutes before the assignment stamp gets:
    w = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                    AND e.touchpoint_id = 'tp_obu_activate' AND e.action = 'success'
                    AND e.ts <= x.assigned_at + INTERVAL {days} DAY))::int)
                FROM experiments x WHERE experiment_id = 'activation_guide_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=round(max(0.01, abs(v - w) + 0.005), 4))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_exact(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-06-30")
MAR26, FEB26, APR26, JUN26 = month(2026, 3), month(2026, 2), month(2026, 4), month(2026, 6)
FAIL = "e.action = 'fail'"
APP_RATING = "f.channel = 'app_rating'"
MARKERS = {  # the same words as generate.py's MARKERS (checked against the truth file)
    "double_charge": ["重复扣费", "扣了两次", "charged twice", "double charge"],
    "max_toll": ["最远路径", "入口信息", "longest route", "entry record"],
    "wrong_class": ["车型", "vehicle class"],
    "holiday_free": ["免费通行", "toll-free"],
    "not_travelled": ["没走高速", "未通行", "never drove", "wasn't on the highway"],
    "dispute_slow": ["处理太慢", "还没退", "taking forever", "still no refund"],
    "bank_bind": ["绑卡", "签约", "card binding"],
    "vehicle_verify": ["行驶证", "道路运输证", "vehicle licence", "transport permit"],
    "activation": ["激活", "activat"],
    "shipping": ["发货", "快递", "shipping", "delivery"],
    "blacklist": ["黑名单", "拉黑", "blacklist"],
    "device_fault": ["没电", "设备故障", "battery", "stopped working"],
    "bill_confusing": ["账单看不懂", "明细", "confusing bill", "bill breakdown"],
    "app_crash": ["闪退", "crash"],
    "praise_convenient": ["很方便", "不用排队", "so convenient", "no queue"],
    "praise_discount": ["95折", "九五折", "5% off"],
    "praise_service": ["耐心", "patient"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    debit_ab = ("tp_debit", "tp_debit_fail")
    toll = "o.order_type = 'toll_bill'"
    dup = "e.dispute_reason = 'duplicate_charge'"
    return {
        # ---- funnels / conversion
        "tp01": lambda: conv("apply", *Y25),
        "tp02": lambda: top_lost("apply", *MAR26),
        "tp03": lambda: step_conv("apply", *MAR26, "tp_bank_bind", "tp_obu_ship"),
        "tp04": lambda: step_conv("apply", *FEB26, "tp_bank_bind", "tp_obu_ship"),
        "tp05": lambda: rank_conv("apply", *Y25, by="c.segment", lowest=True),
        "tp06": lambda: conv("apply", *Y25, cond="c.客户类型 = '货车车主'"),
        "tp07": lambda: conv("apply", *Y25, cond="c.客户类型 = '个人车主'"),
        "tp08": lambda: top_lost("apply", *Y25, cond="c.segment = 'truck'"),
        "tp09": lambda: conv("billing", *Q1_26),
        "tp10": lambda: conv("arrears", *Y25),
        "tp11": lambda: conv("dispute", *H1_26),
        "tp12": lambda: conv("replacement", *ALL),
        # ---- auto-debit and arrears
        "tp13": lambda: sess_rate(*debit_ab, *Y25, cond="a.card_type = 'debit'"),
        "tp14": lambda: sess_rate(*debit_ab, *Y25, cond="a.card_type = 'credit'"),
        "tp15": lambda: rank_sess_rate(*debit_ab, *H1_26, by="c.segment", margin=1.2),
        "tp16": lambda: sess_rate(*debit_ab, *Q2_26),
        "tp17": lambda: orders_count(*ALL, cond=toll, status="unpaid"),
        "tp18": lambda: step_time("tp_repay", "tp_unblock", *Y25, unit="hours"),
        "tp19": lambda: step_time("tp_debit_fail", "tp_repay", *H2_25),
        # ---- card binding, verification, activation
        "tp20": lambda: top_events_share("tp_bank_bind", FAIL, "e.bank", *MAR26, margin=2.0),
        "tp21": lambda: events_share("tp_bank_bind", FAIL, *MAR26, cond="e.银行 = '建设银行'"),
        "tp22": lambda: events_share("tp_bank_bind", FAIL, *APR26, cond="e.银行 = '建设银行'"),
        "tp23": lambda: top_events_count("tp_bank_bind", "e.fail_reason", *MAR26, cond=FAIL, margin=2.0),
        "tp24": lambda: top_events_count("tp_vehicle_verify", "e.失败原因", *ALL, cond=f"{FAIL} AND c.segment = 'truck'",
                                         margin=1.1),
        "tp25": lambda: events_share("tp_vehicle_verify", FAIL, *Y25, cond="c.segment = 'truck'"),
        "tp26": lambda: top_events_share("tp_obu_activate", FAIL, "e.obu_model", *ALL, margin=2.0),
        "tp27": lambda: events_share("tp_obu_activate", FAIL, *ALL, cond="e.obu_model = 'ST-200' AND e.device = 'android'"),
        "tp28": lambda: events_share("tp_obu_activate", FAIL, *ALL, cond="e.obu_model = 'ST-200' AND e.device = 'ios'"),
        "tp29": lambda: ab_activation("video_guide"),
        "tp30": lambda: ab_activation("control"),
        # ---- delivery and time to first trip
        "tp31": lambda: top_step_time("tp_obu_ship", "tp_obu_receive", *ALL, by="a.快递公司", margin=2.0),
        "tp32": lambda: step_time("tp_obu_ship", "tp_obu_receive", *Y25, cond="a.carrier = 'sf'"),
        "tp33": lambda: step_time("tp_apply_start", "tp_first_trip", *Y25),
        # ---- disputes
        "tp34": lambda: top_events_count("tp_dispute_submit", "e.争议原因", *H1_26, margin=1.5),
        "tp35": lambda: events_count("tp_dispute_submit", *Q2_26, cond=dup),
        "tp36": lambda: top_events_count("tp_dispute_submit", "e.省份", *ALL, cond=dup, margin=1.5),
        "tp37": lambda: top_events_count("tp_dispute_submit", "e.highway", *ALL, cond=dup, margin=1.5),
        "tp38": lambda: top_step_time("tp_dispute_submit", "tp_dispute_resolved", *ALL, by="a.争议原因", margin=1.3),
        "tp39": lambda: step_time("tp_dispute_submit", "tp_dispute_resolved", *H1_26,
                                  cond="a.dispute_reason = 'duplicate_charge'"),
        "tp40": lambda: upheld_rate(*Y25),
        "tp41": lambda: upheld_rate(*ALL, cond="a.dispute_reason = 'not_travelled'"),
        "tp42": lambda: events_sum("tp_dispute_refund", "e.refund_amount", *H1_26),
        # ---- money
        "tp43": lambda: orders_sum(*Q4_25, cond=toll),
        "tp44": lambda: orders_sum(*Y25, cond="o.order_type = 'obu_device'"),
        "tp45": lambda: top_orders("o.province", *H1_26, cond=toll, margin=1.15),
        "tp46": lambda: per_customer(*H1_26, cond=toll),
        "tp47": lambda: orders_sum(*Y25, cond=toll, col="o.discount_amount"),
        "tp48": lambda: orders_change(Q4_25, Q1_26, cond=toll),
        "tp49": lambda: trips_billed(*JUN26),
        # ---- volumes / customers
        "tp50": lambda: events_count("tp_apply_start", *month(2025, 9)),
        "tp51": lambda: events_count("tp_obu_activate", "2025-09-08", "2025-09-14", cond="e.action = 'success'"),
        "tp52": lambda: events_change("tp_apply_start", Q1_26, Q2_26),
        "tp53": lambda: customers_share("c.segment = 'ride_hailing'", "c.activated_at IS NOT NULL"),
        "tp54": lambda: conv("apply", *ALL, cond="c.获客渠道 = '银行网点推荐'"),
        "tp55": lambda: top_customers("c.acquisition_channel", "c.segment = 'truck'", margin=1.2),
        "tp56": arrears_accounts,
        "tp57": lambda: events_count("tp_cancel", *H1_26),
        "tp58": lambda: top_events_count("tp_cancel", "e.注销原因", *ALL, margin=1.3),
        # ---- feedback
        "tp59": lambda: fb_count(T["double_charge"]),
        "tp60": lambda: fb_count(T["double_charge"], _in("f.ts", *JUN26)),
        "tp61": lambda: fb_count(T["bank_bind"], _in("f.ts", *MAR26)),
        "tp62": lambda: fb_ratio("f.rating <= 2", f"{APP_RATING} AND {_in('f.ts', *Y25)}"),
        "tp63": lambda: top_fb_count("f.touchpoint_id", "f.rating <= 2", margin=1.3),
        "tp64": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Q2_26)}"),
        "tp65": lambda: fb_avg("f.channel = 'app_review'"),
        "tp66": lambda: feedback_ids(f"{T['double_charge']} AND f.text LIKE '%G60%'"),
        "tp68": lambda: fb_count(T["device_fault"]),
    }


def arrears_accounts():
    """accounts whose status is in arrears at the end; the tolerance also covers counting every customer with an
    unpaid bill (closed accounts included)."""
    n = one("SELECT count(*) FROM customers WHERE account_status = 'in_arrears'")
    m = one("SELECT count(DISTINCT customer_id) FROM orders WHERE order_type = 'toll_bill' AND status = 'unpaid'")
    return dict(value=n, tolerance=abs(n - m) + 0.5)


def checks():
    """topic markers must match the generator's truth exactly; funnel steps never tie in time."""
    for topic in MARKERS:
        _check_topic(T[topic], topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
