"""Gold answers for the pet-insurance Trustpilot reviews batches: plain DuckDB SQL over the converted feedback.csv.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items in
STATUS_ONLY keep `status: ok` only (complaint themes, why-questions, definitions, the journey map: wording no number can
check); items in CITES get `status: ok` plus `citations_from` (every review of the filter the question names: at least
half of an answer's citations must be among them); items with another status (unsupported, clarify) keep what the YAML
says. The script fails if an `ok` item has no entry, if an entry has no item, if a citation filter matches nothing,
or if a "which is top / bottom" question has a tied first place.

Conventions:
- a review = one feedback row (26,878: every review Trustpilot showed on 2024-04-05 for ten US pet insurers: AKC,
  ASPCA, Embrace, Fetch, Figo, Healthy Paws, Lemonade, Pets Best, Pumpkin, Spot; Trupanion is NOT in the data).
  "Insurer / provider / 公司 / 保险公司" = feedback.provider (display name as stored: 'Healthy Paws', 'Pets Best').
  There are no reviewer ids (one review = one reviewer), no policies, premiums, claims, quotes, sales, staff, regions or
  pet types: such questions are refused (status unsupported);
- rating / stars / 星级 / 评分 = feedback.rating (1..5); averages are plain means over the reviews of the filter;
  "1–2 star" / 差评 (the question always says 1-2星) = rating <= 2; a share = matching reviews / all reviews of the
  filter; Trustpilot's star words are the twin columns star_label / star_label_zh (1 Bad 很差, 2 Poor 较差,
  3 Average 一般, 4 Great 很好, 5 Excellent 极好);
- periods by feedback.ts = the publication time in UTC (as stored, naive): a year / half / quarter / month is its
  calendar range, a week is the Monday..Sunday the question names; relative periods resolve against `as_of` (last
  month = the calendar month before, last quarter = the calendar quarter before, 去年下半年 = July..December of the
  year before, "so far this year" = 1 January .. the as_of day inclusive); a difference "A minus B" or "new minus old"
  is as worded; a percentage change is (new - old) / old as a fraction; when the winner is a period (month, weekday,
  year) only its number is checked;
- experience -> review time ("lag") = feedback.ts - feedback.experience_at in days of 86,400 s, over the 14,092 reviews
  that state a date of experience (experience_at is the reviewer's local midnight of that date as a UTC instant, the
  same clock as ts; the same gap is events tp_experience -> tp_trustpilot_review of one customer); "more than N days"
  = lag > N x 86,400 s;
- "mentions X" = lower(text) contains one of the strings the question names (plain substring, any case). Counts of
  such matches have a relative tolerance of 5 % (at least 0.5); other counts 0.5; rates and shares 0.01; averages of
  stars 0.01 (differences of averages 0.01); days 2 % (at least 0.05);
- follow-ups keep the earlier item's filter and change what the follow-up says: pi04 = Lemonade Q4 2023; pi07 = Figo's
  average; pi10 = Pets Best's 1-2 star share; pi13 = the insurer with the fewest reviews; pi27 = Spot the week of
  15 January 2024; pi30 = March 2024 average (as_of 2024-04-05); pi37 = share over 7 days; pi40 = 5-star reviews' mean
  lag; pi49 = denial mentions in Pets Best reviews.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

T_DAYS = (None, 0.02)  # relative 2 %, at least 0.05
T_TOPIC = ("rel", 0.05)  # relative 5 %, at least 0.5


def n(where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM f WHERE {where}"


def avg_stars(where: str = "TRUE") -> str:
    return f"SELECT avg(rating) FROM f WHERE {where}"


def share(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM f WHERE {where}"


def period(a: str, b: str) -> str:
    """ts in [a, b) (dates or timestamps as text)."""
    return f"ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"


def prov(name: str) -> str:
    return f"provider = '{name}'"


def both(*conds: str) -> str:
    return " AND ".join(f"({c})" for c in conds)


def mentions(*words: str) -> str:
    return "(" + " OR ".join(f"contains(lower(text), '{w}')" for w in words) + ")"


LAG = "epoch(ts - experience_at) / 86400.0"
HAS_EXP = "experience_at IS NOT NULL"
NEG = "rating <= 2"
Y22, Y23 = period("2022-01-01", "2023-01-01"), period("2023-01-01", "2024-01-01")
DENIAL = mentions("denied", "deny", "denial")
PREEX = mentions("pre-existing", "preexisting", "pre existing")


def lag(agg: str, where: str = "TRUE") -> str:
    return f"SELECT {agg}({LAG}) FROM f WHERE {HAS_EXP} AND ({where})"


def lag_share(days: int, where: str = "TRUE") -> str:
    return f"SELECT avg((epoch(ts - experience_at) > {days} * 86400)::INT) FROM f WHERE {HAS_EXP} AND ({where})"


def rank(key: str, agg: str, where: str = "TRUE", having: str = "TRUE", desc: bool = True) -> str:
    order = "DESC" if desc else "ASC"
    return (f"SELECT {key} AS k, {agg} AS v FROM f WHERE {where} GROUP BY 1 HAVING {having} "
            f"ORDER BY 2 {order}, 1 LIMIT 2")


def diff(a: str, b: str) -> str:
    return f"SELECT ({a}) - ({b})"


# id -> (kind, sql, tolerance). kind: value | top (entity + value) | top_value_only (period winner: value only)
GOLD: dict[str, tuple[str, str, object]] = {
    "pi01": ("value", n(), 0.5),
    "pi02": ("value", n(Y23), 0.5),
    "pi03": ("value", n(both(prov("Lemonade"), period("2023-07-01", "2023-10-01"))), 0.5),
    "pi04": ("value", n(both(prov("Lemonade"), period("2023-10-01", "2024-01-01"))), 0.5),
    "pi05": ("value", avg_stars(), 0.01),
    "pi06": ("value", avg_stars(prov("Spot")), 0.01),
    "pi07": ("value", avg_stars(prov("Figo")), 0.01),
    "pi08": ("value", share("rating = 1"), 0.01),
    "pi09": ("value", share(NEG, prov("ASPCA")), 0.01),
    "pi10": ("value", share(NEG, prov("Pets Best")), 0.01),
    "pi11": ("top", rank("provider", "avg(rating)", having="count(*) >= 1000"), 0.01),
    "pi12": ("top", rank("provider", "count(*)"), 0.5),
    "pi13": ("top", rank("provider", "count(*)", desc=False), 0.5),
    "pi14": ("top", rank("provider", f"avg(({NEG})::INT)", Y23, "count(*) >= 300"), 0.01),
    "pi15": ("top_value_only", rank("strftime(ts, '%Y-%m')", "count(*)", Y23), 0.5),
    "pi16": ("top_value_only", rank("dayname(ts)", "count(*)"), 0.5),
    "pi17": ("top", rank("provider", "count(*)", PREEX), T_TOPIC),
    "pi18": ("top", rank("provider", "avg(helpful_votes)", having="count(*) >= 1000"), 0.01),
    "pi19": ("value", diff(avg_stars(both(prov("Embrace"), Y23)), avg_stars(both(prov("Healthy Paws"), Y23))), 0.01),
    "pi20": ("value", diff(n(period("2024-01-01", "2024-04-01")), n(period("2023-10-01", "2024-01-01"))), 0.5),
    "pi21": ("value", diff(avg_stars(period("2023-07-01", "2024-01-01")), avg_stars(period("2023-01-01", "2023-07-01"))),
             0.01),
    "pi22": ("value", diff(avg_stars(both(prov("Fetch"), Y23)), avg_stars(both(prov("Fetch"), Y22))), 0.01),
    "pi23": ("value", f"SELECT (({n(Y23)}) - ({n(Y22)})) / ({n(Y22)})", 0.01),
    "pi24": ("top_value_only", rank("strftime(ts, '%Y-%m')", "count(*)", Y23, desc=False), 0.5),
    "pi25": ("value", n(period("2024-03-04", "2024-03-11")), 0.5),
    "pi26": ("value", n(both(prov("Spot"), period("2024-01-08", "2024-01-15"))), 0.5),
    "pi27": ("value", n(both(prov("Spot"), period("2024-01-15", "2024-01-22"))), 0.5),
    "pi28": ("value", avg_stars(period("2023-12-01", "2024-01-01")), 0.01),
    # as_of 2024-04-05: last month = March 2024
    "pi29": ("value", n(period("2024-03-01", "2024-04-01")), 0.5),
    "pi30": ("value", avg_stars(period("2024-03-01", "2024-04-01")), 0.01),
    # as_of 2024-03-15: 去年下半年 = 2023-07-01 .. 2023-12-31
    "pi31": ("value", n(both("rating = 1", period("2023-07-01", "2024-01-01"))), 0.5),
    # as_of 2023-11-20: so far this year = 2023-01-01 .. 2023-11-20 inclusive
    "pi32": ("value", n(period("2023-01-01", "2023-11-21")), 0.5),
    # as_of 2024-02-10: 上个季度 = Q4 2023
    "pi33": ("value", share(NEG, both(prov("Embrace"), period("2023-10-01", "2024-01-01"))), 0.01),
    "pi34": ("value", lag("avg"), T_DAYS),
    "pi35": ("value", lag("median"), T_DAYS),
    "pi36": ("value", lag_share(30), 0.01),
    "pi37": ("value", lag_share(7), 0.01),
    "pi38": ("top", f"SELECT provider AS k, median({LAG}) AS v FROM f WHERE {HAS_EXP} GROUP BY 1 "
                    f"HAVING count(*) >= 500 ORDER BY 2 DESC, 1 LIMIT 2", T_DAYS),
    "pi39": ("value", lag("avg", NEG), T_DAYS),
    "pi40": ("value", lag("avg", "rating = 5"), T_DAYS),
    "pi41": ("value", share(HAS_EXP), 0.01),
    "pi42": ("value", share("rating = 5"), 0.01),
    "pi43": ("value", share("rating = 5", prov("Lemonade")), 0.01),
    "pi44": ("value", share("helpful_votes >= 1"), 0.01),
    "pi45": ("value", n("star_label_zh = '较差'"), 0.5),
    "pi46": ("value", n(both("star_label = 'Bad'", prov("Spot"), Y23)), 0.5),
    "pi47": ("top", rank("provider", "count(*)", "star_label_zh = '一般'"), 0.5),
    "pi48": ("value", n(DENIAL), T_TOPIC),
    "pi49": ("value", n(both(DENIAL, prov("Pets Best"))), T_TOPIC),
    "pi50": ("value", n(PREEX), T_TOPIC),
    "pi51": ("value", avg_stars(mentions("cancel")), 0.01),
    "pi52": ("value", avg_stars(mentions("customer service")), 0.01),
    "pi53": ("value", share(NEG, mentions("waiting period")), 0.01),
    "pi54": ("value", n(mentions("direct deposit")), T_TOPIC),
    "pi55": ("value", share(mentions("cancel"), "rating = 1"), 0.01),
    "pi56": ("value", n(both(mentions("premium", "price"), mentions("increase"), Y23)), T_TOPIC),
    "pi62": ("value", diff(avg_stars(period("2023-10-01", "2024-01-01")), avg_stars(period("2023-07-01", "2023-10-01"))),
             0.01),
    "pi64": ("top", rank("provider", "count(*)", both("rating = 1", period("2024-01-01", "2024-04-01"))), 0.5),
    "pi65": ("top_value_only", rank("year(ts)", "avg(rating)", desc=False), 0.01),
    "pi66": ("value", f"SELECT ({n(period('2024-03-01', '2024-04-01'))}) / 31.0", 0.05),
    "pi67": ("value", n(prov("Pumpkin")), 0.5),
    "pi68": ("value", n(both(prov("Healthy Paws"), period("2022-10-01", "2022-11-01"))), 0.5),
}
STATUS_ONLY = {"pi57", "pi58", "pi59", "pi60", "pi61", "pi63", "pi79"}
# id -> filter of the reviews the citations should come from
CITES = {
    "pi69": both(prov("Figo"), NEG),
    "pi70": both(prov("Lemonade"), "rating = 1", mentions("cancel")),
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW f AS SELECT * REPLACE (ts::TIMESTAMP AS ts, rating::INT AS rating, "
                f"helpful_votes::INT AS helpful_votes, experience_at::TIMESTAMP AS experience_at) "
                f"FROM read_csv('{datadir / 'feedback.csv'}', header=true, all_varchar=true)")
    return con


def tolerance(tol: object, v: float) -> float:
    if isinstance(tol, tuple):
        if tol[0] == "rel":
            return round(max(0.5, abs(v) * tol[1]), 2)
        return round(max(0.05, abs(v) * tol[1]), 2)
    return tol  # type: ignore[return-value]


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
        if kind == "top":
            expect["top_entity"] = str(row[0])
    expect.update(value=v, tolerance=tolerance(tol, v))
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
    known = set(GOLD) | STATUS_ONLY | set(CITES)
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok" and i["id"] not in known]
    if missing:
        raise SystemExit(f"answerable items without a gold entry: {missing}")
    stray = [k for k in sorted(known) if k not in ids]
    if stray:
        raise SystemExit(f"gold entries without an item: {stray}")
    by_id = {i["id"]: i for i in items}
    for item in items:
        iid = item["id"]
        if iid in known and item["expect"].get("status") != "ok":
            raise SystemExit(f"{iid} has a gold entry but status {item['expect'].get('status')}")
        if item.get("follow_up_of") and item["follow_up_of"] not in by_id:
            raise SystemExit(f"{iid} follows an unknown item")
        if iid in GOLD:
            item["expect"] = compute(con, iid)
        elif iid in CITES:
            fids = [r[0] for r in con.execute(f"SELECT feedback_id FROM f WHERE {CITES[iid]} ORDER BY 1").fetchall()]
            if not fids:
                raise SystemExit(f"{iid}: citation filter matches nothing")
            item["expect"] = {"status": "ok", "citations_from": fids}
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in item["expect"].items()}
        print(iid, item["lang"], item.get("as_of", ""), item["question"][:70], shown)
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
