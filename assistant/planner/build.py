"""Final steps: fill defaults (period, journey, metric), decide clarify, and emit tool calls."""
from __future__ import annotations

import functools

import re
from datetime import timedelta
from typing import Any

from knowledge.feedback.topic import ALTERNATIVES
from knowledge.results import Period

from assistant.planner import checks, lexicon_en, lexicon_zh
from assistant.planner.intent import KIND_WORDS, STEP_METRICS, mask, share_asked, which_of_two
from assistant.planner.intent import any_cue as intent_any
from assistant.planner.text import arm_words
from assistant.planner.intent import is_which as intent_is_which
from assistant.planner.resolve import LESS_HAPPY, journeys_for
from assistant.planner.types import Catalog, PlannedCall, TermInfo, Work, TIME_GRAINS

DEFAULT_DAYS = 30
CLOCK_DIMS = ("hour", "weekday", "day_part", *TIME_GRAINS)
DEFAULT_TOP_N = 5
# metrics used when a question names none, first one present in the catalogue wins
FALLBACK_METRICS = ("events", "orders", "users_reached")
# dimensions a feedback row can be sliced by (device lives on events and orders only)
FEEDBACK_DIMS = ("segment", "region", "acquisition_channel", "tier", "language", "sentiment")
NEEDS_METRIC = ("trend", "breakdown", "compare_groups", "compare_periods", "metric_value", "anomaly", "why",
                "explain_metric")


NO_PERIOD = ("explain_metric", "describe_data", "sql")


RETENTION_DEFAULT_DAYS = 365
LONG_GRAINS = {"year": 3 * 365, "quarter": 2 * 365, "month": 365, "week": 91}
USUAL_DAYS = 28
ALL_TIME = lexicon_zh.ALL_TIME + lexicon_en.ALL_TIME
# "全部已支付订单", "all paid orders", "所有评论": every row of the kind, with no period named, is all of the data
ALL_ROWS = re.compile(r"(?:全部|所有)(?:的)?[\u4e00-\u9fff]{0,4}?(?:订单|用户|客户|评论|反馈|申请|记录|会员|工单|交易)|"
                      r"\ball (?:(?:the|our)\s+)?(?:[a-z-]+\s+){0,2}(?:orders|customers|users|reviews|comments|feedback|"
                      r"applications|records|tickets|transactions|members)\b")


def fill_period(w: Work) -> None:
    """Default period: the 30 days ending at as-of (or where the measure's data ends), said out loud."""
    if w.intent in NO_PERIOD:
        return
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    if term is not None and term.timeless:
        # the customer list as it stands: any period gives the same count; the tools still take one
        w.period = w.period or checks.whole_coverage(w) or Period(w.as_of, w.as_of)
        w.default_period, w.baseline = True, None
        return
    if w.period is None and w.intent == "experiment":
        return  # an experiment is read over its whole assignment period unless one is named
    if w.period is None and checks.default_feedback_all(w):
        w.default_period = True
        w.notes.append(("period_all_feedback", {"n": checks.untimed_feedback(w)}))
        whole = checks.whole_coverage(w) if w.intent not in checks.FEEDBACK_INTENTS else None
        if whole is not None:  # a measure tool needs the days: all of them, and the comments without a date
            w.period = Period(whole.start, whole.end, undated=True)
        elif w.intent not in checks.FEEDBACK_INTENTS and checks.measure_table(w) == "feedback":
            # no comment has a date at all: the undated rows are all of them, whatever the (one) day given
            w.period = Period(w.as_of, w.as_of, undated=True)
        return
    anchor, table = checks.default_anchor(w)
    # ("which month had the highest GMV": the months of all the data are ranked, not the one or two of 30 days)
    whole = checks.whole_coverage(w) if w.period is None and (intent_any(w.text, ALL_TIME) or checks.default_all_data(w)
                                                              or ALL_ROWS.search(w.text) or level_why(w)
                                                              or w.intent == "breakdown" and w.dimension in TIME_GRAINS) \
        else None
    if whole is not None:
        # "一共", "in total", "so far": everything the data holds, not the last 30 days
        w.period, w.default_period = whole, True
        w.notes.append(("period_all_data", {"start": whole.start, "end": whole.end}))
        untimed = checks.untimed_feedback(w) if checks.measure_table(w) == "feedback" else 0
        if untimed:
            # all the comments, also those without a date (DATA.md allows them)
            w.period = Period(whole.start, whole.end, undated=True)
            w.notes.append(("period_all_undated", {"n": untimed}))
    elif w.period is None and w.intent in ("retention", "day_retention"):
        # a repurchase window needs room: 30 days of first orders would be almost all still open
        w.period = Period(anchor - timedelta(days=RETENTION_DEFAULT_DAYS - 1), anchor)
        w.default_period = True
        w.notes.append(("period_default_long", {"as_of": anchor, "start": w.period.start, "end": w.period.end,
                                                "days": RETENTION_DEFAULT_DAYS}))
    elif w.period is None and w.intent == "trend" and w.grain in LONG_GRAINS:
        # a monthly (weekly) trend over 30 days would be two (four) points
        days = LONG_GRAINS[w.grain]
        w.period = Period(anchor - timedelta(days=days - 1), anchor)
        w.default_period = True
        w.notes.append(("period_default_long", {"as_of": anchor, "start": w.period.start, "end": w.period.end,
                                                "days": days}))
    elif w.period is None:
        w.default_period = True
        if table is not None:
            w.period = checks.default_period(w, DEFAULT_DAYS)
        else:
            w.period = Period(anchor - timedelta(days=DEFAULT_DAYS - 1), anchor)
            w.notes.append(("period_default", {"as_of": anchor, "start": w.period.start, "end": w.period.end}))
    elif w.period_text:
        w.notes.append(("period", {"text": w.period_text}))
    if w.intent in ("why", "compare_periods", "metric_value") and w.baseline is None and \
            not (whole is not None and w.intent in ("metric_value", "why")) and not (w.ratio is not None and w.intent == "metric_value"):  # a total of all data has no "before"
        if any(c in w.text for c in lexicon_zh.USUAL + lexicon_en.USUAL):
            w.baseline = Period(w.period.start - timedelta(days=USUAL_DAYS), w.period.start - timedelta(days=1))
        else:
            w.baseline = previous_month(w.period) or w.period.previous()
    if w.baseline is not None and w.intent == "metric_value" and _before_data(w, w.baseline):
        # "2025年一共多少" on data that starts in 2025: no earlier period to set it against; nor one the data only
        # partly covers (H1 2025 on data from June 2025 would show a +482 % "change")
        w.baseline = None
    if w.baseline is not None and w.intent in ("why", "compare_periods", "metric_value") and \
            not (w.ratio is not None and w.intent == "metric_value"):  # a defined rate's value is for the period asked
        w.notes.append(("baseline", {"start": w.baseline.start, "end": w.baseline.end}))


# "why did … drop", "为什么最近变差了": a change, or a recent time, asked about; without such words "为什么X总是这么慢"
# asks why X is as it is (wider than planner.CHANGE_SAID, the change verbs that make "from A to B" two periods)
CHANGE_OR_RECENT_SAID = re.compile(r"变|下降|下滑|上升|上涨|涨|跌|减少|增加|增长|多了|少了|突然|最近|近期|这周|本周|上周|这个月|上个月|今年|去年|"
                         r"\b(?:drop(?:ped|s)?|fell|fall(?:ing|en)?|declin\w*|rose|ris(?:e|ing|en)|increas\w*|decreas\w*|"
                         r"went (?:up|down)|go(?:ne|ing)? (?:up|down)|chang\w*|spik\w*|jump\w*|surg\w*|lately|recently|"
                         r"suddenly|this (?:week|month|year)|last (?:week|month|year)|worse|better|lower than|higher than|"
                         r"compared|than before|since)\b", re.I)


# "rated so much lower than the others", "比其他门店差": set against the other groups, not against before
THAN_OTHERS = re.compile(r"\bthan (?:the |all |any |our )?(?:others?|rest|other [a-z]+|every other [a-z]+)\b|比(?:其他|别的|其它|另外)",
                         re.I)


def level_why(w: Work) -> bool:
    """"为啥小红书来的人转化这么差？", "Why do weekend campers wait so long?": a why about one slice with no period and
    no change said asks why the slice is as it is: the slice set against the others over all the data, and what its
    customers say — not last month against the month before."""
    text = THAN_OTHERS.sub(" ", w.text)
    return w.intent == "why" and w.period is None and w.baseline is None and not CHANGE_OR_RECENT_SAID.search(text) and \
        _one_slice(w) is not None


def _one_slice(w: Work) -> tuple[str, str] | None:
    """The one column value the question slices by (other than steps), when there is exactly one."""
    said = [(d, v) for d, vs in w.filters.items() if d not in ("touchpoint", "stage", "sentiment", "order_status")
            and len(vs) == 1 and isinstance(vs[0], str) and not vs[0].startswith(("!=", ">", "<"))
            and (t := w.catalog.dimension(d)) is not None and not t.time for v in vs[:1]]
    return said[0] if len(said) == 1 else None


def _before_data(w: Work, p: Period) -> bool:
    """Does the period start before the first day of the measure's data (so the data covers it not at all, or
    only in part)?"""
    prof, table = w.catalog.profile, checks.measure_table(w)
    start = prof.coverage(table)[0] if prof is not None and table else None
    return start is not None and p.start < start


