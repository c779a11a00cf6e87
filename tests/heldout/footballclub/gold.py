"""Gold answers for the 临江竞技 Linjiang Athletic FC fan and ticketing held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "fans" / "people" = customer_id (one fan account, or a visitor who never signed up). Customer attributes
  (acquisition channel, region, tier, segment) are read from customers.csv as stored at the end of the data;
- funnels follow DATA.md: a fan reaches step k with an event (any action: a failed payment is still an event at
  the checkout touchpoint) at step k's touchpoint after reaching step k-1, within the journey window from their
  first step-1 event in the period (new_fan 30 d, ticket_checkout 1 d, match_ticket 30 d, season_renewal 60 d,
  matchday 1 d); rates are per fan; the tolerance covers both readings (later steps allowed after the period end,
  or not). "Where do we lose the most people" = the step whose next step is not reached by the most fans (the loss
  between k and k+1 is attributed to step k). A "by ad platform" / "by platform" conversion keeps only step-1
  events of that ad_platform / channel;
- new-fan conversion by acquisition channel = fans whose customers.first_seen_at falls in the period, converted
  when they have a successful tp_ticket_purchase event (ever);
- per-event rates count event rows: payment failure = tp_ticket_purchase rows `failed` / all its rows (every
  attempt); gate rejection = tp_entry_scan rows with scan_no = 1 that are `rejected` / all scan_no = 1 rows;
  entries (人次) = `admitted` tp_entry_scan rows; sign-up failure = tp_register rows `failed` / all its rows;
  refund rejection = tp_refund rows `rejected` / all tp_refund rows (one row = one request); app order-ahead share
  = tp_concession rows with channel `app` / all tp_concession rows; period by the event's ts;
- season-ticket renewal rate for season Y = fans with a tp_season_renewal `renewed` row of season Y / fans sent a
  tp_renewal_notice of season Y (the previous season's holders); new season tickets = `new_purchase` rows;
- resale sell-through = listings (tp_resale `listed` rows, period by listing time) that have a `sold` row with the
  same listing_id / all listings; resale sales in a period = `sold` rows by their ts;
- durations from the row's own columns: wait_minutes (gate: scan_no = 1; food: tp_concession rows), refund_days
  (approved tp_refund rows), resolution_hours (tp_complaint rows, one row = one complaint);
- money is CNY, orders with status `paid` by orders.ts: single-match tickets = order_type `match_ticket` with
  sale_type `primary` unless resale is asked; season tickets = `season_ticket` by its `season` column when a
  season is named; food = `food_beverage`; merchandise; membership; refunded money = `refunded` match_ticket orders;
- zh top entities are the Chinese twins (看台, 拒绝原因, 失败原因, 退票原因, 品类, 获客渠道, 投诉类别, 广告平台) and en ones the
  English values (stand, reject_reason, fail_reason, refund_reason, item_category, acquisition_channel,
  complaint_category, ad_platform, payment_method, channel, match_id) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked
  against _truth/feedback_truth.csv); post-match survey = channel `post_match_survey` (1-5); CSAT = channel `csat`
  (1-5 after a complaint); NPS = channel `nps_survey` by survey_wave (2025-mid, 2025-end, 2026-mid), NPS = share
  9-10 minus share 0-6 (a fraction); app store reviews = channel `app_review`;
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


def _median(v, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * 0.03), 3))


# ---------- funnels (per fan, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, first_cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, first_cond=first_cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- new-fan conversion (first seen -> a successful ticket purchase ever) ----------

def _newfans(start, end):
    return f"""(SELECT c.*, EXISTS (SELECT 1 FROM events p WHERE p.customer_id = c.customer_id
               AND p.touchpoint_id = 'tp_ticket_purchase' AND p.action = 'success') AS converted
               FROM customers c WHERE c.first_seen_at IS NOT NULL AND {_in('c.first_seen_at', start, end)}) v"""


def rank_newfan_conv(start, end, by, lowest=True, margin=1.3, min_n=100):
    rows = q(f"SELECT {by}, avg(converted::int) r, count(*) FROM {_newfans(start, end)} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def newfan_conv(start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(converted::int) FROM {_newfans(start, end)} WHERE {cond}"))


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def renewal_rate(season, cond="1=1"):
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = n.customer_id
                         AND r.touchpoint_id = 'tp_season_renewal' AND r.action = 'renewed'
                         AND r.season = {season}))::int)
                         FROM events n WHERE n.touchpoint_id = 'tp_renewal_notice' AND n.season = {season}
                         AND ({cond})"""))


