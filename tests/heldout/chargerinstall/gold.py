"""Gold answers for the 充易装 PlugHome home EV-charger installation held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "households" / "客户" = customer_id (one household and its parking spot; anonymous visitors of the
  online quote page have an id too). Attributes of the household (property_type / 房屋类型, car_brand, dealer) come
  from customers.csv; the city of an event, order or comment is its own `city` column;
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a failed installation visit still reaches tp_install) at step k's touchpoint after reaching
  step k-1, within the journey window from that first step-1 event (request_to_handover 90 d, online_quote 7 d,
  subsidy_claim 120 d). Rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step the most customers never reach (the
  loss between k and k+1 is attributed to step k). A conversion "by lead source" keeps only the step-1 events of that
  events.channel; by city = the event's city; by device = the step-1 event's device;
- event counts are rows of the touchpoint dated in the period (the app re-sends some commissioning events with the
  same event_id: loaded once): requests = tp_lead, surveys = tp_site_survey, contracts = tp_contract, installs
  (successful) = tp_install `success`, call-outs = tp_warranty rows;
- per-event rates: first-visit failure rate = tp_install rows with visit_no 1 and action `failed` / all visit_no 1
  rows; permission refusal rate = tp_pm_permission `refused` / all decisions, dated at the decision; grid upgrade
  share = tp_grid_check `upgrade_required` / all checks; commissioning failure rate = tp_commissioning `fail` / all
  first commissioning attempts (rows without `remote`); photo-upload failure rate = tp_photo_upload `fail` / all
  upload attempts; subsidy rejection rate = tp_subsidy_decision `rejected` / all decisions dated in the period;
  remote fix share = tp_warranty `remote_fix` / all call-outs; averages (days_to_decision, days_to_grid,
  install_hours) over the rows of the period;
- money is CNY (orders.amount; AUD / NOK / GBP kept in amount_local), period by the contract date orders.ts:
  "paid" / "回款" = status `paid`; "job value" / "订单金额" = every job that is not cancelled or refunded (paid, unpaid
  and open — open jobs carry only their deposit); subsidy amounts = tp_subsidy_decision.subsidy_local of approved
  claims;
- zh top entities are the Chinese twins where the same row has one (失败原因, 故障类型, 施工队, 经销商, 来源渠道, 房屋类型)
  and en ones the English values; a city is always the stored English value, a month 'YYYY-MM', a touchpoint its
  touchpoint_id, an experiment arm its variant, a charger its charger_model;
- feedback: "all" includes rows without ts (social posts, paper cards from dealer handover events); topic counts are
  by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus share
  0-6 (a fraction) within one survey_wave; post-install survey = channel `post_install_survey`;
- experiment survey_mode_2025: a customer converts with a tp_contract event after assigned_at; the first-visit
  failure of an arm = visit_no 1 tp_install rows of its customers;
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
    last = one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")
    return (f"{y}-{m:02d}-01", str(last))


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


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded else f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
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


def conv_rank(journey, start, end, col, values, lowest, margin, b=-1):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[b] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin, cond="1=1"):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
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


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False, having="1=1"):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 HAVING {having} "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
LIVE = "o.status NOT IN ('cancelled', 'refunded')"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount"):
    return money(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))


def ord_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ord(start, end, cond)}"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)"):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_contract' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'survey_mode_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_fail_rates():
    return q("""SELECT x.variant, avg((e.action = 'failed')::int) r, count(*) n
                FROM experiments x JOIN events e ON e.customer_id = x.customer_id AND e.touchpoint_id = 'tp_install'
                AND e.visit_no = 1 WHERE x.experiment_id = 'survey_mode_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(rows, margin):
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(rows, variant):
    return rate({r[0]: r[1] for r in rows}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "permission": ["物业", "permission"], "long_wait": ["排期", "lead time"], "failed_visit": ["白跑", "wasted trip"],
    "extra_charge": ["加钱", "extra charge"], "app_connect": ["连不上", "offline", "pairing"],
    "rcd_trip": ["跳闸", "tripping"], "grant": ["补贴", "grant"], "installer": ["师傅", "installer"],
    "dealer": ["4s店", "dealer"], "grid_wait": ["电表", "grid"], "video_survey": ["视频勘测", "video survey"],
    "tidy": ["走线", "tidy"],
}


def marker(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def check_markers():
    for topic in MARKERS:
        m = marker(topic)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} "
                    f"AND t.topic <> '{topic}'")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' "
                     f"AND NOT {m}")
        assert extra == 0 and missed == 0, (topic, extra, missed)


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}"))


