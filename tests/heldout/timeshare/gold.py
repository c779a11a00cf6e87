"""Gold answers for the Azure Cove Vacation Club (timeshare / points club) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "households" / "customers" / "people" / "owners" = customer_id (one buying household). Customer attributes (home
  market `region`, acquisition channel, tier, segment) are read from customers.csv as stored at the end of the data
  (extract of July 2026). "Current owners" = segment `owner` (not `exiting`, `exited`, `rescinded`, `prospect`);
- funnels follow DATA.md: a household reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from its first step-1 event in the period (web_sales 90 d, lobby_sales 7 d,
  onboarding 180 d, fee_collection 60 d, exit 120 d); rates per household; the tolerance covers both readings (later
  steps allowed after the period end, or not). A declined lobby invitation is still a step-1 event; a failed booking
  attempt is still an event at tp_booking. "The step that loses the most" = the step whose next step is not reached by
  the most households (loss between step k and k+1 attributed to step k). Lead-source funnels filter on the lead's
  `lead_source` (= the customer's acquisition_channel);
- per-tour and per-contract rates use the tour number (session_id shared by tp_tour_booked, tp_tour, tp_offer,
  tp_contract and tp_rescission): tour close rate = tp_tour rows with a tp_contract of the same session / tp_tour rows
  (period by tour time); rescission rate = tp_contract rows with a tp_rescission of the same session / tp_contract rows
  (period by signing time, attributes of the contract row); rescission counts by rescission time;
- per-attempt rates count event rows: booking success = tp_booking rows `confirmed` / all tp_booking rows;
- money: contract sales = orders with order_type `contract` and status `paid` (rescinded = `refunded` and financing
  declined = `cancelled` are not sales), by signing time orders.ts; maintenance fees collected = order_type
  `maintenance_fee` and status `paid` by payment time (the `refunded` rows are January 2026 autopay double charges);
- fee collection rate = the fee_collection journey (bill -> payment within 60 d, per household; one bill per household
  per fee year, bills for fee year Y are sent in the first week of December of Y-1); unpaid bills = tp_mf_bill rows of
  the fee year with no tp_mf_payment of the same invoice (session) in the data;
- exit requests: tp_exit_request rows (period by submission); decisions = tp_exit_closed rows (action = outcome,
  period by decision time); days to decision = decision ts - request ts of the same exit number, median;
- zh top entities are the Chinese twins (度假村, 撤销原因, 订房失败原因, 来电类别, 缴费方式, 退出原因, 会员套餐) and en ones the
  English values (resort, sales_rep, lead_source, package, exit_reason, call_category, payment_method, region,
  acquisition_channel) or touchpoint_id;
- feedback: "all"/no period includes rows without ts; topic counts by text markers with a 5 % tolerance (checked
  against _truth/feedback_truth.csv); post-tour survey = channel `tour_survey`; stay reviews = channel `stay_review`;
  owner NPS survey = channel `owner_survey` (waves in April 2025 and April 2026), NPS = share 9-10 minus share 0-6 (a
  fraction); rating by touchpoint over rows with a rating;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per household, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    # first step-1 event in the period; the condition is read on that event (and the customer)
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
                    SELECT customer_id, t1, t1 AS t FROM (
                      SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                             row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts) AS rn
                      FROM events e JOIN customers c USING (customer_id)
                      WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)})
                    WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", after_end=False):
    """after_end: the question says later steps after the period end count (only the unbounded reading)."""
    vals = [funnel(journey, start, end, bounded=b, cond=cond) for b in ((False,) if after_end else (False, True))]
    vals = [c[-1] / c[0] for c in vals] * (2 if after_end else 1)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3, after_end=False):
    tops = set()
    for bounded in ((False,) if after_end else (False, True)):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _count(int(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}")))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- tours and contracts (per tour number) ----------

def _has(tp):
    return f"EXISTS (SELECT 1 FROM events x WHERE x.session_id = e.session_id AND x.touchpoint_id = '{tp}')"


def close_rate(start, end, cond="1=1"):
    return events_share("tp_tour", _has("tp_contract"), start, end, cond)


def top_close_rate(by, start, end, margin=1.2, min_n=100):
    rows = q(f"SELECT {by}, avg(({_has('tp_contract')})::int) r, count(*) n {_ev('tp_tour', start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def rescission_rate(start, end, cond="1=1"):
    return events_share("tp_contract", _has("tp_rescission"), start, end, cond)


def top_rescission_rate(by, start, end, margin=1.3, min_n=20):
    rows = q(f"SELECT {by}, avg(({_has('tp_rescission')})::int) r, count(*) n "
             f"{_ev('tp_contract', start, end, '1=1')} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.order_type = '{kind}' {st} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")


def revenue(start, end, kind="contract", cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond)}"))


def revenue_change(a, b, kind="contract"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, '1=1')}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, '1=1')}")
    return _rate((y - x) / x)


def orders_avg(start, end, kind, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_revenue(by, start, end, kind, margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders_count(by, start, end, kind, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n {_ord(start, end, kind, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- fees, exits ----------

def unpaid_bills(year):
    return _count(one(f"""SELECT count(DISTINCT b.customer_id) FROM events b WHERE b.touchpoint_id = 'tp_mf_bill'
                          AND b.fee_year = {year} AND NOT EXISTS (SELECT 1 FROM events p WHERE p.session_id =
                          b.session_id AND p.touchpoint_id = 'tp_mf_payment')"""))


def exit_days(start, end):
    v = one(f"""SELECT median(epoch(b.ts - a.ts) / 86400.0) FROM events a JOIN events b USING (session_id)
                WHERE a.touchpoint_id = 'tp_exit_request' AND b.touchpoint_id = 'tp_exit_closed'
                AND {_in('a.ts', start, end)}""")
    w = one(f"""SELECT median(date_diff('day', a.ts::DATE, b.ts::DATE)) FROM events a JOIN events b USING (session_id)
                WHERE a.touchpoint_id = 'tp_exit_request' AND b.touchpoint_id = 'tp_exit_closed'
                AND {_in('a.ts', start, end)}""")
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v - float(w)) + 0.1, v * 0.03), 2))


def activated_share(start, end, lang):
    return events_share("tp_welcome_call", "EXISTS (SELECT 1 FROM events a WHERE a.customer_id = e.customer_id AND "
                        "a.touchpoint_id = 'tp_portal_activation')", start, end, f"e.call_language = '{lang}'")


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q1_26 = quarter(2025, 1), quarter(2026, 1)
SEP25, OCT25, DEC25, JAN26, FEB26, MAR26, MAY26 = (month(2025, 9), month(2025, 10), month(2025, 12), month(2026, 1),
                                                   month(2026, 2), month(2026, 3), month(2026, 5))
DEC24 = month(2024, 12)
ALL = ("2024-07-01", "2026-06-30")
(LEAD, LOBBY, BOOKED, TOUR, OFFER, CONTRACT, RESCISSION, WELCOME, PORTAL, BOOKING, CHECKIN, BILL, PAYMENT, CALL,
 EXIT, EXIT_CLOSED) = (
    "tp_web_lead", "tp_lobby_invite", "tp_tour_booked", "tp_tour", "tp_offer", "tp_contract", "tp_rescission",
    "tp_welcome_call", "tp_portal_activation", "tp_booking", "tp_checkin", "tp_mf_bill", "tp_mf_payment",
    "tp_owner_call", "tp_exit_request", "tp_exit_closed")
ORLANDO = "e.resort = 'Palm Cove Orlando'"
PRESSURE_T = _like("f.text", ["推销", "pressure"])
FEES_T = _like("f.text", ["管理费", "maintenance fee"])
BOOKING_T = _like("f.text", ["订房", "booking"])
EXIT_T = _like("f.text", ["退出", "get out of"])
REFUND_T = _like("f.text", ["退款", "refund"])
CHINESE_T = _like("f.text", ["中文", "mandarin"])
HOUSEKEEPING_T = _like("f.text", ["卫生", "housekeeping"])
LOVED_T = _like("f.text", ["很喜欢", "loved"])
HELPFUL_T = _like("f.text", ["耐心", "helpful"])
TOPICS = ((PRESSURE_T, "pressure"), (FEES_T, "fees"), (BOOKING_T, "booking"), (EXIT_T, "exit"),
          (REFUND_T, "refund"), (CHINESE_T, "chinese"), (HOUSEKEEPING_T, "housekeeping"), (LOVED_T, "praise_stay"),
          (HELPFUL_T, "praise_rep"))
SOURCES = ("web_search", "social_ads", "travel_deal_partner", "owner_referral")


def gold():
    return {
        # ---- leads, tours, contracts
        "ts01": lambda: conv("web_sales", *Y25, after_end=True),
        "ts02": lambda: top_lost("web_sales", *H2_25),
        "ts03": lambda: rank_conv("web_sales", *Y25, "e.lead_source", SOURCES, lowest=True, margin=2.0,
                                  after_end=True),
        "ts04": lambda: conv("web_sales", *Y25, "e.lead_source = 'owner_referral'", after_end=True),
        "ts05": lambda: conv("lobby_sales", *Y25),
        "ts06": lambda: close_rate(*Y25),
        "ts07": lambda: close_rate(*Y25, "e.lead_source = 'social_ads'"),
        "ts08": lambda: top_close_rate('e."度假村"', *Y25, margin=1.25),
        "ts09": lambda: top_events_count(CONTRACT, "e.sales_rep", *Y25, margin=1.1),
        "ts10": lambda: events_avg(TOUR, "e.duration_min", *Y25),
        "ts11": lambda: events_at(TOUR, *Q1_26),
        "ts12": lambda: rescission_rate(*OCT25, ORLANDO),
        "ts13": lambda: rescission_rate(*SEP25, ORLANDO),
        "ts14": lambda: top_rescission_rate("e.sales_rep", *Y25, margin=1.5),
        "ts15": lambda: top_events_count(RESCISSION, 'e."撤销原因"', *Y25, margin=1.5),
        "ts16": lambda: events_at(RESCISSION, *Y25),
        # ---- money
        "ts17": lambda: revenue(*Y25),
        "ts18": lambda: orders_avg(*Y25, "contract"),
        "ts19": lambda: revenue_change(H1_25, H1_26),
        "ts20": lambda: top_revenue("o.package", *Y25, "contract", margin=1.1),
        "ts21": lambda: events_share(CONTRACT, "CAST(e.financed AS VARCHAR) IN ('yes', 'true')", *Y25),
        "ts22": lambda: _rate(one(f"SELECT avg(e.discount_pct) {_ev(CONTRACT, *Y25, '1=1')}")),
        # ---- onboarding
        "ts23": lambda: conv("onboarding", *Y25, after_end=True),
        "ts24": lambda: activated_share(*Y25, "zh"),
        "ts25": lambda: activated_share(*Y25, "en"),
        # ---- bookings, stays
        "ts26": lambda: events_share(BOOKING, "e.action = 'confirmed'", *FEB26),
        "ts27": lambda: events_share(BOOKING, "e.action = 'confirmed'", *JAN26),
        "ts28": lambda: top_events_count(BOOKING, 'e."订房失败原因"', *FEB26, "e.action = 'failed'", margin=2.0),
        "ts29": lambda: top_events_count(CHECKIN, "e.resort", *Y25, margin=1.3),
        "ts30": lambda: events_sum(CHECKIN, "e.nights", *Y25),
        # ---- maintenance fees
        "ts32": lambda: conv("fee_collection", *DEC25, after_end=True),
        "ts33": lambda: conv("fee_collection", *DEC24, after_end=True),
        "ts34": lambda: revenue(*Q1_26, kind="maintenance_fee"),
        "ts35": lambda: top_revenue('o."度假村"', *Y25, "maintenance_fee", margin=1.3),
        "ts37": lambda: unpaid_bills(2026),
        "ts38": lambda: top_events_count(PAYMENT, 'e."缴费方式"', *ALL, "e.fee_year = 2026", margin=1.15),
        # ---- exits
        "ts39": lambda: events_at(EXIT, *Q1_26),
        "ts40": lambda: events_at(EXIT, *Q1_25),
        "ts41": lambda: top_events_count(EXIT, "e.exit_reason", *H1_26, margin=2.0),
        "ts42": lambda: events_share(EXIT_CLOSED, "e.action = 'declined'", *Y25),
        "ts43": lambda: exit_days(*Y25),
        "ts44": lambda: top_events_count(EXIT, 'e."度假村"', "2025-01-01", "2026-06-30", margin=1.3),
        # ---- owner services
        "ts45": lambda: events_at(CALL, *Y25),
        "ts46": lambda: top_events_count(CALL, 'e."来电类别"', *Y25, margin=1.1),
        "ts47": lambda: top_events_count(CALL, "e.call_category", *FEB26, margin=1.5),
        # ---- customers
        "ts48": lambda: customers_count("c.segment = 'owner' AND c.region = 'china'"),
        "ts49": lambda: top_customers("c.region", "c.segment = 'owner'", margin=2.0),
        "ts50": lambda: customers_count("c.segment = 'owner' AND c.tier = 'platinum'"),
        "ts51": lambda: top_orders_count("c.acquisition_channel", *Y25, "contract", margin=1.15),
        # ---- feedback
        "ts52": lambda: fb_count(PRESSURE_T),
        "ts53": lambda: top_fb_count("f.touchpoint_id", PRESSURE_T, margin=5),
        "ts54": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "ts55": lambda: fb_avg(f"f.channel = 'stay_review' AND {_in('f.ts', *Y25)}"),
        "ts56": lambda: nps_score(f"f.channel = 'owner_survey' AND {_in('f.ts', '2026-04-01', '2026-04-30')}"),
        "ts57": lambda: nps_score(f"f.channel = 'owner_survey' AND {_in('f.ts', '2025-04-01', '2025-04-30')}"),
        "ts58": lambda: fb_count(FEES_T, _in("f.ts", DEC25[0], JAN26[1])),
        "ts59": lambda: fb_count(BOOKING_T, _in("f.ts", *FEB26)),
        "ts60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'tour_survey' AND {_in('f.ts', *Y25)}"),
        "ts61": lambda: fb_count(CHINESE_T),
        "ts62": lambda: feedback_ids(EXIT_T),
        "ts63": lambda: rank_fb_avg('f."度假村"', f"f.channel = 'tour_survey' AND {_in('f.ts', *Y25)}", 50,
                                    margin=0.2),
        # ---- relative periods (as_of) and a week
        "ts65": lambda: events_at(CONTRACT, *MAY26),
        "ts66": lambda: revenue(*MAR26, kind="maintenance_fee"),
        "ts67": lambda: events_at(LEAD, *H1_26),
        "ts68": lambda: events_at(TOUR, "2025-11-17", "2025-11-23"),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
