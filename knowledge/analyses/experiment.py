"""A/B test read-out: conversion per variant, lift vs control, 95 % CI and a two-proportion z-test.

Conversion after assignment (assigned_at; a missing assigned_at counts from the beginning):
- with journey_id: the customer completes the journey (funnel.py chaining and window) with a
  step-1 event at or after assignment;
- without: a paid order at or after assignment; when there are no orders at all, the journey
  holding a purchase-stage or payment/checkout touchpoint is used instead.
- with outcome touchpoints: an event at one of those steps at or after assignment.
A window (window_days), when given, counts only conversions that many days after assignment (for a journey: the
journey's own window is replaced, counted from its first step).
A period, when given, restricts the activity that counts as converting (step-1 events or
orders inside it). The control is the variant named control/baseline/A (or 对照, or with such a word
in its id), else the one the experiments' description column calls the control, else the one arm named as the way
things were (manual, old, standard …), else the first variant by name (`control_of`); `variant="control"` asks for
it whatever its id. CI: Wald interval of the rate difference; p-value: pooled z-test.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from typing import Any

from statistics import NormalDist

from knowledge.analyses.funnel import Source, chain_ctes, pick_source
from knowledge.analyses.journey_common import SMALL_SAMPLE, Journey, get_journey, list_journeys, rate, suggest
from knowledge.errors import AnalysisError, NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Period
from knowledge.semantic.layer import SemanticLayer

COLUMNS = ["variant", "customers", "converted", "conversion_rate", "is_control", "diff_vs_control",
           "lift_vs_control", "ci_low", "ci_high", "p_value", "significant"]
CONTROL_NAMES = ("control", "baseline", "a", "standard", "default", "status_quo", "对照", "对照组")
# a word of an arm's id that says it is the control ("render_control", "A-baseline")
CONTROL_WORDS = frozenset(("control", "ctrl", "baseline", "holdout", "对照", "对照组"))
# a word of an arm's id that says it is the way things were ("manual_quote" beside "instant_quote")
STATUS_QUO_WORDS = frozenset(("manual", "old", "current", "existing", "original", "legacy", "standard", "default",
                              "none", "off", "plain", "without", "classic", "static", "usual"))
# the experiments' own words for an arm ("quote by the sales desk (control)", "对照组：原价")
CONTROL_DESC = re.compile(r"\bcontrol\b|\bbaseline\b|\bstatus quo\b|\bholdout\b|对照", re.I)
DESC_COLUMN = re.compile(r"desc|description|note|label|说明|描述|备注", re.I)


def control_of(variants: list[str], described: dict[str, str] | None = None) -> str | None:
    """The test's control arm: the one named so (control, baseline, A, 对照 — the whole id or a word of it), the one
    the experiments' own description column calls the control ("… (control)"), or the one arm named as the way things
    were (manual, old, current, standard …); with none of these clear (exactly one arm), the first by name."""
    names = sorted(str(v) for v in variants)

    def words(v: str) -> set[str]:
        return {x for x in re.split(r"[_\-\s]+", v.lower()) if x}
    tests = (lambda v: v.strip().lower() in CONTROL_NAMES,
             lambda v: bool(words(v) & CONTROL_WORDS),
             lambda v: bool(described) and bool(CONTROL_DESC.search((described or {}).get(v, ""))),
             lambda v: bool(words(v) & STATUS_QUO_WORDS))
    for test in tests:
        hits = [v for v in names if test(v)]
        if len(hits) == 1:
            return hits[0]
    return names[0] if names else None


def _descriptions(gw: Gateway, exp: str) -> dict[str, str]:
    """variant → the text of the experiments' description columns for it (none when the file has no such column)."""
    cols = [c for c in gw.query("SELECT * FROM experiments LIMIT 0", row_cap=1).columns
            if DESC_COLUMN.search(c) and c not in ("experiment_id", "variant", "customer_id", "assigned_at")]
    if not cols:
        return {}
    text = " || ' ' || ".join(f"coalesce(CAST(\"{c}\" AS VARCHAR), '')" for c in cols)
    res = gw.query(f"SELECT CAST(variant AS VARCHAR), string_agg(DISTINCT {text}, ' ') FROM experiments "
                   "WHERE experiment_id = ? GROUP BY 1", [exp], row_cap=1_000)
    return {str(v): str(t or "") for v, t in res.rows}
