"""Gold answers for the 铲雪快线 SnowLine (snow clearing subscriptions) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py, never from the product.

    python gold.py DATADIR batch1.yaml [--write]      (a missing / empty batch file prints every gold value)

Conventions:
- "customers" / "客户" = customer_id; a city is city_id (HRB, CC, YYC, OSL) with city_en and its Chinese twin 城市 on
  every events / orders / feedback row; zh top entities are the Chinese twins on the same row (城市, 漏铲原因, 损失类型,
  获客渠道), en ones the English values / ids (city_en, route_id, crew_id, dispute_reason, variant, app_version,
  acquisition_channel, touchpoint_id); a month is 'YYYY-MM';
- events are loaded DISTINCT (the Oslo dispatch log of 2026-01-05 .. 01-11 was re-sent with the same event_id);
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action) at step k's touchpoint after reaching step k-1, within the journey window from that first
  step-1 event (signup 21 d, storm 2 d, callout 1 d, claim 30 d, renewal 45 d). A split (city) is read on that first
  step-1 row. Where the question says later steps after the period count, only that reading is gold, otherwise the
  tolerance covers both readings (later steps cut at the period end or not);
- late clearing = a tp_late row (one per clearing finished after the plan's SLA, delay_min minutes past it); on-time
  share = tp_clearing rows of contract visits (on_time not null) with on_time true / all of them, dated by the
  clearing; missed clearing = a tp_missed row (contract or call-out), dated by the report; dispatches = tp_dispatch rows;
- season '2024/25' / '2025/26' = the `season` column where the question names a season, else calendar dates;
- money = orders with status 'paid', dated by orders.ts; across cities money is amount_cny (fixed rates CAD 5.20,
  NOK 0.67); "in NOK / CAD" for one city is its local `amount`; service credits are order_type 'service_credit'
  (status 'refunded'); call-out refund rate = refunded / (paid + refunded) call-out orders; commercial contracts are
  billed in monthly instalments (season_contract orders with invoice_no), residential ones up front; the average
  contract price is over paid season_contract orders of residential customers (one per contract);
- invoices: dispute rate = disputed invoices (tp_invoice_dispute) / tp_invoice rows, by invoice_month, city of the
  account; invoice totals = invoice_amount_cny of tp_invoice rows;
- claims: filed = tp_damage_claim rows (dated by filing); settled = tp_claim_settled (approved / rejected, dated by
  settlement); payout = payout_amount_cny of approved settlements; days to settle = days_to_settle;
- experiment salt_bundle_2025 (new contract signers in Calgary and Oslo, 2025-09-01 .. 11-30, assigned at signing):
  take rate = customers with a tp_salt_addon row from assigned_at to 2025-12-31 / customers in the arm; salting
  revenue per customer = paid salting_addon amount_cny in that span / customers in the arm;
- renewal by history: customers sent a renewal notice in Aug 2025 who had / had no tp_missed row of season 2024/25,
  renewed = tp_renewal within 45 days of the notice;
- feedback: "all" includes rows without ts (hotline call notes keyed in later, social posts, some reviews); topic
  counts are by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; negative = truth
  sentiment; NPS = share 9-10 minus share 0-6 (a fraction) of nps_survey rows in the period; crew ratings =
  crew_rating rows (one per rated clearing), ranked among crews with >= 30 ratings;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (2026-05-04, the extract
  date); weeks run Monday-Sunday.
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', "
                "header=true, sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start, end) -> str:
    if start is None:
        return "1=1"
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
    return (f"{y}-{m:02d}-01", str(one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")))


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def count(n):
    return dict(value=int(n), tolerance=0.5)


def rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def either(a, b, rel=0.01, floor=0.01):
    a, b = float(a), float(b)
    return dict(value=round(a, 4), tolerance=round(max(floor, abs(a) * rel, abs(a - b) + 0.005), 4))


def clear_lead(rows, margin, lowest=False):
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    ok = b > a * margin if lowest else a > b * margin
    assert ok, rows[:4]


# ---------------------------------------------------------------- funnels (DATA.md rule)
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded or end is None else \
        f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE f1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} GROUP BY 1""")
    if cond != "1=1":  # the split value is read on the customer's first step-1 row
        CON.execute(f"""DELETE FROM f1 WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f1.customer_id
                        AND e.touchpoint_id = '{steps[0]}' AND e.ts = f1.t0 AND ({cond}))""")
    out = [one("SELECT count(*) FROM f1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE f{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM f{k - 1} s JOIN {src} e
            ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
               AND e.ts <= s.t0 + INTERVAL {window} DAY
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM f{k}"))
    return out


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[-1] / c[0])
    return either(vals[0], vals[1])


def conv_open(journey, start, end, cond="1=1"):
    c = funnel(journey, start, end, False, cond)
    return rate(c[-1] / c[0])


def biggest_loss(journey, start, end, margin, cond="1=1"):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        lost = sorted(((steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)), key=lambda r: -r[1])
        clear_lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return f"FROM events e WHERE e.touchpoint_id IN ({lst}) AND {per('e.ts', start, end)} AND ({cond})"


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_sum(tps, col, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT sum({col}) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start=None, end=None, cond="1=1", margin=1.1):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) v {_ev(tps, start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
PAID = "o.status = 'paid'"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount_cny"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount_cny"):
    v = float(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v) * 0.005), 2))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount_cny)"):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount_cny) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount_cny) {_ord(*b, cond)}")
    return rate(y / x - 1)


