"""Gold answers for the Road Traffic Fine (Italian police fines, real event log slice) batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (journey map / definition / why questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- one case = one fine = one customer ("fines", "tickets", "罚单"); the log has no offender id. A fine was
  "issued / created / written" in a period when its Create Fine date (customers.signup_at) falls in it (every
  case has exactly one Create Fine). 10,000 fines, created 2006-06-17 .. 2009-03, events until 2012-03-26;
- events "in a period" (fines mailed, payments received, fines sent for credit collection) count the events of
  that activity by their own date; "how many fines were X" counts distinct fines with at least one X event over
  the whole log; a share "of fines issued in P" divides by the fines created in P;
- "paid" = the fine has at least one Payment event (the log has no paid-in-full flag); "sent to credit
  collection" = has a Send for Credit Collection event; "appealed to the prefecture" = has Insert Date Appeal to
  Prefecture; "appealed" (at all) = has Insert Date Appeal to Prefecture, Send Appeal to Prefecture or Appeal to
  Judge; "penalty added" = has Add penalty; "mailed" = has Send Fine;
- money = the orders table (one paid order per Payment event, amount in EUR, as generate.py corrects it); money
  "in a period" is by payment date, money "of fines issued in P" by the fine's creation date. The fine amount
  is customers.fine_amount (the amount on Create Fine); postal expenses are `expense` on Send Fine events;
- durations are calendar days between the DATES of two events of the same fine (generate.py adds 0..n seconds to
  keep the log's order; they are ignored), from the first event of the start activity to the first event of the
  end activity, over fines that have both (and the end not before the start);
- the funnels are the journeys as generate.py writes them (window 2,000 days, longer than any fine's life), under
  DATA.md's rule: step k is reached by an event at step k's touchpoint strictly after the time step k-1 was
  reached (generate.py's timestamps keep the log's order, so same-day steps are ordered) and within the window
  of the fine's first step-1 event in the period; a period funnel takes the fines created in the period. Drop-off
  at step k = reached k but not k+1 (the step fines are lost from is step k's touchpoint);
- a week runs Monday to Sunday; relative periods resolve against `as_of`; quarters are calendar quarters;
- rates are fractions (tolerance 0.01); counts tolerance 0.5; days tolerance 2 % (at least 0.05); money and
  averages in EUR tolerance 1 % (at least 0.05).
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2006-01-01", "2013-01-01"  # covers every timestamp of the slice, end exclusive


def fines(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Fines created in [a, b) with the extra condition (columns of `c`)."""
    return f"(SELECT * FROM c WHERE signup_at >= TIMESTAMP '{a}' AND signup_at < TIMESTAMP '{b}' AND ({where}))"


def n_fines(**kw: str) -> str:
    return f"SELECT count(*) FROM {fines(**kw)}"


def share(cond: str, **kw: str) -> str:
    return f"SELECT avg(({cond})::INT) FROM {fines(**kw)}"


def has(activity: str) -> str:
    return f"customer_id IN (SELECT customer_id FROM e WHERE activity = '{activity}')"


def n_has(activity: str) -> str:
    return f"SELECT count(DISTINCT customer_id) FROM e WHERE activity = '{activity}'"


def n_ev(activity: str, a: str = FIRST, b: str = END) -> str:
    return (f"SELECT count(*) FROM e WHERE activity = '{activity}' AND ts >= TIMESTAMP '{a}' "
            f"AND ts < TIMESTAMP '{b}'")


def money(a: str = FIRST, b: str = END, agg: str = "sum") -> str:
    return f"SELECT {agg}(amount) FROM o WHERE ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"


def first(activity: str) -> str:
    return f"(SELECT customer_id, min(ts) AS t FROM e WHERE activity = '{activity}' GROUP BY 1)"


def days(frm: str, to: str, agg: str, where: str = "TRUE") -> str:
    """agg of calendar days from the first `frm` to the first `to` event, over fines having both (to >= frm)."""
    return (f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) FROM {first(frm)} a "
            f"JOIN {first(to)} b USING (customer_id) JOIN c USING (customer_id) WHERE b.t >= a.t AND ({where})")