ALPHA = 0.05
FAR_FUTURE = datetime(9999, 1, 1)
PAYMENT_WORDS = ("pay", "checkout", "order", "支付", "结算", "下单")


def pick_experiment(gw: Gateway, experiment_id: str | None) -> str:
    """The experiment asked for, the only one there is, or NotFoundError listing them."""
    known = [r[0] for r in gw.query("SELECT DISTINCT experiment_id FROM experiments ORDER BY 1", row_cap=10_000).rows]
    if not known:
        raise NotFoundError("there are no A/B experiments in the data",
                            hint="load an experiments file (experiment_id, variant, customer_id, assigned_at)")
    if experiment_id is None:
        if len(known) == 1:
            return known[0]
        raise NotFoundError("several experiments exist; say which one", hint=suggest("", known),
                            code="ambiguous_experiment")
    if experiment_id not in known:
        raise NotFoundError(f"unknown experiment '{experiment_id}'", hint=suggest(experiment_id, known))
    return experiment_id


def payment_journey(gw: Gateway) -> Journey | None:
    """The journey with a purchase-stage or payment-like step (first by id), if any."""
    res = gw.query("SELECT DISTINCT j.journey_id FROM journeys j LEFT JOIN touchpoints t "
                   "ON t.touchpoint_id = j.touchpoint_id WHERE t.stage = 'purchase' OR "
                   + " OR ".join("lower(j.touchpoint_id || ' ' || coalesce(t.name, '')) LIKE ?" for _ in PAYMENT_WORDS)
                   + " ORDER BY 1", [f"%{w}%" for w in PAYMENT_WORDS], row_cap=1000)
    journeys = list_journeys(gw)
    return journeys[res.rows[0][0]] if res.rows else None


def _journey_sql(experiment_id: str, journey: Journey, period: Period | None,
                 table: str, window_days: int | None = None) -> tuple[str, list[Any]]:
    # the derived funnel_events joins on integer customer keys; customers without events get none
    src = Source(table, "ckey" if table == "funnel_events" else "customer_id")
    keyed = ("SELECT a.*, ck.ckey AS k FROM a LEFT JOIN customer_keys ck ON ck.customer_id = a.customer_id"
             if src.key == "ckey" else "SELECT a.*, a.customer_id AS k FROM a")
    params: list[Any] = [experiment_id, journey.steps[0].touchpoint_id]
    in_period = ""
    until: Any = FAR_FUTURE
    if period is not None:
        in_period = " AND e.ts >= ? AND e.ts < ?"
        params += [period.start_ts, period.end_ts]
        until = period.end_ts + timedelta(days=(window_days or journey.window_days) + 1)
    ctes, chain_params = chain_ctes(journey, window_days or journey.window_days, src, until)
    last = journey.steps[-1].step
    sql = ("WITH a AS (SELECT customer_id, any_value(variant) AS variant, min(assigned_at) AS assigned_at "
           "FROM experiments WHERE experiment_id = ? GROUP BY customer_id),\n"
           f"ak AS ({keyed}),\n"
           f"s1 AS (SELECT e.{src.key} AS k, min(e.ts) AS t1, min(e.ts) AS tk, NULL AS g FROM {table} e JOIN ak "
           f"ON ak.k = e.{src.key} WHERE e.touchpoint_id = ? "
           f"AND (ak.assigned_at IS NULL OR e.ts >= ak.assigned_at){in_period} GROUP BY e.{src.key})"
           + "".join(",\n" + c for c in ctes) + "\n"
           f"SELECT ak.variant, count(*) AS customers, count(s.k) AS converted "
           f"FROM ak LEFT JOIN s{last} s ON s.k = ak.k GROUP BY ak.variant ORDER BY ak.variant")
    return sql, params + chain_params


