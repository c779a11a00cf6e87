"""Pick the strings of one language and format numbers the way people read them."""
from __future__ import annotations

from typing import Any

from assistant.compose import strings_en, strings_zh

LANGS = {"en": strings_en.T, "zh": strings_zh.T}


def t(lang: str, key: str, **kw: Any) -> str:
    """The sentence `key` in the language, filled in."""
    table = LANGS.get(lang, strings_en.T)
    return table.get(key, strings_en.T[key]).format(**kw)


def has_text(key: str) -> bool:
    """True when the sentence `key` exists (in English, the fallback language)."""
    return key in strings_en.T


def num(v: Any) -> str:
    """12345 → '12,345'; 0.41234 → '0.412'; None → '–'."""
    if v is None:
        return "–"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        if v.is_integer() and abs(v) >= 1:
            return f"{int(v):,}"
        return f"{v:,.2f}" if abs(v) >= 10 else f"{v:.3g}"
    return str(v)


def duration(seconds: float, lang: str) -> str:
    """A number of seconds in the unit a person reads: 95 → '95 s', 5400 → '1.5 h', 478470 → '5.5 days'."""
    for limit, size, unit in ((120, 1, "s"), (7200, 60, "min"), (172800, 3600, "h"), (float("inf"), 86400, "d")):
        if abs(seconds) < limit:
            v = seconds / size
            shown = f"{v:,.0f}" if size == 1 else f"{v:,.1f}"
            return t(lang, "duration_" + unit, v=shown)
    return num(seconds)


def pct(v: Any) -> str:
    """A fraction 0..1 as a percentage: 0.4123 → '41.2%'."""
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return "–"
    return f"{v * 100:.1f}%"


def signed_pct(v: Any) -> str:
    """A relative change as '+12.0%' / '-3.5%'."""
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        return "–"
    return f"{v * 100:+.1f}%"
