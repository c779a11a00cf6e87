"""Gold answers for the 声纹压片厂 GrooveWorks Pressing held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "client" / "customer" is a customer_id (a label, record store or artist); "new clients" / "leads" = customers
  whose signup_at falls in the period (new leads start with the online quote calculator).
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching
  step k-1, within the journey window from their first step-1 event in the period (quote_to_order 30 d,
  test_pressing 60 d, fulfilment 60 d, claims 45 d); rates per customer; the tolerance covers both readings (later
  steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most customers (the loss between step k and k+1 is attributed to step k).
- a session_id PJ… is one pressing project (order → master → lacquer → plating → test pressings → approval →
  production → QC → balance → ship → delivery → claim); LD… one new lead (fair → quote calculator → spec call →
  quote). Step times = B ts − A ts within one session in fractional days (first B at or after the first A), median
  over sessions whose first A falls in the period; a session's attributes come from its A event.
- test-pressing rejection rate = tp_tp_rejected rows / (tp_tp_rejected + tp_tp_approved rows) of the stated round,
  by verdict ts; rejection reasons = reject_reason on tp_tp_rejected rows.
- QC failure rate = tp_qc rows with action 'fail' / tp_qc rows (by QC ts); faults = qc_fault.
- late = tp_delivered rows with late = true / tp_delivered rows; damage = damage_type not null; warped =
  damage_type 'warped'; damaged units = sum(damaged_units). The carrier's duplicated delivered rows (same event_id)
  are loaded once.
- cancellations = tp_project_cancel events; reasons = cancel_reason.
- A/B deposit_terms_2025: converted = a tp_order event within 30 days after assigned_at; rates per assigned client.
- money = orders with status 'paid' by order ts; `amount` is CNY; pressing revenue = order_type 'pressing',
  freight = 'freight', "revenue" without qualifier = all paid orders (pressing + freight); refunds = status
  'refunded' orders (damage refunds); local-currency totals = sum(amount_local); records pressed = sum(qty) of paid
  pressing orders; value per client = paid amount / distinct paying customers.
- customer attributes as stored; zh rankings over a dimension are checked against the Chinese twin column
  (地区, 客户类型, 承运商, 取消原因, 打回原因, 项目经理) where one exists, en ones against the raw values.
- feedback: "all" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = portal_review ratings 1-5; negative = 1-2 stars; NPS = survey `nps`,
  NPS score = share 9-10 minus share 0-6 (a fraction).
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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


def _assert_margin(rows, margin):
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, step_to=None):
    vals = []
    for bounded in (False, True):
        steps, c = funnel(journey, start, end, bounded)
        k = steps.index(step_to) if step_to else -1
        vals.append(c[k] / c[0])
    mid = (max(vals) + min(vals)) / 2
    return dict(value=round(mid, 4), tolerance=round(max(0.01, (max(vals) - min(vals)) / 2 + 0.005), 4))


def top_lost(journey, start, end, margin=1.1):
    steps, c = funnel(journey, start, end)
    lost = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(steps) - 1)), key=lambda r: -r[1])
    _assert_margin(lost, margin)
    return dict(top_entity=lost[0][0])


# ---------- event rows ----------

def row_share(tps, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id IN ({tps}) AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_row_share(tps, num, by, start, end, cond="1=1", margin=1.2, min_n=20):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id IN ({tps})
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    rows = [r for r in rows if r[2] >= min_n]
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1", agg="count(*)"):
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def top_events_by(col, tp, start, end, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def _firsts(tp, start, end):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _step_times(a_tp, b_tp, start, end, cond="1=1"):
    return f"""SELECT a.*, (epoch(b.tb) - epoch(a.ts)) / 86400.0 AS d FROM {_firsts(a_tp, start, end)} a
               JOIN (SELECT x.session_id, min(x.ts) tb FROM events x WHERE x.touchpoint_id = '{b_tp}'
                     GROUP BY 1) b ON b.session_id = a.session_id AND b.tb >= a.ts WHERE ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"SELECT median(d) FROM ({_step_times(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.1, float(v) * 0.05), 3))


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_order' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int)
                FROM experiments x WHERE experiment_id = 'deposit_terms_2025' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE {cond}"))


def orders_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM orders o WHERE {cond}"), 4), tolerance=0.01)


