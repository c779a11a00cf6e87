"""How people say the smallest group a ranking should count (causes seen in blind batches: a counselling service's
"ignore channels with fewer than 150 self-tests", a dental chain's "skip sources with under 100 inquiries", a charity's
"只看注册人数不少于100的年龄段", a wine club's "只比较签收箱数不少于200的快递", a call centre's "来电不少于200通"): the
number is the minimum group size of the ranking, never a threshold on some column, and its words slice nothing.
"""
from __future__ import annotations

from datetime import date

import pytest

from assistant.planner import plan_turn
from planner_catalog import make_catalog


@pytest.mark.parametrize("q,n", [
    ("In 2025 which acquisition channel brought the most orders? ignore channels with fewer than 150 customers", 150),
    ("Which device had the most orders last month? skip devices with under 40 orders", 40),
    ("Which city has the lowest CSAT? Exclude cities with fewer than 25 ratings.", 25),
    ("哪个城市的订单最多？只看下单人数不少于100的城市", 100),
    ("哪个渠道的评分最低？只比较评价条数不少于30的渠道", 30),
    ("哪个城市的投诉最多？只看反馈不少于200通的城市", 200),
])
def test_a_minimum_group_said_many_ways(q, n) -> None:  # noqa: ANN001
    plan = plan_turn(q, catalog=make_catalog(), as_of=date(2026, 11, 15))
    assert plan.tool_calls, (plan.status, plan.text if hasattr(plan, "text") else plan)
    args = plan.tool_calls[0].args
    assert args.get("min_group") == n, args
    assert not any(str(n) in str(v) for v in (args.get("filters") or {}).values()), args
