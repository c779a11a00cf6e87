"""Gold answers for the 环城游 LoopCity hop-on hop-off bus held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]     # a missing batch file prints every gold value

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (app_purchase 7 d, kiosk_purchase 1 d,
  hotel_voucher 3 d, ride_day 3 d, refund 30 d); any action counts as reaching a step (a failed scan is still an
  event at the scan). Rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not). "The step that loses the most people" = step k whose people most often do not reach
  step k+1, named by step k's touchpoint. A split by a customer attribute filters step-1 people by it (customers.csv);
- a ticket = one `session_id` starting with T (app browsing before payment carries a B… session); per-ticket rates
  count tickets by the ts of their first event at the step asked about;
- kiosk failure rate / audio-guide failure rate = share of rows at that touchpoint with action `fail` (per attempt /
  per audio session); waits = `wait_min` of tp_hop_on rows (per hop-on), weekend = Saturday and Sunday;
- refund time: per ticket, refund_paid ts - refund_req ts in days (median); the tolerance covers whole days;
  refund counts = tp_refund_req rows by request date; money refunded = sum of `refund_amount` by payment date;
- money = orders with status `paid` by order ts (refunded tickets are no revenue); commission = `commission` of paid
  orders; spend per paying customer = paid amount / customers with a paid order in the period;
- feedback: topic counts by text markers (one per language, README) with a 5 % tolerance, checked against
  _truth/feedback_truth.csv; "all data" includes undated rows, dated periods use ts; trip ratings = channel
  `trip_rating` (1-5 stars); NPS = post-trip survey channel `nps_survey` (0-10), share 9-10 minus share 0-6;
- the A/B test one_page_checkout: conversion = share of assigned customers with a successful tp_app_pay within 3 days
  after assigned_at;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; zh top entities are the Chinese twins (city, 获客渠道, channel values
  as stored), en ones the English values (city_en, acquisition_channel, kiosk_id, touchpoint_id).
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}', "
                "header=true, sample_size=-1, all_varchar=true)")


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


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
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


def conv(journey, start, end, cond="1=1", upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[(upto or len(c)) - 1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.1, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for gv in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{gv}'")
            if c[0] >= min_n:
                rows.append((gv, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.15):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per ticket ----------

def first_scan_fail(start, end, cond="1=1"):
    return _rate(one(f"""SELECT avg((action = 'fail')::int) FROM (SELECT e.*, row_number() OVER (PARTITION BY
                         session_id ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = 'tp_board_scan')
                         e WHERE rn = 1 AND {_in('ts', start, end)} AND ({cond})"""))


def refund_time(start, end, cond="1=1"):
    base = f"""FROM events r JOIN events p ON p.session_id = r.session_id AND p.touchpoint_id = 'tp_refund_paid'
               WHERE r.touchpoint_id = 'tp_refund_req' AND {_in('r.ts', start, end)} AND ({cond})"""
    v = one(f"SELECT median(date_diff('second', r.ts, p.ts) / 86400.0) {base}")
    w = one(f"SELECT median(date_diff('day', r.ts::DATE, p.ts::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.1), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                      f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
                     f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events(tp, by, start, end, cond="1=1", agg="count(*)", margin=1.2, min_n=1):
    rows = q(f"SELECT {by}, {agg} v, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers / experiments ----------

def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def orders_share(num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                     f"AND ({cond})"))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def _exp_rows(days=3):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = x.customer_id
                    AND p.touchpoint_id = 'tp_app_pay' AND p.action = 'success' AND p.ts >= x.assigned_at
                    AND p.ts <= x.assigned_at + INTERVAL {days} DAY))::int) v, count(*) n
                 FROM experiments x WHERE x.experiment_id = 'one_page_checkout' GROUP BY 1 ORDER BY v DESC""")


def exp_rate(variant):
    return _rate([r[1] for r in _exp_rows() if r[0] == variant][0])


def exp_winner(margin=1.1):
    rows = _exp_rows()
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------
MARKERS = {  # topic: (zh marker, en marker)
    "kiosk": ("售票机", "kiosk"), "audio": ("讲解器", "audio guide"), "wait": ("等了", "waited"),
    "voucher": ("兑换码", "voucher"), "refund": ("退款", "refund"), "crash": ("闪退", "crash"),
    "price": ("太贵", "overpriced"), "views": ("风景", "views"), "convenient": ("方便", "convenient"),
}


