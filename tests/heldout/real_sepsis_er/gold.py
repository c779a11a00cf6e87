"""Gold answers for the Sepsis Cases (hospital ER sepsis pathway) batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (journey map / definition / why questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one case = one patient = one customer ("patients", "病人", "患者"); a patient "registered / arrived / came in" in a
  period when the ER Registration time (customers.signup_at) falls in it (every case has exactly one registration);
- counts of things that happen later (ICU admissions, discharges, returns to the ER) "in a period" count those
  events by their own timestamp; "how many patients were admitted to ICU / a ward / got antibiotics / came back"
  count distinct patients over the whole log (1,050 cases, registrations 2013-11-07 .. 2015-02-26, events until
  2015-06-05);
- care level = customers.segment: icu (has Admission IC), ward (Admission NC, no IC), er_only (neither);
  "discharged" = has a Release A..E event (at most one per case; discharge_type); "returned to the ER" = has a
  Return ER event (every return follows a discharge). A return rate "among discharged patients" divides by the
  782 discharged patients; a rate "of all patients" by all 1,050;
- durations start at the ER Registration time and end at the first event of the named activity of the same
  patient (hours / minutes / days of 3,600 / 60 / 86,400 s); a handful of events were logged before the
  registration (negative durations are kept, as logged). Length of stay = registration -> the Release event,
  over discharged patients. Time to return = the Release event -> the Return ER event. "Within 1 hour" = <= 60 min;
- lab results are the values on the CRP / Leucocytes / LacticAcid events (one per test); "above 2" is > 2.0;
  shares of results are over all result events; tests per patient are over all 1,050 patients;
- age is the published 5-year value (20..90); "80 and over" = age >= 80, "under 65" = age < 65;
- departments are the anonymised org:group letters on the events (`department`);
- the funnels are the journeys as generate.py writes them, under DATA.md's rule: step k is reached by an event
  at step k's touchpoint strictly after the time step k-1 was reached and within window_days of the patient's
  first step-1 event in the period; a period funnel takes the patients whose registration is in the period.
  Drop-off at step k = reached k but not k+1 (the step patients are lost from is step k's touchpoint);
- times are local wall-clock as written by generate.py (the publisher randomised the calendar dates, see
  README.md; the batch uses them as given). A week runs Monday to Sunday; relative periods resolve against `as_of`;
- rates are fractions (tolerance 0.01); counts tolerance 0.5; hours / minutes / days tolerance 2 % (at least
  0.05); lab values and ages tolerance 0.05 (relative 1 % for CRP).
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2013-11-01", "2015-07-01"  # covers every timestamp of the log, end exclusive


def pts(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Patients registered in [a, b) with the extra condition (columns of `c`)."""
    return f"(SELECT * FROM c WHERE signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}' AND ({where}))"


def n_pts(**kw: str) -> str:
    return f"SELECT count(*) FROM {pts(**kw)}"


def share(cond: str, **kw: str) -> str:
    return f"SELECT avg(({cond})::INT) FROM {pts(**kw)}"


def n_ev(activity: str, a: str = FIRST, b: str = END) -> str:
    """Events of one activity (LIKE pattern) with a <= ts < b."""
    return (f"SELECT count(*) FROM e WHERE activity LIKE '{activity}' AND ts >= TIMESTAMP '{a}' "
            f"AND ts < TIMESTAMP '{b}'")


def has(activity: str) -> str:
    return f"customer_id IN (SELECT customer_id FROM e WHERE activity LIKE '{activity}')"


def n_has(activity: str) -> str:
    return f"SELECT count(DISTINCT customer_id) FROM e WHERE activity LIKE '{activity}'"


def first(activity: str) -> str:
    return f"(SELECT customer_id, min(ts) AS t FROM e WHERE activity LIKE '{activity}' GROUP BY 1)"


def dur(activity: str, unit: float, agg: str, where: str = "TRUE", frm: str = "c.signup_at") -> str:
    """agg of (first `activity` - registration) in `unit` seconds over patients that have it (and `where`)."""
    return (f"SELECT {agg}(epoch(f.t - {frm}) / {unit}) FROM c JOIN {first(activity)} f USING (customer_id) "
            f"WHERE {where}")


def share_within(activity: str, seconds: int) -> str:
    return (f"SELECT avg((epoch(f.t - c.signup_at) <= {seconds})::INT) FROM c "
            f"JOIN {first(activity)} f USING (customer_id)")


