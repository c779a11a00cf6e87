"""Gold answers for the 理居 NeatNest held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (lead 30 d, survey 21 d, service 45 d,
  revisit 60 d, membership 90 d, refund 30 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a project = one `session_id` (PJ000123): tp_consult, [tp_survey,] tp_quote, tp_book, [tp_storage,] [tp_cancel,
  tp_refund,] tp_arrive, tp_session, [tp_storage,] [tp_claim,] tp_accept, [tp_rate,] [tp_revisit,] [tp_member].
  Per-project rates count projects whose first event at the named step A falls in the period (by its date) and look
  for step B in the same project at any time; project attributes (city / 服务城市, team / team_en, service_type /
  服务类型) are read from the step-A event, customer attributes from customers;
- late = a tp_arrive check-in with late_minutes > 15, per check-in, period by check-in date;
- money = orders with status `paid` (refunded session fees, returned storage products and cooled-off packages are no
  revenue), by order ts; revenue = sessions + storage products + packages; refunds = `refund_amount` of `tp_refund`
  events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
  paid bookings = `tp_book` events (one per project, paid in full at booking);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市 / 服务城市, 获客渠道, 家庭类型, 服务类型, team), en ones against the English values (region / city,
  acquisition_channel, household_type, service_type, team_en, touchpoint_id);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by touchpoint =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; the likelihood to
  recommend = survey `nps` (0-10), promoters = 9-10;
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


# ---------- per project (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of projects with a first `a_tp` in the period that have a `b_tp`."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.2, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
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


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.2, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_events(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


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
    assert rows[0][0] != big[0][0], rows[:3]          # a small group tops the raw list
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
    if topic and one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
NANSHAN_TEMPS = ("2025-09-01", "2025-11-30")
(DISCOVER, CONSULT, SURVEY, QUOTE, BOOK, CANCEL, REFUND, ARRIVE, SESSION, STORAGE, CLAIM, ACCEPT, RATE, REVISIT,
 MEMBER) = ("tp_discover", "tp_consult", "tp_survey", "tp_quote", "tp_book", "tp_cancel", "tp_refund", "tp_arrive",
            "tp_session", "tp_storage", "tp_claim", "tp_accept", "tp_rate", "tp_revisit", "tp_member")
APP = "f.channel = 'mini_program_review'"
LATE = "e.late_minutes > 15"
LOST_T = _like("f.text", ["找不到了", "不见了", "弄丢", "missing", "they lost"])
LATE_T = _like("f.text", ["迟到", "late"])
BOX_T = _like("f.text", ["太贵", "overpriced", "too expensive"])
DAMAGED_T = _like("f.text", ["坏了", "damaged"])
MESSY_T = _like("f.text", ["又乱了", "messy again"])
PRAISE_T = _like("f.text", ["井井有条", "so tidy"])


def gold():
    return {
        # ---- funnels / conversion
        "ho01": lambda: conv("lead", *Y25),
        "ho02": lambda: top_lost("lead", *Q4_25),
        "ho03": lambda: rank_conv("lead", *Y25, by="c.acquisition_channel", margin=1.3),
        "ho04": lambda: conv("lead", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "ho05": lambda: conv("survey", *H2_25),
        "ho06": lambda: rate(QUOTE, BOOK, *Y25),
        "ho07": lambda: rate(QUOTE, BOOK, *Y25, "a.service_type = 'whole_home'"),
        "ho08": lambda: rate(QUOTE, BOOK, *Y25, "a.service_type = 'wardrobe'"),
        "ho09": lambda: rank_rate(QUOTE, BOOK, *Y25, by='c."获客渠道"', lowest=True, margin=1.15),
        "ho10": lambda: rate(BOOK, CANCEL, *Y25),
        "ho11": lambda: conv("revisit", *H1_25, unbounded_only=True),
        "ho12": lambda: rank_rate(ACCEPT, REVISIT, *Y25, by='a."服务类型"', margin=1.2),
        "ho13": lambda: conv("membership", *Y25, unbounded_only=True),
        "ho14": lambda: rate(SESSION, STORAGE, *H1_25),
        "ho15": lambda: rate(SESSION, STORAGE, *H2_25),
        "ho16": lambda: orders_share("o.status = 'refunded'", *H2_25, "o.order_type = 'storage'"),
        "ho17": lambda: orders(*Q3_25, "o.order_type = 'storage'"),
        # ---- lateness
        "ho18": lambda: events_share(ARRIVE, LATE, *Y25),
        "ho19": lambda: top_events_share(ARRIVE, LATE, "e.city", *Y25, margin=1.5),
        "ho20": lambda: events_share(ARRIVE, LATE, *month(2026, 3)),
        "ho21": lambda: events_share(ARRIVE, LATE, *month(2026, 1)),
        "ho22": lambda: top_events_share(ARRIVE, LATE, "e.team_en", *H1_26, margin=1.2, min_n=50),
        "ho23": lambda: events_share(ARRIVE, LATE, *H1_26, "e.team_id = 'GZ3'"),
        "ho24": lambda: events_avg(ARRIVE, "e.late_minutes", "2026-03-01", "2026-04-30", LATE),
        # ---- lost items
        "ho26": lambda: rate(SESSION, CLAIM, *NANSHAN_TEMPS, "a.team_id = 'SZ1'"),
        "ho27": lambda: top_events(CLAIM, "e.team_en", *Q4_25, margin=1.5),
        "ho28": lambda: fb_topic_count(LOST_T, "lost_item"),
        "ho29": lambda: top_fb_count("f.team_en", LOST_T, margin=1.4),
        "ho30": lambda: feedback_ids(f"{LOST_T} AND f.team_id = 'SZ1'"),
        "ho31": lambda: events_share(CLAIM, "e.claim_result = 'found'", *Y25),
        # ---- money
        "ho32": lambda: orders(*Q2_26),
        "ho33": lambda: orders(*Y25, "o.order_type = 'session'"),
        "ho34": lambda: orders(*Y25, "o.order_type = 'package'"),
        "ho35": lambda: orders_change(H1_25, H1_26),
        "ho36": lambda: top_orders("o.service_type", *Y25, "o.order_type = 'session'", margin=1.3),
        "ho37": lambda: top_orders('o."服务城市"', *Y25, "o.order_type = 'session'", margin=1.3),
        "ho38": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "ho39": lambda: events_sum(REFUND, "e.refund_amount", *month(2026, 4)),
        "ho40": lambda: orders_avg(*Y25, "o.order_type = 'session' AND o.service_type = 'whole_home'"),
        "ho41": lambda: per_customer(*Y25),
        "ho42": lambda: top_per_customer("c.household_type", *Y25, min_n=100),
        "ho43": lambda: per_customer(*Y25, "c.\"家庭类型\" = '别墅大宅'"),
        "ho44": lambda: orders(*Q1_26, "o.order_type = 'session' AND o.payment_method = 'huabei'"),
        # ---- volumes / trends
        "ho45": lambda: events_at(SESSION, "2025-10-13", "2025-10-19"),
        "ho46": lambda: events_at(SESSION, *month(2025, 7), "e.\"服务类型\" = '搬家整理'"),
        "ho49": lambda: events_change(BOOK, Q4_25, Q1_26),
        "ho50": lambda: events_at(SURVEY, *month(2026, 5)),
        # ---- customers
        "ho51": lambda: customers_count("c.region = 'Shenzhen' AND c.tier = 'gold'"),
        "ho52": lambda: customers_share("c.\"家庭类型\" = '有娃家庭'"),
        "ho53": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "ho54": lambda: top_customers('c."获客渠道"'),
        # ---- feedback
        "ho55": lambda: fb_topic_count(BOX_T, "box_pricey"),
        "ho56": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *H1_26)),
        "ho57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ho58": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5),
        "ho59": lambda: rank_fb_avg('f."服务城市"', f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.1, highest=True),
        "ho60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ho61": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ho62": lambda: fb_topic_count(BOX_T, "box_pricey", period=_in("f.ts", *H2_25)),
        "ho63": lambda: fb_topic_count(MESSY_T, "messy_again"),
        "ho64": lambda: fb_avg(f"f.channel = 'dianping_review' AND {_in('f.ts', *Q1_26)}", tol=0.03),
        "ho65": lambda: fb_topic_count(DAMAGED_T, "damaged"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    _check_topic(PRAISE_T, "praise")


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