def previous_month(p: Period) -> Period | None:
    """The calendar month, quarter, half or year before p when p is exactly one ("上个月", "Q3", "上半年", "2025")."""
    nxt = p.end + timedelta(days=1)
    if p.start.day != 1 or nxt.day != 1:
        return None
    months = (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    if months not in (1, 3, 6, 12) or (months == 3 and p.start.month % 3 != 1) or \
            (months == 6 and p.start.month not in (1, 7)) or (months == 12 and p.start.month != 1):
        return None
    last = p.start - timedelta(days=1)
    first = last.replace(day=1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    return Period(first, last)


# "哪种家庭类型的人最多", "which tier has the most customers": people ranked by a column of theirs
_PEOPLE_ZH = "|".join(sorted((re.escape(p) for p in lexicon_zh.PEOPLE if len(p) >= 2 and not p.startswith(("多少", "几"))
                              and p not in ("的人", "人里", "人中")), key=len, reverse=True))
_PEOPLE_EN = "|".join(sorted({re.escape(p) for p in lexicon_en.PEOPLE} | {"patrons"}, key=len, reverse=True))
# (the people word and the 最多 that ranks them may stand apart: "我们的客人哪个城市的最多", "most of our guests")
PEOPLE_RANKED = re.compile(r"(?:人|%s)(?:数|数量)?(?:最多|最少)|(?:%s)[^，。,.?？!！]{0,10}?哪[^，。,.?？!！]{0,10}?(?:最多|最少)|"
                           r"\b(?:most|fewest) (?:of (?:our|the) )?(?:%s)\b" % (_PEOPLE_ZH, _PEOPLE_ZH, _PEOPLE_EN))


# the verbs of joining said between 新 and the people ("新进来的老人", "新建档的客户", "新入会的会员")
JOINED_ZH = ("进来", "加入", "来", "建档", "登记", "注册", "开户", "入会", "入驻", "签约", "报名", "招募", "获取", "拉来",
             "增", "增加", "开发", "接入", "转介", "引入")
PEOPLE_NOUNS_ZH = tuple(p for p in lexicon_zh.PEOPLE if not re.search(r"多少|几|的人|人[里中]|数$", p))
# ("新注册的个人消费者": a kind said between the joining and the people is their slice, kept out of the span)
NEW_PEOPLE_ZH = re.compile("新(?:(?:" + "|".join(sorted(JOINED_ZH, key=len, reverse=True)) + ")的?(?P<kind>[\u4e00-\u9fff]{1,3}?)??|的)?(?:"
                           + "|".join(sorted(PEOPLE_NOUNS_ZH, key=len, reverse=True)) + ")")


# "how many new client accounts were opened", "newly registered patients", "accounts opened last quarter"
_PEOPLE_SINGULAR_EN = "customer|client|member|user|patient|subscriber|student|account"
NEW_PEOPLE_EN = re.compile(r"\bnew(?:ly (?:joined|registered|signed[- ]up|enrolled|opened))?\s+(?:(?:%s|[a-z][a-z\-]{3,})\s+)?(?:%s)\b|"
                           r"\b(?:accounts?|(?:%s)\s+accounts?)\s+(?:were |was |got |have been |had been )?"
                           r"(?:opened|created|set up|registered)\b" % (_PEOPLE_SINGULAR_EN, _PEOPLE_EN, _PEOPLE_SINGULAR_EN),
                           re.I)


def new_people_spans(w: Work) -> list[tuple[int, int]]:
    """"2025年新进来的老人", "新建档的客户有多少": the people who joined in the period — the customer list by its
    sign-up time — when no step is named that they joined by (新加坡 is a place: a word inside a name is none)."""
    if w.touchpoint_ids or w.journey_id or w.period is None or w.intent not in ("metric_value", "compare_periods",
                                                                                 "breakdown", "trend"):
        return []
    spans = [(m.start, m.end) for m in w.mentions]
    said = [*NEW_PEOPLE_ZH.finditer(w.text), *NEW_PEOPLE_EN.finditer(w.text)]
    out = []
    for m in said:
        if any(a <= m.start() < b for a, b in spans):
            continue
        kind = m.span("kind") if "kind" in m.re.groupindex and m.group("kind") else None
        # (the kind and its people, "个人消费者", are left to name their slice together)
        out += [(m.start(), kind[0])] if kind else [m.span()]
    return out


def _customers_on_record(w: Work) -> bool:
    """People counted or ranked by their own columns (every filter and the grouping a column of the customer
    list), with no period, step or journey said: the customers on record, not the ones active in some window."""
    c = w.catalog
    if w.touchpoint_ids or w.journey_id or w.period is not None or w.ratio is not None or \
            w.intent not in ("metric_value", "compare_periods", "breakdown") or not people_counted(w) or \
            c.metric("customer_count") is None or not (any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT)
                                                        or PEOPLE_RANKED.search(w.text) or share_asked(w.text)):
        return False
    dims = [d for d in (*w.filters, w.dimension) if d]
    return bool(dims) and all((t := c.dimension(d)) is not None and "customers" in t.slices for d in dims) \
        and _fits_data(w, "customer_count")


# ratings said to have got worse ("评价变差了", "ratings dropped"), and complaints said to be many ("意见这么大")
RATING_WORSE = re.compile(r"(?:评价|评分|打分|口碑|满意度|星级)[^，,。？?]{0,6}(?:变差|下降|降|下滑|变低|差了|低了|不如)|"
                          r"\b(?:ratings?|scores?|reviews?|satisfaction)\b[^,.?]{0,20}\b(?:drop\w*|fell|fall\w*|worse|down|declin\w*|low\w*)\b")
COMPLAINED = re.compile(r"意见(?:这么|很|太|特别|越来越)?大|不满|不高兴|\b(?:complain\w*|unhappy|angry|upset)\b")


THINGS_AFTER_ZH = re.compile(r"^(?:量|次数|场次|单量|单数|笔数|件数|数量)")


def _step_said_as_things(w: Work) -> bool:
    """Is a named step said as the things it records: an English plural ("race sessions", "soil test requests") or a
    Chinese volume word right after it ("订场量", "下单次数")?"""
    for m in w.mentions:
        if m.kind != "touchpoint" or m.id not in w.touchpoint_ids:
            continue
        if re.search(r"[a-z]{3,}s$", m.surface) and not re.search(r"(?:ss|us|is)$", m.surface):
            return True
        if THINGS_AFTER_ZH.match(w.text[m.end:]):
            return True
    return False


# "按报价次数算", "按单数算": the rows counted are things done, not people
# ("按结账记录条数算", "按记录数算": the records themselves, each once)
THINGS_COUNTED_ZH = re.compile(r"按[^，。？?,]{0,8}?(?:次数|笔数|单数|件数|个数|条数|记录数|行数)(?:来)?(?:算|计)")


# money spent said as what ranks or compares groups ("spent the most", "paid us the least", "spend more", "花钱最多")
SPENT_RANKED = re.compile(r"\b(?:spent|spend|spends|paid us|pay us|pays us)\s+(?:with us\s+|on [a-z]+\s+)?"
                          r"(?:the\s+)?(?:most|least|more|less)\b|花钱最(?:多|少)|花的钱最(?:多|少)|花得最(?:多|少)|"
                          r"消费最(?:多|少|高|低)|花钱更(?:多|少)|消费更(?:多|少)", re.I)


def _default_metric(w: Work) -> str | None:
    c = w.catalog
    if w.intent == "why" and "negative" in w.cues and c.metric("feedback_volume") and _fits_data(w, "feedback_volume"):
        return "feedback_volume"  # "why are check-in complaints up": the complaints are what changed
    if w.intent == "why" and LESS_HAPPY.search(w.text) and c.metric("csat") and _fits_data(w, "csat"):
        return "csat"  # (the comments' ratings, with what those customers say, when the data has ratings)
    if w.intent == "why" and ("dropoff" in w.cues) and c.metric("drop_off_rate"):
        return "drop_off_rate"
    if w.intent == "why" and w.cues & {"feedback_generic", "feedback_themes"}:
        # "学校客户的评价为什么变差了": the ratings fell; "为什么黑龙江的农户对送货意见这么大": the complaints grew —
        # measured on the comments, with what they say
        if RATING_WORSE.search(w.text) and c.metric("csat") and _fits_data(w, "csat"):
            return "csat"
        if c.metric("feedback_volume") and _fits_data(w, "feedback_volume"):
            if COMPLAINED.search(w.text) and "sentiment" not in w.filters and \
                    "negative" in (c.dimension_values.get("sentiment") or ("negative",)):
                w.filters["sentiment"] = ["negative"]
            return "feedback_volume"
    if not w.touchpoint_ids and SPENT_RANKED.search(w.text) and c.metric("revenue") and _fits_data(w, "revenue"):
        return "revenue"  # "which customer segment spent the most in 2025", "哪个地区的客户花钱最多": their paid orders' money
    if w.touchpoint_ids and w.intent in ("breakdown", "metric_value", "compare_periods") and c.metric("events") and \
            THINGS_COUNTED_ZH.search(w.text):
        # ("融资报价被拒绝的比例，按报价次数算": each of the step's records counted, whoever made it)
        return "feedback_volume" if _only_comments_slice(w) and c.metric("feedback_volume") else "events"
    if w.touchpoint_ids and w.intent != "why" and c.metric("events") and \
            any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT):
        # "how many tickets / claims / sign-ups": things that happened at the touchpoint, not people reached;
        # "多少客户报案": the people who did it; comments when only comments have the slice ("Pending 的工单")
        m = "active_customers" if people_counted(w) and c.metric("active_customers") else "events"
        return "feedback_volume" if _only_comments_slice(w) and c.metric("feedback_volume") else m
    if w.touchpoint_ids and w.intent in ("compare_periods", "trend") and c.metric("events") and \
            not people_counted(w) and _step_said_as_things(w):
        # "Race sessions Q1 2026 vs Q1 2025, how much did they grow", "订场量比上个月涨了多少": the step's rows, said
        # as things in the plural or by a volume word, grew — not the people who reached it
        return "feedback_volume" if _only_comments_slice(w) and c.metric("feedback_volume") else "events"
    if new_people_spans(w) and c.metric("new_customers") and (_fits_data(w, "new_customers") or (
            # ("2025年新注册的家庭主要是哪个渠道带来的": the channel the new people came in through is the customer
            # list's acquisition channel, checks.require_data)
            w.dimension == "channel" and "channel" not in w.filters and c.dimension_values.get("acquisition_channel"))):
        return "new_customers"  # "2025年新进来的老人", "新建档的客户": the people who joined in the period
    if _customers_on_record(w):
        return "customer_count"  # "目的国是加拿大的客户有多少个", "哪种家庭类型的人最多": the customer list, by its columns
    if _people_who_bought(w):
        return "buyers"
    if not w.touchpoint_ids and w.intent in ("metric_value", "compare_periods") and c.metric("active_customers") and \
            any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT) and \
            people_counted(w) and _fits_data(w, "active_customers"):
        return "active_customers"  # "how many clients did trainer T03 train": people, not their events
    orders_only = [d for d in w.filters if (t := c.dimension(d)) is not None and t.slices == ("orders",)]
    if orders_only and not w.touchpoint_ids and c.metric("aov") and _fits_data(w, "aov") and \
            checks.average_amount_asked(w.text):
        # "小程序里的单次捐款平均多少", "how much is the average one-off donation": kinds of orders averaged are
        # their amounts (an average count would say its unit: "平均每月多少单")
        return "aov"
    if orders_only and not w.touchpoint_ids and c.metric("buyers") and _fits_data(w, "buyers") and \
            any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT) and people_counted(w):
        return "buyers"  # ("2026年5月已支付的人有多少": the people of those orders, not the orders)
    if orders_only and not w.touchpoint_ids and c.metric("orders") and _fits_data(w, "orders") and \
            any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT):
        return "orders"  # "金额8000元及以上的已付款大单有多少笔": a slice only orders have, counted
    if w.touchpoint_ids and w.intent == "breakdown" and w.dimension in CLOCK_DIMS and c.metric("events"):
        # "加购最集中在哪个小时": when things happen there, counted as events; "报价的客户数" counts people
        return "active_customers" if people_counted(w) and c.metric("active_customers") else "events"
    if w.touchpoint_ids and w.intent != "why" and EVERY_ROW.search(w.text) and c.metric("events") and \
            not people_counted(w):
        return "events"  # "count every paid booking", "每笔都算": the step's rows, not the people who reached it
    if len(set(w.touchpoint_ids)) == 1 and w.intent == "breakdown" and w.dimension and c.metric("events") and \
            re.search(r"(?:^|_)(?:type|kind|category)$|类型$|类别$|种类$", w.dimension.lower()) and \
            not share_asked(w.text) and (t := c.dimension(w.dimension)) is not None and t.extra and \
            w.touchpoint_ids[0] in c.steps_recording(t.column or w.dimension) and \
            not asks_people(mask(w.text, [(m.start, m.end) for m in w.mentions if m.kind == "touchpoint"])):
        # ("客户投诉最多的是哪一类": the step's records ranked by a kind they record — 客户 of 客户投诉 names the step,
        # no people counted)
        return "events"
    if len(set(w.touchpoint_ids)) == 1 and w.intent == "breakdown" and w.dimension and c.metric("events") and \
            any(not str(v).startswith("!=") for v in w.filters.get("action", ())) and not share_asked(w.text) and \
            not asks_people(mask(w.text, [(m.start, m.end) for m in w.mentions if m.kind == "touchpoint"])):
        # ("which insurer rejected the most claims": the step's records with that outcome, ranked — not the people who
        # reached the step, who carry no outcome)
        return "events"
    if w.touchpoint_ids and len(journeys_for(c, w.touchpoint_ids)) > 1 and not w.journey_id and \
            w.intent in ("trend", "metric_value", "compare_periods", "breakdown") and c.metric("events") and \
            c.metric("active_customers"):
        # ("monthly trend of deposits paid", "how many visitors checked in" at a step several journeys share, none
        # named: the step's rows or the people who did it, no journey to ask about)
        return "active_customers" if people_counted(w) else "events"
    if w.touchpoint_ids and journeys_for(c, w.touchpoint_ids) and w.intent in ("breakdown", "compare_groups") and \
            QUALITY_RANKED.search(w.text) and not MAGNITUDE_RANKED.search(w.text) and c.metric("step_conversion"):
        # ("which contract tier renews best", "哪个渠道签约做得最好": how well each group does at the step is the
        # step's conversion, not how many reached it)
        return "step_conversion"
    if w.touchpoint_ids and journeys_for(c, w.touchpoint_ids):
        for m in (("step_conversion",) if w.intent == "why" else ("users_reached",)):
            if c.metric(m):
                return m
    if w.journey_id and c.metric("overall_conversion"):
        return "overall_conversion"
    if w.intent == "why" and w.touchpoint_ids and c.metric("events"):
        # "为什么销户的客户变多了": a step outside every journey changed in how many did it
        return "active_customers" if people_counted(w) and c.metric("active_customers") else "events"
    if w.intent == "why":
        # "为什么滨江店爽约的人多了": rows only orders hold (a status) changed in how many there are
        orders_only = [d for d in w.filters if (t := c.dimension(d)) is not None and t.slices == ("orders",)]
        if orders_only and not w.touchpoint_ids and c.metric("orders") and _fits_data(w, "orders"):
            return "orders"
        # ("Why were so many records coming back warped": how many rows the events record of that kind)
        on_events = [d for d in w.filters if (t := c.dimension(d)) is not None and "events" in t.slices
                     and d not in ("touchpoint", "stage")]
        if on_events and MANY_SAID.search(w.text) and c.metric("events") and _fits_data(w, "events"):
            return "events"
        return None
    if w.touchpoint_ids and w.intent in ("breakdown", "metric_value", "compare_periods") and \
            c.metric("active_customers") and _fits_data(w, "active_customers") and \
            asks_people(mask(w.text, [(m.start, m.end) for m in w.mentions if m.kind == "touchpoint"])):
        # ("哪个主播的直播间来的人最多" at a step outside every journey: the people who came, not their visits)
        return "active_customers"
    fits = [m for m in FALLBACK_METRICS + ("feedback_volume",) if c.metric(m) and _fits_data(w, m)]
    kept = [m for m in fits if not _step_not_on_rows(w, m)]
    if fits and not kept and c.metric("events"):
        return "events"  # (the step's rows, whose missing column require_data then names)
    return next(iter(kept), None)


def _step_not_on_rows(w: Work, metric_id: str) -> bool:
    """"Which drug had the most adverse reaction reports": a grouping only orders record does not make the orders
    the measure when a step that is no purchase is named — the orders would drop it. The step's own rows are
    counted instead, and a column they do not record is said so (never the orders of every step)."""
    term, tp = w.catalog.metric(metric_id), w.catalog.dimension("touchpoint")
    if term is None or term.table != "orders" or not w.touchpoint_ids or (tp is not None and "orders" in tp.slices):
        return False
    buys = {t.id for t in w.catalog.touchpoints if t.stage == "purchase"} | checks.named_like_order_values(w)
    return not any(t in buys for t in w.touchpoint_ids)


QUALITY_RANKED = re.compile(r"\b(?:best|worst|better|worse)\b|最好|最差|最不好|更好|更差", re.I)
MAGNITUDE_RANKED = re.compile(r"\b(?:most|least|fewest|highest|lowest|how many|number of)\b|最多|最少|最高|最低|多少|几个", re.I)
MANY_SAID = re.compile(r"\bso many\b|\bso often\b|这么多|那么多|特别多|越来越多|变多|增多|多了|这么频繁", re.I)


def _only_comments_slice(w: Work) -> bool:
    """Does a filter slice comments only (a feedback column, or a channel only comments came in by: 工单)?"""
    fb_only = set(w.catalog.dimension_values.get("feedback_channel", ())) - set(w.catalog.dimension_values.get("channel", ()))
    for dim, vals in w.filters.items():
        term = w.catalog.dimension(dim) if dim not in ("touchpoint", "stage") else None
        if term is not None and tuple(term.slices) == ("feedback",) or dim == "channel" and set(vals) <= fb_only:
            return True
    return False


# every row counted, however many one person has ("count every paid booking", "每笔都算", "按人次")
EVERY_ROW = re.compile(r"\bcount(?:ing)? (?:every|each|all)(?: (?:single|one))?\b|\b(?:every|each) (?:[a-z\-]+ )?(?:one )?counts\b|"
                       r"\bnot (?:unique|distinct) (?:people|customers|users)\b|每(?:一)?[笔单次个条张]都算|按[笔次单]算|按人次|人次|不去重")
NOT_PEOPLE = re.compile(r"(?:\bnot(?: the)?|\brather than|\binstead of|不是|而非|而不是|不算|不按)\s*(\w+)")


# a Chinese people noun by its ending, counted: "下过单的农户有多少", "多少位车主"
PEOPLE_COUNTED_ZH = re.compile(r"(?:多少|几)(?:个|位|名|户)?[\u4e00-\u9fff]{0,2}[民者客员主户](?![\u4e00-\u9fff]{0,2}[单次笔])|"
                               r"的[\u4e00-\u9fff]{1,2}[民者客员主户](?:一共|总共)?(?:有多少|有几|的?数量|总数)|"
                               # ("哪个主播的直播间来的人最多", "买的人最少": the people who did it, ranked)
                               r"的人(?:最多|最少|更多|更少)")


# buying said as what the people counted did ("how many customers bought something", "placed an order",
# "made a purchase", "下过单的客户有多少", "买过东西的人")
BOUGHT = re.compile(r"\b(?:bought|purchased|ordered|(?:placed|made|put in)\s+(?:an?\s+|any\s+|their\s+first\s+)?"
                    r"(?:orders?|purchases?)|paid for|checked out|spent money)\b|"
                    r"下过单|下了单|下单了|买过|购买过|付过款|消费过|有过购买|有过消费|有消费|买了东西|成交过")


