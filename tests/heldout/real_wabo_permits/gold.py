"""Gold answers for the WABO permit-application (receipt phase) batches: plain DuckDB SQL over the converted DATA.md
files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (journey map / definition / why questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one case = one permit application = one customer ("applications", "cases", "申请", "案件", "申请人" counted
  once per application; the log has no applicant id). 1,434 applications, 8,577 tasks (events).
- an application is "filed / submitted / 按申请日期" in a period when its application date (customers.signup_at,
  the case's `startdate`) falls in it. "Receipts registered / 收件登记" in a period count the 'Confirmation of
  receipt' events (touchpoint tp_receipt; exactly one per application) by their own timestamp; any other task
  ("confirmation letters sent" = T05 events, "document X created" = T11 events) is counted by its own timestamp.
  "How many applications needed / got X" counts distinct applications with at least one X event over the whole
  log (events 2010-10-02 .. 2012-01-23).
- tasks are events; "employee / 处理人 / resource" = events.resource (48 distinct ids, admin and test accounts
  included); "work group / 工作组" = events.work_group (empty on 1,936 events, left out of group rankings);
  "responsible / case officer / 负责人" = customers.responsible; "department / 部门" = customers.department;
  "case group / 案件分组" = customers.case_group (empty for 825); "channel / 递交渠道" =
  customers.acquisition_channel (Internet = online, Desk = 柜台, Post = 邮寄, e-mail, Intern).
- durations go from the application's first event of activity A to its first event of activity B (the receipt
  registration has one event per case); only applications that have both are counted. Units: minutes / hours / days
  of 60 / 3,600 / 86,400 s. "Within 24 hours" = <= 24 h. The receipt phase per application = last event - first event
  (0 for one-event applications), averaged over all 1,434. Application date -> receipt registration uses the
  application date at 00:00.
- deadlines: "closed" = case_end (the procedure's end date) is given (1,329; 105 open at export); "closed after
  the deadline / 超期结案" = the date of case_end is later than the deadline date; shares of late closures are over
  closed applications. A deadline "longer than 8 weeks" = deadline - application date > 56 days. Time to close =
  case_end - application date (00:00) in days, over closed applications.
- the funnels are the journeys as generate.py writes them, under DATA.md's rule: step k is reached by an event at
  step k's touchpoint strictly after the time step k-1 was reached and within window_days (30) of the
  application's first step-1 event; a period funnel takes the applications whose first step-1 event is in the
  period. Conversion = reached last step / reached step 1; step-to-step = reached k+1 / reached k. Drop-off at
  step k = reached k but not k+1 (the step the applications are lost from is step k's touchpoint).
- times are local wall-clock as written by generate.py (offsets dropped). A week runs Monday to Sunday; relative
  periods resolve against `as_of`.
- rates are fractions (tolerance 0.01); counts tolerance 0.5; averages / medians tolerance 2 % (at least 0.05).
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2010-01-01", "2013-01-01"  # covers every date of the log, end exclusive


def apps(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Applications filed (application date) in [a, b) with an extra condition on columns of `c`."""
    return f"(SELECT * FROM c WHERE signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}' AND ({where}))"


def n_apps(**kw: str) -> str:
    return f"SELECT count(*) FROM {apps(**kw)}"


def share(cond: str, **kw: str) -> str:
    return f"SELECT avg(({cond})::INT) FROM {apps(**kw)}"


def n_ev(code: str, a: str = FIRST, b: str = END) -> str:
    """Events whose task_code is LIKE `code` with a <= ts < b (T00 = the receipt registration)."""
    return (f"SELECT count(*) FROM e WHERE task_code LIKE '{code}' AND ts >= TIMESTAMP '{a}' "
            f"AND ts < TIMESTAMP '{b}'")


def has(code: str) -> str:
    return f"customer_id IN (SELECT customer_id FROM e WHERE task_code LIKE '{code}')"


def n_has(code: str) -> str:
    return f"SELECT count(DISTINCT customer_id) FROM e WHERE task_code LIKE '{code}'"


def first(code: str) -> str:
    return f"(SELECT customer_id, min(ts) AS t FROM e WHERE task_code LIKE '{code}' GROUP BY 1)"


def dur(a: str, b: str, unit: float, agg: str) -> str:
    """agg of (first b - first a) in `unit` seconds over applications that have both."""
    return (f"SELECT {agg}(epoch(y.t - x.t) / {unit}) FROM {first(a)} x JOIN {first(b)} y USING (customer_id)")


