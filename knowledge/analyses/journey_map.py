"""The customer journey map: stages as columns, touchpoints as cards, the emotion curve and opportunities.

A card says, for one touchpoint in the period and slice: customers reached (distinct customers
with any event there), conversion into and drop-off out of it for every journey step it is
(funnel.py semantics), comment count, average sentiment and rating, and its top pain point
(the feedback `theme` with most negative comments there) with one real quote.

Opportunity sizing turns pain points into numbers: for each journey step, the extra customers
who would complete the journey if the step's drop-off fell to the level of its best customer
segment or its best full week in the period (whichever is lower, each with enough customers),
assuming the later steps keep converting as they do now. Steps are ranked by that number.

Missing data is stated, not guessed: without events there is no reach or drop-off, without
feedback no sentiment or pain points, without journeys no step conversion or opportunities.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from knowledge.analyses.funnel import funnel_ctes, pick_source, split_filters
from knowledge.analyses.journey_common import SMALL_SAMPLE, Journey, get_journey, list_journeys, rate
from knowledge.errors import AnalysisError
from knowledge.feedback.slice import feedback_slice
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer
from knowledge.tables import STAGES

UNSTAGED = "unstaged"
MIN_COMMENTS = 10
"""A card's sentiment ranks (worst touchpoint) only with this many comments; fewer is flagged small."""
MIN_BENCHMARK_USERS = SMALL_SAMPLE
"""A segment or week sets the benchmark drop-off only when this many customers reached the step
(the analyses' small-sample line: fewer and a lucky week would set the bar)."""
COLUMNS = ["touchpoint_id", "touchpoint", "stage", "customers_reached", "journey_id", "step", "conversion_in",
           "drop_off_rate", "users_lost", "comments", "avg_sentiment", "avg_rating", "negative_share",
           "top_theme", "theme_comments", "quote_feedback_id", "quote"]
OPPORTUNITY_COLUMNS = ["rank", "journey_id", "step", "touchpoint_id", "touchpoint", "users_reached", "drop_off_rate",
                       "benchmark_drop_off_rate", "benchmark", "extra_completers", "top_theme"]


@dataclass(frozen=True)
class StepStat:
    """A touchpoint's place in one journey and how customers pass through it."""

    journey_id: str
    journey: str
    step: int
    users: int
    conversion_in: float | None  # from the previous step; None for step 1
    drop_off_rate: float | None  # to the next step; None for the last step
    users_lost: int | None
    next_touchpoint_id: str | None


@dataclass(frozen=True)
class Quote:
    feedback_id: str
    text: str


@dataclass
class Card:
    """One touchpoint on the map."""

    touchpoint_id: str
    name: str
    name_zh: str | None
    name_en: str | None
    stage: str
    reach: int | None = None
    steps: list[StepStat] = field(default_factory=list)
    comments: int = 0
    avg_sentiment: float | None = None
    avg_rating: float | None = None
    negative_share: float | None = None
    theme: str | None = None
    theme_comments: int = 0
    quote: Quote | None = None

    def main_step(self) -> StepStat | None:
        """The step shown in the table: the one losing most customers (a touchpoint may be in several journeys)."""
        if not self.steps:
            return None
        return max(self.steps, key=lambda s: (s.users_lost or 0, s.users, s.journey_id))


@dataclass(frozen=True)
class StagePoint:
    """The emotion curve at one stage: comment-weighted average sentiment."""

    stage: str
    comments: int
    avg_sentiment: float | None


@dataclass(frozen=True)
class Opportunity:
    journey_id: str
    journey: str
    step: int
    touchpoint_id: str
    users_reached: int
    drop_off_rate: float
    benchmark_drop_off_rate: float
    benchmark_by: str  # "segment" or "week"
    benchmark_group: str
    extra_completers: int
    theme: str | None


