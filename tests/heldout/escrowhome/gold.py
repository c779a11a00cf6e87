"""Gold answers for the 安家托管 HearthKey Escrow & Title held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "clients" / "buyers" / "sellers" / "agents" / "客户" = customer_id of that party (customers.party_type; a buyer is
  the buying household of one file, a seller the selling household, prospects are fee-calculator visitors). A "file"
  / "escrow" / "deal" / "单" is one file_no = one tp_open_escrow row = one order;
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a failed ID attempt or a rescheduled signing still reaches the step) at step k's touchpoint
  after reaching step k-1, within the journey window from that first step-1 event (buyer_closing 75 d,
  seller_proceeds 75 d, online_quote 14 d). Rates are per customer; unless the question says that later steps after
  the period end count, the tolerance covers both readings (allowed or not). "Where do we lose the most" = the step
  after which the most customers never reach the next step (the loss between k and k+1 is attributed to step k).
  A conversion by office = the office of the step-1 event; by file type = tp_open_escrow.file_type; by visitor source
  = customers.acquisition_channel;
- event counts are rows of the touchpoint dated in the period (the phone system re-exported 40 status calls with
  the same event_id: loaded once): files opened = tp_open_escrow rows, closings = tp_recording `recorded` rows,
  cancellations = tp_cancellation rows, complaints = tp_complaint rows, status calls = tp_status_call rows;
- per-row rates: ID-check failure rate = tp_id_verify `fail` / online attempts (`pass` + `fail`; the in-office
  `manual_pass` rows are no online attempts); late EMD = tp_emd_deposit `received` rows with late = true / all
  `received` rows; upload failure = tp_doc_upload `failed` / all upload attempts; title exception share =
  tp_title_search `exceptions` / all searches; recording rejection = tp_recording `rejected` / all recording
  submissions (`recorded` + `rejected`); on-time closing = `recorded` rows with on_time = true / all `recorded` rows
  (on time = recorded on or before the target close date); payout delay = tp_disbursement `delayed` (more than 24 h
  after recording) / all disbursements; signing fall-through = tp_signing `rescheduled` + `no_show` / all buyer
  appointments; averages (days_to_clear, days_to_record, resolved_days, hours_to_disburse) over the rows of the
  period; an office's / officer's value is that of the row;
- money is USD: fee revenue = orders.amount of `paid` orders (files that closed; order ts = the recording time);
  "average fee per closed file" the mean of those; cancelled orders (ts = cancellation) and open files (ts = the
  opening) are no revenue; refunded orders (fees refunded after a service failure) neither;
- zh top entities are the Chinese twins where the same row has one (取消原因, 失败原因, 产权瑕疵, 投诉类型, 签约方式) and en
  ones the English values; an office is always its stored English value, a month 'YYYY-MM', a touchpoint its
  touchpoint_id, an experiment arm its variant, a brokerage / officer / document type / lender its stored value;
- feedback: "all" includes rows without ts (closing-table comment cards, Yelp / Xiaohongshu posts); topic counts are by
  text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; post-close survey = channel
  `post_close_survey` (rating 1-5 and nps 0-10), agent survey = channel `agent_survey` with `survey` = agent_<wave>;
  NPS = share 9-10 minus share 0-6 (a fraction); the office of a comment is its own `office` column;
- experiment ron_signing_2025: a buyer's first signing appointment falls through when its action is `rescheduled` or
  `no_show`; rates over the arm's buyers who had an appointment;
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


def conv_rank(journey, start, end, col, values, lowest, margin, b=-1):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[b] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin, cond="1=1"):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        lost = sorted(((steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)), key=lambda r: -r[1])
        clear_lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
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


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False, having="1=1"):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 HAVING {having} "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
PAID = "o.status = 'paid'"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


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


# ---------------------------------------------------------------- experiment
def exp_fallthrough():
    """per arm: share of buyers whose first signing appointment was rescheduled or a no-show."""
    return q("""WITH first AS (
                  SELECT x.variant, x.customer_id, arg_min(e.action, e.ts) AS act
                  FROM experiments x JOIN events e ON e.customer_id = x.customer_id AND e.touchpoint_id = 'tp_signing'
                  WHERE x.experiment_id = 'ron_signing_2025' GROUP BY 1, 2)
                SELECT variant, avg((act IN ('rescheduled', 'no_show'))::int) r, count(*) n FROM first
                GROUP BY 1 ORDER BY r DESC""")


def exp_top(rows, margin, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def exp_rate(rows, variant):
    return rate({r[0]: r[1] for r in rows}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "id_check": ["身份验证", "id verification"], "phishing": ["诈骗", "phishing"], "proceeds": ["卖房款", "proceeds"],
    "recording": ["过户登记", "recording"], "no_response": ["没人回", "no response"], "fees": ["手续费", "fees"],
    "notary": ["公证员", "notary"], "officer": ["经办人", "officer"], "app_upload": ["上传", "upload"],
    "title_lien": ["产权", "lien"], "emd": ["定金", "earnest money"], "mandarin": ["中文", "mandarin"],
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


def fb_top(by, cond, margin=1.5, start=None, end=None):
    rows = q(f"SELECT {by}, count(*) v FROM feedback f WHERE ({cond}) AND {by} IS NOT NULL "
             f"AND {per('f.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    if len(rows) > 1:
        clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_top_month(cond, margin=1.2):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f WHERE ({cond}) AND f.ts IS NOT NULL "
             "GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5
    return dict(citations_from=ids)


def nps(cond, start=None, end=None):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond} AND {per('f.ts', start, end)}"))


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
ALL = (None, None)
ONLINE = "e.action IN ('pass', 'fail')"
FAIL = "avg((e.action = 'fail')::int)"
OFFICES = ["Irvine", "Arcadia", "San Jose", "Bellevue", "Houston", "Las Vegas"]
SOURCES = ["google_ads", "organic", "wechat", "xiaohongshu", "zillow_ads"]
SUBMITTED = "e.action IN ('recorded', 'rejected')"
RECORDED = "e.action = 'recorded'"


def friday_payout_delay():
    return rate(one("""SELECT avg((e.action = 'delayed')::int) FROM events e WHERE e.touchpoint_id = 'tp_disbursement'
                       AND dayofweek(e.recorded_at::TIMESTAMP) = 5 AND e.recorded_at::TIMESTAMP >= DATE '2025-01-01'
                       AND e.recorded_at::TIMESTAMP < DATE '2026-01-01'"""))


def topic_month_negative(topic):
    """the month must be the same whether or not the topic's positive comments are counted."""
    rows = q(f"""SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {marker(topic)} AND t.sentiment = 'negative' AND f.ts IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    return rows[0][0]


def gold():
    Q3_25, Q4_25, Q1_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2025, 1), quarter(2026, 1)
    B = "buyer_closing"
    FM = ("2026-02-01", "2026-03-31")
    APP = ("2026-03-16", "2026-04-19")
    return {
        # ---- buyer / seller / web funnels
        "eh01": lambda: conv_open(B, *Y25),
        "eh02": lambda: conv_rank(B, *Y25, "e.office", OFFICES, lowest=True, margin=1.05),
        "eh03": lambda: conv_open(B, *Y25, "e.office = 'Houston'"),
        "eh04": lambda: biggest_loss(B, *Y25, margin=1.5),
        "eh05": lambda: conv_open(B, *Y25, "e.file_type = 'cash'"),
        "eh06": lambda: conv_open("seller_proceeds", *Y25),
        "eh07": lambda: conv("online_quote", *Y25),
        "eh08": lambda: conv_rank("online_quote", *Y25, "c.acquisition_channel", SOURCES, lowest=True, margin=1.3),
        # ---- identity checks
        "eh09": lambda: ev_share("tp_id_verify", "e.action = 'fail'", *month(2025, 11),
                                 f"{ONLINE} AND e.id_document = 'foreign_passport'"),
        "eh10": lambda: ev_share("tp_id_verify", "e.action = 'fail'", *month(2025, 11),
                                 f"{ONLINE} AND e.id_document = 'us_drivers_license'"),
        "eh11": lambda: ev_top("tp_id_verify", 'e."失败原因"', *Q4_25, "e.action = 'fail'", margin=1.15),
        "eh12": lambda: ev_count("tp_id_verify", *Q4_25, "e.action = 'manual_pass'"),
        # ---- earnest money
        "eh14": lambda: ev_share("tp_emd_deposit", "e.late", "2025-09-15", "2025-10-31",
                                 "e.action = 'received' AND e.emd_method = 'wire'"),
        "eh15": lambda: ev_share("tp_emd_deposit", "e.late", *Y25, "e.action = 'received'"),
        # ---- wire fraud
        "eh17": lambda: ev_top_month("tp_fraud_report", None, None, margin=1.5),
        "eh18": lambda: ev_count("tp_fraud_report", *month(2025, 8), "e.office = 'Irvine'"),
        # ---- title
        "eh19": lambda: ev_top("tp_title_search", "e.exception_type", *Y25, "e.office = 'Las Vegas'", margin=1.5),
        "eh20": lambda: ev_top("tp_title_search", 'e."产权瑕疵"', *Y25, margin=1.15),
        "eh21": lambda: ev_share("tp_title_search", "e.action = 'exceptions'", *Y25),
        "eh22": lambda: ev_avg("tp_title_search", "e.days_to_clear", *Y25, "e.exception_type = 'solar_ucc_lien'"),
        # ---- signing
        "eh23": lambda: exp_top(exp_fallthrough(), margin=1.25, lowest=True),
        "eh24": lambda: exp_rate(exp_fallthrough(), "standard"),
        "eh25": lambda: ev_top("tp_signing", 'e."签约方式"', *Y25, "e.party_role = 'buyer'",
                               agg="avg((e.action IN ('rescheduled', 'no_show'))::int)", margin=1.4),
        # ---- recording
        "eh27": lambda: ev_share("tp_recording", "e.action = 'rejected'", *FM, f"{SUBMITTED} AND e.office = 'Las Vegas'"),
        "eh28": lambda: ev_share("tp_recording", "e.action = 'rejected'", "2025-02-01", "2025-03-31",
                                 f"{SUBMITTED} AND e.office = 'Las Vegas'"),
        "eh29": lambda: ev_top("tp_recording", "e.office", *Q1_26, RECORDED, agg="avg(e.days_to_record)", margin=2),
        "eh30": lambda: ev_share("tp_recording", "e.on_time", *Q1_26, f"{RECORDED} AND e.office = 'San Jose'"),
        "eh31": lambda: ev_share("tp_recording", "e.on_time", *Q1_26, f"{RECORDED} AND e.office = 'Irvine'"),
        "eh32": lambda: ev_count("tp_recording", *Y25, RECORDED),
        "eh33": lambda: ev_top_month("tp_recording", *Y25, RECORDED, lowest=True, margin=1.08),
        # ---- seller payouts
        "eh35": friday_payout_delay,
        "eh36": lambda: ev_share("tp_disbursement", "e.action = 'delayed'", *Y25),
        "eh37": lambda: ev_top("tp_disbursement", "e.office", *Q1_26, agg="avg((e.action = 'delayed')::int)",
                               margin=1.2),
        # ---- calls and complaints
        "eh38": lambda: ev_count("tp_status_call", *Q1_26, "e.office = 'San Jose'"),
        "eh39": lambda: ev_count("tp_status_call", "2026-04-20", "2026-04-26"),
        "eh40": lambda: ev_top("tp_complaint", "e.office", *Q1_26, margin=2),
        "eh41": lambda: ev_avg("tp_complaint", "e.resolved_days", *Y25),
        "eh42": lambda: ev_top("tp_complaint", "e.complaint_category", *Y25, margin=1.1),
        "eh43": lambda: ev_top("tp_complaint", "e.complaint_category", *Q1_26, margin=1.2),
        # ---- uploads
        "eh44": lambda: ev_share("tp_doc_upload", "e.action = 'failed'", *APP, "e.device = 'android'"),
        "eh45": lambda: ev_share("tp_doc_upload", "e.action = 'failed'", *APP, "e.device = 'ios'"),
        # ---- money and volume
        "eh47": lambda: ord_sum(*Y25, PAID),
        "eh48": lambda: ord_top("o.office", *Y25, PAID, agg="avg(o.amount)", margin=1.08),
        "eh49": lambda: ord_avg(*Y25, f"{PAID} AND o.office = 'Houston'"),
        "eh50": lambda: ord_growth(Q1_25, Q1_26, PAID),
        "eh51": lambda: ev_count("tp_cancellation", *Y25),
        "eh52": lambda: ev_top("tp_cancellation", 'e."取消原因"', *Y25, "e.office = 'Houston'", margin=1.3),
        "eh53": lambda: ev_top("tp_open_escrow", "e.brokerage", *Y25, "e.office = 'Arcadia'", margin=1.5),
        "eh55": lambda: ev_share("tp_open_escrow", "e.file_type = 'cash'", *Y25),
        "eh56": lambda: ord_avg(*Y25, "o.status IN ('paid', 'refunded') AND o.office = 'Bellevue'",
                                col="o.purchase_price"),
        # ---- feedback
        "eh58": lambda: fb_count(marker("id_check")),
        "eh59": lambda: fb_count(marker("phishing")),
        "eh60": lambda: fb_top("f.office", marker("recording"), margin=1.3),
        "eh61": lambda: fb_avg("f.channel = 'post_close_survey'", start=Y25[0], end=Y25[1]),
        "eh62": lambda: nps("f.channel = 'post_close_survey'", *Y25),
        "eh63": lambda: nps("f.survey = 'agent_2026-05'"),
        "eh64": lambda: nps("f.survey = 'agent_2026-05' AND f.office = 'San Jose'"),
        "eh65": lambda: fb_top("f.office", marker("no_response"), margin=3),
        "eh66": lambda: fb_ids(marker("id_check")),
        "eh67": lambda: fb_share("f.rating <= 2", "f.channel = 'post_close_survey'", "2026-01-01", "2026-05-31"),
        "eh68": lambda: fb_top_month(marker("app_upload"), margin=1.1),
        # ---- relative periods
        "eh73": lambda: ev_count("tp_open_escrow", *month(2026, 4)),
        "eh74": lambda: ev_share("tp_emd_deposit", "e.late", *Q3_25, "e.action = 'received'"),
        "eh75": lambda: ord_sum("2026-01-01", "2026-05-31", PAID),
        "eh76": lambda: ev_count("tp_recording", "2026-03-02", "2026-03-08", RECORDED),
        "eh77": lambda: ev_count("tp_complaint", *month(2026, 1)),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
        got = gold()["eh68"]()["top_entity"]
        assert topic_month_negative("app_upload") == got, got
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
