"""Gold answers for the 顶好防水 TopSeal Roofing held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (lead_to_contract 60 d, online_estimate
  30 d, delivery 90 d, warranty 30 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached
  by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer
  attribute filters the step-1 people by that attribute (customers table);
- a project = one `session_id` (PJ00123): tp_lead, tp_survey_booked, tp_site_survey, tp_quote, tp_lost or
  tp_contract, tp_cancel, tp_rain_delay, tp_dispatch, tp_completion, tp_final_payment, tp_review, tp_warranty_claim,
  tp_revisit, tp_claim_closed (claims repeat at most once). tp_price_calc (the online estimator) has no session.
  Per-project rates count projects whose first event at the named step A falls in the period (by its date) and
  look for step B in the same project at any time; project attributes (job_type / 工程类型, roof_type / 屋面类型,
  crew / crew_en, surveyor / surveyor_en, customer_type / 客户类型, lead_source, district / 区域) are read from the
  step-A event;
- quote-to-contract (签约率) = quoted projects with a tp_contract / quoted projects; survey show-up rate = booked
  projects with a tp_site_survey / booked projects (by the surveyor on the booking); warranty claim rate (报修率 /
  返修率) = completed projects (first tp_completion in the period) with a tp_warranty_claim at any later time / completed
  projects, the crew read from the completion; cancellation rate = signed projects with a tp_cancel;
- times between steps = per project, first B ts - first A ts (B after A), period by the date of A; days / hours as
  asked (fractional days from timestamps; the tolerance also covers whole calendar days);
- money = orders with status `paid`, by order ts: a project has a deposit order (定金, 30 % of the contract, ts =
  signing) and a balance order (尾款, ts = final payment); "collected / 收款 / 回款" = all paid orders; cancelled
  contracts have the deposit order `cancelled` (refunded). Contract value = `contract_amount` on tp_contract events
  (equal to `contract_value` on the orders); "signed contract value" excludes contracts later cancelled when the
  question says so;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (区域, 客户类型, 工程类型, 屋面类型, crew, surveyor, 丢单原因, 获客渠道), en ones against district_en / customer_type /
  job_type / roof_type / crew_en / surveyor_en / lost_reason / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); callback satisfaction = channel `callback` rating 1-5; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps`
  0-10, NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; rain season (雨季) = April - September.
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


def conv(journey, start, end, cond="1=1", to_step=None, from_step=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = (to_step or len(c)) - 1
        vals.append(c[k] / c[from_step - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, step, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond)[step - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


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


# ---------- per project (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of projects with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def not_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = 1 - sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond}) AND ({b_cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", agg="median", margin=1.25):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) v {_gap(a_tp, b_tp, start, end, cond, b_cond)} "
             f"GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def gap_share(a_tp, b_tp, start, end, days, cond="1=1", b_cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400 > {days})::int) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.01), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.15, lowest=False):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", expr="o.amount"):
    return _money(one(f"SELECT sum({expr}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def contracts(start, end, cond="1=1", agg="sum", expr="e.contract_amount"):
    """signed contracts (tp_contract events) in the period; cond may use e.* and the project's cancel flag x."""
    v = one(f"""SELECT {agg}({expr}) FROM events e LEFT JOIN (SELECT DISTINCT session_id, 1 AS x FROM events
                WHERE touchpoint_id = 'tp_cancel') k USING (session_id)
                WHERE e.touchpoint_id = 'tp_contract' AND {_in('e.ts', start, end)} AND ({cond})""")
    return _money(v)


