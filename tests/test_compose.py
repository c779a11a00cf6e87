"""Answer composition from tool data: text numbers, tables, charts, assumptions, citations, follow-ups."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from assistant.compose.answer import compose_answer
from assistant.compose.lang import num, pct, signed_pct
from assistant.compose.names import Names
from assistant.compose.text import result_text
from knowledge.results import AnalysisResult, Period
from knowledge.semantic.layer import load_semantic_layer
from tools.base import ToolResult, from_analysis

PERIOD = {"start": "2026-10-01", "end": "2026-10-31"}
FIELDS = ("columns", "rows", "sql", "metrics", "sample_size", "facts", "notes", "filters")


def tool_result(data: dict, name: str, args: dict) -> ToolResult:
    """A successful result as a tool builds it: the typed analysis, its JSON data (+ citations), name, args."""
    p = data.get("period")
    res = AnalysisResult(data["analysis"], **{k: data[k] for k in FIELDS if k in data},
                         period=Period(date.fromisoformat(p["start"]), date.fromisoformat(p["end"])) if p else None)
    out = from_analysis(res, **({"citations": data["citations"]} if data.get("citations") else {}))
    out.name, out.args = name, args
    return out


@pytest.fixture(scope="module")
def names():
    tps = SimpleNamespace(touchpoints=[SimpleNamespace(id="tp_sms", name="短信验证", name_zh="短信验证", name_en="SMS check"),
                                       SimpleNamespace(id="tp_pay", name="Payment", name_zh="支付", name_en="Payment")],
                          journeys=[SimpleNamespace(id="register", name="Register", name_zh="注册", name_en="Register")])
    return Names.build(load_semantic_layer(), tps)


def dropoff(rows: list | None = None, filters: dict | None = None) -> ToolResult:
    cols = ["journey_id", "journey", "step", "touchpoint_id", "touchpoint", "next_touchpoint_id", "users_reached",
            "users_lost", "drop_off_rate"]
    rows = [["register", "Register", 2, "tp_sms", "短信验证", "tp_done", 10000, 4120, 0.412],
            ["register", "Register", 1, "tp_pay", "Payment", "tp_sms", 12000, 2000, 0.1667]] if rows is None else rows
    return tool_result({"analysis": "step_dropoff", "columns": cols, "rows": rows, "sql": ["SELECT 1"],
                        "period": PERIOD, "metrics": ["drop_off_rate"], "sample_size": {"users": 12000},
                        "facts": {}, "notes": ["small_sample", "internal_code"], "filters": filters or {}},
                       "funnel_dropoff", {"journey_id": "register"})


def test_number_formats():
    assert (num(4120), num(0.41234), num(12.5), num(None)) == ("4,120", "0.412", "12.50", "–")
    assert (pct(0.412), signed_pct(-0.035), pct(None)) == ("41.2%", "-3.5%", "–")


def test_dropoff_text_in_both_languages(names):
    d = dropoff()
    assert result_text(d.data, d.args, "en", names) == (
        "SMS check (step 2 of Register) loses the most users: 4,120 of 10,000 (41.2%) do not reach the next step.")
    assert result_text(d.data, d.args, "zh", names) == (
        "注册中，短信验证（第 2 步）流失用户最多：到达该步的 10,000 人中有 4,120 人（41.2%）没有进入下一步。")


def test_whole_answer_from_a_ranking(names):
    ans = compose_answer("哪个触点流失用户最多?", "zh", [dropoff()], names)
    assert ans.status == "ok" and ans.language == "zh"
    assert ans.tables[0].rows[0][3] == "tp_sms" and ans.tables[0].rows[0][8] == 0.412
    assert ans.chart["mark"]["type"] == "bar"
    assert [v["label"] for v in ans.chart["data"]["values"]] == ["短信验证", "支付"]
    assert ans.assumptions[0] == "时间范围：2026-10-01 至 2026-10-31"
    rate = load_semantic_layer().metric("drop_off_rate")
    assert f"{rate.name['zh']}：{rate.definition['zh']}" in ans.assumptions
    assert "样本量：users 12,000" in ans.assumptions and "internal_code" not in " ".join(ans.assumptions)
    assert ans.follow_ups[0] == "短信验证的用户主要抱怨什么？" and 2 <= len(ans.follow_ups) <= 3
    assert ans.sql == ["SELECT 1"] and ans.tool_calls[0].name == "funnel_dropoff"


def test_trend_line_chart_and_text(names):
    data = {"analysis": "metric_trend", "columns": ["period_start", "value", "n"],
            "rows": [["2026-10-01", 10, 10], ["2026-10-02", 20, 20], ["2026-10-03", 15, 15]], "period": PERIOD,
            "metrics": ["orders"], "facts": {"metric_id": "orders", "first": 10, "last": 15, "change": 5,
                                             "relative_change": 0.5, "min": 10, "min_period": "2026-10-01",
                                             "max": 20, "max_period": "2026-10-02"}}
    ans = compose_answer("orders trend", "en", [tool_result(data, "metric_trend", {"metric_id": "orders"})], names)
    line = ans.chart["layer"][0]  # the line; the second layer marks partial periods
    assert line["mark"]["type"] == "line" and line["encoding"]["x"]["type"] == "temporal"
    assert "from 10 to 15 (+50.0%)" in ans.answer and "highest 20 (2026-10-02)" in ans.answer


def test_why_answer_combines_drivers_with_themes_and_redacted_quotes(names):
    drivers = {"analysis": "driver_decomposition", "columns": ["device", "total_effect", "share_of_change"],
               "rows": [["android", -0.05, 0.8], ["ios", -0.0125, 0.2]], "period": PERIOD, "metrics": [],
               "facts": {"metric_id": "step_conversion", "dimension": "device", "value_base": 0.8, "value_now": 0.7375,
                         "top_effect": -0.05, "top_share": 0.8}}
    themes = {"analysis": "feedback_themes", "columns": ["theme_id", "theme", "comments", "share"],
              "rows": [["theme_1", "android payment fails", 30, 0.75]], "period": PERIOD,
              "citations": [{"feedback_id": "f1", "text": "安卓付不了款 call 13812345678", "touchpoint_id": "tp_pay",
                             "sentiment": "negative"}]}
    results = [tool_result(drivers, "explain_change", {"metric_id": "step_conversion"}),
               tool_result(themes, "feedback_themes", {"touchpoint_ids": ["tp_pay"]})]
    ans = compose_answer("Why did payment conversion drop?", "en", results, names,
                         redact=lambda s: s.replace("13812345678", "[phone]"))
    assert "from 80.0% to 73.8% (-7.8%)" in ans.answer and "device = android (-5.0 pp, 80.0% of the change)" in ans.answer
    assert "android payment fails (30 comments, 75.0%)" in ans.answer
    assert ans.citations[0].text == "安卓付不了款 call [phone]" and ans.citations[0].touchpoint_id == "tp_pay"


def test_all_tools_failed_is_an_error_with_the_hint(names):
    failed = ToolResult(False, "error", {"error": {"code": "not_found", "message": "unknown journey 'x'",
                                                   "hint": "did you mean 'register'?"}}, "funnel", {})
    ans = compose_answer("funnel x", "en", [failed], names)
    assert ans.status == "error" and ans.error["code"] == "not_found"
    assert ans.answer == "I could not compute this: unknown journey 'x' Hint: did you mean 'register'?"


def test_unsupported_keeps_planner_suggestions(names):
    plan = SimpleNamespace(status="unsupported", clarify="I only know journey data.", options=[],
                           suggestions=["Which touchpoint loses the most users?"], assumptions=[], period=None)
    ans = compose_answer("tell me a joke", "en", [], names, plan=plan)
    assert ans.status == "unsupported" and ans.answer == "I only know journey data."
    assert ans.follow_ups == ["Which touchpoint loses the most users?"]


def test_empty_result_says_no_data(names):
    empty = compose_answer("x", "en", [dropoff(rows=[], filters={"device": ["android"]})], names)
    assert empty.status == "unsupported"  # "No data" is never ok (issue 8)
    assert "No data matched" in empty.answer and "2026-10-01 .. 2026-10-31" in empty.answer and "android" in empty.answer


def test_compare_periods_leads_with_the_value_and_states_significance(names):
    data = {"analysis": "compare_periods", "columns": ["period_label", "start", "end", "value", "n"],
            "rows": [["current", "2026-10-01", "2026-10-31", 417, 417], ["baseline", "2026-08-31", "2026-09-30", 451, 451]],
            "period": PERIOD, "metrics": ["orders"],
            "facts": {"metric_id": "orders", "value_a": 417, "value_b": 451, "difference": -34,
                      "relative_difference": -34 / 451, "p_value": 0.25, "significant": False}}
    res = tool_result(data, "compare_periods", {"metric_id": "orders"})
    en = compose_answer("orders last month", "en", [res], names)
    assert en.answer.startswith("orders was 417 in 2026-10-01 .. 2026-10-31 vs 451 in 2026-08-31 .. 2026-09-30 "
                                "(change -34, -7.5% relative).")
    assert "not statistically significant (p = 0.25)" in en.answer
    assert "the difference is not statistically significant (p = 0.25); treat it as noise" in en.assumptions
    zh = compose_answer("上个月订单", "zh", [res], names)
    label = load_semantic_layer().metric("orders").name["zh"]
    assert zh.answer.startswith(f"2026-10-01 .. 2026-10-31{label}为 417，相比 2026-08-31 .. 2026-09-30 的 451 变化 -34，相对变化 -7.5%。")


def test_citations_quote_the_same_words_once():
    from assistant.compose.citations import citations_for
    data = [{"citations": [{"feedback_id": "F1", "text": "重复扣款", "touchpoint_id": "tp_payment", "sentiment": "negative"},
                           {"feedback_id": "F2", "text": " 重复扣款 ", "touchpoint_id": "tp_payment", "sentiment": "negative"},
                           {"feedback_id": "F3", "text": "Payment failed", "touchpoint_id": "tp_payment", "sentiment": "negative"},
                           {"feedback_id": "F1", "text": "重复扣款", "touchpoint_id": "tp_payment", "sentiment": "negative"}]}]
    assert [c["feedback_id"] for c in citations_for(data, redact=None)] == ["F1", "F3"]


def test_compare_periods_of_very_different_length_speaks_per_day(names):
    # Nov 11 against the 28 days before: 57 orders vs 432 in total is 57 vs 15.4 a day
    data = {"analysis": "compare_periods", "columns": ["period_label", "start", "end", "value", "n"],
            "rows": [["current", "2026-11-11", "2026-11-11", 57, 57], ["baseline", "2026-10-14", "2026-11-10", 432, 432]],
            "period": {"start": "2026-11-11", "end": "2026-11-11"}, "metrics": ["orders"],
            "facts": {"metric_id": "orders", "value_a": 57, "value_b": 432, "difference": -375,
                      "relative_difference": -375 / 432, "per_day_current": 57.0, "per_day_baseline": 432 / 28}}
    res = tool_result(data, "compare_periods", {"metric_id": "orders"})
    en = compose_answer("orders on Nov 11 vs a normal day", "en", [res], names)
    assert en.answer.startswith("orders averaged 57 a day in 2026-11-11 .. 2026-11-11 vs 15.40 a day")
    assert "+269.4%" in en.answer and "-86.8%" not in en.answer


def test_anomaly_rows_by_day_get_a_line_chart_and_a_chart_failure_never_fails_the_answer(names):
    data = {"analysis": "anomalies", "columns": ["day", "value", "expected", "z", "is_anomaly"],
            "rows": [["2026-10-01", 10, 9.5, 0.2, False], ["2026-10-02", 30, 9.8, 4.1, True]],
            "period": PERIOD, "metrics": ["orders"], "facts": {"metric_id": "orders"}}
    res = tool_result(data, "detect_anomalies", {"metric_id": "orders"})
    ans = compose_answer("any anomalies in orders?", "en", [res], names)
    assert ans.status == "ok"
    broken = tool_result({**data, "rows": [["not a day", 1, 1, 0, False]]}, "detect_anomalies", {"metric_id": "orders"})
    assert compose_answer("any anomalies in orders?", "en", [broken], names).status == "ok"
