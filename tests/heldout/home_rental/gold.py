"""Gold answers for the long-term rental (栖居租房 / NestEase Rentals) held-out batch, from plain DuckDB SQL
over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); each rate is computed with and without requiring
  later steps inside the period and the tolerance covers both, unless the question says later steps count;
- "people / renters / tenants who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many viewings / signings / repairs / no-shows / tickets" = event rows (exact duplicate event rows loaded once);
- per-event rates: viewing-to-lease signing rate by district (签约率 when the question defines it so) = tp_lease_sign
  events / tp_viewing_done events with that `district`; agent no-show rate = tp_viewing_noshow events with
  `noshow_party = agent` / tp_viewing_book events of the agent; renter no-show rate likewise with `noshow_party =
  renter`, by `lead_source`; renewal rate per offer = renewal offers (tp_renewal_notice) whose `lease_id` was renewed
  (a tp_renewal_sign with that `previous_lease_id`, any time in the data) / renewal offers in the period;
- "old building / 老楼 / 老小区" = `building_year` < 2000; repair time = `repair_days` on tp_repair_done events;
- money = paid orders (CNY) unless the question names a status; rent = order_type `rent`; rent overdue rate =
  rent bills with status `overdue` / all rent bills, by bill date (`ts`; the tolerance covers reading by
  `rent_period`); deposits refunded = deposit orders with status `refunded`;
- customer-level facts at the end of the data (segment tenant, corporate tier, acquisition channel) from customers;
- feedback "negative" = `sentiment_label = neg`; topic counts use text markers with a 5 % tolerance; "all data"
  includes comments without a date; a comment's district / agent / building year are its own columns;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31);
  "week of D" = the Monday–Sunday starting D.
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
                    types={{'agent_id': 'VARCHAR', 'rent_period': 'VARCHAR'}})""")
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


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def ev_ratio(num, den, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) FILTER (WHERE {num}) * 1.0 / count(*) FILTER (WHERE {den}) FROM events e
                WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ev_ratio(num, den, col, start, end, cond="1=1", lowest=False, min_den=30):
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE {num}) * 1.0 / count(*) FILTER (WHERE {den}) r,
                        count(*) FILTER (WHERE {den}) d
                 FROM events e WHERE {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 HAVING d >= {min_den} ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > 0.04, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events(tp, start, end, col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", tol=None):
    a = one(f"""SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(a, 3), tolerance=tol if tol is not None else round(max(0.05, abs(a) * 0.01), 3))


def renewal_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.lease_id IN (SELECT previous_lease_id FROM events WHERE touchpoint_id = 'tp_renewal_sign'
                                            AND previous_lease_id IS NOT NULL))::int)
                FROM events e WHERE e.touchpoint_id = 'tp_renewal_notice' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(o.amount) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.001), 2))


def overdue_rate(start, end, cond="1=1"):
    a = one(f"""SELECT avg((status = 'overdue')::int) FROM orders o WHERE order_type = 'rent'
                AND {_in('ts', start, end)} AND ({cond})""")
    b = one(f"""SELECT avg((status = 'overdue')::int) FROM orders o WHERE order_type = 'rent'
                AND rent_period >= '{start[:7]}' AND rent_period <= '{end[:7]}' AND ({cond})""")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_overdue(col, start, end):
    rows = q(f"""SELECT {col}, avg((status = 'overdue')::int) r FROM orders o WHERE order_type = 'rent'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


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


def top_neg_share(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.1, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f
                 WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")

NEG = "f.sentiment_label = 'neg'"
OLD = "e.building_year < 2000"
NEW = "e.building_year >= 2000"
DONE, SIGN, BOOK = ("e.touchpoint_id = 'tp_viewing_done'", "e.touchpoint_id = 'tp_lease_sign'",
                    "e.touchpoint_id = 'tp_viewing_book'")
AGENT_NS = "e.touchpoint_id = 'tp_viewing_noshow' AND e.noshow_party = 'agent'"
RENTER_NS = "e.touchpoint_id = 'tp_viewing_noshow' AND e.noshow_party = 'renter'"
LEAK = ("(f.text LIKE '%漏水%' OR f.text LIKE '%水管%' OR f.text LIKE '%下水道%' OR lower(f.text) LIKE '%leak%' "
        "OR lower(f.text) LIKE '%pipe%' OR lower(f.text) LIKE '%drain%')")
PHOTO = ("(f.text LIKE '%照片%' OR f.text LIKE '%图片%' OR f.text LIKE '%房源图%' OR f.text LIKE '%货不对板%' "
         "OR f.text LIKE '%不是同一套%' OR lower(f.text) LIKE '%photo%' OR lower(f.text) LIKE '%different unit%')")
HEATER = ("(f.text LIKE '%热水%' OR lower(f.text) LIKE '%hot water%' OR lower(f.text) LIKE '%heater%' "
          "OR lower(f.text) LIKE '%boiler%')")
AGENT_NS_TXT = ("(f.text LIKE '%经纪人没来%' OR f.text LIKE '%放鸽子%' OR f.text LIKE '%来不了%' "
                "OR f.text LIKE '%经纪人都没出现%' OR lower(f.text) LIKE '%never showed%' "
                "OR lower(f.text) LIKE '%didn''t turn up%' OR lower(f.text) LIKE '%no agent%' "
                "OR lower(f.text) LIKE '%agent cancelled%')")
TRANSFER_TXT = ("(f.text LIKE '%转账%' OR lower(f.text) LIKE '%bank transfer%' OR lower(f.text) LIKE '%transfer%')")


def gold() -> dict:
    return {
        # ---- funnels
        "hr01": lambda: conv("search_to_viewing", *H1_26),
        "hr02": lambda: top_lost("search_to_viewing", *quarter(2026, 2)),
        "hr03": lambda: conv("viewing_to_lease", *Y25, a=1, b=2),
        "hr04": lambda: top_ev_ratio(SIGN, DONE, "e.district", *ALL, lowest=True),
        "hr05": lambda: ev_ratio(SIGN, DONE, *ALL, "e.district = '通州区'"),
        "hr06": lambda: ev_ratio(SIGN, DONE, *ALL, "e.district = '浦东新区'"),
        "hr07": lambda: conv_open("lease_renewal", *Y25),
        "hr08": lambda: conv_open("lease_renewal", *H1_26),
        "hr09": lambda: renewal_rate(*Y25, OLD),
        "hr10": lambda: renewal_rate(*Y25, NEW),
        "hr11": lambda: conv("viewing_to_lease", *H2_25, a=2, b=3),
        # ---- viewings
        "hr12": lambda: top_events("tp_viewing_noshow", *ALL, "e.agent_id", "e.noshow_party = 'agent'"),
        "hr13": lambda: events_at("tp_viewing_noshow", *ALL, "e.noshow_party = 'agent' AND e.agent_id = 'AG4002'"),
        "hr14": lambda: ev_ratio(AGENT_NS, BOOK, *ALL, "e.agent_id = 'AG4002'"),
        "hr15": lambda: events_at("tp_viewing_book", *month(2026, 3)),
        "hr16": lambda: events_at("tp_viewing_done", *quarter(2025, 4)),
        "hr17": lambda: events_at("tp_viewing_noshow", *Y25, "e.noshow_party = 'renter'"),
        "hr18": lambda: top_ev_ratio(RENTER_NS, BOOK, "e.lead_source", *ALL),
        "hr19": lambda: top_events("tp_viewing_cancel", *ALL, "e.cancel_reason"),
        "hr20": lambda: users_at("tp_viewing_book", *month(2026, 7)),
        "hr21": lambda: users_at("tp_search", "2026-06-08", "2026-06-14"),
        "hr22": lambda: users_at("tp_register", *month(2026, 8)),
        "hr23": lambda: ev_ratio(AGENT_NS, BOOK, *ALL, "e.agent_id <> 'AG4002'"),
        # ---- leases
        "hr24": lambda: events_at("tp_lease_sign", *quarter(2026, 2)),
        "hr25": lambda: avg_ev("monthly_rent", "tp_lease_sign", *H1_26, tol=5.0),
        "hr26": lambda: top_events("tp_lease_sign", *Y25, "e.layout"),
        "hr27": lambda: avg_ev("monthly_rent", "tp_lease_sign", *ALL, "e.city = '深圳' AND e.layout = '两居'", tol=5.0),
        "hr28": lambda: events_at("tp_lease_sign", *month(2026, 8)),
        "hr30": lambda: top_events("tp_moveout", *Y25, "e.moveout_reason"),
        "hr31": lambda: events_at("tp_renewal_sign", *Y25),
        "hr32": lambda: users_at("tp_moveout", *Y26, "e.moveout_reason = 'maintenance_issues'"),
        # ---- money
        "hr33": lambda: orders(*H1_26, cond="o.order_type = 'rent'"),
        "hr34": lambda: orders(*ALL, status="refunded", cond="o.order_type = 'deposit'"),
        "hr35": lambda: top_overdue("o.payment_method", *ALL),
        "hr36": lambda: overdue_rate(*Y26, "o.payment_method = 'bank_transfer'"),
        "hr37": lambda: overdue_rate(*Y26, "o.payment_method = 'alipay'"),
        "hr38": lambda: orders(*ALL, status="overdue", cond="o.order_type = 'rent'"),
        "hr39": lambda: orders(*Y25, cond="o.order_type = 'service_fee'"),
        "hr40": lambda: top_orders("o.city", *Y25, "o.order_type = 'rent'"),
        "hr41": lambda: orders(*month(2026, 7)),
        "hr42": lambda: orders(*quarter(2026, 2), agg="avg", cond="o.order_type = 'rent' AND o.city = '北京'"),
        "hr43": lambda: users_at("tp_rent_overdue", *month(2026, 3)),
        "hr45": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'rent'"),
        "hr46": lambda: overdue_rate(*Y25),
        # ---- repairs
        "hr47": lambda: events_at("tp_repair_request", *Y25),
        "hr48": lambda: top_events("tp_repair_request", *ALL, "e.repair_category", OLD),
        "hr49": lambda: avg_ev("repair_days", "tp_repair_done", *ALL, OLD),
        "hr50": lambda: avg_ev("repair_days", "tp_repair_done", *ALL, NEW),
        "hr51": lambda: fb_avg("rating", "f.channel = 'repair_review' AND f.building_year < 2000"),
        "hr52": lambda: events_at("tp_repair_request", *Y26, "e.city = '上海'"),
        # ---- feedback
        "hr54": lambda: fb_topic_count(LEAK),
        "hr55": lambda: fb_topic_count(f"{PHOTO} AND {NEG}"),
        "hr56": lambda: feedback_ids(f"{AGENT_NS_TXT} AND {NEG}"),
        "hr57": lambda: feedback_ids(f"f.district = '通州区' AND f.channel = 'viewing_review' AND {NEG}"),
        "hr58": lambda: fb_avg("rating", f"f.channel = 'viewing_review' AND {_in('f.ts', *Y25)}"),
        "hr59": lambda: fb_avg("nps", "f.channel = 'survey'", tol=0.05),
        "hr60": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "hr61": lambda: fb_count("f.ts IS NULL"),
        "hr62": lambda: top_neg_share("f.district", "f.channel = 'viewing_review'"),
        "hr63": lambda: events_at("tp_cs_ticket", *quarter(2026, 2)),
        "hr64": lambda: fb_topic_count(HEATER),
        "hr65": lambda: fb_topic_count(f"f.channel = 'ticket' AND {TRANSFER_TXT}"),
        "hr66": lambda: top_neg("f.repair_category", "f.channel = 'repair_review'"),
        # ---- customers
        "hr68": lambda: customers_count("c.segment = 'tenant'"),
        "hr69": lambda: customers_count("c.acquisition_channel = 'xiaohongshu'"),
        "hr70": lambda: customers_count("c.tier = 'corporate'"),
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
