"""Gold answers for the 宠药宝 PetRx online veterinary pharmacy held-out batch: plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Any event at a touchpoint
  counts (a vet check answered "rejected" still reaches the vet-check step; a pharmacist hold reaches the review step).
  Each rate is computed twice, with later steps allowed after the period end and with every step required inside the
  period; the tolerance covers both (`conv`). Where the question says later steps may fall after the period, only the
  open version is used (`conv_open`). Filters by hub / city, clinic group, acquisition channel, campaign apply to the
  customers row (events carry the same hub_id, asserted);
- "customers / owners / people / 客户 / 人" = distinct customer_id; counts of a step = its events (e.g. refund
  requests = tp_refund_request events, adverse reaction reports = tp_adverse_report events, temperature alerts =
  tp_cold_chain_alert events, pharmacist holds = tp_pharmacist_review events with action on_hold, missed refills =
  tp_missed_refill events), "how many people" = distinct customers with such an event;
- cold-chain excursion share = tp_cold_chain_alert events / tp_delivery events with cold_chain = true in the period
  (one alert per excursion, asserted); auto-refill payment failure share = tp_autorefill_order events with action
  payment_failed / those with action charged or payment_failed (retries included; stock-out skips and expired-script
  holds are not charge attempts); vet-check turnaround = events.verify_hours of tp_vet_verify events dated in the
  period; days in transit = events.delivery_days of tp_delivery events dated in the period;
- A/B test refill_reminder_2025: reorder = a tp_checkout event within 10 days after assigned_at (the first reminder
  of the test), per assigned customer;
- money = orders with status `paid`, `amount` in CNY (the group's reporting currency; `amount_local` only when SGD /
  AUD is asked), dated by `ts`, shipping included. Refunded money = refund_amount (CNY) of refunded orders dated by
  refunded_at. Refund share = refunded / all orders (any status) in the period. Per paying customer = paid amount /
  distinct customers with a paid order in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "差评 / 1-2 stars" = rating 1-2; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic
  counts use text markers with a 5 % tolerance, checked equal to the truth topic; "all feedback" includes undated
  rows (social posts, some app reviews), a period filter keeps dated rows only; hub of a comment = feedback.hub_id;
- zh questions about a value with a Chinese twin column expect the Chinese value (city_zh, acquisition_channel_zh,
  clinic_group_zh, pet_species_zh, product_zh via orders, *_reason_zh, reaction_type_zh), en questions the English /
  raw value (city, acquisition_channel, clinic_group, product_id / product_en, courier, raw reasons) or touchpoint_id;
  cities stand for hubs (one hub per city);
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of`
  (else 2026-05-31, the last day of the data).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t, casts in (
            ("customers", (("signup_at", "TIMESTAMP"),)),
            ("events", (("ts", "TIMESTAMP"), ("verify_hours", "DOUBLE"), ("delivery_days", "DOUBLE"),
                        ("temp_max_c", "DOUBLE"), ("review_hours", "DOUBLE"))),
            ("orders", (("ts", "TIMESTAMP"), ("amount", "DOUBLE"), ("amount_local", "DOUBLE"),
                        ("refund_amount", "DOUBLE"), ("refunded_at", "TIMESTAMP"))),
            ("feedback", (("ts", "TIMESTAMP"), ("rating", "DOUBLE"), ("nps", "DOUBLE"))),
            ("experiments", (("assigned_at", "TIMESTAMP"),))):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"all_varchar=true)")
        for col, typ in casts:
            CON.execute(f"ALTER TABLE {t} ALTER {col} TYPE {typ}")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.hub_id <> c.hub_id") == 0
    assert one("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.hub_id <> c.hub_id") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) WHERE c.customer_id IS NULL") == 0
    # one temperature alert per excursion delivery
    assert one("""SELECT count(*) FROM events WHERE touchpoint_id = 'tp_delivery' AND temp_ok = 'false'""") == \
        one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_cold_chain_alert'")
    assert one("SELECT max(ts) FROM events").strftime("%Y-%m") == "2026-05"


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
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


def _rate(c, a, b, drop):
    r = c[(b or len(c)) - 1] / c[a - 1]
    return 1 - r if drop else r


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = [_rate(funnel(journey, start, end, bounded=bd, **kw), a, b, drop) for bd in (False, True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    return dict(value=round(_rate(funnel(journey, start, end, **kw), a, b, drop), 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, f"top step not clear: {c} {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = _rate(c, a, b, False)
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def top_events(tp, start, end, col, cond="1=1", gap=1.3, users=False):
    agg = "count(DISTINCT e.customer_id)" if users else "count(*)"
    rows = q(f"""SELECT {col}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def ev_avg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"""SELECT {agg}({expr}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def top_ev_avg(tp, expr, start, end, col, gap, cond="1=1"):
    rows = q(f"""SELECT {col}, avg({expr}) v FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


