"""Gold answers for the 澜星银行 Lanstar Bank held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (onboarding 14 d, card 30 d,
  transfer 1 d, wealth 14 d). Rates are per person ("users" = distinct customer_id). The tolerance covers both
  readings of a period's end (later steps allowed after the period end, or cut at it). A failed attempt (ID upload,
  liveness, card activation, OTP) and a KYC decision of any kind are still events at that step's touchpoint: the
  person reached the step; passing shows as reaching the next one. "Where do we lose the most" = the step whose next
  step is not reached by the most people (the loss between step k and k+1 is attributed to step k). "Step
  conversion from A to B" = people reaching B / people reaching A in that funnel. A funnel split by a customer
  attribute filters the step-1 people by that attribute (customers table, as stored at the end of the data);
- per-attempt rates count events: liveness / ID upload / card activation / OTP failure rate = events of that
  touchpoint with action `fail` / all its events; device and app_version from the event;
- KYC decisions: every tp_kyc_review event is one decision (approved / pending_docs / rejected); a KYC pass rate is
  approved / all decisions in the period;
- transfers: one transfer = one session T… ; a transfer is "held" when its tp_transfer_submit event has action
  `held` (the anti-scam review), the held rate = held / all tp_transfer_submit events (by the submit ts); completed
  transfers = tp_transfer_success events (action success or released) by their ts; transfer amounts = `amount` of
  those events, in the market's currency (HKD Hong Kong, CNY Shenzhen, SGD Singapore);
- times between steps are per session (first A event -> first B event of the same session_id: onboarding O…, card
  C…, freeze F…), the period by the A event; medians;
- money = orders with status `paid` by order ts (time deposits placed, fund subscriptions), in the currency of the
  market unless the question says otherwise; "折合港币 / in HKD across markets" = `amount_hkd`; per paying customer
  = paid amount / customers with >= 1 such paid order in the period;
- A/B test virtual_card_first_2025: spend rate = assigned customers with a tp_card_spend event within 14 days after
  `assigned_at` / assigned customers of the arm;
- customer attributes as stored; new accounts = tp_account_open events; sign-ups = tp_signup events (one per
  customer, = customers.signup_at); closures = tp_account_close events; zh top entities are the Chinese twins
  (客群, 地区, 获客渠道, 失败原因, 转账类型, 产品类型, 销户原因) and en ones the stored English values (segment,
  region, acquisition_channel, fail_reason, transfer_type, order_type, close_reason, courier); touchpoints are
  touchpoint_id in both languages;
- feedback: "all data" includes undated rows; a dated period only dated rows. Topic counts use the text markers below
  with a 5 % tolerance (checked against _truth/feedback_truth.csv); app-store reviews = channel `app_review`,
  in-app CSAT = `in_app_survey`, NPS = `nps_survey`; negative = rating 1-2; NPS score = share 9-10 minus share 0-6
  (a fraction);
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events"
    if bounded:
        ev += f" WHERE ts < DATE '{end}' + INTERVAL 1 DAY"
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


def _both(fn):
    a, b = fn(False), fn(True)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def conv(journey, start, end, cond="1=1"):
    return _both(lambda bd: (lambda c: c[-1] / c[0])(funnel(journey, start, end, bounded=bd, cond=cond)))


def step_conv(journey, start, end, a, b, cond="1=1"):
    steps, _ = _steps(journey)
    i, j = steps.index(a), steps.index(b)
    return _both(lambda bd: (lambda c: c[j] / c[i])(funnel(journey, start, end, bounded=bd, cond=cond)))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        a, b = rows[0][1], rows[1][1]
        assert (b > a * margin) if lowest else (a > b * margin), rows
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, cond="1=1", margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def _ev(start, end, tp, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(start, end, tp, cond)}"), tolerance=0.5)


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(start, end, tp, cond)}"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(*a, tp, cond)}")
    y = one(f"SELECT count(*) {_ev(*b, tp, cond)}")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(start, end, tp, cond)}"))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(start, end, tp, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.3, min_n=20):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(start, end, tp, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(start, end, tp, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- per session ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND session_id IS NOT NULL)
               WHERE rn = 1)"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", unit="days"):
    v = one(f"SELECT median(epoch(b.ts - a.ts) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    tol = max(0.05, v * 0.03)
    if unit == "days":  # a reader who counts calendar days
        w = one(f"SELECT median(date_diff('day', a.ts::DATE, b.ts::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
        tol = max(tol, abs(v - w) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def top_step_time(a_tp, b_tp, start, end, by, margin=1.3, min_n=10):
    rows = q(f"SELECT {by}, median(epoch(b.ts - a.ts) / 86400.0) v, count(*) {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _ord(start, end, cond, status="paid"):
    return f"FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})"


def orders_sum(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) {_ord(start, end, cond, status)}"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(amount) {_ord(*b, cond)}")
    return _rate((y - x) / x)


def orders_share(num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def per_customer(start, end, cond="1=1"):
    v = float(one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) {_ord(start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def ab_spend(variant, days=14):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                    AND e.touchpoint_id = 'tp_card_spend' AND e.ts >= x.assigned_at
                    AND e.ts <= x.assigned_at + INTERVAL {days} DAY))::int)
                FROM experiments x WHERE experiment_id = 'virtual_card_first_2025' AND variant = '{variant}'""")
    return _rate(v)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE coalesce(truth.topics, '') = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_exact(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


MARKERS = {  # the same words as generate.py's MARKERS (checked against the truth file)
    "liveness": ["人脸", "人臉", "活体", "活體", "face scan", "liveness", "selfie"],
    "kyc_docs": ["地址证明", "住址證明", "开户审核", "開戶審批", "proof of address", "address proof", "kyc"],
    "frozen": ["冻结", "凍結", "拦截", "攔截", "frozen", "on hold", "held for review"],
    "otp": ["验证码", "驗證碼", "otp", "sms code"],
    "card_delivery": ["还没收到卡", "未收到張卡", "寄卡", "card hasn't arrived", "card still hasn't", "card delivery"],
    "card_activation": ["激活", "啟動", "activat"],
    "fx_spread": ["汇率", "匯率", "exchange rate", "spread"],
    "rpq": ["风险测评", "風險評估", "risk questionnaire", "rpq"],
    "app_crash": ["闪退", "閃退", "crash"],
    "praise_fast": ["开户很快", "開戶好快", "几分钟就开好", "account opening was quick", "opened my account in"],
    "praise_transfer": ["秒到", "轉數快好方便", "instant transfer", "transfers are instant"],
    "praise_rate": ["利率", "利息", "interest"],
    "praise_service": ["耐心", "耐性", "patient", "helpful"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_26 = quarter(2026, 1)
ALL = ("2025-01-01", "2026-05-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
FAIL = "e.action = 'fail'"


def gold():
    held = "e.action = 'held'"
    fund = "o.order_type <> 'time_deposit'"
    td = "o.order_type = 'time_deposit'"
    hk, sg = "o.region = 'Hong Kong'", "o.region = 'Singapore'"
    JUL25, JUN25 = month(2025, 7), month(2025, 6)
    MAY26, MAY25, MAR26, FEB26, JAN26 = month(2026, 5), month(2025, 5), month(2026, 3), month(2026, 2), month(2026, 1)
    return {
        # ---- account opening (onboarding)
        "nb01": lambda: conv("onboarding", *Y25),
        "nb02": lambda: top_lost("onboarding", *JUL25),
        "nb03": lambda: step_conv("onboarding", *JUL25, "tp_liveness", "tp_kyc_review"),
        "nb04": lambda: step_conv("onboarding", *JUN25, "tp_liveness", "tp_kyc_review"),
        "nb05": lambda: events_share("tp_liveness", FAIL, *JUL25, cond="e.device = 'ios'"),
        "nb06": lambda: events_share("tp_liveness", FAIL, *JUL25, cond="e.device = 'android'"),
        "nb07": lambda: top_events_count("tp_liveness", "e.失败原因", *JUL25, cond=FAIL, margin=2.0),
        "nb08": lambda: rank_conv("onboarding", *Y25, by="c.segment", lowest=True),
        "nb09": lambda: top_lost("onboarding", *Y25, cond="c.客群 = '外籍人士'"),
        "nb10": lambda: conv("onboarding", *Y25, cond="c.客群 = '外籍人士'"),
        "nb11": lambda: conv("onboarding", *Y25, cond="c.客群 = '富裕客户'"),
        "nb12": lambda: events_share("tp_kyc_review", "e.action = 'approved'", *Q1_26),
        "nb13": lambda: top_events_count("tp_kyc_review", "e.fail_reason", *ALL,
                                         cond="c.segment = 'expat' AND e.action <> 'approved'", margin=1.5),
        "nb14": lambda: step_conv("onboarding", *Q1_26, "tp_account_open", "tp_first_deposit"),
        "nb15": lambda: step_time("tp_signup", "tp_account_open", *Y25, cond="c.segment = 'expat'"),
        # ---- debit card
        "nb16": lambda: conv("card", *H2_25),
        "nb17": lambda: top_step_time("tp_card_ship", "tp_card_delivered", *ALL, by="a.courier", margin=1.5),
        "nb18": lambda: step_time("tp_card_ship", "tp_card_delivered", *JAN_MAY_26, cond="c.region = 'Singapore'"),
        "nb19": lambda: step_time("tp_card_ship", "tp_card_delivered", *JAN_MAY_26, cond="c.region = 'Hong Kong'"),
        "nb20": lambda: ab_spend("instant_virtual"),
        "nb21": lambda: ab_spend("control"),
        "nb22": lambda: top_lost("card", *ALL),
        # ---- transfers, holds and freezes
        "nb23": lambda: events_count("tp_transfer_submit", *MAY26, cond=held),
        "nb24": lambda: events_share("tp_transfer_submit", held, *MAY26),
        "nb25": lambda: events_share("tp_transfer_submit", held, *MAY25),
        "nb26": lambda: top_events_share("tp_transfer_submit", held, "e.transfer_type", *JAN_MAY_26, margin=1.5),
        "nb27": lambda: conv("transfer", *Q1_26),
        "nb28": lambda: events_count("tp_transfer_success", "2026-02-16", "2026-02-22"),
        "nb29": lambda: events_change("tp_transfer_success", JAN26, FEB26),
        "nb30": lambda: events_count("tp_account_freeze", "2026-04-01", "2026-05-31"),
        "nb31": lambda: step_time("tp_account_freeze", "tp_unfreeze", *JAN_MAY_26),
        "nb32": lambda: events_sum("tp_transfer_success", "e.amount", *MAR26, cond="e.transfer_type = 'fps'"),
        # ---- wealth and deposits (money = paid orders)
        "nb34": lambda: conv("wealth", *Y25),
        "nb35": lambda: rank_conv("wealth", *ALL, by="c.客群"),
        "nb36": lambda: top_lost("wealth", *ALL),
        "nb37": lambda: orders_sum(*MAR26, cond=f"{hk} AND {td}"),
        "nb38": lambda: orders_sum(*MAR26, cond=f"{sg} AND {td}"),
        "nb39": lambda: orders_change(FEB26, MAR26, cond=f"{hk} AND {td}"),
        "nb40": lambda: orders_sum(*Y25, cond=f"{sg} AND {fund}"),
        "nb41": lambda: orders_share("o.status <> 'paid'", *Y25, cond=fund),
        "nb42": lambda: per_customer(*Q1_26, cond=f"{sg} AND {td}"),
        "nb43": lambda: orders_sum(*Q1_26, col="o.amount_hkd"),
        # ---- volumes and customers
        "nb44": lambda: events_count("tp_signup", *month(2025, 9)),
        "nb45": lambda: events_count("tp_account_open", *month(2026, 4)),
        "nb46": lambda: top_events_count("tp_account_open", "e.region", *Q1_26, margin=1.5),
        "nb47": lambda: events_change("tp_account_open", quarter(2025, 3), Q1_26, cond="e.region = 'Singapore'"),
        "nb48": lambda: customers_share("c.tier = 'premier'", "c.account_opened_at IS NOT NULL"),
        "nb49": lambda: top_customers("c.获客渠道"),
        "nb50": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'referral'"),
        "nb51": frozen_accounts,
        "nb52": lambda: events_count("tp_account_close", *JAN_MAY_26),
        "nb53": lambda: top_events_count("tp_account_close", "e.销户原因", *ALL, margin=1.4),
        # ---- feedback
        "nb54": lambda: fb_count(T["frozen"]),
        "nb55": lambda: fb_count(T["frozen"], _in("f.ts", *MAY26)),
        "nb56": lambda: fb_count(T["liveness"], _in("f.ts", *JUL25)),
        "nb57": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "nb58": lambda: top_fb_count("f.touchpoint_id", "f.rating <= 2"),
        "nb59": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *JAN_MAY_26)}", margin=1.2),
        "nb60": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *Q1_26)}"),
        "nb61": lambda: fb_avg("f.channel = 'app_review'"),
        "nb62": lambda: fb_avg(f"f.channel = 'in_app_survey' AND f.touchpoint_id = 'tp_support_chat' "
                               f"AND {_in('f.ts', *Y25)}", tol=0.05),
        "nb63": lambda: feedback_ids(f"{T['card_delivery']} AND f.region = 'Singapore'"),
        "nb64": lambda: fb_count(T["fx_spread"]),
        # ---- relative periods (as_of 2026-06-03)
        "nb72": lambda: events_count("tp_account_open", *MAY26),
        "nb73": lambda: events_count("tp_transfer_success", *MAY26),
        "nb74": lambda: fb_count(T["frozen"], _in("f.ts", "2026-01-01", "2026-06-03")),
        "nb75": lambda: orders_sum("2026-04-01", "2026-06-03", cond=f"{hk} AND {fund}"),
    }


def frozen_accounts():
    """accounts whose status is frozen at the end; the tolerance also covers counting customers with a freeze that has
    no unfreeze and no closure."""
    n = one("SELECT count(*) FROM customers WHERE account_status = 'frozen'")
    m = one("""SELECT count(DISTINCT f.customer_id) FROM events f WHERE f.touchpoint_id = 'tp_account_freeze'
               AND NOT EXISTS (SELECT 1 FROM events u WHERE u.session_id = f.session_id AND u.touchpoint_id = 'tp_unfreeze')
               AND f.customer_id NOT IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_account_close')""")
    return dict(value=n, tolerance=abs(n - m) + 0.5)


def checks():
    for topic in MARKERS:
        _check_topic(T[topic], topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
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
