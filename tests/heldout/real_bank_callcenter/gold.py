"""Gold answers for the Anonymous Bank call-centre batches (Israel, February 1999): plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (journey map / definition / why questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one inbound call = one DATA.md customer ("calls", "来电", "进线"); the 278 PHANTOM calls are not in the data. A call
  "came in" on the day / in the week / hour of its VRU entry (customers.signup_at = its tp_ivr event). Weeks run
  Monday to Sunday; relative periods resolve against `as_of` ("this month so far" includes the as_of day, "yesterday"
  is the day before it, "last week" the Monday-Sunday week before the as_of week);
- "answered / picked up by an agent" = the call has a tp_agent event (27,112 calls). 50 calls are marked AGENT in the
  raw outcome but have no service times (no tp_agent event); where a count of answered calls would differ by reading
  customers.outcome = 'AGENT' instead, the tolerance covers both readings (rates move by < 0.002 and keep 0.01);
- "abandoned / hung up / gave up" = outcome HANG = a tp_hang_up event; abandonment rate = hung-up calls / all calls
  in the group (not over queued calls) unless the question says "of the queued calls"; "hung up in the IVR" = hung
  up without joining the queue;
- "queued / put on hold" = the call has a tp_queue event; wait in queue before an agent picked up = tp_agent ts -
  tp_queue ts, over queued calls that were answered (seconds; 50 of them are -1..-2 s and 31 are 0 s as recorded,
  kept); time queued callers waited before hanging up = tp_hang_up ts - tp_queue ts; talk time = tp_call_end ts -
  tp_agent ts over answered calls (= the raw ser_time); "longer than 60 s" is strictly > 60 s. Where the recorded
  customers.queue_seconds (q_time) gives another figure, the tolerance covers both when the gap is small;
- customers of the bank: identified callers only (customers.caller_id not empty, 4,021 people); "per customer"
  averages are calls of identified callers / distinct identified callers (within the tier when one is named);
  priority customers = tier 'priority' (raw priority 2), regular = tier 'regular' (raw 1, or 0 with a caller id),
  unidentified = segment 'unidentified' (tier 'unknown');
- agents: customers.agent / events.agent (the raw server name; empty = NO_SERVER). "Calls an agent answered" =
  answered calls carrying that agent (tp_agent events); rankings with "at least N calls" count those calls;
- service types: the raw code with English and Chinese labels (service_type, service_type_en, service_type_zh);
  rankings over them check the winning value only (the label may be shown in any of the three columns);
- funnels are the journeys as generate.py writes them, under DATA.md's rule: step k is reached by an event at step
  k's touchpoint strictly after the time step k-1 was reached and within window_days (1) of the call's first step-1
  event in the period ("at or after" changes inbound_call by 0.001 and queued_call by 0.003, inside the tolerance);
  a period funnel takes calls whose first step-1 event is in the period. Drop-off at step k = reached k but not k+1
  (the step callers are lost from is step k's touchpoint);
- rates are fractions (tolerance 0.01); counts tolerance 0.5 (or the gap to the other reading, see above); seconds
  and per-customer averages tolerance 2 % (at least 0.05).
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

T = (None, 0.02)  # relative tolerance 2 %
FIRST, END = "1999-01-31", "1999-03-02"  # covers every timestamp, end exclusive
W1, W2, W3, W4 = (("1999-02-01", "1999-02-08"), ("1999-02-08", "1999-02-15"), ("1999-02-15", "1999-02-22"),
                  ("1999-02-22", "1999-03-01"))
ANSWERED, QUEUED, HUNG = "g IS NOT NULL", "q IS NOT NULL", "outcome = 'HANG'"
WAITED = f"{QUEUED} AND {ANSWERED}"


def per(a: str = FIRST, b: str = END) -> str:
    return f"signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}'"


def n(where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM a WHERE {where}"


def rate(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM a WHERE {where}"


def wait(agg: str, where: str = "TRUE") -> str:
    return f"SELECT {agg}(epoch(g - q)) FROM a WHERE {WAITED} AND {where}"


def wait_q(agg: str, where: str = "TRUE", expr: str = "queue_seconds") -> str:
    """The same population as wait(), measured by the recorded q_time (customers.queue_seconds)."""
    return f"SELECT {agg}({expr}) FROM a WHERE {WAITED} AND {where}"


def talk(agg: str, where: str = "TRUE") -> str:
    return f"SELECT {agg}(epoch(z - g)) FROM a WHERE {ANSWERED} AND {where}"


def top(key: str, agg: str, where: str = "TRUE", having: str = "TRUE", order: str = "DESC") -> str:
    return (f"SELECT {key} AS k, {agg} AS v FROM a WHERE {where} GROUP BY 1 HAVING {having} "
            f"ORDER BY 2 {order}, 1 LIMIT 2")


INBOUND = (["tp_ivr", "tp_agent", "tp_call_end"], 1)
QUEUE_J = (["tp_queue", "tp_agent", "tp_call_end"], 1)


def funnel(j: tuple, a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """One row per call whose first step-1 event is in [a, b) (and `where` on the call), s1..sn = step times."""
    steps, win = j
    parts = [f"f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE touchpoint_id = '{steps[0]}' AND customer_id IN "
             f"(SELECT customer_id FROM c WHERE {where}) GROUP BY 1 "
             f"HAVING min(ts) >= TIMESTAMP '{a}' AND min(ts) < TIMESTAMP '{b}')"]
    for k in range(2, len(steps) + 1):
        parts.append(
            f"f{k} AS (SELECT f{k - 1}.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f{k - 1}.customer_id "
            f"AND x.touchpoint_id = '{steps[k - 1]}' AND x.ts > f{k - 1}.s{k - 1} "
            f"AND x.ts <= f{k - 1}.s1 + INTERVAL {win} DAY) AS s{k} FROM f{k - 1})")
    return f"(WITH {', '.join(parts)} SELECT * FROM f{len(steps)})"


def conv(j: tuple, k_from: int, k_to: int, **kw: str) -> str:
    return f"SELECT count(s{k_to}) / count(s{k_from}) FROM {funnel(j, **kw)}"


def lost_top(j: tuple) -> str:
    tps = j[0]
    rows = " UNION ALL ".join(f"SELECT '{tps[i]}' AS k, count(s{i + 1}) - count(s{i + 2}) AS v FROM F"
                              for i in range(len(tps) - 1))
    return f"WITH F AS {funnel(j)} SELECT * FROM ({rows}) ORDER BY v DESC, k LIMIT 2"


def callers(where: str = "TRUE") -> str:
    return f"(SELECT caller_id, count(*) AS k FROM a WHERE caller_id IS NOT NULL AND {where} GROUP BY 1)"


def div(x: str, y: str) -> str:
    return f"SELECT ({x}) / ({y})"


def diff(x: str, y: str) -> str:
    return f"SELECT ({x}) - ({y})"


PRIO, REG, UNID = "tier = 'priority'", "tier = 'regular'", "segment = 'unidentified'"
AGENT_ANSWERED = "agent IS NOT NULL AND g IS NOT NULL"
EVENING = "hour(signup_at) >= 20"
FRI_SAT = "dayname(signup_at) IN ('Friday', 'Saturday')"

# id -> (kind, sql, tolerance[, alt_sql]). kind: value | top (entity and value) | top_value_only.
# alt_sql: the other defensible reading (outcome column / recorded q_time); the tolerance is widened to cover it.
GOLD: dict[str, tuple] = {
    "bc01": ("value", n(), 0.5),
    "bc02": ("value", n(HUNG), 0.5),
    "bc03": ("value", rate(HUNG), 0.01),
    "bc04": ("value", rate(ANSWERED), 0.01, rate("outcome = 'AGENT'")),
    "bc05": ("top_value_only", top("signup_at::DATE", "count(*)"), 0.5),
    "bc06": ("value", n(per(*W2)), 0.5),
    "bc07": ("value", n(per(*W3)), 0.5),
    # as_of 1999-02-24 (Wed): last week = Mon 15 .. Sun 21 Feb
    "bc08": ("value", rate(HUNG, per(*W3)), 0.01),
    "bc09": ("value", rate(HUNG, per(*W2)), 0.01),
    # as_of 1999-02-18: yesterday = 17 Feb
    "bc10": ("value", n(per("1999-02-17", "1999-02-18")), 0.5),
    "bc11": ("value", diff(n(per("1999-02-01", "1999-02-15")), n(per("1999-02-15", "1999-03-01"))), 0.5),
    "bc12": ("top_value_only", top("date_trunc('week', signup_at)", "count(*)"), 0.5),
    "bc13": ("top_value_only", top("date_trunc('week', signup_at)", f"avg(({HUNG})::INT)"), 0.01),
    "bc14": ("top_value_only", top("dayname(signup_at)", "count(*)"), 0.5),
    "bc15": ("top_value_only", top("hour(signup_at)", "count(*)"), 0.5),
    "bc16": ("value", rate(FRI_SAT), 0.01),
    "bc17": ("value", conv(INBOUND, 1, 3), 0.01),
    "bc18": ("value", conv(INBOUND, 1, 3, where=UNID), 0.01),
    "bc19": ("value", conv(QUEUE_J, 1, 2), 0.01),
    "bc20": ("top", lost_top(INBOUND), 0.5),
    "bc21": ("value", rate(HUNG, QUEUED), 0.01),
    "bc22": ("value", rate(f"{HUNG} AND NOT {QUEUED}"), 0.01),
    "bc23": ("value", n(f"{ANSWERED} AND NOT {QUEUED}"), 0.5, n(f"outcome = 'AGENT' AND NOT {QUEUED}")),
    "bc24": ("value", rate(ANSWERED, PRIO), 0.01, rate("outcome = 'AGENT'", PRIO)),
    "bc25": ("value", rate(ANSWERED, REG), 0.01, rate("outcome = 'AGENT'", REG)),
    "bc26": ("value", conv(QUEUE_J, 1, 2, a=W3[0], b=W3[1]), 0.01),
    "bc27": ("value", wait("avg"), T, wait_q("avg")),
    "bc28": ("value", wait("avg", per(*W3)), T, wait_q("avg", per(*W3))),
    "bc29": ("value", wait("median"), T, wait_q("median")),
    "bc30": ("value", f"SELECT avg((epoch(g - q) > 60)::INT) FROM a WHERE {WAITED}", 0.01,
             wait_q("avg", expr="(queue_seconds > 60)::INT")),
    "bc31": ("value", f"SELECT avg((epoch(g - q) > 90)::INT) FROM a WHERE {WAITED}", 0.01,
             wait_q("avg", expr="(queue_seconds > 90)::INT")),
    "bc32": ("value", talk("avg"), T),
    "bc33": ("value", talk("median"), T),
    "bc34": ("value", f"SELECT avg(epoch(h - q)) FROM a WHERE {QUEUED} AND h IS NOT NULL", T),
    "bc35": ("value", wait("avg", PRIO), T, wait_q("avg", PRIO)),
    "bc36": ("value", wait("avg", REG), T, wait_q("avg", REG)),
    "bc37": ("top_value_only", top("service_type", "avg(epoch(g - q))", WAITED, "count(*) >= 100"), T,
             top("service_type", "avg(queue_seconds)", WAITED, "count(*) >= 100")),
    "bc38": ("top", top("agent", "count(*)", AGENT_ANSWERED), 0.5, top("agent", "count(*)", "agent IS NOT NULL")),
    "bc39": ("value", talk("avg", "agent = 'IDIT'"), T),
    "bc40": ("top", top("agent", "avg(epoch(z - g))", AGENT_ANSWERED, "count(*) >= 100"), T),
    "bc41": ("top", top("agent", "median(epoch(z - g))", AGENT_ANSWERED, "count(*) >= 500", "ASC"), T),
    "bc42": ("top_value_only", top("service_type", f"avg(({HUNG})::INT)", having="count(*) >= 200"), 0.01),
    "bc43": ("top_value_only", top("hour(signup_at)", f"avg(({HUNG})::INT)", having="count(*) >= 500"), 0.01),
    "bc44": ("top", top("agent", "count(*)", f"{AGENT_ANSWERED} AND {per(*W1)}"), 0.5,
             top("agent", "count(*)", f"agent IS NOT NULL AND {per(*W1)}")),
    "bc45": ("value", f"SELECT count(DISTINCT agent) FROM a WHERE {AGENT_ANSWERED}", 0.5),
    "bc46": ("value", f"SELECT avg(k) FROM {callers()}", T),
    "bc47": ("value", f"SELECT count(*) FROM {callers()}", 0.5),
    "bc48": ("value", f"SELECT avg(k) FROM {callers(PRIO)}", T),
    "bc49": ("value", f"SELECT avg((k >= 2)::INT) FROM {callers()}", 0.01),
    "bc50": ("top_value_only", "SELECT caller_id, k FROM " + callers() + " ORDER BY 2 DESC, 1 LIMIT 2", 0.5),
    "bc51": ("value", n(UNID), 0.5),
    "bc52": ("value", rate(HUNG, PRIO), 0.01),
    "bc53": ("value", rate(HUNG, UNID), 0.01),
    "bc54": ("value", rate("service_type = 'NW'"), 0.01),
    "bc55": ("value", n(f"{ANSWERED} AND service_type = 'NE'"), 0.5, n("outcome = 'AGENT' AND service_type = 'NE'")),
    "bc56": ("value", rate(HUNG, "service_type = 'PE'"), 0.01),
    "bc57": ("value", talk("avg", "service_type = 'IN'"), T),
    "bc58": ("value", talk("avg", "service_type = 'NE'"), T),
    "bc59": ("value", rate(QUEUED), 0.01),
    "bc60": ("value", n(per("1999-02-14", "1999-02-15")), 0.5),
    "bc61": ("value", n(EVENING), 0.5),
    # as_of 1999-02-26: this month so far = 1 .. 26 Feb
    "bc62": ("value", n(f"{HUNG} AND {per('1999-02-01', '1999-02-27')}"), 0.5),
    "bc63": ("value", n(f"{ANSWERED} AND {per(*W4)}"), 0.5, n(f"outcome = 'AGENT' AND {per(*W4)}")),
    "bc64": ("value", f"SELECT ({n(per(*W4))}) / 7", T),
    "bc65": ("value", diff(wait("avg", per(*W3)), wait("avg", per(*W1))), T,
             diff(wait_q("avg", per(*W3)), wait_q("avg", per(*W1)))),
    "bc78": ("value", f"SELECT avg((epoch(g - q) > 60)::INT) FROM a WHERE {WAITED} AND {PRIO}", 0.01,
             wait_q("avg", PRIO, "(queue_seconds > 60)::INT")),
}
STATUS_ONLY = {"bc66", "bc67", "bc68", "bc69"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    con.execute(f"CREATE TABLE c AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at, "
                "nullif(caller_id, '') AS caller_id, nullif(agent, '') AS agent, queue_seconds::INT AS queue_seconds) "
                f"FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    con.execute("CREATE TABLE a AS SELECT c.*, p.i, p.q, p.g, p.z, p.h FROM c JOIN (SELECT customer_id, "
                "min(ts) FILTER (WHERE touchpoint_id = 'tp_ivr') AS i, min(ts) FILTER (WHERE touchpoint_id = 'tp_queue') AS q, "
                "min(ts) FILTER (WHERE touchpoint_id = 'tp_agent') AS g, "
                "min(ts) FILTER (WHERE touchpoint_id = 'tp_call_end') AS z, "
                "min(ts) FILTER (WHERE touchpoint_id = 'tp_hang_up') AS h FROM e GROUP BY 1) p USING (customer_id)")
    return con


def first_row(con: duckdb.DuckDBPyConnection, item_id: str, sql: str, kind: str) -> tuple:
    rows = con.execute(sql).fetchall()
    if kind != "value" and len(rows) > 1 and rows[1][1] == rows[0][1]:
        raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
    return rows[0]


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol, *alt = GOLD[item_id]
    row = first_row(con, item_id, sql, kind)
    expect: dict = {"status": "ok"}
    v = round(float(row[0] if kind == "value" else row[1]), 4)
    if kind == "top":
        expect["top_entity"] = str(row[0])
    if isinstance(tol, tuple):
        tol = round(max(0.05, abs(v) * tol[1]), 2)
    if alt:
        arow = first_row(con, item_id, alt[0], kind)
        if kind == "top" and str(arow[0]) != str(row[0]):
            raise SystemExit(f"{item_id}: the other reading names another winner {arow}")
        av = float(arow[0] if kind == "value" else arow[1])
        tol = max(tol, round(abs(av - v) + (0.5 if tol == 0.5 else 0.002), 4))
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
    for i in items:
        fu = i.get("follow_up_of")
        if fu and (fu not in ids or ids.index(fu) >= ids.index(i["id"])):
            raise SystemExit(f"{i['id']}: follow_up_of {fu} is not an earlier item")
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
