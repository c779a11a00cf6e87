"""Intent steps: cue words, superlatives and top-N, and the rules choosing what is asked."""
from __future__ import annotations

import re

from assistant.planner import lexicon_en, lexicon_zh
from assistant.planner.timeparse import cn_int
from assistant.planner.types import Mention, TIME_GRAINS

CJK = re.compile(r"[\u4e00-\u9fff]")
# cues that only hint (a "which"/"by"/"and"), never enough to start a new question on their own
WEAK = frozenset({"breakdown", "compare_groups"})
DROPOFF_METRICS = ("users_lost", "drop_off_rate")
# counts of people: "users", "customers" name who moves, not a measure of their own
PEOPLE_METRICS = ("active_customers", "users_reached", "new_customers")
STEP_METRICS = ("step_conversion", "drop_off_rate", "users_lost", "users_reached", "median_time_to_convert",
                "mean_time_to_convert", "slower_share", "slower_count",
                "overall_conversion")


# which step is asked ("最多人卡在哪一步", "which step did the most customers reach without making it to the next"): with a
# drop-off said, where people are lost — never where they went next
WHICH_STEP = re.compile(r"哪一?(?:个)?(?:步|环节|步骤|节点)|\b(?:which|what) (?:step|stage of the (?:funnel|flow))\b", re.I)

def _has(text: str, cue: str, spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
         names: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Does the cue occur, not cut into a linked name ("by day" is no grain cue in "by day part")? A cue
    containing a whole name still counts ("情绪曲线" holds 情绪), but not the very words of a thing's
    name in `names` ("quote" the touchpoint is no request for quotes)."""
    if cue.strip() not in text:
        return False
    if CJK.search(cue) or not cue[:1].isalpha():
        rx = re.escape(cue)
    else:
        # word edges on both sides; an inflection may follow (complain → complaints, anomal → anomaly)
        tail = "" if cue.endswith(" ") else r"(?:s|es|ed|ing|ts|ted|ting|ion|ions|y|ies|ous|ly)?(?![a-z])"
        rx = rf"(?<![a-z]){re.escape(cue)}{tail}"
    for m in re.finditer(rx, text):
        a, b = m.start(), m.end()
        if all(b <= s or a >= e or (a <= s and b >= e) for s, e in spans) and (a, b) not in names:
            return True
    return False


def any_cue(text: str, cues: tuple[str, ...], spans: list[tuple[int, int]] = ()) -> bool:  # type: ignore[assignment]
    """Is any cue (zh substring or en word-edged phrase) in the text, outside linked names?"""
    return any(_has(text, c, spans) for c in cues)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out linked entity and time spans so their words do not count as cues."""
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "\u2002"
    return "".join(chars)


# "were entered by sales reps", "was handled by an agent": the agent of a passive verb, no grouping ("by city")
PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got|gotten)\s+(?:[a-z]+ly\s+)?[a-z]+\s+(by)\b")


SHARE_OF_ALL = re.compile(r"占[^，,。？?！!]{0,12}?(?:多少|比例|比重|几成|百分之几|百分比)")


ELLIPTICAL = re.compile(r"呢\s*[？?]?\s*$|^\s*(?:and|what about|how about)\b", re.I)


# a change said as a percentage ("比三季度变了多少，百分比", "涨了百分之几", "by what percentage did orders grow",
# "percent change vs Q3"): the relative change of one number, not a part of a whole
CHANGE_IN_PERCENT = re.compile(
    r"(?:变|变化|变动|涨|跌|增长|增加|下降|下滑|减少|上升|提升|提高|降低|多|少)了?(?:多少)?[,，、]?\s*(?:按|用|是)?"
    r"(?:百分比|百分之几|百分之多少|几成|多少个?百分点)|(?:百分比|百分之几)(?:的)?(?:变化|变动|涨幅|跌幅)|"
    r"\b(?:by\s+)?what\s+(?:percentage|percent|%)\s+(?:did|has|have|was|were|is|are)\b[^.?!;,]{0,60}?"
    r"\b(?:chang|grow|grew|rise|rose|fall|fell|drop|increas|decreas|declin|climb|go up|went up|go down|went down)|"
    r"\b(?:percent(?:age)?|%)\s+(?:change|growth|increase|decrease|drop|decline|rise|fall)\b|"
    r"\b(?:chang|grow|grew|rise|rose|fall|fell|drop|increas|decreas|declin)[a-z]*\b[^.?!;]{0,40}?\b(?:by\s+)?"
    r"(?:in|as\s+a)\s+(?:percent(?:age)?|%)", re.I)


