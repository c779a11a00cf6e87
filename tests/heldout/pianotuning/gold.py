"""Gold answers for the 琴匠到家 KeyNote Piano Care held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "users" / "客户" = customer_id. A customer's city is the `city` column (events carry the city of the
  customer; customers.city is the same value). "China" / "国内" = Shanghai, Hangzhou, Chengdu; Melbourne is AU.
- funnels follow DATA.md: a customer reaches step k with an event (any action — a `fail` booking submission is
  still a booking-form event, a `tech_no_show` visit record is still a visit event) at step k's touchpoint after
  reaching step k-1, within the journey window from their first step-1 event in the period (booking 7 d,
  visit_fulfilment 30 d, repair_upsell 21 d, maintenance_plan 400 d); rates are per customer; the tolerance covers
  both readings (later steps allowed after the period end, or not), except where the question says later steps
  count (only that reading). A segment of a funnel (city, channel, device) is that of the customer's first
  step-1 event. "Where do we lose the most" = the step whose next step is not reached by the most customers.
  A step-to-step rate (form -> payment) = customers reaching step k+1 / customers reaching step k.
- money: orders.amount is in the row's `currency` (CNY for Chinese cities, AUD for Melbourne); "折合人民币" /
  group totals use `amount_cny` (1 AUD = 4.70 CNY). Revenue = status `paid` (cancelled, refunded excluded), by
  orders.ts; order_type tuning / repair / plan. Average order value = mean amount of paid rows.
- per-record shares count event rows by their ts: no-show rate = tp_visit rows with action `tech_no_show` /
  all tp_visit rows; booking-submit failure share = tp_booking_form rows with action `fail` / all such rows;
  counts of no-shows, reschedules, tickets, quotes, renewals are event-row counts.
- feedback: topic counts by text markers (no-show 放鸽子 / no-show, price rise 涨价 / price went up / price
  increase, expensive quote 报价太贵 / quote too expensive), checked against _truth/feedback_truth.csv, 5 %
  tolerance; "all data" includes undated posts (dianping, xiaohongshu, some google reviews), a period only dated
  rows. Ratings = mean of `rating` over rows with a rating; 1–2 star share over rows with a rating;
  NPS = share 9–10 − share 0–6 (fraction) of post_visit_survey rows.
- A/B plan_price_display_2025: a customer signs up when they have a tp_plan_signup event after assigned_at.
- periods are inclusive calendar dates; weeks Monday..Sunday; relative periods resolve against the item's
  `as_of`; a month is 'YYYY-MM'.
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
CN = "city IN ('Shanghai', 'Hangzhou', 'Chengdu')"


def paid(kind, a, b, cond="1=1", agg="sum(amount)"):
    kinds = "1=1" if kind is None else f"order_type='{kind}'"
    return one(f"SELECT {agg} FROM orders WHERE status='paid' AND {kinds} AND {_in('ts', a, b)} AND ({cond})")


def evq(tp, a, b, cond="1=1", agg="count(*)"):
    per = f"AND {_in('e.ts', a, b)}" if a else ""
    return one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id='{tp}' {per} AND ({cond})")


def top_ev(tp, by, a, b, cond="1=1", margin=1.15):
    per = f"AND {_in('ts', a, b)}" if a else ""
    return _top(q(f"SELECT {by}, count(*) n FROM events WHERE touchpoint_id='{tp}' {per} AND ({cond}) "
                  "GROUP BY 1 ORDER BY 2 DESC") + [("-", 0)], margin)


def no_show_rate(a, b, cond="1=1"):
    return _rate(evq("tp_visit", a, b, cond, "avg(CASE WHEN action='tech_no_show' THEN 1.0 ELSE 0 END)"))


MARK = {"no_show": ["放鸽子", "no-show"], "price_up": ["涨价", "price went up", "price increase"],
        "quote_expensive": ["报价太贵", "quote too expensive"]}


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


def nps(a, b, cond="1=1"):
    return _rate(one(f"""SELECT (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / count(*)
                          FROM feedback f WHERE channel='post_visit_survey' AND nps IS NOT NULL
                          AND {_in('f.ts', a, b)} AND ({cond})"""))


def exp_signup(variant=None):
    rows = q("""SELECT x.variant, avg(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.customer_id=x.customer_id
               AND e.touchpoint_id='tp_plan_signup' AND e.ts > x.assigned_at) THEN 1 ELSE 0 END) r
               FROM experiments x WHERE experiment_id='plan_price_display_2025' GROUP BY 1 ORDER BY 2 DESC""")
    if variant:
        return _rate(dict(rows)[variant])
    return _top(rows, 1.25)


def cancel_by_billing():
    return _top(q("""SELECT s.billing, avg(CASE WHEN EXISTS (SELECT 1 FROM events c WHERE c.customer_id=s.customer_id
                     AND c.touchpoint_id='tp_plan_cancel' AND c.ts > s.ts) THEN 1.0 ELSE 0 END)
                     FROM events s WHERE s.touchpoint_id='tp_plan_signup' GROUP BY 1 ORDER BY 2 DESC"""), 2)


H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Y25 = ("2025-01-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_26 = ("2026-04-01", "2026-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
CN_ANDROID_APP = "e.channel='app' AND e.device='android' AND e.city <> 'Melbourne'"
CITY4 = ["Shanghai", "Hangzhou", "Chengdu", "Melbourne"]


def gold():
    return {
        "pt01": lambda: conv("booking", *Q1_26),
        "pt02": lambda: rank_conv("booking", "2025-10-01", "2026-03-31", "e.city", CITY4, s=1, e=2, margin=1.1),
        "pt03": lambda: conv("booking", "2025-10-01", "2026-03-31", "e.city='Shanghai'", s=1, e=2),
        "pt04": lambda: conv("booking", "2025-04-01", "2025-06-30", "e.city='Shanghai' AND e.piano_type='upright'",
                             s=1, e=2),
        "pt05": lambda: conv("booking", "2025-10-01", "2025-12-31", "e.city='Shanghai' AND e.piano_type='upright'",
                             s=1, e=2),
        "pt06": lambda: _num(one("SELECT max(amount) FROM orders WHERE order_type='tuning' AND city='Shanghai' AND "
                                 "service_sku='TUNE-UPRIGHT' AND ts >= TIMESTAMP '2025-09-01' AND "
                                 "coalesce(coupon_code, '') = ''")),
        "pt07": lambda: _rate(evq("tp_booking_form", "2026-03-01", "2026-03-31", CN_ANDROID_APP,
                                  "avg(CASE WHEN action='fail' THEN 1.0 ELSE 0 END)")),
        "pt08": lambda: _top(q("SELECT strftime(ts, '%Y-%m'), count(*) FROM events WHERE touchpoint_id="
                               "'tp_booking_form' AND action='fail' AND year(ts)=2026 GROUP BY 1 ORDER BY 2 DESC")
                             + [("-", 0)], 2),
        "pt09": lambda: top_ev("tp_booking_form", "error_code", "2026-03-01", "2026-03-31", "action='fail'", 2),
        "pt10": lambda: conv("booking", "2026-03-02", "2026-03-15", CN_ANDROID_APP),
        "pt11": lambda: conv("booking", "2026-02-01", "2026-02-28", CN_ANDROID_APP),
        "pt12": lambda: top_lost("booking", *Y25),
        "pt13": lambda: conv("visit_fulfilment", *H2_25),
        "pt14": lambda: no_show_rate(*H1_26, "e.city='Chengdu'"),
        "pt15": lambda: _top(q(f"SELECT city, avg(CASE WHEN action='tech_no_show' THEN 1.0 ELSE 0 END) FROM events "
                               f"WHERE touchpoint_id='tp_visit' AND {_in('ts', *H1_26)} GROUP BY 1 ORDER BY 2 DESC"),
                             2),
        "pt16": lambda: _count(evq("tp_visit", *Q2_26, "e.city='Chengdu' AND e.action='tech_no_show'")),
        "pt17": lambda: top_ev("tp_visit", "technician_id", *H1_26, "action='tech_no_show'", 1.5),
        "pt18": lambda: _num(evq("tp_tech_assigned", *Q1_26, "e.city='Chengdu'", "avg(hours_to_assign)")),
        "pt19": lambda: _num(evq("tp_tech_assigned", *Q1_26, "e.city='Hangzhou'", "avg(hours_to_assign)")),
        "pt20": lambda: _count(evq("tp_reschedule", *H1_26, "e.reschedule_reason='tech_no_show'")),
        "pt21": lambda: top_ev("tp_reschedule", "reschedule_reason", *H1_26, margin=1.5),
        "pt22": lambda: _count(one(f"SELECT count(*) FROM orders WHERE order_type='tuning' AND status='refunded' AND "
                                   f"city='Chengdu' AND {_in('ts', *H1_26)}")),
        "pt23": lambda: conv("repair_upsell", *Y25),
        "pt24": lambda: rank_conv("repair_upsell", *Y25, "e.city", CITY4, s=1, e=2, margin=1.5),
        "pt25": lambda: conv("repair_upsell", *Y25, "e.city='Melbourne'", s=1, e=2),
        "pt26": lambda: top_ev("tp_quote", "repair_type", "2025-06-01", "2025-07-31", margin=1.5),
        "pt27": lambda: _money(paid("repair", *Y25, "city='Melbourne'")),
        "pt28": lambda: _money(evq("tp_quote", *Y25, "e.repair_type='regulation' AND e.currency='CNY'",
                                   "avg(quote_amount)")),
        "pt29": lambda: conv("repair_upsell", *Y25, "e.city <> 'Melbourne'", s=2, e=3),
        "pt30": lambda: exp_signup(),
        "pt31": lambda: exp_signup("monthly_price"),
        "pt32": lambda: cancel_by_billing(),
        "pt33": lambda: _count(evq("tp_plan_renew", None, None)),
        "pt34": lambda: conv_open("maintenance_plan", *H1_25),
        "pt35": lambda: _money(paid("plan", *Y25, "currency='CNY'")),
        "pt36": lambda: _count(one("SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id='tp_plan_signup'")),
        "pt37": lambda: _count(paid("tuning", *Y25, "city='Shanghai'", "count(*)")),
        "pt38": lambda: _money(paid("tuning", "2025-10-01", "2025-12-31", "city='Melbourne'")),
        "pt39": lambda: _money(paid(None, *Q2_26, agg="sum(amount_cny)")),
        "pt40": lambda: _top(q(f"SELECT strftime(signup_at, '%Y-%m'), count(*) FROM customers WHERE "
                               f"{_in('signup_at', *Y25)} GROUP BY 1 ORDER BY 2 DESC"), 1.3),
        "pt41": lambda: _rate(one(f"SELECT avg(CASE WHEN status='cancelled' THEN 1.0 ELSE 0 END) FROM orders WHERE "
                                  f"order_type='tuning' AND {_in('ts', *Y25)}")),
        "pt42": lambda: _rate(paid("tuning", *Y25, CN, "avg(CASE WHEN coupon_code='NEW50' THEN 1.0 ELSE 0 END)")),
        "pt43": lambda: _rate(paid(None, *Y25, CN, "avg(CASE WHEN payment_method='wechat_pay' THEN 1.0 ELSE 0 END)")),
        "pt44": lambda: _money(paid("tuning", *ALL, "city='Melbourne' AND service_sku='TUNE-GRAND'", "avg(amount)")),
        "pt45": lambda: _money(paid("tuning", "2026-01-01", "2026-01-31", "city='Hangzhou'")),
        "pt46": lambda: _count(one(f"SELECT count(*) FROM customers WHERE {_in('signup_at', '2026-03-01', '2026-03-31')}")),
        "pt47": lambda: _top(q("SELECT acquisition_channel, count(*) FROM customers WHERE city='Melbourne' "
                               "GROUP BY 1 ORDER BY 2 DESC"), 1.3),
        "pt48": lambda: _count(one("SELECT count(*) FROM customers WHERE segment='vip'")),
        "pt49": lambda: _rate(one("SELECT avg(CASE WHEN piano_type='grand' THEN 1.0 ELSE 0 END) FROM customers")),
        "pt50": lambda: _top(q("SELECT piano_brand, count(*) FROM customers WHERE city='Chengdu' GROUP BY 1 "
                               "ORDER BY 2 DESC"), 1.1),
        "pt51": lambda: fb_count("no_show", *H1_26),
        "pt52": lambda: fb_count("no_show", "2025-07-01", "2025-09-30"),
        "pt53": lambda: _topic(fb_count("no_show", *Q2_26)["value"] - fb_count("no_show", *Q1_26)["value"]),
        "pt54": lambda: dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE "
                                                              f"{topic_cond('no_show')} ORDER BY 1")]),
        "pt55": lambda: fb_count("price_up", "2025-09-01", "2026-06-30"),
        "pt56": lambda: _num(one(f"SELECT avg(rating) FROM feedback f WHERE channel='mini_program_review' AND "
                                 f"{_in('f.ts', *Q2_26)}"), floor=0.03),
        "pt57": lambda: _rate(one(f"SELECT avg(CASE WHEN rating <= 2 THEN 1.0 ELSE 0 END) FROM feedback f WHERE "
                                  f"channel='app_review' AND rating IS NOT NULL AND {_in('f.ts', *Y25)}")),
        "pt58": lambda: nps(*H1_26),
        "pt59": lambda: nps(*H1_26, "f.city='Chengdu'"),
        "pt60": lambda: fb_count("quote_expensive"),
        "pt62": lambda: _count(evq("tp_cs_ticket", *Q2_26, "e.ticket_reason='tech_no_show'")),
        "pt75": lambda: _count(paid("tuning", "2026-06-01", "2026-06-30", "city='Melbourne'", "count(*)")),
        "pt76": lambda: _count(evq("tp_visit", "2026-06-22", "2026-06-28", "e.city='Chengdu' AND "
                                   "e.action='tech_no_show'")),
        "pt77": lambda: fb_count("no_show", *Q2_26),
        "pt78": lambda: _money(paid("repair", "2026-01-01", "2026-06-15", "city='Shanghai'")),
        "pt79": lambda: _count(evq("tp_booking_form", "2026-03-09", "2026-03-15", "e.action='fail' AND "
                                   "e.device='android'")),
        "pt80": lambda: _count(evq("tp_visit", *H2_25, "e.city='Chengdu' AND e.action='tech_no_show'")
                               - evq("tp_visit", *H1_25, "e.city='Chengdu' AND e.action='tech_no_show'")),
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
