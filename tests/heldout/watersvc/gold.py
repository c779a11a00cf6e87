"""Gold answers for the 清源水务 ClearFlow Water (city water utility) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per customer: a customer reaches step k with an event at step k's touchpoint after
  reaching step k-1, within the journey window (connection 60 d, billing 30 d, repair 30 d) from their first step-1
  event in the period. The tolerance covers both readings (later steps allowed after the period end, or not).
  "After which step do we lose the most" = the step reached whose next step is not reached, largest count
  (customers lost between step k and k+1 are attributed to step k). A step conversion (survey -> fee) is
  reached(k+1) / reached(k) inside the same funnel;
- "customers" = distinct customer_id; "requests / tickets / 工单" = tp_service_request events (one per request,
  session_id = request_id); "bills / 账单" = tp_bill_issued events (session_id = bill_id); the period of a bill is
  the date it was issued (the `bill_month` column is the month of water use, one month earlier);
- orders are bill-payment records: `status` paid / failed_autopay (a bank direct-debit attempt that bounced) /
  overdue (the bill was not paid by its due date; ts = the day after the due date); `order_type` water_bill or
  connection_fee. Money = orders with status paid; "水费 / water revenue" = paid water_bill orders only, "connection
  fees" = paid connection_fee orders; autopay failure rate = failed_autopay / autopay attempts (orders with
  payment_method = 'autopay', by attempt date); a bill "went overdue" when it has an overdue order; per-customer
  spend = paid water_bill amount / customers with at least one paid water_bill in the period;
- times between steps are per request (per customer for the connection journey): first B ts - first A ts over the
  items that reached both, the item taken in the period by the date of A; "more than 24 hours" is strict;
- district / 区, customer type / 用户类型, meter type, payment method, building age band come from customers (zh
  questions are checked against the Chinese twin column 区 / 工单类型, en questions against district /
  request_type); "metered customers" = customers with a meter_type;
- feedback: resolution survey = channel 'survey' (rating 1-5, always dated); app store = channel 'app_review';
  "all feedback" includes the rows without ts; negative = generator truth `sentiment_label = 'neg'`; topic counts
  by text markers with a 5 % tolerance;
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
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    assert CON.execute("SELECT count(*) - count(DISTINCT session_id) FROM events "
                       "WHERE touchpoint_id = 'tp_bill_issued'").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def cnt(v):
    return dict(value=v, tolerance=0.5)


def frac(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def num(v, rel=0.01, floor=0.05, nd=3):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, upto=None, frm=1, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv_by(journey, start, end, col, margin=0.1, min_n=1):
    rows = []
    for v in [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers WHERE {col} IS NOT NULL")]:
        c = funnel(journey, start, end, f"c.{col} = '{v}'")
        if c[0] >= min_n:
            rows.append((v, c[-1] / c[0]))
    rows.sort(key=lambda r: -r[1])
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


# ---------- connection journey (per customer) ----------

def _first(tp, key="customer_id"):
    return f"(SELECT {key} k, min(ts) t FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"


def conn_days_median(start, end):
    vals = []
    for win in (None, 60):
        extra = f" AND b.t <= a.t + INTERVAL {win} DAY" if win else ""
        vals.append(one(f"""SELECT median(epoch(b.t - a.t) / 86400) FROM {_first('tp_apply')} a
                            JOIN {_first('tp_meter_install')} b USING (k)
                            WHERE b.t > a.t AND {_in('a.t', start, end)}{extra}"""))
    v = vals[0]
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02, abs(vals[0] - vals[1]) + 0.05), 3))


def conn_wait_count(start, end, days):
    return cnt(one(f"""SELECT count(*) FROM {_first('tp_apply')} a JOIN {_first('tp_site_survey')} b USING (k)
                       WHERE b.t > a.t AND {_in('a.t', start, end)} AND epoch(b.t - a.t) / 86400 > {days}"""))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return cnt(one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                   f"AND ({cond})"))


def top_events(tp, start, end, by, margin=1.15):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def requests_per_customer(start, end):
    return num(one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id =
                       'tp_service_request' AND {_in('ts', start, end)}"""), rel=0.01, floor=0.01)


# ---------- service request times (per request = session_id) ----------

def _req(tp):
    return f"""(SELECT e.session_id, min(e.ts) t, any_value(e.request_type) request_type,
                       any_value(e.customer_id) customer_id
                FROM events e WHERE e.touchpoint_id = '{tp}' GROUP BY 1)"""


def req_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="hour"):
    div = {"day": 86400.0, "hour": 3600.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_req(a_tp)} a JOIN {_req(b_tp)} b USING (session_id)
                JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return num(v, rel=0.02, floor=0.05)


