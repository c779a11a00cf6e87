"""Gold answers for the city-library (书香城市图书馆 CityReads) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a patron reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Rates are computed both
  with later steps allowed after the period end and with every step inside the period; the tolerance covers both.
  Drop-off of a step = 1 - reached next / reached this step. Funnel rates are per patron (distinct customers);
- "patrons / readers / people who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many checkouts / loans / holds / returns / sign-ups" = event rows, never people;
- a hold is one `hold_id` (tp_place_hold → tp_hold_ready → tp_checkout with the same hold_id, or tp_hold_expired);
  a loan is one `loan_id` (tp_checkout → tp_renew → tp_return / tp_report_lost). Times between hold steps are per
  hold, in days (seconds / 86400), the hold counted in the period of its tp_place_hold (or of its tp_hold_ready for
  ready → pick-up); loan length per loan counted by checkout date. Hold → checkout conversion "per hold" =
  holds with a checkout carrying that hold_id / holds placed;
- overdue: a return (tp_return) with days_overdue > 0; overdue rate = overdue returns / all returns of the stated
  kind (print books where the question says so; e-books and audiobooks return automatically and are never overdue),
  counted by return date; "more than 14 days overdue" = days_overdue > 14;
- a branch of a loan, hold, return, event or order is the `branch` column of that row (a patron's home branch is
  customers.branch); reader type = customers.reader_type (English) / 读者类型 (Chinese twin): a zh question's
  ranking expects the Chinese value, an en question's the English one;
- orders.order_type: overdue_fine, lost_item_fee, event_ticket, printing. Money collected / 实收 = sum(amount) of
  status `paid`; waived and refunded are not money collected; refund rate = refunded / all orders of that type;
- customer attributes are the state at the end of the data (2026-08-31); card holders = card_type not null;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  差评 / bad = rating 1-2 among rated comments; topic counts use the truth topic with a 5 % tolerance; "all
  feedback" includes the suggestion-box notes without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of`.
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2023-09-01", "2026-08-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q2_26 = ("2026-04-01", "2026-06-30")
SUMMER24 = ("2024-07-01", "2024-08-31")
SUMMER25 = ("2025-07-01", "2025-08-31")
WINTER26 = ("2026-01-17", "2026-02-22")


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'branch': 'VARCHAR', 'item_format': 'VARCHAR',
                            'genre': 'VARCHAR', 'days_overdue': 'INTEGER', 'hold_id': 'VARCHAR',
                            'loan_id': 'VARCHAR', 'program': 'VARCHAR', 'order_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'amount': 'DOUBLE', 'branch': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'branch': 'VARCHAR'}})""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    CON.execute("""CREATE TABLE holds AS
        WITH p AS (SELECT hold_id, customer_id, ts tp, branch, item_format, genre FROM events
                   WHERE touchpoint_id = 'tp_place_hold'),
             r AS (SELECT hold_id, min(ts) tr FROM events WHERE touchpoint_id = 'tp_hold_ready' GROUP BY 1),
             k AS (SELECT hold_id, min(ts) tk FROM events WHERE touchpoint_id = 'tp_checkout' AND hold_id IS NOT NULL
                   GROUP BY 1),
             x AS (SELECT hold_id, min(ts) tx FROM events WHERE touchpoint_id = 'tp_hold_expired' GROUP BY 1)
        SELECT * FROM p LEFT JOIN r USING (hold_id) LEFT JOIN k USING (hold_id) LEFT JOIN x USING (hold_id)""")
    CON.execute("""CREATE TABLE loans AS
        WITH c AS (SELECT loan_id, customer_id, ts tc, branch, item_format, genre FROM events
                   WHERE touchpoint_id = 'tp_checkout'),
             r AS (SELECT loan_id, min(ts) tr FROM events WHERE touchpoint_id = 'tp_return' GROUP BY 1)
        SELECT * FROM c LEFT JOIN r USING (loan_id)""")


def q(sql, *p):
    return CON.execute(sql, list(p)).fetchall()


def one(sql, *p):
    return q(sql, *p)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def num(v, rel=0.03, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.001), 2))


def top(rows, gap=1.1, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False):
    steps, win = _steps(j)
    ev = f"""SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
             WHERE e.touchpoint_id IN ({', '.join("'" + s + "'" for s in steps)}) AND ({cust})"""
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) t1, min(ts) t FROM ev
                    WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(j, start, end, cust, bounded)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def reached(j, start, end, k, cust="1=1", both=True):
    """patrons reaching step k; later steps may fall after the period (both=True also admits the bounded reading)."""
    a, b = funnel(j, start, end, cust)[k - 1], funnel(j, start, end, cust, True)[k - 1]
    return dict(value=int(a), tolerance=max(0.5, abs(a - b) + 0.5) if both else 0.5)


def top_lost(j, start, end):
    steps, _ = _steps(j)
    c = funnel(j, start, end)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], 1.1)


def top_conv(j, start, end, col, lowest=False, min_n=30, gap=1.05):
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    rows = []
    for v in vals:
        c = funnel(j, start, end, f"{col} = '{v}'")
        if c[0] >= min_n:
            rows.append((v, c[-1] / c[0]))
    return top(rows, gap, lowest)


# ---------- events ----------
def users_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def events_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)"):
    return top(q(f"""SELECT {col}, {agg} FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap)


