"""Gold answers for the VoltWay 伏特充电 (EV charging) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not);
- a "charging session" (充电次数 / sessions) = one tp_session_start event (each started session has exactly one
  tp_session_stop event and one order); kWh, minutes and the energy price paid live on tp_session_stop events;
  thresholds on kWh / minutes are over tp_session_stop events by their date;
- start failure rate = tp_start_fail events / tp_scan_qr events (scan attempts), by the event's device / app_version;
- fault rate = tp_charger_fault events / tp_session_start events, by the event's operator / charger_type / date;
- payment failure rate = tp_payment_fail / (tp_payment + tp_payment_fail) events by payment_method;
- money = paid orders (CNY) unless a status is named; refund rate = refunded / all orders by order date;
- "users who charged" = distinct customers with a tp_session_start event in the period; repeat / retention
  questions state their own window in the question;
- customer-level facts at the end of the data (member tier, segment, brand, channel) come from customers;
- queue wait = wait_minutes on tp_queue events;
- feedback "negative" = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 %
  tolerance; "all data" includes comments without a date; comment rating = feedback.rating; session star ratings =
  `stars` on tp_rating events;
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
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'app_version': 'VARCHAR'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_stop = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_session_stop'").fetchone()[0]
    assert n_stop == CON.execute("SELECT count(*) FROM orders").fetchone()[0]


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


# ---------- event rates / counts ----------

def ratio(num_tp, den_tp, start, end, cond="1=1", den_extra=None):
    den = f"e.touchpoint_id IN ('{den_tp}'{', ' + repr(den_extra) if den_extra else ''})"
    v = one(f"""SELECT count(*) FILTER (WHERE e.touchpoint_id = '{num_tp}') * 1.0 / count(*) FILTER (WHERE {den})
                FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ratio(num_tp, den_tp, start, end, by, cond="1=1", min_den=30, margin=2.0):
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


def city_drop(before, after):
    """city with the largest relative fall in monthly average sessions."""
    (b0, b1, nb), (a0, a1, na) = before, after
    rows = q(f"""SELECT city, (count(*) FILTER (WHERE {_in('ts', a0, a1)}) / {na})
                        / (count(*) FILTER (WHERE {_in('ts', b0, b1)}) / {nb}) - 1 AS chg
                 FROM events WHERE touchpoint_id = 'tp_session_start' GROUP BY 1 ORDER BY chg""")
    assert rows[0][1] < rows[1][1] - 0.15, rows
    return dict(top_entity=rows[0][0])


def price_no_scan(start, end, cond="1=1"):
    v = one(f"""WITH pc AS (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = 'tp_price_check'
                            AND {_in('ts', start, end)} AND ({cond}))
                SELECT avg((s.session_id IS NULL)::int) FROM pc LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_scan_qr') s USING (session_id)""")
    return dict(value=round(v, 4), tolerance=0.015)


# ---------- repeat use ----------

