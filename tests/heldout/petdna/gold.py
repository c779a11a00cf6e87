"""Gold answers for the 宠基因 PawCode Pet DNA held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 14 d, sampling 60 d, vet_upsell
  30 d, health_upgrade 60 d); rates are per customer (people). The tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. A step-to-step rate inside a
  funnel ("of those who did the quiz, share reaching checkout") = people at step k+1 / people at step k of that
  funnel. "Where do we lose the most" = step k whose people do not reach step k+1, the largest count. A split by a
  customer attribute filters the step-1 people by it;
- a kit = one `kit_id` (= session_id from dispatch on). Per-kit rates count kits whose first event at step A falls in
  the period and look for step B in the same kit at any time; kit attributes (kit_type / 套餐类型, species /
  宠物类型, lab_site / 实验室, device) are read from the step-A event. "Sample failure rate" = kits first received
  by the lab in the period with >= 1 tp_sample_fail;
- step times = per kit, first B ts - first A ts (B after A), period by the date of A, median in fractional days
  (tolerance also covers whole calendar days); "longer than X days" is strict;
- money = orders with status `paid`, by order ts, in the currency of the market (CN: CNY, UK: GBP; `amount`);
  "converted to CNY" uses `amount_cny`; refund share = refunded / all kit orders; spend per paying customer =
  paid amount / distinct paying customers; kits dispatched = tp_shipped events; orders placed = tp_payment events;
- A/B test quiz_bundle_2026: conversion = assigned customers with a tp_payment within 14 days after assigned_at;
- customer attributes as stored; zh top entities are the Chinese twins (客户类型, 宠物类型, 获客渠道, 城市, 套餐类型,
  实验室, 不合格原因), en ones the English values / touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (checked against
  _truth/feedback_truth.csv) with 5 % tolerance; NPS = channel nps_survey, % 9-10 minus % 0-6 in points;
  app rating = channel app_review; vet consultation rating = consult_survey; rating by touchpoint over rows with a
  rating;
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
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels ----------

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


def conv(journey, start, end, cond="1=1", unbounded_only=False, frm=1, to=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[(to or len(c)) - 1] / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, lowest=False, margin=1.2, frm=1, to=None, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[frm - 1] >= min_n:
                rows.append((g, c[(to or len(c)) - 1] / c[frm - 1]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows
        else:
            assert rows[0][1] > rows[1][1] * margin, rows
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.15):
    tops = set()
    for bounded in (False, True):
        steps, _ = _steps(journey)
        c = funnel(journey, start, end, bounded=bounded)
        lost = sorted(((c[k] - c[k + 1], steps[k]) for k in range(len(c) - 1)), reverse=True)
        assert lost[0][0] > lost[1][0] * margin, lost
        tops.add(lost[0][1])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per kit ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn), ts AS t FROM (SELECT *, row_number() OVER (PARTITION BY kit_id ORDER BY ts) rn
               FROM events WHERE touchpoint_id = '{tp}' AND kit_id IS NOT NULL) WHERE rn = 1)"""


