"""Gold answers for the TradeEase 易投 (retail stock-trading app) held-out batch, from plain DuckDB SQL over the raw
CSVs that generate.py writes.

    python gold.py DATADIR batch1.yaml [--write] [--truth TRUTH.csv]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window from their first step-1 event in the period (open_account 14 d, first_trade
  30 d, recurring 30 d, service 7 d). Whether later steps must also fall inside the period is not pinned down by the
  contract, so every rate is computed both ways and the tolerance covers both (+0.005, at least 0.01). Any event at
  the touchpoint counts (a KYC rejection is an event at tp_kyc_submit with action `fail`; reaching "提交开户资料"
  is the submission). Conversion from step a to b = reached b / reached a; "the step where we lose the most" = the
  step with the largest reached k - reached k+1 (that step's touchpoint). A funnel "for video-witness / referral /
  Android customers" keeps the customers whose customers-row column (kyc_method, acquisition_channel, device,
  risk_level) has that value. Rates are customers (customer_id), not events;
- customers / users / clients / 客户 / 用户 = distinct customer_id; sign-ups in a period = customers.signup_at in it;
  customer attributes (segment, tier, province, region, age_band, device, kyc_method, risk_level) are the
  customers.csv state at the end of the data;
- trading: every tp_trade event is an order placement (委托 / 下单); action `success` = a filled trade (成交),
  `fail` = a failed order (with fail_reason); order failure rate = failed / all tp_trade events; market (A股 / 港股 /
  美股) is the event's column; "at the open" = 09:30-09:59 local time; trades per trading customer = filled trades /
  distinct customers with a filled trade in the period; tp_first_trade is the milestone written with a customer's
  first filled trade (it is also a tp_trade event);
- durations between steps (hours or days of 86,400 s, as the question says) are per customer for one-per-customer
  milestones (first KYC submission -> account opened, account opened -> first deposit, first deposit -> first
  trade), per withdraw_id for withdrawals (request -> arrived) and per ticket_id for tickets (ticket -> callback);
  dated by the start event; median or mean as asked;
- money = orders with status `paid` (refunded / cancelled are not revenue); order_type `commission` (one per filled
  trade, market on the order) or `research_sub` (premium research package; plan monthly / quarterly / annual);
  refund rate = refunded / all orders of the kind (tolerance also covers refunded / (paid + refunded));
  revenue per paying customer = paid amount / distinct customers with a paid order of that kind;
- feedback: 差评 / bad rating = rating 1-2 (share over rows with a rating); topic counts use the text markers below
  with a 5 % tolerance (checked against the generator's topic file when --truth is given); questions without a
  period include comments without a date; app store = channel `app_store`, call centre = `call_centre`;
- periods are inclusive calendar dates, a week runs Monday..Sunday; relative periods resolve against the item's
  `as_of`, else 2026-03-31 (the last day of the data).
"Top" items are checked for a clear first place (the script fails otherwise).
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
    for t in ("touchpoints", "customers", "journeys", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM events e ANTI JOIN touchpoints USING (touchpoint_id)") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def count(v):
    return dict(value=int(v), tolerance=0.5)


def num(v, rel=0.005, floor=0.01):
    v = round(float(v), 4 if abs(float(v)) < 10 else 2)
    return dict(value=v, tolerance=round(max(floor, abs(v) * rel), 4))


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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def dropoff(journey, start, end, k, **kw):
    """1 - reached k+1 / reached k"""
    r = conv(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(journey, start, end, gap=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * gap, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                         AND ({cond})""", tp))


