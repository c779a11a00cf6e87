"""Gold answers for the 果乐园 FruitFarm held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (ticketing 7 d, visit 14 d, shipping 10 d,
  refund 30 d, revisit 90 d); rates are per customer (people = customer_id); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a visit = one `session_id` (V000123): [tp_revisit | tp_browse], tp_ticket, tp_cancel / tp_refund, tp_checkin,
  tp_pick, tp_weigh, tp_meal, tp_activity, tp_cabin, tp_ship, tp_delivered, tp_refund (damaged box), tp_review.
  Per-visit rates count visits whose first event at the named step A falls in the period (by its timestamp date) and
  look for the later step B in the same visit at any time; visit attributes (farm, 果园城市 / farm_city, 水果 / fruit,
  payment method, courier, day type) are read from the step-A event. A rain cancellation = tp_cancel with action
  `rain_cancel`; a damaged box = tp_delivered with action `damaged`;
- times between steps = per visit, first B ts - first A ts (B after A), the period by the date of A; minutes, hours
  or days as the question asks (days fractional; the tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded tickets and refunded fruit boxes are no revenue), by order ts; revenue
  = tickets + picked fruit (per jin at the exit) + farm meals + activities + cabins + fruit boxes; refunds =
  `refund_amount` of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1
  paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (farm, 果园城市, 城市, 游客类型, 获客渠道, 水果, 快递公司, 会员等级), en ones against farm_en / farm_city /
  region / visitor_type / acquisition_channel / fruit / courier / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` (0-10), NPS score =
  share 9-10 minus share 0-6;
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


# ---------- per visit (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of visits with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
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


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
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


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
SUMMER_25 = ("2025-07-01", "2025-08-31")
CHERRY_26 = ("2026-05-01", "2026-06-30")
(DISCOVER, BROWSE, TICKET, CANCEL, REFUND, CHECKIN, PICK, WEIGH, MEAL, ACTIVITY, CABIN, SHIP, DELIVERED, REVIEW,
 REVISIT) = ("tp_discover", "tp_browse", "tp_ticket", "tp_cancel", "tp_refund", "tp_checkin", "tp_pick", "tp_weigh",
             "tp_meal", "tp_activity", "tp_cabin", "tp_ship", "tp_delivered", "tp_review", "tp_revisit")
APP = "f.channel = 'mini_program_review'"
RAINED = "action = 'rain_cancel'"
DAMAGED = "action = 'damaged'"
WEIGH_T = _like("f.text", ["秤", "scale"])
SOUR_T = _like("f.text", ["酸", "sour"])
OVER_T = _like("f.text", ["摘光", "没什么可摘", "picked over", "nothing left to pick"])
CROWD_T = _like("f.text", ["人太多", "人山人海", "crowded"])
PARK_T = _like("f.text", ["停车", "车位", "parking"])
DMG_T = _like("f.text", ["压坏", "烂了", "压烂", "damaged", "crushed"])
RAIN_T = _like("f.text", ["下雨", "rain"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "waiting for my refund", "taking ages"])
CABIN_T = _like("f.text", ["木屋", "cabin"])
KIDS_T = _like("f.text", ["农事课", "farming class"])
SWEET_T = _like("f.text", ["新鲜", "fresh"])


def gold():
    return {
        # ---- funnels / conversion
        "fo01": lambda: conv("ticketing", *Y25),
        "fo02": lambda: top_lost("ticketing", *Q2_26),
        "fo03": lambda: rank_conv("ticketing", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "fo04": lambda: conv("ticketing", *Y25, cond="c.acquisition_channel = 'company_hr'"),
        "fo05": lambda: conv("ticketing", *H1_26, cond="c.\"获客渠道\" = '小红书'"),
        "fo06": lambda: conv("visit", *Y25),
        "fo07": lambda: rate(TICKET, CANCEL, *Y25, b_cond=RAINED),
        "fo08": lambda: events_at(CANCEL, *month(2025, 6), f"e.{RAINED} AND e.\"果园城市\" = '苏州'"),
        "fo09": lambda: events_at(CANCEL, *month(2026, 6), f"e.{RAINED} AND e.\"果园城市\" = '苏州'"),
        "fo10": lambda: conv("revisit", *H1_25, unbounded_only=True),
        "fo11": lambda: rank_conv("revisit", *H1_25, by='c."游客类型"', lowest=True, margin=1.5, unbounded_only=True),
        "fo12": lambda: rate(SHIP, DELIVERED, *SUMMER_25, b_cond=DAMAGED),
        "fo13": lambda: rank_rate(SHIP, DELIVERED, *SUMMER_25, by='a."快递公司"', b_cond=DAMAGED, margin=2.0),
        "fo14": lambda: rate(SHIP, DELIVERED, *H1_26, b_cond=DAMAGED),
        "fo15": lambda: rank_rate(SHIP, DELIVERED, *Y25, by="a.fruit", b_cond=DAMAGED, margin=1.5),
        "fo16": lambda: rate(TICKET, CHECKIN, *Y25),
        "fo17": lambda: rate(CHECKIN, MEAL, *Y25),
        "fo18": lambda: rate(CHECKIN, MEAL, *Y25, "c.visitor_type = 'company_team'"),
        "fo19": lambda: rate(CHECKIN, CABIN, *Y25, "a.farm_id = 'S3'"),
        # ---- times between steps
        "fo20": lambda: step_time(CANCEL, REFUND, *Y25, "a.payment_method = 'meituan_voucher'", agg="avg"),
        "fo21": lambda: step_time(CANCEL, REFUND, *Y25, "a.payment_method = 'wechat_pay'", agg="avg",
                                  unit="minutes"),
        "fo23": lambda: step_time(TICKET, CHECKIN, *Y25, agg="avg"),
        "fo24": lambda: step_time(CHECKIN, WEIGH, *Y25, unit="minutes"),
        "fo25": lambda: step_time(DELIVERED, REFUND, *Y25, "a.action = 'damaged'", agg="avg", unit="hours"),
        # ---- money
        "fo26": lambda: orders(*Q3_25),
        "fo27": lambda: orders(*month(2026, 5)),
        "fo28": lambda: orders(*month(2026, 4)),
        "fo29": lambda: orders(*Y25, "o.order_type = 'picked_fruit'"),
        "fo30": lambda: orders_change(H1_25, H1_26),
        "fo31": lambda: top_orders("o.farm", *Y25, margin=1.25),
        "fo32": lambda: top_orders("o.fruit", *Y25, "o.order_type = 'picked_fruit'", margin=1.1),
        "fo33": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.refund_reason = 'delivery_damaged'"),
        "fo34": lambda: events_sum(REFUND, "e.refund_amount", *H2_25, "e.refund_reason = 'rain'"),
        "fo35": lambda: per_customer(*Y25),
        "fo36": lambda: per_customer(*Y25, "c.\"游客类型\" = '公司团建'"),
        "fo37": lambda: top_per_customer("c.acquisition_channel", *Y25, margin=2.0),
        "fo38": lambda: orders(*Y25, "o.order_type = 'cabin'"),
        "fo39": lambda: events_avg(WEIGH, "e.jin", *Y25, "e.farm_id = 'S1'"),
        # ---- volumes / trends
        "fo41": lambda: events_at(CHECKIN, *month(2026, 5)),
        "fo42": lambda: events_at(TICKET, "2026-05-04", "2026-05-10"),
        "fo43": lambda: events_change(TICKET, Q3_25, Q4_25),
        "fo45": lambda: events_at(CHECKIN, "2026-05-25", "2026-05-31"),
        "fo46": lambda: events_at(ACTIVITY, *Y25, "e.activity = 'kids_class'"),
        # ---- customers
        "fo48": lambda: customers_share("c.acquisition_channel = 'douyin'"),
        "fo50": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "fo51": lambda: top_customers('c."获客渠道"', "c.\"获客渠道\" <> '抖音'", margin=1.2),
        # ---- feedback
        "fo52": lambda: fb_topic_count(WEIGH_T, "weighing"),
        "fo53": lambda: top_fb_count("f.farm_en", WEIGH_T, margin=3.0),
        "fo54": lambda: fb_topic_count(f"{WEIGH_T} AND f.farm_id = 'B2'", period="f.ts >= DATE '2026-03-15'"),
        "fo55": lambda: fb_topic_count(CROWD_T, "crowding", period=_in("f.ts", *CHERRY_26)),
        "fo56": lambda: top_fb_count("f.farm", PARK_T, margin=2.0),
        "fo57": lambda: fb_avg(f"{APP} AND f.farm_id = 'S1' AND {_in('f.ts', *month(2025, 10))}", tol=0.03),
        "fo58": lambda: fb_avg(f"{APP} AND f.farm_id = 'S1' AND {_in('f.ts', *month(2025, 11))}", tol=0.03),
        "fo59": lambda: fb_topic_count(SOUR_T, "sour", period=_in("f.ts", *month(2025, 10))),
        "fo60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "fo61": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5),
        "fo62": lambda: rank_fb_avg("f.farm", f"{APP} AND {_in('f.ts', *Y25)}", 50, margin=0.15, highest=True),
        "fo63": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "fo65": lambda: fb_topic_count(DMG_T, "delivery_damage"),
        "fo66": lambda: feedback_ids(f"{WEIGH_T} AND f.farm_id = 'B2'"),
        "fo68": lambda: fb_avg(f"f.channel = 'meituan_review' AND {_in('f.ts', *Y25)}"),
        "fo69": lambda: fb_topic_count(OVER_T, "picked_over", period=_in("f.ts", *H1_26)),
        "fo70": lambda: fb_avg(CABIN_T),
    }


def checks():
    """every topic marker set must match the generator's truth exactly."""
    for cond, topic in ((WEIGH_T, "weighing"), (SOUR_T, "sour"), (OVER_T, "picked_over"), (CROWD_T, "crowding"),
                        (PARK_T, "parking"), (DMG_T, "delivery_damage"), (RAIN_T, "rain"),
                        (REFUND_T, "refund_slow"), (CABIN_T, "cabin"), (KIDS_T, "kids_class"), (SWEET_T, "sweet")):
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