@dataclass
class JourneyMap:
    """The whole map, typed; `to_result()` is its table form for the answer JSON."""

    period: Period
    journey_id: str | None
    filters: Filters
    journeys: list[Journey]
    stages: list[str]
    cards: list[Card]
    emotion: list[StagePoint]
    opportunities: list[Opportunity]
    absent: list[str]
    notes: list[str] = field(default_factory=list)
    sql: list[str] = field(default_factory=list)
    sample_size: dict[str, int] = field(default_factory=dict)

    def card(self, touchpoint_id: str) -> Card | None:
        return next((c for c in self.cards if c.touchpoint_id == touchpoint_id), None)

    def facts(self) -> dict[str, Any]:
        """Key numbers for the answer text."""
        out: dict[str, Any] = {"journey_id": self.journey_id, "touchpoints": len(self.cards),
                               "stages": list(self.stages), "absent": list(self.absent)}
        steps = [(c, c.main_step()) for c in self.cards]
        losing = [(c, s) for c, s in steps if s and s.users_lost]
        if losing:
            c, s = max(losing, key=lambda cs: (cs[1].users_lost or 0, cs[1].drop_off_rate or 0.0))
            out.update(biggest_drop_touchpoint_id=c.touchpoint_id, biggest_drop_users_lost=s.users_lost,
                       biggest_drop_rate=s.drop_off_rate, biggest_drop_journey_id=s.journey_id)
        felt = [c for c in self.cards if c.avg_sentiment is not None and c.comments >= MIN_COMMENTS]
        if felt:
            worst = min(felt, key=lambda c: (c.avg_sentiment, -c.comments))
            out.update(worst_sentiment_touchpoint_id=worst.touchpoint_id, worst_sentiment=worst.avg_sentiment,
                       worst_sentiment_theme=worst.theme)
        if self.opportunities:
            o = self.opportunities[0]
            out.update(top_opportunity_touchpoint_id=o.touchpoint_id, top_opportunity_journey_id=o.journey_id,
                       top_opportunity_extra=o.extra_completers, top_opportunity_benchmark=o.benchmark_group,
                       top_opportunity_benchmark_by=o.benchmark_by, top_opportunity_theme=o.theme)
        out["emotion_curve"] = [[p.stage, p.avg_sentiment, p.comments] for p in self.emotion]
        return out

    def rows(self) -> list[list[Any]]:
        out = []
        for c in self.cards:
            s = c.main_step()
            out.append([c.touchpoint_id, c.name, c.stage, c.reach, s.journey_id if s else None, s.step if s else None,
                        s.conversion_in if s else None, s.drop_off_rate if s else None,
                        s.users_lost if s else None, c.comments, c.avg_sentiment, c.avg_rating, c.negative_share,
                        c.theme, c.theme_comments or None, c.quote.feedback_id if c.quote else None,
                        c.quote.text if c.quote else None])
        return out

    def opportunity_rows(self, names: dict[str, str]) -> list[list[Any]]:
        return [[i, o.journey_id, o.step, o.touchpoint_id, names.get(o.touchpoint_id, o.touchpoint_id),
                 o.users_reached, o.drop_off_rate, o.benchmark_drop_off_rate, f"{o.benchmark_by}={o.benchmark_group}",
                 o.extra_completers, o.theme] for i, o in enumerate(self.opportunities, start=1)]

    def to_result(self) -> AnalysisResult:
        """The map as an AnalysisResult: first table one row per touchpoint (INTERFACE.md)."""
        res = AnalysisResult("journey_map", list(COLUMNS), self.rows(), sql=list(self.sql), period=self.period,
                             metrics=["users_reached", "drop_off_rate", "users_lost", "avg_sentiment"],
                             sample_size=dict(self.sample_size), facts=self.facts(), notes=list(self.notes),
                             filters=dict(self.filters))
        return res


# -- queries -----------------------------------------------------------------------------------
def _count(gw: Gateway, table: str) -> int:
    return int(gw.query(f"SELECT count(*) FROM {table}").rows[0][0])


