"""The chart renderer's child process: Vega-Lite → SVG with vl-convert (V8), nothing else.

Imported in a spawned interpreter by knowledge.worker.ProcessWorker; keep its imports light.
"""
from __future__ import annotations

from typing import Any

# defaults only (a spec's own settings win): slanted category labels stay readable in zh and en
CONFIG = {"axisXBand": {"labelAngle": -30, "labelLimit": 160}, "view": {"stroke": None}}


def warm_up() -> None:
    """Load vl-convert and its JS runtime before the first request (start-up is not request time)."""
    import vl_convert

    vl_convert.vegalite_to_svg({"data": {"values": [{"a": 1}]}, "mark": "point",
                                "encoding": {"x": {"field": "a", "type": "quantitative"}}}, allowed_base_urls=[])


def render(request: dict[str, Any]) -> str:
    """SVG text of request["spec"]; no URL may be loaded (allowed_base_urls=[])."""
    import vl_convert

    return vl_convert.vegalite_to_svg(request["spec"], allowed_base_urls=[], config=CONFIG,
                                      format_locale="zh-CN" if request.get("lang") == "zh" else None)