def top_contracts(by, start, end, cond="1=1", agg="avg", expr="e.contract_amount", margin=1.15):
    rows = q(f"""SELECT {by}, {agg}({expr}) v FROM events e WHERE e.touchpoint_id = 'tp_contract'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


def fb_avg(cond, col="f.rating", tol=0.02):
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-06-30")
(CALC, LEAD, BOOKED, SURVEY, QUOTE, LOST, CONTRACT, CANCEL, RAIN, DISPATCH, DONE, FINAL, REVIEW, CLAIM, REVISIT,
 CLOSED) = ("tp_price_calc", "tp_lead", "tp_survey_booked", "tp_site_survey", "tp_quote", "tp_lost", "tp_contract",
            "tp_cancel", "tp_rain_delay", "tp_dispatch", "tp_completion", "tp_final_payment", "tp_review",
            "tp_warranty_claim", "tp_revisit", "tp_claim_closed")
LEAK_T = _like("f.text", ["又开始漏水", "又渗水", "还是漏", "leaking again", "seeping in again", "still leaking"])
DELAY_T = _like("f.text", ["下雨不能施工", "一拖再拖", "迟迟不进场", "postponing because of the rain",
                           "slipped again and again", "crew still didn't show up"])
PRICE_T = _like("f.text", ["报价太贵", "贵了一大截", "乱加项目", "too expensive", "pricier than other",
                           "padded the quote"])
SLOW_T = _like("f.text", ["没人上门", "好几次电话", "nobody came for days", "call several times"])
MESS_T = _like("f.text", ["施工垃圾", "弄得很脏", "construction rubbish", "left filthy"])
NOSHOW_T = _like("f.text", ["放鸽子", "勘查员也没来", "surveyor stood us up", "surveyor never came"])
PRO_T = _like("f.text", ["勘查很仔细", "师傅很专业", "very thorough", "very professional"])
FIXED_T = _like("f.text", ["一点都不漏", "终于解决", "not a single drip", "finally fixed"])
FAST_T = _like("f.text", ["当天就上门", "响应很快", "same day i called", "quick response"])
TIDY_T = _like("f.text", ["收拾得很干净", "cleaned up everything"])
TOPICS = {"leak_again": LEAK_T, "rain_delay": DELAY_T, "expensive": PRICE_T, "slow_response": SLOW_T, "mess": MESS_T,
          "no_show": NOSHOW_T, "professional": PRO_T, "fixed": FIXED_T, "fast": FAST_T, "tidy": TIDY_T}


def top_share(tp, num, by, start, end, cond="1=1", margin=1.5):
    """the group with the highest share of `tp` events matching `num`."""
    rows = q(f"SELECT {by}, avg(({num})::int) v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def contracts_avg(start, end, cond="1=1"):
    """average contract value of contracts signed in the period; the tolerance also covers leaving out the ones
    cancelled later."""
    a = contracts(start, end, cond, agg="avg")["value"]
    b = contracts(start, end, f"({cond}) AND k.x IS NULL", agg="avg")["value"]
    return dict(value=a, tolerance=round(max(a * 0.002, abs(a - b) + a * 0.002), 2))


MAY_JUN_26 = ("2026-05-01", "2026-06-30")
SINCE_NOV25 = ("2025-11-01", "2026-06-30")
MAY_DEC_25 = ("2025-05-01", "2025-12-31")
PM = "c.customer_type = 'property_manager'"
A_PM = "a.customer_type = 'property_manager'"


def gold():
    return {
        # ---- funnels / conversion / drop-off
        "rf01": lambda: conv("lead_to_contract", *Y25),
        "rf02": lambda: rank_conv("lead_to_contract", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "rf03": lambda: conv("lead_to_contract", *Y25, cond="c.acquisition_channel = 'referral'"),
        "rf04": lambda: top_lost("lead_to_contract", *Y25),
        "rf05": lambda: conv("delivery", *H2_25),
        "rf06": lambda: conv("online_estimate", *H1_26),
        "rf07": lambda: conv("lead_to_contract", *Y25, cond=PM),
        "rf08": lambda: conv("lead_to_contract", *Y25, cond="c.customer_type = 'homeowner'"),
        "rf09": lambda: funnel_count("lead_to_contract", *Y25, step=3),
        # ---- survey show-up, quote to contract, lost deals
        "rf10": lambda: rank_rate(BOOKED, SURVEY, *SINCE_NOV25, by="a.surveyor_en", lowest=True, margin=1.3),
        "rf11": lambda: rate(BOOKED, SURVEY, *SINCE_NOV25, "a.surveyor_id = 'SV03'"),
        "rf12": lambda: not_rate(BOOKED, SURVEY, *Y25),
        "rf13": lambda: rate(QUOTE, CONTRACT, *Y25),
        "rf14": lambda: rank_rate(QUOTE, CONTRACT, *Y25, by='a."客户类型"', margin=1.2),
        "rf15": lambda: rank_rate(QUOTE, CONTRACT, *Y25, by="a.job_type", lowest=True, margin=1.15),
        "rf16": lambda: rate(QUOTE, CONTRACT, *Y25, "a.job_type = 'leak_repair'"),
        "rf17": lambda: top_events(LOST, 'e."丢单原因"', *Y25, margin=2.0),
        "rf18": lambda: events_at(LOST, *Q3_25, "e.lost_reason = 'competitor'"),
        "rf19": lambda: top_events(LOST, "e.lost_reason", *ALL, "e.customer_type = 'property_manager'", margin=1.5),
        # ---- times between steps
        "rf20": lambda: step_time(CONTRACT, DISPATCH, *MAY_JUN_26),
        "rf21": lambda: step_time(CONTRACT, DISPATCH, "2025-11-01", "2025-12-31"),
        "rf22": lambda: gap_share(CONTRACT, DISPATCH, *MAY_JUN_26, 7),
        "rf23": lambda: step_time(SURVEY, QUOTE, "2026-03-01", "2026-06-30", unit="hours"),
        "rf24": lambda: step_time(SURVEY, QUOTE, *Y25, unit="hours"),
        "rf25": lambda: step_time(DONE, FINAL, *Y25, A_PM),
        "rf26": lambda: step_time(DONE, FINAL, *Y25, "a.customer_type = 'homeowner'"),
        "rf27": lambda: step_time(QUOTE, CONTRACT, *Y25, A_PM),
        "rf28": lambda: step_time(CLAIM, REVISIT, *MAY_JUN_26, agg="avg"),
        "rf29": lambda: step_time(CLAIM, REVISIT, *H2_25, agg="avg"),
        "rf30": lambda: step_time(DISPATCH, DONE, *Y25, "a.job_type = 'full_reroof'", agg="avg"),
        # ---- warranty / quality
        "rf31": lambda: rank_rate(DONE, CLAIM, *MAY_DEC_25, by="a.crew_en", margin=2.0),
        "rf32": lambda: rate(DONE, CLAIM, *MAY_DEC_25, "a.crew_id = 'CR05'"),
        "rf33": lambda: rate(DONE, CLAIM, *Y25, "a.job_type = 'leak_repair'"),
        "rf34": lambda: rate(DONE, CLAIM, *Y25, "a.job_type = 'full_reroof'"),
        "rf35": lambda: rank_rate(DONE, CLAIM, *Y25, by='a."屋面类型"', margin=1.25),
        "rf36": lambda: events_at(CLAIM, *month(2026, 6)),
        "rf37": lambda: top_share(DONE, "e.first_water_test = 'fail'", "e.crew", *Y25, margin=2.0),
        # ---- money
        "rf38": lambda: orders(*Y25),
        "rf39": lambda: orders(*Q1_26, "o.order_type = 'deposit'"),
        "rf40": lambda: contracts(*Y25, "k.x IS NULL"),
        "rf41": lambda: contracts_avg(*Y25, "e.customer_type = 'property_manager'"),
        "rf42": lambda: orders_change(Q2_25, Q2_26),
        "rf43": lambda: events_agg(QUOTE, "e.unit_price", *Y25, "e.job_type = 'full_reroof'"),
        "rf44": lambda: rate(CONTRACT, CANCEL, *MAY_JUN_26),
        "rf45": lambda: orders(*Q1_26),
        # ---- volumes / customers
        "rf46": lambda: events_at(LEAD, "2025-09-22", "2025-09-28"),
        "rf47": lambda: events_change(LEAD, H1_25, H1_26),
        "rf48": lambda: events_at(LEAD, *Y25, "e.urgency = 'emergency'"),
        "rf49": lambda: top_events(LEAD, "e.district_en", *Y25, margin=1.15),
        "rf50": lambda: customers_share(PM),
        "rf51": lambda: top_customers('c."获客渠道"', _in("c.signup_at", *Y25), margin=1.15),
        "rf52": lambda: events_at(RAIN, *month(2026, 6)),
        # ---- feedback
        "rf55": lambda: fb_topic_count(LEAK_T),
        "rf56": lambda: top_fb_count("f.crew_en", LEAK_T, margin=2.0),
        "rf57": lambda: fb_topic_count(DELAY_T, period=_in("f.ts", *month(2026, 6))),
        "rf58": lambda: fb_topic_count(PRICE_T),
        "rf59": lambda: fb_topic_count(PRO_T),
        "rf60": lambda: top_fb_count("f.surveyor", NOSHOW_T, margin=2.0),
        "rf61": lambda: fb_avg(f"f.channel = 'callback' AND {_in('f.ts', *Y25)}"),
        "rf62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.4),
        "rf63": lambda: nps_score(_in("f.ts", *H1_26)),
        "rf64": lambda: fb_ratio("f.rating <= 2", "f.channel = 'dianping_review'"),
        "rf65": lambda: feedback_ids(f"{SLOW_T} AND {_in('f.ts', *MAY_JUN_26)}"),
        "rf80": lambda: fb_avg(f"f.channel = 'callback' AND f.crew_id = 'CR05' AND {_in('f.ts', *Y25)}", tol=0.03),
    }


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in TOPICS.items():
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
