"""Gold answers for the 念宠 PawMemory held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (consult 7 d, farewell 14 d, aftercare 30 d,
  remembrance 180 d, refund 30 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose
  the most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is
  attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a service case = one `session_id` (PM000123): tp_hotline (answered / missed / callback), tp_book, tp_pay,
  tp_cancel / tp_refund, tp_pickup (home pickup only), tp_farewell (温馨 / 尊享 packages), tp_cremation,
  tp_ash_return (individual cremation only), tp_keepsake, tp_condolence (reached / no_answer / declined), tp_rate,
  tp_memorial (0..n). A paid case = it has a `tp_pay`; per-case rates count cases whose first event at the named
  step A falls in the period (by its date) and look for the later step B in the same case at any time; case
  attributes (centre, 服务城市 / center_city, 火化方式 / cremation_type, 套餐 / package, pet_type, payment method)
  are read from the step-A event;
- hotline calls: tp_hotline events with channel `phone` and action answered / missed (morning call-backs are not
  incoming calls); night = `hotline_shift` night (22:00-06:00);
- times between steps = per case, first B ts - first A ts (B after A), the period by the date of A; hours or days
  as the question asks (days fractional; the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` (refunded fees of cancelled cases are no revenue), by order ts; revenue = all
  order types (cremation, pickup_fee, ceremony, urn, keepsake, memorial_plan); refunds = `refund_amount` of
  `tp_refund` events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; paid cases = `tp_pay` events (one per case);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (center, 服务城市, 城市, 获客渠道, 品名, 会员类型), en ones against center_en / center_city / pet_type /
  acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); WeChat reviews = channel `wechat_review` (1-5 stars); rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps`;
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


def top_step_time(a_tp, b_tp, start, end, by, unit="hours", margin=1.25, min_n=1, trap=False):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 ORDER BY m DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


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


def top_events_count(tp, by, start, end, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_order_count(by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
DISCOVER, HOTLINE, BOOK, PAY, CANCEL, REFUND, PICKUP, FAREWELL, CREMATION, ASH, KEEPSAKE, COND, RATE, MEMORIAL = (
    "tp_discover", "tp_hotline", "tp_book", "tp_pay", "tp_cancel", "tp_refund", "tp_pickup", "tp_farewell",
    "tp_cremation", "tp_ash_return", "tp_keepsake", "tp_condolence", "tp_rate", "tp_memorial")
WX = "f.channel = 'wechat_review'"
CALL = "e.channel = 'phone' AND e.action IN ('answered', 'missed')"
MISSED = "e.action = 'missed'"
NIGHT_T = _like("f.text", ["没人接", "nobody picked up"])
PICKUP_T = _like("f.text", ["等了", "迟迟不来", "来晚了", "waited", "so late"])
ASH_T = _like("f.text", ["骨灰一直没", "骨灰拖", "ashes took", "chasing the ashes"])
COMMUNAL_T = _like("f.text", ["集体火化", "communal cremation"])
UPSELL_T = _like("f.text", ["推销", "upsell"])
CEREMONY_T = _like("f.text", ["告别仪式", "farewell ceremony"])
GENTLE_T = _like("f.text", ["师傅", "gentle", "respectful"])
CONDOLENCE_T = _like("f.text", ["回访", "follow-up call"])
KEEPSAKE_T = _like("f.text", ["爪印", "晶石", "paw print", "keepsake"])


def gold():
    return {
        # ---- funnels / conversion
        "pc01": lambda: conv("consult", *Y25),
        "pc02": lambda: top_lost("consult", *Q3_25),
        "pc03": lambda: rank_conv("consult", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "pc04": lambda: conv("consult", *Y25, cond="c.acquisition_channel = 'vet_referral'"),
        "pc05": lambda: events_share(HOTLINE, MISSED, *Q4_25,
                                     f"{CALL} AND e.hotline_shift = 'night' AND e.\"服务城市\" = '上海'"),
        "pc06": lambda: events_share(HOTLINE, MISSED, *Q4_25,
                                     f"{CALL} AND e.hotline_shift = 'day' AND e.\"服务城市\" = '上海'"),
        "pc07": lambda: _top_missed(),
        "pc08": lambda: conv("farewell", *Y25),
        "pc09": lambda: rate(PAY, CANCEL, *Y25),
        "pc10": lambda: rank_rate(PAY, CANCEL, "2025-07-01", "2026-06-30", by='a."服务城市"', margin=1.5, min_n=100,
                                  trap=True),
        "pc11": lambda: rate(CREMATION, COND, *Y25, b_cond="action = 'reached'"),
        "pc12": lambda: rate(CREMATION, COND, *Y25, "a.center_id = 'C03'", b_cond="action = 'reached'"),
        "pc13": lambda: rate(CREMATION, KEEPSAKE, *Y25, "a.cremation_type = 'individual'"),
        
        "pc15": lambda: conv("remembrance", *H1_25, unbounded_only=True),
        "pc16": lambda: conv("aftercare", *Y25),
        # ---- times between steps
        "pc17": lambda: step_time(PAY, PICKUP, *H2_25, unit="hours"),
        "pc18": lambda: step_time(PAY, PICKUP, *H2_25, "a.\"服务城市\" = '苏州'", unit="hours"),
        "pc19": lambda: top_step_time(PAY, PICKUP, *JAN_AUG_26, by="a.center_city", min_n=100, trap=True),
        "pc20": lambda: step_time(PAY, PICKUP, *JAN_AUG_26, "a.center_city = 'Hefei'", unit="hours"),
        "pc21": lambda: step_time_share(PAY, PICKUP, *H2_25, 3, unit="hours"),
        "pc22": lambda: step_time(PAY, CREMATION, *month(2026, 3), "a.\"服务城市\" = '南京'"),
        "pc23": lambda: step_time(PAY, CREMATION, *month(2026, 2), "a.\"服务城市\" = '南京'"),
        "pc24": lambda: step_time(CREMATION, ASH, *Y25),
        "pc25": lambda: step_time(CANCEL, REFUND, *ALL, "a.payment_method = 'card'", agg="avg"),
        "pc26": lambda: step_time(CANCEL, REFUND, *ALL, "a.payment_method = 'wechat_pay'", agg="avg", unit="hours"),
        # ---- money
        "pc27": lambda: orders(*Q4_25),
        "pc28": lambda: orders(*month(2026, 6)),
        "pc29": lambda: orders(*month(2026, 5)),
        "pc30": lambda: orders(*Y25, "o.order_type IN ('urn', 'keepsake')"),
        "pc31": lambda: orders_change(H1_25, H1_26),
        "pc32": lambda: orders(*H2_25, "o.order_type = 'ceremony'"),
        "pc33": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "pc34": lambda: top_orders('o."服务城市"', *Y25, "o.order_type = 'cremation'"),
        "pc35": lambda: top_orders("o.pet_type", *Y25, margin=1.08),
        "pc36": lambda: top_events_count(PAY, "e.pet_type", *Y25, margin=1.08),
        "pc37": lambda: per_customer(*Y25),
        "pc38": lambda: per_customer(*Y25, "c.\"获客渠道\" = '宠物医院推荐'"),
        "pc39": lambda: top_order_count('o."品名"', *Y25, "o.order_type = 'keepsake'"),
        "pc40": lambda: orders(*month(2026, 4), "o.order_type = 'memorial_plan'"),
        # ---- volumes / trends
        "pc41": lambda: events_at(PAY, "2025-07-07", "2025-07-13"),
        "pc42": lambda: events_at(MEMORIAL, "2026-04-01", "2026-04-07"),
        "pc43": lambda: events_at(MEMORIAL, "2025-04-01", "2025-04-07"),
        "pc46": lambda: events_change(PAY, ("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31")),
        # ---- customers
        "pc49": lambda: customers_share("c.pet_type = 'cat'"),
        "pc50": lambda: customers_count("c.\"会员类型\" = '纪念馆会员'"),
        "pc51": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "pc52": lambda: top_customers('c."获客渠道"', margin=1.3),
        # ---- feedback
        "pc53": lambda: fb_topic_count(NIGHT_T, "night_missed"),
        "pc54": lambda: top_fb_count("f.center_en", PICKUP_T, margin=1.5),
        "pc55": lambda: fb_avg(f"{WX} AND f.center_id = 'C04' AND {_in('f.ts', *Y25)}", tol=0.03),
        "pc56": lambda: fb_topic_count(ASH_T, "ash_delay"),
        "pc57": lambda: top_fb_count("f.center", ASH_T, margin=1.5),
        "pc58": lambda: fb_ratio("f.rating <= 2", f"{WX} AND {_in('f.ts', *Y25)}"),
        "pc59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.4),
        "pc60": lambda: fb_avg(f"{WX} AND f.\"服务城市\" = '南京' AND {_in('f.ts', *month(2026, 3))}", tol=0.05),
        "pc61": lambda: fb_avg(f"{WX} AND f.\"服务城市\" = '南京' AND {_in('f.ts', '2026-01-01', '2026-02-28')}",
                               tol=0.05),
        "pc62": lambda: rank_fb_avg("f.center_en", f"{WX} AND {_in('f.ts', *Y25)}", 100, margin=0.2),
        "pc63": lambda: fb_topic_count(COMMUNAL_T, "communal_confusion", period=_in("f.ts", *Y25)),
        "pc64": lambda: feedback_ids(CEREMONY_T),
        "pc66": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pc67": lambda: fb_avg(f"f.channel = 'survey' AND f.center_id = 'C03' AND {_in('f.ts', *Y25)}", col="f.nps",
                               tol=0.05),
        "pc68": lambda: fb_topic_count(UPSELL_T, "upsell"),
    }


def _top_missed():
    """share of incoming night calls missed in Q4 2025, by the city of the centre; only cities with >= 20 calls."""
    rows = q(f"""SELECT e.center_city, avg((e.action = 'missed')::int) r, count(*) n FROM events e
                 WHERE e.touchpoint_id = 'tp_hotline' AND {CALL} AND e.hotline_shift = 'night'
                 AND {_in('e.ts', *Q4_25)} GROUP BY 1 HAVING count(*) >= 20 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 3, rows[:3]
    return dict(top_entity=rows[0][0])


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PICKUP_T, "pickup_late"), (CEREMONY_T, "ceremony_warm"), (GENTLE_T, "gentle_staff"),
                        (CONDOLENCE_T, "condolence_warm"), (KEEPSAKE_T, "keepsake_nice")):
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
    langs = [it["lang"] for it in items]
    print("items", len(items), "zh", langs.count("zh"), "en", langs.count("en"))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
