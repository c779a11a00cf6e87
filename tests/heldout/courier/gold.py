"""Gold answers for the SwiftParcel 迅邮快递 (parcel courier) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not);
- a parcel / shipment (包裹, 件, 寄件) = one waybill = one `tp_label_paid` event = one order (label); parcel attributes
  (origin_city, dest_city, hub, service_level, weight_kg, declared_value, merchant_tier at the time) are on every event
  of the waybill (`session_id` = waybill id); counts of parcels shipped in a period use the label-paid date;
- transit time = `transit_hours` on `tp_delivered` events (pickup → delivered), by delivery date; thresholds on hours
  are over delivered parcels;
- delivery failure rate = tp_delivery_failed events / tp_out_for_delivery events (delivery runs), by event date,
  city = origin_city of the parcel (same-day parcels are intra-city, origin = destination);
- quote → booking for a parcel = share of quoted waybills that have a tp_book_pickup event on the same waybill;
- claims: tp_claim_filed / tp_claim_paid events on the same waybill; days to payout = (paid ts - filed ts) in days;
  payout amount = `claim_amount` on tp_claim_paid;
- money = orders with status `paid` unless a status is named; refund rate = refunded / all labels by label date;
- "customers who shipped" = distinct customers with a tp_label_paid event in the period;
- customer facts at the end of the data (account_type, tier, segment, acquisition channel) come from customers;
- delivery star ratings = `stars` on tp_rating events; app store rating = feedback.rating where channel = app_review;
- feedback "negative" = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 %
  tolerance; "all data" includes comments without a date;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`.
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
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"types={{'app_version': 'VARCHAR'}})" if t in ("orders", "feedback") else
                    f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'app_version': 'VARCHAR'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_lab = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_label_paid'").fetchone()[0]
    assert n_lab == CON.execute("SELECT count(*) FROM orders").fetchone()[0]


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end):
    """payouts may land after the filing period ends (the natural reading for a 30-day claims window)."""
    c = funnel(journey, start, end)
    return dict(value=round(c[-1] / c[0], 4), tolerance=0.01)


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, rates
    return dict(top_entity=order[0])


def quote_to_booking(start, end, cond="1=1"):
    v = one(f"""WITH qt AS (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = 'tp_quote'
                            AND {_in('ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM qt LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_book_pickup') b USING (session_id)""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- event rates / counts ----------

def ratio(num_tp, den_tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) FILTER (WHERE e.touchpoint_id = '{num_tp}') * 1.0
                       / count(*) FILTER (WHERE e.touchpoint_id = '{den_tp}')
                FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ratio(num_tp, den_tp, start, end, by, cond="1=1", min_den=30, margin=1.8):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE e.touchpoint_id = '{num_tp}') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id = '{den_tp}') r
                 FROM events e WHERE {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 HAVING count(*) FILTER (WHERE e.touchpoint_id = '{den_tp}') >= {min_den} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, start, end, by, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", rel=0.01, agg="avg"):
    v = one(f"""SELECT {agg}(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, abs(float(v)) * rel), 3))


def top_avg_ev(col, tp, start, end, by, cond="1=1", lowest=False, margin=1.2):
    rows = q(f"""SELECT {by}, avg(e.{col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND
                 {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * margin) if lowest else (a > b * margin), rows
    return dict(top_entity=rows[0][0])


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- claims ----------

CLAIMS = """SELECT f.session_id, f.ts AS filed, p.ts AS paid, p.claim_amount
            FROM events f LEFT JOIN events p ON p.session_id = f.session_id AND p.touchpoint_id = 'tp_claim_paid'
            WHERE f.touchpoint_id = 'tp_claim_filed'"""


def claim_days(start, end):
    v = one(f"""SELECT avg(epoch(paid - filed) / 86400.0) FROM ({CLAIMS}) c
                WHERE paid IS NOT NULL AND {_in('filed', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.05), 2))


def claim_unpaid_within(start, end, days):
    v = one(f"""SELECT avg((paid IS NULL OR paid > filed + INTERVAL {days} DAY)::int) FROM ({CLAIMS}) c
                WHERE {_in('filed', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- repeat use ----------

def repeat_within(first_start, first_end, days):
    v = one(f"""WITH s AS (SELECT customer_id, ts FROM events WHERE touchpoint_id = 'tp_label_paid'),
                f AS (SELECT customer_id, min(ts) t1 FROM s GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM s WHERE s.customer_id = f.customer_id AND s.ts > f.t1
                                    AND s.ts <= f.t1 + INTERVAL {days} DAY))::int)
                FROM f WHERE {_in('f.t1', first_start, first_end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def share_users_min(start, end, k):
    v = one(f"""SELECT avg((n >= {k})::int) FROM (SELECT customer_id, count(*) n FROM events
                WHERE touchpoint_id = 'tp_label_paid' AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def order_rate(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.005)


def top_orders(col, start, end, margin=1.1):
    rows = q(f"""SELECT {col}, sum(amount) n FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


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


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_rating(col, cond="1=1", margin=0.15, min_n=10):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r""")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_fb(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-01-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-05-31")
NEG = "f.sentiment_label = 'neg'"
DEL = "tp_delivered"
LAB = "tp_label_paid"
SD = "e.service_level = 'same_day'"
JX = "e.hub = '嘉兴转运中心'"
CLAIM_SLOW = ("(f.text LIKE '%理赔%' OR f.text LIKE '%赔付%' OR lower(f.text) LIKE '%claim%' "
              "OR lower(f.text) LIKE '%compensation%')")
APP_CRASH = ("(f.text LIKE '%闪退%' OR f.text LIKE '%卡死%' OR f.text LIKE '%白屏%' OR lower(f.text) LIKE '%crash%' "
             "OR lower(f.text) LIKE '%freezes%')")
SAMEDAY_FAIL = ("(f.text LIKE '%当日达%' OR lower(f.text) LIKE '%same-day%') AND (f.text LIKE '%没送到%' OR "
                "f.text LIKE '%派送失败%' OR lower(f.text) LIKE '%never showed%')")


def gold() -> dict:
    return {
        # ---- funnels
        "cr01": lambda: conv("ship_flow", *quarter(2026, 1)),
        "cr02": lambda: top_lost("ship_flow", "2026-01-01", "2026-02-28"),
        "cr03": lambda: quote_to_booking(*ALL, "e.device = 'android' AND e.app_version = '6.3.0'"),
        "cr04": lambda: quote_to_booking(*ALL, "e.device = 'ios' AND e.app_version = '6.3.0'"),
        "cr05": lambda: conv("new_sender", *Y25),
        "cr06": lambda: top_conv("new_sender", *ALL, "acquisition_channel", lowest=True),
        "cr07": lambda: conv("last_mile", *month(2025, 11)),
        "cr08": lambda: conv_open("claims", *month(2026, 3)),
        "cr09": lambda: conv("claims", *quarter(2025, 3)),
        # ---- transit / hubs / delivery
        "cr11": lambda: top_avg_ev("transit_hours", DEL, *month(2025, 11), "e.hub"),
        "cr12": lambda: avg_ev("transit_hours", DEL, *month(2025, 11), JX),
        "cr13": lambda: avg_ev("transit_hours", DEL, *month(2025, 10), JX),
        "cr14": lambda: share_ev("e.transit_hours > 48", DEL, "2025-11-05", "2025-11-25", JX),
        "cr15": lambda: events_at(DEL, *Y26, "e.transit_hours > 72"),
        "cr16": lambda: top_ratio("tp_delivery_failed", "tp_out_for_delivery", *ALL, "e.origin_city", SD),
        "cr17": lambda: ratio("tp_delivery_failed", "tp_out_for_delivery", *ALL, f"{SD} AND e.origin_city = '广州'"),
        "cr18": lambda: ratio("tp_delivery_failed", "tp_out_for_delivery", *ALL, f"{SD} AND e.origin_city = '深圳'"),
        "cr19": lambda: ratio("tp_delivery_failed", "tp_out_for_delivery", *quarter(2025, 4)),
        "cr20": lambda: top_events("tp_delivery_failed", *Y25, "e.fail_reason"),
        "cr21": lambda: top_events("tp_delivery_failed", *ALL, "e.fail_reason", f"{SD} AND e.origin_city = '广州'"),
        "cr22": lambda: events_at("tp_address_change", *month(2026, 4)),
        "cr46": lambda: avg_ev("transit_hours", DEL, *quarter(2026, 1), "e.service_level = 'express'", agg="median"),
        "cr74": lambda: events_at(DEL, "2025-11-10", "2025-11-16"),
        # ---- claims
        "cr23": lambda: events_at("tp_claim_filed", *Y25),
        "cr24": lambda: claim_days(*month(2026, 3)),
        "cr25": lambda: claim_days(*Y25),
        "cr26": lambda: avg_ev("claim_amount", "tp_claim_paid", *ALL, agg="sum", rel=0.002),
        "cr27": lambda: events_at("tp_lost", *Y25),
        "cr28": lambda: top_events("tp_claim_filed", *ALL, "e.claim_type", margin=1.1),
        "cr29": lambda: claim_unpaid_within("2026-02-01", "2026-04-30", 30),
        "cr72": lambda: events_at("tp_claim_paid", *month(2026, 4)),
        # ---- money
        "cr30": lambda: orders(*quarter(2026, 1)),
        "cr31": lambda: orders(*Y25),
        "cr32": lambda: orders(*month(2025, 11), agg="avg"),
        "cr33": lambda: top_orders("o.service_level", *Y25),
        "cr34": lambda: order_rate("o.status = 'refunded'", *month(2025, 12)),
        "cr35": lambda: orders(*ALL, agg="count", status="claimed"),
        "cr36": lambda: orders(*Y26, cond="o.payment_method = 'monthly_account'"),
        "cr37": lambda: orders(*quarter(2025, 4), cond="o.merchant_tier = 'enterprise'"),
        "cr38": lambda: top_orders("o.origin_city", *Y26),
        # ---- thresholds
        "cr40": lambda: events_at(LAB, *Y25, "e.weight_kg > 20"),
        "cr41": lambda: share_ev("e.weight_kg > 10", LAB, *quarter(2026, 1)),
        "cr43": lambda: events_at(LAB, *Y25, "e.declared_value > 1000"),
        "cr44": lambda: quote_to_booking(*ALL, "e.weight_kg > 20"),
        "cr45": lambda: orders(*ALL, agg="count", cond="o.amount > 50"),
        # ---- repeat / customers
        "cr50": lambda: share_users_min(*Y25, 3),
        "cr51": lambda: repeat_within(*month(2025, 9), 60),
        "cr52": lambda: users_at(LAB, *month(2026, 4)),
        "cr53": lambda: customers_count("c.account_type = 'merchant'"),
        "cr54": lambda: customers_count("c.tier = 'enterprise'"),
        "cr55": lambda: top_customers("acquisition_channel"),
        "cr57": lambda: customers_count("c.segment = 'churned'"),
        "cr58": lambda: users_at("tp_account_close", *Y26),
        # ---- ratings / feedback
        "cr60": lambda: avg_ev("stars", "tp_rating", *quarter(2025, 4), rel=0.005),
        "cr61": lambda: top_avg_ev("stars", "tp_rating", *month(2025, 11), "e.hub", lowest=True, margin=1.1),
        "cr62": lambda: fb_topic_count(f"{CLAIM_SLOW} AND {NEG}"),
        "cr63": lambda: fb_topic_count(APP_CRASH),
        "cr64": lambda: fb_ratio(NEG, _in("f.ts", *Y26)),
        "cr65": lambda: fb_count("f.ts IS NULL"),
        "cr66": lambda: top_rating("f.app_version", "f.channel = 'app_review'", margin=0.5),
        "cr67": lambda: fb_avg("rating", f"f.channel = 'app_review' AND f.device = 'android' AND "
                                         f"{_in('f.ts', '2026-01-01', '2026-02-28')}", tol=0.05),
        "cr68": lambda: top_fb("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *month(2025, 11))}", margin=1.2),
        "cr69": lambda: feedback_ids(SAMEDAY_FAIL),
        "cr70": lambda: top_events("tp_complaint_call", *ALL, "e.complaint_topic", margin=1.15),
        "cr71": lambda: events_at("tp_complaint_call", *month(2026, 3)),
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
