"""Tools: argument schemas, knowledge calls, ToolResult shape, errors returned (never raised)."""
from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from knowledge.errors import NotFoundError
from knowledge.results import AnalysisResult, Period
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from tests import tinyjourney
from tools.base import ToolContext, ToolResult
from tools.registry import TOOL_MODULES, build_tools

AS_OF = date(2026, 10, 31)


@pytest.fixture(scope="module")
def layer():
    return load_semantic_layer()


@pytest.fixture(scope="module")
def ctx(tmp_path_factory, layer):
    root = tmp_path_factory.mktemp("tiny")
    gw = tinyjourney.build(root)
    yield ToolContext(workspace=Workspace(root), gateway=gw, layer=layer, as_of=AS_OF)
    gw.close()


def tool(ctx, name):
    return next(t for t in build_tools(ctx) if t.name == name)


def call(ctx, name, **args) -> ToolResult:
    """Invoke the LangChain tool as the agent does and return the artifact."""
    msg = tool(ctx, name).invoke({"type": "tool_call", "name": name, "id": "c1", "args": args})
    assert isinstance(msg.artifact, ToolResult)
    assert msg.content == msg.artifact.text
    res = msg.artifact
    if res.ok:  # the typed analysis travels with its JSON form, and they agree
        from tools.base import json_safe
        assert res.result is not None and res.result.analysis == res.data["analysis"]
        assert json_safe(res.result.rows) == res.data["rows"] and list(res.result.columns) == res.data["columns"]
    return res


def test_every_documented_tool_exists_with_a_schema(ctx):
    names = [t.name for t in build_tools(ctx)]
    assert names == list(TOOL_MODULES) and len(names) == 22
    assert all(t.args_schema is not None and t.description for t in build_tools(ctx))


def test_default_period_is_30_days_ending_as_of(ctx):
    assert ctx.period(None, None) == Period(date(2026, 10, 2), date(2026, 10, 31))
    assert ctx.period("2026-10-01", None) == Period(date(2026, 10, 1), AS_OF)
    assert ctx.optional_period(None, None) is None


