"""Vega-Lite v5 charts that show the answer: one chart per answer type, of the asked measure.

`choose_chart(answer_type, measure, presentation)` is the one decision: ranking → sorted bars,
trend → a line with partial periods marked, comparison → the values side by side (per day when
the periods differ in length, as the text says), drivers → the rate per group before vs after
with each group's contribution, funnel → bars in step order with drop-off labels, paths → a
flow from touchpoints to touchpoints (Vega-Lite has no Sankey mark: lines whose width is the
number of moves). An asked presentation (line / bar / table) wins. Axis titles and legends come
from the semantic layer and strings_*.py in the asker's language, with units; at most MAX_MARKS
marks, the rest grouped as "other".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from assistant.compose.lang import t
from assistant.compose.names import Names
from assistant.compose.text import label_of, records

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
MAX_MARKS = 30
MAX_POINTS = 400  # a trend may have more points than bars: one line, not 400 marks to read

ANSWER_TYPES = {
    "step_dropoff": "ranking", "touchpoint_exits": "ranking", "metric_breakdown": "ranking",
    "feedback_themes": "ranking", "experiment_result": "ranking", "compare_groups": "comparison",
    "compare_periods": "comparison", "metric_trend": "trend", "detect_anomalies": "trend", "anomalies": "trend",
    "retention_cohorts": "cohorts", "driver_decomposition": "drivers", "explain_change": "drivers",
    "funnel": "funnel", "path_transitions": "paths", "emotion_curve_touchpoint": "curve",
    "emotion_curve_stage": "curve", "journey_map": "map",
}
# the column a ranking shows when no metric was asked, and its words (strings_*.py col_*)
DEFAULT_FIELD = {"step_dropoff": "users_lost", "touchpoint_exits": "exit_rate", "feedback_themes": "customers",
                 "experiment_result": "conversion_rate", "metric_breakdown": "value", "compare_groups": "value"}
CUSTOMER_COUNTS = {"users_reached", "users_lost", "active_customers", "buyers", "new_customers", "customers", "users",
                   "customers_reached"}
@dataclass(frozen=True)
class Measure:
    """The number a chart shows: its column, localised axis title with unit, and how to format it."""

    field: str
    title: str
    rate: bool = False
    currency: bool = False
    additive: bool = True  # counts add up ("other" = their sum); rates, money per order and scores do not

    @property
    def axis_format(self) -> str | None:
        return ".0%" if self.rate else None


# -- the one decision ----------------------------------------------------------------------------
def choose_chart(answer_type: str | None, measure: Measure | None, presentation: str | None) -> str | None:
    """The chart kind for an answer: an asked presentation wins; None means no chart (a table is enough)."""
    if presentation == "table":
        return None
    if answer_type is None or measure is None and answer_type not in ("paths",):
        return None
    if presentation == "line":
        return "line"
    if presentation == "bar":
        return "bars" if answer_type in ("trend", "curve", "cohorts") else {
            "ranking": "sorted_bars", "comparison": "side_by_side", "drivers": "drivers", "funnel": "funnel"}.get(
            answer_type, "sorted_bars")
    return {"ranking": "sorted_bars", "trend": "line", "curve": "line", "cohorts": "bars",
            "comparison": "side_by_side", "drivers": "drivers", "funnel": "funnel", "paths": "flow",
            "map": "map"}.get(answer_type)


def presentation_of(plan: Any, question: str, args: dict[str, Any]) -> str | None:
    """line / bar / table when asked: the planner's frame (`presentation`), a `chart_type` hint, else the words
    (the words themselves are defined once, in the question frame)."""
    from assistant.planner.frame import presentation_of as asked
    frame = getattr(plan, "frame", None)
    for src in (getattr(frame, "presentation", None), getattr(plan, "presentation", None),
                getattr(plan, "chart_type", None), args.get("chart_type")):
        if src in ("line", "bar", "table"):
            return src
    kind = asked(question)[0]
    return kind if kind in ("line", "bar", "table") else None


# -- measures ------------------------------------------------------------------------------------
def unit_suffix(lang: str, names: Names, metric_id: str | None, field: str) -> tuple[str, bool, bool]:
    """(' (%)' / ' (人)' / ' (¥)' / '', is_rate, is_currency) for a metric or a column."""
    unit = None
    if metric_id and names.layer and metric_id in names.layer.metrics:
        unit = names.layer.metrics[metric_id].unit
    elif field.endswith("rate") or field in ("share", "conversion", "negative_share") or field.startswith("rate_"):
        unit = "ratio"
    if unit in ("ratio", "rate"):
        return " (%)", True, False
    if unit == "currency":
        return " (¥)", False, True
    if unit == "seconds":
        return f" ({t(lang, 'unit_seconds')})", False, False
    if field in CUSTOMER_COUNTS or metric_id in CUSTOMER_COUNTS:
        return f" ({t(lang, 'unit_customers')})", False, False
    return "", False, False


def column_title(field: str, lang: str, names: Names) -> str:
    """A column's words: the metric of that id, else strings col_<field>, else the field with spaces."""
    if names.layer and field in names.layer.metrics:
        return names.metric(field, lang)
    key = f"col_{field}"
    from assistant.compose.lang import has_text
    return t(lang, key) if has_text(key) else field.replace("_", " ")