def _people_who_bought(w: Work) -> bool:
    """"How many customers bought something in 2025?", "2025年有多少客户下过单？": people counted, whose doing is buying,
    with no step named and orders in the data — the buyers (people with a paid order), never everyone active. A
    stage 'purchase' read from the buying words themselves ("made a purchase") is no slice of them."""
    c = w.catalog
    said = BOUGHT.search(w.text)
    if said is None or w.touchpoint_ids or w.journey_id or w.ratio is not None or c.metric("buyers") is None or \
            w.intent not in ("metric_value", "compare_periods", "breakdown", "trend") or not people_counted(w) or \
            not (any(cue in w.text for cue in lexicon_zh.COUNT + lexicon_en.COUNT) or w.intent != "metric_value"):
        return False
    stage_from_verb = [m for m in w.mentions if m.kind == "value" and m.dim == "stage" and
                       said.start() <= m.start and m.end <= said.end()]
    if stage_from_verb and w.filters.get("stage") == [stage_from_verb[0].id]:
        del w.filters["stage"]
    return _fits_data(w, "buyers")


def people_counted(w: Work) -> bool:
    """Does the question count people: a people word (asks_people), or a kind of people the customer list keeps,
    in the plural right after "how many" ("How many couriers do we have?" where couriers are a segment)?"""
    from assistant.planner.linker import kind_of_people_counted
    return asks_people(w.text) or any(kind_of_people_counted(w.catalog, w.text, m) for m in w.mentions)


def asks_people(text: str) -> bool:
    """Does the question count people ("多少患者", "how many clients", "下过单的农户有多少")? A people word said to be
    what is not counted ("count every visit, not patients", "按人次，不是人数") does not."""
    said = NOT_PEOPLE.sub(" ", text)
    return intent_any(said, lexicon_zh.PEOPLE + lexicon_en.PEOPLE) or bool(PEOPLE_COUNTED_ZH.search(said))


def _fits_data(w: Work, metric_id: str) -> bool:
    """Is the metric's table in the data, and can every asked grouping and filter slice it?"""
    term, prof = w.catalog.metric(metric_id), w.catalog.profile
    table = term.table if term else None
    if table is None or prof is None:
        return True
    if not prof.present(table):
        return False
    for dim in [w.dimension, *w.filters]:
        d = w.catalog.dimension(dim) if dim and dim not in ("touchpoint", "stage") else None
        if d is not None and d.slices and table not in d.slices:
            return False
    fb = set(w.catalog.dimension_values.get("feedback_channel", ()))
    if w.filters.get("channel") and table != "feedback" and set(w.filters["channel"]) <= fb - \
            set(w.catalog.dimension_values.get("channel", ())):
        return False  # "工单": a channel only comments came in by
    return True


PER_PERSON_OR_DAY = checks.PER_PERSON_OR_DAY


# the words that make a name of the average order ("average order value", "客单价", "basket size")
AVERAGE_IN_NAME = re.compile(r"average|avg|mean|\bper\b|typical|size|平均|均|客单|笔单|件单", re.I)
HOW_MUCH = re.compile(r"\bhow much\b|\btotal\b|\bin all\b|\baltogether\b|一共|总共|合计|总额|多少钱", re.I)


def fill_metric(w: Work) -> None:
    """A metric for intents that need one; ask when none can be chosen honestly."""
    if w.metric_id == "active_customers" and all(
            m.surface.lower() in lexicon_en.PEOPLE or m.surface in lexicon_zh.PEOPLE or m.surface.lower() in ("customer", "user")
            for m in w.mentions if m.kind == "metric" and m.id == "active_customers") and _people_who_bought(w):
        # ("how many customers bought something": the people word names who; what they did is buying)
        w.metric_id = "buyers"
    said = [m for m in w.mentions if m.kind == "metric" and m.id == "aov"]
    if w.metric_id == "aov" and said and w.catalog.metric("revenue") and \
            not any(AVERAGE_IN_NAME.search(m.surface) for m in said) and HOW_MUCH.search(w.text) and \
            not intent_any(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE):
        # ("How much paid order value did we book in 2025?": the value of the orders in all, not one order's average)
        w.metric_id = "revenue"
    if w.metric_id == "revenue" and w.catalog.metric("aov") and intent_any(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) \
            and not intent_any(w.text, PER_PERSON_OR_DAY):
        # "the average full-payment amount": the amount of an average order, not the total
        w.metric_id = "aov"
    if (w.metric_id == "step_conversion" and not w.touchpoint_ids and w.journey_id and w.dimension != "touchpoint"
            and w.catalog.metric("overall_conversion")):
        # "conversion of the purchase journey" names no step: the journey's overall conversion
        w.metric_id = "overall_conversion"
        w.notes.append(("metric_default", {"name": _metric_name(w.catalog, w.metric_id, w.language)}))
    if len(set(w.touchpoint_ids)) >= 3 and (w.metric_id == "step_conversion" or (
            w.metric_id in (None, "active_customers", "users_reached") and STEPS_SPELLED_OUT.search(w.text))):
        # "click → application → disbursement": from the first to the last named ("worst at getting people onto the
        # waiting list (sign-up -> proof of address -> placed on the list)": the path spelled out is a conversion)
        _conversion_along(w)
    if w.metric_id == "step_conversion" and len(w.touchpoint_ids) == 2:
        conversion_between(w)  # "conversion from browse to purchase", "from payment to confirmed"
    if w.metric_id == "step_conversion" and len(w.touchpoint_ids) == 1 and w.catalog.metric("overall_conversion"):
        # "conversion of leads" at a journey's first step: everyone there entered; the question is how many
        # went on to the end, i.e. the journey's overall conversion
        firsts = [j for j in w.catalog.journeys if j.steps and j.steps[0] == w.touchpoint_ids[0]]
        if len(firsts) == 1 and (w.journey_id in (None, firsts[0].id)):
            w.metric_id, w.journey_id = "overall_conversion", firsts[0].id
            w.notes.append(("metric_default", {"name": _metric_name(w.catalog, w.metric_id, w.language)}))
    if w.intent not in NEEDS_METRIC or w.metric_id or w.status != "ok":
        return
    m = score_averaged(w) or _default_metric(w)
    if m is None and w.intent == "why" and w.catalog.metric("feedback_volume") and _fits_data(w, "feedback_volume"):
        # ("为什么成都工坊今年上半年交车这么慢", "why did certificates take so long to go out": no measure of ours names
        # the trouble; what the customers of that slice said in that period is the evidence there is, and the
        # assumption says no measure was named — never a menu of every metric for a question about causes)
        m = "feedback_volume"
    if m is None:
        w.status, w.clarify = "clarify", "metric"
        w.options = [x.id for x in w.catalog.metrics][:6]
        return
    w.metric_id = m
    w.notes.append(("metric_default", {"name": _metric_name(w.catalog, m, w.language)}))


# "the average 0-10 score", "平均打几分", "average rating": an average of the comments' scores is asked
SCORE_WORD = re.compile(r"\bscores?\b|\bratings?\b|\bstars?\b|打(?:了)?几分|评分|打分|得分|分数|星级|几星|\d\s*分(?!钟)", re.I)
NPS_SCALE_SAID = re.compile(r"\b0\s*[-–~to]+\s*10\b|0\s*(?:到|至|-|~|～)\s*10\s*分?|recommend|推荐", re.I)


def score_averaged(w: Work) -> str | None:
    """"What was the average 0-10 score in our 2025 post-session surveys?": no measure named, but an average of a
    score asked on comments: the mean of the 0-10 answers when that scale (or recommending) is said, else the mean
    rating; never a count of the comments."""
    if not intent_any(w.text, lexicon_zh.AVERAGE + lexicon_en.AVERAGE) or not SCORE_WORD.search(w.text):
        return None
    if NPS_SCALE_SAID.search(w.text) and w.catalog.metric("nps_score_avg"):
        return "nps_score_avg"
    return "csat" if w.catalog.metric("csat") else None


def _needs_journey(w: Work) -> bool:
    if w.intent == "funnel":
        return True
    if w.metric_id == "users_reached" and w.touchpoint_ids and not journeys_for(w.catalog, w.touchpoint_ids):
        return False  # a touchpoint outside every journey: customers with any event there
    if w.metric_id == "users_reached" and len(w.touchpoint_ids) == 1 and w.intent in ("metric_value", "compare_periods") \
            and not FUNNEL_SAID.search(w.text):
        # "2026年7月有多少人预约过带看": the people who did it (the metric's own definition with only a touchpoint),
        # not the journey's funnel rule nobody asked for
        return False
    return w.metric_id in STEP_METRICS and w.intent not in ("explain_metric", "dropoff", "exits") and w.intent in NEEDS_METRIC


JOURNEY_GENERIC = frozenset({"journey", "funnel", "flow", "purchase", "order", "旅程", "漏斗", "流程", "购买", "下单",
                             "转化", "conversion"})


def _shares_name_word(w: Work, journey_id: str) -> bool:
    """Does the question use a word of the journey's names (an English word, or two Chinese characters) that
    is not a generic journey word and no other candidate's?"""
    j = w.catalog.journey(journey_id)
    if j is None:
        return False
    names = [x for x in (j.name, j.name_zh, j.name_en, j.id.replace("_", " ")) if x]
    words = {x for n in names for x in re.findall(r"[a-z]{4,}", n.lower())} | \
        {n[i:i + 2] for n in names for i in range(len(n) - 1) if CJK_PAIR.fullmatch(n[i:i + 2])}
    words -= JOURNEY_GENERIC
    return any(x in w.text for x in words)


CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
FUNNEL_SAID = re.compile(r"funnel|journey|漏斗|旅程|转化|conversion|reached|到达|走到|进入下一步")


def fill_journey(w: Work) -> None:
    """Step metrics and funnels need a journey: named, implied by the touchpoint, or asked for."""
    if w.status != "ok" or w.journey_id or not _needs_journey(w):
        return
    if not w.catalog.journeys:
        # a conversion on data with no journeys (reviews only): nothing to choose from, say so
        checks.no_journeys(w)
        return
    if len(w.touchpoint_ids) == 1 and w.dimension not in ("touchpoint", "stage", "action") and \
            _rate_of_a_steps_outcome(w):
        # ("授权书驳回率" where the LOA review records approved / rejected: the share of its rejections, even where a
        # journey holds the step — its conversion to the next step would answer another question; per group too)
        return
    cands = journeys_for(w.catalog, w.touchpoint_ids) if w.touchpoint_ids else [j.id for j in w.catalog.journeys]
    if len(cands) > 1 and len(w.touchpoint_ids) == 1 and w.metric_id in ("drop_off_rate", "step_conversion"):
        # leaving (or going on from) a step needs a step after it: a journey the step ends names no drop-off there
        going_on = [c for c in cands if (j := w.catalog.journey(c)) is not None and w.touchpoint_ids[0] in j.steps[:-1]]
        cands = going_on or cands
    if len(cands) > 1:
        # "处方药的转化", "the prescription funnel": a journey whose name shares a word with the question
        named = [c for c in cands if _shares_name_word(w, c)]
        cands = named if len(named) == 1 else cands
    # (only when the question says more — a slice, a grouping, a why: "what's our conversion rate?" alone is asked back)
    if len(cands) > 1 and not w.touchpoint_ids and w.metric_id in ("overall_conversion", "step_conversion") and \
            (w.filters or w.dimension or w.intent == "why"):
        # "为啥小红书来的人转化这么差？": a conversion with no step named is the journey that turns newcomers into
        # buyers, when exactly one journey runs from first hearing of the company to a purchase
        acquiring = [c for c in cands if _acquires(w.catalog, c)]
        if len(acquiring) == 1:
            others = [_journey_name(w.catalog, c, w.language) for c in cands if c != acquiring[0]]
            w.journey_id = acquiring[0]
            w.notes.append(("journey_acquiring", {"name": _journey_name(w.catalog, acquiring[0], w.language),
                                                  "others": ("、" if w.language == "zh" else ", ").join(others)}))
            return
    if len(cands) == 1:
        w.journey_id = cands[0]
        w.notes.append(("journey_inferred" if w.touchpoint_ids else "journey_chosen",
                        {"name": _journey_name(w.catalog, cands[0], w.language)}))
        return
    if _rate_of_a_steps_outcome(w):
        return
    w.status, w.clarify = "clarify", "journey"
    w.options = cands or [j.id for j in w.catalog.journeys]


FIRST_ATTEMPT = re.compile(r"\bfirst[- ](?:time|submission|round|attempt|pass|try)\b|一次(?:通过|成功|性)|第一轮|首次|首轮|头一次",
                           re.I)
RATE_TAIL = re.compile(r"\s*(?:rates?|ratio|率|比例|比率)$")


# a column numbering the tries or rounds of one thing (attempt_no, visit_no, reminder_number, review_round)
# the suffix of a column numbering each try (attempt_no, visit_number, review_round)
ORDINAL_SUFFIX = re.compile(r"_(?:no|nr|num|number|seq|index|round)$")
ORDINAL_COLUMN = re.compile(ORDINAL_SUFFIX.pattern + r"|^(?:attempts?|tries|round|seq)$|(?:^|_)round(?:_|$)")


def _first_round_column(w: Work) -> str | None:
    """The one column numbering the tries of the named step whose values start at 1 ("第一轮预审", "first-round":
    review_round = 1), None when the step has none or several."""
    steps = set(w.touchpoint_ids)
    cols = [d.id for d in w.catalog.dimensions if d.extra and ORDINAL_COLUMN.search(d.id)
            and steps & w.catalog.steps_recording(d.id) and "1" in (w.catalog.dimension_values.get(d.id) or ())]
    if len(cols) > 1:  # (a column numbering each try, attempt_no, over one counting them, attempts)
        cols = [c for c in cols if ORDINAL_SUFFIX.search(c) or re.search(r"(?:^|_)round(?:_|$)", c)] or cols
    return cols[0] if len(cols) == 1 else None


