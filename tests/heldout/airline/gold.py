"""Gold answers for the 鹭航 EgretAir airline held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (booking 3 d, day_of_travel 2 d, refund 30 d) from their first step-1 event in the
  period. `conv` computes each rate with and without requiring later steps to fall inside the period; the tolerance
  covers both readings. "people / customers / passengers" in a funnel = distinct customer_id. A channel-filtered
  funnel (app / web) uses only that channel's events (customers keep one channel, a few move from web to the app);
- a ticket = an order with order_type 'ticket' (one passenger, one flight); "paid tickets" = status 'paid'
  (not refunded, not voided); 'cancelled' = voided within 24 h of purchase; 'refunded' = refunded later
  (`refunded_at`, `refund_amount` = money actually paid back). Money = paid orders. Ticket revenue = paid ticket
  orders; ancillary revenue = paid seat + bag + upgrade orders (change fees are neither);
- ancillary attach rate = paid tickets having at least one paid seat / bag / upgrade order with the same
  booking_ref / paid tickets; tier = the customer's tier in `customers` (current, at the end of the data);
- tickets per member = paid ticket orders / distinct customers with a paid ticket order, in the period;
- booking lead time = flight_date - purchase date of the ticket order, in days (date difference; the tolerance
  covers the fractional reading from the purchase timestamp to the day);
- delays are read from `delay_minutes` on tp_boarding events (boarded passengers, dated by the boarding event);
  on-time = delay_minutes < 15; "delayed more than an hour" = delay_minutes > 60; a flight = distinct
  (flight_no, flight_date); delay reasons from tp_flight_delay notices (sent when a delay is >= 30 min);
- bag-drop wait = `wait_minutes` on tp_bag_drop, by departure airport (`origin_airport` / `出发机场`);
  check-in -> boarding times pair the events of the same booking_ref;
- refund requests = tp_refund_request events, dated by the request; refund rate of tickets sold = ticket orders
  (any status) dated by purchase that end 'refunded';
- complaints = tp_complaint events (= feedback rows with channel 'ticket', all dated, no rating); the complaint
  category is `ticket_category` / `category`;
- ratings = feedback `rating` (post-flight survey 'survey', app-store reviews 'app_review'; tickets and social posts
  have none); negative / 差评 = rating 1-2 among rated rows; NPS = % of survey answers 9-10 minus % 0-6 on the
  -100..100 scale; topic counts use the keyword lists below (checked against the generator's exact templates) with
  a 5 % tolerance; "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-07-31).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).parent))
from generate import TEXT  # noqa: E402  (only to check the keyword lists against the templates)

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'flight_date': 'DATE', 'amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'flight_date': 'DATE',
                    'refunded_at': 'TIMESTAMP', 'refund_amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'DOUBLE'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_ticket_issued'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'ticket'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_complaint'") == one(
        "SELECT count(*) FROM feedback WHERE channel = 'ticket'")
    assert one("SELECT max(ts) FROM events") <= one("SELECT TIMESTAMP '2026-07-31 23:59:59'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def val(v, tol, nd=4):
    return dict(value=round(float(v), nd), tolerance=tol)


def count(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, gap=1.1, lowest=False):
    assert len(rows) >= 2, rows
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * gap, rows[:3]
    else:
        assert a > b * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE ({cond})"
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


def conv(journey, start, end, a=1, b=None, drop=False, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    return val(vals[0], round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_conv_channel(journey, start, end):
    rows = []
    for ch in ("app", "web"):
        rows.append((ch, conv(journey, start, end, cond=f"e.channel = '{ch}'")["value"]))
    rows.sort(key=lambda r: -r[1])
    return top(rows, gap=1.2)


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", tp))


def ev_users(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                         AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def ev_avg(tp, col, start, end, cond="1=1", tol=0.5):
    return val(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})",
                   tp), tol, 3)


def ev_sum(tp, col, start, end, cond="1=1"):
    return count(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})",
                     tp))


def ev_share(tp, num, start, end, cond="1=1"):
    return val(one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                       AND ({cond})""", tp), 0.01)


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, agg="count(*)"):
    rows = q(f"""SELECT {col}, {agg} v FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY v DESC""", tp)
    return top(rows, gap)


def distinct_flights(start, end, cond):
    return count(one(f"""SELECT count(*) FROM (SELECT DISTINCT flight_no, flight_date FROM events e
                         WHERE touchpoint_id = 'tp_boarding' AND {_in('e.ts', start, end)} AND ({cond}))"""))