def share_asked(text: str, spans: list[tuple[int, int]] = ()) -> bool:  # type: ignore[assignment]
    """"what share of …", "占比", "占所有评论的多少": a part of a whole is asked for."""
    spans = [*spans, *(m.span() for m in CHANGE_IN_PERCENT.finditer(text))]
    return any_cue(text, lexicon_zh.SHARE + lexicon_en.SHARE, spans) or bool(SHARE_OF_ALL.search(mask(text, spans)))


def passive_agents(text: str) -> list[tuple[int, int]]:
    """Spans of "by" that introduce a passive verb's agent."""
    return [m.span(1) for m in PASSIVE_BY.finditer(text)]


LEFT_OUT = re.compile(r"\b(?:leave|leaving|left|leaves)\s+(?:out|aside)\b")
# "took the longest to come back with a decision", "get back to customers": a reply, never customers returning
REPLIED_BACK = re.compile(r"\b(?:come|comes|came|coming|get|gets|got|getting)\s+back\s+(?:to\s+(?:us|me|them|him|her|"
                          r"the\s+\w+|our\s+\w+|customers|clients)\b|with\b)", re.I)


def cue_hits(text: str, spans: list[tuple[int, int]],
             names: frozenset[tuple[int, int]] = frozenset()) -> set[str]:
    """Intents whose cue words (either language) occur in the question outside linked names."""
    # ("leave out refunded ones": words that leave rows out, never people leaving the journey)
    text = LEFT_OUT.sub(lambda m: "\u2002" * len(m.group(0)), text)
    text = REPLIED_BACK.sub(lambda m: "\u2002" * len(m.group(0)), text)
    hits = set()
    for lex in (lexicon_zh, lexicon_en):
        for intent, cues in lex.INTENT_CUES.items():
            if any(_has(text, c, spans, names) for c in cues):
                hits.add(intent)
    return hits


NOT_A_GRAIN = re.compile(r"周期|周年|周边|周转|月卡|月票|月子|天数|天气|年卡|年费")


def grain(text: str, spans: list[tuple[int, int]]) -> str | None:
    """day / week / month when the question asks for a time series at that grain."""
    # ("按周期算": per cycle; "每月卡": a monthly card; words that begin with a grain's character are no grain)
    text = NOT_A_GRAIN.sub(lambda m: "\u2002" * len(m.group(0)), text)
    for g in TIME_GRAINS:
        if any_cue(text, lexicon_zh.GRAIN[g] + lexicon_en.GRAIN[g], spans):
            return g
    return None


AT_LEAST = re.compile(r"\b(?:at least|at most|no less than|no fewer than|at the least|at the most)\b", re.I)


def superlative(text: str) -> tuple[int | None, str | None]:
    """(top_n, order) from 前三 / top 3 / 最多 / least ...; (None, None) when not a ranking ("at least 30 ratings"
    is a minimum, no "least")."""
    text = AT_LEAST.sub(" ", text)
    n = None
    for rx in lexicon_zh.TOP_N_PATTERNS + lexicon_en.TOP_N_PATTERNS:
        m = re.search(rx, text)
        if m:
            n = cn_int(m.group(1))
            if n:
                break
    asc = any_cue(text, lexicon_zh.ASC + lexicon_en.ASC)
    desc = any_cue(text, lexicon_zh.DESC + lexicon_en.DESC)
    if n is None and not (asc or desc):
        return None, None
    # (a word of size beats a word of judgement: "where's the queue worst? which club had the longest wait")
    return n, "asc" if asc and not MAGNITUDE_DESC.search(text) else "desc"


MAGNITUDE_DESC = re.compile(r"最多|最高|最大|最长|最慢|最久|\b(?:most|highest|biggest|largest|longest|slowest|greatest)\b")


WHICH_TIME_EN = re.compile(r"\b(?:which|what)\s+(?:(?:single|one|particular|calendar|specific|exact)\s+)?"
                           r"(day of the week|weekday|hour of the day|hour|day|week|month)s?\b")