def _touchpoints(gw: Gateway) -> dict[str, dict[str, Any]]:
    rows = gw.query("SELECT touchpoint_id, name, name_zh, name_en, stage, position FROM touchpoints "
                    "ORDER BY position NULLS LAST, touchpoint_id", row_cap=0).records()
    return {r["touchpoint_id"]: r for r in rows}


def _reach(gw: Gateway, layer: SemanticLayer, period: Period, filters: Filters | None,
           sql_out: list[str]) -> dict[str | None, int]:
    conds, params, joins = layer.where(filters, "events")
    where = " AND ".join(["e.ts >= ? AND e.ts < ?", *conds])
    sql = (f"SELECT e.touchpoint_id, count(DISTINCT e.customer_id) AS customers FROM events e {' '.join(joins)} "
           f"WHERE {where} GROUP BY GROUPING SETS ((e.touchpoint_id), ())")
    sql_out.append(sql)
    # the () grouping set (touchpoint_id NULL) is the number of distinct customers at any touchpoint
    return {r[0]: int(r[1]) for r in gw.query(sql, [period.start_ts, period.end_ts, *params], row_cap=0).rows}


@dataclass
class FeedbackSlice:
    """Filters that slice feedback directly, plus a condition for those that only slice events
    (a comment has no device): comments by customers with a matching event in the period."""

    filters: Filters
    via_events: list[str]
    cond: list[str]
    params: list[Any]

    def sql(self, layer: SemanticLayer, columns: str, period: Period, **kw: Any) -> tuple[str, list[Any]]:
        sql, params = feedback_slice(layer, columns, period=period, filters=self.filters,
                                     extra=[*self.cond, *kw.pop("extra", [])], **kw)
        # the extra conditions come first in the WHERE clause, so their parameters come first
        return sql, [*self.params, *params]


def _feedback_filters(layer: SemanticLayer, period: Period, filters: Filters | None) -> FeedbackSlice:
    """Split filters into those feedback carries and those answered through the customers' events."""
    usable: Filters = {}
    other: Filters = {}
    for dim, values in (filters or {}).items():
        if layer.supports(dim, "feedback"):
            usable[dim] = values
        elif layer.supports(dim, "events"):
            other[dim] = values
        else:
            raise AnalysisError(f"'{dim}' cannot slice the journey map", code="dimension_not_applicable",
                                hint="filter by a customer or event dimension such as segment or device")
    if not other:
        return FeedbackSlice(usable, [], [], [])
    conds, params, joins = layer.where(other, "events")
    cond = (f"f.customer_id IN (SELECT e.customer_id FROM events e {' '.join(joins)} "
            f"WHERE e.ts >= ? AND e.ts < ? AND {' AND '.join(conds)})")
    return FeedbackSlice(usable, sorted(other), [cond], [period.start_ts, period.end_ts, *params])


def _feedback(gw: Gateway, layer: SemanticLayer, period: Period, fs: FeedbackSlice,
              sql_out: list[str]) -> dict[str, dict[str, Any]]:
    cols = ("f.touchpoint_id, count(*) AS comments, avg(f.sentiment_score) AS avg_sentiment, "
            "avg(f.rating) AS avg_rating, avg(CASE WHEN f.sentiment = 'negative' THEN 1.0 ELSE 0.0 END) AS negative_share")
    sql, params = fs.sql(layer, cols, period, extra=["f.touchpoint_id IS NOT NULL"], tail="GROUP BY f.touchpoint_id")
    sql_out.append(sql)
    return {r["touchpoint_id"]: r for r in gw.query(sql, params, row_cap=0).records()}