def gap_minutes(tp_a, tp_b, start, end, unit=60.0, tol=1.0, cond_a="1=1"):
    """average time from tp_a to tp_b of the same booking_ref, dated by tp_a"""
    v = one(f"""SELECT avg(epoch(b.ts - a.ts) / {unit}) FROM events a JOIN events b
                ON a.booking_ref = b.booking_ref AND b.touchpoint_id = '{tp_b}' AND b.ts > a.ts
                WHERE a.touchpoint_id = '{tp_a}' AND {_in('a.ts', start, end)} AND ({cond_a})""")
    return val(v, tol, 3)


def pay_fail_top(start, end):
    rows = q(f"""SELECT payment_method, avg((action = 'fail')::int) v FROM events e WHERE touchpoint_id = 'tp_payment'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    return top(rows, gap=1.5)


def refund_top_month():
    rows = q("""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = 'tp_refund_request'
                GROUP BY 1 ORDER BY n DESC""")
    return top(rows, gap=1.4)


def refund_days(start, end):
    a = one(f"""SELECT avg(epoch(p.ts - r.ts) / 86400.0) FROM events r JOIN events p ON p.booking_ref = r.booking_ref
                AND p.touchpoint_id = 'tp_refund_paid' WHERE r.touchpoint_id = 'tp_refund_review'
                AND r.action = 'approved' AND {_in('r.ts', start, end)}""")
    b = one(f"""SELECT avg(date_diff('day', r.ts::date, p.ts::date)) FROM events r JOIN events p
                ON p.booking_ref = r.booking_ref AND p.touchpoint_id = 'tp_refund_paid'
                WHERE r.touchpoint_id = 'tp_refund_review' AND r.action = 'approved' AND {_in('r.ts', start, end)}""")
    return val(a, round(abs(a - b) + 0.3, 2), 3)


# ---------- orders ----------

ANC = "('seat', 'bag', 'upgrade')"


def money(start, end, types=("ticket",), agg="sum(o.amount)", cond="1=1", status="'paid'", nd=2, join=""):
    tl = ", ".join(repr(t) for t in types)
    v = one(f"""SELECT {agg} FROM orders o {join} WHERE o.status IN ({status}) AND o.order_type IN ({tl})
                AND {_in('o.ts', start, end)} AND ({cond})""")
    v = round(float(v), nd)
    if agg.startswith("count") or agg.startswith("sum(o.bag"):
        return count(v)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def top_orders(col, start, end, types=("ticket",), agg="sum(o.amount)", gap=1.1):
    tl = ", ".join(repr(t) for t in types)
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status = 'paid' AND o.order_type IN ({tl})
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    return top(rows, gap)


ATTACH = f"""SELECT t.booking_ref, c.tier, t.ts, EXISTS (SELECT 1 FROM orders a WHERE a.booking_ref = t.booking_ref
             AND a.order_type IN {ANC} AND a.status = 'paid') AS att
             FROM orders t JOIN customers c USING (customer_id) WHERE t.order_type = 'ticket' AND t.status = 'paid'"""


def attach_rate(start, end, cond="1=1"):
    return val(one(f"SELECT avg(att::int) FROM ({ATTACH}) x WHERE {_in('x.ts', start, end)} AND ({cond})"), 0.01)


def attach_top(start, end):
    rows = q(f"SELECT tier, avg(att::int) v FROM ({ATTACH}) x WHERE {_in('x.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    return top(rows, gap=1.2)


def lead_days(start, end, cond="1=1"):
    base = f"""FROM orders o JOIN customers c USING (customer_id) WHERE o.order_type = 'ticket' AND o.status = 'paid'
               AND {_in('o.ts', start, end)} AND ({cond})"""
    a = one(f"SELECT avg(date_diff('day', o.ts::date, o.flight_date)) {base}")
    b = one(f"SELECT avg(epoch(o.flight_date::timestamp - o.ts) / 86400.0) {base}")
    return val(a, round(abs(a - b) + 0.3, 2), 3)


def per_member(start, end):
    return val(one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM orders o WHERE o.order_type = 'ticket'
                       AND o.status = 'paid' AND {_in('o.ts', start, end)}"""), 0.02, 4)


def ratio_orders(num, start, end, types=("ticket",), status="'paid'", amount=True):
    tl = ", ".join(repr(t) for t in types)
    agg = "sum(o.amount)" if amount else "count(*)"
    v = one(f"""SELECT {agg} FILTER (WHERE {num}) / {agg} FROM orders o WHERE o.order_type IN ({tl})
                AND o.status IN ({status}) AND {_in('o.ts', start, end)}""")
    return val(v, 0.01)


