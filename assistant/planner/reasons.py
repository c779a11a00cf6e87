"""The reason recorded at a step, asked for by its ranking: "whats the most common reason KYC documents get sent back",
"2025年丢单的原因里排第一的是什么？", "客户退租最主要是什么原因？".

A company that records why something happened keeps it in a column of its own (return_reason, lost_reason, 退租原因)
on the rows of the step where it happens. A question asking for the most common reason is a ranking of that column's
values over those rows, not the why-analysis of a change (which reads "为什么…下降") and not a count of the step. The
column is the one the question's words name besides "reason" (丢单, "sent back" of return_reason), else the only one
the named steps (or their journeys) record, else the only one the data has; several left: asked back, never guessed.
"""
from __future__ import annotations

import re

from assistant.planner.linker import IRREGULAR
from knowledge.analyses.journey_common import bare_id
from knowledge.semantic.layer import PRESENT
from assistant.planner.types import Work

# a superlative or "which" said of the reason: its values ranked
REASON_RANKED = re.compile(
    # ("#1" has no word boundary before its "#": outside the \b group)
    r"(?:\b(?:most common|commonest|most frequent|most often (?:given|cited)|top|main|biggest|leading|primary|chief|usual|"
    r"most usual|typical|most typical|"
    r"number[- ]one)|#1|no\.\s*1)\s+(?:[a-z\-]+\s+){0,2}reasons?\b|\bwhich\s+(?:[a-z\-]+\s+){0,2}reasons?\b|"
    r"\breasons?\b[^?.!]{0,60}\b(?:most common|most often|most frequent|came up most|top)\b|"
    r"(?:最主要|最常见|最常|最普遍|最多的|排第一|排名第一|第一大|哪种|哪类|哪个|哪些)[^，。？?！!；;]{0,12}(?:原因|理由)|"
    # ("设备进场晚了，主要是什么原因"): the main one of the recorded reasons, no change said
    r"主要(?:是)?[^，。？?！!；;什么啥哪]{0,3}(?:什么|啥|哪些?|哪种|哪类)(?:原因|理由)|"
    r"(?:原因|理由)[^，。？?！!；;]{0,8}(?:最多|排第一|排名第一|第一|最常见|最主要|最普遍|前[一二三四五六七八九十\d]+)|"
    # ("来电最多是因为什么事", "大多因为啥"): the reason asked in everyday words, with its ranking
    r"(?:最多|最常见|最主要|大多|多半|主要)[^，。？?！!；;]{0,4}(?:是)?(?:因为|为了)(?:什么|啥)|"
    r"(?:因为|为了)(?:什么|啥)[^，。？?！!；;]{0,6}(?:最多|最常见)|"
    # ("what were people calling the hotline about most", "contacting support about most"): the topic of the contacts
    r"\b(?:call(?:ing|ed|s)?|contact(?:ing|ed|s)?|ring(?:ing)?|writ(?:ing|e)|email(?:ing|ed)?|messag(?:ing|ed)|"
    r"ask(?:ing|ed)?)\b[^?.!]{0,40}\babout\s+(?:the\s+)?most\b",
    re.I)
# a change asked about: "why did conversion drop", "转化下降的主要原因": the why-analysis of the change, not a ranking
CHANGE_SAID = re.compile(
    r"\b(?:drop(?:ped|s)?|fell|fall(?:en|ing)?|rose|rise|rising|increase[ds]?|decrease[ds]?|decline[ds]?|jump(?:ed)?|"
    r"spike[ds]?|grew|grow(?:ing|n)?|change[ds]?|worse|better)\b|"
    r"下降|下滑|上升|上涨|增加|增长|减少|变化|变差|变好|暴涨|暴跌|走低|走高|涨|跌|升高|降低", re.I)
# what customers said: the themes of their comments answer it, not a column of the rows
SAID_ASKED = re.compile(r"\b(?:say|said|saying|complain\w*|feedback|comments?|reviews?|mention\w*)\b|"
                        r"投诉|抱怨|吐槽|评价|反馈|评论|说", re.I)
