"""The share of one step's cases that went on to another (causes seen in session 32's look at blind batches):

- a value of a column the first step's own events record ("orders dispatched via ZTO") says which cases are
  counted: the conversion between the two steps, per case, not the value's share of the two steps' events;
- a value only the second step records ("returned because the record was warped") says which of its events count:
  the cases with such an event, never the cases that have one (a 100 % "rate");
- a value of the events' action that one step alone records ("the orders that were shipped") names that step;
- three or more steps around a share: the sentence says which two ("Of the bookings we cancelled, what share got
  rebooked (rather than refunded)?", "付了定金的预约单里，最后取消并退款的比例"); brackets, "per booking" and
  "another date" are no step, no grouping and no series; words that name a step and a value of a column ("zto",
  the ZTO pickup step and courier = zto) say which cases when another step names them.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

ACTION = {"tp_zto_pickup": "pickup", "tp_book": "submit", "tp_deposit": "paid", "tp_ship": "shipped", "tp_return": "request",
          "tp_cancel": "cancel", "tp_rebook": "rebook", "tp_refund": "refund"}


def _orders(tmp: Path) -> dict[str, object]:
    rnd = random.Random(32)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Booking", "预约", "Booking", "consideration", "booking|预约"),
               ("tp_deposit", "Deposit paid", "付定金", "Deposit paid", "purchase", "deposit|定金"),
               ("tp_ship", "Dispatch", "出库", "Dispatch", "purchase", "dispatch|出库"),
               ("tp_return", "Return request", "退货申请", "Return request", "service", "return request|退货"),
               ("tp_cancel", "Cancelled", "取消", "Cancelled", "service", "cancel|cancelled|取消"),
               ("tp_rebook", "Rebooked", "改期", "Rebooked", "service", "rebook|rebooked|改期"),
               ("tp_refund", "Refund", "退款", "Refund", "service", "refund|refunded|退款"),
               ("tp_zto_pickup", "ZTO pickup", "中通揽收", "ZTO pickup", "purchase", "zto|中通")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("order", "下单", 1, "tp_book", 30), ("order", "下单", 2, "tp_deposit", 30),
               ("order", "下单", 3, "tp_ship", 30)])
    customers = [(f"C{i:03d}", "2024-09-01", "returning" if i % 3 else "new") for i in range(150)]
    events: list[tuple] = []
    cases: list[dict[str, object]] = []
    n = 0
    for cid, _, _ in customers:
        for _k in range(1 + rnd.randrange(4)):  # several orders per customer, each its own session
            n += 1
            sid = f"O{n:05d}"
            t = datetime(2024, 11, 1) + timedelta(days=rnd.randrange(420), hours=rnd.randrange(10))
            case: dict[str, object] = {"t": t, "steps": {}}
            steps = [("tp_book", 0, {})]
            if rnd.random() < 0.8:
                steps.append(("tp_deposit", 1, {}))
                if rnd.random() < 0.2:
                    steps.append(("tp_cancel", 48, {}))
                    steps.append(("tp_rebook" if rnd.random() < 0.55 else "tp_refund", 72, {}))
                else:
                    courier = "zto" if rnd.random() < 0.4 else "sf"
                    steps.append(("tp_ship", 48, {"courier": courier}))
                    if courier == "zto":
                        steps.append(("tp_zto_pickup", 50, {"courier": courier}))
                    if rnd.random() < (0.3 if courier == "zto" else 0.1):
                        warped = rnd.random() < 0.5
                        steps.append(("tp_return", 120, {"return_reason": "warped" if warped else "damaged",
                                                          "退货原因": "变形" if warped else "破损"}))
            for tp, h, cols in steps:
                events.append((f"E{len(events):06d}", cid, (t + timedelta(hours=h)).isoformat(sep=" "), tp, sid,
                               ACTION[tp], cols.get("courier", ""), cols.get("return_reason", ""),
                               cols.get("退货原因", "")))
                case["steps"][tp] = {"t": t + timedelta(hours=h), **cols}  # type: ignore[index]
            cases.append(case)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action",
                                   "courier", "return_reason", "退货原因"], events)
    return {"cases": cases}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("rates_of_cases"), _orders) as out:
        yield out


def _rate(facts, a: str, b: str, a_cond=lambda s: True, b_cond=lambda s: True) -> float:  # noqa: ANN001
    """Of the cases whose step a falls in 2025 (and meets a_cond), the share with a step b meeting b_cond."""
    base = [c["steps"] for c in facts["cases"] if a in c["steps"] and c["steps"][a]["t"].year == 2025
            and a_cond(c["steps"][a])]
    assert len(base) >= 30, len(base)
    return sum(1 for s in base if b in s and b_cond(s[b])) / len(base)


def _conversion(a, value: float) -> None:  # noqa: ANN001 - an Answer
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "overall_conversion", a.tool_calls
    assert any(abs(v - value) < 0.0005 for v in first_numbers(a)), (a.tables[0].rows, value, a.tool_calls)


def test_a_value_of_the_first_steps_rows_says_which_cases(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = _rate(facts, "tp_ship", "tp_return", a_cond=lambda s: s["courier"] == "zto")
    assert abs(want - _rate(facts, "tp_ship", "tp_return")) > 0.03  # the slice matters
    _conversion(ask(service, "In 2025, what % of dispatch orders via zto hit a return request? Per order."), want)


@pytest.mark.parametrize("q, reason", [
    ("2025年出库的订单里，因为变形申请退货的比例是多少？按订单算", ("退货原因", "变形")),
    ("Of the orders dispatched in 2025, what share came back as a return request because they were warped? Per order.",
     ("return_reason", "warped"))])
def test_a_value_only_the_second_step_records_says_which_of_its_events_count(shop, q, reason) -> None:  # noqa: ANN001
    service, facts = shop
    col, value = reason
    want = _rate(facts, "tp_ship", "tp_return", b_cond=lambda s: s[col] == value)
    assert 0 < want < _rate(facts, "tp_ship", "tp_return")
    a = ask(service, q)
    _conversion(a, want)
    assert (a.tool_calls[0].args.get("filters") or {}).get(col) == [value], a.tool_calls
    assert any("second step's events" in s or "第二步的事件" in s for s in a.assumptions), a.assumptions  # said


def test_an_action_value_one_step_records_names_that_step(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "Of the orders that were shipped in 2025, what share had a return request? Per order.")
    _conversion(a, _rate(facts, "tp_ship", "tp_return"))
    assert "action" not in (a.tool_calls[0].args.get("filters") or {}), a.tool_calls


@pytest.mark.parametrize("q, pair", [
    ("Of the bookings we cancelled in 2025, what share got rebooked to another date (rather than refunded)? "
     "Per booking.", ("tp_cancel", "tp_rebook")),
    ("2025年付了定金的预约单里，最后取消并退款的比例是多少？按单算", ("tp_deposit", "tp_refund"))])
def test_the_sentence_says_which_two_of_several_steps_a_share_is_between(shop, q, pair) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, q)
    assert a.tool_calls and pair[0] in a.tool_calls[0].args.get("journey_id", "") and \
        pair[1] in a.tool_calls[0].args.get("journey_id", ""), a.tool_calls
    _conversion(a, _rate(facts, *pair))


@pytest.mark.parametrize("q", ["Of the deposits paid in 2025, what share turned into a dispatch? Per order.",
                               "2025年付了定金的订单里，最后出库的比例是多少？按订单算"])
def test_what_the_cases_went_on_to_is_a_conversion_not_one_count_over_another(shop, q) -> None:  # noqa: ANN001
    """One count over the other can pass 100 % and ties no dispatch to its deposit; the cases are followed."""
    service, facts = shop
    a = ask(service, q)
    assert not any(c.name == "metric_ratio" for c in a.tool_calls), a.tool_calls
    _conversion(a, _rate(facts, "tp_deposit", "tp_ship"))


def test_words_naming_a_step_and_a_value_say_which_cases(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "In 2025, what share of zto dispatch orders got a return request? Per order.")
    assert "tp_ship" in a.tool_calls[0].args.get("journey_id", ""), a.tool_calls
    assert (a.tool_calls[0].args.get("filters") or {}).get("courier") == ["zto"], a.tool_calls
    _conversion(a, _rate(facts, "tp_ship", "tp_return", a_cond=lambda s: s["courier"] == "zto"))


@pytest.mark.parametrize("q", ["In 2025, what share of dispatch events had the action submit?",
                               "2025年出库的记录里，行为是submit的占多少？"])
def test_a_value_said_as_a_value_names_no_step(shop, q) -> None:  # noqa: ANN001
    """submit is recorded on bookings only. Said as a value (not "orders that were submitted"), it names no step to
    convert to: the answer is about the dispatch rows, never the booking → dispatch conversion."""
    service, _ = shop
    a = ask(service, q)
    assert a.tool_calls, a.answer
    assert not any(c.args.get("metric_id") == "overall_conversion" for c in a.tool_calls), a.tool_calls
