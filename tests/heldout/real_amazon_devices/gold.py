"""Gold answers for the Amazon device review batches: plain DuckDB SQL over the converted feedback.csv.

    python gold.py DATADIR batch1.yaml --write

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
FIXED keep the `expect` written in the YAML (an `ok` status with no number: themes, definitions), and refusals /
clarifications keep theirs. The script fails if an answerable item has no gold query or a "which is top" question
has a tied first place. Conventions:
- "negative" = the data's own rating of 1 or 2 stars (the questions say so); "recommend rate" = share of reviews
  with recommended = true;
- a review's period is its date (ts, UTC; all but 31 reviews are stamped at 00:00);
- "mentions X" counts = a case-insensitive regular expression over the review text; where a question admits two
  reasonable keyword readings (e.g. "Alexa" as a substring or a word) the tolerance covers both (kind `value2`);
- `cites` items give the feedback ids a correct answer may quote (the benchmark rule: at least half of its
  citations must be among them): a keyword filter on the text and/or a filter on the product line / rating.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def rx(pattern: str) -> str:
    return f"regexp_matches(lower(text), '{pattern}')"


def between(a: str, b: str) -> str:
    """a <= review date < b (b exclusive)."""
    return f"ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"


def count(where: str = "true") -> str:
    return f"SELECT count(*) FROM fb WHERE {where}"


def avg_rating(where: str = "true") -> str:
    return f"SELECT avg(rating) FROM fb WHERE {where}"


def share(cond: str, where: str = "true") -> str:
    return f"SELECT avg(({cond})::INT) FROM fb WHERE {where}"


def top(col: str, agg: str = "count(*)", order: str = "DESC", where: str = "true", having: str = "") -> str:
    hv = f" HAVING {having}" if having else ""
    return f"SELECT {col} AS k, {agg} AS v FROM fb WHERE {where} GROUP BY 1{hv} ORDER BY 2 {order}, 1 LIMIT 2"


def cites(where: str) -> str:
    return f"SELECT feedback_id FROM fb WHERE {where}"


NEG = "rating <= 2"
REC = "recommended = 'true'"
ECHO = "product_group = 'Echo smart speakers'"
FIRE = "product_group = 'Fire tablets'"
KINDLE = "product_group = 'Kindle e-readers'"
ADS = rx(r"\bads?\b|advertis|special offers")
CHARGE = rx(r"charg\w*\s+port|port\s+(\w+\s+){0,3}(loose|defect)|(won.t|wouldn.t|would not|will not|not|doesn.t|"
            r"does not|didn.t|did not)\s+(take a\s+|hold a\s+)?charg|hold(ing)? a charge|(problem|issue)s? with the charg")
ALEXA_FAIL = rx(r"answer|understand|not sure|don.t know|didn.t know|do not know")
SOUND = rx(r"sound|speaker|bass|audio|volume|loud")
DARK = rx(r"dark|bright|backlit|backlight|\blight(s|ing)?\b|glare")
GOOGLE = rx(r"google ?play|play ?store|google (apps?|services|store)")
SERVICE = rx(r"customer (service|support)|amazon support|tech support|geek squad")
SLOW = rx(r"\bslow|\blag|freez|froze|crash")
SD = rx(r"\bsd\b|micro ?sd|memory card")

# id -> (kind, sql, tolerance[, alternative sql]). kinds: value | value2 (tolerance widened to cover the alternative
# reading) | top (entity) | top_value (entity and its value) | top_value_only (value of the first row) | cites
GOLD: dict[str, tuple] = {
    "az01": ("value", count(), 0.5),
    "az02": ("value", count("year(ts) = 2017"), 0.5),
    "az03": ("value", avg_rating(), 0.01),
    "az04": ("value", count(NEG), 0.5),
    "az05": ("value", share(NEG), 0.002),
    "az06": ("value", avg_rating("touchpoint_id = 'tp_echo_show'"), 0.01),
    "az07": ("value", avg_rating("touchpoint_id = 'tp_echo_plus'"), 0.01),
    "az08": ("top_value", top("touchpoint_id"), 0.5),
    "az09": ("top_value", top("touchpoint_id", f"avg(({NEG})::INT)"), 0.003),
    "az10": ("top_value", top("touchpoint_id", "avg(rating)", "ASC"), 0.01),
    "az11": ("top_value", top("touchpoint_id", "avg(rating)", having="count(*) >= 100"), 0.01),
    "az12": ("value", share(REC), 0.002),
    "az13": ("value", share(REC, "touchpoint_id = 'tp_kindle'"), 0.003),
    "az14": ("top_value", top("touchpoint_id", f"avg(({REC})::INT)", "ASC"), 0.003),
    "az15": ("value", count("touchpoint_id = 'tp_fire_kids'"), 0.5),
    "az16": ("value", count("rating = 5"), 0.5),
    "az18": ("value", count(between("2017-12-01", "2018-01-01")), 0.5),
    "az20": ("top_value_only", top("strftime(ts, '%Y-%m')"), 0.5),
    # the yearly trend: the table must hold 2018's average (the highest year with more than 100 reviews)
    "az21": ("value", avg_rating("year(ts) = 2018"), 0.01),
    "az22": ("value", share(NEG, "year(ts) = 2016"), 0.002),
    "az23": ("value", share(NEG, "year(ts) = 2018"), 0.002),
    "az24": ("value", count(f"{NEG} AND {FIRE}"), 0.5),
    "az25": ("value", avg_rating(ECHO), 0.01),
    "az26": ("value", avg_rating(KINDLE), 0.01),
    "az27": ("value", count("recommended = 'false'"), 0.5),
    "az28": ("value", count(f"{NEG} AND touchpoint_id = 'tp_amazon_tap'"), 0.5),
    "az29": ("value2", count(rx("alexa")), 0.5, count(rx(r"\balexa\b"))),
    "az30": ("value2", count(rx(r"batter(y|ies)")), 0.5, count(rx("battery"))),
    "az31": ("value2", count(ADS), 0.5, count(rx(r"\bads\b|advertis"))),
    "az32": ("value2", count(rx("you ?tube")), 0.5, count(rx("youtube"))),
    "az33": ("value2", count(rx("best buy")), 0.5, count(rx("best ?buy|bestbuy"))),
    "az35": ("cites", cites(f"{ADS} AND {FIRE}"), None),
    "az36": ("cites", cites(CHARGE), None),
    "az37": ("cites", cites(f"{rx('you ?tube')} AND touchpoint_id = 'tp_echo_show'"), None),
    "az38": ("cites", cites(f"{ALEXA_FAIL} AND {ECHO}"), None),
    "az39": ("cites", cites(f"{SOUND} AND touchpoint_id = 'tp_amazon_tap'"), None),
    "az40": ("cites", cites("rating = 1 AND touchpoint_id = 'tp_fire_7'"), None),
    "az41": ("cites", cites(f"{DARK} AND {KINDLE}"), None),
    "az42": ("cites", cites("touchpoint_id = 'tp_fire_kids'"), None),
    "az43": ("cites", cites(GOOGLE), None),
    "az44": ("cites", cites(SERVICE), None),
    "az45": ("cites", cites(f"year(ts) = 2018 AND {NEG}"), None),
    "az46": ("cites", cites("touchpoint_id = 'tp_echo_plus' AND rating <= 3"), None),
    "az47": ("cites", cites("touchpoint_id = 'tp_echo_show' AND rating <= 3"), None),
    "az48": ("cites", cites(rx(r"philips|\bhue\b")), None),
    "az49": ("cites", cites(SLOW), None),
    "az50": ("cites", cites(SD), None),
    "az51": ("value", count("listing_id = 'AVqVGZNvQMlgsOJE6eUY'"), 0.5),
    "az52": ("value", count("listing_id = 'AVqkIhwDv8e3D1O-lebb'"), 0.5),
    "az53": ("value", avg_rating("recommended = 'false'"), 0.01),
    "az54": ("value", count("recommended = 'false' AND rating >= 4"), 0.5),
    # as_of 2018-01-15: last month = December 2017
    "az55": ("value", count(between("2017-12-01", "2018-01-01")), 0.5),
    # as_of 2017-02-10: last month = January 2017
    "az56": ("value", count(between("2017-01-01", "2017-02-01")), 0.5),
    "az57": ("value", count(between("2016-07-01", "2017-01-01")), 0.5),
    "az58": ("value", count(between("2017-11-01", "2018-01-01")), 0.5),
    # as_of Wednesday 2018-01-10: last calendar week = Mon 2018-01-01 .. Sun 2018-01-07; the rolling reading
    # (the 7 days before the as-of day, 2018-01-03 .. 2018-01-09) is covered by the tolerance
    "az59": ("value2", count(between("2018-01-01", "2018-01-08")), 0.5, count(between("2018-01-03", "2018-01-10"))),
    # as_of 2017-12-31: this year so far = 2017-01-01 .. 2017-12-31
    "az60": ("value", avg_rating("year(ts) = 2017"), 0.01),
    "az61": ("value", count(between("2018-01-01", "2018-04-01")), 0.5),
    "az62": ("cites", cites(f"{NEG} AND touchpoint_id = 'tp_fire_7'"), None),
    "az63": ("cites", cites(f"{NEG} AND touchpoint_id = 'tp_amazon_tap'"), None),
    "az66": ("value", avg_rating("touchpoint_id = 'tp_fire_hd8' AND year(ts) = 2017"), 0.01),
    "az67": ("value", count("touchpoint_id = 'tp_echo_show' AND " + between("2017-12-01", "2018-01-01")), 0.5),
    "az68": ("value", count(f"{NEG} AND touchpoint_id = 'tp_fire_7' AND " + between("2016-10-01", "2017-01-01")), 0.5),
    # follow-ups
    "az79": ("value", count(between("2018-01-01", "2018-02-01")), 0.5),
    "az80": ("value", share(NEG, "year(ts) = 2016"), 0.002),
    "az81": ("cites", cites("rating = 1 AND touchpoint_id = 'tp_fire_hd8'"), None),
    "az82": ("value", share(REC, "touchpoint_id = 'tp_kindle_voyage'"), 0.003),
}
FIXED = {"az34", "az64", "az65"}  # complaint themes and two definitions: the answer must be `ok`; no number to check


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute(f"CREATE VIEW fb AS SELECT * REPLACE (CAST(replace(ts, 'Z', '') AS TIMESTAMP) AS ts, "
                f"rating::INT AS rating) FROM read_csv('{datadir / 'feedback.csv'}', header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol, *alt = GOLD[item_id]
    expect: dict = {"status": "ok"}
    if kind == "cites":
        ids = [r[0] for r in con.execute(sql + " ORDER BY feedback_id").fetchall()]
        if not ids:
            raise SystemExit(f"{item_id}: the citation filter matches nothing")
        expect.update(citations_from=ids)
        return expect
    rows = con.execute(sql).fetchall()
    row = rows[0]
    if kind in ("value", "value2"):
        value = float(row[0])
        if kind == "value2":
            other = float(con.execute(alt[0]).fetchone()[0])
            tol = max(tol, round(abs(other - value) + tol, 4))
        expect.update(value=round(value, 4), tolerance=tol)
        return expect
    if len(rows) > 1 and rows[1][1] == row[1]:
        raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
    if kind == "top":
        expect.update(top_entity=str(row[0]))
    elif kind == "top_value_only":
        expect.update(value=round(float(row[1]), 4), tolerance=tol)
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
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok" and i["id"] not in GOLD
               and i["id"] not in FIXED]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    for item in items:
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
        e = dict(item["expect"])
        if "citations_from" in e:
            e["citations_from"] = f"{len(e['citations_from'])} ids"
        print(item["id"], item["lang"], e, "|", item["question"][:70])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
