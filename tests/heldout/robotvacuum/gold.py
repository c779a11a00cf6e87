"""Gold answers for the 智扫 RoboNeat robot-vacuum held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window counted from their first step-1 event in the period (purchase 7 d,
  onboarding 14 d, care_pack 30 d, mail_in_repair 30 d). Rates are per customer (people). A person's channel /
  device / model is the one of that first step-1 event; their acquisition channel / country / segment come from
  customers.csv. The tolerance covers both readings of the period end (later steps allowed after the period end, or
  cut at it). "Where do we lose the most people" = the step whose next step is not reached by the most people (the
  loss between k and k+1 belongs to step k);
- pairing failure rate = tp_device_pairing events with action `fail` / all tp_device_pairing events (attempts), by
  event date; per-ticket times use `session_id` (= ticket id on every repair step), the period being the date of the
  first event at the first named step; "remote fix rate" = tp_remote_diagnosis events with action `resolved_remote`
  / all tp_remote_diagnosis events;
- money = orders with status `paid` (unpaid check-outs are `cancelled`, returned robots `returned`) by orders.ts;
  `amount` is in CNY (German orders converted at the fixed group rate 7.8), `amount_local` + `currency` the money
  actually charged (EUR in Germany); robots / consumables / subscription / repair by `order_type`; subscription
  revenue includes renewals; units = number of paid robot orders (quantity is always 1); return rate = returned /
  (paid + returned) robot orders by order date;
- customers: every row of customers.csv with attributes as stored at the end of the data (2026-06-30); "in Germany"
  = country `DE`; "with pets" = has_pet; sign-ups by signup_at; cities are stored as the CRM has them (上海, München);
- subscriptions: new = tp_subscription_start events, cancellations = tp_subscription_cancel events (by date, reason
  `cancel_reason`); the A/B test = experiments.csv, success = a tp_subscription_start of the customer within 30 days
  after assigned_at;
- feedback: "all data" includes undated rows; topic counts by text markers (listed below) with a 5 % tolerance,
  checked against _truth/feedback_truth.csv; ratings are 1-5 stars, negative = 1-2 stars; NPS = the `nps` column
  (0-10) of survey rows, detractors 0-6; rating by touchpoint = feedback.touchpoint_id over rows with a rating;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1", by=None):
    """people per step; cond / by are evaluated on the person's first step-1 event in the period (e.) and the
    customer (c.)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, {by or "'all'"} AS grp, e.ts AS t1,
                    e.ts AS t FROM (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, event_id) rn
                    FROM events WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)}) e
                    JOIN customers c USING (customer_id) WHERE e.rn = 1 AND ({cond})""")
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.grp, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2, 3""")
    out = {}
    for k in range(1, len(steps) + 1):
        for g, n in q(f"SELECT grp, count(*) FROM r{k} GROUP BY 1"):
            out.setdefault(g, [0] * len(steps))[k - 1] = n
    return out


def conv(journey, start, end, cond="1=1", upto=None):
    """share of step-1 people who reach the last step (or step `upto`)."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)["all"]
        print("   ", journey, "bounded" if bounded else "open", c)
        vals.append(c[(upto or len(c)) - 1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def step_conv(journey, start, end, k, cond="1=1"):
    """share of the people reaching step k who reach step k+1."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)["all"]
        print("   ", journey, "bounded" if bounded else "open", c)
        vals.append(c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, min_n=1, margin=1.2, lowest=False, trap=False):
    tops = set()
    for bounded in (False, True):
        rows = [(g, c[-1] / c[0], c[0]) for g, c in funnel(journey, start, end, bounded=bounded, by=by).items()]
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:6]])
        big = [r for r in rows if r[2] >= min_n]
        if lowest:
            assert big[1][1] > big[0][1] * margin, big[:3]
        else:
            assert big[0][1] > big[1][1] * margin, big[:3]
        if trap:
            assert rows[0][0] != big[0][0], rows[:3]
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)["all"]
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def ab():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id = 'tp_subscription_start' AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def ab_top(margin=1.2):
    rows = ab()
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def ab_value(variant):
    return dict(value=round([r[1] for r in ab() if r[0] == variant][0], 4), tolerance=0.01)


