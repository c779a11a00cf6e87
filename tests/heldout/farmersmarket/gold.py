"""Gold answers for the 禾集 Harvest Row farmers'-market held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "vendors" / "摊主" = distinct customer_id (customers are the vendors; shoppers are never customers, their feedback has
  no customer_id).
- funnels follow DATA.md, per vendor: a vendor reaches step k when they have an event at step k's touchpoint (any
  action: a rejected check, a declined or expired offer, a failed payment attempt all reach their step) after reaching
  step k-1, within the journey window from their first step-1 event in the period (vendor_onboarding 30 d,
  first_market 45 d, market_day 30 d, season_renewal 60 d). The tolerance covers both readings (later steps may fall
  after the period end, or not) unless the question says later steps count. A channel / market filter applies to the
  vendor's first step-1 event in the period (its application_channel / market_id); a vendor attribute (tier,
  segment, category) to customers. "Where do we lose the most vendors" = the step whose next step is not reached by
  the most vendors (answer: that step's touchpoint_id).
- counts and shares of a step's own records: payment attempts = tp_fee_payment events (failed / paid); cancellations
  = tp_cancellation events (late = is_late, i.e. inside the free-cancellation cut-off of the day: 48 h before 2026,
  7 days from 2026-01-01); no-shows = tp_no_show events; check-ins = tp_checkin events; bookings = tp_booking 'booked'
  events; offers = tp_stall_offer events (accepted / declined / expired); checks = tp_vetting events; inspections =
  tp_health_inspection events (not passed = improvement_notice or fail); issue reports = tp_onsite_issue; renewals =
  tp_renewal events that are not mid-season (renewed / left) over renewal notices for the renewal rate; support
  contacts = tp_vendor_support. Periods go by event ts unless the question names market days (then market_date).
- money = orders with status 'paid' by order ts (stall fees, electricity and gazebo add-ons, paid no-show fees);
  cancelled (unpaid) and refunded orders and waived no-show fees are not money. `amount` is in the market's currency;
  a question about one market / country uses `amount`; a question across currencies says RMB / 人民币 and uses
  `amount_cny` (fixed rates GBP 9.1, AUD 4.7, CAD 5.2).
- zh top entities are the Chinese values (market, 品类, 驳回原因, 拒绝原因, 退出原因, 问题类型, 检查问题, 咨询原因, 获客渠道,
  取消原因 ...), en ones the English values (market_en, product_category, reject_reason ...) or touchpoint_id; raw values
  where the data has no Chinese column (payment_method, channel).
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %), checked against
  _truth/feedback_truth.csv; rated feedback = rows with a rating; negative = rating 1-2; NPS = share of 9-10 minus
  share of 0-6 over vendor-survey rows, as a fraction; a market's feedback = feedback.market_id.
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


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


# ---------- funnels (per vendor, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """vendors reaching each step; cond may use e.* (the vendor's first step-1 event in the period) and c.*."""
    steps, window = _steps(journey)
    lim = f"WHERE ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events {lim}")
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
    """later=True: the question says later steps count (the window may run past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.1, lowest=False, min_n=20, upto=None, frm=0):
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def funnel_count(journey, start, end, k, cond="1=1", later=False):
    a = funnel(journey, start, end, bounded=False, cond=cond)[k]
    b = a if later else funnel(journey, start, end, bounded=True, cond=cond)[k]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", col="e.ts"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in(col, start, end)} "
                      f"AND ({cond})"))


def people_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", tol_rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def events_share(tp, num, start, end, cond="1=1", col="e.ts"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in(col, start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def renewal_rate(start, end, cond="1=1"):
    """renewed decisions over renewal notices sent in the period (a notice's decision in its session)."""
    v = one(f"""SELECT avg((r.action = 'renewed')::int) FROM events n
                LEFT JOIN events r ON r.session_id = n.session_id AND r.touchpoint_id = 'tp_renewal'
                WHERE n.touchpoint_id = 'tp_renewal_notice' AND {_in('n.ts', start, end)} AND ({cond})""")
    return _rate(v)


def top_renewal(by, start, end, lowest=True, margin=1.1):
    rows = q(f"""SELECT n.{by}, avg((r.action = 'renewed')::int) v FROM events n
                 LEFT JOIN events r ON r.session_id = n.session_id AND r.touchpoint_id = 'tp_renewal'
                 WHERE n.touchpoint_id = 'tp_renewal_notice' AND {_in('n.ts', start, end)} GROUP BY 1
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def booking_share(tp, start, end, cond="1=1"):
    """share of stall bookings (tp_booking 'booked', by market_date) whose booking has an event at tp."""
    return _rate(one(f"""SELECT avg((x.session_id IS NOT NULL)::int) FROM events e
                         LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{tp}') x
                           ON x.session_id = e.session_id
                         WHERE e.touchpoint_id = 'tp_booking' AND e.action = 'booked'
                         AND {_in('e.market_date', start, end)} AND ({cond})"""))


def top_booking_share(tp, by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg((x.session_id IS NOT NULL)::int) r FROM events e
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{tp}') x
                   ON x.session_id = e.session_id
                 WHERE e.touchpoint_id = 'tp_booking' AND e.action = 'booked'
                 AND {_in('e.market_date', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1", col="o.amount_cny"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN {col} ELSE 0 END) / sum({col}) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1", col="o.amount_cny"):
    x = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, col="o.amount_cny"):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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
    wrong = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert wrong == 0 and missed == 0, (topic, wrong, missed)


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
ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q1_26, Q2_25, Q2_26, Q3_25, Q4_25 = (quarter(2025, 1), quarter(2026, 1), quarter(2025, 2), quarter(2026, 2),
                                            quarter(2025, 3), quarter(2025, 4))
(APP, VET, OFFER, BOOK, PAY, CHECKIN, CANCEL, NOSHOW, INSP, ISSUE, NOTICE, RENEW, SUPPORT, SHOP) = (
    "tp_application", "tp_vetting", "tp_stall_offer", "tp_booking", "tp_fee_payment", "tp_checkin", "tp_cancellation",
    "tp_no_show", "tp_health_inspection", "tp_onsite_issue", "tp_renewal_notice", "tp_renewal", "tp_vendor_support",
    "tp_shopper_visit")
QUOTE_T = _like("f.text", ["报价", "quote"])
PAYFAIL_T = _like("f.text", ["支付失败", "付款失败", "payment failed", "card declined", "card was declined"])
LATEFEE_T = _like("f.text", ["取消费", "违约金", "cancellation fee", "cancellation charge"])
POWER_T = _like("f.text", ["断电", "跳闸", "power cut", "tripped", "power outage", "lost power"])
NOREPLY_T = _like("f.text", ["没人联系", "石沉大海", "没有回音", "never heard back", "no reply"])
FOOT_T = _like("f.text", ["客流", "人流", "foot traffic", "footfall"])
PITCH_T = _like("f.text", ["摊位位置", "my pitch", "pitch location"])
INSP_T = _like("f.text", ["卫生检查", "inspection", "inspector"])
FRIENDLY_T = _like("f.text", ["热情", "friendly"])
FRESH_T = _like("f.text", ["新鲜", "fresh"])
PRICE_T = _like("f.text", ["太贵", "价格偏高", "expensive", "pricey", "overpriced"])
PARK_T = _like("f.text", ["停车", "parking"])
TOILET_T = _like("f.text", ["厕所", "toilet"])
TOPICS = ((QUOTE_T, "wrong_quote"), (PAYFAIL_T, "payment_failed"), (LATEFEE_T, "late_fee"), (POWER_T, "power"),
          (NOREPLY_T, "no_reply"), (FOOT_T, "footfall"), (PITCH_T, "pitch"), (INSP_T, "inspection"),
          (FRIENDLY_T, "friendly"), (FRESH_T, "fresh"), (PRICE_T, "price"), (PARK_T, "parking"),
          (TOILET_T, "toilets"))
MKT = {k: f"e.market_id = '{k}'" for k in ("M1", "M2", "M3", "M4", "M5", "M6")}
NOT_PASSED = "e.action IN ('improvement_notice', 'fail')"
SHOPPER = "f.respondent = 'shopper'"
VSURVEY = "f.channel = 'vendor_survey'"


def gold():
    nov25, oct25, sep25, aug25, mar26, feb26, may26 = (month(2025, 11), month(2025, 10), month(2025, 9),
                                                      month(2025, 8), month(2026, 3), month(2026, 2), month(2026, 5))
    summer25 = ("2025-06-01", "2025-08-31")
    winter2425 = ("2024-12-01", "2025-02-28")
    jan_feb26 = ("2026-01-01", "2026-02-28")
    sep_oct25 = ("2025-09-01", "2025-10-31")
    week_0511 = ("2026-05-11", "2026-05-17")
    ch = ["web", "mini_program", "market_visit", "referral"]
    mv = "e.application_channel = 'market_visit'"
    return {
        # ---- funnels
        "fm01": lambda: conv("vendor_onboarding", *Y25),
        "fm02": lambda: rank_conv("vendor_onboarding", *Y25, by="e.application_channel", groups=ch, lowest=True,
                                  margin=2.0),
        "fm03": lambda: conv("vendor_onboarding", *Y25, cond="e.application_channel = 'web'"),
        "fm04": lambda: conv("vendor_onboarding", *H1_26, cond=mv),
        "fm05": lambda: top_lost("first_market", *nov25, margin=3),
        "fm06": lambda: conv("first_market", *nov25, upto=1, later=True),
        "fm07": lambda: conv("first_market", *oct25, upto=1, later=True),
        "fm08": lambda: conv("first_market", *Q3_25, later=True),
        "fm09": lambda: conv("market_day", *sep25, later=True),
        "fm10": lambda: conv("market_day", *aug25, later=True),
        "fm11": lambda: conv("season_renewal", *feb26, later=True),
        "fm12": lambda: conv("season_renewal", *feb26, cond=MKT["M3"], later=True),
        "fm13": lambda: funnel_count("first_market", *mar26, 3, later=True),
        # ---- step records
        "fm14": lambda: events_share(PAY, "e.action = 'failed'", *sep25),
        "fm16": lambda: events_share(PAY, "e.action = 'failed'", *sep25, "e.payment_method = 'card'"),
        "fm17": lambda: events_share(CANCEL, "e.is_late", *H1_26),
        "fm18": lambda: events_share(CANCEL, "e.is_late", *H2_25),
        "fm19": lambda: top_booking_share(NOSHOW, "e.market_en", *winter2425, margin=1.8),
        "fm20": lambda: booking_share(NOSHOW, *winter2425, MKT["M2"]),
        "fm21": lambda: events_at(NOSHOW, *Y25),
        "fm22": lambda: top_events_count(VET, 'e."驳回原因"', *ALL, "e.action = 'rejected'", margin=1.3),
        "fm23": lambda: top_events_count(OFFER, "e.decline_reason", *Y25, "e.action = 'declined'", margin=1.15),
        "fm24": lambda: top_events_count(INSP, 'e."检查问题"', *summer25, NOT_PASSED, margin=2),
        "fm25": lambda: events_share(INSP, NOT_PASSED, *Y25),
        "fm26": lambda: events_share(INSP, NOT_PASSED, *Y25, "e.product_category = 'hot_food'"),
        "fm27": lambda: top_events_count(ISSUE, "e.issue_type", *jan_feb26, MKT["M5"], margin=5),
        "fm28": lambda: events_at(ISSUE, *jan_feb26, f"{MKT['M5']} AND e.issue_type = 'power_outage'"),
        "fm29": lambda: top_renewal("market", *feb26, lowest=True, margin=1.2),
        "fm30": lambda: renewal_rate(*feb26, "n.market_id = 'M3'"),
        "fm31": lambda: top_events_count(RENEW, 'e."退出原因"', *H1_26, "e.action = 'left'", margin=1.3),
        "fm32": lambda: events_at(RENEW, *Y25, "e.action = 'left'"),
        "fm33": lambda: top_events_count(SUPPORT, 'e."咨询原因"', *sep25, margin=2),
        "fm34": lambda: events_avg(VET, "e.review_days", *Y25, mv),
        "fm36": lambda: events_at(CHECKIN, *Q2_26, MKT["M4"]),
        "fm37": lambda: events_at(CHECKIN, *week_0511, MKT["M1"]),
        "fm38": lambda: events_share(OFFER, "e.action = 'declined'", *nov25),
        # ---- money
        "fm40": lambda: orders(*Y25, "o.market_id = 'M1' AND o.order_type = 'stall_fee'"),
        "fm41": lambda: orders(*Y25, col="o.amount_cny"),
        "fm42": lambda: top_orders("o.market_en", *Y25, margin=1.1),
        "fm43": lambda: orders_share("o.order_type = 'electricity'", *Y25),
        "fm44": lambda: _money(one(f"""SELECT sum(o.amount) FROM orders o WHERE o.market_id = 'M5'
                                       AND o.order_type = 'electricity' AND o.status = 'refunded'
                                       AND o.refund_reason = 'power_outage' AND {_in('o.market_date', *jan_feb26)}""")),
        "fm45": lambda: orders_change(Q1_25, Q1_26),
        "fm46": lambda: order_avg(*Y25, "o.market_id = 'M4' AND o.order_type = 'stall_fee'"),
        "fm47": lambda: orders(*Y25, "o.market_id = 'M4' AND o.order_type = 'no_show_fee'"),
        "fm48": lambda: orders(*may26, "o.market_id = 'M5'"),
        # ---- customers
        "fm49": lambda: customers_count("c.segment = 'street_food'"),
        "fm51": lambda: top_customers('c."品类"', "c.current_status = 'active'", margin=1.25),
        # ---- feedback
        "fm52": lambda: fb_topic_count(LATEFEE_T),
        "fm53": lambda: top_fb_count("f.touchpoint_id", LATEFEE_T, margin=3),
        "fm54": lambda: fb_topic_count(PAYFAIL_T, _in("f.ts", *sep_oct25)),
        "fm55": lambda: top_fb_count("f.market_en", POWER_T, margin=5),
        "fm56": lambda: top_fb_count("f.market", PARK_T, margin=1.6),
        "fm57": lambda: feedback_ids(QUOTE_T),
        "fm58": lambda: nps_share(f"{VSURVEY} AND {_in('f.ts', *Y25)}"),
        "fm59": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'shopper_survey' AND {_in('f.ts', *H1_26)}"),
        "fm60": lambda: top_fb_avg("f.market", f"f.channel = 'shopper_survey' AND {_in('f.ts', *Y25)}",
                                   lowest=True, margin=0.25),
        "fm61": lambda: fb_avg(f"f.channel = 'shopper_survey' AND f.market_id = 'M2' AND {_in('f.ts', *Y25)}"),
        "fm62": lambda: fb_avg(f"f.channel = 'in_app' AND f.touchpoint_id = 'tp_cancellation' "
                               f"AND {_in('f.ts', *H1_26)}"),
        "fm63": lambda: fb_topic_count(FRESH_T),
        "fm64": lambda: fb_topic_count(FOOT_T),
        "fm65": lambda: fb_topic_count(NOREPLY_T),
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
