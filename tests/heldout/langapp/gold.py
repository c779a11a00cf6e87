"""Gold answers for the LinguaLeap 语跃 language-learning app held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 7 d, pro_conversion 14 d,
  lesson_flow 1 d). `conv` computes each rate with and without requiring later steps to fall inside the period; the
  tolerance covers both readings. Rates are people, not events. "lose the most at step X" = reached X, not the next;
- a platform (ios / android / web) is the customer's `platform` (every event of a customer has that device);
- lesson crash rate = tp_app_crash events / tp_lesson_start events, by the events' app_version (crashes only happen in
  lessons); "how many crashes / bug reports / streak losses / trial starts (events)" = event rows; "how many people /
  learners" = distinct customers;
- 30-day retention of a sign-up cohort = share of customers with signup_at in the period who have a
  tp_lesson_complete event at or after signup_at + 30 days (any time up to the end of the data);
- money = orders with status `paid` (refunded orders are not revenue); revenue = sum of paid amounts; average order
  value = average paid amount; refund rate = refunded orders / all orders (by the order's ts, i.e. the month the plan
  was bought); "new subscriptions" = orders with billing_type 'new' (the tolerance covers counting paid only);
  a store is the order's `channel` (app_store, google_play, web_checkout); city / country / plan from orders;
- registered users = customers with a signup_at (the customers table also holds installs that never registered);
  "new accounts in a month" = customers by signup_at;
- feedback "negative" = `sentiment_label = 'neg'` (generator truth); topic counts use text markers with a 5 %
  tolerance (checked against the generator's `topic` column); "all data" includes comments without a date;
  app-store ratings = rating of channel app_review; NPS answers = nps of channel in_app_survey (detractor 0-6);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-09-30);
  weeks run Monday..Sunday.
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
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t in ("events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1, types={{'app_version': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.device <> c.platform") == 0


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


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50, gap=0.04):
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
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                              AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.2, cond="1=1", distinct=False):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT {col}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def crash_rate(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) FILTER (WHERE touchpoint_id = 'tp_app_crash')
                       / count(*) FILTER (WHERE touchpoint_id = 'tp_lesson_start')
                FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_crash_version(start, end, gap=0.03):
    rows = q(f"""SELECT app_version, count(*) FILTER (WHERE touchpoint_id = 'tp_app_crash')
                        / count(*) FILTER (WHERE touchpoint_id = 'tp_lesson_start') r
                 FROM events e WHERE {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def avg_event(col, tp, start, end, cond="1=1", tol=0.5):
    return dict(value=round(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}'
                                    AND {_in('e.ts', start, end)} AND ({cond})"""), 3), tolerance=tol)


def share_events(tp, num, start, end):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_lessons_by(col, start, end, gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_lesson_complete' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def retention30(start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                        AND e.touchpoint_id = 'tp_lesson_complete' AND e.ts >= c.signup_at + INTERVAL 30 DAY))::int)
                FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_retention30(start, end, col, lowest=True, gap=0.08):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                        AND e.touchpoint_id = 'tp_lesson_complete' AND e.ts >= c.signup_at + INTERVAL 30 DAY))::int) r
                 FROM customers c WHERE {_in('c.signup_at', start, end)} GROUP BY 1 HAVING count(*) >= 30
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def monthly_peak(sql_month_counts, gap=1.1):
    rows = q(sql_month_counts)
    rows.sort(key=lambda r: -r[1])
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, cond, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", count=False):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})")
    if count:
        return dict(value=int(v), tolerance=0.5)
    v = round(float(v), 2)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def new_subs(start, end, cond="1=1"):
    a = one(f"SELECT count(*) FROM orders o WHERE billing_type = 'new' AND {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"""SELECT count(*) FROM orders o WHERE billing_type = 'new' AND status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=a, tolerance=max(0.5, a - b + 0.5))


def refund_rate(start, end, cond="1=1"):
    v = one(f"SELECT avg((status = 'refunded')::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def refunded_count(start, end):
    a = one(f"SELECT count(*) FROM orders o WHERE status = 'refunded' AND {_in('o.ts', start, end)}")
    b = one(f"SELECT count(*) FROM orders o WHERE status = 'refunded' AND {_in('o.refunded_at', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def top_orders(col, start, end, agg="sum(o.amount)", status="'paid'", gap=1.05, lowest=False):
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows
    else:
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


def top_neg_count(col, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True, gap=0.15):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-10-01", "2026-09-30")
Y26 = ("2026-01-01", "2026-09-30")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
BUG46 = ("2026-05-12", "2026-06-02")
NEG = "f.sentiment_label = 'neg'"
REVIEW = "f.channel = 'app_review'"
SURVEY = "f.channel = 'in_app_survey'"
ADS = "(f.text LIKE '%广告%' OR regexp_matches(lower(f.text), '\\bads?\\b'))"
SPEECH = ("(f.text LIKE '%识别%' OR f.text LIKE '%发音%' OR lower(f.text) LIKE '%recogni%' "
          "OR lower(f.text) LIKE '%pronunciation%')")
STREAK = "(f.text LIKE '%打卡%' OR f.text LIKE '%连续%天数%' OR lower(f.text) LIKE '%streak%')"
ANNUAL = ("(f.text LIKE '%年费%' OR f.text LIKE '%年卡%' OR f.text LIKE '%一年%' OR lower(f.text) LIKE '%annual%' "
          "OR lower(f.text) LIKE '%yearly%' OR lower(f.text) LIKE '%whole year%')")
PRICE = ("(f.text LIKE '%贵%' OR f.text LIKE '%价格%' OR f.text LIKE '%学生价%' OR lower(f.text) LIKE '%expensive%' "
         "OR lower(f.text) LIKE '%price%' OR lower(f.text) LIKE '%pricey%' OR lower(f.text) LIKE '%overpriced%')")
CRASH = "(f.text LIKE '%闪退%' OR f.text LIKE '%崩溃%' OR lower(f.text) LIKE '%crash%')"
BILLING = ("(f.text LIKE '%支付失败%' OR f.text LIKE '%付款失败%' OR f.text LIKE '%付不了款%' "
           "OR lower(f.text) LIKE '%payment failed%' OR lower(f.text) LIKE '%billing%' OR lower(f.text) LIKE '%checkout%')")


def gold() -> dict:
    return {
        # ---- funnels
        "ll01": lambda: conv("onboarding", *quarter(2026, 1)),
        "ll02": lambda: top_lost("onboarding", *ALL),
        "ll03": lambda: conv("pro_conversion", *H1_26, a=1, b=2, cust="c.platform = 'android'"),
        "ll04": lambda: conv("pro_conversion", *H1_26, a=1, b=2, cust="c.platform = 'ios'"),
        "ll05": lambda: top_conv("pro_conversion", *ALL, "platform", lowest=True, a=1, b=2),
        "ll06": lambda: conv("pro_conversion", *quarter(2026, 2), a=2, b=3),
        "ll07": lambda: conv("pro_conversion", *quarter(2025, 4)),
        "ll08": lambda: top_conv("onboarding", *ALL, "acquisition_channel", gap=0.03),
        "ll09": lambda: conv("lesson_flow", *BUG46, drop=True),
        "ll11": lambda: conv("onboarding", *month(2026, 9), a=2, b=3),
        # ---- crashes / versions
        "ll12": lambda: top_crash_version(*ALL),
        "ll13": lambda: crash_rate(*ALL, "e.app_version = '4.6.0'"),
        "ll14": lambda: crash_rate(*ALL, "e.app_version = '4.6.1'"),
        "ll15": lambda: events_at("tp_app_crash", "2026-05-18", "2026-05-24"),
        "ll16": lambda: top_events("tp_app_crash", "e.screen", *ALL, gap=2, cond="e.app_version = '4.6.0'"),
        "ll17": lambda: events_at("tp_bug_report", *Y26, "e.bug_type = 'crash'"),
        # ---- money
        "ll19": lambda: orders(*quarter(2026, 3)),
        "ll20": lambda: orders(*H1_26),
        "ll21": lambda: top_orders("o.plan", *ALL),
        "ll22": lambda: top_orders("o.channel", *Y26),
        "ll23": lambda: new_subs(*month(2026, 7)),
        "ll24": lambda: orders(*month(2026, 8), agg="avg(o.amount)"),
        "ll25": lambda: orders(*Y26, agg="count(*)", cond="o.plan = 'family'", count=True),
        "ll26": lambda: monthly_peak("""SELECT date_trunc('month', e.ts), count(*) FROM events e
                                        WHERE touchpoint_id = 'tp_install' GROUP BY 1"""),
        # ---- refunds
        "ll27": lambda: refund_rate(*month(2026, 1), "o.plan = 'annual'"),
        "ll28": lambda: refund_rate(*month(2026, 3), "o.plan = 'annual'"),
        "ll29": lambda: top_refund_rate("o.plan", *ALL),
        "ll30": lambda: refunded_count(*quarter(2026, 1)),
        "ll31": lambda: orders(*month(2026, 1), status="'refunded'"),
        # ---- retention / engagement
        "ll33": lambda: top_retention30(*quarter(2026, 1), "c.target_language"),
        "ll34": lambda: retention30(*quarter(2026, 1), "c.target_language = 'Korean'"),
        "ll35": lambda: retention30(*quarter(2026, 1), "c.target_language = 'English'"),
        "ll36": lambda: users_at("tp_lesson_complete", *month(2026, 8)),
        "ll37": lambda: users_at("tp_lesson_complete", *month(2026, 8), "e.target_language = 'Japanese'"),
        "ll38": lambda: events_at("tp_streak_lost", "2026-02-16", "2026-02-22"),
        "ll39": lambda: events_at("tp_streak_lost", "2026-02-09", "2026-02-15"),
        "ll40": lambda: avg_event("speech_score", "tp_speaking", *ALL, "e.device = 'android'"),
        "ll41": lambda: users_at("tp_speaking", *quarter(2026, 3)),
        "ll42": lambda: top_lessons_by("c.level", *quarter(2026, 2)),
        # ---- customers / acquisition / relative periods
        "ll43": lambda: users_at("tp_speaking", *quarter(2026, 3), "e.device = 'android'"),
        "ll44": lambda: top_customers("c.acquisition_campaign", f"c.acquisition_campaign NOT IN ('none', 'legacy', 'always_on') "
                                      f"AND {_in('c.signup_at', *Y26)}"),
        "ll45": lambda: customers_count(_in("c.signup_at", *month(2026, 9))),
        "ll46": lambda: customers_count(_in("c.signup_at", *month(2026, 8))),
        "ll47": lambda: share_events("tp_placement_test", "e.placement_level IN ('B1', 'B2', 'C1')", *ALL),
        "ll48": lambda: customers_count("c.region = 'Singapore' AND c.signup_at IS NOT NULL"),
        "ll49": lambda: top_orders("o.city", *ALL),
        "ll50": lambda: orders(*Y26, cond="o.country = 'United States'"),
        "ll51": lambda: orders(*quarter(2026, 3)),
        "ll52": lambda: users_at("tp_trial_start", "2026-08-31", "2026-09-06"),
        "ll53": lambda: orders(*Y26, agg="count(*)", count=True),
        "ll54": lambda: orders(*H2_25),
        "ll55": lambda: top_events("tp_trial_start", "e.device", *quarter(2026, 3), gap=1.2),
        "ll56": lambda: top_events("tp_billing_error", "e.error_code", *ALL, gap=2, cond="e.device = 'android'"),
        # ---- feedback
        "ll57": lambda: fb_topic_count(ADS, ["ads"]),
        "ll58": lambda: fb_topic_count(SPEECH, ["speech"]),
        "ll59": lambda: top_neg_count("f.touchpoint_id"),
        "ll60": lambda: fb_avg("rating", REVIEW + " AND f.app_version = '4.6.0'"),
        "ll61": lambda: top_rating("f.app_version", REVIEW, gap=0.3),
        "ll62": lambda: fb_ratio("f.nps <= 6", SURVEY + " AND f.nps IS NOT NULL AND " + _in("f.ts", *quarter(2026, 2))),
        "ll63": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2))),
        "ll64": lambda: feedback_ids(STREAK),
        "ll65": lambda: feedback_ids(ANNUAL),
        "ll66": lambda: fb_count("f.ts IS NULL"),
        "ll67": lambda: fb_avg("rating", REVIEW + " AND " + PRICE),
        "ll68": lambda: fb_topic_count(BILLING, ["billing"], REVIEW + " AND f.platform = 'android'"),
        "ll69": lambda: fb_avg("nps", SURVEY + " AND f.target_language = 'Japanese'"),
        "ll70": lambda: monthly_peak(f"""SELECT date_trunc('month', f.ts), count(*) FROM feedback f
                                         WHERE {CRASH} AND {_in('f.ts', *Y26)} GROUP BY 1""", gap=1.3),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    # generator-truth checks of the text markers
    for marker, topic in ((ADS, "ads"), (SPEECH, "speech"), (STREAK, "streak"), (ANNUAL, "annual"), (PRICE, "price"),
                          (CRASH, "crash"), (BILLING, "billing")):
        n = one(f"SELECT count(*) FROM feedback f WHERE {marker}")
        truth = one(f"SELECT count(*) FROM feedback f WHERE topic = '{topic}'")
        assert abs(n - truth) <= max(1, 0.05 * truth), (topic, n, truth)
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
