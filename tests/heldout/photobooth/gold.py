"""Gold answers for the 拍立趣 SnapBooth held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 30 d, design 60 d, event_day 30 d,
  cancel_refund 30 d, repeat 180 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says later steps count. "Where do we lose
  the most" = the step whose next step is not reached by the most people (loss between k and k+1 belongs to step k).
  A funnel split by a customer attribute filters the step-1 people by it; "at least N people" = N step-1 people;
- a booking = one `session_id` (BK00123): tp_inquiry, tp_quote, tp_deposit, tp_design, tp_revision (0..n),
  tp_approve, tp_cancel / tp_refund, tp_balance, tp_arrive, tp_setup_done, tp_shoot, tp_printer_fault (0..n),
  tp_gallery, tp_claim (0..2), tp_refund, tp_review; tp_rebook carries the id of the booking it opens. An "event"
  (活动场次) = a booking with a tp_shoot, dated by the tp_shoot ts. Per-booking rates count bookings whose first
  event at step A falls in the period and look for step B in the same booking at any time; attributes (城市 / city,
  活动类型 / event_type, 套餐 / package, 团队类型 / crew_type, printer_model) are read from the step-A event;
- late arrival = tp_arrive with arrival_status 'late' (late_minutes >= 15), per event, dated by the arrival;
- times between steps = per booking, first B ts - first A ts, period by the date of A; days fractional (tolerance
  also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` by order ts (refunded deposits / add-ons are no revenue); revenue = deposits +
  balances + add-ons + damage fees; refunds = `refund_amount` of tp_refund events by refund date; spend per paying
  customer = paid amount / customers with >= 1 paid order in the period;
- customers as stored (state at the end of the data), new people by signup_at (= first touch); zh top entities are
  the Chinese twins (城市, 团队类型, 活动类型, 套餐, 获客渠道), en ones the English values or touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app reviews = channel `mini_program_review`; rating by touchpoint over rows with a
  rating; NPS questions use survey `nps` 0-10 (promoters 9-10);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; weeks run Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per person, DATA.md rule) ----------

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


def rank_conv(journey, start, end, by, margin=1.15, lowest=False, min_n=1, trap=False, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            rows.append((g, c[-1] / c[0] if c[0] else 0.0, c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        big = [r for r in rows if r[2] >= min_n]
        if lowest:
            assert big[1][1] > big[0][1] * margin, big[:3]
        else:
            assert big[0][1] > big[1][1] * margin, big[:3]
        if trap:
            assert rows[0][0] != big[0][0], rows[:3]
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = [r for r in sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by) if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_share(a_tp, b_tp, start, end, thr_days, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr_days})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def revisions_per_booking(start, end, cond="1=1", by=None, margin=1.3):
    """revisions per booking, over bookings with a deposit in the period that reached template approval."""
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(coalesce(r.n, 0)) v, count(*) n FROM {_first('tp_deposit')} a
                 JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_approve') ap USING (session_id)
                 LEFT JOIN (SELECT session_id, count(*) n FROM events WHERE touchpoint_id = 'tp_revision' GROUP BY 1) r
                 USING (session_id)
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY v DESC' if by else ''}""")
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        return dict(top_entity=rows[0][0])
    v = rows[0][0]
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.12):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      LEFT JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    has = f"list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')"
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND NOT {has}")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {has} AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic, period="1=1"):
    if HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-12-31")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
PARTY_SEASON = ("2025-12-01", "2026-01-31")
MAR_AUG_26 = ("2026-03-01", "2026-08-31")
(DISCOVER, INQUIRY, QUOTE, DEPOSIT, CANCEL, REFUND, DESIGN, REVISION, APPROVE, BALANCE, ARRIVE, SETUP, SHOOT, FAULT,
 GALLERY, CLAIM, REVIEW, REBOOK) = (
    "tp_discover", "tp_inquiry", "tp_quote", "tp_deposit", "tp_cancel", "tp_refund", "tp_design", "tp_revision",
    "tp_approve", "tp_balance", "tp_arrive", "tp_setup_done", "tp_shoot", "tp_printer_fault", "tp_gallery",
    "tp_claim", "tp_review", "tp_rebook")
APP = "f.channel = 'mini_program_review'"
LATE = "e.arrival_status = 'late'"
LATE_T = _like("f.text", ["迟到", "arrived late", "showed up late"])
PRINTER_T = _like("f.text", ["打印机", "printer"])
GALLERY_T = _like("f.text", ["电子相册", "gallery"])
REVISION_T = _like("f.text", ["改了", "改稿", "revision"])
DAMAGE_T = _like("f.text", ["索赔", "赔偿", "damage"])
STAFF_T = _like("f.text", ["热情", "friendly"])
TEMPLATE_T = _like("f.text", ["好看", "template"])
PRICE_T = _like("f.text", ["贵", "pricey", "expensive"])


