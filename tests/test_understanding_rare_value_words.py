""""How much did we sell of the gummies in 2025?" (session 46's supplements batch) where products are codes such as
creatine_gummies and whey_isolate: an uncommon word only one value is made of names that value; a common word
("protein", which two values share) names none of them alone. And a noun that names nothing after a word that slices
("revenue from wombats") is said to be unknown, never dropped into a total for everyone.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import amount_said, ask, service_on, write_csv

PRODUCTS = ("creatine_gummies", "creatine", "plant_protein", "whey_protein")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4614)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events, orders = [], [], []
    revenue: dict[str, float] = defaultdict(float)
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=15)
        product = rnd.choice(PRODUCTS)
        amount = float(rnd.choice([19, 29, 49]))
        revenue[product] += amount
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_checkout"))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), amount, "paid", product))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_checkout", "Checkout", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "product"], orders)
    return dict(revenue)


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("rare_value_words"), _company) as out:
        yield out


def test_an_uncommon_word_of_one_value_names_it(company) -> None:  # noqa: ANN001
    service, revenue = company
    a = ask(service, "What was the revenue from gummies in 2025?")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, revenue["creatine_gummies"]), (a.answer, revenue)


def test_a_common_word_two_values_share_names_neither(company) -> None:  # noqa: ANN001
    service, revenue = company
    a = ask(service, "What was the revenue from protein in 2025?")
    assert not (a.status == "ok" and (amount_said(a.answer, revenue["plant_protein"]) or
                                      amount_said(a.answer, revenue["whey_protein"]))), a.answer


@pytest.mark.parametrize("q", ["What was the revenue from wombats in 2025?", "How many orders were for wombats in 2025?"])
def test_a_noun_that_names_nothing_after_a_slicing_word_is_said(company, q) -> None:  # noqa: ANN001
    """("from wombats", "for wombats": a slice the data does not have — said so, never every order's total instead)"""
    service, _ = company
    a = ask(service, q)
    assert a.status != "ok" and "wombats" in a.answer, a.answer


def test_a_slicing_word_before_people_or_time_stays_filler(company) -> None:  # noqa: ANN001
    service, revenue = company
    a = ask(service, "What was the revenue for all customers in 2025?")
    assert a.status == "ok" and amount_said(a.answer, sum(revenue.values())), a.answer


def test_a_unit_of_time_after_of_is_no_unknown_slice(company) -> None:  # noqa: ANN001
    """("the median number of days from invoice to payment": "days" is the unit asked, never an unknown name)"""
    service, _ = company
    a = ask(service, "What was the median number of days from sign-up to checkout in 2025?")
    assert "“days”" not in a.answer, a.answer
