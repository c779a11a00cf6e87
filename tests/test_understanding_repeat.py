"""Repeat buyers, said by their definition (session 14's general causes):

- "what share of buyers placed two or more paid orders", "买过两次及以上的客户有多少": customers with two or more paid
  orders in the period (repeat_buyer_rate / repeat_buyers, compiled per customer), not the 30-day cohort
  repurchase rate; the purchase stage named on an orders measure is the order itself, never a slice;
- "季度内有2笔及以上", "within the quarter": the grain word bounds the count and asks for no series;
- "which restaurant type repurchases most within 30 days": the cohort analysis ranks the groups, one row each.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest

from datafolders import ask, service_on
from test_understanding_shares import _supplier


@pytest.fixture(scope="module")
def supplier(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("repeat"), _supplier) as out:
        yield out


def _paid_2025(facts) -> Counter:  # noqa: ANN001
    return Counter(o["customer_id"] for o in facts["orders"]
                   if o["status"] == "paid" and datetime(2025, 1, 1) <= o["ts"] < datetime(2026, 1, 1))


@pytest.mark.parametrize("q", ["In 2025, what share of buyers placed two or more paid orders?",
                               "2025年的复购率是多少？（买了两次及以上的客户占所有购买客户的比例）"])
def test_the_share_of_buyers_with_two_or_more_orders(supplier, q) -> None:  # noqa: ANN001
    service, facts = supplier
    per = _paid_2025(facts)
    want = sum(1 for n in per.values() if n >= 2) / len(per)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "repeat_buyer_rate"
    assert "stage" not in (a.tool_calls[0].args.get("filters") or {})
    assert abs(a.tables[0].rows[0][3] - want) < 1e-9


@pytest.mark.parametrize("q", ["How many customers bought more than once in 2025?", "2025年下过两单及以上的客户有多少？"])
def test_the_number_of_repeat_buyers(supplier, q) -> None:  # noqa: ANN001
    service, facts = supplier
    want = sum(1 for n in _paid_2025(facts).values() if n >= 2)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "repeat_buyers"
    assert a.tables[0].rows[0][3] == want


def test_a_grain_word_that_bounds_a_count_asks_for_no_series(supplier) -> None:  # noqa: ANN001
    service, _ = supplier
    a = ask(service, "2025年一季度，季度内有2笔及以上已支付订单的客户占季度内有已支付订单的客户的比例是多少？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "metric_trend" and a.tool_calls[0].args["metric_id"] == "repeat_buyer_rate"
    assert (a.tool_calls[0].args["start"], a.tool_calls[0].args["end"]) == ("2025-01-01", "2025-03-31")


def test_which_group_repurchases_most_ranks_the_groups(supplier) -> None:  # noqa: ANN001
    service, facts = supplier
    a = ask(service, "Which restaurant type has the highest 30-day repurchase rate?")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "retention_cohorts" and call.args["order"] == "desc"
    rows = a.tables[0].rows
    assert [r[0] for r in rows] and len({r[0] for r in rows}) == len(rows)  # one row per group
    # each customer's first and second paid order (by time), over every order ever
    paid = sorted((o["ts"], o["order_id"], o["customer_id"]) for o in facts["orders"] if o["status"] == "paid")
    firsts, seconds = {}, {}
    for ts, _, cid in paid:
        if cid not in firsts:
            firsts[cid] = ts
        elif cid not in seconds:
            seconds[cid] = ts
    start, end = (datetime.fromisoformat(call.args["start"]), datetime.fromisoformat(call.args["end"]) + timedelta(days=1))
    kinds = {f"C{i:03d}": ("hotpot", "fast_food")[i % 2] for i in range(300)}
    by: dict[str, list[int]] = {}
    for cid, t1 in firsts.items():
        if start <= t1 < end:
            acc = by.setdefault(kinds[cid], [0, 0])
            acc[0] += 1
            acc[1] += cid in seconds and seconds[cid] <= t1 + timedelta(days=30)
    rates = {k: v[1] / v[0] for k, v in by.items()}
    assert rows[0][0] == max(rates, key=rates.get)
    assert {r[0]: r[3] for r in rows} == pytest.approx(rates)
    assert rows[0][0] in a.answer or ("火锅" if rows[0][0] == "hotpot" else "快餐") in a.answer


def test_a_per_customer_condition_never_rolls_up_across_dropped_groups(supplier) -> None:  # noqa: ANN001
    from knowledge.errors import ConfigError
    from knowledge.results import Period
    from knowledge.semantic.compile import compile_metric
    from knowledge.semantic.layer import load_semantic_layer
    with pytest.raises(ConfigError):
        compile_metric(load_semantic_layer(), "repeat_buyer_rate", period=Period(datetime(2025, 1, 1).date(), datetime(2025, 12, 31).date()),
                       group_by=("channel",), grouping_sets=[["channel"], []])


@pytest.mark.parametrize("q,metric", [("2025年到店两次及以上的客户占多少？", "repeat_event_rate"),
                                      ("How many customers had a store visit more than once in 2025?", "repeat_event_customers")])
def test_a_step_reached_twice_is_counted_on_its_events(supplier, q, metric) -> None:  # noqa: ANN001
    service, facts = supplier
    visits = Counter(e[1] for e in facts["events"] if e[3] == "tp_visit" and e[2] < "2026-01-01")
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args["metric_id"] == metric and call.args["filters"]["touchpoint"] == ["tp_visit"], call.args
    twice = sum(1 for n in visits.values() if n >= 2)
    want = twice / len(visits) if metric == "repeat_event_rate" else twice
    assert abs(a.tables[0].rows[0][3] - want) < 1e-9