def _pain_points(gw: Gateway, layer: SemanticLayer, period: Period, fs: FeedbackSlice,
                 sql_out: list[str]) -> dict[str, dict[str, Any]]:
    """Per touchpoint: the theme with most negative comments, and its most negative comment as the quote."""
    inner, params = fs.sql(layer, "f.touchpoint_id, f.theme, f.feedback_id, f.text, f.sentiment_score",
                           period, sentiment="negative", extra=["f.touchpoint_id IS NOT NULL", "f.theme IS NOT NULL", "f.theme <> ''"])
    sql = (f"WITH neg AS ({inner}),\n"
           "th AS (SELECT touchpoint_id, theme, count(*) AS n, row_number() OVER "
           "(PARTITION BY touchpoint_id ORDER BY count(*) DESC, theme) AS r FROM neg GROUP BY touchpoint_id, theme),\n"
           "q AS (SELECT neg.touchpoint_id, neg.feedback_id, neg.text, row_number() OVER (PARTITION BY neg.touchpoint_id "
           "ORDER BY neg.sentiment_score NULLS LAST, neg.feedback_id) AS r "
           "FROM neg JOIN th ON th.touchpoint_id = neg.touchpoint_id AND th.theme = neg.theme AND th.r = 1)\n"
           "SELECT th.touchpoint_id, th.theme, th.n AS theme_comments, q.feedback_id, q.text "
           "FROM th JOIN q ON q.touchpoint_id = th.touchpoint_id AND q.r = 1 WHERE th.r = 1")
    sql_out.append(sql)
    return {r["touchpoint_id"]: r for r in gw.query(sql, params, row_cap=0).records()}


def _grouped_funnels(gw: Gateway, layer: SemanticLayer, journeys: list[Journey], period: Period,
                     filters: Filters, sql_out: list[str]) -> list[dict[tuple[Any, Any], dict[int, int]]]:
    """Per journey {(segment, week of step 1): {step: users}}; segment is NULL when it cannot or need not split.

    The funnel CTEs of funnel.py carry each customer's group (segment) and step-1 time `t1`, so
    the week is read from t1 at the end instead of being carried through every step's join.
    """
    seg_expr, joins = None, []
    if "segment" not in filters and "segment" in layer.dimensions and layer.supports("segment", "events"):
        seg_expr, joins = layer.dimension_expr("segment", "events")
    sl, src = split_filters(layer, filters), pick_source(gw, layer, filters, "segment" if seg_expr else None)
    ctes: list[str] = []
    params: list[Any] = []
    selects: list[str] = []
    for i, journey in enumerate(journeys):
        c, p = funnel_ctes(journey, period, journey.window_days, sl, seg_expr, joins, src, prefix=f"j{i}_")
        ctes += c
        params += p
        parts = " UNION ALL ".join(f"SELECT g, t1, {s.step} AS step FROM j{i}_s{s.step}" for s in journey.steps)
        selects.append(f"SELECT {i} AS j, CAST(g AS VARCHAR) AS segment, "
                       f"CAST(CAST(date_trunc('week', t1) AS DATE) AS VARCHAR) AS week, step, count(*) AS users "
                       f"FROM ({parts}) GROUP BY ALL")
    sql = "WITH " + ",\n".join(ctes) + "\n" + "\nUNION ALL ".join(selects) + "\nORDER BY 1, 2, 3, 4"
    sql_out.append(sql)
    out: list[dict[tuple[Any, Any], dict[int, int]]] = [{} for _ in journeys]
    for j, seg, week, step, users in gw.query(sql, params, row_cap=0).rows:
        out[int(j)].setdefault((seg, week), {})[int(step)] = int(users)
    return out


def _split_groups(groups: dict[tuple[Any, Any], dict[int, int]]) -> tuple[dict[int, int], dict[Any, dict[int, int]],
                                                                          dict[Any, dict[int, int]]]:
    """(overall, by segment, by week) step counts from the (segment, week) groups."""
    overall: dict[int, int] = {}
    by_seg: dict[Any, dict[int, int]] = {}
    by_week: dict[Any, dict[int, int]] = {}
    for (seg, week), steps in groups.items():
        for step, n in steps.items():
            overall[step] = overall.get(step, 0) + n
            if seg is not None:
                by_seg.setdefault(seg, {})[step] = by_seg.get(seg, {}).get(step, 0) + n
            by_week.setdefault(week, {})[step] = by_week.get(week, {}).get(step, 0) + n
    return overall, by_seg, by_week


