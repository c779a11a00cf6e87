"""Gold answers for the bank-marketing batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items in FIXED
keep `status: ok` only (definition, journey map, why-questions: no single number to check); refusals and
clarifications keep the status written in the YAML. Conventions:
- a "client" is one row of the release (one customer_id); every client has exactly one tp_call event, the last
  contact of this campaign, and "calls" / "clients called / contacted" in a period count those events by date;
- a client's period is the date of that last contact; a subscription is dated on the same day (tp_subscribe);
- "subscription / conversion rate" = clients who subscribed / clients called, in the same group and period. This is
  also the campaign_to_deposit funnel (tp_call -> tp_subscribe, window 1 day) and its drop-off = 1 - conversion;
- client attributes (job, age, education, marital, loans, balance) come from customers; call attributes (duration,
  contact type = events.device, contacts this campaign, previous-campaign outcome) from the tp_call event;
- weeks run Monday..Sunday; "last month/quarter/week/year" resolve against the item's as_of.
"Top" items are checked for ties: a tied first place makes the script fail.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def calls(where: str = "true") -> str:
    return f"SELECT count(*) FROM k WHERE {where}"


def subs(where: str = "true") -> str:
    return f"SELECT sum(s) FROM k WHERE {where}"


def conv(where: str = "true") -> str:
    return f"SELECT avg(s) FROM k WHERE {where}"


def between(a: str, b: str) -> str:
    """a <= call date < b."""
    return f"ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"


def top(col: str, where: str = "true", agg: str = "count(*)", order: str = "DESC") -> str:
    return f"SELECT {col} AS key, {agg} AS v FROM k WHERE {where} GROUP BY 1 ORDER BY 2 {order}, 1 LIMIT 2"


R = 0.01  # tolerance for rates
# id -> (kind, sql, tolerance). kinds: value | top (entity) | top_value (entity and its value) |
# top_value_only (value of the first row; the entity's spelling, e.g. a month, is free)
GOLD: dict[str, tuple] = {
    "bm01": ("value", calls(), 0.5),
    "bm02": ("value", subs(), 0.5),
    "bm03": ("value", conv(), R),
    "bm04": ("value", conv("year(ts) = 2008"), R),
    "bm05": ("value", conv("year(ts) = 2010"), R),
    "bm06": ("value", calls("year(ts) = 2009"), 0.5),
    "bm07": ("top", top("job", agg="avg(s)"), None),
    "bm08": ("value", calls("job = 'student'"), 0.5),
    "bm09": ("top", top("job", agg="avg(s)", order="ASC"), None),
    "bm10": ("top_value", top("job"), 0.5),
    "bm11": ("top", top("device", agg="avg(s)"), None),
    "bm12": ("value", conv("device = 'unknown'"), R),
    "bm13": ("value", conv("device = 'telephone'"), R),
    "bm14": ("value", conv("prev_outcome = 'success'"), R),
    "bm15": ("value", conv("prev_outcome = 'failure'"), R),
    "bm16": ("top_value_only", top("strftime(ts, '%Y-%m')", "year(ts) = 2008"), 0.5),
    "bm17": ("top_value_only", top("strftime(ts, '%Y-%m')", "year(ts) = 2010", "avg(s)"), 0.005),
    "bm18": ("value", conv("duration_sec > 600"), R),
    "bm19": ("value", calls("duration_sec < 60"), 0.5),
    "bm20": ("value", "SELECT avg(duration_sec) FROM k WHERE s = 1", 0.5),
    "bm21": ("value", "SELECT avg(duration_sec) FROM k WHERE s = 0", 0.5),
    "bm22": ("value", conv("contacts_this_campaign > 10"), R),
    "bm23": ("value", "SELECT avg(contacts_this_campaign) FROM k", 0.01),
    "bm24": ("value", conv("age >= 60"), R),
    "bm25": ("value", conv("age < 30"), R),
    "bm26": ("value", calls("balance_eur < 0"), 0.5),
    "bm27": ("value", conv("housing_loan = 'yes'"), R),
    "bm28": ("value", conv("housing_loan = 'no'"), R),
    "bm29": ("value", calls("personal_loan = 'yes'"), 0.5),
    "bm30": ("top", top("education", agg="avg(s)"), None),
    "bm31": ("top", top("marital", agg="avg(s)"), None),
    "bm32": ("value", "SELECT avg(age) FROM k WHERE s = 1", 0.05),
    "bm33": ("value", conv("credit_default = 'yes'"), R),
    "bm34": ("value", "SELECT count(DISTINCT customer_id) FROM e WHERE touchpoint_id = 'tp_prev_contact'", 0.5),
    "bm35": ("value", "SELECT avg(days_since_prev_contact) FROM k WHERE days_since_prev_contact IS NOT NULL", 0.5),
    "bm36": ("value", conv("days_since_prev_contact IS NOT NULL"), R),
    "bm37": ("value", subs(between("2009-10-01", "2010-01-01")), 0.5),
    "bm38": ("value", subs(between("2010-01-01", "2010-07-01")), 0.5),
    "bm39": ("value", subs(between("2010-07-01", "2011-01-01")), 0.5),
    "bm40": ("value", conv(between("2008-07-01", "2008-10-01")), R),
    "bm41": ("value", calls(between("2010-10-01", "2010-11-01")), 0.5),  # as_of 2010-11-30: October 2010
    "bm42": ("value", subs(between("2010-01-01", "2010-12-01")), 0.5),  # as_of 2010-11-30: 2010 so far
    "bm43": ("value", calls(between("2009-05-11", "2009-05-18")), 0.5),
    "bm44": ("value", calls(between("2009-04-01", "2009-05-01")), 0.5),
    "bm45": ("top_value_only", top("year(ts)"), 0.5),
    "bm46": ("value", conv(between("2009-03-01", "2009-04-01")), R),
    "bm47": ("value", "SELECT 1 - avg(s) FROM k WHERE year(ts) = 2009", R),
    # the funnel has two steps: every client lost is lost after step 1 (called, never subscribed)
    "bm48": ("top", "SELECT 'tp_call' AS key, count(*) - sum(s) AS v FROM k UNION ALL "
                    "SELECT 'tp_subscribe', 0 ORDER BY 2 DESC", None),
    "bm49": ("value", "SELECT count(*) - sum(s) FROM k WHERE year(ts) = 2010", 0.5),
    "bm54": ("top_value_only", top("dayname(ts)"), 0.5),
    "bm55": ("value", conv("dayofweek(ts) = 1"), R),
    "bm56": ("value", "SELECT median(balance_eur) FROM k", 0.5),
    "bm57": ("top", top("job", agg="avg(balance_eur)"), None),
    "bm58": ("value", subs(between("2008-11-01", "2008-12-01")), 0.5),
    "bm59": ("value", subs("year(ts) = 2009"), 0.5),  # as_of 2010-06-30: last year = 2009
    "bm60": ("value", calls(between("2009-04-01", "2009-07-01")), 0.5),  # as_of 2009-07-01: Q2 2009
    "bm61": ("value", calls(between("2010-08-09", "2010-08-16")), 0.5),  # as_of Mon 2010-08-16: 9..15 Aug
    "bm62": ("value", conv("year(ts) = 2010 AND device = 'cellular'"), R),
    "bm63": ("value", conv("balance_eur > 5000"), R),
    "bm64": ("value", conv("contacts_this_campaign = 1"), R),
    "bm65": ("value", subs("job IN ('retired', 'student')"), 0.5),
    "bm66": ("value", calls("job = 'management' AND " + between("2009-04-01", "2009-07-01")), 0.5),
}
FIXED = {"bm50", "bm51", "bm52", "bm53"}  # journey map, definition, why: the answer must be `ok`, no number checked


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE TABLE c AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    con.execute(f"""CREATE TABLE e AS SELECT * REPLACE (ts::TIMESTAMP AS ts, TRY_CAST(duration_sec AS INT) AS duration_sec,
                    TRY_CAST(contacts_this_campaign AS INT) AS contacts_this_campaign,
                    TRY_CAST(days_since_prev_contact AS INT) AS days_since_prev_contact)
                    FROM read_csv('{datadir / 'events.csv'}', header=true, all_varchar=true)""")
    # k: one row per client = its tp_call event with the client's attributes; s = 1 when the client subscribed
    con.execute("""CREATE TABLE k AS SELECT e.customer_id, e.ts, e.device, e.duration_sec, e.contacts_this_campaign,
                    e.days_since_prev_contact, e.prev_outcome, c.job, c.marital, c.education, c.credit_default,
                    c.housing_loan, c.personal_loan, c.age::INT AS age, c.balance_eur::INT AS balance_eur,
                    (sub.customer_id IS NOT NULL)::INT AS s
                    FROM e JOIN c USING (customer_id)
                    LEFT JOIN (SELECT DISTINCT customer_id FROM e WHERE touchpoint_id = 'tp_subscribe') sub
                      ON sub.customer_id = e.customer_id
                    WHERE e.touchpoint_id = 'tp_call'""")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    row = rows[0]
    expect: dict = {"status": "ok"}
    if kind == "value":
        expect.update(value=round(float(row[0]), 4), tolerance=tol)
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
        print(item["id"], item["expect"], "|", item["question"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
