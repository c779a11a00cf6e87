"""Gold answers for the 律音 TrueTone held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, visit 14 d, repair 30 d,
  move 45 d, review 7 d, rebook 365 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says to count later steps. "Where do we
  lose the most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is
  attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a job = one `session_id` (J000123): [tp_rebook,] tp_book, tp_pay, tp_cancel / tp_refund, tp_dispatch, then
  tp_arrive, tp_tune, [tp_repair_quote, tp_quote_accept, tp_repair_done], [tp_retune], [tp_rate] for tunings and
  repairs, or tp_move_pickup, tp_move_deliver, [tp_retune], [tp_rate] for moves. Care-plan and contract visits are
  jobs too (tp_dispatch, tp_arrive, tp_tune, ...) without booking or payment. A paid job = it has a `tp_pay`;
  per-job rates count jobs whose first event at the named step A falls in the period (by its date) and look for the
  later step B in the same job at any time; job attributes (城市 / city, technician, device, channel, repair part,
  mover) are read from the step-A event;
- "late" = `late_minutes` > 15 on tp_arrive (every visit, incl. care-plan and contract visits); times between steps =
  per job, first B ts - first A ts (B after A), the period by the date of A; hours or days as asked;
- money = orders with status `paid` (refunded orders are no revenue), by order ts: tuning + repair + move +
  care_plan + contract; refunds = `refund_amount` of `tp_refund` events by refund date; spend per paying customer =
  paid amount / customers with >= 1 paid order in the period; paid jobs = `tp_pay` events (one per job, later
  cancellations included);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 客户类型, 搬运公司, 维修部件, technician = Chinese name, 获客渠道), en ones against city / customer_type /
  technician_en / repair_part / acquisition_channel / touchpoint_id / order_type;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating (in-app and Dianping); negative = 1-2 stars when the question says so; NPS = the mean of
  survey `nps` (0-10) when the question asks for the average score;
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


# ---------- per job (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of jobs with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
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


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r DESC")
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
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ANDROID_BUG = ("2025-11-03", "2025-11-30")
RAIN = ("2025-06-01", "2025-07-31")
(DISCOVER, BOOK, PAY, CANCEL, REFUND, DISPATCH, ARRIVE, TUNE, QUOTE, ACCEPT, REPAIRED, PICKUP, DELIVER, RETUNE, RATE,
 PLAN, REBOOK, CONTRACT) = (
    "tp_discover", "tp_book", "tp_pay", "tp_cancel", "tp_refund", "tp_dispatch", "tp_arrive", "tp_tune",
    "tp_repair_quote", "tp_quote_accept", "tp_repair_done", "tp_move_pickup", "tp_move_deliver", "tp_retune",
    "tp_rate", "tp_care_plan", "tp_rebook", "tp_contract")
APP = "f.channel = 'mini_program_review'"
LATE = "e.late_minutes > 15"
LATE_T = _like("f.text", ["迟到", " late"])
PITCH_T = _like("f.text", ["不准", "跑音", "out of tune"])
STICKY_T = _like("f.text", ["发黏", "stick"])
MOVE_T = _like("f.text", ["刮花", "磕坏", "scratched", "damaged during the move"])
QUOTE_T = _like("f.text", ["报价", "quote"])
REFUND_T = _like("f.text", ["没到账", "refund"])
BUG_T = _like("f.text", ["选不了日期", "日历", "calendar", "pick a date"])
PRAISE_T = _like("f.text", ["专业", "手艺好", "professional", "craft", "sounds beautiful"])


def gold():
    return {
        # ---- funnels / conversion
        "pt01": lambda: conv("booking", *Y25),
        "pt02": lambda: top_lost("booking", *Q2_25),
        "pt03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "pt04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'teacher_referral'"),
        "pt05": lambda: rate(BOOK, PAY, *ANDROID_BUG, "a.device = 'android' AND a.channel = 'mini_program'"),
        "pt06": lambda: rate(BOOK, PAY, *ANDROID_BUG, "a.device = 'ios' AND a.channel = 'mini_program'"),
        "pt07": lambda: conv("visit", *Y25),
        "pt08": lambda: conv("repair", *Y25),
        "pt09": lambda: rank_rate(QUOTE, ACCEPT, "2025-01-01", "2026-08-31", by="a.repair_part", lowest=True,
                                  margin=1.4),
        "pt10": lambda: rate(QUOTE, ACCEPT, "2025-01-01", "2026-08-31", "a.\"维修部件\" = '琴弦'"),
        "pt11": lambda: rate(DELIVER, RETUNE, *Y25),
        "pt12": lambda: conv("review", *Y25),
        "pt13": lambda: rank_conv("rebook", *H1_25, by='c."客户类型"', margin=1.12, unbounded_only=True),
        "pt14": lambda: conv("rebook", *H1_25, cond="c.customer_type = 'household'", unbounded_only=True),
        # ---- punctuality / times
        "pt15": lambda: events_share(ARRIVE, LATE, *Y25),
        "pt16": lambda: top_events_share(ARRIVE, LATE, "e.technician_en", *Y25, margin=1.5),
        "pt17": lambda: events_share(ARRIVE, LATE, *Y25, "e.technician_id = 'T05'"),
        "pt18": lambda: top_events_share(ARRIVE, LATE, 'e."城市"', *Y25, margin=1.5),
        "pt19": lambda: step_time(PAY, DISPATCH, *Q4_25, unit="hours"),
        "pt20": lambda: step_time(ACCEPT, REPAIRED, *Y25, "a.repair_part = 'hammers'", agg="avg"),
        "pt21": lambda: step_time(ACCEPT, REPAIRED, *Y25, "a.repair_part = 'strings'", agg="avg"),
        "pt22": lambda: step_time(DELIVER, RETUNE, *Y25),
        "pt23": lambda: step_time(CANCEL, REFUND, *Y25, unit="hours", agg="avg"),
        # ---- money
        "pt24": lambda: orders(*Q3_25),
        "pt25": lambda: orders(*month(2026, 2)),
        "pt26": lambda: orders(*month(2026, 1)),
        "pt27": lambda: orders(*Y25, "o.order_type = 'move'"),
        "pt28": lambda: orders_change(H1_25, H1_26),
        "pt29": lambda: orders(*H2_25, "o.order_type = 'repair'"),
        "pt30": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "pt31": lambda: top_orders('o."城市"', *Y25),
        "pt32": lambda: top_orders("o.order_type", *Y25, margin=1.1),
        "pt33": lambda: orders(*Y25, "o.order_type = 'contract'"),
        "pt34": lambda: per_customer(*Y25),
        "pt35": lambda: per_customer(*Y25, "c.\"客户类型\" = '学校'"),
        "pt36": lambda: top_per_customer("c.\"客户类型\"", *Y25, min_n=100),
        # ---- volumes / trends
        "pt37": lambda: events_at(PAY, "2025-09-08", "2025-09-14"),
        "pt38": lambda: events_at(TUNE, *month(2026, 7)),
        "pt39": lambda: events_at(TUNE, *month(2026, 6)),
        "pt41": lambda: events_change(PAY, Q4_25, Q1_26),
        "pt42": lambda: events_at(PLAN, *Y25),
        "pt43": lambda: events_at(TUNE, *Y25, "e.pitch_raise = 'yes'"),
        "pt44": lambda: events_share(TUNE, "e.pitch_raise = 'yes'", *Y25),
        # ---- customers
        "pt45": lambda: customers_share("c.customer_type = 'teacher'"),
        "pt46": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员类型\" = '年度保养会员'"),
        "pt47": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "pt48": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.3),
        # ---- feedback
        "pt49": lambda: fb_topic_count(PITCH_T, "pitch"),
        "pt50": lambda: top_fb_count("f.technician_en", PITCH_T, margin=1.5),
        "pt51": lambda: fb_avg(f"{APP} AND f.technician_id = 'T11'", tol=0.03),
        "pt52": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *Y25)),
        "pt53": lambda: fb_topic_count(MOVE_T, "move_damage"),
        "pt54": lambda: top_events_share(DELIVER, "e.damage = 'yes'", 'e."搬运公司"', *Y25, margin=2.0),
        "pt55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pt56": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "pt57": lambda: rank_fb_avg("f.technician_en", APP, 50, margin=0.08, highest=True, trap=True),
        "pt58": lambda: fb_avg(f"{APP} AND f.\"城市\" = '上海' AND {_in('f.ts', *RAIN)}", tol=0.03),
        "pt59": lambda: fb_avg(f"{APP} AND f.\"城市\" = '上海' AND {_in('f.ts', '2025-03-01', '2025-05-31')}", tol=0.03),
        "pt60": lambda: fb_topic_count(STICKY_T, "sticky"),
        "pt61": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pt62": lambda: feedback_ids(QUOTE_T),
        "pt63": lambda: fb_topic_count(BUG_T, "booking_bug", period=_in("f.ts", *month(2025, 11))),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((QUOTE_T, "quote_pricey"), (REFUND_T, "refund_slow"), (PRAISE_T, "praise")):
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