def measure_of(data: dict[str, Any], args: dict[str, Any], lang: str, names: Names) -> Measure | None:
    """The asked measure of a result: the metric asked for, else the analysis' own headline column."""
    analysis = str(data.get("analysis") or "")
    cols = list(data.get("columns") or [])
    mid = args.get("metric_id") or (data.get("facts") or {}).get("metric_id")
    field = "value" if "value" in cols and mid else DEFAULT_FIELD.get(analysis)
    if analysis == "funnel":
        field, mid = "users", "users_reached"
    elif analysis in ("metric_trend", "detect_anomalies", "anomalies", "compare_periods"):
        field = "value"
    elif analysis.startswith("emotion_curve"):
        field, mid = "avg_sentiment", "avg_sentiment"
    elif analysis == "retention_cohorts":
        field, mid = "repurchase_rate", "repurchase_rate"
    elif analysis in ("driver_decomposition", "explain_change"):
        field = "rate_now"
    elif analysis == "journey_map":
        field, mid = "customers_reached", "users_reached"
    elif analysis == "path_transitions":
        field = "transitions"
    if field is None or field not in cols:
        return None
    suffix, rate, currency = unit_suffix(lang, names, mid, field)
    words = names.metric(mid, lang) if mid and (field == "value" or field in ("rate_now",) or mid == field
                                                 or analysis in ("funnel", "journey_map")) else column_title(field, lang, names)
    unit = names.layer.metrics[mid].unit if mid and names.layer and mid in names.layer.metrics else None
    additive = not rate and (unit == "count" if unit else field in CUSTOMER_COUNTS | {"transitions", "exits", "comments"})
    return Measure(field, words + suffix, rate, currency, additive)


# -- building blocks -----------------------------------------------------------------------------
def _spec(title: str, values: list[dict[str, Any]], **body: Any) -> dict[str, Any]:
    return {"$schema": SCHEMA, "title": title, "data": {"values": values}, "width": "container", **body}


def _x(m: Measure, **extra: Any) -> dict[str, Any]:
    axis = {"format": m.axis_format} if m.axis_format else {}
    return {"field": m.field, "type": "quantitative", "title": m.title, **({"axis": axis} if axis else {}), **extra}


def _labels(recs: list[dict[str, Any]], lang: str, names: Names, cols: list[str]) -> list[str]:
    labels = [label_of(r, lang, names, cols) for r in recs]
    if len(set(labels)) < len(labels):  # e.g. one touchpoint in two journeys: bars must not merge
        labels = [f"{lab} · {names.journey(r['journey_id'], lang)}" if r.get("journey_id") else f"{lab} #{i + 1}"
                  for i, (lab, r) in enumerate(zip(labels, recs))]
    return labels


