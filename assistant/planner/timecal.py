"""Calendar arithmetic for time expressions: months, quarters, ISO weeks, 旬, shifts, holidays."""
from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from knowledge.results import Period

# Chinese New Year's Day (正月初一), 2000–2040. A fixed table, not a lunar-calendar library: the
# dates are settled astronomy and a dependency for 41 dates is not worth it. Checked against
# jionlp's lunar calendar (all 41 equal).
CNY = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4), 2039: (1, 24), 2040: (2, 12),
}


def month(year: int, m: int) -> Period:
    return Period(date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1]))


def months(year: int, m: int, n: int) -> Period:
    """n calendar months starting with year-m."""
    last = add_months(date(year, m, 1), n - 1)
    return Period(date(year, m, 1), month(last.year, last.month).end)


def quarter(year: int, q: int) -> Period:
    return months(year, 3 * q - 2, 3)


def half(year: int, h: int) -> Period:
    return months(year, 6 * h - 5, 6)


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31))


def xun(y: int, m: int, part: int) -> Period:
    """上旬 (1), 中旬 (2), 下旬 (3) of a month: days 1–10, 11–20, 21–end."""
    whole = month(y, m)
    return Period(date(y, m, 10 * part - 9), date(y, m, 10 * part) if part < 3 else whole.end)


def iso_week(y: int, w: int) -> Period | None:
    try:
        start = date.fromisocalendar(y, w, 1)
    except ValueError:
        return None
    return Period(start, start + timedelta(days=6))


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def add_months(d: date, n: int) -> date:
    """d moved n calendar months, the day clamped to the month's length."""
    idx = d.year * 12 + d.month - 1 + n
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift_years(p: Period, n: int) -> Period:
    """The same calendar days n years away; whole months stay whole (February 2017 → all of February 2016)."""
    k = _whole_months(p)
    if k:
        start = add_months(p.start, 12 * n)
        return months(start.year, start.month, k)
    return Period(add_months(p.start, 12 * n), add_months(p.end, 12 * n))


def _whole_months(p: Period) -> int:
    """How many whole calendar months p spans exactly (0 when it does not start on a 1st and end on a last day)."""
    if p.start.day != 1 or (p.end + timedelta(days=1)).day != 1:
        return 0
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def previous_like(p: Period) -> Period:
    """The period before p of the same kind (环比): the previous calendar month(s) for whole months,
    the same elapsed days of the previous month for a month-to-date, else the same number of days."""
    n = _whole_months(p)
    if n:
        return months(add_months(p.start, -n).year, add_months(p.start, -n).month, n)
    if p.start.day == 1 and (p.start.year, p.start.month) == (p.end.year, p.end.month):
        prev = add_months(p.start, -1)
        return Period(prev, add_months(p.end, -1))
    return p.previous()


def following_like(p: Period) -> Period:
    """The period after p of the same kind (what "compared with p" is compared from, when no period is named)."""
    n = _whole_months(p)
    if n:
        nxt = add_months(p.start, n)
        return months(nxt.year, nxt.month, n)
    return Period(p.end + timedelta(days=1), p.end + timedelta(days=p.days))


def nth_weekday(y: int, m: int, weekday: int, n: int) -> date:
    first = date(y, m, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _day(m: int, d: int, days: int = 1) -> Callable[[int], Period]:
    return lambda y: Period(date(y, m, d), date(y, m, d) + timedelta(days=days - 1))


def _cny(y: int) -> Period | None:
    if y not in CNY:
        return None
    start = date(y, *CNY[y])
    return Period(start, start + timedelta(days=6))


def _black_friday(y: int) -> Period:
    d = nth_weekday(y, 11, 3, 4) + timedelta(days=1)
    return Period(d, d)


def _cyber_monday(y: int) -> Period:
    d = nth_weekday(y, 11, 3, 4) + timedelta(days=4)
    return Period(d, d)


def _thanksgiving(y: int) -> Period:
    d = nth_weekday(y, 11, 3, 4)
    return Period(d, d)


# holiday id → its period in a given year. Stated choices: 春节 = the seven days from New Year's Day
# (初一 .. 初七); 国庆 = the golden week 1–7 October; 五一 = 1–5 May; 618 and 双十一 = the day itself;
# 暑假 / summer vacation = July and August; 寒假 / winter break = 15 January .. end of February; the seasons by
# meteorological months (spring March–May … winter December to the end of the next February).
HOLIDAYS: dict[str, Callable[[int], Period | None]] = {
    "singles_day": _day(11, 11), "double12": _day(12, 12), "618": _day(6, 18),
    "spring_festival": _cny, "national_day": _day(10, 1, 7), "labour_day": _day(5, 1, 5),
    "black_friday": _black_friday, "cyber_monday": _cyber_monday, "thanksgiving": _thanksgiving,
    "christmas": _day(12, 25), "christmas_eve": _day(12, 24), "new_year": _day(1, 1),
    "new_years_eve": _day(12, 31), "valentines": _day(2, 14),
    "summer_vacation": lambda y: Period(date(y, 7, 1), date(y, 8, 31)),
    "winter_break": lambda y: Period(date(y, 1, 15), date(y, 3, 1) - timedelta(days=1)),
    "spring_hiring": lambda y: Period(date(y, 3, 1), date(y, 4, 30)),
    # seasons by meteorological months; a year's winter is its December and the next January and February
    "spring": lambda y: Period(date(y, 3, 1), date(y, 5, 31)),
    "summer": lambda y: Period(date(y, 6, 1), date(y, 8, 31)),
    "autumn": lambda y: Period(date(y, 9, 1), date(y, 11, 30)),
    "winter": lambda y: Period(date(y, 12, 1), date(y + 1, 3, 1) - timedelta(days=1)),
    "autumn_hiring": lambda y: Period(date(y, 9, 1), date(y, 10, 31)),
}
