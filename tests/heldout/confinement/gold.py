"""Gold answers for the MamaNest 月子汇 held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "mums" / users = customers (one expecting mother = one customer_id = one lead LD….; she signs at most one
  contract CT…);
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (signup 60 d, prepare 210 d, stay 75 d,
  upsell 45 d, refer 180 d); rates are per customer; the tolerance covers both readings (later steps allowed after
  the period end, or not), except where the question says later steps count (then only the unbounded reading).
  "Which step loses the most" = the step whose next step is not reached by the most people (loss between step k and
  k+1 attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- per-contract rates: `session_id` = contract id on every event from tp_sign on (lead id LD… before it); contracts
  whose first event at step A falls in the period (by date), looking for step B in the same contract at any time;
  contract attributes (package_days, room_type / 房型, 分娩方式 / delivery_type) are read from the step-A event.
  "Toured → signed" is per customer (tour and sign live in different sessions): customers whose first tour is in the
  period and who have a tp_sign after it, at any time;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded deposits / add-ons / extensions are no revenue), by order ts; revenue =
  deposits + balances + extensions + add-ons; package revenue = deposits + balances; refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; check-ins / signings / tours = events at tp_checkin / tp_sign / tp_tour;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (centre, 中心城市, 城市, 获客渠道, 修复项目), en ones against centre_en / room_type / acquisition_channel /
  addon_item / touchpoint_id / package_days;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); exit-survey ratings = channel `exit_survey`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars as the question says; NPS = 100 × (share 9-10 − share 0-6) of the
  exit-survey `nps`;
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def cust_rate(a_tp, b_tp, start, end, cond="1=1"):
    """customers whose first a_tp is in the period and who have a b_tp after it (any time)."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                 AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t))::int)
                FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1) a
                JOIN customers c USING (customer_id) WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- per contract / session ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return _money(v)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


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


