"""Rates the asker defines in the question: "应答率=司机接单的请求数/乘客发起的叫车请求数",
"(failed attempts / all payment attempts)", "refunded orders divided by all fresh produce orders".

The definition is read as two sides around the division sign, each side the names linked inside it
(steps, values, a counted unit); what the question says outside the definition (a city, "by payment
method", a period) applies to both sides. The rate's own name ("应答率", "no-driver-found rate") is a
name for the definition, not a slice: its words are taken out of the question. A side that names
nothing countable is asked about, never guessed.
"""
from __future__ import annotations

import dataclasses

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.results import Filters
from knowledge.semantic.layer import PRESENT

from assistant.planner import lexicon_en, lexicon_zh
from assistant.planner.text import YES_NO
from assistant.planner.intent import NEGATED_BEFORE
from assistant.planner.types import Mention, Work

# the division sign of a definition; "A/B" inside a name (a step called "取消/爽约") is no division
# ("no-shows over all bookings paid": "over all" / "over every" divides; "over the period" does not)
OPERATOR = re.compile(r"\s*(?:/|／|÷|\bdivided by\b|除以|\bas an? (?:share|proportion|percentage|fraction) of\b|\bout of (?=all\b|the\b|every\b)|\bover (?=(?:all|every)\b(?!\s+(?:the\s+)?(?:data|time|periods?|years?|months?|weeks?|days?|history|records)\b)))\s*")
# where a definition's left side starts (scanning back from the sign), where its right side ends
LEFT_STOP = "=＝:：,，;；。?？!！\n"
RIGHT_STOP = ",，;；。?？!！\n"
OPEN, CLOSE = "(（[【", ")）]】"
LEAD_IN = re.compile(r".*(?:定义为|定义是|算法是|口径是|口径为|计算方式是|\bdefined as\b|\bi\.e\.?|\bie\b|\bmeaning\b|\bcomputed as\b|即)\s*",
                     re.S)
# the name of a rate: the words right before one of these
RATE_WORD = re.compile(r"率|比例|占比|比率|\b(?:rate|ratio|share|percentage|percent|conversion)\b|%\s*of\b")
ALL_WORDS = re.compile(r"全部|所有|总|\ball\b|\btotal\b|\bevery\b|\bany\b")
PEOPLE = tuple(p for p in lexicon_zh.PEOPLE if len(p) >= 2 and not p.startswith(("多少", "几"))) + lexicon_en.PEOPLE + (
    "customer", "user", "player", "rider", "member", "passenger", "student", "patient", "subscriber", "tenant",
    "driver", "drivers", "agent", "agents", "司机", "经纪人")
PAID_SAID = re.compile(r"付款|付费|付过款|付过钱|已支付|已付|\bpaid\b|\bpaying\b|\bpayers?\b")
# count metrics a side may name, and the count of people on each table
COUNTS_OF_PEOPLE = {"events": "active_customers", "orders": "buyers"}
PEOPLE_COUNTS = frozenset(COUNTS_OF_PEOPLE.values()) | {"users_reached", "new_customers"}
DEFAULT_COUNT = {"events": "events", "orders": "orders", "feedback": "feedback_volume"}


@dataclass(frozen=True)
class Side:
    """One side of the defined rate: the count metric and this side's own filters."""

    metric_id: str
    filters: Filters = field(default_factory=dict)
    text: str = ""


@dataclass(frozen=True)
class RatioDef:
    """A rate defined in the question: its name as said, both sides, the words of the definition."""

    name: str
    numerator: Side
    denominator: Side
    spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """What a follow-up keeps (sessions are JSON): the name and both sides, not the words' positions."""
        return {"name": self.name, **{k: {"metric_id": s.metric_id, "filters": {d: list(v) for d, v in s.filters.items()}}
                                      for k, s in (("numerator", self.numerator), ("denominator", self.denominator))}}

    def in_language(self, lang: str) -> "RatioDef":
        """The rate kept for a follow-up asked in the other language ("What was their late rate?" after
        "哪家快递送晚的比例最高"): a name in the other script is said again in the asker's ("late share", 比率)."""
        if not self.name or bool(re.search(r"[\u4e00-\u9fff]", self.name)) == (lang == "zh"):
            return self
        acts = self.numerator.filters.get("action") or []
        if len(acts) == 1 and "action" not in self.denominator.filters:
            name = f"{acts[0]}占比" if lang == "zh" else f"{acts[0]} share"
        else:
            name = "比率" if lang == "zh" else "rate"
        return RatioDef(name, self.numerator, self.denominator, self.spans)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RatioDef":
        def side(x: dict[str, Any]) -> Side:
            return Side(str(x["metric_id"]), {str(k): [str(v) for v in vs] for k, vs in (x.get("filters") or {}).items()})
        return cls(str(d.get("name") or ""), side(d["numerator"]), side(d["denominator"]))


@dataclass(frozen=True)
class _Found:
    clause: tuple[int, int]
    num: tuple[int, int]
    den: tuple[int, int]


def _rate_said(text: str, at: int) -> bool:
    """Is a "/" at `at` a division: a rate is named in the question, or the clause defines something ("x = a/b")?"""
    if RATE_WORD.search(text):
        return True
    start = max(text.rfind(c, 0, at) for c in LEFT_STOP + OPEN)
    # "x = a/b", or "(payment failures / payment attempts)" after a question: a definition (both sides must then
    # name what they count, see find_ratio)
    return start >= 0 and text[start] in "=＝" + OPEN


def _inside_name(w: Work, a: int, b: int) -> bool:
    return any(m.start <= a and b <= m.end for m in w.mentions)


RATE_DEFINED = re.compile(r"(?:率|\brate|\bratio)\s*(?:[=＝:：]|[(（]|是|为|定义为|\bis\b|\bmeans\b)\s*[^,，。?？;；]*$")


def _find(w: Work) -> _Found | None:
    text = w.text
    for op in OPERATOR.finditer(text):
        a, b = op.span()
        if op.group(0).strip() in ("/", "／") and not _rate_said(text, a):
            continue  # "no-shows / cancellations", "卡顿/报错": alternatives, not a division
        if op.group(0).strip().startswith("as a") and any(
                m.kind == "metric" and (t := w.catalog.metric(m.id)) is not None and t.unit in ("ratio", "rate")
                for m in w.mentions):
            continue  # ("the refund rate, i.e. refunded orders as a share of paid plus refunded": the rate named)
        if _inside_name(w, a, b) or any(s <= a < e for s, e in w.time_spans):
            continue
        if re.search(r"(?:→|->|=>)[^，,。;；?？()（）]{0,12}$", text[:a]) or \
                re.match(r"[^，,。;；?？()（）]{0,12}(?:→|->|=>)", text[b:]):
            continue  # "（搜索线路→选座/选车型→支付成功）": a step of a spelled-out journey named two ways
        before, after = text[max(0, a - 1):a], text[b:b + 1]
        if before.isdigit() and after.isdigit():
            continue  # a date or a fraction written in digits
        if re.search(r"(?<![a-z])[a-z]$", text[:a]) and re.match(r"[a-z](?![a-z])", text[b:]):
            continue  # "A/B test"
        left = {m.dim for m in w.mentions if m.kind == "value" and m.end <= a and not text[m.end:a].strip()}
        right = {m.dim for m in w.mentions if m.kind == "value" and m.start >= b and not text[b:m.start].strip()}
        # ("(refunded / paid + refunded)": a sum under the bar is a definition, never a list of values)
        summed = re.match(r"[^)）,，;；?？]{0,40}?(?:\+|＋|加上)", text[b:])
        if left & right and not RATE_DEFINED.search(text[:a]) and not summed:
            # "2D/3D/IMAX": values of one column listed, not one divided by another (but "退款率=有退款的订单/付款
            #订单", "refund rate (refunded / paid)": a rate defined between two of them)
            continue
        # left side: back to a stop sign or an unmatched opening bracket
        depth, lb = 0, 0
        for i in range(a - 1, -1, -1):
            ch = text[i]
            if ch in CLOSE:
                depth += 1
            elif ch in OPEN:
                if depth == 0:
                    lb = i + 1
                    break
                depth -= 1
            elif ch in LEFT_STOP and depth == 0:
                lb = i + 1
                break
        lead = LEAD_IN.match(text, lb, a)
        if lead:
            lb = lead.end()
        # right side: on to a stop sign or an unmatched closing bracket
        depth, rb = 0, len(text)
        for i in range(b, len(text)):
            ch = text[i]
            if ch in OPEN:
                depth += 1
            elif ch in CLOSE:
                if depth == 0:
                    rb = i
                    break
                depth -= 1
            elif ch in RIGHT_STOP and depth == 0:
                rb = i
                break
        num, den = _strip(text, lb, a), _strip(text, b, rb)
        if num[1] - num[0] < 2 or den[1] - den[0] < 2:
            continue
        # the clause includes the brackets around it, so their words are taken out with it
        cl = lb - 1 if lb > 0 and text[lb - 1] in OPEN else lb
        cr = rb + 1 if rb < len(text) and text[rb] in CLOSE else rb
        return _Found((cl, cr), num, den)
    return None


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in OPEN + CLOSE):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in OPEN + CLOSE):
        b -= 1
    return a, b


def _table_of_value(w: Work, dim: str | None) -> str | None:
    term = w.catalog.dimension(dim) if dim else None
    if term is None or not term.slices:
        return None
    for table in ("orders", "feedback", "events"):
        if table in term.slices and len(term.slices) == 1:
            return table
    return None


