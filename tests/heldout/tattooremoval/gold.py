"""Gold answers for the 拾净 ClearSlate laser tattoo-removal held-out batch: plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Each rate is computed twice,
  with later steps allowed after the period end and with every step required inside the period; the tolerance covers
  both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off between two steps = 1 - reached the later step / reached the earlier step. Filters by clinic
  or lead source apply to the customers row (a customer belongs to one clinic; events and orders carry the same
  clinic_id, asserted);
- "customers / people / 客户 / 人" = distinct customer_id; an enquiry = a tp_enquiry event; a consultation = a
  tp_skin_consult event; a purchase = a tp_package_buy event (packages and pay-per-session sign-ups); a laser session /
  治疗 = a tp_laser_session event; a no-show = a tp_no_show event; no-show rate = no-shows / (sessions + no-shows)
  dated in the period; skin reaction reports = tp_skin_reaction events; billing disputes = tp_billing_dispute events;
  refund requests = tp_refund_request events (cooling-off cancellations, reason changed_mind, included);
- in-clinic wait = events.wait_minutes of tp_laser_session events in the period; booking lead time = slot_wait_days
  of tp_session_book events made in the period; enquiry response time = response_minutes of tp_enquiry events;
  fading = fade_pct recorded at tp_aftercare_check events;
- money = orders with status `paid`, `amount` in CNY (the group's reporting currency; `amount_local` only when HKD is
  asked), dated by `ts`; cancelled (cooling-off) and refunded orders are not revenue. Refunded money = refund_amount
  (CNY) of refunded orders dated by refunded_at ("in total" = every refunded order). Package refund share = packages
  with status `refunded` / all package orders (any status) in the period. Per paying customer = paid amount /
  distinct customers with a paid order in the period; "packages" = order_type package_3 / package_6 / package_10;
- A/B test progress_photo_2025: outcome = a tp_laser_session event within 90 days after assigned_at, per assigned
  customer;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "差评 / 1-2 stars" = rating 1-2; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic
  counts use text markers with a 5 % tolerance, checked equal to the truth topic; "all feedback" includes undated rows
  (Xiaohongshu notes, Instagram comments, some Google reviews), a period filter keeps dated rows only; lowest-rated
  step = every rated row grouped by touchpoint_id; post-session survey = channel survey;
- zh questions about a value with a Chinese twin column expect the Chinese value (city_zh, acquisition_channel_zh,
  reaction_type_zh, refund_reason_zh), en questions the English / raw value; cities stand for clinics;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of`
  (else 2026-07-31, the last day of the data).
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
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true, all_varchar=true)")
    for col, typ in (("ts", "TIMESTAMP"), ("slot_wait_days", "DOUBLE"), ("session_no", "DOUBLE"),
                     ("wait_minutes", "DOUBLE"), ("fade_pct", "DOUBLE"), ("pain_score", "DOUBLE"),
                     ("response_minutes", "DOUBLE")):
        CON.execute(f"ALTER TABLE events ALTER {col} TYPE {typ}")
    CON.execute(f"CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true, all_varchar=true)")
    for col, typ in (("ts", "TIMESTAMP"), ("amount", "DOUBLE"), ("amount_local", "DOUBLE"),
                     ("refund_amount", "DOUBLE"), ("refunded_at", "TIMESTAMP")):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE {typ}")
    CON.execute(f"CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true, all_varchar=true)")
    for col, typ in (("ts", "TIMESTAMP"), ("rating", "DOUBLE"), ("nps", "DOUBLE")):
        CON.execute(f"ALTER TABLE feedback ALTER {col} TYPE {typ}")
    CON.execute(f"ALTER TABLE experiments ALTER assigned_at TYPE TIMESTAMP")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}', header=true)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.clinic_id <> c.clinic_id") == 0
    assert one("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.clinic_id <> c.clinic_id") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT max(ts) FROM events").strftime("%Y-%m-%d") == "2026-07-31"


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


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
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


def ev_avg(tp, col, start, end, cond="1=1", rel=0.03, floor=0.3):
    v = one(f"""SELECT avg(e.{col}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 2), tolerance=round(max(floor, v * rel), 2))


