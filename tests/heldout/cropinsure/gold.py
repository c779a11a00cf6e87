"""Gold answers for the 禾安农险 HeAn Crop Insurance held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "farmers" / "customers" / "policyholders" / "农户" / "客户" = customer_id (one farmer, family farm, co-operative or
  farm company). Customer attributes (customer_type / 客户类型, tier, segment, acquisition_channel) come from
  customers.csv; the region of an event or order is its own `region` column (the customer's, always the stored English
  value: Heilongjiang, Henan, Shandong, Anhui, Xinjiang, New South Wales, Western Australia, Saskatchewan, Alberta);
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (new_business: field registration
  -> premium quote -> policy purchase, 30 d; claims: damage report -> loss survey -> claim payout, 60 d; renewal:
  renewal reminder -> renewal, 60 d); rates are per customer; the tolerance covers both readings (later steps allowed
  after the period end, or not), except where the question says later steps count. "Where do we lose the most" = the
  step whose next step is not reached by the most customers (the loss between k and k+1 belongs to step k). A
  conversion "by registration channel" keeps only step-1 events of that events.channel (agent, app, mini_program,
  coop, broker, web); "by customer type" uses customers.customer_type;
- per-event rates count event rows, period by the event's ts: disputed share = tp_loss_survey rows `disputed` / all
  tp_loss_survey rows (below-deductible share likewise); subsidy return share = first checks (resubmission empty) that
  are `returned` / all first checks; channel shares of damage reports over tp_damage_report rows;
- counts: new policies = tp_purchase rows (= `policy` orders with business_type `new`, any status); renewals =
  tp_renewal rows; damage reports / claims = tp_damage_report rows (a re-synced exact duplicate row is loaded once);
  surveys = tp_loss_survey rows; hotline calls = tp_hotline rows; app sign-ups = tp_app_signup rows; agent visits =
  tp_agent_visit rows; voided policies = tp_subsidy_check rows `rejected` (= `policy` orders `cancelled`);
- money is CNY (orders.amount), period by orders.ts: premium = order_type `policy` with status `paid` (gross written
  premium, farmer share + subsidy; "farmer-paid" = farmer_paid_cny of those orders); claim payouts = order_type
  `claim_payout` with status `paid` (dated when paid); refunded / cancelled policies by their order ts; loss ratio =
  paid payouts / paid premium of the same calendar period;
- averages over event rows: days_to_survey on tp_loss_survey rows (by survey ts), days_to_pay on tp_claim_payout rows
  (by payout ts), wait_sec on tp_hotline rows;
- zh top entities are the Chinese twins where the table has one (作物, 灾因, 查勘方式, 退回原因, 来电原因 on events; 客户类型
  on customers) and en ones the English values (crop, peril, survey_method, customer_type, region ...) or
  touchpoint_id; a month is 'YYYY-MM';
- feedback: "all data" includes rows without ts (WeChat group exports, typed-in paper forms); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) by survey_wave; claim survey = channel `claim_survey`, app reviews = `app_review`; a touchpoint's average
  rating over its rated comments;
- experiment renewal_reminder_2026: a customer converts when they have a tp_renewal event after assigned_at;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e LEFT JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _cover(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, first_cond="1=1", a=0, b=-1):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond) for bd in (False, True)]
    return _cover([c[b] / c[a] for c in vals])


def conv_open(journey, start, end, first_cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[b] / c[a])


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    tps = f"e.touchpoint_id IN {tp}" if tp.startswith("(") else f"e.touchpoint_id = '{tp}'"
    return f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE {tps} {per} AND ({cond})"


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, num, start, end, cond="1=1", margin=1.2, lowest=False, min_n=20):
    rows = q(f"SELECT {by}, avg({num}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, num=None, cond="1=1", margin=1.1):
    agg = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} n {_ev(tp, start, end, cond)} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    if status is None:
        st = ""
    elif status.startswith("<>"):
        st = f"AND o.status <> '{status[2:]}'"
    else:
        st = f"AND o.status = '{status}'"
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def money(start, end, kind="policy", cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond, status)}"))


def money_avg(start, end, kind="policy", cond="1=1", status="paid"):
    return _money(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond, status)}"))


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def loss_ratio(start, end, cond="1=1"):
    pay = one(f"SELECT sum(o.amount) {_ord(start, end, 'claim_payout', cond)}")
    prem = one(f"SELECT sum(o.amount) {_ord(start, end, 'policy', cond)}")
    return _rate(pay / prem)


def top_money(by, start, end, kind="policy", cond="1=1", margin=1.15, status="paid"):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond, status)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers, experiment ----------

def cust_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def rank_conv_cust(journey, start, end, col, margin=1.05, lowest=False):
    values = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    return rank_conv(journey, start, end, col, values, lowest=lowest, margin=margin)


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_renewal' AND e.ts > x.assigned_at))::int) r, count(*)
                FROM experiments x WHERE x.experiment_id = 'renewal_reminder_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin=1.1):
    rows = exp_rates()
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return _rate(dict((r[0], r[1]) for r in exp_rates())[variant])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_avg(by, col, cond="1=1", lowest=True, margin=1.1, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) FROM feedback f WHERE {col} IS NOT NULL AND {by} IS NOT NULL "
             f"AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q2_25, Q3_25, Q4_25, Q1_26 = (quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4),
                                     quarter(2026, 1))
(VISIT, SIGNUP, FIELD, QUOTE, BUY, SUBSIDY, REPORT, SURVEY, PAYOUT, REMIND, RENEW, HOTLINE) = (
    "tp_agent_visit", "tp_app_signup", "tp_field_reg", "tp_quote", "tp_purchase", "tp_subsidy_check",
    "tp_damage_report", "tp_loss_survey", "tp_claim_payout", "tp_renewal_reminder", "tp_renewal", "tp_hotline")
MARKERS = {"assess": ["定损", "assessment"], "payout_slow": ["到账", "payout"], "acreage": ["面积", "acreage"],
           "price": ["太贵", "too expensive"], "app_crash": ["闪退", "crash"], "hotline_wait": ["打不通", "on hold"],
           "survey_slow": ["没人来", "nobody came"], "reminder": ["续保提醒", "reminder"],
           "agent_praise": ["协保员", "agent"], "drone": ["无人机", "drone"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
REG_CHANNELS = ["agent", "app", "mini_program", "coop", "broker", "web"]
CHINA = "e.region IN ('Heilongjiang', 'Henan', 'Shandong', 'Anhui', 'Xinjiang')"
FIRST_CHECK = "e.resubmission IS NULL"


def gold():
    jul25, aug25 = month(2025, 7), month(2025, 8)
    jul_aug25 = (jul25[0], aug25[1])
    disputed, below = "e.action = 'disputed'", "e.action = 'below_deductible'"
    returned = "e.action = 'returned'"
    o_china = CHINA.replace("e.region", "o.region")
    return {
        # ---- enrolment funnel, claims funnel, renewal funnel, A/B
        "ci01": lambda: conv("new_business", *Y25),
        "ci02": lambda: rank_conv("new_business", *Y25, "e.channel", REG_CHANNELS, margin=1.8),
        "ci03": lambda: conv("new_business", *Y25, "e.channel = 'app'"),
        "ci04": lambda: top_lost("new_business", *Y25, margin=2.0),
        "ci05": lambda: conv_open("new_business", *H1_25, "e.channel = 'agent'"),
        "ci06": lambda: conv("claims", *Y25),
        "ci07": lambda: conv_open("claims", *jul25),
        "ci08": lambda: conv("renewal", *Y25),
        "ci09": lambda: rank_conv_cust("renewal", *Y25, 'c."客户类型"', margin=1.08, lowest=True),
        "ci10": lambda: exp_top(margin=1.15),
        "ci11": lambda: exp_rate("sms"),
        # ---- new business, claims, surveys
        "ci12": lambda: events_at(BUY, *Y25),
        "ci13": lambda: events_at(REPORT, *jul25),
        "ci14": lambda: events_share(SURVEY, disputed, *jul25),
        "ci15": lambda: events_share(SURVEY, disputed, *month(2025, 6)),
        "ci16": lambda: top_month(SURVEY, "2025-04-01", "2025-10-31", num=disputed, margin=1.8),
        "ci17": lambda: top_events_count(SURVEY, 'e."查勘方式"', *jul25, disputed, margin=3),
        "ci18": lambda: events_avg(SURVEY, "e.days_to_survey", *Y25, "e.survey_method = 'drone'"),
        "ci19": lambda: events_avg(SURVEY, "e.days_to_survey", *Y25, "e.survey_method = 'on_site'"),
        "ci20": lambda: top_events_count(REPORT, 'e."灾因"', *Y25, margin=1.8),
        "ci21": lambda: events_at(REPORT, *Y25, "e.region = 'New South Wales' AND e.peril = 'drought'"),
        "ci22": lambda: events_share(SURVEY, below, *Y25),
        # ---- subsidy verification
        "ci23": lambda: events_share(SUBSIDY, returned, *Q2_25, FIRST_CHECK),
        "ci24": lambda: top_events_avg(SUBSIDY, "e.region", f"({returned})::int", *Q2_25, FIRST_CHECK, margin=2.5),
        "ci25": lambda: top_events_count(SUBSIDY, 'e."退回原因"', *Q2_25, f"{returned} AND e.region = 'Heilongjiang'",
                                         margin=4),
        "ci26": lambda: events_at(SUBSIDY, None, None, "e.action = 'rejected'"),
        # ---- money
        "ci27": lambda: money(*Y25),
        "ci28": lambda: money(*Y25, kind="claim_payout"),
        "ci29": lambda: loss_ratio(*Y25),
        "ci30": lambda: top_money('o."作物"', *Y25, margin=1.15),
        "ci31": lambda: money_avg(*Y25, cond="o.region = 'Saskatchewan'"),
        "ci32": lambda: events_at(RENEW, *H2_25),
        "ci33": lambda: orders_count(*Y25, "policy", status="refunded"),
        "ci34": lambda: money(*Y25, cond=o_china, col="o.farmer_paid_cny"),
        "ci35": lambda: events_share(REPORT, "e.channel = 'app'", *Y25),
        # ---- hotline, customers, leads
        "ci36": lambda: events_avg(HOTLINE, "e.wait_sec", *jul_aug25),
        "ci37": lambda: events_at(HOTLINE, *aug25),
        "ci38": lambda: top_events_count(HOTLINE, 'e."来电原因"', *Y25, margin=1.3),
        "ci39": lambda: cust_count("c.segment = 'lapsed'"),
        "ci40": lambda: cust_count("c.region = 'Alberta'"),
        "ci41": lambda: events_at(SIGNUP, *Y25),
        "ci42": lambda: events_at(VISIT, *Q1_25),
        "ci43": lambda: money_avg(*Y25, kind="claim_payout"),
        "ci44": lambda: events_avg(PAYOUT, "e.days_to_pay", *Y25, "e.region = 'New South Wales'"),
        "ci45": lambda: money(*Y25, kind="claim_payout", cond="o.region IN ('Saskatchewan', 'Alberta')"),
        "ci46": lambda: top_money("o.region", *Y25, margin=1.3),
        # ---- feedback
        "ci47": lambda: top_fb_count("f.touchpoint_id", T["acreage"], margin=3),
        "ci48": lambda: fb_count(T["acreage"]),
        "ci49": lambda: fb_count(T["assess"], _in("f.ts", *jul25)),
        "ci50": lambda: fb_avg(f"f.channel = 'claim_survey' AND {_in('f.ts', *Y25)}"),
        "ci51": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'claim_survey' AND {_in('f.ts', *Y25)}"),
        "ci52": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ci53": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12' AND f.region = 'Henan'"),
        "ci54": lambda: feedback_ids(T["price"]),
        "ci55": lambda: fb_count(T["survey_slow"], _in("f.ts", *Y25)),
        "ci56": lambda: top_fb_avg("f.touchpoint_id", "f.rating", margin=1.2),
        "ci57": lambda: fb_avg("f.channel = 'app_review'"),
        "ci58": lambda: _count(one(f"SELECT count(*) FROM feedback f WHERE f.channel = 'complaint_ticket' "
                                   f"AND {_in('f.ts', *Y25)}")),
        "ci59": lambda: fb_count(T["drone"]),
        "ci60": lambda: fb_count(T["payout_slow"], _in("f.ts", *Y25)),
        "ci61": lambda: fb_count(T["hotline_wait"], _in("f.ts", *jul_aug25)),
        # ---- relative periods (as_of)
        "ci66": lambda: events_at(BUY, *month(2026, 4)),
        "ci67": lambda: events_at(BUY, *month(2026, 3)),
        "ci68": lambda: money(*Q1_26),
        "ci69": lambda: events_at(REPORT, "2025-07-07", "2025-07-13"),
        "ci70": lambda: events_at(RENEW, "2026-01-01", "2026-05-20"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{BUY}'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'policy' AND business_type = 'new'")
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{RENEW}'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'policy' AND business_type = 'renewal'")
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{PAYOUT}'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'claim_payout' AND status = 'paid'")
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{SUBSIDY}' AND action = 'rejected'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'policy' AND status = 'cancelled'")


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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
