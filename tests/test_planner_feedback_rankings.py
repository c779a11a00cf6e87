"""Groups ranked by their comments (issue 8's "差评最多的触点是哪个？" class, seen again in a blind batch): the ranking
is planned whatever the column — the column check later says when comments do not record it — and never becomes
the themes of every comment with the grouping silently dropped."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.planner import plan_turn
from planner_catalog import make_catalog


@pytest.mark.parametrize("q,dim", [("Which device has the most complaints?", "device"),
                                   ("哪个触点的投诉最多？", "touchpoint"),
                                   ("Which channel gets the most negative feedback?", "channel")])
def test_a_ranking_by_comments_keeps_its_grouping(q, dim) -> None:  # noqa: ANN001
    plan = plan_turn(q, catalog=make_catalog(), as_of=date(2026, 11, 15))
    assert [c.name for c in plan.tool_calls] == ["metric_breakdown"], plan.tool_calls
    args = plan.tool_calls[0].args
    assert args["dimension"] == dim and args["metric_id"] == "feedback_volume", args
    assert args["filters"].get("sentiment") == ["negative"], args