def _one_column_per_word(w: Work, inside: list[Mention]) -> list[Mention]:
    """"paid + refunded" where paid is also a value of the events' action: each word's column is the one the
    side's other words live with (order_status with refunded), not every column the word names."""
    spans: dict[tuple[int, int], list[Mention]] = {}
    for m in inside:
        if m.kind == "value" and m.dim:
            spans.setdefault((m.start, m.end), []).append(m)
    drop = set()
    for key, ms in spans.items() if len(spans) >= 2 else ():
        dims = {m.dim for m in ms}
        others = {m.dim for k, o in spans.items() if k != key for m in o}
        shared = dims & others
        if len(dims) > 1 and len(shared) == 1:
            drop |= {id(m) for m in ms if m.dim not in shared}
        elif len(dims) > 1 and not shared:
            # ("refunded / (paid + refunded) ticket orders" where ticket is a comments' channel and a product: the
            # column whose rows hold it on the table the side's other values live on, the orders' product)
            tables = {_table_of_value(w, d) for d in others} - {None}
            if len(tables) == 1:
                table = tables.pop()
                held = {m.dim for m in ms if m.id in w.catalog.values_by_table.get((m.dim, table), ())}
                if held and held != dims:
                    drop |= {id(m) for m in ms if m.dim not in held}
    out = [m for m in inside if id(m) not in drop]
    # ("no-show visit records" where no-show named technician_no_show of visit_outcome earlier in the question and is
    # read here only in reason columns, tech_no_show of reschedule_reason: a reason column holds the word only as a
    # cause; the value said in full before, of a column that records the thing itself, is meant)
    from assistant.planner.resolve import as_cause
    for key, ms in spans.items():
        if not ms or not all(as_cause(w, str(m.dim)) for m in ms):
            continue
        said = set(re.findall(r"[a-z]+", ms[0].surface.lower()))
        full = [x for x in w.mentions if x.kind == "value" and x.dim and not as_cause(w, x.dim) and said and
                said <= set(re.split(r"[_\s\-]+", str(x.id).lower()))]
        if len({(x.dim, x.id) for x in full}) == 1:
            out = [m for m in out if (m.start, m.end) != key] + \
                  [dataclasses.replace(ms[0], id=full[0].id, dim=full[0].dim)]
    # (and a word linked only to a column the side's table does not hold it in, "ticket orders" read as the comments'
    # channel ticket, is the value of the column that table holds it in — product ticket)
    tables = {_table_of_value(w, m.dim) for m in out if m.kind == "value" and m.dim} - {None}
    if len(tables) == 1:
        table = tables.pop()
        for i, m in enumerate(out):
            if m.kind != "value" or not m.dim or m.id in w.catalog.values_by_table.get((m.dim, table), ()):
                continue
            homes = [d for (d, t), vs in w.catalog.values_by_table.items() if t == table and m.id in vs]
            if len(homes) == 1:
                out[i] = dataclasses.replace(m, dim=homes[0])
    return out


# the money of the orders a side names ("订单总额", "订单金额", "total value of paid orders", "order revenue")
ORDER_MONEY_SAID = re.compile(r"订单(?:的)?(?:总额|总金额|金额|总价|营收|收入)|\b(?:total|sum|value|amount)s? of (?:all |the )?"
                              r"(?:[a-z]+ ){0,2}orders\b|\border (?:revenue|value|amounts?|totals?)\b", re.I)


def outcome_of_step(w: Work, m: Mention) -> str | None:
    """The action a step's word names when the word is one of the outcomes the step records ("offer" of an admission
    decision step that records offer / rejected), else None."""
    prof = w.catalog.profile
    if prof is None or m.kind != "touchpoint":
        return None
    said = m.surface.lower().strip()
    acts = [v for v, steps in prof.action_steps.items() if m.id in steps and str(v).lower() in
            (said, re.sub(r"(?:es|s)$", "", said))]
    if len(acts) == 1 and any(m.id in steps for v, steps in prof.action_steps.items() if v != acts[0]):
        return acts[0]
    return None


def _word_of_a_step_named(w: Work, m: Mention, span: tuple[int, int]) -> Mention:
    """"completed runs / all calculator runs" after "footprint calculator completion rate": a value's word (calculator,
    a support ticket's category) that is a whole word of a step named elsewhere in the question, where that step
    records no such column, is that step's word."""
    if m.kind != "value" or not m.dim:
        return m
    said = m.surface.lower()
    rx = re.compile(r"(?<![a-z])" + re.escape(said) + r"s?(?![a-z])") if said.isascii() else None
    steps = {s.id for s in w.mentions if s.kind == "touchpoint" and not (span[0] <= s.start and s.end <= span[1])
             and (rx.search(s.surface.lower()) if rx else said in s.surface) and s.surface.lower() != said}
    if len(steps) != 1 or next(iter(steps)) in w.catalog.steps_recording(m.dim):
        return m
    return dataclasses.replace(m, kind="touchpoint", id=next(iter(steps)), dim=None)


def _head_of_a_step_named(w: Work, span: tuple[int, int]) -> str | None:
    """"the nurse-assessment deferral rate, i.e. deferred assessments over all assessments": a side that says the last
    word of a step named elsewhere in the question (assessments of "nurse-assessment", Nurse assessment), in any
    number, counts that step's records; one such step only."""
    a, b = span
    said = w.text[a:b].lower()
    found = set()
    for s in w.mentions:
        if s.kind != "touchpoint" or (a <= s.start and s.end <= b) or not s.surface.isascii():
            continue
        head = re.split(r"[\s\-]+", s.surface.lower().strip())[-1]
        if len(head) >= 4 and re.search(r"(?<![a-z])" + re.escape(head) + r"(?:s|es)?(?![a-z])", said):
            found.add(s.id)
    return next(iter(found)) if len(found) == 1 else None


def _side(w: Work, span: tuple[int, int]) -> Side | None:
    a, b = span
    inside = [m for m in w.mentions if a <= m.start and m.end <= b]
    steps = [m for m in inside if m.kind == "touchpoint"]
    # "payment attempts", "QR scans": words that name a step name no value of another column besides
    inside = [m for m in inside if m.kind != "value" or not any(m.start < s.end and s.start < m.end for s in steps)]
    # "QR scans" for the step "Scan QR": a value that is a word of the side's step name is that step's word
    step_words = {x for s in steps for x in _step_words(w, s.id)}
    inside = [m for m in inside if m.kind != "value" or m.id.lower() not in step_words]
    said = w.text[a:b]
    inside = _one_column_per_word(w, inside)
    inside = [_word_of_a_step_named(w, m, span) for m in inside]
    filters: Filters = {}
    if not steps and (head := _head_of_a_step_named(w, span)):
        filters["touchpoint"] = [head]  # ("deferred assessments over all assessments" after "nurse-assessment …")
    for m in inside:
        if m.kind == "touchpoint":
            filters.setdefault("touchpoint", []).append(m.id)
        elif m.kind == "value" and m.dim:
            # "没取消的订单数", "non-cancelled orders": every row but the value's
            negated = NEGATED_BEFORE.search(w.text[max(a, m.start - 5):m.start])
            filters.setdefault(m.dim, []).append(("!=" + m.id) if negated else m.id)
        elif m.kind == "stage":
            filters.setdefault("stage", []).append(m.id)
    # ("拿到offer的申请数": the step's word that is one of its outcomes counts the step's records with that outcome)
    outcomes = {o for m in steps if (o := outcome_of_step(w, m))}
    if len(outcomes) == 1 and "action" not in filters:
        filters["action"] = list(outcomes)
    filters = {k: list(dict.fromkeys(v)) for k, v in filters.items()}
    filters = _compound_step(w, filters)
    named = [w.catalog.metric(m.id) for m in inside if m.kind == "metric"]
    counts = [t for t in named if t is not None and t.unit == "count"]
    tables = {_table_of_value(w, d) for d in filters if d not in ("touchpoint", "stage")} - {None}
    table = counts[0].table if counts and counts[0].table else (tables.pop() if len(tables) == 1 else "events")
    from assistant.planner.checks import MONEY_STEP
    pay_steps = [t for t in filters.get("touchpoint", ()) if (tp := w.catalog.touchpoint(str(t))) is not None
                 and MONEY_STEP.search(" ".join(x for x in (tp.name, tp.name_zh, tp.name_en, tp.id) if x).lower())]
    paying = False
    if all(t.id in PEOPLE_COUNTS for t in counts) and PAID_SAID.search(said) and \
            w.catalog.metric("buyers") is not None and w.catalog.profile is not None and \
            w.catalog.profile.present("orders") and filters.get("touchpoint", []) == pay_steps and \
            (not counts or pay_steps):
        # ("有付款的展商家数", "当年有付款的客户数", "paying customers", "有付款的患者人数": counted by their paid orders,
        # the payment step's word included)
        table = "orders"
        filters.pop("touchpoint", None)
        paying = bool(counts)
    metric = None
    if paying:
        metric = "buyers"
    elif (not counts or counts[0].id == "orders") and ORDER_MONEY_SAID.search(said) and w.catalog.metric("revenue"):
        metric = "revenue"  # ("已付款订单总额", "the total value of paid orders": the orders' money, not how many)
    elif counts:  # a count the side names ("次数", "orders") is what is counted, whoever acts in it
        t = counts[0]
        # ("至少有一笔已支付订单的客户数": the orders say who the people are; the head noun counts the people)
        people = PEOPLE_HEAD_ZH.search(said.strip()) is not None or PEOPLE_HEAD_EN.match(said.strip().lower()) is not None
        metric = COUNTS_OF_PEOPLE.get(t.table or "events") if t.id in PEOPLE_COUNTS or people else t.id
    elif _counts_people("".join(" " if any(m.start <= a + i < m.end for m in inside if m.kind != "metric") else ch
                                for i, ch in enumerate(said))):  # "rider accepted" is a step, not riders
        metric = COUNTS_OF_PEOPLE.get(table or "events")
    else:
        metric = DEFAULT_COUNT.get(table or "events")
    if metric is None or w.catalog.metric(metric) is None:
        return None
    term = w.catalog.metric(metric)
    if "touchpoint" in filters and term is not None and term.table not in ("events", None):
        # "骑手接单的下单数": a step's count is of its events (its people when people are counted)
        metric = "active_customers" if metric in PEOPLE_COUNTS else "events"
    term = w.catalog.metric(metric)
    for d in filters:
        info = w.catalog.dimension(d) if d not in ("touchpoint", "stage") else None
        if term is not None and info is not None and info.slices and term.table not in info.slices:
            return None  # "customers who said X" where X is a label of comments only: not countable as said
    return Side(metric, filters, said)