def ord_share(start, end, num_cond, cond):
    return rate(one(f"SELECT sum(CASE WHEN {num_cond} THEN o.amount_cny ELSE 0 END) / sum(o.amount_cny) "
                    f"{_ord(start, end, cond)}"))


# ---------------------------------------------------------------- domain measures
CONTRACT_CLEAR = "e.on_time IS NOT NULL"


def late_share(start, end, cond="1=1"):
    return rate(one(f"SELECT avg((NOT e.on_time)::int) {_ev('tp_clearing', start, end, f'{CONTRACT_CLEAR} AND ({cond})')}"))


def late_top(start, end, by, margin=1.5):
    rows = q(f"SELECT {by}, avg((NOT e.on_time)::int) v {_ev('tp_clearing', start, end, CONTRACT_CLEAR)} "
             "GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def renew_by_history(had_missed: bool):
    neg = "" if had_missed else "NOT "
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = n.customer_id
                                AND r.touchpoint_id = 'tp_renewal' AND r.ts > n.ts
                                AND r.ts <= n.ts + INTERVAL 45 DAY))::int)
                        FROM events n WHERE n.touchpoint_id = 'tp_renewal_notice' AND n.season = '2025/26'
                        AND {neg}EXISTS (SELECT 1 FROM events m WHERE m.customer_id = n.customer_id
                                         AND m.touchpoint_id = 'tp_missed' AND m.season = '2024/25')"""))


def dispute_rate(months, city):
    lst = ", ".join(f"'{m}'" for m in months)
    return rate(one(f"""SELECT count(DISTINCT d.invoice_no) / (SELECT count(*) FROM events i
                               WHERE i.touchpoint_id = 'tp_invoice' AND i.city_id = '{city}' AND i.invoice_month IN ({lst}))
                        FROM events d WHERE d.touchpoint_id = 'tp_invoice_dispute' AND d.city_id = '{city}'
                        AND d.invoice_month IN ({lst})"""))


def avg_growth(cond_a, cond_b):
    a = one(f"SELECT avg(o.amount) FROM orders o WHERE {cond_a}")
    b = one(f"SELECT avg(o.amount) FROM orders o WHERE {cond_b}")
    return rate(b / a - 1)


# ---------------------------------------------------------------- experiment
AB_END = "TIMESTAMP '2025-12-31 23:59:59'"


def exp_rows():
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = x.customer_id
                    AND b.touchpoint_id = 'tp_salt_addon' AND b.ts >= x.assigned_at AND b.ts <= {AB_END}))::int) v
                FROM experiments x WHERE x.experiment_id = 'salt_bundle_2025' GROUP BY 1 ORDER BY v DESC""")


def exp_rev(variant):
    return num(one(f"""SELECT (SELECT coalesce(sum(o.amount_cny), 0) FROM orders o JOIN experiments x
                            ON x.customer_id = o.customer_id AND x.variant = '{variant}'
                         WHERE o.order_type = 'salting_addon' AND o.status = 'paid' AND o.ts >= x.assigned_at
                            AND o.ts <= {AB_END})
                        / (SELECT count(*) FROM experiments WHERE variant = '{variant}')"""), rel=0.01, floor=0.5)


# ---------------------------------------------------------------- feedback
MARKERS = {
    "late": ("来晚了", "late"), "missed": ("漏铲", "skipped"), "damage": ("损坏", "damage"),
    "price": ("太贵", "expensive"), "invoice": ("账单", "invoice"), "icy": ("结冰", "icy"),
    "blocked": ("堵住", "blocked"), "app": ("闪退", "crash"), "prompt": ("及时", "prompt"),
    "careful": ("细心", "careful"), "clean": ("干净", "spotless"),
}
RATING = "f.channel = 'crew_rating'"


