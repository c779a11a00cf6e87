"""Gold answers for the 驰欧班列 RailLink China-Europe rail freight held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "users" / "shippers" / "customers" = shipper accounts (customer_id). Funnels follow DATA.md: a shipper reaches step
  k with an event at step k's touchpoint strictly after reaching step k-1, within the journey window from their first
  step-1 event in the period (online_booking 30 d, am_booking 14 d, rail_transit 35 d, claims 45 d); rates are per
  shipper; the tolerance covers both readings (later steps allowed after the period end, or not) unless the question
  says later steps count up to the end of the data (2026-08-31). "Where do we lose the most" = the step whose next
  step is not reached by the most shippers (the loss between step k and k+1 is attributed to step k);
- a session_id is one shipment (RL…, from the quote on). Per-shipment rates count shipments whose first A event falls
  in the period and look for B in the same shipment at or after A (any time up to the end of the data); a shipment's
  origin, destination, cargo type, container type, device and account manager are read from its A event, the
  acquisition channel from the customers table. Quote-to-booking = shipments with a tp_quote_online (resp.
  tp_am_quote) that have a tp_booking row of action 'submitted'. Pre-declaration rejection rate = shipments whose
  first tp_predeclare falls in the period with at least one 'rejected' row. Hold rate = shipments that entered the EU
  (tp_border_eu) in the period with a tp_hold 'held' row. Claim rates = delivered shipments (tp_pod in the period)
  with a tp_claim of that claim_type. Failed first delivery = door-to-door shipments whose first tp_last_mile row
  (in the period) is 'failed';
- times between steps = B ts - A ts of the same shipment in fractional days (first B at or after the first A), median
  over shipments whose A falls in the period (Malaszewicze leg = tp_border_cn -> tp_border_eu; rail transit =
  tp_departure -> tp_arrival_notice; hold time = 'held' -> 'released' at tp_hold);
- volumes = event rows at the touchpoint (exact duplicate rows, the rail operator's EDI message delivered twice,
  loaded once); holds = tp_hold rows of action 'held'; cancellations = tp_booking rows of action 'cancelled';
- money = orders with status `paid` by invoice ts, summed in `amount_cny` (CNY equivalent) unless the question asks
  for a currency's own amount (then `amount` of invoices in that `currency`). Revenue = every paid invoice (rail
  freight, customs service fee, storage, last mile). Outstanding = status `unpaid`. Refunded last-mile fees = status
  `refunded`. Revenue per shipper = paid amount_cny / distinct paying shippers;
- A/B test slot_lock_quote_2026: a shipper converts when they have a tp_booking 'submitted' at or after their
  assigned_at (any time up to the end of the data); rates per assigned shipper;
- customer attributes as stored (customers table, state at the end of the data); zh questions are checked against
  the Chinese twins (始发站, 目的站, 货类, 扣箱原因, 获客渠道, account_manager in Chinese), en ones against the English
  values (origin, destination, cargo_type, hold_reason, acquisition_channel, account_manager_en);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = portal_review rows with a rating; negative = 1-2 stars; NPS = nps_survey
  `nps`, NPS score = share 9-10 minus share 0-6 (a fraction);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per shipper, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return steps, counts


def conv(journey, start, end, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        _, c = funnel(journey, start, end, bounded)
        vals.append(c[-1] / c[0])
    mid = (max(vals) + min(vals)) / 2
    return dict(value=round(mid, 4), tolerance=round(max(0.01, (max(vals) - min(vals)) / 2 + 0.005), 4))


def top_lost(journey, start, end, margin=1.1):
    steps, c = funnel(journey, start, end)
    lost = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(steps) - 1)), key=lambda r: -r[1])
    _assert_margin(lost, margin)
    return dict(top_entity=lost[0][0])


# ---------- per shipment (session_id) ----------

def _firsts(tp, start, end):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _rate_rows(a, b, start, end, cond="1=1", by=None, bcond="1=1"):
    grp = f"{by}, " if by else ""
    return q(f"""SELECT {grp} avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = a.session_id
                        AND x.touchpoint_id = '{b}' AND x.ts >= a.ts AND ({bcond})))::int) r, count(*) n
                 FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id)
                 WHERE ({cond}) {'AND ' + by + ' IS NOT NULL GROUP BY 1' if by else ''}""")


def rate(a, b, start, end, cond="1=1", bcond="1=1", min_n=30):
    r, n = _rate_rows(a, b, start, end, cond, bcond=bcond)[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def rank_rate(a, b, start, end, by, margin=1.1, lowest=False, min_n=30, cond="1=1", bcond="1=1"):
    rows = [r for r in _rate_rows(a, b, start, end, cond, by, bcond) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _times(a, b, start, end, cond="1=1", bcond="1=1"):
    return f"""SELECT a.*, date_diff('second', a.ts, (SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id
                      AND x.touchpoint_id = '{b}' AND x.ts >= a.ts AND ({bcond}))) / 86400.0 AS d
               FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id) WHERE ({cond})"""


def step_time(a, b, start, end, cond="1=1", bcond="1=1"):
    v, n = q(f"SELECT median(d), count(d) FROM ({_times(a, b, start, end, cond, bcond)}) WHERE d IS NOT NULL")[0]
    assert n >= 20, n
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


def top_step_time(a, b, start, end, by, margin=1.2, min_n=20, cond="1=1"):
    rows = q(f"""SELECT {by}, median(d) m, count(d) n FROM ({_times(a, b, start, end, cond)}) a
                 WHERE d IS NOT NULL GROUP BY 1 HAVING count(d) >= {min_n} ORDER BY m DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- volumes ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_all(tp, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})"),
                tolerance=0.5)


