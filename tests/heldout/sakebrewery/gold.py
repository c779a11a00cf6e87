"""Gold answers for the 月白酒造 Tsukishiro Sake Brewery held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "shoppers" / "客人" = customer_id. Consumers have customer_type `consumer`, bars and restaurants
  `bar` (customers.csv). A market / device / store of a funnel is the `country` / `device` / `channel` of the
  customer's first step-1 event in the period (JP, HK, US; ios, android, pc; web_shop, rakuten).
- funnels follow DATA.md: a customer reaches step k with an event (any action: a `fail` age check or checkout is
  still an event at that step) at step k's touchpoint after reaching step k-1, within the journey window from
  their first step-1 event in the period (online_shop 3 d, cool_delivery 21 d, brewery_tour 60 d, sake_club 45 d,
  wholesale 90 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says steps landing after the period count (only that reading).
  "Where do we lose the most" = the step whose next step is not reached by the most customers (loss k -> k+1
  attributed to step k). A step-to-step rate = customers reaching step k+1 / customers reaching step k.
- money: orders.amount is JPY (reporting currency); `paid` = status paid (refunded and cancelled excluded); period
  by orders.ts. "Online shop" / 网店 = order_type `retail` (own web shop and the Rakuten store); the Rakuten store =
  channel `rakuten`; 月白会 / sake club = `club`; tour fees = `tour`; brewery shop = `brewery_shop`; bars = 
  `wholesale`. HKD / USD questions use amount_local of that currency; average order value = mean amount of paid
  rows (shipping surcharge included).
- per-event shares count event rows by the event's ts: checkout failure share = tp_checkout rows with action `fail`
  / all tp_checkout rows; late delivery = tp_delivery on_time 'no' / all tp_delivery rows; transit hours and arrival
  temperature over tp_delivery rows; cancels / pauses / reorders are event counts; CS ticket reasons =
  tp_cs_ticket ticket_reason; club cancel reasons = tp_club_cancel cancel_reason; cases = sum of `cases`.
- feedback: topic counts by text markers (broken 碎 / broken, age verification 年龄验证 / age verification, importer
  进口商 / importer, tour guide language 中文 / english), checked against _truth/feedback_truth.csv, 5 % tolerance;
  "all data" includes undated social posts, a period only dated rows; ratings = mean `rating` of the channel's rows;
  1–2 star share over rows with a rating; NPS = share 9–10 − share 0–6 (fraction) of the nps_survey rows of
  survey_wave 2026-03.
- A/B tour_prepay_2025: booking rate = assigned customers with a tp_tour_booking event after assigned_at / assigned;
  "showed up" = brewery_tour funnel booking -> visit among each variant's customers (Jul–Dec 2025 page views).
- zh top entities use the Chinese twin where the same table has one (region_zh), otherwise the stored value (sku,
  ticket_reason, cancel_reason, country, bar_type, payment_method); a month is 'YYYY-MM'; periods are inclusive
  calendar dates; weeks Monday..Sunday; relative periods resolve against the item's `as_of`.
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


MARK = {"broken": ["碎", "broken"], "warm": ["温", "warm"], "age_id": ["年龄验证", "age verification"],
        "importer": ["进口商", "importer"], "tour_lang": ["中文", "english"], "paypay": ["paypay"]}


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
                          FROM feedback f WHERE channel='nps_survey' AND survey_wave='2026-03' AND ({cond})"""))




def exp_rate(variant=None):
    rows = q("""SELECT x.variant, avg(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.customer_id=x.customer_id
               AND e.touchpoint_id='tp_tour_booking' AND e.ts > x.assigned_at) THEN 1 ELSE 0 END) r
               FROM experiments x WHERE experiment_id='tour_prepay_2025' GROUP BY 1 ORDER BY 2 DESC""")
    if variant:
        return _rate(dict(rows)[variant])
    return _top(rows, 1.3)


def exp_show():
    tops = set()
    for bd in (False, True):
        rows = []
        for v in ("prepay", "pay_on_arrival"):
            n = funnel("brewery_tour", "2025-07-01", "2025-12-31", bd,
                       f"e.customer_id IN (SELECT customer_id FROM experiments WHERE variant='{v}')")
            rows.append((v, n[2] / n[1]))
        rows.sort(key=lambda r: -r[1])
        tops.add(_top(rows, 1.2)["top_entity"])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
JM_26 = ("2026-01-01", "2026-05-31")
ALL = ("2025-01-01", "2026-05-31")
FAIL = "avg(CASE WHEN action='fail' THEN 1.0 ELSE 0 END)"
LATE = "avg(CASE WHEN on_time='no' THEN 1.0 ELSE 0 END)"


