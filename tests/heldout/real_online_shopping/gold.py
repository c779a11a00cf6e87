"""Gold answers for the online_shopping_10_cats batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote (feedback.csv + touchpoints.csv). One small query per checked item
(GOLD below); items in STATUS_ONLY keep `status: ok` only (complaint themes, definitions, a why-question, whose wording
no number can check); items with another status (unsupported, clarify) keep what the YAML says. The script fails if an
`ok` item has neither a query nor a STATUS_ONLY entry, if a query has no item, if a citation filter matches nothing, or
if a "which is top" question has a tied first place.

Conventions:
- a review = one feedback row (the documented sample of at most 2,000 reviews per category, README); the release has
  no reviewer id, no dates, no ratings and no orders, so questions about users, periods, trends, stars, sales, returns,
  funnels, cities or NPS are refused (status unsupported);
- "negative" / 差评 / 负面 = the release's human label, feedback.sentiment = 'negative'; "positive" / 好评 = 'positive';
  negative share / 差评率 = negative reviews / all reviews of the group (every review has a label: there is no neutral);
- a category / 品类 = a touchpoint (tp_books 书籍, tp_tablets 平板, tp_phones 手机, tp_fruit 水果, tp_shampoo 洗发水,
  tp_water_heaters 热水器, tp_mengniu 蒙牛, tp_clothing 衣服, tp_computers 计算机, tp_hotels 酒店); "which category"
  answers are the touchpoint_id (top_entity), with the winning value;
- "mentions X" = the review text contains one of the words the question names (plain substring, case-insensitive for
  the Latin words XP / Vista): the keyword lists are the constants below, exactly the words written in the question
  (物流|快递 for "物流或快递"; 物流|快递|送货|配送 for "delivery"; 坏|烂 for "坏或烂"; ...). Counts of such matches get a
  relative tolerance: 5 % for a single keyword, 10 % for a list of words (a reader may draw a topic's edge a little
  differently); plain counts 0.5; rates are fractions with tolerance 0.01 (0.005 for the small share os14);
- length of a review = number of characters of `text` (DuckDB length(), i.e. Unicode code points), tolerance 1.0;
- follow-ups (`follow_up_of`) keep the earlier item's filter: os22 = fruit reviews mentioning 物流/快递, os45 = negative
  book reviews mentioning 当当, os47 = computer reviews mentioning 屏幕/屏, os49 = negative water-heater reviews;
- `cites` items get `citations_from` = every review of that filter (at least half of an answer's citations must be
  among them): os54 negative water-heater reviews mentioning 安装; os55 negative fruit reviews mentioning 坏/烂/发霉/变质;
  os56-os60 the negative reviews of tablets, phones, books, hotels, Mengniu.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def rx(*words: str) -> str:
    return "regexp_matches(lower(text), '" + "|".join(words) + "')"


def n(where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM f WHERE {where}"


def share(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM f WHERE {where}"


def top(agg: str = "count(*)", where: str = "TRUE", asc: bool = False) -> str:
    order = "ASC" if asc else "DESC"
    return (f"SELECT touchpoint_id AS k, {agg} AS v FROM f WHERE {where} GROUP BY 1 "
            f"ORDER BY 2 {order}, 1 LIMIT 2")


def cat(tp: str) -> str:
    return f"touchpoint_id = '{tp}'"


def both(*conds: str) -> str:
    return " AND ".join(conds)


NEG = "sentiment = 'negative'"
POS = "sentiment = 'positive'"
BOOKS, TABLETS, PHONES, FRUIT, SHAMPOO = (cat(t) for t in ("tp_books", "tp_tablets", "tp_phones", "tp_fruit",
                                                           "tp_shampoo"))
HEATERS, MENGNIU, CLOTHING, COMPUTERS, HOTELS = (cat(t) for t in ("tp_water_heaters", "tp_mengniu", "tp_clothing",
                                                                  "tp_computers", "tp_hotels"))
# keyword lists: exactly the words the questions name
LOGISTICS = rx("物流", "快递")
DELIVERY = rx("物流", "快递", "送货", "配送")
INSTALL = rx("安装")
SERVICE = rx("客服")
FADING = rx("掉色", "褪色")
COLOUR_GAP = rx("色差")
ROTTEN = rx("坏", "烂")
SPOILED = rx("坏", "烂", "发霉", "变质")
FAKE = rx("假货", "假的")
DANDRUFF = rx("头皮屑", "去屑")
NOISE = rx("隔音", "噪音")
JD = rx("京东")
BATTERY = rx("电池", "待机")
CRASH = rx("死机")
OS = rx("系统", "xp", "vista")
HEAT = rx("发热", "散热")
DISAPPOINTED = rx("失望")
NO_REBUY = rx("不会再买", "再也不买", "再也不会买")
PACKAGING = rx("包装")
QUALITY = rx("质量")
DANGDANG = rx("当当")
AFTER_SALES = rx("售后")
RETURNS = rx("退货", "退款", "换货")
SCREEN = rx("屏幕", "屏")
REL5, REL10 = ("rel", 0.05), ("rel", 0.10)
NEG_SHARE = f"avg(({NEG})::INT)"

# id -> (kind, sql, tolerance). kind: value | top_value | cites. tolerance: absolute, or ("rel", fraction)
GOLD: dict[str, tuple[str, str, object]] = {
    "os01": ("value", n(), 0.5),
    "os02": ("value", n(NEG), 0.5),
    "os03": ("value", share(NEG), 0.01),
    "os04": ("value", share(NEG, HEATERS), 0.01),
    "os05": ("value", share(NEG, BOOKS), 0.01),
    "os06": ("value", n(both(PHONES, NEG)), 0.5),
    "os07": ("value", n(both(PHONES, POS)), 0.5),
    "os08": ("top_value", top(NEG_SHARE), 0.01),
    "os09": ("top_value", top(NEG_SHARE, asc=True), 0.01),
    "os10": ("top_value", top(where=NEG), 0.5),
    "os11": ("top_value", top(asc=True), 0.5),
    "os12": ("top_value", top(where=POS), 0.5),
    "os13": ("value", share(HOTELS, NEG), 0.01),
    "os14": ("value", share(HEATERS, NEG), 0.005),
    "os15": ("value", "SELECT count(DISTINCT touchpoint_id) FROM f", 0.5),
    "os16": ("value", share(NEG, MENGNIU), 0.01),
    "os17": ("value", share(POS, COMPUTERS), 0.01),
    "os18": ("value", n(LOGISTICS), REL10),
    "os19": ("value", n(DELIVERY), REL10),
    "os20": ("value", share(NEG, LOGISTICS), 0.01),
    "os21": ("top_value", top(where=LOGISTICS), REL10),
    "os22": ("value", n(both(FRUIT, LOGISTICS)), REL10),
    "os23": ("value", n(both(HEATERS, INSTALL)), REL5),
    "os24": ("value", n(both(HEATERS, NEG, INSTALL)), REL5),
    "os25": ("top_value", top(where=SERVICE), REL5),
    "os26": ("value", share(NEG, SERVICE), 0.01),
    "os27": ("value", n(both(CLOTHING, FADING)), REL10),
    "os28": ("value", n(both(CLOTHING, COLOUR_GAP)), REL5),
    "os29": ("value", n(both(FRUIT, NEG, ROTTEN)), REL10),
    "os30": ("value", n(both(SHAMPOO, FAKE)), REL10),
    "os31": ("value", n(both(SHAMPOO, DANDRUFF)), REL10),
    "os32": ("value", n(both(HOTELS, rx("早餐"))), REL5),
    "os33": ("value", n(both(HOTELS, NEG, NOISE)), REL10),
    "os34": ("value", n(JD), REL5),
    "os35": ("value", share(NEG, AFTER_SALES), 0.01),
    "os36": ("value", n(both(PHONES, BATTERY)), REL10),
    "os37": ("value", n(both(PHONES, NEG, CRASH)), REL5),
    "os38": ("value", n(both(COMPUTERS, OS)), REL10),
    "os39": ("value", n(both(COMPUTERS, HEAT)), REL10),
    "os40": ("value", n(DISAPPOINTED), REL5),
    "os41": ("value", n(NO_REBUY), REL10),
    "os42": ("top_value", top(where=PACKAGING), REL5),
    "os43": ("top_value", top(where=QUALITY), REL5),
    "os44": ("value", n(both(BOOKS, DANGDANG)), REL5),
    "os45": ("value", n(both(BOOKS, DANGDANG, NEG)), REL5),
    "os46": ("value", n(both(PHONES, SCREEN)), REL10),
    "os47": ("value", n(both(COMPUTERS, SCREEN)), REL10),
    "os48": ("value", n(HEATERS), 0.5),
    "os49": ("value", n(both(HEATERS, NEG)), 0.5),
    "os50": ("top_value", top(NEG_SHARE, where=f"({BOOKS} OR {COMPUTERS})", asc=True), 0.01),
    "os51": ("top_value", top("avg(length(text))"), 1.0),
    "os52": ("value", f"SELECT avg(length(text)) FROM f WHERE {NEG}", 1.0),
    "os53": ("value", n("length(text) < 10"), REL5),
    "os79": ("top_value", top(where=RETURNS), REL10),
    "os80": ("top_value", top("avg(length(text))", where=NEG), 1.0),
    "os54": ("cites", f"SELECT feedback_id FROM f WHERE {both(HEATERS, NEG, INSTALL)}", None),
    "os55": ("cites", f"SELECT feedback_id FROM f WHERE {both(FRUIT, NEG, SPOILED)}", None),
    "os56": ("cites", f"SELECT feedback_id FROM f WHERE {both(TABLETS, NEG)}", None),
    "os57": ("cites", f"SELECT feedback_id FROM f WHERE {both(PHONES, NEG)}", None),
    "os58": ("cites", f"SELECT feedback_id FROM f WHERE {both(BOOKS, NEG)}", None),
    "os59": ("cites", f"SELECT feedback_id FROM f WHERE {both(HOTELS, NEG)}", None),
    "os60": ("cites", f"SELECT feedback_id FROM f WHERE {both(MENGNIU, NEG)}", None),
}
STATUS_ONLY = {
    "os61": "complaint themes overall: no single number",
    "os62": "definition of a negative review (the human label)",
    "os63": "definition of the negative share",
    "os64": "why-question (water heaters 17 % negative vs about 50 % elsewhere; the release's own imbalance)",
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW fb AS SELECT * FROM read_csv('{datadir / 'feedback.csv'}', header=true, "
                "all_varchar=true)")
    con.execute(f"CREATE VIEW tp AS SELECT * FROM read_csv('{datadir / 'touchpoints.csv'}', header=true, "
                "all_varchar=true)")
    con.execute("""CREATE VIEW f AS SELECT fb.feedback_id, fb.text, fb.touchpoint_id, fb.sentiment, tp.name AS category
                   FROM fb JOIN tp USING (touchpoint_id)""")
    n_fb, n_f, bad = con.execute("SELECT (SELECT count(*) FROM fb), (SELECT count(*) FROM f), "
                                 "(SELECT count(*) FROM fb WHERE sentiment NOT IN ('positive', 'negative'))").fetchone()
    if n_fb != n_f or bad:
        raise SystemExit(f"{n_fb} feedback rows, {n_f} joined to a touchpoint, {bad} without a label")
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
