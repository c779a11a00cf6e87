"""Gold answers for the 衿学 Kinross Schoolwear held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "families" / "parents" / "家长" = customer_id of customer_type `parent` (one household, maybe several children);
  "schools" / "学校" = customer_id of customer_type `school`. school_type / 学校类型, school_stage / 学段 are on
  customers; the city of an event, order or comment is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event of any action at step k's touchpoint (an opened
  or clicked newsletter, a viewed or measured size guide, a no-show or rescheduled fitting, a declined pitch, a
  rejected sample review are all events at their touchpoint) after reaching step k-1, within the journey window from
  their first step-1 event in the period (newsletter_to_order 30 d, fitting_to_order 21 d, school_partnership 120 d);
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step whose next step is not reached by the most customers (attributed to step
  k). A by-channel newsletter conversion keeps only step-1 events of that channel (events.channel on tp_newsletter);
- per-event rates count event rows, period by the event's ts: embroidery delay share = tp_embroidery rows `delayed`
  / all its rows; backorder share = tp_stock_allocation rows `backorder` / all its rows (one row per order);
  no-show rate = tp_fitting rows `no_show` / tp_fitting rows that were booked (attended, no_show, rescheduled; walk-ins
  excluded); late-delivery share = tp_delivery rows `late` / all its rows; reorder rate = tp_reorder rows `reordered` /
  all tp_reorder rows (one row = one reminder to one family before one term); school paid-late share =
  tp_school_invoice rows `paid_late` / all its rows; renewal rate = tp_school_contract `renewed` / (`renewed` +
  `not_renewed`);
- exchange share of orders = tp_order rows (period by the order's ts) whose order_id has any tp_exchange row
  (exchanged or declined) / all tp_order rows of that kind (`sized_by`: size_guide = sized online by the chart,
  fitting = sized by a fitter, reorder);
- counts: orders placed = tp_order rows (later cancelled or refunded included); fittings held = tp_fitting rows
  `attended` + `walk_in`; refunds = tp_return_refund rows `refunded`;
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only unless the question says unpaid /
  refunded, period by orders.ts: parent orders = order_type `parent_order`, embroidery fees = `embroidery_fee`,
  exchanges = `exchange`, school invoices = `school_invoice` (by invoice date);
- zh top entities are the Chinese twins where the same table has one (学校类型, 学段 on customers; 缺货品类, 换货原因,
  品类, 退货原因, 刺绣类型 on events) and en ones the English values or touchpoint_id; a city is always its stored
  English value; a store (fitting shop) and a carrier are their stored values (Chinese shops and carriers in Chinese);
- feedback: "all data" includes rows without ts (comment cards typed in from the shops, WeChat parent-group
  exports, paper school reviews); topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) by survey_wave; post-order survey =
  channel `order_survey`;
- exact duplicate event rows (shop tablet resync) are loaded once; periods are inclusive calendar dates; relative
  periods resolve against the item's `as_of`; a week is Monday..Sunday.
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


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, first_cond="1=1", upto=None):
    """end-to-end (or step-1 -> step `upto`) conversion; tolerance covers both readings of the period end."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        vals.append(c[(upto or len(c)) - 1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
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


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month_share(tp, num, start, end, margin=1.5):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::int) n {_ev(tp, start, end, '1=1')} GROUP BY 1 "
             f"HAVING count(*) >= 30 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


EXCH = "(e.order_id IN (SELECT order_id FROM events WHERE touchpoint_id = 'tp_exchange'))"


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_avg(start, end, kind, cond="1=1", status="paid"):
    return _num(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond, status)}"), 0.01)


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2024-06-01", "2026-05-31")
(PITCH, SAMPLE, CONTRACT, INVOICE, NEWS, GUIDE, BOOK, FIT, ORDER, ALLOC, EMB, DELIV, PICKUP, EXCHANGE, REFUND,
 REORDER) = ("tp_school_pitch", "tp_sample_review", "tp_school_contract", "tp_school_invoice", "tp_newsletter",
             "tp_size_guide", "tp_fitting_booking", "tp_fitting", "tp_order", "tp_stock_allocation", "tp_embroidery",
             "tp_delivery", "tp_store_pickup", "tp_exchange", "tp_return_refund", "tp_reorder")
