"""Gold answers for the StarDome 星穹科学馆 held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Each rate is computed with
  later steps allowed after the period end and with every step required inside the period; the tolerance covers
  both. Drop-off of a step = 1 - reached next / reached this. Any event at a touchpoint counts (a `fail` at the seat
  map still reaches seat selection);
- "people / users / visitors / customers" = distinct customer_id; segment, branch (home_branch), device
  (primary_device), channel (primary_channel), visitor type and acquisition channel come from `customers`;
- money = orders with status `paid`, dated by order `ts`, in the currency the question names (CNY for Beijing,
  Wuhan, Xi'an; CAD for Toronto; never summed across currencies); tickets sold / people = sum of party_size;
  dome seat revenue = dome_seats x dome_unit_price; dome attach rate = share of paid ticket orders with dome_seats > 0;
- refund rate = refunded ticket orders / (paid + refunded) ticket orders (cancelled = unpaid, never counted);
- admissions = tp_gate events (people = sum of party_size); dome attendance = tp_dome_show events (sum party_size);
- audio app crash rate = tp_audio_app events with action `crash` / all tp_audio_app events;
- accessibility requests = tp_access_request events with action `submit`; unfulfilled share = `unfulfilled` /
  (`fulfilled` + `unfulfilled`) outcome events;
- A/B test smart_seat_pick: conversion = assigned customers with a tp_checkout event within 7 days after assigned_at
  / assigned customers, per variant;
- feedback "negative" = `sentiment_label = neg` (generator truth); ratings 1-5; NPS = (share 9-10 - share 0-6) x 100
  over rows with nps; topic counts use text markers with a 5 % tolerance (checked against the generator `topic`);
  "all comments" include the social posts without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-05-31).
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
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'nps': 'DOUBLE', 'rating': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'amount': 'DOUBLE', 'visit_date': 'DATE', 'party_size': 'DOUBLE',
                    'dome_seats': 'DOUBLE', 'dome_unit_price': 'DOUBLE', 'group_size': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'party_size': 'DOUBLE', 'device': 'VARCHAR', 'app_version': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def val(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.001), 2))


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


def conv(journey, start, end, a=1, b=None, drop=False, cust=None, open_end=False):
    vals = []
    for bounded in ((False,) if open_end else (False, True)):
        c = funnel(journey, start, end, cust=cust, bounded=bounded)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=30, gap=0.04, cust="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v.replace(chr(39), chr(39) * 2)}' AND ({cust})")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    return dict(top_entity=order[0])


# ---------- events ----------

def events_agg(tp, start, end, agg="count(*)", cond="1=1", tol=None):
    v = one(f"""SELECT {agg} FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    if tol is None:
        return cnt(v) if agg.startswith(("count", "sum")) else val(v)
    return val(v, tol)


