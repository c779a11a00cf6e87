"""Charts that show the answer: one per answer type, encoding the asked measure with localised titles.

Each case is a tool result as the tools return it; the test reads the spec like a person reads
the chart: which field is drawn, what its axis says (in zh and en, with its unit), how many marks.
"""
from __future__ import annotations

import pytest

from assistant.compose.charts import MAX_MARKS, chart_for, choose_chart, presentation_of
from assistant.compose.names import Names
from knowledge.semantic.layer import load_semantic_layer

P = {"start": "2026-10-01", "end": "2026-10-31"}


@pytest.fixture(scope="module")
def names() -> Names:
    return Names(touchpoints={"a": {"zh": "甲", "en": "Alpha"}, "b": {"zh": "乙", "en": "Beta"},
                              "c": {"zh": "丙", "en": "Gamma"}}, layer=load_semantic_layer())


def layers(spec):
    """(mark type, encoding) of a single or layered spec."""
    if "layer" in spec:
        return [((x["mark"]["type"] if isinstance(x["mark"], dict) else x["mark"]), x["encoding"]) for x in spec["layer"]]
    return [((spec["mark"]["type"] if isinstance(spec["mark"], dict) else spec["mark"]), spec["encoding"])]


def quantitative(spec):
    """(field, title) of the quantitative axis of the main layer."""
    _, enc = layers(spec)[0]
    for ch in ("x", "y"):
        if enc.get(ch, {}).get("type") == "quantitative" and enc[ch].get("title"):
            return enc[ch]["field"], enc[ch]["title"]
    raise AssertionError(f"no titled quantitative axis in {enc}")


def values(spec):
    if "layer" in spec and "data" not in spec:
        return spec["layer"][0]["data"]["values"]
    return spec["data"]["values"]


RANKING = {"analysis": "step_dropoff", "period": P,
           "columns": ["journey_id", "journey", "step", "touchpoint_id", "touchpoint", "next_touchpoint_id",
                       "users_reached", "users_lost", "drop_off_rate"],
           "rows": [["j", "J", 2, "b", "B", "c", 100, 20, 0.2], ["j", "J", 1, "a", "A", "b", 200, 100, 0.5]]}


@pytest.mark.parametrize("lang,title", [("zh", "流失用户数 (人)"), ("en", "users lost (customers)")])
def test_ranking_is_sorted_bars_of_the_asked_measure(names, lang, title):
    spec = chart_for(RANKING, {}, lang, names, "t")
    assert quantitative(spec) == ("users_lost", title)
    assert [v["touchpoint_id"] for v in values(spec)] == ["a", "b"]  # largest first
    labels = [v["label"] for v in values(spec)]
    assert labels == (["甲", "乙"] if lang == "zh" else ["Alpha", "Beta"])


def test_ranking_of_a_rate_metric_has_percent_axis_and_groups_the_rest(names):
    rows = [[f"v{i:02d}", i / 100, 10 + i, 0.01] for i in range(40)]
    data = {"analysis": "metric_breakdown", "period": P, "columns": ["channel", "value", "n", "share"], "rows": rows}
    spec = chart_for(data, {"metric_id": "return_rate", "dimension": "channel"}, "zh", names, "t")
    field, title = quantitative(spec)
    assert field == "value" and title == "退货率 (%)" and spec["encoding"]["x"]["axis"]["format"] == ".0%"
    vals = values(spec)
    assert len(vals) == MAX_MARKS and vals[-1]["other"] and vals[-1]["label"].startswith("其他")
    rest = rows[:11]  # the 11 smallest rates fall into "other", weighted by their n
    assert vals[-1]["value"] == pytest.approx(sum(r[1] * r[2] for r in rest) / sum(r[2] for r in rest))


def test_ranking_of_counts_sums_the_rest(names):
    rows = [[f"v{i:02d}", i, i, 0.01] for i in range(35)]
    data = {"analysis": "metric_breakdown", "period": P, "columns": ["region", "value", "n", "share"], "rows": rows}
    spec = chart_for(data, {"metric_id": "orders"}, "en", names, "t")
    vals = values(spec)
    assert len(vals) == MAX_MARKS and vals[-1]["value"] == sum(range(6))  # the six smallest


