"""Gold answers for the 安敏过敏专科 ClearBreath Allergy Clinics held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "patients" / "患者" / "病人" = customer_id (one patient record; a child is the child's record, booked by a parent).
  Patient attributes (region = city Beijing / Shenyang / Singapore + 城市; segment child / adult / seasonal_hayfever
  + 患者类型; tier = payer insured / self_pay + 付费方式; acquisition_channel + 获客渠道) come from customers.csv.
- events are deduplicated on event_id first (40 rows were sent twice; DATA.md loads them once).
- funnels follow DATA.md: a patient enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint (any action) after reaching step k-1, within the journey window counted from that first
  step-1 event (first_visit 30 d, immunotherapy_course 400 d, refill 7 d). Rates are per patient. When the question
  states the window the DATA.md reading (later steps may fall after the period end) is the gold with tolerance 0.01;
  otherwise the tolerance covers both readings. "Where do we lose the most" = the step after which the most patients
  never reach the next one (top entity = that step's touchpoint_id). A cohort month = month of the step-1 event.
- triage failure share = tp_triage_form rows with action 'fail' / all tp_triage_form rows in the period (per
  submission attempt). No-show rate = patients whose first booking in the period ended with a 'no_show' row /
  patients with a booking 'submit' in the period.
- plan acceptance = patients with a tp_treatment_plan row of plan_type scit / slit in the period who have a
  tp_plan_accept row afterwards (any time).
- A/B test followup_nudge_2025: retained = at least 3 tp_monthly_followup rows within 120 days after assigned_at.
- deliveries: late share = tp_delivery rows with action 'late' / all tp_delivery rows in the period; cold-chain
  failures = cold_chain_ok = 'no'.
- money = orders with status 'paid' by order ts. Per clinic in its own currency (`amount`, CNY or SGD); across
  clinics in `amount_cny` (SGD at the fixed 5.3). Refunds = status 'refunded' rows. Unit price = average amount of
  paid orders of that order_type.
- zh top entities are the Chinese twins where the data has one (城市, 患者类型, 付费方式, 检测类型, 方案类型,
  主要过敏原, 获客渠道, 来电原因, 快递, clinic); en ones the stored English / raw values (region, segment, tier,
  test_type, plan_type, main_allergen, acquisition_channel, courier, clinic_en); a touchpoint is its touchpoint_id,
  a month 'YYYY-MM', an experiment arm its variant, an order type / app_version its stored value.
- feedback: topic and sentiment from _truth/feedback_truth.csv (topic counts get a 5 % tolerance; negative share
  0.03 since the product classifies text itself). "All" feedback includes undated rows; dated questions use dated rows
  only. NPS = share 9-10 minus share 0-6 of rows with nps in the period; average rating over rows with a rating.
- periods are inclusive calendar dates; relative periods resolve against the item's as_of.
"""
from __future__ import annotations

import calendar
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
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1) QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY ts) = 1""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}', "
                "header=true, all_varchar=true)")
    CON.execute("CREATE VIEW fb AS SELECT f.*, t.topic, t.sentiment FROM feedback f JOIN truth t USING (feedback_id)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start, end) -> str:
    if start is None:
        return "1=1"
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = (None, None)
Y24H2 = ("2024-07-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-05-31")
Q1_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1)
SINCE_NOV25 = ("2025-11-01", "2026-05-31")
SEP_OCT25 = ("2025-09-01", "2025-10-31")


def count(n, tol=0.5):
    return dict(value=int(n), tolerance=tol)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def topic_count(n):
    return dict(value=int(n), tolerance=max(2, round(n * 0.05)))


def top(sql, margin=1.1, lowest=False):
    """sql returns (entity, measure) rows; the winner must beat the runner-up by the ratio `margin`."""
    rows = q(sql)
    rows.sort(key=lambda r: float(r[1]), reverse=not lowest)
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    assert (b > a * margin) if lowest else (a > b * margin), rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded or start is None else \
        f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    out = [one("SELECT count(*) FROM s1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM s{k - 1} s JOIN {src} e
            ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
               AND e.ts <= s.t0 + INTERVAL {window} DAY
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM s{k}"))
    return out


def conv(journey, start, end, cond="1=1", a=0, b=-1, fixed=False):
    vals = []
    for bounded in ((False,) if fixed else (False, True)):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    tol = 0.01 if fixed else max(0.01, abs(vals[0] - vals[-1]) + 0.005)
    return dict(value=round(vals[0], 4), tolerance=round(tol, 4))


def biggest_loss(journey, start, end, margin=1.1, cond="1=1"):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        rows = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(c) - 1)), key=lambda r: -r[1])
        assert rows[0][1] > rows[1][1] * margin, rows
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def step_month_rank(journey, months, a, b, margin, lowest=True, fixed=False):
    tops = set()
    for bounded in ((False,) if fixed else (False, True)):
        rows = []
        for (y, m) in months:
            c = funnel(journey, *month(y, m), bounded)
            rows.append((f"{y}-{m:02d}", c[b] / c[a]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        x, y_ = rows[0][1], rows[1][1]
        assert (y_ > x * margin) if lowest else (x > y_ * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = "
                     f"'{tp}' AND {per('e.ts', start, end)} AND ({cond})"))


def ev_users(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id) "
                     f"WHERE e.touchpoint_id = '{tp}' AND {per('e.ts', start, end)} AND ({cond})"))


