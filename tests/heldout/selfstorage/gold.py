"""Gold answers for the 存易 StoreEasy (self-storage) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (rental 30 d, move-out 60 d).
  Each rate is computed with later steps allowed after the period end and with every step required inside the
  period; the tolerance covers both. Conversion from step a to step b = reached b / reached a; a question that
  starts at a later step ("of the people who booked a tour ...") is also computed from that step's own first event
  in the period, and the tolerance covers that reading too. Drop-off rate between two steps = 1 - conversion.
  Lead-source / segment filters come from the customer row (customers.acquisition_channel, segment); site filters
  from the event's `site` column (every lead event carries the site the lead asked about);
- customers / prospects / tenants / 客户 = distinct customer_id (one customer row per lead; every lead has exactly one
  inquiry); contracts = tp_contract_signed events (one per contract_id), move-out notices = tp_moveout_notice events,
  successful unit access visits = tp_access events with action 'success' (a failed app unlock is followed by one
  staff-opened success, so one success per visit), inquiries = tp_inquiry events, all dated by the event ts;
  25 exact duplicate event rows are loaded once;
- app gate-unlock failure rate = tp_access events with access_method 'app' and action 'fail' / all tp_access events
  with access_method 'app' (attempts), by the event's device (android / ios) and app_version;
- durations between two steps of one contract are matched on contract_id and counted for the contracts whose anchor
  step is in the period (deposit refund: move-outs in the period; stay length: move-outs in the period); days =
  exact seconds / 86400. Inquiry -> contract and tour booked -> tour visited are matched per customer (first inquiry;
  first visit after the booking); for inquiry -> contract the tolerance also covers anchoring on the inquiry date;
- rent is late when tp_rent_paid.ts is more than 5 days after its due_date;
- money = orders with status 'paid' dated by order ts: rent = order_type 'rent', deposits = 'deposit', late fees =
  'late_fee' (waived late fees have status 'cancelled' and are not money); deposit refunds paid out = order_type
  'deposit_refund' rows (status 'refunded', amount = the money returned) dated by their ts; per-tenant average = sum /
  distinct paying customers;
- feedback topic counts use text markers with a 5 % tolerance (each marker is checked here against the generator's
  truth topic in DATADIR/_truth, not a DATA.md table); "all feedback" includes the rows without ts; negative share
  uses the generator's truth sentiment (tolerance 0.03, the product classifies itself); 1-2 stars = rating <= 2;
  average likelihood to recommend = avg(nps) over channel 'survey' (paper forms without ts included);
- rankings answer with the column in the question's language: site (zh) / site_en (en), reason / reason_en,
  acquisition_channel_zh (zh) / acquisition_channel (en); unit_size, app_version and touchpoint_id are language-free;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-07-31, the last day of
  the data); weeks run Monday-Sunday; "this year" = 2026-01-01 .. as_of.
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
    n = CON.execute("SELECT count(*) FROM read_csv_auto('" + str(data / 'events.csv') + "', header=true)").fetchone()[0]
    assert n - CON.execute("SELECT count(*) FROM events").fetchone()[0] == 25


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


# ---------------------------------------------------------------- durations

def _pairs(tp_a, tp_b, start, end, cond="1=1", by="a"):
    anchor = "a.ts" if by == "a" else "b.ts"
    return f"""SELECT a.contract_id, min(date_diff('second', a.ts, b.ts)) AS sec
               FROM events a JOIN events b ON b.contract_id = a.contract_id AND b.touchpoint_id = '{tp_b}'
               WHERE a.touchpoint_id = '{tp_a}' AND {_in(anchor, start, end)} AND ({cond.replace('e.', 'a.')})
               GROUP BY 1"""


def duration(tp_a, tp_b, start, end, agg="avg", unit=86400.0, cond="1=1", by="a", pct=0.03):
    v = one(f"SELECT {agg}(sec) / {unit} FROM ({_pairs(tp_a, tp_b, start, end, cond, by)})")
    return dict(value=round(v, 3), tolerance=_rel(v, pct))


def share_over(tp_a, tp_b, start, end, days, cond="1=1", by="a"):
    v = one(f"SELECT avg((sec > {days} * 86400)::int) FROM ({_pairs(tp_a, tp_b, start, end, cond, by)})")
    return dict(value=round(v, 4), tolerance=0.01)


def inquiry_to_contract(start, end, agg="avg"):
    base = """SELECT k.customer_id, k.ts AS tk, i.ti FROM events k JOIN (SELECT customer_id, min(ts) ti FROM events
              WHERE touchpoint_id = 'tp_inquiry' GROUP BY 1) i USING (customer_id)
              WHERE k.touchpoint_id = 'tp_contract_signed'"""
    vals = [one(f"SELECT {agg}(date_diff('second', ti, tk)) / 86400 FROM ({base}) WHERE {_in('tk', start, end)}"),
            one(f"SELECT {agg}(date_diff('second', ti, tk)) / 86400 FROM ({base}) WHERE {_in('ti', start, end)}")]
    v = vals[0]
    return dict(value=round(v, 3), tolerance=round(max(_rel(v, 0.03), max(vals) - min(vals) + 0.01), 3))


def booked_to_visit(start, end, agg="median"):
    v = one(f"""SELECT {agg}(sec) / 86400 FROM (
                  SELECT b.customer_id, min(date_diff('second', b.ts, v.ts)) sec FROM events b
                  JOIN events v ON v.customer_id = b.customer_id AND v.touchpoint_id = 'tp_tour_visited' AND v.ts > b.ts
                  WHERE b.touchpoint_id = 'tp_tour_booked' AND {_in('b.ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 3), tolerance=_rel(v, 0.05, 0.05))


def top_stay(col, start, end, min_n=30, ratio=1.2):
    rows = q(f"""SELECT {col}, avg(sec) v, count(*) n FROM ({_pairs('tp_move_in', 'tp_move_out', start, end, by='b')}) p
                 JOIN events m ON m.contract_id = p.contract_id AND m.touchpoint_id = 'tp_move_in'
                 JOIN customers c ON c.customer_id = m.customer_id GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


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


def growth_orders(cond, a, b):
    x = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})"))
    y = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})"))
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


# ---------------------------------------------------------------- customers

def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(col, start, end, ratio=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_inquiry' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    rows2 = q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                  GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio and rows2[0][0] == rows[0][0], (rows[:3], rows2[:3])
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- feedback

MOULD = ("(f.text LIKE '%潮%' OR f.text LIKE '%霉%' OR lower(f.text) LIKE '%damp%' OR lower(f.text) LIKE '%mould%' "
         "OR lower(f.text) LIKE '%mold%' OR lower(f.text) LIKE '%humid%' OR lower(f.text) LIKE '%musty%')")
GATE = ("(f.text LIKE '%开门%' OR f.text LIKE '%开不了门%' OR f.text LIKE '%门禁%' OR lower(f.text) LIKE '%gate%' "
        "OR lower(f.text) LIKE '%unlock%')")
REFUND_SLOW = ("((f.text LIKE '%押金%' AND (f.text LIKE '%慢%' OR f.text LIKE '%还没%' OR f.text LIKE '%催%' "
               "OR f.text LIKE '%迟迟%' OR f.text LIKE '%拖%')) OR (lower(f.text) LIKE '%deposit%' AND "
               "(lower(f.text) LIKE '%slow%' OR lower(f.text) LIKE '%still waiting%' OR lower(f.text) LIKE '%chase%' "
               "OR lower(f.text) LIKE '%weeks%')))")
STAFF = ("((f.text LIKE '%帮%' AND f.text LIKE '%搬%') OR lower(f.text) LIKE '%helpful%' "
         "OR lower(f.text) LIKE '%helped%')")
MARKERS = {"MOULD": (MOULD, ["humid"]), "GATE": (GATE, ["gate_fail"]), "REFUND_SLOW": (REFUND_SLOW, ["refund_slow"]),
           "STAFF": (STAFF, ["staff_help"])}


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


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
RENT = "o.order_type = 'rent'"
BJ = "e.city = '北京'"
BIZ = cust("c.segment = 'business'")
ECOM = cust("c.reason = '电商囤货'")
APP = "e.access_method = 'app'"
BAIYUN = "f.site_en = 'Baiyun Airport Road'"
SITES_ZH = "SELECT DISTINCT site FROM events WHERE touchpoint_id = 'tp_tour_booked' ORDER BY 1"


def gold() -> dict:
    return {
        # ---- rental funnel
        "ss01": lambda: conv("rental", *quarter(2025, 4), 1, 5),
        "ss02": lambda: top_lost("rental", *H1_26),
        "ss03": lambda: conv("rental", *Y25, 3, 4, also_from_a=True),
        "ss04": lambda: conv("rental", *Y25, 3, 4, "e.site = '龙岗坂田店'", also_from_a=True),
        "ss05": lambda: dict(top_entity=group_conv(
            "rental", *ALL, 3, 4, "e.site_en",
            "SELECT DISTINCT site_en FROM events WHERE touchpoint_id = 'tp_tour_booked'", min_n=100, ratio=1.15,
            also_from_a=True)),
        "ss06": lambda: conv("rental", *H1_26, 1, 5, cust("c.acquisition_channel = 'xiaohongshu'")),
        "ss07": lambda: conv("rental", *H1_26, 1, 5, cust("c.acquisition_channel = 'baidu_search'")),
        "ss08": lambda: dict(top_entity=group_conv(
            "rental", *ALL, 1, 5, "(SELECT c.acquisition_channel FROM customers c WHERE c.customer_id = e.customer_id)",
            "SELECT DISTINCT acquisition_channel FROM customers", min_n=200, ratio=1.5)),
        "ss09": lambda: conv("rental", *Y25, 4, 5, BIZ, also_from_a=True),
        "ss10": lambda: conv("rental", *Y25, 4, 5, cust("c.segment = 'personal'"), also_from_a=True),
        "ss11": lambda: dropoff("rental", *quarter(2025, 3), 2, 3),
        # ---- durations
        "ss13": lambda: duration("tp_move_out", "tp_deposit_refund", *Y25, agg="median"),
        "ss14": lambda: duration("tp_move_out", "tp_deposit_refund", *H1_26, cond=BJ),
        "ss15": lambda: share_over("tp_move_out", "tp_deposit_refund", *H1_26, 7),
        "ss16": lambda: share_over("tp_move_out", "tp_deposit_refund", *H1_26, 7, "e.city <> '北京'"),
        "ss17": lambda: inquiry_to_contract(*quarter(2025, 3)),
        "ss18": lambda: booked_to_visit(*H2_25),
        "ss19": lambda: duration("tp_move_in", "tp_move_out", *Y25, by="b"),
        # ---- per customer
        "ss20": lambda: per_payer(*Y25, RENT),
        "ss21": lambda: per_user("tp_access", *Y25, f"e.action = 'success' AND {BIZ}"),
        "ss22": lambda: events_at("tp_access", *month(2025, 11), f"e.action = 'success' AND {ECOM}"),
        # ---- shares
        "ss23": lambda: order_share("o.pay_mode = 'autopay'", *Y25, RENT),
        "ss24": lambda: late_share(*Y25, "e.pay_mode = 'manual'"),
        "ss26": lambda: customers_share("c.segment = 'business'"),
        "ss27": lambda: customers_share("c.preferred_language = 'en'", "c.region = '上海'"),
        # ---- rankings
        "ss29": lambda: top_orders("o.site", *Y25, RENT, ratio=1.05),
        "ss30": lambda: top_orders("o.unit_size", *Y25, RENT, ratio=1.05),
        "ss31": lambda: top_stay("c.reason", *ALL, min_n=30, ratio=1.2),
        "ss32": lambda: fb_top_count("f.site_en", MOULD, ratio=2.0),
        "ss33": lambda: top_rate("tp_access", "e.app_version", "e.action = 'fail'", APP, min_n=200, ratio=2.0),
        "ss34": lambda: fb_rank_avg("f.site", "1=1", 50, lowest=False, ratio=1.05),
        "ss35": lambda: top_customers("c.acquisition_channel_zh", *H1_25, ratio=1.1),
        "ss36": lambda: top_customers("c.acquisition_channel", *H1_26, ratio=1.1),
        # ---- single values
        "ss37": lambda: events_at("tp_contract_signed", *month(2025, 10)),
        "ss39": lambda: orders(*H1_26, "o.order_type = 'deposit_refund'", status="refunded"),
        "ss40": lambda: orders(*quarter(2026, 1), "o.order_type = 'deposit'"),
        "ss41": lambda: orders(*Y25, "o.order_type = 'late_fee'"),
        "ss42": lambda: events_at("tp_access", *month(2025, 12), "e.action = 'success'"),
        "ss43": lambda: events_at("tp_inquiry", "2025-03-03", "2025-03-09"),
        # ---- comparisons
        "ss44": lambda: growth_orders(RENT, quarter(2026, 1), quarter(2026, 2)),
        "ss45": lambda: growth_events("tp_contract_signed", month(2026, 6), month(2026, 7)),
        "ss46": lambda: events_at("tp_moveout_notice", "2026-02-01", "2026-04-30", "e.site = '白云机场路店'"),
        "ss47": lambda: events_at("tp_moveout_notice", "2025-02-01", "2025-04-30", "e.site = '白云机场路店'"),
        "ss48": lambda: event_ratio("e.action = 'fail'", "tp_access", *month(2026, 4), f"{APP} AND e.device = 'ios'"),
        "ss49": lambda: event_ratio("e.action = 'fail'", "tp_access", *month(2026, 4), f"{APP} AND e.device = 'android'"),
        "ss50": lambda: event_ratio("e.action = 'fail'", "tp_access", *month(2026, 6), f"{APP} AND e.device = 'android'"),
        # ---- trends
        "ss51": lambda: monthly_max("tp_inquiry", *Y25),
        "ss52": lambda: weekly_max("tp_access", *month(2025, 11), "e.action = 'success'", ratio=1.5),
        "ss53": lambda: weekly_max("tp_access", "2026-03-02", "2026-05-31",
                                   f"{APP} AND e.device = 'android' AND e.action = 'fail'"),
        # ---- feedback
        "ss55": lambda: fb_topic_count(MOULD),
        "ss56": lambda: fb_topic_count(GATE),
        "ss57": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {BAIYUN}"),
        "ss58": lambda: fb_negative_share(_in("f.ts", *H1_26)),
        "ss59": lambda: fb_rank_avg("f.touchpoint_id", "1=1", 30, lowest=True, ratio=1.5),
        "ss60": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND f.touchpoint_id = 'tp_move_in' AND {_in('f.ts', *Y25)}"),
        "ss61": lambda: fb_avg("f.nps", "f.channel = 'survey'", tol=0.05),
        "ss62": lambda: feedback_ids(GATE),
        "ss63": lambda: feedback_ids("f.site IN ('朝阳望京店', '海淀上地店') AND f.touchpoint_id = 'tp_deposit_refund'"),
        "ss64": lambda: fb_count("f.ts IS NULL"),
        "ss65": lambda: fb_topic_count(STAFF),
        "ss69": lambda: feedback_ids(GATE),
        "ss70": lambda: feedback_ids(f"{BAIYUN} AND {MOULD}"),
        # ---- relative periods
        "ss73": lambda: events_at("tp_contract_signed", *month(2026, 6)),
        "ss74": lambda: events_at("tp_contract_signed", *month(2026, 5)),
        "ss75": lambda: orders(*quarter(2026, 2), f"{RENT} AND o.city = '上海'"),
        "ss76": lambda: orders(*quarter(2026, 2), f"{RENT} AND o.city = '广州'"),
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
