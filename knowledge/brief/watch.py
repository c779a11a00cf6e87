"""What the brief checks, derived from the semantic layer's `brief:` marks and the workspace's journeys."""
from __future__ import annotations

from typing import Sequence

from knowledge.analyses.journey_common import Journey, list_journeys
from knowledge.brief.result import Watch
from knowledge.errors import NotFoundError
from knowledge.gateway import Gateway
from knowledge.semantic.layer import SemanticLayer

GRAINS = ("step", "journey", "total")


def marked(layer: SemanticLayer, grain: str) -> list[str]:
    """Ids of the metrics whose YAML says `brief: <grain>`, in catalogue order."""
    return [m.id for m in layer.metrics.values() if m.extra.get("brief") == grain]


def pick_journeys(gw: Gateway, journey_ids: Sequence[str] | None) -> list[Journey]:
    """The workspace's journeys, or the named ones (an unknown name is an error with a hint)."""
    known = list_journeys(gw)
    if not journey_ids:
        return list(known.values())
    missing = [j for j in journey_ids if j not in known]
    if missing:
        raise NotFoundError(f"unknown journey '{missing[0]}'", code="journey_not_found",
                            hint="journeys in this workspace: " + (", ".join(sorted(known)) or "none"))
    return [known[j] for j in journey_ids]


def journey_watches(layer: SemanticLayer, journeys: Sequence[Journey]) -> list[Watch]:
    """Every step of every journey (but the last, whose conversion is the previous step's) and each journey."""
    out: list[Watch] = []
    for j in journeys:
        for metric_id in marked(layer, "step"):
            out += [Watch(metric_id, "step", j.journey_id, s.touchpoint_id, s.step, s.touchpoint)
                    for s in j.steps[:-1]]
        out += [Watch(metric_id, "journey", j.journey_id) for metric_id in marked(layer, "journey")]
    return out


def total_watches(layer: SemanticLayer, tables_with_rows: Sequence[str]) -> list[Watch]:
    """The `brief: total` metrics whose table has data."""
    return [Watch(m, "total") for m in marked(layer, "total") if layer.metric(m).table in tables_with_rows]
