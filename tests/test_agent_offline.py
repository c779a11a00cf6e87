"""The offline planner model driving the same agent: tool calls, answers, clarify, follow-ups, stream, votes."""
from __future__ import annotations

import json
from datetime import date

import pytest

from assistant.chat_handler import AgentChatService, build_chat_service
from assistant.memory import SessionStore
from assistant.models.offline import OfflinePlannerModel
from assistant.models.registry import ModelRegistry
from assistant.planner.types import ConversationState, Plan, PlannedCall
from assistant.settings import load_settings
from knowledge.errors import NotFoundError
from knowledge.gateway import Gateway
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from tests import tinyjourney

AS_OF = date(2026, 10, 31)
OCT = {"start": "2026-10-01", "end": "2026-10-31"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("ws")
    tinyjourney.build(root).close()
    return root


def scripted_planner(plans):
    """A planner stand-in returning the given plans in turn and recording the states it got."""
    seen = []

    def plan_turn(question, *, catalog, state=None, as_of=None, lang=None, today=None):
        seen.append({"question": question, "state": state, "as_of": as_of, "lang": lang})
        return plans[min(len(seen) - 1, len(plans) - 1)]
    plan_turn.seen = seen
    return plan_turn


def plan(calls, *, status="ok", lang="en", clarify=None, options=(), state=None):
    return Plan(language=lang, intent="dropoff", status=status, tool_calls=[PlannedCall(n, a) for n, a in calls],
                period=None, period_text="", assumptions=[], clarify=clarify, options=list(options), suggestions=[],
                state=state or ConversationState(intent="dropoff", journey_id="buy"))


def make(root, tmp_path, planner=None):
    registry = ModelRegistry()
    if planner is not None:
        registry.register("offline", lambda s, catalog, names: OfflinePlannerModel(catalog=catalog, planner=planner))
    return AgentChatService(load_settings(JOURNEY_MODEL="offline"), Workspace(root), Gateway(root / "journey.duckdb"),
                            load_semantic_layer(), SessionStore(tmp_path / "sessions"), registry)


def test_offline_answer_text_is_built_from_tool_data(root, tmp_path):
    planner = scripted_planner([plan([("funnel_dropoff", {"journey_id": "buy", "top_n": 1, **OCT})])])
    ans = make(root, tmp_path, planner).answer("Which step of buy loses the most users?", as_of=AS_OF)
    assert ans.status == "ok" and ans.model == "offline"
    # product step: 5 reached, 3 lost (tests/test_analyses_journey.py works these numbers out)
    assert "Product page" in ans.answer and "3 of 5" in ans.answer and "60.0%" in ans.answer
    assert ans.tables[0].rows[0][3] == "product" and ans.tables[0].rows[0][8] == 0.6
    assert ans.chart is None  # one row: nothing to compare in a chart
    assert 2 <= len(ans.follow_ups) <= 3 and ans.sql


def test_chinese_answer_and_chart_for_a_ranking(root, tmp_path):
    planner = scripted_planner([plan([("funnel_dropoff", {"journey_id": "buy", **OCT})], lang="zh")])
    ans = make(root, tmp_path, planner).answer("哪个环节流失最多?", as_of=AS_OF)
    assert ans.language == "zh" and "流失用户最多" in ans.answer and "3 人" in ans.answer
    assert ans.chart["mark"]["type"] == "bar" and ans.chart["$schema"].endswith("v5.json")
    assert all(v.get("touchpoint_id") for v in ans.chart["data"]["values"])
    assert any(a.startswith("时间范围：2026-10-01") for a in ans.assumptions)


def test_clarify_offers_options_without_running_tools(root, tmp_path):
    planner = scripted_planner([plan([], status="clarify", clarify="Which journey do you mean?",
                                     options=["Buy", "Get help"])])
    ans = make(root, tmp_path, planner).answer("conversion?", as_of=AS_OF)
    assert ans.status == "clarify" and ans.options == ["Buy", "Get help"] and not ans.tool_calls
    assert ans.answer == "Which journey do you mean?"


def test_follow_up_gets_the_previous_state_even_after_a_restart(root, tmp_path):
    first_state = ConversationState(intent="dropoff", journey_id="buy", filters={"device": ["ios"]})
    planner = scripted_planner([plan([("funnel_dropoff", {"journey_id": "buy", **OCT})], state=first_state),
                                plan([("funnel_dropoff", {"journey_id": "buy", "filters": {"device": ["android"]}, **OCT})])])
    ans1 = make(root, tmp_path, planner).answer("drop-off on iOS", as_of=AS_OF)
    ans2 = make(root, tmp_path, planner).answer("and on Android?", session_id=ans1.session_id, as_of=AS_OF)
    assert ans2.session_id == ans1.session_id
    assert planner.seen[0]["state"] is None
    assert planner.seen[1]["state"].filters == {"device": ["ios"]}  # what the first turn left behind
    assert planner.seen[1]["state"].journey_id == "buy" and planner.seen[1]["as_of"] == AS_OF
    hist = make(root, tmp_path, planner).session_history(ans1.session_id)
    assert [h["question"] for h in hist] == ["drop-off on iOS", "and on Android?"]


def test_stream_reports_tool_steps_then_the_answer(root, tmp_path):
    planner = scripted_planner([plan([("funnel_dropoff", {"journey_id": "buy", **OCT}), ("funnel", {"journey_id": "buy", **OCT})])])
    events = list(make(root, tmp_path, planner).stream("drop-off and funnel of buy", as_of=AS_OF))
    kinds = [(e.type, e.data.get("step"), e.data.get("tool")) for e in events]
    assert kinds[0] == ("progress", "planning", None)
    assert ("progress", "tool_call", "funnel_dropoff") in kinds and ("progress", "tool_result", "funnel") in kinds
    assert events[-1].type == "answer" and events[-1].data["status"] == "ok"
    assert [c["name"] for c in events[-1].data["tool_calls"]] == ["funnel_dropoff", "funnel"]


def test_sessions_votes_catalogue_health(root, tmp_path):
    planner = scripted_planner([plan([("describe_data", {})])])
    svc = make(root, tmp_path, planner)
    ans = svc.answer("what data do you have?", as_of=AS_OF)
    assert [s.session_id for s in svc.list_sessions()] == [ans.session_id]
    svc.record_vote(session_id=ans.session_id, turn=0, vote="down", comment="wrong")
    line = json.loads(Workspace(root).feedback_votes_path.read_text(encoding="utf-8").splitlines()[-1])
    assert line["vote"] == "down" and line["question"] == "what data do you have?"
    with pytest.raises(NotFoundError):
        svc.record_vote(session_id=ans.session_id, turn=5, vote="up")
    svc.delete_session(ans.session_id)
    with pytest.raises(NotFoundError):
        svc.session_history(ans.session_id)
    assert {m["id"] for m in svc.metrics_catalogue()} >= {"drop_off_rate", "orders"}
    health = svc.health()
    assert health["ok"] and health["journeys"] == 2 and health["as_of"]


def test_real_planner_end_to_end_on_the_tiny_workspace(root, tmp_path):
    svc = build_chat_service(load_settings(JOURNEY_MODEL="offline", JOURNEY_WORKSPACE=str(root)))
    svc.store = SessionStore(tmp_path / "s")
    ans = svc.answer("Which touchpoint loses the most users last month?", as_of=date(2026, 11, 15))
    assert ans.status == "ok" and ans.tool_calls[0].name == "funnel_dropoff"
    assert ans.period == OCT
    assert ans.tables[0].rows[0][3] == "help"  # 3 of 4 lost at help (ties broken by rate)
    svc.close()


def test_stream_turns_errors_into_an_error_event(root, tmp_path):
    events = list(make(root, tmp_path, scripted_planner([plan([])])).stream("   "))
    assert [e.type for e in events] == ["error"] and events[0].data["code"] == "empty_question"
    assert events[0].data["hint"]


def test_one_turn_is_composed_once_in_the_language_decided_once(root, tmp_path, monkeypatch):
    """The offline model writes no text of its own (the handler composes the one answer), and the planner,
    the tools and the composer all get the language the turn decided (issue 8 §7)."""
    import assistant.compose.answer as compose
    written = []
    real = compose.result_text
    monkeypatch.setattr(compose, "result_text", lambda *a, **k: written.append(a[2]) or real(*a, **k))
    planner = scripted_planner([plan([("funnel_dropoff", {"journey_id": "buy", "top_n": 1, **OCT})], lang="zh")])
    svc = make(root, tmp_path, planner)
    ans = svc.answer("NPS 和 conversion 哪个环节流失最多?", as_of=AS_OF)
    assert ans.status == "ok" and written == ["zh"]  # one sentence, composed once
    assert planner.seen[0]["lang"] == "zh" and planner.seen[0]["as_of"] == AS_OF and ans.language == "zh"
    assert [k[2] for k in svc._agents] == ["zh"]  # the tools' context got the same language


def test_offline_model_says_nothing_after_its_tools(root, tmp_path):
    from assistant.agent import build_agent, run_agent
    from assistant.turn import TurnContext
    from tools.base import ToolContext
    from tools.registry import build_tools
    planner = scripted_planner([plan([("funnel_dropoff", {"journey_id": "buy", **OCT})])])
    svc = make(root, tmp_path, planner)
    k = svc.knowledge()
    ctx = ToolContext(workspace=svc.workspace, gateway=svc.gateway, layer=k.layer, as_of=AS_OF)
    agent = build_agent(OfflinePlannerModel(catalog=k.catalog, planner=planner), build_tools(ctx))
    run = run_agent(agent, TurnContext.decide("which step loses most?", as_of=AS_OF))
    assert [r.name for r in run.results] == ["funnel_dropoff"] and run.results[0].ok
    assert run.final_text == "" and run.plan is not None
