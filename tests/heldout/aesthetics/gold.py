"""Gold answers for the medical-aesthetics (美妍 Glow Clinic) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is computed
  twice, with later steps allowed after the period end and with every step required inside the period; the tolerance
  covers both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off of a step = 1 - reached next / reached this step;
- "customers / people / 客户 / 人" = distinct customer_id; a lead (线索 / 留资) = a customer's tp_ad_click event (one per
  customer, = customers.signup_at); "came in for a consultation" = tp_clinic_consult; "treatment sessions / 治疗次数" =
  tp_treatment events; "first treatment" = a customer's first tp_treatment event;
- a customer's clinic / city / lead source / skin type / age band / tier = the customers row (clinic_id, city /
  city_zh, acquisition_channel / source_zh, skin_type / skin_type_zh, age_band, tier / tier_zh); events and orders
  carry the same clinic_id (asserted). Customer-level facts (tier, segment) are the state at the end of the data;
- time between two steps = days (fractional, epoch difference / 86400) from the customer's first event at the first
  step to their first event at the second step after it; the cohort is the period of the *second* step unless the
  question says otherwise;
- money = orders with status `paid` (deposits, single-treatment payments, prepaid cards); refunded orders are not
  revenue; orders are dated by `ts` (payment time), refunds by the order's `ts` too unless the question says
  otherwise. "Cards / 卡" = order_type `card` (course cards 次卡 and annual cards 年卡, first purchases and
  repurchases). A card refund rate = refunded card orders / all card orders (any status) in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "差评 / 1-2 stars" = rating 1-2; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
  complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic; "all feedback"
  includes Xiaohongshu notes without a date, a period filter only keeps dated rows; average rating by step = every
  rated row (surveys, chat ratings and Meituan reviews) by touchpoint_id; "问卷 / survey" = channel survey only;
  a doctor's treatment rating = rated feedback rows at tp_treatment with that doctor_id;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-05-31, the last day of the data).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP', 'doctor_id': 'VARCHAR', 'package_type': 'VARCHAR',
                            'package_type_zh': 'VARCHAR', 'age_band': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'session_id': 'VARCHAR', 'doctor_id': 'VARCHAR',
                            'package_type': 'VARCHAR', 'package_type_zh': 'VARCHAR', 'plan_amount': 'DOUBLE',
                            'session_no': 'DOUBLE', 'wait_minutes': 'DOUBLE', 'nurse': 'VARCHAR',
                            'reason': 'VARCHAR', 'refund_type': 'VARCHAR', 'complaint_topic': 'VARCHAR',
                            'consultant_id': 'VARCHAR', 'campaign_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'list_price': 'DOUBLE', 'amount': 'DOUBLE',
                            'is_repurchase': 'VARCHAR', 'refunded_at': 'TIMESTAMP', 'refund_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'doctor_id': 'VARCHAR', 'clinic_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.clinic_id <> c.clinic_id") == 0
    assert one("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.clinic_id <> c.clinic_id") == 0
    assert one("""SELECT count(*) FROM customers c JOIN (SELECT customer_id, min(ts) t FROM events
                  WHERE touchpoint_id = 'tp_ad_click' GROUP BY 1) i USING (customer_id) WHERE i.t <> c.signup_at""") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_ad_click'") == one("SELECT count(*) FROM customers")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
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


def _rate(c, a, b, drop):
    r = c[(b or len(c)) - 1] / c[a - 1]
    return 1 - r if drop else r


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = [_rate(funnel(journey, start, end, bounded=bd, **kw), a, b, drop) for bd in (False, True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    return dict(value=round(_rate(funnel(journey, start, end, **kw), a, b, drop), 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between steps ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1", cohort="b"):
    col = "b.t" if cohort == "b" else "a.t"
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT c.*, epoch(b.t - a.t) / 86400 AS days FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE {_in(col, start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1", cohort="b"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond, cohort)})")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=3, agg="avg"):
    rows = q(f"SELECT {col}, {agg}(days) d FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1 ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def share_events(tp, start, end, num, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
            f"AND ({cond})", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def avg_events(tp, start, end, col, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", tp)
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def sessions_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events
                WHERE touchpoint_id = 'tp_treatment' AND {_in('ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=0.05)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c"), 4), tolerance=0.01)


def top_customers(col, gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def never_consulted():
    v = one("""SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM events e
               WHERE e.customer_id = c.customer_id AND e.touchpoint_id = 'tp_clinic_consult')""")
    assert v == one("SELECT count(*) FROM customers WHERE segment = 'lead'")
    return dict(value=v, tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, both=False):
    tops = set()
    for st in ([status, None] if both else [status]):
        stc = "1=1" if st is None else f"o.status = '{st}'"
        rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {stc} AND {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1", gap=0.04, join=""):
    rows = q(f"""SELECT {col}, avg((t.sentiment = 'neg')::int) r FROM feedback f JOIN truth t USING (feedback_id) {join}
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_topic(col, marker, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE ({marker}) AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-07-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
SURVEY = "f.channel = 'survey'"
ALLERGY = "(f.text LIKE '%过敏%' OR lower(f.text) LIKE '%allerg%')"
UPSELL = "(f.text LIKE '%推销%' OR f.text LIKE '%推卡%' OR lower(f.text) LIKE '%upsell%' OR lower(f.text) LIKE '%pushy%')"
WAIT = ("(f.text LIKE '%等了%' OR f.text LIKE '%排队%' OR f.text LIKE '%等太久%' OR f.text LIKE '%排了%' "
        "OR lower(f.text) LIKE '%wait%')")
NO_RESULT = ("(f.text LIKE '%没效果%' OR f.text LIKE '%看不到效果%' OR lower(f.text) LIKE '%no visible result%' "
             "OR lower(f.text) LIKE '%can''t see any result%')")
PAIN = "(f.text LIKE '%疼%' OR lower(f.text) LIKE '%painful%')"
NURSE = "(f.text LIKE '%护士%' OR lower(f.text) LIKE '%nurse%')"
TREAT, FU, DEP = "tp_treatment", "tp_followup", "tp_deposit"
CARD = "o.order_type = 'card'"


SH, SZ, CD = "c.clinic_id = 'SH01'", "c.clinic_id = 'SZ01'", "c.clinic_id = 'CD01'"
Y26 = ("2026-01-01", "2026-05-31")   # "this year" / "2026 so far": the data ends 2026-05-31


def gold() -> dict:
    return {
        # ---- funnels (DATA.md rule)
        "ae01": lambda: conv("lead_to_consult", *Y25),
        "ae02": lambda: conv("lead_to_consult", *Y25, cust="c.acquisition_channel = 'douyin'"),
        "ae03": lambda: top_conv("lead_to_consult", *Y25, "c.acquisition_channel", lowest=True, min_n=100),
        "ae04": lambda: top_lost("consult_to_deposit", *ALL),
        "ae05": lambda: conv("consult_to_deposit", *H2_25),
        "ae06": lambda: conv("consult_to_deposit", *H2_25, cust=SZ),
        "ae07": lambda: conv("consult_to_deposit", *quarter(2026, 1), a=2, b=3, drop=True),
        "ae08": lambda: top_conv("consult_to_deposit", *Y25, "c.source_zh", lowest=True, min_n=50),
        "ae09": lambda: conv_open("treatment_followup", *quarter(2025, 3)),
        "ae10": lambda: conv_open("repurchase", *H1_25),
        "ae11": lambda: top_conv("repurchase", *H1_25, "c.source_zh", min_n=50),
        "ae14": lambda: conv_open("lead_to_consult", *month(2025, 9), cust="c.acquisition_channel = 'douyin'"),
        # ---- leads and visits over time
        "ae12": lambda: users_at("tp_ad_click", "2025-09-08", "2025-09-14", "c.acquisition_channel = 'douyin'"),
        "ae13": lambda: users_at("tp_ad_click", "2025-09-01", "2025-09-07", "c.acquisition_channel = 'douyin'"),
        "ae39": lambda: events_at(TREAT, *quarter(2025, 2)),
        "ae40": lambda: users_at("tp_clinic_consult", *month(2025, 10)),
        "ae41": lambda: events_at(TREAT, *month(2026, 4), "e.clinic_id = 'CD01'"),
        "ae42": lambda: events_at(TREAT, *month(2026, 4), "e.clinic_id = 'SH01'"),
        "ae43": lambda: users_at("tp_ad_click", *H2_25, "c.acquisition_channel = 'douyin'"),
        "ae44": lambda: users_at("tp_clinic_consult", "2025-03-03", "2025-03-09"),
        "ae45": lambda: users_at("tp_ad_click", *month(2026, 2), CD),
        "ae46": lambda: users_at("tp_ad_click", *month(2025, 2), CD),
        "ae47": lambda: share_events(TREAT, *quarter(2026, 1), "e.wait_minutes > 30", "e.clinic_id = 'SH01'"),
        "ae48": lambda: avg_events("tp_clinic_consult", *quarter(2025, 3), "e.wait_minutes", "e.clinic_id = 'SH01'"),
        "ae20": lambda: share_events(FU, "2026-02-01", "2026-03-31", "e.reason = 'adverse_reaction'",
                                     "e.clinic_id = 'CD01'"),
        # ---- time between steps
        "ae15": lambda: gap(DEP, TREAT, *quarter(2026, 1), cond=SH),
        "ae16": lambda: gap(DEP, TREAT, *quarter(2025, 3), cond=SH),
        "ae17": lambda: gap_share(DEP, TREAT, *Y26, 14),
        "ae18": lambda: top_gap(DEP, TREAT, *Y26, "clinic_id"),
        "ae19": lambda: gap("tp_ad_click", "tp_clinic_consult", *Y25, agg="avg"),
        # ---- orders and money
        "ae21": lambda: orders(*Y25),
        "ae22": lambda: top_orders("o.treatment_category_en", *Y25, agg="sum(o.amount)"),
        "ae23": lambda: orders(*Y25, cond="o.treatment_category = '光电'"),
        "ae24": lambda: orders(*month(2025, 11), agg="count(*)", cond=CARD),
        "ae25": lambda: orders(*month(2025, 10), agg="count(*)", cond=CARD),
        "ae26": lambda: per_customer(*Y25),
        "ae27": lambda: sessions_per_customer(*Y25),
        "ae28": lambda: share_orders("2025-10-01", "2026-05-31", "o.status = 'refunded'",
                                     f"{CARD} AND o.clinic_id = 'SZ01'", status=None),
        "ae29": lambda: share_orders("2025-10-01", "2026-05-31", "o.status = 'refunded'",
                                     f"{CARD} AND o.clinic_id <> 'SZ01'", status=None),
        "ae31": lambda: orders(*Y25, status="refunded"),
        "ae32": lambda: orders(*month(2026, 3), cond="o.order_type = 'deposit'"),
        "ae33": lambda: share_orders(*Y25, "o.payment_method = 'meituan_coupon'"),
        "ae34": lambda: orders(*Y25, agg="count(*)", cond=f"{CARD} AND o.package_type_zh = '年卡'"),
        # ---- customers
        "ae35": lambda: customers_count("c.tier_zh = '黑金卡'"),
        "ae36": lambda: customers_share("c.skin_type = 'sensitive'"),
        "ae37": lambda: top_customers("c.age_band"),
        "ae38": never_consulted,
        # ---- feedback
        "ae49": lambda: topic_count(ALLERGY, ["allergy"]),
        "ae50": lambda: topic_count(UPSELL, ["upsell_pressure"]),
        "ae51": lambda: top_topic("f.clinic_id", UPSELL),
        "ae52": lambda: topic_count(WAIT, ["wait_time"], f"f.clinic_id = 'SH01' AND {_in('f.ts', *Y26)}"),
        "ae53": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "ae54": lambda: fb_ratio(NEG, f"f.clinic_id = 'CD01' AND {_in('f.ts', *quarter(2026, 1))}"),
        "ae55": lambda: fb_ratio(NEG, f"f.clinic_id = 'CD01' AND {_in('f.ts', *quarter(2025, 4))}"),
        "ae56": lambda: top_rating("f.touchpoint_id", gap=0.3, min_n=30),
        "ae57": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_treatment' AND {_in('f.ts', *Y25)}"),
        "ae58": lambda: top_rating("f.doctor_id", "f.touchpoint_id = 'tp_treatment'", gap=0.2, highest=True, min_n=20),
        "ae59": lambda: top_rating("f.doctor_id", "f.touchpoint_id = 'tp_treatment'", gap=0.3, min_n=20),
        "ae60": lambda: nps(f"{SURVEY} AND f.touchpoint_id = 'tp_treatment' AND {_in('f.ts', *Y25)}"),
        "ae61": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_clinic_consult' AND f.clinic_id = 'SZ01' "
                                           "AND f.ts >= DATE '2025-10-01'"),
        "ae62": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_clinic_consult' AND f.clinic_id = 'SZ01' "
                                           "AND f.ts < DATE '2025-10-01'"),
        "ae63": lambda: fb_count("f.ts IS NULL"),
        "ae64": lambda: top_neg_share("c.skin_type_zh", join="JOIN customers c USING (customer_id)", gap=0.08),
        "ae66": lambda: feedback_ids("t.topic = 'allergy'"),
        "ae67": lambda: feedback_ids("t.topic = 'friendly_nurse'"),
        "ae68": lambda: feedback_ids("f.clinic_id = 'SZ01' AND t.topic IN ('upsell_pressure', 'refund_slow')"),
        "ae69": lambda: feedback_ids("f.clinic_id = 'CD01' AND t.topic = 'allergy'"),
        "ae70": lambda: feedback_ids("f.clinic_id = 'SH01' AND t.topic = 'wait_time'"),
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
        assert it["lang"] in ("zh", "en"), it["id"]
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
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {n_zh} zh / {len(items) - n_zh} en;",
          {s: sum(it['expect']['status'] == s for it in items) for s in ("ok", "unsupported", "clarify")},
          "follow-ups:", sum("follow_up_of" in it for it in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
