"""Gold answers for the 众筹星 StarBacker (product crowdfunding platform) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a backer / user / 支持者 = a customer (customer_id); city, age band, backer type (支持者类型), member level (tier /
  会员等级) and acquisition channel (获客渠道) come from customers. zh top-entity golds use the Chinese twins (项目类别,
  回报档位, 支付方式, 物流公司, city, campaign_name), en ones the English values (category, reward_tier,
  payment_method, carrier, city_en, campaign_id, touchpoint_id, acquisition_channel).
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (discover_to_back 60 d, fulfilment 365 d,
  follow_to_pledge 30 d, back_again 90 d); rates are per customer. For the long-window journeys (fulfilment,
  back_again) the period picks the step-1 cohort and later steps may fall after the period end (the only sensible
  reading); for the others the tolerance covers both readings (later steps allowed after the period end, or not). "After which step do we lose the most" = the step reached whose next step is
  not reached, largest count; drop-off rate at a step = 1 - reached(next) / reached(step). A filter on the kind of
  step-1 event (e.g. "whose reward shipped more than 60 days late") picks the first such step-1 event in the period.
- a pledge / 支持 / 订单 = one order (= one tp_pledge event); money raised / 筹款额 = sum(amount) of orders with status
  `paid` (charged and not refunded), by pledge date (order ts), CNY, amount = tier price + add-ons + shipping fee.
  "how many pledges" counts all orders of the period whatever their status unless a status is named. Refund rate =
  refunded orders / all orders of the period. Average pledge per backer = paid amount / distinct backers with a
  paid order in the period.
- charges: a charge attempt = a tp_payment or tp_payment_failed event; first attempts have attempt = 1; decline rate
  = first attempts that failed / first attempts, by the attempt's date (= campaign end).
- times between steps are per backing (customer + campaign): charge (successful tp_payment) -> shipping survey
  (tp_survey), charge -> delivery (tp_delivered), shipped -> delivered (transit, by carrier); "late" = the
  `delay_days` of the tp_shipped event (shipped date minus promised date); refund time = refunded_at -
  refund_initiated_at on refunded orders. Medians are plain medians over the backings of the named period/group.
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period (no period named: all rows, dated or not, both readings
  inside the tolerance); topic counts by text markers with a 5 % tolerance; ratings by step = feedback.touchpoint_id
  over rows with a rating; post-delivery survey = channel `survey` (one per project rating).
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchall()[0][0] == 0
    # one row per backing (customer + campaign): each customer pledges to a campaign at most once
    CON.execute("""CREATE TABLE backings AS
        SELECT o.*, c.city, c.city_en, c.region, c."区域", c.age_band, c.backer_type, c."支持者类型", c.acquisition_channel,
               c."获客渠道", c.tier AS member_level, c.preferred_lang,
               p.ts AS t_cap, s.ts AS t_survey, sh.ts AS t_ship, sh.delay_days, sh.carrier, sh."物流公司",
               d.ts AS t_deliv
        FROM orders o JOIN customers c USING (customer_id)
        LEFT JOIN (SELECT customer_id, campaign_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_payment'
                   GROUP BY ALL) p USING (customer_id, campaign_id)
        LEFT JOIN (SELECT customer_id, campaign_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_survey'
                   GROUP BY ALL) s USING (customer_id, campaign_id)
        LEFT JOIN (SELECT customer_id, campaign_id, min(ts) ts, any_value(delay_days) delay_days,
                          any_value(carrier) carrier, any_value("物流公司") "物流公司"
                   FROM events WHERE touchpoint_id = 'tp_shipped' GROUP BY ALL) sh USING (customer_id, campaign_id)
        LEFT JOIN (SELECT customer_id, campaign_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_delivered'
                   GROUP BY ALL) d USING (customer_id, campaign_id)""")
    assert one("SELECT count(*) FROM backings") == one("SELECT count(*) FROM orders")


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


def rate_val(v, spread=0.0):
    return dict(value=round(float(v), 4), tolerance=round(max(0.01, spread + 0.005), 4))


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def avg_val(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * rel), 3))


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    a, b = rows[0][1], rows[1][1]
    ok = a > b * margin if higher else b - a > margin
    assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", e1="1=1", bounded=False):
    """cond: on customers c; e1: on the step-1 event e (which step-1 events count)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    LEFT JOIN (SELECT customer_id, campaign_id, any_value(delay_days) delay_days FROM events
                               WHERE touchpoint_id = 'tp_shipped' GROUP BY ALL) sh USING (customer_id, campaign_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) AND ({e1})
                    GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", a=0, b=-1, drop=False, e1="1=1", cohort=False):
    """cohort=True: the period picks the step-1 cohort and later steps may fall after the period end (only reading for
    long-window journeys such as fulfilment and back_again); else both readings inside the tolerance."""
    vals = []
    for bounded in ((False,) if cohort else (False, True)):
        c = funnel(journey, start, end, cond, e1, bounded=bounded)
        r = c[b] / c[a]
        vals.append(1 - r if drop else r)
    return rate_val(vals[0], abs(vals[0] - vals[-1]))


