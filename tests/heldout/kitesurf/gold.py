"""Gold answers for the 御风 WindRider kite school held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial_booking 7 d, session_day 10 d,
  progression 120 d, cancel_refund 30 d, damage_dispute 30 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not) unless the question says later steps count. "The
  step that loses the most people" = the step k whose people most often do not reach step k+1, named by step k's
  touchpoint. A funnel split by a customer attribute filters step-1 people by it (attributes as stored at the end);
- a booking = one `session_id` (KB… trial bookings and course packs, RT… rentals, LK… lockers, SP… season passes);
  per-booking rates count bookings whose first event at step A falls in the period and look for step B in the same
  booking at any time; attributes (beach, product) are read from the step-A event;
- wind checks: one `tp_windcheck` row per planned session (windcheck_result go / no_wind / too_strong / storm); a
  weather cancellation = `tp_cancel` with cancel_reason `weather`; shares of wind checks are per row;
- step times: per booking, B ts - A ts in days (the tolerance also covers whole calendar days); for refunds A = the
  booking's last weather cancellation before the refund (the cancellation that led to it);
- money = orders with status `paid` by order ts (refunded trial fees and waived damage charges are no revenue);
  refunds paid out = `refund_amount` of tp_refund by refund date; spend per paying customer = paid amount / customers
  with a paid order in the period;
- feedback: topic counts by text markers (one per language, README) with a 5 % tolerance, checked against
  _truth/feedback_truth.csv; "all data" includes undated rows, dated periods use ts; post-lesson ratings = channel
  `lesson_rating` (1-5); instructor ratings by feedback.instructor (en) / 教练 (zh); season-pass NPS = channel
  `pass_survey` (0-10), NPS = share 9-10 minus share 0-6;
- the A/B test wind_guarantee_2026: conversion = share of assigned customers with a tp_pay within 7 days after
  assigned_at;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; zh top entities are the Chinese twins (beach, 教练, 获客渠道, 产品),
  en ones the English values (beach_en, instructor, acquisition_channel, touchpoint_id).
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                "all_varchar=true)")


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


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for gv in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{gv}'")
            if c[0] >= min_n:
                rows.append((gv, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking (session_id) ----------

def _first(tp, last=False):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts {'DESC' if last else ''}, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return q(f"""SELECT avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond})""")[0]


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return _rate(sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0])


def refund_time(start, end, cond="1=1"):
    """median days from the booking's last weather cancellation before the refund to the refund (by refund date)."""
    base = f"""FROM {_first('tp_refund')} r JOIN customers c ON c.customer_id = r.customer_id
               JOIN LATERAL (SELECT max(x.ts) AS tc FROM events x WHERE x.session_id = r.session_id
                             AND x.touchpoint_id = 'tp_cancel' AND x.cancel_reason = 'weather'
                             AND x.ts < r.ts) k ON TRUE
               WHERE {_in('r.t', start, end)} AND ({cond})"""
    v = one(f"SELECT median(epoch(r.ts - k.tc) / 86400.0) {base}")
    w = one(f"SELECT median(date_diff('day', k.tc::DATE, r.ts::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                      f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
                     f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events(tp, by, start, end, cond="1=1", agg="count(*)", margin=1.2, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, {agg} v, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers / experiments ----------

def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def orders_share(num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                     f"AND ({cond})"))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def _exp_rows(days=7):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = x.customer_id
                    AND p.touchpoint_id = 'tp_pay' AND p.ts >= x.assigned_at
                    AND p.ts <= x.assigned_at + INTERVAL {days} DAY))::int) v, count(*) n
                 FROM experiments x WHERE x.experiment_id = 'wind_guarantee_2026' GROUP BY 1 ORDER BY v DESC""")


def exp_rate(variant):
    return _rate([r[1] for r in _exp_rows() if r[0] == variant][0])


def exp_winner(margin=1.15):
    rows = _exp_rows()
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------
MARKERS = {  # topic: (zh marker, en marker)
    "weather_cancel": ("被取消", "cancelled"), "refund_slow": ("退款", "refund"), "damage_fee": ("赔偿", "damage fee"),
    "locker": ("储物柜", "locker"), "impatient": ("不耐烦", "impatient"), "gear_old": ("装备旧", "worn out"),
    "price": ("太贵", "pricey"), "pro": ("专业", "professional"), "flying": ("飞起来", "got up"),
}


def T(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def checks():
    for topic in MARKERS:
        cond = T(topic)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {cond} "
                    f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE NOT {cond} "
                     f"AND list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
        assert extra == 0 and missed == 0, (topic, extra, missed)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.channel = 'pass_survey' "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb(by, cond, min_n, agg="avg(f.rating)", margin=0.2, highest=False, trap=False):
    rows = q(f"SELECT {by}, {agg} a, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
GALE = ("2025-12-01", "2026-01-31")
CALM = ("2025-07-01", "2025-08-31")
MN_NEW = ("2025-11-01", "2026-07-31")
YTD26 = ("2026-01-01", "2026-07-31")
RATE = "f.channel = 'lesson_rating'"
NOGO = "e.windcheck_result <> 'go'"
WEATHER = "a.cancel_reason = 'weather'"
TRIAL_A = "a.product = 'trial'"


def gold():
    return {
        # ---- funnels
        "ks01": lambda: conv("trial_booking", *Y25),
        "ks02": lambda: top_lost("trial_booking", *H1_26),
        "ks03": lambda: rank_conv("trial_booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "ks04": lambda: conv("trial_booking", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ks05": lambda: conv("session_day", *Q4_25),
        "ks06": lambda: conv("progression", *H1_25, unbounded_only=True),
        "ks07": lambda: rank_conv("progression", *H1_25, by='c."获客渠道"', margin=1.2, unbounded_only=True),
        "ks08": lambda: conv("damage_dispute", *H1_26),
        "ks09": lambda: rate("tp_cancel", "tp_refund", *Y25, f"{TRIAL_A} AND {WEATHER}"),
        "ks10": lambda: rate("tp_cancel", "tp_refund", *Y25, f"{TRIAL_A} AND {WEATHER} "
                                                              "AND c.acquisition_channel = 'meituan'"),
        # ---- wind / weather
        "ks11": lambda: events_share("tp_windcheck", "e.windcheck_result = 'too_strong'", *GALE, "e.beach_id = 'PT'"),
        "ks12": lambda: events_share("tp_windcheck", "e.windcheck_result = 'too_strong'", *GALE, "e.beach_id = 'LS'"),
        "ks13": lambda: events_share("tp_windcheck", "e.windcheck_result = 'no_wind'", *CALM, "e.beach_id = 'QD'"),
        "ks14": lambda: top_events("tp_windcheck", "e.beach", *Y25, agg=f"avg(({NOGO})::int)", margin=1.2),
        "ks15": lambda: events_at("tp_cancel", *month(2025, 12), "e.cancel_reason = 'weather'"),
        "ks16": lambda: events_at("tp_cancel", *month(2025, 8), "e.windcheck_result = 'no_wind' AND e.beach_id = 'QD'"),
        "ks17": lambda: refund_time(*Y25, "c.acquisition_channel = 'meituan'"),
        "ks18": lambda: refund_time(*Y25, "c.acquisition_channel <> 'meituan'"),
        "ks19": lambda: events_sum("tp_refund", "e.refund_amount", *Q4_25),
        # ---- money
        "ks20": lambda: orders(*Y25),
        "ks21": lambda: orders(*month(2026, 7)),
        "ks22": lambda: orders(*month(2026, 6)),
        "ks23": lambda: orders_change(H1_25, H1_26),
        "ks24": lambda: top_orders('o."订单类型"', *Y25, margin=1.2),
        "ks25": lambda: orders(*Q3_25, "o.order_type = 'rental'"),
        "ks26": lambda: orders(*Y25, "o.order_type = 'season_pass'"),
        "ks27": lambda: orders(*YTD26, "o.order_type = 'damage_charge'"),
        "ks28": lambda: orders(*Y25, "o.order_type = 'damage_charge' AND o.beach_id = 'MN'"),
        "ks29": lambda: per_customer(*Y25),
        "ks30": lambda: per_customer(*Y25, "c.acquisition_channel = 'referral'"),
        "ks31": lambda: orders(*Y25, "o.order_type = 'locker'"),
        "ks32": lambda: orders(*Y25, "o.order_type = 'course_pack'"),
        "ks33": lambda: orders_share("o.amount < o.list_price", *Y25, "o.order_type = 'trial'"),
        # ---- volumes
        "ks35": lambda: events_at("tp_trial_book", *month(2026, 3)),
        "ks36": lambda: events_change("tp_pay", Q1_26, Q2_26),
        "ks37": lambda: events_at("tp_find", "2026-05-11", "2026-05-17"),
        "ks39": lambda: events_at("tp_iko_cert", *Y25, "e.iko_level = 'L3'"),
        "ks40": lambda: top_events("tp_cancel", "e.beach", *month(2025, 12), "e.cancel_reason = 'weather'", margin=1.5),
        # ---- customers
        "ks41": lambda: customers_share("c.acquisition_channel = 'douyin'"),
        "ks42": lambda: customers_count("c.region = 'Shanghai' AND c.tier = 'gold'"),
        "ks43": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "ks44": lambda: customers_count("c.rider_level = 'L3'"),
        # ---- rental / damage / disputes
        "ks45": lambda: events_share("tp_rental", "e.rental_unit = 'hour'", *Y25),
        "ks46": lambda: events_share("tp_rental", "e.pass_used", *Y25),
        "ks47": lambda: rate("tp_rental", "tp_damage", *MN_NEW, "a.beach_id = 'MN'"),
        "ks48": lambda: rate("tp_rental", "tp_damage", *MN_NEW, "a.beach_id <> 'MN'"),
        "ks49": lambda: top_events("tp_dispute", "e.beach_en", "2025-01-01", "2026-07-31", margin=2),
        "ks50": lambda: events_share("tp_dispute", "e.outcome = 'upheld'", *MN_NEW, "e.beach_id = 'MN'"),
        "ks51": lambda: top_events("tp_damage", "e.damage_type", "2025-01-01", "2026-07-31", "e.beach_id = 'MN'"),
        # ---- ratings / feedback
        "ks53": lambda: rank_fb('f."教练"', f"{RATE} AND {_in('f.ts', *Y25)}", 50, margin=0.5),
        "ks54": lambda: rank_fb("f.instructor", f"{RATE} AND {_in('f.ts', *Y25)}", 50, margin=0.15, highest=True),
        "ks55": lambda: rank_fb("f.instructor", RATE, 30, margin=0.5, trap=True),
        "ks56": lambda: fb_avg(f"{RATE} AND {_in('f.ts', *Y25)}"),
        "ks57": lambda: fb_ratio("f.rating <= 2", f"{RATE} AND {_in('f.ts', *Y25)}"),
        "ks58": lambda: fb_count(T("impatient")),
        "ks59": lambda: top_fb_count('f."教练"', T("impatient")),
        "ks60": lambda: fb_count(T("damage_fee")),
        "ks61": lambda: top_fb_count("f.beach", T("damage_fee")),
        "ks62": lambda: fb_count(T("locker")),
        "ks63": lambda: top_fb_count("f.beach_en", T("locker")),
        "ks64": lambda: feedback_ids(f"{T('locker')} AND f.beach_id = 'QD'"),
        "ks65": lambda: fb_count(T("weather_cancel"), _in("f.ts", *Y25)),
        "ks66": lambda: fb_count(T("refund_slow")),
        "ks67": lambda: nps("1=1"),
        "ks68": lambda: rank_fb("f.beach_en", "f.channel = 'pass_survey'", 10, agg="avg(f.nps)", margin=0.5),
        "ks69": lambda: fb_avg(f"{RATE} AND f.beach_id = 'PT' AND {_in('f.ts', *GALE)}"),
        # ---- A/B
        "ks71": lambda: exp_rate("wind_guarantee"),
        "ks72": lambda: exp_rate("control"),
        "ks73": lambda: exp_winner(),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks()
    fns = gold()
    if not batch.exists():
        for k, fn in fns.items():
            try:
                print(k, fn())
            except AssertionError as e:
                print("FAILED", k, e)
        return 0
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        try:
            got = fn()
        except AssertionError as e:
            failed.append(it["id"])
            print("FAILED", it["id"], e)
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    print("langs:", {lang: sum(it["lang"] == lang for it in items) for lang in ("zh", "en")}, "n =", len(items))
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
