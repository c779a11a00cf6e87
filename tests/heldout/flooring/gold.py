"""Gold answers for the 木匠坊 FloorCraft held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_lead / showroom_lead 30 d,
  fulfilment 45 d, warranty 14 d, refund 30 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer
  attribute filters the step-1 people by that attribute (only groups with >= 30 step-1 people are ranked);
- a project = one `session_id` (PJ01234): tp_online_request / tp_showroom, tp_measure, tp_quote, tp_contract,
  [tp_cancel, tp_refund], tp_delivery, tp_install (one event per crew day), tp_acceptance (round 1: pass or rectify;
  round 2: pass after rectification), tp_review, tp_warranty / tp_repair_visit (0..n claims, each with issue_type).
  Per-project rates count projects whose first event at step A falls in the period (by its date) and look for step B
  in the same project at any time; project attributes (城市 / city, 地板类型 / floor_type, 系列 / series, 铺装方式 /
  pattern, 地暖 / floor_heating, crew) are read from the step-A event. "First-time rectification rate" = share of
  round-1 acceptance inspections with result `rectify`;
- times between steps = per project, first B ts - first A ts, the period by the date of A; days fractional (the
  tolerance also covers whole calendar days). Warranty response time = per claim: tp_warranty -> the first
  tp_repair_visit of the same project and issue_type after it;
- money = orders with status `paid` (refunded material / skirting orders are no revenue), by order ts; revenue =
  material + installation + skirting + repair fees; refunds = `refund_amount` of tp_refund events by refund date;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; contracts signed =
  tp_contract events;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 获客渠道, 预算档次, crew, 系列, 地板类型, 整改原因, 问题类型), en ones against city / region /
  acquisition_channel / crew_en / series / floor_type / rectify_reason / issue_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; surveys carry `nps` (0-10); promoters =
  9-10;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute("""CREATE TABLE claims AS SELECT w.event_id, w.session_id, w.customer_id, w.ts AS t_w, w.city,
                   w."城市", w.crew_id, w.issue_type, min(v.ts) AS t_v FROM events w LEFT JOIN events v
                   ON v.session_id = w.session_id AND v.touchpoint_id = 'tp_repair_visit' AND v.issue_type = w.issue_type
                   AND v.ts > w.ts WHERE w.touchpoint_id = 'tp_warranty' GROUP BY ALL""")
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


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


def conv(journey, start, end, cond="1=1", upto=None, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[upto or -1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
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


# ---------- per project (session_id) ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({where})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of projects with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_days(a_tp, b_tp, start, end, by, margin=1.2):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def claim_days(cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(t_v - t_w) / 86400.0) FROM claims k WHERE t_v IS NOT NULL AND ({cond})")
    w = one(f"SELECT {agg}(date_diff('day', t_w::DATE, t_v::DATE)) FROM claims k WHERE t_v IS NOT NULL AND ({cond})")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def per_project_events(tp, first_tp, start, end, cond="1=1"):
    """events at `tp` per project, projects whose first `first_tp` event falls in the period."""
    v = one(f"""SELECT count(*) / count(DISTINCT e.session_id) FROM events e JOIN {_first(first_tp)} a
                USING (session_id) WHERE e.touchpoint_id = '{tp}' AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, trap=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.25):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum"):
    return _money(one(f"SELECT {agg}(o.amount) FROM orders o LEFT JOIN customers c USING (customer_id) "
                      f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def price_per_sqm(start, end, cond):
    v = one(f"""SELECT sum(amount) / sum(area_sqm) FROM orders o WHERE status = 'paid' AND order_type = 'material'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
STOCKOUT = ("2025-08-01", "2025-10-15")
MAR_MAY_26 = ("2026-03-01", "2026-05-31")
REQ, SHOW, MEASURE, QUOTE, CONTRACT, CANCEL, REFUND, DELIVERY, INSTALL, ACCEPT, REVIEW, WARRANTY, REPAIR = (
    "tp_online_request", "tp_showroom", "tp_measure", "tp_quote", "tp_contract", "tp_cancel", "tp_refund",
    "tp_delivery", "tp_install", "tp_acceptance", "tp_review", "tp_warranty", "tp_repair_visit")
APP = "f.channel = 'mini_program_review'"
SURVEY = "f.channel = 'survey'"
R1 = "e.round = 1"
RECT = "e.result = 'rectify'"
FANCY = "a.pattern IN ('herringbone', 'fishbone')"
DATED = "f.ts IS NOT NULL"
DELAY_T = _like("f.text", ["迟迟", "一拖再拖", "改期", "工期延误", "delayed", "pushing back"])
DUST_T = _like("f.text", ["灰尘", "粉尘", "dust"])
COLOUR_T = _like("f.text", ["色差", "colour", "color"])
SQUEAK_T = _like("f.text", ["异响", "squeak", "creak"])
GAP_T = _like("f.text", ["离缝", "缝隙", "gap"])
BUBBLE_T = _like("f.text", ["起拱", "鼓包", "buckl", "bulg", "bubbl"])
SCRATCH_T = _like("f.text", ["划痕", "scratch"])
SLOW_T = _like("f.text", ["才有人上门", "维修太慢", "took over a week", "so slow"])
PRAISE_T = _like("f.text", ["专业", "手艺好", "professional"])
UPSELL_T = _like("f.text", ["增项", "extra charges", "hidden charges"])
TOPICS = ((DELAY_T, "delay"), (DUST_T, "dust"), (COLOUR_T, "colour"), (SQUEAK_T, "squeak"), (GAP_T, "gap"),
          (BUBBLE_T, "bubbling"), (SCRATCH_T, "scratch"), (SLOW_T, "slow_repair"), (PRAISE_T, "praise"),
          (UPSELL_T, "upsell"))


def _fb_in(start, end):
    return _in("f.ts", start, end)


def gold():
    return {
        # ---- funnels / conversion
        "fl01": lambda: conv("online_lead", *Y25),
        "fl02": lambda: conv("showroom_lead", *Y25),
        "fl03": lambda: top_lost("online_lead", *H1_26),
        "fl04": lambda: rank_conv("online_lead", *Y25, by='c."获客渠道"', lowest=True),
        "fl05": lambda: conv("online_lead", *Y25, cond="c.acquisition_channel = 'douyin'"),
        "fl06": lambda: rank_conv("showroom_lead", *Y25, by="c.acquisition_channel", margin=1.15),
        "fl08": lambda: rate(QUOTE, CONTRACT, *Y25),
        "fl09": lambda: conv("fulfilment", *H1_25, unbounded_only=True),
        "fl10": lambda: events_share(CONTRACT, "e.skirting_addon = 'yes'", *Y25),
        "fl11": lambda: events_share(CONTRACT, "e.skirting_addon = 'yes'", *H1_26),
        # ---- delivery / installation / acceptance
        "fl12": lambda: step_days(CONTRACT, DELIVERY, *STOCKOUT, cond=FANCY),
        "fl13": lambda: step_days(CONTRACT, DELIVERY, *STOCKOUT, cond="a.pattern = 'straight'"),
        "fl14": lambda: events_share(DELIVERY, "e.ts::DATE > e.scheduled_date::DATE", *Y25),
        "fl15": lambda: top_step_days(CONTRACT, DELIVERY, *Y25, by='a."城市"'),
        "fl16": lambda: fb_topic_count(DELAY_T),
        "fl17": lambda: per_project_events(INSTALL, INSTALL, *Y25),
        "fl18": lambda: per_project_events(INSTALL, INSTALL, *Y25, cond="a.pattern = 'herringbone'"),
        "fl19": lambda: top_fb_count("f.crew_en", DUST_T),
        "fl20": lambda: fb_topic_count(DUST_T, _fb_in(*H2_25)),
        "fl21": lambda: fb_topic_count(DUST_T, _fb_in(*H1_26)),
        "fl22": lambda: events_share(ACCEPT, RECT, *Y25, cond=R1),
        "fl23": lambda: top_events_share(ACCEPT, RECT, 'e."系列"', *MAR_MAY_26, cond=R1, margin=1.5),
        "fl24": lambda: events_share(ACCEPT, RECT, *MAR_MAY_26, cond=R1 + " AND e.series = 'smoked_oak'"),
        "fl25": lambda: top_events_share(ACCEPT, RECT, "e.crew_en", *ALL, cond=R1, min_n=100, trap=True),
        "fl26": lambda: top_events_count(ACCEPT, 'e."整改原因"', *Y25),
        # ---- warranty
        "fl27": lambda: events_at(WARRANTY, *Y25),
        "fl28": lambda: top_events_count(WARRANTY, "e.crew", *ALL, cond="e.issue_type = 'squeak'", margin=1.5),
        "fl29": lambda: rate(ACCEPT, WARRANTY, *Y25, cond="a.floor_type = 'solid_wood' AND a.floor_heating = 'yes'",
                             b_cond="issue_type = 'gap'"),
        "fl30": lambda: rate(ACCEPT, WARRANTY, *Y25, cond="a.floor_type = 'solid_wood' AND a.floor_heating = 'no'",
                             b_cond="issue_type = 'gap'"),
        "fl31": lambda: claim_days("k.city = 'Hefei'"),
        "fl32": lambda: claim_days("k.city = 'Suzhou'"),
        "fl33": lambda: events_at(WARRANTY, "2025-07-01", "2025-08-31", cond="e.issue_type = 'bubbling'"),
        "fl34": lambda: top_events_count(WARRANTY, 'e."问题类型"', *ALL, margin=1.1),
        "fl35": lambda: events_share(REPAIR, "e.warranty_covered = 'no'", *ALL),
        # ---- money
        "fl37": lambda: orders(*Y25),
        "fl38": lambda: orders(*month(2026, 4)),
        "fl39": lambda: orders(*month(2025, 4)),
        "fl40": lambda: orders_change(H1_25, H1_26),
        "fl41": lambda: top_orders("o.city", *Y25),
        "fl42": lambda: top_orders('o."地板类型"', *Y25, cond="o.order_type = 'material'"),
        "fl44": lambda: events_sum(REFUND, "refund_amount", *Y25),
        "fl46": lambda: orders(*Q3_25, cond="o.order_type = 'skirting'"),
        "fl47": lambda: per_customer(*Y25),
        "fl48": lambda: per_customer(*Y25, cond="c.tier = 'premium'"),
        "fl50": lambda: price_per_sqm(*Y25, "o.floor_type = 'solid_wood'"),
        # ---- volumes / customers
        "fl51": lambda: events_at(CONTRACT, "2025-04-14", "2025-04-20"),
        "fl52": lambda: events_at(CONTRACT, *month(2026, 2)),
        "fl53": lambda: events_at(CONTRACT, *month(2026, 3)),
        "fl56": lambda: events_change(CONTRACT, Q3_25, Q4_25),
        "fl58": lambda: customers_share("c.segment = 'prospect'"),
        "fl59": lambda: top_customers('c."城市"', "c.region <> 'Suzhou'"),
        "fl60": lambda: events_at(REQ, *Q1_26, cond="e.channel = 'xiaohongshu'"),
        # ---- feedback
        "fl61": lambda: fb_topic_count(COLOUR_T),
        "fl62": lambda: top_fb_count("f.floor_type", COLOUR_T),
        "fl63": lambda: fb_ratio("f.rating <= 2", APP + " AND " + _fb_in(*Y25)),
        "fl64": lambda: rank_fb_avg('f."城市"', APP + " AND " + _fb_in(*Y25), min_n=50),
        "fl65": lambda: fb_avg(APP + " AND f.city = 'Hefei' AND " + _fb_in(*Y25)),
        "fl66": lambda: rank_fb_avg("f.touchpoint_id", _fb_in(*Y25), min_n=20),
        "fl67": lambda: fb_avg(SURVEY + " AND " + _fb_in(*Y25), col="f.nps", tol=0.05),
        "fl68": lambda: fb_ratio("f.nps >= 9", SURVEY + " AND " + _fb_in(*Y25)),
        "fl69": lambda: feedback_ids(GAP_T),
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
    print("items:", len(items), "zh", sum(i["lang"] == "zh" for i in items), "en", sum(i["lang"] == "en" for i in items),
          "status", {s: sum(i["expect"]["status"] == s for i in items) for s in ("ok", "unsupported", "clarify")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
