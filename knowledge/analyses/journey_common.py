"""Shared pieces of the journey analyses: journey definitions, event slices, safe rates."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from knowledge.errors import NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import Period
from knowledge.tables import DEFAULT_WINDOW_DAYS

SMALL_SAMPLE = 30
"""Below this many users a rate is flagged with the note "small_sample"."""


@dataclass(frozen=True)
class Step:
    step: int
    touchpoint_id: str
    touchpoint: str


@dataclass(frozen=True)
class Journey:
    """One funnel definition from the journeys table."""

    journey_id: str
    name: str
    window_days: int
    steps: tuple[Step, ...]


def rate(num: float | int | None, den: float | int | None) -> float | None:
    """num / den, or None when the denominator is zero or missing (never a crash)."""
    if not den or num is None:
        return None
    return num / den


def list_journeys(gw: Gateway) -> dict[str, Journey]:
    """Every journey in the workspace with its ordered steps."""
    res = gw.query(
        "SELECT j.journey_id, j.journey_name, j.step, j.touchpoint_id, "
        "coalesce(t.name, j.touchpoint_id) AS touchpoint, j.window_days "
        "FROM journeys j LEFT JOIN touchpoints t ON t.touchpoint_id = j.touchpoint_id "
        "ORDER BY j.journey_id, j.step", row_cap=100_000)
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for row in res.rows:
        grouped.setdefault(row[0], []).append(row)
    out: dict[str, Journey] = {}
    for jid, rows in grouped.items():
        windows = [r[5] for r in rows if r[5] is not None]
        # the window is a journey property; when steps disagree the widest one is used
        window = int(max(windows)) if windows else DEFAULT_WINDOW_DAYS
        out[jid] = Journey(jid, rows[0][1], window,
                           tuple(Step(int(r[2]), r[3], r[4]) for r in rows))
    return out


# part of a journey: "purchase:tp_test_drive..tp_order" is the purchase journey from the test drive to the order
# (customers who reached the test drive in the period, followed to the order within the journey's window)
PART = re.compile(r"^(?P<base>[^:]+):(?P<a>.+)\.\.(?P<b>.+)$")
# the two steps alone: "service:tp_ticket->tp_resolved" is each customer's first ticket in the period followed to
# their first resolution at or after it (each ticket to its own resolution when the events carry an id that ties
# them: knowledge.analyses.funnel.pair_link), whatever steps lie between and with no window ("how long from ticket
# to resolution": a time between two steps is not cut short by a conversion window, nor lost on cases that
# skipped a step between)
PAIR = re.compile(r"^(?P<base>[^:]+):(?P<a>.+)->(?P<b>[^>]+?)(?:>(?P<over>\d+(?:\.\d+)?)s)?$")
"""Two steps alone; ">604800s" after them keeps a threshold: cases whose time between them is longer count as slower."""
NO_WINDOW_DAYS = 36_500
ANY_JOURNEY = "*"
"""The base of a pair of touchpoints that no one journey holds ("*:tp_a->tp_b")."""
"""The window of a pair of steps: the longest window a journeys file may state (knowledge/ingest/checks.py)."""


# a window said with the question: "purchase~60d", "*:tp_pause->tp_resume~60d" is that journey (or part, or pair)
# with the last step counted only when reached within 60 days of the first ("within 60 days of their first pause")
WITHIN = re.compile(r"^(?P<id>.+)~(?P<days>\d{1,3})d$")


def within_id(journey_id: str, days: int) -> str:
    """The id of a journey, part or pair with its window set to `days` (see WITHIN)."""
    return f"{bare_id(journey_id)}~{int(days)}d"


def bare_id(journey_id: str) -> str:
    """The id without a window said with the question (see WITHIN)."""
    m = WITHIN.match(journey_id or "")
    return m["id"] if m else journey_id


def window_said(journey_id: str | None) -> int | None:
    """The window a journey id carries (see WITHIN), else None."""
    m = WITHIN.match(journey_id or "")
    return int(m["days"]) if m else None


def part_id(journey_id: str, from_tp: str, to_tp: str) -> str:
    """The id of a journey's part from one step to a later one (see PART)."""
    return f"{journey_id}:{from_tp}..{to_tp}"


def pair_id(journey_id: str, from_tp: str, to_tp: str, slower_than_s: float | None = None) -> str:
    """The id of two steps of a journey alone, the later one reached at or after the first (see PAIR); with
    `slower_than_s`, the cases taking longer than that between them are counted too (slower_than metrics)."""
    over = f">{round(float(slower_than_s), 3):f}".rstrip("0").rstrip(".") + "s" if slower_than_s else ""
    return f"{journey_id}:{from_tp}->{to_tp}{over}"


def slower_than(journey_id: str | None) -> float | None:
    """The threshold (seconds) a pair id keeps, else None."""
    m = PAIR.match(bare_id(journey_id or ""))
    return float(m["over"]) if m and m["over"] else None


