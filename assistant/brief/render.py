"""The morning brief in words: a typed knowledge Brief → the brief JSON of INTERFACE.md with its text."""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, Field

from assistant.brief import words_en, words_zh
from assistant.compose.lang import num, pct
from assistant.compose.names import Names
from knowledge.brief.result import Brief, BriefItem, Change, Driver, Watch
from knowledge.semantic.compile import metric_stat

WORDS = {"en": words_en, "zh": words_zh}
QUOTE_CHARS = 120
UNMOVED_SHOWN = 6


class BriefJSON(BaseModel):
    """`journey brief --json` and `GET /api/brief` (INTERFACE.md "Morning brief")."""

    date: str = Field(description="the last day of the period (the as-of date)")
    period: str
    baseline: str
    language: str
    text: str
    items: list[dict[str, Any]] = Field(description="moves, most important first")
    quiet: bool
    unmoved: list[dict[str, Any]] = Field(default_factory=list)
    checked: int = 0
    method: dict[str, Any] = Field(default_factory=dict)
    filters: dict[str, list[str]] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    title: str = ""
    summary: str = Field("", description="the line after the title: quiet, or how many moved")
    footer: list[str] = Field(default_factory=list, description="what did not move, notes, the method")
    rephrased: bool = Field(False, description="the text was reworded by the configured LLM (facts checked)")
    original_text: str | None = Field(None, description="the offline text when an LLM reworded it")


def w(lang: str, key: str, **kw: Any) -> str:
    """The brief sentence `key` in the language, filled in."""
    table = WORDS.get(lang, words_en).T
    return table.get(key, words_en.T[key]).format(**kw)


def _test_name(lang: str, test: str | None) -> str:
    return WORDS.get(lang, words_en).TESTS.get(test or "", test or "")


def _p(p: float | None) -> str:
    """'p = 0.0014', 'p < 0.0001' or 'p = –' (no test applied)."""
    if p is None:
        return "p = –"
    return "p < 0.0001" if p < 0.0001 else f"p = {p:.4f}" if p < 0.01 else f"p = {p:.3f}"


