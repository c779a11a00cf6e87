"""Gold answers for the CityMuseums 城市博物馆群 held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a visitor reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period;
  the tolerance covers both (`conv`). For the membership journey (400-day window, renewal a year later) the question
  says the later steps may fall after the period (`conv_open`). Drop-off of a step = 1 - reached next / reached this;
- "visitors / people / users" = distinct customer_id; visitor type, home province, acquisition channel and member
  (yes = membership active at the end of the data, 2026-06-30) come from `customers`;
- an entry / admission / 入馆记录 = one `tp_gate_entry` event (duplicated deliveries of the same event_id counted
  once); "people admitted / 入馆人数(按同行人数)" = sum of party_size over entries; ticket holders scan with action
  `ticket`, members with action `member_pass`; queue = `events.queue_minutes` of entries; weekend = Saturday and
  Sunday, weekday = Monday to Friday (public holidays are not special);
- money = orders with status `paid` (amount in CNY); ticket revenue = product `ticket`; "tickets sold" = sum of
  party_size of paid ticket orders; orders are dated by `ts` (the payment / order time), not by the visit date;
- refund rate = refunded ticket orders / (paid + refunded) ticket orders (cancelled = never paid);
- pay -> entry days = entry ts - payment ts of the same order_id in days (the tolerance covers calendar-day
  differences); membership -> first visit = first gate entry after the membership purchase;
- feedback "negative" = `sentiment_label = neg` (generator truth); ratings 1-5; NPS = (share 9-10 - share 0-6) x 100
  over rows with nps; topic counts use text markers with a 5 % tolerance (checked against the generator's `topic`);
  "all comments" include the social posts without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-06-30).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'member': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'nps': 'DOUBLE', 'rating': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'amount': 'DOUBLE', 'visit_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'queue_minutes': 'DOUBLE', 'party_size': 'DOUBLE', 'device': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0


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


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
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
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


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


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

ENTRY = "e.touchpoint_id = 'tp_gate_entry'"
WEEKEND = "dayofweek(e.ts) IN (0, 6)"


def entries(start, end, agg="count(*)", cond="1=1", tol=None):
    v = one(f"""SELECT {agg} FROM events e JOIN customers c USING (customer_id)
                WHERE {ENTRY} AND {_in('e.ts', start, end)} AND ({cond})""")
    v = float(v)
    if tol is None:
        tol = 0.5 if agg.startswith("count") or agg.startswith("sum") else 0.01
    return dict(value=round(v, 4), tolerance=tol)


def top_entries(col, start, end, agg="count(*)", cond="1=1", gap=1.08):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE {ENTRY} AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def pay_to_entry(start, end):
    a, b = q(f"""SELECT avg(epoch(e.ts - o.ts) / 86400.0), avg(date_diff('day', o.ts::DATE, e.ts::DATE))
                 FROM orders o JOIN events e ON e.order_id = o.order_id AND e.touchpoint_id = 'tp_gate_entry'
                 WHERE o.product = 'ticket' AND o.status = 'paid' AND {_in('o.ts', start, end)}""")[0]
    return dict(value=round(a, 3), tolerance=round(abs(a - b) + 0.1, 2))


def member_first_visit(start, end):
    a, b = q(f"""WITH buy AS (SELECT customer_id, ts FROM orders WHERE product = 'membership'
                                AND membership_action = 'new' AND status = 'paid' AND {_in('ts', start, end)}),
                 fv AS (SELECT b.customer_id, b.ts bt, min(e.ts) et FROM buy b JOIN events e
                        ON e.customer_id = b.customer_id AND e.touchpoint_id = 'tp_gate_entry' AND e.ts > b.ts
                        GROUP BY 1, 2)
                 SELECT avg(epoch(et - bt) / 86400.0), avg(date_diff('day', bt::DATE, et::DATE)) FROM fv""")[0]
    return dict(value=round(a, 3), tolerance=round(abs(a - b) + 0.1, 2))


def per_member_visits(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e WHERE {ENTRY}
                AND e.action = 'member_pass' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(cond):
    return dict(value=round(one(f"SELECT avg(({cond})::int) FROM customers c"), 4), tolerance=0.01)


def top_customers(col, cond="1=1", gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count") or agg.startswith("sum(o.party_size"):
        return dict(value=int(v), tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def growth(agg, cond, now, base):
    a = float(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *now)} AND ({cond})"))
    b = float(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *base)} AND ({cond})"))
    return dict(value=round(a / b - 1, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.08):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE product = 'ticket'
                AND status IN ('paid', 'refunded') AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_buyer(start, end, product, agg="sum(o.amount)"):
    v = one(f"""SELECT {agg} / count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                AND product = '{product}' AND {_in('ts', start, end)}""")
    return dict(value=round(float(v), 3), tolerance=0.01 if v < 10 else round(float(v) * 0.002, 2))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_neg_share(col, cond="1=1", gap=0.08):
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
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def year(y):
    return (f"{y}-01-01", f"{y}-12-31")


ALL = ("2024-01-01", "2026-06-30")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SUMMER_25 = ("2025-07-01", "2025-08-31")
GOLDEN_25 = ("2025-10-01", "2025-10-08")
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'post_visit_survey'"
TICKET = "o.product = 'ticket'"
STUDENT, FAMILY = "c.visitor_type = 'student'", "c.visitor_type = 'family'"
SCI = "e.museum = '科技馆'"
QUEUE = "(f.text LIKE '%安检%' OR f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%' OR lower(f.text) LIKE '%security%')"
AUDIO = "(f.text LIKE '%导览%' OR lower(f.text) LIKE '%audio guide%')"
CAFE = "(f.text LIKE '%咖啡%' OR lower(f.text) LIKE '%café%' OR lower(f.text) LIKE '%cafe%')"
KIDS = ("(f.text LIKE '%孩子%' OR f.text LIKE '%小朋友%' OR lower(f.text) LIKE '%kids%' "
        "OR lower(f.text) LIKE '%children%')")
DINO = "(f.text LIKE '%恐龙%' OR lower(f.text) LIKE '%dinosaur%')"
MEMBER_PRICE = "(f.text LIKE '%年卡%' OR lower(f.text) LIKE '%membership%')"
REFUND = "(f.text LIKE '%退%' OR lower(f.text) LIKE '%refund%')"


def gold() -> dict:
    return {
        # ---- funnels
        "mu01": lambda: conv("ticketing", *H2_25, cust=STUDENT),
        "mu02": lambda: conv("ticketing", *H2_25, cust=FAMILY),
        "mu03": lambda: conv("ticketing", *year(2024), cust=STUDENT),
        "mu04": lambda: top_conv("ticketing", *H1_26, "visitor_type"),
        "mu05": lambda: top_lost("ticketing", *ALL),
        "mu06": lambda: conv("ticketing", *quarter(2026, 2), a=2, b=3),
        "mu07": lambda: conv("tour", *year(2025)),
        "mu08": lambda: conv("tour", *year(2025), a=2, b=3),
        "mu09": lambda: conv_open("membership", *quarter(2024, 1), a=2, b=4),
        "mu10": lambda: conv_open("membership", *quarter(2024, 4), a=2, b=4),
        "mu12": lambda: top_conv("ticketing", *ALL, "acquisition_channel", lowest=True),
        "mu13": lambda: conv("ticketing", *SUMMER_25, a=1, b=2),
        # ---- time between steps
        "mu14": lambda: pay_to_entry(*quarter(2026, 2)),
        "mu15": lambda: member_first_visit(*year(2025)),
        "mu16": lambda: member_first_visit(*year(2024)),
        "mu17": lambda: share_orders(*year(2025), "o.visit_date = o.ts::DATE", TICKET),
        # ---- per-visitor averages
        "mu18": lambda: per_member_visits(*year(2025)),
        "mu19": lambda: orders(*SUMMER_25, agg="avg(o.party_size)", cond=TICKET),
        "mu20": lambda: orders(*SUMMER_25, agg="avg(o.party_size)", cond=f"{TICKET} AND {FAMILY}"),
        "mu21": lambda: per_buyer(*year(2025), "souvenir"),
        "mu22": lambda: per_buyer(*year(2025), "ticket", agg="count(*)"),
        # ---- thresholds and shares
        "mu23": lambda: entries(*year(2025), agg="avg((e.queue_minutes > 30)::int)", cond=f"{SCI} AND {WEEKEND}"),
        "mu24": lambda: entries(*quarter(2026, 2), agg="avg((e.queue_minutes > 20)::int)"),
        "mu25": lambda: share_orders(*year(2025), "o.party_size >= 4", TICKET),
        "mu26": lambda: entries(*year(2025), agg="avg(e.queue_minutes)", cond=f"{SCI} AND {WEEKEND}", tol=0.1),
        "mu27": lambda: entries(*year(2025), agg="avg(e.queue_minutes)", cond=f"{SCI} AND NOT {WEEKEND}", tol=0.1),
        "mu28": lambda: top_entries("e.museum", *year(2025), agg="avg(e.queue_minutes)", gap=1.15),
        "mu29": lambda: customers_share("c.member = 'yes'"),
        "mu30": lambda: customers_count("c.home_province <> '浙江'"),
        "mu31": lambda: share_orders(*H2_25, "o.amount = 0", TICKET),
        "mu32": lambda: refund_rate(*month(2025, 6)),
        "mu33": lambda: refund_rate(*month(2024, 6)),
        "mu34": lambda: orders(*year(2025), agg="count(*)", status="refunded",
                               cond=f"{TICKET} AND o.refund_reason = 'weather'"),
        # ---- rankings
        "mu35": lambda: top_orders("o.exhibition_en", *year(2025), agg="sum(o.party_size)",
                                   cond=f"{TICKET} AND o.exhibition <> '常设展'", gap=1.5),
        "mu36": lambda: top_orders("o.museum", *year(2025), agg="sum(o.amount)", cond=TICKET, gap=1.2),
        "mu37": lambda: top_customers("c.home_province", "c.home_province <> '浙江'"),
        "mu38": lambda: top_orders("o.museum_en", *year(2025), agg="sum(o.amount)", cond="o.product = 'tour'", gap=1.3),
        "mu39": lambda: top_entries("e.museum", *GOLDEN_25, agg="sum(e.party_size)", gap=1.2),
        "mu40": lambda: entries(*GOLDEN_25, agg="sum(e.party_size)"),
        "mu41": lambda: top_entries("e.exhibition", *H1_26, agg="sum(e.party_size)", cond="e.exhibition <> '常设展'"),
        # ---- periods
        "mu43": lambda: orders(*SUMMER_25, cond=TICKET),
        "mu44": lambda: orders(*quarter(2026, 2)),
        "mu45": lambda: orders("2025-05-01", "2025-05-07", agg="sum(o.party_size)", cond=TICKET),
        "mu46": lambda: orders(*month(2025, 6), agg="count(*)", status="refunded", cond=TICKET),
        "mu47": lambda: orders(*H1_26, agg="count(*)", cond="o.product = 'membership' AND o.membership_action = 'new'"),
        "mu48": lambda: growth("sum(o.party_size)", TICKET, month(2025, 8), month(2024, 8)),
        "mu49": lambda: growth("sum(o.amount)", "o.product = 'membership'", quarter(2025, 4), quarter(2024, 4)),
        "mu50": lambda: entries(*quarter(2026, 1)),
        # ---- feedback
        "mu51": lambda: topic_count(QUEUE, ["security_queue"]),
        "mu52": lambda: topic_count(AUDIO, ["audio_broken"]),
        "mu53": lambda: fb_avg("rating", f"{SURVEY} AND f.museum = '科技馆' AND {_in('f.ts', *year(2025))}"),
        "mu54": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 3))),
        "mu55": lambda: top_neg_share("f.museum_en", _in("f.ts", *H1_26)),
        "mu56": lambda: topic_count(CAFE, ["cafe_expensive"]),
        "mu57": lambda: feedback_ids(DINO),
        "mu58": lambda: fb_count("f.ts IS NULL"),
        "mu59": lambda: topic_count(KIDS, ["kids_loved"]),
        "mu60": lambda: top_fb_count("f.touchpoint_id", f"{NEG} AND f.museum = '科技馆'"),
        "mu61": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "mu62": lambda: top_neg_rise(H1_25, H2_25),
        "mu63": lambda: topic_count(MEMBER_PRICE, ["member_price"], "f.ts >= DATE '2025-09-01'"),
        "mu64": lambda: topic_count(REFUND, ["refund_rain"], _in("f.ts", *month(2025, 6))),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