def orders_avg(start, end, cond, col="amount"):
    v = one(f"SELECT avg(o.{col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month_revenue(start, end, cond="1=1", margin=1.02):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
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
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_nps(by, cond, min_n, margin=0.1):
    rows = q(f"""SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) n FROM feedback f
                 WHERE f.nps IS NOT NULL AND {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY s""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[1][1] - big[0][1] > margin, big[:3]
    return dict(top_entity=big[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-06-30")
SUMMER25 = ("2025-06-01", "2025-09-30")
WINTER = ("2025-12-01", "2026-02-28")
OCTNOV = ("2025-10-01", "2025-11-30")
VERDICT = "'tp_tp_rejected', 'tp_tp_approved'"
REJ = "e.touchpoint_id = 'tp_tp_rejected'"
PRESS = "o.order_type = 'pressing'"
TOPIC_MARKERS = {
    "noise": ["底噪", "surface noise"], "warp": ["翘曲", "warped"], "leadtime": ["交期", "lead time"],
    "offcentre": ["偏心", "off-cent"], "jacket": ["封套", "jacket"], "pm": ["项目经理", "project manager"],
    "deposit": ["定金", "deposit"], "customs": ["关税", "customs"], "sound": ["音质", "sound quality"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}
WARPED = "coalesce(e.damage_type, '') = 'warped'"


def gold():
    return {
        # ---- funnels
        "vp01": lambda: conv("quote_to_order", *Y25),
        "vp02": lambda: top_lost("quote_to_order", *H1_26),
        "vp03": lambda: conv("test_pressing", *Y25),
        "vp04": lambda: conv("fulfilment", *Y25),
        "vp05": lambda: conv("claims", *Y25),
        "vp06": lambda: conv("quote_to_order", *Q3_25, step_to="tp_spec_call"),
        # ---- test pressings
        "vp07": lambda: row_share(VERDICT, REJ, *Y25, "e.test_round = 1 AND e.vinyl_color = 'effects'"),
        "vp08": lambda: row_share(VERDICT, REJ, *Y25, "e.test_round = 1 AND e.vinyl_color = 'black'"),
        "vp09": lambda: top_events_by('e."打回原因"', "tp_tp_rejected", *ALL, margin=2.0),
        "vp10": lambda: top_row_share(VERDICT, REJ, "e.vinyl_color", *H2_25, "e.test_round = 1", margin=1.5),
        "vp12": lambda: step_time("tp_lacquer", "tp_plating", *OCTNOV),
        "vp13": lambda: step_time("tp_lacquer", "tp_plating", *Q1_26),
        "vp14": lambda: step_time("tp_order", "tp_test_press", *Y25),
        # ---- production / QC
        "vp15": lambda: top_row_share("'tp_qc'", "e.action = 'fail'", "e.press_line", *Q1_26, margin=2.0),
        "vp16": lambda: row_share("'tp_qc'", "e.action = 'fail'", *Q1_26, "e.press_line = 'P3'"),
        "vp17": lambda: row_share("'tp_qc'", "e.action = 'fail'", *Q1_26, "e.press_line = 'P2'"),
        "vp18": lambda: top_events_by("e.qc_fault", "tp_qc", *Q1_26, cond="e.press_line = 'P3'", margin=2.0),
        "vp19": lambda: events_at("tp_production", *month(2026, 5)),
        "vp20": lambda: events_at("tp_production", "2026-03-09", "2026-03-15"),
        # ---- shipping
        "vp21": lambda: row_share("'tp_delivered'", WARPED, *SUMMER25, "e.carrier = 'sea_freight'"),
        "vp22": lambda: row_share("'tp_delivered'", WARPED, *WINTER, "e.carrier = 'sea_freight'"),
        "vp23": lambda: top_row_share("'tp_delivered'", "e.late", 'e."承运商"', *Y25, margin=1.2),
        "vp24": lambda: row_share("'tp_delivered'", "NOT e.late", *H1_26),
        "vp25": lambda: events_at("tp_delivered", *Y25, agg="sum(e.damaged_units)"),
        "vp26": lambda: row_share("'tp_delivered'", "e.damage_type IS NOT NULL", "2025-07-01", "2025-08-31",
                                  "e.region = 'europe'"),
        # ---- claims
        "vp27": lambda: events_at("tp_damage_claim", *Q3_25),
        "vp28": lambda: step_time("tp_damage_claim", "tp_claim_resolved", *ALL, "a.carrier = 'sea_freight'"),
        "vp29": lambda: step_time("tp_damage_claim", "tp_claim_resolved", *ALL, "a.carrier <> 'sea_freight'"),
        # ---- cancellations
        "vp30": lambda: events_at("tp_project_cancel", *Q4_25),
        "vp31": lambda: top_events_by('e."取消原因"', "tp_project_cancel", *Q4_25, margin=1.5),
        "vp32": lambda: orders_ratio("o.status = 'cancelled'", PRESS),
        "vp33": lambda: events_at("tp_project_cancel", *H1_26),
        # ---- A/B
        "vp34": lambda: ab_rate("deposit_30"),
        "vp35": lambda: ab_rate("deposit_50"),
        "vp36": lambda: ab_diff("deposit_30", "deposit_50"),
        "vp37": lambda: dict(value=one("SELECT count(DISTINCT customer_id) FROM experiments"), tolerance=0.5),
        # ---- money
        "vp38": lambda: orders(*Y25, PRESS),
        "vp39": lambda: orders_change(Q2_25, Q2_26),
        "vp40": lambda: top_orders("o.customer_type", *Y25, PRESS, margin=1.2),
        "vp41": lambda: top_orders('o."地区"', *H1_26, PRESS, margin=1.2),
        "vp42": lambda: orders_avg(*Y25, f"{PRESS} AND o.customer_type = 'indie_artist'"),
        "vp43": lambda: orders(*Y25, "o.order_type = 'freight'"),
        "vp44": lambda: orders_all("o.status = 'refunded'"),
        "vp45": lambda: top_month_revenue(*Y25, PRESS, margin=1.02),
        "vp46": lambda: orders(*H1_26, f"{PRESS} AND o.is_repress"),
        "vp48": lambda: orders(*Y25, f"{PRESS} AND o.region = 'europe'", agg="sum(o.amount_local)"),
        "vp49": lambda: orders(*month(2026, 3), PRESS, agg="sum(o.qty)"),
        "vp50": lambda: orders(*month(2026, 5), PRESS),
        # ---- volumes / clients
        "vp51": lambda: events_at("tp_quote_tool", *month(2025, 9)),
        "vp52": lambda: events_at("tp_test_press", "2026-04-06", "2026-04-12"),
        "vp53": lambda: events_at("tp_repress_request", *Q1_26),
        "vp54": lambda: customers_count(f"{_in('c.signup_at', *month(2026, 5))}"),
        "vp55": lambda: top_customers_by("c.region", "1=1", margin=1.5),
        "vp57": lambda: customers_share("c.segment = 'at_risk'"),
        "vp58": lambda: row_share("'tp_quote_tool'", "e.device IN ('ios', 'android')", *Y25),
        # ---- project managers / NPS / ratings
        "vp59": lambda: step_time("tp_quote_tool", "tp_spec_call", *Y25, "a.project_manager = 'Zhou Hang'"),
        "vp60": lambda: step_time("tp_quote_tool", "tp_spec_call", *Y25, "a.project_manager = 'Lin Xiaoman'"),
        "vp61": lambda: rank_nps('f."项目经理"', "f.channel = 'survey'", 40),
        "vp62": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H2_25)}"),
        "vp63": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "vp64": lambda: fb_avg(f"f.channel = 'portal_review' AND {_in('f.ts', *Y25)}"),
        "vp65": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'portal_review' AND {_in('f.ts', *Q1_26)}"),
        # ---- feedback topics
        "vp66": lambda: fb_topic_count(TP["noise"]),
        "vp67": lambda: fb_topic_count(TP["warp"]),
        "vp68": lambda: fb_topic_count(TP["leadtime"]),
        "vp69": lambda: fb_topic_count(TP["offcentre"]),
        "vp70": lambda: fb_topic_count(TP["customs"]),
        "vp71": lambda: fb_topic_count(TP["sound"]),
        "vp72": lambda: feedback_ids(TP["deposit"]),
        "vp73": lambda: fb_count("f.ts IS NULL"),
        "vp75": lambda: fb_topic_count(TP["jacket"]),
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
