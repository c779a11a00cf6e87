"""Gold answers for the DeskHub 格子间 (coworking spaces) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (sales 45 d: tour booking →
  tour → membership purchase → move-in; trial 30 d: day pass → membership purchase; repair 14 d; renewal 30 d).
  Each rate is computed with later steps allowed after the period end and with every step required inside the
  period; the tolerance covers both. Conversion from step a to step b = reached b / reached a; drop-off at a step =
  1 - reached next / reached that step. A question that starts the count at a later step ("of the people who showed
  up for a tour ...") is also computed from that step's own first event in the period; the tolerance covers that
  reading too. A funnel "for broker leads" / "for companies" keeps only the customers with that acquisition_channel /
  customer_type (customers table);
- people / members / customers = distinct customer_id; counts of bookings / tours / contracts / renewals / move-outs /
  repair requests / meeting-room bookings = event rows at the touchpoint (the 40 exact duplicate event rows are loaded
  once), dated by the event ts; "new memberships" = tp_contract (renewals are tp_renewal); move-outs / 退租 = tp_churn;
  a move-out reason is churn_reason on tp_churn; a "wifi repair" = repair_category 'wifi'; a site of an event / order /
  comment is its own `site` (zh) / `site_en` (English twin): zh questions name the zh value, en questions the English
  twin; a city is the English `city` / customers.region (Shanghai, Beijing, Shenzhen, Chengdu, Singapore,
  Kuala Lumpur); a sales rep is `sales_rep` on the event;
- renewal rate = renewal reminders (tp_renewal_notice) sent in the period whose contract_id was renewed (a tp_renewal
  with that previous_contract_id, also after the period end) / reminders sent; where the question does not define
  it, the tolerance also covers the renewal journey read per person (first reminder in the period, renewal within
  30 days, also after the period end);
  a channel's renewal rate uses the member's acquisition_channel;
- repair time = repair_hours on tp_repair_done of requests filed in the period (the same as the time between the
  request and completion events of one repair_id); open repairs are left out;
- times between steps: tour → purchase = from a customer's first tp_tour (in the period) to their first tp_contract
  after it (any time; the tolerance covers also only purchases inside the 45-day sales window); purchase → move-in =
  tp_contract to tp_move_in of the same contract_id; booking → tour = from each tp_tour_booking to the customer's
  first tp_tour after it; days are fractional (seconds / 86400);
- money = orders: revenue = sum(amount) of status 'paid' by order ts, amounts in CNY (amount_local is the local
  currency); membership fees = order_type 'membership' (one invoice per month), day passes = order_type 'day_pass';
  refunds = status 'refunded'; unpaid = status 'unpaid'; shares of invoices are counts of order rows;
- current / active members = customers with segment 'member' (state at the end of the data, 2026-06-30);
- feedback topic counts use text markers with a 5 % tolerance (each marker is checked here against the generator's
  truth topic in DATADIR/_truth, not a DATA.md table); "all feedback" includes rows without ts; negative = rating
  1-2 among rows with a rating; NPS = mean of `nps` over rows that have one;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-06-30, the last day of
  the data); "this year" = 2026-01-01 .. as_of.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    CON.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cust(cond: str) -> str:
    return f"e.customer_id IN (SELECT customer_id FROM customers c WHERE {cond})"


# ---------------------------------------------------------------- funnels (DATA.md rule)

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False, first=1):
    """People reaching each step from step `first` (entry = first event at that step in the period)."""
    steps, window = _steps(journey)
    steps = steps[first - 1:]
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({cond})"
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


def _rates(journey, start, end, a, b, cond="1=1", also_from_a=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded)
        vals.append(c[b - 1] / c[a - 1])
        if also_from_a and a > 1:
            c = funnel(journey, start, end, cond, bounded, first=a)
            vals.append(c[b - a] / c[0])
    return vals


def _spread(vals, lo=0.01):
    return round(max(lo, max(vals) - min(vals) + 0.005), 4)


def conv(journey, start, end, a=1, b=None, cond="1=1", also_from_a=False, drop=False):
    b = b or len(_steps(journey)[0])
    vals = _rates(journey, start, end, a, b, cond, also_from_a)
    if drop:
        vals = [1 - v for v in vals]
    return dict(value=round(vals[0], 4), tolerance=_spread(vals))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def best_conv(journey, start, end, a, b, col, values, lowest=False, gap=0.04):
    rates = {v: _rates(journey, start, end, a, b, cust(f"c.{col} = '{v}'"), also_from_a=True) for v in values}
    for i in range(len(rates[values[0]])):  # every reading gives the same winner
        order = sorted(rates, key=lambda v: rates[v][i], reverse=not lowest)
        assert abs(rates[order[0]][i] - rates[order[1]][i]) > gap, (i, {v: r[i] for v, r in rates.items()})
    return dict(top_entity=order[0])


# ---------------------------------------------------------------- events

def events_at(tp, start, end, cond="1=1", tol=0.5):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=tol)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_group(tp, col, start, end, cond="1=1", agg="count(*)", lowest=False, ratio=1.1):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio) if lowest else (a > b * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", rel=0.03):
    v = one(f"""SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * rel), 3))