PEOPLE_HEAD_EN = re.compile(r"^(?:the\s+|all\s+|number of\s+|distinct\s+|unique\s+)*(?:%s)\b" % "|".join(
    re.escape(p) for p in PEOPLE if p.isascii()))
# (a people word after 被/由 is who did it, "报价被客户拒绝", not what is counted)
PEOPLE_HEAD_ZH = re.compile(r"(?<![被由])(?:%s)(?:数|数量|总数)?$" % "|".join(re.escape(p) for p in PEOPLE if not p.isascii()))


def _prefixes(text: str) -> set[str]:
    return {x[:4] for x in re.findall(r"[a-z]+", text.lower()) if len(x) > 2} | \
        {x for x in re.findall(r"[\u4e00-\u9fff]{2}", text)}


def _compound_step(w: Work, filters: Filters) -> Filters:
    """"payment failures" read as the Payment step with action = fail, when a step "Payment failed" exists: that
    step (its name is the one step's words and the value's word)."""
    tps, values = filters.get("touchpoint", []), [(d, v) for d, vs in filters.items() if d != "touchpoint" for v in vs]
    if len(tps) != 1 or not values:
        return filters
    one = next((t for t in w.catalog.touchpoints if t.id == tps[0]), None)
    if one is None:
        return filters
    for d, v in values:
        want = _prefixes(" ".join(x for x in (one.name_en or one.name,) if x)) | _prefixes(v)
        hits = [t.id for t in w.catalog.touchpoints if t.id != one.id
                and any(_prefixes(n) == want for n in (t.name, t.name_en, t.name_zh) if n)]
        if len(hits) == 1:
            rest = {k: [x for x in vs if not (k == d and x == v)] for k, vs in filters.items() if k != "touchpoint"}
            return {**{k: vs for k, vs in rest.items() if vs}, "touchpoint": hits}
    return filters


def _step_words(w: Work, tp_id: str) -> set[str]:
    tp = next((t for t in w.catalog.touchpoints if t.id == tp_id), None)
    names = (tp.name, tp.name_zh, tp.name_en, *tp.aliases) if tp else ()
    return {x for n in names if n for x in re.split(r"[\s_\-/|]+", n.lower()) if x}


def _counts_people(said: str) -> bool:
    """Is the side a number of people: the head noun is a people word ("players who …", "下单的用户数")?"""
    s = said.strip().lower()
    # ("有付款的展商家数", "付费门店个数": the number of the accounts themselves, counted by 家/户)
    return bool(PEOPLE_HEAD_EN.match(s) or PEOPLE_HEAD_ZH.search(s) or re.search(r"(?:家|户|位|名)数(?:量)?$", s))


def _steps_said(w: Work, span: tuple[int, int]) -> list[str]:
    """Steps whose names are written inside the span, even where another name was linked over them."""
    said = w.text[span[0]:span[1]].lower()
    hits: list[tuple[int, int, str]] = []
    for e in sorted((e for e in w.catalog.gazetteer if e.kind == "touchpoint"), key=lambda e: -len(e.surface)):
        s = e.surface.lower()
        pat = rf"(?<![a-z]){re.escape(s)}(?![a-z])" if s.isascii() else re.escape(s)
        for m in re.finditer(pat, said):
            if not any(m.start() < b and a < m.end() for a, b, _ in hits):
                hits.append((m.start(), m.end(), e.id))
    return list(dict.fromkeys(i for _, _, i in sorted(hits)))


def _stem(word: str) -> str:
    return re.sub(r"(?:ed|ing|es|s)$", "", word)[:6]


def _elliptical_step(w: Work, side: Side, span: tuple[int, int], other: tuple[int, int]) -> Side:
    """"failed attempts / all payment attempts", "失败次数 / 全部支付次数": a side that names no step by itself
    names one together with the step word of the other side ("payment" + "failed" = "Payment failed")."""
    said = w.text[span[0]:span[1]].lower()
    words = {_stem(x) for x in re.findall(r"[a-z]+", said)}
    theirs = [m for m in w.mentions if m.kind == "touchpoint" and other[0] <= m.start and m.end <= other[1]]
    found: set[str] = set()
    for m in theirs:
        o = m.surface.lower()
        for e in w.catalog.gazetteer:
            s = e.surface.lower()
            if e.kind != "touchpoint" or e.id == m.id or o not in s:
                continue
            rest = s.replace(o, " ").strip(" -_/")
            if not rest:
                continue
            if rest.isascii():
                parts = {_stem(x) for x in re.findall(r"[a-z]+", rest)}
                if parts and parts <= words:
                    found.add(e.id)
            elif rest in said:
                found.add(e.id)
    if len(found) != 1:
        return side
    # a value read from the same words ("失败" as action = fail) is the step's word, not another slice
    keep = {d: v for d, v in side.filters.items() if d not in ("action", "touchpoint")}
    return Side(side.metric_id, {**keep, "touchpoint": list(found)}, side.text)


def _same_rows(w: Work, side: Side) -> Side:
    """"refunded trips / all EV trips": when the other side counts orders, a side that counts events only by
    default (no step, no count named, every slice also on orders) counts orders too: one unit over both."""
    if side.metric_id != "events" or "touchpoint" in side.filters or "stage" in side.filters or \
            w.catalog.metric("orders") is None or re.search(r"\bevents?\b|事件", side.text):
        return side
    for d in side.filters:
        info = w.catalog.dimension(d)
        if info is None or "orders" not in info.slices:
            return side
    return Side("orders", side.filters, side.text)


def _population_out(num: Side, den: Side) -> Side:
    """"requests that timed out with no driver / requests", "司机接单的请求数 / 叫车请求数": a numerator that
    names the denominator's step and another one counts the other one (those of them that got there)."""
    mine, theirs = num.filters.get("touchpoint", []), den.filters.get("touchpoint", [])
    rest = [t for t in mine if t not in theirs]
    if not theirs or not rest or len(rest) == len(mine):
        return num
    return Side(num.metric_id, {**num.filters, "touchpoint": rest}, num.text)


