"""Gold answers for the Olist lead-funnel batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml --write

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below);
items without an entry keep the `expect` written in the YAML (status only: refusals, clarifications,
definitions). The journey rule is DATA.md's: a lead reaches step 2 (deal won) when it has a won event
after its sign-up and within the journey's window_days (450) of it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

LEADS = "(SELECT * FROM e WHERE touchpoint_id = 'tp_mql_signup')"
WON = "(SELECT * FROM e WHERE touchpoint_id = 'tp_deal_won')"
# one row per lead: origin, sign-up time, and whether it converted under the journey rule
FUNNEL = """(SELECT m.customer_id, m.channel AS origin, m.ts AS t1,
                    coalesce(w.ts > m.ts AND w.ts <= m.ts + INTERVAL 450 DAY, false) AS conv
             FROM e m LEFT JOIN e w ON w.customer_id = m.customer_id AND w.touchpoint_id = 'tp_deal_won'
             WHERE m.touchpoint_id = 'tp_mql_signup')"""


def month(col: str, ym: str) -> str:
    return f"strftime({col}, '%Y-%m') = '{ym}'"


def between(col: str, a: str, b: str) -> str:
    return f"{col} >= TIMESTAMP '{a}' AND {col} < TIMESTAMP '{b}'"


# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value)
GOLD: dict[str, tuple[str, str, float | None]] = {
    "o01": ("value", f"SELECT count(DISTINCT customer_id) FROM {LEADS}", 0.5),
    "o02": ("value", f"SELECT count(*) FROM {WON}", 0.5),
    "o03": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL}", 0.003),
    "o04": ("top", "SELECT 'tp_mql_signup'", None),  # the only step with a next step: all losses are there
    "o05": ("top_value", f"SELECT channel, count(*) FROM {LEADS} GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o06": ("value", f"SELECT count(*) FROM {LEADS} WHERE {month('ts', '2018-03')}", 0.5),
    "o07": ("value", f"SELECT count(*) FROM {LEADS} WHERE {month('ts', '2018-04')}", 0.5),
    "o08": ("value", f"SELECT count(*) FROM {WON} WHERE {between('ts', '2018-04-01', '2018-07-01')}", 0.5),
    "o09": ("value", f"SELECT count(*) FROM {WON} WHERE {between('ts', '2018-01-01', '2018-07-01')}", 0.5),
    "o10": ("top_value", "SELECT business_segment, count(*) FROM cu WHERE business_segment IS NOT NULL "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o11": ("top_value", "SELECT lead_type, count(*) FROM cu WHERE lead_type IS NOT NULL "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o12": ("top_value", f"SELECT landing_page_id, count(*) FROM {LEADS} GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o13": ("top_value", f"SELECT sdr_id, count(*) FROM {WON} GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o14": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE origin = 'paid_search'", 0.002),
    "o15": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE origin = 'social'", 0.002),
    "o16": ("value", f"SELECT count(*) FROM {LEADS} WHERE {month('ts', '2018-04')}", 0.5),  # peak month
    "o17": ("value", f"SELECT count(*) FROM {WON} WHERE {month('ts', '2018-04')}", 0.5),  # peak month
    "o18": ("value", f"SELECT count(*) FROM {LEADS} WHERE {month('ts', '2018-05')}", 0.5),
    "o19": ("value", f"SELECT count(*) FROM {LEADS} WHERE channel = 'unknown'", 0.5),
    "o20": ("value", f"SELECT count(*) FROM {LEADS} WHERE channel = 'email'", 0.5),
    "o21": ("value", f"SELECT count(*) FROM {LEADS} WHERE {between('ts', '2017-10-01', '2018-01-01')}", 0.5),
    "o22": ("value", f"SELECT count(*) FROM {LEADS} WHERE {month('ts', '2018-05')}", 0.5),
    # as_of Wed 2018-08-15: last calendar week = Mon 2018-08-06 .. Sun 2018-08-12
    "o23": ("value", f"SELECT count(*) FROM {WON} WHERE {between('ts', '2018-08-06', '2018-08-13')}", 0.5),
    "o24": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE {month('t1', '2018-03')}", 0.003),
    "o25": ("value", "SELECT count(*) FROM cu WHERE lead_type = 'online_big'", 0.5),
    "o26": ("top_value", "SELECT business_type, count(*) FROM cu WHERE business_type IN ('reseller', 'manufacturer') "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o27": ("top_value", f"SELECT channel, count(*) FROM {LEADS} WHERE {between('ts', '2018-01-01', '2018-04-01')} "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o28": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE origin = 'organic_search' AND "
                     f"{between('t1', '2018-01-01', '2018-04-01')}", 0.003),
    "o29": ("top_value", f"SELECT sr_id, count(*) FROM {WON} GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "o30": ("value", f"SELECT avg(date_diff('second', m.ts, w.ts)) / 86400.0 FROM {LEADS} m "
                     f"JOIN {WON} w USING (customer_id) WHERE w.ts > m.ts", 1.5),
    "o43": ("value", f"SELECT count(*) FROM {WON} WHERE {month('ts', '2018-05')}", 0.5),
    "o44": ("value", f"SELECT count(*) FROM {LEADS} WHERE channel IS NULL", 0.5),
    # batch2
    "p01": ("value", f"SELECT 1 - avg(conv::INT) FROM {FUNNEL}", 0.003),
    "p02": ("value", f"SELECT count(*) FILTER (WHERE NOT conv) FROM {FUNNEL}", 0.5),
    "p03": ("value", f"SELECT count(*) FROM {LEADS} WHERE channel = 'display' AND year(ts) = 2018", 0.5),
    "p04": ("value", f"SELECT count(*) FILTER (WHERE conv) FROM {FUNNEL} WHERE origin = 'display' AND year(t1) = 2018", 0.5),
    "p05": ("value", f"SELECT count(*) FROM {LEADS} WHERE year(ts) = 2017 GROUP BY strftime(ts, '%Y-%m') "
                     "ORDER BY 1 DESC LIMIT 1", 0.5),
    "p06": ("value", f"SELECT count(*) FROM {LEADS} WHERE {month('ts', '2018-01')}", 0.5),
    "p07": ("value", f"SELECT count(*) FROM {WON} WHERE {month('ts', '2018-09')}", 0.5),
    "p08": ("value", f"SELECT count(*) FROM {WON} WHERE {month('ts', '2018-10')}", 0.5),
    "p09": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE origin = 'referral'", 0.002),
    "p10": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE origin = 'direct_traffic'", 0.002),
    "p11": ("value", "SELECT count(*) FROM cu WHERE business_segment = 'health_beauty'", 0.5),
    "p12": ("value", "SELECT count(*) FROM cu WHERE business_segment = 'car_accessories'", 0.5),
    "p13": ("value", "SELECT count(*) FROM cu WHERE lead_behaviour_profile = 'wolf'", 0.5),
    "p14": ("top_value", "SELECT lead_behaviour_profile, count(*) FROM cu WHERE lead_behaviour_profile IS NOT NULL "
                         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1", 0.5),
    "p15": ("value", f"SELECT count(DISTINCT landing_page_id) FROM {LEADS}", 0.5),
    "p16": ("value", f"SELECT count(*) FROM {LEADS} WHERE {between('ts', '2017-07-01', '2018-01-01')}", 0.5),
    "p17": ("value", f"SELECT count(*) FROM {LEADS} WHERE {between('ts', '2018-04-09', '2018-04-16')}", 0.5),
    "p18": ("value", f"SELECT count(*) FROM {WON} WHERE {month('ts', '2018-07')}", 0.5),
    "p19": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE year(t1) = 2017", 0.003),
    "p20": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE year(t1) = 2018", 0.003),
    "p21": ("top", "SELECT 'tp_mql_signup'", None),
    "p27": ("top", "SELECT 'tp_mql_signup'", None),  # first stage of the only journey
    "p28": ("value", f"SELECT median(date_diff('second', m.ts, w.ts)) / 86400.0 FROM {LEADS} m "
                     f"JOIN {WON} w USING (customer_id) WHERE w.ts > m.ts", 1.5),
    "p29": ("value", "SELECT count(*) FROM cu WHERE try_cast(declared_monthly_revenue AS DOUBLE) > 0", 0.5),
    "p30": ("value", f"SELECT count(DISTINCT sdr_id) FROM {WON}", 0.5),
    "p33": ("value", f"SELECT count(*) FROM {LEADS} WHERE channel = 'paid_search' AND {month('ts', '2018-01')}", 0.5),
    "p34": ("value", f"SELECT count(*) FROM {LEADS} WHERE channel = 'organic_search' AND {month('ts', '2018-04')}", 0.5),
    "p35": ("value", "SELECT count(*) FROM cu WHERE business_type = 'manufacturer'", 0.5),
    "p36": ("value", f"SELECT count(*) FROM {WON} WHERE {between('ts', '2018-07-01', '2018-10-01')}", 0.5),
    # as_of 2018-03-15: this year so far = 2018-01-01 .. 2018-03-15 inclusive
    "p37": ("value", f"SELECT count(*) FROM {LEADS} WHERE {between('ts', '2018-01-01', '2018-03-16')}", 0.5),
    "p38": ("value", f"SELECT count(*) FILTER (WHERE conv) FROM {FUNNEL} WHERE {between('t1', '2018-01-01', '2018-03-16')}", 0.5),
    "p39": ("value", f"SELECT avg(conv::INT) FROM {FUNNEL} WHERE origin = 'other'", 0.002),
    "p40": ("value", f"SELECT avg(f.conv::INT) FROM {FUNNEL} f JOIN {LEADS} m USING (customer_id) WHERE m.landing_page_id = "
                     f"(SELECT landing_page_id FROM {LEADS} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)", 0.003),
}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW cu AS SELECT * FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    row = con.execute(sql).fetchone()
    expect: dict = {"status": "ok"}
    if kind == "value":
        expect.update(value=round(float(row[0]), 4), tolerance=tol)
    elif kind == "top":
        expect.update(top_entity=str(row[0]))
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
    for item in items:
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
        print(item["id"], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
