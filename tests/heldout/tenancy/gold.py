"""Gold answers for the NestLease 蜗居公寓 (branded long-term rental apartments) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (leasing 30 d, repair 14 d,
  renewal 45 d, move_out 60 d). Each rate is computed with later steps allowed after the period end and with every
  step required inside the period; the tolerance covers both. Conversion from step a to step b = reached b / reached
  a; drop-off at a step = 1 - reached next / reached that step. A question that starts the count at a later step
  ("of the people who applied in H1 2026 ...") is also computed from that step's own first event in the period, and
  the tolerance covers that reading too. A funnel "for Android" / "for a building" uses only the events carrying that
  device / building (every prospect has one device, every tenant event carries the building);
- people / tenants = distinct customer_id; counts of appointments / applications / contracts / renewals / repairs
  / tickets / move-ins = event rows at the touchpoint (the 45 exact duplicate event rows are loaded once), dated by
  the event ts; "new leases / 新签合同" = tp_contract_sign (renewals are tp_renew_sign);
- credit-check fail rate = tp_credit_check events with action 'fail' / all tp_credit_check events (one per applicant);
  a referral source is the customer's `referral_source` (also carried on the application / credit-check events);
- renewal rate = renewal offers (tp_renewal_offer) sent in the period whose lease_id was renewed (a tp_renew_sign with
  that previous_lease_id, any time in the data) / offers sent in the period; the tolerance also covers the renewal
  journey read per person (45-day window);
- repair time = repair_days on tp_repair_done (days from the request to completion); dispatch time = hours from
  tp_repair_request to tp_tech_assigned of the same repair_id, for requests made in the period;
- money = orders: revenue = sum(amount) of status 'paid' by order ts; rent = order_type 'rent', service fee =
  'service_fee'; "deposits collected" = deposit orders with status paid or refunded (a refunded deposit was collected
  first, its status changes at move-out); rent payment failure rate = failed rent orders / all rent orders (every
  failed attempt is its own row, the retry a new paid row); amounts deducted from deposits = deduction_amount on
  tp_deposit_refund events dated in the period;
- current tenants = customers with segment 'tenant' (the state at the end of the data, 2026-08-31);
- feedback topic counts use text markers with a 5 % tolerance (each marker is checked here against the generator's
  truth topic in DATADIR/_truth, not a DATA.md table); "all feedback" includes rows without ts; 差评 / bad = rating
  1-2; move-out surveys = survey rows at tp_moveout_inspection or tp_deposit_refund;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31, the last day of
  the data); "last week" = the Monday-Sunday week before the as-of week; "this year" = 2026-01-01 .. as_of.
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
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    CON.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------------------------------------------------------------- funnels (DATA.md rule)

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False, first=1):
    """Counts of people reaching each step from step `first` (entry = first event at that step in the period)."""
    steps, window = _steps(journey)
    steps = steps[first - 1:]
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({cond})"
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


def _rates(journey, start, end, a, b, cond="1=1", also_from_a=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded)
        vals.append(c[b - 1] / c[a - 1])
        if also_from_a and a > 1:
            c = funnel(journey, start, end, cond, bounded, first=a)
            vals.append(c[b - a] / c[0])
    return vals


def conv(journey, start, end, a=1, b=None, cond="1=1", also_from_a=False, drop=False):
    b = b or len(_steps(journey)[0])
    vals = _rates(journey, start, end, a, b, cond, also_from_a)
    if drop:
        vals = [1 - v for v in vals]
    spread = max(vals) - min(vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def lowest_conv(journey, start, end, a, b, col, values):
    rates = {v: _rates(journey, start, end, a, b, f"e.{col} = '{v}'")[0] for v in values}
    order = sorted(rates, key=rates.get)
    assert rates[order[1]] - rates[order[0]] > 0.04, rates
    return dict(top_entity=order[0])


# ---------------------------------------------------------------- events

def events_at(tp, start, end, cond="1=1", tol=0.5):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=tol)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_group(tp, col, start, end, cond="1=1", agg="count(*)", lowest=False, ratio=1.1, join=""):
    rows = q(f"""SELECT {col}, {agg} n FROM events e {join} WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio) if lowest else (a > b * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", tol=0.1):
    v = one(f"""SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 3), tolerance=tol)


def sum_ev(col, tp, start, end, cond="1=1"):
    v = one(f"""SELECT sum(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=float(v), tolerance=round(max(0.5, float(v) * 0.001), 2))


def credit_fail(cond="1=1"):
    v = one(f"""SELECT avg((e.action = 'fail')::int) FROM events e WHERE e.touchpoint_id = 'tp_credit_check'
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


RENEWED = "(e.lease_id IN (SELECT previous_lease_id FROM events WHERE touchpoint_id = 'tp_renew_sign'))"


def renewal_rate(start, end, cond="1=1"):
    per_offer = one(f"""SELECT avg({RENEWED}::int) FROM events e WHERE e.touchpoint_id = 'tp_renewal_offer'
                        AND {_in('e.ts', start, end)} AND ({cond})""")
    vals = [per_offer] + _rates("renewal", start, end, 1, 2, cond)
    spread = max(vals) - min(vals)
    return dict(value=round(per_offer, 4), tolerance=round(max(0.01, spread + 0.005), 4))


def lowest_renewal(start, end, col, values):
    rates = {v: renewal_rate(start, end, f"e.{col} = '{v}'")["value"] for v in values}
    order = sorted(rates, key=rates.get)
    assert rates[order[1]] - rates[order[0]] > 0.08, rates
    return dict(top_entity=order[0])


def dispatch_hours(start, end):
    v = one(f"""SELECT avg(date_diff('second', r.ts, a.ts) / 3600.0) FROM events r JOIN events a
                ON a.repair_id = r.repair_id AND a.touchpoint_id = 'tp_tech_assigned'
                WHERE r.touchpoint_id = 'tp_repair_request' AND {_in('r.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.03, 2))


def top_repair_time():
    rows = q("""SELECT building, avg(repair_days) d FROM events WHERE touchpoint_id = 'tp_repair_done'
                GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > 2 * rows[1][1], rows[:3]
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders

def orders(start, end, cond, agg="sum", status="o.status = 'paid'"):
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.001), 2))


def top_orders(col, start, end, cond):
    rows = q(f"""SELECT {col}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


def fail_rate(cond="1=1"):
    v = one(f"SELECT avg((o.status = 'failed')::int) FROM orders o WHERE o.order_type = 'rent' AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fail_rate():
    rows = q("""SELECT payment_method, avg((status = 'failed')::int) r FROM orders WHERE order_type = 'rent'
                GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > 2 * rows[1][1], rows
    return dict(top_entity=rows[0][0])


def growth(cond, a, b):
    x = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})"))
    y = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})"))
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------------------------------------------------------------- feedback

DEPOSIT = ("((f.text LIKE '%押金%' AND f.text LIKE '%扣%') OR lower(f.text) LIKE '%deduct%' "
           "OR lower(f.text) LIKE '%of my deposit%')")
NOISE = ("(f.text LIKE '%噪音%' OR f.text LIKE '%隔音%' OR f.text LIKE '%吵%' OR lower(f.text) LIKE '%noise%')")
KEEPER = "(f.text LIKE '%管家%' OR lower(f.text) LIKE '%housekeeper%')"
SLOW = ("(f.channel = 'repair_review' AND (f.text LIKE '%太慢%' OR f.text LIKE '%拖%' OR f.text LIKE '%一个礼拜%' OR f.text LIKE '%快一周%' "
        "OR f.text LIKE '%催了%' OR lower(f.text) LIKE '%slow%' OR lower(f.text) LIKE '%over a week%' "
        "OR lower(f.text) LIKE '%waited%'))")
CREDIT = ("(f.text LIKE '%信用审核%' OR f.text LIKE '%征信%' OR lower(f.text) LIKE '%credit check%')")
MOVEOUT_TP = "f.touchpoint_id IN ('tp_moveout_inspection', 'tp_deposit_refund')"
MARKERS = {"deposit_deduction": DEPOSIT, "noise": NOISE, "housekeeper_praise": KEEPER, "repair_slow": SLOW,
           "credit_rejected": CREDIT}


def check_markers() -> None:
    for topic, cond in MARKERS.items():
        hit, true, both = q(f"""SELECT count(*) FILTER (WHERE {cond}), count(*) FILTER (WHERE t.topic = '{topic}'),
                                count(*) FILTER (WHERE {cond} AND t.topic = '{topic}')
                                FROM feedback f JOIN truth t USING (feedback_id)""")[0]
        assert both >= 0.97 * true and both >= 0.97 * hit, (topic, hit, true, both)


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


def fb_top(col, cond, ratio=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {cond} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


# ---------------------------------------------------------------- periods

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
HLG = "e.building = '回龙观公寓'"
RENT, FEE, DEP = "o.order_type = 'rent'", "o.order_type = 'service_fee'", "o.order_type = 'deposit'"
COLLECTED = "o.status IN ('paid', 'refunded')"


def gold() -> dict:
    return {
        # ---- leasing funnel and credit check
        "tn01": lambda: conv("leasing", *H2_25, 1, 7),
        "tn02": lambda: top_lost("leasing", *quarter(2026, 1)),
        "tn03": lambda: conv("leasing", *H1_26, 4, 5, drop=True),
        "tn04": lambda: top_group("tp_credit_check", "e.referral_source", *ALL, agg="avg((e.action = 'fail')::int)",
                                  ratio=2.0),
        "tn05": lambda: credit_fail("e.referral_source = '58tongcheng'"),
        "tn06": lambda: credit_fail("e.referral_source = 'xiaohongshu'"),
        "tn08": lambda: conv("leasing", *H1_26, 3, 5, also_from_a=True),
        "tn09": lambda: conv("leasing", *Y25, 2, 3, also_from_a=True),
        "tn10": lambda: conv("leasing", *Y25, 1, 2, cond="e.device = 'android'"),
        "tn11": lambda: conv("leasing", *Y25, 1, 2, cond="e.device = 'ios'"),
        "tn12": lambda: lowest_conv("leasing", *Y25, 1, 2, "device", ["ios", "android", "pc"]),
        # ---- repair, move-out and renewal journeys
        "tn13": lambda: conv("repair", *H1_26, 1, 4),
        "tn15": lambda: conv("move_out", *Y25, 1, 3),
        "tn16": lambda: renewal_rate(*Y25, "e.room_type = 'studio'"),
        "tn17": lambda: renewal_rate(*Y25, "e.room_type = '1BR'"),
        "tn18": lambda: lowest_renewal("2025-01-01", "2026-06-30", "room_type", ["studio", "1BR", "2BR"]),
        "tn19": lambda: renewal_rate(*H1_26),
        "tn20": lambda: events_at("tp_renew_sign", *quarter(2025, 4)),
        "tn21": lambda: top_group("tp_moveout_notice", "e.moveout_reason", *Y25, "e.room_type = 'studio'", ratio=1.4),
        "tn22": lambda: top_group("tp_moveout_notice", "e.moveout_reason", *Y26, ratio=1.2),
        # ---- repairs
        "tn23": top_repair_time,
        "tn24": lambda: avg_ev("repair_days", "tp_repair_done", *ALL, HLG),
        "tn25": lambda: avg_ev("repair_days", "tp_repair_done", *ALL, "e.building <> '回龙观公寓'", tol=0.05),
        "tn27": lambda: top_group("tp_repair_request", "e.repair_category", *Y26, ratio=1.2),
        "tn28": lambda: events_at("tp_repair_request", *H1_26, "e.repair_category = 'electric'"),
        "tn30": lambda: fb_avg("rating", "f.channel = 'repair_review' AND f.building = '回龙观公寓'"),
        "tn31": lambda: dispatch_hours(*Y26),
        # ---- money
        "tn32": lambda: orders(*quarter(2026, 2), RENT),
        "tn33": lambda: top_orders("o.city", *Y25, RENT),
        "tn34": lambda: orders(*Y25, f"{RENT} AND o.city = '深圳'"),
        "tn35": lambda: orders(*Y25, DEP, agg="avg", status=COLLECTED),
        "tn36": lambda: orders(*Y26, DEP, agg="avg", status=COLLECTED),
        "tn37": lambda: orders(*month(2026, 7), FEE),
        "tn38": lambda: orders(*month(2026, 7), RENT),
        "tn39": top_fail_rate,
        "tn40": lambda: fail_rate("o.payment_method = 'bank_card'"),
        "tn41": lambda: orders(*quarter(2026, 1), RENT, agg="count", status="o.status = 'failed'"),
        "tn42": lambda: sum_ev("deduction_amount", "tp_deposit_refund", *H1_26),
        "tn43": lambda: orders(*H1_26, f"{RENT} AND o.city = '上海' AND o.room_type = '2BR'", agg="avg"),
        "tn44": lambda: orders(*H1_26, "o.order_type IN ('rent', 'service_fee')"),
        "tn45": lambda: growth(RENT, month(2026, 6), month(2026, 7)),
        # ---- leases, people
        "tn47": lambda: users_at("tp_move_in", *month(2026, 3)),
        "tn48": lambda: events_at("tp_contract_sign", *quarter(2026, 2)),
        "tn49": lambda: events_at("tp_viewing_appt", "2026-08-10", "2026-08-16"),
        "tn50": lambda: ev_share("tp_contract_sign", "e.lease_term_months = 12", *Y25),
        "tn51": lambda: top_group("tp_application", "c.age_band", *ALL, ratio=1.2,
                                  join="JOIN customers c USING (customer_id)"),
        "tn52": lambda: top_group("tp_move_in", "c.referral_source", *Y25, ratio=1.1,
                                  join="JOIN customers c USING (customer_id)"),
        "tn53": lambda: customers_count("c.segment = 'tenant'"),
        "tn54": lambda: customers_count("c.segment = 'tenant' AND c.region = '北京'"),
        "tn55": lambda: events_at("tp_viewing_appt", *quarter(2025, 2)),
        "tn56": lambda: events_at("tp_viewing_appt", *quarter(2026, 2)),
        # ---- feedback
        "tn57": lambda: fb_topic_count(DEPOSIT),
        "tn58": lambda: fb_top("f.touchpoint_id", DEPOSIT),
        "tn59": lambda: feedback_ids(f"({DEPOSIT} OR ({MOVEOUT_TP} AND f.rating <= 2))"),
        "tn60": lambda: fb_top("f.building", NOISE, ratio=2.0),
        "tn61": lambda: fb_topic_count(f"{NOISE} AND f.building = '望京公寓'"),
        "tn62": lambda: fb_topic_count(KEEPER),
        "tn63": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'repair_review' AND {_in('f.ts', *H1_26)}"),
        "tn64": lambda: fb_avg("nps", f"f.channel = 'survey' AND {MOVEOUT_TP}", tol=0.05),
        "tn65": lambda: fb_count("f.ts IS NULL"),
        "tn66": lambda: feedback_ids(f"{SLOW} AND f.building = '回龙观公寓'"),
        "tn68": lambda: events_at("tp_complaint", *quarter(2026, 1), tol=2.5),
        "tn69": lambda: feedback_ids(CREDIT),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    check_markers()
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
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70].replace("\n", " "), shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
