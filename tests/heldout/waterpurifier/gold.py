"""Gold answers for the 泉立方 SpringCube home water-purifier held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window counted from their first step-1 event in the period (online_buy 7 d, store_buy 14 d,
  install 7 d, filter_renewal 30 d, repair 7 d); rates are per customer (people); a person's platform / store is the
  one of that first step-1 event; the tolerance covers both readings (later steps allowed after the period end, or
  not). "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between k
  and k+1 belongs to step k);
- per-order rates and times use `session_id` (= order_id on every order step: submit, pay, delivery, return, install
  booking, install visits, water test, Wi-Fi pairing, review; = ticket id TK… on a ticket and its repair visit; =
  reminder id RM… on a reminder and the filter order / replacement of that cycle). The period is the date of the
  first event at the first named step; "first-visit success" = the order's first tp_install_visit has action
  `installed`; pay → installed = first tp_pay to the first tp_install_visit with action `installed`; reminder → filter
  order within 30 days = a tp_filter_order of the same reminder id (paid or subscription auto-ship) at most 30 days
  later; Wi-Fi pairing failure rate = tp_app_bind events with action `fail` / all tp_app_bind events (attempts);
- money = orders with status `paid` (unpaid orders are `cancelled`, returned purifiers `returned`), by orders.ts,
  amount = what the customer paid after discounts; device / filter / subscription by `order_type`; return rate =
  returned / (paid + returned) device orders by order date; refunds = `refund_amount` of tp_return events by return
  date; extra installation fees = `extra_fee` of completed tp_install_visit events; new subscriptions = tp_subscription
  events (renewals are order rows only);
- customers: every row of customers.csv, attributes as stored (state at the end of the data, 2026-07-31); "active
  filter subscription" = is_subscriber; "at risk" = segment `at_risk`; new customers by signup_at;
- water tests: `raw_tds` / `pure_tds` of tp_water_test events; the A/B test = experiments.csv, success = a
  tp_filter_order of the customer within 30 days after assigned_at;
- zh questions are checked against the Chinese twins (城市, 渠道, 服务商, 门店, 失败原因, 工单类型), en ones against city /
  channel / service_partner / store / variant / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); e-commerce reviews = channel `ecommerce_review`, app store = `app_review`; rating by
  touchpoint = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; survey score = `nps` (0-10),
  detractors 0-6;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _tp(tp):
    return ", ".join(f"'{x}'" for x in (tp if isinstance(tp, (list, tuple)) else [tp]))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1", by=None):
    """counts per step; cond / by are evaluated on the person's first step-1 event in the period (e.) and the
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)["all"]
        print("   ", journey, "bounded" if bounded else "open", c)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, min_n=1, margin=1.2, lowest=False, trap=False):
    tops = set()
    for bounded in (False, True):
        rows = [(g, c[-1] / c[0], c[0]) for g, c in funnel(journey, start, end, bounded=bounded, by=by).items()]
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
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


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)["all"]
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert len(lost) == 1 or lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def ab():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id = 'tp_filter_order' AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def ab_top(margin=1.2):
    rows = ab()
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def ab_value(variant):
    return dict(value=round([r[1] for r in ab() if r[0] == variant][0], 4), tolerance=0.01)


# ---------- per order / ticket / reminder (session_id) ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ({_tp(tp)}) AND ({where})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", max_days=None):
    within = f"AND b.ts <= a.t + INTERVAL {max_days} DAY" if max_days else ""
    v, n = q(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                     AND b.touchpoint_id IN ({_tp(b_tp)}) AND b.ts >= a.t {within} AND ({b_cond})))::int), count(*)
                 FROM {_first(a_tp)} a WHERE {_in('a.t', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def first_share(tp, num, start, end):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM {_first(tp)} a WHERE {_in('a.t', start, end)}")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_where="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_where)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_where="1=1"):
    g = _gap(a_tp, b_tp, start, end, cond, b_where)
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


