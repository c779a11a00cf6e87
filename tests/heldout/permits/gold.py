"""Gold answers for the CityGo 一网通办 (permits and licences portal) held-out batch, from plain DuckDB SQL over the
raw CSVs that generate.py writes.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- one applicant (customer) = one application case in this extract; "applicants / 申请人 / people" = distinct
  customer_id; "applications submitted / 提交的申请 / 申请量" = distinct applicants with a tp_submit event in the period
  (one submit event per applicant, so this equals the submit event count); "approved / 办结" = tp_approval events
  (one per applicant) by their own timestamp; "correction requests / 补正通知" = tp_correction events (an applicant
  can get two), "applicants who got a correction request" = distinct customers with one;
- a correction rate of a submission cohort = applicants who submitted in the period and got at least one
  tp_correction (at any later time) / applicants who submitted in the period (the question says so);
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey window (apply 60 d, onsite 30 d) from their first step-1 event in the period; the
  funnel "for period P" = customers whose first step-1 event is in P. Whether later steps must also fall inside P
  is not pinned down, so each rate is computed both ways and the tolerance covers both (+0.005). A failed upload
  (action fail) is still an event at tp_doc_upload, so it reaches the upload step. A funnel "for building permits /
  on the PC portal" uses customers.service_type / customers.application_channel (the same values as on the
  events). "Conversion from step a to step b" = reached b / reached a; "drop-off rate at step k" = (reached k -
  reached k+1) / reached k; "the step that loses most" = largest reached k - reached k+1 (that step's touchpoint);
- durations: days (86,400 s) from the applicant's tp_submit event to their tp_approval event; "applications
  approved in P" = approval ts in P. The alternative reading (the funnel part step 4 -> 6 of applicants whose first
  step-1 event is in P, within the 60-day window) is computed too and the tolerance covers both (at least 2 %);
- queue wait = the extra column wait_minutes on tp_onsite_check events (on-site verification at the service hall)
  and on tp_cert_delivery events with action pickup; averages over those events;
- district, applicant_type, department, is_express, nationality are customers' columns; channel shares of
  submissions use the submit event's channel (= customers.application_channel);
- money: orders are fee payments; "fees collected / revenue / 收费" = sum(amount) of orders with status paid;
  refunded amounts = status refunded; cancelled = never paid. fee_type plate_fee / permit_fee / postage;
- feedback "negative" = sentiment_label = neg (generator truth); topic counts use text markers (listed below)
  with a 5 % tolerance; questions without a period include comments without a date; rating averages are computed
  over all rows and over dated rows and the tolerance covers both; 差评 = rating 1-2 of 好差评 (channel haochaping);
- periods are inclusive calendar dates; a week runs Monday..Sunday; relative periods resolve against the item's
  `as_of`; questions without a period cover the whole extract 2024-01-01 .. 2026-06-30.
"Top" items are checked for a clear first place (the script fails otherwise).
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
    for t in ("touchpoints", "customers", "events", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def per(start, end, col="ts"):
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
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {per(start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(fn):
    a, b = fn(False), fn(True)
    print("    (unbounded, bounded)", round(a, 4), round(b, 4))
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def conv(journey, start, end, a=1, b=None, cust=None):
    def f(bounded):
        c = funnel(journey, start, end, cust, bounded)
        return c[(b or len(c)) - 1] / c[a - 1]
    return _both(f)


def dropoff(journey, start, end, k, cust=None):
    def f(bounded):
        c = funnel(journey, start, end, cust, bounded)
        return (c[k - 1] - c[k]) / c[k - 1]
    return _both(f)


def top_lost(journey, start, end, cust=None):
    steps, _ = _steps(journey)
    c = funnel(journey, start, end, cust)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    print("   ", c, lost)
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * 1.1, lost
    return dict(top_entity=steps[best])


def top_conv(journey, start, end, column, values, a=1, b=None, lowest=False):
    rates = {}
    for v in values:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.03, rates
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    return dict(top_entity=str(order[0]))


# ---------- events ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def event_count(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def ev_share(tp, start, end, cond, within="1=1"):
    v = one(f"""SELECT avg(({cond})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} AND ({within})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_by(tp, start, end, column, distinct=True, where="1=1"):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT {column}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} AND ({where}) GROUP BY 1 ORDER BY n DESC""",
             tp)
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * 1.05, rows
    return dict(top_entity=str(rows[0][0]))


def monthly_peak(tp, start, end, distinct=False):
    agg = "count(DISTINCT customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT date_trunc('month', ts) m, {agg} n FROM events WHERE touchpoint_id = ? AND {per(start, end)}
                 GROUP BY 1 ORDER BY n DESC""", tp)
    print("   ", rows[:3])          # a tie for first place does not change the peak value
    return dict(value=rows[0][1], tolerance=0.5)