def ev_share(tp, num_cond, start, end, cond="1=1"):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e JOIN customers c "
                    f"USING (customer_id) WHERE e.touchpoint_id = '{tp}' AND {per('e.ts', start, end)} AND ({cond})"))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = "
                   f"'{tp}' AND {per('e.ts', start, end)} AND ({cond})"), rel, floor)


def ev_top(tp, col, start=None, end=None, cond="1=1", margin=1.1, measure="count(*)"):
    return top(f"SELECT {col}, {measure} FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = "
               f"'{tp}' AND {per('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL GROUP BY 1", margin)


def no_show(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events n WHERE n.customer_id = b.customer_id AND
        n.touchpoint_id = 'tp_online_booking' AND n.action = 'no_show') THEN 1.0 ELSE 0 END)
        FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_online_booking'
        AND b.action = 'submit' AND {per('b.ts', start, end)} AND ({cond})"""))


def plan_cohort(start, end):
    return f"""SELECT p.customer_id, c.*, max(CASE WHEN a.customer_id IS NOT NULL THEN 1.0 ELSE 0 END) AS acc
        FROM events p JOIN customers c USING (customer_id)
        LEFT JOIN events a ON a.customer_id = p.customer_id AND a.touchpoint_id = 'tp_plan_accept' AND a.ts > p.ts
        WHERE p.touchpoint_id = 'tp_treatment_plan' AND p.plan_type IN ('scit', 'slit') AND {per('p.ts', start, end)}
        GROUP BY ALL"""


def accept_rate(start, end, cond="1=1"):
    return rate(one(f"SELECT avg(acc) FROM ({plan_cohort(start, end)}) c WHERE {cond}"))


def accept_top(col, start, end, lowest, margin):
    return top(f"SELECT {col}, avg(acc) FROM ({plan_cohort(start, end)}) c GROUP BY 1", margin, lowest)


EXP = """SELECT x.variant, x.customer_id, CASE WHEN (SELECT count(*) FROM events e WHERE e.customer_id = x.customer_id
    AND e.touchpoint_id = 'tp_monthly_followup' AND e.ts > x.assigned_at AND e.ts <= x.assigned_at + INTERVAL 120 DAY)
    >= 3 THEN 1.0 ELSE 0 END AS kept FROM experiments x WHERE x.experiment_id = 'followup_nudge_2025'"""


# ---------------------------------------------------------------- money
def rev(start, end, cond="1=1", col="amount_cny", status="paid"):
    return money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {per('o.ts', start, end)} "
                     f"AND ({cond})"))


def avg_price(start, end, cond):
    return num(one(f"SELECT avg(amount) FROM orders o WHERE o.status = 'paid' AND {per('o.ts', start, end)} AND "
                   f"({cond})"), 0.005, 0.5)


def rev_top(col, start, end, margin=1.1, cond="1=1", lowest=False):
    return top(f"SELECT {col}, sum(amount_cny) FROM orders o WHERE o.status = 'paid' AND {per('o.ts', start, end)} "
               f"AND ({cond}) GROUP BY 1", margin, lowest)


def growth(a, b, cond):
    x = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {per('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {per('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


# ---------------------------------------------------------------- feedback
def fb_count(cond, start=None, end=None):
    return topic_count(one(f"SELECT count(*) FROM fb f WHERE ({cond}) AND {per('f.ts', start, end)}"))


def fb_ids(cond, start=None, end=None):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM fb f WHERE ({cond}) AND {per('f.ts', start, end)} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_avg(cond, start=None, end=None):
    return num(one(f"SELECT avg(rating) FROM fb f WHERE rating IS NOT NULL AND ({cond}) AND "
                   f"{per('f.ts', start, end)}"), 0.0, 0.03)


def nps(start, end, cond="1=1"):
    v = one(f"""SELECT avg(CASE WHEN nps >= 9 THEN 1.0 ELSE 0 END) - avg(CASE WHEN nps <= 6 THEN 1.0 ELSE 0 END)
        FROM fb f WHERE nps IS NOT NULL AND {per('f.ts', start, end)} AND ({cond})""")
    return rate(v, 0.01)


def fb_top(col, cond, start=None, end=None, margin=1.2):
    return top(f"SELECT {col}, count(*) FROM fb f WHERE ({cond}) AND {per('f.ts', start, end)} AND {col} IS NOT NULL "
               "GROUP BY 1", margin)


def gold():
    BJ, SY, SG = "c.region = 'Beijing'", "c.region = 'Shenyang'", "c.region = 'Singapore'"
    MP = "e.channel = 'mini_program'"
    months25 = [(2025, m) for m in range(1, 13)]
    imm = "e.plan_type IN ('scit', 'slit')"
    return {
        # ---- first visit funnel
        "ac01": lambda: conv("first_visit", *Y25, fixed=True),
        "ac02": lambda: biggest_loss("first_visit", *SEP_OCT25),
        "ac03": lambda: conv("first_visit", *month(2025, 9), a=0, b=2, fixed=True),
        "ac04": lambda: conv("first_visit", *month(2025, 7), a=0, b=2, fixed=True),
        "ac05": lambda: step_month_rank("first_visit", months25, 0, 2, margin=1.05, fixed=True),
        "ac06": lambda: ev_count("tp_triage_form", *month(2025, 9), "e.action = 'fail'"),
        "ac07": lambda: ev_share("tp_triage_form", "e.action = 'fail'", *month(2025, 9), MP),
        "ac08": lambda: ev_share("tp_triage_form", "e.action = 'fail'", *month(2025, 10), MP),
        "ac09": lambda: ev_top("tp_triage_form", "e.app_version", "2025-09-01", "2025-11-30", "e.action = 'fail'",
                               margin=3),
        "ac10": lambda: no_show(*Y25),
        "ac11": lambda: conv("first_visit", *Y25, cond="c.segment = 'child'", a=2, b=4, fixed=True),
        # ---- tests
        "ac12": lambda: ev_count("tp_allergy_test", *Y25, "e.test_type = 'skin_prick'"),
        "ac13": lambda: ev_share("tp_allergy_test", "e.test_type = 'blood_ige'", *Y25, SG),
        "ac14": lambda: ev_top("tp_allergy_test", "e.主要过敏原", cond=f"{BJ} AND c.segment = 'seasonal_hayfever'",
                               margin=1.3),
        "ac15": lambda: ev_top("tp_allergy_test", "e.main_allergen", *Y25, SG, margin=2),
        "ac16": lambda: ev_avg("tp_allergy_test", "e.wait_min", *Y25, f"{SG} AND dayofweek(e.ts) = 6"),
        "ac17": lambda: ev_avg("tp_allergy_test", "e.wait_min", *Y25, f"{SG} AND dayofweek(e.ts) NOT IN (0, 6)"),
        # ---- plans and immunotherapy
        "ac18": lambda: accept_rate(*Y25, "c.tier = 'self_pay'"),
        "ac19": lambda: accept_rate(*Y25, "c.tier = 'insured'"),
        "ac20": lambda: accept_top("c.tier", *Y25, lowest=True, margin=1.3),
        "ac21": lambda: ev_share("tp_treatment_plan", "e.plan_type = 'slit'", *Y25, "c.segment = 'child'"),
        "ac22": lambda: ev_top("tp_treatment_plan", "e.方案类型", *Y25, "c.segment = 'adult'", margin=1.1),
        "ac23": lambda: conv("immunotherapy_course", *Q1_25, fixed=True),
        "ac24": lambda: biggest_loss("immunotherapy_course", *H1_25),
        "ac25": lambda: conv("immunotherapy_course", *H1_25, cond="c.segment = 'seasonal_hayfever'", fixed=True),
        "ac26": lambda: top(f"SELECT variant, avg(kept) FROM ({EXP}) GROUP BY 1", margin=1.1),
        "ac27": lambda: rate(one(f"SELECT avg(kept) FROM ({EXP}) WHERE variant = 'control'")),
        "ac28": lambda: ev_count("tp_reaction_report", *Y25, "e.reaction_severity = 'systemic'"),
        "ac29": lambda: ev_count("tp_reaction_report", *Y25, "e.route = 'scit'"),
        "ac30": lambda: ev_count("tp_injection", *month(2026, 3)),
        "ac32": lambda: ev_users("tp_course_complete", *Y25),
        "ac33": lambda: ev_users("tp_course_complete", *Y25, "e.route = 'slit'"),
        # ---- refill and delivery
        "ac34": lambda: ev_share("tp_delivery", "e.action = 'late'", *Q1_26),
        "ac35": lambda: ev_top("tp_delivery", "e.courier", *SINCE_NOV25, margin=2,
                               measure="avg(CASE WHEN e.action = 'late' THEN 1.0 ELSE 0 END)"),
        "ac36": lambda: ev_count("tp_delivery", *SINCE_NOV25, "e.cold_chain_ok = 'no'"),
        "ac37": lambda: ev_count("tp_refill_order", *month(2026, 4), SY),
        "ac38": lambda: ev_avg("tp_delivery", "e.delivery_hours", *Q1_26, BJ),
        "ac39": lambda: ev_share("tp_delivery", "e.action = 'late'", *month(2025, 12), f"({BJ} OR {SY})"),
        "ac40": lambda: conv("refill", *month(2026, 3), fixed=True),
        # ---- price and money
        "ac41": lambda: avg_price(*month(2026, 1), "o.order_type = 'slit_drops' AND o.clinic_id = 'BJ-WJ'"),
        "ac42": lambda: avg_price(*month(2025, 12), "o.order_type = 'slit_drops' AND o.clinic_id = 'SG-OR'"),
        "ac43": lambda: growth(Q1_25, Q1_26, "o.order_type = 'slit_drops'"),
        "ac44": lambda: fb_count("f.topic = 'price_high'", "2026-01-01", "2026-05-31"),
        "ac45": lambda: rev(*Y25),
        "ac46": lambda: rev_top("o.clinic_en", *Y25, margin=1.3, lowest=True),
        "ac47": lambda: rev(*Q4_25, "o.clinic_id = 'SG-OR'", col="amount"),
        "ac48": lambda: rev_top("o.order_type", *Y25, margin=1.2),
        "ac49": lambda: rev(*Q1_26, "o.order_type = 'slit_drops'", status="refunded"),
        "ac51": lambda: fb_ids("f.topic = 'delivery_late'", "2026-01-01", "2026-05-31"),
        "ac52": lambda: fb_count("f.topic = 'delivery_late'", *Q1_26),
        "ac53": lambda: fb_count("f.topic = 'delivery_late'", *Q1_25),
        "ac54": lambda: fb_avg("f.touchpoint_id = 'tp_delivery'", "2026-01-01", "2026-05-31"),
        "ac55": lambda: nps(*Y25),
        "ac56": lambda: nps(*Y25, "f.clinic_id = 'SY-HP'"),
        "ac57": lambda: fb_top("f.touchpoint_id", "f.rating <= 2", *H1_26, margin=1.5),
        "ac58": lambda: fb_count("f.topic = 'triage_bug'", *SEP_OCT25),
        "ac59": lambda: fb_ids("f.topic = 'triage_bug'", *SEP_OCT25),
        "ac60": lambda: fb_avg("f.channel = 'dianping'", *Y25),
        "ac61": lambda: dict(value=round(float(one(
            f"SELECT avg(CASE WHEN sentiment = 'negative' THEN 1.0 ELSE 0 END) FROM fb f WHERE {per('f.ts', *Y25)}")),
            4), tolerance=0.03),
        "ac62": lambda: count(one("SELECT count(*) FROM feedback WHERE ts IS NULL")),
        "ac64": lambda: fb_ids("f.topic = 'triage_bug'", *SEP_OCT25),
        "ac65": lambda: fb_ids("f.topic = 'delivery_late'", *SINCE_NOV25),
        "ac66": lambda: ev_top("tp_allergy_test", "e.clinic", *Y25, "dayofweek(e.ts) = 6", margin=1.5,
                               measure="avg(e.wait_min)"),
        # ---- patients
        "ac67": lambda: count(one("SELECT count(*) FROM customers c WHERE c.segment = 'child'")),
        "ac68": lambda: count(one(f"SELECT count(*) FROM customers c WHERE c.tier = 'insured' AND {SG}")),
        "ac69": lambda: top(f"SELECT 获客渠道, count(*) FROM customers c WHERE {per('c.signup_at', *Y25)} AND "
                            f"c.region <> 'Singapore' GROUP BY 1", margin=1.2),
        "ac70": lambda: top(f"SELECT acquisition_channel, count(*) FROM customers c WHERE {SG} GROUP BY 1", 1.3),
        "ac71": lambda: top(f"SELECT strftime(ts, '%Y-%m'), count(*) FROM events WHERE touchpoint_id = "
                            f"'tp_online_booking' AND action = 'submit' AND {per('ts', *Y24H2)} GROUP BY 1", 1.15),
        "ac74": lambda: ev_count("tp_cs_call", *Q1_26, "e.call_reason = 'delivery_late'"),
        "ac75": lambda: ev_top("tp_cs_call", "e.来电原因", *month(2025, 9), margin=2),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = set(fns) - set(ids)
    assert not missing, f"gold for ids not in the batch: {sorted(missing)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        exp = it.setdefault("expect", {})
        fn = fns.get(it["id"])
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp["status"] == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:60].replace("\n", " "), shown)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print("status-only ok:", status_only)
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