def addon_per_checkin(start, end):
    f = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND order_type = 'addon' "
            f"AND {_in('o.ts', start, end)}")
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_checkin' AND {_in('ts', start, end)}")
    v = float(f) / n
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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
    if topic and HAVE_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02, min_n=10):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    assert n >= min_n, (cond, n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps(cond):
    v = one(f"SELECT 100 * (avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int)) FROM feedback f "
            f"WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 2), tolerance=1.0)


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


HAVE_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
(DISCOVER, CONSULT, TOUR, SIGN, DEPOSIT, CANCEL, REFUND, BALANCE, CHECKIN, NURSING, MEAL, BABY, ROOM, ADDON, EXTEND,
 CHECKOUT, REVIEW, REFER) = ("tp_discover", "tp_consult", "tp_tour", "tp_sign", "tp_deposit", "tp_cancel",
                             "tp_refund", "tp_balance", "tp_checkin", "tp_nursing", "tp_meal", "tp_babycare",
                             "tp_room", "tp_addon", "tp_extend", "tp_checkout", "tp_review", "tp_refer")
EXIT = "f.channel = 'exit_survey'"
MEAL_T = _like("f.text", ["太咸", "太油", "重样", "too salty", "greasy", "same dishes"])
NOISE_T = _like("f.text", ["噪音", "施工", "电钻", "noise", "noisy", "drilling", "construction"])
NIGHT_T = _like("f.text", ["夜班", "半夜", "night shift", "night nurse"])
NURSE_T = _like("f.text", ["耐心", "细心", "so patient", "caring"])
DIRTY_T = _like("f.text", ["不干净", "发霉", "消毒", "dirty", "mould", "hygiene"])
BABY_T = _like("f.text", ["红屁股", "湿疹", "黄疸", "diaper rash", "eczema", "jaundice"])
REFUND_T = _like("f.text", ["定金还没退", "退款太慢", "deposit back", "refund is taking"])
PRICE_T = _like("f.text", ["太贵", "性价比", "expensive", "overpriced"])
BANK = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_refund' " \
       "AND payment_method = 'bank_transfer')"


def gold():
    return {
        # ---- funnels / conversion
        "cf01": lambda: conv("signup", *Y25),
        "cf02": lambda: top_lost("signup", *H2_25),
        "cf03": lambda: rank_conv("signup", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "cf04": lambda: conv("signup", *Y25, cond="c.acquisition_channel = 'hospital_partner'"),
        "cf05": lambda: cust_rate(TOUR, SIGN, *Y25),
        "cf06": lambda: cust_rate(TOUR, SIGN, *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "cf07": lambda: rate(SIGN, CANCEL, *Y25),
        "cf08": lambda: rank_rate(SIGN, CANCEL, "2024-07-01", "2025-12-31", by='c."获客渠道"', margin=1.25),
        "cf09": lambda: conv("prepare", *H1_25, unbounded_only=True),
        "cf10": lambda: rate(CHECKIN, ADDON, *Y25),
        "cf11": lambda: rate(CHECKIN, EXTEND, *Y25),
        "cf12": lambda: rate(CHECKIN, EXTEND, *Y25, cond="a.\"分娩方式\" = '剖宫产'"),
        "cf13": lambda: rank_rate(CHECKIN, EXTEND, *Y25, by="a.package_days", margin=1.3),
        "cf14": lambda: conv("refer", *H1_25, unbounded_only=True),
        "cf15": lambda: rate(CHECKOUT, REVIEW, *Y25),
        # ---- times
        "cf16": lambda: step_time(SIGN, CHECKIN, *Y25),
        "cf17": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg"),
        "cf18": lambda: step_time(CANCEL, REFUND, *Y25, cond=BANK, agg="avg"),
        "cf19": lambda: step_time(CHECKIN, CHECKOUT, *Y25, cond="a.package_days = 42", agg="avg"),
        "cf20": lambda: step_time(CONSULT, TOUR, *Y25),
        # ---- money
        "cf21": lambda: orders(*Q3_25),
        "cf22": lambda: orders(*month(2026, 4)),
        "cf23": lambda: orders(*month(2026, 3)),
        "cf24": lambda: orders(*Y25, "o.order_type = 'addon'"),
        "cf25": lambda: top_orders("o.addon_item", *Y25, "o.order_type = 'addon'", margin=1.5),
        "cf26": lambda: top_orders('o."修复项目"', *Y25, "o.order_type = 'addon'", margin=1.15, agg="count(*)"),
        "cf27": lambda: orders_change(H1_25, H1_26),
        "cf28": lambda: orders(*H2_25, "o.order_type = 'extension'"),
        "cf29": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "cf30": lambda: top_orders('o."中心城市"', *Y25, "o.order_type IN ('deposit', 'balance')"),
        "cf31": lambda: top_orders("o.room_type", *Y25, "o.order_type IN ('deposit', 'balance')"),
        "cf32": lambda: events_avg(SIGN, "e.package_price", *Y25),
        "cf33": lambda: per_customer(*Y25),
        "cf34": lambda: per_customer(*Y25, "c.tier = 'suite'"),
        "cf35": lambda: addon_per_checkin(*Y25),
        # ---- volumes / trends
        "cf36": lambda: events_at(CHECKIN, "2025-03-10", "2025-03-16"),
        "cf37": lambda: events_at(CHECKIN, *month(2026, 1)),
        "cf38": lambda: events_at(CHECKIN, *month(2026, 2)),
        "cf41": lambda: events_change(SIGN, Q3_25, Q4_25),
        "cf42": lambda: events_at(SIGN, *Y25, "e.package_days = 42"),
        "cf43": lambda: events_at(TOUR, *Q1_26, "e.tour_type = 'in_person'"),
        # ---- customers
        "cf44": lambda: customers_share("c.parity = 'second'"),
        "cf45": lambda: customers_count("c.\"城市\" = '深圳' AND c.\"获客渠道\" = '合作医院'"),
        "cf46": lambda: customers_count(_in("c.signup_at", *Q4_25)),
        "cf47": lambda: top_customers('c."获客渠道"'),
        # ---- feedback
        "cf48": lambda: fb_topic_count(MEAL_T, "meal_bad"),
        "cf49": lambda: top_fb_count("f.centre_en", MEAL_T, margin=1.5),
        "cf50": lambda: fb_avg(f"{EXIT} AND f.centre_id = 'C05' AND {_in('f.ts', '2025-09-01', '2025-12-31')}",
                               tol=0.03),
        "cf51": lambda: fb_avg(f"{EXIT} AND f.centre_id = 'C05' AND {_in('f.ts', *H1_25)}", tol=0.03),
        "cf52": lambda: fb_topic_count(NOISE_T, "noise"),
        "cf53": lambda: top_fb_count("f.centre", NOISE_T, margin=1.5),
        "cf54": lambda: fb_topic_count(NIGHT_T, "night_care", period=_in("f.ts", *Q1_26)),
        "cf55": lambda: top_fb_count("f.centre", f"{NIGHT_T} AND {_in('f.ts', *Q1_26)}", margin=2.0),
        "cf56": lambda: fb_ratio("f.rating <= 2", f"{EXIT} AND {_in('f.ts', *Y25)}"),
        "cf57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.4),
        "cf58": lambda: rank_fb_avg("f.centre_en", f"{EXIT} AND {_in('f.ts', *H1_26)}", 20, margin=0.15,
                                    highest=True, trap=True),
        "cf59": lambda: fb_avg(f"{EXIT} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cf60": lambda: nps(f"{EXIT} AND {_in('f.ts', *Y25)}"),
        "cf61": lambda: fb_topic_count(REFUND_T, "refund_slow"),
        "cf62": lambda: feedback_ids(f"{NIGHT_T} AND f.centre_id = 'C01'"),
        "cf64": lambda: fb_topic_count(NURSE_T, "nurse_good"),
        "cf65": lambda: fb_avg(f"f.channel = 'dianping_review' AND {_in('f.ts', *Y25)}", tol=0.03),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((DIRTY_T, "dirty"), (BABY_T, "baby_issue"), (PRICE_T, "price")):
        _check_topic(cond, topic)


def main() -> int:
    global HAVE_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAVE_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAVE_TRUTH:
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
