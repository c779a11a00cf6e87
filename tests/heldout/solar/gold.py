"""Gold answers for the SunRoof 阳光屋顶 (residential rooftop solar) held-out batch, from plain DuckDB SQL over the raw
CSVs that generate.py writes.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (lead 60 d, install 90 d, service 30 d) from their first step-1 event in the
  period; the funnel "for period P" = customers whose first step-1 event falls in P. Whether later steps must also
  fall inside P is not pinned down by the contract, so every rate is computed both ways and the tolerance covers
  both (+0.005, at least 0.01). Conversion from step a to b = reached b / reached a; drop-off of step k = 1 -
  reached k+1 / reached k; "the step where most stall" = the step with the largest reached k - reached k+1 (that
  step's touchpoint). A funnel "for referral leads / loan customers / 河南" keeps the customers whose customers-row
  column (acquisition_channel, financing, region) has that value; "variant B" = customers assigned B in
  experiments (proposal_format);
- leads = customers with a tp_quote_request event (one per customer, so leads = requests); people / customers /
  households = distinct customer_id; counts of site surveys, installations, activations, alerts = event rows at the
  touchpoint dated by the event ts;
- durations: days (86,400 s) between a customer's own events (permit application -> grid approval; contract ->
  activation), one of each per customer; "approvals in P" / "activated in P" = the later event in P; median and mean
  as the question says;
- money: orders with status `paid` only (order_type deposit / final_payment / maintenance_plan); revenue = sum of
  paid amounts dated by the order ts; refund rate = refunded / (paid + refunded) (tolerance covering
  refunded / all orders of the kind); payment failures = orders with
  status `failed` (every failed attempt is a row); contract value = the contract_value on the tp_contract event
  (= customers.contract_value), averaged over contracts signed in the period;
- customer attributes (segment, region, financing, panel_brand, inverter_model, system_kw, language) are the
  customers.csv state at the end of the data; "active systems" = segment `active`;
- feedback: negative / positive = the provided `sentiment_label`; survey = channel `survey` (post-activation and
  post-service surveys); NPS = (share 9-10 - share 0-6) x 100 over rows with an nps; app-store 差评 = app_review
  rating 1-2; topic counts use the text markers below with a 5 % tolerance (checked against the generator's topic
  truth in _truth/); questions without a period include comments without a date; feedback about a crew / sales
  rep / province joins feedback.customer_id to customers (posts without a customer drop out);
- periods are inclusive calendar dates, a week runs Monday..Sunday; relative periods resolve against the item's
  `as_of`, else 2026-07-31 (the last day of the data).
"Top" items are checked for a clear first place (the script fails otherwise).
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
    for t in ("touchpoints", "customers", "journeys", "experiments", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1)""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.001, floor=0.01):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def count(v):
    return dict(value=int(v), tolerance=0.5)


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE e.customer_id IN "
          f"(SELECT c.customer_id FROM customers c LEFT JOIN experiments x USING (customer_id) WHERE {cust_cond})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, a=1, b=None, drop=False, extra=(), open_=False, **kw):
    """rate under both period readings (+ extra alternative values), tolerance covering all; open_ = the question
    (or the turn it follows) says later steps may fall after the period, so only that reading counts"""
    vals = []
    for bounded in ((False,) if open_ else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    vals += list(extra)
    tol = max(0.01, max(abs(v - vals[0]) for v in vals) + 0.005)
    return dict(value=round(vals[0], 4), tolerance=round(tol, 4))


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv_by(journey, start, end, values, cond_of, lowest=False, gap=0.04, a=1, b=None, drop=False):
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, cust_cond=cond_of(v))
            r = c[(b or len(c)) - 1] / c[a - 1]
            rates[v] = 1 - r if drop else r
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                     f" AND ({cond})"))


def ev_people(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                         WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(tp, num_, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def ev_top(tp, col, start, end, agg="count(*)", gap=1.1):
    rows = q(f"""SELECT {col}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return dict(value=round(y / x - 1, 4), tolerance=0.01)


def _durations(tp_a, tp_b, start, end, cond="1=1"):
    return f"""SELECT c.region, date_diff('second', a.ts, b.ts) / 86400.0 AS d
               FROM events a JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{tp_b}'
               JOIN customers c ON c.customer_id = a.customer_id
               WHERE a.touchpoint_id = '{tp_a}' AND {_in('b.ts', start, end)} AND ({cond})"""