def _group_rest(values: list[dict[str, Any]], m: Measure, lang: str, limit: int = MAX_MARKS) -> list[dict[str, Any]]:
    """At most `limit` marks: the first limit-1 and one "other (n)" mark that sums counts or
    n-weights other measures; without group sizes a non-additive measure is cut, not invented."""
    if len(values) <= limit:
        return values
    head, rest = values[:limit - 1], values[limit - 1:]
    nums = [v for v in rest if isinstance(v.get(m.field), (int, float))]
    other = t(lang, "chart_other", n=len(rest))
    if m.additive:
        return head + [{"label": other, m.field: sum(v[m.field] for v in nums), "other": True}]
    sized = [v for v in nums if isinstance(v.get("n"), (int, float)) and v["n"] > 0]
    if not sized or len(sized) < len(nums):
        return values[:limit]
    total_n = sum(v["n"] for v in sized)
    return head + [{"label": other, m.field: sum(v[m.field] * v["n"] for v in sized) / total_n, "n": total_n,
                    "other": True}]


def _row_values(recs: list[dict[str, Any]], labels: list[str], m: Measure) -> list[dict[str, Any]]:
    out = []
    for lab, r in zip(labels, recs):
        v = {"label": lab, m.field: r.get(m.field)}
        if r.get("touchpoint_id"):
            v["touchpoint_id"] = r["touchpoint_id"]
        if isinstance(r.get("n"), (int, float)):
            v["n"] = r["n"]
        out.append(v)
    return out


# -- one function per kind -----------------------------------------------------------------------
def sorted_bars(title: str, recs: list[dict[str, Any]], m: Measure, lang: str, names: Names,
                cols: list[str]) -> dict[str, Any]:
    """Bars of the measure, largest first, at most MAX_MARKS."""
    values = _row_values(recs, _labels(recs, lang, names, cols), m)
    values.sort(key=lambda v: -(v[m.field] if isinstance(v[m.field], (int, float)) else float("-inf")))
    values = _group_rest(values, m, lang)
    return _spec(title, values, mark={"type": "bar", "tooltip": True},
                 encoding={"y": {"field": "label", "type": "nominal", "sort": None, "title": None}, "x": _x(m)})


def bars_in_order(title: str, values: list[dict[str, Any]], m: Measure, x_field: str, x_type: str) -> dict[str, Any]:
    """Bars in the data's own order (time, cohorts): nothing re-sorted."""
    return _spec(title, values[:MAX_POINTS], mark={"type": "bar", "tooltip": True},
                 encoding={"x": {"field": x_field, "type": x_type, "title": None, "sort": None},
                           "y": {**_x(m)}})


def trend_line(title: str, data: dict[str, Any], args: dict[str, Any], m: Measure, lang: str) -> dict[str, Any]:
    """The measure over time; a first or last bucket that the period only partly covers is marked."""
    p = data.get("period") or {}
    start = date.fromisoformat(p["start"]) if p.get("start") else None
    end = date.fromisoformat(p["end"]) if p.get("end") else None
    grain = args.get("grain") or "day"
    values = []
    recs = records(data)
    key = next((c for c in ("period_start", "day", "date", "week", "month") if recs and recs[0].get(c) is not None),
               "period_start")
    for r in recs[:MAX_POINTS]:
        if r.get(key) is None:
            continue
        d = date.fromisoformat(str(r.get(key))[:10])
        last_day = _bucket_end(d, grain)
        partial = bool(start and d < start or end and last_day > end)
        values.append({"period_start": d.isoformat(), m.field: r.get(m.field),
                       "status": t(lang, "chart_partial" if partial else "chart_complete")})
    color = {"field": "status", "type": "nominal", "title": t(lang, "chart_period_status"),
             "scale": {"domain": [t(lang, "chart_complete"), t(lang, "chart_partial")], "range": ["#2563eb", "#f79009"]}}
    return _spec(title, values, layer=[
        {"mark": {"type": "line", "color": "#2563eb"},
         "encoding": {"x": {"field": "period_start", "type": "temporal", "title": None}, "y": _x(m)}},
        {"mark": {"type": "point", "filled": True, "size": 60, "tooltip": True},
         "encoding": {"x": {"field": "period_start", "type": "temporal"}, "y": {"field": m.field, "type": "quantitative"},
                      "color": color, "shape": {"field": "status", "type": "nominal", "legend": None}}}])


def _bucket_end(d: date, grain: str) -> date:
    if grain == "week":
        return d + timedelta(days=6)
    if grain == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return d


