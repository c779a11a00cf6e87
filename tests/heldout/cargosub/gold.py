"""Gold answers for the MuleMoto 驮骡 e-cargo-bike subscription held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k of a journey when they have an event at step k's touchpoint after
  reaching step k-1, within the journey's window from their first step-1 event in the period ("people who signed up
  in March" = customers whose first tp_signup event is in March). Rates are per customer. The tolerance covers both
  readings of later steps (allowed after the period end or cut at it); for whole-data periods they agree.
- "drop / lose the most at step X" = the step X that the most customers reach without reaching the next step
  (INTERFACE.md's drop-off definition); a step's pass rate = reached step k / reached step k-1.
- a customer filter (segment, acquisition channel, city = customers.region, Android = customers.signup_device, the
  device of every onboarding event) selects the customers whose step-1 events count.
- "customers / people / users who did X" = distinct customer_id with an event at X's touchpoint in the period;
  "how many swaps / failures / reports / handovers" = event rows. A handover is an event at tp_handover (replacement
  bikes after a theft are tp_replace_handover and are not counted).
- "no charged battery" failures = tp_swap_fail events with reason `no_charged_battery`; a reservation attempt =
  a tp_battery_reserve event or such a failure.
- waiting days = (later event ts - earlier event ts) in days, averaged over pairs: deposit -> handover per customer
  (by handover date); breakdown -> repair visit per ticket_id (by breakdown date).
- money = orders with status `paid`; amount is in the city's currency (EUR for Amsterdam / Berlin / Milan, CNY for
  Shanghai / Chengdu); `amount_eur` is the converted amount. Monthly-fee revenue = paid `monthly_fee` orders; a
  failed direct debit is an order with status `failed` (retried as a new order); a returned deposit is the deposit
  order with status `refunded`.
- retention experiment: a variant's save rate = share of its assigned customers with no tp_cancel_done event within
  30 days after assigned_at (the tolerance covers leaving out assignments with less than 30 days of data left).
- customer facts at the end of the data (status, tier = plan, business_type) come from customers.
- feedback: topics are counted by text markers (tolerance 5 %; checked against the generator's `_truth` file when it
  is there); "1-2 star" = rating <= 2; NPS = (share 9-10 - share 0-6) x 100 over survey rows with an nps value;
  shares of "dated feedback" use rows with a ts; "all / in total" includes rows without ts.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goldlib as g  # noqa: E402
from goldlib import ALL, between, month, one, q, quarter  # noqa: E402

H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")

TOPICS = {
    "swap_empty": ["满电电池", "没电池", "全是空的", "no charged batter", "was empty"],
    "id_check": ["人脸识别", "实名认证", "身份核验", "id verification", "identity check"],
    "theft": ["被偷", "stolen"],
    "cancel_hard": ["退订太麻烦", "找不到入口", "cancelling is a nightmare", "how to cancel"],
    "price": ["贵", "价格太高", "too expensive", "price is too high"],
}


def mk(topic: str) -> str:
    return g.markers(TOPICS[topic])


def check_topics() -> None:
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") == 0:
        return
    for t in TOPICS:
        a = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE truth.topic = '{t}'")
        b = one(f"SELECT count(*) FROM feedback f WHERE {mk(t)}")
        both = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE truth.topic = '{t}' AND {mk(t)}")
        assert a == b == both, (t, a, b, both)


# ---------------------------------------------------------------- generic helpers

def exact(v):
    return dict(value=v, tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(v, 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.001), 2))


def topic_count(v):
    return dict(value=v, tolerance=max(1.0, round(v * 0.05, 1)))


def top(rows, gap=1.1):
    """rows sorted best first as (entity, score); the first must beat the second clearly"""
    assert len(rows) >= 2 and rows[0][1] > rows[1][1] * gap if rows[1][1] > 0 else True, f"top not clear: {rows}"
    return dict(top_entity=rows[0][0])


def bottom(rows, gap=1.1):
    assert rows[1][1] > rows[0][1] * gap, f"bottom not clear: {rows}"
    return dict(top_entity=rows[0][0])


def n_events(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return one(f"SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {between('e.ts', start, end)} AND ({cond})")


def top_events(col, tp, start, end, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {between('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC""")
    return top(rows, gap)


