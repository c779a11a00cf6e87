"""The time-expression rules: one regex per form (zh and en) and the function that resolves a match.

Each rule turns a match into a `Hit` (a period, its kind and whether the year was assumed); the
resolver in `timeparse` keeps the longest non-overlapping hits and composes ranges and comparisons.
Periods are inclusive calendar days; "this ..." periods run to as-of.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.results import Period

from assistant.planner import lexicon_en, lexicon_zh
from assistant.planner import timecal as cal


YearMake = Callable[[int], "Period | None"]
Res = tuple["Period | None", "YearMake | None"]  # (period, make-for-another-year when the year was assumed)


@dataclass(frozen=True)
class Ctx:
    """What a rule resolves against: the as-of day and the data's time coverage (when known)."""

    as_of: date
    coverage: Period | None = None

    def latest(self, make: Callable[[int], Period | None]) -> Period | None:
        """The latest period make(year) that starts on or before as-of, preferring one inside the data's
        coverage ("March" with no year in data that ended in 2018 → March 2018, not March of this year)."""
        first = None
        for y in range(self.as_of.year + 1, self.as_of.year - 60, -1):
            p = _safe(make, y)
            if p is None or p.start > self.as_of:
                continue
            if self.coverage is None or (p.start <= self.coverage.end and p.end >= self.coverage.start):
                return p
            first = first or p
        return first


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    period: Period | None  # None for a baseline rule (同比 / 环比), which has no period of its own
    kind: str
    remake: YearMake | None = None  # set when the year was assumed: the same expression in another year

    @property
    def assumed_year(self) -> bool:
        return self.remake is not None


def _safe(make: Callable[[int], Period | None], y: int) -> Period | None:
    try:
        return make(y)
    except ValueError:  # 30 February, week 53 of a 52-week year
        return None


def cn_int(s: str) -> int | None:
    """'30' → 30, '三十' → 30, '十五' → 15, '两' → 2, 'two' → 2; None when not a number."""
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


# building blocks ---------------------------------------------------------------------------------
N = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"
EN_N = r"[0-9]+|" + "|".join(sorted(lexicon_en.NUMBER_WORDS, key=len, reverse=True))
Y4 = r"(?:19|20)\d{2}"
MONTH_NAMES = "|".join(sorted(lexicon_en.MONTHS, key=len, reverse=True))
ORD = r"(?:st|nd|rd|th)?"
DASH = r"(?:-|–|—|~|到|至|to|until|through|till|and)"
# a year before a zh expression ("2025年", "去年") and after an en one (", 2025", " of 2025", " last year")
# ("2025上半年", "2025第三季度", "2025 3月": the year said without 年 right before a zh period word)
ZH_PERIOD_AHEAD = r"(?=\s*(?:全年|上半年|下半年|第?\s*[一二三四1-4]\s*季度|第\s*\d{1,2}\s*周|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|" \
    r"暑期|暑假|寒假|春节|国庆|双十一|双11|五一|元旦|圣诞))"
YZ = rf"(?:(?P<y>{Y4})(?:\s*年(?:度(?!假|过|日|量|数))?|{ZH_PERIOD_AHEAD})\s*(?:的\s*)?|(?P<ry>今年|去年|前年|本年|上一?年)\s*(?:的\s*)?)?"
YE = rf"(?:,?\s+(?:of\s+)?(?P<y>{Y4})\b|\s+(?:of\s+)?(?P<ry>last year|this year))?"
REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "this year": 0, "last year": -1,
            "the year": 0, "this year's": 0, "last year's": -1}
COUNT_AFTER = (r"(?!\s*(?:%|个|人|单|元|笔|次|件|条|位|名|家|块|orders?\b|users?\b|customers?\b|people\b|sessions?\b|"
               r"events?\b|items?\b|rows?\b|visits?\b|visitors?\b|clicks?\b|yuan\b|rmb\b|dollars?\b|usd\b|times\b|"
               r"comments?\b|reviews?\b|buyers?\b|leads?\b|deals?\b))")
UNIT_ZH = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month", "季度": "quarter",
           "年": "year"}


def mon(g: str = "mon") -> str:
    return rf"(?P<{g}>{MONTH_NAMES})\.?"


