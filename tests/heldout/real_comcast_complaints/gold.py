"""Gold answers for the Comcast complaint-ticket batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items
listed in STATUS_ONLY keep `status: ok` only (why / definition / map questions whose wording cannot be
checked by a number), and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one complaint = one ticket = one feedback row = one `submit` event = one complainant (the release has no
  customer identifier); counts are counted over `feedback.csv` (events give the same numbers);
- dates are the repaired complaint dates written by generate.py (naive local time, 2015-04-01 .. 2015-06-30);
  a day is a calendar day; a week runs Monday to Sunday; "last week" / "yesterday" / "this month" / "last
  month" resolve against the item's `as_of`;
- status values as published: Open, Pending, Solved, Closed. "Resolved" = Solved or Closed, "unresolved"
  = Open or Pending (the questions spell this out where it matters);
- intake channel = `Received Via`: Customer Care Call = touchpoint `tp_care_call` (phone), Internet =
  `tp_internet` (web);
- state and city names as recorded (the release spells District of Columbia two ways; a question about
  how many states counts it once); text topics are case-insensitive regular expressions over the
  complaint text (`\\bcaps?\\b|capping` for data caps, `bill` for billing, `speed|slow` for speed,
  `customer service`), with a 5 % relative tolerance because a reader may draw a topic's edge a little
  differently;
- rates are fractions (tolerance 0.01); a percentage change is (new - old) / old as a fraction.
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is
unambiguous. `cites` items get `citations_from` = every ticket id of that topic.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

CAP = r"regexp_matches(lower(text), '\bcaps?\b|capping')"
BILL = "regexp_matches(lower(text), 'bill')"
SPEED = "regexp_matches(lower(text), 'speed|slow')"
CSERV = "regexp_matches(lower(text), 'customer service')"
RESOLVED = "status IN ('Solved', 'Closed')"
UNRESOLVED = "status IN ('Open', 'Pending')"
CALL, WEB = "touchpoint_id = 'tp_care_call'", "touchpoint_id = 'tp_internet'"


def f(a: str = "2015-04-01", b: str = "2015-07-01", where: str = "TRUE") -> str:
    """Tickets with a <= ts < b and the extra condition."""
    return f"(SELECT * FROM fb WHERE ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}' AND ({where}))"


def n(**kw: str) -> str:
    return f"SELECT count(*) FROM {f(**kw)}"


def share(cond: str, **kw: str) -> str:
    return f"SELECT avg(({cond})::INT) FROM {f(**kw)}"


def top(col: str, src: str, agg: str = "count(*)", having: str = "TRUE") -> str:
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 HAVING {having} ORDER BY 2 DESC, 1 LIMIT 2"


APR, MAY, JUN = ("2015-04-01", "2015-05-01"), ("2015-05-01", "2015-06-01"), ("2015-06-01", "2015-07-01")

# id -> (kind, sql, tolerance). kind: value | top | top_value | top_value_only | cites
# tolerance: absolute, or ("rel", fraction) for a relative one
GOLD: dict[str, tuple[str, str, object]] = {
    "cc01": ("value", n(), 0.5),
    "cc02": ("value", n(a=APR[0], b=APR[1]), 0.5),
    "cc03": ("value", n(where=CALL), 0.5),
    "cc04": ("value", share(WEB), 0.01),
    "cc05": ("top_value", top("state", f()), 0.5),
    "cc06": ("value", n(where="state = 'Florida'"), 0.5),
    "cc07": ("top_value", top("city", f()), 0.5),
    "cc08": ("value", n(where="city = 'Chicago'"), 0.5),
    "cc09": ("value", share(UNRESOLVED), 0.01),
    "cc10": ("value", n(where="status = 'Solved'"), 0.5),
    "cc11": ("value", n(where="status = 'Closed'"), 0.5),
    "cc12": ("top_value", top("status", f()), 0.5),
    "cc13": ("top_value_only", top("strftime(ts, '%Y-%m')", f()), 0.5),
    "cc14": ("value", f"SELECT ({n(a=JUN[0], b=JUN[1])}) - ({n(a=MAY[0], b=MAY[1])})", 0.5),
    "cc15": ("top_value", top("strftime(ts, '%Y-%m-%d')", f()), 0.5),
    "cc16": ("value", n(a="2015-06-23", b="2015-06-24"), 0.5),
    "cc17": ("value", n(a="2015-06-23", b="2015-06-24", where=CALL), 0.5),
    "cc18": ("value", n(a="2015-06-22", b="2015-06-29"), 0.5),
    "cc19": ("top_value_only", top("hour(ts)", f()), 0.5),
    "cc20": ("top_value_only", top("dayname(ts)", f()), 0.5),
    "cc21": ("value", n(where="dayofweek(ts) IN (0, 6)"), 0.5),
    "cc22": ("value", n(where=CAP), ("rel", 0.05)),
    "cc23": ("value", n(where=BILL), ("rel", 0.05)),
    "cc24": ("value", n(where=SPEED), ("rel", 0.05)),
    "cc25": ("value", n(where=CSERV), ("rel", 0.05)),
    "cc26": ("value", share("filing_on_behalf_of_someone = 'Yes'"), 0.01),
    "cc27": ("value", n(where=f"state = 'Georgia' AND {UNRESOLVED}"), 0.5),
    "cc28": ("top_value", top("state", f(), f"avg(({UNRESOLVED})::INT)", "count(*) >= 50"), 0.01),
    "cc29": ("value", share("status = 'Solved'", where=WEB), 0.01),
    "cc30": ("value", share(RESOLVED, where=CALL), 0.01),
    "cc31": ("value", share(RESOLVED, where=WEB), 0.01),
    "cc32": ("top_value", top("touchpoint_id", f()), 0.5),
    "cc33": ("top_value", top("touchpoint_id", f(where="status = 'Open'")), 0.5),
    "cc34": ("value", n(where=f"status = 'Pending' AND {CALL}"), 0.5),
    "cc35": ("value", f"SELECT count(DISTINCT city) FROM {f()}", 0.5),
    "cc36": ("value", f"SELECT count(DISTINCT lower(state)) FROM {f()}", 0.5),
    # as_of Mon 2015-06-22: last week = Mon 2015-06-15 .. Sun 2015-06-21
    "cc37": ("value", n(a="2015-06-15", b="2015-06-22"), 0.5),
    # as_of 2015-06-30: this month so far = 2015-06-01 .. 2015-06-30
    "cc38": ("value", n(a=JUN[0], b=JUN[1]), 0.5),
    # as_of 2015-06-25: yesterday = 2015-06-24
    "cc39": ("value", n(a="2015-06-24", b="2015-06-25"), 0.5),
    # as_of 2015-05-20: last month = April 2015
    "cc40": ("value", n(a=APR[0], b=APR[1]), 0.5),
    "cc41": ("value", n(a="2015-06-01", b="2015-06-16"), 0.5),
    "cc42": ("value", n(a=MAY[0], b=MAY[1], where="state = 'Texas'"), 0.5),
    "cc43": ("top_value", top("state", f(*JUN)), 0.5),
    "cc44": ("top_value", top("state", f(*APR)), 0.5),
    "cc45": ("value", n(a=JUN[0], b=JUN[1], where="state = 'California'"), 0.5),
    "cc46": ("value", f"SELECT (({n(a=MAY[0], b=MAY[1])}) - ({n(a=APR[0], b=APR[1])})) / ({n(a=APR[0], b=APR[1])})",
             0.01),
    "cc48": ("value", share(RESOLVED, where="city = 'Chicago'"), 0.01),
    "cc49": ("value", n(where=f"state = 'California' AND {WEB}"), 0.5),
    "cc50": ("cites", f"SELECT feedback_id FROM {f(where=CAP)} ORDER BY 1", None),
    "cc51": ("cites", f"SELECT feedback_id FROM {f(where=BILL)} ORDER BY 1", None),
    "cc54": ("value", n(where="state = 'Tennessee' AND status = 'Open'"), 0.5),
    "cc55": ("value", n(a=APR[0], b=APR[1], where=WEB), 0.5),
    "cc56": ("value", n(a=MAY[0], b=MAY[1], where=WEB), 0.5),
    "cc57": ("value", f"SELECT ({n(a=JUN[0], b=JUN[1])}) / 30.0", 0.05),
    "cc58": ("top_value", top("state", f("2015-06-24", "2015-06-25")), 0.5),
    "cc59": ("value", n(where=f"city = 'Atlanta' AND {WEB}"), 0.5),
    "cc60": ("value", n(where="status = 'Open'"), 0.5),
    "cc72": ("value", n(where="city = 'Atlanta' AND filing_on_behalf_of_someone = 'Yes'"), 0.5),
}
STATUS_ONLY = {"cc47", "cc52", "cc53"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW fb AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'feedback.csv'}', "
                "header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    expect: dict = {"status": "ok"}
    if kind == "cites":
        expect["citations_from"] = [str(r[0]) for r in rows]
        return expect
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
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok"
               and i["id"] not in GOLD and i["id"] not in STATUS_ONLY]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    for item in items:
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
        shown = {k: (f"[{len(v)} ids]" if k == "citations_from" else v) for k, v in item["expect"].items()}
        print(item["id"], item["lang"], item["question"][:60], shown)
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
