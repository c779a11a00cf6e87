"""Gold answers for the gym-chain (动力工场健身 / PowerHouse Fitness) held-out batches, from plain DuckDB SQL
over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Every check is one small query below, keyed by question id. Conventions:
- events are de-duplicated first (the export repeats 250 rows with the same event_id and content, and
  appends ~2 % late rows out of time order, which changes nothing once sorted by ts);
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint
  after reaching step k-1, within the journey's window from their first step-1 event in the period.
  Any event at a touchpoint counts (a failed class booking is still a booking; a turnstile `fail`
  check-in is still a check-in). Whether later steps must also fall inside the period is not pinned down
  by the contract, so each funnel rate is computed both ways and the tolerance covers the difference
  (plus 0.005), except where the question says later steps count (window only, tolerance 0.01);
- "Android users" / "iOS users" = customers whose app events carry that device (each customer uses one
  phone); offline touchpoints (first visit, front-desk membership, check-in, PT, cancellation, front-desk
  complaints) carry no device, so the device is a property of the customer;
- "which step loses most" = the step customers reached but did not go on from (reached k, not k+1);
- "how many people / members did X" = distinct customers with an event at X's touchpoint in the period;
  "how many check-ins / bookings / sessions" = rows (distinct event_id);
- money = sum/avg of `amount` over orders with the status the question names (paid unless said);
  refund rate = refunded / all orders of that kind by order date (tolerance covers refunded / (paid +
  refunded));
- renewal rate of a membership type = renewals / (renewals + cancellations) among renewal decisions
  (tp_renewal / tp_cancel events carrying that membership_type, cooling-off refunds excluded); a
  ranking is only asked when the per-customer reading (first decision was a renewal) ranks the same;
- feedback "negative" = the generator's `sentiment_label = neg`; topic counts use the text markers
  below with a 5 % tolerance; "all data" for feedback includes the comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`
  (else the latest event/feedback = 2026-09-30): "last month" = the previous calendar month,
  "last N days" = the N days ending on the as-of date, "so far this month" / "this year" = 1st .. as-of;
  上旬 = days 1-10, 中旬 = 11-20, 下旬 = day 21 to month end; H1 / 上半年 = Jan-Jun, 下半年 = Jul-Dec.
  Rates are fractions 0..1; counts exact (0.5).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
DEVICES = ["android", "ios"]


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"
    CON.execute("""CREATE TABLE cdev AS SELECT customer_id, min(device) AS device FROM events
                   WHERE device IS NOT NULL GROUP BY 1""")
    assert CON.execute("""SELECT count(*) FROM (SELECT customer_id FROM events WHERE device IS NOT NULL
                          GROUP BY 1 HAVING count(DISTINCT device) > 1)""").fetchone()[0] == 0


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


def funnel(journey: str, start: str, end: str, device: str | None = None, cust: str | None = None,
           bounded: bool = False) -> list[int]:
    """Customers reaching each step. device = the customer's device; cust = SQL condition on customers c."""
    steps, window = _steps(journey)
    ev = """SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
            LEFT JOIN cdev d USING (customer_id) WHERE 1=1"""
    if device:
        ev += f" AND d.device = '{device}'"
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


def conv(journey, start, end, a=1, b=None, **kw):
    """Conversion from step a to step b (default last); value and a tolerance covering both readings."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """Conversion when the question says later steps after the period count too (window only)."""
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def drop(journey, start, end, k, **kw):
    """Drop-off at step k = 1 - conversion k -> k+1."""
    r = conv(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(journey, start, end, **kw):
    """touchpoint_id of the step losing most customers (reached k but not k+1), both readings agree."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50):
    """Value of a customer column with the highest (lowest) conversion a -> b (groups with >= min_n at a)."""
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.03, f"not clear: {rates}"
    return dict(top_entity=order[0])


def top_drop_device(journey, base, now, a, b):
    """Device contributing most to the fall of step conversion a->b from `base` to `now`:
    (base rate - current rate) x the device's share of customers at step a now."""
    effect = {}
    total = funnel(journey, *now)[a - 1]
    for d in DEVICES:
        cb, cn = funnel(journey, *base, device=d), funnel(journey, *now, device=d)
        effect[d] = (cb[b - 1] / cb[a - 1] - cn[b - 1] / cn[a - 1]) * cn[a - 1] / total
    order = sorted(effect, key=effect.get, reverse=True)
    assert effect[order[0]] > 2 * max(effect[order[1]], 0.005), effect
    return dict(top_entity=order[0])


