"""A why-question about what customers say, with no measure named (cause seen in blind catering and farm-supply
batches: "学校客户的评价为什么变差了", "为什么黑龙江的农户对送货意见这么大？他们都怎么说的？" were asked back "which
metric?"): ratings said to have got worse are the average rating (CSAT); complaints said to be many are the volume of
negative comments; both answered with what customers said.

Session 51's blind batches (campervan, exam board, tattoo removal) asked the same with no feedback word: "为什么成都工坊今年
上半年交车这么慢？", "Why did certificates take so long to go out?", "Why are the Wuhan clients so annoyed …? show me what
they actually wrote": asked back "which metric?". A why with no measure of ours is answered from the comments of the
slice in that period (the volume with its drivers, the themes and quotes), annoyed customers are complaints, and the
quotes come from the slice asked about, as the themes do.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

GOOD = ("Staff were friendly and quick", "服务很好，送货很快")
BAD = ("Delivery was late again and nobody called", "送货太慢了，耽误了播种")


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(9)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_order", "Order placed", "下单", "Order placed", "purchase"),
               ("tp_deliver", "Delivered", "送达", "Delivered", "service")])
    customers, events, feedback = [], [], []
    for i in range(300):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00", "north" if i % 3 else "south"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360))
        events += [(f"{cid}-o", cid, at.isoformat(sep=" "), "tp_order", "log"),
                   (f"{cid}-d", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_deliver", "log")]
        late = at.month >= 7 and rnd.random() < 0.6
        text = BAD[i % 2] if late else GOOD[i % 2]
        feedback.append((f"F{i:04d}", cid, (at + timedelta(days=4)).isoformat(sep=" "), "tp_deliver", text,
                         1 if late else 5))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    return {"region": {c[0]: c[2] for c in customers}, "customer": {f[0]: f[1] for f in feedback}}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("why_feedback"), _shop) as out:
        yield out


@pytest.mark.parametrize("q,measure", [("2025年下半年客户的评价为什么变差了？他们都怎么说？", "csat"),
                                       ("Why are customers complaining so much in H2 2025? What are they saying?",
                                        "feedback_volume"),
                                       ("为什么2025年下半年客户意见这么大？他们都说了什么？", "feedback_volume")])
def test_a_why_about_what_customers_say_needs_no_measure_named(shop, q, measure) -> None:  # noqa: ANN001
    service, _ = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == measure, a.tool_calls[0].args
    if measure == "feedback_volume" and "意见" in q:
        assert a.tool_calls[0].args.get("filters", {}).get("sentiment") == ["negative"], a.tool_calls[0].args
    assert a.citations, a.answer


@pytest.mark.parametrize("q", ["为什么2025年下半年送货这么慢？", "Why did deliveries take so long in H2 2025?"])
def test_a_why_with_no_measure_of_ours_is_answered_from_the_comments(shop, q) -> None:  # noqa: ANN001
    service, _ = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    # (a step the words name is measured by its records; with none named, the comments' volume)
    assert a.tool_calls[0].args.get("metric_id") in ("feedback_volume", "events"), a.tool_calls[0].args
    if "送货" in q:
        assert a.tool_calls[0].args.get("metric_id") == "feedback_volume", a.tool_calls[0].args
    assert a.citations, a.answer


def test_annoyed_customers_of_a_slice_are_quoted_from_that_slice(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "Why have the south customers been so annoyed since July 2025? Show me what they actually wrote")
    assert a.status == "ok", a.answer
    assert a.citations, a.answer
    search = [c for c in a.tool_calls if c.name == "feedback_search"]
    assert search and search[0].args.get("filters") == {"region": ["south"]}, a.tool_calls
    assert {facts["region"][facts["customer"][c.feedback_id]] for c in a.citations} == {"south"}, a.citations
