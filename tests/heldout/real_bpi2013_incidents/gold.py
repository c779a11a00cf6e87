"""Gold answers for the BPI Challenge 2013 incident batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (definition / why / journey-map questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says. The script fails if an answerable
item has neither, if a query has no item, or if a "which is top" question has a tied first place.

Conventions:
- one incident (SR number) = one customer; "incidents / tickets / 工单 / 事件(单)" are distinct customer_id;
- an incident is *opened* when its first status change is logged (customers.signup_at = the first event's ts); a
  month / week / day / weekday / hour of new incidents is the one of signup_at; "status changes / 状态变更" are
  event rows, counted by their ts;
- an incident *went through* a status (Wait - User, Awaiting Assignment, In Call, ...) when it has at least one
  event at that touchpoint; a team / agent / product / org line / function division *worked on* an incident when
  one of the incident's events carries it; "how many status changes a team / agent / country made" counts event
  rows with that value (agent_country for an agent's country); the Siebel agent is the CRM system account;
- the country of an incident is customers.region (the log's organization country, constant per incident);
- impact and product are constant per incident (customers.impact / product);
- handling time = customers.handling_days = days from the first to the last status change of the incident;
- support lines follow the team-name convention generate.py writes in events.support_line: a team named with
  '3rd' is 3rd line, with '2nd' 2nd line (the one team 'V13 2nd 3rd' is both), every other team 1st line;
- outcome = the incident's last status (customers.outcome): closed, solved_in_call, resolved (not yet closed),
  cancelled, open;
- funnels follow DATA.md: step k is reached by an event at step k's touchpoint strictly after the time step
  k-1 was reached, within the journey's 60 days of the first step-1 event; a period funnel takes the incidents
  whose first step-1 event falls in the period and follows them to the end of the log (the log ends 2012-05-23,
  inside every 60-day window of April or May starts, so "by the end of the log" and the window agree). Whole-log
  funnels take every step-1 event. Drop-off at step k = reached k but not k+1 (its rate: / reached k); the step
  with the largest drop-off is named by its touchpoint_id;
- times are Volvo IT's local wall-clock time as written by generate.py; a week runs Monday to Sunday; "last
  week", "last month" resolve against the item's `as_of`;
- rates are fractions (tolerance 0.01, 0.005 for the two rates under 0.03); counts have tolerance 0.5; averages of counts tolerance 0.01; days
  tolerance 0.05.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

WINDOW = 60


def opened(a: str, b: str, where: str = "TRUE") -> str:
    return (f"SELECT count(*) FROM cu WHERE signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}' "
            f"AND ({where})")


def n_events(a: str, b: str, where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM ev WHERE ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}' AND ({where})"


def n_incidents(where: str) -> str:
    """Incidents with at least one event satisfying `where`."""
    return f"SELECT count(DISTINCT customer_id) FROM ev WHERE {where}"


def tp(t: str) -> str:
    return f"touchpoint_id = '{t}'"


def top(col: str, src: str, agg: str = "count(*)", where: str = "TRUE") -> str:
    """Top two groups (the second one is only read for the tie check)."""
    return (f"SELECT {col}, {agg} AS n FROM {src} WHERE {where} AND {col} IS NOT NULL GROUP BY 1 "
            f"ORDER BY n DESC LIMIT 2")


def funnel(steps: list[str], a: str | None = None, b: str | None = None) -> str:
    """Counts of incidents reaching each step (one row, one column per step) under DATA.md's rule."""
    per = "" if a is None else f" AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"
    sql = (f"WITH s1 AS (SELECT customer_id, min(ts) AS t1, min(ts) AS tk FROM ev "
           f"WHERE touchpoint_id = '{steps[0]}'{per} GROUP BY 1)")
    for i, t in enumerate(steps[1:], 2):
        sql += (f", s{i} AS (SELECT p.customer_id, p.t1, min(e.ts) AS tk FROM s{i - 1} p JOIN ev e "
                f"ON e.customer_id = p.customer_id AND e.touchpoint_id = '{t}' AND e.ts > p.tk "
                f"AND e.ts <= p.t1 + INTERVAL {WINDOW} DAY GROUP BY 1, 2)")
    return sql + " SELECT " + ", ".join(f"(SELECT count(*) FROM s{i})::DOUBLE AS r{i}"
                                        for i in range(1, len(steps) + 1))


