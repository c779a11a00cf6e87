"""Gold answers for the HeartLink 心动 dating-app held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (activation 14 d, premium 7 d, safety 3 d).
  `conv` computes each rate with and without requiring later steps to fall inside the period; the tolerance covers
  both readings. Rates are people, not events. "lose the most at step X" = reached X but not the next step;
- a platform (ios / android) is the customer's `platform`; every event and order of a customer carries it as device;
- "users / members / people" = distinct customers; "how many matches / crashes / reports" = event rows;
- registered members = customers with a signup_at (customers also holds installs that never registered);
  "new sign-ups in a period" = customers by signup_at;
- moderator review time = `review_hours` on tp_moderator_review events (equal, to rounding, to the time from the
  report event to the review event); report type = `report_reason`;
- money = orders with status `paid` (refunded orders are not revenue); revenue = sum of paid amounts; average order
  value = average paid amount; refund rate = refunded orders / all orders (by the order's ts); "new premium orders"
  = billing_type 'new', "renewals" = billing_type 'renewal' (tolerances cover counting paid only or all);
  plan = orders.plan (月卡 monthly / 季卡 quarterly / 年卡 annual), payment channel = orders.channel;
- feedback "negative" = `sentiment_label = 'neg'` (generator truth); topic counts use text markers with a 5 %
  tolerance (checked against the generator's `topic` column); "all data" includes comments without a date;
  app-store ratings = rating of channel app_review; NPS = nps of channel in_app_survey (detractor 0-6);
  ticket CSAT = rating of channel ticket;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-08-31,
  the end of the data); weeks run Monday..Sunday.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t in ("events", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1, types={{'app_version': 'VARCHAR'}})""")
    CON.execute(f"CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true, sample_size=-1)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.device <> c.platform") == 0
    assert one("SELECT max(ts) FROM events") < datetime(2026, 9, 1)


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50, gap=0.03):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.2, cond="1=1", distinct=False):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT {col}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def avg_event(col, tp, start, end, cond="1=1", tol=0.5):
    return dict(value=round(one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                                    WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), 2),
                tolerance=tol)


def top_avg_event(col, tp, by, start, end, gap=5.0):
    rows = q(f"""SELECT {by}, avg({col}) v FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond, alt_cond=None):
    v = one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}")
    tol = 0.01
    if alt_cond:
        w = one(f"SELECT avg(({num})::int) FROM customers c WHERE {alt_cond}")
        tol = max(tol, abs(v - w) + 0.005)
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def top_customers(col, cond, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def monthly_peak(sql_month_counts, gap=1.1):
    rows = q(sql_month_counts)
    rows.sort(key=lambda r: -r[1])
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", count=False):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})""")
    if count:
        return dict(value=int(v), tolerance=0.5)
    v = round(float(v), 2)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def billing_count(kind, start, end, cond="1=1"):
    a = one(f"SELECT count(*) FROM orders o WHERE billing_type = '{kind}' AND {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"""SELECT count(*) FROM orders o WHERE billing_type = '{kind}' AND status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=b, tolerance=max(0.5, a - b + 0.5))


