"""A money column with two amounts only is still money (blind batch of session 52 round 0, a kitesurf school whose
refund events record 580 or 680 paid back):

- "how much money did we refund in Q4 2025 in total?" adds up the refund column of the refund events by refund
  date, not the amount of the orders marked refunded (which counts by order date and the full price);
- a 0/1 column (a yes/no flag) stays a flag: it is no number to add up.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _school(tmp: Path) -> dict[str, object]:
    rnd = random.Random(52)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "预约", "预约", "Lesson booked", "purchase", ""),
               ("tp_cancel", "天气取消", "天气取消", "Weather cancellation", "service", ""),
               ("tp_refund", "退款到账", "退款到账", "Refund issued", "service", "退款"),
               ("tp_lesson", "上课", "上课", "Lesson", "service", "")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("lesson", "上课", 1, "tp_book", 30), ("lesson", "上课", 2, "tp_lesson", 30),
               ("rain", "取消退款", 1, "tp_cancel", 30), ("rain", "取消退款", 2, "tp_refund", 30)])
    customers, events, orders = [], [], []
    n = 0

    def ev(cid: str, at: datetime, tp: str, member: int, refund: object = "") -> None:
        nonlocal n
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), tp, "done", member, refund))

    for i in range(400):
        cid = f"C{i:04d}"
        member = i % 2
        customers.append((cid, "2025-01-01"))
        at = datetime(2025, 6, 1) + timedelta(days=rnd.randrange(200), hours=rnd.randrange(8, 18))
        ev(cid, at, "tp_book", member)
        price = rnd.choice([900.0, 1200.0])
        if rnd.random() < 0.3:
            ev(cid, at + timedelta(days=1), "tp_cancel", member)
            # the refund goes out weeks later, part of the price only
            ev(cid, at + timedelta(days=rnd.randrange(5, 40)), "tp_refund", member, rnd.choice([580, 680]))
            orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), price, "refunded"))
        else:
            ev(cid, at + timedelta(days=2), "tp_lesson", member)
            orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), price, "paid"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "is_member",
                                   "refund_amount"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"events": events, "orders": orders}


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("two_valued_money"), _school) as out:
        yield out


@pytest.mark.parametrize("q", ["how much money did we refund in Q4 2025 in total?", "2025年第四季度一共退了多少钱？"])
def test_refund_column_with_two_amounts_is_added_up(school, q: str) -> None:  # noqa: ANN001
    service, facts = school
    want = sum(float(e[6]) for e in facts["events"] if e[3] == "tp_refund" and "2025-10" <= e[2][:7] <= "2025-12")
    by_orders = sum(o[3] for o in facts["orders"] if o[4] == "refunded" and "2025-10" <= o[2][:7] <= "2025-12")
    assert abs(want - by_orders) > 100  # (the refunded orders' amounts are another number)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), (want, a.answer)


def test_a_zero_one_column_stays_a_flag(school) -> None:  # noqa: ANN001
    from knowledge.profile import profile_workspace
    service, _ = school
    cols = {x.column: x for x in profile_workspace(service.gateway).extras}
    assert cols["refund_amount"].numeric
    assert not cols["is_member"].numeric


def test_average_of_a_money_column_said_in_a_currency(school) -> None:  # noqa: ANN001
    """"average refund amount per refund in Q4 2025, in RMB?": the mean of money is money, the currency its unit
    (was "your data has nothing called RMB")."""
    service, facts = school
    vals = [float(e[6]) for e in facts["events"] if e[3] == "tp_refund" and "2025-10" <= e[2][:7] <= "2025-12"]
    a = ask(service, "average refund amount per refund in Q4 2025, in RMB?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(vals) / len(vals)), a.answer