def is_pair(journey_id: str | None) -> bool:
    """Is this the id of two steps alone (see PAIR), timed per time at the first step?"""
    return PAIR.match(bare_id(journey_id or "")) is not None


def parse_part(journey_id: str | None) -> tuple[str, str, str] | None:
    """(journey id, from touchpoint, to touchpoint) of a part or pair id, else None."""
    bare = bare_id(journey_id or "")
    m = PART.match(bare) or PAIR.match(bare)
    return (m["base"], m["a"], m["b"]) if m else None


def _part(journeys: dict[str, Journey], journey_id: str) -> Journey | None:
    parsed = parse_part(journey_id)
    if parsed is None or parsed[0] not in journeys:
        return None
    base, a, b = parsed
    j = journeys[base]
    ids = [s.touchpoint_id for s in j.steps]
    if a not in ids or b not in ids or ids.index(a) >= ids.index(b):
        raise NotFoundError(f"'{a}' does not come before '{b}' in journey '{base}'",
                            hint="steps in order: " + ", ".join(ids), code="step_not_found")
    steps = j.steps[ids.index(a):ids.index(b) + 1]
    pair = PAIR.match(journey_id) is not None
    if pair:
        steps = (steps[0], steps[-1])
    renumbered = tuple(Step(i + 1, s.touchpoint_id, s.touchpoint) for i, s in enumerate(steps))
    return Journey(journey_id, f"{j.name} ({steps[0].touchpoint} → {steps[-1].touchpoint})",
                   NO_WINDOW_DAYS if pair else j.window_days, renumbered)


def _loose_pair(gw: Gateway, journey_id: str, a: str, b: str) -> Journey:
    """Two touchpoints that no one journey holds in order ("*:tp_registration->tp_iv_liquid")."""
    res = gw.query("SELECT touchpoint_id, coalesce(name, touchpoint_id) FROM touchpoints WHERE touchpoint_id IN (?, ?)",
                   [a, b], row_cap=10)
    names = {r[0]: r[1] for r in res.rows}
    for tp in (a, b):
        if tp not in names:
            raise NotFoundError(f"unknown touchpoint '{tp}'", hint="use a touchpoint_id of the touchpoints table",
                                code="step_not_found")
    return Journey(journey_id, f"{names[a]} → {names[b]}", NO_WINDOW_DAYS, (Step(1, a, names[a]), Step(2, b, names[b])))


def get_journey(gw: Gateway, journey_id: str) -> Journey:
    """The journey with this id (or a part of one, see PART), or NotFoundError naming the closest known ones."""
    days = window_said(journey_id)
    if days is not None:
        if not 1 <= days <= NO_WINDOW_DAYS:
            raise NotFoundError(f"journey '{journey_id}': a window of {days} days", hint="say 1 to 36500 days after '~'",
                                code="bad_window")
        return replace(get_journey(gw, bare_id(journey_id)), journey_id=journey_id, window_days=days)
    journeys = list_journeys(gw)
    if journey_id in journeys:
        return journeys[journey_id]
    part = _part(journeys, journey_id)
    if part is not None:
        return part
    pair = PAIR.match(journey_id)
    if pair is not None and pair["base"] == ANY_JOURNEY:
        return _loose_pair(gw, journey_id, pair["a"], pair["b"])
    if not journeys:
        raise NotFoundError(f"unknown journey '{journey_id}': no journeys are defined",
                            hint="load a journeys file (journey_id, journey_name, step, touchpoint_id)")
    raise NotFoundError(f"unknown journey '{journey_id}'", hint=suggest(journey_id, journeys))


def suggest(word: str, known: dict[str, Any] | list[str]) -> str:
    """A did-you-mean hint listing the known ids."""
    names = sorted(known)
    close = difflib.get_close_matches(word, names, n=3, cutoff=0.5)
    listing = "known: " + ", ".join(names[:12])
    if close:
        return "did you mean " + " or ".join(f"'{c}'" for c in close) + "? " + listing
    return listing


def period_bounds(period: Period, extra_days: int = 0) -> tuple[Any, Any, Any]:
    """(start_ts, end_ts exclusive, end_ts + extra_days) for parameter binding."""
    return period.start_ts, period.end_ts, period.end_ts + timedelta(days=extra_days)


def existing_tables(gw: Gateway) -> set[str]:
    """Names of the tables in the workspace file (derived tables may be missing)."""
    return gw.tables()


def has_tables(gw: Gateway, *names: str) -> bool:
    """Do all these tables exist in the workspace file?"""
    tables = existing_tables(gw)
    return all(n in tables for n in names)


def placeholders(values: list[Any] | tuple[Any, ...]) -> str:
    return ", ".join("?" for _ in values)


def keep_top_n(result: Any, rows: list[Any], top_n: int | None) -> None:
    """Cut a ranking to the requested top N; a requested cut is not truncation (that flag is the row cap)."""
    if top_n is not None and len(rows) > top_n:
        result.rows = rows[:top_n]
        result.facts["rows_total"] = len(rows)
        result.notes.append("top_n")