def repeat_within(first_start, first_end, days):
    v = one(f"""WITH s AS (SELECT customer_id, ts FROM events WHERE touchpoint_id = 'tp_session_start'),
                f AS (SELECT customer_id, min(ts) t1 FROM s GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM s WHERE s.customer_id = f.customer_id AND s.ts > f.t1
                                    AND s.ts <= f.t1 + INTERVAL {days} DAY))::int)
                FROM f WHERE {_in('f.t1', first_start, first_end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def share_users_min_sessions(start, end, k):
    v = one(f"""SELECT avg((n >= {k})::int) FROM (SELECT customer_id, count(*) n FROM events
                WHERE touchpoint_id = 'tp_session_start' AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


def signup_cohort_min_sessions(s0, s1, by_end, k):
    v = one(f"""SELECT count(*) FROM customers c WHERE {_in('c.signup_at', s0, s1)} AND
                (SELECT count(*) FROM events e WHERE e.customer_id = c.customer_id AND
                 e.touchpoint_id = 'tp_session_start' AND e.ts < DATE '{by_end}' + INTERVAL 1 DAY) >= {k}""")
    return dict(value=v, tolerance=0.5)


# ---------- orders / customers ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


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


def top_customers(col):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * 1.3, rows
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


def top_rating(col, cond="1=1", margin=0.15):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r""")
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


ALL = ("2024-01-01", "2026-09-30")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-09-30")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
FAULT = ("(f.text LIKE '%故障%' OR f.text LIKE '%跳枪%' OR f.text LIKE '%中断%' OR f.text LIKE '%坏了%' "
         "OR f.text LIKE '%断电%' OR lower(f.text) LIKE '%fault%' OR lower(f.text) LIKE '%error code%' "
         "OR lower(f.text) LIKE '%interrupted%' OR lower(f.text) LIKE '%broken%')")
QR = ("(f.text LIKE '%扫码%' OR f.text LIKE '%二维码%' OR f.text LIKE '%启动失败%' OR f.text LIKE '%启动不了%' "
      "OR lower(f.text) LIKE '%qr%' OR lower(f.text) LIKE '%scan%' OR lower(f.text) LIKE '%failed to start%')")
QUEUE = ("(f.text LIKE '%排队%' OR f.text LIKE '%等桩%' OR lower(f.text) LIKE '%queue%' "
         "OR lower(f.text) LIKE '%had to wait%')")
PRICE = ("(f.text LIKE '%涨%' OR f.text LIKE '%电价%' OR f.text LIKE '%太贵%' OR f.text LIKE '%服务费%' "
         "OR lower(f.text) LIKE '%price%' OR lower(f.text) LIKE '%expensive%' OR lower(f.text) LIKE '%fee%')")
STOP = "e.touchpoint_id = 'tp_session_stop'"


def gold() -> dict:
    return {
        # ---- funnels
        "ev01": lambda: conv("charge_flow", *quarter(2026, 2)),
        "ev02": lambda: top_lost("charge_flow", *month(2026, 7)),
        "ev03": lambda: conv("new_user", *H1_26),
        "ev04": lambda: top_conv("new_user", *ALL, "acquisition_channel", lowest=True),
        "ev05": lambda: conv("membership", *ALL),
        "ev06": lambda: conv("find_to_charge", *Y25),
        "ev07": lambda: conv("find_to_charge", *Y26),
        # ---- start failures / app version
        "ev10": lambda: ratio("tp_start_fail", "tp_scan_qr", *ALL, "e.device = 'android' AND e.app_version = '5.2.0'"),
        "ev11": lambda: ratio("tp_start_fail", "tp_scan_qr", *ALL, "e.device = 'ios' AND e.app_version = '5.2.0'"),
        "ev12": lambda: top_ratio("tp_start_fail", "tp_scan_qr", *Y26, "e.app_version"),
        "ev14": lambda: top_events("tp_start_fail", "2026-06-01", "2026-07-31", "e.fail_reason", margin=3),
        "ev15": lambda: ratio("tp_start_fail", "tp_scan_qr", *month(2026, 7), "e.device = 'android'"),
        "ev16": lambda: ratio("tp_start_fail", "tp_scan_qr", *month(2026, 7), "e.device = 'ios'"),
        # ---- faults
        "ev20": lambda: top_ratio("tp_charger_fault", "tp_session_start", *month(2026, 7), "e.operator",
                                  "e.charger_type = 'DC'"),
        "ev21": lambda: ratio("tp_charger_fault", "tp_session_start", *month(2026, 7),
                              "e.operator = 'StarPile' AND e.charger_type = 'DC'"),
        "ev22": lambda: ratio("tp_charger_fault", "tp_session_start", *month(2026, 7),
                              "e.operator <> 'StarPile' AND e.charger_type = 'DC'"),
        "ev23": lambda: events_at("tp_charger_fault", *month(2026, 7)),
        "ev25": lambda: share_ev("e.stop_reason = 'fault'", "tp_session_stop", *ALL),
        # ---- Hangzhou price
        "ev30": lambda: events_at("tp_session_start", *month(2026, 3), "e.city = '杭州'"),
        "ev31": lambda: events_at("tp_session_start", *month(2026, 7), "e.city = '杭州'"),
        "ev32": lambda: avg_ev("price_per_kwh", "tp_session_start", *quarter(2026, 3), "e.city = '杭州'"),
        "ev33": lambda: city_drop(("2026-01-01", "2026-04-30", 4), ("2026-05-01", "2026-08-31", 4)),
        "ev34": lambda: price_no_scan("2026-05-01", "2026-09-30", "e.city = '杭州'"),
        # ---- orders
        "ev40": lambda: orders(*quarter(2026, 2)),
        "ev41": lambda: orders(*Y25),
        "ev42": lambda: orders(*month(2026, 8), agg="avg"),
        "ev43": lambda: top_orders("o.city", *Y25),
        "ev44": lambda: order_rate("o.status = 'refunded'", *month(2026, 7)),
        "ev45": lambda: orders(*ALL, agg="count", status="failed"),
        "ev46": lambda: top_ratio("tp_payment_fail", "tp_payment", *ALL, "e.payment_method", margin=2.5),
        "ev47": lambda: orders(*quarter(2026, 1), cond="o.payment_method = 'wechat_pay'"),
        "ev48": lambda: orders(*H1_26, cond="o.member_plan IN ('plus', 'pro')"),
        # ---- thresholds on numbers
        "ev50": lambda: events_at("tp_session_stop", *Y26, "e.kwh > 60"),
        "ev51": lambda: share_ev("e.session_minutes < 10", "tp_session_stop", *quarter(2026, 2)),
        "ev52": lambda: avg_ev("kwh", "tp_session_stop", *Y26, "e.charger_type = 'ultra'"),
        "ev53": lambda: avg_ev("session_minutes", "tp_session_stop", *Y25, "e.charger_type = 'AC'"),
        "ev54": lambda: share_ev("e.session_minutes > 45", "tp_session_stop", *quarter(2026, 3),
                                 "e.charger_type = 'DC'"),
        "ev55": lambda: orders(*ALL, agg="count", cond="o.amount > 100"),
        "ev56": lambda: avg_ev("kwh", "tp_session_stop", *month(2026, 8), agg="sum", rel=0.002),
        "ev57": lambda: top_avg_ev("kwh", "tp_session_stop", *ALL, "e.car_brand", lowest=True),
        # ---- queue
        "ev60": lambda: top_avg_ev("wait_minutes", "tp_queue", *ALL, "e.city", margin=1.5),
        "ev61": lambda: avg_ev("wait_minutes", "tp_queue", *Y26, "e.city = '深圳'"),
        "ev62": lambda: events_at("tp_queue", *Y25, "e.wait_minutes > 30"),
        # ---- repeat use
        "ev65": lambda: repeat_within(*month(2026, 3), 30),
        "ev66": lambda: share_users_min_sessions(*Y25, 3),
        "ev67": lambda: signup_cohort_min_sessions(*month(2026, 1), "2026-04-30", 2),
        "ev68": lambda: users_at("tp_session_start", *month(2026, 8)),
        # ---- customers / loyalty
        "ev70": lambda: customers_count("c.tier <> 'none'"),
        "ev71": lambda: customers_count("c.acquisition_channel = 'car_dealer'"),
        "ev72": lambda: top_customers("car_brand"),
        "ev75": lambda: events_at("tp_member_buy", *Y26),
        "ev76": lambda: share_ev("e.member_plan = 'pro'", "tp_member_buy", *ALL),
        # ---- feedback
        "ev80": lambda: fb_avg("rating", f"f.channel = 'post_session' AND {_in('f.ts', *quarter(2026, 3))}"),
        "ev81": lambda: top_rating("f.app_version", "f.channel = 'app_review'", margin=0.5),
        "ev82": lambda: fb_topic_count(FAULT),
        "ev83": lambda: fb_topic_count(f"{QR} AND {NEG}"),
        "ev84": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "ev85": lambda: fb_count("f.ts IS NULL"),
        "ev86": lambda: top_fb("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *Y26)}", margin=1.2),
        "ev87": lambda: feedback_ids(f"f.city = '杭州' AND {PRICE} AND {NEG}"),
        "ev88": lambda: avg_ev("stars", "tp_rating", *month(2026, 7), rel=0.005),
        "ev89": lambda: fb_avg("rating", f"f.channel = 'app_review' AND f.device = 'android' AND "
                                         f"{_in('f.ts', '2026-06-01', '2026-07-31')}", tol=0.05),
        "ev90": lambda: events_at("tp_support_ticket", *month(2026, 7)),
        "ev91": lambda: top_fb("f.touchpoint_id", "f.channel = 'ticket'", margin=3),
        "ev92": lambda: fb_topic_count(QUEUE),
        "ev93": lambda: events_at("tp_session_start", "2026-09-07", "2026-09-13"),
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
