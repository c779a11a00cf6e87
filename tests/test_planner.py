"""plan_turn end to end on a hand-made catalogue: intents, tool calls, follow-ups, clarify, unsupported."""
from __future__ import annotations

import pickle
from datetime import date

import pytest

from assistant.planner import ConversationState, plan_turn
from planner_catalog import make_catalog

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def catalog():
    return make_catalog()


def plan(catalog, q, state=None, lang=None):
    return plan_turn(q, catalog=catalog, state=state, as_of=AS_OF, lang=lang)


@pytest.mark.parametrize("q,intent,tool,args", [
    ("哪个触点流失用户最多?", "dropoff", "funnel_dropoff", {"top_n": 5}),
    ("Which step loses the most users?", "dropoff", "funnel_dropoff", {}),
    ("注册流程里流失最严重的前三个环节", "dropoff", "funnel_dropoff", {"journey_id": "register", "top_n": 3}),
    ("客服环节大家主要在抱怨什么", "feedback_themes", "feedback_themes",
     {"touchpoint_ids": ["tp_support"], "sentiment": "negative"}),
    ("What are customers complaining about at customer service?", "feedback_themes", "feedback_themes",
     {"touchpoint_ids": ["tp_support"], "sentiment": "negative", "lang": "en"}),
    ("What does drop-off rate mean?", "explain_metric", "explain_metric", {"metric_id": "drop_off_rate"}),
    ("复购率怎么算", "explain_metric", "explain_metric", {"metric_id": "repurchase_rate"}),
    ("payment环节的流失率", "metric_value", "compare_periods",
     {"metric_id": "drop_off_rate", "touchpoint_id": "tp_payment", "journey_id": "purchase"}),
    ("show me the sign-up funnel for last month", "funnel", "funnel",
     {"journey_id": "register", "start": "2026-10-01", "end": "2026-10-31"}),
    ("购买流程的漏斗，按设备分", "funnel", "funnel", {"journey_id": "purchase", "group_by": "device"}),
    ("订单数按周的趋势", "trend", "metric_trend", {"metric_id": "orders", "grain": "week"}),
    ("revenue trend since Oct 1", "trend", "metric_trend", {"metric_id": "revenue", "start": "2026-10-01"}),
    ("哪个渠道的订单最多", "breakdown", "metric_breakdown", {"dimension": "channel", "order": "desc"}),
    ("CSAT by segment", "breakdown", "metric_breakdown", {"metric_id": "csat", "dimension": "segment"}),
    ("iOS vs Android payment conversion last month", "compare_groups", "compare_groups",
     {"dimension": "device", "group_a": "ios", "group_b": "android", "metric_id": "step_conversion"}),
    ("本月和上月的营收对比", "compare_periods", "compare_periods",
     {"metric_id": "revenue", "start": "2026-11-01", "baseline_start": "2026-10-01", "baseline_end": "2026-10-31"}),
    ("支付之后用户去了哪里", "path", "path_transitions", {"touchpoint_id": "tp_payment", "direction": "next"}),
    ("Where do users come from before checkout?", "path", "path_transitions",
     {"touchpoint_id": "tp_checkout", "direction": "previous"}),
    ("近30天的复购留存", "retention", "retention_cohorts", {"window_days": 30}),
    ("A/B test results for the checkout button", "experiment", "experiment_result",
     {"experiment_id": "checkout_button_test"}),
    ("最近订单数有没有异常", "anomaly", "detect_anomalies", {"metric_id": "orders"}),
    ("各阶段的情绪曲线", "emotion_curve", "emotion_curve", {"by": "stage"}),
    ("emotion curve across touchpoints", "emotion_curve", "emotion_curve", {"by": "touchpoint"}),
    ("找几条关于物流的差评原话", "feedback_search", "feedback_search",
     {"touchpoint_ids": ["tp_delivery"], "sentiment": "negative"}),
    ("What data do you have?", "describe_data", "describe_data", {}),
    ("SELECT count(*) FROM events", "sql", "run_sql", {"sql": "SELECT count(*) FROM events"}),
    ("哪個觸點流失用戶最多？", "dropoff", "funnel_dropoff", {}),
])
def test_single_turn(catalog, q, intent, tool, args):
    p = plan(catalog, q)
    assert (p.intent, p.status) == (intent, "ok")
    assert p.tool_calls[0].name == tool
    for k, v in args.items():
        assert p.tool_calls[0].args.get(k) == v, (k, p.tool_calls[0].args)


