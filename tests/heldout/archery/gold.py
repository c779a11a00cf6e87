"""Gold answers for the 箭道 ArrowLane held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 30 d, range 3 d, exam 45 d, renewal
  120 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the period
  end, or not) unless the question says later steps count. "Where do we lose the most" = the step whose next step is
  not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a
  customer attribute filters the step-1 people by that attribute;
- a session = one `session_id`: trial TR… (tp_trial_book, tp_coach_noshow 0..2, tp_trial_class, tp_refund),
  lane LN… (tp_lane_book, tp_lane_wait, tp_lane_checkin, tp_rental), card CD… (tp_card_buy or tp_renew, tp_refund),
  lesson package LP…, exam EX… (tp_exam_signup, tp_exam_sit, tp_exam_pass), pro shop SH…. Per-session rates count
  sessions whose first event at the named step A falls in the period (by its date) and look for step B in the same
  session at any time; session attributes (store, weekend, bow type, coach) are read from the step-A event;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A;
  lane waiting time = `wait_min` of tp_lane_wait events (only sessions that queued);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = all order types
  (trial lessons, membership cards incl. renewals, lane hours, equipment rental, lesson packages, exam fees, pro shop);
  refunds = `refund_amount` of tp_refund events by refund date; spend per paying customer = paid amount / customers
  with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 城市, 获客渠道, 会员卡, 段位, coach), en ones against store_en / region / acquisition_channel / tier /
  coach_en / order_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; recommend score = survey `nps` (0-10) mean;
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, step=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[step if step else -1] / c[0])
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
        print("   rank_conv", rows)
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
        print("   top_lost", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (session_id) ----------

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
    print("   rank_rate", rows[:4])
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time_days(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def wait_median(start, end, cond="1=1"):
    v = one(f"SELECT median(wait_min) FROM events e WHERE touchpoint_id = 'tp_lane_wait' AND {_in('e.ts', start, end)}"
            f" AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def top_wait(by, start, end, cond="1=1", margin=1.5):
    rows = q(f"SELECT {by}, median(wait_min) m FROM events e WHERE touchpoint_id = 'tp_lane_wait' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY m DESC")
    print("   top_wait", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def coach_trial_card(start, end, coach_col, min_n=50, coach=None, margin=1.15):
    """trial classes taken in the period (first per trial session), by its coach: share of those customers with a
    tp_card_buy within 30 days after the class."""
    sql = f"""SELECT {coach_col} k, avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
              AND b.touchpoint_id = 'tp_card_buy' AND b.ts > a.t AND b.ts <= a.t + INTERVAL 30 DAY))::int) r,
              count(*) n FROM {_first('tp_trial_class')} a WHERE {_in('a.t', start, end)} GROUP BY 1 ORDER BY r DESC"""
    rows = q(sql)
    print("   coach_trial_card", rows[:4])
    if coach:
        return dict(value=round(next(r[1] for r in rows if r[0] == coach), 4), tolerance=0.01)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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
    print("   events_change", x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    print("   top_events", rows[:3])
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
    print("   orders_change", x, y)
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
    print("   top_per_customer", rows[:4])
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   top_orders", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   top_customers", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    if not one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        return
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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, col="f.rating"):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    print("   rank_fb_avg", rows[:4])
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   top_fb_count", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
NOSHOW_WIN = ("2025-09-01", "2025-11-30")
(DISCOVER, TRIAL_BOOK, TRIAL_CLASS, NOSHOW, CARD, LESSON_BUY, LESSON, LANE_BOOK, LANE_WAIT, CHECKIN, RENTAL,
 EXAM_SIGNUP, EXAM_SIT, EXAM_PASS, SHOP, REFUND, RATE, RENEW) = (
    "tp_discover", "tp_trial_book", "tp_trial_class", "tp_coach_noshow", "tp_card_buy", "tp_lesson_buy", "tp_lesson",
    "tp_lane_book", "tp_lane_wait", "tp_lane_checkin", "tp_rental", "tp_exam_signup", "tp_exam_sit", "tp_exam_pass",
    "tp_shop_buy", "tp_refund", "tp_rate", "tp_renew")
APP = "f.channel = 'mini_program_review'"
HAS_LESSONS = ("EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = a.customer_id AND o.order_type = "
               "'lesson_package' AND o.status = 'paid')")
WAIT_T = _like("f.text", ["排队", "等靶道", "waited", "queue"])
NOSHOW_T = _like("f.text", ["教练没来", "放鸽子", "临时没来", "didn't show up", "no-show", "never turned up"])
WORN_T = _like("f.text", ["箭羽", "箭杆", "箭太旧", "worn out", "fletching", "bent arrows"])
PRAISE_T = _like("f.text", ["耐心", "讲得很细", "patient", "great coaching"])
PRICE_T = _like("f.text", ["贵", "价格偏高", "pricey", "expensive"])
EXAM_T = _like("f.text", ["考级没过", "考级太难", "belt exam"])
SHOP_T = _like("f.text", ["调弓配箭", "磅数", "fitted my bow", "draw weight"])


def gold():
    return {
        # ---- funnels / conversion
        "ar01": lambda: conv("trial", *Y25),
        "ar02": lambda: top_lost("trial", *Q4_25),
        "ar03": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "ar04": lambda: conv("trial", *Y25, cond="c.acquisition_channel = 'friend'"),
        "ar05": lambda: rate(TRIAL_BOOK, TRIAL_CLASS, *H1_26),
        "ar06": lambda: rate(TRIAL_BOOK, NOSHOW, *NOSHOW_WIN, "a.store_id = 'S02'"),
        "ar07": lambda: rate(TRIAL_BOOK, NOSHOW, *NOSHOW_WIN, "a.store_id <> 'S02'"),
        "ar08": lambda: top_events(NOSHOW, "e.coach_en", *Y25),
        "ar09": lambda: coach_trial_card(*ALL, "a.coach"),
        "ar10": lambda: coach_trial_card(*ALL, "a.coach_en", coach="Coach Li"),
        "ar11": lambda: conv("renewal", *H1_25, unbounded_only=True),
        "ar12": lambda: conv("renewal", *H2_25, unbounded_only=True),
        "ar13": lambda: rate(LANE_BOOK, CHECKIN, *month(2026, 3)),
        "ar14": lambda: conv("exam", *Y25),
        "ar15": lambda: rate(EXAM_SIT, EXAM_PASS, *ALL, HAS_LESSONS),
        "ar16": lambda: rate(EXAM_SIT, EXAM_PASS, *ALL, f"NOT {HAS_LESSONS}"),
        # ---- lane waiting
        "ar17": lambda: wait_median(*H1_26, "e.store_id = 'S04' AND e.weekend"),
        "ar18": lambda: top_wait("e.store", *H1_26, "e.weekend"),
        "ar19": lambda: rate(CHECKIN, LANE_WAIT, *H1_26, "a.store_id = 'S04' AND a.weekend"),
        "ar20": lambda: rate(CHECKIN, LANE_WAIT, *H1_25, "a.store_id = 'S04' AND a.weekend"),
        "ar21": lambda: fb_topic_count(WAIT_T, "lane_wait"),
        "ar22": lambda: top_fb_count("f.store", WAIT_T),
        # ---- arrows / coaches in feedback
        "ar23": lambda: fb_topic_count(WORN_T, "worn_arrows"),
        "ar24": lambda: top_fb_count("f.store_en", WORN_T),
        "ar25": lambda: fb_topic_count(f"{WORN_T} AND f.store_id = 'S07'", period=_in("f.ts", "2026-03-01",
                                                                                       "2026-06-30")),
        "ar26": lambda: fb_topic_count(NOSHOW_T, "coach_noshow", period=_in("f.ts", *Q4_25)),
        "ar27": lambda: events_at(NOSHOW, *NOSHOW_WIN),
        # ---- money
        "ar28": lambda: orders(*Q3_25),
        "ar29": lambda: orders(*month(2026, 5)),
        "ar30": lambda: orders(*Y25, "o.order_type = 'membership'"),
        "ar31": lambda: orders_change(H1_25, H1_26),
        "ar32": lambda: top_orders("o.order_type", *Y25),
        "ar33": lambda: top_orders("o.store", *H1_26, margin=1.05),
        "ar34": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "ar35": lambda: orders(*Y25, "o.order_type = 'pro_shop'"),
        "ar36": lambda: orders(*Q1_26, "o.order_type = 'equipment_rental'"),
        "ar37": lambda: per_customer(*Y25),
        "ar38": lambda: per_customer(*Y25, "c.acquisition_channel = 'douyin'"),
        "ar39": lambda: top_orders("o.\"弓型\"", *Y25, "o.order_type = 'equipment_rental'"),
        # ---- volumes / trends
        "ar40": lambda: events_at(CHECKIN, "2026-03-09", "2026-03-15"),
        "ar41": lambda: events_change(CHECKIN, month(2026, 1), month(2026, 2)),
        "ar43": lambda: events_at(CARD, *month(2026, 4)),
        "ar44": lambda: events_at(RENEW, *month(2026, 4)),
        "ar45": lambda: events_at(TRIAL_CLASS, "2025-07-01", "2025-08-31"),
        # ---- customers
        "ar46": lambda: customers_share("c.tier = 'annual'"),
        "ar47": lambda: customers_count("c.\"城市\" = '深圳' AND c.belt <> 'white'"),
        "ar48": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "ar49": lambda: top_customers('c."获客渠道"', "c.acquisition_channel <> 'dianping'"),
        # ---- feedback
        "ar50": lambda: fb_avg(f"{APP} AND f.store_id = 'S04' AND {_in('f.ts', *H1_26)}", tol=0.03),
        "ar51": lambda: fb_avg(f"{APP} AND f.store_id = 'S04' AND {_in('f.ts', *H2_25)}", tol=0.03),
        "ar52": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 100, margin=1.0),
        "ar53": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *H1_26)}"),
        "ar54": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ar55": lambda: rank_fb_avg("f.store", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", 10, col="f.nps",
                                    margin=0.8),
        "ar56": lambda: rank_fb_avg("f.store_en", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.25),
        "ar57": lambda: fb_avg("f.channel = 'dianping_review'"),
        "ar58": lambda: fb_ratio("f.language = 'en'", "1=1"),
        "ar59": lambda: feedback_ids(f"{WAIT_T} AND f.store_id = 'S04'"),
        "ar60": lambda: fb_topic_count(PRAISE_T, "coach_praise"),
        "ar61": lambda: top_fb_count("f.coach_en", PRAISE_T, margin=1.3),
        # ---- times
        "ar62": lambda: step_time_days(TRIAL_BOOK, TRIAL_CLASS, *Y25),
        "ar63": lambda: step_time_days(EXAM_SIGNUP, EXAM_SIT, *Y25),
        "ar64": lambda: step_time_days(CARD, REFUND, *ALL, agg="avg"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PRICE_T, "price"), (EXAM_T, "exam_hard"), (SHOP_T, "shop_fit")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8")) if batch.exists() else []
    only = "--all" in sys.argv
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if only:
        for k, fn in fns.items():
            print(k, fn())
        return 0
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh}, en {len(items) - zh}, statuses",
          {s: sum(it['expect']['status'] == s for it in items) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
