"""Build the morning brief: the journey metrics that moved beyond normal variation, and why.

Method (stated in the brief's text, thresholds in `Method`):
1. Every watched series (knowledge/brief/watch.py) is measured in the period and in the
   baseline (the same number of days right before it) and tested with the significance test
   of its kind (knowledge/analyses/compare.py: two-proportion z for rates, Welch t for means,
   compound-Poisson z for counts and sums).
2. The p-values are Holm-adjusted over all series checked, so checking thirty series does not
   turn chance into news: a series moved when its adjusted p < `family_alpha`, both periods
   have at least `min_sample` units and the change is also large enough to matter
   (`min_rate_change` for rates, `min_relative_change` for counts and sums, `min_mean_change`
   in standard deviations for means).
3. Moves are ranked where they happen first: journey steps, then whole journeys, then the
   order and feedback totals they flow into, each by |test statistic|; a journey's overall
   conversion that moved the same way as one of its steps follows that step.
4. For each move: the driver decomposition (knowledge/analyses/drivers.py), and the feedback
   themes and quotes at that touchpoint in the period (negative ones for a move for the worse).
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any, Callable, Sequence

from knowledge.analyses.compare import BASELINE, CURRENT, significance
from knowledge.analyses.funnel import NO_STEP, funnel_counts
from knowledge.analyses.journey_common import Journey
from knowledge.analyses.metric_values import compiled_rows, funnel_value
from knowledge.analyses.stats import relative_diff
from knowledge.brief.result import Brief, BriefItem, Change, Driver, Method, Quote, Theme, Watch
from knowledge.brief.watch import journey_watches, pick_journeys, total_watches
from knowledge.errors import AnalysisError, JourneyError, NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import Filters, Period
from knowledge.semantic.compile import metric_stat, period_label_group
from knowledge.semantic.layer import SemanticLayer

DEFAULT_METHOD = Method(family_alpha=0.05, min_rate_change=0.02, min_relative_change=0.10, min_mean_change=0.10,
                        min_sample=30, max_items=5)
MAX_DAYS = 366
DATA_TABLES = ("events", "orders", "feedback")
QUOTES_PER_ITEM = 2
THEMES_PER_ITEM = 3
SECOND_DRIVER_SHARE = 0.25  # a second segment is named only when it carries this much of the move


def data_as_of(gw: Gateway) -> date:
    """The day of the latest event or feedback row (the product's default as-of date)."""
    ends = [gw.scalar(f"SELECT CAST(max(ts) AS DATE) FROM {t}") for t in ("events", "feedback")]
    days = [d for d in ends if d is not None]
    if not days:
        raise NotFoundError("the workspace has no events and no feedback", code="no_data",
                            hint="load data first: journey demo, or journey ingest DIR")
    return max(days)


def brief_periods(as_of: date, days: int) -> tuple[Period, Period]:
    """The `days` days ending on as_of, and the same number of days before them."""
    if not 1 <= days <= MAX_DAYS:
        raise JourneyError(f"--days {days} is out of range", hint=f"use 1..{MAX_DAYS}, e.g. --days 7",
                           code="bad_usage")
    period = Period(as_of - timedelta(days=days - 1), as_of)
    return period, period.previous()


def _rows_in(gw: Gateway, table: str, period: Period, baseline: Period) -> int:
    return int(gw.scalar(f"SELECT count(*) FROM {table} WHERE ts >= ? AND ts < ?",
                         [baseline.start_ts, period.end_ts]) or 0)


def _change(stat: str, now: dict[str, Any], base: dict[str, Any], higher_is_better: bool,
            period: Period, baseline: Period) -> Change:
    test = significance(stat, now, base, exposure_a=period.days, exposure_b=baseline.days)
    vn, vb = now.get("value"), base.get("value")
    diff = vn - vb if vn is not None and vb is not None else None
    direction = None if not diff else ("up" if diff > 0 else "down")
    return Change(vn, vb, diff, relative_diff(vn, vb), int(now.get("n") or 0), int(base.get("n") or 0),
                  test.test if test else None, test.statistic if test else None, test.p_value if test else None,
                  direction=direction, good=None if direction is None else (direction == "up") == higher_is_better)


def _steps(journey: Journey, counts: dict[int, tuple[int, float | None, float | None]]) -> list[dict[str, Any]]:
    return [{"users": counts.get(s.step, NO_STEP)[0], "median_time_to_convert_s": counts.get(s.step, NO_STEP)[1],
             "mean_time_to_convert_s": counts.get(s.step, NO_STEP)[2]} for s in journey.steps]


def funnel_changes(gw: Gateway, layer: SemanticLayer, journeys: Sequence[Journey], period: Period,
                   baseline: Period, filters: Filters | None, sql: list[str]) -> list[tuple[Watch, Change]]:
    """Step and journey conversions of every journey: two funnel queries in all."""
    if not journeys:
        return []
    now, q1, _ = funnel_counts(gw, layer, list(journeys), period, filters)
    base, q2, _ = funnel_counts(gw, layer, list(journeys), baseline, filters)
    sql += [q1, q2]
    by_id = {j.journey_id: i for i, j in enumerate(journeys)}
    out = []
    for w in journey_watches(layer, journeys):
        i = by_id[w.journey_id]
        j = journeys[i]
        k = None if w.step is None else [s.step for s in j.steps].index(w.step)
        m = layer.metric(w.metric_id)
        vn = funnel_value(m.id, _steps(j, now[i]), k)
        vb = funnel_value(m.id, _steps(j, base[i]), k)
        out.append((w, _change(metric_stat(m), vn, vb, m.higher_is_better, period, baseline)))
    return out


def total_changes(gw: Gateway, layer: SemanticLayer, watches: Sequence[Watch], period: Period, baseline: Period,
                  filters: Filters | None, sql: list[str], notes: list[str]) -> list[tuple[Watch, Change]]:
    """Each `brief: total` metric in both periods, one query per metric (a CASE label per row)."""
    out = []
    for w in watches:
        m = layer.metric(w.metric_id)
        flt = {d: v for d, v in (filters or {}).items() if layer.supports(d, m.table or "")}
        if len(flt) < len(filters or {}):
            # a filter this table cannot apply (e.g. device on feedback): the total would not be the slice
            notes.append(f"filter_not_applicable:{m.id}")
            continue
        group, where, params = period_label_group(m.table or "", [(CURRENT, period), (BASELINE, baseline)])
        mr = compiled_rows(gw, layer, m, None, filters=flt, extra_groups=[group], extra_where=(where, params))
        sql += mr.sql
        got = {r["period_label"]: r for r in mr.rows}
        empty = {"value": None, "numerator": None, "denominator": 0, "n": 0, "sd": None, "sumsq": 0.0}
        if mr.stat in ("count", "sum"):
            empty.update(value=0, numerator=0)
        now, base = got.get(CURRENT) or empty, got.get(BASELINE) or empty
        ch = _change(mr.stat, now, base, m.higher_is_better, period, baseline)
        if mr.stat == "mean" and ch.difference is not None:
            sds = [float(r["sd"]) for r in (now, base) if r.get("sd") is not None]
            pooled = math.sqrt(sum(s * s for s in sds) / len(sds)) if sds else 0.0
            # a mean's size of change in standard deviations (Cohen's d): ratings and NPS have no common unit
            ch.relative = ch.difference / pooled if pooled else None
        out.append((w, ch))
    return out


def holm(p_values: Sequence[float | None]) -> list[float | None]:
    """Holm-Bonferroni adjusted p-values (None stays None and does not count as a test)."""
    idx = sorted((i for i, p in enumerate(p_values) if p is not None), key=lambda i: p_values[i])  # type: ignore[arg-type, return-value]
    m = len(idx)
    out: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, i in enumerate(idx):
        running = max(running, min(1.0, (m - rank) * float(p_values[i])))  # type: ignore[arg-type]
        out[i] = running
    return out


def large_enough(stat: str, ch: Change, method: Method) -> bool:
    """Is the change big enough to matter (not only unlikely by chance)?"""
    if ch.difference is None:
        return False
    if stat == "proportion":
        return abs(ch.difference) >= method.min_rate_change
    if stat == "mean":
        return ch.relative is not None and abs(ch.relative) >= method.min_mean_change
    return ch.relative is not None and abs(ch.relative) >= method.min_relative_change


def rank(moved: list[tuple[Watch, Change]]) -> list[tuple[Watch, Change]]:
    """Steps, then journeys, then totals, by |statistic|; a journey right after its step that moved the same way.

    A step is where a move happens; its journey's conversion and the orders it feeds move
    because of it, so they come after it even when their test statistic is larger.
    """
    moved = sorted(moved, key=lambda wc: (-abs(wc[1].statistic or 0.0), wc[0].metric_id, str(wc[0].journey_id),
                                          wc[0].step or 0))
    out = [wc for wc in moved if wc[0].grain == "step"]
    for wc in (x for x in moved if x[0].grain == "journey"):
        lead = next((i for i, (w, c) in enumerate(out) if w.grain == "step" and w.journey_id == wc[0].journey_id
                     and c.direction == wc[1].direction), None)
        if lead is None:
            out.append(wc)
        else:
            out.insert(lead + 1, wc)
    return out + [wc for wc in moved if wc[0].grain == "total"]


def explain(gw: Gateway, layer: SemanticLayer, item: BriefItem, period: Period, baseline: Period,
            filters: Filters | None, sql: list[str]) -> None:
    """Fill the item's drivers from the driver decomposition (no drivers when it cannot split)."""
    from knowledge.analyses.drivers import driver_decomposition
    w = item.watch
    try:
        res = driver_decomposition(gw, layer, w.metric_id, period, baseline, filters=filters,
                                   journey_id=w.journey_id, touchpoint_id=w.touchpoint_id)
    except AnalysisError as exc:
        item.notes.append(f"drivers_unavailable:{exc.code}")
        return
    sql += res.sql
    dim = res.facts.get("dimension")
    item.driver_dimension = dim
    sign = 1.0 if (item.change.difference or 0) > 0 else -1.0
    for rec in res.records():
        effect, share = rec.get("total_effect"), rec.get("share_of_change")
        if effect is None or effect * sign <= 0:
            continue
        if item.drivers and (share is None or share < SECOND_DRIVER_SHARE):
            break
        item.drivers.append(Driver(dim, rec[res.columns[0]], effect, share, rec.get("rate_base"), rec.get("rate_now")))
        if len(item.drivers) == 2:
            break


def voice(gw: Gateway, layer: SemanticLayer, item: BriefItem, journeys: dict[str, Journey], period: Period,
          filters: Filters | None, lang: str, index: Any, seen: set[str], sql: list[str]) -> None:
    """Feedback themes and quotes where the move happened, in the period."""
    from knowledge.feedback.themes import feedback_themes
    w = item.watch
    if w.touchpoint_id:
        tps: list[str] | None = [w.touchpoint_id]
    elif w.journey_id:
        tps = [s.touchpoint_id for s in journeys[w.journey_id].steps]
    elif layer.metric(w.metric_id).table == "feedback":
        tps = None
    else:
        return  # order totals have no touchpoint to listen at
    flt = {d: v for d, v in (filters or {}).items() if layer.supports(d, "feedback")}
    sentiment = None if item.change.good is None else ("positive" if item.change.good else "negative")
    res = feedback_themes(gw, layer, period=period, filters=flt, touchpoint_ids=tps, sentiment=sentiment, lang=lang,
                          top_n=THEMES_PER_ITEM, index=index)
    sql += res.sql
    item.feedback_comments = int(res.sample_size.get("comments", 0))
    if not res.rows:
        item.notes.append("no_feedback")
        return
    for rec in res.records():
        item.themes.append(Theme(str(rec["theme"]), int(rec["comments"]), rec["share"], rec["avg_sentiment"],
                                 rec["change"]))
    for theme_id in [r["theme_id"] for r in res.records()]:
        for q in res.facts["quotes"].get(theme_id, []):
            if q["feedback_id"] in seen or len(item.quotes) >= QUOTES_PER_ITEM:
                continue
            seen.add(q["feedback_id"])
            item.quotes.append(Quote(str(q["feedback_id"]), str(q["text"] or ""), q.get("touchpoint_id"),
                                     q.get("sentiment")))
            break  # one quote per theme first: two themes say more than two quotes of one
    if len(item.quotes) < QUOTES_PER_ITEM:
        for q in res.facts["quotes"].get("theme_1", []):
            if q["feedback_id"] not in seen and len(item.quotes) < QUOTES_PER_ITEM:
                seen.add(q["feedback_id"])
                item.quotes.append(Quote(str(q["feedback_id"]), str(q["text"] or ""), q.get("touchpoint_id"),
                                         q.get("sentiment")))


def build_brief(gw: Gateway, layer: SemanticLayer, *, as_of: date | None = None, days: int = 1,
                filters: Filters | None = None, journey_ids: Sequence[str] | None = None, lang: str = "en",
                method: Method = DEFAULT_METHOD, feedback_index: Callable[[], Any] | None = None) -> Brief:
    """The brief for the `days` days ending on as_of (default: the latest data) against the days before."""
    as_of = as_of or data_as_of(gw)
    period, baseline = brief_periods(as_of, days)
    for dim in filters or {}:
        layer.dimension(dim)  # an unknown dimension fails here, with a suggestion
    sources = {t: _rows_in(gw, t, period, baseline) for t in DATA_TABLES}
    sql: list[str] = []
    notes: list[str] = []
    journeys = pick_journeys(gw, journey_ids) if sources["events"] else []
    if not sources["events"]:
        notes.append("no_events")
    elif not journeys:
        notes.append("no_journeys")
    if not sources["feedback"]:
        notes.append("no_feedback")
    checks = funnel_changes(gw, layer, journeys, period, baseline, filters, sql)
    totals = total_watches(layer, [t for t in DATA_TABLES if sources[t]])
    checks += total_changes(gw, layer, totals, period, baseline, filters, sql, notes)
    adjusted = holm([c.p_value for _, c in checks])
    moved, unmoved = [], []
    for (w, c), p in zip(checks, adjusted):
        c.p_adjusted = p
        stat = metric_stat(layer.metric(w.metric_id))
        c.significant = (p is not None and p < method.family_alpha and min(c.n_now, c.n_base) >= method.min_sample
                         and large_enough(stat, c, method))
        (moved if c.significant else unmoved).append((w, c))
    ranked = rank(moved)
    items = [BriefItem(w, c) for w, c in ranked[:method.max_items]]
    if len(ranked) > method.max_items:
        notes.append(f"more_moves:{len(ranked) - method.max_items}")
    by_id = {j.journey_id: j for j in journeys}
    seen: set[str] = set()
    index = None
    for item in items:
        explain(gw, layer, item, period, baseline, filters, sql)
        if sources["feedback"]:
            if index is None and feedback_index is not None:
                index = feedback_index()
            voice(gw, layer, item, by_id, period, filters, lang, index, seen, sql)
    return Brief(as_of, period, baseline, method, items, unmoved, len(checks), dict(filters or {}), sources, notes, sql)

