"""The journey map: cards, steps, feedback, opportunities, missing tables, the tool and the planner hook."""
from __future__ import annotations

from datetime import date

import pytest

import tinyjourney
from tinymap import FEEDBACK, build as _build  # noqa: F401 - FEEDBACK documents the numbers below
from knowledge.analyses import journey_map as jm
from knowledge.analyses.funnel import funnel
from knowledge.gateway import Gateway
from knowledge.results import Period
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from planner_catalog import make_catalog
from tools.base import ToolContext

OCT = Period(date(2026, 10, 1), date(2026, 10, 31))
@pytest.fixture(scope="module")
def layer():
    return load_semantic_layer()


@pytest.fixture(scope="module")
def gw(tmp_path_factory):
    g = _build(tmp_path_factory.mktemp("map"))
    yield g
    g.close()


def test_cards_in_stage_order_with_reach_steps_and_feedback(gw, layer):
    m = jm.journey_map(gw, layer, OCT)
    assert [c.touchpoint_id for c in m.cards] == ["home", "product", "cart", "pay", "help"]
    assert m.stages == ["awareness", "consideration", "purchase", "service"]
    assert m.absent == []
    reach = {c.touchpoint_id: c.reach for c in m.cards}
    # distinct customers with any event there in October (c5's September home visit does not count twice)
    assert reach == {"home": 5, "product": 6, "cart": 4, "pay": 3, "help": 4}
    f = funnel(gw, layer, "buy", OCT)
    users = {r[1]: r[3] for r in f.rows}
    cart = m.card("cart")
    (step,) = [s for s in cart.steps if s.journey_id == "buy"]
    assert step.users == users["cart"]
    assert step.conversion_in == pytest.approx(users["cart"] / users["product"])
    assert step.users_lost == users["cart"] - users["pay"]
    assert step.drop_off_rate == pytest.approx((users["cart"] - users["pay"]) / users["cart"])
    home = m.card("home")
    assert {s.journey_id for s in home.steps} == {"buy", "help"}  # step 1 of buy, last step of help
    pay = m.card("pay")
    assert pay.comments == 4 and pay.avg_sentiment == pytest.approx((-0.8 - 0.6 - 0.4 + 0.7) / 4)
    assert pay.avg_rating == pytest.approx(2.5) and pay.negative_share == pytest.approx(0.75)
    # the theme with most negative comments, quoted by its most negative comment (not the September one)
    assert (pay.theme, pay.theme_comments, pay.quote.feedback_id) == ("payment fails", 2, "f1")
    assert m.card("cart").theme is None and m.card("cart").quote is None
    assert [p.stage for p in m.emotion] == m.stages
    purchase = next(p for p in m.emotion if p.stage == "purchase")
    assert purchase.comments == 5 and purchase.avg_sentiment == pytest.approx((-0.8 - 0.6 - 0.4 + 0.7 + 0.0) / 5)


def test_one_journey_and_a_segment_slice(gw, layer):
    m = jm.journey_map(gw, layer, OCT, journey_id="buy", filters={"segment": ["vip"]})
    assert [c.touchpoint_id for c in m.cards] == ["home", "product", "cart", "pay"]
    assert m.card("home").reach == 2  # c3, c4, c6 are vip; c6 never visits home
    f = funnel(gw, layer, "buy", OCT, {"segment": ["vip"]})
    assert m.card("product").steps[0].users == f.rows[1][3]
    # vip comments only: c3 on pay, c4 on cart, c6 on help (help is not on the buy journey's map)
    assert m.card("pay").comments == 1 and m.card("cart").comments == 1


