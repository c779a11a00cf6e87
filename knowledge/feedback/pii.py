"""Redact personal data from comment text before it leaves the machine or is quoted."""
from __future__ import annotations

import os
import re

ENV_REDACT = "JOURNEY_REDACT_PII"

EMAIL = "[EMAIL]"
PHONE = "[PHONE]"
ID_CARD = "[ID]"
CARD = "[CARD]"

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# 18-digit resident ID: 6-digit area, birth date 18xx-20xx, 3-digit sequence, check digit or X.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")
# Card numbers: 13-19 digits, optionally grouped by single spaces or dashes; confirmed by Luhn.
_CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
# Chinese mobiles: optional +86/0086/86, then 1[3-9] and 9 digits, optionally split as 3-4-4.
_CN_MOBILE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")
# Other phones: an international prefix or a bracketed / dashed area code, then grouped digits.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,3}"    # +44 20 7946 0958
    r"|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}"                                 # (555) 123-4567, (010) 1234 5678
    r"|0\d{2,3}-\d{7,8}"                                                      # 010-12345678 (Chinese landline)
    r"|\d{3}[.-]\d{3}[.-]\d{4}"                                               # 555-123-4567
    r")(?!\d)")


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a digit string (card numbers pass it, most order ids do not)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(0))
    return CARD if 13 <= len(digits) <= 19 and luhn_ok(digits) else match.group(0)


def redact_pii(text: str) -> str:
    """Replace emails, phone numbers, ID-card and bank-card numbers with placeholders."""
    if not text:
        return text
    out = _EMAIL_RE.sub(EMAIL, text)
    # IDs before cards and phones: an ID's digits would otherwise be read as one of those
    out = _ID_RE.sub(ID_CARD, out)
    # mobiles before cards: "+86 138 1234 5678" has 13 digits and could pass Luhn by chance
    out = _CN_MOBILE_RE.sub(PHONE, out)
    out = _CARD_RE.sub(_card, out)
    out = _PHONE_RE.sub(PHONE, out)
    return out


def redaction_enabled() -> bool:
    """True when $JOURNEY_REDACT_PII asks for quotes in answers to be redacted."""
    return os.environ.get(ENV_REDACT, "").strip().lower() in ("1", "true", "yes", "on")
