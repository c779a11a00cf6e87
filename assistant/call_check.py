"""A language model's tool call checked against the frame rules before it runs (issue 8 §8).

The offline planner only ever names what the catalogue holds. A language model guesses: a metric
that does not exist, a filter value the data never had ("Android" where the data says "android"),
a period years before the first event. Run as asked, such a call returns an empty table, and an
empty table reads like "nothing happened". Refused before it runs, the model gets an error it can
act on (what exists instead), and when it does not recover the asker gets a clarify with options
drawn from the data (`assistant/compose/answer.py`).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.planner.catalog import VALUE_CAP
from assistant.planner.types import Catalog
from knowledge.results import Period
from knowledge.semantic.layer import EXCLUDED, PRESENT, SemanticLayer
from tools.registry import FEEDBACK_TOOLS

HINT_VALUES = 12  # values named in a hint; the model can call describe_data for all of them


@dataclass(frozen=True)
class Refusal:
    """Why a call may not run, typed: the model reads `to_error()`, the composer reads the fields."""

    code: str                      # unknown_metric | unknown_dimension | unknown_value | not_sliceable | outside_coverage
    message: str                   # for the model, English
    hint: str
    value: str = ""                # the name or value the call used
    dim: str | None = None         # the dimension of an unknown value (touchpoint and journey included)
    options: tuple[str, ...] = ()  # ids the data has instead, nearest first
    start: date | None = None      # an asked period outside the data (either end may be open)
    end: date | None = None
    covers: Period | None = None   # the days the data covers

    @property
    def status(self) -> str:
        """The answer when the model does not recover: pick one of the options, or no answer from this data."""
        return "unsupported" if self.code in ("not_sliceable", "groups_empty") else "clarify"

    @property
    def asked(self) -> str:
        """The asked period as people read it, an open end as '…'."""
        return f"{self.start or '…'} .. {self.end or '…'}"

    def to_error(self) -> dict[str, Any]:
        """The error envelope the model reads (and the session keeps)."""
        return {"code": self.code, "message": self.message, "hint": self.hint}


def _refusal(code: str, message: str, hint: str, **fields: Any) -> Refusal:
    return Refusal(code, message, hint, **fields)


def _closest(word: str, known: list[str]) -> tuple[list[str], list[str]]:
    """(options, hint list): the known ids that look like the word (else the first few), and all ids
    with those first (case-insensitive)."""
    low = {k.lower(): k for k in known}
    near = [low[m] for m in difflib.get_close_matches(word.lower(), list(low), n=5, cutoff=0.6)]
    return (near or known[:5]), list(dict.fromkeys(near + known))[:HINT_VALUES]


def _day(raw: Any) -> date | None:
    try:
        return date.fromisoformat(str(raw)[:10]) if raw else None
    except ValueError:
        return None  # the tool itself says how a date must be written


class CallCheck:
    """Checks one tool call's arguments against the catalogue of this database generation."""

    def __init__(self, catalog: Catalog, layer: SemanticLayer) -> None:
        self.catalog = catalog
        self.layer = layer

    def __call__(self, tool: str, args: dict[str, Any]) -> Refusal | None:
        """None when the call may run; else why not. A defined rate (metric_ratio) is checked side by side:
        each side's count with the call's filters and its own, grouped and dated as the call."""
        sides = [args[k] for k in ("numerator", "denominator") if isinstance(args.get(k), dict)]
        parts = [{**args, "metric_id": s.get("metric_id"), "filters": {**(args.get("filters") or {}), **(s.get("filters") or {})}}
                 for s in sides] or [args]
        for part in parts:
            for check in (self._metric, self._filters, self._groups, self._slices, self._period):
                problem = check(tool, part)
                if problem is not None:
                    return problem
        return None

    # -- the rules, in order ------------------------------------------------------------------
    def _metric(self, tool: str, args: dict[str, Any]) -> Refusal | None:
        metric = args.get("metric_id")
        if not metric or metric in self.layer.metrics:
            return None
        options, hint = _closest(str(metric), sorted(self.layer.metrics))
        return _refusal("unknown_metric", f"unknown metric '{metric}'",
                        "metrics: " + ", ".join(hint) + " (describe_data lists them all)",
                        value=str(metric), options=tuple(options))

    def _filters(self, tool: str, args: dict[str, Any]) -> Refusal | None:
        for dim, values in (args.get("filters") or {}).items():
            if dim not in self.layer.dimensions:
                options, hint = _closest(str(dim), sorted(self.layer.dimensions))
                return _refusal("unknown_dimension", f"unknown dimension '{dim}' in filters",
                                "dimensions: " + ", ".join(hint), value=str(dim), options=tuple(options))
            for v in values if isinstance(values, (list, tuple)) else [values]:
                problem = self._value(str(dim), str(v))
                if problem is not None:
                    return problem
        for tp in ([args["touchpoint_id"]] if args.get("touchpoint_id") else []) + list(args.get("touchpoint_ids") or []):
            problem = self._value("touchpoint", str(tp))
            if problem is not None:
                return problem
        if args.get("journey_id"):
            return self._value("journey", str(args["journey_id"]))
        return None

    def _groups(self, tool: str, args: dict[str, Any]) -> Refusal | None:
        dim = args.get("dimension")
        if not dim or not (args.get("group_a") or args.get("group_b")):
            return None
        for v in (args.get("group_a"), args.get("group_b")):
            problem = self._value(str(dim), str(v)) if v else None
            if problem is not None:
                return problem
        return None

    def _slices(self, tool: str, args: dict[str, Any]) -> Refusal | None:
        """Every grouping and filter dimension must be recorded on the measure's table (the planner's
        not_applicable rule): "feedback volume by device" when comments carry no device."""
        term = self.catalog.metric(args["metric_id"]) if args.get("metric_id") else None
        if term is None or not term.table:
            return None
        for dim in (args.get("dimension"), args.get("group_by"), *(args.get("filters") or {})):
            info = self.catalog.dimension(dim) if dim else None
            if info is None or not info.slices or term.table in info.slices or dim in ("touchpoint", "stage"):
                continue
            measures = [m.id for m in self.catalog.metrics if m.table in info.slices][:HINT_VALUES]
            return _refusal("not_sliceable", f"{dim} is not recorded on the {term.table} rows that "
                            f"{term.id} is computed from (only on {', '.join(info.slices)})",
                            f"drop {dim}, or use a measure of {', '.join(info.slices)}: " + ", ".join(measures),
                            value=term.id, dim=str(dim), options=tuple(info.slices))
        return None

    def _period(self, tool: str, args: dict[str, Any]) -> Refusal | None:
        """The asked period, and a named baseline, must meet the measure's data (a comparison with a
        baseline of no rows reads as a change from zero)."""
        cov = self._coverage(tool, args.get("metric_id"))
        if cov is None:
            return None
        for lo_arg, hi_arg in (("start", "end"), ("baseline_start", "baseline_end")):
            start, end = _day(args.get(lo_arg)), _day(args.get(hi_arg))
            if (start is None and end is None) or (start is not None and end is not None and end < start):
                continue  # the tool's default period ends where the data ends; a reversed one the tool reports
            if (start is not None and start > cov.end) or (end is not None and end < cov.start):
                asked = f"{start or '…'} .. {end or '…'}"
                what = "baseline" if lo_arg == "baseline_start" else "period"
                return _refusal("outside_coverage", f"the data has no rows in the {what} {asked}: it covers {cov}",
                                f"use {lo_arg}/{hi_arg} inside {cov}" + (", or no baseline" if what == "baseline" else ""),
                                start=start, end=end, covers=cov, options=(str(cov),))
        return None

    # -- what the data holds ------------------------------------------------------------------
    def _known_values(self, dim: str) -> list[str] | None:
        """Every value the data has for a dimension, or None when the catalogue's list is not complete."""
        c = self.catalog
        if dim == "touchpoint":
            return [t.id for t in c.touchpoints] or None
        if dim == "journey":
            return [j.id for j in c.journeys] or None
        values = c.dimension_values.get(dim)
        term = self.layer.dimensions.get(dim)
        if not values or len(values) >= VALUE_CAP or (term is not None and term.link_values is not None):
            return None  # capped, or only the values words may name: a value missing here may still exist
        return list(values)

    def _value(self, dim: str, value: str) -> Refusal | None:
        if value == PRESENT:
            return None  # "rows with a value": names no value
        left_out = EXCLUDED.match(value)
        value = left_out.group(1) if left_out else value  # "!=浙江": the value left out must exist too
        known = self._known_values(dim)
        if known is None or value in known:
            return None
        _near, hint = _closest(value, known)  # every value (the nearest first): the asker picks one
        return _refusal("unknown_value", f"'{value}' is not a {dim} in this data",
                        f"{dim} values: " + ", ".join(hint), dim=dim, value=value, options=tuple(hint[:5]))

    def _coverage(self, tool: str, metric: str | None) -> Period | None:
        """The days the call's table has rows for (any table's, when the call does not say which)."""
        cov = self.catalog.coverage
        term = self.catalog.metric(metric) if metric else None
        table = term.table if term is not None and term.table in cov else ("feedback" if tool in FEEDBACK_TOOLS else None)
        spans = [cov[table]] if table in cov else list(cov.values())
        starts = [a for a, _ in spans if a]
        ends = [b for _, b in spans if b]
        if not starts or not ends:
            return None  # untimed rows, or no timed table: nothing to hold the period against
        return Period(min(starts), max(ends)) if min(starts) <= max(ends) else None