def ordered_line(title: str, recs: list[dict[str, Any]], m: Measure, lang: str, names: Names,
                 cols: list[str]) -> dict[str, Any]:
    """A line over the rows in their own order (emotion curve, or a ranking asked for as a line)."""
    values = [{"label": lab, m.field: r.get(m.field), "order": i}
              for i, (lab, r) in enumerate(zip(_labels(recs, lang, names, cols), recs))][:MAX_MARKS]
    y = _x(m)
    if m.field == "avg_sentiment":
        y["scale"] = {"domain": [-1, 1]}
    return _spec(title, values, mark={"type": "line", "point": True, "tooltip": True},
                 encoding={"x": {"field": "label", "type": "ordinal", "sort": {"field": "order"}, "title": None},
                           "y": y})


def side_by_side(title: str, data: dict[str, Any], args: dict[str, Any], m: Measure, lang: str,
                 names: Names) -> dict[str, Any]:
    """The compared values next to each other; per day when the two periods differ in length."""
    recs, f = records(data), data.get("facts") or {}
    per_day = isinstance(f.get("per_day_current"), (int, float)) and isinstance(f.get("per_day_baseline"), (int, float))
    if data.get("analysis") == "compare_periods" and len(recs) >= 2:
        labels = [f"{r.get('start')} .. {r.get('end')}" for r in recs[:2]]
        if per_day:
            values = [{"label": labels[0], m.field: f["per_day_current"], "total": recs[0].get("value")},
                      {"label": labels[1], m.field: f["per_day_baseline"], "total": recs[1].get("value")}]
            m = Measure(m.field, t(lang, "chart_per_day", measure=m.title), m.rate, m.currency)
        else:
            values = [{"label": lab, m.field: r.get(m.field)} for lab, r in zip(labels, recs)]
    else:
        values = _row_values(recs, _labels(recs, lang, names, list(data.get("columns") or [])), m)
    values = values[:MAX_MARKS]
    return _spec(title, values, mark={"type": "bar", "tooltip": True},
                 encoding={"y": {"field": "label", "type": "nominal", "sort": None, "title": None}, "x": _x(m)})