def top_events(col, tp, start, end, agg="count(*)", cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def group_days(branch, start, end):
    a, b = q(f"""WITH cf AS (SELECT customer_id, ts FROM events WHERE touchpoint_id = 'tp_group_confirm'
                             AND branch = '{branch}' AND {_in('ts', start, end)}),
                 m AS (SELECT cf.customer_id, cf.ts ct, max(f.ts) ft FROM cf JOIN events f
                       ON f.customer_id = cf.customer_id AND f.touchpoint_id = 'tp_group_form' AND f.ts < cf.ts
                       GROUP BY 1, 2)
                 SELECT avg(epoch(ct - ft) / 86400.0), avg(date_diff('day', ft::DATE, ct::DATE)) FROM m""")[0]
    return dict(value=round(a, 3), tolerance=round(abs(a - b) + 0.2, 2))


def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                   AND e.touchpoint_id = 'tp_checkout' AND e.ts >= x.assigned_at
                   AND e.ts <= x.assigned_at + INTERVAL 7 DAY))::int)
                FROM experiments x WHERE experiment_id = 'smart_seat_pick' AND variant = '{variant}'""")
    return val(v)


def ab_top():
    r = {v: ab_rate(v)["value"] for v in ("control", "smart_seat")}
    assert abs(r["control"] - r["smart_seat"]) > 0.04, r
    print("   ", r)
    return dict(top_entity=max(r, key=r.get))


# ---------- customers ----------

def customers_count(cond):
    return cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(cond):
    return val(one(f"SELECT avg(({cond})::int) FROM customers c"))


def top_customers(col, cond="1=1", gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count") or agg.startswith("sum(o.party_size") or agg.startswith("sum(o.group_size"):
        return cnt(v)
    if agg.startswith("avg") and float(v) < 20:
        return val(v)
    return money(v)


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return val(one(f"""SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(agg, cond, now, base):
    a = float(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *now)} AND ({cond})"))
    b = float(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *base)} AND ({cond})"))
    print("   ", a, b)
    return val(a / b - 1)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    return val(one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE product = 'ticket'
                       AND status IN ('paid', 'refunded') AND {_in('ts', start, end)} AND ({cond})"""))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return val(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), tol)


def fb_ratio(num, cond):
    return val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_neg_share(col, cond="1=1", gap=0.05):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(col, cond, gap=1.3):
    rows = q(f"SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def year(y):
    return (f"{y}-01-01", f"{y}-12-31")


ALL = ("2024-07-01", "2026-05-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-05-31")
Y25 = year(2025)
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'survey'"
TICKET = "o.product = 'ticket'"
ANDROID_APP = "c.primary_device = 'android' AND c.primary_channel = 'app'"
AUDIO_CRASH = ("(f.text LIKE '%闪退%' OR f.text LIKE '%崩溃%' OR lower(f.text) LIKE '%crash%')")
DOME_PRICE = ("(f.text LIKE '%涨%' OR lower(f.text) LIKE '%price hike%' OR lower(f.text) LIKE '%went up%')")
SEAT_MAP = ("(f.text LIKE '%选座%' OR lower(f.text) LIKE '%seat map%' OR lower(f.text) LIKE '%seat selection%')")
GROUP_SLOW = ("(f.text LIKE '%团体%' OR f.text LIKE '%团队%' OR lower(f.text) LIKE '%group%')")
QUEUE = ("(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%' OR lower(f.text) LIKE '%line was%')")
SHOP = ("(f.text LIKE '%文创店%' OR f.text LIKE '%纪念品%' OR lower(f.text) LIKE '%gift shop%' "
        "OR lower(f.text) LIKE '%souvenir%')")


def gold() -> dict:
    return {
        # ---- online ticketing funnel
        "pl01": lambda: conv("online_ticket", *Y25),
        "pl02": lambda: conv("online_ticket", *month(2025, 9), a=2, b=3, cust=ANDROID_APP),
        "pl03": lambda: conv("online_ticket", *month(2025, 8), a=2, b=3, cust=ANDROID_APP),
        "pl04": lambda: top_lost("online_ticket", *Y25),
        "pl05": lambda: top_conv("online_ticket", *Y25, "segment", lowest=True),
        "pl06": lambda: conv("online_ticket", *H1_26, cust="c.segment = 'new'"),
        "pl07": lambda: top_conv("online_ticket", *month(2025, 9), "primary_channel", lowest=True, a=2, b=3,
                                 cust="c.primary_device = 'android'"),
        # ---- school groups
        "pl08": lambda: conv("school_group", *Y25, open_end=True),
        "pl09": lambda: conv("school_group", *Y25, a=1, b=2, cust="c.home_branch = '西安馆'"),
        "pl10": lambda: top_conv("school_group", *ALL, "home_branch_en", lowest=True, a=1, b=2, min_n=20),
        "pl11": lambda: group_days("武汉馆", *quarter(2025, 4)),
        "pl11b": lambda: group_days("武汉馆", *quarter(2025, 2)),
        # ---- membership
        "pl12": lambda: conv("membership", *Y25),
        "pl13": lambda: top_conv("membership", *ALL, "visitor_type_zh", min_n=20),
        "pl14": lambda: orders(*Y25, agg="count(*)", cond="o.product = 'membership' AND o.membership_action = 'new'"),
        "pl15": lambda: orders(*Y25, cond="o.product = 'membership' AND o.currency = 'CNY'"),
        "pl16": lambda: orders(*H1_26, agg="count(*)", cond="o.product = 'membership' AND o.membership_action = 'renewal'"),
        # ---- Beijing dome price rise
        "pl17": lambda: share_orders(*H1_25, "o.dome_seats > 0", f"{TICKET} AND o.branch = '北京馆'"),
        "pl18": lambda: share_orders(*H2_25, "o.dome_seats > 0", f"{TICKET} AND o.branch = '北京馆'"),
        "pl19": lambda: orders(*H2_25, agg="sum(o.dome_seats * o.dome_unit_price)", cond=f"{TICKET} AND o.branch = '北京馆'"),
        "pl20": lambda: orders(*quarter(2025, 4), agg="avg(o.amount)", cond=f"{TICKET} AND o.branch_en = 'Beijing'"),
        # ---- A/B test
        "pl21": lambda: ab_rate("smart_seat"),
        "pl22": lambda: ab_rate("control"),
        "pl23": lambda: ab_top(),
        "pl24": lambda: cnt(one("SELECT count(*) FROM experiments WHERE variant = 'control'")),
        # ---- orders
        "pl25": lambda: orders(*Y25, cond=f"{TICKET} AND o.branch = '多伦多馆'"),
        "pl26": lambda: top_orders("o.branch_en", *Y25, agg="sum(o.amount)", cond="o.product = 'gift_shop' AND o.currency = 'CNY'", gap=1.2),
        "pl27": lambda: orders("2025-10-01", "2025-10-07", agg="sum(o.party_size)", cond=f"{TICKET} AND o.currency = 'CNY'"),
        "pl28": lambda: refund_rate(*Y25),
        "pl29": lambda: top_orders("o.refund_reason", *ALL, status="refunded", cond=TICKET),
        "pl30": lambda: orders("2025-07-01", "2025-08-31", agg="avg(o.party_size)", cond=f"{TICKET} AND c.visitor_type = 'family'"),
        "pl31": lambda: orders(*quarter(2026, 1), agg="count(*)"),
        "pl32": lambda: growth("count(*)", f"{TICKET} AND o.branch_en = 'Toronto'", month(2026, 4), month(2026, 3)),
        "pl33": lambda: growth("count(*)", TICKET, ("2025-07-01", "2025-08-31"), ("2024-07-01", "2024-08-31")),
        "pl34": lambda: orders(*Y25, cond="o.product = 'school_group' AND o.currency = 'CNY'"),
        "pl35": lambda: events_agg("tp_group_visit", *Y25, agg="sum(e.party_size)"),
        "pl36": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.product = 'gift_shop' AND o.branch_en = 'Toronto'"),
        # ---- visits, dome, accessibility, audio app
        "pl37": lambda: events_agg("tp_gate", *month(2026, 4), agg="sum(e.party_size)"),
        "pl38": lambda: events_agg("tp_dome_show", *quarter(2026, 1), agg="sum(e.party_size)", cond="e.branch_en = 'Toronto'"),
        "pl39": lambda: top_events("e.show_title", "tp_dome_show", *Y25, agg="sum(e.party_size)", cond="e.branch <> '多伦多馆'"),
        "pl40": lambda: events_agg("tp_access_request", *Y25, cond="e.action = 'submit'"),
        "pl41": lambda: events_agg("tp_access_request", *ALL, agg="avg((e.action = 'unfulfilled')::int)",
                                   cond="e.action IN ('fulfilled', 'unfulfilled')", tol=0.01),
        "pl42": lambda: top_events("e.request_type", "tp_access_request", *ALL, cond="e.action = 'submit'", gap=1.5),
        "pl43": lambda: events_agg("tp_audio_app", *quarter(2026, 1), agg="avg((e.action = 'crash')::int)", tol=0.01),
        "pl44": lambda: events_agg("tp_audio_app", *quarter(2025, 1), agg="avg((e.action = 'crash')::int)", tol=0.01),
        # ---- feedback
        "pl45": lambda: topic_count(AUDIO_CRASH, ["audio_crash"], "f.text NOT LIKE '%选座%'"),
        "pl46": lambda: top_neg_rise(H1_25, H1_26),
        "pl47": lambda: fb_avg("rating", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "pl48": lambda: nps(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "pl49": lambda: fb_ratio(NEG, f"f.branch = '多伦多馆' AND {_in('f.ts', *Y25)}"),
        "pl51": lambda: topic_count(DOME_PRICE, ["dome_price"]),
        "pl52": lambda: feedback_ids("f.topic = 'seat_map_bug'"),
        "pl53": lambda: topic_count(GROUP_SLOW, ["group_slow"]),
        "pl54": lambda: fb_count("f.ts IS NULL"),
        "pl55": lambda: top_fb_count("f.branch", f"f.topic = 'entry_queue'", gap=1.2),
        "pl56": lambda: fb_avg("rating", f"f.channel = 'app_review' AND f.touchpoint_id = 'tp_audio_app' AND {_in('f.ts', *H1_26)}"),
        "pl57": lambda: topic_count(SHOP, ["shop_price"]),
        "pl58": lambda: fb_ratio("f.nps >= 9", f"{SURVEY} AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        # ---- customers
        "pl59": lambda: customers_share("c.primary_device = 'android'"),
        "pl60": lambda: customers_count("c.tier = 'family'"),
        "pl61": lambda: top_customers("c.acquisition_channel", "c.home_branch = '多伦多馆'"),
        "pl62": lambda: customers_count(_in("c.signup_at", *Y25)),
        # ---- relative periods
        "pl63": lambda: fb_count(f"{NEG} AND f.touchpoint_id = 'tp_audio_app' AND {_in('f.ts', *month(2026, 4))}"),
        "pl64": lambda: orders(*month(2026, 2), cond=f"{TICKET} AND o.branch_en = 'Toronto'"),
        "pl65": lambda: orders(*quarter(2025, 4), cond=f"{TICKET} AND o.branch = '西安馆'"),
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh}, en {len(items) - zh}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