def _rate_of_a_steps_outcome(w: Work) -> bool:
    """"the abandonment rate for night-time calls to the service desk", "华纺印染的色样一次通过率" where no single
    journey holds the named step and the step records outcomes (abandoned / escalated / resolved, approved /
    rejected): the rate is the share of the step's records with the outcome its word names, not a journey's
    conversion to ask about (said)."""
    prof = w.catalog.profile
    if prof is None or w.metric_id not in ("drop_off_rate", "step_conversion", "overall_conversion") or \
            not w.touchpoint_ids or w.catalog.metric("events") is None or "action" in w.filters:
        return False
    first = _first_round_column(w) if FIRST_ATTEMPT.search(w.text) else None
    if FIRST_ATTEMPT.search(w.text) and first is None:
        return False  # ("first-submission approval rate", "一次通过率": of the first tries only — not this share)
    m = next((x for x in w.mentions if x.kind == "metric" and x.id == w.metric_id), None)
    word = RATE_TAIL.sub("", m.surface.lower()).strip() if m is not None else ""
    if not word or word == m.surface.lower().strip() or w.intent == "why":
        return False  # ("为什么短信验证环节流失这么多": the drop-off itself, said without a rate word, and why)
    from assistant.planner.glosses import _covers, gloss_words
    zh = not word.isascii()
    gloss = (gloss_words(word) | gloss_words(word[-2:])) if zh else frozenset({word, *word.split()})
    for tp in reversed(w.touchpoint_ids):  # (the later step named is where the outcome is recorded)
        acts = [str(v) for v, steps in prof.action_steps.items() if tp in steps]
        hit = [v for v in acts if _covers(frozenset(g for g in gloss if len(g) >= 4), v.lower()) or
               (not zh and any(len(g) >= 5 and v.lower()[:5] == g[:5] for g in gloss)) or
               (not zh and any(len(g) == 4 and re.fullmatch(re.escape(g) + r"(?:ed|es|s|ing)?", v.lower()) for g in gloss))]
        if len(acts) >= 2 and len(hit) == 1 and w.dimension and w.dimension not in ("touchpoint", "stage", "action"):
            # ("2025年8月哪个城市的样本拒收率最高": the outcome's share of the step's records per group, ranked —
            # the grouping asked stays)
            from assistant.planner import ratio as ratio_def
            # (of the columns the grouping word names, "哪个仓" of warehouse / 发货仓 / 仓库, one the step records)
            said = next((x for x in w.mentions if x.kind == "dimension" and x.id == w.dimension), None)
            info = w.catalog.dimension(w.dimension)
            if said is not None and info is not None and info.extra and tp not in w.catalog.steps_recording(w.dimension):
                w.dimension = next((x.id for x in w.mentions if x.kind == "dimension" and (x.start, x.end) ==
                                    (said.start, said.end) and tp in w.catalog.steps_recording(x.id)), w.dimension)
            rows = {"touchpoint": [tp], **({first: ["1"]} if first is not None else {})}
            name = f"{m.surface}" if m is not None else hit[0]
            w.ratio = ratio_def.RatioDef(name=name[:60], numerator=ratio_def.Side("events", {**rows, "action": hit}),
                                         denominator=ratio_def.Side("events", rows))
            w.metric_id, w.touchpoint_ids = "events", []
            w.order = w.order or "desc"
            w.notes.append(("outcome_own_step", {"value": hit[0], "step": _tp_name(w.catalog, tp, w.language)}))
            return True
        if len(acts) >= 2 and len(hit) == 1:
            w.metric_id, w.intent, w.dimension, w.focus = "events", "breakdown", "action", hit
            w.touchpoint_ids = [tp]
            if first is not None:
                w.filters[first] = ["1"]  # ("第一轮预审的通过率": the first round's records, review_round = 1)
            w.order = w.order or "desc"
            w.notes.append(("outcome_own_step", {"value": hit[0], "step": _tp_name(w.catalog, tp, w.language)}))
            return True
    return False


def _acquires(c: Catalog, jid: str) -> bool:
    """Does the journey start at the awareness stage and reach a purchase-stage step?"""
    j = c.journey(jid)
    stages = [t.stage if (t := c.touchpoint(s)) is not None else None for s in (j.steps if j else ())]
    return bool(stages) and stages[0] == "awareness" and "purchase" in stages


def _journey_name(c: Catalog, jid: str, lang: str) -> str:
    j = c.journey(jid)
    return (j.name_zh if lang == "zh" else j.name_en) or j.name or jid if j else jid


def _metric_name(c: Catalog, mid: str, lang: str) -> str:
    m = c.metric(mid)
    return (m.names.get(lang) or m.names.get("en") or mid) if m else mid


def _dimension_name(c: Catalog, did: str, lang: str) -> str:
    d = c.dimension(did)
    return (d.names.get(lang) or d.names.get("en") or did) if d else did


def _tp_name(c: Catalog, tid: str, lang: str) -> str:
    t = c.touchpoint(tid)
    return (t.name_zh if lang == "zh" else t.name_en) or t.name or tid if t else tid


def option_labels(w: Work) -> list[str]:
    """Clarify options in the answer language."""
    c, lang = w.catalog, w.language
    namer = {"journey": _journey_name, "metric": _metric_name, "touchpoint": _tp_name,
             "dimension": _dimension_name}.get(w.clarify or "")
    return [namer(c, o, lang) for o in w.options] if namer else list(w.options)


# -- tool calls ------------------------------------------------------------------------------
def _period_args(p: Period | None) -> dict[str, Any]:
    return {"start": p.start.isoformat(), "end": p.end.isoformat()} if p else {}


# journey and session analyses read each customer's path through the touchpoints (session day, device,
# channel, customer columns): what one event did ("submitted", "viewed") describes the step itself
SESSION_INTENTS = ("dropoff", "exits", "path", "funnel")


def _on_paths(w: Work) -> bool:
    return w.intent in SESSION_INTENTS or w.metric_id in STEP_METRICS


def action_is_step(w: Work) -> None:
    """On journey and session analyses an action ("提交了申请") names reaching the step: no filter."""
    if w.status == "ok" and _on_paths(w) and w.filters.get("action"):
        from knowledge.analyses.journey_common import is_pair, parse_part
        prof = w.catalog.profile
        pair = parse_part(w.journey_id)[1:] if is_pair(w.journey_id) else ()
        if len(pair) == 2 and prof is not None and all(
                pair[0] not in prof.action_steps.get(str(v), ()) and pair[1] in prof.action_steps.get(str(v), ())
                for v in w.filters["action"]):
            return  # ("came back with an offer": an outcome only the second step records says which of its events count)
        w.notes.append(("action_is_step", {"action": ", ".join(w.filters.pop("action"))}))


def _worse_is_lower(w: Work) -> bool:
    """Is a low value of the measure the bad side (a conversion, a rating), so the worst group comes first asc?"""
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    return term is not None and term.unit in ("ratio", "score") and w.metric_id not in ("drop_off_rate",) and \
        not w.metric_id.startswith(("median_time", "avg_time"))


def _filters(w: Work, *, drop: tuple[str, ...] = ()) -> dict[str, list[str]]:
    out = {k: list(v) for k, v in w.filters.items() if v and k not in drop}
    # a metric that is not a step metric is sliced to the named touchpoints (only where a metric is used)
    term = w.catalog.metric(w.metric_id) if w.metric_id else None
    # orders are not taken at one; customers are those with an event there (the layer's semi-join)
    at_touchpoints = term is None or term.table in (None, "events", "feedback", "customers")
    if w.touchpoint_ids and w.metric_id and w.metric_id not in STEP_METRICS and w.intent in NEEDS_METRIC and at_touchpoints:
        out["touchpoint"] = list(w.touchpoint_ids)
    return out


def column_elsewhere(w: Work, term: TermInfo | None) -> bool:
    """"which kind of user report takes longest to review" averages review_hours, a number the moderator's review
    events carry, not the report's: the step named says what is reviewed, it does not select the rows."""
    prof = w.catalog.profile
    if term is None or not term.column or term.table != "events" or prof is None:
        return False
    steps = w.catalog.steps_recording(term.column)
    return bool(steps) and not steps & set(w.touchpoint_ids)


def _scope(w: Work) -> dict[str, Any]:
    if w.metric_id not in STEP_METRICS:
        return {}
    out: dict[str, Any] = {}
    if w.journey_id:
        out["journey_id"] = w.journey_id
    journey = w.catalog.journey(w.journey_id) if w.journey_id else None
    steps = [t for t in w.touchpoint_ids if journey is None or t in journey.steps]
    if steps and w.metric_id != "overall_conversion":
        out["touchpoint_id"] = steps[0]  # a touchpoint outside the journey is no step of it
    elif w.metric_id == "overall_conversion" and w.conversion_to:
        out["touchpoint_id"] = w.conversion_to  # entered the journey → reached this step
    return out


# the rows counted are cases, not people: "按行程算", "按预约单算", "per order", "count per booking", "订单里"
CASE_UNITS_EN = r"(?:order|booking|reservation|trip|visit|case|ticket|appointment|shipment|job|request|rental|project|" \
                r"lesson|session|claim|installation|delivery|deliveries|policy|policies|loan|application|lease|contract|quote|" \
                r"invoice|bill|load|truckload|pour|shoot|subscription|membership|placement|stay|trial)"
CASE_UNIT = re.compile(rf"\bper (?:[a-z]+[ -])?{CASE_UNITS_EN}s?\b|"
                       rf"\b(?:count(?:ed|ing)?|by) (?:each |every )?{CASE_UNITS_EN}s?\b|"
                       r"按(?:[\u4e00-\u9fff]{1,4}的)?(?:每)?(?:一)?(?:笔|张|个|场|件)?(?:订单|预约单|预订单|预订|行程|单子|预约|"
                       r"工单|项目|场次|案件|保单|申请|单|趟|次|票)(?:来)?(?:算|计|统计)|"
                       r"的(?:订单|预约单|单子|工单|行程)(?:里|中|当中)")


# "Of the fun-dive bookings made in March, what share …": the cases a share is of, named as its base
CASES_OF = re.compile(rf"\b(?:of|among|for) (?:the|our|all|those|these) (?:[a-z\-]+ ){{0,3}}?{CASE_UNITS_EN}s\b")


def _steps_recording(w: Work, dim: str) -> set[str]:
    """The steps whose events carry a value in an event column, or (action) one of the values filtered on."""
    prof = w.catalog.profile
    if prof is not None and dim == "action":  # the contract's own column: each value's steps
        return {tp for v in w.filters.get("action", ()) for tp in prof.action_steps.get(v, ())}
    return w.catalog.steps_recording(dim)


def _outcome_word_of_a_step(w: Work) -> bool:
    """"the share of applications submitted that came back with an offer" where "offer" names the decision step and
    is one of the actions it records (offer / rejected): the step reached with that outcome, action = offer."""
    from assistant.planner.ratio import outcome_of_step
    if "action" in w.filters or not share_asked(w.text) and not re.search(r"\brates?\b|率", w.text):
        return False
    found = [(m.id, o) for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids
             and (o := outcome_of_step(w, m))]
    if len(set(found)) == 1:
        w.filters["action"] = [found[0][1]]
        return True
    return False


# a path spelled out with arrows ("sign-up -> proof of address -> placed on the list", "申请→审核→放款")
STEPS_SPELLED_OUT = re.compile(r"(?:->|→|=>)[^,.;?!，。；？！]{1,40}(?:->|→|=>)")


def _conversion_along(w: Work) -> None:
    """"turning ad clicks into funded loans … click → application → disbursement": three or more steps of one journey
    named, the first of them its first step — the overall conversion up to the last named (in the journey's order)."""
    if not w.catalog.metric("overall_conversion") or (w.focus and w.metric_id != "step_conversion"):
        return  # (a value's share of a grouping asked, "what share … the final balance", is read otherwise)
    steps = set(w.touchpoint_ids)
    fits = [j for j in w.catalog.journeys if steps <= set(j.steps) and w.journey_id in (None, j.id)]
    if len(fits) != 1:
        return
    j = fits[0]
    ordered = sorted(steps, key=j.steps.index)
    if ordered[0] != j.steps[0]:
        return
    w.metric_id, w.journey_id, w.touchpoint_ids = "overall_conversion", j.id, []
    w.conversion_to = ordered[-1] if ordered[-1] != j.steps[-1] else None


def _path_through_steps(w: Work) -> None:
    """"官网询价进来的客户，有多大比例在14天内拿到报价并签了租赁合同" names three steps of one journey in its order: the
    conversion from the first to the last, through the ones between (the journey's funnel passes them anyway)."""
    said = sorted(dict.fromkeys(w.touchpoint_ids), key=lambda t: min((m.start for m in w.mentions
                                                                      if m.kind == "touchpoint" and m.id == t), default=0))
    for j in w.catalog.journeys:
        if set(said) <= set(j.steps) and [j.steps.index(t) for t in said] == sorted(j.steps.index(t) for t in said) \
                and w.journey_id in (None, j.id):
            w.touchpoint_ids = [said[0], said[-1]]
            w.notes.append(("path_through", {"steps": ", ".join(said[1:-1])}))
            return


def conversion_between(w: Work) -> bool:
    """Two steps of one journey named in order ("what share of customers who checked in went on to book
    again", "从报价到核保"): the conversion from the first to the second. From the journey's first step it is
    the overall conversion up to the second; between neighbours, the conversion out of the first."""
    if len(set(w.touchpoint_ids)) >= 3 and w.catalog.metric("overall_conversion"):
        _path_through_steps(w)
    if len(w.touchpoint_ids) != 2 or not w.catalog.metric("overall_conversion"):
        return False
    outcome = _outcome_word_of_a_step(w)
    fits = [j for j in w.catalog.journeys if set(w.touchpoint_ids) <= set(j.steps) and w.journey_id in (None, j.id)
            and len(set(w.touchpoint_ids)) == 2]
    said_as_share = any(m.kind == "touchpoint" and re.fullmatch(r"shares?|percentage|proportion|占比|比例", m.surface.lower())
                        for m in w.mentions)  # ("what share of …" where a "Share" step exists: the cue, no step)
    # (only sliced by who the case is — a customer column, the device or channel it came through — never by a
    # column of the second step's own rows, "check-ins that included a coffee": that is the share of those rows)
    # (each case counted per order, "按订单算": a column the orders carry too describes the case, 三亚的订单)
    per_order = bool(CASE_UNIT.search(w.text))
    said = sorted(w.touchpoint_ids, key=lambda t: min((m.start for m in w.mentions
                                                       if m.kind == "touchpoint" and m.id == t), default=0))
    # (or a column one of the two steps records: "m4a uploads that hit a transcoding failure", "express orders
    # delivered …" say which cases of the first step are counted — the funnel reads it on each case's own events;
    # "因为虫害来申请理赔", a reason only the second step records, says which of its events count:
    # funnel.later_step_filters)
    case_level = all((d := w.catalog.dimension(k)) is not None and ("customers" in d.slices or k in ("device", "channel")
                                                                     or (per_order and "orders" in d.slices)
                                                                     or bool(set(said) & _steps_recording(w, k)))
                     for k in w.filters)
    # (a journey named that holds one of the two steps only is that step's home, "a 30-day survival guarantee claim")
    named = w.catalog.journey(w.journey_id) if w.journey_id else None
    loose = w.journey_id is None or (named is not None and not set(w.touchpoint_ids) <= set(named.steps))
    if not fits and loose and len(set(w.touchpoint_ids)) == 2 and share_asked(w.text) and \
            not said_as_share and case_level:
        # "what % of first-time KYC submissions were rejected", no journey holding both (a branch off the path):
        # the two steps alone, in the order said, each case of the first counted once
        from knowledge.analyses.journey_common import ANY_JOURNEY, pair_id
        w.metric_id, w.journey_id, w.touchpoint_ids = "overall_conversion", pair_id(ANY_JOURNEY, *said), []
        w.conversion_to = None
        return True

    def closeness(j: Any) -> tuple[int, bool, int]:
        a, b = sorted(w.touchpoint_ids, key=j.steps.index)
        return j.steps.index(b) - j.steps.index(a), j.steps[0] != a, len(j.steps)
    # (of several journeys with both steps, the one where they are closest — "询价到交定金" is the booking's quote →
    # deposit, not the bare-boat approval's quote → licence check → deposit, which counts only those checked — then
    # the one that starts at the first ("quote → paid" in Send money, not in First transfer, where the quote is step 3))
    for j in sorted(fits, key=closeness):
        # the journey gives the direction: nobody asks for a conversion backwards, and the names may come in
        # either order ("enrolment conversion (ad click to purchase)" names the purchase first)
        a, b = sorted(w.touchpoint_ids, key=j.steps.index)
        if CASE_UNIT.search(w.text) or CASES_OF.search(w.text) or outcome:
            # "按行程算", "per order", "of the orders that installed …": each case (the id the two steps share)
            # counted, not each person once — the two steps alone, tied by their id (funnel.pair_link)
            # (an outcome of the second step, "came back with an offer", is read on its own events: the pair)
            from knowledge.analyses.journey_common import pair_id
            w.metric_id, w.journey_id, w.touchpoint_ids = "overall_conversion", pair_id(j.id, a, b), []
            w.conversion_to = None
            w.notes.append(("per_case", {}))
            return True
        if j.steps[0] == a:
            w.metric_id, w.journey_id, w.touchpoint_ids = "overall_conversion", j.id, []
            w.conversion_to = b if b != j.steps[-1] else None
            return True
        if j.steps.index(b) == j.steps.index(a) + 1 and w.catalog.metric("step_conversion"):
            w.metric_id, w.journey_id, w.touchpoint_ids = "step_conversion", j.id, [a]
            return True
        # "test drive → order" with a quote between: the part of the journey from A to B, entered at A
        from knowledge.analyses.journey_common import part_id
        w.metric_id, w.journey_id, w.touchpoint_ids = "overall_conversion", part_id(j.id, a, b), []
        w.conversion_to = None
        zh = w.language == "zh"
        tp_name = {t.id: ((t.name_zh if zh else t.name_en) or t.name) for t in w.catalog.touchpoints}
        w.notes.append(("journey_part", {"journey": (j.name_zh if zh else j.name_en) or j.name,
                                         "a": tp_name.get(a, a), "b": tp_name.get(b, b)}))
        return True
    return False


