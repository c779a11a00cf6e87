"""Gold answers for the 栖安智能门锁 HavenLock smart-lock held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window counted from their first step-1 event in the period
  (online_purchase 7 d, delivery_install 21 d, activation 7 d, developer_activation 30 d, after_sales 7 d); any event
  at the touchpoint counts (a failed pairing attempt, a failed install visit included, as DATA.md says); rates are
  per person (customer_id); a person's shop channel / device is the one of that first step-1 event. The tolerance
  covers the other careful readings: later steps cut at the period end, and counting only successful outcomes
  (no `fail` / `failed` events). "After which step do we lose the most" = the step whose next step is not reached by
  the most people (the loss between k and k+1 belongs to step k);
- per-order / per-lock / per-ticket figures use `session_id` (= order id on tp_order, tp_delivery, tp_install_booking,
  tp_install_visit, tp_return; = lock serial number HL… on pairing, enrolment, firmware, low-battery and emergency
  unlock events; = ticket id TK… on tp_service_ticket, tp_repair_visit, tp_ticket_closed). The period is the date of
  the first event at the first named step; step times go from the session's first event at step A to its first event
  at step B. Rates over attempts (pairing failure rate, firmware failure rate) = events with action `fail` / `failed`
  over all events at that touchpoint in the period;
- money = orders with status `paid` by orders.ts (returned = sent back within 7 days, refunded = cancelled before
  shipping, cancelled = unpaid and timed out); "sales" / "revenue" = paid lock + care_plus + accessory orders unless the
  question narrows it; developer contract orders (channel `developer`, payer developer) are lock orders too;
  return rate = lock orders with status `returned` / lock orders paid, returned or refunded (i.e. not cancelled);
- customers: every row of customers.csv with attributes as stored at the end of the data (2026-05-31); `segment` as
  stored (at_risk, churned, new_owner, owner, prospect, vip);
- zh questions are checked against the Chinese twins (安装服务商, 失败原因, 问题类型, 开门原因, 退货原因, 快递公司, region,
  developer_project), en ones against installer_team / fail_reason / issue_type / unlock_reason / return_reason /
  model / channel / touchpoint_id / variant;
- feedback: "all data" includes the undated rows (paper handover questionnaires, e-commerce reviews imported without a
  date); topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); rating
  averages over rows with a rating; negative = 1-2 stars; survey = channel `survey` (NPS 0-10, detractors 0-6,
  promoters 9-10, NPS = % promoters - % detractors);
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
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


STRICT = "coalesce(action, '') NOT IN ('fail', 'failed')"


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
    first = f"""SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, event_id) rn FROM events
                WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)}""" + (f" AND {STRICT}" if strict else "")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, {by or "'all'"} AS grp, e.ts AS t1,
                    e.ts AS t FROM ({first}) e JOIN customers c USING (customer_id) WHERE e.rn = 1 AND ({cond})""")
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


def conv(journey, start, end, cond="1=1", step=None, readings=READINGS):
    """end-to-end conversion (or to step `step`, 1-based) per person; tolerance covers the readings' spread."""
    vals = []
    for bounded, strict in readings:
        c = funnel(journey, start, end, bounded=bounded, strict=strict, cond=cond)["all"]
        print("   ", journey, "bounded" if bounded else "open", "strict" if strict else "", c)
        vals.append(c[(step or len(c)) - 1] / c[0])
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def rank_conv(journey, start, end, by, min_n=1, margin=1.2, lowest=False, readings=READINGS, step=None):
    tops = set()
    for bounded, strict in readings:
        rows = [(g, c[(step or len(c)) - 1] / c[0], c[0]) for g, c in
                funnel(journey, start, end, bounded=bounded, strict=strict, by=by).items()]
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


def top_lost(journey, start, end, margin=1.2, readings=READINGS):
    steps, _ = _steps(journey)
    tops = set()
    for bounded, strict in readings:
        c = funnel(journey, start, end, bounded=bounded, strict=strict)["all"]
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert len(lost) == 1 or lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- A/B test: enrolment guide ----------

