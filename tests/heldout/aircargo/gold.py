"""Gold answers for the aircargo (翼运 WingFreight) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 24 exact duplicate weighing scans (the warehouse scale re-sent them with the same event_id); they
  are loaded once (DATA.md), so every count here is over distinct rows.
- A customer / shipper / account is a customer_id. segment = ecommerce_seller / electronics_exporter /
  trading_company. account_status is the state at the end of the data (2026-05-31): prospect (registered, never
  approved), new (approved in the last 120 days), dormant (no quote request or booking in the last 90 days), active.
- A station is events.station (orders.station, feedback.station): Shenzhen, Shanghai, Hong Kong, Kuala Lumpur
  (station_zh 深圳 / 上海 / 香港 / 吉隆坡); a customer's home station is customers.region.
- A shipment is a shipment_no (= session_id on shipment events). Shipment facts are events: tp_booking (airline,
  lane, rate_usd_per_kg, quote_no), tp_weighing (declared / actual / volumetric / chargeable kg, weight_adjusted =
  chargeable weight above the declared weight by more than 5 %), tp_customs_declaration / tp_customs_hold
  (hold_reason) / tp_docs_submitted / tp_customs_release (hold_days on released holds), tp_offload (offload_reason)
  and tp_rebooking (delay_hours = hours between the booked and the actual flight), tp_flight_departed, tp_arrival,
  tp_delivery (delivery_type fba / 3pl_warehouse / consignee_door, dest_agent, delivery_days = arrival to delivery),
  tp_pod (pod_hours = delivery to POD upload), tp_claim_filed / tp_claim_settled (claim_type, claim_outcome,
  payout_usd, settle_days). Quotes: tp_quote_request / tp_quote_sent (response_minutes; "manual" = quote_method other
  than instant_online) / tp_rate_confirm, linked to the booking by quote_no.
- Shares of shipments are read in two ways where the period could attach to different events (e.g. offloads in the
  period / flights in the period, and shipments booked in the period that were offloaded); the value is the first
  reading and the tolerance covers the other.
- Funnels follow DATA.md: a customer reaches step k when it has an event at step k's touchpoint after reaching step
  k-1, within the journey's window_days from its first step-1 event in the period. Every rate is read twice, with
  later steps allowed after the period end and with every step inside the period; the value is the first reading
  and the tolerance covers both (at least 0.01). A segment or station funnel filters the customers.
  "Where do we lose the most" = the step with the most customers that reached it and not the next one.
- A/B test = experiments `instant_quote` (manual_quote = control, quotes by the sales desk; instant_quote = instant
  online quote), e-commerce sellers with an account by 2025-08-15, test window 2025-09-01 .. 2025-11-30. Per
  variant: the quote_to_book funnel over the window for its customers; shipment facts of its customers in the window.
- Money = orders with status `paid` (monthly statements; cancelled ones were re-issued, see reissue_of), dated by
  orders.ts (the statement date = the last day of the service month). Across stations in amount_usd; per station in
  the statement currency (amount: CNY for Shenzhen and Shanghai, HKD for Hong Kong, MYR for Kuala Lumpur). May 2026
  statements were not yet issued. Statement dispute shares are over original statements (reissue_of empty).
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint / praise topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period
  filter keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value (the quarterly
  survey). CSAT = rating 1-5 of the post-delivery survey (channel csat).
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-05-31, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-05-31"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_contact_at': 'TIMESTAMP'}})""")
    n_raw = one(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    nums = ["est_kg", "response_minutes", "rate_usd_per_kg", "rate_valid_days", "confirm_hours", "pieces",
            "pieces_received", "declared_kg", "actual_kg", "volumetric_kg", "chargeable_kg", "weight_diff_pct",
            "truck_wait_min", "declared_value_usd", "hold_days", "delay_hours", "delivery_days", "pod_hours",
            "claim_amount_usd", "payout_usd", "settle_days", "disputed_amount", "resolution_days", "wait_min",
            "kyc_days"]
    CON.execute("CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, "
                + ", ".join(f"try_cast({c} AS DOUBLE) AS {c}" for c in nums) + ") FROM events")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_usd': 'DOUBLE',
                    'issued_at': 'TIMESTAMP', 'paid_at': 'TIMESTAMP', 'reissue_of': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'airline': 'VARCHAR', 'shipment_no': 'VARCHAR'}})""")
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
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-07-01'")
    assert one("SELECT max(ts) FROM feedback") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")


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


def span(vals, floor=0.01, digits=4, rel=0.0):
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    fl = max(floor, abs(a) * rel)
    return dict(value=round(a, digits), tolerance=round(max(fl, dev + 0.005 if dev > 0 else fl), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = [r for r in q(sql) if r[0] is not None]
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
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


def readings(journey, start, end, upto=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        k = len(c) - 1 if upto is None else upto
        out.append(c[k] / c[0])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * 1.1, lost
        tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2025-09-01", "2025-11-30")
VARIANTS = ("manual_quote", "instant_quote")


def _variant(v, alias="c"):
    return f"""{alias}.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'instant_quote'
               AND variant = '{v}')"""


def exp_rates(journey):
    return {v: readings(journey, *EXP_WIN, cust_cond=_variant(v)) for v in VARIANTS}


def experiment_top(journey):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.08, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(journey, variant):
    return span(exp_rates(journey)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_sum(tp, col, start, end, cond="1=1", rel=0.002):
    return num(one(f"""SELECT sum({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), rel=rel)


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    v = one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1", tol=0.01):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                         GROUP BY 1""", gap=gap, lowest=lowest)