def test_trend_is_a_line_with_partial_periods_marked(names):
    data = {"analysis": "metric_trend", "period": {"start": "2026-10-07", "end": "2026-10-31"},
            "columns": ["period_start", "value", "n"],
            "rows": [["2026-10-05", 10, 10], ["2026-10-12", 12, 12], ["2026-10-19", 11, 11], ["2026-10-26", 13, 13]],
            "notes": ["partial_bucket"]}
    spec = chart_for(data, {"metric_id": "orders", "grain": "week"}, "zh", names, "t")
    kinds = [k for k, _ in layers(spec)]
    assert "line" in kinds
    assert quantitative(spec) == ("value", "订单数")
    status = [v["status"] for v in values(spec)]
    # the week of Oct 5 starts before the period; Oct 26 .. Nov 1 ends after it
    assert status == ["不完整周期", "完整周期", "完整周期", "不完整周期"]


def test_comparison_of_periods_of_different_length_is_per_day_and_agrees_with_the_text(names):
    from assistant.compose.text import result_text
    data = {"analysis": "compare_periods", "period": {"start": "2026-11-11", "end": "2026-11-11"},
            "columns": ["period_label", "start", "end", "value", "n"],
            "rows": [["current", "2026-11-11", "2026-11-11", 57, 57], ["baseline", "2026-10-14", "2026-11-10", 432, 432]],
            "facts": {"metric_id": "orders", "value_a": 57, "value_b": 432, "difference": -375,
                      "per_day_current": 57.0, "per_day_baseline": 432 / 28}}
    args = {"metric_id": "orders"}
    spec = chart_for(data, args, "en", names, "t")
    field, title = quantitative(spec)
    assert title == "orders per day"
    drawn = [v[field] for v in values(spec)]
    assert drawn == [pytest.approx(57.0), pytest.approx(432 / 28)]
    text = result_text(data, args, "en", names)
    # the same numbers as the bars, as the text rounds them
    assert "57 a day" in text and f"{round(drawn[1], 1):.2f} a day" in text and "totals 57 vs 432" in text


def test_comparison_of_equal_periods_keeps_the_values(names):
    data = {"analysis": "compare_periods", "period": P, "columns": ["period_label", "start", "end", "value", "n"],
            "rows": [["current", "2026-10-01", "2026-10-31", 0.4, 100], ["baseline", "2026-09-01", "2026-09-30", 0.5, 90]],
            "facts": {"metric_id": "step_conversion"}}
    spec = chart_for(data, {"metric_id": "step_conversion"}, "zh", names, "t")
    assert quantitative(spec) == ("value", "步骤转化率 (%)") and [v["value"] for v in values(spec)] == [0.4, 0.5]


DRIVERS = {"analysis": "driver_decomposition", "period": P,
           "columns": ["device", "weight_base", "weight_now", "rate_base", "rate_now", "rate_effect", "mix_effect",
                       "total_effect", "share_of_change"],
           "rows": [["ios", 0.5, 0.5, 0.9, 0.88, -0.01, 0.0, -0.01, 0.1],
                    ["android", 0.5, 0.5, 0.9, 0.6, -0.15, 0.0, -0.15, 0.9]]}


@pytest.mark.parametrize("lang,title,before", [("zh", "步骤转化率 (%)", "之前"), ("en", "step conversion rate (%)", "before")])
def test_drivers_show_the_rate_before_and_after_with_the_contribution(names, lang, title, before):
    spec = chart_for(DRIVERS, {"metric_id": "step_conversion"}, lang, names, "t")
    (bar_kind, bar), (text_kind, text) = layers(spec)
    assert bar_kind == "bar" and text_kind == "text"
    assert bar["x"]["field"] == "rate_now" and bar["x"]["title"] == title
    assert "weight_base" not in str(spec)
    drawn = {(v["group"].split("（")[0], v["when"]): v["rate_now"] for v in spec["layer"][0]["data"]["values"]}
    android = "安卓" if lang == "zh" else "android"  # raw values in words of the language
    assert drawn[(android, before)] == 0.9 and len(drawn) == 4
    labels = [v["contribution"] for v in spec["layer"][1]["data"]["values"]]
    assert labels[0].endswith("-15.0 pp")  # the biggest contribution first
    assert bar["y"]["title"] == ("设备" if lang == "zh" else "device")