def gold():
    return {
        "sb01": lambda: conv("online_shop", *Q1_26),
        "sb02": lambda: rank_conv("online_shop", *Q1_26, "e.country", ["JP", "HK", "US"]),
        "sb03": lambda: conv("online_shop", *Q1_26, "e.country='US'", s=2, e=3),
        "sb04": lambda: top_lost("online_shop", *H2_25),
        "sb05": lambda: _top(q("SELECT strftime(ts, '%Y-%m'), count(*) FROM events WHERE touchpoint_id='tp_checkout' "
                               "AND action='fail' AND year(ts)=2026 GROUP BY 1 ORDER BY 2 DESC") + [("-", 0)], 2),
        "sb06": lambda: _top(q("SELECT payment_method, count(*) FROM events WHERE touchpoint_id='tp_checkout' AND "
                               "action='fail' AND strftime(ts, '%Y-%m')='2026-04' GROUP BY 1 ORDER BY 2 DESC")
                             + [("-", 0)], 2),
        "sb07": lambda: _rate(evq("tp_checkout", "2026-04-01", "2026-04-30", "e.country='JP' AND e.device='android'",
                                  FAIL)),
        "sb08": lambda: conv("online_shop", "2026-04-06", "2026-04-19", "e.country='JP' AND e.device='android'",
                             s=3, e=4),
        "sb09": lambda: conv("cool_delivery", *JM_26),
        "sb10": lambda: _count(paid("retail", *Y25, "channel='rakuten'", "count(*)")),
        "sb11": lambda: _money(one(f"SELECT sum(amount) FROM orders WHERE status='paid' AND "
                                   f"{_in('ts', '2025-10-01', '2025-12-31')}")),
        "sb12": lambda: _money(paid("retail", *Y25, "currency='HKD'", "sum(amount_local)")),
        "sb13": lambda: _money(paid("wholesale", "2026-03-01", "2026-03-31")),
        "sb14": lambda: _num(one("SELECT DISTINCT unit_price_local FROM orders WHERE sku='TSK-JDG-720' AND "
                                 "currency='JPY' AND ts >= TIMESTAMP '2026-01-15'")),
        "sb15": lambda: _money(paid("retail", "2026-01-15", "2026-05-31", "sku='TSK-JDG-720' AND currency='USD'",
                                    "avg(amount_local)")),
        "sb16": lambda: _top(q(f"SELECT sku, sum(qty) FROM orders WHERE status='paid' AND order_type='retail' AND "
                               f"{_in('ts', *Y25)} GROUP BY 1 ORDER BY 2 DESC"), 1.2),
        "sb17": lambda: _top(q(f"SELECT c.region_zh, sum(o.amount) FROM orders o JOIN customers c USING (customer_id) "
                               f"WHERE o.status='paid' AND o.order_type='retail' AND {_in('o.ts', *Y25)} "
                               "GROUP BY 1 ORDER BY 2 DESC"), 1.2),
        "sb18": lambda: _top(q(f"SELECT strftime(ts, '%Y-%m'), count(*) FROM orders WHERE status='paid' AND "
                               f"order_type='retail' AND {_in('ts', *Y25)} GROUP BY 1 ORDER BY 2 DESC"), 1.2),
        "sb19": lambda: _num(evq("tp_delivery", *Y25, "e.country='US'", "avg(transit_hours)")),
        "sb20": lambda: _top(q(f"SELECT country, {LATE} FROM events WHERE touchpoint_id='tp_delivery' GROUP BY 1 "
                               "ORDER BY 2 DESC"), 1.5),
        "sb21": lambda: _rate(evq("tp_delivery", None, None, "e.courier='Yamato Cool TA-Q-BIN'", LATE)),
        "sb22": lambda: _rate(evq("tp_delivery", "2025-07-01", "2025-09-30", "e.country='US'",
                                  "avg(CASE WHEN arrival_temp_c > 15 THEN 1.0 ELSE 0 END)")),
        "sb23": lambda: fb_count("broken", *JM_26),
        "sb24": lambda: fb_count("broken", "2025-07-01", "2025-09-30"),
        "sb25": lambda: _top(q(f"SELECT strftime(f.ts, '%Y-%m'), count(*) FROM feedback f WHERE "
                               f"{topic_cond('broken')} AND f.ts IS NOT NULL GROUP BY 1 ORDER BY 2 DESC"), 1.2),
        "sb26": lambda: dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE "
                                                              f"{topic_cond('broken')} ORDER BY 1")]),
        "sb27": lambda: _num(one(f"SELECT avg(rating) FROM feedback f WHERE channel='rakuten_review' AND "
                                 f"{_in('f.ts', '2026-05-01', '2026-05-31')}"), floor=0.03),
        "sb28": lambda: _rate(one(f"SELECT avg(CASE WHEN rating <= 2 THEN 1.0 ELSE 0 END) FROM feedback f WHERE "
                                  f"channel='shop_review' AND rating IS NOT NULL AND {_in('f.ts', *Y25)}")),
        "sb29": lambda: nps(),
        "sb30": lambda: nps("f.country='US'"),
        "sb31": lambda: fb_count("importer", cond="f.channel='sales_visit_note'"),
        "sb32": lambda: fb_count("age_id", *Y25),
        "sb33": lambda: top_ev("tp_cs_ticket", "ticket_reason", *JM_26, margin=1.5),
        "sb34": lambda: fb_count("tour_lang", cond="f.channel='tour_survey'"),
        "sb35": lambda: exp_rate(),
        "sb36": lambda: exp_rate("pay_on_arrival"),
        "sb37": lambda: exp_show(),
        "sb38": lambda: conv_open("sake_club", *Y25, s=1, e=2),
        "sb39": lambda: _count(evq("tp_club_cancel", *JM_26)),
        "sb40": lambda: top_ev("tp_club_cancel", "cancel_reason", *JM_26, margin=1.3),
        "sb41": lambda: _count(evq("tp_club_pause", *Y25)),
        "sb42": lambda: conv_open("wholesale", *Y25, e=2),
        "sb43": lambda: rank_conv("wholesale", *Y25, "e.country", ["JP", "HK", "US"], s=1, e=2, margin=1.5),
        "sb44": lambda: conv_open("wholesale", *Y25, "e.country='US'", s=1, e=2),
        "sb45": lambda: top_ev("tp_wh_reorder", "bar_type", None, None, margin=1.2),
        "sb46": lambda: _count(evq("tp_wh_reorder", *H2_25)),
        "sb47": lambda: conv_open("brewery_tour", *Y25, e=2),
        "sb48": lambda: _money(paid("tour", *Y25)),
        "sb49": lambda: top_ev("tp_tour_booking", "tour_type", None, None, margin=1.5),
        "sb50": lambda: _count(paid("retail", "2026-05-01", "2026-05-31", agg="count(*)")),
        "sb51": lambda: _money(paid("club", *Q1_26)),
        "sb52": lambda: _money(paid("retail", *Y25, "channel='rakuten'")),
        "sb53": lambda: fb_count("broken", "2026-05-01", "2026-05-31"),
        "sb54": lambda: conv("online_shop", "2025-04-01", "2025-06-30", "e.device='android'", s=3, e=4),
        "sb55": lambda: conv("online_shop", "2025-04-01", "2025-06-30", "e.device='ios'", s=3, e=4),
        "sb56": lambda: _count(one(f"SELECT count(*) FROM orders WHERE order_type='retail' AND status='refunded' AND "
                                   f"{_in('ts', *JM_26)}")),
        "sb57": lambda: _rate(one(f"SELECT avg(CASE WHEN status='cancelled' THEN 1.0 ELSE 0 END) FROM orders WHERE "
                                  f"order_type='retail' AND {_in('ts', *Y25)}")),
        "sb58": lambda: _money(paid("retail", *Y25, "country='HK'", "avg(amount)")),
        "sb59": lambda: _money(paid("retail", *Y25, "country='US'", "avg(amount)")),
        "sb60": lambda: _count(one(f"SELECT count(*) FROM customers WHERE customer_type='consumer' AND "
                                   f"{_in('signup_at', '2026-03-01', '2026-03-31')}")),
        "sb61": lambda: _count(one("SELECT count(*) FROM customers WHERE segment='vip'")),
        "sb62": lambda: _top(q("SELECT acquisition_channel, count(*) FROM customers WHERE country='US' AND "
                               "customer_type='consumer' GROUP BY 1 ORDER BY 2 DESC"), 1.3),
        "sb63": lambda: _count(paid("retail", "2025-12-01", "2025-12-31", agg="count(*)")
                               - paid("retail", "2025-11-01", "2025-11-30", agg="count(*)")),
        "sb64": lambda: _count(evq("tp_checkout", "2026-04-13", "2026-04-19", "e.action='fail'")),
        "sb65": lambda: _num(evq("('tp_wh_first_order', 'tp_wh_reorder')", *Y25, "e.country='US'", "sum(cases)"),
                             rel=0.001, floor=0.5),
        "sb80": lambda: conv("online_shop", *Y25, "e.country='HK'", s=1, e=2),
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
