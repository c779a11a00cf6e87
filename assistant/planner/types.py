"""Value types of the planner: the catalogue entries, the plan, the conversation state."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from typing import Any

from knowledge.results import Filters, Period

# time grains a trend can be read at (knowledge.analyses.trend.GRAINS), the one list the planner uses
TIME_GRAINS = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True)
class TouchpointInfo:
    id: str
    name: str
    name_zh: str
    name_en: str
    stage: str | None
    aliases: tuple[str, ...] = ()
    position: int | None = None
    # the touchpoints file's extra columns for this step ({"document": "permit"}): what the step itself is
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class JourneyInfo:
    id: str
    name: str
    name_zh: str
    name_en: str
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermInfo:
    """A metric or dimension as the planner sees it: names and aliases per language."""

    id: str
    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    unit: str = ""
    table: str | None = None  # the table a metric is computed from (events for funnel analyses)
    extra: bool = False       # a dimension read from the company's extra columns
    identifier: bool = False  # an extra column naming many things (seller_id, category_id): a grouping only when asked
    slices: tuple[str, ...] = ()  # tables a dimension can slice (events, orders, feedback, ...)
    reach: tuple[str, ...] = ()   # tables it slices only through each row's order (events carrying an order_id)
    time: bool = False
    grain: str | None = None
    # value id -> surface words (dimension values only), per language merged
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    higher_is_better: bool = True  # a metric's good direction: "worst failure rate" is its highest
    timeless: bool = False  # a metric of the customer list as it stands (customer_count): no period applies
    numeric: bool = False  # a dimension that is a number per row (order_amount): thresholds, no groups
    column: str | None = None  # the company's own column a metric averages or adds up (review_hours)
    summed: bool = False  # a metric adding up an amount (revenue): a share of it is of the same total


@dataclass(frozen=True)
class Catalog:
    """Everything the planner may link words to; pure data, picklable."""

    touchpoints: tuple[TouchpointInfo, ...] = ()
    journeys: tuple[JourneyInfo, ...] = ()
    metrics: tuple[TermInfo, ...] = ()
    dimensions: tuple[TermInfo, ...] = ()
    # dimension id -> raw values present in the data
    dimension_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (dimension, table) -> the values that table's column holds (a value two columns hold is sliced on the
    # table measured: "ticket" of orders' order_type, not of the comments' channel)
    values_by_table: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    experiments: tuple[str, ...] = ()
    # (dimension, table) -> the one value every row of that table holds (every call of a call-centre log is by phone)
    constant: dict[tuple[str, str], str] = field(default_factory=dict)
    # dimension -> the columns holding the same values in the other language, found in the rows (source_zh holds
    # 抖音 wherever acquisition_channel holds douyin, one to one)
    value_twins: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (dimension, twin) -> {value: the twin's value beside it} ("gold" of tier -> "金卡会员" of 会员等级)
    twin_values: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    coverage: dict[str, tuple[date | None, date | None]] = field(default_factory=dict)
    default_as_of: date | None = None
    profile: Any = None  # knowledge.profile.DataProfile: rows, coverage, untimed rows, extra columns
    feedback_steps: tuple[str, ...] = ()  # the touchpoints comments are filed at (none: no comments or none filed)
    # (dimension, value) of the orders no row of which is paid (order_type "refund" whose rows are all refunded):
    # money asked of them is their amount, which a paid-only measure (revenue) always leaves out
    never_paid: frozenset[tuple[str, str]] = frozenset()
    # currency codes the orders' amount is kept in (amount and amount_local agree): asked for, every order counts
    reporting_currencies: frozenset[str] = frozenset()
    # company columns past the profile's first ones (knowledge.profile.MAX_LATE_COLUMNS): named by their own names
    # only, none of their values links a word
    quiet: frozenset[str] = frozenset()

    @cached_property
    def gazetteer(self) -> tuple[Any, ...]:
        """Surface forms of every entry (built once per catalogue object)."""
        from assistant.planner.linker import gazetteer  # the linker owns how surfaces are made
        return gazetteer(self)

    @cached_property
    def surfaces(self) -> frozenset[str]:
        """Every surface form of the gazetteer (built once per catalogue object)."""
        return frozenset(e.surface for e in self.gazetteer)

    @cached_property
    def verb_owners(self) -> dict[str, frozenset[tuple[str, str, str | None]]]:
        """Characters of two-character Chinese names → the touchpoints or values they name (签 → 签约's)."""
        from assistant.planner.linker import verb_owners
        return verb_owners(self.gazetteer)

    @cached_property
    def romanised_values(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Values written in pinyin (Shanghai, Futian, Xi'an) by their letters → (value, dimension): a Chinese
        question names them in characters (上海, 福田区)."""
        from assistant.planner.linker import romanised_values
        return romanised_values(self.gazetteer)

    @cached_property
    def data_words(self) -> frozenset[str]:
        """Every English word of the catalogue's names and values (never mended as a typo; built once)."""
        import re as _re
        return frozenset(x for e in self.gazetteer if e.surface.isascii() for x in _re.findall(r"[a-z]+", e.surface))

    @cached_property
    def people_nouns(self) -> frozenset[str]:
        """The company's own word for its customers, read from a customers column's values ("捐赠人" of 单次捐赠人 /
        企业捐赠人, "学员" of 新学员 / 老学员): a Chinese people noun ending two or more values (built once)."""
        from assistant.planner.linker import people_nouns
        return people_nouns(self)

    @cached_property
    def country_values(self) -> dict[str, list[tuple[str, str]]]:
        """Other names of the countries the data's columns of countries hold ("uk" → region United Kingdom)."""
        from assistant.planner.catalog import country_values
        return country_values(self.dimensions, self.dimension_values)

    @cached_property
    def customer_words(self) -> frozenset[str]:
        """The company's English word for its customers, read from the names of the columns it keeps on them:
        dealer_type and dealer_name make "dealer" (and "dealers"); a word two such columns begin with (built once)."""
        import re as _re
        from collections import Counter
        heads = Counter(_re.split(r"[_\s]+", (d.column or d.id).lower())[0] for d in self.dimensions
                        if d.extra and "customers" in d.slices and (d.column or d.id).isascii()
                        and _re.search(r"[_\s]", (d.column or d.id)))
        generic = {"customer", "customers", "acquisition", "preferred", "signup", "first", "last", "is", "has", "home",
                   "account", "company", "business", "total", "kyc", "deposit", "member", "user"}
        # (mill_id beside mill_en: a thing of its own each customer has, with its own identifier, not the customer)
        coded = {_re.split(r"[_\s]+", (d.column or d.id).lower())[0] for d in self.dimensions
                 if _re.search(r"(?:^|_)(?:id|code|no|key)$", (d.column or d.id).lower())}
        words = {h for h, n in heads.items() if n >= 2 and h.isalpha() and len(h) >= 4 and h not in generic
                 and h not in coded}
        return frozenset(words | {w + "s" for w in words})

    @cached_property
    def measure_words(self) -> frozenset[str]:
        """Step aliases that are words measures are named with ("rate", "率"; built once per catalogue)."""
        from assistant.planner.linker import measure_words
        return measure_words(self)

    @cached_property
    def common_values(self) -> frozenset[tuple[str | None, str]]:
        """(dimension, surface) of column values that are everyday English words (built once per catalogue)."""
        from assistant.planner.linker import common_values
        return common_values(self)

    @cached_property
    def english_values(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """(column, value, its English words) of the values Chinese words may name (built once per catalogue)."""
        from assistant.planner.glosses import english_values
        return english_values(self)

    @cached_property
    def step_families(self) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
        """(shared prefix, words that say it, the steps named with it) of step names that come in families
        ("国内报销单…", "Request for payment …"; built once per catalogue)."""
        from assistant.planner.linker import step_families
        return step_families(self)

    @cached_property
    def case_nouns(self) -> tuple[str, ...]:
        """The data's own word for its cases, learned from its step names (built once per catalogue)."""
        from assistant.planner.linker import case_nouns
        return case_nouns(self)

    @cached_property
    def user_words(self) -> tuple[str, ...]:
        """Chinese names and aliases, added to jieba's dictionary."""
        return tuple(e.surface for e in self.gazetteer if any("\u4e00" <= c <= "\u9fff" for c in e.surface))

    def touchpoint(self, tp_id: str) -> TouchpointInfo | None:
        return next((t for t in self.touchpoints if t.id == tp_id), None)

    def journey(self, journey_id: str) -> JourneyInfo | None:
        return next((j for j in self.journeys if j.id == journey_id), None)

    def metric(self, metric_id: str) -> TermInfo | None:
        return next((m for m in self.metrics if m.id == metric_id), None)

    def dimension(self, dim_id: str) -> TermInfo | None:
        return next((d for d in self.dimensions if d.id == dim_id), None)

    def steps_recording(self, column: str) -> set[str]:
        """The steps whose events carry a value in a company's event column (the profile reads them on a sample)."""
        return {tp for x in (self.profile.extras if self.profile is not None else ()) if x.table == "events"
                and column in (x.column, f"events_{x.column}") for tp in x.touchpoints}

    def journeys_with(self, tp_id: str) -> list[JourneyInfo]:
        return [j for j in self.journeys if tp_id in j.steps]


@dataclass(frozen=True)
class PlannedCall:
    name: str
    args: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "args": self.args}


@dataclass
class ConversationState:
    """What the next turn inherits from this one."""

    intent: str | None = None
    metric_id: str | None = None
    journey_id: str | None = None
    touchpoint_ids: list[str] = field(default_factory=list)
    dimension: str | None = None
    filters: Filters = field(default_factory=dict)
    period: Period | None = None
    top_n: int | None = None
    order: str | None = None
    last_tool_calls: list[PlannedCall] = field(default_factory=list)
    pending: str | None = None  # what a clarify question asked for (journey, metric, touchpoint)
    topic_query: str | None = None  # the feedback search words of the topic ("支付 转化率 下降")
    top_touchpoint_id: str | None = None  # the first row of the answer ("哪个触点流失最多" → its touchpoint)
    top_journey_id: str | None = None
    # the rate the question defined, for "and on Android?" (assistant.planner.ratio.RatioDef.to_dict())
    ratio: dict[str, Any] | None = None
    # the values whose share of all a breakdown answered ("what share … failed": fail), kept for "and for Android?"
    focus: list[str] = field(default_factory=list)
    # the group a ranking put first, [column, value] ("which shop …" → that shop, for "that shop's rating?")
    top_group: list[str] = field(default_factory=list)
    # the ranking asked for one group ("which depot …", "哪个品牌…最多"): "their", "they" of the next turn point at it
    one_asked: bool = False
    # the step a conversion asked went up to ("…最后在线预约成功的比例": the booking submitted, not the journey's end):
    # "and on desktop?" asks the same conversion
    conversion_to: str | None = None

    def with_results(self, results: list[Any]) -> "ConversationState":
        """This state plus the top entity of the first successful tool result (ToolResult-like objects)."""
        from dataclasses import replace
        for r in results:
            data = getattr(r, "data", None) or {}
            if not getattr(r, "ok", False) or not isinstance(data, dict):
                continue
            facts = data.get("facts") or {}
            first = dict(zip(data.get("columns") or [], (data.get("rows") or [[]])[0]))
            tp = facts.get("top_touchpoint_id") or first.get("touchpoint_id")
            jid = facts.get("top_journey_id") or first.get("journey_id") or facts.get("journey_id")
            cols, rows = data.get("columns") or [], data.get("rows") or []
            group = [str(cols[0]), str(rows[0][0])] if self.dimension and self.order and cols and rows and rows[0] \
                and rows[0][0] is not None and cols[0] not in ("touchpoint_id", "journey_id") else []
            if tp or jid or group:
                return replace(self, top_touchpoint_id=tp or None, top_journey_id=jid or None, top_group=group)
            return self
        return self

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (sessions are persisted by the memory module)."""
        return {"intent": self.intent, "metric_id": self.metric_id, "journey_id": self.journey_id,
                "touchpoint_ids": list(self.touchpoint_ids), "dimension": self.dimension,
                "filters": {k: list(v) for k, v in self.filters.items()},
                "period": self.period.to_dict() if self.period else None,
                "top_n": self.top_n, "order": self.order,
                "last_tool_calls": [c.to_dict() for c in self.last_tool_calls], "pending": self.pending,
                "topic_query": self.topic_query, "top_touchpoint_id": self.top_touchpoint_id,
                "top_journey_id": self.top_journey_id, "ratio": self.ratio, "focus": list(self.focus),
                "top_group": list(self.top_group), "one_asked": self.one_asked, "conversion_to": self.conversion_to}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "ConversationState":
        """Inverse of to_dict; tolerates missing keys."""
        d = d or {}
        p = d.get("period")
        return cls(intent=d.get("intent"), metric_id=d.get("metric_id"), journey_id=d.get("journey_id"),
                   touchpoint_ids=list(d.get("touchpoint_ids") or []), dimension=d.get("dimension"),
                   filters={k: list(v) for k, v in (d.get("filters") or {}).items()},
                   period=Period(date.fromisoformat(p["start"]), date.fromisoformat(p["end"])) if p else None,
                   top_n=d.get("top_n"), order=d.get("order"),
                   last_tool_calls=[PlannedCall(c["name"], dict(c.get("args") or {}))
                                    for c in d.get("last_tool_calls") or []],
                   pending=d.get("pending"), topic_query=d.get("topic_query"),
                   top_touchpoint_id=d.get("top_touchpoint_id"), top_journey_id=d.get("top_journey_id"),
                   ratio=d.get("ratio") if isinstance(d.get("ratio"), dict) else None,
                   focus=[str(x) for x in d.get("focus") or [] if isinstance(x, (str, int, float))][:20],
                   top_group=[str(x) for x in d.get("top_group") or []][:2] if len(d.get("top_group") or []) == 2 else [],
                   one_asked=d.get("one_asked") is True,
                   conversion_to=str(d["conversion_to"]) if isinstance(d.get("conversion_to"), str) else None)


@dataclass
class Plan:
    """The tool calls an analyst (or LLM) would make for one question, and why."""

    language: str
    intent: str
    status: str
    tool_calls: list[PlannedCall]
    period: Period | None
    period_text: str
    assumptions: list[str]
    clarify: str | None
    options: list[str]
    suggestions: list[str]
    state: ConversationState
    frame: Any = None  # assistant.planner.frame.QuestionFrame


@dataclass(frozen=True)
class Mention:
    """One catalogue entry found in the question."""

    kind: str          # touchpoint | journey | metric | dimension | value | stage
    id: str            # entity id (for value: the raw value)
    dim: str | None    # dimension of a value mention
    start: int
    end: int
    surface: str
    score: float = 1.0  # 1.0 exact, < 1 fuzzy


@dataclass
class Work:
    """The working record the pipeline steps fill in, one field group per step."""

    question: str
    catalog: Catalog
    state: ConversationState | None
    as_of: date
    lang_forced: str | None = None
    today: date | None = None  # the asker's calendar day (explicit as-of, else the clock): is the data old?
    text: str = ""
    language: str = "en"
    tokens: list[str] = field(default_factory=list)
    period: Period | None = None
    period_text: str = ""
    baseline: Period | None = None
    time_spans: list[tuple[int, int]] = field(default_factory=list)
    grain: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    # column words right after "that"/"那个" with nothing named before them ("how's that horse doing?"), as linked
    # before any reading of the word as a step or a measure: one thing of the column pointed at
    pointed: list[Mention] = field(default_factory=list)
    explain_term: str | None = None  # a rate's name as said ("返修率"), defined from its step or as a come-back
    intent: str = ""
    cues: set[str] = field(default_factory=set)
    top_n: int | None = None
    order: str | None = None
    min_group: int | None = None  # "provinces with at least 100 orders": smaller groups are left out of a ranking
    follow_up: bool = False
    metric_id: str | None = None
    journey_id: str | None = None
    touchpoint_ids: list[str] = field(default_factory=list)
    dimension: str | None = None
    filters: Filters = field(default_factory=dict)
    group_values: list[str] = field(default_factory=list)
    status: str = "ok"
    clarify: str | None = None
    clarify_args: dict[str, Any] = field(default_factory=dict)  # format arguments of the clarify message
    options: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    tool_calls: list[PlannedCall] = field(default_factory=list)
    default_period: bool = False
    presentation: str | None = None  # an asked chart type: line | bar | table | pie | area
    focus: list[str] = field(default_factory=list)  # values whose share of all the question asks ("what share … were X")
    distinct: bool = False  # "how many different cities": the number of the dimension's values, not a ranking
    blocked_spans: list[tuple[int, int]] = field(default_factory=list)  # words that name no entity
    step_values: list[tuple[int, int]] = field(default_factory=list)  # values a step's own name says ("大风取消")
    left_out: dict[str, str] = field(default_factory=dict)  # step id -> the words that left it out ("deposits")
    one_set: set[str] = field(default_factory=set)  # columns whose values listed are counted together ("江苏、湖南两省")
    experiment_id: str | None = None
    conversion_to: str | None = None  # "of those who did A, how many reached B": the step B of the conversion
    topic_query: str | None = None  # feedback search words carried from the previous turn
    ratio: Any = None  # a rate defined in the question (assistant.planner.ratio.RatioDef)
    day_n: Any = None  # day-N retention asked for (assistant.planner.dayn.DayN)
    retention_steps: tuple[str | None, str | None] = (None, None)  # (start step, return step) of day-N retention
    # ("no-show rate"): (the step whose drop-off or conversion it is, the journey when only one holds the pair)
    no_show: tuple[str, str | None, str | None] | None = None
    # (message key, format arguments) rendered in the answer language at the end
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    reason_ranked: bool = False  # "the most common reason …": a reason column's values ranked (planner.reasons)
    order_flipped: bool = False  # "worst" read as the highest of a measure that is bad when high (_evaluative_order)
