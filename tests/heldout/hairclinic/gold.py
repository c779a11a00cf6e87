"""Gold answers for the 发源 FollicleFirst hair-clinic held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (lead_to_surgery 120 d, consult_to_scan 30 d,
  postop 240 d, care_renewal 240 d, refund 30 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- cases are `session_id`s: CH… an online chat (tp_consult), VS… a clinic visit (tp_visit_booked, tp_checkin,
  tp_scalp_scan, tp_plan), SG… a surgery case (tp_deposit, tp_cancel / tp_refund, tp_surgery, tp_followup_1m/3m/6m),
  CP… a care package (tp_care_buy, tp_cancel / tp_refund, tp_care_session…, tp_care_renew). Per-case rates count cases
  whose first event at step A falls in the period (by its date) and look for step B in the same case at any time;
  case attributes (clinic, surgeon, technique, payment method, package) are read from the step-A event;
- times between steps = per case, first B ts - first A ts (B after A), the period by the date of A; minutes or days as
  asked (days fractional; the tolerance also covers whole calendar days); "longer than X" is strict; the online
  consultant's reply time is the `response_minutes` of tp_consult;
- money = orders with status `paid` (refunded deposits / cards are no revenue), by order ts; revenue = deposits +
  surgery balances + care packages + renewals + products; refunds = `refund_amount` of tp_refund events by refund
  date; spend per paying customer = paid amount / customers with >= 1 paid order in the period; a surgery = a
  tp_surgery event; a lead = a tp_lead event (one per customer; its `channel` = the acquisition channel);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (clinic, 院区城市, 城市, 获客渠道, 术式, 会员等级, surgeon, consultant), en ones against clinic_en / clinic_city /
  region / acquisition_channel / technique / surgeon_en / consultant_en / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); Dianping stars = channel `dianping_review`, care-session stars = `miniapp_review`;
  rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so;
  NPS score = `nps` (0-10) of channel `postop_survey`; promoters 9-10, detractors 0-6;
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[(upto or len(c)) - 1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
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


# ---------- per case (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", rel=0.01, nd=2):
    v = float(one(f"SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, nd), tolerance=round(max(10 ** -nd, abs(v) * rel), nd))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, agg="count(*)", lowest=False, min_n=1, margin=1.2, cond="1=1"):
    rows = q(f"""SELECT {by}, {agg} v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY v {'' if lowest else 'DESC'}""")
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def consult_to_booked(start, end, by, margin=1.25):
    """per chat (tp_consult event in the period): the same customer books a clinic visit within 30 days after it."""
    rows = q(f"""SELECT {by}, avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                 AND b.touchpoint_id = 'tp_visit_booked' AND b.ts > a.ts AND b.ts <= a.ts + INTERVAL 30 DAY))::int) r
                 FROM events a WHERE a.touchpoint_id = 'tp_consult' AND {_in('a.ts', start, end)}
                 GROUP BY 1 ORDER BY r""")
    assert rows[1][1] > rows[0][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def scan_card_same_day(start, end, by, margin=1.3, cond="1=1", value=False):
    """per scalp scan in the period: the same customer opened a care package (tp_care_buy) the same day at that
    clinic."""
    sql = f"""SELECT {by}, avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
              AND b.touchpoint_id = 'tp_care_buy' AND b.ts > a.ts AND b.ts::DATE = a.ts::DATE
              AND b.clinic_id = a.clinic_id))::int) r
              FROM events a WHERE a.touchpoint_id = 'tp_scalp_scan' AND {_in('a.ts', start, end)} AND ({cond})
              GROUP BY 1 ORDER BY r DESC"""
    rows = q(sql)
    if value:
        return dict(value=round(rows[0][1], 4), tolerance=0.01)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def order_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
LEAD, CONSULT, BOOKED, CHECKIN, SCAN, PLAN, DEPOSIT, CANCEL, REFUND, SURGERY, FU1, FU3, FU6, CARE_BUY, CARE_SESSION, \
    CARE_RENEW, PRODUCT = ("tp_lead", "tp_consult", "tp_visit_booked", "tp_checkin", "tp_scalp_scan", "tp_plan",
                           "tp_deposit", "tp_cancel", "tp_refund", "tp_surgery", "tp_followup_1m", "tp_followup_3m",
                           "tp_followup_6m", "tp_care_buy", "tp_care_session", "tp_care_renew", "tp_product")
DP = "f.channel = 'dianping_review'"
PAIN_T = _like("f.text", ["疼", "hurt", "painful"])
NOPAIN_T = _like("f.text", ["没什么感觉", "睡了一觉", "barely felt", "game changer"])
DENSITY_T = _like("f.text", ["密度不够", "还是稀", "效果不明显", "looks thin", "density is disappointing", "patchy"])
NATURAL_T = _like("f.text", ["发际线很自然", "looks natural"])
UPSELL_T = _like("f.text", ["推销", "upsell", "pressured into"])
SLOW_T = _like("f.text", ["回复太慢", "半天才回", "took forever to reply", "nobody answered"])
GOOD_T = _like("f.text", ["很耐心", "patient"])
WAIT_T = _like("f.text", ["等了一个多小时", "排队等很久", "干等", "waited over an hour", "long wait"])
REFUND_T = _like("f.text", ["还没到账", "退款拖了", "hasn't arrived", "dragged on"])


def gold():
    return {
        # ---- funnels / conversion
        "hc01": lambda: conv("lead_to_surgery", *Y25, unbounded_only=True),
        "hc02": lambda: top_lost("consult_to_scan", *H1_26, margin=1.5),
        "hc03": lambda: rank_conv("lead_to_surgery", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "hc04": lambda: conv("lead_to_surgery", *Y25, cond="c.\"获客渠道\" = '老客推荐'", unbounded_only=True),
        "hc05": lambda: conv("consult_to_scan", *Y25),
        "hc06": lambda: top_events(LEAD, "e.channel", *Q4_25, margin=1.5),
        "hc07": lambda: events_at(LEAD, *month(2025, 10), "e.channel = 'douyin'"),
        "hc08": lambda: conv("postop", *H1_25, unbounded_only=True),
        "hc09": lambda: top_lost("postop", *H1_25, unbounded_only=True, margin=1.2),
        "hc10": lambda: rate(SURGERY, FU1, *Y25),
        # ---- waiting / step times
        "hc11": lambda: step_time(CHECKIN, SCAN, *Q4_25, unit="minutes"),
        "hc12": lambda: top_step_time(CHECKIN, SCAN, *Y25, by="a.clinic_en", margin=2.0),
        "hc13": lambda: step_time(CHECKIN, SCAN, *Y25, "a.clinic_id = 'C06' AND isodow(a.t) >= 6", unit="minutes"),
        "hc14": lambda: step_time_share(CHECKIN, SCAN, *Y25, 60, cond="a.clinic_id = 'C06'"),
        "hc15": lambda: top_events(CONSULT, "e.consultant", *Y25, agg="median(e.response_minutes)", margin=3.0),
        "hc16": lambda: events_agg(CONSULT, "median(e.response_minutes)", *Y25,
                                   rel=0.03),
        "hc17": lambda: consult_to_booked(*Y25, by="a.consultant"),
        "hc18": lambda: step_time(DEPOSIT, SURGERY, *Y25, agg="median"),
        "hc19": lambda: step_time(CANCEL, REFUND, *Y25, "a.refund_type = 'deposit' AND a.payment_method = "
                                  "'medical_loan'", agg="avg"),
        "hc20": lambda: step_time(CANCEL, REFUND, *Y25, "a.refund_type = 'deposit' AND a.payment_method = "
                                  "'wechat_pay'", agg="avg"),
        # ---- money
        "hc21": lambda: orders(*Q4_25),
        "hc22": lambda: orders(*H1_26, "o.order_type IN ('care_package', 'care_renewal')"),
        "hc23": lambda: top_orders("o.clinic", *Y25, "o.order_type = 'surgery'", margin=1.2),
        "hc24": lambda: orders_change(H1_25, H1_26),
        "hc25": lambda: events_agg(REFUND, "sum(e.refund_amount)", *Y25, rel=0.002),
        "hc26": lambda: events_agg(SURGERY, "avg(e.grafts)", *Y25, rel=0.01, nd=1),
        "hc27": lambda: events_at(SURGERY, *Y25, "e.\"术式\" = '不剃发FUE'"),
        "hc28": lambda: top_orders("o.item", *Y25, "o.order_type = 'surgery'", margin=1.3),
        "hc29": lambda: per_customer(*Y25),
        "hc30": lambda: orders(*Q1_26, "o.order_type = 'product'"),
        # ---- volumes / trends
        "hc31": lambda: events_at(SURGERY, *month(2025, 8)),
        "hc32": lambda: events_change(SURGERY, Q3_25, Q4_25),
        "hc33": lambda: events_at(SCAN, "2025-11-10", "2025-11-16"),
        "hc35": lambda: events_at(LEAD, *month(2026, 4)),
        # ---- care packages
        "hc36": lambda: conv("care_renewal", *H1_25, unbounded_only=True),
        "hc37": lambda: rate(CARE_BUY, CARE_RENEW, *H1_25, "a.postop_patient = true"),
        "hc38": lambda: rate(CARE_BUY, CARE_RENEW, *H1_25, "a.postop_patient = false"),
        "hc39": lambda: scan_card_same_day(*Y25, by="a.clinic", margin=1.5),
        "hc40": lambda: order_share("o.status = 'refunded'", *Y25, "o.order_type = 'care_package' AND "
                                    "o.clinic_id = 'C03'"),
        "hc41": lambda: order_share("o.status = 'refunded'", *Y25, "o.order_type = 'care_package' AND "
                                    "o.clinic_id <> 'C03'"),
        # ---- customers
        "hc42": lambda: customers_share("c.gender = 'female'"),
        "hc43": lambda: customers_count("c.region = 'Shanghai' AND c.tier = 'gold'"),
        "hc44": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        # ---- surgery results
        "hc45": lambda: top_events(FU6, "e.surgeon", "2025-01-01", "2026-06-30", agg="avg(e.survival_rate)",
                                   lowest=True, min_n=5, margin=1.1),
        "hc46": lambda: events_agg(FU6, "avg(e.survival_rate)", "2025-01-01", "2026-06-30", rel=0.01, nd=4),
        "hc47": lambda: events_agg(FU6, "avg(e.survival_rate)", "2025-01-01", "2026-06-30",
                                   cond="e.surgeon_en = 'Dr. Sun Li'", rel=0.01, nd=4),
        # ---- feedback
        "hc48": lambda: fb_topic_count(PAIN_T, "pain"),
        "hc49": lambda: fb_topic_count(PAIN_T, "pain", period=_in("f.ts", *Q2_25)),
        "hc50": lambda: fb_topic_count(PAIN_T, "pain", period=_in("f.ts", *Q2_26)),
        "hc51": lambda: top_fb_count("f.clinic", UPSELL_T, margin=2.0),
        "hc52": lambda: fb_topic_count(UPSELL_T, "upsell"),
        "hc53": lambda: top_fb_count("f.clinic", WAIT_T, margin=2.0),
        "hc54": lambda: fb_avg(f"{DP} AND {_in('f.ts', *Y25)}"),
        "hc55": lambda: fb_ratio("f.rating <= 2", f"{DP} AND {_in('f.ts', *Y25)}"),
        "hc56": lambda: rank_fb_avg("f.clinic_en", f"{DP} AND {_in('f.ts', *Y25)}", 30, margin=0.2),
        "hc57": lambda: fb_avg("f.channel = 'postop_survey'", col="f.nps", tol=0.05),
        "hc58": lambda: fb_ratio("f.nps >= 9", "f.channel = 'postop_survey'"),
        "hc59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "hc60": lambda: fb_topic_count(DENSITY_T, "density_poor"),
        "hc61": lambda: top_fb_count("f.surgeon_en", DENSITY_T, margin=2.0),
        "hc62": lambda: feedback_ids(f"{WAIT_T} AND f.clinic_id = 'C06'"),
        "hc63": lambda: top_fb_count("f.consultant", SLOW_T, margin=2.0),
        "hc64": lambda: fb_avg(f"f.channel = 'miniapp_review' AND {_in('f.ts', *H1_26)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((NOPAIN_T, "no_pain"), (NATURAL_T, "natural"), (GOOD_T, "consultant_good"),
                        (REFUND_T, "refund_slow"), (WAIT_T, "waiting"), (SLOW_T, "consultant_slow")):
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
