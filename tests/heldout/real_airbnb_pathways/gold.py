"""Gold answers for the Airbnb user-pathways batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote (events.csv and customers.csv are read). One small query per
checked item (GOLD below); items in STATUS_ONLY keep `status: ok` only (definitions, journey map, trends,
why-questions and a breakdown); items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- a visitor = a customer (630); a session = one `visit` event (7,756), on the touchpoint of its platform
  (tp_ios_app, tp_android_app, tp_desktop_web, tp_device_web = full website in a phone/tablet browser,
  tp_moweb = mobile website, tp_other_client);
- a search / message to a host / booking request = an event at tp_search / tp_message / tp_booking_request;
  the source only flags that a session contained it, so such an event carries the session END time and the
  session's device, channel and device_app_combo. A session has at most one event of each kind, so
  "sessions with a booking request" = booking requests;
- "bookers" = visitors with at least one booking request; "active visitors" in a period = visitors with a
  session starting in it;
- periods: sessions count by session start (the visit event's ts); searches, messages and booking requests by
  their own ts (session end). A week runs Monday to Sunday; "last month" / "去年下半年" resolve against the
  item's as_of (the as_of day itself is in no "last ..." period);
- booking-request rate per session of a group = booking requests / sessions of that group (device, combo or
  platform); rates of visitors = visitors with the action / visitors of the group;
- a 0-second session: session_seconds = 0 (start = end); session length = session_seconds;
- funnels follow DATA.md with the journeys' window (365 days, longer than the log): a visitor reaches step k
  with an event at step k's touchpoint at or after (>=) the time they reached step k-1 — so a message and a
  booking request flagged in the same session (same timestamp) count, as the questions say; drop-off of a
  step = (reached this step - reached the next) / reached this step;
- growth "by what percentage" = later / earlier - 1 (negative for a fall);
- rates are fractions (tolerance 0.01, or 0.002 for rates under 0.05); counts tolerance 0.5; averages 0.05
  (minutes, days, sessions).
Rankings check the winning entity (raw touchpoint_id / device / device_app_combo value) and its value;
rankings over months / weekdays / hours check the winning value only. The script refuses a tied first place.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

PLATFORMS = ("tp_ios_app", "tp_android_app", "tp_desktop_web", "tp_device_web", "tp_moweb", "tp_other_client")


def between(a: str, b: str, col: str = "ts") -> str:
    return f"{col} >= TIMESTAMP '{a}' AND {col} < TIMESTAMP '{b}'"


def cnt(view: str, where: str = "TRUE", expr: str = "count(*)") -> str:
    return f"SELECT {expr} FROM {view} WHERE {where}"


def top(view: str, key: str, expr: str, where: str = "TRUE", having: str = "TRUE") -> str:
    return (f"SELECT {key} AS k, {expr} AS v FROM {view} WHERE {where} GROUP BY 1 HAVING {having} "
            f"ORDER BY v DESC, k LIMIT 2")


def ratio(num: str, den: str) -> str:
    return f"SELECT ({num}) / ({den})"


def funnel(steps: list[str], strict: bool = False) -> str:
    """Visitors reaching each step over the whole log (window 365 days from the first step-1 event)."""
    op = ">" if strict else ">="
    parts = [f"s1 AS (SELECT c, min(ts) AS t1, min(ts) AS r1 FROM e WHERE tp = '{steps[0]}' GROUP BY c)"]
    for i, st in enumerate(steps[1:], 2):
        parts.append(f"s{i} AS (SELECT p.c, p.t1, min(e.ts) AS r{i} FROM s{i-1} p JOIN e ON e.c = p.c "
                     f"AND e.tp = '{st}' AND e.ts {op} p.r{i-1} AND e.ts <= p.t1 + INTERVAL 365 DAY "
                     f"GROUP BY p.c, p.t1)")
    sel = ", ".join(f"(SELECT count(*) FROM s{i})" for i in range(1, len(steps) + 1))
    return "WITH " + ", ".join(parts) + f" SELECT {sel}"


SRCH, MSG, REQ = "tp_search", "tp_message", "tp_booking_request"
J3 = [SRCH, MSG, REQ]
J2 = [SRCH, REQ]
RATE_COMBO = ("(SELECT count(*) FROM r WHERE r.combo = v.combo) / count(*)")

GOLD: dict[str, tuple[str, str, float]] = {
    "ap01": ("value", cnt("cu"), 0.5),
    "ap02": ("value", cnt("v"), 0.5),
    "ap03": ("value", cnt("r"), 0.5),
    "ap04": ("value", cnt("r", expr="count(DISTINCT c)"), 0.5),
    "ap05": ("value", ratio(cnt("r", expr="count(DISTINCT c)"), cnt("cu")), 0.01),
    "ap06": ("value", cnt("m", expr="count(DISTINCT c)"), 0.5),
    "ap07": ("value", cnt("s"), 0.5),
    "ap08": ("value", cnt("v", between("2014-12-01", "2015-01-01")), 0.5),
    "ap09": ("value", cnt("r", between("2014-12-01", "2015-01-01")), 0.5),
    "ap10": ("value", cnt("v", between("2014-10-01", "2015-01-01"), "count(DISTINCT c)"), 0.5),
    "ap11": ("value", cnt("v", between("2015-01-01", "2015-04-01"), "count(DISTINCT c)"), 0.5),
    "ap12": ("top_value", top("v", "tp", "count(*)"), 0.5),
    "ap13": ("top_value", top("v", "combo", "count(*)"), 0.5),
    "ap14": ("top_value", top("r", "device", "count(*)"), 0.5),
    "ap15": ("top_value", f"SELECT combo AS k, {RATE_COMBO} AS v FROM v GROUP BY combo HAVING count(*) >= 100 "
                          f"ORDER BY v DESC, k LIMIT 2", 0.01),
    "ap16": ("top_value_only", top("v", "strftime(ts, '%Y-%m')", "count(*)"), 0.5),
    "ap17": ("top_value_only", top("r", "strftime(ts, '%Y-%m')", "count(*)"), 0.5),
    "ap18": ("top_value", top("v", "tp", "avg((secs = 0)::INT)", having="count(*) >= 200"), 0.01),
    "ap19": ("top_value_only", top("v", "dayname(ts)", "count(*)"), 0.5),
    "ap20": ("top_value_only", top("v", "hour(ts)", "count(*)"), 0.5),
    "ap21": ("value", ratio(cnt("r", "combo LIKE 'Desktop - %'"), cnt("v", "tp = 'tp_desktop_web'")), 0.01),
    "ap22": ("value", ratio(cnt("r", "combo LIKE '% - iOS'"), cnt("v", "tp = 'tp_ios_app'")), 0.01),
    "ap23": ("value", cnt("v", "tp = 'tp_ios_app'", "median(secs)"), 0.5),
    "ap24": ("value", cnt("v", "tp = 'tp_android_app'", "median(secs)"), 0.5),
    "ap25": ("value", ratio(cnt("cu", "segment = 'multi_device' AND c IN (SELECT c FROM r)"),
                            cnt("cu", "segment = 'multi_device'")), 0.01),
    "ap26": ("value", ratio(cnt("cu", "segment = 'single_device' AND c IN (SELECT c FROM r)"),
                            cnt("cu", "segment = 'single_device'")), 0.01),
    "ap27": ("value", f"SELECT ({cnt('v', between('2014-09-01', '2014-10-01'))}) / "
                      f"({cnt('v', between('2014-08-01', '2014-09-01'))}) - 1", 0.01),
    "ap28": ("value", f"SELECT ({cnt('r', between('2015-01-01', '2015-02-01'))}) / "
                      f"({cnt('r', between('2014-12-01', '2015-01-01'))}) - 1", 0.01),
    "ap31": ("funnel_last", funnel(J3), 0.5),
    "ap32": ("top", "SELECT 'tp_search', 1", 0.0),  # value filled below: drop-off rate at the search step
    "ap33": ("funnel_rate", funnel(J2), 0.01),
    "ap36": ("value", "WITH f AS (SELECT c, min(ts) AS t FROM v GROUP BY c), b AS (SELECT c, min(ts) AS t FROM r "
                      "GROUP BY c) SELECT median(epoch(b.t - f.t) / 86400) FROM f JOIN b USING (c)", 0.05),
    "ap37": ("value", "WITH f AS (SELECT c, min(ts) AS t FROM v GROUP BY c), b AS (SELECT c, min(ts) AS t FROM r "
                      "GROUP BY c) SELECT count(*) FROM f JOIN b USING (c) WHERE b.t - f.t > INTERVAL 7 DAY", 0.5),
    "ap38": ("value", cnt("v", "tp = 'tp_desktop_web'", "avg(secs) / 60"), 0.05),
    "ap39": ("value", cnt("v", "session_id IN (SELECT session_id FROM r)", "avg(secs) / 60"), 0.05),
    "ap40": ("value", ratio(cnt("v"), cnt("cu")), 0.05),
    "ap41": ("value", cnt("cu", expr="avg(device_app_combos)"), 0.05),
    "ap42": ("value", ratio(cnt("r"), cnt("r", expr="count(DISTINCT c)")), 0.05),
    "ap43": ("value", ratio(cnt("v", "c IN (SELECT c FROM r)"), cnt("r", expr="count(DISTINCT c)")), 0.05),
    "ap44": ("value", ratio(cnt("v", "tp = 'tp_ios_app'"), cnt("v")), 0.01),
    "ap45": ("value", ratio(cnt("r", "device = 'desktop'"), cnt("r")), 0.01),
    "ap47": ("value", ratio(cnt("s"), cnt("v")), 0.01),
    "ap48": ("value", cnt("r", between("2015-01-01", "2015-04-01"), "count(DISTINCT c)"), 0.5),
    "ap49": ("value", cnt("r", between("2015-01-01", "2015-04-01")), 0.5),
    # as_of 2015-03-01: 去年下半年 = 2014-07-01 .. 2014-12-31
    "ap50": ("value", cnt("v", f"tp = 'tp_ios_app' AND {between('2014-07-01', '2015-01-01')}",
                          "count(DISTINCT c)"), 0.5),
    "ap51": ("value", cnt("v", "combo = 'Desktop - IE'"), 0.5),
    "ap52": ("value", cnt("v", "device = 'ipad'"), 0.5),
    "ap53": ("value", cnt("cu", "main_platform = 'tp_ios_app'"), 0.5),
    "ap54": ("value", cnt("cu", "device_app_combos >= 3"), 0.5),
    "ap55": ("value", cnt("v", between("2014-12-01", "2014-12-08")), 0.5),
    # as_of 2015-02-10: last month = January 2015; the month before = December 2014
    "ap56": ("value", cnt("v", between("2015-01-01", "2015-02-01")), 0.5),
    "ap57": ("value", cnt("v", between("2014-12-01", "2015-01-01")), 0.5),
    # as_of 2014-10-15: last month = September 2014
    "ap58": ("value", cnt("r", between("2014-09-01", "2014-10-01")), 0.5),
    "ap59": ("top_value", top("r", "device", "count(*)", between("2014-09-01", "2014-10-01")), 0.5),
    "ap60": ("value", cnt("m", between("2014-10-01", "2014-11-01"), "count(DISTINCT c)"), 0.5),
    "ap62": ("value", cnt("v", f"tp = 'tp_moweb' AND {between('2014-07-01', '2014-10-01')}"), 0.5),
    "ap63": ("value", cnt("s", expr="count(DISTINCT c)"), 0.5),
    "ap64": ("value", cnt("r", between("2015-02-01", "2015-03-01"), "count(DISTINCT c)"), 0.5),
    "ap65": ("value", cnt("r", "device = 'iphone'"), 0.5),
    "ap66": ("value", ratio(cnt("r", "device = 'android_phone'"), cnt("v", "device = 'android_phone'")), 0.01),
    "ap68": ("value", cnt("v", "secs > 1800"), 0.5),
}
STATUS_ONLY = {"ap29", "ap30", "ap34", "ap35", "ap69", "ap70", "ap71", "ap72", "ap73"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"""CREATE VIEW e AS SELECT event_id, customer_id AS c, ts::TIMESTAMP AS ts, touchpoint_id AS tp,
        action, session_id, device, channel, device_app_combo AS combo, session_seconds::INT AS secs
        FROM read_csv('{datadir / 'events.csv'}', header=true, all_varchar=true)""")
    con.execute(f"""CREATE VIEW cu AS SELECT customer_id AS c, segment, main_platform,
        sessions::INT AS sessions, device_app_combos::INT AS device_app_combos
        FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)""")
    con.execute(f"CREATE VIEW v AS SELECT * FROM e WHERE tp IN {PLATFORMS}")
    con.execute(f"CREATE VIEW s AS SELECT * FROM e WHERE tp = '{SRCH}'")
    con.execute(f"CREATE VIEW m AS SELECT * FROM e WHERE tp = '{MSG}'")
    con.execute(f"CREATE VIEW r AS SELECT * FROM e WHERE tp = '{REQ}'")
    n_v, n_a = con.execute("SELECT count(*) FILTER (WHERE tp IN " + str(PLATFORMS) + "), "
                           "count(*) FILTER (WHERE action = 'visit') FROM e").fetchone()
    if n_v != n_a:
        raise SystemExit("visit events and platform touchpoints disagree")
    dup, = con.execute("SELECT count(*) FROM (SELECT session_id, tp FROM e GROUP BY ALL HAVING count(*) > 1)").fetchone()
    if dup:
        raise SystemExit("a session has two events of one kind")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    expect: dict = {"status": "ok"}
    if item_id == "ap32":
        n = con.execute(funnel(J3)).fetchone()
        drops = [(n[i] - n[i + 1]) / n[i] for i in range(len(n) - 1)]
        lost = [n[i] - n[i + 1] for i in range(len(n) - 1)]
        if not (drops[0] > drops[1] and lost[0] > lost[1]):
            raise SystemExit(f"ap32: the search step is not the worst step {n}")
        expect.update(top_entity="tp_search", value=round(drops[0], 4), tolerance=0.01)
        return expect
    rows = con.execute(sql).fetchall()
    row = rows[0]
    if kind == "funnel_last":
        strict = con.execute(funnel(J3, strict=True)).fetchone()
        print(f"  {item_id}: funnel >= {row}, strict > {strict}")
        v = float(row[-1])
    elif kind == "funnel_rate":
        strict = con.execute(funnel(J2, strict=True)).fetchone()
        print(f"  {item_id}: funnel >= {row}, strict > {strict}")
        v = row[-1] / row[0]
    elif kind == "value":
        v = float(row[0])
    else:
        if len(rows) > 1 and rows[1][1] == row[1]:
            raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
        v = float(row[1])
        if kind in ("top", "top_value"):
            expect["top_entity"] = str(row[0])
        if kind == "top":
            return expect
    if tol == 0.01 and abs(v) < 0.05:
        tol = 0.002  # small rates (booking requests per session): 0.01 would accept 0
    expect.update(value=round(v, 4), tolerance=tol)
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
    by_id = {i["id"]: i for i in items}
    for item in items:
        f = item.get("follow_up_of")
        if f and (f not in by_id or ids.index(f) > ids.index(item["id"])):
            raise SystemExit(f"{item['id']}: follow_up_of {f} is not an earlier item")
        if item["id"] in GOLD:
            if item["expect"].get("status") != "ok":
                raise SystemExit(f"{item['id']} has a gold query but status {item['expect'].get('status')}")
            item["expect"] = compute(con, item["id"])
        elif item["id"] in STATUS_ONLY and item["expect"].get("status") != "ok":
            raise SystemExit(f"{item['id']} is status-only but not ok")
        print(item["id"], item["lang"], item.get("as_of", ""), item["question"][:70], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
