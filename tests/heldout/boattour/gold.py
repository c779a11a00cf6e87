"""Gold answers for the 江游 RiverCruise (sightseeing boats and yacht charters) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (booking 7 d, trip 60 d, refund
  60 d, repeat 180 d); rates are per customer; the tolerance covers both readings of the period end (later steps
  allowed after the period end, or not), except for repeat-booking questions that name the 180-day window (later
  steps may fall after the period end). "Lost the most" = the step reached whose next step is not reached, largest
  count (the loss between step k and k+1 is attributed to step k). "<channel> events only" = the funnel over events
  with that event `channel` (app / ctrip / meituan);
- a booking = one `session_id` (BK000123) on every event of one booking attempt (search ... refund); hotel-concierge
  bookings start at the payment (no search / select events);
- per-booking rates take the first event of the named step per booking in the period (by its ts, or by
  `sailing_date` when the question says "sailings in" / "出发的班次") and look for the later event on the same booking
  at any time; "no-show rate" = paid bookings (tp_pay) for sailings in the period, weather-cancelled bookings
  (tp_cancel) excluded, that have a tp_noshow event;
- times between steps = per booking, first B ts - first A ts over bookings that reached both (pier wait = tp_checkin
  -> tp_boarding in minutes, period by the check-in ts; refund time = tp_cancel -> tp_refund in days, period by the
  cancellation ts); "more than X" is strict;
- sailing-level figures count each `sailing_id` once: weather-cancelled sailings = sailing ids with a tp_cancel event
  (period by sailing_date); departed sailings = sailing ids with a tp_depart event, delayed = action 'delayed'
  (delay_min per sailing);
- money = orders with status `paid` (refunded / refund_pending are no revenue) of all order types (ticket, charter,
  fnb, photo) unless the question names one, by order ts; "ticket revenue" = order_type 'ticket' (charters are
  separate); refunds paid out = amount of `refunded` orders by `refunded_at`; spend per customer = paid amount /
  customers with a paid order in the period; F&B per boarded booking = paid `fnb` orders of the booking (0 when
  none) averaged over bookings with a tp_boarding event in the period; traveller type, home province from customers;
- zh top-entity golds use the Chinese twins (水域, 码头, 船名, 旅客类型, 常住省份), en ones the English twins (river,
  pier, route_en, vessel, home_province) or raw ids / raw values (touchpoint_id, channel, app_version, cancel_reason);
- feedback: "survey" = channel 'survey'; "reviews" on a platform = channel ctrip_review / meituan_review /
  app_review; "feedback" / "comments" = all rows of all channels (all data includes rows without a date);
  negative share = `sentiment_label = 'neg'` over rows dated in the period (all rows when no period); topic counts by
  text markers with a 5 % tolerance; rating by step = feedback.touchpoint_id; English-speaking = feedback.language;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _rank_top(rows, margin):
    assert len(rows) >= 2 and rows[0][1] > rows[1][1] * margin, rows
    return rows[0][0]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], rows[0][1]


def funnel(journey, start, end, bounded=False, evcond="1=1"):
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP VIEW fev AS SELECT * FROM events e WHERE ({evcond}) {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, evcond="1=1", readings=(False, True)):
    vals = [(lambda c: c[-1] / c[0])(funnel(journey, start, end, bounded=b, evcond=evcond)) for b in readings]
    vals = vals * (3 - len(readings))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def step_conv(journey, start, end, k, drop=False):
    """Conversion from step k to step k+1 (1-based) of the journey funnel; drop=True gives 1 - that."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        r = c[k] / c[k - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_by(journey, start, end, by, key, margin=0.04, readings=(False, True)):
    res = {}
    steps, _ = _steps(journey)
    for bounded in readings:
        funnel(journey, start, end, bounded=bounded)
        for g, r in q(f"""SELECT {by}, avg((x.customer_id IS NOT NULL)::int) FROM r1 LEFT JOIN r{len(steps)} x
                          USING (customer_id) JOIN customers c USING (customer_id) GROUP BY 1"""):
            res.setdefault(g, []).append(r)
    if key is not None:
        v = res[key] * (3 - len(readings))
        return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))
    ranked = sorted(res.items(), key=lambda kv: -min(kv[1]))
    assert min(ranked[0][1]) - max(ranked[1][1]) > margin, ranked
    return dict(top_entity=ranked[0][0])


def top_lost(journey, start, end, evcond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, evcond=evcond)
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


CANCELLED = "(SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_cancel')"