def fb_top(by, cond, margin=1.5, start=None, end=None):
    rows = q(f"SELECT {by}, count(*) v FROM feedback f WHERE ({cond}) AND {by} IS NOT NULL "
             f"AND {per('f.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    if len(rows) > 1:
        clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_top_month(cond, margin=1.2):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f WHERE ({cond}) AND f.ts IS NOT NULL "
             "GROUP BY 1 ORDER BY v DESC")
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
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = (None, None)
FIRST = "e.visit_no = 1"
FAILED = "e.action = 'failed'"
FIRST_COM = "e.remote IS NULL"
SOURCES = ["dealer", "carmaker_app", "web_quote", "hotline", "social", "referral"]
CITIES = ["Shenzhen", "Shanghai", "Beijing", "Melbourne", "Oslo", "Manchester"]


def gold():
    Q1_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
        quarter(2026, 2)
    J = "request_to_handover"
    SUB = "e.remote IS NULL AND e.charger_model = 'P7'"
    CN = "o.city IN ('Shenzhen', 'Shanghai', 'Beijing')"
    FR = "avg((e.action = 'failed')::int)"
    return {
        # ---- request to handover funnel
        "ci01": lambda: conv_open(J, *Y25),
        "ci02": lambda: conv_rank(J, *Y25, "e.channel", SOURCES, lowest=True, margin=1.3),
        "ci03": lambda: conv_open(J, *Y25, "e.channel = 'carmaker_app'"),
        "ci04": lambda: biggest_loss(J, *Y25, margin=1.2),
        "ci05": lambda: conv_open(J, *H2_25, "e.city = 'Shanghai'", a=3, b=4),
        "ci06": lambda: conv_open(J, *H2_25, "e.city = 'Shenzhen'", a=3, b=4),
        # ---- online quote form
        "ci07": lambda: conv("online_quote", "2026-01-12", "2026-02-08", "e.device = 'ios'"),
        "ci08": lambda: ev_share("tp_photo_upload", "e.action = 'fail'", "2026-01-12", "2026-02-08",
                                 "e.device = 'ios'"),
        "ci09": lambda: ev_share("tp_photo_upload", "e.action = 'fail'", "2026-01-12", "2026-02-08",
                                 "e.device = 'android'"),
        # ---- survey-mode experiment and surveys
        "ci10": lambda: exp_top(exp_rates(), margin=1.1),
        "ci11": lambda: exp_rate(exp_rates(), "video_survey"),
        "ci12": lambda: exp_top(exp_fail_rates(), margin=1.25),
        "ci13": lambda: ev_share("tp_site_survey", "e.action = 'infeasible'", *Y25),
        # ---- building permission
        "ci15": lambda: ev_top("tp_pm_permission", "e.city", *H2_25, agg="avg((e.action = 'refused')::int)",
                               margin=1.6),
        "ci16": lambda: ev_share("tp_pm_permission", "e.action = 'refused'", *H2_25, "e.city = 'Shanghai'"),
        "ci18": lambda: ev_avg("tp_pm_permission", "e.days_to_decision", *Y25, "e.city = 'Shenzhen'"),
        # ---- grid
        "ci20": lambda: ev_share("tp_grid_check", "e.action = 'upgrade_required'", "2025-11-01", "2026-02-28",
                                 "e.city = 'Oslo'"),
        "ci21": lambda: ev_share("tp_grid_check", "e.action = 'upgrade_required'", "2025-05-01", "2025-08-31",
                                 "e.city = 'Oslo'"),
        "ci22": lambda: ev_top("tp_grid_check", "e.city", *Y25, agg="avg(e.days_to_grid)", margin=1.3),
        # ---- installation visits
        "ci24": lambda: ev_share("tp_install", FAILED, *Y25, FIRST),
        "ci25": lambda: ev_top("tp_install", "e.crew", *Q4_25, FIRST, agg=FR, margin=1.2),
        "ci45": lambda: ev_share("tp_install", FAILED, None, None, f"{FIRST} AND e.crew = 'VoltPro Electrical'"),
        "ci26": lambda: ev_top("tp_install", 'e."失败原因"', "2025-09-01", "2025-12-31", "e.city = 'Melbourne'",
                               margin=1.3),
        "ci27": lambda: ev_top("tp_install", "e.fail_reason", "2025-09-01", "2025-10-31", "e.city = 'Oslo'",
                               margin=2),
        "ci28": lambda: ev_top("tp_install", 'e."失败原因"', *Y25, margin=1.2),
        "ci29": lambda: ev_avg("tp_install", "e.install_hours", *Y25, "e.city = 'Shanghai' AND e.action = 'success'"),
        "ci30": lambda: ev_count("tp_install", *Y25, "e.city = 'Manchester' AND e.action = 'success'"),
        "ci31": lambda: ev_top_month("tp_install", *Y25, "e.action = 'success'", lowest=True),
        "ci32": lambda: ev_count("tp_install", "2026-02-16", "2026-02-22", "e.action = 'success'"),
        # ---- commissioning
        "ci33": lambda: ev_share("tp_commissioning", "e.action = 'fail'", *month(2026, 4), SUB),
        "ci34": lambda: ev_top("tp_commissioning", "e.charger_model", "2026-03-01", "2026-04-30",
                               "e.action = 'fail'", margin=3),
        "ci35": lambda: ev_share("tp_commissioning", "e.action = 'fail'", "2026-01-01", "2026-02-28", SUB),
        # ---- subsidies
        "ci36": lambda: ev_share("tp_subsidy_decision", "e.action = 'rejected'", *Q4_25, "e.city = 'Manchester'"),
        "ci37": lambda: ev_share("tp_subsidy_decision", "e.action = 'rejected'", *H1_26, "e.city = 'Manchester'"),
        "ci38": lambda: ev_top("tp_subsidy_decision", "e.city", *Y25, agg="avg(e.days_to_decision)", margin=1.3),
        "ci39": lambda: ev_sum("tp_subsidy_decision", "e.subsidy_local", *Y25,
                               "e.city = 'Oslo' AND e.action = 'approved'"),
        "ci40": lambda: conv_open("subsidy_claim", *Y25, "e.city = 'Shenzhen'"),
        # ---- warranty
        "ci41": lambda: ev_top("tp_warranty", 'e."故障类型"', *month(2026, 4), margin=2),
        "ci42": lambda: ev_top("tp_warranty", "e.fault_type", "2025-06-01", "2025-08-31", "e.city = 'Shenzhen'",
                               margin=2),
        "ci43": lambda: ev_count("tp_warranty", *Y25),
        "ci44": lambda: ev_share("tp_warranty", "e.action = 'remote_fix'", *H1_26),
        # ---- money
        "ci46": lambda: ord_sum(*Y25, "o.status = 'paid'"),
        "ci47": lambda: ord_top("o.city", *Y25, f"o.status = 'paid' AND {CN}", margin=1.15),
        "ci48": lambda: ord_avg(*Y25, f"{LIVE} AND o.package = 'three_phase_11kw'"),
        "ci49": lambda: ord_share("o.payer = 'carmaker'", *Y25, "1=1"),
        "ci50": lambda: ord_sum(*Y25, "o.status = 'paid' AND o.city = 'Shenzhen'", col="o.extra_cable_local"),
        "ci51": lambda: ord_growth(Q1_25, Q1_26, LIVE),
        "ci52": lambda: ord_count(*Y25, "o.cancel_reason = 'permission_refused'"),
        # ---- requests
        "ci53": lambda: ev_top("tp_lead", 'e."经销商"', *Y25, "e.city = 'Shenzhen'", margin=1.3),
        "ci54": lambda: ev_count("tp_lead", *Q1_26),
        "ci55": lambda: ev_top("tp_lead", "e.car_brand", *Y25, "e.city = 'Oslo'", margin=1.08),
        "ci56": lambda: ev_top("tp_lead", 'e."来源渠道"', *Y25, "e.city = 'Oslo'", margin=1.2),
        # ---- feedback
        "ci57": lambda: fb_count(f"{marker('permission')} AND f.city IN ('Shenzhen', 'Shanghai', 'Beijing')", *Y25),
        "ci58": lambda: fb_top("f.touchpoint_id", marker("app_connect"), margin=1.3),
        "ci59": lambda: fb_count(marker("app_connect"), *month(2026, 4)),
        "ci60": lambda: fb_avg("f.channel = 'post_install_survey'", start=Y25[0], end=Y25[1]),
        "ci61": lambda: fb_share("f.rating <= 2", "f.channel = 'post_install_survey' AND f.city = 'Shanghai'",
                                 *Q4_25),
        "ci62": lambda: nps("f.survey_wave = '2026-06'"),
        "ci63": lambda: nps("f.survey_wave = '2026-06' AND f.city = 'Melbourne'"),
        "ci64": lambda: fb_ids(marker("dealer")),
        "ci65": lambda: fb_top("f.city", marker("rcd_trip"), margin=2),
        "ci67": lambda: fb_top_month(marker("app_connect"), margin=1.4),
        # ---- relative periods
        "ci72": lambda: ev_count("tp_lead", *month(2026, 6)),
        "ci73": lambda: ev_share("tp_commissioning", "e.action = 'fail'", *month(2026, 3), SUB),
        "ci74": lambda: ev_share("tp_install", FAILED, *Q4_25, FIRST),
        "ci75": lambda: ev_count("tp_install", "2026-01-01", "2026-07-31", "e.action = 'success'"),
        "ci76": lambda: ev_count("tp_lead", "2026-03-16", "2026-03-19"),
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