def test_why_combines_driver_and_feedback(catalog):
    p = plan(catalog, "Why did payment conversion drop last week?")
    assert [c.name for c in p.tool_calls] == ["explain_change", "feedback_themes", "feedback_search"]
    change, themes, search = (c.args for c in p.tool_calls)
    assert change == {"metric_id": "step_conversion", "start": "2026-11-09", "end": "2026-11-15",
                      "baseline_start": "2026-11-02", "baseline_end": "2026-11-08",
                      "journey_id": "purchase", "touchpoint_id": "tp_payment"}
    assert themes["touchpoint_ids"] == search["touchpoint_ids"] == ["tp_payment"]
    assert themes["start"] == search["start"] == "2026-11-09"
    assert themes["sentiment"] == search["sentiment"] == "negative"
    assert p.period_text == "last week = 2026-11-09 .. 2026-11-15"
    assert p.language == "en"


def test_default_period_is_stated(catalog):
    p = plan(catalog, "哪个触点流失用户最多?")
    assert p.tool_calls[0].args["start"] == "2026-10-24" and p.tool_calls[0].args["end"] == "2026-11-22"
    assert any("最近30天" in a for a in p.assumptions)


def test_answer_language_can_be_forced(catalog):
    p = plan(catalog, "哪个触点流失用户最多?", lang="en")
    assert p.language == "en" and any("30 days" in a for a in p.assumptions)


def test_mixed_language_is_chinese(catalog):
    assert plan(catalog, "payment环节的流失率").language == "zh"


def _conv(catalog, *qs):
    state, plans = None, []
    for q in qs:
        p = plan(catalog, q, state)
        plans.append(p)
        state = p.state
    return plans


def test_follow_up_adds_filter_and_keeps_everything(catalog):
    first, second = _conv(catalog, "Why did payment conversion drop last week?", "and on Android?")
    a = second.tool_calls[0].args
    assert second.intent == "why" and a["filters"] == {"device": ["android"]}
    assert a["start"] == first.tool_calls[0].args["start"] and a["touchpoint_id"] == "tp_payment"


def test_follow_up_chain_zh(catalog):
    ps = _conv(catalog, "上周支付环节的转化率", "安卓呢?", "那上个月呢?", "换成新用户", "按渠道看", "他们在抱怨什么")
    assert ps[1].tool_calls[0].args["filters"] == {"device": ["android"]}
    assert ps[2].tool_calls[0].args["start"] == "2026-10-01"
    assert ps[3].tool_calls[0].args["filters"] == {"device": ["android"], "segment": ["new"]}
    assert ps[4].tool_calls[0].name == "metric_breakdown" and ps[4].tool_calls[0].args["dimension"] == "channel"
    themes = ps[5].tool_calls[0]
    assert themes.name == "feedback_themes" and themes.args["touchpoint_ids"] == ["tp_payment"]
    assert themes.args["sentiment"] == "negative" and themes.args["start"] == "2026-10-01"


def test_replace_segment(catalog):
    ps = _conv(catalog, "新用户上个月的订单数", "换成老用户")
    assert ps[1].tool_calls[0].args["filters"] == {"segment": ["returning"]}


def test_show_me_their_complaints(catalog):
    ps = _conv(catalog, "Why did payment conversion drop last week?", "show me their complaints")
    assert ps[1].intent == "feedback_themes"
    assert ps[1].tool_calls[0].args["touchpoint_ids"] == ["tp_payment"]


