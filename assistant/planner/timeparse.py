"""Resolve zh/en time expressions ("上周", "近30天", "Q3", "since 1 Oct") to date ranges against as-of."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.results import Period

from assistant.planner import lexicon_en, lexicon_zh

CN_NUM = r"[0-9]+|[零一二两三四五六七八九十]+"
EN_NUM = r"[0-9]+|" + "|".join(sorted((w for w in lexicon_en.NUMBER_WORDS if " " not in w), key=len, reverse=True))
MONTH_RX = "|".join(sorted(lexicon_en.MONTHS, key=len, reverse=True))
EN_DAY = rf"(?:(?P<{{p}}d1>\d{{{{1,2}}}})(?:st|nd|rd|th)?\s+(?P<{{p}}m1>{MONTH_RX})\.?|(?P<{{p}}m2>{MONTH_RX})\.?\s+(?P<{{p}}d2>\d{{{{1,2}}}})(?:st|nd|rd|th)?)"
ISO = r"\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"


@dataclass(frozen=True)
class TimeSpan:
    """One time expression found in the question."""

    start: int
    end: int
    surface: str
    period: Period


@dataclass(frozen=True)
class TimeResult:
    spans: tuple[TimeSpan, ...]


def cn_int(s: str) -> int | None:
    """'30' → 30, '三十' → 30, '十五' → 15, '两' → 2; None when not a number."""
    if s.isdigit():
        return int(s)
    if s in lexicon_en.NUMBER_WORDS:
        return lexicon_en.NUMBER_WORDS[s]
    if not s or any(c not in lexicon_zh.CHINESE_DIGITS and c != "十" for c in s):
        return None
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = lexicon_zh.CHINESE_DIGITS.get(head, 1) if head else 1
        return tens * 10 + (lexicon_zh.CHINESE_DIGITS.get(tail, 0) if tail else 0)
    if len(s) == 1:
        return lexicon_zh.CHINESE_DIGITS[s]
    return None


def _month(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _recent_year(as_of: date, month: int, day: int = 1) -> int:
    """The year in which month/day last happened on or before as_of."""
    return as_of.year if (month, day) <= (as_of.month, as_of.day) or (month == as_of.month) else as_of.year - 1


def _quarter(year: int, q: int) -> Period:
    return Period(date(year, 3 * q - 2, 1), _month(year, 3 * q).end)


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _last_n(as_of: date, n: int, unit: str) -> Period:
    if unit in ("天", "日", "day", "days"):
        days = n
    elif unit in ("周", "个星期", "星期", "个礼拜", "礼拜", "week", "weeks"):
        days = 7 * n
    elif unit in ("个月", "月", "month", "months"):
        days = 30 * n
    else:
        days = 365 * n
    return Period(as_of - timedelta(days=max(days, 1) - 1), as_of)


def _relative_words(as_of: date) -> list[tuple[str, Period]]:
    """Fixed words (both languages) → period, longest words first so 上上周 wins over 上周."""
    ws = _week_start(as_of)
    first = as_of.replace(day=1)
    prev_m = (first - timedelta(days=1)).replace(day=1)
    prev2_m = (prev_m - timedelta(days=1)).replace(day=1)
    q = (as_of.month - 1) // 3 + 1
    this_q = _quarter(as_of.year, q)
    last_q = _quarter(as_of.year if q > 1 else as_of.year - 1, q - 1 if q > 1 else 4)
    yday = as_of - timedelta(days=1)
    words = {
        ("今天", "今日", "today"): Period(as_of, as_of),
        ("昨天", "昨日", "yesterday"): Period(yday, yday),
        ("前天", "day before yesterday"): Period(as_of - timedelta(days=2), as_of - timedelta(days=2)),
        ("上上周", "上上个星期", "week before last"): Period(ws - timedelta(days=14), ws - timedelta(days=8)),
        ("本周", "这周", "这个星期", "这星期", "本星期", "这一周", "this week"): Period(ws, as_of),
        ("上周", "上个星期", "上星期", "上礼拜", "上个礼拜", "上一周", "last week", "previous week", "prior week"):
            Period(ws - timedelta(days=7), ws - timedelta(days=1)),
        ("上上个月", "month before last"): _month(prev2_m.year, prev2_m.month),
        ("本月", "这个月", "这月", "当月", "本月份", "this month", "month to date", "mtd"): Period(first, as_of),
        ("上个月", "上月", "上一个月", "last month", "previous month", "prior month"): _month(prev_m.year, prev_m.month),
        ("本季度", "这个季度", "this quarter"): Period(this_q.start, as_of),
        ("上季度", "上个季度", "上一季度", "last quarter", "previous quarter"): last_q,
        ("今年", "本年", "今年以来", "this year", "year to date", "ytd"): Period(date(as_of.year, 1, 1), as_of),
        ("去年", "last year", "previous year"): Period(date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31)),
        ("双十一", "双11", "singles day", "singles' day", "11.11"):
            Period(date(_recent_year(as_of, 11, 11), 11, 11), date(_recent_year(as_of, 11, 11), 11, 11)),
        ("双十二", "双12"): Period(date(_recent_year(as_of, 12, 12), 12, 12), date(_recent_year(as_of, 12, 12), 12, 12)),
    }
    flat = [(w, p) for ws_, p in words.items() for w in ws_]
    return sorted(flat, key=lambda wp: len(wp[0]), reverse=True)


def _iso(s: str) -> date | None:
    try:
        y, m, d = (int(x) for x in re.split(r"[-/]", s))
        return date(y, m, d)
    except ValueError:
        return None


def _en_day(m: re.Match[str], p: str, as_of: date) -> date | None:
    mon = m.group(f"{p}m1") or m.group(f"{p}m2")
    day = m.group(f"{p}d1") or m.group(f"{p}d2")
    if not mon or not day:
        return None
    month = lexicon_en.MONTHS[mon]
    try:
        return date(_recent_year(as_of, month, int(day)), month, int(day))
    except ValueError:
        return None


def _day_expr(s: str, as_of: date) -> date | None:
    """A single-day expression: ISO, 10月1日, 1 oct, oct 1st."""
    s = s.strip()
    if re.fullmatch(ISO, s):
        return _iso(s)
    m = re.fullmatch(rf"(?:(\d{{4}})年)?({CN_NUM})月({CN_NUM})[日号]?", s)
    if m:
        month, day = cn_int(m.group(2)), cn_int(m.group(3))
        if month and day and 1 <= month <= 12:
            try:
                return date(int(m.group(1)) if m.group(1) else _recent_year(as_of, month, day), month, day)
            except ValueError:
                return None
    m = re.fullmatch(EN_DAY.format(p="a"), s)
    return _en_day(m, "a", as_of) if m else None


DAY_RX = rf"(?:{ISO}|(?:\d{{4}}年)?(?:{CN_NUM})月(?:{CN_NUM})[日号]?|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RX})\.?|(?:{MONTH_RX})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?))"
MONTH_EXPR = rf"(?:(?:\d{{4}})年)?(?:{CN_NUM})月份?|(?:{MONTH_RX})(?:\s+\d{{4}})?"


def _month_expr(s: str, as_of: date) -> Period | None:
    """'10月', '2026年10月', 'october', 'oct 2026' → the month."""
    m = re.fullmatch(rf"(?:(\d{{4}})年)?({CN_NUM})月份?", s.strip())
    if m:
        month = cn_int(m.group(2))
        if month and 1 <= month <= 12:
            return _month(int(m.group(1)) if m.group(1) else _recent_year(as_of, month), month)
        return None
    m = re.fullmatch(rf"({MONTH_RX})(?:\s+(\d{{4}}))?", s.strip())
    if m:
        month = lexicon_en.MONTHS[m.group(1)]
        return _month(int(m.group(2)) if m.group(2) else _recent_year(as_of, month), month)
    return None


def _clip(p: Period, as_of: date) -> Period:
    if p.start <= as_of < p.end:
        return Period(p.start, as_of)
    return p


def find_times(text: str, as_of: date) -> TimeResult:
    """Every time expression in the normalised text, left to right, without overlaps."""
    found: list[TimeSpan] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s.start or a >= s.end for s in found)

    def add(a: int, b: int, period: Period | None) -> None:
        if period is not None and free(a, b):
            found.append(TimeSpan(a, b, text[a:b], _clip(period, as_of)))

    # ranges first: "between X and Y", "X 到 Y", "from X to Y"
    for m in re.finditer(rf"(?:between\s+|from\s+|从)?({DAY_RX})\s*(?:到|至|~|～|—|-|and|to|until|through|till)\s*({DAY_RX})", text):
        a, b = _day_expr(m.group(1), as_of), _day_expr(m.group(2), as_of)
        if a and b and a <= b:
            add(m.start(), m.end(), Period(a, b))
    # "since X" / "自X以来" / "从X开始"
    for m in re.finditer(rf"(?:since\s+|自从?|从)({DAY_RX}|{MONTH_EXPR})(?:以来|开始|起|至今|到现在|到今天)?", text):
        if not (m.group(0).startswith("since") or re.search("以来|开始|起|至今|到现在|到今天", m.group(0))):
            continue
        d = _day_expr(m.group(1), as_of)
        mp = None if d else _month_expr(m.group(1), as_of)
        start = d or (mp.start if mp else None)
        if start and start <= as_of:
            add(m.start(), m.end(), Period(start, as_of))
    # "last 30 days", "近30天", "过去两周", "最近一个月", "近半年"
    for m in re.finditer(rf"(?:近|最近|过去|前)\s*({CN_NUM}|半)\s*(天|日|周|个星期|星期|个礼拜|个月|月|年)", text):
        if m.group(1) == "半":
            n, unit = (6, "个月") if m.group(2) == "年" else (15, "天")
        else:
            n, unit = cn_int(m.group(1)), m.group(2)
        if n:
            add(m.start(), m.end(), _last_n(as_of, n, unit))
    for m in re.finditer(rf"\b(?:the\s+)?(?:last|past|previous|recent|trailing)\s+({EN_NUM})\s+(days?|weeks?|months?|years?)\b", text):
        n = cn_int(m.group(1))
        if n:
            add(m.start(), m.end(), _last_n(as_of, n, m.group(2)))
    for m in re.finditer(r"\b(?:the\s+)?past\s+(week|month|year)\b", text):
        add(m.start(), m.end(), _last_n(as_of, 1, m.group(1)))
    # fixed words
    for word, period in _relative_words(as_of):
        if word not in text:
            continue
        rx = re.escape(word) if re.search(r"[\u4e00-\u9fff]", word) else rf"\b{re.escape(word)}\b"
        for m in re.finditer(rx, text):
            add(m.start(), m.end(), period)
    # single days
    for m in re.finditer(DAY_RX, text):
        d = _day_expr(m.group(0), as_of)
        if d:
            add(m.start(), m.end(), Period(d, d))
    # quarters
    for m in re.finditer(r"(?:(\d{4})年?\s*)?(?:第)?([一二三四1-4])季度|(?<![a-z0-9])q([1-4])(?:\s+(\d{4}))?(?![a-z0-9])|\b(first|second|third|fourth)\s+quarter\b", text):
        qs = m.group(2) or m.group(3) or m.group(5)
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(qs) or cn_int(qs)
        year = int(m.group(1) or m.group(4) or 0) or (as_of.year if 3 * q - 2 <= as_of.month else as_of.year - 1)
        add(m.start(), m.end(), _quarter(year, q))
    # months: zh "10月"/"十月份", en "in october" (bare short names only with a cue, "may" is a verb)
    for m in re.finditer(rf"(?:(\d{{4}})年)?({CN_NUM})月份?(?![0-9日号])", text):
        add(m.start(), m.end(), _month_expr(m.group(0), as_of))
    for m in re.finditer(rf"\b(?:(in|during|for|of|since)\s+)?({MONTH_RX})\b(?:\s+(\d{{4}}))?", text):
        name = m.group(2)
        if (len(name) <= 3 or name == "may") and not (m.group(1) or m.group(3)):
            continue
        add(m.start(), m.end(), _month_expr(name + (f" {m.group(3)}" if m.group(3) else ""), as_of))
    # years
    for m in re.finditer(r"(\d{4})年(?!\d|[0-9一二三四五六七八九十]+月)|\bin\s+(\d{4})\b", text):
        y = int(m.group(1) or m.group(2))
        if 2000 <= y <= 2100:
            add(m.start(), m.end(), Period(date(y, 1, 1), date(y, 12, 31)))
    return TimeResult(tuple(sorted(found, key=lambda s: s.start)))
