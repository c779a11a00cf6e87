"""Exact complaint counts (semantic + keyword, never a cap), aspect clauses and theme trends."""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest

from feedback_fixtures import THEME_GROUPS, build_workspace, feedback_rows
from knowledge.feedback.aspects import aspect_score, split_clauses
from knowledge.feedback.count import count_feedback
from knowledge.feedback.embedder import make_embedder
from knowledge.feedback.index import FeedbackIndex, sync_feedback_index
from knowledge.feedback.trends import theme_trends, trends_result, two_proportion_p
from knowledge.gateway import Gateway
from knowledge.results import Period
from knowledge.semantic.layer import load_semantic_layer

REFUNDS = [
    "退款申请两周了还没到账", "退货后一直没有退款", "退款进度一直显示处理中，太慢了", "说好三天退款，十天了钱还没退",
    "取消订单后退款迟迟不到，很生气", "退款被拒绝了，客服也不解释", "申请退款没人处理", "退款到现在都没收到，差评",
    "Requested a refund two weeks ago and still no money", "The refund never came after I returned the item",
    "Refund stuck on processing forever, terrible", "Still waiting for my refund, awful service",
]
PRAISE = [("praise_1", "秒退款🎉"), ("praise_2", "Refund came through in minutes, thank you so much!")]
MIXED = ("mixed_1", "退款很快，但是菜不新鲜，很失望")


def _rows() -> list[tuple]:
    base = datetime(2026, 10, 10, 12)
    extra = [(f"refund_{i}", t, base + timedelta(hours=i), f"r{i}", "tp_support", "ticket", 1.0, None)
             for i, t in enumerate(REFUNDS)]
    extra += [(fid, t, base, "p9", "tp_support", "app_review", 5.0, None) for fid, t in PRAISE]
    extra.append((MIXED[0], MIXED[1], base, "m1", "tp_delivery", "app_review", None, None))
    return feedback_rows(extra)


@pytest.fixture(scope="module")
def embedder():
    return make_embedder()


@pytest.fixture(scope="module")
def ws(tmp_path_factory, embedder):
    ws = build_workspace(tmp_path_factory.mktemp("countws"), _rows())
    sync_feedback_index(ws, progress=False, embedder=embedder)
    return ws


@pytest.fixture(scope="module")
def gw(ws):
    g = Gateway(ws.db_path)
    yield g
    g.close()


def test_count_is_every_matching_complaint_not_a_cap(ws, gw, embedder) -> None:
    index = FeedbackIndex(ws, embedder)
    res = count_feedback(gw, "退款", index=index)
    facts = res.facts
    ids = {r[0] for r in res.rows}
    # every refund complaint is counted (more than any search's top-10), praise never is
    assert facts["count"] >= len(REFUNDS) > 10
    assert facts["count"] == sum(facts["by_method"].values()) == res.sample_size["matches"]
    assert not ids & {"praise_1", "praise_2"}
    assert facts["by_language"].get("en", 0) >= 3      # English refund complaints found from a Chinese topic
    assert facts["semantic_min"] > 0 and "topic word" in facts["method"]
    assert len(res.rows) <= 5 and all(r[5] in ("semantic", "keyword", "semantic_and_keyword") for r in res.rows)
    # complaints are the comments that do not read as praise: negative ones and plain statements of a problem
    kept = gw.scalar("SELECT count(*) FROM feedback WHERE sentiment IN ('negative', 'neutral')")
    assert res.sample_size["comments_in_slice"] == kept


# a problem stated plainly, with no word of feeling: the tone model reads these as neutral
PLAIN = [f"The crew was slow to reach site again - T{n:02d} sat idle for {h} hours" for n, h in
         ((8, 17), (31, 35), (10, 30), (4, 15), (19, 22), (12, 26))]


def test_a_problem_stated_plainly_is_a_complaint(tmp_path, embedder) -> None:
    base = datetime(2026, 10, 12, 9)
    extra = [(f"plain_{i}", t, base + timedelta(hours=i), f"c{i}", "tp_support", "ticket", None, None)
             for i, t in enumerate(PLAIN)]
    extra += [("fast_1", "The crew reached site fast, great job, thank you!", base, "c9", "tp_support", "ticket", 5.0,
               None)]
    ws = build_workspace(tmp_path, feedback_rows(extra))
    sync_feedback_index(ws, progress=False, embedder=embedder)
    g = Gateway(ws.db_path)
    try:
        tones = [r[0] for r in g.query("SELECT sentiment FROM feedback WHERE feedback_id LIKE 'plain_%'").rows]
        assert "neutral" in tones          # the case this guards: the tone model hears no complaint in them
        res = count_feedback(g, "crew slow to reach site", index=FeedbackIndex(ws, embedder))
    finally:
        g.close()
    ids = {r[0] for r in res.rows}
    assert res.facts["count"] >= sum(1 for x in tones if x != "positive") >= 3, (res.facts, tones)
    assert "fast_1" not in ids