def test_breakdown_follow_up(catalog):
    ps = _conv(catalog, "订单数的趋势", "by device")
    assert ps[1].tool_calls[0].name == "metric_breakdown"
    assert ps[1].tool_calls[0].args["metric_id"] == "orders" and ps[1].tool_calls[0].args["dimension"] == "device"


def test_fresh_question_does_not_inherit(catalog):
    ps = _conv(catalog, "上周支付环节的转化率", "哪个触点流失用户最多?")
    assert ps[1].tool_calls[0].name == "funnel_dropoff" and ps[1].tool_calls[0].args["start"] == "2026-10-24"


def test_clarify_journey_then_answer(catalog):
    first, second = _conv(catalog, "转化率是多少", "购买流程")
    assert first.status == "clarify" and first.options == ["注册流程", "购买流程", "售后流程"]
    assert first.clarify and not first.tool_calls
    assert second.status == "ok" and second.tool_calls[0].args["journey_id"] == "purchase"
    assert second.tool_calls[0].args["metric_id"] == "overall_conversion"


def test_clarify_when_funnel_has_no_journey(catalog):
    p = plan(catalog, "show me the funnel")
    assert p.status == "clarify" and len(p.options) == 3


@pytest.mark.parametrize("q", ["预测下个月的营收", "Forecast next month's orders", "delete all feedback from last week",
                               "what's the weather in Shanghai?", "员工工资是多少", "tell me a joke", "帮我写一首诗"])
def test_unsupported(catalog, q):
    p = plan(catalog, q)
    assert p.status == "unsupported" and not p.tool_calls
    assert p.suggestions and p.clarify


def test_unsupported_keeps_conversation(catalog):
    ps = _conv(catalog, "上周支付环节的转化率", "预测下个月", "安卓呢?")
    assert ps[2].tool_calls[0].args["start"] == "2026-11-09"


def test_state_round_trips_and_catalog_pickles(catalog):
    p = plan(catalog, "上周安卓支付环节的转化率")
    again = ConversationState.from_dict(p.state.to_dict())
    assert again.to_dict() == p.state.to_dict()
    clone = pickle.loads(pickle.dumps(catalog))
    assert plan(clone, "哪个触点流失用户最多?").tool_calls == plan(catalog, "哪个触点流失用户最多?").tool_calls


def test_path_ignores_stray_metric_words(catalog):
    p = plan(catalog, "Where do users come from before checkout?")
    assert "filters" not in p.tool_calls[0].args or "touchpoint" not in p.tool_calls[0].args["filters"]


def test_metric_on_touchpoint_becomes_filter(catalog):
    p = plan(catalog, "上周支付环节的差评率")
    assert p.tool_calls[0].args["filters"] == {"touchpoint": ["tp_payment"]}
    assert p.tool_calls[0].args["metric_id"] == "negative_share"


def test_rate_is_the_head_metric(catalog):
    assert plan(catalog, "今年夜间订单的退货率").tool_calls[0].args["metric_id"] == "return_rate"
    assert plan(catalog, "return rate of night orders this year").tool_calls[0].args["metric_id"] == "return_rate"


def test_step_word_next_to_touchpoint_is_not_a_breakdown(catalog):
    p = plan(catalog, "客服环节哪个客群的满意度最低")
    assert p.tool_calls[0].args["dimension"] == "segment" and p.tool_calls[0].args["order"] == "asc"


@pytest.mark.parametrize("q,tool,args", [
    ("为什么双十一之后订单下降了", "explain_change", {"start": "2026-11-12", "end": "2026-11-22", "metric_id": "orders"}),
    ("Q3各月的收入", "metric_trend", {"grain": "month", "start": "2026-07-01", "end": "2026-09-30"}),
    ("最近一周有多少反馈", "compare_periods", {"metric_id": "feedback_volume", "start": "2026-11-16"}),
    ("how many comments did we get last month", "compare_periods", {"metric_id": "feedback_volume"}),
    ("退货环节有什么问题", "feedback_themes", {"touchpoint_ids": ["tp_return"], "sentiment": "negative"}),
    ("Which stage has the worst sentiment?", "emotion_curve", {"by": "stage"}),
    ("show me 5 negative comments about delivery", "feedback_search", {"k": 5, "touchpoint_ids": ["tp_delivery"]}),
    ("only on the app", None, {}),
])
def test_general_readings(catalog, q, tool, args):
    p = plan(catalog, q)
    if tool is None:
        # a follow-up with nothing to follow is not guessed: refused or asked back (a short question understood
        # nowhere is asked back with where to start), never answered
        assert p.status in ("unsupported", "clarify") and not p.tool_calls, p
        return
    assert p.tool_calls[0].name == tool, p
    for k, v in args.items():
        assert p.tool_calls[0].args.get(k) == v, (k, p.tool_calls[0].args)


