"""Recompute the golden set's expected answers with plain, hand-written SQL over the demo workspace.

Independent of the planner and of knowledge/analyses: every expectation below is one SQL query
written for this file. Usage:

    .venv/bin/python tests/golden/compute_expected.py WORKSPACE [--write]

Without --write it prints the expectations that differ from questions.yaml; with --write it
rewrites the `expect` blocks of questions whose `check` names one of the CHECKS.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import duckdb
import yaml

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.yaml"

# periods against as-of 2026-11-15 (the last day of the small demo data, a Sunday)
P = {
    "d30": ("2026-10-17", "2026-11-15"),   # default: the 30 days ending at as-of
    "oct": ("2026-10-01", "2026-10-31"),   # 上个月 / last month / 十月
    "nov": ("2026-11-01", "2026-11-15"),   # 本月 / this month
    "lw": ("2026-11-02", "2026-11-08"),    # 上周 / last week
    "lw2": ("2026-10-26", "2026-11-01"),   # 上上周 / the week before last
    "y26": ("2026-01-01", "2026-11-15"),   # 今年 / this year
}


def _ts(period: str, col: str = "ts") -> str:
    a, b = P[period]
    return f"{col} >= TIMESTAMP '{a}' AND {col} < TIMESTAMP '{b}' + INTERVAL 1 DAY"


def funnel_sql(con: duckdb.DuckDBPyConnection, journey: str, period: str, cond: str = "TRUE") -> str:
    """Users reaching each step: step k needs an event after step k-1 within the window from step 1."""
    steps = con.execute("SELECT step, touchpoint_id, coalesce(window_days, 7) FROM journeys "
                        "WHERE journey_id = ? ORDER BY step", [journey]).fetchall()
    window = steps[0][2]
    ctes = [f"s1 AS (SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS tk FROM events e "
            f"LEFT JOIN customers c ON c.customer_id = e.customer_id "
            f"WHERE e.touchpoint_id = '{steps[0][1]}' AND {_ts(period, 'e.ts')} AND {cond} GROUP BY e.customer_id)"]
    for k, tp, _ in steps[1:]:
        ctes.append(f"s{k} AS (SELECT p.customer_id, p.t1, min(e.ts) AS tk FROM s{k - 1} p JOIN events e "
                    f"ON e.customer_id = p.customer_id AND e.touchpoint_id = '{tp}' AND e.ts >= p.tk "
                    f"AND e.ts <= p.t1 + INTERVAL {window} DAY "
                    f"LEFT JOIN customers c ON c.customer_id = e.customer_id WHERE {cond} GROUP BY p.customer_id, p.t1)")
    union = " UNION ALL ".join(f"SELECT {k} AS step, '{tp}' AS touchpoint_id, count(*) AS reached FROM s{k}"
                               for k, tp, _ in steps)
    return f"WITH {', '.join(ctes)} {union}"


def dropoff_top_sql(con: duckdb.DuckDBPyConnection, period: str, journeys: list[str] | None = None) -> str:
    """The step losing the most users (reached it, not the next step), across the given journeys."""
    js = journeys or [r[0] for r in con.execute("SELECT DISTINCT journey_id FROM journeys ORDER BY 1").fetchall()]
    parts = [f"SELECT '{j}' AS journey_id, * FROM ({funnel_sql(con, j, period)})" for j in js]
    return (f"WITH r AS ({' UNION ALL '.join(parts)}), l AS (SELECT a.journey_id, a.step, a.touchpoint_id, "
            f"a.reached - b.reached AS lost, (a.reached - b.reached) / nullif(a.reached, 0) AS rate FROM r a "
            f"JOIN r b ON b.journey_id = a.journey_id AND b.step = a.step + 1) "
            f"SELECT touchpoint_id FROM l ORDER BY lost DESC, rate DESC, journey_id, step LIMIT 1")


def orders_sql(period: str, expr: str, cond: str = "TRUE", by: str | None = None, order: str = "DESC") -> str:
    """A metric over orders (joined to customers for segment filters), optionally ranked by a column."""
    base = f"FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id WHERE {_ts(period, 'o.ts')} AND {cond}"
    if by:
        return f"SELECT {by} AS k, {expr} AS v {base} GROUP BY 1 HAVING count(*) >= 5 ORDER BY v {order}, k LIMIT 1"
    return f"SELECT {expr} AS v {base}"


def feedback_sql(period: str, expr: str, cond: str = "TRUE", by: str | None = None, order: str = "DESC") -> str:
    base = f"FROM feedback f LEFT JOIN customers c ON c.customer_id = f.customer_id WHERE {_ts(period, 'f.ts')} AND {cond}"
    if by:
        return f"SELECT {by} AS k, {expr} AS v {base} GROUP BY 1 HAVING count(*) >= 5 ORDER BY v {order}, k LIMIT 1"
    return f"SELECT {expr} AS v {base}"


SESSIONS = ("s AS (SELECT customer_id, session_id, ts, event_id, touchpoint_id, "
            "min(ts) OVER (PARTITION BY customer_id, session_id) AS s_start FROM events)")


def next_tp_sql(period: str, tp: str, direction: str = "next") -> str:
    """Most common different touchpoint right after (or before) tp within a session; repeated events at
    one touchpoint (view, submit, fail, retry) count as one visit; sessions start in the period."""
    fn, edge = ("lead", "(exit)") if direction == "next" else ("lag", "(entry)")
    return (f"WITH {SESSIONS}, o AS (SELECT *, lag(touchpoint_id) OVER w AS prev_tp FROM s "
            f"WHERE {_ts(period, 's_start')} WINDOW w AS (PARTITION BY customer_id, session_id "
            f"ORDER BY ts, event_id, touchpoint_id)), "
            f"v AS (SELECT *, {fn}(touchpoint_id) OVER (PARTITION BY customer_id, session_id "
            f"ORDER BY ts, event_id, touchpoint_id) AS other FROM o WHERE prev_tp IS DISTINCT FROM touchpoint_id) "
            f"SELECT coalesce(other, '{edge}') FROM v WHERE touchpoint_id = '{tp}' "
            f"GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")


def exits_sql(period: str) -> str:
    """Touchpoint with the highest exit rate: sessions ending there / sessions visiting it."""
    return (f"WITH {SESSIONS}, p AS (SELECT customer_id, session_id, arg_max(touchpoint_id, (ts, event_id, "
            f"touchpoint_id)) AS last_tp FROM s WHERE {_ts(period, 's_start')} GROUP BY 1, 2), "
            f"v AS (SELECT DISTINCT customer_id, session_id, touchpoint_id FROM s WHERE {_ts(period, 's_start')}), "
            f"r AS (SELECT v.touchpoint_id AS tp, count(*) AS sessions, count(*) FILTER (WHERE p.last_tp = "
            f"v.touchpoint_id) AS exits FROM v JOIN p USING (customer_id, session_id) GROUP BY 1) "
            f"SELECT tp FROM r ORDER BY exits / sessions DESC, exits DESC, tp LIMIT 1")


def ids_sql(period: str, tps: tuple[str, ...], sentiment: str | None = None) -> str:
    tl = ", ".join(f"'{t}'" for t in tps)
    cond = f" AND sentiment = '{sentiment}'" if sentiment else ""
    return f"SELECT feedback_id FROM feedback WHERE touchpoint_id IN ({tl}) AND {_ts(period)}{cond} ORDER BY 1"


def step_out_sql(con: duckdb.DuckDBPyConnection, journey: str, period: str, tp: str) -> str:
    """Conversion out of a step: users reaching the next step / users reaching this one."""
    return (f"WITH r AS ({funnel_sql(con, journey, period)}), k AS (SELECT step FROM r WHERE touchpoint_id = '{tp}') "
            f"SELECT (SELECT reached FROM r WHERE step = (SELECT step FROM k) + 1) / "
            f"nullif((SELECT reached FROM r WHERE step = (SELECT step FROM k)), 0)")


RET = "count(*) FILTER (WHERE o.status IN ('returned', 'refunded')) / count(*)"
PAID = "coalesce(o.status, 'paid') = 'paid'"
NIGHT = "hour(o.ts) < 6"
REV = f"sum(o.amount) FILTER (WHERE {PAID})"
AOV = f"avg(o.amount) FILTER (WHERE {PAID})"
DAYPART = ("CASE WHEN hour(o.ts) < 6 THEN 'night' WHEN hour(o.ts) < 12 THEN 'morning' "
           "WHEN hour(o.ts) < 18 THEN 'afternoon' ELSE 'evening' END")


def checks(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str, float | None]]:
    """check name -> (kind, SQL, tolerance); kind: top (first cell), value (first cell), ids (all rows)."""
    f = funnel_sql
    return {
        "dropoff_top_d30": ("top", dropoff_top_sql(con, "d30"), None),
        "dropoff_top_oct": ("top", dropoff_top_sql(con, "oct"), None),
        "dropoff_top_register_oct": ("top", dropoff_top_sql(con, "oct", ["register"]), None),
        "dropoff_top_purchase_d30": ("top", dropoff_top_sql(con, "d30", ["purchase"]), None),
        "exits_top_d30": ("top", exits_sql("d30"), None),
        "funnel_register_oct_step1": ("value", f"SELECT reached FROM ({f(con, 'register', 'oct')}) WHERE step = 1", 0.0),
        "funnel_register_oct_android_step1": ("value", f"SELECT reached FROM ({f(con, 'register', 'oct', 'e.device = ' + chr(39) + 'android' + chr(39))}) WHERE step = 1", 0.0),
        "funnel_register_oct_new_step1": ("value", f"SELECT reached FROM ({f(con, 'register', 'oct', 'c.segment = ' + chr(39) + 'new' + chr(39))}) WHERE step = 1", 0.0),
        "funnel_purchase_nov_step1": ("value", f"SELECT reached FROM ({f(con, 'purchase', 'nov')}) WHERE step = 1", 0.0),
        "orders_2026_10": ("value", orders_sql("oct", "count(*)"), 0.0),
        "orders_2026_10_android": ("value", orders_sql("oct", "count(*)", "o.device = 'android'"), 0.0),
        "orders_2026_10_ios": ("value", orders_sql("oct", "count(*)", "o.device = 'ios'"), 0.0),
        "orders_2026_10_mini_program": ("value", orders_sql("oct", "count(*)", "o.channel = 'mini_program'"), 0.0),
        "orders_2026_10_app": ("value", orders_sql("oct", "count(*)", "o.channel = 'app'"), 0.0),
        "orders_2026_11": ("value", orders_sql("nov", "count(*)"), 0.0),
        "orders_lw": ("value", orders_sql("lw", "count(*)"), 0.0),
        "revenue_2026_11_11": ("value", f"SELECT {REV} FROM orders o WHERE CAST(o.ts AS DATE) = DATE '2026-11-11'", 0.01),
        "revenue_nov": ("value", orders_sql("nov", REV), 0.01),
        "revenue_oct": ("value", orders_sql("oct", REV), 0.01),
        "orders_by_channel_top_d30": ("top", orders_sql("d30", "count(*)", by="o.channel"), None),
        "orders_by_channel_top_d30_new": ("top", orders_sql("d30", "count(*)", "c.segment = 'new'", by="o.channel"), None),
        "orders_by_channel_top_d30_vip": ("top", orders_sql("d30", "count(*)", "c.segment = 'vip'", by="o.channel"), None),
        "revenue_by_channel_top_d30": ("top", orders_sql("d30", REV, by="o.channel"), None),
        "return_rate_by_daypart_top_y26": ("top", orders_sql("y26", RET, by=DAYPART), None),
        "return_rate_by_daypart_top_d30": ("top", orders_sql("d30", RET, by=DAYPART), None),
        "return_rate_by_device_top_d30": ("top", orders_sql("d30", RET, by="o.device"), None),
        "return_rate_night_y26": ("value", orders_sql("y26", RET, NIGHT), 0.002),
        "return_rate_night_y26_by_device_top": ("top", orders_sql("y26", RET, NIGHT, by="o.device"), None),
        "return_rate_android_y26": ("value", orders_sql("y26", RET, "o.device = 'android'"), 0.002),
        "aov_android_y26": ("value", orders_sql("y26", AOV, "o.device = 'android'"), 0.01),
        "aov_new_y26": ("value", orders_sql("y26", AOV, "c.segment = 'new'"), 0.01),
        "revenue_by_region_top_y26": ("top", orders_sql("y26", REV, by="c.region"), None),
        "orders_by_region_top_y26": ("top", orders_sql("y26", "count(*)", by="c.region"), None),
        "csat_support_oct": ("value", feedback_sql("oct", "avg(f.rating)", "f.touchpoint_id = 'tp_support'"), 0.005),
        "csat_support_oct_by_segment_top": ("top", feedback_sql("oct", "avg(f.rating)", "f.touchpoint_id = 'tp_support'", by="c.segment"), None),
        "csat_support_y26_segment_low": ("top", feedback_sql("y26", "avg(f.rating)", "f.touchpoint_id = 'tp_support'", by="c.segment", order="ASC"), None),
        "neg_share_payment_lw": ("value", feedback_sql("lw", "count(*) FILTER (WHERE f.sentiment = 'negative') / count(f.sentiment)", "f.touchpoint_id = 'tp_payment'"), 0.005),
        "next_after_payment_d30": ("top", next_tp_sql("d30", "tp_payment"), None),
        "next_after_checkout_d30": ("top", next_tp_sql("d30", "tp_checkout"), None),
        "prev_before_checkout_d30": ("top", next_tp_sql("d30", "tp_checkout", "previous"), None),
        "fb_payment_lw": ("ids", ids_sql("lw", ("tp_payment",)), None),
        "fb_sms_d30": ("ids", ids_sql("d30", ("tp_sms",)), None),
        "fb_support_d30": ("ids", ids_sql("d30", ("tp_support",)), None),
        "fb_delivery_d30": ("ids", ids_sql("d30", ("tp_delivery",)), None),
        "fb_delivery_neg_d30": ("ids", ids_sql("d30", ("tp_delivery",), "negative"), None),
        "fb_support_neg_d30": ("ids", ids_sql("d30", ("tp_support",), "negative"), None),
        "fb_delivery_pos_d30": ("ids", ids_sql("d30", ("tp_delivery",), "positive"), None),
        "fb_support_pos_d30": ("ids", ids_sql("d30", ("tp_support",), "positive"), None),
        "payconv_out_oct": ("value", step_out_sql(con, "purchase", "oct", "tp_payment"), 0.002),
        "checkoutconv_out_lw": ("value", step_out_sql(con, "purchase", "lw", "tp_checkout"), 0.002),
        "fb_delivery_oct": ("ids", ids_sql("oct", ("tp_delivery",)), None),
        "treatment_customers": ("value", "SELECT count(DISTINCT customer_id) FROM experiments WHERE variant = 'treatment'", 0.0),
        "sql_orders_total": ("value", "SELECT count(*) FROM orders", 0.0),
        "sql_feedback_total": ("value", "SELECT count(*) FROM feedback", 0.0),
        "sql_customers_total": ("value", "SELECT count(DISTINCT customer_id) FROM customers", 0.0),
    }


def _round(v: Any) -> Any:
    return round(float(v), 4) if isinstance(v, float) else (float(v) if hasattr(v, "as_integer_ratio") and not isinstance(v, int) else v)


def compute(workspace: Path) -> dict[str, dict[str, Any]]:
    """check name -> the expect block it yields."""
    con = duckdb.connect(str(workspace / "journey.duckdb"), read_only=True)
    out: dict[str, dict[str, Any]] = {}
    try:
        for name, (kind, sql, tol) in checks(con).items():
            rows = con.execute(sql).fetchall()
            if kind == "ids":
                out[name] = {"citations_from": [r[0] for r in rows]}
            elif kind == "top":
                out[name] = {"top_entity": rows[0][0]}
            else:
                v = _round(rows[0][0])
                rel = tol if tol is not None else 0.0
                # tolerance: absolute for rates (< 1), relative for amounts and counts
                out[name] = {"value": v, "tolerance": rel if abs(v) <= 1 else round(abs(v) * rel, 4)}
    finally:
        con.close()
    return out


def apply(questions: list[dict[str, Any]], expected: dict[str, dict[str, Any]]) -> int:
    """Write expectations into the questions; returns how many changed."""
    changed = 0
    for q in questions:
        name = q.get("check")
        if not name:
            continue
        if name not in expected:
            raise SystemExit(f"{q['id']}: unknown check '{name}'")
        new = {**{k: v for k, v in q.get("expect", {}).items() if k not in ("top_entity", "value", "tolerance", "citations_from")},
               **expected[name]}
        if new != q.get("expect"):
            q["expect"] = new
            changed += 1
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("workspace", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    changed = apply(questions, compute(args.workspace))
    if args.write:
        QUESTIONS.write_text(yaml.safe_dump(questions, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    print(f"{changed} expectations {'rewritten' if args.write else 'differ'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
