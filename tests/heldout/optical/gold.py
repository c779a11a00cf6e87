"""Gold answers for the 明眸眼镜 ClearSight Optical held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Every rate is
  computed twice — later steps allowed after the period end, and every step required inside the period — and the
  tolerance covers both readings. Drop-off of a step = 1 - (reached next step / reached this step); "the step where we
  lose the most people" = the touchpoint most customers reach without reaching the next one;
- "customers / people" = distinct customer_id; a customer's device / platform = customers.primary_device (every
  digital event of a customer carries it; store and back-office events have no device);
- orders: order_type `glasses` (frames + lenses, one row per pair, dated by `ts` = when ordered) or `contact_lens`
  (refill orders). Money = status `paid` (cancelled and refunded are not revenue); "revenue / 营业额" without a
  type = all paid orders; 配镜 / glasses revenue = paid glasses orders; average order value (客单价) = average amount
  of the paid orders named; per-customer spend = paid amount / distinct customers with a paid order in the period;
- remakes: `orders.remake_reason` (wrong_rx = 度数不对, scratched = 镜片划痕) on the glasses order, counted by the
  order date; rates are over glasses orders that were not cancelled (tolerance covers paid + refunded vs paid only);
  refund rate = refunded / (paid + refunded) glasses orders;
- times between steps are per glasses order: ordered (`orders.ts`) → ready (`ready_at` = the tp_lens_ready event of
  the order) → in hand (`received_at` = tp_pickup / tp_delivery event); booking → exam = each tp_book_exam event to the
  customer's first tp_exam_done after it (within 14 days). Days are computed both as exact elapsed time and as
  calendar-day differences; the tolerance covers both (and, for periods, dating by either end of the interval);
  "more than N days" is strict;
- exam waits = `events.wait_minutes` on tp_exam_done, `exam_type` booked / walk_in; weekend = Saturday and Sunday;
- customer attributes (tier = member level, segment, rx_type / rx_type_zh, age_band, city, cl_subscriber) are the
  state at the end of the data; prospects (never visited) are customers too;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  "1-2 stars / 差评" = rating <= 2; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps; complaint-topic counts
  use text markers with a 5 % tolerance, checked against the truth topic; "all feedback" includes undated posts;
  a store's feedback = feedback.store_id; a step's rating = feedback rows with a rating at that touchpoint_id;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-06-30, the
  last day of data); weeks run Monday..Sunday.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "experiments", "events", "orders", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"sample_size=-1)")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    CON.execute("ALTER TABLE feedback ALTER ts TYPE TIMESTAMP")
    assert one("SELECT max(ts) FROM events") < datetime(2026, 7, 1)
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    # ready_at / received_at are the timestamps of the order's events
    assert one("""SELECT count(*) FROM orders o JOIN events e ON e.order_id = o.order_id
                  AND e.touchpoint_id = 'tp_lens_ready' WHERE e.ts <> o.ready_at""") == 0
    assert one("""SELECT count(*) FROM orders o JOIN events e ON e.order_id = o.order_id
                  AND e.touchpoint_id IN ('tp_pickup', 'tp_delivery') WHERE e.ts <> o.received_at""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def rate_tol(a, b):
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


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


def conv(journey, start, end, a=1, b=None, drop=False, cust=None, open_=False):
    """open_: the question says later steps may fall after the period, so only the unbounded reading counts"""
    vals = []
    for bounded in ((False, False) if open_ else (False, True)):
        c = funnel(journey, start, end, cust=cust, bounded=bounded)
        bb = len(c) if b is None else b
        r = c[bb - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return rate_tol(*vals)


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


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=40, gap=0.05, cust=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}'" + (f" AND ({cust})" if cust else "")
            c = funnel(journey, start, end, cust=cond, bounded=bounded)
            bb = len(c) if b is None else b
            if c[a - 1] >= min_n:
                rates[v] = c[bb - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def ab_top(start, end, gap=0.05):
    rates = {}
    for v in ("A", "B"):
        c = funnel("cl_refill", start, end, cust=f"x.experiment_id = 'cl_reminder_copy' AND x.variant = '{v}'")
        rates[v] = c[1] / c[0]
    order = sorted(rates, key=rates.get, reverse=True)
    assert rates[order[0]] - rates[order[1]] > gap, rates
    return dict(top_entity=order[0])


# ---------- orders ----------

GL = "o.order_type = 'glasses'"
CL = "o.order_type = 'contact_lens'"
ANY = "1=1"


def orders(start, end, agg="sum(o.amount)", status="paid", cond=GL):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def peak_month(start, end, cond):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def growth(p0, p1, cond=GL):
    a = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *p0)} AND ({cond})")
    b = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *p1)} AND ({cond})")
    return dict(value=round(float(b / a - 1), 4), tolerance=0.01)