def _year_of(m: re.Match[str], ctx: Ctx, make: YearMake) -> Res:
    """make(year) for the year the match names (explicit or relative), else the latest one (and make, so
    the resolver can move it to a year the rest of the question or the conversation names)."""
    gd = m.groupdict()
    y = next((gd[g] for g in ("y", "y0", "y2") if gd.get(g)), None)
    if y:
        return _safe(make, int(y)), None
    ry = next((gd[g] for g in ("ry", "ry0", "ry2") if gd.get(g)), None)
    if ry:
        return _safe(make, ctx.as_of.year + REL_YEAR[ry]), None
    return ctx.latest(make), make


def _en_month(s: str) -> int:
    return lexicon_en.MONTHS[s.rstrip(".")]


def _zh_month(s: str) -> int | None:
    m = cn_int(s)
    return m if m and 1 <= m <= 12 else None


def _unit(u: str) -> str:
    u = u.lstrip("个").rstrip("s")
    return UNIT_ZH.get(u, u)


# resolvers ---------------------------------------------------------------------------------------
def _day(m: re.Match[str], ctx: Ctx) -> Res:
    gd = m.groupdict()
    month = _en_month(gd["mon"]) if gd.get("mon") else _zh_month(gd["m"])
    d = cn_int(gd["d"])
    if not month or not d:
        return None, None
    return _year_of(m, ctx, lambda y: Period(date(y, month, d), date(y, month, d)))


def _month(m: re.Match[str], ctx: Ctx) -> Res:
    gd = m.groupdict()
    month = _en_month(gd["mon"]) if gd.get("mon") else _zh_month(gd["m"])
    if not month:
        return None, None
    if gd.get("cue") is None and gd.get("mon") and not (gd.get("y") or gd.get("ry")):
        name = gd["mon"].rstrip(".")
        if len(name) <= 3 or name == "may":  # "may" is a verb, "mar"/"dec" too short to trust bare
            return None, None
    return _year_of(m, ctx, lambda y: cal.month(y, month))


def _xun(m: re.Match[str], ctx: Ctx) -> Res:
    gd = m.groupdict()
    part = {"上": 1, "中": 2, "下": 3, "early": 1, "mid": 2, "late": 3, "first": 1, "middle": 2, "last": 3}[gd["x"]]
    if gd.get("rm"):
        first = ctx.as_of.replace(day=1)
        back = {"本月": 0, "这个月": 0, "这月": 0, "上月": 1, "上个月": 1, "上上月": 2, "上上个月": 2}[gd["rm"]]
        first = cal.add_months(first, -back)
        return cal.xun(first.year, first.month, part), None
    month = _en_month(gd["mon"]) if gd.get("mon") else _zh_month(gd["m"])
    if not month:
        return None, None
    return _year_of(m, ctx, lambda y: cal.xun(y, month, part))


QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(m: re.Match[str], ctx: Ctx) -> Res:
    qs = m.group("q")
    q = QUARTER_WORDS.get(qs) or cn_int(qs)
    return _year_of(m, ctx, lambda y: cal.quarter(y, q)) if q and 1 <= q <= 4 else (None, None)


def _half(m: re.Match[str], ctx: Ctx) -> Res:
    h = {"上": 1, "下": 2, "1": 1, "2": 2, "first": 1, "second": 2}[m.group("h")]
    return _year_of(m, ctx, lambda y: cal.half(y, h))


def _week(m: re.Match[str], ctx: Ctx) -> Res:
    w = cn_int(m.group("w"))
    return _year_of(m, ctx, lambda y: cal.iso_week(y, w)) if w and 1 <= w <= 53 else (None, None)


def _year(m: re.Match[str], ctx: Ctx) -> Res:
    return cal.year(int(m.group("y"))), None


def _split_year(m: re.Match[str], ctx: Ctx) -> Res:
    """A year said as two ("2025-26学年", "2025/26 season", "winter 2025-26"): a school year runs September to August,
    a winter December to February, any other season (ski, sports) July to June — the whole of it, whatever part the
    data holds (the answer states the range)."""
    y, y2 = int(m.group("y")), int(m.group("y2"))
    if (y + 1) % 100 != y2 % 100:
        return None, None  # ("2025-12": a month, "2019-25": a range of years, not one season)
    kind = m.group("k").lower()
    if "winter" in kind or "冬" in kind:
        return Period(date(y, 12, 1), cal.add_months(date(y + 1, 3, 1), 0) - timedelta(days=1)), None
    if "school" in kind or "academic" in kind or "学年" in kind:
        return Period(date(y, 9, 1), date(y + 1, 8, 31)), None
    return Period(date(y, 7, 1), date(y + 1, 6, 30)), None


