"""Gold answers for the 琴匠 Luthier House held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (trial_buy 30 d, commission 365 d,
  rental_rto 540 d, repair 30 d, shop 7 d); rates are per person (customer_id); the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer
  attribute filters the step-1 people by that attribute (customers table, state at the end of the data);
- a session_id is one business object: BK… a trial booking (tp_trial_book, tp_trial; walk-in trials have none), CM…
  a commission (quote → deposit → design → white → varnish → handover), RT… a student rental (start, monthly debits,
  rto | return), RP… a repair ticket (also in `ticket_id`), SH… a shop basket (cart, order). Per-object rates count
  objects whose first A event falls in the period and look for B in the same object (within N days when said, else
  up to the end of the data, 2026-07-31); the object's store / instrument / device are read from its A event;
  show-up rate = bookings with a tp_trial of the same booking; trial -> purchase per person = people whose first
  trial in the period bought (tp_purchase) within 30 days after it;
- times between steps = B ts - A ts of the same object in fractional days, median over objects whose A falls in the
  period (repairs by drop-off date, varnish -> handover by varnish date);
- money = orders with status `paid` by order ts, in CNY (`amount`); London's GBP = `amount_local` of S04 orders.
  Revenue = every paid order (instrument, commission deposit and balance, monthly rent, rent-to-own buy-out, repair
  fee, accessory); rental deposits are never `paid` (held / refunded / applied) and are not revenue; "deposit still
  held" = rental_deposit orders with status `held`; spend per customer = paid amount / distinct paying customers;
- A/B test quote_render_2026: a customer converts when they have a tp_deposit after their assigned_at (any time up
  to the end of the data); rates per assigned customer;
- customer attributes as stored; zh questions are checked against the Chinese twins (store, 乐器, 维修类型, 获客渠道),
  en ones against the English values (store_en, instrument, repair_type, acquisition_channel) / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with a rating (app_review, dianping, google_review); negative =
  1-2 stars; NPS = survey `nps`, NPS score = share 9-10 minus share 0-6 (a fraction);
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per person, DATA.md rule) ----------

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
    """unbounded_only: the question says later steps count up to the end of the data."""
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
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
        _assert_margin(rows, margin, lowest)
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


# ---------- per business object (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None, days=None):
    sel = f"{by}, " if by else ""
    lim = f"AND b.ts <= a.t + INTERVAL {days} DAY" if days else ""
    return q(f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                        AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t {lim}))::int) r, count(*) n
                 FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond})
                 {f'GROUP BY 1 HAVING {by} IS NOT NULL ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", days=None):
    v = sess_rate(a_tp, b_tp, start, end, cond, days=days)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=20, margin=1.25, days=None, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, days=days)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


def cust_within(a_tp, b_tp, days, start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                       AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t AND b.ts <= a.t + INTERVAL {days} DAY))::int)
                FROM (SELECT e.customer_id, min(e.ts) t FROM events e WHERE e.touchpoint_id = '{a_tp}'
                      AND {_in('e.ts', start, end)} GROUP BY 1) a JOIN customers c USING (customer_id)
                WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def _times(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}median(date_diff('second', a.t, b.t) / 86400.0) m, count(*) n
                 FROM {_first(a_tp)} a JOIN {_first(b_tp)} b ON a.session_id = b.session_id AND b.t > a.t
                 WHERE {_in('a.t', start, end)} AND ({cond}) {f'GROUP BY 1 ORDER BY m DESC' if by else ''}""")


def step_time(a_tp, b_tp, start, end, cond="1=1"):
    v, n = _times(a_tp, b_tp, start, end, cond)[0]
    assert n >= 10, n
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.05), 2))


