"""Gold answers for the 晴岚光伏 SunHaven Solar held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 60 d, finance 30 d, delivery 120 d,
  app 14 d, service 30 d); rates are per customer (people, "users" = customers); the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer
  attribute filters the step-1 people by that attribute (customers.segment);
- per-case rates use `session_id`: a deal D… (lead .. grid connection, complaints about it), an app onboarding A…
  (invite .. first report), a service ticket T… (alert .. resolved), a cleaning K…. They count cases whose first
  step-A event falls in the period and look for step B in the same case at any time (or within the stated number
  of days); attributes (city, country, device, installer team) come from the step-A event, segment from customers;
- finance approval rate = approved / (approved + declined) decisions dated in the period, by the decision event's
  `finance_provider`; reschedule rate = deals with an install day in the period that had >= 1 tp_install_reschedule;
  install-to-grid time = days from tp_install_day to tp_grid_connect of the same deal, period by the connection date;
  alerts per installed system = tp_output_alert events (extract) / customers with a system live by 2026-06-30, by
  inverter brand (the alert carries it, customers.inverter_brand for the denominator);
- money = orders with status `paid` by order ts, always in one currency (CNY for China, AUD for Australia; never
  added across currencies); refunded deposits = status `refunded`; spend per paying customer = paid amount /
  customers with >= 1 paid order in the period;
- customer attributes as stored; zh top entities use the Chinese twins where the table has one (城市, 客户类型, 安装队),
  en ones the English values;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating by touchpoint = feedback.touchpoint_id over rows with a rating; negative = 1-2
  stars; NPS = channel `nps_survey`, NPS score = share 9-10 minus share 0-6 (as a fraction);
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


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


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


def conv(journey, start, end, cond="1=1", upto=None, frm=1, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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


def top_droprate(journey, start, end, margin=1.3):
    """the step with the highest drop-off rate (reached k, not k+1) / reached k; unbounded reading."""
    steps, _ = _steps(journey)
    c = funnel(journey, start, end)
    rates = [(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(c) - 1)]
    rates.sort(key=lambda r: -r[1])
    _assert_margin(rates, margin)
    return dict(top_entity=rates[0][0])


# ---------- per case (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None, lowest=False, days=None):
    """share of cases with a first `a_tp` in the period that have a `b_tp` (within `days` of it if given)."""
    sel = f"{by}, " if by else ""
    win = f"AND b.ts > a.t AND b.ts <= a.t + INTERVAL {days} DAY" if days else ""
    sql = f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                                       AND b.touchpoint_id = '{b_tp}' {win}))::int) r, count(*) n
              FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}" if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", days=None):
    return _rate(sess_rate(a_tp, b_tp, start, end, cond, days=days)[0][0])


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, lowest=lowest)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    """pairs (first a_tp, first b_tp) of a case, period by the b_tp date."""
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('b.t', start, end)} AND ({cond})"""


