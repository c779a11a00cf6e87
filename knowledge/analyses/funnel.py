"""Step-by-step conversion through one journey (DATA.md funnel semantics, chained exactly).

A customer enters at step 1 with their first step-1 event in the period. They reach step k
with the earliest event at step k's touchpoint at or after the moment they reached step
k-1 (same timestamp counts; when two consecutive steps share a touchpoint the later event
must be strictly later, so one event never counts twice) and no later than
first-step-1 time + window_days (inclusive: exactly at the window end is in, one second
after is out). Later steps may fall after the period end, within the window. Taking the
earliest qualifying event at every step is optimal, so this is exact, unlike min(ts) per
step independently, which ignores the order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import Any

from knowledge.analyses.journey_common import (ANY_JOURNEY, SMALL_SAMPLE, Journey, get_journey, has_tables, is_pair,
                                              period_bounds, rate, slower_than)
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import ALIASES, JOINS, SemanticLayer

COLUMNS = ["step", "touchpoint_id", "touchpoint", "users", "step_conversion", "overall_conversion",
           "users_lost", "drop_off_rate", "median_time_to_convert_s", "mean_time_to_convert_s"]
METRICS = ["users_reached", "step_conversion", "overall_conversion", "drop_off_rate", "users_lost",
           "median_time_to_convert", "mean_time_to_convert"]
NO_STEP = (0, None, None)
"""(users, median seconds, mean seconds) of a step nobody reached."""


@dataclass(frozen=True)
class Source:
    """Where step events are read: the derived `funnel_events` (integer keys, sorted by
    touchpoint and time, so each step reads only its own row groups) or raw `events`."""

    table: str = "events"
    key: str = "customer_id"


# funnel_events keeps integer customer keys only; customer attributes join on the id looked up here
FUNNEL_EVENTS_WITH_IDS = "(SELECT f.*, ck.customer_id FROM funnel_events f JOIN customer_keys ck USING (ckey))"


@dataclass
class Slice:
    """Filter SQL of a funnel slice: the customers who entered the funnel in it.

    Customer attributes, touchpoint attributes and time expressions restrict the step-1 event
    (`step1_*`). An event column (device, channel, a company's dealer_id) is the *customer's* value:
    a customer is in the slice when one of their events on the journey's steps, from the period start
    to the end of the window, carries it (`customer_*`). Later steps are not filtered again: a phone
    call or a visit in a shop has no device, and the dealer is often first recorded at a later step
    than the ad click, so "Android users' trial → call conversion" or "D07's test drive → order" asks
    where those customers went. `conds` (filters at every step) stays empty unless a caller sets it.
    """

    step1_conds: list[str] = field(default_factory=list)
    step1_params: list[Any] = field(default_factory=list)
    step1_joins: list[str] = field(default_factory=list)
    customer_conds: list[str] = field(default_factory=list)
    customer_params: list[Any] = field(default_factory=list)
    customer_joins: list[str] = field(default_factory=list)
    conds: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)


def group_expression(layer: SemanticLayer, dim_id: str) -> tuple[str, list[str]]:
    """(SQL, joins) of a dimension over funnel events: a customer attribute is read on customers even when the
    events repeat the column (the derived funnel_events table keeps no event extras)."""
    d = layer.dimension(dim_id)
    if d.via == "customers" and "customers" in d.sql:
        return d.sql["customers"], [JOINS["customers"].format(a=ALIASES["events"])]
    return layer.dimension_expr(dim_id, "events")


def event_column(layer: SemanticLayer, dim_id: str) -> bool:
    """A dimension read from a column of each event (device, channel, extra event columns), which may be
    empty on some steps; not a customer or touchpoint attribute, not a function of the event's time."""
    d = layer.dimension(dim_id)
    return d.via not in ("customers", "touchpoints") and "any" not in d.sql


def pick_source(gw: Gateway, layer: SemanticLayer | None = None, filters: Filters | None = None,
                group_by: str | None = None) -> Source:
    """The derived funnel_events table when ingestion built it and it holds every column the filters and
    grouping read (device, channel, touchpoint and customer attributes); else raw events (an extra
    event column such as product_type lives only there)."""
    if not has_tables(gw, "funnel_events"):
        return Source()
    if layer is not None:
        from knowledge.analyses.sessions import DERIVED_EVENT_DIMS, TOUCHPOINT_DIM, derived_can_answer
        asked = {**(filters or {}), **({group_by: ["*"]} if group_by else {})}
        if not derived_can_answer(layer, asked, customer_dims=True, event_time=True):
            return Source()
        if any(values and dim not in DERIVED_EVENT_DIMS and dim != TOUCHPOINT_DIM
               and layer.dimension(dim).via == "customers" for dim, values in asked.items()):
            return Source(FUNNEL_EVENTS_WITH_IDS, "ckey")
    return Source("funnel_events", "ckey")


def later_step_filters(gw: Gateway, layer: SemanticLayer, journey: Journey, filters: Filters | None
                       ) -> tuple[Filters, Filters]:
    """(filters of the cases, filters of the second step's events) of two steps alone: an event column the first
    step's events never record ("a claim for pests" on a delivery: the claim reason lives on the claims only) says
    which second-step events count, not which cases — read on the cases it would leave every case with one, a
    100 % "rate". Other journeys keep every filter on their cases."""
    if not filters or not is_pair(journey.journey_id):
        return dict(filters or {}), {}
    first, second = journey.steps[0].touchpoint_id, journey.steps[-1].touchpoint_id
    cases: Filters = {}
    later: Filters = {}

    def records(tp: str, expr: str, values: list[str] | None = None) -> bool:
        held = f" AND CAST({expr} AS VARCHAR) IN ({', '.join('?' for _ in values)})" if values else ""
        return bool(gw.query(f"SELECT 1 FROM events e WHERE e.touchpoint_id = ? AND ({expr}) IS NOT NULL{held} LIMIT 1",
                             [tp, *(values or [])], row_cap=1).rows)
    for dim_id, values in filters.items():
        if values and event_column(layer, dim_id):
            expr, joins = layer.dimension_expr(dim_id, "events")
            plain = [str(v) for v in values if not str(v).startswith(("!=", ">", "<", "*"))]
            # (a column neither step records, "lunch orders" written on the pre-order, stays the cases' own)
            # (and values only the second step's events hold, an admission decision's action = offer where the
            # application's own action is submitted, say which of its events count too)
            if not joins and ((not records(first, expr) and records(second, expr)) or (
                    plain and len(plain) == len(values) and not records(first, expr, plain)
                    and records(second, expr, plain))):
                later[dim_id] = values
                continue
        cases[dim_id] = values
    return cases, later


def split_filters(layer: SemanticLayer, filters: Filters | None, later: Filters | None = None) -> Slice:
    """Compile filters into the step-1 SQL of the slice (see Slice); `later` into the conditions on every later
    step's events (see later_step_filters)."""
    out = Slice()
    if later:
        out.conds, out.params, out.joins = layer.where(later, "events")
    for dim_id, values in (filters or {}).items():
        if layer.dimension(dim_id).via == "customers":
            # a customer attribute (also when the events repeat the column): read on customers, joined to
            # the step-1 event, so the derived funnel_events table (no event extras) can answer it
            conds, params, _ = layer.where({dim_id: values}, "customers")
            joins = [JOINS["customers"].format(a=ALIASES["events"])] if conds else []
        else:
            conds, params, joins = layer.where({dim_id: values}, "events")
        if conds and event_column(layer, dim_id):
            out.customer_conds += conds
            out.customer_params += params
            out.customer_joins += [j for j in joins if j not in out.customer_joins]
            continue
        out.step1_conds += conds
        out.step1_params += params
        out.step1_joins += [j for j in joins if j not in out.step1_joins]
    return out


def chain_ctes(journey: Journey, window_days: int, src: Source, until: Any,
               sl: Slice | None = None, prefix: str = "", *, link: str | None = None) -> tuple[list[str], list[Any]]:
    """CTEs {prefix}s2..sn chaining every step after the previous one; {prefix}s1(k, t1, tk, g) must exist
    (and its lk, the id of `link` — an SQL expression over events e — when steps are tied by one)."""
    sl = sl or Slice()
    ctes: list[str] = []
    params: list[Any] = []
    window = int(window_days)
    extra = "".join(f" AND {c}" for c in sl.conds)
    joins = " ".join(sl.joins)
    for prev, cur in zip(journey.steps, journey.steps[1:]):
        after = ">" if cur.touchpoint_id == prev.touchpoint_id else ">="
        same_id = f" AND ({link}) = p.lk" if link else ""  # one row per id (funnel_ctes), not per customer
        ctes.append(
            f"{prefix}s{cur.step} AS (SELECT p.k, any_value(p.t1) AS t1, any_value(p.g) AS g, min(e.ts) AS tk"
            f"{', p.lk' if link else ''} FROM {prefix}s{prev.step} p JOIN {src.table} e ON e.{src.key} = p.k{same_id} "
            f"{joins} WHERE e.touchpoint_id = ? AND e.ts < ? AND e.ts {after} p.tk "
            f"AND e.ts <= p.t1 + INTERVAL {window} DAY{extra} GROUP BY p.k{', p.lk' if link else ''})")
        params += [cur.touchpoint_id, until, *sl.params]
    return ctes, params


def step_counts_sql(journey: Journey, prefix: str = "", tag: int = 0) -> str:
    """SELECT of (tag, group, step, users, median and mean seconds from step 1, users slower than the pair's
    threshold or NULL) over one journey's step CTEs."""
    parts = [f"SELECT g, {s.step} AS step, epoch(tk) - epoch(t1) AS dt FROM {prefix}s{s.step}"
             for s in journey.steps]
    over = slower_than(journey.journey_id)
    slower = f"count(*) FILTER (WHERE dt > {float(over)!r})" if over is not None else "NULL"
    return (f"SELECT {int(tag)} AS j, g, step, count(*) AS users, median(dt) AS median_s, avg(dt) AS mean_s, "
            f"{slower} AS slower FROM (" + " UNION ALL ".join(parts) + ") GROUP BY g, step")


def funnel_ctes(journey: Journey, period: Period, window_days: int, sl: Slice, group_expr: str | None,
                group_joins: list[str], src: Source, prefix: str = "", *,
                group_per_customer: bool = False, link: str | None = None) -> tuple[list[str], list[Any]]:
    """Every step CTE of one journey's chained funnel and their parameters. The group is the step-1
    event's value, or with `group_per_customer` (an event column) the customer's first non-empty value on
    the journey's steps from the period start to the end of the window (see Slice)."""
    start, end, until = period_bounds(period, window_days + 1)
    steps = sorted({s.touchpoint_id for s in journey.steps})
    on_steps = f"e.touchpoint_id IN ({', '.join('?' for _ in steps)}) AND e.ts >= ? AND e.ts < ?"
    ctes: list[str] = []
    params: list[Any] = []
    joins = list(sl.step1_joins)
    if group_expr and group_per_customer:
        gj = " ".join(group_joins)
        ctes.append(f"{prefix}grp AS (SELECT e.{src.key} AS k, arg_min(({group_expr}), e.ts) AS g "
                    f"FROM {src.table} e {gj} WHERE {on_steps} AND ({group_expr}) IS NOT NULL GROUP BY e.{src.key})")
        params += [*steps, start, until]
        joins.append(f"LEFT JOIN {prefix}grp gr ON gr.k = e.{src.key}")
        g = "gr.g"
    else:
        g = f"({group_expr})" if group_expr else "NULL"
        joins += [j for j in group_joins if j not in joins]
    extra = "".join(f" AND {c}" for c in sl.step1_conds)
    if link and sl.customer_conds:
        # steps tied by an id: an event column ("P1 tickets", "completed the e-learning on Android") is read on the
        # case's own events on the journey's steps, not once per customer — whichever of its steps records it (a
        # first step done in person keeps no device)
        # (when none of those steps records it, any other event of the case does: "lunch orders" is written on the
        # pre-order of the order whose kitchen-to-ready time is asked)
        cj = " ".join(sl.customer_joins)
        who = " AND ".join(sl.customer_conds)
        ctes.append(f"{prefix}case_on AS (SELECT DISTINCT ({link}) AS lk FROM {src.table} e {cj} WHERE {on_steps} AND {who})")
        ctes.append(f"{prefix}case_any AS (SELECT DISTINCT ({link}) AS lk FROM {src.table} e {cj} "
                    f"WHERE e.ts >= ? AND e.ts < ? AND {who})")
        params += [*steps, start, until, *sl.customer_params, start, until, *sl.customer_params]
        extra += (f" AND (({link}) IN (SELECT lk FROM {prefix}case_on) OR (NOT EXISTS (SELECT 1 FROM {prefix}case_on) "
                  f"AND ({link}) IN (SELECT lk FROM {prefix}case_any)))")
    elif sl.customer_conds:
        cj = " ".join(sl.customer_joins)
        who = " AND ".join(sl.customer_conds)
        # the inner alias e shadows the outer one: the filter SQL is written for events aliased e
        extra += (f" AND e.{src.key} IN (SELECT e.{src.key} FROM {src.table} e {cj} WHERE {on_steps} AND {who})")
    if link:
        # two steps tied by an id the events carry: every first-step event of the period (one per id) is timed
        # to the second-step event of the same id (a repair request to its own completion)
        s1 = (f"{prefix}s1 AS (SELECT e.{src.key} AS k, min(e.ts) AS t1, min(e.ts) AS tk, arg_min({g}, e.ts) AS g, "
              f"({link}) AS lk FROM {src.table} e {' '.join(joins)} WHERE e.touchpoint_id = ? AND e.ts >= ? "
              f"AND e.ts < ? AND ({link}) IS NOT NULL{extra} GROUP BY e.{src.key}, ({link}))")
    else:
        s1 = (f"{prefix}s1 AS (SELECT e.{src.key} AS k, min(e.ts) AS t1, min(e.ts) AS tk, arg_min({g}, e.ts) AS g "
              f"FROM {src.table} e {' '.join(joins)} WHERE e.touchpoint_id = ? AND e.ts >= ? AND e.ts < ?{extra} "
              f"GROUP BY e.{src.key})")
    params += [journey.steps[0].touchpoint_id, start, end, *sl.step1_params]
    if sl.customer_conds and not link:
        params += [*steps, start, until, *sl.customer_params]
    chain, chain_params = chain_ctes(journey, window_days, src, until, sl, prefix, link=link)
    return [*ctes, s1, *chain], params + chain_params


def funnel_sql(journeys: list[Journey], period: Period, sl: Slice, src: Source, *, window_days: int | None = None,
               group_expr: str | None = None, group_joins: list[str] | None = None,
               group_per_customer: bool = False, link: str | None = None) -> tuple[str, list[Any]]:
    """One statement computing the funnels of several journeys (rows tagged j = list index)."""
    ctes: list[str] = []
    params: list[Any] = []
    selects: list[str] = []
    for i, journey in enumerate(journeys):
        window = journey.window_days if window_days is None else int(window_days)
        c, p = funnel_ctes(journey, period, window, sl, group_expr, group_joins or [], src, prefix=f"j{i}_",
                           group_per_customer=group_per_customer, link=link)
        ctes += c
        params += p
        selects.append(step_counts_sql(journey, f"j{i}_", i))
    sql = "WITH " + ",\n".join(ctes) + "\n" + "\nUNION ALL ".join(selects) + "\nORDER BY j, g NULLS LAST, step"
    return sql, params


def funnel_counts(gw: Gateway, layer: SemanticLayer, journeys: list[Journey], period: Period,
                  filters: Filters | None = None
                  ) -> tuple[list[dict[int, tuple[int, float | None, float | None]]], str, Source]:
    """Per journey {step: (users, median seconds, mean seconds)} in one query, plus its SQL and the source used."""
    src = pick_source(gw, layer, filters)
    sql, params = funnel_sql(journeys, period, split_filters(layer, filters), src)
    res = gw.query(sql, params, row_cap=100_000)
    out: list[dict[int, tuple[int, float | None, float | None]]] = [{} for _ in journeys]
    for j, _g, step, users, median_s, mean_s, _slower in res.rows:
        out[int(j)][int(step)] = (int(users), median_s, mean_s)
    return out, sql, src


def step_rows(journey: Journey, counts: dict[int, tuple[int, float | None, float | None]]) -> list[list[Any]]:
    """Rows of COLUMNS for one group from {step: (users, median seconds, mean seconds)}."""
    rows: list[list[Any]] = []
    first_users = counts.get(journey.steps[0].step, NO_STEP)[0]
    for i, s in enumerate(journey.steps):
        users, median_s, mean_s = counts.get(s.step, NO_STEP)
        prev_users = counts.get(journey.steps[i - 1].step, NO_STEP)[0] if i else None
        nxt = journey.steps[i + 1] if i + 1 < len(journey.steps) else None
        next_users = counts.get(nxt.step, NO_STEP)[0] if nxt else None
        lost = users - next_users if nxt else None
        rows.append([s.step, s.touchpoint_id, s.touchpoint, users,
                     rate(users, prev_users) if i else (1.0 if users else None),
                     rate(users, first_users), lost,
                     rate(lost, users) if nxt else None,
                     float(median_s) if median_s is not None and users else None,
                     float(mean_s) if mean_s is not None and users else None])
    return rows


def funnel(gw: Gateway, layer: SemanticLayer, journey_id: str, period: Period,
           filters: Filters | None = None, *, group_by: str | None = None,
           window_days: int | None = None) -> AnalysisResult:
    """Users reaching each step of a journey in the period, with conversion and drop-off."""
    journey = get_journey(gw, journey_id)
    window = journey.window_days if window_days is None else int(window_days)
    case_filters, later = later_step_filters(gw, layer, journey, filters)
    sl = split_filters(layer, case_filters, later)
    group_expr, gjoins = group_expression(layer, group_by) if group_by else (None, [])
    link = pair_link(gw, layer, journey) if is_pair(journey.journey_id) else None
    # two touchpoints no one journey holds may lie outside every journey (funnel_events has journey steps only);
    # an id the steps share is an extra column of the raw events
    src = Source() if link or journey.journey_id.startswith(ANY_JOURNEY + ":") else \
        pick_source(gw, layer, filters, group_by)
    sql, params = funnel_sql([journey], period, sl, src, window_days=window, group_expr=group_expr,
                             group_joins=gjoins, group_per_customer=bool(group_by) and event_column(layer, group_by),
                             link=link[1] if link else None)
    res = gw.query(sql, params, row_cap=100_000)
    by_group: dict[Any, dict[int, tuple[int, float | None, float | None]]] = {}
    slower: dict[Any, dict[int, int]] = {}
    for _j, g, step, users, median_s, mean_s, n_slower in res.rows:
        by_group.setdefault(g, {})[int(step)] = (int(users), median_s, mean_s)
        slower.setdefault(g, {})[int(step)] = int(n_slower or 0)
    if not group_by:
        by_group = {None: by_group.get(None, {})}
    first_step = journey.steps[0].step
    order = sorted(by_group, key=lambda g: (-by_group[g].get(first_step, NO_STEP)[0], str(g)))
    rows: list[list[Any]] = []
    over = slower_than(journey.journey_id)
    for g in order:
        for r in step_rows(journey, by_group[g]):
            # (with a threshold: how many reached the step later than it after step 1)
            extra = [slower.get(g, {}).get(r[0], 0)] if over is not None else []
            rows.append(([g] if group_by else []) + r + extra)
    columns = ([group_by] if group_by else []) + COLUMNS + (["users_slower"] if over is not None else [])
    result = AnalysisResult("funnel", columns, rows, sql=[sql], period=period, metrics=list(METRICS),
                            filters=dict(filters or {}))
    result.notes.append("derived_table" if src.table != "events" else "raw_events")
    if any(event_column(layer, d) for d in [*case_filters, *([group_by] if group_by else [])]):
        result.notes.append("slice_per_customer")
    if later:
        result.facts["later_step_filters"] = dict(later)
        result.notes.append("later_step_filtered")
    _describe(result, journey, window, by_group, group_by)
    if link:
        result.facts["paired_by"] = link[0]
        result.notes.append("paired_by_id")
    return result


LINK_SHARE = 0.8
"""A column ties two steps when this share of second-step events carries an id of a first-step event."""


def pair_link(gw: Gateway, layer: SemanticLayer, journey: Journey) -> tuple[str, str] | None:
    """The company's own id that ties each first-step event to its second-step event (a repair_id on the request
    and on its completion, an order_id on the order and its delivery), as (column, SQL over events e); None when
    no extra event column does, or each customer's first time is all there is (one id per customer).
    The session id is one such id: when the second steps mostly fall in the session of a first step (LINK_SHARE),
    the session is the case, however short (an order's session of hours from payment to a claim; measured on
    26 blind batches of s31: per-session ties fixed 2 times between steps and broke none, where the earlier
    rule only trusted sessions lasting longer than a day)."""
    a, b = journey.steps[0].touchpoint_id, journey.steps[-1].touchpoint_id
    cands = [d for d in layer.dimensions.values() if d.source_column and "events" in d.sql and not d.numeric]
    cands.sort(key=lambda d: (not re.search(r"id$|_id|编号|号$|\bno\b", d.source_column or "", re.I), d.id))
    exprs = [(d.source_column or d.id, d.sql["events"]) for d in cands[:8]]
    if "session_id" in gw.table_columns().get("events", []):
        exprs.append(("session_id", "e.session_id"))
    for column, expr in exprs:
        res = gw.query(
            f"WITH a AS (SELECT e.customer_id AS k, ({expr}) AS v FROM events e WHERE e.touchpoint_id = ?), "
            f"b AS (SELECT e.customer_id AS k, ({expr}) AS v FROM events e WHERE e.touchpoint_id = ?) "
            "SELECT (SELECT count(*) FROM a), (SELECT count(v) FROM a), (SELECT count(DISTINCT v) FROM a), "
            "(SELECT count(DISTINCT k) FROM a WHERE v IS NOT NULL), (SELECT count(*) FROM b), "
            "(SELECT count(*) FROM b WHERE (k, v) IN (SELECT (k, v) FROM a))", [a, b], row_cap=1)
        n_a, ids_a, distinct_a, people_a, n_b, tied_b = res.rows[0]
        if not n_a or not n_b or ids_a < LINK_SHARE * n_a or distinct_a < LINK_SHARE * ids_a or \
                tied_b < LINK_SHARE * n_b:
            continue
        return (column, expr) if distinct_a > people_a else None
    return None


def _describe(result: AnalysisResult, journey: Journey, window: int,
              by_group: dict[Any, dict[int, tuple[int, float | None, float | None]]], group_by: str | None) -> None:
    """Facts, sample sizes and caveat notes for the answer text."""
    first, last = journey.steps[0].step, journey.steps[-1].step
    entered = sum(c.get(first, NO_STEP)[0] for c in by_group.values())
    completed = sum(c.get(last, NO_STEP)[0] for c in by_group.values())
    result.sample_size = {"users": entered}
    result.facts = {"journey_id": journey.journey_id, "journey": journey.name, "window_days": window,
                    "steps": len(journey.steps), "users_entered": entered, "users_completed": completed,
                    "overall_conversion": rate(completed, entered)}
    off = 1 if group_by else 0
    worst = [r for r in result.rows if r[off + 6] is not None and r[off + 6] > 0]
    if worst and not group_by:
        top = max(worst, key=lambda r: (r[6], -r[0]))
        result.facts.update({"biggest_drop_step": top[0], "biggest_drop_touchpoint_id": top[1],
                             "biggest_drop_users_lost": top[6], "biggest_drop_rate": top[7]})
    if group_by:
        convs = {g: rate(c.get(last, NO_STEP)[0], c.get(first, NO_STEP)[0]) for g, c in by_group.items()}
        known = {g: v for g, v in convs.items() if v is not None}
        if known:
            result.facts["best_group"] = max(known, key=lambda g: (known[g], str(g)))
            result.facts["worst_group"] = min(known, key=lambda g: (known[g], str(g)))
        result.facts["group_conversion"] = convs
    if entered == 0:
        result.notes.append("no_data")
    elif entered < SMALL_SAMPLE:
        result.notes.append("small_sample")
    result.notes.append("funnel_window_inclusive")