def _last_n(m: re.Match[str], ctx: Ctx) -> Res:
    """The n units ending at as-of: "last 7 days", "近三个月" (calendar months back), "近半年" (six months)."""
    raw, unit = m.groupdict().get("n") or "1", _unit(m.group("u"))
    n = 0.5 if raw == "半" else cn_int(raw)
    if not n:
        return None, None
    if n == 0.5:
        unit, n = ("month", 6) if unit == "year" else ("day", 15) if unit == "month" else (unit, 0)
        if not n:
            return None, None
    a = ctx.as_of
    if unit == "day":
        start = a - timedelta(days=n - 1)
    elif unit == "week":
        start = a - timedelta(days=7 * n - 1)
    else:
        start = cal.add_months(a, -int(n) * {"month": 1, "quarter": 3, "year": 12}[unit]) + timedelta(days=1)
    return Period(start, a), None


def _first_n(m: re.Match[str], ctx: Ctx) -> Res:
    """"2025年前三个季度", "the first 6 months of 2025": from 1 January; only with a year (else 前三个月 = the last three)."""
    gd = m.groupdict()
    n, k = cn_int(gd["n"]), {"month": 1, "quarter": 3}.get(_unit(gd["u"]))
    if not (gd.get("y") or gd.get("ry")) or not n or not k or n * k > 12:
        return None, None
    return _year_of(m, ctx, lambda y: cal.months(y, 1, n * k))


def _ago(m: re.Match[str], ctx: Ctx) -> Res:
    """The calendar unit n units before the one holding as-of: "3 days ago", "两个月前" (a whole month)."""
    n, unit, a = cn_int(m.group("n")), _unit(m.group("u")), ctx.as_of
    if not n:
        return None, None
    if unit == "day":
        d = a - timedelta(days=n)
        return Period(d, d), None
    if unit == "week":
        ws = cal.week_start(a) - timedelta(days=7 * n)
        return Period(ws, ws + timedelta(days=6)), None
    if unit == "month":
        d = cal.add_months(a.replace(day=1), -n)
        return cal.month(d.year, d.month), None
    if unit == "quarter":
        d = cal.add_months(a.replace(day=1), -3 * n)
        return cal.quarter(d.year, (d.month - 1) // 3 + 1), None
    return cal.year(a.year - n), None


def _previous_unit(m: re.Match[str], ctx: Ctx) -> Res:
    """"the previous month" said alone = last month; in a comparison it is re-read against the current period."""
    return previous_unit(_unit(m.group("u")), Period(ctx.as_of, ctx.as_of)), None


def previous_unit(unit: str, current: Period) -> Period:
    """The calendar unit right before the one that holds current.start."""
    s = current.start
    if unit == "day":
        d = s - timedelta(days=1)
        return Period(d, d)
    if unit == "week":
        ws = cal.week_start(s) - timedelta(days=7)
        return Period(ws, ws + timedelta(days=6))
    if unit == "month":
        d = cal.add_months(s.replace(day=1), -1)
        return cal.month(d.year, d.month)
    if unit == "quarter":
        d = cal.add_months(s.replace(day=1), -3)
        return cal.quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return cal.year(s.year - 1)
    return cal.previous_like(current)


def _holiday(hid: str) -> Callable[[re.Match[str], Ctx], Res]:
    return lambda m, ctx: _year_of(m, ctx, cal.HOLIDAYS[hid])


def _holiday_month(hid: str) -> Callable[[re.Match[str], Ctx], Res]:
    def month_of(y: int) -> Period:
        first = cal.HOLIDAYS[hid](y).start
        return cal.month(first.year, first.month)
    return lambda m, ctx: _year_of(m, ctx, month_of)


WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "1": 0, "2": 1, "3": 2, "4": 3, "5": 4,
              "6": 5, "7": 6}
WEEKDAY_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_of_week(m: re.Match[str], ctx: Ctx) -> Res:
    """"上周二": Tuesday of the week before as-of's; "这周三": of as-of's week; "last Tuesday" (said alone): the
    latest Tuesday before as-of; a day after as-of names nothing yet."""
    wd_said, rel = m.group("wd"), m.group("rel")
    wd = WEEKDAY_ZH.get(wd_said, WEEKDAY_EN.index(wd_said) if wd_said in WEEKDAY_EN else 0)
    week = _ws(ctx.as_of)
    if rel in ("上", "last") and m.group(0).endswith("week") or rel == "上":
        day = week - timedelta(days=7) + timedelta(days=wd)
    elif rel == "上上":
        day = week - timedelta(days=14) + timedelta(days=wd)
    elif rel == "下":
        day = week + timedelta(days=7 + wd)
    elif rel in ("last", "past"):
        day = ctx.as_of - timedelta(days=(ctx.as_of.weekday() - wd) % 7 or 7)
    else:  # 这 / 本 / this
        day = week + timedelta(days=wd)
    if day > ctx.as_of:
        return None, None
    return Period(day, day), None


