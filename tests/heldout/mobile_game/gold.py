"""Gold answers for the mobile-game (星芒互娱 / Starglow Games, 《星穹竞技场 / Astral Arena》) held-out batch,
from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a player reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); each rate is computed with and without requiring
  later steps inside the period and the tolerance covers both; a funnel "for players who installed in X" = players
  whose first tp_install event is in X; a funnel restricted to a device / channel / campaign uses the player's
  attribute in `customers`;
- "players / users / 玩家 who did X" = distinct customer_id with an event at X's touchpoint in the period;
  "how many matches / crashes / tickets / times" = event rows (exact duplicate event rows loaded once);
- installs = tp_install events (one per player, = customers.signup_at); a player's campaign / acquisition channel /
  device / store / country = the `customers` columns;
- retention Dn (次留 = D1, 7留 = D7) = players installed in the period (by install date) with a tp_daily_login event
  on calendar day install_date + n, divided by those installs; the questions say so;
- MAU = distinct players with a tp_daily_login in the month; DAU = distinct players with a tp_daily_login that day,
  "average DAU" = mean over the calendar days of the period;
- money = `amount` (USD) of orders with status `paid` unless the question names a status; revenue / 流水 = sum;
  ARPPU = paid revenue / distinct players with a paid order in the period; payer conversion (付费率) = players with a
  paid order in the period / the base the question names (players who logged in, = MAU for a month);
  refund-or-chargeback rate = orders with status refunded or chargeback / all orders;
- average latency = mean `latency_ms` over tp_match events; disconnect rate = tp_match events with
  result = disconnect / tp_match events (both by server_region of the event);
- feedback "negative" = `sentiment_label = neg`; topic counts use text markers with a 5 % tolerance; "all data"
  includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-06-30);
  "last week" = the previous Monday–Sunday.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'campaign': 'VARCHAR', 'season': 'VARCHAR'}})""")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey: str, start: str, end: str, cust: str | None = None, bounded: bool = False) -> list[int]:
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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    lo, hi = sorted((rates[order[0]], rates[order[1]]))
    assert hi - lo > 0.02 and lo < hi * 0.75, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- retention ----------

def _ret_rows(n, start, end, cond="1=1", by=None):
    grp = f"{by}, " if by else ""
    return q(f"""SELECT {grp} count(*) AS n, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                   AND e.touchpoint_id = 'tp_daily_login'
                   AND CAST(e.ts AS DATE) = CAST(c.signup_at AS DATE) + {n}))::int) AS r
                 FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})
                 {'GROUP BY ' + by if by else ''}""")


def retention(n, start, end, cond="1=1"):
    r = _ret_rows(n, start, end, cond)[0]
    return dict(value=round(r[1], 4), tolerance=0.01)


def top_retention(n, start, end, by, lowest=True, min_n=50):
    rows = [r for r in _ret_rows(n, start, end, f"{by} IS NOT NULL", by=by) if r[1] >= min_n]
    rows.sort(key=lambda r: r[2], reverse=not lowest)
    assert abs(rows[0][2] - rows[1][2]) > 0.05, rows
    return dict(top_entity=rows[0][0])