def gold():
    return {
        # ---- funnels / conversion
        "pb01": lambda: conv("sales", *Y25),
        "pb02": lambda: top_lost("sales", *Q4_25),
        "pb03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "pb04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'referral'"),
        "pb05": lambda: rank_conv("sales", *Y25, by='c."获客渠道"', min_n=100, trap=True),
        "pb06": lambda: conv("design", *H2_25, unbounded_only=True),
        "pb07": lambda: rate(DEPOSIT, CANCEL, *Y25),
        "pb08": lambda: rate(CANCEL, REFUND, *Y25, b_cond="refund_reason = 'early_cancel'"),
        "pb09": lambda: rank_conv("repeat", *H1_25, by="c.customer_type", unbounded_only=True, margin=1.2),
        "pb10": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "pb11": lambda: conv("repeat", *H1_25, cond="c.customer_type = 'corporate'", unbounded_only=True),
        # ---- late arrivals
        "pb12": lambda: events_share(ARRIVE, LATE, *Y25),
        "pb13": lambda: top_events_share(ARRIVE, LATE, 'e."城市"', *PARTY_SEASON),
        "pb14": lambda: events_share(ARRIVE, LATE, *PARTY_SEASON, "e.city = 'Beijing'"),
        "pb15": lambda: events_share(ARRIVE, LATE, *PARTY_SEASON, "e.city = 'Shanghai'"),
        "pb16": lambda: events_avg(ARRIVE, "e.late_minutes", *Y25, "e.late_minutes >= 15"),
        "pb17": lambda: top_events_share(ARRIVE, LATE, 'e."团队类型"', *Y25, margin=1.4),
        "pb18": lambda: events_at(CLAIM, *Y25, "e.claim_type = 'late_arrival'"),
        "pb19": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.refund_reason = 'late_arrival'"),
        # ---- printers
        "pb20": lambda: rank_rate(SHOOT, FAULT, *MAR_AUG_26, by="a.printer_model", cond="a.printer_model IS NOT NULL",
                                  margin=2.0),
        "pb21": lambda: rate(SHOOT, FAULT, *MAR_AUG_26, "a.city = 'Shenzhen' AND a.package <> 'spin360'"),
        "pb22": lambda: rate(SHOOT, FAULT, *MAR_AUG_26, "a.city = 'Chengdu' AND a.package <> 'spin360'"),
        "pb23": lambda: fb_topic_count(PRINTER_T, "printer", period=_in("f.ts", *Y26)),
        # ---- gallery
        "pb24": lambda: step_days(SHOOT, GALLERY, *Q3_25),
        "pb25": lambda: step_days(SHOOT, GALLERY, *Q4_25),
        "pb26": lambda: step_share(SHOOT, GALLERY, *Q3_25, 7),
        "pb27": lambda: fb_topic_count(GALLERY_T, "gallery"),
        # ---- design
        "pb28": lambda: step_days(DEPOSIT, APPROVE, *Y25),
        "pb29": lambda: revisions_per_booking(*Y25, "a.event_type = 'wedding'"),
        "pb30": lambda: revisions_per_booking(*Y25, by="a.event_type"),
        # ---- money
        "pb32": lambda: orders(*Q4_25),
        "pb33": lambda: orders(*month(2025, 10)),
        "pb34": lambda: orders(*month(2025, 9)),
        "pb35": lambda: orders(*Y25, "o.order_type = 'addon'"),
        "pb36": lambda: orders(*H2_25, "o.order_type = 'damage_fee'"),
        "pb37": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        "pb38": lambda: top_orders('o."城市"', *Y25, margin=1.1),
        "pb39": lambda: top_orders("o.package", *Y25, "o.order_type IN ('deposit', 'balance')", margin=1.1),
        "pb40": lambda: orders_change(H1_25, H1_26),
        "pb41": lambda: per_customer(*Y25, "c.customer_type = 'corporate'"),
        "pb42": lambda: top_orders("o.addon", *Y25, "o.order_type = 'addon'", margin=1.3),
        # ---- volumes / trends
        "pb43": lambda: events_at(DEPOSIT, *month(2025, 12)),
        "pb44": lambda: events_at(SHOOT, *month(2025, 5)),
        "pb45": lambda: events_at(SHOOT, "2026-01-05", "2026-01-11"),
        "pb48": lambda: events_change(SHOOT, Q3_25, Q4_25),
        "pb49": lambda: events_at(SHOOT, *Y25, "e.\"活动类型\" = '年会'"),
        # ---- customers
        "pb50": lambda: customers_share("c.customer_type = 'corporate'"),
        "pb51": lambda: customers_count("c.region = 'Shanghai' AND c.customer_type = 'corporate'"),
        "pb52": lambda: customers_count(_in("c.signup_at", *Q2_25)),
        "pb53": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *Y25)),
        # ---- feedback
        "pb54": lambda: fb_topic_count(LATE_T, "late"),
        "pb55": lambda: top_fb_count("f.city", f"{LATE_T} AND {_in('f.ts', *PARTY_SEASON)}"),
        "pb56": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "pb57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pb58": lambda: rank_fb_avg("f.package", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.15, highest=True),
        "pb59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "pb60": lambda: fb_avg(f"f.channel = 'post_event_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pb61": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'post_event_survey' AND {_in('f.ts', *Y25)}"),
        "pb62": lambda: feedback_ids(f"{PRINTER_T} AND f.city = 'Shenzhen'"),
        "pb64": lambda: fb_topic_count(DAMAGE_T, "damage", period=_in("f.ts", *H1_26)),
        "pb65": lambda: fb_avg("f.channel = 'dianping_review'"),
        "pb66": lambda: fb_topic_count(STAFF_T, "staff"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((REVISION_T, "revisions"), (TEMPLATE_T, "template"), (PRICE_T, "price")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
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
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items, zh {n_zh}, en {len(items) - n_zh}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
