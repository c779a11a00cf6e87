"""Gold answers for the 工采通 ProcureLink (B2B industrial supplies) held-out batch, plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a buyer account (采购账号, 账号, customer) = one customers.csv row (customer_id); a buyer company (采购企业, 企业,
  公司) = one buyer_company_id (16 % of companies have two accounts); company facts (region/地区, industry/行业,
  company_size/企业规模, sales_rep, payment_terms, credit_limit) are repeated on each of its accounts; company
  counts and company averages use DISTINCT buyer_company_id;
- zh questions are answered with the Chinese twin value (地区, 行业, 企业规模, 品类), en questions with the English
  one (region, industry, company_size, category); sales reps by their code (SR07);
- an RFQ (询价单) = one tp_rfq event, session_id = rfq_id; its quote = the tp_quote_received event of that session;
  its PO = the orders row with that rfq_id (any status); reorders (再来一单) = tp_reorder events, each followed by an
  order with order_type `reorder` and no RFQ;
- quote response time = quote ts - RFQ ts in days, over quoted RFQs, by RFQ date; "waited more than 3 days" =
  response > 3 days; RFQ -> PO days = PO ts - RFQ ts, quote -> PO days = PO ts - quote ts (by the date the question
  names: RFQ date, or quote date); medians are exact medians over those RFQs;
- quote conversion (报价转化率, per quote) = quoted RFQs with a PO / quoted RFQs; RFQ -> PO conversion (per RFQ) =
  RFQs with a PO / RFQs submitted; both by RFQ date;
- a PO = one orders row (= one tp_po event); "POs placed" counts every status unless the question excludes some;
  money (spend, 采购额, GMV) = sum of amount over orders with status `paid`, by PO date; average PO value = mean
  amount of paid POs; per-company / per-account averages are over companies / accounts with at least one such PO
  in the period; credit-terms POs = payment_method `credit_terms`; paid late = overdue_days > 0 (paid after the due
  date or still unpaid after it) among credit-terms POs that are not cancelled / refunded;
- PO -> goods received days per PO (tp_po -> tp_received of the same po_id), by PO date; received -> invoice days
  by received date; invoice error rate = tp_invoice events with invoice_error = 1 / tp_invoice events, by invoice
  date, region = the event's region / 地区;
- funnels follow DATA.md: an account reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from its first step-1 event in the period; rates per account; the tolerance covers both readings
  (later steps allowed after the period end, or not); "lost after step k" = reached k but not k+1;
- verification pass rate = accounts with a successful tp_verified / accounts with tp_verify_submit (all data);
- feedback: "all feedback" includes rows without ts unless a period is named; negative = sentiment_label = neg
  (generator truth); topic counts use text markers (tolerance 5 %); post-delivery rating = channel delivery_survey;
  NPS = channel account_survey;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; "all data" = 2025-01-01 .. 2026-06-30.
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
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, all_varchar=false, types={{'rfq_id': 'VARCHAR', 'po_id': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_po'") == one("SELECT count(*) FROM orders")
    # one row per RFQ
    CON.execute("""CREATE TABLE rfq AS
        SELECT r.session_id AS rfq_id, r.customer_id, r.ts AS t_rfq, r.category, r."品类" AS cat_zh, c.sales_rep,
               c.buyer_company_id, q.ts AS t_quote, o.ts AS t_po, o.status AS po_status
        FROM events r JOIN customers c USING (customer_id)
        LEFT JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_quote_received' GROUP BY 1) q
               ON q.session_id = r.session_id
        LEFT JOIN orders o ON o.rfq_id = r.session_id
        WHERE r.touchpoint_id = 'tp_rfq'""")
    assert one("SELECT count(*) - count(DISTINCT rfq_id) FROM rfq") == 0
    # one row per PO with fulfilment times
    CON.execute("""CREATE TABLE po AS
        SELECT o.*, s.ts AS t_ship, r.ts AS t_recv, i.ts AS t_inv
        FROM orders o
        LEFT JOIN (SELECT po_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_shipped' GROUP BY 1) s
               ON s.po_id = o.order_id
        LEFT JOIN (SELECT po_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_received' GROUP BY 1) r
               ON r.po_id = o.order_id
        LEFT JOIN (SELECT po_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_invoice' GROUP BY 1) i
               ON i.po_id = o.order_id""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def days(a: str, b: str) -> str:
    return f"(epoch({a}) - epoch({b})) / 86400.0"


def val(v, rel=0.02, floor=0.05, nd=3):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
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


def top_lost(journey, start, end, margin=1.15):
    steps, _ = _steps(journey)
    res = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = sorted(((c[k] - c[k + 1], steps[k]) for k in range(len(c) - 1)), reverse=True)
        assert lost[0][0] > lost[1][0] * margin, (c, lost)
        res.append(lost[0][1])
    assert res[0] == res[1]
    return dict(top_entity=res[0])


# ---------- RFQ / quote ----------

def rfq_median(a, b, start, end, cond="1=1", datecol="t_rfq"):
    v = one(f"""SELECT median({days(a, b)}) FROM rfq WHERE {a} IS NOT NULL AND {b} IS NOT NULL
                AND {_in(datecol, start, end)} AND ({cond})""")
    return val(v, rel=0.03, floor=0.1, nd=2)


def rfq_avg(a, b, start, end, cond="1=1"):
    v = one(f"""SELECT avg({days(a, b)}) FROM rfq WHERE {a} IS NOT NULL AND {b} IS NOT NULL
                AND {_in('t_rfq', start, end)} AND ({cond})""")
    return val(v, rel=0.03, floor=0.1, nd=2)


def top_rfq_median(by, start, end, margin=1.5):
    rows = q(f"""SELECT {by}, median({days('t_po', 't_rfq')}) m FROM rfq WHERE t_po IS NOT NULL
                 AND {_in('t_rfq', start, end)} GROUP BY 1 ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


SLOW = f"{days('t_quote', 't_rfq')} > 3"


def rfq_count(start, end, cond="1=1"):
    return cnt(one(f"SELECT count(*) FROM rfq WHERE {_in('t_rfq', start, end)} AND ({cond})"))


def rfq_share(share, start, end, cond="1=1"):
    return rate(one(f"SELECT avg(({share})::int) FROM rfq WHERE {_in('t_rfq', start, end)} AND ({cond})"))


def quote_conv(start, end, cond="1=1"):
    return rfq_share("t_po IS NOT NULL", start, end, f"t_quote IS NOT NULL AND ({cond})")


def top_quote_conv(start, end, min_n=100, margin=0.1):
    rows = q(f"""SELECT sales_rep, avg((t_po IS NOT NULL)::int) r, count(*) n FROM rfq
                 WHERE t_quote IS NOT NULL AND {_in('t_rfq', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_rfq_count(by, start, end, margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM rfq WHERE {_in('t_rfq', start, end)} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- POs / money ----------

def po_sum(start, end, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"status = '{status}'"
    v = float(one(f"SELECT sum(amount) FROM po WHERE {st} AND {_in('ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def po_count(start, end, cond="1=1", status=None):
    st = "1=1" if status is None else f"status = '{status}'"
    return cnt(one(f"SELECT count(*) FROM po WHERE {st} AND {_in('ts', start, end)} AND ({cond})"))


def po_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(amount) FROM po WHERE status = 'paid' AND {_in('ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(v * 0.005, 2))


def po_share(share, start, end, cond="1=1"):
    return rate(one(f"SELECT avg(({share})::int) FROM po WHERE {_in('ts', start, end)} AND ({cond})"))


def po_amount_share(share, start, end):
    return rate(one(f"""SELECT sum(amount) FILTER (WHERE {share}) / sum(amount) FROM po
                        WHERE status = 'paid' AND {_in('ts', start, end)}"""))


def per_group(key, start, end, cond, agg):
    v = float(one(f"""SELECT avg(x) FROM (SELECT {key}, {agg} x FROM po WHERE {_in('ts', start, end)} AND ({cond})
                      GROUP BY 1)"""))
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def companies_over(start, end, threshold):
    return cnt(one(f"""SELECT count(*) FROM (SELECT buyer_company_id, sum(amount) s FROM po WHERE status = 'paid'
                       AND {_in('ts', start, end)} GROUP BY 1) WHERE s > {threshold}"""))


def top_po(by, start, end, agg="sum(amount)", margin=1.1, min_n=0):
    rows = q(f"""SELECT {by}, {agg} v FROM po WHERE status = 'paid' AND {_in('ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:4]
    return dict(top_entity=rows[0][0])


def po_days(a, b, start, end, datecol):
    v = one(f"""SELECT avg({days(a, b)}) FROM po WHERE {a} IS NOT NULL AND {b} IS NOT NULL
                AND {_in(datecol, start, end)}""")
    return val(v, rel=0.03, floor=0.1, nd=2)


def reorders_per_account(start, end, terms_cond):
    v = one(f"""SELECT avg(n) FROM (SELECT p.customer_id, count(*) FILTER (WHERE p.order_type = 'reorder') n
                FROM po p JOIN customers c USING (customer_id)
                WHERE {_in('p.ts', start, end)} AND ({terms_cond}) GROUP BY 1)""")
    return val(v, rel=0.02, floor=0.02, nd=3)


LATE_PAY = "payment_method = 'credit_terms' AND status NOT IN ('cancelled', 'refunded')"


# ---------- events / customers ----------

def inv_err(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(invoice_error::int) FROM events e WHERE touchpoint_id = 'tp_invoice'
                        AND {_in('ts', start, end)} AND ({cond})"""))


def top_inv_err(by, start, end, margin=2.0):
    rows = q(f"""SELECT {by}, avg(invoice_error::int) r FROM events e WHERE touchpoint_id = 'tp_invoice'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def events_count(tp, start, end, cond="1=1"):
    return cnt(one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)} "
                   f"AND ({cond})"))


def verify_pass():
    return rate(one("""SELECT avg((v.customer_id IS NOT NULL)::int) FROM
                       (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_verify_submit') s
                       LEFT JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_verified'
                                  AND action = 'success') v USING (customer_id)"""))


COMP = "(SELECT DISTINCT buyer_company_id, region, \"地区\", industry, \"行业\", company_size, \"企业规模\", " \
       "sales_rep, payment_terms, credit_limit FROM customers)"


def comp_count(cond):
    return cnt(one(f"SELECT count(*) FROM {COMP} c WHERE {cond}"))


def comp_share(cond):
    return rate(one(f"SELECT avg(({cond})::int) FROM {COMP} c"))


def comp_avg(col, cond):
    v = float(one(f"SELECT avg({col}) FROM {COMP} c WHERE {cond}"))
    return dict(value=round(v, 2), tolerance=round(v * 0.005, 2))


def top_comp(col, margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM {COMP} c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def signups(start, end):
    n1 = one(f"SELECT count(*) FROM customers WHERE {_in('signup_at', start, end)}")
    n2 = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_register' AND "
             f"{_in('ts', start, end)}")
    assert n1 == n2, (n1, n2)
    return cnt(n1)


# ---------- feedback ----------

def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_topic(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def top_fb(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_share(col, share, cond="1=1", margin=1.3, min_n=40):
    rows = q(f"""SELECT {col}, avg(({share})::int) r FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"


def _any(words, col="f.text"):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


T_INV = _any(["发票", "专票", "invoice"])
T_SPEC = _any(["规格不对", "型号不对", "发错货", "wrong spec", "wrong size", "wrong model"])
T_PRICE = _any(["价格实惠", "报价有优势", "价格很有竞争力", "good prices", "competitive prices", "great prices"])
T_SLOW = _any(["报价太慢", "迟迟没有报价", "等报价", "quote took", "waiting for a quote", "slow quote"])
T_EXP = _any(["报价偏高", "报价太贵", "too high", "overpriced"])
T_LATE = _any(["延迟", "晚到", "推迟", "拖", "late", "delayed"])
CREDIT = "c.payment_terms IN ('net30', 'net60')"


def gold() -> dict:
    INSTR = "category = 'Instruments'"
    return {
        # ---- times between steps
        "pl01": lambda: rfq_median("t_po", "t_rfq", *Y25, INSTR),
        "pl02": lambda: rfq_median("t_po", "t_rfq", *Y25, f"NOT ({INSTR})"),
        "pl03": lambda: top_rfq_median("category", *ALL),
        "pl04": lambda: rfq_avg("t_quote", "t_rfq", *H1_26),
        "pl05": lambda: rfq_avg("t_quote", "t_rfq", *quarter(2025, 3)),
        "pl06": lambda: rfq_count(*quarter(2025, 3), f"t_quote IS NOT NULL AND {SLOW}"),
        "pl07": lambda: rfq_share(SLOW, *quarter(2025, 2), "t_quote IS NOT NULL"),
        "pl08": lambda: rfq_share(SLOW, *quarter(2025, 3), "t_quote IS NOT NULL"),
        "pl10": lambda: po_days("t_recv", "ts", *Y25, "ts"),
        "pl11": lambda: po_days("t_inv", "t_recv", *H1_26, "t_recv"),
        # ---- per buyer
        "pl12": lambda: per_group("buyer_company_id", *Y25, "status <> 'cancelled'", "count(*)"),
        "pl13": lambda: per_group("buyer_company_id", *Y25, "status = 'paid'", "sum(amount)"),
        "pl14": lambda: per_group("customer_id", *Y25, "status = 'paid'", "sum(amount)"),
        "pl15": lambda: po_avg(*H1_26),
        "pl17": lambda: reorders_per_account(*Y25, CREDIT),
        "pl18": lambda: reorders_per_account(*Y25, "c.payment_terms = 'prepay'"),
        "pl19": lambda: po_share("order_type = 'reorder'", *quarter(2026, 1)),
        "pl20": lambda: po_share("overdue_days > 0", *Y25, LATE_PAY),
        "pl21": lambda: comp_count("c.payment_terms <> 'prepay'"),
        # ---- shares
        "pl22": lambda: po_amount_share("payment_method = 'credit_terms'", *Y25),
        "pl23": lambda: po_share("status = 'cancelled'", *Y25),
        "pl24": lambda: verify_pass(),
        "pl25": lambda: comp_share("c.company_size = 'large'"),
        # ---- thresholds
        "pl26": lambda: po_count(*Y25, "amount > 50000", status="paid"),
        "pl27": lambda: po_sum(*H1_26, "amount > 50000"),
        "pl28": lambda: companies_over(*Y25, 200000),
        "pl29": lambda: po_count(*quarter(2025, 4), f"{LATE_PAY} AND overdue_days > 0"),
        # ---- periods
        "pl30": lambda: po_sum(*H2_25),
        "pl31": lambda: po_count(*month(2026, 5)),
        "pl32": lambda: signups(*month(2025, 10)),
        "pl33": lambda: rfq_count("2026-03-02", "2026-03-08"),
        "pl34": lambda: po_sum(*quarter(2026, 1)),
        "pl35": lambda: po_sum(*quarter(2025, 4), "buyer_company_id IN (SELECT buyer_company_id FROM customers "
                                                  "WHERE industry = 'Construction')"),
        # ---- rankings
        "pl36": lambda: top_po("\"品类\"", *Y25, agg="avg(amount)", margin=1.3),
        "pl37": lambda: top_po("region", *H1_26),
        "pl38": lambda: top_quote_conv(*ALL),
        "pl40": lambda: top_inv_err("\"地区\"", *ALL),
        "pl41": lambda: top_po("sales_rep", *Y25),
        "pl42": lambda: top_comp("\"行业\""),
        # ---- comparisons
        "pl43": lambda: quote_conv(*ALL, "sales_rep = 'SR07'"),
        "pl44": lambda: quote_conv(*ALL, "sales_rep <> 'SR07'"),
        "pl45": lambda: inv_err(*Y25, "\"地区\" = '华南'"),
        "pl46": lambda: inv_err(*Y25, "\"地区\" <> '华南'"),
        "pl47": lambda: po_avg(*Y25, "payment_method = 'credit_terms'"),
        "pl48": lambda: po_avg(*Y25, "payment_method = 'bank_transfer'"),
        # ---- trends
        "pl49": lambda: po_count(*quarter(2025, 3)),
        "pl50": lambda: po_count(*quarter(2025, 2)),
        "pl51": lambda: rfq_share("t_po IS NOT NULL", *quarter(2025, 3)),
        "pl52": lambda: rfq_share("t_po IS NOT NULL", *quarter(2025, 4)),
        # ---- funnels
        "pl54": lambda: conv("onboarding", *Y25),
        "pl55": lambda: top_lost("onboarding", *H1_26),
        "pl56": lambda: conv("rfq_to_po", *quarter(2026, 1)),
        "pl57": lambda: top_lost("rfq_to_po", *quarter(2025, 3)),
        "pl58": lambda: conv("fulfilment", *Y25),
        "pl59": lambda: conv("reorder", *Y25),
        # ---- feedback
        "pl60": lambda: fb_topic(T_INV),
        "pl61": lambda: fb_topic(T_SPEC),
        "pl62": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "pl63": lambda: fb_avg("rating", f"f.channel = 'delivery_survey' AND {_in('f.ts', *Y25)}"),
        "pl64": lambda: top_fb("f.\"地区\"", T_INV, margin=2.0),
        "pl65": lambda: top_fb("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *quarter(2025, 3))}", margin=2.0),
        "pl66": lambda: fb_count("f.ts IS NULL"),
        "pl67": lambda: fb_ids(T_PRICE),
        "pl68": lambda: fb_topic(f"{T_SLOW} AND {_in('f.ts', *quarter(2025, 3))}"),
        "pl69": lambda: fb_avg("nps", f"f.channel = 'account_survey' AND {_in('f.ts', *Y25)}", tol=0.05),
        "pl71": lambda: fb_ids(f"{NEG} AND f.sales_rep = 'SR07'"),
    }


def top_po_industry(start, end, margin=1.05, min_n=100):
    rows = q(f"""SELECT c.industry, avg(p.amount) v FROM po p JOIN (SELECT DISTINCT buyer_company_id, industry
                 FROM customers) c USING (buyer_company_id) WHERE p.status = 'paid' AND {_in('p.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8")) if batch.exists() else []
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    if unused:
        print("WARNING gold for ids not in the batch:", sorted(unused))
        if write:
            raise SystemExit("refusing to write with unused gold")
        for k in sorted(unused):
            try:
                print(k, checks[k]())
            except AssertionError as e:
                print(k, "ASSERT", str(e)[:300])
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
