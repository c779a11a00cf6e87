"""The whole revenue said with its parts, and a time between two steps said in parentheses (causes seen in blind
batches: a diving school, a youth-hostel chain):

- "total revenue from paid orders (gross, before refunds)", "营业额（已付款订单，不扣退款）": the refunds are not
  taken off — no slice of refund lines (which holds no paid row: "no data");
- "total revenue last month? All paid orders – beds/rooms, activities, bar and breakfast": every kind listed after
  "all" is part of the whole, neither a slice of two of them nor a step;
- "the median booking lead time (payment to check-in, in days) for Meituan bookings": the two ends are the steps in
  the parentheses; "booking" names the step and the channel Booking.com, and no second group to compare.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

KINDS = ("bed", "activity", "bar", "breakfast")


def _hostel(tmp: Path) -> dict[str, object]:
    rnd = random.Random(8)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_search", "Date search", "搜索日期", "Date search", "consideration", "搜索|search"),
               ("tp_book", "Booking", "预订", "Booking", "purchase", "预订|booking|booked"),
               ("tp_pay", "Payment", "付款", "Payment", "purchase", "付款|payment|paid"),
               ("tp_checkin", "Check-in", "入住", "Check-in", "service", "入住|check-in"),
               ("tp_stay", "Overnight stay", "住宿", "Overnight stay", "service", "住宿|rooms|stay"),
               ("tp_activity", "Hostel activity", "店内活动", "Hostel activity", "service", "活动|activities")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("online", "Online booking", 1, "tp_search", 7), ("online", "Online booking", 2, "tp_book", 7),
               ("online", "Online booking", 3, "tp_pay", 7),
               ("arrival", "Arrival", 1, "tp_pay", 30), ("arrival", "Arrival", 2, "tp_checkin", 30)])
    customers, events, orders = [], [], []
    leads: list[float] = []
    for i in range(500):
        cid = f"G{i:04d}"
        channel = rnd.choice(["meituan", "booking", "app"])
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 4) + timedelta(days=rnd.randrange(320), hours=rnd.randrange(10))
        lead = timedelta(hours=rnd.randrange(2, 240))
        steps = [("tp_search", at), ("tp_book", at + timedelta(minutes=5)), ("tp_pay", at + timedelta(minutes=9)),
                 ("tp_checkin", at + timedelta(minutes=9) + lead), ("tp_stay", at + timedelta(minutes=9) + lead)]
        if channel == "meituan":
            leads.append(lead.total_seconds() / 86400)
        for k, (tp, t) in enumerate(steps):
            events.append((f"{cid}-{k}", cid, t.isoformat(sep=" "), tp, "success", channel))
        for n, kind in enumerate(KINDS[: rnd.randrange(1, 5)]):
            orders.append((f"O{cid}-{n}", cid, (at + timedelta(minutes=9 + n)).isoformat(sep=" "),
                           float(rnd.choice([60, 80, 120])), "paid", channel, kind))
        if rnd.random() < 0.15:  # a cancellation refund line, every one refunded
            orders.append((f"R{cid}", cid, (at + timedelta(days=1)).isoformat(sep=" "), 40.0, "refunded", channel,
                           "refund"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type"], orders)
    return {"orders": orders, "leads": leads}


@pytest.fixture(scope="module")
def hostel(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("whole_revenue"), _hostel) as out:
        yield out


def _paid(facts: dict, month: str) -> float:
    return sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2].startswith(month))


@pytest.mark.parametrize("q", ["What was our total revenue from paid orders in October 2025 (gross, before refunds)?",
                               "2025年10月的营业额是多少？（已付款订单，不扣退款）",
                               "What was our total revenue in October 2025? All paid orders – beds/rooms, activities, "
                               "bar and breakfast.",
                               # (the kinds listed as parts of the whole are no groups to compare either)
                               "2025年10月的总营业额是多少？（所有已付款订单：bed、bar、breakfast，不扣退款）"])
def test_the_whole_revenue_said_with_its_parts(hostel, q) -> None:  # noqa: ANN001
    service, facts = hostel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_paid(facts, "2025-10")), a.answer


def test_a_time_between_steps_said_in_parentheses(hostel) -> None:  # noqa: ANN001
    service, facts = hostel
    a = ask(service, "What's the median booking lead time (payment to check-in, in days) for Meituan bookings in 2025?")
    assert a.status == "ok", a.answer
    want = statistics.median(facts["leads"])
    assert any(abs(x - want) < 0.01 for x in first_numbers(a)), (want, a.answer, a.tables[0].columns)
