"""Gold answers for the 菌鲜 FungiFresh mushroom-wholesale held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "客户" = customer_id (one buying business: a lead, or an account). Attributes of the
  business (business_type / 客户类型, tier, segment) come from customers.csv; the city of an event or an order is its
  own `city` column (always the customer's city);
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a declined account set-up is still an event) at step k's touchpoint after reaching step k-1,
  within the journey window from that first step-1 event (lead_to_first_order 60 d, first_order_to_standing 90 d,
  first_order_to_cash 120 d). Rates are per customer; the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step whose next step the most customers never reach
  (the loss between k and k+1 is attributed to step k). A conversion "by lead source" keeps only the step-1 events of
  that events.channel; "by type of customer" splits by customers.business_type;
- event counts are rows of the touchpoint dated in the period (duplicated WMS dispatch scans are loaded once, same
  event_id): leads = tp_lead, sample boxes = tp_sample_box, deliveries = tp_delivery (dated at arrival), orders taken
  = tp_first_order + tp_reorder (one per order, cancelled ones included), lost accounts = tp_account_lost;
- per-event rates: door rejection rate = tp_delivery rows part_rejected + rejected / all tp_delivery rows ("fully
  rejected / returned" = action rejected only); on-time delivery = on_time 'yes' / all tp_delivery rows; late payment
  share = tp_payment rows `late` / all tp_payment rows dated at payment; account decline share = tp_account_setup
  `declined` / all set-ups; quoted price = mean price_per_kg_cny over tp_quote rows of the product (`sent` and
  `revised`); days to a credit note = mean days_to_credit of tp_credit_note rows dated in the period;
- money is CNY (orders.amount = value after door rejections; HKD / SGD kept in amount_local), period by the order
  date orders.ts: "paid" / "回款" = status `paid`; "order value" / "billed value" = every order that is not cancelled
  or returned; credit notes = sum of tp_credit_note.credit_cny;
- zh top entities are the Chinese twins where the same row has one (客户类型 on customers, 种植基地 / 拒收品名 / 拒收原因 /
  承运商 / 主品名 / 流失原因 / 付款方式 on events and orders) and en ones the English values; a city is always the stored
  English value, a month is 'YYYY-MM', a touchpoint its touchpoint_id, an experiment arm its variant;
- feedback: "all" includes rows without ts (WeChat customer-group exports, QBR forms typed in later); topic counts are
  by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus share 0-6
  (a fraction) within one survey_wave; delivery survey = channel `delivery_survey`, sample feedback =
  `sample_feedback`, QBR = `qbr_form`;
- experiment sample_box_2025: a customer converts with a tp_first_order event after assigned_at;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday-Sunday.
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
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', "
                "header=true, sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start, end) -> str:
    if start is None:
        return "1=1"
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
    last = one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")
    return (f"{y}-{m:02d}-01", str(last))


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def count(n):
    return dict(value=int(n), tolerance=0.5)


def rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def clear_lead(rows, margin, lowest=False):
    """the winner must beat the runner-up by the ratio `margin`."""
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    ok = b > a * margin if lowest else a > b * margin
    assert ok, rows[:4]


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded else f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    out = [one("SELECT count(*) FROM s1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM s{k - 1} s JOIN {src} e
            ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
               AND e.ts <= s.t0 + INTERVAL {window} DAY
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM s{k}"))
    return out


def conv(journey, start, end, cond="1=1", a=0, b=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, False, cond)
    return rate(c[b] / c[a])


def conv_rank(journey, start, end, col, values, lowest, margin):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded)
        lost = sorted(((steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)), key=lambda r: -r[1])
        clear_lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
ORDER_TPS = ("tp_first_order", "tp_reorder")


def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id IN ({lst}) "
            f"AND {per('e.ts', start, end)} AND ({cond})")


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_share(tps, num_cond, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_sum(tps, col, start=None, end=None, cond="1=1"):
    return money(one(f"SELECT sum({col}) {_ev(tps, start, end, cond)}"))


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def distinct_count(tps, col, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(DISTINCT {col}) {_ev(tps, start, end, cond)}"))


# ---------------------------------------------------------------- orders / money
LIVE = "o.status NOT IN ('cancelled', 'returned')"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond):
    return money(one(f"SELECT sum(o.amount) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount"):
    return money(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)"):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def ord_top_month(start, end, cond, agg, margin=1.05):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_first_order' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'sample_box_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "mould": ["发霉", "mould"], "slimy": ["发粘", "slimy"], "open_caps": ["开伞", "open caps"],
    "late": ["送货晚", "late delivery"], "customs": ["清关", "customs"], "price": ["涨价", "price increase"],
    "credit_note": ["折让单", "credit note"], "statement": ["对账", "statement"], "sample_warm": ["冰袋", "ice packs"],
    "driver": ["司机", "driver"], "rep": ["业务员", "account manager"], "terms": ["账期", "payment terms"],
    "cheaper": ["便宜", "cheaper"],
}


def marker(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def check_markers():
    for topic in MARKERS:
        m = marker(topic)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} "
                    f"AND t.topic <> '{topic}'")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' "
                     f"AND NOT {m}")
        assert extra == 0 and missed == 0, (topic, extra, missed)


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}"))


def fb_top(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) v FROM feedback f WHERE ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             "ORDER BY v DESC")
    if len(rows) > 1:
        clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5
    return dict(citations_from=ids)


def nps(cond):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond}"))


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = (None, None)
REJ = "e.action IN ('part_rejected', 'rejected')"
SOURCES = ["trade_show", "sales_rep", "website", "wechat", "whatsapp", "referral"]
BTYPES = ["restaurant", "hotpot_chain", "supermarket", "hotel", "caterer"]


def gold():
    Q1_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
    return {
        # ---- leads, samples, quotes, set-up
        "mb01": lambda: conv("lead_to_first_order", *Y25),
        "mb02": lambda: conv_rank("lead_to_first_order", *Y25, "e.channel", SOURCES, lowest=True, margin=1.3),
        "mb03": lambda: conv("lead_to_first_order", *Y25, "e.channel = 'trade_show'"),
        "mb04": lambda: biggest_loss("lead_to_first_order", *Y25, margin=1.5),
        "mb05": lambda: conv("lead_to_first_order", *H1_25),
        "mb06": lambda: conv("lead_to_first_order", *H2_25),
        "mb07": lambda: rate(one("""SELECT avg((EXISTS (SELECT 1 FROM events q WHERE q.customer_id = e.customer_id
                 AND q.touchpoint_id = 'tp_quote' AND q.ts > e.ts))::int) FROM events e
                 WHERE e.touchpoint_id = 'tp_sample_box' AND e.courier = 'sf_standard'""")),
        "mb08": lambda: ev_share("tp_sample_box", "e.arrival_condition = 'warm'", *H1_25),
        "mb10": lambda: exp_top(margin=1.2),
        "mb11": lambda: exp_rate("chef_kit"),
        "mb12": lambda: ev_count("tp_sample_box", *Y25),
        "mb13": lambda: ev_top("tp_lead", "e.city", *Q1_26, margin=1.15),
        "mb14": lambda: ev_avg("tp_quote", "e.price_per_kg_cny", *Q1_26, "e.product = 'dried_shiitake'"),
        "mb15": lambda: ev_avg("tp_quote", "e.price_per_kg_cny", *Q3_25, "e.product = 'dried_shiitake'"),
        "mb17": lambda: ev_count("tp_lead", None, None, "e.lead_source = 'Hotelex Shanghai 2026'"),
        # ---- standing orders
        "mb18": lambda: conv("first_order_to_standing", *Y25),
        "mb19": lambda: conv_rank("first_order_to_standing", *Y25, "c.business_type", BTYPES, lowest=False,
                                  margin=1.1),
        "mb20": lambda: ev_share("tp_account_lost", "e.had_standing_order = 'yes'"),
        "mb21": lambda: ev_share(ORDER_TPS, "e.order_type = 'standing'", *Q1_26),
        # ---- orders, seasonality
        "mb22": lambda: ord_top_month(*Y25, f"{LIVE} AND o.business_type = 'hotpot_chain'", "sum(o.order_kg)"),
        "mb24": lambda: ev_count("tp_delivery", "2026-02-16", "2026-02-22"),
        "mb25": lambda: ev_top("tp_delivery", "e.city", *Y25, margin=1.1),
        "mb27": lambda: ev_top(ORDER_TPS, 'e."主品名"', *Y25, margin=1.1),
        # ---- delivery and cold chain
        "mb28": lambda: ev_share("tp_delivery", REJ, *month(2025, 11)),
        "mb29": lambda: ev_share("tp_delivery", REJ, *month(2025, 9)),
        "mb30": lambda: ev_top("tp_delivery", "e.base", *Q4_25, "e.reject_reason = 'mould'", margin=3),
        "mb31": lambda: ev_top("tp_delivery", 'e."拒收品名"', "2025-10-01", "2025-11-30", "e.reject_reason = 'mould'",
                               margin=1.2),
        "mb32": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", "2026-03-01", "2026-04-30",
                                 "e.city = 'Singapore'"),
        "mb33": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", "2026-01-01", "2026-02-28",
                                 "e.city = 'Singapore'"),
        "mb35": lambda: ev_count("tp_delivery", *month(2026, 4), "e.customs_hold = 'yes'"),
        "mb36": lambda: ev_avg("tp_delivery", "e.hold_hours", *month(2026, 3), "e.customs_hold = 'yes'"),
        "mb37": lambda: ev_avg("tp_delivery", "e.arrival_temp_c", "2025-07-01", "2025-08-31",
                               "e.city = 'Guangzhou'"),
        "mb38": lambda: ev_top("tp_delivery", "e.carrier", *Y25, agg="avg((e.on_time = 'yes')::int)", lowest=True,
                               margin=1.02),
        "mb39": lambda: ev_count("tp_delivery", *Y25, "e.action = 'rejected'"),
        "mb40": lambda: ev_top("tp_delivery", "e.reject_reason", *Y25, margin=1.15),
        # ---- credit notes
        "mb41": lambda: ev_avg("tp_credit_note", "e.days_to_credit", *month(2026, 4)),
        "mb42": lambda: ev_avg("tp_credit_note", "e.days_to_credit", *Y25),
        "mb43": lambda: ev_sum("tp_credit_note", "e.credit_cny", *Y25),
        # ---- statements and payments
        "mb44": lambda: ev_share("tp_payment", "e.action = 'late'", *Y25),
        "mb45": lambda: ev_top("tp_payment", 'c."客户类型"', *Y25, agg="avg((e.action = 'late')::int)", margin=1.3),
        "mb46": lambda: ev_top("tp_payment", "e.payment_method", None, None, agg="avg((e.action = 'late')::int)",
                               margin=1.15),
        "mb47": lambda: ev_avg("tp_payment", "e.days_to_pay", *Y25, "e.payment_terms = 'net60'"),
        "mb48": lambda: count(one("SELECT count(DISTINCT statement_no) FROM orders WHERE status = 'overdue'")),
        # ---- money
        "mb50": lambda: ord_sum(*Y25, "o.status = 'paid'"),
        "mb51": lambda: ord_top("o.city", *Y25, "o.status = 'paid'", margin=1.1),
        "mb52": lambda: ord_growth(Q1_25, Q1_26, LIVE),
        "mb53": lambda: ord_avg(*Y25, f"{LIVE} AND o.business_type = 'hotpot_chain'"),
        # ---- lost accounts
        "mb54": lambda: ev_count("tp_account_lost", *Y25),
        "mb55": lambda: ev_top("tp_account_lost", "e.lost_reason", margin=1.3),
        "mb56": lambda: ev_top("tp_account_lost", "e.lost_reason", None, None, "e.city = 'Singapore'", margin=2),
        # ---- feedback
        "mb57": lambda: fb_count(marker("mould"), *month(2025, 11)),
        "mb58": lambda: fb_top("f.touchpoint_id", marker("slimy"), margin=5),
        "mb59": lambda: fb_ids(marker("credit_note")),
        "mb60": lambda: fb_count(marker("customs")),
        "mb61": lambda: nps("f.survey_wave = '2026-06' AND f.city = 'Singapore'"),
        "mb62": lambda: nps("f.survey_wave = '2026-06'"),
        "mb63": lambda: fb_avg("f.channel = 'delivery_survey'", start=Y25[0], end=Y25[1]),
        "mb64": lambda: fb_share("f.rating <= 2", "f.channel = 'sample_feedback'", *Y25),
        "mb65": lambda: fb_count(marker("price"), *Q4_25),
        "mb66": lambda: fb_share("f.rating <= 2", "f.channel = 'delivery_survey'", *Q4_25),
        "mb68": lambda: fb_avg("f.channel = 'qbr_form'"),
        # ---- journeys
        "mb70": lambda: conv_open("first_order_to_cash", *Y25),
        # ---- relative periods
        "mb73": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *month(2026, 5), "e.city = 'Singapore'"),
        "mb74": lambda: ev_count("tp_lead", "2026-03-30", "2026-04-05"),
        "mb75": lambda: ev_count("tp_delivery", "2026-01-01", "2026-05-20", REJ),
        "mb76": lambda: ev_share("tp_delivery", REJ, *Q4_25),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = set(fns) - set(ids)
    assert not missing, f"gold for ids not in the batch: {sorted(missing)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        exp = it.setdefault("expect", {})
        fn = fns.get(it["id"])
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp["status"] == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:60].replace("\n", " "), shown)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print("status-only ok:", status_only)
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
