"""Gold answers for the 轮季 TyreSeason tyre-hotel held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k with an event at step k's touchpoint
  (any action) after reaching step k-1, within the journey window from their first step-1 event in the period
  (onboarding 21 d, dealer_onboarding 30 d, seasonal_swap 30 d, tyre_replacement 30 d). The tolerance covers both
  readings (later steps may fall after the period end, or not). A funnel "for a depot" filters the person's first
  step-1 event in the period by that event's depot_id; "by acquisition channel" filters the step-1 people by
  customers.acquisition_channel. "Where do we lose the most" = the step whose next step is not reached by the most
  people (answer: that step's touchpoint_id). Step-to-step rates = people at step k+1 / people at step k of the same
  funnel. "Users" / "customers" = distinct customer_id;
- shares of a step's own records are shares of that touchpoint's events in the period: rim damage = tp_swap
  'completed' events with damage_report 'rim_scratch'; replacement advised = tp_inspection action 'replace_advised'
  among tp_inspection events; report opened = tp_tread_report opened = true; no-shows = tp_appointment 'no_show'
  events; swaps done = tp_swap 'completed' events; waits = tp_pickup wait_min (minutes); tyres not found =
  tp_swap 'delayed' with retrieval_issue 'not_found';
- money = orders with status 'paid' by order ts, `amount` in CNY (CAD / NOK / EUR converted at the fixed group rate);
  "in Norwegian kroner" etc. = amount_local of that depot; revenue includes storage plans, swap fees, balancing
  add-ons and replacement tyre sales; average order value = paid amount / paid orders of that kind;
- zh top entities are Chinese values (depot, vehicle_make, 获客渠道 ...), en ones English values (depot_en,
  acquisition_channel, tyre_brand_en ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey, app_review, dianping, google_review; negative = rating 1-2;
  NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday;
  the autumn season = October-November, spring = March-May unless the question gives dates.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
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
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """people reaching each step; cond may use e.* (the first step-1 event in the period) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """later=True: the question says later steps count (its window runs past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def funnel_count(journey, start, end, k, cond="1=1"):
    a = funnel(journey, start, end, bounded=False, cond=cond)[k]
    b = funnel(journey, start, end, bounded=True, cond=cond)[k]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def people_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", tol_rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, agg="median", margin=1.5, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_avg(by, cond, lowest=True, margin=0.15, min_n=30):
    rows = q(f"SELECT {by}, avg(f.rating) r, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2024-09-01", "2026-05-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_24, Q4_25, Q1_26, Q2_25 = quarter(2024, 4), quarter(2025, 4), quarter(2026, 1), quarter(2025, 2)
AUT24, AUT25 = ("2024-10-01", "2024-11-30"), ("2025-10-01", "2025-11-30")
SPR25, SPR26 = ("2025-03-01", "2025-05-31"), ("2026-03-01", "2026-05-31")
(REFERRAL, REQUEST, APPT, DROPOFF, INSPECT, REPORT, STORAGE, REMINDER, SWAP, PICKUP, OFFER, TORDER, SUPPORT) = (
    "tp_dealer_referral", "tp_booking_request", "tp_appointment", "tp_dropoff", "tp_inspection", "tp_tread_report",
    "tp_storage", "tp_reminder", "tp_swap", "tp_pickup", "tp_tyre_offer", "tp_tyre_order", "tp_support")
DONE = "e.action = 'completed'"
SCRATCH = "e.damage_report = 'rim_scratch'"
ADVISED = "e.action = 'replace_advised'"
RATED = "f.channel IN ('survey', 'app_review', 'dianping', 'google_review')"
SURVEY = "f.channel = 'survey'"
SCRATCH_T = _like("f.text", ["刮花", "scratch"])
WAIT_T = _like("f.text", ["等了", "waited"])
LINK_T = _like("f.text", ["链接", "link"])
DEALER_T = _like("f.text", ["4s店", "dealer"])
LOST_T = _like("f.text", ["找不到", "misplaced", "couldn't find"])
PRICE_T = _like("f.text", ["太贵", "expensive", "overpriced"])
SLOT_T = _like("f.text", ["约不上", "no slots", "fully booked"])
TREAD_T = _like("f.text", ["胎纹报告", "tread report"])
PRO_T = _like("f.text", ["专业", "professional"])
CONV_T = _like("f.text", ["省心", "hassle"])
TPMS_T = _like("f.text", ["胎压灯", "tpms", "pressure light"])
WEEKEND_T = _like("f.text", ["周末", "weekend"])
TOPICS = ((SCRATCH_T, "rim_scratch"), (WAIT_T, "wait"), (LINK_T, "broken_link"), (DEALER_T, "dealer_fee"),
          (LOST_T, "lost_tyres"), (PRICE_T, "price"), (SLOT_T, "no_slot"), (TREAD_T, "tread_report"),
          (PRO_T, "pro"), (CONV_T, "convenient"), (TPMS_T, "tpms"), (WEEKEND_T, "weekend"))
CHANNELS = ["wechat_mini_program", "app", "website", "phone", "dealer_referral", "search_ads"]
DEP = {k: f"e.depot_id = '{k}'" for k in ("D1", "D2", "D3", "D4", "D5", "D6", "D7")}


def gold():
    oct25_on = ("2025-10-01", "2026-05-31")
    reqs = "e.action <> 'rescheduled'"
    return {
        # ---- funnels
        "th01": lambda: conv("onboarding", *Y25),
        "th02": lambda: top_lost("onboarding", *Y25),
        "th03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", groups=CHANNELS, lowest=True,
                                  margin=1.25),
        "th04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'website'"),
        "th05": lambda: conv("dealer_onboarding", *H2_25),
        "th06": lambda: conv("onboarding", *SPR26, cond="c.acquisition_channel = 'search_ads'"),
        "th07": lambda: conv("seasonal_swap", *month(2025, 10), upto=1, later=True),
        "th08": lambda: conv("seasonal_swap", *month(2025, 9), upto=1, later=True),
        "th09": lambda: top_lost("seasonal_swap", *AUT25, margin=3),
        "th10": lambda: conv("seasonal_swap", *month(2024, 10), later=True),
        "th11": lambda: conv("seasonal_swap", *SPR26, cond=DEP["D6"]),
        "th12": lambda: conv("tyre_replacement", *Y25, frm=1),
        "th13": lambda: rank_conv("tyre_replacement", *Y25, by="e.depot_en",
                                  groups=[r[0] for r in q("SELECT DISTINCT depot_en FROM events")], frm=1,
                                  margin=1.15),
        # ---- step records
        "th14": lambda: events_share(SWAP, SCRATCH, *oct25_on, f"{DONE} AND {DEP['D6']}"),
        "th15": lambda: events_share(SWAP, SCRATCH, "2024-10-01", "2025-09-30", f"{DONE} AND {DEP['D6']}"),
        "th16": lambda: top_events_share(SWAP, SCRATCH, "e.depot", *AUT25, cond=DONE, margin=3),
        "th17": lambda: events_share(SWAP, SCRATCH, *oct25_on, f"{DONE} AND {DEP['D6']} AND e.crew = 'contractor'"),
        "th18": lambda: events_avg(PICKUP, "e.wait_min", *month(2025, 10), DEP["D1"]),
        "th19": lambda: events_avg(PICKUP, "e.wait_min", *month(2025, 10), DEP["D2"]),
        "th20": lambda: top_events_agg(PICKUP, "e.wait_min", "e.depot_en", *AUT25, margin=2),
        "th21": lambda: events_share(INSPECT, ADVISED, *SPR26),
        "th22": lambda: events_avg(INSPECT, "e.tread_depth_mm", *Y25, "e.tyre_set = 'winter'"),
        "th23": lambda: top_events_share(REPORT, "e.opened", "e.report_channel", *ALL, lowest=True, margin=1.25),
        "th24": lambda: events_share(REPORT, "e.opened", *Y25, "e.report_channel = 'wechat'"),
        "th25": lambda: events_at(APPT, *month(2025, 11), "e.action = 'no_show'"),
        "th26": lambda: events_at(SWAP, *SPR26, f"e.action = 'delayed' AND e.retrieval_issue = 'not_found' "
                                               f"AND {DEP['D3']}"),
        "th27": lambda: events_at(SWAP, "2025-09-29", "2025-10-05", f"{DONE} AND {DEP['D1']}"),
        "th28": lambda: events_at(SUPPORT, *month(2025, 10), "e.reason = 'booking_link' AND e.action = 'call'"),
        "th29": lambda: events_at(REMINDER, *month(2026, 3)),
        "th30": lambda: top_events_count(OFFER, 'e."未购原因"', *AUT25, "e.action = 'declined'", margin=1.3),
        "th31": lambda: events_share(INSPECT, "e.studded", *SPR26, f"e.tyre_set = 'winter' AND {DEP['D7']}"),
        "th32": lambda: events_at(SWAP, *AUT25, f"{DONE} AND {DEP['D1']}"),
        "th33": lambda: events_avg(APPT, "e.lead_days", *month(2025, 11), f"e.action = 'confirmed' AND {DEP['D5']}"),
        # ---- money
        "th34": lambda: orders(*Q4_25),
        "th35": lambda: orders_change(AUT24, AUT25),
        "th36": lambda: top_orders("o.depot", *Y25, margin=1.2),
        "th37": lambda: orders(*Y25, "o.order_type = 'tyre_sale'"),
        "th38": lambda: orders(*SPR26, "o.depot_id = 'D6'", col="o.amount_local"),
        "th39": lambda: orders_share("o.order_type = 'storage_plan'", *Y25),
        "th40": lambda: order_avg(*Y25, "o.order_type = 'tyre_sale'"),
        "th41": lambda: orders_count(*Y25, "o.order_type = 'tyre_sale' AND o.status = 'returned'"),
        "th42": lambda: top_orders("o.tyre_brand_en", *Y25, "o.order_type = 'tyre_sale'", margin=1.15),
        "th43": lambda: orders(*Y25, "o.order_type = 'tyre_sale' AND o.tyre_brand_en = 'Michelin'"),
        "th44": lambda: orders(*month(2026, 5)),
        "th45": lambda: orders(*month(2026, 4)),
        # ---- customers
        "th46": lambda: customers_count("c.tier = 'premium'"),
        "th47": lambda: top_customers("c.vehicle_make", "c.depot_id = 'D1'"),
        "th48": lambda: customers_share("c.acquisition_channel = 'dealer_referral'", _in("c.signup_at", *Y25)),
        # ---- feedback
        "th49": lambda: fb_topic_count(SCRATCH_T),
        "th50": lambda: top_fb_count("f.touchpoint_id", SCRATCH_T, margin=3),
        "th51": lambda: top_fb_count("f.depot_en", SCRATCH_T, margin=2.5),
        "th52": lambda: fb_topic_count(LINK_T, _in("f.ts", *month(2025, 10))),
        "th53": lambda: top_fb_count("f.depot_en", WAIT_T, margin=5),
        "th54": lambda: fb_avg(f"{SURVEY} AND f.depot_id = 'D1' AND {_in('f.ts', *AUT25)}"),
        "th55": lambda: fb_avg(f"{SURVEY} AND f.depot_id = 'D1' AND {_in('f.ts', *AUT24)}"),
        "th56": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "th57": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "th58": lambda: fb_topic_count(PRICE_T),
        "th59": lambda: fb_topic_count(DEALER_T),
        "th60": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {RATED} AND f.depot_id = 'D6'", margin=2),
        "th61": lambda: feedback_ids(LOST_T),
        "th62": lambda: top_fb_avg("f.depot", f"{SURVEY} AND {_in('f.ts', *SPR26)}", lowest=True, margin=0.15),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
