"""Gold answers for the British Airways review batches: plain DuckDB SQL over the converted feedback.csv.

    python gold.py DATADIR batch1.yaml --write

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below);
items without an entry keep the `expect` written in the YAML (status only). `cites` items give the
feedback ids a correct answer may quote (DATA.md benchmark rule: at least half of its citations must
be among them): a keyword/regex filter on the review text, or a filter on an extra column.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def year(y: int) -> str:
    return f"year(ts) = {y}"


def between(a: str, b: str) -> str:
    return f"ts >= DATE '{a}' AND ts < DATE '{b}'"


def rx(pattern: str) -> str:
    return f"regexp_matches(lower(text), '{pattern}')"


LOST_BAG = rx(r"(lost|missing|mislaid|misplaced|delayed)\s+(\w+\s+){0,2}(bag|bags|baggage|luggage|suitcase)"
              r"|(bag|bags|baggage|luggage|suitcase)\s+(\w+\s+){0,3}(lost|missing|never arrived|did not arrive|didn.t arrive)")
FOOD = rx(r"\b(food|meal|meals|catering|breakfast|lunch|dinner|snack|snacks|menu)\b")
SEAT_PAIN = rx(r"\bseats?\b") + " AND " + rx(r"(uncomfortable|cramped|narrow|legroom|leg room|tight|hard|knees)")
TERMINAL5 = rx(r"(terminal 5|\bt5\b)")
ENTERTAINMENT = rx(r"(entertainment|\bife\b|screen|movies|films|wifi|wi-fi)")

# id -> (kind, sql, tolerance). kind: value | top_value (entity, value) | cites (list of feedback ids)
GOLD: dict[str, tuple[str, str, float | None]] = {
    "b01": ("value", "SELECT count(*) FROM fb", 0.5),
    "b02": ("value", f"SELECT count(*) FROM fb WHERE {year(2023)}", 0.5),
    "b04": ("cites", f"SELECT feedback_id FROM fb WHERE {LOST_BAG}", None),
    "b05": ("cites", f"SELECT feedback_id FROM fb WHERE {LOST_BAG}", None),
    "b06": ("value", f"SELECT count(*) FROM fb WHERE {year(2019)}", 0.5),
    "b07": ("value", f"SELECT count(*) FROM fb WHERE {year(2020)}", 0.5),
    "b08": ("value", f"SELECT count(*) FROM fb WHERE {year(2017)}", 0.5),  # the peak year
    "b09": ("value", "SELECT avg((recommended = 'yes')::INT) FROM fb", 0.005),
    "b10": ("value", "SELECT avg((recommended = 'yes')::INT) FROM fb WHERE seat_type = 'Business Class'", 0.005),
    "b11": ("value", "SELECT avg(overall_score_10::DOUBLE) FROM fb", 0.05),
    "b12": ("value", "SELECT avg(overall_score_10::DOUBLE) FROM fb WHERE seat_type = 'Economy Class'", 0.05),
    "b13": ("top_value", "SELECT seat_type, count(*) FROM fb GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "b14": ("top_value", "SELECT country, count(*) FROM fb GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "b15": ("cites", f"SELECT feedback_id FROM fb WHERE {FOOD}", None),
    "b16": ("cites", f"SELECT feedback_id FROM fb WHERE {SEAT_PAIN}", None),
    "b17": ("value", f"SELECT count(*) FROM fb WHERE {rx('delay')}", 0.5),
    "b18": ("cites", f"SELECT feedback_id FROM fb WHERE {year(2023)}", None),
    "b19": ("value", f"SELECT count(*) FROM fb WHERE {year(2023)}", 0.5),
    "b20": ("value", f"SELECT count(*) FROM fb WHERE {between('2018-01-01', '2018-07-01')}", 0.5),
    "b21": ("value", f"SELECT count(*) FROM fb WHERE {between('2022-10-01', '2023-01-01')}", 0.5),
    "b22": ("value", f"SELECT count(*) FROM fb WHERE {between('2023-08-01', '2023-09-01')}", 0.5),
    "b23": ("value", f"SELECT count(*) FROM fb WHERE {between('2023-06-01', '2023-07-01')}", 0.5),
    "b24": ("value", "SELECT avg(seat_comfort::DOUBLE) FROM fb", 0.02),
    "b25": ("value", "SELECT avg(ground_service::DOUBLE) FROM fb", 0.02),
    "b26": ("value", "SELECT count(*) FROM fb WHERE trip_verified = 'Verified'", 0.5),
    "b34": ("value", f"SELECT count(*) FROM fb WHERE {year(2017)}", 0.5),
    "b35": ("cites", "SELECT feedback_id FROM fb WHERE seat_type = 'Business Class'", None),
    "b36": ("cites", "SELECT feedback_id FROM fb WHERE seat_type = 'First Class'", None),
    "b37": ("value", "SELECT count(*) FROM fb WHERE country = 'United States'", 0.5),
    "b38": ("value", "SELECT count(*) FROM fb WHERE traveller_type = 'Family Leisure'", 0.5),
    "b39": ("cites", "SELECT feedback_id FROM fb WHERE aircraft ILIKE '%A380%' OR text ILIKE '%A380%'", None),
    "b40": ("value", "SELECT count(*) FROM fb WHERE overall_score_10::INT < 3", 0.5),
    "b41": ("value", f"SELECT avg(overall_score_10::DOUBLE) FROM fb WHERE {year(2023)}", 0.05),
    "b44": ("cites", f"SELECT feedback_id FROM fb WHERE {ENTERTAINMENT}", None),
    # batch2
    "q01": ("value", "SELECT count(*) FROM fb", 0.5),
    "q02": ("value", "SELECT count(*) FROM fb WHERE traveller_type = 'Solo Leisure'", 0.5),
    "q03": ("value", "SELECT count(*) FROM fb WHERE traveller_type = 'Business'", 0.5),
    "q04": ("value", "SELECT avg((recommended = 'yes')::INT) FROM fb WHERE seat_type = 'Premium Economy'", 0.005),
    "q05": ("value", "SELECT avg(overall_score_10::DOUBLE) FROM fb WHERE seat_type = 'First Class'", 0.05),
    "q06": ("value", "SELECT avg(cabin_staff_service::DOUBLE) FROM fb", 0.02),
    "q07": ("value", "SELECT avg(food_beverages::DOUBLE) FROM fb", 0.02),
    "q08": ("value", f"SELECT avg(value_for_money::DOUBLE) FROM fb WHERE {year(2019)}", 0.02),
    "q09": ("value", f"SELECT count(*) FROM fb WHERE {year(2016)}", 0.5),
    "q10": ("value", f"SELECT count(*) FROM fb WHERE {year(2021)}", 0.5),
    "q11": ("value", f"SELECT count(*) FROM fb WHERE {year(2022)}", 0.5),
    "q12": ("cites", f"SELECT feedback_id FROM fb WHERE {rx(r'(rude|impolite|unfriendly|surly|arrogant|dismissive)')}", None),
    "q13": ("cites", f"SELECT feedback_id FROM fb WHERE {rx('cancel')}", None),
    "q14": ("cites", f"SELECT feedback_id FROM fb WHERE {TERMINAL5}", None),
    "q15": ("cites", f"SELECT feedback_id FROM fb WHERE {rx('lounge')}", None),
    "q16": ("value", f"SELECT count(*) FROM fb WHERE {rx('lounge')}", 0.5),
    "q17": ("cites", "SELECT feedback_id FROM fb WHERE overall_score_10::INT >= 8", None),
    "q18": ("cites", f"SELECT feedback_id FROM fb WHERE {year(2022)} AND overall_score_10::INT <= 3", None),
    "q19": ("value", "SELECT count(*) FROM fb WHERE country = 'Canada'", 0.5),
    "q20": ("value", "SELECT count(*) FROM fb WHERE overall_score_10::INT = 10", 0.5),
    "q21": ("value", "SELECT avg((recommended = 'no')::INT) FROM fb", 0.005),
    "q22": ("top_value", "SELECT traveller_type, count(*) FROM fb WHERE traveller_type IS NOT NULL "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "q23": ("value", f"SELECT count(*) FROM fb WHERE {between('2019-07-01', '2019-10-01')}", 0.5),
    "q24": ("value", f"SELECT count(*) FROM fb WHERE {between('2017-03-01', '2017-06-01')}", 0.5),
    # as_of Wed 2023-10-04: last calendar week = Mon 2023-09-25 .. Sun 2023-10-01
    "q25": ("value", f"SELECT count(*) FROM fb WHERE {between('2023-09-25', '2023-10-02')}", 0.5),
    "q32": ("value", "SELECT count(*) FROM fb WHERE trip_verified = 'Not Verified'", 0.5),
    "q33": ("value", "SELECT count(*) FROM fb WHERE overall_score_10::INT = 1", 0.5),
    "q34": ("value", "SELECT avg(overall_score_10::DOUBLE) FROM fb WHERE country = 'United Kingdom'", 0.05),
    "q35": ("value", "SELECT avg(entertainment::DOUBLE) FROM fb WHERE seat_type = 'Business Class'", 0.02),
    "q36": ("cites", f"SELECT feedback_id FROM fb WHERE {rx('(wifi|wi-fi|internet)')}", None),
    "q37": ("cites", f"SELECT feedback_id FROM fb WHERE {rx('(legroom|leg room|leg-room)')}", None),
    "q38": ("value", f"SELECT avg((recommended = 'yes')::INT) FROM fb WHERE {year(2023)}", 0.005),
    "q39": ("value", f"SELECT avg((recommended = 'yes')::INT) FROM fb WHERE {year(2017)}", 0.005),
    "q40": ("top_value", "SELECT aircraft, count(*) FROM fb WHERE aircraft IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW fb AS SELECT * REPLACE (ts::DATE AS ts) FROM read_csv('{datadir / 'feedback.csv'}', "
                "header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    expect: dict = {"status": "ok"}
    if kind == "cites":
        ids = [r[0] for r in con.execute(sql + " ORDER BY feedback_id").fetchall()]
        if not ids:
            raise SystemExit(f"{item_id}: the citation filter matches nothing")
        expect.update(citations_from=ids)
        return expect
    row = con.execute(sql).fetchone()
    if kind == "value":
        expect.update(value=round(float(row[0]), 4), tolerance=tol)
    else:
        expect.update(top_entity=str(row[0]), value=round(float(row[1]), 4), tolerance=tol)
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
    for item in items:
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
        e = dict(item["expect"])
        if "citations_from" in e:
            e["citations_from"] = f"{len(e['citations_from'])} ids"
        print(item["id"], e)
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
