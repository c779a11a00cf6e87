"""Gold answers for the 云台剧团 Cloud Terrace Theatre Company held-out batch: plain DuckDB SQL over the raw CSVs
written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k with an event at step k's touchpoint
  (any action) after reaching step k-1, within the journey window from their first step-1 event in the period
  (ticket_purchase 7 d, ad_to_ticket 7 d, show_night 60 d, member_join 30 d, member_renewal 30 d). The tolerance
  covers both readings (later steps may fall after the period end, or not) unless the question says the window runs
  on. A funnel "for a venue / device / traffic source / reminder channel" filters the person's first step-1 event in
  the period by that event's column; "by acquisition channel" filters the step-1 people by
  customers.acquisition_channel. "Where do we lose the most" = the step whose next step is not reached by the most
  people (answer: that step's touchpoint_id). Step-to-step rates = people at step k+1 / people at step k of the same
  funnel. "Users" / "customers" / "people" = distinct customer_id;
- shares of a step's own records are shares of that touchpoint's events in the period: failed scans = tp_entry_scan
  action 'manual_check' among tp_entry_scan events; expired seat holds = tp_seat_select 'hold_expired' events;
  bounced e-tickets = tp_eticket 'bounced' among first sends ('delivered' + 'bounced', reissues excluded);
  refunds / exchanges = tp_exchange_refund events by action; box-office contacts = tp_box_office events;
- money = orders with status 'paid' by order ts, `amount` in CNY (GBP / AUD / CAD converted at the fixed group rate
  9.10 / 4.70 / 5.25); "in pounds" etc. = amount_local of that venue; revenue = tickets + memberships + merchandise;
  average ticket order = paid ticket amount / paid ticket orders; a show's or genre's revenue = its ticket orders;
- zh top entities are Chinese values (venue, show, 咨询原因 ...), en ones English values (venue_en, show_en,
  acquisition_channel ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey, app_review, platform_review; negative = rating 1-2;
  NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction; survey averages over survey feedback rows;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
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


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0, cond="1=1"):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
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


def top_orders_count(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, count(*) n FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
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
ALL = ("2024-08-01", "2026-06-30")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_24, Q4_25, Q1_26, Q2_26 = quarter(2024, 4), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
(SOCIAL, NEWS, LISTING, PAGE, SEAT, BUY, ETIX, SCAN, SURVEY_TP, JOIN, REMIND, RENEW, XR, BOX, MERCH) = (
    "tp_social_ad", "tp_newsletter", "tp_platform_listing", "tp_show_page", "tp_seat_select", "tp_ticket_purchase",
    "tp_eticket", "tp_entry_scan", "tp_survey", "tp_member_signup", "tp_renewal_reminder", "tp_member_renewal",
    "tp_exchange_refund", "tp_box_office", "tp_merch")
RATED = "f.channel IN ('survey', 'app_review', 'platform_review')"
SURVEY = "f.channel = 'survey'"
HOLD_T = _like("f.text", ["倒计时", "timer"])
SCAN_T = _like("f.text", ["扫码", "scan"])
REFUND_T = _like("f.text", ["退款", "refund"])
VIEW_T = _like("f.text", ["视线", "obstructed"])
ETIX_T = _like("f.text", ["电子票", "e-ticket"])
PRICE_T = _like("f.text", ["太贵", "expensive"])
FEE_T = _like("f.text", ["手续费", "booking fee"])
XFEE_T = _like("f.text", ["改签", "exchange"])
SOUND_T = _like("f.text", ["音响", "sound"])
AUTO_T = _like("f.text", ["自动续费", "auto-renew"])
BRILL_T = _like("f.text", ["精彩", "brilliant"])
CAST_T = _like("f.text", ["演员", "the cast"])
USHER_T = _like("f.text", ["引座员", "usher"])
MERCH_T = _like("f.text", ["周边", "merch"])
MPRICE_T = _like("f.text", ["会员价", "member price"])
TOPICS = ((HOLD_T, "hold_timer"), (SCAN_T, "scan_fail"), (REFUND_T, "refund_delay"), (VIEW_T, "restricted_view"),
          (ETIX_T, "eticket_missing"), (PRICE_T, "price"), (FEE_T, "booking_fee"), (XFEE_T, "exchange_fee"),
          (SOUND_T, "sound"), (AUTO_T, "auto_renew"), (BRILL_T, "brilliant"), (CAST_T, "cast"), (USHER_T, "usher"),
          (MERCH_T, "merch"), (MPRICE_T, "member_price"))
CHANNELS = ["social_ad", "ticket_platform", "search", "newsletter", "direct"]
VEN = {k: f"e.venue_id = '{k}'" for k in ("V1", "V2", "V3", "V4", "V5", "V6")}


def gold():
    nov_feb = ("2025-11-01", "2026-02-28")
    nov_feb_prev = ("2024-11-01", "2025-02-28")
    manual = "e.action = 'manual_check'"
    cancelled = "e.action = 'refund' AND e.reason = 'performance_cancelled' AND e.venue_id = 'V5'"
    first_send = "e.action IN ('delivered', 'bounced')"
    signup25 = _in("c.signup_at", *Y25)
    return {
        # ---- funnels
        "tt01": lambda: conv("ticket_purchase", *Y25),
        "tt02": lambda: top_lost("ticket_purchase", *Y25, margin=2),
        "tt03": lambda: rank_conv("ticket_purchase", *Y25, by="c.acquisition_channel", groups=CHANNELS, lowest=True,
                                  margin=1.25),
        "tt04": lambda: conv("ticket_purchase", *Y25, cond="c.acquisition_channel = 'ticket_platform'"),
        "tt05": lambda: conv("ticket_purchase", *month(2026, 3), frm=1),
        "tt06": lambda: conv("ticket_purchase", *month(2026, 2), frm=1),
        "tt07": lambda: rank_conv("ticket_purchase", *month(2026, 3), by="e.device", groups=["ios", "android", "pc"],
                                  lowest=True, frm=1, margin=1.1),
        "tt08": lambda: conv("ad_to_ticket", *H2_25),
        "tt09": lambda: top_lost("show_night", *Q4_25, margin=1.5),
        "tt10": lambda: conv("show_night", *Q4_25, upto=2, later=True),
        "tt11": lambda: conv("member_join", *H1_25, later=True),
        "tt12": lambda: conv("member_renewal", *Y25, later=True),
        "tt13": lambda: rank_conv("member_renewal", *ALL, by="e.reminder_channel",
                                  groups=["email", "sms", "app", "wechat"], lowest=True, margin=1.5,
                                  cond="e.auto_renew = false"),
        "tt14": lambda: conv("member_renewal", *ALL, cond="e.reminder_channel = 'wechat' AND e.auto_renew = false"),
        "tt15": lambda: conv("ticket_purchase", *Q1_26, cond=VEN["V4"]),
        "tt16": lambda: conv("ticket_purchase", *month(2026, 4), cond=VEN["V1"]),
        # ---- step records
        "tt17": lambda: events_share(SCAN, manual, *nov_feb, VEN["V4"]),
        "tt18": lambda: events_share(SCAN, manual, *nov_feb_prev, VEN["V4"]),
        "tt19": lambda: top_events_share(SCAN, manual, "e.venue", *month(2025, 12), margin=2),
        "tt20": lambda: events_avg(SCAN, "e.queue_min", *month(2026, 1), VEN["V4"]),
        "tt21": lambda: events_at(SEAT, *month(2026, 3), "e.action = 'hold_expired'"),
        "tt22": lambda: events_at(XR, *month(2025, 8), cancelled),
        "tt23": lambda: events_avg(XR, "e.refund_days", *month(2025, 8), cancelled),
        "tt24": lambda: top_events_share(ETIX, "e.action = 'bounced'", "e.delivery_channel", *ALL, cond=first_send,
                                         margin=2),
        "tt25": lambda: top_events_count(BOX, 'e."咨询原因"', *month(2026, 3), margin=2),
        "tt26": lambda: top_events_count(XR, "e.reason", *Y25, margin=1.5),
        "tt27": lambda: top_orders_count('o."座区"', *Y25, "o.order_type = 'ticket' AND o.venue_id = 'V4'", margin=1.2),
        "tt28": lambda: events_at(MERCH, *month(2025, 12)),
        "tt29": lambda: people_at(JOIN, *Q4_25),
        "tt30": lambda: events_at(BUY, "2026-06-01", "2026-06-07"),
        "tt31": lambda: events_at(SCAN, "2025-12-15", "2025-12-21", VEN["V1"]),
        # ---- money
        "tt32": lambda: orders(*Y25),
        "tt33": lambda: top_orders("o.venue_en", *Y25, margin=1.08),
        "tt34": lambda: orders_share("o.order_type = 'ticket'", *Y25),
        "tt35": lambda: orders(*Q1_26, "o.venue_id = 'V4'", col="o.amount_local"),
        "tt36": lambda: top_orders('o."show"', *H1_26, "o.order_type = 'ticket'", margin=1.2),
        "tt37": lambda: order_avg(*Y25, "o.order_type = 'ticket' AND o.genre = 'musical'"),
        "tt38": lambda: order_avg(*Y25, "o.order_type = 'ticket' AND o.genre = 'play'"),
        "tt39": lambda: orders(*Y25, "o.order_type = 'membership'"),
        "tt40": lambda: orders(*month(2026, 3)),
        "tt41": lambda: orders(*month(2026, 2)),
        "tt42": lambda: orders(*H2_25, "o.order_type = 'merchandise'"),
        "tt43": lambda: orders_change(Q4_24, Q4_25),
        "tt44": lambda: top_orders("o.item", *ALL, "o.order_type = 'merchandise'", margin=1.2),
        # ---- customers
        "tt45": lambda: customers_count("c.tier = 'gold'"),
        "tt46": lambda: customers_share("c.acquisition_channel = 'social_ad'", signup25),
        "tt47": lambda: top_customers('c."获客渠道"', signup25, margin=1.2),
        # ---- feedback
        "tt48": lambda: fb_topic_count(HOLD_T),
        "tt49": lambda: top_fb_count("f.touchpoint_id", SCAN_T, margin=3),
        "tt50": lambda: top_fb_count("f.venue_en", SCAN_T, margin=3),
        "tt51": lambda: fb_topic_count(REFUND_T, _in("f.ts", "2025-08-01", "2025-09-30")),
        "tt52": lambda: feedback_ids(VIEW_T),
        "tt53": lambda: fb_avg(f"{SURVEY} AND f.venue_id = 'V4' AND {_in('f.ts', *nov_feb)}"),
        "tt54": lambda: fb_avg(f"{SURVEY} AND f.venue_id = 'V4' AND {_in('f.ts', *nov_feb_prev)}"),
        "tt55": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "tt56": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "tt57": lambda: top_fb_avg("f.show_en", f"{SURVEY} AND {_in('f.ts', *Y25)}", lowest=True, margin=0.4),
        "tt58": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {RATED} AND {_in('f.ts', *month(2026, 3))}",
                                     margin=3),
        "tt59": lambda: fb_topic_count(FEE_T),
        "tt60": lambda: fb_topic_count(ETIX_T),
        "tt61": lambda: fb_topic_count(CAST_T),
        "tt62": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "tt63": lambda: top_fb_count("f.venue", VIEW_T, margin=3),
        "tt64": lambda: fb_topic_count(SOUND_T, f"{SURVEY} AND {_in('f.ts', *Y25)}"),
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