RENEWED = "(e.contract_id IN (SELECT previous_contract_id FROM events WHERE touchpoint_id = 'tp_renewal'))"


def renewal_rate(start, end, cond="1=1", strict=False):
    per_notice = one(f"""SELECT avg({RENEWED}::int) FROM events e WHERE e.touchpoint_id = 'tp_renewal_notice'
                         AND {_in('e.ts', start, end)} AND ({cond})""")
    if strict:  # the question defines the rate per reminder
        return dict(value=round(per_notice, 4), tolerance=0.01)
    vals = [per_notice, _rates("renewal", start, end, 1, 2, cond)[0]]  # a renewal may be signed after the period
    return dict(value=round(per_notice, 4), tolerance=_spread(vals))


def lowest_renewal(start, end, values):
    rates = {v: renewal_rate(start, end, cust(f"c.acquisition_channel = '{v}'"))["value"] for v in values}
    order = sorted(rates, key=rates.get)
    assert rates[order[1]] - rates[order[0]] > 0.1, rates
    return dict(top_entity=order[0])


def repair_hours(start, end, cond="1=1"):
    v = one(f"""SELECT avg(d.repair_hours) FROM events r JOIN events d ON d.repair_id = r.repair_id
                AND d.touchpoint_id = 'tp_repair_done'
                WHERE r.touchpoint_id = 'tp_repair_request' AND {_in('r.ts', start, end)} AND ({cond})""")
    w = one(f"""SELECT avg(date_diff('second', r.ts, d.ts) / 3600.0) FROM events r JOIN events d
                ON d.repair_id = r.repair_id AND d.touchpoint_id = 'tp_repair_done'
                WHERE r.touchpoint_id = 'tp_repair_request' AND {_in('r.ts', start, end)} AND ({cond})""")
    assert abs(v - w) < 0.05 * v, (v, w)
    return dict(value=round(v, 2), tolerance=round(v * 0.03, 2))


def top_wifi_repairs(start, end):
    rows = q(f"""SELECT site_en, count(*) n FROM events WHERE touchpoint_id = 'tp_repair_request'
                 AND repair_category = 'wifi' AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > 3 * rows[1][1], rows[:3]
    return dict(top_entity=rows[0][0])


def meeting_fail(site_col, cond="1=1", top=False):
    rows = q(f"""SELECT {site_col}, avg((action = 'fail')::int) r FROM events e WHERE touchpoint_id = 'tp_meeting_room'
                 AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    if top:
        assert rows[0][1] > 2 * rows[1][1], rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][1], 4), tolerance=0.01)


