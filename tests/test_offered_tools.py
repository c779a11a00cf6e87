"""Which tools a language model is offered: derived from ASKS_BY_TOOL by the frame's ask (issue 8 §8)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.offered_tools import ALWAYS, RELATED_ASKS, offered_tools, tools_for_ask, tools_near_ask
from assistant.planner.frame import ASKS_BY_TOOL, QuestionFrame
from assistant.planner.types import ConversationState, Plan, PlannedCall
from tools.registry import TOOL_MODULES

FRAMES = yaml.safe_load((Path(__file__).parent / "frames" / "frames.yaml").read_text(encoding="utf-8"))


def plan(ask, calls=(), status="ok"):
    return Plan(language="en", intent="", status=status, tool_calls=[PlannedCall(n, {}) for n in calls], period=None,
                period_text="", assumptions=[], clarify=None, options=[], suggestions=[], state=ConversationState(),
                frame=QuestionFrame(ask=ask))


def test_every_tool_declares_its_asks_and_every_ask_has_a_tool():
    assert set(ASKS_BY_TOOL) == set(TOOL_MODULES)
    for tool, asks in ASKS_BY_TOOL.items():
        for ask in asks:
            assert tool in tools_for_ask(ask)


@pytest.mark.parametrize("item", [f for f in FRAMES if f["status"] == "ok" and f["tool"]], ids=lambda f: f["id"])
def test_the_planners_own_tool_is_among_those_its_ask_offers(item):
    """Offering by ask never hides the tool the planner itself would call for that reading."""
    assert item["tool"] in tools_for_ask(item["frame"]["ask"]), item["question"]


def test_a_ranking_offers_the_tools_of_ranking_and_its_related_asks_only():
    got = offered_tools(plan("ranking", ["funnel_dropoff"]))
    assert got == tools_for_ask("ranking") | tools_for_ask("breakdown") | tools_for_ask("value") | ALWAYS
    assert "funnel_dropoff" in got and "metric_breakdown" in got
    assert "run_sql" not in got and "feedback_search" not in got and "explain_metric" not in got
    assert len(got) < len(TOOL_MODULES) / 2


def test_related_asks_name_only_asks_with_tools():
    for ask, related in RELATED_ASKS.items():
        assert tools_for_ask(ask) and all(tools_for_ask(r) for r in related), ask
        assert tools_for_ask(ask) <= tools_near_ask(ask)


def test_the_planners_calls_and_the_previous_turns_tools_are_kept():
    got = offered_tools(plan("value", ["metric_breakdown"]), previous=["funnel", "not_a_tool"])
    assert {"metric_breakdown", "funnel", "describe_data"} <= got and "not_a_tool" not in got


@pytest.mark.parametrize("p", [None, plan("unknown"), plan("value", status="clarify"),
                               plan("themes", status="unsupported")])
def test_an_unread_question_offers_every_tool(p):
    assert offered_tools(p) is None