def rank_events(tp, by, start, end, num=None, cond="1=1", min_n=1, margin=1.2):
    val = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT {by}, {val} v, count(*) n FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big[:4]])
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
    v, n = q(f"""SELECT avg((o.status = 'returned')::int), count(*) FROM orders o WHERE o.order_type = 'device'
                 AND o.status IN ('paid', 'returned') AND {_in('o.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_return(by, start, end, margin=1.5):
    rows = q(f"""SELECT {by}, avg((o.status = 'returned')::int) r, count(*) FROM orders o
                 WHERE o.order_type = 'device' AND o.status IN ('paid', 'returned') AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
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
ALL = ("2025-01-01", "2026-07-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
JUN26, MAY26, APR26, MAR26 = month(2026, 6), month(2026, 5), month(2026, 4), month(2026, 3)
(BROWSE, CONSULT, STORE, SUBMIT, PAY, DELIVERY, RETURN, BOOK, VISIT, TEST, BIND, REVIEW, REMIND, FORDER, FREPLACE,
 SUBSCRIBE, TICKET, REPAIR) = [f"tp_{x}" for x in (
    "browse", "consult", "store_visit", "order_submit", "pay", "delivery", "return", "install_book", "install_visit",
    "water_test", "app_bind", "review", "filter_reminder", "filter_order", "filter_replace", "subscription",
    "service_ticket", "repair_visit")]
DEVICE = "o.order_type = 'device'"
EXTRA_T = _like("f.text", ["辅材", "乱收费", "加钱", "extra charge", "hidden fee", "charged me extra"])
WAIT_T = _like("f.text", ["等安装", "安装排期", "迟迟没人", "约不上安装", "wait for installation", "installation slot",
                          "waited over"])
APP_T = _like("f.text", ["配网", "wifi", "wi-fi"])
NOISE_T = _like("f.text", ["噪音", "嗡嗡", "noisy", "humming"])
LIVE_T = _like("f.text", ["直播", "livestream"])
PRICE_T = _like("f.text", ["滤芯太贵", "滤芯价格", "filters are way too expensive", "filter price"])
REMIND_T = _like("f.text", ["提醒", "reminder"])
PRAISE_T = _like("f.text", ["专业", "细心", "professional", "tidy"])
LEAK_T = _like("f.text", ["漏水", "渗水", "leak"])
TASTE_T = _like("f.text", ["口感", "好喝", "tastes"])
TDS_T = _like("f.text", ["tds"])
WASTE_T = _like("f.text", ["废水", "waste water"])
DELIV_T = _like("f.text", ["快递", "物流", "包装", "courier", "box"])
CS_T = _like("f.text", ["客服", "customer service"])
FLOW_T = _like("f.text", ["出水小", "出水很慢", "trickle", "low flow"])
SMELL_T = _like("f.text", ["水质异常", "怪味", "strange smell"])


def gold():
    return {
        # ---- funnels / conversion (per person)
        "wp01": lambda: conv("online_buy", *Y25),
        "wp02": lambda: rank_conv("online_buy", *H1_26, by="e.channel", lowest=True, margin=2.0),
        "wp03": lambda: conv("online_buy", *H1_26, cond="e.channel = 'douyin'"),
        "wp04": lambda: conv("store_buy", *Y25),
        "wp05": lambda: rank_conv("store_buy", *ALL, by="e.store", min_n=100, margin=1.12, trap=True),
        "wp06": lambda: conv("store_buy", *ALL, cond="e.store_id = 'S10'"),
        "wp07": lambda: conv("install", *JUN26),
        "wp08": lambda: conv("install", *MAY26),
        "wp09": lambda: top_lost("install", *JUN26, margin=3),
        "wp10": lambda: conv("filter_renewal", *H2_25),
        "wp11": lambda: top_lost("filter_renewal", *Y25, margin=1.5),
        "wp12": lambda: conv("repair", *Y25),
        "wp13": lambda: ab_top(),
        "wp14": lambda: ab_value("coupon_30"),
        # ---- per order / per attempt
        "wp15": lambda: first_share(VISIT, "a.action = 'installed'", *Y25),
        "wp16": lambda: rank_events(VISIT, 'e."失败原因"', *Y25, cond="e.action = 'failed'", margin=1.1),
        "wp18": lambda: events_share(BIND, "e.action = 'fail'", *MAR26, cond="e.device = 'android'"),
        "wp19": lambda: events_share(BIND, "e.action = 'fail'", *MAR26, cond="e.device = 'ios'"),
        "wp21": lambda: rank_events(VISIT, "e.service_partner", *ALL, num="e.extra_fee > 0",
                                    cond="e.action = 'installed'", margin=3),
        "wp22": lambda: events_share(VISIT, "e.extra_fee > 0", *ALL,
                                     cond="e.action = 'installed' AND e.service_partner_id = 'SA'"),
        "wp23": lambda: return_rate(*Y25, "o.channel = 'douyin'"),
        "wp24": lambda: rank_return('o."渠道"', *Y25, margin=2.5),
        "wp25": lambda: step_time(BOOK, VISIT, *JUN26),
        "wp26": lambda: step_time(BOOK, VISIT, *APR26),
        "wp27": lambda: step_time(TICKET, REPAIR, *Y25, cond="a.ticket_type = 'leak'", unit="hours"),
        "wp28": lambda: step_time(PAY, VISIT, *Y25, b_where="action = 'installed'"),
        # ---- money
        "wp32": lambda: orders(*Y25),
        "wp33": lambda: orders(*JUN26),
        "wp34": lambda: orders(*month(2025, 6)),
        "wp35": lambda: top_orders("o.model", *Y25, cond=DEVICE, margin=1.08),
        "wp36": lambda: orders(*H1_26, cond="o.order_type = 'filter'"),
        "wp38": lambda: orders(*Q4_25, cond=DEVICE, agg="avg(o.amount)"),
        "wp39": lambda: orders("2025-11-01", "2025-11-11", cond=DEVICE, agg="count(*)"),
        "wp40": lambda: orders("2026-06-01", "2026-06-07", cond=DEVICE, agg="count(*)"),
        "wp41": lambda: events_agg(VISIT, "sum(e.extra_fee)", *Y25, cond="e.action = 'installed'"),
        "wp42": lambda: events_agg(RETURN, "sum(e.refund_amount)", *Y25),
        "wp43": lambda: orders_change(H1_25, H1_26),
        "wp44": lambda: top_orders("o.channel", *Y25, cond=DEVICE, margin=1.08),
        # ---- customers / water
        "wp45": lambda: customers_count("c.is_subscriber"),
        "wp46": lambda: top_customers('c."城市"', margin=1.1),
        "wp50": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "wp51": lambda: top_avg_tds('e."城市"'),
        "wp52": lambda: events_agg(TEST, "avg(e.raw_tds)", *ALL, cond="e.city = 'Beijing'", tol=2.0),
        "wp53": lambda: events_agg(TEST, "avg(e.pure_tds)", *Y25, tol=0.2),
        "wp54": lambda: events_agg(SUBSCRIBE, "count(*)", *Q1_26),
        "wp56": lambda: rank_events(TICKET, 'e."工单类型"', *ALL, cond="e.model = 'R1000'", margin=1.5),
        # ---- feedback
        "wp57": lambda: fb_topic_count(EXTRA_T, "extra_fee"),
        "wp58": lambda: top_fb_count("f.touchpoint_id", EXTRA_T),
        "wp59": lambda: top_fb_count("f.service_partner", EXTRA_T, margin=2),
        "wp60": lambda: fb_topic_count(APP_T, "app_bind", period=_in("f.ts", *MAR26)),
        "wp61": lambda: fb_topic_count(WAIT_T, "install_wait", period=_in("f.ts", "2026-06-01", "2026-07-31")),
        "wp62": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'ecommerce_review' AND {_in('f.ts', *Y25)}"),
        "wp63": lambda: top_fb_count("f.model", NOISE_T, margin=1.5),
        "wp64": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 100, margin=0.3, highest=True),
        "wp65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "wp67": lambda: fb_topic_count(LIVE_T, "livestream"),
        "wp68": lambda: feedback_ids(f"{EXTRA_T} AND f.city IN ('Guangzhou', 'Shenzhen')"),
        "wp70": lambda: fb_topic_count(PRICE_T, "filter_price"),
        "wp71": lambda: fb_topic_count(REMIND_T, "reminder"),
        "wp72": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}", tol=0.05),
    }


def top_avg_tds(by, margin=1.1):
    rows = q(f"SELECT {by}, avg(e.raw_tds) v, count(*) FROM events e WHERE touchpoint_id = '{TEST}' "
             "GROUP BY 1 ORDER BY v DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((LEAK_T, "leak"), (TASTE_T, "taste"), (TDS_T, "tds"), (WASTE_T, "waste_water"),
                        (DELIV_T, "delivery"), (CS_T, "cs_slow"), (FLOW_T, "low_flow"), (SMELL_T, "water_quality"),
                        (NOISE_T, "noise")):
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
        print(it["id"], it["lang"], it["question"][:80])
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
