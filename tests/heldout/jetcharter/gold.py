"""Gold answers for the 云翼 SkyLease held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (charter 14 d, fulfil 60 d, emptyleg 3 d,
  refund 30 d, repeat 180 d); rates are per customer (people = clients); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says to count later steps. "Where do we
  lose the most" = the step whose next step is not reached by the most people (loss k -> k+1 is put on step k). A
  funnel split by a client attribute filters the step-1 people by that attribute;
- a request = one `session_id`: RQ000123 for a charter / helicopter request ([tp_rebook,] tp_enquiry, tp_sourcing,
  tp_quote, tp_quote_revised, tp_contract, tp_balance, tp_cancel / tp_refund, tp_crew_slot, tp_delay, tp_flight,
  tp_catering, tp_invoice, tp_survey), EL000123 for an empty-leg offer (tp_emptyleg_offer, tp_emptyleg_book,
  tp_cancel / tp_refund or tp_delay, tp_flight). Per-request rates count requests whose first event at step A falls
  in the period (by its date) and look for step B in the same request at any time; request attributes (origin /
  出发城市, aircraft_category / 机型类别, operator, channel, client_type) are read from the step-A event;
  "flights" = tp_flight events (charters, helicopter transfers and empty legs alike), "delayed" = a tp_delay in the
  same request;
- times between steps = per request, first B ts - first A ts (B after A), the period by the date of A; hours / days
  as asked (days fractional; the tolerance also covers whole calendar days); "longer than X" is strict;
- money = orders with status `paid` (refunded deposits / transfers / empty legs are no revenue), by order ts, in CNY;
  revenue = all order types (charter_flight deposits + balances + invoice extras, heli_transfer, empty_leg,
  catering_extra); refunds = `refund_amount` of tp_refund events by refund date; spend per paying client = paid
  amount / clients with >= 1 paid order in the period;
- client attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 客户类型, 行业, 会员等级, 机型类别, 出发城市), en ones against region / client_type / industry /
  acquisition_channel / origin / operator / touchpoint_id; event `channel` values (web / wechat / agent) are raw;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); ratings and NPS = channel `post_flight_survey`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; promoters = NPS 9-10;
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


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
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


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_avg(tp, col, start, end, cond="1=1", tol=None):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=tol or round(max(0.1, v * 0.02), 2))


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


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


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
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
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
SUMMER_25 = ("2025-07-01", "2025-08-31")
FUEL = ("2026-04-01", "2026-05-31")
WINTER = ("2025-12-01", "2026-02-28")
(EL_OFFER, EL_BOOK, ENQ, SOURCING, QUOTE, REVISED, CONTRACT, BALANCE, CANCEL, REFUND, CREW_SLOT, DELAY, FLIGHT,
 CATERING, INVOICE, SURVEY, REBOOK) = (
    "tp_emptyleg_offer", "tp_emptyleg_book", "tp_enquiry", "tp_sourcing", "tp_quote", "tp_quote_revised",
    "tp_contract", "tp_balance", "tp_cancel", "tp_refund", "tp_crew_slot", "tp_delay", "tp_flight", "tp_catering",
    "tp_invoice", "tp_survey", "tp_rebook")
SURV = "f.channel = 'post_flight_survey'"
DELAY_T = _like("f.text", ["延误", "晚点", "delay"])
QUOTE_T = _like("f.text", ["加价", "报价变", "quote changed", "price went up", "re-quoted"])
CATER_T = _like("f.text", ["餐食", "配餐", "catering"])
INVOICE_T = _like("f.text", ["账单", "结算单", "invoice"])
REFUND_T = _like("f.text", ["退款", "refund"])
WEATHER_T = _like("f.text", ["天气", "weather"])
CREW_T = _like("f.text", ["机组", "crew"])
JET_RQ = "a.session_id LIKE 'RQ%' AND a.aircraft_category <> 'helicopter'"


def gold():
    return {
        # ---- funnels / conversion
        "jc01": lambda: conv("charter", *Y25),
        "jc02": lambda: top_lost("charter", *Q1_26),
        "jc03": lambda: rank_conv("charter", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "jc04": lambda: conv("charter", *Y25, cond="c.acquisition_channel = 'referral'"),
        "jc05": lambda: rank_conv("charter", *Y25, by='c."客户类型"', margin=1.15),
        "jc06": lambda: rate(QUOTE, REVISED, *FUEL),
        "jc07": lambda: rate(QUOTE, REVISED, *Y25),
        "jc08": lambda: rate(REVISED, CONTRACT, *Y25),
        "jc09": lambda: rate(EL_OFFER, EL_BOOK, *Y25),
        "jc10": lambda: rank_rate(EL_OFFER, EL_BOOK, *Y25, by="a.channel", margin=2.0),
        "jc11": lambda: conv("emptyleg", *H1_26),
        "jc12": lambda: conv("fulfil", *Y25, unbounded_only=True),
        "jc13": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "jc14": lambda: rank_conv("repeat", *Y25, by='c."客户类型"', margin=1.3, unbounded_only=True),
        "jc15": lambda: rate(CONTRACT, CANCEL, *Y25, "a.aircraft_category = 'helicopter'"),
        "jc16": lambda: rate(CONTRACT, CANCEL, *Y25, "a.aircraft_category <> 'helicopter'"),
        "jc17": lambda: rate(FLIGHT, DELAY, *SUMMER_25, "a.origin = 'SHA'"),
        "jc18": lambda: rate(FLIGHT, DELAY, *SUMMER_25, "a.origin <> 'SHA'"),
        "jc19": lambda: rank_rate(FLIGHT, DELAY, *Y25, by="a.operator", margin=1.4, min_n=100),
        "jc20": lambda: events_avg(DELAY, "e.delay_minutes", *SUMMER_25, "e.delay_reason = 'atc_slot'"),
        # ---- times between steps
        "jc21": lambda: step_time(ENQ, QUOTE, *Y25, unit="hours"),
        "jc22": lambda: top_step_time(ENQ, QUOTE, *Y25, by='a."机型类别"', unit="hours"),
        "jc23": lambda: step_time(CANCEL, REFUND, *Y25, JET_RQ, agg="avg"),
        "jc24": lambda: step_time_share(CANCEL, REFUND, *Y25, 7),
        # ---- money
        "jc25": lambda: orders(*Q3_25),
        "jc26": lambda: orders(*month(2025, 10)),
        "jc27": lambda: orders_change(H1_25, H1_26),
        "jc28": lambda: orders(*Y25, "o.order_type = 'catering_extra'"),
        "jc29": lambda: orders(*H1_26, "o.order_type = 'empty_leg'"),
        "jc30": lambda: orders(*Y25, "o.order_type = 'heli_transfer'"),
        "jc31": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "jc32": lambda: top_orders("o.origin", *Y25, "o.order_type = 'charter_flight'"),
        "jc33": lambda: top_orders('o."机型类别"', *Y25, "o.order_type = 'charter_flight'"),
        "jc34": lambda: per_customer(*Y25),
        "jc35": lambda: per_customer(*Y25, "c.\"客户类型\" = '企业客户'"),
        "jc36": lambda: top_per_customer("c.industry", *Y25, min_n=30),
        "jc37": lambda: orders(*WINTER, "o.extra_reason = 'de_icing'"),
        # ---- volumes / trends
        "jc38": lambda: events_at(CONTRACT, *month(2026, 2)),
        "jc39": lambda: events_at(CONTRACT, *month(2026, 1)),
        "jc40": lambda: events_at(ENQ, "2025-09-29", "2025-10-05"),
        "jc41": lambda: events_change(FLIGHT, Q3_25, Q4_25),
        # ---- clients
        "jc44": lambda: customers_share("c.client_type = 'corporate'"),
        "jc45": lambda: customers_count("c.\"城市\" = '深圳' AND c.\"会员等级\" = '金卡会员'"),
        "jc46": lambda: customers_count(_in("c.signup_at", *Q4_25)),
        "jc47": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.2),
        # ---- feedback
        "jc49": lambda: fb_topic_count(DELAY_T, "delay"),
        "jc50": lambda: fb_topic_count(CATER_T, "catering", period=_in("f.ts", *Y25)),
        "jc51": lambda: top_fb_count('f."出发城市"', CATER_T, margin=1.5),
        "jc52": lambda: fb_avg(f"{SURV} AND {_in('f.ts', *Y25)}"),
        "jc53": lambda: fb_avg(f"{SURV} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "jc54": lambda: fb_ratio("f.nps >= 9", f"{SURV} AND {_in('f.ts', *Y25)}"),
        "jc55": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "jc56": lambda: fb_avg(f"{SURV} AND f.\"出发城市\" = '上海' AND {_in('f.ts', *SUMMER_25)}", tol=0.05),
        "jc57": lambda: fb_avg(f"{SURV} AND f.\"出发城市\" = '上海' AND {_in('f.ts', '2025-04-01', '2025-06-30')}",
                               tol=0.05),
        "jc58": lambda: fb_avg(f"{SURV} AND f.catering_vendor = '鹏城空厨' AND {_in('f.ts', *Y25)}", tol=0.05),
        "jc59": lambda: fb_ratio("f.rating <= 2", f"{SURV} AND {_in('f.ts', *H1_26)}"),
        "jc60": lambda: fb_topic_count(QUOTE_T, "quote_change", period=_in("f.ts", *FUEL)),
        "jc61": lambda: fb_topic_count(INVOICE_T, "invoice", period=_in("f.ts", *WINTER)),
        "jc62": lambda: feedback_ids(f"{CATER_T} AND f.origin = 'SZX'"),
        "jc64": lambda: fb_topic_count(CREW_T, "crew"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((DELAY_T, "delay"), (QUOTE_T, "quote_change"), (CATER_T, "catering"),
                        (INVOICE_T, "invoice"), (REFUND_T, "refund_slow"), (WEATHER_T, "weather_cancel"),
                        (CREW_T, "crew")):
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