def req_time_by(a_tp, b_tp, start, end, by, cond="1=1", agg="median", margin=2.0):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 3600) v FROM {_req(a_tp)} a JOIN {_req(b_tp)} b
                 USING (session_id) JOIN customers c ON c.customer_id = a.customer_id
                 WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def req_time_over(a_tp, b_tp, start, end, hours, cond="1=1", share=False):
    agg = f"avg((epoch(b.t - a.t) / 3600 > {hours})::int)" if share else \
        f"count(*) FILTER (WHERE epoch(b.t - a.t) / 3600 > {hours})"
    v = one(f"""SELECT {agg} FROM {_req(a_tp)} a JOIN {_req(b_tp)} b USING (session_id)
                JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return frac(v) if share else cnt(v)


def disputes_per_customer(meter, start, end):
    v = one(f"""WITH billed AS (SELECT DISTINCT e.customer_id FROM events e JOIN customers c USING (customer_id)
                                WHERE e.touchpoint_id = 'tp_bill_issued' AND {_in('e.ts', start, end)}
                                AND c.meter_type = '{meter}'),
                     d AS (SELECT e.customer_id FROM events e WHERE e.touchpoint_id = 'tp_service_request'
                           AND e.request_type = 'billing_dispute' AND {_in('e.ts', start, end)})
                SELECT (SELECT count(*) FROM d JOIN billed USING (customer_id)) / (SELECT count(*) FROM billed)""")
    return num(v, rel=0.02, floor=0.002, nd=4)


def dispute_share_mechanical(start, end):
    return frac(one(f"""SELECT avg((c.meter_type = 'mechanical')::int) FROM events e JOIN customers c
                        USING (customer_id) WHERE e.touchpoint_id = 'tp_service_request'
                        AND e.request_type = 'billing_dispute' AND {_in('e.ts', start, end)}"""))


def top_leaks_per_customer_band(margin=1.5):
    rows = q("""SELECT c.building_age_band, count(e.event_id) / count(DISTINCT c.customer_id) v
                FROM customers c LEFT JOIN events e ON e.customer_id = c.customer_id
                AND e.touchpoint_id = 'tp_service_request' AND e.request_type = 'leak'
                WHERE c.meter_type IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / bills ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return cnt(v)
    return num(v, rel=0.002, floor=0.05, nd=2)


def autopay_fail_rate(start, end):
    return frac(one(f"""SELECT avg((status = 'failed_autopay')::int) FROM orders WHERE payment_method = 'autopay'
                        AND {_in('ts', start, end)}"""))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND o.order_type = 'water_bill' AND {_in('o.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.005, floor=0.05, nd=2)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


OVERDUE_BILLS = "(SELECT DISTINCT bill_id FROM orders WHERE status = 'overdue')"


def bills_overdue_share(start, end, by=None):
    sel = f"c.{by}, " if by else ""
    sql = f"""SELECT {sel}avg((e.session_id IN {OVERDUE_BILLS})::int) v FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = 'tp_bill_issued' AND {_in('e.ts', start, end)}
              {'GROUP BY 1 ORDER BY v DESC' if by else ''}"""
    return q(sql)


def top_overdue_method(start, end, margin=2.0):
    rows = bills_overdue_share(start, end, "payment_method")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def overdue_share_of(method, start, end):
    rows = bills_overdue_share(start, end, "payment_method")
    return frac([r[1] for r in rows if r[0] == method][0])


# ---------- customers ----------

def customers_count(cond):
    return cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(col, cond="1=1", margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def customer_share(num_cond, cond):
    return frac(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num_cond, cond):
    return frac(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, margin=0.3, min_n=1):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
REQ, VISIT, RESOLVED = "tp_service_request", "tp_field_visit", "tp_resolved"
LEAK = "a.request_type = 'leak'"
WATER = "o.order_type = 'water_bill'"
CONNFEE = "o.order_type = 'connection_fee'"
SURVEY = "f.channel = 'survey'"
NEG = "f.sentiment_label = 'neg'"
SMELL = _like("f.text", ["味", "smell", "odor", "odour"])
AUTOPAY = _like("f.text", ["代扣", "扣款失败", "自动扣费", "direct debit", "autopay", "auto-pay"])
DISPUTE = _like("f.text", ["抄表", "估抄", "读数", "meter reading", "estimated", "reading"])


def gold():
    return {
        # ---- new connection journey
        "ws01": lambda: conv("connection", *Y25),
        "ws02": lambda: top_lost("connection", *Y25),
        "ws03": lambda: conv("connection", *Y25, upto=3, frm=2),
        "ws04": lambda: conv("connection", *Y25, upto=3, frm=2, cond="c.customer_type = 'commercial'"),
        "ws05": lambda: conn_days_median(*Y25),
        "ws06": lambda: conn_wait_count(*quarter(2025, 3), 5),
        "ws07": lambda: top_conv_by("connection", *ALL, "acquisition_channel", min_n=50),
        "ws08": lambda: events_at("tp_apply", *quarter(2025, 4)),
        "ws09": lambda: orders(*H1_26, cond=CONNFEE),
        # ---- bills and payments
        "ws10": lambda: orders(*Y25, cond=WATER),
        "ws11": lambda: autopay_fail_rate(*month(2025, 11)),
        "ws12": lambda: autopay_fail_rate(*month(2025, 10)),
        "ws13": lambda: orders(*Y25, agg="count(*)", status="failed_autopay"),
        "ws14": lambda: orders(*Y25, agg="count(*)", status="overdue"),
        "ws15": lambda: top_overdue_method(*Y25),
        "ws16": lambda: overdue_share_of("counter", *Y25),
        "ws17": lambda: per_customer(*Y25, "c.customer_type = 'residential'"),
        "ws18": lambda: per_customer(*Y25, "c.customer_type = 'commercial'"),
        "ws19": lambda: orders(*quarter(2025, 3), agg="avg(o.amount)", cond=WATER),
        "ws20": lambda: top_orders("o.payment_method", *Y25, cond=WATER),
        "ws21": lambda: frac(bills_overdue_share(*month(2026, 1))[0][0]),
        "ws22": lambda: conv("billing", *month(2025, 12)),
        "ws23": lambda: orders(*Y25, agg="count(*)", cond=f"{WATER} AND o.late_payment"),
        "ws25": lambda: orders(*month(2026, 5), cond=WATER),
        # ---- service requests
        "ws26": lambda: events_at(REQ, *Y25),
        "ws27": lambda: events_at(REQ, *Y25, distinct="e.customer_id"),
        "ws28": lambda: requests_per_customer(*Y25),
        "ws29": lambda: events_at(REQ, *quarter(2025, 3), "e.request_type = 'leak'"),
        "ws30": lambda: top_events(REQ, *Y25, "e.工单类型"),
        "ws31": lambda: req_time(REQ, VISIT, *Y25, LEAK),
        "ws32": lambda: req_time_by(REQ, VISIT, *Y25, "c.区", LEAK),
        "ws33": lambda: req_time(REQ, VISIT, *Y25, f"{LEAK} AND c.district = 'Wujiang'"),
        "ws34": lambda: req_time(REQ, VISIT, *Y25, f"{LEAK} AND c.district <> 'Wujiang'"),
        "ws35": lambda: req_time_over(REQ, VISIT, *Y25, 24, LEAK),
        "ws36": lambda: req_time_over(REQ, VISIT, *Y25, 24, f"{LEAK} AND c.district = 'Wujiang'", share=True),
        "ws37": lambda: req_time(REQ, RESOLVED, *Y25, "a.request_type = 'water_quality'", agg="avg", unit="day"),
        "ws38": lambda: disputes_per_customer("mechanical", *Y25),
        "ws39": lambda: disputes_per_customer("smart", *Y25),
        "ws40": lambda: dispute_share_mechanical(*Y25),
        "ws41": lambda: top_leaks_per_customer_band(),
        "ws42": lambda: conv("repair", *Y25),
        "ws43": lambda: conv("repair", *Y25, upto=3),
        "ws44": lambda: events_at(VISIT, "2025-07-07", "2025-07-13"),
        "ws80": lambda: events_at(REQ, *quarter(2025, 4), "e.request_type = 'leak'"),
        # ---- feedback
        "ws45": lambda: fb_topic_count(SMELL),
        "ws46": lambda: fb_topic_count(f"{SMELL} AND {_in('f.ts', *quarter(2026, 2))}"),
        "ws47": lambda: fb_topic_count(f"{SMELL} AND {_in('f.ts', *quarter(2025, 2))}"),
        "ws50": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ws51": lambda: bottom_fb_avg("f.区", SURVEY, min_n=30),
        "ws52": lambda: top_fb_count("f.touchpoint_id", NEG),
        "ws53": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "ws54": lambda: fb_topic_count(AUTOPAY),
        "ws55": lambda: feedback_ids(f"{DISPUTE} AND {NEG}"),
        "ws56": lambda: fb_avg("f.channel = 'app_review'"),
        "ws57": lambda: fb_ratio(NEG, "f.touchpoint_id = 'tp_overdue_notice'"),
        # ---- periods, customers
        "ws65": lambda: events_at("tp_apply", *month(2026, 6)),
        "ws66": lambda: events_at("tp_meter_install", *month(2025, 10)),
        "ws67": lambda: events_at("tp_bill_issued", *Y25),
        "ws68": lambda: top_customers("c.区"),
        "ws69": lambda: customer_share("c.meter_type = 'mechanical'", "c.meter_type IS NOT NULL"),
        "ws70": lambda: top_customers("c.payment_method", "c.customer_type = 'residential'"),
        "ws71": lambda: customers_count(_in("c.signup_at", *H2_25)),
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
    langs = [it["lang"] for it in items]
    stats = {s: sum(1 for it in items if it["expect"].get("status") == s) for s in ("ok", "unsupported", "clarify")}
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; {stats}; "
          f"follow-ups {sum(1 for it in items if 'follow_up_of' in it)}; as_of {sum(1 for it in items if 'as_of' in it)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
