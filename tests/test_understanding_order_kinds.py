"""Kinds of orders asked about by money words (causes seen in blind batches: a kids' gym whose refunds are order
lines of type "refund", every one refunded; a charity asked for its average one-off gift; a tattoo studio asked which
artist brought in the most "(the balance paid on the day)").

- "how much money did we refund": the amount of the orders no paid row is among, which revenue (paid) leaves out —
  never "no data";
- "小程序里的单次捐款平均多少", "what's the average donation": the average amount of those orders, not their count;
- "which artist brought in the most … on the day": the artists are ranked; the day is no grouping.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

KINDS = (("one_off", "单次捐款"), ("pledge", "月捐扣款"), ("refund", "退款"))


def _charity(tmp: Path) -> dict[str, object]:
    rnd = random.Random(11)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_visit", "Campaign page viewed", "浏览项目页", "Campaign page viewed", "awareness", "浏览|visit"),
               ("tp_donate", "Donation made", "捐款", "Donation made", "purchase", "捐款|donation|donate"),
               ("tp_receipt", "Receipt sent", "发送收据", "Receipt sent", "service", "收据|receipt")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("give", "Giving", 1, "tp_visit", 30), ("give", "Giving", 2, "tp_donate", 30)])
    customers, events, orders = [], [], []
    for i in range(400):
        cid = f"D{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(12))
        events.append((f"{cid}-v", cid, at.isoformat(sep=" "), "tp_visit", "view", "web"))
        if rnd.random() < 0.7:
            channel = rnd.choice(["mini_program", "web"])
            events.append((f"{cid}-d", cid, (at + timedelta(hours=2)).isoformat(sep=" "), "tp_donate", "success", channel))
            for k in range(rnd.randrange(1, 4)):
                kind, kind_zh = KINDS[0] if k == 0 else KINDS[1]
                amount = float(rnd.choice([50, 100, 200, 500])) if kind == "one_off" else 30.0
                orders.append((f"O{cid}-{k}", cid, (at + timedelta(hours=2, days=30 * k)).isoformat(sep=" "),
                               amount, "paid", channel, kind, kind_zh))
            if rnd.random() < 0.1:  # a refund line of its own, refunded
                orders.append((f"R{cid}", cid, (at + timedelta(days=5)).isoformat(sep=" "),
                               float(rnd.choice([50, 100])), "refunded", channel, "refund", "退款"))
    # (the events run past every order, so "2025" is the whole year)
    events.append(("last-receipt", customers[0][0], "2026-04-01 09:00:00", "tp_receipt", "success", "web"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "order_type",
                                   "订单类型"], orders)
    return {"orders": orders}


@pytest.fixture(scope="module")
def charity(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("order_kinds"), _charity) as out:
        yield out


def _in_2025(o: tuple) -> bool:
    return str(o[2]).startswith("2025")


@pytest.mark.parametrize("q", ["How much money did we refund in total in 2025?",
                               "How much money was refunded in 2025?"])
def test_money_refunded_is_the_amount_of_the_refund_lines(charity, q) -> None:  # noqa: ANN001
    service, facts = charity
    want = sum(o[3] for o in facts["orders"] if o[4] == "refunded" and _in_2025(o))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), a.answer


@pytest.mark.parametrize("q,filt", [
    ("小程序里的单次捐款平均多少？", lambda o: o[6] == "one_off" and o[5] == "mini_program"),
    ("How much is the average one-off donation on the mini program?",
     lambda o: o[6] == "one_off" and o[5] == "mini_program"),
    ("单次捐款平均每笔多少？", lambda o: o[6] == "one_off"),
])
def test_an_order_kind_averaged_is_its_average_amount(charity, q, filt) -> None:  # noqa: ANN001
    service, facts = charity
    rows = [o[3] for o in facts["orders"] if o[4] == "paid" and filt(o)]
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(rows) / len(rows), abs=0.01), a.answer


def test_the_purchase_step_averaged_is_the_average_order(charity) -> None:  # noqa: ANN001
    service, facts = charity
    rows = [o[3] for o in facts["orders"] if o[4] == "paid" and _in_2025(o)]
    a = ask(service, "What's the average donation in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(rows) / len(rows), abs=0.01), a.answer


def test_an_average_count_still_counts(charity) -> None:  # noqa: ANN001
    service, facts = charity
    a = ask(service, "单次捐款平均每月多少笔？")
    assert a.status == "ok", a.answer
    assert "订单数" in a.answer and "客单价" not in a.answer, a.answer


def test_a_ranking_of_a_named_column_is_not_by_day(charity) -> None:  # noqa: ANN001
    service, facts = charity
    money: dict[str, float] = {}
    for o in facts["orders"]:
        if o[4] == "paid" and _in_2025(o):
            money[o[5]] = money.get(o[5], 0.0) + o[3]
    a = ask(service, "Which channel brought in the most money in 2025? Only the gifts paid on the day.")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(money, key=money.get), a.answer