def corr_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                                    AND x.touchpoint_id = 'tp_correction'))::int)
                FROM events s JOIN customers c USING (customer_id)
                WHERE s.touchpoint_id = 'tp_submit' AND {per(start, end, 's.ts')} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_corr_rate(column):
    rows = q(f"""SELECT {column}, avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                                              AND x.touchpoint_id = 'tp_correction'))::int) r
                 FROM events s JOIN customers c USING (customer_id) WHERE s.touchpoint_id = 'tp_submit'
                 GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] > rows[1][1] + 0.03, rows
    return dict(top_entity=str(rows[0][0]))


def wait_avg(tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(wait_minutes) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND wait_minutes IS NOT NULL AND {per(start, end, 'e.ts')} AND ({cond})""",
            tp)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.02), 2))


def top_wait(tp, column):
    rows = q(f"""SELECT {column}, avg(wait_minutes) w FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND wait_minutes IS NOT NULL GROUP BY 1 ORDER BY w DESC""", tp)
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * 1.2, rows
    return dict(top_entity=str(rows[0][0]))


# ---------- durations (submit -> approval) ----------

def _dur_sql(start, end, cond, agg):
    return f"""SELECT {agg}(epoch(a.ts - s.ts) / 86400.0) FROM events s
               JOIN events a ON a.customer_id = s.customer_id AND a.touchpoint_id = 'tp_approval'
               JOIN customers c ON c.customer_id = s.customer_id
               WHERE s.touchpoint_id = 'tp_submit' AND {per(start, end, 'a.ts')} AND ({cond})"""


def _dur_funnel_sql(start, end, cond, agg):
    return f"""SELECT {agg}(epoch(a.ts - s.ts) / 86400.0) FROM
               (SELECT customer_id, min(ts) t1 FROM events WHERE touchpoint_id = 'tp_find_service'
                AND {per(start, end)} GROUP BY 1) f
               JOIN events s ON s.customer_id = f.customer_id AND s.touchpoint_id = 'tp_submit' AND s.ts > f.t1
               JOIN events a ON a.customer_id = f.customer_id AND a.touchpoint_id = 'tp_approval' AND a.ts > s.ts
                    AND a.ts <= f.t1 + INTERVAL 60 DAY
               JOIN customers c ON c.customer_id = f.customer_id WHERE ({cond})"""


def duration(start, end, cond="1=1", agg="median"):
    a = one(_dur_sql(start, end, cond, agg))
    b = one(_dur_funnel_sql(start, end, cond, agg))
    print("    (by approval date, funnel cohort)", round(a, 3), round(b, 3))
    return dict(value=round(a, 3), tolerance=round(max(abs(a - b) + 0.1, a * 0.02), 3))


def top_duration(column, agg="median"):
    rows = q(f"""SELECT {column}, {agg}(epoch(a.ts - s.ts) / 86400.0) d FROM events s
                 JOIN events a ON a.customer_id = s.customer_id AND a.touchpoint_id = 'tp_approval'
                 JOIN customers c ON c.customer_id = s.customer_id WHERE s.touchpoint_id = 'tp_submit'
                 GROUP BY 1 ORDER BY d DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * 1.2, rows
    return dict(top_entity=str(rows[0][0]))


# ---------- orders (fee payments) ----------

def fees(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id) WHERE {per(start, end, 'o.ts')}
                AND ({cond}) {st}""")
    if agg == "count(*)":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def top_fee(column, agg="sum(o.amount)", start="2024-01-01", end="2026-06-30"):
    rows = q(f"""SELECT {column}, {agg} s FROM orders o JOIN customers c USING (customer_id)
                 WHERE {per(start, end, 'o.ts')} AND o.status = 'paid' GROUP BY 1 ORDER BY s DESC""")
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * 1.05, rows
    return dict(top_entity=str(rows[0][0]))


# ---------- customers ----------

