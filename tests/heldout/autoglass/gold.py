"""Gold answers for the 晶途车玻 ClearRoute Auto Glass held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k with an event at step k's touchpoint
  (any action) after reaching step k-1, within the journey window from their first step-1 event in the period
  (retail_quote 7 d, insurance_claim 14 d, service_visit 3 d, adas_calibration 3 d, aftercare 90 d). The tolerance
  covers both readings (later steps may fall after the period end, or not) unless the question says later steps
  count. A funnel "for a branch" filters the person's first step-1 event in the period by that event's branch_id; "by
  acquisition channel" / "by insurer" filters the step-1 people by customers.acquisition_channel / customers.insurer.
  "Where do we lose the most" = the step whose next step is not reached by the most people (its touchpoint_id);
  step-to-step rates = people at step k+1 / people at step k of the same funnel;
- a job = one session_id (JB000123). Per-job rates count jobs whose first event at step A falls in the period and
  look for B in the same job at any time; times between steps = first B ts - first A ts of the same job, period by
  the date of A;
- shares of a step's records are shares of that touchpoint's events in the period: first-attempt calibration
  failure = action 'fail' among tp_adas_calib events with attempt_no = 1; late arrival = tp_dispatch late_min > 30
  (minutes after the arrival window closed); rained off = tp_onsite action 'aborted' with abort_reason 'rain' among
  tp_onsite events; claim declined = action 'declined' among tp_claim_check events; excess payment failure = 'fail'
  among tp_excess_pay events that are not 'waived'; claim turnaround = claim_hours of tp_claim_check;
- jobs completed = tp_onsite events with action 'completed' (one per job); rework rate of a technician = completed
  non-chip jobs (windscreen / side / rear) by the technician of the completed on-site event that have a
  tp_warranty_claim in the same job at any time;
- money = orders with status 'paid' by order ts, `amount` in CNY (AUD / NZD converted at the fixed group rate);
  "in Australian dollars" = amount_local of Brisbane; revenue includes retail jobs, excess payments, insurer
  invoices and fleet monthly bills (an insured job's money is its excess plus its insurer invoice); spend per paying
  customer = paid amount / distinct customers with >= 1 paid order of that kind;
- zh top entities are Chinese values (branch, insurer, fleet_name, 质保问题, technician as recorded), en ones English
  values (branch_en, insurer_en, acquisition_channel, technician_en) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey, dianping, google_review; negative = rating 1-2; NPS = share of
  9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """people reaching each step; cond may use e.* (the first step-1 event in the period) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None, frm=0):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, label=None):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[0] >= min_n:
                rows.append((g, c[k] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    t = tops.pop()
    return dict(top_entity=label[t] if label else t)


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per job ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def job_rate(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp, a_cond)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                USING (session_id) WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


def _job_rates(a_tp, b_tp, by, start, end, a_cond, min_n):
    return q(f"""SELECT {by}, avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                 WHERE {_in('a.t', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")


def top_job_rate(a_tp, b_tp, by, start, end, a_cond="1=1", min_n=50, margin=1.5):
    rows = _job_rates(a_tp, b_tp, by, start, end, a_cond, min_n)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1", b_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", a_cond="1=1", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, a_cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) "
            f"{_gap(a_tp, b_tp, start, end, cond, a_cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.02), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1"):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, agg="median", margin=1.5, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, Y26H1 = ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
(AD, REFERRAL, FLEET, QUOTE, CLAIM, EXCESS, BOOKING, RESCHED, DISPATCH, ONSITE, ADAS, QC, CALLBACK, WARRANTY,
 REVIEW) = ("tp_search_ad", "tp_insurer_referral", "tp_fleet_order", "tp_quote", "tp_claim_check", "tp_excess_pay",
            "tp_booking", "tp_reschedule", "tp_dispatch", "tp_onsite", "tp_adas_calib", "tp_qc_leak",
            "tp_warranty_callback", "tp_warranty_claim", "tp_review")
FAIL = "e.action = 'fail'"
FIRST_TRY = "e.attempt_no = 1"
LATE30 = "e.late_min > 30"
RAIN = "e.action = 'aborted' AND e.abort_reason = 'rain'"
DONE = "e.action = 'completed'"
NOT_CHIP = "service_type <> 'chip_repair'"
RATED = "f.channel IN ('survey', 'dianping', 'google_review')"
SURVEY = "f.channel = 'survey'"
LATE_T = _like("f.text", ["迟到", "turned up late", "arrived late"])
CALIB_T = _like("f.text", ["校准", "calibrat"])
CLAIM_T = _like("f.text", ["理赔审核", "claim approval"])
EXCESS_T = _like("f.text", ["自付额", "excess"])
RAIN_T = _like("f.text", ["下雨", "rained off", "the rain"])
WRONG_T = _like("f.text", ["型号不对", "wrong glass"])
LEAK_T = _like("f.text", ["漏水", "leak"])
NOISE_T = _like("f.text", ["风噪", "wind noise"])
MESS_T = _like("f.text", ["玻璃渣", "glass shards"])
PRICE_T = _like("f.text", ["太贵", "expensive"])
PRO_T = _like("f.text", ["专业", "professional"])
CONV_T = _like("f.text", ["方便", "convenient"])
CALLBACK_T = _like("f.text", ["回访", "follow-up call"])
TOPICS = ((LATE_T, "late"), (CALIB_T, "calib"), (CLAIM_T, "claim_slow"), (EXCESS_T, "excess"), (RAIN_T, "rain"),
          (WRONG_T, "wrong_glass"), (LEAK_T, "leak"), (NOISE_T, "wind_noise"), (MESS_T, "mess"),
          (PRICE_T, "price"), (PRO_T, "pro"), (CONV_T, "convenient"), (CALLBACK_T, "callback"))
ADS = ["baidu_sem", "amap", "douyin", "google_ads", "facebook"]


B = {"sz": "e.branch_id = 'B1'", "hz": "e.branch_id = 'B2'", "cd": "e.branch_id = 'B3'", "bne": "e.branch_id = 'B4'",
     "akl": "e.branch_id = 'B5'"}


def gold():
    wscreen = "action = 'completed' AND service_type = 'windscreen_replacement'"
    glass = "action = 'completed' AND service_type <> 'chip_repair'"
    return {
        # ---- funnels
        "ag01": lambda: conv("retail_quote", *Y25),
        "ag02": lambda: top_lost("retail_quote", *Q1_26),
        "ag03": lambda: rank_conv("retail_quote", *Y25, by="c.acquisition_channel", groups=ADS, lowest=True,
                                  margin=1.4),
        "ag04": lambda: conv("retail_quote", *Y25, cond="c.acquisition_channel = 'baidu_sem'"),
        "ag05": lambda: conv("retail_quote", *Y26H1, cond="c.acquisition_channel = 'douyin'"),
        "ag06": lambda: conv("insurance_claim", *Y25),
        "ag07": lambda: conv("insurance_claim", *Y26H1, cond="c.insurer_en = 'Jiahe Insurance'"),
        "ag08": lambda: conv("insurance_claim", *Y26H1, cond="c.insurer_en = 'Dingxin Insurance'"),
        "ag09": lambda: top_lost("insurance_claim", *Y25),
        "ag10": lambda: conv("service_visit", *Q3_25, cond=B["sz"]),
        "ag11": lambda: conv("adas_calibration", *month(2025, 11), frm=1),
        "ag12": lambda: conv("aftercare", *H1_25, unbounded_only=True),
        # ---- step records
        "ag13": lambda: events_share(ADAS, FAIL, *month(2025, 11), FIRST_TRY),
        "ag14": lambda: events_share(ADAS, FAIL, *month(2025, 10), FIRST_TRY),
        "ag15": lambda: events_share(ADAS, FAIL, *month(2025, 11), f"{FIRST_TRY} AND e.glass_source = 'aftermarket'"),
        "ag16": lambda: events_share(DISPATCH, LATE30, "2025-09-01", "2026-06-30", B["akl"]),
        "ag17": lambda: events_share(DISPATCH, LATE30, "2025-01-01", "2025-08-31", B["akl"]),
        "ag18": lambda: top_events_share(DISPATCH, LATE30, "e.branch", *Y25, margin=1.8),
        "ag19": lambda: events_avg(CLAIM, "e.claim_hours", *Y25, "e.insurer_en = 'Jiahe Insurance'", agg="median"),
        "ag20": lambda: events_avg(CLAIM, "e.claim_hours", *Y25, "e.insurer_en = 'Dingxin Insurance'", agg="median"),
        "ag21": lambda: top_events_agg(CLAIM, "e.claim_hours", "e.insurer_en", *Y25, margin=3),
        "ag22": lambda: events_share(CLAIM, "e.action = 'declined'", *Y25),
        "ag23": lambda: events_share(EXCESS, FAIL, *Y26H1, "e.action <> 'waived'"),
        "ag24": lambda: events_at(ONSITE, *month(2025, 6), f"{RAIN} AND {B['hz']}"),
        "ag25": lambda: events_share(ONSITE, RAIN, *month(2025, 7), f"{B['akl']} AND {NOT_CHIP}"),
        "ag27": lambda: events_at(ONSITE, "2025-10-20", "2025-10-26", f"{DONE} AND {B['bne']}"),
        "ag28": lambda: events_change(REFERRAL, month(2025, 9), month(2025, 10), B["bne"]),
        "ag29": lambda: events_share(ONSITE, "e.service_type = 'chip_repair'", *H2_25, DONE),
        "ag30": lambda: job_rate(ONSITE, ADAS, *Y26H1, a_cond=wscreen),
        "ag31": lambda: top_job_rate(ONSITE, WARRANTY, "a.technician", *Y25, a_cond=glass, margin=2),
        "ag32": lambda: job_rate(ONSITE, WARRANTY, *Y25, cond="a.technician_id = 'T11'", a_cond=glass),
        "ag33": lambda: top_events_count(WARRANTY, 'e."质保问题"', "2025-01-01", "2026-06-30", margin=1.2),
        "ag34": lambda: step_time(REFERRAL, BOOKING, *Q4_25, unit="hours"),
        # ---- money
        "ag37": lambda: orders(*Q3_25),
        "ag38": lambda: orders_change(H1_25, Y26H1),
        "ag39": lambda: orders(*Y25, "o.order_type = 'insurer_invoice'"),
        "ag40": lambda: top_orders("o.branch_en", *Y25, margin=1.3),
        "ag41": lambda: top_orders("o.fleet_name", *Y25, "o.order_type = 'fleet_bill'"),
        "ag42": lambda: orders(*Q2_26, "o.branch_id = 'B4'", col="o.amount_local"),
        "ag43": lambda: orders(*Y25, "o.order_type = 'excess'"),
        "ag44": lambda: per_customer(*Y25, "o.order_type = 'job'"),
        "ag45": lambda: orders_share("o.order_type = 'fleet_bill'", *Y25),
        "ag46": lambda: orders(*month(2026, 6)),
        "ag47": lambda: orders(*month(2026, 5)),
        # ---- volumes
        "ag49": lambda: events_at(ONSITE, "2025-10-01", "2025-10-07", DONE),
        "ag50": lambda: events_at(FLEET, *Q1_26),
        "ag51": lambda: events_at(ONSITE, *Y26H1, f"{wscreen} AND {B['cd']}"),
        # ---- customers
        "ag53": lambda: customers_count("c.segment = 'fleet_account'"),
        "ag54": lambda: customers_share("c.acquisition_channel = 'google_ads'", "c.segment = 'private_driver'"),
        "ag55": lambda: customers_count("c.segment = 'insured_driver' AND c.insurer = '嘉禾财险'"),
        # ---- feedback
        "ag57": lambda: fb_topic_count(LATE_T),
        "ag58": lambda: top_fb_count("f.touchpoint_id", LATE_T, margin=3),
        "ag59": lambda: top_fb_count("f.branch_en", LATE_T, margin=2),
        "ag60": lambda: fb_topic_count(CALIB_T, _in("f.ts", *month(2025, 11))),
        "ag61": lambda: top_fb_count("f.insurer", CLAIM_T, margin=3),
        "ag62": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B5' AND {_in('f.ts', *Y26H1)}"),
        "ag63": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B1' AND {_in('f.ts', *Y26H1)}"),
        "ag64": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ag65": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ag66": lambda: fb_topic_count(LEAK_T, _in("f.ts", *Y25)),
        "ag67": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {RATED} AND f.branch_id = 'B5'", margin=1.5),
        "ag68": lambda: feedback_ids(CALIB_T),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