RESOLUTION = ["tp_in_progress", "tp_resolved", "tp_closed"]
QUEUED = ["tp_queued", "tp_in_progress", "tp_resolved", "tp_closed"]


def funnel_expr(expr: str, steps: list[str], a: str | None = None, b: str | None = None) -> str:
    """An expression over the step counts r1..rn."""
    return f"SELECT {expr} FROM ({funnel(steps, a, b)})"


def biggest_loss(steps: list[str]) -> str:
    """The step (touchpoint_id) users are lost from most, and how many (top two for the tie check)."""
    parts = " UNION ALL ".join(f"SELECT '{t}' AS step, r{i} - r{i + 1} AS lost FROM f"
                               for i, t in enumerate(steps[:-1], 1))
    return f"WITH f AS ({funnel(steps)}) SELECT step, lost FROM ({parts}) ORDER BY lost DESC LIMIT 2"


# id -> (kind, sql, tolerance); kind: value | top_value (entity + its value) | top_count (value of the top group only)
GOLD: dict[str, tuple[str, str, float]] = {
    "vi01": ("value", "SELECT count(*) FROM cu", 0.5),
    "vi02": ("value", opened("2012-05-01", "2012-06-01"), 0.5),
    "vi03": ("value", opened("2012-04-01", "2012-05-01"), 0.5),
    "vi04": ("value", opened("2012-01-01", "2012-04-01"), 0.5),
    "vi05": ("value", opened("2011-01-01", "2012-01-01"), 0.5),
    "vi06": ("value", n_events("2012-04-01", "2012-05-01"), 0.5),
    "vi07": ("value", n_events("2012-05-01", "2012-06-01"), 0.5),
    "vi08": ("value", "SELECT count(*) FROM cu WHERE impact = 'High'", 0.5),
    "vi09": ("value", "SELECT count(*) FROM cu WHERE impact = 'Major'", 0.5),
    "vi10": ("value", "SELECT avg((outcome = 'closed')::INT) FROM cu", 0.01),
    "vi11": ("value", n_incidents(tp("tp_in_call")), 0.5),
    "vi12": ("value", n_incidents(tp("tp_wait_user")), 0.5),
    "vi13": ("value", f"SELECT ({n_incidents(tp('tp_wait_user'))}) / (SELECT count(*) FROM cu)", 0.01),
    "vi14": ("value", n_incidents(tp("tp_queued")), 0.5),
    "vi15": ("value", "SELECT count(DISTINCT support_team) FROM ev", 0.5),
    "vi16": ("value", "SELECT (SELECT count(*) FROM ev) / (SELECT count(*) FROM cu)", 0.01),
    "vi17": ("value", "SELECT avg(handling_days) FROM cu", 0.05),
    "vi18": ("value", "SELECT avg(handling_days) FROM cu WHERE impact = 'High'", 0.05),
    "vi19": ("value", "SELECT avg(handling_days) FROM cu WHERE impact = 'Low'", 0.05),
    "vi20": ("top_value", top("support_team", "ev", "count(DISTINCT customer_id)"), 0.5),
    "vi21": ("top_value", top("support_team", "ev"), 0.5),
    "vi22": ("top_value", top("product", "cu"), 0.5),
    "vi23": ("top_value", top("region", "cu"), 0.5),
    "vi24": ("top_value", top("agent", "ev", where="agent <> 'Siebel'"), 0.5),
    "vi25": ("top_value", top("agent", "ev", "count(DISTINCT customer_id)", where="agent <> 'Siebel'"), 0.5),
    "vi26": ("top_count", top("dayname(signup_at)", "cu"), 0.5),
    "vi27": ("top_count", top("hour(signup_at)", "cu"), 0.5),
    "vi28": ("top_value", top("org_line", "ev", "count(DISTINCT customer_id)"), 0.5),
    "vi29": ("top_value", top("support_team", "ev", where=tp("tp_wait_user")), 0.5),
    "vi30": ("top_value", top("product", "cu", where="impact = 'High'"), 0.5),
    "vi31": ("top_value", top("agent_country", "ev"), 0.5),
    "vi32": ("top_value", top("function_div", "ev"), 0.5),
    "vi33": ("value", f"SELECT ({opened('2012-05-01', '2012-06-01')}) - ({opened('2012-04-01', '2012-05-01')})", 0.5),
    "vi34": ("top_value", top("region", "cu", "avg(handling_days)", where="region IN ('Sweden', 'Poland')"), 0.05),
    "vi35": ("value", opened("2012-04-30", "2012-05-07"), 0.5),  # the peak week; every weekly count is in the table
    "vi36": ("top_count", top("ts::DATE", "ev", where="ts >= DATE '2012-05-01' AND ts < DATE '2012-06-01'"), 0.5),
    "vi37": ("top_count", top("signup_at::DATE", "cu"), 0.5),
    "vi38": ("value", opened("2012-04-23", "2012-04-30"), 0.5),
    "vi39": ("value", opened("2012-04-30", "2012-05-07"), 0.5),  # as_of Wed 2012-05-09
    "vi40": ("value", n_events("2012-05-07", "2012-05-14"), 0.5),  # as_of Sun 2012-05-20
    "vi41": ("value", opened("2012-04-01", "2012-05-01"), 0.5),  # as_of 2012-05-15
    "vi42": ("value", opened("2012-04-21", "2012-05-01"), 0.5),
    "vi43": ("value", funnel_expr("r2 / r1", RESOLUTION), 0.01),
    "vi44": ("top_value", biggest_loss(RESOLUTION), 0.5),
    "vi45": ("value", funnel_expr("(r2 - r3) / r2", RESOLUTION), 0.005),
    "vi46": ("value", funnel_expr("r4 / r1", QUEUED), 0.01),
    "vi47": ("value", funnel_expr("r3", RESOLUTION, "2012-05-01", "2012-06-01"), 0.5),
    "vi48": ("value", funnel_expr("r3", RESOLUTION, "2012-04-01", "2012-05-01"), 0.5),
    "vi49": ("value", funnel_expr("r4", QUEUED, "2012-05-01", "2012-06-01"), 0.5),
    "vi59": ("value", n_incidents("support_team = 'S42'"), 0.5),
    "vi60": ("value", n_incidents("support_team = 'G76'"), 0.5),
    "vi61": ("value", "SELECT count(*) FROM cu WHERE region = 'Poland'", 0.5),
    "vi62": ("value", "SELECT count(*) FROM cu WHERE region = 'India'", 0.5),
    "vi63": ("value", "SELECT count(*) FROM cu WHERE product = 'PROD424'", 0.5),
    "vi64": ("value", "SELECT count(*) FROM cu WHERE product = 'PROD424' AND impact = 'High'", 0.5),
    "vi65": ("value", n_incidents("support_line IN ('3rd', '2nd/3rd')"), 0.5),
    "vi66": ("value", n_incidents("support_line IN ('2nd', '2nd/3rd')"), 0.5),
    "vi75": ("value", f"SELECT ({n_incidents(chr(39).join(['support_line <> ', '1st', '']))}) / "
                      "(SELECT count(*) FROM cu)", 0.01),
    "vi76": ("value", "SELECT count(*) FROM cu WHERE customer_id NOT IN "
                      "(SELECT customer_id FROM ev WHERE support_line <> '1st')", 0.5),
    "vi77": ("value", "SELECT count(*) FROM (SELECT customer_id FROM ev GROUP BY 1 "
                      "HAVING count(DISTINCT support_team) > 3)", 0.5),
    "vi78": ("value", "SELECT avg((impact = 'High')::INT) FROM cu WHERE region = 'United States'", 0.005),
    "vi79": ("value", "SELECT count(*) FROM (SELECT customer_id FROM ev WHERE touchpoint_id = 'tp_closed' "
                      "GROUP BY 1 HAVING count(*) > 1)", 0.5),
    "vi80": ("value", "SELECT count(*) FROM cu WHERE outcome IN ('open', 'resolved')", 0.5),
}

# answerable items checked by status only (definitions, why, journey map)
STATUS_ONLY = {"vi53", "vi54", "vi55", "vi56", "vi57", "vi58"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW ev AS SELECT * FROM read_csv('{datadir / 'events.csv'}', header=true, "
                "types={'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'support_team': 'VARCHAR', "
                "'function_div': 'VARCHAR', 'agent': 'VARCHAR'})")
    con.execute(f"CREATE VIEW cu AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, "
                "types={'signup_at': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'handling_days': 'DOUBLE'})")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    expect: dict = {"status": "ok"}
    if kind == "value":
        expect.update(value=round(float(rows[0][0]), 4), tolerance=tol)
        return expect
    if len(rows) > 1 and rows[0][1] == rows[1][1]:
        raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
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
