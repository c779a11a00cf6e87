"""Gold answers for the 安康体检 HealthFirst (health check-up centres) held-out batch, from plain DuckDB SQL over the
raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (booking 30 d, exam_day 14 d, followup 60 d) from their first step-1 event in the period;
  rates are per customer; `conv` computes each rate with and without requiring the later steps to fall inside the
  period and the tolerance covers both readings. "The step where we lose the most" = the step most customers reach
  without reaching the next one (its touchpoint_id, as in INTERFACE.md's drop-off example);
- an appointment / check-up (预约单, 每次体检) = one `session_id` (HF000123): every event of one booking attempt, its
  check-up day, report and follow-up carries it, and so do its orders and the feedback about it. Per-appointment
  rates ("of check-ups flagged abnormal, the share that attended a follow-up") take the appointments with an A event
  in the period (by A's date) and look for B on the same appointment at any time;
- a visit / 人次 / check-in = a `tp_checkin` event, counted by its date; the centre of a visit is `events.center`
  (customers.center is the home centre, used only for customer counts); package tier = `events.package_tier`;
- times between steps: per appointment, first B ts - first A ts over appointments that reached both, the appointment
  taken in the period by the date the question names (check-in date, payment date, booking date of the follow-up);
  check-in → report ready equals `report_hours` on tp_report_ready;
- waits = `wait_minutes` on the step named (blood draw, imaging); "more than 40 minutes" is strict (> 40);
  abnormal items = `abnormal_items` on tp_report_ready (one row per report);
- corporate / individual = customers.employer_type (its Chinese twin 客户来源: 企业团检 / 个人); age band, gender,
  city from customers;
- money = orders with status `paid` unless a status is named ("refunded", "cancelled" = never paid); revenue counts
  every paid order (package, add-on, follow-up fee) whoever paid (`paid_by` company or self); `amount` is net of
  `discount`; per-customer spend = paid amount / distinct customers with a paid order;
- "paid bookings" in a month = tp_payment events (the tolerance covers counting paid + later-refunded package orders);
- feedback: "negative" = `sentiment_label = 'neg'` (generator truth); survey rating = rating where channel = 'survey';
  promoters = nps 9-10 among survey rows with an nps; topic counts use text markers with a 5 % tolerance; "all data"
  includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday..Sunday;
  2025 春节 holiday = 2025-01-28 .. 02-04 (centres closed), so "the two weeks after it" = 2025-02-05 .. 02-18.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "events", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"sample_size=-1)")
    assert one("SELECT max(ts) FROM events") < datetime(2026, 8, 1)
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    # report_hours is check-in → report ready on the same appointment
    assert one("""SELECT max(abs(r.report_hours - epoch(r.ts - c.ts) / 3600)) FROM events r JOIN events c
                  ON c.session_id = r.session_id AND c.touchpoint_id = 'tp_checkin'
                  WHERE r.touchpoint_id = 'tp_report_ready'""") < 0.06


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


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
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


def conv(journey, start, end, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40):
    vals = [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.05, rates
    return dict(top_entity=order[0])


# ---------- per-appointment rates and durations ----------

def sess_rate(a_tp, b_tp, start, end, cond="1=1", complement=False):
    v = one(f"""WITH a AS (SELECT DISTINCT e.session_id FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM a LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)""")
    if complement:
        v = 1 - v
    return dict(value=round(v, 4), tolerance=0.01)


def top_sess_rate(a_tp, b_tp, start, end, by, lowest=False, margin=0.05):
    rows = q(f"""WITH a AS (SELECT e.session_id, any_value({by}) g FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} GROUP BY 1)
                 SELECT g, avg((b.session_id IS NOT NULL)::int) r, count(*) FROM a LEFT JOIN
                 (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, by="b", cond="1=1", agg="avg", unit="day"):
    div = 86400.0 if unit == "day" else 3600.0
    v = one(f"""WITH a AS (SELECT session_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1),
                j AS (SELECT session_id, any_value(customer_id) customer_id, any_value(package_tier) package_tier,
                             any_value(center) center FROM events WHERE package_tier IS NOT NULL GROUP BY 1)
                SELECT {agg}(epoch(tb - ta) / {div}) FROM a JOIN b USING (session_id) JOIN j USING (session_id)
                JOIN customers c USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def top_step_time(a_tp, b_tp, start, end, by_col, margin=1.2):
    rows = q(f"""WITH a AS (SELECT session_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                 b AS (SELECT session_id, min(ts) tb, any_value({by_col}) g FROM events
                       WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
                 SELECT g, avg(epoch(tb - ta) / 3600) h FROM a JOIN b USING (session_id)
                 WHERE tb > ta AND {_in('ta', start, end)} GROUP BY 1 ORDER BY h DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- event counts / averages ----------

def events_at(tp, start, end, cond="1=1", alt=None):
    v = one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    tol = 0.5 if alt is None else max(0.5, abs(v - alt) + 0.5)
    return dict(value=v, tolerance=tol)


def top_events(tp, start, end, by, cond="1=1", agg="count(*)", margin=1.1, lowest=False):
    rows = q(f"""SELECT {by}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", rel=0.01):
    v = one(f"""SELECT avg(e.{col}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, abs(float(v)) * rel), 3))


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def visits_per_customer():
    v = one("SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_checkin'")
    return dict(value=round(v, 3), tolerance=0.02)


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def order_share(cond_share, start, end, weight="o.amount", cond="1=1"):
    v = one(f"""SELECT sum(CASE WHEN {cond_share} THEN {weight} ELSE 0 END) / sum({weight}) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def spend_per_customer(cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def addon_per_visit(start, end):
    rev = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND order_type = 'addon' AND {_in('o.ts', start, end)}")
    n = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)}")
    return dict(value=round(float(rev) / n, 2), tolerance=round(float(rev) / n * 0.01, 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(cond):
    return dict(value=round(float(one(f"SELECT avg(({cond})::int) FROM customers c")), 4), tolerance=0.01)


def top_customers(col, margin=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
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


def fb_avg(cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg(rating) FROM feedback f WHERE rating IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_fb(col, cond="1=1", agg="count(*)", margin=1.3, lowest=False):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] - rows[0][1] > 0.2, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


ALL = ("2024-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'survey'"
CI, BLOOD, IMG, DOC, REP = "tp_checkin", "tp_blood_draw", "tp_imaging", "tp_doctor_consult", "tp_report_ready"
FLAG, FB_BOOK, FB_ATT = "tp_abnormal_flag", "tp_followup_booked", "tp_followup_attended"
CORP, INDIV = "c.employer_type = 'corporate'", "c.employer_type = 'individual'"
WJ = "e.center = '望京中心'"
BLOOD_WAIT = _like("f.text", ["抽血排队", "抽血窗口", "排队抽血", "抽血等待", "for the blood draw", "blood draw queue",
                              "doing the blood draw"])
SLOW = _like("f.text", ["报告等了", "还没有出", "报告出得太慢", "迟迟不出", "report took", "waiting for my report",
                        "report was very slow"])
FASTING = _like("f.text", ["空腹要求", "要空腹", "能不能喝水", "fasting instructions", "hours to fast"])
PARK = _like("f.text", ["停车", "parking"])
DOCTOR = _like("f.text", ["讲解", "解释", "讲得很细", "explained", "explanation"])
RUDE = _like("f.text", ["态度", "rude"])
PRICE = _like("f.text", ["涨价", "涨得", "涨到", "prices went up", "price increase"])


def paid_bookings(start, end, cond):
    alt = one(f"""SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.order_type = 'package'
                  AND o.status IN ('paid', 'refunded') AND {_in('o.ts', start, end)} AND ({cond})""")
    return events_at("tp_payment", start, end, cond, alt=alt)


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "hc01": lambda: conv("booking", *Y25),
        "hc02": lambda: top_conv("booking", *ALL, "employer_type"),
        "hc03": lambda: conv("booking", *ALL, cust=CORP),
        "hc04": lambda: conv("booking", *ALL, cust=INDIV),
        "hc05": lambda: top_lost("booking", *H1_26),
        "hc06": lambda: top_lost("exam_day", *H2_25),
        "hc07": lambda: conv("exam_day", *quarter(2026, 1)),
        "hc08": lambda: conv("followup", *Y25),
        # ---- abnormal results and follow-ups (per appointment)
        "hc09": lambda: sess_rate(FLAG, FB_ATT, *Y25),
        "hc10": lambda: top_sess_rate(FLAG, FB_ATT, *ALL, "c.age_band", lowest=True),
        "hc11": lambda: sess_rate(FLAG, FB_ATT, *ALL, "c.age_band = '18-29'"),
        "hc12": lambda: sess_rate(FLAG, FB_ATT, *ALL, "c.age_band = '60+'"),
        "hc13": lambda: sess_rate(FLAG, FB_BOOK, *ALL, CORP),
        "hc14": lambda: sess_rate(FLAG, FB_BOOK, *ALL, INDIV),
        # ---- time between steps
        "hc16": lambda: step_time(CI, REP, *quarter(2025, 4), by="a", unit="hour"),
        "hc17": lambda: top_step_time(CI, REP, *ALL, "package_tier"),
        "hc18": lambda: step_time(CI, REP, *ALL, by="a", cond="j.package_tier = 'premium'", unit="hour"),
        "hc19": lambda: step_time(CI, REP, *ALL, by="a", cond="j.package_tier = 'basic'", unit="hour"),
        "hc20": lambda: step_time(REP, FB_BOOK, *H1_26, by="b"),
        "hc21": lambda: step_time("tp_payment", CI, *Y25, by="a", agg="median"),
        # ---- waits / thresholds
        "hc23": lambda: top_events(BLOOD, *ALL, "e.center", agg="avg(e.wait_minutes)", margin=1.5),
        "hc24": lambda: avg_ev("wait_minutes", BLOOD, *ALL, WJ),
        "hc25": lambda: events_at(BLOOD, *Y25, "e.wait_minutes > 40"),
        "hc26": lambda: share_ev("e.wait_minutes > 40", BLOOD, *ALL, WJ),
        "hc27": lambda: share_ev("e.wait_minutes > 40", BLOOD, *ALL, "e.center <> '望京中心'"),
        "hc29": lambda: sess_rate(CI, DOC, *Y25, WJ, complement=True),
        "hc30": lambda: sess_rate(CI, DOC, *Y25, "e.center = '徐家汇中心'", complement=True),
        # ---- abnormal items
        "hc31": lambda: avg_ev("abnormal_items", REP, *Y25),
        "hc32": lambda: top_events(REP, *ALL, "c.age_band", agg="avg(e.abnormal_items)", margin=1.15),
        "hc33": lambda: share_ev("e.abnormal_items >= 3", REP, *H1_26),
        # ---- money
        "hc34": lambda: orders(*Y25),
        "hc35": lambda: orders(*Y25, status="refunded"),
        "hc36": lambda: spend_per_customer(),
        "hc37": lambda: order_share("o.paid_by = 'company'", *Y25),
        "hc38": lambda: top_orders("o.package_tier", *Y25, cond=f"o.order_type = 'package' AND {INDIV}", margin=1.2),
        "hc39": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'addon'"),
        "hc40": lambda: top_orders("o.item_name", *ALL, agg="count(*)", cond="o.order_type = 'addon'", margin=1.3),
        "hc41": lambda: orders(*month(2025, 11), agg="sum(o.discount)", cond=f"o.order_type = 'package' AND {INDIV}"),
        "hc42": lambda: orders(*quarter(2025, 4), agg="avg(o.amount)",
                               cond=f"o.order_type = 'package' AND o.package_tier = 'standard' AND {INDIV}"),
        "hc44": lambda: orders(*Y25, agg="count(*)", status="cancelled", cond="o.order_type = 'package'"),
        "hc45": lambda: visits_per_customer(),
        # ---- centres
        "hc47": lambda: top_events(CI, *Y25, "e.center"),
        "hc48": lambda: events_at(CI, *quarter(2026, 1), "e.center = '国贸中心'"),
        "hc49": lambda: top_fb("f.center", SURVEY, agg="avg(rating)", lowest=True),
        # ---- feedback
        "hc51": lambda: fb_topic_count(BLOOD_WAIT),
        "hc52": lambda: fb_topic_count(SLOW),
        "hc53": lambda: feedback_ids(FASTING),
        "hc54": lambda: top_fb("f.center", PARK),
        "hc55": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "hc56": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "hc57": lambda: fb_ratio("f.nps >= 9", f"{SURVEY} AND f.nps IS NOT NULL AND {_in('f.ts', *H1_26)}"),
        "hc58": lambda: top_fb("f.touchpoint_id", NEG),
        "hc59": lambda: fb_count("f.ts IS NULL"),
        "hc60": lambda: feedback_ids(f"{DOCTOR} AND f.sentiment_label = 'pos'"),
        "hc61": lambda: top_fb("f.center", RUDE, margin=1.5),
        "hc63": lambda: fb_topic_count(f"{PRICE} AND {_in('f.ts', '2025-09-01', '2025-10-31')}"),
        # ---- customers
        "hc66": lambda: top_customers("city"),
        # ---- periods
        "hc67": lambda: events_at(CI, "2025-03-10", "2025-03-16"),
        "hc68": lambda: events_at(CI, "2025-02-05", "2025-02-18"),
        "hc69": lambda: events_at(CI, *H2_25),
        "hc70": lambda: events_at(REP, *month(2026, 6)),
        "hc71": lambda: paid_bookings(*month(2025, 9), INDIV),
        "hc72": lambda: paid_bookings(*month(2025, 8), INDIV),
        "hc73": lambda: sess_rate("tp_choose_package", "tp_payment", *month(2025, 9), INDIV),
        "hc74": lambda: sess_rate("tp_choose_package", "tp_payment", *quarter(2026, 2), INDIV),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
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