PAID, CC, PEN = has("Payment"), has("Send for Credit Collection"), has("Add penalty")
APPEAL_PREF = has("Insert Date Appeal to Prefecture")
APPEAL_ANY = ("customer_id IN (SELECT customer_id FROM e WHERE activity IN ('Insert Date Appeal to Prefecture', "
              "'Send Appeal to Prefecture', 'Appeal to Judge'))")

COLLECTION = (["Create Fine", "Send Fine", "Insert Fine Notification", "Add penalty", "Send for Credit Collection"],
              ["tp_create_fine", "tp_send_fine", "tp_fine_notification", "tp_add_penalty", "tp_credit_collection"])
TO_PAYMENT = (["Create Fine", "Send Fine", "Insert Fine Notification", "Payment"],
              ["tp_create_fine", "tp_send_fine", "tp_fine_notification", "tp_payment"])
APPEAL = (["Create Fine", "Insert Fine Notification", "Insert Date Appeal to Prefecture", "Send Appeal to Prefecture",
           "Receive Result Appeal from Prefecture", "Notify Result Appeal to Offender"],
          ["tp_create_fine", "tp_fine_notification", "tp_appeal_prefecture_filed", "tp_appeal_prefecture_sent",
           "tp_appeal_result_received", "tp_appeal_result_notified"])
WIN = 2000


def funnel(j: tuple, a: str = FIRST, b: str = END) -> str:
    """One row per fine whose first step-1 event is in [a, b), with s1..sn = time each step was reached."""
    steps = j[0]
    parts = [f"f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE activity = '{steps[0]}' GROUP BY 1 "
             f"HAVING min(ts) >= TIMESTAMP '{a}' AND min(ts) < TIMESTAMP '{b}')"]
    for k in range(2, len(steps) + 1):
        parts.append(
            f"f{k} AS (SELECT f{k - 1}.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f{k - 1}.customer_id "
            f"AND x.activity = '{steps[k - 1]}' AND x.ts > f{k - 1}.s{k - 1} "
            f"AND x.ts <= f{k - 1}.s1 + INTERVAL {WIN} DAY) AS s{k} FROM f{k - 1})")
    return f"(WITH {', '.join(parts)} SELECT * FROM f{len(steps)})"


def conv(j: tuple, k_from: int, k_to: int, a: str = FIRST, b: str = END) -> str:
    return f"SELECT count(s{k_to}) / count(s{k_from}) FROM {funnel(j, a, b)}"


def reached(j: tuple, k: int) -> str:
    return f"SELECT count(s{k}) FROM {funnel(j)}"


def lost_top(j: tuple) -> str:
    tps = j[1]
    rows = " UNION ALL ".join(f"SELECT '{tps[i]}' AS k, count(s{i + 1}) - count(s{i + 2}) AS v FROM F"
                              for i in range(len(tps) - 1))
    return f"WITH F AS {funnel(j)} SELECT * FROM ({rows}) ORDER BY v DESC, k LIMIT 2"


def top(col: str, src: str, agg: str = "count(*)", having: str = "TRUE", order: str = "DESC") -> str:
    """The two best groups (order DESC) or the two lowest (order ASC), for the tie check."""
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1 HAVING {having} ORDER BY 2 {order}, 1 LIMIT 2"


