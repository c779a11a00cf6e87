""""Leaving whey isolate aside, which product brought in the most money?", "Leaving the protein powders aside (whey
and plant), …" (session 46's supplements batch): a value set aside is left out of the ranking — before, "X aside" kept
only X, the opposite — and "whey" names whey_isolate even where a sample column also holds "whey_isolate_sachet", a
kind made from it.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

PRODUCTS = {"whey_isolate": 60.0, "creatine": 30.0, "electrolytes": 25.0, "pre_workout": 35.0}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4702)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, events = [], []
    money: Counter[str] = Counter()
    for i in range(400):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=11)
        product = rnd.choices(list(PRODUCTS), weights=[5, 3, 2, 2])[0]
        amount = round(PRODUCTS[product] * rnd.uniform(0.8, 1.2), 2)
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), amount, "paid", product))
        money[product] += amount
        sample = "whey_isolate_sachet" if i % 3 == 0 else "creatine_stick"
        events.append((f"E{i:04d}", cid, (at - timedelta(days=2)).isoformat(sep=" "), "tp_sample", sample))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_sample", "Free sample", "awareness")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{i:04d}", "2025-01-01") for i in range(400)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "sample_sku"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "product"], orders)
    rest = Counter({p: v for p, v in money.items() if p != "whey_isolate"})
    return {"top_rest": rest.most_common(1)[0][0], "rest_total": sum(rest.values())}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("aside"), _company) as out:
        yield out


@pytest.mark.parametrize("q", [
    "Leaving whey isolate aside, which product brought in the most money in 2025?",
    "Setting whey isolate aside, which product made the most revenue in 2025?",
    "Leaving aside whey, which product brought in the most money in 2025?",
    "Leaving the protein powders aside (whey), which product brought in the most money in 2025?",
])
def test_value_set_aside_is_left_out(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    rows = a.tables[0].rows
    assert rows[0][0] == facts["top_rest"], rows
    assert all(r[0] != "whey_isolate" for r in rows), rows


def test_value_kept_when_not_aside(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How much revenue did whey bring in 2025?")
    assert a.status == "ok", a.answer
    assert any("whey_isolate" in x for x in a.assumptions), a.assumptions