def top_month_count(tp, start, end, margin=1.02):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(value=rows[0][1], tolerance=0.5)


def top_events_by(col, tp, start, end, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_booking' AND e.action = 'submitted'
                       AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE experiment_id = 'slot_lock_quote_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount_cny"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, col="o.amount_cny"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE {cond}"))


def orders_share(start, end, num):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount_cny ELSE 0 END) / sum(o.amount_cny) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount_cny) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount_cny) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum", lowest=False):
    rows = q(f"""SELECT {by}, {agg}(o.amount_cny) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY n {'' if lowest else 'DESC'}""")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
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


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
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
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q4_25 = quarter(2025, 2), quarter(2025, 4)
ALL = ("2025-01-01", "2026-08-31")
JAM = ("2025-11-01", "2026-01-31")
XIAN_BUG = ("2026-03-09", "2026-04-26")
(PROMO, QON, QAM, BOOK, SLOT, PRE, GATE, DEP, BCN, BEU, HOLD, DELAY, ARR, CLR, LM, POD, CLAIM, CLOSED, INV, TRACK,
 REVIEW) = ("tp_promo", "tp_quote_online", "tp_am_quote", "tp_booking", "tp_slot_confirm", "tp_predeclare",
            "tp_gate_in", "tp_departure", "tp_border_cn", "tp_border_eu", "tp_hold", "tp_delay_notice",
            "tp_arrival_notice", "tp_eu_clearance", "tp_last_mile", "tp_pod", "tp_claim", "tp_claim_closed",
            "tp_invoice", "tp_tracking", "tp_review")