COLD = "e.cold_chain = 'true'"
CHARGE = "e.action IN ('charged', 'payment_failed')"


def excursion_share(start, end, cond="1=1"):
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_delivery'
                AND {COLD} AND {_in('e.ts', start, end)} AND ({cond})""")
    a = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_cold_chain_alert' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(a / n, 4), tolerance=0.01)


def exp_rate(variant):
    v = one("""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_checkout' AND e.ts > x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 10 DAY))::int)
               FROM experiments x WHERE x.experiment_id = 'refill_reminder_2025' AND x.variant = ?""", variant)
    return dict(value=round(v, 4), tolerance=0.01)


def exp_top():
    a, b = exp_rate("early_7d")["value"], exp_rate("control")["value"]
    assert abs(a - b) > 0.05, (a, b)
    return dict(top_entity="early_7d" if a > b else "control")


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def refunded_money(start, end):
    v = float(one(f"SELECT sum(refund_amount) FROM orders o WHERE o.status = 'refunded' AND {_in('o.refunded_at', start, end)}"))
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def money_share(start, end, num):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, both=False):
    tops = set()
    for st in ([status, None] if both else [status]):
        stc = "1=1" if st is None else f"o.status = '{st}'"
        rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {stc} AND {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, gap=1.2, cond="1=1"):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                              WHERE {cond} ORDER BY 1""")]
    assert len(ids) >= 5, (cond, ids)
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    both = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                   WHERE ({marker}) AND t.topic IN ({tl}) AND {extra}""")
    assert n == truth == both, (marker, n, truth, both)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.3, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-07-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "t.sentiment = 'neg'"
SG, SY, GZ = "c.hub_id = 'SG'", "c.hub_id = 'SY'", "c.hub_id = 'GZ'"
COLD_FB = "(f.text LIKE '%冰袋%' OR lower(f.text) LIKE '%ice pack%')"
VERIFY_FB = "(f.text LIKE '%核验%' OR lower(f.text) LIKE '%verif%')"
PAYFAIL_FB = "(f.text LIKE '%扣款%' OR lower(f.text) LIKE '%payment%')"
VOMIT_FB = "(f.text LIKE '%吐%' OR lower(f.text) LIKE '%vomit%')"
WEIGHT_FB = "(f.text LIKE '%体重%' OR lower(f.text) LIKE '%weight%')"
CRASH_FB = "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')"


def gold() -> dict:
    return {
        # ---- clinic e-scripts and pharmacist review
        "vp01": lambda: conv("erx_to_order", *Y25),
        "vp02": lambda: conv("erx_to_order", *Y25, cust="c.clinic_group = 'anxin'"),
        "vp03": lambda: top_conv("erx_to_order", *H2_25, "c.clinic_group_zh", lowest=True, min_n=100),
        "vp04": lambda: top_lost("upload_to_order", *ALL),
        "vp05": lambda: events_at("tp_pharmacist_review", *Y25, "e.action = 'on_hold' AND e.hold_reason = 'missing_weight'"),
        "vp06": lambda: top_events("tp_pharmacist_review", *ALL, "e.hold_reason_zh", "e.action = 'on_hold'", gap=1.5),
        "vp07": lambda: topic_count(WEIGHT_FB, ["weight_hold"]),
        # ---- uploaded scripts and the vet check
        "vp08": lambda: conv_open("upload_to_order", *quarter(2025, 4), cust=SG),
        "vp09": lambda: conv_open("upload_to_order", *quarter(2025, 2), cust=SG),
        "vp10": lambda: ev_avg("tp_vet_verify", "e.verify_hours", *quarter(2026, 1), SG, agg="median"),
        "vp11": lambda: top_ev_avg("tp_vet_verify", "e.verify_hours", *quarter(2026, 1), "c.city_zh", gap=20),
        "vp12": lambda: top_events("tp_cs_contact", *quarter(2025, 4), "e.cs_reason", SG, gap=1.2),
        "vp13": lambda: topic_count(VERIFY_FB, ["verify_slow"]),
        "vp14": lambda: feedback_ids("f.hub_id = 'SG' AND t.topic = 'verify_slow' AND f.ts >= DATE '2025-10-01'"),
        # ---- acquisition
        "vp15": lambda: conv("ad_to_upload", *Y25),
        "vp16": lambda: conv("ad_to_upload", *Y25, cust="c.acquisition_channel = 'douyin_ads'"),
        "vp17": lambda: top_conv("ad_to_upload", *Y25, "c.acquisition_channel", lowest=True, min_n=100, b=2),
        "vp18": lambda: conv_open("ad_to_upload", "2025-11-03", "2025-11-11",
                                  cust="c.acquisition_channel = 'douyin_ads'"),
        "vp19": lambda: users_at("tp_ad_click", "2025-11-03", "2025-11-09"),
        "vp20": lambda: users_at("tp_ad_click", "2025-10-27", "2025-11-02"),
        "vp21": lambda: top_customers("c.acquisition_channel"),
        "vp22": lambda: users_at("tp_app_signup", *quarter(2026, 1)),
        # ---- cold chain and delivery
        "vp23": lambda: excursion_share("2025-07-01", "2025-08-31", GZ),
        "vp24": lambda: excursion_share("2025-07-01", "2025-08-31", "c.hub_id <> 'GZ'"),
        "vp25": lambda: top_events("tp_cold_chain_alert", *quarter(2025, 3), "c.city_zh", gap=2),
        "vp26": lambda: events_at("tp_cold_chain_alert", *Y25),
        "vp27": lambda: top_events("tp_cold_chain_alert", "2025-06-01", "2025-08-31", "e.courier", gap=2),
        "vp28": lambda: ev_avg("tp_delivery", "e.delivery_days", *Y25, "c.region = 'Queensland'"),
        "vp29": lambda: conv_open("order_to_door", *quarter(2026, 1)),
        "vp30": lambda: events_at("tp_refund_request", *ALL, "e.refund_reason = 'temp_excursion'"),
        "vp31": lambda: topic_count(COLD_FB, ["cold_chain_warm"]),
        "vp32": lambda: feedback_ids("f.hub_id = 'GZ' AND t.topic = 'cold_chain_warm' AND f.ts >= DATE '2025-06-01' "
                                     "AND f.ts < DATE '2025-10-01'"),
        "vp33": lambda: top_events("tp_refund_request", *quarter(2025, 3), "e.refund_reason_zh", GZ, gap=1.5),
        # ---- refills and subscriptions
        "vp34": lambda: ev_share("tp_autorefill_order", "e.action = 'payment_failed'", "2026-02-01", "2026-03-31",
                                 f"{SY} AND {CHARGE}"),
        "vp35": lambda: ev_share("tp_autorefill_order", "e.action = 'payment_failed'", "2026-02-01", "2026-03-31",
                                 f"c.hub_id <> 'SY' AND {CHARGE}"),
        "vp36": lambda: users_at("tp_missed_refill", *month(2026, 3)),
        "vp37": lambda: top_events("tp_missed_refill", "2026-02-01", "2026-04-30", "c.city_zh",
                                   "e.missed_reason = 'payment_failed'", gap=1.5),
        "vp38": lambda: top_events("tp_subscription_cancel", *quarter(2026, 1), "e.cancel_reason_zh", gap=1.2),
        "vp39": lambda: events_at("tp_subscription_cancel", "2026-01-01", "2026-05-31", SY),
        "vp40": lambda: conv("refill_reminder", *H2_25),
        "vp41": lambda: exp_rate("early_7d"),
        "vp42": lambda: exp_rate("control"),
        "vp43": exp_top,
        "vp44": lambda: customers_count("c.is_subscriber = 'true'"),
        "vp45": lambda: users_at("tp_subscription_signup", *Y25),
        "vp46": lambda: topic_count(PAYFAIL_FB, ["payment_failed"]),
        # ---- adverse reactions
        "vp47": lambda: top_events("tp_adverse_report", *H2_25, "e.product_id", gap=1.5),
        "vp48": lambda: events_at("tp_adverse_report", "2025-09-01", "2025-12-31", "c.pet_species = 'cat'"),
        "vp49": lambda: top_events("tp_adverse_report", *ALL, "e.reaction_type_zh", gap=1.3),
        "vp50": lambda: events_at("tp_adverse_report", *quarter(2025, 4), "e.product_id = 'meloxicam' AND c.pet_species = 'cat'"),
        "vp51": lambda: events_at("tp_adverse_report", *quarter(2025, 4), "e.product_id = 'meloxicam' AND c.pet_species = 'dog'"),
        "vp52": lambda: feedback_ids("t.topic = 'vomiting'"),
        "vp53": lambda: topic_count(VOMIT_FB, ["vomiting"]),
        # ---- money
        "vp54": lambda: orders(*Y25),
        "vp55": lambda: top_orders("o.product_zh", *Y25, agg="sum(o.amount)", gap=1.2),
        "vp56": lambda: top_orders("o.drug_class", *Y25, gap=1.15),
        "vp57": lambda: orders(*quarter(2026, 1), agg="sum(o.amount_local)", cond="o.hub_id = 'SY'"),
        "vp58": lambda: money_share(*Y25, "o.order_type = 'autorefill'"),
        "vp59": lambda: per_customer(*Y25),
        "vp60": lambda: refunded_money(*Y25),
        "vp61": lambda: share_orders(*Y25, "o.status = 'refunded'", "o.is_cold_chain = 'true'", status=None),
        "vp62": lambda: orders(*Y25, agg="sum(o.amount_local)", cond="o.hub_id = 'SG'"),
        "vp63": lambda: orders(*month(2025, 12)),
        # ---- customers and feedback
        "vp64": lambda: top_customers("c.pet_species_zh"),
        "vp65": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "vp66": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "vp67": lambda: top_rating("f.touchpoint_id", min_n=20, gap=0.15),
        "vp68": lambda: fb_count(f"f.hub_id = 'SG' AND f.rating <= 2 AND {_in('f.ts', *quarter(2025, 4))}"),
        "vp69": lambda: fb_ratio(NEG, f"f.hub_id = 'GZ' AND {_in('f.ts', *quarter(2025, 3))}", tol=0.03),
        "vp70": lambda: feedback_ids("t.topic = 'pharmacist_helpful'"),
        "vp71": lambda: topic_count(CRASH_FB, ["app_crash"]),
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {n_zh} zh / {len(items) - n_zh} en;",
          {s: sum(it['expect']['status'] == s for it in items) for s in ("ok", "unsupported", "clarify")},
          "follow-ups:", sum("follow_up_of" in it for it in items), "as_of:", sum("as_of" in it for it in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