def _slices_feedback(w: Work, dim: str) -> bool:
    term = w.catalog.dimension(dim)
    return bool(term and "feedback" in term.slices) if term and term.slices else dim in FEEDBACK_DIMS


def _step_before(w: Work, tp_id: str) -> str | None:
    """The step right before this one in the journeys that hold it (one answer only when they agree)."""
    before = {j.steps[j.steps.index(tp_id) - 1] for j in w.catalog.journeys if tp_id in j.steps and j.steps.index(tp_id) > 0}
    return next(iter(before)) if len(before) == 1 else None


def _feedback_args(w: Work) -> dict[str, Any]:
    args: dict[str, Any] = {}
    if w.touchpoint_ids:
        args["touchpoint_ids"] = list(w.touchpoint_ids)
    elif w.journey_id and w.catalog.journey(w.journey_id):
        args["touchpoint_ids"] = list(w.catalog.journey(w.journey_id).steps)  # type: ignore[union-attr]
    if w.filters.get("stage"):
        args["stage"] = w.filters["stage"][0]
    args.update(_period_args(w.period))
    fb = {k: v for k, v in w.filters.items() if k not in ("sentiment", "stage", "touchpoint") and _slices_feedback(w, k)}
    if w.filters.get("channel") and set(w.filters["channel"]) <= set(w.catalog.dimension_values.get("feedback_channel", ())):
        fb["channel"] = w.filters["channel"]
    if fb:
        args["filters"] = fb
    return args


def _sentiment(w: Work, default: str | None) -> str | None:
    if w.filters.get("sentiment"):
        return w.filters["sentiment"][0]
    if "negative" in w.cues:
        return "negative"
    if "positive" in w.cues:
        return "positive"
    return default


# words of a count question that say "count" or "about", not what the comments are about
COUNT_WORDS = frozenset({"many", "much", "number", "mention", "mentions", "mentioned", "mentioning", "about", "regarding",
                         "提到", "提及", "说到", "涉及", "关于", "有关", "相关", "多少条", "几条", "条", "在说", "说",
                         "反映"})


# words around a topic that are not one ("the main complaints about support", "大家主要抱怨什么")
TOPIC_FILLER = frozenset("""main mainly mostly top biggest major common most usual usually like liked likes love loved
praise praised think thought feel felt key primary overall general generally all often typical people
主要 大家 都 一些 什么 哪些 最多 常见 喜欢 表扬 觉得 认为 一般 所有 全部 一共 总共 吐槽 抱怨 投诉 条 多少""".split())


TOPIC_PRONOUNS = frozenset({"them", "they", "it", "its", "you", "your", "we", "us", "our", "he", "she", "him", "her",
                            "guys", "this", "that", "those", "these"})


def topic_words(w: Work) -> list[str]:
    """Words of the question saying what comments are about: no linked names, count, people or feedback
    words ("how many comments about the hotline" has none: the hotline is a touchpoint)."""
    from tools.feedback_count import NOT_TOPIC
    skip = _query_skip() | set(NOT_TOPIC) | set(lexicon_zh.PEOPLE) | set(lexicon_en.PEOPLE) | TOPIC_FILLER | _shape_words()
    timed = " ".join(w.text[a:b] for a, b in w.time_spans)
    out = []
    content = _request_word_as_content(list(w.tokens))
    for i, t in enumerate(w.tokens):
        if t.strip() and t.lower() in timed:
            continue  # "September 2026", "第三季度"
        t = t.strip("'\"“”‘’「」『』")  # ("the 'you guys are too expensive' complaints": the words, not their quotes)
        low = t.lower()
        if low in TOPIC_PRONOUNS:
            continue
        if (low in skip and i not in content) or re.fullmatch(r"[\W_\d]+", t) or len(low) < 2:
            continue
        if any(low in m.surface.lower() or m.surface.lower() in low for m in w.mentions):
            continue
        out.append(t)
    return out


@functools.lru_cache(maxsize=1)
def _shape_words() -> frozenset[str]:
    """Words saying how the answer is shaped or which comments count, never what they are about: trend and
    grain words ("monthly trend"), sentiment words ("negative")."""
    out: set[str] = set()
    for lex in (lexicon_zh, lexicon_en):
        out |= {c.strip().lower() for c in lex.INTENT_CUES["trend"]}
        out |= {c.strip().lower() for g in lex.GRAIN.values() for c in g}
        out |= {c.strip().lower() for c in lex.NEGATIVE + lex.POSITIVE}
    return frozenset(out)


def _query_skip() -> set[str]:
    return {c.strip() for lex in (lexicon_zh, lexicon_en) for k in ("feedback_search", "feedback_generic", "why")
            for c in lex.INTENT_CUES[k]} | set(lexicon_zh.STOP) | set(lexicon_en.STOP) | \
        {c.strip() for c in lexicon_zh.COUNT + lexicon_en.COUNT} | COUNT_WORDS


REQUEST_VERBS_ZH = ("找", "搜")
# words of a count or search request that are no part of what the comments say ("所有…一共", "吐槽")
QUERY_FILLER = frozenset("""所有 全部 一共 总共 吐槽 抱怨 投诉 嫌 合计 共 日期 时间 数据 都算 算 全部数据 所有数据 这类 这种 之类 这些
一类 类似 被 看看 看 集中 主要集中 指向 主要指向 那些 主要 自己 大家 我们 我们的 咱们 你们 意见 是说 埋怨 诉苦 发牢骚""".split())
# words of a request for comments that are no part of what the comments say ("how many pieces of feedback …,
# everything we've got", "all the feedback we have")
QUERY_FILLER_EN = frozenset("""pieces piece feedback feedbacks everything have has got 've ve raise raises raised
say says saying talk talks talking complain complains complained complaining all data we our us there been be had having
being mention mentions mentioned mentioning we've i've they've we're they're you're total included including counted
overall altogether too undated dated ones came come comes during that which who mostly mainly largely journey funnel
where""".split())


# a word that asks for comments ("quote me a few", "examples of") said as the comments' own matter: after "to" or a
# determiner it is the business's word ("slow to quote", "the quote was wrong", "our quotes")
REQUEST_NOUNS = frozenset({"quote", "quotes", "example", "examples", "verbatim"})
CONTENT_BEFORE = frozenset({"to", "the", "a", "an", "our", "their", "your", "my", "his", "her", "its", "no", "every",
                            "each", "that", "this", "those", "these"})


def _request_word_as_content(toks: list[str]) -> set[int]:
    """Positions of request nouns that are the comments' own words (see REQUEST_NOUNS)."""
    return {i for i, t in enumerate(toks) if t.lower() in REQUEST_NOUNS and i > 0
            and toks[i - 1].lower() in CONTENT_BEFORE and not (i + 1 < len(toks) and toks[i + 1].lower() in ("of", "from"))}


def _quoted_topic(w: Work) -> str | None:
    """"家属反映“总换护士、护士不固定”的反馈有多少条": the words the asker quotes as what the comments say are the
    topic, alone (不 家属, who said it); the parts listed inside the quotes are alternatives. None when nothing is quoted
    or the quoted words are a name the data has (a step, a value)."""
    if w.intent not in ("feedback_count", "feedback_search"):
        return None
    quotes = [q for q in QUOTED_ITEM.finditer(w.text) if len(q.group(1).strip()) >= 2]
    if len(quotes) != 1:
        return None
    q = quotes[0]
    if any(m.kind in ("touchpoint", "value", "journey") and q.start(1) <= m.start and m.end <= q.end(1) and
           (m.end - m.start) * 2 >= len(q.group(1)) for m in w.mentions):
        return None
    parts = [p.strip() for p in LIST_SEP.split(q.group(1)) if p.strip()]
    return ALTERNATIVES.join(parts) if parts else None


def search_query(w: Work, lists: bool = False) -> str:
    """The question's content words for semantic search: no time words, no request words ("找几条", "show me").
    lists=True: alternatives the asker listed are kept apart (ALTERNATIVES between them), for a count."""
    cues = {c.strip() for lex in (lexicon_zh, lexicon_en) for k in ("feedback_search", "feedback_generic", "why")
            for c in lex.INTENT_CUES[k]} | set(lexicon_zh.STOP) | set(lexicon_en.STOP) | \
        {c.strip() for c in lexicon_zh.COUNT + lexicon_en.COUNT} | COUNT_WORDS | QUERY_FILLER
    if w.topic_query:
        return w.topic_query
    quoted = _quoted_topic(w)
    if quoted:
        return quoted
    toks = list(w.tokens)
    # ("since the 15 Jan 2026 price increase (through end of June)": the period's words say when, not what)
    # ("complaints about the deposit being too high since the deposit went up on 1 March": a word said outside the
    # period's words too stays)
    words_of = lambda x: {y.lower() for y in re.findall(r"[a-z]+|[\u4e00-\u9fff]+", x, re.I)}
    timed = set().union(*(words_of(w.text[a:b]) for a, b in w.time_spans)) - \
        words_of(mask(w.text, list(w.time_spans)))
    toks = [t for n, t in enumerate(toks) if t.lower() not in timed and t.lower() not in QUERY_FILLER_EN
            and n not in _in_scope_remarks(w.text, toks)]
    # "找"/"搜" ask for comments ("找几条", "帮我搜一下") only as the request's verb; inside what the comments say
    # ("献血车找不到、难找") they are that text's words
    said = {i for i, t in enumerate(toks) if t in REQUEST_VERBS_ZH and (
        (i + 1 < len(toks) and toks[i + 1] in ("不到", "不着", "得到", "不见")) or (i > 0 and toks[i - 1] in ("难", "好", "不好")))}
    said |= _request_word_as_content(toks)
    # ("the 'you guys are too expensive' complaints — … most of them": the quoted words without their quotes, and no
    # pronoun pointing back at the comments)
    toks = [t.strip("'\"“”‘’「」『』") or t for t in toks]
    keep = [i for i, t in enumerate(toks) if (t not in cues or i in said) and not re.fullmatch(r"[\W_]+", t)
            and t.lower() not in TOPIC_PRONOUNS]
    words = [toks[i] for i in keep]
    listed = _listed_between(w.text, toks, keep) if lists else set()
    # Chinese words run together; a Latin word keeps its spaces ("提到 bill / billing" is not "billbilling")
    parts: list[str] = []
    for n, t in enumerate(words):
        if not parts or n in listed:  # "鱼到货就死了（翻肚、死鱼）": the alternatives the asker listed, apart
            parts.append(t)
            continue
        glue = not (re.search(r"[a-z0-9]$", parts[-1], re.I) or re.match(r"[a-z0-9]", t, re.I))
        parts[-1] += t if glue else " " + t
    # ("进水这类", cut as one word: the kind said, without the words saying it is a kind)
    parts = [KIND_OF_TAIL.sub("", p) or p for p in parts]
    return ALTERNATIVES.join(parts).strip() or w.question.strip()


KIND_OF_TAIL = re.compile(KIND_WORDS + r"的?$")


# a clause that only says which comments count ("all data", "everything we have", "undated ones included",
# "医院交回来的没日期的纸质反馈表也算上") and names nothing they say: no part of the topic
SCOPE_REMARK = re.compile(r"\b(?:all|every|everything|whole|entire|any)\b|\bundated\b|\bno dates?\b|\bincluded\b|"
                          r"\bincluding\b|\bacross\b|全部|所有|也算|都算|算上|算进|包括|包含|没日期|没有日期|没时间|"
                          r"没有时间|没标日期|不限时间|不管", re.I)
CLAUSE_END = re.compile(r"[,，;；。!！?？]|\.(?!\d)")


def _in_scope_remarks(text: str, toks: list[str]) -> set[int]:
    """Positions of the tokens said in a scope remark (SCOPE_REMARK) that is a clause of its own, when another clause
    is left; a clause with a topic cue ("提到…", "mention …") is never one."""
    from assistant.planner.intent import TOPIC
    bounds, at = [], 0
    for m in CLAUSE_END.finditer(text):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(text)))
    bounds = [(a, b) for a, b in bounds if text[a:b].strip()]
    if len(bounds) < 2:
        return set()
    remarks = [(a, b) for a, b in bounds if SCOPE_REMARK.search(text[a:b]) and not TOPIC.search(text[a:b])]
    if not remarks or len(remarks) == len(bounds):
        return set()
    low, at, out = text.lower(), 0, set()
    for n, t in enumerate(toks):
        i = low.find(t.lower(), at)
        if i < 0:
            continue
        at = i + len(t)
        if any(a <= i < b for a, b in remarks):
            out.add(n)
    return out


