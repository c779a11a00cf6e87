"""Gold answers for the 汇通 PayBridge (cross-border remittance app) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (onboarding 30 d, first_transfer
  30 d, transfer 7 d); rates are per customer ("users" = customer_id); the tolerance covers both readings (later
  steps allowed after the period end, or not). "Where do we lose the most" = the step reached whose next step is not
  reached, largest count (the loss between step k and k+1 is attributed to step k). A step's drop-off rate = customers
  who reached step k but not k+1 / customers who reached step k. Funnels "for users from channel X" keep the events
  of the customers whose acquisition_channel is X;
- a transfer = one `session_id` (TR000123) = one `order_id`: its quote(s), payment, hold, release, delivery, failure,
  refund and support ticket events. Onboarding events (install .. KYC, first recipient) carry session ON<customer>.
  Per-transfer rates take the first event of the named step per session (optionally with a condition on it) with
  its ts in the period and look for the later step on the same session at any time ("quote -> paid" = sessions with
  a tp_quote whose first quote is in the period, share with a tp_pay). First-attempt KYC rejection = first
  `tp_kyc_submit` (attempt 1) in the period, share with a `tp_kyc_rejected` of kyc_attempt 1; device / app_version
  of the submit event;
- times between steps = per session, first B ts - first A ts over sessions that reached both, period on A's ts;
  "more than X" is strict; KYC decision = the first tp_kyc_approved or tp_kyc_rejected of the same attempt;
- money = orders with status `paid` (refunded transfers are not volume nor fee income) by order ts: transfer volume =
  sum(amount) (send amount, CNY), fee income = sum(fee); "number of transfers paid / made" counts every order (the
  customer paid, including ones later refunded; the tolerance covers the paid-only reading); refunds = orders with
  status `refunded` by `refunded_at`, principal = amount; compliance-hold rate = share of orders with
  compliance_hold = true (all statuses), by order ts; failure rate = share of orders with a tp_transfer_failed event;
  per sending customer = paid amount or paid orders / customers with a paid order in the period;
- customers: segment (student / worker / business), residence_en, acquisition_channel, kyc_status come from
  customers; "registered" = signup_at in the period; "installed" = installed_at;
- repeat rate = customers whose first order (any status) is in the period, share with another order within 60 days;
- zh top-entity golds use the Chinese twins (收款方式, corridor, 获客渠道, 客户类型), en ones the English twins
  (corridor_en) or raw ids (touchpoint_id, app_version, segment, acquisition_channel);
- feedback: "survey" = channel 'survey', "app store reviews" = channel 'app_review'; "feedback" = all rows of all
  channels; "all data" includes rows without a date; negative share = `sentiment_label = 'neg'` over rows dated in
  the period (all rows when no period); topic counts by text markers with a 5 % tolerance; rating by step =
  feedback.touchpoint_id;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _acq(ch):
    return f"customer_id IN (SELECT customer_id FROM customers WHERE acquisition_channel = '{ch}')"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, evcond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({evcond})"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(journey, start, end, fn, evcond="1=1"):
    return [fn(funnel(journey, start, end, bounded=b, evcond=evcond)) for b in (False, True)]


def _val(vals, tol=0.01):
    return dict(value=round(vals[0], 4), tolerance=round(max(tol, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, upto=None, evcond="1=1"):
    return _val(_both(journey, start, end, lambda c: (c[-1] if upto is None else c[upto - 1]) / c[0], evcond))


def dropoff(journey, start, end, k, evcond="1=1"):
    """drop-off rate at step k: reached k but not k+1 / reached k"""
    return _val(_both(journey, start, end, lambda c: (c[k - 1] - c[k]) / c[k - 1], evcond))


def conv_rank(journey, start, end, options: dict, lowest=False, margin=0.03):
    res = []
    for k, cond in options.items():
        v = _both(journey, start, end, lambda c: c[-1] / c[0], cond)
        res.append((min(v), max(v), k))
    if lowest:
        res.sort(key=lambda r: r[1])
        assert res[1][0] - res[0][1] > margin, res
    else:
        res.sort(key=lambda r: -r[0])
        assert res[0][0] - res[1][1] > margin, res
    return dict(top_entity=res[0][2])


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


# ---------- per-session rates and durations ----------

def _tps(tp):
    tps = tp if isinstance(tp, (list, tuple)) else [tp]
    return ", ".join(f"'{t}'" for t in tps)


def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id IN ({_tps(tp)}) AND ({cond})) WHERE rn = 1)"""


