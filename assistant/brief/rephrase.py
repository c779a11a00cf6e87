"""Let a configured LLM reword the brief, and keep its words only when every fact survived.

The brief is computed and worded offline; an LLM may only make it read better. Its version is
used when it carries exactly the same numbers, dates, feedback ids, links and quotes as the
original (compared as multisets); otherwise, or when the call fails, the original stays and
the brief's notes say why.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

log = logging.getLogger("journey.brief")

# numbers (with their % and pp), ISO dates, feedback ids, links; quotes are checked verbatim
FACT = re.compile(r"/\?q=\S+|\d{4}-\d{2}-\d{2}|[A-Z]\d{3,}|[-+]?\d[\d,]*(?:\.\d+)?")
QUOTE = re.compile(r"“([^”]+)”")
INSTRUCTIONS = {
    "en": "Rewrite this morning brief for operations staff in plain, concise English. Keep every number, date, "
          "identifier in parentheses, quoted comment (between “ and ”) and link exactly as written, in the same "
          "order of items. Add no facts, drop no item, do not round. Reply with the rewritten brief only.",
    "zh": "请把这份晨报改写得更通顺简洁（中文），面向运营人员。所有数字、日期、括号中的编号、引号“”中的客户原话和链接必须原样保留，"
          "条目顺序不变。不得增加事实、删除条目或四舍五入。只回复改写后的晨报。",
}


def facts(text: str) -> Counter[str]:
    """The facts a rewording must keep: numbers, dates, ids, links (commas in numbers ignored)."""
    return Counter(m.replace(",", "") if m[0].isdigit() or m[0] in "+-" else m for m in FACT.findall(text))


def faithful(original: str, reworded: str) -> str | None:
    """None when the rewording keeps every fact and quote, else what it changed."""
    if facts(original) != facts(reworded):
        return "numbers_changed"
    if any(q not in reworded for q in QUOTE.findall(original)):
        return "quote_changed"
    return None


def rephrase(text: str, lang: str, model: Any) -> tuple[str, str | None]:
    """(text to show, None) when the model's wording is kept, else (original, reason code)."""
    from langchain_core.messages import HumanMessage, SystemMessage

    try:
        reply = model.invoke([SystemMessage(INSTRUCTIONS.get(lang, INSTRUCTIONS["en"])), HumanMessage(text)])
    except Exception as exc:  # noqa: BLE001 - any model/network failure keeps the offline wording, and says so
        log.warning("brief rephrasing failed: %s", type(exc).__name__)
        return text, "rephrase_failed"
    reworded = str(getattr(reply, "content", "") or "").strip()
    if not reworded:
        return text, "rephrase_empty"
    why = faithful(text, reworded)
    return (text, why) if why else (reworded, None)
