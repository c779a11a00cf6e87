"""Gold answers for the 飞农 FlyFarm drone-spraying held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (quote 14 d, job 30 d, rain 30 d, rebook
  180 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the period
  end, or not), except where the question says to count later steps (then unbounded only). "Where do we lose the
  most" = the step whose next step is not reached by the most people (the loss between k and k+1 is attributed to
  step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a job = one `session_id` (JOB00123): [tp_rebook | tp_quote_request, tp_quote], tp_deposit, tp_schedule,
  [tp_rain_cancel, tp_refund | tp_schedule (reschedule)], tp_fly, [tp_respray], tp_confirm, [tp_pay_fail],
  tp_pay, [tp_rate]. Per-job rates count jobs whose first event at the named step A falls in the period (by its
  date) and look for the later step B in the same job at any time; job attributes (province / 省份, crop / 作物,
  pilot_team / 飞手队, pay_method / 支付方式, drone_model, device) are read from the step-A event;
- times between steps = per job, first B ts - first A ts (B after A), the period by the date of A; hours / days as
  the question asks (days fractional; the tolerance also covers whole calendar days); arrival delay = the
  `arrive_delay_min` column of tp_fly events (by flight date);
- money = orders with status `paid` (refunded deposits and cancelled balances are no revenue), by order ts;
  revenue = deposits + balances (作业尾款) + pesticide add-ons (药剂费); "spraying-service revenue" = deposits +
  balances only; refunds = `refund_amount` of tp_refund events by refund date; spend per paying customer = paid
  amount / customers with >= 1 paid order in the period; flights = tp_fly events (one per job), 亩 = their `mu`;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (省份, 获客渠道, 农户类型, 飞手队, 会员等级), en ones against region / province / farmer_type /
  acquisition_channel / pilot_team / crop / touchpoint_id; drone models are the same in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; phone follow-up CSAT = `call_note`
  ratings; rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question
  says so; NPS = survey `nps` (0-10) averaged;
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


def events_avg(tp, col, start, end, cond="1=1", agg="avg", rel=0.01):
    v = one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * rel), 2))


def top_events_agg(tp, col, by, start, end, agg="median", margin=1.5):
    rows = q(f"SELECT {by}, {agg}({col}) v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])



Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25 = quarter(2025, 2), quarter(2025, 3)
PLUM_25 = ("2025-06-10", "2025-07-15")
PAY_BUG = ("2025-09-01", "2025-09-28")
DISCOVER, QREQ, QUOTE, DEPOSIT, SCHEDULE, RAIN, REFUND, FLY, RESPRAY, CONFIRM, PAY_FAIL, PAY, RATE, REBOOK = (
    "tp_discover", "tp_quote_request", "tp_quote", "tp_deposit", "tp_schedule", "tp_rain_cancel", "tp_refund",
    "tp_fly", "tp_respray", "tp_confirm", "tp_pay_fail", "tp_pay", "tp_rate", "tp_rebook")
APP = "f.channel = 'mini_program_review'"
PLUM = "a.province IN ('Jiangsu', 'Hunan')"
DRIFT_T = _like("f.text", ["飘", "drift"])
MISSED_T = _like("f.text", ["漏喷", "missed strip"])
LATE_T = _like("f.text", ["迟到", " late"])
PAYFAIL_T = _like("f.text", ["支付失败", "付不了款", "payment failed", "could not pay"])
REFUND_T = _like("f.text", ["还没退", "退款太慢", "still waiting for my deposit", "refund is slow"])
EFFECT_T = _like("f.text", ["效果", "great coverage"])
PRICE_T = _like("f.text", ["贵", "expensive", "pricier"])
PRO_T = _like("f.text", ["专业", "professional"])
APPGOOD_T = _like("f.text", ["方便", "easy"])


def gold():
    return {
        # ---- funnels / conversion
        "ad01": lambda: conv("quote", *Y25),
        "ad02": lambda: top_lost("quote", *Q2_25),
        "ad03": lambda: rank_conv("quote", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "ad04": lambda: conv("quote", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ad05": lambda: conv("quote", *H2_25, cond="c.acquisition_channel = 'douyin_ad'"),
        "ad06": lambda: conv("job", *Y25),
        "ad07": lambda: rate(RAIN, REFUND, *Y25),
        "ad08": lambda: rate(DEPOSIT, RAIN, *PLUM_25, PLUM),
        "ad09": lambda: rate(DEPOSIT, RAIN, *PLUM_25, f"NOT ({PLUM})"),
        "ad10": lambda: rate(FLY, RESPRAY, *Y25),
        "ad11": lambda: rank_rate(FLY, RESPRAY, *Y25, by="a.drone_model", margin=1.5),
        "ad12": lambda: rate(FLY, RESPRAY, "2026-03-01", "2026-07-31", "a.pilot_team = 'Changde Team'"),
        "ad13": lambda: rate(CONFIRM, PAY_FAIL, *PAY_BUG, "a.device = 'android'"),
        "ad14": lambda: rate(CONFIRM, PAY_FAIL, *PAY_BUG, "a.device = 'ios'"),
        "ad15": lambda: rate(DEPOSIT, PAY, *Y25),
        "ad16": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "ad17": lambda: rank_conv("rebook", *Y25, by="c.farmer_type", lowest=True, margin=1.3, unbounded_only=True),
        "ad18": lambda: rank_conv("rebook", *Y25, by="c.farmer_type", margin=1.2, unbounded_only=True),
        "ad19": lambda: rank_conv("rebook", *Y25, by='c."获客渠道"', lowest=True, margin=1.2, unbounded_only=True),
        # ---- times between steps
        "ad20": lambda: step_time(QREQ, QUOTE, *Y25, unit="hours"),
        "ad21": lambda: step_time(QREQ, QUOTE, *Y25, "a.province = 'Xinjiang'", unit="hours"),
        "ad22": lambda: top_step_time(QREQ, QUOTE, *Y25, by="a.province", unit="hours", margin=3),
        "ad23": lambda: top_events_agg(FLY, "e.arrive_delay_min", 'e."飞手队"', *Y25, margin=2),
        "ad24": lambda: events_avg(FLY, "e.arrive_delay_min", *Y25, "e.pilot_team = 'Jiansanjiang Team'",
                                   agg="median", rel=0.03),
        "ad25": lambda: step_time(RAIN, REFUND, *Y25, "a.pay_method = 'dealer_collect'", agg="avg"),
        "ad26": lambda: step_time(RAIN, REFUND, *Y25, "a.pay_method = 'wechat_pay'", agg="avg"),
        "ad27": lambda: step_time(FLY, CONFIRM, *Y25),
        # ---- money
        "ad28": lambda: orders(*Q3_25),
        "ad29": lambda: orders(*month(2025, 7)),
        "ad30": lambda: orders(*month(2025, 6)),
        "ad32": lambda: orders_change(H1_25, H1_26),
        "ad33": lambda: events_sum(REFUND, "e.refund_amount", *H2_25),
        "ad34": lambda: top_orders("o.crop", *Y25, "o.order_type IN ('deposit', 'balance')", margin=1.1),
        "ad35": lambda: per_customer(*Y25),
        "ad36": lambda: per_customer(*Y25, "c.\"农户类型\" = '合作社'"),
        "ad37": lambda: top_per_customer("c.farmer_type", *Y25, min_n=80),
        # ---- volumes
        "ad38": lambda: events_avg(FLY, "e.mu", *Y25),
        "ad39": lambda: events_sum(FLY, "e.mu", *Y25),
        "ad40": lambda: events_at(FLY, "2025-05-12", "2025-05-18"),
        "ad41": lambda: events_at(FLY, *month(2026, 5)),
        "ad42": lambda: events_at(FLY, *month(2026, 4)),
        # ---- customers
        "ad47": lambda: customers_share("c.farmer_type = 'coop'"),
        "ad48": lambda: customers_count("c.\"省份\" = '河南' AND c.\"会员等级\" = '金牌会员'"),
        "ad49": lambda: customers_count(_in("c.signup_at", *Q2_25)),
        "ad50": lambda: top_customers('c."省份"', "c.\"省份\" <> '河南'", margin=1.1),
        # ---- feedback
        "ad51": lambda: fb_topic_count(DRIFT_T, "drift"),
        "ad52": lambda: top_fb_count("f.pilot_team", DRIFT_T, margin=1.5),
        "ad53": lambda: fb_avg(f"{APP} AND f.pilot_team = 'Zhoukou Team' AND {_in('f.ts', '2026-04-01', '2026-05-31')}",
                               tol=0.05),
        "ad54": lambda: fb_topic_count(MISSED_T, "missed"),
        "ad55": lambda: top_fb_count('f."飞手队"', MISSED_T, margin=1.5),
        "ad56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ad57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 50, margin=0.3),
        "ad58": lambda: fb_avg(f"{APP} AND f.province = 'Heilongjiang' AND {_in('f.ts', *Y25)}", tol=0.03),
        "ad59": lambda: rank_fb_avg("f.province", f"{APP} AND {_in('f.ts', *Y25)}", 60, margin=0.2, highest=True),
        "ad60": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *Y25)),
        "ad61": lambda: feedback_ids(f"{DRIFT_T} AND f.province = 'Henan'"),
        "ad63": lambda: fb_topic_count(PAYFAIL_T, "payfail", period=_in("f.ts", *month(2025, 9))),
        "ad64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ad65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", col="f.nps", tol=0.05),
        "ad66": lambda: fb_avg(f"f.channel = 'call_note' AND {_in('f.ts', *Y25)}", tol=0.03),
        "ad67": lambda: fb_topic_count(EFFECT_T, "effect"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((REFUND_T, "refund_slow"), (PRICE_T, "price"), (PRO_T, "pilot_pro"),
                        (APPGOOD_T, "app_good")):
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