MARKERS = {"runs_small": ["尺码偏小", "runs small", "run small"], "embroidery": ["刺绣", "embroidery"],
           "late_delivery": ["还没收到", "hasn't arrived"], "out_of_stock": ["缺货", "out of stock"],
           "queue": ["排队", "queue"], "refund_slow": ["退款", "refund"], "pilling": ["起球", "pilling"],
           "too_expensive": ["太贵", "too expensive"], "staff_praise": ["耐心", "patient"],
           "school_billing": ["账单", "开票", "发票", "对账", "invoice"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
NL_CH = ["email", "wechat", "school_app", "sms"]
BOOKED = "e.action IN ('attended', 'no_show', 'rescheduled')"
ONLINE = "e.channel IN ('web', 'app', 'mini_program')"


NOSHOW = ("(e.booking_id IN (SELECT booking_id FROM events WHERE touchpoint_id = 'tp_fitting_booking' "
          "AND action = 'no_show'))")


def noshow_rate(start, end, cond="1=1"):
    """share of bookings made in the period (tp_fitting_booking `booked` rows) that ended as a no-show."""
    return events_share(BOOK, NOSHOW, start, end, f"e.action = 'booked' AND ({cond})")


def top_noshow(by, start, end, margin=1.5, min_n=50):
    return top_events_avg(BOOK, by, NOSHOW + "::int", start, end, "e.action = 'booked'", margin=margin, min_n=min_n)


def gold():
    aug25, aug24, sep25, apr26 = month(2025, 8), month(2024, 8), month(2025, 9), month(2026, 4)
    q3_25, q3_24 = quarter(2025, 3), quarter(2024, 3)
    return {
        # ---- newsletters, fittings, school partnerships (funnels)
        "su01": lambda: conv("newsletter_to_order", *Y25),
        "su02": lambda: rank_conv("newsletter_to_order", *Y25, "e.channel", NL_CH, margin=2.5),
        "su03": lambda: conv("newsletter_to_order", *Y25, "e.channel = 'sms'"),
        "su04": lambda: conv("newsletter_to_order", *Y25, "e.channel = 'email'"),
        "su05": lambda: conv("newsletter_to_order", *q3_25, upto=2),
        "su06": lambda: conv("fitting_to_order", *Y25),
        "su07": lambda: top_lost("fitting_to_order", *Y25, margin=1.5),
        "su08": lambda: conv("school_partnership", *ALL),
        "su10": lambda: events_at(CONTRACT, *Y25, "e.action = 'signed'"),
        "su11": lambda: events_share(CONTRACT, "e.action = 'renewed'", *Y25,
                                     "e.action IN ('renewed', 'not_renewed')"),
        "su12": lambda: customers_count("c.customer_type = 'school' AND c.segment = 'partner'"),
        # ---- orders, stock, embroidery
        "su13": lambda: events_at(ORDER, *Y25),
        "su14": lambda: events_share(ORDER, "e.channel = 'store'", *Y25),
        "su15": lambda: events_share(ORDER, "e.device = 'android'", *Y25, "e.channel IN ('app', 'mini_program')"),
        "su16": lambda: orders_avg(*Y25, "parent_order"),
        "su17": lambda: events_share(ALLOC, "e.action = 'backorder'", *aug25),
        "su18": lambda: top_events_count(ALLOC, 'e."缺货品类"', *Y25, "e.action = 'backorder'", margin=1.3),
        "su19": lambda: events_at(ALLOC, *q3_25, "e.action = 'backorder'"),
        "su20": lambda: events_share(EMB, "e.action = 'delayed'", *aug25),
        "su21": lambda: events_share(EMB, "e.action = 'delayed'", *aug24),
        "su22": lambda: top_month_share(EMB, "e.action = 'delayed'", *Y25, margin=2.0),
        "su23": lambda: events_avg(EMB, "e.days_late", *aug25, "e.action = 'delayed'"),
        "su25": lambda: top_events_count(EMB, "e.embroidery_type", *Y25, margin=1.5),
        # ---- fittings
        "su26": lambda: top_noshow("e.city", *Y25, margin=1.6),
        "su27": lambda: noshow_rate(*Y25, "e.city = 'Toronto'"),
        "su28": lambda: events_at(FIT, *aug25),
        "su29": lambda: top_events_avg(FIT, "e.store", "e.wait_minutes", *aug25, margin=1.35),
        "su30": lambda: events_avg(FIT, "e.wait_minutes", *aug25, "e.store = '徐汇店'"),
        # ---- delivery, pickup
        "su32": lambda: events_share(DELIV, "e.action = 'late'", *Y25),
        "su33": lambda: top_events_avg(DELIV, "e.carrier", "(e.action = 'late')::int", *Y25, margin=1.8),
        "su34": lambda: events_share(DELIV, "e.action = 'late'", *Y25, "e.carrier = '中通'"),
        "su35": lambda: events_avg(DELIV, "e.order_to_delivery_days", *sep25),
        "su36": lambda: events_at(PICKUP, *Y25, "e.action = 'uncollected'"),
        # ---- exchanges, returns
        "su37": lambda: events_share(ORDER, EXCH, *Y25, "e.sized_by = 'size_guide'"),
        "su38": lambda: events_share(ORDER, EXCH, *Y25, "e.sized_by = 'fitting'"),
        "su39": lambda: top_events_count(EXCHANGE, "e.exchange_reason", *Y25, margin=1.4),
        "su40": lambda: top_events_count(EXCHANGE, 'e."品类"', *Y25, "e.exchange_reason = 'too_small'", margin=1.4),
        "su42": lambda: events_at(REFUND, *Y25, "e.action = 'refunded'"),
        "su43": lambda: top_events_count(REFUND, "e.return_reason", None, None, margin=1.4),
        "su44": lambda: events_avg(REFUND, "e.refund_days", *Y25, "e.channel = 'store' AND e.action = 'refunded'"),
        "su45": lambda: events_avg(REFUND, "e.refund_days", *Y25, ONLINE + " AND e.action = 'refunded'"),
        # ---- reorders
        "su46": lambda: events_share(REORDER, "e.action = 'reordered'", *Y25),
        "su47": lambda: events_at(REORDER, *Y25, "e.action = 'reordered'"),
        # ---- money
        "su48": lambda: revenue(*Y25, "parent_order"),
        "su49": lambda: revenue(*Y25, "embroidery_fee"),
        "su50": lambda: revenue(*Y25, "school_invoice"),
        "su51": lambda: top_revenue("o.city", *Y25, None, margin=1.15),
        "su52": lambda: revenue(None, None, "school_invoice", status="unpaid"),
        "su53": lambda: events_share(INVOICE, "e.action = 'paid_late'", *Y25),
        "su54": lambda: top_events_avg(INVOICE, "c.school_type", "(e.action = 'paid_late')::int", None, None,
                                       margin=3.0, min_n=10),
        "su55": lambda: revenue_change(q3_24, q3_25, "parent_order"),
        "su56": lambda: revenue(*Y25, "parent_order", status="refunded"),
        # ---- feedback
        "su57": lambda: top_fb_count("f.touchpoint_id", T["runs_small"], margin=3),
        "su58": lambda: fb_count(T["runs_small"]),
        "su59": lambda: fb_count(T["embroidery"], _in("f.ts", "2025-08-01", "2025-09-30")),
        "su60": lambda: nps_score("f.survey_wave = '2025-10'"),
        "su61": lambda: nps_score("f.survey_wave = '2024-10'"),
        "su62": lambda: fb_avg(f"f.channel = 'order_survey' AND {_in('f.ts', *Y25)}"),
        "su63": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'order_survey' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *Y25)}"),
        "su64": lambda: feedback_ids(T["staff_praise"]),
        "su65": lambda: top_fb_count('c."学校类型"', T["school_billing"], margin=3),
        "su66": lambda: fb_avg("f.channel = 'school_review'"),
        # ---- relative periods (as_of)
        "su67": lambda: events_at(BOOK, *apr26, "e.action = 'booked'"),
        "su68": lambda: events_at(ORDER, "2026-03-02", "2026-03-08"),
        "su69": lambda: revenue(*quarter(2025, 4), "parent_order"),
        "su70": lambda: events_at(EMB, "2025-07-01", "2025-12-31", "e.action = 'delayed'"),
        "su71": lambda: events_at(INVOICE, "2026-01-01", "2026-05-31"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one parent order per tp_order row; one tp_school_invoice row per school invoice; refunds match statuses
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_order'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'parent_order'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_school_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'school_invoice'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_return_refund' AND action = 'refunded'") == one(
        "SELECT count(*) FROM orders WHERE status = 'refunded'")


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
