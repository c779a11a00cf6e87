"""Gold answers for the real_bpi2020_claims batches: plain DuckDB SQL over the converted CSVs.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is the output of `generate.py` (events.csv, customers.csv, touchpoints.csv, journeys.csv). With --write the
computed `expect` is written back into the YAML (comment header kept). Items in STATUS_ONLY and items whose
status is unsupported / clarify carry no value.

Conventions (what a careful analyst at TU/e's finance desk would take the questions to mean):
- a "claim" is one case: a domestic declaration (claim_type 'declaration', 国内报销单) or a request for payment
  (claim_type 'request_for_payment', 付款申请); customers.csv holds one row per claim; there is no employee id;
- a "new" claim in a period = a claim whose FIRST tp_*_submitted event falls in the period (claims never submitted
  do not count); "submissions" = SUBMITTED events (resubmissions after a rejection count again);
- "payments" = tp_payment_handled events (exactly one per paid claim in these logs); "paid" = customers.paid;
- "rejected by an approver" = action 'rejected' (ADMINISTRATION, SUPERVISOR, PRE_APPROVER, BUDGET OWNER, MISSING);
  REJECTED by EMPLOYEE is the employee taking a rejected claim back (action 'withdrawn'); a rejection rate =
  rejection events / submission events of the same claim type;
- money is euro from customers.amount (the claim's own Amount / RequestedAmount attribute), never summed over
  events; "amount of the requests of a unit" uses customers.org_unit (requests for payment only have one);
- durations between steps are (ts difference in seconds) / 86400 (or / 3600 for hours) from each claim's first
  event of the one step to its first event of the other, over claims that have both; "within 14 days" is <= 14 x 24 h;
- funnels follow DATA.md: step k is reached by an event at step k's touchpoint strictly after the time step k-1
  was reached, within the journey's window (60 / 60 / 14 days) from the claim's first step-1 event (in the
  period, when one is given; later steps may fall after the period). Whole-log funnels take every claim.
  Conversion = reached last step / reached step 1; drop-off between k and k+1 = (reached k - reached k+1) /
  reached k; "where do we lose the most" names the step claims are lost FROM, by its touchpoint_id;
- a week runs Monday to Sunday; "last week / last month / last quarter" resolve against the item's as_of; times
  are local Dutch wall-clock time as written by generate.py;
- "which X has the most" items carry the raw value as top_entity (org unit, project, role, touchpoint_id) and its
  value; weekday / hour / month / quarter rankings check the winning count only;
- tolerances: counts 0.5, rates 0.01, euro amounts 1.0 (medians 2.0), durations 0.3 day / 1 hour.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

WIN = {"decl_payment": 60, "rfp_payment": 60, "decl_admin_review": 14}
JOURNEY = {
    "decl_payment": ["tp_decl_submitted", "tp_decl_final_approved", "tp_payment_requested", "tp_payment_handled"],
    "rfp_payment": ["tp_rfp_submitted", "tp_rfp_approved_admin", "tp_rfp_final_approved", "tp_payment_requested",
                    "tp_payment_handled"],
    "decl_admin_review": ["tp_decl_submitted", "tp_decl_approved_admin", "tp_decl_final_approved"],
}
SUB = {"declaration": "tp_decl_submitted", "request_for_payment": "tp_rfp_submitted"}
DECL, RFP = "declaration", "request_for_payment"


def first_sub(ctype: str, a: str, b: str) -> str:
    """New claims of a type: first submission in [a, b)."""
    return (f"SELECT count(*) FROM (SELECT customer_id, min(ts) AS t FROM ev WHERE touchpoint_id = '{SUB[ctype]}' "
            f"GROUP BY 1) WHERE t >= TIMESTAMP '{a}' AND t < TIMESTAMP '{b}'")


def firsts(ctype: str) -> str:
    return (f"(SELECT customer_id, min(ts) AS fs FROM ev WHERE touchpoint_id = '{SUB[ctype]}' GROUP BY 1)")


def n_ev(where: str, a: str, b: str) -> str:
    return f"SELECT count(*) FROM ev WHERE ({where}) AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"


def top(col: str, src: str, agg: str = "count(*)", where: str = "TRUE", having: str = "TRUE") -> str:
    """Top two groups (the second is read only for the tie check)."""
    return (f"SELECT {col}, {agg} AS n FROM {src} WHERE ({where}) AND {col} IS NOT NULL GROUP BY 1 "
            f"HAVING {having} ORDER BY n DESC LIMIT 2")


def funnel(jid: str, a: str | None = None, b: str | None = None) -> str:
    steps, win = JOURNEY[jid], WIN[jid]
    per = "" if a is None else f" AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"
    sql = (f"WITH s1 AS (SELECT customer_id, min(ts) AS t1, min(ts) AS tk FROM ev "
           f"WHERE touchpoint_id = '{steps[0]}'{per} GROUP BY 1)")
    for i, t in enumerate(steps[1:], 2):
        sql += (f", s{i} AS (SELECT p.customer_id, p.t1, min(e.ts) AS tk FROM s{i - 1} p JOIN ev e "
                f"ON e.customer_id = p.customer_id AND e.touchpoint_id = '{t}' AND e.ts > p.tk "
                f"AND e.ts <= p.t1 + INTERVAL {win} DAY GROUP BY 1, 2)")
    return sql + " SELECT " + ", ".join(f"(SELECT count(*) FROM s{i})::DOUBLE AS r{i}"
                                        for i in range(1, len(steps) + 1))


def fx(expr: str, jid: str, a: str | None = None, b: str | None = None) -> str:
    return f"SELECT {expr} FROM ({funnel(jid, a, b)})"


def biggest_loss(jid: str) -> str:
    steps = JOURNEY[jid]
    parts = " UNION ALL ".join(f"SELECT '{t}' AS step, r{i} - r{i + 1} AS lost FROM f"
                               for i, t in enumerate(steps[:-1], 1))
    return f"WITH f AS ({funnel(jid)}) SELECT step, lost FROM ({parts}) ORDER BY lost DESC LIMIT 2"


def pairs(tp_a: str, tp_b: str, where: str = "TRUE") -> str:
    """Per claim: its first tp_a and first tp_b timestamps (claims with both)."""
    return (f"(SELECT * FROM (SELECT customer_id, min(ts) FILTER (WHERE touchpoint_id = '{tp_a}') AS a, "
            f"min(ts) FILTER (WHERE touchpoint_id = '{tp_b}') AS b FROM ev GROUP BY 1) "
            f"WHERE a IS NOT NULL AND b IS NOT NULL AND ({where}))")


def gap(tp_a: str, tp_b: str, agg: str = "avg", unit: float = 86400.0, where: str = "TRUE") -> str:
    return f"SELECT {agg}(date_diff('second', a, b) / {unit}) FROM {pairs(tp_a, tp_b, where)}"


def rej_rate(ctype: str) -> str:
    return (f"SELECT count(*) FILTER (WHERE action = 'rejected') / count(*) FILTER (WHERE action = 'submitted') "
            f"FROM ev WHERE claim_type = '{ctype}'")


def first_sub_sum(ctype: str, expr: str, a: str, b: str) -> str:
    return (f"SELECT {expr} FROM {firsts(ctype)} f JOIN cu USING (customer_id) "
            f"WHERE f.fs >= TIMESTAMP '{a}' AND f.fs < TIMESTAMP '{b}'")


PAID = "touchpoint_id = 'tp_payment_handled'"
BIG_UNITS = f"claim_type = '{RFP}' AND org_unit IN (SELECT org_unit FROM cu WHERE claim_type = '{RFP}' " \
            "GROUP BY 1 HAVING count(*) >= 100)"

# id -> (kind, sql, tolerance); kind: value | top_value (entity + its value) | top_count (the top group's value)
GOLD: dict[str, tuple[str, str, float]] = {
    "rc01": ("value", f"SELECT count(*) FROM cu WHERE claim_type = '{DECL}'", 0.5),
    "rc02": ("value", f"SELECT count(*) FROM cu WHERE claim_type = '{RFP}'", 0.5),
    "rc03": ("value", first_sub(DECL, "2018-01-01", "2018-04-01"), 0.5),
    "rc04": ("value", first_sub(DECL, "2018-04-01", "2018-07-01"), 0.5),
    "rc05": ("value", first_sub(RFP, "2017-07-01", "2018-01-01"), 0.5),
    "rc06": ("value", first_sub(DECL, "2018-06-01", "2018-07-01"), 0.5),  # as_of 2018-07-10
    "rc07": ("value", n_ev(PAID, "2018-10-01", "2019-01-01"), 0.5),  # as_of 2019-01-05
    "rc08": ("value", n_ev(PAID, "2018-10-08", "2018-10-15"), 0.5),
    "rc09": ("value", n_ev("touchpoint_id = 'tp_rfp_submitted'", "2018-08-01", "2018-09-01"), 0.5),
    "rc10": ("value", n_ev("touchpoint_id = 'tp_rfp_submitted'", "2018-09-01", "2018-10-01"), 0.5),
    "rc11": ("value", n_ev(PAID, "2018-11-05", "2018-11-12"), 0.5),  # as_of Wed 2018-11-14
    "rc12": ("value", n_ev("touchpoint_id = 'tp_decl_submitted'", "2017-01-01", "2018-01-01"), 0.5),
    "rc13": ("value", f"SELECT avg(paid::INT) FROM cu WHERE claim_type = '{DECL}'", 0.01),
    "rc14": ("value", f"SELECT avg(paid::INT) FROM cu WHERE claim_type = '{RFP}'", 0.01),
    "rc15": ("value", rej_rate(RFP), 0.01),
    "rc16": ("value", rej_rate(DECL), 0.01),
    "rc17": ("value", f"SELECT count(*) FROM cu WHERE claim_type = '{DECL}' AND rejections > 0", 0.5),
    "rc18": ("value", f"SELECT avg((submissions > 1)::INT) FROM cu WHERE claim_type = '{RFP}' AND submissions > 0",
             0.01),
    "rc19": ("value", f"SELECT count(*) FROM cu WHERE claim_type = '{DECL}' AND amount = 0", 0.5),
    "rc20": ("value", "SELECT count(*) FROM cu WHERE NOT paid", 0.5),
    "rc21": ("value", "SELECT count(DISTINCT customer_id) FROM ev WHERE activity = "
                      "'Request For Payment FINAL_APPROVED by DIRECTOR'", 0.5),
    "rc22": ("value", "SELECT count(DISTINCT customer_id) FROM ev WHERE touchpoint_id = 'tp_rfp_approved_budget'", 0.5),
    "rc23": ("value", f"SELECT count(*) FROM cu WHERE claim_type = '{DECL}' AND submissions = 0", 0.5),
    "rc24": ("value", f"SELECT avg(amount) FROM cu WHERE claim_type = '{DECL}'", 1.0),
    "rc25": ("value", f"SELECT median(amount) FROM cu WHERE claim_type = '{RFP}'", 2.0),
    "rc26": ("value", first_sub_sum(RFP, "sum(amount)", "2018-01-01", "2019-01-01"), 1.0),
    "rc27": ("top_value", top("org_unit", "cu", "sum(amount)", where=f"claim_type = '{RFP}'"), 1.0),
    "rc28": ("top_value", top("org_unit", "cu", where=f"claim_type = '{RFP}'"), 0.5),
    "rc29": ("top_value", top("org_unit", "cu", "sum(amount)", where=f"claim_type = '{RFP}' AND paid"), 1.0),
    "rc30": ("value", f"SELECT max(amount) FROM cu WHERE claim_type = '{RFP}'", 1.0),
    "rc31": ("top_value", top("project", "cu", where=f"claim_type = '{RFP}'"), 0.5),
    "rc32": ("value", f"SELECT avg(amount) FROM cu WHERE claim_type = '{RFP}' "
                      "AND org_unit = 'organizational unit 65458'", 1.0),
    "rc33": ("value", f"SELECT count(*) FROM cu WHERE claim_type = '{DECL}' AND amount > 500", 0.5),
    "rc34": ("value", f"SELECT avg((amount > 1000)::INT) FROM cu WHERE claim_type = '{RFP}'", 0.01),
    "rc35": ("value", gap("tp_decl_submitted", "tp_payment_handled"), 0.3),
    "rc36": ("value", gap("tp_rfp_submitted", "tp_payment_handled"), 0.3),
    "rc37": ("value", gap("tp_decl_submitted", "tp_payment_handled", "median"), 0.3),
    "rc38": ("value", gap("tp_decl_submitted", "tp_decl_final_approved"), 0.3),
    "rc39": ("value", gap("tp_rfp_final_approved", "tp_payment_handled"), 0.3),
    "rc40": ("value", gap("tp_decl_submitted", "tp_decl_approved_admin", "avg", 3600.0,
                          "a >= TIMESTAMP '2018-01-01' AND a < TIMESTAMP '2019-01-01'"), 1.0),
    "rc41": ("value", f"SELECT avg((date_diff('second', a, b) <= 14 * 86400)::INT) FROM "
                      f"{pairs('tp_decl_submitted', 'tp_payment_handled')}", 0.01),
    "rc42": ("value", f"SELECT count(*) FROM {pairs('tp_rfp_submitted', 'tp_payment_handled')} "
                      "WHERE date_diff('second', a, b) > 30 * 86400", 0.5),
    "rc43": ("top_count", top("dayname(ts)", "ev", where=PAID), 0.5),
    "rc44": ("top_count", top("dayname(ts)", "ev", where="touchpoint_id = 'tp_decl_submitted'"), 0.5),
    "rc45": ("top_count", top("month(ts)", "ev", where="touchpoint_id = 'tp_decl_submitted' AND year(ts) = 2018"),
             0.5),
    "rc46": ("top_count", top("quarter(fs)", firsts(RFP), where="year(fs) = 2018"), 0.5),
    "rc47": ("top_value", top("role", "ev", where="action = 'rejected'"), 0.5),
    "rc48": ("top_value", top("org_unit", "cu", "avg((rejections > 0)::INT)", where=BIG_UNITS), 0.01),
    "rc49": ("top_count", top("hour(ts)", "ev", where="action = 'submitted'"), 0.5),
    "rc50": ("value", f"SELECT ({first_sub(DECL, '2018-01-01', '2019-01-01')}) - "
                      f"({first_sub(DECL, '2017-01-01', '2018-01-01')})", 0.5),
    "rc51": ("value", f"SELECT ({first_sub(DECL, '2018-01-01', '2018-07-01')}) - "
                      f"({first_sub(DECL, '2018-07-01', '2019-01-01')})", 0.5),
    "rc52": ("value", first_sub_sum(DECL, "avg(amount)", "2017-01-01", "2018-01-01"), 1.0),
    "rc53": ("value", first_sub_sum(DECL, "avg(amount)", "2018-01-01", "2019-01-01"), 1.0),
    "rc54": ("value", n_ev(PAID, "2018-08-01", "2018-09-01"), 0.5),
    "rc55": ("value", fx("r4 / r1", "decl_payment"), 0.01),
    "rc56": ("value", fx("r5 / r1", "rfp_payment"), 0.01),
    "rc57": ("top_value", biggest_loss("rfp_payment"), 0.5),
    "rc58": ("value", fx("r5 / r1", "rfp_payment", "2018-07-01", "2018-10-01"), 0.01),
    "rc59": ("value", fx("(r2 - r3) / r2", "decl_admin_review"), 0.01),
    "rc60": ("value", fx("r5 / r1", "rfp_payment", "2017-01-01", "2018-01-01"), 0.01),
}

# answerable items checked by status only (journey map, definitions, why)
STATUS_ONLY = {"rc61", "rc62", "rc63", "rc64", "rc65"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE ev AS SELECT * FROM read_csv('{datadir / 'events.csv'}', header=true, "
                "types={'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'event_id': 'VARCHAR'})")
    con.execute(f"CREATE TABLE cu AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, "
                "types={'signup_at': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'amount': 'DOUBLE', 'paid': 'BOOLEAN', "
                "'org_unit': 'VARCHAR', 'project': 'VARCHAR', 'task': 'VARCHAR', 'activity_code': 'VARCHAR', "
                "'document_number': 'VARCHAR', 'submissions': 'INTEGER', 'rejections': 'INTEGER'})")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    expect: dict = {"status": "ok"}
    if kind == "value":
        expect.update(value=round(float(rows[0][0]), 4), tolerance=tol)
        return expect
    if len(rows) > 1 and rows[0][1] == rows[1][1]:
        raise SystemExit(f"{item_id}: tied first place {rows} -- the question has no single answer")
    if kind == "top_value":
        expect.update(top_entity=str(rows[0][0]))
    expect.update(value=round(float(rows[0][1]), 4), tolerance=tol)
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
    ids = {i["id"] for i in items}
    missing = [i for i in GOLD if i not in ids]
    if missing:
        raise SystemExit(f"queries without an item: {missing}")
    for item in items:
        iid, status = item["id"], item["expect"].get("status", "ok")
        if iid in GOLD:
            item["expect"] = compute(con, iid)
        elif status == "ok" and iid not in STATUS_ONLY:
            raise SystemExit(f"{iid}: an answerable item with no gold query")
        print(iid, item.get("lang"), item["expect"], "|", item["question"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