def drivers(title: str, data: dict[str, Any], args: dict[str, Any], m: Measure, lang: str,
            names: Names) -> dict[str, Any]:
    """Per group: the rate before and after (bars side by side) and its contribution to the change."""
    cols = list(data.get("columns") or [])
    dim = cols[0]
    recs = sorted(records(data), key=lambda r: -abs(r.get("total_effect") or 0.0))[:MAX_MARKS // 2]
    before, after = t(lang, "chart_before"), t(lang, "chart_after")
    values, labels = [], []
    for r in recs:
        group = names.value(dim, r.get(dim), lang) if r.get(dim) is not None else t(lang, "unknown_value")
        effect = r.get("total_effect")
        pp = f"{effect * 100:+.1f} pp" if m.rate and isinstance(effect, (int, float)) else (
            f"{effect:+,.4g}" if isinstance(effect, (int, float)) else "–")
        for when, col in ((before, "rate_base"), (after, "rate_now")):
            values.append({"group": group, "when": when, m.field: r.get(col)})
        labels.append({"group": group, "contribution": t(lang, "chart_contribution", value=pp)})
    order = [lab["group"] for lab in labels]
    y = {"field": "group", "type": "nominal", "sort": order, "title": names.dimension(dim, lang)}
    return {"$schema": SCHEMA, "title": title, "width": "container", "layer": [
        {"data": {"values": values}, "mark": {"type": "bar", "tooltip": True},
         "encoding": {"y": y, "yOffset": {"field": "when", "sort": [before, after]}, "x": _x(m),
                      "color": {"field": "when", "type": "nominal", "sort": [before, after],
                                "title": t(lang, "chart_period_status"), "legend": {"orient": "top"},
                                "scale": {"range": ["#98a2b3", "#2563eb"]}}}},
        {"data": {"values": labels}, "mark": {"type": "text", "align": "left", "dx": 4, "x": "width"},
         "encoding": {"y": y, "text": {"field": "contribution"}}}]}


def funnel_bars(title: str, data: dict[str, Any], m: Measure, lang: str, names: Names) -> dict[str, Any]:
    """Users per step in journey order, each bar labelled with the drop-off to the next step."""
    cols = list(data.get("columns") or [])
    recs = records(data)
    group_col = next((c for c in cols if c not in ("step", "touchpoint_id", "touchpoint", "users", "step_conversion",
                                                   "overall_conversion", "users_lost", "drop_off_rate",
                                                   "median_time_to_convert_s")), None)
    values = []
    for r in recs[:MAX_MARKS]:
        drop = r.get("drop_off_rate")
        values.append({"label": f"{r.get('step')}. {names.touchpoint(r.get('touchpoint_id'), lang, r.get('touchpoint'))}",
                       m.field: r.get(m.field), "touchpoint_id": r.get("touchpoint_id"),
                       "group": str(r.get(group_col)) if group_col else None,
                       "drop": t(lang, "chart_drop", rate=f"{drop * 100:.1f}%") if isinstance(drop, (int, float)) else ""})
    y = {"field": "label", "type": "nominal", "sort": None, "title": None}
    bar: dict[str, Any] = {"mark": {"type": "bar", "tooltip": True}, "encoding": {"y": y, "x": _x(m)}}
    layers = [bar]
    if group_col:
        bar["encoding"]["yOffset"] = {"field": "group"}
        bar["encoding"]["color"] = {"field": "group", "type": "nominal", "title": names.dimension(group_col, lang)}
    else:
        layers.append({"mark": {"type": "text", "align": "left", "dx": 4},
                       "encoding": {"y": y, "x": {"field": m.field, "type": "quantitative"}, "text": {"field": "drop"}}})
    return _spec(title, values, layer=layers)


def flow(title: str, data: dict[str, Any], lang: str, names: Names) -> dict[str, Any]:
    """From-touchpoints on the left, to-touchpoints on the right, a line per move as wide as its count."""
    recs = sorted(records(data), key=lambda r: -(r.get("transitions") or 0))[:MAX_MARKS]
    exit_word, entry_word = t(lang, "chart_exit"), t(lang, "chart_entry")

    def name(tp: Any, fallback: Any, end: str) -> str:
        if tp in (None, "(exit)", "(entry)"):
            return end
        return names.touchpoint(tp, lang, fallback)

    lefts = list(dict.fromkeys(name(r.get("from_touchpoint_id"), r.get("from_touchpoint"), entry_word) for r in recs))
    rights = list(dict.fromkeys(name(r.get("to_touchpoint_id"), r.get("to_touchpoint"), exit_word) for r in recs))
    span = max(len(lefts), len(rights), 1)

    def pos(i: int, n: int) -> float:  # centre each side's nodes vertically
        return (span - n) / 2 + i + 0.5

    links, nodes = [], []
    for r in recs:
        a = name(r.get("from_touchpoint_id"), r.get("from_touchpoint"), entry_word)
        b = name(r.get("to_touchpoint_id"), r.get("to_touchpoint"), exit_word)
        links.append({"from": a, "to": b, "transitions": r.get("transitions"), "share": r.get("share"),
                      "x": 0, "x2": 1, "y": pos(lefts.index(a), len(lefts)), "y2": pos(rights.index(b), len(rights))})
    nodes += [{"node": n, "x": 0, "y": pos(i, len(lefts)), "side": "from"} for i, n in enumerate(lefts)]
    nodes += [{"node": n, "x": 1, "y": pos(i, len(rights)), "side": "to"} for i, n in enumerate(rights)]
    hide = {"axis": None}
    scale_y = {"domain": [span, 0]}
    moves = t(lang, "col_transitions")
    return {"$schema": SCHEMA, "title": title, "width": "container", "height": max(120, 36 * span), "layer": [
        {"data": {"values": links}, "mark": {"type": "rule", "opacity": 0.45, "color": "#2563eb", "tooltip": True},
         "encoding": {"x": {"field": "x", "type": "quantitative", **hide, "scale": {"domain": [-0.45, 1.45]}},
                      "x2": {"field": "x2"}, "y": {"field": "y", "type": "quantitative", **hide, "scale": scale_y},
                      "y2": {"field": "y2"},
                      "strokeWidth": {"field": "transitions", "type": "quantitative", "title": moves,
                                      "scale": {"range": [1, 18]}, "legend": None},
                      "tooltip": [{"field": "from", "title": " "}, {"field": "to", "title": "→"},
                                  {"field": "transitions", "title": moves, "format": ","}]}},
        *[{"data": {"values": [n for n in nodes if n["side"] == side]},
           "mark": {"type": "text", "fontSize": 12, "align": align, "dx": dx},
           "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                        "text": {"field": "node"}}}
          for side, align, dx in (("from", "right", -6), ("to", "left", 6))]]}


def cohorts_by_group(title: str, data: dict[str, Any], m: Measure, lang: str, names: Names) -> dict[str, Any]:
    """Repurchase cohorts split by a group: one bar per group, its rate over all complete cohorts
    (a bar per cohort and group would be dozens of unlabelled bars)."""
    dim = (data.get("columns") or [])[0]
    totals: dict[Any, list[int]] = {}
    for r in records(data):
        if r.get("incomplete"):
            continue  # a cohort whose window is still open would pull its group's rate down
        acc = totals.setdefault(r.get(dim), [0, 0])
        acc[0] += int(r.get("repurchased") or 0)
        acc[1] += int(r.get("customers") or 0)
    values = [{"label": names.value(dim, g, lang) if g is not None else t(lang, "unknown_value"),
               m.field: rep / n, "n": n} for g, (rep, n) in totals.items() if n]
    values.sort(key=lambda v: -v[m.field])
    values = _group_rest(values, m, lang)
    return _spec(title, values, mark={"type": "bar", "tooltip": True},
                 encoding={"y": {"field": "label", "type": "nominal", "sort": None, "title": names.dimension(dim, lang)},
                           "x": _x(m)})


def journey_map_chart(title: str, data: dict[str, Any], m: Measure, lang: str, names: Names) -> dict[str, Any]:
    """Customers reached per touchpoint in map order, coloured by average sentiment (the emotion on the map)."""
    cols = list(data.get("columns") or [])
    recs = records(data)[:MAX_MARKS]
    values = [{"label": lab, m.field: r.get(m.field), "avg_sentiment": r.get("avg_sentiment"),
               "touchpoint_id": r.get("touchpoint_id")} for lab, r in zip(_labels(recs, lang, names, cols), recs)]
    return _spec(title, values, mark={"type": "bar", "tooltip": True},
                 encoding={"y": {"field": "label", "type": "nominal", "sort": None, "title": None}, "x": _x(m),
                           "color": {"field": "avg_sentiment", "type": "quantitative",
                                     "title": names.metric("avg_sentiment", lang),
                                     "scale": {"domain": [-1, 1], "scheme": "redyellowgreen"}}})


def chart_for(data: dict[str, Any], args: dict[str, Any], lang: str, names: Names, title: str, *,
              presentation: str | None = None) -> dict[str, Any] | None:
    """The chart that shows this result's answer, or None (single numbers, definitions, SQL, asked for a table)."""
    recs, cols, analysis = records(data), list(data.get("columns") or []), str(data.get("analysis") or "")
    if len(recs) < 2:
        return None
    answer_type = ANSWER_TYPES.get(analysis)
    m = measure_of(data, args, lang, names)
    kind = choose_chart(answer_type, m, presentation)
    if kind is None:
        return None
    if kind == "flow":
        return flow(title, data, lang, names)
    assert m is not None  # choose_chart only picks other kinds with a measure
    if kind == "sorted_bars":
        return sorted_bars(title, recs, m, lang, names, cols)
    if kind == "line":
        if answer_type == "trend":
            return trend_line(title, data, args, m, lang)
        return ordered_line(title, recs, m, lang, names, cols)
    if kind == "bars" and answer_type == "cohorts" and cols and cols[0] != "cohort":
        return cohorts_by_group(title, data, m, lang, names)
    if kind == "bars":
        if answer_type == "trend":
            values = [{"period_start": str(r.get("period_start"))[:10], m.field: r.get(m.field)} for r in recs]
            return bars_in_order(title, values, m, "period_start", "ordinal")
        values = [{"label": lab, m.field: r.get(m.field)} for lab, r in zip(_labels(recs, lang, names, cols), recs)]
        return bars_in_order(title, values[:MAX_MARKS], m, "label", "nominal")
    if kind == "side_by_side":
        return side_by_side(title, data, args, m, lang, names)
    if kind == "drivers":
        return drivers(title, data, args, m, lang, names) if "rate_base" in cols else None
    if kind == "funnel":
        return funnel_bars(title, data, m, lang, names)
    if kind == "map":
        return journey_map_chart(title, data, m, lang, names)
    return None