def ab(hours=24):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id = 'tp_enrolment' AND e.action = 'success' AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL {hours} HOUR))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def ab_top(margin=1.1):
    rows = ab()
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def ab_value(variant):
    return dict(value=round([r[1] for r in ab() if r[0] == variant][0], 4), tolerance=0.01)


# ---------- per order / lock / ticket (session_id) ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ({_tp(tp)}) AND ({where})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_where="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_where)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="hours", b_where="1=1"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}), count(*) {_gap(a_tp, b_tp, start, end, cond, b_where)}")[0]
    print("    n =", n)
    return dict(value=round(v, 2), tolerance=round(max(0.05 if unit == "days" else 0.1, v * 0.03), 2))


def rank_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", unit="days", margin=1.2, b_where="1=1"):
    rows = q(f"""SELECT {by} g, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, cond, b_where)} GROUP BY 1 ORDER BY v DESC""")
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in rows[:5]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def rank_events(tp, by, start, end, num=None, cond="1=1", min_n=1, margin=1.2, distinct=None):
    val = f"avg(({num})::int)" if num else (f"count(DISTINCT {distinct})" if distinct else "count(*)")
    rows = q(f"SELECT {by}, {val} v, count(*) n FROM events e WHERE touchpoint_id IN ({_tp(tp)}) "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big[:5]])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def per_lock(tp, by, start, end, cond="1=1", margin=1.3):
    """events at tp per paired lock (distinct lock_sn with a successful pairing), by model."""
    rows = q(f"""WITH locks AS (SELECT DISTINCT session_id, {by} g FROM events e WHERE touchpoint_id = 'tp_app_pairing'
                     AND action = 'success'),
                 ev AS (SELECT session_id, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1)
                 SELECT g, sum(coalesce(n, 0)) / count(*) v, count(*) FROM locks LEFT JOIN ev USING (session_id)
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def return_rate(start, end, cond="1=1"):
    v, n = q(f"""SELECT avg((o.status = 'returned')::int), count(*) FROM orders o WHERE o.order_type = 'lock'
                 AND o.status IN ('paid', 'returned', 'refunded') AND {_in('o.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_return_rate(by, start, end, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, avg((o.status = 'returned')::int) v, count(*) n FROM orders o WHERE o.order_type = 'lock'
                 AND o.status IN ('paid', 'returned', 'refunded') AND {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:5])
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


def fb_nps(cond):
    v, n = q(f"""SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f
                 WHERE f.nps IS NOT NULL AND {cond}""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in big[:5]])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25, ALL = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2026-05-31")
H2_25, Q1_26 = ("2025-07-01", "2025-12-31"), quarter(2026, 1)
JUN25, OCT25, NOV25, DEC25 = month(2025, 6), month(2025, 10), month(2025, 11), month(2025, 12)
JAN26, FEB26, MAR26, APR26 = month(2026, 1), month(2026, 2), month(2026, 3), month(2026, 4)
JANMAY25, JANMAY26 = ("2025-01-01", "2025-05-31"), ("2026-01-01", "2026-05-31")
(PAGE, CART, ORDER, HANDOVER, DELIVERY, BOOKING, VISIT, PAIRING, ENROL, FIRMWARE, BATTERY, UNLOCK, TICKET, RVISIT,
 CLOSED, RETURN) = [f"tp_{x}" for x in (
    "product_page", "add_to_cart", "order", "developer_handover", "delivery", "install_booking", "install_visit",
    "app_pairing", "enrolment", "firmware_update", "low_battery", "emergency_unlock", "service_ticket", "repair_visit",
    "ticket_closed", "return")]
QF = "QuickFit Alliance (outsourced)"
ONLINE_LOCK = "o.order_type = 'lock' AND o.channel <> 'developer'"
TOPICS = {
    "pairing": _like("f.text", ["配网", "绑定", "蓝牙", "pairing", "bluetooth"]),
    "lockout": _like("f.text", ["锁在门外", "进不了家", "进不了门", "locked out", "locked me out"]),
    "battery": _like("f.text", ["耗电", "电池", "续航", "battery"]),
    "fingerprint": _like("f.text", ["指纹识别", "fingerprint"]),
    "face": _like("f.text", ["人脸识别", "face unlock", "face recognition"]),
    "enrol": _like("f.text", ["录入", "enrol"]),
    "install_delay": _like("f.text", ["预约", "放鸽子", "booking", "no-show"]),
    "install_quality": _like("f.text", ["改孔", "装歪", "开孔", "配件", "drill", "misaligned"]),
    "install_praise": _like("f.text", ["专业", "师傅人很好", "professional"]),
    "delivery": _like("f.text", ["物流", "快递", "courier", "shipping", "parcel"]),
    "app_crash": _like("f.text", ["闪退", "卡顿", "crash", "laggy"]),
    "lock_jam": _like("f.text", ["卡滞", "锁舌", "拧不动", "latch", "jams"]),
    "price": _like("f.text", ["降价", "太贵", "expensive", "price dropped"]),
    "praise": _like("f.text", ["好用", "颜值", "方便", "love", "convenient"]),
    "dev_setup": _like("f.text", ["交房", "开发商", "developer", "handover"]),
    "service_praise": _like("f.text", ["客服", "customer service"]),
    "neutral": _like("f.text", ["还行", "一般般", "fine so far", "average"]),
}
T = TOPICS


def gold():
    return {
        # ---- journeys (per person, DATA.md)
        "sl01": lambda: conv("online_purchase", *Y25),
        "sl02": lambda: rank_conv("online_purchase", *H2_25, by="e.channel", lowest=True, margin=1.5),
        "sl03": lambda: conv("online_purchase", *H2_25, cond="e.channel = 'douyin'"),
        "sl04": lambda: conv("activation", *DEC25),
        "sl05": lambda: conv("activation", *NOV25),
        "sl06": lambda: events_share(PAIRING, "e.action = 'fail'", *DEC25, cond="e.device = 'android'"),
        "sl07": lambda: events_share(PAIRING, "e.action = 'fail'", *DEC25, cond="e.device = 'ios'"),
        "sl08": lambda: rank_conv("developer_activation", *ALL, by="c.developer_project", lowest=True, margin=1.2),
        "sl09": lambda: conv("developer_activation", *ALL),
        "sl10": lambda: conv("delivery_install", *Y25),
        "sl11": lambda: top_lost("delivery_install", *Y25, margin=2),
        "sl12": lambda: conv("after_sales", *Q1_26),
        "sl13": lambda: top_lost("online_purchase", *Q1_26, margin=2),
        # ---- per order / lock / ticket
        "sl14": lambda: rank_step_time(ORDER, DELIVERY, *ALL, by="b.carrier", margin=1.15),
        "sl15": lambda: events_share(VISIT, "e.action = 'failed'", *ALL, cond=f"e.visit_no = 1 AND e.installer_team = '{QF}'"),
        "sl16": lambda: rank_events(VISIT, "e.installer_team", *ALL, num="e.action = 'failed'", cond="e.visit_no = 1",
                                    margin=2),
        "sl17": lambda: step_time(BOOKING, VISIT, *FEB26, unit="days"),
        "sl18": lambda: step_time(BOOKING, VISIT, *JAN26, unit="days"),
        "sl19": lambda: step_time(TICKET, CLOSED, *Y25),
        "sl20": lambda: rank_events(TICKET, 'e."问题类型"', *ALL, cond="e.developer_project = '滨江壹号院'", margin=1.4),
        "sl21": lambda: rank_events(CLOSED, "e.issue_type", *ALL, num="e.action = 'unresolved'", min_n=30, margin=1.3),
        "sl22": lambda: events_count(UNLOCK, *MAR26),
        "sl23": lambda: events_count(UNLOCK, *APR26),
        "sl24": lambda: events_count(UNLOCK, "2026-03-09", "2026-03-15"),
        "sl25": lambda: rank_events(UNLOCK, "e.unlock_reason", *MAR26, margin=3),
        "sl26": lambda: rank_events(UNLOCK, 'e."开门原因"', *Y25, margin=2),
        "sl27": lambda: per_lock(BATTERY, "e.model", *ALL, margin=2),
        "sl28": lambda: events_count(BATTERY, *Y25),
        "sl29": lambda: events_share(FIRMWARE, "e.action = 'failed'", *MAR26),
        "sl30": lambda: rank_events(PAIRING, "e.fail_reason", *ALL, cond="e.action = 'fail'", margin=1.5),
        "sl31": lambda: rank_events(PAIRING, 'e."失败原因"', "2025-01-01", "2025-11-30", cond="e.action = 'fail'",
                                    margin=1.3),
        "sl33": lambda: orders(*Y25, cond=ONLINE_LOCK),
        "sl34": lambda: orders(*NOV25),
        "sl35": lambda: orders(*JUN25),
        "sl36": lambda: top_orders("o.channel", *Y25, cond="o.order_type = 'lock'", margin=1.3),
        "sl37": lambda: top_orders("o.channel", *Y25, cond=ONLINE_LOCK, margin=1.1),
        "sl38": lambda: orders(*ALL, cond="o.payer = 'developer'"),
        "sl39": lambda: orders(*ALL, cond="o.order_type = 'lock' AND o.promo = '双11'", agg="count(*)"),
        "sl40": lambda: orders(*Y25, cond="o.order_type = 'care_plus'"),
        "sl41": lambda: orders(*JANMAY26, cond="o.order_type = 'accessory'"),
        "sl42": lambda: return_rate(*ALL, cond="o.channel = 'douyin'"),
        "sl43": lambda: rank_return_rate("o.channel", *ALL, margin=1.8),
        "sl44": lambda: rank_events(RETURN, 'e."退货原因"', *ALL, margin=1.25),
        "sl45": lambda: orders_change(JANMAY25, JANMAY26, cond=ONLINE_LOCK),
        "sl47": lambda: customers_count("c.segment = 'at_risk'"),
        "sl48": lambda: customers_count("c.tier = 'care_plus'"),
        "sl49": lambda: customers_count("c.acquisition_channel = 'developer'"),
        "sl51": lambda: top_fb_count("f.touchpoint_id", T["lockout"], margin=1.4),
        "sl52": lambda: fb_topic_count(T["lockout"], "lockout", period=_in("f.ts", *MAR26)),
        "sl53": lambda: fb_topic_count(T["battery"], "battery"),
        "sl54": lambda: top_fb_count("f.model", T["battery"], margin=2),
        "sl55": lambda: rank_fb_avg('f."安装服务商"', "f.channel = 'install_rating'", 50, margin=0.8),
        "sl56": lambda: fb_avg(f"f.channel = 'install_rating' AND f.installer_team = '{QF}'", tol=0.05),
        "sl57": lambda: fb_nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sl58": lambda: fb_ratio("f.nps <= 6", "f.channel = 'survey'"),
        "sl59": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *DEC25)}", tol=0.05),
        "sl60": lambda: fb_topic_count(T["pairing"], "pairing", period=_in("f.ts", *DEC25)),
        "sl61": lambda: feedback_ids(f"{T['lockout']} AND f.touchpoint_id = 'tp_firmware_update'"),
        "sl62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 100, margin=0.3),
        "sl63": lambda: fb_avg("f.channel = 'handover_survey'", tol=0.05),
        "sl64": lambda: fb_topic_count(T["delivery"], "delivery"),
        "sl65": lambda: fb_topic_count(T["install_delay"], "install_delay"),
        "sl67": lambda: ab_top(),
        "sl68": lambda: ab_value("video_guide"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in TOPICS.items():
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
