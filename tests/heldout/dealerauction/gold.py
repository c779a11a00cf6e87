"""Gold answers for the 车商拍 DealerBid used-car dealer auction held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (dealer) reaches step k with an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window from their first step-1 event in the period (onboarding 30 d, auction
  7 d, delivery 14 d, arbitration 30 d, activation 60 d); rates are per dealer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most dealers (the loss between step k
  and k+1 is attributed to step k: tp_kyc_approved = approved but never paid the deposit). A funnel split by a dealer
  attribute filters the step-1 dealers by that attribute (customers table);
- a lot (one car in one auction) = one `session_id` L000123: tp_browse, tp_report, tp_bid (every dealer who looked or
  bid), then for the winner tp_win, tp_pay | tp_default, tp_pickup, tp_delivery, [tp_dispute, tp_arbitration],
  tp_rate. A KYC case = `session_id` KYC00123: tp_kyc_submit (each round), tp_kyc_rejected / tp_kyc_approved.
  Per-lot rates count lots whose first event at the named step A falls in the period (by its date) and look for step
  B (with its condition) in the same lot at any time; lot attributes (region / 区域, vehicle_brand / 品牌,
  inspection_partner / 检测机构, carrier / 物流方式, powertrain) are read from the A event. Dispute rate = delivered cars
  (tp_delivery) with a tp_dispute / delivered cars; default (悔拍) rate = won lots (tp_win) with a tp_default / won
  lots; discrepancy share = tp_delivery events with action `discrepancy` / tp_delivery events (by event date);
- times between steps = per lot / KYC case, first B ts - first A ts (B after A), period by the date of A; hours /
  days as asked; pickup wait = tp_pay -> tp_pickup of the lot (the same as the `wait_hours` column);
- money = orders with status `paid` (cancelled = the dealer defaulted, refunded = arbitration unwound the deal, pending
  = not paid at the extract) by order ts (= the hammer time). 成交额 / GMV = sum of hammer_price of paid orders; total
  billed = `amount` (hammer + buyer fee + transport fee); platform fee income = buyer_fee + transport_fee; spend per
  buying dealer = paid amount / dealers with >= 1 paid order in the period; average hammer price = mean hammer_price of
  paid orders; compensation = `compensation_amount` of tp_arbitration by ruling date; all money in CNY (`amount`);
- dealer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (区域, 品牌, 车商类型, 获客渠道, 检测机构, 物流方式, 差异类型, 等级), en ones against the English values (region,
  vehicle_brand, dealer_type, acquisition_channel, inspection_partner, carrier, dispute_type) / touchpoint_id;
- feedback: "all data" includes undated rows (WeChat group and some WhatsApp excerpts have no ts); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); app ratings = channel `app_review`; rating
  by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score =
  share 9-10 minus share 0-6 (a fraction);
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per dealer, DATA.md rule) ----------

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


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per lot / KYC case (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def rank_step_time(a_tp, b_tp, start, end, by, agg="median", unit="days", min_n=10, margin=1.25):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, '1=1')} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(coalesce(({num}), false)::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(coalesce(({num}), false)::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / dealers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_sum(start, end, col="o.amount", cond="1=1", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_avg(start, end, col="o.hammer_price", cond="1=1"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, col="o.amount", cond="1=1"):
    x = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, col="o.amount", agg="sum", cond="1=1", margin=1.15, min_n=1):
    rows = q(f"""SELECT {by}, {agg}({col}) v, count(*) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(coalesce(({num}), false)::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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
    return dict(value=round(one(f"SELECT avg(coalesce(({num}), false)::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


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


# ---------- the batch ----------

Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_24, H2_24 = ("2024-01-01", "2024-06-30"), ("2024-07-01", "2024-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q2_25, Q3_25, Q4_25 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q4_24 = quarter(2024, 4)
TYPHOON = ("2025-09-08", "2025-10-31")
SEP_OCT_25 = ("2025-09-01", "2025-10-31")
JAN_FEB_25 = ("2025-01-01", "2025-02-28")
ALL = ("2024-01-01", "2025-12-31")
(REGISTER, KYC_SUBMIT, KYC_OK, KYC_REJ, DEPOSIT, BROWSE, REPORT, BID, WIN, DEFAULT, PAY, PICKUP, DELIVERY, DISPUTE,
 ARBITRATION, RATE, DEPOSIT_REFUND) = (
    "tp_register", "tp_kyc_submit", "tp_kyc_approved", "tp_kyc_rejected", "tp_deposit", "tp_browse", "tp_report",
    "tp_bid", "tp_win", "tp_default", "tp_pay", "tp_pickup", "tp_delivery", "tp_dispute", "tp_arbitration", "tp_rate",
    "tp_deposit_refund")
APP = "f.channel = 'app_review'"
FLOOD_T = _like("f.text", ["泡水", "flood"])
BATTERY_T = _like("f.text", ["电池", "battery"])
ACCIDENT_T = _like("f.text", ["事故", "accident"])
MILEAGE_T = _like("f.text", ["调表", "odometer"])
PICKUP_T = _like("f.text", ["提车", "pickup"])
KYC_T = _like("f.text", ["认证", "kyc", "verification"])
FEE_T = _like("f.text", ["服务费", "buyer fee"])
ARB_T = _like("f.text", ["仲裁", "arbitration"])
REPORT_T = _like("f.text", ["检测报告", "inspection report"])
AM_T = _like("f.text", ["客户经理", "account manager"])
TOPICS = ((FLOOD_T, "flood"), (BATTERY_T, "battery"), (ACCIDENT_T, "accident"), (MILEAGE_T, "mileage"),
          (PICKUP_T, "slow_pickup"), (KYC_T, "kyc_slow"), (FEE_T, "fee_high"), (ARB_T, "arb_slow"),
          (REPORT_T, "report_good"), (AM_T, "am_praise"))


def gold():
    return {
        # ---- funnels / conversion (per dealer)
        "da01": lambda: conv("onboarding", *Y25),
        "da02": lambda: top_lost("onboarding", *H1_25),
        "da03": lambda: rank_conv("onboarding", *Y25, by="c.region", lowest=True, margin=1.2),
        "da04": lambda: conv("onboarding", *Y25, cond="c.region = 'Singapore'"),
        "da05": lambda: rank_conv("onboarding", *Y25, by='c."获客渠道"', lowest=True, margin=1.2),
        "da06": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'referral'"),
        "da07": lambda: conv("auction", *month(2025, 10)),
        "da08": lambda: top_lost("auction", *Q3_25),
        "da09": lambda: conv("activation", *H1_25, unbounded_only=True),
        # ---- per car (lot)
        "da10": lambda: rate(DELIVERY, DISPUTE, *Y25),
        "da11": lambda: rank_rate(DELIVERY, DISPUTE, *SEP_OCT_25, by='a."区域"', margin=1.4),
        "da12": lambda: rate(DELIVERY, DISPUTE, *SEP_OCT_25, "a.region = 'Guangdong'"),
        "da13": lambda: events_share(DELIVERY, "e.discrepancy_type = 'flood'", *SEP_OCT_25, "e.region = 'Guangdong'"),
        "da14": lambda: rank_rate(DELIVERY, DISPUTE, *Y25, by="a.inspection_partner", margin=1.3),
        "da15": lambda: rank_rate(DELIVERY, DISPUTE, *Y25, by='a."品牌"', margin=1.4),
        "da16": lambda: rate(DELIVERY, DISPUTE, *Y25, "a.vehicle_brand = 'Toyota'"),
        "da17": lambda: rate(WIN, DEFAULT, *Y25),
        "da18": lambda: rank_rate(WIN, DEFAULT, *Y25, by='c."车商类型"', margin=1.4),
        "da19": lambda: events_share(DELIVERY, "e.action = 'discrepancy'", *Y25),
        # ---- times between steps
        "da20": lambda: rank_step_time(PAY, PICKUP, *Q1_25, by='a."物流方式"', unit="hours", margin=1.3),
        "da21": lambda: step_time(PAY, PICKUP, *JAN_FEB_25, "a.carrier = 'speedhaul'", unit="hours"),
        "da22": lambda: step_time(PAY, PICKUP, *JAN_FEB_25, "a.carrier = 'platform'", unit="hours"),
        "da23": lambda: step_time(KYC_SUBMIT, KYC_OK, *Y25, "c.region = 'Malaysia'"),
        "da24": lambda: step_time(KYC_SUBMIT, KYC_OK, *Y25, "c.region = 'Singapore'"),
        "da25": lambda: step_time(DISPUTE, ARBITRATION, *Y25),
        "da26": lambda: rank_step_time(DISPUTE, ARBITRATION, *Y25, by='a."差异类型"', margin=1.3),
        # ---- money
        "da27": lambda: orders_sum(*Y25, col="o.hammer_price"),
        "da28": lambda: orders_sum(*Q4_25, col="o.buyer_fee"),
        "da29": lambda: orders_sum(*H2_25, col="o.buyer_fee + o.transport_fee"),
        "da30": lambda: top_orders('o."区域"', *Y25, col="o.hammer_price", margin=1.25),
        "da31": lambda: orders_avg(*Y25, cond="o.region = 'Malaysia'"),
        "da32": lambda: orders_avg(*Y25, cond="o.region = 'Singapore'"),
        "da33": lambda: orders_change(Y24, Y25),
        "da34": lambda: orders_sum(*month(2025, 12)),
        "da35": lambda: orders_sum(*month(2025, 11)),
        "da36": lambda: events_at(ARBITRATION, *Y25, "e.arbitration_result = 'unwind'"),
        "da37": lambda: events_sum(ARBITRATION, "e.compensation_amount", *Y25),
        "da38": lambda: per_customer(*Y25),
        "da39": lambda: per_customer(*Y25, "c.dealer_type = 'exporter'"),
        "da40": lambda: top_orders("o.vehicle_brand", *Y25, col="*", agg="count", margin=1.15),
        # ---- volumes / dealers
        "da41": lambda: events_at(WIN, "2025-03-10", "2025-03-16"),
        "da42": lambda: events_at(WIN, *month(2025, 1)),
        "da43": lambda: events_at(WIN, *month(2025, 2)),
        "da46": lambda: events_change(REGISTER, Y24, Y25),
        "da47": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "da48": lambda: customers_count("c.tier = 'platinum'"),
        # ---- feedback
        "da49": lambda: fb_topic_count(FLOOD_T),
        "da50": lambda: top_fb_count("f.region", FLOOD_T, margin=2.0),
        "da51": lambda: fb_topic_count(BATTERY_T),
        "da52": lambda: top_fb_count('f."品牌"', BATTERY_T, margin=1.3),
        "da53": lambda: fb_topic_count(KYC_T),
        "da54": lambda: top_fb_count('f."区域"', KYC_T, margin=2.0),
        "da55": lambda: top_fb_count("f.carrier", PICKUP_T, margin=2.0),
        "da56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *H2_24)}"),
        "da57": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "da58": lambda: fb_avg(f"{APP} AND f.region = 'Singapore' AND {_in('f.ts', *Y25)}", tol=0.03),
        "da59": lambda: top_fb_count("f.account_manager", AM_T, margin=1.5),
        "da60": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "da61": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "da62": lambda: feedback_ids(f"{FLOOD_T} AND {_in('f.ts', *SEP_OCT_25)}"),
        "da63": lambda: fb_topic_count(FEE_T),
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