def _rate_names(w: Work, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans naming the rate outside its definition: a rate word with the name linked right before it
    ("no-driver-found rate", "支付失败率"), and any rate metric the catalogue linked."""
    out = []
    for r in RATE_WORD.finditer(w.text):
        if clause[0] <= r.start() < clause[1]:
            continue
        start = r.start()
        for m in sorted(w.mentions, key=lambda m: -m.end):
            # ("哪个省的退款率": a grouping before the rate word is what it is ranked by, no word of its name)
            if m.kind != "dimension" and m.end <= r.start() and not w.text[m.end:r.start()].strip(" -的"):
                start = min(start, m.start)
        if start == r.start():  # nothing linked before it: its own words ("应答", "disconnect")
            run = re.search(r"(?:[\u4e00-\u9fff]{1,4}|(?:[a-z][a-z\-]*\s+){1,2})$", w.text[max(0, start - 24):start])
            if run:
                start -= len(run.group(0))
                # (never into a grouping named before it: "哪个省的退款率")
                start = max([start] + [m.end for m in w.mentions if m.kind == "dimension" and start < m.end <= r.start()])
                while start < r.start() and w.text[start] in " 的":
                    start += 1
        out.append((start, r.end()))
    for m in w.mentions:
        t = w.catalog.metric(m.id) if m.kind == "metric" else None
        if t is not None and t.unit in ("ratio", "rate") and not (clause[0] <= m.start < clause[1]):
            out.append((m.start, m.end))
    return out


# between two amounts recorded in columns: "rounds completed vs rounds planned", "完成的巡更轮次/计划轮次"
SUM_OPERATOR = re.compile(r"\s*(?:/|／|÷|\bdivided by\b|除以|\bvs\.?(?![a-z])|\bversus\b|\bagainst\b|\bover\b|"
                          r"\bout of\b|(?<=\S)\s+to\b)\s*")
SUM_LEAD_EN = ("total", "the", "all", "number", "of", "sum", "our")
COLUMN_WORDS_MAX = 4


def _column_said_en(w: Work, words: list[str]) -> str | None:
    """The numeric column (its sum metric) whose words, in any order, are the words given ("rounds completed",
    "completed rounds", "total planned rounds" of rounds_planned)."""
    while words and words[0] in SUM_LEAD_EN:
        words = words[1:]
    said = {_stem(x) for x in words}
    hits = [m.id for m in w.catalog.metrics if m.id.startswith("sum_") and
            {_stem(x) for x in m.id[4:].split("_") if x} == said]
    return hits[0] if len(hits) == 1 else None


def _column_said_zh(w: Work, phrases: list[str]) -> str | None:
    """The one numeric column (its sum metric) the phrases name by meaning, when every phrase that names one names the
    same ("完成的巡更轮次" and "巡更轮次" both rounds_completed, or only one of them naming any)."""
    from assistant.planner import crosslingual
    hits = {h for p in phrases if (h := crosslingual.match_measure(p, w.catalog, prefix="sum_"))}
    return hits.pop() if len(hits) == 1 else None


def column_sum_ratio(w: Work) -> RatioDef | None:
    """"patrol completion (rounds completed vs rounds planned in the weekly logs)", "（完成的巡更轮次/计划轮次）": one
    amount recorded in a column over another, each summed over the rows that record it — never a count of rows.
    Both sides must name a numeric column (by its words in English, by meaning in Chinese) of one table."""
    sums = [m for m in w.catalog.metrics if m.id.startswith("sum_")]
    if len(sums) < 2:
        return None
    text = w.text
    for op in SUM_OPERATOR.finditer(text):
        a, b = op.span()
        if any(s <= a < e for s, e in w.time_spans):
            continue
        num = den = None
        left_cjk = re.search(r"[\u4e00-\u9fff]{2,12}$", text[:a])
        right_cjk = re.match(r"[\u4e00-\u9fff]{2,12}", text[b:])
        if left_cjk and right_cjk and op.group(0).strip() in ("/", "／", "÷", "除以"):
            # (the words right before and after the bar, as short as they name one column: "周巡逻记录里完成的巡更
            # 轮次" is read from its end, 完成的巡更轮次)
            num = _column_said_zh(w, [left_cjk.group(0)[-k:] for k in range(2, len(left_cjk.group(0)) + 1)])
            den = _column_said_zh(w, [right_cjk.group(0)[:k] for k in range(2, len(right_cjk.group(0)) + 1)])
            span = (left_cjk.start(), b + right_cjk.end())
        else:
            left = list(re.finditer(r"[a-z][a-z\-]*", text[:a]))[-(COLUMN_WORDS_MAX + 2):]
            right = list(re.finditer(r"[a-z][a-z\-]*", text[b:]))[:COLUMN_WORDS_MAX + 2]
            lk = rk = 0
            for lk in range(1, len(left) + 1):
                num = _column_said_en(w, [x.group(0) for x in left[-lk:]])
                if num:
                    break
            for rk in range(1, len(right) + 1):
                den = _column_said_en(w, [x.group(0) for x in right[:rk]])
                if den:
                    break
            if not num or not den:
                continue
            span = (left[-lk].start(), b + right[rk - 1].end())
        if not num or not den or num == den:
            continue
        tn, td = w.catalog.metric(num), w.catalog.metric(den)
        if tn is None or td is None or tn.table != td.table:
            continue
        if op.group(0).strip() == "to" and not re.search(r"\bratio\b", text[:a]):
            continue  # ("from rounds planned to rounds completed" is no division)
        opened = max(text.rfind(c, 0, a) for c in OPEN)
        closed = min([i for c in CLOSE if (i := text.find(c, b)) >= 0] or [-1])
        if opened >= 0 and closed > b and not any(c in text[opened + 1:a] for c in CLOSE):
            span = (opened, closed + 1)  # ("(rounds completed vs rounds planned in the weekly patrol logs)")
        names = [n for n in _rate_names(w, span) if n[1] <= span[0]]
        name = re.sub(r"^(?:(?:what|which|how much|the|our|your|a|is|was|were|are)\s+)+", "",
                      text[names[-1][0]:names[-1][1]].strip(" 的")) if names else ""
        name = name or ("比率" if w.language == "zh" else "ratio")
        return RatioDef(name=name, numerator=Side(num, {}, text[span[0]:a]), denominator=Side(den, {}, text[b:span[1]]),
                        spans=(span, *names[-1:]))
    return None


def find_ratio(w: Work) -> RatioDef | None | str:
    """The rate defined in the question, or None when there is none; the words of a side that names
    nothing countable (a str) when there is a definition but it cannot be read."""
    found = _find(w)
    if found is None:
        return None
    num, den = _side(w, found.num), _side(w, found.den)
    if not RATE_WORD.search(w.text) and (num is None or den is None or not num.filters or not den.filters):
        return None  # "(wait = minutes from paying/ordering …)": a definition with a slash, but of no rate
    for a, b, span in ((num, den, found.num), (den, num, found.den)):
        if a is not None and b is not None and not a.filters and "touchpoint" in b.filters:
            # "骑手接单数 / 下单数" where 下单数 is also the orders measure: steps against steps
            steps = _steps_said(w, span)
            if steps:
                side = Side("active_customers" if a.metric_id in PEOPLE_COUNTS else "events", {"touchpoint": steps}, a.text)
                num, den = (side, den) if a is num else (num, side)
    if num is not None and "touchpoint" not in num.filters and den is not None:
        num = _elliptical_step(w, num, found.num, found.den)
    if den is not None and "touchpoint" not in den.filters and num is not None:
        den = _elliptical_step(w, den, found.den, found.num)
    if num is not None and den is not None and "touchpoint" in den.filters and "touchpoint" not in num.filters \
            and num.filters and num.metric_id in ("events", "active_customers"):
        # "失败次数 / 全部支付次数": the failed ones among the denominator's steps, not failures anywhere
        num = Side(num.metric_id, {**num.filters, "touchpoint": list(den.filters["touchpoint"])}, num.text)
    if num is None or not num.filters:
        return w.text[found.num[0]:found.num[1]]
    if den is None:
        return w.text[found.den[0]:found.den[1]]
    if num.metric_id == "orders":
        den = _same_rows(w, den)
    elif den.metric_id == "orders":
        num = _same_rows(w, num)
    num, den = _population_out(num, den), den
    if num.metric_id == den.metric_id:
        # "refunded trips / all EV trips": the rate's numerator is of the denominator's rows (refunded EV trips)
        inherit = {d: v for d, v in den.filters.items() if d not in ("touchpoint", "stage") and d not in num.filters}
        if inherit:
            num = Side(num.metric_id, {**num.filters, **inherit}, num.text)
    if not den.filters and num.metric_id in ("events", "active_customers") and "touchpoint" in num.filters:
        # "(disconnected matches / all matches)" with no step named on the right: all events are no denominator
        return w.text[found.den[0]:found.den[1]]
    if num.metric_id == den.metric_id and num.filters == den.filters:
        return None  # "退订/取消续费的用户": two words for one thing, no rate
    if ALL_WORDS.search(den.text) and "touchpoint" in num.filters and "touchpoint" in den.filters and \
            not set(num.filters["touchpoint"]) <= set(den.filters["touchpoint"]):
        # "failed attempts / all payment attempts": all of them includes the failed ones
        tps = list(dict.fromkeys(den.filters["touchpoint"] + num.filters["touchpoint"]))
        den = Side(den.metric_id, {**den.filters, "touchpoint": tps}, den.text)
    names = _rate_names(w, found.clause)
    before = [s for s in names if s[1] <= found.clause[0]]
    name_span = max(before, key=lambda s: s[1]) if before else (min(names) if names else None)
    name = re.sub(r"^(?:(?:what|which|how much|the|our|your|a)\s+)+", "",
                  w.text[name_span[0]:name_span[1]].strip(" 的")) if name_span else ""
    # ("the highest refund rate", "最高的退款率": the ranking words are no part of the rate's name)
    name = re.sub(r"^(?:(?:highest|lowest|best|worst|biggest|smallest|largest|top|bottom)\s+|最高的?|最低的?|最大的?|最小的?)",
                  "", name)
    return RatioDef(name=name, numerator=num, denominator=den, spans=(found.clause, *names))


SHARE_ASKED = re.compile(r"率|比例|占比|占多少|百分之|几成|\b(?:rate|ratio|share|percentage|proportion|fraction|percent)\b|"
                         r"\bwhat %|%\s*of\b")
THRESHOLD = re.compile(r"^\s*(>=|<=|>|<)\s*-?\d")


def threshold_share(w: Work) -> RatioDef | None:
    """"2026年上半年的准时率（45分钟内送达算准时）", "what share of orders took over 60 minutes": the rows past the
    threshold over all rows of the slice, counted alike (a rate is asked and one threshold is the only
    condition the question puts on a numeric column)."""
    spans = w.time_spans + [(m.start, m.end) for m in w.mentions if m.kind != "metric"]
    asked = [r for r in SHARE_ASKED.finditer(w.text) if not any(a <= r.start() < b for a, b in spans)]
    cut = [d for d, v in w.filters.items() if v and all(THRESHOLD.match(str(x)) for x in v)]
    # ("what share of on-site treatments started more than 15 minutes late": the step whose events carry the
    # column is the rows the share is of)
    at = _step_carrying(w, cut[0]) if len(cut) == 1 and len(set(w.touchpoint_ids)) == 1 and not w.journey_id else None
    in_journey = None
    if len(cut) == 1 and w.journey_id and not w.touchpoint_ids and (j := w.catalog.journey(w.journey_id)) is not None:
        # ("what share of our home-fitting visits had the technician show up more than 30 minutes late": the one
        # step of the journey named whose events carry the column is the rows the share is of)
        held = [s for s in j.steps if s in w.catalog.steps_recording(cut[0])]
        in_journey = at = held[0] if len(held) == 1 else None
    # (the average of the very column cut, "more than 30 minutes late" read as late minutes, is no measure asked:
    # the threshold names the column)
    own = w.metric_id in {p + cut[0] for p in ("avg_", "median_", "sum_")} if len(cut) == 1 else False
    if (w.touchpoint_ids and at is None) or (w.journey_id and in_journey is None) or \
            (w.metric_id and not own and (t := w.catalog.metric(w.metric_id)) is not None and t.unit != "count"):
        return None  # "30岁以下客户的认购率": the rate of a step (or a named rate) among them; the threshold slices
    if not asked or len(cut) != 1 or w.intent not in ("metric_value", "compare_periods", "breakdown", "trend",
                                                       "compare_groups", ""):
        return None
    dim = cut[0]
    info = w.catalog.dimension(dim)
    term = w.catalog.metric(w.metric_id) if w.metric_id and not own else None
    if term is not None and term.unit == "count" and term.table and (info is None or not info.slices
                                                                     or term.table in info.slices):
        metric = term.id
    else:
        table = next((t for t in ("orders", "events", "feedback") if info is not None and t in info.slices), "events")
        metric = DEFAULT_COUNT[table]
    if w.catalog.metric(metric) is None:
        return None
    values = w.filters.pop(dim)
    r = asked[0]
    word = r.group(0)
    if word in ("率", "rate", "ratio"):  # "准时率", "on-time rate": the words before it name the rate
        run = re.search(r"(?:[\u4e00-\u9fff]{1,4}|(?:[a-z][a-z\-]*\s+){1,2})$", w.text[max(0, r.start() - 16):r.start()])
        name = (run.group(0).split("的")[-1] if run else "") + word
    else:
        name = "占比" if not word.isascii() else "share"
    # of the rows that have the column at all: "rides over 30 minutes" among the rides, not among pass orders
    step = {"touchpoint": [at]} if at and metric == "events" else {}
    if in_journey is not None and step:
        w.journey_id = None  # (the journey said which step; the share is of that step's records)
    return RatioDef(name=name, numerator=Side(metric, {**step, dim: list(values)}),
                    denominator=Side(metric, {**step, dim: [PRESENT]}))


def _step_carrying(w: Work, dim: str) -> str | None:
    """The one named step when its events carry the column (the profile knows which steps fill each column)."""
    return w.touchpoint_ids[0] if w.touchpoint_ids[0] in w.catalog.steps_recording(dim) else None


RATE_AFTER = re.compile(r"\s*(?:rates?\b|率)")
# a share said a few characters after a yes/no column's word ("准时到场的比例", "按时交付的占比")
YES_SHARE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?的?(?:比例|占比)")
# ... or a rate ("准时送达率", the word between naming what is delivered, not a step)
YES_RATE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?率")


def _yes_of(w: Work, dim: str) -> str | None:
    """The raw yes of a yes/no column (True of on_time), None for other columns."""
    vals = {str(v).lower(): str(v) for v in w.catalog.dimension_values.get(dim, ())}
    pair = next((p for p in YES_NO if set(vals) == p), None)
    if pair is None:
        return None
    yes = sorted(pair, key=lambda v: v in ("no", "false", "n", "0", "否", "无"))[0]  # (as planner._yes_no_columns)
    return vals[yes]


def _no_of(w: Work, dim: str) -> str | None:
    """The raw no of a yes/no column (0 of has_elevator), None for other columns."""
    yes = _yes_of(w, dim)
    return next((str(v) for v in w.catalog.dimension_values.get(dim, ()) if yes is not None and str(v) != yes), None)


# "without", "没有", "没", "无", "不带": the no of a yes/no column said next
HAS_NOT_BEFORE = re.compile(r"(?:\bwithout(?: a| an)?|\bno|\bnot having|没有|没|无|不带|未)\s*$")
# the customers themselves as what a share is of ("的客户", "customers whose", "客户家里")
PEOPLE_OF_SHARE = re.compile(r"客户|顾客|用户|会员|\b(?:customers?|clients?|users?|members?)\b")


def _customers_counted(w: Work, m: Mention, step: Mention | None) -> bool:
    """Is the share of a value of a column the customers' own file holds (customers.has_elevator) said of the
    customers themselves ("成都的客户家里没电梯的比例", "what share of our customers have no lift"), no step, no
    orders or events word, no measure named?"""
    prof = w.catalog.profile
    if step is not None or w.touchpoint_ids or w.journey_id or w.metric_id or prof is None or \
            not prof.present("customers") or w.catalog.metric("customer_count") is None:
        return False
    cols = {x.column for x in prof.extras if x.table == "customers"}
    if m.dim not in cols:
        return False
    said = PEOPLE_OF_SHARE.search(w.text[:m.start])
    return said is not None and not re.search(r"订单|单子|事件|评论|反馈|\b(?:orders?|events?|bookings?|comments?|"
                                              r"reviews?|feedback)\b", w.text, re.I)


# "on the concession rate", "paying the member rate", "charged a reduced rate": a rate that is a price
TARIFF_BEFORE = re.compile(r"\b(?:on|pay|pays|paid|paying|charged|charge|at)\s+(?:the|a|an|our)\s+$")


def _step_named_outcome(w: Work, tp_id: str) -> str | None:
    """The one outcome of a step (of two or more) named like the step itself, by its own names (renewed of "Contract
    renewal review"); None otherwise."""
    prof, tp = w.catalog.profile, w.catalog.touchpoint(tp_id)
    if prof is None or tp is None:
        return None
    own = {x[:4] for n in (tp.name, tp.name_en) if n for x in re.findall(r"[a-z]{4,}", n.lower())}
    acts = [str(v) for v, at in prof.action_steps.items() if tp_id in at]
    hit = [v for v in acts if (words := {x[:4] for x in re.findall(r"[a-z]{4,}", v.lower())}) and words <= own
           and not re.match(r"(?:not|no|non|un)[_\s-]", v.lower())]
    return hit[0] if len(acts) >= 2 and len(hit) == 1 else None


def value_rate(w: Work) -> RatioDef | None:
    """"no-show rate", "爽约率", "dispute rate": a value of a column said as a rate that no measure of the
    catalogue names is the share of rows with that value among all rows, counted alike (orders where the column
    is on orders, else events): the rate the words say, defined out loud in the answer."""
    for m in w.mentions:
        own_rate = -1
        if m.kind == "touchpoint" and RATE_AFTER.match(w.text, m.end):
            # ("first-time fix rate" where a step's alias is "first-time fix" and a yes/no column is first_time_fix:
            # the column's own name said as a rate)
            said = re.sub(r"[\s_\-]+", " ", m.surface.lower()).strip()
            col = next((d for d in w.catalog.dimension_values if re.sub(r"[\s_\-]+", " ", d.lower()).strip() == said
                        and _yes_of(w, d) is not None), None)
            if col is not None:
                m = Mention("dimension", col, None, m.start, m.end, m.surface, m.score)
                own_rate = m.start
        if m.kind == "dimension" and (yes := _yes_of(w, m.id)) is not None:
            # ("准时送达率": a yes/no column named before the step it is recorded at, then a rate — its yes;
            # "first-time fix rate", "一次修好率": the column's own name said as a rate)
            own_rate = -2 if own_rate == -1 else own_rate  # (a yes/no column said before a share: "准时到场的比例")
            # ("家里没电梯的比例", "share without a lift": the column's no, said after a negation)
            neg = HAS_NOT_BEFORE.search(w.text[max(0, m.start - 12):m.start])
            if neg is not None and _no_of(w, m.id) is not None:
                # (the rate's name then holds the negation: "没电梯的比例")
                start = max(0, m.start - 12) + neg.start()
                m = Mention("value", str(_no_of(w, m.id)), m.id, start, m.end, w.text[start:m.end], m.score)
            else:
                m = Mention("value", yes, m.id, m.start, m.end, m.surface, m.score)
            if not any(x.kind == "touchpoint" and x.start == m.end for x in w.mentions) and \
                    not RATE_AFTER.match(w.text, m.end) and not YES_SHARE_AFTER.match(w.text, m.end) and \
                    not YES_RATE_AFTER.match(w.text, m.end):
                continue
        if m.kind != "value" or not m.dim or m.dim in ("stage", "touchpoint"):
            continue
        if TARIFF_BEFORE.search(w.text[:m.start]):
            continue  # ("customers on the concession rate", "paying the member rate": a price they are charged)
        if any(x.kind == "touchpoint" and (x.start, x.end) == (m.start, m.end) and _step_named_outcome(w, x.id)
               for x in w.mentions):
            continue  # ("renewal rate" of the renewal review, renewed / terminated: the step's own rate, no kind of order)
        after = RATE_AFTER.match(w.text, m.end) or (YES_SHARE_AFTER.match(w.text, m.end) if own_rate == -2 else None)
        if after is None and own_rate == -2 and not any(x.kind == "touchpoint" and x.start == m.end for x in w.mentions):
            # ("准时送达率" where 送达 names no step: the yes/no column's rate, over the records of the step keeping it)
            after = YES_RATE_AFTER.match(w.text, m.end)
        # ("on-time delivery rate", "准时送达率": the step whose records the value is of, said between the two)
        step = next((x for x in w.mentions if x.kind == "touchpoint" and 0 <= x.start - m.end <= 1
                     and not w.text[m.end:x.start].strip() and x.id in w.catalog.steps_recording(m.dim)), None)
        if after is None and step is not None:
            after = RATE_AFTER.match(w.text, step.end)
        else:
            step = None
        if after is None and (word := re.match(r"[\s\-]+([a-z]{4,})(?=\s+rates?\b)", w.text[m.end:])):
            # ("on-time pickup rate" where only the boarding scan records on_time and one of its names is "morning
            # pickup": the word of the one step recording the value, said between the two)
            carriers = w.catalog.steps_recording(m.dim)
            tp = w.catalog.touchpoint(next(iter(carriers))) if len(carriers) == 1 else None
            names = " ".join(x for x in ((tp.name, tp.name_en, *tp.aliases) if tp else ()) if x).lower()
            if tp is not None and re.search(rf"\b{re.escape(word.group(1))}", names):
                after = RATE_AFTER.match(w.text, m.end + word.end())
                w.blocked_spans.append((m.end + word.start(1), m.end + word.end(1)))
        # (the step's own rate, "delivery rate" of tp_deliver, is part of the value's rate then, no measure of its own)
        if after is None or any(x.kind == "metric" and x.start < after.end() and m.start < x.end and not (
                ((step is not None and x.start >= step.start) or x.start == own_rate)
                and x.id in ("step_conversion", "overall_conversion"))
                for x in w.mentions):
            continue
        info = w.catalog.dimension(m.dim)
        table = next((t for t in ("orders", "events") if info is not None and t in info.slices), None)
        metric = DEFAULT_COUNT.get(table or "")
        if _customers_counted(w, m, step):
            # ("成都的客户家里没电梯的比例": a column of the customers' own, said of the customers, is a share of them,
            # not of their orders or events)
            return RatioDef(name=w.text[m.start:after.end()].strip(), numerator=Side("customer_count", {m.dim: [m.id]}),
                            denominator=Side("customer_count", {}), spans=((m.start, after.end()),))
        if metric is None or w.catalog.metric(metric) is None:
            continue
        name = w.text[m.start:after.end()].strip()
        # ("缺勤率" of attendance = 缺勤, a column only the class step's events carry: over that step's records)
        carriers = w.catalog.steps_recording(m.dim) if table == "events" else set()
        own = _named_steps_own_outcome(w, m) if table == "events" and step is None else None
        if own is not None:
            # ("冷库出库晚点率" where the dispatch step records dispatched_late and payments record late: the named
            # step's own outcome of that word, over its records)
            tp, act = own
            return RatioDef(name=name, numerator=Side(metric, {"touchpoint": [tp], "action": [act]}),
                            denominator=Side(metric, {"touchpoint": [tp]}), spans=((m.start, after.end()),))
        holders = _steps_holding(w, m) if table == "events" and step is None and len(carriers) != 1 else []
        if len(holders) > 1:
            # ("What's our approval rate?" where finance applications and warranty claims both record approved: the
            # approvals over every event of every step is no rate of anything — which step's, asked back)
            return AskStep(sorted(holders))
        at = {"touchpoint": [step.id]} if step is not None and table == "events" else \
            {"touchpoint": sorted(carriers)} if len(carriers) == 1 else \
            {"touchpoint": holders} if holders else {}
        return RatioDef(name=name, numerator=Side(metric, {**at, m.dim: [m.id]}), denominator=Side(metric, dict(at)),
                        spans=((m.start, after.end()),))
    return None


# "除了不合格都算过", "除不合格以外都算通过", "anything but a fail counts as a pass": every value but those said
ALL_BUT_ZH = re.compile(r"(?:除了|除去|除开|除)([^，,。？?！!]{1,16}?)(?:以外|之外|外)?[，,]?(?:其他|其余|别的)?(?:的)?(?:都|全|全部|一律)?(?:算|当作|当成|视为)")
ALL_BUT_EN = re.compile(r"\b(?:anything|everything|all|every \w+)\s+(?:but|except(?: for)?|other than)\s+(?:an?\s+|the\s+)?"
                        r"([a-z][\w\- ]{0,30}?)\s+(?:counts?|is counted|are counted)\s+as\b")


def all_but(w: Work, dim: str) -> list[str]:
    """The values of `dim` the asker sets apart when every other counts as the rate's outcome ("除了不合格都算过":
    fail set apart, every other band a pass); [] when none is said."""
    values = sorted((str(v) for v in w.catalog.dimension_values.get(dim, ()) if str(v).strip()), key=len, reverse=True)
    for rx in (ALL_BUT_ZH, ALL_BUT_EN):
        for hit in rx.finditer(w.text):
            said, found = hit.group(1).lower(), []
            # (the values as written, longest first, each masking its words: 不合格 is said, not 合格 inside it)
            for v in values:
                at = said.find(v.lower().replace("_", " ")) if v.isascii() else said.find(v)
                if at < 0 and v.isascii():
                    at = said.find(v.lower())
                if at >= 0:
                    found.append(v)
                    said = said[:at] + " " * len(v) + said[at + len(v):]
            if found:
                return found
    return []


@dataclass(frozen=True)
class AskStep:
    """A rate of a value several steps record, no step named: which step's is asked back (options: those steps)."""
    options: list[str]


def _named_steps_own_outcome(w: Work, m: Mention) -> tuple[str, str] | None:
    """The one (step, action) of the steps the question names, none of which records the action said, whose action
    shares the words of the one said (late → dispatched_late); None otherwise."""
    prof = w.catalog.profile
    if prof is None or m.dim != "action":
        return None
    named = {x.id for x in w.mentions if x.kind == "touchpoint"}
    if not named or named & set(prof.action_steps.get(str(m.id), ())):
        return None
    stems = {x[:4] for x in re.findall(r"[a-z]{3,}", str(m.id).lower())}
    found = [(str(t), str(v)) for v, at in prof.action_steps.items() for t in at
             if t in named and stems and stems <= {x[:4] for x in re.findall(r"[a-z]{3,}", str(v).lower())}]
    return found[0] if len(found) == 1 else None


def _steps_holding(w: Work, m: Mention) -> list[str]:
    """The steps whose events hold the value (the profile's steps per action; the named steps among them when the
    question names some)."""
    prof = w.catalog.profile
    if prof is None or m.dim != "action":
        return []
    # (a step that records nothing but this outcome, an Overdue step of overdue only, is the outcome itself: its
    # records are no base to take a share of)
    holders = [str(t) for t in prof.action_steps.get(str(m.id), ())
               if sum(1 for at in prof.action_steps.values() if t in at) >= 2]
    named = [x.id for x in w.mentions if x.kind == "touchpoint" and x.id in holders]
    return sorted(set(named)) if named else holders


# a Chinese word said as a rate right before 率 / 比例 ("质检降级率", "取件的爽约率"): two to four characters
ZH_RATE_STEM = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:率|比例)")


def translated_outcome_rate(w: Work) -> RatioDef | None:
    """"哪个仓的质检降级率最高" where the one step named (质检, the inspection) records its outcomes in English
    (downgraded / as_described) and no name of the catalogue is the word before 率: the word is matched across the
    two languages with the embedder the catalogue already uses, among the actions that step records only; a clear
    match is the share of the step's records with that outcome, defined out loud in the answer. Nothing when the
    match is not clear (the word then stays unknown and is said so)."""
    prof = w.catalog.profile
    steps = {m.id for m in w.mentions if m.kind == "touchpoint"}
    if prof is None or len(steps) != 1 or w.catalog.metric("events") is None or not CJK_TEXT.search(w.text):
        return None
    tp = next(iter(steps))
    acts = sorted(str(v) for v, at in prof.action_steps.items() if tp in at)
    if len(acts) < 2 or any(CJK_TEXT.search(v) for v in acts):
        return None
    for hit in ZH_RATE_STEM.finditer(w.text):
        a, b = hit.span(1)
        # (the word right before the rate, after the step or a 的; a name the catalogue knows is read by the others)
        while a < b and (w.text[a] == "的" or any(m.start <= a < m.end for m in w.mentions)):
            a += 1
        if b - a < 2 or any(m.start < b and a < m.end for m in w.mentions):
            continue
        from assistant.planner import crosslingual
        import numpy as np
        # (the step's outcomes embedded once per catalogue, as crosslingual.match caches its candidates)
        vecs = np.asarray(crosslingual._vectors(id(w.catalog), tuple(v.replace("_", " ") for v in acts)))
        sims = vecs @ np.asarray(crosslingual._embedder().embed_documents([w.text[a:b]])[0])
        order = np.argsort(-sims)
        best, second = float(sims[order[0]]), float(sims[order[1]])
        if best < crosslingual.SURE or best - second < crosslingual.MARGIN:
            continue
        value = acts[int(order[0])]
        name = w.text[a:hit.end()]
        at = {"touchpoint": [tp]}
        return RatioDef(name=name, numerator=Side("events", {**at, "action": [value]}), denominator=Side("events", dict(at)),
                        spans=((a, hit.end()),))
    return None


CJK_TEXT = re.compile(r"[\u4e00-\u9fff]")


# a step that is the failed outcome of an action ("弹出失败", "Eject failure", "Return failed (no free slot)")
# (and a decision's negative outcome beside its positive one: "Visa refused" / "Visa approved", 拒签 / 出签)
FAILED_STEP = re.compile(r"失败|未成功|不成功|拒|驳回|未通过|不通过|不合格|缺课|旷课|爽约|缺席|未到|\bno[-\s]?shows?\b|"
                         r"\bmissed\b|\bfail(?:ed|s|ure|ures)?\b|\berrors?\b|"
                         r"\bunsuccessful\b|\brefus(?:ed|al)\b|\breject(?:ed|ion)?\b|\bdenied\b|\bdeclined\b")
SUCCEEDED_STEP = re.compile(r"成功|通过|出签|获批|合格|\bsucce(?:ss|eded|ssful)\b|\bapprov(?:ed|al)\b|\baccepted\b|"
                            r"\bgranted\b|\bpassed\b")


# a step that records what was planned, of which the other outcomes happen ("Lesson scheduled", "排课", "预约试听")
PLANNED_STEP = re.compile(r"\bschedul\w*|\bbook(?:ed|ing)\b|\bregister(?:ed)?\b|\breserv\w*|\bplanned\b|排课|预约|报名|预订")


def _names(w: Work, tp_id: str) -> list[str]:
    tp = w.catalog.touchpoint(tp_id)
    return [n for n in (tp.name, tp.name_zh, tp.name_en) if n] if tp else []


def _action_words(name: str) -> set[str]:
    """The words of a step's name that say its action: 4-letter stems in English ("eject" of "Power bank ejected"),
    two-character words in Chinese ("弹出", "归还"), outcome words left out."""
    name = re.sub(r"[(（][^)）]*[)）]", " ", name or "").lower()
    en = {x[:4] for x in re.findall(r"[a-z]{4,}", FAILED_STEP.sub(" ", SUCCEEDED_STEP.sub(" ", name)))}
    zh = "".join(c if "\u4e00" <= c <= "\u9fff" else " " for c in FAILED_STEP.sub(" ", SUCCEEDED_STEP.sub(" ", name)))
    return en | {x[i:i + 2] for x in zh.split() for i in range(len(x) - 1)}


def outcome_rate(w: Work) -> RatioDef | None:
    """"eject failure rate", "归还失败率" for a step that records the failed outcome of an action and no journey
    reaches: its events over the attempts, the failures plus the step that records the same action succeeding
    ("弹出失败" and "弹出充电宝", "Return failed" and "Returned"), defined out loud in the answer. Nothing when no
    single action is shared (the rate would be a guess)."""
    if w.catalog.metric("events") is None:
        return None
    later = {s for j in w.catalog.journeys for s in j.steps[1:]}
    for m in w.mentions:
        after = RATE_AFTER.match(w.text, m.end) if m.kind == "touchpoint" else None
        if after is None or m.id in later or any(x.kind == "metric" and x.start < after.end() and m.start < x.end
                                                  for x in w.mentions):
            continue
        tp = w.catalog.touchpoint(m.id)
        names = [n for n in (tp.name, tp.name_zh, tp.name_en) if n] if tp else []
        if not any(FAILED_STEP.search(n.lower()) for n in names):
            continue
        words = set().union(*(_action_words(n) for n in names))
        siblings = [t.id for t in w.catalog.touchpoints if t.id != m.id
                    and not any(FAILED_STEP.search(n.lower()) for n in (t.name, t.name_zh, t.name_en) if n)
                    and words & set().union(*(_action_words(n) for n in (t.name, t.name_zh, t.name_en) if n))]
        planned = [t for t in siblings if any(PLANNED_STEP.search(n.lower()) for n in _names(w, t))]
        if len(planned) > 1:  # (of "Trial lesson booked" and "Lesson scheduled", the one closest in words)
            def overlap(t: str) -> float:
                own = set().union(*(_action_words(n) for n in _names(w, t)))
                return len(words & own) / len(words | own) if words | own else 0.0
            best = max(overlap(t) for t in planned)
            planned = [t for t in planned if overlap(t) == best]
        if len(siblings) > 1 and len(planned) == 1:
            # "no-show rate" beside Lesson scheduled / attended / cancelled: the no-shows over what was scheduled
            name = w.text[m.start:after.end()].strip()
            return RatioDef(name=name, numerator=Side("events", {"touchpoint": [m.id]}),
                            denominator=Side("events", {"touchpoint": planned}), spans=((m.start, after.end()),))
        if len(siblings) != 1:
            continue
        name = w.text[m.start:after.end()].strip()
        return RatioDef(name=name, numerator=Side("events", {"touchpoint": [m.id]}),
                        denominator=Side("events", {"touchpoint": [m.id, siblings[0]]}), spans=((m.start, after.end()),))
    return None


# the base a step's rate is counted over, said in the question ("按提货的运单算", "of the shipments picked up", "among
# those who signed up")
BASE_SAID = re.compile(r"按|以|\bof (?:the|all|those)\b|\bamong\b|\bper\b|\bout of\b|\bover\b|\bon (?:the |all |those )?(?=\w)|"
                       r"里|中|当中|之中|算")

BASE_LEAD = re.compile(r"(?:按|以|\bof (?:the|all|those)|\bamong(?: the| those)?|\bout of(?: the)?|\bper|\bon(?: the| all| those)?)\s*$")


def based_step_rate(w: Work) -> RatioDef | None:
    """"哪家承运商的在途温度告警率最高？按提货的运单算": a step said as a rate ("温度告警率", "extension rate") with one
    other step named as what it is counted over: the step's events over that step's events, counted alike and
    defined out loud in the answer. Nothing when no single other step is named (which base is meant would be a
    guess; a funnel between two steps is asked in other words)."""
    if w.catalog.metric("events") is None:
        return None
    for m in w.mentions:
        after = RATE_AFTER.match(w.text, m.end) if m.kind == "touchpoint" else None
        if after is None or any(x.kind == "metric" and x.start < after.end() and m.start < x.end for x in w.mentions):
            continue
        others = [x for x in w.mentions if x.kind == "touchpoint" and x.id != m.id
                  and (x.end <= m.start or x.start >= after.end())]
        if len({x.id for x in others}) > 1:
            # ("按提货的运单算": the step right after the base word, 运单 the rows' noun)
            others = [x for x in others if BASE_LEAD.search(w.text[max(0, x.start - 10):x.start])]
        if len({x.id for x in others}) != 1 or not BASE_SAID.search(w.text[max(0, others[0].start - 24):others[0].end + 8]):
            continue
        base = others[0]
        name = w.text[m.start:after.end()].strip()
        return RatioDef(name=name, numerator=Side("events", {"touchpoint": [m.id]}),
                        denominator=Side("events", {"touchpoint": [base.id]}), spans=((m.start, after.end()),))
    return None


# the rows a share is taken of: visits, bookings, games … ("share of visits with a fault", "按结账的单子算")
CASE_NOUN = re.compile(r"\b(?:visits?|sessions?|bookings?|appointments?|games?|rounds?|orders?|tickets?|parcels?|lessons?|"
                       r"classes|class|rides?|trips?|stays?)\b|单子|订单|单|场次|预约|到店|包裹|课")
# a funnel or a drop between the steps is asked in other words ("conversion from A to B", "流失")
FUNNEL_SAID = re.compile(r"conver|drop|funnel|转化|流失|漏斗|\bfrom\b.{0,40}\bto\b|从.{0,20}到|\bended up\b|\bwent on\b|"
                         r"\bmade it (?:to|through)\b|"
                         r"\bgo on to\b|\beventually\b|\blater\b|最终|后来|最后")
SHARE_OF_CASES = re.compile(r"(?:\b(?:share|percentage|proportion|fraction|percent)|%)\s+of\s+(?:the\s+|all\s+|our\s+)?"
                            r"(?:[a-z\-]+\s+){0,2}?(visits|sessions|bookings|appointments|games|orders|tickets|parcels|"
                            r"lessons|classes|rides|trips|stays|check-ins)\b")


ALTERNATIVE_BEFORE = re.compile(r"(?:\brather than|\binstead of|\bnot|\bthan|而不是|而非|不是|还是)\s*(?:an?\s+|the\s+)?$")
SHARE_OF = re.compile(r"(?:\b(?:share|percentage|proportion|fraction|percent)|%)\s+of\s+(?:the\s+|all\s+)?$")
# a later outcome of the base's cases: "turned into", "went on to", "ended up with", "转化成", "后来", "最后"
WENT_ON_TO = re.compile(r"\b(?:turn(?:ed|s)? into|convert(?:ed|s)? (?:in)?to|went on to|go(?:es)? on to|ended up|end up|"
                        r"became|resulted in|made it (?:to|through)|make it (?:to|through)|got as far as|"
                        r"progressed to|moved on to|"
                        # ("of the bookings made in March, what share ever got their form submitted")
                        r"ever (?:got|had|made|reached|did|received|completed|submitted|paid|came|went))\b|"
                        r"转化(?:成|为)|变成|后来|最后|最终|走到|坚持到|"
                        # ("contracts with a repair request within 90 days of signing", "签约后90天内报修"): a window
                        # after the base's own step
                        r"\bwithin\s+\d+\s+(?:days?|weeks?|months?|hours?)\s+(?:of|after)\b|"
                        r"后\s*\d+\s*(?:天|周|个月|小时)(?:之内|以内|内)")


def step_share_of_base(w: Work) -> RatioDef | None:
    """"哪个级别的技师被客人打赏的比例最高？按结账的单子算", "motion-sickness stops per game played, by genre", "the share
    of visits with a fault by headset model": a rate of one step over the rows of another step (or over all the
    visits) said with a rate word or "per", the base marked ("按…算", "per", "share of visits"): one count over the
    other, counted per visit when the rows are visits or bookings, else per event; said out loud in the answer.
    Nothing for funnels ("conversion from A to B") or when which step is the base is not said."""
    untimed = "".join(" " if any(a <= i < b for a, b in w.time_spans) else c for i, c in enumerate(w.text))
    if w.catalog.metric("events") is None or FUNNEL_SAID.search(untimed) or \
            any(m.kind == "metric" for m in w.mentions if m.id not in ("sessions", "events")):
        return None
    per = re.search(r"\bper\s+(?:each\s+|every\s+)?", w.text)
    if not (RATE_WORD.search(w.text) or per):
        return None
    steps = [m for m in w.mentions if m.kind == "touchpoint"]
    ids = list(dict.fromkeys(m.id for m in steps))
    prof = w.catalog.profile
    ev = prof.tables.get("events") if prof is not None else None
    with_sessions = ev is not None and bool(ev.with_session) and ev.with_session >= 0.5 * ev.rows
    cases = w.catalog.metric("sessions") is not None and with_sessions and bool(CASE_NOUN.search(w.text))
    unit = "sessions" if cases and not (per and not re.search(r"单|visit|booking|session", w.text)) else "events"
    if 2 <= len(ids) <= 3:
        based = [m for m in steps if BASE_LEAD.search(w.text[max(0, m.start - 12):m.start]) or SHARE_OF.search(w.text[:m.start])
                 or re.match(r"[\u4e00-\u9fff]{0,6}?(?:的)?(?:单子|订单|单|场次)?算|(?:的)?(?:单子|订单|单|场次)(?:里|中|当中)",
                             w.text[m.end:m.end + 10])]
        base_ids = list(dict.fromkeys(m.id for m in based))
        if len(ids) == 3 and len(base_ids) == 1:
            # ("交了定金的出航单里": the step said right before 的 and the base's noun step, both words of the base)
            head = [m for m in based if m.id == base_ids[0]]
            mods = {m.id for m in steps for h in head if m.id != h.id and m.end <= h.start
                    and re.fullmatch(r"\s*(?:了)?的\s*", w.text[m.end:h.start])}
            if len(mods) == 1:
                base_ids = [*base_ids, *mods]
                based = based + [m for m in steps if m.id in mods]
        if len(ids) == 3 and len(base_ids) == 2:
            # ("爽约率，按付了定金的预约单算", "交了定金的作业单里": the base is the rows the other step's noun names
            # that got to the step said before 的 — the bookings or jobs that paid a deposit — counted at that step)
            said = [m for m in steps if m.id in base_ids and re.match(r"\s*(?:了)?的", w.text[m.end:m.end + 3])]
            if len({m.id for m in said}) == 1:
                base_ids = [said[0].id]
            else:
                order = next((j.steps for j in w.catalog.journeys if set(base_ids) <= set(j.steps)), None)
                if order is None:
                    return None
                base_ids = [max(base_ids, key=order.index)]
            ids = [i for i in ids if i == base_ids[0] or i not in {m.id for m in based}]
        if len(ids) != 2 or len(base_ids) != 1:
            return None
        base = base_ids[0]
        # ("… turned into a dispatch? Per order.": a unit closing the question is how cases are counted, no "per")
        unit_only = per is not None and re.fullmatch(r"\s*(?:each\s+|every\s+)?[a-z\-]+(?:\s+[a-z\-]+)?\s*(?:[.,;?!)].*)?",
                                                     w.text[per.end():], re.S) is not None
        if (not per or unit_only) and WENT_ON_TO.search(w.text):
            # ("Of the trial weeks that ended in 2025, what share turned into a signed lease?": what the base's cases
            # went on to — a conversion between the two steps, each case followed, not one count over another)
            return None
        said = tuple((m.start, m.end) for m in steps)  # (the base's other step is part of its words, no slice)
        steps = [m for m in steps if m.id in ids]
        top = next(i for i in ids if i != base)
        if any(ALTERNATIVE_BEFORE.search(w.text[max(0, m.start - 16):m.start]) for m in steps if m.id == top):
            return None  # ("exchanges rather than a refund": the step said as the alternative is not what is counted)
        tp = next((t for t in w.catalog.touchpoints if t.id == top), None)
        names = " ".join(x for x in (tp.name, tp.name_zh, tp.name_en) if x).lower() if tp else ""
        if re.search(r"&|/|、|\band\b|和|及", names) and all(m.surface.lower() in names and m.surface.lower() not in (
                (tp.name_en or "").lower(), (tp.name_zh or "").lower(), (tp.name or "").lower()) for m in steps if m.id == top):
            return None  # ("coffee" of a step "Add-ons (printing & coffee)": one item of several, not the step's rows)
        spans = said
        own: dict[str, list[str]] = {"touchpoint": [top]}
        for m in steps:
            # ("included at least one coffee": coffee names the add-on step and the item it records; the item too)
            vals = {(v.dim, v.id) for v in w.mentions if m.id == top and v.kind == "value" and v.dim
                    and (v.start, v.end) == (m.start, m.end) and (d := w.catalog.dimension(v.dim)) is not None
                    and "events" in d.slices}
            if len(vals) == 1:
                dim, val = next(iter(vals))
                own[dim] = [val]
        return RatioDef(name=next(m.surface for m in steps if m.id == top) + (" 比例" if w.language == "zh" else " rate"),
                        numerator=Side(unit, own), denominator=Side(unit, {"touchpoint": [base]}),
                        spans=spans)
    share = SHARE_OF_CASES.search(w.text)
    if len(ids) == 1 and share and w.catalog.metric("sessions") is not None and with_sessions and \
            share.group(1) in ("visits", "sessions", "bookings", "appointments", "check-ins"):
        # ("the share of visits with a fault": the visits that reached the step over all the visits)
        return RatioDef(name=steps[0].surface + " rate", numerator=Side("sessions", {"touchpoint": [ids[0]]}),
                        denominator=Side("sessions", {}), spans=tuple((m.start, m.end) for m in steps))
    return None


# a no-show said as a rate ("class no-show rate", "缺勤率") and the values an attendance column keeps for it
ABSENCE_SAID = re.compile(r"\bno[-\s]?shows?\b|\babsen(?:ce|t|tee)s?\b|缺勤|缺席|缺课|旷课|爽约")
ABSENT_VALUE = re.compile(r"^(?:absent|absence|no[_\s-]?show|noshow|missed|did[_\s-]?not[_\s-]?attend|缺勤|缺席|缺课|旷课|未到|爽约)$")


def absent_rate(w: Work) -> RatioDef | None:
    """"class no-show rate", "进阶班的课缺勤率": when the step named (or the only step) keeps its attendance in a
    column of its own (attendance = absent / attended), the absent ones over all of that step's records — not the
    drop-off before some arrival step. Nothing when no such column is carried by the step."""
    hit = ABSENCE_SAID.search(w.text)
    prof = w.catalog.profile
    if hit is None or prof is None or not RATE_WORD.search(w.text) or w.catalog.metric("events") is None:
        return None
    steps = list(dict.fromkeys(m.id for m in w.mentions if m.kind == "touchpoint"))
    found = []
    for e in prof.extras:
        if e.table != "events" or not e.values:
            continue
        absent = [v for v in e.values if ABSENT_VALUE.match(str(v).strip().lower())]
        held = [t for t in e.touchpoints if not steps or t in steps]
        dim = next((d for d in (e.column, f"events_{e.column}") if (t := w.catalog.dimension(d)) is not None
                    and "events" in t.slices), None)
        if absent and dim and len(held) == 1:
            found.append((dim, absent, held[0]))
    chinese = w.language == "zh"
    own = [f for f in found if any(bool(re.search(r"[\u4e00-\u9fff]", str(v))) == chinese for v in f[1])]
    found = own or found
    if len({f[2] for f in found}) != 1:
        return None
    dim, absent, step = found[0]
    return RatioDef(name=w.text[hit.start():hit.end()] + ("率" if chinese else " rate"),
                    numerator=Side("events", {"touchpoint": [step], dim: absent}),
                    denominator=Side("events", {"touchpoint": [step]}), spans=(hit.span(),))


# "通过率", "pass rate", "不合格率": the share of a step's outcomes that passed (or failed), when the step records its
# outcome in a column of its own (test_result = pass / fail, 考核结果 = 通过 / 未通过)
PASS_RATE = re.compile(r"通过率|合格率|及格率|达标率|\bpass(?:ing)? rate\b|\bpass-through rate\b")
FAIL_RATE = re.compile(r"不通过率|未通过率|没通过的?比例|不合格率|不及格率|挂科率|\bfail(?:ure)? rate\b|\bfails? (?:most|least) often\b")
PASS_VALUE = re.compile(r"^(?:pass(?:ed)?|passing|通过|已通过|合格|及格|达标)$")
FAIL_VALUE = re.compile(r"^(?:fail(?:ed)?|failing|not[_ ]passed|不通过|未通过|没通过|不合格|不及格|未达标)$")
# a generic measure the same words name (step conversion's 通过率, failure rate): the outcome column says it better
GENERIC_RATES = frozenset({"step_conversion", "failure_rate", "success_rate"})


def column_outcome_rate(w: Work) -> RatioDef | None:
    """"2025年等级考核的整体通过率": the step's outcomes in a column of pass / fail values, the passed (or failed)
    ones over all of them; the column in the question's script when the company keeps it in both. Nothing when no
    one such column is carried by the step named (or, with no step named, by any step)."""
    hit = FAIL_RATE.search(w.text) or PASS_RATE.search(w.text)
    prof = w.catalog.profile
    if hit is None or prof is None or w.catalog.metric("events") is None:
        return None
    failed = hit.re is FAIL_RATE
    if any(m.kind == "metric" and m.id not in GENERIC_RATES and m.start < hit.end() and hit.start() < m.end
           for m in w.mentions):
        return None
    steps = {m.id for m in w.mentions if m.kind == "touchpoint" and (m.end <= hit.start() or m.start >= hit.end())}
    found = []
    for e in prof.extras:
        if e.table != "events" or not e.values or (steps and not steps & set(e.touchpoints)):
            continue
        passes = [v for v in e.values if PASS_VALUE.match(str(v).strip().lower())]
        fails = [v for v in e.values if FAIL_VALUE.match(str(v).strip().lower())]
        dim = next((d for d in (e.column, f"events_{e.column}") if (t := w.catalog.dimension(d)) is not None
                    and "events" in t.slices), None)
        if passes and fails and dim:
            found.append((dim, fails if failed else passes, list(e.values), e.touchpoints))
    chinese = w.language == "zh"
    own = [f for f in found if any(bool(re.search(r"[\u4e00-\u9fff]", str(v))) == chinese for v in f[1])]
    found = own or found
    if len({f[3] for f in found}) != 1 or len(found) > 2:
        return None  # (twins of one outcome share their steps; outcomes of different steps are no one rate)
    dim, part, whole, _ = found[0]
    where = {"touchpoint": sorted(steps)} if steps else {}
    return RatioDef(name=w.text[hit.start():hit.end()], numerator=Side("events", {**where, dim: part}),
                    denominator=Side("events", {**where, dim: whole}), spans=(hit.span(),))


def take_out(w: Work, ratio: RatioDef) -> None:
    """The definition's and the rate name's words name nothing else in the question."""
    def covered(m: Mention) -> bool:
        return any(not (m.end <= a or m.start >= b) for a, b in ratio.spans)
    w.mentions = [m for m in w.mentions if not covered(m)]
    w.blocked_spans += list(ratio.spans)


def all_but_counted(w: Work, ratio: RatioDef) -> RatioDef:
    """The numerator's one value of a column read as every value but those the asker sets apart ("通过率…除了不合格都
    算过": a pass is any band but fail), when the words say so."""
    for dim, vals in ratio.numerator.filters.items():
        if dim in ("touchpoint", "stage") or len(vals) != 1 or str(vals[0]).startswith("!="):
            continue
        others = all_but(w, dim)
        if others and vals[0] not in others:
            # (every value the denominator counts but those set apart; with no list there, every row but theirs)
            listed = [v for v in ratio.denominator.filters.get(dim, ()) if not str(v).startswith("!=")]
            kept = [v for v in listed if v not in others] if listed else [f"!={v}" for v in others]
            filters = {**ratio.numerator.filters, dim: kept}
            return dataclasses.replace(ratio, numerator=dataclasses.replace(ratio.numerator, filters=filters))
    return ratio
