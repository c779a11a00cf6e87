"""Gold answers for the 韩味坊泡菜 HanJar Kimchi & Ferments held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "shoppers" / "顾客" = customer_id. Consumers have customer_type `consumer`, restaurants `restaurant`
  (customers.csv). A storefront / channel of a funnel is the `channel` of the customer's first step-1 event (tmall,
  mini_program, shopee); device likewise; a restaurant's country is the event's `country`.
- funnels follow DATA.md: a customer reaches step k with an event (any action — a `fail` checkout is still a checkout
  event) at step k's touchpoint after reaching step k-1, within the journey window from their first step-1 event in
  the period (online_order 3 d, cold_chain_fulfilment 21 d, jar_subscription 45 d, b2b_account 90 d); rates are per
  customer; the tolerance covers both readings (later steps allowed after the period end, or not), except where
  the question says steps landing after the period count (only that reading). "Where do we lose
  the most" = the step whose next step is not reached by the most customers (loss k -> k+1 attributed to step k).
  A step-to-step rate (checkout -> payment) = customers reaching step k+1 / customers reaching step k.
- money: orders.amount is CNY (reporting currency); `paid` = status paid (refunded and cancelled excluded);
  period by orders.ts; retail = order_type `retail`, subscription = `subscription`, restaurant wholesale =
  `wholesale`; MYR questions use amount_local of currency MYR; average order value = mean amount of paid rows.
- per-event shares count event rows by the event's ts: checkout failure share = tp_checkout rows with action `fail`
  / all tp_checkout rows; late delivery = tp_delivery on_time 'no' / all tp_delivery rows; transit and arrival
  temperature are means over tp_delivery rows; cancels / pauses / reorders / first bulk orders are event counts;
  CS ticket reasons = tp_cs_ticket ticket_reason; subscription cancel reasons = tp_sub_cancel cancel_reason.
- feedback: topic counts by text markers (leak 漏液 / leak, halal 清真 / halal, shipping fee 运费 / shipping fee),
  checked against _truth/feedback_truth.csv, 5 % tolerance; "all data" includes undated social posts, a period
  only dated rows; ratings = mean of `rating` over the channel's rows; 1–2 star share over rows with a rating;
  NPS = share 9–10 − share 0–6 (fraction) of the nps_survey rows of survey_wave 2026-04.
- A/B jar_club_offer_2025: a customer signs up when they have a tp_sub_signup event after assigned_at; "renewed
  better" = jar_subscription funnel first box -> renewal among each variant's subscribers.
- zh top entities use the Chinese twin where the same table has one (region_zh), otherwise the stored value
  (sku, ticket_reason, cancel_reason, country); a month is 'YYYY-MM'; periods inclusive calendar dates; weeks
  Monday..Sunday; relative periods resolve against the item's `as_of`.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}', "
                "header=true, all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, a, b):
    return f"{col} >= TIMESTAMP '{a}' AND {col} < TIMESTAMP '{b}' + INTERVAL 1 DAY"


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


def _topic(n):
    return dict(value=int(n), tolerance=round(max(1.0, n * 0.05), 1))


def _top(rows, margin=1.15, lowest=False):
    a, b = rows[0][1], rows[1][1]
    assert (b > a * margin) if lowest else (a > b * margin), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------------- funnels
def _steps(j):
    r = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id='{j}' ORDER BY step")
    return [x[0] for x in r], int(r[0][1])


def funnel(j, a, b, bounded, cond="1=1"):
    steps, w = _steps(j)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events"
    if bounded:
        ev += f" WHERE ts < TIMESTAMP '{b}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        WITH f AS (SELECT e.*, row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts) rn FROM events e
                   WHERE e.touchpoint_id='{steps[0]}' AND {_in('e.ts', a, b)})
        SELECT f.customer_id, f.ts t1, f.ts t FROM f LEFT JOIN customers c USING (customer_id)
        WHERE rn = 1 AND ({cond.replace('e.', 'f.')})""")
    n = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t
            FROM r{k - 1} r JOIN fev e ON e.customer_id=r.customer_id AND e.touchpoint_id='{tp}'
            AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {w} DAY GROUP BY 1, 2""")
        n.append(one(f"SELECT count(*) FROM r{k}"))
    return n


def conv(j, a, b, cond="1=1", s=0, e=-1):
    v = [(lambda n: n[e] / n[s])(funnel(j, a, b, bd, cond)) for bd in (False, True)]
    return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))


def conv_open(j, a, b, cond="1=1", s=0, e=-1):
    """the question says later steps after the period end count: only that reading."""
    n = funnel(j, a, b, False, cond)
    return _rate(n[e] / n[s])


def rank_conv(j, a, b, col, vals, lowest=True, margin=1.2, s=0, e=-1):
    tops = set()
    for bd in (False, True):
        rows = []
        for v in vals:
            n = funnel(j, a, b, bd, f"{col}='{v}'")
            rows.append((v, n[e] / n[s]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        tops.add(_top(rows, margin, lowest)["top_entity"])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def top_lost(j, a, b, cond="1=1", margin=1.2):
    steps, _ = _steps(j)
    tops = set()
    for bd in (False, True):
        n = funnel(j, a, b, bd, cond)
        lost = sorted(((steps[i], n[i] - n[i + 1]) for i in range(len(n) - 1)), key=lambda r: -r[1])
        tops.add(_top(lost, margin)["top_entity"])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------- orders / events / feedback
def paid(kind, a, b, cond="1=1", agg="sum(amount)"):
    return one(f"SELECT {agg} FROM orders WHERE status='paid' AND order_type='{kind}' AND {_in('ts', a, b)} "
               f"AND ({cond})")


def evq(tp, a, b, cond="1=1", agg="count(*)"):
    per = f"AND {_in('e.ts', a, b)}" if a else ""
    tps = f"e.touchpoint_id IN {tp}" if tp.startswith("(") else f"e.touchpoint_id='{tp}'"
    return one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) WHERE {tps} {per} AND ({cond})")


def top_ev(tp, by, a, b, cond="1=1", margin=1.15):
    per = f"AND {_in('ts', a, b)}" if a else ""
    return _top(q(f"SELECT {by}, count(*) n FROM events WHERE touchpoint_id='{tp}' {per} AND ({cond}) "
                  "GROUP BY 1 ORDER BY 2 DESC"), margin)


MARK = {"leak": ["漏液", "leak"], "halal": ["清真", "halal"], "ship_fee": ["运费", "shipping fee"]}


def _like(words):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in words) + ")"


def topic_cond(topic):
    cond = _like(MARK[topic])
    a = {r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond}")}
    b = {r[0] for r in q(f"SELECT feedback_id FROM truth WHERE topic='{topic}'")}
    assert a == b, (topic, len(a), len(b), list(a ^ b)[:5])
    return cond


def fb_count(topic, a=None, b=None, cond="1=1"):
    per = f"AND {_in('f.ts', a, b)}" if a else ""
    return _topic(one(f"SELECT count(*) FROM feedback f WHERE {topic_cond(topic)} {per} AND ({cond})"))


def nps(cond="1=1"):
    return _rate(one(f"""SELECT (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / count(*)
                          FROM feedback f WHERE channel='nps_survey' AND survey_wave='2026-04' AND ({cond})"""))


def exp_signup(variant=None):
    rows = q("""SELECT x.variant, avg(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.customer_id=x.customer_id
               AND e.touchpoint_id='tp_sub_signup' AND e.ts > x.assigned_at) THEN 1 ELSE 0 END) r
               FROM experiments x GROUP BY 1 ORDER BY 2 DESC""")
    if variant:
        return _rate(dict(rows)[variant])
    return _top(rows, 1.3)


def exp_renew():
    tops = set()
    for bd in (False, True):
        rows = []
        for v in ("control", "half_price_first_box"):
            n = funnel("jar_subscription", "2025-01-01", "2026-06-30", bd,
                       f"e.customer_id IN (SELECT customer_id FROM experiments WHERE variant='{v}')")
            rows.append((v, n[2] / n[1]))
        rows.sort(key=lambda r: -r[1])
        tops.add(_top(rows, 1.2)["top_entity"])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


H2_25 = ("2025-07-01", "2025-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
MP_ANDROID = "e.channel='mini_program' AND e.device='android'"


def gold():
    return {
        "kc01": lambda: conv("online_order", "2026-01-01", "2026-03-31"),
        "kc02": lambda: rank_conv("online_order", "2026-01-01", "2026-03-31", "e.channel",
                                  ["tmall", "mini_program", "shopee"]),
        "kc03": lambda: conv("online_order", "2026-01-01", "2026-03-31", "e.channel='shopee'"),
        "kc04": lambda: top_lost("online_order", *H2_25),
        "kc05": lambda: _top(q("SELECT strftime(ts, '%Y-%m'), count(*) FROM events WHERE touchpoint_id='tp_checkout' "
                               "AND action='fail' AND year(ts)=2026 GROUP BY 1 ORDER BY 2 DESC") + [("-", 0)], 2),
        "kc06": lambda: _top(q("SELECT device, count(*) FROM events WHERE touchpoint_id='tp_checkout' AND action='fail' "
                               "AND strftime(ts, '%Y-%m')='2026-03' GROUP BY 1 ORDER BY 2 DESC") + [("-", 0)], 2),
        "kc07": lambda: _rate(evq("tp_checkout", "2026-03-01", "2026-03-31", "e.channel='mini_program'",
                                  "avg(CASE WHEN action='fail' THEN 1.0 ELSE 0 END)")),
        "kc08": lambda: conv("online_order", "2026-03-09", "2026-03-22", MP_ANDROID, s=2, e=3),
        "kc09": lambda: conv("cold_chain_fulfilment", *H1_26),
        "kc10": lambda: _count(paid("retail", *Y25, "channel='tmall'", "count(*)")),
        "kc11": lambda: _money(one(f"SELECT sum(amount) FROM orders WHERE status='paid' AND "
                                   f"{_in('ts', '2025-10-01', '2025-12-31')}")),
        "kc12": lambda: _money(one(f"SELECT sum(amount_local) FROM orders WHERE status='paid' AND channel='shopee' "
                                   f"AND currency='MYR' AND {_in('ts', *Y25)}")),
        "kc13": lambda: _money(paid("wholesale", "2026-01-01", "2026-01-31")),
        "kc14": lambda: _num(one("SELECT DISTINCT unit_price_local FROM orders WHERE sku='KIM-NAPA-500' AND "
                                 "channel='tmall' AND ts >= TIMESTAMP '2026-02-01'")),
        "kc15": lambda: _money(paid("retail", "2026-02-01", "2026-06-30", "sku='KIM-NAPA-500' AND country='CN'",
                                    "avg(amount)")),
        "kc16": lambda: _top(q(f"SELECT sku, sum(qty) FROM orders WHERE status='paid' AND order_type='retail' AND "
                               f"{_in('ts', *Y25)} GROUP BY 1 ORDER BY 2 DESC"), 1.5),
        "kc17": lambda: _top(q(f"SELECT c.region_zh, sum(o.amount) FROM orders o JOIN customers c USING (customer_id) "
                               f"WHERE o.status='paid' AND o.order_type='retail' AND {_in('o.ts', *Y25)} "
                               "GROUP BY 1 ORDER BY 2 DESC"), 1.3),
        "kc18": lambda: _top(q(f"SELECT strftime(ts, '%Y-%m'), count(*) FROM orders WHERE status='paid' AND "
                               f"order_type='retail' AND {_in('ts', *Y25)} GROUP BY 1 ORDER BY 2 DESC"), 1.1),
        "kc19": lambda: _num(evq("tp_delivery", *Y25, "e.country='MY'", "avg(transit_hours)")),
        "kc20": lambda: _top(q("SELECT country, avg(CASE WHEN on_time='no' THEN 1.0 ELSE 0 END) FROM events "
                               "WHERE touchpoint_id='tp_delivery' GROUP BY 1 ORDER BY 2 DESC"), 1.5),
        "kc21": lambda: _rate(evq("tp_delivery", None, None, "e.courier LIKE 'SF Cold%'",
                                  "avg(CASE WHEN on_time='no' THEN 1.0 ELSE 0 END)")),
        "kc22": lambda: _num(evq("tp_delivery", *Y25, "e.country='MY'", "avg(arrival_temp_c)")),
        "kc23": lambda: fb_count("leak", *H1_26),
        "kc24": lambda: fb_count("leak", "2025-10-01", "2025-12-31"),
        "kc25": lambda: _top(q(f"SELECT strftime(f.ts, '%Y-%m'), count(*) FROM feedback f WHERE {topic_cond('leak')} "
                               "AND f.ts IS NOT NULL GROUP BY 1 ORDER BY 2 DESC"), 1.3),
        "kc26": lambda: dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE "
                                                              f"{topic_cond('leak')} ORDER BY 1")]),
        "kc27": lambda: _num(one(f"SELECT avg(rating) FROM feedback f WHERE channel='mini_program_review' AND "
                                 f"{_in('f.ts', '2026-06-01', '2026-06-30')}"), floor=0.03),
        "kc28": lambda: _rate(one(f"SELECT avg(CASE WHEN rating <= 2 THEN 1.0 ELSE 0 END) FROM feedback f WHERE "
                                  f"channel='shopee_review' AND rating IS NOT NULL AND {_in('f.ts', *Y25)}")),
        "kc29": lambda: nps(),
        "kc30": lambda: nps("f.country='MY'"),
        "kc31": lambda: fb_count("halal", cond="f.channel='visit_note'"),
        "kc32": lambda: fb_count("ship_fee", *Y25, "f.channel='shopee_chat'"),
        "kc33": lambda: top_ev("tp_cs_ticket", "ticket_reason", *H1_26, margin=1.5),
        "kc34": lambda: exp_signup(),
        "kc35": lambda: exp_signup("half_price_first_box"),
        "kc36": lambda: exp_renew(),
        "kc37": lambda: conv_open("jar_subscription", *Y25),
        "kc38": lambda: _count(evq("tp_sub_cancel", *H1_26)),
        "kc39": lambda: top_ev("tp_sub_cancel", "cancel_reason", *H1_26, margin=1.3),
        "kc40": lambda: _count(evq("tp_sub_pause", *Y25)),
        "kc41": lambda: conv_open("b2b_account", *Y25),
        "kc42": lambda: rank_conv("b2b_account", *Y25, "e.country", ["CN", "MY"], e=2, margin=1.5),
        "kc43": lambda: conv_open("b2b_account", *Y25, "e.country='MY'", e=2),
        "kc44": lambda: top_lost("b2b_account", "2025-01-01", "2026-03-31", "e.country='MY'"),
        "kc45": lambda: top_ev("tp_b2b_first_order", "sales_rep", None, None, margin=1.1),
        "kc46": lambda: top_ev("tp_b2b_reorder", "restaurant_type", None, None, margin=1.5),
        "kc47": lambda: _count(evq("tp_b2b_reorder", *H2_25)),
        "kc48": lambda: _num(evq("tp_b2b_first_order", None, None, agg="avg(order_kg)")),
        "kc49": lambda: _count(paid("retail", "2026-06-01", "2026-06-30", "channel='tmall'", "count(*)")),
        "kc50": lambda: _money(paid("subscription", "2026-04-01", "2026-06-30")),
        "kc51": lambda: _money(paid("retail", *Y25, "channel='mini_program'")),
        "kc52": lambda: conv("online_order", "2025-04-01", "2025-06-30", "e.device='android'", s=2, e=3),
        "kc53": lambda: conv("online_order", "2025-04-01", "2025-06-30", "e.device='ios'", s=2, e=3),
        "kc54": lambda: _count(one(f"SELECT count(*) FROM orders WHERE order_type='retail' AND status='refunded' AND "
                                   f"{_in('ts', '2026-04-01', '2026-06-30')}")),
        "kc55": lambda: _rate(one(f"SELECT avg(CASE WHEN status='cancelled' THEN 1.0 ELSE 0 END) FROM orders WHERE "
                                  f"order_type='retail' AND {_in('ts', *Y25)}")),
        "kc56": lambda: _money(paid("retail", *Y25, "channel='mini_program'", "avg(amount)")),
        "kc57": lambda: _money(paid("retail", *Y25, "channel='tmall'", "avg(amount)")),
        "kc58": lambda: _count(one(f"SELECT count(*) FROM customers WHERE customer_type='consumer' AND "
                                   f"{_in('signup_at', '2026-03-01', '2026-03-31')}")),
        "kc59": lambda: _count(one("SELECT count(*) FROM customers WHERE segment='vip'")),
        "kc60": lambda: _top(q("SELECT acquisition_channel, count(*) FROM customers WHERE country='MY' AND "
                               "customer_type='consumer' GROUP BY 1 ORDER BY 2 DESC"), 1.5),
        "kc75": lambda: _count(paid("retail", "2025-11-01", "2025-11-30", agg="count(*)")
                               - paid("retail", "2025-10-01", "2025-10-31", agg="count(*)")),
        "kc76": lambda: fb_count("leak", "2026-06-01", "2026-06-30"),
        "kc77": lambda: _count(paid("retail", "2026-04-01", "2026-06-30", "sku='KIM-VEGAN-400'", "sum(qty)")),
        "kc78": lambda: _count(evq("tp_checkout", "2026-03-16", "2026-03-22",
                                   "e.channel='mini_program' AND e.action='fail'")),
        "kc79": lambda: _num(one(f"SELECT avg(rating) FROM feedback f WHERE touchpoint_id='tp_review' AND "
                                 f"product_line='kombucha' AND {_in('f.ts', *Y25)}"), floor=0.03),
        "kc80": lambda: _num(evq("('tp_b2b_first_order', 'tp_b2b_reorder')", *Y25, "e.country='MY'",
                                 "sum(order_kg)"), rel=0.001, floor=0.5),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    fns = gold()
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