RET = (f"(SELECT r.customer_id, epoch(x.t - r.t) / 86400.0 AS days FROM {first('Release %')} r "
       f"JOIN {first('Return ER')} x USING (customer_id))")

PATHWAY = (["ER Registration", "ER Triage", "ER Sepsis Triage", "IV Antibiotics", "Admission NC"], 14,
           ["tp_er_registration", "tp_er_triage", "tp_sepsis_triage", "tp_iv_antibiotics", "tp_admission_ward"])
RETURN_J = (["ER Registration", "Admission NC", "Release A", "Return ER"], 450,
            ["tp_er_registration", "tp_admission_ward", "tp_release_a", "tp_return_er"])


def funnel(j: tuple, a: str = FIRST, b: str = END) -> str:
    """One row per patient whose first step-1 event is in [a, b), with s1..sn = time each step was reached."""
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


def top(col: str, src: str, agg: str = "count(*)") -> str:
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2"


def lab(col: str) -> str:
    return f"(SELECT customer_id, ts, {col}::DOUBLE AS v FROM e WHERE {col} IS NOT NULL)"


Y14, H1_14, H2_14 = ("2014-01-01", "2015-01-01"), ("2014-01-01", "2014-07-01"), ("2014-07-01", "2015-01-01")
Q2_14, Q3_14, Q4_14 = ("2014-04-01", "2014-07-01"), ("2014-07-01", "2014-10-01"), ("2014-10-01", "2015-01-01")
OLD, YOUNG = "age >= 80", "age < 65"
ICU, WARD, ER_ONLY = "segment = 'icu'", "segment = 'ward'", "segment = 'er_only'"
RETURNED, DISCHARGED = "returned_to_er = 'true'", "discharge_type IS NOT NULL"
HOURS, MINUTES, DAYS = 3600.0, 60.0, 86400.0
T = (None, 0.02)  # relative tolerance 2 %

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    "se01": ("value", n_pts(), 0.5),
    "se02": ("value", n_pts(a=Y14[0], b=Y14[1]), 0.5),
    "se03": ("value", n_pts(a=Q2_14[0], b=Q2_14[1]), 0.5),
    "se04": ("value", n_pts(a=Q3_14[0], b=Q3_14[1]), 0.5),
    "se05": ("top_value_only", top("strftime(signup_at, '%Y-%m')", pts()), 0.5),
    "se06": ("value", n_pts(a="2014-10-01", b="2014-11-01"), 0.5),
    # as_of 2014-12-15: last month = November 2014
    "se07": ("value", n_pts(a="2014-11-01", b="2014-12-01"), 0.5),
    # as_of 2015-01-05: last quarter = Q4 2014
    "se08": ("value", n_pts(a=Q4_14[0], b=Q4_14[1]), 0.5),
    "se09": ("value", f"SELECT ({n_pts(a=H2_14[0], b=H2_14[1])}) - ({n_pts(a=H1_14[0], b=H1_14[1])})", 0.5),
    "se11": ("value", n_has("Admission IC"), 0.5),
    "se12": ("value", n_has("Admission NC"), 0.5),
    "se13": ("value", n_pts(where=ER_ONLY), 0.5),
    "se14": ("value", share(has("IV Antibiotics")), 0.01),
    "se15": ("value", dur("IV Antibiotics", HOURS, "median"), T),
    "se16": ("value", share_within("IV Antibiotics", 3600), 0.01),
    "se17": ("value", share_within("IV Antibiotics", 3 * 3600), 0.01),
    "se18": ("value", dur("ER Triage", MINUTES, "median"), T),
    "se19": ("value", dur("IV Liquid", MINUTES, "median"), T),
    "se20": ("value", dur("Release %", DAYS, "avg"), T),
    "se21": ("value", dur("Release %", DAYS, "median"), T),
    "se22": ("value", dur("Release %", DAYS, "avg", where=ICU), T),
    "se23": ("value", n_has("Return ER"), 0.5),
    "se24": ("value", share(RETURNED, where=DISCHARGED), 0.01),
    "se25": ("value", f"SELECT count(*) FROM {RET} WHERE days <= 30", 0.5),
    "se26": ("value", f"SELECT median(days) FROM {RET}", T),
    "se27": ("top_value_only", top("discharge_type", pts(where=DISCHARGED)), 0.5),
    "se28": ("value", share(RETURNED, where="discharge_type = 'A'"), 0.01),
    "se29": ("value", share(RETURNED, where="discharge_type = 'B'"), 0.01),
    "se30": ("value", n_ev("CRP"), 0.5),
    "se31": ("top_value_only", top("strftime(ts, '%Y-%m')", "(SELECT * FROM e WHERE activity = 'Admission IC' "
                                                         "AND year(ts) = 2014)"), 0.5),
    "se32": ("value", f"SELECT avg((v > 2)::INT) FROM {lab('lactic_acid')}", 0.01),
    "se33": ("value", f"SELECT avg(v) FROM {lab('lactic_acid')}", 0.05),
    "se34": ("value", f"SELECT count(DISTINCT customer_id) FROM {lab('lactic_acid')} WHERE v > 4", 0.5),
    "se35": ("value", f"SELECT median(v) FROM {lab('crp')}", (None, 0.01)),
    "se36": ("value", f"SELECT avg(age) FROM {pts()}", 0.05),
    "se37": ("value", share(OLD), 0.01),
    "se38": ("value", share(ICU, where=YOUNG), 0.01),
    "se39": ("value", share(ICU, where=OLD), 0.01),
    "se40": ("value", share(RETURNED, where=OLD), 0.01),
    "se41": ("value", n_pts(where="sirs_2_or_more = 'true'"), 0.5),
    "se42": ("value", share(ICU, where="hypotension = 'true'"), 0.01),
    "se43": ("value", share(ICU, where="organ_dysfunction = 'true'"), 0.01),
    "se44": ("top_value", top("diagnose", pts(where="diagnose IS NOT NULL")), 0.5),
    "se45": ("value", share(has("IV Antibiotics"), where="infection_suspected = 'true'"), 0.01),
    "se46": ("top_value", top("department", "(SELECT * FROM e WHERE activity = 'Admission NC')"), 0.5),
    "se47": ("value", "SELECT count(DISTINCT department) FROM e WHERE activity = 'Admission NC'", 0.5),
    "se48": ("value", n_ev("Admission IC", *H2_14), 0.5),
    "se49": ("value", n_ev("Release %", "2014-12-01", "2015-01-01"), 0.5),
    "se50": ("value", n_ev("Return ER", "2015-01-01", "2015-02-01"), 0.5),
    # as_of 2014-06-30: this year so far = 2014-01-01 .. 2014-06-30
    "se51": ("value", n_pts(a="2014-01-01", b="2014-07-01"), 0.5),
    # as_of Mon 2014-05-19: last week = Mon 2014-05-12 .. Sun 2014-05-18
    "se52": ("value", n_pts(a="2014-05-12", b="2014-05-19"), 0.5),
    # as_of 2014-03-11: yesterday = 2014-03-10
    "se53": ("value", n_pts(a="2014-03-10", b="2014-03-11"), 0.5),
    "se54": ("value", conv(PATHWAY, 1, 5), 0.01),
    "se55": ("top_value", lost_top(PATHWAY), 0.5),
    "se56": ("value", conv(PATHWAY, 3, 4), 0.01),
    "se57": ("value", conv(PATHWAY, 4, 5), 0.01),
    "se58": ("value", conv(PATHWAY, 1, 5, *Q3_14), 0.01),
    "se59": ("value", conv(RETURN_J, 3, 4), 0.01),
    "se60": ("value", f"SELECT count(s3) FROM {funnel(RETURN_J)}", 0.5),
    "se61": ("value", share("dayofweek(signup_at) IN (0, 6)"), 0.01),
    "se62": ("top_value_only", top("hour(signup_at)", pts()), 0.5),
    "se64": ("value", f"SELECT count(*) / ({n_pts()}) FROM e", 0.05),
    "se65": ("value", "SELECT count(*) FROM (SELECT customer_id FROM e WHERE activity = 'Admission NC' "
                      "GROUP BY 1 HAVING count(*) >= 2)", 0.5),
    "se66": ("value", f"SELECT avg(age) FROM {pts(where=ICU)}", 0.05),
    "se67": ("value", f"SELECT avg(age) FROM {pts(where=ER_ONLY)}", 0.05),
}
STATUS_ONLY = {"se68", "se69", "se70"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW c AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at, age::INTEGER AS age) "
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
