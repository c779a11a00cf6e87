"""Gold answers for the ServiceNow incident-management batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (journey map / definition / why questions whose wording no number can check);
items with another status (unsupported, clarify) keep what the YAML says. The script fails if an answerable item lacks
a query, a query lacks an item, or a "which is top" question has a tied first place.

Conventions:
- a ticket / incident / 工单 = one incident number (events.session_id); 20,765 tickets opened 2016-02-29 .. 2016-05-13
  (the published copy is cut there, README), their updates run to 2017-02-15. A ticket is "opened in" a period when
  its tp_opened event (= opened_at) falls in it. Tickets "closed in" a period = distinct tickets with a tp_closed
  event in it;
- a caller / user / 报障人 / 用户 = events.customer_id (4,828 callers, raw ids like 'Caller 1904');
- ticket attributes are the per-ticket columns on the events (their final values, README): priority (raw
  '1 - Critical' .. '4 - Low', twins priority_zh '1-紧急' .. / priority_en 'critical' ..), impact, category,
  location, made_sla (true = met; twins sla_status_zh 达标 / 超时未达标, sla_status_en met / breached), knowledge
  (true = a knowledge-base article was used), contact_type (channel phone / email); "final assignment group" = the
  assignment_group on the ticket's last event; "reassigned" = max reassignment_count > 0; "reopened" = max
  reopen_count > 0; "waited for user info" = has a tp_awaiting_user event;
- durations per ticket: "to first resolution" = first tp_resolved event - the tp_opened event (hours = 3,600 s);
  "resolution to closure" = first tp_closed - first tp_resolved (days); "to pick-up" = first tp_active - tp_opened
  (minutes), over tickets that have both events; "more than N" = strictly greater;
- shares are fractions over the tickets (or callers) of the filter; SLA met rate = avg(made_sla); a rate change in
  "points" is given as a fraction difference (0.3686 = 36.9 points);
- periods: calendar months / quarters; a week is Monday..Sunday; relative periods resolve against `as_of`
  (as_of 2016-04-06: last month = March 2016; as_of 2017-01-10: 去年下半年 = 2016-07-01 .. 2016-12-31; as_of
  2016-05-02: last week = Mon 2016-04-25 .. Sun 2016-05-01);
- funnels are the journeys as generate.py writes them, under DATA.md's rule: a caller reaches step k by an event at
  step k's touchpoint strictly after (>) the time step k-1 was reached and within window_days (30) of the caller's
  first step-1 event in the period. Timestamps are to the minute, so a step logged in the same minute as the
  previous one does not count; the lifecycle questions that depend on this say so. Drop-off at step k = reached k
  but not k+1 (the step callers are lost from is step k's touchpoint);
- minimum group sizes are stated in the questions; rates tolerance 0.01 (0.005 under 0.1, 0.002 under 0.05), counts 0.5, hours / days / minutes 2 %
  relative (at least 0.05), per-caller averages 0.05.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2016-01-01", "2018-01-01"
T = (None, 0.02)  # relative tolerance 2 %

TICKETS = """
CREATE VIEW t AS SELECT session_id AS inc, any_value(customer_id) AS caller, any_value(priority) AS priority,
  any_value(priority_zh) AS priority_zh, any_value(impact) AS impact, any_value(category) AS category,
  any_value(location) AS location, any_value(made_sla) = 'true' AS met, any_value(knowledge) = 'true' AS kb,
  any_value(channel) AS channel, any_value(sla_status_en) AS sla_en,
  min(ts) FILTER (WHERE touchpoint_id = 'tp_opened') AS o,
  min(ts) FILTER (WHERE touchpoint_id = 'tp_active') AS fa,
  min(ts) FILTER (WHERE touchpoint_id = 'tp_resolved') AS fr,
  min(ts) FILTER (WHERE touchpoint_id = 'tp_closed') AS fc,
  count(*) FILTER (WHERE touchpoint_id = 'tp_awaiting_user') AS n_au,
  count(*) FILTER (WHERE touchpoint_id = 'tp_awaiting_vendor') AS n_av,
  max(reopen_count::INT) AS reopens, max(reassignment_count::INT) AS reassign,
  arg_max(assignment_group, ts) AS final_group
FROM e GROUP BY 1
"""


def tk(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Tickets opened in [a, b) with the extra condition (columns of t)."""
    return f"(SELECT * FROM t WHERE o >= TIMESTAMP '{a}' AND o < TIMESTAMP '{b}' AND ({where}))"


