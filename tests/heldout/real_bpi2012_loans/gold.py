"""Gold answers for the BPI Challenge 2012 loan-application batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (definition / why / journey-map questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one application (case) = one customer; "applications submitted / received / 进件" are counted on
  customers.signup_at (= REG_DATE, equal to the A_SUBMITTED event to the millisecond); a month or day of an
  application is the month or day it was submitted;
- outcomes: approved = the case has A_APPROVED, declined = A_DECLINED, cancelled = A_CANCELLED, open = none of
  them by the end of the log (2012-03-14); a case has at most one (customers.application_outcome says the same).
  An outcome *rate of a submission period* is a cohort rate: outcome cases / cases submitted in the period,
  followed to the end of the log. "Approved / declined last month" (a count by the date of the decision) counts
  A_APPROVED / A_DECLINED events whose ts falls in the period — the questions say "by approval date" where it
  matters;
- the funnel is the journey loan_application (submitted -> pre-accepted -> accepted -> offer sent -> offer
  returned -> approved, window 90 days) under DATA.md's rule: step k is reached by an event at step k's
  touchpoint strictly after the time step k-1 was reached, within 90 days of the first step-1 event; a period
  funnel takes the applications submitted in the period and follows them to the end of the log (every step
  happens in a strictly later millisecond than the one before, and the slowest approval took 86 days, so
  the window and the strict order lose nothing real). Drop-off at step k = reached k but not k+1;
- "work items" are the W_* activities; a completed work item = a W_* event with lifecycle COMPLETE; an employee
  = the event's `resource` (org:resource); '112' is the system account of the automatic steps and is left out
  where the question says so;
- amounts are the case's AMOUNT_REQ in EUR; durations are in days (86,400 s) between the first A_SUBMITTED
  and the first A_APPROVED / A_DECLINED of a case;
- times are the bank's local wall-clock time as written by generate.py; a week runs Monday to Sunday; "last
  week", "yesterday", "last month" resolve against the item's `as_of`;
- rates are fractions (tolerance 0.01, or less where two rates are subtracted); counts have tolerance 0.5;
  amounts in EUR tolerance 1; days tolerance 0.25.
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2011-10-01", "2012-04-01"  # covers every timestamp of the log, end exclusive


def apps(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Applications submitted in [a, b) with the extra condition (columns of `c`)."""
    return f"(SELECT * FROM c WHERE signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}' AND ({where}))"


def n_apps(**kw: str) -> str:
    return f"SELECT count(*) FROM {apps(**kw)}"


def share(cond: str, **kw: str) -> str:
    return f"SELECT avg(({cond})::INT) FROM {apps(**kw)}"


