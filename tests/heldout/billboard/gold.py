"""Gold answers for the 城框户外 CityFrame Outdoor held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "client" / "advertiser" / "customer" is a customer_id; "new advertisers" = customers whose signup_at falls in the
  period (a new advertiser's first event is the enquiry form).
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching
  step k-1, within the journey window from their first step-1 event in the period (enquiry_to_booking 30 d,
  artwork 21 d, go_live 60 d, billing 90 d); rates per customer; the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by
  the most customers (the loss between step k and k+1 is attributed to step k).
- a session_id CP… is one booked campaign (contract → artwork rounds → approval → print → posting → proof photos →
  inspection → repair → invoice (+ reissue) → payment, or → cancel); LD… one new advertiser's enquiry (site map →
  enquiry → proposal → site visit → hold); RN… a renewal request (renewal → proposal). Step times = B ts − A ts in
  one session in fractional days (first B at or after the first A), median over sessions whose first A falls in the
  period; a session's attributes come from its A row.
- artwork rejection rate = tp_artwork_review rows with action 'fail' / tp_artwork_review rows, of the stated
  review_round, by review ts; reasons = reject_reason on failed rows.
- late posting share = tp_posting rows with late = true / tp_posting rows (by posting ts); proof-photo times =
  proof_hours on tp_proof rows by photo ts (the duplicated proof rows, same event_id, are loaded once); inspection
  shares over tp_inspection rows by inspection ts; issue 'none' = nothing found.
- invoice error rate = first invoices (action 'submit') with invoice_error = true / first invoices.
- cancellations = tp_cancel events; reasons = cancel_reason. Booking cancel share = media_booking orders with
  status 'cancelled' / all media_booking orders.
- A/B quote_format_2025: converted = a tp_contract event within 30 days after assigned_at; rates per assigned
  advertiser.
- money = orders with status 'paid' by order ts; `amount` is CNY; media revenue = order_type 'media_booking',
  production fees = 'production', "revenue" without qualifier = all paid orders; make-good refunds = status
  'refunded'; local-currency totals = sum(amount_local); value per advertiser = paid amount / distinct paying
  customers; average booking value = avg amount of paid media_booking orders.
- customer attributes as stored; zh rankings over a dimension are checked against the Chinese twin column
  (城市, 客户类型, 行业, 客户经理, 退稿原因, 取消原因, 巡检问题, 媒体类型) where one exists, en ones against the raw values.
- feedback: "all" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = portal_review ratings 1-5; bad reviews = 1-2 stars; NPS = survey `nps`,
  NPS score = share 9-10 minus share 0-6 (a fraction); detractors = 0-6.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday. The data end on 2026-05-31, so "2026 so far" / "H1 2026" = 2026-01-01 .. 2026-05-31.
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
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:4]


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


def events_at(tp, start, end, cond="1=1", agg="count(*)", tol=0.5):
    v = one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    if tol == "rel":
        return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.05, 2))
    return dict(value=v, tolerance=tol)


def top_events_by(col, tp, start, end, margin=1.3, cond="1=1", agg="count(*)", order="DESC", min_n=1):
    rows = q(f"""SELECT {col}, {agg} n, count(*) c FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY n {order}""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def _firsts(tp, start, end, cond="1=1"):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL AND ({cond})) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1"):
    v = one(f"""SELECT median(d) FROM (SELECT a.*, (epoch(b.tb) - epoch(a.ts)) / 86400.0 AS d
                FROM {_firsts(a_tp, start, end, a_cond)} a
                JOIN (SELECT x.session_id, min(x.ts) tb FROM events x WHERE x.touchpoint_id = '{b_tp}'
                      GROUP BY 1) b ON b.session_id = a.session_id AND b.tb >= a.ts WHERE ({cond}))""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.1, float(v) * 0.05), 3))


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_contract' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int)
                FROM experiments x WHERE experiment_id = 'quote_format_2025' AND variant = '{variant}'""")
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