# ---------- per ticket (session_id) ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({where})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    g = f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
            WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}), count(*) {g}")[0]
    print("    n =", n)
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {g}")
    print("    calendar days:", w)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def events_agg(tp, agg, start, end, cond="1=1", tol=None):
    v = float(one(f"SELECT {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    if agg.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    return dict(value=round(v, 2), tolerance=tol or round(max(0.5, v * 0.005), 2))


def rank_events(tp, by, start, end, num=None, cond="1=1", min_n=1, margin=1.2, agg=None):
    val = agg or (f"avg(({num})::int)" if num else "count(*)")
    rows = q(f"SELECT {by}, {val} v, count(*) n FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big[:5]])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- money / orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    v = float(one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    if agg.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(p0, p1, cond="1=1", agg="sum(o.amount)"):
    a = orders(*p0, cond, agg)["value"]
    b = orders(*p1, cond, agg)["value"]
    print("   ", a, b)
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def return_rate(start, end, cond="1=1"):
    v, n = q(f"""SELECT avg((o.status = 'returned')::int), count(*) FROM orders o WHERE o.order_type = 'robot'
                 AND o.status IN ('paid', 'returned') AND {_in('o.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_return(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg((o.status = 'returned')::int) r, count(*) FROM orders o
                 WHERE o.order_type = 'robot' AND o.status IN ('paid', 'returned') AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)", status="o.status = 'paid'"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {status} AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def tickets_per_robot(margin=1.4):
    rows = q("""WITH t AS (SELECT model, count(*) n FROM events WHERE touchpoint_id = 'tp_support_ticket' GROUP BY 1),
                     s AS (SELECT model, count(*) n FROM orders WHERE order_type = 'robot' AND status = 'paid'
                           GROUP BY 1)
                SELECT s.model, t.n / s.n r, t.n, s.n FROM s JOIN t USING (model) ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print("    n =", len(ids))
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND truth.topic <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE truth.topic = '{topic}' "
            f"AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in big[:4]])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2025-01-01", "2026-06-30")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q2_26, Q4_25, Q2_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 4), quarter(2025, 2)
MAR26, FEB26, APR26 = month(2026, 3), month(2026, 2), month(2026, 4)
(PAGE, CART, CHECKOUT, PAY, DELIVERY, RETURN, REGISTER, PAIR, MAP, CLEAN, REMIND, SUBPAGE, SUBSTART, FIRSTBOX,
 SUBCANCEL, CONSUMABLE, TICKET, DIAG, PICKUP, CENTER, SHIPBACK, CONFIRM) = [f"tp_{x}" for x in (
    "product_page", "add_to_cart", "checkout", "payment", "delivery", "return", "app_register", "device_pairing",
    "first_map", "first_clean", "consumable_reminder", "subscription_page", "subscription_start", "first_box",
    "subscription_cancel", "consumable_order", "support_ticket", "remote_diagnosis", "pickup", "repair_center",
    "return_ship", "repair_confirm")]
ROBOT = "o.order_type = 'robot'"
PAIR_T = _like("f.text", ["配网", "pairing"])
SLOW_T = _like("f.text", ["寄修", "维修太慢", "repair"])
PRICE_T = _like("f.text", ["涨价", "price"])
BASE_T = _like("f.text", ["基站", "base station", "self-empty", "dock"])
SMELL_T = _like("f.text", ["臭", "异味", "smell"])
NOISE_T = _like("f.text", ["噪音", "loud", "noisy"])
STUCK_T = _like("f.text", ["卡在", "缠住", "stuck"])
DELIV_T = _like("f.text", ["快递", "物流", "box arrived", "delivery"])
SUCTION_T = _like("f.text", ["吸力", "suction"])
MAP_T = _like("f.text", ["建图", "map"])
BATT_T = _like("f.text", ["续航", "电池", "battery"])
CS_T = _like("f.text", ["客服", "support"])
WHEEL_T = _like("f.text", ["轮", "wheel"])
LIDAR_T = _like("f.text", ["雷达", "lidar"])
SETUP_T = _like("f.text", ["开箱", "setup"])
DE = "c.country = 'DE'"
CN = "c.country = 'CN'"


def gold():
    fail = "e.action = 'fail'"
    return {
        # ---- purchase funnel (people)
        "rv01": lambda: conv("purchase", *Y25),
        "rv02": lambda: rank_conv("purchase", *H1_26, by="c.acquisition_channel", lowest=True, margin=2.0),
        "rv03": lambda: conv("purchase", *H1_26, cond="c.acquisition_channel = 'social_ads'"),
        "rv04": lambda: rank_conv("purchase", *ALL, by="c.acquisition_channel", min_n=100, margin=1.1, trap=True),
        "rv05": lambda: conv("purchase", *ALL, cond="c.acquisition_channel = 'trade_show'"),
        "rv06": lambda: step_conv("purchase", *Y25, 2),
        # ---- onboarding / pairing
        "rv07": lambda: conv("onboarding", *MAR26),
        "rv08": lambda: conv("onboarding", *FEB26),
        "rv09": lambda: top_lost("onboarding", *MAR26),
        "rv10": lambda: events_share(PAIR, fail, *MAR26, cond="e.device = 'android'"),
        "rv11": lambda: events_share(PAIR, fail, *MAR26, cond="e.device = 'ios'"),
        "rv12": lambda: rank_events(PAIR, "e.app_version", *ALL, num=fail, margin=1.8),
        "rv13": lambda: rank_events(PAIR, "e.error_code", *MAR26, cond=fail, margin=3),
        # ---- care pack
        "rv14": lambda: conv("care_pack", *H2_25),
        "rv15": lambda: top_lost("care_pack", *Y25, margin=1.5),
        "rv16": lambda: ab_top(margin=1.4),
        "rv17": lambda: ab_value("free_first_box"),
        # ---- repair
        "rv18": lambda: conv("mail_in_repair", *H1_26, cond=DE),
        "rv19": lambda: conv("mail_in_repair", *H1_26, cond=CN),
        "rv20": lambda: top_lost("mail_in_repair", *Y25, margin=1.5),
        "rv21": lambda: step_time(PICKUP, SHIPBACK, *Q2_26, cond="a.country = 'DE'"),
        "rv22": lambda: step_time(PICKUP, SHIPBACK, *H2_25, cond="a.country = 'DE'"),
        "rv23": lambda: rank_events(CENTER, "e.repair_center", *H1_26, agg="avg(e.days_at_center)", margin=1.8),
        "rv24": lambda: events_share(DIAG, "e.action = 'resolved_remote'", *Y25),
        "rv25": lambda: step_time(TICKET, DIAG, *Y25, cond="a.country = 'DE'", unit="hours"),
        "rv26": lambda: rank_events(TICKET, "e.fault_type", *ALL, cond="e.model = 'X10 Omni'", margin=2),
        "rv27": lambda: tickets_per_robot(),
        # ---- money
        "rv28": lambda: orders(*Y25),
        "rv29": lambda: orders(*Q4_25, cond="o.country = 'DE'", agg="sum(o.amount_local)"),
        "rv30": lambda: orders("2025-11-24", "2025-12-01", cond=ROBOT + " AND o.country = 'DE'", agg="count(*)"),
        "rv31": lambda: orders("2025-11-01", "2025-11-11", cond=ROBOT + " AND o.country = 'CN'", agg="count(*)"),
        "rv32": lambda: orders(*Y25, cond=ROBOT + " AND o.country = 'CN'", agg="avg(o.amount)"),
        "rv33": lambda: orders(*H1_26, cond="o.order_type = 'subscription'"),
        "rv34": lambda: return_rate(*Y25, "o.channel = 'amazon'"),
        "rv35": lambda: rank_return("o.channel", *Y25),
        "rv36": lambda: top_orders("o.return_reason", *ALL, cond=ROBOT, status="o.status = 'returned'",
                                   agg="count(*)", margin=3),
        "rv37": lambda: orders_change(H1_25, H1_26),
        "rv40": lambda: top_orders("o.channel", *Y25, cond=ROBOT + " AND o.country = 'DE'", margin=1.5),
        "rv41": lambda: top_orders("o.channel", *Y25, cond=ROBOT + " AND o.country = 'CN'", margin=1.3),
        # ---- subscriptions
        "rv42": lambda: events_agg(SUBCANCEL, "count(*)", *APR26),
        "rv43": lambda: events_share(SUBCANCEL, "e.cancel_reason = 'price_increase'", "2026-03-01", "2026-05-31"),
        "rv44": lambda: events_agg(SUBSTART, "count(*)", *Q1_26),
        # ---- customers
        "rv45": lambda: customers_count("c.has_pet"),
        "rv46": lambda: customers_count("c.segment = 'at_risk'"),
        "rv47": lambda: top_customers("c.city", margin=1.2),
        # ---- feedback
        "rv49": lambda: fb_topic_count(PAIR_T, "pairing"),
        "rv50": lambda: fb_topic_count(SLOW_T, "repair_slow", period=_in("f.ts", *Q2_26)),
        "rv51": lambda: fb_topic_count(SLOW_T, "repair_slow", period=_in("f.ts", *H2_25)),
        "rv52": lambda: fb_topic_count(PRICE_T, "sub_price"),
        "rv53": lambda: fb_avg("f.platform = 'amazon_de' AND " + _in("f.ts", *Y25)),
        "rv54": lambda: fb_avg("f.platform = 'jd' AND " + _in("f.ts", *Y25)),
        "rv55": lambda: fb_avg("f.channel = 'survey' AND " + _in("f.ts", *Y25), col="f.nps", tol=0.05),
        "rv56": lambda: fb_ratio("f.nps <= 6", "f.channel = 'survey' AND f.nps IS NOT NULL AND " + _in("f.ts", *H1_26)),
        "rv57": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.2),
        "rv58": lambda: top_fb_count("f.touchpoint_id", "f.rating <= 2", margin=1.8),
        "rv59": lambda: fb_topic_count(BASE_T, "base_station"),
        "rv60": lambda: top_fb_count("f.model", BASE_T, margin=3),
        "rv61": lambda: fb_topic_count(SMELL_T, "mop_smell"),
        "rv62": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review' AND " + _in("f.ts", *MAR26)),
        "rv64": lambda: fb_count("f.platform = 'xiaohongshu'"),
        "rv65": lambda: feedback_ids(SLOW_T + " AND f.country = 'DE'"),
        # ---- relative periods (as_of)
        "rv66": lambda: events_share(PAIR, fail, *APR26),
        "rv67": lambda: orders(*Q1_26, cond="o.country = 'CN'"),
        "rv68": lambda: events_agg(DELIVERY, "count(*)", "2026-06-08", "2026-06-14"),
        "rv69": lambda: events_agg(TICKET, "count(*)", *H1_26),
    }


def checks():
    """every topic's text markers must match the generator's truth exactly."""
    for cond, topic in ((PAIR_T, "pairing"), (SLOW_T, "repair_slow"), (PRICE_T, "sub_price"),
                        (BASE_T, "base_station"), (SMELL_T, "mop_smell"), (NOISE_T, "noise"), (STUCK_T, "stuck"),
                        (DELIV_T, "delivery"), (SUCTION_T, "suction"), (MAP_T, "mapping"), (BATT_T, "battery"),
                        (CS_T, "cs_praise"), (WHEEL_T, "wheel"), (LIDAR_T, "lidar"), (SETUP_T, "easy_setup")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        print(it["id"], it["lang"], it["question"][:90])
        try:
            got = fn()
        except AssertionError as e:
            if "--keep-going" not in sys.argv:
                raise
            print("   !! FAILED", e)
            failed.append(it["id"])
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   =>", shown)
    print("status-only ok items:", status_only)
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
