"""Gold answers for the Garmin Connect IQ China store reviews batches: plain DuckDB SQL over touchpoints.csv + feedback.csv.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD); items in STATUS_ONLY keep
`status: ok` only (a definition, a why-question, complaint / praise themes, a map: wording no number can check); items
with another status (unsupported, clarify) keep what the YAML says. The script fails if an `ok` item has neither a
query nor a STATUS_ONLY entry, if a query has no item, if a citation filter matches nothing, or if a "which is top"
question has a tied first place.

Conventions:
- a review = one feedback row: the 1,972 reviews with text that apps.garmin.cn showed for 4 apps when scraped on
  2022-11-27 (README: the scraper's overlapping pages de-duplicated, 1 star-only review dropped; 11-69 of each app's
  listed reviews, mostly the oldest, were never scraped). There are no installs, downloads over time, page views, sales, unlock codes,
  revenue, usage, times of day, other stores or developer replies: such questions are refused (status unsupported);
  the only download figure is the listing's total on 2022-11-27 (touchpoints.store_downloads_2022_11_27);
- an app = a touchpoint (ciq_quatro, ciq_grun, ciq_jumpjump, ciq_obvious); "which app" answers give the touchpoint_id
  as top_entity with the number; the watch faces = app_type watch_face (Quatro, Obvious), the other two = GRun and
  JumpJump; "下载量" = touchpoints.store_downloads_2022_11_27;
- rating / 星级 / 评分 = feedback.rating, the store's 1..5 stars (integers); averages are plain means over the reviews
  of the filter (tolerance 0.01);
- 差评 / negative / "1-2 star" = rating <= 2 and every such question says so; 5-star = rating = 5; a share = matching
  reviews / all reviews of the filter (fraction, tolerance 0.01, or 0.005 when under 0.1);
- periods by feedback.ts (a date; the store shows no time of day): a year / half / quarter / month / week is its
  calendar range (a week is the Monday..Sunday the question names); with `as_of: 2022-11-26` (the last review)
  "last month" / 上个月 = 2022-10, "last quarter" / 上个季度 = 2022-Q3, 今年以来 = 2022-01-01 .. 2022-11-26,
  最近7天 = 2022-11-20 .. 2022-11-26; weekend = Saturday and Sunday; when the winner is a period (month, quarter) only
  its number is checked;
- a version = feedback.app_version as stored (e.g. 22.08.25; empty for 67 reviews the store showed without one);
  "which version" answers give the stored version string as top_entity;
- reviewers = distinct feedback.customer_id, a hash of the store nickname (the questions say "by nickname"); two people
  with the same nickname count as one;
- "mentions X" = the text contains one of the words the question names (plain substring, case-sensitive except where
  the question says "any case"). Counts of such matches have a relative tolerance of 5 % (at least 0.5); plain counts
  0.5;
- follow-ups keep the earlier item's filter: gc09 = GRun's average (gc08 was JumpJump's); gc11 = Obvious's 1-2 star
  count (gc10 was Quatro's); gc16 = the 2022 average (gc15 was 2021's);
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
    return f"ts BETWEEN DATE '{a}' AND DATE '{b}'"


def year(y: int) -> str:
    return between(f"{y}-01-01", f"{y}-12-31")


def month(y: int, m: int) -> str:
    return f"year(ts) = {y} AND month(ts) = {m}"


def app(tp: str) -> str:
    return f"touchpoint_id = '{tp}'"


NEG = "rating <= 2"
FIVE = "rating = 5"
NEG_SHARE = f"avg(({NEG})::INT)"
QUATRO, GRUN, JUMP, OBVIOUS = app("ciq_quatro"), app("ciq_grun"), app("ciq_jumpjump"), app("ciq_obvious")
WEATHER = rx("天气")
OFFICIAL_ACCOUNT = rx("公众号")
PAID = rx("收费", "付费")
COUNTING = rx("计数", "不准")
BATTERY = rx("耗电", "掉电", "费电")
SUPPORT = rx("客服")
INSTALL = rx("安装")
LUNAR = rx("农历")
JMBD = rx("佳明宝典")
JUST_GOOD = "text IN ('好评', '好评！', '好评!')"
KEY_ANY_CASE = "lower(text) LIKE '%key%'"
CHINESE = rx("汉化", "中文")
UPDATE = rx("更新")
COUNT_COMPLAINT = rx("计数", "不准", "误差", "偏差", "偏高", "记录不了")
PAID_COMPLAINT = rx("收费", "付费", "钱", "39", "支付", "交费", "差价", "贩子")
REL = ("rel", 0.05)

# id -> (kind, sql, tolerance). kind: value | top_value | best | cites. tolerance: absolute, or ("rel", fraction).
# best = the winner's number only (the winner is a period, whose label format is the answer's choice: no top_entity)
GOLD: dict[str, tuple[str, str, object]] = {
    "gc01": ("value", n(), 0.5),
    "gc02": ("value", avg(), 0.01),
    "gc03": ("value", share(NEG), 0.005),
    "gc04": ("value", share(FIVE), 0.01),
    "gc05": ("top_value", top("touchpoint_id"), 0.5),
    "gc06": ("top_value", top("touchpoint_id", "avg(rating)", asc=True), 0.01),
    "gc07": ("top_value", top("touchpoint_id", NEG_SHARE), 0.005),
    "gc08": ("value", avg(JUMP), 0.01),
    "gc09": ("value", avg(GRUN), 0.01),
    "gc10": ("value", n(both(QUATRO, NEG)), 0.5),
    "gc11": ("value", n(both(OBVIOUS, NEG)), 0.5),
    "gc12": ("value", n(month(2022, 8)), 0.5),
    "gc13": ("best", top("strftime(ts, '%Y-%m')"), 0.5),
    "gc14": ("value", avg(between("2021-10-01", "2021-12-31")), 0.01),
    "gc15": ("value", avg(year(2021)), 0.01),
    "gc16": ("value", avg(year(2022)), 0.01),
    "gc17": ("value", n(month(2022, 10)), 0.5),
    "gc18": ("value", share(NEG, between("2022-07-01", "2022-09-30")), 0.005),
    "gc19": ("value", n(between("2022-08-01", "2022-08-07")), 0.5),
    "gc20": ("value", n(between("2022-01-01", "2022-11-26")), 0.5),
    "gc21": ("best", top("year(ts) || '-Q' || quarter(ts)", "avg(rating)", asc=True, having="count(*) >= 30"), 0.01),
    "gc22": ("value", avg(between("2022-07-01", "2022-12-31")), 0.01),
    "gc23": ("value", n("ts = DATE '2022-08-10'"), 0.5),
    "gc24": ("value", n(both(JUMP, month(2022, 11))), 0.5),
    "gc25": ("value", avg(both(QUATRO, month(2022, 7))), 0.01),
    "gc26": ("value", n(both(GRUN, year(2021), NEG)), 0.5),
    "gc27": ("value", avg(OBVIOUS), 0.01),
    "gc28": ("top_value", top("app_version", where=QUATRO), 0.5),
    "gc29": ("top_value", top("app_version", f"sum(({NEG})::INT)", where=QUATRO), 0.5),
    "gc30": ("value", n("app_version IS NULL"), 0.5),
    "gc31": ("value", avg(both(JUMP, "app_version = '4.0.8'")), 0.01),
    "gc32": ("value", "SELECT count(DISTINCT customer_id) FROM f", 0.5),
    "gc33": ("value", "SELECT count(*) FROM (SELECT customer_id FROM f GROUP BY 1 HAVING count(*) > 1)", 0.5),
    "gc34": ("value", "SELECT max(c) FROM (SELECT customer_id, count(*) AS c FROM f GROUP BY 1)", 0.5),
    "gc35": ("value", f"SELECT count(*) FROM (SELECT customer_id FROM f WHERE {QUATRO} GROUP BY 1 "
                      "HAVING count(*) >= 5)", 0.5),
    "gc36": ("value", n(WEATHER), REL),
    "gc37": ("value", n(OFFICIAL_ACCOUNT), REL),
    "gc38": ("value", n(both(QUATRO, PAID)), REL),
    "gc39": ("value", avg(PAID), 0.05),
    "gc40": ("value", n(both(JUMP, COUNTING)), REL),
    "gc41": ("value", n(BATTERY), REL),
    "gc42": ("value", n(SUPPORT), REL),
    "gc43": ("top_value", top("touchpoint_id", where=INSTALL), REL),
    "gc44": ("value", n(LUNAR), REL),
    "gc45": ("value", n(JMBD), REL),
    "gc46": ("value", n(JUST_GOOD), 0.5),
    "gc47": ("value", share(KEY_ANY_CASE, QUATRO), 0.005),
    "gc48": ("value", avg(CHINESE), 0.05),
    "gc49": ("value", n(both(NEG, UPDATE)), REL),
    "gc50": ("top_value", top("touchpoint_id", NEG_SHARE, where=f"({GRUN}) OR ({JUMP})"), 0.005),
    "gc51": ("best", top("strftime(ts, '%Y-%m')", "avg(rating)", where=between("2022-08-01", "2022-09-30")), 0.01),
    "gc52": ("value", avg("app_type <> 'watch_face'"), 0.01),
    "gc53": ("top_value", top("touchpoint_id", f"sum(({NEG})::INT)", where=year(2022)), 0.5),
    "gc54": ("value", n(both(QUATRO, month(2022, 8), NEG)), 0.5),
    "gc55": ("value", share(FIVE, JUMP), 0.01),
    "gc56": ("value", n("dayofweek(ts) IN (0, 6)"), 0.5),
    "gc57": ("value", n(between("2022-11-20", "2022-11-26")), 0.5),
    "gc58": ("top_value", "SELECT touchpoint_id AS k, store_downloads AS v FROM t ORDER BY 2 DESC, 1 LIMIT 2", 0.5),
    "gc63": ("cites", f"SELECT feedback_id FROM f WHERE {both(JUMP, COUNT_COMPLAINT)}", None),
    "gc64": ("cites", f"SELECT feedback_id FROM f WHERE {both(QUATRO, NEG, PAID_COMPLAINT)}", None),
}
STATUS_ONLY = {
    "gc59": "definition of the 差评率 (1-2 star share)",
    "gc60": "why-question (the July-Aug 2022 Quatro surge: the data has no cause, only what the reviews say)",
    "gc61": "complaint themes of GRun's 1-2 star reviews: no single number",
    "gc62": "a map of the 4 apps with volume and sentiment: no single number",
    "gc65": "praise themes of Quatro's reviews: no single number",
}
ROWS = 1972


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"""CREATE VIEW t AS SELECT touchpoint_id, name, app_type,
                    CAST(store_downloads_2022_11_27 AS INTEGER) AS store_downloads
                    FROM read_csv('{datadir / 'touchpoints.csv'}', header=true, all_varchar=true)""")
    con.execute(f"""CREATE VIEW f AS SELECT fb.feedback_id, fb.text, CAST(fb.ts AS DATE) AS ts, fb.customer_id,
                    fb.touchpoint_id, CAST(fb.rating AS DOUBLE) AS rating, fb.app_version, t.name, t.app_type
                    FROM read_csv('{datadir / 'feedback.csv'}', header=true, all_varchar=true) fb
                    JOIN t USING (touchpoint_id)""")
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