def test_funnel_bars_keep_step_order_and_label_the_drop_off(names):
    data = {"analysis": "funnel", "period": P,
            "columns": ["step", "touchpoint_id", "touchpoint", "users", "step_conversion", "overall_conversion",
                        "users_lost", "drop_off_rate", "median_time_to_convert_s"],
            "rows": [[1, "a", "A", 100, 1.0, 1.0, 40, 0.4, 0], [2, "b", "B", 60, 0.6, 0.6, 30, 0.5, 10],
                     [3, "c", "C", 30, 0.5, 0.3, None, None, 20]]}
    spec = chart_for(data, {"journey_id": "j"}, "zh", names, "t")
    kinds = [k for k, _ in layers(spec)]
    assert kinds == ["bar", "text"]
    assert quantitative(spec) == ("users", "触达用户数 (人)")
    assert [v["label"] for v in values(spec)] == ["1. 甲", "2. 乙", "3. 丙"]
    assert [v["drop"] for v in values(spec)] == ["流失 40.0%", "流失 50.0%", ""]


def test_paths_are_a_flow_from_left_to_right(names):
    data = {"analysis": "path_transitions", "period": P,
            "columns": ["from_touchpoint_id", "to_touchpoint_id", "from_touchpoint", "to_touchpoint", "transitions",
                        "customers", "share"],
            "rows": [["a", "b", "A", "B", 10, 8, 0.5], ["a", "(exit)", "A", "(exit)", 7, 7, 0.35],
                     ["a", "c", "A", "C", 3, 3, 0.15]]}
    spec = chart_for(data, {}, "en", names, "t")
    rule = spec["layer"][0]
    assert rule["mark"]["type"] == "rule" and rule["encoding"]["strokeWidth"]["field"] == "transitions"
    assert rule["encoding"]["strokeWidth"]["title"] == "moves"
    links = [(v["from"], v["to"], v["transitions"]) for v in rule["data"]["values"]]
    assert links == [("Alpha", "Beta", 10), ("Alpha", "(leaves)", 7), ("Alpha", "Gamma", 3)]
    right = [v["node"] for layer in spec["layer"][1:] for v in layer["data"]["values"] if v["side"] == "to"]
    assert right == ["Beta", "(leaves)", "Gamma"]


def test_cohorts_by_group_are_one_bar_per_group_over_complete_cohorts(names):
    data = {"analysis": "retention_cohorts", "period": P,
            "columns": ["segment", "cohort", "customers", "repurchased", "repurchase_rate", "incomplete"],
            "rows": [["new", "2026-08-01", 10, 1, 0.1, 0], ["new", "2026-09-01", 10, 3, 0.3, 0],
                     ["vip", "2026-08-01", 10, 5, 0.5, 0], ["vip", "2026-10-01", 10, 0, 0.0, 1]]}
    spec = chart_for(data, {"group_by": "segment"}, "zh", names, "t")
    assert quantitative(spec) == ("repurchase_rate", "复购率 (%)")
    assert [(v["label"].split("（")[0], v["repurchase_rate"]) for v in values(spec)] == [("VIP", 0.5), ("新用户", 0.2)]
    assert spec["encoding"]["y"]["title"] == "客户分群"


def test_journey_map_chart_is_reach_coloured_by_sentiment(names):
    data = {"analysis": "journey_map", "period": P,
            "columns": ["touchpoint_id", "touchpoint", "stage", "customers_reached", "avg_sentiment"],
            "rows": [["a", "A", "awareness", 100, 0.2], ["b", "B", "purchase", 50, -0.4]]}
    spec = chart_for(data, {}, "zh", names, "t")
    assert quantitative(spec) == ("customers_reached", "触达用户数 (人)")
    assert spec["encoding"]["color"]["field"] == "avg_sentiment" and spec["encoding"]["color"]["title"] == "平均情感得分"