def duration(tp_a, tp_b, start, end, cond="1=1", agg="avg", tol=0.3):
    assert one(f"SELECT max(n) FROM (SELECT customer_id, count(*) n FROM events WHERE touchpoint_id IN "
               f"('{tp_a}', '{tp_b}') GROUP BY customer_id, touchpoint_id)") == 1
    v = one(f"SELECT {agg}(d) FROM ({_durations(tp_a, tp_b, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=tol)


def top_duration(tp_a, tp_b, start, end, agg="median", gap=1.5):
    tops = set()
    for a in (agg, "avg"):
        rows = q(f"SELECT region, {a}(d) v FROM ({_durations(tp_a, tp_b, start, end)}) GROUP BY 1 ORDER BY v DESC")
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="paid", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    """refunded / (paid + refunded); the tolerance covers refunded / all orders of the kind"""
    a, b = q(f"""SELECT avg((status = 'refunded')::int) FILTER (WHERE status IN ('paid', 'refunded')),
                        avg((status = 'refunded')::int)
                 FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.003, abs(a - b) + 0.002), 4))


def contract_value(start, end, cond="1=1", agg="avg"):
    v = one(f"""SELECT {agg}(e.contract_value) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_contract' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, floor=1.0)


def top_contract_value(col, start, end, gap=1.1):
    rows = q(f"""SELECT {col}, avg(e.contract_value) v FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_contract' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_share(num_, cond):
    v = one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def cust_avg(col, cond, tol=0.1):
    v = one(f"SELECT avg({col}) FROM customers c WHERE {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def top_customers(col, cond, gap=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

PERMIT = ("(f.text LIKE '%并网%' OR f.text LIKE '%电网%' OR f.text LIKE '%备案%' OR lower(f.text) LIKE '%grid%' "
          "OR lower(f.text) LIKE '%permit%')")
MESS = ("(f.text LIKE '%垃圾%' OR f.text LIKE '%狼藉%' OR lower(f.text) LIKE '%mess%' "
        "OR lower(f.text) LIKE '%debris%')")
SAVINGS = "(f.text LIKE '%承诺%' OR f.text LIKE '%说好的%' OR lower(f.text) LIKE '%promised%')"
INVERTER = "(f.text LIKE '%逆变器%' OR lower(f.text) LIKE '%inverter%')"
APP = "(lower(f.text) LIKE '%app%' AND f.sentiment_label = 'positive')"
LOAN = "(f.text LIKE '%贷款%' OR lower(f.text) LIKE '%loan%')"
SURVEY = "f.channel = 'survey'"
NEG = "f.sentiment_label = 'negative'"


def topic_count(marker, topics, extra="1=1"):
    topics = [topics] if isinstance(topics, str) else topics
    tl = ", ".join(f"'{t}'" for t in topics)
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    LEFT JOIN customers c USING (customer_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num_, cond):
    v = one(f"SELECT avg(({num_})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=10, ratio=None):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    if ratio:
        assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    else:
        assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")
HENAN = "c.region = '河南'"
AB = "x.experiment_id = 'proposal_format' AND x.variant = "


def ab_simple(variant):
    """alternative reading of the A/B rate: assigned customers with a contract after the proposal, no window"""
    return one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                                      AND e.touchpoint_id = 'tp_contract' AND e.ts > x.assigned_at))::int)
                   FROM experiments x WHERE {AB}'{variant}'""")


def gold() -> dict:
    return {
        # ---- lead funnel
        "sr01": lambda: conv("lead", *Y25, open_=True),
        "sr02": lambda: top_lost("lead", *ALL),
        "sr03": lambda: top_conv_by("lead", *Y25, ["online_ads", "referral", "social_media", "home_show", "partner"],
                                    lambda v: f"c.acquisition_channel = '{v}'"),
        "sr04": lambda: conv("lead", *Y25, cust_cond="c.acquisition_channel = 'referral'", open_=True),
        "sr05": lambda: conv("lead", *Y25, cust_cond="c.acquisition_channel = 'online_ads'", open_=True),
        "sr06": lambda: conv("lead", *Y25, a=4, b=5, cust_cond="c.financing = 'loan'", open_=True),
        "sr07": lambda: conv("lead", *Y25, a=4, b=5, cust_cond="c.financing = 'cash'", open_=True),
        "sr08": lambda: top_conv_by("lead", *ALL, ["cash", "loan", "lease"], lambda v: f"c.financing = '{v}'",
                                    a=4, b=5, drop=True, gap=0.15),
        "sr09": lambda: conv("install", *Y25, open_=True),
        "sr10": lambda: top_conv_by("install", *Y25, ["上海", "江苏", "浙江", "广东", "山东", "河南", "安徽"],
                                    lambda v: f"c.region = '{v}'", lowest=True, gap=0.1),
        "sr11": lambda: conv("install", *Y25, a=1, b=2, drop=True, cust_cond=HENAN, open_=True),
        "sr12": lambda: conv("install", *Y25, a=1, b=2, drop=True, cust_cond=f"NOT {HENAN}", open_=True),
        "sr13": lambda: conv("service", *H1_26),
        "sr14": lambda: top_lost("service", *H1_26),
        "sr15": lambda: top_conv_by("lead", *ALL, ["A", "B"], lambda v: f"{AB}'{v}'", a=4, b=5, gap=0.05),
        "sr16": lambda: conv("lead", *ALL, a=4, b=5, cust_cond=f"{AB}'B'", extra=[ab_simple("B")]),
        # ---- durations
        "sr17": lambda: duration("tp_permit_apply", "tp_grid_approval", *Y25, HENAN),
        "sr18": lambda: duration("tp_permit_apply", "tp_grid_approval", *Y25, f"NOT {HENAN}"),
        "sr19": lambda: top_duration("tp_permit_apply", "tp_grid_approval", *ALL),
        "sr20": lambda: duration("tp_contract", "tp_activation", *H1_26, tol=0.5),
        # ---- volumes and trends
        "sr21": lambda: ev_people("tp_quote_request", *month(2026, 3)),
        "sr23": lambda: ev_count("tp_install_day", *month(2026, 7)),
        "sr24": lambda: ev_count("tp_activation", *Y25),
        "sr25": lambda: growth("tp_quote_request", H1_25, H1_26),
        "sr27": lambda: ev_count("tp_quote_request", "2026-06-08", "2026-06-14"),
        "sr28": lambda: ev_count("tp_quote_request", "2026-06-29", "2026-07-05"),
        # ---- inverters and alerts
        "sr29": lambda: ev_top("tp_monitor_alert", "e.inverter_model", *ALL, gap=2.0),
        "sr30": lambda: ev_count("tp_monitor_alert", *H1_26, "e.inverter_model = 'HX-10K'"),
        "sr31": lambda: ev_share("tp_monitor_alert", "e.inverter_model = 'HX-10K'", *Y25),
        "sr32": lambda: ev_top("tp_monitor_alert", "e.alert_code", *ALL, gap=1.15),
        # ---- money
        "sr34": lambda: orders(*Y25, cond="o.order_type = 'deposit'"),
        "sr35": lambda: orders(*H1_26, cond="o.order_type = 'final_payment'"),
        "sr36": lambda: contract_value(*Y25),
        "sr37": lambda: contract_value(*Y25, "c.financing = 'loan'"),
        "sr38": lambda: top_contract_value("c.financing", *ALL),
        "sr39": lambda: orders(*quarter(2026, 1), agg="avg(o.amount)", cond="o.order_type = 'deposit'"),
        "sr40": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'maintenance_plan'"),
        "sr41": lambda: refund_rate(*ALL, "o.order_type = 'deposit'"),
        "sr42": lambda: top_orders("o.province", *ALL, agg="count(*)", cond="o.order_type = 'deposit'",
                                   status="refunded", gap=2.0),
        "sr43": lambda: orders(*Y26, agg="count(*)", status="failed"),
        "sr44": lambda: orders(*Y25),
        "sr45": lambda: orders(*Y26, cond="o.order_type = 'deposit'"),
        # ---- customers / extra columns
        "sr47": lambda: top_customers("c.roof_type", "c.contract_value IS NOT NULL", gap=1.2),
        "sr48": lambda: cust_avg("c.system_kw", f"c.customer_id IN (SELECT customer_id FROM events e WHERE "
                                               f"touchpoint_id = 'tp_activation' AND {_in('e.ts', *H1_26)})"),
        "sr49": lambda: cust_share("c.financing = 'lease'",
                                   "c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_contract')"),
        "sr50": lambda: top_customers("c.panel_brand", "c.segment = 'active'", gap=1.15),
        "sr51": lambda: ev_people("tp_quote_request", *Y25, "c.acquisition_channel = 'home_show'"),
        # ---- feedback
        "sr54": lambda: topic_count(PERMIT, "permit_delay"),
        "sr55": lambda: topic_count(MESS, "crew_mess"),
        "sr56": lambda: fb_top("c.install_crew", "count(*)", MESS, min_n=1, ratio=3.0),
        "sr57": lambda: topic_count(SAVINGS, "savings_low"),
        "sr58": lambda: fb_top("c.sales_rep_id", "count(*)", SAVINGS, min_n=1, ratio=3.0),
        "sr59": lambda: topic_count(APP, "app_great"),
        "sr60": lambda: topic_count(INVERTER, "inverter_fault"),
        "sr61": lambda: fb_avg("f.rating", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "sr62": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "sr63": lambda: nps(f"{SURVEY} AND f.language = 'en'"),
        "sr64": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2))),
        "sr65": lambda: fb_top("f.touchpoint_id", "count(*)", NEG, ratio=1.15),
        "sr66": lambda: fb_top("c.region", "avg(f.rating)", SURVEY, lowest=True, gap=0.5),
        "sr67": lambda: fb_ids("t.topic = 'inverter_fault'"),
        "sr68": lambda: fb_ids("t.topic = 'crew_mess'"),
        "sr69": lambda: fb_count("f.ts IS NULL"),
        "sr70": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review'"),
        "sr71": lambda: fb_avg("f.rating", f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "sr72": lambda: topic_count(LOAN, "loan_hassle"),
        # ---- why (status ok + citations)
        "sr73": lambda: fb_ids("t.topic = 'permit_delay'"),
        "sr74": lambda: fb_ids("t.topic = 'loan_hassle'"),
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