# what separates listed alternatives in a question ("发炎、感染", "blurry, grainy or jello", "（红土积水、场地坑洼）")
LIST_MARK = re.compile(r"[、/，,（）()]|或者|或是|或|\bor\b", re.I)


def _listed_between(text: str, toks: list[str], keep: list[int]) -> set[int]:
    """Positions in the kept words that start a new listed alternative: a list mark in the question between
    it and the kept word before it."""
    low, at, spans = text.lower(), 0, []
    for t in toks:  # (the tokens in order in the question: where each one is)
        i = low.find(t.lower(), at)
        spans.append((i, i + len(t)) if i >= 0 else None)
        if i >= 0:
            at = i + len(t)
    out = set()
    for n in range(1, len(keep)):
        a, b = spans[keep[n - 1]], spans[keep[n]]
        if a and b and LIST_MARK.search(low[a[1]:b[0]]):
            out.add(n)
    return out


def _without_slices(w: Work, query: str) -> str:
    """The topic without the values that slice the comments ("石家庄门店的…投诉": the store is the slice, not
    what the comments say); kept when nothing else is left."""
    out = query
    for m in w.mentions:
        if m.kind == "value" and m.dim in w.filters and m.dim not in ("touchpoint", "stage") and m.surface:
            out = out.replace(m.surface, " ")
    out = re.sub(r"\s+", " ", out).strip(" /")
    return out if re.search(r"\w", out) else query


# "within 60 days of their first pause", "首单后60天内", "7天内拿到了补偿": how long after the first step the later
# one still counts (a period said as "最近30天内" / "in the last 30 days" is the period, not a window)
WINDOW_SAID = re.compile(r"(?<![近去个])(?P<zh>\d{1,3})\s*(?:天|日)(?:之)?内|(?<![近去])(?P<wk>[一二两三四1-4])\s*(?:周|个?星期)(?:之)?内|"
                         r"\bwithin\s+(?:the\s+(?:first|next)\s+)?(?P<en>\d{1,3})\s+days?\b|"
                         r"\bwithin\s+(?:a|one|(?P<enwk>two|three|four|\d))\s+weeks?\b|"
                         # ("a 14-day window", "the 14-day deposit rate")
                         r"\b(?P<dash>\d{1,3})[- ]day\s+(?:[a-z\-]+\s+){0,2}?(?:window|rate|conversion)\b", re.I)
WEEKS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "two": 2, "three": 3, "four": 4}


# the words that name a test ("the quote page A/B test", "续药提醒那个AB测试"), an arm of it ("提前7天提醒那组", "the
# email follow-up arm") and the start of its window ("within 30 days of getting the proposal", "从第一次提醒开始算"):
# a step said there says which test, which arm or from when, not what counts as converting
EXPERIMENT_NAMED = re.compile(r"^[^,.;:?!，。；：？！()（）]{0,24}?(?:\ba/?b[\s\-]*tests?\b|\b(?:split[\s\-]*)?tests?\b|"
                              r"\bexperiments?\b|a/?b\s*(?:测试|实验)|测试|实验)", re.I)
ARM_NAMED = re.compile(r"^\s*(?:那|这|的)?\s*(?:一)?组|^[\s\-]*(?:arm|group|variant|version|cohort|bucket)s?\b", re.I)
WINDOW_START = re.compile(r"(?:\b(?:of|after|since|from)\s+(?:(?:being|getting|receiving|their|the|a|an|first|each)\s+){0,3}"
                          r"|从\s*(?:第一次|首次|每次)?\s*)$", re.I)


# the treatment said with the verb of testing, in the same sentence ("we A/B tested 360° video renders against static
# CAD images", "测试了视频渲染和静态图"): what the arms got, not what counts as converting
TESTED_BEFORE = re.compile(r"\b(?:a/?b[\s\-]*)?(?:tested|testing|trialled|trialed|piloted)\b|(?:测试了|试验了|对比了|实验了)", re.I)
# a step said as what a test is of ("experiment results for the checkout button", "the A/B test on the quote page")
TEST_SUBJECT = re.compile(r"(?:\btests?|\bexperiments?|\bresults?|\bresluts?|实验|测试|结果)\s*(?:results?\s+)?"
                          r"(?:\bfor|\bof|\bon|\babout|关于)\s*(?:the\s+|our\s+)?$", re.I)


def _experiment_outcome(w: Work) -> dict[str, Any]:
    """What counts as converting in an A/B test read-out: the steps the question says the customers went on to
    reach ("which variant got more people to pay a deposit", "30天内交定金的比例"), the window after assignment
    ("within 14 days of being assigned") and the arm asked about ("对照组的首刷率"). A follow-up ("and the control
    group?") keeps the outcome and window of the read-out before it."""
    out: dict[str, Any] = {}
    arms_words = [arm_words(v) for v in w.catalog.dimension_values.get("variant", ())]

    def names_an_arm(m: Mention) -> bool:
        # ("advertisers who got the instant online quote" of the arm instant_quote: the step's word with another word
        # of the arm's name before it says which arm, not what counts as converting)
        near = set(re.findall(r"[a-z]+", w.text[max(0, m.start - 30):m.start].lower())[-2:])
        own = set(re.findall(r"[a-z]+", m.surface.lower()))
        return any(own & words and (near & (words - own)) for words in arms_words)

    said = [m for m in w.mentions if m.kind == "touchpoint" and m.id in w.touchpoint_ids and not names_an_arm(m) and
            not EXPERIMENT_NAMED.match(w.text[m.end:]) and not ARM_NAMED.match(w.text[m.end:]) and
            not TESTED_BEFORE.search(re.split(r"[.?!。？！]", w.text[:m.start])[-1]) and
            not WINDOW_START.search(w.text[:m.start]) and not TEST_SUBJECT.search(w.text[:m.start]) and
            not (m.score < 1.0 and len(m.surface.strip()) < 2)]  # ("付了订今": 付 alone is no step said)
    kept = next((c.args for c in (w.state.last_tool_calls if w.state else []) if c.name == "experiment_result"), {})
    named = {m.id for m in w.mentions if m.kind == "touchpoint"}
    kept_outcome = bool(kept) and not {m.id for m in said}
    if kept_outcome:
        # (a follow-up naming only an arm or the test, "文字报价那组呢", keeps the outcome read before)
        steps = list(kept.get("outcome_touchpoint_ids") or [])
    else:
        # (a step no word of this turn names came from a share's numerator, "45天内续费的比例")
        steps = [t for t in w.touchpoint_ids if t in {m.id for m in said} or t not in named]
    base = _base_step_said(w, said, steps)
    if base is None and kept_outcome and kept.get("base_touchpoint_id"):
        base = kept["base_touchpoint_id"]  # (and the customers it was read of: "50%定金那组呢")
    if base is not None:
        # ("下单以后30天内开通订阅盒的比例，哪组更高": of those who ordered, the share that went on to subscribe)
        out["base_touchpoint_id"] = base
        steps = [t for t in steps if t != base]
    if steps:
        out["outcome_touchpoint_ids"] = steps
        # (an outcome said of the step, never the words of the window's start: "within 7 days of being assigned")
        acts = [str(v) for v in w.filters.get("action", ()) if not str(v).startswith("!=") and not any(
            m.kind == "value" and m.dim == "action" and m.id == v and WINDOW_START.search(w.text[:m.start])
            for m in w.mentions)]
        if kept_outcome:
            # (and its outcome's actions as read then: the words of that turn's window start are no outcome now)
            acts = [str(v) for v in kept.get("outcome_actions") or ()]
        if acts:  # ("whose first signing appointment fell through (rescheduled or no-show)")
            out["outcome_actions"] = acts
        else:
            # ("got more people to pay a deposit" where the deposit step records paid and failed: reaching the step
            # is one of its outcomes that is no failure)
            from assistant.planner.ratio import FAILED_STEP
            prof = w.catalog.profile
            recorded = sorted(str(v) for v, at in (prof.action_steps.items() if prof is not None else ())
                              if set(at) & set(steps))
            failing = [v for v in recorded if FAILED_STEP.search(v.replace("_", " ").lower())]
            if failing and len(failing) < len(recorded):
                out["outcome_actions"] = [v for v in recorded if v not in failing]
    if w.order == "asc" or intent_any(w.text, lexicon_en.ASC + lexicon_zh.ASC + LOWER_SAID):
        out["order"] = "asc"  # ("which arm had the lower share of no-shows": the lowest first)
    # (the window of the read-out before, for the same outcome: "and the control group?")
    same = steps == list(kept.get("outcome_touchpoint_ids") or [])
    days = window_said(w) or (kept.get("window_days") if same else None)
    if days:
        out["window_days"] = days
    arms = [a] if (a := _arm_in_other_language(w)) else w.filters.get("variant") or []
    if not a and CONTROL_SAID.search(w.text) and not any(m.kind == "value" and m.dim == "variant" for m in w.mentions):
        arms = []  # ("对照组呢？" after a read-out of photo_tracker: the control said now, not the arm kept from before)
    if not arms:
        # ("the locked-price group" of locked_3m): the one arm whose id words the question says
        said = set(re.findall(r"[a-z0-9]+", w.text.lower()))
        arms = [v for v in w.catalog.dimension_values.get("variant", ()) if arm_words(v) & said][:2]
        arms = arms if len(arms) == 1 else []
    if not arms:
        # ("50%定金那组呢" of arms deposit_30 / deposit_50): the one arm whose number the question says as an amount
        amounts = set(re.findall(r"(?<![\d.])(\d{1,4})\s*(?:%|％|percent\b|pct\b|元|块|折|off\b)", w.text))
        arms = [v for v in w.catalog.dimension_values.get("variant", ())
                if set(re.findall(r"(?<!\d)\d{1,4}(?!\d)", str(v))) & amounts]
        arms = arms if len(arms) == 1 else []
    if intent_is_which(w.text) or len(arms) != 1:
        arms = []  # ("which version got more customers to sign": every arm, ranked; none put first)
    if not arms and not intent_is_which(w.text) and CONTROL_SAID.search(w.text):
        # "对照组的首刷率是多少", "and the control group?": the arm the data names as its control
        # (an arm named so, else "control": the read-out finds the test's control from its ids and descriptions)
        from knowledge.analyses.experiment import CONTROL_NAMES
        arms = [v for v in w.catalog.dimension_values.get("variant", ()) if str(v).strip().lower() in CONTROL_NAMES][:1]
        arms = arms or ["control"]
    if len(arms) == 1:
        out["variant"] = arms[0]
    return out


ARM_BEFORE_ZH = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:那|这)?(?:一)?组")
ARM_SURE, ARM_MARGIN = 0.5, 0.1  # among a test's two or three arms a looser match is clear (文字报价 / text quote 0.60)


def _arm_in_other_language(w: Work) -> str | None:
    """"文字报价那组呢" of arms text_quote / video_quote: the arm the words before 组 name in the data's other language,
    when one arm is clearly the closest (a test has few arms); else None (the read-out shows every arm)."""
    from assistant.planner import crosslingual
    arms = [str(v) for v in w.catalog.dimension_values.get("variant", ())]
    said = ARM_BEFORE_ZH.search(w.text)
    if said is None or not arms or any(crosslingual.CJK.search(a) for a in arms) or CONTROL_SAID.search(said.group(0)):
        return None
    words = re.sub(r"^(?:的|看|那|这|而|和|跟|与)+", "", said.group(1))
    if len(words) < 2:
        return None
    sims = sorted(((crosslingual.similarity(words, a.replace("_", " ")), a) for a in arms), reverse=True)
    best = sims[0]
    second = sims[1][0] if len(sims) > 1 else 0.0
    return best[1] if best[0] >= ARM_SURE and best[0] - second >= ARM_MARGIN else None


# a step said as the start of what follows: "下单以后", "下单后的", "after ordering", "of those who ordered"
BASE_AFTER_ZH = re.compile(r"^(?:了)?(?:以后|之后|后)")
BASE_BEFORE_EN = re.compile(r"(?:\bafter\s+(?:(?:they|customers|people|users|having|had|have)\s+){0,2}|"
                            r"\b(?:of|among)\s+(?:those|the ones|people|customers|users|everyone|the people)\s+who\s+"
                            r"(?:\w+\s+)?|\bonce\s+(?:they|customers|people)\s+(?:had\s+|have\s+)?)$", re.I)


def _base_step_said(w: Work, said: list[Mention], steps: list[str]) -> str | None:
    """The one step of several said as the start of the rest ("下单以后30天内开通订阅", "of those who ordered, …
    went on to subscribe"): the customers counted and the window's start, the others the outcome."""
    if len(set(steps)) < 2:
        return None
    starts = {m.id for m in said if m.id in steps and (BASE_AFTER_ZH.match(w.text[m.end:])
                                                        or BASE_BEFORE_EN.search(w.text[:m.start]))}
    if not starts:
        # ("of the clients quoted with a 30% deposit, … placed an order within 30 days of the quote": the step the
        # window runs from, said among the steps, is where the customers counted start)
        starts = {m.id for m in w.mentions if m.kind == "touchpoint" and m.id in steps and
                  WINDOW_FROM_STEP.search(w.text[:m.start])}
    return next(iter(starts)) if len(starts) == 1 else None


# the start of a window said right before a step ("within 30 days of the quote", "14天内从报价开始")
WINDOW_FROM_STEP = re.compile(r"(?:\bwithin\s+(?:the\s+(?:first|next)\s+)?\d{1,3}\s+days?|\b\d{1,3}[- ]day(?:\s+window)?)\s+"
                              r"(?:of|after|from)\s+(?:(?:the|their|a|an|being|getting|receiving|first|each)\s+){0,3}$", re.I)


LOWER_SAID = ("lower", "fewer", "less often", "smaller", "更低", "更少", "较低", "较少")
CONTROL_SAID = re.compile(r"\bcontrol(?:\s+(?:group|arm|variant|cell))?\b|对照组|对照", re.I)


def window_said(w: Work) -> int | None:
    """The days of a window said ("within 45 days of being assigned", "30天内交定金"), not of a period ("最近30天内")."""
    m = next((m for m in WINDOW_SAID.finditer(w.text)
              if not any(a < m.end() and m.start() < b for a, b in w.time_spans)
              and not re.search(r"(?:最近|近|过去|前|last|past|previous)\s*$", w.text[:m.start()], re.I)), None)
    if m is None:
        return None
    g = m.groupdict()
    weeks = (g["wk"] or g["enwk"] or "1").lower()  # ("within a week": one)
    days = int(g["zh"] or g["en"] or g["dash"] or 0) or 7 * (int(weeks) if weeks.isdigit() else WEEKS.get(weeks, 1))
    return days if 1 <= days <= 365 else None


