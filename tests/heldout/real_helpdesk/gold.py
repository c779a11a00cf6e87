"""Gold answers for the Helpdesk (Italian software company's ticketing process) batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (journey map / definition / why questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one case = one support ticket = one DATA.md customer ("tickets", "工单", "单"); a ticket is "opened / new / came
  in" in a period when its first event (customers.signup_at) falls in it. "Client" / "客户公司" is the anonymised
  client company that raised the ticket (customers.client, as recorded when the ticket was opened), not the ticket;
- ticket attributes (product, client, service_level, service_type, seriousness_2, workgroup, responsible_section)
  are the values recorded on the ticket's first event (customers table); "as recorded when opened" says so;
- "put on hold" = the ticket has at least one Wait event; "taken in charge" = a Take in charge ticket event;
  "resolved" = a Resolve ticket event; "closed" = a Closed event (15 tickets have two, 21 none);
  "reopened" (hd26) = a Take in charge ticket event strictly after an earlier Resolve ticket event of the ticket;
- counts of things that happen later (closures, take-in-charge by a resource) "in a period" count distinct tickets
  with such an event whose own timestamp falls in the period; "how many tickets were put on hold / needed an upgrade
  / ..." count distinct tickets over the whole log; "how many times / events" count events;
- a resource "resolved / closed / took in charge / put on hold / assigned seriousness on N tickets" = distinct
  tickets with that activity performed by that resource;
- durations start at the ticket's opening (signup_at) and end at the ticket's first event of the named activity
  (days of 86,400 s, hours of 3,600 s), over the tickets that have it: time to first resolution = opening -> first
  Resolve ticket; opening -> close = opening -> first Closed. "Resolved -> closed" = first Resolve ticket -> the
  first Closed at or after it. "Assign seriousness -> taken in charge" = first Assign seriousness -> the first Take in
  charge ticket at or after it. "Within 7 days / 24 hours" = <= 7 x 86,400 s / <= 86,400 s;
- the funnels are the journeys as generate.py writes them, under DATA.md's rule: step k is reached by an event at
  step k's touchpoint strictly after the time step k-1 was reached and within window_days (60) of the ticket's
  first step-1 event in the period (no result here changes with "at or after" instead of "strictly after"); a
  period funnel ("tickets that entered the flow in 2013") takes the tickets whose first step-1 event is in the
  period. Drop-off at step k = reached k but not k+1 (the step tickets are lost from is step k's touchpoint);
- a week runs Monday to Sunday; relative periods resolve against `as_of` ("this year so far" ends with the as_of
  day); a percentage change is (new - old) / old as a fraction;
- rates are fractions (tolerance 0.01); counts tolerance 0.5; days / hours / events-per-ticket tolerance 2 % (at
  least 0.05).
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2010-01-01", "2014-02-01"  # covers every timestamp of the log, end exclusive
DAYS, HOURS = 86400.0, 3600.0
T = (None, 0.02)  # relative tolerance 2 %


def tk(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Tickets opened in [a, b) with the extra condition (columns of `c`)."""
    return f"(SELECT * FROM c WHERE signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}' AND ({where}))"


def n_tk(**kw: str) -> str:
    return f"SELECT count(*) FROM {tk(**kw)}"


def share(cond: str, **kw: str) -> str:
    return f"SELECT avg(({cond})::INT) FROM {tk(**kw)}"


def has(activity: str) -> str:
    return f"customer_id IN (SELECT customer_id FROM e WHERE activity = '{activity}')"


def n_has(activity: str, where: str = "TRUE", a: str = FIRST, b: str = END) -> str:
    return (f"SELECT count(DISTINCT customer_id) FROM e WHERE activity = '{activity}' AND ({where}) "
            f"AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'")


def n_repeat(activity: str, k: int = 2) -> str:
    return f"SELECT count(*) FROM (SELECT customer_id FROM e WHERE activity = '{activity}' GROUP BY 1 HAVING count(*) >= {k})"


def first(activity: str) -> str:
    return f"(SELECT customer_id, min(ts) AS t FROM e WHERE activity = '{activity}' GROUP BY 1)"


