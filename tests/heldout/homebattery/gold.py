"""Gold answers for the 驿能家储 EverNest home-battery held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 60 d, delivery 120 d, repair 7 d);
  rates are per customer (people); the tolerance covers both readings (later steps allowed after the period end, or
  not), except for the delivery journey (its questions say the window / that later steps count: later steps count). "After which step do we lose the most" = the step whose next step is not reached by the most people (the loss
  between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by
  that attribute (customers.csv, state at the end of the data);
- a project = one `session_id` PJ00012: tp_survey_book, tp_site_survey, tp_quote, tp_deposit, tp_grid_apply
  (+ resubmissions), tp_grid_approved, tp_cancel, tp_install, tp_acceptance (a failed first inspection is followed by
  a passed re-inspection), tp_balance, tp_app_bind. A service ticket = `session_id` TK00012: tp_service_ticket,
  tp_maint_visit (repair visits), tp_ticket_closed. tp_lead, tp_phone_consult, tp_app_open, tp_app_alert and
  tp_expansion carry no session; annual inspections (tp_maint_visit, visit_type annual) and tp_maint_plan carry the
  plan id MP00012. Per-project rates count projects whose first event at the named step A falls in the period (by
  its timestamp) and look for step B in the same project at any time; project attributes (city / 城市, install_team /
  安装队, install_location) are read from the step-A event, customer attributes (house_type, has_ev ...) from customers;
- first-time acceptance pass rate = projects whose first tp_acceptance (in the period) has action `pass` / projects with
  a first tp_acceptance in the period;
- times between steps = per project / ticket, first B ts - first A ts (B after A), period by the timestamp of A; lead to
  first phone consult = per customer (one lead each), first tp_phone_consult after the lead; days / hours as asked;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts: deposits + balances
  + meter-box upgrades + maintenance plans + expansion modules. Government subsidies are paid to the homeowner and are
  not revenue; subsidy questions read subsidy_amount / subsidy_status of the balance orders. Refunded deposits =
  orders with status `refunded` by `refunded_at`. Spend per paying customer = paid amount / customers with >= 1 paid
  order in the period. Systems sold = balance orders paid (one per system), capacity from their capacity_kwh;
- customers: segment as stored at the end of the data (owner = system installed and accepted, incl. the 650 systems
  installed before 2025); leads of a period = customers by signup_at (= their tp_lead event);
- zh top entities are checked against the Chinese twins (城市, 安装队, 告警类型, 安装位置, 房屋类型, 获客渠道), en ones
  against the English values / touchpoint_id; models (EN-10) are the same in both;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app-store reviews = channel `app_review` (rated 1-5, `device` = the reviewer's phone);
  surveys = channel `survey` (survey_type post_install 安装回访 / post_service 维修回访, rated 1-5 and NPS 0-10);
  installer visit notes = channel `installer_note`; rating by step = feedback.touchpoint_id over rows with a rating;
  negative = 1-2 stars when the question says so; NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, unbounded_only=False):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (project / ticket) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp`."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.2, lowest=False):
    rows = [r for r in sess_rate(a_tp, b_tp, start, end, cond, by=by) if r[2] >= min_n]
    if lowest:
        rows = rows[::-1]
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def first_share(tp, num, start, end, cond="1=1", by=None):
    """share of sessions whose first `tp` event (in the period) satisfies num."""
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg(({num})::int) r, count(*) n FROM {_first(tp)} a
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r' if by else ''}""")


def first_pass(start, end, cond="1=1"):
    return dict(value=round(first_share("tp_acceptance", "a.action = 'pass'", start, end, cond)[0][0], 4),
                tolerance=0.01)