def _window_days(text: str) -> int:
    m = re.search(r"(\d+)\s*天内|within\s+(\d+)\s+days?|(\d+)[- ]day", text)
    return int(next(g for g in m.groups() if g)) if m else 30


def _extra_slice(w: Work) -> bool:
    dims = [w.dimension, *w.filters] if w.dimension else list(w.filters)
    return any((t := w.catalog.dimension(d)) is not None and t.extra for d in dims if d)


# tools whose value can count rows without a date in an all-data period (tools.base.UndatedArgs)
UNDATED_TOOLS = ("compare_periods", "compare_groups", "metric_breakdown")


LITERAL = re.compile(r"\b(?:mention|contain)(?:s|ed|ing)?\b(?:\s+(?:the|a|an))?\s*|提到了?|提及了?")


# the words that ask for a ranking of groups, not what the comments are about
GROUPING_WORDS = re.compile(r"哪一?(?:家|个|些|位|种|类|款)|最多|最少|最高|最低|排名|排行|\b(?:which|what|the most|most|"
                            r"least|fewest|top|come from|comes from|came from|from|get|gets|got|do|does|did)\b", re.I)

# words that make a count one of complaints (negative comments only)
COMPLAINT_SAID = re.compile(r"complain|complaint|grumbl|negative|unhappy|dissatisf|bad review|投诉|抱怨|吐槽|不满|差评|负面|不满意|(?<=反馈|评论|评价|留言)(?:里|中)?(?:都|在)?嫌")
# a quoted word or phrase; one Chinese character is a word too ("带“咸”字的评价")
QUOTED = re.compile(r"[\"“‘]([^\"”’]{2,40}|[\u4e00-\u9fff])[\"”’]")
WORD_SAID = re.compile(r"\b(?:phrase|words?|terms?|keywords?|contains?|containing|mention(?:s|ed|ing)?|uses?|using|"
                       r"says?|saying|said|write|writes|wrote|written)\b|这个词|这个字|这个单词|字样|关键词|包含|含有|提到|提及|出现|"
                       r"带有?[“\"「『‘]|写了?[“\"「『‘]|写着|[”\"」』’]字")
NAMED_WORD = re.compile(r"\bthe (?:word|phrase|term|keyword)s?\s+([a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*)?)|"
                        r"(?:提到|提及|包含|含有|出现)了?\s*([a-z0-9][a-z0-9\- ]{1,30}?)\s*(?:这个词|这个单词|这个字|字样|一词)")


# the words a question lists for what the comments say: after a mention verb, or in parentheses after the topic
LIST_VERB = re.compile(r"\b(?:mention(?:s|ed|ing)?|say(?:s|ing)?|talk(?:s|ing)? about|contain(?:s|ing)?)\b(?:\s+(?:the|a|an))?"
                       r"\s*|提到了?|提及了?|说到?了?|讲到了?|写了?|包含|含有|里出现了?|中出现了?")
QUOTED_ITEM = re.compile(r"[\"“‘「]([^\"”’」]{1,40})[\"”’」]")
# how words are to be matched, said beside the list ("不分大小写", "any case")
MATCH_CASE = re.compile(r"[,，]?\s*(?:" + lexicon_en.MATCHING + "|" + lexicon_zh.MATCHING + ")", re.I)
LIST_SEP = re.compile(r"\s*(?:或者|或是|或|、|/|,|，|;|；|\bor\b|\band\b|和|及)\s*")
PARENS = re.compile(r"[(（]([^()（）]{1,120})[)）]")
ITEM = re.compile(r"[\"'“‘「]?([\u4e00-\u9fff]{1,6}|[a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*){0,2})[\"'”’」]?")


def _items(run: str, zh_max: int) -> list[str]:
    """"物流, 快递, 送货 or 配送" → its items, when every part is one short word or phrase (else nothing)."""
    parts = [p for p in LIST_SEP.split(run.strip()) if p]
    out = []
    for part in parts:
        m = ITEM.fullmatch(part.strip())
        if m is None or (CJK_RUN.fullmatch(m.group(1)) and len(m.group(1)) > zh_max):
            return []
        out.append(re.sub(r"^(?:the|a|an)\s+", "", m.group(1)))
    return out


CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def listed_words(w: Work) -> list[str]:
    """"提到隔音或者噪音的", "mention 物流, 快递, 送货 or 配送", "say the product is fake (假货 or 假的)", "说“坏”或“烂”":
    the words the asker chose, counted as written (two or more, or one in parentheses or quotes in a question of the
    other script)."""
    # ("不分大小写", "any case": how to match, no word to look for)
    said = MATCH_CASE.sub(" ", w.text)
    said = re.sub(r"[(（]\s*[)）]", " ", said)
    for m in PARENS.finditer(said):
        quoted = QUOTED_ITEM.findall(m.group(1))
        if len(quoted) >= 2:
            return [q.strip() for q in quoted]  # '(text contains "pre-existing", "preexisting" or "pre existing")'
        inner = m.group(1)
        spelt = re.search(r"(?:写法|拼写|写作)(?:包括|包含|有)|\b(?:spelt|spelled|written)(?: as)?\b", inner)
        if spelt:  # "（既往症，写法包括 pre-existing、preexisting、pre existing）": the spellings listed
            inner = inner[spelt.end():]
        inner = re.sub(r"^\s*(?:text\s+)?(?:contains?|containing|mentions?|with)\s+", "", inner).strip(" ，,;；")
        items = _items(inner, 6)
        outside = said[:m.start()] + said[m.end():]
        en_question = not CJK_RUN.search(outside)
        # ("吐槽鱼到货就死了（翻肚、死鱼）": examples of the topic, matched by meaning; the words to look for only when
        # the question says the comments use them, or spells them out)
        worded = bool(spelt or CONTAIN_SAID.search(outside) or (
            items and all(_one_word(w, x) for x in items) and LIST_VERB.search(outside)))
        if (len(items) >= 2 and worded) or (len(items) == 1 and en_question and CJK_RUN.fullmatch(items[0])):
            return items  # "how many mention installation (安装)": the word to look for, as written
    for v in LIST_VERB.finditer(said):
        rest = said[v.end():]
        # the list runs to the end of the clause: "的评论", "的有多少条", "?" or a comma before a new clause
        run = re.match(r"[^?？。!！]*?(?=的(?:评论|反馈|有|占|差评|好评|比例)|[?？。!！]|\s+(?:in|during|for|from)\b|"
                       r"\s*(?:来|去)?(?:算|计|统计|为准)|$)", rest)
        items = _items(run.group(0), 4) if run else []
        quoted = bool(re.search(r"[\"“‘「]", run.group(0))) if run else False
        # ("提到排队的有多少条": one short word right before 的 is the word to look for, as written)
        # (not after 说/say: "说鞋底开胶的反馈" are the comments saying that, in whatever words, matched by meaning)
        one_word = len(items) == 1 and bool(CJK_RUN.fullmatch(items[0])) and run is not None and \
            rest[run.end():].startswith("的") and not re.match(r"说|讲|say", v.group(0).strip())
        # ("说施工灰尘、粉尘大的", "mention ich / white spot disease": descriptions of what the comments are about, in
        # whatever words; words as written when they are single words or names, or the text is said to contain them)
        chosen = quoted or bool(CONTAIN_SAID.search(v.group(0))) or (items and all(_one_word(w, x) for x in items)
                                                                    and not EXAMPLES_SAID.search(w.text))
        if (len(items) >= 2 and chosen) or (quoted and len(items) == 1) or (one_word and chosen):
            return items
    return []


# the question says the comments' text contains the words ("contain", "包含", "字样"), not only that they are about them
CONTAIN_SAID = re.compile(r"\b(?:contains?|containing|phrases?|words?|terms?|keywords?|spelt|spelled|written|wrote|"
                          r"writes?)\b|包含|含有|字样|关键词|这个词|这个字|写了?|写着|出现")


# the question gives examples of what it counts ("像介壳虫、粉蚧这种", "such as jams"): a kind of thing, by meaning
EXAMPLES_SAID = re.compile(r"像[^?？。]{1,40}(?:这种|这类|之类|等)|[^?？。]{1,40}之类|\bsuch as\b|\be\.g\.|\bfor example\b|比如")


def _one_word(w: Work, item: str) -> bool:
    """One word ("battery", "排队", "早餐") or a name: looked for as written; a phrase describing what happened
    ("搭建迟到", "收纳盒太贵", "white spot disease") is what the comments are about, in whatever words."""
    return _name_like(w, item) or (not CJK_RUN.search(item) and " " not in item.strip()) or \
        bool(CJK_RUN.fullmatch(item) and len(item) <= 3)


def _name_like(w: Work, item: str) -> bool:
    """A name or code, found by its letters ("KM-200", "Alexa", "Best Buy", "iPhone"; a Latin word in a Chinese
    question), not a description of what the comments say ("搭建迟到", "white spot disease")."""
    if re.search(r"\d", item):
        return True
    if not CJK_RUN.search(item) and CJK_RUN.search(w.text):
        return True
    for m in re.finditer(re.escape(item), w.question, re.I):
        said = w.question[m.start():m.end()]
        start = not w.question[:m.start()].strip() or re.search(r"[.?!。？！]\s*$", w.question[:m.start()])
        if said[:1].isupper() and not start or re.search(r"[a-z][A-Z]", said):
            return True
    return False


def _literal_topic(w: Work) -> str | None:
    """The topic of "how many reviews mention the battery / 提到了 Alexa" when it is one or two words right after
    the mention verb, a quoted phrase said to be used ("use the phrase "runs small""), or "the word X" / "提到 X 这个词":
    the words as written (else the comments are matched by meaning too)."""
    q = QUOTED.search(w.text)
    if q is not None and WORD_SAID.search(w.text):
        if re.match(r"\s*(?:或者|或是|或|、|/|,|，|\bor\b|\band\b|和)", w.text[q.end():]) or \
                re.search(r"(?:或者|或是|或|、|/|\bor\b|和)\s*$", w.text[:q.start()]):
            return None  # "“闪退”或者crash": several words, matched by meaning and keyword together
        return q.group(1).strip()
    named = NAMED_WORD.search(w.text)
    if named is not None:
        return (named.group(1) or named.group(2)).strip()
    m = LITERAL.search(w.text)
    if m is None:
        return None
    rest = w.text[m.end():]
    t = re.match(r"\s*[\"'“‘]?([a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*)?|[\u4e00-\u9fff]{2,6})[\"'”’]?\s*"
                 r"(?:[?？。.!！)）]|$)", rest)
    if t is None:
        return None
    # ("提到虫害的", "mention the printer": what the comments are about; "mention Alexa", "提到 KM-200": a name, as written)
    said = re.search(r"[\"'“‘]", t.group(0)) or CONTAIN_SAID.search(m.group(0))
    word = re.sub(r"的$", "", t.group(1))
    return word if said or (_one_word(w, word) and not EXAMPLES_SAID.search(w.text)) else None


def _slices(w: Work, dim: str, table: str) -> bool:
    term = w.catalog.dimension(dim) if dim not in ("touchpoint", "stage") else None
    return term is None or not term.slices or table in term.slices


def _side_own_filters(w: Work, args: dict[str, Any]) -> None:
    """"the share of booked lessons cancelled because of horse health": a value of a column only the numerator's step
    records (the cancel reason) slices that side, not the base (booked lessons have no cancel reason)."""
    prof = w.catalog.profile
    num, den = args["numerator"]["filters"].get("touchpoint") or [], args["denominator"]["filters"].get("touchpoint") or []
    if prof is None or not num or not den or not args.get("filters"):
        return
    for dim in list(args["filters"]):
        e = next((x for x in prof.extras if x.table == "events" and dim in (x.column, f"events_{x.column}")), None)
        if e is not None and e.touchpoints and set(num) & set(e.touchpoints) and not set(den) & set(e.touchpoints):
            args["numerator"]["filters"] = {**args["numerator"]["filters"], dim: args["filters"].pop(dim)}


def _filters_to_the_side_they_slice(w: Work, args: dict[str, Any]) -> None:
    """"所有已支付订单 ÷ 有付款的患者人数": a slice said for the whole rate that only one side's rows hold (the order
    status, on the orders summed; the patients are counted from events) slices that side alone, never an error."""
    tables = {}
    for side in ("numerator", "denominator"):
        term = w.catalog.metric(args[side]["metric_id"])
        tables[side] = term.table if term is not None else None
    for dim in list(args.get("filters") or {}):
        fits = [side for side in tables if tables[side] is None or _slices(w, dim, tables[side])]
        if len(fits) == 1:
            side = fits[0]
            args[side]["filters"] = {**args[side]["filters"], dim: args["filters"].pop(dim)}


TIME_GRAIN_DIMS = frozenset({"day", "week", "month", "quarter", "year"})
# a drop-off said as a share of those who reached the step ("drop-off rate", "share who never made it", "流失率")
DROPOFF_RATE_SAID = re.compile(r"\b(?:rates?|share|percent(?:age)?|proportion|ratio)\b|%|率|比例|占比", re.I)


def _ratio_calls(w: Work, base: dict[str, Any], top: int | None) -> list[PlannedCall]:
    """The rate the question defined (assistant/planner/ratio.py): in total, by a grouping, over time, for two
    groups, or for the period and its baseline (two calls, the asked period first)."""
    r = w.ratio
    args: dict[str, Any] = {"numerator": {"metric_id": r.numerator.metric_id, "filters": r.numerator.filters},
                            "denominator": {"metric_id": r.denominator.metric_id, "filters": r.denominator.filters},
                            **base}
    if r.name:
        args["name"] = r.name[:60]
    _side_own_filters(w, args)
    _filters_to_the_side_they_slice(w, args)
    if w.intent == "breakdown" and w.dimension:
        return [PlannedCall("metric_ratio", {**args, "dimension": w.dimension, "order": w.order or "desc",
                                             **({"ranked": True} if w.dimension in TIME_GRAIN_DIMS and w.order else {}),
                                             **({"min_group": w.min_group} if w.min_group else {}),
                                             **({"top_n": top} if top else {})})]
    if w.intent == "trend":
        grain = w.grain or ("day" if w.period.days <= 31 else "week" if w.period.days <= 120 else "month")  # type: ignore[union-attr]
        return [PlannedCall("metric_ratio", {**args, "dimension": grain})]
    if w.intent == "compare_groups" and w.dimension and len(w.group_values) >= 2:
        flt = {**args["filters"], w.dimension: list(w.group_values[:2])}
        return [PlannedCall("metric_ratio", {**args, "filters": flt, "dimension": w.dimension})]
    calls = [PlannedCall("metric_ratio", args)]
    if w.intent == "compare_periods" and w.baseline is not None:
        calls.append(PlannedCall("metric_ratio", {**args, **_period_args(w.baseline)}))
    return calls


