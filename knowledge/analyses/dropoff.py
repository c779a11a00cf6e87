"""Which journey steps lose the most users (funnel.py semantics, across one or all journeys)."""
from __future__ import annotations

from typing import Any

from knowledge.analyses.funnel import COLUMNS as FUNNEL_COLUMNS
from knowledge.analyses.funnel import NO_STEP, funnel_counts, step_rows
from knowledge.analyses.journey_common import get_journey, list_journeys, keep_top_n
from knowledge.errors import AnalysisError, NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer

COLUMNS = ["journey_id", "journey", "step", "touchpoint_id", "touchpoint", "next_touchpoint_id",
           "users_reached", "users_lost", "drop_off_rate"]


def step_dropoff(gw: Gateway, layer: SemanticLayer, period: Period, *, journey_id: str | None = None,
                 filters: Filters | None = None, top_n: int | None = None,
                 rank_by: str = "users_lost") -> AnalysisResult:
    """Steps ranked by users who reached them but not the next step.

    Order: users_lost desc, then drop_off_rate desc, then journey_id and step, so ties are
    broken the same way every time; ties on users_lost are listed in facts["tied_with"].
    rank_by="drop_off_rate" ("which step has the worst drop-off rate"): the share lost first, then users lost.
    """
    if rank_by not in ("users_lost", "drop_off_rate"):
        raise AnalysisError(f"cannot rank steps by {rank_by!r}", hint="rank_by is users_lost or drop_off_rate",
                            code="bad_argument")
    if journey_id is not None:
        journeys = {journey_id: get_journey(gw, journey_id)}
    else:
        journeys = list_journeys(gw)
        if not journeys:
            raise NotFoundError("no journeys are defined, so there are no steps to rank",
                                hint="load a journeys file (journey_id, journey_name, step, touchpoint_id)")
    order = list(journeys.values())
    counts, sql, src = funnel_counts(gw, layer, order, period, filters)
    rows: list[list[Any]] = []
    entered: dict[str, int] = {}
    for journey, by_step in zip(order, counts):
        entered[journey.journey_id] = by_step.get(journey.steps[0].step, NO_STEP)[0]
        recs = [dict(zip(FUNNEL_COLUMNS, r)) for r in step_rows(journey, by_step)]
        for rec, nxt in zip(recs, recs[1:]):
            rows.append([journey.journey_id, journey.name, rec["step"], rec["touchpoint_id"], rec["touchpoint"],
                         nxt["touchpoint_id"], rec["users"], rec["users_lost"], rec["drop_off_rate"]])
    if rank_by == "drop_off_rate":
        rows.sort(key=lambda r: (-(r[8] or 0.0), -r[7], r[0], r[2]))
    else:
        rows.sort(key=lambda r: (-r[7], -(r[8] or 0.0), r[0], r[2]))
    result = AnalysisResult("step_dropoff", list(COLUMNS), rows, sql=[sql], period=period,
                            metrics=["users_lost", "drop_off_rate"], filters=dict(filters or {}))
    result.notes.append("derived_table" if src.table != "events" else "raw_events")
    result.sample_size = {"users": sum(entered.values())}
    result.facts = {"journeys": sorted(journeys), "users_entered": entered, "ranked_by": rank_by}
    if rows and rows[0][7] > 0:
        top = rows[0]
        key = 8 if rank_by == "drop_off_rate" else 7
        tied = [[r[0], r[2]] for r in rows[1:] if r[key] == top[key]]
        result.facts.update({"top_journey_id": top[0], "top_step": top[2], "top_touchpoint_id": top[3],
                             "top_users_lost": top[7], "top_drop_off_rate": top[8], "tied_with": tied})
        if tied:
            result.notes.append("tie")
    else:
        result.notes.append("no_data")
    keep_top_n(result, rows, top_n)
    return result