def which_time(text: str) -> str | None:
    """day / week / month when the question asks which day/week/month ranks first ("which single day")."""
    for words in (lexicon_zh.WHICH_TIME, lexicon_en.WHICH_TIME):
        for w, g in words.items():
            if _has(text, w):
                return g
    m = WHICH_TIME_EN.search(text)
    if m:
        said = m.group(1)
        return "weekday" if said.startswith(("day of", "weekday")) else "hour" if said.startswith("hour") else said
    return None


WEAK_DESCRIBE = re.compile(r"\b(?:whole|entire|all|full) (?:the )?data ?set\b|\bdataset\b|整个数据集|全部数据集")


LIST_WORDS = ("客户名单", "customer list")
AGGREGATE_ASKED = re.compile(r"多少|几个|几位|比例|占比|百分之|\bhow many\b|\bwhat (?:share|percentage|%|fraction)|"
                             r"\bshare of\b|\bpercent", re.I)


# a rate or a count asked, and a request to see, list or export records
RATE_ASKED = re.compile(r"率|\brates?\b|平均|中位数|\baverage\b|\bmedian\b", re.I)
COUNTED_ASKED = re.compile(r"多少(?:次|笔|个|人|条|份|单)|几(?:次|笔|个|人|条|份|单)|\bhow many\b", re.I)
RANKED_ASKED = re.compile(r"最多|最少|最高|最低|哪[个种类家位]|\b(?:which|most|least|highest|lowest)\b", re.I)
REVEAL_ASKED = re.compile(r"给我|发我|导出|列出|列一下|拉一份|拉个|查一下.{0,6}(?:号|地址)|是多少号|"
                          r"\b(?:show|list|export|give|send|pull|download|what (?:is|are|was|were) (?:the|their|his|her))\b",
                          re.I)


# rent the company earns ("房租收入", "rental income" of a villa-rental business): revenue, not its own rent
RENT_EARNED = re.compile(r"(?:房租|租金|店租)(?:收入|营收|进账)|\brent(?:al)?\s+(?:income|revenue|takings)\b", re.I)


DOCUMENT_USED = re.compile(r"(?<=用|持|凭|刷|拿)(身份证|护照|驾照|学生证|军官证|港澳通行证)|"
                           r"(?<=使用)(身份证|护照|驾照|学生证|军官证|港澳通行证)")


def unsupported_kind(text: str) -> str | None:
    """compose | write | forecast | outside when the question asks for something the data cannot give."""
    text = RENT_EARNED.sub(" ", text)
    for kind in ("personal", "compose", "write", "finance", "forecast", "outside"):
        cues = lexicon_zh.UNSUPPORTED[kind] + lexicon_en.UNSUPPORTED[kind]
        if kind == "personal" and DOCUMENT_USED.search(text) and not REVEAL_ASKED.search(text):
            # ("那用身份证的呢？", "刷身份证进站的": which kind of document people used, a group of them, no one's number)
            cues = tuple(c for c in cues if c not in {m.group(0) for m in DOCUMENT_USED.finditer(text)})
        aggregate = kind == "personal" and bool(AGGREGATE_ASKED.search(text) or RATE_ASKED.search(text) or
                                                 COUNTED_ASKED.search(text) or RANKED_ASKED.search(text))
        if aggregate:
            # ("客户名单里出租房业主占多少比例", "客户名单里的观众，哪个地区的人最多": a share or a ranking of the list is
            # an aggregate, no one's details)
            cues = tuple(c for c in cues if c not in LIST_WORDS)
            if not REVEAL_ASKED.search(text):
                # ("身份核验（身份证+人脸）的失败率", "按联系方式看…哪种方式的认购率最高": a rate, count or ranking of
                # a step or column whose name holds a kind of personal detail; nobody's details are asked for)
                continue
        if kind == "compose" and (AGGREGATE_ASKED.search(text) or RATE_ASKED.search(text) or
                                  COUNTED_ASKED.search(text) or RANKED_ASKED.search(text)):
            # ("检查完到把维修报价发给客户，平均要隔几天", "how many days until we send it to the customer": sending
            # said inside a measure of the data is a step's verb, no message to write or send)
            cues = tuple(c for c in cues if c not in SENDING_CUES)
        if kind == "write" and (AGGREGATE_ASKED.search(text) or RATE_ASKED.search(text) or
                                COUNTED_ASKED.search(text) or RANKED_ASKED.search(text) or REASON_ASKED.search(text)):
            # ("the most common reason patients give when they cancel their surgery", "how many did we refund this
            # month": a customer's or the company's action said inside a measure of the data is a step, no change
            # of the data asked for; deleting or wiping data is asked for whatever else is said)
            cues = tuple(c for c in cues if c not in ACTION_CUES)
        if any_cue(text, cues):
            return kind
    return "outside" if lexicon_en.OTHER_FIRMS.search(text) else None