def rate_rows(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1", by=None, having="1=1"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id IN ({_tps(b_tp)})
                         AND ({b_cond})) b USING (session_id)
              LEFT JOIN customers c USING (customer_id)
              WHERE {_in('a.ts', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", tol=0.01, **kw):
    rows = rate_rows(a_tp, b_tp, start, end, cond, **kw)
    return dict(value=round(rows[0][0], 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", lowest=False, margin=1.3, **kw):
    rows = rate_rows(a_tp, b_tp, start, end, cond, by=by, **kw)
    if lowest:
        rows = rows[::-1]
        assert rows[0][1] * margin < rows[1][1], rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=str(rows[0][0]))


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", share_over=None, a_cond="1=1",
              b_cond="1=1"):
    x = f"epoch(b.ts - a.ts) / {DIV[unit]}"
    expr = f"avg(({x} > {share_over})::int)" if share_over is not None else f"{agg}({x})"
    v = one(f"""SELECT {expr} FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
                LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})""")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="hour", margin=1.5):
    rows = q(f"""SELECT {by}, median(epoch(b.ts - a.ts) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) WHERE b.ts > a.ts AND {_in('a.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def transfers_paid(start, end, cond="1=1"):
    a, b = q(f"SELECT count(*), count(*) FILTER (WHERE status = 'paid') FROM orders o WHERE {_in('o.ts', start, end)} "
             f"AND ({cond})")[0]
    return dict(value=a, tolerance=a - b + 0.5)


def transfers_change(a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM orders o WHERE {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM orders o WHERE {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


# ---------- orders / customers ----------

OC = "orders o LEFT JOIN customers c USING (customer_id)"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM {OC} WHERE {st} AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.003), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM {OC}
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def order_share(cond_share, start, end, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({cond_share})::int) FROM {OC} WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def both_share(cond_share, start, end, cond="1=1"):
    """share over all orders; tolerance covers the paid-only reading"""
    a = one(f"SELECT avg(({cond_share})::int) FROM {OC} WHERE {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg(({cond_share})::int) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15, having="1=1",
               lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM {OC} WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING {having} ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


FAILED = "o.order_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_transfer_failed')"


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def _repeat_rows(start, end, by="'all'", days=60):
    return q(f"""WITH f AS (SELECT customer_id, min(ts) t1 FROM orders GROUP BY 1)
                 SELECT {by} g, avg((EXISTS (SELECT 1 FROM orders o2 WHERE o2.customer_id = f.customer_id
                        AND o2.ts > f.t1 AND o2.ts <= f.t1 + INTERVAL {days} DAY))::int) r, count(*) n
                 FROM f JOIN customers c USING (customer_id) WHERE {_in('f.t1', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")


def repeat_rate(start, end, days=60):
    return dict(value=round(_repeat_rows(start, end, days=days)[0][1], 4), tolerance=0.01)


def repeat_top(start, end, by, days=60, margin=0.05):
    rows = _repeat_rows(start, end, by, days)
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.1):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-10-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BUG = ("2025-11-01", "2026-01-31")
NEG = "f.sentiment_label = 'neg'"
KYC_NOREASON = (_like("f.text", ["认证", "kyc", "verification", "id rejected", "identity"]) + " AND "
                + _like("f.text", ["原因", "reason", "why", "explanation"]))
RATE_TXT = _like("f.text", ["汇率", "exchange rate", "rate i got", "advertised rate", "real rate"])
HELD_TXT = _like("f.text", ["合规", "暂扣", "冻结", "卡住", "卡了", "held", "on hold", "compliance"])
FAST_TXT = _like("f.text", ["太快了", "秒到", "速度很快", "十分钟就到", "in minutes", "fast delivery", "super fast",
                            "very fast", "in 10 minutes"])
KYC_DEC = ["tp_kyc_approved", "tp_kyc_rejected"]
ONB_ACQ = {k: _acq(k) for k in ("app_store", "referral", "search_ad", "partner_bank")}


def gold():
    return {
        # ---- onboarding / first transfer funnels
        "rm01": lambda: conv("onboarding", *Y25),
        "rm02": lambda: conv("onboarding", *Y25, evcond=_acq("partner_bank")),
        "rm03": lambda: top_lost("onboarding", *quarter(2025, 3)),
        "rm04": lambda: conv_rank("onboarding", *Y25, ONB_ACQ, lowest=True),
        "rm05": lambda: dropoff("onboarding", *quarter(2025, 4), 3),
        "rm06": lambda: conv("first_transfer", *H2_25),
        "rm07": lambda: conv("transfer", *quarter(2026, 1)),
        # ---- quotes -> paid (Philippines rate hike)
        "rm08": lambda: rate("tp_quote", "tp_pay", *month(2026, 1), "a.corridor_en = 'Philippines'"),
        "rm09": lambda: rate("tp_quote", "tp_pay", *month(2025, 10), "a.corridor_en = 'Philippines'"),
        "rm10": lambda: rank_rate("tp_quote", "tp_pay", *H1_26, "a.corridor", lowest=True,
                                  having="count(*) >= 300", margin=1.2),
        # ---- KYC
        "rm11": lambda: rate("tp_kyc_submit", "tp_kyc_rejected", *BUG, "a.device = 'android'",
                             b_cond="kyc_attempt = 1"),
        "rm12": lambda: rate("tp_kyc_submit", "tp_kyc_rejected", *BUG, "a.device = 'ios'", b_cond="kyc_attempt = 1"),
        "rm13": lambda: rank_rate("tp_kyc_submit", "tp_kyc_rejected", *ALL, "a.app_version", b_cond="kyc_attempt = 1",
                                  having="count(*) >= 200", margin=1.5),
        "rm14": lambda: dict(value=round(one("SELECT avg((NOT reason_shown)::int) FROM events "
                                             "WHERE touchpoint_id = 'tp_kyc_rejected'"), 4), tolerance=0.01),
        "rm16": lambda: step_time("tp_kyc_rejected", "tp_kyc_resubmit", *ALL),
        "rm17": lambda: step_time("tp_kyc_submit", KYC_DEC, *Y25, unit="minute", b_cond="kyc_attempt = 1"),
        "rm18": lambda: step_time("tp_kyc_submit", KYC_DEC, *Y25, "c.segment = 'business'", unit="minute",
                                  b_cond="kyc_attempt = 1"),
        # ---- compliance holds
        "rm19": lambda: top_orders("o.corridor_en", *quarter(2026, 2), agg="avg(o.compliance_hold::int)", status=None,
                                   having="count(*) >= 200", margin=1.5),
        "rm20": lambda: both_share("o.compliance_hold", *quarter(2026, 2), "o.corridor_en = 'Vietnam'"),
        "rm21": lambda: both_share("o.compliance_hold", *quarter(2025, 2), "o.corridor_en = 'Vietnam'"),
        "rm22": lambda: step_time("tp_compliance_hold", "tp_hold_released", *ALL),
        "rm23": lambda: step_time("tp_compliance_hold", "tp_hold_released", *H1_26, share_over=5),
        # ---- delivery
        "rm25": lambda: step_time("tp_pay", "tp_delivered", *Y25, "a.payout_method = 'e_wallet'", unit="minute"),
        "rm26": lambda: step_time("tp_pay", "tp_delivered", *Y25, "a.payout_method = 'bank_account'", unit="hour",
                                  share_over=24),
        "rm27": lambda: rank_step_time("tp_pay", "tp_delivered", *ALL, "a.收款方式", 300),
        "rm28": lambda: step_time("tp_pay", "tp_delivered", *Y25,
                                  "a.payout_method = 'bank_account' AND dayofweek(a.ts) = 5", unit="hour"),
        "rm29": lambda: step_time("tp_pay", "tp_delivered", *Y25,
                                  "a.payout_method = 'bank_account' AND dayofweek(a.ts) BETWEEN 1 AND 4",
                                  unit="hour"),
        # ---- failures / refunds
        "rm31": lambda: orders(*H1_26, agg="count(*)", status="refunded", col="o.refunded_at"),
        "rm32": lambda: orders(*H1_26, status="refunded", col="o.refunded_at"),
        "rm33": lambda: top_orders("o.corridor", *ALL, agg=f"avg(({FAILED})::int)", status=None,
                                   having="count(*) >= 300", margin=1.4),
        # ---- money
        "rm35": lambda: orders(*Y25),
        "rm36": lambda: orders(*quarter(2026, 1), agg="sum(o.fee)"),
        "rm37": lambda: orders_change(month(2025, 3), month(2026, 3)),
        "rm38": lambda: orders(*month(2025, 9), agg="avg(o.amount)", cond="c.segment = 'student'"),
        "rm39": lambda: per_customer(*Y25),
        "rm40": lambda: per_customer(*Y25, agg="count(*)", cond="c.segment = 'worker'"),
        "rm41": lambda: per_customer(*Y25, agg="count(*)", cond="c.segment = 'student'"),
        "rm42": lambda: top_orders("c.segment", *Y25, margin=1.3),
        "rm43": lambda: top_orders("o.corridor", *month(2025, 12), agg="count(*)", status=None, margin=1.15),
        "rm57": lambda: top_orders("o.corridor_en", *Y25, margin=1.3),
        "rm44": lambda: order_share("o.payout_method = 'e_wallet'", *Y25),
        "rm45": lambda: order_share("o.pay_method = 'fps'", *Y25, "c.residence_en = 'Hong Kong'"),
        "rm46": lambda: both_share("dayofweek(o.ts) = 0", *Y25,
                                   "c.segment = 'worker' AND c.residence_en = 'Hong Kong'"),
        "rm47": lambda: orders(*month(2025, 12), cond="o.corridor_en = 'Philippines'"),
        "rm48": lambda: orders(*month(2025, 11), cond="o.corridor_en = 'Philippines'"),
        # ---- periods / volumes
        "rm49": lambda: transfers_paid("2025-03-03", "2025-03-09"),
        "rm50": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "rm51": lambda: customers_count(_in("c.signup_at", *month(2026, 4))),
        "rm53": lambda: transfers_change(quarter(2025, 4), quarter(2026, 1)),
        # ---- customers
        "rm55": lambda: customers_share("c.residence_en = 'Hong Kong'"),
        "rm56": lambda: customers_share("c.acquisition_channel = 'referral'", _in("c.installed_at", *Y25)),
        "rm58": lambda: repeat_rate(*H1_25),
        "rm59": lambda: repeat_top(*H1_25, "c.获客渠道"),
        # ---- feedback
        "rm61": lambda: fb_topic_count(KYC_NOREASON),
        "rm62": lambda: fb_topic_count(RATE_TXT),
        "rm63": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "rm64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20),
        "rm65": lambda: fb_avg("f.channel = 'survey' AND f.corridor_en = 'Philippines'"),
        "rm66": lambda: fb_avg("f.channel = 'survey' AND f.corridor_en = 'Vietnam'"),
        "rm67": lambda: feedback_ids(HELD_TXT),
        "rm68": lambda: feedback_ids(f"{RATE_TXT} AND {NEG}"),
        "rm69": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *H1_26)}"),
        "rm70": lambda: fb_topic_count(FAST_TXT),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