def marker(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def check_markers():
    for key in MARKERS:
        m = marker(key)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} AND t.topic <> '{key}'")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{key}' "
                     f"AND NOT {m}")
        assert extra == 0 and missed == 0, (key, extra, missed)


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)} "
                    "AND f.rating IS NOT NULL"))


def fb_top(by, cond, start=None, end=None, margin=1.2, agg="avg(f.rating)", lowest=False, having="1=1"):
    rows = q(f"SELECT {by}, {agg} v FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING {having} ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def nps(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f
                        WHERE f.channel = 'nps_survey' AND f.nps IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}"""))


def neg_share(start, end):
    return rate(one(f"""SELECT avg((t.sentiment = 'negative')::int) FROM feedback f JOIN truth t USING (feedback_id)
                        WHERE {per('f.ts', start, end)}"""))


def neg_top_tp(margin=1.5):
    rows = q("""SELECT f.touchpoint_id, count(*) v FROM feedback f JOIN truth t USING (feedback_id)
                WHERE t.sentiment = 'negative' GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_rows(rows, margin):
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- periods
AUT25 = ("2025-09-01", "2025-11-30")
AUT24 = ("2024-09-01", "2024-11-30")
W25 = ("2025-10-01", "2026-04-30")      # the whole 2025/26 winter (Calgary's season starts in late October)
W24 = ("2024-10-01", "2025-04-30")
S2526 = ("2025-11-01", "2026-03-31")
Y25 = ("2025-01-01", "2025-12-31")
YTD = ("2026-01-01", "2026-05-04")
PAID = "o.status = 'paid'"