def step_drop(journey, p_before, p_after):
    steps, _ = g.steps_of(journey)
    tops = set()
    for bounded in (False, True):
        a = g.funnel(journey, *p_before, bounded=bounded)
        b = g.funnel(journey, *p_after, bounded=bounded)
        drops = [(steps[k], a[k] / a[k - 1] - b[k] / b[k - 1]) for k in range(1, len(steps))]
        drops.sort(key=lambda r: -r[1])
        assert drops[0][1] > 2 * max(drops[1][1], 0.01), drops
        tops.add(drops[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def deposit_to_handover(start, end, cond="1=1"):
    return q(f"""SELECT avg(date_diff('second', d.ts, h.ts)) / 86400.0 FROM events h
                 JOIN events d ON d.customer_id = h.customer_id AND d.touchpoint_id = 'tp_deposit'
                 JOIN customers c ON c.customer_id = h.customer_id
                 WHERE h.touchpoint_id = 'tp_handover' AND {between('h.ts', start, end)} AND ({cond})""")[0][0]


def breakdown_to_visit(start, end, group=None, cond="1=1"):
    sel = f"{group}, " if group else ""
    sql = f"""SELECT {sel}avg(date_diff('second', b.ts, v.ts)) / 86400.0 AS d FROM events b
              JOIN events v ON v.ticket_id = b.ticket_id AND v.touchpoint_id = 'tp_repair_visit'
              JOIN customers c ON c.customer_id = b.customer_id
              WHERE b.touchpoint_id = 'tp_breakdown' AND {between('b.ts', start, end)} AND ({cond})"""
    if group:
        return q(sql + " GROUP BY 1 ORDER BY 2 DESC")
    return q(sql)[0][0]


def days(v, tol=0.15):
    return dict(value=round(v, 2), tolerance=tol)


def empty_rate(start, end):
    fails = n_events("tp_swap_fail", start, end, "e.reason = 'no_charged_battery'")
    ok = n_events("tp_battery_reserve", start, end)
    return rate(fails / (fails + ok))


def paid(agg, cond, start, end, status="paid"):
    return one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {between('o.ts', start, end)} AND ({cond})")


def save_rates():
    def rates(extra):
        return dict(q(f"""SELECT x.variant, 1 - avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                            AND e.touchpoint_id = 'tp_cancel_done' AND e.ts > x.assigned_at
                            AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int)
                          FROM experiments x WHERE {extra} GROUP BY 1"""))
    return rates("1=1"), rates("x.assigned_at < TIMESTAMP '2026-05-31'")


def top_save():
    a, b = save_rates()
    for r in (a, b):
        assert r["discount_30"] > r["free_pause"] + 0.08, r
    return dict(top_entity="discount_30")


def save_rate(variant):
    a, b = save_rates()
    return dict(value=round(a[variant], 4), tolerance=round(max(0.01, abs(a[variant] - b[variant]) + 0.005), 4))


def cancel_share_by_plan():
    rows = q("""SELECT c.tier, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                                  AND e.touchpoint_id = 'tp_cancel_done'))::int) r
                FROM customers c WHERE EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                                                AND e.touchpoint_id = 'tp_handover')
                GROUP BY 1 ORDER BY 2 DESC""")
    return top(rows, 1.15)


def fb_share(num, den, tol=0.01):
    return rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {den}"), tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND ({cond})""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def gold():
    mar26, feb26, may26, jun26 = month(2026, 3), month(2026, 2), month(2026, 5), month(2026, 6)
    q2_26, q1_26, q1_25, q4_25 = quarter(2026, 2), quarter(2026, 1), quarter(2025, 1), quarter(2025, 4)
    android = "c.signup_device = 'android'"
    eur = "o.currency = 'EUR'"
    return {
        # ---- onboarding funnel
        "cs01": lambda: g.conv("onboarding", *Y25),
        "cs02": lambda: g.top_lost("onboarding", *ALL),
        "cs03": lambda: g.conv("onboarding", *mar26, a=2, b=3),
        "cs04": lambda: g.conv("onboarding", *mar26, a=2, b=3, cond=android),
        "cs05": lambda: g.conv("onboarding", *feb26, a=2, b=3, cond=android),
        "cs06": lambda: step_drop("onboarding", feb26, mar26),
        "cs07": lambda: top_events("e.reason", "tp_id_reject", *mar26, "e.device = 'android'", gap=2),
        "cs08": lambda: g.top_conv("onboarding", *ALL, "c.segment", lowest=True, gap=0.1)[0],
        "cs09": lambda: g.conv("onboarding", *ALL, a=3, b=4, cond="c.segment = 'freelance_courier'"),
        "cs10": lambda: g.conv("onboarding", *ALL, a=3, b=4, cond="c.segment = 'small_shop'"),
        "cs11": lambda: g.top_conv("onboarding", *Y25, "c.acquisition_channel", lowest=True, gap=0.04)[0],
        "cs12": lambda: exact(n_events("tp_credit_decline", *q4_25, distinct=True)),
        "cs13": lambda: exact(n_events("tp_signup", *may26, distinct=True)),
        "cs14": lambda: exact(n_events("tp_handover", *q1_26)),
        "cs15": lambda: rate(n_events("tp_signup", *H1_26, distinct=True) / n_events("tp_signup", *H1_25, distinct=True) - 1),
        "cs16": lambda: days(deposit_to_handover(*Y25)),
        "cs17": lambda: days(deposit_to_handover(*Y25, "c.region = 'Chengdu'")),
        "cs18": lambda: top_events("e.hub", "tp_handover", *Y25),
        # ---- battery swaps
        "cs19": lambda: g.conv("battery_swap", *jun26),
        "cs20": lambda: g.top_lost("battery_swap", *q2_26),
        "cs21": lambda: exact(n_events("tp_swap_fail", *may26, "e.reason = 'no_charged_battery'")),
        "cs22": lambda: top_events("e.city", "tp_swap_fail", *H1_26, "e.reason = 'no_charged_battery'", gap=1.3),
        "cs23": lambda: empty_rate(*q2_26),
        "cs24": lambda: empty_rate(*q1_25),
        "cs25": lambda: exact(n_events("tp_swap", "2026-05-11", "2026-05-17")),
        "cs26": lambda: dict(value=round(one(f"""SELECT avg(battery_soc) FROM events e WHERE touchpoint_id = 'tp_swap'
                                                 AND {between('e.ts', *Y25)}"""), 2), tolerance=0.3),
        # ---- repairs and theft
        "cs27": lambda: top_events("e.issue_type", "tp_breakdown", *Y25, gap=1.2),
        "cs28": lambda: top(breakdown_to_visit(*Y25, group="c.region"), 1.5),
        "cs29": lambda: days(breakdown_to_visit(*H1_26, cond="c.region = 'Chengdu'"), 0.2),
        "cs30": lambda: g.conv("repair", *ALL),
        "cs31": lambda: g.conv("repair", *ALL, cond="c.region = 'Chengdu'"),
        "cs32": lambda: top_events("e.city", "tp_theft_report", *Y25, gap=1.3),
        "cs33": lambda: exact(n_events("tp_theft_report", *H2_25)),
        "cs34": lambda: g.conv("theft", *ALL),
        "cs79": lambda: exact(n_events("tp_theft_report", *H1_26)),
        # ---- cancellation, retention test, pauses
        "cs35": lambda: g.conv("cancellation", *q1_26, a=1, b=3),
        "cs36": top_save,
        "cs37": lambda: save_rate("free_pause"),
        "cs38": lambda: exact(one("SELECT count(DISTINCT customer_id) FROM experiments WHERE experiment_id = 'exp_retention_offer'")),
        "cs39": lambda: exact(n_events("tp_pause", *Y25, distinct=True)),
        "cs40": cancel_share_by_plan,
        # ---- money
        "cs41": lambda: money(paid("sum(amount)", "o.order_type = 'monthly_fee' AND o.currency = 'CNY'", *Y25)),
        "cs42": lambda: money(paid("sum(amount)", f"o.order_type = 'monthly_fee' AND {eur}", *q1_26)),
        "cs43": lambda: money(paid("sum(amount)", "o.order_type = 'monthly_fee' AND o.city = 'Berlin'", *q1_26)),
        "cs44": lambda: exact(paid("count(*)", "o.order_type = 'monthly_fee'", *may26, status="failed")),
        "cs45": lambda: dict(value=round(paid("avg(amount)", "o.order_type = 'monthly_fee' AND o.city = 'Berlin'", *Y25), 2),
                             tolerance=0.5),
        "cs46": lambda: exact(one("SELECT count(*) FROM orders WHERE order_type = 'deposit' AND status = 'refunded'")),
        "cs47": lambda: money(paid("sum(amount)", f"o.order_type = 'theft_excess' AND {eur}", *Y25)),
        "cs48": lambda: exact(paid("count(*)", "o.order_type = 'repair_charge'", *Y25)),
        "cs49": lambda: money(paid("sum(amount_eur)", "o.order_type = 'monthly_fee'", *jun26)),
        # ---- customers
        "cs50": lambda: exact(one("SELECT count(*) FROM customers WHERE status = 'active'")),
        "cs51": lambda: top(q("""SELECT business_type, count(*) FROM customers c WHERE segment = 'small_shop'
                                 AND EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                                             AND e.touchpoint_id = 'tp_handover') GROUP BY 1 ORDER BY 2 DESC""")),
        "cs52": lambda: rate(one("""SELECT avg((signup_channel = 'mini_program')::int) FROM customers
                                    WHERE region IN ('Shanghai', 'Chengdu')""")),
        "cs53": lambda: exact(n_events("tp_support_call", *month(2025, 12), distinct=True)),
        # ---- feedback
        "cs54": lambda: topic_count(g.fb_count(f"{mk('swap_empty')} AND {between('f.ts', *q2_26)}")),
        "cs55": lambda: fb_share(mk("swap_empty"), between("f.ts", *q2_26)),
        "cs56": lambda: fb_share(mk("swap_empty"), between("f.ts", *q1_25), tol=0.005),  # a small share: 0.01 would pass 0
        "cs57": lambda: top(q(f"""SELECT touchpoint_id, count(*) FROM feedback f WHERE rating <= 2
                                  AND touchpoint_id IS NOT NULL AND {between('f.ts', *q2_26)} GROUP BY 1 ORDER BY 2 DESC"""), 2),
        "cs58": lambda: fb_avg("rating", f"f.channel = 'app_review' AND {between('f.ts', *q1_26)}"),
        "cs59": lambda: nps(between("f.ts", *Y25)),
        "cs60": lambda: exact(g.fb_count("f.ts IS NULL")),
        "cs61": lambda: fb_share("f.rating <= 2", "f.rating IS NOT NULL AND f.language = 'zh'"),
        "cs62": lambda: topic_count(g.fb_count(f"{mk('id_check')} AND {between('f.ts', *mar26)}")),
        "cs63": lambda: bottom(q(f"""SELECT city, avg(rating) FROM feedback f WHERE channel = 'survey' AND rating IS NOT NULL
                                     AND {between('f.ts', *H1_26)} GROUP BY 1 ORDER BY 2"""), 1.1),
        "cs64": lambda: fb_avg("rating", "f.channel = 'survey' AND f.touchpoint_id = 'tp_repair_visit'"),
        "cs65": lambda: feedback_ids(mk("theft")),
        "cs66": lambda: feedback_ids(mk("cancel_hard")),
        "cs67": lambda: topic_count(g.fb_count(mk("price"))),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    g.load(data)
    check_topics()
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
        print(it["id"], it["question"][:60].replace("\n", " "), shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