def per_person(tp, start, end):
    n, p = q(f"""SELECT count(*), count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)}""")[0]
    v = n / p
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def churn_share(start, end, cond):
    v = one(f"""SELECT avg(({cust(cond)})::int) FROM events e WHERE e.touchpoint_id = 'tp_churn'
                AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def tour_to_purchase_days(start, end):
    base = f"""WITH t AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_tour'
                          AND {_in('ts', start, end)} GROUP BY 1),
               b AS (SELECT customer_id, min(ts) b FROM events WHERE touchpoint_id = 'tp_tour_booking' GROUP BY 1),
               k AS (SELECT t.customer_id, t.t, b.b, min(e.ts) k FROM t JOIN events e ON e.customer_id = t.customer_id
                     AND e.touchpoint_id = 'tp_contract' AND e.ts > t.t LEFT JOIN b ON b.customer_id = t.customer_id
                     GROUP BY ALL)"""
    v1 = one(base + " SELECT avg(date_diff('second', t, k) / 86400.0) FROM k")
    v2 = one(base + " SELECT avg(date_diff('second', t, k) / 86400.0) FROM k WHERE k <= b + INTERVAL 45 DAY")
    return dict(value=round(v1, 2), tolerance=round(max(abs(v1 - v2) + 0.1, v1 * 0.05), 2))


def contract_to_movein_days(start, end):
    v = one(f"""SELECT avg(date_diff('second', k.ts, m.ts) / 86400.0) FROM events k JOIN events m
                ON m.contract_id = k.contract_id AND m.touchpoint_id = 'tp_move_in'
                WHERE k.touchpoint_id = 'tp_contract' AND {_in('k.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(0.2, v * 0.05), 2))


def booking_to_tour_days(start, end):
    v = one(f"""WITH x AS (SELECT b.event_id, b.ts, min(t.ts) t FROM events b JOIN events t
                          ON t.customer_id = b.customer_id AND t.touchpoint_id = 'tp_tour' AND t.ts > b.ts
                          WHERE b.touchpoint_id = 'tp_tour_booking' AND {_in('b.ts', start, end)}
                          AND b.customer_id IN (SELECT customer_id FROM customers WHERE acquisition_channel <> 'walk_in')
                          GROUP BY 1, 2)
                SELECT avg(date_diff('second', ts, t) / 86400.0) FROM x""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))


# ---------------------------------------------------------------- orders

def orders(start, end, cond, agg="sum", status="o.status = 'paid'"):
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.001), 2))


def top_orders(col, start, end, cond="1=1", ratio=1.08, lowest=False):
    rows = q(f"""SELECT {col}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    assert (rows[1][1] > rows[0][1] * ratio) if lowest else (rows[0][1] > rows[1][1] * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def order_share(num, cond, top_col=None, ratio=1.5):
    if top_col:
        rows = q(f"SELECT {top_col}, avg(({num})::int) r FROM orders o WHERE {cond} GROUP BY 1 ORDER BY r DESC")
        assert rows[0][1] > rows[1][1] * ratio, rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM orders o WHERE {cond}"), 4), tolerance=0.01)


def per_payer(start, end, cond):
    s, n = q(f"""SELECT sum(amount), count(DISTINCT customer_id) FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond})""")[0]
    v = float(s) / n
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def passes_per_buyer(start, end):
    n, p = q(f"""SELECT count(*), count(DISTINCT customer_id) FROM orders o WHERE o.status = 'paid'
                 AND o.order_type = 'day_pass' AND {_in('o.ts', start, end)}""")[0]
    v = n / p
    return dict(value=round(v, 3), tolerance=round(max(0.03, v * 0.02), 3))


def growth(cond, a, b):
    x = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})"))
    y = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})"))
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_new_members(col, start, end, ratio=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_contract' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- feedback

def _like(zh, en):
    parts = [f"f.text LIKE '%{w}%'" for w in zh] + [f"lower(f.text) LIKE '%{w}%'" for w in en]
    return "(" + " OR ".join(parts) + ")"


WIFI = _like(["WiFi", "网速", "断网", "网络"], ["wifi", "wi-fi", "internet"])
NOISE = _like(["吵", "噪音"], ["noise", "noisy", "loud"])
AIRCON = _like(["空调"], ["aircon", "air con", "air-con", "air conditioning"])
MEETING = _like(["会议室"], ["meeting room"])
CLEANING = _like(["卫生", "保洁", "垃圾"], ["dirty", "cleaning"])
PRICE = _like(["涨价", "涨了", "价格上调"], ["price increase", "price hike", "raised the price", "raising prices"])
MARKERS = {"wifi": WIFI, "noise": NOISE, "air_con": AIRCON, "meeting_room": MEETING, "cleaning": CLEANING,
           "price_increase": PRICE}


def check_markers() -> None:
    for topic, cond in MARKERS.items():
        hit, true, both = q(f"""SELECT count(*) FILTER (WHERE {cond}), count(*) FILTER (WHERE t.topic = '{topic}'),
                                count(*) FILTER (WHERE {cond} AND t.topic = '{topic}')
                                FROM feedback f JOIN truth t USING (feedback_id)""")[0]
        assert both >= 0.97 * true and both >= 0.97 * hit, (topic, hit, true, both)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_top(col, cond, agg="count(*)", ratio=1.5):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {cond} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


# ---------------------------------------------------------------- periods

def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
MEMB, DAYP = "o.order_type = 'membership'", "o.order_type = 'day_pass'"
CH = ["website", "xiaohongshu", "broker", "walk_in", "corporate_partner"]


def gold() -> dict:
    return {
        # ---- sales and trial funnels
        "cw01": lambda: conv("sales", *H2_25, 1, 3),
        "cw02": lambda: top_lost("sales", *quarter(2026, 1)),
        "cw03": lambda: conv("sales", *H1_26, 2, 3, also_from_a=True, drop=True),
        "cw04": lambda: best_conv("sales", *Y25, 2, 3, "acquisition_channel", CH),
        "cw05": lambda: conv("sales", *Y25, 2, 3, cust("c.acquisition_channel = 'broker'"), also_from_a=True),
        "cw06": lambda: conv("sales", *Y25, 2, 3, cust("c.acquisition_channel = 'xiaohongshu'"), also_from_a=True),
        "cw07": lambda: conv("trial", *Y25),
        "cw08": lambda: best_conv("trial", "2025-07-01", "2026-06-30", 1, 2, "customer_type",
                                  ["company", "freelancer"]),
        # ---- renewal and churn
        "cw11": lambda: renewal_rate(*Y25, strict=True),
        "cw12": lambda: lowest_renewal("2025-01-01", "2026-04-30", CH),
        "cw13": lambda: renewal_rate("2025-01-01", "2026-04-30", cust("c.acquisition_channel = 'broker'")),
        "cw14": lambda: renewal_rate("2025-01-01", "2026-04-30", cust("c.acquisition_channel = 'corporate_partner'")),
        "cw15": lambda: events_at("tp_churn", *quarter(2025, 4)),
        "cw16": lambda: events_at("tp_churn", *quarter(2025, 3)),
        "cw17": lambda: top_group("tp_churn", "e.churn_reason", "2025-10-01", "2026-01-31", ratio=2.0),
        "cw18": lambda: renewal_rate("2025-09-01", "2025-12-31"),
        "cw19": lambda: renewal_rate("2026-01-01", "2026-04-30"),
        "cw20": lambda: churn_share("2026-01-01", "2026-04-30", "c.acquisition_channel = 'broker'"),
        "cw21": lambda: events_at("tp_renewal", *H2_25),
        # ---- sites, wifi, repairs, ratings
        "cw22": lambda: fb_top("f.site", WIFI, ratio=3.0),
        "cw23": lambda: fb_topic_count(f"{WIFI} AND f.site = '漕河泾智汇园'"),
        "cw24": lambda: top_wifi_repairs(*Y25),
        "cw25": lambda: repair_hours(*ALL, "r.repair_category = 'wifi' AND r.site = '漕河泾智汇园'"),
        "cw26": lambda: repair_hours(*ALL, "r.repair_category = 'wifi' AND r.site <> '漕河泾智汇园'"),
        "cw27": lambda: conv("repair", *H1_26),
        "cw28": lambda: repair_hours(*quarter(2026, 1)),
        "cw29": lambda: top_group("tp_repair_request", "e.repair_category", *Y25, ratio=1.2),
        "cw32": lambda: fb_top("f.site_en", "f.rating IS NOT NULL", agg="avg(rating)", ratio=1.07),
        "cw33": lambda: order_share("o.status = 'refunded'", DAYP, top_col="o.site", ratio=3.0),
        "cw34": lambda: order_share("o.status = 'refunded'", f"{DAYP} AND o.site = '漕河泾智汇园'"),
        # ---- meeting rooms
        "cw36": lambda: meeting_fail("e.site", top=True),
        "cw37": lambda: meeting_fail("e.site", "e.site = '国贸金融中心'"),
        "cw38": lambda: per_person("tp_meeting_room", *Y25),
        # ---- money
        "cw39": lambda: orders(*Y25, MEMB),
        "cw40": lambda: orders(*quarter(2026, 2), f"{MEMB} AND o.seat_type = 'hot_desk'"),
        "cw41": lambda: orders(*quarter(2026, 2), f"{MEMB} AND o.seat_type = 'private_office'"),
        "cw42": lambda: top_orders("o.city", *H1_26, lowest=True),
        "cw43": lambda: per_payer(*Y25, MEMB),
        "cw44": lambda: passes_per_buyer(*Y25),
        "cw46": lambda: order_share("o.status = 'unpaid'", MEMB, top_col="o.city", ratio=2.0),
        "cw47": lambda: order_share("o.status = 'unpaid'", f"{MEMB} AND o.city = 'Kuala Lumpur'"),
        "cw49": lambda: growth(MEMB, month(2026, 5), month(2026, 6)),
        "cw50": lambda: orders(*H1_26, f"{MEMB} AND o.seat_type = 'private_office' AND o.city = 'Singapore'",
                               agg="avg"),
        "cw51": lambda: orders(*quarter(2025, 4), f"{DAYP} AND o.city = 'Singapore'"),
        # ---- people and counts
        "cw53": lambda: customers_count("c.segment = 'member'"),
        "cw54": lambda: customers_count("c.segment = 'member' AND c.customer_type = 'company'"),
        "cw55": lambda: events_at("tp_tour_booking", "2026-06-08", "2026-06-14"),
        "cw56": lambda: users_at("tp_tour", *month(2026, 5)),
        "cw57": lambda: events_at("tp_contract", *quarter(2026, 2)),
        "cw58": lambda: top_group("tp_contract", "e.sales_rep", *Y25, ratio=1.1),
        "cw59": lambda: top_new_members("c.acquisition_channel", *Y25),
        "cw60": lambda: ev_share("tp_contract", "e.seat_type = 'hot_desk'", *Y25, cust("c.customer_type = 'freelancer'")),
        # ---- times between steps
        "cw61": lambda: tour_to_purchase_days(*Y25),
        "cw62": lambda: contract_to_movein_days(*H1_26),
        "cw63": lambda: booking_to_tour_days(*Y25),
        # ---- feedback
        "cw64": lambda: fb_topic_count(AIRCON),
        "cw65": lambda: fb_top("f.site_en", AIRCON, ratio=1.5),
        "cw66": lambda: fb_topic_count(PRICE),
        "cw67": lambda: fb_topic_count(f"{PRICE} AND {_in('f.ts', *quarter(2025, 4))}"),
        "cw68": lambda: feedback_ids(f"{AIRCON} AND f.site = '丹戎巴葛枢纽'"),
        "cw69": lambda: feedback_ids(f"{WIFI} AND f.site = '漕河泾智汇园'"),
        "cw70": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *quarter(2025, 4))}"),
        "cw71": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.05),
        "cw72": lambda: fb_count("f.ts IS NULL"),
        "cw73": lambda: fb_top("f.seat_type", NOISE, ratio=1.5),
    }


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
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70].replace("\n", " "), shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
