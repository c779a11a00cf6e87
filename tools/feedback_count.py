"""Tool `feedback_count`: exactly how many comments (complaints by default) are about a topic."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from knowledge.results import Filters
from tools.base import ToolContext, ToolResult, analysis_data, make_tool
from tools.feedback_common import citations_from, model_text

NAME = "feedback_count"
DESCRIPTION = ("Exact number of customer comments about a topic (zh or en), complaints (negative comments) by "
               "default, counted over every comment in the slice by meaning and keyword, with how each matched. "
               "Use for 'how many complaints about refunds' / '退款相关投诉有多少条'.")

# planner hook (the planner owns intent detection; these cues live with the tool): a count word
# together with a feedback word makes a feedback_count question
# ("找几条…原话" asks for quotes, and "how many comments did we get" is a metric: only a count
# word with a complaint word is a count of complaints)
CUES = ("多少条", "有几条", "几条？", "几条?", "多少个", "多少次", "数量", "条数", "how many", "number of", "count of", "how often")
# words of the question that say "count" or "complaints", not what the comments are about
NOT_TOPIC = ("多少条", "几条", "多少个", "多少次", "多少", "数量", "条数", "有", "相关", "关于", "的", "投诉", "抱怨",
             "吐槽", "差评", "评论", "反馈", "留言", "意见", "是说", "用户", "客户", "一共", "总共", "how many", "number of",
             "count of", "how often", "complaints", "complaint", "complaining", "comments", "comment", "reviews",
             "about", "related to", "regarding", "are there", "were there", "did we get", "did", "we", "get", "got",
             "there", "customers", "users", "mention", "mentioned", "mentioning", "mentions", "complain", "complained",
             "text", "says", "say", "said", "r", "bring up", "brings up", "brought up", "bringing up", "feedback",
             "pieces of", "piece of", "talk about", "talks about", "talked about", "talking about", "内容", "全部", "一共", "所有", "提到", "提及", "说", "在说",
             # (praise counted: "夸教练耐心的好评", the tone is the sentiment asked, not the topic)
             "好评", "夸奖", "称赞", "表扬", "夸")


def asks_count(text: str) -> bool:
    """True when a question asks for a number of comments ("有多少条", "how many complaints")."""
    low = (text or "").lower()
    return any(c in low for c in CUES)


def topic_of(query: str) -> str:
    """The topic of a count question: the question without count and complaint words."""
    out = (query or "").lower()
    for w in sorted(NOT_TOPIC, key=len, reverse=True):
        out = re.sub(r"\b" + re.escape(w) + r"\b", " ", out) if re.search(r"[a-z]", w) else out.replace(w, " ")
    out = re.sub(r"[\s?？。,，!！]+", " ", out).strip()
    return out or (query or "").strip()


class CountArgs(BaseModel):
    query: str = Field(..., min_length=1, description="what the comments are about, any language (e.g. 退款, refunds)")
    touchpoint_ids: list[str] | None = Field(None, description="only comments about these touchpoints")
    stage: str | None = Field(None, description="journey stage id")
    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")
    sentiment: Literal["positive", "neutral", "negative", "any"] = Field(
        "negative", description="negative = complaints (default); any = every comment")
    language: Literal["zh", "en", "mixed"] | None = None
    filters: Filters | None = None
    any_of: list[str] = Field(default_factory=list, max_length=12,
                              description="words the asker listed ('mention 物流, 快递 or 配送'): count comments "
                                          "containing any of them as written, nothing by meaning")
    match: Literal["meaning_and_words", "words"] = Field(
        "meaning_and_words", description="words = only comments containing the topic as written ('mention Alexa')")
    dimension: str | None = Field(None, description="count the matching comments per value of this column "
                                                    "('which store gets the most complaints about upselling')")
    min_group: int | None = Field(None, ge=1, description="leave out groups with fewer comments in the slice")


def run(ctx: ToolContext, args: CountArgs) -> ToolResult:
    """Count the matching comments (imports the embedder and sentiment models only now)."""
    from knowledge.feedback.count import count_feedback
    with ctx.feedback_guard():
        res = count_feedback(ctx.gateway, topic_of(args.query), layer=ctx.layer,
                             period=ctx.optional_period(args.start, args.end), touchpoint_ids=args.touchpoint_ids,
                             stage=args.stage, sentiment=None if args.sentiment == "any" else args.sentiment,
                             filters=args.filters, language=args.language, index=ctx.index(),
                             words_only=args.match == "words", any_of=args.any_of, group_by=args.dimension,
                             min_group=args.min_group)
    data = analysis_data(res)
    f = res.facts
    if args.dimension:
        # the groups are the answer, most matches first; a few matching comments follow them
        examples = f.get("examples") or []
        cols = list(COLUMNS_EXAMPLES)
        data["citations"] = citations_from({"columns": cols, "rows": [[e.get(c) for c in cols] for e in examples]})
        data["extra_tables"] = [{"key": "examples", "columns": cols, "rows": [[e.get(c) for c in cols] for e in examples]}]
        return ToolResult(ok=True, text=model_text(ctx, data), data=data, result=res)
    data["citations"] = citations_from(data)
    # the count is the answer: it leads as a one-row table; the example comments follow it
    data["extra_tables"] = [{"key": "examples", "columns": data["columns"], "rows": data["rows"]}]
    data["columns"] = list(SUMMARY_COLUMNS)
    data["rows"] = [[f.get("topic", ""), f.get("count", 0), f.get("customers", 0), f.get("share_of_slice"),
                     res.sample_size.get("comments_in_slice", 0)]]
    return ToolResult(ok=True, text=model_text(ctx, data), data=data, result=res)


SUMMARY_COLUMNS = ("topic", "comments", "customers", "share_of_slice", "comments_in_slice")
COLUMNS_EXAMPLES = ("feedback_id", "touchpoint_id", "text", "sentiment", "similarity", "matched_by")


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, CountArgs, run, ctx)