def _benchmarks(groups: dict[Any, dict[int, int]], step: int, nxt: int) -> tuple[float, str] | None:
    """The lowest drop-off from `step` to `nxt` among groups with enough customers at `step`."""
    best: tuple[float, str] | None = None
    for g, by_step in groups.items():
        users = by_step.get(step, 0)
        if users < MIN_BENCHMARK_USERS:
            continue
        d = 1 - by_step.get(nxt, 0) / users
        if best is None or d < best[0] or (d == best[0] and str(g) < best[1]):
            best = (d, str(g))
    return best


def _full_weeks(period: Period, groups: dict[Any, dict[int, int]]) -> dict[Any, dict[int, int]]:
    """Only weeks (Monday starts) lying wholly inside the period: a partial week is not comparable."""
    out = {}
    for g, v in groups.items():
        day = date.fromisoformat(str(g)[:10])
        if day >= period.start and day + timedelta(days=6) <= period.end:
            out[day.isoformat()] = v
    return out


# -- the map -----------------------------------------------------------------------------------
def journey_map(gw: Gateway, layer: SemanticLayer, period: Period, *, journey_id: str | None = None,
                filters: Filters | None = None) -> JourneyMap:
    """The journey map of one journey (or all) for a period and an optional slice."""
    filters = {k: list(v) for k, v in (filters or {}).items() if v}
    sql: list[str] = []
    notes: list[str] = []
    has_events = _count(gw, "events") > 0
    has_feedback = _count(gw, "feedback") > 0
    all_journeys = list_journeys(gw)
    journeys = [get_journey(gw, journey_id)] if journey_id else list(all_journeys.values())
    absent = [name for name, present in (("events", has_events), ("feedback", has_feedback),
                                         ("journeys", bool(all_journeys))) if not present]
    tps = _touchpoints(gw)
    if not tps:
        absent.append("touchpoints")

    reach = _reach(gw, layer, period, filters, sql) if has_events else {}
    fb_slice = _feedback_filters(layer, period, filters)
    if has_feedback and fb_slice.via_events:
        notes.append("feedback_by_customers_events")
    fb = _feedback(gw, layer, period, fb_slice, sql) if has_feedback else {}
    pains = _pain_points(gw, layer, period, fb_slice, sql) if has_feedback else {}

    # which touchpoints are on the map: the journey's steps, else every known or observed one
    if journey_id:
        ids = list(dict.fromkeys(s.touchpoint_id for s in journeys[0].steps))
    else:
        ids = list(tps) + sorted((set(reach) | set(fb)) - set(tps) - {None})
    stage_of = {t: (tps.get(t) or {}).get("stage") or UNSTAGED for t in ids}
    order = {s: i for i, s in enumerate((*STAGES, UNSTAGED))}
    position = {t: i for i, t in enumerate(ids)}
    ids.sort(key=lambda t: (order.get(stage_of[t], len(order)), position[t]))

    cards: dict[str, Card] = {}
    for t in ids:
        meta = tps.get(t) or {}
        f, p = fb.get(t) or {}, pains.get(t) or {}
        cards[t] = Card(t, meta.get("name") or t, meta.get("name_zh"), meta.get("name_en"), stage_of[t],
                        reach=reach.get(t, 0) if has_events else None, comments=int(f.get("comments") or 0),
                        avg_sentiment=_round(f.get("avg_sentiment")), avg_rating=_round(f.get("avg_rating")),
                        negative_share=_round(f.get("negative_share")), theme=p.get("theme"),
                        theme_comments=int(p.get("theme_comments") or 0),
                        quote=Quote(str(p["feedback_id"]), str(p["text"])) if p.get("feedback_id") else None)

    opportunities: list[Opportunity] = []
    if has_events and journeys:
        # one funnel query grouped by (segment, week of step 1): every customer is in exactly one
        # group, so summing the groups gives the overall funnel and each grouping's benchmarks
        groups = _grouped_funnels(gw, layer, journeys, period, filters, sql)
        for i, journey in enumerate(journeys):
            users, by_segment, by_week = _split_groups(groups[i])
            _attach_steps(cards, journey, users)
            opportunities += _opportunities(journey, users, by_segment, _full_weeks(period, by_week), cards)
        opportunities.sort(key=lambda o: (-o.extra_completers, -o.drop_off_rate, o.journey_id, o.step))
        if opportunities:
            notes.append("map_opportunity")
    elif not journeys and has_events:
        notes.append("no_journeys")

    card_list = [cards[t] for t in ids]
    stages = [s for s in (*STAGES, UNSTAGED) if any(c.stage == s for c in card_list)]
    emotion = [_stage_point(s, [c for c in card_list if c.stage == s]) for s in stages] if has_feedback else []
    if not any(c.reach for c in card_list) and not any(c.comments for c in card_list):
        notes.append("no_data")
    sample: dict[str, int] = {}
    if has_events:
        sample["customers"] = reach.get(None, 0)
    if has_feedback:
        sample["comments"] = sum(c.comments for c in card_list)
    return JourneyMap(period, journey_id, filters, journeys, stages, card_list, emotion, opportunities,
                      absent, notes, sql, sample)


