"""A currency said as the one not wanted ("London's 2025 takings in pounds — GBP not CNY", "收入多少英镑？不要人民币")
made two currencies of the question, so neither was used: the answer summed the reporting amounts (CNY) and called
them the London takings (session 49's luthier batch). The unwanted one is no currency asked. And a currency said
with what was sold ("卖了多少英镑", "收了多少迪拉姆") asks for the amount in it, never a count of the orders.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4903)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, gbp, aed, usds = [], 0.0, 0.0, []
    for i in range(300):
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=10)
        store, cur, rate = [("London", "GBP", 9.1), ("Beijing", "CNY", 1.0), ("Dubai", "AED", 1.95)][i % 3]
        local = round(rnd.uniform(100, 900), 2)
        usd = round(local * rate / 7.1, 2)
        orders.append((f"O{i:04d}", f"C{i % 80:04d}", at.isoformat(sep=" "), round(local * rate, 2), "paid",
                       store, cur, local, usd))
        usds.append(usd)
        gbp += local if cur == "GBP" else 0.0
        aed += local if cur == "AED" else 0.0
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_buy", "购买", "Purchase", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2024-06-01") for j in range(80)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{i:04d}", o[1], o[2], "tp_buy") for i, o in enumerate(orders)])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "store", "currency",
                                   "amount_local", "amount_usd"], orders)
    return {"gbp": round(gbp, 2), "aed": round(aed, 2), "avg_usd": sum(usds) / len(usds)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("currency_not"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["London store's 2025 takings in pounds, please — GBP not CNY.",
                               "London's revenue in 2025 in GBP rather than CNY?",
                               "伦敦店2025年收入多少英镑？不要人民币"])
def test_the_currency_not_wanted_is_no_currency_asked(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(n - facts["gbp"]) < 0.01 for n in first_numbers(a)), (a.answer, facts)


@pytest.mark.parametrize("q, key", [("伦敦店2025年卖了多少英镑？", "gbp"), ("迪拜店2025年一共收了多少迪拉姆？", "aed"),
                                    ("How much did the Dubai store take in dirhams in 2025?", "aed")])
def test_an_amount_said_in_a_currency_is_money(company, q, key) -> None:  # noqa: ANN001
    """"门票卖了多少泰铢" counted the orders (or refused the currency's name): a currency said with what was sold asks
    for the amount in it (session 49's water park and chauffeur batches)."""
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(n - facts[key]) < 0.01 for n in first_numbers(a)), (a.answer, facts)


@pytest.mark.parametrize("q", ["2025年已付款的订单平均每笔多少美元？", "2025年的单子平均每张多少美元"])
def test_average_per_order_in_a_currency_is_the_average(company, q) -> None:  # noqa: ANN001
    """"已付款的PO平均每张多少美元" summed every order's dollars (session 49's ship-chandler batch): the average per order
    said with the order's counting word is the order value averaged."""
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(n - facts["avg_usd"]) < 0.01 for n in first_numbers(a)), (a.answer, facts)