def change(a, b):
    return val((b - a) / a, 0.01)


# ---------- feedback ----------

def _like(words_zh, words_en):
    parts = [f"f.text LIKE '%{w}%'" for w in words_zh] + [f"lower(f.text) LIKE '%{w}%'" for w in words_en]
    return "(" + " OR ".join(parts) + ")"


TOPIC_OF = {
    "bag_queue": _like(["排队"], ["queue"]),
    "refund_slow": _like(["退款", "退票"], ["refund"]),
    "lost_bag": _like(["行李箱", "行李丢", "行李晚到"], ["suitcase", "luggage"]),
    "delay": _like(["延误", "晚点"], ["delay"]),
}


def _check_topic(topic, extra="1=1"):
    """the keyword list must find exactly the comments written from the topic's templates"""
    texts = TEXT[topic]["zh"] + TEXT[topic]["en"]
    CON.execute("CREATE OR REPLACE TEMP TABLE tt AS SELECT unnest(?) AS t", [texts])
    truth = one(f"SELECT count(*) FROM feedback f WHERE f.text IN (SELECT t FROM tt) AND ({extra})")
    n = one(f"SELECT count(*) FROM feedback f WHERE {TOPIC_OF[topic]} AND ({extra})")
    assert n == truth, (topic, n, truth)
    return n


def fb_topic_count(topic, extra="1=1"):
    n = _check_topic(topic, extra)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def feedback_ids(topic):
    _check_topic(topic)
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {TOPIC_OF[topic]} ORDER BY 1")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.02):
    return val(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), tol, 3)