def rank_nps(by, cond, min_n, margin=0.05):
    rows = q(f"""SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) n FROM feedback f
                 WHERE f.nps IS NOT NULL AND {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY s""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[1][1] - big[0][1] > margin, big[:3]
    return dict(top_entity=big[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-05-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26 = quarter(2026, 1)
ALL = ("2024-10-01", "2026-05-31")
KL_AFTER = ("2025-09-01", "2026-05-31")
REVIEW = "'tp_artwork_review'"
FAIL = "e.action = 'fail'"
MEDIA = "o.order_type = 'media_booking'"
TOPIC_MARKERS = {
    "artwork": ["画面审核", "artwork"], "proof": ["监测照片", "proof photo"], "late": ["上刊延迟", "posted late"],
    "light": ["灯箱不亮", "lightbox"], "invoice": ["发票", "invoice"], "slow": ["回复太慢", "slow to respond"],
    "price": ["价格偏高", "pricey"], "location": ["位置很好", "great location"], "am_praise": ["黄晓琳", "xiaolin"],
    "crew": ["安装师傅", "install crew"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels
        "bb01": lambda: conv("enquiry_to_booking", *Y25),
        "bb02": lambda: top_lost("enquiry_to_booking", *H2_25),
        "bb03": lambda: conv("artwork", *Q3_25),
        "bb04": lambda: conv("go_live", *Y25),
        "bb05": lambda: conv("billing", *H2_25),
        "bb06": lambda: conv("enquiry_to_booking", *Y25, step_to="tp_proposal"),
        # ---- A/B
        "bb07": lambda: ab_rate("instant_quote"),
        "bb08": lambda: ab_rate("pdf_proposal"),
        "bb09": lambda: ab_diff("instant_quote", "pdf_proposal"),
        "bb10": lambda: dict(value=one("SELECT count(DISTINCT customer_id) FROM experiments"), tolerance=0.5),
        # ---- artwork
        "bb11": lambda: row_share(REVIEW, FAIL, *Y25, "e.review_round = 1 AND e.customer_type = 'small_business'"),
        "bb12": lambda: row_share(REVIEW, FAIL, *Y25, "e.review_round = 1 AND e.customer_type = 'agency'"),
        "bb13": lambda: top_events_by('e."退稿原因"', "tp_artwork_review", *ALL, margin=1.5, cond=FAIL),
        "bb14": lambda: top_events_by("e.reject_reason", "tp_artwork_review", *Y25, margin=1.2,
                                      cond=f"{FAIL} AND e.industry = 'healthcare'"),
        "bb15": lambda: top_row_share(REVIEW, FAIL, 'e."行业"', *Y25, "e.review_round = 1", margin=1.2),
        "bb16": lambda: step_time("tp_artwork_submit", "tp_artwork_ok", *H1_25),
        "bb17": lambda: events_at("tp_artwork_review", *Y25, FAIL),
        # ---- posting
        "bb18": lambda: top_row_share("'tp_posting'", "e.late", "e.posting_crew", *Q4_25, margin=1.5),
        "bb19": lambda: row_share("'tp_posting'", "e.late", *Q4_25, "e.posting_crew = 'GZ-Swift'"),
        "bb20": lambda: row_share("'tp_posting'", "NOT e.late", *Y25),
        "bb21": lambda: events_at("tp_posting", *month(2026, 3)),
        "bb22": lambda: events_at("tp_enquiry", "2026-03-09", "2026-03-15"),
        # ---- proof photos
        "bb23": lambda: events_at("tp_proof", *KL_AFTER, "e.region = 'kuala_lumpur'", "median(e.proof_hours)", "rel"),
        "bb24": lambda: events_at("tp_proof", *KL_AFTER, "e.region = 'singapore'", "median(e.proof_hours)", "rel"),
        "bb25": lambda: top_events_by("e.region", "tp_proof", *Y26, margin=2.0, agg="median(e.proof_hours)"),
        "bb26": lambda: row_share("'tp_proof'", "e.proof_hours > 72", *Q1_26),
        # ---- inspections
        "bb27": lambda: row_share("'tp_inspection'", "e.issue = 'light_out'", *Q1_26, "e.media_format = 'bus_shelter'"),
        "bb28": lambda: row_share("'tp_inspection'", "e.issue = 'light_out'", *Q4_25, "e.media_format = 'bus_shelter'"),
        "bb29": lambda: step_time("tp_inspection", "tp_repair", *ALL, "a.issue = 'light_out'"),
        "bb30": lambda: top_events_by("e.issue", "tp_inspection", *ALL, margin=1.3, cond="e.issue <> 'none'"),
        # ---- billing
        "bb31": lambda: step_time("tp_invoice", "tp_payment", *Y25, "a.customer_type = 'agency'"),
        "bb32": lambda: step_time("tp_invoice", "tp_payment", *Y25, "a.customer_type = 'small_business'"),
        "bb33": lambda: row_share("'tp_invoice'", "e.invoice_error", *Y25, "e.action = 'submit'"),
        "bb34": lambda: top_row_share("'tp_invoice'", "e.invoice_error", "e.customer_type", *ALL,
                                      "e.action = 'submit'", margin=2.0),
        # ---- cancellations
        "bb35": lambda: events_at("tp_cancel", *Y25),
        "bb36": lambda: top_events_by("e.cancel_reason", "tp_cancel", *ALL, margin=1.3),
        "bb37": lambda: orders_ratio("o.status = 'cancelled'", MEDIA),
        # ---- money
        "bb38": lambda: orders(*Y25, MEDIA),
        "bb39": lambda: orders(*Y25),
        "bb40": lambda: top_orders('o."城市"', *Y25, MEDIA, margin=1.2, agg="count(*)"),
        "bb41": lambda: top_orders("o.customer_type", *Y26, margin=1.1),
        "bb42": lambda: orders_avg(*Y25, f"{MEDIA} AND o.customer_type = 'small_business'"),
        "bb43": lambda: top_month_revenue(*Y25, margin=1.02),
        "bb44": lambda: orders_all("o.status = 'refunded'"),
        "bb45": lambda: orders(*Y25, f"{MEDIA} AND o.region = 'singapore'", agg="sum(o.amount_local)"),
        "bb46": lambda: orders_change(Q1_25, Q1_26),
        "bb47": lambda: orders(*Y25, f"{MEDIA} AND o.media_format = 'digital_screen'"),
        "bb48": lambda: per_customer(*Y25),
        "bb49": lambda: orders(*month(2026, 4)),
        "bb50": lambda: top_orders("o.media_format", *Y25, MEDIA, margin=1.1),
        # ---- volumes / customers
        "bb51": lambda: events_at("tp_enquiry", *month(2025, 9)),
        "bb52": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "bb53": lambda: customers_count(f"c.acquisition_channel = 'xiaohongshu' AND {_in('c.signup_at', *ALL)}"),
        "bb54": lambda: customers_share("c.segment = 'at_risk'"),
        "bb55": lambda: row_share("'tp_enquiry'", "e.device IN ('ios', 'android')", *Y25),
        "bb56": lambda: events_at("tp_renewal", *Q1_26),
        # ---- account managers / NPS / ratings
        "bb57": lambda: step_time("tp_enquiry", "tp_proposal", *H1_25, "a.account_manager = 'Chen Zhiqiang'"),
        "bb58": lambda: step_time("tp_enquiry", "tp_proposal", *H1_25, "a.account_manager = 'Huang Xiaolin'"),
        "bb59": lambda: rank_nps('f."客户经理"', "f.channel = 'survey'", 40),
        "bb60": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H2_25)}"),
        "bb61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Q1_26)}"),
        "bb62": lambda: fb_avg(f"f.channel = 'portal_review' AND {_in('f.ts', *Y25)}"),
        "bb63": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'portal_review' AND {_in('f.ts', *Y26)}"),
        # ---- feedback topics
        "bb64": lambda: fb_topic_count(TP["light"]),
        "bb65": lambda: fb_topic_count(TP["proof"]),
        "bb66": lambda: fb_topic_count(TP["artwork"]),
        "bb67": lambda: fb_topic_count(TP["invoice"]),
        "bb68": lambda: fb_topic_count(TP["location"]),
        "bb69": lambda: feedback_ids(TP["slow"]),
        "bb70": lambda: fb_count("f.ts IS NULL"),
        "bb71": lambda: fb_topic_count(TP["late"]),
        "bb72": lambda: fb_ratio("f.nps <= 6", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
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
