"""Assemble the Answer JSON of INTERFACE.md from the plan, the tool results and (LLM path) the model's text."""
from __future__ import annotations

import logging
from typing import Any, Callable

from assistant.answer import Answer, Citation, Table, ToolCallRecord
from assistant.call_check import Refusal
from assistant.compose.assumptions import assumptions_for
from assistant.compose.charts import chart_for, presentation_of
from assistant.compose.check import Problem, check_answer, frame_of_calls
from assistant.compose.grounding import ground
from assistant.compose.citations import citations_for
from assistant.compose.followups import follow_ups_for
from assistant.compose.lang import has_text, t
from assistant.compose.names import Names
from assistant.compose.text import result_text
from tools.base import ToolResult

log = logging.getLogger(__name__)
TEXT_COLUMNS = ("text", "quote", "comment")


def _title(data: dict[str, Any], args: dict[str, Any], lang: str, names: Names) -> str:
    analysis = data.get("analysis") or ""
    if args.get("metric_id"):
        subject = names.metric(args["metric_id"], lang)
    elif has_text(f"title_{analysis}"):
        subject = t(lang, f"title_{analysis}")
    else:
        subject = analysis
    if args.get("journey_id") and not args.get("metric_id"):
        subject = f"{names.journey(args['journey_id'], lang)} · {subject}"
    p = data.get("period")
    return f"{subject} · {p['start']} .. {p['end']}" if p else str(subject)


def _table(data: dict[str, Any], title: str, redact: Callable[[str], str] | None, names: Names | None = None
           ) -> Table | None:
    if not data.get("columns") or not data.get("rows"):
        return None
    rows = [list(r) for r in data["rows"]]
    columns = list(data["columns"])
    twin = names.latin_twins.get(str(columns[0])) if names is not None else None
    if twin is not None and twin[0] not in columns and any(str(r[0]) in twin[1] for r in rows if r):
        # (groups named in Chinese, 广州, have their value in the company's other column beside, Guangzhou: people
        # who know the stored value find it, the label stays in the asker's language)
        columns.append(twin[0])
        rows = [[*r, twin[1].get(str(r[0])) if r else None] for r in rows]
    if redact:
        for i, col in enumerate(data["columns"]):
            if col in TEXT_COLUMNS:
                for r in rows:
                    if isinstance(r[i], str):
                        r[i] = redact(r[i])
    return Table(title=title, columns=columns, rows=rows, truncated=bool(data.get("truncated")))


def text_for_results(results: list[ToolResult], lang: str, names: Names) -> str:
    """The offline answer text: one factual sentence per successful tool, failures explained."""
    parts = [result_text(r.data, r.args, lang, names) for r in results if r.ok]
    if not parts:
        parts = [failure_text(r, lang) for r in results if not r.ok][:1]
    sep = "" if lang == "zh" else " "
    return sep.join(dict.fromkeys(p for p in parts if p))  # (two tools saying the same "no comments" say it once)


def failure_text(result: ToolResult, lang: str) -> str:
    err = result.data.get("error") or {}
    if err.get("code") == "mixed_currencies" and isinstance(err.get("details"), dict):
        # (said in the asker's language: the one failure a plain question meets on data kept in several currencies)
        codes = list(err["details"].get("currencies") or ())
        return t(lang, "mixed_currencies", codes=", ".join(codes), example=codes[0] if codes else "")
    text = t(lang, "tool_failed", message=err.get("message", result.text))
    return text + (t(lang, "hint", hint=err["hint"]) if err.get("hint") else "")


def _first_chart(pairs: list[tuple[dict[str, Any], dict[str, Any]]], plan: Any, question: str, lang: str,
                 names: Names) -> dict[str, Any] | None:
    """The chart of the first result that has one. A chart that cannot be drawn costs the chart, never the
    answer: the failure is logged and the answer goes out without it."""
    for d, a in pairs:
        try:
            c = chart_for(d, a, lang, names, _title(d, a, lang, names), presentation=presentation_of(plan, question, a))
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            log.warning("chart for %s failed: %s", d.get("analysis"), exc)
            continue
        if c:
            return c
    return None