def ev_share(tp, start, end, num_cond, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                        JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def per_customer(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=0.05)


def heavy(tp, start, end, k, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM (SELECT e.customer_id FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                       GROUP BY 1 HAVING count(*) >= {k})"""))


def gap_first(tp_a, tp_b, start, end, agg="avg"):
    """days from a patron's first tp_a (in the period) to their first tp_b after it."""
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
                b AS (SELECT a.customer_id, a.ta, min(e.ts) tb FROM a JOIN events e ON e.customer_id = a.customer_id
                      AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1, 2)
                SELECT {agg}(date_diff('second', ta, tb) / 86400.0) FROM b WHERE {_in('ta', start, end)}""")
    return num(v)


# ---------- holds and loans ----------
def hold_gap(a, b, start, end, cond="1=1", agg="avg", by="tp"):
    v = one(f"""SELECT {agg}(date_diff('second', {a}, {b}) / 86400.0) FROM holds h
                WHERE {b} IS NOT NULL AND {_in('h.' + by, start, end)} AND ({cond})""")
    return num(v)


def hold_share(start, end, num_cond, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM holds h
                        WHERE {_in('h.tp', start, end)} AND ({cond})"""))


def top_hold(col, start, end, expr, cond="1=1", gap=1.1, lowest=False):
    return top(q(f"""SELECT {col}, {expr} FROM holds h WHERE {_in('h.tp', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1"""), gap, lowest)


def loan_len(start, end, cond="1=1"):
    v = one(f"""SELECT avg(date_diff('second', tc, tr) / 86400.0) FROM loans l
                WHERE tr IS NOT NULL AND {_in('l.tc', start, end)} AND ({cond})""")
    return num(v)


RET = "e.touchpoint_id = 'tp_return'"
PRINT = "e.item_format = 'print'"


def overdue_rate(start, end, cond="1=1", thr=0):
    return rate(one(f"""SELECT avg(CASE WHEN e.days_overdue > {thr} THEN 1.0 ELSE 0 END) FROM events e
                        JOIN customers c USING (customer_id)
                        WHERE {RET} AND {PRINT} AND {_in('e.ts', start, end)} AND ({cond})"""))


