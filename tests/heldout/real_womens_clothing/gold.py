"""Gold answers for the Women's E-Commerce Clothing Reviews batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote (feedback.csv + customers.csv). One small query per checked item
(GOLD below); items in STATUS_ONLY keep `status: ok` only (complaint themes, a definition, why-questions whose wording
no number can check); items with another status (unsupported, clarify) keep what the YAML says. The script fails if an
`ok` item has neither a query nor a STATUS_ONLY entry, if a query has no item, if a citation filter matches nothing, or
if a "which is top" question has a tied first place.

Conventions:
- a review = one feedback row (a review with text; the release's 845 star ratings without text are not in the data);
  a customer / reviewer = one customers row; the release has no reviewer id, so every review has its own customer and
  "how many customers" = "how many reviews";
- rating = 1..5 stars; "negative" / 差评 = 1 or 2 stars, "positive" = 4 or 5 (the questions say so where it matters);
- recommend rate = share of reviews with recommended = 1 (Recommended IND), over the reviews in the group;
- age brackets are customers.age_group (18-24, 25-34, 35-44, 45-54, 55-64, 65+), i.e. bands of customers.age;
- product words: "department" = department_name (Tops, Dresses, Bottoms, Intimate, Jackets, Trend); "product class" /
  小类 = class_name (Dresses, Knits, Blouses, Jeans, Swim, ...); "division" = division_name (General, General Petite and
  'Initmates', spelt so by the release; "the Intimates division" means it). Dresses is both a department and a class
  with the same 6,145 reviews; "swimwear" = class Swim; "jackets" = the Jackets department (classes Jackets and
  Outerwear); the 13 reviews without any hierarchy are in no department;
- "most helpful" = positive_feedback_count (other customers who marked the review helpful);
- text topics are case-insensitive matches over the review text (`text`; the title is not searched): a literal phrase
  where the question quotes one ("runs small", "itchy", "zipper", "petite", "cheap", "wedding"), a small regular
  expression where it lists words or names a topic (see-through|see through|sheer; pregnan|maternity;
  compliment/compliments/complimented/complimenting but not "complimentary"; pill/pills/pilled/pilling/pilly; for
  "尺码偏小" runs small|run small|too small|size up|sized up). Counts of text matches get a 5 % relative tolerance (a
  reader may draw a topic's edge a little differently); plain counts 0.5; rates are fractions with tolerance 0.01, or
  0.005 where the unfiltered rate (a wrong answer that dropped the filter) would otherwise fall inside 0.01; average
  stars 0.01; average age and average helpful votes 0.05;
- `cites` items get `citations_from` = every review of that filter (at least half of an answer's citations must be
  among them);
- the release has no dates, so there are no periods: questions about trends, months or quarters are refused.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def lit(*phrases: str) -> str:
    return "(" + " OR ".join(f"contains(lower(text), '{p}')" for p in phrases) + ")"


def rx(pattern: str) -> str:
    return f"regexp_matches(lower(text), '{pattern}')"


def n(where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM f WHERE {where}"


def share(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM f WHERE {where}"


def avg(expr: str, where: str = "TRUE") -> str:
    return f"SELECT avg({expr}) FROM f WHERE {where}"


def top(col: str, agg: str = "count(*)", where: str = "TRUE", having: str = "TRUE", asc: bool = False) -> str:
    order = "ASC" if asc else "DESC"
    return (f"SELECT {col} AS k, {agg} AS v FROM f WHERE {where} AND {col} IS NOT NULL GROUP BY 1 HAVING {having} "
            f"ORDER BY 2 {order}, 1 LIMIT 2")


NEG = "rating <= 2"
REC = "recommended = 1"
SEE_THROUGH = lit("see-through", "see through", "sheer")
PREGNANT = rx("pregnan|maternity")
PILLING = rx(r"\bpill(s|ed|ing|y)?\b")
RUNS_SMALL = lit("runs small")
COMPLIMENTS = rx(r"\bcompliment(s|ed|ing)?\b")
SIZING_SMALL = rx(r"runs? small|too small|size up|sized up")
REL = ("rel", 0.05)

# id -> (kind, sql, tolerance). kind: value | top_value | cites. tolerance: absolute, or ("rel", fraction)
GOLD: dict[str, tuple[str, str, object]] = {
    "wc01": ("value", n(), 0.5),
    "wc02": ("value", avg("rating"), 0.01),
    "wc03": ("value", share(REC), 0.01),
    "wc04": ("value", share(NEG), 0.01),
    "wc05": ("value", n("rating = 5"), 0.5),
    "wc06": ("value", n("rating = 1"), 0.5),
    "wc07": ("top_value", top("department_name", "avg(rating)", asc=True), 0.01),
    "wc08": ("top_value", top("department_name"), 0.5),
    "wc09": ("value", avg("rating", "department_name = 'Dresses'"), 0.01),
    "wc10": ("value", share(REC, "class_name = 'Jeans'"), 0.01),
    "wc11": ("top_value", top("age_group"), 0.5),
    "wc12": ("value", share(NEG, "age_group = '25-34'"), 0.005),
    "wc13": ("value", avg("rating", "age >= 65"), 0.01),
    "wc14": ("top_value", top("age_group", f"avg(({REC})::INT)", asc=True), 0.01),
    "wc15": ("value", avg("age"), 0.05),
    "wc16": ("value", "SELECT median(age) FROM f", 0.5),
    "wc17": ("value", n("age < 25"), 0.5),
    "wc18": ("value", avg("rating", "division_name = 'General Petite'"), 0.005),
    "wc19": ("value", share(REC, "division_name = 'Initmates'"), 0.01),
    "wc20": ("top_value", top("class_name", f"avg(({NEG})::INT)", having="count(*) >= 100"), 0.01),
    "wc21": ("top_value", top("class_name", "avg(rating)", having="count(*) >= 500"), 0.01),
    "wc22": ("value", n("class_name = 'Knits'"), 0.5),
    "wc23": ("value", n("class_name = 'Swim'"), 0.5),
    "wc24": ("value", n(f"rating = 1 AND {REC}"), 0.5),
    "wc25": ("value", n("rating = 5 AND recommended = 0"), 0.5),
    "wc26": ("top_value", top("clothing_id"), 0.5),
    "wc27": ("value", avg("rating", "clothing_id = 1078"), 0.01),
    "wc28": ("value", "SELECT max(positive_feedback_count) FROM f", 0.5),
    "wc29": ("value", n("positive_feedback_count >= 10"), 0.5),
    "wc30": ("value", avg("positive_feedback_count", "rating = 1"), 0.05),
    "wc31": ("value", n("title IS NULL"), 0.5),
    "wc32": ("value", n(RUNS_SMALL), REL),
    "wc33": ("value", n(SEE_THROUGH), REL),
    "wc34": ("value", n(lit("itchy")), REL),
    "wc35": ("value", n(lit("zipper")), REL),
    "wc36": ("value", n(f"department_name = 'Dresses' AND {lit('zipper')}"), REL),
    "wc37": ("value", n(f"{NEG} AND {lit('cheap')}"), REL),
    "wc38": ("value", n(lit("wedding")), REL),
    "wc39": ("value", n(PREGNANT), REL),
    "wc40": ("value", n(COMPLIMENTS), REL),
    "wc41": ("value", n(lit("petite")), REL),
    "wc42": ("top_value", top("department_name", where=RUNS_SMALL), 0.5),
    "wc43": ("cites", f"SELECT feedback_id FROM f WHERE class_name = 'Jeans' AND {NEG}", None),
    "wc44": ("cites", f"SELECT feedback_id FROM f WHERE {PILLING}", None),
    "wc45": ("cites", f"SELECT feedback_id FROM f WHERE class_name = 'Swim' AND {NEG}", None),
    "wc46": ("cites", "SELECT feedback_id FROM f WHERE department_name = 'Trend'", None),
    "wc48": ("cites", "SELECT feedback_id FROM f WHERE department_name = 'Jackets'", None),
    "wc49": ("cites", f"SELECT feedback_id FROM f WHERE {SIZING_SMALL}", None),
    "wc50": ("value", avg("rating", "department_name = 'Tops'"), 0.01),
    "wc51": ("value", avg("rating", "department_name = 'Bottoms'"), 0.01),
    "wc52": ("value", share(REC, "department_name = 'Dresses'"), 0.005),
    "wc53": ("value", share(REC, "department_name = 'Jackets'"), 0.01),
    "wc54": ("value", avg("rating", "age_group = '18-24'"), 0.01),
    "wc55": ("value", avg("rating", "age_group = '55-64'"), 0.01),
    "wc56": ("top_value", top("department_name", where="rating = 1"), 0.5),
    "wc57": ("value", n("rating = 2 AND department_name = 'Tops'"), 0.5),
    "wc58": ("value", share(REC, "age_group = '55-64' AND department_name = 'Bottoms'"), 0.01),
    "wc59": ("value", avg("rating", "age >= 65 AND department_name = 'Tops'"), 0.01),
    "wc60": ("value", share(REC, "rating = 3"), 0.01),
    "wc61": ("value", share("rating = 5"), 0.01),
    "wc62": ("value", "SELECT count(DISTINCT clothing_id) FROM f", 0.5),
}
STATUS_ONLY = {
    "wc47": "complaint themes overall: no single number",
    "wc63": "definition of the recommend rate",
    "wc64": "why-question (25-34 recommend least, 0.794 vs 0.819 overall); wording not checkable",
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW fb AS SELECT * FROM read_csv('{datadir / 'feedback.csv'}', header=true, "
                "all_varchar=true)")
    con.execute(f"CREATE VIEW cu AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, "
                "all_varchar=true)")
    con.execute("""CREATE VIEW f AS SELECT fb.feedback_id, fb.customer_id, fb.text, fb.title,
                   fb.rating::INT AS rating, fb.recommended::INT AS recommended,
                   fb.positive_feedback_count::INT AS positive_feedback_count, fb.clothing_id::INT AS clothing_id,
                   fb.division_name, fb.department_name, fb.class_name, cu.age::INT AS age, cu.age_group
                   FROM fb JOIN cu USING (customer_id)""")
    n_fb, n_f = con.execute("SELECT (SELECT count(*) FROM fb), (SELECT count(*) FROM f)").fetchone()
    if n_fb != n_f:
        raise SystemExit(f"{n_fb} feedback rows but {n_f} joined to a customer")
    return con


def tol_of(tol: object, value: float) -> float:
    if isinstance(tol, tuple):
        return round(max(0.5, tol[1] * abs(value)), 2)
    return float(tol)


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    expect: dict = {"status": "ok"}
    if kind == "cites":
        ids = [r[0] for r in con.execute(sql + " ORDER BY feedback_id").fetchall()]
        if not ids:
            raise SystemExit(f"{item_id}: the citation filter matches nothing")
        expect.update(citations_from=ids)
        return expect
    rows = con.execute(sql).fetchall()
    if kind == "value":
        value = float(rows[0][0])
        expect.update(value=round(value, 4), tolerance=tol_of(tol, value))
    else:
        if len(rows) > 1 and rows[0][1] == rows[1][1]:
            raise SystemExit(f"{item_id}: tied first place {rows}")
        value = float(rows[0][1])
        expect.update(top_entity=str(rows[0][0]), value=round(value, 4), tolerance=tol_of(tol, value))
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
    ids = {item["id"] for item in items}
    if missing := sorted((set(GOLD) | set(STATUS_ONLY)) - ids):
        raise SystemExit(f"queries without an item: {missing}")
    for item in items:
        status = item["expect"].get("status", "ok")
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
        elif status == "ok" and item["id"] not in STATUS_ONLY:
            raise SystemExit(f"{item['id']}: status ok but no gold query and not STATUS_ONLY")
        e = dict(item["expect"])
        if "citations_from" in e:
            e["citations_from"] = f"{len(e['citations_from'])} ids"
        print(item["id"], item["lang"], e, "|", item["question"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
