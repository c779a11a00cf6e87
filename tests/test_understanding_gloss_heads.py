""""哪个产区的订单最多" (session 45's cheesemaker batch) where the data has a `product` column and no producing region:
产区 is "place of production", a place; the column product only shares the start of a word the sense is made of
("production"), so 产区 names no column, and the answer says the data has no such thing instead of ranking
products. A column given by a word's sense itself (产品 → product) still groups.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

PRODUCTS = ("tomme", "feta", "cheddar")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4603)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, orders = [], []
    counts: Counter[str] = Counter()
    for i in range(400):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300), hours=11)
        product = rnd.choices(PRODUCTS, weights=[4, 2, 1])[0]
        counts[product] += 1
        orders.append((f"O{i:05d}", cid, at.isoformat(sep=" "), 120.0, "paid", product))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{i}", o[1], o[2], "tp_shop") for i, o in enumerate(orders)])
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_shop", "网店", "awareness")])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "product"], orders)
    return {"top": counts.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("gloss_heads"), _company) as out:
        yield out


def test_a_place_word_is_no_product_column(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "2025年哪个产区的订单最多？")
    assert a.status != "ok" or not (a.tables and a.tables[0].columns[0] == "product"), a.answer


def test_the_columns_own_word_still_groups(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个产品的订单最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top"], a.tables[0].rows