class Speaker:
    """Says one brief in one language; holds the names and the semantic layer it needs."""

    def __init__(self, brief: Brief, names: Names, lang: str) -> None:
        self.brief, self.names, self.lang = brief, names, lang
        self.layer = names.layer

    # -- numbers --------------------------------------------------------------------------
    def stat(self, metric_id: str) -> str:
        return metric_stat(self.layer.metric(metric_id)) if self.layer else "proportion"

    def value(self, metric_id: str, v: Any) -> str:
        return pct(v) if self.stat(metric_id) == "proportion" else num(v)

    def change(self, metric_id: str, c: Change) -> str:
        stat = self.stat(metric_id)
        if c.difference is None:
            return "–"
        if stat == "proportion":
            return w(self.lang, "pp", value=f"{c.difference * 100:+.1f}")
        if stat == "mean":
            d = "" if c.relative is None else ", " + w(self.lang, "sd", value=f"{c.relative:+.2f}")
            return f"{c.difference:+.2f}{d}"
        return "–" if c.relative is None else f"{c.relative * 100:+.1f}%"

    # -- names ----------------------------------------------------------------------------
    def metric(self, metric_id: str) -> str:
        return self.names.metric(metric_id, self.lang)

    def touchpoint(self, wt: Watch) -> str:
        return self.names.touchpoint(wt.touchpoint_id, self.lang, wt.touchpoint)

    def journey(self, journey_id: str | None) -> str:
        return self.names.journey(journey_id, self.lang)

    def where(self, wt: Watch) -> str:
        if wt.grain == "step":
            return w(self.lang, "at_step", touchpoint=self.touchpoint(wt), journey=self.journey(wt.journey_id))
        if wt.grain == "journey":
            return w(self.lang, "of_journey", journey=self.journey(wt.journey_id))
        return ""

    def driver(self, metric_id: str, d: Driver) -> str:
        share = pct(d.share) if d.share is not None else "–"
        args = dict(dimension=self.names.dimension(d.dimension, self.lang),
                    value=self.names.value(d.dimension, d.value, self.lang), share=share)
        if d.rate_base is None and d.rate_now is None:
            return w(self.lang, "driver_plain", **args)
        return w(self.lang, "driver", before=self.value(metric_id, d.rate_base),
                 after=self.value(metric_id, d.rate_now), **args)

    # -- sentences ------------------------------------------------------------------------
    def follow_up(self, item: BriefItem) -> str:
        wt, c = item.watch, item.change
        verb = w(self.lang, {"up": "rise", "down": "fall"}.get(c.direction or "", "change"))
        key = {"step": "follow_up_step", "journey": "follow_up_journey"}.get(wt.grain, "follow_up_total")
        return w(self.lang, key, metric=self.metric(wt.metric_id), touchpoint=self.touchpoint(wt),
                 journey=self.journey(wt.journey_id), verb_base=verb, start=self.brief.period.start.isoformat(),
                 end=self.brief.period.end.isoformat())

    def item_lines(self, rank: int, item: BriefItem) -> tuple[list[str], str, str]:
        wt, c = item.watch, item.change
        where = self.where(wt)
        lines = [w(self.lang, "item", rank=rank, metric=self.metric(wt.metric_id), where=where,
                   verb=w(self.lang, "rose" if c.direction == "up" else "fell"),
                   before=self.value(wt.metric_id, c.value_base), after=self.value(wt.metric_id, c.value_now),
                   change=self.change(wt.metric_id, c), n_base=num(c.n_base), n_now=num(c.n_now),
                   test=_test_name(self.lang, c.test), p=_p(c.p_value), p_adj=_p(c.p_adjusted)).replace("  ", " ")]
        if item.drivers:
            rest = "".join(w(self.lang, "driver_more", next=self.driver(wt.metric_id, d)) for d in item.drivers[1:])
            lines.append(w(self.lang, "drivers", first=self.driver(wt.metric_id, item.drivers[0]), rest=rest))
        elif item.driver_dimension is not None:
            lines.append(w(self.lang, "no_driver"))
        if item.themes:
            at = w(self.lang, "themes_where", touchpoint=self.touchpoint(wt)) if wt.touchpoint_id else ""
            themes = w(self.lang, "list_sep").join(w(self.lang, "theme", label=t.label, comments=t.comments)
                                                   for t in item.themes)
            lines.append(w(self.lang, "themes", where=at, themes=themes))
            for q in item.quotes:
                text = " ".join(q.text.split())
                text = text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1] + "…"
                lines.append(w(self.lang, "quote", text=text, feedback_id=q.feedback_id))
        elif "no_feedback" in item.notes:
            lines.append(w(self.lang, "no_feedback"))
        question = self.follow_up(item)
        link = "/?q=" + quote(question, safe="")
        lines.append(w(self.lang, "ask", question=question, link=link))
        return lines, question, link

    def unmoved_line(self) -> str:
        if not self.brief.unmoved:
            return w(self.lang, "unmoved_none")
        steps: dict[str, int] = {}
        journeys: dict[str, list[str]] = {}
        totals: list[str] = []
        for wt, _ in self.brief.unmoved:
            if wt.grain == "step":
                steps[wt.metric_id] = steps.get(wt.metric_id, 0) + 1
            elif wt.grain == "journey":
                journeys.setdefault(wt.metric_id, []).append(self.journey(wt.journey_id))
            else:
                totals.append(self.metric(wt.metric_id))
        sep = w(self.lang, "list_sep")
        parts = ([w(self.lang, "unmoved_steps", metric=self.metric(m), n=n) for m, n in steps.items()]
                 + [w(self.lang, "unmoved_journeys", metric=self.metric(m), journeys=sep.join(js))
                    for m, js in journeys.items()] + totals)
        if len(parts) > UNMOVED_SHOWN:
            return w(self.lang, "unmoved", items=w(self.lang, "unmoved_more", items=sep.join(parts[:UNMOVED_SHOWN]),
                                                   n=len(parts) - UNMOVED_SHOWN))
        return w(self.lang, "unmoved", items=sep.join(parts))

    def method_line(self) -> str:
        m, b = self.brief.method, self.brief
        return w(self.lang, "method", period=str(b.period), baseline=str(b.baseline), alpha=m.family_alpha,
                 checked=b.checked, min_sample=m.min_sample, min_rate=f"{m.min_rate_change * 100:g}",
                 min_rel=f"{m.min_relative_change * 100:g}%", min_sd=f"{m.min_mean_change:g}")

    def title(self) -> str:
        b = self.brief
        if b.filters:
            flt = "; ".join(f"{self.names.dimension(d, self.lang)} = {', '.join(map(str, v))}" for d, v in b.filters.items())
            return w(self.lang, "title_filtered", period=str(b.period), baseline=str(b.baseline), filters=flt)
        return w(self.lang, "title", period=str(b.period), baseline=str(b.baseline))


