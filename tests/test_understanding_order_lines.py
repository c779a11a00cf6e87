"""Orders kept as order lines (cause seen in a blind batch, a photo-book shop; common in real data such as invoice
lines): one row per line (product, shipping, coupon) with the order in a column of its own (order_no). An order is
counted once however many lines it has; money adds up over the lines. Data with one row per order is unchanged.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(61)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_edit", "Editor opened", "打开编辑器", "Editor opened", "consideration"),
               ("tp_pay", "Order paid", "下单支付", "Order paid", "purchase")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("make", "Make", 1, "tp_edit", 14), ("make", "Make", 2, "tp_pay", 14)])
    customers, events, lines = [], [], []
    n = 0
    for i in range(300):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(24))
        customers.append((cid, at.isoformat(sep=" ")))
        events.append((f"{cid}-e", cid, at.isoformat(sep=" "), "tp_edit", "open"))
        if rnd.random() < 0.6:
            paid = at + timedelta(hours=2)
            events.append((f"{cid}-p", cid, paid.isoformat(sep=" "), "tp_pay", "pay"))
            order_no = f"PO{i:05d}"
            status = "refunded" if rnd.random() < 0.1 else "paid"
            for kind, amount in [("product", 100 + rnd.randrange(200)), ("shipping", 12)] + \
                    ([("coupon", -20)] if rnd.random() < 0.3 else []):
                n += 1
                lines.append((f"L{n:06d}", cid, paid.isoformat(sep=" "), amount, status, order_no, kind))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_no", "line_type"], lines)
    return {"lines": lines}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("order_lines"), _shop) as out:
        yield out


@pytest.mark.parametrize("q", ["How many orders were placed in March 2025?", "2025年3月一共有多少单？"])
def test_an_order_of_several_lines_is_counted_once(shop, q) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, q)
    n = len({x[5] for x in facts["lines"] if x[2].startswith("2025-03")})
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows)


def test_money_adds_up_over_the_lines(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "What was our revenue in March 2025?")
    total = sum(x[3] for x in facts["lines"] if x[2].startswith("2025-03") and x[4] == "paid")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - total) < 1e-6, (total, a.tables[0].rows)


@pytest.mark.parametrize("column,key", [("order_no", "order_no"), ("invoice_number", "invoice_number"),
                                        ("basket_id", "basket_id"), ("pay_no", None), ("transaction_id", None)])
def test_only_an_order_number_groups_lines(column, key) -> None:
    """A payment's number groups orders paid together (one row per product ordered), not the lines of one order."""
    from knowledge.profile import DataProfile, ExtraColumn, TableProfile, order_line_key
    profile = DataProfile(tables={"orders": TableProfile("orders", rows=300)},
                          extras=(ExtraColumn("orders", column, distinct=120),))
    assert order_line_key(profile) == key


@pytest.mark.parametrize("q", ["2025年3月的销售额是多少？按已付款的订单行算，含运费",
                               "What were paid sales in March 2025, including shipping?"])
def test_a_line_kind_said_as_included_is_no_slice(shop, q) -> None:  # noqa: ANN001
    # (a blind auto-parts batch: "含运费" read as line_type = shipping, the shipping lines alone)
    service, facts = shop
    a = ask(service, q)
    want = sum(x[3] for x in facts["lines"] if x[2].startswith("2025-03") and x[4] == "paid")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - want) < 0.01, (want, a.tables[0].rows, a.tool_calls[0].args)