def _has(tp, key="shipment_no", cond="1=1"):
    return (f"e.{key} IN (SELECT {key} FROM events x WHERE x.touchpoint_id = '{tp}' AND x.{key} IS NOT NULL "
            f"AND {cond.replace('e.', 'x.')})")


def ship_share(base_tp, flag_tp, start, end, cond="1=1", alt=None, floor=0.01):
    """share of shipments with a base_tp event in the period that also have a flag_tp event; alt = a second
    reading (SQL returning one number)."""
    a = one(f"""SELECT avg(({_has(flag_tp)})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{base_tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    vals = [a] + ([one(alt)] if alt else [])
    return span(vals, floor=floor)


def offload_rate(airline_cond, start, end):
    """offloaded shipments / shipments on the airline, read by flight (offloads in the period over departures in
    the period) and by booking (shipments booked in the period that were offloaded)."""
    by_flight = one(f"""SELECT (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_offload' AND {airline_cond}
                                AND {_in('e.ts', start, end)})
                             / (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_flight_departed'
                                AND {airline_cond} AND {_in('e.ts', start, end)})""")
    by_booking = one(f"""SELECT avg(({_has('tp_offload')})::int) FROM events e
                         WHERE e.touchpoint_id = 'tp_booking' AND {airline_cond} AND {_in('e.ts', start, end)}""")
    return [by_flight, by_booking]


def top_offload_airline(start, end, gap=1.5):
    names = [r[0] for r in q("SELECT DISTINCT airline FROM events WHERE touchpoint_id = 'tp_booking'")]
    r = {a: offload_rate(f"e.airline = '{a}'", start, end) for a in names}
    for i in range(2):
        srt = sorted(r.values(), key=lambda x: x[i], reverse=True)
        assert srt[0][i] > srt[1][i] * gap, r
    best = max(r, key=lambda a: r[a][0])
    assert best == max(r, key=lambda a: r[a][1]), r
    return dict(top_entity=best)


# ---------- orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount_usd)", rel=0.002):
    v = one(f"""SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=0.5)


