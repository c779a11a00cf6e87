"""Gold answers for the JD.com Haier washing-machine reviews batch: plain DuckDB SQL over touchpoints.csv + feedback.csv.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD); items in STATUS_ONLY keep
`status: ok` only (complaint / praise themes, a definition, a why-question, a map: wording no number can check); items
with another status (unsupported, clarify) keep what the YAML says. The script fails if an `ok` item has neither a
query nor a STATUS_ONLY entry, if a query has no item, if a citation filter matches nothing, or if a "which is top"
question has a tied first place.

Conventions:
- a review = one feedback row: the 18,985 JD.com reviews with text of three Haier washing machines published
  2016-03-01 .. 2017-03-05 (README: repeats of the scrape removed, older reviews left out). There are no orders,
  sales, amounts, page views, buyer ids, staff data or other platforms: such questions are refused (status
  unsupported). There are no customers (JD shows only masked nicknames), so "unique customers" is unsupported too;
- a product / 款 / washer = a touchpoint (touchpoint_id `sku<JD SKU>`); "which washer / product" answers give the
  touchpoint_id as top_entity with the number. 滚筒 / front-loader = touchpoints.washer_type = 滚筒 (two SKUs:
  EG8012B29WE and XQG70-1000J); the top-loader (波轮) = EMS85BZU128W; "京东标价" = touchpoints.jd_price_cny;
- rating / 星级 = feedback.rating, JD stars 1..5 (integers); averages are plain means over the reviews of the filter;
- 1星差评 / "1-star" = rating = 1 (JD's own 差评 label, feedback.jd_label); "1-3 stars" (中评 + 差评) = rating <= 3;
  "1-2 stars" = rating <= 2: every question says which; a share = matching reviews / all reviews of the filter
  (fraction; tolerance 0.01, or 0.005 when the value is under 0.1);
- periods by feedback.ts (the review's publication time, Beijing local): a quarter / month / week is its calendar range
  (a week is the Monday..Sunday the question names); with `as_of: 2017-03-05` (the last review) "last month" /
  上个月 = 2017-02, 去年下半年 = 2016-07-01 .. 2016-12-31, "year to date" = 2017-01-01 .. 2017-03-05; Q1 2017 has data
  to 2017-03-05 only; weekend = Saturday and Sunday; the hour of a review is the hour of its ts; when the winner is a
  period (month, quarter, hour) only its number is checked;
- province = feedback.province as JD shows it (empty for 8,700 reviews: "where shown" questions leave those out);
  member level / 会员等级 = feedback.member_level (金牌会员, 钻石会员, 银牌会员, PLUS会员, 铜牌会员, PLUS会员[试用], 企业会员);
  "where the review was posted from" / 来自… = feedback.client (来自微信购物 = WeChat shopping, 来自京东iPhone客户端, …;
  empty for 3,005 reviews); "flagged as mobile" = feedback.is_mobile = 1;
- days from purchase to review = feedback.days_after_purchase (JD's `days`: calendar days between the order time
  purchase_time and the review); averages / medians over all reviews of the filter (tolerance 0.5 day, which also
  covers a computation from purchase_time and ts); "more than 30 days" = days_after_purchase > 30;
- 追评 (follow-up review) = feedback.followup_text not empty;
- "mentions X" = the text contains one of the words the question names (plain substring). Counts of such matches have
  a relative tolerance of 5 % (at least 0.5); plain counts 0.5;
- follow-ups keep the earlier item's filter: jh07 = average in 2017-Q1; jh26 = the top-loader's average; jh31 = Beijing's
  1-star share; jh35 = PLUS会员's average; jh36 = 1-star reviews by member level; jh39 = iPhone-app 1-3 star share;
  jh47 = 降价/保价 reviews with rating 1; jh62 = share of XQG70-1000J reviews posted > 30 days after purchase;
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


def avg(where: str = "TRUE", col: str = "rating") -> str:
    return f"SELECT avg({col}) FROM f WHERE {where}"


def share(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM f WHERE {where}"


def top(key: str, agg: str = "count(*)", where: str = "TRUE", asc: bool = False, having: str = "TRUE") -> str:
    order = "ASC" if asc else "DESC"
    return (f"SELECT {key} AS k, {agg} AS v FROM f WHERE {where} GROUP BY 1 HAVING {having} "
            f"ORDER BY 2 {order}, 1 LIMIT 2")


def between(a: str, b: str) -> str:
    return f"CAST(ts AS DATE) BETWEEN DATE '{a}' AND DATE '{b}'"


def sku(s: str) -> str:
    return f"touchpoint_id = 'sku{s}'"


ONE = "rating = 1"
LE2 = "rating <= 2"
LE3 = "rating <= 3"
FIVE = "rating = 5"
SHOWN = "province IS NOT NULL"
WECHAT = "client = '来自微信购物'"
IPHONE = "client = '来自京东iPhone客户端'"
NOISE = rx("噪音", "声音大")
INSTALL = rx("安装")
CS = rx("客服")
AFTERSALES = rx("售后")
PRICE_DROP = rx("降价", "保价")
DELIVERY = rx("送货", "物流", "快递")
DELIVERY2 = rx("送货", "物流")
SPIN = rx("甩干", "脱水")
LEAK = rx("漏水")
D11 = rx("双十一", "双11")
HOSE = rx("水管", "龙头")
JD = rx("京东")
RETURN = rx("退货", "换货")
Q4_2016 = between("2016-10-01", "2016-12-31")
REL = ("rel", 0.05)

# id -> (kind, sql, tolerance). kind: value | top_value | best | cites. tolerance: absolute, or ("rel", fraction).
# best = the winner's number only (the winner is a period, whose label format is the answer's choice: no top_entity)
GOLD: dict[str, tuple[str, str, object]] = {
    "jh01": ("value", n(), 0.5),
    "jh02": ("value", avg(), 0.01),
    "jh03": ("value", n(ONE), 0.5),
    "jh04": ("value", share(LE3), 0.005),
    "jh05": ("value", share(FIVE), 0.01),
    "jh06": ("value", avg(Q4_2016), 0.01),
    "jh07": ("value", avg(between("2017-01-01", "2017-03-31")), 0.01),
    "jh08": ("value", avg(between("2016-07-01", "2016-12-31")), 0.01),
    "jh09": ("value", n(between("2017-02-01", "2017-02-28")), 0.5),
    "jh10": ("value", share(ONE, between("2017-02-01", "2017-02-28")), 0.005),
    "jh11": ("value", n(between("2016-11-01", "2016-11-30")), 0.5),
    "jh12": ("value", n(between("2016-11-14", "2016-11-20")), 0.5),
    "jh13": ("value", n(both(LE3, between("2016-07-01", "2016-09-30"))), 0.5),
    "jh14": ("best", top("strftime(ts, '%Y-%m')", "avg(rating)", between("2016-03-01", "2017-02-28"), asc=True), 0.002),
    "jh15": ("best", top("strftime(ts, '%Y-%m')", "count(*)", ONE), 0.5),
    "jh16": ("best", top("year(ts) || '-Q' || quarter(ts)", f"avg(({LE3})::INT)", between("2016-04-01", "2016-12-31")),
             0.002),
    "jh17": ("value", n(both(ONE, between("2017-01-01", "2017-03-05"))), 0.5),
    "jh18": ("value", avg(between("2016-10-01", "2016-10-31")), 0.01),
    "jh19": ("top_value", top("touchpoint_id", f"avg(({LE3})::INT)"), 0.01),
    "jh20": ("top_value", top("touchpoint_id", "avg(rating)", asc=True, having="count(*) >= 500"), 0.01),
    "jh21": ("top_value", top("touchpoint_id", "count(*)", ONE), 0.5),
    "jh22": ("value", avg(sku("1773994")), 0.01),
    "jh23": ("value", share(ONE, sku("1773994")), 0.005),
    "jh24": ("value", n(both(sku("1309864"), between("2016-01-01", "2016-12-31"))), 0.5),
    "jh25": ("value", avg("washer_type = '滚筒'"), 0.01),
    "jh26": ("value", avg("washer_type = '波轮'"), 0.01),
    "jh27": ("value", n("jd_price_cny = (SELECT max(jd_price_cny) FROM f)"), 0.5),
    "jh28": ("top_value", top("province", "count(*)", both(ONE, SHOWN)), 0.5),
    "jh29": ("top_value", top("province", f"avg(({LE3})::INT)", SHOWN, having="count(*) >= 400"), 0.005),
    "jh30": ("value", share(ONE, "province = '广东'"), 0.005),
    "jh31": ("value", share(ONE, "province = '北京'"), 0.005),
    "jh32": ("top_value", top("province", "count(*)", both(DELIVERY2, SHOWN)), REL),
    "jh33": ("top_value", top("member_level", "avg(rating)", asc=True, having="count(*) >= 100"), 0.01),
    "jh34": ("value", avg("member_level = '钻石会员'"), 0.01),
    "jh35": ("value", avg("member_level = 'PLUS会员'"), 0.01),
    "jh36": ("top_value", top("member_level", "count(*)", ONE), 0.5),
    "jh37": ("top_value", top("client", "avg(rating)", "client IS NOT NULL", asc=True, having="count(*) >= 100"), 0.01),
    "jh38": ("value", share(LE3, WECHAT), 0.01),
    "jh39": ("value", share(LE3, IPHONE), 0.005),
    "jh40": ("value", share("is_mobile = 1"), 0.01),
    "jh41": ("value", share(WECHAT, "member_level = '银牌会员'"), 0.005),
    "jh42": ("value", n(NOISE), REL),
    "jh43": ("value", n(INSTALL), REL),
    "jh44": ("value", avg(CS), 0.05),
    "jh45": ("value", share(LE2, AFTERSALES), 0.01),
    "jh46": ("value", n(PRICE_DROP), REL),
    "jh47": ("value", n(both(PRICE_DROP, ONE)), REL),
    "jh48": ("value", n(both(DELIVERY, ONE)), REL),
    "jh49": ("value", share(LE3, SPIN), 0.01),
    "jh50": ("value", n(LEAK), REL),
    "jh51": ("value", n(D11), REL),
    "jh52": ("value", avg(HOSE), 0.05),
    "jh53": ("value", share(ONE, JD), 0.01),
    "jh54": ("value", n(both(rx("噪音"), Q4_2016)), REL),
    "jh55": ("value", n(RETURN), REL),
    "jh56": ("cites", f"SELECT feedback_id FROM f WHERE {both(LEAK, LE2)}", None),
    "jh57": ("cites", f"SELECT feedback_id FROM f WHERE {both(CS, LE2)}", None),
    "jh58": ("cites", f"SELECT feedback_id FROM f WHERE {PRICE_DROP}", None),
    "jh59": ("value", avg(col="days_after_purchase"), 0.5),
    "jh60": ("value", "SELECT median(days_after_purchase) FROM f", 0.5),
    "jh61": ("value", share("days_after_purchase > 30"), 0.01),
    "jh62": ("value", share("days_after_purchase > 30", sku("1015650")), 0.01),
    "jh63": ("value", avg("days_after_purchase > 30"), 0.01),
    "jh64": ("value", n("followup_text IS NOT NULL"), 0.5),
    "jh65": ("value", avg("dayofweek(ts) IN (0, 6)"), 0.01),
    "jh66": ("best", top("hour(ts)"), 0.5),
}
STATUS_ONLY = {
    "jh67": "complaint themes of the 1-star reviews: no single number",
    "jh68": "praise themes of one product: no single number",
    "jh69": "definition of the 差评率 (JD: 差评 = 1 star; the answer should say its rule)",
    "jh70": "why-question (WeChat-shopping reviewers rate lower: no causal data, the answer can only describe)",
    "jh71": "a map of the three products with review volume and sentiment: no single number",
}
ROWS = 18985


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"""CREATE VIEW f AS SELECT fb.feedback_id, fb.text, CAST(fb.ts AS TIMESTAMP) AS ts, fb.touchpoint_id,
                    CAST(fb.rating AS INTEGER) AS rating, fb.province, fb.member_level, fb.client,
                    CAST(fb.is_mobile AS INTEGER) AS is_mobile, CAST(fb.days_after_purchase AS INTEGER) AS days_after_purchase,
                    fb.followup_text, tp.washer_type, CAST(tp.jd_price_cny AS DOUBLE) AS jd_price_cny
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