def fb_ratio(num, cond, tol=0.01):
    return val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE channel = 'survey' AND nps IS NOT NULL AND {cond}""")
    return val(v, 1.0, 2)


def fb_top(col, cond="1=1", gap=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC")
    return top(rows, gap)


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
RATED = "f.rating IS NOT NULL"


def gold() -> dict:
    def rev(s, e):
        return money(s, e)["value"]

    def issued(s, e):
        return one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_ticket_issued' AND {_in('e.ts', s, e)}")

    return {
        # ---- booking funnel
        "al01": lambda: conv("booking", *quarter(2026, 1)),
        "al02": lambda: conv("booking", *H1_26, cond="e.channel = 'app'"),
        "al03": lambda: conv("booking", *H1_26, cond="e.channel = 'web'"),
        "al04": lambda: top_conv_channel("booking", *Y25),
        "al05": lambda: top_lost("booking", *ALL),
        "al06": lambda: conv("booking", *H2_25, a=4, b=5, drop=True),
        "al07": lambda: conv("day_of_travel", *quarter(2026, 2)),
        "al08": lambda: conv("refund", *Y25),
        # ---- times between steps
        "al09": lambda: lead_days(*Y25),
        "al10": lambda: lead_days(*Y25, cond="c.tier = 'platinum'"),
        "al11": lambda: gap_minutes("tp_airport_checkin", "tp_boarding", *H1_26, unit=60.0, tol=1.5),
        "al12": lambda: gap_minutes("tp_online_checkin", "tp_boarding", *Y25, unit=3600.0, tol=0.3),
        "al13": lambda: refund_days(*ALL),
        # ---- bag drop / check-in
        "al14": lambda: ev_avg("tp_bag_drop", "e.wait_minutes", *Y25, "e.origin_airport = 'CAN'"),
        "al15": lambda: ev_avg("tp_bag_drop", "e.wait_minutes", *Y25, "e.origin_airport <> 'CAN'", tol=0.3),
        "al16": lambda: ev_top("tp_bag_drop", "e.origin_airport", *ALL, agg="avg(e.wait_minutes)", gap=2),
        "al17": lambda: ev_count("tp_bag_drop", *month(2026, 7), "e.wait_minutes > 30"),
        "al19": lambda: ev_share("tp_airport_checkin", "e.checkin_mode = 'kiosk'", *Y25),
        # ---- delays / irregular operations
        "al21": lambda: ev_top("tp_boarding", "e.route", *ALL, agg="avg((e.delay_minutes >= 15)::int)", gap=1.8),
        "al22": lambda: ev_share("tp_boarding", "e.delay_minutes < 15", *Y25, "e.route = 'XMN-CTU'"),
        "al23": lambda: ev_share("tp_boarding", "e.delay_minutes < 15", *Y25, "e.route = 'XMN-SHA'"),
        "al24": lambda: ev_count("tp_boarding", *quarter(2025, 3), "e.delay_minutes > 60"),
        "al25": lambda: distinct_flights(*Y25, "e.delay_minutes > 60"),
        "al26": lambda: ev_top("tp_flight_delay", "e.delay_reason", *Y25, gap=1.15),
        "al27": lambda: ev_avg("tp_boarding", "e.delay_minutes", *H1_26, "e.delay_minutes >= 15", tol=1.0),
        "al28": lambda: ev_top("tp_complaint", "e.route", *ALL, "e.ticket_category = 'delay'", gap=2),
        "al29": lambda: ev_count("tp_flight_cancelled", *month(2025, 9)),
        # ---- refunds
        "al31": lambda: refund_top_month(),
        "al32": lambda: ev_count("tp_refund_request", *month(2025, 9)),
        "al33": lambda: ev_count("tp_refund_request", *month(2025, 8)),
        "al34": lambda: dict(value=round(one(f"""SELECT sum(refund_amount) FROM orders o WHERE o.status = 'refunded'
                                                 AND {_in('o.refunded_at', *Y25)}"""), 2), tolerance=1.0),
        "al35": lambda: ratio_orders("o.status = 'refunded'", *Y25, status="'paid', 'refunded', 'cancelled'", amount=False),
        # ---- money
        "al37": lambda: money(*Y25),
        "al38": lambda: money("2026-06-08", "2026-06-14", types=("seat", "bag", "upgrade")),
        "al39": lambda: attach_top(*ALL),
        "al40": lambda: attach_rate(*ALL, "x.tier = 'gold'"),
        "al41": lambda: attach_rate(*ALL, "x.tier = 'basic'"),
        "al42": lambda: per_member(*Y25),
        "al43": lambda: money(*H1_26, agg="avg(o.amount)", cond="o.cabin = 'economy'"),
        "al44": lambda: top_orders("o.route", *Y25, gap=1.1),
        "al45": lambda: ratio_orders("o.cabin = 'business'", *Y25),
        "al46": lambda: pay_fail_top(*ALL),
        "al47": lambda: ev_count("tp_ticket_issued", *month(2026, 7)),
        "al48": lambda: change(rev(*month(2026, 5)), rev(*month(2026, 6))),
        "al49": lambda: money(*Y25, agg="count(*)", status="'cancelled'", nd=0),
        "al50": lambda: money(*quarter(2025, 4), types=("bag",), agg="sum(o.bag_count)", nd=0),
        "al51": lambda: change(issued(*quarter(2025, 2)), issued(*quarter(2026, 2))),
        # ---- members / FFP
        "al53": lambda: count(one("SELECT count(*) FROM customers WHERE \"会员等级\" = '白金卡'")),
        "al54": lambda: count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', *Y25)}")),
        "al55": lambda: ev_count("tp_tier_upgrade", *H2_25, "e.new_tier = 'gold'"),
        "al56": lambda: top(q(f"""SELECT acquisition_channel, count(*) n FROM customers c WHERE {_in('c.signup_at', *H1_26)}
                                  GROUP BY 1 ORDER BY n DESC"""), gap=1.3),
        "al57": lambda: val(one(f"""SELECT avg((n >= 2)::int) FROM (SELECT customer_id, count(*) n FROM events e
                                    WHERE touchpoint_id = 'tp_boarding' AND {_in('e.ts', *Y25)} GROUP BY 1)"""), 0.01),
        "al58": lambda: ev_users("tp_boarding", *quarter(2026, 1)),
        # ---- baggage
        "al60": lambda: ev_count("tp_baggage_issue", *Y25),
        "al61": lambda: ev_avg("tp_baggage_claim", "e.claim_minutes", *ALL, "e.dest_airport = 'PEK'"),
        # ---- feedback
        "al62": lambda: fb_topic_count("bag_queue"),
        "al63": lambda: fb_topic_count("refund_slow"),
        "al64": lambda: fb_ratio("f.rating <= 2", RATED + " AND " + _in("f.ts", *quarter(2026, 1))),
        "al65": lambda: fb_top("f.touchpoint_id", "f.rating <= 2", gap=1.5),
        "al66": lambda: nps(_in("f.ts", *Y25)),
        "al67": lambda: fb_avg("rating", "f.channel = 'survey' AND f.route = 'XMN-CTU'"),
        "al68": lambda: feedback_ids("lost_bag"),
        "al69": lambda: fb_count("f.ts IS NULL"),
        "al70": lambda: ev_count("tp_complaint", *quarter(2025, 4)),
        "al71": lambda: fb_top("f.category", "f.channel = 'ticket'", gap=1.15),
        "al72": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review' AND " + RATED),
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
