"""Vega-Lite v5 chart specs: bars for rankings and funnels, lines for trends and the emotion curve."""
from __future__ import annotations

from typing import Any

from assistant.compose.names import Names
from assistant.compose.text import label_of, records

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
MAX_POINTS = 400
RANKINGS = {"step_dropoff": "users_lost", "touchpoint_exits": "exits", "metric_breakdown": "value",
            "feedback_themes": "customers", "driver_decomposition": None, "explain_change": None,
            "compare_groups": "value", "compare_periods": "value", "experiment_result": None}


def _spec(title: str, values: list[dict[str, Any]], mark: Any, encoding: dict[str, Any]) -> dict[str, Any]:
    return {"$schema": SCHEMA, "title": title, "data": {"values": values[:MAX_POINTS]}, "mark": mark,
            "encoding": encoding, "width": "container"}


def _first_numeric(recs: list[dict[str, Any]], columns: list[str]) -> str | None:
    for c in columns:
        if c.endswith("_id") or c in ("step", "n"):
            continue
        if any(isinstance(r.get(c), (int, float)) and not isinstance(r.get(c), bool) for r in recs):
            return c
    return None


def bar(title: str, recs: list[dict[str, Any]], lang: str, names: Names, columns: list[str], field: str,
        *, sort: str | list[str] = "-x") -> dict[str, Any]:
    labels = [label_of(r, lang, names, columns) for r in recs]
    if len(set(labels)) < len(labels):  # e.g. one touchpoint in two journeys: bars must not merge
        labels = [f"{lab} · {names.journey(r['journey_id'], lang)}" if r.get("journey_id") else f"{lab} #{i + 1}"
                  for i, (lab, r) in enumerate(zip(labels, recs))]
    values = [{"label": lab, field: r.get(field),
               **({"touchpoint_id": r["touchpoint_id"]} if r.get("touchpoint_id") else {})} for lab, r in zip(labels, recs)]
    return _spec(title, values, {"type": "bar", "tooltip": True},
                 {"y": {"field": "label", "type": "nominal", "sort": sort, "title": None},
                  "x": {"field": field, "type": "quantitative", "title": field}})


def chart_for(data: dict[str, Any], args: dict[str, Any], lang: str, names: Names, title: str) -> dict[str, Any] | None:
    """The chart that helps for this result, or None (single numbers, definitions, SQL)."""
    recs, cols, analysis = records(data), list(data.get("columns") or []), data.get("analysis")
    if len(recs) < 2:
        return None
    if analysis == "funnel":
        if "group" in cols or args.get("group_by"):
            gcol = "group" if "group" in cols else args.get("group_by")
            values = [{"label": label_of(r, lang, names, cols), "users": r.get("users"), "group": str(r.get(gcol)),
                       "step": r.get("step")} for r in recs]
            return _spec(title, values, {"type": "bar", "tooltip": True},
                         {"y": {"field": "label", "type": "nominal", "sort": None, "title": None},
                          "x": {"field": "users", "type": "quantitative"},
                          "yOffset": {"field": "group"}, "color": {"field": "group", "type": "nominal"}})
        return bar(title, recs, lang, names, cols, "users", sort=None)  # journey order, not by size
    if analysis == "metric_trend":
        values = [{"period_start": r.get("period_start"), "value": r.get("value")} for r in recs]
        return _spec(title, values, {"type": "line", "point": True, "tooltip": True},
                     {"x": {"field": "period_start", "type": "temporal", "title": None},
                      "y": {"field": "value", "type": "quantitative", "title": names.metric(args.get("metric_id"), lang)}})
    if str(analysis).startswith("emotion_curve"):
        col = next((c for c in cols if "sentiment" in c), None)
        if not col:
            return None
        values = [{"label": label_of(r, lang, names, cols), col: r.get(col), "order": i} for i, r in enumerate(recs)]
        return _spec(title, values, {"type": "line", "point": True, "tooltip": True},
                     {"x": {"field": "label", "type": "ordinal", "sort": {"field": "order"}, "title": None},
                      "y": {"field": col, "type": "quantitative", "scale": {"domain": [-1, 1]}}})
    if analysis == "path_transitions":
        values = [{"from": names.touchpoint(r.get("from_touchpoint_id"), lang, r.get("from_touchpoint")),
                   "to": names.touchpoint(r.get("to_touchpoint_id"), lang, r.get("to_touchpoint")),
                   "transitions": r.get("transitions")} for r in recs]
        # Vega-Lite has no Sankey mark; a from × to heat grid reads the same flows
        return _spec(title, values, {"type": "rect", "tooltip": True},
                     {"x": {"field": "to", "type": "nominal"}, "y": {"field": "from", "type": "nominal"},
                      "color": {"field": "transitions", "type": "quantitative"}})
    if analysis == "retention_cohorts":
        rate = "repurchase_rate" if "repurchase_rate" in cols else _first_numeric(recs, cols)
        return bar(title, recs, lang, names, cols, rate, sort=None) if rate else None
    if analysis in RANKINGS:
        field = RANKINGS[analysis] if RANKINGS[analysis] in cols else _first_numeric(recs, cols)
        return bar(title, recs, lang, names, cols, field) if field else None
    return None