def top(col: str, src: str, agg: str = "count(*)") -> str:
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2"


# journeys: (task codes of the steps, window days, touchpoint ids)
RECEIPT = (["T00", "T02", "T04", "T05"], 30,
           ["tp_receipt", "tp_t02_check_receipt", "tp_t04_determine_receipt", "tp_t05_send_receipt"])
STOP = (["T00", "T06", "T10"], 30, ["tp_receipt", "tp_t06_stop_advice", "tp_t10_stop_indication"])
DOCX = (["T11", "T12", "T14", "T15"], 30,
        ["tp_t11_create_doc_x", "tp_t12_check_doc_x", "tp_t14_determine_doc_x", "tp_t15_print_doc_x"])
HOLD = (["T16", "T17", "T19", "T20"], 30,
        ["tp_t16_hold_reasons", "tp_t17_check_report_y", "tp_t19_determine_report_y", "tp_t20_print_report_y"])


def funnel(j: tuple, a: str = FIRST, b: str = END) -> str:
    """One row per application whose first step-1 event is in [a, b), s1..sn = time each step was reached."""
    steps, win, _ = j
    parts = [f"f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE task_code = '{steps[0]}' GROUP BY 1 "
             f"HAVING min(ts) >= TIMESTAMP '{a}' AND min(ts) < TIMESTAMP '{b}')"]
    for k in range(2, len(steps) + 1):
        parts.append(
            f"f{k} AS (SELECT f{k - 1}.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f{k - 1}.customer_id "
            f"AND x.task_code = '{steps[k - 1]}' AND x.ts > f{k - 1}.s{k - 1} "
            f"AND x.ts <= f{k - 1}.s1 + INTERVAL {win} DAY) AS s{k} FROM f{k - 1})")
    return f"(WITH {', '.join(parts)} SELECT * FROM f{len(steps)})"


def reached(j: tuple, k: int, a: str = FIRST, b: str = END) -> str:
    return f"SELECT count(s{k}) FROM {funnel(j, a, b)}"


def conv(j: tuple, k_from: int, k_to: int, a: str = FIRST, b: str = END) -> str:
    return f"SELECT count(s{k_to}) / count(s{k_from}) FROM {funnel(j, a, b)}"


def lost_top(j: tuple) -> str:
    tps = j[2]
    rows = " UNION ALL ".join(f"SELECT '{tps[i]}' AS k, count(s{i + 1}) - count(s{i + 2}) AS v FROM F"
                              for i in range(len(tps) - 1))
    return f"WITH F AS {funnel(j)} SELECT * FROM ({rows}) ORDER BY v DESC, k LIMIT 2"


CLOSED = "case_end IS NOT NULL"
LATE = "case_end::DATE > deadline"


def late_share(where: str = "TRUE") -> str:
    return f"SELECT avg(({LATE})::INT) FROM c WHERE {CLOSED} AND ({where})"