def top_lost(journey, start, end, cond="1=1", margin=1.15):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, col, values, a=0, b=-1, margin=1.1, lowest=False):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, f"{col} = '{v}'", bounded=bounded)
            r = c[b] / c[a]
            rows.append((v, 1 / r if lowest else r, c[a]))
        rows.sort(key=lambda r: -r[1])
        tops.add(top(rows, margin)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- orders / backings ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM backings o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM backings o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM backings o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def order_share(num, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(({num})::int) FROM backings o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def per_backer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM backings o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.005), 3))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", status="paid", margin=1.15, having="1=1",
               check_small=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    sql = f"""SELECT {by}, {agg} n, count(DISTINCT o.customer_id) nb FROM backings o WHERE {st}
              AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 HAVING {{h}} ORDER BY n DESC"""
    rows = q(sql.format(h=having))
    res = top(rows, margin)
    if check_small:                       # letting small groups in must change the winner
        allr = q(sql.format(h="1=1"))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


def decline_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.touchpoint_id = 'tp_payment_failed')::int) FROM events e
                            WHERE e.touchpoint_id IN ('tp_payment', 'tp_payment_failed') AND e.attempt = 1
                            AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_decline(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg((e.touchpoint_id = 'tp_payment_failed')::int) r, count(*) FROM events e
                 JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id IN ('tp_payment', 'tp_payment_failed') AND e.attempt = 1
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def lag(a, b, start, end, period_col, cond="1=1", agg="median(d)"):
    """days between two backing timestamps, per backing of the period."""
    v = one(f"""SELECT {agg} FROM (SELECT epoch(o.{b} - o.{a}) / 86400.0 AS d FROM backings o
                WHERE o.{a} IS NOT NULL AND o.{b} IS NOT NULL AND {_in('o.' + period_col, start, end)} AND ({cond}))""")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


def top_lag(by, a, b, start, end, period_col, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {by}, median(epoch(o.{b} - o.{a}) / 86400.0) m, count(*) FROM backings o
                 WHERE o.{a} IS NOT NULL AND o.{b} IS NOT NULL AND {_in('o.' + period_col, start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY m DESC""")
    return top(rows, margin)


def refund_days(cond, agg="median(d)"):
    v = one(f"""SELECT {agg} FROM (SELECT epoch(refunded_at - refund_initiated_at) / 86400.0 d FROM orders o
                WHERE o.status = 'refunded' AND ({cond}))""")
    return days_val(v)


def events_count(tp, start, end, agg="count(*)", cond="1=1"):
    return count_val(one(f"""SELECT {agg} FROM events e JOIN customers c USING (customer_id)
                             WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, both=False):
    a = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    if not both:
        return rate_val(a)
    b = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond} AND f.ts IS NOT NULL")
    return rate_val(a, abs(a - b))


def bottom_fb_avg(by, cond, min_n, margin=0.3, check_small=False):
    sql = f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
              AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin, higher=False)
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
DELAY_T = _like("f.text", ["延期", "delay"])
VIDEO_T = _like("f.text", ["视频", "video"])
UPDATE_T = _like("f.text", ["更新", "update"])
QUALITY_T = _like("f.text", ["质量", "做工", "quality"])
REFUND_T = _like("f.text", ["退款", "refund"])
DECLINE_T = _like("f.text", ["扣款", "declined"])
FEE_T = _like("f.text", ["运费", "shipping fee"])


def ratio_change(sql_a, sql_b):
    x, y = one(sql_a), one(sql_b)
    return rate_val((y - x) / x)


def pledges(start, end):
    return f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)}"


def signups(start, end):
    return f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"