def _orders_sql(experiment_id: str, period: Period | None, window_days: int | None = None) -> tuple[str, list[Any]]:
    params: list[Any] = [experiment_id]
    cond = ""
    if window_days is not None:
        cond += " AND (a.assigned_at IS NULL OR o.ts <= a.assigned_at + ? * INTERVAL 1 DAY)"
        params.append(window_days)
    if period is not None:
        cond = " AND o.ts >= ? AND o.ts < ?"
        params += [period.start_ts, period.end_ts]
    sql = ("WITH a AS (SELECT customer_id, any_value(variant) AS variant, min(assigned_at) AS assigned_at "
           "FROM experiments WHERE experiment_id = ? GROUP BY customer_id),\n"
           "conv AS (SELECT DISTINCT o.customer_id FROM orders o JOIN a ON a.customer_id = o.customer_id "
           "WHERE (o.status IS NULL OR lower(o.status) = 'paid') "
           f"AND (a.assigned_at IS NULL OR o.ts >= a.assigned_at){cond})\n"
           "SELECT a.variant, count(*) AS customers, count(conv.customer_id) AS converted "
           "FROM a LEFT JOIN conv USING (customer_id) GROUP BY a.variant ORDER BY a.variant")
    return sql, params


def _outcome_conditions(actions: list[str] | None, window_days: int | None,
                        within: str) -> tuple[str, list[Any]]:
    """The SQL conditions (and their parameters) on an outcome event: one of `actions` when given, and `within`, the
    window from its start (one placeholder for the days), when `window_days` is given."""
    cond, params = "", []
    if actions:
        cond += f" AND e.action IN ({', '.join('?' for _ in actions)})"
        params += list(actions)
    if window_days is not None:
        cond += f" AND {within}"
        params.append(window_days)
    return cond, params


def _from_base_sql(experiment_id: str, base: str, touchpoint_ids: list[str], window_days: int | None,
                   period: Period | None, actions: list[str] | None = None) -> tuple[str, list[Any]]:
    """Of the customers who reached the base step after assignment, converted: an event at one of the outcome steps
    at or after their first base event (within `window_days` of it when given) — "of those who ordered, the share
    that started a subscription within 30 days", per arm."""
    params: list[Any] = [experiment_id, base]
    in_period = ""
    if period is not None:
        in_period = " AND e.ts >= ? AND e.ts < ?"
        params += [period.start_ts, period.end_ts]
    params += list(touchpoint_ids)
    cond, more = _outcome_conditions(actions, window_days, "e.ts <= b.tb + ? * INTERVAL 1 DAY")
    params += more
    marks = ", ".join("?" for _ in touchpoint_ids)
    sql = ("WITH a AS (SELECT customer_id, any_value(variant) AS variant, min(assigned_at) AS assigned_at "
           "FROM experiments WHERE experiment_id = ? GROUP BY customer_id),\n"
           "b AS (SELECT e.customer_id, min(e.ts) AS tb FROM events e JOIN a ON a.customer_id = e.customer_id "
           f"WHERE e.touchpoint_id = ? AND (a.assigned_at IS NULL OR e.ts >= a.assigned_at){in_period} "
           "GROUP BY e.customer_id),\n"
           "conv AS (SELECT DISTINCT e.customer_id FROM events e JOIN b ON b.customer_id = e.customer_id "
           f"WHERE e.touchpoint_id IN ({marks}) AND e.ts >= b.tb{cond})\n"
           "SELECT a.variant, count(b.customer_id) AS customers, count(conv.customer_id) AS converted "
           "FROM a LEFT JOIN b USING (customer_id) LEFT JOIN conv USING (customer_id) "
           "GROUP BY a.variant ORDER BY a.variant")
    return sql, params