def test_an_asked_presentation_wins():
    assert choose_chart("ranking", object(), "line") == "line"  # type: ignore[arg-type]
    assert choose_chart("trend", object(), "bar") == "bars"  # type: ignore[arg-type]
    assert choose_chart("trend", object(), "table") is None  # type: ignore[arg-type]
    assert choose_chart("ranking", object(), None) == "sorted_bars"  # type: ignore[arg-type]
    assert presentation_of(None, "每周订单数，用折线图", {}) == "line"
    assert presentation_of(None, "Plot weekly orders as a bar chart", {}) == "bar"
    assert presentation_of(None, "show it as a table", {}) == "table"
    assert presentation_of(None, "what is the online share", {}) is None  # 'line' inside a word is no cue
    assert presentation_of(type("Frame", (), {"presentation": "bar"})(), "line chart please", {}) == "bar"


def test_a_trend_asked_as_bars_is_bars_in_time_order(names):
    data = {"analysis": "metric_trend", "period": P, "columns": ["period_start", "value", "n"],
            "rows": [["2026-10-01", 3, 3], ["2026-10-02", 1, 1]]}
    spec = chart_for(data, {"metric_id": "orders", "grain": "day"}, "en", names, "t", presentation="bar")
    assert spec["mark"]["type"] == "bar" and [v["period_start"] for v in values(spec)] == ["2026-10-01", "2026-10-02"]
    assert spec["encoding"]["y"]["title"] == "orders"
    assert chart_for(data, {"metric_id": "orders"}, "en", names, "t", presentation="table") is None


def test_no_chart_for_a_single_row_or_a_definition(names):
    assert chart_for({"analysis": "funnel", "columns": ["users"], "rows": [[1]]}, {}, "en", names, "t") is None
    assert chart_for({"analysis": "explain_metric", "columns": [], "rows": []}, {}, "en", names, "t") is None


CASES = ["ranking", "trend", "drivers", "funnel", "paths", "cohorts", "map", "comparison"]


@pytest.mark.parametrize("case", CASES)
def test_specs_render_with_vega_lite(names, case):
    vl_convert = pytest.importorskip("vl_convert")
    data, args = {
        "ranking": (RANKING, {}), "drivers": (DRIVERS, {"metric_id": "step_conversion"}),
        "trend": ({"analysis": "metric_trend", "period": P, "columns": ["period_start", "value", "n"],
                   "rows": [["2026-10-01", 3, 3], ["2026-10-02", 1, 1]]}, {"metric_id": "orders"}),
        "funnel": ({"analysis": "funnel", "columns": ["step", "touchpoint_id", "touchpoint", "users", "drop_off_rate"],
                    "rows": [[1, "a", "A", 10, 0.5], [2, "b", "B", 5, None]]}, {}),
        "paths": ({"analysis": "path_transitions", "columns": ["from_touchpoint_id", "to_touchpoint_id", "from_touchpoint",
                                                               "to_touchpoint", "transitions", "customers", "share"],
                   "rows": [["a", "b", "A", "B", 10, 8, 0.5], ["a", "c", "A", "C", 10, 7, 0.5]]}, {}),
        "cohorts": ({"analysis": "retention_cohorts", "columns": ["segment", "cohort", "customers", "repurchased",
                                                                   "repurchase_rate", "incomplete"],
                     "rows": [["new", "2026-08-01", 10, 1, 0.1, 0], ["vip", "2026-08-01", 10, 5, 0.5, 0]]}, {}),
        "map": ({"analysis": "journey_map", "columns": ["touchpoint_id", "touchpoint", "customers_reached", "avg_sentiment"],
                 "rows": [["a", "A", 1, 0.1], ["b", "B", 2, -0.2]]}, {}),
        "comparison": ({"analysis": "compare_groups", "columns": ["device", "value", "n"],
                        "rows": [["ios", 0.5, 10], ["android", 0.4, 8]]}, {"metric_id": "step_conversion"}),
    }[case]
    spec = dict(chart_for(data, args, "zh", names, "t"), width=400)
    assert vl_convert.vegalite_to_svg(spec, allowed_base_urls=[]).lstrip().startswith("<svg")