def problem_text(problem: Problem, frame: Any, lang: str, names: Names) -> str:
    """The sentence that says why there is no number, in the asker's language."""
    sep = "、" if lang == "zh" else ", "
    a = dict(problem.args)
    if "dim" in a:
        dim = a["dim"]
        a["values"] = sep.join(names.touchpoint(v, lang) if dim == "touchpoint" else names.value(dim, v, lang)
                               for v in a.get("values") or [])
        a["dim"] = names.dimension(dim, lang)
    for k in ("asked", "got"):
        if k in a:
            a[k] = names.metric(a[k], lang)
    period = f"{frame.period[0]} .. {frame.period[1]}" if frame is not None and frame.period else ""
    slices = [f"{names.dimension(d, lang)} = {sep.join(names.value(d, v, lang) for v in vals)}"
              for d, vals in ((frame.filters or {}).items() if frame is not None else ())]
    a.setdefault("period", t(lang, "check_in_period", period=period) if period else "")
    a.setdefault("slice", t(lang, "check_slice", slice="; ".join(slices)) if slices else "")
    return t(lang, "check_" + problem.code, **a)


def refusal_of(results: list[ToolResult]) -> Refusal | None:
    """The refusal of the turn's last call, when no call succeeded (assistant/call_check.Refusal)."""
    if not results or any(r.ok for r in results):
        return None
    return results[-1].refusal


def _groups_missing(results: list[ToolResult]) -> Refusal | None:
    """The last failed call compared two groups the data holds no rows of in its period (groups_not_found, with the
    values that do hold rows): a refusal that asks back with those values."""
    err = results[-1].data.get("error") or {}
    det = err.get("details") or {}
    if err.get("code") != "groups_not_found" or not isinstance(det, dict):
        return None
    if not det.get("values"):
        # (no group at all holds rows under the question's other conditions: nothing to offer, no answer — never an
        # error of the product)
        return Refusal("groups_empty", err.get("message", ""), err.get("hint", ""),
                       value=" / ".join(map(str, det.get("asked") or [])), dim=det.get("dimension"))
    return Refusal("groups_not_found", err.get("message", ""), err.get("hint", ""),
                   value=" / ".join(map(str, det.get("asked") or [])), dim=det.get("dimension"),
                   options=tuple(map(str, det["values"])))


def refusal_options(refusal: Refusal, lang: str, names: Names) -> list[str]:
    """What the data has instead, as people read it (a clarify's options)."""
    opts, dim = list(refusal.options), refusal.dim
    if refusal.code == "not_sliceable":
        return [t(lang, "rows_of_" + o) if has_text("rows_of_" + o) else o for o in opts]
    if refusal.code == "unknown_metric":
        return [names.metric(o, lang) for o in opts]
    if refusal.code == "unknown_dimension":
        return [names.dimension(o, lang) for o in opts]
    if dim == "touchpoint":
        return [names.touchpoint(o, lang) for o in opts]
    if dim == "journey":
        return [names.journey(o, lang) for o in opts]
    if dim:
        return [names.value(dim, o, lang) for o in opts]
    return opts


def refusal_text(refusal: Refusal, options: list[str], lang: str, names: Names) -> str:
    """Why the model's call was refused, and what the data has instead, in the asker's language."""
    sep = "、" if lang == "zh" else ", "
    dim = refusal.dim
    shown = t(lang, "word_journey") if dim == "journey" else names.dimension(dim, lang) if dim else ""
    value = names.metric(refusal.value, lang) if refusal.code == "not_sliceable" else refusal.value
    if refusal.code == "not_sliceable":
        options = refusal_options(refusal, lang, names)  # where the dimension is recorded
    return t(lang, "refused_" + refusal.code, value=value, dim=shown, options=sep.join(options),
             asked=refusal.asked, covers=str(refusal.covers or ""))