def test_opportunity_is_extra_completers_at_the_best_segments_drop_off(gw, layer, monkeypatch):
    monkeypatch.setattr(jm, "MIN_BENCHMARK_USERS", 1)
    m = jm.journey_map(gw, layer, OCT, journey_id="buy")
    overall = {r[0]: r[3] for r in funnel(gw, layer, "buy", OCT).rows}
    by_seg: dict[str, dict[int, int]] = {}
    for r in funnel(gw, layer, "buy", OCT, group_by="segment").rows:
        by_seg.setdefault(r[0], {})[r[1]] = r[4]
    assert m.opportunities, "some step must have a segment doing better than average"
    for o in m.opportunities:
        n, n_next, last = overall[o.step], overall[o.step + 1], overall[4]
        d = 1 - n_next / n
        seg_d = {g: 1 - s.get(o.step + 1, 0) / s[o.step] for g, s in by_seg.items() if s.get(o.step)}
        if o.benchmark_by == "segment":
            assert o.benchmark_drop_off_rate == pytest.approx(min(seg_d.values()), abs=1e-4)
        assert o.drop_off_rate == pytest.approx(d, abs=1e-4)
        # benchmark rates are rounded to 4 places in the result, so allow one customer of rounding
        assert abs(o.extra_completers - n * (d - o.benchmark_drop_off_rate) * last / n_next) <= 1
    extras = [o.extra_completers for o in m.opportunities]
    assert extras == sorted(extras, reverse=True)


def test_events_only_workspace_says_feedback_is_absent(tmp_path, layer):
    g = _build(tmp_path, feedback=False)
    m = jm.journey_map(g, layer, OCT)
    assert m.absent == ["feedback"] and m.emotion == []
    assert m.card("home").reach == 5 and m.card("pay").avg_sentiment is None and m.card("pay").comments == 0
    g.close()


def test_feedback_only_workspace_has_sentiment_but_no_reach(tmp_path, layer):
    g = _build(tmp_path, events=False)
    m = jm.journey_map(g, layer, OCT)
    assert m.absent == ["events"] and m.opportunities == []
    pay = m.card("pay")
    assert pay.reach is None and pay.steps == [] and pay.comments == 4 and pay.theme == "payment fails"
    g.close()


def test_device_filter_reaches_feedback_through_the_customers_events(gw, layer):
    m = jm.journey_map(gw, layer, OCT, filters={"device": ["android"]})
    # android customers are c2 and c6: f2 on pay, f6 on help
    assert m.card("pay").comments == 1 and m.card("help").comments == 1
    assert "feedback_by_customers_events" in m.notes


def test_tool_answers_with_one_row_per_touchpoint_first(gw, layer, tmp_path):
    from tools.journey_map import JourneyMapArgs, NAME, run
    ctx = ToolContext(workspace=Workspace(tmp_path), gateway=gw, layer=layer, as_of=date(2026, 10, 31))
    out = run(ctx, JourneyMapArgs(start="2026-10-01", end="2026-10-31"))
    assert "map" in NAME and out.ok
    cols = out.data["columns"]
    assert {"touchpoint_id", "stage", "customers_reached", "avg_sentiment"} <= set(cols)
    ids = [r[cols.index("touchpoint_id")] for r in out.data["rows"]]
    assert len(ids) == len(set(ids)) == 5
    assert out.data["extra_tables"][0]["key"] == "opportunities"
    assert {c["feedback_id"] for c in out.data["citations"]} == {"f1", "f6"}
    assert "map" in out.data and out.data["map"]["cards"][0]["touchpoint_id"] == "home"


@pytest.mark.parametrize("q", ["给我看看用户旅程地图", "旅程地图", "各阶段体验怎么样", "show me the journey map",
                               "把询价到付定金这条客户旅程的地图给我看看，每一步多少人、客户情绪怎么样",
                               "customer journey map for last week", "Give me a journey overview"])
def test_planner_sends_map_questions_to_the_map(q):
    from assistant.planner import plan_turn
    plan = plan_turn(q, catalog=make_catalog(), as_of=date(2026, 11, 15))
    assert [c.name for c in plan.tool_calls] == ["journey_map"]


@pytest.mark.parametrize("q", ["用户旅程中哪一步流失最多", "how are we doing", "支付的情绪曲线", "注册流程的漏斗",
                               # a measure ranked inside the journey: the journey is where, not what is asked
                               "用户旅程里哪个环节的平均评分最低？", "Which touchpoint of the customer journey has the lowest CSAT?"])
def test_planner_keeps_other_questions_off_the_map(q):
    from assistant.planner import plan_turn
    plan = plan_turn(q, catalog=make_catalog(), as_of=date(2026, 11, 15))
    assert "journey_map" not in [c.name for c in plan.tool_calls]