MINUTES, HOURS, DAYS = 60.0, 3600.0, 86400.0
T = (None, 0.02)  # relative tolerance 2 %
Q4_10 = ("2010-10-01", "2011-01-01")
Y11, H1_11, H2_11 = ("2011-01-01", "2012-01-01"), ("2011-01-01", "2011-07-01"), ("2011-07-01", "2012-01-01")
Q1_11, Q2_11, Q3_11 = ("2011-01-01", "2011-04-01"), ("2011-04-01", "2011-07-01"), ("2011-07-01", "2011-10-01")

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    "wp01": ("value", n_apps(), 0.5),
    "wp02": ("value", n_apps(a="2011-03-01", b="2011-04-01"), 0.5),
    "wp03": ("value", n_apps(a="2011-04-01", b="2011-05-01"), 0.5),
    "wp04": ("top_value_only", top("strftime(signup_at, '%Y-%m')", apps()), 0.5),
    "wp05": ("value", n_apps(a=Y11[0], b=Y11[1]), 0.5),
    "wp06": ("value", f"SELECT ({n_apps(a=H2_11[0], b=H2_11[1])}) - ({n_apps(a=H1_11[0], b=H1_11[1])})", 0.5),
    # as_of 2011-10-15: last month = September 2011
    "wp07": ("value", n_apps(a="2011-09-01", b="2011-10-01"), 0.5),
    # as_of 2011-07-10: last quarter = Q2 2011
    "wp08": ("value", n_ev("T00", *Q2_11), 0.5),
    "wp09": ("value", n_ev("T05", *Q4_10), 0.5),
    "wp10": ("value", n_ev("T05", *Q3_11), 0.5),
    "wp11": ("top_value_only", top("strftime(ts, '%Y-%m')", "(SELECT * FROM e WHERE task_code = 'T05' "
                                                         "AND year(ts) = 2011)"), 0.5),
    # as_of Wed 2011-06-08: last week = Mon 2011-05-30 .. Sun 2011-06-05
    "wp12": ("value", n_ev("T00", "2011-05-30", "2011-06-06"), 0.5),
    # as_of 2011-03-02: yesterday = 2011-03-01
    "wp13": ("value", n_ev("T00", "2011-03-01", "2011-03-02"), 0.5),
    "wp14": ("value", share("acquisition_channel = 'Internet'"), 0.01),
    "wp15": ("value", share("acquisition_channel = 'Post'"), 0.01),
    "wp16": ("value", n_apps(where="acquisition_channel = 'Desk'"), 0.5),
    "wp17": ("top_value", top("department", apps()), 0.5),
    "wp18": ("value", n_apps(where="department = 'Experts'"), 0.5),
    "wp19": ("top_value", top("resource", "e"), 0.5),
    "wp20": ("value", "SELECT count(DISTINCT customer_id) FROM e WHERE resource = 'Resource01'", 0.5),
    "wp21": ("top_value", top("responsible", apps()), 0.5),
    "wp22": ("top_value", top("work_group", "(SELECT * FROM e WHERE work_group IS NOT NULL)"), 0.5),
    "wp23": ("top_value", top("work_group", "(SELECT * FROM e WHERE work_group IS NOT NULL AND task_code = 'T05')"),
             0.5),
    "wp28": ("value", n_has("T03"), 0.5),
    "wp29": ("value", n_has("T11"), 0.5),
    "wp30": ("value", n_has("T09%"), 0.5),
    "wp31": ("value", share(has("T07%")), 0.01),
    "wp32": ("value", n_has("T16"), 0.5),
    "wp33": ("value", "SELECT count(*) FROM (SELECT customer_id FROM e GROUP BY 1 HAVING count(*) = 1)", 0.5),
    "wp34": ("value", "SELECT count(*) FROM (SELECT customer_id FROM e WHERE task_code = 'T02' GROUP BY 1 "
                      "HAVING count(*) > 1)", 0.5),
    "wp35": ("top_value", top("touchpoint_id", "(SELECT * FROM e WHERE task_code <> 'T00')"), 0.5),
    "wp36": ("value", share(has("T05")), 0.01),
    "wp37": ("value", reached(RECEIPT, 4), 0.5),
    "wp38": ("value", conv(RECEIPT, 1, 4), 0.01),
    "wp39": ("top", lost_top(RECEIPT), None),
    "wp40": ("value", conv(RECEIPT, 2, 3), 0.01),
    "wp41": ("value", conv(RECEIPT, 1, 4, *Q1_11), 0.01),
    "wp42": ("value", reached(STOP, 3), 0.5),
    "wp43": ("value", conv(STOP, 1, 3), 0.01),
    "wp44": ("value", conv(DOCX, 1, 4), 0.01),
    "wp45": ("value", reached(HOLD, 4), 0.5),
    "wp46": ("value", dur("T00", "T05", DAYS, "avg"), T),
    "wp47": ("value", dur("T00", "T05", MINUTES, "median"), T),
    "wp48": ("value", f"SELECT avg((epoch(y.t - x.t) <= 86400)::INT) FROM {first('T00')} x "
                      f"JOIN {first('T05')} y USING (customer_id)", 0.01),
    "wp49": ("value", f"SELECT avg(epoch(x.t - c.signup_at) / {DAYS}) FROM c JOIN {first('T00')} x "
                      f"USING (customer_id)", T),
    "wp50": ("value", f"SELECT avg(d) FROM (SELECT epoch(max(ts) - min(ts)) / {DAYS} AS d FROM e GROUP BY customer_id)",
             T),
    "wp51": ("value", dur("T11", "T15", DAYS, "median"), T),
    "wp52": ("value", dur("T00", "T10", MINUTES, "median"), T),
    "wp53": ("value", late_share(), 0.01),
    "wp54": ("value", late_share("acquisition_channel = 'Desk'"), 0.01),
    "wp55": ("value", f"SELECT count(*) FROM c WHERE {CLOSED} AND {LATE} AND department = 'Customer contact'", 0.5),
    "wp56": ("value", "SELECT count(*) FROM c WHERE case_end IS NULL", 0.5),
    "wp57": ("value", f"SELECT avg(epoch(case_end - signup_at) / {DAYS}) FROM c WHERE {CLOSED}", T),
    "wp58": ("value", n_apps(where="datediff('day', signup_at, deadline) > 56"), 0.5),
    "wp59": ("top_value", f"SELECT acquisition_channel AS k, avg(({LATE})::INT) AS v FROM c WHERE {CLOSED} "
                          f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2", 0.01),
    "wp60": ("value", late_share("acquisition_channel = 'Post'"), 0.01),
    "wp61": ("top_value_only", top("dayname(ts)", "(SELECT * FROM e WHERE task_code = 'T00')"), 0.5),
    "wp62": ("top_value_only", top("hour(ts)", "(SELECT * FROM e WHERE task_code = 'T00')"), 0.5),
    "wp63": ("top_value_only", top("strftime(ts, '%Y-%m')", "(SELECT * FROM e WHERE task_code = 'T11' "
                                                         "AND year(ts) = 2011)"), 0.5),
    "wp64": ("top_value", top("case_group", apps(where="case_group IS NOT NULL")), 0.5),
    "wp80": ("value", late_share("acquisition_channel = 'Internet'"), 0.01),
    "wp81": ("value", f"SELECT count(*) FROM c WHERE {CLOSED} AND {LATE} AND signup_at >= TIMESTAMP '2011-01-01' "
                      f"AND signup_at < TIMESTAMP '2012-01-01'", 0.5),
    "wp82": ("value", n_has("T08"), 0.5),
    "wp83": ("top_value", top("resource", "(SELECT * FROM e WHERE task_code = 'T00')"), 0.5),
    "wp84": ("value", conv(RECEIPT, 1, 4, *Q3_11), 0.01),
}
STATUS_ONLY = {"wp77", "wp78", "wp79"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("datadir")
    ap.add_argument("batch")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    d = Path(args.datadir)
    con = duckdb.connect()
    con.execute(f"CREATE VIEW c AS SELECT * FROM read_csv('{d / 'customers.csv'}', header = true, "
                "types = {'signup_at': 'TIMESTAMP', 'deadline': 'DATE', 'planned_end_date': 'DATE', "
                "'case_end': 'TIMESTAMP'})")
    con.execute(f"CREATE VIEW e AS SELECT * FROM read_csv('{d / 'events.csv'}', header = true, "
                "types = {'ts': 'TIMESTAMP'})")
    items = yaml.safe_load(Path(args.batch).read_text(encoding="utf-8"))
    ids = {it["id"] for it in items}
    errors = [f"GOLD has {k} but the batch has no such item" for k in GOLD if k not in ids]
    for it in items:
        exp = it.setdefault("expect", {})
        iid = it["id"]
        if exp.get("status", "ok") != "ok":
            if iid in GOLD:
                errors.append(f"{iid}: status {exp['status']} but a GOLD query exists")
            continue
        if iid in STATUS_ONLY:
            it["expect"] = {"status": "ok"}
            continue
        if iid not in GOLD:
            errors.append(f"{iid}: answerable but no GOLD query")
            continue
        kind, sql, tol = GOLD[iid]
        rows = con.execute(sql).fetchall()
        new: dict[str, object] = {"status": "ok"}
        if kind == "value":
            v = float(rows[0][0])
            new["value"] = round(v, 4)
        else:
            if len(rows) > 1 and rows[0][1] == rows[1][1]:
                errors.append(f"{iid}: tied first place {rows[:2]}")
            if kind in ("top", "top_value"):
                new["top_entity"] = str(rows[0][0])
            if kind in ("top_value", "top_value_only"):
                v = float(rows[0][1])
                new["value"] = round(v, 4)
        if "value" in new:
            if isinstance(tol, tuple):
                new["tolerance"] = round(max(0.05, abs(float(new["value"])) * tol[1]), 4)
            else:
                new["tolerance"] = tol
        it["expect"] = new
        print(f"{iid:5} {kind:15} {new}  | {it['question']}")
    if errors:
        sys.exit("\n".join(errors))
    if args.write:
        Path(args.batch).write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120),
                                    encoding="utf-8")
        print(f"wrote {args.batch}")


if __name__ == "__main__":
    main()
