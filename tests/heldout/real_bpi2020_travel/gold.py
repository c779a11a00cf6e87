"""Gold answers for the BPI 2020 travel-permit batch, from plain DuckDB SQL over generate.py's CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions (a careful analyst's reading of each question; the questions state the precision they need):
- a "permit" (出差申请, travel permit, trip) is one customers row; every permit has exactly one trip (one Start
  trip and one End trip event), so "trips" count permits too. There is no employee identifier: "users" /
  "people" cannot be counted, only permits;
- "new permits submitted in a period" = permits whose FIRST Permit SUBMITTED event (tp_permit_submitted) falls
  in the period (the 6 permits never submitted are not counted); the questions say "first submission";
- "submissions" / "提交次数" of declarations or permits = events at tp_decl_submitted / tp_permit_submitted
  (resubmissions after a rejection included); "payments handled" = tp_payment_handled events;
- "rejected by an approver" = action 'rejected' (tp_permit_rejected, tp_decl_rejected, tp_prepaid_rejected;
  any role but EMPLOYEE); REJECTED by EMPLOYEE is the employee taking a rejected form back (action 'withdrawn');
  a rejection rate = rejections by approvers / submissions of the same document kind (events / events);
- money is euro from the permit's own attributes (customers.requested_budget, total_declared), never summed
  over events; overspent = customers.overspent; trip length = customers.trip_days (End trip date minus Start
  trip date);
- "the trip started before the permit was submitted" = customers.trip_start earlier than the date of the first
  tp_permit_submitted event;
- durations between steps are (ts difference in seconds) / 86400 from each permit's first event of the one step
  to its first event of the other, over permits that have both (tolerance 0.5 day);
- funnels follow DATA.md: step k is reached by an event at step k's touchpoint strictly after the time step k-1
  was reached, within the journey's window (180 / 90 / 30 days) from the permit's first step-1 event (in the
  period, when one is given; later steps may fall after the period). Whole-log funnels take every permit.
  Conversion = reached last step / reached step 1; drop-off between k and k+1 = (reached k - reached k+1) /
  reached k; "which step loses the most" names the step permits are lost FROM by its touchpoint_id;
- a week runs Monday to Sunday; "last week / last month / last quarter / 去年下半年" resolve against the item's
  as_of; times are local Dutch wall-clock time as written by generate.py;
- "which X has the most" items carry the raw value as top_entity (org unit, project, role, touchpoint_id) and
  its count; weekday / hour / month rankings check the winning count only;
- tolerances: counts 0.5, rates 0.01, euro amounts 1.0 (the median 2.0, to cover interpolated and lower
  medians), day averages 0.1 (trip length) or 0.5 (step durations).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

WIN = {"travel_reimbursement": 180, "declaration_payment": 90, "permit_approval": 30}
JOURNEY = {
    "travel_reimbursement": ["tp_permit_submitted", "tp_permit_final_approved", "tp_decl_submitted",
                             "tp_decl_final_approved", "tp_payment_handled"],
    "declaration_payment": ["tp_decl_submitted", "tp_decl_approved_admin", "tp_decl_final_approved",
                            "tp_payment_requested", "tp_payment_handled"],
    "permit_approval": ["tp_permit_submitted", "tp_permit_approved_admin", "tp_permit_final_approved"],
}


def first_sub(a: str, b: str) -> str:
    """New permits: first permit submission in [a, b)."""
    return (f"SELECT count(*) FROM (SELECT customer_id, min(ts) AS t FROM ev WHERE touchpoint_id = "
            f"'tp_permit_submitted' GROUP BY 1) WHERE t >= TIMESTAMP '{a}' AND t < TIMESTAMP '{b}'")


def n_ev(tp: str, a: str, b: str) -> str:
    return (f"SELECT count(*) FROM ev WHERE touchpoint_id = '{tp}' AND ts >= TIMESTAMP '{a}' "
            f"AND ts < TIMESTAMP '{b}'")


def n_cust(where: str) -> str:
    return f"SELECT count(DISTINCT customer_id) FROM ev WHERE {where}"


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


def gap(tp_a: str, tp_b: str) -> str:
    """Average days from a permit's first tp_a event to its first tp_b event (permits with both)."""
    return (f"SELECT avg(date_diff('second', a, b) / 86400.0) FROM (SELECT customer_id, "
            f"min(ts) FILTER (WHERE touchpoint_id = '{tp_a}') AS a, min(ts) FILTER (WHERE touchpoint_id = '{tp_b}') "
            f"AS b FROM ev GROUP BY 1) WHERE a IS NOT NULL AND b IS NOT NULL")


