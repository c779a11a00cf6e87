"""Which language a comment is in, judged by the share of CJK characters among its letters."""
from __future__ import annotations

import re
from typing import Literal

Language = Literal["zh", "en", "mixed"]

# Han ideographs (incl. extension A and compatibility) count as Chinese; Latin letters as English.
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")

# A Chinese comment naming a brand ("用了iPhone的Apple Pay") is still Chinese; a short English
# comment quoting one Chinese word is still English. Only a real blend is "mixed".
ZH_SHARE = 0.8
EN_SHARE = 0.2


def cjk_share(text: str) -> float:
    """Share of CJK characters among CJK characters plus Latin words (0 when there are neither).

    Latin is counted per word, not per letter, because one Chinese character carries
    about as much meaning as one English word.
    """
    if not text:
        return 0.0
    zh = len(_CJK.findall(text))
    en = len(_LATIN_WORD.findall(text))
    total = zh + en
    return zh / total if total else 0.0


def detect_language(text: str | None) -> Language:
    """zh, en or mixed by CJK share; text with no letters at all counts as en."""
    share = cjk_share(text or "")
    if share >= ZH_SHARE:
        return "zh"
    if share <= EN_SHARE:
        return "en"
    return "mixed"


def has_cjk(text: str) -> bool:
    """True when the text holds at least one Chinese character."""
    return bool(_CJK.search(text or ""))


def has_latin(text: str) -> bool:
    """True when the text holds at least one Latin letter."""
    return bool(_LATIN.search(text or ""))