def dur(activity: str, unit: float, agg: str, where: str = "TRUE") -> str:
    """agg of (first `activity` - opening) in `unit` seconds over tickets that have it (and `where` on c)."""
    return (f"SELECT {agg}(epoch(f.t - c.signup_at) / {unit}) FROM c JOIN {first(activity)} f USING (customer_id) "
            f"WHERE {where}")


def within(activity: str, seconds: int) -> str:
    return (f"SELECT avg((epoch(f.t - c.signup_at) <= {seconds})::INT) FROM c "
            f"JOIN {first(activity)} f USING (customer_id)")


def a_to_b(a: str, b: str, unit: float, agg: str) -> str:
    """agg of (first `b` at or after the first `a`) - first `a`, over tickets with both."""
    return (f"SELECT {agg}(d) FROM (SELECT f.customer_id, epoch(min(x.ts) - f.t) / {unit} AS d FROM {first(a)} f "
            f"JOIN e x USING (customer_id) WHERE x.activity = '{b}' AND x.ts >= f.t GROUP BY f.customer_id, f.t)")


def top(col: str, src: str, agg: str = "count(*)", having: str = "TRUE") -> str:
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 HAVING {having} ORDER BY 2 DESC, 1 LIMIT 2"


def by_resource(activity: str) -> str:
    return top("resource", f"(SELECT * FROM e WHERE activity = '{activity}')", "count(DISTINCT customer_id)")


HANDLING = (["Assign seriousness", "Take in charge ticket", "Resolve ticket", "Closed"], 60,
            ["tp_assign_seriousness", "tp_take_in_charge", "tp_resolve_ticket", "tp_closed"])
ON_HOLD = (["Take in charge ticket", "Wait", "Resolve ticket", "Closed"], 60,
           ["tp_take_in_charge", "tp_wait", "tp_resolve_ticket", "tp_closed"])


def funnel(j: tuple, a: str = FIRST, b: str = END) -> str:
    """One row per ticket whose first step-1 event is in [a, b), with s1..sn = time each step was reached."""
    steps, win, _ = j
    parts = [f"f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE activity = '{steps[0]}' GROUP BY 1 "
             f"HAVING min(ts) >= TIMESTAMP '{a}' AND min(ts) < TIMESTAMP '{b}')"]
    for k in range(2, len(steps) + 1):
        parts.append(
            f"f{k} AS (SELECT f{k - 1}.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f{k - 1}.customer_id "
            f"AND x.activity = '{steps[k - 1]}' AND x.ts > f{k - 1}.s{k - 1} "
            f"AND x.ts <= f{k - 1}.s1 + INTERVAL {win} DAY) AS s{k} FROM f{k - 1})")
    return f"(WITH {', '.join(parts)} SELECT * FROM f{len(steps)})"


def conv(j: tuple, k_from: int, k_to: int, a: str = FIRST, b: str = END) -> str:
    return f"SELECT count(s{k_to}) / count(s{k_from}) FROM {funnel(j, a, b)}"


def lost_top(j: tuple) -> str:
    tps = j[2]
    rows = " UNION ALL ".join(f"SELECT '{tps[i]}' AS k, count(s{i + 1}) - count(s{i + 2}) AS v FROM F"
                              for i in range(len(tps) - 1))
    return f"WITH F AS {funnel(j)} SELECT * FROM ({rows}) ORDER BY v DESC, k LIMIT 2"


Y11, Y12, Y13 = ("2011-01-01", "2012-01-01"), ("2012-01-01", "2013-01-01"), ("2013-01-01", "2014-01-01")
HOLD = has("Wait")
REOPENED = ("SELECT count(DISTINCT t.customer_id) FROM e t WHERE t.activity = 'Take in charge ticket' AND EXISTS "
            "(SELECT 1 FROM e r WHERE r.customer_id = t.customer_id AND r.activity = 'Resolve ticket' AND r.ts < t.ts)")