def build_calls(w: Work) -> list[PlannedCall]:
    """The tool calls of docs/TOOLS.md for the chosen intent and slots."""
    calls = _calls(w)
    if w.period is not None and w.period.undated:
        for c in calls:
            if c.name in UNDATED_TOOLS:
                c.args["include_undated"] = True
    return calls


def _calls(w: Work) -> list[PlannedCall]:
    # (a drop-off or funnel keeps its journey: those analyses take the company's columns as filters)
    if w.metric_id == "users_reached" and w.intent not in ("dropoff", "funnel") and _extra_slice(w) and \
            w.catalog.metric("active_customers"):
        # the funnel tables keep no extra columns: customers with an event at the touchpoint, sliced by them
        w.metric_id, w.journey_id = "active_customers", None
        w.notes.append(("metric_default", {"name": _metric_name(w.catalog, w.metric_id, w.language)}))
    i, per = w.intent, _period_args(w.period)
    base = {**per, "filters": _filters(w)}
    top = w.top_n or (DEFAULT_TOP_N if w.order else None)
    if w.ratio is not None:
        return _ratio_calls(w, base, top)
    calls: list[PlannedCall] = []
    if i == "dropoff":
        if not w.journey_id and len(w.touchpoint_ids) >= 2 and len(journeys_for(w.catalog, w.touchpoint_ids)) == 1:
            # "between sign-up and inviting teammates": the one journey holding both steps
            w.journey_id = journeys_for(w.catalog, w.touchpoint_ids)[0]
        # ("the worst drop-off (share who …)", "流失率最高的环节": the share lost ranks the steps, not the people)
        rate = DROPOFF_RATE_SAID.search(w.text)
        calls.append(PlannedCall("funnel_dropoff", {**({"journey_id": w.journey_id} if w.journey_id else {}),
                                                    **base, "top_n": top,
                                                    **({"rank_by": "drop_off_rate"} if rate else {})}))
    elif i == "exits":
        calls.append(PlannedCall("touchpoint_exits", {**base, "top_n": top}))
    elif i == "journey_map":
        # the map is drawn from events: a word like "complaint" sets no sentiment slice on it
        for d in [d for d in w.filters if not _slices(w, d, "events")]:
            del w.filters[d]
        calls.append(PlannedCall("journey_map", {**({"journey_id": w.journey_id} if w.journey_id else {}), **per,
                                                 "filters": _filters(w)}))
    elif i == "funnel":
        args = {"journey_id": w.journey_id, **per, "filters": _filters(w)}
        if w.dimension and w.dimension != "touchpoint":
            args["group_by"] = w.dimension
        calls.append(PlannedCall("funnel", args))
    elif i == "day_retention":
        start, back = w.retention_steps if w.day_n is not None else (None, None)
        # a follow-up ("那学英语的呢") keeps the day, the window and the steps of the retention asked before
        kept = next((c.args for c in (w.state.last_tool_calls if w.state else []) if c.name == "day_retention"), {})
        if w.day_n is None and not kept:
            return calls
        args = {"day": w.day_n.day if w.day_n else kept["day"],
                "within": w.day_n.within if w.day_n else kept.get("within", False), **base}
        start = start or (kept.get("start_touchpoint_id") if w.day_n is None else None)
        back = back or (kept.get("return_touchpoint_id") if w.day_n is None else None)
        if start:
            args["start_touchpoint_id"] = start
        if back:
            args["return_touchpoint_id"] = back
        if w.dimension:
            args.update({"group_by": w.dimension, "order": w.order or "desc", **({"top_n": top} if top else {})})
        calls.append(PlannedCall("day_retention", args))
    elif i == "trend":
        grain = w.grain or ("day" if w.period.days <= 31 else "week" if w.period.days <= 120 else "month")  # type: ignore[union-attr]
        calls.append(PlannedCall("metric_trend", {"metric_id": w.metric_id, "grain": grain, **base, **_scope(w)}))
    elif i == "breakdown" and w.distinct:
        calls.append(PlannedCall("metric_breakdown", {"metric_id": w.metric_id, "dimension": w.dimension, **base,
                                                      "distinct": True, **_scope(w)}))
    elif i == "breakdown":
        # a share asked of one value lists every group: the value asked about is never cut off
        calls.append(PlannedCall("metric_breakdown", {"metric_id": w.metric_id, "dimension": w.dimension, **base,
                                                      **({"focus": w.focus} if w.focus else {"top_n": top}),
                                                      **({"min_group": w.min_group} if w.min_group else {}),
                                                      "order": w.order or "desc", **_scope(w)}))
    elif i == "compare_groups":
        a, b = w.group_values[:2]
        order = which_of_two(w.text)
        calls.append(PlannedCall("compare_groups", {"metric_id": w.metric_id, "dimension": w.dimension,
                                                    "group_a": a, "group_b": b, **per,
                                                    **({"order": order} if order else {}),
                                                    "filters": _filters(w, drop=(w.dimension or "",)), **_scope(w)}))
    elif i in ("compare_periods", "metric_value"):
        calls.append(PlannedCall("compare_periods", {"metric_id": w.metric_id, **base,
                                                     **{"baseline_" + k: v for k, v in _period_args(w.baseline).items()},
                                                     **_scope(w)}))
    elif i == "path":
        back = re.search(r"之前|从哪|来自|上一步|come from|came from|before|previous|prior to", w.text)
        args = {"direction": "previous" if back else "next", **base, "top_n": w.top_n or DEFAULT_TOP_N}
        if w.touchpoint_ids:
            args["touchpoint_id"] = w.touchpoint_ids[0]
        calls.append(PlannedCall("path_transitions", args))
    elif i == "why" and len(w.group_values) >= 2 and w.dimension:
        # "why are customers in 北京 less happy than in 上海": the two groups side by side, and what the first says
        a, b = w.group_values[:2]
        calls.append(PlannedCall("compare_groups", {"metric_id": w.metric_id, "dimension": w.dimension,
                                                    "group_a": a, "group_b": b, **per,
                                                    "filters": _filters(w, drop=(w.dimension or "",)), **_scope(w)}))
        fb = _feedback_args(w)
        fb["filters"] = {**fb.get("filters", {}), w.dimension: [a]}
        calls.append(PlannedCall("feedback_themes", {**fb, "sentiment": "negative", "top_n": 6, "lang": w.language}))
        calls.append(PlannedCall("feedback_search", {"query": search_query(w), **fb, "sentiment": "negative", "k": 5}))
    elif i == "why" and w.baseline is None and (one := _one_slice(w)) is not None:
        # why one slice is as it is: where it stands among the column's groups, and what its customers say
        dim, value = one
        calls.append(PlannedCall("metric_breakdown", {"metric_id": w.metric_id, "dimension": dim, **per,
                                                      "filters": _filters(w, drop=(dim,)), "focus": [value],
                                                      "order": "asc" if _worse_is_lower(w) else "desc", **_scope(w)}))
        fb = _feedback_args(w)
        calls.append(PlannedCall("feedback_themes", {**fb, "sentiment": "negative", "top_n": 6, "lang": w.language}))
        calls.append(PlannedCall("feedback_search", {"query": search_query(w), **fb, "sentiment": "negative", "k": 5}))
    elif i == "why":
        args = {"metric_id": w.metric_id, **base, **{"baseline_" + k: v for k, v in _period_args(w.baseline).items()},
                **_scope(w)}
        if w.dimension:
            args["dimension"] = w.dimension
        calls.append(PlannedCall("explain_change", args))
        fb = _feedback_args(w)
        calls.append(PlannedCall("feedback_themes", {**fb, "sentiment": "negative", "top_n": 6, "lang": w.language}))
        # (the quotes come from the slice asked about, as the themes do: "what the Wuhan clients wrote")
        calls.append(PlannedCall("feedback_search", {"query": search_query(w), **fb, "sentiment": "negative", "k": 5}))
    elif i == "feedback_themes":
        calls.append(PlannedCall("feedback_themes", {**_feedback_args(w), "sentiment": _sentiment(w, None),
                                                     "top_n": w.top_n or 6, "lang": w.language}))
    elif i == "feedback_count":
        # complaints are negative comments; "reviews that mention X" are all of them
        # (in a complaint book every ticket is a complaint: "any" tone)
        # "how many reviews mention the zipper" counts every comment that does, not only the complaints
        default = "any" if ("complaint_log", {}) in w.notes or not COMPLAINT_SAID.search(w.text) else "negative"
        args = {"query": _without_slices(w, search_query(w, lists=True)), **_feedback_args(w),
                "sentiment": _sentiment(w, default)}
        if args["sentiment"] in ("positive", "negative") and not w.topic_query:
            # ("comments that praise our technicians": the tone is the sentiment asked, the topic is "technicians")
            tone = lexicon_en.POSITIVE + lexicon_zh.POSITIVE if args["sentiment"] == "positive" else \
                lexicon_en.NEGATIVE + lexicon_zh.NEGATIVE
            # (English words only: a Chinese run is several words, "假发打结" is no tone word "假")
            bare = " ".join(x for x in args["query"].split() if CJK_RUN.search(x) or
                            not any(x.lower().startswith(c) for c in tone))
            args["query"] = bare or args["query"]
        if args["sentiment"] in ("positive", "negative"):
            # (kept for a follow-up, "and in Q2 2026?": the same complaints, in another period)
            w.filters.setdefault("sentiment", [args["sentiment"]])
        listed = listed_words(w)
        literal = None if listed else _literal_topic(w)
        if listed:  # "提到隔音或者噪音的差评": the words chosen, as written; the tone words outside them still count
            outside = w.text
            for x in listed:
                outside = outside.replace(x, " ")
            tone = "negative" if COMPLAINT_SAID.search(outside) else w.filters.get("sentiment", [default])[0]
            args.update(match="words", any_of=listed, sentiment=tone)  # (the query stays the topic in words: its meaning for comments in the other language)
        if literal:  # "how many reviews mention Alexa": the word as written, counted exactly
            # (a tone word inside the topic, "mention getting compliments", says what is written, not which comments)
            # (a count defined by the word, "complain it is itchy (contain the word "itchy")", counts every comment
            # with it)
            outside = w.text.replace(literal, " ")
            defined = bool(QUOTED.search(w.text) or NAMED_WORD.search(w.text))
            tone = "any" if defined else "negative" if COMPLAINT_SAID.search(outside) else \
                w.filters.get("sentiment", ["any"])[0]
            args.update(query=literal, match="words", sentiment=tone)
        if ("topic_by_group", {}) in w.notes and w.dimension:
            # the topic without the grouping's words ("哪家门店 … 最多"): what the comments are about
            q = args["query"]
            for m in w.mentions:  # (the column named, or its twin in the other script the answer groups by)
                if m.kind == "dimension" and (m.id == w.dimension or w.dimension in w.catalog.value_twins.get(m.id, ())
                                              or (m.id, w.dimension) in w.catalog.twin_values):
                    q = q.replace(m.surface, " ")
            if w.dimension in TIME_GRAINS + ("weekday", "hour"):  # ("哪个月…最多", "which week had the most …")
                from assistant.planner.intent import WHICH_TIME_EN
                for said in lexicon_zh.WHICH_TIME:
                    q = q.replace(said, " ")
                q = WHICH_TIME_EN.sub(" ", q)
            q = GROUPING_WORDS.sub(" ", q)
            q = re.sub(r"(?:\s*/\s*)+(?=\s*/|\s*$)", "", re.sub(r"\s+", " ", q)).strip(" /")
            if q:
                args["query"] = q
            args["dimension"] = w.dimension
            if w.min_group:
                args["min_group"] = w.min_group
        calls.append(PlannedCall("feedback_count", args))
    elif i == "feedback_search":
        fb = _feedback_args(w)
        calls.append(PlannedCall("feedback_search", {"query": search_query(w), **fb,
                                                     "sentiment": _sentiment(w, None), "k": w.top_n or 10}))
    elif i == "emotion_curve":
        by = "stage" if w.dimension == "stage" or re.search(r"阶段|stage", w.text) else "touchpoint"
        calls.append(PlannedCall("emotion_curve", {"by": by, **base}))
    elif i == "retention":
        grain = "week" if re.search(r"周|week", w.text) else "month"
        args = {**base, "window_days": _window_days(w.text), "grain": grain}
        if w.dimension and w.dimension not in ("touchpoint", "stage", *TIME_GRAINS):
            args["group_by"] = w.dimension
            if w.order:  # "which channel's customers repurchase least": the groups ranked, not cohorts split
                args["order"] = w.order
        calls.append(PlannedCall("retention_cohorts", args))
    elif i == "experiment":
        args: dict[str, Any] = {}
        exp = w.experiment_id or (w.catalog.experiments[0] if len(w.catalog.experiments) == 1 else None)
        if exp:
            args["experiment_id"] = exp
        args.update(_experiment_outcome(w))
        if w.journey_id and "outcome_touchpoint_ids" not in args:
            args["journey_id"] = w.journey_id
        if not w.default_period:
            args.update(per)
        calls.append(PlannedCall("experiment_result", args))
    elif i == "anomaly":
        calls.append(PlannedCall("detect_anomalies", {"metric_id": w.metric_id, **base, **_scope(w)}))
    elif i == "explain_metric":
        if w.explain_term and w.metric_id == "step_conversion" and w.touchpoint_ids:
            # "返修率是怎么算的": the step's own rate, from the step before it in its journey
            base = _step_before(w, w.touchpoint_ids[0])
            calls.append(PlannedCall("explain_metric", {"metric_id": w.metric_id, "term": w.explain_term,
                                                        "touchpoint_id": w.touchpoint_ids[0],
                                                        **({"base_touchpoint_id": base} if base else {})}))
        elif w.explain_term and (not w.metric_id or w.metric_id == "events" and not w.touchpoint_ids):
            calls.append(PlannedCall("explain_metric", {"concept": "come_back", "term": w.explain_term}))
        else:
            calls.append(PlannedCall("explain_metric", {"metric_id": w.metric_id}))
    elif i == "describe_data":
        calls.append(PlannedCall("describe_data", {}))
    elif i == "sql":
        m = re.search(r"\b(select|with)\b", w.question, flags=re.I)
        sql = w.question[m.start():].strip() if m else w.question.strip()
        calls.append(PlannedCall("run_sql", {"sql": sql}))
    return [PlannedCall(c.name, _clean(c.args)) for c in calls]


def _clean(args: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional arguments so tools apply their own defaults."""
    return {k: v for k, v in args.items() if v is not None and v != {}}
