"""Gold answers for the 穗香面业 Golden Ear Milling (flour mill, B2B) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py — never from the product.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "客户" = customer_id (one buying business: a lead, or an account with a supply contract).
  Attributes of the business (business_type / 客户类型, tier, mill / 供货工厂) come from customers.csv; the city of an
  event or an order is its own `city` column (always the customer's city);
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a failed trial bake is still a trial) at step k's touchpoint after reaching step k-1, within the
  journey window from that first step-1 event (lead_to_contract 90 d, contract_to_cash 60 d, complaint_handling 30 d).
  Rates are per customer; unless the question says later steps after the period end count, the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step
  the most customers never reach (the loss between k and k+1 is attributed to step k). A conversion "by lead source"
  keeps only the step-1 events of that events.channel;
- event counts are rows of the touchpoint dated in the period (the 30 invoice rows re-sent in March 2026 carry the
  same event_id and are loaded once): leads = tp_lead, samples = tp_sample, trials = tp_trial, deliveries =
  tp_delivery (dated at arrival), orders placed = tp_order rows (cancelled ones included), complaints = tp_complaint
  (dated when opened), retests = tp_retest (dated when the lab reported), renewals = tp_renewal (dated at the contract
  anniversary);
- per-event rates: on-time delivery = tp_delivery on_time 'yes' / all tp_delivery rows; rejection at the door =
  part_rejected + rejected / all tp_delivery rows; torn-bag rate = tp_delivery rows with bags_torn > 0 / all
  tp_delivery rows; trial pass rate = tp_trial `pass` / all tp_trial rows; late payment share = tp_payment `late` /
  tp_payment rows dated at payment; renewal rate = tp_renewal `renewed` / all tp_renewal rows; quoted price = mean
  quoted_price_per_t over tp_quote rows (`sent` and `revised`); days to retest = mean days_to_retest of tp_retest
  rows dated in the period; order channel share = tp_order rows of that channel / all tp_order rows;
- money is CNY (orders.amount = value after bags refused at the door; HKD kept in amount_local), period by the order
  date orders.ts: "paid" / "回款金额" = status `paid`; "order value" / "sales" = every order that is not cancelled or
  returned; tonnes sold = orders.tonnes of the same orders; credits on complaints = sum of tp_complaint_close
  credit_cny dated in the period;
- zh top entities are the Chinese twins on the same row where there is one (客户类型 / 城市 on customers and orders,
  工厂, 承运商, 投诉类型, 流失原因, 付款方式 on events) and en ones the English values; a city asked in English is its
  stored English value, a month 'YYYY-MM', a touchpoint its touchpoint_id, an experiment arm its variant;
- feedback: "all" / "overall" includes rows without ts (WeChat customer-group exports, lost-customer interviews typed
  in later); topic counts are by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS =
  share 9-10 minus share 0-6 (a fraction) within one survey_wave; delivery survey = channel `delivery_survey`, trial
  feedback = `trial_feedback`, sales-visit notes = `call_note`;
- experiment quote_format_2025: a customer converts with a tp_contract event after assigned_at;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday-Sunday.
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
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', "
                "header=true, sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start, end) -> str:
    if start is None:
        return "1=1"
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
    return (f"{y}-{m:02d}-01", str(one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")))


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def count(n):
    return dict(value=int(n), tolerance=0.5)


def rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def clear_lead(rows, margin, lowest=False):
    """the winner must beat the runner-up by the ratio `margin`."""
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    ok = b > a * margin if lowest else a > b * margin
    assert ok, rows[:4]


def sq(v: str) -> str:
    return v.replace("'", "''")


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded else f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE f1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    out = [one("SELECT count(*) FROM f1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE f{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM f{k - 1} s JOIN {src} e
            ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
               AND e.ts <= s.t0 + INTERVAL {window} DAY
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM f{k}"))
    return out


def conv(journey, start, end, cond="1=1", a=0, b=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, False, cond)
    return rate(c[b] / c[a])


def conv_rank(journey, start, end, col, values, lowest, margin):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded)
        lost = sorted(((steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)), key=lambda r: -r[1])
        clear_lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id IN ({lst}) "
            f"AND {per('e.ts', start, end)} AND ({cond})")


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_share(tps, num_cond, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_sum(tps, col, start=None, end=None, cond="1=1"):
    return money(one(f"SELECT sum({col}) {_ev(tps, start, end, cond)}"))


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
LIVE = "o.status NOT IN ('cancelled', 'returned')"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount"):
    return money(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)"):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def ord_top_month(start, end, cond, agg, margin=1.05):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_contract' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'quote_format_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- renewals
def renewal_rate_after_complaint(had: bool):
    """tp_renewal rows whose customer had (or had not) a confirmed tp_retest in the 365 days before the renewal."""
    return rate(one(f"""SELECT avg((r.action = 'renewed')::int) FROM events r
        WHERE r.touchpoint_id = 'tp_renewal' AND {'' if had else 'NOT'} EXISTS (
            SELECT 1 FROM events x WHERE x.customer_id = r.customer_id AND x.touchpoint_id = 'tp_retest'
              AND x.action = 'confirmed' AND x.ts < r.ts AND x.ts >= r.ts - INTERVAL 365 DAY)"""))


# ---------------------------------------------------------------- feedback
MARKERS = {  # topic(s) -> marker words (zh, en)
    "snap": (("snap",), ["断条", "snap"]),
    "collapse": (("collapse",), ["塌", "collapse"]),
    "insects": (("insects",), ["虫", "weevil"]),
    "clumping": (("clumping",), ["结块", "lumps"]),
    "torn_bags": (("torn_bags",), ["破包", "torn bag"]),
    "late": (("late", "fog_late"), ["晚到", "arrived late"]),
    "fog": (("fog_late",), ["大雾", "fog"]),
    "driver": (("driver",), ["司机", "driver"]),
    "price": (("price",), ["涨价", "price increase"]),
    "technician": (("technician",), ["技术员", "technician"]),
    "invoice": (("invoice",), ["发票", "invoice"]),
    "terms": (("terms",), ["账期", "payment terms"]),
    "slow": (("slow_handling",), ["太慢", "too slow"]),
    "competitor": (("competitor",), ["竞品", "competitor"]),
}


def marker(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic][1]) + ")"


def check_markers():
    for key, (topics, _) in MARKERS.items():
        m = marker(key)
        lst = ", ".join(f"'{t}'" for t in topics)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} "
                    f"AND t.topic NOT IN ({lst})")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({lst}) "
                     f"AND NOT {m}")
        assert extra == 0 and missed == 0, (key, extra, missed)


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}"))


def fb_top(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) v FROM feedback f WHERE ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             "ORDER BY v DESC")
    if len(rows) > 1:
        clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5
    return dict(citations_from=ids)


def nps(cond):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond}"))


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
JULAUG25 = ("2025-07-01", "2025-08-31")
MARAPR26 = ("2026-03-01", "2026-04-30")
SOURCES = ["sales_rep", "referral", "website", "hotline", "wechat", "trade_show"]
REJ = "e.action IN ('part_rejected', 'rejected')"


def gold():
    Q1_25, Q3_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2026, 1), quarter(2026, 2)
    return {
        # ---- acquisition: leads, visits, samples, trials, quotes, contracts
        "fm01": lambda: conv("lead_to_contract", *Y25),
        "fm02": lambda: conv_rank("lead_to_contract", *Y25, "e.channel", SOURCES, lowest=True, margin=1.1),
        "fm03": lambda: conv("lead_to_contract", *Y25, "e.channel = 'sales_rep'"),
        "fm04": lambda: biggest_loss("lead_to_contract", *Y25, margin=1.5),
        "fm05": lambda: exp_top(margin=1.3),
        "fm06": lambda: exp_rate("locked_3m"),
        "fm07": lambda: ev_count("tp_sample", *Y25),
        "fm08": lambda: ev_count("tp_lead", None, None, "e.lead_source = 'Bakery China 2025'"),
        "fm09": lambda: ev_share("tp_trial", "e.action = 'pass'", *JULAUG25,
                                 "e.mill = 'xinxiang' AND e.product = 'noodle_flour'"),
        "fm10": lambda: ev_top("tp_lead", 'c."城市"', *Q1_26, margin=1.15),
        "fm11": lambda: ev_avg("tp_quote", "e.quoted_price_per_t", *Q3_25, "e.product = 'noodle_flour'"),
        "fm12": lambda: ev_avg("tp_quote", "e.quoted_price_per_t", *Q1_26, "e.product = 'noodle_flour'"),
        # ---- orders and money
        "fm13": lambda: ord_sum(*Y25, "o.status = 'paid'"),
        "fm14": lambda: ord_top('o."城市"', *Y25, "o.status = 'paid'", margin=1.1),
        "fm15": lambda: ord_top("o.business_type", *Y25, LIVE, margin=1.08, agg="sum(o.tonnes)"),
        "fm16": lambda: ord_top_month(*Y25, f"{LIVE} AND o.product = 'cake_flour'", "sum(o.tonnes)", margin=1.3),
        "fm17": lambda: ord_top_month(*Y25, f"{LIVE} AND o.product = 'dumpling_flour'", "sum(o.tonnes)",
                                      margin=1.3),
        "fm18": lambda: ord_growth(Q1_25, Q1_26, LIVE),
        "fm19": lambda: ord_avg(*Y25, f"{LIVE} AND o.business_type = 'bakery_chain'"),
        "fm20": lambda: ev_share("tp_order", "e.channel = 'mini_program'", *H1_26),
        "fm22": lambda: ord_sum(*Y25, "o.status = 'paid' AND o.city = 'Hong Kong'", col="o.amount_local"),
        "fm23": lambda: num(one(f"SELECT sum(o.tonnes) {_ord(*Y25, LIVE)}"), rel=0.005, floor=1),
        # ---- trucks and deliveries
        "fm24": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *month(2025, 12),
                                 "e.city IN ('Zhengzhou', 'Wuhan')"),
        "fm25": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *month(2025, 11),
                                 "e.city IN ('Zhengzhou', 'Wuhan')"),
        "fm26": lambda: ev_top("tp_delivery", "e.carrier", *Y25, agg="avg((e.bags_torn > 0)::int)", margin=1.5),
        "fm27": lambda: ev_sum("tp_delivery", "e.bags_torn", *Y25) | {"tolerance": 0.5},
        "fm28": lambda: ev_avg("tp_delivery", "e.transit_hours", cond="e.city = 'Hong Kong'"),
        "fm29": lambda: ev_count("tp_delivery", "2026-02-09", "2026-02-15"),
        "fm30": lambda: ev_share("tp_delivery", REJ, *Y25, "e.city = 'Shanghai'"),
        # ---- quality complaints
        "fm31": lambda: ev_count("tp_complaint", *Y25),
        "fm32": lambda: ev_top("tp_complaint", "e.complaint_type", *Y25, margin=1.3),
        "fm33": lambda: ev_top("tp_retest", 'e."工厂"', *JULAUG25, "e.action = 'confirmed'", margin=2),
        "fm34": lambda: conv_open("complaint_handling", *month(2025, 8)),
        "fm35": lambda: ev_avg("tp_retest", "e.days_to_retest", *month(2025, 8)),
        "fm36": lambda: ev_avg("tp_retest", "e.days_to_retest", *H1_25),
        "fm37": lambda: ev_avg("tp_retest", "e.wet_gluten_pct", cond="e.complaint_type = 'weak_gluten' "
                                                                      "AND e.action = 'confirmed'"),
        "fm38": lambda: ev_sum("tp_complaint_close", "e.credit_cny", *Y25),
        "fm39": lambda: ev_count("tp_complaint", *MARAPR26, "e.complaint_type = 'low_volume'"),
        "fm40": lambda: ev_top("tp_complaint", 'c."城市"', cond="e.complaint_type = 'insects'", margin=1.15),
        # ---- invoices and payments
        "fm41": lambda: ev_share("tp_payment", "e.action = 'late'", *Y25, "e.payment_terms <> 'cod'"),
        "fm42": lambda: ev_top("tp_payment", 'c."客户类型"', *Y25, agg="avg((e.action = 'late')::int)", margin=1.3),
        "fm43": lambda: ord_count(None, None, "o.status = 'overdue'"),
        "fm44": lambda: ev_avg("tp_payment", "e.days_to_pay", *Y25, "e.payment_terms = 'net60'"),
        "fm45": lambda: ev_top("tp_payment", "e.payment_method", agg="avg((e.action = 'late')::int)", margin=1.2),
        # ---- renewals and lost accounts
        "fm46": lambda: ev_share("tp_renewal", "e.action = 'renewed'", *Y25),
        "fm47": lambda: renewal_rate_after_complaint(True),
        "fm48": lambda: ev_top("tp_renewal", 'e."流失原因"', cond="e.action = 'not_renewed'", margin=1.3),
        "fm49": lambda: ev_count("tp_renewal", *Y25, "e.action = 'not_renewed'"),
        # ---- feedback
        "fm50": lambda: fb_count(marker("snap"), *month(2025, 8)),
        "fm51": lambda: fb_count(marker("torn_bags")),
        "fm52": lambda: fb_avg("f.channel = 'delivery_survey'", start=Y25[0], end=Y25[1]),
        "fm53": lambda: fb_share("f.rating <= 2", "f.channel = 'delivery_survey'", *month(2025, 12)),
        "fm54": lambda: nps("f.survey_wave = '2025-12'"),
        "fm55": lambda: nps("f.survey_wave = '2025-12' AND f.business_type = 'noodle_shop'"),
        "fm56": lambda: fb_count(marker("price"), "2025-10-15", "2026-07-31"),
        "fm57": lambda: fb_ids(marker("insects")),
        "fm58": lambda: fb_avg("f.channel = 'trial_feedback'"),
        "fm59": lambda: fb_count("f.channel = 'wechat_group'") | {"tolerance": 0.5},
        "fm60": lambda: fb_top("f.touchpoint_id", marker("late"), margin=3),
        "fm61": lambda: fb_share(marker("competitor"), "f.channel = 'call_note'"),
        # ---- contract to first cash
        "fm66": lambda: conv_open("contract_to_cash", *Y25),
        "fm66b": lambda: conv_open("contract_to_cash", *Y25, "c.business_type = 'bakery_chain'"),
        # ---- relative periods (as_of on the item)
        "fm67": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *month(2026, 7)),
        "fm68": lambda: ev_count("tp_lead", "2026-06-29", "2026-07-05"),
        "fm69": lambda: ev_count("tp_complaint", "2026-01-01", "2026-07-20"),
        "fm70": lambda: ord_sum(*Q2_26, LIVE),
        "fm71": lambda: ev_count("tp_complaint", *month(2026, 4), "e.product = 'bread_flour'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
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