def rank_renewal(season, by, lowest=True, margin=1.2):
    rows = q(f"""SELECT {by}, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = n.customer_id
                 AND r.touchpoint_id = 'tp_season_renewal' AND r.action = 'renewed'
                 AND r.season = {season}))::int) x, count(*)
                 FROM events n WHERE n.touchpoint_id = 'tp_renewal_notice' AND n.season = {season}
                 GROUP BY 1 ORDER BY x {'ASC' if lowest else 'DESC'}""")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _listings(start, end, cond="1=1"):
    return f"""(SELECT l.listing_id, l.match_id, EXISTS (SELECT 1 FROM events s WHERE s.listing_id = l.listing_id
               AND s.action = 'sold') AS sold FROM events l WHERE l.touchpoint_id = 'tp_resale'
               AND l.action = 'listed' AND {_in('l.ts', start, end)} AND ({cond})) x"""


def sell_through(start, end):
    return _rate(one(f"SELECT avg(sold::int) FROM {_listings(start, end)}"))


def top_sell_through(start, end, margin=1.3, min_n=30):
    rows = q(f"SELECT match_id, avg(sold::int) r, count(*) FROM {_listings(start, end)} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
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


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
FEB25, JUL25, AUG25 = month(2025, 2), month(2025, 7), month(2025, 8)
FEB26, MAR26, APR26, JUL26 = month(2026, 2), month(2026, 3), month(2026, 4), month(2026, 7)
ALL = (None, None)
(AD, VISIT, REG, SEAT, BUY, NOTICE, RENEW, MEMBER, ENTRY, FOOD, MERCH, REFUND, RESALE, COMPLAINT) = (
    "tp_social_ad", "tp_visit", "tp_register", "tp_seat_select", "tp_ticket_purchase", "tp_renewal_notice",
    "tp_season_renewal", "tp_membership", "tp_entry_scan", "tp_concession", "tp_merch", "tp_refund", "tp_resale",
    "tp_complaint")
MARKERS = {
    "queue": ["排队", "queue"], "refund": ["退款", "refund"], "realname": ["实名", "passport"],
    "price": ["涨价", "price"], "cold_food": ["凉", "cold"], "crash": ["崩", "crash"], "resale": ["转售", "resale"],
    "jersey": ["球衣", "jersey"], "atmosphere": ["氛围", "atmosphere"], "parking": ["停车", "parking"],
    "service": ["客服", "customer service"], "points": ["积分", "points"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
PRIMARY = "o.sale_type = 'primary'"


def gold():
    return {
        # ---- funnels and conversion
        "fc01": lambda: conv("new_fan", *Y25),
        "fc02": lambda: rank_conv("new_fan", *Y25, "e.ad_platform",
                                  ["douyin", "wechat_moments", "weibo", "xiaohongshu"], margin=2.0),
        "fc03": lambda: conv("new_fan", *Y25, "e.ad_platform = 'wechat_moments'"),
        "fc04": lambda: top_lost("match_ticket", *H1_26),
        "fc05": lambda: conv("ticket_checkout", *Y25),
        "fc06": lambda: rank_conv("ticket_checkout", *Y25, "e.channel", ["app", "mini_program", "web"], margin=1.3),
        "fc07": lambda: conv("ticket_checkout", *Y25, "e.channel = 'mini_program'"),
        "fc08": lambda: conv("matchday", *H1_26),
        "fc09": lambda: rank_newfan_conv(*Y25, by='"获客渠道"', margin=1.8),
        # ---- season tickets
        "fc10": lambda: renewal_rate(2026),
        "fc11": lambda: rank_renewal(2026, '"看台"', margin=1.3),
        "fc12": lambda: renewal_rate(2025, "n.stand = 'east'"),
        "fc13": lambda: events_at(RENEW, *ALL, "e.action = 'new_purchase' AND e.season = 2026"),
        "fc14": lambda: revenue(None, None, "season_ticket", "o.season = 2026"),
        # ---- tickets and money
        "fc15": lambda: revenue(*Y25, "match_ticket", PRIMARY),
        "fc16": lambda: revenue(*Q2_26, "food_beverage"),
        "fc17": lambda: top_revenue("o.match_id", *Y25, "match_ticket", margin=1.5),
        "fc18": lambda: revenue(*FEB26, "merchandise"),
        "fc19": lambda: revenue(*FEB25, "merchandise"),
        "fc20": lambda: top_revenue('o."品类"', *Y25, "merchandise", margin=1.5),
        "fc21": lambda: revenue(*H1_26, "membership"),
        "fc22": lambda: revenue(*Q3_25, None),
        # ---- checkout failures
        "fc23": lambda: events_share(BUY, "e.action = 'failed'", *AUG25),
        "fc24": lambda: events_share(BUY, "e.action = 'failed'", *JUL25),
        "fc25": lambda: top_events_count(BUY, "e.fail_reason", *AUG25, "e.action = 'failed'", margin=3),
        # ---- stadium entry
        "fc26": lambda: events_share(ENTRY, "e.action = 'rejected'", *APR26, "e.scan_no = 1"),
        "fc27": lambda: events_share(ENTRY, "e.action = 'rejected'", *MAR26, "e.scan_no = 1"),
        "fc28": lambda: top_events_count(ENTRY, 'e."拒绝原因"', *APR26, "e.action = 'rejected'", margin=3),
        "fc29": lambda: events_median(ENTRY, "e.wait_minutes", *APR26, "e.scan_no = 1"),
        "fc30": lambda: events_at(ENTRY, *Y25, "e.action = 'admitted'"),
        "fc31": lambda: events_at(ENTRY, *ALL, "e.action = 'admitted' AND e.match_id = 'M25-12'"),
        # ---- food
        "fc32": lambda: events_share(FOOD, "e.channel = 'app'", "2026-01-01", "2026-07-31"),
        "fc33": lambda: events_median(FOOD, "e.wait_minutes", "2026-01-01", "2026-07-31", "e.channel = 'app'"),
        "fc34": lambda: events_median(FOOD, "e.wait_minutes", "2026-01-01", "2026-07-31", "e.channel = 'store'"),
        # ---- refunds
        "fc35": lambda: events_at(REFUND, *JUL25),
        "fc36": lambda: top_events_count(REFUND, "e.refund_reason", *JUL25, margin=2),
        "fc37": lambda: top_events_avg(REFUND, "e.payment_method", "e.refund_days", *ALL, "e.action = 'approved'",
                                       margin=1.3, agg="median", min_n=12),
        "fc38": lambda: events_share(REFUND, "e.action = 'rejected'", *H1_26),
        # ---- resale
        "fc39": lambda: sell_through(*Y25),
        "fc40": lambda: events_at(RESALE, *H1_26, "e.action = 'sold'"),
        "fc41": lambda: top_sell_through(*Y25, margin=1.3, min_n=15),
        # ---- sign-up
        "fc42": lambda: events_share(REG, "e.action = 'failed'", *ALL, "e.id_type = 'passport'"),
        "fc43": lambda: events_share(REG, "e.action = 'failed'", *ALL, "e.id_type = 'id_card'"),
        "fc44": lambda: events_at(REG, *H1_26, "e.action = 'success'"),
        "fc45": lambda: top_events_count(REG, "e.fail_reason", *ALL, "e.action = 'failed'", margin=1.15),
        # ---- membership
        "fc46": lambda: events_at(MEMBER, *Y25, "e.action = 'join'"),
        # ---- complaints
        "fc47": lambda: top_events_count(COMPLAINT, "e.complaint_category", *Y25, margin=1.3),
        "fc48": lambda: events_at(COMPLAINT, *APR26),
        "fc49": lambda: events_median(COMPLAINT, "e.resolution_hours", *ALL, "e.complaint_category = 'refund'"),
        "fc50": lambda: fb_avg(f"f.channel = 'csat' AND {_in('f.ts', *Y25)}"),
        # ---- feedback
        "fc51": lambda: top_fb_count("f.touchpoint_id", T["refund"], margin=5),
        "fc52": lambda: fb_count(T["queue"], _in("f.ts", *APR26)),
        "fc53": lambda: fb_count(T["price"]),
        "fc54": lambda: rank_fb_avg("f.touchpoint_id", "f.channel = 'post_match_survey'", 30),
        "fc55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-mid'"),
        "fc56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-mid'"),
        "fc57": lambda: fb_avg(f"f.channel = 'post_match_survey' AND {_in('f.ts', *Y25)}"),
        "fc58": lambda: fb_avg(f"f.channel = 'post_match_survey' AND {_in('f.ts', *APR26)}"),
        "fc59": lambda: feedback_ids(T["atmosphere"]),
        "fc60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *Y25)}"),
        # ---- relative periods (as_of)
        "fc66": lambda: events_at(REFUND, *JUL26),
        "fc67": lambda: events_at(ENTRY, *APR26, "e.action = 'admitted'"),
        "fc68": lambda: revenue(*Q4_25, "season_ticket"),
        "fc69": lambda: revenue("2026-01-01", "2026-07-31", "merchandise"),
        "fc70": lambda: events_at(FOOD, "2026-05-25", "2026-05-31"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one order per successful checkout
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_ticket_purchase' AND action = 'success'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'match_ticket' AND sale_type = 'primary'")


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