def worst_first_pass(by, start, end, margin=1.3, min_n=20):
    rows = [r for r in first_share("tp_acceptance", "a.action = 'pass'", start, end, by=by) if r[2] >= min_n]
    assert rows[1][1] > rows[0][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_gap(a_tp, b_tp, start, end, by, agg="median", margin=1.3, min_n=3):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) v, count(*) n {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def lead_to_consult(start, end, agg="median"):
    """hours from each customer's lead (in the period) to their first phone consult after it."""
    v = one(f"""SELECT {agg}(epoch(b.t - a.ts) / 3600) FROM events a JOIN
                (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_phone_consult' GROUP BY 1) b
                USING (customer_id)
                WHERE a.touchpoint_id = 'tp_lead' AND b.t > a.ts AND {_in('a.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", col="o.amount", date="o.ts"):
    return _money(one(f"SELECT sum({col}) FROM orders o LEFT JOIN customers c USING (customer_id) "
                      f"WHERE o.status = '{status}' AND {_in(date, start, end)} AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_avg(col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM orders o LEFT JOIN customers c USING (customer_id) "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM orders o WHERE {cond}"), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
SUMMER_25 = ("2025-07-01", "2025-08-31")
WINTER = ("2025-11-01", "2026-02-28")
MAR_APR_26 = ("2026-03-01", "2026-04-30")
CRASH_WIN = ("2026-04-08", "2026-05-19")
ALL = ("2025-01-01", "2026-06-30")
(LEAD, CONSULT, BOOK, SURVEY, QUOTE, DEPOSIT, GRID_APPLY, GRID_OK, CANCEL, INSTALL, ACCEPT, BALANCE, APP_BIND, APP_OPEN,
 ALERT, TICKET, CLOSED, VISIT, PLAN, EXPANSION) = (
    "tp_lead", "tp_phone_consult", "tp_survey_book", "tp_site_survey", "tp_quote", "tp_deposit", "tp_grid_apply",
    "tp_grid_approved", "tp_cancel", "tp_install", "tp_acceptance", "tp_balance", "tp_app_bind", "tp_app_open",
    "tp_app_alert", "tp_service_ticket", "tp_ticket_closed", "tp_maint_visit", "tp_maint_plan", "tp_expansion")
APP = "f.channel = 'app_review'"
SURVEYS = "f.channel = 'survey'"
GRID_T = _like("f.text", ["并网", "grid approval", "grid connection permit", "grid permit"])
MESSY_T = _like("f.text", ["走线", "cabling"])
PRO_T = _like("f.text", ["专业", "professional"])
HOT_T = _like("f.text", ["过温", "发烫", "overheat", "over-temperature"])
OFFLINE_T = _like("f.text", ["离线", "通讯中断", "offline"])
CRASH_T = _like("f.text", ["闪退", "crash"])
NOISE_T = _like("f.text", ["噪音", "嗡嗡", "fan noise", "hums"])
SLOW_T = _like("f.text", ["报修", "technician"])
SUB_T = _like("f.text", ["补贴", "subsidy"])
PRICE_T = _like("f.text", ["价格比别家", "报价偏高", "higher than other installers", "expensive"])
FAST_T = _like("f.text", ["回电很快", "十分钟就有顾问", "called back within minutes"])
BACKUP_T = _like("f.text", ["停电", "power went out", "blackout"])
TOPICS = ((GRID_T, "grid_wait"), (MESSY_T, "messy"), (PRO_T, "pro_install"), (HOT_T, "overheat"),
          (OFFLINE_T, "offline"), (CRASH_T, "app_crash"), (NOISE_T, "noise"), (SLOW_T, "slow_repair"),
          (SUB_T, "subsidy"), (PRICE_T, "price"), (FAST_T, "fast_consult"), (BACKUP_T, "backup"))


def gold():
    return {
        # ---- funnels / conversion
        "hb01": lambda: conv("sales", *Y25),
        "hb02": lambda: top_lost("sales", *Q3_25, margin=1.3),
        "hb03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "hb04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'referral'"),
        "hb05": lambda: conv("sales", *H2_25, cond="c.\"获客渠道\" = '抖音'"),
        "hb06": lambda: conv("delivery", *H1_25, unbounded_only=True),
        "hb07": lambda: top_lost("delivery", *WINTER, margin=1.3, unbounded_only=True),
        "hb08": lambda: conv("repair", *MAR_APR_26),
        "hb09": lambda: rank_rate(QUOTE, DEPOSIT, *Q4_25, by="a.city", margin=1.2),
        "hb10": lambda: rate(QUOTE, DEPOSIT, *Q4_25, "a.city = 'Suzhou'"),
        "hb11": lambda: rate(SURVEY, DEPOSIT, *Y25, "c.house_type = 'rural_selfbuilt'"),
        "hb12": lambda: rank_rate(SURVEY, DEPOSIT, *Y25, by="c.house_type", lowest=True, margin=1.3),
        "hb13": lambda: events_share(SURVEY, "e.meter_box_upgrade", *Y25),
        "hb14": lambda: first_pass(*Y25),
        "hb15": lambda: worst_first_pass('a."安装队"', *Y25),
        "hb16": lambda: first_pass(*Y25, "a.install_team = 'HZ-2'"),
        "hb17": lambda: events_share(APP_OPEN, "e.action = 'crash'", *month(2026, 4), "e.device = 'android'"),
        "hb18": lambda: top_events(ALERT, 'e."告警类型"', *MAR_APR_26, margin=3),
        "hb19": lambda: events_share(ALERT, "e.install_location = 'outdoor'", *SUMMER_25, "e.alert_type = 'over_temp'"),
        "hb20": lambda: top_events(ALERT, "e.install_location", *SUMMER_25, "e.alert_type = 'over_temp'", margin=3),
        # ---- times between steps
        "hb21": lambda: step_time(GRID_APPLY, GRID_OK, *WINTER, "a.city = 'Ningbo'"),
        "hb22": lambda: step_time(GRID_APPLY, GRID_OK, *WINTER, "a.city <> 'Ningbo'"),
        "hb23": lambda: top_gap(GRID_APPLY, GRID_OK, *Q1_26, by="a.city", margin=2.0, min_n=5),
        "hb24": lambda: step_time(DEPOSIT, INSTALL, *Y25, agg="avg"),
        "hb25": lambda: lead_to_consult("2026-02-10", "2026-02-24"),
        "hb26": lambda: lead_to_consult(*month(2025, 10)),
        "hb27": lambda: step_time(TICKET, VISIT, *H1_26, "a.city = 'Wuxi'", unit="hours"),
        "hb28": lambda: top_gap(TICKET, VISIT, *H1_26, by='a."城市"', margin=1.8, min_n=10),
        # ---- money
        "hb29": lambda: orders(*Y25),
        "hb30": lambda: orders(*Q1_26),
        "hb31": lambda: orders(*Q4_25),
        "hb32": lambda: orders_change(H1_25, H1_26),
        "hb33": lambda: orders(*WINTER, status="refunded", date="o.refunded_at"),
        "hb34": lambda: top_orders('o."城市"', *Y25, margin=1.1),
        "hb35": lambda: orders_avg("o.capacity_kwh", *Y25, "o.order_type = 'balance'"),
        "hb36": lambda: orders_avg("o.capacity_kwh", *Y25, "o.order_type = 'balance' AND c.has_ev"),
        "hb37": lambda: top_orders("o.model", *Y25, "o.order_type = 'balance'", margin=1.3, agg="count(*)"),
        "hb38": lambda: orders(*Q4_25, "o.subsidy_program = 'suzhou_2025' AND o.subsidy_status = 'granted'",
                               col="o.subsidy_amount"),
        "hb39": lambda: orders_share("o.subsidy_status = 'rejected'", "o.subsidy_program = 'jiaxing'"),
        "hb40": lambda: orders(*Y25, "o.order_type = 'maintenance_plan'"),
        "hb41": lambda: per_customer(*Y25),
        # ---- volumes / trends
        "hb42": lambda: events_at(SURVEY, "2025-07-14", "2025-07-20"),
        "hb43": lambda: events_at(LEAD, *month(2026, 5)),
        "hb46": lambda: events_change(DEPOSIT, Q3_25, Q4_25),
        "hb47": lambda: events_at(INSTALL, *H1_26),
        "hb48": lambda: events_at(ALERT, *month(2026, 3), "e.alert_type = 'offline'"),
        "hb49": lambda: events_at(ALERT, *month(2026, 1), "e.alert_type = 'offline'"),
        # ---- customers
        "hb50": lambda: customers_count("c.segment = 'owner'"),
        "hb51": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *Y25), margin=1.2),
        # ---- feedback
        "hb52": lambda: fb_topic_count(GRID_T),
        "hb53": lambda: top_fb_count("f.city", GRID_T, margin=3),
        "hb54": lambda: fb_topic_count(CRASH_T),
        "hb55": lambda: fb_avg(f"{APP} AND f.device = 'android' AND {_in('f.ts', *CRASH_WIN)}", tol=0.05),
        "hb56": lambda: fb_avg(f"{APP} AND f.device = 'ios' AND {_in('f.ts', *CRASH_WIN)}", tol=0.05),
        "hb57": lambda: top_fb_count('f."安装队"', MESSY_T, margin=2),
        "hb58": lambda: fb_ratio("f.rating <= 2", f"{SURVEYS} AND f.survey_type = 'post_install' AND "
                                                  f"{_in('f.ts', *Y25)}"),
        "hb59": lambda: nps_score(f"{SURVEYS} AND {_in('f.ts', *H1_26)}"),
        "hb60": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "hb61": lambda: fb_topic_count(f"f.channel = 'installer_note' AND {NOISE_T}"),
        "hb62": lambda: feedback_ids(f"{HOT_T} AND {_in('f.ts', *SUMMER_25)}"),
        "hb63": lambda: top_fb_count('f."城市"', PRO_T, margin=1.5),
        "hb64": lambda: fb_topic_count(SUB_T),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
