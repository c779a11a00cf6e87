"""Gold answers for the Twitter US airline tweets batches: plain DuckDB SQL over touchpoints.csv, customers.csv and
feedback.csv as written by `python generate.py DATADIR`.

    python gold.py DATADIR batch1.yaml [--write]

One small query per checked item (GOLD). Items in STATUS_ONLY keep `status: ok` only (a definition, a why-question, a
journey map: wording no number can check); items in CITES get `citations_from` (every tweet of the filter; at least half
of the answer's citations must be among them); items whose YAML status is unsupported / clarify keep it. The script
fails if an `ok` item has neither a query, a STATUS_ONLY entry nor a CITES entry, if a query has no item, if a citation
filter matches nothing, or if a "which is top" query has a tied first place. Without --write it prints the values.

Conventions:
- a tweet = one feedback row: 14,485 tweets (the 14,640 crowd units minus 155 tweets uploaded twice); all times are US
  Pacific local time as exported by CrowdFlower, minute precision, 2015-02-16 23:36 .. 2015-02-24 11:53. A day is the
  Pacific calendar day; weekend = Sat 2015-02-21 and Sun 2015-02-22; with `as_of: 2015-02-24` (the last day):
  昨天/yesterday = 2015-02-23, last weekend = 2015-02-21..22, "the last three days, today included" = 2015-02-22..24,
  上周 = Mon 2015-02-16 .. Sun 2015-02-22 (the question also states the dates);
- an airline = a touchpoint (the airline's Twitter account the tweet addresses): tw_united, tw_usairways, tw_american,
  tw_southwest, tw_jetblue (the source's "Delta" label: those tweets address @JetBlue), tw_virgin. "Which airline"
  answers give the touchpoint_id as top_entity with its number;
- sentiment = the crowd label feedback.sentiment_label (positive / neutral / negative); every sentiment question says
  "labelled" / "标注" or follows one that does. A share = matching tweets / all tweets of the filter (fraction, tolerance
  0.01, or 0.005 when under 0.1);
- complaint reason = feedback.complaint_reason, set on every negative tweet and only on those (10 values incl.
  "Can't Tell"); a reason share = tweets with that reason / negative tweets of the filter; "which reason" answers give
  the reason string as top_entity;
- users / people / tweeters = distinct feedback.customer_id (a hash of the Twitter handle); a user's time zone =
  customers.region (the profile time zone, empty for 2,424 users); "tweets from a time zone" joins feedback to customers;
- "mentions X" = lower(text) contains one of the strings the question names (plain substring); counts of such
  matches have a relative tolerance of 5 %; other counts 0.5;
- when the winner is a period (day, hour) only its number is checked;
- follow-ups keep the earlier item's filter: at08 = United's negative share (at07 asked for the highest airline);
  at11 = JetBlue's positive share (at10 was Southwest's); at25 = US Airways' flight-attendant complaints (at24 was
  United's); at57 = negative share of the weather tweets of at56.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

NEG = "sentiment_label = 'negative'"
POS = "sentiment_label = 'positive'"


def tp(t: str) -> str:
    return f"touchpoint_id = '{t}'"


def day(a: str, b: str | None = None) -> str:
    return f"ts::DATE BETWEEN DATE '{a}' AND DATE '{b or a}'"


def both(*conds: str) -> str:
    return " AND ".join(f"({c})" for c in conds)


def like(*words: str) -> str:
    return "(" + " OR ".join(f"contains(lower(text), '{w}')" for w in words) + ")"


def n(where: str = "TRUE") -> str:
    return f"SELECT count(*) FROM f WHERE {where}"


def share(cond: str, where: str = "TRUE") -> str:
    return f"SELECT avg(({cond})::INT) FROM f WHERE {where}"


def top(key: str, agg: str = "count(*)", where: str = "TRUE", asc: bool = False, src: str = "f") -> str:
    order = "ASC" if asc else "DESC"
    return f"SELECT {key} AS k, {agg} AS v FROM {src} WHERE {where} GROUP BY 1 ORDER BY 2 {order}, 1 LIMIT 2"


def nth(key: str, k: int, where: str) -> str:
    return f"SELECT {key} AS k, count(*) AS v FROM f WHERE {where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1 OFFSET {k - 1}"


FJ = "f JOIN cu USING (customer_id)"
C = 0.5  # tolerance of exact counts

# id -> (kind, sql, tolerance); kind: "v" value of the first column; "top" (k, v) with top_entity k;
# "topv" (k, v) checking only v (the winner is a period); "rel" value with a relative 5 % tolerance
GOLD: dict[str, tuple[str, str, float | None]] = {
    "at01": ("v", n(), C),
    "at02": ("v", "SELECT count(DISTINCT customer_id) FROM f", C),
    "at03": ("top", top("touchpoint_id"), C),
    "at04": ("top", top("touchpoint_id", asc=True), C),
    "at05": ("v", share(NEG), 0.01),
    "at06": ("v", share(POS), 0.01),
    "at07": ("top", top("touchpoint_id", f"avg(({NEG})::INT)"), 0.01),
    "at08": ("v", share(NEG, tp("tw_united")), 0.01),
    "at09": ("top", top("touchpoint_id", f"avg(({NEG})::INT)", asc=True), 0.01),
    "at10": ("v", share(POS, tp("tw_southwest")), 0.01),
    "at11": ("v", share(POS, tp("tw_jetblue")), 0.01),
    "at12": ("top", top("complaint_reason", where=NEG), C),
    "at13": ("v", n(both(NEG, "complaint_reason = 'Late Flight'")), C),
    "at14": ("top", top("touchpoint_id", where="complaint_reason = 'Lost Luggage'"), C),
    "at15": ("top", top("touchpoint_id", where="complaint_reason = 'Cancelled Flight'"), C),
    "at16": ("v", share("complaint_reason = 'Late Flight'", both(NEG, tp("tw_jetblue"))), 0.01),
    "at17": ("v", share("complaint_reason = 'Customer Service Issue'", both(NEG, tp("tw_united"))), 0.01),
    "at18": ("v", n("complaint_reason = 'Damaged Luggage'"), C),
    "at19": ("v", share("complaint_reason = 'Can''t Tell'", NEG), 0.01),
    "at20": ("topv", nth("complaint_reason", 2, both(NEG, tp("tw_virgin"))), C),
    "at21": ("top", top("complaint_reason", where=both(NEG, tp("tw_usairways"))), C),
    "at22": ("v", n("sentiment_label = 'neutral'"), C),
    "at23": ("top", top("touchpoint_id", where="complaint_reason = 'longlines'"), C),
    "at24": ("v", n(both(tp("tw_united"), "complaint_reason = 'Flight Attendant Complaints'")), C),
    "at25": ("v", n(both(tp("tw_usairways"), "complaint_reason = 'Flight Attendant Complaints'")), C),
    "at26": ("topv", top("ts::DATE"), C),
    "at27": ("v", n(day("2015-02-23")), C),
    "at28": ("v", n(both(tp("tw_american"), day("2015-02-23"))), C),
    "at29": ("v", n(day("2015-02-21", "2015-02-22")), C),
    "at30": ("v", share(NEG, day("2015-02-21", "2015-02-22")), 0.01),
    "at31": ("v", share(NEG, day("2015-02-17", "2015-02-20")), 0.01),
    "at32": ("topv", top("hour(ts)"), C),
    "at33": ("v", f"SELECT count(*) / 4.0 FROM f WHERE {day('2015-02-17', '2015-02-20')}", C),
    "at34": ("v", n(both(tp("tw_american"), day("2015-02-22", "2015-02-23"))), C),
    "at35": ("v", n(both(tp("tw_american"), day("2015-02-17", "2015-02-21"))), C),
    "at37": ("topv", top("ts::DATE", f"avg(({NEG})::INT)", where="ts::DATE >= DATE '2015-02-17'"), 0.01),
    "at38": ("v", n(both("complaint_reason = 'Cancelled Flight'", day("2015-02-24"))), C),
    "at39": ("v", n(both(NEG, tp("tw_united"), day("2015-02-22", "2015-02-24"))), C),
    "at40": ("v", n(day("2015-02-16", "2015-02-22")), C),
    "at41": ("topv", top("ts::DATE", where=NEG), C),
    "at42": ("v", n(both(tp("tw_southwest"), day("2015-02-17"))), C),
    "at43": ("v", share("complaint_reason = 'Cancelled Flight'",
                        both(NEG, tp("tw_american"), day("2015-02-22", "2015-02-23"))), 0.01),
    "at44": ("v", f"SELECT count(DISTINCT customer_id) FROM f WHERE {tp('tw_united')}", C),
    "at45": ("v", "SELECT count(*) FROM (SELECT customer_id FROM f GROUP BY 1 HAVING count(*) >= 10)", C),
    "at46": ("v", "SELECT avg((c = 1)::INT) FROM (SELECT customer_id, count(*) c FROM f GROUP BY 1)", 0.01),
    "at47": ("v", "SELECT count(*) FROM (SELECT customer_id FROM f GROUP BY 1 "
                  "HAVING count(DISTINCT touchpoint_id) > 1)", C),
    "at48": ("top", top("region", where="region IS NOT NULL AND region <> ''", src=FJ), C),
    "at49": ("v", f"SELECT avg(({NEG})::INT) FROM {FJ} WHERE region = 'Quito'", 0.01),
    "at50": ("v", "SELECT count(*) FROM cu WHERE region = 'Pacific Time (US & Canada)'", C),
    "at51": ("v", "SELECT max(c) FROM (SELECT customer_id, count(*) c FROM f GROUP BY 1)", C),
    "at52": ("v", "SELECT count(*) / count(DISTINCT customer_id) FROM f", 0.01),
    "at53": ("rel", n(like("refund")), None),
    "at54": ("rel", n(like("hold")), None),
    "at55": ("rel", n(like("wifi", "wi-fi")), None),
    "at56": ("rel", n(like("weather", "snow", "storm")), None),
    "at57": ("v", share(NEG, like("weather", "snow", "storm")), 0.01),
    "at58": ("rel", n(like("thank")), None),
    "at59": ("rel", n(like("customer service")), None),
    "at60": ("top", "SELECT touchpoint_id AS k, retweet_count AS v FROM f ORDER BY 2 DESC, feedback_id LIMIT 2", C),
    "at61": ("v", share("tweet_coord IS NOT NULL AND tweet_coord <> ''"), 0.005),
    "at62": ("v", n("retweet_count > 0"), C),
    "at63": ("top", top("touchpoint_id", f"avg(({NEG})::INT)", where="touchpoint_id IN ('tw_southwest', 'tw_jetblue')"),
             0.01),
    "at64": ("top", top("touchpoint_id", where=both(NEG, "touchpoint_id IN ('tw_american', 'tw_usairways')")), C),
    "at65": ("top", top("touchpoint_id", where=POS), C),
}

STATUS_ONLY = {"at36", "at66", "at67"}

# id -> where: citations must come from these tweets
CITES = {
    "at68": both(tp("tw_united"), "complaint_reason = 'Lost Luggage'"),
    "at69": both(tp("tw_virgin"), POS),
    "at70": both(tp("tw_jetblue"), "complaint_reason = 'Late Flight'"),
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW f AS SELECT * FROM read_csv('{datadir / 'feedback.csv'}', header=true, "
                "columns={'feedback_id': 'VARCHAR', 'text': 'VARCHAR', 'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', "
                "'touchpoint_id': 'VARCHAR', 'channel': 'VARCHAR', 'sentiment_label': 'VARCHAR', "
                "'sentiment_confidence': 'DOUBLE', 'complaint_reason': 'VARCHAR', 'reason_confidence': 'DOUBLE', "
                "'retweet_count': 'BIGINT', 'tweet_coord': 'VARCHAR'})")
    con.execute(f"CREATE VIEW cu AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW tp AS SELECT * FROM read_csv('{datadir / 'touchpoints.csv'}', header=true, all_varchar=true)")
    return con


def num(x) -> float:
    return round(float(x), 4)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("datadir")
    ap.add_argument("batch")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    con = connect(Path(a.datadir))
    path = Path(a.batch)
    text = path.read_text(encoding="utf-8")
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    items = yaml.safe_load(text)
    ids = {it["id"] for it in items}
    errors = [f"query for unknown item {k}" for k in list(GOLD) + list(CITES) + list(STATUS_ONLY) if k not in ids]

    for it in items:
        i, exp = it["id"], it.setdefault("expect", {})
        status = exp.get("status", "ok")
        if status != "ok":
            if i in GOLD or i in CITES or i in STATUS_ONLY:
                errors.append(f"{i}: status {status} but has gold")
            it["expect"] = {"status": status}
            continue
        new: dict = {"status": "ok"}
        if i in GOLD:
            kind, sql, tol = GOLD[i]
            rows = con.execute(sql).fetchall()
            if not rows:
                errors.append(f"{i}: no rows")
                continue
            if kind in ("top", "topv"):
                if len(rows) > 1 and rows[0][1] == rows[1][1]:
                    errors.append(f"{i}: tie for first place {rows[:2]}")
                k, v = rows[0]
                if kind == "top":
                    new["top_entity"] = str(k)
                new["value"] = num(v)
                new["tolerance"] = tol
                print(f"{i}: {k} -> {num(v)}")
            else:
                v = num(rows[0][0])
                new["value"] = v
                new["tolerance"] = round(max(0.5, 0.05 * v), 2) if kind == "rel" else tol
                print(f"{i}: {v}")
        elif i in CITES:
            fids = [r[0] for r in con.execute(f"SELECT feedback_id FROM f WHERE {CITES[i]} ORDER BY 1").fetchall()]
            if not fids:
                errors.append(f"{i}: citation filter matches nothing")
            new["citations_from"] = fids
            print(f"{i}: citations_from {len(fids)} tweets")
        elif i in STATUS_ONLY:
            print(f"{i}: status ok only")
        else:
            errors.append(f"{i}: ok item without gold")
        it["expect"] = new

    if errors:
        sys.exit("\n".join(errors))
    if a.write:
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        path.write_text(header + body, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