def cust_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def cust_share(cond):
    return dict(value=round(one(f"SELECT avg(({cond})::int) FROM customers c"), 4), tolerance=0.01)


# ---------- feedback ----------

def fb_count(cond, exact=False):
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}")
    return dict(value=n, tolerance=0.5 if exact else max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond):
    a = one(f"SELECT avg({col}) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}")
    b = one(f"SELECT avg({col}) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} "
            f"AND f.ts IS NOT NULL")
    return dict(value=round(a, 3), tolerance=round(max(0.05, abs(a - b) + 0.02), 3))


def fb_share(cond, within):
    v = one(f"SELECT avg(({cond})::int) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {within}")
    w = one(f"SELECT avg(({cond})::int) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {within} "
            f"AND f.ts IS NOT NULL")
    return dict(value=round(v, 4), tolerance=round(max(0.02, abs(v - w) + 0.01), 4))


def top_rating(where="f.rating IS NOT NULL"):
    rows = q(f"""SELECT touchpoint_id, avg(rating) r, count(*) FROM feedback f WHERE {where}
                 GROUP BY 1 HAVING count(*) >= 10 ORDER BY r""")
    print("   ", rows[:3])
    assert rows[1][1] - rows[0][1] > 0.1, rows
    return dict(top_entity=rows[0][0])


def top_neg(col):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def cites(cond):
    ids = [r[0] for r in q(f"""SELECT feedback_id FROM feedback f LEFT JOIN customers c USING (customer_id)
                                WHERE {cond} ORDER BY 1""")]
    assert len(ids) >= 5, cond
    return dict(citations_from=ids)


ALL = ("2024-01-01", "2026-06-30")
Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
UPLOAD_TXT = "(f.text LIKE '%上传%' OR lower(f.text) LIKE '%upload%')"
QUEUE_TXT = "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%' OR lower(f.text) LIKE '%long wait%')"
HOTLINE_TXT = "(f.text LIKE '%12345%' OR f.text LIKE '%热线%' OR lower(f.text) LIKE '%hotline%')"
POLICY_TXT = ("(f.text LIKE '%新规%' OR f.text LIKE '%经营范围%' OR lower(f.text) LIKE '%new rules%' "
              "OR lower(f.text) LIKE '%business scope%')")