Y06, Y07, Y08 = ("2006-01-01", "2007-01-01"), ("2007-01-01", "2008-01-01"), ("2008-01-01", "2009-01-01")
Q3_07, Q4_07 = ("2007-07-01", "2007-10-01"), ("2007-10-01", "2008-01-01")
H2_07, H1_08 = ("2007-07-01", "2008-01-01"), ("2008-01-01", "2008-07-01")
T_DAYS = (None, 0.02)
T_EUR = (None, 0.01)
OFFICER_TOP = "559"  # the officer with the most fines (checked by tf37, used by its follow-up tf38)

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    # volumes
    "tf01": ("value", n_fines(), 0.5),
    "tf02": ("value", n_fines(a=Y07[0], b=Y07[1]), 0.5),
    "tf03": ("value", n_fines(a=Q3_07[0], b=Q3_07[1]), 0.5),
    "tf04": ("value", n_fines(a=Q4_07[0], b=Q4_07[1]), 0.5),
    "tf05": ("top_value_only", top("strftime(signup_at, '%Y-%m')", fines()), 0.5),
    # as_of 2007-09-10: last month = August 2007
    "tf06": ("value", n_fines(a="2007-08-01", b="2007-09-01"), 0.5),
    "tf07": ("value", n_fines(a=H1_08[0], b=H1_08[1]), 0.5),
    "tf08": ("value", f"SELECT ({n_fines(a=H1_08[0], b=H1_08[1])}) - ({n_fines(a=H2_07[0], b=H2_07[1])})", 0.5),
    # outcomes
    "tf09": ("value", share(CC), 0.01),
    "tf10": ("value", share(PAID), 0.01),
    "tf11": ("value", f"SELECT count(*) FROM {first('Create Fine')} a JOIN {first('Payment')} b USING (customer_id) "
                      "WHERE a.t::DATE = b.t::DATE", 0.5),
    "tf12": ("value", days("Create Fine", "Payment", "median"), T_DAYS),
    "tf13": ("value", days("Create Fine", "Payment", "avg"), T_DAYS),
    "tf14": ("value", days("Create Fine", "Send for Credit Collection", "avg"), T_DAYS),
    "tf15": ("value", days("Insert Fine Notification", "Add penalty", "avg"), T_DAYS),
    "tf16": ("value", days("Create Fine", "Send Fine", "avg"), T_DAYS),
    "tf17": ("value", days("Send Fine", "Insert Fine Notification", "median"), T_DAYS),
    "tf18": ("value", n_fines(where=f"NOT {has('Send Fine')}"), 0.5),
    "tf19": ("value", n_has("Add penalty"), 0.5),
    "tf20": ("value", share(PAID, where=PEN), 0.01),
    "tf21": ("value", share(CC, where=PEN), 0.01),
    "tf22": ("value", n_fines(where=f"{PAID} AND {CC}"), 0.5),
    "tf23": ("value", "SELECT count(*) FROM (SELECT customer_id FROM e WHERE activity = 'Payment' "
                      "GROUP BY 1 HAVING count(*) >= 2)", 0.5),
    # money
    "tf24": ("value", money(), T_EUR),
    "tf25": ("value", money(*Y08), T_EUR),
    "tf26": ("value", money(agg="avg"), T_EUR),
    "tf27": ("value", f"SELECT avg(fine_amount) FROM {fines()}", T_EUR),
    "tf28": ("top_value_only", top("fine_amount", fines()), 0.5),
    "tf29": ("value", f"SELECT sum(amount) FROM o WHERE customer_id IN (SELECT customer_id FROM {fines(*Q3_07)})",
             T_EUR),
    "tf30": ("value", "SELECT sum(expense) FROM e WHERE activity = 'Send Fine'", T_EUR),
    "tf32": ("value", money("2008-03-01", "2008-04-01"), T_EUR),
    # as_of 2008-01-10: last quarter = Q4 2007
    "tf33": ("value", money(*Q4_07), T_EUR),
    # as_of 2008-02-15: last month = January 2008
    "tf34": ("value", money("2008-01-01", "2008-02-01"), T_EUR),
    # highway-code article, officer, vehicle, points
    "tf35": ("top_value", top("article", fines()), 0.5),
    "tf36": ("value", share(CC, where="article = '7'"), 0.01),
    "tf37": ("value", share(CC, where="article = '157'"), 0.01),
    "tf38": ("top_value", top("officer", fines()), 0.5),
    "tf39": ("value", share(PAID, where=f"officer = '{OFFICER_TOP}'"), 0.01),
    "tf40": ("value", f"SELECT count(DISTINCT officer) FROM {fines()}", 0.5),
    "tf41": ("top", top("officer", fines(), agg=f"avg(({PAID})::INT)", having="count(*) >= 500"), 0.5),
    "tf42": ("value", n_fines(where="points::INT > 0"), 0.5),
    # trends
    "tf44": ("value", share(CC, a=Y07[0], b=Y07[1]), 0.01),
    "tf45": ("value", share(CC, a=Y06[0], b=Y06[1]), 0.01),
    "tf46": ("top_value_only", top("quarter(signup_at)", fines(*Y07), agg=f"avg(({PAID})::INT)", order="ASC"), 0.01),
    "tf47": ("top_value_only", top("year(ts)", "o"), 0.5),
    # funnels (journeys)
    "tf49": ("value", conv(COLLECTION, 1, 5), 0.01),
    "tf50": ("top_value", lost_top(COLLECTION), 0.5),
    "tf51": ("value", conv(TO_PAYMENT, 3, 4), 0.01),
    "tf52": ("value", conv(TO_PAYMENT, 1, 2), 0.01),
    "tf53": ("value", reached(APPEAL, 6), 0.5),
    "tf54": ("value", conv(APPEAL, 3, 4), 0.01),
    "tf55": ("value", conv(COLLECTION, 4, 5, *Y07), 0.01),
    # appeals
    "tf56": ("value", n_has("Insert Date Appeal to Prefecture"), 0.5),
    "tf57": ("value", n_fines(where=APPEAL_ANY), 0.5),
    "tf58": ("value", n_has("Appeal to Judge"), 0.5),
    "tf59": ("value", n_fines(where=f"{APPEAL_PREF} AND {has('Receive Result Appeal from Prefecture')}"), 0.5),
    "tf60": ("value", share(CC, where=APPEAL_PREF), 0.01),
    # misc
    "tf68": ("value", n_ev("Send for Credit Collection", "2009-01-01", "2010-01-01"), 0.5),
    # week of Mon 2007-07-16 .. Sun 2007-07-22
    "tf69": ("value", n_fines(a="2007-07-16", b="2007-07-23"), 0.5),
    # as_of 2008-07-01: this year so far = 2008-01-01 .. 2008-07-01
    "tf70": ("value", n_ev("Payment", "2008-01-01", "2008-07-01"), 0.5),
    # as_of Mon 2007-12-03: last week = Mon 2007-11-26 .. Sun 2007-12-02
    "tf71": ("value", n_fines(a="2007-11-26", b="2007-12-03"), 0.5),
}
STATUS_ONLY = {"tf62", "tf63", "tf64", "tf65"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts, expense::DOUBLE AS expense) "
                f"FROM read_csv('{datadir / 'events.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW c AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at, "
                f"fine_amount::DOUBLE AS fine_amount) "
                f"FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW o AS SELECT * REPLACE (ts::TIMESTAMP AS ts, amount::DOUBLE AS amount) "
                f"FROM read_csv('{datadir / 'orders.csv'}', header=true, all_varchar=true) WHERE status = 'paid'")
    return con


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
        if kind in ("top", "top_value"):
            expect["top_entity"] = str(row[0])
        if kind == "top":
            return expect
    if isinstance(tol, tuple):
        tol = round(max(0.05, abs(v) * tol[1]), 2)
    expect.update(value=v, tolerance=tol)
    return expect


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datadir", type=Path)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--write", action="store_true", help="write the computed expect into the YAML")
    args = ap.parse_args()
    con = connect(args.datadir)
    top_officer = con.execute(top("officer", fines())).fetchall()[0][0]
    if top_officer != OFFICER_TOP:
        raise SystemExit(f"the top officer is {top_officer}, not {OFFICER_TOP}: fix OFFICER_TOP")
    text = args.batch.read_text(encoding="utf-8")
    items = yaml.safe_load(text)
    ids = [i["id"] for i in items]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok"
               and i["id"] not in GOLD and i["id"] not in STATUS_ONLY]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    stray = [k for k in list(GOLD) + sorted(STATUS_ONLY) if k not in ids]
    if stray:
        raise SystemExit(f"gold queries without an item: {stray}")
    for item in items:
        if item["id"] in GOLD:
            if item["expect"].get("status") != "ok":
                raise SystemExit(f"{item['id']} has a gold query but status {item['expect'].get('status')}")
            item["expect"] = compute(con, item["id"])
        elif item["id"] in STATUS_ONLY and item["expect"].get("status") != "ok":
            raise SystemExit(f"{item['id']} is status-only but has status {item['expect'].get('status')}")
        print(item["id"], item["lang"], item.get("as_of", ""), item["question"][:70], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