REASON_WORDS = re.compile(r"reasons?|causes?|topics?|原因|理由|缘由")  # (call_topic: why they called)
# what else a step's column of reasons may be called ("qc_issue" of the quality check): taken only at a named step
ISSUE_WORDS = re.compile(r"issues?|problems?|defects?|faults?|问题|缺陷|故障")
# column words that say nothing of which reason it is
PLAIN = frozenset({"reason", "reasons", "cause", "code", "type", "main", "primary", "category"})
# everyday verbs a reason column is named by, said in other words ("sent back" of return_reason)
# (patterns: "turned applicants down" holds its object between the two words)
SAID_AS = {"return": (r"\bsen(?:t|d|ds|ding) back", r"\bc(?:ame|ome|omes|oming)\s+back\b",
                      r"\b(?:brought|bring|bringing|handed|hand|given|give|giving)\s+(?:it\s+|them\s+)?back\b", "bounced",
                      "退回", "退件", "补件"),
           "reject": (r"\bturn(?:ed|s|ing)?\s+(?:[a-z]+\s+){0,2}down\b", "declined", "refused", "驳回", "拒绝", "被拒", "没通过",
                      "不通过"),
           "cancel": ("called off", "退订", "取消"), "lost": ("lose", "losing", "丢"), "refund": ("money back", "退款"),
           "churn": (r"\b(?:left|leav(?:e|es|ing))\s+(?:us|the company)\b", "stopped", "cancel", "流失", "退订"),
           # ("couldn't pump", "上门没抽成", "未能送达": a job not done is a failed one)
           "fail": (r"\bfail(?:s|ed|ing|ures?)?\b", "失败", "没过", r"\b(?:couldn'?t|could not|can'?t|cannot|unable to)\b",
                    r"没[\u4e00-\u9fff]?成", "没能", "未能", "无法"),
           "delay": (r"\blate\b", r"\bbehind schedule\b", "迟到", "晚到", "晚了", "延误", "延迟", "误点")}


def _is_reason_column(w: Work, dim: str, loose: bool = False) -> bool:
    term = w.catalog.dimension(dim)
    if term is None or term.numeric or term.time or term.identifier or not w.catalog.dimension_values.get(dim):
        return False
    names = [dim, term.column or "", *term.names.values()]
    return any(REASON_WORDS.search(n.lower()) or loose and ISSUE_WORDS.search(n.lower()) for n in names if n)