# write cues that are also what customers or staff do (cancel an order, refund, change a plan), said in a question
# about the data as its steps
ACTION_CUES = frozenset({"cancel the order", "cancel this order", "cancel their", "change their", "refund the customer",
                         "refund this", "block the card", "unblock", "set the limit", "raise the limit",
                         "increase the limit", "change the credit", "调到", "调成", "调整为", "改成", "改为"})
REASON_ASKED = re.compile(r"\b(?:why|reasons?|what (?:do|did|does) (?:they|customers|people))\b|原因|为什么|为啥", re.I)


# compose cues that say sending or calling, which a measured step can do too
SENDING_CUES = frozenset({"发给", "转发给", "发送给", "发邮件", "打电话给", "send it to", "send them to", "forward it to",
                          "forward them to", "call them", "email them", "email to",
                          # (replying is a service step too: "顾问第一次回复客户平均要等多少分钟")
                          "回复客户", "reply to the customer"})


def is_which(text: str) -> bool:
    return any_cue(text, lexicon_zh.WHICH + lexicon_en.WHICH)


# the direction a "which of the two" question asks for (better / worse depend on the measure: not here)
MORE_SAID = re.compile(r"\b(?:more|higher|larger|bigger|greater|longer|most|highest|largest|biggest)\b|"
                       r"更高|更多|更大|更长|最高|最多|最大|最长|高一些|多一些", re.I)
LESS_SAID = re.compile(r"\b(?:fewer|less|lower|smaller|shorter|least|fewest|lowest|smallest)\b|"
                       r"更低|更少|更小|更短|最低|最少|最小|最短|低一些|少一些", re.I)


def which_of_two(text: str) -> str | None:
    """"Which country brought in more revenue, the UK or Australia?": desc, the one with more first; "哪个更少": asc.
    None when no which-question or no single direction."""
    if not is_which(text.lower()):
        return None
    more, less = bool(MORE_SAID.search(text)), bool(LESS_SAID.search(text))
    return "desc" if more and not less else "asc" if less and not more else None


def _asks_journey_map(text: str, hits: set[str], ranks_a_measure: bool = False) -> bool:
    """The journey-map hook (cues live with the tool); weak cues only when no other intent is cued and nothing
    measured is ranked ("客户旅程里哪个环节的平均评分最低": the journey is where the steps are ranked)."""
    from tools.journey_map import CUES_STRONG, CUES_WEAK
    if any_cue(text, CUES_STRONG):
        return True
    return any_cue(text, CUES_WEAK) and not (hits - WEAK - {"feedback_generic"}) and not ranks_a_measure


def _asks_feedback_count(text: str) -> bool:
    """The feedback-count hook (cues live with the tool): "退款相关投诉有多少条", "how many complaints"."""
    from tools.feedback_count import asks_count
    return asks_count(text)


# a word said negated right before a name ("没取消的订单", "没退款", "non-cancelled orders", "not refunded"): every row but
# the name's
NEGATED_BEFORE = re.compile(r"(?:没有?|未|不是?|非)\s*(?:被|已|经)?\s*$|\b(?:non|not|un|never|without)[-\s]?$|"
                            r"\bnot (?:been |yet )?$", re.I)


# the words saying a kind of thing ("进水这类", "物流慢之类"): no part of what the thing is
KIND_WORDS = r"(?:这类|这种|这一类|之类|一类|类似)"