def _gap_a(a_tp, b_tp, start, end, cond):
    """pairs (first a_tp, first b_tp) of a case, period by the a_tp date."""
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, cond="1=1", agg="avg", by_a=False):
    g = (_gap_a if by_a else _gap)(a_tp, b_tp, start, end, cond)
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {g}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {g}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_days(a_tp, b_tp, start, end, by, margin=1.3):
    rows = q(f"SELECT {by}, avg(epoch(b.t - a.t) / 86400.0) d {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY d DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share_of(tps_num, tps_den, start, end, cond="1=1"):
    num = ", ".join(f"'{t}'" for t in tps_num)
    den = ", ".join(f"'{t}'" for t in tps_den)
    v = one(f"SELECT avg((touchpoint_id IN ({num}))::int) FROM events e WHERE touchpoint_id IN ({den}) "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return _rate(v)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def fin_approval(start, end, cond="1=1"):
    v = one(f"SELECT avg((touchpoint_id = 'tp_finance_approved')::int) FROM events e "
            f"WHERE touchpoint_id IN ('tp_finance_approved', 'tp_finance_declined') AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return _rate(v)


def top_fin_approval(start, end, lowest=True, margin=1.25):
    rows = q(f"SELECT finance_provider, avg((touchpoint_id = 'tp_finance_approved')::int) r FROM events e "
             f"WHERE touchpoint_id IN ('tp_finance_approved', 'tp_finance_declined') AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def alert_share(method, start, end):
    """share of customers whose deal (surveyed by `method`) was grid-connected in the period with >= 1 alert."""
    v = one(f"""WITH d AS (SELECT customer_id, session_id, min(ts) FILTER (WHERE touchpoint_id = 'tp_grid_connect') g,
                                  max(survey_method) m FROM events WHERE session_id LIKE 'D%' GROUP BY 1, 2)
                SELECT avg((EXISTS (SELECT 1 FROM events a WHERE a.customer_id = d.customer_id
                                    AND a.touchpoint_id = 'tp_output_alert' AND a.ts > d.g))::int)
                FROM d WHERE d.m = '{method}' AND {_in('d.g', start, end)}""")
    return _rate(v)


def top_alerts_per_system(margin=1.2):
    rows = q("""WITH a AS (SELECT inverter_brand b, count(*) n FROM events WHERE touchpoint_id = 'tp_output_alert'
                           GROUP BY 1),
                     s AS (SELECT inverter_brand b, count(*) n FROM customers
                           WHERE system_live_date IS NOT NULL AND system_live_date <= DATE '2026-06-30' GROUP BY 1)
                SELECT a.b, a.n / s.n r FROM a JOIN s USING (b) ORDER BY r DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND truth.topics <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q3_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2026, 1), quarter(2026, 2)
MAR26, FEB26 = month(2026, 3), month(2026, 2)
(LEAD, BOOKED, ONSITE, DRONE, QUOTE, FIN_APPLY, CONTRACT, CANCEL, PERMIT, PERMIT_REJ, PERMIT_OK, RESCHED, INSTALL,
 INSPECT, CONNECT, REGISTER, BIND, ALERT, TICKET) = (
    "tp_lead", "tp_survey_booked", "tp_survey_onsite", "tp_survey_drone", "tp_quote", "tp_finance_apply",
    "tp_contract", "tp_contract_cancel", "tp_permit_submit", "tp_permit_rejected", "tp_permit_approved",
    "tp_install_reschedule", "tp_install_day", "tp_grid_inspect", "tp_grid_connect", "tp_app_register",
    "tp_inverter_bind", "tp_output_alert", "tp_service_ticket")
GRID_T = _like("f.text", ["还没并网", "并网等太久", "still not connected", "still waiting for grid connection",
                          "grid connection is taking forever"])
LOW_T = _like("f.text", ["发电量比报价", "发电量比承诺", "发电量一直偏低", "below what the quote promised",
                         "lower than quoted", "under the estimate"])
BIND_T = _like("f.text", ["绑定不了逆变器", "绑定失败", "绑不上逆变器", "won't pair with the inverter",
                          "pairing the inverter", "cannot pair inverter"])
RESCHED_T = _like("f.text", ["一改再改", "安装改期", "又改期", "rescheduled twice", "moved my installation day",
                             "install got pushed back"])
LEAK_T = _like("f.text", ["屋顶漏水", "roof started leaking", "roof leaks"])
FIN_T = _like("f.text", ["没批下来", "贷款被拒", "分期申请没通过", "application was declined", "loan got declined",
                         "declined my solar loan"])
PRICE_T = _like("f.text", ["报价太贵", "报价偏高", "价格太贵", "quote is too expensive", "price is too high",
                           "way above the other"])
PRO_T = _like("f.text", ["很专业", "专业又准时", "professional"])
SAV_T = _like("f.text", ["电费省了", "电费少了", "bill dropped", "savings on the electricity bill", "bill is down"])
TOPICS = ((GRID_T, "grid_delay"), (LOW_T, "low_output"), (BIND_T, "app_bind"), (RESCHED_T, "install_resched"),
          (LEAK_T, "roof_leak"), (FIN_T, "finance_decline"), (PRICE_T, "quote_price"), (PRO_T, "pro_install"),
          (SAV_T, "savings"))
SURVEY = "f.channel = 'install_survey'"
NPS = "f.channel = 'nps_survey'"
CNY, AUD = "o.currency = 'CNY'", "o.currency = 'AUD'"


def gold():
    return {
        # ---- journeys (per customer)
        "sp01": lambda: conv("sales", *Y25),
        "sp02": lambda: top_lost("sales", *Y25),
        "sp03": lambda: conv("sales", *H1_26, cond="c.segment = 'landlord'"),
        "sp04": lambda: conv("sales", *H1_26, cond="c.segment = 'owner_occupier'"),
        "sp05": lambda: rank_rate(QUOTE, CONTRACT, *Y25, by='c."客户类型"', lowest=True, margin=1.8),
        "sp06": lambda: conv("delivery", *Q3_25, unbounded_only=True),
        "sp07": lambda: conv("app", *MAR26, unbounded_only=True),
        "sp08": lambda: conv("app", *FEB26, unbounded_only=True),
        "sp09": lambda: top_droprate("app", *MAR26),
        "sp10": lambda: rate(REGISTER, BIND, *MAR26, "a.device = 'android'", days=14),
        "sp11": lambda: rate(REGISTER, BIND, *MAR26, "a.device = 'ios'", days=14),
        "sp13": lambda: conv("service", *Y25),
        "sp14": lambda: conv("finance", *Y25),
        # ---- per-case rates and times
        "sp15": lambda: top_fin_approval(*H1_26),
        "sp16": lambda: fin_approval(*Y25, "e.finance_provider = 'SunLend'"),
        "sp17": lambda: fin_approval(*H1_26, "e.finance_provider = 'SunLend'"),
        "sp18": lambda: top_events_count("tp_finance_declined", "e.decline_reason", *H1_26,
                                         "e.finance_provider = 'SunLend'", margin=2.0),
        "sp19": lambda: alert_share("drone", *Y25),
        "sp20": lambda: alert_share("onsite", *Y25),
        "sp21": lambda: top_alerts_per_system(margin=1.3),
        "sp22": lambda: rank_rate(INSTALL, RESCHED, *Y25, by='a."安装队"', margin=1.5),
        "sp23": lambda: rate(INSTALL, RESCHED, *Y25, "a.installer_team = 'RoofRight Installs'"),
        "sp24": lambda: top_events_count(RESCHED, "e.reschedule_reason", *Y25,
                                         "e.installer_team = 'RoofRight Installs'", margin=2.0),
        "sp25": lambda: step_days(INSTALL, CONNECT, *Q2_26, "a.city = 'suzhou'"),
        "sp26": lambda: step_days(INSTALL, CONNECT, *Y25, "a.city = 'suzhou'"),
        "sp27": lambda: top_step_days(INSTALL, CONNECT, *H1_26, by="a.city", margin=1.8),
        "sp28": lambda: rate(PERMIT, PERMIT_REJ, *Y25),
        "sp29": lambda: step_days(PERMIT, PERMIT_OK, *Y25, "a.country = 'AU'", agg="median", by_a=True),
        "sp30": lambda: rate(CONTRACT, CANCEL, *Y25),
        # ---- money
        "sp31": lambda: orders(*Y25, AUD),
        "sp32": lambda: orders(*Q1_26, CNY),
        "sp33": lambda: rank_rate(LEAD, BOOKED, *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "sp34": lambda: orders(*Y25, f"{CNY} AND o.order_type = 'deposit'", status="refunded"),
        "sp35": lambda: orders_avg(*Y25, f"{AUD} AND o.order_type = 'deposit'"),
        "sp36": lambda: orders_change(H1_25, H2_25, CNY),
        "sp37": lambda: orders(*ALL, f"{AUD} AND o.order_type = 'cleaning'"),
        "sp38": lambda: orders_count(*Y25, "o.order_type = 'om_plan'"),
        "sp39": lambda: per_customer(*Y25, AUD),
        "sp40": lambda: orders(*Y25, f"{CNY} AND o.order_type = 'balance' AND o.payment_method IN "
                                     "('RCB Solar Loan', 'GreenSource Instalments')"),
        # ---- volumes / trends
        "sp41": lambda: events_at(LEAD, *month(2025, 10)),
        "sp42": lambda: events_at(DRONE, *Q1_26),
        "sp43": lambda: events_at(INSTALL, "2026-03-09", "2026-03-15"),
        "sp44": lambda: events_at(CONNECT, *month(2025, 12), "e.country = 'CN'"),
        "sp45": lambda: events_change(LEAD, Q1_25, Q1_26),
        "sp46": lambda: events_share_of([DRONE], [DRONE, ONSITE], *Y25),
        "sp47": lambda: events_share_of([DRONE], [DRONE, ONSITE], *H1_26, "e.country = 'AU'"),
        "sp48": lambda: events_at(ALERT, *Y25),
        "sp49": lambda: events_at(TICKET, *month(2026, 6)),
        # ---- customers
        "sp50": lambda: customers_count("c.country = 'AU'"),
        "sp51": lambda: customers_share("c.acquisition_channel = 'paid_ads'", "c.signup_at >= DATE '2025-01-01'"),
        "sp52": lambda: customers_count("c.region = 'foshan' AND c.segment = 'rural_home'"),
        "sp53": lambda: customers_count(f"c.tier = 'solar_plus_battery' AND {_in('c.signup_at', *Y25)}"),
        # ---- feedback
        "sp54": lambda: fb_topic_count(GRID_T),
        "sp55": lambda: fb_topic_count(GRID_T, _in("f.ts", *month(2026, 6))),
        "sp56": lambda: top_fb_count('f."城市"', GRID_T, margin=3.0),
        "sp57": lambda: feedback_ids(f"{BIND_T} AND {_in('f.ts', *MAR26)}"),
        "sp58": lambda: fb_topic_count(LOW_T),
        "sp59": lambda: top_fb_count("f.installer_team", RESCHED_T, margin=2.0),
        "sp60": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "sp61": lambda: nps_score(f"{NPS} AND {_in('f.ts', *Y25)}"),
        "sp62": lambda: nps_score(f"{NPS} AND f.country = 'AU' AND {_in('f.ts', *Y25)}"),
        "sp63": lambda: fb_avg(f"{SURVEY} AND f.installer_team = 'RoofRight Installs' AND {_in('f.ts', *Y25)}"),
        "sp64": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "sp65": lambda: fb_topic_count(LEAK_T),
        "sp66": lambda: fb_topic_count(FIN_T),
        "sp67": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "sp68": lambda: fb_topic_count(PRICE_T, _in("f.ts", *H1_26)),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
