"""Gold answers for the 琴途 PianoPath (piano moving and storage) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (move 30 d, storage 180 d,
  tuning 14 d, claim 60 d). Each rate is computed with later steps allowed after the period end and with every step
  required inside the period; the tolerance covers both. Conversion a -> b = reached b / reached a; a question that
  starts at a later step ("of the customers who had a site check ...") is also computed from that step's own first
  event in the period, and the tolerance covers that reading too. Drop-off = 1 - conversion.
  Lead-source / experiment filters come from customers.acquisition_channel / experiments.variant; city filters from
  the event's `city` column;
- customers / 客户 = distinct customer_id; moves = tp_move_day events (one per move); damage rate = avg(damage) over
  tp_move_day events; delay = delay_min on tp_move_day; quotes = tp_quote_submit events; site checks = tp_site_check
  events (check_mode video / onsite); all dated by the event ts; 30 exact duplicate event rows are loaded once;
- claim duration = first tp_claim_settled after the customer's tp_damage_claim (one claim per customer), anchored on
  claims filed in the period, days = seconds / 86400;
- money = orders with status 'paid' dated by order ts; amount is CNY (Singapore rows also carry amount_local in SGD,
  currency 'SGD'); moving revenue = order_type deposit + move_fee; storage = 'storage', tuning = 'tuning'; claim
  payouts = order_type 'claim_payout' (status 'refunded', amount = money paid to the customer); a deposit refunded
  after a cancellation keeps its order row with status 'refunded' and the deposit's ts; per-payer average = sum /
  distinct paying customers;
- feedback topic counts use text markers with a 5 % tolerance (each marker checked against the generator's truth
  topic in DATADIR/_truth); "all feedback" includes rows without ts; negative share uses the truth sentiment
  (tolerance 0.03); 1-2 stars = rating <= 2; average likelihood to recommend = avg(nps) over channels survey and
  paper_form;
- rankings answer with the column in the question's language where the data has both: city (zh) / city_en (en),
  acquisition_channel is language-free, crew_id / warehouse are stored once (zh names with codes) and used as is;
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    CON.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"
    n = CON.execute("SELECT count(*) FROM read_csv_auto('" + str(data / 'events.csv') + "', header=true)").fetchone()[0]
    assert n - CON.execute("SELECT count(*) FROM events").fetchone()[0] == 30


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _rel(v: float, pct: float = 0.03, floor: float = 0.01) -> float:
    return round(max(floor, abs(v) * pct), 3)


def cust(cond: str) -> str:
    return f"e.customer_id IN (SELECT customer_id FROM customers c WHERE {cond})"


# ---------------------------------------------------------------- funnels (DATA.md rule)

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False, first=1):
    """People reaching each step from step `first` (entry = their first event at that step in the period)."""
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


def _fit(vals, floor=0.01):
    spread = max(vals) - min(vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(floor, spread + 0.005), 4))


def conv(journey, start, end, a=1, b=None, cond="1=1", also_from_a=False):
    b = b or len(_steps(journey)[0])
    return _fit(_rates(journey, start, end, a, b, cond, also_from_a))


def dropoff(journey, start, end, a, b, cond="1=1", also_from_a=False):
    return _fit([1 - v for v in _rates(journey, start, end, a, b, cond, also_from_a)])


def top_lost(journey, start, end, ratio=1.3):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * ratio, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def group_conv(journey, start, end, a, b, col, groups_sql, lowest=True, min_n=100, ratio=1.15, also_from_a=False):
    """Rank groups by conversion a -> b; `col` is a SQL expression over events e; every reading must agree."""
    groups = [r[0] for r in q(groups_sql)]
    tops = set()
    for bounded in (False, True):
        for from_a in ((False, True) if also_from_a else (False,)):
            res = []
            for g in groups:
                gq = str(g).replace("'", "''")
                c = funnel(journey, start, end, f"{col} = '{gq}'", bounded, first=a if from_a else 1)
                na, nb = (c[0], c[b - a]) if from_a else (c[a - 1], c[b - 1])
                if na >= min_n:
                    res.append((nb / na, g))
            res.sort(reverse=not lowest)
            x, y = res[0][0], res[1][0]
            assert (y > x * ratio) if lowest else (x > y * ratio), res[:3]
            tops.add(res[0][1])
    assert len(tops) == 1, tops
    return tops.pop()


# ---------------------------------------------------------------- events

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def per_user(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


def event_ratio(num, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_rate(tp, col, num, cond="1=1", min_n=200, ratio=1.5):
    rows = q(f"""SELECT {col}, avg(({num})::int) v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_max(tp, start, end):
    rows = q(f"""SELECT date_trunc('month', e.ts) m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.03, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def weekly_max(tp, start, end, cond="1=1", ratio=1.05):
    """Busiest Monday-Sunday week; it must be a full week inside the period and beat the partial edge weeks even
    when those are counted in full (events outside the period included)."""
    base = f"FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})"
    rows = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n {base} AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    wk = str(rows[0][0])[:10]
    assert start <= wk and one(f"SELECT (DATE '{wk}' + 6) <= DATE '{end}'"), (wk, rows[:3])
    full = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n {base}
                 AND date_trunc('week', e.ts) IN (SELECT DISTINCT date_trunc('week', e.ts) {base}
                                                   AND {_in('e.ts', start, end)})
                 GROUP BY 1 ORDER BY n DESC""")
    assert str(full[0][0])[:10] == wk and full[0][1] > full[1][1] * ratio, full[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def growth_events(tp, a, b, cond="1=1"):
    x = events_at(tp, *a, cond)["value"]
    y = events_at(tp, *b, cond)["value"]
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


def late_share(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.ts > CAST(e.due_date AS TIMESTAMP) + INTERVAL 5 DAY)::int) FROM events e
                WHERE e.touchpoint_id = 'tp_rent_paid' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------------------------------------------------------------- orders

