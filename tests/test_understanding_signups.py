"""Sign-ups and completed orders said the way staff say them (causes seen in a blind batch, a bakery's pre-orders):

- "how many new customers signed up in the week of …": the words "new customers" also name the segment value new
  (customers labelled new today signed up lately); they are the measure, slicing nothing (the answer was 0);
- "新注册了多少顾客", "how many customers signed up": the sign-ups measure said around any word for the people;
- "已完成订单", "completed orders": the orders that went through (status paid);
- "how much money did we refund" where refund is also a support-ticket type on events: the refunded orders;
- "how many of our customers came to us through Xiaohongshu", where each order also records the app it came in by
  with the same values: the customers on record, by their own acquisition source.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _bakery(tmp: Path) -> dict[str, object]:
    rnd = random.Random(47)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_browse", "Browse designs", "浏览款式", "Browse designs", "consideration"),
               ("tp_order", "Pre-order placed", "下预订单", "Pre-order placed", "purchase"),
               ("tp_ship", "蛋糕发货", "蛋糕发货", "Cake shipped", "service")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_browse", 14), ("buy", "Buy", 2, "tp_order", 14)])
    customers, events, orders = [], [], []
    for i in range(500):
        cid = f"C{i:04d}"
        signup = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(24))
        segment = "new" if signup >= datetime(2026, 5, 1) else rnd.choice(["returning", "inactive"])
        source = rnd.choice(["xiaohongshu", "douyin", "wechat"])
        customers.append((cid, signup.isoformat(sep=" "), segment, source))
        if i % 10 == 0:
            continue  # (some customers on record have done nothing yet)
        events.append((f"{cid}-b", cid, signup.isoformat(sep=" "), "tp_browse", "view",
                       rnd.choice(["xiaohongshu", "douyin", "wechat"]), rnd.choice(["", "refund", "delivery"])))
        for n in range(rnd.randrange(3)):
            at = signup + timedelta(days=rnd.randrange(1, 60))
            entry = rnd.choice(["xiaohongshu", "douyin", "wechat"])
            events.append((f"{cid}-o{n}", cid, at.isoformat(sep=" "), "tp_order", "submit", entry, ""))
            events.append((f"{cid}-s{n}", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_ship", "ship", "", ""))
            status = rnd.choices(["paid", "cancelled", "refunded"], [8, 1, 1])[0]
            orders.append((f"O{i:04d}{n}", cid, at.isoformat(sep=" "), 100 + rnd.randrange(400), status, entry))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "source"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "entry_source",
                                   "ticket_type"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "entry_source"], orders)
    return {"customers": customers, "orders": orders, "events": events}


@pytest.fixture(scope="module")
def bakery(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("signups"), _bakery) as out:
        yield out


def _signups(facts, start: date, end: date) -> int:  # noqa: ANN001
    return sum(1 for _, at, _, _ in facts["customers"] if start <= date.fromisoformat(at[:10]) <= end)


@pytest.mark.parametrize("q,start,end", [
    ("How many new customers signed up in the week of 3 March 2025?", date(2025, 3, 3), date(2025, 3, 9)),
    ("How many customers signed up in Q2 2025?", date(2025, 4, 1), date(2025, 6, 30)),
    ("2025年第二季度新注册了多少顾客？", date(2025, 4, 1), date(2025, 6, 30)),
    ("2025年第三季度新注册了多少位会员？", date(2025, 7, 1), date(2025, 9, 30)),
])
def test_sign_ups_said_around_the_people(bakery, q, start, end) -> None:  # noqa: ANN001
    service, facts = bakery
    a = ask(service, q)
    n = _signups(facts, start, end)
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows)


@pytest.mark.parametrize("q", ["2025年10月一共有多少单？（已完成订单）", "How many completed orders did we have in October 2025?"])
def test_completed_orders_are_the_paid_ones(bakery, q) -> None:  # noqa: ANN001
    service, facts = bakery
    a = ask(service, q)
    n = sum(1 for o in facts["orders"] if o[2].startswith("2025-10") and o[4] == "paid")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == n, (n, a.tables[0].rows)


def test_people_counted_by_their_own_column_of_a_value_two_columns_hold(bakery) -> None:  # noqa: ANN001
    service, facts = bakery
    a = ask(service, "How many of our customers came to us through Xiaohongshu?")
    n = sum(1 for c in facts["customers"] if c[3] == "xiaohongshu")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == n, (n, a.tables[0].rows, a.assumptions)


def test_a_value_the_measured_rows_hold_in_another_form(bakery) -> None:  # noqa: ANN001
    """"refund" is also a support-ticket type on events; the money refunded is the refunded orders' amount."""
    service, facts = bakery
    a = ask(service, "How much money did we refund in total in 2025?")
    total = sum(o[3] for o in facts["orders"] if o[2].startswith("2025") and o[4] == "refunded")
    assert a.status == "ok", a.answer
    assert any(abs(v - total) < 1e-6 for v in first_numbers(a)), (total, a.tables[0].rows)


def test_orders_counted_by_their_status_word_beside_a_ticket_type_of_that_word(bakery) -> None:  # noqa: ANN001
    service, facts = bakery
    a = ask(service, "How many orders were refunded in 2025?")
    n = sum(1 for o in facts["orders"] if o[2].startswith("2025") and o[4] == "refunded")
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows, a.assumptions)


@pytest.mark.parametrize("q", ["2025年10月一共发出去多少个蛋糕？", "2025年10月发了几个蛋糕？"])
def test_a_step_named_thing_then_verb_said_verb_first(bakery, q) -> None:  # noqa: ANN001
    """"蛋糕发货" (the thing, then the verb) said "发出去多少个蛋糕": that step."""
    service, facts = bakery
    a = ask(service, q)
    n = sum(1 for e in facts["events"] if e[3] == "tp_ship" and e[2].startswith("2025-10"))
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows, a.assumptions)