def gold():
    Q1_26 = quarter(2026, 1)
    YYC, OSL, HRB, CC = "e.city_id = 'YYC'", "e.city_id = 'OSL'", "e.city_id = 'HRB'", "e.city_id = 'CC'"
    return {
        # ---- sign-up funnel
        "sl01": lambda: conv("signup", *AUT25),
        "sl02": lambda: conv("signup", *AUT25, CC),
        "sl03": lambda: conv("signup", *AUT24, CC),
        "sl04": lambda: biggest_loss("signup", *AUT25, margin=1.2),
        # ---- storm / call-out / claim / renewal journeys
        "sl05": lambda: conv("storm", "2026-01-01", "2026-02-28", YYC),
        "sl06": lambda: conv("storm", "2026-01-01", "2026-02-28", OSL),
        "sl07": lambda: conv("callout", *S2526),
        "sl08": lambda: conv_open("claim", *Y25),
        "sl09": lambda: ev_top("tp_claim_settled", 'e."城市"', agg="avg(e.days_to_settle)", margin=1.8),
        "sl10": lambda: ev_avg("tp_claim_settled", "e.days_to_settle", cond=OSL, rel=0.02, floor=0.2),
        "sl11": lambda: conv_open("renewal", "2025-08-01", "2025-08-31"),
        "sl12": lambda: renew_by_history(True),
        "sl13": lambda: renew_by_history(False),
        # ---- late and missed clearings
        "sl14": lambda: ev_count("tp_late", *month(2026, 2), YYC),
        "sl15": lambda: ev_avg("tp_late", "e.delay_min", *month(2026, 2), YYC, rel=0.01, floor=1.0),
        "sl16": lambda: late_top(*Q1_26, "e.city_en", margin=2.0),
        "sl17": lambda: rate(1 - late_share(*month(2025, 12), YYC)["value"]),
        "sl18": lambda: ev_top("tp_missed", "e.route_id", cond="e.season = '2025/26'", margin=2.0),
        "sl19": lambda: ev_count("tp_missed", cond="e.season = '2025/26' AND e.route_id = 'HRB-R07'"),
        "sl20": lambda: ev_top("tp_missed", 'e."漏铲原因"', margin=1.8),
        "sl21": lambda: ev_count("tp_missed", *W24),
        "sl22": lambda: ord_sum(*W25, "o.order_type = 'service_credit' AND o.status = 'refunded'"),
        # ---- storms
        "sl23": lambda: ev_count("tp_dispatch", "2026-02-09", "2026-02-09", YYC),
        "sl24": lambda: ev_top_month("tp_dispatch", *W25, margin=1.05),
        "sl25": lambda: ev_count("tp_storm_alert", *W25),
        "sl26": lambda: ord_sum(*Q1_26, f"{PAID} AND o.order_type = 'storm_surcharge'"),
        # ---- money
        "sl27": lambda: ord_sum(*Y25, PAID),
        "sl28": lambda: ord_top("o.city_en", *Y25, PAID, margin=1.05),
        "sl29": lambda: ord_sum("2025-08-01", "2026-04-30", f"{PAID} AND o.order_type = 'season_contract' AND "
                                "o.city_id = 'OSL'", col="o.amount"),
        "sl30": lambda: ord_avg(None, None, f"{PAID} AND o.order_type = 'season_contract' AND o.city_id = 'YYC' AND "
                                "o.customer_type = 'residential' AND o.season = '2025/26'", col="o.amount"),
        "sl31": lambda: avg_growth(f"{PAID} AND o.order_type = 'season_contract' AND o.city_id = 'CC' AND "
                                   "o.customer_type = 'residential' AND o.season = '2024/25'",
                                   f"{PAID} AND o.order_type = 'season_contract' AND o.city_id = 'CC' AND "
                                   "o.customer_type = 'residential' AND o.season = '2025/26'"),
        "sl32": lambda: ord_share(*Y25, "o.customer_type = 'commercial'", PAID),
        "sl33": lambda: ord_sum("2025-08-01", "2026-04-30", f"{PAID} AND o.order_type = 'salting_addon'"),
        "sl34": lambda: ord_avg(None, None, f"{PAID} AND o.order_type = 'callout' AND o.city_id = 'HRB' AND "
                                "o.surge_multiplier = 1.5"),
        "sl35": lambda: rate(one(f"""SELECT avg((o.status = 'refunded')::int) FROM orders o WHERE o.order_type = 'callout'
                                     AND o.status IN ('paid', 'refunded') AND o.season = '2025/26'""")),
        "sl36": lambda: top_rows(q(f"""SELECT c.acquisition_channel, count(*) v FROM events e JOIN customers c
                                      USING (customer_id) WHERE e.touchpoint_id = 'tp_contract_sign'
                                      AND {per('e.ts', *AUT25)} GROUP BY 1 ORDER BY v DESC"""), 1.1),
        # ---- invoices
        "sl37": lambda: dispute_rate(["2026-01"], "OSL"),
        "sl38": lambda: ev_top("tp_invoice_dispute", "e.dispute_reason", cond="e.city_id = 'OSL' AND "
                               "e.invoice_month = '2026-01'", margin=2.0),
        "sl39": lambda: ev_count("tp_invoice_dispute", cond="e.invoice_month BETWEEN '2025-11' AND '2026-03'"),
        "sl40": lambda: money(one("SELECT sum(invoice_amount_cny) FROM events WHERE touchpoint_id = 'tp_invoice' "
                                  "AND invoice_month = '2026-01'")),
        # ---- experiment
        "sl41": lambda: top_rows(exp_rows(), 1.4),
        "sl42": lambda: rate(dict(exp_rows())["control"]),
        "sl43": lambda: rate(dict(exp_rows())["bundle_prompt"]),
        "sl44": lambda: exp_rev("bundle_prompt"),
        # ---- claims
        "sl45": lambda: ev_top("tp_damage_claim", 'e."损失类型"', margin=1.5),
        "sl46": lambda: ev_count("tp_damage_claim", "2025-03-01", "2025-04-30"),
        "sl47": lambda: money(one("SELECT sum(e.payout_amount_cny) " + _ev("tp_claim_settled", *Y25, "e.action = 'approved'"))),
        "sl48": lambda: rate(one(f"SELECT avg((e.action = 'rejected')::int) {_ev('tp_claim_settled', *Y25, '1=1')}")),
        # ---- feedback
        "sl49": lambda: fb_count(marker("late")),
        "sl50": lambda: fb_count(marker("blocked")),
        "sl51": lambda: fb_ids(marker("damage")),
        "sl52": lambda: fb_ids(marker("icy")),
        "sl53": lambda: fb_top('f."城市"', marker("icy"), agg="count(*)", margin=1.15),
        "sl54": lambda: fb_top("f.crew_id", RATING, margin=1.1, having="count(*) >= 30"),
        "sl55": lambda: fb_top('f.crew_id', RATING, margin=1.1, having="count(*) >= 30", lowest=True),
        "sl56": lambda: fb_avg(f"{RATING} AND f.city_id = 'YYC'", start=month(2026, 2)[0], end=month(2026, 2)[1]),
        "sl57": lambda: fb_avg(f"{RATING} AND f.city_id = 'YYC'", start=month(2025, 12)[0], end=month(2025, 12)[1]),
        "sl58": lambda: nps(*month(2026, 4)),
        "sl59": lambda: nps(*month(2025, 4)),
        "sl60": lambda: nps(*month(2026, 4), "f.city_id = 'YYC'"),
        "sl61": lambda: count(one("SELECT count(*) FROM feedback WHERE ts IS NULL")),
        "sl62": lambda: fb_share("f.rating <= 2", RATING, *S2526),
        "sl63": lambda: fb_avg("f.channel = 'app_review' AND f.device = 'android'", start=month(2025, 12)[0],
                               end=month(2025, 12)[1]),
        "sl64": lambda: fb_top("f.app_version", marker("app"), agg="count(*)", margin=2.0),
        "sl65": lambda: fb_count(marker("careful")),
        "sl66": lambda: neg_share(*month(2026, 2)),
        "sl67": lambda: neg_top_tp(1.5),
        # ---- customers
        "sl68": lambda: count(one("""SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id IN
                                     ('tp_contract_sign', 'tp_renewal') AND season = '2025/26' AND city_id = 'HRB'
                                     AND customer_type = 'commercial'""")),
        "sl69": lambda: count(one("SELECT count(*) FROM customers WHERE segment = 'one_off' AND city_id = 'YYC'")),
        # ---- relative periods (as_of 2026-05-04)
        "sl70": lambda: ev_count("tp_damage_claim", *month(2026, 4)),
        "sl71": lambda: ev_count("tp_missed", *YTD),
        "sl72": lambda: ord_sum(*Q1_26, PAID),
    }


