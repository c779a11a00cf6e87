"""Planner fixes: strict short-name linking, sentiment of feedback questions, group-vs-rest comparisons,
calendar-month baselines, follow-ups carrying the search topic and the previous answer's top entity."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from assistant.planner import plan_turn
from assistant.planner.build import previous_month
from assistant.planner.linker import link
from assistant.planner.types import ConversationState
from knowledge.results import Period
from planner_catalog import make_catalog

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def catalog():
    return make_catalog()


def plan(q, catalog, state=None):
    return plan_turn(q, catalog=catalog, state=state, as_of=AS_OF)


def call(p, name):
    return next(c.args for c in p.tool_calls if c.name == name)


# -- linking -------------------------------------------------------------------------------
def test_english_inflection_is_no_typo_of_a_value_alias(catalog):
    p = plan("What does drop-off rate mean here and how is it computed?", catalog)
    assert p.intent == "explain_metric" and p.assumptions == []
    assert not [m for m in link("how is it computed", catalog, []) if m.kind == "value"]


def test_short_value_matches_only_a_whole_word(catalog):
    found = lambda t: [(m.dim, m.id) for m in link(t, catalog, []) if m.kind == "value"]  # noqa: E731
    assert ("device", "pc") in found("orders on pc last week")
    assert ("device", "pc") not in found("orders on pcs last week")
    assert ("device", "pc") not in found("the pcx page")


def test_real_typos_still_link(catalog):
    p = plan("Why did payemnt conversion drop last week?", catalog)
    assert call(p, "explain_change")["touchpoint_id"] == "tp_payment"


# -- sentiment of feedback questions -----------------------------------------------------------
@pytest.mark.parametrize("q,sentiment", [
    ("客服环节大家主要在抱怨什么?", "negative"),
    ("what are people complaining about at delivery", "negative"),
    ("配送环节有哪些吐槽?", "negative"),
    ("客服有什么不满?", "negative"),
    ("物流的差评主要说什么", "negative"),
    ("what are the pain points at checkout", "negative"),
    ("客服环节有哪些表扬?", "positive"),
    ("配送的好评说了什么", "positive"),
    ("what do people like about delivery", "positive"),
    ("what do people say about delivery", None),
])
def test_feedback_theme_sentiment(catalog, q, sentiment):
    p = plan(q, catalog)
    assert p.intent == "feedback_themes"
    assert call(p, "feedback_themes").get("sentiment") == sentiment


# -- one group against the rest ------------------------------------------------------------------
@pytest.mark.parametrize("q,dim", [
    ("Are night orders returned more often?", "day_part"),
    ("夜间下单的退货率是不是更高?", "day_part"),
    ("Do Android orders get returned more often?", "device"),
])
def test_group_returned_more_often_is_a_return_rate_breakdown(catalog, q, dim):
    p = plan(q, catalog)
    args = call(p, "metric_breakdown")
    assert (args["metric_id"], args["dimension"]) == ("return_rate", dim)
    assert dim not in args.get("filters", {})  # every group is shown, not just the named one


def test_higher_than_last_month_stays_a_period_comparison(catalog):
    p = plan("Is the return rate higher than last month?", catalog)
    assert p.tool_calls[0].name == "compare_periods"


# -- filters inside Chinese runs ----------------------------------------------------------------
def test_android_inside_chinese_text_is_kept_in_explain_change(catalog):
    p = plan("上周安卓的支付转化率为什么下降了?", catalog)
    args = call(p, "explain_change")
    assert args["filters"]["device"] == ["android"] and args["touchpoint_id"] == "tp_payment"


# -- calendar months ------------------------------------------------------------------------------
def test_calendar_month_baseline_is_the_previous_month(catalog):
    p = plan("上个月的订单数", catalog)
    args = call(p, "compare_periods")
    # 上个月 of 2026-11-22 is October (31 days); the baseline is September (30 days), not 31 days back
    assert (args["start"], args["end"]) == ("2026-10-01", "2026-10-31")
    assert (args["baseline_start"], args["baseline_end"]) == ("2026-09-01", "2026-09-30")
    assert previous_month(Period(date(2026, 3, 1), date(2026, 3, 31))) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert previous_month(Period(date(2026, 3, 2), date(2026, 3, 31))) is None


# -- follow-ups ----------------------------------------------------------------------------------
def test_follow_up_search_reuses_the_topic_query(catalog):
    first = plan("Why did payment conversion drop last week?", catalog)
    q1 = call(first, "feedback_search")["query"]
    assert first.state.topic_query == q1 and "payment" in q1
    second = plan("And for Android only?", catalog, first.state)
    assert call(second, "feedback_search")["query"] == q1
    assert call(second, "explain_change")["filters"]["device"] == ["android"]
    restored = ConversationState.from_dict(first.state.to_dict())
    assert restored.topic_query == q1


@dataclass
class FakeResult:
    ok: bool
    data: dict[str, Any] = field(default_factory=dict)


def test_why_after_a_ranking_uses_the_top_row(catalog):
    first = plan("哪个触点流失用户最多?", catalog)
    ranked = FakeResult(True, {"columns": ["journey_id", "journey", "step", "touchpoint_id"],
                               "rows": [["purchase", "购买流程", 2, "tp_cart"], ["register", "注册流程", 1, "tp_ad"]],
                               "facts": {"top_journey_id": "purchase", "top_touchpoint_id": "tp_cart"}})
    state = first.state.with_results([FakeResult(False), ranked])
    assert (state.top_touchpoint_id, state.top_journey_id) == ("tp_cart", "purchase")
    state = ConversationState.from_dict(state.to_dict())
    for q in ("为什么?", "why?"):
        p = plan(q, catalog, state)
        assert p.status == "ok", p.clarify
        args = call(p, "explain_change")
        assert (args["journey_id"], args["touchpoint_id"]) == ("purchase", "tp_cart")
    # without the answer's top row the question stays ambiguous
    assert plan("为什么?", catalog, first.state).status == "clarify"


def test_with_results_reads_the_first_row_without_facts():
    res = FakeResult(True, {"columns": ["touchpoint_id", "exit_rate"], "rows": [["tp_sms", 0.4]], "facts": {}})
    assert ConversationState().with_results([res]).top_touchpoint_id == "tp_sms"
    assert ConversationState().with_results([FakeResult(True, {"columns": ["day"], "rows": []})]).top_touchpoint_id is None


def test_returned_words_elsewhere_keep_their_meaning(catalog):
    p = plan("上个月退货的用户反馈", catalog)
    assert p.intent == "feedback_search" and call(p, "feedback_search")["touchpoint_ids"] == ["tp_return"]
    p = plan("how many orders were returned last month", catalog)
    assert call(p, "compare_periods")["metric_id"] == "orders"
    p = plan("半夜下的订单更容易退货吗", catalog)
    args = call(p, "metric_breakdown")
    assert args["metric_id"] == "return_rate" and "touchpoint" not in args.get("filters", {})


def test_step_conversion_of_one_step_is_its_value_not_the_funnel(catalog):
    p = plan("What was the payment step conversion last month?", catalog)
    args = call(p, "compare_periods")
    assert (args["metric_id"], args["touchpoint_id"]) == ("step_conversion", "tp_payment")
    assert plan("Show the purchase funnel step conversion last month", catalog).tool_calls[0].name == "funnel"


def test_singular_of_a_plural_name_still_links(catalog):
    p = plan("Show the order trend by month for this year", catalog)
    assert call(p, "metric_trend")["metric_id"] == "orders"


# -- people as speakers, comparisons across a dimension ------------------------------------
@pytest.mark.parametrize("q", ["What do customers say about delivery?", "what are customers saying about delivery",
                               "用户对物流配送怎么看?"])
def test_customers_saying_something_are_speakers_not_a_count(catalog, q):
    p = plan(q, catalog)
    assert p.intent in ("feedback_themes", "feedback_search")
    args = p.tool_calls[0].args
    assert args.get("touchpoint_ids") == ["tp_delivery"]
    assert "metric_id" not in args


@pytest.mark.parametrize("q", ["各渠道的客单价对比", "compare AOV across channels"])
def test_compare_across_a_dimension_is_a_breakdown(catalog, q):
    p = plan(q, catalog)
    assert p.intent == "breakdown"
    assert call(p, "metric_breakdown")["dimension"] == "channel"


def test_compare_two_months_stays_a_period_comparison(catalog):
    p = plan("上个月和这个月的订单数对比", catalog)
    assert p.intent == "compare_periods"


@pytest.mark.parametrize("q,group", [("vip用户的复购率是多少", None), ("30-day repurchase rate by segment", "segment")])
def test_repurchase_questions_use_cohorts_over_a_year(catalog, q, group):
    p = plan(q, catalog)
    args = call(p, "retention_cohorts")
    assert args.get("group_by") == group
    assert (date.fromisoformat(args["end"]) - date.fromisoformat(args["start"])).days == 364


@pytest.mark.parametrize("q", ["How did orders on Nov 11 compare with a normal day?", "11月11日的订单量和平时比怎么样?"])
def test_against_a_normal_day_the_baseline_is_the_four_weeks_before(catalog, q):
    args = call(plan(q, catalog), "compare_periods")
    assert (args["start"], args["end"]) == ("2026-11-11", "2026-11-11")
    assert (args["baseline_start"], args["baseline_end"]) == ("2026-10-14", "2026-11-10")


def test_a_monthly_trend_without_a_period_covers_a_year(catalog):
    args = call(plan("monthly order trend", catalog), "metric_trend")
    assert args["grain"] == "month"
    assert (date.fromisoformat(args["end"]) - date.fromisoformat(args["start"])).days == 364