def T(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def checks():
    for topic in MARKERS:
        cond = T(topic)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {cond} "
                    f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE NOT {cond} "
                     f"AND list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
        assert extra == 0 and missed == 0, (topic, extra, missed)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


NPS = "avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int)"


def nps(cond):
    return _rate(one(f"SELECT {NPS} FROM feedback f WHERE f.channel = 'nps_survey' AND {cond}"))


def rank_fb(by, cond, min_n, agg="avg(f.rating)", margin=0.2, highest=False):
    rows = q(f"SELECT {by}, {agg} a, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SUMMER25 = ("2025-06-01", "2025-08-31")
JULAUG25 = ("2025-07-01", "2025-08-31")
RATE = "f.channel = 'trip_rating'"
FAIL = "e.action = 'fail'"
WEEKEND = "isodow(e.ts) IN (6, 7)"


def gold():
    return {
        # ---- funnels
        "sb01": lambda: conv("app_purchase", *Y25),
        "sb02": lambda: top_lost("app_purchase", *H1_26),
        "sb03": lambda: rank_conv("app_purchase", *Y25, by="c.acquisition_channel", lowest=True),
        "sb04": lambda: conv("app_purchase", *Y25, cond="c.acquisition_channel = 'app_store'"),
        "sb05": lambda: conv("app_purchase", *Q1_26, cond="c.os = 'android'"),
        "sb06": lambda: conv("app_purchase", *Q1_26, cond="c.os = 'ios'"),
        "sb07": lambda: first_scan_fail(*H1_26, "e.channel = 'hotel' AND e.city_id = 'BJ'"),
        "sb08": lambda: conv("ride_day", *Q3_25),
        "sb09": lambda: conv("refund", *Y25),
        # ---- kiosks
        "sb10": lambda: events_share("tp_kiosk_buy", FAIL, *SUMMER25, "e.city_id = 'SH'"),
        "sb11": lambda: events_share("tp_kiosk_buy", FAIL, *SUMMER25, "e.city_id <> 'SH'"),
        "sb12": lambda: top_events("tp_kiosk_buy", "e.kiosk_id", *SUMMER25, "e.city_id = 'SH'",
                                   agg=f"avg(({FAIL})::int)", margin=1.5),
        "sb13": lambda: events_at("tp_kiosk_buy", *SUMMER25, FAIL),
        # ---- audio guide
        "sb14": lambda: events_share("tp_audio", FAIL, *H2_25, "e.city_id = 'XA'"),
        "sb15": lambda: top_events("tp_audio", "e.city", *H2_25, agg=f"avg(({FAIL})::int)", margin=2),
        "sb16": lambda: events_share("tp_audio", FAIL, *H1_26, "e.city_id = 'XA'"),
        # ---- waits
        "sb17": lambda: events_avg("tp_hop_on", "e.wait_min", *JULAUG25, "e.city_id = 'BJ'"),
        "sb18": lambda: events_avg("tp_hop_on", "e.wait_min", *JULAUG25, f"e.city_id = 'BJ' AND {WEEKEND}"),
        "sb19": lambda: top_events("tp_hop_on", "e.city_en", *Y25, agg="avg(e.wait_min)", margin=1.15),
        "sb20": lambda: events_share("tp_hop_on", "e.wait_min >= 30", *month(2025, 8), "e.city_id = 'BJ'"),
        # ---- refunds
        "sb21": lambda: refund_time(*Y25, "r.channel = 'ota'"),
        "sb22": lambda: refund_time(*Y25, "r.channel = 'app'"),
        "sb23": lambda: events_at("tp_refund_req", *month(2025, 9), "e.city_id = 'XM' AND e.refund_reason = 'weather'"),
        "sb24": lambda: events_sum("tp_refund_paid", "e.refund_amount", *Q3_25),
        "sb80": lambda: events_share("tp_refund_req", "e.refund_reason = 'weather'", *Y25),
        # ---- money
        "sb26": lambda: orders(*Y25),
        "sb27": lambda: orders(*month(2026, 6)),
        "sb28": lambda: orders_change(month(2026, 5), month(2026, 6)),
        "sb29": lambda: orders_change(H1_25, H1_26),
        "sb30": lambda: top_orders("o.city", *Y25, margin=1.2),
        "sb31": lambda: orders(*Y25, "o.order_type = 'night_tour'"),
        "sb32": lambda: orders(*Y25, "o.channel = 'hotel'", col="o.commission"),
        "sb33": lambda: per_customer(*Y25),
        "sb34": lambda: top_orders("o.channel", *Y25, margin=1.2),
        "sb35": lambda: orders_share("o.ticket_type = '48h'", *Y25, "o.order_type = 'ticket'"),
        "sb36": lambda: orders(*Q2_26, "o.channel = 'ota' AND o.order_type = 'ticket'"),
        "sb37": lambda: orders(*H1_26, "o.order_type = 'upgrade'"),
        # ---- volumes
        "sb38": lambda: events_at("tp_board_scan", "2025-10-01", "2025-10-07", "e.action = 'success'"),
        "sb39": lambda: events_at("tp_hop_on", "2026-05-04", "2026-05-10"),
        "sb40": lambda: events_change("tp_app_pay", Q4_25, Q1_26, "action = 'success'"),
        "sb41": lambda: events_at("tp_board_scan", *H1_26, f"{FAIL} AND e.city_id = 'BJ' AND e.channel = 'hotel'"),
        "sb42": lambda: top_events("tp_ota_order", 'e."OTA平台"', *Y25, margin=1.3),
        "sb73": lambda: top_events("tp_board_scan", "e.city", *month(2026, 6), "e.action = 'success'", margin=1.15),
        # ---- customers
        "sb43": lambda: customers_share("c.region = 'Overseas'"),
        "sb44": lambda: customers_count("c.region = 'East China' AND c.tier = 'gold'"),
        "sb45": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "sb46": lambda: customers_share("c.acquisition_channel = 'ota'"),
        # ---- feedback
        "sb47": lambda: fb_avg(f"{RATE} AND {_in('f.ts', *Y25)}"),
        "sb48": lambda: rank_fb("f.city_en", f"{RATE} AND {_in('f.ts', *Q4_25)}", 30, margin=0.2),
        "sb49": lambda: fb_avg(f"{RATE} AND f.route = 'panda'", tol=0.05),
        "sb50": lambda: fb_count(T("audio")),
        "sb51": lambda: top_fb_count("f.city", T("audio")),
        "sb52": lambda: fb_count(T("wait")),
        "sb53": lambda: fb_count(T("kiosk")),
        "sb54": lambda: fb_count(T("voucher")),
        "sb55": lambda: fb_count(T("crash"), _in("f.ts", *Q1_26)),
        "sb56": lambda: top_fb_count("f.device", f"{T('crash')} AND {_in('f.ts', *Q1_26)}"),
        "sb57": lambda: fb_count(f"{T('refund')} AND f.channel = 'ota_review'"),
        "sb58": lambda: nps(_in("f.ts", *Y25)),
        "sb59": lambda: rank_fb("f.city", "f.channel = 'nps_survey'", 30, agg=NPS, margin=0.1),
        "sb60": lambda: fb_ratio("f.rating <= 2", f"{RATE} AND {_in('f.ts', *Y25)}"),
        "sb61": lambda: feedback_ids(f"{T('refund')} AND f.city_id = 'XM'"),
        "sb63": lambda: fb_avg(f"{RATE} AND f.city_id = 'XA' AND {_in('f.ts', *H2_25)}"),
        "sb64": lambda: fb_ratio("f.rating >= 4", "f.channel = 'app_review'"),
        # ---- A/B
        "sb65": lambda: exp_rate("one_page"),
        "sb66": lambda: exp_rate("control"),
        "sb67": lambda: exp_winner(),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks()
    fns = gold()
    if not batch.exists():
        for k, fn in fns.items():
            try:
                print(k, fn())
            except AssertionError as e:
                print("FAILED", k, e)
        return 0
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        try:
            got = fn()
        except AssertionError as e:
            failed.append(it["id"])
            print("FAILED", it["id"], e)
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    print("langs:", {lang: sum(it["lang"] == lang for it in items) for lang in ("zh", "en")}, "n =", len(items))
    print("status:", {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "clarify", "unsupported")})
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
