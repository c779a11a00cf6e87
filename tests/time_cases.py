"""Generated time expressions with known ranges (zh and en templates × random dates and as-of days).

The expected ranges come from plain date arithmetic written here, independently of the parser's
own calendar module, so the property test checks one implementation against another. Shared by
tests/test_timeparse.py (hypothesis draws the Random) and bench/bench_timeparse.py (seeded Random).
"""
from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"]
ABBR_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ZH_DIGITS = "零一二三四五六七八九"
# Chinese New Year's Day, for the years the generator draws (an independent copy for the oracle)
CNY = {2016: date(2016, 2, 8), 2017: date(2017, 1, 28), 2018: date(2018, 2, 16), 2019: date(2019, 2, 5),
       2020: date(2020, 1, 25), 2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
       2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
       2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3)}

ZH_CONTEXT = ["{e}的订单数是多少", "看看{e}支付环节的转化率", "{e}注册流程哪一步流失最多", "{e}客服的满意度怎么样",
              "帮我查一下{e}的营收", "{e}安卓用户的下单转化"]
EN_CONTEXT = ["how many orders did we get {e}?", "payment conversion {e}", "which step lost the most users {e}",
              "show revenue for {e}", "what was the checkout drop-off {e}", "android orders {e} please"]


@dataclass(frozen=True)
class Case:
    family: str
    lang: str
    expr: str
    sentence: str
    as_of: date
    start: date
    end: date
    baseline: tuple[date, date] | None = None