def per_customer(start, end, cond=ANY, what="sum(o.amount)"):
    v = one(f"""SELECT {what} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    v = float(v)
    return dict(value=round(v, 2 if v > 10 else 4), tolerance=round(max(0.01, abs(v) * 0.002), 4))


def top_per_customer(col, start, end, gap=1.08):
    rows = q(f"""SELECT {col}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                 JOIN customers c USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def share_orders(start, end, num, cond=GL, tol=0.01):
    """share among non-cancelled orders; tolerance also covers paid only"""
    a = one(f"""SELECT avg(({num})::int) FROM orders o WHERE o.status <> 'cancelled' AND {_in('o.ts', start, end)}
                AND ({cond})""")
    b = one(f"""SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                AND ({cond})""")
    r = rate_tol(a, b)
    r["tolerance"] = max(r["tolerance"], tol)
    return r


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", cond=GL, gap=1.08, having="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING {having} ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_rate_orders(col, start, end, num, den_cond, min_n, gap=0.03, trap=True):
    """highest rate of `num` among orders matching den_cond, groups with >= min_n orders; asserts that without
    the minimum another (small) group would be on top"""
    base = f"""SELECT {col} g, avg(({num})::int) r, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
               AND ({den_cond}) AND {col} IS NOT NULL GROUP BY 1"""
    rows = q(f"SELECT g, r, n FROM ({base}) WHERE n >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    if trap:
        allr = q(f"SELECT g, r, n FROM ({base}) ORDER BY r DESC")
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


# ---------- durations ----------

def _dur(a, b):
    return (f"epoch({b} - {a}) / 86400.0", f"date_diff('day', {a}::DATE, {b}::DATE)")


def order_ready(start, end, agg="median", cond=GL, over=None):
    vals = []
    for d in _dur("o.ts", "o.ready_at"):
        x = f"avg(({d} > {over})::int)" if over is not None else f"{agg}({d})"
        vals.append(float(one(f"""SELECT {x} FROM orders o WHERE o.ready_at IS NOT NULL AND o.status <> 'cancelled'
                                  AND {_in('o.ts', start, end)} AND ({cond})""")))
    if over is not None:
        return rate_tol(*vals)
    return dict(value=round(vals[0], 2), tolerance=round(max(0.1, abs(vals[0] - vals[1]) + 0.05), 2))


def order_in_hand_over(start, end, days, cond=GL, calendar=False):
    """calendar: the question says to count calendar days (order date to receipt date)"""
    durs = _dur("o.ts", "o.received_at")
    vals = [float(one(f"""SELECT avg(({d} > {days})::int) FROM orders o WHERE o.received_at IS NOT NULL
                          AND o.status <> 'cancelled' AND {_in('o.ts', start, end)} AND ({cond})"""))
            for d in ((durs[1], durs[1]) if calendar else durs)]
    return rate_tol(*vals)


def pickup_wait(start, end):
    vals = []
    for d in _dur("o.ready_at", "o.received_at"):
        for by in ("o.received_at", "o.ready_at"):
            vals.append(float(one(f"""SELECT avg({d}) FROM orders o WHERE o.fulfilment = 'pickup'
                                      AND o.received_at IS NOT NULL AND o.status <> 'cancelled'
                                      AND {_in(by, start, end)} AND ({GL})""")))
    return dict(value=round(vals[0], 2), tolerance=round(max(0.1, max(vals) - min(vals) + 0.05), 2))


def booking_to_exam(start, end):
    CON.execute("""CREATE OR REPLACE TEMP TABLE bx AS
                   SELECT b.event_id, b.ts AS tb, min(x.ts) AS tx FROM events b JOIN events x
                   ON x.customer_id = b.customer_id AND x.touchpoint_id = 'tp_exam_done' AND x.ts > b.ts
                   AND x.ts <= b.ts + INTERVAL 14 DAY WHERE b.touchpoint_id = 'tp_book_exam' GROUP BY 1, 2""")
    vals = []
    for d in _dur("tb", "tx"):
        for by in ("tb", "tx"):
            vals.append(float(one(f"SELECT avg({d}) FROM bx WHERE {_in(by, start, end)}")))
    return dict(value=round(vals[0], 2), tolerance=round(max(0.1, max(vals) - min(vals) + 0.05), 2))


# ---------- events ----------

EXAM = "e.touchpoint_id = 'tp_exam_done'"
WEEKEND = "dayofweek(e.ts) IN (0, 6)"


def avg_ev(col, start, end, cond):
    v = one(f"""SELECT avg({col}) FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.005), 2))


def share_ev(num, start, end, cond):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, cond="1=1", gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

FB = "feedback f JOIN truth t USING (feedback_id)"


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM {FB} WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM {FB} WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM {FB} WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def top_topic_store(marker, cond="1=1", gap=1.5):
    rows = q(f"""SELECT f.store_id, count(*) n FROM feedback f WHERE ({marker}) AND f.store_id IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_avg(col, cond, tol=0.01):
    v = one(f"SELECT avg({col}) FROM {FB} WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(float(v), 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM {FB} WHERE {cond}")
    return dict(value=round(float(v), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM {FB}
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(float(v), 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1, trap=False):
    base = f"""SELECT {col} g, avg(f.rating) r, count(*) n FROM {FB} WHERE f.rating IS NOT NULL
               AND {col} IS NOT NULL AND {cond} GROUP BY 1"""
    rows = q(f"SELECT * FROM ({base}) WHERE n >= {min_n} ORDER BY r {'DESC' if highest else 'ASC'}")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    if trap:
        allr = q(f"SELECT * FROM ({base}) ORDER BY r {'DESC' if highest else 'ASC'}")
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM {FB} WHERE t.sentiment = 'neg' AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- the batch ----------

ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
AB = ("2025-10-01", "2026-06-30")
ANDROID, IOS = "c.primary_device = 'android'", "c.primary_device = 'ios'"
NEG = "t.sentiment = 'neg'"
WRONG_RX = "(f.text LIKE '%度数%' OR lower(f.text) LIKE '%prescription%')"
SCRATCH = "(f.text LIKE '%划%' OR lower(f.text) LIKE '%scratch%')"
LONGWAIT = "(f.text LIKE '%取镜%' OR lower(f.text) LIKE '%wait%')"
TRYON_BUG = ("(f.text LIKE '%闪退%' OR f.text LIKE '%打不开%' OR f.text LIKE '%黑屏%' "
             "OR lower(f.text) LIKE '%crash%' OR lower(f.text) LIKE '%black%')")
NOT_CANCELLED = f"{GL} AND o.status <> 'cancelled'"


def gold() -> dict:
    return {
        # ---- funnels
        "op01": lambda: conv("online_exam", *Y25),
        "op02": lambda: top_lost("online_exam", *ALL),
        "op03": lambda: conv("online_exam", *month(2026, 3), a=2, b=3, drop=True, cust=ANDROID, open_=True),
        "op04": lambda: conv("online_exam", *month(2026, 3), a=2, b=3, drop=True, cust=IOS),
        "op05": lambda: conv("online_exam", *month(2026, 2), a=2, b=3, drop=True, cust=ANDROID),
        "op06": lambda: top_conv("online_exam", *month(2026, 3), "c.primary_device", lowest=True, a=2, b=3, min_n=20),
        "op07": lambda: conv("exam_to_glasses", *H2_25, a=1, b=2),
        "op08": lambda: top_conv("exam_to_glasses", *H2_25, "c.rx_type_zh", lowest=True, a=1, b=2),
        "op09": lambda: conv("exam_to_glasses", *H2_25, a=1, b=2, cust="c.rx_type = 'progressive'"),
        "op10": lambda: conv("cl_refill", *H1_26),
        "op11": lambda: ab_top(*AB),
        "op12": lambda: conv("cl_refill", *AB, cust="x.experiment_id = 'cl_reminder_copy' AND x.variant = 'B'"),
        "op13": lambda: conv("discover", *Y25),
        # ---- orders and money
        "op14": lambda: orders(*Y25),
        "op15": lambda: orders(*Q3_25, agg="avg(o.amount)", cond=f"{GL} AND o.lens_type = 'progressive'"),
        "op16": lambda: orders(*Q3_25, agg="avg(o.amount)", cond=f"{GL} AND o.lens_type = 'single_vision'"),
        "op17": lambda: top_orders("o.city", *Y25, cond=ANY, gap=1.1),
        "op18": lambda: top_orders("o.lens_type", *Y25, gap=1.1),
        "op19": lambda: peak_month(*Y25, f"{GL} AND o.lens_type = 'myopia_control'"),
        "op20": lambda: orders(*month(2026, 1), agg="count(*)", cond=f"{GL} AND o.lens_type = 'myopia_control'"),
        "op21": lambda: per_customer(*Y25),
        "op22": lambda: per_customer(*Y25, what="count(*)"),
        "op23": lambda: share_orders(*H1_26, "o.fulfilment = 'delivery'"),
        "op24": lambda: share_orders(*H1_25, "o.fulfilment = 'delivery'"),
        "op25": lambda: share_orders(*Q1_26, "coalesce(o.remake_reason = 'scratched', false)",
                                     cond=f"{GL} AND o.fulfilment = 'delivery'"),
        "op26": lambda: top_rate_orders("o.courier", *H1_26, "coalesce(o.remake_reason = 'scratched', false)",
                                        f"{NOT_CANCELLED} AND o.fulfilment = 'delivery'", 30, trap=False),
        "op27": lambda: top_rate_orders("o.frame_brand", *ALL, "o.status = 'refunded'",
                                        f"{GL} AND o.status IN ('paid', 'refunded')", 50),
        "op28": lambda: growth(Q3_25, Q4_25),
        "op29": lambda: orders("2025-03-03", "2025-03-09", agg="count(*)"),
        "op30": lambda: orders(*month(2026, 4), cond=CL),
        "op31": lambda: orders(*H2_25, cond=ANY),
        "op32": lambda: orders(*month(2025, 10), agg="count(*)", status=None,
                               cond=f"{NOT_CANCELLED} AND o.remake_reason IS NOT NULL"),
        "op33": lambda: avg_ev("e.wait_minutes", *Q3_25, f"{EXAM} AND e.exam_type = 'walk_in'"),
        "op34": lambda: avg_ev("e.wait_minutes", *Q3_25, f"{EXAM} AND e.exam_type = 'booked'"),
        "op35": lambda: share_ev("e.wait_minutes > 30", *Q2_26, f"{EXAM} AND e.exam_type = 'walk_in' AND {WEEKEND}"),
        "op80": lambda: top_rate_orders("o.optometrist_id", *ALL, "coalesce(o.remake_reason = 'wrong_rx', false)",
                                        NOT_CANCELLED, 30, gap=0.1, trap=False),
        # ---- times between steps
        "op36": lambda: order_ready(*month(2025, 10), cond=f"{GL} AND o.lens_type = 'progressive'"),
        "op37": lambda: order_ready(*month(2025, 6), cond=f"{GL} AND o.lens_type = 'progressive'"),
        "op38": lambda: order_ready(*Q4_25, over=10),
        "op39": lambda: booking_to_exam(*H1_26),
        "op40": lambda: pickup_wait(*H1_26),
        "op41": lambda: order_in_hand_over(*Y25, 7, calendar=True),
        # ---- customers
        "op42": lambda: customers_count("c.tier = 'platinum'"),
        "op43": lambda: customers_count("c.cl_subscriber = 1"),
        "op44": lambda: top_per_customer("c.age_band", *Y25),
        "op45": lambda: per_customer(*Y25, cond="c.tier = 'gold'"),
        "op46": lambda: top_customers("c.acquisition_channel"),
        "op47": lambda: customers_count("c.rx_type = 'myopia_control'"),
        "op48": lambda: customers_count("c.city = '上海' AND c.member_level_zh = '金卡'"),
        # ---- feedback
        "op49": lambda: topic_count(WRONG_RX, ["wrong_rx"]),
        "op50": lambda: topic_count(SCRATCH, ["scratched"]),
        "op51": lambda: top_topic_store(WRONG_RX),
        "op52": lambda: feedback_ids("t.topic = 'long_wait'"),
        "op53": lambda: feedback_ids("t.topic = 'friendly_optometrist'"),
        "op54": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25), tol=0.015),
        "op55": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25), tol=0.015),
        "op56": lambda: top_rating("f.touchpoint_id", gap=0.15),
        "op57": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND f.touchpoint_id = 'tp_exam_done' "
                                           f"AND f.store_id = 'ST27' AND {_in('f.ts', *Y25)}"),
        "op58": lambda: top_rating("f.store_id", f"f.channel = 'survey' AND f.touchpoint_id = 'tp_exam_done' "
                                                 f"AND {_in('f.ts', *ALL)}", gap=0.2, highest=True, min_n=30),
        "op59": lambda: top_neg_rise(Q3_25, Q4_25),
        "op60": lambda: fb_count("f.ts IS NULL"),
        "op61": lambda: nps(_in("f.ts", *H1_26)),
        "op62": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'survey' AND f.touchpoint_id = 'tp_delivery' "
                                                  f"AND f.rating IS NOT NULL AND {_in('f.ts', *Q1_26)}"),
        "op63": lambda: topic_count(TRYON_BUG, ["tryon_bug"], _in("f.ts", *month(2026, 3))),
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
