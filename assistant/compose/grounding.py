"""Checks on a language model's own answer text: it may only rephrase what the tools returned.

A small local model is a weak parser and a weaker writer: it answers without calling a tool, leaks
its tool-call markup as text, switches language, or writes numbers no tool produced. None of that
may come back `ok`. The composed (offline) sentence replaces a text that fails, and an answer
grounded in no tool result is never `ok`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MARKUP = re.compile(r"<\s*/?\s*tools?\b|<\|[a-z_]+\|>|\{\s*\"(?:name|tool|function|arguments)\"\s*:|```|\btool_call\b",
                    re.IGNORECASE)
NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?")
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Grounding:
    """What to do with the model's text: keep it, replace it with the composed one, or refuse."""

    verdict: str  # keep | replace | refuse | clarify | invalid
    reason: str = ""


def _numbers_in(value: Any, out: set[float]) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        v = float(value)
        out.update({round(v, 4), round(v, 2), round(v, 1), round(v), round(v * 100, 1), round(v * 100),
                    round(v * 100, 2), round(abs(v), 2), round(abs(v * 100), 1)})
    elif isinstance(value, str):
        for m in NUMBER.finditer(value):
            try:
                out.add(round(float(m.group().replace(",", "")), 4))
            except ValueError:
                pass
    elif isinstance(value, dict):
        for v in value.values():
            _numbers_in(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _numbers_in(v, out)


def _grounded(text: str, results: list[Any]) -> bool:
    """Every number in the text (beyond small counts like "top 3") appears in some tool result."""
    known: set[float] = set()
    for r in results:
        _numbers_in(r.data, known)
        _numbers_in(r.args, known)
    for m in NUMBER.finditer(text):
        raw = m.group().replace(",", "")
        try:
            v = float(raw)
        except ValueError:
            continue
        if abs(v) <= 10 and "." not in raw:
            continue  # "top 3", "step 2", "5 comments": too common to check
        cands = {round(v, 4), round(v, 2), round(v, 1), round(v), round(abs(v), 2), round(abs(v), 1)}
        if not cands & known:
            return False
    return True


def ground(text: str | None, results: list[Any], lang: str) -> Grounding:
    """Judge the model's final text against the tool results of this turn."""
    if not text or not text.strip():
        return Grounding("replace", "empty")
    if MARKUP.search(text):
        return Grounding("invalid", "markup")
    ok = [r for r in results if getattr(r, "ok", False)]
    if not ok:
        if text.rstrip().endswith(("?", "？")):
            return Grounding("clarify", "question")
        return Grounding("refuse", "no_tool_result")
    wrong_lang = (lang == "zh" and not CJK.search(text)) or (lang == "en" and len(CJK.findall(text)) > len(text) / 4)
    if wrong_lang:
        return Grounding("replace", "language")
    if not _grounded(text, ok):
        return Grounding("replace", "numbers")
    return Grounding("keep")