# ---------- counts ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    """Rows (events), not people."""
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_users_at(tp, start, end, column, cond="1=1", lowest=False):
    rows = q(f"""SELECT {column}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""", tp)
    a, b = rows[0][1], rows[1][1]
    assert (b > a * 1.08) if lowest else (a > b * 1.08), rows
    return dict(top_entity=rows[0][0])


def top_events(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(o.amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def refund_rate(start, end, cond="1=1"):
    """refunded / all orders; the tolerance also covers refunded / (paid + refunded)."""
    a, b = q(f"""SELECT avg((status = 'refunded')::int),
                        avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(abs(a - b) + 0.005, 4))


def top_refund_rate(column, cond="1=1", min_n=20):
    rows = q(f"""SELECT {column}, avg((status = 'refunded')::int) r, count(*) n FROM orders o
                 WHERE ({cond}) AND {column} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, cond="1=1", agg="count(*)", status="paid"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- renewals ----------

def renewal_rate(start, end, mtype=None):
    cond = f"membership_type = '{mtype}'" if mtype else "1=1"
    v = one(f"""SELECT avg((touchpoint_id = 'tp_renewal')::int) FROM events
                WHERE touchpoint_id IN ('tp_renewal', 'tp_cancel') AND action <> 'refund'
                AND {_in('ts', start, end)} AND {cond}""")
    return dict(value=round(v, 4), tolerance=0.02)


def top_renewal(start, end, lowest=False):
    """Membership type renewing best (worst); per decision and per customer (first decision) must agree."""
    per_dec = dict(q(f"""SELECT membership_type, avg((touchpoint_id = 'tp_renewal')::int) FROM events
                          WHERE touchpoint_id IN ('tp_renewal', 'tp_cancel') AND action <> 'refund'
                          AND {_in('ts', start, end)} GROUP BY 1"""))
    per_cust = dict(q(f"""SELECT membership_type, avg((touchpoint_id = 'tp_renewal')::int) FROM (
                            SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts) k FROM events
                            WHERE touchpoint_id IN ('tp_renewal', 'tp_cancel') AND action <> 'refund'
                            AND {_in('ts', start, end)}) WHERE k = 1 GROUP BY 1"""))
    tops = []
    for rates in (per_dec, per_cust):
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > 0.05, rates
        tops.append(order[0])
    assert tops[0] == tops[1], (per_dec, per_cust)
    return dict(top_entity=tops[0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f
                LEFT JOIN customers c USING (customer_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}"),
                tolerance=0.5)


def fb_topic_count(cond):
    """Comments on a topic: keyword markers; the tolerance (5 %) allows for a semantic reading."""
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def top_rating(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.15, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-03-01", "2026-09-30")
Y25 = ("2025-03-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-09-30")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


NEG = "f.sentiment_label = 'neg'"
POS = "f.sentiment_label = 'pos'"
ENGLISH = "NOT regexp_matches(f.text, '[一-龥]')"
CHINESE = "regexp_matches(f.text, '[一-龥]')"
GATE = "(f.text LIKE '%闸机%' OR lower(f.text) LIKE '%turnstile%' OR lower(f.text) LIKE '%entry gate%')"
PRICE = ("(f.text LIKE '%涨%' OR f.text LIKE '%349%' OR lower(f.text) LIKE '%price rise%' "
         "OR lower(f.text) LIKE '%went up%')")
BUG = ("((f.text LIKE '%安卓%' OR lower(f.text) LIKE '%android%') AND (f.text LIKE '%约%' OR "
       "lower(f.text) LIKE '%book%'))")
PT = "o.order_type = 'pt_package'"


def gold() -> dict:
    return {
        # ---- funnels
        "gy01": lambda: top_lost("join", *ALL),
        "gy02": lambda: conv_open("join", *quarter(2026, 1)),
        "gy03": lambda: conv_open("join", *quarter(2025, 4)),
        "gy04": lambda: conv("class", *month(2026, 3), device="android"),
        "gy05": lambda: conv("class", *month(2026, 3), device="ios"),
        "gy06": lambda: top_drop_device("class", month(2026, 2), month(2026, 3), 1, 2),
        "gy07": lambda: conv("class", *month(2026, 4), device="android"),
        "gy08": lambda: top_conv("join", *ALL, "acquisition_channel"),
        "gy09": lambda: top_conv("join", *ALL, "acquisition_channel", lowest=True),
        "gy10": lambda: conv("complaint", *ALL),
        "gy11": lambda: conv_open("complaint", *month(2026, 7)),
        "gy12": lambda: drop("join", *H1_26, 2),
        "gy13": lambda: conv("join", *H2_25, a=3, b=4),
        "gy14": lambda: conv("class", *quarter(2025, 3)),
        "gy15": lambda: conv("join", *Y25, cust="c.acquisition_channel = 'friend_referral'"),
        # ---- counts (people vs events)
        "gy20": lambda: users_at("tp_checkin", *month(2026, 8)),
        "gy21": lambda: users_at("tp_checkin", *month(2026, 7)),
        "gy22": lambda: events_at("tp_checkin", *month(2026, 8)),
        "gy23": lambda: users_at("tp_trial_pass", *quarter(2026, 2)),
        "gy24": lambda: users_at("tp_cancel", *month(2026, 5)),
        "gy25": lambda: users_at("tp_complaint", "2026-09-01", "2026-09-30"),
        "gy26": lambda: users_at("tp_pt_session", *Y25),
        "gy27": lambda: users_at("tp_class_booking", *quarter(2026, 3)),
        "gy28": lambda: events_at("tp_class_booking", *quarter(2026, 3)),
        "gy29": lambda: users_at("tp_class_booking", *month(2026, 3), cond="e.action = 'fail' AND e.device = 'android'"),
        "gy30": lambda: events_at("tp_checkin", *month(2026, 7), cond="e.action = 'fail' AND e.club_id = 'C05'"),
        "gy31": lambda: users_at("tp_first_visit", "2026-01-01", "2026-01-10"),
        "gy32": lambda: users_at("tp_checkin", "2026-09-01", "2026-09-15"),
        "gy33": lambda: users_at("tp_membership", *Y26),
        "gy34": lambda: users_at("tp_checkin", *quarter(2026, 2), cond="c.city = '上海'"),
        "gy35": lambda: users_at("tp_checkin", *month(2026, 8), cond="e.class_type = 'yoga'"),
        "gy36": lambda: users_at("tp_pt_session", *Y25, cond="e.trainer_id = 'T03'"),
        "gy37": lambda: users_at("tp_membership", *Y26, cond="c.age < 25"),
        "gy38": lambda: customers_count("c.monthly_fee = 349"),
        "gy39": lambda: users_at("tp_referral", "2025-12-21", "2025-12-31"),
        "gy40": lambda: users_at("tp_app_download", *month(2026, 1)),
        "gy41": lambda: users_at("tp_renewal", *H1_26),
        "gy42": lambda: events_at("tp_pt_session", *quarter(2026, 3)),
        "gy43": lambda: users_at("tp_class_booking", *month(2026, 6), cond="c.gender = 'F'"),
        "gy44": lambda: users_at("tp_cancel", *month(2026, 4), cond="e.membership_type = 'monthly'"),
        "gy45": lambda: users_at("tp_cancel", *month(2026, 3), cond="e.membership_type = 'monthly'"),
        "gy46": lambda: users_at("tp_checkin", "2026-05-11", "2026-05-20", cond="c.home_club_id = 'C03'"),
        "gy47": lambda: users_at("tp_cancel", *month(2026, 4)),
        "gy48": lambda: users_at("tp_trial_pass", *quarter(2026, 3)),
        "gy49": lambda: users_at("tp_first_visit", *quarter(2026, 2)),
        # ---- orders
        "gy50": lambda: orders(*month(2026, 8)),
        "gy51": lambda: orders(*month(2025, 8)),
        "gy52": lambda: orders(*H1_26, cond=PT),
        "gy53": lambda: orders(*month(2026, 5), agg="avg"),
        "gy54": lambda: orders(*Y25, agg="count", status="refunded"),
        "gy55": lambda: orders(*Y26, agg="count", status="cancelled"),
        "gy56": lambda: top_refund_rate("o.trainer_id", PT),
        "gy57": lambda: refund_rate(*ALL, cond=PT),
        "gy58": lambda: top_users_at("tp_membership", *ALL, "e.club_id"),
        "gy59": lambda: top_orders("c.city", *ALL, agg="sum(o.amount)"),
        "gy60": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'renewal'"),
        "gy61": lambda: top_orders("o.channel", *Y25, cond="o.order_type = 'renewal'"),
        "gy62": lambda: orders("2026-04-01", "2026-04-01", agg="count"),
        "gy63": lambda: orders(*month(2026, 9), agg="count"),
        "gy64": lambda: orders(*Y25, cond="o.order_type = 'membership' AND o.membership_type = 'annual'"),
        "gy65": lambda: orders("2026-07-01", "2026-09-30", agg="count", cond=PT),
        "gy66": lambda: orders(*month(2026, 7)),
        "gy67": lambda: orders("2026-09-24", "2026-09-30", agg="count"),
        # ---- renewals / cancellations
        "gy70": lambda: top_renewal(*ALL),
        "gy71": lambda: top_renewal(*ALL, lowest=True),
        "gy72": lambda: renewal_rate(*ALL, mtype="annual"),
        "gy73": lambda: top_users_at("tp_cancel", *month(2026, 4), "e.membership_type"),
        "gy74": lambda: feedback_ids(f"(f.touchpoint_id = 'tp_cancel' OR {PRICE}) AND {NEG} "
                                     f"AND {_in('f.ts', '2026-04-01', '2026-05-31')}"),
        "gy75": lambda: renewal_rate(*month(2026, 4), mtype="monthly"),
        "gy76": lambda: users_at("tp_cancel", *month(2026, 6)),
        # ---- feedback
        "gy80": lambda: top_neg("f.club_id", f"f.touchpoint_id = 'tp_checkin' AND {_in('f.ts', *month(2026, 7))}"),
        "gy81": lambda: feedback_ids(f"f.touchpoint_id = 'tp_checkin' AND {NEG} AND f.club_id = 'C05' "
                                     f"AND {_in('f.ts', *month(2026, 7))}"),
        "gy82": lambda: top_neg_rise(month(2026, 6), month(2026, 7)),
        "gy83": lambda: top_neg_rise(month(2026, 2), month(2026, 3)),
        "gy84": lambda: top_neg("f.trainer_id"),
        "gy85": lambda: top_rating("f.trainer_id"),
        "gy86": lambda: feedback_ids(f"f.trainer_id = 'T09' AND {NEG}"),
        "gy87": lambda: fb_topic_count(GATE),
        "gy88": lambda: fb_topic_count(PRICE),
        "gy89": lambda: fb_avg("nps", "1=1"),
        "gy90": lambda: fb_avg("nps", _in("f.ts", *quarter(2026, 3))),
        "gy91": lambda: fb_avg("rating", f"f.touchpoint_id = 'tp_pt_session' AND {_in('f.ts', *Y25)}"),
        "gy92": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 3)), tol=0.06),
        "gy93": lambda: fb_count("f.ts IS NULL"),
        "gy94": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review' AND f.rating IS NOT NULL"),
        "gy95": lambda: fb_count(f"f.touchpoint_id = 'tp_first_visit' AND {_in('f.ts', *month(2025, 10))}"),
        "gy96": lambda: feedback_ids(f"f.touchpoint_id = 'tp_first_visit' AND {NEG} AND {ENGLISH}"),
        "gy97": lambda: feedback_ids(f"(f.class_type IS NOT NULL OR f.touchpoint_id = 'tp_class_booking') AND {POS}"),
        "gy98": lambda: top_events("tp_checkin", *Y26, "e.class_type"),
        "gy99": lambda: fb_topic_count(BUG),
        "gy100": lambda: feedback_ids(f"f.touchpoint_id = 'tp_class_booking' AND {NEG} "
                                      f"AND {_in('f.ts', *month(2026, 3))}"),
        "gy101": lambda: top_rating("f.touchpoint_id", "f.touchpoint_id IS NOT NULL"),
        "gy102": lambda: fb_count(f"f.touchpoint_id = 'tp_class_booking' AND {NEG} AND {_in('f.ts', *month(2026, 3))}"),
        "gy104": lambda: top_users_at("tp_complaint", *month(2026, 7), "e.club_id"),
        "gy103": lambda: feedback_ids(f"f.touchpoint_id = 'tp_complaint' AND {NEG} AND {CHINESE}"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    missing = []
    unused = set(checks) - {it["id"] for it in items}
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok" and not any(k in exp for k in ("value", "top_entity", "citations_from")):
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items (definitions / maps):", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