def order_share(num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount_usd ELSE 0 END) / sum(o.amount_usd)
                        FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_orders(col, start, end, cond="1=1", gap=1.1, agg="sum(o.amount_usd)"):
    return top_group(f"""SELECT {col}, {agg} FROM orders o
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1""", gap=gap)


def disputed_share(start, end, cond="1=1"):
    by_no = one(f"""SELECT avg((o.statement_no IN (SELECT statement_no FROM events WHERE
                    touchpoint_id = 'tp_statement_dispute'))::int) FROM orders o
                    WHERE o.reissue_of IS NULL AND {_in('o.ts', start, end)} AND ({cond})""")
    return span([by_no])


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "offload": "(f.text LIKE '%拉货%' OR lower(f.text) LIKE '%offloaded%')",
    "battery_hold": "(f.text LIKE '%电池%' OR lower(f.text) LIKE '%battery%')",
    "volumetric": "(f.text LIKE '%体积重%' OR lower(f.text) LIKE '%volumetric%')",
    "fba_delay": "(f.text LIKE '%入仓预约%' OR lower(f.text) LIKE '%fba appointment%')",
    "damage": "(f.text LIKE '%破损%' OR lower(f.text) LIKE '%damaged%')",
    "shortage": "(f.text LIKE '%少件%' OR lower(f.text) LIKE '%missing carton%')",
    "claim_rejected": "(f.text LIKE '%拒赔%' OR lower(f.text) LIKE '%rejected%')",
    "fuel_surcharge": "(f.text LIKE '%燃油附加费%' OR lower(f.text) LIKE '%fuel surcharge%')",
    "billing": "(f.text LIKE '%对账%' OR lower(f.text) LIKE '%invoice%')",
    "quote_slow": "(f.text LIKE '%等报价%' OR lower(f.text) LIKE '%quote back%')",
    "pod_late": "(f.text LIKE '%签收单%' OR f.text LIKE '%POD%')",
    "onboarding_slow": "(f.text LIKE '%开户%' OR lower(f.text) LIKE '%account opening%')",
    "tracking": "(f.text LIKE '%轨迹%' OR lower(f.text) LIKE '%tracking%')",
    "instant_quote": "(f.text LIKE '%在线报价%' OR lower(f.text) LIKE '%instant quote%')",
    "fast_transit": "(f.text LIKE '%时效%' OR lower(f.text) LIKE '%transit time%')",
    "ops_praise": "(f.text LIKE '%专业%' OR lower(f.text) LIKE '%professional%')",
    "price_praise": "(f.text LIKE '%运价%' OR lower(f.text) LIKE '%rates%')",
    "price_compare": "(f.text LIKE '%比价%' OR lower(f.text) LIKE '%comparing%')",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def check_markers():
    for topic in MARK:
        topic_count(topic)


def top_neg_topic(extra="1=1", gap=1.3):
    """the biggest complaint topic (truth), for questions that ask what people complain about most."""
    rows = q(f"""SELECT t.topic, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {NEG} AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return rows[0][0]


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t
                                                    USING (feedback_id) WHERE {cond} ORDER BY 1""")])


def top_complaint_ids(extra):
    return fb_ids(f"t.topic = '{top_neg_topic(extra)}' AND {extra}")


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def fb_avg(col, cond, floor=0.02):
    return num(one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
               rel=0.0, floor=floor)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    check_markers()
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {zh} zh / {len(items) - zh} en;",
          {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "unsupported", "clarify")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


# ---------- the batch ----------

ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Y26 = ("2026-01-01", LAST)
Q = quarter
ND25 = ("2025-11-01", "2025-12-31")
ND24 = ("2024-11-01", "2024-12-31")
SZX, PVG, HKG, KUL = "'Shenzhen'", "'Shanghai'", "'Hong Kong'", "'Kuala Lumpur'"
US = "('LAX', 'JFK', 'ORD')"
ZNT = "e.airline = 'Zenith Air'"
MANUAL = "e.quote_method <> 'instant_online'"
ECOM = "c.segment = 'ecommerce_seller'"