def rate(doc: str) -> str:
    return (f"SELECT count(*) FILTER (WHERE action = 'rejected') / count(*) FILTER (WHERE action = 'submitted') "
            f"FROM ev WHERE document = '{doc}'")


BIG = "org_unit IN (SELECT org_unit FROM cu GROUP BY 1 HAVING count(*) >= 100)"
FIRST_SUB = ("(SELECT customer_id, min(ts) AS ps FROM ev WHERE touchpoint_id = 'tp_permit_submitted' GROUP BY 1)")

# id -> (kind, sql, tolerance); kind: value | top_value (entity + its value) | top_count (the top group's value)
GOLD: dict[str, tuple[str, str, float]] = {
    "tv01": ("value", "SELECT count(*) FROM cu", 0.5),
    "tv02": ("value", first_sub("2018-04-01", "2018-07-01"), 0.5),
    "tv03": ("value", first_sub("2018-07-01", "2018-10-01"), 0.5),
    "tv04": ("value", first_sub("2017-01-01", "2017-07-01"), 0.5),
    "tv05": ("value", first_sub("2018-01-01", "2018-04-01"), 0.5),  # as_of 2018-04-20
    "tv06": ("value", first_sub("2018-07-01", "2019-01-01"), 0.5),  # as_of 2019-01-10
    "tv07": ("value", n_ev("tp_decl_submitted", "2018-01-01", "2019-01-01"), 0.5),
    "tv08": ("value", n_ev("tp_payment_handled", "2017-01-01", "2018-01-01"), 0.5),
    "tv09": ("value", n_ev("tp_payment_handled", "2018-10-01", "2018-11-01"), 0.5),
    "tv10": ("value", n_ev("tp_payment_handled", "2018-11-01", "2018-12-01"), 0.5),
    "tv11": ("value", n_ev("tp_decl_submitted", "2018-11-01", "2018-12-01"), 0.5),  # as_of 2018-12-05
    "tv12": ("value", n_ev("tp_decl_submitted", "2018-06-11", "2018-06-18"), 0.5),
    "tv13": ("value", n_ev("tp_payment_handled", "2018-10-08", "2018-10-15"), 0.5),
    "tv14": ("value", n_ev("tp_payment_handled", "2018-06-25", "2018-07-02"), 0.5),  # as_of Wed 2018-07-04
    "tv15": ("value", n_cust("action = 'rejected'"), 0.5),
    "tv16": ("value", "SELECT avg(overspent::INT) FROM cu", 0.01),
    "tv17": ("value", "SELECT avg(overspent::INT) FROM cu WHERE org_unit = 'organizational unit 65458'", 0.01),
    "tv18": ("value", "SELECT avg(trip_days) FROM cu", 0.1),
    "tv19": ("value", "SELECT avg(trip_days) FROM cu WHERE org_unit = 'organizational unit 65466'", 0.1),
    "tv20": ("value", "SELECT avg(requested_budget) FROM cu", 1.0),
    "tv21": ("value", "SELECT median(total_declared) FROM cu", 2.0),
    "tv22": ("value", "SELECT sum(total_declared) FROM cu", 1.0),
    "tv23": ("value", n_cust("touchpoint_id = 'tp_reminder'"), 0.5),
    "tv25": ("value", n_cust("touchpoint_id = 'tp_prepaid_submitted'"), 0.5),
    "tv26": ("value", "SELECT count(*) FROM cu WHERE customer_id NOT IN "
                      "(SELECT customer_id FROM ev WHERE touchpoint_id = 'tp_payment_handled')", 0.5),
    "tv27": ("value", f"SELECT ({n_cust(chr(39).join(['touchpoint_id = ', 'tp_payment_handled', '']))}) / "
                      "(SELECT count(*) FROM cu)", 0.01),
    "tv28": ("value", n_cust("touchpoint_id = 'tp_permit_approved_budget'"), 0.5),
    "tv29": ("value", n_cust("activity = 'Permit FINAL_APPROVED by DIRECTOR'"), 0.5),
    "tv31": ("top_value", top("org_unit", "cu"), 0.5),
    "tv32": ("value", "SELECT avg(overspent::INT) FROM cu WHERE org_unit = 'organizational unit 65458'", 0.01),
    "tv33": ("top_value", top("org_unit", "cu", "sum(total_declared)"), 1.0),
    "tv34": ("top_value", top("role", "ev", where="action = 'rejected'"), 0.5),
    "tv35": ("top_count", top("month(ts)", "ev", where="touchpoint_id = 'tp_permit_submitted' AND year(ts) = 2018"),
             0.5),
    "tv36": ("top_value", top("project", "cu"), 0.5),
    "tv37": ("top_value", top("org_unit", "cu", "avg(overspent::INT)", where=BIG), 0.01),
    "tv38": ("top_value", top("org_unit", "cu", "avg(trip_days)", where=BIG), 0.1),
    "tv39": ("top_count", top("dayname(ts)", "ev", where="touchpoint_id = 'tp_permit_submitted'"), 0.5),
    "tv40": ("top_count", top("dayname(ts)", "ev", where="touchpoint_id = 'tp_payment_handled'"), 0.5),
    "tv41": ("top_count", top("month(ts)", "ev", where="touchpoint_id = 'tp_decl_submitted' AND year(ts) = 2018"),
             0.5),
    "tv43": ("top_count", top("touchpoint_id", "ev", where="action = 'rejected'"), 0.5),
    "tv44": ("value", "SELECT avg(total_declared) FILTER (WHERE overspent) - avg(total_declared) FILTER "
                      "(WHERE NOT overspent) FROM cu", 1.0),
    "tv45": ("value", f"SELECT ({first_sub('2018-01-01', '2018-07-01')}) - ({first_sub('2017-01-01', '2017-07-01')})",
             0.5),
    "tv47": ("value", first_sub("2018-10-01", "2019-01-01"), 0.5),
    "tv48": ("value", fx("r5 / r1", "travel_reimbursement"), 0.01),
    "tv49": ("value", fx("r5 / r1", "travel_reimbursement", "2017-01-01", "2018-01-01"), 0.01),
    "tv50": ("value", fx("r3 / r1", "permit_approval"), 0.01),
    "tv51": ("top_value", biggest_loss("declaration_payment"), 0.5),
    "tv52": ("value", fx("r5 / r1", "declaration_payment"), 0.01),
    "tv53": ("value", fx("r5", "travel_reimbursement", "2018-01-01", "2018-04-01"), 0.5),
    "tv54": ("value", fx("r3 / r1", "permit_approval", "2018-07-01", "2018-10-01"), 0.01),
    "tv55": ("value", fx("(r2 - r3) / r2", "travel_reimbursement"), 0.01),
    "tv56": ("value", rate("declaration"), 0.01),
    "tv57": ("value", rate("permit"), 0.01),
    "tv58": ("value", f"SELECT avg((c.trip_start < s.ps::DATE)::INT) FROM {FIRST_SUB} s JOIN cu c USING (customer_id)",
             0.01),
    "tv59": ("value", "SELECT avg((n > 1)::INT) FROM (SELECT customer_id, count(*) AS n FROM ev "
                      "WHERE touchpoint_id = 'tp_decl_submitted' GROUP BY 1)", 0.01),
    "tv60": ("value", gap("tp_permit_submitted", "tp_payment_handled"), 0.5),
    "tv61": ("value", gap("tp_decl_submitted", "tp_decl_final_approved"), 0.5),
    "tv62": ("value", "SELECT count(*) FROM cu WHERE org_unit = 'organizational unit 65456'", 0.5),
    "tv63": ("value", "SELECT count(*) FROM cu WHERE trip_start >= DATE '2018-07-01' AND trip_start < DATE '2018-08-01'",
             0.5),
    "tv64": ("value", "SELECT max(trip_days) FROM cu WHERE year(trip_start) = 2018", 0.5),
    "tv65": ("value", "SELECT avg(payments) FROM cu WHERE paid", 0.01),
    "tv66": ("value", "SELECT count(*) FROM (SELECT customer_id FROM ev WHERE touchpoint_id = 'tp_permit_submitted' "
                      "GROUP BY 1 HAVING count(*) > 1)", 0.5),
    "tv67": ("value", n_cust("touchpoint_id = 'tp_permit_withdrawn'"), 0.5),
}

# answerable items checked by status only (journey map, definitions, why)
STATUS_ONLY = {"tv68", "tv69", "tv70", "tv71", "tv72"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE ev AS SELECT * FROM read_csv('{datadir / 'events.csv'}', header=true, "
                "types={'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'event_id': 'VARCHAR'})")
    con.execute(f"CREATE TABLE cu AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, "
                "types={'signup_at': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'trip_start': 'DATE', "
                "'trip_end': 'DATE', 'overspent': 'BOOLEAN', 'paid': 'BOOLEAN', 'requested_budget': 'DOUBLE', "
                "'total_declared': 'DOUBLE', 'overspent_amount': 'DOUBLE', 'project': 'VARCHAR', 'task': 'VARCHAR'})")
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