def _attach_steps(cards: dict[str, Card], journey: Journey, users: dict[int, int]) -> None:
    steps = journey.steps
    for i, s in enumerate(steps):
        if s.touchpoint_id not in cards:
            continue
        n = users.get(s.step, 0)
        nxt = steps[i + 1] if i + 1 < len(steps) else None
        n_next = users.get(nxt.step, 0) if nxt else None
        prev = users.get(steps[i - 1].step, 0) if i else None
        lost = n - n_next if n_next is not None else None
        cards[s.touchpoint_id].steps.append(StepStat(
            journey.journey_id, journey.name, s.step, n, rate(n, prev) if i else None,
            rate(lost, n) if nxt else None, lost, nxt.touchpoint_id if nxt else None))


def _opportunities(journey: Journey, users: dict[int, int], segments: dict[Any, dict[int, int]],
                   weeks: dict[Any, dict[int, int]], cards: dict[str, Card]) -> list[Opportunity]:
    out: list[Opportunity] = []
    last = users.get(journey.steps[-1].step, 0)
    for s, nxt in zip(journey.steps, journey.steps[1:]):
        n, n_next = users.get(s.step, 0), users.get(nxt.step, 0)
        if not n:
            continue
        d = 1 - n_next / n
        candidates = [(b[0], by, b[1]) for by, groups in (("segment", segments), ("week", weeks))
                      if (b := _benchmarks(groups, s.step, nxt.step)) is not None]
        if not candidates:
            continue
        best_d, by, group = min(candidates, key=lambda c: (c[0], c[1]))
        if best_d >= d:
            continue
        # the extra customers reaching the next step convert onwards as today's do
        downstream = last / n_next if n_next else 0.0
        extra = int(round(n * (d - best_d) * downstream))
        card = cards.get(s.touchpoint_id)
        out.append(Opportunity(journey.journey_id, journey.name, s.step, s.touchpoint_id, n, round(d, 4),
                               round(best_d, 4), by, group, extra, card.theme if card else None))
    return out


def _stage_point(stage: str, cards: list[Card]) -> StagePoint:
    n = sum(c.comments for c in cards)
    total = sum((c.avg_sentiment or 0.0) * c.comments for c in cards if c.avg_sentiment is not None)
    return StagePoint(stage, n, round(total / n, 4) if n else None)


def _round(v: Any) -> float | None:
    return None if v is None else round(float(v), 4)