def gold():
    return {
        # ---- funnels
        "cf01": lambda: conv("discover_to_back", *Y25),
        "cf02": lambda: top_lost("discover_to_back", *Y25, "c.acquisition_channel = 'weibo'"),
        "cf03": lambda: top_lost("discover_to_back", *Y25, "c.acquisition_channel = 'bilibili'"),
        "cf04": lambda: top_conv("discover_to_back", *Y25, 'c."获客渠道"', ["微博", "B站", "邮件简报", "搜索"],
                                 margin=1.5, lowest=True),
        "cf05": lambda: conv("fulfilment", *H1_25, cohort=True),
        "cf06": lambda: conv("fulfilment", *Y25, a=0, b=1, drop=True, cohort=True),
        "cf07": lambda: conv("follow_to_pledge", *Q3_25),
        "cf08": lambda: conv("back_again", *H2_25, cohort=True),
        "cf09": lambda: conv("back_again", *H2_25, e1="sh.delay_days > 60", cohort=True),
        # ---- time between steps
        "cf10": lambda: lag("t_cap", "t_deliv", *Y25, "t_cap", "o.category = 'gadget'"),
        "cf11": lambda: lag("t_cap", "t_deliv", *Y25, "t_cap", "o.category = 'board_game'"),
        "cf12": lambda: lag("t_cap", "t_survey", *Y25, "t_cap", agg="avg((d > 14)::int)"),
        "cf13": lambda: lag("t_cap", "t_survey", *ALL, "t_cap", "o.preferred_lang = 'en'"),
        "cf14": lambda: top_lag("o.carrier", "t_ship", "t_deliv", *ALL, "t_ship"),
        "cf15": lambda: refund_days("o.campaign_id = 'orbit-keyboard'"),
        "cf16": lambda: refund_days("o.refund_reason = 'campaign_failed'"),
        "cf17": lambda: rate_val(one(f"""SELECT avg((o.delay_days > 60)::int) FROM backings o WHERE o.category = 'gadget'
                                         AND {_in('o.t_ship', *Y25)}""")),
        "cf18": lambda: top(q(f"""SELECT o."项目类别", median(o.delay_days) m FROM backings o
                                  WHERE {_in('o.t_ship', *Y25)} GROUP BY 1 ORDER BY m DESC"""), 1.3),
        # ---- per backer
        "cf19": lambda: per_backer(*Y25),
        "cf20": lambda: per_backer(*Y25, cond="o.backer_type = 'repeat'"),
        "cf21": lambda: per_backer(*H1_26, agg="count(*)"),
        "cf22": lambda: per_backer(*ALL, cond="o.member_level = 'platinum'"),
        # ---- shares
        "cf23": lambda: order_share("o.status = 'refunded'", *Y25),
        "cf27": lambda: decline_rate(*Y25),
        "cf28": lambda: decline_rate(*month(2025, 11)),
        "cf29": lambda: decline_rate(*month(2025, 10)),
        # ---- rankings
        "cf30": lambda: top_orders("o.category", *Y25),
        "cf31": lambda: top_orders('o."回报档位"', *Y25, agg="count(*)", status=None),
        "cf32": lambda: top_orders("o.city_en", *ALL, agg="avg(o.amount)", margin=1.1,
                                   having="count(DISTINCT o.customer_id) >= 50", check_small=True),
        "cf33": lambda: top_decline('e."支付方式"', *Y25, margin=1.4),
        "cf34": lambda: bottom_fb_avg("f.campaign_id", "f.channel = 'survey'", 20, margin=0.5),
        "cf35": lambda: top_orders('o."获客渠道"', *Y25, margin=1.1),
        "cf36": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3, check_small=True),
        "cf37": lambda: top_orders("o.campaign_name", *H1_26, margin=1.5),
        # ---- single values
        "cf38": lambda: orders(*month(2025, 10), agg="count(*)", status=None),
        "cf39": lambda: orders(*Q3_25),
        "cf40": lambda: events_count("tp_follow", "2025-03-03", "2025-03-09", "count(DISTINCT e.customer_id)"),
        "cf41": lambda: count_val(one(f"SELECT count(*) FROM orders o WHERE o.status = 'refunded' "
                                      f"AND {_in('o.refunded_at', *Q1_26)}")),
        "cf42": lambda: orders(*month(2025, 6), agg="count(DISTINCT o.customer_id)", status=None,
                               cond="o.device = 'android'"),
        "cf43": lambda: orders(*month(2025, 6), agg="count(DISTINCT o.customer_id)", status=None, cond="o.device = 'ios'"),
        # ---- comparisons
        "cf45": lambda: orders_change(H1_25, H1_26),
        "cf46": lambda: fb_avg("f.channel = 'survey' AND f.category = 'board_game'"),
        "cf47": lambda: fb_avg("f.channel = 'survey' AND f.category = 'gadget'"),
        "cf48": lambda: ratio_change(pledges(*Q3_25), pledges(*Q4_25)),
        # ---- relative periods
        "cf53": lambda: orders(*Q1_26),
        "cf54": lambda: orders(*month(2026, 4)),
        "cf55": lambda: orders("2026-06-01", "2026-06-07", agg="count(*)", status=None),
        "cf56": lambda: money_val(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                                      f"AND {_in('o.refunded_at', *H2_25)}")),
        # ---- feedback
        "cf59": lambda: fb_topic_count(DELAY_T),
        "cf60": lambda: fb_topic_count(f"{DELAY_T} AND {_in('f.ts', *Q1_26)}"),
        "cf61": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "cf62": lambda: fb_topic_count(VIDEO_T),
        "cf63": lambda: feedback_ids(UPDATE_T),
        "cf64": lambda: fb_topic_count(QUALITY_T),
        "cf65": lambda: fb_topic_count(DECLINE_T),
        "cf66": lambda: fb_topic_count(REFUND_T),
        "cf67": lambda: fb_ratio(NEG, "f.channel = 'weibo_post'", both=True),
        "cf69": lambda: fb_topic_count(f"{FEE_T} AND f.channel = 'service_ticket'"),
        # ---- extra columns
        "cf75": lambda: order_share("o.age_band = '18-24'", *Y25),
        "cf76": lambda: orders(*Y25, cond="o.region = 'south_china'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