def refund_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((status = 'refunded')::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def refunded_count(start, end):
    a = one(f"SELECT count(*) FROM orders o WHERE status = 'refunded' AND {_in('o.ts', start, end)}")
    b = one(f"SELECT count(*) FROM orders o WHERE status = 'refunded' AND {_in('o.refunded_at', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def top_orders(col, start, end, agg="sum(o.amount)", status="'paid'", gap=1.05):
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def top_refund_rate(col, start, end, gap=0.03):
    rows = q(f"""SELECT {col}, avg((status = 'refunded')::int) v FROM orders o WHERE {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(marker, topics, cond="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND ({cond})")
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({', '.join(repr(t) for t in topics)}) AND ({cond})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_neg_count(col, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True, gap=0.15):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def quarter_peak(marker, topics, gap=1.3):
    rows = q(f"""SELECT date_trunc('quarter', f.ts) qq, count(*) n FROM feedback f WHERE {marker} AND f.ts IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    y, m = int(str(rows[0][0])[:4]), int(str(rows[0][0])[5:7])
    return fb_topic_count(marker, topics, _in("f.ts", *quarter(y, (m + 2) // 3)))


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-09-01", "2026-08-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
REVIEW = "f.channel = 'app_review'"
SURVEY = "f.channel = 'in_app_survey'"
TICKET = "f.channel = 'ticket'"
FAKE = ("(f.text LIKE '%假%' OR f.text LIKE '%机器人%' OR f.text LIKE '%照骗%' OR f.text LIKE '%营销号%' "
        "OR lower(f.text) LIKE '%fake%' OR regexp_matches(lower(f.text), '\\bbots?\\b') OR lower(f.text) LIKE '%catfish%')")
MATCHQ = "(f.text LIKE '%匹配%' OR lower(f.text) LIKE '%match%')"
PRICE = ("(f.text LIKE '%贵%' OR f.text LIKE '%价格%' OR f.text LIKE '%收费%' OR f.text LIKE '%充钱%' "
         "OR lower(f.text) LIKE '%expensive%' OR lower(f.text) LIKE '%price%' OR lower(f.text) LIKE '%pricey%' "
         "OR lower(f.text) LIKE '%overpriced%')")
HARASS = "(f.text LIKE '%骚扰%' OR f.text LIKE '%举报%' OR lower(f.text) LIKE '%harass%' OR lower(f.text) LIKE '%report%')"
CRASH = ("(f.text LIKE '%闪退%' OR f.text LIKE '%崩溃%' OR f.text LIKE '%发不出去%' OR lower(f.text) LIKE '%crash%' "
         "OR lower(f.text) LIKE '%won''t send%')")
REFUND = "(f.text LIKE '%退款%' OR lower(f.text) LIKE '%refund%')"
MARKERS = {"fake_profile": FAKE, "matching": MATCHQ, "price": PRICE, "harassment": HARASS, "crash": CRASH,
           "refund": REFUND}


def gold() -> dict:
    return {
        # ---- activation funnel
        "hl01": lambda: conv("activation", *quarter(2026, 1)),
        "hl02": lambda: top_lost("activation", *ALL),
        "hl03": lambda: conv("activation", *month(2026, 6), a=3, b=4, cust="c.platform = 'android'"),
        "hl04": lambda: conv("activation", *month(2026, 6), a=3, b=4, cust="c.platform = 'ios'"),
        "hl05": lambda: conv("activation", *month(2026, 5), a=3, b=4, cust="c.platform = 'android'"),
        "hl06": lambda: top_conv("activation", *ALL, "city_tier", lowest=True, a=2, b=3, gap=0.1),
        "hl07": lambda: conv("activation", *ALL, a=2, b=3, cust="c.city_tier = 'tier3'"),
        "hl08": lambda: conv("activation", *quarter(2025, 4), a=1, b=2),
        # ---- premium funnel
        "hl09": lambda: top_conv("premium", *ALL, "acquisition_channel", lowest=True, gap=0.05),
        "hl10": lambda: conv("premium", *H1_26, cust="c.acquisition_channel = 'douyin_ads'"),
        "hl11": lambda: conv("premium", *H1_26, cust="c.acquisition_channel = 'friend_referral'"),
        "hl12": lambda: top_conv("premium", *ALL, "age_band", gap=0.03),
        "hl13": lambda: conv("premium", "2026-07-01", "2026-08-31"),
        "hl14": lambda: top_events("tp_paywall", "e.paywall_source", *ALL, gap=1.3),
        # ---- safety
        "hl15": lambda: top_avg_event("review_hours", "tp_moderator_review", "e.report_reason", *ALL, gap=20),
        "hl16": lambda: avg_event("review_hours", "tp_moderator_review", *ALL, "e.report_reason = 'harassment'", tol=1.0),
        "hl17": lambda: avg_event("review_hours", "tp_moderator_review", *ALL, "e.report_reason = 'fake_profile'", tol=0.5),
        "hl18": lambda: events_at("tp_report_user", *quarter(2026, 2), "e.report_reason = 'fake_profile'"),
        "hl19": lambda: events_at("tp_report_user", *quarter(2026, 1), "e.report_reason = 'fake_profile'"),
        "hl20": lambda: conv("safety", *quarter(2025, 4)),
        "hl21": lambda: events_at("tp_report_resolved", *quarter(2026, 2), "e.resolution = 'banned'"),
        # ---- crashes
        "hl23": lambda: top_events("tp_app_crash", "e.app_version", *ALL, gap=2, cond="e.device = 'android'"),
        "hl24": lambda: top_events("tp_app_crash", "e.screen", *ALL, gap=3, cond="e.device = 'android' AND e.app_version = '5.2.0'"),
        "hl25": lambda: events_at("tp_app_crash", "2026-06-15", "2026-06-21"),
        "hl26": lambda: events_at("tp_app_crash", "2026-06-08", "2026-06-14"),
        # ---- engagement
        "hl28": lambda: events_at("tp_match", *month(2026, 7)),
        "hl29": lambda: users_at("tp_match", *month(2026, 8)),
        "hl30": lambda: avg_event("match_score", "tp_match", *ALL, "c.city_tier = 'tier3'", tol=0.5),
        "hl31": lambda: avg_event("match_score", "tp_match", *ALL, "c.city_tier = 'tier1'", tol=0.5),
        "hl32": lambda: users_at("tp_photo_verify", *H1_26),
        # ---- members
        "hl33": lambda: customers_count(_in("c.signup_at", *month(2025, 10))),
        "hl34": lambda: monthly_peak("""SELECT date_trunc('month', signup_at), count(*) FROM customers
                                        WHERE signup_at >= DATE '2025-09-01' GROUP BY 1""", gap=1.3),
        "hl35": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *Y26), gap=1.3),
        "hl36": lambda: customers_share("c.gender = 'female'", "c.signup_at IS NOT NULL", alt_cond="1=1"),
        "hl37": lambda: top_customers("c.region", "c.tier = 'premium'", gap=1.15),
        "hl38": lambda: customers_count("c.segment = 'lapsed_premium'"),
        "hl39": lambda: customers_count(_in("c.signup_at", "2026-08-17", "2026-08-23")),
        # ---- money
        "hl40": lambda: orders(*quarter(2026, 2)),
        "hl41": lambda: orders(*quarter(2026, 1)),
        "hl42": lambda: orders(*quarter(2025, 4)),
        "hl43": lambda: top_orders("o.plan", *ALL, gap=1.1),
        "hl44": lambda: top_refund_rate("o.plan", *ALL, gap=0.05),
        "hl45": lambda: refund_rate(*ALL, "o.plan = '年卡'"),
        "hl46": lambda: orders(*month(2026, 7), agg="avg(o.amount)"),
        "hl47": lambda: billing_count("renewal", *quarter(2026, 2)),
        "hl48": lambda: billing_count("new", *Y26),
        "hl49": lambda: top_orders("o.channel", *Y26, gap=1.3),
        "hl50": lambda: orders(*month(2026, 8)),
        "hl51": lambda: refunded_count(*quarter(2026, 2)),
        "hl53": lambda: refund_rate(*ALL, "c.acquisition_channel = 'douyin_ads'"),
        "hl54": lambda: orders(*H2_25),
        # ---- feedback
        "hl55": lambda: fb_topic_count(FAKE, ["fake_profile"]),
        "hl56": lambda: quarter_peak(FAKE, ["fake_profile"]),
        "hl57": lambda: top_neg_count("f.touchpoint_id"),
        "hl58": lambda: fb_avg("rating", REVIEW + " AND f.platform = 'android' AND f.app_version = '5.2.0'"),
        "hl59": lambda: top_rating("f.app_version", REVIEW, gap=0.4),
        "hl60": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2))),
        "hl61": lambda: fb_ratio("f.nps <= 6", SURVEY + " AND f.nps IS NOT NULL AND " + _in("f.ts", *H1_26)),
        "hl62": lambda: feedback_ids(HARASS),
        "hl63": lambda: feedback_ids(FAKE),
        "hl64": lambda: fb_count("f.ts IS NULL"),
        "hl65": lambda: fb_avg("rating", REVIEW + " AND " + PRICE),
        "hl66": lambda: fb_topic_count(CRASH, ["crash"], "f.platform = 'android' AND " + _in("f.ts", "2026-06-01", "2026-07-31")),
        "hl67": lambda: fb_avg("rating", TICKET + " AND " + REFUND),
        "hl68": lambda: fb_topic_count(MATCHQ, ["matching"]),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    for topic, marker in MARKERS.items():   # generator-truth checks of the text markers
        n = one(f"SELECT count(*) FROM feedback f WHERE {marker}")
        truth = one(f"SELECT count(*) FROM feedback f WHERE topic = '{topic}'")
        both = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND topic = '{topic}'")
        assert abs(n - truth) <= max(1, 0.05 * truth) and both >= 0.95 * truth, (topic, n, truth, both)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
