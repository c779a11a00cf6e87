"""Gold answers for the cinema-chain (StarReel Cinemas 星幕影城) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period;
  the tolerance covers both (`conv`). For journeys whose window obviously runs past the period (renewal 14 d,
  sign-up to first ticket 30 d, refund 3 d) the question says so and later steps may fall after the period
  (`conv_open`). Drop-off of a step = 1 - (reached next step / reached this step);
- a customer's device / platform is `customers.primary_device` (every app and mini-program event of a customer carries
  that device; box-office and gate events have no device); "app vs mini program" is the event channel, which is
  `customers.primary_channel` for every online event of a customer;
- "customers / people / users who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many orders / tickets / check-ins / failures" = rows (or the tickets column), never people;
- money = orders with status `paid`; amount = ticket_amount + snack_amount - discount (CNY); 票房 (box office) =
  ticket_amount of paid orders, 卖品 (concessions) = snack_amount of paid orders, revenue / 收入 / GMV = amount;
  average order value / 客单价 = average amount of paid orders; refunded and cancelled orders are not revenue;
- orders are dated by `ts` (purchase time), not by showtime;
- refund rate = refunded orders / all orders (the tolerance covers refunded / (paid + refunded));
  payment failure rate = orders cancelled with cancel_reason `payment_failed` / all online orders (each retry is an
  order row) of that device / version, by order date;
- snack attach rate = share of paid orders with snack_amount > 0;
- gate wait = `orders.gate_wait_minutes` (only orders that were scanned at the gate);
- customer-level facts (segment, tier, card_status) are the state at the end of the data (2026-08-31);
- feedback "negative" = `sentiment_label = neg` (generator truth; complaint topics); ratings are 1-5 stars;
  NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; topic counts use text markers with a 5 %
  tolerance (checked against the generator's `topic` column); "all data" includes the comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31).
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
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'ts': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'coupon_code': 'VARCHAR', 'device': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'renewal_fee': 'DOUBLE',
                            'device': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.channel IN ('app', 'mini_program') AND e.channel <> c.primary_channel""") == 0
    assert one("SELECT count(*) FROM orders WHERE amount <> ticket_amount + snack_amount - discount") == 0


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


def reached(journey, start, end, k, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=c[k - 1], tolerance=0.5)


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


