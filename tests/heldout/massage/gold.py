"""Gold answers for the 足道轩 FootHaven held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_visit 14 d, visit 7 d, card 90 d,
  revisit 60 d, aftercare 3 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose
  the most" = the step whose next step is not reached by the most people (loss between k and k+1 is step k's).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a visit = one `session_id` (VS000123): [tp_revisit,] tp_reserve, then tp_cancel or tp_noshow, or tp_arrive,
  tp_service, tp_addon (0..1), tp_card_pitch (0..1), tp_finish, tp_pay, tp_card_buy / tp_topup, tp_tip, tp_rate,
  tp_refund. A paid visit (结账) = it has a `tp_pay`. Per-visit rates count visits whose first event at the named
  step A falls in the period (by its date) and look for step B in the same visit at any time; visit attributes
  (store, 门店城市 / store_city, service / 服务项目, therapist_level / 技师等级, booking_channel / 预约渠道,
  payment_method, appointment_at) are read from the step-A event. No-show rate = bookings (tp_reserve) with a
  tp_noshow / bookings; walk-ins (booking_channel walk_in) cannot no-show and are left out when the question says
  "online / non-walk-in bookings";
- wait = per visit, first tp_service ts - first tp_arrive ts, in minutes, the period by the check-in date;
  "longer than X" is strict; "Friday-Sunday evenings" = appointment_at on Fri/Sat/Sun with hour >= 18;
- money = orders with status `paid`, by order ts. Order types: service (服务项目), addon (加项), tip (小费, goes to the
  therapist), card_sale (办卡, prepaid), card_topup (充值), late_cancel_fee (违约金). "Service revenue" (服务营业额) =
  paid service + addon orders (member-card consumption included: its orders carry the amount taken from the
  card); card sales and top-ups are counted only when asked. Refunds = `refund_amount` of tp_refund events by
  refund date. Spend per paying customer = paid service + addon amount / customers with >= 1 such order;
- customer attributes as stored (state at the end of the data); "member" = tier silver / gold / platinum (holds
  a 储值卡 now); zh questions are checked against the Chinese twins (store, 门店城市, 城市, 获客渠道, 预约渠道, 技师等级,
  会员等级), en ones against store_en / store_city / region / acquisition_channel / booking_channel /
  therapist_level / service / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; surveys carry `nps` 0-10 (no rating);
  NPS = % promoters (9-10) - % detractors (0-6), in points -100..100;
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


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT 100.0 * (avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int)) FROM feedback f "
            f"WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 2), tolerance=1.0)


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


def top_avg_order(by, start, end, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, avg(o.amount) v FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
HARD = ("2025-11-01", "2026-04-30")
HYG = ("2026-03-01", "2026-04-30")
FIND, RES, CANCEL, NOSHOW, ARRIVE, SERVICE, ADDON, PITCH, FINISH, PAY, CARD, TIP, TOPUP, REFUND, RATE, REVISIT = (
    "tp_find", "tp_reserve", "tp_cancel", "tp_noshow", "tp_arrive", "tp_service", "tp_addon", "tp_card_pitch",
    "tp_finish", "tp_pay", "tp_card_buy", "tp_tip", "tp_topup", "tp_refund", "tp_rate", "tp_revisit")
APP = "f.channel = 'mini_program_review'"
SALES = "o.order_type IN ('service', 'addon')"
MEMBER = "c.tier IN ('silver', 'gold', 'platinum')"
ONLINE = "a.booking_channel <> 'walk_in'"
WKND_EVE = "dayofweek(a.appointment_at::TIMESTAMP) IN (0, 5, 6) AND hour(a.appointment_at::TIMESTAMP) >= 18"
WAIT_T = _like("f.text", ["等位等了很久", "干等", "等了快一个小时", "long wait", "waited ages", "waited almost an hour"])
HARD_T = _like("f.text", ["推销", "劝我办", "pushy", "hard sell", "kept pushing"])
HYG_T = _like("f.text", ["毛巾有味道", "泡脚桶", "床单没换", "towels smelled", "dirty", "sheets weren't changed"])
LIGHT_T = _like("f.text", ["力度太轻", "没什么力气", "too light", "too soft"])
HEAVY_T = _like("f.text", ["力度太重", "下手太狠", "too hard", "bruised"])
SKILL_T = _like("f.text", ["手法", "great technique", "skilled"])
ENV_T = _like("f.text", ["环境", "quiet and relaxing", "calm atmosphere"])
FEE_T = _like("f.text", ["违约金", "cancellation fee"])
CARDREF_T = _like("f.text", ["退卡", "card refund"])
PRICE_T = _like("f.text", ["偏贵", "有点贵", "pricey", "overpriced"])


def gold():
    return {
        # ---- funnels / conversion
        "fh01": lambda: conv("first_visit", *Y25),
        "fh02": lambda: top_lost("first_visit", *Q4_25),
        "fh03": lambda: rank_conv("first_visit", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "fh04": lambda: conv("first_visit", *Y25, cond="c.acquisition_channel = 'friend'"),
        "fh05": lambda: conv("visit", *Y25),
        "fh06": lambda: rank_rate(RES, NOSHOW, *Y25, by='a."预约渠道"', margin=1.5),
        "fh07": lambda: rate(RES, NOSHOW, *Y25, "a.booking_channel = 'douyin'"),
        "fh08": lambda: rate(RES, NOSHOW, *Y25, "a.booking_channel = 'mini_program'"),
        "fh09": lambda: rate(RES, NOSHOW, "2026-04-01", "2026-08-31", f"a.store_id = 'S14' AND {ONLINE}"),
        "fh10": lambda: conv("revisit", *H1_25, unbounded_only=True),
        "fh11": lambda: conv("revisit", *H1_25, cond=MEMBER, unbounded_only=True),
        "fh12": lambda: rank_conv("revisit", *Y25, by='c."获客渠道"', lowest=True, margin=1.15, unbounded_only=True),
        "fh13": lambda: rate(PAY, ADDON, *Y25),
        "fh14": lambda: rank_rate(PAY, TIP, *Y25, by='a."技师等级"', margin=1.4),
        "fh15": lambda: rate(PAY, TIP, *Y25, "a.therapist_level = 'junior'"),
        "fh16": lambda: rate(PAY, PITCH, *HARD, "a.store_id = 'S05'"),
        "fh17": lambda: conv("card", *Y25, unbounded_only=True),
        # ---- waiting
        "fh18": lambda: step_time(ARRIVE, SERVICE, *Y25, unit="minutes"),
        "fh19": lambda: top_step_time(ARRIVE, SERVICE, *Y25, by="a.store_en"),
        "fh20": lambda: step_time(ARRIVE, SERVICE, *Y25, f"a.store_id = 'S01' AND {WKND_EVE}", unit="minutes"),
        "fh21": lambda: step_time_share(ARRIVE, SERVICE, *Y25, 30, unit="minutes", cond="a.store_id = 'S01'"),
        "fh22": lambda: step_time(ARRIVE, SERVICE, *month(2026, 2), unit="minutes"),
        "fh23": lambda: step_time(ARRIVE, SERVICE, *month(2026, 1), unit="minutes"),
        # ---- money
        "fh25": lambda: orders(*Q3_25, SALES),
        "fh26": lambda: orders(*month(2026, 5), SALES),
        "fh27": lambda: orders(*month(2026, 4), SALES),
        "fh28": lambda: orders(*Y25, "o.order_type = 'card_sale'"),
        "fh29": lambda: orders(*H1_26, "o.order_type = 'card_topup'"),
        "fh30": lambda: orders(*H2_25, "o.order_type = 'tip'"),
        "fh31": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "fh32": lambda: top_orders('o."门店城市"', *Y25, SALES),
        "fh33": lambda: top_avg_order("o.service", *Y25, "o.order_type = 'service'"),
        "fh34": lambda: orders_change(H1_25, H1_26, SALES),
        "fh35": lambda: per_customer(*Y25, SALES),
        "fh36": lambda: per_customer(*Y25, f"{SALES} AND {MEMBER}"),
        "fh37": lambda: per_customer_events(PAY, *Y25, MEMBER),
        # ---- volumes / trends
        "fh39": lambda: events_at(PAY, "2025-12-08", "2025-12-14"),
        "fh40": lambda: events_at(PAY, *month(2026, 2)),
        "fh41": lambda: events_at(PAY, *month(2026, 1)),
        "fh44": lambda: events_change(PAY, Q3_25, Q4_25),
        # ---- customers
        "fh46": lambda: customers_share(MEMBER),
        "fh47": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡'"),
        "fh48": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- feedback
        "fh50": lambda: fb_topic_count(HARD_T, "hard_sell"),
        "fh51": lambda: top_fb_count("f.store_en", HARD_T, margin=2.0),
        "fh52": lambda: fb_avg(f"{APP} AND f.store_id = 'S05' AND {_in('f.ts', *HARD)}"),
        "fh53": lambda: fb_avg(f"{APP} AND f.store_id = 'S05' AND {_in('f.ts', '2025-01-01', '2025-10-31')}"),
        "fh54": lambda: fb_topic_count(WAIT_T, "wait"),
        "fh55": lambda: top_fb_count("f.store", WAIT_T, margin=1.5),
        "fh56": lambda: fb_topic_count(HYG_T, "hygiene", period=_in("f.ts", *HYG)),
        "fh57": lambda: top_fb_count("f.store", f"{HYG_T} AND {_in('f.ts', *HYG)}", margin=2.0),
        "fh58": lambda: fb_avg(f"{APP} AND f.store_id = 'S10' AND {_in('f.ts', *HYG)}"),
        "fh59": lambda: fb_avg(f"{APP} AND f.store_id = 'S10' AND {_in('f.ts', '2026-01-01', '2026-02-28')}"),
        "fh60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "fh61": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.5),
        "fh62": lambda: rank_fb_avg("f.therapist_level", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.2,
                                    highest=True),
        "fh63": lambda: fb_topic_count(LIGHT_T, "light", period="f.therapist_level = 'junior'"),
        "fh64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "fh65": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "fh66": lambda: fb_topic_count(FEE_T, "late_fee"),
        "fh67": lambda: feedback_ids(CARDREF_T),
        "fh69": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'meituan_review' AND {_in('f.ts', *Y25)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((HEAVY_T, "heavy"), (SKILL_T, "skill"), (ENV_T, "env"), (CARDREF_T, "card_refund"),
                        (PRICE_T, "price"), (LIGHT_T, "light"), (HYG_T, "hygiene"), (WAIT_T, "wait")):
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
