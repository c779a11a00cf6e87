"""Gold answers for the 喵屋 MeowHouse held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, walkin 1 d, visit 14 d,
  adoption 60 d, aftercare 45 d, revisit 90 d, refund 30 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not) unless the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (loss between step k and
  k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a visit = one `session_id` V000123 ([tp_revisit,] tp_reserve or tp_walkin, tp_ticket, [tp_cancel, tp_refund],
  tp_checkin, tp_cat_time, tp_drinks 0..n, tp_merch, tp_review); an adoption case = one `session_id` AP00123
  (tp_adopt_browse, tp_adopt_apply, tp_home_visit, tp_adopt_approve, tp_pickup, tp_followup | tp_adopt_return
  [+ tp_refund]). Per-visit / per-case rates count sessions whose first event at step A is in the period (by its
  date) and look for step B in the same session at any time; attributes (store, 城市, is_weekend, package, 同行类型,
  住房类型, payment method) are read from the step-A event; a visit = a check-in (tp_checkin) when the question
  says "visits" / "入店人次";
- times between steps: per session, first B ts - first A ts (B after A), period by the date of A; "walk-in wait" =
  tp_walkin -> tp_ticket (walk-ins who bought); minutes / days as asked;
- money = orders with status `paid` (refunded tickets and adoption fees are no revenue), by order ts; revenue = entry
  tickets + drinks & desserts + merchandise + adoption fees; refunds = `refund_amount` of tp_refund events by refund
  date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (store, 城市, 同行类型, 获客渠道, 会员等级, 住房类型, 套餐), en ones against store_en / city / region / party_type /
  acquisition_channel / package / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating (mini program + Dianping); negative = 1-2 stars; post-visit NPS = channel `survey`,
  adoption NPS = channel `adoption_survey` (0-10 `nps`);
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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.15, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
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


# ---------- per session (visit V..., adoption case AP...) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", negate=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(1 - v if negate else v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.15):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def top_events_share(tp, num, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum"):
    return _money(one(f"SELECT {agg}(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def drinks_per_visit(start, end):
    f = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND order_type = 'drinks' "
            f"AND {_in('o.ts', start, end)}")
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_checkin' AND {_in('ts', start, end)}")
    v = float(f) / n
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


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
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5, join_customers=False):
    j = "LEFT JOIN customers c USING (customer_id)" if join_customers else ""
    rows = q(f"SELECT {by}, count(*) n FROM feedback f {j} WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-12-31")
FLU = ("2026-03-01", "2026-04-30")
HEPA = ("2025-11-10", "2026-01-20")
(DISCOVER, RESERVE, WALKIN, TICKET, CANCEL, REFUND, CHECKIN, CAT, DRINKS, MERCH, REVIEW, REVISIT, BROWSE, APPLY,
 HOME, APPROVE, PICKUP, FOLLOWUP, RETURN) = (
    "tp_discover", "tp_reserve", "tp_walkin", "tp_ticket", "tp_cancel", "tp_refund", "tp_checkin", "tp_cat_time",
    "tp_drinks", "tp_merch", "tp_review", "tp_revisit", "tp_adopt_browse", "tp_adopt_apply", "tp_home_visit",
    "tp_adopt_approve", "tp_pickup", "tp_followup", "tp_adopt_return")
APP = "f.channel = 'mini_program_review'"
WEEKEND = "a.is_weekend"
ALLERGY_T = _like("f.text", ["过敏", "allerg"])
SMELL_T = _like("f.text", ["猫砂味", "异味", "smell", "stinks"])
CROWD_T = _like("f.text", ["人太多", "太挤", "crowded", "packed"])
SICK_T = _like("f.text", ["生病", "sick"])
RULES_T = _like("f.text", ["不让抱", "不让抱不让喂", "规矩", "rules"])
PRICEY_T = _like("f.text", ["太贵", "overpriced"])
REFUND_T = _like("f.text", ["还没到账", "refund still"])
ADOPT_SLOW_T = _like("f.text", ["家访", "home visit"])
FRIENDLY_T = _like("f.text", ["亲人", "friendly"])


def gold():
    return {
        # ---- funnels / conversion
        "cc01": lambda: conv("booking", *Y25),
        "cc02": lambda: top_lost("booking", *Q4_25),
        "cc03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.1),
        "cc04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'friend'"),
        "cc05": lambda: rate(WALKIN, TICKET, *Y25, WEEKEND, negate=True),
        "cc06": lambda: rate(WALKIN, TICKET, *Y25, f"NOT {WEEKEND}", negate=True),
        "cc07": lambda: conv("walkin", *Y25),
        "cc08": lambda: conv("adoption", *H2_25, unbounded_only=True),
        "cc09": lambda: top_lost("adoption", *Y25),
        "cc10": lambda: rank_rate(HOME, HOME, "2025-01-01", "2026-06-30", by='a."住房类型"',
                                  b_cond="home_visit_result = 'pass'"),
        "cc11": lambda: events_share(HOME, "e.home_visit_result = 'pass'", *Y25),
        "cc12": lambda: conv("aftercare", *H2_25, unbounded_only=True),
        "cc13": lambda: conv("aftercare", *H2_25, cond="c.\"城市\" = '北京'", unbounded_only=True),
        "cc14": lambda: conv("revisit", *Q3_25, unbounded_only=True),
        "cc15": lambda: rank_conv("revisit", *Y25, by='c."获客渠道"', unbounded_only=True),
        "cc16": lambda: rate(TICKET, CANCEL, *Y25, "a.action = 'paid_online'"),
        # ---- times between steps
        "cc17": lambda: step_time(WALKIN, TICKET, *Y25, WEEKEND, unit="minutes"),
        "cc18": lambda: step_time(WALKIN, TICKET, *Y25, f"NOT {WEEKEND}", unit="minutes"),
        "cc19": lambda: top_step_time(WALKIN, TICKET, *Y25, by="a.store_en", cond=WEEKEND),
        "cc20": lambda: step_time(APPLY, HOME, *H2_25, "a.\"城市\" = '北京'"),
        "cc21": lambda: step_time(APPLY, HOME, *H2_25, "a.city <> 'Beijing'"),
        "cc22": lambda: step_time(CANCEL, REFUND, *ALL, "a.payment_method = 'meituan_voucher'", agg="avg"),
        # ---- money
        "cc23": lambda: orders(*Q4_25),
        "cc24": lambda: orders(*month(2026, 4)),
        "cc25": lambda: orders(*month(2025, 4)),
        "cc26": lambda: orders_change(Q2_25, Q2_26),
        "cc27": lambda: orders(*month(2025, 12), "o.order_type = 'drinks'"),
        "cc28": lambda: orders(*Y25, "o.order_type = 'adoption_fee'"),
        "cc29": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "cc30": lambda: top_orders("o.store", *Y25, "o.order_type = 'entry_ticket'"),
        "cc31": lambda: top_orders("o.package", *Y25, "o.order_type = 'entry_ticket'"),
        "cc32": lambda: per_customer(*Y25),
        "cc33": lambda: per_customer(*Y25, "c.\"同行类型\" = '亲子'"),
        "cc34": lambda: drinks_per_visit(*Y25),
        "cc35": lambda: rate(CHECKIN, MERCH, *Y25),
        "cc36": lambda: rate(CHECKIN, MERCH, *Y25, "a.\"同行类型\" = '亲子'"),
        "cc37": lambda: orders(*Y25, "o.order_type = 'entry_ticket'", agg="avg"),
        # ---- volumes / trends
        "cc38": lambda: events_at(TICKET, "2025-09-29", "2025-10-05"),
        "cc39": lambda: events_at(CHECKIN, *month(2026, 3)),
        "cc40": lambda: events_at(CHECKIN, *month(2026, 2)),
        "cc43": lambda: events_change(CHECKIN, Q4_25, Q1_26),
        "cc44": lambda: events_at(CHECKIN, *Y25, "e.is_weekend"),
        # ---- customers
        "cc45": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "cc46": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金爪会员'"),
        "cc48": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "cc49": lambda: customers_count("c.is_adopter"),
        # ---- feedback
        "cc50": lambda: fb_topic_count(ALLERGY_T, "allergy"),
        "cc51": lambda: top_fb_count("f.store_en", ALLERGY_T),
        "cc52": lambda: fb_avg(f"{APP} AND f.store_id = 'S01' AND {_in('f.ts', *HEPA)}"),
        "cc53": lambda: fb_avg(f"{APP} AND f.store_id = 'S01' AND {_in('f.ts', '2025-09-01', '2025-10-31')}"),
        "cc54": lambda: top_fb_count("f.store", SMELL_T),
        "cc55": lambda: fb_topic_count(SMELL_T, "smell"),
        "cc56": lambda: fb_topic_count(SICK_T, "cat_health", period=_in("f.ts", *FLU)),
        "cc57": lambda: top_fb_count("f.store_en", f"{SICK_T} AND {_in('f.ts', *FLU)}"),
        "cc58": lambda: fb_topic_count(CROWD_T, "crowded"),
        "cc59": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cc60": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30),
        "cc61": lambda: rank_fb_avg("f.store", f"{APP} AND {_in('f.ts', *H1_26)}", 30, margin=0.1, highest=True,
                                    trap=True),
        "cc62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cc63": lambda: fb_avg("f.channel = 'adoption_survey'", col="f.nps", tol=0.05),
        "cc64": lambda: fb_topic_count(RULES_T, "rules", period=_in("f.ts", *Y25)),
        "cc65": lambda: top_fb_count('c."同行类型"', RULES_T, join_customers=True),
        "cc66": lambda: feedback_ids(ADOPT_SLOW_T),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PRICEY_T, "drinks_pricey"), (REFUND_T, "refund_slow"), (ADOPT_SLOW_T, "adoption_slow"),
                        (FRIENDLY_T, "friendly_cats"), (ALLERGY_T, "allergy"), (RULES_T, "rules")):
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
