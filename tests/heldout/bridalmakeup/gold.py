"""Gold answers for the 妆点 GlowDay held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (= a bride) reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from her first step-1 event in the period (booking 60 d, trial 30 d,
  awareness 14 d, weddingday 14 d); rates are per person; the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most
  people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters
  the step-1 people by that attribute;
- a booking = one `session_id` (BK00123): tp_trial_book, tp_trial, tp_deposit, tp_assign, tp_artist_change,
  tp_final_pay, tp_wedding_day, tp_touchup (0..n), tp_photo_review, tp_refund, tp_referral. Per-booking rates count
  bookings whose first event at step A falls in the period (by its date) and look for step B in the same booking at
  any time (before or after A); booking attributes (artist, 化妆师等级 / artist_level, 城市, call_time, package) are
  read from the step-A event (the artist on the wedding-day event is the one who actually did the wedding);
- a wedding = a tp_wedding_day event (one per booking), dated by the wedding morning; "late" = late_min > 0 (arrived
  after the call time); lateness per artist = share of that artist's weddings with late_min > 0;
- money = orders with status `paid` (refunded trial fees / deposits / add-ons are no revenue), by order ts;
  revenue = trial fees + deposits + balances + bridesmaid add-ons + travel fees + touch-up add-ons; refunds =
  `refund_amount` of `tp_refund` events by refund date; spend per paying bride = paid amount / customers with >= 1
  paid order in the period;
- customer attributes are as stored (state at the end of the data, 2026-06-30); zh questions are checked against the
  Chinese twins (artist, 城市, 化妆师等级, 套餐, 婚礼风格), en ones against artist_en / region / city / package /
  wedding_style / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = channel `wechat_review` (返图评价 in the mini program) unless the
  question names Dianping; rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars;
  NPS = survey `nps` (0-10), promoters 9-10;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.15):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def addon_rate(start, end, otype, cond="1=1"):
    """share of bookings with a deposit in the period that also have an order of `otype` (any status)."""
    v = one(f"""SELECT avg((o.booking_id IS NOT NULL)::int) FROM {_first('tp_deposit')} a
                LEFT JOIN (SELECT DISTINCT booking_id FROM orders WHERE order_type = '{otype}') o
                ON o.booking_id = a.session_id LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_addon_rate(start, end, otype, by, margin=1.2):
    rows = q(f"""SELECT {by}, avg((o.booking_id IS NOT NULL)::int) r FROM {_first('tp_deposit')} a
                 LEFT JOIN (SELECT DISTINCT booking_id FROM orders WHERE order_type = '{otype}') o
                 ON o.booking_id = a.session_id LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, min_n=1, margin=1.25, trap=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def touchups_per_wedding(start, end):
    v = one(f"""SELECT (SELECT count(*) FROM events t WHERE t.touchpoint_id = 'tp_touchup' AND t.session_id IN
                  (SELECT session_id FROM events w WHERE w.touchpoint_id = 'tp_wedding_day' AND {_in('w.ts', start, end)}))
                / (SELECT count(*) FROM events w WHERE w.touchpoint_id = 'tp_wedding_day' AND {_in('w.ts', start, end)})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(col, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
Q2_25, Q3_25, Q4_25, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
JUL25_JUN26 = ("2025-07-01", "2026-06-30")
SUMMER_25 = ("2025-06-01", "2025-08-31")
AUTUMN_25 = ("2025-09-01", "2025-11-30")
PEAK = ("2025-09-20", "2025-10-08")
ALL = ("2024-01-01", "2026-12-31")
(DISCOVER, ENQUIRY, TRIAL_BOOK, TRIAL, DEPOSIT, ASSIGN, CHANGE, FINAL, WED, TOUCHUP, REVIEW, REFUND,
 REFERRAL) = ("tp_discover", "tp_enquiry", "tp_trial_book", "tp_trial", "tp_deposit", "tp_assign",
              "tp_artist_change", "tp_final_pay", "tp_wedding_day", "tp_touchup", "tp_photo_review", "tp_refund",
              "tp_referral")
REV = "f.channel = 'wechat_review'"
LATE = "e.late_min > 0"
LATE_T = _like("f.text", ["迟到", "minutes late", "was late", "arrived late"])
NOTLAST_T = _like("f.text", ["脱妆", "不持久", "卡粉", "浮粉", "didn't last", "melted"])
CHANGE_T = _like("f.text", ["换了化妆师", "换化妆师", "被换掉", "switched my artist", "was changed last minute",
                            "replacement artist"])
MISMATCH_T = _like("f.text", ["和试妆不一样", "跟试妆时", "nothing like my trial", "different from the trial"])
HAIR_T = _like("f.text", ["散了", "came loose"])
TRAVEL_T = _like("f.text", ["车马费", "travel fee"])
REFUND_T = _like("f.text", ["退款好慢", "还没到账", "refund took forever", "waiting for my refund"])
PRAISE_T = _like("f.text", ["很自然", "精致又自然", "显白", "超美", "很仙", "stunning", "loved my bridal look", "flawless"])


def gold():
    return {
        # ---- funnels / conversion
        "bm01": lambda: conv("booking", *Y25),
        "bm02": lambda: top_lost("booking", *Q3_25),
        "bm03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "bm04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'referral'"),
        "bm05": lambda: conv("awareness", *Y25),
        "bm06": lambda: conv("awareness", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "bm07": lambda: conv("trial", *Y25),
        "bm08": lambda: rank_rate(TRIAL, DEPOSIT, *Y25, by='a."化妆师等级"'),
        "bm09": lambda: rate(TRIAL, DEPOSIT, *Y25, "a.artist_level = 'junior'"),
        "bm10": lambda: conv("weddingday", *Y25),
        "bm11": lambda: rate(TRIAL_BOOK, REFUND, *Y25, b_cond="refund_reason = 'trial_cancelled'"),
        # ---- wedding-day lateness
        "bm12": lambda: events_share(WED, LATE, *Y25),
        "bm13": lambda: top_events_share(WED, LATE, 'e.artist', *JUL25_JUN26, min_n=20, trap=True),
        "bm14": lambda: events_avg(WED, "e.late_min", *JUL25_JUN26, "e.artist_id = 'A03' AND e.late_min > 0"),
        "bm15": lambda: events_share(WED, LATE, *ALL, "CAST(e.call_time AS VARCHAR) LIKE '04:30%'"),
        "bm16": lambda: events_share(WED, LATE, *ALL, "CAST(e.call_time AS VARCHAR) LIKE '06:00%'"),
        "bm17": lambda: events_at(WED, *Y25, "e.late_min > 30"),
        # ---- artist changes
        "bm18": lambda: rate(WED, CHANGE, *PEAK),
        "bm19": lambda: rate(WED, CHANGE, *Y25, f"NOT ({_in('a.t', *PEAK)})"),
        "bm21": lambda: events_at(REFUND, *ALL, "e.refund_reason = 'artist_change'"),
        # ---- money
        "bm22": lambda: orders(*Q4_25),
        "bm23": lambda: orders(*month(2025, 10)),
        "bm24": lambda: orders(*month(2025, 9)),
        "bm25": lambda: orders(*Y25, "o.order_type = 'bridesmaid_addon'"),
        "bm26": lambda: orders_change(H1_25, H1_26),
        "bm27": lambda: orders(*Y25, "o.order_type = 'travel_fee'"),
        "bm28": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "bm29": lambda: top_orders('o."城市"', *Y25),
        "bm30": lambda: orders(*Y25, "o.package = 'luxe' AND o.order_type IN ('deposit', 'balance')"),
        "bm31": lambda: per_customer(*Y25),
        "bm32": lambda: per_customer(*Y25, "c.tier = 'luxe'"),
        "bm33": lambda: orders(*Y25, "o.order_type = 'trial'"),
        "bm34": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.refund_reason = 'trial_cancelled'"),
        "bm35": lambda: orders_avg("o.bridesmaids", *Y25, "o.order_type = 'bridesmaid_addon'"),
        "bm36": lambda: addon_rate(*Y25, "bridesmaid_addon"),
        "bm37": lambda: top_addon_rate(*Y25, "bridesmaid_addon", "c.wedding_style"),
        # ---- volumes / trends
        "bm38": lambda: events_at(WED, *month(2025, 10)),
        "bm39": lambda: events_at(WED, *month(2025, 7)),
        "bm42": lambda: events_change(WED, Q2_25, Q2_26),
        "bm43": lambda: events_at(WED, "2025-05-19", "2025-05-25"),
        "bm44": lambda: events_at(DEPOSIT, "2025-06-02", "2025-06-08"),
        # ---- customers
        "bm45": lambda: customers_count("c.segment = 'booked'"),
        "bm46": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "bm47": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "bm48": lambda: top_customers("c.region", "c.tier = 'luxe'"),
        # ---- touch-ups / makeup lasting
        "bm49": lambda: rate(WED, TOUCHUP, *SUMMER_25, b_cond="touchup_reason = 'makeup_fix'"),
        "bm50": lambda: rate(WED, TOUCHUP, *AUTUMN_25, b_cond="touchup_reason = 'makeup_fix'"),
        "bm51": lambda: touchups_per_wedding(*Y25),
        # ---- feedback
        "bm52": lambda: fb_topic_count(LATE_T, "late"),
        "bm53": lambda: top_fb_count("f.artist_en", LATE_T, margin=1.5),
        "bm54": lambda: fb_avg(f"{REV} AND f.artist_id = 'A03'"),
        "bm55": lambda: fb_topic_count(NOTLAST_T, "not_lasting", period=_in("f.ts", *Y25)),
        "bm57": lambda: fb_ratio("f.rating <= 2", f"{REV} AND {_in('f.ts', *Y25)}"),
        "bm58": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "bm59": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "bm60": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "bm61": lambda: rank_fb_avg("f.artist", f"{REV} AND {_in('f.ts', *Y25)}", 15, margin=0.15),
        "bm62": lambda: feedback_ids(CHANGE_T),
        "bm64": lambda: fb_topic_count(TRAVEL_T, "travel_fee"),
        "bm65": lambda: fb_topic_count(REFUND_T, "refund_slow"),
        "bm66": lambda: fb_topic_count(MISMATCH_T, "mismatch"),
        "bm67": lambda: fb_avg(f"f.channel = 'dianping_review' AND {_in('f.ts', *Y25)}", tol=0.05),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((CHANGE_T, "artist_change"), (HAIR_T, "hair_loose"), (PRAISE_T, "praise_look")):
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