def _steps_sql(experiment_id: str, touchpoint_ids: list[str], window_days: int | None,
               period: Period | None, actions: list[str] | None = None) -> tuple[str, list[Any]]:
    """Converted: an event at one of the outcome steps after assignment (within `window_days` of it when given; with
    one of `actions` when given: "rescheduled or no-show" at the signing step)."""
    # (a customer without assigned_at has no start for a window: counted from the beginning, as elsewhere)
    cond, more = _outcome_conditions(actions, window_days,
                                     "(a.assigned_at IS NULL OR e.ts <= a.assigned_at + ? * INTERVAL 1 DAY)")
    params: list[Any] = [experiment_id, *touchpoint_ids, *more]
    if period is not None:
        cond += " AND e.ts >= ? AND e.ts < ?"
        params += [period.start_ts, period.end_ts]
    marks = ", ".join("?" for _ in touchpoint_ids)
    sql = ("WITH a AS (SELECT customer_id, any_value(variant) AS variant, min(assigned_at) AS assigned_at "
           "FROM experiments WHERE experiment_id = ? GROUP BY customer_id),\n"
           "conv AS (SELECT DISTINCT e.customer_id FROM events e JOIN a ON a.customer_id = e.customer_id "
           f"WHERE e.touchpoint_id IN ({marks}) AND (a.assigned_at IS NULL OR e.ts >= a.assigned_at){cond})\n"
           "SELECT a.variant, count(*) AS customers, count(conv.customer_id) AS converted "
           "FROM a LEFT JOIN conv USING (customer_id) GROUP BY a.variant ORDER BY a.variant")
    return sql, params


def compare(control: tuple[int, int], variant: tuple[int, int]) -> dict[str, float | bool | None]:
    """diff, relative lift, 95 % Wald CI of the diff and the pooled two-proportion z-test p-value."""
    (nc, xc), (nv, xv) = control, variant
    if not nc or not nv:
        return {"diff": None, "lift": None, "ci_low": None, "ci_high": None, "p_value": None, "significant": None}
    pc, pv = xc / nc, xv / nv
    diff = pv - pc
    z_crit = NormalDist().inv_cdf(1 - ALPHA / 2)
    se = math.sqrt(pc * (1 - pc) / nc + pv * (1 - pv) / nv)
    pooled = (xc + xv) / (nc + nv)
    se_pooled = math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nv))
    # identical all-0 % or all-100 % arms carry no evidence either way
    p_value = float(math.erfc(abs(diff) / se_pooled / math.sqrt(2.0))) if se_pooled > 0 else None
    return {"diff": diff, "lift": diff / pc if pc else None, "ci_low": diff - z_crit * se,
            "ci_high": diff + z_crit * se, "p_value": p_value,
            "significant": (p_value < ALPHA) if p_value is not None else None}