def check_leads():
    """top-entity questions with a second reasonable reading: the same winner."""
    # sl09 median instead of mean
    r = q("SELECT city_id, median(days_to_settle) v FROM events WHERE touchpoint_id = 'tp_claim_settled' "
          "GROUP BY 1 ORDER BY v DESC")
    clear_lead(r, 1.8)
    assert r[0][0] == "OSL", r
    # sl16 late clearings per contract clearing, counting tp_late rows
    r = q(f"""SELECT city_id, count(*) FILTER (WHERE touchpoint_id = 'tp_late') / count(*) FILTER (WHERE
              touchpoint_id = 'tp_clearing') v FROM events WHERE {per('ts', *quarter(2026, 1))} GROUP BY 1 ORDER BY v DESC""")
    clear_lead(r, 2.0)
    assert r[0][0] == "YYC", r
    # sl18 missed share per route (visits = clearings + missed)
    r = q("""SELECT route_id, count(*) FILTER (WHERE touchpoint_id = 'tp_missed') / count(*) FILTER (WHERE
             touchpoint_id IN ('tp_clearing', 'tp_missed')) v FROM events WHERE season = '2025/26' AND route_id IS NOT NULL
             GROUP BY 1 ORDER BY v DESC""")
    clear_lead(r, 2.0)
    assert r[0][0] == "HRB-R07", r
    # sl28 revenue in CNY including refunded orders
    r = q(f"SELECT city_id, sum(amount_cny) v FROM orders o WHERE {per('o.ts', *Y25)} AND status <> 'cancelled' "
          "GROUP BY 1 ORDER BY v DESC")
    assert r[0][0] == "YYC", r
    # sl36 distinct new customers (the same: one signing each)
    # sl45 claims by amount is a different question; by count with commercial only is not asked
    # sl53 icy complaints per dated feedback only
    r = q(f"SELECT f.city_id, count(*) v FROM feedback f WHERE {marker('icy')} AND f.ts IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    assert r[0][0] == "OSL", r
    # sl54 / sl55 crews with >= 50 ratings
    r = q(f"SELECT crew_id, avg(rating) v FROM feedback f WHERE {RATING} GROUP BY 1 HAVING count(*) >= 50 ORDER BY v DESC")
    assert r[0][0] == "HRB-C03" and r[-1][0] == "YYC-C05", (r[:2], r[-2:])
    # sl64 crash complaints on app reviews only
    r = q(f"SELECT f.app_version, count(*) v FROM feedback f WHERE {marker('app')} AND f.channel = 'app_review' "
          "GROUP BY 1 ORDER BY v DESC")
    assert r[0][0] == "3.4.0", r


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8")) if batch.exists() else []
    if not items:  # exploration: print every gold value
        for k, fn in fns.items():
            try:
                print(k, fn())
            except AssertionError as e:
                print(k, "ASSERT", str(e)[:300])
        check_leads()
        return 0
    check_leads()
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = set(fns) - set(ids)
    assert not missing, f"gold for ids not in the batch: {sorted(missing)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        exp = it.setdefault("expect", {})
        fn = fns.get(it["id"])
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp["status"] == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:60].replace("\n", " "), shown)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print("status-only ok:", status_only)
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