def zh_num(n: int) -> str:
    """1..99 in Chinese numerals (十, 十五, 二十三)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return ZH_DIGITS[ones]
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


def last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def clip(start: date, end: date, as_of: date) -> tuple[date, date]:
    return (start, as_of) if start <= as_of < end else (start, end)


def month_back(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 - n
    return k // 12, k % 12 + 1


def _num(rng: random.Random, n: int) -> str:
    return str(n) if rng.random() < 0.6 else zh_num(n)


def _en_month(rng: random.Random, m: int) -> str:
    if m == 5 or rng.random() < 0.5:
        return MONTHS_EN[m - 1]
    return ABBR_EN[m - 1] + ("." if rng.random() < 0.2 else "")


def month_year(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, m = rng.randint(2016, 2030), rng.randint(1, 12)
    lang = rng.choice(["zh", "en"])
    if lang == "zh":
        e = rng.choice([f"{y}年{_num(rng, m)}月", f"{y}年{m:02d}月", f"{y}-{m:02d}", f"{y}/{m:02d}", f"{y}年{m}月份",
                        f"{y}{zh_num(m)}月"])
    else:
        e = rng.choice([f"{_en_month(rng, m)} {y}", f"{MONTHS_EN[m - 1]}, {y}", f"{MONTHS_EN[m - 1]} of {y}",
                        f"{m:02d}/{y}", f"{y}-{m:02d}"])
    return lang, e, date(y, m, 1), last_day(y, m)


def day(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, m = rng.randint(2016, 2030), rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    lang = rng.choice(["zh", "en"])
    if lang == "zh":
        e = rng.choice([f"{y}年{m}月{d}日", f"{y}年{_num(rng, m)}月{_num(rng, d)}号", f"{y}-{m:02d}-{d:02d}",
                        f"{y}/{m}/{d}"])
    else:
        sfx = {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th") if rng.random() < 0.3 else ""
        e = rng.choice([f"{_en_month(rng, m)} {d}{sfx}, {y}", f"{d}{sfx} {MONTHS_EN[m - 1]} {y}",
                        f"{y}-{m:02d}-{d:02d}"])
    return lang, e, date(y, m, d), date(y, m, d)


def year(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y = rng.randint(2016, 2030)
    lang = rng.choice(["zh", "en"])
    e = rng.choice([f"{y}年", f"{y}年度", f"{y}全年", f"{y}年全年"]) if lang == "zh" else f"{y}"
    return lang, e, date(y, 1, 1), date(y, 12, 31)


def quarter(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, q = rng.randint(2016, 2030), rng.randint(1, 4)
    lang = rng.choice(["zh", "en"])
    if lang == "zh":
        e = rng.choice([f"{y}年第{zh_num(q)}季度", f"{y}年{zh_num(q)}季度", f"{y}年Q{q}", f"{y}Q{q}", f"{y}年第{q}季度",
                        f"{y}第{zh_num(q)}季度", f"{y}{zh_num(q)}季度"])
    else:
        ordinal = ["first", "second", "third", "fourth"][q - 1]
        e = rng.choice([f"Q{q} {y}", f"{y} Q{q}", f"{y}-Q{q}", f"the {ordinal} quarter of {y}", f"Q{q} of {y}"])
    return lang, e, date(y, 3 * q - 2, 1), last_day(y, 3 * q)


def half(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, h = rng.randint(2016, 2030), rng.randint(1, 2)
    lang = rng.choice(["zh", "en"])
    if lang == "zh":
        e = rng.choice([f"{y}年{'上' if h == 1 else '下'}半年", f"{y}{'上' if h == 1 else '下'}半年"])
    else:
        e = rng.choice([f"H{h} {y}", f"{y}H{h}", f"the {'first' if h == 1 else 'second'} half of {y}"])
    return lang, e, date(y, 6 * h - 5, 1), last_day(y, 6 * h)


def xun(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, m, k = rng.randint(2016, 2030), rng.randint(1, 12), rng.randint(0, 2)
    lang = rng.choice(["zh", "en"])
    if lang == "zh":
        e = f"{y}年{_num(rng, m)}月{'上中下'[k]}旬"
    else:
        e = f"{['early', 'mid', 'late'][k]}{rng.choice([' ', '-']) if k == 1 else ' '}{MONTHS_EN[m - 1]} {y}"
    start = date(y, m, 1 + 10 * k)
    return lang, e, start, date(y, m, 10 + 10 * k) if k < 2 else last_day(y, m)


def iso_week(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, w = rng.randint(2016, 2030), rng.randint(1, 52)
    lang = rng.choice(["zh", "en"])
    e = rng.choice([f"{y}年第{w}周", f"{y}年第{zh_num(w)}周"]) if lang == "zh" else rng.choice(
        [f"week {w} of {y}", f"week {w} {y}", f"{y}-W{w:02d}"])
    # ISO 8601: week 1 holds the year's first Thursday
    jan4 = date(y, 1, 4)
    start = jan4 - timedelta(days=jan4.weekday()) + timedelta(weeks=w - 1)
    return lang, e, start, start + timedelta(days=6)


def day_range(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y, m = rng.randint(2016, 2030), rng.randint(1, 12)
    n = calendar.monthrange(y, m)[1]
    d1 = rng.randint(1, n - 1)
    d2 = rng.randint(d1 + 1, n)
    lang = rng.choice(["zh", "en"])
    if lang == "zh":
        e = rng.choice([f"{y}-{m:02d}-{d1:02d} 到 {y}-{m:02d}-{d2:02d}", f"{y}年{m}月{d1}日至{d2}日",
                        f"{y}年{m}月{d1}日到{y}年{m}月{d2}日", f"从{y}年{m}月{d1}日到{m}月{d2}日"])
    else:
        mo = MONTHS_EN[m - 1]
        e = rng.choice([f"between {d1} and {d2} {mo} {y}", f"from {mo} {d1} to {mo} {d2}, {y}",
                        f"{mo} {d1}-{d2}, {y}", f"{y}-{m:02d}-{d1:02d} to {y}-{m:02d}-{d2:02d}",
                        f"between {y}-{m:02d}-{d1:02d} and {y}-{m:02d}-{d2:02d}"])
    return lang, e, date(y, m, d1), date(y, m, d2)


def relative(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    """Words relative to as-of: 昨天, 上周, 上上个月, 今年以来, last N days, N months ago ..."""
    lang = rng.choice(["zh", "en"])
    ws = as_of - timedelta(days=as_of.weekday())
    kind = rng.choice(["yesterday", "day_before", "this_week", "last_week", "week_before_last", "this_month",
                       "last_month", "month_before_last", "this_year", "last_year", "last_quarter", "last_n_days",
                       "last_n_weeks", "last_n_months", "days_ago", "months_ago", "weeks_ago"])
    n = rng.randint(2, 12)
    zh, en = {
        "yesterday": (["昨天"], ["yesterday"]), "day_before": (["前天"], ["the day before yesterday"]),
        "this_week": (["本周", "这周"], ["this week", "week to date"]),
        "last_week": (["上周", "上个星期"], ["last week"]),
        "week_before_last": (["上上周"], ["the week before last"]),
        "this_month": (["本月", "本月至今", "这个月"], ["this month", "month to date"]),
        "last_month": (["上个月", "上月"], ["last month"]),
        "month_before_last": (["上上个月"], ["the month before last"]),
        "this_year": (["今年", "今年以来"], ["this year", "year to date"]),
        "last_year": (["去年"], ["last year"]), "last_quarter": (["上季度", "上个季度"], ["last quarter"]),
        "last_n_days": ([f"近{n}天", f"最近{_num(rng, n)}天", f"过去{n}天"], [f"the last {n} days", f"past {n} days"]),
        "last_n_weeks": ([f"最近{_num(rng, n)}周", f"近{n}周"], [f"the past {n} weeks", f"last {n} weeks"]),
        "last_n_months": ([f"近{_num(rng, n)}个月", f"最近{n}个月"], [f"the past {n} months", f"last {n} months"]),
        "days_ago": ([f"{n}天前"], [f"{n} days ago"]), "months_ago": ([f"{_num(rng, n)}个月前"], [f"{n} months ago"]),
        "weeks_ago": ([f"{n}周前"], [f"{n} weeks ago"]),
    }[kind]
    e = rng.choice(zh if lang == "zh" else en)
    if kind == "yesterday":
        s = t = as_of - timedelta(days=1)
    elif kind == "day_before":
        s = t = as_of - timedelta(days=2)
    elif kind == "this_week":
        s, t = ws, as_of
    elif kind in ("last_week", "week_before_last", "weeks_ago"):
        k = {"last_week": 1, "week_before_last": 2}.get(kind, n)
        s, t = ws - timedelta(weeks=k), ws - timedelta(weeks=k) + timedelta(days=6)
    elif kind == "this_month":
        s, t = as_of.replace(day=1), as_of
    elif kind in ("last_month", "month_before_last", "months_ago"):
        y, m = month_back(as_of, {"last_month": 1, "month_before_last": 2}.get(kind, n))
        s, t = date(y, m, 1), last_day(y, m)
    elif kind == "this_year":
        s, t = date(as_of.year, 1, 1), as_of
    elif kind == "last_year":
        s, t = date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31)
    elif kind == "last_quarter":
        y, m = month_back(as_of.replace(month=(as_of.month - 1) // 3 * 3 + 1), 3)
        s, t = date(y, m, 1), last_day(y, m + 2)
    elif kind == "last_n_days":
        s, t = as_of - timedelta(days=n - 1), as_of
    elif kind == "last_n_weeks":
        s, t = as_of - timedelta(days=7 * n - 1), as_of
    elif kind == "last_n_months":
        y, m = month_back(as_of, n)
        s, t = date(y, m, min(as_of.day, calendar.monthrange(y, m)[1])) + timedelta(days=1), as_of
    else:  # days_ago
        s = t = as_of - timedelta(days=n)
    return lang, e, s, t


def no_year(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    """A month, quarter or half with no year: the latest one that has started by as-of (clipped at as-of)."""
    lang = rng.choice(["zh", "en"])
    kind = rng.choice(["month", "quarter", "half"])
    if kind == "month":
        m = rng.randint(1, 12)
        y = as_of.year if m <= as_of.month else as_of.year - 1
        e = f"{_num(rng, m)}月" if lang == "zh" else f"in {MONTHS_EN[m - 1]}"
        s, t = date(y, m, 1), last_day(y, m)
    elif kind == "quarter":
        q = rng.randint(1, 4)
        y = as_of.year if 3 * q - 2 <= as_of.month else as_of.year - 1
        e = rng.choice([f"第{zh_num(q)}季度", f"{zh_num(q)}季度"]) if lang == "zh" else f"Q{q}"
        s, t = date(y, 3 * q - 2, 1), last_day(y, 3 * q)
    else:
        h = rng.randint(1, 2)
        y = as_of.year if 6 * h - 5 <= as_of.month else as_of.year - 1
        e = f"{'上' if h == 1 else '下'}半年" if lang == "zh" else f"the {'first' if h == 1 else 'second'} half"
        s, t = date(y, 6 * h - 5, 1), last_day(y, 6 * h)
    return lang, e, *clip(s, t, as_of)


def holiday(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    y = rng.randint(2016, 2030)
    lang = rng.choice(["zh", "en"])
    kind = rng.choice(["singles", "cny", "national", "618", "black_friday", "christmas", "new_year"])
    nov1 = date(y, 11, 1)
    thanks = nov1 + timedelta(days=(3 - nov1.weekday()) % 7 + 21)
    s, t = {"singles": (date(y, 11, 11),) * 2, "cny": (CNY[y], CNY[y] + timedelta(days=6)),
            "national": (date(y, 10, 1), date(y, 10, 7)), "618": (date(y, 6, 18),) * 2,
            "black_friday": (thanks + timedelta(days=1),) * 2, "christmas": (date(y, 12, 25),) * 2,
            "new_year": (date(y, 1, 1),) * 2}[kind]
    zh = {"singles": ["双十一", "双11"], "cny": ["春节", "春节期间"], "national": ["国庆", "国庆黄金周", "国庆节"],
          "618": ["618", "618大促"], "black_friday": ["黑五", "黑色星期五"], "christmas": ["圣诞节"], "new_year": ["元旦"]}
    en = {"singles": ["singles' day", "double 11"], "cny": ["chinese new year", "spring festival"],
          "national": ["national day golden week", "golden week"], "618": ["618"],
          "black_friday": ["black friday"], "christmas": ["christmas"], "new_year": ["new year's day"]}
    if lang == "zh":
        e = f"{y}年{rng.choice(zh[kind])}"
    else:
        w = rng.choice(en[kind])
        e = rng.choice([f"{w} {y}", f"{y} {w}"])
    return lang, e, s, t


def month_list(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    """Months listed one after another, "2025年7、8月", "2025年的10、11、12月份", "2025年7、8两个月" (zh only)."""
    y, n = rng.randint(2016, 2030), rng.choice([2, 3])
    m = rng.randint(1, 13 - n)
    months = list(range(m, m + n))
    listed = "、".join(str(x) if rng.random() < 0.7 else zh_num(x) for x in months)
    tail = rng.choice(["月", "月份", f"{'两' if n == 2 else '三'}个月", f"这{'两' if n == 2 else '三'}个月"])
    e = rng.choice([f"{y}年{listed}{tail}", f"{y}年的{listed}{tail}"])
    return "zh", e, date(y, m, 1), last_day(y, months[-1])


def weekday(rng: random.Random, as_of: date) -> tuple[str, str, date, date]:
    """A weekday of last week ("上周二", "上个礼拜五", "Tuesday last week") or the latest one before as-of
    ("last Tuesday")."""
    wd = rng.randrange(7)
    zh_day = ("一", "二", "三", "四", "五", "六", "日")[wd]
    en_day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[wd].lower()
    last_week = as_of - timedelta(days=as_of.weekday() + 7 - wd)
    if rng.random() < 0.5:
        return "zh", rng.choice([f"上周{zh_day}", f"上个星期{zh_day}", f"上个礼拜{zh_day}", f"上星期{zh_day}"]), \
            last_week, last_week
    if rng.random() < 0.5:
        return "en", rng.choice([f"{en_day} last week", f"on {en_day} last week"]), last_week, last_week
    latest = as_of - timedelta(days=(as_of.weekday() - wd) % 7 or 7)
    return "en", f"last {en_day}", latest, latest


FAMILIES = {"month_year": month_year, "month_list": month_list, "day": day, "year": year, "quarter": quarter, "half": half, "xun": xun,
            "iso_week": iso_week, "range": day_range, "relative": relative, "no_year": no_year, "holiday": holiday,
            "weekday": weekday}


def make_case(rng: random.Random, family: str) -> Case:
    """One expression of the family in a question of its language, with its expected (clipped) range."""
    as_of = date(2017, 1, 1) + timedelta(days=rng.randint(0, 14 * 365))
    lang, e, s, t = FAMILIES[family](rng, as_of)
    s, t = clip(s, t, as_of)
    if rng.random() < 0.3 and lang == "en":
        e = e.title() if "'" not in e else e  # people capitalise months and holidays
    ctx = rng.choice(ZH_CONTEXT if lang == "zh" else EN_CONTEXT)
    return Case(family, lang, e, ctx.format(e=e), as_of, s, t)


def make_comparison(rng: random.Random) -> Case:
    """Two months compared ("2025年3月和2024年3月比", "March 2025 vs February 2025") or 同比/环比 of one month."""
    as_of = date(2031, 1, 1)
    y1, m1 = rng.randint(2017, 2030), rng.randint(1, 12)
    y2, m2 = month_back(date(y1, m1, 1), rng.randint(1, 24))
    lang = rng.choice(["zh", "en"])
    a, b = (f"{y1}年{m1}月", f"{y2}年{m2}月") if lang == "zh" else (f"{MONTHS_EN[m1 - 1]} {y1}", f"{MONTHS_EN[m2 - 1]} {y2}")
    form = rng.choice(["pair", "yoy", "pop"])
    if form == "pair":
        e = rng.choice([f"{a}的订单和{b}比", f"{a}订单跟{b}相比怎么样", f"{a}的订单比{b}多吗", f"{a}和{b}的订单对比"]) \
            if lang == "zh" else rng.choice([f"orders in {a} vs {b}", f"orders in {a} compared with {b}",
                                             f"compare orders in {a} with {b}", f"were orders in {a} higher than in {b}"])
        base = (date(y2, m2, 1), last_day(y2, m2))
    elif form == "yoy":
        e = rng.choice([f"{a}订单同比", f"{a}订单和去年同期比"]) if lang == "zh" else rng.choice(
            [f"orders in {a} year over year", f"orders in {a} vs the same period last year"])
        base = (date(y1 - 1, m1, 1), last_day(y1 - 1, m1))
    else:
        e = f"{a}订单环比" if lang == "zh" else rng.choice([f"orders in {a} vs the previous month",
                                                          f"orders in {a} month over month"])
        py, pm = month_back(date(y1, m1, 1), 1)
        base = (date(py, pm, 1), last_day(py, pm))
    return Case("compare_" + form, lang, e, e, as_of, date(y1, m1, 1), last_day(y1, m1), base)