def _driver_json(names: Names, lang: str, d: Driver) -> dict[str, Any]:
    return {"dimension": d.dimension, "value": d.value, "label": f"{d.dimension} = {d.value}",
            "name": f"{names.dimension(d.dimension, lang)} = {names.value(d.dimension, d.value, lang)}",
            "effect": d.effect, "share": d.share, "rate_base": d.rate_base, "rate_now": d.rate_now}


def compose_brief(brief: Brief, names: Names, lang: str) -> BriefJSON:
    """The brief's text and JSON in one language; every number comes from the typed Brief."""
    sp = Speaker(brief, names, lang)
    if brief.checked == 0:
        summary = w(lang, "nothing_checked", period=str(brief.period))
    elif brief.quiet:
        summary = w(lang, "quiet", checked=brief.checked)
    else:
        summary = w(lang, "moved_intro", n=len(brief.items) + _more(brief), checked=brief.checked)
    lines = [sp.title(), summary]
    items: list[dict[str, Any]] = []
    for rank, item in enumerate(brief.items, start=1):
        item_lines, question, link = sp.item_lines(rank, item)
        lines += [item_lines[0]] + ["   " + x for x in item_lines[1:]]
        wt, c = item.watch, item.change
        items.append({
            "rank": rank, "metric": wt.metric_id, "metric_name": sp.metric(wt.metric_id), "grain": wt.grain,
            "journey_id": wt.journey_id, "touchpoint_id": wt.touchpoint_id,
            "touchpoint": sp.touchpoint(wt) if wt.touchpoint_id else None, "step": wt.step,
            "change": {"value_base": c.value_base, "value_now": c.value_now, "difference": c.difference,
                       "relative": c.relative, "direction": c.direction, "good": c.good,
                       "n_base": c.n_base, "n_now": c.n_now,
                       "significance": {"test": c.test, "statistic": c.statistic, "p_value": c.p_value,
                                        "p_adjusted": c.p_adjusted, "significant": c.significant}},
            "drivers": [_driver_json(names, lang, d) for d in item.drivers],
            "driver_dimension": item.driver_dimension,
            "themes": [{"theme": t.label, "comments": t.comments, "share": t.share, "avg_sentiment": t.avg_sentiment,
                        "change": t.change} for t in item.themes],
            "quotes": [{"feedback_id": q.feedback_id, "text": q.text, "touchpoint_id": q.touchpoint_id,
                        "sentiment": q.sentiment} for q in item.quotes],
            "feedback_comments": item.feedback_comments,
            "text": " ".join(item_lines), "headline": item_lines[0], "details": item_lines[1:-1],
            "follow_up": question, "link": link, "notes": list(item.notes)})
    footer = []
    if _more(brief):
        footer.append(w(lang, "more_moves", n=_more(brief)))
    if brief.checked:
        footer.append(sp.unmoved_line())
    for note in ("no_events", "no_journeys"):
        if note in brief.notes:
            footer.append(w(lang, note))
    if "no_feedback" in brief.notes:
        footer.append(w(lang, "no_feedback_at_all"))
    footer.append(sp.method_line())
    lines += footer
    unmoved = [{"metric": wt.metric_id, "grain": wt.grain, "journey_id": wt.journey_id,
                "touchpoint_id": wt.touchpoint_id, "value_base": c.value_base, "value_now": c.value_now,
                "p_adjusted": c.p_adjusted} for wt, c in brief.unmoved]
    d = brief.to_dict()
    return BriefJSON(date=brief.as_of.isoformat(), period=str(brief.period), baseline=str(brief.baseline),
                     language=lang, text="\n".join(lines), items=items, quiet=brief.quiet, unmoved=unmoved,
                     checked=brief.checked, method=d["method"], filters=brief.filters, notes=list(brief.notes),
                     title=lines[0], summary=summary, footer=footer)


def _more(brief: Brief) -> int:
    return next((int(n.split(":", 1)[1]) for n in brief.notes if n.startswith("more_moves:")), 0)