def _fixed(fn: Callable[[date], Period]) -> Callable[[re.Match[str], Ctx], Res]:
    return lambda m, ctx: (fn(ctx.as_of), None)


def _no_period(m: re.Match[str], ctx: Ctx) -> Res:
    """同比 / 环比 name how to find the baseline, not a period: the resolver applies them."""
    return None, None


def _ws(a: date) -> date:
    return cal.week_start(a)


def _prev_month(a: date, n: int) -> Period:
    d = cal.add_months(a.replace(day=1), -n)
    return cal.month(d.year, d.month)


def _this_quarter(a: date) -> Period:
    return Period(cal.quarter(a.year, (a.month - 1) // 3 + 1).start, a)


def _last_quarter(a: date) -> Period:
    d = cal.add_months(a.replace(day=1), -3)
    return cal.quarter(d.year, (d.month - 1) // 3 + 1)


FIXED: dict[tuple[str, ...], Callable[[date], Period]] = {
    ("今天", "今日", "today"): lambda a: Period(a, a),
    ("昨天", "昨日", "yesterday"): lambda a: Period(a - timedelta(days=1), a - timedelta(days=1)),
    ("前天", "the day before yesterday", "day before yesterday"):
        lambda a: Period(a - timedelta(days=2), a - timedelta(days=2)),
    ("大前天",): lambda a: Period(a - timedelta(days=3), a - timedelta(days=3)),
    ("本周", "这周", "这个星期", "这星期", "本星期", "这一周", "这个礼拜", "本周至今", "本周以来", "this week",
     "week to date", "week-to-date", "wtd"): lambda a: Period(_ws(a), a),
    ("上周", "上个星期", "上星期", "上礼拜", "上个礼拜", "上一周", "last week"):
        lambda a: Period(_ws(a) - timedelta(days=7), _ws(a) - timedelta(days=1)),
    ("上上周", "上上个星期", "上上星期", "上上个礼拜", "再上一周", "再上周", "week before last", "the week before last"):
        lambda a: Period(_ws(a) - timedelta(days=14), _ws(a) - timedelta(days=8)),
    ("本月", "这个月", "这月", "当月", "本月份", "本月至今", "本月以来", "这个月以来", "this month", "month to date",
     "month-to-date", "mtd"): lambda a: Period(a.replace(day=1), a),
    ("上个月", "上月", "上一个月", "上个月份", "last month"): lambda a: _prev_month(a, 1),
    ("上上个月", "上上月", "再上一个月", "再上个月", "month before last", "the month before last"):
        lambda a: _prev_month(a, 2),
    ("本季度", "这个季度", "这季度", "本季", "本季度至今", "this quarter", "quarter to date", "quarter-to-date", "qtd"):
        _this_quarter,
    ("上季度", "上个季度", "上一季度", "上一个季度", "上季", "last quarter"): _last_quarter,
    ("上上季度", "上上个季度", "再上一个季度", "再上个季度", "再上一季度", "the quarter before last", "quarter before last"):
        lambda a: _last_quarter(_last_quarter(a).start),
    ("今年", "本年", "本年度", "今年以来", "今年至今", "this year", "year to date", "year-to-date", "ytd"):
        lambda a: Period(date(a.year, 1, 1), a),
    ("去年", "上年", "上一年", "去年全年", "last year"): lambda a: cal.year(a.year - 1),
    ("前年", "the year before last", "year before last"): lambda a: cal.year(a.year - 2),
}

SEASON_EN = (r"(?:(?<=in )|(?<=in the )|(?<=during )|(?<=during the )|(?<=this )|(?<=last )|(?<=past )|(?<=\d{{4}} ))"
             r"{0}(?! (?:festival|hiring|break|vacation|holidays?|camp|sale|collection|menu))|{0}(?= (?:of )?20\d\d)")
HOLIDAY_WORDS: dict[str, str] = {
    "双十一|双11|double 11|double eleven|singles'? day|11\\.11": "singles_day",
    "双十二|双12|double 12|double twelve|12\\.12": "double12",
    "(?<![\\d.$¥/-])(?:618|6\\.18|六一八)(?![\\d%]|\\.\\d)" + COUNT_AFTER: "618",
    "春节(?:假期|长假|期间|黄金周)?|过年期间|农历新年|(?:chinese|lunar) new year|spring festival|"
    # "CNY" is also the currency ("paid orders only, CNY"): the holiday only with words that make it a time
    "(?<=during )cny|(?<=around )cny|(?<=over )cny|(?<=before )cny|(?<=after )cny|\\bcny(?= (?:holiday|week|break|period|season))":
        "spring_festival",
    "国庆(?:节)?(?:黄金周|假期|长假|期间)?|十一(?:黄金周|长假|假期)|national day(?: golden week| holidays?)?|golden week":
        "national_day",
    "五一(?:劳动节|假期|黄金周|长假)?|劳动节|may day": "labour_day",
    "黑色星期五|黑五|black friday": "black_friday", "cyber monday|网络星期一": "cyber_monday",
    "感恩节|thanksgiving(?: day)?": "thanksgiving",
    "圣诞节?(?:假期)?|christmas(?: day)?|xmas": "christmas", "平安夜|christmas eve": "christmas_eve",
    "元旦(?:节|假期)?|new year'?s day|new year(?!'?s eve)": "new_year", "new year'?s eve|跨年夜": "new_years_eve",
    "情人节|valentine'?s day": "valentines",
    "暑假(?:期间|档)?|暑期档?|summer (?:vacation|holidays?|break)|school summer holidays?": "summer_vacation",
    "寒假(?:期间)?|winter (?:break|vacation)": "winter_break",
    # the hiring seasons of the Chinese job market
    "金三银四": "spring_hiring", "金九银十": "autumn_hiring",
    # the seasons, by meteorological months (northern hemisphere): "summer 2025", "今年春天", "2025年秋季"; only with a
    # year or a time word before or after it, so "冬季套餐" and "Spring Haven" name no period
    "(?<=年)(?:春天|春季)|" + SEASON_EN.format("spring"): "spring",
    "(?<=年)(?:夏天|夏季)|" + SEASON_EN.format("summer"): "summer",
    "(?<=年)(?:秋天|秋季)|" + SEASON_EN.format("autumn") + "|" + SEASON_EN.format("fall"): "autumn",
    "(?<=年)(?:冬天|冬季)|" + SEASON_EN.format("winter"): "winter",
}
# word edges that only bind Latin letters: "双十一orders" and "black friday的订单" mix scripts with no space
EDGE_BEFORE = r"(?:(?<![a-z])|(?=[\u4e00-\u9fff]))"
EDGE_AFTER = r"(?:(?![a-z])|(?<=[\u4e00-\u9fff]))"
YEAR_BEFORE_EN = rf"(?:(?P<y0>{Y4})\s+|(?P<ry0>last year's|this year's)\s+)?"

Resolver = Callable[[re.Match[str], Ctx], Res]


def _rules() -> list[tuple[str, re.Pattern[str], Resolver]]:
    """(kind, pattern, resolver) for every form; built once by the resolver module."""
    R: list[tuple[str, str, Resolver]] = [
        # days
        ("day", rf"(?<![\d.])(?P<y>{Y4})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)", _day),
        ("day", rf"{YZ}(?P<m>{N})\s*月\s*(?P<d>{N})\s*[日号]", _day),
        ("day", rf"\b{mon()}\s+(?P<d>\d{{1,2}}){ORD}\b(?!\s*:)(?:,?\s+(?P<y>{Y4})\b)?", _day),
        ("day", rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?{mon()}\b(?:,?\s+(?P<y>{Y4})\b)?", _day),
        # a weekday of a week said relative to as-of: "上周二", "这周三", "last Tuesday", "on Monday last week"
        # ("这周一共", "上周三次", "这一周一共": a week, then a count — no weekday)
        ("day", r"(?P<rel>上上|上|这|本|下)(?:个)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])"
                r"(?![共起样直定些般致切半次个天单笔位人名条周月年号点批件场辆台份万千百十0-9])", _weekday_of_week),
        ("day", r"\b(?P<rel>last|this|past)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
         _weekday_of_week),
        ("day", r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?(?P<rel>last|this)"
                r"\s+week\b", _weekday_of_week),
        # months
        ("month", rf"{YZ}(?P<m>{N})\s*月份?", _month),
        ("month", rf"(?<![\d./-])(?P<y>{Y4})\s*[-/.]\s*(?P<m>\d{{1,2}})(?!\d|\s*[-/.]\s*\d)", _month),
        ("month", rf"(?<![\d./-])(?P<m>\d{{1,2}})[/-](?P<y>{Y4})(?![\d/.-])", _month),
        ("month", rf"\b{mon()},?\s+(?:of\s+)?(?P<y>{Y4})\b", _month),
        ("month", rf"\b{mon()}\s+(?:of\s+)?(?P<ry>last year|this year)\b", _month),
        ("month", rf"\b(?:(?P<cue>in|during|for|of|since|throughout|over|the month of)\s+)?(?P<core>{mon()})\b", _month),
        # 上/中/下旬, early/mid/late October
        ("xun", rf"{YZ}(?P<m>{N})\s*月份?\s*(?P<x>上|中|下)旬", _xun),
        ("xun", r"(?P<rm>本月|这个月|这月|上上个月|上上月|上个月|上月)\s*(?P<x>上|中|下)旬", _xun),
        ("xun", rf"\b(?:in\s+)?(?P<x>early|mid|late)[\s-]+{mon()}\b{YE}", _xun),
        ("xun", rf"\b(?:in\s+)?(?:the\s+)?(?P<x>first|middle|last)\s+(?:ten|10)\s+days\s+of\s+{mon()}\b{YE}", _xun),
        # quarters
        ("quarter", rf"{YZ}第?\s*(?P<q>[一二三四1-4])\s*季度", _quarter),
        ("quarter", rf"(?<![0-9a-z])(?:(?P<y0>{Y4})\s*[-年]?\s*|(?P<ry0>今年|去年|前年)\s*)?q(?P<q>[1-4])(?![0-9a-z])"
                    rf"(?:\s*(?:of\s+)?(?P<y2>{Y4})\b|\s+(?P<ry2>last year|this year)\b)?", _quarter),
        ("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b"
                    rf"(?:\s+of\s+(?:(?P<y>{Y4})|(?P<ry>last year|this year|the year))|,?\s+(?P<y2>{Y4})\b)?", _quarter),
        # halves
        ("half", rf"{YZ}(?P<h>上|下)半年", _half),
        ("half", rf"(?<![0-9a-z])(?:(?P<y0>{Y4})\s*-?\s*)?h(?P<h>[12])(?![0-9a-z])"
                 rf"(?:\s*(?:of\s+)?(?P<y2>{Y4})\b|\s+(?P<ry2>last year|this year)\b)?", _half),
        ("half", rf"\b(?:the\s+)?(?P<h>first|second)\s+half\b(?:\s+of\s+(?:(?P<y>{Y4})|(?P<ry>last year|this year|the year)))?",
         _half),
        # ISO weeks
        ("week", rf"{YZ}第\s*(?P<w>{N})\s*周", _week),
        ("week", rf"\bweek\s*(?:no\.?\s*|#\s*)?(?P<w>\d{{1,2}})\b(?:,?\s+(?:of\s+)?(?P<y>{Y4})\b)?", _week),
        ("week", rf"\b(?P<y>{Y4})-?w(?P<w>\d{{2}})\b", _week),
        # years
        # a year that spans two ("2025-26学年", "the 2024-25 school year", "2025/26雪季", "winter 2025-26")
        ("year", rf"(?P<y>{Y4})\s*[-/–]\s*(?P<y2>\d{{2}}|{Y4})\s*(?:the\s+)?(?P<k>学年|school[\s-]year|academic[\s-]year|"
                 r"school|season|ski season|雪季|滑雪季|赛季|季|冬季|冬天|winter)", _split_year),
        ("year", rf"\b(?P<k>winter|the winter of|school year|academic year|season)\s+(?:of\s+)?(?P<y>{Y4})\s*[-/–]\s*"
                 rf"(?P<y2>\d{{2}}|{Y4})\b", _split_year),
        ("year", rf"(?P<y>{Y4})\s*年(?:度(?!假|过|日|量|数))?", _year),  # "2016年度假酒店": 度假 is a word
        ("year", rf"(?P<y>{Y4})\s*全年", _year),  # "深圳2025全年的租金收入"
        ("year", rf"(?<![\d.,$¥#/-])\b(?P<y>{Y4})\b(?![.,/-]\d){COUNT_AFTER}", _year),
        # "what share of 2025 orders", "our 2024 customers": a year between a determiner or preposition and an
        # English row noun ("2000 orders" alone, "more than 2000 orders" are counts)
        # ("take 2025 clicks", "use 2025 offers": an analyst's verb before the year says which rows to read)
        ("year", rf"(?:(?<=\bof )|(?<=\bin )|(?<=\bfor )|(?<=\bthe )|(?<=\bour )|(?<=\ball )|(?<=\bfrom )|"
                 rf"(?<=\bamong )|(?<=\bvs )|(?<=\band )|(?<=\bwith )|(?<=\bmany )|(?<=\bmuch )|(?<=\btake )|"
                 rf"(?<=\buse )|(?<=\busing )|(?<=\bconsider )|(?<=\bonly )|(?<=\bjust ))"
                 rf"\b(?P<y>{Y4})(?=\s+(?:orders?|users?|customers?|sessions?|events?|visits?|visitors?|comments?|"
                 rf"reviews?|buyers?|leads?|deals?|signups?|sign-ups?|bookings?|trips?|tickets?|deliveries|claims?|"
                 rf"applications?|purchases?|transactions?|revenue|sales|cohort|clicks?|offers?|payments?|loans?|"
                 rf"calls?|contracts?|quotes?|quotations?|invoices?|inspections?|disbursements?|repayments?|"
                 rf"enquir(?:y|ies)|inquir(?:y|ies)|jobs?|renewals?|surveys?|uploads?|refunds?|returns?|"
                 rf"subscriptions?|registrations?|appointments?|shipments?|requests?|tenders?|proposals?|"
                 rf"incidents?|complaints?|messages?|data|work)\b)", _year),
        # relative: last n units, n units ago, the previous unit
        ("previous", r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<u>day|week|month|quarter|year|period)\b",
         _previous_unit),
        ("previous", r"(?<!提)前一(?P<u>天|日|周|个月|个季度|年)", _previous_unit),
        # ("提前7天提醒": seven days ahead of something, no period)
        ("last_n", rf"(?:近|最近|过去|(?<!提)前)(?:的)?\s*(?P<n>{N}|半)\s*(?P<u>个?(?:天|日|周|星期|礼拜|月|季度)|年)", _last_n),
        ("last_n", rf"\b(?:in\s+)?(?:the\s+)?(?:last|past|previous|recent|trailing|prior)\s+(?P<n>{EN_N})\s+"
                   rf"(?P<u>days?|weeks?|months?|quarters?|years?)\b", _last_n),
        ("last_n", r"\b(?:the\s+)?past\s+(?P<u>week|month|quarter|year)\b", _last_n),
        ("first_n", rf"{YZ}前\s*(?P<n>{N})\s*(?P<u>个?月|个?季度)", _first_n),
        ("first_n", rf"\b(?:the\s+)?first\s+(?P<n>{EN_N})\s+(?P<u>months|quarters)\s+of\s+(?:(?P<y>{Y4})|"
                    r"(?P<ry>last year|this year|the year))\b", _first_n),
        ("ago", rf"(?P<n>{N})\s*(?P<u>个?(?:天|日|周|星期|礼拜|月|季度)|年)(?:之|以)?前", _ago),
        ("ago", rf"\b(?P<n>{EN_N})\s+(?P<u>days?|weeks?|months?|quarters?|years?)\s+ago\b", _ago),
        # baseline rules: 同比 (same period a year before), 环比 (the period before, same length)
        ("yoy", r"同比(?:去年|上年)?(?:同期)?|(?:去年|上年|上一年)同期|\b(?:the\s+)?same\s+(?:period|time|days?)\s+"
                r"(?:of\s+|in\s+)?(?:last|the previous|a)\s+year\b|\byear[\s-]+(?:over|on)[\s-]+year\b|\byoy\b|\by/y\b",
         _no_period),
        ("pop", r"环比|上一期|前一期|\b(?:period|month|week|day|quarter)[\s-]+(?:over|on)[\s-]+"
                r"(?:period|month|week|day|quarter)\b|\bm/m\b|\bw/w\b|\bmom\b(?=\s+(?:growth|change))", _no_period),
    ]
    for words, fn in FIXED.items():
        # word edges only around English words: "上个月orders多少" mixes scripts with no space
        alts = "|".join(re.escape(w) if re.search(r"[\u4e00-\u9fff]", w) else rf"(?<![a-z]){re.escape(w)}(?![a-z])"
                        for w in sorted(words, key=len, reverse=True))
        R.append(("fixed", rf"(?:{alts})", _fixed(fn)))
    for words, hid in HOLIDAY_WORDS.items():
        # "双十一那个月", "the month of Double 11": the calendar month holding the holiday's first day
        R.append(("month", rf"{YZ}{EDGE_BEFORE}(?:{words})(?:那个月|那一个月|那月|所在的?月份?|当月)", _holiday_month(hid)))
        R.append(("month", rf"\bthe\s+month\s+of\s+{YEAR_BEFORE_EN}(?:the\s+)?(?:{words}){EDGE_AFTER}"
                           rf"{YE.replace('P<y>', 'P<y2>').replace('P<ry>', 'P<ry2>')}", _holiday_month(hid)))
        R.append(("holiday", rf"{YEAR_BEFORE_EN}{YZ}{EDGE_BEFORE}(?:{words}){EDGE_AFTER}{YE.replace('P<y>', 'P<y2>').replace('P<ry>', 'P<ry2>')}",
                  _holiday(hid)))
    return [(k, re.compile(p), f) for k, p, f in R]


# partial ranges: one side borrows the month or year of the other ("10月1日至15日", "1-15 March 2025")
def _day_range(m: re.Match[str], ctx: Ctx) -> Res:
    gd = m.groupdict()
    month = _en_month(gd["mon"]) if gd.get("mon") else _zh_month(gd["m"])
    d1, d2 = cn_int(gd["d1"]), cn_int(gd["d2"])
    if not month or not d1 or not d2 or d1 > d2:
        return None, None
    return _year_of(m, ctx, lambda y: Period(date(y, month, d1), date(y, month, d2)))


def _month_range(m: re.Match[str], ctx: Ctx) -> Res:
    gd = m.groupdict()
    m1 = _en_month(gd["mon"]) if gd.get("mon") else _zh_month(gd["m1"])
    m2 = _en_month(gd["mon2"]) if gd.get("mon2") else _zh_month(gd["m2"])
    if not m1 or not m2 or m1 > m2:
        return None, None
    return _year_of(m, ctx, lambda y: Period(cal.month(y, m1).start, cal.month(y, m2).end))


def _month_list(m: re.Match[str], ctx: Ctx) -> Res:
    """"7、8月", "7、8两个月", "10、11、12月": months listed one after another are the months from the first to the
    last (a list with a gap is no one period)."""
    months = [_zh_month(x) for x in re.split(r"\s*[、,，和及与]\s*", m.group("ms"))]
    if not all(months) or len(months) < 2 or any(b != a + 1 for a, b in zip(months, months[1:])):
        return None, None
    return _year_of(m, ctx, lambda y: Period(cal.month(y, months[0]).start, cal.month(y, months[-1]).end))


def _range_rules() -> list[tuple[str, re.Pattern[str], Resolver]]:
    R: list[tuple[str, str, Resolver]] = [
        ("range", rf"(?:从|自)?{YZ}(?P<m>{N})\s*月\s*(?P<d1>{N})\s*[日号]?\s*(?:-|–|—|~|到|至)\s*(?P<d2>{N})\s*[日号]", _day_range),
        ("range", rf"\b(?:between\s+|from\s+)?(?:the\s+)?(?P<d1>\d{{1,2}}){ORD}\s*{DASH}\s*(?:the\s+)?(?P<d2>\d{{1,2}}){ORD}\s+"
                  rf"(?:of\s+)?{mon()}\b(?:,?\s+(?P<y>{Y4})\b)?", _day_range),
        ("range", rf"\b(?:between\s+|from\s+)?{mon()}\s+(?P<d1>\d{{1,2}}){ORD}\s*{DASH}\s*(?P<d2>\d{{1,2}}){ORD}\b(?!\s*:)"
                  rf"(?:,?\s+(?P<y>{Y4})\b)?", _day_range),
        ("range", rf"(?:从|自)?{YZ}(?P<m1>{N})\s*月?\s*(?:-|–|—|~|到|至)\s*(?P<m2>{N})\s*月份?", _month_range),
        ("range", rf"{YZ}(?P<ms>(?:{N})(?:\s*月)?(?:\s*[、,，和及与]\s*(?:{N})(?:\s*月)?)+)\s*(?:月份?|(?:这)?[两三四]个月)",
         _month_list),
        ("range", rf"\b(?:between\s+|from\s+)?{mon()}\s*{DASH}\s*{mon('mon2')}\b(?:,?\s+(?:of\s+)?(?P<y>{Y4})\b)?",
         _month_range),
    ]
    return [(k, re.compile(p), f) for k, p, f in R]


def all_rules() -> list[tuple[str, re.Pattern[str], Resolver]]:
    return _rules() + _range_rules()
