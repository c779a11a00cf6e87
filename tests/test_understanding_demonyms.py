""""Avg delivery time in days for German orders in Q3 2025?", "How much have we refunded Australian customers …"
(session 46's supplements batch), where a column holds the countries a company sells in (germany, australia, us):
what a country's people are called names that country's value — never a word dropped silently, which answered for
every country with status ok. A demonym another column holds as a value's word ("Chinese" of the comments'
language) stays that column's.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

COUNTRIES = ("germany", "australia", "us", "china")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4701)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events, orders = [], [], []
    days: dict[str, list[float]] = {c: [] for c in COUNTRIES}
    spent: dict[str, float] = {c: 0.0 for c in COUNTRIES}
    for i in range(500):
        cid = f"C{i:04d}"
        country = rnd.choice(COUNTRIES)
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=10)
        customers.append((cid, at.isoformat(sep=" "), country))
        d = float(rnd.randint(2, 5) + (4 if country == "germany" else 0))
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_delivered", country, d))
        days[country].append(d)
        amount = round(rnd.uniform(20, 90), 2)
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), amount, "paid"))
        spent[country] += amount
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_delivered", "Delivered", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "region", "delivery_days"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"days": {c: sum(v) / len(v) for c, v in days.items()}, "spent": spent}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("demonyms"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001
    t = a.tables[0]
    return t.rows[0][t.columns.index("value")]


def test_german_is_germany(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Avg delivery days for German orders in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["days"]["germany"]), (a.assumptions, a.tables[0].rows)


def test_australian_is_australia(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How much revenue did we get from Australian customers in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["spent"]["australia"], rel=1e-6), (a.assumptions, a.tables[0].rows)


def test_country_name_still_links(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Average delivery days in Germany in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["days"]["germany"]), (a.assumptions, a.tables[0].rows)


def test_country_money_is_no_slice(company) -> None:  # noqa: ANN001
    """"in Canadian dollars", "in Australian dollars": the country's money, never a slice of its customers."""
    service, facts = company
    a = ask(service, "How much revenue did we get in 2025, in Australian dollars?")
    assert not any("australia" in x for x in a.assumptions if x.startswith("slice")), a.assumptions
