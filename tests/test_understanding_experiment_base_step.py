"""An A/B read-out whose window runs from a step, and a step named by the tail of its name (blind batch vinylpress of
session 52): "what share of the clients quoted with a 30% deposit placed an order within 30 days of the quote?"
converts from the quote (the customers who reached it) to the order, never counts the quote itself as converting
(every arm 100 %); the follow-up "50%定金那组呢？" keeps that reading and names the arm by its amount (deposit_50).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

ARMS = {"deposit_30": 0.5, "deposit_50": 0.3}


def _plant(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5209)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_tool", "在线报价器", "在线报价器", "Quote calculator", "consideration", ""),
               ("tp_quote", "正式报价单", "正式报价单", "Formal quote", "consideration", "quote|quoted|报价"),
               ("tp_order", "下单付定金", "下单付定金", "Order & deposit", "purchase", "order|placed an order|下单")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("q2o", "报价下单", 1, "tp_tool", 30), ("q2o", "报价下单", 2, "tp_quote", 30),
               ("q2o", "报价下单", 3, "tp_order", 30)])
    customers, events, exps = [], [], []
    for i in range(600):
        cid = f"L{i:04d}"
        customers.append((cid, "2025-06-01"))
        arm = "deposit_30" if i % 2 else "deposit_50"
        at = datetime(2025, 9, 1) + timedelta(days=rnd.randrange(100), hours=rnd.randrange(8, 18))
        events.append((f"E{len(events):06d}", cid, (at - timedelta(days=2)).isoformat(sep=" "), "tp_tool", "use"))
        exps.append(("deposit_terms_2025", arm, cid, at.isoformat(sep=" ")))
        exps.append(("quote_format", "instant_quote" if i % 3 else "pdf_proposal", cid, at.isoformat(sep=" ")))
        events.append((f"E{len(events):06d}", cid, (at + timedelta(minutes=5)).isoformat(sep=" "), "tp_quote", "sent"))
        r = rnd.random()
        if r < ARMS[arm]:
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=rnd.randrange(1, 28))).isoformat(sep=" "),
                           "tp_order", "placed"))
        elif r < ARMS[arm] + 0.15:  # ordered, but too late to count
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=rnd.randrange(35, 60))).isoformat(sep=" "),
                           "tp_order", "placed"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at"], exps)
    return {"events": events, "experiments": exps}


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("experiment_base_step"), _plant) as out:
        yield out


def _share(facts: dict, arm: str) -> float:
    quoted = {}
    for e in facts["events"]:
        if e[3] == "tp_quote":
            quoted.setdefault(e[1], datetime.fromisoformat(e[2]))
    members = {x[2] for x in facts["experiments"] if x[1] == arm}
    done = {e[1] for e in facts["events"] if e[3] == "tp_order" and e[1] in members and
            quoted[e[1]] <= datetime.fromisoformat(e[2]) <= quoted[e[1]] + timedelta(days=30)}
    return len(done) / len(members)


def test_window_from_a_step_and_the_arm_by_its_amount(plant) -> None:  # noqa: ANN001
    service, facts = plant
    a = service.answer("In the deposit test (deposit_terms_2025), what share of the clients quoted with a 30% "
                       "deposit placed an order within 30 days of the quote?")
    assert a.status == "ok", a.answer
    assert any(abs(v - _share(facts, "deposit_30")) < 0.005 for v in first_numbers(a)[:4]), a.answer
    b = service.answer("50%定金那组呢？", session_id=a.session_id)
    assert b.status == "ok", b.answer
    assert b.tables[0].rows[0][0] == "deposit_50", b.tables[0].rows
    assert abs(b.tables[0].rows[0][3] - _share(facts, "deposit_50")) < 0.005, b.answer


def test_a_steps_name_tail_over_a_shorter_alias_inside_it(plant) -> None:  # noqa: ANN001
    """"从用报价器到下单" where 报价 is an alias of the formal quote and 在线报价器 the calculator's name: 报价器 names
    the calculator (the time runs from it), never the formal quote."""
    import statistics
    service, facts = plant
    tool, order = {}, {}
    for e in facts["events"]:
        at = datetime.fromisoformat(e[2])
        if e[3] == "tp_tool" and at.year == 2025:
            tool.setdefault(e[1], at)
        elif e[3] == "tp_order":
            order.setdefault(e[1], at)
    days = [(order[c] - t).total_seconds() / 86400 for c, t in tool.items() if c in order and order[c] >= t]
    want = statistics.median(days)
    a = service.answer("2025年从用报价器到下单，中位数隔了几天？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("touchpoint_ids", [None])[0] != "tp_quote", a.tool_calls
    assert "在线报价器" in a.answer, a.answer
    assert any(abs(v - want) < 0.05 for v in first_numbers(a)), (want, a.answer)



def _arm_share(facts: dict, exp: str, arm: str) -> float:
    at = {x[2]: datetime.fromisoformat(x[3]) for x in facts["experiments"] if x[0] == exp and x[1] == arm}
    done = {e[1] for e in facts["events"] if e[3] == "tp_order" and e[1] in at and
            at[e[1]] <= datetime.fromisoformat(e[2]) <= at[e[1]] + timedelta(days=30)}
    return len(done) / len(at)


def test_an_arm_named_by_its_words_is_no_step_and_no_unknown_name(plant) -> None:  # noqa: ANN001
    """"advertisers who got the instant online quote" of the arm instant_quote: "quote" there names the arm, not an
    outcome step; "那收到PDF方案的那一组呢" names the arm pdf_proposal by its word PDF (no unknown name)."""
    service, facts = plant
    a = service.answer("In the quote_format test, what share of clients who got the instant online quote placed an "
                       "order within 30 days?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("outcome_touchpoint_ids") == ["tp_order"], a.tool_calls
    assert any(abs(v - _arm_share(facts, "quote_format", "instant_quote")) < 0.005
               for v in first_numbers(a)[:4]), a.answer
    b = service.answer("那收到PDF方案的那一组呢？30天内下单率多少", session_id=a.session_id)
    assert b.status == "ok", b.answer
    assert b.tables[0].rows[0][0] == "pdf_proposal", b.tables[0].rows
