"""Gold answers for the 光颜 LumaSkin laser hair-removal / skin clinic held-out batch: plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Each rate is computed twice,
  with later steps allowed after the period end and with every step required inside the period; the tolerance covers
  both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off between two steps = 1 - reached the later step / reached the earlier step. Filters by clinic,
  lead source or influencer code apply to the customers row (a customer belongs to one clinic; events and orders carry
  the same clinic_id, asserted);
- "customers / people / clients / 客户 / 人" = distinct customer_id; a consultation = a tp_consultation event; a laser
  session / 治疗 = a tp_session event (touch-ups are tp_touch_up and are not sessions); a no-show = a tp_no_show event;
  the no-show rate of a period = no-shows / (sessions + no-shows) dated in it (appointments that were due);
  skin reaction reports = tp_skin_reaction events; refund requests = tp_refund_request events (cooling-off
  cancellations, reason changed_mind, included); influencer code claims = tp_influencer_code events;
- wait for a slot = events.slot_wait_days of tp_session_booking events (days from booking to the appointment date),
  averaged over the bookings made in the period; time from package purchase to first session = days (epoch
  difference / 86400) from the customer's first tp_package_purchase to their first tp_session after it, the cohort
  being the period of the session;
- money = orders with status `paid`, `amount` in CNY (the group's reporting currency; `amount_local` only when a local
  currency is asked), dated by `ts`. Cancelled packages (cooling-off) and refunded packages are not revenue. Refunded
  money = refund_amount (CNY) dated by refunded_at. Package refund share = packages with status `refunded` / all
  package orders (any status) sold in the period. Per paying customer = paid amount / distinct customers with a paid
  order in the period;
- membership renewal in the A/B test renewal_call_2025 = a tp_membership_renewal event within 45 days after the
  assignment (the reminder), per assigned customer;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "差评 / 1-2 stars" = rating 1-2; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic
  counts use text markers with a 5 % tolerance, checked against the truth topic; "all feedback" includes undated rows
  (Xiaohongshu notes, Instagram comments, some Google reviews), a period filter keeps dated rows only; average rating
  by step = every rated row by touchpoint_id; post-session survey = channel survey at tp_session;
- zh questions about a value with a Chinese twin column expect the Chinese value (city_zh, acquisition_channel_zh,
  treatment_area_zh, hair_colour_zh, reaction_type_zh), en questions the English / raw value; cities stand for
  clinics (one clinic per city);
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of`
  (else 2026-06-30, the last day of the data).
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
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE customers ALTER signup_at TYPE TIMESTAMP")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE events ALTER slot_wait_days TYPE DOUBLE")
    CON.execute("ALTER TABLE events ALTER session_no TYPE DOUBLE")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("amount", "DOUBLE"), ("amount_local", "DOUBLE"),
                     ("refund_amount", "DOUBLE"), ("refunded_at", "TIMESTAMP"), ("package_sessions", "DOUBLE")):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE {typ}")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("rating", "DOUBLE"), ("nps", "DOUBLE")):
        CON.execute(f"ALTER TABLE feedback ALTER {col} TYPE {typ}")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.clinic_id <> c.clinic_id") == 0
    assert one("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.clinic_id <> c.clinic_id") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT max(ts) FROM events").strftime("%Y-%m-%d") == "2026-06-30"


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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04):
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


NS = "e.touchpoint_id IN ('tp_session', 'tp_no_show')"


def no_show_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.touchpoint_id = 'tp_no_show')::int) FROM events e JOIN customers c USING (customer_id)
                WHERE {NS} AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_no_show(start, end, col, gap=0.04):
    rows = q(f"""SELECT {col}, avg((e.touchpoint_id = 'tp_no_show')::int) r FROM events e
                 JOIN customers c USING (customer_id) WHERE {NS} AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def slot_wait(start, end, cond="1=1"):
    v = one(f"""SELECT avg(e.slot_wait_days) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_session_booking' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.03), 2))


def top_slot_wait(start, end, col, gap_days=5):
    rows = q(f"""SELECT {col}, avg(e.slot_wait_days) d FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_session_booking' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                      WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
                SELECT {agg}(epoch(b.t - a.t) / 86400) FROM a JOIN b USING (customer_id)
                JOIN customers c USING (customer_id) WHERE {_in('b.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def exp_rate(variant):
    v = one("""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_membership_renewal' AND e.ts > x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 45 DAY))::int)
               FROM experiments x WHERE x.experiment_id = 'renewal_call_2025' AND x.variant = ?""", variant)
    return dict(value=round(v, 4), tolerance=0.01)


def exp_top():
    a, b = exp_rate("consultant_call")["value"], exp_rate("control")["value"]
    assert abs(a - b) > 0.05, (a, b)
    return dict(top_entity="consultant_call" if a > b else "control")


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


def refund_share(cond):
    v = one(f"""SELECT avg((o.status = 'refunded')::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.order_type = 'package' AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_refund_share(col, cond, gap=0.1, min_n=15):
    rows = q(f"""SELECT {col}, avg((o.status = 'refunded')::int) r, count(*) n FROM orders o
                 JOIN customers c USING (customer_id) WHERE o.order_type = 'package' AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, gap=1.2):
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


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
LD, SY, SG, BJ = ("c.clinic_id = 'LD01'", "c.clinic_id = 'SY01'", "c.clinic_id = 'SG01'", "c.clinic_id = 'BJ01'")
PKG = "o.order_type = 'package'"
BURN = ("(f.text LIKE '%灼伤%' OR f.text LIKE '%起泡%' OR f.text LIKE '%烫伤%' OR lower(f.text) LIKE '%burn%' "
        "OR lower(f.text) LIKE '%blister%')")
PAIN = "(f.text LIKE '%疼%' OR lower(f.text) LIKE '%pain%' OR lower(f.text) LIKE '%hurt%')"
REMINDER = "(f.text LIKE '%提醒%' OR lower(f.text) LIKE '%reminder%')"
SLOT = "(f.text LIKE '%约不上%' OR f.text LIKE '%约不到%' OR lower(f.text) LIKE '%slot%')"
MEMBERSHIP = "(f.text LIKE '%会员费%' OR lower(f.text) LIKE '%membership%')"
UPSELL = ("(f.text LIKE '%推销%' OR lower(f.text) LIKE '%pushy%' OR lower(f.text) LIKE '%hard sell%' "
          "OR lower(f.text) LIKE '%upsell%')")


def gold() -> dict:
    return {
        # ---- funnels
        "lh01": lambda: conv("ad_to_consult", *Y25),
        "lh02": lambda: conv("ad_to_consult", *Y25, cust="c.acquisition_channel = 'douyin_ads'"),
        "lh03": lambda: top_conv("ad_to_consult", *Y25, "c.acquisition_channel", lowest=True, min_n=100),
        "lh04": lambda: top_lost("consult_to_course", *ALL),
        "lh05": lambda: conv("consult_to_course", *H2_25),
        "lh06": lambda: conv("consult_to_course", *H2_25, cust=LD),
        "lh07": lambda: conv_open("consult_to_course", *month(2025, 3), cust="c.influencer_code = 'LUCKY99'"),
        "lh08": lambda: users_at("tp_influencer_code", *month(2025, 3)),
        "lh09": lambda: conv_open("course_start", *quarter(2026, 1), cust=LD),
        "lh10": lambda: conv_open("course_start", *quarter(2026, 1), cust="c.clinic_id <> 'LD01'"),
        "lh11": lambda: conv_open("membership_renewal", *H2_25),
        "lh12": lambda: conv_open("membership_renewal", "2026-01-01", "2026-04-30", cust=SG),
        "lh13": lambda: conv_open("membership_renewal", "2025-01-01", "2025-04-30", cust=SG),
        "lh14": lambda: top_conv("consult_to_course", *Y25, "c.acquisition_channel_zh", min_n=100),
        "lh15": lambda: conv("ad_to_consult", *Y25, a=2, b=3, drop=True),
        # ---- A/B test
        "lh16": lambda: exp_rate("consultant_call"),
        "lh17": lambda: exp_rate("control"),
        "lh18": exp_top,
        # ---- waits and gaps
        "lh19": lambda: slot_wait(*quarter(2026, 1), LD),
        "lh20": lambda: slot_wait(*quarter(2025, 4), LD),
        "lh21": lambda: top_slot_wait(*H1_26, "c.city"),
        "lh22": lambda: gap("tp_package_purchase", "tp_session", *quarter(2026, 1)),
        # ---- no-shows
        "lh23": lambda: no_show_rate(*quarter(2025, 4), BJ),
        "lh24": lambda: no_show_rate(*quarter(2025, 2), BJ),
        "lh25": lambda: top_no_show(*H2_25, "c.city_zh"),
        "lh26": lambda: events_at("tp_no_show", *month(2025, 11), BJ),
        "lh27": lambda: feedback_ids("f.clinic_id = 'BJ01' AND t.topic = 'missed_reminder'"),
        "lh28": lambda: topic_count(REMINDER, ["missed_reminder"], "f.clinic_id = 'BJ01'"),
        # ---- skin reactions
        "lh29": lambda: events_at("tp_skin_reaction", "2025-11-01", "2026-02-28", SY),
        "lh30": lambda: events_at("tp_skin_reaction", "2025-07-01", "2025-10-31", SY),
        "lh31": lambda: top_events("tp_skin_reaction", *ALL, "e.laser_device", SY, gap=2),
        "lh32": lambda: top_events("tp_skin_reaction", *ALL, "e.reaction_type_zh", gap=2),
        "lh33": lambda: feedback_ids("f.clinic_id = 'SY01' AND t.topic = 'burn'"),
        "lh34": lambda: topic_count(BURN, ["burn"]),
        # ---- refunds
        "lh35": lambda: events_at("tp_refund_request", *H1_26, f"{LD} AND e.refund_reason = 'cannot_book'"),
        "lh36": lambda: top_events("tp_refund_request", *H1_26, "c.city_zh", gap=1.2),
        "lh37": lambda: top_events("tp_refund_request", *ALL, "e.refund_reason", gap=1.2),
        "lh38": lambda: refunded_money(*Y25),
        "lh39": lambda: share_orders(*Y25, "o.status = 'refunded'", PKG, status=None),
        "lh40": lambda: refund_share("o.service_line = 'hair_removal' AND c.hair_colour IN ('blonde', 'red', 'grey')"),
        "lh41": lambda: topic_count(SLOT, ["slot_wait"]),
        "lh42": lambda: feedback_ids("f.clinic_id = 'LD01' AND t.topic IN ('slot_wait', 'refund_slow') "
                                     "AND f.ts >= DATE '2026-01-01'"),
        # ---- membership
        "lh43": lambda: orders(*H1_26, agg="count(*)", cond="o.order_type = 'membership_renewal' AND o.clinic_id = 'SG01'"),
        "lh44": lambda: topic_count(MEMBERSHIP, ["membership_price"]),
        "lh45": lambda: feedback_ids("f.clinic_id = 'SG01' AND t.topic = 'membership_price' AND f.ts >= DATE '2026-01-01'"),
        "lh46": lambda: customers_count("c.is_member = 'true'"),
        # ---- money
        "lh47": lambda: orders(*Y25),
        "lh48": lambda: top_orders("o.city_zh", *Y25, agg="sum(o.amount)"),
        "lh49": lambda: orders(*quarter(2026, 1), agg="sum(o.amount_local)", cond="o.clinic_id = 'LD01'"),
        "lh50": lambda: orders(*quarter(2026, 1), agg="sum(o.amount_local)", cond="o.clinic_id = 'SY01'"),
        "lh51": lambda: top_orders("o.treatment_area", *Y25, agg="sum(o.amount)", cond=PKG, gap=1.2),
        "lh52": lambda: top_orders("o.treatment_area_zh", *Y25, cond=PKG, gap=1.2, both=True),
        "lh54": lambda: share_orders(*Y25, "o.package_sessions = 8", PKG),
        "lh55": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'no_show_fee'"),
        "lh56": lambda: orders(*month(2025, 3), agg="count(*)", cond="o.order_type = 'trial' AND o.amount_local = 99"),
        "lh57": lambda: orders(*Y25, cond=f"{PKG} AND o.service_line = 'skin'"),
        "lh58": lambda: per_customer(*Y25),
        # ---- customers and activity
        "lh61": lambda: top_customers("c.age_band"),
        "lh62": lambda: events_at("tp_session", *Y25),
        "lh63": lambda: events_at("tp_touch_up", *H1_26),
        "lh64": lambda: users_at("tp_ad_click", *month(2026, 5), "c.clinic_id = 'SH01'"),
        "lh66": lambda: top_events("tp_consultation", *month(2026, 5), "c.city_zh", gap=1.15, users=True),
        "lh67": lambda: users_at("tp_influencer_code", "2025-03-10", "2025-03-16"),
        "lh68": lambda: users_at("tp_influencer_code", "2025-03-03", "2025-03-09"),
        # ---- feedback
        "lh69": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND f.touchpoint_id = 'tp_session' AND {_in('f.ts', *Y25)}"),
        "lh70": lambda: nps(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_session' AND {_in('f.ts', *Y25)}"),
        "lh71": lambda: top_rating("f.touchpoint_id", min_n=20, gap=0.5),
        "lh72": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *quarter(2026, 2))}"),
        "lh73": lambda: fb_ratio(NEG, f"f.clinic_id = 'BJ01' AND {_in('f.ts', *quarter(2025, 4))}"),
        "lh75": lambda: topic_count(PAIN, ["pain"]),
        "lh76": lambda: feedback_ids("t.topic = 'therapist_good'"),
        "lh77": lambda: feedback_ids("t.topic = 'upsell'"),
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
