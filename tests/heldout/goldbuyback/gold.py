"""Gold answers for the 金匠 GoldSmith held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquisition 30 d, walk_in 3 d, mail_in
  30 d, repair 45 d, dispute 14 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the
  most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute
  filters the step-1 people by that attribute;
- a case = one `session_id`: buy-back BB000123 (tp_store_visit or tp_kit_request, tp_ship_in, tp_received, tp_assay,
  tp_dispute, tp_reassay, tp_quote (a second one after a re-assay), tp_accept or tp_reject, tp_payout,
  tp_return_ship, tp_review), repair job RJ00012 (tp_repair_intake, tp_repair_quote, tp_repair_confirm,
  tp_repair_done, tp_pickup, tp_rework, a second tp_repair_done / tp_pickup after rework, tp_review). tp_discover and
  tp_price_check have no session. Per-case rates count cases whose first event at the named step A falls in the
  period (by its date) and look for step B in the same case at any time; case attributes (store / store_en,
  门店城市 / store_city, intake, metal / 材质, repair_type / 维修类型) are read from the step-A event;
- quote acceptance rate = quoted cases (first tp_quote in the period) with a tp_accept / quoted cases; assay dispute
  rate = quoted cases with a tp_dispute / quoted cases; rework rate = confirmed repair jobs (tp_repair_confirm) with
  a tp_rework / confirmed jobs; "adjusted" share = disputes with a tp_reassay whose action is `adjusted`;
- times between steps = per case, first B ts - first A ts (B after A), period by the date of A; hours / days as
  asked; payout time = tp_accept -> tp_payout, the payout method read from the tp_payout event;
- money = orders with status `paid`, by order ts (a buy-back order's ts is the moment the quote was accepted;
  cancelled buy-back orders are declined quotes, cancelled repair orders declined repair quotes). The buy-back amount
  is money paid OUT to customers (order_type buyback, direction outflow); the company's income is repair fees
  (order_type repair) and new jewellery (new_jewellery, bought with trade-in credit). Grams = weight_g of paid
  buy-back orders. Counts of deals = paid buy-back orders;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (store, 门店城市, 城市, 材质, 维修类型, 打款方式, 会员等级), en ones against store_en / store_city / region / metal /
  repair_type / payout_method / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` 0-10, NPS score =
  share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


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


def conv(journey, start, end, cond="1=1", to_step=None, from_step=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = (to_step or len(c)) - 1
        vals.append(c[k] / c[from_step - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
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


# ---------- per case (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of cases with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond}) AND ({b_cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", agg="median", margin=1.25):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) v {_gap(a_tp, b_tp, start, end, cond, b_cond)} "
             f"GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def gap_share(a_tp, b_tp, start, end, hours, cond="1=1", b_cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 3600 > {hours})::int) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.01), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.15, lowest=False):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", expr="o.amount"):
    return _money(one(f"SELECT sum({expr}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1", expr="o.amount"):
    return _money(one(f"SELECT avg({expr}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
LAB_BAD = ("2025-11-10", "2025-12-20")
SINCE_JUN25 = ("2025-06-01", "2026-07-31")
SINCE_SEP25 = ("2025-09-01", "2026-07-31")
(DISCOVER, PRICE, VISIT, KIT, SHIP, RECEIVED, ASSAY, DISPUTE, REASSAY, QUOTE, ACCEPT, REJECT, PAYOUT, RETURN,
 R_INTAKE, R_QUOTE, R_CONFIRM, R_DONE, PICKUP, REWORK, REVIEW) = (
    "tp_discover", "tp_price_check", "tp_store_visit", "tp_kit_request", "tp_ship_in", "tp_received", "tp_assay",
    "tp_dispute", "tp_reassay", "tp_quote", "tp_accept", "tp_reject", "tp_payout", "tp_return_ship",
    "tp_repair_intake", "tp_repair_quote", "tp_repair_confirm", "tp_repair_done", "tp_pickup", "tp_rework",
    "tp_review")
APP = "f.channel = 'mini_program_review'"
BUY = "o.order_type = 'buyback'"
MAIL = "a.intake = 'mail_in'"
WALK = "a.intake = 'walk_in'"
LOWBALL_T = _like("f.text", ["报价太低", "压价", "比别家低", "too low", "lowballed", "lower than other shops"])
ASSAY_T = _like("f.text", ["成色测低", "检测却说不到", "检测结果不对", "purity test came back lower",
                           "tested as lower purity", "assay result was wrong"])
SLOWPAY_T = _like("f.text", ["打款太慢", "迟迟没到账", "说好当天到账", "payout took days", "waiting for my money",
                             "same-day payment but"])
FEE_T = _like("f.text", ["手续费不透明", "损耗费没提前说", "hidden fees", "loss fee wasn't explained"])
REPBAD_T = _like("f.text", ["裂痕", "焊口", "掉石", "cracked after resizing", "solder joint", "stone fell out"])
REPSLOW_T = _like("f.text", ["维修拖了", "拖到半个月", "repair took forever", "promised in a week"])
TRANSP_T = _like("f.text", ["当面检测", "很透明", "in front of me", "transparent testing"])
FASTPAY_T = _like("f.text", ["秒到账", "到账很快", "arrived within minutes", "fast payout"])
FRIENDLY_T = _like("f.text", ["店员很耐心", "接待很热情", "patient and friendly", "warm welcome"])
CRAFT_T = _like("f.text", ["修得跟新的一样", "师傅手艺好", "brand new after the repair", "great craftsmanship"])
TOPICS = {"lowball": LOWBALL_T, "assay": ASSAY_T, "slow_pay": SLOWPAY_T, "fee": FEE_T, "repair_bad": REPBAD_T,
          "repair_slow": REPSLOW_T, "transparent": TRANSP_T, "fast_pay": FASTPAY_T, "friendly": FRIENDLY_T,
          "craft": CRAFT_T}


def not_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = 1 - sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


GOLD999 = "e.metal = 'gold' AND e.declared_purity = 999"
REPAIR_APP = f"{APP} AND f.service_line = 'repair'"


def gold():
    return {
        # ---- funnels / conversion / drop-off
        "gb01": lambda: conv("acquisition", *Y25),
        "gb02": lambda: rank_conv("acquisition", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "gb03": lambda: conv("acquisition", *Y25, cond="c.acquisition_channel = 'referral'"),
        "gb04": lambda: conv("mail_in", *H1_26),
        "gb05": lambda: top_lost("mail_in", *Q4_25),
        "gb06": lambda: conv("walk_in", *Y25, to_step=4),
        "gb07": lambda: conv("repair", *H2_25),
        "gb08": lambda: not_rate(KIT, SHIP, *H1_26),
        # ---- quote acceptance, disputes
        "gb09": lambda: rank_rate(QUOTE, ACCEPT, *SINCE_JUN25, by="a.store_en", lowest=True, margin=1.3),
        "gb10": lambda: rate(QUOTE, ACCEPT, *SINCE_JUN25, "a.store_id = 'S04'"),
        "gb11": lambda: rank_rate(QUOTE, ACCEPT, *Y25, by='a."材质"', lowest=True, margin=1.1),
        "gb12": lambda: rate(QUOTE, ACCEPT, *Y25, "a.metal = 'gold'"),
        "gb13": lambda: rate(QUOTE, ACCEPT, *Q4_25, "a.store_id = 'S07'"),
        "gb14": lambda: rate(QUOTE, DISPUTE, *LAB_BAD, MAIL),
        "gb15": lambda: rate(QUOTE, DISPUTE, *H1_26, MAIL),
        "gb16": lambda: rate(DISPUTE, REASSAY, *Y25, b_cond="action = 'adjusted'"),
        "gb17": lambda: top_events(DISPUTE, "e.store", *Y25, margin=2.0),
        # ---- times between steps
        "gb18": lambda: step_time(RECEIVED, ASSAY, "2025-10-08", "2025-11-05", unit="hours"),
        "gb19": lambda: step_time(ACCEPT, PAYOUT, "2026-03-01", "2026-04-30", b_cond="b.payout_method = 'bank'",
                                  unit="hours"),
        "gb20": lambda: step_time(ACCEPT, PAYOUT, "2026-03-01", "2026-04-30", b_cond="b.payout_method = 'wechat'",
                                  unit="hours"),
        "gb21": lambda: top_step_time(ACCEPT, PAYOUT, *Q2_26, by="b.payout_method", margin=3.0),
        "gb22": lambda: gap_share(ACCEPT, PAYOUT, *Q2_26, 24),
        "gb23": lambda: step_time(R_CONFIRM, R_DONE, *Y25, "a.repair_type = 'stone_setting'"),
        "gb24": lambda: top_step_time(R_CONFIRM, R_DONE, *Y25, by='a."维修类型"', margin=1.5),
        "gb25": lambda: step_time(R_CONFIRM, R_DONE, *month(2026, 1), agg="avg"),
        "gb26": lambda: step_time(R_CONFIRM, R_DONE, *month(2026, 3), agg="avg"),
        # ---- repair quality
        "gb27": lambda: rank_rate(R_CONFIRM, REWORK, *SINCE_SEP25, by="a.store_en", cond="a.repair_type = 'resize'",
                                  margin=2.0),
        "gb28": lambda: rate(R_CONFIRM, REWORK, *SINCE_SEP25, "a.repair_type = 'resize' AND a.store_id = 'S03'"),
        "gb29": lambda: rank_rate(R_CONFIRM, REWORK, *SINCE_SEP25, by="a.technician", min_n=30, margin=2.0),
        # ---- money
        "gb30": lambda: orders(*Y25, BUY),
        "gb31": lambda: orders_count(*month(2025, 10), BUY),
        "gb32": lambda: orders_count(*month(2025, 11), BUY),
        "gb33": lambda: orders(*Q1_26, "o.order_type = 'repair'"),
        "gb34": lambda: orders(*month(2026, 6), "o.order_type = 'repair'"),
        "gb35": lambda: orders(*month(2026, 5), "o.order_type = 'repair'"),
        "gb36": lambda: orders(*Q2_26, "o.order_type = 'new_jewellery'"),
        "gb37": lambda: orders_change(Q2_25, Q2_26, BUY),
        "gb38": lambda: orders(*Y25, f"{BUY} AND o.metal = 'gold'", expr="o.weight_g"),
        "gb39": lambda: orders(*Y25, BUY, status="cancelled"),
        "gb40": lambda: top_orders("o.store_city", *Y25, BUY, margin=1.5),
        "gb41": lambda: events_share(PAYOUT, "e.payout_method = 'trade_in'", "2026-04-01", "2026-07-31"),
        "gb42": lambda: events_share(PAYOUT, "e.payout_method = 'trade_in'", *Q1_26),
        "gb43": lambda: events_agg(QUOTE, "e.quote_per_g", *month(2025, 10), GOLD999),
        # ---- volumes / trends / customers
        "gb44": lambda: events_at(ASSAY, "2025-10-13", "2025-10-19"),
        "gb47": lambda: events_change(KIT, H1_25, H1_26),
        "gb48": lambda: events_at(DISCOVER, *month(2026, 1)),
        "gb49": lambda: customers_share("c.age_band = '60+'"),
        "gb50": lambda: events_share(ASSAY, "e.intake = 'walk_in'", *Y25, "c.age_band = '60+'"),
        "gb51": lambda: events_share(ASSAY, "e.intake = 'walk_in'", *Y25, "c.age_band = '18-29'"),
        "gb52": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *Y25), margin=1.2),
        # ---- feedback
        "gb53": lambda: fb_topic_count(LOWBALL_T),
        "gb54": lambda: top_fb_count("f.store_en", LOWBALL_T, margin=1.5),
        "gb55": lambda: fb_topic_count(SLOWPAY_T),
        "gb56": lambda: fb_topic_count(SLOWPAY_T, period=_in("f.ts", *month(2026, 4))),
        "gb57": lambda: fb_topic_count(ASSAY_T),
        "gb58": lambda: top_fb_count("f.store_en", ASSAY_T, margin=2.0),
        "gb59": lambda: top_fb_count("f.store", f"{REPBAD_T} AND f.ts >= DATE '2025-09-01'", margin=1.5),
        "gb60": lambda: fb_avg(f"{REPAIR_APP} AND {_in('f.ts', *Y25)}", tol=0.03),
        "gb61": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.4),
        "gb62": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "gb63": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "gb64": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
        "gb65": lambda: feedback_ids(f"{ASSAY_T} AND {_in('f.ts', '2025-11-01', '2025-12-31')}"),
        "gb66": lambda: fb_topic_count(TRANSP_T),
    }


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in TOPICS.items():
        _check_topic(cond, topic)


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