def orders(start, end, cond, agg="sum", status="paid"):
    v = one(f"""SELECT {agg}(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.001), 2))


def per_payer(start, end, cond):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o WHERE o.status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def order_share(num, start, end, cond):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, cond, ratio=1.08):
    rows = q(f"""SELECT {col}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders_avg(col, start, end, cond, ratio=1.2):
    rows = q(f"""SELECT {col}, avg(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def growth_orders(cond, a, b):
    x = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})"))
    y = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})"))
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


# ---------------------------------------------------------------- move day, claims

def move_avg(expr, start, end, cond="1=1", tol=None):
    v = float(one(f"""SELECT avg({expr}) FROM events e WHERE e.touchpoint_id = 'tp_move_day'
                      AND {_in('e.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 4), tolerance=tol if tol is not None else (0.01 if v <= 1 else _rel(v, 0.02)))


def top_move(col, expr, start, end, min_n=50, ratio=1.3, lowest=False):
    rows = q(f"""SELECT {col}, avg({expr}) v, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_move_day'
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    assert (rows[0][1] > rows[1][1] * ratio) if not lowest else (rows[1][1] > rows[0][1] * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def claim_days(start, end, cond="1=1"):
    v = one(f"""SELECT avg(sec) / 86400 FROM (
                  SELECT a.customer_id, min(date_diff('second', a.ts, b.ts)) sec FROM events a
                  JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = 'tp_claim_settled' AND b.ts > a.ts
                  WHERE a.touchpoint_id = 'tp_damage_claim' AND {_in('a.ts', start, end)} AND ({cond.replace('e.', 'a.')})
                  GROUP BY 1)""")
    return dict(value=round(v, 3), tolerance=_rel(v, 0.03, 0.05))


def quote_avg(expr, start, end, cond="1=1"):
    v = float(one(f"""SELECT avg({expr}) FROM events e WHERE e.touchpoint_id = 'tp_quote_submit'
                      AND e.service IN ('move', 'move_store') AND {_in('e.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 4), tolerance=0.01 if v <= 1 else _rel(v, 0.01))


def top_wh_humidity(start, end, ratio=1.1):
    rows = q(f"""SELECT e.warehouse, avg(e.humidity_pct) v FROM events e WHERE e.touchpoint_id = 'tp_storage_start'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def top_signups(col, start, end, ratio=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def orders_local(start, end, cond):
    v = float(one(f"""SELECT sum(o.amount_local) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                      AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.001), 2))


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def exp_cust(variant):
    return (f"e.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'exp_quote_all_in' "
            f"AND variant = '{variant}')")


# ---------------------------------------------------------------- feedback

DAMAGE = ("(f.text LIKE '%划痕%' OR f.text LIKE '%磕掉%' OR f.text LIKE '%弄坏%' OR f.text LIKE '%刮花%' "
          "OR lower(f.text) LIKE '%scratches%' OR lower(f.text) LIKE '%broken%' OR lower(f.text) LIKE '%chipped%')")
HUMID = ("(f.text LIKE '%受潮%' OR f.text LIKE '%霉%' OR f.text LIKE '%湿度%' OR f.text LIKE '%生锈%' "
         "OR lower(f.text) LIKE '%damp%' OR lower(f.text) LIKE '%musty%' OR lower(f.text) LIKE '%humid%')")
SURCH = ("(f.text LIKE '%楼层费%' OR f.text LIKE '%楼梯费%' OR f.text LIKE '%爬楼费%' "
         "OR lower(f.text) LIKE '%surcharge%' OR lower(f.text) LIKE '%stairs fee%')")
LATE = ("(f.text LIKE '%迟到%' OR f.text LIKE '%才到%' OR f.text LIKE '%来晚%' "
        "OR lower(f.text) LIKE '%late%' OR lower(f.text) LIKE '%showed up after%')")
MARKERS = {"DAMAGE": (DAMAGE, ["damage"]), "HUMID": (HUMID, ["humidity"]), "SURCH": (SURCH, ["surcharge"]),
           "LATE": (LATE, ["late"])}


def check_markers() -> None:
    for name, (cond, topics) in MARKERS.items():
        tl = ", ".join(f"'{t}'" for t in topics)
        hit, true, both = q(f"""SELECT count(*) FILTER (WHERE {cond}), count(*) FILTER (WHERE t.topic IN ({tl})),
                                count(*) FILTER (WHERE {cond} AND t.topic IN ({tl}))
                                FROM feedback f JOIN truth t USING (feedback_id)""")[0]
        assert both >= 0.97 * true and both >= 0.97 * hit, (name, hit, true, both)


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


def fb_negative_share(cond):
    v = one(f"""SELECT avg((t.sentiment = 'negative')::int) FROM feedback f JOIN truth t USING (feedback_id)
                WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.03)


def fb_rank_avg(col, cond, min_n, lowest=True, ratio=1.2):
    rows = q(f"""SELECT {col}, avg(f.rating) r FROM feedback f WHERE f.rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert (rows[1][1] > rows[0][1] * ratio) if lowest else (rows[0][1] > rows[1][1] * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def fb_top_count(col, cond, ratio=1.5):
    rows = q(f"SELECT {col}, count(*) n FROM feedback f WHERE {cond} AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
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


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
EXP = ("2025-09-01", "2026-02-28")
MOVE_REV = "o.order_type IN ('deposit', 'move_fee')"
SURVEY = "f.channel IN ('survey', 'paper_form')"


def gold() -> dict:
    return {
        "pm01": lambda: conv("move", *quarter(2025, 4), 1, 6),
        "pm02": lambda: top_lost("move", *H1_26),
        "pm03": lambda: conv("move", *Y25, 2, 3, also_from_a=True),
        "pm04": lambda: conv("move", *H1_26, 2, 3, also_from_a=True),
        "pm05": lambda: dict(top_entity=group_conv(
            "move", *ALL, 1, 3, "(SELECT c.acquisition_channel FROM customers c WHERE c.customer_id = e.customer_id)",
            "SELECT DISTINCT acquisition_channel FROM customers", min_n=200, ratio=1.2)),
        "pm06": lambda: dropoff("move", *quarter(2025, 3), 2, 3),
        "pm07": lambda: conv("move", *EXP, 1, 3, exp_cust("all_in_price")),
        "pm08": lambda: conv("move", *EXP, 1, 3, exp_cust("control")),
        "pm09": lambda: top_move("e.crew_id", "e.damage", *ALL, min_n=80, ratio=1.5),
        "pm10": lambda: move_avg("e.damage", *ALL, "e.piano_type = 'grand'"),
        "pm11": lambda: move_avg("e.damage", *ALL, "e.piano_type = 'upright'"),
        "pm12": lambda: top_move("e.city", "e.delay_min", *Y25, ratio=1.3),
        "pm13": lambda: move_avg("e.delay_min", *month(2026, 3)),
        "pm14": lambda: move_avg("(e.delay_min > 60)::int", *quarter(2026, 1)),
        "pm15": lambda: move_avg("(e.delay_min > 30)::int", *Y25, "e.city = '深圳'"),
        "pm16": lambda: orders(*Y25, MOVE_REV),
        "pm17": lambda: orders(*quarter(2026, 1), "o.order_type = 'storage'"),
        "pm18": lambda: orders_local(*quarter(2026, 1), "o.order_type = 'storage' AND o.city = '新加坡'"),
        "pm19": lambda: orders(*H1_26, "o.order_type = 'tuning'"),
        "pm20": lambda: orders(*Y25, "o.order_type = 'claim_payout'", status="refunded"),
        "pm21": lambda: orders(*Y25, "o.order_type = 'deposit'", status="refunded"),
        "pm22": lambda: top_orders_avg("o.city_en", *Y25, "o.order_type = 'move_fee'", ratio=1.2),
        "pm23": lambda: per_payer(*Y25, "1=1"),
        "pm24": lambda: growth_orders("1=1", quarter(2025, 4), quarter(2026, 1)),
        "pm25": lambda: orders(*Y25, "o.order_type = 'move_fee' AND o.piano_type = 'grand'", agg="avg"),
        "pm26": lambda: customers_share("c.segment = 'teacher'"),
        "pm27": lambda: top_signups("c.acquisition_channel", *H1_25, ratio=1.05),
        "pm28": lambda: customers_share("c.has_elevator = 0", "c.region = '成都'"),
        "pm29": lambda: dict(value=round(one("SELECT avg(months) FROM events WHERE touchpoint_id = 'tp_storage_start'"), 3),
                             tolerance=0.05),
        "pm30": lambda: conv("storage", *Y25, 1, 2),
        "pm31": lambda: fb_top_count("f.warehouse", HUMID, ratio=2.0),
        "pm32": lambda: fb_topic_count(HUMID),
        "pm33": lambda: conv("tuning", *Y25, 1, 2),
        "pm34": lambda: events_at("tp_tuning_visit", *month(2025, 10)),
        "pm35": lambda: claim_days(*Y25),
        "pm36": lambda: claim_days(*Y25, "e.city = '北京'"),
        "pm37": lambda: conv("claim", *ALL, 1, 2),
        "pm38": lambda: fb_topic_count(DAMAGE),
        "pm39": lambda: fb_topic_count(SURCH),
        "pm40": lambda: fb_topic_count(LATE),
        "pm41": lambda: fb_negative_share(_in("f.ts", *H2_25)),
        "pm42": lambda: fb_rank_avg("f.touchpoint_id", "1=1", 20, lowest=True, ratio=1.2),
        "pm43": lambda: fb_avg("f.nps", SURVEY, tol=0.05),
        "pm44": lambda: fb_count("f.ts IS NULL"),
        "pm45": lambda: feedback_ids(HUMID),
        "pm46": lambda: feedback_ids(SURCH),
        "pm47": lambda: fb_ratio("f.rating <= 2", "f.rating IS NOT NULL AND f.city = '新加坡'"),
        "pm48": lambda: fb_top_count("f.crew", DAMAGE, ratio=1.5),
        "pm49": lambda: events_at("tp_site_check", *Y25, "e.check_mode = 'video'"),
        "pm50": lambda: events_at("tp_quote_submit", *month(2026, 5)),
        "pm51": lambda: monthly_max("tp_quote_submit", *Y25),
        "pm52": lambda: events_at("tp_move_day", "2025-03-10", "2025-03-16"),
        "pm53": lambda: events_at("tp_move_day", *month(2026, 5)),
        "pm54": lambda: events_at("tp_move_day", *month(2026, 4)),
        "pm55": lambda: events_at("tp_damage_claim", *H1_26),
        "pm56": lambda: top_wh_humidity(*Y25),
        "pm57": lambda: top_move("e.piano_type", "e.damage", *ALL, ratio=1.5),
        "pm58": lambda: events_at("tp_storage_start", *Y25, "e.warehouse_en = 'Guangzhou Panyu'"),
        "pm71": lambda: orders_local(*month(2026, 4), f"{MOVE_REV} AND o.city = '新加坡'"),
        "pm72": lambda: quote_avg("(e.has_elevator = 0)::int", *Y25),
        "pm73": lambda: conv("move", *H2_25, 1, 6, cust("c.acquisition_channel = 'xiaohongshu'")),
        "pm74": lambda: conv("move", *H2_25, 1, 6, cust("c.acquisition_channel = 'referral'")),
        "pm75": lambda: quote_avg("e.stair_surcharge", *Y25, "e.city <> '新加坡'"),
        "pm76": lambda: quote_avg("e.stair_surcharge", *H1_26, "e.city <> '新加坡'"),
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
        keep_status = exp.get("status", "ok")
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = keep_status
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70].replace("\n", " "), shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