CLOSED_BY_R5 = n_has("Closed", where="resource = 'Resource 5'")
RESOLVE_TIME = (f"(SELECT c.*, epoch(f.t - c.signup_at) / {DAYS} AS d FROM c "
                f"JOIN {first('Resolve ticket')} f USING (customer_id))")

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    "hd01": ("value", n_tk(), 0.5),
    "hd02": ("value", n_tk(a=Y12[0], b=Y12[1]), 0.5),
    "hd03": ("value", n_tk(a="2011-07-01", b="2011-10-01"), 0.5),
    "hd04": ("value", n_tk(a="2011-10-01", b="2012-01-01"), 0.5),
    "hd05": ("top_value_only", top("strftime(signup_at, '%Y-%m')", tk()), 0.5),
    # as_of 2013-07-10: last month = June 2013
    "hd06": ("value", n_tk(a="2013-06-01", b="2013-07-01"), 0.5),
    # as_of 2012-04-03: last quarter = Q1 2012
    "hd07": ("value", n_tk(a="2012-01-01", b="2012-04-01"), 0.5),
    "hd08": ("value", f"SELECT ({n_tk(a='2013-01-01', b='2013-07-01')}) - ({n_tk(a='2013-07-01', b='2014-01-01')})",
             0.5),
    "hd09": ("value", f"SELECT (({n_tk(a=Y13[0], b=Y13[1])}) - ({n_tk(a=Y12[0], b=Y12[1])})) / "
                      f"({n_tk(a=Y12[0], b=Y12[1])})", 0.01),
    "hd10": ("top_value_only", top("dayname(signup_at)", tk()), 0.5),
    "hd11": ("value", n_tk(a="2011-11-01", b="2011-12-01"), 0.5),
    # as_of 2012-10-15: this year so far = 2012-01-01 .. 2012-10-15
    "hd12": ("value", n_tk(a="2012-01-01", b="2012-10-16"), 0.5),
    "hd13": ("value", n_tk(a="2012-01-16", b="2012-01-23"), 0.5),
    # as_of Tue 2011-12-20: last week = Mon 2011-12-12 .. Sun 2011-12-18
    "hd14": ("value", n_tk(a="2011-12-12", b="2011-12-19"), 0.5),
    "hd16": ("value", f"SELECT count(*) / ({n_tk()}) FROM e", T),
    "hd17": ("top_value", top("touchpoint_id", "e"), 0.5),
    "hd18": ("value", n_has("Wait"), 0.5),
    "hd19": ("value", share(HOLD), 0.01),
    "hd20": ("value", n_has("Create SW anomaly"), 0.5),
    "hd21": ("value", n_has("Require upgrade"), 0.5),
    "hd22": ("value", n_has("Insert ticket"), 0.5),
    "hd23": ("value", n_tk(where=f"NOT {has('Take in charge ticket')}"), 0.5),
    "hd24": ("value", n_tk(where=f"NOT {has('Closed')}"), 0.5),
    "hd25": ("value", n_repeat("Resolve ticket"), 0.5),
    "hd26": ("value", REOPENED, 0.5),
    "hd27": ("value", n_repeat("Assign seriousness"), 0.5),
    "hd28": ("value", n_has("Closed", a=Y12[0], b=Y12[1]), 0.5),
    "hd29": ("value", dur("Closed", DAYS, "avg"), T),
    "hd30": ("value", dur("Closed", DAYS, "median"), T),
    "hd31": ("value", dur("Resolve ticket", DAYS, "avg"), T),
    "hd32": ("value", within("Resolve ticket", 7 * 86400), 0.01),
    "hd33": ("value", within("Resolve ticket", 86400), 0.01),
    "hd34": ("value", a_to_b("Assign seriousness", "Take in charge ticket", HOURS, "median"), T),
    "hd35": ("value", a_to_b("Resolve ticket", "Closed", DAYS, "avg"), T),
    "hd36": ("value", dur("Resolve ticket", DAYS, "avg", where=HOLD), T),
    "hd37": ("value", dur("Resolve ticket", DAYS, "avg", where=f"NOT {HOLD}"), T),
    "hd38": ("top_value", f"SELECT product AS k, avg(d) AS v FROM {RESOLVE_TIME} WHERE product IN "
                          f"(SELECT product FROM c GROUP BY 1 HAVING count(*) >= 50) GROUP BY 1 ORDER BY 2 DESC, 1 "
                          f"LIMIT 2", T),
    "hd39": ("value", dur("Resolve ticket", DAYS, "avg", where=f"year(c.signup_at) = 2013"), T),
    "hd40": ("value", dur("Resolve ticket", DAYS, "avg", where=f"year(c.signup_at) = 2012"), T),
    "hd41": ("top_value", top("workgroup", RESOLVE_TIME, "avg(d)"), T),
    "hd42": ("value", "SELECT count(DISTINCT resource) FROM e", 0.5),
    "hd43": ("top_value", by_resource("Resolve ticket"), 0.5),
    "hd44": ("top_value", by_resource("Closed"), 0.5),
    "hd45": ("value", f"SELECT ({CLOSED_BY_R5}) / ({n_has('Closed')})", 0.01),
    "hd46": ("top_value", by_resource("Wait"), 0.5),
    "hd47": ("value", n_has("Take in charge ticket", where="resource = 'Resource 2'", a=Y11[0], b=Y11[1]), 0.5),
    "hd48": ("value", n_has("Take in charge ticket", where="resource = 'Resource 2'", a=Y12[0], b=Y12[1]), 0.5),
    "hd49": ("top_value", by_resource("Assign seriousness"), 0.5),
    "hd50": ("top_value", top("product", tk()), 0.5),
    "hd51": ("top_value", top("client", tk()), 0.5),
    "hd52": ("value", n_tk(a=Y11[0], b=Y11[1], where="client = 'Client 22'"), 0.5),
    "hd53": ("top_value", top("product", tk(where="client = 'Client 22'")), 0.5),
    "hd54": ("value", share("service_level = 'Level 3'"), 0.01),
    "hd55": ("value", n_tk(where="service_type = 'Type 2'"), 0.5),
    "hd56": ("top_value", top("workgroup", tk(), f"avg(({HOLD})::INT)"), 0.01),
    "hd57": ("value", dur("Resolve ticket", DAYS, "avg", where="c.seriousness_2 = 'Level 4'"), T),
    "hd58": ("value", share(HOLD, where="product = 'Product 1'"), 0.01),
    "hd59": ("value", share(HOLD, where="product = 'Product 3'"), 0.01),
    "hd60": ("value", n_tk(where="responsible_section <> 'Section 1'"), 0.5),
    "hd61": ("top_value_only", top("variant", tk()), 0.5),
    "hd62": ("value", conv(HANDLING, 1, 4), 0.01),
    "hd63": ("top_value", lost_top(HANDLING), 0.5),
    "hd64": ("value", conv(HANDLING, 2, 3), 0.01),
    "hd65": ("value", conv(HANDLING, 1, 4, *Y13), 0.01),
    "hd66": ("value", conv(HANDLING, 1, 4, *Y11), 0.01),
    "hd67": ("value", f"SELECT count(s2) FROM {funnel(ON_HOLD)}", 0.5),
    "hd68": ("value", conv(ON_HOLD, 2, 3), 0.01),
}
STATUS_ONLY = {"hd69", "hd70", "hd71"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW c AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at) "
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
        tol = round(max(0.05, abs(v) * tol[1]), 2)
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
    stray = [k for k in list(GOLD) + sorted(STATUS_ONLY) if k not in ids]
    if stray:
        raise SystemExit(f"gold queries without an item: {stray}")
    for item in items:
        if item["id"] in GOLD:
            if item["expect"].get("status") != "ok":
                raise SystemExit(f"{item['id']} has a gold query but status {item['expect'].get('status')}")
            item["expect"] = compute(con, item["id"])
        elif item["id"] in STATUS_ONLY and item["expect"].get("status") != "ok":
            raise SystemExit(f"{item['id']} is status-only but has status {item['expect'].get('status')}")
        print(item["id"], item["lang"], item.get("as_of", ""), item["question"][:70], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