def overdue_count(start, end, thr=0, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE {RET} AND e.days_overdue > {thr} AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_overdue(col, start, end, gap=1.2):
    return top(q(f"""SELECT {col}, avg(CASE WHEN e.days_overdue > 0 THEN 1.0 ELSE 0 END) FROM events e
                     JOIN customers c USING (customer_id)
                     WHERE {RET} AND {PRINT} AND {_in('e.ts', start, end)} AND {col} IS NOT NULL GROUP BY 1"""), gap)


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return top(q(f"SELECT {col}, {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"),
               gap)


def refund_rate(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN status = 'refunded' THEN 1.0 ELSE 0 END) FROM orders o
                        WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def spend_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return money(v)


# ---------- customers ----------
def customers_count(cond):
    return cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(col, cond="1=1", gap=1.1):
    return top(q(f"SELECT {col}, count(*) FROM customers c WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1"), gap)


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id)"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic IN ({topic}) AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num_cond, cond="1=1", tol=0.015):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond}")), 3), tolerance=0.05)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False):
    return top(q(f"SELECT {col}, {agg} FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1"), gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


STUDENT = "c.reader_type = 'student'"
NEG = "t.sentiment = 'negative'"
T = "'{}'".format


def gold():
    return {
        # ---- funnels
        "lb01": lambda: conv("membership", *Y2025),
        "lb02": lambda: top_lost("membership", *ALL),
        "lb03": lambda: conv("membership", *Q4_25, a=2, b=3, drop=True),
        "lb04": lambda: conv("membership", *ALL, cust="c.acquisition_channel = 'school_partnership'"),
        "lb05": lambda: conv("membership", *ALL, cust="c.acquisition_channel = 'wechat_official_account'"),
        "lb06": lambda: top_conv("membership", *ALL, "c.acquisition_channel", gap=1.1),
        "lb07": lambda: conv("activities", *SUMMER25),
        "lb09": lambda: conv("lost_item", *Y2024),
        "lb10": lambda: conv("borrowing", *H1_25, a=2, b=4),
        "lb11": lambda: reached("borrowing", *month(2026, 3), 5, both=False),
        # ---- time between steps
        "lb13": lambda: hold_gap("tp", "tr", *Y2025, "h.item_format = 'print'"),
        "lb14": lambda: hold_gap("tr", "tk", *Y2025, "h.branch = '北苑分馆'", by="tr"),
        "lb15": lambda: hold_gap("tr", "tk", *Y2025, "h.branch = '东城分馆'", by="tr"),
        "lb16": lambda: top_hold("h.branch", *ALL, "avg(date_diff('second', tp, tk) / 86400.0)", gap=1.5),
        "lb17": lambda: gap_first("tp_card_issued", "tp_checkout", *Y2025, agg="median"),
        "lb18": lambda: hold_gap("tp", "tr", *H2_25, "h.item_format = 'ebook'"),
        "lb19": lambda: loan_len(*Q1_26, "l.item_format = 'print'"),
        "lb20": lambda: hold_share(*Y2025, "date_diff('second', tp, tr) > 7 * 86400",
                                   "h.item_format = 'print' AND h.tr IS NOT NULL"),
        # ---- per patron
        "lb21": lambda: per_customer("tp_checkout", *Y2025),
        "lb22": lambda: per_customer("tp_checkout", *Y2025, STUDENT),
        "lb23": lambda: per_customer("tp_checkout", *Y2025, "c.reader_type = 'retiree'"),
        "lb24": lambda: spend_per_customer(*Y2024),
        "lb25": lambda: heavy("tp_checkout", *Y2025, 12),
        # ---- formats and holds
        "lb26": lambda: ev_share("tp_checkout", *Y2025, "e.item_format = 'ebook'"),
        "lb27": lambda: ev_share("tp_checkout", *H1_26, "e.item_format = 'audiobook'"),
        "lb28": lambda: hold_share(*Y2025, "h.tk IS NOT NULL", "h.item_format = 'ebook'"),
        "lb29": lambda: hold_share(*Y2025, "h.tk IS NOT NULL", "h.item_format = 'print'"),
        "lb30": lambda: top_hold("h.item_format", *ALL, "avg(CASE WHEN tk IS NOT NULL THEN 1.0 ELSE 0 END)", gap=1.03),
        "lb31": lambda: top_hold("h.branch", *Y2025, "avg(CASE WHEN tx IS NOT NULL THEN 1.0 ELSE 0 END)", gap=1.3),
        # ---- overdue
        "lb32": lambda: overdue_rate(*Y2025, STUDENT),
        "lb33": lambda: top_overdue("c.读者类型", *ALL),
        "lb34": lambda: overdue_count(*Y2025, 14),
        "lb35": lambda: overdue_rate(*H2_25, STUDENT, thr=14),
        "lb37": lambda: overdue_count(*Y2025, 30),
        "lb38": lambda: overdue_rate(*Y2025, "c.reader_type <> 'student'"),
        # ---- rankings and volumes
        "lb39": lambda: top_events("e.branch", "tp_checkout", *Y2025, PRINT),
        "lb40": lambda: top_events("e.genre", "tp_checkout", *SUMMER25, "c.card_type = 'child'", gap=1.5),
        "lb41": lambda: top_events("e.branch", "tp_seat_booking", *ALL, "e.action = 'fail'", gap=1.5),
        "lb42": lambda: ev_share("tp_seat_booking", "2025-12-01", "2026-01-31", "e.action = 'fail'",
                                 "e.branch = '中心馆'"),
        "lb43": lambda: events_at("tp_checkout", *WINTER26, STUDENT),
        # ---- library events / summer
        "lb45": lambda: events_at("tp_event_signup", *month(2025, 7)),
        "lb46": lambda: users_at("tp_event_signup", *SUMMER24, "e.program = '暑期阅读挑战'"),
        "lb47": lambda: events_at("tp_event_signup", "2025-07-14", "2025-07-20"),
        "lb48": lambda: top_events("e.program", "tp_event_attend", *ALL, gap=1.3),
        # ---- fines and money
        "lb50": lambda: orders(*month(2025, 2), cond="o.order_type = 'overdue_fine'"),
        "lb51": lambda: orders(*month(2025, 3), cond="o.order_type = 'overdue_fine'"),
        "lb52": lambda: orders(*Q2_25, agg="count(*)", status="waived", cond="o.order_type = 'overdue_fine'"),
        "lb53": lambda: orders(*Y2025),
        "lb54": lambda: orders(*Y2025, cond="o.order_type = 'event_ticket'"),
        "lb55": lambda: refund_rate(*Y2025, "o.order_type = 'event_ticket'"),
        "lb56": lambda: orders(*Y2024, cond="o.order_type = 'lost_item_fee'"),
        "lb58": lambda: top_orders("o.order_type", *ALL, gap=1.2),
        # ---- patrons
        "lb60": lambda: customers_count("c.card_type = 'senior'"),
        "lb62": lambda: top_customers("c.age_group", "c.card_type IS NOT NULL", gap=1.1),
        "lb63": lambda: events_at("tp_card_issued", *Y2025),
        # ---- feedback
        "lb64": lambda: topic_count(T("seat_shortage")),
        "lb65": lambda: top_fb("f.branch", "t.topic = 'noisy_study_room'", gap=2),
        "lb66": lambda: topic_count(T("friendly_staff")),
        "lb67": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "lb68": lambda: fb_avg("f.rating", "f.channel = 'app_review' AND " + _in("f.ts", *Y2025)),
        "lb69": lambda: fb_count("f.ts IS NULL"),
        "lb70": lambda: fb_ids("t.topic = 'ebook_limits'"),
        "lb71": lambda: fb_ids("t.topic = 'long_hold_wait'"),
        "lb72": lambda: topic_count(T("app_search"), "f.ts >= DATE '2025-11-01'"),
        "lb73": lambda: fb_ratio("f.rating <= 2", "f.rating IS NOT NULL AND " + _in("f.ts", *H2_25)),
        # ---- relative periods
        "lb76": lambda: events_at("tp_checkout", *month(2026, 5)),
        "lb77": lambda: orders(*Q2_26),
        "lb78": lambda: users_at("tp_event_signup", *SUMMER25, "e.program = '暑期阅读挑战'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(checks) - set(ids), sorted(set(checks) - set(ids))
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
