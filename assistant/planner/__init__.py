"""The offline bilingual planner: a question (+ state, catalogue, as-of) → the tool calls to make.

An ordered list of small steps over one working record, in the style of sqlglot's optimizer:
normalise → language → tokenise → time → link → cues → slots → intent → follow-up →
unsupported → defaults (period, metric, journey) → tool calls → assumptions.
"""
from __future__ import annotations

import dataclasses
import functools
import os
import re
from typing import Any, Iterable
from dataclasses import replace
from collections.abc import Callable, Sequence
from datetime import date

from knowledge.results import Period

from assistant.planner import dayn
from assistant.planner import ratio as ratio_def
from assistant.planner import build, checks, coverage, crosslingual, intent, lexicon_en, lexicon_zh, linker, reasons, resolve, text, timeparse
from assistant.planner.frame import frame_of, presentation_of
from assistant.planner.linker import CJK, INFLECTED, link, names_a_kind
from assistant.planner.types import TIME_GRAINS, Catalog, ConversationState, Mention, Plan, PlannedCall, TermInfo, Work

__all__ = ["Catalog", "ConversationState", "Plan", "PlannedCall", "plan_turn", "STEPS"]


def _lex(lang: str):  # noqa: ANN202 - a module
    return lexicon_zh if lang == "zh" else lexicon_en


def step_normalise(w: Work) -> None:
    w.text, mended = timeparse.mend_month_typos(timeparse.expand_short_years(text.normalise(w.question), w.as_of))
    w.notes += [("fuzzy", {"surface": said, "id": month.capitalize(), "kind": "month"}) for said, month in mended]
    w.text, mended = linker.mend_cue_typos(w.text, w.catalog.data_words)
    w.notes += [("fuzzy", {"surface": said, "id": word, "kind": "word"}) for said, word in mended]


def step_language(w: Work) -> None:
    w.language = w.lang_forced or text.detect_language(w.text)


def step_tokenise(w: Work) -> None:
    """Words of the question without its time expressions (the feedback search query is built from them)."""
    scope = [m.span() for rx in (lexicon_zh.SCOPE, lexicon_en.SCOPE) for m in re.finditer(rx, w.text)]
    t = intent.mask(w.text, w.time_spans + scope)  # ("all data, all channels": which rows, no topic)
    w.tokens = text.tokenise(t, w.catalog.user_words if text.CJK.search(t) else ())


YEAR_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _names_with_years(c: Catalog) -> tuple[str, ...]:
    """Values whose names hold a year ("Hotelex Shanghai 2026", "2025中国水产饲料博览会"), longest first, lower-cased."""
    cached = getattr(c, "_names_with_years", None)
    if cached is None:
        cached = tuple(sorted({str(v).lower() for d, vs in c.dimension_values.items() for v in vs
                               if isinstance(v, str) and YEAR_IN_NAME.search(v) and
                               len(re.sub(r"[\d\W_]", "", YEAR_IN_NAME.sub("", v))) >= 4}, key=len, reverse=True))
        object.__setattr__(c, "_names_with_years", cached)
    return cached


def _without_names_with_years(w: Work) -> str:
    """The question with the names that hold a year blanked out (same length): "leads at Hotelex Shanghai 2026" names a
    trade show, not the year 2026."""
    text, low = w.text, w.text.lower()
    for name in _names_with_years(w.catalog):
        at = low.find(name)
        while at >= 0:
            text = text[:at] + " " * len(name) + text[at + len(name):]
            low = low[:at] + " " * len(name) + low[at + len(name):]
            at = low.find(name, at + len(name))
    return text


def step_time(w: Work) -> None:
    """Periods named in the question (timeparse decides which is current and which the baseline)."""
    tr = timeparse.find_times(_without_names_with_years(w), w.as_of, coverage=_coverage(w.catalog),
                              context=w.state.period if w.state is not None else None)
    w.time_spans = [(s.start, s.end) for s in tr.spans] + list(tr.restated)
    # weekday names said with a date ("Mon Feb 2 – Sun Feb 8") are time words too
    w.time_spans += [(a, b) for a, b in tr.consumed if timeparse.WEEKDAY_WORD.fullmatch(w.text[a:b])]
    period = tr.period
    if period is None and (tr.baseline is not None or tr.baseline_rule):
        # only a baseline named ("和上上个月比呢"): the period the conversation is about, else the one after it
        s = w.state
        keep = s is not None and s.period is not None and (tr.baseline is None or s.period.end > tr.baseline.end)
        period = s.period if keep and s is not None else tr.implied_period
    if period is None:
        return
    period = _same_days_in_year(w, period)
    w.period = period
    for a, b in list(w.time_spans):  # "the week of 8 June (Mon–Sun)": the parentheses restate the days
        days = WEEKDAYS_SAID.match(w.text[b:])
        if days:
            w.time_spans.append((b, b + days.end()))
    w.baseline = tr.baseline or (timeparse.baseline_for(tr.baseline_rule, period) if tr.baseline_rule else None)
    w.period_text = f"{tr.current.surface} = {period}" if tr.current else f"{period}"
    _change_from_to(w, tr)


SAME_DAYS = re.compile(r"\b(?:the\s+)?same\s+(?:months?|weeks?|dates?|days?|stretch|window|period)\b|同样的(?:月份|几个月|日期|时间段)|"
                       r"同一时间段|相同的(?:月份|时间段)")


def _same_days_in_year(w: Work, period: Period) -> Period:
    """"and for the same months in 2025?" after March–June 2026: those months in the year said, not all of it."""
    s = w.state
    if s is None or s.period is None or not SAME_DAYS.search(w.text) or \
            not (period.start.month == 1 and period.start.day == 1 and period.end.month == 12 and period.end.day == 31
                 and period.start.year == period.end.year) or s.period.start.year != s.period.end.year:
        return period
    year = period.start.year
    try:
        start, end = s.period.start.replace(year=year), s.period.end.replace(year=year)
    except ValueError:  # (29 February in a year without it)
        return period
    return Period(start=start, end=end, undated=period.undated)


CHANGE_SAID = re.compile(r"\b(?:change[sd]?|grow|grew|grown|increase[sd]?|decrease[sd]?|drop(?:ped)?|rise|rose|risen|"
                         r"fall|fell|fallen|declined?|jump(?:ed)?|went (?:up|down))\b|变化|增长|下降|涨|跌|提升|降低|减少|增加")
RANGE_SPLIT = re.compile(r"^(?:from\s+|从)?(.+?)\s*(?:\bto\b|\buntil\b|\bthrough\b|到|至)\s*(.+)$")


def _change_from_to(w: Work, tr: Any) -> None:
    """"By what percentage did revenue change from Q1 2026 to Q2 2026", "收入从一季度到二季度增长了多少": a change
    from one period to the next is the later period against the earlier, not one range over both."""
    cur = tr.current
    if cur is None or cur.kind != "range" or w.baseline is not None or intent.is_which(w.text) or \
            not CHANGE_SAID.search(w.text[:cur.start] + " " + w.text[cur.end:]):
        return  # (which group changed most over a range is answered as before: a ranking over it)
    m = RANGE_SPLIT.match(cur.surface.strip())
    if m is None:
        return
    a = timeparse.find_times(m.group(1), w.as_of, coverage=_coverage(w.catalog))
    b = timeparse.find_times(m.group(2), w.as_of, coverage=_coverage(w.catalog),
                             context=a.period)
    if a.current is not None and a.current.assumed_year and b.current is not None and not b.current.assumed_year \
            and b.period is not None:
        # "grow from Q2 to Q3 2025": the first part takes the second's year
        a = timeparse.find_times(f"{b.period.start.year}年{m.group(1)}" if CJK.search(m.group(1))
                                 else f"{m.group(1)} {b.period.start.year}", w.as_of)
    if a.period is None or b.period is None or a.current is None or b.current is None or \
            a.current.kind != b.current.kind or a.current.kind in ("day", "range") or a.period.end >= b.period.start:
        return
    if b.current.assumed_year and a.current is not None and not a.current.assumed_year:
        # "从2026年一季度到二季度": the second part takes the first's year
        shifted = timeparse.find_times(f"{a.period.start.year}年{m.group(2)}" if CJK.search(m.group(2))
                                       else f"{m.group(2)} {a.period.start.year}", w.as_of)
        if shifted.period is not None:
            b = shifted
    w.period, w.baseline = b.period, a.period
    w.period_text = f"{m.group(2)} = {b.period}"


_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|周[一二三四五六日天]|星期[一二三四五六日天]"
WEEKDAYS_SAID = re.compile(rf"\s*\(\s*(?:{_DAY})\s*(?:-|–|—|~|to|through|至|到)\s*(?:{_DAY})\s*\)")


def _coverage(c: Catalog) -> Period | None:
    """The days any table has data for (None when the catalogue does not know)."""
    starts = [a for a, _ in c.coverage.values() if a]
    ends = [b for _, b in c.coverage.values() if b]
    return Period(min(starts), max(ends)) if starts and ends and min(starts) <= max(ends) else None


def step_presentation(w: Work) -> None:
    """An asked chart type ("as a line chart", "用折线图"); its words name nothing in the data."""
    w.presentation, spans = presentation_of(w.text)
    w.blocked_spans += spans


FUNCTION_CHARS = frozenset("的在和与及是了里中从到按对把被给为于也都就还又有没不最很多少几哪吗呢吧啊么个次人")


def _column_by_the_whole_word(w: Work) -> list[Mention]:
    """"哪个优惠码用得最多" where 优惠 names the discount column but the whole word 优惠码 is the coupon_code column:
    a column named by the first half of a Chinese word is checked against the whole word, and the column that the
    whole word clearly names (by meaning, across languages) is the one meant."""
    # (only a company column named by other words than its own name: the built-in columns' Chinese names and a
    # column's own name are whole words already, and the embedder is not loaded for them)
    cut = [m for m in w.mentions if m.kind == "dimension" and CJK.fullmatch(m.surface[-1:] or " ")
           and m.end < len(w.text) and CJK.match(w.text[m.end]) and w.text[m.end] not in FUNCTION_CHARS
           and (t := w.catalog.dimension(m.id)) is not None and t.extra and m.surface != m.id]
    if not cut:
        return w.mentions
    import jieba
    from assistant.planner import crosslingual
    spans, pos = [], 0
    for tok in jieba.lcut(w.text):
        i = w.text.find(tok, pos)
        if i >= 0:
            spans.append((i, i + len(tok)))
            pos = i + len(tok)
    out = list(w.mentions)
    for m in cut:
        whole = next(((a, b) for a, b in spans if a <= m.start and m.end < b), None)
        # (jieba may cut the word: 优惠 / 码, 优惠 / 码用 — a noun character right after it is still the word's)
        if whole is None and w.text[m.end] not in FUNCTION_CHARS:
            whole = (m.start, m.end + 1)
        if whole is None or any(x is not m and x.start < whole[1] and whole[0] < x.end and x.end > m.end for x in w.mentions):
            continue
        best = crosslingual.match(w.text[whole[0]:whole[1]], w.catalog, ("dimension",)).best
        if best is not None and best.dim != m.id:
            out = [x for x in out if x is not m] + [Mention("dimension", best.dim, None, whole[0], whole[1],
                                                            w.text[whole[0]:whole[1]], m.score)]
            w.notes.append(("fuzzy", {"surface": w.text[whole[0]:whole[1]], "id": best.dim, "kind": "dimension"}))
    return sorted(out, key=lambda x: x.start)


def said_in_step_name(surface: str, tp: Any) -> bool:
    """Does a word of four letters or more of `surface` name a word of the step's English names ("subscription box"
    of "Subscription started", "tickets" of "Ticket issued")?"""
    said = re.findall(r"[a-z]{4,}", surface.lower())
    return any(linker._same_stem(x, y) for n in (tp.name, tp.name_en) if n for y in re.findall(r"[a-z]{4,}", n.lower())
               for x in said)


def _journey_step_said_as_a_value(w: Work) -> None:
    """"登记的线索，60天内走到首单的转化率" where 首单 is a step of the journey and an order type: the words name the step
    reached; the value of the same words, of a column the journey's events and people lack, slices nothing (as
    _step_of_a_named_journey does for a journey named)."""
    if w.status != "ok" or w.metric_id not in JOURNEY_CONVERSIONS or not w.journey_id:
        return
    from knowledge.analyses.journey_common import bare_id
    j = w.catalog.journey(bare_id(w.journey_id))
    if j is None:
        return
    steps = {(m.start, m.end): m.id for m in w.mentions if m.kind == "touchpoint" and m.id in j.steps}
    for m in [m for m in w.mentions if m.kind == "value" and (m.start, m.end) in steps and m.dim in w.filters]:
        d = w.catalog.dimension(m.dim)
        # (a column only the step itself records in the journey, 订单类型 on the first-order events, says what the
        # step is)
        if d is None or not d.slices or ({"events", "customers"} & set(d.slices) and
                                         w.catalog.steps_recording(m.dim) & set(j.steps) != {steps[(m.start, m.end)]}):
            continue
        w.filters[m.dim] = [v for v in w.filters[m.dim] if v != m.id]
        if not w.filters[m.dim]:
            del w.filters[m.dim]
    # ("of customers who placed an order, what % went on to start a subscription box": an order kind, a column the
    # journey's events and people lack, said with a word of a step of the journey, "Subscription started", names that
    # step reached, not a slice that would leave no one in it)
    for m in [m for m in w.mentions if m.kind == "value" and m.dim in w.filters and (m.start, m.end) not in steps]:
        d = w.catalog.dimension(m.dim)
        if d is None or not d.slices or {"events", "customers"} & set(d.slices):
            continue
        names = [tp for tp in w.catalog.touchpoints if tp.id in j.steps and said_in_step_name(m.surface, tp)]
        if not names or any(x.kind == "touchpoint" and x.id == names[0].id for x in w.mentions):
            continue
        w.filters[m.dim] = [v for v in w.filters[m.dim] if v != m.id]
        if not w.filters[m.dim]:
            del w.filters[m.dim]
        w.notes.append(("value_as_step", {"words": m.surface, "step": build._tp_name(w.catalog, names[0].id, w.language)}))


def _column_word_modifying_the_next(w: Work) -> list[Mention]:
    """"the most common dog breed" where dog names the column dog_name and breed the column breed: in an English noun
    compound the last noun is the thing meant and the one before says of what — the column named last, never the
    one named by its modifier."""
    dims = sorted((m for m in w.mentions if m.kind == "dimension"), key=lambda m: m.start)
    # (never a yes/no column before the rows it marks, "non-express orders", nor before a row's own key: the
    # rows themselves, "orders" of order_id, are no column named)
    drop = [a for a, b in zip(dims, dims[1:]) if a.id != b.id and re.fullmatch(r"[a-z]+", a.surface.lower())
            and re.fullmatch(r"[a-z]+", b.surface.lower()) and re.fullmatch(r"[ \-]", w.text[a.end:b.start])
            and not resolve.TIME_NAMED.search(b.id) and not resolve.TIME_NAMED.search(a.id) and not re.search(r"(?:^|_)(?:id|key|no|code)$", b.id)
            and not _yes_no_column(w, a.id)]
    w.blocked_spans += [(m.start, m.end) for m in drop]
    return [m for m in w.mentions if m not in drop]


def _source_said_as_a_value(w: Work) -> list[Mention]:
    """"内容营销（公众号、小红书攻略文章）拉来的客户", "customers who came in through content marketing": words that name a
    step and a value of the customers' own column, said as where the people came from, are that value; the step
    reading is dropped."""
    drop, examples = set(), []
    for m in w.mentions:
        if m.kind != "value" or not m.dim or not _on_customers(w, m.dim, m.id):
            continue
        # (examples of the value in brackets between: "（公众号、小红书攻略文章）" are no steps or slices of their own)
        br = re.match(r"\s*[（(][^）)]{0,40}[）)]", w.text[m.end:])
        after = w.text[m.end + (br.end() if br else 0):]
        if CAME_FROM_AFTER_PEOPLE.match(after) or CAME_FROM_BEFORE_PEOPLE.search(w.text[:m.start]):
            # (every step reading inside the value's words, "居推荐" of 邻居推荐 too)
            drop |= {(x.start, x.end) for x in w.mentions if x.kind == "touchpoint" and m.start <= x.start and x.end <= m.end}
            examples.append((m.start, m.end))  # (blocked: no later guess takes a step out of the value's words)
            if br:
                examples.append((m.end, m.end + br.end()))
    w.blocked_spans += examples
    return [x for x in w.mentions if not (x.kind == "touchpoint" and (x.start, x.end) in drop)
            and not (x.kind != "value" and any(a <= x.start and x.end <= b for a, b in examples))
            and not (x.kind == "value" and any(a <= x.start and x.end <= b and (a, b) != (x.start, x.end) and
                                               b - a > x.end - x.start for a, b in examples))]


# the longest Chinese value searched for a part said alone, and the most values a column may hold for it
PART_NAME_MIN, PART_NAME_VALUES = 3, 400
PROPER_TAGS = ("ns", "nr")  # a place's or a person's name (an organisation's, 保险公司, is an everyday word too)


def _long_chinese_names(c: Catalog) -> tuple[frozenset[str], frozenset[str]]:
    """The Chinese values long enough to be said in part, and every surface that is not a value (built once per
    catalogue)."""
    cached = getattr(c, "_long_chinese_names", None)
    if cached is None:
        names = frozenset(v for d, vals in c.dimension_values.items() if d not in c.quiet and
                          len(vals) <= PART_NAME_VALUES for v in vals
                          if isinstance(v, str) and len(v) >= PART_NAME_MIN + 2 and re.fullmatch(r"[\u4e00-\u9fff·]+", v))
        others = frozenset(e.surface for e in c.gazetteer if e.kind != "value") if names else frozenset()
        cached = (names, others)
        object.__setattr__(c, "_long_chinese_names", cached)
    return cached


# the words for people (derived from the one list of them, without its count phrases)
PEOPLE_NOUN_ZH = re.compile("|".join(sorted(build.PEOPLE_NOUNS_ZH, key=len, reverse=True)))


WHICH_RIGHT_BEFORE = re.compile(r"(?:哪个|哪一个|哪些|哪种|哪类|哪家|\bwhich|\bwhat)\s*$", re.I)


def _which_column_over_listed_values(w: Work) -> None:
    """"2025年北京和沈阳的新患者主要是从哪个渠道来的？": two values of one column listed, and "which" said right
    before another column — the other column is ranked over the listed values taken together (one slice), never the
    two values compared on a count."""
    if w.status != "ok" or w.intent != "compare_groups" or not w.dimension:
        return
    held = {d for d, vs in w.filters.items() if set(w.group_values) & set(vs)} | {w.dimension}
    asked = [m for m in w.mentions if m.kind == "dimension" and m.id not in held and
             (WHICH_RIGHT_BEFORE.search(w.text[:m.start]) or re.search(r"哪|\bwhich\b", m.surface, re.I)) and
             (t := w.catalog.dimension(m.id)) is not None
             and not t.identifier and not t.time]
    if len({m.id for m in asked}) != 1:
        return
    values = list(w.group_values) or list(w.filters.get(w.dimension, ()))
    if len(values) < 2:
        return
    w.filters[w.dimension] = values
    w.intent, w.dimension, w.group_values = "breakdown", asked[0].id, []
    w.order = w.order or "desc"


JOINING_SAID = re.compile(r"\b(?:sign(?:ed|s)?[- ]?ups?|signing up|joined|registered|enrolled)\b|注册|开户|入会|加入", re.I)


def _new_said_with_joining(w: Work) -> list[Mention]:
    """"How many new consumer customers signed up in March 2026?" where the segment holds the value new: "new" said
    with a verb of joining is the people who joined in the period (by their sign-up), not the segment's label."""
    if not JOINING_SAID.search(w.text):
        return w.mentions
    out = [m for m in w.mentions if not (m.kind == "value" and m.surface.strip().lower() in ("new", "新"))]
    if w.catalog.metric("new_customers") is None:
        return out
    # (and "customers" after "new" and a kind, "new consumer customers", are the new customers counted)
    return [replace(m, id="new_customers") if m.kind == "metric" and m.id in ("active_customers", "customer_count") and
            re.search(r"\bnew\s+(?:[a-z][a-z\-]*\s+)?$", w.text[:m.start], re.I) else m for m in out]


def _identifier_word_of_a_step(w: Work) -> list[Mention]:
    """"哪个月新预约的人最多" where 预约 glosses the id column booking_id and ends the step's name 在线预约: an id column
    read by meaning names no grouping here (its ids are one per record); the one step whose own names hold the
    words is what they name."""
    out = []
    for m in w.mentions:
        term = w.catalog.dimension(m.id) if m.kind == "dimension" else None
        if term is None or not term.identifier or m.score >= INFLECTED or \
                any(o.kind == "touchpoint" and o.start < m.end and m.start < o.end for o in w.mentions):
            out.append(m)
            continue
        word = m.surface.strip().lower()
        steps = [t.id for t in w.catalog.touchpoints if any(word in (n or "").lower() for n in (
            t.name, t.name_zh, t.name_en, *t.aliases))]
        out.append(Mention("touchpoint", steps[0], None, m.start, m.end, m.surface, INFLECTED) if len(steps) == 1 else m)
    return out


def _value_by_its_head_before_people(w: Work) -> list[Mention]:
    """"新加坡有多少商保患者" of the payer kind 商保直付: a Chinese value's first characters (two or more) said right
    before a word for people, where no other value of the customers' columns begins so and nothing else links
    there, is that value — the kind of people meant."""
    out = list(w.mentions)
    taken = [(m.start, m.end) for m in w.mentions] + list(w.time_spans) + list(w.blocked_spans)
    for p in PEOPLE_NOUN_ZH.finditer(w.text):
        for k in (4, 3, 2):
            a = p.start() - k
            sub = w.text[a:p.start()] if a >= 0 else ""
            if not re.fullmatch(r"[\u4e00-\u9fff]+", sub) or any(x < p.start() and a < y for x, y in taken):
                continue
            held = {(d.id, str(v)) for d in w.catalog.dimensions if "customers" in d.slices
                    for v in w.catalog.dimension_values.get(d.id, ()) if str(v).startswith(sub) and str(v) != sub}
            if len({v for _, v in held}) == 1:
                out += [Mention("value", v, d, a, p.start(), sub, INFLECTED) for d, v in sorted(held)]
                taken.append((a, p.start()))
                w.notes.append(("fuzzy", {"surface": sub, "id": next(iter(held))[1], "kind": "value"}))
                break
    return sorted(out, key=lambda m: m.start)


def _value_by_a_part_of_its_name(w: Work) -> list[Mention]:
    """"青海湖那条线" of the tour 环青海湖骑行, "普利亚那条线" of 普利亚海岸电助力骑行: a long Chinese name said by a part of it
    that no other value holds (three characters or more, a place's or a person's name, on the question's word
    boundaries, nothing else links there, no part of a step's, measure's or column's name)."""
    if not re.search(r"[\u4e00-\u9fff]{3}", w.text):
        return w.mentions
    from assistant.planner.coverage import _pos_tokenizer
    taken = [(m.start, m.end) for m in w.mentions] + list(w.time_spans) + list(w.blocked_spans)
    names, others = _long_chinese_names(w.catalog)
    if not names:
        return w.mentions
    # (a part begins and ends where the question's own words do: "邻居推荐" never yields "居推荐")
    starts, ends, at = set(), set(), 0
    for tok in w.tokens:
        k = w.text.find(tok, at)
        if k >= 0:
            starts.add(k)
            ends.add(k + len(tok))
            at = k + len(tok)
    out = list(w.mentions)
    for run in re.finditer(r"[\u4e00-\u9fff]{3,}", w.text):
        i = run.start()
        while i <= run.end() - PART_NAME_MIN:
            if any(a <= i < b for a, b in taken):
                i += 1
                continue
            found = None
            for j in range(run.end(), i + PART_NAME_MIN - 1, -1):
                sub = w.text[i:j]
                if any(a < j and i < b for a, b in taken):
                    continue
                holders = {v for v in names if sub in v}
                if not holders:
                    continue
                least = min(holders, key=len)
                if all(least in v for v in holders):
                    holders = {least}  # (环青海湖骑行 and the campaign named after it, 环青海湖骑行团: the tour)
                if len(holders) == 1 and sub not in holders and not any(sub in o for o in others) and \
                        i in starts and j in ends and any(t.flag[:2] in PROPER_TAGS for t in _pos_tokenizer(w.catalog.user_words).lcut(sub)):
                    found = (j, next(iter(holders)))
                break
            if found is None:
                i += 1
                continue
            j, value = found
            for d, vals in w.catalog.dimension_values.items():
                if value in vals and d not in w.catalog.quiet:
                    out.append(Mention("value", value, "channel" if d == "feedback_channel" else d, i, j,
                                       w.text[i:j], 0.9))
            i = j
    return out


def _glossed_values(w: Work) -> list[Mention]:
    """Chinese words that name nothing of the catalogue but one of its English values ("骚扰" → harassment):
    assistant/planner/glosses.py."""
    if not CJK.search(w.text):
        return []
    import jieba
    from assistant.planner import glosses
    glosses_suffix = glosses.ITEM_SUFFIX
    taken = [(m.start, m.end) for m in w.mentions] + list(w.time_spans) + list(w.blocked_spans)
    free, loose, pos = [], [], 0
    words: list[tuple[int, int, str]] = []  # every Chinese word no mention or time takes, in order
    for tok in jieba.lcut(w.text):
        i = w.text.find(tok, pos)
        if i < 0:
            continue
        pos = i + len(tok)
        if all(CJK.match(c) for c in tok) and not any(a < pos and i < b for a, b in taken):
            words.append((i, pos, tok))
        nxt = w.text[pos:pos + 2]
        # a word standing alone ("骚扰类的举报", "假资料的", "视频、人脸"), not the first half of a compound
        # ("体育包加购", "账号完成", "机场接送"), and not in a clause that says what is counted or left out
        # ("门票、年卡都算上", "退货、退款、取消的不算")
        # ("逾期归还": a word before a named step says how the step went, alone as a word)
        # (a verb before its aspect particle stands alone too: "船公司直接驳回了多少张估价单")
        alone = not nxt or not CJK.match(nxt[0]) or nxt[0] in "类的型之量数额率了过着" + glosses_suffix or \
            nxt in ("方面", "相关", "问题", "一共", "总共", "共计", "多少", "有多", "有几") or nxt in GLOSS_ROW_NOUNS or \
            nxt in GLOSS_PEOPLE_AFTER or \
            (any(m.kind == "touchpoint" and m.start == pos for m in w.mentions)
             and not re.match(r"[一二两三四五六七八九十几每首头第]", tok))  # ("一次检测": a count, no value "first")
        # (a word the product reads as asking, 抱怨 of "最常抱怨什么", is no value of a column: refund_reason complaint)
        # (a currency's name, 日元, is the unit of the money asked — never Other Japan)
        if all(CJK.match(c) for c in tok) and tok not in GLOSS_SKIP and tok not in lexicon_zh.CURRENCY_ZH and \
                not coverage._known_word(tok) and \
                not any(a < pos and i < b for a, b in taken) and \
                not COUNTED_CLAUSE.search(timeparse._clause(w.text, i, pos)):
            loose.append((i, pos, tok))  # a column's name may be a compound's half ("组织" of 组织单元, "按商圈看")
            if len(tok) >= 2 and alone:
                free.append((i, pos, tok))
        elif len(tok) >= 2 and all(CJK.match(c) for c in tok) and coverage._known_word(tok) and \
                re.search(r"(?:哪(?:一)?(?:个|种|类|款)?|按照?|各)$", w.text[:i]) and \
                not FEEDBACK_WORDS_ZH.search(w.text) and not any(a < pos and i < b for a, b in taken):
            # ("最常选的是哪个主题" where the events keep a theme column: a word the product also reads as asking, 主题
            # of the comments' themes, after a which-word names the column it glosses — never a value)
            loose.append((i, pos, tok))
    found = glosses.value_mentions(w.text, w.catalog, free, {m.id for m in w.mentions if m.kind == "touchpoint"})
    found += [m for m in glosses.value_mentions(w.text, w.catalog, _glossed_pairs(w.text, loose),
                                                {m.id for m in w.mentions if m.kind == "touchpoint"})
              if not any(x.start < m.end and m.start < x.end for x in found)]
    found += [m for m in glosses.channel_mentions(w.text, w.catalog, words)
              if not any(x.start < m.end and m.start < x.end for x in found)]
    if any(m.kind == "dimension" and m.id not in TIME_GRAINS + ("hour", "weekday") and
           not any(x.kind != "dimension" and (x.start, x.end) == (m.start, m.end) for x in w.mentions)
           for m in w.mentions):
        # a column named outright ("行程验证（Trip Verified）") is not second-guessed by the dictionary (a word that
        # is also a measure or a step, 评分, names no column outright) — but a yes/no column said right before a rate
        # or a share ("哪个城市的准时送达率最差", "准时到场的比例") is the rows it keeps, no second grouping
        taken_now = [(m.start, m.end) for m in found]
        return found + [m for m in glosses.column_mentions(w.catalog, loose)
                        if ratio_def._yes_of(w, m.id) is not None and YES_NO_RATE_AFTER.match(w.text, m.end)
                        and not any(a < m.end and m.start < b for a, b in taken_now)]
    cols = glosses.column_mentions(w.catalog, loose)
    # ("台北办公室收了多少钱" where 办公室 is "office; business premises" and the data has office_id and the value
    # business of visa_type: the word's first sense names the column, a later one the value — the first sense wins)
    found = [v for v in found if not any((c.start, c.end) == (v.start, v.end) and glosses.sense_rank(
        v.surface, re.findall(r"[a-z]+", c.id.lower())) < glosses.sense_rank(v.surface, re.findall(r"[a-z]+", str(v.id).lower()))
        for c in cols)]
    taken_now = [(m.start, m.end) for m in found]
    return found + [m for m in cols if not any(a < m.end and m.start < b for a, b in taken_now)]


# a rate or a share right after a yes/no column's word, a step's word or two between ("准时送达率", "准时到场的比例")
YES_NO_RATE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:率|的比例|的占比|比例|占比)")


def _glossed_pairs(text: str, loose: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two words side by side that name one value together, read as one word: jieba cuts "果岭费" into 果岭 + 费, and
    green + fee is the order_type green_fee. The pair must end where a word standing alone would (before 的, 一共,
    a row noun …) or before a word for the money it brought (果岭费收入); each part must give a word of the value."""
    from assistant.planner import glosses  # (the dictionary loads on first use, as in _glossed_values)
    out = []
    for (a, e1, w1), (b, e2, w2) in zip(loose, loose[1:]):
        nxt = text[e2:e2 + 2]
        if e1 != b or len(w1) < 2 or len(w1 + w2) > 5:
            continue
        if not nxt or not CJK.match(nxt[0]) or nxt[0] in "类的型之" or nxt in GLOSS_ROW_NOUNS or \
                nxt in ("方面", "相关", "问题", "一共", "总共", "共计", "多少") or nxt in GLOSS_MONEY_AFTER or \
                glosses.dictionary().get(w1 + w2):
            # (or the pair is one word of the dictionary that jieba cut: 皇后 + 镇 is 皇后镇, Queenstown)
            out.append((a, e2, w1 + w2))
    return out


# the money a value brought, right after it ("果岭费收入", "团队票营收")
GLOSS_MONEY_AFTER = ("收入", "营收", "金额", "销售额", "流水")
# the rows a value is of, right after it ("骑行订单" ride orders, "物流评价" reviews of delivery)
GLOSS_ROW_NOUNS = ("订单", "单子", "评论", "评价", "反馈", "工单", "记录")
# the people a value describes, right after it ("餐厅客户" restaurant clients, "仓库客户")
GLOSS_PEOPLE_AFTER = frozenset(p for p in lexicon_zh.PEOPLE if len(p) == 2 and p not in ("人数", "多少"))
COUNTED_CLAUSE = re.compile(r"不算|不计|不含|不包括|除了|除外|以外|也算|都算|算上|算在内|包括|包含|只算|只看|都要")
# question words that are no value whatever the dictionary says of them
GLOSS_SKIP = frozenset(lexicon_zh.PEOPLE) | frozenset({"多少", "哪个", "哪些", "什么", "怎么", "为什么", "平均", "一共", "总共",
                                                      # (directions after a verb, "被拦下来": no outcome of theirs)
                                                      "下来", "上来", "出来", "起来", "过来", "回来", "下去", "上去",
                                                      "出去", "进来", "进去", "回去", "过去",
                                                      # (the rows themselves: "报修的记录里" logs nothing)
                                                      "记录", "数量", "次数", "单数",
                                                      "比例", "占比", "最多", "最少", "数据", "全部", "所有", "现在", "目前",
                                                      "时候", "问题", "情况", "一下", "看看", "告诉", "分别", "之间",
                                                      # (the product's own words: 旅程 is the journey, never trip_id;
                                                      # 流程 never the column course, its dictionary sense)
                                                      "触点", "阶段", "环节", "步骤", "节点", "指标", "地图"}) | \
    frozenset(linker.JOURNEY_TAILS_ZH)


SAME_PERIOD = re.compile(r"\b(?:that|the same|in that|during that|over that)\s+(?:year|quarter|month|week|period|time|"
                         r"window|half)\b|\b(?:those|these) (?:months|weeks|days|dates)\b|"
                         r"当年|同年|那年|那一年|当月|当季|那段时间|这段时间|这期间|那期间|期间内|当期")
SHARE_OF_WORDS = re.compile(r"\b(?:what|which|the|a|higher|highest|lowest|bigger|biggest|larger|largest|smaller|"
                            r"smallest|bigger)\s+(share|percentage|proportion|fraction)\s+of\b"
                            # ("what share ended in an actual cancellation": the question's own word, never 'shared')
                            r"|\bwhat\s+(?=(?:share|percentage|proportion|fraction)\b)(\w+)", re.I)
JOURNEY_WINDOW = re.compile(r"\d{1,3}\s*(?:天|日)(?:的)?(?:转化|统计|观察)?窗口(?:期)?|"
                            r"\b\d{1,3}[- ]days?\s+(?:conversion\s+|attribution\s+)?window\b|\bwindow\s+of\s+\d{1,3}\s+days\b|"
                            # ("signed within 60 days", "60天内下单"): a window too, never a value such as net 60 days
                            r"\bwithin\s+(?:the\s+(?:first|next)\s+)?\d{1,3}\s+(?:days?|weeks?)\b|"
                            r"(?<![近去个])\d{1,3}\s*(?:天|日|周)(?:之)?内",
                            re.I)
NO_SLICE = re.compile(r"不限(?:渠道|来源|平台|设备|城市|门店)|\b(?:whatever|regardless of|irrespective of) (?:the )?"
                      r"(?:channel|source|platform|device|city|store)s?\b|"
                      # ("people who created an account, buyers or not", "(members or not)", "with or without a
                      # subscription", "无论是否下单都算", "买没买都算": a kind said both ways is no measure or slice)
                      r"(?:(?<=[,(—–])|(?<=[,(—–]\s)|(?<=\s-\s))(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+or\s+not\b|"
                      r"\bwhether\s+or\s+not\s+(?:they|he|she|it|the\s+\w+)\s+(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*|"
                      r"\bwith\s+or\s+without\s+(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,1}[a-z][\w\-]*|"
                      r"(?:无论|不管|不论)(?:是否|有没有|有无|是不是)[\u4e00-\u9fff]{1,5}?(?=都|，|,|。|的|$)|"
                      r"([\u4e00-\u9fff])[没不]\1[\u4e00-\u9fff]{0,3}?都(?:算|要|计|包括)|"
                      r"[\u4e00-\u9fff]{1,4}与否")


# an aside on who they mostly are, "用护照做实名的客人（基本都是外国游客）", "(mostly tourists)": a remark, no slice
ASIDE_MOSTLY = re.compile(r"[(（]\s*(?:基本(?:上)?都是|大多(?:数)?(?:都)?是|大部分(?:都)?是|多半是|多为|一般(?:都)?是|"
                          r"\b(?:mostly|mainly|largely|usually|typically)\b)[^()（）]{1,20}[)）]", re.I)
SCALE_SAID = re.compile(r"[(（]\s*[01]\s*(?:-|–|~|～|to|到|至)\s*(?:5|10|100)\s*(?:stars?|星|分|points?)?\s*[)）]|"
                        r"\b[01]\s*(?:-|–|to)\s*5\s*stars?\b", re.I)


def _grain_inside_a_word(m: Mention, text: str) -> bool:
    """A time grain's word that is the start of another word ("按周期算": per cycle, "月卡": a monthly card) groups by
    no week or month (the same words `intent.grain` reads as no grain)."""
    return m.kind == "dimension" and m.id in TIME_GRAINS and any(
        a < m.end and m.start < b for a, b in (x.span() for x in intent.NOT_A_GRAIN.finditer(text)))


def _kind_word_after_value_zh(w: Work) -> list[Mention]:
    """"深圳实验室" where shenzhen is a value of the column lab: the Chinese word right after a value that the
    dictionary gives as that column's name says what kind of thing the value is — it is no guess at a step whose
    name starts with it (实验室收样登记)."""
    if not CJK.search(w.text):
        return w.mentions
    out = []
    for m in w.mentions:
        if m.kind == "touchpoint" and CJK.match(m.surface) and (t := w.catalog.touchpoint(m.id)) is not None and \
                m.surface not in (t.name, t.name_zh or "") and \
                any(v.kind == "value" and v.end == m.start and v.dim and _glosses_column(w, m.surface, v.dim)
                    for v in w.mentions):
            w.blocked_spans.append((m.start, m.end))  # (nor is 实验 inside it an experiment)
            continue
        out.append(m)
    return out


def _glosses_column(w: Work, word: str, dim: str) -> bool:
    """Does the dictionary give the Chinese word as the column's name ("实验室" → laboratory, of the column lab)?"""
    from assistant.planner import glosses
    if any(c.id == dim for c in glosses.column_mentions(w.catalog, [(0, len(word), word)])):
        return True
    col = dim.lower()
    return len(col) >= 3 and col.isalpha() and any(g.startswith(col) for g in glosses.gloss_words(word, heads_only=True))


def _value_with_its_column_word(w: Work) -> list[Mention]:
    """"on monthly billing" where billing_cycle holds monthly / annual (and billing is also a ticket category):
    a word that is a value of a company column, said right before a word of that column's name, is that value —
    not a time grain or the other column's value the next word names."""
    out = list(w.mentions)
    for m in re.finditer(r"\b([a-z]+)\s+(?=([a-z]+)\b)", w.text):  # (pairs overlap: "on monthly", "monthly billing")
        word, nxt = m.group(1), m.group(2)
        a, b = m.start(1), m.end(2)
        for d in w.catalog.dimensions:
            if not d.extra or d.id in w.catalog.quiet:
                continue
            raws = [str(v) for v in w.catalog.dimension_values.get(d.id, ()) if str(v).lower() == word]
            parts = re.split(r"[_\s]+", (d.column or d.id).lower())
            if len(raws) != 1 or nxt.rstrip("s") not in parts or word in parts:
                continue
            end, nxt_at = m.end(1), m.start(2)
            on_word = [x for x in out if x.start < end and a < x.end]
            # ("damage disputes": the value is linked already and nothing else reads the word; "a technician repair
            # visit" is a step named over both words, "WeChat Pay" a value; "test type" a column's own name)
            if any(x.kind == "value" and x.dim == d.id for x in on_word) and \
                    not any(x.kind == "value" and x.dim != d.id for x in on_word) or any(
                    x.start < end and x.end > nxt_at for x in out) \
                    or any(x.kind == "dimension" and x.start <= a and b <= x.end for x in out) or (
                    any(x.kind == "value" and x.dim != d.id for x in on_word) and "events" not in d.slices):
                # (of several columns holding the value, the next word picks one the steps' rows carry: "WeChat Pay
                # top-ups" is no pay_channel of the orders — the measure's own rows choose among them later)
                break
            # the value word is the value ("lift repair requests": lift of repair_category, not of complaint_type nor
            # the step "Lift"); on the column word only what reads it as a time grain or another column's value goes
            # ("billing" of a ticket category) — a step or a measure named there stays
            out = [x for x in out if not (x.start < end and a < x.end) and not (
                x.start < b and end <= x.start and x.kind in ("value", "dimension") and x.dim != d.id)]
            out.append(Mention("value", raws[0], d.id, a, end, w.text[a:end], 1.0))
            w.blocked_spans.append((a, b))  # (the pair together: "monthly" there is no grain cue)
            break
    return sorted(out, key=lambda x: (x.start, x.kind))


def _column_named_as_it_is(w: Work) -> list[Mention]:
    """"Which event type …" where the company's data has an event_type column and "event type" is also another name of
    the contract's action column: the column whose own name the words are is the one meant."""
    def own(m: Mention) -> bool:
        return m.kind == "dimension" and re.sub(r"[_\s]+", " ", m.id).lower() == re.sub(r"[_\s]+", " ", m.surface).lower()
    named = {(m.start, m.end): m.id for m in w.mentions if own(m) and (t := w.catalog.dimension(m.id)) is not None
             and t.extra}
    # (its twin in the other language, 客户类型 and customer_type, is the same column and stays)
    return [m for m in w.mentions if not (m.kind == "dimension" and (m.start, m.end) in named and not own(m)
                                          and m.id not in crosslingual.twins_of(w.catalog, named[(m.start, m.end)]))]


# English prefixes written with a hyphen before the word they bend ("post-trip", "pre-paid", "in-person")
HYPHEN_PREFIXES = frozenset("""post pre in on off out over under after non re self co sub anti multi mid""".split())
REQUEST_SAID = re.compile(r"\b(?:show|tell|give|get|send|find|pull up|bring up|dig up)\s+(?:me|us)\b|\bpull up\b",
                          re.I)


def step_link(w: Work) -> None:
    """Catalogue mentions outside time expressions and phrases that only look like names ("痛点")."""
    phrases = [(m.start(), m.end()) for p in lexicon_zh.NOT_ENTITIES + lexicon_en.NOT_ENTITIES if p in w.text
               for m in re.finditer(re.escape(p), w.text)]
    # "按下单时间", "(by decline date)": which date the rows are counted by, said as a reminder; a word in it may
    # name the step counted ("按审批通过的日期算"), the rest is no unknown name (each table has one time column)
    basis = [m.span() for m in TIME_BASIS.finditer(w.text)]
    # ("count per quote, i.e. per transfer id": the unit counted names no column to group by)
    w.blocked_spans += [m.span() for m in COUNTED_PER.finditer(w.text)]
    # "(booked → picked up → at the plant → QC → delivered)": the steps of a journey spelled out; only their
    # step names count in it ("plant" there is no plant column)
    arrows = [m.span() for m in ARROW_LIST.finditer(w.text)]
    # "customer level", "user-level": how rows are counted (each person once), no tier or level column
    w.blocked_spans += [m.span() for m in PERSON_LEVEL.finditer(w.text)]
    # "show me", "pull up", "give us": the asker's request, never a column (show_name of a trade show)
    w.blocked_spans += [m.span() for m in REQUEST_SAID.finditer(w.text)]
    # "全部数据、不限渠道", "whatever the channel": no slice and no grouping of what the words name
    w.blocked_spans += [m.span() for m in NO_SLICE.finditer(w.text)]
    # "（…，30天窗口）", "a 14-day window": the length of a journey's window, no value of a column of days
    w.blocked_spans += [m.span() for m in JOURNEY_WINDOW.finditer(w.text)]
    # "what share of …", "the percentage of …": the question's own words, never a value (an action "shared")
    w.blocked_spans += [m.span(1) if m.group(1) else m.span(2) for m in SHARE_OF_WORDS.finditer(w.text)]
    # "at least 30 reviews that year", "按当年飞的作业单算": the period said already, pointed at again (no grouping by
    # year, no unknown word)
    w.blocked_spans += [m.span() for m in SAME_PERIOD.finditer(w.text)
                        if not any(a <= m.start() < b for a, b in w.time_spans)]
    # the scale a score is on, "(1-5 stars)", "（0-10分）": no column named stars or points
    w.blocked_spans += [m.span() for m in SCALE_SAID.finditer(w.text)]
    w.blocked_spans += [m.span() for m in ASIDE_MOSTLY.finditer(w.text)]
    # how words are matched ("不分大小写", "any case") and how a week is counted ("(Mon-Sun)"): no name of anything
    w.blocked_spans += [m.span() for rx in (lexicon_zh.MATCHING, lexicon_en.MATCHING, lexicon_zh.WEEK_COUNTED,
                                            lexicon_en.WEEK_COUNTED) for m in re.finditer(rx, w.text, re.I)]
    # (the recommend question's words are no unknown names either; 痛点 and the like stay cue words)
    w.blocked_spans += [m.span() for p in lexicon_zh.RECOMMEND_ASKED for m in re.finditer(re.escape(p), w.text)]
    w.mentions = [m for m in link(w.text, w.catalog, w.time_spans + w.blocked_spans + phrases,
                                  linker.acronym_plurals(w.question))
                  if not _code_as_word(m, w.question) and not _function_word_code(m, w.question)
                  and not _grain_inside_a_word(m, w.text)]
    # ("post-trip SMS survey", "in-person tours", "pre-booked": a prefix of a hyphenated word is no value of its own)
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.surface.lower() in HYPHEN_PREFIXES and
                                                re.match(r"-[a-z]", w.text[m.end:m.end + 2]))]
    # ("修不好的比例": 好 after 不 is a verb's negated result, can't fix — no "好的比例" satisfaction measure)
    w.mentions = [m for m in w.mentions if not (m.kind == "metric" and m.surface.startswith("好") and
                                                w.text[max(0, m.start - 1):m.start] in ("不", "没"))]
    w.mentions = _column_named_as_it_is(w)
    w.mentions = _value_with_its_column_word(w)
    closing = [x.span() for x in UNIT_CLOSING.finditer(w.text)]
    # (only "per booking" keeps a value its word names, "adults per booking" of order_type booking; "按订单算" is a rule)
    w.mentions = [m for m in w.mentions if not (any(a <= m.start and m.end <= b for a, b in closing) and (
        m.kind in ("dimension", "touchpoint", "journey") or not w.text[m.start:m.end].isascii()))]
    w.blocked_spans += [(a, b) for a, b in closing if not any(m.start < b and a < m.end for m in w.mentions)]
    w.pointed = _pointed_columns(w)
    w.mentions = _column_pointed_is_no_value(w)
    w.mentions = _word_glossed_by_values(w)
    w.mentions = _possessor_out(w)
    w.mentions = _flag_said_as_a_kind(w)
    w.mentions = _compound_column_word(w)
    w.mentions = _counted_noun_of_one_step(w)
    w.mentions = _later_step_said_of_the_thing(w)
    w.mentions = _people_word_not_a_value(w)
    w.mentions = _kind_naming_a_funnel(w)
    w.mentions = _hyphen_tie(w)
    w.mentions = _step_of_a_named_journey(w)
    w.mentions = _guessed_word_of_a_journey_step(w)
    w.mentions = _complaint_word_about_something(w)
    # ("Paid orders only", "只算付款订单": a column's name said as the rows kept is no grouping; the rows are a value's)
    w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and (
        re.match(r"\s+only\b", w.text[m.end:]) or re.search(r"(?:\bonly\s+(?:the\s+)?|只算|只看|仅限|仅算)$", w.text[:m.start])))]
    # ("how much cash have we collected": money asked, no value "cash" of a payment or finance column)
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.surface.lower() in ("cash", "money") and
                                                re.search(r"\bhow much\s+$", w.text[:m.start]))]
    # ("一共卖了多少钱？退款的不算", "revenue, refunds excluded": a measure's word said to be left out is no measure)
    w.mentions = [m for m in w.mentions if not (m.kind == "metric" and resolve.said_left_out(w.text, m.start, m.end))]
    w.mentions = _steps_the_comments_mention(w)
    w.mentions = _people_noun_said(w)
    # ("per dealer", "the dealer's region" where dealer_type and dealer_name are kept on the customers: the company's
    # word for its customers, not the first of those columns)
    # ("which dealer paid the most", "by dealer": a grouping word before it ranks the dealers by their column)
    w.mentions = [m for m in w.mentions if not (m.kind in ("dimension", "value")
                                                and m.surface.lower() in w.catalog.customer_words
                                                and not RANKED_BEFORE.search(w.text[:m.start]))]
    w.mentions = _same_unit_said(w)
    w.blocked_spans += basis
    w.mentions = _agent_nouns_out(w)
    w.mentions = _do_support_after_a_step(w)
    w.mentions = _grouped_step_split(w)
    w.mentions = _all_of_a_column(w)
    w.mentions = _journey_conversions(w)
    w.mentions = _journey_named_by_its_steps(w)
    w.mentions = _journey_named_apart(w)
    w.mentions = _journey_by_its_own_word(w)
    w.mentions = _step_word_inside_a_step(w)
    w.mentions = _verb_of_the_next_step(w)
    w.mentions = _grouped_word_no_step(w)
    w.mentions = _step_listed_with_values(w)
    w.mentions = _noun_before_a_participle(w)
    w.mentions = _word_before_a_step_narrows_it(w)
    w.mentions = _step_named_by_two_words(w)
    w.mentions = _step_said_as_a_verb_before_its_thing(w)
    w.mentions = _step_gone_on_to(w)
    w.mentions = _value_the_next_step_cannot_hold(w)
    w.mentions = _status_said_of_the_orders(w)
    w.mentions = _value_by_a_part_of_its_name(w)
    w.mentions = _value_by_its_head_before_people(w)
    w.mentions = _source_said_as_a_value(w)
    w.mentions = _column_word_modifying_the_next(w)
    spelled = [m for m in w.mentions if m.kind in ("dimension", "value", "metric")
               and any(a <= m.start and m.end <= b for a, b in arrows)]
    w.mentions = [m for m in w.mentions if m not in spelled]
    w.blocked_spans += [(m.start, m.end) for m in spelled]
    _min_group_size(w)
    w.mentions = _which_head_column(w)
    kept = _drop_glossed(w.text, w.mentions, w.catalog)
    # a measure's word that only restates a value ("流失状态（churned）") is no cue for that measure either
    # (and values only listed as examples of a column, "影厅类型（2D/3D/IMAX）", are no unknown words)
    w.blocked_spans += [(m.start, m.end) for m in w.mentions if m.kind in ("metric", "value") and m not in kept]
    w.mentions = kept
    w.mentions = _described_values(w)
    w.mentions = _column_equals_value(w)
    w.mentions = _column_after_value(w)
    w.mentions = _steps_glossing_a_value(w)
    w.mentions = _error_word_after_a_step(w)
    w.mentions = _value_inside_a_step_name(w)
    w.mentions = _value_of_the_last_grouping(w)
    w.mentions = _where_they_came_from(w)
    w.mentions = _order_kind_said_in_words(w)
    # "门票、年卡、餐饮、商品都算上": kinds listed as all counted are no slice (steps too when several are listed);
    # their words are known, no unknown names
    # ("按付定金的订单数算，后来退了的也算": a step said only to widen what another named step counts slices nothing)
    outside = [m for m in w.mentions if m.kind == "touchpoint" and not timeparse.in_inclusion(w.text, m.start, m.end)]
    # ("all registered players (including those who never booked)": a step said not done, inside a clause that
    # widens what is counted, slices nothing either)
    # ("收入一共多少？零售、订阅、餐厅批发都算": a measure's word in a list of what counts too, 订阅 of subscribers,
    # is no measure when another is named outside it)
    measured_outside = any(m.kind == "metric" and not timeparse.in_inclusion(w.text, m.start, m.end) for m in w.mentions)
    included = [m for m in w.mentions if timeparse.in_inclusion(w.text, m.start, m.end) and (
        m.kind == "value" or (m.kind == "metric" and measured_outside) or
        (m.kind == "dimension" and LISTED.search(timeparse._clause(w.text, m.start, m.end))) or (m.kind == "touchpoint" and (
            LISTED.search(timeparse._clause(w.text, m.start, m.end)) or any(o.id != m.id for o in outside)
            or intent.NEGATED_BEFORE.search(w.text[max(0, m.start - 8):m.start]))))]
    # ("online orders paid that week? Include ones later cancelled or refunded": statuses counted in beside a
    # status said outside the clause add to it — resolve._negated_values keeps them with it)
    said_status = [m for m in w.mentions if m.kind == "value" and m.dim == "order_status" and m not in included]
    if said_status:
        included = [m for m in included if not (
            m.kind == "value" and m.dim == "order_status" and m.start > said_status[0].end and
            re.search(r"\binclud(?:e|es|ing)\b", timeparse._clause(w.text, m.start, m.end)))]
    # (a journey or a column on the very words of a step left in is no slice either)
    spans_in = {(m.start, m.end) for m in included if m.kind == "touchpoint"}
    included += [m for m in w.mentions if m not in included and (m.start, m.end) in spans_in]
    for m in included:
        if m.kind == "touchpoint" and intent.NEGATED_BEFORE.search(w.text[max(0, m.start - 8):m.start]):
            # ("包括还没报过团的": the whole clause says who else is counted; none of its words is a name)
            left = max((x.end() for x in timeparse.CLAUSE_END.finditer(w.text, 0, m.start)), default=0)
            right = next((x.start() for x in timeparse.CLAUSE_END.finditer(w.text, m.end)), len(w.text))
            w.blocked_spans.append((left, right))
    w.mentions = [m for m in w.mentions if m not in included]
    w.blocked_spans += [(m.start, m.end) for m in included]
    w.mentions = _candidates_listed(w)
    w.mentions = _examples_in_parentheses(w)
    w.mentions = _value_restated_in_parentheses(w)
    w.mentions = _survey_timing_step(w)
    # "how many members renewed": the people word right after "how many" is what is counted, not a segment;
    # "Android users": the people of the value before it, not a value of its own (stop_reason = user); "注册会员里学生"
    # (students among those who signed up) is the value itself
    # ("我们一共有多少学生用户" where 学生 is the customers' segment: the people counted are of that kind, said before
    # another people word)
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.surface.lower() in PEOPLE_WORDS
                                                and not _people_of_their_own_kind(w, m)
                                                and not _kind_of_people_counted(w, m) and (
        COUNTED_NOUN.search(w.text[:m.start]) or any(x.kind in ("value", "touchpoint") and 0 <= m.start - x.end <= 1
                                                     and w.text[x.end:m.start] in ("", " ", "的")
                                                     and x.dim != m.dim for x in w.mentions)))]
    # "revenue in USD", "以美元计": a currency said as the unit of the answer is no slice of a currency column
    units = [m for m in w.mentions if m.kind == "value" and re.fullmatch(r"[A-Z]{3}", m.id or "")
             and CURRENCY_UNIT.search(w.text[:m.start])]
    w.blocked_spans += [(m.start, m.end) for m in units]
    w.mentions = [m for m in w.mentions if m not in units]
    # "count renewals, not members", "按笔数算，不是人数": what is said not to be counted slices nothing
    w.mentions = [m for m in w.mentions if not (m.kind in ("value", "dimension", "metric") and NOT_COUNTED.search(w.text[:m.start]))]
    w.mentions = [m for m in w.mentions if not _day_of_a_date(w, m)]
    w.mentions = [m for m in w.mentions if not _currency_conversion_said(w, m)]
    w.mentions = _value_inside_a_money_noun(w)
    w.mentions = _totals_of_columns(w)
    w.mentions = _company_words_first(w)
    w.mentions = _generic_alias_to_company_column(w)
    w.mentions = _shop_word_after_a_value(w)
    _counting_basis(w)
    w.mentions = _kind_heads_only_grouped(w)
    # (a value named in Chinese for an English code is left out of a widening list like any other: "都算（…尾款…）")
    glossed = [m for m in _glossed_values(w) if not timeparse.in_inclusion(w.text, m.start, m.end)]
    w.mentions = w.mentions + glossed
    # ("约免费咨询": a value the dictionary names before a step that never records its column describes the step)
    w.mentions = _value_the_next_step_cannot_hold(w, only=glossed)
    w.mentions = _same_unit_said(w)  # (a column the dictionary names, "我们音乐节", is the company's own too)
    w.mentions = _column_by_the_whole_word(w)
    if not intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) and not MEDIAN_ASKED.search(w.text):
        # a numeric column's average is a measure only when an average is asked ("which agent sends the most
        # bookings" groups by agent; it does not average agent numbers)
        w.mentions = [m for m in w.mentions if not (m.kind == "metric" and m.id.startswith(AVG_PREFIX))]
    w.mentions += _places_inside_metrics(w)
    w.mentions = _spend_per_payer(w)
    w.mentions = _number_with_its_unit(w)
    w.mentions = _average_by_meaning(w)
    w.mentions = _step_inside_an_average(w)
    w.mentions = _units_per_order(w)
    w.mentions = _units_sold(w)
    w.mentions = _money_column_by_meaning(w)
    w.mentions = _money_paid_out_in_a_journey(w)
    w.mentions = _how_much_of_a_money_column(w)
    w.mentions = _amount_in_a_unit(w)
    w.mentions = _column_total_counted(w)
    w.mentions = _column_total_said_zh(w)
    w.mentions = w.mentions + _average_of_a_rating_step(w)
    w.mentions = _step_durations(w)
    w.mentions = _money_column_without_orders(w)
    w.mentions = _money_of_a_named_step(w)
    w.mentions = _column_word_inside_a_step_name(w)
    w.mentions = _sibling_step_by_word(w)
    w.mentions = _two_steps_said_as_one_name(w)
    w.mentions = _journey_said_in_part_zh(w)
    w.mentions = _value_of_the_column_said_with_it(w)
    guessed = _measure_inside_value(w) + _step_said_apart(w) + _step_said_apart_zh(w) + _step_name_inflected(w) + \
        _value_said_apart(w) + \
        _step_verb_shortened(w) + _value_cut_short(w) + _order_kind_said_short(w) + _order_kind_by_its_head(w) + \
        _order_status_said_as_a_verb(w) + _step_by_its_names_tail(w) + _next_step_said_after(w) + \
        _value_by_its_gloss(w) + _value_by_its_initials(w) + \
        _kind_counted(w) + \
        _kind_word_compound(w)
    # (a guess never names words left out on purpose: "调律、维修和机构合同订单都算" lists parts of the whole)
    w.mentions = w.mentions + [m for m in guessed if not any(a < m.end and m.start < b for a, b in w.blocked_spans)]
    w.mentions = w.mentions + [m for m in _sibling_step_by_suffix_zh(w)
                               if not any(a < m.end and m.start < b for a, b in w.blocked_spans)]
    w.mentions = _value_the_next_step_cannot_hold(w, only=[m for m in guessed if m.kind == "value"])
    w.mentions = _signups_said_apart(w)
    platforms = _channel_by_its_platform(w)  # (the words inside a platform's channel name are no names of their own)
    w.mentions = [x for x in w.mentions if not any(p.start <= x.start and x.end <= p.end for p in platforms)] + platforms
    cases = _cases_of_a_process_log(w)  # (it also takes out the words the case word replaces)
    w.mentions = _source_over_step(w)
    # ("add-on services", "增值服务": a stage's word as the head noun of another value is that value's rows, no stage)
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.dim == "stage" and any(
        x.kind == "value" and x.dim != "stage" and re.fullmatch(r"[\s\-]?", w.text[x.end:m.start]) for x in w.mentions))]
    rates = _step_rates(w)
    # ("renewal rate": its "rate" is no step called Rate)
    w.mentions = [x for x in w.mentions if not (x.kind == "touchpoint" and any(
        r.start < x.start and x.end <= r.end for r in rates))]
    w.mentions = w.mentions + cases + rates + _no_show_rates(w)
    w.mentions = _drop_glossed(w.text, w.mentions, w.catalog)  # the measure just named may be defined in (…)
    _groups_listed_in_brackets(w)
    _verb_said_before_a_step(w)
    _values_restating_a_value(w)
    _any_of_a_column(w)
    # ("每个月冷库出库晚点率": 冷库 is the column's own name, never the one value of it that holds the word, 奥克兰冷库)
    # (a yes/no column's own name is its yes, "express orders": express = true — that value does not hold the word)
    w.mentions = [x for x in w.mentions if not (x.kind == "value" and x.dim and x.surface == x.dim
                                                and str(x.id) != x.surface and x.surface in str(x.id))]
    w.mentions = _kind_word_after_value_zh(w)
    w.mentions = _rate_said_as_a_verb(w)
    w.mentions = _complaints_counted_about_a_topic(w)
    w.mentions = _identifier_word_of_a_step(w)
    w.mentions = _new_said_with_joining(w)
    # ("客户验收时要求返工重洗的比例": 要求 "to claim" is no guess at the claim_id column — an identifier groups only
    # when its own words are said)
    # (nor is any guessed column name a grouping no grouping word asks for: "付款时被现场加了钱的单子占比" where 单子
    # glossed as items)
    w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and m.score < INFLECTED and
                                                (t := w.catalog.dimension(m.id)) is not None and
                                                not resolve.GROUPING_NEAR.search(w.text[:m.start]) and
                                                not re.search(r"(?:哪|按照?|各)[\u4e00-\u9fff]{0,5}$", w.text[:m.start]) and
                                                (t.identifier or CODED_ID.match(m.id) is not None or (
                                                    not t.numeric and not t.time and not _yes_no_column(w, m.id) and
                                                    not any(x.kind == "value" and x.dim == m.id for x in w.mentions))))]
    # ("团体到馆 … 按到馆记录的团队人数加总": a near miss of a column's name, 到馆 of the branches' 北京馆, that is part of a
    # step named in the question is that step's word said again — no grouping)
    steps_said = [m.surface for m in w.mentions if m.kind == "touchpoint" and m.score >= 1.0]
    w.mentions = [m for m in w.mentions if not (m.kind in ("dimension", "value") and m.score < INFLECTED and
                                                any(m.surface in s and m.surface != s for s in steps_said))]
    for m in w.mentions:
        if m.score < INFLECTED:  # a guessed name is said out loud; "reported" for "report" is no guess
            w.notes.append(("fuzzy", {"surface": m.surface, "id": m.id, "kind": m.kind}))



# a topic said before the complaint word ("“约不上课”的投诉", "关于空调的投诉", "因为迟取消被扣课的投诉") or after it
# ("complaints about the classes being full")
TOPIC_BEFORE_ZH = re.compile(r"(?:的|相关的?|有关的?|方面的?)$")
TOPIC_AFTER_EN = re.compile(r"^\s*(?:about|regarding|over|mentioning|that mention|related to)\b")
COMPLAINT_WORDS_EN = re.compile(r"complaints?|complaining|grievances?|negative reviews?|bad reviews?")


def _complaints_counted_about_a_topic(w: Work) -> list[Mention]:
    """"2026年第二季度“约不上课”的投诉有多少条？" where 投诉 is also an alias of the step 联系客服 (and 上课 a step's word):
    complaints counted about a topic are the comments on it — the complaint word is no step, and the steps' words
    inside the topic are the topic's words. Only with comments in the data, comments counted, and a topic said
    (before 的投诉 in Chinese, after "complaints about" in English)."""
    prof = w.catalog.profile
    if prof is None or not prof.present("feedback") or not COMMENTS_COUNTED.search(w.text):
        return w.mentions
    drop: list[Mention] = []
    for m in w.mentions:
        if m.kind != "touchpoint" or not (m.surface in lexicon_zh.INTENT_CUES["feedback_themes"] or
                                          COMPLAINT_WORDS_EN.fullmatch(m.surface.lower())):
            continue
        if CJK.search(m.surface):
            if not TOPIC_BEFORE_ZH.search(w.text[:m.start]):
                continue
            start = max([x.end() for x in timeparse.CLAUSE_END.finditer(w.text, 0, m.start)] +
                        [b for a, b in w.time_spans if b <= m.start] + [0])
            end = m.start
        else:
            if not TOPIC_AFTER_EN.match(w.text[m.end:]):
                continue
            start = m.end
            end = next((x.start() for x in timeparse.CLAUSE_END.finditer(w.text, m.end)), len(w.text))
        drop.append(m)
        drop += [x for x in w.mentions if x.kind == "touchpoint" and start <= x.start and x.end <= end]
        w.notes.append(("comments_not_step", {"word": m.surface, "step": build._tp_name(w.catalog, m.id, w.language)}))
    return [m for m in w.mentions if m not in drop]


def _yes_no_column(w: Work, dim: str) -> bool:
    """Does the column hold yes / no (true / false, 1 / 0, 是 / 否) only? Its name then says its yes."""
    vals = {str(v).strip().lower() for v in (w.catalog.dimension_values.get(dim) or ())}
    return bool(vals) and any(vals <= pair for pair in text.YES_NO)


def _rate_said_as_a_verb(w: Work) -> list[Mention]:
    """"How many batches did we take in? (collected or dropped off)": a rate's name said as a verb in the past
    ("dropped off" of drop-off rate) in a question asking how many says what happened to the things counted — no
    rate is asked unless a rate's word is said."""
    if CJK.search(w.text) or not intent.any_cue(w.text, ("how many", "number of", "count of")) or \
            intent.any_cue(w.text, lexicon_en.RATE_WORDS) or "%" in w.text:
        return w.mentions
    return [m for m in w.mentions if not (
        m.kind == "metric" and m.score < 1.0 and re.search(r"ed\b", m.surface.lower()) is not None and
        (t := w.catalog.metric(m.id)) is not None and t.unit == "ratio")]


# "any status", "all statuses", "regardless of channel", "不管什么状态", "状态不限": no value of the column is chosen
ANY_OF_COLUMN = re.compile(r"\b(?:any|all|every|regardless of|irrespective of|whatever|no matter (?:the|what))\s+(?:the\s+)?$|"
                           r"(?:不管|不论|无论|不限)(?:是)?(?:什么|哪种|哪个|哪类)?$", re.I)
ANY_AFTER_ZH = re.compile(r"^(?:不限|都算|都行|都可以|不论)")


def _any_of_a_column(w: Work) -> None:
    """"how many kit orders came in last month? any status": a column said only to say every value of it counts
    is no grouping and no slice; its words are blocked."""
    for m in [m for m in w.mentions if m.kind == "dimension"]:
        if ANY_OF_COLUMN.search(w.text[max(0, m.start - 22):m.start]) or ANY_AFTER_ZH.match(w.text[m.end:]):
            w.mentions = [x for x in w.mentions if not (x.start >= m.start and x.end <= m.end)]
            w.blocked_spans.append((m.start, m.end))


# "which kind of order brought in the most — storage fees, sending, monthly passes or door delivery?",
# "哪个套餐最受欢迎：基础款、升级款还是豪华款？": the things the ranking is among, listed after it
_ITEM_EN = r"[\w'&/\-]+(?:\s+[\w'&/\-]+){0,3}"
_ITEM_ZH = r"[^，。？?、：:（()）,]{1,12}?"
CANDIDATES_LISTED = re.compile(
    r"(?:\s[-–—]\s*|[—–:(]\s*)(" + _ITEM_EN + r"(?:\s*,\s*(?:or\s+|and\s+)?" + _ITEM_EN + r"|\s+or\s+" + _ITEM_EN +
    r")+)\s*[?)]?\s*$|"
    r"[：:（(—]\s*(" + _ITEM_ZH + r"(?:(?:、|，|,|还是|或者|或|/)" + _ITEM_ZH + r")+)\s*(?:[？?）)]|比一下|比较一下)?\s*$|"
    # ("哪一类人最多？体态矫正、康复、塑形减脂还是产后修复？": the alternatives as a sentence of their own, which a
    # comma would end)
    r"[？?]\s*(" + _ITEM_ZH + r"(?:(?:、|还是|或者|或|/)" + _ITEM_ZH + r")+)\s*(?:[？?]|比一下|比较一下)?\s*$")
CANDIDATE_SEP = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|、|，|,|还是|或者|或|/")
WHICH_ASKED = re.compile(r"\b(?:which|what kind|what type|what sort)\b|哪", re.I)


_FEEDBACK_NOUN_EN = r"(?:surveys?|csat|reviews?|ratings?|feedback|questionnaires?|nps|comments?)"
POST_BEFORE = re.compile(r"\bpost[\s\-]$", re.I)
FEEDBACK_NOUN_AFTER = re.compile(r"^[\s\-]*(?:[a-z\-]+\s+){0,2}?" + _FEEDBACK_NOUN_EN + r"\b", re.I)
FEEDBACK_NOUN_THEN_AFTER = re.compile(_FEEDBACK_NOUN_EN + r"\s+(?:[a-z\-]+\s+){0,2}?(?:after|following)\s+"
                                      r"(?:each\s+|every\s+|the\s+|a\s+|our\s+)?$", re.I)
SURVEY_AFTER_ZH = re.compile(r"^(?:完成|结束|之)?后(?:的)?(?:满意度|服务)?(?:问卷|回访|评价|调研|调查|打分|评分)")


def _survey_timing_step(w: Work) -> list[Mention]:
    """"post-visit CSAT", "the WeChat survey after each clean", "安装完成后回访问卷": the step says when the
    comments were asked for, not what they are about (a survey after the visit also rates the water test): no step
    slice of the comments."""
    drop = [m for m in w.mentions if (m.kind in ("touchpoint", "journey", "dimension") or (m.kind == "value" and m.dim != "channel")) and (
        (POST_BEFORE.search(w.text[:m.start]) and FEEDBACK_NOUN_AFTER.match(w.text[m.end:])) or
        FEEDBACK_NOUN_THEN_AFTER.search(w.text[:m.start]) or SURVEY_AFTER_ZH.match(w.text[m.end:]))]
    w.blocked_spans += [(m.start, m.end) for m in drop]
    # ("post-session surveys" where nothing is called a session: when they were sent, no unknown name either)
    w.blocked_spans += [p.span() for p in POST_TIMING.finditer(w.text)]
    return [m for m in w.mentions if m not in drop]


POST_TIMING = re.compile(r"\bpost[\s\-][a-z]+(?=[\s\-]*(?:[a-z\-]+\s+){0,2}?" + _FEEDBACK_NOUN_EN + r"\b)", re.I)


# "药剂（氯片、除藻剂这些）", "chemicals (e.g. chlorine tablets, algaecide)": examples of the kind named before them
EXAMPLES_INSIDE = re.compile(r"\(\s*(?:e\.g\.,?|such as|like|for example|比如|例如|像|如)?([^()]{1,60}?)"
                             r"(?:这些|这类|之类|那些|等等|等|什么的|\s*etc\.?|\s*and so on|\s*and the like)\s*\)|"
                             r"\(\s*(?:e\.g\.,?|such as|for example|比如|例如|像)\s*([^()]{1,60}?)\s*\)|"
                             # ("kit such as jerseys and boots", "装备，比如球衣、球鞋"): the same without brackets
                             r"(?:,\s*|\s)(?:such as|e\.g\.,?|for example,?)\s+([^,.;?!()]{1,60})|"
                             r"[，,]?\s*(?:比如|例如|譬如)([^，。；？！,;?!()]{1,30})", re.I)


def _examples_in_parentheses(w: Work) -> list[Mention]:
    """Values given in parentheses (or after "such as", "比如") as examples of the kind named right before
    ("药剂（氯片、除藻剂这些）") are what that kind covers, not a slice of it: the kind before them is counted whole."""
    drop: list[Mention] = []
    for g in EXAMPLES_INSIDE.finditer(w.text):
        a = g.start()
        if not any(m.kind in ("value", "touchpoint", "dimension") and m.end <= a and not w.text[m.end:a].strip()
                   for m in w.mentions):
            continue
        # (a step the examples also name is no slice either: "装备（球衣、球鞋这些）" where 球鞋 names the kit order)
        inside = [m for m in w.mentions if m.kind in ("value", "touchpoint") and a < m.start and m.end <= g.end()]
        drop += inside
        w.blocked_spans += [(m.start, m.end) for m in inside]
    return [m for m in w.mentions if m not in drop]


def _value_restated_in_parentheses(w: Work) -> list[Mention]:
    """"App评价（app_review）", "mobile app (app)": a value of a column said again in the parentheses right after it
    (the asker spelling out the stored value) is one value, not two groups to compare: the one in the parentheses."""
    drop: list[Mention] = []
    for m in w.mentions:
        if m.kind == "metric" and CJK.search(m.surface) and any(
                # (the stored code, in Latin letters, spelled out after a Chinese word: "成交金额（已付款）" only says
                # which orders are added up)
                x.kind == "value" and x.dim and x.surface.isascii() and re.fullmatch(r"\s*[（(]\s*", w.text[m.end:x.start]) and
                re.match(r"\s*[)）]", w.text[x.end:]) for x in w.mentions if x.start > m.end):
            # ("属于流失（lapsed）的有多少人": the word right before a value spelled out in parentheses is that value's
            # name — no churn rate)
            drop.append(m)
            continue
        if m.kind != "value" or not m.dim:
            continue
        for x in w.mentions:
            if x is m or x.kind != "value" or x.dim != m.dim or x.id == m.id or x.start <= m.end:
                continue
            between = w.text[m.end:x.start]
            if re.fullmatch(r"[\u4e00-\u9fffa-z\- ]{0,6}[（(]\s*", between) and re.match(r"\s*[)）]", w.text[x.end:]):
                drop.append(m)
    return [m for m in w.mentions if m not in drop]


def _candidates_listed(w: Work) -> list[Mention]:
    """The alternatives a "which" ranking lists after it are what is ranked, not filters of their own. When each of
    them is a value of one column (or of its twin in the other language) they stay: the ranking is among them. When
    they are not ("sending" is a journey, "door delivery" half a column name), none of them slices anything: every
    value is ranked, and the assumptions say so."""
    hit = CANDIDATES_LISTED.search(w.text)
    if hit is None or not WHICH_ASKED.search(w.text[:hit.start()]):
        return w.mentions
    g = next(i for i in range(1, len(hit.groups()) + 1) if hit.group(i))
    a, b = hit.start(g), hit.end(g)
    inside = [m for m in w.mentions if a <= m.start and m.end <= b]
    if not any(m.kind == "value" for m in inside):
        return w.mentions
    items, pos = [], a
    for sep in CANDIDATE_SEP.finditer(w.text, a, b):
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, b))
    twins = w.catalog.value_twins

    def family(dim: str | None) -> frozenset[str]:
        return frozenset({dim or "", *twins.get(dim or "", ())})

    for fam in {family(m.dim) for m in inside if m.kind == "value"}:
        # ("体态矫正、康复、塑形减脂还是产后修复" where the value is 康复训练: an alternative that begins exactly one
        # value of the column the others are values of is that value)
        for i, j in items:
            word = w.text[i:j].strip()
            if len(word) < 2 or any(m.kind == "value" and m.dim in fam and i <= m.start and m.end <= j for m in inside):
                continue
            begun = [(d, str(v)) for d in fam for v in w.catalog.dimension_values.get(d, ())
                     if str(v).lower().startswith(word.lower()) and str(v).lower() != word.lower()]
            if len(begun) == 1:
                k = w.text.index(word, i)
                added = Mention("value", begun[0][1], begun[0][0], k, k + len(word), word, 0.9)
                inside.append(added)
                w.mentions = sorted([m for m in w.mentions if not (m.start < added.end and added.start < m.end)]
                                    + [added], key=lambda m: m.start)
        if all(any(m.kind == "value" and m.dim in fam and i <= m.start and m.end <= j for m in inside)
               for i, j in items):
            return w.mentions  # (each alternative is a value of the column ranked: the ranking is among them)
    w.blocked_spans.append((a, b))
    w.notes.append(("candidates_all", {"listed": w.text[a:b].strip()}))
    return [m for m in w.mentions if m not in inside]


SOURCE_COLUMN = re.compile(r"acqui|channel|source|campaign|referr|渠道|来源|获客|推广", re.I)
CAME_FROM_AFTER = re.compile(r"^(?:渠道)?(?:过)?来的|^引流|^进来的|^获客")
CAME_FROM_BEFORE = re.compile(r"\b(?:came|come|comes|coming)\s+(?:in\s+)?(?:from|through|via)\s+(?:the\s+|our\s+|an?\s+)?$")


def _source_over_step(w: Work) -> list[Mention]:
    """"抖音广告来的线索", "leads that came in through Douyin ads": a word naming a step (an ad step) and a value of
    the column that says where customers came from is that value — whom the question is about — not the step."""
    sources = [m for m in w.mentions if m.kind == "value" and m.dim and SOURCE_COLUMN.search(m.dim)
               and (CAME_FROM_AFTER.match(w.text[m.end:]) or CAME_FROM_BEFORE.search(w.text[:m.start]))]
    spans = {(m.start, m.end) for m in sources}
    return [m for m in w.mentions if not (m.kind == "touchpoint" and (m.start, m.end) in spans)]

STEP_RATE_AFTER = re.compile(r"^\s*(?:率|比率|\brates?\b)")


def _step_rates(w: Work) -> list[Mention]:
    """"拒绝率", "the no-show rate", "rejection rate" with no measure of that name: the step's rate is the share of
    those at the step before it in its journey who got to it (its step conversion), said in the assumptions."""
    if w.catalog.metric("step_conversion") is None:
        return []
    out = []
    for m in w.mentions:
        tail = STEP_RATE_AFTER.match(w.text[m.end:]) if m.kind == "touchpoint" else None
        if tail is None or any(x.kind == "metric" and x.start < m.end + tail.end() and m.start < x.end for x in w.mentions):
            continue
        said = m.surface.lower()
        if any(said in " ".join((j.name, j.name_zh, j.name_en)).lower() and j.steps and m.id == j.steps[0]
               for j in w.catalog.journeys) and not any(m.id in j.steps[1:] for j in w.catalog.journeys) and \
                w.catalog.metric("overall_conversion"):
            # ("激活率" beside the journey 新用户激活: the journey's own word made a rate is its conversion)
            out.append(Mention("metric", "overall_conversion", None, m.start, m.end + tail.end(),
                               w.text[m.start:m.end + tail.end()], 1.0))
            continue
        if not any(m.id in j.steps[1:] for j in w.catalog.journeys):
            continue  # (a step no journey reaches from another has no rate of getting there)
        if _outcome_word_of_step(w, m.id):
            continue  # ("late delivery rate", "送货迟到率" at a step recording delivered_late: that outcome's share)
        out.append(Mention("metric", "step_conversion", None, m.start, m.end + tail.end(),
                           w.text[m.start:m.end + tail.end()], 1.0))
    return out[:1]


# "no-show rate", "爽约率", "放鸽子的比例": those who got to the step before arriving and never arrived; "show-up rate",
# "到店率": those who did arrive
NO_SHOW = re.compile(r"\bno[-\s]?shows?(?:\s+(?:rate|share|ratio))?\b|\b(?:did(?:n't| not)|never) (?:show(?:ed)?|turn(?:ed)?) up\b|"
                     r"爽约(?:率|的?比例|的?占比)?|放鸽子(?:的?比例|的?占比|率)?|缺席率")
SHOW_UP = re.compile(r"\b(?:show[-\s]?up|turn[-\s]?up|attendance|arrival) rate\b|到店率|到场率|出席率|到课率|到诊率")
# a step where the customer arrives in person (the step a no-show never reaches)
ARRIVAL_STEP = re.compile(r"\bcheck(?:ed)?[-\s]?in\b|\barriv\w*|\battend\w*|\bshow(?:ed)?[-\s]?up\b|\bturn(?:ed)?[-\s]?up\b|"
                          r"到店|签到|到场|到访|出席|到诊|报到")


NO_SHOW_FILLER = frozenset("""the our what was is are were of overall average total whole their its high higher highest low
lower lowest worst best monthly weekly daily and with for which""".split()) | frozenset(lexicon_en.MONTHS)


def _no_show_rates(w: Work) -> list[Mention]:
    """"no-show rate", "爽约率" with no step or measure of that name: those at the step before an arrival step of a
    journey (booked, paid) who never reached it (the drop-off there), or for a show-up rate those who did (the
    step's conversion); said in the assumptions. Nothing when several such arrivals could be meant and the
    question names none of their steps (the rate would be a guess)."""
    # ("How many test rides did we complete? (no-shows and cancellations don't count)": words in a clause that
    # leaves rows out say which rows stay, no rate of them)
    hit = next((x for rx in (NO_SHOW, SHOW_UP) for x in rx.finditer(w.text) if not _set_aside(w.text, *x.span())), None)
    if hit is not None and hit.re is NO_SHOW and ratio_def.absent_rate(w) is not None:
        return []  # ("class no-show rate" where classes keep attendance = absent: that column's rate, step_ratio)
    # (a measure, a value or a step of that name is what the words say: an order status no_show, a "No-show" step)
    if hit is None or any(m.start < hit.end() and hit.start() < m.end and not (
            m.kind == "touchpoint" and m.surface in w.catalog.measure_words) for m in w.mentions):
        return []
    shows = hit.re is SHOW_UP
    metric = "step_conversion" if shows else "drop_off_rate"
    if w.catalog.metric(metric) is None:
        return []
    named = {m.id for m in w.mentions if m.kind == "touchpoint" and (m.end <= hit.start() or m.start >= hit.end())}
    pairs: dict[tuple[str, str], list[str]] = {}
    for j in w.catalog.journeys:
        for before, step in zip(j.steps, j.steps[1:]):
            tp = w.catalog.touchpoint(step)
            if tp is not None and (any(ARRIVAL_STEP.search(n.lower()) for n in (tp.name, tp.name_zh, tp.name_en) if n)
                                   or _booked_then_held(w, before, step)):
                pairs.setdefault((before, step), []).append(j.id)
    said = {p: js for p, js in pairs.items() if named & set(p)}
    # ("the lesson no-show rate", "scan no-show rate": the word before it says whose no-shows; a pair whose steps'
    # names hold it, or none)
    before_word = re.search(r"([a-z][a-z\-]{2,})\s+$", w.text[:hit.start()])
    modifier = before_word.group(1) if before_word and before_word.group(1) not in NO_SHOW_FILLER else None
    if modifier and not said:
        said = {p: js for p, js in pairs.items() if any(
            modifier[:4] in n.lower() for t in p if (tp := w.catalog.touchpoint(t)) is not None
            for n in (tp.name, tp.name_zh, tp.name_en, t) if n)}
        if not said:
            return []
    if named and not said:
        return []  # ("the lesson no-show rate": of a step no arrival pair holds; its own outcomes say it)
    pairs = said or pairs
    if len(pairs) != 1:
        return []
    (before, step), journeys = next(iter(pairs.items()))
    a, b = hit.span()
    # (its words name nothing else: "rate" may be a step's alias; the steps are set with the measure, step_slots)
    w.mentions = [m for m in w.mentions if m.end <= a or m.start >= b]
    # (both rates are read from the step before the arrival: the show-up rate is the conversion from it into the
    # arrival step, in any journey holding the pair; the arrival step's own conversion would be out of it)
    w.no_show = (before, journeys[0] if shows or len(journeys) == 1 else None, step if shows else None)
    w.notes.append(("show_up" if shows else "no_show", {"rate": w.text[a:b], "before": build._tp_name(w.catalog, before, w.language),
                                "step": build._tp_name(w.catalog, step, w.language)}))
    return [Mention("metric", metric, None, a, b, w.text[a:b], 1.0)]


BOOKED_WORDS = re.compile(r"\b(?:booked|booking|scheduled|reserved|reservation|registered|sign[-\s]?up)\b|预约|预订|报名|排课|登记")


def _booked_then_held(w: Work, before: str, step: str) -> bool:
    """"Free consultation booked" then "Free consultation", "预约免费咨询" then "免费咨询": the step before is the booking of
    the very thing the next step holds (a no-show never reaches it)."""
    a, b = w.catalog.touchpoint(before), w.catalog.touchpoint(step)
    if a is None or b is None:
        return False
    for x, y in ((a.name_en, b.name_en), (a.name_zh, b.name_zh), (a.name, b.name)):
        if not x or not y or not BOOKED_WORDS.search(x.lower()):
            continue
        rest = re.sub(r"\s+", " ", BOOKED_WORDS.sub(" ", x.lower())).strip(" -")
        if rest and rest == re.sub(r"\s+", " ", y.lower()).strip():
            return True
    return False


CONVERSION_TAIL = re.compile(r"\s*(?:conversion rate|conversion|转化率|转化)$")


def _journey_conversions(w: Work) -> list[Mention]:
    """"trial-to-paid conversion" is linked whole (a step alias inside it must not split the journey's name);
    it names the journey and its conversion: two mentions."""
    out = []
    for m in w.mentions:
        tail = CONVERSION_TAIL.search(m.surface) if m.kind == "journey" else None
        j = w.catalog.journey(m.id) if tail is not None else None
        own = j is not None and any(re.search(r"conversion|转化", (n or "").lower()) for n in (j.name, j.name_zh, j.name_en))
        if own and tail is not None and tail.start() > 0 and re.search(r"(?:率|\brate)$", m.surface) and not any(
                re.search(r"(?:率|\brate)$", (n or "").lower()) for n in (j.name, j.name_zh, j.name_en)):
            own = False  # (the journey 办卡转化 asked as "办卡转化率": its conversion, the rate word beyond its name)
        if tail is None or tail.start() == 0 or own:  # "Sales conversion journey" is a name, not a conversion of it
            out.append(m)
            continue
        cut = m.start + tail.start()
        out.append(Mention("journey", m.id, m.dim, m.start, cut, w.text[m.start:cut], m.score))
        metric = "overall_conversion" if w.catalog.metric("overall_conversion") else "step_conversion"
        out.append(Mention("metric", metric, None, cut, m.end, w.text[cut:m.end], m.score))
    return out


AVERAGED = re.compile(r"(?:\baverage|\bavg\.?|\bmean|\bmedian)\s+((?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*)"
                      r"(?=\s*(?:\bin\b|\bfor\b|\bof\b|\bper\b|\bduring\b|\bacross\b|\bat\b|\bon\b|[,.?!(]|$))"
                      r"(\s*(?:,\s*)?in (?:minutes|km|kilometres|kilometers|hours|seconds|stars|kg|kilograms|kilos|litres|liters))?"
                      r"|平均([\u4e00-\u9fff]{2,6}?)(?=是|为|有|多少|几|的|在|最|比|高|低|看|来|算|排|[，。？、（(]|$)"
                      r"|平均(?:要|得|会)?([\u4e00-\u9fff]{0,2}?多(?:久|长时间))"  # "平均等多久": the time of that wait
                      # "首次回复时长的中位数": a column's median, the words before it
                      r"|([\u4e00-\u9fff]{2,8}?)(?:的)?中位数"
                      # ("how many minutes late was it on average": the unit and the word after it, averaged)
                      r"|\bhow (?:many|much)\s+((?:minutes|hours|days|seconds|km|kilometres|kilometers|kg|kilograms|kilos)"
                      r"\s+[a-z][a-z\-]+)\b(?=[^?.!]*\bon (?:average|avg)\b)")


TIME_WORD = re.compile(r"\b(?:time|duration|minutes|hours|seconds|how long)\b|时长|时间|用时|耗时|多久|分钟|小时")
FIRST_TIME_WORD = re.compile(r"^(?:first|initial|1st)[\s\-]+|^(?:首次|第一次|初次|首个)")


def _average_by_meaning(w: Work) -> list[Mention]:
    """"the average delivery time (in minutes)", "平均等待时间": a numeric column's average named in other words
    than the column's, matched by meaning (a guess, said); other names in those words yield to it."""
    if any(m.kind == "metric" and m.id.startswith(AVG_PREFIX) for m in w.mentions):
        return w.mentions
    from assistant.planner import crosslingual
    for g in AVERAGED.finditer(w.text):
        a, b = (g.start(1), g.end(2) if g.group(2) else g.end(1)) if g.group(1) else \
            g.span(3) if g.group(3) else g.span(4) if g.group(4) else g.span(5) if g.group(5) else g.span(6)
        if g.group(5):  # (the words right before 中位数, without the question's own words in front)
            lead = re.match(r"(?:.*?(?:按|看|算|的|里|中|在))?", g.group(5))
            a += lead.end() if lead and lead.end() < len(g.group(5)) - 1 else 0
        if g.group(1) and re.match(r"(?:before|after|between|from|until|since|when|while|during)\b", g.group(1)):
            continue  # ("wait on average before the scan": where the wait is, no measure named after 'average')
        phrase = w.text[a:b]
        if UNIT_ONLY.fullmatch(phrase.strip()):
            continue  # ("也是按小时的中位数": the unit a time is told in names no column)
        if any(m.kind == "touchpoint" and m.score >= 1.0 and m.start <= a and b <= m.end for m in w.mentions):
            continue  # ("做院内多导睡眠监测（PSG）平均要等最久": a step's own name is where, never the measure guessed)
        # (two steps in the words are the ends of a time between them; one only says where the column's time is)
        steps_in = len({m.id for m in w.mentions if m.kind == "touchpoint" and a <= m.start < b}) >= 2
        two_steps = len({m.id for m in w.mentions if m.kind == "touchpoint"}) >= 2 or bool(FROM_TO.search(w.text))
        if g.group(5) and (steps_in or FROM_TO.search(phrase) or (two_steps and TIME_WORD.search(phrase))):
            continue  # ("从寄件到取件中位数", "签到到上钟的等位时间中位数": the time between two steps, no column's median)
        if any(m.kind == "metric" and not (m.end <= a or m.start >= b) for m in w.mentions):
            continue  # "average amount": a measure the catalogue names already
        unit = re.search(r"\bin (minutes|km|kilometres|kilometers|hours|seconds|stars|mbps|ms|days|kg|kilograms|kilos)\b|"
                         r"(毫秒|分钟|公里|小时|秒|天|公斤|千克)", w.text[b:])
        said = phrase if g.group(2) or g.group(6) or not unit else f"{phrase} in {unit.group(1)}" if unit.group(1) else phrase + unit.group(2)
        mid = crosslingual.match_measure(said, w.catalog)  # "viewing time … in minutes" is watch_minutes
        bare = FIRST_TIME_WORD.sub("", said).strip()
        if mid is None and bare != said and bare:
            mid = crosslingual.match_measure(bare, w.catalog)  # ("first-reply time": the reply time of each case)
        # (nor when the question names two steps or a from … to: "从检票到登船排队时间的中位数" is the time between them)
        if mid is None and TIME_WORD.search(said) and not steps_in and not FROM_TO.search(phrase) and not two_steps:
            # ("回复时长": a time asked, the company's time columns compete among themselves)
            timed = [t.id[len(AVG_PREFIX):] for t in w.catalog.metrics
                     if t.id.startswith(AVG_PREFIX) and TIME_COLUMN.search(t.id[len(AVG_PREFIX):])]
            # ("平均提前几个小时": the unit said picks the columns kept in it, notice_hours over delay_min)
            kept_in = resolve.UNIT_COLUMNS.get(unit.group(1).rstrip("s") if unit and unit.group(1) else
                                               unit.group(2) if unit else "", ())
            in_unit = [c for c in timed if kept_in and any(re.search(rf"(?:^|_){u}s?(?:_|$)", c) for u in kept_in)]
            if kept_in and not in_unit:
                # ("也是按小时的中位数": no column kept in hours; one kept in days is another time, days_late)
                timed = [c for c in timed if not UNIT_IN_NAME.search(c)]
            timed = in_unit or timed
            mid = crosslingual.match_measure(said, w.catalog, among=timed) if timed else None
            if mid is None and len(in_unit) == 1:
                mid = AVG_PREFIX + in_unit[0]  # (the one time column kept in the unit said)
        if mid is None:
            continue
        # ("first bulk order size in kg" of order_kg, which the first bulk order and the reorders record): a step
        # named whole inside the words, recording the column, says whose records are averaged
        held = w.catalog.steps_recording(mid[len(AVG_PREFIX):]) if mid.startswith(AVG_PREFIX) else set()
        keep = [m for m in w.mentions if m.end <= a or m.start >= b or (
            m.kind == "touchpoint" and m.id in held and m.score >= 1.0 and a <= m.start and m.end <= b and
            m.end - m.start < b - a)]
        w.notes.append(("fuzzy", {"surface": phrase, "id": mid, "kind": "metric"}))
        return sorted(keep + [Mention("metric", mid, None, a, b, phrase, INFLECTED - 0.1)], key=lambda m: m.start)
    return w.mentions


def _step_inside_an_average(w: Work) -> list[Mention]:
    """"黄山玉屏索道游客平均排队多久" where 平均排队 names avg_wait_minutes and 排队 the step 排队候乘, one of the two steps
    that record wait_minutes (the group check-in records it too): the step said inside the measure's words says whose
    records are averaged — the queue's, not every wait recorded."""
    out = list(w.mentions)
    for m in w.mentions:
        if m.kind != "metric" or not m.id.startswith(AVG_PREFIX) or any(x.kind == "touchpoint" for x in out):
            continue
        held = w.catalog.steps_recording(m.id[len(AVG_PREFIX):])
        if len(held) < 2:
            continue
        inside = {e.id for e in w.catalog.gazetteer if e.kind == "touchpoint" and e.id in held and len(e.surface) >= 2
                  and e.surface in m.surface.lower() and e.surface != m.surface.lower()}
        if len(inside) == 1:
            tp = next(iter(inside))
            at = next(e.surface for e in w.catalog.gazetteer if e.kind == "touchpoint" and e.id == tp and
                      e.surface in m.surface.lower())
            a = m.start + m.surface.lower().find(at)
            out.append(Mention("touchpoint", tp, None, a, a + len(at), w.text[a:a + len(at)], INFLECTED))
    return sorted(out, key=lambda x: x.start)


# how many things one order holds, said with an average: "平均一单买几盒", "平均每单数量", "average number of kits per order"
# (a classifier of things after the number word: "每单平均多少钱" is money, never a quantity)
UNITS_PER_ORDER = re.compile(r"平均(?:每|一)(?:单|笔|个订单|张订单)(?:[\u4e00-\u9fff]{0,2}?)(?:几|多少)(?:个|件|盒|瓶|罐|包|份|套|支|袋|箱|本|张)|"
                             r"平均(?:每|一)(?:单|笔)(?:的)?(?:数量|件数|个数)|"
                             r"每(?:单|笔)平均(?:[\u4e00-\u9fff]{0,2}?)(?:几|多少)(?:个|件|盒|瓶|罐|包|份|套|支|袋|箱|本|张)|"
                             r"\baverage (?:number of [a-z\-]+|quantity|qty|units?|items?|basket size)(?: (?:bought|ordered|sold|purchased))? "
                             r"(?:per|in an?|in each|on each) order\b", re.I)
QUANTITY_COLUMN = re.compile(r"^(?:qty|quantity|quantities|units|unit_count|items|item_count|n_items|num_items|pieces|pcs|"
                             r"数量|件数)$", re.I)


def _units_per_order(w: Work) -> list[Mention]:
    """"平均一单买几盒", "average number of kits per order": the average of the one column that says how many things a
    row holds (quantity, qty, 数量), not a count of orders. Nothing changes when the data has no such column, or
    several, or a measure is named already."""
    g = UNITS_PER_ORDER.search(w.text)
    if g is None or any(m.kind == "metric" and m.id.startswith(AVG_PREFIX) and (m.end <= g.start() or m.start >= g.end())
                        for m in w.mentions):
        return w.mentions
    cols = [t.id[len(AVG_PREFIX):] for t in w.catalog.metrics
            if t.id.startswith(AVG_PREFIX) and QUANTITY_COLUMN.match(t.id[len(AVG_PREFIX):])]
    if len(cols) != 1:
        return w.mentions
    a, b = g.span()
    mid = AVG_PREFIX + cols[0]
    w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": mid, "kind": "metric"}))
    keep = [m for m in w.mentions if m.end <= a or m.start >= b or m.kind == "value"]
    keep = [m for m in keep if not (m.kind == "metric" and m.id in ("orders", "events", *intent.PEOPLE_METRICS))]
    return sorted(keep + [Mention("metric", mid, None, a, b, w.text[a:b], INFLECTED - 0.1)], key=lambda m: m.start)


# how many things were sold, in the things' own classifier or container word: "纯素泡菜卖了多少罐", "一共售出多少件",
# "how many jars did we sell", "units sold" (never money: "卖了多少钱")
UNITS_SOLD = re.compile(r"(?:卖|售|销售|出售|买|购买|订购|订)(?:了|出|掉)?(?:了)?(?:多少|几)(?:个|件|盒|瓶|罐|包|份|套|支|袋|箱|听)(?![钱元块])|"
                        r"\bhow many (?:[a-z\-]+\s+){0,2}?(?:units|items|pieces|jars|bottles|boxes|packs|packets|cans|"
                        r"cartons|bags|tins)\b(?=[^.?!;]{0,40}?\b(?:sold|sell|bought|buy|ordered|order|purchased)\b)|"
                        r"\b(?:number of |total )?(?:units|items|pieces|jars|bottles|boxes|packs) sold\b", re.I)


def _units_sold(w: Work) -> list[Mention]:
    """"纯素泡菜卖了多少罐", "how many jars did we sell in Q2": the total of the one column that says how many things a
    row holds (quantity, qty, 数量), not a count of orders; the column's word said again ("按件数") is how they are
    counted, no grouping. Nothing changes when the data has no such column, or several, or a measure is named."""
    g = UNITS_SOLD.search(w.text)
    if g is None or any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX)) for m in w.mentions) or \
            intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE):
        return w.mentions
    cols = [t.id[len("sum_"):] for t in w.catalog.metrics
            if t.id.startswith("sum_") and QUANTITY_COLUMN.match(t.id[len("sum_"):])]
    if len(cols) != 1:
        return w.mentions
    a, b = g.span()
    mid = "sum_" + cols[0]
    w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": mid, "kind": "metric"}))
    keep = [m for m in w.mentions if (m.end <= a or m.start >= b or m.kind == "value") and not (
        m.kind == "metric" and m.id in ("orders", "events", *intent.PEOPLE_METRICS)) and not (
        m.kind == "dimension" and m.id == cols[0])]
    return sorted(keep + [Mention("metric", mid, None, a, b, w.text[a:b], INFLECTED - 0.1)], key=lambda m: m.start)


# "how many volunteer hours were logged", "一共跑了多少公里": an amount in a unit, which a column kept in that unit adds up
UNIT_TOTAL = re.compile(r"\bhow many\s+(?:[a-z\-]+\s+){0,3}?(?P<en>hours|minutes|kilometres|kilometers|km|kms|miles|kg|"
                        r"kilograms|kilos|kwh)\b|(?:多少|几)个?(?P<zh>小时|分钟|公里|公斤|千克|度电)")
UNIT_KEY = {"hours": "小时", "minutes": "分钟", "kilometres": "公里", "kilometers": "公里", "km": "公里", "kms": "公里",
            "kg": "公斤", "kilograms": "公斤", "kilos": "公斤", "kwh": "度", "度电": "度"}


# two steps said as the ends of a time ("hours between the report and the fix", "从报修到上门几小时"); two steps said
# otherwise ("kilograms collected for destruction") only say which work was done
TWO_STEPS_APART = re.compile(r"\b(?:between|after|before|until|till|since|from)\b|从|到|至|之间|之后|以后|→|->", re.I)


def _amount_in_a_unit(w: Work) -> list[Mention]:
    """"How many volunteer hours were logged in Q2", "2025年一共服务了多少小时": the total of the one column kept in
    that unit (shift_hours), not a count of events; an average, a median or a time between two steps is not this."""
    g = UNIT_TOTAL.search(w.text)
    if g is None or intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) or MEDIAN_ASKED.search(w.text) or \
            FROM_TO.search(w.text) or re.search(r"\bper\b|每(?:个|位|次|单|人)", w.text) or \
            (len({m.id for m in w.mentions if m.kind == "touchpoint"}) >= 2 and TWO_STEPS_APART.search(w.text)) or \
            any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX)) for m in w.mentions):
        return w.mentions
    unit = g.group("en") or g.group("zh")
    words = resolve.UNIT_COLUMNS.get(UNIT_KEY.get(unit.lower(), unit), ())
    cols = [m.id[4:] for m in w.catalog.metrics if m.id.startswith("sum_") and any(
        p == x or (len(x) > 3 and p.startswith(x)) for p in re.split(r"[_\s]+", m.id[4:].lower()) for x in words)]
    if len(cols) > 1:
        from assistant.planner import crosslingual
        one = crosslingual.match_measure(w.text[:g.end()], w.catalog, among=cols, prefix="sum_")
        cols = [one[4:]] if one else []
    if len(cols) != 1:
        return w.mentions
    a, b = g.span("en") if g.group("en") else g.span("zh")
    w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": "sum_" + cols[0], "kind": "metric"}))
    keep = [m for m in w.mentions if not (m.kind == "metric" and m.id in ("events", *intent.PEOPLE_METRICS))]
    return sorted(keep + [Mention("metric", "sum_" + cols[0], None, a, b, w.text[a:b], INFLECTED - 0.1)],
                  key=lambda m: m.start)


# "把每周排班记录里的迟到次数加起来", "迟到次数的总和", "罚款金额合计": a column's numbers added up, said in Chinese
ADDED_UP_ZH = re.compile(r"([\u4e00-\u9fff]{2,14}?)(?:加起来|加总|相加|的总和|总和|合计)")


def _column_total_said_zh(w: Work) -> list[Mention]:
    """"上周保洁员一共迟到了多少次？（把每周排班记录里的迟到次数加起来）": the numbers of the one column the words before
    "加起来" name (late_arrivals, by meaning, read from the end of the phrase), added up — not a count of rows."""
    g = ADDED_UP_ZH.search(w.text)
    if g is None:
        return w.mentions
    if any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX)) for m in w.mentions):
        w.blocked_spans.append((g.end(1), g.end()))  # (the column named already: 加总 says it is added up, no name)
        return w.mentions
    phrase = g.group(1)
    # (the column's own Chinese name ending the words, "按每次飞行的人数加总" of pax (人数), before any guess by meaning)
    own = [t.id for t in w.catalog.metrics if t.id.startswith("sum_") and any(
        phrase.endswith(al[:-2]) for al in t.aliases.get("zh", ()) if al.endswith(("合计", "总计")) and len(al) >= 4)]
    col = own[0] if len(own) == 1 else \
        ratio_def._column_said_zh(w, [phrase[-k:] for k in range(2, len(phrase) + 1)])
    if col is None:
        return w.mentions
    a, b = g.start(1) + max(0, len(phrase) - 4), g.end()
    w.notes.append(("fuzzy", {"surface": g.group(0), "id": col, "kind": "metric"}))
    w.blocked_spans.append((g.start(), g.end()))
    keep = [m for m in w.mentions if not (m.kind == "metric" and m.id in ("events", *intent.PEOPLE_METRICS)) and
            not (m.start < g.end() and g.start() < m.end)]
    return sorted(keep + [Mention("metric", col, None, a, b, w.text[a:b], INFLECTED - 0.1)], key=lambda m: m.start)


HOW_MANY_NOUN = re.compile(r"\bhow many\s+(?P<noun>(?:[a-z\-]+\s+){0,2}?[a-z\-]+s)\b")


def _column_total_counted(w: Work) -> list[Mention]:
    """"How many night rounds did Shenzhen guards miss in total across the weekly patrol logs?": the things counted
    are recorded as a number in a column (night_rounds_missed): its total, not a count of rows. The noun counted
    must be words of the column's name, and the column's other words said in the same clause ("miss"); one column
    only, and not when an average, a median or a share is asked."""
    g = HOW_MANY_NOUN.search(w.text)
    if g is None or intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) or MEDIAN_ASKED.search(w.text) or \
            intent.share_asked(w.text) or any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX))
                                              for m in w.mentions):
        return w.mentions
    def stem(x: str) -> str:
        return re.sub(r"(?:ed|ing|(?<=ss)es|(?<!s)s)$", "", x)[:4]
    noun = {stem(x) for x in g.group("noun").split()}
    clause = re.split(r"[?.!;,]", w.text[g.start():], maxsplit=1)[0]
    said = {stem(x) for x in re.findall(r"[a-z]{3,}", clause)}
    cols = []
    for m in w.catalog.metrics:
        if not m.id.startswith("sum_"):
            continue
        words = {stem(x) for x in m.id[4:].lower().split("_") if x}
        if len(words) >= 2 and noun <= words and words <= said and stem(g.group("noun").split()[-1]) in words:
            cols.append(m.id)
    if len(cols) != 1:
        return w.mentions
    a, b = g.span("noun")
    w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": cols[0], "kind": "metric"}))
    keep = [m for m in w.mentions if not (m.kind == "metric" and m.id in ("events", *intent.PEOPLE_METRICS)) and
            not (m.start < b and a < m.end and m.kind in ("touchpoint", "metric"))]
    return sorted(keep + [Mention("metric", cols[0], None, a, b, w.text[a:b], INFLECTED - 0.1)], key=lambda m: m.start)


UNITS_COUNTED_ZH = re.compile(r"(?:多少|几)(?:个|单|笔|次|条|人|位|件|份|张|家|名)(?![\u4e00-\u9fff]{0,2}(?:钱|元|块))")
# a kind of money said in Chinese ("加急费", "押金", "尾款"): a fee, deposit or payment noun
CJK_MONEY_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])(?:费|金|款)(?!用户|率)")


def _money_column_by_meaning(w: Work) -> list[Mention]:
    """"去年下半年加急费一共收了多少" of a company's rush_fee column: a money column named in the other script than its
    own, matched by meaning among the money columns only (a guess, said). Nothing clear, nothing named: the words
    stay unknown for the coverage check to report, never revenue in their place."""
    if not CJK.search(w.text) or any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX)) for m in w.mentions) \
            or UNITS_COUNTED_ZH.search(w.text) or not (MONEY_ASKED.search(w.text) or SUM_ASKED.search(w.text)):
        return w.mentions  # ("一共下了多少单？…退款的也算", "高峰时段的占多少": rows counted, no money asked)
    money = [m.id[4:] for m in w.catalog.metrics if m.id.startswith("sum_") and m.unit == "currency"
             and not CJK.search(m.id)]
    if not money:
        return w.mentions
    from assistant.planner import crosslingual
    for g in CJK_MONEY_NOUN.finditer(w.text):
        b, found = g.end(), None
        if timeparse.in_inclusion(w.text, g.start(), b) or COUNTED_CLAUSE.search(timeparse._clause(w.text, g.start(), b)):
            continue  # ("后来取消或退款的也算", "不算退款的": what else is counted or left out, no measure)
        # (the noun's own words only: "下半年加急费" is 加急费, the words before it may be a period or a verb)
        for a in range(b - 2, max(b - 6, -1), -1):
            if not CJK.fullmatch(w.text[a]) or any(m.start < b and a < m.end for m in w.mentions) or \
                    any(x < b and a < y for x, y in (*w.blocked_spans, *w.time_spans)):
                break
            mid = crosslingual.match_measure(w.text[a:b], w.catalog, among=money, prefix="sum_",
                                             floor=crosslingual.MEASURE_SURE)
            found = (mid, a) if mid is not None else found  # (the longest words that still name it)
        if found is not None:
            a = found[1]
            w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": found[0], "kind": "metric"}))
            return sorted(w.mentions + [Mention("metric", found[0], None, a, b, w.text[a:b], INFLECTED - 0.1)],
                          key=lambda m: m.start)
    return w.mentions


# money the company paid out, said with its verb ("一共赔出去多少钱", "退了客户多少钱", "how much did we pay out")
PAID_OUT = re.compile(r"(?:赔|补偿|退还?|返还|垫付|报销|赔付)(?:出去|出|给客户|了客户|了|给)?[\u4e00-\u9fff]{0,3}?多少(?:钱|元|块)|"
                      r"\bhow much\b[^?.;]{0,40}?\b(?:pa(?:y|id) out|compensat\w*|reimburs\w*)", re.I)


def _money_paid_out_in_a_journey(w: Work) -> list[Mention]:
    """"2025年破损理赔一共赔出去多少钱" where the claim journey's steps record claim_cny: money paid out, said with its
    verb, of a journey (or step) named whose steps record exactly one money column, is that column's total — never the
    orders' revenue, which is money taken in."""
    if any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX, "median_")) for m in w.mentions) or \
            not PAID_OUT.search(w.text):
        return w.mentions
    steps = {s for m in w.mentions if m.kind == "journey" for j in w.catalog.journeys if j.id == m.id for s in j.steps}
    steps |= {m.id for m in w.mentions if m.kind == "touchpoint"}
    if not steps:
        return w.mentions
    money = [m.id for m in w.catalog.metrics if m.id.startswith("sum_") and m.unit == "currency"
             and w.catalog.steps_recording(m.id[4:]) & steps]
    if len(money) != 1:
        return w.mentions
    hit = PAID_OUT.search(w.text)
    w.notes.append(("fuzzy", {"surface": hit.group(0), "id": money[0], "kind": "metric"}))
    return sorted([m for m in w.mentions if not (m.kind == "metric" and m.start < hit.end() and hit.start() < m.end)]
                  + [Mention("metric", money[0], None, hit.start(), hit.end(), hit.group(0), INFLECTED - 0.1)],
                  key=lambda m: m.start)


def _how_much_of_a_money_column(w: Work) -> list[Mention]:
    """"How much discount did coupon LIUYI61 give away?", "how much in deposits": "how much" before the head word of
    exactly one money column (discount_amount) asks that column's total (its average when an average is said) —
    never a count of the rows or the orders' revenue (a guess, said)."""
    if w.language != "en" or any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX, "median_"))
                                 for m in w.mentions):
        return w.mentions
    money = [m.id[4:] for m in w.catalog.metrics if m.id.startswith("sum_") and m.unit == "currency"]
    for hit in re.finditer(r"\bhow much\s+(?:in\s+|of\s+(?:the|our)\s+)?([a-z]{4,})\b", w.text):
        a, b = hit.span(1)
        word = re.sub(r"(?<=[a-z]{3})s$", "", hit.group(1))
        cols = [c for c in money if word in c.lower().split("_")]
        if len(cols) != 1 or any(m.start < b and a < m.end and m.kind != "metric" for m in w.mentions):
            continue
        average = intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE)
        mid = (AVG_PREFIX if average and w.catalog.metric(AVG_PREFIX + cols[0]) else "sum_") + cols[0]
        if w.catalog.metric(mid) is None:
            continue
        w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": mid, "kind": "metric"}))
        keep = [m for m in w.mentions if not (m.kind == "metric" and m.start < b and a < m.end)]
        return sorted(keep + [Mention("metric", mid, None, a, b, w.text[a:b], INFLECTED - 0.1)], key=lambda m: m.start)
    return w.mentions


MONEY_COLUMN = re.compile(r"(?:^|_)(?:amount|value|price|fee|cost|spend|balance|premium|fare|income|loan)(?:_|$)")


TIME_BASIS = re.compile(r"按(?:照)?[\u4e00-\u9fff]{1,6}?(?:时间|日期)(?:算|计|统计)?|按(?:照)?[\u4e00-\u9fff]{1,4}?时(?=[是不有的])|"
                        r"\(?\b(?:by|based on|using)\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?:date|time|timestamp)\)?")


# how each row is counted, said after the question ("count per quote, i.e. per transfer id", "按每笔报价（汇款单号）算"):
# the unit counted, never a grouping by the id column or a slice
COUNTED_PER = re.compile(r"(?:^|(?<=[.?!;]))\s*(?:counted\s+|count\s+)?per\s+(?:each\s+|every\s+)?[a-z\-]+(?:\s+(?:id|case))?"
                         r"(?=\s*(?:[.?!;]|$))|"  # ("… needed a re-spray? Per job.": the unit, said on its own)
                         # ("2025 funnel, per customer, split by …": the unit, set apart by commas)
                         r"(?<=,)\s*per\s+(?:each\s+)?[a-z\-]+(?=\s*[,.;?!])|"
                         # ("the highest failure rate per attempt": the unit a rate is counted in, right after it)
                         r"(?<=\brate)\s+per\s+(?:each\s+)?[a-z\-]+(?=\s*(?:[,.;?!]|$|\bin\b|\bfor\b|\bover\b))|"

                         r"\b(?:count(?:ed|ing)?|computed|calculated|measured)\s+(?:per|by)\s+(?:each\s+|every\s+|a\s+)?"
                         r"[a-z\-]+(?:\s+(?:id|ids|number|no\.?))?\b|\bi\.e\.,?\s+per\s+(?:[a-z\-]+\s+)?[a-z\-]+\b|"
                         # "count each fan x festival once", "per fan per festival": a pair counted once is the unit
                         r"\bcount(?:ing|ed)?\s+each\s+[a-z\-]+\s*(?:x|×|\*|and|per|-)\s*[a-z\-]+\s+once\b|"
                         r"\bper\s+(?:person|fan|customer|user|member|visitor|guest|owner|patient|family|student)\s+"
                         r"(?:per|and)\s+[a-z\-]+\b|"
                         r"按(?:照)?每(?:一)?[笔单次张份件][\u4e00-\u9fff]{0,6}(?:[（(][^）)]{1,16}[）)])?(?:来)?(?:算|计|统计|计算)|"
                         # "按每人每场音乐节算": each person once per festival
                         r"按(?:照)?每(?:一)?(?:个)?(?:人|位)(?:每(?:一)?[场次个家辆台位][\u4e00-\u9fff]{0,6}?)?(?:来)?(?:算|计|统计|计算)",
                         re.I)
# ("median days per lease.", "按工单算": a case unit closing the clause is how cases are counted; it names no column to
# group by — lease_id, 工单类别 — though its word may still name the rows, "adults per booking")
UNIT_CLOSING = re.compile(rf"\bper\s+(?:each\s+|every\s+)?{build.CASE_UNITS_EN}s?(?=\s*(?:[.,;?!)]|$))|"
                          r"按(?:照)?(?:每)?(?:一)?(?:笔|张|个|场|件)?(?:订单|预约单|预订单|行程|单子|工单|项目|场次|案件|保单|单|趟|票)"
                          r"(?:来)?(?:算|计|统计)|"
                          # ("按签约合同数算", "按报修次数算": a count of things is how they are counted, no column of them)
                          r"按(?:照)?[\u4e00-\u9fff]{1,6}?(?:数|次数|个数|单数)(?:来)?(?:算|计|统计)", re.I)
# "bought a ticket for that festival", "同一场音乐节": the case's own column matched, said after the step counted;
# no grouping by it
OURS = re.compile(r"(?:我们|咱们|我司)的?$")
SAME_UNIT = re.compile(r"\b(?:for|at|in|to|of|on)\s+(?:that|the same|that same|this same)\s+$|(?:同一|同)(?:个|场|家|次|辆|台)?$")


ALL_OF = re.compile(r"(?:所有|全部|各个|\ball(?: (?:the|our))?|\bevery)\s*$")


def _all_of_a_column(w: Work) -> list[Mention]:
    """"所有前置仓加起来", "all warehouses combined": a word naming a column (and also a step) after "all" asks
    for the total over the column's values: no step, no slice, no grouping."""
    if not SUM_ASKED.search(w.text):
        return w.mentions  # "reach for every touchpoint": each of them, not their total
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "dimension" and ALL_OF.search(w.text[:m.start])
             and m.id not in ("touchpoint", "stage")}
    if not spans:
        return w.mentions
    w.blocked_spans += sorted(spans)
    return [m for m in w.mentions if (m.start, m.end) not in spans]


def _grouped_step_split(w: Work) -> list[Mention]:
    """"哪个前置仓拣货最快": after a grouping word, a step name that is a column's word plus the step's own
    shorter name (前置仓 + 拣货) is the column grouped by and the step, not one step."""
    out = []
    for m in w.mentions:
        if m.kind == "touchpoint" and CJK.search(m.surface) and resolve.grouping_before(w.text, m.start):
            split = None
            for e in w.catalog.gazetteer:
                if e.kind == "dimension" and len(e.surface) < len(m.surface) and m.surface.startswith(e.surface):
                    rest = m.surface[len(e.surface):]
                    if any(x.kind == "touchpoint" and x.id == m.id and x.surface == rest for x in w.catalog.gazetteer):
                        split = e
                        break
            if split is not None:
                cut = m.start + len(split.surface)
                out += [Mention("dimension", split.id, None, m.start, cut, split.surface, 1.0),
                        Mention("touchpoint", m.id, None, cut, m.end, m.surface[len(split.surface):], 1.0)]
                continue
        out.append(m)
    return out


# words that ask how long something takes (an "average" alone may be of a fee or a rating)
DURATION_ASKED = re.compile(r"\b(?:how long|slowest|fastest|quickest|longest|shortest|slower|faster|quicker|minutes|hours|"
                            r"(?:average|avg|mean) (?:[a-z\-]+ )?time)\b|多久|多长时间|几分钟|多少分钟|多少小时|最快|最慢|更快|更慢|"
                            r"时长|用时|耗时|最久|最长时间|时间最[长短]|[得了](?:最|更|比较)?久")
UNIT_ONLY = re.compile(r"(?:按|以|用)?(?:小时|分钟|天数?|秒|周|hours?|minutes?|mins?|days?|seconds?|weeks?)(?:数|计)?", re.I)
UNIT_IN_NAME = re.compile(r"(?:^|_)(?:minutes?|mins?|hours?|hrs?|secs?|seconds?|days?)(?:_|$)")
TIME_COLUMN = re.compile(r"(?:^|_)(?:minutes?|mins?|hours?|hrs?|secs?|seconds?|days?|duration)(?:_|$)")


VERB_COMPLEMENT_AFTER = re.compile(r"[得了着过](?:最|多|更|太|很|比较|了)?(?:久|长|多久|多长|慢|快)")


def _duration_word(w: Work, cols: list[str]) -> list[Mention]:
    """"how long did walk-in customers wait", "排队等了多久": the word of the one time column whose name says what
    is timed ("wait" of wait_minutes, 等待 glossed "wait"), said in the question outside every name: that column's
    average (a guess, said). Nothing when no column or several match."""
    from assistant.planner.glosses import gloss_words
    taken = [(m.start, m.end) for m in w.mentions] + w.time_spans
    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)
    words = {m.group(0)[:4]: m.span() for m in re.finditer(r"[a-z]{4,}", w.text) if free(*m.span())}
    if CJK.search(w.text):
        for i in range(len(w.text) - 1):
            two = w.text[i:i + 2]
            if CJK.fullmatch(two[0]) and CJK.fullmatch(two[1]) and free(i, i + 2):
                for g in gloss_words(two):
                    words.setdefault(g[:4], (i, i + 2))
        # a one-character verb with its complement ("等得最久", "等了多久"): the verb's own gloss
        for v in re.finditer(r"([\u4e00-\u9fff])(?=[得了着过])", w.text):
            if free(v.start(), v.end()) and VERB_COMPLEMENT_AFTER.match(w.text, v.end()):
                for g in gloss_words(v.group(1)):
                    words.setdefault(g[:4], v.span())
        # ("平均要等最久", "等多久": the verb right before how long)
        for v in re.finditer(r"([\u4e00-\u9fff])(?=(?:最|多|更)(?:久|长))", w.text):
            if free(v.start(), v.end()):
                for g in gloss_words(v.group(1)):
                    words.setdefault(g[:4], v.span())
    hits = {}
    for c in cols:
        # ("time" of time_used_min names no column: 时间 and "time" are said of any duration)
        for part in (p for p in c.lower().split("_") if len(p) >= 4 and not TIME_COLUMN.fullmatch("_" + p)
                     and p not in ("time", "times", "date", "period")):
            if part[:4] in words:
                hits[c] = words[part[:4]]
    if len(hits) != 1:
        return w.mentions
    (col, (a, b)), = hits.items()
    w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": AVG_PREFIX + col, "kind": "metric"}))
    # ("how long": the time of that column, not the time between two steps)
    keep = [m for m in w.mentions if not (m.kind == "metric" and m.id in ("mean_time_to_convert", "median_time_to_convert"))]
    return sorted(keep + [Mention("metric", AVG_PREFIX + col, None, a, b, w.text[a:b], INFLECTED - 0.1)],
                  key=lambda m: m.start)


WAIT_SAID = re.compile(r"\bwait(?:s|ed|ing)?\b|要等|等了|等(?:多久|几天|多长|最久|最长|得最久)|等待|"
                       # ("乘客在站点平均等车多久", "等位要几分钟"): the wait said with what is waited for
                       r"等[\u4e00-\u9fff]{1,2}(?:多久|多长时间|几分钟|多少分钟|几个?小时|多少小时|几天|最久)")


def _step_durations(w: Work) -> list[Mention]:
    """"the slowest average delivery", "哪个前置仓拣货最快（平均拣货时长）": how long a step takes, asked where the
    data keeps that time per row (delivery_minutes, picking_minutes): the step's word names the column's average,
    the one time column whose name shares a word with the step's (a guess, said). Of several steps named, the
    one nearest after the duration word ("average … delivery"); the step's other mentions go with it."""
    cue = DURATION_ASKED.search(w.text)
    if not cue or any(m.kind == "metric" and m.id.startswith(AVG_PREFIX) for m in w.mentions):
        return w.mentions
    cols = [t.id[len(AVG_PREFIX):] for t in w.catalog.metrics
            if t.id.startswith(AVG_PREFIX) and TIME_COLUMN.search(t.id[len(AVG_PREFIX):])]
    if not cols:
        return w.mentions
    waits = [c for c in cols if re.search(r"(?:^|_)wait", c)]
    if len(waits) == 1 and WAIT_SAID.search(w.text):
        # ("哪家诊所做院内多导睡眠监测平均要等最久": the wait asked, wait_days, not the step's other time, its sleep minutes)
        cols = waits
    cands = []
    if cols == waits and len(waits) == 1 and WAIT_SAID.search(w.text):
        # ("乘客在站点平均等车多久" where the hop-on step's rows carry wait_min: the wait at the step that records it,
        # whatever its name shares with the column's)
        at = [m for m in w.mentions if m.kind == "touchpoint" and m.id in w.catalog.steps_recording(waits[0])]
        said = WAIT_SAID.search(w.text)
        a, b = said.span()
        inside = [m for m in at if m.start < b and a < m.end]
        if len({m.id for m in at}) == 1 and inside:
            # ("站点平均等车多久": the wait word is the step's own name, 等车 of hop-on: the step read as its wait; a
            # wait word of its own, "从签到到开始输液平均干等了多少分钟", is read by its word below, the steps kept)
            cands.append((True, 0, inside[0], waits[0]))
    for m in w.mentions if not cands else ():
        if m.kind == "touchpoint":
            stems = {x[:5] for x in _touchpoint_words(w.catalog, m.id) if len(x) >= 5}
            hits = [c for c in cols if stems & {p[:5] for p in c.split("_") if len(p) >= 5}]
            if len(hits) == 1:
                cands.append((m.start < cue.start(), abs(m.start - cue.end()), m, hits[0]))
    if not cands:
        return _duration_word(w, cols)
    _before, _dist, step, col = min(cands, key=lambda c: (c[0], c[1]))
    w.notes.append(("fuzzy", {"surface": step.surface, "id": AVG_PREFIX + col, "kind": "metric"}))
    out = [m for m in w.mentions if not (m.kind == "touchpoint" and m.id == step.id)]
    out.append(Mention("metric", AVG_PREFIX + col, None, step.start, step.end, step.surface, INFLECTED - 0.1))
    return sorted(out, key=lambda m: m.start)


# "那周一共", "这周一起", "当周一次": a week said, then a count word starting with 一 — no Monday (as timerules reads
# "这周一共"); the characters that follow 一 there
WEEK_THEN_ONE = re.compile(r"(?:那|这|本|该|此|当|上|下|同|整)(?:一)?(?:个)?$")
ONE_WORD_AFTER = re.compile(r"[共起样直定些般致切半次个天单笔位人名条批件场辆台份]")


JOURNEY_SAID_ZH = re.compile(r"([A-Za-z0-9\u4e00-\u9fff]{3,12}?)(?:这条|这个)?(?:旅程|流程|漏斗|链路)")


def _value_of_the_column_said_with_it(w: Work) -> list[Mention]:
    """"OW课程" where ow is a value of course (events) and of cert_level_at_signup (customers): a value two columns
    hold, said right beside the word of one of them, is that column's."""
    out = list(w.mentions)
    for m in [m for m in w.mentions if m.kind == "value" and m.dim]:
        twins = {x.dim for x in w.mentions if x.kind == "value" and (x.start, x.end) == (m.start, m.end) and x.dim}
        if len(twins) < 2:
            continue
        said = {x.id for x in w.mentions if x.kind == "dimension" and x.id in twins and (
            0 <= x.start - m.end <= 1 and not w.text[m.end:x.start].strip() or
            0 <= m.start - x.end <= 2 and re.fullmatch(r"\s*(?:的|=|:|：|is)?\s*", w.text[x.end:m.start]))}
        if len(said) == 1 and m.dim not in said:
            out = [x for x in out if x is not m]
    for col in [x for x in out if x.kind == "dimension" and x.id not in ("touchpoint", "stage", "action")]:
        # ("black-tier members", "gold tier": an everyday word said right before its column's name is that column's
        # value, the word alone links nothing)
        word = re.search(r"([a-z][a-z']*)[\s\-]$", w.text[:col.start])
        if word is None or any(x.start < col.start and x.end > word.start(1) for x in out if x is not col):
            continue
        held = [str(v) for v in w.catalog.dimension_values.get(col.id, ()) if str(v).lower() == word.group(1)]
        if len(held) == 1:
            out = [x for x in out if x is not col]
            out.append(Mention("value", held[0], col.id, word.start(1), col.end, w.text[word.start(1):col.end], 1.0))
    for m in [m for m in out if m.kind == "value" and m.dim and re.fullmatch(r"[A-Za-z]{2,4}", m.surface)]:
        # ("OW课程" where course holds open_water and OW is also a cert level: the column said right after the
        # letters holds the value they are the initials of)
        col = next((x for x in out if x.kind == "dimension" and 0 <= x.start - m.end <= 1
                    and not w.text[m.end:x.start].strip()), None)
        if col is None or any(x.kind == "value" and x.dim == col.id and (x.start, x.end) == (m.start, m.end) for x in out):
            continue
        initials = [str(v) for v in w.catalog.dimension_values.get(col.id, ())
                    if len(parts := [p for p in re.split(r"[_\s\-]+", str(v).lower()) if p]) >= 2
                    and "".join(p[0] for p in parts) == m.surface.lower()]
        if len(initials) == 1:
            out = [x for x in out if not (x.kind == "value" and (x.start, x.end) == (m.start, m.end))]
            out.append(Mention("value", initials[0], col.id, m.start, m.end, m.surface, INFLECTED - 0.05))
            out = [x for x in out if not (col.start <= x.start and x.end <= col.end)]
            w.blocked_spans.append((col.start, col.end))  # (the column's word said the value's column: no slice)
    return sorted(out, key=lambda x: x.start)


def _journey_said_in_part_zh(w: Work) -> list[Mention]:
    """"OW考证旅程" of the journey OW开放水域考证: words before a journey word that start like exactly one journey's
    Chinese name and whose every character comes in that name in order (its head and its tail said, the middle left
    out) are that journey; what else the words named inside yields to it."""
    if any(m.kind == "journey" for m in w.mentions):
        return w.mentions
    out = w.mentions
    for g in JOURNEY_SAID_ZH.finditer(w.text):
        said = g.group(1).lower()
        for k in range(len(said) - 2):  # (the journey's words may start after other words: "按人算OW考证旅程")
            part = said[k:]
            hits = {j.id for j in w.catalog.journeys for n in (j.name, j.name_zh) if n and CJK.search(n)
                    and n.lower()[0] == part[0] and len(part) >= 3 and _in_order(part, n.lower())}
            if len(hits) == 1:
                a, b = g.start(1) + k, g.end(1)
                out = [m for m in out if not (a <= m.start and m.end <= b)]
                out.append(Mention("journey", hits.pop(), None, a, b, w.text[a:b], INFLECTED - 0.05))
                break
    return sorted(out, key=lambda m: m.start)


def _in_order(part: str, name: str) -> bool:
    """Are the characters of `part` all in `name`, in that order?"""
    it = iter(name)
    return all(ch in it for ch in part)


def _two_steps_said_as_one_name(w: Work) -> list[Mention]:
    """"从预约缴费到真正做上检查" where 预约 and 缴费 each name a step (预约挂号, 挂号缴费) and 影像预约缴费 is a step: two step
    words said side by side that together are part of exactly one other step's Chinese name are that step."""
    steps = sorted((m for m in w.mentions if m.kind == "touchpoint" and CJK.search(m.surface)), key=lambda m: m.start)
    out = list(w.mentions)
    for a, b in zip(steps, steps[1:]):
        if a.end != b.start or a.id == b.id or a not in out or b not in out:
            continue
        joined = a.surface + b.surface
        hits = {t.id for t in w.catalog.touchpoints for n in (t.name, t.name_zh, *t.aliases)
                if n and joined in n and t.id not in (a.id, b.id)}
        if len(hits) != 1:
            continue
        # (both words' own steps yield to it, wherever else they are said the words stay theirs)
        out = [m for m in out if (m.start, m.end) not in ((a.start, a.end), (b.start, b.end))]
        out.append(Mention("touchpoint", hits.pop(), None, a.start, b.end, joined, min(a.score, b.score)))
    return sorted(out, key=lambda m: m.start)


def _day_of_a_date(w: Work, m: Mention) -> bool:
    """"2月8日（周一）到2月14日（周日）": a day's name right after a date says which day the date is, no slice."""
    if m.kind != "value" or m.dim != "day_name":
        return False
    if m.surface in ("周一", "星期一", "礼拜一") and WEEK_THEN_ONE.search(w.text[:m.start]) and \
            ONE_WORD_AFTER.match(w.text, m.end):
        return True  # ("2025年3月10号到16号那周一共搬了多少台琴": that week, 一共 — no Monday)
    j = m.start
    while j > 0 and w.text[j - 1] in " （(,，":
        j -= 1
    # (a day's date: "2月8日（周一）", "Feb 8 (Mon)"; "2025年周一到周四" names days of a year)
    dated = j > 0 and (w.text[j - 1] in "日号)" or w.text[j - 1].isdigit() or "（" in w.text[j:m.start]
                       or "(" in w.text[j:m.start])
    return dated and any(b == j for _a, b in w.time_spans)


SUM_ASKED = re.compile(r"\b(?:in total|total|sum(?: of)?|add(?:ed)? up|altogether|combined)\b|合计|总计|加起来|共计|总额|总和|一共|总共")
# a count word right before a noun ("how many tickets", "多少张票", "多少笔申请"): the noun is what is counted
COUNT_BEFORE = re.compile(r"(?:\bhow many|\bnumber of|\bcount of)\s+(?:(?:the|our|all|of the|of our)\s+)*$|"
                          r"(?:多少|几)[个笔单件次位名条份家辆张台]?$")


BUILT_IN_ROWS = ("orders", "events", "feedback", "customers")
# a money noun said of a column ("fee income", "takings from tips", "小费收入"): money, so a total
MONEY_NOUN = re.compile(r"\b(?:income|revenue|takings|earnings|proceeds)\b|收入|营收|进账|多少钱", re.I)


# "which entry time slot got the most reservations": the words ranked, up to the verb after them
WHICH_PHRASE = re.compile(r"\bwhich\s+((?:[a-z][a-z\-]*\s+){0,3}?([a-z][a-z\-]*))\s+(?:got|gets|get|had|has|have|is|was|"
                          r"were|are|did|does|do|brought|brings|made|makes|sold|sells|saw|sees|drew|draws|received|"
                          r"receives|generated|generates|earned|earns|took|takes|led|leads)\b")


def _which_head_column(w: Work) -> list[Mention]:
    """"Which entry time slot got the most reservations?" where the step "Time slot reserved" takes "time slot" and
    the data has a slot column: the head word of the words ranked names the column ranked by; the step words in
    front of it only describe it (one column whose name is the head word; none when a column is named there)."""
    m = WHICH_PHRASE.search(w.text)
    if m is None:
        zh = re.search(r"哪(?:个|一个|家|种|类|些|位|名|所|座|台|款)", w.text)
        ranked = [x for x in w.mentions if zh and x.kind == "dimension" and x.start == zh.end()]
        if zh and not ranked:
            # ("哪位老师推荐来的签约最多" where 老师推荐 is a channel value and 推荐老师 a column: the word right after
            # 哪位 is what is ranked, a column's word, though a longer value starts there)
            heads = sorted({(e.surface, e.id) for e in w.catalog.gazetteer if e.kind == "dimension"
                            and CJK.search(e.surface) and w.text.startswith(e.surface, zh.end())}, key=lambda x: -len(x[0]))
            over = [x for x in w.mentions if x.kind == "value" and x.start == zh.end()]
            if heads and over and all(len(x.surface) > len(heads[0][0]) for x in over):
                surface, dim = heads[0]
                ranked = [Mention("dimension", dim, None, zh.end(), zh.end() + len(surface), surface, 1.0)]
                w.mentions = [x for x in w.mentions if x not in over] + ranked
                w.blocked_spans += [(x.start, x.end) for x in over]
        if ranked:
            # ("发出的包裹，哪个收货城市…最长": the column right after 哪个 is ranked; a word elsewhere that only
            # begins another column's name, 包裹 of 包裹类型, is no second grouping)
            def in_full(x: Mention) -> bool:
                t = w.catalog.dimension(x.id)
                return t is not None and x.surface.lower() in {x.id.lower(), *(n.lower() for n in t.names.values())}
            ids = {r.id for r in ranked}
            # (only words before 哪个: "哪个城市的门店" — the words after the ranked column describe it)
            return [x for x in w.mentions if not (x.kind == "dimension" and x not in ranked and not in_full(x)
                                                  and x.end <= zh.start()
                                                  and not any((r.start, r.end) == (x.start, x.end) for r in ranked)
                                                  and x.id not in ids  # (the ranked column said again, "按门店比")
                                                  and not re.search(r"按照?\s*$|\bby\s+$", w.text[:x.start]))]
        return w.mentions
    a, b = m.span(1)
    inside = [x for x in w.mentions if a <= x.start and x.end <= b]
    h0, h1 = m.span(2)
    at_head = [x for x in inside if x.kind == "dimension" and x.start <= h0 and h1 <= x.end]
    coded = re.compile(r"(?:^|_)(?:id|code|no|key)$")
    if at_head and not all(coded.search(x.id.lower()) for x in at_head):
        # (a coded id at the head, "which theme room" of room_id beside a theme column, names the rooms no
        # better than the words before it: both kept)
        # ("which campaign category": the words before the head only say whose category it is)
        return [x for x in w.mentions if not (x.kind == "dimension" and x in inside and x not in at_head)]
    if any(x.kind == "dimension" for x in inside) or not any(x.kind == "touchpoint" for x in inside):
        return w.mentions
    head = m.group(2)
    stem = re.sub(r"(?<=[a-z]{3})s$", "", head)
    cols = [d for d in w.catalog.dimensions if d.extra and not d.identifier and not d.numeric and not d.time and
            (d.id.lower() == stem or d.names.get("en", "").lower() == stem)]
    if len(cols) != 1:
        return w.mentions
    return [x for x in w.mentions if x not in inside] + [Mention("dimension", cols[0].id, None, h0, h1, head, 1.0)]


def _same_unit_said(w: Work) -> list[Mention]:
    """"Of the pre-registrations …, what share bought a ticket for that festival?": a column said with "that"/"the
    same" after a step names the case's own value (each pre-registration's festival), not a grouping."""
    out = []
    text = "".join(" " if any(a <= i < b for a, b in w.blocked_spans) else c for i, c in enumerate(w.text))
    grouped = GROUP_BY.search(text) or re.search(r"\bwhich\b|哪|分别|排名|\brank", text, re.I)
    for m in w.mentions:
        # ("刷到我们音乐节的人": the company's festival in general, with no grouping word anywhere)
        ours = OURS.search(w.text[:m.start]) and not grouped
        if m.kind == "dimension" and (ours or SAME_UNIT.search(w.text[:m.start])) and \
                any(x.kind in ("touchpoint", "value") for x in w.mentions if x is not m):
            w.blocked_spans.append((m.start, m.end))
            continue
        out.append(m)
    return out


# a money noun a word makes with the value before it ("服务费", "service fee", "service-fee income")
MONEY_HEAD = re.compile(r"(?:费|价|款项|金额)|[\s\-]+(?:fees?|charges?|prices?|costs?)\b", re.I)


def _value_inside_a_money_noun(w: Work) -> list[Mention]:
    """"含平台服务费和小费", "platform service-fee income": a value's word (the stage service) that is the first half of
    a money noun is the kind of money, not a slice of the rows; the words are left to name the column they are."""
    out = []
    for m in w.mentions:
        # (a phrase is no half of a compound: "没取消的订单金额" is the money of the orders not cancelled)
        # (but a kind of order is what its money is of: "theft excess fees" are the theft_excess orders' amounts)
        if m.kind == "value" and MONEY_HEAD.match(w.text, m.end) and "的" not in m.surface and \
                not any(x.kind != "value" and x.start <= m.start and x.end > m.end for x in w.mentions) and \
                not ((d := w.catalog.dimension(m.dim or "")) is not None and set(d.slices) == {"orders"}):
            w.blocked_spans.append((m.start, m.end))
            continue
        out.append(m)
    return out


def _totals_of_columns(w: Work) -> list[Mention]:
    """"How many tickets did we sell" (tickets a number per order), "储值卡余额合计", "add up the requested
    amounts": a numeric column counted or totalled is its sum, not its average, unless an average is asked."""
    if intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE):
        return w.mentions
    prof = w.catalog.profile
    out = []
    for m in w.mentions:
        if m.kind == "metric" and m.id.startswith(AVG_PREFIX) and m.id != "avg_sentiment" and \
                not (m.surface.lower() in BUILT_IN_ROWS and prof is not None and prof.present(m.surface.lower())):
            # (a customers column called "orders" beside the orders table: "how many orders" counts the table's rows)
            total = "sum_" + m.id[len(AVG_PREFIX):]
            # ("our total income last month - donations, adoption fees and merch": the total is of the measure
            # named right after it; the column's words further on name a kind of what is totalled)
            cue = SUM_ASKED.search(w.text)
            owned = cue is not None and any(x.kind == "metric" and not x.id.startswith((AVG_PREFIX, "sum_"))
                                            and cue.end() <= x.start < m.start for x in w.mentions)
            # ("how much did we collect in buyer fees", "fee income", "小费一共多少钱": money asked of a money column is
            # its total)
            money = (MONEY_ASKED.search(w.text) or MONEY_NOUN.search(w.text)) and \
                getattr(w.catalog.metric(total), "unit", None) == "currency"
            # (not where the total is another measure's: "total income - donations, adoption fees and merch")
            if w.catalog.metric(total) is not None and ((cue and not owned) or (money and not owned) or
                                                        COUNT_BEFORE.search(w.text[:m.start])):
                m = Mention("metric", total, None, m.start, m.end, m.surface, m.score)
        out.append(m)
    # the company's own column counted ("how many tickets", tickets a number per order) is what is meant; a
    # built-in word on the same words (support tickets → comments) and the column as a grouping are not
    totals = {(m.start, m.end) for m in out if m.kind == "metric" and m.id.startswith("sum_")}
    return [m for m in out if (m.start, m.end) not in totals or (m.kind == "metric" and m.id.startswith("sum_"))]


# the generic word of a shop said after the platform it is on ("Tmall flagship store", "天猫旗舰店"): the head noun of
# the platform's name, no second value of its column
SHOP_HEADS = frozenset(("store", "shop", "stores", "shops", "店", "门店", "旗舰店", "网店", "店铺", "商城"))
SHOP_BETWEEN = re.compile(r"[\s\-]*(?:(?:flagship|official|online|own|brand)[\s\-]*)*|(?:官方)?(?:旗舰|线上|网上)?")


def _shop_word_after_a_value(w: Work) -> list[Mention]:
    """"On our Tmall flagship store": a shop word right after another value of its column (tmall, then store) is that
    value's head noun, not a second channel."""
    drop = set()
    for m in w.mentions:
        if m.kind != "value" or m.surface.lower() not in SHOP_HEADS:
            continue
        if any(x.kind == "value" and x.dim == m.dim and x.id != m.id and x.end <= m.start and
               SHOP_BETWEEN.fullmatch(w.text[x.end:m.start]) for x in w.mentions):
            drop.add((m.start, m.end))
    return [m for m in w.mentions if not (m.kind == "value" and (m.start, m.end) in drop)]


WHICH_NEAR = re.compile(r"\bwhich\s+(?:[a-z\-]+\s+){0,2}$|(?:哪个|哪些|哪位|哪家|哪种|哪类|哪一类)[\u4e00-\u9fff]{0,3}$")


ZH_KIND_COLUMN = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:类型|类别|种类|分类|等级|级别|规模|层级)")


def _kind_heads_only_grouped(w: Work) -> list[Mention]:
    """"which kind of appliance" names appliance_type, but "restaurants that signed up" (restaurant_type) are
    the rows themselves: a kind column's bare head word names the column only after a grouping word."""
    from assistant.planner.catalog import KIND_HEADS
    out = []
    for m in w.mentions:
        parts = m.id.lower().split("_") if m.kind == "dimension" else []
        if len(parts) == 3 and parts[2] in ("en", "zh", "cn"):
            parts = parts[:2]  # (client_name_en: the English twin of client_name)
        # ("For clients who first asked us for a quote": the people, not a grouping by client_name)
        named = len(parts) == 2 and parts[1] in ("name", "names") and (
            CJK.search(m.surface) is None and m.surface.lower().endswith("s")
            and re.sub(r"s$", "", m.surface.lower()) == parts[0]
            # ("流失的公司最多" of company_name: the companies, not their names; "公司名称" names the column)
            or CJK.fullmatch(m.surface[-1]) is not None and not re.match(r"名|的名", w.text[m.end:]))
        bare = named or len(parts) == 2 and parts[1] in KIND_HEADS and (
            re.sub(r"s$", "", m.surface.lower()) == parts[0] if CJK.search(m.surface) is None
            else not re.search(r"(?:类型|类别|种类|分类|品类|类)$", m.surface))
        # (a Chinese column named by its head and a kind word, 公司规模 / 帮手等级: "流失的公司", "雇到帮手" say the
        # head alone, the companies and the helpers themselves)
        zh = ZH_KIND_COLUMN.fullmatch(m.id) if m.kind == "dimension" else None
        if zh is not None and m.surface == zh.group(1):
            # ("哪个施工队" names the crews, "哪类施工队" their kind, 施工队类型)
            if not re.search(r"(?:哪类|哪一类|哪种|哪一种|什么类型的?|什么样的|何种)\s*$", w.text[:m.start]):
                continue
            out.append(m)
            continue
        if bare and not (resolve.grouping_before(w.text, m.start) or WHICH_NEAR.search(w.text[:m.start])
                         # ("报修最多的故障是什么": the kind a superlative ranks)
                         or any(x.start(1) == m.start for x in coverage.MOST_ZH.finditer(w.text))
                         or re.search(r"\b(?:kind|type|sort)s? of\s+$|\bwhich\s+(?:[a-z\-]+\s+){0,4}$",
                                      w.text[:m.start])):
            term = w.catalog.dimension(m.id)
            other = any(x is not m and x.kind != "dimension" and x.start < m.end and m.start < x.end for x in w.mentions)
            # ("clean-garment deliveries" of garment_type: the word before a step's rows says what they carry, not
            # who the customers are)
            other = other or (m.surface.isascii() and not re.search(r"[a-z]s$", m.surface.lower()) and any(
                x.kind == "touchpoint" and x.start >= m.end and re.fullmatch(r"[\s\-]*", w.text[m.end:x.start])
                for x in w.mentions))
            if term is not None and "customers" in term.slices and w.catalog.metric("active_customers") and \
                    _customers_table_column(w.catalog, m.id) and not other:
                # the customers are restaurants: "how many restaurants ordered" counts them like "customers"
                out.append(Mention("metric", "active_customers", None, m.start, m.end, m.surface, m.score))
            continue
        out.append(m)
    return out


def _customers_table_column(catalog: Catalog, dim: str) -> bool:
    """Is the column one of the customers table (the kind of customer, not of an order or a comment)?"""
    prof = catalog.profile
    return prof is not None and any(x.table == "customers" and x.column == dim for x in prof.extras)


def _company_words_first(w: Work) -> list[Mention]:
    """"customers who bought tickets" where the data has a tickets column: the company's own column is what the
    word means there, not the built-in word (support tickets → comments) on the same span."""
    prof = w.catalog.profile
    # (a customers column called "orders" beside the orders table: "how many orders" counts the table's rows)
    tables = {t for t in ("orders", "events", "feedback", "customers") if prof is not None and prof.present(t)}
    shadowed = {(m.start, m.end) for m in w.mentions if m.kind == "metric" and m.surface.lower() in tables}
    w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and (m.start, m.end) in shadowed
                                                and (t := w.catalog.dimension(m.id)) is not None and t.extra)]
    # (the plural of the column's name is its word too: "fees" of a fee column)
    cols = {(m.start, m.end) for m in w.mentions if m.kind == "dimension" and (t := w.catalog.dimension(m.id))
            is not None and t.extra and m.surface.lower().replace(" ", "_") in (m.id.lower(), m.id.lower() + "s")
            and m.id.lower() not in tables}
    def built_in(m: Mention) -> bool:
        return m.kind == "metric" and not m.id.startswith((AVG_PREFIX, "sum_"))
    # "the tickets we sold" where a festival sells tickets (order type "ticket", a step "buy a ticket"): the
    # company's thing, not the built-in word on the same span (support tickets → comments)
    # (the orders' own kind column too, order_type = ticket beside the step "Ticket issued")
    # ("how many tickets did we issue": or a step named apart whose name holds the word, "Ticket issued")
    named = [tp for tp in w.catalog.touchpoints if any(m.kind == "touchpoint" and m.id == tp.id for m in w.mentions)]
    on_orders = [m for m in w.mentions if m.kind == "value" and (t := w.catalog.dimension(m.dim or "")) is not None
                 and "orders" in t.slices]
    steps_at = {(x.start, x.end) for x in w.mentions if x.kind == "touchpoint"}
    sold = {(m.start, m.end) for m in on_orders if (m.start, m.end) in steps_at}
    # (… and the thing of a step named apart, "tickets" of "Ticket issued" in "how many tickets did we issue": the
    # step's own records, neither comments nor a kind of order)
    # (only a column of the orders alone, a kind of order: the comments' channel "NPS call" stays a channel)
    holder = {(m.start, m.end): tp.id for m in on_orders if (m.start, m.end) not in steps_at
              and tuple(w.catalog.dimension(m.dim or "").slices) == ("orders",) for tp in named
              if said_in_step_name(m.surface, tp)}
    of_step = set(holder)
    steps = [Mention("touchpoint", holder[(m.start, m.end)], None, m.start, m.end, m.surface, m.score)
             for m in on_orders if (m.start, m.end) in of_step]
    # ("how many tickets were opened" where the step Service ticket records opened: the step's records, whose outcome
    # is said — not the built-in word for comments on the same span)
    outcome_at = {tp for m in w.mentions if m.kind == "value" and m.dim == "action" and prof is not None
                  for tp in prof.action_steps.get(str(m.id), ())}
    sold |= {(x.start, x.end) for x in w.mentions if x.kind == "touchpoint" and x.id in outcome_at}
    # ("how many after-sales tickets were opened" where the company lists "ticket" among its step's own words: the
    # step's records, not the built-in word for comments)
    # (only the built-in word for comments counted, feedback_volume: a score or the orders keep their own reading)
    for x in [x for x in w.mentions if built_in(x) and x.id == "feedback_volume"]:
        # (the step named by other words of the question: "reviews" alone stays the comments, whatever step it names)
        own = {a.lower(): tp.id for y in w.mentions if y.kind == "touchpoint" and not (y.start < x.end and x.start < y.end)
               and (tp := w.catalog.touchpoint(y.id)) is not None for a in tp.aliases}
        hit = next((own[f] for f in (x.surface.lower(), re.sub(r"s$", "", x.surface.lower())) if f in own), None)
        if hit is not None:
            sold.add((x.start, x.end))
            steps.append(Mention("touchpoint", hit, None, x.start, x.end, x.surface, x.score))
    w.mentions = [m for m in w.mentions if not ((m.start, m.end) in sold | of_step and built_in(m))
                  and not ((m.start, m.end) in of_step and m.kind == "value")] + steps
    # ("fees on paid transfers" where the transfers carry a fee column: the company's fee, not the built-in word
    # for money the orders bring in)
    words = {d.lower() for d in resolve.numeric_columns(w)}
    w.mentions = [m for m in w.mentions if not (built_in(m) and re.sub(r"s$", "", m.surface.lower()) in words)]
    if not cols:
        return w.mentions
    numeric = set(resolve.numeric_columns(w))
    # ... and a number column ("bought tickets") groups nothing unless a grouping word says so ("by tickets"); with
    # no number near it (then "adults > 2" is a threshold) its word is only the thing bought: blocked, no cue
    idle = [m for m in w.mentions if (m.start, m.end) in cols and m.kind == "dimension" and m.id in numeric
            and not resolve.grouping_before(w.text, m.start) and not WHICH_NEAR.search(w.text[:m.start])
            and not re.search(r"\d", w.text[max(0, m.start - 14):m.end + 14])]
    w.blocked_spans += [(m.start, m.end) for m in idle]
    return [m for m in w.mentions if not ((m.start, m.end) in cols and built_in(m)) and m not in idle]


def _generic_alias_to_company_column(w: Work) -> list[Mention]:
    """"哪个城市的客人最多" where the layer's region takes 城市 as an alias and the company brought 常住城市 /
    home_city: the word is the company's column whose name holds it (the region is only the nearest built-in
    column when none does); the column in the question's script when the company has it in both."""
    out = []
    for m in w.mentions:
        term = w.catalog.dimension(m.id) if m.kind == "dimension" else None
        said = m.surface.lower()
        if term is None or term.extra or said in (term.names.get("zh", "").lower(), term.names.get("en", "").lower()) \
                or term.time or m.id in ("touchpoint", "stage", "action", "sentiment", "rating", *TIME_GRAINS):
            out.append(m)  # (the journey's own words, "step", "stage", are never a company column's: rated_step)
            continue
        if said.isascii():
            holds = [d for d in w.catalog.dimensions if d.extra and not d.identifier and said in re.split(r"[_\s]+", d.id.lower())]
        else:
            holds = [d for d in w.catalog.dimensions if d.extra and not d.identifier and said in d.id]
        if not holds:
            out.append(m)
            continue
        script = [d for d in holds if bool(text.CJK.search(d.id)) == (w.language == "zh")]
        # ("哪个城市来的客人最多？按客人常住城市": the column the question names in full elsewhere is the one meant)
        named = [d for d in holds if any(x.kind == "dimension" and x.id == d.id and x is not m for x in w.mentions)]
        pick = (named or script or holds)[0]
        out.append(Mention("dimension", pick.id, None, m.start, m.end, m.surface, m.score))
    return out


def _money_column_without_orders(w: Work) -> list[Mention]:
    """"the average loan amount customers asked for" with no orders table: a money word names the one money
    column the company brought (amount_requested), not order revenue the data cannot have (a guess, said)."""
    prof = w.catalog.profile
    if prof is None:
        return w.mentions
    def scores(col: str) -> bool:  # value_for_money 1-5 is a rating, not money
        vals = [float(v) for v in w.catalog.dimension_values.get(col, ()) if re.fullmatch(r"-?\d+(?:\.\d+)?", v)]
        return bool(vals) and max(vals) <= 10
    cols = [t.id for t in w.catalog.metrics if t.id.startswith(AVG_PREFIX) and MONEY_COLUMN.search(t.id[len(AVG_PREFIX):])
            and not scores(t.id[len(AVG_PREFIX):])]
    out = []
    for m in w.mentions:
        term = w.catalog.metric(m.id) if m.kind == "metric" else None
        if term is not None and term.unit == "currency" and term.table and not prof.present(term.table) \
                and len(cols) == 1:
            pick = cols[0]
            if SUM_ASKED.search(w.text) and not intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) \
                    and w.catalog.metric("sum_" + pick[len(AVG_PREFIX):]) is not None:
                pick = "sum_" + pick[len(AVG_PREFIX):]  # "add up the requested amounts"
            w.notes.append(("fuzzy", {"surface": m.surface, "id": pick, "kind": "metric"}))
            m = Mention("metric", pick, None, m.start, m.end, m.surface, INFLECTED - 0.1)
        out.append(m)
    return out


# what the company spends ("how much did re-dyeing cost us", "重染花了多少钱"): a cost, not customers' money
COST_SAID = re.compile(r"\bcost(?:s|ed|ing)?\b|\bspen(?:d|t|ding)\b|\bexpenses?\b|花了|花费|成本|开销|开支|支出")


def step_money_columns(w: Work) -> list[str]:
    """The money columns (redye_cost_usd) that the events of a step the question names carry, with their sum measure."""
    prof = w.catalog.profile
    named = {m.id for m in w.mentions if m.kind == "touchpoint"}
    if prof is None or not named:
        return []
    return sorted({x.column for x in prof.extras if x.table == "events" and x.numeric and set(x.touchpoints) & named
                   and MONEY_COLUMN.search(x.column.lower()) and w.catalog.metric("sum_" + x.column) is not None})


def _money_of_a_named_step(w: Work) -> list[Mention]:
    """"How much money did re-dyeing cost us in 2025?", "2025年重染花了多少钱？": what the company spends is the one money
    column the named step's events carry (redye_cost_usd), added up (averaged when an average is asked) — never the
    orders' revenue, and no "your data has no costs" when the data records them. Said as a guess."""
    cost = COST_SAID.search(w.text)
    if cost is None or CUSTOMERS_SPEND.search(w.text) or \
            any(m.kind == "metric" and m.id.startswith(("sum_", AVG_PREFIX, "median_")) for m in w.mentions):
        return w.mentions
    cols = step_money_columns(w)
    if len(cols) > 1:
        cols = [c for c in cols if re.search(r"(?:^|_)(?:cost|spend|expense|fee)s?(?:_|$)", c.lower())]
    if len(cols) != 1:
        return w.mentions
    average = intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE)
    mid = (AVG_PREFIX if average and w.catalog.metric(AVG_PREFIX + cols[0]) else "sum_") + cols[0]
    keep = [m for m in w.mentions if not (m.kind == "metric" and (t := w.catalog.metric(m.id)) is not None
                                          and (t.unit == "currency" or m.id in ("events", *intent.PEOPLE_METRICS)))]
    a, b = cost.span()
    w.notes.append(("fuzzy", {"surface": w.text[a:b], "id": mid, "kind": "metric"}))
    return sorted(keep + [Mention("metric", mid, None, a, b, w.text[a:b], INFLECTED - 0.1)], key=lambda m: m.start)


def _column_word_inside_a_step_name(w: Work) -> list[Mention]:
    """"took out the ClearCare plan within 30 days" of the step "ClearCare plan sign-up": a column's word (plan) right
    after a step's words that continues that step's own name is part of the name said short, no grouping or slice."""
    out = []
    for m in w.mentions:
        if m.kind == "dimension" and m.surface.isascii():
            before = [t for t in w.mentions if t.kind == "touchpoint" and t.end <= m.start and
                      re.fullmatch(r"[\s\-]+", w.text[t.end:m.start] or "x")]
            tp = w.catalog.touchpoint(before[-1].id) if before else None
            names = [n.lower() for n in ((tp.name, tp.name_en or "", *tp.aliases) if tp else ())]
            said = (before[-1].surface + " " + m.surface).lower() if before else ""
            if tp is not None and any(n.startswith(said) or f" {said}" in n for n in names):
                continue
        out.append(m)
    return out


def _places_inside_metrics(w: Work) -> list[Mention]:
    """A metric name that contains a touchpoint name ("payment success rate") names both: the measure
    and where it is taken; without this the place would be silently dropped."""
    from assistant.planner.linker import _occurrences
    out = []
    for m in [m for m in w.mentions if m.kind == "metric"]:
        term = w.catalog.metric(m.id)
        if term is None or term.table not in ("events", "feedback"):
            continue  # "return rate": orders are not taken at a touchpoint, the word only names the rate
        inner = w.text[m.start:m.end]
        # "平均评分" holds 评分, which is also this metric's own name: the measure's word, not a step (tp_rating)
        own = {e.surface for e in w.catalog.gazetteer if e.kind == "metric" and e.id == m.id}
        for e in w.catalog.gazetteer:
            if e.kind != "touchpoint" or len(e.surface) >= len(inner) or e.surface in own:
                continue
            if e.surface in w.catalog.measure_words:
                continue  # "drop-off rate" holds "rate", a step's alias (rate = review) and every rate's word
            hits = _occurrences(inner, e.surface)
            if hits:
                a, b = hits[0]
                out.append(Mention("touchpoint", e.id, None, m.start + a, m.start + b, inner[a:b], 1.0))
                break
    return out


CURRENCY_UNIT = re.compile(r"(?:,\s*|\b)in\s+$|以$|按$|单位[:：是为]?\s*$")
PEOPLE_WORDS = frozenset(p.lower() for p in lexicon_en.PEOPLE + lexicon_zh.PEOPLE) | {"member", "user", "customer"}
COUNTED_NOUN = re.compile(r"(?:\bhow many|\bnumber of|\bcount of)\s+(?:(?:distinct|unique|different|individual|of the|of our|our|the)\s+)*$"
                          r"|多少(?:个|位|名)?(?:不同的?)?$")
NOT_COUNTED = re.compile(r"(?:[,，;；]|\bcount\w*\b[^,，;；]{0,30}[,，;；])\s*(?:and\s+)?(?:not|rather than|instead of|不是|而不是|而非|不按)\s*(?:the\s+)?$")
# a grain said as the kind of records ("the weekly patrol logs", "monthly invoices"), not as groups asked for
ADJECTIVE_GRAIN = re.compile(r"\b(?:daily|weekly|monthly|quarterly|yearly|annual)\s+(?!trend|numbers|figures|breakdown|"
                             r"totals?|counts?|volumes?|split)[a-z]+")
GROUP_BY = re.compile(r"\b(?:by|per|each|every|broken down)\b|按|每个|各个|分别|各")
AVG_PREFIX = "avg_"  # metrics the semantic layer makes of numeric extra columns (with_extra_columns)
GLOSS_ZH = re.compile(r"([\u4e00-\u9fff]{2,8})\s*\(([^()]{1,40})\)")


def _drop_glossed(text: str, mentions: list[Mention], catalog: Catalog) -> list[Mention]:
    """"城市酒店（City Hotel）": Chinese words restated by a linked value in the parentheses right after them
    name that value; a dimension or value their characters happen to link (城市 → region) is dropped."""
    drop: set[int] = set()
    for g in GLOSS_ZH.finditer(text):
        if CJK.search(g.group(2)):
            continue  # "买纸书的订单最多（已支付）": a note on the question, not its words restated as a raw value
        inside = [m for m in mentions if g.start(2) <= m.start and m.end <= g.end(2)]
        values = {(m.kind, m.id) for m in inside if m.kind == "value"}
        if not values:
            continue
        words = {x for _k, v in values for x in re.split(r"[_\s\-]+", v.lower()) if len(x) > 2}
        for m in mentions:
            if not (g.start(1) <= m.start and m.end <= g.end(1)) or (m.kind, m.id) in values:
                continue  # outside the glossed words, or the same value said twice
            listed = [x for x in inside if x.kind == "value" and x.dim == m.id]
            if m.kind == "dimension" and len({x.id for x in listed}) >= 2:
                # "影厅类型（2D/3D/IMAX/4DX）": the column whose values the parentheses list, as an example of
                # what it holds; the listed values slice nothing
                drop |= {id(x) for x in listed}
                continue
            if m.kind in ("dimension", "value"):
                drop.add(id(m))
            elif m.kind == "metric" and re.sub(r"[\s,，、/]+", "", g.group(2)).lower() == \
                    "".join(re.sub(r"\s+", "", x.surface) for x in inside if x.kind == "value").lower():
                drop.add(id(m))  # "流失状态（churned）": the words name the segment value, not the drop-off rate
            elif m.kind == "touchpoint" and (words & _touchpoint_words(catalog, m.id) or m.score < 1.0):
                # (or a guess the glossed words made: 放 of 投放 in "被放了鸽子（no-show）")
                drop.add(id(m))  # "续费订单（order_type = renewal）": the step named like the value is that value
    # "标成 lapsed（已流失）的": a raw value glossed in Chinese right after it; the gloss's words (流失 the drop-off
    # measure) restate the value, they name nothing else
    for g in re.finditer(r"([A-Za-z][\w\-]*)\s*[（(]([\u4e00-\u9fff]{1,8})[)）]", text):
        if not any(m.kind == "value" and m.start <= g.start(1) and g.end(1) <= m.end for m in mentions):
            continue
        drop |= {id(m) for m in mentions if g.start(2) <= m.start and m.end <= g.end(2) and m.kind != "value"}
    # "(lead time from booking to arrival)": parentheses that define the measure; the steps in them are words of
    # the definition, not slices; so are the steps in "爽约（预约了没来）", parentheses that say what a step means
    for g in re.finditer(r"\(([^()]{3,80})\)", text):
        spend = any(m.kind == "metric" and m.id == "revenue_per_buyer" and m.end <= g.start() for m in mentions)
        if spend and ratio_def.OPERATOR.search(g.group(1)):
            # ("平均每个付费客户花了多少钱？（所有已支付订单 ÷ 有付款的客户数）": the measure named, defined again)
            drop |= {id(m) for m in mentions if g.start(1) <= m.start and m.end <= g.end(1) and m.id != "revenue_per_buyer"}
            continue
        if ratio_def.OPERATOR.search(g.group(1)) or re.search(r"(?:/|÷|除以|divided by)\s*$", text[:g.start()]):
            continue  # "(failed / all attempts)", "/(成功+失败)": a rate defined from steps (planner/ratio.py)
        inside = [m for m in mentions if g.start(1) <= m.start and m.end <= g.end(1)]
        parts = [p for p in re.split(r"\s*(?:加上|加|和|、|\+|及|以及|与|/|,|，|\band\b|\bplus\b)\s*", g.group(1)) if p.strip()]
        if len(parts) >= 2 and sum(any(m.kind == "touchpoint" and m.surface in p for m in inside) for p in parts) == len(parts):
            continue  # ("养发套餐（新办卡加续卡）": the kinds the words add up, each a step of its own, not a definition)
        # "average pickup wait (minutes from match to pickup)"; a conversion's steps in (…) define it and stay
        after_step = any((m.kind == "touchpoint" or m.kind == "metric" and m.id not in intent.STEP_METRICS)
                         and not text[m.end:g.start()].strip() for m in mentions if m.end <= g.start())
        if any(m.kind == "metric" for m in inside) or (after_step and "->" not in g.group(1) and "→" not in g.group(1)):
            drop |= {id(m) for m in inside if m.kind == "touchpoint"}
        # "平均客单价（已付款订单的平均金额）": a measure restated in (…) right after it is the same measure, said
        # again; its slices (已付款) stay
        named = [m for m in mentions if m.kind == "metric" and m.end <= g.start() and not text[m.end:g.start()].strip()]
        if named and not ratio_def.OPERATOR.search(g.group(1)):
            drop |= {id(m) for m in inside if m.kind == "metric"}
    return [m for m in mentions if id(m) not in drop]


def _touchpoint_words(catalog: Catalog, tp_id: str) -> set[str]:
    tp = next((t for t in catalog.touchpoints if t.id == tp_id), None)
    names = (tp.name_en, tp.name, *tp.aliases) if tp else ()
    return {x for n in names if n for x in re.split(r"[_\s\-&/]+", n.lower()) if len(x) > 2}


EQUALS = re.compile(r"^\s*(?:=+|:|is|为|是|等于)\s*[\"'“‘]?")


def _column_equals_value(w: Work) -> list[Mention]:
    """"(kyc_method = branch)", "grade 为 成人": the words after a named column and "=" are a value of that
    column, whatever else they could name (branch_id, a touchpoint)."""
    out = list(w.mentions)
    for d in [m for m in w.mentions if m.kind == "dimension"]:
        eq = EQUALS.match(w.text[d.end:])
        if not eq:
            continue
        at = d.end + eq.end()
        # a one-character value ("gender = F") is no linkable word, but after "column =" it can only be that value
        short = [type("E", (), {"kind": "value", "dim": d.id, "surface": v.lower(), "id": v})()
                 for v in w.catalog.dimension_values.get(d.id, ()) if len(v) == 1]
        for e in [*w.catalog.gazetteer, *short]:
            if e.kind == "value" and e.dim == d.id and w.text.startswith(e.surface, at) and \
                    not re.match(r"[a-z0-9]", w.text[at + len(e.surface):at + len(e.surface) + 1]):
                b = at + len(e.surface)
                # the column's name only says where the value is ("状态是 Solved"): it groups nothing
                out = [m for m in out if (m.end <= at or m.start >= b)
                       and not (m.kind == "dimension" and (m.start, m.end) == (d.start, d.end))]
                w.blocked_spans.append((d.start, d.end))
                out.append(Mention("value", e.id, d.id, at, b, e.surface, 1.0))
                break
    return sorted(out, key=lambda m: m.start)


def _column_after_value(w: Work) -> list[Mention]:
    """"our Hangzhou Hubin store", "the Xuhui store": a column's word right after one of its values (or its twin's)
    only says what the value is; it is neither a grouping nor another column's value ("store" of channel)."""
    out = list(w.mentions)
    for v in [m for m in w.mentions if m.kind == "value" and m.dim]:
        nxt = [m for m in w.mentions if m.start in (v.end, v.end + 1) and w.text[v.end:m.start].strip() == ""
               and m.kind == "dimension"]
        own = {v.dim, *w.catalog.value_twins.get(v.dim, ())}
        if not any(d.id in own for d in nxt):
            continue
        span = next((d.start, d.end) for d in nxt if d.id in own)
        # (a measure on the same word stays: "药费订单" counts the orders of that type; so does a step the word
        # names in full, "card payment conversion"; a step it is only a part or an alias of, "增肌套餐" beside
        # 选择套餐, does not)
        def named_in_full(m: Mention) -> bool:
            tp = w.catalog.touchpoint(m.id)
            return tp is not None and m.surface.casefold() in {
                str(x).casefold() for x in (tp.name, tp.name_zh, tp.name_en) if x}
        out = [m for m in out if (m.start, m.end) != span or m.kind not in ("dimension", "value", "touchpoint")
               or (m.kind == "touchpoint" and named_in_full(m))]
        if not any((m.start, m.end) == span for m in out):
            w.blocked_spans.append(span)
    return out


def _word_fits(tok: str, word: str) -> bool:
    """"referred" for referral, "friend's" for friend, "management" for mgmt: one word, by stem, by a shared
    beginning of five letters or more, or as the word an abbreviation (its letters in order, same first) shortens."""
    if _stem_match(tok, word):
        return True
    common = len(os.path.commonprefix([tok, word]))
    if common >= 5 and common >= 0.6 * min(len(tok), len(word)):
        return True
    if 3 <= len(word) <= 5 and len(tok) >= len(word) + 3 and tok[0] == word[0]:
        it = iter(tok)
        return all(ch in it for ch in word)
    return False


ACQUIRED_BY = "acquisition_channel"
REFERRED_BY = re.compile(r"\breferred (?:to us )?by\b|\b(?:came|come|comes|coming) (?:in |to us )?(?:from|via|through)\b", re.I)
# "split by where the brand came from", "how the customer came to us", "客户从哪个渠道来的": the acquisition channel
# (a grouping only after "by": "where do users come from before checkout" asks for the steps before it, a path)
CAME_FROM = re.compile(r"\b(?:by|across|per)\s+(?:where|how)\s+(?:the |our |each |a |their |they |these |those )?"
                       r"(?:[a-z]+\s+){0,2}?(?:came to us|come to us|came from|come from|found us|find us|"
                       r"heard (?:of|about) us|were acquired)\b|"
                       r"按(?:客户|用户|品牌)?(?:是)?(?:从哪(?:个渠道|些渠道|里|儿)?来的|怎么(?:找到|知道)我们的)|"
                       # ("新患者主要是从哪个渠道来的": the people asked where they came from, no orders or comments said)
                       r"(?P<people_from>从哪(?:个|些)渠道来的)", re.I)


def _order_kind_said_in_words(w: Work) -> list[Mention]:
    """"How much did we make from trial-week fees?" where the orders' order_type holds trial_fee: with a money measure
    of the orders asked, the words of one of their values said close together (each word as written or as its stem) are
    that value, not the step "trial week" (orders carry no step). Values of two words or more only."""
    if not any(m.kind == "metric" and (t := w.catalog.metric(m.id)) is not None and t.table == "orders"
               and t.unit == "currency" for m in w.mentions) or any(m.kind == "value" and m.id in w.catalog.values_by_table.get((m.dim, "orders"), ())
                                           for m in w.mentions if m.dim):
        return w.mentions
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z]+", w.text)]
    # ("set-up fees": setup_fee; a word written with a hyphen is also one word)
    toks += [(m.start(), m.end(), m.group(0).lower().replace("-", "")) for m in re.finditer(r"[A-Za-z]+-[A-Za-z]+", w.text)]

    def fits(tok: str, word: str) -> bool:
        return _word_fits(tok, word) or tok in (word + "s", word + "es")
    found: dict[tuple[str, str], tuple[int, int]] = {}
    for (dim, table), vals in w.catalog.values_by_table.items():
        if table != "orders":
            continue
        for raw in vals:
            words = [x for x in re.split(r"[_\s\-]+", str(raw).lower()) if x]
            if len(words) < 2 or not str(raw).isascii() or any(len(x) < 3 for x in words):
                continue
            hits = [next((t for t in toks if fits(t[2], x)), None) for x in words]
            if any(h is None for h in hits) or len(set(hits)) != len(hits):
                continue
            a, b = min(h[0] for h in hits), max(h[1] for h in hits)
            if len(re.findall(r"[A-Za-z]+", w.text[a:b])) > len(words) + 2 or re.search(r"[,.;?!()]", w.text[a:b]):
                continue
            found[(dim, str(raw))] = (a, b)
    if len({v for _d, v in found}) != 1:
        return w.mentions
    (dim, raw), (a, b) = next(iter(found.items()))
    # (a column named inside the words stays the grouping: "which add-on snack": addon_snack orders, by snack)
    kept = [m for m in w.mentions if not (m.start < b and a < m.end and m.kind in ("touchpoint", "value"))]
    return sorted(kept + [Mention("value", raw, dim, a, b, w.text[a:b], INFLECTED - 0.05)], key=lambda m: m.start)


def _where_they_came_from(w: Work) -> list[Mention]:
    """"split by where the brand came from", "how the customer came to us": the customers' acquisition channel,
    when the data records it (no dimension is named by a word there)."""
    said = CAME_FROM.search(w.text)
    if said is None or not w.catalog.dimension_values.get(ACQUIRED_BY):
        return w.mentions
    if said.group("people_from") and (re.search(r"订单|单子|反馈|评论|投诉|评价", w.text) or
                                      not PEOPLE_NOUN_ZH.search(w.text[:said.start()])):
        return w.mentions
    a, b = said.span()
    w.blocked_spans.append((a, b))
    kept = [m for m in w.mentions if not (m.start < b and a < m.end)]
    if any(m.dim == ACQUIRED_BY or m.id == ACQUIRED_BY for m in kept):
        return kept  # ("which lead source …, split by where the brand came from": said twice, one column)
    return sorted(kept + [Mention("dimension", ACQUIRED_BY, None, a, b, said.group(0))], key=lambda m: m.start)


def _value_of_the_last_grouping(w: Work) -> list[Mention]:
    """"and for people referred by a piano teacher, what's that conversion?" after a funnel split by acquisition
    channel: the words describe one value of that column (teacher_referral) when every word of exactly one of its
    values is said, close together in one clause; they are that value, not another column's (customer_type
    teacher) nor an unknown word."""
    dim = w.state.dimension if w.state is not None else None
    if REFERRED_BY.search(w.text) and w.catalog.dimension_values.get(ACQUIRED_BY) and \
            not any(m.kind == "value" and m.dim == ACQUIRED_BY for m in w.mentions):
        dim = ACQUIRED_BY  # ("for brands referred by our existing tenants": where the customers came from, asked anew)
    if not dim or w.language != "en" or w.catalog.dimension(dim) is None:
        return w.mentions
    own = {dim, *w.catalog.value_twins.get(dim, ())}
    if any(m.kind == "value" and m.dim in own for m in w.mentions):
        return w.mentions
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z]+", w.text)]
    found: dict[tuple[str, str], tuple[int, int]] = {}
    for col, raw in [(d, v) for d in sorted(own) for v in w.catalog.dimension_values.get(d, ())]:
        words = [x for x in re.split(r"[_\s\-]+", str(raw).lower()) if x]
        if not words or not str(raw).isascii() or any(len(x) < 3 for x in words):
            continue
        hits = [next((t for t in toks if _word_fits(t[2], x)), None) for x in words]
        if any(h is None for h in hits) or len(set(hits)) != len(hits):
            continue
        a, b = min(h[0] for h in hits), max(h[1] for h in hits)
        if len(re.findall(r"[A-Za-z]+", w.text[a:b])) > len(words) + 3 or re.search(r"[,.;?!()]", w.text[a:b]):
            continue
        found[(col, str(raw))] = (a, b)
    # ("referred by our existing tenants": tenant_referral, whose words hold all of referral's, is the one said)
    found = {k: v for k, v in found.items() if not any(o != k and v[0] >= o[0] and v[1] <= o[1] and v != o
                                                       for o in found.values())}
    if len(found) != 1:
        return w.mentions
    (dim, raw), (a, b) = next(iter(found.items()))
    kept = [m for m in w.mentions if not (m.start < b and a < m.end and m.kind in ("value", "dimension"))]
    for by in REFERRED_BY.finditer(w.text):
        # ("referred by an existing client": who referred them is the value's own description, no client column)
        c, d = by.end(), by.end() + len(re.match(r"[^,.;?!()]*", w.text[by.end():]).group(0))  # type: ignore[union-attr]
        if by.start() <= b and a <= d:
            kept = [m for m in kept if not (m.kind == "dimension" and c <= m.start < d)]
            # ("for brands referred by …": the customers' own noun, whom the value describes, no grouping by brand)
            kept = [m for m in kept if not (m.kind == "dimension" and not w.text[m.end:by.start()].strip())]
    w.notes.append(("value_of_grouping", {"words": w.text[a:b], "value": raw}))
    return sorted(kept + [Mention("value", raw, dim, a, b, w.text[a:b], INFLECTED - 0.05)], key=lambda m: m.start)


def _steps_glossing_a_value(w: Work) -> list[Mention]:
    """"冻存费（冷冻保存和续费）", "storage fees (freezing and renewals)": steps named in parentheses right after a
    value say what the value is made of; they slice nothing beside it."""
    drop: list[Mention] = []
    for v in [m for m in w.mentions if m.kind == "value" and m.dim]:
        opened = re.match(r"\s*[(（]([^()（）]{1,60})[)）]", w.text[v.end:])
        if opened is None:
            continue
        a, b = v.end + opened.start(1), v.end + opened.end(1)
        inside = [m for m in w.mentions if m.kind == "touchpoint" and a <= m.start and m.end <= b]
        # (steps that each record orders of a kind list those kinds: "次卡（新办加续卡）")
        if not all(checks.step_records_a_kind(w.catalog, m.id) for m in inside):
            drop += inside
    w.blocked_spans += [(m.start, m.end) for m in drop]
    return [m for m in w.mentions if m not in drop]


def _value_inside_a_step_name(w: Work) -> list[Mention]:
    """"因为大风取消的订单" where "大风取消" is one of the company's other names (aliases) of the step 天气取消 and 大风 is a
    value of 取消原因, a column that step's events carry: the name says the step and the value both; the value slices
    the step's events (typhoon cancellations are not every weather cancellation)."""
    prof = w.catalog.profile
    if prof is None:
        return w.mentions
    out = list(w.mentions)
    # (a step's name as written: a step read from words said apart, "signed up for the annual maintenance plan", holds
    # other names of its own only by chance)
    for t in [m for m in w.mentions if m.kind == "touchpoint" and m.score >= INFLECTED]:
        tp = w.catalog.touchpoint(t.id)
        # (only a name that narrows the step: a value in the step's own name, "Damage charges" with damage a
        # reason, is what every event of the step is about and slices nothing)
        own = " ".join(n for n in ((tp.name, tp.name_zh, tp.name_en) if tp else ()) if n).lower()
        for e in w.catalog.gazetteer:
            if e.kind != "value" or not e.dim or len(e.surface) < 2 or e.surface == t.surface:
                continue
            zh = bool(CJK.match(e.surface))
            at = t.surface.find(e.surface) if zh else t.surface.lower().find(e.surface.lower())
            if at < 0 or (not zh and re.search(r"[a-z0-9]", (t.surface[at - 1:at] + t.surface[at + len(e.surface):][:1]).lower())):
                continue
            if e.surface.lower() in own:
                continue
            held = next((x for x in prof.extras if x.table == "events" and e.dim in (x.column, f"events_{x.column}")), None)
            if held is None or not held.touchpoints or t.id not in held.touchpoints:
                continue  # a value of a column this step's events do not carry names nothing here
            start = t.start + at
            if any(m.kind == "value" and m.start <= start < m.end for m in out):
                continue
            out.append(Mention("value", e.id, e.dim, start, start + len(e.surface), e.surface, 1.0))
            w.step_values.append((start, start + len(e.surface)))
    return sorted(out, key=lambda m: m.start)


def _described_values(w: Work) -> list[Mention]:
    """"度假酒店" where 酒店 names the hotel column and its values are English ("Resort Hotel"): the words
    before the column's name describe one of its values; matched across languages, else left alone."""
    out = list(w.mentions)
    for d in [m for m in w.mentions if m.kind == "dimension" and re.fullmatch(r"[\u4e00-\u9fff]+", m.surface)]:
        run = re.search(r"[\u4e00-\u9fff]{2,4}$", w.text[max(0, d.start - 4):d.start])
        start = d.start - len(run.group(0)) if run else d.start
        start = max([start] + [b for a, b in w.time_spans + w.blocked_spans if a < d.start and b > start])
        if d.start - start < 2:
            continue
        if start == d.start or any(not (d.start <= x.start or start >= x.end) for x in out if x is not d):
            continue  # no free words before it, or they name something already
        values = w.catalog.dimension_values.get(d.id, ())
        if not values or any(re.search(r"[\u4e00-\u9fff]", v) for v in values):
            continue  # only a column whose values are written in the other script
        from assistant.planner import crosslingual
        phrase = w.text[start:d.end]
        c = crosslingual.match(phrase, w.catalog, ("value",), dim=d.id).best
        if c is not None:
            out = [x for x in out if x is not d] + [Mention("value", c.raw, d.id, start, d.end, phrase, 1.0)]
            w.notes.append(("translated", {"word": phrase, "name": c.label}))
    return sorted(out, key=lambda m: m.start)


LISTED = re.compile(r"[\u4e00-\u9fff]{1,6}、[\u4e00-\u9fff]{1,6}|\w+, \w+,? (?:and|or) \w+")


def _code_as_word(m: Mention, question: str) -> bool:
    """A short upper-case code value (country PER, CAN, AND) written in lower case is the English word
    ("adults per booking"), not the code."""
    raw = m.id if m.kind == "value" else ""
    if not (raw.isascii() and raw.isalpha() and raw.isupper() and len(raw) <= 4) or m.surface.lower() != raw.lower():
        return False  # ("women" for the code F is the word for it, whatever F is in lower case)
    from assistant.planner.linker import REAL_WORD_EN, _zipf
    if _zipf(raw.lower(), "en") < REAL_WORD_EN:
        return False
    return not re.search(rf"(?<![A-Za-z]){re.escape(raw)}(?![A-Za-z])", question)


# English function words that are also two-letter codes in data (in = India, it = Italy, no = Norway, us)
FUNCTION_WORDS = frozenset("in on at to of it is be as by or an no us we me my do go so up if am".split())


def _function_word_code(m: Mention, question: str) -> bool:
    """"involved in the most incidents": the word "in" is no India code; written "IN" or "US" it is."""
    if m.kind != "value" or m.surface.lower() not in FUNCTION_WORDS:
        return False
    return not re.search(rf"(?<![A-Za-z]){re.escape(m.surface.upper())}(?![A-Za-z])", question)


def step_ratio(w: Work) -> None:
    """A rate defined in the question ("应答率=接单数/叫车请求数"): its two sides, its name's words taken out; and
    day-N retention ("次日留存", "D7 retention"), whose words name no slice."""
    w.day_n = dayn.find_day_n(w)
    if w.day_n is not None:
        a, b = w.day_n.span
        w.mentions = [m for m in w.mentions if m.end <= a or m.start >= b]
        w.blocked_spans.append((a, b))
        return
    # (a step said as a rate, "visa refusal rate", before a value of another column the same words name, a refund
    # reason visa_refused)
    found = ratio_def.column_sum_ratio(w) or ratio_def.find_ratio(w) or ratio_def.outcome_rate(w) or ratio_def.column_outcome_rate(w) or \
        ratio_def.value_rate(w) or ratio_def.based_step_rate(w) or ratio_def.absent_rate(w) or \
        ratio_def.step_share_of_base(w) or ratio_def.translated_outcome_rate(w)
    if found is None:
        return
    if isinstance(found, ratio_def.AskStep):
        w.status, w.clarify, w.options = "clarify", "touchpoint", list(found.options)
        return
    if isinstance(found, str):
        # a definition whose side names nothing countable: asked about, never guessed
        w.status, w.clarify, w.clarify_args = "unsupported", "ratio_side", {"side": found}
        return
    if _negated_side_as_dropoff(w, found):
        return
    if _refunds_of_a_kind_sold(w, found):
        return
    if found.numerator.metric_id == "orders" and AMOUNT_ASKED.search(w.text) and w.catalog.metric("revenue"):
        # "the average amount paid per couple (total paid orders divided by the couples …)": the total of the paid
        # orders, their money, since an amount is what is asked
        rest = {d: v for d, v in found.numerator.filters.items() if d != "order_status"}
        found = dataclasses.replace(found, numerator=ratio_def.Side("revenue", rest, found.numerator.text))
    found = ratio_def.all_but_counted(w, found)
    found = _step_of_the_rates_name(w, found)
    w.ratio = found
    ratio_def.take_out(w, found)


def _step_of_the_rates_name(w: Work, found: ratio_def.RatioDef) -> ratio_def.RatioDef:
    """"the first-visit install failure rate (failed first visits / all first visits)": neither side names a step
    and the rate's name does (install): both sides are that step's rows, never every event of the data."""
    sides = (found.numerator, found.denominator)
    if any(s.filters.get("touchpoint") for s in sides) or any(s.metric_id not in ("events", "active_customers", "sessions")
                                                             for s in sides):
        return found
    name = (found.name or "").lower()
    said = {m.id: m.surface.lower() for m in w.mentions if m.kind == "touchpoint" and m.surface.lower()
            and m.surface.lower() in name}
    if len(said) != 1:
        return found
    tp, surface = next(iter(said.items()))
    # (the name must say an outcome besides the step, "install failure rate"; in "no-show rate" the step is the outcome)
    rest = re.sub(r"\b(?:rates?|ratio|share|percentage|proportion)\b|率|比例|占比", " ", name.replace(surface, " "))
    if not re.search(r"[a-z]{3,}|[\u4e00-\u9fff]", rest):
        return found
    return dataclasses.replace(found, numerator=dataclasses.replace(found.numerator, filters={
        **found.numerator.filters, "touchpoint": [tp]}), denominator=dataclasses.replace(found.denominator, filters={
        **found.denominator.filters, "touchpoint": [tp]}))


NEVER_BEFORE = re.compile(r"(?:\bnever|\bdidn'?t|\bdid not|\bhaven'?t|\bhave not|\bnot yet|没有?|从没有?|从未|未曾|还没有?|没再)"
                          r"(?:\s+(?:had|have|has|got|get|go|went|a|an|the|any|been|was|were|to|on|their|his|her))*"
                          r"(?:再|去|被|能)?\s*$")


# the start of a journey said without naming its first step: "from first finding us", "from the start", "从一开始"
FROM_START = re.compile(r"\bfrom (?:the |their |when they )?(?:first|start|beginning|very beginning|top)\b|"
                        r"从(?:最|一)?开始|从头|从第一步|从首次")


def _from_the_start_to_a_step(w: Work) -> None:
    """"converts worst from first finding us to actually paying": the conversion up to the one step named, from the
    journey's start (its overall conversion at that step), not the step's own conversion from the step before."""
    if w.status != "ok" or w.ratio is not None or w.metric_id != "step_conversion" or len(w.touchpoint_ids) != 1 or \
            w.catalog.metric("overall_conversion") is None or not FROM_START.search(w.text):
        return
    tp = w.touchpoint_ids[0]
    j = next((j for j in w.catalog.journeys if (w.journey_id in (None, j.id)) and tp in j.steps
              and j.steps.index(tp) > 0), None)
    if j is None:
        return
    w.metric_id, w.journey_id = "overall_conversion", j.id
    w.conversion_to = tp if tp != j.steps[-1] else None
    w.touchpoint_ids = []


def _never_reached_is_dropoff(w: Work) -> None:
    """"What share of everyone who installed the app never created an account?", "下载了但没注册的占多少": of the people
    at a step, those who did not reach the next one is that step's drop-off rate, not the conversion."""
    if w.status != "ok" or w.ratio is not None or w.metric_id not in ("overall_conversion", "step_conversion") or \
            w.catalog.metric("drop_off_rate") is None:
        return
    tps = sorted((m for m in w.mentions if m.kind == "touchpoint"), key=lambda m: m.start)
    if len({m.id for m in tps}) != 2:
        return
    first, later = tps[0], tps[-1]
    if not NEVER_BEFORE.search(w.text[max(0, later.start - 30):later.start]):
        return
    j = next((j for j in w.catalog.journeys if first.id in j.steps and later.id in j.steps
              and j.steps.index(later.id) == j.steps.index(first.id) + 1), None)
    if j is None:
        return
    w.metric_id, w.journey_id, w.touchpoint_ids = "drop_off_rate", j.id, [first.id]


def _refunds_of_a_kind_sold(w: Work, found: ratio_def.RatioDef) -> bool:
    """"What share of course packs sold in 2025 got refunded?": refunds of every kind over the packs bought counts
    the other kinds' refunds too; where the orders record each sale's status, it is the refund rate of that kind of
    order (its refunded orders over its orders)."""
    c = w.catalog
    num, den = found.numerator, found.denominator
    steps = lambda side: [str(t) for t in side.filters.get("touchpoint", ())]  # noqa: E731
    if c.metric("refund_rate") is None or c.profile is None or not c.profile.present("orders") or \
            num.metric_id not in ("events", "active_customers") or den.metric_id not in ("events", "active_customers") or \
            len(steps(num)) != 1 or len(steps(den)) != 1 or \
            "refunded" not in (c.dimension_values.get("order_status") or ()):
        return False
    tp = {t.id: t for t in c.touchpoints}
    refund, base = tp.get(steps(num)[0]), tp.get(steps(den)[0])
    if refund is None or base is None or base.stage != "purchase" or \
            not checks.REFUND_STEP.search(" ".join(x for x in (refund.name, refund.name_zh, refund.name_en, refund.id) if x).lower()):
        return False
    before = dict(w.filters)
    checks._value_named_like(w, base.id)
    kind = {d: v for d, v in w.filters.items() if d not in before}
    if not kind:
        return False  # (no kind of order is named like the step bought: the step ratio stands)
    w.metric_id, w.ratio = "refund_rate", None
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in (refund.id, base.id)]
    w.mentions = [m for m in w.mentions if not (m.kind == "touchpoint" and m.id in (refund.id, base.id))]
    w.notes.append(("touchpoint_as_orders", {"touchpoint": (base.name_zh if w.language == "zh" else base.name_en) or base.name,
                                             "table": checks._msg(w).get("table_orders", "orders")}))
    return True


AMOUNT_ASKED = re.compile(r"\b(?:amount|spend|spent|spending|how much money|money)\b|多少钱|金额|花了多少|消费了?多少|付了多少")
NEGATED_SIDE = re.compile(r"没有?|未|不曾|\bnot\b|\bnever\b|\bdidn'?t\b|\bdid not\b|\bwithout\b")


def _negated_side_as_dropoff(w: Work, found: ratio_def.RatioDef) -> bool:
    """"流失率=到了附加服务页但没去支付的人/到了附加服务页的人": people who reached a step but not the next one, over
    those who reached it, is the drop-off rate at that step (counts of events cannot say "but not")."""
    num, den = found.numerator, found.denominator
    if not NEGATED_SIDE.search(num.text or ""):
        return False
    a = den.filters.get("touchpoint") or []
    b = [t for t in num.filters.get("touchpoint") or [] if t not in a]
    j = next((j for j in w.catalog.journeys if len(a) == 1 and len(b) == 1 and a[0] in j.steps and b[0] in j.steps
              and j.steps.index(b[0]) == j.steps.index(a[0]) + 1), None)
    if j is None or w.catalog.metric("drop_off_rate") is None:
        w.status, w.clarify, w.clarify_args = "unsupported", "ratio_side", {"side": num.text}
        return True
    ratio_def.take_out(w, found)
    w.metric_id, w.journey_id, w.touchpoint_ids = "drop_off_rate", j.id, [a[0]]
    at = (found.spans[1:] or found.spans or ((0, 0),))[0]  # the rate's name (else its definition) says the measure
    w.mentions.append(Mention("metric", "drop_off_rate", None, at[0], at[1], w.text[at[0]:at[1]], 1.0))
    return True


# asks a defined rate can answer: one value, by a grouping, over time, two groups, two periods
RATIO_ASKS = ("metric_value", "breakdown", "trend", "compare_groups", "compare_periods")


# ("booked with us again within 60 days of their first payment": a come-back, day-N retention)
COME_BACK_AGAIN = re.compile(r"\bagain\b|\banother\b|\brepeat\b|再次|重新|再来|又来|回头", re.I)


def step_ratio_ask(w: Work) -> None:
    """The defined rate is the measure of the answer; asks it cannot be the measure of are said so. A share of
    rows past a threshold ("准时率（45分钟内送达算准时）", "what share of orders took over 60 minutes") is one too."""
    if w.day_n is not None and w.day_n.within and w.status == "ok" and w.metric_id == "overall_conversion" and \
            w.journey_id and not w.touchpoint_ids and not COME_BACK_AGAIN.search(w.text):
        # "of those who paused, what share came back (resumed) within 60 days of their first pause": two steps named
        # in order are the conversion between them, the days its window (_window_of_conversion), not a come-back to
        # any activity
        w.day_n = None
    if w.day_n is not None and w.status == "ok":
        # "安卓玩家的次日留存", "which campaign's D1 retention is worst": day-N retention of the customers who started
        w.intent, w.metric_id = "day_retention", None
        w.retention_steps = dayn.steps(w)
        w.touchpoint_ids = []
        if w.focus:  # ("what share came back": the share is the retention itself, no part of a grouping)
            w.dimension, w.focus = None, []
        for dim in [d for d in w.filters if d == "order_status" and w.retention_steps[0]]:
            del w.filters[dim]  # ("customers who paid …, within 60 days of their first checkout": the step says it)
        return
    if w.ratio is None and w.status == "ok":
        w.ratio = ratio_def.threshold_share(w)
    if w.ratio is None or w.status != "ok":
        return
    if w.intent == "experiment":
        # "提前7天提醒那组45天内续费的比例": an arm's share reaching a step is the test's own read-out (its arms are the
        # denominators); the share's steps are what counts as converting (build._experiment_outcome)
        steps = list(w.ratio.numerator.filters.get("touchpoint", ()))
        w.touchpoint_ids = list(dict.fromkeys(steps + w.touchpoint_ids))
        w.ratio, w.metric_id = None, None
        return
    w.metric_id = w.ratio.numerator.metric_id
    # "what share of orders were refunded? refunded orders / all orders": the question restating a side names
    # no slice of both
    for dim in {*w.ratio.numerator.filters, *w.ratio.denominator.filters, "action"} - {"touchpoint"}:
        w.filters.pop(dim, None)  # "which method fails most often (failures / attempts)": the verb restates the rate
        shared_out = any(n[0] == "share_of" for n in w.notes)
        if w.dimension == dim and (not w.order or shared_out) and not intent.is_which(w.text):
            # "what share … ended up refunded? (refunded / paid + refunded)": the values the rate is made of are
            # no groups to compare or to share out
            w.dimension, w.group_values = None, []
            if shared_out:
                w.order = None
            w.notes = [n for n in w.notes if n[0] != "share_of"]
            if w.intent in ("compare_groups", "breakdown"):
                w.intent = "metric_value"
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in w.ratio.numerator.filters.get("touchpoint", ())
                        and t not in w.ratio.denominator.filters.get("touchpoint", ())]
    if not w.intent or w.intent in ("feedback_count", "explain_metric"):
        w.intent = "metric_value"
    _outcome_never_at_the_rates_step(w)
    if w.status != "ok":
        return
    if w.intent == "funnel" and not re.search(r"funnel|漏斗", w.text):
        # "refund rate for EV trips (refunded trips / all EV trips)": the journey's noun is what is counted
        w.intent, w.journey_id = "metric_value", None
    if w.intent == "why" and "compare_periods" in RATIO_ASKS:
        # ("今年3月以后报价接受率为啥掉了？": the rate's change against the period before is what can be shown; no
        # drivers are computed for a rate the question defines, and the assumptions say so)
        w.intent = "compare_periods"
        w.notes.append(("why_of_a_defined_rate", {"name": w.ratio.name or "—"}))
    if w.intent not in RATIO_ASKS:
        w.status, w.clarify, w.clarify_args = "unsupported", "ratio_ask", {"name": w.ratio.name or "—"}


def _outcome_never_at_the_rates_step(w: Work) -> None:
    """"What was the no-show rate on free scans booked in 2025?" where no_show is an outcome recorded only at the step
    "Missed appointment": a rate whose counted outcome no event of the step it is taken at ever records is 0 % by
    construction, never an answer. Said so, with the step that does record it, so the asker can name the two counts
    ("missed appointments / free scan bookings"). (Outcomes only: the profile reads every step's outcomes in full.)"""
    prof = w.catalog.profile
    at = {*w.touchpoint_ids, *w.filters.get("touchpoint", ()), *w.ratio.denominator.filters.get("touchpoint", ())} \
        if w.ratio is not None else set()
    if prof is None or not at or w.status != "ok" or \
            w.ratio.numerator.filters.get("touchpoint") or "action" in w.ratio.denominator.filters:
        return
    said = [str(v) for v in w.ratio.numerator.filters.get("action", ()) if not str(v).startswith("!=")]
    held = {s for v in said for s in prof.action_steps.get(v, ())}
    if not said or not held or held & at:
        return
    w.status, w.intent, w.clarify = "unsupported", "unsupported", "outcome_elsewhere"
    w.clarify_args = {"name": w.ratio.name or "—", "value": ", ".join(said),
                      "steps": "、".join(build._tp_name(w.catalog, t, w.language) for t in sorted(at))
                      if w.language == "zh" else ", ".join(build._tp_name(w.catalog, t, w.language) for t in sorted(at)),
                      "held": ("、" if w.language == "zh" else ", ").join(
                          build._tp_name(w.catalog, t, w.language) for t in sorted(held))}


FLOW_INTENTS = frozenset({"dropoff", "funnel", "path", "exits"})


POSSESSIVE = re.compile(r"\s*['’]s?\s+")


def _possessor_out(w: Work) -> list[Mention]:
    """"split by the guest's acquisition channel": the word before 's owns the column named right after it; it is
    no column (guests) or measure of its own."""
    out = []
    for m in w.mentions:
        # (a value's possessive, "Chongzhou Bamboo Courtyard's ratings", is the slice whose ratings are asked: kept)
        tail = POSSESSIVE.match(w.text, m.end) if m.kind in ("dimension", "metric") else None
        if tail and any(x.kind == "dimension" and x.start == tail.end() for x in w.mentions) and \
                not any(x.kind == "dimension" and x.start <= m.start and x.end >= tail.end() for x in w.mentions):
            continue
        # ("did the guest have to phone": one guest is a person, not the guests column counting them per booking)
        if m.kind in ("dimension", "metric") and _one_of_a_count(w, m):
            continue
        # ("until the technician's first repair visit": the one who does the step, not a grouping by technician)
        if tail and m.kind == "dimension" and re.search(r"\bthe\s+$", w.text[max(0, m.start - 12):m.start]) and \
                not re.search(r"\b(?:by|per|each|every|which|what|across|split)\s+the\s+$",
                              w.text[max(0, m.start - 20):m.start]):
            continue
        out.append(m)
    return out


FLAG_VALUES = frozenset({"0", "1", "true", "false", "yes", "no"})
# "weekend stays vs weekday ones", "by weekend stay", "是否周末": the flag's two sides are asked for
FLAG_SIDES = re.compile(r"\b(?:vs\.?|versus|or not|compared?|split|by|per|whether)\b|是否|还是|和非|与非|对比|分别|按", re.I)


def _compound_column_word(w: Work) -> list[Mention]:
    """"Which campsite …" where the column is site: an English compound word unlinked, ending in a column's one-word
    name after a real word (camp + site, book + store), names that column."""
    if not re.search(r"[a-z]", w.text):
        return w.mentions
    taken = [(m.start, m.end) for m in w.mentions] + list(w.time_spans) + list(w.blocked_spans)
    heads = [e for e in w.catalog.gazetteer if e.kind == "dimension" and e.surface.isalpha() and len(e.surface) >= 4]
    out = list(w.mentions)
    for word in re.finditer(r"(?<![a-z0-9'])([a-z]{3,})([a-z]{4,}?)s?(?![a-z0-9])", w.text):
        if any(a < word.end() and word.start() < b for a, b in taken):
            continue
        whole = word.group(0)
        for e in heads:
            if not whole.rstrip("s").endswith(e.surface) and not whole.endswith(e.surface):
                continue
            head = whole[:whole.rfind(e.surface)]
            if len(head) >= 3 and head.isalpha() and linker._zipf(head, "en") >= linker.REAL_WORD_EN \
                    and linker._zipf(whole, "en") < linker.REAL_WORD_EN + 1:
                out.append(Mention("dimension", e.id, None, word.start(), word.end(), whole, linker.INFLECTED))
    return sorted(out, key=lambda m: m.start)


COMPLAINT_ABOUT = re.compile(r"\s*(?:about|regarding|over|concerning|that|关于|说|在说|是关于|"
                             # ("How many complaints mention the ticket kiosks")
                             r"mention(?:s|ed|ing)?\b|talk(?:s|ed|ing)? about|refer(?:s|red|ring)? to|(?:are|were|is|was) about|"
                             r"br(?:ing|ings|inging|ought) up|提到|提及|说到)", re.I)


# a verb saying what comments talk about, and a word for the comments ("反馈提到通话掉线", "comments mention calls
# dropping")
MENTION_SAID = re.compile(r"提到|提及|说到|谈到|讲到|聊到|\bmention(?:s|ed|ing)?\b|\btalk(?:s|ed|ing)? about\b|"
                          r"\bsa(?:y|ys|id|ying) about\b", re.I)
COMMENT_WORD = re.compile(r"反馈|评论|评价|留言|投诉|差评|\bcomments?\b|\bfeedback\b|\breviews?\b|\bcomplaints?\b", re.I)


# a word before a noun that asks for its groups ranked or split ("which dealer", "by dealer", "top 5 dealers")
RANKED_BEFORE = re.compile(r"\b(?:which|what|by|each|every|top(?:\s+\d+)?|rank(?:ed)?|split by|broken down by)\s+"
                           r"(?:the\s+)?$", re.I)


def _steps_the_comments_mention(w: Work) -> list[Mention]:
    """"2025年12月有多少条反馈提到通话掉线？", "How many comments mention calls dropping?" where 通话 / 掉线 / "calls"
    are a step's names: what the comments talk about (their text is searched), not the comments filed under that
    step; a step named before the verb ("comments about the checkout step mentioning …") stays."""
    cue = MENTION_SAID.search(w.text)
    if cue is None or not COMMENT_WORD.search(w.text):
        return w.mentions
    stop = re.compile(r"[，,。？?！!；;]").search(w.text, cue.end())
    end = stop.start() if stop else len(w.text)
    return [m for m in w.mentions if not (m.kind in ("touchpoint", "journey") and cue.end() <= m.start < end)]


def _what_the_comments_mention(w: Work) -> str:
    """The words right after "提到" / "mention" up to the comment word or the clause's end ("提到涨价的反馈" → 涨价),
    when no name is among them; "" otherwise."""
    cue = MENTION_SAID.search(w.text)
    if cue is None or not COMMENT_WORD.search(w.text):
        return ""
    stop = re.compile(r"[，,。？?！!；;]").search(w.text, cue.end())
    end = stop.start() if stop else len(w.text)
    word = COMMENT_WORD.search(w.text, cue.end(), end)
    end = word.start() if word else end
    if any(cue.end() <= m.start < end and m.kind != "value" for m in w.mentions):
        return ""
    said = re.sub(r"(?:的|了|过|\s)+$", "", w.text[cue.end():end]).strip(" ：:“”\"'")
    return said if 2 <= len(said) <= 30 else ""


def _complaint_word_about_something(w: Work) -> list[Mention]:
    """"How many complaints about slow settlements" where "complaint" is also an alias of the dispute step: the
    customers' word for negative comments, with what they are about after it, is no step."""
    return [m for m in w.mentions if not (m.kind in ("touchpoint", "journey") and m.surface.lower() in
                                          checks.COMPLAINT_WORDS and COMPLAINT_ABOUT.match(w.text, m.end))]


PEOPLE_AFTER_ZH = re.compile(r"(?:里|中|当中|之中|有|数|一共|总共|平均|人均|的?(?:比例|占比)|[，,。？?！!]|$)")


def _hyphen_tie(w: Work) -> list[Mention]:
    """"egg-freezing patients" (treatment egg_freezing, and a step aliased egg freezing), "trial-box buyers" (order type
    trial_box, and the trial box step): hyphenated words naming a step and a value are the value when its column
    can slice the events or the people, else the step."""
    drop = []
    for t in [m for m in w.mentions if m.kind == "touchpoint" and "-" in m.surface]:
        tp = w.catalog.touchpoint(t.id)
        written = {x.lower() for x in (tp.name, tp.name_en, tp.name_zh, *tp.aliases) if x} if tp else set()
        if t.surface.lower() in written or t.surface.lower().rstrip("s") in written:
            continue  # ("check-in": the step's own name as written, hyphen and all)
        vals = [m for m in w.mentions if m.kind == "value" and (m.start, m.end) == (t.start, t.end)]
        if not vals:
            continue
        carried = [v for v in vals if (d := w.catalog.dimension(v.dim)) is not None
                   and (not d.slices or {"events", "customers"} & set(d.slices))]
        drop += [t] if carried else vals
    return [m for m in w.mentions if m not in drop]


def _step_of_a_named_journey(w: Work) -> list[Mention]:
    """"2025 onboarding funnel … into trial-box buyers" where trial box is a step of that journey and an order type: the
    words name the journey's step; the value of the same words, of a column the journey's rows lack, slices nothing."""
    if any(m.kind == "metric" and (t := w.catalog.metric(m.id)) is not None and t.table == "orders"
           for m in w.mentions) or MONEY_ASKED.search(w.text):
        # ("donation income", "how much did we raise in donations": money of the orders, which only the orders'
        # own value can slice)
        return w.mentions
    steps = {s for m in w.mentions if m.kind == "journey" and (j := w.catalog.journey(m.id)) is not None for s in j.steps}
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "touchpoint" and m.id in steps}
    # (a value the journey's people or events carry may still slice it: "抖音广告来的客户" is where they came from)
    def sliceless(m: Mention) -> bool:
        d = w.catalog.dimension(m.dim) if m.dim else None
        return d is not None and bool(d.slices) and not {"events", "customers"} & set(d.slices)
    return [m for m in w.mentions if not (m.kind == "value" and (m.start, m.end) in spans and sliceless(m))]


def _guessed_word_of_a_journey_step(w: Work) -> list[Mention]:
    """"hive inspection journey: what fraction of people who booked an inspection actually got a visit" where the
    journey's steps are "Hive inspection booked" and "Hive inspection visit": a word guessed as a measure (visit as
    sessions) that is a word of exactly one step of the journey named is that step (said)."""
    steps = [s for m in w.mentions if m.kind == "journey" and (j := w.catalog.journey(m.id)) is not None for s in j.steps]
    if not steps or w.language != "en":
        return w.mentions
    out = []
    for m in w.mentions:
        if m.kind == "metric" and m.score < INFLECTED and re.fullmatch(r"[a-z]+", m.surface):
            word = re.sub(r"(?<=[a-z]{3})s$", "", m.surface.lower())
            owners = [s for s in dict.fromkeys(steps) if (t := w.catalog.touchpoint(s)) is not None and
                      word in re.findall(r"[a-z]+", f"{t.name} {t.name_en or ''}".lower())]
            if len(owners) == 1 and not any(x.kind == "touchpoint" and x.id == owners[0] for x in w.mentions):
                w.notes = [n for n in w.notes if not (n[0] == "fuzzy" and n[1].get("surface") == m.surface)]
                out.append(Mention("touchpoint", owners[0], None, m.start, m.end, m.surface, INFLECTED))
                continue
        out.append(m)
    return out


FUNNEL_AFTER = re.compile(r"\s*(?:funnel|journey|flow|漏斗|旅程|流程)", re.I)


def _kind_naming_a_funnel(w: Work) -> list[Mention]:
    """"Q3 2025 rental funnel (browse → … → pay)" where rental is also an order type: a value right before the funnel
    word, of a column the journey's events cannot carry, says which funnel — it slices nothing."""
    drop = []
    for m in w.mentions:
        d = w.catalog.dimension(m.dim) if m.kind == "value" and m.dim else None
        if d is not None and d.slices and not {"events", "customers"} & set(d.slices) and FUNNEL_AFTER.match(w.text, m.end):
            drop.append(m)
    w.blocked_spans += [(m.start, m.end) for m in drop]
    return [m for m in w.mentions if m not in drop]


def _people_of_their_own_kind(w: Work, m: Mention) -> bool:
    """Is a people word said as a value the kind of the people counted, said before another people word ("学生用户",
    "student customers")?"""
    after = w.text[m.end:].lstrip().lower()
    if any(after.startswith(p) for p in lexicon_zh.PEOPLE if len(p) >= 2 and not p.startswith(("多少", "几", "的", "人"))) or \
            re.match(r"(?:customers?|users?|members?|accounts?)\b", after):
        return True
    return False


def _kind_of_people_counted(w: Work, m: Mention) -> bool:
    """"How many students do we have?": a kind of people the customer list keeps, counted (linker)."""
    return linker.kind_of_people_counted(w.catalog, w.text, m)


def _people_word_not_a_value(w: Work) -> list[Mention]:
    """"暂停订阅的家庭里", "每个付费家庭", "How many families paused" where family is also a box size: the word for the
    people counted, in a people's place (after 的, before 里/有/，, or an English plural), is who is counted, not
    the value ("家庭套餐", "family plan" stay the value)."""
    drop = []
    for m in w.mentions:
        if m.kind != "value":
            continue
        said = m.surface.lower()
        modifies = any(w.text.startswith(p, m.end) for p in lexicon_zh.PEOPLE if len(p) >= 2)  # ("家庭客户": a kind of customer)
        if said in lexicon_zh.PEOPLE and not modifies and \
                (PEOPLE_AFTER_ZH.match(w.text, m.end) or w.text[:m.start].endswith(("的", "付费"))):
            drop.append(m)
        elif said in lexicon_en.PEOPLE and said.endswith("s") and str(m.id).lower() != said and \
                not ((d := w.catalog.dimension(m.dim)) is not None and "customers" in d.slices):
            drop.append(m)  # (a kind of the people themselves, "sellers" of user_role, stays: who they are)
    w.blocked_spans += [(m.start, m.end) for m in drop]
    return [m for m in w.mentions if m not in drop]


# a count of a noun: "how many weddings", "一共办了多少场派对" (the classifier, then the noun counted)
COUNTED_NOUN_EN = re.compile(r"\b(?:how many|number of|count of)\s+(?:(?:the|our|all)\s+)*([a-z]{4,}?)(?:e?s)\b")
COUNTED_NOUN_ZH = re.compile(r"(?:多少|几)(?:场|个|次|单|笔|位|家|件|张|台|辆|份|批|趟|起|盒|箱|节|堂)?"
                             r"([\u4e00-\u9fff]{2,4}?)(?=[？?，,。！!]|$|呢|啊|吗)")


# "到账的转账笔数", "激活了的卡片有多少张": a step, 的, then a word of an earlier step of its journey and what is counted
LATER_STEP_OF_THING = re.compile(r"^(?:了|过)?的$")
WAIT_SAID_ZH = re.compile(r"\d+\s*(?:个)?(?:天|日|小时|分钟|周|星期|个月)|等待|等了|隔了|之内|以内|之后才|以后才|才")
COUNT_AFTER_THING = re.compile(r"^(?:笔数|单数|次数|数量|个数|张数|数|有多少|一共|共|总共|多少|几)")


def _later_step_said_of_the_thing(w: Work) -> list[Mention]:
    """"2026年2月到账的转账笔数" where 到账 names Transfer completed and 转账 Transfer started, of one journey: the
    earlier step's word after 的 is the thing counted, the later step before it what happened to it — the later
    step's events are counted, never both steps' together."""
    if w.language != "zh" or WAIT_SAID_ZH.search(w.text):
        return w.mentions  # ("等待3天以上才入住的预订": the time between the two steps needs both)
    tps = sorted((m for m in w.mentions if m.kind == "touchpoint"), key=lambda m: m.start)
    drop = []
    for a, b in zip(tps, tps[1:]):
        if not LATER_STEP_OF_THING.match(w.text[a.end:b.start]) or not COUNT_AFTER_THING.match(w.text[b.end:]):
            continue
        if any(a.id in j.steps and b.id in j.steps and j.steps.index(b.id) < j.steps.index(a.id)
               for j in w.catalog.journeys):
            # (the other names of those words go with it: 转账 of a deposit_method value bank_transfer)
            drop += [m for m in w.mentions if m.start < b.end and b.start < m.end and m.kind != "journey"]
    return [m for m in w.mentions if m not in drop]


def _counted_noun_of_one_step(w: Work) -> list[Mention]:
    """"How many weddings did our artists do in October?" where one step is "Wedding-day makeup": a noun counted,
    named by no catalogue entry, that is a word of exactly one step's names (and no column's name) is that step, its
    rows counted — never a count of every event. A word of several steps' names ("一共办了多少场派对" with 派对开场 and
    派对前提醒) names each of them: the question is asked back with those steps. (A column's word said there without a
    grouping word, 派对 of a package_zh column, yields to the steps.)"""
    if any(m.kind == "touchpoint" for m in w.mentions):
        return w.mentions
    blocked = list(w.time_spans) + list(w.blocked_spans)
    rx = COUNTED_NOUN_EN if w.language == "en" else COUNTED_NOUN_ZH
    for hit in rx.finditer(w.text):
        a, b = hit.span(1)[0], (hit.end() if w.language == "en" else hit.end(1))
        word = hit.group(1)
        if w.language == "en" and word.endswith("i") and w.text[hit.end(1):hit.end()] == "es":
            word = word[:-1] + "y"  # ("parties" of party)
        over = [x for x in w.mentions if x.start < b and a < x.end]
        if any(x.kind != "dimension" or resolve.grouping_before(w.text, x.start) or
               re.search(r"(?:哪|按照?|各|每)[\u4e00-\u9fff]{0,3}$", w.text[:x.start]) for x in over) or \
                any(x < b and a < y for x, y in blocked) or coverage.is_people_word(word):
            continue
        if w.language == "en":
            if any(e.surface in (word, word + "s", word + "es") for e in w.catalog.gazetteer
                   if e.kind in ("dimension", "metric", "value")):
                continue
            owners = [t.id for t in w.catalog.touchpoints if word in _touchpoint_words(w.catalog, t.id)]
        else:
            owners = [t.id for t in w.catalog.touchpoints if word in (t.name_zh or t.name or "")]
            rest = w.text[:hit.start()] + w.text[hit.end():]
            if len(owners) > 1 and any(ch in rest for t in w.catalog.touchpoints if t.id in owners
                                       for ch in (t.name_zh or t.name or "").replace(word, "") if CJK.match(ch)):
                continue  # ("一共发出去多少个订阅箱": the verb said apart picks one of them — read by the steps' own rules)
        if not owners or (len(owners) > 1 and w.language == "en" and not any(
                t.id in owners and word in (t.name_en or "").lower() for t in w.catalog.touchpoints)):
            continue
        kept = [x for x in w.mentions if x not in over]
        return sorted(kept + [Mention("touchpoint", o, None, a, b, w.text[a:b], linker.INFLECTED) for o in owners[:6]],
                      key=lambda m: m.start)
    return w.mentions


YES_NO_WRITTEN = re.compile(r"\s*(?:==?|:|为|是)?\s*(yes|no|true|false|y|n|是|否)(?![a-z0-9_])", re.I)


def _flag_said_as_a_kind(w: Work) -> list[Mention]:
    """"the longest wait … on weekend stays", "周末入住的": a yes/no column (weekend_stay holding 0 and 1) named
    without asking for both sides is the rows where it holds: a slice, not a grouping. ("with"/"without" before
    it are read by the yes/no rules of the slots.)"""
    out = []
    for m in w.mentions:
        vals = {str(v).lower() for v in w.catalog.dimension_values.get(m.id, ())} if m.kind == "dimension" else set()
        # ("late = on_time no", "on_time=false": the column's name with one of its own values written after it)
        written = YES_NO_WRITTEN.match(w.text, m.end) if len(vals) == 2 and vals <= FLAG_VALUES else None
        if written and written.group(1).lower() in vals:
            raw = next(str(v) for v in w.catalog.dimension_values[m.id] if str(v).lower() == written.group(1).lower())
            out.append(Mention("value", raw, m.id, m.start, written.end(), w.text[m.start:written.end()], m.score))
            continue
        if len(vals) == 2 and vals <= FLAG_VALUES and not FLAG_SIDES.search(w.text) \
                and not GROUP_BEFORE.search(w.text[:m.start]) and not HAS_BEFORE.search(w.text[:m.start]) \
                and not HAS_NOT_BEFORE.search(w.text[:m.start]) and not re.search(r"(?:\bnon-?\s?|非|不是|不|不含|不包含|不包括|除了|除去|排除|\bexcluding\s|\bexcept\s)$",
                                  w.text[:m.start]):
            yes = next(str(v) for v in w.catalog.dimension_values[m.id] if str(v).lower() in ("1", "true", "yes"))
            out.append(Mention("value", yes, m.id, m.start, m.end, m.surface, m.score))
            continue
        out.append(m)
    return out


def _one_of_a_count(w: Work, m: Mention) -> bool:
    """Is the mention the singular of a numeric column named by a plural noun (guest for guests)?"""
    col = m.id[len(AVG_PREFIX):] if m.kind == "metric" and m.id.startswith(AVG_PREFIX) else m.id
    said = m.surface.lower()
    return w.catalog.metric(AVG_PREFIX + col) is not None and col.lower() == said + "s" and said.isalpha()


def _people_noun_said(w: Work) -> list[Mention]:
    """"打开过孩子来信的捐赠人里": the company's word for the people it serves (捐赠人, ending 单次捐赠人 and 企业捐赠人)
    names them: not one of those values (the bare noun is no 企业捐赠人), and not the step whose name it starts with
    (捐赠 of 捐赠人). Names holding the whole word ("会员充值", a value said whole) stay."""
    said = [(m.start(), m.end()) for n in w.catalog.people_nouns for m in re.finditer(re.escape(n), w.text)]
    if not said:
        return w.mentions
    out = []
    for m in w.mentions:
        inside = any(a <= m.start and m.end <= b for a, b in said)
        if inside and m.kind == "value" and m.id != m.surface and len(str(m.id)) > m.end - m.start:
            continue  # the noun alone, read as a longer value
        if m.kind == "touchpoint" and any(a <= m.start and m.end < b for a, b in said):
            continue  # the step's name is the start of the noun
        out.append(m)
    return out


DO_SUPPORT = re.compile(r"^(?:did|do|does|didn't|did not|don't)\s")


def _do_support_after_a_step(w: Work) -> list[Mention]:
    """"How many installations did we complete": the thing counted names its step; the verb after do ("did we
    complete", a form of "Repair completed") is only the verb then."""
    steps = [m for m in w.mentions if m.kind == "touchpoint" and not DO_SUPPORT.match(m.surface)]
    said = [m for m in w.mentions if m.kind == "touchpoint" and DO_SUPPORT.match(m.surface)]

    def own_object(m: Mention, x: Mention) -> bool:
        """"How many deals did we lose" where "deal" names the step Contract signed and the step said with
        do-support is "Deal lost": the thing counted is that step's own object, so the verb names it."""
        tp = w.catalog.touchpoint(m.id)
        head = (tp.name_en or tp.name or "").lower().split()[:1] if tp is not None else []
        return bool(head) and head[0].isalpha() and \
            lexicon_en.singular(x.surface.lower().split()[-1]) == lexicon_en.singular(head[0])
    mine = {id(x) for m in said for x in steps if x.id != m.id and 0 <= m.start - x.end <= 40 and own_object(m, x)}
    return [m for m in w.mentions if id(m) not in mine and not (
        m.kind == "touchpoint" and DO_SUPPORT.match(m.surface) and any(
            x.id != m.id and 0 <= m.start - x.end <= 40 and id(x) not in mine for x in steps))]


# a suffix making a step's verb or object into the person who does it (纹身 → 纹身师, 配送 → 配送员, 供应 → 供应商)
AGENT_SUFFIX = re.compile(r"[师员商者]")


def _agent_nouns_out(w: Work) -> list[Mention]:
    """"哪位纹身师的平均评分最高": a step's Chinese name with an agent suffix right after it is a word for people (the
    tattoo artist, the courier), not the step; the whole word is left for the columns to name (or to be said
    unknown), when the catalogue has no name for it as it stands."""
    names = w.catalog.surfaces
    out = []
    for m in w.mentions:
        nxt = w.text[m.end:m.end + 1]
        if m.kind == "touchpoint" and CJK_NAME.fullmatch(m.surface) and AGENT_SUFFIX.fullmatch(nxt) and \
                m.surface + nxt not in names and not any(x.start <= m.end < x.end for x in w.mentions if x is not m):
            # ("在线咨询师": the step 在线咨询 took the words of the column 咨询师, which the people word names)
            word = m.surface + nxt
            for i in range(1, len(word) - 1):
                cols = {e.id for e in w.catalog.gazetteer if e.kind == "dimension" and e.surface == word[i:]}
                if cols:
                    out += [Mention("dimension", c, None, m.start + i, m.end + 1, word[i:], 1.0) for c in sorted(cols)]
                    break
            continue
        out.append(m)
    return out


CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")


AMBIGUOUS_EXPERIMENT_WORDS = frozenset({"treatment", "variant"})
ARM_WORD = re.compile(r"\b(?:group|arm|version|variant|cohort|cell)s?\b|组|版本", re.I)  # ("and the locked-price group?")
TEST_SAID = re.compile(r"\b(?:test|tests|tested|pilot|trial run)\b|测试|实验|试点", re.I)
ARM_ASKED = re.compile(r"\bwhich (?:version|arm|group|option|offer|wording|letter|email)s?\b|\b(?:versions?|arms?)\b|"
                       r"哪(?:个|一)?(?:版本?|组|种方案|个方案)|哪一版|哪版", re.I)


MONEY_OUT = re.compile(r"退出去(?:了)?(?:多少|几)|退出(?:了)?(?:多少|几)(?:钱|元|块|万)")


# words holding 实验 (experiment) that name a place or a thing, not a test ("实验室", "实验楼", "实验台", "实验员")
LAB_WORDS = re.compile(r"实验(?:室|楼|台|员|中心|基地|田|站)")


# a cause said of what is counted, as a relative clause before the noun ("导致停演的故障", "造成延误的那些订单")
# ("因为老师爽约导致的改约": the cause before the verb, the verb right before 的 — the same relative clause)
CAUSED_OF_COUNTED = re.compile(r"(导致|造成|引起|引发)[^，,。？?！!的()（）]{1,10}\s*(?:[（(][^）)]*[）)])?\s*的|"
                               r"(?:因为|由于)[^，,。？?！!()（）]{1,12}?(导致|造成|引起|引发)的")
COUNT_ASKED_ZH = re.compile(r"多少|几[次个单件条起场回笔位家]")


# words that say the question is about what customers said
FEEDBACK_WORDS_ZH = re.compile(r"反馈|评价|评论|差评|好评|中评|抱怨|吐槽|投诉|意见|留言|点评|槽点|不满|说了|在说|提到")


def step_cues(w: Work) -> None:
    """Intent cue words outside linked names; names of things and periods are not cues ("反馈量" is a
    metric), but a cue containing a whole name still counts ("情绪曲线" contains the 情绪 dimension)."""
    spans = [(m.start, m.end) for m in w.mentions] + w.time_spans + w.blocked_spans
    things = frozenset((m.start, m.end) for m in w.mentions if m.kind in ("touchpoint", "journey"))
    # blocked words (a value's restated name, a threshold) and a company column's own name ("tickets" of a
    # tickets column is no word for comments) are blanked: no cue even when a cue is all they are
    own = [(m.start, m.end) for m in w.mentions if m.kind == "dimension" and (t := w.catalog.dimension(m.id)) is not None
           and t.extra and m.surface.lower().replace(" ", "_") == m.id.lower()]
    # ("一共退出去多少钱": money refunded out, no exit from the journey)
    money_out = [m.span() for m in MONEY_OUT.finditer(w.text)]
    # ("苏州实验室的常规件": a laboratory, no experiment)
    places = [m.span() for m in LAB_WORDS.finditer(w.text)]
    # ("导致停演的现场故障有多少次": what the counted things caused, said of them as a relative clause — no why asked)
    caused = [m.span(1) if m.group(1) else m.span(2) for m in CAUSED_OF_COUNTED.finditer(w.text)] \
        if COUNT_ASKED_ZH.search(w.text) else []
    masked = intent.mask(w.text, w.blocked_spans + own + intent.passive_agents(w.text) + money_out + places + caused)
    w.cues = intent.cue_hits(masked, spans, things)
    if "feedback_themes" in w.cues and not FEEDBACK_WORDS_ZH.search(w.text) and any(
            m.kind == "dimension" and m.surface in lexicon_zh.INTENT_CUES["feedback_themes"] for m in w.mentions):
        # ("最常选的是哪个主题" with a theme column: the column's word, no themes of the comments)
        w.cues.discard("feedback_themes")
    prof = w.catalog.profile
    if "experiment" in w.cues and prof is not None and not prof.present("experiments") and \
            not intent.any_cue(masked, tuple(c for c in lexicon_zh.INTENT_CUES["experiment"] + lexicon_en.INTENT_CUES["experiment"]
                                             if c not in AMBIGUOUS_EXPERIMENT_WORDS), spans):
        # ("treatment packages" at an eye clinic, "product variant": with no experiments in the data these words
        # name the company's own things; "A/B test" is still asked about, and answered that there are none)
        w.cues.discard("experiment")
    after_test = w.state is not None and w.state.intent == "experiment" and ARM_WORD.search(w.text)
    if prof is not None and prof.present("experiments") and (TEST_SAID.search(w.text) and ARM_ASKED.search(w.text)
                                                             or after_test):
        # ("the quote format test — locked price vs market-linked: which version got more customers to sign?"): a test
        # and its arms asked about, on data that has experiments
        w.cues.add("experiment")
    _comment_word_of_a_step(w)
    _cue_words_the_company_uses(w, masked, spans, things)
    # a value's very words ask for no analysis of the journey's flow ("leak" the request type is no drop-off);
    # they may still say what is counted ("complaints" the category are comments)
    values = frozenset((m.start, m.end) for m in w.mentions if m.kind == "value")
    w.cues -= (w.cues - intent.cue_hits(masked, spans, things | values)) & FLOW_INTENTS
    # ("报修最多的是什么问题？按维修类型看报修次数": "what problem" asks which kind of a step's records, counted
    # outright, not for complaints; "客户反映什么问题" names no count of a step and stays a complaint)
    asked_kind = WHAT_PROBLEM.search(w.text) and any(m.kind == "touchpoint" for m in w.mentions) and \
        any(m.kind == "dimension" for m in w.mentions) and STEP_COUNT_SAID.search(w.text)
    negative_text = WHAT_PROBLEM.sub(lambda g: "\u2002" * len(g.group(0)), w.text) if asked_kind else w.text
    if intent.any_cue(negative_text, lexicon_zh.NEGATIVE + lexicon_en.NEGATIVE, spans):
        w.cues.add("negative")
    if intent.any_cue(w.text, lexicon_zh.POSITIVE + lexicon_en.POSITIVE, spans):
        w.cues.add("positive")
    # ("tuition paid → cohort start → weekly assignment → graduation": a grain word inside a chain of steps is part of a
    # step's name, no series)
    w.grain = intent.grain(w.text, spans + [m.span() for m in ARROW_LIST.finditer(w.text)])
    if _grain_word_of_a_name(w):
        w.grain = None
        adjectives = {m.span(1) for m in GRAIN_ADJECTIVE.finditer(w.text)}
        w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and (m.start, m.end) in adjectives)]
        w.blocked_spans += list(adjectives)
        bare = w.text
        for a, b in adjectives:
            bare = bare[:a] + "\u2002" * (b - a) + bare[b:]
        if not intent.any_cue(bare, lexicon_zh.INTENT_CUES["trend"] + lexicon_en.INTENT_CUES["trend"], spans):
            w.cues.discard("trend")
    # a value's own words are no order cue ("Bottoms" the department is no "bottom")
    # (nor are the words of groups listed in brackets, blocked as names: "（Tops、Dresses、Bottoms 这一级）")
    values = [(m.start, m.end) for m in w.mentions if m.kind == "value"] + \
        [(a, b) for a, b in w.blocked_spans if w.text[a:a + 1] in "(（"]
    # ("只看评分至少有200条的": the size a group needs is no "top 200")
    sizes = [x.span() for x in MIN_GROUP.finditer(w.text)] if w.min_group else []
    w.top_n, w.order = intent.superlative(intent.mask(w.text, w.time_spans + values + sizes))
    if w.top_n is not None and w.top_n > TOP_N_MAX:
        # ("top 200 customers": the tools list at most TOP_N_MAX groups; said, never a failed call)
        w.notes.append(("top_n_capped", {"asked": w.top_n, "n": TOP_N_MAX}))
        w.top_n = TOP_N_MAX


TOP_N_MAX = 100  # the most groups a ranking tool lists (tools/*: top_n le=100)


GRAIN_ADJECTIVE = re.compile(r"\b(daily|weekly|monthly|quarterly|yearly|annual)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+", re.I)
# a series asked in words other than the bare adjective ("per week", "week by week", "trend", "over time")
SERIES_SAID = re.compile(r"\b(?:per|by|each|every)\s+(?:day|week|month|quarter|year)\b|\b(?:day|week|month) by (?:day|week|month)\b|"
                         r"\btrend|\bover time\b|\bseries\b|\bchart\b|\bplot\b|\bgraph\b|\bbreak(?:down| it down)\b", re.I)


def _grain_word_of_a_name(w: Work) -> bool:
    """"had at least one weekly driving record", "what did we collect in weekly car rent": where the company's own
    names hold the grain's adjective (the step "Weekly activity", the order type weekly_rent), the adjective said
    before a noun is that thing, not a week-by-week series; a series asked in other words ("per week", "trend")
    still is one."""
    if w.language != "en" or SERIES_SAID.search(w.text):
        return False
    said = {m.group(1).lower() for m in GRAIN_ADJECTIVE.finditer(w.text)}
    if not said:
        return False
    c = w.catalog
    names = [x for t in c.touchpoints for x in (t.name, t.name_en, *t.aliases) if x]
    names += [str(v) for vals in c.dimension_values.values() for v in (vals or ())[:200]]
    words = {x for n in names for x in re.findall(r"[a-z]+", n.lower())}
    return bool(said & words)


COMMENT_WORDS = frozenset({"评价", "评论", "点评", "反馈", "comments", "comment", "reviews", "review", "feedback"})
SAID_BEFORE = re.compile(r"(?:说|嫌|抱怨|吐槽|提到|夸|骂)[^，。,.?？!！]{1,20}?的?\s*$|\b(?:saying|say|about|that)\b[^,.?!]{0,40}$")


def _cue_words_the_company_uses(w: Work, masked: str, spans: list[tuple[int, int]], things: frozenset) -> None:
    """"For clients who first asked us for a quote" where the steps are "Quote request" and "Quote sent": a word the
    company's own step names use is its thing, not a request to quote comments — a comment intent said only by
    such single words is dropped (phrases such as "show me comments" still ask)."""
    names = " ".join(x for t in w.catalog.touchpoints for x in (t.name, t.name_en, t.id.removeprefix("tp_")) if x)
    words = set(re.findall(r"[a-z]{3,}", names.lower().replace("_", " ")))
    for cue_intent in ("feedback_search", "feedback_generic"):
        if cue_intent not in w.cues:
            continue
        said = [c for c in lexicon_en.INTENT_CUES[cue_intent] if intent._has(masked, c, spans, things)]
        if said and all(" " not in c and (c in words or c.rstrip("s") in words) for c in said) and \
                not intent.any_cue(masked, lexicon_zh.INTENT_CUES[cue_intent], spans):
            w.cues.discard(cue_intent)


WHAT_PROBLEM = re.compile(r"(?:什么|哪些|哪种|哪类|啥)(?:样的)?问题")
STEP_COUNT_SAID = re.compile(r"次数|多少次|几次|\bhow many times\b")


def _comment_word_of_a_step(w: Work) -> None:
    """"给我看看嫌零食饮料太贵的评价" where 评价 is also the rating step's alias: asked for quotes, or for what they
    say, the word names the comments (the search covers every step's), not the step."""
    if w.cues & {"feedback_themes", "feedback_search", "feedback_generic"}:
        return
    # ("收到了几条评价": a count of the step's reviews, asked; 几条 is a quote word only without a count)
    quotes = intent.any_cue(w.text, lexicon_zh.QUOTES + lexicon_en.QUOTES) and \
        not intent.any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT)
    word = next((m for m in w.mentions if m.kind == "touchpoint" and m.surface.lower() in COMMENT_WORDS
                 and (quotes or SAID_BEFORE.search(w.text[:m.start]))), None)
    if word is None:
        return
    w.mentions = [m for m in w.mentions if m is not word]
    w.cues |= {"feedback_search"}


# rates of one order status: "returned more often" asks for the return rate, not for returned orders only
# (the return rate counts returned and refunded orders alike: a slice of either would make it 100 %)
STATUS_RATES = {"return_rate": ("returned", "refunded"), "refund_rate": ("refunded",), "cancellation_rate": ("cancelled",)}


# "季度内有2笔及以上", "within the month": the grain word bounds a count, it asks for no series by it
GRAIN_BOUND_AFTER = re.compile(r"\s*(?:之内|以内|内)")
GRAIN_BOUND_BEFORE = re.compile(r"\bwithin (?:the|that|a|one|the same|a single)\s*$|\bin (?:that|the same|a single)\s*$|"
                                r"\d\s*-?\s*$|[一二两三四五六七八九十百]$")  # "the 90-day window", "7天": a length


# "rebooked to another date", "moved to a new day": the date of one event, no series; nor "by the date of the first
# weather cancellation" (which date the cases are counted by)
GRAIN_NOUN_BEFORE = re.compile(r"\b(?:another|a new|new|a different|different|other|an earlier|a later|earlier|later)\s*$",
                               re.I)
# ("by the date the case came in", "by the date when it was paid": a clause says which date, as "of" does)
DATE_OF = re.compile(r"\s+(?:of|the|when|on which|that|it|they|we|each|an?)\b")


def _grains_that_bound(w: Work) -> None:
    keep = []
    for m in w.mentions:
        before = w.text[max(0, m.start - 20):m.start]
        if m.kind == "dimension" and m.id in TIME_GRAINS and (
                GRAIN_BOUND_AFTER.match(w.text, m.end) or GRAIN_BOUND_BEFORE.search(before)
                or GRAIN_NOUN_BEFORE.search(before)
                or (m.surface.lower() in ("date", "dates", "time") and DATE_OF.match(w.text, m.end))):
            w.blocked_spans.append((m.start, m.end))
            continue
        keep.append(m)
    w.mentions = keep


# "平均打了几分", "平均几颗星", "how many stars on average": the average rating, however the rows are named
STARS_ASKED = re.compile(r"平均(?:打了?|给了?|评了?|得了?)?(?:几|多少)(?:分(?!钟|之)|颗?星)|(?:几|多少)颗星|平均分(?![钟之配摊布])|"
                         r"\bhow many stars\b|\baverage (?:number of )?stars\b|\bstars on average\b")


def _stars_asked(w: Work) -> None:
    if w.metric_id not in (None, "events", "feedback_volume", *intent.PEOPLE_METRICS) or w.ratio is not None or \
            not STARS_ASKED.search(w.text) or w.catalog.metric("csat") is None:
        return
    w.metric_id = "csat"


KIND_ASKED = re.compile(r"\bwhat (?:kinds?|types?|sorts?) of\s+|\bwhich (?:kinds?|types?|sorts?|categor(?:y|ies)) of\s+|"
                        r"\b(?:most common|commonest|most frequent|top|main|biggest) (?:kinds?|types?|sorts?|"
                        r"categor(?:y|ies)) of\s+|"
                        r"哪类|哪一类|哪种|哪一种|什么类型的|哪个类型的|哪个类别的")
KIND_COLUMN = "(?:category|categories|type|types|kind|class|reason|topic)"


def _kind_of_named(w: Work) -> None:
    """"What kind of repair do tenants request most", "哪类报修最多": the kind is the company's column named for the
    thing (repair_category for the repair request step): ranked by it, never the thing's funnel or total."""
    cue = KIND_ASKED.search(w.text)
    if cue is None:
        return
    # ("the most common type of warranty claim": "type" in the asking words names no column of types, customer_type)
    w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and cue.start() <= m.start and m.end <= cue.end())]
    after = [m for m in w.mentions if 0 <= m.start - cue.end() <= 2]
    kinds = [m for m in after if m.kind == "dimension" and re.search(rf"_{KIND_COLUMN}$", m.id)]
    if len(kinds) == 1:
        # "what kind of repair" where "repair" also names repair_id and a journey: the kind column
        span = (kinds[0].start, kinds[0].end)
        w.mentions = [m for m in w.mentions if (m.start, m.end) != span or m is kinds[0]]
        return
    # ("哪类仪器" where 仪器 names instrument_id and the company also keeps instrument_type: the thing's kind column,
    # never one group per instrument)
    for m in after:
        base = re.sub(r"_(?:id|no|code|name)$", "", m.id) if m.kind == "dimension" else ""
        sib = [d.id for d in w.catalog.dimensions if base and d.extra and not d.identifier and
               re.fullmatch(rf"{re.escape(base)}_{KIND_COLUMN}", d.id)]
        if len(sib) == 1:
            w.mentions = [x for x in w.mentions if x is not m]
            w.mentions.append(Mention("dimension", sib[0], None, m.start, m.end, m.surface, 1.0))
            w.notes = [n for n in w.notes if not (isinstance(n[1], dict) and n[1].get("id") == m.id)]
            return
    rest = w.text[cue.end():]
    own = [d.id for d in w.catalog.dimensions if d.extra and not d.identifier and
           (k := re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(?:类型|类别|种类|分类)", d.id)) and rest.startswith(k.group(1))]
    if len(own) == 1 and not any(m.kind == "dimension" and m.id == own[0] for m in w.mentions):
        # "哪类设备" where the company has 设备类型: its kind column, over the built-in device (phone) the word names
        k = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(?:类型|类别|种类|分类)", own[0])
        a, b = cue.end(), cue.end() + len(k.group(1))
        # (the same word said elsewhere, "报修的设备里", is that column too)
        w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and ((m.start < b and a < m.end) or
                                                                                m.surface == k.group(1)))]
        w.mentions.append(Mention("dimension", own[0], None, a, b, w.text[a:b], 1.0))
        return
    if any(m.kind == "dimension" for m in w.mentions):
        return
    named = next((m for m in sorted(after, key=lambda m: m.start) if m.kind in ("touchpoint", "journey")), None)
    if named is None:
        return
    ent = w.catalog.touchpoint(named.id) if named.kind == "touchpoint" else w.catalog.journey(named.id)
    words = {x for x in re.findall(r"[a-z]{3,}", " ".join(str(v or "") for v in (
        named.id, getattr(ent, "name_en", ""), getattr(ent, "name", ""))).lower()) if x not in ("tp", "touchpoint")}
    cols = [d.id for d in w.catalog.dimensions if d.extra and not d.identifier and
            any(re.fullmatch(rf"{re.escape(x)}_{KIND_COLUMN}", d.id) for x in words)]
    if len(cols) != 1 and CJK.match(named.surface):
        # "哪类设备报修最多" where the step is 设备报修 and the company has 设备类型: the kind of the thing the step's
        # name begins with
        cols = [d.id for d in w.catalog.dimensions if d.extra and not d.identifier and
                (k := re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(?:类型|类别|种类|分类)", d.id)) and
                named.surface.startswith(k.group(1))]
    if len(cols) != 1:
        return
    # (on the words that ask for the kind: the step named stays the rows counted)
    w.mentions.append(Mention("dimension", cols[0], None, cue.start(), cue.end(), cue.group(0), 1.0))
    if named.kind == "journey":  # the thing named, counted by its kind; no funnel of the journey
        w.mentions = [m for m in w.mentions if m is not named]


FUNCTION_WORDS_EN = frozenset("""since for from until till after before with without and or but the a an in on at by to of
than then when while who whom whose which that this these those was were is are be been being has have had do does did
not no yet so as if""".split())


def _step_column_named(w: Work) -> None:
    """"Which ID verification method fails most" on data with kyc_method, "开户资料的方式": a step named and then a
    word of one of the company's columns whose other word names that step (kyc_method for the KYC step) is that
    column, on the word after the step."""
    if any(m.kind == "dimension" for m in w.mentions):
        return
    for m in [x for x in w.mentions if x.kind == "touchpoint"]:
        nxt = re.match(r"\s*(?:的\s*)?([a-z]{3,}|[\u4e00-\u9fff]{2})", w.text[m.end:])
        if nxt is None:
            continue
        said = nxt.group(1)
        if said.lower() in FUNCTION_WORDS_EN:
            continue  # ("activated their owner portal since": a word of the sentence, no owner_since column)
        heads = {said, said.rstrip("s")} if said.isascii() else \
            {en for en, zh in lexicon_zh.COLUMN_WORDS.items() if said in zh}
        t = w.catalog.touchpoint(m.id)
        words = {x for x in re.findall(r"[a-z]{2,}", " ".join(str(v or "") for v in (
            m.id, getattr(t, "name_en", ""), getattr(t, "name", ""), *getattr(t, "aliases", ()))).lower())
            if x not in ("tp", "touchpoint")}
        cols = [d.id for d in w.catalog.dimensions if d.extra and not d.identifier and not d.numeric and
                any(re.fullmatch(rf"{re.escape(x)}_{re.escape(h)}", d.id) for x in words for h in heads)]
        a, b = m.end + nxt.start(1), m.end + nxt.end(1)
        if len(cols) == 1 and not any(x.kind == "metric" and x.start < b and a < x.end for x in w.mentions):
            w.mentions = [x for x in w.mentions if not (x.start < b and a < x.end)]
            w.mentions.append(Mention("dimension", cols[0], None, a, b, said, 1.0))
            return


# "Who closes the most tickets?", "谁处理的工单最多": the company's column of the people who do the work
WHO_RANKED = re.compile(r"^\s*who\b|\bwho (?:has|had|did|does|handled|closed|resolved|processed|sold)\b|\bwhose\b|谁")
_STAFF = (r"(?:resource|agent|employee|staff|rep|assignee|handler|owner|technician|operator|clerk|worker|advisor|"
          r"adviser|consultant|salesperson|seller|driver|rider|stylist|trainer|teacher|doctor|nurse|host)")
# "who are our top 5 customers", "who was our biggest spender": the ones ranked are named after who
WHO_IS_PEOPLE = re.compile(r"^\s*(?:is|are|was|were)\s+(?:our|the|my)\s+(?:top\s+(?:\d+|ten|five|three)\s+)?"
                           r"([a-z\-]+)(?:\s+([a-z]+))?\b")
# (no courier: in shop data the column is the carrier company, zto or sf, not a person)
STAFF_COLUMN = re.compile(r"(?:^|_)" + _STAFF + r"(?:_id|_name)?$")
# (a person's column and its twins: host, host_en, host_id are one column of people said three ways)
STAFF_FAMILY = re.compile(r"^(" + _STAFF + r")(?:_id|_name|_en|_zh|_code)?$")


def _who_ranked(w: Work) -> None:
    """"Who closes the most tickets?", "Whose live sessions brought in the most money?", "谁处理的工单最多": the one
    column of the people who do the work (a column named by the role alone before one that only ends with it,
    fan_group_host; its twins host_en / host_id are the same people). After "whose", a column named next is what the
    person owns (live sessions of live_id), not the grouping."""
    cue = WHO_RANKED.search(w.text)
    said = WHO_IS_PEOPLE.search(w.text[cue.end():]) if cue is not None else None
    if said is not None and any(x and (coverage.is_people_word(x) or coverage.is_people_word(x + "s") or
                                       x in w.catalog.customer_words or
                                       re.fullmatch(r"spenders?|buyers?|purchasers?|payers?", x))
                                for x in said.groups()):
        return  # "who are our top 5 customers by revenue", "who was our biggest spender": customers ranked, no staff
    if not cue or not (intent.superlative(w.text)[1] or intent.is_which(w.text) or
                       re.search(r"最多|最少|最高|最低|最好|最差|most|least|highest|lowest|best|worst", w.text)):
        return
    owned = cue.group(0) == "whose" and [m for m in w.mentions if m.kind == "dimension" and m.start >= cue.end()
                                         and not w.text[cue.end():m.start].strip(" ")]
    if any(m.kind == "dimension" for m in w.mentions if not owned or m not in owned):
        return
    cols = [d.id for d in w.catalog.dimensions if d.extra and STAFF_COLUMN.search(d.id)]
    family = {STAFF_FAMILY.match(c).group(1) for c in cols if STAFF_FAMILY.match(c)}
    if len(family) == 1 and (base := family.pop()) in cols:
        cols = [base]
    elif len(family) == 1:
        cols = [c for c in cols if STAFF_FAMILY.match(c)]
    if len(cols) == 1:
        w.mentions = [m for m in w.mentions if not (owned and m in owned)]
        w.mentions.append(Mention("dimension", cols[0], None, cue.start(), cue.end(), cue.group(0), 1.0))


# a list of steps said together shares its verb: "首盒和周盒都算", "excluding refunds and add-ons"
# (up to three, "退货退款的和取消的都不算": two steps said together, then another after 的和)
_CO_SEP = r"(?:的)?\s*(?:和|与|及|以及|跟|、|,|，|\band\b|\bor\b)\s*(?:the\s+)?"
_CO_AFTER = (r"(?:(?:" + _CO_SEP + r")?[\w\-]{1,12}?(?:\s+[a-z\-]{1,12}){0,2}?)?"
             r"(?:" + _CO_SEP + r"[\w\-]{1,12}?(?:\s+[a-z\-]{1,12}){0,2}?){0,2}")
# ("退货率不算高": 不算 there says how high, nothing left out)
_NOT_DEGREE = r"(?!高|低|多|少|太|很|大|小|好|差|长|短|快|慢|严重|明显)"
_CO_BEFORE = r"(?:[\w\-]{1,12}(?:\s+[\w\-]{1,12}){0,2}\s*(?:和|与|及|以及|跟|、|,|，|\band\b|\bor\b)\s*(?:the\s+)?){0,4}"
STEP_OUT_BEFORE = re.compile(r"(?:\b(?:excluding|exclude|except(?: for)?|not counting|don'?t count|do not count|"
                             r"without|minus|net of|leaving out|leaving aside|setting aside|aside from)\s+(?:the\s+|any\s+)?|"
                             r"(?:除了|除去|不算|不包括|不包含|不含|排除|去掉|刨除)\s*)" + _CO_BEFORE + "$|"
                             # ("不算退款取消", "不含退款、取消": the second of a list left out is left out too)
                             r"(?:除了|除去|不算|不包括|不包含|不含|排除|去掉|刨除)\s*[\u4e00-\u9fff]{2,4}(?:[、和及与或/]|\s)?$|"
                             # "non-cancelled orders", "非取消订单": the step's cases left out, said as a prefix
                             r"\bnon-?\s?$|(?<![是并])非$")
STEP_OUT_AFTER = re.compile(r"^(?:\s+[a-z\-]{3,}s(?=\s+(?:excluded|not counted|left out)\b))?" + _CO_AFTER +
                            r"\s*(?:的)?(?:单|订单)?(?:都)?(?:不算" + _NOT_DEGREE + r"|不计|除外|以外|之外|不包括在内|\s*excluded|"
                            r"\s*not counted|\s*(?:don'?t|do not|doesn'?t|does not|aren'?t|are not)\s+(?:count|included)\b)")
STEP_IN_BEFORE = re.compile(r"(?:\b(?:including|incl\.?)\s+(?:the\s+)?|(?:不扣|不扣除|不减|(?<![不未])(?:含|包括|包含)|连同)\s*)"
                            + _CO_BEFORE + "$")
STEP_IN_AFTER = re.compile(r"^" + _CO_AFTER +
                           r"\s*(?:的)?(?:单|订单)?(?:也算|都算|算在内|也算在内|包括在内|计入|\s*included|\s*too\b|\s*as well)")


def _steps_left_out_or_in(w: Work) -> None:
    """"orders in Q3, excluding cancellations", "取消单不算": every order but the cancelled ones (a status of the
    orders when one is named like the step, else every event but that step's); "取消的单也算在内", "不扣取消": all
    of them — the step said is no slice either way."""
    status_words = w.catalog.dimension("order_status")
    for m in [x for x in w.mentions if x.kind == "touchpoint"]:
        before, after = w.text[:m.start], w.text[m.end:]
        out_b, in_b = STEP_OUT_BEFORE.search(before), STEP_IN_BEFORE.search(before)
        out = out_b or (STEP_OUT_AFTER.match(after) if not in_b else None) or resolve.said_out_alone(w.text, m.start, m.end)
        # ("不含取消的病例，已回款和未回款都算": the words right before the step say it is left out; the list counted in
        # after it is another one)
        kept = in_b or (STEP_IN_AFTER.match(after) if not out_b else None) or re.search(resolve.ALL_LISTED, before)
        if not (out or kept):
            continue
        w.mentions = [x for x in w.mentions if not (x.start < m.end and m.start < x.end)]
        w.blocked_spans.append((m.start, m.end))
        if kept:
            continue
        stem = re.sub(r"(?:ations?|ed|s)$", "", m.surface.lower())[:6]
        status = next((v for v in w.catalog.dimension_values.get("order_status", ())
                       if (len(stem) >= 5 and str(v).lower().startswith(stem)) or
                       (status_words is not None and any(m.surface in x for x in status_words.values.get(str(v), ())))),
                      None)
        if status is not None:
            w.filters.setdefault("order_status", []).append("!=" + str(status))
        else:
            w.filters.setdefault("touchpoint", []).append("!=" + m.id)
            w.left_out[m.id] = m.surface


# what a group's size is counted in: any plural noun ("ratings", "unlock attempts", "rated comments") but units of
# time, money and scores, which make a threshold on a value ("with more than 5 days")
_NOT_GROUP_ROWS = r"(?:days|hours|minutes|mins|seconds|secs|weeks|months|years|stars|points|percent|yuan|dollars|" \
                  r"euros|kms|miles|kilometers|kilometres|times as)\b"
_GROUP_NOUN = rf"(?:(?!{_NOT_GROUP_ROWS})[a-z\-]+\s+){{0,3}}?(?!{_NOT_GROUP_ROWS})(?:[a-z\-]{{2,}}s|people|of them|" \
              rf"{'|'.join(sorted({re.escape(p) for p in lexicon_en.PEOPLE}, key=len, reverse=True))})\b"
_ZH_UNIT = r"(?:单|个|条|人|笔|次|位|份|张|家|例|台|辆|户|对|场|节|杯|通|箱|名|项|套|本|件|趟|盒|间|所|晚)"
MIN_GROUP = re.compile(
    r"\b(?:with|having|that (?:have|had|got|get)|who (?:have|had)|(?:got|get|gets|had|has|have))\s+(?:at least|no fewer than|"
    r"no less than|a minimum of|more than|over|(?=\d[\d,]*\s*\+))\s*(?P<a>\d[\d,]*)\s*\+?\s+" + _GROUP_NOUN + "|"
    r"\b(?P<b>\d[\d,]*)\+\s+" + _GROUP_NOUN + "|"
    r"\b(?:at least|a minimum of|no fewer than)\s+(?P<f>\d[\d,]*)\s+" + _GROUP_NOUN + r"(?=\s*(?:each|apiece|per [a-z]+)?\s*(?:[,;.)]|$))|"
    r"(?:不少于|至少|不低于|大于等于|超过|多于|≥|满)\s*(?:要)?(?:有)?\s*(?P<c>\d+)\s*" + _ZH_UNIT +
    r"[\u4e00-\u9fff]{0,4}?(?:以上|及以上)?(?=的|才算|才排|才比|[，,。;；）)]|$)|"
    r"(?P<d>\d+)\s*" + _ZH_UNIT + r"(?:及)?以上的|"
    r"(?:不到|少于|低于|不足|小于|未满)\s*(?P<e>\d+)\s*" + _ZH_UNIT + r"?的?[\u4e00-\u9fff]{0,4}?(?:不看|不算|不计|除外|排除|去掉|不考虑|不参与|不要)|"
    # "注册人数不少于100的年龄段", "签收箱数不少于200的快递": the count's noun said before the number
    r"(?:数|量)\s*(?:要)?(?:不少于|至少|不低于|大于等于|多于|≥|满|达到)\s*(?P<g>\d+)\s*" + _ZH_UNIT +
    r"?(?:以上|及以上)?(?=的|才算|才排|才比|[，,。;；）)]|$)|"
    # "ignore channels with fewer than 150 self-tests", "skip sources with under 100 inquiries"
    r"\b(?:ignore|skip|exclude|excluding|leave out|drop|disregard|not counting)\s+(?:the\s+|any\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"(?:with|having|that have|that had)\s+(?:fewer than|less than|under|below)\s*(?P<h>\d[\d,]*)\s+" + _GROUP_NOUN + "|"
    # "only guides who've taken at least 100 hikers to the trailhead": a verb of their own before the count
    r"\b(?:who|that)(?:'ve|\s+(?:have|has|had))?\s+[a-z]+\s+(?:at least|no fewer than|no less than|a minimum of)\s*"
    r"(?P<i>\d[\d,]*)\s+" + _GROUP_NOUN)


def _min_group_size(w: Work) -> None:
    """"Among provinces with at least 500 paid orders, which …", "付款订单不少于50单的省份里哪个…": a ranking over the
    groups big enough to count; the smaller ones are left out (said), the number is no threshold on a column."""
    # ("at least" is no "least": "how many bookings had at least 2 adults" ranks nothing)
    said = intent.AT_LEAST.sub(" ", w.text)
    if not (intent.is_which(said) or intent.any_cue(said, lexicon_zh.DESC + lexicon_zh.ASC + lexicon_en.DESC
                                                    + lexicon_en.ASC)):
        return
    m = MIN_GROUP.search(w.text)
    if m is None or any(a < m.end() and m.start() < b for a, b in w.time_spans):
        return
    key = next(k for k in ("a", "b", "c", "d", "e", "f", "g", "h", "i") if m.group(k))
    n = int(m.group(key).replace(",", ""))
    if n < 2:
        return
    w.min_group = n
    a = m.start(key)
    end = m.end()
    # ("只看不少于30场的门店": the noun after 的 is the kind of group the ranking names already, no slice)
    if (kind := re.match(r"的([\u4e00-\u9fff]{1,4})(?=[，,。;；？?！!）)]|$)", w.text[end:])) is not None:
        end += kind.end()
    w.blocked_spans.append((min(a, m.start()), end))
    # (the words of the count name no slice: "500 paid orders" says how a group's size is counted)
    # (the kind noun itself may name the grouping, "不少于30次的师傅": a column's word there still groups)
    w.mentions = [x for x in w.mentions if not (x.start < m.end() and m.start() < x.end) and
                  not (x.kind != "dimension" and x.start < end and m.end() <= x.start)]
    w.notes.append(("min_group", {"n": n}))


RANGE_BETWEEN = re.compile(r"^\s*(?:–|—|-|~|～|到|至|\bto\b|\bthrough\b|\bthru\b)\s*$")


def _natural(v: str) -> tuple[Any, ...]:
    return tuple(int(x) if x.isdigit() else x.lower() for x in re.split(r"(\d+)", str(v)))


def _value_ranges(w: Work) -> None:
    """"levels A1–C1", "tier 2 to tier 4", "（L1~L3）", "周一到周四": two values of one column joined by a range word
    name every value between them in the column's order (A1, A2, B1, B2, C1; Monday … Thursday), not the two ends
    only."""
    values = [m for m in w.mentions if m.kind == "value" and m.dim]
    for a in values:
        for b in values:
            if a.dim != b.dim or a.end > b.start or not RANGE_BETWEEN.match(w.text[a.end:b.start]):
                continue
            # (the order the layer lists a column's values in, "周一到周四"; else the data's values in natural order)
            term = w.catalog.dimension(a.dim)
            order = list(term.values) if term is not None and not term.extra and term.values else \
                sorted({str(v) for v in w.catalog.dimension_values.get(a.dim, ())}, key=_natural)
            if len(order) > 50 or a.id not in order or b.id not in order:
                continue
            if not (term is not None and not term.extra and term.values) and \
                    not (re.search(r"\d", str(a.id)) and re.search(r"\d", str(b.id))):
                continue  # ("except deposits - rent, water …": names without an order of their own make no range)
            i, j = order.index(a.id), order.index(b.id)
            if j - i < 2:
                continue
            # one span for the whole range: its values are one set, not groups to compare
            w.mentions = [m for m in w.mentions if m is not a and m is not b]
            for v in order[i:j + 1]:
                w.mentions.append(Mention("value", v, a.dim, a.start, b.end, w.text[a.start:b.end], min(a.score, b.score)))


# "worst at turning parents who discover us into trial-box buyers", "把咨询的人转成付费客户": a conversion said as a verb
TURN_INTO = re.compile(r"\bturn(?:s|ed|ing)?\b[^?.!;]{1,80}?\binto\b|转(?:化)?成|变成", re.I)


def _turned_into_is_a_conversion(w: Work) -> None:
    """People "turned into" buyers of a step or a journey named: the conversion, not a count of the buyers."""
    if w.metric_id in (None, "buyers", "active_customers", "users_reached") and (w.journey_id or w.touchpoint_ids) \
            and TURN_INTO.search(w.text) and w.catalog.metric("step_conversion") and w.ratio is None:
        w.metric_id = "step_conversion"
    # (the verb and "into" say a conversion: no name of a value, whatever it translates to)
    w.blocked_spans += [x.span() for x in re.finditer(r"\bturn(?:s|ed|ing)?\b|\binto\b|转(?:化)?成|变成", w.text, re.I)
                        if TURN_INTO.search(w.text)]


# the customer list as it stands ("customer accounts on file", "客户档案里", "在册客户"): every customer, no period
ON_FILE = re.compile(r"\bon (?:file|record|the books|our books)\b|\bin (?:our|the) (?:database|system|crm|customer list|"
                     r"customer base)\b|在册|建档的|档案里|名单里|系统里(?:的)?(?:客户|用户|会员)")


# how hard a deal is to close: a conversion, lowest first when hardest ("which kind of org is hardest for us to close",
# "哪类客户最难成交")
HARD_TO_CLOSE = re.compile(r"\b(?P<hard>hardest|harder|toughest|most difficult)\s+(?:for\s+us\s+)?to\s+"
                           r"(?:close|convert|win|sign(?:\s+up)?)\b|"
                           r"\b(?P<easy>easiest|easier)\s+(?:for\s+us\s+)?to\s+(?:close|convert|win|sign(?:\s+up)?)\b|"
                           r"(?P<hardzh>最难|最不容易|更难)(?:成交|签单|签约|转化|拿下)|(?P<easyzh>最容易|更容易)(?:成交|签单|签约|转化|拿下)")


def _hard_to_close(w: Work) -> None:
    """"hospitals, law firms, councils - which kind of org is hardest for us to close? RFQ through to signed contract":
    how hard the customers are to close is their conversion along the steps or journey named, the hardest lowest."""
    m = HARD_TO_CLOSE.search(w.text)
    if m is None or w.metric_id not in (None, "active_customers", "users_reached", "events") or w.ratio is not None \
            or w.catalog.metric("overall_conversion") is None or not (w.journey_id or len(set(w.touchpoint_ids)) >= 2):
        return
    w.metric_id = "overall_conversion"
    w.order = "asc" if (m.group("hard") or m.group("hardzh")) else "desc"


# customers counted by when they signed up ("按注册时间", "by signup date") or said to be new arrivals ("新来了多少个客户")
BY_SIGNUP = re.compile(r"(?:按|以|根据)(?:客户)?注册(?:时间|日期|日|月份)|\bby (?:their )?(?:sign[- ]?up|registration|joining) "
                       r"(?:date|time|day|month)\b|新来(?:了|的)?(?:多少|几)?(?:个|位|名|家)?(?:新)?(?:客户|用户|顾客|会员|客人)")


def _new_customers_by_signup(w: Work) -> None:
    """"上个月新来了多少个客户（按注册时间）", "How many customers did we get last month (by signup date)?": the customers
    who signed up in the period, not those active in it."""
    if w.touchpoint_ids or w.journey_id or w.metric_id not in (None, "active_customers", "customer_count") or \
            w.ratio is not None or w.catalog.metric("new_customers") is None or not BY_SIGNUP.search(w.text) or \
            w.intent not in ("", "metric_value", "compare_periods", "trend", "breakdown"):
        return
    w.metric_id = "new_customers"


def _customer_list_asked(w: Work) -> None:
    """"How many customer accounts do we have on file in total, prospects included?": the customers on record, every
    one of them, not those active in some window (and "file" names nothing)."""
    m = ON_FILE.search(w.text)
    if w.touchpoint_ids or w.journey_id or w.period is not None or \
            w.metric_id not in (None, "active_customers", "users_reached") or w.catalog.metric("customer_count") is None:
        return
    if m is not None:
        w.metric_id = "customer_count"
        w.blocked_spans.append(m.span())
        return
    # ("How many of our customers are on the concession rate?", "what share of our customers are in Tier A": people
    # counted by a column of the customer list, with no period, step or journey — the customers on record, as
    # build._customers_on_record reads them when no people word names a measure)
    said = [x for x in w.mentions if x.kind == "metric" and x.id == w.metric_id]
    dims = [d for d in w.filters if d not in ("touchpoint", "stage")]
    if w.metric_id == "active_customers" and said and all(coverage.is_people_word(x.surface) for x in said) and \
            dims and all((t := w.catalog.dimension(d)) is not None and "customers" in t.slices for d in dims) and \
            (intent.any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT) or intent.share_asked(w.text)):
        w.metric_id = "customer_count"


def _anchor_of_a_threshold(w: Work) -> None:
    """"what % of ZTO deliveries took more than 5 days after dispatch?" where the deliveries carry delivery_days and a
    threshold on it is read: the step said after "after"/"since" is where that column's time is counted from, no
    second step to convert to — the share is of the rows over the threshold."""
    if len(set(w.touchpoint_ids)) != 2:
        return
    cols = {d for d, vals in w.filters.items() if any(re.match(r"[<>]=?\d", str(v)) for v in vals)}
    holders = {t for c in cols for t in w.catalog.steps_recording(c)}
    if not holders:
        return
    anchors = [m for m in w.mentions if m.kind == "touchpoint" and m.id not in holders and
               re.search(r"\b(?:after|since|from)\s+(?:the\s+|their\s+|its\s+)?$|(?:从|自)$", w.text[:m.start])]
    kept = [t for t in w.touchpoint_ids if t in holders]
    if len(anchors) == 1 and len(set(kept)) == 1:
        w.touchpoint_ids = kept
        w.mentions = [m for m in w.mentions if m is not anchors[0]]


def step_slots(w: Work) -> None:
    _act_and_its_outcome(w)
    _step_of_the_outcome(w)
    _value_ranges(w)
    _grains_that_bound(w)
    _kind_of_named(w)
    _step_column_named(w)
    _who_ranked(w)
    _identifiers_not_asked(w)
    _yes_no_columns(w)
    _steps_left_out_or_in(w)
    resolve.pick_entities(w)
    _anchor_of_a_threshold(w)
    _outcomes_the_step_records(w)
    _action_recorded_at_the_step(w)
    _step_recording_the_outcome_said(w)
    _step_recording_the_grouping(w)
    _kind_column_of_the_step(w)
    reasons.reason_column_asked(w)
    _family_said(w)
    _steps_own_values(w)
    resolve.pick_metric(w)
    _customer_list_asked(w)
    _new_customers_by_signup(w)
    _hard_to_close(w)
    _outcome_of_orders_said_of_a_step(w)
    reasons.reason_counted(w)
    _turned_into_is_a_conversion(w)
    _metric_words_no_value(w)
    _metric_words_no_grouping(w)
    _steps_ranked_not_one_step(w)
    _name_column_over_id(w)
    if w.no_show is not None and w.metric_id in ("drop_off_rate", "step_conversion"):
        # (the steps the question names are those of the pair; a show-up rate is the conversion between them)
        w.touchpoint_ids = [w.no_show[0]] + ([w.no_show[2]] if w.no_show[2] and w.metric_id == "step_conversion" else [])
        w.journey_id = w.no_show[1] or w.journey_id
    _time_groups_only_when_asked(w)
    _stars_asked(w)
    _values_over_steps(w)
    _counted_step_noun(w)
    _steps_counted_not_people(w)
    _people_counted(w)
    # "how much money have we refunded": the amount of the refunded orders, which revenue (paid) excludes
    _money_of_orders_revenue_leaves_out(w)
    statuses = STATUS_RATES.get(w.metric_id or "", ())
    status = next((s for s in statuses if s in w.filters.get("order_status", [])), None)
    if status and len(w.filters["order_status"]) >= 2:
        # "退款率…退款订单除以付了定金的订单", "refunded deals as a share of paid plus refunded": the statuses say how
        # the rate is read, they are no groups to compare
        del w.filters["order_status"]
        w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.dim == "order_status")]
        if w.dimension == "order_status":
            # (the grouping named besides them is the one asked: "哪个省份的退款率最高？（有退款的订单/付款订单）")
            w.dimension = next((m.id for m in w.mentions if m.kind == "dimension" and m.id != "order_status"
                                and resolve._has_values(w, m.id)), None)
            w.group_values = []
    if status and status in w.filters.get("order_status", []):
        w.filters["order_status"] = [v for v in w.filters["order_status"] if v not in statuses]
        if not w.filters["order_status"]:
            del w.filters["order_status"]
    _rating_step_is_the_measure(w)
    _listed_as_one_set(w)
    _paid_orders_reaching_a_step(w)
    _step_by_its_outcome_word(w)
    if w.metric_id == "revenue" and COUNTED_THING_EN.search(w.text) and w.catalog.metric("orders") and \
            all(re.fullmatch(r"sales?", m.surface.lower()) for m in w.mentions if m.kind == "metric" and m.id == "revenue"):
        w.metric_id = "orders"  # ("kit sales (number of kits ordered)": sales said as a number of things, no money)


def _step_by_its_outcome_word(w: Work) -> None:
    """"去年口译员迟到的比例有多高？" with no step named: the outcome said (口译员迟到, interpreter_late) names the one
    step that records it, when exactly one step's outcomes tie to the words (every step with two or more outcomes
    is tried). The rest of the plan then reads the count, share or rate of that outcome at that step."""
    prof = w.catalog.profile
    if prof is None or w.touchpoint_ids or w.journey_id or w.ratio is not None or "action" in w.filters or \
            w.metric_id not in (None, "events", "sessions") or w.catalog.metric("events") is None or \
            not (intent.share_asked(w.text) or intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)):
        return  # (a share or a rate of an outcome; a count with no step named counts what it names)
    words, chars = re.findall(r"[a-z]+(?:'[a-z]+)?", w.text), re.findall(r"[\u4e00-\u9fff]", w.text)
    if not w.time_spans and len(words) <= SHORT_WORDS_EN and len(chars) <= SHORT_CHARS_ZH:
        return  # ("What's our late rate?": a bare first question is asked back with where to start)
    if w.cues & {"feedback_themes", "feedback_search", "feedback_generic"} or w.dimension in ("touchpoint", "stage"):
        return  # ("嫌利率太高的那些反馈，主要是在哪个环节提出来的": comments, ranked by step — no step's outcome)
    if MONEY_WORDS.search(w.text) or MONEY_AMOUNT_ASKED.search(w.text) or any(
            (t := w.catalog.dimension(d)) is not None and t.slices and "events" not in t.slices for d in w.filters):
        return  # ("2025年增项一共收了多少钱": money, or a kind of orders — no step's records)
    steps = [t.id for t in w.catalog.touchpoints
             if sum(1 for at in prof.action_steps.values() if t.id in at) >= 2]
    found = {tp: hit for tp in steps if (hit := _outcome_word_of_step(w, tp))}
    if len(found) > 1:
        # (迟到 ties interpreter_late, delivered_late and paid_late: the outcome more of whose words are said wins,
        # 口译员 of interpreter_late)
        from assistant.planner import glosses
        en, senses = _words_said(w)
        score = {tp: max(sum(1 for x in _said_words(v, frozenset()) if x[:4] in en or glosses._covers(senses, x))
                         for v in hit) for tp, hit in found.items()}
        best = max(score.values())
        found = {tp: hit for tp, hit in found.items() if score[tp] == best}
        if len(found) > 1:
            # ("快递送晚的比例" of delivered late and of paid late: 送 says the delivery step's own name)
            stems = {g[:4] for g in senses if len(g) >= 4} | en
            own = {tp: len(_step_name_stems(w, tp) & stems) for tp in found}
            found = {tp: hit for tp, hit in found.items() if own[tp] == max(own.values())}
    if len(found) != 1:
        return
    tp = next(iter(found))
    w.touchpoint_ids = [tp]
    if w.metric_id == "sessions":
        w.metric_id = None  # ("as a share of sessions": the step's records, each session once)
    w.notes.append(("step_of_outcome", {"value": ", ".join(found[tp]), "step": build._tp_name(w.catalog, tp, w.language)}))


def _words_said(w: Work) -> tuple[set[str], frozenset[str]]:
    """The question's English words by their first four letters, and the dictionary senses of its Chinese words."""
    from assistant.planner import glosses
    import jieba
    en = {x[:4] for x in re.findall(r"[a-z]{4,}", w.text.lower())}
    senses: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", w.text):
        for tok in jieba.lcut(run):
            if len(tok) >= 2:
                senses |= glosses.gloss_words(tok) or frozenset().union(*glosses.verb_and_result(tok))
    return en, frozenset(senses)


def _action_words_of(value: str) -> set[str]:
    """The 4-letter stems of an action value's words ("launch_failed" → laun, fail)."""
    return {x[:4] for x in re.findall(r"[a-z]{3,}", value.lower())}


# the stems of words for a record coming into being (opened, created, submitted, placed, raised, logged, filed, issued)
CREATED_STEMS = frozenset({"open", "crea", "subm", "plac", "rais", "logg", "file", "issu"})


def _action_recorded_at_the_step(w: Work) -> None:
    """"What share of online proctoring launch attempts failed": "failed" names the action fail, which other steps
    record, while the step named records its failures as launch_failed. The action asked is the one the named steps
    record whose words share the stem of the value said (its own id and the words said: fail / failed / 失败), every
    such value when there are several; nothing changes when the named steps record the value said, or none of their
    values shares its stem (the answer then says nothing matched)."""
    prof = w.catalog.profile
    said = w.filters.get("action") or []
    if prof is None or not said or not w.touchpoint_ids:
        return
    steps = set(w.touchpoint_ids)
    recorded = [str(v) for v, at in prof.action_steps.items() if steps & set(at)]
    if not recorded or any(steps & set(prof.action_steps.get(v, ())) for v in said):
        return
    surfaces = [m.surface for m in w.mentions if m.kind == "value" and m.dim == "action"]
    stems = set().union(*(_action_words_of(x) for x in [*said, *surfaces]))
    hit = [v for v in recorded if _action_words_of(v) & stems and v not in said]
    if not hit and stems <= CREATED_STEMS and any(_action_words_of(v) & CREATED_STEMS for v in recorded):
        # ("maintenance work orders opened last week" where the work order's step records them as created: a word
        # for a record coming into being, said of the step whose records come into being that way, is that step)
        hit = [v for v in recorded if _action_words_of(v) & CREATED_STEMS]
    if not hit:
        return
    w.filters["action"] = hit
    w.notes.append(("action_at_step", {"said": ", ".join(said), "value": ", ".join(hit)}))


def _cjk_pairs(texts: Iterable[str]) -> set[str]:
    """Every two Chinese characters side by side in the texts (退费处理 → 退费, 费处, 处理)."""
    return {run[i:i + 2] for x in texts for run in CJK_NAME.findall(x or "") for i in range(len(run) - 1)}


def _outcomes_recorded(w: Work, tp: str) -> int:
    """How many outcomes (action values) step `tp` records."""
    prof = w.catalog.profile
    return sum(1 for at in prof.action_steps.values() if tp in at) if prof is not None else 0


STEP_KIND_ASKED = re.compile(r"哪一?类|哪一?种|什么类型|什么类别|哪个类型|哪个类别|\b(?:which|what)\s+(?:type|kind|sort|category)\b")
STEP_KIND_COLUMN = re.compile(r"(?:^|_)(?:type|kind|category)$|类型$|类别$|种类$")


def _kind_column_of_the_step(w: Work) -> None:
    """"深圳分公司2025年客户投诉最多的是哪一类": a kind asked of the one step named, with no column named — the kind column
    that step records (complaint_type / 投诉类型, the twin in the asker's script), when it records exactly one."""
    if w.dimension or len(set(w.touchpoint_ids)) != 1 or not STEP_KIND_ASKED.search(w.text) or \
            any(m.kind == "dimension" for m in w.mentions):
        return
    tp = w.touchpoint_ids[0]
    cols = [d for d in w.catalog.dimensions if d.extra and STEP_KIND_COLUMN.search(d.id.lower()) and not d.identifier
            and tp in w.catalog.steps_recording(d.column or d.id)]
    # (the step's own kind, recorded at the fewest steps: site_type on every row is no kind of complaint)
    fewest = min((len(w.catalog.steps_recording(d.column or d.id)) for d in cols), default=0)
    cols = [d for d in cols if len(w.catalog.steps_recording(d.column or d.id)) == fewest]
    ids = {d.id for d in cols}
    # (a column and its twin in the other script are one column: the one in the asker's script)
    one = [d for d in cols if not (set(crosslingual.twins_of(w.catalog, d.id)) & ids and
                                   bool(CJK.search(d.id)) != (w.language == "zh"))]
    if len(one) != 1:
        return
    w.dimension = one[0].id
    g = STEP_KIND_ASKED.search(w.text)
    w.mentions = sorted(w.mentions + [Mention("dimension", one[0].id, None, g.start(), g.end(), g.group(0), 1.0)],
                        key=lambda m: m.start)


def _step_recording_the_grouping(w: Work) -> None:
    """"去年哪个工作坊主题报名的人次最多": 报名 names the waiting-list sign-up, whose rows never record a workshop topic,
    while the workshop booking step (工作坊报名) records it and is named by the same word — that step is meant.
    Only when exactly one step recording the grouping column has the word said in its names."""
    info = w.catalog.dimension(w.dimension) if w.dimension else None
    if info is None or not info.extra or len(set(w.touchpoint_ids)) != 1:
        return
    tp = w.touchpoint_ids[0]
    recorders = w.catalog.steps_recording(info.column or w.dimension)
    if not recorders or tp in recorders:
        return
    said = [m.surface for m in w.mentions if m.kind == "touchpoint" and m.id == tp]
    if not said:
        return
    def names(t: Any) -> str:
        return " ".join(x for x in (t.name, t.name_zh, t.name_en, *t.aliases) if x).lower()
    fits = [t.id for t in w.catalog.touchpoints if t.id in recorders and any(x.lower() in names(t) for x in said)]
    if len(fits) == 1:
        w.touchpoint_ids = fits
        w.mentions = [dataclasses.replace(m, id=fits[0]) if m.kind == "touchpoint" and m.id == tp else m
                      for m in w.mentions]


def _step_recording_the_outcome_said(w: Work) -> None:
    """"How many refund requests did we approve?", "How many renewal applications got rejected?": the outcome said
    (approved, rejected) is not one the step picked records (the refund request, the application) but one another
    step records whose name the question also says (the refund decision, the certificate renewal) — that step's
    records are the ones counted. The other step is the one named most beyond the picked step's own words (a
    touchpoint the words named counts first); nothing changes when the picked step records the outcome, or no other
    step, or several equally, fit."""
    prof = w.catalog.profile
    said = [str(v) for v in w.filters.get("action") or []]
    if prof is None or not said or len(set(w.touchpoint_ids)) != 1 or w.journey_id:
        return
    tp = w.touchpoint_ids[0]
    if any(tp in prof.action_steps.get(v, ()) for v in said):
        return
    holders = [t for t in w.catalog.touchpoints
               if t.id != tp and all(t.id in prof.action_steps.get(v, ()) for v in said) and _outcomes_recorded(w, t.id) >= 2]
    if not holders:
        return
    outcome = set().union(*(_action_words_of(v) for v in said),
                          *(_action_words_of(m.surface) for m in w.mentions if m.kind == "value" and m.dim == "action"))
    # (the picked step's own words count too: "replacement requests decided … rejected" ties the replacement
    # approval and the claim decision, and a tie moves nothing)
    en = {x[:4] for x in re.findall(r"[a-z]{4,}", w.text.lower()) if x not in OUTCOME_WORD_STOP} - outcome
    zh = _cjk_pairs([w.text]) - _cjk_pairs([m.surface for m in w.mentions if m.kind == "value" and m.dim == "action"])
    named = {m.id for m in w.mentions if m.kind == "touchpoint"}

    def score(t: Any) -> int:
        return 2 * (t.id in named) + len(_step_name_stems(w, t.id) & en) + \
            len(_cjk_pairs((t.name, t.name_zh, *t.aliases)) & zh)

    scores = {t.id: score(t) for t in holders}
    best = max(scores.values())
    top = [x for x, s in scores.items() if s == best]
    if not best or len(top) != 1:
        return
    w.touchpoint_ids = top
    w.notes.append(("outcome_at_other_step", {"value": ", ".join(said), "said": build._tp_name(w.catalog, tp, w.language),
                                              "step": build._tp_name(w.catalog, top[0], w.language)}))


def _success_as_the_step_records_it(w: Work) -> None:
    """"What was the stay booking success rate in February 2026? Per booking attempt" where the booking step records
    confirmed / failed, never the catalogue's own success / fail: the success (or failure) rate is the share of the
    step's records with its succeeding (failing) outcome — a failing outcome by its words (failed, rejected, declined,
    error, no-show …), a succeeding one by its words or as the one other outcome — said; nothing changes when the step
    records success / fail itself or the outcomes cannot be told apart."""
    prof = w.catalog.profile
    own = {"success_rate": "success", "failure_rate": "fail"}.get(w.metric_id or "")
    grouped = bool(w.dimension) and w.dimension not in ("action", "touchpoint", "stage") and len(set(w.touchpoint_ids)) == 1
    if own and prof is not None and w.filters.get("action") and len(set(w.touchpoint_ids)) == 1:
        # ("the highest failure rate on monthly renewal charges": "charges" names the step's rows, not its outcome
        # charged — the rate is of all of them)
        said = [m for m in w.mentions if m.kind == "value" and m.dim == "action" and m.id in w.filters["action"]]
        if said and all(re.search(r"(?:s|es)$", m.surface.lower()) or
                        re.match(r"\s+(?:attempts?|records?)\b", w.text[m.end:]) for m in said):
            del w.filters["action"]
    if prof is None or own is None or len(set(w.touchpoint_ids)) > 1 or (w.dimension and not grouped) or \
            w.ratio is not None or "action" in w.filters or w.catalog.metric("events") is None:
        return

    def outcomes(tp: str) -> list[str]:
        acts = sorted(str(v) for v, at in prof.action_steps.items() if tp in at)
        failed = [v for v in acts if ratio_def.FAILED_STEP.search(v.replace("_", " ").lower())]
        rest = [v for v in acts if v not in failed]
        succeeded = [v for v in rest if ratio_def.SUCCEEDED_STEP.search(v.replace("_", " ").lower())] or \
            (rest if len(rest) == 1 else [])
        return (failed if own == "fail" else succeeded) if len(acts) >= 2 and failed and succeeded else []

    if not w.touchpoint_ids:
        # ("失败率是多少？", "what's our failure rate?": a share of one step's tries — the steps recording the layer's
        # own success / fail or failing in their own words are the ones the rate can be of; one is that rate,
        # several are asked about, none leaves the measure as it was)
        steps = [t.id for t in w.catalog.touchpoints if t.id in prof.action_steps.get(own, ()) or outcomes(t.id)]
        if len(steps) > 1:
            w.status, w.clarify, w.options = "clarify", "touchpoint", steps
            return
        if not steps:
            return
        w.touchpoint_ids = steps
    tp = w.touchpoint_ids[0]
    if tp in prof.action_steps.get(own, ()):
        return
    hit = outcomes(tp)
    if not hit:
        return
    if grouped:
        # ("which payment method had the highest failure rate on plot fee payments": each method's share of the
        # step's failing outcome, ranked)
        name = build._metric_name(w.catalog, w.metric_id, w.language)
        w.ratio = ratio_def.RatioDef(name=name, numerator=ratio_def.Side("events", {"touchpoint": [tp], "action": hit}),
                                     denominator=ratio_def.Side("events", {"touchpoint": [tp]}))
        w.metric_id = "events"
        w.order = w.order or "desc"
    else:
        w.metric_id, w.intent, w.dimension, w.focus = "events", "breakdown", "action", hit
        w.order = w.order or "desc"
    w.notes.append(("outcome_own_step", {"value": ", ".join(hit), "step": build._tp_name(w.catalog, tp, w.language)}))


# a count or share said with a word for the step's success or failure ("successful checkouts", "装好了多少户")
NEGATED_SUCCESS_ZH = re.compile(r"(?:没有?|未|不)(?:通过|成功|装好|办好|修好|合格|达标)")
SUCCESS_SAID = re.compile(r"\bsuccess(?:ful|fully)?\b|\bsucceeded\b|成功|装好|办好|弄好|修好|顺利")
FAILURE_SAID = re.compile(r"\bfail(?:ed|s|ure|ures)?\b|\bunsuccessful\b|失败|没成功|未成功|不成功")
def _set_aside(text: str, a: int, b: int) -> bool:
    """Is text[a:b] in a clause that widens or narrows what is counted ("failed ones included", "不算续费和升级",
    "(no-shows and cancellations don't count)", "excluding refunds")? It says which rows stay, never what is asked."""
    clause = timeparse._clause(text, a, b)
    return timeparse.in_inclusion(text, a, b) or bool(COUNTED_CLAUSE.search(clause)) or \
        bool(STEP_OUT_BEFORE.search(text[:a])) or bool(STEP_OUT_AFTER.match(text[b:]))


# a Chinese negation right before a word ("没通过", "未接通", "不合格" is a word of its own)
NEGATION_ZH = re.compile(r"(?:没有?|未|不|无|非)$")
# a word right after these is set aside, not counted ("not resubmissions", "except the failed ones", "除了失败的")
OUTCOME_SET_ASIDE = re.compile(r"(?:\bnot|\bno|\bexcept|\bexcluding|\bwithout|\bbesides|\bapart from|\bother than|除了|不含|不包括|不算)"
                               r"\s*(?:the\s+|any\s+)?$")
# words that never say an outcome, whatever their first letters ("paid" of a step's own verb is said by its name)
OUTCOME_WORD_STOP = frozenset(lexicon_en.STOP) | frozenset("""many much what which when where were with have been this
that those these they them their there then than from into over under last next week month year years days total
number count share rate data time times only also just still ever never actually really""".split())
# counts and values a step's outcome can narrow (the rows of one step, or its people)
OUTCOME_COUNTS = frozenset({"events", "active_customers", "users_reached"})


# an outcome value that says its own absence ("no_issues", "not_home", "non_compliant", "unpaid")
NEGATED_VALUE = re.compile(r"^(?:no|not|non|never|none|un|without)(?:_|-|(?=[a-z]{4}))")
NEGATION_SAID = re.compile(r"\b(?:no|not|never|none|without|nothing|clean|clear|un\w+|\w+n't)\b|没|无|未|零", re.I)
# words that say an outcome was recorded, not which one ("issues_reported", "defect_found", "delay_logged"): the
# question may leave them out ("found issues", "发现问题")
RECORDING_STEMS = frozenset({"repo", "foun", "dete", "logg", "reco", "flag", "iden", "note", "obse", "rais", "spot"})


def _outcome_words(value: str) -> set[str]:
    """The 4-letter stems of an outcome value's words that say which outcome it is: the words that only say it was
    recorded (reported, found, logged) are left out when others remain."""
    words = _action_words_of(value)
    return (words - RECORDING_STEMS) or words


def _outcome_named_like_its_step(w: Work, rated: re.Match[str] | None) -> list[str]:
    """"renewal rate" where the rate's word is the renewal step's own name and the step records renewed /
    not_renewed: the one outcome (never one of absence) whose words are the step's name (renewed of renewal)."""
    if rated is None or len(set(w.touchpoint_ids)) != 1 or w.catalog.profile is None:
        return []
    tp = w.touchpoint_ids[0]
    said = {x[:4] for x in re.findall(r"[a-z]{4,}", rated.group(0).lower())}
    if any(x.kind == "touchpoint" and x.id == tp and x.end == rated.end() - 1 and rated.group(0).endswith("率")
           for x in w.mentions):
        # ("续约率": the step's own Chinese name made a rate says the step's English names — renewed of 续约)
        said |= _step_name_stems(w, tp)
    stems = _step_name_stems(w, tp) & said
    acts = [str(v) for v, at in w.catalog.profile.action_steps.items() if tp in at]
    hit = [v for v in acts if not NEGATED_VALUE.match(v.lower()) and _outcome_words(v) and _outcome_words(v) <= stems]
    return hit if len(acts) >= 2 and len(hit) == 1 else []


def _step_name_stems(w: Work, tp: str) -> set[str]:
    """The 4-letter stems of the English words of a step's names and aliases (delivery → deli)."""
    t = next((x for x in w.catalog.touchpoints if x.id == tp), None)
    if t is None:
        return set()
    return {x[:4] for n in (t.name, t.name_en, *t.aliases) if n for x in re.findall(r"[a-z]{4,}", n.lower())}


def _qualified_outcome(value: str, said: set[str], candidates: list[str], *, stems: bool = False) -> bool:
    """Is `value` another outcome of the step qualified by the words said ("late payments" of paid_late beside paid,
    逾期 of paid_late): the words said are some of its words, and its other words are exactly another outcome's?"""
    words = _outcome_words(value) if stems else set(_said_words(value, frozenset()))
    rest = words - said
    if not said or not rest or rest == words:
        return False
    return any(c != value and (_outcome_words(c) if stems else set(_said_words(c, frozenset()))) == rest
               for c in candidates)


def _said_words(value: str, stop: frozenset[str] | set[str]) -> list[str]:
    """An outcome value's whole words that say which outcome it is (as _outcome_words, for the dictionary)."""
    words = [x for x in re.findall(r"[a-z]+", value.lower()) if x not in stop]
    return [x for x in words if x[:4] not in RECORDING_STEMS] or words


# one-character words that never say an outcome (particles, pronouns, measure words, time)
SINGLE_CHAR_STOP = frozenset("的了是有在和与及或就都也还又才被把给对向从到按每各个次单条天月年周日时分秒人家位多少几哪这那其该此您你我们他她它吗呢吧啊呀么之所以而且但如果则即并将会能要让使为于以"
                             # (directions after a verb: "被拦下来" says nothing of go)
                             "上下来去出进回过起开")


def _column_measure_of_step(w: Work, tp: str) -> bool:
    """Is the measure an average, median or total of a company column the step's events carry ("平均晚了几个小时" of
    hours_late at the delivery)? Its rows can be narrowed to one outcome too ("晚到的那些车次")."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    return term is not None and bool(term.column) and tp in w.catalog.steps_recording(str(term.column))


# a recorded action value that says how an act ended, not which act: failed, declined, timed out, succeeded
OUTCOME_VALUE = re.compile(r"fail|error|declin|reject|time_?out|timed_out|expired|success|succeed|approved|passed|"
                           r"失败|成功|报错|拒|超时|通过", re.I)
FAILED_VALUE = re.compile(r"fail|error|declin|reject|time_?out|timed_out|expired|失败|报错|拒|超时", re.I)
# what may stand between an act and its outcome said as one phrase: nothing ("提交失败"), a comma before a relative
# clause ("分诊问卷提交，失败的占比"), "that (were|got)" in English ("submissions that failed")
ACT_OUTCOME_GAP = re.compile(r"\s*|\s*[，,]\s*|\s+(?:that|which)\s+(?:were\s+|got\s+|was\s+)?", re.I)


def _act_and_its_outcome(w: Work) -> None:
    """"分诊问卷一共提交失败了多少次", "the failed submissions", "submit errors": two values of the action column said as
    one phrase, one naming the act (submit) and one how it ended (fail), where one step records both, are that
    outcome of the act — the rows whose action is fail, never fail or submit (every row of the step). The act's word
    says which records are meant, as the step's name would."""
    prof = w.catalog.profile
    if prof is None:
        return
    said = sorted((m for m in w.mentions if m.kind == "value" and m.dim == "action"), key=lambda m: m.start)
    drop: set[tuple[int, int]] = set()
    add: list[Mention] = []
    for a, b in zip(said, said[1:]):
        gap = w.text[a.end:b.start]
        if a.end > b.start or not ACT_OUTCOME_GAP.fullmatch(gap) or \
                re.search(r"[，,]", gap) and not re.match(r"[^，,。？?]{1,4}的", w.text[b.start:]):
            continue  # (a comma only before the outcome's relative clause: "提交，失败的占比", never a list)
        outcome = [m for m in (a, b) if OUTCOME_VALUE.search(str(m.id))]
        if len(outcome) != 1:
            continue
        act = b if outcome[0] is a else a
        both = set(prof.action_steps.get(str(act.id), ())) & set(prof.action_steps.get(str(outcome[0].id), ()))
        if not both:
            continue  # (no step records both: two things said, not one)
        drop.add((act.start, act.end))
        if len(both) == 1 and not any(m.kind == "touchpoint" for m in w.mentions):
            # ("the most failed submissions", no step named: the act names the one step recording both)
            add.append(Mention("touchpoint", next(iter(both)), None, act.start, act.end, act.surface, act.score))
    if drop:
        w.mentions = sorted([m for m in w.mentions if not (m.kind == "value" and m.dim == "action" and
                                                           (m.start, m.end) in drop)] + add, key=lambda m: m.start)


ERROR_WORD = re.compile(r"^(?:报错|出错|错误|errors?|failures?)$", re.I)


def _error_word_after_a_step(w: Work) -> list[Mention]:
    """"2026年哪个月提交预约报错最多" where 报错 also names the error_code column: a word for failing said right after a
    step whose records hold a failure outcome is that outcome (the step's fail rows) — no grouping by the error codes
    no grouping word asks for."""
    prof = w.catalog.profile
    if prof is None:
        return w.mentions
    out = list(w.mentions)
    for m in w.mentions:
        if m.kind != "dimension" or not ERROR_WORD.match(m.surface) or \
                re.search(r"(?:按|哪种|哪类|哪个|各|\bby|\bwhich|\bper)\s*$", w.text[:m.start], re.I):
            continue
        step = next((t for t in w.mentions if t.kind == "touchpoint" and 0 <= m.start - t.end <= 1), None)
        fails = [v for v, at in prof.action_steps.items() if step is not None and step.id in at and FAILED_VALUE.search(v)]
        if len(fails) == 1:
            out = [o for o in out if (o.start, o.end) != (m.start, m.end)]
            out.append(Mention("value", fails[0], "action", m.start, m.end, m.surface, m.score))
    return sorted(out, key=lambda x: x.start)


def _step_of_the_outcome(w: Work) -> None:
    """"the most failed kit activations" where the data keeps failures at a step of their own ("Activation failed", next
    to "Kit activated"): an outcome said with a step that never records it, next to it, is that outcome's own step —
    the one recording the outcome whose name says the named step's word ("activat…") beside a word for the outcome.
    Nothing changes when the named step records the outcome itself or no such step, or several, fit."""
    prof = w.catalog.profile
    if prof is None:
        return
    steps = [m for m in w.mentions if m.kind == "touchpoint"]
    # (failures only: a success is the plain end of most steps, never a step of its own — "支付成功的充值单" is no
    # "Delivery order paid" step)
    for v in [m for m in w.mentions if m.kind == "value" and m.dim == "action" and FAILED_VALUE.search(str(m.id))]:
        at = set(prof.action_steps.get(str(v.id), ()))
        for t in steps:
            gap = w.text[v.end:t.start] if v.end <= t.start else w.text[t.end:v.start]
            if t.id in at or len(gap) > 3 or gap.strip(" 的"):
                continue
            words = {x[:6] for x in re.findall(r"[a-z]{5,}", t.surface.lower())}
            zh = {t.surface[i:i + 2] for i in range(len(t.surface) - 1)} if CJK.search(t.surface) else set()

            def says(info: Any) -> bool:
                names = [info.name, info.name_zh, info.name_en, *info.aliases]
                en = {x[:6] for n in names for x in re.findall(r"[a-z]{5,}", n.lower())}
                return any(FAILED_VALUE.search(n) or FAILURE_SAID.search(n.lower()) for n in names) and bool(
                    words & en or any(z in n for z in zh for n in names))
            fits = [o for o in at if (info := w.catalog.touchpoint(o)) is not None and says(info)]
            if len(fits) == 1:
                w.mentions = [replace(m, id=fits[0]) if m is t else m for m in w.mentions]
                steps = [m for m in w.mentions if m.kind == "touchpoint"]


def _outcome_said_of_the_counted_step(w: Work) -> None:
    """"how many pickups did we miss last week?", "How many successful checkouts did we have?", "上个月有多少单搭设迟到了",
    "2025年全年上门装好了多少户": a count of one step's records (or its people) said with a word for one of the outcomes
    that step records (missed / completed / late; paid / payment_failed) is the count of that outcome, not of every
    record of the step. The word is matched to the step's own outcomes only: by its first letters in English (miss →
    missed, paid late → paid_late before paid), by the dictionary's senses in Chinese (迟到 → late), or as the step's one
    succeeding or one failing outcome (成功, successful). Said in the assumptions; nothing changes when no outcome or
    several fit (the coverage check has spoken for words that name nothing)."""
    prof = w.catalog.profile
    if prof is None or w.ratio is not None or w.day_n is not None or "action" in w.filters or w.dimension == "action" \
            or len(set(w.touchpoint_ids)) != 1 or \
            (w.journey_id and not any(n[0] == "journey_inferred" for n in w.notes)) or \
            (w.metric_id not in OUTCOME_COUNTS and not _column_measure_of_step(w, w.touchpoint_ids[0])):
        return  # (a journey the asker did not say, only inferred from the step, is no journey asked about)
    tp = w.touchpoint_ids[0]
    hit = _outcome_word_of_step(w, tp)
    if not hit:
        return
    if w.dimension and w.dimension not in ("touchpoint", "stage") and w.metric_id in OUTCOME_COUNTS and \
            (intent.share_asked(w.text) or intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)):
        # ("2025年9月哪个城市的楼验房发现问题的比例最高": each group's share of the outcome among the step's records,
        # ranked — never the groups ranked by how many records had it)
        name = f"{hit[0]}占比" if w.language == "zh" else f"{hit[0]} share"
        # ("what share of PPM visits to school canteens couldn't get access": of the one group named, no ranking —
        # by the column that holds it: "boxes shipped from the Suzhou hub (苏州吴中仓)" is a hub, whatever city)
        held = set(w.catalog.dimension_values.get(w.dimension) or ())
        owner = w.dimension if not w.focus or set(w.focus) <= held else next(iter(
            {m.dim for m in w.mentions if m.kind == "value" and m.id in w.focus and m.dim} or {None}))
        group = {owner: list(w.focus)} if w.focus and owner else {}
        w.ratio = ratio_def.RatioDef(name=name,
                                     numerator=ratio_def.Side("events", {"touchpoint": [tp], "action": hit, **group}),
                                     denominator=ratio_def.Side("events", {"touchpoint": [tp], **group}))
        w.touchpoint_ids = []
        _evaluative_order(w)  # ("the worst late-delivery share": the highest, now that the outcome is known)
        if group:
            w.dimension, w.focus, w.intent = None, [], "metric_value"
    else:
        w.filters["action"] = hit
    w.notes.append(("outcome_of_step", {"value": ", ".join(hit), "step": build._tp_name(w.catalog, tp, w.language)}))


# English phrasal verbs for an outcome, said with the stems of the outcome values they mean ("how many quotes got
# turned down" of declined, "the order was called off" of cancelled)
PHRASAL_OUTCOMES = (
    (re.compile(r"\bturn(?:ed|s|ing)?\s+(?:[a-z]+\s+){0,2}down\b"), frozenset({"decl", "reje", "refu"})),
    (re.compile(r"\bcall(?:ed|s|ing)?\s+(?:[a-z]+\s+){0,2}off\b"), frozenset({"canc"})),
    (re.compile(r"\bback(?:ed|s|ing)?\s+out\b|\bpull(?:ed|s|ing)?\s+out\b"), frozenset({"with", "canc"})),
    (re.compile(r"\bdrop(?:ped|s|ping)?\s+out\b"), frozenset({"drop", "with"})),
    (re.compile(r"\bg(?:ave|ive|ives|iving)\s+up\b"), frozenset({"aban"})),
    (re.compile(r"\bf(?:ell|all|alls|alling)\s+through\b"), frozenset({"fail", "lost"})),
    (re.compile(r"\bsen(?:t|d|ds|ding)\s+(?:[a-z]+\s+){0,2}back\b|\bc(?:ame|ome|omes|oming)\s+back\b"),
     frozenset({"retu"})),
    (re.compile(r"\bsign(?:ed|s|ing)?\s+up\b"), frozenset({"regi", "enro", "sign"})),
)
# a verb said negated ("couldn't reach them", "were not reachable", "unable to contact"): the outcome that says the
# verb's absence with a prefix (unreachable, not_contacted)
NEGATED_VERB = re.compile(r"(?:n't|\bnot|\bnever|\bunable\s+to|\bcannot|\bfailed\s+to)\s+(?:be\s+|get\s+)?([a-z]{4,})")


def _outcome_stems_said_otherwise(open_text: str, text: str, candidates: list[str]) -> set[str]:
    """The stems of the candidate outcomes the text says in other words: a phrasal verb of the outcome's meaning
    (outside every name), or the verb of an outcome of absence said with a negation ("couldn't reach" of unreachable,
    even where "reach" also names a measure)."""
    low = open_text.lower()
    out = {x for rx, stems in PHRASAL_OUTCOMES if rx.search(low) for x in stems}
    negated = {m.group(1)[:4] for m in NEGATED_VERB.finditer(text.lower())}
    for v in candidates:
        for word in re.findall(r"[a-z]{3,}", v.lower()):
            rest = next((word[len(p):] for p in ("non", "un", "in", "dis") if word.startswith(p)), "")
            if len(rest) >= 4 and rest[:4] in negated:
                out.add(word[:4])
        if (not_said := re.match(r"(?:not|no|never)_([a-z]{4,})", v.lower())) and not_said.group(1)[:4] in negated:
            out |= _outcome_words(v)
    return out


def _outcome_word_of_step(w: Work, tp: str) -> list[str]:
    """The one outcome of step `tp` (among the two or more it records) the question says in words outside every name:
    by its first letters in English (miss → missed, paid late → paid_late before paid), by the dictionary's senses in
    Chinese (迟到 → late), or as the step's one succeeding or one failing outcome (成功, successful). Empty when no
    outcome or several fit, and for words in a clause that only says which rows stay in."""
    prof = w.catalog.profile
    acts = sorted(str(v) for v, at in prof.action_steps.items() if tp in at) if prof is not None else []
    if len(acts) < 2:
        return []
    # (an outcome that says its own absence, no_issues / not_home, is said only with a negation: "found issues" is
    # issues_reported, never no_issues)
    negation = bool(NEGATION_SAID.search(w.text))
    candidates = [v for v in acts if negation or not NEGATED_VALUE.match(v.lower())]
    if not candidates:
        return []
    # ("what share of wash batches went back for a rewash" where rewash names the washing step and is one of its
    # outcomes: the step said by its outcome's word)
    named = [(m.start, m.end) for m in w.mentions if m.kind == "touchpoint" and m.id == tp]
    said = [m for m in w.mentions if m.kind == "value" and m.dim == "action" and str(m.id) in acts and
            any(a <= m.start and m.end <= b for a, b in named)]
    # ("for not renewing their plan", "did not need a rewash": the step said, its outcome negated — of two outcomes
    # the other one, else none)
    negated = [m for m in said if re.search(r"(?:\b(?:not|never|no|without)|n't)(?:\s+[a-z]+){0,3}\s+$|"
                                            r"(?:没有?|未|不)[\u4e00-\u9fff]{0,3}$", w.text[max(0, m.start - 30):m.start])]
    by_name = resolve._unique([str(m.id) for m in said if m not in negated and str(m.id) in candidates])
    if len(by_name) == 1:
        return by_name
    if negated and not by_name:
        other = [v for v in acts if v not in {str(m.id) for m in negated}]
        return other if len(acts) == 2 and len(other) == 1 else []
    def aside(a: int, b: int) -> bool:
        # (a word in a clause that widens or narrows what is counted, "failed uploads included", "不算续费和升级",
        # "not resubmissions", says which rows stay in, not the outcome counted)
        return _set_aside(w.text, a, b) or bool(OUTCOME_SET_ASIDE.search(w.text[max(0, a - 16):a]))

    # (the question's words outside every name, time and blocked span: a Chinese run is cut where a name starts)
    open_text = "".join(" " if coverage._covered(w, i, i + 1) else ch for i, ch in enumerate(w.text))
    restated = [r.span() for r in RESTATED.finditer(w.text)]  # ("came up short, i.e. … couldn't send the full number")
    free = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[a-z][a-z\-]{2,}|[\u4e00-\u9fff]+", open_text)
            if not aside(m.start(), m.end()) and not coverage._covered(w, m.start(), m.end())
            and not any(a <= m.start() and m.end() <= b for a, b in restated)]
    said_text = " ".join(x for _, _, x in free)
    hit: list[str] = []
    # (English: the outcome whose words' first letters the question says most of; a tie is no answer)
    en = {x[:4] for _, _, x in free if x.isascii() and x not in OUTCOME_WORD_STOP and len(x) >= 4}
    en |= _outcome_stems_said_otherwise(open_text, w.text, candidates)
    if en:
        scores = {v: len(_outcome_words(v) & en) for v in candidates}
        best = max(scores.values())
        top = [v for v in candidates if scores[v] == best]
        if best and len(top) == 1 and (len(_outcome_words(top[0])) == best or
                                       _qualified_outcome(top[0], _outcome_words(top[0]) & en, candidates, stems=True) or
                                       _outcome_words(top[0]) - en <= _step_name_stems(w, tp)):
            # (the words left unsaid may be the step's own: "deliveries went out late" of delivered_late at the
            # delivery step)
            hit = top
        elif best >= 2 and len(top) > 1 and all(len(_outcome_words(v)) == best for v in top) and \
                re.search(r"\b(?:or|and)\b|或|和|、|/", said_text + w.text):
            # ("ended in a notice (first or final)": each outcome said whole, listed together — all of them)
            hit = top
    if not hit and CJK.search(said_text):
        from assistant.planner import glosses
        import jieba
        for _, _, run in free:
            if not CJK.match(run):
                continue
            at, verb = 0, frozenset()
            toks = jieba.lcut(run)
            # ("没收到": jieba reads 没收 "confiscate" — a negation before a word the dictionary knows, 收到, is a negation)
            toks = [p for t in toks for p in ((t[0], t[1:]) if len(t) == 2 and t[0] in "没未" and
                                               (run[run.find(t) + 1:run.find(t) + 3] in glosses.dictionary())
                                               else (t,))]
            for tok in toks:
                at = run.find(tok, at)
                # ("没配满": the result after a negated verb is negated too)
                negated = bool(NEGATION_ZH.search(run[:max(at, 0)])) or \
                    bool(len(tok) == 1 and re.search(r"(?:没有?|未|不)[\u4e00-\u9fff]$", run[:max(at, 0)]))
                if negated:
                    verb = frozenset()
                    continue  # ("验车没通过": 通过 negated names no passed — the failing outcome below may)
                if len(tok) < 2 or coverage._known_word(tok) or tok in GLOSS_SKIP:
                    # ("发现问题": a common noun is the object of the verb before it; the two say the outcome together)
                    senses = verb | glosses.gloss_words(tok) if verb and len(tok) >= 2 else frozenset()
                    if not senses and len(tok) == 1 and tok not in SINGLE_CHAR_STOP and CJK.match(tok) and \
                            not coverage._known_word(tok):
                        # ("查出来蜂势弱": an adjective of one character after its noun says the outcome, weak)
                        senses = glosses.gloss_words(tok)
                    verb = frozenset()
                    if not senses:
                        continue
                else:
                    # ("快递送晚了": 送晚 is no word of the dictionary's, the verb 送 and its result 晚 — the result is
                    # the outcome)
                    # ("晚到的那些送货": 晚到, no dictionary word, an adverb and its verb — late, arrive)
                    senses = verb = glosses.gloss_words(tok) or glosses.verb_and_result(tok)[1]
                got = [v for v in candidates if (words := _said_words(v, glosses.VALUE_STOP))
                       and all(glosses._covers(senses, x) for x in words)]
                if not got and len(tok) == 2 and not glosses.gloss_words(tok) and CJK.match(tok) and \
                        not all(p.flag[:1] in ("t", "f", "m", "q", "r") for p in linker._pos(tok)):
                    # (never a time or place word, "行前": before the trip says no "go")
                    # ("晚到的那些送货": 晚到, an adverb and its verb — late, arrive; "缺箱", a verb and its object —
                    # short: no dictionary word, its characters' senses together)
                    senses = frozenset().union(*(glosses.gloss_words(ch) for ch in tok))
                    got = [v for v in candidates if (words := _said_words(v, glosses.VALUE_STOP))
                           and all(glosses._covers(senses, x) for x in words)]
                if len(got) > 1 and senses == glosses.gloss_words(tok):
                    # ("拒收" of accepted / rejected: "refuse to accept" names the other outcome only in passing —
                    # the head word of each sense decides)
                    heads = glosses.gloss_words(tok, heads_only=True)
                    got = [v for v in got if all(glosses._covers(heads, x) for x in _said_words(v, glosses.VALUE_STOP))] \
                        or got
                if not got:
                    # ("逾期付款" of paid / paid_late: 逾期 says late, the qualifier of the step's plain outcome)
                    got = [v for v in candidates if _qualified_outcome(
                        v, {x for x in _said_words(v, glosses.VALUE_STOP) if glosses._covers(senses, x)}, candidates)]
                if len(got) == 1:
                    hit = got
                    break
            if hit:
                break
    if not hit:
        # (success and failure anywhere but inside a step's own name, "按装机成功的上门次数算" too: it says what is counted)
        unnamed = intent.mask(w.text, [(m.start, m.end) for m in w.mentions if m.kind == "touchpoint"] +
                              [x.span() for rx in (SUCCESS_SAID, FAILURE_SAID) for x in rx.finditer(w.text)
                               if aside(*x.span())])
        failed = [v for v in acts if ratio_def.FAILED_STEP.search(v.replace("_", " ").lower())]
        rest = [v for v in acts if v not in failed]
        if (FAILURE_SAID.search(unnamed) and not SUCCESS_SAID.search(unnamed) or NEGATED_SUCCESS_ZH.search(unnamed)) \
                and len(failed) == 1:
            hit = failed
        elif SUCCESS_SAID.search(unnamed) and not FAILURE_SAID.search(unnamed) and not NEGATED_SUCCESS_ZH.search(unnamed) \
                and failed and len(rest) == 1:
            hit = rest
        elif SUCCESS_SAID.search(unnamed) and not FAILURE_SAID.search(unnamed) and not NEGATED_SUCCESS_ZH.search(unnamed) \
                and not failed:
            # ("续约成功的比例" at the renewal review, renewed / terminated: the outcome named like the step succeeds)
            t = w.catalog.touchpoint(tp)
            own = {x[:4] for n in ((t.name, t.name_en) if t else ()) if n for x in re.findall(r"[a-z]{4,}", n.lower())}
            like = [v for v in candidates if not NEGATED_VALUE.match(v.lower()) and _outcome_words(v) and
                    _outcome_words(v) <= own]  # (its own names: an alias "termination" names no success)
            hit = like if len(like) == 1 else []
    if not hit and CJK.search(said_text) and (intent.share_asked(w.text) or
                                              intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)):
        # (a word the dictionary does not gloss, 延误 / 修不好 / 拒赔, against the step's outcomes in English,
        # through the multilingual embedder: only a clear lead over the step's other outcomes, and only for a share
        # or a rate — a count of a step's records, "做了多少次首保", "收到多少退票申请", counts them all unless an
        # outcome is said in words the dictionary ties)
        import jieba
        from assistant.planner import crosslingual
        step = next((t for t in w.catalog.touchpoints if t.id == tp), None)
        own_names = " ".join(x for x in ((step.name, step.name_zh, *step.aliases) if step else ()) if x)
        for _, _, run in free:
            toks = jieba.lcut(run) if CJK.match(run) else []
            # (each word, then each two words together: "修" + "不好" is 修不好, a verb and its result)
            pairs = [a + b for a, b in zip(toks, toks[1:]) if CJK.match(a) and CJK.match(b) and
                     not (len(a) >= 2 and a in own_names) and not coverage._known_word(a) and
                     (not coverage._known_word(b) or b[0] in "不没")]
            for tok in toks + pairs:
                if len(tok) < 2 or coverage._known_word(tok) or tok in GLOSS_SKIP or SUCCESS_SAID.search(tok) or \
                        FAILURE_SAID.search(tok) or NEGATION_ZH.search(run[:max(run.find(tok), 0)]) or \
                        tok in own_names:
                    continue  # (成功 / 失败 are read above; 报修 of the 故障报修 step names the step, no outcome)
                got1 = crosslingual.match_outcome(tok, candidates)
                if got1:
                    hit = [got1]
                    break
            if hit:
                break
    if not hit and checks.SENT_BACK.search(said_text) and not any("return" in v for v in acts):
        # ("document uploads got bounced back", "sent back": the step's one failing outcome, rejected — when no
        # outcome is said in other words, "退回修改" of revision_requested)
        failing = [v for v in candidates if ratio_def.FAILED_STEP.search(v.replace("_", " ").lower())]
        others = [v for v in acts if v not in failing]
        # (only beside outcomes that succeed: revision_requested is a sending back of its own)
        if len(failing) == 1 and (len(acts) == 2 or all(ratio_def.SUCCEEDED_STEP.search(v.replace("_", " ").lower())
                                                          for v in others)):
            hit = failing
    return hit


FIRST_TRY = re.compile(r"\bfirst[- ](?:time|submission|round|attempt|pass|try|visit|delivery)\b|一次(?:通过|成功|性)|第一轮|第一次|首次|首轮|"
                       r"头一次|\bon the first\b", re.I)


def _groups_in_the_grouping_column(w: Work) -> None:
    """Two groups named in one column's language ("银卡或金卡" of tier: silver, gold) compared on its twin in the other
    (会员等级): the values as the grouping column holds them (银卡, 金卡) — else the comparison finds no rows."""
    if not w.dimension or len(w.group_values) < 2:
        return
    held = {str(v) for v in w.catalog.dimension_values.get(w.dimension, ())}
    if not held or all(str(g) in held for g in w.group_values):
        return
    for (src, dst), mapping in w.catalog.twin_values.items():
        if dst == w.dimension and all(str(g) in mapping for g in w.group_values):
            w.group_values = [mapping[str(g)] for g in w.group_values]
            return


# measures of a journey's flow (conversions, times to convert): their steps are reached, not tried
STEP_METRICS_ALL = frozenset({"step_conversion", "overall_conversion", "drop_off_rate", "users_lost", "exit_rate",
                              "median_time_to_convert", "mean_time_to_convert", "slower_share", "slower_count",
                              "users_reached"})


def _first_try_of_the_step(w: Work) -> None:
    """"2025年9月第一次上门配送就失败的比例（只看首次配送）", "first-attempt failure rate" where the one step named numbers
    its tries in a column of its own (attempt_no, visit_no, review_round): the first tries only, that column = 1
    (said); nothing when the step has no such column (first-time customers are another question)."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if len(set(w.touchpoint_ids)) != 1 or term is None or term.table != "events" or term.id in STEP_METRICS_ALL:
        return
    col = build._first_round_column(w)
    if col is None or col in w.filters:
        return
    # ("what share of first scans got rejected", "first scan only" of scan_no: the column's own noun after first)
    stem = build.ORDINAL_SUFFIX.sub("", col).replace("_", " ")
    own = re.search(r"\b(?:first|1st)[- ]" + re.escape(stem) + r"s?\b", w.text) if stem.isascii() and len(stem) >= 3 else None
    if not (FIRST_TRY.search(w.text) or own):
        return
    w.filters[col] = ["1"]
    term = w.catalog.dimension(col)
    w.notes.append(("first_try", {"column": (term.names.get(w.language) if term else None) or col}))


def _paid_orders_reaching_a_step(w: Work) -> None:
    """"三亚已支付的订单里有多大比例至少被天气取消过一次？按订单算", "For bookings paid in 2025, what % made it onto
    the water": a share of the paid orders that went on to a step is the conversion from the payment step (the one
    step named with a payment word) to that step — the orders record no steps, the events do, tied by the data's
    own id where it has one. Said in the assumptions."""
    if w.ratio is not None or len(w.touchpoint_ids) != 1 or w.journey_id or \
            w.filters.get("order_status") != ["paid"] or w.metric_id not in (None, "orders", "events"):
        return
    spans = [(m.start, m.end) for m in w.mentions] + list(w.time_spans)
    if not intent.share_asked(w.text, spans):
        return
    c = w.catalog
    pay = [t.id for t in c.touchpoints if checks.MONEY_STEP.search(
        " ".join(x for x in (t.name, t.name_zh, t.name_en, t.id) if x).lower())
        and not checks.REFUND_STEP.search(" ".join(x for x in (t.name, t.name_en, t.id) if x).lower())]
    if len(pay) != 1 or pay[0] in w.touchpoint_ids:
        return
    del w.filters["order_status"]
    rows = [m for m in w.mentions if (m.kind == "value" and m.dim == "order_status")
            or (m.kind == "metric" and m.id in ("orders", "events"))]
    w.mentions = [m for m in w.mentions if m not in rows]
    w.blocked_spans += [(m.start, m.end) for m in rows]  # (the orders' words said which rows: no unknown name)
    w.metric_id = None
    w.touchpoint_ids = [pay[0], *w.touchpoint_ids]
    tp = next(t for t in c.touchpoints if t.id == pay[0])
    w.notes.append(("paid_at_step", {"step": (tp.name_zh if w.language == "zh" else tp.name_en) or tp.name}))


CODED_ID = re.compile(r"^(.+?)_(?:id|code|no|key)$")
# values that are codes, not names: S1, SH-02, K7, or two or three capitals (SH, SZ, HZ for cities)
CODE_LIKE = re.compile(r"^(?:[A-Z]{2,3}|[A-Za-z]{0,4}[-_]?\d+[A-Za-z]?|[A-Z]{1,4}[-_][A-Z]?\d+)$")
ID_SAID = re.compile(r"\b(?:ids?|codes?|numbers?)\b|编号|工号|代码|编码|\bID\b", re.I)


def _country_code(v: str) -> bool:
    """Is `v` a country's ISO code (US, CN, DEU; UK and EU as people write them)?"""
    import pycountry
    return v.isalpha() and (v.upper() in ("UK", "EU") or (len(v) == 2 and pycountry.countries.get(alpha_2=v.upper())
                                                            is not None) or
                            (len(v) == 3 and pycountry.countries.get(alpha_3=v.upper()) is not None))


def _name_column_over_id(w: Work) -> None:
    """"Which club had the highest share …" grouped by club_id while the rows also carry the club's name (club_en,
    俱乐部 club): the groups are named by the name column in the asker's language (the code is shown beside each
    name); the id itself when the question asks for it ("give me the horse id", "工号")."""
    m = CODED_ID.match(w.dimension or "")
    if ID_SAID.search(w.text) or not w.dimension:
        return
    # ("which centre had the lightest load" grouped by centre whose values are S1, S2, S3 beside centre_en and
    # 扫描中心: a column of codes is an id too, whatever it is called)
    codes = [str(v) for v in (w.catalog.dimension_values.get(w.dimension) or ())]
    if m is None and not (codes and all(CODE_LIKE.match(v) for v in codes)):
        return
    if m is None and all(_country_code(v) for v in codes):
        return  # (US, CN, JP are names people read: a market of countries keeps them)
    stem = m.group(1) if m is not None else w.dimension
    term = w.catalog.dimension(w.dimension or "")
    own = (stem, f"{stem}_en", f"{stem}_name", f"{stem}_zh", f"{stem}_name_en", f"{stem}_name_zh")
    # (and the other-language twin of a name column: 扫描中心 beside centre_en)
    own += tuple(t for x in own for t in w.catalog.value_twins.get(x, ()))
    names = [d for d in w.catalog.dimensions if d.id != w.dimension and d.extra and not d.numeric and not d.time
             and d.id in own and (term is None or not term.slices or set(term.slices) <= set(d.slices or term.slices))]

    def in_language(d: Any) -> bool:
        vals = [str(v) for v in (w.catalog.dimension_values.get(d.id) or ())][:20]
        return bool(vals) and all(bool(CJK.search(v)) == (w.language == "zh") for v in vals)

    fit = [d for d in names if in_language(d)]
    if len(fit) == 1:
        w.dimension = fit[0].id


# a step whose name is the act of rating or answering a survey ("评价", "课后评价", "Rate the lesson", "NPS survey")
RATING_STEP = re.compile(r"评价|评分|打分|点评|问卷|回访|\brat(?:e|ed|ing)s?\b|\breviews?\b|\bsurvey", re.I)
SCORE_MEASURES = ("csat", "nps", "nps_score_avg", "promoter_share", "detractor_share", "satisfaction_rate", "low_rating_share")



# "江苏、湖南两省交了定金的作业单", "the two Beijing shops together": the values listed, counted as one set
ONE_SET_AFTER = re.compile(r"^\s*(?:这)?[两三四五六七八九十](?:个|家|类|种|座)?[\u4e00-\u9fff]{0,2}?(?=[\u4e00-\u9fff])|"
                           r"^\s*(?:combined|together|taken together)\b")
SET_COMPARED = re.compile(r"比较|对比|相比|比一比|比一下|分别|各自|哪个|哪家|哪一|谁|\bvs\.?|\bversus\b|\bcompare|"
                          r"\bwhich\b|\beach\b|\brespectively\b|\bdifference\b|差多少|差别")


ADDED_UP = re.compile(r"\s*(?:plus|\+|加上|加)\s*(?:the\s+)?")


def _listed_as_one_set(w: Work) -> None:
    """Two or more values listed and then counted as one ("江苏、湖南两省…里有多大比例", "Hebei and Henan combined"),
    with nothing asking to compare or rank them: one slice of all of them, not a comparison of the groups."""
    if len(w.group_values) < 2 or not w.dimension or SET_COMPARED.search(w.text) or w.order:
        return
    said = [m for m in w.mentions if m.kind == "value" and m.dim == w.dimension and m.id in w.group_values]
    if not said:
        return
    last = max(said, key=lambda m: m.end)
    order = sorted(said, key=lambda m: m.start)
    # ("new passes plus renewals", "定金加上尾款": the values added up, one total)
    added = len(order) >= 2 and (all(ADDED_UP.fullmatch(w.text[a.end:b.start]) for a, b in zip(order, order[1:])) or
                                 re.search(r"(?:\bplus|\+|加上)\s*(?:the\s+)?$", w.text[:last.start]) is not None)
    if ONE_SET_AFTER.match(w.text[last.end:]) is None and not added:
        return
    w.filters[w.dimension] = list(dict.fromkeys([*w.filters.get(w.dimension, []), *w.group_values]))
    w.one_set.add(w.dimension)
    w.group_values, w.dimension = [], None
    w.notes.append(("one_set", {"values": "、".join(m.surface for m in sorted(said, key=lambda m: m.start))}))

def _rating_step_is_the_measure(w: Work) -> None:
    """"2025年微信回访问卷里，推荐意愿平均打几分", "average score in our post-class surveys": a score of the comments,
    and a step named for rating or answering a survey ("评价", "Post-class review") linked from the words that ask for
    the score: the scores of every step are meant, not the rating step's own rows (a step said as the place, "在评价
    环节", stays)."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or term.table != "feedback" or w.metric_id not in SCORE_MEASURES or not w.touchpoint_ids:
        return
    # (only beside the channel the comments came in through, "微信回访问卷", "小程序里的": "the average rating of our
    # product reviews" with no channel is the review step's own comments)
    channels = set(w.catalog.dimension_values.get("feedback_channel") or ())
    # (the channel said as the events name it, "APP", for the comments' app_review: the comments that came that way;
    # or in the company's column holding the channel in the other language, 渠道 = 行后问卷 beside channel = survey)
    twins = [t for d in ("channel", "feedback_channel") for t in crosslingual.twins_of(w.catalog, d)]
    channel = any(v in channels or any(c.lower().startswith(v.lower() + "_") for c in channels)
                  for d in ("channel", "feedback_channel") for v in map(str, w.filters.get(d) or ())) or any(
        w.filters.get(t) for t in twins)
    measure = [m for m in w.mentions if m.kind == "metric" and m.id == w.metric_id]
    for tid in list(w.touchpoint_ids):
        tp = next((t for t in w.catalog.touchpoints if t.id == tid), None)
        said = [m for m in w.mentions if m.kind == "touchpoint" and m.id == tid]
        if tp is None or not RATING_STEP.search(" ".join(x for x in (tp.name, tp.name_zh, tp.name_en, tp.id) if x)):
            continue
        # ("the average star rating": the step "Rating" linked from the measure's own word)
        # (or the score word the measure was read from when no measure is named, "平均打几分")
        own_word = bool(said) and (bool(measure) and all(_measure_word(m, measure) for m in said) or not measure and all(
            build.SCORE_WORD.fullmatch(m.surface) for m in said))
        if not (own_word or channel) or any(resolve.STEP_AFTER.match(w.text[m.end:]) for m in said):
            continue
        w.touchpoint_ids.remove(tid)
        w.mentions = [m for m in w.mentions if m not in said]





UNIT_OF_COLUMN = {"days": r"天|日|days?", "day": r"天|日|days?", "hours": r"小时|个小时|hours?|h", "minutes": r"分钟|minutes?|mins?",
                  "months": r"个月|月期|months?", "weeks": r"周|星期|weeks?", "nights": r"晚|夜|nights?",
                  "sessions": r"次|节|sessions?", "lessons": r"节|课|lessons?", "classes": r"节|课|classes?",
                  "seats": r"座|座位|seats?", "kg": r"公斤|千克|kg", "people": r"人|people|persons?"}


THRESHOLD_NEAR = re.compile(r"(?:\b(?:within|under|over|above|below|more than|less than|at least|at most|longer than|"
                            r"shorter than|up to)|超过|不到|不超过|少于|多于|大于|小于|高于|低于|至少|最多|[<>≤≥])\s*$", re.I)
THRESHOLD_AFTER = re.compile(r"^\s*(?:以内|以上|以下|之内|内|及以上|及以下|或以上|或以下|\+|or (?:more|less|longer|under|over))")
WHICH_PHRASE_BEFORE_LIST = re.compile(r"\b(?:which|what)\s+((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)\s*(?:[-–—:(,]\s*)$|"
                                      r"哪(?:个|种|类|一种)?([\u4e00-\u9fff]{1,6}?)\s*(?:[-–—:：（(，,]\s*)$", re.I)


def _number_with_its_unit(w: Work) -> list[Mention]:
    """"42天的套餐", "the 28-day package" where package_days holds 26, 28 and 42: a value of the company's column whose
    name ends in that unit, said with the unit; the column's word right after it names those rows, not a sum of
    the column."""
    out = list(w.mentions)
    for d in w.catalog.dimensions:
        parts = d.id.lower().split("_")
        vals = [str(v) for v in w.catalog.dimension_values.get(d.id, ())]
        if not d.extra or len(parts) < 2 or parts[-1] not in UNIT_OF_COLUMN or not vals or \
                not all(re.fullmatch(r"\d+", v) for v in vals) or len(vals) > 12:
            continue
        rx = re.compile(r"(?<![\d.])(\d+)\s*-?\s*(?:" + UNIT_OF_COLUMN[parts[-1]] + r")(?![a-z])", re.I)
        for hit in rx.finditer(w.text):
            if hit.group(1) not in vals or any(a <= hit.start() < b for a, b in w.time_spans if (a, b) != hit.span()):
                continue
            if any(a <= hit.start() < b for a, b in w.blocked_spans):
                continue  # ("30天窗口": the length of a journey's window)
            a, b = hit.span()
            if THRESHOLD_NEAR.search(w.text[max(0, a - 14):a]) or THRESHOLD_AFTER.match(w.text[b:]):
                continue  # ("30分钟以内送达", "within 30 minutes": a threshold on the column, not one of its values)
            found = [(a, b, hit.group(1))]
            # ("26, 28 or 42 days": the numbers listed before share the unit)
            while (prev := re.search(r"(?<![\d.])(\d+)\s*(?:,|，|、|\bor\b|\band\b|或|和)\s*$", w.text[:found[0][0]])) \
                    and prev.group(1) in vals:
                found.insert(0, (prev.start(1), prev.end(1), prev.group(1)))
            for x, y, v in found:
                out = [m for m in out if not (m.start < y and x < m.end)]
                out.append(Mention("value", v, d.id, x, y, w.text[x:y], 1.0))
            which = WHICH_PHRASE_BEFORE_LIST.search(w.text[:found[0][0]])
            if len(found) >= 2 and which:
                # ("which package length - 26, 28 or 42 days": the words ranked name the column the list is of)
                out = [m for m in out if not (m.start < which.end(1) and which.start(1) < m.end)]
                out.append(Mention("dimension", d.id, None, which.start(1), which.end(1), which.group(1), 0.9))
            # (the column's measure named by its word right after, "…的套餐": those rows, no sum of days)
            col = d.id
            out = [m for m in out if not (m.kind == "metric" and m.id in (f"sum_{col}", f"avg_{col}", f"median_{col}")
                                          and 0 <= m.start - b <= 2)]
    return sorted(out, key=lambda m: m.start)

# "average spend per paying passenger", "which farmer type spends the most per paying customer", "平均每个付费客户花了
# 多少钱", "哪类客户平均每家付费最多": the paid orders' money over the people who paid
SPEND_PER_PAYER = re.compile(
    r"\b(?:spend|spent|spends|spending|revenue|money|sales|pay|paid|pays)\b[^?.;,()（）]{0,30}?\bper\s+(?:paying\s+|buying\s+)?"
    + lexicon_en.PERSON_RX + r"\b|\bper\s+paying\s+" + lexicon_en.PERSON_RX + r"\b|"
    # ("平均每家付过款的展商在我们这花了多少钱": the payers named, then where, then the money; tried first, so that
    # "每个付过钱的…" is not cut short at its 付)
    r"(?:平均|人均)?每(?:个|位|家|名|户)(?:有)?(?:付费|付款|付过款|付过钱|消费过|下过单)的?[\u4e00-\u9fff]{0,8}?(?:花了?|消费了?|付了?|贡献了?)(?:多少钱?|多少)|"
    r"(?:平均|人均)?每(?:个|位|家|名|户)(?:有)?(?:付费|付款|付过款|付钱|消费|下单|买单)?(?:的)?(?:客户|用户|乘客|学员|会员|顾客|人|账户)?"
    r"(?:平均)?(?:花了?|消费了?|付费|付款|付了?|贡献了?|花费)(?:多少钱?|多少)?|人均(?:消费|花费|付费|花了?多少钱?)")


PAYING_PEOPLE = re.compile(r"(?:付费|付款|付过款|付过钱|付钱)的?(?:客户|用户|顾客|会员|学员|公司|企业|家长|人)")


def _spend_per_payer(w: Work) -> list[Mention]:
    """Money per paying customer (revenue_per_buyer) said in words: the measure, over the words for buyers, revenue
    and paying steps its span holds."""
    if w.catalog.metric("revenue_per_buyer") is None:
        return w.mentions
    hit = SPEND_PER_PAYER.search(w.text)
    if hit is None or (w.language == "zh" and not re.search(r"付费|付款|付钱|付了|付过|消费|花|下单|买单|贡献", hit.group(0))):
        return w.mentions
    a, b = hit.span()
    kept = [m for m in w.mentions if not (m.start < b and a < m.end and m.kind in ("metric", "touchpoint", "value"))]
    # ("2025年有付款的客户，平均每家付了多少钱": the paying said of the people is who the buyers are, no kind of order)
    kept = [m for m in kept if not (m.kind == "touchpoint" and PAYING_PEOPLE.match(w.text, m.start))]
    # ("the average court spend per paying player": a column's word right before the spend says what the money
    # was for, it averages no column of its own)
    kept = [m for m in kept if not (m.kind == "metric" and m.id.startswith((AVG_PREFIX, "sum_", "median_"))
                                    and 0 <= a - m.end <= 1)]
    return kept + [Mention("metric", "revenue_per_buyer", None, a, b, hit.group(0), 1.0)]

AVERAGE_RIGHT_BEFORE = re.compile(r"(?:\b(?:average|avg\.?|mean)\s+(?:[\w\-]+\s+){0,3}|平均)$", re.I)


def _average_of_a_rating_step(w: Work) -> list[Mention]:
    """"the highest average in-app job rating" where "Job rating" is a step's name: an average of a step is none, of
    its ratings it is the average rating (the step then goes, _rating_step_is_the_measure). Nothing when a measure is
    named already."""
    if any(m.kind == "metric" for m in w.mentions) or w.catalog.metric("csat") is None:
        return []
    for m in w.mentions:
        tp = w.catalog.touchpoint(m.id) if m.kind == "touchpoint" else None
        if tp is None or not RATING_STEP.search(m.surface) or not AVERAGE_RIGHT_BEFORE.search(w.text[:m.start]):
            continue
        return [Mention("metric", "csat", None, m.start, m.end, m.surface, m.score)]
    return []

def _measure_word(m: Mention, said: list[Mention]) -> bool:
    """Is a step's mention the measure's own word again ("评分" of 评分最低, "rated"/"ratings" of "star rating")?"""
    words = [x for s in said for x in re.findall(r"[a-z]+", s.surface.lower())]
    return any(s.start < m.end and m.start < s.end or m.surface in s.surface for s in said) or any(
        linker._same_stem(x, y) or len(_bare(x)) >= 3 and _bare(x) == _bare(y)
        for x in re.findall(r"[a-z]+", m.surface.lower()) for y in words)


def _bare(word: str) -> str:
    """A word without its ending ("rated", "rating" -> "rat"), to tell one verb's forms apart from other words."""
    return re.sub(r"(?:ing|e?d|e?s|e)$", "", word)


def _steps_ranked_not_one_step(w: Work) -> None:
    """"哪个环节的反馈评分最低", "which touchpoint had the lowest star rating … all rated feedback": the steps are
    ranked, and the one step linked from the measure's own word (评分 of a step named 评价, "rated" of a step "Rate")
    slices nothing: a ranking of one step would answer nothing."""
    if w.dimension != "touchpoint" or len(w.touchpoint_ids) != 1 or not w.metric_id:
        return
    said = [m for m in w.mentions if m.kind == "metric" and m.id == w.metric_id]
    step = [m for m in w.mentions if m.kind == "touchpoint" and m.id == w.touchpoint_ids[0]]
    if step and all(_measure_word(m, said) for m in step):
        w.touchpoint_ids = []
        w.mentions = [m for m in w.mentions if m not in step]


def _metric_words_no_value(w: Work) -> None:
    """"new customers" named both the measure (sign-ups) and a segment value (new): the words are the measure the
    answer uses, and slice nothing (the customers labelled new today signed up lately, none of them in a past week)."""
    if not intent.any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT):
        return  # ("and for new users?" after a funnel: the segment to slice it by, the measure is the funnel's)
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "metric" and m.id == w.metric_id}
    tied = [m for m in w.mentions if m.kind == "value" and (m.start, m.end) in spans]
    for m in tied:
        vals = w.filters.get(m.dim or "", [])
        if m.id in vals:
            vals.remove(m.id)
            if not vals:
                del w.filters[m.dim]
    w.mentions = [m for m in w.mentions if m not in tied]


def _metric_words_no_grouping(w: Work) -> None:
    """"the average star rating per journey step, which step is rated lowest": "star rating" named the measure and
    the stars column on the same words; the measure's words group nothing when another grouping is named."""
    spans = {(m.start, m.end) for m in w.mentions if m.kind == "metric" and m.id == w.metric_id}
    tied = [m for m in w.mentions if m.kind == "dimension" and (m.start, m.end) in spans]
    others = [m for m in w.mentions if m.kind == "dimension" and (m.start, m.end) not in spans
              and m.id not in {t.id for t in tied}]
    if not tied or not others or w.dimension not in {t.id for t in tied}:
        return
    w.mentions = [m for m in w.mentions if m not in tied]
    # (a column named with its one value, "the Guangzhou Tianhe office", is that slice, no grouping)
    grouping = [m for m in others if not resolve.one_value_named(w, m.id)]
    w.dimension = grouping[0].id if grouping else None


def _family_said(w: Work) -> None:
    """"国内报销单一共有多少张", "how many requests for payment were there": the words a family of steps starts with
    ("国内报销单提交", "国内报销单终审通过", …), said with none of its steps, name the cases of that kind — those with
    an event at any of its steps."""
    prof = w.catalog.profile
    # (a process log's kinds of cases: data with orders names its orders, "会员…" steps are no kind of case)
    if w.touchpoint_ids or w.journey_id or prof is None or prof.present("orders"):
        return
    text = w.text
    for prefix, _needs, steps in w.catalog.step_families:
        if not names_a_kind(prefix):
            continue  # (a case noun alone, "Claim", is how the cases are counted already)
        said = prefix.lower() if prefix.isascii() else prefix
        forms = [said] + ([said + "s", re.sub(r"^(\w+)", r"\1s", said)] if said.isascii() else [])
        hit = next((m for f in forms for m in re.finditer(re.escape(f), text)), None)
        if hit is None or any(x.kind == "touchpoint" and x.id in steps for x in w.mentions):
            continue
        w.touchpoint_ids = list(steps)
        if not any(x.kind == "metric" for x in w.mentions) and w.catalog.metric("active_customers") is not None:
            # the cases are what is counted ("how many travel permits"): the customers of a process log
            w.mentions.append(Mention("metric", "active_customers", None, hit.start(), hit.end(), hit.group(0), 0.9))
        if not any(x.start < hit.end() and hit.start() < x.end for x in w.mentions if x.kind != "metric"):
            w.blocked_spans.append(hit.span())  # (a case noun said in it, "travel permits", still counts the cases)
        w.notes.append(("family_steps", {"name": prefix}))
        return


TIMED = ("mean_time_to_convert", "median_time_to_convert")


def _time_groups_only_when_asked(w: Work) -> None:
    """"How long do down jackets spend inside the plant — from intake to the quality check?": a company column named
    in a question about the time between two steps is where the time is spent, not groups to compare, unless a
    grouping word asks for them ("by plant", "which plant", "各厂")."""
    if w.dimension is None or not (w.metric_id in TIMED or (len(w.touchpoint_ids) >= 2 and FROM_TO.search(w.text)
                                                           and intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE
                                                                              + ("median", "中位", "多久", "how long")))):
        return
    info = w.catalog.dimension(w.dimension)
    said = [m for m in w.mentions if m.kind == "dimension" and m.id == w.dimension]
    if info is None or not info.extra or not said or intent.is_which(w.text) or \
            any(resolve.grouping_before(w.text, m.start) for m in said) or w.group_values:
        return
    w.dimension = None
    w.mentions = [m for m in w.mentions if m not in said]
    w.blocked_spans += [(m.start, m.end) for m in said]


def _step_of_value_named(w: Work, named: list[str]) -> list[str]:
    """"from a permit's submission to its payment" with one step named: a value of the touchpoints file's
    columns that only one other step has ('payment': the document of 'Payment handled') names that step."""
    mentioned = {m.id: m.start for m in w.mentions if m.kind == "touchpoint"}
    found: list[tuple[int, str]] = []
    for m in w.mentions:
        if m.kind != "value" or not m.dim:
            continue
        holders = [tp.id for tp in w.catalog.touchpoints
                   if any((m.dim == col or m.dim.endswith("_" + col)) and v == str(m.id) for col, v in tp.attrs)]
        if m.dim == "action" and not holders and w.catalog.profile is not None:
            # ("from the repair request to the technician arriving": an action only one step records, arrived of
            # the technician's visit, names that step — the profile knows which steps record each action)
            holders = list(w.catalog.profile.action_steps.get(str(m.id), ()))
        if len(holders) == 1 and holders[0] not in named:
            found.append((m.start, holders[0], m))
    if len({tp for _, tp, _m in found}) != 1:
        return named
    start, other, said = found[0]
    if said.dim == "action" and str(said.id) in w.filters.get("action", []):
        w.filters["action"] = [v for v in w.filters["action"] if v != str(said.id)]
        if not w.filters["action"]:
            del w.filters["action"]
    return [named[0], other] if mentioned.get(named[0], 0) <= start else [other, named[0]]


def _outcome_of_orders_said_of_a_step(w: Work) -> None:
    """"How many invoices did London clients dispute": invoices are orders, but disputed is an outcome only the
    invoice step's events record — the count is of that step's events with that outcome (the orders hold no
    dispute). Only when the orders' noun said is a word of the one step's names that records the outcome."""
    prof = w.catalog.profile
    if prof is None or w.metric_id != "orders" or w.touchpoint_ids or w.catalog.metric("events") is None:
        return
    said = [m for m in w.mentions if m.kind == "value" and m.dim == "action"]
    noun = next((m for m in w.mentions if m.kind == "metric" and m.id == "orders"), None)
    if len(said) != 1 or noun is None or w.filters.get("action", [said[0].id]) != [said[0].id]:
        return
    steps = list(prof.action_steps.get(str(said[0].id), ()))
    if len(steps) != 1:
        return
    tp = w.catalog.touchpoint(steps[0])
    names = " ".join(x for x in ((tp.name, tp.name_en, tp.name_zh, *tp.aliases) if tp else ()) if x).lower()
    stem = re.sub(r"(?:es|s)$", "", noun.surface.lower().strip())
    if len(stem) < 3 or stem not in names:
        return
    w.metric_id, w.touchpoint_ids, w.filters["action"] = "events", [steps[0]], [str(said[0].id)]
    w.notes.append(("outcome_of_step", {"value": str(said[0].id), "step": build._tp_name(w.catalog, steps[0], w.language)}))


def _outcomes_the_step_records(w: Work) -> None:
    """"plot offers sent in March 2026 just expired with no reply" where the offer step records accepted / declined /
    expired and other steps record sent and no_reply: of the outcomes said, those the one step named records are the
    outcome; the others' words describe (the offers were sent; no reply is what expired means) — no slice."""
    prof = w.catalog.profile
    acts = [str(v) for v in w.filters.get("action", ()) if not str(v).startswith("!=")]
    steps = resolve._unique([m.id for m in w.mentions if m.kind == "touchpoint"])
    if prof is None or len(acts) < 2 or len(steps) != 1 or len(acts) != len(w.filters["action"]):
        return
    kept = [v for v in acts if steps[0] in prof.action_steps.get(v, ())]
    if not kept or len(kept) == len(acts):
        return
    gone = set(acts) - set(kept)
    w.filters["action"] = kept
    if w.dimension == "action" and w.group_values:
        # ("what % of submissions failed? count every record, failed + successful" where the form records fail and
        # submit: an outcome the step never records is no group to set the other against)
        w.group_values = [v for v in w.group_values if v not in gone]
        if len(w.group_values) < 2:
            w.group_values, w.dimension = [], None
    w.blocked_spans += [(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == "action" and m.id in gone]
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.dim == "action" and m.id in gone)]


def _steps_own_values(w: Work, steps: Sequence[str] = ()) -> None:
    """"from a permit's first submission to its first payment": 'permit' and 'payment' are what the named steps
    are (the touchpoints file's `document` column of those steps), words describing the steps, not a slice or
    two groups to compare; every event of the step has that value anyway. `steps`: the named ones by default."""
    steps = list(steps or w.touchpoint_ids)
    if not steps:
        return
    own: dict[str, set[str]] = {}
    for tp in w.catalog.touchpoints:
        if tp.id in steps:
            for col, value in tp.attrs:
                own.setdefault(col, set()).add(value)
    for dim in list(w.filters):
        col = next((c for c in own if dim == c or dim.endswith("_" + c)), None)
        if col is None or not w.filters[dim] or not set(map(str, w.filters[dim])) <= own[col]:
            continue
        del w.filters[dim]
        # the words stay accounted for (they say what the step is), as no value
        w.blocked_spans += [(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == dim]
        w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.dim == dim)]
        if w.dimension == dim:
            w.dimension, w.group_values = None, []


def _counted_step_noun(w: Work) -> None:
    """"How many applications ended up approved", "一共拒了多少笔申请": the step named right after the count
    word is the thing counted, the other step says which of them; a sum of both steps' events answers nothing."""
    if len(w.touchpoint_ids) < 2 or w.metric_id not in (None, "events", "active_customers") or w.ratio is not None:
        return
    nouns = [m for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids
             and COUNT_BEFORE.search(w.text[:m.start])]
    prof, said = w.catalog.profile, [str(v) for v in w.filters.get("action") or []]
    holding = [t for t in resolve._unique(list(w.touchpoint_ids)) if prof is not None and said and
               all(t in prof.action_steps.get(v, ()) for v in said) and _outcomes_recorded(w, t) >= 2]
    if nouns and len(holding) == 1:
        # ("How many renewal applications got rejected": of the steps named after the count word, the one recording
        # the outcome said among others is the one whose records are counted, whichever word comes first; a step's
        # one verb, "contracts signed", only names it)
        w.touchpoint_ids = holding
        return
    if len(nouns) == 1 and len(set(w.touchpoint_ids)) > 1:
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t != nouns[0].id]


# "what share of all monitoring alerts came from …", "所有告警中…占比": the step's rows are the whole
SHARE_OF_BEFORE = re.compile(r"\b(?:share|proportion|percentage|fraction|percent)\s+of\s+(?:(?:all|the|our)\s+)*$")
ALL_BEFORE_ZH = re.compile(r"(?:所有|全部)的?$")
# "the share of all our registered visitors": the step says which people, the people are counted
PEOPLE_AFTER = re.compile(r"\s*(?:%s)\b" % "|".join(sorted({re.escape(p.rstrip("s")) + "s?" for p in lexicon_en.PEOPLE},
                                                             key=len, reverse=True)))
AMONG_AFTER_ZH = re.compile(r"^(?:事件|记录)?(?:中|里|当中|之中)")
TIMES_ASKED = re.compile(r"(?:多少|几)(?:次|回|趟)|\bhow many times\b")
# "Check-ins in Q4 2025 vs Q3 2025": a step's plural noun opening the question is the rows counted
# ("By how much did check-ins change", "have bookings grown": the plural noun the change is asked of, too)
PLURAL_SUBJECT = re.compile(r"(?:^|\b(?:did|do|does|have|has|had|were|are)\s+)\s*(?:(?:the|our|total|all)\s+)*$", re.I)


def _steps_counted_not_people(w: Work) -> None:
    """"How many battery fault reports did riders file", "骑手一共发起了多少次邀请": the step named right after the
    count word (or "多少次", "how many times") is what is counted, its events; the people word is who did it."""
    if w.metric_id not in (None, "active_customers", "users_reached") or len(set(w.touchpoint_ids)) != 1 or \
            w.ratio is not None or w.catalog.metric("events") is None or BY_PERSON.search(w.text) or \
            w.intent not in ("", "metric_value", "compare_periods", "trend", "breakdown"):
        return
    people = [m for m in w.mentions if m.kind == "metric" and m.id in ("active_customers", "users_reached",
                                                                       "customer_count")]
    step = next((m for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids), None)
    if step is None or any(COUNT_BEFORE.search(w.text[:p.start]) for p in people) or \
            PEOPLE_COUNTED.search(w.text):
        return  # "how many riders reported a fault": the people are counted
    if COUNT_BEFORE.search(w.text[:step.start]) or TIMES_ASKED.search(w.text) or \
            (PLURAL_SUBJECT.search(w.text[:step.start]) and re.search(r"[a-z]s$", step.surface)
             and not PEOPLE_AFTER.match(w.text[step.end:])) or \
            (SHARE_OF_BEFORE.search(w.text[:step.start]) and not PEOPLE_AFTER.match(w.text[step.end:])) or \
            (ALL_BEFORE_ZH.search(w.text[:step.start]) and AMONG_AFTER_ZH.match(w.text[step.end:])):
        w.metric_id = "events"


def _values_over_steps(w: Work) -> None:
    """"the average requested amount on the applications we approved", "paid service orders": a word naming a
    step (or a journey stage) and a value of a column is the value when the measure is kept on customers or
    orders, which the step or stage cannot slice, and the value's column can; or on comments, none of which
    was filed at the step."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or term.table not in ("customers", "orders", "feedback"):
        return
    # a measure of comments ("问卷的NPS" where 问卷 is also a name of the diet quiz step): the step yields
    # only when no comment was filed at it; the value's column is then what the word can slice
    held = set(w.catalog.feedback_steps) if term.table == "feedback" else set()
    def slices(dim: str | None) -> bool:
        d = w.catalog.dimension(dim) if dim else None
        return d is not None and term.table in d.slices
    used = [m for m in w.mentions if (m.kind == "touchpoint" and m.id in w.touchpoint_ids and m.id not in held)
            or (m.kind == "value" and m.dim and not slices(m.dim) and m.id in w.filters.get(m.dim, ()))]
    for t in used:
        vals = [m for m in w.mentions if m.kind == "value" and (m.start, m.end) == (t.start, t.end) and slices(m.dim)]
        # ("携程上的点评": ctrip on the events' channel, ctrip_review on the comments' — the measured rows' own)
        held_here = [v for v in vals if v.id in w.catalog.values_by_table.get((v.dim, term.table), ())]
        vals = held_here if len({(v.dim, v.id) for v in held_here}) == 1 else vals
        if len({(v.dim, v.id) for v in vals}) != 1:
            continue
        v = vals[0]
        if t.kind == "touchpoint":
            w.touchpoint_ids.remove(t.id)
        else:
            w.filters[t.dim] = [x for x in w.filters[t.dim] if x != t.id]
            if not w.filters[t.dim]:
                del w.filters[t.dim]
            if w.dimension == t.dim and t.id in w.group_values:
                # ("paid revenue … change": paid and changed were two groups of the event verb; paid went to the
                # orders, one value left is no comparison)
                w.group_values = [x for x in w.group_values if x != t.id]
                if len(w.group_values) < 2:
                    w.dimension, w.group_values = None, []
        if w.follow_up:  # "and on the declined ones?": this turn's value replaces the one inherited
            w.filters.pop(v.dim, None)
        w.filters.setdefault(v.dim, [])
        if v.id not in w.filters[v.dim]:
            w.filters[v.dim].append(v.id)


YES_NO = text.YES_NO
HAS_BEFORE = re.compile(r"(?:\bwith(?: a| an)?|\bhav(?:e|ing)(?: a| an)?|\bhas(?: a| an)?|\bown(?:s|ing)?(?: a| an)?|"
                        r"(?:(?<![所没])有|带|持有|办了)[\u4e00-\u9fff]{0,2}|"
                        # ("标了养宠物的", "开通了自动续费的": a yes/no column said with the verb of having it)
                        r"(?<![没不])(?:养|标了|标记了?|标为|开通了?|绑定了?|装了)|"
                        # ("services held up by a parts backorder", "jobs flagged backorder")
                        r"\b(?:held up|delayed|hit|affected|blocked|slowed(?: down)?)\s+by(?: a| an| the)?|"
                        r"\bflagged(?: as| with| for)?)\s*$")
ROWS_AFTER_FLAG = re.compile(r"\s*(?:orders?\b|deliveries\b|shipments?\b|bookings?\b|requests?\b|jobs?\b|trips?\b|"
                             r"rides?\b|visits?\b|单|订单|件|的单|的订单)")
HAS_NOT_BEFORE = re.compile(r"(?:\bwithout(?: a| an)?|\bno|\bnot having|没有|没|无|不带|未)\s*$")


_PEOPLE_ZH = "|".join(re.escape(p) for p in lexicon_zh.PEOPLE if len(p) >= 2 and not p.startswith(("多少", "几")))
PEOPLE_COUNTED = re.compile(r"(?:\bhow many|\bnumber of)\s+(?:(?:unique|distinct|different|individual|of our|of the|our|the|"
                            # ("how many new client accounts were opened": the people who joined, build.new_people_spans)
                            r"new|newly \w+)\s+)*(?:(?:customer|client|member|user|patient|subscriber)\s+(?=accounts?\b))?"
                            r"(?:%s)\b|(?:多少|几)(?:个|位|名|家)?(?:不同的?)?(?:%s)|(?:%s)(?:一共|总共)?有(?:多少(?:个|位|名|家)?|几(?:个|位|名|家))" % (
                                "|".join(re.escape(p) for p in lexicon_en.PEOPLE + ("customer", "user", "member")),
                                _PEOPLE_ZH, _PEOPLE_ZH))
PEOPLE_OF_TABLE = ratio_def.COUNTS_OF_PEOPLE  # the count of people on each table, defined once


def _people_counted(w: Work) -> None:
    """"有多少个客户有过已支付的订单", "how many customers placed orders": people are counted, on the table of the
    measure the question names (orders' customers, events' customers), not the orders themselves."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or term.unit != "count" or term.table not in PEOPLE_OF_TABLE or w.metric_id in PEOPLE_OF_TABLE.values() \
            or w.metric_id in ("users_reached", "new_customers", "customer_count") or not PEOPLE_COUNTED.search(w.text):
        return
    people = PEOPLE_OF_TABLE[term.table]
    if w.catalog.metric(people) is not None:
        w.metric_id = people


# "按人去重", "按人算", "count people", "unique customers": each person once, whatever else is counted
_STEP_WORDS = r"[^()（）→>\n,，。?？!！“”\"「」:：;；]{1,30}"
ARROW_LIST = re.compile(rf"{_STEP_WORDS}(?:\s*(?:→|->|=>|＞|>)\s*{_STEP_WORDS}){{2,}}")
PERSON_LEVEL = re.compile(r"\b(?:customer|user|person|people|passenger|member|client|patient|student|visitor)s?[- ]"
                          r"(?:level|basis)\b|(?:客户|用户|人)(?:层面|维度|级别)(?:上)?(?:算|计|统计)?")
BY_PERSON = re.compile(r"\b(?:customer|user|person|people|passenger|member|client)s?[- ](?:level|basis)\b|按人去重|按人头|按人数算|按人算|按人计|去重后|\bcount(?:ing)? (?:each )?(?:people|persons?|heads)\b|"
                       r"\b(?:distinct|unique) (?:people|persons|customers|users|individuals)\b|\bcount each person once\b|"
                       r"\bpeople,? not (?:events|visits|orders|times)\b")


def _threshold_on_measured_rows(w: Work) -> None:
    """"金额在100美元及以上的订单": a threshold on a company column the counted rows do not have (amount copied on
    events) is on the same number of those rows (order_amount), a column of the layer named by it."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    table = term.table if term is not None else None
    if not table:
        return
    for dim, vals in list(w.filters.items()):
        info = w.catalog.dimension(dim)
        if info is None or not vals or not all(ratio_def.THRESHOLD.match(str(v)) for v in vals) or \
                not info.slices or table in info.slices:
            continue
        twin = next((d.id for d in w.catalog.dimensions if d.numeric and not d.extra and table in d.slices
                     and d.id.endswith("_" + dim)), None)
        if twin and twin not in w.filters:
            w.filters[twin] = w.filters.pop(dim)


DISTRIBUTION = re.compile(r"\b(?:split|distribution|mix|make-?up|most common|least common|most popular)\b|"
                          r"分布|构成|最常见|最普遍|最多见")


def _distribution_counts_rows(w: Work, named: str | None) -> None:
    """"the city split of our job seekers", "most common education level", "性别分布": how many rows (customers for a
    customer column) each value has, not a journey's conversion by it."""
    if named or w.ratio is not None or w.intent != "breakdown" or not w.dimension or not DISTRIBUTION.search(w.text) \
            or any(m.kind == "metric" for m in w.mentions) or w.touchpoint_ids:
        return
    term = w.catalog.dimension(w.dimension)
    slices = term.slices if term is not None else ()
    if "customers" in slices and w.catalog.metric("customer_count"):
        metric = "customer_count"
    else:
        metric = next((ratio_def.DEFAULT_COUNT[t] for t in ("orders", "feedback", "events") if t in slices), None)
    if metric is None or w.catalog.metric(metric) is None:
        return
    w.metric_id, w.journey_id = metric, None
    w.notes = [n for n in w.notes if n[0] != "metric_default"]


def _people_said_counted(w: Work) -> None:
    if w.ratio is not None or not BY_PERSON.search(w.text):
        return
    # a row count's people: the count of each table (ratio.DEFAULT_COUNT) → that table's people (PEOPLE_OF_TABLE)
    counts = {m: PEOPLE_OF_TABLE.get(t) for t, m in ratio_def.DEFAULT_COUNT.items()}
    people = counts.get(w.metric_id) if w.metric_id else PEOPLE_OF_TABLE["events"]
    if people and w.catalog.metric(people) is not None and (w.metric_id is not None or w.intent in MEASURED):
        w.metric_id = people
        w.notes = [n for n in w.notes if n[0] != "metric_default"]


def _yes_no_columns(w: Work) -> None:
    """"有房贷的客户", "clients with a housing loan", "没有个人贷款的": a yes/no column named after have/with is its
    yes (after without/没有 its no), a slice, not a grouping."""
    out = []
    for m in w.mentions:
        vals = set(w.catalog.dimension_values.get(m.id, ())) if m.kind == "dimension" else set()
        pair = next((p for p in YES_NO if {v.lower() for v in vals} == p), None)
        before = w.text[:m.start]
        neg = HAS_NOT_BEFORE.search(before) or re.search(r"(?:\bnon-?|(?<![a-z])un-|[非不])\s*$", before) or \
            re.search(r"(?:没有?|不|未)(?:养|开通|绑定|装)了?\s*$|\bdo(?:es)?n[o']?t own(?: a| an)?\s*$", before)
        # ("用了优惠券", "使用优惠券": the column's own name says it was used; "express orders", "加急单": the
        # column's name as the kind of the rows counted)
        pos = HAS_BEFORE.search(before) or re.match(r"(?:用了|使用|用过|用券)", m.surface) or \
            ROWS_AFTER_FLAG.match(w.text[m.end:])
        if pair is None or not (neg or pos):
            out.append(m)
            continue
        yes, no = sorted(pair, key=lambda v: v in ("no", "false", "n", "0", "否", "无"))
        raw = {v.lower(): v for v in vals}
        out.append(Mention("value", raw[no if neg else yes], m.id, m.start, m.end, m.surface, m.score))
    w.mentions = out


GROUP_BEFORE = re.compile(r"(?:\b(?:by|per|each|every|which|what|top|most|least)\s+(?:\w+\s+)?|按照?|每个|每位|各个?|哪个|哪位|哪些|哪种)\s*$")


def _identifiers_not_asked(w: Work) -> None:
    """"签约了多少个卖家", "how many sellers signed": an identifier column's word names what is counted,
    not a grouping; it groups only after "by"/"which"/"哪个"/"按" or with a ranking."""
    keep = []
    def ident(m: Mention) -> bool:
        term = w.catalog.dimension(m.id) if m.kind == "dimension" else None
        return term is not None and term.identifier
    others = any(m.kind == "dimension" and not ident(m) for m in w.mentions)
    for m in w.mentions:
        # a ranking groups by the identifier only when nothing else is named to group by
        # ("签约卖家里哪种行为画像最多" ranks the profiles of sellers, not the sellers)
        if ident(m) and not GROUP_BEFORE.search(w.text[:m.start]) and (not w.order or others):
            continue
        if ident(m) and AVERAGE_PER.search(w.text[:m.start]) and not w.order:
            continue  # "the average notary fee paid per order": the unit averaged over, no grouping by order number
        if ident(m) and re.fullmatch(r"[a-z]+ed", m.surface.lower()):
            continue  # ("what share booked again": a verb, never the booking_id column)
        first = re.search(r"\b(?:first|1st|second|2nd|third|3rd)[- ]$", w.text[:m.start])
        if first and re.search(r"\b(?:on|at|in|by|with)\s+(?:the|their|its)\s+\S+\s$", w.text[:m.start]) and \
                intent.share_asked(w.text):
            keep.append(m)  # ("what share were done on the first visit": the share of the first tries, by visit_no)
            continue
        if m.kind == "dimension" and build.ORDINAL_COLUMN.search(m.id) and not TRY_GROUPED.search(w.text[:m.start]) \
                and (not w.order or first) and re.fullmatch(r"[a-z]+", m.surface.lower()) and \
                not re.match(r"\s*(?:numbers?|no\b|#)", w.text[m.end:]):
            # ("what % of firmware update attempts failed": the tries counted, no grouping by the try's number
            # attempt_no; "by attempt", "which attempt" group)
            w.blocked_spans.append((m.start, m.end))
            continue
        keep.append(m)
    w.mentions = keep


# a grouping by the try's number asked ("by attempt", "which attempt", "each round"); "per attempt" is the unit counted
TRY_GROUPED = re.compile(r"(?:\b(?:by|which|what)\s+(?:\w+\s+)?|按照?|各个?|哪个|哪一?次|第几次)\s*$")

# "average … per", "平均每": an average over each row of the kind named next
AVERAGE_PER = re.compile(r"\b(?:average|mean|avg)\b[^.?!,;]*\bper\s+(?:each\s+)?$|平均每\s*$")


# "按预订算", "按案件计", "按每张工单算": the unit each row counted is (one per booking), said as a reminder
BASIS_ZH = re.compile(r"按(?:照)?(?:每(?:一)?[个笔单次张份件位名]?)?([\u4e00-\u9fffa-z_]{1,8}?)"
                      r"(?:次数|人数|笔数|单数|个数|数|号|编号|单号|id)?\s*(?:来)?(?:算|计算|计)(?![\u4e00-\u9fff]{0,2}(?:最|哪))")


def _counting_basis(w: Work) -> None:
    """A step or an identifier column named only as the counting unit ("登船有多少单？按预订算" where 预订 is the
    booking step and booking_id a column) is what each row counted is: no step to restrict to, no grouping. A step
    is such a unit only beside another step that is counted."""
    for hit in BASIS_ZH.finditer(w.text):
        a, b = hit.span(1)
        unit = [m for m in w.mentions if a <= m.start and m.end <= b and (
            m.kind == "touchpoint" or (m.kind == "dimension" and (t := w.catalog.dimension(m.id)) is not None
                                       and t.identifier))]
        # a step said alone as the unit is what is counted ("上了多少节课？按上课签到算": the check-ins), kept
        if not any(m.kind == "touchpoint" and not (a <= m.start and m.end <= b) for m in w.mentions):
            unit = [m for m in unit if m.kind != "touchpoint"]
        if unit and any(m.start == a and m.end == b for m in unit):
            w.mentions = [m for m in w.mentions if m not in unit]
            w.blocked_spans.append((a, b))
        elif not any(a < m.end and m.start < b for m in w.mentions):
            w.blocked_spans.append((a, b))  # ("按预约次数算" naming nothing of the data: still only how rows count)


# a come-back rate said by name ("回头率", "come-back rate", "return rate"), defined as a return within days
COME_BACK_RATE = re.compile(r"回头率|回访率|再次到店率|复访率|\bcome[- ]?back rate\b|\bcomeback rate\b|\breturn(?:ing)? rate\b|"
                            r"\brevisit rate\b")


def _rate_defined_by_its_words(w: Work) -> None:
    """"返修率是怎么算的？", "how do you calculate the no-show rate?", "回头率是怎么算的？": a definition asked of a rate
    no measure is called, named by a step ("返修" + 率) or as coming back: what it means in this data is said
    (the step's conversion from the step before it; a return within N days of the first visit), never "no such
    thing"."""
    if "explain_metric" not in w.cues or any(m.kind == "metric" for m in w.mentions) or w.ratio is not None:
        return
    steps = [m for m in w.mentions if m.kind == "touchpoint" and ratio_def.RATE_AFTER.match(w.text, m.end)]
    if len({m.id for m in steps}) == 1 and w.catalog.metric("step_conversion") is not None:
        m = steps[0]
        w.intent, w.metric_id, w.touchpoint_ids = "explain_metric", "step_conversion", [m.id]
        w.explain_term = w.text[m.start:ratio_def.RATE_AFTER.match(w.text, m.end).end()].strip()
        w.blocked_spans.append((m.start, ratio_def.RATE_AFTER.match(w.text, m.end).end()))
        return
    hit = COME_BACK_RATE.search(w.text)
    if hit and not w.touchpoint_ids:
        w.intent, w.metric_id, w.explain_term = "explain_metric", None, hit.group(0)
        w.blocked_spans.append(hit.span())



SENTENCE_END = re.compile(r"[?？。;；]|\.(?:\s|$)")


def _scope_listed_after_the_question(w: Work) -> None:
    """"What was our revenue last month? Paid water tickets, pay-per-delivery orders and dispenser cleaning; bucket
    deposits don't count.": kinds listed after the question say what is counted — one slice of all of them —
    not groups to compare (nothing compares them)."""
    if w.intent != "compare_groups" or SET_COMPARED.search(w.text):
        return
    end = SENTENCE_END.search(w.text)
    if end is None:
        return
    vals = [m for m in w.mentions if m.kind == "value" and m.dim in w.filters and m.id in w.filters[m.dim]
            and len(w.filters[m.dim]) >= 2]
    dims = {m.dim for m in vals}
    if not vals or any(m.start < end.end() for m in vals) or len(dims) != 1 or w.dimension not in (None, *dims):
        return
    dim = dims.pop()
    w.one_set.add(dim)
    w.group_values, w.dimension = [], None
    w.intent = "metric_value"
    # ("paid water tickets, pay-per-delivery orders and dispenser cleaning": more kinds listed than the words linked
    # — every kind is counted, less those said not to count)
    rest = w.text[end.end():]
    stop = SENTENCE_END.search(rest)
    listed = [x for x in re.split(r"\s*(?:,|，|、|\band\b|和|及)\s*", rest[:stop.start()] if stop else rest) if x.strip()]
    if len(listed) > len({m.id for m in vals}):
        a, b = end.end(), end.end() + (stop.start() if stop else len(rest))
        inside = {m.id for m in w.mentions if m.kind == "touchpoint" and a <= m.start < b}
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in inside]
        kept = [v for v in w.filters[dim] if str(v).startswith("!=")]
        if kept:
            w.filters[dim] = kept
        else:
            del w.filters[dim]
        return
    w.notes.append(("one_set", {"values": "、".join(m.surface for m in sorted(vals, key=lambda m: m.start))}))

STEP_CHAIN = re.compile(r"→|->|=>|—>|⇒")


def _share_between_two_steps_of_a_journey(w: Work) -> None:
    """"Of the people who got as far as adding a car, what share ended up with a ticket? Use the vehicle booking
    journey": the journey named with two of its steps in order and a share asked is the conversion from the first to
    the second (build.conversion_between), not the whole funnel drawn."""
    if w.intent != "funnel" or w.metric_id or len(set(w.touchpoint_ids)) != 2 or not intent.share_asked(w.text) or \
            w.dimension or w.catalog.metric("step_conversion") is None or STEP_CHAIN.search(w.text):
        return  # (a chain of steps spelled out, "报价→分期申请→签约", is the journey itself: its funnel)
    j = w.catalog.journey(w.journey_id) if w.journey_id else None
    if j is not None and not set(w.touchpoint_ids) <= set(j.steps):
        return
    w.intent, w.metric_id = "metric_value", "step_conversion"


# values joined by "or" right before their column's word ("1 or 2 star ratings", "4或5星评价"): alternatives of one set
OR_JOINED = re.compile(r"^\s*(?:-?\s*stars?\s*)?(?:,\s*)?(?:or|and/or|或者?|或是)\s*$", re.I)


def _values_listed_before_their_column(w: Work) -> None:
    """"How many 1 or 2 star ratings came in during Q2?": values joined by "or" right before their own column's word
    say which rows are counted — one set, one number — not a grouping by the column (nothing ranks, compares or
    splits them by it)."""
    if w.intent != "breakdown" or not w.dimension or w.order or intent.is_which(w.text) or \
            SET_COMPARED.search(w.text) or GROUP_BY.search(w.text) or not _asks_count(w):
        return
    kept = [str(v) for v in w.filters.get(w.dimension, ()) if not str(v).startswith("!=")]
    said = sorted((m for m in w.mentions if m.kind == "dimension" and m.id == w.dimension), key=lambda m: m.start)
    if len(kept) < 2 or not said:
        return
    head = w.text[:said[0].start]
    # (the last two words before the column's word: the values, joined by "or")
    listed = list(re.finditer(r"(?<![\w.])(\d+(?:\.\d+)?|[a-z][\w\-]*|[\u4e00-\u9fff]{1,6})(?=\s*(?:-?\s*stars?)?\s*$|"
                              r"\s*(?:,\s*)?(?:or|and/or|或者?|或是)\b)", head, re.I))
    if len(listed) < 2 or not OR_JOINED.match(head[listed[-2].end():listed[-1].start()]) or \
            not re.fullmatch(r"\s*(?:-?\s*stars?\s*)?", head[listed[-1].end():], re.I):
        return
    w.one_set.add(w.dimension)
    w.notes.append(("one_set", {"values": ("、" if w.language == "zh" else ", ").join(kept)}))
    w.intent, w.dimension, w.group_values = "metric_value", None, []


def step_intent(w: Work) -> None:
    sentinel = {"negative", "positive"}
    which_time = intent.which_time(w.text)
    if which_time:
        w.grain, w.order = which_time, w.order or "desc"
    # (a value said to be left out, "refunded ones excluded", is no group to compare)
    negated = {(d, v[2:]) for d, vs in w.filters.items() for v in vs if isinstance(v, str) and v.startswith("!=")}
    # (values counted together, "江苏、湖南两省", are no groups to compare either)
    one_set = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim in w.one_set}
    # (the same words read as a twin column's value, "上海" of city beside 城市 = !=上海, are left out too)
    one_set |= {(m.start, m.end) for m in w.mentions if (m.dim, m.id) in negated}
    w.intent = intent.detect_intent(w.text, w.cues - sentinel,
                                    [m for m in w.mentions if (m.dim, m.id) not in negated and (m.start, m.end) not in one_set],
                                    n_periods=2 if w.baseline is not None else 0, grain=w.grain,
                                    ranking=w.order is not None, which=intent.is_which(w.text),
                                    metric_id=w.metric_id)
    if not w.intent and any(n[0] == "step_of_outcome" for n in w.notes):
        w.intent = "metric_value"  # ("口译员迟到的比例": the step its outcome names, measured there)
    if w.reason_ranked and w.intent in ("why", "metric_value", "compare_periods", "funnel", "", "feedback_themes",
                                        "exits", "retention"):
        # ("最主要是什么原因": the recorded reasons ranked, not the why of a change; "保修索赔最多的是什么问题": the
        # claims' recorded problem, no comment asked about)
        w.intent = "breakdown"
    _scope_listed_after_the_question(w)
    _share_between_two_steps_of_a_journey(w)
    _money_asked(w)
    _average_payment_asked(w)
    _journey_noun_counted(w)
    _rate_defined_by_its_words(w)
    if w.intent == "breakdown" and not w.order and not intent.is_which(w.text) and \
            intent.any_cue(w.text, lexicon_zh.TOTAL + lexicon_en.TOTAL) and not GROUP_BY.search(w.text):
        # "how many bookings in total, across both hotels": one total over the groups, not a breakdown
        w.intent, w.dimension = "metric_value", None
    _values_listed_before_their_column(w)
    if w.intent == "trend" and intent.any_cue(w.text, lexicon_zh.TOTAL + lexicon_en.TOTAL) and \
            not GROUP_BY.search(w.text) and ADJECTIVE_GRAIN.search(w.text) and \
            not re.search(r"\b(?:trend|over time|chart|plot|graph|line)\b|趋势|走势", w.text):
        # ("how many night rounds did they miss in total across the weekly patrol logs": weekly says which records,
        # the total is one number)
        w.intent, w.grain = "metric_value", None
    if not w.intent and any(m.kind == "value" for m in w.mentions) and _asks_count(w):
        # "how many annual fee charges were refunded": a count of the rows those values describe
        w.intent = "metric_value"
    prof = w.catalog.profile
    if not w.intent and not w.mentions and PEOPLE_COUNTED.search(w.text) and \
            (prof is None or prof.present("events") or prof.present("customers")):
        # "我们一共有多少客户", "how many unique riders did we have in July": people counted, nothing else named
        # (on reviews alone, "how many passengers flew" has no rows to count them from)
        w.intent = "metric_value"
    if w.intent == "metric_value" and w.baseline is None and _one_group_vs_rest(w):
        # "are night orders returned more often?": the night group against the other day parts
        dim = next(d for d, v in w.filters.items() if len(v) == 1 and d not in ("touchpoint", "stage"))
        w.intent, w.dimension, w.order = "breakdown", dim, w.order or "desc"
        del w.filters[dim]
        term = w.catalog.dimension(dim)
        w.notes.append(("group_vs_rest", {"dim": (term.names.get(w.language) or dim) if term else dim}))
    feedback_ask = w.intent in ("feedback_themes", "feedback_search")
    quotes = intent.any_cue(w.text, lexicon_zh.QUOTES + lexicon_en.QUOTES)
    measured = _measure_not_of_comments(w) if feedback_ask and not quotes else None
    if measured:
        # "how much revenue did we lose from customers who complained", "average time to resolve a complaint":
        # a measure of orders or of the journey, asked about complainers; answered (or refused) as that measure
        w.intent, w.metric_id, feedback_ask = "metric_value", measured, False
    elif feedback_ask and not quotes and w.catalog.metric("feedback_volume") and \
            intent.share_asked(w.text) and (w.touchpoint_ids or w.filters):
        # "what share of complaints came in online": a share of the comments, read off their breakdown
        w.intent, w.metric_id, feedback_ask = "metric_value", w.metric_id or "feedback_volume", False
        if "negative" in w.cues and "rating" not in w.filters:
            w.filters.setdefault("sentiment", ["negative"])
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if feedback_ask and term is not None and term.table == "feedback" and term.unit != "count" and not quotes:
        # "average rating of feedback about the hotline": a measure of the comments, not the comments
        w.intent = "breakdown" if w.dimension else "metric_value"
    elif feedback_ask and w.dimension and _slices_comments(w, w.dimension) and (w.order or intent.is_which(w.text)) \
            and not quotes and intent.names_topic(w.text, [(m.start, m.end) for m in w.mentions]) \
            and build.topic_words(w) and w.metric_id is None:
        # "哪家门店被吐槽推销最多", "which city do most complaints about pushy loan selling come from": the comments
        # about that topic counted per group, not every comment of each group
        w.intent, w.order = "feedback_count", w.order or "desc"
        w.notes.append(("topic_by_group", {}))
    elif feedback_ask and w.dimension and _slices_comments(w, w.dimension) and (w.order or intent.is_which(w.text)) \
            and not quotes and w.catalog.metric("feedback_volume"):
        # "哪个触点收到的负面反馈最多", "which city's customers left the most negative feedback": the groups
        # ranked by comments, not the themes of all comments
        w.intent, w.metric_id, w.order = "breakdown", w.metric_id or "feedback_volume", w.order or "desc"
        if "negative" in w.cues or "positive" in w.cues:
            if "rating" not in w.filters:  # "差评（1到2星）": the stars already say which comments
                w.filters.setdefault("sentiment", ["negative" if "negative" in w.cues else "positive"])
    elif feedback_ask and w.dimension and w.dimension not in ("touchpoint", "stage") and \
            (w.order or intent.is_which(w.text)) and not quotes and w.catalog.metric("feedback_volume"):
        # "which device has the most complaints" where comments do not record the device: the ranking asked, said
        # to be impossible by the column check, never the themes of every comment with the grouping dropped
        w.intent, w.metric_id, w.order = "breakdown", w.metric_id or "feedback_volume", w.order or "desc"
        if ("negative" in w.cues or "positive" in w.cues) and "rating" not in w.filters:
            w.filters.setdefault("sentiment", ["negative" if "negative" in w.cues else "positive"])
    if w.intent in ("feedback_search", "feedback_themes") and w.dimension and not _slices_comments(w, w.dimension) and \
            not any(m.kind == "dimension" and m.id == w.dimension and resolve.grouping_before(w.text, m.start)
                    for m in w.mentions):
        # ("pull up some comments where customers praise our engineers" where engineer is a column of the events:
        # the word is what the comments are about, no grouping the comments cannot have)
        w.mentions = [m for m in w.mentions if not (m.kind == "dimension" and m.id == w.dimension)]
        w.dimension = None
    undated = [m for rx in (lexicon_zh.UNDATED, lexicon_en.UNDATED) for m in rx.finditer(w.text.lower())]
    if undated and not all(timeparse.in_inclusion(w.text, m.start(), m.end()) for m in undated):
        w.intent = "describe_data"  # "有多少条反馈没有填写时间": rows without a date, per table
        return
    _count_of_comments(w)
    if which_time and w.intent in ("feedback_search", "feedback_themes") and not w.dimension and w.status == "ok":
        if intent.names_topic(w.text, [(m.start, m.end) for m in w.mentions] + w.time_spans) and build.topic_words(w):
            # "哪个月关于APP连不上的反馈最多": the months ranked by the comments about that topic, not quotes of it
            w.intent, w.dimension = "feedback_count", which_time
            w.notes.append(("topic_by_group", {}))
        elif w.catalog.metric("feedback_volume") and w.metric_id in (None, "feedback_volume"):
            # "APP上传文件失败的抱怨哪个月最多": the months ranked by the comments of the step named, not their themes
            w.intent, w.metric_id, w.dimension, w.order = "breakdown", "feedback_volume", which_time, w.order or "desc"
            if "negative" in w.cues and "rating" not in w.filters:
                w.filters.setdefault("sentiment", ["negative"])
    if w.intent == "feedback_themes" and intent.names_topic(w.text, [(m.start, m.end) for m in w.mentions]) \
            and build.topic_words(w):
        # "complaints about rude staff": what customers say about that topic, not the themes of everything
        w.intent = "feedback_search"
    _repeat_buyers(w)
    if w.metric_id == "repurchase_rate" and w.intent in ("metric_value", "compare_periods", "breakdown", "trend",
                                                          "compare_groups"):
        # repurchase is measured on cohorts of first orders: the retention analysis computes it
        w.intent = "retention"
    if w.intent == "compare_groups" and not w.group_values and w.dimension and intent.is_which(w.text) and \
            sum(1 for m in w.mentions if m.kind == "value" and m.dim == w.dimension) >= 3:
        w.intent, w.order = "breakdown", w.order or "desc"  # a ranking among three or more values listed
    elif w.intent == "compare_groups" and not w.group_values and resolve.ADDED_UP.search(w.text) or \
            w.intent == "compare_groups" and not w.group_values and not w.dimension and \
            any(len(v) >= 3 for v in w.filters.values()):
        w.intent = "metric_value"  # the values named are added up: one number
    elif w.intent == "breakdown" and w.dimension and not w.order and not intent.is_which(w.text) and \
            not intent.share_asked(w.text) and SUMMED_OVER.search(w.text):
        # "各球会加起来一共打完了多少轮": the groups added up into one number, not listed
        w.intent, w.dimension = "metric_value", None
    _lost_counted_at_the_loss_step(w)
    _low_rating_share(w)
    _visits_of_a_step_without_sessions(w)
    _stars_that_define_the_rate(w)
    _clock_unit(w)
    _acquired_through(w)
    _duration_column_by_its_verb(w)
    _time_between_steps(w)
    _column_of_another_step(w)
    _per_unit_average(w)
    _money_per_buyer(w)
    _money_spent_by_people(w)
    _arrow_chain(w)
    _share_of(w)
    if w.intent == "compare_groups" and w.order and len(w.group_values) >= 2:
        # "which industry has the most paying customers (pro or business plan)": rank the industries among
        # customers of those plans; the two plans are the slice, not the groups compared
        other = next((m.id for m in w.mentions if m.kind == "dimension" and m.id != w.dimension
                      and m.id not in ("touchpoint", "stage", *TIME_GRAINS)), None)
        if other:
            w.intent, w.dimension, w.group_values = "breakdown", other, []
    if w.intent == "trend" and w.order and w.grain:
        # "支付失败率最高的是哪天": a ranking of days, not a time series
        w.intent, w.dimension = "breakdown", w.grain
    _distinct_values(w)


MONEY_ASKED = re.compile(r"(?:卖|赚|收|挣|进账)了?多少(?:钱|英镑|欧元|美元|元|块|万)|多少(?:英镑|欧元|美元|人民币|块钱)|"
                         # ("一共收到多少捐款", "筹到多少善款": money received, named by its kind)
                         r"(?:收到|收了|筹到|筹了|筹集了?|募到|募了|募集了?)(?:多少|几)(?![次笔个条单件位人名份])"
                         r"[\u4e00-\u9fff]{0,3}?(?:款|钱|金)|"
                         r"\bhow many (?:pounds|euros|dollars|yuan|rmb)\b|"
                         r"\bhow much (?:money|cash|revenue|did we (?:collect|make|earn|take in|bill|charge|receive|get|"
                         # ("How much did we pay out in claims", "how much have we lent"): money paid out, as recorded
                         r"pay out|disburse|lend|refund)|have we (?:paid out|disbursed|lent|refunded)|"
                         r"have we (?:collected|made|earned|received|billed|charged)|was (?:collected|paid|billed))|"
                         r"\bhow much\b[^?.]{0,40}\b(?:came|come|comes) in\b|"
                         r"\bhow much\b[^?.]{0,60}\b(?:collect|earn|make|take in|"
                         r"bring in|bill|charge|receive|get paid|raise|raised|refund|pay out)\b|\bhow much\b[^?.]{0,90}\b(?:sell|sold|go|went) for\b|"
                         # ("How much did we sell in November?": the sales; "how much coffee did we sell" is a quantity)
                         r"\bhow much (?:did|do|have|has|had) (?:we|you|they|[a-z]+s) (?:sell|sold)\b|"
                         # ("How much did we take through Meituan", "how much did the shop take last week": takings)
                         r"\bhow much (?:did|do|have|has|had) (?:we|you|they|the [a-z]+|[a-z]+s) (?:take|taken|took)\b"
                         r"(?!\s+(?:to|for|off|part|place|away|back|out|up|on)\b)|"
                         # ("how much did owners tip walkers", "how much did donors give"): money customers paid
                         r"\bhow much\b(?: money)? (?:did|do|does|have|has) (?:our |the |all )?[a-z]+s? (?:tip|tipped|pay|paid|"
                         r"spend|spent|donate|donated|give|gave)\b|"
                         # ("How much did Hong Kong customers put into time deposits", "how much have our members
                         # invested"): money the people named put in, a few words naming them
                         r"\bhow much\b(?: money)? (?:did|do|does|have|has) (?:[a-z]+ ){1,3}(?:put (?:in|into)|invest|invested|"
                         r"top(?:ped)? up|deposit|deposited)\b|多少钱|收了多少(?:钱|(?![台件个单笔次份张条位人户家辆箱瓶罐桶只部套支袋盒]))|赚了多少|实收|收款|进账|收到多少钱|"
                         # "一共收了多少申请费", "打了多少回收款", "放款总额", "学费定金总额": a money noun's amount
                         # (not "放了多少笔款": 笔 counts the loans, no money asked)
                         r"(?:收|赚|挣|打|付|放|缴|交|退)了?多少(?![笔单次个份张件条])[\u4e00-\u9fff]{0,4}?(?:费|款|金)|"
                         # ("what did add-on items bring in during 2025": the money they brought)
                         r"\bwhat did\b[^?.]{0,40}\b(?:bring in|earn|make|generate|take in)\b|"
                         r"(?:费|款|金|额|钱)(?:的)?总(?:额|数)|总金额|"
                         # ("退给客户的钱一共多少"): the money said as 的钱, its amount asked
                         r"的(?:钱|款项?)(?:一共|总共|合计|总计)?(?:是|有)?多少|"
                         # ("2025年全年收到的利息一共多少": a money noun received, its amount)
                         r"(?:收到|收了|收取|赚到|赚了)的?[\u4e00-\u9fff]{0,4}?(?:费|息|租|款|金)[\u4e00-\u9fff]{0,2}?"
                         r"(?:一共|总共|合计|共)?(?:是|有)?多少(?![笔单次个份张件条位人户家])|"
                         r"\btotal (?:[a-z\-]+ ){0,4}(?:collected|paid out|received|billed|taken in|refunded)\b|"
                         r"\b(?:deposits?|fees?|payouts?|payments?|premiums?|rent) (?:we )?(?:collected|received|paid out)\b|"
                         r"\btotal (?:[a-z\-]+ )?(?:payouts?|disbursements?|fees|deposits)\b")


# how many were lost, asked as a count ("How many accounts did we lose", "二季度流失了多少个客户")
COUNT_OF_LOST = re.compile(r"\bhow many\b[^?.]{0,40}\b(?:did|have|has|do)\s+(?:we|you|they)\s+(?:lose|lost)\b|"
                           r"\bhow many\b[^?.]{0,30}\b(?:lost|churned)\b|(?:流失|丢)了?(?:多少|几)|多少[\u4e00-\u9fff]{0,5}?流失")
# the words of losing, and the words a step that records the loss is named with
LOSS_WORDS = (("lose", "lost", "losing", "churn"), ("流失", "丢"))
# a step asked for ("which step", "哪一步"): the drop-off between steps, no count of a loss step
STEP_ASKED = re.compile(r"\b(?:which|what)\s+(?:step|stage|touchpoint|point)\b|\bwhere\b|哪一?步|哪个(?:环节|步骤|触点|阶段)|"
                        r"哪个环节|在哪")


def _lost_counted_at_the_loss_step(w: Work) -> None:
    """"How many accounts did we lose in Q2 2026?", "二季度流失了多少个客户" where the data has one step recording the
    loss (Account churned, aliases churn / 流失): the customers who reached that step, not the drop-off between steps."""
    # (流失 is also a name of the drop-off rate; said bare with a count, "流失了多少个", no rate is asked)
    bare = w.metric_id == "drop_off_rate" and not any(
        m.kind == "metric" and m.id == "drop_off_rate" and re.search(r"率|比例|\brate\b|%", m.surface.lower())
        for m in w.mentions) and not re.search(r"率|比例|\brate\b|percent|share", w.text.lower())
    people = w.intent in ("", "metric_value", "compare_periods") and w.metric_id in (None, *intent.PEOPLE_METRICS)
    if not (w.intent == "dropoff" or bare or people) or not COUNT_OF_LOST.search(w.text) or STEP_ASKED.search(w.text):
        return
    # (any word of the family said looks for any of them: "lose" finds a step named "lost account")
    said = [x for words in LOSS_WORDS if any(y in w.text.lower() for y in words) for x in words]
    steps = [t for t in w.catalog.touchpoints
             if any(re.search(r"(?<![a-z])" + x, name.lower()) for name in (t.name, t.name_zh, t.name_en, *t.aliases)
                    if name for x in said)]  # ("lose" is no word of "closed")
    if len(steps) != 1 or set(w.touchpoint_ids) - {steps[0].id}:
        return
    w.intent, w.touchpoint_ids, w.journey_id = "metric_value", [steps[0].id], None
    w.metric_id = "active_customers" if bare or w.metric_id is None else w.metric_id
    w.notes.append(("fuzzy", {"surface": said[0], "id": steps[0].id, "kind": "touchpoint"}))


# order statuses revenue never counts (metrics.yaml: paid or missing only)
REVENUE_LEAVES_OUT = frozenset({"refunded", "cancelled", "canceled", "returned", "failed", "void", "voided"})


# money given back ("退给顾客多少钱", "退了多少钱", "退还了多少款")
REFUND_MONEY = re.compile(r"退(?:了|还了?|回了?|出去了?|给[\u4e00-\u9fff]{1,4})?多少(?:钱|款)|"
                          # ("因为损坏理赔退给客户的钱一共多少")
                          r"退(?:了|还了?|回了?|出去了?|给[\u4e00-\u9fff]{1,4})?的(?:钱|款)(?:一共|总共|合计|总计)?(?:是|有)?多少|"
                          # ("How much in booking deposits did we refund", "total deposits refunded in 2025")
                          r"\bhow much\b[^?.]{0,60}\b(?:did|do|have|has) (?:we|you|they) (?:refund|pay back|give back)\b|"
                          r"\bhow much\b(?: money)? (?:was|were|got|has been|have been) refunded\b|"
                          r"\btotal (?:[a-z\-]+ ){0,4}refunded\b", re.I)


# "the average monthly tuition payment", "avg fuel bill", "平均每笔学费": the amount of one order, its kind said between
AVERAGE_PAYMENT = re.compile(r"\b(?:average|avg\.?|mean|typical)\s+(?:[a-z\-]+\s+){0,3}?(?:payment|bill|charge|invoice)s?\b"
                             r"(?!\s+(?:rate|time|count|number|method|status|step))|"
                             r"平均每(?:笔|单|张|次)[\u4e00-\u9fff]{0,6}?(?:多少钱|金额|费|款)", re.I)


def _average_payment_asked(w: Work) -> None:
    """"whats the average monthly tuition payment at Shanghai Pudong": the average amount of the orders the words
    between name (tuition, a kind of order) — never a count of them."""
    if w.metric_id not in (None, "orders", "events") or w.ratio is not None or w.catalog.metric("aov") is None or \
            w.catalog.profile is None or not w.catalog.profile.present("orders") or not AVERAGE_PAYMENT.search(w.text) or \
            ROWS_COUNTED_ASKED.search(w.text) or w.intent not in ("", "metric_value", "breakdown", "trend",
                                                                 "compare_periods", "compare_groups"):
        return
    w.metric_id = "aov"
    w.intent = w.intent or "metric_value"


# ("what share of samples …", "what % of the quotes …": a share of the things the noun after it names)
SHARE_BEFORE = re.compile(r"\b(?:what|which)\s+(?:share|percentage|proportion|fraction|percent|%)\s+of\s+"
                          r"(?:(?:the|our|all|those|these)\s+)*$|%\s+of\s+(?:(?:the|our|all)\s+)*$")


# a journey said to be gone through to its end ("finished their course", "走完了疗程")
COMPLETED_SAID = re.compile(r"\b(?:finish(?:ed|es)?|complet(?:ed|es)|graduated)\b|走完|完成了|读完|学完|做完", re.I)


def _journey_noun_counted(w: Work) -> None:
    """"How many rides did we do in Berlin in July 2025?" where "rides" names a journey (ride start → ride end →
    parking photo): a count of the journey's own noun is a count of one of its steps' records, which the words do not
    say (started, ended?) — never the journey's funnel of people. Asked back with the journey's steps."""
    if w.intent != "funnel" or w.touchpoint_ids or w.metric_id or w.ratio is not None or FUNNEL_SAID.search(w.text) \
            or _process_log(w):
        return  # (a process log's journey word counts its cases: _cases_of_a_process_log)
    # (the journey's word as the head noun counted: "how many rides did we do", never "how many online loan
    # applications", where the noun after it is what is counted)
    said = [m for m in w.mentions if m.kind == "journey" and m.id == w.journey_id and
            (COUNT_BEFORE.search(w.text[:m.start]) or SHARE_BEFORE.search(w.text[:m.start]))
            and re.match(r"\s*(?:did|do|does|were|was|are|have|has|had|came|come|got|went|took|in|on|at|during|for|"
                         # (a verb in the past the things did: "how many samples arrived at our labs")
                         r"this|last|per|from|[a-z]{3,}ed\b(?!\s+(?:by|to|with)\b)|that|which|[,?.;]|$)", w.text[m.end:])]
    j = w.catalog.journey(w.journey_id) if w.journey_id else None
    done = COMPLETED_SAID.search(w.text)
    if j is not None and j.steps and done and PEOPLE_COUNTED.search(w.text) and \
            any(m.kind == "journey" and m.id == w.journey_id for m in w.mentions) and \
            not intent.share_asked(w.text) and not intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS):
        # ("How many patients finished their immunotherapy course in 2025?"): the people who reached the journey's
        # last step in the period — a count, not the funnel of those who began it
        w.intent, w.metric_id, w.touchpoint_ids = "metric_value", "active_customers", [j.steps[-1]]
        w.notes.append(("journey_completed", {"step": build._tp_name(w.catalog, j.steps[-1], w.language)}))
        return
    if not said or j is None or PEOPLE_COUNTED.search(w.text):
        return
    w.status, w.clarify, w.options = "clarify", "touchpoint", list(j.steps)


TIME_FROM_TO = re.compile(r"\b(?:days|hours|minutes|weeks)\s+(?:from|between)\b|从[^，。？?]{1,20}到[^，。？?]{1,20}(?:几天|多少天|多久|多长时间)")


# money taken in, said outright ("补睫实收了多少钱", "sales of …"): the orders' revenue, whatever step is named
TAKINGS_SAID = re.compile(r"实收|收入|营收|营业额|进账|流水|收了|赚|卖了|销售|\b(?:sales|revenue|takings|collect\w*|earn\w*|"
                          r"brought in|bring in|made)\b", re.I)
# words for an amount of money that name no money of their own ("金额", "多少钱", "the amount")
PLAIN_MONEY = re.compile(r"金额|多少钱|钱款|款项|\bamount\b|\bhow much money\b|\bmoney\b", re.I)


def _money_of_a_step_no_purchase(w: Work) -> bool:
    """"2025年退款到账的金额一共多少钱": the money of a named step that is no purchase, said in plain money words, is the
    one money column the step's events carry, added up (averaged when an average is asked) — the orders' revenue
    cannot be narrowed to that step."""
    said = [m for m in w.mentions if m.kind == "metric" and m.id == w.metric_id]
    if w.metric_id not in (None, "revenue") or w.ratio is not None or w.filters.get("order_status") or \
            not PLAIN_MONEY.search(w.text) or CUSTOMERS_SPEND.search(w.text) or ROWS_COUNTED_ASKED.search(w.text) or \
            TAKINGS_SAID.search(w.text) or \
            any(ratio_def.THRESHOLD.match(str(x)) for v in w.filters.values() for x in v) or \
            any(not PLAIN_MONEY.fullmatch(m.surface) for m in said) or \
            w.intent not in ("", "metric_value", "breakdown", "trend", "compare_periods", "compare_groups"):
        return False
    steps = [t for tp in dict.fromkeys(w.touchpoint_ids) if (t := w.catalog.touchpoint(tp)) is not None]
    cols = step_money_columns(w)
    if len(cols) != 1 or not steps or any(t.stage == "purchase" for t in steps) or any(
            m.kind == "value" and (d := w.catalog.dimension(m.dim or "")) is not None and "orders" in d.slices
            for m in w.mentions):
        return False  # ("储物柜租金一共收了多少钱" where 储物柜 is also a kind of order: those orders' revenue)
    average = intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE)
    w.metric_id = (AVG_PREFIX if average and w.catalog.metric(AVG_PREFIX + cols[0]) else "sum_") + cols[0]
    w.intent = w.intent or "metric_value"
    return True


# a column of money the company paid out (payout, payout_amount, compensation, claim_paid, 赔付金额)
PAID_OUT_COLUMN = re.compile(r"payout|pay_out|compensation|claim_paid|paid_out|赔付|赔款")


def _paid_out_column(w: Work) -> bool:
    """"How much did we pay out on damage claims in 2025?" where the claim-settled step's events carry payout: money
    paid out is the total of the one money column of the events named for it, not the orders' revenue; a step named
    that does not record it (the claim filed) says which cases, the column's own step is where it is read."""
    prof = w.catalog.profile
    if prof is None or not PAYOUT_SAID.search(w.text):
        return False
    cols = sorted({x.column for x in prof.extras if x.table == "events" and x.numeric and
                   PAID_OUT_COLUMN.search(x.column.lower()) and w.catalog.metric("sum_" + x.column) is not None})
    if len(cols) != 1:
        return False
    average = intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE)
    col = cols[0]
    w.metric_id = (AVG_PREFIX if average and w.catalog.metric(AVG_PREFIX + col) else "sum_") + col
    recording = w.catalog.steps_recording(col)
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t in recording]
    w.journey_id = None
    w.intent = w.intent if w.intent in ("breakdown", "trend", "compare_periods", "compare_groups") else "metric_value"
    w.notes.append(("fuzzy", {"surface": PAYOUT_SAID.search(w.text).group(0), "id": w.metric_id, "kind": "metric"}))
    return True


def _money_asked(w: Work) -> None:
    """"How much rent did we collect last quarter", "实收房租一共多少钱": money taken in is the orders' revenue
    (the amount of the orders of another status when one is named), whatever else the words slice by."""
    named = w.catalog.metric(w.metric_id) if w.metric_id else None
    counted = named is not None and named.unit == "count" and named.table == "orders"  # "collect from paid orders"
    # ("一共收了多少申请费" at the fee-payment step: its events are counted only for want of a money word)
    counted = counted or (w.metric_id == "events" and w.catalog.profile is not None and
                          w.catalog.profile.present("orders"))
    # ("how much did owners tip walkers": the people named are who paid, the money is asked)
    counted = counted or (w.metric_id in intent.PEOPLE_METRICS and all(
        m.surface.lower() in resolve.PEOPLE_WORDS or m.surface.lower().rstrip("s") in resolve.PEOPLE_WORDS
        or m.surface in lexicon_zh.PEOPLE for m in w.mentions if m.kind == "metric" and m.id == w.metric_id))
    if _money_of_a_step_no_purchase(w):
        return
    if (w.metric_id is not None and not counted) or not MONEY_ASKED.search(w.text):
        return
    if LENGTH_OF_TIME_ASKED.search(w.text) or TIME_FROM_TO.search(w.text):
        return  # ("median number of days from statement to payment received": a length of time, no money)
    if w.intent == "funnel" and not FUNNEL_SAID.search(w.text):
        # ("How much did we pay out in claims in 2025?": the journey's word says which money, no funnel is asked)
        w.intent, w.journey_id = "metric_value", None
    if w.intent not in ("", "metric_value", "breakdown", "trend", "compare_periods", "compare_groups"):
        return
    if REFUND_MONEY.search(w.text) and w.catalog.metric("refund_amount") and "order_status" not in w.filters:
        # ("2025年一共退给顾客多少钱": money given back is the refunds' amount, not what was taken in)
        w.metric_id, w.intent = "refund_amount", w.intent or "metric_value"
        return
    if _paid_out_column(w):
        return
    if not w.catalog.metric("revenue"):
        return
    # (statuses said to be left out that revenue leaves out anyway, "退款的不算": revenue, those words restated)
    other = {v for v in w.filters.get("order_status", ()) if v != "paid"
             and not (str(v).startswith("!=") and str(v)[2:].lower() in REVENUE_LEAVES_OUT)}
    said_out = [str(v)[2:] for v in w.filters.get("order_status", ()) if str(v).startswith("!=")]
    statuses = [str(v) for v in w.catalog.dimension_values.get("order_status", ())]
    open_ = [v for v in statuses if v.lower() != "paid" and v.lower() not in REVENUE_LEAVES_OUT and v not in said_out]
    if said_out and open_ and not any(not str(v).startswith("!=") for v in w.filters["order_status"]):
        # "2025年营业额，不含取消的病例", "sales last month, non-cancelled orders": the asker says which orders are left
        # out, so every other order counts, the ones not paid yet (unpaid, pending) too — revenue alone would drop
        # them silently; the statuses counted are said
        other = {"!=" + v for v in said_out}
        w.notes.append(("statuses_counted", {"statuses": ", ".join(v for v in statuses if v not in said_out)}))
    if w.filters.get("order_status") and not other:
        w.filters["order_status"] = [v for v in w.filters["order_status"] if v == "paid"]
        if not w.filters["order_status"]:
            del w.filters["order_status"]
    w.metric_id = "amount_all_statuses" if other and w.catalog.metric("amount_all_statuses") else "revenue"
    w.intent = w.intent or "metric_value"


def _measure_not_of_comments(w: Work) -> str | None:
    """A named measure that comments cannot give (money, time to convert), not a count of people or events."""
    for m in w.mentions:
        term = w.catalog.metric(m.id) if m.kind == "metric" else None
        if term is not None and term.table != "feedback" and term.unit in ("currency", "seconds"):
            return m.id
    return None


DISTINCT_BEFORE = re.compile(r"(?:\bhow many|\bnumber of|\bcount of)\s+(?:(?:different|distinct|unique|separate|individual)\s+)?$"
                             # ("其他几个城市加起来呢": the other few cities, no count of them asked)
                             r"|(?:多少|(?<!其他|其余|其它|别的|剩下)几)(?:个|种|家|类)(?:不同的?)?$")


def _distinct_values(w: Work) -> None:
    """"How many different cities did complaints come from", "投诉来自多少个州": the number of the column's
    values in the slice (each with its rows underneath), not a ranking and not a count of rows."""
    if w.intent not in ("breakdown", "metric_value", "compare_periods", "feedback_count", "feedback_themes",
                        "feedback_search", "") or w.baseline is not None or \
            intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE):  # "the average number of adults"
        return
    for m in w.mentions:
        term = w.catalog.dimension(m.id) if m.kind == "dimension" else None
        counted = DISTINCT_BEFORE.search(w.text[:m.start]) or re.match(r"(?:多少|几)个", m.surface)
        if term is None or m.id in ("touchpoint", "stage") or term.time or not counted:
            continue
        w.intent, w.dimension, w.distinct, w.order = "breakdown", m.id, True, None
        if w.metric_id is None and w.cues & {"feedback_themes", "feedback_search", "feedback_generic"} and \
                w.catalog.metric("feedback_volume"):
            w.metric_id = "feedback_volume"  # "how many states did complaints come from": the comments' states
        w.filters.pop(m.id, None)
        return


# comments counted outright: "押金相关的反馈一共有多少条", "how many comments …"
COMMENTS_COUNTED = re.compile(r"(?:反馈|评论|评价|留言|投诉|差评)[^，。？?！!]{0,6}(?:多少|几)条|(?:多少|几)条[^，。？?！!]{0,6}"
                              r"(?:反馈|评论|评价|留言|投诉|差评)|\bhow many (?:comments|reviews|complaints|pieces of feedback)\b",
                              re.I)


def _column_word_as_topic(w: Work) -> None:
    """"押金相关的反馈一共有多少条？" where 押金 names the deposit column's total: comments counted outright are what
    is asked, and the column's word is what they are about (the topic), never the column's total."""
    if not w.metric_id or not w.metric_id.startswith(("sum_", AVG_PREFIX, "median_")) or \
            not COMMENTS_COUNTED.search(w.text) or w.catalog.metric("feedback_volume") is None:
        return
    term = w.catalog.metric(w.metric_id)
    said = [m for m in w.mentions if m.kind == "metric" and m.id == w.metric_id]
    if term is None or term.table == "feedback" or not said:
        return
    w.mentions = [m for m in w.mentions if m not in said]
    w.metric_id, w.intent, w.topic_query, w.baseline = None, "feedback_count", said[0].surface, None


def _count_of_comments(w: Work) -> None:
    """"How many reviews mention a delay?" counts the comments about a topic; "一共有多少条评价" / "how many
    complaints did we get" with no topic is the feedback volume (complaints: of negative comments)."""
    _column_word_as_topic(w)
    if w.intent == "feedback_count" and w.topic_query:
        return
    feedbackish = bool(w.cues & {"feedback_generic", "feedback_themes", "feedback_search"}) or w.metric_id == "feedback_volume"
    if not feedbackish or not _asks_count(w) or w.intent in ("why", "describe_data", "explain_metric", "sql"):
        return
    from tools.journey_map import CUES_STRONG
    if w.intent == "journey_map" and intent.any_cue(w.text, CUES_STRONG):
        return  # ("Draw me the customer journey map: … complaints — how many customers reach each step": the map)
    if intent.any_cue(w.text, lexicon_zh.QUOTES + lexicon_en.QUOTES) and not COUNT_OF_QUOTES.search(w.text):
        return  # "给我看几条" asks for quotes; "有几条" for a number
    spans = [(m.start, m.end) for m in w.mentions] + w.time_spans
    if (intent.names_topic(w.text, spans) and build.topic_words(w)) or build._literal_topic(w):
        w.intent = "feedback_count"
        _steps_in_topic(w)
        return
    if intent.names_topic(w.text, spans) and any(m.kind == "journey" for m in w.mentions) and \
            not any(m.kind == "touchpoint" for m in w.mentions):
        # ("How many OTA reviews complain about refunds?" where refunds names a journey, which slices no comments:
        # the journey's words after the topic word are the topic, when nothing else is; a step named there slices
        # the comments filed at it, "关于积分的反馈有多少条")
        was = (list(w.mentions), list(w.touchpoint_ids), w.journey_id, list(w.notes))
        _steps_in_topic(w)
        if build.topic_words(w):
            w.intent = "feedback_count"
            return
        w.mentions, w.touchpoint_ids, w.journey_id, w.notes = was
    said = _what_the_comments_mention(w)
    if said:
        # ("提到涨价的反馈有多少条": the words the comments are said to mention are the topic, even an everyday word
        # for a rise, which names no change asked of a period)
        w.intent, w.topic_query, w.baseline = "feedback_count", said, None
        # (a value's word among them, 涨价 of a churn reason, is what the comments say, not a slice of them)
        at = w.text.find(said)
        for m in [m for m in w.mentions if m.kind == "value" and at <= m.start < at + len(said)]:
            if m.dim in w.filters:
                w.filters[m.dim] = [v for v in w.filters[m.dim] if v != m.id]
                if not w.filters[m.dim]:
                    del w.filters[m.dim]
            w.mentions.remove(m)
        return
    # ("how many comments praise our technicians": "praise" says which comments, and a column's word no grouping
    # asks for, "technicians", is what they are about)
    loose = [m for m in w.mentions if (m.kind == "value" and m.dim == "sentiment") or
             (m.kind == "dimension" and m.id != w.dimension and not GROUP_BY.search(w.text[max(0, m.start - 12):m.start])
              and not intent.is_which(w.text))]
    if loose and w.dimension is None:
        kept = [m for m in w.mentions if m not in loose]
        spans = [(m.start, m.end) for m in kept] + w.time_spans
        said = w.mentions
        w.mentions = kept
        if intent.names_topic(w.text, spans) and build.topic_words(w):
            w.intent = "feedback_count"
            w.mentions = [m for m in said if not (m.kind == "dimension" and m in loose)]
            _steps_in_topic(w)
            return
        w.mentions = said
    if w.intent in ("feedback_count", "feedback_search", "feedback_themes", "metric_value", "") and \
            w.catalog.metric("feedback_volume") and w.metric_id in (None, "feedback_volume"):
        w.metric_id = "feedback_volume"
        if not w.dimension and w.grain and w.order:
            w.dimension = w.grain  # "which month had the most complaints": months ranked by their comments
        w.intent = "breakdown" if w.dimension and (w.order or intent.is_which(w.text)) else "metric_value"
        if "negative" in w.cues or "positive" in w.cues:
            if "rating" not in w.filters:  # "差评（1到2星）": the stars already say which comments
                w.filters.setdefault("sentiment", ["negative" if "negative" in w.cues else "positive"])


COUNT_OF_QUOTES = re.compile(r"有几条|多少条|几条[？?吗呢]|\bhow many\b|\bnumber of\b")
# what may stand between the word saying what comments are about and the thing they say ("about the", "提到了")
TOPIC_OPENS = re.compile(r"\s*(?:(?:the|our|a|an|any|their|its)\s+)?|了?")
STEP_SAID = re.compile(r"\b(?:at|in|during)\s+(?:the\s+)?$|在$|环节|步骤|触点|\bstep\b|\bstage\b|\btouchpoint\b")


def _steps_in_topic(w: Work) -> None:
    """"多少条反馈在抱怨试用到期被自动扣费", "comments that complain about a price increase": steps named after the
    topic word are words of the topic, searched for in every comment, not a slice of comments filed there;
    a step said as a place ("at checkout", "在支付环节") still slices."""
    topic = intent.TOPIC.search(w.text)
    if topic is None:
        return
    keep = []
    for m in w.mentions:
        if m.kind in ("touchpoint", "journey") and m.surface.lower() in checks.COMPLAINT_WORDS:
            continue  # "how many comments complain about …": the word says which comments, not where
        if m.kind == "value" and m.dim not in ("sentiment", "rating") and \
                any(m.start >= t.end() and TOPIC_OPENS.fullmatch(w.text[t.end():m.start]) for t in intent.TOPIC.finditer(w.text)):
            # ("comments that mentioned the minimum fee", "complaints about the deposit being too high": a value's
            # word right after the word saying what comments are about is what they say, not a slice of them)
            if m.id in w.filters.get(m.dim, ()):
                w.filters[m.dim] = [v for v in w.filters[m.dim] if v != m.id]
                if not w.filters[m.dim]:
                    del w.filters[m.dim]
                term = w.catalog.dimension(m.dim)
                w.notes.append(("slice_as_topic", {"dim": (term.names.get(w.language) if term else None) or m.dim}))
            continue
        if m.kind in ("touchpoint", "journey") and m.start >= topic.start() and \
                not STEP_SAID.search(w.text[max(0, m.start - 12):m.start]) and \
                not STEP_SAID.match(w.text[m.end:m.end + 12].lstrip()):
            continue  # (a journey's word too: "OTA reviews that complain about refunds")
        keep.append(m)
    w.mentions = keep
    named = {m.id for m in keep if m.kind == "touchpoint"}
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t in named]
    if w.journey_id and not any(m.kind == "journey" for m in keep):
        w.journey_id = None
    w.notes = [n for n in w.notes if not (n[0] == "fuzzy" and n[1]["kind"] in ("touchpoint", "journey")
                                          and n[1]["surface"].lower() in checks.COMPLAINT_WORDS)]
    held = set(w.catalog.feedback_steps)
    bare = [t for t in resolve._unique(list(w.touchpoint_ids)) if held and t not in held and
            any(m.kind == "touchpoint" and m.id == t and m.start >= topic.start() for m in w.mentions)]
    if bare:
        # ("complaints about rent increases at renewal" where no comment is filed at the renewal step: the step is
        # what the comments are about, its name searched with the topic, never a slice that holds nothing)
        w.mentions = [m for m in w.mentions if not (m.kind == "touchpoint" and m.id in bare)]
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in bare]
        w.notes.append(("step_in_topic", {"step": ", ".join(build._tp_name(w.catalog, t, w.language) for t in bare)}))


def _count_only_in_the_rates_brackets(w: Work) -> bool:
    """"安全检查的不合格率是多少？（不合格次数占检查次数）": the count named only inside brackets that say how the rate
    asked outside them is counted — the rate is asked, no count."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    said = [m for m in w.mentions if m.kind == "metric" and m.id == w.metric_id]
    if term is None or term.unit != "count" or not said:
        return False
    spans = [x.span() for x in BRACKETED.finditer(w.text)]
    inside = lambda a, b: any(s <= a and b <= e for s, e in spans)  # noqa: E731
    return all(inside(m.start, m.end) for m in said) and \
        any(not inside(*x.span()) for x in RATE_NAMED.finditer(w.text))


def _asks_count(w: Work) -> bool:
    return intent.any_cue(w.text, lexicon_zh.COUNT + lexicon_en.COUNT) or intent._asks_feedback_count(w.text)


BRACKETED = re.compile(r"[（(][^（()）]*[)）]")


def _stars_that_define_the_rate(w: Work) -> None:
    """"哪个部门的回访满意率最低？（4星和5星算满意）", "satisfaction rate (share of ratings at 4–5)": the stars say how
    the rate is counted; as a slice they would make every group 100 %. The words in the same brackets go too."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    stars = set(w.filters.get("rating", ()))
    if term is None or w.metric_id != "satisfaction_rate" or not stars or not stars <= {"4", "5", ">=4"}:
        return
    del w.filters["rating"]
    for b in BRACKETED.finditer(w.text):
        if not re.search(r"[45]", b.group(0)):
            continue
        inside = [m for m in w.mentions if m.kind == "value" and b.start() <= m.start and m.end <= b.end()]
        for m in inside:
            if m.dim in w.filters:
                w.filters[m.dim] = [v for v in w.filters[m.dim] if v != m.id]
                if not w.filters[m.dim]:
                    del w.filters[m.dim]
    w.notes.append(("verb_not_slice", {"word": "、".join(sorted(stars)) if w.language == "zh" else ", ".join(sorted(stars)),
                                       "what": term.names.get(w.language) or w.metric_id}))


def _visits_of_a_step_without_sessions(w: Work) -> None:
    """"delivery visits", "maintenance visits last quarter": sessions said of steps whose events carry no session id
    (a crew's or a technician's visit, not a web visit) are those steps' records — sessions would count nothing."""
    prof = w.catalog.profile
    if w.metric_id != "sessions" or prof is None or not w.touchpoint_ids or w.catalog.metric("events") is None or \
            prof.sessions_are_cases or set(w.touchpoint_ids) & prof.session_steps:
        return
    if RATE_NAMED.search(w.text) or intent.share_asked(w.text):
        w.metric_id = None  # ("the late delivery rate … all delivery visits": the visits are the rate's base, no measure)
        return
    w.metric_id = "events"
    w.notes.append(("metric_default", {"name": build._metric_name(w.catalog, "events", w.language)}))


def _low_rating_share(w: Work) -> None:
    """"差评（1-2星）占比", "the share of 1-2 star reviews in 2016 vs 2017": the bottom-two-box share, one number
    per period, not the average rating of those comments nor their count."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if sorted(w.filters.get("rating", ())) not in (["1", "2"], ["<=2"], ["<3"]) or not w.catalog.metric("low_rating_share") or \
            not (intent.share_asked(w.text) or re.search(r"\b(?:share|percentage|proportion)\s+of\b", w.text)) \
            or (term is not None and term.table != "feedback"):
        return
    del w.filters["rating"]
    w.metric_id = "low_rating_share"
    if w.intent in ("feedback_themes", "feedback_search", "feedback_count", ""):
        w.intent = "compare_periods" if w.baseline is not None else "metric_value"


# a share of cases that went on to a later step: "签约后…报修的比例", "share … went on to", "within 90 days of"
CONVERSION_WORDS_ZH_EN = re.compile(r"后[^，,。？?]{0,12}?(?:内|以内)?[^，,。？?]{0,8}?的(?:比例|占比)|"
                                    r"\bwithin\s+\d+\s+days?\s+of\b|\bwent on to\b|\bgo on to\b|\bended up\b|"
                                    r"之后|以后|后来|最后|"
                                    # ("30天内开通订阅的比例", "within 30 days": the later step within a window)
                                    r"(?<![近去个])\d{1,3}\s*(?:天|日)(?:之|以)?内|\bwithin\s+\d{1,3}\s+days?\b")


# the amount a share is of: "share of 2025 revenue", "percentage of our total sales"; "收入里/中…占", "占总收入"
SHARE_OF_AMOUNT_BEFORE = re.compile(r"(?:\b(?:share|percentage|proportion|fraction|percent)|%)\s+of\s+"
                                    r"(?:(?:the|our|all|total|overall|paid|\d{4}|[hq][1-4]|this|last|year's|month's)\s+){0,4}$")
SHARE_OF_AMOUNT_AFTER_ZH = re.compile(r"^(?:里|中|当中|之中|里面|的)?[^。？?]{0,20}?占")
SHARE_OF_AMOUNT_BEFORE_ZH = re.compile(r"占(?:了)?(?:总|全部|所有|整体)?(?:的)?$")


def _share_of_an_amount(w: Work, term: TermInfo) -> bool:
    """"What share of 2025 revenue came from fleet monthly bills?", "sales from Ningxia wines as a share of wine
    sales": the total of the rows named by the values said (kinds of orders, a column of the amount's own table)
    over the total of every row — the same amount on both sides. The status that defines the amount (paid) is no
    part; with no value said, or a grouping asked, nothing changes."""
    if w.dimension or w.touchpoint_ids or w.grain:
        return False
    said = [m for m in w.mentions if m.kind == "metric" and m.id == term.id]
    if not any(SHARE_OF_AMOUNT_BEFORE.search(w.text[:m.start]) or SHARE_OF_AMOUNT_AFTER_ZH.match(w.text[m.end:]) or
               SHARE_OF_AMOUNT_BEFORE_ZH.search(w.text[:m.start]) for m in said):
        return False  # ("what share went on to place a booking" beside "our sales team": no share of an amount)
    part: dict[str, list[str]] = {}
    for m in w.mentions:
        dim = w.catalog.dimension(m.dim) if m.kind == "value" and m.dim else None
        if dim is None or m.dim == "order_status" or str(m.id) == "paid" or m.id not in w.filters.get(m.dim, ()) or \
                (term.table and dim.slices and term.table not in dim.slices):
            continue
        part.setdefault(m.dim, [])
        if m.id not in part[m.dim]:
            part[m.dim].append(str(m.id))
    if len(part) != 1:
        return False  # ("memberships and flight packs" of two columns: the rows of either, which no one filter says)
    for d in part:
        rest = [v for v in w.filters[d] if v not in part[d]]
        if rest:
            w.filters[d] = rest
        else:
            del w.filters[d]
    said = "、".join(v for vs in part.values() for v in vs) if w.language == "zh" else ", ".join(
        v for vs in part.values() for v in vs)
    what = term.names.get(w.language) or term.id
    name = f"{said}占{what}的比例" if w.language == "zh" else f"share of {what} from {said}"
    w.ratio = ratio_def.RatioDef(name=name[:60], numerator=ratio_def.Side(term.id, part),
                                 denominator=ratio_def.Side(term.id, {}))
    w.intent = "metric_value" if w.intent == "breakdown" else w.intent
    return True


def _value_of_the_other_step(w: Work) -> None:
    """"2025年所有约课里，香薰仪式占了几成？" where 香薰仪式 names a step (桑拿与香薰仪式) and a course type the bookings
    record: the words are the other step's value — a share of its rows — not a second step to convert to."""
    if len(set(w.touchpoint_ids)) != 2 or CONVERSION_WORDS_ZH_EN.search(w.text):
        return  # ("约课的客户里，后来去了香薰仪式的占多少": on to the step, a conversion)
    for m in [x for x in w.mentions if x.kind == "touchpoint"]:
        other = next((t for t in w.touchpoint_ids if t != m.id), None)
        twin = next((v for v in w.mentions if v.kind == "value" and (v.start, v.end) == (m.start, m.end) and v.dim
                     and v.id in w.filters.get(v.dim, ())), None)
        if other is None or twin is None:
            continue
        term = w.catalog.dimension(twin.dim)
        held = w.catalog.steps_recording(term.column or twin.dim) if term is not None else set()
        first = next((x for x in w.mentions if x.kind == "touchpoint" and x.id == other), None)
        # (the other step names the rows the share is of, said first; these words are the part asked about)
        if other in held and first is not None and first.start < m.start and _share_part(w, [twin]):
            w.touchpoint_ids = [t for t in w.touchpoint_ids if t != m.id]
            w.mentions = [x for x in w.mentions if x is not m]
            return


# the previous answer's rate pointed at again ("这个比例", "the same rate"): a follow-up slices it, asks no new share
SAME_RATE_SAID = re.compile(r"(?:这个|这一|该|同样的?|同一个?|一样的)(?:比例|比率|占比|转化率|率)|"
                            r"\b(?:this|that|the same|same)\s+(?:rate|share|ratio|percentage|proportion)\b", re.I)


def _share_of(w: Work) -> None:
    """"What percentage of paid orders were paid through the mini program?", "商务舱乘客里推荐的比例": the
    last-named value's share of all rows of the slice, read off a breakdown by its dimension."""
    if _share_between_values(w):
        return
    if w.intent == "breakdown" and w.dimension and w.ratio is None and w.baseline is None and \
            len(w.touchpoint_ids) == 2 and intent.share_asked(w.text) and \
            (w.metric_id is None or w.metric_id in intent.PEOPLE_METRICS or w.metric_id in ("orders", "events")) and \
            CONVERSION_WORDS_ZH_EN.search(w.text):
        # ("哪个成色的琴签约后90天内报修的比例最高": the share of the cases of the first step that reached the second,
        # ranked by the column — the same conversion as without the ranking)
        build.conversion_between(w)
        return
    if not (w.intent in ("metric_value", "compare_periods") or (w.intent == "breakdown" and not w.dimension)) or \
            w.baseline is not None or not intent.share_asked(w.text):
        return
    if w.state is not None and SAME_RATE_SAID.search(w.text) and (w.state.ratio is not None or (
            (t := w.catalog.metric(w.state.metric_id or "")) is not None and t.unit not in ("count", "currency", ""))):
        return  # ("小红书来的这个比例是多少？" after a rate ranked by channel: that rate for the one value named)
    if _several_values_as_part(w):
        return
    if w.ratio is not None:
        return  # a defined rate is the share asked for; its slice ("at Qianjiang New Town") stays a slice
    if not w.touchpoint_ids and any(v and all(ratio_def.THRESHOLD.match(str(x)) for x in v) for v in w.filters.values()):
        return  # "what share of orders in Chengdu took over 60 minutes": the rows past the threshold (ratio.py)
    _value_of_the_other_step(w)
    _pair_by_share_structure(w)
    _end_step_by_word(w)
    _step_by_action_value(w)
    # ("装好了eSIM的订单里，最后落地激活的占多少": the rows named by their noun at two steps of a journey are its cases)
    if (w.metric_id is None or w.metric_id in intent.PEOPLE_METRICS or
            (w.metric_id in ("orders", "events", "sessions") and len(w.touchpoint_ids) == 2)) and build.conversion_between(w):
        return  # "what share of customers who checked in went on to book again": a conversion
    if _people_share(w):
        return
    counted = [m.id for m in w.mentions if m.kind == "metric" and (t := w.catalog.metric(m.id)) and t.unit == "count"]
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is not None and term.unit not in ("count", "") and counted and term.unit == "currency":
        w.metric_id, term = counted[0], w.catalog.metric(counted[0])  # "percentage of premium orders": orders
    if term is not None and term.summed and _share_of_an_amount(w, term):
        return
    if term is not None and term.unit not in ("count", ""):
        return  # a rate or an average already is the share asked for
    table = term.table if term is not None else None
    if table is None and w.touchpoint_ids and w.filters.get("action"):
        # "what share of gate-unlock attempts failed": a step's attempts, counted as its events
        table = "events"
    elif table is None and w.filters.get("rating") and w.catalog.metric("feedback_volume"):
        table = "feedback"  # "1星评价占全部评价的比例" where 评价 also names the review step: the comments
    values = [m for m in w.mentions if m.kind == "value" and m.dim in w.filters and len(w.filters[m.dim]) == 1
              and m.dim not in ("touchpoint", "stage") and not (m.dim == "action" and table != "events")]
    if not values and len(w.touchpoint_ids) == 1 and table in (None, "events") and w.metric_id in (None, "events") and \
            w.catalog.metric("events") is not None and (hit := _outcome_word_of_step(w, w.touchpoint_ids[0])):
        # "What share of move-in inspections found issues?" where the inspection records issues_reported / no_issues:
        # that outcome's share of the step's records, never the step's share of every event
        w.metric_id, w.intent, w.dimension, w.focus = "events", "breakdown", "action", hit
        w.order = w.order or "desc"
        w.notes.append(("outcome_of_step", {"value": ", ".join(hit),
                                            "step": build._tp_name(w.catalog, w.touchpoint_ids[0], w.language)}))
        return
    part = _share_part(w, values)
    region = _share_part(w, [m for m in w.mentions if m.kind == "touchpoint"])
    if region and not part and table not in ("events", "feedback"):
        return  # the part asked about is no value of a column ("用储值卡付款的占多少" on a step): not the last value named
    dims = [m.dim for m in (part or values) if m.dim]
    step = next((m for m in w.mentions if m.kind == "touchpoint" and w.touchpoint_ids == [m.id]), None)
    if step is not None and values and step.start > values[-1].start and table != "orders" and \
            not any(step.start == m.end for m in part):
        # ("逾期归还的占多少": a value said right before the step says how it went; that is the part)
        dims = []  # "what share of complaints came in online": the step named last is the part asked about
    if not dims and w.filters.get("rating") and table in (None, "feedback"):
        # "5星好评占所有评论的多少": the share of those stars among all the comments ("the 1-star share for the
        # EG8012": among that product's comments)
        dims = ["rating"]
        if w.metric_id is None and w.catalog.metric("feedback_volume"):
            w.metric_id = "feedback_volume"
    if not dims and len(w.touchpoint_ids) == 1 and table in ("events", "feedback"):
        # "网上提交的投诉占所有投诉的比例": the share of one touchpoint among all
        w.intent, w.dimension, w.order = "breakdown", "touchpoint", w.order or "desc"
        w.notes.append(("share_of", {"value": build._tp_name(w.catalog, w.touchpoint_ids[0], w.language)}))
        w.touchpoint_ids = []
        return
    if not dims:
        return
    dim = dims[-1]
    w.intent, w.dimension, w.order = "breakdown", dim, w.order or "desc"
    w.focus = w.filters.pop(dim)
    if w.metric_id is None and len(w.touchpoint_ids) == 1 and w.catalog.metric("events") is not None and \
            (dim == "action" or w.touchpoint_ids[0] in w.catalog.steps_recording(dim)) and not PEOPLE_SAID.search(w.text):
        # ("what share of room tours ended up as no-shows", "what share of deliveries turned up short delivered": a
        # column the step's events record, read over its records, each tour or delivery once, not over its people)
        w.metric_id = "events"
    w.notes.append(("share_of", {"value": ", ".join(w.focus)}))


SUMMED_OVER = re.compile(r"加起来|加在一起|合起来|合计|\b(?:combined|altogether|added up|summed)\b")


def _share_between_values(w: Work) -> bool:
    """"What share of follow-up calls reached the customer, vs no answer?": the first value's share of the rows of
    the values set side by side (they are the whole asked about), read off a breakdown by their column."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if w.intent != "compare_groups" or not w.dimension or len(w.group_values) < 2 or w.baseline is not None or \
            not intent.share_asked(w.text) or (term is not None and term.unit not in ("count", "")):
        return False
    values = list(w.group_values)
    if term is not None and _values_as_base(w, term, w.dimension, values):
        w.group_values = []
        return True
    if not VALUES_SET_AGAINST.search(w.text) and w.metric_id and term is not None:
        # ("what share of portal visits came from iOS and Android": the values together are the part, of every row;
        # only set against each other, "reached the customer, vs no answer", are they the whole)
        _values_together_as_part(w, term, w.dimension, values)
        w.group_values = []
        return True
    w.intent, w.order = "breakdown", w.order or "desc"
    w.filters[w.dimension] = values
    w.focus = values[:1]
    w.group_values = []
    w.notes.append(("share_of", {"value": values[0]}))
    return True


# the end of the group a share is taken within ("在上海和成都注册的人里，…占多少", "among Shanghai and Chengdu sign-ups,
# what share …"): the values said before it are the base, not the part
BASE_CLAUSE_END = re.compile(r"(?:的)?(?:[\u4e00-\u9fff]{0,6}?)(?:里|里面|中|当中|之中)\s*[，,]|\s*,\s*(?:what|how)\b")
BASE_CLAUSE_START_EN = re.compile(r"\b(?:among|of|for|within)\b[^,?.;]{0,40}$")


def _values_as_base(w: Work, term: TermInfo, dim: str, values: list[str]) -> bool:
    """"在上海和成都注册的人里，通过微信小程序注册的占多少比例": the values said inside the group the share is taken
    within are its base (a slice of both sides); the one value of another column said after it is the part."""
    said = sorted((m for m in w.mentions if m.kind == "value" and m.id in values), key=lambda m: m.start)
    if not said:
        return False
    end = next((e for e in BASE_CLAUSE_END.finditer(w.text, said[-1].end)
                if not re.search(r"[，,。；;？?]", w.text[said[-1].end:e.start()])), None)
    if end is None or (CJK.search(said[0].surface) is None and not BASE_CLAUSE_START_EN.search(w.text[:said[0].start])):
        return False
    parts = [m for m in w.mentions if m.kind == "value" and m.start >= end.end() and m.dim and m.dim != dim
             and m.id not in values and len(w.filters.get(m.dim, ())) == 1 and m.id in w.filters[m.dim]]
    if len({m.dim for m in parts}) != 1 or not intent.share_asked(w.text[end.start():]):
        return False
    part = parts[0]
    w.filters[dim] = list(values)
    w.filters.pop(part.dim, None)
    name = f"{part.surface}占比" if w.language == "zh" else f"{part.surface} share"
    w.ratio = ratio_def.RatioDef(name=name[:60], numerator=ratio_def.Side(term.id, {part.dim: [part.id]}),
                                 denominator=ratio_def.Side(term.id, {}))
    w.intent, w.dimension = "metric_value", None
    return True


def _several_values_as_part(w: Work) -> bool:
    """"What share of portal visits came from phones (iOS and Android)?": several values of one column listed
    together are the part, of the rows named (a ratio read as "the portal's share of visits" gives way)."""
    several = {m.dim for m in w.mentions if m.kind == "value" and m.dim in w.filters and len(w.filters[m.dim]) > 1
               and m.dim not in ("touchpoint", "stage", "action", "order_status")}
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    steps_only = w.ratio is None or (set(w.ratio.numerator.filters) <= {"touchpoint"} and not w.ratio.denominator.filters
                                     and w.ratio.numerator.metric_id == w.ratio.denominator.metric_id)
    if len(several) != 1 or len([d for d in w.filters if d not in ("touchpoint", "stage")]) != 1 or term is None or \
            term.unit not in ("count", "") or VALUES_SET_AGAINST.search(w.text) or not steps_only:
        return False
    dim = several.pop()
    if _values_as_base(w, term, dim, list(w.filters[dim])):
        return True
    _values_together_as_part(w, term, dim, list(w.filters[dim]))
    return True


def _values_together_as_part(w: Work, term: TermInfo, dim: str, values: list[str]) -> None:
    """The share of the rows holding any of the values, of every row of the slice: a ratio of one measure."""
    said = "、".join(values) if w.language == "zh" else " + ".join(values)
    what = term.names.get(w.language) or term.id
    name = f"{said}占{what}的比例" if w.language == "zh" else f"share of {what}: {said}"
    w.filters.pop(dim, None)
    if not w.touchpoint_ids:
        # (the steps named are the rows the share is of: "customer portal visits", which a ratio read before this one,
        # "the portal's share of visits", kept on its part)
        before = list(w.ratio.numerator.filters.get("touchpoint", ())) if w.ratio is not None else []
        w.touchpoint_ids = before or list(dict.fromkeys(m.id for m in w.mentions if m.kind == "touchpoint"))
    w.ratio = ratio_def.RatioDef(name=name[:60], numerator=ratio_def.Side(term.id, {dim: values}),
                                 denominator=ratio_def.Side(term.id, {}))
    w.intent, w.dimension = "metric_value", None


# values set against each other in a share: they are the whole the share is of
VALUES_SET_AGAINST = re.compile(r"\b(?:vs\.?|versus|compared (?:with|to)|against|rather than|instead of|as opposed to)\b|"
                                r"对比|相比|比起|还是")


# what the rows of a process log are called: each case is one "customer" of DATA.md (an incident, an application)
CASE_NOUN = re.compile(r"\b(?:incidents?|incidnets?|tickets?|cases?|applications?|requests?|claims?|calls?)\b|"
                       r"(?:事件单|工单|事件|案件|申请单|申请|单子|请求|来电|通电话)(?!类型|级别|状态|编号)")
# a column of names of the cases (call_id, ticket_no): its word is the case counted, never a grouping asked for
ID_COLUMN = re.compile(r"(?i)(?:^|_)(?:id|no|number|code)$")


def _process_log(w: Work) -> bool:
    """Events and the cases they belong to, no orders and no comments: the customers are the cases."""
    prof = w.catalog.profile
    return not (prof is None or not prof.present("events") or prof.present("orders") or prof.present("feedback")
                or w.catalog.metric("active_customers") is None)


def _cases_of_a_process_log(w: Work) -> list[Mention]:
    """"How many incidents were opened in May", "2012年5月新开了多少张工单": in a process log (events and the cases
    they belong to, no orders and no comments) the case word names the customers table's rows."""
    prof = w.catalog.profile
    # the log's own word for its cases counts cases only in a log of cases (no comments kept); a shop whose steps
    # share a word ("开始骑行", "结束骑行") counts its rides with its own measures
    learned = w.catalog.case_nouns if prof is not None and not prof.present("feedback") else ()
    if not _process_log(w) and not learned:
        return []
    out = []
    if _process_log(w):
        # "how many calls" where call_id is a column: the calls are counted, not grouped by their numbers
        w.mentions = [x for x in w.mentions if not (x.kind == "dimension" and CASE_NOUN.fullmatch(x.surface.lower())
                                                    and _id_column(w, x.id))]
        # "how many calls" where the journey is called "call": the calls are counted; the journey is "the call
        # funnel"
        w.mentions = [x for x in w.mentions if not (x.kind == "journey" and CASE_NOUN.fullmatch(x.surface.lower())
                                                    and COUNTED_NOUN.search(w.text[:x.start]))]
        # "多少通电话": the case word said whole wins over a value inside it (电话 = phone, every call's channel)
        longer = [c.span() for c in CASE_NOUN.finditer(w.text)]
        w.mentions = [x for x in w.mentions if not (x.kind == "value" and any(
            a <= x.start and x.end <= b and b - a > x.end - x.start for a, b in longer))]
    # ("tickets" are comments where comments are kept; here there are none)
    w.mentions = [x for x in w.mentions if not (x.kind == "metric" and x.id == "feedback_volume"
                                                and CASE_NOUN.fullmatch(x.surface.lower()))]
    opened = [o.span() for o in CASE_OPENED.finditer(w.text)]
    sessions_are_cases = bool(getattr(prof, "sessions_are_cases", False)) and w.catalog.metric("sessions") is not None
    # the log's own word for its cases ("fines", "罚单"), also where payments are kept as orders
    said = CASE_NOUN.pattern if _process_log(w) else r"(?!x)x"
    if learned:
        said += "|" + "|".join(rf"\b{re.escape(x)}\b" if x.isascii() else re.escape(x) for x in learned)
    for m in re.finditer(said, w.text):
        a, b = m.span()
        if any(x.start < b and a < x.end for x in w.mentions) or any(s < b and a < e for s, e in w.time_spans):
            continue
        if PER_CASE_BEFORE.search(w.text[:a]):
            continue  # "the average talk time per answered call": the unit of an average, no count of calls
        # "新开了多少张工单", "tickets opened in April": cases that began then (a status "open" is no slice)
        new = bool(opened) and w.catalog.metric("new_customers") is not None
        if new:
            w.mentions = [x for x in w.mentions if not (x.kind == "value" and any(s < x.end and x.start < e
                                                                                  for s, e in opened))]
        people = PEOPLE_SAID.search(w.text[:a])
        if sessions_are_cases and not (people and not PER_UNIT.search(w.text)):
            # ("what share of callers who opened a ticket …": the people said first are counted)
            out += _sessions_as_cases(w, m.group(0), a, b, opened if new else [])
        else:
            w.notes.append(("cases_are_customers", {"noun": m.group(0)}))
            out.append(Mention("metric", "new_customers" if new else "active_customers", None, a, b, m.group(0), 1.0))
        # "traffic fines": a measure's word right before the case word is what kind of case, not a measure
        w.mentions = [x for x in w.mentions if not (x.kind == "metric" and x.end <= a and not w.text[x.end:a].strip())]
        w.blocked_spans.append((a, b))  # no word for comments here ("tickets")
    return out[:1]


PER_CASE_BEFORE = re.compile(r"\b(?:per|each|every)\s+(?:[a-z\-]+\s+)?$|(?:平均)?每(?:一)?(?:个|张|通|条|单|笔)?[\u4e00-\u9fff]{0,3}$")


def _id_column(w: Work, dim_id: str) -> bool:
    d = w.catalog.dimension(dim_id)
    return bool(d is not None and ID_COLUMN.search(getattr(d, "source_column", None) or dim_id))


SPLIT_FILLER = frozenset("the a an of to in on at for and or our we you they did do does was were is are be been has "
                         "have had get got by with".split())


def _stem_match(a: str, b: str) -> bool:
    """complete / completed / completes, wash / washes: one word (a stem of four letters or more, e-ending dropped)."""
    if a == b:
        return True
    a2, b2 = a.rstrip("e"), b.rstrip("e")
    return linker._same_stem(a, b) or (len(a2) >= 4 and len(b2) >= 4 and linker._same_stem(a2, b2))


def _word_form(a: str, b: str) -> bool:
    """box / boxes, deliver / delivered: one word with a regular ending, short words too."""
    short, long_ = sorted((a, b), key=len)
    return a == b or long_ in (short + "s", short + "es", short + "ed", short + "d", short + "ing") or _stem_match(a, b)


def _step_name_inflected(w: Work) -> list[Mention]:
    """"What share of club boxes delivered in Victoria arrived melted" for the step "Club box delivered": a step's
    English name of three words or more said whole, in order, a word with another regular ending ("boxes") — the
    step, over the values its words link on their own (the checkout's cart = club_box, the action delivered), which
    the step's own events never carry. Exactly one step fits (a guess, said)."""
    if w.language != "en":
        return []
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z][A-Za-z\-]*", w.text)]
    found: dict[str, tuple[int, int]] = {}
    for tp in w.catalog.touchpoints:
        for name in dict.fromkeys(x for x in (tp.name_en, tp.name, *tp.aliases) if x and x.isascii()):
            words = re.findall(r"[a-z]+", name.lower())
            if len(words) < 3:
                continue
            for i in range(len(toks) - len(words) + 1):
                run = toks[i:i + len(words)]
                if all(_word_form(x[2], y) for x, y in zip(run, words)) and \
                        not all(x[2] == y for x, y in zip(run, words)):
                    found.setdefault(tp.id, (run[0][0], run[-1][1]))
    if len(found) != 1:
        return []
    (tp_id, (a, b)), = found.items()
    if any(m.kind == "touchpoint" and m.start <= a and b <= m.end for m in w.mentions):
        return []
    # (the words inside the step's name link nothing of their own)
    w.mentions = [m for m in w.mentions if not (a <= m.start and m.end <= b)]
    return [Mention("touchpoint", tp_id, None, a, b, w.text[a:b], INFLECTED - 0.05)]


def _step_said_apart(w: Work) -> list[Mention]:
    """"How many washes did we complete", "completed washes" for the step "Wash finished" (alias "wash complete"):
    a step's two-word name said with its words apart or turned round, within a few words in one clause, when no
    step is named and exactly one step's name fits (a guess, said)."""
    if w.language != "en" or any(m.kind == "touchpoint" for m in w.mentions):
        return []
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z][A-Za-z\-]*", w.text)]
    free = [t for t in toks if not any(x.start < t[1] and t[0] < x.end for x in w.mentions)
            and t[2] not in SPLIT_FILLER]
    found: dict[str, tuple[int, int]] = {}
    for tp in w.catalog.touchpoints:
        for name in (tp.name_en, tp.name, *tp.aliases):
            words = [x for x in re.split(r"[\s\-_/]+", (name or "").lower()) if x and x not in SPLIT_FILLER]
            if len(words) != 2 or not (name or "").isascii():
                continue
            for i, (a0, a1, x) in enumerate(free):
                if not _stem_match(x, words[0]) and not _stem_match(x, words[1]):
                    continue
                other = words[1] if _stem_match(x, words[0]) else words[0]
                for b0, b1, y in free[i + 1:i + 4]:
                    if re.search(r"[,.;?!]", w.text[a1:b0]) or y == x:
                        break
                    if _stem_match(y, other):
                        found.setdefault(tp.id, (a0, a1, b0, b1))
    if len(found) != 1:
        return []
    (tp_id, (a, a_end, b_start, b)), = found.items()
    # (the mention is the first word; the second is used too, and the names between keep their own meaning:
    # "washes did the Suzhou stations complete")
    w.blocked_spans.append((b_start, b))  # (the guess is said with the other guessed names: "read 'washes' as …")
    return [Mention("touchpoint", tp_id, None, a, a_end, w.text[a:a_end], INFLECTED - 0.05)]


# a verb's first character said with an ending of its own ("发出去" of 发货, "签了" of 签收)
ZH_VERB_ENDING = "(?:出去|出|了|过|去|完|走|到|好)"


def _step_said_apart_zh(w: Work) -> list[Mention]:
    """"上个季度一共发出去多少个订阅箱" for the step "订阅箱发货" beside "订阅箱签收": a step's Chinese name, a thing and
    a two-character verb, said as the thing and the verb's first character with an ending of its own, within a few
    characters in one clause, when no step is named and exactly one step's name fits (a guess, said)."""
    if w.language != "zh" or any(m.kind == "touchpoint" for m in w.mentions):
        return []
    found: dict[str, tuple[int, int, int, int]] = {}
    for tp in w.catalog.touchpoints:
        for name in dict.fromkeys(x for x in (tp.name_zh, tp.name) if x and re.fullmatch(r"[\u4e00-\u9fff]+", x)):
            if not 4 <= len(name) <= 6:
                continue
            # (a six-character name may hold a word between its thing and its verb, 月盒冷链发货: the thing is then
            # said alone, "多少个月盒")
            verb = name[-2:]
            for thing in dict.fromkeys([name[:-2]] + ([name[:2]] if len(name) == 6 else [])):
                for hit in re.finditer(re.escape(thing), w.text):
                    a, b = hit.span()
                    # (the thing may be a value of its own, 订阅箱 of an order type: the step's name holds it)
                    if any(x.start < b and a < x.end and (x.kind != "value" or (x.start, x.end) != (a, b))
                           for x in w.mentions):
                        continue  # (a longer value over the thing, "配件零售", is a name of its own)
                    rx = re.compile(re.escape(verb[0]) + "(?:" + re.escape(verb[1]) + "|" + ZH_VERB_ENDING + ")")
                    # (the verb apart from the thing, in no other name: "提前还款手续费" is a fee said whole)
                    near = [v for v in rx.finditer(w.text) if (0 <= a - v.end() <= 8 or 0 <= v.start() - b <= 4)
                            and not re.search(r"[，。,.;；？?！!]", w.text[min(b, v.end()):max(a, v.start())])
                            # (a dictionary guess on the verb, 发出 "to issue" as a column issue, yields)
                            and not any(x.start < v.end() and v.start() < x.end and x.score >= 1.0
                                        for x in w.mentions)
                            and not (v.start() == b and v.group(0) == verb)]  # (the name said whole is no guess)
                    if near:
                        found.setdefault(tp.id, (a, b, *near[0].span()))
    if len(found) != 1:
        return []
    (tp_id, (a, b, v0, v1)), = found.items()
    w.blocked_spans.append((v0, v1))
    w.mentions = [x for x in w.mentions if not (x.start < b and a < x.end) and not (x.start < v1 and v0 < x.end)]
    return [Mention("touchpoint", tp_id, None, a, b, w.text[a:b], INFLECTED - 0.05)]


def _next_step_said_after(w: Work) -> list[Mention]:
    """"the repair quotes we sent in 2025 — what share were accepted", "bookings … later cancelled": a step named
    (the quote) and, in one clause, the two words of exactly one other step's two-word name ("Quote accepted") said
    in order apart, its second word free of names: that other step too (a guess, said) — what became of the first
    step's records."""
    if w.language != "en":
        return []
    named = [m for m in w.mentions if m.kind == "touchpoint"]
    if not named:
        return []
    toks = [(t.start(), t.end(), t.group(0).lower()) for t in re.finditer(r"[A-Za-z][A-Za-z\-]*", w.text)]
    hits: dict[str, tuple[int, int]] = {}
    for tp in w.catalog.touchpoints:
        if any(x.id == tp.id for x in named):
            continue
        for name in (tp.name_en, tp.name, *tp.aliases):
            words = [x for x in re.split(r"[\s\-_/]+", (name or "").lower()) if x and x not in SPLIT_FILLER]
            if len(words) != 2 or not (name or "").isascii():
                continue
            # (the other word says what became of the records, an outcome or a participle: "Quote accepted" — not a
            # noun, "call centre", which the word of another step's name, "follow-up calls", never opens)
            outcome_word = words[1] in {str(v).lower() for v in (w.catalog.profile.action_steps
                                                                if w.catalog.profile is not None else {})} or \
                bool(re.fullmatch(r"[a-z]{3,}(?:ed|en)", words[1]))
            for i, (a0, a1, x) in enumerate(toks):
                if not _stem_match(x, words[0]) or (not outcome_word and any(
                        m.start <= a0 and a1 <= m.end and m.id != tp.id for m in named)):
                    continue
                for b0, b1, y in toks[i + 2:i + 9]:  # (said apart: "care centre" together is its own name)
                    if re.search(r"[.;?!,]", w.text[a1:b0]):
                        break
                    # (its word may be an outcome the step records too, "accepted": the step it names is what is
                    # reached)
                    if _stem_match(y, words[1]) and not any(m.start < b1 and b0 < m.end and not (
                            m.kind == "value" and m.dim == "action") for m in w.mentions):
                        hits.setdefault(tp.id, (b0, b1))
                        break
    if len(hits) != 1:
        return []
    (tp_id, (a, b)), = hits.items()
    return [Mention("touchpoint", tp_id, None, a, b, w.text[a:b], INFLECTED - 0.05)]


def _value_cut_short(w: Work) -> list[Mention]:
    """"undergrads, postgrads or staff" for undergraduate / postgraduate: a word cut short from exactly one
    one-word company value, not itself a common word (a guess, said)."""
    if w.language != "en":
        return []
    from assistant.planner.linker import REAL_WORD_EN, _zipf
    values = [(dim, str(v)) for dim, vals in w.catalog.dimension_values.items()
              if (d := w.catalog.dimension(dim)) is not None and d.extra and not d.identifier and not d.numeric
              for v in vals if re.fullmatch(r"[A-Za-z]+", str(v))]
    out = []
    for tok in re.finditer(r"[a-z]{5,}", w.text):
        if any(x.start < tok.end() and tok.start() < x.end for x in w.mentions):
            continue
        stem = re.sub(r"(?<![su])s$", "", tok.group(0))
        # (the word as said is checked too: "class" is no "clas" cut short of "classic")
        if _zipf(stem, "en") >= REAL_WORD_EN or _zipf(tok.group(0), "en") >= REAL_WORD_EN:
            continue
        hits = {v.lower() for _, v in values if v.lower().startswith(stem) and len(v) >= len(stem) + 3}
        if len(hits) == 1:
            v = hits.pop()
            out += [Mention("value", x, dim, tok.start(), tok.end(), tok.group(0), INFLECTED - 0.05)
                    for dim, x in values if x.lower() == v]
    return out





# the words of a comment channel's code that say what kind of comment it is (wechat_csat, app_store_review)
COMMENT_KIND_TOKENS = frozenset({"review", "reviews", "survey", "surveys", "csat", "nps", "rating", "ratings",
                                 "feedback", "comment", "comments", "ticket", "tickets", "note", "notes", "form",
                                 "poll", "questionnaire", "post", "posts", "store"})


COMMON_WORD_ZIPF = 5.0  # "the", "new", "post": words too common to be a platform's name (google, wechat are not)
RARE_WORD_ZIPF = 3.0  # "wechat", "douyin": no English word, a name however it is written


def _channel_by_its_platform(w: Work) -> list[Mention]:
    """"the WeChat survey", "WeChat post-visit CSAT" where comments came in by wechat_csat: a word that is the
    platform part of exactly one comment channel's code (the rest says what kind of comment it is) names that
    channel when nothing else in the data is called so."""
    if w.language != "en":
        return []
    from assistant.planner.linker import _zipf
    codes = list(dict.fromkeys(str(v) for dim in ("feedback_channel", "channel")
                               for v in w.catalog.dimension_values.get(dim, ()) if str(v).isascii()))
    held = {str(v).lower() for vals in w.catalog.dimension_values.values() for v in vals}
    out = []
    for tok in re.finditer(r"[A-Za-z]{3,}", w.text):
        word = tok.group(0).lower()
        # (a common word, "app" of app_store_review, or a value of its own, names no platform)
        # (a platform is a name: written with a capital, "WeChat", "Google", unless no English word is like it at all)
        proper = tok.group(0)[0].isupper() or _zipf(word, "en") < RARE_WORD_ZIPF
        if word in COMMENT_KIND_TOKENS or word in held or _zipf(word, "en") >= COMMON_WORD_ZIPF or not proper or \
                any(x.start < tok.end() and tok.start() < x.end for x in w.mentions):
            continue
        hits = [c for c in codes if (parts := re.findall(r"[a-z]+", c.lower())) and len(parts) >= 2 and
                parts[0] == word and set(parts[1:]) <= COMMENT_KIND_TOKENS]
        if len(hits) == 1:
            # ("the WeChat survey": the kind word after the platform is part of its name, no channel "survey")
            kind = re.match(r"(?:[\s\-]+(?:" + "|".join(sorted(COMMENT_KIND_TOKENS)) + r")\b)+", w.text[tok.end():], re.I)
            end = tok.end() + (kind.end() if kind else 0)
            out.append(Mention("value", hits[0], "channel", tok.start(), end, w.text[tok.start():end], INFLECTED - 0.05))
    return out


def _kind_word_compound(w: Work) -> list[Mention]:
    """"哪个配送站", "各服务站" where every value of a column ends with 站 (南山站, 福田站): a word ending in the column's
    kind word, after a word asking for groups, names that column (as 哪个站 does)."""
    if not CJK.search(w.text):
        return []
    out = []
    for d in w.catalog.dimensions:
        raws = [str(v) for v in w.catalog.dimension_values.get(d.id, ())]
        # (the one character every value ends with, 站 of 东湖站 and 福田站; three values at least)
        ends = {r[-1] for r in raws if r}
        kind = ends.pop() if d.extra and len(raws) >= 3 and len(ends) == 1 and all(CJK.match(r[-1]) and len(r) >= 2
                                                                                 for r in raws) else ""
        if not kind:
            continue
        # (the kind's last character: values all called …湖站 are stations, 站)
        for hit in re.finditer(r"(?:哪个|哪家|哪一个|哪些|各个|各|每个|每家|按|不同)([\u4e00-\u9fff]{1,3}" + re.escape(kind[-1]) + ")",
                               w.text):
            a, b = hit.span(1)
            if any(m.start < b and a < m.end for m in w.mentions) or any(x <= a < y for x, y in w.time_spans):
                continue
            out.append(Mention("dimension", d.id, None, a, b, hit.group(1), INFLECTED - 0.05))
    return out

SALE_VERB = re.compile(r"\b(?:sell|sells|sold|selling|buy|buys|bought|order|orders|ordered|purchase\w*)\b|卖|售|买|订|下单|销量")
COUNTED_THING_EN = re.compile(r"\b(?:how many|number of)\s+([a-z][a-z\-]+?)s?\b")
COUNTED_THING_ZH = re.compile(r"(?:多少|几)(盒|箱|瓶|张|桶|件|杯|束|台|辆|套|支|罐|袋)")


def _kind_counted(w: Work) -> list[Mention]:
    """"How many kits did we sell", "上个月一共卖出去多少盒" where the orders' own type column holds kit / 试剂盒: the
    thing counted is that kind of order (a common word, "kit", that links nowhere alone; a measure word, 盒, that
    only one kind of order ends with)."""
    if not SALE_VERB.search(w.text):
        return []
    kinds = [(dim, str(v)) for dim, vals in w.catalog.dimension_values.items()
             if (d := w.catalog.dimension(dim)) is not None and d.extra and "orders" in d.slices
             for v in vals]
    out = []
    hit = COUNTED_THING_EN.search(w.text)
    if hit and not any(m.start < hit.end(1) and hit.start(1) < m.end for m in w.mentions):
        found = [(d, v) for d, v in kinds if v.lower() in (hit.group(1), hit.group(1) + "s")]
        out += [Mention("value", v, d, hit.start(1), hit.end(0), w.text[hit.start(1):hit.end(0)], INFLECTED - 0.05)
                for d, v in found]
    hit = COUNTED_THING_ZH.search(w.text)
    if hit and not any(m.start < hit.end(1) and hit.start(1) < m.end for m in w.mentions):
        found = [(d, v) for d, v in kinds if CJK.match(v) and v.endswith(hit.group(1))]
        if len({v for _, v in found}) == 1:
            out += [Mention("value", v, d, hit.start(1), hit.end(1), hit.group(1), INFLECTED - 0.05) for d, v in found]
    return out

ORDER_ROWS_AFTER = re.compile(r"^(?:的)?(?:订单|单子|单)|^\s+orders?\b")


# a status of the orders said as a verb of a relative clause before the orders' word, with a few words of the kind of
# order between: "取消的租赁订单", "签完合同后又取消掉的租赁订单", "退了款的订单"
ORDER_STATUS_VERBS_ZH = {"cancelled": "取消", "refunded": "退(?:了)?款", "returned": "退(?:了)?货"}


def _order_status_said_as_a_verb(w: Work) -> list[Mention]:
    """The status of the orders said as what happened to them ("又取消掉的租赁订单"): that status, when the data's
    orders hold it (a guess, said)."""
    held = {str(v) for v in w.catalog.dimension_values.get("order_status", ())}
    out = []
    for value, verb in ORDER_STATUS_VERBS_ZH.items():
        if value not in held:
            continue
        for hit in re.finditer(rf"(?:已经?|被|又)?{verb}(?:掉|了)?(?=的[^，,。？?！!；;]{{0,12}}?(?:订单|单子))", w.text):
            a, b = hit.span()
            if NEGATION_ZH.search(w.text[:a]) or any(x.start < b and a < x.end for x in w.mentions):
                continue
            out.append(Mention("value", value, "order_status", a, b, w.text[a:b], INFLECTED - 0.05))
    # ("How many booking deposits did we refund in 2025?", "how many orders have customers cancelled"): a status
    # in the past said by its verb after an auxiliary; "didn't cancel" says the others and is left to the words
    for value in held:
        low = value.lower()
        if not re.fullmatch(r"[a-z]{4,}ed", low):
            continue
        bases = {low[:-2], low[:-1]} | ({low[:-3]} if low[-3] == low[-4] else set())
        rx = r"\b(?:did|do|does|have|has|had)\s+(?:[a-z]+\s+){0,2}?(" + "|".join(sorted(bases)) + r")\b"
        for hit in re.finditer(rx, w.text):
            a, b = hit.span(1)
            if re.search(r"\bnot\b|n't\b", w.text[hit.start():a]) or any(x.start < b and a < x.end for x in w.mentions):
                continue
            out.append(Mention("value", value, "order_status", a, b, w.text[a:b], INFLECTED - 0.05))
    return out


def _order_kind_said_short(w: Work) -> list[Mention]:
    """"商品订单" for order_type 商品购买, "item orders" for item_purchase: the first word of exactly one value of a
    company's column on the orders, right before the word for orders (a guess, said)."""
    values = [(dim, str(v)) for dim, vals in w.catalog.dimension_values.items()
              if (d := w.catalog.dimension(dim)) is not None and d.extra and not d.identifier and not d.numeric
              and "orders" in d.slices for v in vals]
    heads: dict[str, set[tuple[str, str]]] = {}
    for dim, v in values:
        if CJK.match(v):
            for n in range(2, len(v) - 1):
                heads.setdefault(v[:n], set()).add((dim, v))
        else:
            first = re.split(r"[_\s\-]+", v.lower())
            if len(first) >= 2 and len(first[0]) >= 4:
                heads.setdefault(first[0], set()).add((dim, v))
    out = []
    for head, owners in heads.items():
        per_dim: dict[str, set[str]] = {}
        for dim, v in owners:
            per_dim.setdefault(dim, set()).add(v)
        if any(len(vs) > 1 for vs in per_dim.values()) or (len(per_dim) > 1 and not all(
                (a, b) in w.catalog.twin_values or a == b for a in per_dim for b in per_dim)):
            continue  # (a word several things begin with names none of them: cake_topper and cake_topper|extra_…)
        rx = re.escape(head) if CJK.match(head) else r"\b" + re.escape(head) + r"\b"
        for hit in re.finditer(rx, w.text.lower()):
            a, b = hit.span()
            if ORDER_ROWS_AFTER.match(w.text[b:]) is None or any(x.start < b and a < x.end for x in w.mentions
                                                                   if x.kind != "dimension"):
                continue
            out += [Mention("value", v, dim, a, b, w.text[a:b], INFLECTED - 0.05) for dim, v in owners]
            break
    return out

# last words of a kind's name that are no head noun ("hotel_only", "all_inclusive", "room_plus"): "paid orders only"
# says which rows, never the kind hotel_only
NO_HEAD_NOUN = frozenset({"only", "plus", "extra", "included", "inclusive", "free", "other", "first", "new", "basic",
                          "standard", "full", "partial", "total"})


def _order_kind_by_its_head(w: Work) -> list[Mention]:
    """"How much rent came in last month?", "how much weekly rent did we collect" where the orders' kind is
    weekly_rent: money asked of the last word of exactly one kind of order (its head noun) is that kind's money
    (a guess, said)."""
    if CJK.search(w.text) or not MONEY_ASKED.search(w.text) or re.search(r"\brefund", w.text):
        return []  # ("how much did we refund on … the duplicate charges": the money given back, of any kind)
    heads: dict[str, set[tuple[str, str]]] = {}
    for dim, vals in w.catalog.dimension_values.items():
        d = w.catalog.dimension(dim)
        if d is None or not d.extra or d.identifier or d.numeric or "orders" not in d.slices:
            continue
        for v in vals:
            parts = re.split(r"[_\s\-]+", str(v).lower())
            if len(parts) >= 2 and len(parts[-1]) >= 4 and not CJK.search(str(v)) and \
                    parts[-1] not in lexicon_en.STOP and parts[-1] not in NO_HEAD_NOUN:
                heads.setdefault(parts[-1], set()).add((dim, str(v)))
    out = []
    for head, owners in heads.items():
        if len({v for _, v in owners}) != 1:
            continue  # (a word several kinds end in names none of them: late_fee and damage_fee)
        for hit in re.finditer(r"\b" + re.escape(head) + r"s?\b", w.text.lower()):
            a, b = hit.span()
            if any(x.start < b and a < x.end for x in w.mentions if x.kind != "touchpoint"):
                continue
            out += [Mention("value", v, dim, a, b, w.text[a:b], INFLECTED - 0.05) for dim, v in owners]
            break
    return out


def _step_verb_shortened(w: Work) -> list[Mention]:
    """"装好了eSIM的订单" for the step 安装eSIM, "买了套餐" for 购买套餐: a step named verb + object, said with the
    verb's last character alone (and an aspect particle) right before the object (a guess, said)."""
    if not CJK.search(w.text):
        return []
    found: dict[tuple[int, int], set[str]] = {}
    for tp in w.catalog.touchpoints:
        for name in {n for n in (tp.name_zh, tp.name) if n and CJK.search(n)}:
            parts = linker._pos(name)
            if len(parts) < 2 or parts[0].flag != "v" or len(parts[0].word) != 2:
                continue
            obj = name[2:].lower()
            if len(obj) < 2:
                continue
            for m in re.finditer(re.escape(obj), w.text):
                before = re.search(re.escape(parts[0].word[1]) + r"(?:好|完|成|上)?(?:了|过)?$", w.text[max(0, m.start() - 3):m.start()])
                if before is None:
                    continue
                a = m.start() - (len(before.group(0)))
                if any(x.kind == "touchpoint" and x.start < m.end() and a < x.end for x in w.mentions):
                    continue
                found.setdefault((a, m.end()), set()).add(tp.id)
    return [Mention("touchpoint", next(iter(ids)), None, a, b, w.text[a:b], INFLECTED - 0.05)
            for (a, b), ids in found.items() if len(ids) == 1]


def _verb_said_before_a_step(w: Work) -> None:
    """"报名开放日的家庭": a two-character step word (报名, an alias of the application) right before another step's
    name with no journey holding both is the verb of what was done at the second (signing up for the open day) — the
    first names no step of its own."""
    steps = [m for m in w.mentions if m.kind == "touchpoint"]
    drop = []
    for a in steps:
        if not re.fullmatch(r"[\u4e00-\u9fff]{2}", a.surface):
            continue
        nxt = [b for b in steps if b.start == a.end and b.id != a.id and len(b.surface) >= 2]
        # (no journey holds it with any other step named: "首次到店上机" after 注册→实名认证 keeps 到店, a step of theirs)
        if nxt and not any({a.id, b.id} <= set(j.steps) for b in steps if b.id != a.id for j in w.catalog.journeys):
            drop.append(a)
    for a in steps:
        # ("what share signed the renewal within 60 days": a one-word English step name used as the verb of another
        # step said as its object, with an article between — the object is the step; the verb names nothing, nor
        # the outcome value written like it)
        if not re.fullmatch(r"[a-z]+", a.surface):
            continue
        if any(b.id != a.id and b.start > a.end and
               re.fullmatch(r"\s+(?:the|a|an|their|its|our|that|this|his|her)\s+", w.text[a.end:b.start])
               for b in steps):
            drop.append(a)
    if drop:
        spans = {(m.start, m.end, m.id) for m in drop}
        places = {(m.start, m.end) for m in drop}
        w.mentions = [m for m in w.mentions if not (m.kind == "touchpoint" and (m.start, m.end, m.id) in spans)
                      and not (m.kind == "value" and m.dim == "action" and (m.start, m.end) in places and
                               re.fullmatch(r"[a-z]+", m.surface))]


# a clause that restates what was just said ("came up short, i.e. the yard couldn't send the full number booked")
RESTATED = re.compile(r"(?:\bi\.\s?e\.|\b(?:ie|that is|meaning|namely|in other words)\b[,:]?|即|也就是说?|换句话说)"
                      r"[^.;?!。；？！)）]*")


def _values_restating_a_value(w: Work) -> None:
    """"What share … came up short, i.e. the yard couldn't send the full number of colonies booked?": the values said
    in a clause that restates a value of the same column said before it explain that value — no slice of their
    own (booked would leave only the bookings in)."""
    for r in RESTATED.finditer(w.text):
        a, b = r.span()
        said = {m.dim for m in w.mentions if m.kind == "value" and m.end <= a}
        restates = any(m.kind == "value" and a <= m.start and m.end <= b and m.dim in said for m in w.mentions)
        # (its column words always — "the yard couldn't send …" groups by no yard —, its values when they restate one
        # said before)
        inside = [m for m in w.mentions if (m.kind == "dimension" or (restates and m.kind == "value"))
                  and a <= m.start and m.end <= b]
        if inside:
            w.mentions = [m for m in w.mentions if m not in inside]
            w.blocked_spans += [(m.start, m.end) for m in inside]
    # ("最后真正派上单（派到师傅）的比例": brackets that gloss the words before them name no grouping — unless they ask
    # for one themselves, "(by channel)", "（按门店）")
    for b in re.finditer(r"[(（]([^()（）]{1,40})[)）]", w.text):
        if GROUPING_INSIDE.search(b.group(1)) or coverage.GROUPED_BY_BEFORE.search(w.text[:b.start()].rstrip()):
            continue
        yes_no = {x for pair in text.YES_NO for x in pair}
        # (a yes/no column said in them is a value of its own, "standard (non-rush) orders": rush = false)
        inside = [m for m in w.mentions if m.kind == "dimension" and b.start() < m.start and m.end < b.end()
                  and not {str(v).lower() for v in w.catalog.dimension_values.get(m.id, ())} <= yes_no]
        if inside:
            w.mentions = [m for m in w.mentions if m not in inside]
            w.blocked_spans += [(m.start, m.end) for m in inside]


GROUPING_INSIDE = re.compile(r"\b(?:by|per|each|every|which|split|broken down)\b|按|每|各|哪|分组|拆分", re.I)
LISTING_BRACKETS = re.compile(r"[(（]([^()（）]{2,120})[)）]")


def _groups_listed_in_brackets(w: Work) -> None:
    """"按咨询来源分（出院转介、药房合作、网络搜索、微信小程序、直接来电）", "by lead source (home show, referral, search
    ads)": the brackets after a grouping list the asker's names for its groups — no slice, no step, nothing unknown;
    the grouping is the column's, whatever its groups are called."""
    for b in LISTING_BRACKETS.finditer(w.text):
        inner = b.group(1)
        if not re.search(r"[、,，/]|\bor\b", inner):
            continue
        before = w.text[:b.start()].rstrip()
        if not (coverage.GROUPED_BY_BEFORE.search(before) or any(
                m.kind == "dimension" and re.fullmatch(r"\s*(?:分|来分|划分|看)?\s*", before[m.end:])
                for m in w.mentions if m.end <= len(before))):
            continue
        a, e = b.span()
        w.mentions = [m for m in w.mentions if not (a <= m.start and m.end <= e)]
        w.blocked_spans.append((a, e))


def _value_by_its_initials(w: Work) -> list[Mention]:
    """"BC, June through September 2025 - …" where a region is "British Columbia": a word written in capitals that
    links to nothing and is the initials of exactly one value of several capitalised words names that value (a guess,
    said); "NSW" for New South Wales. Initials two values share name neither."""
    out: list[Mention] = []
    for hit in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2,4})(?![A-Za-z0-9])", w.question):
        word = hit.group(1)
        found: dict[str, set[str]] = {}
        for dim, vals in w.catalog.dimension_values.items():
            d = w.catalog.dimension(dim)
            if d is None or d.identifier or d.numeric or d.time or dim in w.catalog.quiet:
                continue
            for v in vals:
                words = re.findall(r"[A-Za-z]+", str(v))
                caps = [x for x in words if x[0].isupper()]
                if len(caps) >= 2 and len(words) - len(caps) <= 1 and "".join(x[0] for x in caps) == word:
                    found.setdefault(str(v), set()).add(dim)
        if len(found) != 1:
            continue
        (raw, dims), = found.items()
        at = next((x for x in re.finditer(r"(?<![a-z0-9])" + word.lower() + r"(?![a-z0-9])", w.text)
                   if not any(m.start < x.end() and x.start() < m.end for m in w.mentions)), None)
        if at is None:
            continue
        out += [Mention("value", raw, dim, at.start(), at.end(), w.text[at.start():at.end()], INFLECTED - 0.05)
                for dim in sorted(dims)]
    return out


GLOSS_KIND_TAIL = re.compile(r"([a-z]{4,})_(?:fee|fees|charge|charges|cost|costs|price|payment|service|order|orders)")


def _value_by_its_gloss(w: Work) -> list[Mention]:
    """"海外养殖户" where a company column holds china / overseas: a Chinese word no name covers one of whose dictionary
    senses is, whole, exactly one English one-word value of one company column (海外: abroad, overseas) names that
    value (a guess, said)."""
    if not CJK.search(w.text):
        return []
    from assistant.planner import glosses
    import jieba
    values: dict[str, list[tuple[str, str]]] = {}
    for dim, vals in w.catalog.dimension_values.items():
        d = w.catalog.dimension(dim)
        if d is None or not d.extra or d.identifier or d.numeric or dim in w.catalog.quiet:
            continue
        for v in vals:
            # (never a yes/no flag: 真正 is "true" only as "genuine", no opt-in)
            if re.fullmatch(r"[A-Za-z]{4,}", str(v)) and str(v).lower() not in {x for pair in text.YES_NO for x in pair}:
                values.setdefault(str(v).lower(), []).append((dim, str(v)))
    if not values:
        return []
    out, at = [], 0
    for tok in jieba.lcut(w.text):
        a = w.text.find(tok, at)
        at = a + len(tok) if a >= 0 else at
        if a < 0 or len(tok) < 2 or not CJK.match(tok) or coverage._known_word(tok) or coverage.is_people_word(tok) or \
                tok in lexicon_zh.PEOPLE or any(x.start < a + len(tok) and a < x.end for x in w.mentions) or \
                any(x < a + len(tok) and a < y for x, y in w.blocked_spans) or \
                _set_aside(w.text, a, a + len(tok)) or re.search(r"(?:哪|什么)[种类个些样]?$", w.text[:a]):
            continue  # (nor a word of a clause that widens or narrows what is counted: "都算（定金、尾款、加购）",
            # "下雨取消的…都不算"; nor the kind a which asks for, "哪种活动形式": no active value)
        # (a whole sense of the word, never one word of a phrase: 断电 is a "power cut", no value power)
        senses = {re.sub(r"\s*\(.*?\)|^to\s+", "", x).strip().lower().replace(" ", "_")
                  for x in glosses.dictionary().get(tok, ())}
        # (a sense that is a value and a word for money or a kind, 运费 "freight fee" of the order kind freight)
        senses |= {m.group(1) for x in senses if (m := GLOSS_KIND_TAIL.fullmatch(x))}
        hit = {x for x in senses if x in values}
        if len(hit) == 1 and len({dim for dim, _ in values[next(iter(hit))]}) == 1:
            out += [Mention("value", v, dim, a, a + len(tok), tok, INFLECTED - 0.05) for dim, v in values[hit.pop()]]
    return out


def _in_other_names(catalog: Catalog, word: str, tp_id: str) -> bool:
    """Is the word part of another step's names, a journey's name or a value of the data (巧克力 in 巧克力手作课 and
    松露巧克力12颗)?"""
    if any(word in n for t in catalog.touchpoints if t.id != tp_id for n in (t.name_zh, t.name, *t.aliases) if n):
        return True
    if any(word in n for j in catalog.journeys for n in (j.name, j.name_zh) if n):
        return True
    return any(word in str(v) for vals in catalog.dimension_values.values() for v in vals)


def _step_by_its_names_tail(w: Work) -> list[Mention]:
    """"打开预约页的客户" for the step whose alias is 小程序预约页: the last three or more characters of exactly one
    step's Chinese name or alias (or its first three or more), said where no name is (a guess, said)."""
    if not CJK.search(w.text):
        return []
    tails: dict[str, set[str]] = {}
    for tp in w.catalog.touchpoints:
        for name in {n for n in (tp.name_zh, tp.name, *tp.aliases) if n and re.fullmatch(r"[\u4e00-\u9fff]{4,}", n)}:
            for k in range(3, len(name)):
                tails.setdefault(name[-k:], set()).add(tp.id)
            for k in range(3, len(name)):
                # (the head of a step's name, three characters or more: a two-character head is as often a word of
                # its own, 罚单 of 罚单寄送 the fines themselves; so is a head that is one dictionary word found in
                # other names too, 巧克力 of 巧克力课 the company's product — 灭火器 of 灭火器维保 alone still names it)
                if not (linker.one_zh_word(name[:k]) and _in_other_names(w.catalog, name[:k], tp.id)):
                    tails.setdefault(name[:k], set()).add(tp.id)
    whole = {n for tp in w.catalog.touchpoints for n in (tp.name_zh, tp.name, *tp.aliases) if n}
    out = []
    named = {m.id for m in w.mentions if m.kind == "touchpoint"}
    for tail, ids in sorted(tails.items(), key=lambda x: -len(x[0])):
        if len(ids) != 1 or tail in whole or coverage._known_word(tail) or coverage.is_people_word(tail) or \
                coverage.is_filler(tail) or ids <= named:
            continue  # (a step named already: "还车检查查出车损", 车损 says its outcome, not the step again)
        for m in re.finditer(re.escape(tail), w.text):
            a, b = m.span()
            # ("从用报价器到第一次规格沟通" where 报价 is an alias of the formal quote and 在线报价器 the calculator: the
            # longer tail names its step over a shorter alias of another inside it)
            # (never one the tail ends with: 自动续费 of 取消自动续费 is still the renewal 续费 names — Chinese puts the
            # head noun last)
            inside = [x for x in w.mentions if x.kind == "touchpoint" and a <= x.start and x.end < b and
                      x.id not in ids]
            if any(x.start < b and a < x.end for x in w.mentions + out if x not in inside) or \
                    w.text[b:b + 1] == "率":
                continue  # ("到店率": a rate word of its own, read by the rates' rules)
            w.mentions = [x for x in w.mentions if x not in inside]
            out.append(Mention("touchpoint", next(iter(ids)), None, a, b, tail, INFLECTED - 0.05))
    return out


def _value_said_apart(w: Work) -> list[Mention]:
    """"students studying abroad" for the value student_abroad: a company value's two words said in order with at
    most two words between them, in one clause, when no value of that column is named and exactly one value
    fits (a guess, said)."""
    if w.language != "en":
        return []
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z][A-Za-z\-]*", w.text)]
    free = [t for t in toks if not any(x.start < t[1] and t[0] < x.end for x in w.mentions)
            and not any(a < t[1] and t[0] < b for a, b in w.blocked_spans) and t[2] not in SPLIT_FILLER]
    named = {m.dim for m in w.mentions if m.kind == "value"}
    found: dict[tuple[str, str], tuple[int, int]] = {}
    for dim, values in w.catalog.dimension_values.items():
        info = w.catalog.dimension(dim)
        if dim in named or info is None or not info.extra or info.identifier or info.numeric or info.time:
            continue
        for v in values:
            words = [x for x in re.split(r"[\s\-_/]+", str(v).lower()) if x and x not in SPLIT_FILLER]
            if len(words) != 2 or not str(v).isascii() or min(len(x) for x in words) < 4:
                continue
            for i, (a0, _, x) in enumerate(free):
                if not _stem_match(x, words[0]):
                    continue
                for b0, b1, y in free[i + 1:i + 4]:
                    if re.search(r"[,.;?!]", w.text[a0:b0]):
                        break
                    # (the words side by side are the linker's to name, or were left out on purpose)
                    if _stem_match(y, words[1]) and re.search(r"[a-z]", w.text[free[i][1]:b0]):
                        found.setdefault((dim, str(v)), (a0, b1))
                        break
    if len({v for _, v in found}) != 1:
        return []
    return [Mention("value", v, dim, a, b, w.text[a:b], INFLECTED - 0.05) for (dim, v), (a, b) in found.items()]


# "新注册了多少客户", "注册了几个新用户": the sign-up verb and the people, said apart (the name is 新注册客户数)
# (the people of any industry: 顾客, 学员, 车主 … from the one list of them)
# ("2025年新签了多少家客户": 新签 of a company's new accounts; 签约 alone is a contract step, when the data has one)
SIGNUPS_ZH = re.compile(r"(?:新(?:签约?|增|开)|(?:新)?(?:注册|开户|加入|入会))了?(?:多少|几)(?:个|位|名|家)?(?:新)?(?:%s|人)|"
                        r"(?:多少|几)(?:个|位|名)?新(?:%s)(?:注册)?" % (_PEOPLE_ZH, _PEOPLE_ZH))


SIGNUPS_EN = re.compile(r"\b(?:how many|number of)\s+(?:new\s+)?(?:%s)\s+(?:(?:have|had|who)\s+)?"
                        r"(?:signed up|registered|joined|created (?:an? )?accounts?|opened (?:an? )?accounts?)\b" % "|".join(
                            re.escape(p) for p in lexicon_en.PEOPLE + ("customer", "user", "member")))


def _signups_said_apart(w: Work) -> list[Mention]:
    """"新注册了多少顾客", "how many customers signed up": the sign-ups measure said around the people counted (a step
    the data names for signing up is that step, not this)."""
    m = SIGNUPS_ZH.search(w.text) or SIGNUPS_EN.search(w.text)
    if w.catalog.metric("new_customers") is None or m is None:
        return w.mentions
    # (the people word inside it may have been read as the people measure: "customers" → active customers)
    if any(x.kind == "metric" and not (m.start() <= x.start and x.end <= m.end()) for x in w.mentions):
        return w.mentions
    # (a step the data names for signing up is that step; a value word inside the phrase, "signed" of a parcel
    # signed for, is another verb than "signed up")
    # (the people word read as a column, 会员 of 会员等级, is still the people counted)
    if any(x.start < m.end() and m.start() < x.end for x in w.mentions if x.kind not in ("metric", "value")
           and not (x.kind == "dimension" and x.surface.lower() in PEOPLE_WORDS)):
        return w.mentions
    return [x for x in w.mentions if not (x.start < m.end() and m.start() < x.end)] + \
        [Mention("metric", "new_customers", None, m.start(), m.end(), m.group(0), 1.0)]


AVERAGE_BEFORE = re.compile(r"(?:\b(?:average|avg|mean)\s+(?:[a-z\-]+\s+){0,1}|平均)$", re.I)


def _measure_inside_value(w: Work) -> list[Mention]:
    """"the average in-app rating for S06" where "in-app rating" is a value of the comments' channel: the value's
    last word with the average said before it is the measure too (the average rating, of those comments)."""
    if any(m.kind == "metric" for m in w.mentions):
        return []
    out = []
    for m in w.mentions:
        if m.kind != "value" or not AVERAGE_BEFORE.search(w.text[:m.start]):
            continue
        tail = re.split(r"[\s\-]+", m.surface.strip())[-1] if m.surface.isascii() else m.surface[-2:]
        said = f"average {tail}".lower() if m.surface.isascii() else f"平均{tail}"
        hit = next((e for e in w.catalog.gazetteer if e.kind == "metric" and e.surface == said), None)
        if hit is not None:
            out.append(Mention("metric", hit.id, None, m.start, m.end, m.surface, INFLECTED - 0.1))
            w.notes.append(("fuzzy", {"surface": said, "id": hit.id, "kind": "metric"}))
            break
    return out


def _sessions_as_cases(w: Work, noun: str, a: int, b: int, opened: list[tuple[int, int]]) -> list[Mention]:
    """Where each session id is one case (a caller's many tickets), cases are counted as sessions, said out loud;
    cases "opened" in a period are the sessions with an event at the step every journey starts with, when one."""
    w.notes.append(("cases_are_sessions", {"noun": noun}))
    out = [Mention("metric", "sessions", None, a, b, noun, 1.0)]
    starts = {j.steps[0] for j in w.catalog.journeys if j.steps}
    if opened and len(starts) == 1 and not any(x.kind == "touchpoint" for x in w.mentions):
        s, e = opened[0]
        out.append(Mention("touchpoint", starts.pop(), None, s, e, w.text[s:e], 1.0))
    return out


CASE_OPENED = re.compile(r"新开|新建|新增|新来|新提交|开出|开具|开了|进来|打进|打来|进线|来了|\b(?:opened|new|created|raised|came in|filed|submitted|"
                        r"logged as new|issued|wrote|written|write|issue)\b")


def _sibling_step_by_suffix_zh(w: Work) -> list[Mention]:
    """"品鉴会报了名真到场的比例" for the steps 品鉴会报名 and 品鉴会到场: a step named and, in the same clause, the rest
    of exactly one other step's Chinese name after the words the two names share (到场) names that step too (a guess,
    said)."""
    if w.language != "zh":
        return []
    out: list[Mention] = []
    named = [m for m in w.mentions if m.kind == "touchpoint"]
    for m in named:
        tp = w.catalog.touchpoint(m.id)
        own = tp.name_zh or tp.name if tp else ""
        if not own or not re.fullmatch(r"[\u4e00-\u9fff]{3,}", own):
            continue
        a0 = max(w.text.rfind(c, 0, m.start) for c in "，。；？！,.;?!") + 1
        ends = [i for i in (w.text.find(c, m.end) for c in "，。；？！,.;?!") if i >= 0]
        clause = (a0, min(ends, default=len(w.text)))
        found = []
        for other in w.catalog.touchpoints:
            name = other.name_zh or other.name or ""
            if other.id == m.id or any(x.kind == "touchpoint" and x.id == other.id for x in w.mentions) or \
                    not re.fullmatch(r"[\u4e00-\u9fff]{3,}", name):
                continue
            k = len(os.path.commonprefix([own, name]))
            rest = name[k:]
            if k < 2 or len(rest) < 2:
                continue
            for hit in re.finditer(re.escape(rest), w.text[clause[0]:clause[1]]):
                a, b = clause[0] + hit.start(), clause[0] + hit.end()
                if not any(x.start < b and a < x.end for x in w.mentions):
                    found.append(Mention("touchpoint", other.id, None, a, b, rest, INFLECTED - 0.05))
                    break
        if len({x.id for x in found}) == 1:
            out.append(found[0])
    return out


def _sibling_step_by_word(w: Work) -> list[Mention]:
    """"booked at least one viewing", "viewings were booked": a step's shared noun ("viewing" of Viewing done) with
    the distinctive word of one other step that has that noun ("Viewing booked") said close by names that step."""
    if w.language != "en":
        return w.mentions
    out = []
    for m in w.mentions:
        if m.kind != "touchpoint":
            out.append(m)
            continue
        own = _touchpoint_words(w.catalog, m.id)
        said = {x for x in re.findall(r"[a-z]{3,}", m.surface.lower())}
        shared = {x for x in said if any(x == o or linker._same_stem(x, o) for o in own)}
        found = set()
        clause = (max(w.text.rfind(c, 0, m.start) for c in ",.;?!()") + 1,
                  min([i for i in (w.text.find(c, m.end) for c in ",.;?!()") if i >= 0], default=len(w.text)))
        near = [(x.start(), x.group(0)) for x in re.finditer(r"[a-z]{4,}", w.text[clause[0]:clause[1]])]
        for tp in w.catalog.touchpoints:
            if tp.id == m.id or any(x.kind == "touchpoint" and x.id == tp.id for x in w.mentions):
                continue  # (a step named on its own words is no other reading of this one)
            words = _touchpoint_words(w.catalog, tp.id)
            if not any(s == x or linker._same_stem(s, x) for s in shared for x in words):
                continue  # no noun in common
            if any(s == x or linker._same_stem(s, x) for s in said for x in own - words):
                continue  # "credit applications … approved": the words said are the first step's own
            distinct = words - own
            for at, word in near:
                a = clause[0] + at
                if m.start <= a < m.end or any(x.start <= a < x.end for x in w.mentions if x is not m) or \
                        any(x <= a < y for x, y in w.time_spans):
                    continue  # (nor a word of the period: "first" of "the first half of 2026" names no step)
                if any(x.kind == "touchpoint" and x is not m and min(a, m.end) <= x.start < max(a, m.start)
                       for x in w.mentions):
                    continue  # ("bookings paid … got cancelled": another step said between, the word is its own step)
                if any(word == d or linker._same_stem(word, d) for d in distinct) and \
                        not any(word == o or linker._same_stem(word, o) for o in own):
                    found.add(tp.id)
        out.append(replace(m, id=found.pop()) if len(found) == 1 else m)
    return out


# (a people word after 被/由 is who did it, "报价被客户拒绝的比例": no people counted)
# (a word inside a hyphenated compound names no people: "in-person room tours", "first-person")
PEOPLE_SAID = re.compile(r"(?<!-)\b(?:%s|patients?|people|persons?)\b(?!-)|(?<![被由])(?:病人|患者|客户|用户|顾客|会员|乘客|学员)|人里|人中|的人"
                         % "|".join(re.escape(p) for p in lexicon_en.PEOPLE))


# "Of the businesses our sales team first called in 2025, what share …": the people a share is of, said with what
# they did (the words between the people noun and the share asked)
POPULATION_CLAUSE_EN = re.compile(r"^\s*(?:of|among|for|out of)\s+(?:all\s+)?(?:the\s+|our\s+|those\s+)?(?:%s|patients?|people)\b"
                                  r"(?P<clause>[^,?]*?)(?:,|\bwhat\s+(?:share|percentage|proportion|fraction|percent|%%))"
                                  % "|".join(re.escape(p) for p in lexicon_en.PEOPLE))
POPULATION_FILLER = frozenset("""that who which whose whom we our us they their them were was are is had have has did do
been be being the a an in on at of for from with by during over this last year month week quarter all any and or
first ever already just only also still""".split())


def _population_said_but_not_read(w: Work) -> bool:
    """Is the people a share is of said with words that name what they did, none of which the plan reads ("Of the
    businesses our sales team first called in 2025": the call is no step the plan found), while the share would be
    of every customer? Such a share answers another question; better none."""
    m = POPULATION_CLAUSE_EN.match(w.text)
    if m is None:
        return False
    a = m.start("clause")
    if any(x.kind in ("touchpoint", "value", "journey") and a <= x.start < m.end("clause") for x in w.mentions):
        return False  # ("Of the applicants we ran a credit check on": the step named says who they are)
    words = [(x.start() + a, x.end() + a, x.group(0)) for x in re.finditer(r"[a-z][a-z'\-]{2,}", m.group("clause"))]
    loose = [x for s, e, x in words if x not in POPULATION_FILLER and not coverage._covered(w, s, e)]
    return bool(loose)


def _people_share(w: Work) -> bool:
    """"Among patients flagged with hypotension, what share went to intensive care?", "登记时疑似感染的病人里，有多大比例
    用上了静脉抗生素", "周末来登记的病人占多大比例": people with the part (a step they reached, or a value) among the
    people of the slice, each person once: a rate of two customer counts, the slice on both sides."""
    said = PEOPLE_SAID.search(w.text) or (_process_log(w) and CASE_NOUN.search(w.text))  # "多少比例的申请"
    if build.THINGS_COUNTED_ZH.search(w.text) or build.CASE_UNIT.search(w.text):
        return False  # ("…被拒绝的比例，按报价次数算", "count per booking": each record once, not each person)
    if w.ratio is not None or w.metric_id not in (None, *intent.PEOPLE_METRICS) or not said \
            or w.catalog.metric("active_customers") is None:
        return False
    if any((t := w.catalog.dimension(d)) is not None and t.slices and "events" not in t.slices for d in w.filters):
        return False  # a slice of orders only ("已支付的服务单"): not a count of people by their events
    named = [m for m in w.mentions if (m.kind == "touchpoint" and m.id in w.touchpoint_ids) or
             (m.kind == "value" and m.dim and m.id in w.filters.get(m.dim, ()) and m.dim not in ("stage",))]
    part = _share_part(w, named)
    if not part and len(named) == 1 and named[0].kind == "touchpoint":
        part = named  # "多少比例的申请最终寄出了确认函": the one step named is the part, of everyone
    if not part or len(part) == len(named) and not any(m.kind == "touchpoint" for m in named) and len(named) < 2:
        return False
    steps = [m.id for m in part if m.kind == "touchpoint"]
    values: dict[str, list[str]] = {}
    for m in part:
        if m.kind == "value" and m.dim:
            values.setdefault(m.dim, []).append(m.id)
    if len(set(steps)) > 1:
        return False
    if steps and values:
        steps = []  # "周末来急诊登记的病人占多大比例": the step says who the people are, the value is the part
    num: dict[str, list[str]] = {"touchpoint": steps[:1]} if steps else values
    for d in num:
        if d != "touchpoint":
            w.filters.pop(d, None)
    if steps:
        # customers who reached the step among the slice's customers (an event at another named step is no
        # condition of the same event)
        w.touchpoint_ids = []
    else:
        w.touchpoint_ids = [t for t in w.touchpoint_ids]
    if _population_said_but_not_read(w):
        return False
    name = "人数占比" if w.language == "zh" else "share of customers"
    w.ratio = ratio_def.RatioDef(name=name, numerator=ratio_def.Side("active_customers", num),
                                 denominator=ratio_def.Side("active_customers", {}))
    w.metric_id, w.intent = "active_customers", "metric_value"
    return True


SHARE_AT = re.compile(r"占比|占多|占[^，,。？?]{0,12}?(?:多少|比例|几成)|比例|比重|百分之|几成|\bwhat (?:share|percentage|proportion|"
                      r"fraction|percent)\b|\bwhat\s*%|\b(?:share|percentage|proportion|fraction) of\b")
# (or the people noun closing its clause: "打紧急热线报修的客户，最后…的比例" — the emergency line says who they are)
POPULATION_END = re.compile(r"(?:里|中|当中|之中|里面)[，,]?|(?:客户|用户|顾客|会员|家庭|家长|车主|学员|患者|病人|摊主|商家|"
                            r"果农|员工|乘客)(?:们)?[，,]|"
                            # (or the rows counted closing theirs: "安卓手机提交的订单，有多大比例最后被取消了")
                            r"(?:订单|包裹|工单|申请|预约|场次|单子|合同|报价)[，,]")
PART_VERB = re.compile(r"\b(?:were|was|are|is|came|come|got|get|ended|end|went|used|use|had|have|did|do|made|paid|"
                       r"placed|bought|received|left|churned|converted|renewed|gave|rated|chose|booked|opened|signed|"
                       r"completed|returned|cancelled|canceled|refunded)\b")


PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")


def _share_part(w: Work, values: list[Mention]) -> list[Mention]:
    """Which of the named values is the part whose share is asked, the rest saying of what: "餐饮订单里，用App点餐的占
    多大比例？已支付订单" (the part between 里 and 占比), "what share of paid orders were placed on the app" (after
    the verb)."""
    cue = SHARE_AT.search(w.text)
    if cue is None or not values:
        return []
    if w.language == "zh":
        ends = [m.end() for m in POPULATION_END.finditer(w.text, 0, cue.start())]
        lo = ends[-1] if ends else 0
        # ("浙江的客户里，有多大比例下过单": the part may follow the share word)
        return [m for m in values if lo <= m.start < cue.start()] or \
            ([m for m in values if m.start >= cue.end()] if ends else [])
    # (any verb in the past when none of the usual ones: "what share of payment attempts failed for UK shoppers")
    verb = PART_VERB.search(w.text, cue.end()) or next(
        (v for v in PAST_VERB.finditer(w.text, cue.end())
         # (after the rows named: "of our approved cardholders hold …" says which rows, no verb of the part)
         if re.search(r"[a-z]{3,}", re.sub(r"\b(?:of|the|our|all|my|their|its|those|these)\b", " ",
                                            w.text[cue.end():v.start()]))), None)
    if verb is None:
        return []
    # ("… were early bird? (paid ticket orders)": what follows the question says which rows are counted)
    stop = re.compile(r"[?？(（;；]").search(w.text, verb.end())
    end = stop.start() if stop else len(w.text)
    after = [m for m in values if verb.start() <= m.start < end] or [m for m in values if m.start >= verb.start()]
    # ("what share of fine appeals were upheld in Chengdu": the value said right after the verb is the part; one
    # after "in" / "at" / "from" says where, a slice of the whole)
    direct = [m for m in after if not SLICE_BEFORE_EN.search(w.text[max(verb.end(), m.start - 14):m.start])]
    return direct or after


SLICE_BEFORE_EN = re.compile(r"(?<!\bcame )(?<!\bcome )(?<!\bcomes )(?<!\bgot )(?<!\bchecked )(?<!\bturned )"
                             r"\b(?:in|at|from|among|across|within|during)\s+(?:the\s+|our\s+)?$|"
                             # ("what share of payment attempts failed for UK shoppers": for whom, a slice; "were
                             # for the premium plan" says the part)
                             r"(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )\bfor\s+(?:the\s+|our\s+)?$")


TIME_BETWEEN = re.compile(r"\bhow long\b|\bhow many (?:days|hours|minutes|seconds|weeks)\b|\b(?:median|average|avg|mean|typical) "
                          r"(?:number of )?(?:time|days|hours|minutes|wait|delay|turnaround|duration|lead time)\b|"
                          r"\btime (?:from|between|to|until|it takes)\b|\bdays? (?:between|from|until|to)\b|\bturnaround\b|"
                          r"\blead[- ]times?\b|"
                          r"\btakes? (?:on average )?(?:\d+ )?(?:days|hours|minutes)\b|"
                          r"多久|多长时间|(?:几|多少)个?(?:天|小时|钟头|分钟|秒钟|秒|星期|周)|隔了|间隔|耗时|用时|时长|花了多少时间|"
                          # "从开票到回款天数的中位数", "哪类客户回款最慢"
                          r"(?:天|小时|分钟)数|最慢|"
                          # "签到之后等开场的时间最长": the time between the steps, ranked
                          r"(?:等|间隔|相隔|之间)[^，,。？?]{0,8}?时间最[长短]|时间最[长短]|"
                          # "从交定金到纹上等得最久", "who waited longest", "which store is slowest at repairs"
                          r"(?:等|隔|拖|排队|排)得?了?最(?:久|长)|最久|\b(?:wait(?:s|ed|ing)?) (?:the )?longest\b|"
                          r"\blongest (?:wait|time|gap|delay)s?\b|\bslowest\b")
# "最近几天", "last few days": a period, not a time asked for
FEW_DAYS = re.compile(r"(?:最近|过去|前|这|近|头)几个?(?:天|星期|周)|几个?(?:天|星期|周)(?:内|之内|以内)|"
                      r"\b(?:last|past|next|first) (?:few|couple of) (?:days|weeks)\b")
# a clock grouping said outright, not a unit of the time asked ("number of hours", "多少小时")
CLOCK_GROUPING = re.compile(r"\b(?:by|per|each|every|which) (?:hour|day|weekday|week|month|quarter|year)\b|"
                            r"\b(?:hourly|daily|weekly|monthly|quarterly|yearly)\b|(?:每|分|哪个?)(?:小时|天|日|周|星期|月|季度|年)|"
                            # ("多久能收到报价？要中位数，按小时": 按小时 there is the unit of the time asked)
                            r"按(?:小时|天|日|周|星期|月|季度|年)(?!算|计|给|来算|[，,。？?）)]|\s*$)|几点")
MEAN_SAID = re.compile(r"\b(?:average|avg|mean)\b|平均|均值")
MEDIAN_SAID = re.compile(r"\bmedian\b|\btypical(?:ly)?\b|\busually\b|中位|一般|通常")
MEDIAN_OUTRIGHT = re.compile(r"\bmedian\b|中位")


FROM_TO = re.compile(r"从(?P<a>[“\"「『]?[^，。？?！!,、“\"「『][^，。？?！!,、]{0,13}?)(?:开始)?(?:到|至|直到)(?P<b>[^，。？?！!,、]{1,16})|"
                     r"\bfrom (?P<a2>[^,?.;]{2,40}?) (?:to|until|till) (?P<b2>[^,?.;]{2,40})|"
                     r"\bbetween (?P<a3>[^,?.;]{2,40}?) and (?P<b3>[^,?.;]{2,40})|"
                     # "the median booking lead time (payment to check-in, in days)": the two ends in parentheses
                     r"\((?P<a4>[^,?.;()]{2,30}?) (?:to|->|→) (?P<b4>[^,?.;()]{2,30})")
END_OF_STEP = re.compile(r"(?:平均|一般|通常|中位|大概|大约|要|需要|花|用|隔|耗|等|拖|排|是|有|的时间|的时长|多久|几|多少|"
                         r"\b(?:on average|takes?|took|is|was|in (?:days|hours|minutes)|how|for|across)\b).*", re.S)


JOURNEY_SPLIT = re.compile(r"到|至|→|->|\bto\b")



def _step_word_inside_a_step(w: Work) -> list[Mention]:
    """"续签了维保合同" (the step 续签合同), "a signed maintenance contract" (the step "Contract signed"): a word that
    names another step ("维保", "maintenance") said between the words of one step's name only describes that step's
    thing; it names no step of its own."""
    names = {t.id: [n for n in (t.name, t.name_zh, t.name_en) if n] for t in w.catalog.touchpoints}
    out = []
    for x in w.mentions:
        inner = False
        if x.kind in ("touchpoint", "dimension"):
            for y in w.mentions:
                if y.kind != "touchpoint" or y.id == x.id or y.end > x.start:
                    continue
                gap = w.text[y.end:x.start]
                if CJK.match(y.surface) and gap in ("", "了", "的", "了的"):
                    rests = [n[len(y.surface):] for n in names.get(y.id, ()) if n.startswith(y.surface)
                             and len(n) > len(y.surface)]
                    inner = any(r and w.text[x.end:].startswith(r) for r in rests)
                elif not CJK.match(y.surface) and re.fullmatch(r"\s+(?:(?:a|an|the|our)\s+)?", gap):
                    words = {v for n in names.get(y.id, ()) for v in re.findall(r"[a-z]{3,}", n.lower())}
                    after = re.match(r"\s+([a-z]{3,})", w.text[x.end:])
                    inner = after is not None and after.group(1) in words and \
                        any(linker._same_stem(v, y.surface.lower()) or v == y.surface.lower() for v in words) and \
                        after.group(1) not in re.findall(r"[a-z]{3,}", y.surface.lower())
                if inner:
                    break
        if not inner:
            out.append(x)
    return out

LIST_JOINER = re.compile(r"^\s*(?:和|与|及|跟|或|或者|还是|、|,|，|/|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*$", re.I)


def _word_before_a_step_narrows_it(w: Work) -> list[Mention]:
    """"trial classes were booked" where "Class booked" and "Trial class booked" are steps and trial is also an
    order type: a word right before a step that, with the step's name, makes exactly another step's name names
    that step (the value the word also is slices nothing)."""
    def words(s: str) -> frozenset[str]:
        return frozenset(lexicon_en.singular(x) for x in re.findall(r"[a-z]+", s.lower()) if x not in ("a", "the"))
    names = {t.id: words(t.name_en or t.name) for t in w.catalog.touchpoints if re.search(r"[a-z]", (t.name_en or t.name or "").lower())}
    out = list(w.mentions)
    for t in [m for m in w.mentions if m.kind == "touchpoint"]:
        before = [m for m in w.mentions if m.kind == "value" and m.end <= t.start and not w.text[m.end:t.start].strip()]
        for v in before:
            want = names.get(t.id, frozenset()) | words(v.surface)
            hits = [i for i, n in names.items() if n == want and i != t.id]
            if len(hits) == 1:
                out = [m for m in out if m is not t and not (m.start, m.end) == (v.start, v.end)]
                out.append(Mention("touchpoint", hits[0], None, v.start, t.end, w.text[v.start:t.end], t.score))
                break
    return sorted(out, key=lambda m: m.start)


BE_BETWEEN = re.compile(r"\s*(?:(?:was|were|is|are|been|being|be|got|get|gets|getting|have|has|had)\s+)*")


def _stem_en(word: str) -> str:
    """One stem for a verb, its participles and its nouns (cancel, cancelled, cancellation, cancellations → cancel;
    subscription(s) → subscript): enough to tell that two words and a step's name say the same."""
    x = lexicon_en.singular(word.lower())
    for tail in ("ation", "ion", "ment", "ing", "ed", "al"):
        if x.endswith(tail) and len(x) - len(tail) >= 4:
            x = x[:-len(tail)]
            break
    if len(x) > 3 and x[-1] == x[-2]:
        x = x[:-1]  # (cancell → cancel)
    return x.rstrip("e") if len(x) > 4 else x


def _words_of(name: str) -> frozenset[str]:
    return frozenset(_stem_en(x) for x in re.findall(r"[a-z]+", name.lower()))


def _step_named_by_two_words(w: Work) -> list[Mention]:
    """"How many subscriptions were cancelled", "subscription cancellations" where the step is "Subscription cancel"
    and subscription / cancelled are also values (an order type, an order status): two names said one after the other
    (a form of be between them at most) whose words are the very words of one step's name are that step — the values
    together slice rows no table holds (cancelled orders of a subscription type that no order has)."""
    if w.language != "en":
        return w.mentions
    names: dict[str, frozenset[str]] = {}
    for t in w.catalog.touchpoints:
        words = re.findall(r"[a-z]+", (t.name_en or t.name or "").lower())
        if len(words) >= 2:
            names[t.id] = frozenset(_stem_en(x) for x in words)
    out = list(w.mentions)
    spans = sorted({(m.start, m.end) for m in w.mentions})
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        gap = BE_BETWEEN.fullmatch(w.text[b1:a2])
        if gap is None or any(m.kind == "touchpoint" and (m.start, m.end) == (a2, b2) for m in out):
            continue
        if any(m.kind == "touchpoint" and (m.start, m.end) == (a1, b1) and
               (tp := w.catalog.touchpoint(m.id)) is not None and
               _words_of(m.surface) == _words_of(tp.name_en or tp.name or "") for m in out):
            continue  # ("a compensation claim review": the step "Compensation claim" said whole is that step)
        first = {_stem_en(x) for x in re.findall(r"[a-z]+", w.text[a1:b1])}
        second = {_stem_en(x) for x in re.findall(r"[a-z]+", w.text[a2:b2])}
        # (every word of the step's name said, the second name's words all of them the step's, the first name
        # lending at least one: "sake club cancellations" is "Club cancel", not the "Sake club sign-up" sake club names)
        ids = [i for i, n in names.items() if n <= first | second and second <= n and n & first]
        if len(ids) == 1:
            out = [m for m in out if (m.start, m.end) not in ((a1, b1), (a2, b2))]
            out.append(Mention("touchpoint", ids[0], None, a1, b2, w.text[a1:b2], 1.0))
    return sorted(out, key=lambda m: m.start)


def _step_said_as_a_verb_before_its_thing(w: Work) -> list[Mention]:
    """"customers who signed up for the maintenance plan", "renewed their maintenance plan" where the steps are
    "Maintenance plan sign-up" / "Maintenance plan renewal" and the maintenance plan is also a journey (or a value):
    a verb said right before the thing a step's name begins with is that step — the thing alone would count every
    customer of the journey (or answer nothing)."""
    if w.language != "en":
        return w.mentions
    names = {t.id: frozenset(_stem_en(x) for x in re.findall(r"[a-z]+", (t.name_en or t.name or "").lower()))
             for t in w.catalog.touchpoints if re.search(r"[a-z]", (t.name_en or t.name or "").lower())}
    out = list(w.mentions)
    for m in w.mentions:
        if m.kind not in ("journey", "value") or m not in out or \
                any(o.kind == "touchpoint" and (o.start, o.end) == (m.start, m.end) for o in out):
            continue
        clause = re.split(r"[,.;:?!()]", w.text[:m.start])[-1]
        before = list(re.finditer(r"[a-z]+", clause))[-5:]
        thing = {_stem_en(x) for x in re.findall(r"[a-z]+", m.surface.lower())}
        verbs = {_stem_en(x.group(0)) for x in before if x.group(0) not in SPLIT_FILLER}
        # (the thing's words may carry one more, "the annual maintenance plan": the others are the step's own
        # words, every other word of the step's name said as the verb)
        ids = [i for i, n in names.items() if (n - thing) and (n - thing) <= verbs and n & thing and
               len(thing - n) <= 1]
        if len(ids) != 1:
            continue
        rest = names[ids[0]] - thing
        first = next(x for x in before if _stem_en(x.group(0)) in rest)
        a = m.start - len(clause) + first.start()
        if any(o is not m and o.start < m.start and a < o.end for o in out):
            continue  # (a name said between the verb and the thing keeps its own meaning)
        # (the names inside the thing's own name go with it: annual of billing in "the annual maintenance plan")
        out = [o for o in out if not (m.start <= o.start and o.end <= m.end)]
        w.blocked_spans.append((m.start, m.end))
        out.append(Mention("touchpoint", ids[0], None, a, m.end, w.text[a:m.end], INFLECTED - 0.05))
    return sorted(out, key=lambda m: m.start)


WENT_ON_TO = re.compile(r"\b(?:went|go|goes|going|gone|carried|carry)\s+on\s+to\s+([a-z]+)\b|\bended\s+up\s+([a-z]+ing)\b")


def _step_gone_on_to(w: Work) -> list[Mention]:
    """"of those who opened the ticket page, what share went on to pay?" where the step is "Payment": the verb said
    after "went on to" is the step its noun names (pay → payment, book → booking, renew → renewal) — the step the
    people reached next, in a question about going from one step to another."""
    if w.language != "en":
        return w.mentions
    out = list(w.mentions)
    for g in WENT_ON_TO.finditer(w.text):
        verb = g.group(1) or re.sub(r"ing$", "", g.group(2))
        a, b = g.span(1) if g.group(1) else g.span(2)
        if any(m.start < b and a < m.end for m in out):
            continue
        nouns = {verb + "ment", verb + "ion", verb + "ation", verb + "al", verb + "ing", verb.rstrip("e") + "ation",
                 verb.rstrip("e") + "ion", verb.rstrip("e") + "al", verb.rstrip("e") + "ing"}
        named = {t.id: (t.name_en or t.name or "").lower().split() for t in w.catalog.touchpoints}
        # (the step named by the noun alone, "Payment", before one that says more of it, "Payment failed")
        ids = [i for i, n in named.items() if len(n) == 1 and n[0] in nouns] or \
            [i for i, n in named.items() if n and n[0] in nouns and not FAILURE_SAID.search(" ".join(n))]
        if len(ids) == 1:
            out.append(Mention("touchpoint", ids[0], None, a, b, w.text[a:b], INFLECTED - 0.05))
    return sorted(out, key=lambda m: m.start)


GLOSS_OPEN = re.compile(r"\s*[（(]")
EXAMPLES_SAID = re.compile(r"这些|那些|等等|之类|什么的|\b(?:e\.g|eg|such as|like|etc)\b", re.I)


def _word_glossed_by_values(w: Work) -> list[Mention]:
    """"visits that came from phones (iOS and Android)": values of one column in brackets right after a word say
    what the word means here; the word names nothing else (not the Phone hotline step)."""
    out = list(w.mentions)
    for m in w.mentions:
        # (a step's word only: a kind glossed by examples, "清洁用品（清洁剂、抹布这些）", is the kind itself)
        if m.kind != "touchpoint":
            continue
        opened = GLOSS_OPEN.match(w.text, m.end)
        if opened is None:
            continue
        close = re.search(r"[）)]", w.text[opened.end():])
        if close is None:
            continue
        a, b = opened.end(), opened.end() + close.start()
        if EXAMPLES_SAID.search(w.text[a:b]):
            continue
        inside = [x for x in w.mentions if a <= x.start and x.end <= b]
        dims = {x.dim for x in inside if x.kind == "value"}
        if inside and all(x.kind == "value" for x in inside) and len(dims) == 1 and \
                not (m.kind == "value" and m.dim in dims) and not (m.kind == "dimension" and m.id in dims):
            out = [x for x in out if x is not m]
            w.blocked_spans.append((m.start, m.end))
    return out


def _value_the_next_step_cannot_hold(w: Work, only: list[Mention] | None = None) -> list[Mention]:
    """"booked a hall appointment" where hall is a value of submit_channel, a company column only the submission's
    events fill: a value said right before a step whose events never carry its column describes the step (the hall
    the appointment is at), it slices nothing — as a filter it would leave no rows (the profile knows which steps
    fill each column). Values of columns every step carries are untouched."""
    out = list(w.mentions)
    steps = [m for m in w.mentions if m.kind == "touchpoint"]
    for v in [m for m in w.mentions if m.kind == "value" and m.dim and (only is None or m in only)]:
        nxt = next((t for t in steps if t.start >= v.end and not w.text[v.end:t.start].strip()), None)
        if nxt is None or any(o is not v and o.kind == "value" and (o.start, o.end) == (v.start, v.end) for o in out):
            continue
        term = w.catalog.dimension(v.dim)
        if term is None or not term.extra or set(term.slices or ()) - {"events"}:
            continue
        carriers = w.catalog.steps_recording(term.column or v.dim)
        if carriers and nxt.id not in carriers:
            out = [m for m in out if m is not v]
            w.blocked_spans.append((v.start, v.end))
    # ("the no-show rate for hall appointments": a column's word right before a step's name, no grouping word
    # before it, is what the step's records are — the appointments at a hall — no grouping by hall)
    for d in [m for m in out if m.kind == "dimension" and only is None]:
        nxt = next((t for t in steps if t.start > d.end and not w.text[d.end:t.start].strip()), None)
        term = w.catalog.dimension(d.id)
        if nxt is None or term is None or not term.extra or GROUP_BEFORE.search(w.text[:d.start]) or \
                RANKED_BEFORE.search(w.text[:d.start]) or \
                nxt.id not in w.catalog.steps_recording(term.column or d.id) or not d.surface.isascii():
            continue
        out = [m for m in out if m is not d]
        w.blocked_spans.append((d.start, d.end))
    return out


STATUS_BEFORE_ZH = re.compile(r"^(?:已经|已|被)")
STATUS_AFTER_ZH = re.compile(r"(?:的订单|订单|的单|了)$")


def _status_said_of_the_orders(w: Work) -> list[Mention]:
    """"2025年零售订单里，取消的占多少（按订单数）" where 取消 also names the step 取消订阅: with orders counted, a bare
    verb said with 的 ("the cancelled ones") whose written status forms are 已取消 / 被取消 / 取消的订单 is that status of
    the orders, not the step the verb names too (a share of orders over a step no order is at answers nothing)."""
    if not any(m.kind == "metric" and m.id == "orders" for m in w.mentions):
        return w.mentions
    stems: dict[str, set[str]] = {}
    for e in w.catalog.gazetteer:
        if e.kind == "value" and e.dim == "order_status" and CJK.search(e.surface):
            core = STATUS_AFTER_ZH.sub("", STATUS_BEFORE_ZH.sub("", e.surface))
            if core and core != e.surface:
                stems.setdefault(core, set()).add(e.id)
    out = list(w.mentions)
    for core, ids in stems.items():
        for hit in re.finditer(re.escape(core) + "的", w.text):
            a, b = hit.start(), hit.end() - 1
            over = [m for m in out if m.start < b and a < m.end]
            if len(ids) != 1 or any(m.kind != "touchpoint" or (m.start, m.end) != (a, b) for m in over) or \
                    any(x <= a < y for x, y in w.time_spans + w.blocked_spans) or \
                    re.search(r"(?:没有?|未|不|从未|一直没)$", w.text[max(0, a - 4):a]):
                continue  # (said inside another name, read as a value already, or negated: "一直没付款的订单" is
                # read with the step it names, never "not paid" of every status)
            out = [m for m in out if m not in over]
            out.append(Mention("value", next(iter(ids)), "order_status", a, b, core, 1.0))
    return sorted(out, key=lambda m: m.start)


PAST_FORMS = frozenset(f for forms in linker.IRREGULAR.values() for f in forms)


def _noun_before_a_participle(w: Work) -> list[Mention]:
    """"What % of bookings paid in 2025 got cancelled afterwards?": a step's plural noun right before another
    step's past participle is the unit counted, narrowed by that step (the paid bookings); it is no step (nor
    journey) itself."""
    if w.language != "en":
        return w.mentions
    steps = sorted((m for m in w.mentions if m.kind == "touchpoint"), key=lambda m: m.start)
    drop = []
    for m, x in zip(steps, steps[1:]):
        last = m.surface.lower().split()[-1]
        verb = x.surface.lower().split()[0]
        if x.id != m.id and not w.text[m.end:x.start].strip() and last.endswith("s") and not last.endswith("ss") \
                and (verb.endswith("ed") or verb in PAST_FORMS) \
                and not any(o.kind == "touchpoint" and o.start == m.start and o.id != m.id for o in steps):
            drop.append((m.start, m.end))
    return [m for m in w.mentions if not (m.kind in ("touchpoint", "journey") and (m.start, m.end) in drop)]


def _step_listed_with_values(w: Work) -> list[Mention]:
    """"到店送修和寄修哪个收入更多" where 寄修 is a value of 送修方式 and 到店送修 names the drop-off step: a step listed
    beside a value, whose words hold another value of that value's column (到店), is that value — the two are
    the column's groups, not a step and a value."""
    out = list(w.mentions)
    values = [m for m in w.mentions if m.kind == "value" and m.dim]
    for t in [m for m in w.mentions if m.kind == "touchpoint"]:
        if any(x.kind == "value" and x.start < t.end and t.start < x.end for x in w.mentions):
            continue
        for v in values:
            gap = w.text[t.end:v.start] if t.end <= v.start else w.text[v.end:t.start]
            if not LIST_JOINER.match(gap):
                continue
            held = [str(x) for x in w.catalog.dimension_values.get(v.dim, ()) if str(x) != v.id and len(str(x)) >= 2
                    and str(x).lower() in t.surface.lower()]
            if len(held) == 1:
                i = t.surface.lower().index(held[0].lower())
                out = [m for m in out if m is not t] + [
                    Mention("value", held[0], v.dim, t.start + i, t.start + i + len(held[0]), held[0], t.score)]
                break
    return sorted(out, key=lambda m: m.start)


def _grouped_word_no_step(w: Work) -> list[Mention]:
    """"Which shop had the best average app rating" where "shop" names the shop column and a step 到店 (walk-in):
    the word right after which/by/哪个 is what is grouped; it does not also keep the rows of that step."""
    grouped = {(m.start, m.end) for m in w.mentions if m.kind == "dimension"
               and re.search(r"(?:\b(?:which|by|per|each)\s+|按照?|哪个|哪家|哪些|各)$", w.text[:m.start], re.I)}
    return [m for m in w.mentions if not (m.kind == "touchpoint" and (m.start, m.end) in grouped)]


def _verb_of_the_next_step(w: Work) -> list[Mention]:
    """"customers who paid their first box" (the step "First box paid"), where "paid" alone also names the payment
    step and the order status: a one-word step said right before another step whose name holds that word is that
    step's verb, no step or value of its own."""
    names = {t.id: {v for n in (t.name, t.name_en) if n for v in re.findall(r"[a-z]{3,}", n.lower())}
             for t in w.catalog.touchpoints}
    drop = []
    for x in w.mentions:
        if x.kind != "touchpoint" or not re.fullmatch(r"[A-Za-z]{3,}", x.surface):
            continue
        for y in w.mentions:
            if y.kind == "touchpoint" and y.id != x.id and y.start > x.end and \
                    re.fullmatch(r"\s+(?:(?:their|the|a|an|our|his|her|its|my)\s+)?", w.text[x.end:y.start]) and \
                    any(_stem_match(x.surface.lower(), v) for v in names.get(y.id, ())) and \
                    not any(_stem_match(x.surface.lower(), v) for v in re.findall(r"[a-z]{3,}", y.surface.lower())):
                drop.append(x)
                break
    # (with whatever else the word names there: the order status paid)
    spans = {(x.start, x.end) for x in drop}
    return [m for m in w.mentions if (m.start, m.end) not in spans or m.kind not in ("touchpoint", "value")]


def _journey_named_apart(w: Work) -> list[Mention]:
    """"订货小程序的下单流程里，客户在哪一步流失得最多" with a journey called 小程序下单: the journey's Chinese name said in
    two parts with 的 (and a word before either) between them, then a journey word (流程, 漏斗, 旅程, 链路), is that
    journey — the steps its words also name are not asked."""
    if w.language != "zh" or any(m.kind == "journey" for m in w.mentions):
        return w.mentions
    found = []
    for j in w.catalog.journeys:
        name = j.name_zh or j.name or ""
        if not re.fullmatch(r"[\u4e00-\u9fff]{4,}", name):
            continue
        for k in range(2, len(name) - 1):
            rx = re.escape(name[:k]) + r"的(?:[\u4e00-\u9fff]{0,2}?)" + re.escape(name[k:]) + "(?=" + \
                linker.ZH_JOURNEY_WORD.pattern + ")"
            for hit in re.finditer(rx, w.text):
                end = linker.ZH_JOURNEY_WORD.match(w.text, hit.end())
                found.append((hit.start(), end.end() if end else hit.end(), j.id))
    if len({f[2] for f in found}) != 1:
        return w.mentions
    a, b, jid = found[0]
    kept = [m for m in w.mentions if not (m.start < b and a < m.end and m.kind in ("touchpoint", "value"))]
    return sorted(kept + [Mention("journey", jid, None, a, b, w.text[a:b], 0.9)], key=lambda m: m.start)


JOURNEY_MAP_SAID = re.compile(r"旅程地图|旅程图|地图|\bjourney map\b|\bmap\b", re.I)
# a word then a journey noun: "订场流程", "这个订场的流程", "the tee-time booking funnel", "renewal flow"
ZH_WORD_THEN_JOURNEY = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:的)?(?:这条|这个)?(?:旅程|流程|漏斗|链路)")
EN_WORD_THEN_JOURNEY = re.compile(r"\b([a-z][a-z\-]{2,}(?:\s+[a-z][a-z\-]{2,}){0,3})\s+(?:journey|funnel|flow|process)\b", re.I)


def _journey_by_its_own_word(w: Work) -> list[Mention]:
    """"那这个订场流程里，哪一步丢的人最多" with journeys 订场到打完一轮 (tee_booking) and 体验课到课包: a word said right
    before a journey noun (流程, 旅程, 漏斗, funnel, flow) that only one journey's names hold names that journey —
    never a funnel of whichever journey loses the most."""
    if any(m.kind == "journey" for m in w.mentions) or not w.catalog.journeys or JOURNEY_MAP_SAID.search(w.text):
        return w.mentions  # (the journey map asked, "客户旅程地图", "journey map for the whole process", is every journey's)
    keys = {j.id: checks._key_words(j) for j in w.catalog.journeys}
    # (each journey's words no other journey's names hold, found once for every phrase tried)
    own = {jid: {x for x in words if not any(x in o for k, o in keys.items() if k != jid)} for jid, words in keys.items()}
    found = []
    for rx in (ZH_WORD_THEN_JOURNEY, EN_WORD_THEN_JOURNEY):
        for hit in rx.finditer(w.text):
            said = hit.group(1).lower()
            said_en = {re.sub(r"(?<=[a-z]{3})s$", "", t.replace("-", "")) for t in re.findall(r"[a-z][a-z\-]{3,}", said)}
            for jid, words in own.items():
                if any((x in said_en) if x.isascii() else (x in said) for x in words):
                    found.append((hit.start(1), hit.end(), jid))
    if len({f[2] for f in found}) != 1:
        return w.mentions
    a, b, jid = found[0]
    if any(m.kind == "touchpoint" and m.start <= a and b <= m.end for m in w.mentions):
        return w.mentions  # (a step's own name holding the word stays that step)
    kept = [m for m in w.mentions if not (m.start < b and a < m.end and m.kind in ("touchpoint", "value"))]
    return sorted(kept + [Mention("journey", jid, None, a, b, w.text[a:b], 0.85)], key=lambda m: m.start)


def _journey_named_by_its_steps(w: Work) -> list[Mention]:
    """"从值机到登机平均隔了多少分钟" with a journey called 值机到登机: in a from..to clause the journey's name says its
    two steps, each named as the data names a step; the time runs between them, not along the journey."""
    m = FROM_TO.search(w.text)
    if m is None:
        return w.mentions
    out = []
    for x in w.mentions:
        if x.kind != "journey" or not (m.start() <= x.start < m.end()) or not JOURNEY_SPLIT.search(x.surface):
            out.append(x)
            continue
        cut = JOURNEY_SPLIT.search(x.surface)
        parts = [(x.start, x.start + cut.start()), (x.start + cut.end(), x.end)]
        steps = []
        for a, b in parts:
            piece = w.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            word = piece.strip()
            found = {y.id for y in link(word, w.catalog, []) if y.kind == "touchpoint" and y.start == 0 and y.end == len(word)}
            if len(found) != 1:
                break
            steps.append(Mention("touchpoint", found.pop(), None, a + lead, a + lead + len(word), word, 0.9))
        out += steps if len(steps) == 2 else [x]
    return out


def _steps_from_to(w: Work, named: list[str]) -> list[str]:
    """"北苑分馆的预约书，从到书通知到读者把书取走…": with a from..to clause, the time runs between the steps named in
    it; a step named elsewhere (the holds the question is about) is no end of it."""
    m = FROM_TO.search(w.text)
    if m is None or len(named) < 2:
        return named
    a = next(g for g in ("a", "a2", "a3", "a4") if m.group(g) is not None)
    inside = [x.id for x in sorted(w.mentions, key=lambda x: x.start)
              if x.kind == "touchpoint" and x.id in named and m.start() <= x.start < m.end()]
    starts = [x for x in w.mentions if x.kind == "touchpoint" and m.start(a) <= x.start < m.end(a)]
    # the start said in the clause ("从到书通知…"): the steps of the clause; a start said in other words ("from
    # getting the card", the card issued named before) leaves the steps named anywhere
    if not starts:
        return named
    b = next(g for g in ("b", "b2", "b3", "b4") if m.group(g) is not None)
    if not any(m.start(b) <= x.start < m.end(b) for x in w.mentions if x.kind == "touchpoint"):
        # "credit approval … from credit application to approval": the end repeats a word of a step named before
        said = set(re.findall(r"[a-z]{4,}", m.group(b).lower())) | \
            {m.group(b)[i:i + 2] for i in range(len(m.group(b)) - 1) if CJK.match(m.group(b)[i:i + 2])}
        # (or a word of the step's own name: "to its first payment" after "paid" named "Payment handled")
        tps = {t.id: t for t in w.catalog.touchpoints}
        inside += [x.id for x in w.mentions if x.kind == "touchpoint" and x.id in named and x.id not in inside and
                   (said & (set(re.findall(r"[a-z]{4,}", x.surface.lower())) |
                            {x.surface[i:i + 2] for i in range(len(x.surface) - 1)} |
                            set(re.findall(r"[a-z]{4,}", " ".join(n for n in (getattr(tps.get(x.id), "name_en", None),
                                                                              getattr(tps.get(x.id), "name", None))
                                                                   if n).lower())))
                    or (CJK.match(x.surface) and x.surface in m.group(b)))]
    inside = list(dict.fromkeys(inside))
    first = list(dict.fromkeys(x.id for x in starts if x.id in inside))
    ends = [t for t in inside if t not in first]
    if len(first) == 1 and len(ends) >= 2:
        # "从付定金到师傅上门安装": the end said in words that hold two steps' names (师傅上门 of the maintenance
        # visit, 安装 of the install); the end is the one a journey of the start step reaches after it
        later = [t for t in ends if any(t in j.steps and j.steps.index(t) > j.steps.index(first[0])
                                        for j in w.catalog.journeys_with(first[0]))]
        if len(later) == 1:
            return first + later
    return inside





def _people_word_without_a_journey(w: Work) -> None:
    """"How many visitors checked in at the expo?" where "visitors" names the funnel's people reached but no journey
    or step is named, and several journeys could be meant: the people who did it (active customers), no journey
    to ask about."""
    if w.metric_id != "users_reached" or w.journey_id or len(w.catalog.journeys) < 2 or \
            w.catalog.metric("active_customers") is None:
        return
    if w.touchpoint_ids and len(build.journeys_for(w.catalog, w.touchpoint_ids)) <= 1:
        return
    said = [m for m in w.mentions if m.kind == "metric" and m.id == "users_reached"]
    if said and all(m.surface.lower() in resolve.PEOPLE_WORDS or re.sub(r"s$", "", m.surface.lower()) in
                    resolve.PEOPLE_WORDS or m.surface in lexicon_zh.PEOPLE for m in said):
        w.metric_id = "active_customers"

REFUND_COLUMN = re.compile(r"(?:^|_)refund(?:ed)?_(?:amount|amt|value|money)$|^退款金额$")


def _refunds_as_recorded(w: Work) -> None:
    """"一共退出去多少钱", "how much did we refund" where the company records what was paid back in a column of its own
    (refund_amount on the refund events): the money refunded is that column's total, which partial refunds make
    smaller than the amount of the refunded orders; said in the assumptions."""
    if w.metric_id != "refund_amount" or w.filters.get("order_status"):
        return
    cols = [t.id for t in w.catalog.metrics if t.id.startswith("sum_") and REFUND_COLUMN.search(t.id[4:])]
    if len(cols) != 1:
        return
    w.metric_id = cols[0]
    term = w.catalog.metric(cols[0])
    w.notes.append(("refunds_as_recorded", {"column": cols[0][4:],
                                            "table": _lex(w.language).MSG.get("table_" + (term.table or ""), term.table or "")}))

def _from_to_ends_only(w: Work) -> None:
    """"converts from first inquiry to a signed maintenance contract" where "maintenance" also names a step: the
    clause's first step and its last are the ends, a journey holds them in that order and none holds every step
    named; the other steps said inside the clause only describe an end (no slice, no journey of their own)."""
    m = FROM_TO.search(w.text)
    ids = list(dict.fromkeys(w.touchpoint_ids))
    if m is None or len(ids) < 3 or any(set(ids) <= set(j.steps) for j in w.catalog.journeys):
        return
    inside = sorted((x for x in w.mentions if x.kind == "touchpoint" and m.start() <= x.start < m.end()),
                    key=lambda x: x.start)
    if len({x.id for x in inside}) < 3:
        return
    a, b = inside[0].id, inside[-1].id
    if not any(a in j.steps and b in j.steps and j.steps.index(a) < j.steps.index(b) for j in w.catalog.journeys):
        return
    dropped = {x.id for x in inside} - {a, b}
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in dropped]
    w.mentions = [x for x in w.mentions if not (x.kind == "touchpoint" and x.id in dropped)]

UNTIL_END = re.compile(r"\b(?:until|till)\s+([^,?.;!]{3,40})|"
                       # ("how many days on average did it take us to close them": the end said as what was done)
                       r"\b(?:take|took|takes|taking)\s+(?:us|them|you|we|the team|our team)?\s*to\s+([^,?.;!]{3,40})")


def _end_by_a_named_steps_head(w: Work, tp: str, term: str) -> str | None:
    """"做核磁共振，从预约缴费到真正做上检查": the end of a time said by the head of the one other step the question names
    already (检查 of 影像检查, named as 做核磁) is that step."""
    others = {x.id for x in w.mentions if x.kind == "touchpoint" and x.id != tp}
    hits = {t for t in others if (step := w.catalog.touchpoint(t)) is not None
            and any(name[-k:] in term for name in (step.name_zh, step.name) if name and CJK.search(name)
                    for k in range(2, len(name) + 1))}
    return hits.pop() if len(hits) == 1 else None


def _end_said(w: Work, tp: str) -> tuple[int, str, str] | None:
    """Where the words that end a time start, those words, and their term without a step's tail ("到真正做上检查" →
    检查), when the step named starts the time: by a from … to, or by "until"/"take them to" alone."""
    m = FROM_TO.search(w.text)
    at = next((x for x in w.mentions if x.kind == "touchpoint" and x.id == tp), None)
    until = UNTIL_END.search(w.text) if m is None else None
    if at is None or (m is None and until is None):
        return None
    if m is None:
        # ("for exit requests submitted in 2025, the median number of days until the owner got a decision": the end
        # said after "until" alone)
        g = 1 if until.group(1) is not None else 2
        a_end, b_start, b_text = at.end, until.start(g), until.group(g)
    else:
        a = next(g for g in ("a", "a2", "a3", "a4") if m.group(g) is not None)
        b = next(g for g in ("b", "b2", "b3", "b4") if m.group(g) is not None)
        a_end, b_start, b_text = m.end(a), m.start(b), m.group(b) or ""
    if at.start >= a_end:  # the step named ends the time: it starts where the cases start
        return None
    return b_start, b_text, END_OF_STEP.sub("", b_text).strip(" 的了") or b_text.strip()


def _other_end_unnamed(w: Work, tp: str) -> bool:
    """"从签约到入住平均隔了几天" with 入住 no step of the data: the step named is where the time starts, and the end
    is unknown — said (unsupported, naming the words), never timed to some other step."""
    if (said := _end_said(w, tp)) is None:
        return False
    b_start, b_text, term = said
    b_end = b_start + len(b_text)
    # (a value naming the end is the step it records, "到退款": but "getting the bike" is no bike step)
    if not term or any(b_start <= x.start < b_end and (x.kind == "touchpoint" or 2 * (x.end - x.start) >= len(term))
                       for x in w.mentions if x.kind in ("touchpoint", "value")):
        return False
    if _end_by_a_named_steps_head(w, tp, term):
        return False
    w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": term}
    return True


ACQUIRED = re.compile(r"渠道(?:过)?来的|(?:从|通过)(?:哪个|什么|哪些)渠道(?:来|进来|注册|获取|获客)|渠道(?:获取|获客|引流)|"
                      r"\b(?:acquired|came in|came|signed up|joined|found us|brought in)\s+(?:from|through|via|by)\b|"
                      r"\bchannel (?:they|customers|users|people) (?:came|were acquired|signed up)")


def _acquired_through(w: Work) -> None:
    """"哪个渠道来的客户转化最好", "customers who came in through which channel": the channel a customer was won
    through (acquisition_channel), not the channel each event happened on."""
    if w.dimension == "channel" and ACQUIRED.search(w.text) and w.catalog.dimension_values.get("acquisition_channel"):
        w.dimension = "acquisition_channel"


def _clock_unit(w: Work) -> None:
    """"the average number of hours", "多少个小时": the unit a time is asked in, no hour-of-day grouping, unless a
    clock grouping is said outright ("by hour", "每小时")."""
    if w.dimension not in build.CLOCK_DIMS or CLOCK_GROUPING.search(w.text):
        return
    said = [m for m in w.mentions if m.kind == "dimension" and m.id == w.dimension]
    if said and all(re.fullmatch(r"(?:hours|minutes|days|weeks|months)|小时|分钟|钟头", m.surface.lower()) for m in said) \
            and TIME_BETWEEN.search(w.text):
        w.dimension = None
        if w.intent == "breakdown":
            w.intent = "metric_value"


def _column_of_another_step(w: Work) -> None:
    """"which kind of user report takes longest to review" averages review_hours, which the moderator's review events
    carry, not the report's: the step named says what is measured, it does not select the rows (said)."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if w.touchpoint_ids and build.column_elsewhere(w, term) and term is not None and \
            any(n[0] == "fuzzy" and n[1].get("id") == w.metric_id for n in w.notes):
        # ("the average value of the proposals we sent out" where 'value' was guessed as contract_value and the
        # proposal step carries quote_amount: the one money column of the step named, same statistic)
        prefix = next((p for p in ("sum_", AVG_PREFIX, "median_") if w.metric_id.startswith(p)), None)
        cols = step_money_columns(w)
        if prefix and len(cols) == 1 and w.catalog.metric(prefix + cols[0]) is not None:
            w.notes = [n for n in w.notes if not (n[0] == "fuzzy" and n[1].get("id") == w.metric_id)]
            w.metric_id = prefix + cols[0]
            w.notes.append(("fuzzy", {"surface": next((m.surface for m in w.mentions if m.kind == "metric"), cols[0]),
                                      "id": w.metric_id, "kind": "metric"}))
            return
    if w.touchpoint_ids and build.column_elsewhere(w, term):
        zh = w.language == "zh"
        names = [(t.name_zh if zh else t.name_en) or t.name for tp in w.touchpoint_ids if (t := w.catalog.touchpoint(tp))]
        w.notes.append(("column_elsewhere", {"steps": "、".join(names) if zh else ", ".join(names),
                                             "column": term.column}))  # type: ignore[union-attr]
        w.touchpoint_ids = []


# words that ask for a funnel itself, not a time along it
FUNNEL_SAID = re.compile(r"funnel|漏斗|转化|conversion|drop|流失")


def _journey_duration(w: Work, term: Any, other_column: bool) -> None:
    """"下单到送达平均多少分钟" with a journey called 下单到送达 and no step named: the time the journey takes, from its
    first step to its last (the mean when an average is said, else the median), not a count of its rows."""
    jm = [m for m in w.mentions if m.kind == "journey" and m.id == w.journey_id]
    funnel_unsaid = w.intent == "funnel" and not FUNNEL_SAID.search(w.text)
    if not jm or w.touchpoint_ids or w.ratio is not None or other_column or not funnel_unsaid and \
            w.intent not in ("metric_value", "compare_periods", "breakdown", "trend", "compare_groups", "") or \
            not TIME_BETWEEN.search(FEW_DAYS.sub(" ", w.text)) or w.catalog.metric("median_time_to_convert") is None:
        return
    if term is not None and not (term.unit == "count" and (MEAN_SAID.search(w.text) or MEDIAN_SAID.search(w.text)
                                                           or re.search(r"多少(?:分钟|小时|天)|how many (?:minutes|hours|days)", w.text))):
        return
    w.metric_id = "mean_time_to_convert" if MEAN_SAID.search(w.text) and not MEDIAN_OUTRIGHT.search(w.text) \
        else "median_time_to_convert"
    if w.intent in ("", "breakdown", "funnel") and not w.dimension:
        w.intent = "metric_value"


# a time asked in Chinese ("平均多少个小时才响应", "一般几天送达")
DURATION_ASKED_ZH = re.compile(r"(?:多少|几)个?(?:小时|钟头|天|分钟|周)|多久|多长时间")
# the unit words of a company's duration column (response_hours, days_to_pay, wait_minutes)
DURATION_UNITS = frozenset({"hours", "hour", "hrs", "hr", "h", "days", "day", "minutes", "minute", "mins", "min",
                            "weeks", "week", "seconds", "secs", "sec", "to", "in", "time"})


def _duration_column_by_its_verb(w: Work) -> None:
    """"技术服务工单，平均多少个小时才响应？" where the service step carries response_hours: a Chinese verb of the
    question whose dictionary senses are the other word of exactly one duration column ("响应": respond → response)
    names that column's average (its median when a median is asked) — as "how many hours … to respond" does in
    English (a guess, said)."""
    if w.language != "zh" or not DURATION_ASKED_ZH.search(w.text) or \
            w.metric_id not in (None, "median_time_to_convert", "mean_time_to_convert", *intent.PEOPLE_METRICS):
        return
    from assistant.planner import glosses
    import jieba
    cols = {}
    for m in w.catalog.metrics:
        words = [x for x in re.split(r"[_\s\-]+", (m.column or "").lower()) if x]
        if m.id == f"avg_{m.column}" and len(words) >= 2 and set(words) & DURATION_UNITS:
            cols[str(m.column)] = {x for x in words if x not in DURATION_UNITS and len(x) >= 4}
    if not cols:
        return
    senses = {x for tok in jieba.lcut(w.text) if len(tok) >= 2 and CJK.match(tok) and
              not coverage._covered(w, *(lambda i: (i, i + len(tok)))(w.text.find(tok)))
              for x in glosses.gloss_words(tok) if len(x) >= 4}

    def said(word: str) -> bool:
        # (one word in two forms, respond / response: five letters or more in common — "later" is no "late")
        return any(len(os.path.commonprefix([word, x])) >= 5 or word == x for x in senses)
    hits = [c for c, words in cols.items() if words and all(said(x) for x in words)]
    if len(hits) != 1:
        return
    median = bool(MEDIAN_OUTRIGHT.search(w.text)) and w.catalog.metric(f"median_{hits[0]}") is not None
    w.metric_id = f"median_{hits[0]}" if median else f"avg_{hits[0]}"
    w.journey_id = None
    w.notes.append(("fuzzy", {"surface": hits[0], "id": w.metric_id, "kind": "metric"}))


def _time_between_steps(w: Work) -> None:
    """"What's the median time in minutes from ER registration to triage?", "从登记到第一次上抗生素，平均要多少小时",
    "补液一般在登记后多久开始": the time from one step to a later one of a journey (the journey's first step when
    one step is named) — each customer's first time at the first step in the period, then their first time at the
    other at or after it, whatever steps lie between and with no conversion window (a journey pair, see
    knowledge.analyses.journey_common.PAIR). The mean when an average is asked, else the median (said)."""
    # "从提交到客服回电，中位数要多少小时": from one step to another reads as a funnel, but a time is asked
    funnel_unsaid = w.intent == "funnel" and not FUNNEL_SAID.search(w.text)
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    # a company's duration column read off "in hours" (repair_hours) that the steps named do not carry is no
    # answer to the time between them
    other_column = term is not None and bool(term.column) and build.column_elsewhere(w, term)
    # ("冷链包裹平均在途多少小时" of transit_hours, said by its own word 在途 beside the dispatch step): a column named by
    # a word of its own, not by a time or a unit, is the measure asked wherever its step is
    named_itself = term is not None and bool(term.column) and any(
        m.kind == "metric" and m.id == term.id and not TIME_WORD.search(m.surface) and
        not UNIT_ONLY.fullmatch(m.surface.strip()) for m in w.mentions)
    if named_itself and w.intent in ("metric_value", "compare_periods", "breakdown", "trend", "compare_groups") and \
            len(set(w.touchpoint_ids)) == 1 and not FROM_TO.search(w.text):
        return
    # ("median turnaround, pickup to delivery, for express orders": the rows' noun is no count asked when an
    # average or median of a time between two named steps is)
    slower = _time_threshold(w)
    rows_noun = term is not None and term.unit == "count" and len(set(w.touchpoint_ids)) == 2 and \
        bool(MEAN_SAID.search(w.text) or MEDIAN_OUTRIGHT.search(w.text) or slower)
    _journey_duration(w, term, other_column)
    if w.intent not in ("metric_value", "compare_periods", "breakdown", "trend", "compare_groups", "") and \
            not funnel_unsaid or w.ratio is not None or (not other_column and not rows_noun and
            w.metric_id not in (None, "median_time_to_convert", "mean_time_to_convert", *intent.PEOPLE_METRICS)) or \
            not (TIME_BETWEEN.search(FEW_DAYS.sub(" ", w.text)) or (slower and len(set(w.touchpoint_ids)) >= 2)) or \
            not (1 <= len(set(w.touchpoint_ids)) <= 2 + bool(slower) or
                 len(_steps_from_to(w, list(dict.fromkeys(w.touchpoint_ids)))) == 2) or \
            w.catalog.metric("median_time_to_convert") is None:
        return
    if len(set(w.touchpoint_ids)) > 2 and len(_steps_from_to(w, list(dict.fromkeys(w.touchpoint_ids)))) != 2:
        return  # ("上门取件单里，从预约到签收超过3天": a third step named outside the from..to is what the cases are)
    from knowledge.analyses.journey_common import ANY_JOURNEY, pair_id
    named = _steps_from_to(w, list(dict.fromkeys(w.touchpoint_ids)))
    if len(named) == 1 and (said := _end_said(w, named[0])) and \
            (end := _end_by_a_named_steps_head(w, named[0], said[2])):
        named = [named[0], end]
    if len(named) == 1:
        named = _step_of_value_named(w, named)
    # one step named: from the start of a journey that starts where no other journey has a later step (the
    # ticket is opened before it is taken in charge), then the one with the longest way to the step
    later = {tp for j in w.catalog.journeys for tp in j.steps[1:]}
    holding = sorted((j for j in w.catalog.journeys
                      if set(named) <= set(j.steps) and (len(named) == 2 or j.steps.index(named[0]) > 0)),
                     key=lambda j: (j.steps[0] in later, -j.steps.index(named[-1])))
    pair = next(((j.id, *(sorted(named, key=j.steps.index) if len(named) == 2 else (j.steps[0], named[0])))
                 for j in holding), None)
    if pair is None and len(named) == 2:
        pair = (ANY_JOURNEY, *named)  # in the order asked: "from A to B"
    if len(named) == 1 and _other_end_unnamed(w, named[0]):
        return
    # one step that no journey holds after its start: from where every journey starts (a process log's
    # registration), when they all start at the same step
    starts = {j.steps[0] for j in w.catalog.journeys if j.steps}
    if pair is None and len(named) == 1 and len(starts) == 1 and named[0] not in starts:
        pair = (ANY_JOURNEY, next(iter(starts)), named[0])
    if pair is None:
        return
    base, a, b = pair
    if w.dimension in build.CLOCK_DIMS and not CLOCK_GROUPING.search(w.text):
        w.dimension = None  # "the median number of hours": the unit of the time asked, no hour of day
    # "一般要排多久？…平均多少天": a median said outright wins; a loose "usually" yields to an average said outright
    mean = MEAN_SAID.search(w.text) is not None and MEDIAN_OUTRIGHT.search(w.text) is None and \
        (MEDIAN_SAID.search(w.text) is None or MEDIAN_SAID.search(w.text).start() < MEAN_SAID.search(w.text).start())
    metric = "mean_time_to_convert" if mean and w.catalog.metric("mean_time_to_convert") else "median_time_to_convert"
    over = None
    if slower and w.catalog.metric("slower_share") is not None:
        # "took more than 7 days from dispatch to closure", "从上传到评估超过7天的占多大比例": the cases over the
        # threshold, counted or as a share of those who got to the second step
        over, _span = slower
        shared = intent.share_asked(w.text) or intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)
        metric = "slower_share" if shared else "slower_count"
        # ("more than 2 days (over 48h)", "超过3天（72小时）": the same threshold said twice)
        w.blocked_spans += [m.span() for m in SLOWER_THAN.finditer(w.text)]
    w.metric_id, w.touchpoint_ids, w.journey_id = metric, [], pair_id(base, a, b, over)
    _steps_own_values(w, (a, b))
    if w.intent == "compare_groups" and not w.dimension:
        w.intent = "metric_value"
    if w.intent in ("breakdown", "", "funnel") and not w.dimension:
        w.intent = "metric_value"
    elif w.intent == "funnel":
        w.intent = "breakdown"
    zh = w.language == "zh"
    tp_name = {t.id: ((t.name_zh if zh else t.name_en) or t.name) for t in w.catalog.touchpoints}
    w.notes.append(("step_pair", {"a": tp_name.get(a, a), "b": tp_name.get(b, b)}))
    if over is not None:
        limit = SLOWER_THAN.search(w.text)
        w.notes.append(("slower_than", {"a": tp_name.get(a, a), "b": tp_name.get(b, b), "seconds": over,
                                        "limit": re.sub(r"^(?:more than|over|longer than|at least|in excess of|"
                                                        r"upwards of|beyond|超过|多于|大于|长于|超出|逾|>)\s*", "",
                                                        limit.group(0)) if limit else f"{over:g} s"}))


TIME_UNIT_S = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "h": 3600, "day": 86400,
               "d": 86400,
               "week": 604800, "秒": 1, "分钟": 60, "分": 60, "小时": 3600, "个小时": 3600, "钟头": 3600, "天": 86400,
               "日": 86400, "周": 604800, "星期": 604800, "个星期": 604800}
SLOWER_THAN = re.compile(
    r"\b(?:more than|over|longer than|at least|in excess of|upwards of|beyond|>)\s*(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\b|"
    r"(?:超过|多于|大于|长于|超出|逾|>)\s*(?P<n2>\d+(?:\.\d+)?)\s*(?P<u2>秒|分钟|个小时|小时|钟头|天|日|个星期|星期|周)|"
    r"(?P<n3>\d+(?:\.\d+)?)\s*(?P<u3>秒|分钟|个小时|小时|钟头|天|日|个星期|星期|周)(?:以上|及以上|还没|多)")


def _time_threshold(w: Work) -> tuple[float, tuple[int, int]] | None:
    """"more than 7 days", "超过48小时", "3天以上": a threshold on a time (seconds) and where it was said."""
    m = SLOWER_THAN.search(w.text)
    if m is None or any(re.match(r"^[<>]=?\s*\d", str(v)) for vals in w.filters.values() for v in vals) or \
            any(a < m.end() and m.start() < b for a, b in [*w.blocked_spans, *((x.start, x.end) for x in w.mentions)]):
        return None  # "calls that lasted more than 10 minutes": a duration column took it
    n = m.group("n") or m.group("n2") or m.group("n3")
    unit = (m.group("u") or m.group("u2") or m.group("u3") or "").lower()
    unit = unit[:-1] if unit.endswith("s") and unit[:-1] in TIME_UNIT_S else unit
    return (float(n) * TIME_UNIT_S[unit], m.span()) if unit in TIME_UNIT_S else None


# "平均每张工单有几个处理事件", "人均下单几次", "how many orders per customer on average": a count over the people
# (cases) it happened to, not the count itself
UNITS_EN = r"ticket|case|application|claim|" + lexicon_en.PERSON_RX[3:-1]  # (the cases, and every people word)
PER_UNIT = re.compile(
    r"人均|平均每(?:一)?(?:个|位|名|张|份|户|家|人|单)|每(?:个|位|名|张|户|家)[\u4e00-\u9fff]{0,4}?平均|"
    rf"\bper (?:[a-z\-]+ )?(?:{UNITS_EN})\b|\b(?:each|every|an? (?:average|typical)|the (?:average|typical)) "
    rf"(?:[a-z\-]+ )?(?:{UNITS_EN})\b")
# "how many events does a ticket have on average": one of them, with an average said
ONE_UNIT = re.compile(rf"\b(?:an?|one) (?:[a-z\-]+ )?(?:{UNITS_EN}) (?:has|have|had|gets?|got|goes|go|went|makes?|made|places?|placed|"
                      rf"records?|sees?|takes?|took|does|did|generates?|logs?)\b")
PER_OTHER = re.compile(r"平均每(?:单|笔|天|日|周|月|次)|\bper (?:order|day|week|month|visit|session|trip)\b|日均|月均|周均")
COUNT_ASKED = re.compile(r"几(?:次|个|趟|单|笔|条|回|件|步|张|通|起|份|节|场|堂|局)|"
                         r"多少(?:次|个|趟|单|笔|条|回|件|步|张|通|起|份|节|场|堂|局)|\bhow many\b|"
                         r"\b(?:average|mean) number of\b|\bnumber of\b")
# ("paid orders", "paying customers": which orders or people, no money asked)
MONEY_SAID = re.compile(r"多少钱|金额|消费|花了|花费|收入|营收|客单|\$|元|\b(?:spend|spent|revenue|amount|money|value)\b|"
                        r"\bpaid\b(?!\s+(?:orders?|bookings?|purchases?|ones?|rentals?|tickets?|invoices?|bills?)\b)")
ORDERS_SAID = re.compile(r"订单|下单|下了?几单|几单|多少单|购买几次|\b(?:orders?|purchases?|bought|bookings?)\b")
COUNTED = ("events", "orders", "active_customers", "users_reached", "buyers", "sessions")


def _per_unit_average(w: Work) -> None:
    """A count per person or case ("平均每个病人记录了多少个事件", "买过东西的用户，平均每人买了几次", "orders per
    customer"): the count over the people it counts (the defined-ratio analysis, said as numerator / denominator):
    orders over buyers; events at a named step over the people at it; all events over the active customers.
    Per order, per day and money per person are other questions (items per order, daily averages, ARPU)."""
    if w.ratio is not None or w.status != "ok" or w.intent not in (
            "metric_value", "compare_periods", "breakdown", "trend", "compare_groups", "") or \
            w.metric_id not in (None, *COUNTED) or PER_OTHER.search(w.text) or \
            not (PER_UNIT.search(w.text) or ONE_UNIT.search(w.text) and MEAN_SAID.search(w.text)) or \
            not COUNT_ASKED.search(w.text) or MONEY_SAID.search(w.text) or \
            TIME_BETWEEN.search(FEW_DAYS.sub(" ", w.text)) or len(set(w.touchpoint_ids)) > 1:
        return
    zh = w.language == "zh"
    purchase_step = all((t := w.catalog.touchpoint(tp)) is not None and t.stage == "purchase" for tp in w.touchpoint_ids)
    if purchase_step and (w.metric_id in ("orders", "buyers") or ORDERS_SAID.search(w.text)) and \
            w.catalog.metric("orders") and w.catalog.metric("buyers"):
        # buyers are customers with a paid order: their paid orders over them (any order when no status is kept)
        paid = {"order_status": ["paid"]} if "paid" in (w.catalog.dimension_values.get("order_status") or ()) else {}
        num, den = ratio_def.Side("orders", paid), ratio_def.Side("buyers")
        name = "人均订单数" if zh else "orders per buyer"
    elif w.metric_id == "sessions" and w.catalog.metric("active_customers"):
        # a log whose sessions are its cases: "how many tickets does each caller raise" is tickets per caller
        at = {"touchpoint": list(w.touchpoint_ids[:1])} if w.touchpoint_ids else {}
        num, den = ratio_def.Side("sessions", at), ratio_def.Side("active_customers", at)
        name = "人均会话（单）数" if zh else "sessions (cases) per customer"
    elif w.catalog.metric("events") and w.catalog.metric("active_customers"):
        at = {"touchpoint": list(w.touchpoint_ids[:1])} if w.touchpoint_ids else {}
        # ("按成功开门进仓的记录算": the outcome said picks the events counted, not the people counted)
        did = {"action": list(w.filters["action"])} if w.filters.get("action") else {}
        num, den = ratio_def.Side("events", {**at, **did}), ratio_def.Side("active_customers", at)
        name = ("人均次数" if at else "人均事件数") if zh else ("times per customer" if at else "events per customer")
    else:
        return
    w.ratio = ratio_def.RatioDef(name, num, den)
    w.touchpoint_ids, w.metric_id = [], None
    if w.intent == "":
        w.intent = "metric_value"


# "人均花了多少", "average spend per paying customer", "平均每人付了多少运费": money over the people who paid it
# (per person: "the average ticket" is an order's amount, the AOV)
_PERSON_EN = lexicon_en.PERSON_RX
PER_PERSON = re.compile(r"人均|平均每(?:一)?(?:个|位|名)?(?:人|客户|用户|顾客|会员|家庭|户|位客人)|每(?:个|位|名)?(?:人|客户|用户)平均|"
                        # "平均每家花了多少钱", "平均每家下过单的修理厂采购了多少钱": per customer household or business
                        r"平均每(?:一)?家(?=[\u4e00-\u9fff]{0,10}?(?:花|消费|采购|买了|付了|贡献))|"
                        # ("每个付过钱的客户平均花了多少": who they are said between 每个 and the people word)
                        rf"(?:平均)?每(?:一)?(?:个|位|名)[\u4e00-\u9fff]{{0,5}}?(?:{_PEOPLE_ZH})(?:平均)?|"
                        rf"\bper (?:[a-z\-]+ )?{_PERSON_EN}\b|\b(?:an?|the) (?:average|typical) (?:[a-z\-]+ )?{_PERSON_EN}\b|"
                        # "how much did each paying client spend on average"
                        # ("what did a paying member spend on average": one person of them, averaged)
                        rf"\b(?:each|every|an?) (?:[a-z\-]+ )?{_PERSON_EN}\b(?=[^.?!]*\baverage\b)|"
                        rf"\baverage\b[^.?!]*\b(?:each|every) (?:[a-z\-]+ )?{_PERSON_EN}\b")
MONEY_SPENT = re.compile(r"消费|花了|花费|多少钱|\b(?:spend|spent|spending)\b")
SPEND_SAID = re.compile(r"消费|花了|花费|花多少|付了多少|付了?多少钱|一共花|贡献|多少钱|运费|\b(?:spend|spent|spending|pay|paid)\b")


def _money_per_buyer(w: Work) -> None:
    """"What's the average spend per paying customer", "付过运费的客户，人均一共花了多少运费": the paid amount over the
    customers who paid (revenue / buyers, said as the two), not the average order (AOV) or the number of buyers.
    Per order is the AOV; "平均每单" stays there."""
    if w.ratio is not None or w.status != "ok" or w.intent not in ("metric_value", "compare_periods", "breakdown",
                                                                    "trend", "compare_groups", "") or \
            w.metric_id not in (None, "revenue", "aov", "buyers", "amount_all_statuses") and not (
                w.metric_id in ("orders", "active_customers", "customer_count") and MONEY_SPENT.search(w.text)) or \
            PER_OTHER.search(w.text) or \
            not PER_PERSON.search(w.text) or not SPEND_SAID.search(w.text) or COUNT_ASKED.search(w.text) or \
            w.catalog.metric("revenue") is None or w.catalog.metric("buyers") is None:
        return
    # ("付过运费的客户": a purchase step says who the payers are; any other step is another question)
    if not all((t := w.catalog.touchpoint(tp)) is not None and t.stage == "purchase" for tp in w.touchpoint_ids):
        return
    w.touchpoint_ids = []
    zh = w.language == "zh"
    w.ratio = ratio_def.RatioDef("人均消费" if zh else "spend per paying customer", ratio_def.Side("revenue"),
                                 ratio_def.Side("buyers"))
    w.metric_id = None
    w.filters.pop("order_status", None)  # both sides count paid orders already
    if w.intent == "":
        w.intent = "metric_value"


# "how much did customers in Shenzhen spend on food", "深圳的客人花了多少钱": the money itself, asked of people
HOW_MUCH_SPENT = re.compile(r"\bhow much\b[^?.!]{0,60}\b(?:spend|spent|pay|paid)\b|花了多少钱|花了多少|消费了多少|付了多少钱")


def _money_spent_by_people(w: Work) -> None:
    """"How much did customers based in Shenzhen spend on food & drinks": the amount they paid (revenue of their
    orders), not the number of them. The people word says whose orders; per person is _money_per_buyer's."""
    if w.ratio is not None or w.status != "ok" or w.metric_id not in (*intent.PEOPLE_METRICS, "customer_count") or \
            not HOW_MUCH_SPENT.search(w.text) or PER_PERSON.search(w.text) or COUNT_ASKED.search(w.text) or \
            w.catalog.metric("revenue") is None or any(m.kind == "metric" and m.id == w.metric_id and
                                                       not coverage.is_people_word(m.surface) for m in w.mentions):
        return
    if not all((t := w.catalog.touchpoint(tp)) is not None and t.stage == "purchase" for tp in w.touchpoint_ids):
        return
    w.metric_id, w.touchpoint_ids = "revenue", []


# "two or more paid orders", "more than once", "买过两次及以上", "2笔及以上", "不止一次": a customer's own count of
# orders in the period, not a window after a first order
REPEAT_SAID = re.compile(
    r"\b(?:two|2) or more\b(?: [a-z-]+){0,3} (?:orders|purchases|bookings|transactions|times|payments)\b|"
    r"\bmore than once\b|\bat least (?:twice|(?:two|2)(?: [a-z-]+){0,3} (?:orders|purchases|bookings|times))\b|"
    r"\b(?:2|two)\+ (?:orders|purchases)\b|\bmultiple (?:orders|purchases)\b|"
    r"(?:两|二|2)(?:次|笔|单|回)(?:或|及|和)?以上|至少(?:两|二|2)(?:次|笔|单|回)|不止一次|多于一次|超过一次")
REPEAT_WINDOW = re.compile(r"\d+\s*(?:天|日)内|within\s+\d+\s+days?|\d+[- ]day|(?:首|第一)(?:单|次购买|笔)后|after (?:their|the) first")


def _repeat_buyers(w: Work) -> None:
    """Customers with two or more paid orders in the period, said by their definition: the share of buyers
    (repeat_buyer_rate) or their number (repeat_buyers). A window after the first order ("30天内复购") is the
    cohort repurchase rate instead, and stays with the retention analysis."""
    if w.ratio is not None or REPEAT_WINDOW.search(w.text) or \
            w.catalog.metric("repeat_buyer_rate") is None:
        return
    # "还车两次及以上": a step reached twice (its events), not orders placed twice
    at_step = any((t := w.catalog.touchpoint(tp)) is not None and t.stage != "purchase" for tp in w.touchpoint_ids)
    said = REPEAT_SAID.search(w.text)
    if said is None or w.intent not in ("metric_value", "compare_periods", "breakdown", "trend", "compare_groups",
                                        "retention", ""):
        return
    rate = w.metric_id in ("repurchase_rate", "repeat_buyer_rate") or intent.share_asked(w.text) or \
        intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)
    if at_step:
        if len(set(w.touchpoint_ids)) != 1 or w.catalog.metric("repeat_event_rate") is None:
            return
        w.metric_id = "repeat_event_rate" if rate else "repeat_event_customers"
    else:
        w.metric_id = "repeat_buyer_rate" if rate else "repeat_buyers"
        w.touchpoint_ids = []  # "paid orders" names the orders counted, not a step
    w.blocked_spans.append(said.span())
    if w.intent in ("retention", ""):
        w.intent = "breakdown" if w.dimension and w.dimension not in TIME_GRAINS else "metric_value"


ARROW = re.compile(r"\s*(?:→|->|➡|=>|⇒|－>|—>)\s*")
CHAIN = re.compile(r"[^,，。；;:：()（）「」【】?？]+?(?:(?:→|->|➡|=>|⇒|－>|—>)[^,，。；;:：()（）「」【】?？]+?)+(?=[,，。；;:：()（）「」【】?？]|$)")
CONVERSION_ASKED = re.compile(r"转化|比例|占比|多少比|走完|占多少|占了多少|占几成|几成|\b(?:conversion|convert\w*|share|rate|percent\w*|fraction|proportion|"
                              r"made it|make it|completion)\b|%")


def _chain_links_by_part_of_a_name(w: Work, a0: int, b0: int) -> None:
    """"按“线索→拜访→送样→试用→报价→签约”这个漏斗": a link of a chain the linker left alone names a step by a part of
    its name (线索 of 线索登记, 试用 of 试用反馈) when exactly one step of the journey the other links are on holds
    those words — a chain of steps is the context that makes a short word a step's."""
    arrows = list(ARROW.finditer(w.text, a0, b0))
    cuts = [a0, *(x for a in arrows for x in (a.start(), a.end())), b0]
    linked = [m for m in w.mentions if m.kind == "touchpoint" and a0 <= m.start < b0]
    journeys = [j for j in w.catalog.journeys if any(m.id in j.steps for m in linked)]
    if not arrows or not journeys:
        return
    for lo, hi in zip(cuts[::2], cuts[1::2]):
        if any(lo <= m.start < hi for m in linked):
            continue
        core = re.findall(r"[\u4e00-\u9fff]{2,}", w.text[lo:hi])
        core = [c[1:] if c[0] in "按从由" and len(c) > 2 else c for c in core]
        if len(core) != 1:
            continue
        word = core[0]
        hits = {t.id for j in journeys for t in w.catalog.touchpoints if t.id in j.steps and
                any(word in n or (len(n) >= 2 and n in word) for n in (t.name, t.name_zh, *t.aliases) if n)}
        if len(hits) == 1:
            at = w.text.index(word, lo)
            w.mentions.append(Mention("touchpoint", hits.pop(), None, at, at + len(word), word))


def _arrow_chain(w: Work) -> None:
    """"从下载安装→注册→分级测试→完成首课，7天内走完整个流程的比例", "(trial → paid step)", "install → first lesson
    conversion": steps written as a chain are the part of their journey from the first to the last, and the share
    asked is that part's conversion (each customer once, the journey's window)."""
    if w.ratio is not None or w.metric_id not in (None, "overall_conversion", "step_conversion", "users_reached",
                                                  *intent.PEOPLE_METRICS) or \
            w.intent not in ("metric_value", "compare_periods", "funnel", "breakdown", "compare_groups", "dropoff", "") or \
            not CONVERSION_ASKED.search(w.text) or w.catalog.metric("overall_conversion") is None:
        return
    from knowledge.analyses.journey_common import part_id
    for chain in CHAIN.finditer(w.text):
        a0, b0 = chain.span()
        _chain_links_by_part_of_a_name(w, a0, b0)
        tps = [m for m in sorted(w.mentions, key=lambda m: m.start) if m.kind == "touchpoint" and a0 <= m.start < b0]
        steps = list(dict.fromkeys(m.id for m in tps))
        arrows = list(ARROW.finditer(w.text, a0, b0))
        if len(steps) < 2 or not arrows or tps[0].start >= arrows[0].start() or tps[-1].start < arrows[-1].end():
            continue  # both ends of the chain must name a step ("咨询→加购→支付" with 咨询 unknown starts nowhere)
        said = next((m.id for m in w.mentions if m.kind == "journey"), None)
        named = w.catalog.journey(w.journey_id or said or "")
        cuts = [a0, *(x.end() for x in arrows), b0 + 1]
        links = [[m.id for m in tps if lo <= m.start < hi] for lo, hi in zip(cuts, cuts[1:])]
        for j in ([named] if named is not None else w.catalog.journeys):  # the journey named, if one is
            # ("注册→实名认证→首次到店上机": a link of the chain may name two steps, 到店 and 上机; the journey's is meant)
            held = [[t for t in link if t in j.steps] for link in links]
            if not all(held) or any(t not in j.steps and not any(t in link for link in links if len(link) > 1)
                                    for t in steps):
                continue
            steps_j = list(dict.fromkeys(t for link in held for t in link))
            order = [j.steps.index(t) for t in steps_j]
            if order != sorted(order):
                continue
            a, b = steps_j[0], steps_j[-1]
            # ("3月下载App的新玩家，14天内走完 注册→…": a step of the journey said before the chain, just before its
            # first link, is where the people counted came in)
            before = [m.id for m in w.mentions if m.kind == "touchpoint" and m.end <= a0 and m.id in j.steps]
            if before and j.steps.index(before[-1]) == j.steps.index(a) - 1:
                a = before[-1]
                steps = [a, *steps]
            steps = list(dict.fromkeys([*steps, *steps_j]))
            w.metric_id = "overall_conversion"
            w.journey_id = j.id if (j.steps[0], j.steps[-1]) == (a, b) else part_id(j.id, a, b)
            w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in steps]
            if w.filters.get("touchpoint"):
                w.filters["touchpoint"] = [t for t in w.filters["touchpoint"] if t not in steps]
                if not w.filters["touchpoint"]:
                    del w.filters["touchpoint"]
            w.blocked_spans.append((a0, b0))
            if w.intent in ("funnel", "dropoff", "") or (w.intent == "breakdown" and not w.dimension):
                w.intent = "metric_value"
            if w.intent == "metric_value" and w.dimension and intent.is_which(w.text):
                w.intent, w.order = "breakdown", w.order or ("asc" if re.search(r"worst|lowest|最低|最差", w.text) else "desc")
            if (j.steps[0], j.steps[-1]) != (a, b):
                zh = w.language == "zh"
                tp_name = {t.id: ((t.name_zh if zh else t.name_en) or t.name) for t in w.catalog.touchpoints}
                w.notes.append(("journey_part", {"journey": (j.name_zh if zh else j.name_en) or j.name,
                                                 "a": tp_name.get(a, a), "b": tp_name.get(b, b)}))
            return


def _end_step_by_word(w: Work) -> None:
    """"What % of credit applications end up approved": after one named step, a word that only one later step
    of its journey has in its name ("Credit approved") names that step; the share asked is the conversion."""
    if len(w.touchpoint_ids) != 1 or w.language != "en" or w.metric_id not in (None, *intent.PEOPLE_METRICS):
        return
    first = w.touchpoint_ids[0]
    if _outcome_word_of_step(w, first):
        return  # ("what share of vehicle returns came back late": the return's own outcome, returned_late)
    at = max((m.end for m in w.mentions if m.kind == "touchpoint" and m.id == first), default=len(w.text))
    own = _touchpoint_words(w.catalog, first)
    later = {t for j in w.catalog.journeys if first in j.steps for t in j.steps[j.steps.index(first) + 1:]}
    found = set()
    for m in re.finditer(r"[a-z]{4,}", w.text[at:]):
        a = at + m.start()
        word = m.group(0)
        if any(x.start <= a < x.end for x in w.mentions) or any(s <= a < e for s, e in w.time_spans):
            continue
        for tp in later:
            words = _touchpoint_words(w.catalog, tp) - own
            if any(word == x or linker._same_stem(word, x) for x in words):
                found.add(tp)
    if len(found) == 1:
        w.touchpoint_ids.append(found.pop())


# words around a rate's steps that set them in context, not a step of it: "(rather than refunded)", "before the job
# went to the workshop", "by users who activated with the deposit", "按预约时间算", "（堂食、自取、外卖）"
STEP_CONTEXT = re.compile(r"[（(][^（()）]*[)）]|\b(?:rather than|instead of|other than|before|excluding|except|not counting|"
                          r"(?:by |for |from )?(?:users|customers|people|clients|members|those|kids|parents) (?:who|that))\b"
                          r"[^,.;?!，。；？！]*|\bby (?:the )?(?:date|day|time|month|week) of\b[^,.;?!]*|"
                          r"(?:而不是|之前|以前|不含|不算|除了)[^，。；？！,.;?!]*|按[^，。；？！,.;?!]{0,12}算")
# the noun for the case itself, also a step's name ("bookings", "订场单", "当票"): of the steps said for the cases,
# the other one says which of them are counted ("the bookings that paid a deposit", "收到雨天提醒的订场单")
STEP_AS_CASE = re.compile(rf"(?i)^(?:[a-z]+ )?{build.CASE_UNITS_EN}s?$|^.{{0,4}}(?:单|票|单子)$")
# a Chinese question's cases end with "…里，" / "…中有多大比例": the steps before say which cases, after, what happened
ZH_CASES_END = re.compile(r"(?:里面|当中|之中|里|中)(?=\s*[，,]|\s*有?(?:多大|多少)?(?:比例|占比|百分之))")


def _pair_by_share_structure(w: Work) -> None:
    """"Of the bookings we called off for a typhoon in 2025, what share got rebooked (rather than refunded)?",
    "2025年收到雨天提醒的订场单里，最后取消并退款的比例": three or more steps named around a share, the sentence says
    which two it is between. The cases are the steps said before the share (English "of the …, what share") or
    right after it ("what share of the bookings that paid a deposit …"), or before "…里，" in Chinese; the step
    they went on to is the last one said after them. Steps in brackets or clauses of context ("rather than",
    "before …", "users who …", "按…算") are no step of the rate, nor is a noun naming the case itself when
    another step says which cases. Left alone unless both ends are found."""
    if len(set(w.touchpoint_ids)) < 3 or not intent.share_asked(w.text):
        return
    low = w.text.lower()
    cues = [low.find(c) for c in (*lexicon_zh.SHARE, *lexicon_en.SHARE) if low.find(c) >= 0]
    if not cues:
        return
    cue = min(cues)
    hidden = [x.span() for x in (*STEP_CONTEXT.finditer(low), *build.CASE_UNIT.finditer(low))]
    steps = [m for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids
             and not any(a <= m.start < b for a, b in hidden)]
    if w.language == "zh":
        end = next((x.start() for x in ZH_CASES_END.finditer(low) if x.start() <= cue + 2), None)
        if end is None:
            return
        before, after = [m for m in steps if m.end <= end], [m for m in steps if m.start >= end]
    elif re.match(r"\s*of\b", low[cue + len(next(c for c in lexicon_en.SHARE if low.startswith(c, cue))):]
                  if any(low.startswith(c, cue) for c in lexicon_en.SHARE) else "x"):
        later = [m for m in steps if m.start > cue]
        if len({m.id for m in later}) < 2:
            return
        b = later[-1]
        before, after = [m for m in later if m.id != b.id and m.end <= b.start], [b]
    else:
        before, after = [m for m in steps if m.end <= cue], [m for m in steps if m.start > cue]
    if not before or not after:
        return
    b = after[-1]
    named = [m for m in before if m.id != b.id]
    # ("mail-in quotes": words that are also a value of a column, intake = mail_in, say which cases, not a step)
    valued = {m.id: v for m in named for v in w.mentions
              if v.kind == "value" and v.dim and (v.start, v.end) == (m.start, m.end)}
    if len(valued) < len({m.id for m in named}):
        named = [m for m in named if m.id not in valued]
    else:
        valued = {}
    # ("订场单": the step's name "订场" with the case's 单 after it)
    cases = [m for m in named if not (STEP_AS_CASE.match(m.surface.strip()) or re.match(r"单|票", w.text[m.end:m.end + 1]))] \
        or named
    if not cases:
        return
    a = cases[-1]
    if a.id == b.id:
        return
    w.touchpoint_ids = [a.id, b.id]  # (the other steps' mentions stay: their words were understood, as context)
    for v in valued.values():
        w.filters.setdefault(v.dim, [v.id])  # type: ignore[index]  # ("mail-in quotes": intake = mail_in)


# a value said as what happened to the cases ("the projects installed", "orders that were shipped"), not as a value
PARTICIPLE = re.compile(r"(?i)[a-z]+ed|paid|sold|done|sent|held|made|won|lost|taken|given|bought|built|seen|run")


def _step_by_action_value(w: Work) -> None:
    """"Of the projects installed in Ningbo, what share had to be remade?": with one step named, a value of the
    events' action that one other step alone records ("installed", on the installation's events) names that step;
    the share asked is then the conversion between the two (the profile knows which steps record each value)."""
    prof = w.catalog.profile
    values = w.filters.get("action") or []
    if prof is None or len(set(w.touchpoint_ids)) != 1 or len(values) != 1 or \
            w.metric_id not in (None, "orders", "events", "sessions", *intent.PEOPLE_METRICS):
        return
    steps = prof.action_steps.get(values[0], ())
    said = next((m for m in w.mentions if m.kind == "value" and m.dim == "action" and m.id == values[0]), None)
    if len(steps) != 1 or steps[0] in w.touchpoint_ids or said is None or \
            any(m.kind == "dimension" and m.id == "action" for m in w.mentions) or not PARTICIPLE.fullmatch(said.surface):
        return  # ("had the action submit", "行为是submit": the column named, its value is the part asked about)
    if re.search(r"\b(?:were|was|got|get|been)\s+(?:\w+\s+)?$", w.text[max(0, said.start - 20):said.start]) and \
            intent.share_asked(w.text[:said.start]):
        return  # ("what share of the requests decided were rejected": the value is the part, read where it is recorded)
    w.mentions.append(Mention("touchpoint", steps[0], None, said.start, said.end, said.surface))
    w.mentions.sort(key=lambda m: (m.start, m.end))
    w.touchpoint_ids.append(steps[0])
    del w.filters["action"]


def _slices_comments(w: Work, dim: str) -> bool:
    term = w.catalog.dimension(dim)
    return dim in ("touchpoint", "stage") or bool(term and "feedback" in term.slices)


def _one_group_vs_rest(w: Work) -> bool:
    """Does the question ask whether one named group is higher or lower than the others?"""
    if not intent.any_cue(w.text, lexicon_zh.COMPARATIVE + lexicon_en.COMPARATIVE, w.time_spans):
        return False
    # ("scored 3 or lower" is a threshold, not one group: its "lower" compares nothing)
    single = [d for d, v in w.filters.items() if len(v) == 1 and d not in ("touchpoint", "stage")
              and not ratio_def.THRESHOLD.match(str(v[0]))]
    return len(single) == 1 and not intent.any_cue(w.text, lexicon_zh.COMPARE_BASE + lexicon_en.COMPARE_BASE)


def step_follow_up(w: Work) -> None:
    if not resolve.is_follow_up(w):
        return
    if w.status == "clarify" and w.clarify in ("journey", "touchpoint", "metric"):
        return  # this turn is ambiguous in itself; ask before inheriting anything
    said_values = {m.dim for m in w.mentions if m.kind == "value"}
    resolve.merge_state(w)
    _the_others_of_a_slice(w, said_values)
    _values_over_steps(w)  # "and on the declined ones?" of an inherited measure kept on customers
    w.intent = resolve.follow_intent(w)
    if w.intent == "compare_groups" and len(w.group_values) < 2:
        for dim, vals in w.filters.items():
            if len(vals) >= 2:
                w.dimension, w.group_values = dim, vals[:2]
    w.cues.discard("breakdown")
    # "and the mean?" after a median time (or "中位数呢" after a mean): the other statistic of the same time
    if w.metric_id in TIMED and (w.state is None or w.state.metric_id == w.metric_id):
        if MEDIAN_OUTRIGHT.search(w.text) and not MEAN_SAID.search(w.text):
            w.metric_id = "median_time_to_convert"
        elif MEAN_SAID.search(w.text) and not MEDIAN_OUTRIGHT.search(w.text):
            w.metric_id = "mean_time_to_convert"


# the rest of a column's values, said in a follow-up ("and for the other four cities combined?", "其他几个基地加起来呢")
OTHERS_SAID = re.compile(r"\b(?:the\s+|all\s+(?:the\s+)?)?other\s+(?:\w+\s+){0,2}?(?:combined|together|put together|"
                         r"taken together)\b|\b(?:for|in|at|of)\s+(?:all\s+)?the\s+other\s+(?:\w+\s+)?[a-z]+s\b|"
                         r"\b(?:all\s+)?the rest\b|\beverywhere else\b|"
                         r"(?:其他|其余|其它|剩下的?|别的)(?:几|的)?(?:[几两三四五六七八九十\d]+)?(?:个|家|座|类|种)?"
                         r"[\u4e00-\u9fff]{0,4}?(?:加起来|合起来|合计|一起|总体|整体|呢|的)")


def _the_others_of_a_slice(w: Work, said_values: set) -> None:
    """"Shanghai kiosks …" then "and for the other four cities combined, same months?": the values of the column the
    turn before sliced by, other than those — one slice of them all, the rest of the question kept."""
    if not OTHERS_SAID.search(w.text) or w.state is None:
        return
    before = {d: [v for v in vals if not str(v).startswith("!=")] for d, vals in (w.state.filters or {}).items()
              if d not in ("touchpoint", "stage", "action", "sentiment")}
    cols = [d for d, vals in before.items() if vals and d not in said_values and d in w.filters]
    # (a column and its twin in the other language are one column)
    cols = [d for d in cols if not any(o in w.catalog.value_twins.get(d, ()) for o in cols if o < d)]
    if len(cols) != 1:
        return
    d = cols[0]
    w.filters[d] = ["!=" + str(v) for v in before[d]]
    for t in w.catalog.value_twins.get(d, ()):
        w.filters.pop(t, None)
    w.notes.append(("others_of", {"dim": (w.catalog.dimension(d).names.get(w.language) if w.catalog.dimension(d)
                                          else None) or d, "values": ", ".join(map(str, before[d]))}))


PAYOUT_SAID = re.compile(r"\b(?:paid out|pay(?:ing)? out|payouts?(?: amount)?)\b|发放了?|发了多少|赔付了?")


def _payout_of_recorded_orders(w: Work) -> bool:
    """Every finance word of the question is a payout ("paid out", "发放") and a value of the orders' own columns
    names what was paid out (order type travel_allowance, claim_payout): money the orders record, not a cost."""
    if not PAYOUT_SAID.search(w.text):
        return False
    rest = PAYOUT_SAID.sub(" ", w.text)
    if intent.any_cue(rest, lexicon_zh.UNSUPPORTED["finance"] + lexicon_en.UNSUPPORTED["finance"]):
        return False
    # ("paid out in cancellation refunds": refunds, which the orders' statuses record)
    return any(m.kind == "value" and m.dim and (d := w.catalog.dimension(m.dim)) is not None and d.extra
               and "orders" in d.slices for m in w.mentions) or \
        (bool(re.search(r"\brefund|退款|退费", w.text)) and w.catalog.metric("refund_amount") is not None) or \
        _payout_step_named(w)


# a column of money by its name (payout_amount, amount, stipend_fee, 金额)
PAYOUT_MONEY_COLUMN = re.compile(r"amount|payout|fee|price|paid|value|money|金额|费用|款")


def _payout_step_named(w: Work) -> bool:
    """"Average payout per trade-in we paid out", "which study paid out the most in stipends": a step the question
    names is where the company pays (its events carry a money column, payout_amount; or the orders are those
    payments, the step named by the orders' own word): the payouts are recorded, no cost outside the data."""
    prof = w.catalog.profile
    if prof is None:
        return False
    named = {m.id for m in w.mentions if m.kind == "touchpoint"}
    money = [x for x in prof.extras if x.table == "events" and x.numeric and PAYOUT_MONEY_COLUMN.search(x.column.lower())]
    if any(set(x.touchpoints) & named for x in money):
        return True
    # ("how many trade-ins did we pay out", "how long did payouts take": a step or a column of the data is named by
    # the payout word itself, tp_payout "Payout", payout_hours)
    said = {"payout" if x.group(0).isascii() else x.group(0) for x in PAYOUT_SAID.finditer(w.text)}
    names = [n.lower().replace("_", " ").replace("pay out", "payout").replace("pay-out", "payout")
             for t in w.catalog.touchpoints for n in (t.name, t.name_en or "", t.name_zh or "", *t.aliases)] + \
        [x.column.lower() for x in prof.extras]
    # ("一共赔付了多少钱" where the settled claims carry payout: the money paid out is recorded, whatever the words)
    return any(word in n for word in said for n in names) or (bool(said) and any(
        PAID_OUT_COLUMN.search(x.column.lower()) for x in prof.extras if x.table == "events" and x.numeric))


def _outside_word_uncovered(w: Work, kind: str = "outside") -> bool:
    """Does a word of the "outside the data" (or finance) list stand in the question without naming anything
    there? ("budget owner approval" is a step of a travel-permit log, "compensation paid" a step of claims; a
    guessed name, "salary" read as a column's amount by its gloss, covers nothing)"""
    spans = [(m.start, m.end) for m in w.mentions if m.score >= INFLECTED] + list(w.time_spans)
    for word in lexicon_zh.UNSUPPORTED[kind] + lexicon_en.UNSUPPORTED[kind]:
        pat = re.escape(word) if not word.isascii() else rf"(?<![a-z]){re.escape(word)}(?![a-z])"
        for m in re.finditer(pat, w.text):
            # a money word is covered only by a name that holds all of it ("compensation paid", a step): "pay" of
            # "what do we pay our instructors" names the payment step, and the wage is still not in the data
            covered = any(a <= m.start() and m.end() <= b for a, b in spans) if kind in ("finance", "compose") else \
                any(a < m.end() and m.start() < b for a, b in spans)
            if kind == "finance" and CUSTOMERS_SPEND.search(w.text[max(0, m.start() - 48):m.end()]):
                continue  # "每位付费患者平均花了多少钱", "what patients paid out of pocket": customers' money, revenue
            if not covered and not _data_names(w, word):
                return True
    return False


# the money customers spend or pay (revenue), not the company's own spending: a people word before the verb
CUSTOMERS_SPEND = re.compile(rf"(?:{_PEOPLE_ZH}|企业|公司|商家|门店|人均|每人|每位|每个人|每家|每户)[\u4e00-\u9fff]{{0,12}}?(?:平均)?(?:一共)?(?:花了|付了)|"
                             # ("哪家企业客户的差旅支出最高", "通过我们订的机票一共花了多少钱"): the customers' spend, or
                             # what the things they ordered cost them — the orders' money
                             rf"(?:{_PEOPLE_ZH}|企业|公司)[\u4e00-\u9fff]{{0,8}}?(?:支出|花费|开销|开支)|"
                             r"(?:订的|买的|下单的|预订的|购买的)[\u4e00-\u9fff]{0,8}?(?:一共|总共)?(?:花了|支出)|"
                             # ("customers based in Shenzhen spend on food": the people of any industry, one list)
                             rf"\b{_PERSON_EN}\b[^.?!]{{0,40}}\b(?:pay|paid|spend|spent)\b")


def _data_names(w: Work, word: str) -> bool:
    """Is the word part of a step's name or a column's name in this data ('预算' in 出差申请预算负责人批准,
    'budget' in requested_budget)? Then a question using it is about the data, not outside it."""
    word = word.lower()
    # ("except 押金 - 房租, 水电费": a value the data's own rows hold, the rent a club collects, is data)
    if any(str(v).lower() == word for vals in w.catalog.dimension_values.values() for v in vals):
        return True
    if not word.isascii():
        return any(word in n for t in w.catalog.touchpoints for n in (t.name, t.name_zh, *t.aliases))
    pat = re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")
    names = [n.lower() for t in w.catalog.touchpoints for n in (t.name, t.name_en, *t.aliases)]
    names += [d.id.replace("_", " ") for d in w.catalog.dimensions if d.extra]
    return any(pat.search(n) for n in names)


# the pay of the company's own people ("上海司机平均月收入", "what do our technicians earn", "drivers' monthly income"):
# what they earn, never the orders' revenue
STAFF_PAY = re.compile(
    r"(?:司机|骑手|师傅|技师|员工|店员|护士|医生|老师|教练|工程师|快递员|配送员|保洁|导游|销售|客服|安装工|维修工)(?:们)?(?:的)?"
    r"(?:平均)?(?:每个?月|月均|月度|每年|年|月)?(?:的)?(?:收入|工资|薪水|薪资|提成|奖金|到手|挣多少|赚多少)|"
    r"\b(?:drivers?|riders?|technicians?|employees?|staff|nurses?|teachers?|couriers?|agents?|engineers?|cleaners?|"
    r"guides?|crews?|installers?|surveyors?|chauffeurs?)(?:'s|s'|')?\s+(?:average\s+|monthly\s+|annual\s+|yearly\s+|hourly\s+){0,2}"
    r"(?:income|earnings|salary|salaries|wages?|take-home|pay\b)|"
    r"\b(?:what|how much)\s+do\s+(?:our\s+|the\s+)?(?:drivers|riders|technicians|employees|staff|nurses|teachers|couriers|"
    r"agents|engineers|cleaners|guides|crews|installers|chauffeurs)\s+(?:earn|make|get paid)\b", re.I)


def _staff_pay_asked(w: Work) -> bool:
    """Is the pay of the company's own people asked, with no column of the data holding it (salary, wage, earnings)?"""
    if not STAFF_PAY.search(w.text):
        return False
    return not any(re.search(r"salary|wage|earning|income|payout|commission|工资|薪|提成", d.id.lower())
                   for d in w.catalog.dimensions if d.extra)


def step_unsupported(w: Work) -> None:
    kind = intent.unsupported_kind(w.text)
    named = any(m.kind in ("touchpoint", "journey", "metric") for m in w.mentions)
    feedback_asked = bool(w.cues & {"feedback_themes", "feedback_search", "feedback_generic"})
    if kind in ("finance", "outside") and feedback_asked:
        kind = None  # "complaints about shipping costs", "对员工态度的投诉" are about what customers say
    if kind == "outside" and named and (_outside_word_uncovered(w) or lexicon_en.OTHER_FIRMS.search(w.text)):
        named = False  # "客服团队的人均工资": the place is named, the salary is still not in anyone's journey data
    if kind == "outside" and not named and not _outside_word_uncovered(w) and not lexicon_en.OTHER_FIRMS.search(w.text):
        kind = None  # "weather refunds", "天气退款": the outside word is a value this data records (a refund reason)
    if kind == "finance" and not _outside_word_uncovered(w, "finance"):
        kind = None  # every money word names a step, a column or a value of this data
    if kind == "finance" and any(m.kind == "metric" and m.id.split("_", 1)[-1] in step_money_columns(w)
                                 for m in w.mentions if m.id.startswith(("sum_", AVG_PREFIX))):
        kind = None  # "重染花了多少钱": the cost is a money column of the named step's events
    if kind == "finance" and _payout_of_recorded_orders(w):
        kind = None  # "how much travel allowance did we pay out": payouts the orders record as a kind of their own
    if kind == "compose" and not _outside_word_uncovered(w, "compose"):
        kind = None  # "加办了翻译或认证的比例": the translation add-on is a step or a value of this data, not a request
    if kind is None and _prices_of_other_firms(w):
        kind, named = "outside", False
    if kind is None and _staff_pay_asked(w):
        kind = "finance"  # ("上海司机平均月收入是多少": the drivers' earnings, which no journey data holds)
    if kind in ("write", "forecast", "compose", "personal", "finance") or kind == "outside" and not named:
        w.status, w.intent = "unsupported", w.intent or "unsupported"
        w.clarify = kind
    elif (not w.intent or w.intent == "breakdown" and w.state is None and intent.is_which(w.text)
          and BETTER_SAID.search(w.text)) and \
            w.status == "ok" and EVALUATIVE.search(w.text) and \
            not any(m.kind in ("metric", "touchpoint", "journey") for m in w.mentions) and w.catalog.metrics and \
            not intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS):
        # "which centre is the worst?", "哪个班最好？": best by what? asked back with measures to choose from
        w.status, w.clarify = "clarify", "metric"
        w.options = [m.id for m in w.catalog.metrics if m.id in CLARIFY_MEASURES][:6]
    elif not w.intent and w.status == "ok":
        w.status, w.intent, w.clarify = "unsupported", "unsupported", "unknown"


# what something costs ("labour rates", "per-metre prices", "APR", "多少钱") and a comparison said with it
PRICE_SAID = re.compile(r"\b(?:prices?|pricing|priced|rates?|fees?|charges?|charged?|costs?|apr|cheaper|pricier|"
                        r"more expensive)\b|多少钱|价格|价钱|收费|费率|利率|贵|便宜")
COMPARED_WITH = re.compile(r"\bcompare[sd]?\b|\bcomparison\b|\bvs\.?\b|\bversus\b|\bthan\b|\bagainst\b|"
                           r"\bsame\b|\bhow much do\b|比|对比|相比|同一|一样")


def _prices_of_other_firms(w: Work) -> bool:
    """"How do our labour rates compare with Tuhu's?", "How much cheaper is the same Champagne on JD.com and Tmall?",
    "Chegg和亚马逊租同一本书要多少钱？": a price compared with names the data holds nowhere (no value, no comment)
    is other firms' prices, which no journey data of this company holds."""
    if not PRICE_SAID.search(w.text) or not COMPARED_WITH.search(w.text):
        return False
    return bool(coverage.unknown_names(w))


def _the_two_are_known(w: Work) -> bool:
    """"compare the two channels, app and web" (named right there), "which of the two hotels" on data with exactly
    two hotels: "the two" points at nothing said before, it names what the data or the question holds."""
    cues = [c for c in lexicon_zh.DEICTIC + lexicon_en.DEICTIC if intent.any_cue(w.text, (c,))]
    if not cues or not all(c in TWO_CUES for c in cues):
        return False
    if len(w.group_values) >= 2 or any(len(v) >= 2 for v in w.filters.values()):
        return True
    dims = {m.id for m in w.mentions if m.kind == "dimension"} | ({w.dimension} if w.dimension else set())
    return any(len(w.catalog.dimension_values.get(d, ())) == 2 for d in dims)


TWO_CUES = frozenset({"the two", "these two", "those two", "这两个", "这两家"})
POINTER_BEFORE = re.compile(r"(?:那个|那位|那家|那款|那条|这个|这位|这家|这款)\s*$|\b(?:that|this)\s+$", re.I)


def _column_pointed_is_no_value(w: Work) -> list[Mention]:
    """"that campus's rating" where "campus" is the column and also one word of a value ("Online campus"): the word
    after the pointer is the column pointed at (the group the last answer put first), not that value."""
    spans = {(m.start, m.end) for m in w.pointed}
    return [m for m in w.mentions if not (m.kind == "value" and (m.start, m.end) in spans
                                          and m.surface.lower() != str(m.id).lower())]


# "which depot", "what insurer", "哪个品牌", "哪家快递": a question word right before the column's word
ONE_OF_EN = re.compile(r"\b(?:which|what)\s+(?:[a-z\-]+\s+){0,2}$")
ONE_OF_ZH = re.compile(r"哪(?:个|家|位|所|种|款|条|间|一个|一家|一位|一种|座|台|辆|名)?$")


def _one_group_asked(w: Work) -> bool:
    """A ranking that asks for one group by the column's word in the singular ("Which depot delivers late most
    often?", "2025年哪个品牌的外卖单量最多？"), so "their late rate" next is that group's — never "which cities …",
    whose "they" are the cities' people."""
    if not w.dimension or w.intent != "breakdown" or not w.order:
        return False
    for m in w.mentions:
        if m.kind != "dimension" or m.id != w.dimension:
            continue
        if CJK.search(m.surface):
            if ONE_OF_ZH.search(w.text[:m.start]):
                return True
        elif ONE_OF_EN.search(w.text[:m.start]) and re.search(
                # (as the asker wrote it: "which couriers" asks for many, whether the link took "courier" or
                # "couriers")
                r"\b(?:which|what)\s+(?:[a-z\-]+\s+){0,2}" + re.escape(_singular_en(m.surface.lower())) + r"(?![a-z])",
                w.question.lower()):
            return True
    return False


def _singular_en(word: str) -> str:
    """An English plural's singular by its regular ending ("couriers" → courier); other words as they are ("status")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _pointed_columns(w: Work) -> list[Mention]:
    """Column words right after a pointer, nothing named before them and no quotes ("“资料交接”这个环节" points at
    the step just named): read before the word is taken as a step or a measure ("that headset" is one headset, not
    the step of getting one)."""
    # (a measure said before it is no name pointed at: "what's the actual conversion rate for that channel?")
    return [m for m in w.mentions if m.kind == "dimension" and POINTER_BEFORE.search(w.text[:m.start])
            and not any(x.start < m.start and x.kind != "metric" for x in w.mentions)
            and not QUOTE.search(w.text[:m.start])]


# quotes around a name (an apostrophe inside a word, "how's", quotes nothing)
QUOTE = re.compile(r"[“”\"「」『』]|(?<![a-z])'|'(?![a-z])")
# "这个柜子的情况", "check this locker": a pointer before a noun the data has no name for, outside time words
POINTER_NOUN = re.compile(r"(?:这|那)(?:个|位|家|款|台|匹|条|只|辆|间|张|节|位)(?![月周季年星礼时次段天些样么儿])[\u4e00-\u9fff]|"
                          r"(?:^|\b(?:how's|how is|how are|what about|check(?: on)?|look at|about|with)\s+)(?:that|this)\s+(?!(?:month|week|year|quarter|time|period|day|weekend|morning|evening|"
                          r"season|summer|winter|spring|autumn|fall|one|is|was|has|had|will|would|can|could|does|did|"
                          r"many|much)\b)[a-z]{3,}", re.I)


def _points_at_one_of_a_column(w: Work) -> bool:
    """"帮我看看那个达人码效果怎么样", "how's that horse doing?" as a first question: one thing of a column pointed at,
    none named: nothing said before to point to."""
    # (only when nothing is named before it: "the peak hour … during that hour" points at the answer's own hour)
    if any(not w.filters.get(m.id) for m in w.pointed):
        return True
    # ("这个柜子的情况帮我查一下": a pointer before a noun, and nothing of the data named at all)
    if not w.mentions and any(not any(a <= m.start() < b for a, b in w.time_spans)
                              for m in POINTER_NOUN.finditer(w.text)):
        return True
    # ("那个客人的订单退了没有", "that customer's order", "他的补助发了吗", "did he pass": one person pointed at,
    # named nowhere before)
    person = POINTED_PERSON.search(w.text) or PERSON_PRONOUN.search(w.text)
    return bool(person) and not any(x.end <= person.start() for x in w.mentions)


PERSON_PRONOUN = re.compile(r"(?<![其])[他她](?![们人])|\b(?:he|she|him|his|her)\b", re.I)
POINTED_PERSON = re.compile(r"(?:那个|那位|这个|这位|该)(?:%s)|\b(?:that|this) (?:customer|client|user|guest|member|patient|person)\b"
                            % "|".join(re.escape(p) for p in lexicon_zh.PEOPLE if len(p) >= 2 and p[0] not in "多几的人"))


def step_underspecified(w: Work) -> None:
    """"Which one is better?", "对比一下", "how are we doing?" with nothing to lean on: ask back with
    options drawn from the data instead of answering a guess (or refusing)."""
    resolve.experiment_named(w)
    if w.intent == "journey_map" and w.status == "clarify" and w.clarify == "touchpoint":
        # ("从种草、测评、体验装…一直到推荐好友的旅程地图": steps listed to describe the map; a word two steps share
        # asks nothing back — the map shows every step)
        w.status, w.clarify, w.options = "ok", None, []
    # (a journey map is a whole answer of its own: "旅程地图，每一步有多少人、口碑怎么样")
    # ("How is that site doing?" read as a definition asked: no measure named to define, one site pointed at)
    pointed_only = w.intent == "explain_metric" and not any(m.kind == "metric" for m in w.mentions) and \
        w.state is None and _points_at_one_of_a_column(w)
    if w.follow_up or w.status == "clarify" or w.intent in ("sql", "explain_metric", "describe_data", "experiment",
                                                            "journey_map") and not pointed_only:
        return
    if w.status == "unsupported" and w.clarify not in ("unknown",):
        return
    # ("among provinces …, which one has the highest refund rate": "which one" of a grouping named, no deixis)
    deictic = w.state is None and (intent.any_cue(w.text, lexicon_zh.DEICTIC + lexicon_en.DEICTIC)
                                   or _points_at_one_of_a_column(w)) and \
        not _the_two_are_known(w) and not (w.dimension and (w.order or w.ratio is not None))
    evaluative = intent.any_cue(w.text, lexicon_zh.EVALUATIVE + lexicon_en.EVALUATIVE)
    comparing = w.intent in ("compare_periods", "compare_groups") or bool(w.cues & {"compare_periods", "compare_groups"})
    if comparing and w.intent in ("feedback_count", "feedback_search") and build.search_query(w).strip():
        # ("说收到的书品相跟描述不符的反馈有多少条": 跟 inside what the comments say compares nothing; the topic is asked)
        comparing = False
    # "这个月和上个月比怎么样？" as a first question: two periods, nothing to compare in them
    periods_only = w.period is not None and w.state is None and comparing and not w.metric_id
    short = _short_and_understood_nowhere(w)
    if (w.mentions or (w.period and not periods_only) or w.filters or w.grain) and not deictic and not short:
        return
    # "Show me the trend." / "Why?" as a first question: a trend or a reason of nothing named
    bare = w.state is None and w.intent in ("trend", "why", "anomaly") and not w.metric_id
    if evaluative or comparing or deictic or bare or short:
        w.status, w.intent, w.clarify = "clarify", w.intent or "unsupported", "what"
        w.options = checks.starting_points(w)


SHORT_WORDS_EN, SHORT_CHARS_ZH = 8, 12


def _short_and_understood_nowhere(w: Work) -> bool:
    """"平均要等几天？", "What's our late rate?", "失败的多不多？", "How did that lot do?" as a first question: a few words,
    nothing of the data understood and no name the data lacks — a question too bare to answer is asked back with
    where to start, not refused as if it were about something else. (A question naming what the data does not hold,
    "What does Lingxing ERP charge?", stays refused.)"""
    if w.state is not None or w.status != "unsupported" or w.clarify != "unknown":
        return False
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", w.text)
    chars = re.findall(r"[\u4e00-\u9fff]", w.text)
    if len(words) > SHORT_WORDS_EN or len(chars) > SHORT_CHARS_ZH or (words and chars and len(words) > 2):
        return False
    return not coverage.unknown_names(w)


TO_STEP_ZH = re.compile(r"到([\u4e00-\u9fff]{2,6}?)(?:这一步|这步|环节)?(?:的)?(?:整体|步骤)?转化")
TO_STEP_EN = re.compile(r"\bto\s+(?:the\s+)?([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)\s+(?:step\s+)?conversion")


def _unnamed_target_step(w: Work) -> None:
    """"试驾到下单的转化率" when 下单 names no step: asked back with the later steps, never the next step's
    conversion instead."""
    if w.status != "ok" or w.metric_id not in ("step_conversion", "overall_conversion") or len(w.touchpoint_ids) != 1:
        return
    for rx in (TO_STEP_ZH, TO_STEP_EN):
        for m in rx.finditer(w.text):
            a, b = m.span(1)
            if any(t.kind in ("touchpoint", "journey") and not (b <= t.start or a >= t.end) for t in w.mentions) or \
                    any(not (b <= s or a >= e) for s, e in w.time_spans) or coverage._known_word(m.group(1)):
                continue  # the words after "to" name a step (or a time): a conversion between two steps
            later = [t for j in w.catalog.journeys if w.touchpoint_ids[0] in j.steps
                     for t in j.steps[j.steps.index(w.touchpoint_ids[0]) + 1:]]
            if later:
                w.status, w.clarify, w.options = "clarify", "touchpoint", list(dict.fromkeys(later))
                return


# one customer after another ranked ("who are our top 5 customers", "who was our biggest spender", "which customer
# spent the most", "哪位客户花钱最多"): the individuals, not a grouping of them
INDIVIDUALS_RANKED = re.compile(
    r"\btop\s+(?:\d+|three|five|ten|twenty)\s+(?:[a-z\-]+\s+)?(?:customers|clients|buyers|spenders|accounts|guests|patients)"
    r"\b(?!\s+(?:segments?|groups?|types?|tiers?))|"
    r"\bwho\s+(?:is|are|was|were)\s+(?:our|the)\s+(?:top\s+\S+\s+)?(?:biggest|largest|best|most valuable|top|highest)\s+"
    r"(?:[a-z\-]+\s+)?(?:spenders?|customers?|clients?|buyers?|accounts?)\b|"
    r"\bwhich\s+(?:single\s+|individual\s+)?(?:customer|client|buyer|guest|patient)\s+(?:has\s+|had\s+)?"
    r"(?:spent|paid|bought|ordered|made|brought|placed|spends|pays|buys|orders)\b|"
    r"哪(?:个|位|一位|一个)(?:客户|买家|顾客|客人)(?:的)?(?:花钱|花的钱|花费|消费|买得|买的|下单|付款|贡献)", re.I)


def step_coverage(w: Work) -> None:
    """Words naming a slice or grouping the data does not have: say so instead of answering for everyone."""
    _unnamed_target_step(w)
    if w.status != "ok" or w.intent in ("sql", "explain_metric", "describe_data", "unsupported"):
        return
    if w.dimension is None and INDIVIDUALS_RANKED.search(w.text):
        w.status, w.clarify = "unsupported", "individuals"
        return
    _currency_said_as_unit(w)
    if not w.metric_id:
        # ("新建档的客户": the words of joining say who is counted, build._default_metric; they name nothing else)
        w.blocked_spans += build.new_people_spans(w)
    if w.intent == "journey_map":
        # "Give me the EgretAir journey map", "许可申请受理阶段的旅程地图": the map draws every step; a company's own
        # name or a phase's words slice nothing on it (a grouping it cannot draw is still said)
        terms = coverage.unknown_groupings(w)
        if terms:
            sep = "、" if w.language == "zh" else "”, “"
            w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": sep.join(terms)}
        return
    if w.intent in ("feedback_themes", "feedback_search", "feedback_count"):
        # what customers say about a name the data does not hold as a value ("Heathrow T5", "贵宾休息室")
        # is a topic to look up in the comments: their quotes, not the themes of everything
        if w.intent == "feedback_themes" and coverage.proper_names(w):
            w.intent = "feedback_search"
        terms = coverage.unknown_groupings(w)
    else:
        terms = coverage.unknown_terms(w)
    if not terms and w.intent in MEASURED + ("dropoff", "funnel"):
        # "customers over 60", "等了3天以上的工单": a comparison no column or period took is never dropped silently
        terms = resolve.unused_comparisons(w)
    ranked = False
    if not terms and w.intent in ("metric_value", "compare_periods", "breakdown", "feedback_count") and \
            (not w.dimension or not _grouping_said_after_which(w)) and (w.order or intent.is_which(w.text)) and \
            w.baseline is None:
        # "which cabin class gets the most reviews" with no cabin class in the data: never one total instead
        # (with a grouping named elsewhere, only a whole word right after "哪个" is a ranked thing of its own:
        # "客户类型里，哪一类人最多" ranks the column named before it)
        noun = coverage.ranked_noun(w, whole_words=bool(w.dimension))
        terms, ranked = ([noun], True) if noun else ([], False)
        if noun and _ranked_by_value_heads(w, noun):
            terms = []
    if terms and not ranked:
        # ("Dhaka" of the mill Dhaka Ashulia, "绍兴" of 绍兴柯桥厂, "Beijing" of both Beijing stores): the leading words of
        # the data's own names, said short
        terms = _short_names(w, terms)
    if terms and w.intent not in ("feedback_themes", "feedback_search", "feedback_count"):
        terms = _other_language(w, terms, ranked)
    if not terms and w.intent not in ("feedback_themes", "feedback_search", "feedback_count"):
        terms = coverage.absent_values(w)
    if w.status == "ok" and w.intent not in ("feedback_themes", "feedback_search", "feedback_count"):
        _modifiers_in_other_language(w)
    if terms and w.status == "ok":
        sep = "、" if w.language == "zh" else "”, “"
        w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": sep.join(terms)}


def _grouping_said_after_which(w: Work) -> bool:
    """Is the grouping named by the words right after "which" / "哪个" (or said by "by" / "按" elsewhere)? "2025年签约的
    合同里，哪个户型卖得最多" with no 户型 in the data grouped by a column the word 合同 names: the ranked thing is
    unknown, never another column's groups."""
    cues = list(coverage.WHICH_EN.finditer(w.text)) + list(coverage.WHICH_ZH.finditer(w.text))
    if not cues or w.dimension in TIME_GRAINS or w.grain:
        return True  # ("哪个月说色差的反馈最多": the months, read as the series' grain)
    said = [m for m in w.mentions if m.kind == "dimension" and m.id == w.dimension]
    if any(m.kind == "value" and m.dim == w.dimension for m in w.mentions):
        return True  # ("which sector … - shops, restaurants or warehouses?": the groups listed by their values)
    return any(c.start() <= m.start <= c.end(1) + 1 for c in cues for m in said) or \
        any(re.search(r"(?:\b(?:by|per|each|every)\s+(?:[a-z\-]+\s+){0,2}|按照?|每个|各)$", w.text[:m.start]) for m in said)


# a currency said beside an amount ("paid only, USD", "in RMB", "人民币"): ISO 4217 codes (pycountry's table, in
# the wheel) as the asker writes them, in capitals, and the everyday names of the common ones (CURRENCY_NAMES below)
# the everyday Chinese names of the common currencies, and English words people use beside pycountry's names
CURRENCY_ZH = lexicon_zh.CURRENCY_ZH
# (the names above, longest first: "新台币" before "台币", "新加坡元" before "新元")
CURRENCY_NAMES = re.compile("|".join(sorted(map(re.escape, CURRENCY_ZH), key=len, reverse=True)))
CURRENCY_EN_EXTRA = {"aussie dollar": "AUD", "kiwi dollar": "NZD", "us dollar": "USD", "american dollar": "USD",
                     "canadian dollar": "CAD", "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "pound": "GBP",
                     "pounds": "GBP", "quid": "GBP", "sterling": "GBP", "euro": "EUR", "euros": "EUR",
                     # the everyday names pycountry writes with a country before them ("UAE Dirham", "Macanese Pataca")
                     "dirham": "AED", "baht": "THB", "ringgit": "MYR", "pataca": "MOP", "patacas": "MOP",
                     "hong kong dollar": "HKD", "hk dollar": "HKD", "singapore dollar": "SGD", "sing dollar": "SGD",
                     "yen": "JPY", "rupee": "INR", "rupiah": "IDR", "lira": "TRY",
                     # (the New Taiwan dollar as people write it: "NT dollars", "NT$", "NTD")
                     "nt dollar": "TWD", "ntd": "TWD", "taiwan dollar": "TWD",
                     "new taiwan dollar": "TWD", "australian dollar": "AUD"}
# a column of amounts in each row's own currency, beside the amounts in the one reporting currency
from assistant.planner.catalog import LOCAL_AMOUNT_COLUMN as LOCAL_AMOUNT  # noqa: E402 (one definition, with the catalogue's check)


MONEY_WORDS = re.compile(r"\b(?:revenue|income|sales|amount|value|money|spend|spent|fees?|price|cost|paid|collected|"
                         r"brought in|bring in|earned|takings|billed|invoiced)\b|收入|营收|金额|销售额|多少钱|钱|费|价")


# "converted to USD", "convert it into euros", "换算成美元", "折合人民币": money in another currency, no conversion rate
CONVERTED_TO = re.compile(r"\bconvert(?:ed|ing|s)?\s+(?:it\s+|them\s+|everything\s+|all\s+)?(?:in)?to\s+|换算(?:成|为)?|折合(?:成)?|折成",
                          re.I)


def _currency_conversion_said(w: Work, m: Mention) -> bool:
    """Is the mention the verb of converting money to a currency said right after it ("Converted to USD, which clinic
    …"), not a conversion rate?"""
    if m.kind != "metric" or m.id not in ("step_conversion", "overall_conversion"):
        return False
    hit = CONVERTED_TO.match(w.text, m.start)
    if hit is None:
        return False
    rest = w.text[hit.end():hit.end() + 24]
    return any(a == hit.end() for a, _b, _c in _currencies_said(w)) or bool(CURRENCY_NAMES.match(rest)) or bool(
        re.match(r"(?:the\s+)?(?:[a-z]{3}\b)", rest) and rest[:3].upper() in _currency_codes())


@functools.lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.currencies) | {"RMB"}


# the orders themselves counted ("卖了多少单", "how many orders"): a currency said with them is no amount asked
ORDER_COUNT_SAID = re.compile(r"多少单|几单|多少笔|几笔|订单数|单量|多少个订单|多少张|\bhow many\b|\bnumber of\b|\bcount\b",
                              re.I)


# the average over the orders said with the order's own counting word ("已付款的PO平均每张多少美元", "每笔平均多少钱",
# "average … per invoice")
AVERAGE_PER_ORDER = re.compile(r"平均每(?:张|笔|单|份|个订单)|每(?:张|笔|单)平均|"
                               r"\baverage\b[^?.!]{0,40}\bper (?:order|po|invoice|booking|purchase|transaction)\b", re.I)


def _average_per_order(w: Work) -> None:
    """"2025年已付款的PO平均每张多少美元": the money of an order, averaged over the orders (the AOV), never their total."""
    if w.ratio is None and w.metric_id == "revenue" and AVERAGE_PER_ORDER.search(w.text) and \
            w.catalog.metric("aov") is not None:
        w.metric_id = "aov"


def _count_said_in_a_currency(w: Work) -> bool:
    """"门票卖了多少泰铢", "what did the kiosks sell in euros": an amount said in a currency is money, never a count of
    the orders (the orders counted are said so: "卖了多少单", "how many orders")."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if w.ratio is None and term is not None and term.unit == "count" and term.table == "orders" and \
            not ORDER_COUNT_SAID.search(w.text) and w.catalog.metric("revenue") is not None and \
            _currencies_asked(w, _currencies_said(w)):
        w.metric_id = "revenue"
        return True
    return False


def _currency_said_as_unit(w: Work) -> None:
    """"What did we bring in from berth fees in Q2 2026? Paid only, USD": asked for an amount of money, a currency
    the data keeps as no value (none is linked) is the unit the asker expects, not a slice of anything. The amounts
    are summed as the data records them and the assumptions say so: the data itself says nothing of its currency,
    and nothing is converted. (A currency the data does keep as a value is linked and filters, as before.)"""
    _count_said_in_a_currency(w)
    _average_per_order(w)
    measure = w.ratio.numerator.metric_id if w.ratio is not None else w.metric_id
    term = w.catalog.metric(measure) if measure else None
    if (term is None or term.unit != "currency") and not (measure is None and (
            MONEY_WORDS.search(w.text) or _currencies_asked(w, _currencies_said(w)))):
        return  # (the measure of money is set with the defaults: until then its words, or a currency, say it)
    said = [(m.start(), m.end(), m.group(0)) for m in CURRENCY_NAMES.finditer(w.text)]
    codes = {x for x in re.findall(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])", w.question) if x in _currency_codes()}
    said += [(m.start(), m.end(), m.group(0).upper()) for code in codes
             for m in re.finditer(rf"(?<![a-z0-9]){code.lower()}(?![a-z0-9])", w.text)]
    said = [(a, b, x) for a, b, x in said if not coverage._covered(w, a, b)]
    if _amount_in_converted_column(w, term) or _amount_in_local_currency(w, term):
        return
    if not said:
        return
    w.blocked_spans += [(a, b) for a, b, _ in said]
    codes = {c for _, _, c in _currencies_said(w)}
    if codes and codes <= set(w.catalog.reporting_currencies):
        # ("in RMB" where every amount is kept in CNY: the unit the data reports in, all rows)
        w.notes.append(("currency_reported", {"said": ", ".join(sorted(codes))}))
        return
    w.notes.append(("currency_unit", {"said": ", ".join(dict.fromkeys(x for _, _, x in said))}))


def _currencies_said(w: Work) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each currency said: a code (AUD), its name (Australian dollars) or a Chinese name."""
    import pycountry
    out = [(m.start(), m.end(), CURRENCY_ZH[m.group(0)]) for m in CURRENCY_NAMES.finditer(w.text)
           if m.group(0) in CURRENCY_ZH]
    codes = {x for x in re.findall(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])", w.question) if x in _currency_codes()}
    out += [(m.start(), m.end(), "CNY" if code == "RMB" else code) for code in codes
            for m in re.finditer(rf"(?<![a-z0-9]){code.lower()}(?![a-z0-9])", w.text)]
    names = {c.name.lower(): c.alpha_3 for c in pycountry.currencies} | CURRENCY_EN_EXTRA
    for name, code in names.items():
        for m in re.finditer(rf"\b{re.escape(name)}s?\b", w.text):
            out.append((m.start(), m.end(), code))
    return out


# a currency said as the one not wanted ("in pounds, GBP not CNY", "用港币，不要人民币", "rather than dollars")
CURRENCY_NOT = re.compile(r"(?:\bnot|\brather than|\binstead of|\bno|而不是|而非|不是|不要|不用|别用|非)\s*(?:in\s+|用|按)?$")


def _currencies_asked(w: Work, said: list[tuple[int, int, str]]) -> list[str]:
    """The codes of the currencies said, but for one said as the one not wanted ("GBP not CNY": GBP)."""
    return list(dict.fromkeys(c for a, _, c in said if not CURRENCY_NOT.search(w.text[max(0, a - 12):a])))


# a column of every row's amount converted to one currency (amount_usd, amount_cny, usd_amount) beside amounts kept in
# each row's own currency
CONVERTED_AMOUNT = re.compile(r"^(?:amount|value|price|total|revenue|sales)_([a-z]{3})$|^([a-z]{3})_(?:amount|value|total)$")
# measures of the orders' amount and the same measure of a converted column ("sum_" + column, "avg_" + column)
CONVERTED_MEASURE = {"revenue": "sum_", "amount_all_statuses": "sum_", "aov": "avg_"}


def _currency_column(w: Work, table: str) -> str | None:
    """The table's column of each row's currency (currency, invoice_currency), when the data fills one."""
    return next((d for (d, t), vals in w.catalog.values_by_table.items() if t == table and "currenc" in d.lower() and vals),
                None)


def _paid_status_kept(w: Work) -> bool:
    """Do the orders record "paid" as a status (so revenue's rows are picked by it)?"""
    return "paid" in {str(v) for v in w.catalog.dimension_values.get("order_status", ())}


def converted_columns(catalog: Catalog, table: str) -> dict[str, str]:
    """Currency code -> the table's column holding every row's amount converted to it (USD -> amount_usd)."""
    out: dict[str, str] = {}
    for m in catalog.metrics:
        hit = CONVERTED_AMOUNT.match((m.column or "").lower()) if m.id.startswith("sum_") and m.table == table else None
        code = (hit.group(1) or hit.group(2)).upper() if hit else None
        if code and code in _currency_codes() and not LOCAL_AMOUNT.search(m.column or ""):
            out["CNY" if code == "RMB" else code] = m.column or ""
    return out


def _amount_in_converted_column(w: Work, term: Any) -> bool:
    """"Converted to USD, which clinic brought in the least revenue in 2025?", "Toronto revenue for Q4 2025, in
    Canadian dollars?" where each order's amount is kept in its own currency and a column holds it converted
    (amount_usd): a currency with a converted column totals that column over every row; another currency the rows
    are kept in totals the amounts of the rows in it (nothing converted). Said in the assumptions."""
    if term is None or term.unit != "currency" or not term.table or w.ratio is not None and \
            w.ratio.numerator.metric_id != w.ratio.denominator.metric_id:
        return False
    said = _currencies_said(w)
    codes = _currencies_asked(w, said)
    converted = converted_columns(w.catalog, term.table)
    if w.ratio is not None:
        # ("what share of 2025 revenue (in USD) came from the machines": both sides in the converted column)
        if len(codes) != 1 or codes[0] not in converted or term.id not in CONVERTED_MEASURE or \
                w.catalog.metric(CONVERTED_MEASURE[term.id] + converted[codes[0]]) is None:
            return False
        to = CONVERTED_MEASURE[term.id] + converted[codes[0]]
        paid = {"order_status": ["paid"]} if term.id == "revenue" and "paid" in {
            str(v) for v in w.catalog.dimension_values.get("order_status", ())} else {}
        w.ratio = replace(w.ratio, numerator=replace(w.ratio.numerator, metric_id=to,
                                                     filters={**paid, **w.ratio.numerator.filters}),
                          denominator=replace(w.ratio.denominator, metric_id=to,
                                              filters={**paid, **w.ratio.denominator.filters}))
        spans = [(a, b) for a, b, _ in said]
        w.mentions = [m for m in w.mentions if not (m.kind in ("value", "metric") and any(
            a <= m.start and m.end <= b for a, b in spans))]
        w.blocked_spans += spans
        w.notes.append(("converted_currency", {"code": codes[0], "column": converted[codes[0]]}))
        return True
    if len(codes) != 1:
        return False  # (no converted column: "in CNY" still picks the rows kept in CNY, below)
    code, table = codes[0], term.table
    cur = _currency_column(w, table)
    kept = {str(v).upper(): str(v) for v in (w.catalog.values_by_table.get((cur, table)) or ())} if cur else {}
    spans = [(a, b) for a, b, _ in said]
    if code in converted and term.id in CONVERTED_MEASURE and \
            w.catalog.metric(CONVERTED_MEASURE[term.id] + converted[code]) is not None:
        if term.id == "revenue" and "order_status" not in w.filters and \
                _paid_status_kept(w):
            w.filters["order_status"] = ["paid"]  # (revenue is paid orders: the converted total is of the same rows)
        w.metric_id = CONVERTED_MEASURE[term.id] + converted[code]
        if cur and {str(v).upper() for v in w.filters.get(cur, ())} <= {code}:
            w.filters.pop(cur, None)  # ("in USD": the unit of every row, not only the rows charged in USD)
        w.notes.append(("converted_currency", {"code": code, "column": converted[code]}))
    elif code in kept and len(kept) > 1 and not any(
            m.id.startswith("sum_") and m.unit == "currency" and m.table == table and LOCAL_AMOUNT.search(m.id[4:])
            for m in w.catalog.metrics):
        # (with each row's own amount kept beside, amount_local, the amounts in that currency are the local step's)
        w.filters[cur] = [kept[code]]
        # ("how much was that in pounds?" after an answer in the converted column: the rows' own amounts again)
        back = {f"sum_{c}": "revenue" for c in converted.values()} | {f"avg_{c}": "aov" for c in converted.values()}
        if term.id in back and w.catalog.metric(back[term.id]) is not None:
            w.metric_id = back[term.id]
        w.notes.append(("currency_rows", {"code": code}))
    else:
        return False
    w.mentions = [m for m in w.mentions if not (m.kind in ("value", "metric") and any(a <= m.start and m.end <= b
                                                                                     for a, b in spans))]
    w.blocked_spans += spans
    return True


def _mixed_currencies_converted(w: Work) -> None:
    """"What was total revenue in 2025?" on orders kept each in its own currency (CNY, JPY, USD) beside one column of
    them all converted (amount_cny): the converted column, never yen and yuan added up. No currency said; said in
    the assumptions. A slice or grouping by the currency itself keeps the rows' own amounts."""
    ratio = w.ratio is not None and w.ratio.numerator.metric_id == w.ratio.denominator.metric_id
    term = w.catalog.metric(w.ratio.numerator.metric_id if ratio else w.metric_id) \
        if (ratio or w.metric_id) else None
    if term is None or (w.ratio is not None and not ratio) or term.id not in CONVERTED_MEASURE or not term.table or \
            any(n[0] in ("converted_currency", "currency_rows", "currency_reported") for n in w.notes) or \
            _currencies_said(w):
        return
    converted = converted_columns(w.catalog, term.table)
    cur = _currency_column(w, term.table)
    kept = {str(v).upper() for v in (w.catalog.values_by_table.get((cur, term.table)) or ())} if cur else set()
    if len(converted) != 1 or len(kept) < 2 or w.dimension == cur or len(w.filters.get(cur or "", ())) == 1 or any(
            m.id.startswith("sum_") and m.table == term.table and LOCAL_AMOUNT.search(m.id[4:]) for m in w.catalog.metrics):
        return  # (an amount_local beside: the amount itself is the reporting one)
    code, column = next(iter(converted.items()))
    to = CONVERTED_MEASURE[term.id] + column
    if w.catalog.metric(to) is None:
        return
    paid = term.id in ("revenue", "aov") and "order_status" not in w.filters and \
        _paid_status_kept(w)
    if ratio:
        # ("what share of 2025 revenue came from commercial accounts": both sides converted, the same paid rows)
        extra = {"order_status": ["paid"]} if paid else {}
        w.ratio = replace(w.ratio, numerator=replace(w.ratio.numerator, metric_id=to,
                                                     filters={**extra, **w.ratio.numerator.filters}),
                          denominator=replace(w.ratio.denominator, metric_id=to,
                                              filters={**extra, **w.ratio.denominator.filters}))
    elif paid:
        w.filters["order_status"] = ["paid"]  # (revenue and its average are of paid orders: the same rows converted)
    if not ratio:
        w.metric_id = to
    w.notes.append(("mixed_currencies", {"codes": ", ".join(sorted(kept)), "code": code, "column": column}))


def _amount_in_local_currency(w: Work, term: Any) -> bool:
    """"What did Dubbo Depot take in Australian dollars in Q4 2025?", "悉尼那栋收了多少澳元": an amount asked in a
    currency that the rows' own currency column holds, where the data keeps each row's amount in its own currency
    beside the reporting one (amount_local): the total of that column over the rows in that currency — never the
    reporting amounts summed and called dollars. Said in the assumptions."""
    if term is None or term.unit != "currency" or not term.table or w.ratio is not None:
        return False
    said = _currencies_said(w)
    codes = _currencies_asked(w, said)
    for d in [d for d in w.filters if "currenc" in d.lower()]:
        if codes and {str(v).upper() for v in w.filters[d]} <= set(w.catalog.reporting_currencies) and \
                {str(v).upper() for v in w.filters[d]} <= set(codes):
            # ("rental revenue in 2025, USD" where every amount is kept in USD: the unit, never only the rows that
            # were charged in USD)
            del w.filters[d]
            w.notes.append(("currency_reported", {"said": ", ".join(codes)}))
            return True
    if len(codes) != 1 or codes[0] in w.catalog.reporting_currencies:
        return False  # (the currency the amounts are kept in: every row, summed as recorded)
    table = term.table
    cur = next((d for (d, t), vals in w.catalog.values_by_table.items()
                if t == table and codes[0] in {str(v).upper() for v in vals} and "currenc" in d.lower()), None)
    local = [m.id for m in w.catalog.metrics if m.id.startswith("sum_") and m.unit == "currency" and m.table == table
             and LOCAL_AMOUNT.search(m.id[4:]) and not re.search(r"orig|refund", m.id[4:]) or
             (m.id.startswith("sum_") and m.unit == "currency" and m.table == table and re.fullmatch(
                 r"sum_(?:amount|value|price)_local|sum_local_(?:amount|value|price)", m.id))]
    local = list(dict.fromkeys(local))
    # (amount_local beside deposit_local: the orders' own amount in their currency is the one named like it)
    exact = [x for x in local if re.fullmatch(r"sum_(?:amount|value|price)_local|sum_local_(?:amount|value|price)", x)]
    local = exact if len(exact) == 1 else local
    if cur is None or len(local) != 1:
        return False
    raw = next(str(v) for v in w.catalog.values_by_table[(cur, table)] if str(v).upper() == codes[0])
    if term.id in ("revenue", "aov") and "order_status" not in w.filters and \
            _paid_status_kept(w):
        w.filters["order_status"] = ["paid"]  # (revenue is paid orders: the local total is of the same rows)
    w.filters[cur] = [raw]
    w.metric_id = local[0]
    if (term.id == "aov" or term.id.startswith(AVG_PREFIX)) and w.catalog.metric(AVG_PREFIX + local[0][4:]) is not None:
        w.metric_id = AVG_PREFIX + local[0][4:]  # ("the average treatment bill in HKD": the local amounts averaged)
    # (the currency's words are its name: "Australian" of it is no country)
    spans = [(a, b) for a, b, _ in said]
    dropped = {m.dim for m in w.mentions if m.kind == "value" and any(a <= m.start and m.end <= b for a, b in spans)}
    w.mentions = [m for m in w.mentions if not (m.kind in ("value", "metric") and any(a <= m.start and m.end <= b
                                                                                     for a, b in spans))]
    for d in dropped:
        if d != cur and d in w.filters:
            del w.filters[d]
    w.blocked_spans += spans
    w.notes.append(("local_currency", {"code": codes[0], "column": w.metric_id.split("_", 1)[1]}))
    return True


def _value_on_measured_table(w: Work, raw: str) -> set[str]:
    """Company columns the data profile shows holding this value on the table of the question's measure."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or not term.table:
        return set()
    return {d for (d, t), vals in w.catalog.values_by_table.items() if t == term.table and raw in vals}


HEAD_SHARE = 0.6  # of a column's names ending in the ranked noun's head for the column to be what is ranked


def _ranked_by_value_heads(w: Work, noun: str) -> bool:
    """"哪台车营业额最高" on data whose trucks are 肠粉车, 汉堡车, 鹏城咖啡车: the noun ranked is the head word the
    column's own names end in, so that column is what is ranked (said). Only a clear single column: two columns
    whose names both end so (a twin in the other script never does) are left to be asked or refused."""
    head = noun[-1]
    if not re.fullmatch(r"[\u4e00-\u9fff]", head):
        return False
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    hits = []
    for d in w.catalog.dimensions:
        raws = [str(v) for v in w.catalog.dimension_values.get(d.id, ())]
        if d.identifier or len(raws) < 2 or len(raws) > 200 or d.id in ("touchpoint", "stage", "action"):
            continue
        if term is not None and term.table and d.slices and term.table not in d.slices:
            continue  # (a column the measured rows do not have cannot group them)
        ends = sum(r.endswith(noun) or r.endswith(head) for r in raws)
        if ends >= 2 and ends >= HEAD_SHARE * len(raws):
            hits.append(d.id)
    if len(hits) != 1:
        return False
    w.dimension = hits[0]
    if w.intent in ("metric_value", "compare_periods", "breakdown"):
        w.intent, w.order = "breakdown", w.order or "desc"
    w.notes.append(("translated", {"word": noun, "name": hits[0]}))
    return True


SHORT_NAME_MAX_VALUES = 200  # a column with more names is an identifier column, not a list of places or outlets


def _place_of_leading_word(w: Work, dim: str, values: list[str]) -> tuple[str, str] | None:
    """A Chinese word leading names of one column whose twin in the other script leads them with one word that is a
    value of another column of the rows measured (墨尔本 of 墨尔本Richmond店 / Melbourne Richmond, and region
    melbourne): (that column, its value) — the place the word names, known from the company's own two spellings."""
    if not values or not all(re.search(r"[\u4e00-\u9fff]", v) for v in values):
        return None
    twins = w.catalog.value_twins.get(dim, ())
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    for twin in twins:
        mapping = w.catalog.twin_values.get((dim, twin), {})
        heads = {str(mapping[v]).split()[0].lower() for v in values if mapping.get(v) and " " in str(mapping[v])}
        if len(heads) != 1 or len(values) < 2:
            continue
        head = heads.pop()
        found = [(d.id, str(raw)) for d in w.catalog.dimensions if d.id not in (dim, *twins) and not d.identifier
                 and (term is None or not term.table or not d.slices or term.table in d.slices)
                 for raw in w.catalog.dimension_values.get(d.id, ()) if str(raw).lower() == head]
        if found:
            # (one place, kept in several columns of the rows: the one on the table measured, as any value)
            measured = [x for x in found if term is not None and term.table and
                        (w.catalog.values_by_table.get((x[0], term.table)) or ())]
            return (measured or found)[0]
    return None


def _short_names(w: Work, terms: list[str]) -> list[str]:
    """Unknown words that are the leading words of the data's own names ("Dhaka" of Dhaka Ashulia, "绍兴" of 绍兴柯桥厂,
    "Beijing" of Beijing 798 Workshop and Beijing Guomao Showroom), or in Chinese the words after a place that leads
    the name ("美奈" of 越南美奈): the slice of those values, said in the assumptions.
    Only whole leading words of names of one column (with its twin in the other script taken as the same thing: the
    column in the word's own script is used); a word leading names of two different columns is left unknown."""
    left: list[str] = []
    ambiguous: list[tuple[str, list[str]]] = []
    for term in terms:
        word = re.sub(r"['’]s$", "", term.strip()).strip()
        # (a two-letter word only as an acronym written in capitals: "SF" of SF Cold Chain)
        if len(word) < 2 or (word.isascii() and len(word) < 3 and not (word.isupper() and word in w.question)):
            left.append(term)
            continue
        hits: dict[str, list[str]] = {}
        for d in w.catalog.dimensions:
            raws = [str(v) for v in w.catalog.dimension_values.get(d.id, ())]
            if d.identifier or d.id in ("touchpoint", "stage", "action") or not raws or len(raws) > SHORT_NAME_MAX_VALUES:
                continue
            if word.isascii():
                # (or stored with an underscore: "ZTO" of zto_standard)
                lead = [r for r in raws if r.lower().startswith(word.lower() + " ") or
                        r.lower().startswith(word.lower() + "-") or r.lower().startswith(word.lower() + "_")]
            else:
                # (or the trailing words after a place said before them: "美奈" of 越南美奈)
                lead = [r for r in raws if (r.startswith(word) and len(r) > len(word)) or
                        (r.endswith(word) and len(r) - len(word) >= 2)]
            if lead and not any(r.lower() == word.lower() for r in raws):
                hits[d.id] = lead
        # (twins: the same rows named in two scripts; only the columns in the word's own script)
        own = {d: v for d, v in hits.items() if all(bool(re.search(r"[\u4e00-\u9fff]", x)) != word.isascii() for x in v)}
        measured = w.catalog.metric(w.metric_id) if w.metric_id else None
        if len(own) > 1 and measured is not None and measured.table:
            # (only one of them on the rows measured: "Dhaka's feedback" where the comments carry the mill, not the port)
            on = {d: v for d, v in own.items() if (dd := w.catalog.dimension(d)) is not None and
                  (not dd.slices or measured.table in dd.slices)}
            own = on if on else own
        named = set(w.touchpoint_ids) | ({str(t) for t in w.ratio.numerator.filters.get("touchpoint", ())} |
                                          {str(t) for t in w.ratio.denominator.filters.get("touchpoint", ())}
                                          if w.ratio is not None else set())
        if len(own) > 1 and named:
            # (only one of them recorded at the step measured: "Dhaka's shade-band failure rate" where the shade check
            # records the mill and only dispatches the port)
            at = {d: v for d, v in own.items() if (dd := w.catalog.dimension(d)) is not None and
                  set(w.catalog.steps_recording(dd.column or d)) & named}
            own = at if at else own
        if len(own) > 1:
            # ("Dhaka" of the mill Dhaka Ashulia and of the port Dhaka airport): which one is asked back, never guessed
            ambiguous.append((term, [x for v in own.values() for x in sorted(v)][:6]))
            continue
        if len(own) != 1:
            left.append(term)
            continue
        (dim, values), = own.items()
        if _describes_the_next_step(w, word, dim):
            continue
        place = _place_of_leading_word(w, dim, values)
        if place is not None:
            # ("墨尔本2026年上半年一共实收多少" where 墨尔本 leads the stores 墨尔本Richmond店 / Melbourne Richmond and the
            # orders keep region melbourne: the place itself, every row of it, not only its stores' rows)
            if place[0] not in w.filters:
                w.filters[place[0]] = [place[1]]
                w.notes.append(("translated", {"word": term, "name": place[1]}))
            continue
        inherited = w.state is not None and w.filters.get(dim) == w.state.filters.get(dim)
        if dim in w.filters and not inherited:
            if _listed_with_a_value_of(w, word, dim):
                # ("SF or JD cold chain": one more value of the column listed beside the one linked)
                w.filters[dim] = sorted({*w.filters[dim], *values})
                w.notes.append(("translated", {"word": term, "name": ", ".join(sorted(values))}))
            else:
                left.append(term)
            continue
        for twin in w.catalog.value_twins.get(dim, ()):
            # ("同期绍兴厂呢？" after Dhaka Ashulia of mill_en: the kept mill, in the twin column, is replaced)
            if w.state is not None and twin in w.filters and w.filters.get(twin) == w.state.filters.get(twin):
                del w.filters[twin]
        w.filters[dim] = sorted(values)
        w.notes.append(("translated", {"word": term, "name": "、".join(sorted(values)) if w.language == "zh"
                                       else ", ".join(sorted(values))}))
    if ambiguous and not left and w.status == "ok":
        # (asked back only when nothing else of the question is unknown: a word the data has nothing of is said first)
        w.status, w.clarify, w.options = "clarify", "name", ambiguous[0][1]
        w.clarify_args = {"word": ambiguous[0][0]}
    return left


def _describes_the_next_step(w: Work, word: str, dim: str) -> bool:
    """"2025年哪家门店的日托入园签到次数最多" where 日托 leads the order kind 日托套餐 (daycare package) and the question
    counts the check-in step's events, which never carry the orders' column: a word said right before a named step,
    leading names of a column the measured rows do not hold, says which step it is (the daycare check-in) — it is
    no slice, and nothing unknown."""
    measured = w.catalog.metric(w.metric_id) if w.metric_id else None
    info = w.catalog.dimension(dim)
    if measured is None or not measured.table or info is None or not info.slices or measured.table in info.slices:
        return False
    at = w.text.find(word.lower() if word.isascii() else word)
    return at >= 0 and any(m.kind == "touchpoint" and m.id in w.touchpoint_ids and m.start == at + len(word)
                           for m in w.mentions)


LISTED_WITH = re.compile(r"\s*(?:,|、|，|/|\bor\b|\band\b|或者?|和|及|与)\s*", re.I)


def _listed_with_a_value_of(w: Work, word: str, dim: str) -> bool:
    """Is the word listed right beside a value of `dim` the question names ("SF or JD cold chain")?"""
    at = w.text.find(word.lower())
    if at < 0:
        return False
    end = at + len(word)
    return any(m.kind == "value" and m.dim == dim and (
        (m.start >= end and LISTED_WITH.fullmatch(w.text[end:m.start])) or
        (m.end <= at and LISTED_WITH.fullmatch(w.text[m.end:at]))) for m in w.mentions)


def _other_language(w: Work, terms: list[str], ranked: bool) -> list[str]:
    """Unknown words that name a value or a column in the data's other language ("加拿大" Canada, "哪种机型"
    aircraft): used, and said; two close candidates are asked back; the rest stay unknown."""
    from assistant.planner import crosslingual, glosses
    left = []
    for term in terms:
        named = [] if ranked else glosses.proper_name_values(term, w.catalog)
        if named:
            # ("墨尔本" for region melbourne: the dictionary's proper name, before any guess by meaning)
            m = crosslingual.Match(crosslingual.Candidate("value", named[0][0], named[0][1], named[0][1]))
        else:
            m = crosslingual.match(term, w.catalog, ("dimension",) if ranked else ("value", "dimension"))
        c = m.best
        if c is not None and c.kind == "value":
            # ("机票收入": ticket is the comments' channel and the orders' order_type) the column holding the value on
            # the table the question measures
            from dataclasses import replace as _replace
            alt = _value_on_measured_table(w, c.raw)
            if alt and c.dim not in alt:
                c = _replace(c, dim=sorted(alt)[0])
        if c is not None and c.kind == "value" and c.raw in w.filters.get(c.dim, ()):
            continue  # "Shanghai members (city = 上海)": the word restates a value already named
        inherited = c is not None and c.kind == "value" and w.state is not None and \
            w.filters.get(c.dim) == w.state.filters.get(c.dim)
        if c is not None and c.kind == "value" and (c.dim not in w.filters or inherited):
            w.filters[c.dim] = [c.raw]  # "and for Beijing?" after Chengdu: this turn's value replaces the kept one
        elif c is not None and c.kind == "dimension" and not w.dimension:
            w.dimension = c.dim
            if w.intent in ("metric_value", "compare_periods", "breakdown") and (w.order or intent.is_which(w.text)):
                w.intent, w.order = "breakdown", w.order or "desc"
        elif m.close and w.status == "ok":
            w.status, w.clarify, w.options = "clarify", "name", [x.label for x in m.close]
            w.clarify_args = {"word": term}
            continue
        else:
            left.append(term)
            continue
        w.notes.append(("translated", {"word": term, "name": c.label}))
    return left


MODIFIER_MARGIN = 0.12
# the people a kind of customer is said of ("企业客户", "个人的用户") and the words that make it a grouping instead
PEOPLE_HEAD_ZH = re.compile(r"(?:的)?(?:客户|用户|会员|顾客|客人)")
GROUPING_BEFORE_ZH = re.compile(r"(?:按照?|各|每个|每一?家|哪个|哪家|哪一家|哪类|哪种|分)\s*$")


def _modifiers_in_other_language(w: Work) -> None:
    """"For meat orders …" on data whose categories are 肉类/海鲜: a word before what is counted that clearly names
    a value in the data's other language is that slice (used, and said); an unclear one stays as it was."""
    from assistant.planner import crosslingual
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    # ("门票订单": a kind of the rows counted, among the columns those rows have)
    among = frozenset(d.id for d in w.catalog.dimensions if term is not None and term.table and term.table in d.slices) \
        if term is not None and term.table in ("orders", "feedback") else None
    for m in [m for m in w.mentions if m.kind == "dimension" and m.id != w.dimension and CJK.search(m.surface)
              and PEOPLE_HEAD_ZH.match(w.text[m.end:]) and not GROUPING_BEFORE_ZH.search(w.text[:m.start])]:
        # ("香港有多少企业客户": 企业 is the company column's word, said here as the kind of customer — the value
        # corporate of the segment — never dropped for a count of every customer)
        c = crosslingual.match(m.surface, w.catalog, ("value",)).best
        if c is None or c.dim in w.filters or c.dim in ("touchpoint", "stage"):
            continue
        w.filters[c.dim] = [c.raw]
        w.mentions = [x for x in w.mentions if x is not m]
        w.notes.append(("translated", {"word": m.surface, "name": c.label}))
    on_customers = frozenset(d.id for d in w.catalog.dimensions if "customers" in d.slices and not d.numeric)
    unmatched = []
    for word in coverage.noun_modifiers(w):
        # (among the counted rows' own columns a smaller lead is clear enough: 门票 / ticket 0.76 vs cs_ticket 0.59)
        c = crosslingual.match(word, w.catalog, ("value",), among=among, margin=MODIFIER_MARGIN if among else 0.0).best
        kind = coverage.PEOPLE_NOUN_ZH.search(word)
        if c is None and kind is not None and kind.end() == len(word) and kind.start() > 0 and on_customers:
            # ("外地游客": a kind of people is a value of the customers' own columns, segment tourist 0.68 — said of
            # people, a little less similarity is clear enough among the customers' own values)
            c = crosslingual.match(word, w.catalog, ("value",), among=on_customers, sure=crosslingual.CLOSE).best
            if c is None:
                # ("自由骑手的交车转化率" where no customers' value is freelance riders: a kind of people the data
                # cannot pick out is said, never dropped for everyone)
                unmatched.append(word)
        if c is None or c.dim in w.filters or c.dim in ("touchpoint", "stage"):
            continue
        alt = _value_on_measured_table(w, c.raw)
        if alt and c.dim not in alt:  # (the column that holds it on the counted rows, not another table's)
            from dataclasses import replace as _replace
            c = _replace(c, dim=sorted(alt)[0])
        w.filters[c.dim] = [c.raw]
        w.notes.append(("translated", {"word": word, "name": c.label}))
    translated = {n[1].get("word") for n in w.notes if n[0] == "translated"}
    for word in coverage.sold_things(w) if w.status == "ok" else []:
        if word in translated:
            continue
        c = crosslingual.match(word, w.catalog, ("value",), among=among).best
        if c is None:
            # ("纯素泡菜卖了多少罐" where no product is vegan kimchi: the thing sold is said, never every product)
            w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": word}
            return
        if c.dim not in w.filters and c.dim not in ("touchpoint", "stage"):
            w.filters[c.dim] = [c.raw]
            w.notes.append(("translated", {"word": word, "name": c.label}))
    if unmatched and w.status == "ok" and on_customers:
        w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": "、".join(unmatched)}


ACTIVE_SAID = re.compile(r"活跃|日活|月活|\bactive\b|\bDAU\b|\bMAU\b", re.I)


def _people_of_comments(w: Work) -> None:
    """Data with comments but no events: the people counted are those who left comments ("how many different people
    tweeted at United"), not the customers with an event, which the data cannot have."""
    prof = w.catalog.profile
    anonymous = prof is not None and prof.present("feedback") and prof.tables["feedback"].with_customer == 0
    if ACTIVE_SAID.search(w.text):
        return  # "日活跃用户", "active users": activity, which comments alone cannot show (refused for want of events)
    if w.metric_id == "feedback_customers" and anonymous and w.catalog.metric("feedback_volume"):
        # no comment names its customer: each review is its reviewer ("what share of reviewers recommend us")
        w.metric_id = "feedback_volume"
        w.notes.append(("metric_default", {"name": build._metric_name(w.catalog, "feedback_volume", w.language)}))
        return
    if w.metric_id not in ("active_customers", "users_reached") or prof is None or prof.present("events") or \
            not prof.present("feedback") or w.catalog.metric("feedback_customers") is None:
        return
    if anonymous:
        w.metric_id = "feedback_volume" if w.catalog.metric("feedback_volume") else w.metric_id
        return
    w.metric_id = "feedback_customers"
    w.journey_id = None
    w.notes.append(("metric_default", {"name": build._metric_name(w.catalog, "feedback_customers", w.language)}))


def _outcome_share_of_its_step(w: Work) -> bool:
    """"which payout method failed most often in 2025, as a rate of attempts?", "which grader marks books as damaged
    most often, proportionally": a rate asked of one outcome (a single action) that one step records (or the step
    named) is that outcome's share of the step's records — defined out loud in the answer — not a count of it."""
    prof = w.catalog.profile
    said = w.filters.get("action") or []
    if prof is None or w.ratio is not None or len(said) != 1 or w.intent not in RATIO_ASKS \
            or w.catalog.metric("events") is None:
        return False
    holders = [str(t) for t in prof.action_steps.get(str(said[0]), ())]
    named = [t for t in w.touchpoint_ids if t in holders]
    steps = named or holders
    if len(set(steps)) > 1 and w.dimension:
        # ("which payout method failed most often": of the steps recording failed, the one whose events carry the
        # payout method grouped by)
        carriers = w.catalog.steps_recording(w.dimension)
        steps = [t for t in steps if t in carriers]
    if len(set(steps)) != 1 or len([v for v, at in prof.action_steps.items() if steps[0] in at]) < 2:
        return False
    tp, value = steps[0], str(said[0])
    name = f"{value}占比" if w.language == "zh" else f"{value} share"
    w.ratio = ratio_def.RatioDef(name=name, numerator=ratio_def.Side("events", {"touchpoint": [tp], "action": [value]}),
                                 denominator=ratio_def.Side("events", {"touchpoint": [tp]}))
    del w.filters["action"]
    w.metric_id = "events"
    w.touchpoint_ids = [t for t in w.touchpoint_ids if t != tp]
    _evaluative_order(w)  # ("the worst late-delivery share": the highest, now that the outcome is known)
    return True


def _rate_asked(w: Work) -> bool:
    """"各家酒店的入住率是多少" with no such rate in the catalogue: a count cannot stand in for a rate."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or term.unit != "count" or w.intent not in MEASURED or any(n[0] == "share_of" for n in w.notes):
        return False  # ("what percentage of Meituan reviews are negative": the count's share column is the answer)
    spans = [(m.start, m.end) for m in w.mentions if m.kind != "touchpoint"] + w.time_spans + w.blocked_spans
    if not intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS, spans):
        return False
    m = re.search(r"([\u4e00-\u9fff]{1,3}率)|([a-z]+(?:[\s-][a-z]+)?\s+(?:rate|ratio))", w.text)
    rated = next((x for x in w.mentions if x.kind == "touchpoint" and m and m.start() <= x.end <= m.end() - 1), None)
    ends = [j for j in w.catalog.journeys if rated and j.steps and j.steps[-1] == rated.id]
    if len(ends) == 1 and w.catalog.metric("overall_conversion") and not _outcome_word_of_step(w, rated.id):
        # (not "送货迟到率" at the last step that records delivered_late: that outcome's share, below)
        # "挽留成功率": the share of the journey that reaches its last step, i.e. its conversion
        w.metric_id, w.journey_id = "overall_conversion", ends[0].id
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t != rated.id]  # type: ignore[union-attr]
        return False
    if len(set(w.touchpoint_ids)) == 1 and "action" not in w.filters and w.ratio is None and \
            not FIRST_TRY.search(w.text) and \
            (hit := _outcome_word_of_step(w, w.touchpoint_ids[0]) or _outcome_named_like_its_step(w, m)) and \
            len(hit) == 1:
        # ("质检不合格率": the rate of the named step's outcome its words say, 不合格 of the quality test's fail;
        # "renewal rate" at the renewal step that records renewed / not_renewed: the outcome named like the step)
        w.filters["action"] = hit
    if _outcome_share_of_its_step(w):
        return False
    start = max([m.start()] + [x.end for x in w.mentions if m.start() <= x.end <= m.end() - 1]) if m else 0
    phrase = (w.text[start:m.end()] if m else "rate").lstrip("的 ")  # "支付失败率" → 失败率
    if m and re.fullmatch(r"(?:the\s+)?(?:rate|ratio)|率", phrase.strip()):
        # ("拉货率" with 拉货 a step, "the rejection rate"): the rate word alone names nothing to the asker; the
        # whole term they said does
        inner = [x for x in w.mentions if m.start() <= x.end <= m.end() - 1]
        phrase = (w.text[min(x.start for x in inner):m.end()] if inner else m.group(0)).strip()
    w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": phrase}
    return True


RATE_NAMED = re.compile(r"\b(?:rate|ratio)\b|(?<![利汇频效税费概])率")  # (利率, 汇率 are things, not ratios)


# asks whose answer is a measure's value: a default measure must not stand in for one the question names
MEASURED = ("metric_value", "compare_periods", "trend", "breakdown", "compare_groups", "anomaly")


# "上海现在有多少金卡客户", "how many gold members do we have right now": the customer list as it stands
NOW_SAID = re.compile(r"现在|目前|当前|眼下|截至目前|\b(?:right now|currently|at the moment|as of (?:now|today)|today|"
                      r"do we (?:currently )?have|have we got)\b", re.I)


def _kind_of_orders_counted(w: Work) -> None:
    """"By how much did paid rentals grow from Q2 to Q3?": no measure and no step named, only kinds the orders alone
    record (rental of the order type, paid of the status): the orders of that kind are what is counted."""
    if w.metric_id or w.touchpoint_ids or w.journey_id or w.ratio is not None or not w.filters or \
            w.intent not in ("metric_value", "compare_periods", "trend", "breakdown") or \
            w.catalog.metric("orders") is None or \
            w.cues & {"feedback_themes", "feedback_search", "feedback_generic", "negative", "positive"} or \
            intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) or MONEY_ASKED.search(w.text):
        return  # ("单次捐款平均多少": the kind's amount, read by the measures of money)
    def orders_only(dim: str) -> bool:
        d = w.catalog.dimension(dim)
        return d is not None and set(d.slices) == {"orders"}
    if any(orders_only(d) for d in w.filters if d != "order_status"):
        w.metric_id = "orders"


def _customer_base_now(w: Work) -> None:
    """People counted "now", with no period and no step: the customers on record with those attributes, not the
    ones active in a default window."""
    if w.metric_id not in (None, "events", "active_customers", "users_reached") or w.ratio is not None or \
            w.journey_id or w.time_spans or \
            w.intent not in ("metric_value", "breakdown") or not NOW_SAID.search(w.text) or \
            not PEOPLE_SAID.search(w.text) or w.catalog.metric("customer_count") is None or \
            w.cues & {"feedback_themes", "feedback_search", "feedback_generic", "negative", "positive"}:
        return
    # ("昆明现在有多少绿卡会员" where 绿卡 and 会员 also name the membership step: the tier the customer list records,
    # and the people word; a step said otherwise keeps the old reading)
    def on_customers(v: Mention) -> bool:
        d = w.catalog.dimension(v.dim) if v.dim else None
        return d is not None and "customers" in d.slices
    steps = [m for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids]
    values = {}
    for t in steps:
        tied = [v for v in w.mentions if v.kind == "value" and (v.start, v.end) == (t.start, t.end) and on_customers(v)]
        if tied:
            values[(t.start, t.end)] = tied[0]
        elif not coverage.is_people_word(t.surface):
            return
    if w.metric_id is not None and not steps:
        return
    for v in values.values():
        w.filters.setdefault(v.dim, [])
        if v.id not in w.filters[v.dim]:
            w.filters[v.dim].append(v.id)
    w.touchpoint_ids = []
    w.filters.pop("touchpoint", None)
    w.metric_id = "customer_count"


def _recommend_score_averaged(w: Work) -> None:
    """"满意度调查里，'愿意推荐'打分（0-10分）平均是多少": the survey is named for satisfaction, but the score averaged
    is the 0-10 recommend answer: the mean NPS answer, not the star rating."""
    if w.metric_id == "csat" and w.catalog.metric("nps_score_avg") and build.NPS_SCALE_SAID.search(w.text) and \
            intent.any_cue(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) and \
            not re.search(r"星|\bstars?\b", w.text):
        w.metric_id = "nps_score_avg"


def _group_value_over_step(w: Work) -> None:
    """"which acquisition channel converts worst … - 内容营销, 老客推荐 or 搜索广告?" where 内容营销 is also a step's word:
    a value of the column the question groups by, said among its other values, is one of the groups, not a step."""
    if w.status != "ok" or not w.dimension or w.intent not in ("breakdown", "compare_groups"):
        return
    vals = [m for m in w.mentions if m.kind == "value" and m.dim == w.dimension]
    if len({m.id for m in vals}) < 2:
        return
    for v in vals:
        tied = {m.id for m in w.mentions if m.kind == "touchpoint" and (m.start, m.end) == (v.start, v.end)}
        if tied & set(w.touchpoint_ids) and len(set(w.touchpoint_ids) - tied) >= 1:
            w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in tied]
            held = w.filters.setdefault(w.dimension, [])
            if v.id not in held:
                held.append(v.id)
            if w.intent == "compare_groups" and v.id not in w.group_values:
                w.group_values.append(v.id)
    if w.intent == "compare_groups" and intent.is_which(w.text) and \
            len([x for x in w.filters.get(w.dimension, []) if not str(x).startswith("!=")]) >= 3:
        w.intent, w.order = "breakdown", w.order or "desc"  # (which of three or more listed ranks first: a ranking)


# columns whose values say what happened, not which group: never the groups a listing names
OUTCOME_COLUMNS = frozenset({"touchpoint", "stage", "action", "order_status", "sentiment"})


# an average asked of a named quantity ("OCR平均置信度", "平均满意度得分"), not of counts per day or per customer
AVERAGE_OF_ZH = re.compile(r"平均(?!每|一天|一周|一个月|下来)(?:的)?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:是|为|有|大概|约|多少|几|怎么样|[？?，,。]|$)")


def _average_of_nothing(w: Work) -> None:
    """"2025年手写病历的OCR平均置信度是多少？" where no measure names 置信度: an average asked of something and a count
    defaulted is another question's number — said (unknown words), never the count."""
    if w.status != "ok" or w.ratio is not None or not any(n[0] == "metric_default" for n in w.notes) or \
            w.intent not in ("metric_value", "compare_periods", "breakdown", "trend"):
        return
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    m = AVERAGE_OF_ZH.search(w.text)
    if term is None or term.unit != "count" or m is None:
        return
    word = m.group(1)
    if coverage.is_people_word(word) or word in lexicon_zh.PEOPLE or any(
            x.kind == "metric" and x.start <= m.start(1) < x.end for x in w.mentions):
        return
    w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": word}


def _name_column_of_an_id(w: Work) -> None:
    """"Which book do Malaysian readers hit the paywall on most often" where the events carry book_id and book_title
    (and book_title_en): the groups ranked are shown by their names, in the asker's language, not by their codes."""
    d = w.dimension
    term = w.catalog.dimension(d) if d else None
    if term is None or not d.lower().endswith(("_id", "_no", "_code")) or w.intent not in ("breakdown", "trend") or \
            any(m.kind == "dimension" and m.id == d and re.search(r"\b(?:id|ids|code|codes|number)\b|编号|代码|ID",
                                                                  m.surface, re.I) for m in w.mentions):
        return  # ("by book id", "按书号": the codes asked for)
    stem = d.rsplit("_", 1)[0]
    table = (t.table if (t := w.catalog.metric(w.metric_id or "")) is not None else None) or \
        ("events" if w.touchpoint_ids else None)
    names = [c for n in ("name", "title") for c in (f"{stem}_{n}", f"{stem}_{n}_en", f"{stem}_{n}_zh")
             if (t := w.catalog.dimension(c)) is not None and
             (table in t.slices if table else set(term.slices) <= set(t.slices))]
    if not names:
        return
    from assistant.planner.crosslingual import own_script_share
    cjk_share = functools.partial(own_script_share, w.catalog, cjk=True)
    pick = max(names, key=cjk_share) if w.language == "zh" else min(names, key=cjk_share)
    if w.language != "zh" and cjk_share(pick) >= 0.5:
        return  # (names kept only in Chinese: an English asker gets the codes, BKK01, which they can read)
    w.dimension = pick
    w.focus = []


def step_defaults(w: Work) -> None:
    if w.status == "unsupported":
        return
    if w.status == "ok" and (w.intent in ("metric_value", "compare_periods") or
                             (w.intent == "breakdown" and w.dimension not in (None, "action"))):
        _success_as_the_step_records_it(w)
    _group_value_over_step(w)
    _from_to_ends_only(w)
    _refunds_as_recorded(w)
    _people_word_without_a_journey(w)
    _customer_base_now(w)
    _kind_of_orders_counted(w)
    _which_column_over_listed_values(w)
    if w.intent == "compare_groups" and len(w.group_values) < 2:
        # ("which booking channel had the worst show-up rate - mini program, app or phone?", "Hotels, restaurants or
        # clinics — which type of customer paid late most often?"): the values listed of one column, asked which
        # ranks first, are the groups ranked — a ranking of that column among them, nothing to ask back
        said: dict[str, list[str]] = {}
        for m in w.mentions:
            if m.kind == "value" and m.dim and m.dim not in OUTCOME_COLUMNS and m.id not in said.get(m.dim, []):
                said.setdefault(m.dim, []).append(m.id)
        listed = [d for d, vs in said.items() if len(vs) >= 2]
        # (an outcome said as well, "paid late most often", asks each group's share of it: not a count's ranking)
        # ("哪个月攀岩课包和团课课包卖得最多": which month is asked, the values listed are the slice — months ranked)
        grain = intent.which_time(w.text) if w.dimension is None else None
        if grain and grain in TIME_GRAINS and len(listed) == 1 and w.status == "ok":
            w.intent, w.dimension, w.order = "breakdown", grain, w.order or "desc"
            w.filters[listed[0]] = said[listed[0]]
        elif len(listed) == 1 and intent.is_which(w.text) and w.status == "ok" and "action" not in w.filters:
            w.intent, w.dimension = "breakdown", listed[0]
            w.filters[listed[0]] = said[listed[0]]
            w.order = w.order or "desc"
            # (a listed value that is also a step's word, 内容营销, is the group, not a step of the funnel)
            spans = {(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == listed[0]}
            tied = {m.id for m in w.mentions if m.kind == "touchpoint" and (m.start, m.end) in spans}
            w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in tied]
        else:
            w.status, w.clarify, w.options = "clarify", "groups", []
    if w.intent == "breakdown" and not w.dimension:
        w.intent = "metric_value"  # "b2b 客户下了多少单": a value in a slice, nothing to break down by
    if w.intent == "metric_value" and w.dimension and not GROUP_BY.search(w.text) and not intent.is_which(w.text):
        w.dimension = None  # "how many reviews of our devices": a noun of the question, no grouping asked
    if w.dimension == "rating" and not GROUP_BY.search(w.text) and not intent.is_which(w.text) and \
            (t := w.catalog.metric(w.metric_id or "")) is not None and t.table == "feedback" and t.unit != "count":
        # "the average star rating across all reviews": the rating is what is measured, not a grouping
        w.intent, w.dimension = "metric_value", None
    _twin_columns(w)
    if w.dimension:
        from assistant.planner.crosslingual import grouping_in_own_script
        own = grouping_in_own_script(w.catalog, w.dimension, w.language)
        table = (t.table if (t := w.catalog.metric(w.metric_id or "")) is not None else None) or \
            ("events" if w.touchpoint_ids else None)
        was, twin = w.catalog.dimension(w.dimension), w.catalog.dimension(own)
        # (a twin the measured rows do not carry, payment_method_zh only on the customer list while the failed
        # payments carry payment_method, groups nothing there; customer columns join any rows)
        if own == w.dimension or table is None or was is None or twin is None or table not in was.slices or \
                table in twin.slices:
            w.dimension = own
    _name_column_of_an_id(w)
    named = w.metric_id
    # ("which is better, London or Manchester?": two groups compared on nothing said is the same question)
    if not named and w.ratio is None and w.status == "ok" and w.intent in ("breakdown", "metric_value", "compare_groups") and \
            w.dimension and EVALUATIVE.search(w.text) and not NEUTRAL_ORDER.search(w.text) and \
            not w.touchpoint_ids and not w.journey_id and \
            not intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS + ("conversion", "转化", "留存", "retention")) and \
            not (w.cues & {"feedback_themes", "feedback_search", "feedback_generic", "negative", "positive"}) and \
            build.score_averaged(w) is None:
        # "Which channel is the best?", "哪家店最好？": best by what? a measure is asked back, never picked for them
        # (the worst "average survey score" names its measure in words)
        w.status, w.clarify = "clarify", "metric"
        w.options = [m.id for m in w.catalog.metrics if _fits_metric(w, m.id)][:6]
        return
    build.fill_metric(w)
    _average_per_order(w)
    _mixed_currencies_converted(w)
    if _count_said_in_a_currency(w):
        # (the orders' count the defaults took, said in a currency: the amount in it, as the currency step reads it)
        term = w.catalog.metric(w.metric_id)
        if _amount_in_converted_column(w, term) or _amount_in_local_currency(w, term):
            w.notes = [n for n in w.notes if n[0] != "currency_unit"]  # (read as a unit before the measure was known)
    _recommend_score_averaged(w)
    _never_reached_is_dropoff(w)
    _from_the_start_to_a_step(w)
    if w.metric_id in resolve.RATING_SHARES and w.filters.get("sentiment") and not GROUP_BY.search(w.text):
        # "差评（1星或2星）占多少", "share of negative (1-2 star) ratings": the stars say what is bad, not the wording
        # of the comment: no sentiment slice of the ratings as well
        del w.filters["sentiment"]
    _value_said_on_measured_table(w)
    _step_that_holds_no_comments(w)
    _people_of_comments(w)
    _threshold_on_measured_rows(w)
    _distribution_counts_rows(w, named)
    _people_said_counted(w)
    _evaluative_order(w)
    if w.status == "ok":
        _average_of_nothing(w)
        if w.status != "ok":
            return
    if w.status == "ok" and not named and w.metric_id and w.intent in MEASURED and not w.touchpoint_ids and \
            not w.journey_id:  # with a touchpoint named, the leftover noun is what is counted there ("sellers")
        # ("luxury items": a value the data keeps in its other language, 奢侈品, is used and said)
        words = _other_language(w, coverage.unnamed_measure(w), False)
        if (t := w.catalog.metric(w.metric_id)) is not None and t.unit == "currency" and build.SPENT_RANKED.search(w.text):
            # ("哪个市场的客户花钱最多": the money spent is the measure, read by build._default_metric)
            words = [x for x in words if x not in build.SPENT_RANKED.search(w.text).group(0)]
        if words:
            sep = "、" if w.language == "zh" else "”, “"
            w.status, w.clarify, w.clarify_args = "unsupported", "unknown_term", {"terms": sep.join(words)}
            return
    # ("customer churn rate": the people word names who, the rate asked is still no count of them; a share or
    # percentage of them is answered by the count's breakdown)
    if w.status == "ok" and (not named or _count_only_in_the_rates_brackets(w) or
                             (w.metric_id in (*intent.PEOPLE_METRICS, "customer_count",
                                              "feedback_customers", "feedback_volume")
                              and RATE_NAMED.search(w.text) and not intent.share_asked(w.text)
                              and not _asks_count(w))) \
            and w.metric_id and _rate_asked(w):
        return
    _customers_on_record(w)
    checks.orders_from_events(w)
    checks.sold_means_paid(w)
    checks.step_said_as_order_value(w)
    checks.purchase_touchpoint_as_orders(w)
    _money_of_orders_revenue_leaves_out(w)  # ("cancellation refunds" read as the refund lines: their money)
    checks.steps_left_out_of_orders(w)
    checks.orders_at_a_step(w)
    checks.complaint_log(w)
    build.fill_period(w)
    build.fill_journey(w)
    if w.status == "ok" and w.intent == "funnel" and w.journey_id and w.dimension not in (None, "touchpoint", "stage") \
            and w.order and intent.is_which(w.text) and w.catalog.metric("overall_conversion"):
        # ("which lead source is the worst at ending up with a contract? Use the lead → … → contract funnel"): the
        # groups ranked by the funnel's conversion, not every step of every group
        w.intent, w.metric_id = "breakdown", "overall_conversion"
    _outcome_rate_of_a_step(w)
    build.action_is_step(w)
    _step_pair_measured_at_first(w)
    # ("service fees alone, not counting repair parts": the kind kept already leaves the others out)
    for dim, vals in w.filters.items():
        if any(not str(v).startswith("!=") for v in vals) and any(str(v).startswith("!=") for v in vals):
            w.filters[dim] = [v for v in vals if not str(v).startswith("!=")]
    # ("新报名，只算首次缴费，不含续费": the payment step counted already leaves the renewal step out)
    left = [str(v) for v in w.filters.get("touchpoint", ())]
    if w.touchpoint_ids and left and all(v.startswith("!=") and v[2:] not in w.touchpoint_ids for v in left) and \
            w.intent not in checks.JOURNEY_INTENTS and w.dimension != "touchpoint":
        del w.filters["touchpoint"]


STEP_PAIR_METRICS = ("drop_off_rate", "step_conversion", "users_lost")
# the words opening and joining a measure's two steps ("between the site check and booking", "from cart to checkout",
# "从上门勘察到预约搬运")
PAIR_ENDS = re.compile(r"(?:\bbetween|\bfrom|从|由)\s*(?:the\s+|a\s+|an\s+)?$")
PAIR_JOIN = re.compile(r"\s*(?:and|to|through|into|→|->|–|—|-|~|到|至|和|与|跟)\s*(?:the\s+|a\s+|an\s+)?(?:step\s+)?")


def _step_pair_measured_at_first(w: Work) -> None:
    """"在“咨询经纪人→预约带看”这一步流失了多少", "drop-off from cart to checkout": a step measure between two
    neighbouring steps is the measure of the first (its customers who did not reach the second)."""
    if w.metric_id not in STEP_PAIR_METRICS or len(set(w.touchpoint_ids)) < 2 or not w.journey_id:
        return
    if len(set(w.touchpoint_ids)) > 2:
        # ("For quote requests in Q3 2025, what's the drop-off rate between the site check and booking the move?":
        # the two steps said as the measure's ends, between … and / from … to / 从…到, are its pair; the other
        # step names the cases)
        said: list[tuple[str, int, int]] = []  # (step, start, end), one step's words side by side joined ("上门勘察")
        for m in sorted((m for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids),
                        key=lambda m: m.start):
            if said and said[-1][0] == m.id and not w.text[said[-1][2]:m.start].strip():
                said[-1] = (m.id, said[-1][1], max(m.end, said[-1][2]))
            else:
                said.append((m.id, m.start, m.end))
        pairs = [(x[0], y[0]) for x, y in zip(said, said[1:]) if x[0] != y[0] and PAIR_ENDS.search(
            w.text[max(0, x[1] - 16):x[1]]) and PAIR_JOIN.fullmatch(w.text[x[2]:y[1]])]
        if len(pairs) != 1:
            return
        w.touchpoint_ids = list(pairs[0])
    j = w.catalog.journey(w.journey_id)
    if j is None or not set(w.touchpoint_ids) <= set(j.steps):
        return
    a, b = sorted(set(w.touchpoint_ids), key=j.steps.index)
    if j.steps.index(b) == j.steps.index(a) + 1:
        w.touchpoint_ids = [a]


CLARIFY_MEASURES = ("overall_conversion", "revenue", "orders", "csat", "negative_feedback_share", "active_customers",
                    "events")
EVALUATIVE = re.compile(r"\b(?:best|worst|poorest|better|worse)\b|最好|最差|最佳|最糟|最弱|最烂|更好|更差|好一点|差一点|"
                        # "rank the venues for me", "给门店排个名": ranked by what? (no measure named)
                        r"^\s*(?:please\s+)?rank\b|\brank (?:the|our|all|every)\b|排个名|排一下名|排名一下|做个排名|排个序")
WORST_SAID = re.compile(r"\b(?:worst|poorest|worse)\b|最差|最糟|最弱|最烂|更差|差一点")
BEST_SAID = re.compile(r"\b(?:best|better)\b|最好|最佳|更好|好一点")
# "which team is better": better by what (a ranking's "best", "worst" keep the measure the steps named imply)
BETTER_SAID = re.compile(r"\b(?:better|worse)\b|更好|更差|好一点|差一点", re.I)
NEUTRAL_ORDER = re.compile(r"\b(?:highest|lowest|most|least|largest|smallest|biggest|fewest|longest|shortest|slowest|"
                           r"fastest)\b|最高|最低|最多|最少|最大|最小|最长|最短|最慢|最快|最久")
BAD_WHEN_HIGH = re.compile(r"fail|error|crash|cancel|refund|complain|churn|drop|late|delay|latency|ping|wait|lag|"
                           r"dispute|overdue|no-show|no_show|reject|declin|damage|defect|misprint|\bmis[a-z]{3,}|missed|"
                           r"expired|lost|breach|violat|"
                           # (work done again, sent back, or short of what was due)
                           r"reprint|redo|rework|remake|rewash|re-?clean|resubmi|revision|returned|bounce|abandon|"
                           r"withdraw|shortfall|\bshort\b|\bweak\b|\bpoor|unpaid|unreach|absent|\bwrong|faulty|leak|"
                           r"失败|报错|取消|退款|投诉|流失|超时|延迟|逾期|爽约|掉线|卡顿|拒付|等待|不合格|拒|驳回|破损|损坏|印错|缺陷|违规|"
                           r"返工|重做|重印|返修|退回|漏接|漏收|缺箱|蜂势弱|迟到")


STATIVE = re.compile(r"\b(?:currently|right now|at the moment|as of now|on record|on file|to date|do we have|have we got|"
                     r"how many of our)\b|"
                     # ("what share of our Kuala Lumpur customers have English as their language": a share of the
                     # customers by their own attributes)
                     r"\b(?:share|percentage|proportion|fraction|percent) of (?:our|the|all(?: of)?(?: our)?)"
                     r"(?: [a-z\-]+){0,3} (?:customers|clients|members|users|guests|patients|students)\b|"
                     r"的(?:客户|顾客|用户|会员)(?:里|中|当中|之中)|"
                     r"我们(?:一共|总共|共)?有多少|"
                     r"\bhow many (?:of (?:our|the) )?[a-z]+ (?:are|is)\b|\bare (?:flagged|marked|tagged|labell?ed)\b|"
                     r"\b(?:at|by) the end of the data\b|\bas of the (?:end|last day)\b|"
                     r"目前|现在|当前|客户表|客户档案|名单里|被标成|标记为|标成|截至|截止到|到数据结束|数据结束时")


def _customers_on_record(w: Work) -> None:
    """"How many customers are currently flagged as churned", "目前钻石会员一共有多少人": the customer list as it
    stands, counted by its own attributes (no period, no activity needed), not the customers active lately."""
    term = w.catalog.metric("customer_count")
    if term is not None and w.ratio is not None and w.status == "ok" and not (
            w.touchpoint_ids or w.journey_id or w.period_text) and STATIVE.search(w.text):
        # ("吉隆坡的客户里，语言是英语的占多少": a share of the customers on record by their own attributes)
        sides = (w.ratio.numerator, w.ratio.denominator)
        dims = [*w.filters, *(d for x in sides for d in x.filters)]
        if all(x.metric_id in ("active_customers", "users_reached") for x in sides) and dims and all(
                d not in ("touchpoint", "stage", "action") and (t := w.catalog.dimension(d)) is not None and
                "customers" in t.slices for d in dims):
            w.ratio = dataclasses.replace(
                w.ratio, numerator=dataclasses.replace(w.ratio.numerator, metric_id="customer_count"),
                denominator=dataclasses.replace(w.ratio.denominator, metric_id="customer_count"))
            w.notes = [n for n in w.notes if n[0] not in ("metric_default", "period_default", "period_all_data")]
            w.notes.append(("customers_on_record", {}))
        return
    if term is None or w.status != "ok" or w.intent not in ("metric_value", "breakdown", "compare_periods") or \
            w.touchpoint_ids or w.journey_id or w.ratio is not None or w.period_text or not STATIVE.search(w.text):
        return
    people = w.metric_id in (None, "active_customers", "users_reached") and (
        w.metric_id is not None or intent.any_cue(w.text, lexicon_zh.PEOPLE + lexicon_en.PEOPLE))
    dims = [d for d in [*w.filters, *([w.dimension] if w.dimension else [])]]
    on_customers = all((t := w.catalog.dimension(d)) is not None and "customers" in t.slices for d in dims)
    if not people or not on_customers:
        return
    w.metric_id, w.baseline = "customer_count", None
    w.intent = "breakdown" if w.intent == "breakdown" else "metric_value"
    w.notes = [n for n in w.notes if n[0] not in ("metric_default", "period_default", "baseline", "period_all_data")]
    w.notes.append(("customers_on_record", {}))


def _fits_metric(w: Work, metric_id: str) -> bool:
    term = w.catalog.metric(metric_id)
    info = w.catalog.dimension(w.dimension) if w.dimension else None
    prof = w.catalog.profile
    return term is not None and term.table is not None and (prof is None or prof.present(term.table)) and \
        (info is None or not info.slices or term.table in info.slices) and not metric_id.startswith("avg_")


def _outcome_rate_of_a_step(w: Work) -> None:
    """"the worst late load-in rate", "what % of our load-ins started late": a step's rate said with one of the
    outcomes that step records (among two or more) is the share of that outcome among the step's records — never
    the step's conversion with the outcome read as reaching the step."""
    prof = w.catalog.profile
    acts = [str(v) for v in w.filters.get("action", ()) if not str(v).startswith("!=")]
    # (outcomes ranked among themselves, "提交订单里，失败的占比", are the breakdown's share of each; a ratio of the
    # outcomes grouped by the outcome would be each one over itself)
    if w.status != "ok" or w.ratio is not None or prof is None or not acts or w.dimension == "action" or \
            len(acts) != len(w.filters.get("action", ())) or \
            w.metric_id not in (None, "step_conversion", "overall_conversion", "drop_off_rate") and not (
                w.metric_id in OUTCOME_COUNTS and any(n[0] == "metric_default" for n in w.notes)) or \
            w.intent in ("funnel", "dropoff", "exits", "path", "experiment") or "experiment" in w.cues or \
            not (intent.share_asked(w.text) or intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)):
        return
    # (the step named that records the outcome: "load-ins started late vs the crew call time" where the crew call is
    # another step, said as the time lateness is measured against)
    named = [*w.touchpoint_ids, *(m.id for m in w.mentions if m.kind == "touchpoint")]
    steps = [t for t in dict.fromkeys(named) if all(t in prof.action_steps.get(v, ()) for v in acts)]
    if len(steps) != 1 or sum(1 for at in prof.action_steps.values() if steps[0] in at) < 2:
        return
    tp = steps[0]
    name = f"{acts[0]}占比" if w.language == "zh" else f"{acts[0]} share"
    w.ratio = ratio_def.RatioDef(name=name, numerator=ratio_def.Side("events", {"touchpoint": [tp], "action": acts}),
                                 denominator=ratio_def.Side("events", {"touchpoint": [tp]}))
    w.filters.pop("action")
    w.touchpoint_ids, w.journey_id, w.metric_id = [], None, None
    w.notes = [n for n in w.notes if n[0] != "journey_inferred"]
    _evaluative_order(w)
    w.notes.append(("outcome_of_step", {"value": ", ".join(acts), "step": build._tp_name(w.catalog, tp, w.language)}))


def _evaluative_order(w: Work) -> None:
    """"worst failure rate", "延迟最差的服务器": best and worst follow the measure's good direction (the worst
    failure rate is the highest); highest/lowest say the direction themselves."""
    if not w.order or not EVALUATIVE.search(w.text) or NEUTRAL_ORDER.search(w.text):
        return
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    # (a rate named by its own words, or by the outcome its numerator counts: "misprint rate" of action = misprint)
    counted = " ".join(str(v) for vals in w.ratio.numerator.filters.values() for v in vals) if w.ratio is not None else ""
    # (an outcome share still to be built, "worst late-delivery share" of delivered_late: the outcome counted says it)
    outcome = " ".join(str(v) for v in (*w.filters.get("action", ()), *w.focus)) if w.ratio is None and \
        (term is None or term.unit == "count") and \
        (intent.share_asked(w.text) or intent.any_cue(w.text, lexicon_zh.RATE_WORDS + lexicon_en.RATE_WORDS)) else ""
    lower_better = (w.ratio is not None and bool(BAD_WHEN_HIGH.search(w.ratio.name.lower())
                                                  or BAD_WHEN_HIGH.search(counted.lower()))) or \
        (w.ratio is None and bool(outcome) and bool(BAD_WHEN_HIGH.search(outcome.lower()))) or \
        (w.ratio is None and not outcome and term is not None and not term.higher_is_better) or \
        (w.ratio is None and term is not None and term.table == "feedback" and term.unit == "count" and
         any(set(v) == {"negative"} for d, v in w.filters.items() if d.endswith("sentiment")))  # ("the worst month for negative comments": the most)
    if lower_better and not w.order_flipped:
        # ("差评最糟糕的是哪个月": the order a "which" question took by default is no order said; the worst of a
        # measure bad when high is its highest, the best its lowest)
        worst, best = WORST_SAID.search(w.text), BEST_SAID.search(w.text)
        w.order = "desc" if worst and not best else "asc" if best and not worst else \
            ("desc" if w.order == "asc" else "asc")
        w.order_flipped = True


def _twin_columns(w: Work) -> None:
    """"状态是 Solved 的工单" when the events' ticket_status and the comments' status both hold Solved: one value
    said once slices by one column, the one the measure's table has (the comments' when comments are asked).
    Values said in two places ("at a branch (kyc_method = branch)") are two mentions and stay as they are."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    feedbackish = bool(w.cues & {"feedback_themes", "feedback_search", "feedback_generic"}) or \
        ("complaint_log", {}) in w.notes
    table = term.table if term is not None else "feedback" if feedbackish else "events"
    fb_only = set(w.catalog.dimension_values.get("feedback_channel", ())) - set(w.catalog.dimension_values.get("channel", ()))
    if term is None and w.filters.get("channel") and set(w.filters["channel"]) <= fb_only:
        table = "feedback"  # "工单" names how comments came in: the comments are counted

    def held(d: str) -> bool:
        t = w.catalog.dimension(d)
        return t is not None and (not t.slices or table in t.slices)

    def twins(kind: str, dim_of) -> dict[tuple[int, int], list[str]]:  # noqa: ANN001 - mention -> its dimension
        out: dict[tuple[int, int], list[str]] = {}
        for m in w.mentions:
            if m.kind == kind and dim_of(m) not in (None, "touchpoint", "stage"):
                out.setdefault((m.start, m.end), []).append(dim_of(m))
        return {k: list(dict.fromkeys(v)) for k, v in out.items() if len(set(v)) > 1}
    for span, dims in twins("value", lambda m: m.dim).items():
        # each column's own value of the words ("app store": acquisition_channel app_store, channel app_review)
        raws: dict[str, str] = {}
        for m in w.mentions:  # (a column's value said as written before a longer code it begins, xiaohongshu_note)
            if (m.start, m.end) == span and m.kind == "value" and (
                    m.dim not in raws or str(m.id).lower() == m.surface.lower()):
                raws[m.dim] = m.id
        raw = next(iter(raws.values()))
        used = [d for d in dims if raws.get(d) in w.filters.get(d, ())]
        # a column named for the same value elsewhere ("at a branch (kyc_method = branch)") is the one meant
        said = [(m.start, m.end) for m in w.mentions if m.kind == "dimension"]
        named = {m.dim for m in w.mentions if m.kind == "value" and m.id == raw and (m.start, m.end) != span} | \
            {m.id for m in w.mentions if m.kind == "dimension" and said.count((m.start, m.end)) == 1}
        # ("the annual plan": the column named with it, when the name is one column's)
        # (of the columns the measure's table holds, its own rows' before a customer's joined in: member_tier on
        # each order is what it was when ordered, the customer's tier what it is now)
        # (and a column the data profile shows holding the value on that table before one it is not known on:
        # "ticket revenue" is order_type = ticket, not the comments' channel ticket)
        on_table = {d for d in dims if raws.get(d, raw) in w.catalog.values_by_table.get((d, table), ())}
        # (people counted are counted by their own columns: "Suzhou customers who came through Xiaohongshu" is the
        # customers' acquisition channel, not the channel each order came in by)
        # (a funnel's people, users_reached, follow their events: the events' own device, not the customers')
        people = w.metric_id in ("active_customers", "customer_count", "new_customers") and w.intent != "funnel"
        # ("people from Xiaohongshu", "小红书来的人": where the people came from, the customers' own channel)
        people = people or bool(CAME_FROM_BEFORE_PEOPLE.search(w.text[:span[0]]) or CAME_FROM_AFTER_PEOPLE.match(w.text[span[1]:]))
        # ("the average actual guest count at the weddings": the column the measure's own steps record with it,
        # event_type on the event day, not the web page "weddings")
        carried = w.catalog.steps_recording(term.column) if term is not None and term.column else set()
        # (a column only steps other than those measured record slices none of them: "credit checks on applicants with
        # no co-signer" is the customers' has_cosigner, not the e-sign step's signer_role)
        measured = set(w.touchpoint_ids)

        def off_step(d: str) -> bool:
            at = w.catalog.steps_recording(d)
            return bool(table == "events" and measured and at and not measured & at)
        own = sorted(dims, key=lambda d: (off_step(d), resolve.as_cause(w, d), not (people and _on_customers(w, d, raw)),
                                          d not in on_table,
                                          bool(carried) and not carried & w.catalog.steps_recording(d),
                                          (t := w.catalog.dimension(d)) is not None
                                          and "customers" in t.slices and table != "customers"))
        keep = next((d for d in dims if d in named), None) or next((d for d in own if held(d)), None)
        if not used or keep is None or keep in used and len(used) == 1:
            continue
        for d in used:
            w.filters[d] = [v for v in w.filters[d] if v != raws.get(d)]
            if not w.filters[d]:
                del w.filters[d]
        w.filters.setdefault(keep, []).append(raws.get(keep, raw))
    if w.dimension:  # "按工单状态分" when both the events and the comments have a status column
        for dims in twins("dimension", lambda m: m.id).values():
            if w.dimension in dims and not held(w.dimension):
                w.dimension = next((d for d in dims if held(d)), w.dimension)


def _value_said_on_measured_table(w: Work) -> None:
    """"how much money did we refund" where refund is also a support-ticket type on events: a value of a column the
    measure's rows do not have, whose word the rows' own column holds in another form (order_status refunded), is
    that column's value (the same word, read where it can count)."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or not term.table or term.table == "events":
        return  # (a count of events takes the orders' words to the orders later: checks.orders_from_events)
    for dim, vals in list(w.filters.items()):
        info = w.catalog.dimension(dim)
        if info is not None and info.slices and term.table in info.slices and len(vals) == 1 and \
                isinstance(vals[0], str) and not vals[0].startswith(("!=", ">", "<")):
            # "avg app store rating": channel app_store is the events'; the comments' own channel is
            # app_store_review — the one value of the measured rows holding every word said
            held = w.catalog.values_by_table.get((dim, term.table))
            said = set(re.split(r"[_\s\-]+", vals[0].lower()))
            if held and vals[0] not in held:
                wider = [v for v in held if said <= set(re.split(r"[_\s\-]+", str(v).lower()))]
                if len(wider) == 1:
                    w.filters[dim] = [wider[0]]
            continue
        if info is None or not info.slices or term.table in info.slices or len(vals) != 1 or \
                not isinstance(vals[0], str) or vals[0].startswith(("!=", ">", "<")):
            continue
        # ("gazebo add-ons" read as the events' yes/no gazebo_addon = true: the column's own noun is the word said)
        word = dim.split("_")[0] if vals[0].lower() in linker.YES_NO_VALUES and "_" in dim else vals[0]
        if len(word) < 5:
            continue
        stem = word.lower()[:5]
        there = [(d.id, v) for d in w.catalog.dimensions if d.slices and term.table in d.slices and d.id != dim
                 for v in w.catalog.values_by_table.get((d.id, term.table), ()) if str(v).lower().startswith(stem)]
        if len({d for d, _ in there}) != 1 or len(there) != 1:
            continue
        other, value = there[0]
        del w.filters[dim]
        if value not in w.filters.setdefault(other, []):
            w.filters[other].append(value)
    _money_of_orders_revenue_leaves_out(w)  # (the money of refunded orders, which revenue leaves out: step_slots)


def _money_of_orders_revenue_leaves_out(w: Work) -> None:
    """Revenue of a slice of orders revenue does not count (refunded ones, or every order but the cancelled ones):
    the amount of those orders, with the statuses counted said when the asker named the ones left out."""
    if w.metric_id != "revenue" or not _unpaid_orders_asked(w) or not w.catalog.metric("amount_all_statuses"):
        return
    w.metric_id = "amount_all_statuses"
    said = [str(v) for v in w.filters.get("order_status", ())]
    if said and all(v.startswith("!=") for v in said) and not any(n[0] == "statuses_counted" for n in w.notes):
        kept = [str(v) for v in w.catalog.dimension_values.get("order_status", ()) if "!=" + str(v) not in said]
        w.notes.append(("statuses_counted", {"statuses": ", ".join(kept)}))


PAID_STEP = re.compile(r"\bpa(?:y|id|yment)|付款|支付|扣款成功|已付")


def _unpaid_orders_asked(w: Work) -> bool:
    """The slice picks orders revenue leaves out: a status other than paid ("refunded orders"), or a value of the
    orders' own column no paid row holds (order type "refund", every row of it refunded: "how much did we refund")."""
    said = [str(v) for v in w.filters.get("order_status", ())]
    pos, neg = {v for v in said if not v.startswith("!=")}, {v[2:] for v in said if v.startswith("!=")}
    # ("paid orders, refunded ones not counted": the paid ones; "excluding refunded" alone: every other status)
    # ("只算付了款并且没退款的订单": the payment step named is the paid orders, as the status paid is)
    paid_said = any(m.kind == "touchpoint" and (tp := w.catalog.touchpoint(m.id)) is not None and PAID_STEP.search(
        " ".join(x for x in (tp.id, tp.name, tp.name_zh, tp.name_en) if x).lower()) and not checks._names_failure(
        w.catalog, m.id) for m in w.mentions)
    # ("不含退款的订单" where every other status is paid or one revenue leaves out anyway: revenue, those words
    # restated — only an open status, pending or unpaid, makes the orders counted differ from the paid ones)
    statuses = {str(v).lower() for v in w.catalog.dimension_values.get("order_status", ())}
    open_ = statuses - {"paid"} - REVENUE_LEAVES_OUT - {v.lower() for v in neg}
    return bool(pos - {"paid"}) or "paid" in neg or bool(neg and not pos and not paid_said and (open_ or not statuses)) or any(
        (dim, v) in w.catalog.never_paid for dim, vals in w.filters.items() for v in vals if isinstance(v, str))


def _step_that_holds_no_comments(w: Work) -> None:
    """"the average recommend score on post-stay surveys" where the survey is a step no comment is filed at, and the
    comments came in through the survey channel: a measure of comments is of the channel the step's name says."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    held = set(w.catalog.feedback_steps)
    if term is None or term.table != "feedback" or not held or len(w.touchpoint_ids) != 1 or \
            w.touchpoint_ids[0] in held or w.filters.get("channel"):
        return
    tp = w.catalog.touchpoint(w.touchpoint_ids[0])
    said = " ".join(n for n in (tp.name, tp.name_zh, tp.name_en) if n).lower() if tp else ""
    words = {re.sub(r"(?:ies|s)$", "", x) for x in re.findall(r"[a-z]{3,}", said)} | \
        {said[i:i + 2] for i in range(len(said) - 1) if text.CJK.match(said[i]) and text.CJK.match(said[i + 1])}
    def fit(v: str) -> float:
        parts = [x for x in re.split(r"[_\s\-]+", v.lower()) if len(x) >= 2]
        return sum(x in words for x in parts) / len(parts) if parts else 0.0
    channels = [str(v) for v in w.catalog.values_by_table.get(("channel", "feedback"), ()) if fit(str(v)) > 0]
    # ("赛后问卷" / Post-race survey: survey, all of whose words the step says, over corporate_survey)
    best = max((fit(c) for c in channels), default=0.0)
    channels = [c for c in channels if fit(c) == best]
    # ("our NPS in the December survey" where "survey" names the step Site survey, which holds no comments, and the
    # comments come through repair_survey, nps_survey and handover_survey: the surveys are every channel the word
    # fits as well — the measure is read on those of them that carry it)
    if not channels:
        return
    w.touchpoint_ids = []
    w.filters["channel"] = channels
    w.notes.append(("comments_by_channel", {"step": build._tp_name(w.catalog, tp.id, w.language),
                                            "channel": ", ".join(channels)}))


# "people from X", "came in via X", "referred by X" / "X来的", "来自X": where the customers came from
CAME_FROM_BEFORE_PEOPLE = re.compile(r"\b(?:(?:came|come|comes|coming|arrived|acquired|signed up)\s+(?:in\s+|to us\s+)?(?:from|via|through)"
                              r"|(?:found|find|finds|heard of|discovered)\s+us\s+(?:on|via|through|from)"
                              r"|(?:people|users|customers|guests|clients|members|folks|those)\s+(?:who\s+\w+\s+)?"
                              r"(?:from|via|through)|referred by)\s*(?:the\s+)?$|来自\s*$", re.I)
CAME_FROM_AFTER_PEOPLE = re.compile(r"\s*(?:渠道)?(?:来的|过来的|引流来的|进来的|拉来的)")


def _on_customers(w: Work, dim: str, raw: str) -> bool:
    """Is the value one the customer list holds in that column?"""
    return raw in w.catalog.values_by_table.get((dim, "customers"), ())


# measures of a journey's conversion, read over its steps (the steps' own outcomes say which steps, never a slice)
JOURNEY_CONVERSIONS = frozenset({"overall_conversion", "step_conversion", "drop_off_rate", "users_lost"})


def _journey_steps_said_as_outcomes(w: Work) -> None:
    """"of the people who checked in on site, what share actually jumped? On-site funnel (check-in → briefing →
    jump)": checked_in and jumped are what the journey's own steps record — the steps said as verbs — not two groups
    of the action column to compare, nor a slice (a slice of one outcome at every step leaves nobody in the funnel).
    The words stay accounted for."""
    prof = w.catalog.profile
    said = [str(v) for v in w.filters.get("action") or [] if not str(v).startswith("!=")]
    if w.dimension == "action":
        said += [str(v) for v in w.group_values]
    if prof is None or not said or w.metric_id not in JOURNEY_CONVERSIONS or not w.journey_id:
        return
    journey = w.catalog.journey(w.journey_id)
    steps = set(journey.steps) if journey is not None else set()
    if not steps or not all(set(prof.action_steps.get(v, ())) and set(prof.action_steps.get(v, ())) <= steps
                            for v in said):
        return
    w.filters.pop("action", None)
    w.blocked_spans += [(m.start, m.end) for m in w.mentions if m.kind == "value" and m.dim == "action"]
    w.mentions = [m for m in w.mentions if not (m.kind == "value" and m.dim == "action")]
    if w.dimension == "action":
        w.dimension, w.group_values = None, []
        if w.intent in ("compare_groups", "breakdown"):
            w.intent = "metric_value"


def _exit_rate_read_by_exits(w: Work) -> None:
    """The exit rate is computed per touchpoint by the exits analysis, never as a plain series: asked as one value
    (of a step, or of all), it is read off that analysis; asked over time, between periods or by another column, it
    is refused with what can be answered — never a tool error."""
    if w.metric_id != "exit_rate" or w.intent in ("exits", "explain_metric") or w.status != "ok":
        return
    if w.intent in ("metric_value", "breakdown") and w.dimension in (None, "touchpoint") and w.baseline is None and \
            not w.filters and not w.touchpoint_ids:
        w.intent, w.dimension = "exits", None  # ("what's our exit rate": every touchpoint's, ranked)
        return
    w.status, w.intent, w.clarify = "unsupported", "unsupported", "exit_rate_slice"


def _thing_the_steps_handle(w: Work) -> None:
    """"按人算从进落地页到试剂盒发出的转化率", "kit activations failed" where kit (试剂盒) is also a value of the orders'
    order type: a value of a column the measured events do not hold themselves, whose word names the thing several of
    the data's steps handle ("Kit shipped", "Kit activated", "Re-test kit sent"), says what the steps are about; as a
    filter it would keep only the events that carry such an order. It slices nothing (said). A count of the orders
    themselves keeps it ("how many kit orders")."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if w.status != "ok" or w.ratio is not None or term is None or term.table != "events":
        return
    for d, vals in list(w.filters.items()):
        dim = w.catalog.dimension(d)
        if dim is None or not dim.slices or "events" in dim.slices or "customers" in dim.slices or len(vals) != 1:
            continue
        said = [m for m in w.mentions if m.kind == "value" and m.dim == d and m.id == vals[0]]
        if len(said) != 1:
            continue
        word = said[0].surface.strip().lower()
        if len(word) < 2:
            continue
        pattern = re.compile(re.escape(word) if CJK.search(word) else r"\b" + re.escape(word) + r"s?\b")
        steps = [t for t in w.catalog.touchpoints if any(pattern.search((n or "").lower())
                                                          for n in (t.name, t.name_zh, t.name_en))]
        if len(steps) < 2:
            continue
        del w.filters[d]
        w.blocked_spans.append((said[0].start, said[0].end))
        w.notes.append(("thing_of_the_steps", {"word": said[0].surface.strip(), "steps": ", ".join(
            build._tp_name(w.catalog, t.id, w.language) for t in steps[:3])}))


def step_data(w: Work) -> None:
    """What the data can support: the measure's table must hold rows, and an asked period must meet them."""
    if w.status != "ok":
        return
    # (kinds added by the defaults, a step said as an order kind: 定金 → booth_deposit beside 订单类型 = 展位尾款,
    # are one column's values in two languages, merged like those the words named)
    resolve._twin_filters_merged(w)
    _comment_word_no_step(w)
    _journey_steps_said_as_outcomes(w)
    _exit_rate_read_by_exits(w)
    _column_named_in_a_step_word(w)
    _value_of_another_steps_rows(w)
    _thing_the_steps_handle(w)
    _outcome_recorded_at_the_next_step(w)
    _value_naming_the_rates_step(w)
    _verb_of_a_one_outcome_step(w)
    _ranking_without_groups(w)
    _window_of_conversion(w)
    _journey_step_said_as_a_value(w)
    if w.status != "ok":
        return
    checks.require_data(w)


def _window_of_conversion(w: Work) -> None:
    """A conversion between two steps with a window said ("what share cancelled within 60 days of their first
    box"): the later step counts only when reached within that many days of the first, not within the journey's
    own window (or none, for two steps alone). A step's conversion to its next step becomes those two steps alone
    (the window then runs from the first of them, not from the journey's start)."""
    if w.status != "ok" or w.metric_id not in ("overall_conversion", "step_conversion") or not w.journey_id:
        return
    days = build.window_said(w)
    if days is None:
        return
    from knowledge.analyses.journey_common import bare_id, pair_id, within_id
    if w.metric_id == "step_conversion":
        j = w.catalog.journey(bare_id(w.journey_id))
        if j is None or len(w.touchpoint_ids) != 1 or w.touchpoint_ids[0] not in j.steps or \
                j.steps.index(w.touchpoint_ids[0]) + 1 >= len(j.steps):
            return
        a = w.touchpoint_ids[0]
        w.metric_id, w.journey_id, w.touchpoint_ids = "overall_conversion", pair_id(j.id, a, j.steps[j.steps.index(a) + 1]), []
        w.conversion_to = None
    w.journey_id = within_id(w.journey_id, days)
    w.notes.append(("window_said", {"days": days}))


def _names_the_step(surface: str, tp: Any) -> bool:
    """Is every English word of a value's words a form of a word of one of the step's names ("club boxes" of "Club
    box delivered")?"""
    said = re.findall(r"[a-z]+", surface.lower())
    return any(all(any(_word_form(x, y) for y in re.findall(r"[a-z]+", (n or "").lower())) for x in said)
               for n in (tp.name, tp.name_en))


def _value_of_another_steps_rows(w: Work) -> None:
    """"How many club boxes arrived melted last month?" where cart = club_box is recorded only at checkout and the
    arrival condition only at the delivery step "Club box delivered": two event columns no step records together
    leave no row; the value whose words are in the name of the step recording the other column (club box) names the
    thing that step is about, and slices nothing (said). The delivery step becomes the rows counted."""
    if w.status != "ok" or w.ratio is not None or len(w.filters) < 2 or w.touchpoint_ids:
        return
    steps = {d: w.catalog.steps_recording(d) for d in w.filters if d not in ("touchpoint", "stage", "action")}
    steps = {d: s for d, s in steps.items() if s}
    for d, at in list(steps.items()):
        others = [(o, s) for o, s in steps.items() if o != d and not (s & at)]
        if len(others) != 1:
            continue
        other, held = others[0]
        said = [m for m in w.mentions if m.kind == "value" and m.dim == d and m.id in w.filters.get(d, ())]
        hosts = [tp for tp in w.catalog.touchpoints if tp.id in held and any(_names_the_step(m.surface, tp) for m in said)]
        if len(said) != 1 or len(hosts) != 1:
            continue
        del w.filters[d]
        w.touchpoint_ids = [hosts[0].id]
        w.notes.append(("value_as_step", {"words": said[0].surface,
                                          "step": build._tp_name(w.catalog, hosts[0].id, w.language)}))
        return


def _outcome_recorded_at_the_next_step(w: Work) -> None:
    """"2025年船公司直接驳回了多少张修箱估价单？" where the estimate step (修箱估价) never records approval_result and the
    estimate-approval step (right after it in a journey, or the only step recording it) does: the outcome of the thing
    named is recorded where it is
    decided; the records counted are that step's, with the value (said). A column no step records, or one the named
    step records, changes nothing."""
    if w.status != "ok" or w.ratio is not None or len(w.touchpoint_ids) != 1 or \
            w.metric_id not in ("events", "users_reached", "active_customers"):
        return
    named = w.touchpoint_ids[0]
    for d in [d for d in w.filters if d not in ("touchpoint", "stage", "action")]:
        held = w.catalog.steps_recording(d)
        if not held or named in held:
            continue
        after = {j.steps[j.steps.index(named) + 1] for j in w.catalog.journeys
                 if named in j.steps and j.steps.index(named) + 1 < len(j.steps)}
        # (the step after it in a journey; else the one step that records the column at all)
        hosts = sorted(held & after) or (sorted(held) if len(held) == 1 else [])
        # (every other column filtered on must be one the host's records carry too: a reason recorded at the named
        # step, "会员退订包月的原因" with 会员 a visit's type, keeps the named step)
        others = [o for o in w.filters if o not in ("touchpoint", "stage", "action", d)]
        if len(hosts) != 1 or any((rec := w.catalog.steps_recording(o)) and hosts[0] not in rec for o in others):
            continue
        w.touchpoint_ids = [hosts[0]]
        w.notes.append(("outcome_at_step", {"step": build._tp_name(w.catalog, hosts[0], w.language),
                                            "named": build._tp_name(w.catalog, named, w.language)}))
        return


def _value_naming_the_rates_step(w: Work) -> None:
    """"Which dispatch day has the highest melted rate for club boxes?" where the rate counts the delivery step
    "Club box delivered" (its arrival condition) and cart = club_box is recorded only at checkout: a slice of both
    sides that the rate's steps never record leaves no row; when its words are in the name of the rate's step, it
    names the thing that step is about and slices nothing (said). A value the rate's steps do record stays."""
    if w.status != "ok" or w.ratio is None:
        return
    at = {*w.ratio.numerator.filters.get("touchpoint", ()), *w.ratio.denominator.filters.get("touchpoint", ())}
    if not at:
        return
    hosts = [tp for tp in w.catalog.touchpoints if tp.id in at]
    for d in [d for d in w.filters if d not in ("touchpoint", "stage", "action")]:
        held = w.catalog.steps_recording(d)
        if not held or held & at:
            continue
        said = [m for m in w.mentions if m.kind == "value" and m.dim == d and m.id in w.filters.get(d, ())]
        named = [tp for tp in hosts if len(said) == 1 and _names_the_step(said[0].surface, tp)]
        if len(named) != 1:
            continue
        del w.filters[d]
        w.notes.append(("value_as_step", {"words": said[0].surface,
                                          "step": build._tp_name(w.catalog, named[0].id, w.language)}))


def _verb_of_a_one_outcome_step(w: Work) -> None:
    """"去年下半年客户一共提交了多少次续药申请" where the request step's events all record "requested", "how many new
    patients booked a home visit" where every visit event is "completed": the verb (提交 -> submitted, booked) is the
    doing of the step itself, which records one outcome only and never the one the verb links to — it slices
    nothing. (A step recording several outcomes keeps the filter: an outcome it never records is no answer.)"""
    prof = w.catalog.profile
    said = [str(v) for v in w.filters.get("action") or []]
    steps = set(w.touchpoint_ids)
    if prof is None or not said or not steps or w.ratio is not None or any(v.startswith("!=") for v in said) or \
            w.dimension == "action":
        return
    recorded = {t: {a for a, holders in prof.action_steps.items() if t in holders} for t in steps}
    if not all(len(acts) == 1 for acts in recorded.values()) or any(v in acts for v in said for acts in recorded.values()):
        return
    words = [m for m in w.mentions if m.kind == "value" and m.dim == "action" and str(m.id) in said]
    if not words:
        return
    del w.filters["action"]
    w.blocked_spans += [(m.start, m.end) for m in words]
    w.mentions = [m for m in w.mentions if m not in words]
    w.notes.append(("verb_of_the_step", {"word": words[0].surface}))


def _column_named_in_a_step_word(w: Work) -> None:
    """"What's the most common dietary request guests send in?" where "dietary request" names the step where the
    requests are made and "dietary" the column its rows record them in: the column's values are ranked (by the
    step's events), not one total asked back for its groups."""
    if w.status != "ok" or not w.order or not RANKING_WORD.search(w.text) or w.dimension or w.grain or \
            w.intent not in ("metric_value", "compare_periods") or len(w.touchpoint_ids) != 1 or w.top_n or \
            w.metric_id not in (None, "events", "users_reached", "active_customers"):
        return
    said = [m for m in w.mentions if m.kind == "touchpoint" and m.id == w.touchpoint_ids[0]]
    found = []
    for d in w.catalog.dimensions:
        if not d.extra or d.identifier or d.numeric or d.time or "events" not in d.slices or \
                not w.catalog.dimension_values.get(d.id):
            continue
        names = {d.id.replace("_", " ").lower(), *(n.lower() for n in d.names.values() if n)}
        if any(re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", m.surface.lower()) for n in names if n
               for m in said):
            found.append(d.id)
    if len(found) != 1:
        return
    w.dimension, w.intent = found[0], "breakdown"
    info = w.catalog.dimension(found[0])
    w.notes.append(("column_in_step_words", {"words": said[0].surface,
                                             "dim": (info.names.get(w.language) if info else None) or found[0]}))


# "which …", "who …", "哪个/哪类…" with a superlative: the groups of something are ranked
RANKING_WORD = re.compile(r"\bwhich\b|\bwho\b|哪(?:个|一个|一|些|家|位|种|类|款|条|所|间)|"
                          r"\bmost (?:common|frequent|popular|used)\b|最常见|最常用|最普遍|最多的是(?:什么|啥)")


def _ranking_without_groups(w: Work) -> None:
    """"Who orders most often — undergrads, postgrads or staff?" answered as one total: a ranking was asked and the
    plan ranks nothing (no grouping, no steps, no time grain). One number would answer another question, so the
    groups to rank are asked back, with the columns of the measured rows as options."""
    # (one outcome's share of a step read off its outcomes, "回寄的快递里哪家延误比例最高": the outcomes are no groups
    # the ranking asked for)
    outcome_share = w.intent == "breakdown" and w.dimension == "action" and bool(w.focus) and \
        any(n[0] == "outcome_of_step" for n in w.notes) and not any(m.kind == "dimension" for m in w.mentions)
    if w.status != "ok" or not w.order or not RANKING_WORD.search(w.text) or (w.dimension and not outcome_share) or \
            w.grain or (w.intent not in ("metric_value", "compare_periods") and not outcome_share) or \
            len(w.touchpoint_ids) > 1 or w.top_n:
        return
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    table = term.table if term is not None else None
    dims = [d.id for d in w.catalog.dimensions if d.extra and not d.identifier and not d.numeric and not d.time
            and (table is None or not d.slices or table in d.slices or "customers" in d.slices)
            and w.catalog.dimension_values.get(d.id)]
    w.status, w.clarify, w.options = "clarify", "dimension", dims[:6]


def _comment_word_no_step(w: Work) -> None:
    """"评价平均分最低的门店" where 评价 is also the data's word for its review step: a measure of the comments is of
    all comments; the comment word names them, not comments filed at the review step."""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is None or term.table != "feedback" or len(w.touchpoint_ids) != 1:
        return
    said = [m for m in w.mentions if m.kind == "touchpoint" and m.id == w.touchpoint_ids[0]]
    # ("our average star rating on Ctrip" where rating is also an alias of the review step: the measure's own word)
    measures = [(m.start, m.end) for m in w.mentions if m.kind == "metric" and m.id == w.metric_id]
    if said and all(resolve._generic_feedback_word(m.surface) or
                    any(a <= m.start and m.end <= b for a, b in measures) for m in said):
        w.touchpoint_ids = []


def step_calls(w: Work) -> None:
    if w.status == "ok" and w.metric_id in ("slower_share", "slower_count"):
        from knowledge.analyses.journey_common import slower_than
        if slower_than(w.journey_id) is None:
            # ("哪个站送水超时的比例最高" with no time said: late compared with what — asked back, never an error)
            said = next((m.surface for m in w.mentions if m.kind == "metric" and m.id == w.metric_id), w.metric_id)
            w.status, w.clarify, w.clarify_args = "clarify", "slower_threshold", {"word": said}
            return
    if w.status == "ok":
        _steps_outside_the_part(w)
        _outcome_said_of_the_counted_step(w)
        _first_try_of_the_step(w)
        _groups_in_the_grouping_column(w)
        w.tool_calls = build.build_calls(w)
        _share_left_unanswered(w)
        _median_left_unanswered(w)
        _duration_left_unanswered(w)
        _money_left_unanswered(w)


def _steps_outside_the_part(w: Work) -> None:
    """A journey's part or two of its steps measured ("从申请退款到退款到账平均几天"), and a step said beside them that
    is neither ("那用微信支付交定金的呢": who is asked about, the deposit paid that way): no step of the part to
    measure at; it qualifies the people asked about, said in the assumptions when it was dropped."""
    from knowledge.analyses.journey_common import parse_part
    part = parse_part(w.journey_id)
    if part is None or not w.touchpoint_ids:
        return
    outside = [t for t in w.touchpoint_ids if t not in part[1:]]
    if outside:
        w.touchpoint_ids = [t for t in w.touchpoint_ids if t not in outside]
        w.notes.append(("step_not_in_part", {"steps": "、".join(build._tp_name(w.catalog, t, w.language)
                                                                 for t in outside)}))

# "what percentage did orders grow", "增长了百分之几": a change said in percent, no part of a whole
CHANGE_IN_PERCENT = re.compile(r"\b(?:grow|grew|growth|increas|decreas|declin|drop|fell|fall|rose|rise|change|up|down|"
                               r"more|less|fewer|higher|lower|vs|versus|compared)\w*|增长|增加|减少|下降|上升|变化|涨|跌|"
                               r"提升|降低|多了|少了|同比|环比|相比|比去年|比上")


MEDIAN_ASKED = re.compile(r"\bmedian\b|中位数|中位值")


MEDIAN_TOOLS = ("compare_periods", "metric_trend", "metric_breakdown", "compare_groups")


def _median_left_unanswered(w: Work) -> None:
    """"Median order value" where only the average of a column or of orders is defined: a mean answered for a median
    asked is another number, never `ok` (times between steps have their median; those pass)."""
    if w.status != "ok" or not w.tool_calls or w.ratio is not None or not MEDIAN_ASKED.search(w.text):
        return
    term = w.catalog.metric(str(w.tool_calls[0].args.get("metric_id") or ""))
    if term is None or term.id == "median_time_to_convert" or term.id.startswith("median_") or \
            term.unit in ("count", "ratio"):
        return
    median = w.catalog.metric("median_" + term.id[len(AVG_PREFIX):]) if term.id.startswith(AVG_PREFIX) else None
    if median is not None and all(c.name in MEDIAN_TOOLS for c in w.tool_calls):
        # a column's median asked: the same call on the column's median
        w.tool_calls = [replace(c, args={**c.args, "metric_id": median.id}) for c in w.tool_calls]
        w.metric_id = median.id
        return
    w.tool_calls = []
    w.status, w.clarify = "unsupported", "median"
    w.clarify_args = {"what": term.names.get(w.language) or term.id}


# the rate a ranking is asked by, said of what happened ("谁逾期还箱的比例最高", "哪个仓验箱查出损坏的比例最高")
# (not 占比: "哪个城市的热线电话占比最高" is each city's share of the whole, a ranking of counts)
RATE_OF_ZH = re.compile(r"([\u4e00-\u9fff]{2,10}?)的?(?:比例|比率|概率)(?:是)?(?:最|更|比较)(?:高|低|大|小|多|少)(?!少)")


def _ranked_rate_of_nothing(w: Work, call: Any) -> None:
    """"家庭、学生、企业三类客户，谁逾期还箱的比例最高？" where nothing names 逾期还箱: groups ranked by a rate asked
    of words no step, value or measure covers, answered with a count, is another question's ranking — the part is
    asked for (unsupported), never ranked by how many rows each group has."""
    term = w.catalog.metric(str(call.args.get("metric_id") or ""))
    if term is None or term.unit not in ("count", "currency"):
        return
    m = RATE_OF_ZH.search(w.text)
    if m is None:
        return
    a, b = m.span(1)
    words = re.sub(r"^(?:谁|哪个|哪家|哪类|哪种|哪一|的|被|有)+", "", m.group(1))
    a = b - len(words)
    # (the words no name covers: 逾期 of 逾期还箱 where 还箱 names the pickup step)
    free = "".join(ch if not any(x.start <= i < x.end for x in w.mentions) and
                   not any(x <= i < y for x, y in w.time_spans) else " " for i, ch in enumerate(w.text[a:b], a))
    runs = [r for r in re.findall(r"[\u4e00-\u9fff]{2,}", re.sub(r"[的被有了是]", " ", free))
            if not coverage.is_people_word(r) and not coverage.is_filler(r) and not re.fullmatch(r"第[一二三四五六七八九十\d]+[轮次个批]", r)]
    if not runs:
        return
    w.tool_calls = []
    w.status, w.clarify = "unsupported", "share_part"
    w.clarify_args = {"what": term.names.get(w.language) or term.id}


def _share_left_unanswered(w: Work) -> None:
    """"已经结案的申请里，超过截止日期才结案的比例是多少" where nothing names the part: a share asked for and a
    count or an amount answered is another question's number, never `ok` (the part is asked for instead)."""
    if w.status != "ok" or not w.tool_calls or w.ratio is not None:
        return
    call = w.tool_calls[0]
    if call.name == "metric_breakdown" and call.args.get("order"):
        _ranked_rate_of_nothing(w, call)
        return
    if call.name not in ("compare_periods", "metric_trend"):
        return
    term = w.catalog.metric(str(call.args.get("metric_id") or ""))
    if term is None or term.unit not in ("count", "currency"):
        return
    spans = [(m.start, m.end) for m in w.mentions] + list(w.time_spans)
    if not intent.share_asked(w.text, spans) or CHANGE_IN_PERCENT.search(w.text):
        return
    w.tool_calls = []
    w.status, w.clarify = "unsupported", "share_part"
    w.clarify_args = {"what": term.names.get(w.language) or term.id}


# a length of time asked outright: an average, median or typical number of days (hours, minutes), "how long",
# "多久", "一般几天", "平均多少小时"
LENGTH_OF_TIME_ASKED = re.compile(
    r"\b(?:median|average|avg|mean|typical)\s+(?:number\s+of\s+)?(?:days|hours|minutes|weeks|time|wait|turnaround)\b|"
    # ("Avg Q&A reponse time in hours": the words between say whose time; "resolution time in hours")
    r"\b(?:median|average|avg|mean|typical)\s+(?:[a-z&\-]+\s+){1,3}?(?:time|wait|duration|turnaround|delay)s?\b|"
    r"\b(?:time|wait|duration|delay)s?\s+in\s+(?:days|hours|minutes)\b|"
    # ("how many days on average did it take us to close them", "how many hours did the repair take")
    r"\bhow many (?:days|hours|minutes|weeks)\b[^?.]{0,40}\b(?:take|took|taken|taking|last|lasted|wait|waited)\b|"
    r"\bhow long\b|多久|多长时间|(?:平均|中位数?|一般|通常|大概)[^，。？?！!,]{0,8}?(?:几天|多少天|几个?小时|多少小时|几分钟|多少分钟|几周)",
    re.I)


def _duration_left_unanswered(w: Work) -> None:
    """"For exit requests submitted in 2025, what's the median number of days until the owner got a decision?" where
    no second step, duration column or time is understood: a length of time asked outright and a count answered
    (events, orders, people) is another question's number, never `ok` — said, with how to ask for a time."""
    _count_answering(w, LENGTH_OF_TIME_ASKED.search(w.text) is not None, "duration_unanswered")


def _count_answering(w: Work, other_asked: bool, why: str) -> None:
    """A count (events, orders, people) about to answer a question asking for something else (`other_asked`: a
    length of time, an amount of money): no calls, status unsupported with `why`, the count's name said."""
    if not other_asked or w.status != "ok" or not w.tool_calls or w.ratio is not None or w.day_n is not None:
        return
    term = w.catalog.metric(str(w.tool_calls[0].args.get("metric_id") or w.metric_id or ""))
    if term is None or term.unit != "count":
        return
    w.tool_calls = []
    w.status, w.clarify = "unsupported", why
    w.clarify_args = {"what": term.names.get(w.language) or term.id}


# an amount of money asked outright: how much was brought in, a total value, revenue (not "how many orders")
MONEY_AMOUNT_ASKED = re.compile(
    r"\bhow much (?:money\b|(?:did|do|have|has) (?:we|they|it|the \w+) (?:make|earn|bring in|brought in|collect|take|"
    r"bill|charge|invoice|receive|get|lend|lent|pay|paid|spend|refund)\b)|\bwhat did we (?:bring in|make|earn|collect|take)\b|"
    r"\btotal (?:[a-z\-]+ ){0,3}(?:value|amount|revenue|income|sales|spend|takings)\b|\b(?:revenue|income|takings|turnover)\b|"
    r"\b(?:average|avg|mean|median) (?:[a-z\-]+ ){0,2}(?:value|amount|price|spend|fee|size)\b|"
    r"多少钱|收入|营收|金额|销售额|流水|(?:收|赚|挣|进账|花|付|退)了多少(?![笔单次个人位件张条家台份车趟辆套本间])")
# rows or people counted ("金额不到5000欧的客户有多少个", "how many claims"): a count, not money
ROWS_COUNTED_ASKED = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b|(?:多少|几)[笔单次个人位件张条家台份车趟辆套本间]")


def _money_left_unanswered(w: Work) -> None:
    """"What was the total contract value we signed in 2025?" where no amount column is understood: money asked
    outright and a count answered (events, orders, people) is another question's number, never `ok` — said, with
    how to ask for an amount (as a length of time answered with a count is, _duration_left_unanswered)."""
    asked = MONEY_AMOUNT_ASKED.search(w.text) is not None and ROWS_COUNTED_ASKED.search(w.text) is None
    _count_answering(w, asked, "money_unanswered")


def step_assumptions(w: Work) -> None:
    msg = _lex(w.language).MSG
    sep = "、" if w.language == "zh" else ", "
    for key, args in w.notes:
        if w.status != "ok" and key not in ("fuzzy", "follow_up"):
            continue  # no period or metric was used: nothing was computed
        if key == "follow_up":
            w.assumptions.append(msg["follow_up"].format(what=sep.join(msg["what_" + k] for k in args["what"])))
        elif key == "fuzzy":
            if w.status == "ok" and args["kind"] == "metric" and args["id"] != w.metric_id:
                continue  # a guessed measure the answer does not use ("star" read as CSAT, then the 1-2 star share)
            name = _entity_name(w, args["kind"], args["id"])
            w.assumptions.append(msg["fuzzy"].format(surface=args["surface"], name=name))
        else:
            w.assumptions.append(msg[key].format(**args))


def _entity_name(w: Work, kind: str, id_: str) -> str:
    if kind == "touchpoint":
        return build._tp_name(w.catalog, id_, w.language)
    if kind == "journey":
        return build._journey_name(w.catalog, id_, w.language)
    if kind == "metric":
        return build._metric_name(w.catalog, id_, w.language)
    return id_


STEPS: tuple[Callable[[Work], None], ...] = (
    step_normalise, step_language, step_time, step_presentation, step_tokenise, step_link, step_ratio, step_cues,
    step_slots, step_intent, step_follow_up, step_ratio_ask, step_unsupported, step_underspecified, step_coverage, step_defaults, step_data, step_calls,
    step_assumptions)


def plan_turn(question: str, *, catalog: Catalog, state: ConversationState | None = None,
              as_of: date | None = None, lang: str | None = None, today: date | None = None) -> Plan:
    """Plan one question; `state` is the previous turn's Plan.state for follow-ups. `today` is the asker's
    calendar day (default: an explicit as-of, else the clock); data that ended long before it is historical
    and a question without a period reads all of it."""
    w = Work(question=question, catalog=catalog, state=state,
             as_of=as_of or catalog.default_as_of or date.today(), lang_forced=lang,
             today=today or as_of or date.today())
    for step in STEPS:
        step(w)
    msg = _lex(w.language).MSG
    clarify = msg.get("clarify_" + (w.clarify or ""), "").format(**w.clarify_args) or None \
        if w.status == "clarify" else None
    if w.status == "unsupported":
        clarify = msg["unsupported_" + (w.clarify or "unknown")].format(**w.clarify_args)
    new_state = ConversationState(
        intent=w.intent if w.intent != "unsupported" else (state.intent if state else None),
        metric_id=w.metric_id, journey_id=w.journey_id, touchpoint_ids=list(w.touchpoint_ids),
        dimension=w.dimension, filters={k: list(v) for k, v in w.filters.items()}, period=w.period,
        top_n=w.top_n, order=w.order, last_tool_calls=list(w.tool_calls),
        pending=w.clarify if w.status == "clarify" else None,
        topic_query=build.search_query(w) if w.intent in ("why", "feedback_search", "feedback_count") and w.status == "ok"
        else None,
        ratio=w.ratio.to_dict() if w.ratio is not None and w.status == "ok" else None,
        focus=list(w.focus) if w.intent == "breakdown" and w.status == "ok" else [],
        one_asked=w.status == "ok" and _one_group_asked(w),
        conversion_to=w.conversion_to if w.status == "ok" and w.metric_id == "overall_conversion" else None)
    if w.status == "unsupported" and state is not None:
        new_state = state  # a question we could not answer does not erase the conversation
    return Plan(language=w.language, intent=w.intent, status=w.status, tool_calls=w.tool_calls,
                period=w.period, period_text=w.period_text or (str(w.period) if w.period else ""),
                assumptions=w.assumptions, clarify=clarify,
                options=build.option_labels(w) if w.status == "clarify" else [],
                suggestions=list(msg["suggest"]) if w.status == "unsupported" else [], state=new_state,
                frame=frame_of(w))
