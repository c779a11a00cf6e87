"""Chart specs: the right mark per analysis, touchpoint ids kept, and valid Vega-Lite (rendered offline when possible)."""
from __future__ import annotations

import pytest

from assistant.compose.charts import chart_for
from assistant.compose.names import Names

P = {"start": "2026-10-01", "end": "2026-10-31"}
CASES = {
    "funnel": ({"analysis": "funnel", "columns": ["step", "touchpoint_id", "touchpoint", "users"],
                "rows": [[1, "a", "A", 100], [2, "b", "B", 60], [3, "c", "C", 30]]}, {}, "bar"),
    "trend": ({"analysis": "metric_trend", "columns": ["period_start", "value", "n"],
               "rows": [["2026-10-01", 1, 1], ["2026-10-02", 3, 3]]}, {"metric_id": "orders"}, "line"),
    "emotion": ({"analysis": "emotion_curve_touchpoint", "columns": ["touchpoint_id", "touchpoint", "avg_sentiment"],
                 "rows": [["a", "A", 0.3], ["b", "B", -0.4]]}, {}, "line"),
    "paths": ({"analysis": "path_transitions", "columns": ["from_touchpoint_id", "to_touchpoint_id", "from_touchpoint",
                                                            "to_touchpoint", "transitions", "customers", "share"],
               "rows": [["a", "b", "A", "B", 10, 8, 0.5], ["a", "c", "A", "C", 10, 7, 0.5]]}, {}, "rect"),
    "ranking": ({"analysis": "touchpoint_exits", "columns": ["touchpoint_id", "touchpoint", "sessions", "exits", "exit_rate"],
                 "rows": [["a", "A", 10, 5, 0.5], ["b", "B", 10, 2, 0.2]]}, {}, "bar"),
    "breakdown": ({"analysis": "metric_breakdown", "columns": ["device", "value", "n", "share"],
                   "rows": [["ios", 0.5, 10, 0.6], ["android", 0.4, 8, 0.4]]}, {"metric_id": "orders"}, "bar"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_mark_per_analysis(case):
    data, args, mark = CASES[case]
    spec = chart_for({**data, "period": P}, args, "en", Names(), "t")
    assert spec["mark"]["type"] == mark and spec["$schema"].endswith("/v5.json")
    assert len(spec["data"]["values"]) == len(data["rows"])


def test_funnel_keeps_journey_order_and_ranking_sorts_by_size():
    funnel = chart_for(CASES["funnel"][0], {}, "en", Names(), "t")
    ranking = chart_for(CASES["ranking"][0], {}, "en", Names(), "t")
    assert funnel["encoding"]["y"]["sort"] is None and ranking["encoding"]["y"]["sort"] == "-x"
    assert [v["touchpoint_id"] for v in ranking["data"]["values"]] == ["a", "b"]


def test_no_chart_for_a_single_row_or_a_definition():
    assert chart_for({"analysis": "funnel", "columns": ["users"], "rows": [[1]]}, {}, "en", Names(), "t") is None
    assert chart_for({"analysis": "explain_metric", "columns": [], "rows": []}, {}, "en", Names(), "t") is None


@pytest.mark.parametrize("case", sorted(CASES))
def test_specs_render_with_vega_lite(case):
    vl_convert = pytest.importorskip("vl_convert")
    data, args, _ = CASES[case]
    spec = dict(chart_for(data, args, "en", Names(), "t"), width=400)
    assert vl_convert.vegalite_to_svg(spec, allowed_base_urls=[]).lstrip().startswith("<svg")
