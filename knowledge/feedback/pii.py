"""Redact personal data from comment text before it leaves the machine or is quoted."""
from __future__ import annotations

import os
import re

ENV_REDACT = "JOURNEY_REDACT_PII"

EMAIL = "[EMAIL]"
PHONE = "[PHONE]"
ID_CARD = "[ID]"
CARD = "[CARD]"

# Full-width digits (０-９) and separators (full-width hyphen, ideographic space, dashes) are as
# common as ASCII ones in text typed on Chinese keyboards; every pattern accepts both.
_D = "[0-9\uff10-\uff19]"
_SEP = "[ \u3000\\-\uff0d\u2010-\u2015]"
_TO_ASCII = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")

# E-mails, internationalised too (用户@例子.中国, user@bücher.de); ＠ is the full-width at sign.
_EMAIL_RE = re.compile(r"[\w.%+\-]+[@\uff20](?:[\w\-]+[.\uff0e])+[^\W\d_]{2,}(?![\w])")
# 18-digit resident ID: 6-digit area, birth date 18xx-20xx, 3-digit sequence, check digit or X.
_ID_RE = re.compile(rf"(?<![0-9A-Za-z\uff10-\uff19]){_D.replace('0-9', '1-9').replace('０', '１')}{_D}{{5}}"
                    rf"(?:18|19|20|１８|１９|２０){_D}{{2}}{_D}{{4}}{_D}{{3}}[0-9Xx\uff10-\uff19Ｘｘ](?![0-9A-Za-z\uff10-\uff19])")
# 15-digit resident ID (issued before 1999): area, YYMMDD, 3-digit sequence; the date is checked.
_ID15_RE = re.compile(rf"(?<![0-9A-Za-z\uff10-\uff19.]){_D}{{15}}(?![0-9A-Za-z\uff10-\uff19.])")
# Card numbers: 14-19 digits, optionally grouped by single separators; confirmed by Luhn
# (13-digit numbers are left alone: they are far more often epoch milliseconds than cards).
_CARD_RE = re.compile(rf"(?<![0-9\uff10-\uff19\-]){_D}(?:{_SEP}?{_D}){{13,18}}(?![0-9\uff10-\uff19\-])")
# Chinese mobiles: optional +86/0086/86, then 1[3-9] and 9 digits, optionally split as 3-4-4.
_CN_MOBILE_RE = re.compile(rf"(?<![0-9\uff10-\uff19+＋])(?:(?:[+＋]|00|００)?(?:86|８６){_SEP}?)?[1１][3-9３-９]{_D}"
                           rf"(?:{_SEP}?{_D}{{4}}){{2}}(?![0-9\uff10-\uff19])")
# Other phones: an international prefix or a bracketed / dashed area code, then grouped digits.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,3}"    # +44 20 7946 0958
    r"|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}"                                 # (555) 123-4567, (010) 1234 5678
    r"|0\d{2,3}-\d{7,8}"                                                      # 010-12345678 (Chinese landline)
    r"|\d{3}[.-]\d{3}[.-]\d{4}"                                               # 555-123-4567
    r")(?!\d|[.,]\d|\s?%)")  # a number with decimals or a percent sign ("+1352300.0%") is no phone


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(_TO_ASCII))


def _id18(match: re.Match[str]) -> str:
    d = _digits(match.group(0)[:17])
    month, day = int(d[10:12]), int(d[12:14])
    return ID_CARD if 1 <= month <= 12 and 1 <= day <= 31 else match.group(0)


def _id15(match: re.Match[str]) -> str:
    d = _digits(match.group(0))
    month, day = int(d[8:10]), int(d[10:12])
    return ID_CARD if d[0] != "0" and 1 <= month <= 12 and 1 <= day <= 31 else match.group(0)


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
    digits = _digits(match.group(0))
    return CARD if 14 <= len(digits) <= 19 and luhn_ok(digits) else match.group(0)


def redact_pii(text: str) -> str:
    """Replace emails, phone numbers, ID-card and bank-card numbers with placeholders."""
    if not text:
        return text
    out = _EMAIL_RE.sub(EMAIL, text)
    # IDs before cards and phones: an ID's digits would otherwise be read as one of those
    out = _ID_RE.sub(_id18, out)
    out = _ID15_RE.sub(_id15, out)
    # mobiles before cards: "+86 138 1234 5678" has 13 digits and could pass Luhn by chance
    out = _CN_MOBILE_RE.sub(PHONE, out)
    out = _CARD_RE.sub(_card, out)
    out = _PHONE_RE.sub(PHONE, out)
    return out


def redact_value(value: object) -> object:
    """`redact_pii` for strings; integers that are a mobile number or a Luhn card number become a placeholder."""
    if isinstance(value, str):
        return redact_pii(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 10**10:
        text = str(value)
        if len(text) == 11 and _CN_MOBILE_RE.fullmatch(text):
            return PHONE
        if 14 <= len(text) <= 19 and luhn_ok(text):
            return CARD
        if (_ID_RE.fullmatch(text) and _id18(_ID_RE.fullmatch(text)) == ID_CARD) or (len(text) == 15 and _ID15_RE.fullmatch(text) and _id15(_ID15_RE.fullmatch(text)) == ID_CARD):
            return ID_CARD
    return value


def redaction_enabled() -> bool:
    """True when $JOURNEY_REDACT_PII asks for quotes in answers to be redacted."""
    return os.environ.get(ENV_REDACT, "").strip().lower() in ("1", "true", "yes", "on")