# words saying what comments are about ("reviews mentioning delays", "提到延误的评论")
TOPIC = re.compile(r"\b(?:mention\w*|about|regarding|related to|refer\w* to|talk\w* about|say(?:s|ing)?|contain\w*|bring\w* up|brought up"
                   # "comments that call us reliable", "reviews describing the staff as rude"
                   r"|call(?:s|ed|ing)? (?:us|them|it|our|the)|describ\w* (?:us|them|it|our|the)"
                   r"|complain\w* (?:that|of)|complain(?:ed|s)\s+(?:the|our|their|its|it|they|we|there)\b)\b"
                   # ("客户对待机费的抱怨", "对送货慢的投诉"): what the complaint is about, said with 对 … 的
                   r"|(?<=对)[\u4e00-\u9fffA-Za-z]{1,12}的(?=投诉|差评|抱怨|吐槽|不满|意见)"
                   # ("the 'too expensive' complaints", "“太贵”的投诉"): the words quoted right before the comments
                   r"|[“\"'‘「『][^”\"'’」』]{2,40}[”\"'’」』]\s*(?:的)?\s*(?=complaints?|comments?|reviews?|feedback|"
                   r"投诉|差评|评论|反馈|吐槽|抱怨)"
                   r"|提到|提及|说到|讲到|涉及|关于|有关|相关|包含|在说|反映|(?:在抱怨|抱怨说|在吐槽|吐槽说|投诉说)(?!什么|啥|哪|些什么)"
                   # "评价里带“咸”字的", "写了“还会再来”": the words quoted are what is written
                   r"|(?:带有?|写了?|写着|含有?|出现了?)\s*[“\"「『‘]"
                   # "刹车异响投诉最多的是哪家店", "直播卡顿、断线的投诉，哪个中心最多": the trouble named before the
                   # complaint word, opening the question or a clause
                   # (never the question's own words: "一共有多少条差评" names no trouble)
                   r"|(?:^|(?<=[，,。；;：:]))(?:(?!多少|几|哪|什么|一共|总共|所有|全部|有|收到|我们|客户|用户|最近|今年|去年|本月|上月)"
                   r"[\u4e00-\u9fff、]){2,12}?(?:的)?(?=(?:投诉|差评|抱怨|吐槽)(?:最多|较多|多|有多少|一共|总共|[，,？?]|$))"
                   # "吐槽尺码偏小的有多少条": the verb before what is said (not "有哪些吐槽", "抱怨最多的是什么")
                   r"|(?<!哪些)(?<!什么)(?<!些)(?:吐槽|抱怨)(?=[\u4e00-\u9fff])(?!什么|啥|哪|些什么|最多|得最|的|主要|较多|比较)"
                   # "反馈说车被刮花了", "意见是说考试费太贵的", "夸店员热情的", "praising the staff": what the comments say, praise too
                   r"|(?<=反馈|评论|评价|留言|投诉|差评|好评|意见)(?:里|中)?(?:都|是|在)?(?:说|称|讲)(?![什么啥])"
                   # "表镜起雾、进水这类反馈一共多少条", "物流慢之类的投诉": the kind of comment named before the comment word
                   r"|[\u4e00-\u9fffA-Za-z、]{2,20}" + KIND_WORDS + r"的?(?=反馈|评论|投诉|差评|评价|留言|意见)"
                   # "有多少条反馈嫌我们起订量太高", "几条评论在吐槽交期": the complaint verb after the comment word
                   r"|(?<=反馈|评论|评价|留言|投诉|差评)(?:里|中)?(?:都|在|是)?(?:嫌|吐槽|抱怨)(?=[\u4e00-\u9fff])(?!什么|啥|哪|些什么|最多|得最|的|主要|较多|比较)"
                   # "说酒水太贵的评论有多少条", "哪个城市说饮品太甜的反馈最多": the words said, before the comments
                   r"|(?<!据|么|小)(?:说|讲|嫌)(?!明|什么|啥|了什么)(?=[^，,。？?！!]{1,30}?的(?:评论|反馈|评价|留言|投诉|差评|好评))"
                   # "（有日期的反馈）说零食饮料太贵的有多少条": comments counted in 条, the comment word said before
                   r"|(?<!据|么|小)(?:说|讲|嫌)(?!明|什么|啥|了什么)(?=[^，,。？?！!]{1,30}?的(?:有|一共有|共有)?(?:多少|几)条)"
                   r"|(?<!哪些)(?<!什么)(?:夸奖|夸赞|夸了|夸|称赞|表扬)(?=[\u4e00-\u9fff])(?!什么|啥|哪|最多|得最|的|主要)"
                   r"|\b(?:prais\w*|compliment\w*)\s+(?:the|our|how|that)\b")