def experiment_result(gw: Gateway, layer: SemanticLayer, *, experiment_id: str | None = None,
                      journey_id: str | None = None, period: Period | None = None,
                      outcome_touchpoint_ids: list[str] | None = None, window_days: int | None = None,
                      variant: str | None = None, outcome_actions: list[str] | None = None,
                      order: str = "desc", base_touchpoint_id: str | None = None) -> AnalysisResult:
    """Per-variant conversion of one experiment with lift, CI, p-value and a verdict. `outcome_touchpoint_ids`:
    converted means reaching one of those steps after assignment; `window_days`: within that many days of it;
    `variant`: the arm asked about, put first (the others stay for the comparison); `outcome_actions`: only events
    with one of these actions at the outcome steps count; `order` asc: the lowest rate first (an outcome nobody wants,
    "which arm had the lower share of no-shows"); `base_touchpoint_id`: only the customers who reached that step after
    assignment count, and the window runs from their first event there ("of those who ordered …")."""
    if base_touchpoint_id and not outcome_touchpoint_ids:
        raise AnalysisError("base_touchpoint_id needs outcome_touchpoint_ids", hint="name the steps reached after it",
                            code="bad_outcome")
    if outcome_actions and not outcome_touchpoint_ids:
        raise AnalysisError("outcome_actions need outcome_touchpoint_ids", hint="name the steps that record them",
                            code="bad_outcome")
    exp = pick_experiment(gw, experiment_id)
    if window_days is not None and not 1 <= window_days <= 366:
        raise AnalysisError(f"window_days {window_days} is out of range", hint="give 1 to 366 days",
                            code="bad_window")
    if outcome_touchpoint_ids:
        known = {r[0] for r in gw.query("SELECT touchpoint_id FROM touchpoints", row_cap=100_000).rows}
        unknown = [t for t in [*outcome_touchpoint_ids, *([base_touchpoint_id] if base_touchpoint_id else [])]
                   if t not in known]
        if unknown:
            raise NotFoundError(f"unknown touchpoint '{unknown[0]}'", hint=suggest(unknown[0], sorted(known)))
        journey_id = None
    journey = get_journey(gw, journey_id) if journey_id else None
    conversion = f"journey:{journey.journey_id}" if journey else "paid_order"
    if outcome_touchpoint_ids:
        conversion = "steps:" + ",".join(outcome_touchpoint_ids)
        if outcome_actions:
            conversion += ":" + ",".join(outcome_actions)
        if base_touchpoint_id:
            conversion = f"from:{base_touchpoint_id}|" + conversion
    elif journey is None and not gw.scalar("SELECT count(*) FROM orders"):
        journey = payment_journey(gw)
        if journey is None:
            raise AnalysisError("no conversion to measure: there are no orders and no purchase journey",
                                hint="name a journey_id whose last step is the conversion", code="no_conversion")
        conversion = f"journey:{journey.journey_id}"
    if outcome_touchpoint_ids and base_touchpoint_id:
        sql, params = _from_base_sql(exp, base_touchpoint_id, list(outcome_touchpoint_ids), window_days, period,
                                     outcome_actions)
    elif outcome_touchpoint_ids:
        sql, params = _steps_sql(exp, list(outcome_touchpoint_ids), window_days, period, outcome_actions)
    elif journey:
        sql, params = _journey_sql(exp, journey, period, pick_source(gw).table, window_days)
    else:
        sql, params = _orders_sql(exp, period, window_days)
    res = gw.query(sql, params, row_cap=10_000)
    counts = {v: (int(n), int(x)) for v, n, x in res.rows}
    variants = sorted(counts, key=str)
    control = control_of(variants, _descriptions(gw, exp))
    if variant is not None and variant not in counts and variant.strip().lower() in CONTROL_NAMES:
        variant = control  # ("the control group" of a test whose arms are manual_quote / instant_quote)
    ordered = ([control] + [v for v in variants if v != control]) if variants else []
    rows: list[list[Any]] = []
    for v in ordered:
        n, x = counts[v]
        cmp = compare(counts[control], counts[v]) if v != control else {}
        rows.append([v, n, x, rate(x, n), v == control, cmp.get("diff"), cmp.get("lift"), cmp.get("ci_low"),
                     cmp.get("ci_high"), cmp.get("p_value"), cmp.get("significant")])
    # best first ("which group renewed more" is answered by the first row); is_control marks the baseline
    sign = 1.0 if order == "asc" else -1.0
    rows.sort(key=lambda r: (r[3] is None, sign * (r[3] or 0.0), not r[4], str(r[0])))
    if variant is not None:
        if variant not in counts:
            raise NotFoundError(f"experiment '{exp}' has no variant '{variant}'", hint=suggest(variant, [str(v) for v in variants]))
        rows.sort(key=lambda r: r[0] != variant)  # (stable: the others keep their order)
    result = AnalysisResult("experiment_result", list(COLUMNS), rows, sql=[sql], period=period,
                            metrics=[])
    result.sample_size = {str(v): counts[v][0] for v in variants}
    significant = [r[0] for r in rows if r[10]]
    if significant:
        verdict = "significant"
    elif len(rows) < 2 or any(r[9] is None for r in rows if not r[4]):
        verdict = "insufficient_data"
    else:
        verdict = "not_significant"
    result.facts = {"experiment_id": exp, "control": control, "conversion": conversion, "alpha": ALPHA,
                    "significant_variants": significant, "verdict": verdict}
    if journey:
        result.facts["journey_id"] = journey.journey_id
    if window_days is not None:
        result.facts["window_days"] = window_days
    if outcome_actions:
        result.facts["outcome_actions"] = list(outcome_actions)
    if base_touchpoint_id:
        result.facts["base_touchpoint_id"] = base_touchpoint_id
    result.facts["order"] = order
    if variant is not None:
        result.facts["variant"] = variant
    if len(rows) < 2:
        result.notes.append("single_variant")
    if any(counts[v][0] < SMALL_SAMPLE for v in variants):
        result.notes.append("small_sample")
    return result
