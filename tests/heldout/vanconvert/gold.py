"""Gold answers for the 游牧匠 NomadCraft campervan-conversion held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a customer is a person/household (customer_id C…) who enquired; "customers who ordered / buyers" = customers with a
  tier (build type) in customers, i.e. who paid a deposit;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (enquiry_to_deposit 60 d,
  deposit_to_handover 240 d, warranty_fix 30 d, showroom_to_quote 45 d); rates are per customer; the tolerance covers
  both readings (later steps allowed after the period end, or not) unless the question says later steps count even
  after the period (then only that reading). "Which step loses the most" = the step whose next step is not reached by
  the most customers (the loss between step k and k+1 is attributed to step k);
- session_id: LEAD… = one sales lead (enquiry, showroom, consultation, quote, lost quote), BLD… = one build (deposit,
  slot, cancellation, drop-off, stages, delay notice, variations, final payment, handover, shipping), WC… = one
  warranty claim. Per-build shares count builds whose tp_van_dropoff (or the named touchpoint) falls in the period;
  times between steps = B ts - A ts in the same session (first B at or after A), median over sessions whose A falls
  in the period. Quote → deposit is per customer (different sessions): a quoted customer converts with a
  tp_deposit at or after the quote, any time up to the end of the data;
- volumes = event rows at the touchpoint by event ts (the exact duplicate rows of the stage-tracker app are loaded
  once); delay notice reasons / lost reasons / fault types as stored on the event;
- money = orders with status `paid` by order ts, `amount` in CNY; "in AUD / EUR" = sum of amount_local of the lines
  with that currency. Revenue = every paid line (deposit, final_payment, van_sourcing, shipping_fee,
  warranty_charge). Refunded deposits = deposit lines with status refunded (by order ts). Revenue per paying customer
  = paid amount / distinct customer_id with a paid line;
- A/B test render3d_2026: a customer converts with a tp_deposit at or after assigned_at (any time up to 2026-07-31);
  rates per assigned customer;
- customer attributes as stored in customers (the state at the end of the data);
- zh questions are checked against the Chinese twins (工坊, 故障类型, 丢单原因, 延期原因, 地区, 获客渠道, 底盘车型,
  订单类型), en ones against the English values;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with a rating, negative = 1-2; NPS = handover survey `nps`,
  score = share 9-10 minus share 0-6 (a fraction);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _margin(rows, margin, lowest=False):
    if len(rows) < 2:
        return
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:4]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cust="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE {cust}"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return steps, counts


def conv(journey, start, end, cust="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        _, c = funnel(journey, start, end, bounded, cust)
        assert c[0] >= 30, c
        vals.append(c[-1] / c[0])
    mid = (max(vals) + min(vals)) / 2
    return dict(value=round(mid, 4), tolerance=round(max(0.01, (max(vals) - min(vals)) / 2 + 0.005), 4))


def top_lost(journey, start, end, margin=1.1):
    steps, c = funnel(journey, start, end)
    lost = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(steps) - 1)), key=lambda r: -r[1])
    _margin(lost, margin)
    return dict(top_entity=lost[0][0])


# ---------- per session (build, claim) ----------

def _firsts(tp, start, end):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _sess_rows(a, b, start, end, cond="1=1", by=None, bcond="1=1"):
    grp = f"{by}, " if by else ""
    return q(f"""SELECT {grp} avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = a.session_id
                        AND x.touchpoint_id = '{b}' AND x.ts >= a.ts AND ({bcond})))::int) r, count(*) n
                 FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id)
                 WHERE ({cond}) {'AND ' + by + ' IS NOT NULL GROUP BY 1' if by else ''}""")


def sess_rate(a, b, start, end, cond="1=1", bcond="1=1", min_n=30):
    r, n = _sess_rows(a, b, start, end, cond, bcond=bcond)[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def rank_sess_rate(a, b, start, end, by, margin=1.2, lowest=False, min_n=30, cond="1=1"):
    rows = [r for r in _sess_rows(a, b, start, end, cond, by) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _times(a, b, start, end, cond="1=1", unit=86400.0):
    return f"""SELECT a.*, date_diff('second', a.ts, (SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id
                      AND x.touchpoint_id = '{b}' AND x.ts >= a.ts)) / {unit} AS d
               FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id) WHERE ({cond})"""


def step_time(a, b, start, end, cond="1=1", unit=86400.0):
    v, n = q(f"SELECT median(d), count(d) FROM ({_times(a, b, start, end, cond, unit)}) WHERE d IS NOT NULL")[0]
    assert n >= 20, n
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


# ---------- per customer (quote -> deposit) ----------

def _cust_rows(a, b, start, end, cond="1=1", by=None):
    grp = f"{by}, " if by else ""
    return q(f"""WITH f AS (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = '{a}'
                            AND {_in('ts', start, end)} GROUP BY 1)
                 SELECT {grp} avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = f.customer_id
                        AND x.touchpoint_id = '{b}' AND x.ts >= f.ts))::int) r, count(*) n
                 FROM f JOIN customers c USING (customer_id) WHERE ({cond})
                 {'AND ' + by + ' IS NOT NULL GROUP BY 1' if by else ''}""")


def cust_rate(a, b, start, end, cond="1=1", min_n=30):
    r, n = _cust_rows(a, b, start, end, cond)[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def rank_cust_rate(a, b, start, end, by, margin=1.15, lowest=False, min_n=30):
    rows = [r for r in _cust_rows(a, b, start, end, by=by) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- volumes ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def ev_share(tp, start, end, num, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) {_ev(tp, start, end, cond)}")[0]
    assert n >= 30, n
    return dict(value=round(v, 4), tolerance=0.01)


def ev_avg(col, tp, start, end, cond="1=1", rel=0.01):
    v, n = q(f"SELECT avg({col}), count({col}) {_ev(tp, start, end, cond)}")[0]
    assert n >= 20, n
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * rel), 2))


def rank_ev_share(tp, start, end, num, by, margin=1.3, min_n=30):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, '1=1')}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month_count(tp, start, end, margin=1.03, cond="1=1"):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n {_ev(tp, start, end, cond)} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_by(col, tp, start, end, margin=1.2, cond="1=1"):
    rows = q(f"SELECT {col}, count(*) n {_ev(tp, start, end, cond)} AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_deposit' AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE experiment_id = 'render3d_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND ({cond})"))


def orders_share(start, end, num):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    assert n >= 30, n
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v, n = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    assert n >= 30, n
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.15, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q4_25 = quarter(2025, 4)
ALL = ("2024-07-01", "2026-07-31")
(AD, ENQ, SHOWROOM, CONSULT, QUOTE, LOST, DEPOSIT, SLOT, CANCEL, DROP, STAGE, DELAY, VARIATION, FINAL, HANDOVER, SHIP,
 CLAIM, REPAIR, REFERRAL, REVIEW) = (
    "tp_ad", "tp_enquiry", "tp_showroom", "tp_design_consult", "tp_quote", "tp_quote_lost", "tp_deposit",
    "tp_slot_booking", "tp_cancel", "tp_van_dropoff", "tp_build_stage", "tp_delay_notice", "tp_variation",
    "tp_final_payment", "tp_handover", "tp_export_shipping", "tp_warranty_claim", "tp_warranty_repair",
    "tp_referral", "tp_review")
HAS_DELAY = ("EXISTS (SELECT 1 FROM events s WHERE s.session_id = e.session_id "
             "AND s.touchpoint_id = 'tp_delay_notice')")
BOUGHT = "c.tier IS NOT NULL"
HSURV = "f.channel = 'handover_survey'"
TOPIC_MARKERS = {"electrics": ["电路", "electrics"], "leak": ["漏水", "leak"], "delay": ["延期", "delay"],
                 "updates": ["进度", "progress update"], "exchange": ["汇率", "exchange rate"],
                 "extra": ["加价", "extra charge"], "shipping": ["海运", "shipping"], "heater": ["暖风", "heater"],
                 "price": ["太贵", "too expensive"], "craft": ["做工", "craftsmanship"],
                 "designer": ["设计师", "designer"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels
        "vc01": lambda: conv("enquiry_to_deposit", *Y25),
        "vc02": lambda: conv("enquiry_to_deposit", *H1_26),
        "vc03": lambda: top_lost("enquiry_to_deposit", *Y25),
        "vc04": lambda: conv("deposit_to_handover", *H1_25, unbounded_only=True),
        "vc05": lambda: conv("warranty_fix", *Q1_26),
        # ---- builds
        "vc07": lambda: step_time(DROP, HANDOVER, *H1_26, "a.workshop = 'Chengdu'"),
        "vc08": lambda: step_time(DROP, HANDOVER, *H1_26, "a.workshop = 'Hangzhou'"),
        "vc09": lambda: rank_ev_share(DROP, *H1_26, HAS_DELAY, 'e."工坊"', margin=2.5),
        "vc10": lambda: ev_share(DROP, *H1_26, HAS_DELAY, "e.workshop = 'Chengdu'"),
        "vc11": lambda: top_events_by('e."延期原因"', DELAY, *H1_26, margin=1.5),
        "vc12": lambda: step_time(DEPOSIT, DROP, *Y25),
        "vc13": lambda: step_time(DEPOSIT, HANDOVER, *Y25),
        "vc15": lambda: ev_share(HANDOVER, *Y25, "e.handover_result = 'passed'"),
        "vc16": lambda: ev_share(HANDOVER, *Y25, "e.handover_result = 'passed'", "c.tier = 'bespoke'"),
        # ---- warranty
        "vc17": lambda: events_at(CLAIM, *Q1_26),
        "vc18": lambda: top_events_by("e.fault_type", CLAIM, *H1_26, margin=1.2),
        "vc19": lambda: top_events_by('e."故障类型"', CLAIM, *ALL, cond="e.van_base = 'Maxus V90'", margin=1.5),
        "vc20": lambda: step_time(CLAIM, REPAIR, *Q1_26, "a.fault_type = 'electrics'"),
        "vc21": lambda: ev_share(CLAIM, *ALL, "e.battery_supplier = 'VoltMax'", "e.fault_type = 'electrics'"),
        "vc22": lambda: top_month_count(CLAIM, "2025-01-01", "2025-12-31", margin=1.15),
        "vc23": lambda: events_at(CLAIM, *Y25, "e.fault_type = 'water_leak'"),
        "vc24": lambda: ev_share(CLAIM, *Y25, "e.covered = 'no'"),
        # ---- sales
        "vc25": lambda: rank_cust_rate(QUOTE, DEPOSIT, *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "vc26": lambda: cust_rate(QUOTE, DEPOSIT, *Y25, "c.acquisition_channel = 'referral'"),
        "vc27": lambda: top_events_by('e."丢单原因"', LOST, *Y25, margin=1.5),
        "vc28": lambda: top_events_by("e.lost_reason", LOST, *H1_26, cond="e.workshop = 'Chengdu'", margin=1.2),
        "vc29": lambda: events_at(ENQ, *month(2026, 3)),
        "vc30": lambda: events_at(ENQ, "2026-04-06", "2026-04-12"),
        "vc31": lambda: top_events_by("e.van_base", QUOTE, *Y25, margin=1.3),
        "vc32": lambda: ev_share(QUOTE, *Y25, "e.build_type = 'bespoke'"),
        "vc34": lambda: events_at(CANCEL, *H1_26),
        # ---- A/B
        "vc36": lambda: ab_rate("render_3d"),
        "vc37": lambda: ab_rate("sketch"),
        "vc38": lambda: ab_diff("render_3d", "sketch"),
        # ---- money
        "vc39": lambda: orders(*Y25),
        "vc40": lambda: orders(*Y25, "o.currency = 'AUD'", col="o.amount_local"),
        "vc41": lambda: orders(*Y25, "o.currency = 'EUR'", col="o.amount_local"),
        "vc42": lambda: orders(*Q4_25, "o.order_type = 'deposit'"),
        "vc43": lambda: orders_share(*Y25, "o.order_type = 'final_payment'"),
        "vc44": lambda: orders_all("o.order_type = 'deposit'", status="refunded"),
        "vc46": lambda: top_orders("o.workshop", *Y25, margin=1.2),
        "vc47": lambda: orders_change(H1_25, H1_26),
        "vc48": lambda: per_customer(*Y25),
        "vc50": lambda: orders(*Y25, "o.currency <> 'CNY'"),
        # ---- customers
        "vc51": lambda: customers_count("c.segment = 'vip'"),
        "vc52": lambda: customers_count("c.segment = 'in_build'"),
        "vc54": lambda: top_customers_by('c."工坊"', BOUGHT, margin=1.2),
        # ---- feedback
        "vc55": lambda: fb_topic_count(TP["electrics"]),
        "vc56": lambda: fb_topic_count(TP["leak"]),
        "vc57": lambda: fb_topic_count(TP["delay"]),
        "vc58": lambda: fb_topic_count(TP["updates"]),
        "vc59": lambda: fb_topic_count(TP["exchange"]),
        "vc60": lambda: fb_topic_count(TP["craft"]),
        "vc61": lambda: fb_topic_count(TP["designer"]),
        "vc62": lambda: nps_score(f"{HSURV} AND {_in('f.ts', *Y25)}"),
        "vc63": lambda: nps_score(f"{HSURV} AND f.region IN ('Australia', 'Germany')"),
        "vc64": lambda: fb_avg(f"f.channel = 'warranty_ticket' AND {_in('f.ts', *H1_26)}", tol=0.05),
        "vc65": lambda: fb_ratio("f.rating <= 2", f"{HSURV} AND {_in('f.ts', *Y25)}"),
        "vc66": lambda: rank_fb_avg("f.workshop", HSURV, 50, margin=0.1),
        "vc67": lambda: fb_count("f.ts IS NULL"),
        "vc68": lambda: feedback_ids(TP["leak"]),
        "vc69": lambda: top_fb_count('f."工坊"', f"{TP['delay']} AND {_in('f.ts', *H1_26)}", margin=1.5),
        "vc70": lambda: fb_topic_count(TP["price"]),
        # ---- relative periods
        "vc76": lambda: events_at(DEPOSIT, *month(2026, 6)),
        "vc77": lambda: events_at(CLAIM, *month(2026, 4)),
        "vc78": lambda: orders("2026-01-01", "2026-07-31"),
    }


def checks():
    for topic, cond in TP.items():
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
    langs = [it["lang"] for it in items]
    print("items", len(items), "zh", langs.count("zh"), "en", langs.count("en"),
          "statuses", {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "unsupported",
                                                                                         "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
