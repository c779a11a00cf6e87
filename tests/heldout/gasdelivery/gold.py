"""Gold answers for the 安焰瓶装气 AnYan Gas (bottled LPG delivery, 广州 / 佛山 / 吉隆坡) held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "households" / "restaurants" = customer_id; customer attributes (city = region / 城市,
  customer_type / 客户类型, acquisition_channel / 获客渠道, segment, tier, building_type / 楼型) are read from
  customers.csv as stored at the end of the data (2026-06-30);
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (onboarding 14 d, order_fulfil 2 d,
  sub_refill 5 d, leak_case 3 d, deposit_return 14 d); rates are per customer; the tolerance covers both readings
  (later steps allowed after the period end, or not). A funnel "for" a city / customer type / acquisition channel
  keeps the customers with that attribute; a step's conversion = reached step k / reached step k-1;
- per-event rates count event rows: online payment failure = tp_online_pay rows `fail` / all its rows (every attempt);
  delivery failure = tp_delivery rows `fail` / all its rows; safety-check coverage per delivery = successful
  tp_delivery rows whose order_id has a tp_safety_check row / successful tp_delivery rows (by delivery time);
  hazard rate = tp_safety_check rows `hazard` / all its rows;
- delivery time = delivery_minutes on successful tp_delivery rows (order placed → cylinder at the door, on-demand
  orders only; subscription drops are scheduled and carry none), period by the delivery time;
- money = orders with status `paid` by order time, in the city's own currency (CNY for 广州 / 佛山, MYR for 吉隆坡;
  never added across currencies); cylinders sold = sum of qty on paid orders; order counts = orders rows of any
  status unless "paid" / "delivered" is said; cancellation rate = share of orders with status `cancelled`;
- complaints = tp_complaint rows (one row = one ticket, period by opening time), category complaint_category /
  投诉类别, resolution_hours on the row; leak reports = tp_safety_report rows (one per case, case_no); on-site
  response time = response_minutes on tp_onsite_inspect rows (report → crew on site);
- deposits = tp_deposit rows (deposit_amount, currency); refunds = tp_deposit_refund rows (refund_amount,
  refund_days = days from return request to refund);
- new customers in a period = tp_register rows (= customers.signup_at in the data window);
- zh top entities are the Chinese twins (城市, 配送站, 获客渠道, 失败原因, 隐患类型, 投诉类别, 支付方式, 退瓶原因, 取消原因,
  下单渠道, 楼型, 客户类型) and en ones the English values (region, depot code, acquisition_channel, fail_reason,
  hazard_type, complaint_category, payment_method, return_reason, channel, valve_batch) or touchpoint_id;
- feedback: "all data" includes rows without ts (a third of the social posts, old call notes); topic counts by the
  text markers below with a 5 % tolerance (checked exactly against _truth/feedback_truth.csv); delivery ratings =
  channel `delivery_rating` (1-5 after a drop); NPS = channel `nps_survey` (waves in the first half of Mar / Jun /
  Sep / Dec, survey_wave 2025Q1 .. 2026Q2), NPS = share 9-10 minus share 0-6 (a fraction);
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    """markers: lower-case match, except all-capital markers (APP) which match as written."""
    parts = []
    for w in words:
        if w.isupper():
            parts.append(f"{col} LIKE '%{w}%'")
        else:
            parts.append(f"lower({col}) LIKE '%{w.lower()}%'")
    return "(" + " OR ".join(parts) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    if len(rows) == 1:
        return
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cust="1=1"):
    """counts of customers reaching each step; `cust` filters customers (alias c)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cust}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(journey, start, end, cust, f):
    vals = [f(funnel(journey, start, end, bounded=b, cust=cust)) for b in (False, True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, cust="1=1", upto=None):
    """end-to-end (or to step `upto`) conversion."""
    return _both(journey, start, end, cust, lambda c: (c[upto - 1] if upto else c[-1]) / c[0])


def step_conv(journey, k, start, end, cust="1=1"):
    """reached step k / reached step k-1."""
    return _both(journey, start, end, cust, lambda c: c[k - 1] / c[k - 2])


def reached(journey, k, start, end, cust="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cust=cust)[k - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


def worst_step(journey, start, end, cust="1=1", margin=1.3):
    """the touchpoint of the step with the most customers lost (reached k-1, not k), both readings."""
    steps, _ = _steps(journey)
    tops = set()
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, cust=cust)
        lost = sorted(((steps[k], c[k - 1] - c[k]) for k in range(1, len(c))), key=lambda r: -r[1])
        _lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3, show=None, upto=None):
    """rank customer groups (col of customers, alias c) by conversion; `show` maps the winner to the entity."""
    tops = set()
    for b in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=b, cust=f"{col} = '{v}'")
            rows.append((v, (c[upto - 1] if upto else c[-1]) / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    top = tops.pop()
    return dict(top_entity=show[top] if show else top)


def rank_step_conv(journey, k, start, end, col, values, lowest=True, margin=1.3, show=None):
    tops = set()
    for b in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=b, cust=f"{col} = '{v}'")
            rows.append((v, c[k - 1] / c[k - 2], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    top = tops.pop()
    return dict(top_entity=show[top] if show else top)


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg", rel=0.01, floor=0.05):
    return _num(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    rows = q(f"SELECT {by}, {agg} n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, by, expr, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({expr}) n, count(*) k {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def check_coverage(start, end, cond="1=1"):
    """successful deliveries whose order got a safety check / successful deliveries."""
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events s WHERE s.order_id = e.order_id
                          AND s.touchpoint_id = 'tp_safety_check'))::int)
                         {_ev('tp_delivery', start, end, "e.action = 'success' AND " + cond)}"""))


# ---------- orders ----------

def _ord(start, end, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {st} {per} AND ({cond})"


def revenue(start, end, cond):
    assert "city" in cond or "currency" in cond, "money only within one currency"
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, cond)}"))


def orders_sum(col, start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, cond, status)}"))


def orders_avg(col, start, end, cond="1=1"):
    return _num(one(f"SELECT avg({col}) {_ord(start, end, cond)}"), 0.005, 0.05)


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, cond, status)}"))


def orders_share(num, start, end, cond="1=1", status="paid"):
    return _rate(one(f"SELECT avg(({num})::int) {_ord(start, end, cond, status)}"))


def revenue_change(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return _rate((y - x) / x)


def top_orders(by, agg, start, end, cond="1=1", margin=1.1, status="paid"):
    rows = q(f"SELECT {by}, {agg} n {_ord(start, end, cond, status)} AND {by} IS NOT NULL GROUP BY 1 "
             "ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic(period, names, margin=1.3, growth_from=None):
    """the topic with the most comments in the period (or the largest increase over `growth_from`)."""
    rows = []
    for name, cond in TOPICS:
        n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
        if growth_from:
            n -= one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {growth_from}")
        rows.append((name, n))
    rows.sort(key=lambda r: -r[1])
    _lead(rows, margin)
    return dict(top_entity=names[rows[0][0]])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = (quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4),
                                            quarter(2026, 1), quarter(2026, 2))
JUL25, AUG25, SEP25, DEC25, JAN26, FEB26, MAR26, APR26, MAY26, JUN26 = (
    month(2025, 7), month(2025, 8), month(2025, 9), month(2025, 12), month(2026, 1), month(2026, 2), month(2026, 3),
    month(2026, 4), month(2026, 5), month(2026, 6))
LEAK_T = _like("f.text", ["漏气", "煤气味", "leak", "gas smell"])
UNDERFILL_T = _like("f.text", ["缺斤短两", "分量不足", "不够秤", "underweight", "underfilled", "short on gas"])
LATE_T = _like("f.text", ["送气慢", "送得慢", "迟到", "late", "slow delivery"])
ATTITUDE_T = _like("f.text", ["态度", "rude", "attitude"])
FLOOR_T = _like("f.text", ["上楼费", "stairs fee", "floor fee"])
CHECK_T = _like("f.text", ["安检", "safety check"])
DEPOSIT_T = _like("f.text", ["押金", "deposit"])
PRICE_T = _like("f.text", ["涨价", "气价", "price"])
APP_T = _like("f.text", ["小程序", "APP", "the app"])
SUB_T = _like("f.text", ["定期送", "自动续气", "subscription"])
TOPICS = (("leak", LEAK_T), ("underfill", UNDERFILL_T), ("late", LATE_T), ("attitude", ATTITUDE_T),
          ("floor_fee", FLOOR_T), ("safety_check", CHECK_T), ("deposit", DEPOSIT_T), ("price", PRICE_T),
          ("app", APP_T), ("subscription", SUB_T))
TOPIC_ZH = {"leak": "漏气", "underfill": "缺斤短两", "late": "送气慢", "attitude": "服务态度", "floor_fee": "上楼费",
            "safety_check": "安检", "deposit": "押金", "price": "涨价", "app": "APP/小程序", "subscription": "定期送"}
TOPIC_EN = {k: k for k in TOPIC_ZH}
GZ, FS, KL = "c.region = 'guangzhou'", "c.region = 'foshan'", "c.region = 'kuala_lumpur'"
OGZ, OFS, OKL = "o.city = 'guangzhou'", "o.city = 'foshan'", "o.city = 'kuala_lumpur'"
CN = "c.region IN ('guangzhou', 'foshan')"
ACQ_ZH = {"wechat_ad": "朋友圈广告", "flyer": "小区地推", "referral": "老客推荐", "property": "物业合作",
          "search_ads": "搜索广告", "facebook": "Facebook广告", "supplier_partner": "餐饮供应商合作"}


def fb_diff(cond, a, b):
    """comments in period b minus comments in period a; 5 % of both counts as tolerance."""
    x = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {_in('f.ts', *a)}")
    y = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {_in('f.ts', *b)}")
    return dict(value=y - x, tolerance=max(1.0, round(0.05 * (x + y), 1)))


REGION_ZH = {"guangzhou": "广州", "foshan": "佛山", "kuala_lumpur": "吉隆坡"}
ECN = "e.city IN ('guangzhou', 'foshan')"
EKL = "e.city = 'kuala_lumpur'"
DELIVERED = "e.action = 'success'"


def gold():
    return {
        # ---- Foshan August 2025: safety checks skipped by the outside fleet
        "gd01": lambda: step_conv("order_fulfil", 4, *AUG25, FS),
        "gd02": lambda: step_conv("order_fulfil", 4, *JUL25, FS),
        "gd03": lambda: worst_step("order_fulfil", *AUG25, margin=3),
        "gd04": lambda: check_coverage(*AUG25, "e.city = 'foshan'"),
        "gd06": lambda: fb_avg(f"f.channel = 'delivery_rating' AND f.city = 'foshan' AND {_in('f.ts', *AUG25)}"),
        # ---- onboarding: WeChat Moments ad leads balk at the deposit
        "gd07": lambda: rank_conv("onboarding", *Y25, "c.acquisition_channel", list(ACQ_ZH), margin=1.6, show=ACQ_ZH),
        "gd08": lambda: conv("onboarding", *Y25, "c.acquisition_channel = 'wechat_ad'"),
        "gd09": lambda: step_conv("onboarding", 3, *Y25, "c.acquisition_channel = 'wechat_ad'"),
        "gd10": lambda: step_conv("onboarding", 3, *Y25, "c.acquisition_channel = 'referral'"),
        "gd11": lambda: conv("onboarding", *H1_26),
        "gd12": lambda: top_fb_count("f.touchpoint_id", DEPOSIT_T, margin=1.5),
        # ---- subscriptions: price rise in January 2026
        "gd13": lambda: step_conv("sub_refill", 2, *JAN26, CN),
        "gd14": lambda: step_conv("sub_refill", 2, *DEC25, CN),
        "gd16": lambda: customers_count("c.is_subscriber"),
        "gd17": lambda: customers_at("tp_sub_cancel", *Y25),
        # ---- deposit returns: KL backlog
        "gd18": lambda: rank_conv("deposit_return", *ALL, "c.region", list(REGION_ZH), margin=3, show=REGION_ZH),
        "gd19": lambda: conv("deposit_return", *ALL, KL),
        "gd20": lambda: events_agg("tp_deposit_refund", "e.refund_days", *ALL, EKL, rel=0.03),
        "gd21": lambda: top_events_count("tp_return_request", "e.return_reason", *ALL, "e.city = 'guangzhou'",
                                         margin=1.3),
        # ---- gas leaks: valve batch ZJ-V2509
        "gd23": lambda: events_at("tp_safety_report", *Q2_26),
        "gd24": lambda: events_at("tp_safety_report", *Q2_25),
        "gd25": lambda: top_events_count("tp_safety_report", "e.valve_batch", *ALL, margin=5),
        "gd26": lambda: events_agg("tp_onsite_inspect", "e.response_minutes", *ALL, EKL, agg="median", rel=0.03),
        "gd27": lambda: top_events_agg("tp_onsite_inspect", "e.city", "e.response_minutes", *ALL, agg="median",
                                       margin=1.5, min_n=5),
        "gd28": lambda: conv("leak_case", *H1_26),
        "gd29": lambda: events_at("tp_safety_check", *Q2_26, "e.hazard_type = 'valve_leak'"),
        "gd30": lambda: fb_count(LEAK_T, _in("f.ts", *H1_26)),
        "gd31": lambda: top_topic(_in("f.ts", *Q2_26), TOPIC_EN, margin=2, growth_from=_in("f.ts", *Q2_25)),
        "gd33": lambda: feedback_ids(LEAK_T),
        "gd34": lambda: fb_diff(LEAK_T, Q2_25, Q2_26),
        # ---- delivery
        "gd35": lambda: events_agg("tp_delivery", "e.delivery_minutes", *FEB26, f"{DELIVERED} AND {ECN}", rel=0.02),
        "gd37": lambda: events_agg("tp_delivery", "e.delivery_minutes", *Y25, f"{DELIVERED} AND {EKL}", agg="median",
                                   rel=0.02),
        "gd38": lambda: top_events_count("tp_delivery", 'e."失败原因"', "2026-02-12", "2026-02-23",
                                         f"e.action = 'fail' AND {ECN}", margin=1.2),
        "gd39": lambda: events_share("tp_delivery", "e.action = 'fail'", *Y25),
        "gd40": lambda: top_events_count("tp_delivery", "e.depot", *H1_26, DELIVERED, margin=1.1),
        "gd41": lambda: events_at("tp_delivery", "2026-02-16", "2026-02-22", "e.action = 'fail'"),
        # ---- online payment: KL gateway trouble in March 2026
        "gd42": lambda: events_share("tp_online_pay", "e.action = 'fail'", *MAR26, EKL),
        "gd43": lambda: events_share("tp_online_pay", "e.action = 'fail'", *FEB26, EKL),
        "gd44": lambda: top_events_count("tp_online_pay", 'e."支付失败原因"', *MAR26, f"e.action = 'fail' AND {EKL}",
                                         margin=3),
        "gd45": lambda: orders_share("o.status = 'cancelled'", *MAR26, OKL, status=None),
        # ---- money and orders
        "gd46": lambda: revenue(*Y25, OGZ),
        "gd47": lambda: revenue(*Q1_26, OKL),
        "gd48": lambda: revenue_change(Q1_25, Q1_26, OFS),
        "gd49": lambda: orders_sum("o.qty", *Y25, f"{OGZ} AND o.customer_type = 'restaurant'"),
        "gd50": lambda: orders_share("o.channel = 'wechat'", *Y25),
        "gd51": lambda: top_orders('o."下单渠道"', "count(*)", *Y25, margin=1.2, status=None),
        "gd52": lambda: orders_avg("o.unit_price", *JAN26, f"{OGZ} AND o.cylinder_size = '15kg'"),
        "gd53": lambda: orders_avg("o.amount", *H2_25, f"{OFS} AND o.customer_type = 'household'"),
        # ---- customers
        "gd55": lambda: customers_count("c.segment = 'churned'"),
        "gd56": lambda: customers_count(f"c.tier = 'key_account' AND {KL}"),
        "gd57": lambda: events_at("tp_register", *H1_26),
        # ---- safety checks and complaints
        "gd58": lambda: top_events_count("tp_safety_check", "e.hazard_type", *Y25, margin=2),
        "gd59": lambda: events_share("tp_safety_check", "e.action = 'hazard'", *H1_26),
        "gd60": lambda: top_events_count("tp_complaint", "e.complaint_category", *FEB26, margin=2),
        "gd61": lambda: events_agg("tp_complaint", "e.resolution_hours", *ALL, "e.complaint_category = 'underfill'",
                                   rel=0.02),
        "gd62": lambda: events_at("tp_complaint", *Y25),
        # ---- feedback
        "gd63": lambda: fb_avg(f"f.channel = 'delivery_rating' AND {_in('f.ts', *Y25)}"),
        "gd64": lambda: nps_score("f.survey_wave = '2026Q2'"),
        "gd65": lambda: nps_score("f.survey_wave = '2025Q2'"),
        "gd66": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'delivery_rating' AND {_in('f.ts', *H1_26)}"),
        "gd67": lambda: fb_count(DEPOSIT_T),
        "gd68": lambda: fb_count(PRICE_T, _in("f.ts", *JAN26)),
        # ---- relative periods (as_of)
        "gd69": lambda: revenue(*JUN26, OKL),
        "gd70": lambda: events_at("tp_delivery", "2026-05-04", "2026-05-10", DELIVERED),
        "gd71": lambda: conv("onboarding", *Q1_26),
        "gd72": lambda: revenue_change(Q1_26, Q2_26, OFS),
    }


def checks():
    for name, cond in TOPICS:
        _check_topic(cond, name)
    assert one("SELECT count(*) FROM feedback WHERE channel = 'nps_survey' AND survey_wave IS NULL") == 0


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