def _specific_words(w: Work, dim: str) -> tuple[set[str], set[str]]:
    """The English words and the Chinese name of a reason column besides the word "reason"."""
    term = w.catalog.dimension(dim)
    en = {x for n in (dim, term.column or "", term.names.get("en", "")) for x in re.split(r"[_\s\-]+", n.lower())
          if len(x) >= 3 and x.isascii() and x.isalpha() and x not in PLAIN}
    zh = {REASON_WORDS.sub("", n) for n in (term.names.get("zh", ""), *term.aliases.get("zh", ())) if n}
    return en, {z for z in zh if len(z) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", z)}


def _said(w: Work, dim: str) -> bool:
    """Does the question say which reason it is, in the column's words or in everyday words for its verb?"""
    en, zh = _specific_words(w, dim)
    low = w.text.lower()
    words = re.findall(r"[a-z]+", low)
    # ("退票的原因" where the step 退票 is tp_refund, "Refund request": a step named in the question whose own English
    # words hold the column's — refund of refund_reason — says which reason)
    for m in w.mentions:
        tp = w.catalog.touchpoint(m.id) if m.kind == "touchpoint" else None
        if tp is not None and set(en) & set(re.findall(r"[a-z]{4,}", f"{tp.id} {tp.name_en or ''}".lower())):
            return True
    for e in en:
        bases = {e, *IRREGULAR.get(e, ()), *(b for b, forms in IRREGULAR.items() if e in forms)}  # lost → lose, froze
        if any(t.startswith(b) if len(b) == 4 else len(b) > 4 and t[:5] == b[:5] for b in bases for t in words):
            return True
        if any(re.search(s, low) for b in bases for k, syn in SAID_AS.items() if b.startswith(k) for s in syn):
            return True
    # (a part of the name that is only the word for a reason, 原因 of 退款原因, says no reason in particular)
    return any(z in w.text or any(z[i:i + 2] in w.text and z[i:i + 2] not in GENERIC_REASON_ZH
                                  for i in range(len(z) - 1)) for z in zh)


GENERIC_REASON_ZH = frozenset({"原因", "理由", "问题", "缘由", "类型"})


def _said_strength(w: Work, dim: str) -> tuple[float, int]:
    """How fully the question says a reason column's own words: the share of its Chinese name said and how long that
    is ("配网失败最常见的原因" says all of 配网失败原因 and all of 失败原因, the longer one more), or of its English words."""
    en, zh = _specific_words(w, dim)
    best = (0.0, 0)
    for z in zh:
        said = max((j - i for i in range(len(z)) for j in range(i + 2, len(z) + 1) if z[i:j] in w.text), default=0)
        best = max(best, (said / len(z), said))
    if en:
        words = re.findall(r"[a-z]+", w.text.lower())
        hit = [e for e in en if any(t.startswith(e[:5]) for t in words)]
        best = max(best, (len(hit) / len(en), sum(len(e) for e in hit)))
    return best


def _in_language(w: Work):  # noqa: ANN202 - a predicate over dimension ids
    def held_in(d: str) -> bool:
        cjk = any(re.search(r"[\u4e00-\u9fff]", str(v)) for v in w.catalog.dimension_values.get(d, ()))
        return cjk == (w.language == "zh")
    return held_in


def _rows_key(w: Work, d: str) -> tuple[frozenset[str], int]:
    return (frozenset(w.catalog.steps_recording(w.catalog.dimension(d).column or d)),
            len(w.catalog.dimension_values.get(d, ())))


def _same_rows(w: Work, a: str, b: str) -> bool:
    """Two reason columns on the same steps with as many values, one in each language: one column written twice."""
    held_in = _in_language(w)
    return bool(_rows_key(w, a)[0]) and _rows_key(w, a) == _rows_key(w, b) and held_in(a) != held_in(b)


def _one_of_each_twin(w: Work, dims: list[str]) -> list[str]:
    """lost_reason and 丢单原因 on the same rows with as many values: one column written in two languages; the one in
    the asker's language stands for both."""
    out: list[str] = []
    in_language = _in_language(w)
    for d in dims:
        twin = next((o for o in out if _same_rows(w, o, d)), None)
        if twin is None:
            out.append(d)
        elif in_language(d) and not in_language(twin):
            out[out.index(twin)] = d
    return out


# the problem asked of a step's records ("保修索赔最多的是什么问题", "the most common issue on warranty claims"): its
# reason column, when a named step records one and no comment is asked about
ISSUE_RANKED = re.compile(r"(?:最多|最常见|最主要|最普遍)的?(?:是)?(?:什么|哪种|哪类|哪个)(?:问题|毛病|故障)|"
                          r"\b(?:most common|commonest|most frequent|top|main|biggest|number[- ]one)\s+"
                          r"(?:[a-z\-]+\s+){0,1}(?:issue|problem|fault|defect)s?\b", re.I)


def _issue_of_a_named_step(w: Work) -> bool:
    if not ISSUE_RANKED.search(w.text) or re.search(r"反映|说|提到|客户.{0,4}(?:觉得|认为)", w.text):
        return False
    named = set(w.touchpoint_ids)
    return bool(named) and any(_is_reason_column(w, d.id, loose=True) and
                               w.catalog.steps_recording(d.column or d.id) & named for d in w.catalog.dimensions)


def reason_column_asked(w: Work) -> None:
    """Rank the reason column the question asks about (see the module's docstring); said in the assumptions."""
    if w.status != "ok" or not (REASON_RANKED.search(w.text) or _issue_of_a_named_step(w)) or \
            CHANGE_SAID.search(w.text) or SAID_ASKED.search(w.text):
        return
    named = set(w.touchpoint_ids)
    journeys = {s for t in named for j in w.catalog.journeys_with(t) for s in j.steps}
    journey = w.catalog.journey(bare_id(w.journey_id)) if w.journey_id else None
    journeys |= set(journey.steps if journey is not None else ())  # ("on insurance claims": the claim journey's)
    if w.dimension and _is_reason_column(w, w.dimension) and any(
            m.kind == "dimension" and m.id == w.dimension and not REASON_WORDS.fullmatch(m.surface.lower().strip())
            for m in w.mentions):
        _rank(w, w.dimension, named, journeys)  # named as it is ("最常见的驳回原因"), not by the word "reason" alone
        return
    cands = _one_of_each_twin(w, [d.id for d in w.catalog.dimensions if _is_reason_column(w, d.id)])
    loose = _one_of_each_twin(w, [d.id for d in w.catalog.dimensions if _is_reason_column(w, d.id, loose=True)])
    if not loose:
        return

    def held(d: str, steps: set[str]) -> bool:
        return bool(w.catalog.steps_recording(w.catalog.dimension(d).column or d) & steps)
    # (said in either language's words: 退订 is the cancel of cancel_reason, whose Chinese twin 退卡原因 stands for it)
    every = [d.id for d in w.catalog.dimensions if _is_reason_column(w, d.id)]
    said_any = {d for d in every if _said(w, d)}
    said = [d for d in cands if d in said_any or any(_same_rows(w, d, o) for o in said_any)]
    if len(said) > 1:
        # ("配网失败最常见的原因" beside the payment's 失败原因: the column whose own words are said most fully)
        strength = {d: max(_said_strength(w, o) for o in [d, *(o for o in every if _same_rows(w, d, o))]) for d in said}
        top = max(strength.values())
        if sum(1 for v in strength.values() if v == top) == 1:
            said = [d for d in said if strength[d] == top]
    # the column its words name; else the one the named steps record (an issue column too: "failed QC" of qc_issue);
    # else the one their journeys record; else the data's only one
    pick = said if len(said) == 1 else [d for d in (said or loose) if held(d, named)]
    own = [d for d in loose if held(d, named)]
    if said and named and not any(held(d, named) for d in said) and len(own) == 1:
        # ("学生拒绝我们的贷款方案，最常见的原因": 拒绝 names the credit check's 拒绝原因, but the offer step named
        # records its own reason column — that one)
        pick = own
    if len(pick) != 1:
        pick = [d for d in (said or cands) if held(d, journeys)]
    if len(pick) != 1 and len(cands) == 1:
        pick = cands
    if len(pick) != 1:
        options = said or [d for d in cands if held(d, journeys)] or cands
        if options:
            w.status, w.clarify, w.options = "clarify", "dimension", options[:6]
        return
    _rank(w, pick[0], named, journeys)


def _rank(w: Work, dim: str, named: set[str], journeys: set[str]) -> None:
    """The reason column's values ranked over the rows that record it."""
    column = w.catalog.dimension(dim).column or dim
    recording = w.catalog.steps_recording(column)
    if recording and not (recording & named):
        # the rows that record the reason: of the named steps' journeys when those hold it, else every such step
        w.touchpoint_ids = sorted(recording & journeys) or sorted(recording)
        if "touchpoint" in w.filters:
            w.filters["touchpoint"] = list(w.touchpoint_ids)
    in_language = _in_language(w)
    rows = set(w.touchpoint_ids) & recording
    if rows and not in_language(dim):
        # (fail_reason on three steps, 不通过原因 on two of them: the asker's language's column of the measured rows)
        own = [d.id for d in w.catalog.dimensions if d.id != dim and _is_reason_column(w, d.id) and in_language(d.id)
               and rows <= w.catalog.steps_recording(d.column or d.id) <= recording]
        dim = own[0] if len(own) == 1 else dim
    w.dimension, w.group_values, w.order = dim, [], w.order or "desc"
    # (the rows that give no reason are no reason of their own: the customers who never cancelled have no churn_reason)
    w.filters.setdefault(dim, [PRESENT])
    w.reason_ranked = True
    w.notes.append(("reason_ranked", {"dim": w.catalog.dimension(dim).names.get(w.language) or dim}))


# a rate said of the reasons ("哪种理赔原因被驳回的比例最高", "which return reason had the lowest approval rate"): the
# rate is ranked by reason, not the rows
RATE_SAID = re.compile(r"\b(?:rates?|share|percent(?:age)?|ratio|proportion|average|avg|mean|median)\b|%|比例|比率|"
                       r"占比|率|平均|均值|中位", re.I)


def reason_counted(w: Work) -> None:
    """The reasons ranked by the rows that record them (after the measure is picked: "sent back" must not make it a
    return rate of orders), unless a rate or an average of them is asked."""
    if w.reason_ranked and not RATE_SAID.search(w.text):
        w.metric_id = "active_customers" if _of_the_customer(w, w.dimension) and \
            w.catalog.metric("active_customers") is not None else "events"


def _of_the_customer(w: Work, dim: str | None) -> bool:
    """A reason kept once per customer (customers.churn_reason, or an event column with one value per customer): its
    rows are the customers, each counted once — not every event of theirs."""
    term = w.catalog.dimension(dim) if dim else None
    if term is None or w.catalog.profile is None:
        return False
    column = term.column or dim
    return any(column in (x.column, f"{x.table}_{x.column}") and (x.table == "customers" or x.per_customer)
               for x in w.catalog.profile.extras)
