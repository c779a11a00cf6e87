"""Refunds named with steps and reasons, and a slice only a later step records (causes seen in blind batches: a
diving school, a youth hostel):

- "how much did we pay back in weather refunds", "天气退款一共多少钱": weather is a refund reason this data records,
  not the outside world's weather;
- "how much did we pay out in cancellation refunds" with a "Cancellation refund" step: the refunded orders' money,
  not a slice of that step the orders cannot take;
- "从取消预订到押金退回" with a step named 押金退还: the money said first, then that it went back, names the step;
- "median days from clearance to finishing the e-learning, for learners who did the e-learning on Android": the
  device is recorded on the e-learning only (the clearance is done in person), read on each booking's own steps.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _diving(tmp: Path) -> dict[str, object]:
    rnd = random.Random(13)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Course booked", "报名课程", "Course booked", "purchase", "报名|booked"),
               ("tp_cleared", "Medically cleared", "获准下水", "Medically cleared", "consideration", "获准|cleared"),
               ("tp_elearn", "E-learning completed", "完成网课", "E-learning completed", "service", "网课|e-learning"),
               ("tp_cancel", "Booking cancelled", "取消预订", "Booking cancelled", "service", "取消|cancellation"),
               ("tp_refund", "Cancellation refund", "取消退款", "Cancellation refund", "service", "退款|refund"),
               ("tp_deposit_back", "押金退还", "押金退还", "Deposit returned", "service", "deposit returned")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("course", "Course", 1, "tp_book", 60), ("course", "Course", 2, "tp_cleared", 60),
               ("course", "Course", 3, "tp_elearn", 60)])
    customers, events, orders = [], [], []
    gaps: list[float] = []
    deposit_days: list[float] = []
    for i in range(400):
        cid = f"L{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        bid = f"B{i:04d}"
        at = datetime(2025, 1, 6) + timedelta(days=rnd.randrange(280), hours=rnd.randrange(9))
        cleared = at + timedelta(days=2)
        device = rnd.choice(["android", "ios"])
        days = rnd.randrange(2, 20) + (6 if device == "android" else 0)
        elearn = cleared + timedelta(days=days, hours=rnd.randrange(5))
        if device == "android":
            gaps.append((elearn - cleared).total_seconds() / 86400)
        events += [(f"{bid}-1", cid, at.isoformat(sep=" "), "tp_book", "success", "", bid),
                   (f"{bid}-2", cid, cleared.isoformat(sep=" "), "tp_cleared", "success", "", bid),
                   (f"{bid}-3", cid, elearn.isoformat(sep=" "), "tp_elearn", "success", device, bid)]
        orders.append((f"O{bid}", cid, at.isoformat(sep=" "), 2000.0, "paid", "course", "", "", bid))
        if rnd.random() < 0.25:
            reason = rnd.choice(["weather", "personal"])
            when = at + timedelta(days=rnd.randrange(1, 20))
            events += [(f"{bid}-c", cid, when.isoformat(sep=" "), "tp_cancel", "success", "", bid),
                       (f"{bid}-r", cid, (when + timedelta(days=1)).isoformat(sep=" "), "tp_refund", "success", "",
                        bid)]
            back = when + timedelta(days=rnd.randrange(1, 9), hours=rnd.randrange(12))
            events.append((f"{bid}-d", cid, back.isoformat(sep=" "), "tp_deposit_back", "success", "", bid))
            deposit_days.append((back - when).total_seconds() / 86400)
            orders.append((f"R{bid}", cid, (when + timedelta(days=1)).isoformat(sep=" "),
                           float(rnd.choice([500, 800])), "refunded", "refund", reason,
                           {"weather": "天气", "personal": "个人原因"}[reason], bid))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "booking_id"],
              events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "refund_reason",
                                   "退款原因", "booking_id"], orders)
    return {"orders": orders, "gaps": gaps, "deposit_days": deposit_days}


@pytest.fixture(scope="module")
def diving(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("refund_steps"), _diving) as out:
        yield out


def _refunded(facts: dict, reason: str | None = None) -> float:
    return sum(o[3] for o in facts["orders"] if o[4] == "refunded" and o[2].startswith("2025")
               and (reason is None or o[6] == reason))


@pytest.mark.parametrize("q", ["How much did we pay back in weather refunds in 2025?", "2025年天气退款一共退了多少钱？"])
def test_weather_is_a_refund_reason_the_data_records(diving, q) -> None:  # noqa: ANN001
    service, facts = diving
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_refunded(facts, "weather")), a.answer


def test_a_refund_step_names_the_refunded_orders(diving) -> None:  # noqa: ANN001
    service, facts = diving
    a = ask(service, "How much money did we pay out in cancellation refunds in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_refunded(facts)), a.answer


def test_a_slice_only_a_later_step_records(diving) -> None:  # noqa: ANN001
    service, facts = diving
    a = ask(service, "Median days from medical clearance to finishing the e-learning, for learners who did the "
                     "e-learning on Android in 2025?")
    assert a.status == "ok", a.answer
    want = statistics.median(facts["gaps"])
    assert any(abs(x - want) < 0.01 for x in first_numbers(a)), (want, a.answer)


def test_money_said_first_then_that_it_went_back(diving) -> None:  # noqa: ANN001
    service, facts = diving
    a = ask(service, "2025年从取消预订到押金退回，中位数要几天？")
    assert a.status == "ok", a.answer
    want = statistics.median(facts["deposit_days"])
    assert any(abs(x - want) < 0.01 for x in first_numbers(a)), (want, a.answer)
