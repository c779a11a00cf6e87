"""Gold answers for the Guangzhou Garden Hotel (real Ctrip reviews) batches: plain DuckDB SQL over feedback.csv.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote (feedback.csv only). One small query per checked item (GOLD);
items in STATUS_ONLY keep `status: ok` only (complaint / praise themes, definitions, a why-question: wording no number
can check); items with another status (unsupported, clarify) keep what the YAML says. The script fails if an `ok` item
has neither a query nor a STATUS_ONLY entry, if a query has no item, if a citation filter matches nothing, or if a
"which is top" question has a tied first place.

Conventions:
- a review = one feedback row: all 2,607 Ctrip reviews of 广州花园酒店 published 2023-01-02 .. 2025-04-18 (65 repeated
  texts kept as published). There is no reviewer id (so no "unique guests"), no stay records, bookings, revenue,
  occupancy, hotel replies, other platforms or competitors: such questions are refused (status unsupported);
- score / 评分 / rating = feedback.rating, Ctrip's 1.0-5.0 score (one decimal; the two published scores below 1 are
  1.0, README); averages are plain means over the reviews of the filter (tolerance 0.01; 0.05 for a small group);
- "low score" / 低分 / 差评 = rating <= 3.0, and the questions say so; a share = matching reviews / all reviews of the
  filter (fraction, tolerance 0.01, or 0.005 when the share is under 0.1); "perfect" / 满分 = rating = 5.0;
- periods by feedback.ts (the publication date): a year / quarter / half / month / week is its calendar range; with
  `as_of: 2025-04-18` "last month" / 上个月 = 2025-03, "last year" / 去年 = 2024;
- room type / 房型 = feedback.room_type as published (15 values); room category / 房间类别 (king 大床房, twin 双床房,
  suite 套房, theme 主题房) = feedback.room_category (README rule); traveller type / 出行类型 = feedback.travel_type
  (家庭亲子 = family trip, 商务出差 = business, 情侣出游 = couple, 朋友出游 = friends, 独自旅行 = solo, 其他 = other,
  代人预订 = booked for someone else); "which X" answers are the raw stored value (top_entity) with its number;
  when the winner is a period (year, quarter, month) only its number is checked (the label format is free);
- "mentions X" = the text contains one of the words the question names (plain substring): the keyword lists below
  are exactly the words written in the question. Counts of such matches have a relative tolerance of 5 % (at least
  0.5); plain counts 0.5;
- follow-ups keep the earlier item's filter: gh09 = share <= 3 in 2024; gh31 = noise words AND rating <= 3; gh33 =
  breakfast reviews' average; gh35 = 施工 reviews published in 2023; gh37 = 排队 reviews' share <= 3; gh80 = king
  rooms' (room_category 大床房) average, after gh21 asked about twin rooms "not counting twin suites"; gh81 = 红棉大床套房 reviews with rating <= 3;
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


LOW = "rating <= 3"
PERFECT = "rating = 5"
LOW_SHARE = f"avg(({LOW})::INT)"
NOISE = rx("噪音", "吵", "隔音")
BREAKFAST = rx("早餐")
WORKS = rx("施工")
QUEUE = rx("排队")
WORN = rx("陈旧", "老旧")
SHOWER = rx("淋浴", "浴缸")
BATHROOM = rx("淋浴", "浴缸", "卫生间", "厕所")
FRONT_DESK = rx("前台")
MUSEUM = rx("博物馆")
UPGRADE = rx("升级")
KOI = rx("锦鲤")
DIRTY = rx("脏")
CTRIP = rx("携程")
NEVER_AGAIN = rx("不会再")
POOL = rx("泳池", "游泳池")
AIRCON = rx("空调")
REL = ("rel", 0.05)

# id -> (kind, sql, tolerance). kind: value | top_value | best | cites. tolerance: absolute, or ("rel", fraction).
# best = the winner's number only (the winner is a period, whose label format is the answer's choice: no top_entity)
GOLD: dict[str, tuple[str, str, object]] = {
    "gh01": ("value", n(), 0.5),
    "gh02": ("value", avg(), 0.01),
    "gh03": ("value", n(year(2024)), 0.5),
    "gh04": ("value", avg(year(2023)), 0.01),
    "gh05": ("value", avg(between("2025-01-01", "2025-03-31")), 0.01),
    "gh06": ("value", share(PERFECT), 0.01),
    "gh07": ("value", n(LOW), 0.5),
    "gh08": ("value", share(LOW, year(2023)), 0.005),
    "gh09": ("value", share(LOW, year(2024)), 0.005),
    "gh10": ("best", top("year(ts)::VARCHAR", "avg(rating)", asc=True), 0.01),
    "gh11": ("best", top("year(ts) || '-Q' || quarter(ts)", "avg(rating)", asc=True), 0.01),
    "gh12": ("best", top("strftime(ts, '%Y-%m')"), 0.5),
    "gh13": ("best", top("strftime(ts, '%Y-%m')", where=year(2024), asc=True), 0.5),
    "gh14": ("value", n(between("2025-03-01", "2025-03-31")), 0.5),
    "gh15": ("value", avg(between("2025-03-01", "2025-03-31")), 0.01),
    "gh16": ("value", avg(between("2024-01-01", "2024-06-30")), 0.01),
    "gh17": ("value", share(LOW, between("2024-07-01", "2024-12-31")), 0.005),
    "gh18": ("top_value", top("room_type", "avg(rating)", asc=True), 0.05),
    "gh19": ("top_value", top("room_type", "avg(rating)", asc=True, having="count(*) >= 100"), 0.01),
    "gh20": ("top_value", top("room_category", LOW_SHARE), 0.005),
    "gh21": ("value", avg("room_category = '双床房'"), 0.01),
    "gh22": ("value", n("room_type = '红棉大床套房'"), 0.5),
    "gh80": ("value", avg("room_category = '大床房'"), 0.01),
    "gh81": ("value", n(both("room_type = '红棉大床套房'", LOW)), 0.5),
    "gh23": ("top_value", top("room_type", LOW_SHARE, where="room_type IN ('花园双床房', '花园大床房')"), 0.005),
    "gh24": ("value", avg("room_type LIKE '城央绿意%'"), 0.01),
    "gh25": ("top_value", top("travel_type"), 0.5),
    "gh26": ("value", avg("travel_type = '商务出差'"), 0.01),
    "gh27": ("top_value", top("travel_type", LOW_SHARE), 0.005),
    "gh28": ("value", share("travel_type = '家庭亲子'"), 0.01),
    "gh29": ("value", share(PERFECT, "travel_type = '情侣出游'"), 0.01),
    "gh30": ("value", n(NOISE), REL),
    "gh31": ("value", n(both(NOISE, LOW)), REL),
    "gh32": ("value", n(BREAKFAST), REL),
    "gh33": ("value", avg(BREAKFAST), 0.01),
    "gh34": ("value", n(WORKS), REL),
    "gh35": ("value", n(both(WORKS, year(2023))), REL),
    "gh36": ("value", n(QUEUE), REL),
    "gh37": ("value", share(LOW, QUEUE), 0.01),
    "gh38": ("value", n(WORN), REL),
    "gh39": ("value", share(LOW, SHOWER), 0.01),
    "gh40": ("value", n(FRONT_DESK), REL),
    "gh41": ("value", n(MUSEUM), REL),
    "gh42": ("value", n(UPGRADE), REL),
    "gh43": ("value", n(KOI), REL),
    "gh44": ("value", avg(DIRTY), 0.05),
    "gh45": ("value", n(CTRIP), REL),
    "gh46": ("value", n(NEVER_AGAIN), REL),
    "gh47": ("top_value", top("room_category", where=NOISE), REL),
    "gh48": ("top_value", top("travel_type", where=BREAKFAST), REL),
    "gh49": ("value", n(POOL), REL),
    "gh50": ("value", share(LOW, AIRCON), 0.01),
    "gh51": ("value", "SELECT max(helpful_votes) FROM f", 0.5),
    "gh52": ("value", "SELECT avg(photo_count) FROM f", 0.01),
    "gh53": ("value", n("photo_count >= 9"), 0.5),
    "gh54": ("value", avg("reviewer_review_count = 1"), 0.01),
    "gh78": ("value", n(between("2024-02-12", "2024-02-18")), 0.5),
    "gh79": ("value", avg(between("2023-10-01", "2023-10-31")), 0.01),
    "gh56": ("cites", f"SELECT feedback_id FROM f WHERE {both(NOISE, LOW)}", None),
    "gh57": ("cites", f"SELECT feedback_id FROM f WHERE {both(BATHROOM, LOW)}", None),
    "gh58": ("cites", f"SELECT feedback_id FROM f WHERE {both(QUEUE, LOW)}", None),
    "gh59": ("cites", f"SELECT feedback_id FROM f WHERE {KOI}", None),
}
STATUS_ONLY = {
    "gh60": "complaint themes of the low-score reviews: no single number",
    "gh61": "praise themes: no single number",
    "gh62": "definition of the low-score share",
    "gh63": "definition of a negative review",
    "gh64": "why-question (2023 has more low scores: construction noise, worn rooms, queues; no causal data)",
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"""CREATE VIEW f AS SELECT feedback_id, text, CAST(ts AS DATE) AS ts, CAST(rating AS DOUBLE) AS rating,
                    room_type, room_category, travel_type, CAST(helpful_votes AS INTEGER) AS helpful_votes,
                    TRY_CAST(reviewer_review_count AS INTEGER) AS reviewer_review_count,
                    CAST(photo_count AS INTEGER) AS photo_count
                    FROM read_csv('{datadir / 'feedback.csv'}', header=true, all_varchar=true)""")
    rows, no_ts, no_rating = con.execute("SELECT count(*), count(*) - count(ts), count(*) - count(rating) FROM f").fetchone()
    if rows != 2607 or no_ts or no_rating:
        raise SystemExit(f"{rows} feedback rows ({no_ts} without ts, {no_rating} without rating); expected 2607 complete")
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