def users_at(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(tp, col, start, end, gap=1.2, cond="1=1", agg="count(*)"):
    rows = q(f"""SELECT {col}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def share_events(tp, num_, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num_})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_share_events(tp, num_, col, start, end, gap=0.04, cond="1=1", lowest=False):
    rows = q(f"""SELECT {col}, avg(({num_})::int) v FROM events e JOIN customers c USING (customer_id)
                 WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=str(rows[0][0]))


def monthly_peak(sql_month_values, gap=1.1):
    rows = sorted(q(sql_month_values), key=lambda r: -r[1])
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return rows[0]


def per_customer(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.01)


def avg_event(col, tp, start, end, cond="1=1", agg="avg", rel=0.01):
    v = one(f"""SELECT {agg}({col}) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=0.5)


# ---------- durations ----------

def _milestone_durations(tp_a, tp_b, unit, cond="1=1"):
    div = 3600.0 if unit == "h" else 86400.0
    return f"""SELECT c.*, date_diff('second', a.ts, b.ts) / {div} AS d, a.ts AS start_ts
               FROM (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1) a
               JOIN (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                 USING (customer_id)
               JOIN customers c USING (customer_id) WHERE b.ts > a.ts AND ({cond})"""


def _pair_durations(tp_a, tp_b, key, unit, cond="1=1"):
    div = 3600.0 if unit == "h" else 86400.0
    return f"""SELECT c.*, a.market AS ev_market, a.ticket_category AS ev_category,
                      date_diff('second', a.ts, b.ts) / {div} AS d, a.ts AS start_ts
               FROM events a JOIN (SELECT {key}, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                 USING ({key})
               JOIN customers c ON c.customer_id = a.customer_id
               WHERE a.touchpoint_id = '{tp_a}' AND ({cond})"""


def duration(sub, start=None, end=None, agg="median", rel=0.03, floor=0.1):
    per = f"WHERE {_in('start_ts', start, end)}" if start else ""
    v = one(f"SELECT {agg}(d) FROM ({sub}) {per}")
    return num(v, rel=rel, floor=floor)


def top_duration(sub, group, agg="median", gap=1.3, lowest=False):
    tops = set()
    for a in (agg, "avg"):
        rows = q(f"SELECT {group}, {a}(d) v FROM ({sub}) GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
        hi, lo = (rows[0][1], rows[1][1]) if not lowest else (rows[1][1], rows[0][1])
        assert hi > lo * gap, rows[:3]
        tops.add(str(rows[0][0]))
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- customers ----------

def customers_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(col, cond, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=0.002, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="paid", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int)
                        FILTER (WHERE status IN ('paid', 'refunded'))
                 FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.003), 4))


def top_refund_rate(col, cond, gap=0.03):
    rows = q(f"""SELECT {col}, avg((status = 'refunded')::int) v FROM orders o WHERE ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def per_payer(start, end, cond):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.005)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_topic_count(marker, cond="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND ({cond})")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def fb_ratio(num_, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num_})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows
    else:
        assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-10-01", "2026-03-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = quarter(2026, 1)
NOV25 = month(2025, 11)
OCT25 = month(2025, 10)

# text markers (checked against the generator's topic truth with --truth)
KYC = ("((f.text LIKE '%开户%' AND (f.text LIKE '%失败%' OR f.text LIKE '%被拒%' OR f.text LIKE '%没通过%' "
       "OR f.text LIKE '%驳回%')) OR f.text LIKE '%KYC%' OR lower(f.text) LIKE '%verification%')")
FREEZE = ("(f.text LIKE '%卡死%' OR f.text LIKE '%卡顿%' OR f.text LIKE '%闪退%' OR f.text LIKE '%卡住%' "
          "OR lower(f.text) LIKE '%freez%' OR lower(f.text) LIKE '%frozen%' OR lower(f.text) LIKE '%lags%' "
          "OR lower(f.text) LIKE '%crash%')")
FEES = ("(f.text LIKE '%手续费%' OR f.text LIKE '%佣金%' OR f.text LIKE '%平台费%' "
        "OR regexp_matches(lower(f.text), '\\bfees?\\b') OR lower(f.text) LIKE '%commission%')")
WITHDRAW = ("(f.text LIKE '%出金%' OR f.text LIKE '%提现%' OR lower(f.text) LIKE '%withdraw%')")
CALLBACK = ("(f.text LIKE '%回电%' OR lower(f.text) LIKE '%call back%' OR lower(f.text) LIKE '%callback%')")
RESEARCH = ("(f.text LIKE '%研报%' OR lower(f.text) LIKE '%research%')")
MARKERS = {"kyc_rejected": KYC, "app_freeze": FREEZE, "fees_high": FEES, "slow_withdrawal": WITHDRAW,
           "callback_slow": CALLBACK, "research": RESEARCH}
BAD = "f.rating <= 2"

KYC_H = lambda cond="1=1": _milestone_durations("tp_kyc_submit", "tp_account_opened", "h", cond)  # noqa: E731
OPEN_DEP = lambda cond="1=1": _milestone_durations("tp_account_opened", "tp_first_deposit", "d", cond)  # noqa
DEP_TRADE = lambda cond="1=1": _milestone_durations("tp_first_deposit", "tp_first_trade", "d", cond)  # noqa
WD_H = lambda cond="1=1": _pair_durations("tp_withdraw_request", "tp_withdraw_done", "withdraw_id", "h", cond)  # noqa
CB_H = lambda cond="1=1": _pair_durations("tp_ticket", "tp_callback", "ticket_id", "h", cond)  # noqa
TRADE = "tp_trade"
OK = "e.action = 'success'"
OPEN_HOUR = "hour(e.ts) = 9 AND minute(e.ts) >= 30"


def gold() -> dict:
    fail = "e.action = 'fail'"
    research = "o.order_type = 'research_sub'"
    comm = "o.order_type = 'commission'"
    return {
        # ---- account opening funnel
        "bk01": lambda: conv("open_account", *ALL),
        "bk02": lambda: top_lost("open_account", *ALL),
        "bk03": lambda: dropoff("open_account", *ALL, 3),
        "bk04": lambda: conv("open_account", *ALL, a=3, b=4, cust="c.kyc_method = 'video'"),
        "bk05": lambda: conv("open_account", *ALL, a=3, b=4, cust="c.kyc_method = 'face'"),
        "bk06": lambda: top_conv("open_account", *ALL, "kyc_method", lowest=True, a=3, b=4, gap=0.2),
        "bk07": lambda: top_events("tp_kyc_submit", "e.fail_reason", *ALL, gap=1.5,
                                   cond=f"{fail} AND e.kyc_method = 'video'"),
        "bk08": lambda: events_at("tp_kyc_submit", *quarter(2025, 4), fail),
        "bk09": lambda: top_conv("open_account", *ALL, "acquisition_channel", lowest=True, gap=0.06),
        "bk10": lambda: conv("open_account", *ALL, cust="c.acquisition_channel = 'douyin_ads'"),
        "bk11": lambda: conv("open_account", *ALL, cust="c.acquisition_channel = 'referral'"),
        "bk12": lambda: conv("open_account", *Q1_26),
        # ---- first deposit & trade, recurring plan
        "bk14": lambda: conv("first_trade", *ALL, a=1, b=2),
        "bk15": lambda: top_conv("first_trade", *ALL, "acquisition_channel"),
        "bk18": lambda: conv("recurring", *ALL),
        "bk19": lambda: top_conv("recurring", *ALL, "risk_level", a=1, b=2),
        # ---- service
        "bk21": lambda: conv("service", *NOV25, a=1, b=3),
        "bk22": lambda: conv("service", *OCT25, a=1, b=3),
        "bk23": lambda: duration(CB_H(), *NOV25),
        "bk24": lambda: duration(CB_H(), *month(2025, 9)),
        "bk25": lambda: top_events("tp_ticket", "e.ticket_category", *NOV25, gap=1.5),
        "bk27": lambda: events_at("tp_ticket", *NOV25),
        # ---- durations
        "bk28": lambda: duration(KYC_H("c.kyc_method = 'face'")),
        "bk29": lambda: top_duration(KYC_H(), "kyc_method", gap=2),
        "bk30": lambda: duration(KYC_H("c.kyc_method = 'video'")),
        "bk31": lambda: duration(OPEN_DEP(), agg="avg"),
        "bk32": lambda: duration(DEP_TRADE()),
        "bk33": lambda: duration(WD_H("a.market = '美股'")),
        "bk34": lambda: duration(WD_H("a.market = '港股'")),
        "bk35": lambda: top_duration(WD_H(), "ev_market"),
        # ---- trading
        "bk36": lambda: events_at(TRADE, *Q1_26, OK),
        "bk37": lambda: per_customer(TRADE, *Q1_26, OK),
        "bk38": lambda: top_events(TRADE, "e.market", *Y25, cond=OK, gap=1.5),
        "bk39": lambda: share_events(TRADE, "e.market = '美股'", *ALL, f"{OK} AND c.age_band = '18-24'"),
        "bk40": lambda: share_events(TRADE, fail, *NOV25),
        "bk41": lambda: share_events(TRADE, fail, *OCT25),
        "bk42": lambda: share_events(TRADE, fail, *NOV25, OPEN_HOUR),
        "bk43": lambda: top_share_events(TRADE, fail, "c.device", *NOV25),
        "bk44": lambda: top_events(TRADE, "e.fail_reason", *NOV25, cond=fail, gap=2),
        # ---- money
        "bk46": lambda: orders(*Y25, cond=research),
        "bk47": lambda: orders(*Q1_26, cond=comm),
        "bk48": lambda: orders(*H2_25, cond=comm),
        "bk49": lambda: orders(*quarter(2025, 2), agg="avg(o.amount)", cond=f"{comm} AND o.market = '港股'"),
        "bk50": lambda: orders(*quarter(2025, 3), agg="avg(o.amount)", cond=f"{comm} AND o.market = '港股'"),
        "bk51": lambda: top_refund_rate("o.plan", research),
        "bk52": lambda: refund_rate(*ALL, f"{research} AND o.plan = 'annual'"),
        "bk53": lambda: per_payer(*ALL, research),
        "bk54": lambda: orders(*quarter(2025, 4), cond=research, status="refunded"),
        "bk55": lambda: avg_event("e.amount", "tp_first_deposit", *ALL, "c.acquisition_channel = 'bank_partner'"),
        "bk56": lambda: top_orders("o.plan", *ALL, cond=research),
        # ---- customers
        "bk57": lambda: top_customers("c.province", "c.signup_at IS NOT NULL", gap=1.5),
        "bk58": lambda: customers_count(_in("c.signup_at", "2025-11-10", "2025-11-16")),
        "bk60": lambda: events_at("tp_close", *H2_25),
        "bk61": lambda: events_at("tp_close", *H1_25),
        # ---- feedback
        "bk62": lambda: fb_avg("rating", f"f.channel = 'app_store' AND {_in('f.ts', *NOV25)}"),
        "bk63": lambda: fb_avg("rating", f"f.channel = 'app_store' AND {_in('f.ts', *OCT25)}"),
        "bk64": lambda: fb_topic_count(FREEZE),
        "bk65": lambda: fb_topic_count(FEES, "f.ts >= DATE '2025-07-01'"),
        "bk66": lambda: feedback_ids(KYC),
        "bk67": lambda: feedback_ids(WITHDRAW),
        "bk68": lambda: top_fb("f.channel", "1=1", agg="avg(f.rating)", lowest=True),
        "bk69": lambda: fb_ratio(BAD, f"f.rating IS NOT NULL AND {_in('f.ts', *Q1_26)}"),
        "bk70": lambda: fb_count("f.ts IS NULL"),
        "bk71": lambda: top_fb("f.touchpoint_id", BAD),
        "bk72": lambda: fb_avg("rating", FEES),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if "--truth" in sys.argv:   # generator-truth check of the text markers
        truth = Path(sys.argv[sys.argv.index("--truth") + 1])
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true)")
        for topic, marker in MARKERS.items():
            n = one(f"SELECT count(*) FROM feedback f WHERE {marker}")
            t = one(f"SELECT count(*) FROM truth WHERE topic = '{topic}'")
            both = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {marker} AND topic = '{topic}'")
            print(f"marker {topic}: {n} matched, {t} true, {both} both")
            assert abs(n - t) <= max(1, 0.05 * t) and both >= 0.95 * t, topic
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
