"""Gold answers for the hairtransplant (植发之家 FollicleWorks hair-transplant clinics) held-out batch, from plain DuckDB
SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 30 exact duplicate check-in rows (the EMR sync re-sent them, same event_id); they are loaded once
  (DATA.md), so every count here is over distinct rows.
- leads / customers / patients = distinct customer_id. The customers table holds every lead (signup_at = when the
  lead came in, one awareness event at that moment); its columns are the state at the end of the data (2026-06-30):
  clinic_id = the clinic that handles the lead (GZ01 Guangzhou, CD01 Chengdu, IST01 Istanbul, BKK01 Bangkok), segment
  (domestic = mainland Chinese patients of the two Chinese clinics, medical_tourist = everyone who travels),
  acquisition_channel (douyin_ads, xiaohongshu, google_ads, instagram, agency, referral), region = home market.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice, with
  later steps allowed after the period end (the DATA.md reading) and with every step inside the period; the value is
  the first reading and the tolerance covers both (at least 0.01); when the two readings differ by more than 0.02 the
  value is their middle and the tolerance reaches both. The aftercare journey (400 days) and deposit-to-surgery in
  ht26 are read the DATA.md way only (their questions say the later step counts whenever it happened).
  A funnel by a customer attribute filters the customers. The action of an event does not matter for a funnel.
- Experiment ba_video_call_2025: leads whose online photo assessment was 2025-09-01 .. 2025-12-31, control or
  video_call. "Deposit within 30 days" = journey assessment_to_deposit (tp_photo_assessment -> tp_deposit, 30 d) over
  the experiment's window, customers filtered by variant.
- Surgeries = tp_surgery rows (one per patient); grafts = grafts_implanted unless said otherwise; price_cny = the full
  surgery price (deposit + balance). Check-ins: tp_checkin_1m/3m/6m/12m, growth_pct recorded at 6 and 12 months.
  Touch-ups = tp_touchup rows (warranty = free under the growth guarantee). Shedding rate = operated patients with a
  tp_shedding_report / operated patients, by the surgery's clinic. Refund time = refund_days on tp_refund.
- Money = orders with status `paid`, `amount` in CNY, dated by orders.ts (the payment). "Refunded" = orders with
  status refunded, dated by the original payment. Order types: deposit, surgery_balance, travel_package, touchup.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter keeps
  dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-06-30, the last day of the
  data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-06-30"
NUM_EV = ["response_minutes", "photos", "attempt", "norwood_grade", "grafts_estimate", "quote_cny", "call_minutes",
          "amount", "amount_local", "hotel_nights", "days_before_surgery", "grafts_planned", "grafts_implanted",
          "surgery_hours", "price_cny", "weeks_post_op", "months_post_op", "growth_pct", "refund_amount",
          "refund_local", "refund_days"]


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("CREATE OR REPLACE TABLE customers AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at) "
                "FROM customers")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    casts = ", ".join(f"try_cast({c} AS DOUBLE) AS {c}" for c in NUM_EV)
    CON.execute(f"CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts, {casts}) FROM events")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (ts::TIMESTAMP AS ts, amount::DOUBLE AS amount,
                   try_cast(amount_local AS DOUBLE) AS amount_local) FROM orders""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE feedback AS SELECT * REPLACE (try_cast(ts AS TIMESTAMP) AS ts,
                   try_cast(rating AS DOUBLE) AS rating, try_cast(nps AS DOUBLE) AS nps) FROM feedback""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-01-01'")
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_surgery'") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}"


def quarter(y, k):
    return f"{y}-{3 * k - 2:02d}-01", f"{y}-{3 * k:02d}-{[31, 30, 30, 31][k - 1]}"


def count(v):
    return dict(value=int(v), tolerance=0.5)


def num(v, rel=0.005, floor=0.5):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def top_group(sql, gap=1.1, lowest=False):
    rows = sorted(q(sql), key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
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


def readings(journey, start, end, a=1, b=None, cust_cond="1=1"):
    """(DATA.md reading, bounded reading) of reaching step b from step a"""
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, cust_cond=cust_cond, bounded=bounded)
        out.append(c[b - 1] / c[a - 1])
    return out


def span(vals, floor=0.01):
    """value = the first reading and the tolerance covers the other; when they differ by more than 0.02, value = their
    middle and the tolerance reaches both"""
    lo, hi = min(vals), max(vals)
    a = vals[0] if hi - lo <= 0.02 else (lo + hi) / 2
    dev = max(abs(v - a) for v in vals)
    return dict(value=round(a, 4), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), 4))


def conv(journey, start, end, a=1, b=None, cust_cond="1=1", datamd_only=False):
    r = readings(journey, start, end, a, b, cust_cond)
    if datamd_only:
        return rate(r[0])
    return span(r)


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel_steps(steps, window, start, end, cust_cond=f"{column} = '{v}' AND ({cust_cond})",
                             bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def top_lost(journey, start, end, datamd_only=False, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in ((False,) if datamd_only else (False, True)):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * 1.1, lost
        tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2025-09-01", "2025-12-31")


def exp_rates(cust_cond="1=1"):
    out = {}
    for v in ("control", "video_call"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'ba_video_call_2025'
                   AND variant = '{v}') AND ({cust_cond})"""
        out[v] = readings("assessment_to_deposit", *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(cust_cond="1=1"):
    r = exp_rates(cust_cond)
    for i in range(2):
        assert abs(r["control"][i] - r["video_call"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(variant, cust_cond="1=1"):
    return span(exp_rates(cust_cond)[variant])


# ---------- events ----------

def _tps(tps):
    return tps if tps.startswith("(") else f"('{tps}')"


def ev_count(tps, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id IN {_tps(tps)}
                         AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tps, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id IN {_tps(tps)}
                       AND {_in('e.ts', start, end)} AND ({cond})"""), rel=rel, floor=floor)


def ev_share(tps, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id IN {_tps(tps)}
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tps, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id IN {_tps(tps)} AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING {having}""",
                     gap=gap, lowest=lowest)


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_cust(col, cond, gap=1.2):
    return top_group(f"SELECT {col}, count(*) FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


SHED = """EXISTS (SELECT 1 FROM events s WHERE s.touchpoint_id = 'tp_shedding_report'
                  AND s.customer_id = e.customer_id)"""
PKG = """EXISTS (SELECT 1 FROM events p WHERE p.touchpoint_id = 'tp_travel_package' AND p.case_id = e.case_id)"""
TOUCHUP = """EXISTS (SELECT 1 FROM events t WHERE t.touchpoint_id = 'tp_touchup' AND t.case_id = e.case_id)"""


def upload_fail(start, end, device):
    return ev_share("tp_photo_upload", "e.action = 'fail'", start, end, f"e.device = '{device}'")


def video_completed():
    return rate(one("""SELECT avg((EXISTS (SELECT 1 FROM events v WHERE v.customer_id = x.customer_id
                       AND v.touchpoint_id = 'tp_video_call' AND v.action = 'completed'))::int)
                       FROM experiments x WHERE x.experiment_id = 'ba_video_call_2025' AND x.variant = 'video_call'"""))


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=1.0)


def order_count_share(num_, start, end, cond):
    return rate(one(f"""SELECT avg(({num_})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- feedback ----------

MARK = {
    "shedding": "(f.text LIKE '%掉了好多%' OR lower(f.text) LIKE '%shedding%')",
    "results_poor": "(f.text LIKE '%密度不够%' OR lower(f.text) LIKE '%patchy%')",
    "slow_reply": "(f.text LIKE '%回复太慢%' OR lower(f.text) LIKE '%slow to reply%')",
    "refund_slow": "(f.text LIKE '%退款到现在%' OR lower(f.text) LIKE '%refund still%')",
    "transfer": "(f.text LIKE '%接机%' OR lower(f.text) LIKE '%airport pickup%')",
    "hidden_fee": "(f.text LIKE '%额外收费%' OR lower(f.text) LIKE '%extra charges%')",
    "pushy_sales": "(f.text LIKE '%推销%' OR lower(f.text) LIKE '%pushy%')",
}
NEG = "t.sentiment = 'negative'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t
                                                    USING (feedback_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def fb_avg(col, cond):
    return num(one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
               rel=0.0, floor=0.02)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- the batch ----------

ALL = ("2024-01-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", LAST)
TOURIST = "c.segment = 'medical_tourist'"


def gold() -> dict:
    return {
        # ---- leads and channels
        "ht01": lambda: cust_count(f"c.acquisition_channel = 'douyin_ads' AND {_in('c.signup_at', *quarter(2026, 1))}"),
        "ht02": lambda: top_cust("c.acquisition_channel", f"c.segment = 'domestic' AND {_in('c.signup_at', *Y25)}"),
        "ht03": lambda: conv("lead_to_surgery", *Y25),
        "ht04": lambda: top_lost("lead_to_surgery", *Y25),
        "ht05": lambda: top_conv("lead_to_surgery", *Y25, "c.acquisition_channel", lowest=True, gap=0.02),
        "ht06": lambda: top_conv("lead_to_surgery", *Y25, "c.acquisition_channel"),
        "ht07": lambda: conv("lead_to_surgery", *Y25, cust_cond="c.acquisition_channel = 'google_ads'"),
        # ---- consultants (Chengdu short-staffed from Feb 2026)
        "ht08": lambda: ev_avg("tp_consult_chat", "e.response_minutes", *H1_26, "e.clinic_id = 'CD01'"),
        "ht09": lambda: ev_avg("tp_consult_chat", "e.response_minutes", *H2_25, "e.clinic_id = 'CD01'"),
        "ht10": lambda: top_ev_value("tp_consult_chat", "e.consultant", *H1_26, agg="avg(e.response_minutes)",
                                     gap=1.2),
        "ht11": lambda: conv("chat_to_assessment", *H1_26, cust_cond="c.clinic_id = 'CD01'"),
        "ht12": lambda: conv("chat_to_assessment", *H1_25, cust_cond="c.clinic_id = 'CD01'"),
        "ht13": lambda: topic_top("slow_reply", "f.clinic_id", _in("f.ts", *H1_26), gap=2.0),
        # ---- photo uploads (HEIC bug May-June 2025)
        "ht15": lambda: upload_fail(*month(2025, 6), "ios"),
        "ht16": lambda: upload_fail(*month(2025, 6), "android"),
        "ht17": lambda: top_ev_value("tp_photo_upload", "e.error_code", "2025-05-01", "2025-06-30",
                                     "e.action = 'fail'", gap=2.0),
        "ht18": lambda: ev_count("tp_photo_assessment", *quarter(2025, 2)),
        # ---- the video call A/B test
        "ht19": lambda: experiment_top(),
        "ht20": lambda: experiment_value("video_call"),
        "ht21": lambda: experiment_value("control", TOURIST),
        "ht22": lambda: experiment_value("video_call", TOURIST),
        "ht23": lambda: count(one("SELECT count(DISTINCT customer_id) FROM experiments")),
        "ht24": lambda: video_completed(),
        # ---- deposits, cancellations, refunds
        "ht25": lambda: orders(*Y25, cond="o.order_type = 'deposit'"),
        "ht26": lambda: conv("deposit_to_surgery", *Y25, datamd_only=True),
        "ht27": lambda: ev_count("tp_cancel", *H2_25),
        "ht28": lambda: top_ev_value("tp_cancel", "e.cancel_reason", *ALL, gap=1.3),
        "ht29": lambda: ev_avg("tp_refund", "e.refund_days", *ALL, "e.clinic_id = 'IST01'"),
        "ht30": lambda: ev_avg("tp_refund", "e.refund_days", *ALL, "e.clinic_id = 'GZ01'"),
        "ht31": lambda: topic_top("refund_slow", "f.clinic_id", gap=3.0),
        "ht32": lambda: orders(*Y25, status="refunded"),
        # ---- surgeries, grafts, surgeons
        "ht33": lambda: top_ev_value("tp_surgery", "e.clinic_id", *ALL, agg="avg(e.grafts_implanted)", gap=1.2),
        "ht34": lambda: ev_avg("tp_surgery", "e.grafts_implanted", *ALL, "e.clinic_id = 'IST01'", rel=0.002),
        "ht35": lambda: ev_count("tp_surgery", *month(2025, 12)),
        "ht36": lambda: ev_count("tp_surgery", *Y25, "e.clinic_id = 'BKK01'"),
        "ht37": lambda: top_ev_value("tp_surgery", "e.technique", *ALL, "e.clinic_id = 'IST01'", gap=1.3),
        "ht38": lambda: top_ev_value("tp_checkin_12m", "e.surgeon", *ALL, agg="avg(e.growth_pct)", lowest=True,
                                     gap=1.1, having="count(*) >= 15"),
        "ht39": lambda: ev_avg("tp_checkin_12m", "e.growth_pct", *ALL, "e.surgeon = 'DR09'"),
        "ht40": lambda: ev_avg("tp_checkin_12m", "e.growth_pct", *ALL, "e.surgeon <> 'DR09'"),
        "ht41": lambda: top_ev_value("tp_touchup", "e.surgeon", *ALL, gap=2.0),
        "ht42": lambda: ev_count("tp_touchup", *H1_26, "e.warranty = 'true'"),
        "ht43": lambda: num(one("""SELECT sum(price_cny) / sum(grafts_implanted) FROM events
                                   WHERE touchpoint_id = 'tp_surgery' AND clinic_id = 'IST01'"""), rel=0.005,
                            floor=0.01),
        # ---- shedding and aftercare
        "ht44": lambda: top_ev_value("tp_surgery", "e.clinic_id", *ALL, agg=f"avg(({SHED})::int)", gap=2.0),
        "ht45": lambda: ev_share("tp_surgery", SHED, *ALL, "e.clinic_id = 'IST01'"),
        "ht46": lambda: topic_count("shedding"),
        "ht47": lambda: conv("aftercare", *Y25, 1, 2, datamd_only=True),
        "ht48": lambda: conv("aftercare", *H1_25, datamd_only=True),
        "ht49": lambda: conv("aftercare", *H1_25, cust_cond=TOURIST, datamd_only=True),
        "ht50": lambda: top_lost("aftercare", *H1_25, datamd_only=True),
        # ---- travel packages
        "ht51": lambda: ev_share("tp_surgery", PKG, "2025-11-01", LAST, "e.clinic_id = 'BKK01'"),
        "ht52": lambda: ev_share("tp_surgery", PKG, "2024-01-01", "2025-10-31", "e.clinic_id = 'BKK01'"),
        "ht53": lambda: orders(*Y25, cond="o.order_type = 'travel_package'"),
        "ht54": lambda: topic_count("transfer", f"f.clinic_id = 'IST01' AND {_in('f.ts', '2025-06-01', '2025-09-30')}"),
        "ht55": lambda: topic_top("hidden_fee", "f.clinic_id", gap=3.0),
        # ---- money
        "ht56": lambda: orders(*Y25),
        "ht57": lambda: orders(*quarter(2026, 1), cond="o.clinic_id = 'IST01'"),
        "ht58": lambda: order_count_share("o.pay_method = 'installment'", *Y25,
                                          "o.order_type = 'surgery_balance' AND o.status = 'paid'"),
        "ht59": lambda: ev_avg("tp_surgery", "e.price_cny", *Y25, "e.clinic_id = 'GZ01'", rel=0.002),
        # ---- feedback
        "ht60": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "ht61": lambda: fb_avg("f.rating", "f.channel = 'google_review' AND f.clinic_id = 'IST01'"),
        "ht62": lambda: nps("f.channel = 'checkin_survey'"),
        "ht63": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3,
                               min_n=40),
        "ht64": lambda: fb_ids("t.topic = 'shedding'"),
        "ht65": lambda: fb_count("f.ts IS NULL"),
        "ht66": lambda: top_ev_value("tp_complaint", "e.complaint_topic", *H1_26, gap=1.3),
        "ht67": lambda: fb_count(f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        # ---- relative periods
        "ht70": lambda: ev_count("('tp_checkin_1m', 'tp_checkin_3m', 'tp_checkin_6m', 'tp_checkin_12m')",
                                 "2026-03-02", "2026-03-08", distinct="e.customer_id"),
        "ht71": lambda: ev_count("tp_surgery", *month(2026, 4)),
        "ht72": lambda: count(one(f"""SELECT count(DISTINCT customer_id) FROM orders o
                                      WHERE o.order_type = 'deposit' AND {_in('o.ts', *month(2026, 3))}""")),
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
        assert it["lang"] in ("zh", "en"), it["id"]
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    stats = {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "clarify", "unsupported")}
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; {stats}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