def test_praise_about_the_topic_inside_a_complaint_is_left_out(ws, gw, embedder) -> None:
    index = FeedbackIndex(ws, embedder)
    assert gw.scalar("SELECT sentiment FROM feedback WHERE feedback_id = 'mixed_1'") == "negative"
    res = count_feedback(gw, "退款", index=index)
    assert res.facts["praise_left_out"] >= 1
    assert "mixed_1" not in {r[0] for r in res.rows}
    # counting any sentiment includes the praise comments
    every = count_feedback(gw, "退款", index=index, sentiment=None)
    assert every.facts["count"] > res.facts["count"]


def test_clauses_split_at_contrast_markers() -> None:
    assert split_clauses("快递很快但是菜不新鲜") == ["快递很快", "菜不新鲜"]
    assert split_clauses("Fast delivery, but the food was cold") == ["Fast delivery", "the food was cold"]
    assert split_clauses("") == [""]

    class Stub:
        def lexicon_score(self, text: str) -> float:
            return {"快递很快": 0.6, "菜不新鲜": -0.8}.get(text, 0.0)

    assert aspect_score(Stub(), "快递很快但是菜不新鲜", ["快递"]) == pytest.approx(0.6)
    assert aspect_score(Stub(), "快递很快但是菜不新鲜", ["菜"]) == pytest.approx(-0.8)
    assert aspect_score(Stub(), "快递很快但是菜不新鲜", ["退款"]) is None


def test_two_proportion_p_hand_computed() -> None:
    # 30/100 vs 10/100: pooled p = 0.2, se = sqrt(0.2*0.8*0.02) = 0.05657, z = 3.5355
    assert two_proportion_p(30, 100, 10, 100) == pytest.approx(math.erfc(3.5355339 / math.sqrt(2)), rel=1e-5)
    assert two_proportion_p(10, 100, 10, 100) == pytest.approx(1.0)
    assert two_proportion_p(3, 0, 1, 10) is None


def test_theme_trends_find_the_growing_and_shrinking_theme(tmp_path, embedder) -> None:
    rows = []
    prev_start, cur_start = datetime(2026, 10, 1, 9), datetime(2026, 10, 11, 9)
    plan = {"delivery_late": (18, 4), "sms_code": (4, 18), "payment_fail": (8, 8)}
    n = 0
    for group, (before, now) in plan.items():
        texts = THEME_GROUPS[group]
        for k in range(before + now):
            n += 1
            ts = (prev_start if k < before else cur_start) + timedelta(hours=k % 9)
            rows.append((f"{group}_{k}", texts[k % len(texts)], ts, f"c{n}", "tp_support", "ticket", 1.0, None))
    ws = build_workspace(tmp_path / "trend", rows)
    sync_feedback_index(ws, progress=False, embedder=embedder)
    gw = Gateway(ws.db_path)
    try:
        tr = theme_trends(gw, load_semantic_layer(), period=Period(date(2026, 10, 11), date(2026, 10, 20)),
                          sentiment=None, index=FeedbackIndex(ws, embedder))
    finally:
        gw.close()
    assert tr.current_total == 30 and tr.previous_total == 30
    assert sum(t.current for t in tr.trends) == 30 and sum(t.previous for t in tr.trends) == 30
    growing = [t for t in tr.trends if t.direction == "growing"]
    shrinking = [t for t in tr.trends if t.direction == "shrinking"]
    assert growing and shrinking and all(t.p_value < 0.05 for t in growing + shrinking)
    assert any("code" in t.name_en or "验证码" in t.name_zh for t in growing)
    assert any("deliver" in t.name_en or "配送" in t.name_zh or "送" in t.name_zh for t in shrinking)
    res = trends_result(tr, "zh")
    assert res.columns[0] == "theme_id" and res.sample_size == {"comments": 30, "previous_comments": 30}


def test_count_tool_topic_and_planner_hook() -> None:
    from assistant.planner.intent import _asks_feedback_count
    from tools.feedback_count import topic_of
    assert topic_of("退款相关投诉有多少条？") == "退款"
    assert topic_of("How many complaints about refunds?") == "refunds"
    assert _asks_feedback_count("退款相关投诉有多少条？") and _asks_feedback_count("how many complaints mention delays")
    assert not _asks_feedback_count("用户主要在抱怨什么")