ENGLISH_TXT = "(lower(f.text) LIKE '%english%' OR lower(f.text) LIKE '%translate%')"
BUILD, BIZ = "c.service_type = 'building_permit'", "c.service_type = 'business_licence'"
OLD = "c.district = '老城区'"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {per(*a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {per(*b)}")
    print("   ", x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def gold() -> dict:
    pc, mini = "c.application_channel = 'pc_portal'", "c.application_channel = 'mini_program'"
    return {
        # funnels
        "pm01": lambda: conv("apply", *Y25),
        "pm02": lambda: top_lost("apply", *ALL, cust=BUILD),
        "pm03": lambda: dropoff("apply", *Y25, k=3, cust=BUILD),
        "pm04": lambda: dropoff("apply", *Y25, k=3, cust=BIZ),
        "pm05": lambda: top_lost("apply", *ALL),
        "pm06": lambda: top_conv("apply", *ALL, "application_channel", ["pc_portal", "mini_program"], a=2, b=4),
        "pm07": lambda: conv("apply", *H1_26, a=2, b=4, cust=pc),
        "pm08": lambda: conv("apply", *H1_26, a=2, b=4, cust=mini),
        "pm09": lambda: conv("onsite", *Y25),
        "pm10": lambda: conv("apply", *Y25, a=5, b=6),
        # counts
        "pm11": lambda: users_at("tp_submit", *Y25),
        "pm12": lambda: users_at("tp_submit", *Q1_26),
        "pm13": lambda: users_at("tp_submit", *Y25, "e.channel = 'mini_program'"),
        "pm14": lambda: users_at("tp_correction", *month(2025, 10)),
        "pm15": lambda: event_count("tp_correction", *month(2025, 10)),
        "pm16": lambda: corr_rate(*month(2025, 9), BIZ),
        "pm17": lambda: corr_rate(*month(2025, 6), BIZ),
        "pm18": lambda: top_corr_rate("c.department"),
        "pm19": lambda: users_at("tp_correction", "2025-09-08", "2025-09-14", BIZ),
        # durations
        "pm20": lambda: duration(*Y25),
        "pm21": lambda: duration(*Y25, OLD),
        "pm22": lambda: duration(*ALL, "c.is_express", agg="avg"),
        "pm23": lambda: duration(*ALL, "NOT c.is_express", agg="avg"),
        "pm24": lambda: duration(*ALL, BUILD, agg="avg"),
        "pm25": lambda: top_duration("c.district"),
        # waits
        "pm26": lambda: top_wait("tp_onsite_check", "c.district"),
        "pm27": lambda: wait_avg("tp_onsite_check", *ALL, OLD),
        "pm28": lambda: wait_avg("tp_cert_delivery", *Y25, "e.action = 'pickup'"),
        "pm29": lambda: event_count("tp_onsite_check", *Y25, f"{OLD} AND e.wait_minutes > 60"),
        # channels / extra columns
        "pm30": lambda: ev_share("tp_submit", *Y25, "e.channel = 'mini_program'"),
        "pm31": lambda: ev_share("tp_submit", *Y24, "e.channel = 'mini_program'"),
        "pm32": lambda: top_by("tp_hotline", *ALL, "c.district", distinct=False),
        "pm33": lambda: event_count("tp_hotline", *month(2026, 5)),
        "pm34": lambda: cust_count("c.nationality = 'foreign'"),
        "pm35": lambda: cust_share("c.applicant_type <> 'citizen'"),
        "pm36": lambda: users_at("tp_approval", *ALL, "c.applicant_type = 'individual_business'"),
        "pm37": lambda: ev_share("tp_cert_delivery", *Y25, "e.action = 'mailed'"),
        "pm38": lambda: ev_share("tp_submit", *ALL, "c.is_express"),
        # fees
        "pm39": lambda: fees(*Y25),
        "pm40": lambda: fees(*H1_26, "o.fee_type = 'plate_fee'"),
        "pm41": lambda: top_fee("o.service_type"),
        "pm42": lambda: fees(*Y25, status="refunded"),
        "pm43": lambda: fees(*ALL, "o.fee_type = 'permit_fee'", agg="avg(o.amount)"),
        "pm44": lambda: fees(*Q4_25, "o.fee_type = 'postage'", agg="count(*)"),
        "pm45": lambda: fees(*Y25, agg="count(*)", status="cancelled"),
        "pm46": lambda: fees(*ALL, f"{BIZ} AND o.fee_type = 'postage'"),
        "pm47": lambda: top_fee("o.pay_method", agg="count(*)", start=Y25[0], end=Y25[1]),
        # feedback
        "pm48": lambda: fb_avg("rating", f"f.channel = 'haochaping' AND {per(*Y25, 'f.ts')}"),
        "pm49": lambda: fb_avg("rating", f"f.channel = 'haochaping' AND {OLD}"),
        "pm50": lambda: top_rating("f.channel = 'haochaping'"),
        "pm51": lambda: fb_share("f.rating <= 2", "f.channel = 'haochaping'"),
        "pm52": lambda: fb_count(UPLOAD_TXT),
        "pm53": lambda: fb_count(QUEUE_TXT),
        "pm54": lambda: fb_count(HOTLINE_TXT),
        "pm55": lambda: fb_count(POLICY_TXT),
        "pm56": lambda: fb_share(NEG, "f.language = 'en'"),
        "pm57": lambda: cites(f"f.language = 'en' AND {NEG}"),
        "pm58": lambda: dict(value=round(one(f"SELECT avg(({NEG})::int) FROM feedback f WHERE {per(*Y25, 'f.ts')}"),
                                         4), tolerance=0.02),
        "pm59": lambda: top_neg("f.channel"),
        "pm60": lambda: fb_count(f"f.channel = 'hotline_12345' AND {per(*Q3_25, 'f.ts')}", exact=True),
        # why
        "pm61": lambda: cites(f"f.touchpoint_id = 'tp_doc_upload' AND {NEG}"),
        "pm62": lambda: cites(f"{OLD} AND {NEG}"),
        "pm63": lambda: cites(POLICY_TXT),
        # trends, relative periods
        "pm67": lambda: growth("tp_submit", Y24, Y25),
        "pm68": lambda: monthly_peak("tp_correction", *H2_25),
        "pm77": lambda: users_at("tp_approval", *Q1_26),
        "pm78": lambda: users_at("tp_submit", *H1_26),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            print(it["id"], it["question"][:60], exp)
            continue
        print(it["id"], it["question"][:60])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