def _rate_rows(a_tp, b_tp, start, end, cond="1=1", by=None, having="1=1", period_col="a.ts"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
              LEFT JOIN customers c USING (customer_id)
              WHERE {_in(period_col, start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", **kw):
    return dict(value=round(_rate_rows(a_tp, b_tp, start, end, cond, **kw)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", margin=1.3, **kw):
    return dict(top_entity=_rank_top(_rate_rows(a_tp, b_tp, start, end, cond, by=by, **kw), margin))


NOSHOW_BASE = f"a.session_id NOT IN {CANCELLED}"


def _times(a_tp, b_tp, div):
    return f"""(SELECT a.*, epoch(b.ts - a.ts) / {div} x FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.ts > a.ts)"""


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", share_over=None):
    expr = f"avg((a.x > {share_over})::int)" if share_over is not None else f"{agg}(a.x)"
    v = one(f"SELECT {expr} FROM {_times(a_tp, b_tp, DIV[unit])} a WHERE {_in('a.ts', start, end)} AND ({cond})")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.5):
    rows = q(f"""SELECT {by}, median(a.x) m, count(*) n FROM {_times(a_tp, b_tp, DIV[unit])} a
                 WHERE {_in('a.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- sailings ----------

def sailings_cancelled(start, end, cond="1=1"):
    v = one(f"""SELECT count(DISTINCT sailing_id) FROM events WHERE touchpoint_id = 'tp_cancel'
                AND {_in('sailing_date', start, end)} AND ({cond})""")
    return dict(value=v, tolerance=0.5)


def top_cancelled(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, count(DISTINCT sailing_id) n FROM events WHERE touchpoint_id = 'tp_cancel'
                 AND {_in('sailing_date', start, end)} GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


DEPARTED = "(SELECT DISTINCT sailing_id, sailing_date, river, pier, vessel, action, delay_min FROM events " \
           "WHERE touchpoint_id = 'tp_depart')"


def delayed_share(start, end, cond="1=1"):
    v = one(f"SELECT avg((s.action = 'delayed')::int) FROM {DEPARTED} s WHERE {_in('s.sailing_date', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def delay_avg(start, end):
    v = one(f"SELECT avg(s.delay_min) FROM {DEPARTED} s WHERE s.action = 'delayed' AND "
            f"{_in('s.sailing_date', start, end)}")
    return dict(value=round(v, 2), tolerance=round(v * 0.03, 2))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND ({cond}) AND {by} IS NOT NULL
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
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
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


def per_boarded(order_cond, start, end, by, min_n, margin=1.3):
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


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
QUEUE = _like("f.text", ["排队", "queue"])
CROWD = _like("f.text", ["挤", "人太多", "crowded", "packed"])
REFUND = _like("f.text", ["退款", "refund"])
GUIDE = _like("f.text", ["讲解", "commentary", "guide"])
NIGHT = _like("f.text", ["夜景", "night view", "skyline"])
WAIT = ("tp_checkin", "tp_boarding")
REF = ("tp_cancel", "tp_refund")


def gold():
    return {
        # ---- online booking funnel
        "bt01": lambda: conv("booking", *Y25),
        "bt02": lambda: top_lost("booking", *quarter(2025, 3)),
        "bt03": lambda: conv("booking", *Y25, evcond="e.channel = 'meituan'"),
        "bt04": lambda: conv("booking", *Y25, evcond="e.channel = 'app'"),
        "bt05": lambda: events_at("tp_pay_fail", *month(2025, 11), "e.device = 'android'"),
        "bt06": lambda: events_at("tp_pay_fail", *month(2025, 10), "e.device = 'android'"),
        "bt07": lambda: top_events("tp_pay_fail", "e.device", *month(2025, 11)),
        # ---- no-shows and the trip
        "bt09": lambda: rate("tp_pay", "tp_noshow", *Y25, NOSHOW_BASE, period_col="a.sailing_date"),
        "bt10": lambda: rank_rate("tp_pay", "tp_noshow", *Y25, "a.booking_channel", NOSHOW_BASE,
                                  period_col="a.sailing_date", having="count(*) >= 200", margin=1.5),
        "bt11": lambda: rate("tp_pay", "tp_noshow", *Y25, f"{NOSHOW_BASE} AND a.booking_channel = 'hotel_concierge'",
                             period_col="a.sailing_date"),
        "bt12": lambda: conv("trip", *H1_25),
        # ---- pier queue
        "bt13": lambda: step_time(*WAIT, "2025-07-01", "2025-08-31", "a.pier = 'Mopanshan Pier'", unit="minute"),
        "bt14": lambda: rank_step_time(*WAIT, *quarter(2025, 3), "a.pier", 80, unit="minute"),
        "bt15": lambda: step_time(*WAIT, *quarter(2025, 3), "a.pier = 'Mopanshan Pier'", unit="minute",
                                  share_over=30),
        "bt16": lambda: step_time(*WAIT, *quarter(2026, 1), "a.pier = 'Mopanshan Pier'", unit="minute",
                                  share_over=30),
        "bt18": lambda: step_time(*WAIT, "2025-10-01", "2025-10-07", "a.pier = 'Mopanshan Pier'", unit="minute"),
        # ---- weather and delays
        "bt19": lambda: sailings_cancelled(*Y25),
        "bt20": lambda: top_cancelled("水域", *Y25),
        "bt22": lambda: delayed_share(*quarter(2026, 1), "s.river = 'Huangpu'"),
        "bt23": lambda: delayed_share(*quarter(2026, 1), "s.river = 'Li River'"),
        "bt25": lambda: sailings_cancelled(*quarter(2026, 2)),
        # ---- refunds
        "bt26": lambda: step_time(*REF, *ALL, "a.booking_channel = 'hotel_concierge'"),
        "bt27": lambda: step_time(*REF, *ALL, "a.booking_channel = 'app'"),
        "bt28": lambda: step_time(*REF, *Y25, share_over=7),
        "bt29": lambda: orders(*Y25, status="refunded", col="o.refunded_at"),
        "bt30": lambda: rank_step_time(*REF, *ALL, "a.booking_channel", 30),
        # ---- money
        "bt31": lambda: orders(*Y25, cond="o.order_type = 'ticket'"),
        "bt32": lambda: orders_change(month(2024, 10), month(2025, 10)),
        "bt33": lambda: revenue_share("o.ticket_class = 'vip_deck'", *Y25, "o.order_type = 'ticket'"),
        "bt34": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'charter'"),
        "bt35": lambda: revenue_share("c.traveller_type = 'corporate'", *Y25, "o.order_type = 'charter'"),
        "bt36": lambda: per_boarded("o.order_type = 'fnb'", *Y25, "a.route_en", 200),
        "bt37": lambda: per_customer(*Y25),
        "bt38": lambda: per_customer(*Y25, "c.traveller_type = 'corporate'"),
        "bt39": lambda: top_orders("o.channel", *H1_26, "o.order_type = 'ticket'"),
        "bt40": lambda: rate("tp_boarding", "tp_photo", *Y25, "a.departure_type = 'night'"),
        "bt41": lambda: rate("tp_boarding", "tp_photo", *Y25, "a.departure_type = 'day'"),
        "bt42": lambda: events_at("tp_pay", "2025-03-03", "2025-03-09"),
        "bt43": lambda: orders(*month(2026, 6)),
        "bt45": lambda: orders_change(H1_25, H1_26),
        # ---- feedback
        "bt48": lambda: fb_topic_count(QUEUE),
        "bt49": lambda: fb_topic_count(f"{CROWD} AND {_in('f.ts', *H2_25)}"),
        "bt50": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "bt51": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 25),
        "bt52": lambda: fb_avg("f.channel = 'survey' AND f.language = 'en'"),
        "bt53": lambda: fb_avg("f.channel = 'survey' AND f.language = 'zh'"),
        "bt54": lambda: feedback_ids(f"{GUIDE} AND {NEG}"),
        "bt55": lambda: feedback_ids(f"{REFUND} AND {NEG}"),
        "bt56": lambda: fb_avg(f"f.channel = 'survey' AND f.vessel = 'RiverCruise No.1' AND "
                               f"f.departure_type = 'night' AND {_in('f.ts', *H2_25)}"),
        "bt57": lambda: fb_avg(f"f.channel = 'survey' AND f.vessel = 'RiverCruise No.1' AND "
                               f"f.departure_type = 'night' AND {_in('f.ts', *H1_25)}"),
        "bt58": lambda: fb_avg("f.channel = 'survey'", col="nps", tol=0.05),
        "bt59": lambda: fb_topic_count(NIGHT),
        "bt60": lambda: fb_ratio(NEG, "f.channel = 'meituan_review'"),
        "bt63": lambda: bottom_fb_avg("f.船名", f"f.channel = 'survey' AND {_in('f.ts', *H2_25)}", 40, margin=0.1),
        # ---- customers and repeat bookings
        "bt64": lambda: customers_count(_in("c.signup_at", *Y25)),
        "bt65": lambda: top_customers("c.home_province"),
        "bt67": lambda: conv("repeat", *H1_25, readings=(False,)),
        "bt68": lambda: conv_by("repeat", *H1_25, "c.旅客类型", None, readings=(False,)),
        "bt69": lambda: conv_by("repeat", *H1_25, "c.traveller_type", "tourist", readings=(False,)),
        # ---- step conversions, more periods
        "bt70": lambda: step_conv("trip", *H2_25, 2, drop=True),
        "bt71": lambda: step_conv("booking", *Y25, 2),
        "bt72": lambda: events_change("tp_pay", quarter(2025, 3), quarter(2025, 4)),
        "bt73": lambda: orders(*H1_26, cond="o.order_type = 'charter'"),
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