def quote_won(resp_cond, start, end):
    """share of quotes sent in the period (response time condition) whose quote_no was booked."""
    return rate(one(f"""SELECT avg(({_has('tp_booking', 'quote_no')})::int) FROM events e
                        WHERE e.touchpoint_id = 'tp_quote_sent' AND {_in('e.ts', start, end)} AND ({resp_cond})"""))


def hold_share(station, battery, start, end):
    cond = f"e.station = {station} AND e.battery = '{battery}'"
    by_decl = one(f"""SELECT avg(({_has('tp_customs_hold', 'declaration_no')})::int) FROM events e
                      WHERE e.touchpoint_id = 'tp_customs_declaration' AND {_in('e.ts', start, end)} AND {cond}""")
    by_rows = one(f"""SELECT (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_customs_hold' AND {cond}
                              AND {_in('e.ts', start, end)})
                           / (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_customs_declaration'
                              AND {cond} AND {_in('e.ts', start, end)})""")
    return span([by_decl, by_rows])


def damage_share(station, start, end):
    cond = f"e.station = {station}"
    by_ship = one(f"""SELECT avg(({_has('tp_claim_filed', cond="x.claim_type = 'damage'")})::int) FROM events e
                      WHERE e.touchpoint_id = 'tp_delivery' AND {_in('e.ts', start, end)} AND {cond}""")
    by_rows = one(f"""SELECT (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_claim_filed'
                              AND e.claim_type = 'damage' AND {cond} AND {_in('e.ts', start, end)})
                           / (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_delivery' AND {cond}
                              AND {_in('e.ts', start, end)})""")
    return span([by_ship, by_rows], floor=0.005)


def exp_weight_share(variant):
    return ev_share("tp_weighing", "e.weight_adjusted = 'yes'", *EXP_WIN, cond=_variant(variant))


def rejected_dormant():
    return rate(one("""SELECT avg((c.account_status = 'dormant')::int) FROM customers c WHERE c.customer_id IN
                       (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_claim_settled'
                        AND claim_outcome = 'rejected')"""))


def never_rejected_dormant():
    return rate(one("""SELECT avg((c.account_status = 'dormant')::int) FROM customers c WHERE c.customer_id IN
                       (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_claim_settled')
                       AND c.customer_id NOT IN (SELECT customer_id FROM events WHERE
                       touchpoint_id = 'tp_claim_settled' AND claim_outcome = 'rejected')"""))


def fba_days(y, m):
    """US FBA deliveries: arrival -> delivery days, read by delivery date and by landing date in the month."""
    cond = f"e.delivery_type = 'fba' AND e.dest_airport IN {US}"
    by_delivery = one(f"""SELECT avg(e.delivery_days) FROM events e WHERE e.touchpoint_id = 'tp_delivery'
                           AND {cond} AND {_in('e.ts', *month(y, m))}""")
    by_arrival = one(f"""SELECT avg(e.delivery_days) FROM events e WHERE e.touchpoint_id = 'tp_delivery' AND {cond}
                          AND e.shipment_no IN (SELECT shipment_no FROM events x WHERE x.touchpoint_id = 'tp_arrival'
                          AND {_in('x.ts', *month(y, m))})""")
    return span([by_delivery, by_arrival], floor=0.1)


def top_damage_station(start, end):
    return top_group(f"""SELECT e.station, avg(({_has('tp_claim_filed', cond="x.claim_type = 'damage'")})::int)
                         FROM events e WHERE e.touchpoint_id = 'tp_delivery' AND {_in('e.ts', start, end)}
                         GROUP BY 1""", gap=2.0)


def hk_dispute_reason():
    return top_group(f"""SELECT e.dispute_reason, count(*) FROM events e WHERE e.touchpoint_id = 'tp_statement_dispute'
                         AND e.statement_no IN (SELECT statement_no FROM orders o WHERE o.station = {HKG}
                         AND {_in('o.ts', *Q(2026, 1))}) GROUP BY 1""", gap=3.0)


