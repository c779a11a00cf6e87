"""What an answer assumed: absolute period, definitions, sample sizes, significance, caveats."""
from __future__ import annotations

from typing import Any

from assistant.compose.lang import has_text, num, t
from assistant.compose.names import Names

P_KEYS = ("p_value", "p")


def assumptions_for(results: list[dict[str, Any]], lang: str, names: Names,
                    planner_notes: list[str] | None = None) -> list[str]:
    """Deduplicated assumption lines for the successful tool results of one answer."""
    out: list[str] = list(planner_notes or [])
    layer = names.layer
    for d in results:
        p = d.get("period")
        # the planner already stated this range in words ("last week = ..."): do not repeat it
        # (a one-day range that only carries the undated rows: data with no dated comment at all, said by the
        # planner's "all feedback" line; the day itself means nothing)
        degenerate = bool(p and d.get("period_undated") and p["start"] == p["end"] and planner_notes)
        if p and not degenerate and not any(p["start"] in line and p["end"] in line for line in planner_notes or []):
            out.append(t(lang, "period", start=p["start"], end=p["end"]))
        b = d.get("baseline")
        if b and not any(b["start"] in line and b["end"] in line for line in out):
            out.append(t(lang, "baseline", start=b["start"], end=b["end"]))
        if d.get("filters"):
            out.append(t(lang, "filters", filters=", ".join(_slice(k, v, lang, names) for k, v in d["filters"].items())))
        for mid in d.get("metrics") or []:
            if layer and mid in layer.metrics:
                m = layer.metrics[mid]
                out.append(t(lang, "definition", name=m.label(lang), definition=m.definition.get(lang) or m.definition.get("en")))
        if d.get("sample_size"):
            out.append(t(lang, "sample", items=", ".join(f"{k} {num(v)}" for k, v in d["sample_size"].items())))
        facts = d.get("facts") or {}
        pval = next((facts[k] for k in P_KEYS if isinstance(facts.get(k), (int, float))), None)
        if pval is not None:
            sig = facts.get("significant", pval < 0.05)
            out.append(t(lang, "significant" if sig else "not_significant", p=f"{pval:.3g}"))
        for note in d.get("notes") or []:
            # notes are caveat codes; only the ones with a sentence in both languages are shown to people
            if has_text(f"note_{note}"):
                out.append(t(lang, f"note_{note}"))
    return list(dict.fromkeys(s for s in out if s))


def _named(dim: str, raw: Any, lang: str, names: Names) -> str:
    """A value of a slice in words: a touchpoint by its name (never its id), any other value by its words."""
    return names.touchpoint(raw, lang) if dim == "touchpoint" else names.value(dim, raw, lang)


def _slice(dim: str, values: list[Any], lang: str, names: Names) -> str:
    """"city = Chengdu", "delivery minutes > 45" (a threshold filter value reads as the comparison it is)."""
    from knowledge.semantic.layer import COMPARISON, EXCLUDED, PRESENT
    if values and all(str(x) == PRESENT for x in values):
        return t(lang, "has_value", name=names.dimension(dim, lang))
    values = [x for x in values if str(x) != PRESENT]
    cmps = [COMPARISON.match(str(x)) for x in values]
    if cmps and all(cmps):
        return " and ".join(f"{names.dimension(dim, lang)} {c.group(1)} {c.group(2)}" for c in cmps if c)
    outs = [m.group(1) for x in values if (m := EXCLUDED.match(str(x)))]
    if outs and len(outs) == len(values):
        return f"{names.dimension(dim, lang)} ≠ " + "/".join(_named(dim, x, lang, names) for x in outs)
    shown = "/".join(_named(dim, x, lang, names) for x in values)
    return f"{names.dimension(dim, lang)} = {shown}"

