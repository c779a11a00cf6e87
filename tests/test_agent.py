"""The agent with scripted fake chat models: tool calls, tool errors, forbidden SQL, the step limit, PII."""
from __future__ import annotations

import os
from datetime import date

import pytest
import sqlglot
from langchain_core.messages import AIMessage, ToolMessage

from assistant.chat_handler import AgentChatService
from assistant.memory import SessionStore
from assistant.models.registry import ModelRegistry
from assistant.settings import load_settings
from knowledge.gateway import Gateway
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from tests import tinyjourney
from tests.agent_fakes import ScriptedChatModel, call

AS_OF = date(2026, 10, 31)


class SpyGateway(Gateway):
    """Records every statement that reaches DuckDB."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.statements: list[str] = []

    def query(self, sql, params=None, **kw):
        self.statements.append(sql)
        return super().query(sql, params, **kw)


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("ws")
    tinyjourney.build(root).close()
    return root


def service(root, tmp_path, model, **settings):
    registry = ModelRegistry()
    registry.register("scripted", lambda s, catalog, names: model)
    gw = SpyGateway(root / "journey.duckdb")
    return AgentChatService(load_settings(JOURNEY_MODEL="offline", **settings), Workspace(root), gw,
                            load_semantic_layer(), SessionStore(tmp_path / "sessions"), registry, "scripted")


def test_llm_calls_a_tool_and_answers_with_its_text(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("funnel_dropoff", {"journey_id": "buy", "start": "2026-10-01", "end": "2026-10-31", "top_n": 1}),
        AIMessage(content="Product page loses the most: 3 of 5 users.")])
    svc = service(root, tmp_path, model)
    ans = svc.answer("Which step loses the most users?", as_of=AS_OF)
    assert ans.status == "ok" and ans.answer == "Product page loses the most: 3 of 5 users."
    assert ans.model == "scripted" and [c.name for c in ans.tool_calls] == ["funnel_dropoff"]
    assert ans.tables[0].rows[0][3] == "product" and ans.tables[0].rows[0][7] == 3
    assert any("2026-10-01" in a for a in ans.assumptions)
    # the LLM got instructions with the as-of date and the known ids
    system = model.seen[0][0]
    assert "2026-10-31" in system.content and "buy" in system.content
    assert "events 2026-09-30 .. 2026-10-10" in system.content  # where each table's data is


def test_tool_error_goes_back_to_the_model_which_recovers(root, tmp_path):
    def recover(messages):
        err = [m for m in messages if isinstance(m, ToolMessage)][-1]
        assert "error [" in err.content and "hint" in err.content
        return call("funnel", {"journey_id": "buy", "start": "2026-10-01", "end": "2026-10-31"}, 1)
    model = ScriptedChatModel(script=[call("funnel", {"journey_id": "buyy"}), recover, AIMessage(content="done")])
    ans = service(root, tmp_path, model).answer("show the buy funnel", as_of=AS_OF)
    assert [c.ok for c in ans.tool_calls] == [False, True]
    assert ans.status == "ok" and ans.tables and ans.tables[0].columns[1] == "touchpoint_id"


def test_forbidden_sql_is_refused_and_never_reaches_duckdb(root, tmp_path):
    bad = ["DROP TABLE events", "SELECT * FROM read_csv('/etc/passwd')", "SELECT 1; DELETE FROM events",
           "ATTACH 'x.db'", "COPY events TO '/tmp/x.csv'"]
    model = ScriptedChatModel(script=[AIMessage(content="", tool_calls=[
        {"name": "run_sql", "args": {"sql": s}, "id": f"c{i}", "type": "tool_call"} for i, s in enumerate(bad)]),
        AIMessage(content="I cannot run that.")])
    svc = service(root, tmp_path, model)
    ans = svc.answer("run this SQL: DROP TABLE events", as_of=AS_OF)
    assert "run_sql" in model.offered[-1]  # the planner cannot read it: every tool is offered
    assert ans.status == "error" and ans.error["code"] == "sql_rejected"
    assert all(not c.ok for c in ans.tool_calls) and len(ans.tool_calls) == 5
    for sql in svc.gateway.statements:
        assert isinstance(sqlglot.parse_one(sql, read="duckdb"), sqlglot.exp.Select), sql


def test_endless_tool_calls_stop_at_the_step_limit(root, tmp_path):
    model = ScriptedChatModel(script=[lambda m: call("describe_data", {}, len(m))])
    ans = service(root, tmp_path, model, JOURNEY_AGENT_MAX_STEPS=3).answer("loop forever", as_of=AS_OF)
    assert ans.status == "error" and ans.error["code"] == "too_many_steps"
    assert "too many steps" in ans.answer and 1 <= len(ans.tool_calls) <= 3


def test_model_failure_is_an_error_answer(root, tmp_path):
    def boom(messages):
        raise ConnectionError("endpoint unreachable")
    ans = service(root, tmp_path, ScriptedChatModel(script=[boom])).answer("hi", as_of=AS_OF)
    assert ans.status == "error" and ans.error["code"] == "model_failed"
    # the exception text (hosts, keys, paths) stays in the server log, never in the answer (issue 9)
    assert "unreachable" not in ans.error["message"] and "ConnectionError" not in ans.model_dump_json()


def test_comment_text_sent_to_an_llm_is_redacted(root, tmp_path, monkeypatch):
    import sys
    import types

    from knowledge.results import AnalysisResult
    res = AnalysisResult("search_feedback", ["feedback_id", "touchpoint_id", "text"],
                         [["f1", "pay", "call me on 13812345678 or bob@example.com"]])
    mod = types.ModuleType("knowledge.feedback.search")
    mod.search_feedback = lambda *a, **k: res
    monkeypatch.setitem(sys.modules, "knowledge.feedback.search", mod)
    model = ScriptedChatModel(script=[call("feedback_search", {"query": "payment"}), AIMessage(content="ok")])
    svc = service(root, tmp_path, model)
    svc.feedback_index = lambda: None  # the fake search needs no Chroma index
    ans = svc.answer("what do people say about payment?", as_of=AS_OF)
    shown = [m.content for m in model.seen[1] if isinstance(m, ToolMessage)][0]
    assert "13812345678" not in shown and "bob@example.com" not in shown and "f1" in shown
    assert "13812345678" not in ans.citations[0].text  # JOURNEY_REDACT_PII defaults to on


@pytest.mark.live
@pytest.mark.skipif(not os.environ.get("OPENAI_API_KEY"), reason="needs OPENAI_API_KEY (and JOURNEY_TEST_KEEP_KEY=1)")
def test_live_openai_answers_a_drop_off_question(root, tmp_path):
    svc = AgentChatService(load_settings(JOURNEY_MODEL="openai"), Workspace(root), Gateway(root / "journey.duckdb"),
                           load_semantic_layer(), SessionStore(tmp_path / "s"))
    ans = svc.answer("Which step of the buy journey lost the most users in October 2026?", as_of=AS_OF)
    assert ans.status == "ok" and ans.tool_calls and ans.tables


def test_openai_model_is_built_from_settings_without_calling_out():
    from assistant.compose.names import Names
    from knowledge.errors import ConfigError
    s = load_settings(JOURNEY_MODEL="openai", OPENAI_API_KEY="sk-test", OPENAI_BASE_URL="http://127.0.0.1:9/v1",
                      JOURNEY_LLM_MODEL="qwen2.5-7b-instruct")
    model = ModelRegistry().build("openai", s, catalog=None, names=Names())
    assert model.model_name == "qwen2.5-7b-instruct" and str(model.openai_api_base) == "http://127.0.0.1:9/v1"
    assert not ModelRegistry.is_offline(model)
    with pytest.raises(ConfigError):
        ModelRegistry().build("openai", load_settings(JOURNEY_MODEL="openai"), catalog=None, names=Names())
    with pytest.raises(ConfigError):
        ModelRegistry().build("gpt-local", s, catalog=None, names=Names())


# -- the LLM path under the answer rules (issue 8 §8) --------------------------------------------
def test_llm_answer_without_any_tool_call_is_never_ok(root, tmp_path):
    model = ScriptedChatModel(script=[AIMessage(content="Conversion was 87.5% last month, up 12 points.")])
    ans = service(root, tmp_path, model).answer("What was the conversion last month?", as_of=AS_OF)
    assert ans.status == "unsupported"
    assert "87.5" not in ans.answer


def test_llm_tool_markup_as_text_is_an_error(root, tmp_path):
    model = ScriptedChatModel(script=[AIMessage(content='<tools>{"name": "funnel_dropoff", "arguments": {}}</tools>')])
    ans = service(root, tmp_path, model).answer("Which step loses the most users?", as_of=AS_OF)
    assert ans.status == "error" and ans.error["code"] == "model_output_invalid"
    assert "<tools>" not in ans.answer


def test_llm_question_back_without_tools_is_a_clarify(root, tmp_path):
    model = ScriptedChatModel(script=[AIMessage(content="Which journey do you mean, buy or register?")])
    ans = service(root, tmp_path, model).answer("how is conversion?", as_of=AS_OF)
    assert ans.status == "clarify"


def test_llm_numbers_not_from_tools_are_replaced_by_the_composed_text(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("funnel_dropoff", {"journey_id": "buy", "start": "2026-10-01", "end": "2026-10-31", "top_n": 1}),
        AIMessage(content="Product page loses the most: 4,321 users (77.7%).")])
    ans = service(root, tmp_path, model).answer("Which step loses the most users?", as_of=AS_OF)
    assert ans.status == "ok"
    assert "4,321" not in ans.answer and "77.7" not in ans.answer
    assert any("numbers no tool returned" in a for a in ans.assumptions)


def test_llm_english_text_for_a_chinese_question_is_replaced(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("funnel_dropoff", {"journey_id": "buy", "start": "2026-10-01", "end": "2026-10-31", "top_n": 1}),
        AIMessage(content="Product page loses the most users.")])
    ans = service(root, tmp_path, model).answer("哪一步流失用户最多？", as_of=AS_OF)
    assert ans.status == "ok" and ans.language == "zh"
    assert any("\u4e00" <= c <= "\u9fff" for c in ans.answer)


def test_llm_empty_result_is_not_ok(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("metric_breakdown", {"metric_id": "events", "dimension": "device", "start": "2019-01-01",
                                  "end": "2019-01-31"}),
        AIMessage(content="There were no events.")])
    ans = service(root, tmp_path, model).answer("events by device in January 2019", as_of=AS_OF)
    assert ans.status != "ok"


def test_llm_timeout_names_the_setting(root, tmp_path):
    class APITimeoutError(Exception):
        pass

    def slow(messages):
        raise APITimeoutError("Request timed out.")
    ans = service(root, tmp_path, ScriptedChatModel(script=[slow])).answer("hi", as_of=AS_OF)
    assert ans.status == "error" and ans.error["code"] == "model_timeout"
    assert "JOURNEY_LLM_TIMEOUT_S" in ans.error["hint"]


# -- only the tools the question's ask can use are offered (issue 8 §8) ---------------------------
def test_llm_is_offered_only_the_tools_of_the_questions_ask(root, tmp_path):
    from assistant.offered_tools import ALWAYS, tools_near_ask
    from tools.registry import TOOL_MODULES
    model = ScriptedChatModel(script=[
        call("funnel_dropoff", {"journey_id": "buy", "start": "2026-10-01", "end": "2026-10-31", "top_n": 1}),
        AIMessage(content="Product page loses the most: 3 of 5 users.")])
    svc = service(root, tmp_path, model)
    ans = svc.answer("Which step loses the most users?", as_of=AS_OF)
    assert ans.status == "ok"
    assert set(model.offered[-1]) == tools_near_ask("ranking") | ALWAYS and "run_sql" not in model.offered[-1]
    assert len(model.offered[-1]) < len(TOOL_MODULES) / 2
    svc.answer("hi", as_of=AS_OF)  # nothing the planner can read: every tool, nothing hidden
    assert sorted(model.offered[-1]) == sorted(TOOL_MODULES)


def test_a_tool_that_was_not_offered_does_not_run_and_the_turn_is_tried_once_with_every_tool(root, tmp_path):
    drop = call("run_sql", {"sql": "DROP TABLE events"})
    model = ScriptedChatModel(script=[drop, AIMessage(content="I cannot."), drop, AIMessage(content="done")])
    svc = service(root, tmp_path, model)
    ans = svc.answer("drop the events table", as_of=AS_OF)  # read as a value of the events metric
    assert "run_sql" not in model.offered[0] and "run_sql" in model.offered[-1]
    told = [m.content for m in model.seen[1] if isinstance(m, ToolMessage)][0]
    assert "run_sql" in told and "compare_periods" in told  # the model reads which tools it has
    # the second run had run_sql: the SQL guard refused the statement; DuckDB never saw it
    assert ans.status == "error" and ans.error["code"] == "sql_rejected" and [c.ok for c in ans.tool_calls] == [False]
    assert not any("drop" in s.lower() for s in svc.gateway.statements)


def test_a_misread_ask_is_rescued_by_the_retry_with_every_tool(root, tmp_path):
    trend = call("metric_trend", {"metric_id": "events", "start": "2026-09-30", "end": "2026-10-10"})
    model = ScriptedChatModel(script=[trend, AIMessage(content="No trend tool."), trend,
                                      AIMessage(content="Events by day.")])
    svc = service(root, tmp_path, model)
    events = list(svc.stream("Which step loses the most users?", as_of=AS_OF))
    assert ("progress", "retry_all_tools") in [(e.type, e.data.get("step")) for e in events]
    ans = events[-1].data
    assert ans["status"] == "ok" and [c["name"] for c in ans["tool_calls"]] == ["metric_trend"]
    assert "metric_trend" not in model.offered[0] and "metric_trend" in model.offered[-1]


def test_a_follow_up_is_offered_the_previous_turns_tools(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("metric_trend", {"metric_id": "orders", "grain": "day", "start": "2026-10-01", "end": "2026-10-31"}),
        AIMessage(content="Orders by day."), call("explain_metric", {"metric_id": "drop_off_rate"}, 1),
        AIMessage(content="Drop-off rate is the share of users who stop at a step.")])
    svc = service(root, tmp_path, model)
    first = svc.answer("daily orders trend in October 2026", as_of=AS_OF)
    assert "metric_trend" in model.offered[-1] and "explain_metric" not in model.offered[-1]
    svc.answer("What does drop-off rate mean?", session_id=first.session_id, as_of=AS_OF)
    assert set(model.offered[-1]) == {"explain_metric", "describe_data", "metric_trend"}


# -- a model's call that names what the data does not have is refused before it runs ---------------
def test_a_filter_value_not_in_the_data_goes_back_to_the_model_which_recovers(root, tmp_path):
    def recover(messages):
        told = [m for m in messages if isinstance(m, ToolMessage)][-1].content
        assert "error [unknown_value]" in told and "android, ios, pc" in told
        return call("metric_breakdown", {"metric_id": "events", "dimension": "device", "filters": {"device": ["android"]},
                                         "start": "2026-09-30", "end": "2026-10-10"}, 1)
    model = ScriptedChatModel(script=[
        call("metric_breakdown", {"metric_id": "events", "dimension": "device", "filters": {"device": ["Android"]},
                                  "start": "2026-09-30", "end": "2026-10-10"}),
        recover, AIMessage(content="Android events by device.")])
    svc = service(root, tmp_path, model)
    ans = svc.answer("Android events by device", as_of=AS_OF)
    assert [c.ok for c in ans.tool_calls] == [False, True] and ans.status == "ok"
    assert not any("Android" in str(s) for s in svc.gateway.statements)


def test_a_filter_value_the_model_does_not_fix_becomes_a_clarify_with_the_datas_values(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("metric_breakdown", {"metric_id": "events", "dimension": "device", "filters": {"device": ["xiaomi"]}}),
        AIMessage(content="小米设备没有事件。")])
    ans = service(root, tmp_path, model).answer("小米手机的事件数按设备拆分", as_of=AS_OF)
    assert ans.status == "clarify" and ans.language == "zh"
    assert "xiaomi" in ans.answer and "设备" in ans.answer and "小米设备没有事件" not in ans.answer
    assert len(ans.options) == 3 and all("（" in o for o in ans.options)  # 安卓（android） …: the data's values
    assert not ans.tables and ans.error is None


def test_a_period_outside_the_data_is_refused_with_its_coverage(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("metric_breakdown", {"metric_id": "events", "dimension": "device", "start": "2019-01-01",
                                  "end": "2019-01-31"}),
        AIMessage(content="There were no events in January 2019.")])
    ans = service(root, tmp_path, model).answer("events by device in January 2019", as_of=AS_OF)
    told = [m.content for m in model.seen[1] if isinstance(m, ToolMessage)][0]
    assert "error [outside_coverage]" in told and "2026-09-30 .. 2026-10-10" in told
    assert ans.status == "clarify" and "2026-09-30 .. 2026-10-10" in ans.answer
    assert ans.options == ["2026-09-30 .. 2026-10-10"]


def test_an_unknown_metric_is_a_clarify_naming_the_nearest_measures(root, tmp_path):
    model = ScriptedChatModel(script=[call("metric_trend", {"metric_id": "orderz"}), AIMessage(content="Orders rose.")])
    ans = service(root, tmp_path, model).answer("orders trend", as_of=AS_OF)
    assert ans.status == "clarify" and ans.options == ["orders"] and "orderz" in ans.answer


def test_an_invented_tool_is_an_error_without_a_retry(root, tmp_path):
    model = ScriptedChatModel(script=[call("get_conversion", {}), AIMessage(content="done")])
    ans = service(root, tmp_path, model).answer("Which step loses the most users?", as_of=AS_OF)
    assert ans.status == "error" and ans.error["code"] == "unknown_tool" and "get_conversion" in ans.answer
    assert len(model.seen) == 2  # one run: every tool would not have had it either


def test_a_slice_the_measures_table_does_not_record_is_refused_and_unsupported(root, tmp_path):
    model = ScriptedChatModel(script=[
        call("metric_breakdown", {"metric_id": "feedback_volume", "dimension": "device"}),
        AIMessage(content="评论按设备：全部来自未知设备。")])
    ans = service(root, tmp_path, model).answer("按设备看反馈数量", as_of=AS_OF)
    told = [m.content for m in model.seen[1] if isinstance(m, ToolMessage)][0]
    assert "error [not_sliceable]" in told and "events" in told
    assert ans.status == "unsupported" and not ans.options and "设备" in ans.answer and "事件" in ans.answer
