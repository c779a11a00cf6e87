"""Day-N retention said as people say it: "次日留存", "次留", "7日留存", "D7 retention", "day-30 retention",
"logged in on day 7 after install", "retained within 7 days".

Only read when the question speaks of retention or of coming back; the words of the definition name no slice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.planner.types import Work

ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
          "十四": 14, "三十": 30}
RETENTION = re.compile(r"留存|次留|retention|retained|retain|come back|came back|回来|回访|"
                       # "回头率: 第一次结账起60天内再次到店的比例", "share who booked again within 60 days of their first
                       # class", "30天内有没有再买票": a return to a step within N days of the first one
                       r"回头|再次|又来|再来|再买|再约|\bcome[- ]?back\b|\bcomes back\b|\breturn(?:ed|s)? within\b|"
                       r"\b(?:booked|bought|visited|ordered|came|returned|purchased|rode|played|shot) again\b|"
                       r"\b(?:book|buy|visit|order|purchase)(?:ing)? again\b|\banother (?:ticket|booking|shoot|visit|pack|"
                       r"class|lesson|order|session|trip|stay|ride|round|game)\b|\bagain within\b|"
                       r"\b(?:with|from) us again\b")
JOURNEY_SAID = re.compile(r"旅程|漏斗|\bjourney\b|\bfunnel\b")
# the repurchase rate of orders is asked in its own words (复购率, "repeat purchase rate": retention_cohorts)
REPURCHASE = re.compile(r"复购率|回购率|repurchase rate|repeat[- ]purchase rate|repeat rate")
# (pattern, group of N or a fixed N, within?)
PATTERNS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(r"次日留存|次留|隔日留存|\bnext[- ]day retention|\bday[- ]one retention"), 1),
    (re.compile(r"(?:第\s*)?(\d{1,3}|[一二两三四五六七八九十]+)\s*(?:日|天)(?:之?内)?\s*留存"), None),
    # ("D30留存": a Chinese character after the digits is no word character boundary for \b)
    (re.compile(r"(?<![0-9a-z])d(\d{1,3})(?![0-9a-z])(?=[^.?!。？]{0,40}(?:retention|retained|留存)|\s*(?:retention|留存))"),
     None),
    (re.compile(r"(?:retention|retained|留存)[^.?!。？]{0,60}?(?<![0-9a-z])d(\d{1,3})(?![0-9a-z])"), None),
    # "day-30 retention" (not "30-day retention": by cohort that is the repurchase window, retention_cohorts)
    (re.compile(r"\bday[- ]?(\d{1,3})\s+retention"), None),
    (re.compile(r"\bon day (\d{1,3})\b|第\s*(\d{1,3})\s*天(?:有|还|再|也)"), None),
    (re.compile(r"\bwithin (\d{1,3}) days?\b|(\d{1,3})\s*天(?:之)?内(?:有|还|再)?(?:登录|回来|回访|活跃)"), None),
    # ("the lowest 30-day come-back rate": the window said before the rate's name)
    (re.compile(r"\b(\d{1,3})[- ]day (?:come[- ]?back|comeback|return|rebooking|rebook|revisit)"), None),
    # ("从第一次结账起60天内再次到店": any N days after the first step, with a return word)
    (re.compile(r"(\d{1,3}|[一二两三四五六七八九十]+)\s*天(?:之)?内"), None),
)
WITHIN = re.compile(r"\bwithin\b|之?内")
ANY_DAY = frozenset(rx for rx, _ in PATTERNS[-2:])
LOGIN_SAID = re.compile(r"\blog(?:ged|s|ging)?[- ]?in\b|\bsign(?:ed)?[- ]in\b|登录|登陆|签到")
RETURN_WORDS = re.compile(r"login|log in|logged|sign in|open|launch|visit|session|active|登录|打开|启动|访问|活跃|签到")


@dataclass(frozen=True)
class DayN:
    """N, whether any of days 1..N counts, the words that said it."""

    day: int
    within: bool
    span: tuple[int, int]


def _number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    return ZH_NUM.get(raw)


def find_day_n(w: Work) -> DayN | None:
    """The day-N retention the question asks for, or None."""
    text = w.text
    from assistant.planner.intent import REPLIED_BACK
    if not RETENTION.search(REPLIED_BACK.sub(" ", text)) or REPURCHASE.search(text):
        return None
    if JOURNEY_SAID.search(text) and not PATTERNS[0][0].search(text):
        return None  # ("按“收货后再次支持”旅程算": the journey named is the conversion asked, its own window)
    for rx, fixed in PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        raw = next((g for g in m.groups() if g), None)
        n = fixed if fixed is not None else (_number(raw) if raw else None)
        if n is None or not 1 <= n <= 365:
            continue
        if any(a <= m.start() < b for a, b in w.time_spans):
            continue  # "最近7天" is a period, not a retention day
        # (a come-back within N days, "回头率 … 60天内", "30-day come-back rate": any of the days counts)
        return DayN(n, bool(WITHIN.search(m.group(0))) or rx in ANY_DAY, m.span())
    return None


# the step that starts the clock ("第一次结账", "their first class", "首次") and the one that comes back ("再次到店",
# "booked again", "another ticket")
FIRST_BEFORE = re.compile(r"(?:第一次|首次|头一次|\bfirst\s+(?:[a-z0-9]+\s+){0,2}?)$")
AGAIN_BEFORE = re.compile(r"(?:再次|再|又|重新|回来|\banother\s+|\brepeat\s+)$")
AGAIN_AFTER = re.compile(r"^\s*(?:(?:with|from) us\s+)?again\b")


def steps(w: Work) -> tuple[str | None, str | None]:
    """(start step, return step) among the steps named: a login/open/visit step is how customers come back; the
    other named step (install, sign-up) starts the clock."""
    start = back = None
    marked = [m for m in w.mentions if m.kind == "touchpoint"]
    firsts = {m.id for m in marked if FIRST_BEFORE.search(w.text[max(0, m.start - 24):m.start])}
    agains = {m.id for m in marked if AGAIN_BEFORE.search(w.text[max(0, m.start - 12):m.start])
              or AGAIN_AFTER.match(w.text[m.end:m.end + 24])}
    if len(agains - firsts) == 1:
        # (the same step may start and come back: "bought another ticket within 30 days of their first ticket")
        back = next(iter(agains - firsts))
        start = next(iter(firsts), None) if len(firsts) == 1 else next(
            (t for t in w.touchpoint_ids if t != back), None)
        return start, back
    if len(firsts) == 1 and len(set(w.touchpoint_ids)) == 2:
        start = next(iter(firsts))
        return start, next(t for t in w.touchpoint_ids if t != start)
    for tp_id in w.touchpoint_ids:
        tp = next((t for t in w.catalog.touchpoints if t.id == tp_id), None)
        names = " ".join(x for x in (tp.name, tp.name_zh, tp.name_en, tp_id) if x).lower() if tp else tp_id
        if RETURN_WORDS.search(names) and back is None:
            back = tp_id
        elif start is None:
            start = tp_id
    said = LOGIN_SAID.search(w.text)
    if back is None and said:
        # "logged in on day 7": the one step whose name is a login, though the verb form linked nothing
        logins = [t.id for t in w.catalog.touchpoints
                  if LOGIN_SAID.search(" ".join(x for x in (t.name, t.name_zh, t.name_en, t.id) if x).lower())]
        if len(logins) == 1:
            back = logins[0]
    return start, back