def top_ev_avg(tp, col, start, end, by, gap):
    rows = q(f"""SELECT {by}, avg(e.{col}) d FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY d DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


NS = "e.touchpoint_id IN ('tp_laser_session', 'tp_no_show')"


def no_show_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.touchpoint_id = 'tp_no_show')::int) FROM events e JOIN customers c USING (customer_id)
                WHERE {NS} AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def exp_rate(variant):
    v = one("""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_laser_session' AND e.ts > x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 90 DAY))::int)
               FROM experiments x WHERE x.experiment_id = 'progress_photo_2025' AND x.variant = ?""", variant)
    return dict(value=round(v, 4), tolerance=0.01)


def exp_top():
    a, b = exp_rate("photo_tracker")["value"], exp_rate("control")["value"]
    assert abs(a - b) > 0.05, (a, b)
    return dict(top_entity="photo_tracker" if a > b else "control")


# ---------- orders ----------

PKG = "o.order_type IN ('package_3', 'package_6', 'package_10')"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def refunded_money(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(refund_amount) FROM orders o WHERE o.status = 'refunded'
                      AND {_in('o.refunded_at', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1):
    stc = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {stc} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def refund_share(cond):
    v = one(f"""SELECT avg((o.status = 'refunded')::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {PKG} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
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


ALL = ("2024-08-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
SH, CD, WH, HK = ("c.clinic_id = 'SH01'", "c.clinic_id = 'CD01'", "c.clinic_id = 'WH01'", "c.clinic_id = 'HK01'")
PAIN = "(f.text LIKE '%疼%' OR lower(f.text) LIKE '%pain%' OR lower(f.text) LIKE '%hurt%')"
BLISTER = "(f.text LIKE '%水泡%' OR f.text LIKE '%起泡%' OR lower(f.text) LIKE '%blister%')"
WAITING = "(f.text LIKE '%等了%' OR f.text LIKE '%干等%' OR lower(f.text) LIKE '%wait%')"
PRICE = "(f.text LIKE '%麻药费%' OR f.text LIKE '%多收%' OR f.text LIKE '%乱收费%' OR lower(f.text) LIKE '%charge%')"
SLOW = "(f.text LIKE '%变淡%' OR lower(f.text) LIKE '%slow%')"
REPLY = "(f.text LIKE '%回复%' OR lower(f.text) LIKE '%repl%')"


def byeink_treated():
    return dict(value=one("""SELECT count(DISTINCT c.customer_id) FROM customers c JOIN events e USING (customer_id)
                             WHERE c.campaign_code = 'BYEINK' AND e.touchpoint_id = 'tp_laser_session'"""),
                tolerance=0.5)


def gold() -> dict:
    return {
        # ---- funnels
        "tr01": lambda: conv("enquiry_to_consult", *Y25),
        "tr02": lambda: conv("enquiry_to_consult", *Y25, cust="c.acquisition_channel = 'douyin'"),
        "tr03": lambda: top_conv("enquiry_to_consult", *Y25, "c.acquisition_channel", lowest=True),
        "tr04": lambda: top_lost("consult_to_purchase", *ALL),
        "tr05": lambda: conv("consult_to_purchase", *H1_26),
        "tr06": lambda: conv("consult_to_purchase", *H1_26, cust=HK),
        "tr07": lambda: top_conv("consult_to_purchase", *Y25, "c.acquisition_channel_zh"),
        "tr08": lambda: conv_open("first_treatment", *quarter(2026, 1)),
        "tr09": lambda: conv_open("first_treatment", *quarter(2026, 1), cust=HK),
        "tr10": lambda: users_at("tp_enquiry", "2025-05-19", "2025-05-25"),
        "tr11": lambda: users_at("tp_enquiry", "2025-05-12", "2025-05-18"),
        "tr12": byeink_treated,
        "tr13": lambda: conv("enquiry_to_consult", *Y25, a=2, b=3, drop=True),
        "tr14": lambda: conv("aftercare_review", *quarter(2026, 2), a=1, b=2),
        # ---- A/B test
        "tr15": lambda: exp_rate("photo_tracker"),
        "tr16": lambda: exp_rate("control"),
        "tr17": exp_top,
        # ---- waiting
        "tr18": lambda: ev_avg("tp_laser_session", "wait_minutes", *quarter(2025, 4), WH),
        "tr19": lambda: ev_avg("tp_laser_session", "wait_minutes", *quarter(2025, 2), WH),
        "tr20": lambda: top_ev_avg("tp_laser_session", "wait_minutes", *H1_26, "c.city", gap=15),
        "tr21": lambda: ev_avg("tp_session_book", "slot_wait_days", *H1_26, HK),
        "tr22": lambda: top_ev_avg("tp_session_book", "slot_wait_days", *ALL, "c.city", gap=5),
        "tr23": lambda: topic_count(WAITING, ["waiting"]),
        "tr24": lambda: feedback_ids("f.clinic_id = 'WH01' AND t.topic = 'waiting' AND f.ts >= DATE '2025-09-01'"),
        # ---- reactions
        "tr25": lambda: events_at("tp_skin_reaction", "2026-02-01", "2026-04-30", CD),
        "tr26": lambda: events_at("tp_skin_reaction", "2025-02-01", "2025-04-30", CD),
        "tr27": lambda: top_events("tp_skin_reaction", "2026-02-01", "2026-04-30", "e.technician_id", CD, gap=2),
        "tr28": lambda: top_events("tp_skin_reaction", "2026-02-01", "2026-04-30", "e.reaction_type_zh", CD, gap=2),
        "tr29": lambda: topic_count(BLISTER, ["blister"]),
        "tr30": lambda: feedback_ids("f.clinic_id = 'CD01' AND t.topic = 'blister' AND f.ts >= DATE '2026-02-01'"),
        # ---- billing
        "tr31": lambda: events_at("tp_billing_dispute", "2025-09-01", ALL[1], SH),
        "tr32": lambda: top_events("tp_billing_dispute", *ALL, "e.dispute_reason", gap=2),
        "tr33": lambda: orders(*H1_26, cond="o.order_type = 'numbing_fee'"),
        "tr34": lambda: refunded_money(*ALL, cond="o.order_type = 'numbing_fee'"),
        "tr35": lambda: topic_count(PRICE, ["price"]),
        "tr36": lambda: feedback_ids("f.clinic_id = 'SH01' AND t.topic = 'price'"),
        # ---- fading
        "tr37": lambda: ev_avg("tp_aftercare_check", "fade_pct", *ALL, "e.session_no = 3 AND c.ink_colour = 'colour'",
                               rel=0.02, floor=0.5),
        "tr38": lambda: ev_avg("tp_aftercare_check", "fade_pct", *ALL, "e.session_no = 3 AND c.ink_colour = 'black'",
                               rel=0.02, floor=0.5),
        "tr39": lambda: topic_count(SLOW, ["slow_fade"]),
        "tr40": lambda: refund_share("c.ink_colour = 'colour'"),
        "tr41": lambda: top_events("tp_refund_request", *ALL, "e.refund_reason_zh", gap=1.2),
        # ---- money
        "tr42": lambda: orders(*Y25),
        "tr43": lambda: top_orders("o.city", *Y25, agg="sum(o.amount)"),
        "tr44": lambda: orders(*quarter(2026, 2), agg="sum(o.amount_local)", cond="o.clinic_id = 'HK01'"),
        "tr45": lambda: top_orders("o.order_type", *Y25, agg="sum(o.amount)", cond=PKG),
        "tr46": lambda: share_orders(*Y25, "o.order_type = 'package_10'", PKG),
        "tr47": lambda: per_customer(*Y25),
        "tr48": lambda: refunded_money(*Y25),
        "tr49": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'single_session'"),
        "tr50": lambda: share_orders(*H2_25, "o.status = 'refunded'", PKG, status=None),
        "tr51": lambda: orders(*month(2026, 3), agg="count(*)", cond="o.order_type = 'aftercare_kit'"),
        # ---- no-shows and activity
        "tr52": lambda: no_show_rate(*Y25),
        "tr53": lambda: events_at("tp_no_show", *month(2026, 7)),
        "tr54": lambda: top_customers("c.age_band"),
        "tr55": lambda: events_at("tp_laser_session", *Y25),
        "tr56": lambda: events_at("tp_laser_session", *month(2026, 6), SH),
        "tr57": lambda: users_at("tp_enquiry", *month(2026, 5), CD),
        "tr58": lambda: top_events("tp_skin_consult", *quarter(2026, 2), "c.city_zh", gap=1.15, users=True),
        "tr59": lambda: customers_count("c.tier = 'vip'"),
        "tr60": lambda: events_at("tp_referral", *quarter(2026, 2)),
        # ---- feedback
        "tr61": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "tr62": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "tr63": lambda: top_rating("f.city_zh", gap=0.2),
        "tr64": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *quarter(2026, 2))}"),
        "tr65": lambda: fb_ratio(NEG, f"f.clinic_id = 'WH01' AND {_in('f.ts', *quarter(2025, 4))}"),
        "tr66": lambda: topic_count(PAIN, ["pain"]),
        "tr67": lambda: feedback_ids("t.topic = 'staff_good'"),
        "tr68": lambda: feedback_ids("t.topic = 'reply_slow'"),
        "tr69": lambda: fb_avg("f.rating", "f.channel = 'google_review'"),
        "tr79": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'package_10' AND o.clinic_id = 'CD01'"),
        "tr80": lambda: ev_avg("tp_enquiry", "response_minutes", *Y25, rel=0.02, floor=0.5),
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
