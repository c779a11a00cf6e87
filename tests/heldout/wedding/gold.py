"""Gold answers for the wedding-studio (缘定 Forever Wedding Studio) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a couple reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is computed
  twice, with later steps allowed after the period end and with every step required inside the period; the tolerance
  covers both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off of a step = 1 - reached next / reached this step;
- a "couple" is one customer row (customer_id); "couples who did X" = distinct customers with an event at X's
  touchpoint in the period; "how many bookings / 签了多少单" = deposit orders (rows, whatever their later status);
  "how many shoots" = tp_shoot_day events;
- a couple's studio / city / lead source / budget band / wedding season = the customers row (studio_id, city / city_zh,
  acquisition_channel / source_zh, budget_band / budget_band_zh, wedding_season / wedding_season_zh); events and orders
  carry the same studio_id;
- time between two steps = days (fractional, epoch difference / 86400) from the couple's first event at the first step
  to their first event at the second step after it; the cohort is the period of the *second* step unless the question
  says otherwise ("albums delivered in Q1 2026"); first inquiry = the couple's first tp_inquiry event (= signup_at);
- money = orders with status `paid` (deposits, balances, upsells; a forfeited deposit of a cancelled couple stays
  paid). Refunded orders are not revenue. Orders are dated by `ts` (payment time). Video attach = couples with a video
  upsell order / couples with a deposit order, both in the period (any status; the tolerance covers paid only);
  extra fee = `orders.extra_fee` of balance orders;
- customer-level facts (segment, budget band, wedding season, source) are the state at the end of the data;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "差评 / 1-2 stars" = rating 1-2; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
  complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic; "all feedback"
  includes social posts without a date, a period filter only keeps dated rows; average rating by step = every rated
  row (surveys and Dianping reviews) by touchpoint_id; "问卷 / survey" = channel survey only;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-06-30, the last day of the data).
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
                    types={{'signup_at': 'TIMESTAMP', 'package_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'session_id': 'VARCHAR',
                            'consultant_id': 'VARCHAR', 'photographer_id': 'VARCHAR', 'package_id': 'VARCHAR',
                            'package_name': 'VARCHAR', 'package_name_en': 'VARCHAR', 'shoot_location': 'VARCHAR',
                            'shoot_location_zh': 'VARCHAR', 'upsell_type': 'VARCHAR', 'upsell_type_zh': 'VARCHAR',
                            'upsell_amount': 'DOUBLE', 'photos_selected': 'DOUBLE', 'delivery_method': 'VARCHAR',
                            'days_since_shoot': 'DOUBLE', 'extra_fee': 'DOUBLE', 'complaint_topic': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'upsell_type': 'VARCHAR',
                            'upsell_type_zh': 'VARCHAR', 'extra_fee': 'DOUBLE', 'list_price': 'DOUBLE',
                            'photographer_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'photographer_id': 'VARCHAR', 'studio_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.studio_id <> c.studio_id") == 0
    assert one("""SELECT count(*) FROM customers c JOIN (SELECT customer_id, min(ts) t FROM events
                  WHERE touchpoint_id = 'tp_inquiry' GROUP BY 1) i USING (customer_id) WHERE i.t <> c.signup_at""") == 0


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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
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


# ---------- time between steps ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1", cohort="b"):
    col = "b.t" if cohort == "b" else "a.t"
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT c.*, epoch(b.t - a.t) / 86400 AS days FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE {_in(col, start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1", cohort="b"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond, cohort)})")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=5):
    rows = q(f"SELECT {col}, avg(days) d FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1 ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def share_events(tp, start, end, num):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_month_count(tp, start, end):
    rows = q(f"""SELECT date_trunc('month', ts) m, count(*) n FROM events WHERE touchpoint_id = ?
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""", tp)
    return dict(value=rows[0][1], tolerance=0.5)  # the busiest month's count (a tie would not change it)


def xhs_week(start, end):
    any_ = one(f"""SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_inquiry'
                   AND channel = 'xiaohongshu' AND {_in('ts', start, end)}""")
    first = one(f"""SELECT count(*) FROM customers WHERE acquisition_channel = 'xiaohongshu'
                    AND {_in('signup_at', start, end)}""")
    return dict(value=any_, tolerance=round(abs(any_ - first) + 0.5, 1))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c"), 4), tolerance=0.01)


def top_customers(col, gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def booked_not_shot():
    v = one("""SELECT count(*) FROM customers c WHERE
               EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id AND e.touchpoint_id = 'tp_booking')
               AND NOT EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                               AND e.touchpoint_id IN ('tp_shoot_day', 'tp_cancel'))""")
    assert v == one("SELECT count(*) FROM customers WHERE segment = 'booked'")
    return dict(value=v, tolerance=0.5)


def never_consulted():
    v = one("""SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM events e
               WHERE e.customer_id = c.customer_id AND e.touchpoint_id = 'tp_consult')""")
    assert v == one("SELECT count(*) FROM customers WHERE segment = 'lead'")
    return dict(value=v, tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_couple(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def video_attach(start, end):
    vals = []
    for st in ("1=1", "status = 'paid'"):
        vals.append(one(f"""WITH b AS (SELECT DISTINCT customer_id FROM orders WHERE order_type = 'deposit'
                                       AND {_in('ts', start, end)} AND {st}),
                                 v AS (SELECT DISTINCT customer_id FROM orders WHERE upsell_type = 'video'
                                       AND {_in('ts', start, end)} AND {st})
                            SELECT avg((v.customer_id IS NOT NULL)::int) FROM b LEFT JOIN v USING (customer_id)"""))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1", gap=0.04, join=""):
    rows = q(f"""SELECT {col}, avg((t.sentiment = 'neg')::int) r FROM feedback f JOIN truth t USING (feedback_id) {join}
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(rows[1][1], 0) + 5, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic_studio(marker, gap=1.5):
    rows = q(f"""SELECT f.studio_id, count(*) n FROM feedback f WHERE ({marker}) AND f.studio_id IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-10-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
SURVEY = "f.channel = 'survey'"
XHS = "c.acquisition_channel = 'xiaohongshu'"
HIDDEN = "(f.text LIKE '%隐形消费%' OR lower(f.text) LIKE '%hidden charge%')"
PUSHY = "(f.text LIKE '%推销%' OR lower(f.text) LIKE '%pushy%')"
SLOW = "(f.text LIKE '%慢%' OR lower(f.text) LIKE '%slow%')"
SHOOT, ALBUM = "tp_shoot_day", "tp_album_delivery"


def gold() -> dict:
    return {
        # ---- funnels
        "wd01": lambda: conv("sales", *Y25),
        "wd02": lambda: top_lost("sales", *ALL),
        "wd03": lambda: top_conv("sales", *Y25, "c.acquisition_channel", lowest=True),
        "wd04": lambda: conv_open("sales", *month(2026, 3), b=2, cust=XHS),
        "wd05": lambda: conv_open("sales", *month(2026, 1), b=2, cust=XHS),
        "wd06": lambda: conv_open("sales", *month(2026, 3), b=2, cust="c.acquisition_channel = 'referral'"),
        "wd07": lambda: conv_open("production", *quarter(2025, 3)),
        "wd08": lambda: conv("selection_upsell", *H1_26, cust="c.studio_id = 'SH01'"),
        "wd09": lambda: conv("selection_upsell", *H1_26, cust="c.studio_id <> 'SH01'"),
        "wd10": lambda: top_conv("selection_upsell", *H1_26, "c.studio_id", gap=0.15),
        "wd11": lambda: conv_open("prep", *H1_25),
        "wd12": lambda: users_at("tp_cancel", *Y25),
        "wd80": lambda: conv("sales", *Y25, cust="c.budget_band_zh = '2.5万以上'"),
        # ---- time between steps
        "wd13": lambda: gap(SHOOT, ALBUM, *quarter(2026, 1), cond="c.studio_id = 'CD01'"),
        "wd14": lambda: gap(SHOOT, ALBUM, *quarter(2025, 3), cond="c.studio_id = 'CD01'"),
        "wd15": lambda: gap_share(SHOOT, ALBUM, *H1_26, 60),
        "wd16": lambda: top_gap(SHOOT, ALBUM, *H1_26, "studio_id"),
        "wd17": lambda: gap("tp_inquiry", "tp_booking", *Y25, agg="avg"),
        "wd18": lambda: gap("tp_booking", SHOOT, *Y25),
        # ---- orders and money
        "wd19": lambda: orders(*Y25),
        "wd20": lambda: orders(*month(2025, 10), cond="o.order_type = 'deposit'"),
        "wd21": lambda: orders(*month(2025, 10), agg="count(*)", status=None, cond="o.order_type = 'deposit'"),
        "wd22": lambda: orders(*month(2025, 12), agg="count(*)", status=None, cond="o.order_type = 'deposit'"),
        "wd23": lambda: top_orders("o.package_name", *Y25, status=None, cond="o.order_type = 'deposit'"),
        "wd24": lambda: per_couple(*Y25),
        "wd25": lambda: per_couple(*H1_26),
        "wd26": lambda: video_attach(*H1_25),
        "wd27": lambda: video_attach(*H2_25),
        "wd28": lambda: top_orders("o.upsell_type_zh", *Y25, agg="sum(o.amount)", cond="o.order_type = 'upsell'"),
        "wd29": lambda: orders(*quarter(2025, 4), agg="count(*)", cond="o.upsell_type = 'video'"),
        "wd30": lambda: share_orders(*ALL, "o.extra_fee > 0", "o.order_type = 'balance' AND o.package_id = 'DY3999'"),
        "wd31": lambda: orders(*H1_26, agg="sum(o.extra_fee)", cond="o.order_type = 'balance'"),
        "wd32": lambda: top_orders("o.city_zh", *Y25, agg="sum(o.amount)", gap=1.15),
        "wd33": lambda: orders(*Y25, status="refunded"),
        "wd34": booked_not_shot,
        # ---- customers
        "wd35": lambda: customers_count("c.budget_band_zh = '2.5万以上'"),
        "wd36": lambda: top_customers("c.wedding_season"),
        "wd37": never_consulted,
        "wd38": lambda: customers_share("c.acquisition_channel = 'referral'"),
        # ---- trends and periods
        "wd39": lambda: xhs_week("2026-03-09", "2026-03-15"),
        "wd40": lambda: xhs_week("2026-02-09", "2026-02-15"),
        "wd41": lambda: top_month_count(SHOOT, *Y25),
        "wd42": lambda: events_at(SHOOT, *quarter(2026, 2)),
        "wd43": lambda: orders(*H2_25, agg="count(*)", status=None, cond="o.order_type = 'deposit'"),
        "wd44": lambda: orders(*month(2026, 5), cond="o.order_type = 'balance'"),
        "wd45": lambda: orders(*quarter(2026, 1)),
        "wd46": lambda: users_at("tp_consult", "2025-03-03", "2025-03-09"),
        "wd47": lambda: users_at("tp_consult", *month(2025, 10)),
        "wd48": lambda: share_events(SHOOT, *Y25, "e.shoot_location = 'outdoor'"),
        # ---- feedback
        "wd49": lambda: topic_count(HIDDEN, ["hidden_charge"]),
        "wd50": lambda: topic_count(PUSHY, ["pushy_sales"]),
        "wd51": lambda: top_topic_studio(PUSHY),
        "wd52": lambda: topic_count(SLOW, ["slow_delivery"], _in("f.ts", *H1_26)),
        "wd53": lambda: feedback_ids("t.topic = 'great_photographer'"),
        "wd54": lambda: feedback_ids("t.topic = 'hidden_charge'"),
        "wd55": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "wd56": lambda: top_neg_share("c.source_zh", join="JOIN customers c USING (customer_id)"),
        "wd57": lambda: top_rating("f.touchpoint_id", gap=0.3, min_n=30),
        "wd58": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_selection' AND {_in('f.ts', *H2_25)}"),
        "wd59": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_selection' AND f.studio_id = 'SH01' "
                                           f"AND {_in('f.ts', *H2_25)}"),
        "wd60": lambda: top_rating("f.photographer_id", "f.touchpoint_id = 'tp_shoot_day'", gap=0.2, highest=True,
                                   min_n=20),
        "wd61": lambda: nps(f"{SURVEY} AND f.touchpoint_id = 'tp_album_delivery' AND {_in('f.ts', *H2_25)}"),
        "wd62": lambda: fb_count("f.ts IS NULL"),
        "wd63": lambda: top_neg_share("f.studio_id", _in("f.ts", *quarter(2026, 1)), gap=0.05),
        "wd64": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "wd65": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND f.touchpoint_id = 'tp_album_delivery' "
                                                  f"AND {_in('f.ts', *H1_26)}"),
        "wd66": lambda: feedback_ids("t.topic = 'slow_delivery'"),
        "wd67": lambda: feedback_ids("t.topic = 'pushy_sales'"),
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