# a time asked for ("how many days did it take from lead to test", "从下单到送达要多久"): no path
DURATION_SAID = re.compile(r"\bhow long\b|\bhow many (?:days|hours|minutes|weeks)\b|多久|多长时间|(?:几|多少)个?(?:天|小时|分钟)")


# the comments themselves named ("complaints", "reviews", "投诉", "差评")
COMMENTS_SAID = re.compile(r"\b(?:complaints?|comments?|reviews?|feedback)\b|投诉|差评|抱怨|吐槽|评论|反馈")


def names_topic(text: str, spans: list[tuple[int, int]] = ()) -> bool:  # type: ignore[assignment]
    """Does the question say what the comments are about (a topic word outside linked names)?"""
    return any(all(m.end() <= a or m.start() >= b for a, b in spans) for m in TOPIC.finditer(text))


# a change over time asked about: "why did it drop", "what's behind the rise" (a why, never a ranking)
CHANGE_SAID = re.compile(r"\b(?:drop\w*|fell|fall\w*|rose|ris\w*|increas\w*|decreas\w*|spik\w*|dip\w*|jump\w*|"
                         r"declin\w*|grow\w*|grew|worse|better|up|down|change\w*|shift\w*)\b|下降|上升|下滑|增长|减少|增加|"
                         r"变化|波动|暴涨|暴跌|变差|变好")
MOST_SAID = re.compile(r"\b(?:most|majority|bulk|biggest|main|top|largest)\b|最多|大多数|大部分|主要")


def _reasons_ranked(text: str, mentions: list[Mention]) -> bool:
    """"What's behind most of our change orders? 2025, by reason": the column said outright with "by" is ranked by how
    many rows each reason has — no change over time is asked about, so no why."""
    # (outside every name: "change orders" is a step, no change asked about)
    named = [(m.start, m.end) for m in mentions if m.kind in ("touchpoint", "journey", "value", "metric")]
    if CHANGE_SAID.search(mask(text, named)) or not MOST_SAID.search(text):
        return False
    return any(m.kind == "dimension" and re.search(r"(?:\bby\s+(?:the\s+)?|按)$", text[:m.start]) for m in mentions)


# a superlative of how often, right before a column's word: "the most common reason", "the number one reason",
# "最常见的原因", "最多的退货原因"
TOP_OF_COLUMN = re.compile(r"(?:\b(?:most\s+common|commonest|most\s+frequent|most\s+often\s+given|number\s+one|no\.?\s*1|top|"
                           r"leading|single\s+biggest)\s+|最常见的?|最常出现的?|头号)$")


def _top_of_a_column(text: str, mentions: list[Mention]) -> bool:
    """"What was the most common reason customers gave for leaving us in 2025?", "What's the number one reason phones
    come back under warranty?": a column's word right after a superlative of how often asks for its values ranked by
    how many rows each has — no why of a change (none is said), no return of customers."""
    named = [(m.start, m.end) for m in mentions if m.kind in ("touchpoint", "journey", "value", "metric")]
    if CHANGE_SAID.search(mask(text, named)):
        return False
    # (of a column's values: "流失人数最多的环节" ranks the steps by what is lost, read by the flow's rules)
    return any(m.kind == "dimension" and m.id not in ("touchpoint", "stage") and TOP_OF_COLUMN.search(text[:m.start])
               for m in mentions)


# the steps asked for by a question word ("which step", "在哪一步之后", "哪个环节"): the steps are what is ranked
STEP_ASKED = re.compile(r"\b(?:which|what)\s+(?:step|(?:stage|point)\s+(?:of|in)\s+(?:the\s+|our\s+|this\s+|that\s+)?"
                        r"(?:[\w\-]+\s+){0,3}(?:funnel|journey|process|flow|pipeline))\b|"
                        r"哪一?步|哪个步骤|哪个环节|哪一个环节|哪一环|哪个节点|"
                        # ("Where in the new-user first-order funnel do we lose the most people?")
                        r"\bwhere\s+(?:in|along|on)\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:[\w\-]+\s+){0,5}"
                        r"(?:funnel|journey|process|flow|pipeline)\b|(?:漏斗|旅程|流程)(?:里|中|上)?(?:的)?哪(?:里|儿)")


