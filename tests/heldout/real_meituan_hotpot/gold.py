"""Gold answers for the Meituan Wuhan hot-pot reviews batches: plain DuckDB SQL over touchpoints.csv + feedback.csv.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD); items in STATUS_ONLY keep
`status: ok` only (complaint / praise themes, a definition, a why-question, a map: wording no number can check); items
with another status (unsupported, clarify) keep what the YAML says. The script fails if an `ok` item has neither a
query nor a STATUS_ONLY entry, if a query has no item, if a citation filter matches nothing, or if a "which is top"
question has a tied first place.

Conventions:
- a review = one feedback row: the 6,833 Meituan reviews with text of 20 Wuhan hot-pot restaurants published
  2020-01-01 .. 2021-09-09 (README: exact repeats of the scrape removed, star-only reviews and older reviews left out).
  There are no orders, sales, revenue, visits, deal views, staff data, other platforms or competitors: such
  questions are refused (status unsupported);
- a restaurant / 店 / 门店 = a touchpoint (touchpoint_id `mt<poiId>`, name = the Meituan shop title, name_en ours);
  "which restaurant" answers give the touchpoint_id as top_entity (tables about a touchpoint carry it) with the number;
  商圈 / district = touchpoints.district as Meituan published it (top_entity = the stored value); "人均" / spend per
  head = touchpoints.avg_price_cny;
- rating / 星级 / 评分 = feedback.rating, Meituan stars 1..5 in half stars (the 8 published 0.5-star reviews are 1,
  README); averages are plain means over the reviews of the filter (tolerance 0.01);
- 差评 / negative / "1–2 star" = rating <= 2 and every such question says so (2.5 is not a 差评); 5-star = rating = 5;
  a share = matching reviews / all reviews of the filter (fraction, tolerance 0.01, or 0.005 when under 0.1);
- periods by feedback.ts (local Wuhan time): a year / half / quarter / month / week is its calendar range (a week is
  the Monday..Sunday the question names); with `as_of: 2021-09-09` (the last review) "last month" / 上个月 = 2021-08,
  "last quarter" = 2021-Q2, 去年 = 2020, 今年以来 = 2021-01-01 .. 2021-09-09; weekend = Saturday and Sunday; the hour
  of a review is the hour of its ts; when the winner is a period (month, quarter, hour) only its number is checked;
- reviewers = distinct non-empty feedback.customer_id (anonymous reviews have none: `anonymous` = 1), and the
  questions say "not counting anonymous";
- the deal / 团购 = feedback.deal (the Meituan deal the reviewer bought, empty for 318 reviews): "代金券" reviews =
  deal contains 代金券; "the 李焕英 set menu" = deal contains 李焕英;
- "mentions X" = the text contains one of the words the question names (plain substring, the exact words written in
  the question). Counts of such matches have a relative tolerance of 5 % (at least 0.5); plain counts 0.5;
- follow-ups keep the earlier item's filter: mh05 = average in 2021-Q1; mh24 = 蜀大侠's average; mh27 = Back to
  1986's 1–2 star share; mh34 = 排队/等位 reviews with rating <= 2; mh43 = 拉肚子 reviews published in 2021;
- `cites` items get `citations_from` = every review of the filter (at least half of an answer's citations must be
  among them).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def rx(*words: str) -> str:
    return "regexp_matches(text, '" + "|".join(words) + "')"


def both(*conds: str) -> str:
    return " AND ".join(f"({c})" for c in conds)


def n(where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM f WHERE {where}"


def avg(where: str = "TRUE") -> str:
    return f"SELECT avg(rating) FROM f WHERE {where}"


def share(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM f WHERE {where}"


def top(key: str, agg: str = "count(*)", where: str = "TRUE", asc: bool = False, having: str = "TRUE") -> str:
    order = "ASC" if asc else "DESC"
    return (f"SELECT {key} AS k, {agg} AS v FROM f WHERE {where} GROUP BY 1 HAVING {having} "
            f"ORDER BY 2 {order}, 1 LIMIT 2")


def between(a: str, b: str) -> str:
    return f"CAST(ts AS DATE) BETWEEN DATE '{a}' AND DATE '{b}'"


def year(y: int) -> str:
    return between(f"{y}-01-01", f"{y}-12-31")


def shop(name_prefix: str) -> str:
    return f"name LIKE '{name_prefix}%'"


NEG = "rating <= 2"
FIVE = "rating = 5"
NEG_SHARE = f"avg(({NEG})::INT)"
QUEUE = rx("排队", "等位")
SALTY = rx("咸")
WAITER = rx("服务员")
PRICEY = rx("太贵", "有点贵", "偏贵", "比较贵", "好贵", "很贵")
VALUE = rx("性价比", "实惠", "划算")
NOT_FRESH = rx("不新鲜")
HAIR_FLY = rx("头发", "苍蝇")
DIARRHOEA = rx("拉肚子")
NOT_AGAIN = rx("不会再")
COME_BACK = rx("还会再来")
BROTH = rx("锅底")
SERVICE = rx("服务")
AIRCON = rx("空调")
PAYING = rx("结账", "收银")
PANDEMIC = rx("疫情")
LANDLADY = rx("老板娘")
SEAT_FEE = rx("餐位费")
WAITING = rx("等了", "慢")
REL = ("rel", 0.05)

# id -> (kind, sql, tolerance). kind: value | top_value | best | cites. tolerance: absolute, or ("rel", fraction).
# best = the winner's number only (the winner is a period, whose label format is the answer's choice: no top_entity)
GOLD: dict[str, tuple[str, str, object]] = {
    "mh01": ("value", n(), 0.5),
    "mh02": ("value", avg(), 0.01),
    "mh03": ("value", n(between("2021-01-01", "2021-06-30")), 0.5),
    "mh04": ("value", avg(between("2020-10-01", "2020-12-31")), 0.01),
    "mh05": ("value", avg(between("2021-01-01", "2021-03-31")), 0.01),
    "mh06": ("value", share(NEG), 0.005),
    "mh07": ("value", share(FIVE), 0.01),
    "mh08": ("best", top("strftime(ts, '%Y-%m')"), 0.5),
    "mh09": ("best", top("year(ts) || '-Q' || quarter(ts)", NEG_SHARE), 0.005),
    "mh10": ("value", avg(between("2021-08-01", "2021-08-31")), 0.01),
    "mh11": ("value", n(between("2021-04-01", "2021-06-30")), 0.5),
    "mh12": ("value", share(NEG, year(2020)), 0.005),
    "mh13": ("value", n(between("2020-02-01", "2020-02-29")), 0.5),
    "mh14": ("value", n(between("2020-02-01", "2020-04-30")), 0.5),
    "mh15": ("value", avg(between("2021-01-01", "2021-06-30")), 0.01),
    "mh16": ("value", share(NEG, between("2021-07-01", "2021-07-31")), 0.005),
    "mh17": ("value", n(between("2021-07-05", "2021-07-11")), 0.5),
    "mh18": ("value", avg(between("2021-01-01", "2021-09-09")), 0.01),
    "mh19": ("top_value", top("touchpoint_id"), 0.5),
    "mh20": ("top_value", top("touchpoint_id", "avg(rating)", asc=True, having="count(*) >= 50"), 0.01),
    "mh21": ("top_value", top("touchpoint_id", NEG_SHARE, having="count(*) >= 100"), 0.01),
    "mh22": ("top_value", top("touchpoint_id", "avg(rating)", having="count(*) >= 100"), 0.01),
    "mh23": ("value", avg(shop("男票邦")), 0.01),
    "mh24": ("value", avg(shop("蜀大侠")), 0.01),
    "mh25": ("value", n(both(shop("蜀大侠"), year(2021))), 0.5),
    "mh26": ("value", share(NEG, shop("一百根")), 0.005),
    "mh27": ("value", share(NEG, shop("回到1986")), 0.005),
    "mh28": ("value", avg(both(shop("谭鸭血"), year(2021))), 0.01),
    "mh29": ("value", avg(shop("湊湊")), 0.01),
    "mh30": ("top_value", top("district"), 0.5),
    "mh31": ("value", avg("avg_price_cny > 80"), 0.01),
    "mh32": ("value", share(NEG, "district = '江汉路步行街'"), 0.005),
    "mh33": ("value", n(QUEUE), REL),
    "mh34": ("value", n(both(QUEUE, NEG)), REL),
    "mh35": ("value", n(SALTY), REL),
    "mh36": ("value", avg(SALTY), 0.05),
    "mh37": ("value", share(NEG, WAITER), 0.01),
    "mh38": ("value", n(PRICEY), REL),
    "mh39": ("value", n(VALUE), REL),
    "mh40": ("value", share(NEG, NOT_FRESH), 0.02),
    "mh41": ("value", n(HAIR_FLY), REL),
    "mh42": ("value", n(DIARRHOEA), REL),
    "mh43": ("value", n(both(DIARRHOEA, year(2021))), REL),
    "mh44": ("top_value", top("touchpoint_id", where=DIARRHOEA), REL),
    "mh45": ("value", n(NOT_AGAIN), REL),
    "mh46": ("value", n(COME_BACK), REL),
    "mh47": ("value", n("deal LIKE '%李焕英%'"), 0.5),
    "mh48": ("value", avg("deal LIKE '%代金券%'"), 0.01),
    "mh49": ("top_value", top("touchpoint_id", where=BROTH), REL),
    "mh50": ("value", n(SERVICE), REL),
    "mh51": ("value", n(AIRCON), REL),
    "mh52": ("value", avg(PAYING), 0.05),
    "mh53": ("value", n(PANDEMIC), REL),
    "mh54": ("top_value", top("touchpoint_id", where=LANDLADY), REL),
    "mh55": ("value", avg(BROTH), 0.01),
    "mh56": ("value", n(SEAT_FEE), REL),
    "mh57": ("value", "SELECT count(DISTINCT customer_id) FROM f WHERE customer_id IS NOT NULL", 0.5),
    "mh58": ("value", n("anonymous = 1"), 0.5),
    "mh59": ("value", "SELECT count(*) FROM (SELECT customer_id FROM f WHERE customer_id IS NOT NULL "
                      "GROUP BY 1 HAVING count(*) > 1)", 0.5),
    "mh60": ("best", top("hour(ts)"), 0.5),
    "mh61": ("value", avg("dayofweek(ts) IN (0, 6)"), 0.01),
    "mh62": ("cites", f"SELECT feedback_id FROM f WHERE {both(DIARRHOEA, NEG)}", None),
    "mh63": ("cites", f"SELECT feedback_id FROM f WHERE {both(WAITING, NEG)}", None),
    "mh64": ("cites", f"SELECT feedback_id FROM f WHERE {NOT_FRESH}", None),
}
STATUS_ONLY = {
    "mh65": "complaint themes of the 1-2 star reviews: no single number",
    "mh66": "praise themes of one restaurant: no single number",
    "mh67": "definition of the 差评率 (negative-review share)",
    "mh68": "why-question (Q4 2020 / Q1 2021 dip: no causal data, the answer can only describe what reviews say)",
    "mh69": "a map of the 20 restaurants with volume and sentiment: no single number",
}
ROWS = 6833


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"""CREATE VIEW f AS SELECT fb.feedback_id, fb.text, CAST(fb.ts AS TIMESTAMP) AS ts,
                    fb.customer_id, fb.touchpoint_id, CAST(fb.rating AS DOUBLE) AS rating, fb.deal,
                    CAST(fb.anonymous AS INTEGER) AS anonymous, tp.name, tp.district,
                    CAST(tp.avg_price_cny AS DOUBLE) AS avg_price_cny
                    FROM read_csv('{datadir / 'feedback.csv'}', header=true, all_varchar=true) fb
                    JOIN read_csv('{datadir / 'touchpoints.csv'}', header=true, all_varchar=true) tp
                    USING (touchpoint_id)""")
    rows, no_ts, no_rating = con.execute("SELECT count(*), count(*) - count(ts), count(*) - count(rating) FROM f").fetchone()
    if rows != ROWS or no_ts or no_rating:
        raise SystemExit(f"{rows} feedback rows ({no_ts} without ts, {no_rating} without rating); expected {ROWS} complete")
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
        expect["citations_from"] = ids
        return expect
    rows = con.execute(sql).fetchall()
    if kind == "value":
        value = float(rows[0][0])
        expect.update(value=round(value, 4), tolerance=tol_of(tol, value))
    else:
        if len(rows) > 1 and rows[0][1] == rows[1][1]:
            raise SystemExit(f"{item_id}: tied first place {rows}")
        value = float(rows[0][1])
        if kind == "top_value":
            expect["top_entity"] = str(rows[0][0])
        expect.update(value=round(value, 4), tolerance=tol_of(tol, value))
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
    ids = [item["id"] for item in items]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    if missing := sorted((set(GOLD) | set(STATUS_ONLY)) - set(ids)):
        raise SystemExit(f"queries without an item: {missing}")
    for item in items:
        status = item["expect"].get("status", "ok")
        if item.get("follow_up_of") and item["follow_up_of"] not in ids[:ids.index(item["id"])]:
            raise SystemExit(f"{item['id']}: follow_up_of must name an earlier item")
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
