"""Theme trends: which themes grow or shrink versus the previous period, and how sure we are.

The comments of both periods are clustered together (discover_themes), so a theme is the same
theme in both; each theme's share of its period's comments is compared with a two-proportion
z-test (pooled), which does not mistake overall volume changes for a theme growing. Other
features (journey map, morning brief) call `theme_trends` and read its typed result.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal, Sequence

from knowledge.feedback.slice import feedback_slice
from knowledge.feedback.themes import _open_index, catalogue_for, discover_themes
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

Direction = Literal["growing", "shrinking", "new", "gone", "stable"]
ALPHA = 0.05
# a theme needs this many comments over both periods before its change is tested at all
MIN_COMMENTS = 5
COLUMNS = ["theme_id", "theme", "theme_zh", "theme_en", "current", "previous", "current_share",
           "previous_share", "change", "p_value", "direction"]
_SLICE = "f.feedback_id, f.text, f.customer_id, f.touchpoint_id, f.language, f.ts, f.sentiment_score"


@dataclass(frozen=True)
class ThemeTrend:
    """One theme's comments now and before, the change of its share and its significance."""

    theme_id: str
    name_zh: str
    name_en: str
    current: int
    previous: int
    current_share: float
    previous_share: float
    change: float | None          # relative change of the count, None when there was none before
    p_value: float | None         # two-proportion z-test of the shares, None when too few comments
    direction: Direction

    def name(self, lang: str) -> str:
        """The theme's name in lang."""
        return self.name_zh if lang == "zh" else self.name_en


@dataclass
class ThemeTrends:
    """Trends of every theme of a slice between a period and the one before it."""

    period: Period
    previous_period: Period
    current_total: int
    previous_total: int
    trends: list[ThemeTrend] = field(default_factory=list)
    alpha: float = ALPHA
    method: str = ("themes found on both periods' comments together; each theme's share of its period "
                   "compared with a pooled two-proportion z-test")

    def significant(self) -> list[ThemeTrend]:
        """Themes whose share changed with p < alpha (growing, shrinking, new or gone)."""
        return [t for t in self.trends if t.direction != "stable"]


def two_proportion_p(x1: int, n1: int, x0: int, n0: int) -> float | None:
    """Two-sided p-value of H0 x1/n1 == x0/n0 (pooled z-test), None when a period is empty."""
    if n1 <= 0 or n0 <= 0:
        return None
    p = (x1 + x0) / (n1 + n0)
    if p <= 0.0 or p >= 1.0:
        return 1.0
    se = math.sqrt(p * (1 - p) * (1 / n1 + 1 / n0))
    z = (x1 / n1 - x0 / n0) / se
    return math.erfc(abs(z) / math.sqrt(2))


def theme_trends(gw: Gateway, layer: SemanticLayer, *, period: Period, touchpoint_ids: Sequence[str] | None = None,
                 stage: str | None = None, sentiment: str | None = "negative", filters: Filters | None = None,
                 index: Any = None, embedder: Any = None, alpha: float = ALPHA,
                 min_comments: int = MIN_COMMENTS) -> ThemeTrends:
    """Themes of the slice (complaints by default) in `period` vs the period before, with significance."""
    prev_period = period.previous()
    both = Period(prev_period.start, period.end)
    sql, params = feedback_slice(layer, _SLICE, period=both, filters=filters, touchpoint_ids=touchpoint_ids,
                                 stage=stage, sentiment=sentiment, tail="ORDER BY f.feedback_id")
    rows = gw.query(sql, params, row_cap=0, timeout_s=60).records()
    current = [r["ts"] >= period.start_ts for r in rows]
    out = ThemeTrends(period, prev_period, sum(current), len(rows) - sum(current), alpha=alpha)
    if not rows:
        return out
    if index is None and embedder is None:
        index = _open_index(gw)
    ts = discover_themes(rows, index=index, embedder=embedder, catalogue=catalogue_for(index))
    is_cur = [r["ts"] >= period.start_ts for r in ts.rows]
    n1, n0 = out.current_total, out.previous_total
    for t in ts.themes:
        cur = sum(1 for i in t.members if is_cur[i])
        prev = t.comments - cur
        p = two_proportion_p(cur, n1, prev, n0) if t.comments >= min_comments else None
        s1 = cur / n1 if n1 else 0.0
        s0 = prev / n0 if n0 else 0.0
        if p is None or p >= alpha:
            direction: Direction = "stable"
        elif prev == 0:
            direction = "new"
        elif cur == 0:
            direction = "gone"
        else:
            direction = "growing" if s1 > s0 else "shrinking"
        out.trends.append(ThemeTrend(t.key, t.name.zh, t.name.en, cur, prev, round(s1, 4), round(s0, 4),
                                     round((cur - prev) / prev, 4) if prev else None,
                                     round(p, 6) if p is not None else None, direction))
    out.trends.sort(key=lambda t: (t.p_value if t.p_value is not None else 2.0, -(t.current + t.previous)))
    return out


def trends_result(tr: ThemeTrends, lang: str = "en", top_n: int = 10) -> AnalysisResult:
    """The trends as an AnalysisResult (for a tool or an answer)."""
    res = AnalysisResult("theme_trends", list(COLUMNS), [], period=tr.period,
                         sample_size={"comments": tr.current_total, "previous_comments": tr.previous_total})
    for t in tr.trends[:top_n]:
        res.rows.append([t.theme_id, t.name(lang), t.name_zh, t.name_en, t.current, t.previous, t.current_share,
                         t.previous_share, t.change, t.p_value, t.direction])
    res.facts.update({"method": tr.method, "alpha": tr.alpha, "previous_period": [tr.previous_period.start.isoformat(),
                                                                                     tr.previous_period.end.isoformat()],
                      "significant": len(tr.significant())})
    if not tr.current_total and not tr.previous_total:
        res.notes.append("no_feedback")
    return res