def top_conv(journey, start, end, column, lowest=False, min_n=40, opened=True, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def paid_buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", alt_status=None):
    def val(stt):
        st = "1=1" if stt is None else f"o.status IN ({stt})"
        return one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    v = val(None if status is None else f"'{status}'")
    if agg.startswith("count") or agg.startswith("sum(o.tickets"):
        tol = 0.5 if alt_status is None else abs(v - val(alt_status)) + 0.5
        return dict(value=v, tolerance=tol)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


PF = "coalesce(o.cancel_reason, '') = 'payment_failed'"


def payfail_rate(start, end, cond):
    v = one(f"SELECT avg(({PF})::int) FROM orders o WHERE o.channel <> 'box_office' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def gate_avg(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg(gate_wait_minutes), avg(gate_wait_minutes) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE gate_wait_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def gate_share(start, end, limit, cond="1=1"):
    v = one(f"""SELECT avg((gate_wait_minutes > {limit})::int) FROM orders o
                WHERE gate_wait_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


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


def top_rating(col, cond="1=1", gap=0.15):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.04, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(col, cond):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-06-01", "2026-08-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
ANDROID = "c.primary_device = 'android'"
IOS = "c.primary_device = 'ios'"
QUEUE = "(f.text LIKE '%检票%' OR lower(f.text) LIKE '%check-in%')"
DIRTY = "(f.text LIKE '%脏%' OR lower(f.text) LIKE '%dirty%' OR lower(f.text) LIKE '%filthy%')"
SNACKP = "(f.text LIKE '%贵%' OR lower(f.text) LIKE '%price%')"
PAYFAIL = "(f.text LIKE '%支付失败%' OR lower(f.text) LIKE '%payment fail%')"
REFUND = "(f.text LIKE '%退款%' OR lower(f.text) LIKE '%refund%')"


IMAX_CANCEL = ("(f.text LIKE '%黑屏%' OR f.text LIKE '%取消%' OR lower(f.text) LIKE '%projector%' "
               "OR lower(f.text) LIKE '%cancelled%')")
SURVEY = "f.channel = 'post_movie_survey'"
GZ01 = "o.cinema_id = 'GZ01'"
WH01 = "o.cinema_id = 'WH01'"


def renewal_fees(start, end):
    v = one(f"""SELECT sum(renewal_fee) FROM events WHERE touchpoint_id = 'tp_renew_paid' AND {_in('ts', start, end)}""")
    return dict(value=float(v), tolerance=0.5)


def gold() -> dict:
    return {
        # ---- funnels
        "cn01": lambda: conv("ticket_purchase", *month(2026, 5), a=3, b=4, drop=True, cust=ANDROID),
        "cn02": lambda: conv("ticket_purchase", *month(2026, 5), a=3, b=4, drop=True, cust=IOS),
        "cn03": lambda: conv("ticket_purchase", *month(2026, 4), a=3, b=4, drop=True, cust=ANDROID),
        "cn04": lambda: top_lost("ticket_purchase", *ALL),
        "cn05": lambda: conv("ticket_purchase", *quarter(2025, 4)),
        "cn06": lambda: conv("ticket_purchase", *quarter(2026, 1), a=2, b=4),
        "cn07": lambda: top_conv("ticket_purchase", *H1_26, "primary_channel", lowest=True),
        "cn08": lambda: conv_open("membership_renewal", *H1_26),
        "cn09": lambda: top_conv("membership_renewal", *ALL, "tier", lowest=True),
        "cn10": lambda: conv_open("ticket_refund", *month(2025, 11)),
        "cn11": lambda: conv_open("ticket_refund", *month(2025, 10)),
        "cn12": lambda: conv_open("signup_first_ticket", *H2_25),
        "cn13": lambda: top_conv("signup_first_ticket", *ALL, "acquisition_channel", lowest=True),
        "cn14": lambda: conv("checkin_to_rating", *quarter(2026, 2)),
        # ---- orders and money
        "cn16": lambda: orders(*month(2026, 2)),
        "cn17": lambda: orders(*quarter(2025, 3), agg="sum(o.tickets)"),
        "cn18": lambda: top_orders("o.film_genre", "2025-07-01", "2025-08-31", agg="sum(o.amount)", gap=1.3),
        "cn19": lambda: top_orders("o.screen_type", *ALL, agg="avg(o.amount)"),
        "cn20": lambda: orders(*quarter(2026, 1), agg="avg(o.amount)", cond="o.screen_type = 'IMAX'"),
        "cn21": lambda: refund_rate(*month(2025, 11), GZ01),
        "cn22": lambda: orders(*ALL, agg="count(*)", status="refunded", cond="o.refund_reason = 'screening_cancelled'"),
        "cn23": lambda: payfail_rate(*month(2026, 5), "o.device = 'android' AND o.app_version = '6.4.0'"),
        "cn24": lambda: orders(*month(2026, 5), agg="count(*)", status="cancelled", cond=PF),
        "cn25": lambda: share_orders("2026-01-01", "2026-02-28", "o.snack_amount > 0"),
        "cn26": lambda: share_orders("2026-04-01", "2026-05-31", "o.snack_amount > 0"),
        "cn27": lambda: orders(*quarter(2025, 4), agg="sum(o.snack_amount)"),
        "cn28": lambda: orders(*H1_26, agg="count(*)", cond="o.coupon_code = 'TUE50'"),
        "cn29": lambda: share_orders(*quarter(2026, 1), "o.coupon_code IS NOT NULL"),
        "cn30": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.member_tier = 'black_diamond'"),
        "cn31": lambda: top_orders("o.payment_method", *ALL, gap=1.5),
        "cn32": lambda: paid_buyers(*month(2026, 7)),
        "cn33": lambda: top_orders("o.cinema_id", *H2_25, agg="sum(o.amount)", gap=1.1),
        "cn34": lambda: top_orders("o.cinema_id", *H2_25, agg="sum(o.tickets)", gap=1.05),
        "cn35": lambda: share_orders(*H1_26, "o.channel = 'box_office'"),
        # ---- customers and membership
        "cn37": lambda: customers_count("c.segment = 'churned'"),
        "cn38": lambda: customers_count("c.tier = 'silver' AND c.card_status = 'expired'"),
        "cn39": lambda: users_at("tp_renew_paid", *quarter(2026, 1)),
        "cn40": lambda: renewal_fees(*H1_26),
        # ---- gate check-in
        "cn41": lambda: top_orders("o.cinema_id", *H1_26, agg="avg(o.gate_wait_minutes)", status=None,
                                   cond="o.gate_wait_minutes IS NOT NULL", gap=1.5),
        "cn42": lambda: gate_avg(*month(2025, 11), WH01),
        "cn43": lambda: gate_avg(*month(2026, 3), WH01),
        "cn44": lambda: gate_share(*quarter(2026, 2), 10, WH01),
        "cn45": lambda: users_at("tp_checkin", *month(2025, 12), "e.cinema_id = 'BJ01'"),
        # ---- feedback
        "cn46": lambda: topic_count(QUEUE, ["checkin_queue"]),
        "cn47": lambda: topic_count(DIRTY, ["dirty_seat"]),
        "cn48": lambda: feedback_ids(f"{PAYFAIL} AND {NEG}"),
        "cn49": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "cn50": lambda: top_neg_share("f.city", _in("f.ts", *quarter(2026, 2))),
        "cn51": lambda: fb_avg("rating", "f.channel = 'app_review' AND f.device = 'android' AND f.app_version = '6.4.0'"),
        "cn52": lambda: topic_count(SNACKP, ["snack_price"], _in("f.ts", "2026-03-01", "2026-08-31")),
        "cn53": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "cn54": lambda: fb_count("f.ts IS NULL"),
        "cn55": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "cn56": lambda: fb_avg("rating", "f.channel = 'cs_ticket'"),
        "cn57": lambda: topic_count(REFUND, ["refund_slow", "refund_rejected"], _in("f.ts", *month(2025, 11))),
        "cn58": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "cn59": lambda: top_rating("f.city", f"{SURVEY} AND {_in('f.ts', *H1_26)}", gap=0.3),
        "cn60": lambda: feedback_ids(f"{IMAX_CANCEL} OR (f.cinema_id = 'GZ01' AND {REFUND} AND {_in('f.ts', *month(2025, 11))})"),
        # ---- relative periods
        "cn68": lambda: orders(*month(2026, 5)),
        "cn69": lambda: fb_avg("rating", f"{SURVEY} AND {_in('f.ts', *quarter(2026, 2))}"),
        "cn70": lambda: orders(*H2_25, agg="sum(o.tickets)"),
        "cn71": lambda: orders("2026-02-16", "2026-02-22", agg="sum(o.tickets)"),
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
