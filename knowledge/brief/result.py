"""Typed result of the morning brief; it becomes JSON only at the CLI/HTTP edge (to_dict)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from knowledge.results import Filters, Period


@dataclass(frozen=True)
class Watch:
    """One series the brief checks: a metric, at a journey step, a whole journey or in total."""

    metric_id: str
    grain: str  # "step" | "journey" | "total"
    journey_id: str | None = None
    touchpoint_id: str | None = None
    step: int | None = None
    touchpoint: str | None = None  # the touchpoint's stored name (display only)


@dataclass
class Change:
    """The metric in the period against the baseline, with its two-sample test."""

    value_now: float | None
    value_base: float | None
    difference: float | None
    relative: float | None
    n_now: int
    n_base: int
    test: str | None
    statistic: float | None
    p_value: float | None
    p_adjusted: float | None = None  # Holm-adjusted over every checked series
    significant: bool = False
    direction: str | None = None  # "up" | "down"
    good: bool | None = None  # a rise of a higher-is-better metric, or a fall of a lower-is-better one


@dataclass
class Driver:
    """One segment's share of the move (knowledge/analyses/drivers.py)."""

    dimension: str
    value: Any
    effect: float
    share: float | None
    rate_base: float | None
    rate_now: float | None


@dataclass
class Quote:
    feedback_id: str
    text: str
    touchpoint_id: str | None
    sentiment: str | None


@dataclass
class Theme:
    label: str
    comments: int
    share: float | None
    avg_sentiment: float | None
    change: float | None  # relative change in comments against the baseline


@dataclass
class BriefItem:
    """One metric that moved: how much, which segment drove it, what customers said there."""

    watch: Watch
    change: Change
    drivers: list[Driver] = field(default_factory=list)
    driver_dimension: str | None = None
    themes: list[Theme] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    feedback_comments: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Method:
    """How "moved beyond normal variation" is decided; stated in the brief's text."""

    family_alpha: float
    min_rate_change: float  # absolute change of a proportion (0.02 = 2 percentage points)
    min_relative_change: float  # of counts and sums
    min_mean_change: float  # relative change of means (ratings, order value)
    min_sample: int
    max_items: int


@dataclass
class Brief:
    """The brief for `period` against `baseline` (same length, right before it)."""

    as_of: date
    period: Period
    baseline: Period
    method: Method
    items: list[BriefItem]
    unmoved: list[tuple[Watch, Change]]
    checked: int
    filters: Filters = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)  # rows per table in the period
    notes: list[str] = field(default_factory=list)
    sql: list[str] = field(default_factory=list)

    @property
    def quiet(self) -> bool:
        return not self.items

    def to_dict(self) -> dict[str, Any]:
        """Plain data (dates as ISO strings) for the JSON edge."""
        def clean(v: Any) -> Any:
            if isinstance(v, date):
                return v.isoformat()
            if isinstance(v, dict):
                return {k: clean(x) for k, x in v.items()}
            if isinstance(v, (list, tuple)):
                return [clean(x) for x in v]
            return v
        return clean({"as_of": self.as_of, "period": self.period.to_dict(), "baseline": self.baseline.to_dict(),
                      "method": asdict(self.method), "items": [asdict(i) for i in self.items],
                      "unmoved": [{"watch": asdict(w), "change": asdict(c)} for w, c in self.unmoved],
                      "checked": self.checked, "filters": self.filters, "sources": self.sources,
                      "notes": self.notes})
