"""Gold answers for the salon-chain (GlowUp 焕颜美业) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period; the
  tolerance covers both (`conv`). Where the window obviously runs past the period (rebooking 30 d) the question says
  later steps may fall after the period (`conv_open`). Drop-off of a step = 1 - reached next / reached this step;
- "customers / people / clients who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many appointments / bookings / orders / no-shows / top-ups" = rows, never people;
- a customer's phone platform is `customers.primary_device` (every mini-program event of a customer carries it;
  store, ads and social events have no device);
- orders: `order_type` service (one row per appointment, dated by `ts` = the appointment time, `booked_at` = when it
  was booked) or card_topup (prepaid-card 储值卡 top-up, dated by payment). Money = status `paid`;
  service revenue / 营业额 / 服务收入 = sum of `amount` of paid service orders (whatever the payment method, member
  card deductions included); 客单价 / average ticket = average amount of paid service orders; top-up money = sum of
  `amount` of paid card_topup orders (the bonus 赠送 is not money). Cancelled, no-show and refunded are not revenue;
- no-show rate (爽约率) = service orders with status `no_show` / mini-program bookings that were not cancelled
  (paid + refunded + no_show); the tolerance covers no_show / every mini-program booking (cancelled included).
  Walk-ins cannot no-show. Cancellation rate = cancelled / all mini-program bookings;
- wait at arrival = `orders.wait_minutes` (appointments that were checked in); "weekend" = Saturday and Sunday;
- stylist level = `orders.stylist_level` of the appointment (junior / senior / director); a review's stylist level is
  that of the order it reviews (feedback.order_id);
- customer-level facts (segment, tier = prepaid-card level, card_balance) are the state at the end of the data
  (2026-08-31);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "差评 / bad review" = rating 1-2; ratings are 1-5 stars; NPS = (share 9-10 - share 0-6) x 100 over rows with an
  nps value; complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic;
  "all feedback" includes the social posts without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31, the last day).
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
    for t in ("touchpoints", "customers", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'order_id': 'VARCHAR', 'stylist_id': 'VARCHAR',
                            'customer_id': 'VARCHAR', 'device': 'VARCHAR', 'service_category': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'device': 'VARCHAR', 'promo_code': 'VARCHAR', 'cancel_reason': 'VARCHAR',
                            'refund_reason': 'VARCHAR', 'payment_method': 'VARCHAR', 'wait_minutes': 'DOUBLE',
                            'booked_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'device': 'VARCHAR', 'order_id': 'VARCHAR', 'stylist_id': 'VARCHAR',
                            'service_category': 'VARCHAR', 'deposit_amount': 'DOUBLE', 'wait_minutes': 'DOUBLE',
                            'payment_method': 'VARCHAR', 'topup_amount': 'DOUBLE', 'variant': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0


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
    ev = ("SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          "LEFT JOIN experiments x ON x.customer_id = e.customer_id WHERE 1=1")
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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def reached(journey, start, end, k, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=c[k - 1], tolerance=0.5)


def top_lost(journey, start, end, **kw):
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


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, b=None, table="customers c"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_val(agg, cond="1=1"):
    v = float(one(f"SELECT {agg} FROM customers c WHERE {cond}"))
    return dict(value=round(v, 4), tolerance=round(max(0.01, abs(v) * 0.001), 2))


def top_customers(col, cond="1=1", gap=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

SVC = "o.order_type = 'service'"
TOPUP = "o.order_type = 'card_topup'"
ONLINE = "o.order_type = 'service' AND o.channel = 'mini_program'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond=SVC):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond=SVC, status="paid", tol=0.01):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=tol)


def top_orders(col, start, end, agg="count(*)", status="paid", cond=SVC, lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:4]
    return dict(top_entity=rows[0][0])


def noshow_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'no_show')::int) FILTER (WHERE status <> 'cancelled'),
                        avg((status = 'no_show')::int)
                 FROM orders o WHERE {ONLINE} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_noshow(col, start, end, cond="1=1", gap=0.05):
    tops = set()
    for f in ("FILTER (WHERE status <> 'cancelled')", ""):
        rows = q(f"""SELECT {col}, avg((status = 'no_show')::int) {f} r FROM orders o
                     WHERE {ONLINE} AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
        assert rows[0][1] > rows[1][1] + gap, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def cancel_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((status = 'cancelled')::int) FROM orders o WHERE {ONLINE} AND {_in('ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def refund_rate(start, end, cond=SVC):
    a, b = q(f"""SELECT avg((status = 'refunded')::int) FILTER (WHERE status IN ('paid', 'refunded')),
                        avg((status = 'refunded')::int)
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def wait_avg(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg(wait_minutes), avg(wait_minutes) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE wait_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def wait_share(start, end, limit, cond="1=1"):
    v = one(f"""SELECT avg((wait_minutes > {limit})::int) FROM orders o
                WHERE wait_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    v = one(f"""SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) LEFT JOIN orders o USING (order_id)
                WHERE {col} IS NOT NULL AND {cond}""")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"""SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id)
                LEFT JOIN orders o USING (order_id) WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                LEFT JOIN orders o USING (order_id) WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False):
    rows = q(f"""SELECT {col}, avg(f.rating) r FROM feedback f LEFT JOIN orders o USING (order_id)
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1", gap=0.04):
    rows = q(f"""SELECT {col}, avg((t.sentiment = 'neg')::int) r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic_store(marker, cond="1=1", gap=1.5):
    rows = q(f"""SELECT f.store_id, count(*) n FROM feedback f WHERE ({marker}) AND f.store_id IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-06-01", "2026-08-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
SURVEY = "f.channel = 'survey'"
ANDROID = "c.primary_device = 'android'"
IOS = "c.primary_device = 'ios'"
WAIT = "(f.text LIKE '%等%' OR lower(f.text) LIKE '%wait%')"
UPSELL_T = "(f.text LIKE '%办卡%' OR lower(f.text) LIKE '%card%')"
COLOR = "(f.text LIKE '%颜色%' OR lower(f.text) LIKE '%colo%')"
CHANGED = "(f.text LIKE '%换%' OR lower(f.text) LIKE '%without%')"
PRICE = "(f.text LIKE '%涨价%' OR lower(f.text) LIKE '%price%')"
DEPOSIT_T = "(f.text LIKE '%定金%' OR lower(f.text) LIKE '%deposit%')"


def ab_top(start, end, gap=0.04):
    rates = {}
    for v in ("A", "B"):
        c = funnel("rebooking", start, end, cust=f"x.experiment_id = 'rebook_reminder_copy' AND x.variant = '{v}'")
        rates[v] = c[1] / c[0]
    order = sorted(rates, key=rates.get, reverse=True)
    assert rates[order[0]] - rates[order[1]] > gap, rates
    return dict(top_entity=order[0])


WEEKEND = "dayofweek(o.ts) IN (0, 6)"
S03, S05 = "o.store_id = 'S03'", "o.store_id = 'S05'"
AB = ("2026-03-01", "2026-07-31")


def gold() -> dict:
    return {
        # ---- funnels
        "sl01": lambda: conv("booking_visit", *H1_26),
        "sl02": lambda: top_lost("booking_visit", *ALL),
        "sl03": lambda: conv("booking_visit", *month(2025, 11), a=2, b=3, drop=True, cust=ANDROID),
        "sl04": lambda: conv("booking_visit", *month(2025, 11), a=2, b=3, drop=True, cust=IOS),
        "sl05": lambda: conv("booking_visit", *month(2025, 10), a=2, b=3, drop=True, cust=ANDROID),
        "sl06": lambda: top_conv("booking_visit", *month(2025, 11), "c.primary_device", lowest=True),
        "sl07": lambda: conv("prepaid_card", *quarter(2025, 4), cust="c.home_store_id = 'S02'"),
        "sl08": lambda: conv("prepaid_card", *quarter(2025, 4), cust="c.home_store_id <> 'S02'"),
        "sl09": lambda: top_conv("prepaid_card", *quarter(2025, 4), "c.home_store_id", lowest=True, gap=0.08),
        "sl10": lambda: conv_open("rebooking", *H1_26, a=1, b=2),
        "sl11": lambda: top_conv("rebooking", *H1_26, "c.tier", lowest=True, b=2, gap=0.08),
        "sl12": lambda: ab_top(*AB),
        "sl13": lambda: conv_open("rebooking", *AB, a=1, b=2,
                                  cust="x.experiment_id = 'rebook_reminder_copy' AND x.variant = 'B'"),
        "sl14": lambda: conv("discover_book", *ALL),
        "sl15": lambda: conv("aftercare", *H1_26),
        # ---- orders and money
        "sl16": lambda: orders(*month(2026, 3)),
        "sl17": lambda: orders(*month(2026, 2), agg="avg(o.amount)", cond=f"{SVC} AND o.service_category = '染发'"),
        "sl18": lambda: orders(*month(2026, 4), agg="avg(o.amount)", cond=f"{SVC} AND o.service_category = '染发'"),
        "sl19": lambda: top_orders("o.service_category", *ALL, agg="avg(o.amount)"),
        "sl20": lambda: top_orders("o.service_category", *H2_25, gap=2),
        "sl21": lambda: orders(*quarter(2025, 4), cond=TOPUP),
        "sl22": lambda: noshow_rate(*month(2026, 5), S05),
        "sl23": lambda: noshow_rate(*month(2026, 1), S05),
        "sl24": lambda: top_noshow("o.store_id", *quarter(2026, 2)),
        "sl25": lambda: orders(*quarter(2026, 2), agg="count(*)", status="no_show"),
        "sl26": lambda: noshow_rate(*ALL, "o.promo_code = 'XHS39'"),
        "sl27": lambda: share_orders(*H1_26, "o.payment_method = 'member_card'"),
        "sl28": lambda: top_orders("o.payment_method", *ALL, gap=1.3),
        "sl29": lambda: top_orders("o.city", "2025-01-01", "2025-12-31", agg="sum(o.amount)", gap=1.5),
        "sl30": lambda: cancel_rate(*H1_26),
        "sl31": lambda: orders(*ALL, agg="count(*)", status="refunded",
                               cond=f"{SVC} AND o.refund_reason = 'color_unsatisfied'"),
        "sl32": lambda: refund_rate(*H2_25, f"{SVC} AND o.stylist_level = 'junior' AND o.service_category = '染发'"),
        "sl33": lambda: orders(*quarter(2026, 2), agg="sum(o.deposit_amount)", status="no_show"),
        "sl34": lambda: orders(*ALL, agg="count(*)", status=None, cond=f"{SVC} AND o.stylist_changed = 1"),
        "sl35": lambda: orders(*month(2026, 7), agg="count(DISTINCT o.customer_id)"),
        # ---- waiting at arrival
        "sl36": lambda: top_orders("o.store_id", *quarter(2026, 1), agg="avg(o.wait_minutes)", status=None,
                                   cond="o.wait_minutes IS NOT NULL", gap=1.5),
        "sl37": lambda: wait_avg(*quarter(2026, 2), f"{S03} AND {WEEKEND}"),
        "sl38": lambda: wait_avg(*quarter(2026, 2), f"{S03} AND NOT {WEEKEND}"),
        "sl39": lambda: wait_share(*H1_26, 30, S03),
        # ---- customers
        "sl40": lambda: customers_count("c.segment = 'churned'"),
        "sl41": lambda: customers_count("c.tier = 'gold'"),
        "sl42": lambda: customers_val("sum(c.card_balance)"),
        "sl43": lambda: top_customers("c.acquisition_channel", gap=1.5),
        # ---- feedback
        "sl44": lambda: topic_count(WAIT, ["wait_long"]),
        "sl45": lambda: topic_count(UPSELL_T, ["upsell"]),
        "sl46": lambda: top_topic_store(UPSELL_T),
        "sl47": lambda: topic_count(COLOR, ["color_unexpected"]),
        "sl48": lambda: topic_count(CHANGED, ["stylist_changed"]),
        "sl49": lambda: feedback_ids("t.topic = 'stylist_changed'"),
        "sl50": lambda: feedback_ids("t.topic = 'upsell'"),
        "sl51": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4)), tol=0.02),
        "sl52": lambda: top_rating("o.stylist_level", SURVEY, gap=0.5),
        "sl53": lambda: fb_avg("f.rating", f"{SURVEY} AND o.stylist_level = 'junior' AND {_in('f.ts', *H1_26)}"),
        "sl54": lambda: fb_avg("f.rating", f"{SURVEY} AND o.stylist_level = 'director' AND {_in('f.ts', *H1_26)}"),
        "sl55": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "sl56": lambda: top_neg_share("f.store_id", _in("f.ts", *quarter(2026, 1))),
        "sl57": lambda: top_neg_rise(quarter(2025, 3), quarter(2025, 4)),
        "sl58": lambda: fb_count("f.ts IS NULL"),
        "sl59": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "sl60": lambda: topic_count(PRICE, ["price_up"], _in("f.ts", "2026-03-01", "2026-08-31")),
        "sl61": lambda: topic_count(DEPOSIT_T, ["deposit_issue"], _in("f.ts", *month(2025, 11))),
        # ---- relative periods
        "sl62": lambda: orders(*month(2026, 6)),
        "sl63": lambda: orders(*quarter(2026, 2), cond=TOPUP),
        "sl64": lambda: orders("2026-06-08", "2026-06-14", agg="count(*)"),
        "sl65": lambda: orders(*H2_25),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