SUBMITTED = "x.action = 'submitted'"
RATED = "f.rating IS NOT NULL"
TOPIC_MARKERS = {"congestion": ["马拉舍维奇", "malaszewicze"], "inspection": ["查验", "inspection"],
                 "predeclare": ["预申报", "pre-declaration"], "damage": ["货损", "damaged"],
                 "shortage": ["少货", "missing cartons"], "lastmile": ["派送", "delivery slot"],
                 "invoice": ["账单", "invoice"], "tracking": ["轨迹", "tracking"],
                 "slow_reply": ["回复慢", "slow to reply"], "pricey": ["太贵", "expensive"],
                 "am_praise": ["客户经理", "account manager"], "faster": ["比海运快", "faster than sea"],
                 "ontime": ["准时", "on time"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels
        "rc01": lambda: conv("online_booking", *Y25),
        "rc02": lambda: top_lost("online_booking", *H1_26),
        "rc03": lambda: conv("am_booking", *Q4_25),
        "rc04": lambda: conv("rail_transit", *Q4_25, unbounded_only=True),
        "rc05": lambda: conv("claims", *Y25),
        "rc06": lambda: conv("claims", *H1_26),
        # ---- per-shipment rates
        "rc07": lambda: rate(PRE, PRE, *XIAN_BUG, "a.origin = 'Xi''an'", "x.action = 'rejected'"),
        "rc08": lambda: rate(PRE, PRE, *XIAN_BUG, "a.origin = 'Chongqing'", "x.action = 'rejected'"),
        "rc09": lambda: rate(PRE, PRE, "2026-01-01", "2026-02-28", "a.origin = 'Xi''an'", "x.action = 'rejected'"),
        "rc10": lambda: rate(BEU, HOLD, *H1_26, "a.origin = 'Yiwu' AND a.cargo_type = 'small_commodities'",
                             "x.action = 'held'"),
        "rc11": lambda: rank_rate(BEU, HOLD, *H1_26, by="a.cargo_type", bcond="x.action = 'held'", margin=1.8),
        "rc12": lambda: rate(QON, BOOK, *Y25, bcond=SUBMITTED),
        "rc13": lambda: rank_rate(QON, BOOK, *Y25, by='c."获客渠道"', bcond=SUBMITTED, lowest=True, margin=1.1),
        "rc14": lambda: rate(QON, BOOK, *Y25, "a.device = 'pc'", SUBMITTED),
        "rc15": lambda: rate(POD, CLAIM, *Y25, "a.destination = 'Madrid'", "x.claim_type = 'damage'"),
        "rc16": lambda: rank_rate(POD, CLAIM, *ALL, by="a.destination", bcond="x.claim_type = 'damage'", margin=2.0),
        "rc17": lambda: rate(POD, CLAIM, *ALL, "a.container_type = 'LCL'", "x.claim_type = 'shortage'"),
        "rc18": lambda: rate(LM, LM, *month(2025, 8), "a.destination = 'Madrid'", "x.action = 'failed' AND x.attempt = 1"),
        "rc19": lambda: rate(LM, LM, "2026-07-01", "2026-08-31", "a.destination = 'Madrid'",
                             "x.action = 'failed' AND x.attempt = 1"),
        # ---- step times
        "rc21": lambda: step_time(BCN, BEU, *JAM),
        "rc22": lambda: step_time(BCN, BEU, *Q2_26),
        "rc23": lambda: step_time(DEP, ARR, *Y25, "a.destination = 'Madrid'"),
        "rc24": lambda: top_step_time(DEP, ARR, *H1_26, by='a."目的站"', margin=1.15),
        "rc25": lambda: top_events_by("e.border_crossing", BCN, *Y25, cond="e.origin = 'Xi''an'", margin=1.4),
        "rc27": lambda: step_time(CLAIM, CLOSED, *ALL, "a.claim_type = 'shortage'"),
        "rc28": lambda: step_time(HOLD, HOLD, *H1_26, "a.hold_reason = 'eu_customs_inspection'",
                                  "x.action = 'released'"),
        # ---- volumes
        "rc29": lambda: events_at(DEP, *month(2025, 9)),
        "rc30": lambda: events_at(DELAY, "2025-12-08", "2025-12-14"),
        "rc31": lambda: events_at(DELAY, *month(2025, 11)),
        "rc32": lambda: events_at(HOLD, *H1_26, "e.action = 'held'"),
        "rc33": lambda: events_all(CLAIM),
        "rc34": lambda: top_events_by("e.reject_reason", PRE, *Y25, cond="e.action = 'rejected'", margin=1.2),
        "rc35": lambda: top_events_by('e."扣箱原因"', HOLD, *H1_26, cond="e.action = 'held'", margin=1.5),
        "rc36": lambda: events_at(BOOK, *Q1_26, "e.action = 'cancelled'"),
        # ---- A/B
        "rc38": lambda: ab_rate("slot_lock"),
        "rc39": lambda: ab_rate("standard"),
        "rc40": lambda: ab_diff("slot_lock", "standard"),
        # ---- money
        "rc41": lambda: orders(*Y25),
        "rc42": lambda: orders(*H1_26, "o.order_type = 'rail_freight' AND o.destination = 'Madrid'"),
        "rc43": lambda: orders_share(*Y25, "o.currency = 'EUR'"),
        "rc44": lambda: orders_all("o.status = 'unpaid'"),
        "rc45": lambda: orders(*H1_26, "o.order_type = 'storage'"),
        "rc46": lambda: top_orders('o."始发站"', *Y25, "o.order_type = 'rail_freight'", margin=1.1),
        "rc47": lambda: orders_avg(*Y25, "o.order_type = 'rail_freight' AND o.container_type = '40HQ'"),
        "rc48": lambda: orders_change(Q2_25, Q2_26),
        "rc49": lambda: orders_all("o.order_type = 'last_mile' AND o.status = 'refunded'", col="o.amount"),
        "rc50": lambda: per_customer(*Y25),
        "rc51": lambda: top_orders("o.account_manager_en", *H1_26, margin=1.05),
        "rc52": lambda: orders(*month(2026, 7), "o.order_type = 'rail_freight' AND o.currency = 'USD'",
                               col="o.amount"),
        # ---- customers
        "rc53": lambda: customers_count("c.tier = 'key_account'"),
        "rc54": lambda: customers_share("c.segment = 'at_risk'"),
        "rc55": lambda: top_customers_by("c.acquisition_channel", "c.region = 'Northwest'", margin=1.05),
        # ---- feedback
        "rc56": lambda: fb_topic_count(TP["congestion"]),
        "rc57": lambda: fb_topic_count(TP["damage"]),
        "rc58": lambda: fb_topic_count(TP["shortage"]),
        "rc59": lambda: fb_topic_count(TP["predeclare"]),
        "rc60": lambda: top_fb_count("f.account_manager", TP["slow_reply"], margin=1.5),
        "rc61": lambda: fb_topic_count(TP["slow_reply"]),
        "rc62": lambda: fb_avg(f"f.channel = 'portal_review' AND {_in('f.ts', *Y25)}"),
        "rc63": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *H1_26)}"),
        "rc64": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *H1_26)}"),
        "rc65": lambda: nps_score("f.channel = 'nps_survey' AND f.account_manager_en = 'Wang Lei'"),
        "rc66": lambda: rank_fb_avg("f.account_manager_en", "1=1", 30, margin=0.15),
        "rc67": lambda: feedback_ids(TP["inspection"]),
        "rc68": lambda: fb_count("f.ts IS NULL"),
        "rc69": lambda: fb_topic_count(TP["faster"]),
        "rc70": lambda: fb_topic_count(TP["tracking"]),
    }


def checks():
    for topic, cond in TP.items():
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
    langs = [it["lang"] for it in items]
    print("items", len(items), "zh", langs.count("zh"), "en", langs.count("en"),
          "statuses", {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "unsupported",
                                                                                         "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
