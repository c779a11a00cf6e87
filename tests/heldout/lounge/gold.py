"""Gold answers for the 候机宝 LoungeGo (airport lounge access app) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (activation 60 d, booking_to_entry 2 d,
  visit_to_rating 1 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where / at which step do we lose the most" = the step reached whose next step is not reached,
  largest count; drop-off rate at a step = 1 - reached(next) / reached(step).
- a customer is an app account; traveller type, home city, card bank, acquisition channel come from customers.
  zh top-entity golds use the Chinese values (lounge_name, 机场, card_bank, 订单类型, 获客渠道, 旅客类型, home_city),
  en ones the English values (lounge_name_en, airport, card_bank_en, order_type, acquisition_channel, traveller_type,
  home_city_en, touchpoint_id).
- a door scan = one `tp_entry` (QR accepted, 入厅) or `tp_entry_denied` (turned away, 被拒) event; a lounge visit /
  entry (进厅, 入厅) = one `tp_entry` event; its booking, dining, shower, nap, exit and rating share the session_id
  (visit id). Rejection rate = denied scans / all scans (by reason when the question names one). "Booked" = the
  visit has a `tp_booking` event. Stay = entry -> exit (minutes); booking lead time = booking -> entry (hours).
- sign-up = `tp_register`; access = `tp_access` (card linked or first pass bought); time to first entry = the
  customer's first `tp_entry` after sign-up.
- money = orders with status `paid` (CNY), by order date; revenue = all paid orders; pass revenue = order_type
  single_pass + pack_10 + annual; spend per paying customer = paid amount / distinct customers with a paid order.
  Refund share of single passes = refunded / (paid + refunded), cancelled (unpaid timeouts) left out. Refund time
  = refund_requested_at -> refunded_at, by the request date.
- annual membership: first year = the first paid annual order (is_renewal false); renewed = a paid renewal
  (is_renewal true) of the same customer within 380 days; only members whose first year ended by 2026-06-30.
  Packs: days from a customer's first paid pack_10 order to their second.
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period (no period: dated or not, both inside the tolerance);
  topic counts by text markers with a 5 % tolerance; ratings by step = feedback.touchpoint_id over rows with a rating;
  lounge ratings = `tp_rating` events (each is also a survey feedback row with the same rating and lounge).
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchall()[0][0] == 0
    CON.execute("""CREATE TABLE scans AS
        SELECT s.session_id, s.customer_id, s.ts, s.touchpoint_id = 'tp_entry' AS entered, s.reject_reason,
               s.lounge_name, s.lounge_name_en, s.airport, s."机场", s.flight_type, s.entitlement, s.device,
               s.app_version, coalesce(s.guests, 0) AS guests,
               c.traveller_type, c."旅客类型", c.acquisition_channel, c."获客渠道", c.card_bank, c.card_bank_en,
               c.card_level, c.home_city, c.home_city_en,
               b.t_book, x.t_exit, sh.session_id IS NOT NULL AS showered
        FROM events s JOIN customers c USING (customer_id)
        LEFT JOIN (SELECT session_id, min(ts) t_book FROM events WHERE touchpoint_id = 'tp_booking' GROUP BY 1) b
             USING (session_id)
        LEFT JOIN (SELECT session_id, min(ts) t_exit FROM events WHERE touchpoint_id = 'tp_exit' GROUP BY 1) x
             USING (session_id)
        LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_shower') sh USING (session_id)
        WHERE s.touchpoint_id IN ('tp_entry', 'tp_entry_denied')""")


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


def rate_val(v, spread=0.0):
    return dict(value=round(float(v), 4), tolerance=round(max(0.01, spread + 0.005), 4))


def num_val(v, rel=0.03, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    a, b = rows[0][1], rows[1][1]
    ok = a > b * margin if higher else b - a > margin
    assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", a=0, b=-1, drop=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        r = c[b] / c[a]
        vals.append(1 - r if drop else r)
    return rate_val(vals[0], abs(vals[0] - vals[1]))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def lowest_conv(journey, start, end, by, values, margin=0.03):
    rows = []
    for v in values:
        c = funnel(journey, start, end, f"{by} = '{v}'")
        rows.append((v, c[-1] / c[0]))
    rows.sort(key=lambda r: r[1])
    return top(rows, margin, higher=False)


# ---------- scans and visits ----------

def scans(start, end, agg, cond="1=1"):
    return one(f"SELECT {agg} FROM scans s WHERE {_in('s.ts', start, end)} AND ({cond})")


def scan_rate(num, start, end, cond="1=1"):
    return rate_val(scans(start, end, f"avg(coalesce({num}, false)::int)", cond))


def entries(start, end, cond="1=1"):
    return count_val(scans(start, end, "count(*)", f"s.entered AND ({cond})"))


def top_scan_rate(num, by, start, end, min_n, margin=1.3, cond="1=1", trap=True):
    sql = f"""SELECT {by}, avg(coalesce({num}, false)::int) r, count(*) n FROM scans s
              WHERE {_in('s.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if trap:    # letting small groups in must change the winner (the minimum size matters)
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


def median_stay(start, end, cond="1=1"):
    return num_val(scans(start, end, "median(epoch(s.t_exit - s.ts) / 60.0)", f"s.entered AND ({cond})"))


def book_lead(start, end, agg="median(h)"):
    return num_val(one(f"""SELECT {agg} FROM (SELECT epoch(s.ts - s.t_book) / 3600.0 h FROM scans s
                            WHERE s.entered AND s.t_book IS NOT NULL AND {_in('s.ts', start, end)})"""))


def visits_per_customer(start, end, cond="1=1"):
    return num_val(scans(start, end, "count(*) / count(DISTINCT s.customer_id)", f"s.entered AND ({cond})"), 0.01)


def top_visits_per_customer(by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, count(*) / count(DISTINCT s.customer_id) v FROM scans s WHERE s.entered
                 AND {_in('s.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    return top(rows, margin)


# ---------- onboarding timing ----------

ONB = """(SELECT r.customer_id, r.ts t_reg, c.acquisition_channel, c.traveller_type,
          (SELECT min(a.ts) FROM events a WHERE a.customer_id = r.customer_id AND a.touchpoint_id = 'tp_access') t_acc,
          (SELECT min(e.ts) FROM events e WHERE e.customer_id = r.customer_id AND e.touchpoint_id = 'tp_entry'
           AND e.ts > r.ts) t_ent
          FROM events r JOIN customers c USING (customer_id) WHERE r.touchpoint_id = 'tp_register')"""


def reg_to_entry_median(start, end):
    return num_val(one(f"SELECT median(epoch(t_ent - t_reg) / 86400.0) FROM {ONB} o WHERE t_ent IS NOT NULL "
                       f"AND {_in('o.t_reg', start, end)}"))


def reg_to_access_share(start, end, days):
    return rate_val(one(f"SELECT avg((epoch(t_acc - t_reg) / 86400.0 > {days})::int) FROM {ONB} o "
                        f"WHERE t_acc IS NOT NULL AND {_in('o.t_reg', start, end)}"))


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def entries_change(a, b):
    x = scans(*a, "count(*)", "s.entered")
    y = scans(*b, "count(*)", "s.entered")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def refund_share(start, end, otype="single_pass"):
    return rate_val(one(f"""SELECT avg((o.status = 'refunded')::int) FROM orders o WHERE o.order_type = '{otype}'
                            AND o.status IN ('paid', 'refunded') AND {_in('o.ts', start, end)}"""))


def refund_time(start, end, agg="avg(d)"):
    v = one(f"""SELECT {agg} FROM (SELECT epoch(o.refunded_at - o.refund_requested_at) / 86400.0 d FROM orders o
                WHERE o.status = 'refunded' AND {_in('o.refund_requested_at', start, end)})""")
    return rate_val(v) if agg.startswith("avg((") else num_val(v)


def refunded_amount(start, end, reason):
    a = one(f"SELECT sum(amount) FROM orders o WHERE status = 'refunded' AND refund_reason = '{reason}' "
            f"AND {_in('o.refund_requested_at', start, end)}")
    b = one(f"SELECT sum(amount) FROM orders o WHERE status = 'refunded' AND refund_reason = '{reason}' "
            f"AND {_in('o.ts', start, end)}")
    return dict(value=round(float(a), 2), tolerance=round(max(0.05, abs(a - b) + 1), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


ANNUAL = """(SELECT f.customer_id, f.ts, c.traveller_type, c."旅客类型", c.home_city, c.home_city_en,
            EXISTS (SELECT 1 FROM orders r WHERE r.customer_id = f.customer_id AND r.order_type = 'annual'
                    AND r.status = 'paid' AND r.is_renewal AND r.ts > f.ts
                    AND r.ts <= f.ts + INTERVAL 380 DAY) AS renewed
            FROM (SELECT customer_id, min(ts) ts FROM orders WHERE order_type = 'annual' AND status = 'paid'
                  AND NOT is_renewal GROUP BY 1) f JOIN customers c USING (customer_id)
            WHERE f.ts + INTERVAL 365 DAY <= TIMESTAMP '2026-06-30 23:59:59')"""


def renew_rate(cond="1=1", start="2025-01-01", end="2026-06-30"):
    return rate_val(one(f"SELECT avg(renewed::int) FROM {ANNUAL} a WHERE {_in('a.ts', start, end)} AND ({cond})"))


def top_renew(by, min_n, margin=1.15):
    sql = f"""SELECT {by}, avg(renewed::int) r, count(*) n FROM {ANNUAL} a GROUP BY 1 HAVING count(*) >= {{n}}
              ORDER BY r DESC, n DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    allr = q(sql.format(n=1))
    assert allr[0][0] != rows[0][0], allr[:3]
    return res


def pack_gap(cond="1=1"):
    return num_val(one(f"""SELECT median(epoch(p2 - p1) / 86400.0) FROM (
        SELECT o.customer_id, min(o.ts) p1, (list(o.ts ORDER BY o.ts))[2] p2 FROM orders o
        JOIN customers c USING (customer_id) WHERE o.order_type = 'pack_10' AND o.status = 'paid' AND ({cond})
        GROUP BY 1 HAVING count(*) >= 2)"""))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.03):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, both=False):
    a = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    if not both:
        return rate_val(a)
    b = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond} AND f.ts IS NOT NULL")
    return rate_val(a, abs(a - b))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


def top_lounge_rating(col, min_n, margin=0.15, best=True):
    sql = f"""SELECT {col}, avg(rating) a, count(*) n FROM events WHERE touchpoint_id = 'tp_rating' GROUP BY 1
              HAVING count(*) >= {{n}} ORDER BY a {'DESC' if best else 'ASC'}"""
    rows = q(sql.format(n=min_n))
    assert abs(rows[0][1] - rows[1][1]) > margin, rows[:3]
    if best:    # letting small lounges in must change the winner
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
COLD_T = _like("f.text", ["凉", "cold"])
CROWD_T = _like("f.text", ["人太多", "太挤", "crowded"])
QR_T = _like("f.text", ["二维码", "qr"])
RUDE_T = _like("f.text", ["态度", "rude"])
SHOWER_T = _like("f.text", ["淋浴", "shower"])
ELIG_T = _like("f.text", ["不符合", "not eligible"])
OW = "s.lounge_name_en = 'PVG T2 Oriental Wing Lounge'"
FULL = "s.reject_reason = 'lounge_full'"
CITIC_CARD = "s.card_bank_en = 'CITIC' AND s.entitlement = 'card'"
PASSES = "o.order_type IN ('single_pass', 'pack_10', 'annual')"


def gold():
    return {
        # ---- funnels
        "lg01": lambda: conv("activation", *Y25),
        "lg02": lambda: top_lost("activation", *Y25, "c.acquisition_channel = 'ctrip'"),
        "lg03": lambda: top_lost("activation", *Y25, "c.acquisition_channel = 'bank_perk'"),
        "lg04": lambda: conv("activation", *H2_25, a=1, b=2),
        "lg05": lambda: lowest_conv("activation", *Y25, "c.acquisition_channel",
                                    ["bank_perk", "airline_app", "ctrip", "friend_referral"]),
        "lg06": lambda: conv("booking_to_entry", *Q1_26),
        "lg07": lambda: conv("visit_to_rating", *H2_25, a=1, b=2, drop=True),
        "lg08": lambda: conv("visit_to_rating", *H1_26, a=1, b=2, drop=True),
        # ---- time between steps
        "lg09": lambda: book_lead(*Y25),
        "lg10": lambda: median_stay(*Q3_25, OW),
        "lg11": lambda: median_stay(*Q2_25, OW),
        "lg12": lambda: reg_to_entry_median(*H1_25),
        "lg13": lambda: refund_time("2025-11-01", "2025-12-31"),
        "lg14": lambda: refund_time("2025-09-01", "2025-10-31"),
        "lg15": lambda: refund_time("2025-11-01", "2025-12-31", "avg((d > 3)::int)"),
        "lg16": lambda: pack_gap("c.traveller_type = 'frequent_flyer'"),
        "lg17": lambda: pack_gap("c.traveller_type = 'business'"),
        "lg18": lambda: reg_to_access_share(*Y25, 7),
        # ---- per customer
        "lg19": lambda: visits_per_customer(*Y25),
        "lg20": lambda: per_customer(*Y25),
        "lg21": lambda: visits_per_customer(*H1_26, "s.entitlement = 'annual'"),
        # ---- shares
        "lg23": lambda: scan_rate(FULL, *Q3_25, OW),
        "lg24": lambda: scan_rate(FULL, *Q3_25, f"{OW} AND s.t_book IS NOT NULL"),
        "lg26": lambda: scan_rate("s.reject_reason = 'card_not_eligible'", *Q4_25, CITIC_CARD),
        "lg27": lambda: scan_rate("s.reject_reason = 'card_not_eligible'", *Q3_25, CITIC_CARD),
        "lg28": lambda: scan_rate("s.t_book IS NOT NULL", *Y25, "s.entered"),
        "lg29": lambda: scan_rate("s.showered", *Y25, "s.entered AND s.flight_type = 'international'"),
        "lg30": lambda: refund_share(*Y25),
        # ---- rankings
        "lg32": lambda: top_scan_rate(FULL, "s.lounge_name_en", *ALL, 100, margin=1.6),
        "lg33": lambda: bottom_fb_avg('f."机场"', "f.touchpoint_id = 'tp_dining'", 20, margin=0.5),
        "lg34": lambda: top_lounge_rating("lounge_name_en", 30),
        "lg35": lambda: top_scan_rate("s.reject_reason IS NOT NULL", "s.card_bank", *Q4_25, 30, margin=1.5,
                                      cond="s.entitlement = 'card'", trap=False),
        "lg36": lambda: top_orders("c.traveller_type", *Y25, agg="count(*)", cond="o.order_type = 'pack_10'"),
        "lg37": lambda: top_orders('o."订单类型"', *Y25, margin=1.05),
        "lg38": lambda: top_lounge_rating("lounge_name", 30, best=False),
        "lg39": lambda: top_visits_per_customer('s."获客渠道"', *Y25),
        # ---- single values
        "lg41": lambda: entries(*month(2025, 10)),
        "lg42": lambda: entries("2025-03-03", "2025-03-09"),
        "lg43": lambda: orders(*Q2_26, cond=PASSES),
        "lg44": lambda: orders(*Q1_26, agg="count(*)", cond="o.order_type = 'annual'"),
        "lg45": lambda: refunded_amount(*month(2025, 9), "flight_cancelled"),
        "lg46": lambda: orders(*H2_25, agg="count(*)", cond="o.order_type = 'shower_addon'"),
        # ---- comparisons
        "lg48": lambda: orders_change(Q2_25, Q2_26),
        "lg49": lambda: entries_change(H1_25, H2_25),
        "lg50": lambda: renew_rate("a.traveller_type = 'frequent_flyer'"),
        "lg51": lambda: renew_rate("a.traveller_type = 'business'"),
        # ---- trends with a value
        "lg53": lambda: count_val(scans("2026-03-16", "2026-03-22", "count(*)",
                                        "s.reject_reason = 'qr_error' AND s.device = 'android'")),
        "lg54": lambda: count_val(scans("2026-03-16", "2026-03-22", "count(*)",
                                        "s.reject_reason = 'qr_error' AND s.device = 'ios'")),
        # ---- feedback
        "lg56": lambda: fb_count(COLD_T),
        "lg57": lambda: fb_count(f"{QR_T} AND {_in('f.ts', *month(2026, 3))}"),
        "lg58": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "lg59": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "lg60": lambda: fb_avg("f.touchpoint_id = 'tp_shower'"),
        "lg62": lambda: top_fb_count("f.lounge_name", RUDE_T),
        "lg63": lambda: feedback_ids(f"{SHOWER_T} AND f.sentiment_label = 'pos'"),
        "lg64": lambda: fb_ratio(NEG, "f.language = 'en'", both=True),
        "lg65": lambda: fb_count(CROWD_T),
        "lg66": lambda: fb_count(f"{ELIG_T} AND {_in('f.ts', *Q4_25)}"),
        # ---- relative periods
        "lg75": lambda: orders(*month(2026, 6)),
        "lg77": lambda: orders(*month(2026, 6), agg="count(*)", cond="o.order_type = 'pack_10'"),
        "lg78": lambda: orders(*month(2026, 5), agg="count(*)", cond="o.order_type = 'pack_10'"),
        "lg79": lambda: count_val(scans("2026-03-30", "2026-04-05", "count(*)", "NOT s.entered")),
        "lg80": lambda: count_val(one(f"SELECT count(DISTINCT customer_id) FROM events e "
                                      f"WHERE e.touchpoint_id = 'tp_register' AND {_in('e.ts', *H1_26)}")),
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