# ---------- activity ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def avg_dau(start, end):
    v = one(f"""WITH days AS (SELECT CAST(d AS DATE) d FROM range(DATE '{start}', DATE '{end}' + INTERVAL 1 DAY,
                INTERVAL 1 DAY) t(d)),
                dau AS (SELECT CAST(ts AS DATE) d, count(DISTINCT customer_id) n FROM events
                        WHERE touchpoint_id = 'tp_daily_login' AND {_in('ts', start, end)} GROUP BY 1)
                SELECT avg(coalesce(n, 0)) FROM days LEFT JOIN dau USING (d)""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.01), 2))


def top_events(tp, start, end, column, cond="1=1", distinct_players=False):
    agg = "count(DISTINCT e.customer_id)" if distinct_players else "count(*)"
    rows = q(f"""SELECT {column}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", tol=None):
    a = one(f"""SELECT avg(e.{col}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(a, 3), tolerance=round(tol if tol is not None else max(0.05, abs(a) * 0.01), 3))


def dc_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.result = 'disconnect')::int) FROM events e
                WHERE e.touchpoint_id = 'tp_match' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.005)


def top_match_stat(expr, start, end, by):
    rows = q(f"""SELECT {by}, {expr} v FROM events e WHERE e.touchpoint_id = 'tp_match' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows
    return dict(top_entity=rows[0][0])


def level_first_purchase():
    v = one("""SELECT avg(level) FROM (SELECT customer_id, arg_min(level, ts) AS level FROM events
               WHERE touchpoint_id = 'tp_purchase' GROUP BY 1)""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, start, end, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.15, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(o.amount) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def arppu(start, end, cond="1=1"):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def payers(start, end):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('o.ts', start, end)}"""), tolerance=0.5)


def payer_conv(start, end):
    v = one(f"""SELECT count(DISTINCT o.customer_id) * 1.0 / (SELECT count(DISTINCT customer_id) FROM events
                WHERE touchpoint_id = 'tp_daily_login' AND {_in('ts', start, end)})
                FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.005)


def first_payers(start, end):
    v = one(f"""SELECT count(*) FROM (SELECT customer_id, min(ts) t FROM orders WHERE status = 'paid' GROUP BY 1)
                WHERE {_in('t', start, end)}""")
    return dict(value=v, tolerance=0.5)


def rc_rate(cond):
    v = one(f"SELECT avg((status IN ('refunded', 'chargeback'))::int) FROM orders o WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_rc_sku():
    rows = q("""SELECT sku, avg((status IN ('refunded', 'chargeback'))::int) r FROM orders GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, cond="1=1"):
    tops = set()
    for st in ("o.status = 'paid'", "1=1"):
        rows = q(f"""SELECT {col}, sum(o.amount) n FROM orders o WHERE {st} AND {_in('o.ts', start, end)}
                     AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
        assert rows[0][1] > rows[1][1] * (1.08 if st != "1=1" else 1.0), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f
                 WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.04, rows
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BUG = ("2026-03-10", "2026-04-15")
JANFEB = ("2026-01-01", "2026-02-28")

NEG = "f.sentiment_label = 'neg'"
SKIN = "o.sku = 'skin_bundle_limited'"
LAG = ("(f.text LIKE '%卡%' OR f.text LIKE '%延迟%' OR f.text LIKE '%掉线%' OR lower(f.text) LIKE '%lag%' "
       "OR lower(f.text) LIKE '%ping%' OR lower(f.text) LIKE '%disconnect%')")
CRASH = ("(f.text LIKE '%闪退%' OR f.text LIKE '%崩溃%' OR lower(f.text) LIKE '%crash%')")
TUT_CRASH = (f"({CRASH} AND (f.text LIKE '%教程%' OR f.text LIKE '%新手%' OR lower(f.text) LIKE '%tutorial%'))")
SKIN_FB = "(f.text LIKE '%皮肤%' OR lower(f.text) LIKE '%skin%')"
REFUND = "(f.text LIKE '%退款%' OR f.text LIKE '%退钱%' OR lower(f.text) LIKE '%refund%')"
CHEAT = "(f.text LIKE '%外挂%' OR f.text LIKE '%开挂%' OR lower(f.text) LIKE '%hacker%' OR lower(f.text) LIKE '%cheat%')"
BP_FB = "(f.text LIKE '%战令%' OR lower(f.text) LIKE '%battle pass%')"


def gold() -> dict:
    return {
        # ---- funnels
        "mg01": lambda: conv("onboarding", *quarter(2026, 1)),
        "mg02": lambda: top_lost("onboarding", *month(2026, 4)),
        "mg03": lambda: conv("onboarding", *BUG, a=1, b=3, cust="c.device = 'android'"),
        "mg04": lambda: conv("onboarding", *BUG, a=1, b=3, cust="c.device = 'ios'"),
        "mg05": lambda: conv("onboarding", *JANFEB, a=1, b=3, cust="c.device = 'android'"),
        "mg06": lambda: conv("install_to_pay", *Y25),
        "mg07": lambda: top_conv("install_to_pay", *Y25, "acquisition_channel", lowest=True),
        "mg08": lambda: conv("bp_renewal", *ALL, a=1, b=2),
        "mg09": lambda: conv("bp_renewal", *ALL, a=2, b=3),
        # ---- retention
        "mg10": lambda: retention(1, *month(2026, 4)),
        "mg11": lambda: retention(7, *quarter(2025, 3)),
        "mg12": lambda: top_retention(1, *ALL, "c.campaign"),
        "mg13": lambda: retention(1, *ALL, "c.campaign = 'tt_latam_q4_2025'"),
        "mg14": lambda: retention(1, *quarter(2025, 4), "coalesce(c.campaign, '') <> 'tt_latam_q4_2025'"),
        "mg15": lambda: retention(30, *H1_25),
        # ---- activity
        "mg16": lambda: users_at("tp_daily_login", *month(2026, 5)),
        "mg17": lambda: avg_dau(*month(2026, 6)),
        "mg18": lambda: events_at("tp_match", *month(2026, 3)),
        "mg19": lambda: top_match_stat("avg(e.latency_ms)", *ALL, "e.server_region"),
        "mg20": lambda: avg_ev("latency_ms", "tp_match", *H1_26, "e.server_region = 'sea'"),
        "mg21": lambda: avg_ev("latency_ms", "tp_match", *H1_26, "e.server_region = 'eu'"),
        "mg22": lambda: dc_rate(*month(2025, 10), "e.server_region = 'sea'"),
        "mg23": lambda: dc_rate(*month(2025, 11), "e.server_region = 'sea'"),
        "mg24": lambda: top_match_stat("avg((e.result = 'disconnect')::int)", *H1_26, "e.server_region"),
        "mg25": lambda: users_at("tp_daily_login", *month(2026, 5), "e.streak_day >= 7"),
        "mg26": lambda: users_at("tp_event_join", *ALL, "e.event_name = 'anniversary_2026'"),
        "mg27": lambda: level_first_purchase(),
        "mg28": lambda: avg_ev("level", "tp_match", *quarter(2026, 2), "e.game_mode = 'ranked'", tol=0.3),
        "mg29": lambda: events_at("tp_crash", *BUG, "e.crash_scene = 'tutorial'"),
        # ---- monetization
        "mg32": lambda: orders(*quarter(2026, 2)),
        "mg33": lambda: orders(*Y25),
        "mg34": lambda: arppu(*month(2026, 5)),
        "mg35": lambda: payer_conv(*month(2026, 5)),
        "mg36": lambda: top_rc_sku(),
        "mg37": lambda: rc_rate(SKIN),
        "mg38": lambda: rc_rate(f"NOT {SKIN}"),
        "mg39": lambda: orders(*ALL, agg="count", status="chargeback"),
        "mg40": lambda: orders(*H2_25, status="refunded"),
        "mg41": lambda: top_orders("o.store", *Y25),
        "mg42": lambda: first_payers(*quarter(2026, 1)),
        "mg43": lambda: top_orders("o.customer_id", *ALL),
        "mg46": lambda: orders(*H1_26, agg="count", cond="o.sku = 'battle_pass'"),
        "mg47": lambda: top_orders("o.sku", *H1_26),
        "mg48": lambda: arppu(*Y25, "o.country = 'CN'"),
        "mg49": lambda: arppu(*Y25, "o.country <> 'CN'"),
        # ---- players
        "mg51": lambda: customers_count("c.campaign = 'tt_latam_q4_2025'"),
        "mg53": lambda: top_customers("c.campaign", *quarter(2025, 4)),
        "mg54": lambda: top_customers("c.country", *quarter(2025, 4)),
        # ---- feedback
        "mg60": lambda: fb_topic_count(LAG),
        "mg61": lambda: fb_topic_count(CRASH),
        "mg62": lambda: fb_avg("rating", f"f.channel = 'app_review' AND {_in('f.ts', *quarter(2026, 1))}"),
        "mg63": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "mg64": lambda: fb_count("f.ts IS NULL"),
        "mg66": lambda: fb_count(f"f.channel = 'ticket' AND f.ticket_topic = 'lag' AND {_in('f.ts', *H1_26)}"),
        "mg67": lambda: feedback_ids(f"{SKIN_FB} AND {REFUND}"),
        "mg68": lambda: feedback_ids(f"f.device = 'android' AND {TUT_CRASH}"),
        "mg69": lambda: top_neg_share("f.server_region"),
        "mg70": lambda: fb_topic_count(f"{TUT_CRASH} AND {_in('f.ts', '2026-03-01', '2026-04-30')}"),
        "mg71": lambda: events_at("tp_cs_ticket", *quarter(2026, 2)),
        "mg72": lambda: top_neg("f.touchpoint_id"),
        "mg73": lambda: fb_topic_count(CHEAT),
        "mg74": lambda: fb_avg("rating", "f.channel = 'app_review' AND f.store = 'google_play'"),
        # ---- relative periods
        "mg75": lambda: orders(*month(2026, 5)),
        "mg76": lambda: users_at("tp_install", "2026-06-08", "2026-06-14"),
        "mg77": lambda: users_at("tp_daily_login", *month(2026, 6)),
        "mg78": lambda: payers(*H2_25),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    missing = []
    unused = set(checks) - {it["id"] for it in items}
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok" and not any(k in exp for k in ("value", "top_entity", "citations_from")):
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