def n_tk(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM {tk(a, b, where)}"


def share(cond: str, a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM {tk(a, b, where)}"


def hours(agg: str, where: str = "TRUE") -> str:
    return f"SELECT {agg}(epoch(fr - o) / 3600) FROM t WHERE fr IS NOT NULL AND ({where})"


def top(col: str, src: str, agg: str = "count(*)", having: str = "TRUE") -> str:
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 HAVING {having} ORDER BY 2 DESC, 1 LIMIT 2"


def per_caller(a: str = FIRST, b: str = END) -> str:
    return f"(SELECT caller, count(*) AS n FROM {tk(a, b)} GROUP BY 1)"


LIFE = (["tp_opened", "tp_active", "tp_resolved", "tp_closed"], 30)
WAIT = (["tp_opened", "tp_awaiting_user", "tp_resolved"], 30)


def funnel(j: tuple, a: str = FIRST, b: str = END) -> str:
    """One row per caller whose first step-1 event in [a, b) exists, with s1..sn = time each step was reached."""
    steps, win = j
    parts = [f"f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE touchpoint_id = '{steps[0]}' "
             f"AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}' GROUP BY 1)"]
    for k in range(2, len(steps) + 1):
        parts.append(
            f"f{k} AS (SELECT f{k - 1}.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f{k - 1}.customer_id "
            f"AND x.touchpoint_id = '{steps[k - 1]}' AND x.ts > f{k - 1}.s{k - 1} "
            f"AND x.ts <= f{k - 1}.s1 + INTERVAL {win} DAY) AS s{k} FROM f{k - 1})")
    return f"(WITH {', '.join(parts)} SELECT * FROM f{len(steps)})"


def conv(j: tuple, k_from: int, k_to: int, a: str = FIRST, b: str = END) -> str:
    return f"SELECT count(s{k_to}) / count(s{k_from}) FROM {funnel(j, a, b)}"


def lost_top(j: tuple) -> str:
    tps = j[0]
    rows = " UNION ALL ".join(f"SELECT '{tps[i]}' AS k, count(s{i + 1}) - count(s{i + 2}) AS v FROM F"
                              for i in range(len(tps) - 1))
    return f"WITH F AS {funnel(j)} SELECT * FROM ({rows}) ORDER BY v DESC, k LIMIT 2"


MAR, APR, MAY = ("2016-03-01", "2016-04-01"), ("2016-04-01", "2016-05-01"), ("2016-05-01", "2016-06-01")
Q2 = ("2016-04-01", "2016-07-01")
H2 = ("2016-07-01", "2017-01-01")
P1, P3, P4 = "priority = '1 - Critical'", "priority = '3 - Moderate'", "priority = '4 - Low'"

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {}


def g(item: str, kind: str, sql: str, tol: object = 0.5) -> None:
    GOLD[item] = (kind, sql, tol)


# volumes
g("sn01", "value", n_tk())
g("sn02", "value", n_tk(a=APR[0], b=APR[1]))
g("sn03", "value", n_tk(a=MAY[0], b=MAY[1]))
g("sn04", "value", f"SELECT count(DISTINCT caller) FROM {tk(*MAR)}")
g("sn05", "value", "SELECT count(DISTINCT customer_id) FROM e")
g("sn06", "value", n_tk(*MAR))  # as_of 2016-04-06: last month = March 2016
g("sn07", "value", n_tk(*Q2))
g("sn08", "value", n_tk("2016-04-04", "2016-04-11"))
g("sn09", "value", n_tk("2016-04-11", "2016-04-18"))
g("sn10", "value", n_tk("2016-04-18", "2016-04-25"))
g("sn11", "value", "SELECT count(DISTINCT session_id) FROM e WHERE touchpoint_id = 'tp_closed' "
                   f"AND ts >= TIMESTAMP '{H2[0]}' AND ts < TIMESTAMP '{H2[1]}'")  # as_of 2017-01-10
g("sn12", "top_value_only", top("dayname(o)", tk()))
g("sn13", "top_value_only", top("hour(o)", tk()))
g("sn14", "value", n_tk("2016-04-25", "2016-05-02"))  # as_of 2016-05-02: last week
# rankings
g("sn15", "top_value", top("caller", tk()))
g("sn16", "top", top("location", tk()))
g("sn17", "top_value", top("category", tk()))
g("sn18", "top", top("final_group", tk(where="final_group IS NOT NULL")))
g("sn19", "top", top("category", tk(), "avg((NOT met)::INT)", "count(*) >= 200"))
g("sn20", "top", top("location", "(SELECT *, epoch(fr - o) / 3600 AS h FROM t WHERE fr IS NOT NULL)",
                     "median(h)", "count(*) >= 100"))
g("sn21", "top", top("final_group", tk(where="final_group IS NOT NULL"), "avg((NOT met)::INT)", "count(*) >= 200"))
# comparisons
g("sn22", "value", share("met", where=P1), 0.01)
g("sn23", "value", share("met", where=P3), 0.01)
g("sn24", "value", f"SELECT ({share('met', a=APR[0], b=APR[1])}) - ({share('met', a=MAR[0], b=MAR[1])})", 0.01)
g("sn25", "value", hours("median", "kb"), T)
g("sn26", "value", hours("median", "NOT kb"), T)
g("sn27", "value", f"SELECT ({n_tk(*APR)}) - ({n_tk(*MAR)})")
g("sn28", "value", n_tk(where="channel = 'email'"))
# trends
g("sn29", "value", share("met", a=MAY[0], b=MAY[1]), 0.01)
g("sn30", "value", share("met", a=APR[0], b=APR[1]), 0.01)
g("sn31", "top_value_only", top("date_trunc('week', o)", tk("2016-03-07", "2016-04-04")))
g("sn32", "top_value_only", top("strftime(fc, '%Y-%m')", "t"))
# funnels
g("sn33", "value", conv(WAIT, 1, 2), 0.01)
g("sn34", "value", conv(WAIT, 2, 3), 0.01)
g("sn35", "value", conv(WAIT, 1, 2, *MAR), 0.01)
g("sn36", "top", lost_top(LIFE))
g("sn37", "value", conv(LIFE, 3, 4), 0.01)
g("sn38", "value", conv(LIFE, 1, 4, *APR), 0.01)
# durations
g("sn39", "value", hours("median"), T)
g("sn40", "value", hours("avg"), T)
g("sn41", "value", f"SELECT avg((epoch(fr - o) > 7 * 86400)::INT) FROM t WHERE fr IS NOT NULL", 0.01)
g("sn42", "value", "SELECT avg(epoch(fc - fr) / 86400) FROM t WHERE fc IS NOT NULL AND fr IS NOT NULL", T)
g("sn43", "value", "SELECT median(epoch(fa - o) / 60) FROM t WHERE fa IS NOT NULL", T)
g("sn44", "value", hours("median", P1), T)
g("sn45", "value", hours("median", P4), T)
g("sn46", "value", f"SELECT avg((epoch(fr - o) > 24 * 3600)::INT) FROM t WHERE fr IS NOT NULL", 0.01)
# per caller
g("sn47", "value", f"SELECT avg(n) FROM {per_caller()}", 0.05)
g("sn48", "value", f"SELECT avg(n) FROM {per_caller(a=APR[0], b=APR[1])}", 0.05)
g("sn49", "value", f"SELECT avg((n >= 5)::INT) FROM {per_caller()}", 0.01)
g("sn50", "value", f"SELECT avg(reassign) FROM {tk()}", 0.05)
# shares
g("sn51", "value", share("met"), 0.01)
g("sn52", "value", share("kb"), 0.01)
g("sn53", "value", share("reopens > 0"), 0.01)
g("sn54", "value", share("reassign > 0"), 0.01)
g("sn55", "value", share("n_au > 0"), 0.01)
g("sn56", "value", n_tk(where="n_av > 0"))
# twin columns
g("sn57", "value", n_tk(where="priority_zh = '1-紧急'"))
g("sn58", "value", n_tk(where="sla_en = 'breached'"))
g("sn59", "top_value", top("category", tk(where="NOT met")))
g("sn60", "value", n_tk(*MAR, where="priority = '2 - High'"))
g("sn61", "value", share("met", where="impact = '1 - High'"), 0.01)
g("sn62", "value", share("met", where="location = 'Location 204'"), 0.01)
g("sn63", "value", share("met", where="location = 'Location 161'"), 0.01)
g("sn64", "value", "SELECT count(*) FROM t WHERE EXISTS (SELECT 1 FROM e WHERE e.session_id = t.inc "
                   "AND e.touchpoint_id = 'tp_active' AND e.ts > t.fc)")

STATUS_ONLY = {"sn65", "sn66", "sn67", "sn68", "sn69", "sn70"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    con.execute(TICKETS)
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
    elif tol == 0.01 and abs(v) < 0.05:  # small rates: a 0.01 band would accept almost anything
        tol = 0.002
    elif tol == 0.01 and abs(v) < 0.1:
        tol = 0.005
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