def approved(start, end):
    a = one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}")
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_account_approved' AND {_in('e.ts', start, end)}")
    assert a == b, (a, b)
    return count(a)


def gold() -> dict:
    return {
        # ---- instant quote A/B and the quote desk
        "ac01": lambda: experiment_top("quote_to_book"),
        "ac02": lambda: experiment_value("quote_to_book", "manual_quote"),
        "ac03": lambda: ev_avg("tp_quote_sent", "e.response_minutes", *EXP_WIN, cond=_variant("manual_quote"),
                               floor=1.0),
        "ac04": lambda: exp_weight_share("instant_quote"),
        "ac05": lambda: exp_weight_share("manual_quote"),
        "ac06": lambda: conv("quote_to_book", *Y25),
        "ac07": lambda: top_lost("quote_to_book", *Y25),
        "ac08": lambda: conv("quote_to_book", *Y26, cust_cond=ECOM),
        "ac09": lambda: conv("quote_to_book", *Y25, cust_cond=ECOM),
        "ac10": lambda: top_ev_value("tp_quote_sent", "e.station", *Y25, cond=MANUAL, agg="avg(e.response_minutes)",
                                     gap=1.3),
        "ac11": lambda: ev_avg("tp_quote_sent", "e.response_minutes", *H2_25, cond=f"{MANUAL} AND e.station = {PVG}",
                               floor=1.0),
        "ac12": lambda: quote_won("e.response_minutes > 240", *Y25),
        "ac13": lambda: quote_won("e.response_minutes <= 60", *Y25),
        # ---- customs
        "ac14": lambda: hold_share(SZX, "yes", "2025-04-01", LAST),
        "ac15": lambda: hold_share(SZX, "no", "2025-04-01", LAST),
        "ac16": lambda: top_ev_value("tp_customs_hold", "e.hold_reason", *Y25, cond=f"e.station = {SZX}", gap=1.5),
        "ac17": lambda: ev_avg("tp_customs_release", "e.hold_days", *ALL, cond="e.hold_reason = 'battery_docs'"),
        "ac18": lambda: ev_avg("tp_customs_release", "e.hold_days", *ALL, cond="e.hold_reason <> 'battery_docs'"),
        "ac19": lambda: top_ev_value("tp_customs_hold", "e.station", *Y25, gap=1.5),
        # ---- offloads and airlines
        "ac20": lambda: top_offload_airline(*ND25),
        "ac21": lambda: span(offload_rate(ZNT, *ND25)),
        "ac22": lambda: span(offload_rate(ZNT, *ND24)),
        "ac23": lambda: ev_avg("tp_rebooking", "e.delay_hours", *ND25, cond=ZNT),
        "ac24": lambda: top_ev_value("tp_offload", "e.offload_reason", *Q(2025, 4), gap=1.5),
        "ac25": lambda: ev_count("tp_offload", *Y25),
        "ac26": lambda: top_ev_value("tp_booking", "e.airline", *Y25, cond="e.lane = 'SZX-LAX'",
                                     agg="avg(e.rate_usd_per_kg)", lowest=True, gap=1.05),
        "ac27": lambda: top_ev_value("tp_flight_departed", "e.airline", *Y25, agg="sum(e.chargeable_kg)", gap=1.1),
        # ---- warehouse and delivery
        "ac28": lambda: ev_avg("tp_cargo_received", "e.truck_wait_min", *H2_25, cond=f"e.station = {PVG}"),
        "ac29": lambda: ev_avg("tp_cargo_received", "e.truck_wait_min", *H1_25, cond=f"e.station = {PVG}"),
        "ac30": lambda: ev_count("tp_cargo_received", *month(2026, 3), cond=f"e.station = {HKG}"),
        "ac31": lambda: ev_share("tp_weighing", "e.weight_adjusted = 'yes'", *Y25),
        "ac32": lambda: fba_days(2025, 12),
        "ac33": lambda: fba_days(2025, 9),
        "ac34": lambda: top_ev_value("tp_pod", "e.dest_agent", *Y25, agg="avg(e.pod_hours)", gap=2.0),
        "ac35": lambda: ev_avg("tp_pod", "e.pod_hours", *Y25, cond="e.dest_agent = 'EuroHub Logistics'"),
        # ---- claims
        "ac36": lambda: top_damage_station(*H2_25),
        "ac37": lambda: damage_share(PVG, *H2_25),
        "ac38": lambda: top_ev_value("tp_claim_settled", "e.claim_type", *ALL,
                                     agg="avg((e.claim_outcome = 'rejected')::int)", gap=1.2),
        "ac39": lambda: ev_sum("tp_claim_settled", "e.payout_usd", *Y25),
        "ac40": lambda: ev_avg("tp_claim_settled", "e.settle_days", *Y25),
        "ac41": rejected_dormant,
        "ac42": never_rejected_dormant,
        # ---- money
        "ac43": lambda: orders(*Y25),
        "ac44": lambda: top_orders("o.station", *Y25, gap=1.5),
        "ac45": lambda: orders(*Y25, cond=f"o.station = {HKG}", agg="sum(o.amount)"),
        "ac46": lambda: orders(*Y25, cond=f"o.station = {KUL}", agg="sum(o.amount)"),
        "ac47": lambda: top_orders("o.segment", *Y25, gap=1.5),
        "ac48": lambda: top_orders("o.customer_id", *Y25, gap=1.5),
        "ac49": lambda: order_share("o.segment = 'ecommerce_seller'", *Y25),
        "ac50": lambda: disputed_share(*Q(2026, 1), cond=f"o.station = {HKG}"),
        "ac51": hk_dispute_reason,
        "ac52": lambda: orders(*month(2025, 11)),
        # ---- onboarding and accounts
        "ac53": lambda: conv("onboarding", *ALL),
        "ac54": lambda: conv("onboarding", *ALL, cust_cond=f"c.region = {KUL}"),
        "ac55": lambda: ev_avg("tp_account_approved", "e.kyc_days", *ALL, cond=f"e.station = {KUL}"),
        "ac56": lambda: cust_count("c.segment = 'ecommerce_seller' AND c.account_status = 'active'"),
        "ac57": lambda: cust_count("c.account_status = 'dormant'"),
        "ac58": lambda: approved(*Y25),
        # ---- feedback
        "ac59": lambda: top_complaint_ids(_in("f.ts", *ND25)),
        "ac60": lambda: topic_count("offload", _in("f.ts", *Y25)),
        "ac61": lambda: topic_count("battery_hold"),
        "ac62": lambda: topic_count("volumetric"),
        "ac63": lambda: topic_count("fuel_surcharge", _in("f.ts", *Q(2026, 1))),
        "ac64": lambda: fb_ids("t.topic = 'instant_quote'"),
        "ac65": lambda: fb_ratio(NEG, _in("f.ts", *Q(2025, 4))),
        "ac66": lambda: fb_ratio(NEG, _in("f.ts", *Q(2026, 1))),
        "ac67": lambda: nps(_in("f.ts", *Y25)),
        "ac68": lambda: fb_avg("f.rating", f"f.channel = 'csat' AND f.airline = 'Zenith Air' AND "
                                           f"{_in('f.ts', *Q(2025, 4))}"),
        "ac69": lambda: fb_count("f.ts IS NULL"),
        "ac70": lambda: fb_ids("t.topic = 'pod_late'"),
        "ac71": lambda: ev_count("tp_booking", "2026-05-11", "2026-05-17"),
    }


if __name__ == "__main__":
    raise SystemExit(main())
