""""2025年哪个市场收入最低？" / "Which market had the lowest revenue?" (session 46's supplements batch), where customers
carry a region (the markets a brand sells in) and a city: a market is the region a company sells in, and 市场 is a
word of its own — the 市 in it is no "which city". "哪个市" still ranks cities.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

MARKETS = {"germany": ("berlin", "munich", "cologne"), "uk": ("london", "leeds"), "china": ("shanghai", "beijing")}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4606)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events, orders = [], [], []
    by_market: dict[str, float] = defaultdict(float)
    by_city: dict[str, float] = defaultdict(float)
    for i in range(600):
        cid = f"C{i:04d}"
        market = rnd.choices(list(MARKETS), weights=[1, 2, 3])[0]
        city = rnd.choice(MARKETS[market])
        customers.append((cid, "2025-01-01 00:00:00", market, city))
        at = datetime(2025, 1, 10) + timedelta(days=rnd.randrange(340), hours=12)
        amount = float(rnd.choice([30, 45, 60]))
        by_market[market] += amount
        by_city[city] += amount
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_checkout"))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), amount, "paid"))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_checkout", "结账", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region", "city"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"low_market": min(by_market, key=by_market.get), "low_city": min(by_city, key=by_city.get)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("market_words"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年哪个市场收入最低？", "Which market had the lowest revenue in 2025?"])
def test_a_market_is_the_region_sold_in(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["low_market"], a.tables[0].rows


def test_which_city_still_ranks_cities(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个市的收入最低？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["low_city"], a.tables[0].rows
