"""Gold answers for the 海悦 OceanJoy (cruise line) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (booking 14 d, predeparture 300 d,
  rebooking 180 d, refund 90 d); rates are per customer; the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step reached whose next step is not reached,
  largest count (the loss between step k and k+1 is attributed to step k). "App only" / "website only" = the funnel
  over events with that event `channel` (app / web);
- a booking = one `session_id` (BK000123) on every event of one booking attempt (search ... refund). Travel-agent
  and call-center bookings have no search / cabin events (they start at the deposit);
- per-booking rates take the first event of the named step per booking (optionally with a condition on it, e.g.
  the first document check with `action = 'fail'`) in the period (by its ts, or by `sailing_date` when the question
  says "sailings in" / "出发的航次") and look for the later event on the same booking at any time (balance paid =
  a `tp_full_pay` event; show bought = a `tp_show` event);
- times between steps = per booking, first B ts - first A ts over bookings that reached both (boarding wait =
  `tp_terminal` -> `tp_boarding` in minutes; refund time = `tp_cancel` -> `tp_refund` in days, period by the
  cancellation date); "more than X" is strict;
- sailing-level figures count each `sailing_id` once: itinerary changes from `tp_itinerary_change` (change_reason
  typhoon / fog / strong_wind), sailings that actually sailed = sailing ids with a `tp_boarding` event;
- money = orders with status `paid` (refunded / refund_pending are no revenue; unpaid-balance deposits stay paid)
  of all order types (cabin_fare deposit + balance, onboard, shore_excursion, cancellation_fee) unless the question
  names one, by order ts; refunds paid out = amount of `refunded` orders by `refunded_at` (or by sailing_date when
  asked "for sailings in"); spend per customer = paid amount / customers with such a paid order in the period;
  onboard spend per boarded booking = paid `onboard` orders of the booking (0 when none) averaged over bookings
  with a `tp_boarding` event in the period; loyalty tier, party type, home city come from customers;
- zh top-entity golds use the Chinese twins (船名, 舱房等级, route, 出行类型, 常住城市), en ones the English twins
  (ship, home_port, route_en, cabin_class) or raw ids (touchpoint_id, booking_channel, doc_fail_reason);
- feedback: "survey" = channel 'survey'; "feedback" = all rows of all channels ("all data" includes rows without a
  date); negative share = `sentiment_label = 'neg'` over rows dated in the period (all rows when no period); topic
  counts by text markers with a 5 % tolerance; rating by step = feedback.touchpoint_id;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, evcond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({evcond})"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _conv_vals(journey, start, end, evcond="1=1", readings=(False, True)):
    return [(lambda c: c[-1] / c[0])(funnel(journey, start, end, bounded=b, evcond=evcond)) for b in readings]


def conv(journey, start, end, evcond="1=1", readings=(False, True)):
    """readings=(False,) when the question names the follow-up window ("within 180 days"): later steps may fall
    after the period end."""
    vals = _conv_vals(journey, start, end, evcond, readings) * (3 - len(readings))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_by(journey, start, end, by, key, margin=0.04, readings=(False, True)):
    """Funnel grouped by a customers column: top group, or the value of one group when key is given."""
    res = {}
    for bounded in readings:
        steps, _ = _steps(journey)
        funnel(journey, start, end, bounded=bounded)
        last = f"r{len(steps)}"
        for g, r in q(f"""SELECT {by}, avg((x.customer_id IS NOT NULL)::int) FROM r1 LEFT JOIN {last} x
                          USING (customer_id) JOIN customers c USING (customer_id) GROUP BY 1"""):
            res.setdefault(g, []).append(r)
    if key is not None:
        v = res[key] * (3 - len(readings))
        return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))
    ranked = sorted(res.items(), key=lambda kv: -min(kv[1]))
    assert min(ranked[0][1]) - max(ranked[1][1]) > margin, ranked
    return dict(top_entity=ranked[0][0])


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


# ---------- per-booking rates and durations ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def booking_rate_rows(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1", by=None, having="1=1",
                      missing=False, period_col="a.ts"):
    sel = f"{by}, " if by else ""
    hit = "(b.session_id IS NULL)" if missing else "(b.session_id IS NOT NULL)"
    sql = f"""SELECT {sel}avg({hit}::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}'
                         AND ({b_cond})) b USING (session_id)
              LEFT JOIN customers c USING (customer_id)
              WHERE {_in(period_col, start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", tol=0.01, **kw):
    rows = booking_rate_rows(a_tp, b_tp, start, end, cond, **kw)
    return dict(value=round(rows[0][0], 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", margin=1.3, **kw):
    rows = booking_rate_rows(a_tp, b_tp, start, end, cond, by=by, **kw)
    return dict(top_entity=_rank_top(rows, margin))


def _rank_top(rows, margin):
    assert rows[0][1] > rows[1][1] * margin, rows
    return rows[0][0]


def first_share(tp, start, end, share_cond, cond="1=1", by=None, having="count(*) >= 100", margin=1.5):
    """Share of bookings whose first event at tp (in the period) satisfies share_cond."""
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(({share_cond})::int) r, count(*) n FROM {_first(tp)} a
                 LEFT JOIN customers c USING (customer_id) WHERE {_in('a.ts', start, end)} AND ({cond})
                 {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}""")
    if by:
        return dict(top_entity=_rank_top(rows, margin))
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


def _times(a_tp, b_tp, div):
    return f"""(SELECT a.*, epoch(b.ts - a.ts) / {div} x FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.ts > a.ts)"""


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", period_col="a.ts", share_over=None):
    expr = f"avg((a.x > {share_over})::int)" if share_over is not None else f"{agg}(a.x)"
    v = one(f"""SELECT {expr} FROM {_times(a_tp, b_tp, DIV[unit])} a WHERE {_in(period_col, start, end)}
                AND ({cond})""")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def step_time_diff(a_tp, b_tp, p1, p2, cond, unit="minute", period_col="a.sailing_date"):
    v1 = step_time(a_tp, b_tp, *p1, cond, unit=unit, period_col=period_col)["value"]
    v2 = step_time(a_tp, b_tp, *p2, cond, unit=unit, period_col=period_col)["value"]
    return dict(value=round(v1 - v2, 2), tolerance=round(max(0.5, 0.03 * (v1 + v2)), 2))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.5, period_col="a.ts"):
    rows = q(f"""SELECT {by}, median(a.x) m, count(*) n FROM {_times(a_tp, b_tp, DIV[unit])} a
                 WHERE {_in(period_col, start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY m DESC""")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- sailings ----------

def sailings_changed(start, end, cond="1=1"):
    v = one(f"""SELECT count(DISTINCT sailing_id) FROM events WHERE touchpoint_id = 'tp_itinerary_change'
                AND {_in('sailing_date', start, end)} AND ({cond})""")
    return dict(value=v, tolerance=0.5)


def sailed_share_changed(start, end, cond, reason="typhoon"):
    v = one(f"""SELECT avg((s.sailing_id IN (SELECT sailing_id FROM events WHERE touchpoint_id = 'tp_itinerary_change'
                AND change_reason = '{reason}'))::int)
                FROM (SELECT DISTINCT sailing_id, sailing_date, home_port FROM events WHERE touchpoint_id = 'tp_boarding') s
                WHERE {_in('s.sailing_date', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_changed(by, reason="typhoon", margin=1.5):
    rows = q(f"""SELECT {by}, count(DISTINCT sailing_id) n FROM events WHERE touchpoint_id = 'tp_itinerary_change'
                 AND change_reason = '{reason}' GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_share(tp, start, end, share_cond, cond="1=1"):
    v = one(f"SELECT avg(({share_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
            f"{_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {st}
                AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o LEFT JOIN customers c
                USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def revenue_share(share_cond, start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) FILTER (WHERE {share_cond}) / sum(o.amount) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


def per_boarded(order_cond, start, end, by, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, avg(coalesce(sp.s, 0)) v, count(*) n FROM {_first('tp_boarding')} a
                 LEFT JOIN (SELECT booking_id, sum(amount) s FROM orders o WHERE status = 'paid' AND ({order_cond})
                            GROUP BY 1) sp ON sp.booking_id = a.session_id
                 WHERE {_in('a.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    return dict(top_entity=_rank_top(rows, margin))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="rating", tol=0.02):
    v = one(f"SELECT avg(f.{col}) FROM feedback f WHERE f.{col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-04-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
QUEUE = _like("f.text", ["排队", "queue"])
FOOD = _like("f.text", ["餐", "吃", "菜", "food", "buffet", "dining"])
CLEAN = _like("f.text", ["干净", "卫生", "霉", "脏", "打扫", "clean", "dirty", "mould", "stain"])
TYPHOON = _like("f.text", ["台风", "typhoon"])
REFUND = _like("f.text", ["退款", "refund"])
TYPHOON_SAILINGS = ("(SELECT DISTINCT sailing_id FROM events WHERE touchpoint_id = 'tp_itinerary_change' "
                    "AND change_reason = 'typhoon')")
CHANGED_SAILINGS = "(SELECT DISTINCT sailing_id FROM events WHERE touchpoint_id = 'tp_itinerary_change')"
WAIT = ("tp_terminal", "tp_boarding")
REF = ("tp_cancel", "tp_refund")
ONBOARD = "o.order_type = 'onboard'"


def gold():
    return {
        # ---- online booking funnel
        "cr01": lambda: conv("booking", *Y25),
        "cr02": lambda: top_lost("booking", *quarter(2025, 3)),
        "cr03": lambda: conv("booking", *Y25, evcond="e.channel = 'app'"),
        "cr04": lambda: conv("booking", *Y25, evcond="e.channel = 'web'"),
        # ---- balance payment
        "cr05": lambda: rate("tp_deposit", "tp_full_pay", *Y25, period_col="a.sailing_date"),
        "cr06": lambda: rank_rate("tp_deposit", "tp_full_pay", *Y25, "a.booking_channel", missing=True,
                                  period_col="a.sailing_date", having="count(*) >= 100", margin=1.6),
        "cr07": lambda: events_at("tp_cancel", *Y25, "e.cancel_reason = 'unpaid_balance'"),
        # ---- documents
        "cr08": lambda: first_share("tp_doc_check", *Y25, "a.action = 'fail'"),
        "cr09": lambda: first_share("tp_doc_check", *Y25, "a.action = 'fail'", by="c.出行类型", margin=2.0),
        "cr10": lambda: first_share("tp_doc_check", *Y25, "a.action = 'fail'", cond="c.party_type = 'seniors'"),
        "cr11": lambda: top_events("tp_doc_check", "e.doc_fail_reason", "e.action = 'fail'"),
        # ---- boarding queue
        "cr12": lambda: step_time(*WAIT, *Y25, "a.home_port = 'Shanghai'", unit="minute",
                                  period_col="a.sailing_date"),
        "cr13": lambda: step_time(*WAIT, *Y25, "a.home_port = 'Tianjin'", unit="minute",
                                  period_col="a.sailing_date"),
        "cr14": lambda: rank_step_time(*WAIT, *Y25, "a.home_port", 100, unit="minute", period_col="a.sailing_date"),
        "cr15": lambda: step_time(*WAIT, *quarter(2026, 2), "a.home_port = 'Shanghai'", unit="minute",
                                  period_col="a.sailing_date", share_over=60),
        "cr16": lambda: step_time(*WAIT, *quarter(2026, 1), "a.home_port = 'Shanghai'", unit="minute",
                                  period_col="a.sailing_date", share_over=60),
        "cr17": lambda: step_time_diff(*WAIT, quarter(2026, 1), quarter(2026, 2), "a.home_port = 'Shanghai'"),
        # ---- typhoons and itinerary changes
        "cr18": lambda: sailings_changed(*Y25, "change_reason = 'typhoon'"),
        "cr19": lambda: sailed_share_changed(*quarter(2025, 3), "s.home_port = 'Xiamen'"),
        "cr20": lambda: top_changed("船名"),
        "cr21": lambda: fb_avg(f"f.channel = 'survey' AND f.sailing_id IN {TYPHOON_SAILINGS}"),
        "cr23": lambda: orders(*quarter(2025, 3), status="refunded", cond="o.order_type = 'shore_excursion'",
                               col="o.sailing_date"),
        # ---- refunds
        "cr24": lambda: step_time(*REF, *ALL, "a.booking_channel = 'travel_agent'"),
        "cr25": lambda: step_time(*REF, *ALL, "a.booking_channel = 'app'"),
        "cr26": lambda: step_time(*REF, *H2_25, share_over=14),
        "cr27": lambda: rank_step_time(*REF, *ALL, "a.booking_channel", 30),
        "cr28": lambda: orders(*Y25, status="refunded", cond="o.order_type = 'cabin_fare'", col="o.refunded_at"),
        # ---- money
        "cr30": lambda: orders(*Y25, cond="o.order_type = 'cabin_fare'"),
        "cr31": lambda: orders(*month(2025, 10)),
        "cr32": lambda: orders(*month(2025, 11)),
        "cr33": lambda: revenue_share("o.舱房等级 = '阳台房'", *Y25, "o.order_type = 'cabin_fare'"),
        "cr34": lambda: per_boarded("o.order_type = 'onboard'", *Y25, "a.cabin_class", 50, margin=1.2),
        "cr35": lambda: per_customer(*Y25),
        "cr36": lambda: per_customer(*Y25, f"{ONBOARD} AND c.loyalty_tier = 'platinum'"),
        "cr37": lambda: per_customer(*Y25, f"{ONBOARD} AND c.loyalty_tier = 'blue'"),
        "cr38": lambda: top_orders("o.母港", *Y25, cond="o.order_type = 'shore_excursion'"),
        "cr39": lambda: per_boarded("o.order_type = 'shore_excursion'", *ALL, "a.route_en", 100),
        "cr40": lambda: revenue_share("o.channel = 'travel_agent'", *Y25, "o.order_type = 'cabin_fare'"),
        "cr41": lambda: orders_change(H1_25, H1_26, "order_type = 'cabin_fare'"),
        # ---- shows
        "cr42": lambda: rate("tp_boarding", "tp_show", *quarter(2025, 4), "a.ship = 'OceanJoy Pearl'",
                             period_col="a.sailing_date"),
        "cr43": lambda: rate("tp_boarding", "tp_show", *quarter(2025, 4), "a.ship = 'OceanJoy Star'",
                             period_col="a.sailing_date"),
        # ---- feedback
        "cr45": lambda: fb_topic_count(QUEUE),
        "cr46": lambda: fb_topic_count(f"{FOOD} AND {NEG}"),
        "cr47": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "cr48": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30),
        "cr49": lambda: fb_topic_count(f"{CLEAN} AND {NEG} AND f.ship = 'OceanJoy Explorer' AND "
                                       f"{_in('f.ts', '2025-11-01', '2026-06-30')}"),
        "cr50": lambda: fb_avg(f"f.channel = 'survey' AND f.ship = 'OceanJoy Explorer' AND {_in('f.ts', *H1_26)}"),
        "cr51": lambda: fb_avg(f"f.channel = 'survey' AND f.ship = 'OceanJoy Explorer' AND {_in('f.ts', *H1_25)}"),
        "cr52": lambda: fb_ratio(NEG, "f.language = 'en'"),
        "cr53": lambda: feedback_ids(f"{REFUND} AND {NEG}"),
        "cr54": lambda: feedback_ids(TYPHOON),
        "cr55": lambda: fb_topic_count(TYPHOON),
        "cr56": lambda: fb_avg("f.channel = 'survey'", col="nps"),
        # ---- customers
        "cr58": lambda: customers_count(_in("c.signup_at", *Y25)),
        "cr60": lambda: top_customers("c.常住城市"),
        # ---- rebooking
        "cr61": lambda: conv("rebooking", *H1_25, readings=(False,)),
        "cr62": lambda: conv_by("rebooking", *H1_25, "c.出行类型", None, readings=(False,)),
        "cr63": lambda: conv_by("rebooking", *H1_25, "c.party_type", "family", readings=(False,)),
        # ---- volumes / periods
        "cr65": lambda: events_at("tp_deposit", "2025-03-03", "2025-03-09"),
        "cr66": lambda: events_at("tp_boarding", *month(2025, 10)),
        "cr67": lambda: events_at("tp_boarding", *month(2026, 6)),
        "cr68": lambda: events_at("tp_cancel", *H2_25),
        "cr69": lambda: events_change("tp_deposit", quarter(2025, 2), quarter(2025, 3)),
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
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