@pytest.mark.parametrize("q,tool,args", [
    ("支付失败率最高的是哪天", "metric_breakdown", {"dimension": "day", "order": "desc"}),
    ("which month had the most orders this year", "metric_breakdown", {"dimension": "month", "start": "2026-01-01"}),
    ("客服的满意度和上个月比怎么样", "compare_periods",
     {"start": "2026-11-01", "end": "2026-11-22", "baseline_start": "2026-10-01", "baseline_end": "2026-10-31"}),
    ("Show weekly conversion for the purchase journey", "metric_trend",
     {"metric_id": "overall_conversion", "grain": "week", "journey_id": "purchase"}),
])
def test_time_rankings_and_comparisons(catalog, q, tool, args):
    p = plan(catalog, q)
    assert p.tool_calls[0].name == tool, p
    for k, v in args.items():
        assert p.tool_calls[0].args.get(k) == v, (k, p.tool_calls[0].args)


@pytest.mark.parametrize("q,query", [
    ("找几条上周关于物流的差评原话", "物流差评"),
    ("Show me some comments about delivery from last week", "delivery"),
])
def test_search_query_keeps_content_words(catalog, q, query):
    p = plan(catalog, q)
    assert p.tool_calls[0].name == "feedback_search" and p.tool_calls[0].args["query"] == query


@pytest.mark.parametrize("q,query", [
    # (找 inside what the comments say is their word, not the request's verb "找几条")
    # (the alternatives listed kept apart, " / ": knowledge.feedback.topic.ALTERNATIVES)
    ("说快递找不到、难找的反馈一共有多少条？", "快递找不到 / 难找"),
    # (comments counted in 条 with the comment word said before; "有日期的" says which comments, not a topic)
    ("（有日期的反馈）说快递太慢的有多少条？", "快递太慢"),
])
def test_feedback_count_topic_words(catalog, q, query):
    p = plan(catalog, q)
    assert p.intent == "feedback_count", p.intent
    assert p.tool_calls[0].args["query"] == query, p.tool_calls[0].args


@pytest.mark.parametrize("q", [
    "Which channel has the slowest payment, by median days?",  # how the measure is summarised, no grouping
    "How much did we earn per customer who paid in 2025?",  # a clause after "per customer"
    "2025年12月每周的订单量趋势（按自然周）",  # calendar weeks
    "我们客户库里新客户占多大比例？",  # the customer base itself
    "2025年哪个渠道的订单最多？按实际付款的订单算",  # what is counted as it happened
])
def test_ordinary_words_after_by_name_nothing_missing(catalog, q):
    p = plan(catalog, q)
    assert p.status == "ok", (p.status, p.answer if hasattr(p, "answer") else None)


def test_a_time_asked_between_two_steps_is_no_path():
    # (a blind hearing-aid batch: "how many days did it take from lead to completed hearing test" read as a path once
    # its other cues were gone)
    from assistant.planner.intent import detect_intent
    from assistant.planner.types import Mention
    text = "on average how many days did it take from lead to completed hearing test?"
    mentions = [Mention("touchpoint", "tp_lead", None, 40, 44, "lead", 1.0),
                Mention("touchpoint", "tp_test", None, 58, 70, "hearing test", 1.0)]
    got = detect_intent(text, {"path"}, mentions, n_periods=0, grain=None, ranking=False, which=False, metric_id=None)
    assert got != "path"