def test_funnel_dropoff_real_analysis(ctx):
    res = call(ctx, "funnel_dropoff", journey_id="buy", start="2026-10-01", end="2026-10-31", top_n=1)
    assert res.ok and res.name == "funnel_dropoff"
    assert res.data["analysis"] == "step_dropoff"
    rec = dict(zip(res.data["columns"], res.data["rows"][0]))
    assert (rec["touchpoint_id"], rec["users_reached"], rec["users_lost"]) == ("product", 5, 3)
    assert res.data["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
    assert "product" in res.text and "2026-10-01 .. 2026-10-31" in res.text
    assert res.args == {"journey_id": "buy", "start": "2026-10-01", "end": "2026-10-31", "top_n": 1}


def test_unknown_journey_is_a_readable_error_not_an_exception(ctx):
    res = call(ctx, "funnel", journey_id="nope", start="2026-10-01", end="2026-10-31")
    assert not res.ok
    assert res.text.startswith("error [") and "hint" in res.text
    assert res.data["error"]["code"]


def test_bad_arguments_are_returned_as_errors(ctx):
    res = call(ctx, "metric_trend", metric_id="orders", start="31/10/2026")
    assert not res.ok and res.data["error"]["code"] == "bad_date"
    msg = tool(ctx, "metric_trend").invoke({"type": "tool_call", "name": "metric_trend", "id": "c2",
                                             "args": {"grain": "century"}})
    assert "error" in msg.content.lower()  # schema validation: the agent reads the problem, nothing raises


def test_explain_metric_in_both_languages(ctx):
    en = call(ctx, "explain_metric", metric_id="drop_off_rate", lang="en")
    zh = call(ctx, "explain_metric", metric_id="drop_off_rate", lang="zh")
    m = ctx.layer.metric("drop_off_rate")
    assert en.data["facts"]["definition"] == m.definition["en"]
    assert zh.data["facts"]["definition"] == m.definition["zh"]
    assert zh.data["facts"]["name"] == m.name["zh"]
    assert en.data["facts"]["how"]
    bad = call(ctx, "explain_metric", metric_id="drop_of_rate")
    assert not bad.ok and "did you mean" in bad.text


def test_describe_data_counts_and_ids(ctx):
    res = call(ctx, "describe_data")
    tables = {r[0]: r[1] for r in res.data["rows"]}
    assert tables["events"] == ctx.gateway.scalar("SELECT count(*) FROM events") > 0
    assert tables["touchpoints"] == len(tinyjourney.TOUCHPOINTS) == 5
    assert [j["journey_id"] for j in res.data["facts"]["journeys"]] == ["buy", "help"]
    assert "buy (Buy, 4 steps)" in res.text


def test_run_sql_guarded(ctx):
    ok = call(ctx, "run_sql", sql="SELECT touchpoint_id, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 2")
    direct = ctx.gateway.query("SELECT touchpoint_id, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 2")
    assert ok.ok and ok.data["rows"] == [list(r) for r in direct.rows] and len(ok.data["rows"]) == 2
    assert ok.data["sql"] == ["SELECT touchpoint_id, COUNT(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 2"]
    bad = call(ctx, "run_sql", sql="SELECT * FROM read_csv('/etc/passwd')")
    assert not bad.ok and bad.data["error"]["code"] == "sql_rejected"
    stacked = call(ctx, "run_sql", sql="SELECT 1; DROP TABLE events")
    assert not stacked.ok


def _fake_module(monkeypatch, module: str, fn_name: str, seen: dict, result: AnalysisResult | Exception):
    def fake(*args, **kwargs):
        seen["args"], seen["kwargs"] = args, kwargs
        if isinstance(result, Exception):
            raise result
        return result
    mod = types.ModuleType(module)
    setattr(mod, fn_name, fake)
    monkeypatch.setitem(sys.modules, module, mod)


def test_feedback_themes_citations_and_redacted_text(ctx, monkeypatch):
    res = AnalysisResult("feedback_themes", ["theme_id", "theme", "comments", "share"], [["theme_1", "payment fails", 3, 0.6]],
                         period=Period(date(2026, 10, 1), date(2026, 10, 31)))
    res.facts["quotes"] = {"theme_1": [{"feedback_id": "f1", "text": "call me at 13800138000", "touchpoint_id": "pay",
                                        "sentiment": "negative"}]}
    seen: dict = {}
    _fake_module(monkeypatch, "knowledge.feedback.themes", "feedback_themes", seen, res)
    out = call(ctx, "feedback_themes", touchpoint_ids=["pay"], start="2026-10-01", end="2026-10-31", sentiment="negative")
    assert out.ok and seen["kwargs"]["touchpoint_ids"] == ["pay"] and seen["kwargs"]["lang"] == "en"
    assert seen["kwargs"]["period"] == Period(date(2026, 10, 1), date(2026, 10, 31))
    assert out.data["citations"] == [{"feedback_id": "f1", "text": "call me at 13800138000", "touchpoint_id": "pay",
                                      "sentiment": "negative"}]
    external = ToolContext(workspace=ctx.workspace, gateway=ctx.gateway, layer=ctx.layer, as_of=AS_OF, redact_text=True)
    red = call(external, "feedback_themes", touchpoint_ids=["pay"])
    assert "13800138000" not in red.text and "13800138000" in red.data["citations"][0]["text"]


def test_feedback_search_passes_filters_and_errors_become_results(ctx, monkeypatch):
    res = AnalysisResult("search_feedback", ["feedback_id", "touchpoint_id", "text", "sentiment"],
                         [["f9", "pay", "card declined", "negative"]])
    seen: dict = {}
    _fake_module(monkeypatch, "knowledge.feedback.search", "search_feedback", seen, res)
    out = call(ctx, "feedback_search", query="card", k=3, language="en", rating_max=2)
    assert out.ok and seen["args"][2] == "card" and seen["kwargs"]["k"] == 3 and seen["kwargs"]["rating_max"] == 2
    assert out.data["citations"][0]["feedback_id"] == "f9"
    _fake_module(monkeypatch, "knowledge.feedback.search", "search_feedback", seen,
                 NotFoundError("no index", hint="run journey ingest"))
    err = call(ctx, "feedback_search", query="card")
    assert not err.ok and err.text == "error [not_found]: no index (hint: run journey ingest)"
    _fake_module(monkeypatch, "knowledge.feedback.search", "search_feedback", seen, RuntimeError("boom"))
    crash = call(ctx, "feedback_search", query="card")
    assert not crash.ok and crash.data["error"]["code"] == "tool_failed"


def test_compare_periods_default_baseline_is_previous_period(ctx, monkeypatch):
    seen: dict = {}
    _fake_module(monkeypatch, "knowledge.analyses.compare", "compare_periods", seen,
                 AnalysisResult("compare_periods", ["period_label", "value"], [["current", 1], ["baseline", 2]]))
    out = call(ctx, "compare_periods", metric_id="orders", start="2026-10-01", end="2026-10-31")
    # a whole calendar month's baseline is the month before (not the 31 days before it)
    assert seen["args"][4] == Period(date(2026, 9, 1), date(2026, 9, 30))
    assert out.data["baseline"] == {"start": "2026-09-01", "end": "2026-09-30"}
    call(ctx, "compare_periods", metric_id="orders", start="2026-10-05", end="2026-10-11")
    assert seen["args"][4] == Period(date(2026, 9, 28), date(2026, 10, 4))  # any other span: the same length before