def top_step_time(a_tp, b_tp, start, end, by, margin=1.5):
    rows = _times(a_tp, b_tp, start, end, by=by)
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, margin=1.1, fmt="%Y-%m"):
    rows = q(f"SELECT strftime(e.ts, '{fmt}'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month_count(tp, start, end, margin=1.05):
    """the count of the busiest calendar month (the question asks for it)."""
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_deposit' AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE experiment_id = 'quote_render_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {cond}"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
WINTER = ("2025-12-01", "2026-02-28")
BUG = ("2026-05-11", "2026-06-20")
LONDON_LATE = ("2025-10-01", "2026-02-28")
(DISCOVER, BROWSE, BOOK, TRIAL, PURCHASE, QUOTE, DEPOSIT, DESIGN, WHITE, VARNISH, HANDOVER, RENTAL, RENT_PAY, RTO,
 RETURN, REPAIR_IN, REPAIR_DONE, CART, SHOP_ORDER, LESSON, REVIEW) = (
    "tp_discover", "tp_browse", "tp_trial_book", "tp_trial", "tp_purchase", "tp_quote", "tp_deposit", "tp_design",
    "tp_white", "tp_varnish", "tp_handover", "tp_rental_start", "tp_rent_pay", "tp_rto", "tp_rental_return",
    "tp_repair_in", "tp_repair_done", "tp_shop_cart", "tp_shop_order", "tp_lesson_ref", "tp_review")
RATED = "f.rating IS NOT NULL"
APP = "f.channel = 'app_review'"
TOPIC_MARKERS = {
    "delay": ["交期", "延期", "delay", "still waiting"], "no_update": ["进度", "no update"],
    "repair_slow": ["修琴", "repair"], "crack": ["开裂", "crack"], "shipping": ["快递", "shipping", "courier"],
    "pay_fail": ["支付失败", "checkout"], "rental_dep": ["押金", "deposit"], "pricey": ["贵", "expensive", "pricey"],
    "tone": ["音色", "tone"], "craft": ["做工", "craftsmanship"], "trial": ["试琴", "trial"],
    "luthier": ["师傅", "luthier"], "rto": ["租转买", "rent-to-own"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels / conversion
        "lu01": lambda: conv("trial_buy", *Y25),
        "lu02": lambda: top_lost("trial_buy", *H1_26),
        "lu03": lambda: rank_rate(BOOK, TRIAL, *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "lu04": lambda: rate(BOOK, TRIAL, *Y25, "c.acquisition_channel = 'xiaohongshu'"),
        "lu05": lambda: cust_within(TRIAL, PURCHASE, 30, *Y25, "c.acquisition_channel = 'teacher_referral'"),
        "lu06": lambda: cust_within(TRIAL, PURCHASE, 30, *Y25, "c.acquisition_channel = 'douyin'"),
        "lu07": lambda: rank_conv("trial_buy", *Y25, by='c."获客渠道"', margin=1.15),
        "lu08": lambda: conv("commission", *H1_25, unbounded_only=True),
        "lu09": lambda: top_lost("commission", *Y25),
        "lu10": lambda: rate(QUOTE, DEPOSIT, *Y25),
        "lu11": lambda: conv("shop", *Y25),
        "lu12": lambda: rank_rate(CART, SHOP_ORDER, *BUG, by="a.device", lowest=True, margin=1.5),
        "lu13": lambda: rate(CART, SHOP_ORDER, *BUG, "a.device = 'android'"),
        "lu14": lambda: rate(CART, SHOP_ORDER, "2026-03-01", "2026-04-30", "a.device = 'android'"),
        # ---- rentals
        "lu15": lambda: rate(RENTAL, RTO, *H1_25),
        "lu16": lambda: rank_rate(RENTAL, RTO, *Y25, by="a.instrument", margin=1.3),
        "lu17": lambda: rate(RENTAL, RTO, *Y25, "a.instrument = 'violin'"),
        "lu18": lambda: step_time(RENTAL, RTO, *ALL),
        "lu19": lambda: events_at(RETURN, *Y25),
        "lu20": lambda: orders(*Y25, "o.order_type = 'monthly_rent'"),
        # ---- repairs
        "lu21": lambda: step_time(REPAIR_IN, REPAIR_DONE, *WINTER, "a.store_id = 'S01'"),
        "lu22": lambda: step_time(REPAIR_IN, REPAIR_DONE, *WINTER, "a.store_id = 'S02'"),
        "lu23": lambda: top_step_time(REPAIR_IN, REPAIR_DONE, *WINTER, by="a.store_en", margin=2.0),
        "lu24": lambda: top_events_count(REPAIR_IN, 'e."维修类型"', "2025-11-01", "2026-02-28",
                                         "e.city = 'Beijing'", margin=1.5),
        "lu25": lambda: events_at(REPAIR_IN, *month(2026, 1)),
        "lu26": lambda: step_time(REPAIR_IN, REPAIR_DONE, "2025-06-01", "2025-08-31", "a.store_id = 'S03'"),
        # ---- commissions
        "lu27": lambda: step_time(VARNISH, HANDOVER, *LONDON_LATE, "a.store_id = 'S04'"),
        "lu28": lambda: step_time(VARNISH, HANDOVER, *LONDON_LATE, "a.store_id <> 'S04'"),
        "lu29": lambda: step_time(DEPOSIT, HANDOVER, *Y25),
        "lu31": lambda: ab_rate("render_video"),
        "lu32": lambda: ab_rate("pdf_quote"),
        "lu33": lambda: ab_diff("render_video", "pdf_quote"),
        # ---- money
        "lu34": lambda: orders(*Y25),
        "lu35": lambda: orders(*Q2_26, "o.order_type = 'instrument'"),
        "lu36": lambda: top_orders("o.store", *Y25, margin=1.1),
        "lu37": lambda: top_orders("o.instrument", *Y25, margin=1.3),
        "lu38": lambda: orders(*H1_26, "o.order_type = 'accessory'"),
        "lu39": lambda: orders(*Y25, "o.store_id = 'S04'", col="o.amount_local"),
        "lu40": lambda: orders(*month(2026, 7), "o.order_type = 'repair_fee'"),
        "lu41": lambda: orders_change(Q1_25, Q1_26, "o.order_type = 'monthly_rent'"),
        "lu42": lambda: per_customer(*Y25, "o.order_type = 'instrument'"),
        "lu43": lambda: orders_all("o.order_type = 'rental_deposit' AND o.status = 'held'"),
        "lu44": lambda: orders(*Y25, "o.order_type = 'commission_deposit'"),
        # ---- customers
        "lu45": lambda: customers_count("c.region = 'London'"),
        "lu46": lambda: customers_count("c.tier = 'gold'"),
        "lu47": lambda: top_customers_by("c.acquisition_channel", "c.segment = 'commission_client'", margin=1.2),
        "lu48": lambda: customers_share(f"EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id "
                                        f"AND e.touchpoint_id IN ('{PURCHASE}', '{HANDOVER}'))",
                                        "c.player_level = 'conservatory'"),
        # ---- volumes
        "lu49": lambda: events_at(BOOK, "2025-09-01", "2025-09-07"),
        "lu50": lambda: events_at(BOOK, *month(2025, 9)),
        "lu51": lambda: top_month_count(BOOK, *Y25, margin=1.05),
        # ---- feedback
        "lu54": lambda: fb_topic_count(TP["delay"]),
        "lu55": lambda: top_fb_count("f.store_en", TP["delay"], margin=1.5),
        "lu56": lambda: fb_topic_count(TP["repair_slow"]),
        "lu57": lambda: fb_topic_count(TP["pay_fail"]),
        "lu58": lambda: fb_topic_count(TP["shipping"]),
        "lu59": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "lu60": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "lu61": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "lu62": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "lu63": lambda: nps_score("f.channel = 'survey' AND f.store_id = 'S04'"),
        "lu64": lambda: fb_topic_count(TP["tone"]),
        "lu65": lambda: fb_topic_count(TP["luthier"]),
        "lu66": lambda: fb_topic_count(TP["rto"]),
        "lu67": lambda: feedback_ids(TP["rental_dep"]),
        "lu70": lambda: fb_topic_count(TP["pricey"]),
    }


def checks():
    for topic, cond in TP.items():
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