def ev(activity: str, a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Events of one raw activity with a <= ts < b."""
    return (f"(SELECT * FROM e WHERE activity = '{activity}' AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}' "
            f"AND ({where}))")


def n_ev(activity: str, **kw: str) -> str:
    return f"SELECT count(*) FROM {ev(activity, **kw)}"


def has(activity: str) -> str:
    """Cases with at least one event of the activity."""
    return f"(SELECT DISTINCT customer_id FROM e WHERE activity = '{activity}')"


def n_cases(activity: str, where: str = "TRUE") -> str:
    return f"SELECT count(DISTINCT customer_id) FROM e WHERE activity = '{activity}' AND ({where})"


def top(col: str, src: str, agg: str = "count(*)", having: str = "TRUE") -> str:
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 HAVING {having} ORDER BY 2 DESC, 1 LIMIT 2"


STEPS = ["A_SUBMITTED", "A_PREACCEPTED", "A_ACCEPTED", "O_SENT", "O_SENT_BACK", "A_APPROVED"]


def funnel(a: str = FIRST, b: str = END) -> str:
    """One row per application whose first A_SUBMITTED is in [a, b), with s1..s6 = time each step was reached."""
    parts = [f"f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE activity = 'A_SUBMITTED' GROUP BY 1 "
             f"HAVING min(ts) >= TIMESTAMP '{a}' AND min(ts) < TIMESTAMP '{b}')"]
    for k in range(2, len(STEPS) + 1):
        parts.append(
            f"f{k} AS (SELECT f{k - 1}.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f{k - 1}.customer_id "
            f"AND x.activity = '{STEPS[k - 1]}' AND x.ts > f{k - 1}.s{k - 1} AND x.ts <= f{k - 1}.s1 + INTERVAL 90 DAY) "
            f"AS s{k} FROM f{k - 1})")
    return f"(WITH {', '.join(parts)} SELECT * FROM f{len(STEPS)})"


def reached(k: int, a: str = FIRST, b: str = END) -> str:
    return f"SELECT count(s{k}) FROM {funnel(a, b)}"


def step_rate(k: int, a: str = FIRST, b: str = END) -> str:
    """Conversion from step k to step k+1."""
    return f"SELECT count(s{k + 1}) / count(s{k}) FROM {funnel(a, b)}"


def lost_top() -> str:
    """The step with the most applications lost (reached k, not k+1), named by its touchpoint."""
    tps = ["tp_app_submitted", "tp_app_preaccepted", "tp_app_accepted", "tp_offer_sent", "tp_offer_returned"]
    rows = " UNION ALL ".join(f"SELECT '{tp}' AS k, count(s{i + 1}) - count(s{i + 2}) AS v FROM F"
                              for i, tp in enumerate(tps))
    return f"WITH F AS {funnel()} SELECT * FROM ({rows}) ORDER BY v DESC, k LIMIT 2"


def days(activity: str, agg: str) -> str:
    return (f"SELECT {agg}(epoch(d.t - s.t) / 86400.0) FROM "
            f"(SELECT customer_id, min(ts) t FROM e WHERE activity = 'A_SUBMITTED' GROUP BY 1) s JOIN "
            f"(SELECT customer_id, min(ts) t FROM e WHERE activity = '{activity}' GROUP BY 1) d USING (customer_id)")


WORK = "activity LIKE 'W\\_%' ESCAPE '\\' AND lifecycle = 'COMPLETE'"
NOT_SYSTEM = "resource NOT IN ('', '112')"
APPROVED, DECLINED, CANCELLED = "outcome = 'approved'", "outcome = 'declined'", "outcome = 'cancelled'"
OCT, NOV, DEC = ("2011-10-01", "2011-11-01"), ("2011-11-01", "2011-12-01"), ("2011-12-01", "2012-01-01")
JAN, FEB = ("2012-01-01", "2012-02-01"), ("2012-02-01", "2012-03-01")
WEEKEND = "dayofweek(signup_at) IN (0, 6)"

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    "lo01": ("value", n_apps(), 0.5),
    "lo02": ("value", n_apps(a=NOV[0], b=NOV[1]), 0.5),
    "lo03": ("value", n_apps(a=DEC[0], b=DEC[1]), 0.5),
    "lo04": ("value", n_cases("A_APPROVED"), 0.5),
    "lo05": ("value", n_cases("A_DECLINED"), 0.5),
    "lo06": ("value", n_cases("A_CANCELLED"), 0.5),
    "lo07": ("value", n_apps(where="outcome = 'open'"), 0.5),
    "lo08": ("value", f"SELECT avg(amt) FROM {apps()}", 1.0),
    "lo09": ("value", f"SELECT median(amt) FROM {apps()}", 1.0),
    "lo10": ("value", f"SELECT avg(amt) FROM {apps(where=APPROVED)}", 1.0),
    "lo11": ("value", f"SELECT avg(amt) FROM {apps(where=DECLINED)}", 1.0),
    "lo12": ("value", f"SELECT sum(amt) FROM {apps(where=APPROVED)}", 1.0),
    "lo13": ("value", n_apps(where="amt >= 50000"), 0.5),
    "lo14": ("value", share(APPROVED, where="amt >= 50000"), 0.01),
    "lo15": ("value", share(APPROVED, where="amt < 5000"), 0.01),
    "lo16": ("value", share(APPROVED, where="amt >= 20000 AND amt < 50000"), 0.01),
    "lo17": ("value", share(APPROVED), 0.01),
    "lo18": ("value", share(DECLINED), 0.01),
    "lo19": ("value", share(APPROVED, a=OCT[0], b=OCT[1]), 0.01),
    "lo20": ("value", share(CANCELLED, a=OCT[0], b=OCT[1]), 0.01),
    "lo21": ("value", share(CANCELLED, a=DEC[0], b=DEC[1]), 0.01),
    "lo22": ("value", f"SELECT avg((customer_id IN {has('A_DECLINED')} AND customer_id NOT IN "
                      f"{has('A_PREACCEPTED')})::INT) FROM c", 0.01),
    "lo23": ("value", f"SELECT count(*) FILTER (WHERE customer_id IN {has('O_SENT_BACK')}) / count(*) "
                      f"FROM {has('O_SENT')}", 0.01),
    "lo24": ("value", f"SELECT count(*) FILTER (WHERE customer_id IN {has('A_APPROVED')}) / count(*) "
                      f"FROM {has('O_SENT_BACK')}", 0.01),
    "lo25": ("value", "SELECT avg((n >= 2)::INT) FROM (SELECT customer_id, count(*) n FROM e "
                      "WHERE activity = 'O_SENT' GROUP BY 1)", 0.01),
    "lo26": ("value", n_ev("O_SENT"), 0.5),
    "lo27": ("value", n_ev("O_SENT_BACK"), 0.5),
    "lo28": ("value", n_cases("W_Beoordelen fraude"), 0.5),
    "lo29": ("value", n_cases("W_Beoordelen fraude", f"customer_id IN {has('A_DECLINED')}"), 0.5),
    "lo30": ("top_value", top("resource", f"(SELECT * FROM e WHERE activity = 'A_APPROVED' AND {NOT_SYSTEM})"), 0.5),
    "lo31": ("value", f"SELECT count(DISTINCT resource) FROM e WHERE {NOT_SYSTEM}", 0.5),
    "lo32": ("top_value", top("resource", f"(SELECT * FROM e WHERE {WORK} AND resource <> '')"), 0.5),
    "lo33": ("value", f"SELECT count(*) FROM e WHERE {WORK} AND resource = '10861'", 0.5),
    "lo34": ("top_value", top("resource", "(SELECT * FROM e WHERE activity = 'W_Nabellen offertes' "
                                          "AND lifecycle = 'COMPLETE' AND resource <> '')"), 0.5),
    "lo35": ("top_value", top("touchpoint_id", f"(SELECT * FROM e WHERE {WORK})"), 0.5),
    "lo36": ("value", n_ev("W_Nabellen offertes", where="lifecycle = 'COMPLETE'"), 0.5),
    "lo37": ("value", n_ev("W_Nabellen incomplete dossiers", where="lifecycle = 'COMPLETE'"), 0.5),
    "lo38": ("top_value_only", top("strftime(signup_at, '%Y-%m')", apps()), 0.5),
    "lo39": ("top_value_only", top("dayname(signup_at)", apps()), 0.5),
    "lo40": ("top_value_only", top("hour(signup_at)", apps()), 0.5),
    "lo41": ("value", n_apps(where=WEEKEND), 0.5),
    "lo42": ("value", share(APPROVED, where=WEEKEND), 0.01),
    "lo43": ("top_value_only", top("outcome", apps()), 0.5),
    "lo44": ("value", f"SELECT ({n_apps(a=FEB[0], b=FEB[1])}) - ({n_apps(a=OCT[0], b=OCT[1])})", 0.5),
    "lo45": ("value", n_apps(a=NOV[0], b=NOV[1]), 0.5),
    "lo46": ("top_value_only", f"SELECT strftime(signup_at, '%Y-%m') AS k, avg(({APPROVED})::INT) AS v "
                               f"FROM {apps(b=FEB[0])} GROUP BY 1 ORDER BY 2, 1 LIMIT 2", 0.01),
    "lo47": ("value", f"SELECT ({share(APPROVED, a=JAN[0], b=JAN[1])}) - ({share(APPROVED, a=NOV[0], b=NOV[1])})",
             0.005),
    "lo48": ("value", f"SELECT count(s6) / count(*) FROM {funnel()}", 0.01),
    "lo49": ("value", step_rate(2), 0.01),
    "lo50": ("value", step_rate(3), 0.01),
    "lo51": ("top_value", lost_top(), 0.5),
    "lo52": ("value", f"SELECT count(s4) - count(s5) FROM {funnel()}", 0.5),
    "lo53": ("value", f"SELECT count(s2) - count(s3) FROM {funnel()}", 0.5),
    "lo54": ("value", f"SELECT count(s6) / count(*) FROM {funnel(*JAN)}", 0.01),
    "lo55": ("value", days("A_APPROVED", "median"), 0.25),
    "lo56": ("value", days("A_APPROVED", "avg"), 0.25),
    "lo57": ("value", days("A_DECLINED", "avg"), 0.25),
    # as_of Mon 2012-01-16: last week = Mon 2012-01-09 .. Sun 2012-01-15
    "lo58": ("value", n_apps(a="2012-01-09", b="2012-01-16"), 0.5),
    # as_of 2011-12-15: last month = November 2011, by approval date
    "lo59": ("value", n_ev("A_APPROVED", a=NOV[0], b=NOV[1]), 0.5),
    # as_of 2012-03-01: last month = February 2012, by decline date
    "lo60": ("value", n_ev("A_DECLINED", a=FEB[0], b=FEB[1]), 0.5),
    # as_of 2011-12-06: yesterday = 2011-12-05
    "lo61": ("value", n_apps(a="2011-12-05", b="2011-12-06"), 0.5),
    "lo62": ("value", n_apps(a=OCT[0], b=JAN[0]), 0.5),
    "lo63": ("value", n_ev("A_APPROVED", a="2012-01-01", b="2012-04-01"), 0.5),
    "lo64": ("value", n_apps(a="2011-12-05", b="2011-12-12"), 0.5),
}
STATUS_ONLY = {"lo65", "lo66", "lo67", "lo68", "lo69"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW c AS SELECT customer_id, signup_at::TIMESTAMP AS signup_at, "
                f"amount_requested::INTEGER AS amt, application_outcome AS outcome "
                f"FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    expect: dict = {"status": "ok"}
    row = rows[0]
    if kind == "value":
        v = round(float(row[0]), 4)
    else:
        if len(rows) > 1 and rows[1][1] == row[1]:
            raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
        v = round(float(row[1]), 4)
        if kind in ("top", "top_value"):
            expect["top_entity"] = str(row[0])
        if kind == "top":
            return expect
    if isinstance(tol, tuple):
        tol = round(max(0.5, abs(v) * tol[1]), 2)
    expect.update(value=v, tolerance=tol)
    return expect


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datadir", type=Path)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--write", action="store_true", help="write the computed expect into the YAML")
    args = ap.parse_args()
    con = connect(args.datadir)
    text = args.batch.read_text(encoding="utf-8")
    items = yaml.safe_load(text)
    ids = [i["id"] for i in items]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok"
               and i["id"] not in GOLD and i["id"] not in STATUS_ONLY]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    stray = [k for k in GOLD if k not in ids]
    if stray:
        raise SystemExit(f"gold queries without an item: {stray}")
    for item in items:
        if item["id"] in GOLD:
            if item["expect"].get("status") != "ok":
                raise SystemExit(f"{item['id']} has a gold query but status {item['expect'].get('status')}")
            item["expect"] = compute(con, item["id"])
        print(item["id"], item["lang"], item.get("as_of", ""), item["question"][:70], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