# a query written out: SELECT … FROM <table> (or WITH … AS), never the word "select" of a step list ("browse →
# select → pay")
SQL_WRITTEN = re.compile(r"\b(?:select\s+(?!→|->)[\s\S]*?\bfrom\s+[\"a-z_(]|with\s+[a-z_]\w*\s+as\s*\()", re.I)


def detect_intent(text: str, hits: set[str], mentions: list[Mention], *, n_periods: int, grain: str | None,
                  ranking: bool, which: bool, metric_id: str | None) -> str:
    """The first rule that fits wins; the order encodes which reading is more specific."""
    kinds = {m.kind for m in mentions}
    dims = {m.id for m in mentions if m.kind == "dimension"}
    # distinct values per dimension: "已支付(paid)" names one value twice, not two groups to compare
    # and the values of one range ("A2–B2", every level between, said as one span) are one set of them
    ranged = {(m.dim, m.id): (m.start, m.end) for m in mentions if m.kind == "value" and
              sum(1 for x in mentions if x.kind == "value" and x.dim == m.dim and (x.start, x.end) == (m.start, m.end)
                  and x.id != m.id) >= 1}
    # (a word naming a step and a value, "booking" of the step and of the channel Booking.com, names the step:
    # no second group)
    named_steps = [(m.start, m.end) for m in mentions if m.kind in ("touchpoint", "journey")]
    value_dims = [d for d, _ in dict.fromkeys((m.dim, ranged.get((m.dim, m.id), m.id)) for m in mentions
                                             if m.kind == "value" and not any(a <= m.start and m.end <= b
                                                                              for a, b in named_steps))]
    two_values = any(value_dims.count(d) >= 2 for d in set(value_dims))
    tps = {m.id for m in mentions if m.kind == "touchpoint"}
    if "sql" in hits and SQL_WRITTEN.search(text):
        return "sql"
    if "explain_metric" in hits and ("metric" in kinds or "dimension" in kinds):
        return "explain_metric"
    if "describe_data" in hits and not (WEAK_DESCRIBE.search(text) and kinds & {"metric", "value", "touchpoint"}):
        return "describe_data"  # "how many orders got refunded, whole dataset": a count over all the data, not a tour
    if _asks_journey_map(text, hits, (ranking or which) and (metric_id is not None or "metric" in kinds)):
        return "journey_map"
    if _top_of_a_column(text, mentions):
        return "breakdown"  # (not the why of a change, the return of customers, nor where they leave)
    if "why" in hits and not _reasons_ranked(text, mentions):
        return "why"
    if "experiment" in hits or "experiment" in kinds or "variant" in dims:
        return "experiment"
    if "emotion_curve" in hits or ("sentiment" in dims and dims & {"stage", "touchpoint"} and not metric_id):
        return "emotion_curve"
    # "how many came from Florida", "what share of alerts came from HX-10K inverters": a slice counted or shared
    counted_slice = bool(value_dims) and re.search(r"\bhow many\b|\bnumber of\b|\bshare\b|\bproportion\b|"
                                                   r"\bpercent(?:age)?\b|\bfraction\b|%|多少|几个|几条|占比|比例|几成|"
                                                   # "what's the average notary fee paid by our 60+ clients": a slice averaged
                                                   r"\baverage\b|\bmean\b|平均",
                                                   text)
    # ("accounts that came from referrals": where they were won, a value; paths come from steps)
    came_from_value = any(m.kind == "value" and m.dim not in ("touchpoint", "stage") and
                          re.search(r"\b(?:came|come|comes|coming)\s+(?:in\s+)?(?:from|through|via)\s+(?:the\s+|our\s+|a\s+)?$",
                                    text[:m.start])
                          for m in mentions)
    # ("which touchpoint do most of the 'too expensive' complaints come from": comments come from a step, no path)
    comments_come = any(m.kind == "value" and m.dim == "sentiment" for m in mentions) or \
        bool(hits & {"feedback_themes", "feedback_search", "feedback_generic"}) or bool(COMMENTS_SAID.search(text))
    if "path" in hits and (not metric_id or metric_id in PEOPLE_METRICS) and not (dims - {"touchpoint", "stage"}) \
            and not ("dropoff" in hits and WHICH_STEP.search(text)) and not counted_slice \
            and not DURATION_SAID.search(text) and not came_from_value and not comments_come:
        # ("how many came from Florida" counts a slice; "how many days did it take from lead to test" is a time)
        # "where do users go after payment"; but "conversion of leads that came from referrals" is a rate
        return "path"  # "how many reviews came from the US" counts reviews; paths run between touchpoints
    if "feedback_themes" in hits and _asks_feedback_count(text):
        return "feedback_count"
    if "feedback_themes" in hits and "feedback_search" in hits:
        # "show me comments complaining about X" wants quotes; "what do they complain about" wants themes
        return "feedback_search" if re.search(r"原话|原文|例子|举例|quote|verbatim|example|show me|找|看看|pull up|"
                                              r"(?:some|a few) (?:comments|reviews)|(?:comments|reviews|feedback) where",
                                              text) else "feedback_themes"
    if "feedback_themes" in hits:
        return "feedback_themes"
    if "feedback_search" in hits:
        return "feedback_themes" if which else "feedback_search"
    if "feedback_generic" in hits and not metric_id:
        return "feedback_themes" if ranking or which or "negative" in text else "feedback_search"
    if "retention" in hits:
        return "retention"
    if "anomaly" in hits:
        return "anomaly"
    sliced_by = dims - {"touchpoint", "stage", *TIME_GRAINS}
    if "compare_periods" in hits and n_periods < 2 and sliced_by and not value_dims:
        return "breakdown"  # "各渠道的客单价对比": compare across the values of a dimension
    if n_periods >= 2 or "compare_periods" in hits and not two_values:
        return "compare_periods"
    if two_values:
        return "compare_groups"
    if "funnel" in hits and not (len(tps) == 1 and metric_id in STEP_METRICS and not re.search(r"funnel|漏斗", text)) \
            and not ("dropoff" in hits and (ranking or which)) \
            and not ((ranking or which) and sliced_by and metric_id in STEP_METRICS):
        # ("in the funnel, which step loses the most"; "which lead source converts worst … intake funnel": the
        # sources ranked by their conversion, not the funnel)
        # "the payment step conversion" asks for one step's value, not for the whole funnel
        return "funnel"
    if "trend" in hits or grain or dims & set(TIME_GRAINS):
        return "trend"
    dropoffish = "dropoff" in hits or metric_id in DROPOFF_METRICS
    other_dims = dims - {"touchpoint", "stage"}
    # ("for customers who came in for a consultation, after which step of the consultation-to-order journey do we
    # lose the most": the one step named says who entered; the steps of the journey named are ranked)
    # ("展会拿到的线索，…哪一步流失的客户最多", "for trade show leads, which step loses the most": the step word asked
    # with which ranks the steps; the one step named, leads, says who entered)
    if dropoffish and not other_dims and (ranking or which or "touchpoint" in dims) and \
            (not tps or len(tps) >= 2 or STEP_ASKED.search(text) or ("journey" in kinds and (ranking or which))):
        # ("looking at the trial-to-purchase funnel for people who booked a trial, where are we losing the most": the
        # journey named is ranked by its steps' losses; the one step said says who entered)
        return "dropoff"
    if ("exits" in hits or metric_id == "exit_rate") and (ranking or which or not tps) and not other_dims:
        return "exits"
    if other_dims or (dims and (ranking or which)):
        return "breakdown"
    if metric_id:
        return "metric_value"
    if "journey" in kinds and tps and any_cue(text, lexicon_zh.COUNT + lexicon_en.COUNT) and not dropoffish and \
            not share_asked(text) and not re.search(r"funnel|漏斗|conver|转化", text):
        # ("How many certificates did we post in January", "一共吊上岸了多少条船": a count of what happened at the
        # step said; the journey's noun there names the things counted, no funnel is asked)
        return "metric_value"
    if "journey" in kinds:
        return "funnel"
    if tps and not dropoffish:
        return "metric_value"  # "广告投放的效果怎么样": how a touchpoint is doing, with the default metric
    if dropoffish:
        return "dropoff"
    if counted_slice and not ELLIPTICAL.search(text):
        # "企业EAP客户占多大比例": a slice counted or shared, of the default measure ("杭州的顾客里学生占比呢？" leans on
        # the turn before: the follow-up step reads it)
        return "metric_value"
    return ""

