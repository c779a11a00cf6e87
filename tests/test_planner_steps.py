"""Unit tests of the planner's small steps: text, language, time expressions, linking, superlatives."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.planner import intent, text, timeparse
from assistant.planner.linker import link, osa_distance
from planner_catalog import make_catalog

AS_OF = date(2026, 11, 22)  # a Sunday


@pytest.fixture(scope="module")
def catalog():
    return make_catalog()


def test_normalise_full_width_case_and_traditional():
    assert text.normalise("哪個觸點流失最多？ＡＰＰ") == "哪个触点流失最多?app"
    assert text.normalise("  Payment\tConversion  ") == "payment conversion"


@pytest.mark.parametrize("q,lang", [
    ("哪个触点流失用户最多?", "zh"), ("Why did payment conversion drop?", "en"),
    ("payment环节的流失率", "zh"), ("安卓呢?", "zh"), ("What is the drop-off at 支付?", "en"),
    ("and on Android?", "en")])
def test_detect_language(q, lang):
    assert text.detect_language(text.normalise(q)) == lang


def test_tokenise_keeps_catalogue_words(catalog):
    toks = text.tokenise(text.normalise("短信验证码环节的流失率"), catalog.user_words)
    assert "短信验证码" in toks


@pytest.mark.parametrize("q,start,end", [
    ("上周", "2026-11-09", "2026-11-15"), ("本周", "2026-11-16", "2026-11-22"),
    ("上个月", "2026-10-01", "2026-10-31"), ("近30天", "2026-10-24", "2026-11-22"),
    ("最近7天", "2026-11-16", "2026-11-22"), ("过去两周", "2026-11-09", "2026-11-22"),
    ("十月", "2026-10-01", "2026-10-31"), ("10月份", "2026-10-01", "2026-10-31"),
    ("12月", "2025-12-01", "2025-12-31"), ("今年", "2026-01-01", "2026-11-22"),
    ("去年", "2025-01-01", "2025-12-31"), ("Q3", "2026-07-01", "2026-09-30"),
    ("三季度", "2026-07-01", "2026-09-30"), ("昨天", "2026-11-21", "2026-11-21"),
    ("前天", "2026-11-20", "2026-11-20"), ("双十一", "2026-11-11", "2026-11-11"),
    ("last week", "2026-11-09", "2026-11-15"), ("this month", "2026-11-01", "2026-11-22"),
    ("last 30 days", "2026-10-24", "2026-11-22"), ("past two weeks", "2026-11-09", "2026-11-22"),
    ("in October", "2026-10-01", "2026-10-31"), ("since 1 Oct", "2026-10-01", "2026-11-22"),
    ("since Oct 1st", "2026-10-01", "2026-11-22"), ("yesterday", "2026-11-21", "2026-11-21"),
    ("between 2026-10-01 and 2026-10-15", "2026-10-01", "2026-10-15"),
    ("从10月1日到10月15日", "2026-10-01", "2026-10-15"), ("自10月1日以来", "2026-10-01", "2026-11-22"),
    ("2026-10-03", "2026-10-03", "2026-10-03"), ("2026年9月", "2026-09-01", "2026-09-30"),
    ("近半年", "2026-05-23", "2026-11-22"), ("the past week", "2026-11-16", "2026-11-22"),
])
def test_time_expressions(q, start, end):
    spans = timeparse.find_times(text.normalise(q), AS_OF).spans
    assert len(spans) == 1
    assert (spans[0].period.start.isoformat(), spans[0].period.end.isoformat()) == (start, end)


@pytest.mark.parametrize("q", ["may I see the funnel", "支付转化率", "top 3 steps", "3个最差的触点"])
def test_no_false_time(q):
    assert timeparse.find_times(text.normalise(q), AS_OF).spans == ()


def test_two_periods_and_grain():
    tr = timeparse.find_times(text.normalise("本月和上月的订单按天对比"), AS_OF)
    assert [s.surface for s in tr.spans] == ["本月", "上月"]
    assert intent.grain(text.normalise("本月和上月的订单按天对比"), []) == "day"


def test_grain_cue_must_not_cut_a_name():
    t = text.normalise("return rate by day part")
    assert intent.grain(t, [(t.index("day part"), len(t))]) is None


@pytest.mark.parametrize("s,n", [("30", 30), ("三十", 30), ("十五", 15), ("两", 2), ("十", 10), ("two", 2), ("x", None)])
def test_cn_int(s, n):
    assert timeparse.cn_int(s) == n


def _links(catalog, q):
    return {(m.kind, m.id, m.dim) for m in link(text.normalise(q), catalog, [])}


@pytest.mark.parametrize("q,expected", [
    ("验证码收不到", ("touchpoint", "tp_sms", None)),
    ("安卓用户", ("value", "android", "device")),
    ("新用户的转化", ("value", "new", "segment")),
    ("payment环节", ("touchpoint", "tp_payment", None)),
    ("payemnt conversion", ("touchpoint", "tp_payment", None)),     # transposed letters
    ("验正码环节", ("touchpoint", "tp_sms", None)),                   # one wrong character
    ("customer service complaints", ("touchpoint", "tp_support", None)),
    ("按渠道看", ("dimension", "channel", None)),
    ("the sign-up journey", ("journey", "register", None)),
    ("流失用户最多", ("metric", "users_lost", None)),
])
def test_linking(catalog, q, expected):
    assert expected in _links(catalog, q)


def test_linking_ambiguous_span_keeps_both(catalog):
    ms = link(text.normalise("转化率"), catalog, [])
    assert {m.id for m in ms} == {"step_conversion", "overall_conversion"}


def test_short_zh_word_needs_its_last_character(catalog):
    assert ("dimension", "segment", None) not in _links(catalog, "支付之后用户去了哪里")


def test_osa_distance():
    assert osa_distance("payemnt", "payment") == 1
    assert osa_distance("checkuot", "checkout") == 1
    assert osa_distance("cart", "card") == 1
    assert osa_distance("abc", "xyz") == 3


@pytest.mark.parametrize("q,top_n,order", [
    ("哪个触点流失用户最多", None, "desc"), ("转化率最低的前三个环节", 3, "asc"), ("top 3 steps", 3, "desc"),
    ("which step has the least conversion", None, "asc"), ("5 worst touchpoints", 5, "asc"),
    ("前5名", 5, "desc"), ("支付转化率", None, None)])
def test_superlative(q, top_n, order):
    assert intent.superlative(text.normalise(q)) == (top_n, order)


@pytest.mark.parametrize("q,kind", [("预测下个月的营收", "forecast"), ("delete all events", "write"),
                                    ("what's the weather", "outside"), ("员工工资是多少", "outside"),
                                    ("支付转化率", None)])
def test_unsupported_kind(q, kind):
    assert intent.unsupported_kind(text.normalise(q)) == kind