def compose_answer(question: str, lang: str, results: list[ToolResult], names: Names, *, plan: Any = None,
                   final_text: str | None = None, redact: Callable[[str], str] | None = None,
                   model: str | None = None, error: dict[str, Any] | None = None) -> Answer:
    """The whole answer: status, text, tables, chart, assumptions, sql, citations, tool calls, follow-ups."""
    ok = [r for r in results if r.ok]
    status = "ok"
    options: list[str] = []
    plan_status = getattr(plan, "status", "ok")
    # the model's calls named what the data does not have and it did not recover: ask back
    refused = refusal_of(results) if error is None and plan_status == "ok" else None
    if error is not None:
        status = "error"
    elif plan_status in ("clarify", "unsupported") and not ok:
        status = plan_status
        options = list(getattr(plan, "options", []) or [])
    elif refused is not None:
        status = refused.status
        options = refusal_options(refused, lang, names) if status == "clarify" else []
    elif results and not ok and (missing := _groups_missing(results)) is not None:
        # the two groups asked hold no rows of the measure in the period: ask which of those that do is meant
        status, refused = missing.status, missing
        options = refusal_options(missing, lang, names) if missing.status == "clarify" else []
    elif results and not ok:
        status = "error"
        error = (results[0].data.get("error") or {"code": "tool_failed", "message": results[0].text, "hint": ""})
    notes: list[str] = []
    if refused is not None:
        text = refusal_text(refused, options, lang, names)
    elif final_text is not None and error is None:
        # a language model wrote this text: it may only rephrase what the tools returned
        g = ground(final_text, results, lang)
        if g.verdict == "keep":
            text = final_text
        elif g.verdict == "clarify" and not ok:
            status, text = "clarify", final_text
        elif g.verdict in ("refuse", "invalid") or not ok:
            status = "unsupported" if g.verdict == "refuse" else "error"
            if status == "error":
                error = {"code": "model_output_invalid", "message": t(lang, "model_output_invalid"),
                         "hint": "use a model with tool calling, or JOURNEY_MODEL=offline"}
            text = t(lang, "model_" + g.verdict)
        else:
            text = text_for_results(results, lang, names)
            notes.append(t(lang, "model_text_replaced_" + g.reason))
    elif status == "clarify":
        text = getattr(plan, "clarify", None) or t(lang, "clarify")
    elif status == "unsupported":
        text = getattr(plan, "clarify", None) or t(lang, "unsupported")
    elif status == "error" and error and not results:
        text = t(lang, "error", message=error.get("message", ""))
    else:
        text = text_for_results(results, lang, names)
    if not text.strip() and status == "ok" and not results:
        # nothing planned and nothing said: admit it instead of returning an empty "ok"
        status, text = "unsupported", t(lang, "unsupported")
    frame = getattr(plan, "frame", None) or frame_of_calls(results)
    problem = check_answer(frame, results) if status == "ok" else None
    if problem is not None:
        # the first table does not answer the question asked: say so instead of a number for another one
        status, text, ok = "unsupported", problem_text(problem, frame, lang, names), []
    pairs = [(r.data, r.args) for r in ok]
    tables = [tb for d, a in pairs if (tb := _table(d, _title(d, a, lang, names), redact, names))]
    # a result may carry further tables (the journey map's opportunities) after its first one
    tables += [tb for d, _ in pairs for x in d.get("extra_tables") or []
               if (tb := _table(x, t(lang, f"title_{x['key']}") if has_text(f"title_{x['key']}") else x["key"], redact))]
    chart = _first_chart(pairs, plan, question, lang, names)
    planner_suggestions = list(getattr(plan, "suggestions", []) or [])
    follow_ups = planner_suggestions[:3] if status != "ok" else follow_ups_for(pairs, lang, names, planner_suggestions)
    period = getattr(plan, "period", None)
    period_d = period.to_dict() if period is not None else next((d["period"] for d, _ in pairs if d.get("period")), None)
    return Answer(
        question=question, language="zh" if lang == "zh" else "en", answer=text, status=status, tables=tables,
        assumptions=assumptions_for([d for d, _ in pairs], lang, names,
                                    list(getattr(plan, "assumptions", []) or []) + notes),
        sql=list(dict.fromkeys(s for d, _ in pairs for s in d.get("sql") or [])),
        citations=[Citation(**c) for c in citations_for([d for d, _ in pairs], redact=redact)],
        chart=chart, options=options, period=period_d, model=model, error=error,
        tool_calls=[ToolCallRecord(name=r.name, args=r.args, ok=r.ok, elapsed_ms=round(r.elapsed_ms, 2)) for r in results],
        follow_ups=follow_ups)