def _rate_rows(a_tp, b_tp, start, end, cond, by=None):
    sel = f"{by}, " if by else ""
    grp = "GROUP BY 1" if by else ""
    return q(f"""SELECT {sel}avg((b.kit_id IS NOT NULL)::int), count(*) FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT kit_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (kit_id)
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {grp}""")


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(_rate_rows(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", lowest=False, margin=1.3, min_n=30):
    rows = [r for r in _rate_rows(a_tp, b_tp, start, end, cond, by) if r[2] >= min_n and r[0] is not None]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (kit_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"SELECT median(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT median(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def order_status_share(status, start, end, cond="1=1"):
    v = one(f"SELECT avg((o.status = '{status}')::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def orders_avg(col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM orders o LEFT JOIN customers c USING (customer_id) "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", col="o.amount", margin=1.15):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- A/B ----------

def _ab_rows(extra=""):
    return q(f"""SELECT x.variant, avg((p.customer_id IS NOT NULL)::int), count(*) FROM experiments x
                 LEFT JOIN (SELECT DISTINCT x2.customer_id FROM experiments x2 JOIN events e
                            ON e.customer_id = x2.customer_id AND e.touchpoint_id = 'tp_payment'
                            AND e.ts >= x2.assigned_at AND e.ts <= x2.assigned_at + INTERVAL 14 DAY) p
                 USING (customer_id) WHERE x.experiment_id = 'quiz_bundle_2026' {extra} GROUP BY 1 ORDER BY 2 DESC""")


def ab_top():
    rows = _ab_rows()
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def ab_value(variant):
    return dict(value=round(dict((r[0], r[1]) for r in _ab_rows())[variant], 4), tolerance=0.01)


def ab_health_share(variant):
    v = one(f"""SELECT avg((e.kit_type = 'health')::int) FROM experiments x JOIN events e
                ON e.customer_id = x.customer_id AND e.touchpoint_id = 'tp_payment'
                AND e.ts >= x.assigned_at AND e.ts <= x.assigned_at + INTERVAL 14 DAY
                WHERE x.experiment_id = 'quiz_bundle_2026' AND x.variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic, period="1=1"):
    _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps(cond):
    v = one(f"SELECT 100.0 * (avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int)) FROM feedback f "
            f"WHERE f.channel = 'nps_survey' AND f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 2), tolerance=1.0)


def rank_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
OCT25 = month(2025, 10)
CN, UK = "o.market = 'CN'", "o.market = 'UK'"
SLOW_T = _like("f.text", ["报告还没出", "报告等了", "拖到四周", "实验室也太慢", "still waiting for", "taking forever"])
ACT_T = _like("f.text", ["激活", "activate"])
SWAB_T = _like("f.text", ["棉签", "不配合", "swab"])
FAIL_T = _like("f.text", ["样本不合格", "sample failed"])
BREED_T = _like("f.text", ["品种结果", "breed result"])
PRICE_T = _like("f.text", ["太贵", "expensive", "pricey"])
VET_T = _like("f.text", ["兽医", "vet"])
FUN_T = _like("f.text", ["好玩", "有意思", "fun report", "great fun"])


def gold():
    return {
        # purchase funnel
        "pd01": lambda: conv("purchase", *Y25),
        "pd02": lambda: top_lost("purchase", *Y25),
        "pd03": lambda: rank_conv("purchase", *Y25, by="c.species", lowest=True, frm=2, to=3),
        "pd04": lambda: conv("purchase", *Y25, cond="c.species = 'dog'", frm=2, to=3),
        "pd05": lambda: rank_conv("purchase", *Y25, by='c."客户类型"'),
        "pd48": lambda: conv("purchase", *Y25, cond="c.acquisition_channel = 'partner_vet'"),
        # sampling / after report
        "pd06": lambda: conv("sampling", *H1_25, unbounded_only=True),
        "pd07": lambda: top_lost("sampling", *Y25),
        "pd08": lambda: conv("vet_upsell", *Y25),
        "pd09": lambda: conv("health_upgrade", *Y25),
        "pd10": lambda: rank_rate("tp_report_view", "tp_health_upgrade", *Y25, by="a.species",
                                  cond="a.kit_type = 'breed'", margin=1.4),
        # activation bug
        "pd11": lambda: events_at("tp_activate_fail", *OCT25, "e.device = 'android'"),
        "pd12": lambda: top_events("tp_activate_fail", "e.app_version", *Y25, margin=2),
        "pd13": lambda: fb_topic_count(ACT_T, "activation", period=_in("f.ts", "2025-10-01", "2025-11-30")),
        # sample failures
        "pd15": lambda: rate("tp_lab_received", "tp_sample_fail", *Y25),
        "pd16": lambda: rank_rate("tp_lab_received", "tp_sample_fail", *Y25, by='a."宠物类型"', margin=1.8),
        "pd17": lambda: rate("tp_lab_received", "tp_sample_fail", *Y25, "a.species = 'cat'"),
        "pd18": lambda: top_events("tp_sample_fail", "e.fail_reason", *Y25, margin=2),
        "pd19": lambda: events_at("tp_retest", *H1_26),
        # turnaround
        "pd20": lambda: step_time("tp_lab_received", "tp_report_ready", *month(2026, 3), "a.lab_site = 'guangzhou'"),
        "pd21": lambda: step_time("tp_lab_received", "tp_report_ready", *Q3_25, "a.lab_site = 'guangzhou'"),
        "pd22": lambda: top_step_time("tp_lab_received", "tp_report_ready", *Q1_26, by="a.lab_site"),
        "pd24": lambda: step_time_share("tp_lab_received", "tp_report_ready", *Y25, 21),
        "pd25": lambda: step_time("tp_shipped", "tp_report_ready", *Y25),
        "pd26": lambda: step_time("tp_shipped", "tp_activate", *Y25),
        # money
        "pd27": lambda: orders(*Y25, CN),
        "pd28": lambda: orders(*Q4_25, UK),
        "pd29": lambda: conv("purchase", "2026-02-01", "2026-06-30", cond="c.market = 'UK'", frm=3, to=4),
        "pd30": lambda: conv("purchase", "2025-08-01", "2026-01-31", cond="c.market = 'UK'", frm=3, to=4),
        "pd31": lambda: orders_change(H1_25, H1_26, UK),
        "pd32": lambda: top_customers("c.region", "c.customer_id IN (SELECT customer_id FROM orders o WHERE "
                                      f"o.status = 'paid' AND {_in('o.ts', *Y25)})"),
        "pd33": lambda: orders(*Y25, f"{CN} AND o.order_type = 'vet_consult'"),
        "pd34": lambda: orders(*H1_26, f"{UK} AND o.order_type = 'health_upgrade'"),
        "pd35": lambda: order_status_share("refunded", *Y25, "o.order_type = 'kit'"),
        "pd36": lambda: per_customer(*Y25, CN),
        "pd37": lambda: orders_avg("o.quantity", *Y25, "o.order_type = 'kit' AND c.segment = 'breeder'"),
        "pd38": lambda: top_orders("o.kit_type", *Y25, f"{UK} AND o.order_type = 'kit'", margin=1.02),
        # volumes
        "pd39": lambda: events_at("tp_shipped", *month(2025, 11)),
        "pd40": lambda: events_change("tp_payment", Q3_25, Q4_25),
        "pd41": lambda: events_at("tp_report_ready", *month(2026, 6)),
        "pd42": lambda: events_at("tp_activate", "2026-06-01", "2026-06-07"),
        # A/B
        "pd43": lambda: ab_top(),
        "pd44": lambda: ab_value("control"),
        "pd45": lambda: ab_health_share("bundle_offer"),
        # customers
        "pd46": lambda: customers_count("c.segment = 'breeder'"),
        "pd47": lambda: top_customers("c.acquisition_channel", "c.market = 'UK' AND c.customer_id IN "
                                      "(SELECT customer_id FROM orders WHERE status = 'paid')", margin=1.1),
        # feedback
        "pd50": lambda: fb_topic_count(SLOW_T, "slow_report"),
        "pd51": lambda: fb_topic_count(SLOW_T, "slow_report", period=_in("f.ts", *Q2_26)),
        "pd53": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 50),
        "pd54": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "pd55": lambda: nps(_in("f.ts", *Y25)),
        "pd56": lambda: nps(_in("f.ts", *H1_26)),
        "pd57": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *H1_26)}"),
        "pd58": lambda: fb_avg("f.channel = 'consult_survey'"),
        "pd59": lambda: fb_topic_count(BREED_T, "breed_wrong"),
        "pd60": lambda: top_fb_count('f."宠物类型"', SWAB_T),
        "pd61": lambda: fb_topic_count(PRICE_T, "price", period=f"f.market = 'UK' AND "
                                                                f"{_in('f.ts', '2026-02-01', '2026-06-30')}"),
        "pd62": lambda: feedback_ids(FAIL_T),
        "pd64": lambda: top_fb_count("f.channel", "f.rating <= 2", margin=1.5),
        # extra
        "pd78": lambda: events_avg("tp_lab_received", "e.transit_days", *Y25, "e.market = 'UK'"),
        "pd79": lambda: events_at("tp_lab_received", *Q1_26, "e.lab_site = 'guangzhou'"),
        "pd80": lambda: events_at("tp_vet_consult", *H1_26),
    }


def checks():
    for cond, topic in ((ACT_T, "activation"), (SWAB_T, "swab_hard"), (FAIL_T, "sample_fail"), (VET_T, "vet_good"),
                        (FUN_T, "fun"), (PRICE_T, "price"), (BREED_T, "breed_wrong"), (SLOW_T, "slow_report")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
