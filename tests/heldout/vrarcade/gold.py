"""Gold answers for the 幻境 VRealm VR-arcade held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 7 d, visit 14 d, review 3 d,
  membership 30 d, fault_refund 14 d); rates per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most" =
  the step whose next step is not reached by the most people; a step's drop-off rate = 1 - reached(k+1)/reached(k);
  a funnel split by a customer attribute filters the step-1 people by that attribute;
- a visit = one `session_id` (VS000123): tp_ticket, tp_pay, tp_checkin, tp_headset, tp_play (1..n), tp_fault (0..1),
  tp_sickness (0..1), tp_addon (0..n), tp_finish, tp_refund, tp_rate, tp_member. Per-visit rates count visits whose
  first event at step A falls in the period and look for step B in the same visit at any time; visit attributes
  (store, 门店城市, pay_channel / 支付渠道, product_type / 产品类型, headset_model, staff_id) are read from the A event;
- sickness rate of a genre = tp_sickness events of that genre / tp_play events of that genre (per game played);
- waits = per visit, first B ts - first A ts, in minutes / days as asked; period by the date of A; weekend = Sat/Sun;
- money = orders with status `paid` by order ts (refunded tickets are no revenue); revenue = tickets & party packages
  + photo/video + drinks + membership cards; refunds = `refund_amount` of tp_refund events by refund date;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 门店城市, 城市, 客群, 产品类型, 游戏类型), en ones against store_en / store_city / region /
  visitor_type / product_type / genre / headset_model / staff_id / touchpoint_id;
- feedback: "all" includes undated rows; period questions only dated rows; topic counts by text markers, 5 %
  tolerance (checked against _truth/feedback_truth.csv); in-app rating = channel `mini_program_review`; rating by
  step = feedback.touchpoint_id over rated rows; NPS items use the survey `nps` (0-10), promoters 9-10;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Mon..Sun.
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events"
    if bounded:
        ev += f" WHERE ts < DATE '{end}' + INTERVAL 1 DAY"
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


def _both(journey, start, end, cond, fn, unbounded_only=False):
    vals = [fn(funnel(journey, start, end, bounded=b, cond=cond)) for b in ((False,) if unbounded_only else
                                                                         (False, True))]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    return _both(journey, start, end, cond, lambda c: c[-1] / c[0], unbounded_only)


def dropoff(journey, start, end, k, cond="1=1"):
    """drop-off rate at step k (1-based) = 1 - reached(k+1) / reached(k)."""
    return _both(journey, start, end, cond, lambda c: 1 - c[k] / c[k - 1])


def funnel_count(journey, start, end, k):
    a = funnel(journey, start, end, bounded=False)[k - 1]
    b = funnel(journey, start, end, bounded=True)[k - 1]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, where="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND {where}")]
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
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}
WEEKEND = "dayofweek(a.t) IN (0, 6)"


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minutes"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                          f" AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def _sick(start, end, by="genre"):
    return q(f"""SELECT p.{by}, s.n / p.n r, p.n FROM
                 (SELECT {by}, count(*) n FROM events WHERE touchpoint_id = 'tp_play' AND {_in('ts', start, end)}
                  GROUP BY 1) p
                 JOIN (SELECT {by}, count(*) n FROM events WHERE touchpoint_id = 'tp_sickness'
                  AND {_in('ts', start, end)} GROUP BY 1) s USING ({by}) ORDER BY r DESC""")


def sick_rate(start, end, genre):
    v = [r[1] for r in _sick(start, end) if r[0] == genre][0]
    return dict(value=round(v, 4), tolerance=0.01)


def top_sick(start, end, by="genre", margin=1.5):
    rows = _sick(start, end, by)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      LEFT JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
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
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
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
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
PICO_BUG = ("2025-11-10", "2025-12-14")
SUMMER_25 = ("2025-07-01", "2025-08-31")
(DISCOVER, TICKET, PAY, CHECKIN, HEADSET, PLAY, FAULT, SICK, ADDON, FINISH, REFUND, RATE, MEMBER) = (
    "tp_discover", "tp_ticket", "tp_pay", "tp_checkin", "tp_headset", "tp_play", "tp_fault", "tp_sickness",
    "tp_addon", "tp_finish", "tp_refund", "tp_rate", "tp_member")
APP = "f.channel = 'mini_program_review'"
DATED = "f.ts IS NOT NULL"
FAULT_T = _like("f.text", ["黑屏", "手柄没反应", "设备故障", "went black", "controller died", "equipment fault"])
TRACK_T = _like("f.text", ["定位", "画面乱飘", "tracking"])
SICK_T = _like("f.text", ["头晕", "太晕", "晕得", "dizzy", "motion sick", "nauseous"])
QUEUE_T = _like("f.text", ["排队", "queue"])
HYG_T = _like("f.text", ["汗味", "面罩", "sweat", "face cushion"])
RUDE_T = _like("f.text", ["态度差", "不耐烦", "rude"])
GOOD_T = _like("f.text", ["耐心", "贴心", "helpful", "friendly staff"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "refund still", "refund is taking"])
PRICE_T = _like("f.text", ["太贵", "有点贵", "overpriced", "not worth"])
PHOTO_T = _like("f.text", ["照片", "photo pack"])


def gold():
    return {
        # ---- funnels / conversion
        "vr01": lambda: conv("purchase", *Y25),
        "vr02": lambda: top_lost("purchase", *Q4_25),
        "vr03": lambda: dropoff("purchase", *Y25, 2),
        "vr04": lambda: rank_conv("purchase", *Y25, by='c."获客渠道"', where="c.acquisition_channel <> 'walk_in'"),
        "vr05": lambda: conv("purchase", *Y25, cond="c.acquisition_channel = 'meituan'"),
        "vr06": lambda: conv("visit", *H1_26),
        "vr07": lambda: rate(PAY, CHECKIN, *Y25, "a.pay_channel = 'douyin'"),
        "vr08": lambda: rate(PAY, CHECKIN, *Y25, "a.pay_channel = 'meituan'"),
        "vr09": lambda: rank_rate(PAY, CHECKIN, *Y25, by='a."支付渠道"', lowest=True, margin=1.2),
        "vr10": lambda: conv("membership", *H1_25, unbounded_only=True),
        "vr11": lambda: rank_conv("membership", *H1_25, by='c."客群"', unbounded_only=True, margin=1.3),
        # ---- headset faults
        "vr14": lambda: rate(HEADSET, FAULT, *PICO_BUG, "a.headset_model = 'Pico 4'"),
        "vr15": lambda: rate(HEADSET, FAULT, *PICO_BUG, "a.headset_model = 'Quest 3'"),
        "vr16": lambda: rank_rate(HEADSET, FAULT, *JAN_AUG_26, by="a.store", min_n=200, trap=True),
        "vr17": lambda: rate(HEADSET, FAULT, *JAN_AUG_26, "a.store_id = 'VS11'"),
        "vr18": lambda: rank_rate(HEADSET, FAULT, *Y25, by="a.headset_model", margin=1.5),
        "vr19": lambda: events_at(FAULT, *month(2025, 11)),
        "vr21": lambda: step_time(FAULT, REFUND, *Y25, "a.pay_channel = 'douyin'", agg="avg", unit="days"),
        "vr22": lambda: step_time(FAULT, REFUND, *Y25, "a.pay_channel = 'front_desk'", agg="avg", unit="minutes"),
        "vr23": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25, "e.refund_reason = 'equipment_fault'"),
        # ---- motion sickness
        "vr24": lambda: sick_rate(*Y25, "racing"),
        "vr25": lambda: top_sick(*Y25, by="genre"),
        "vr26": lambda: events_at(SICK, *H1_26),
        "vr27": lambda: rate(CHECKIN, SICK, *Y25, "c.age_band IN ('45-54', '55+')"),
        "vr28": lambda: rate(CHECKIN, SICK, *Y25, "c.age_band IN ('18-24', '25-34')"),
        # ---- waits
        "vr29": lambda: step_time(CHECKIN, HEADSET, *Q4_25),
        "vr30": lambda: step_time(CHECKIN, HEADSET, *Q4_25, "a.store_id = 'VS01' AND " + WEEKEND),
        "vr31": lambda: top_step_time(CHECKIN, HEADSET, *Y25, by="a.store_en", cond=WEEKEND, margin=1.5),
        # ---- money
        "vr33": lambda: orders(*Q3_25),
        "vr34": lambda: orders(*month(2025, 11)),
        "vr35": lambda: orders(*month(2025, 10)),
        "vr36": lambda: orders(*SUMMER_25, "o.order_type = 'photo_video'"),
        "vr37": lambda: orders_change(H1_25, H1_26),
        "vr38": lambda: orders(*H2_25, "o.order_type = 'membership'"),
        "vr40": lambda: top_orders('o."产品类型"', *Y25, "o.order_type = 'ticket'", margin=1.05),
        "vr41": lambda: orders_avg(*Y25, "o.product_type = 'party_team'"),
        "vr43": lambda: per_customer(*Y25),
        "vr44": lambda: per_customer(*Y25, "c.\"客群\" = '亲子家庭'"),
        "vr45": lambda: rate(CHECKIN, ADDON, *Y25, b_cond="addon_type = 'photo_video'"),
        "vr46": lambda: rate(CHECKIN, ADDON, *Y25, "a.product_type LIKE 'party%'", b_cond="addon_type = 'photo_video'"),
        # ---- volumes / trends
        "vr47": lambda: events_at(CHECKIN, "2025-08-04", "2025-08-10"),
        "vr48": lambda: events_at(CHECKIN, *month(2026, 2)),
        "vr49": lambda: events_at(CHECKIN, *month(2026, 1)),
        "vr52": lambda: events_change(CHECKIN, Q3_25, Q4_25),
        # ---- customers
        "vr54": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员类型\" = '年卡'"),
        "vr56": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "vr57": lambda: fb_topic_count(SICK_T, "sickness"),
        "vr58": lambda: fb_topic_count(HYG_T, "hygiene", period=f"{DATED} AND {_in('f.ts', *Y25)}"),
        "vr59": lambda: top_fb_count("f.store_en", QUEUE_T, margin=1.5),
        "vr60": lambda: fb_avg(f"{APP} AND f.store_id = 'VS01' AND {_in('f.ts', *Y25)}"),
        "vr61": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "vr62": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 50, margin=0.4),
        "vr63": lambda: rank_fb_avg("f.staff_id", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.6),
        "vr64": lambda: fb_topic_count(RUDE_T, "rude"),
        "vr65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "vr66": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "vr67": lambda: fb_avg(f"{APP} AND {_in('f.ts', *SUMMER_25)}"),
        "vr68": lambda: fb_avg(f"{APP} AND {_in('f.ts', '2025-05-01', '2025-06-30')}"),
        "vr69": lambda: feedback_ids(f"{TRACK_T} AND f.headset_model = 'Pico 4' AND f.store_city = 'Shenzhen'"),
        "vr71": lambda: fb_topic_count(REFUND_T, "refund_slow", period=f"{DATED} AND {_in('f.ts', *H2_25)}"),
    }


def checks():
    for cond, topic in ((FAULT_T, "fault"), (TRACK_T, "tracking"), (QUEUE_T, "queue"), (GOOD_T, "staff_good"),
                        (PRICE_T, "price"), (PHOTO_T, "photo")):
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
