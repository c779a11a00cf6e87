"""Amounts asked in a currency the data keeps per row (a deposit kept in local currency beside the amount, session
40's building inspections, changes nothing: the amount is the one named like it) (a cause seen in session 38's and 39's blind batches: student
housing, skydiving, farm machinery leasing, phone repair, textbook rental):

- orders keep `amount` in the reporting currency (USD), `currency` the row's own currency and `amount_local` the
  row's amount in it. "How much did Sydney take in Australian dollars in 2025?" is the total of amount_local over
  the Sydney rows in AUD — never the USD amounts summed and called dollars;
- "revenue in 2025, USD" where every amount is kept in USD: all rows, the currency is the unit (was only the rows
  charged in USD);
- with no local amounts kept, a currency said stays the unit of the amounts as recorded (session 38's rule).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

RATE = {"AUD": 0.66, "GBP": 1.27, "USD": 1.0}
CITY = {"Sydney": "AUD", "London": "GBP", "Boston": "USD"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3903)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Booking", "预订", "Booking", "purchase", "预订|booking|bookings")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_book", 7)])
    events, customers, orders = [], [], []
    facts = {"sydney_aud": 0.0, "paid_usd_all": 0.0}
    for i in range(600):
        cid = f"C{i:04d}"
        city = rnd.choice(list(CITY))
        customers.append((cid, "2025-01-01 00:00:00", city))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(9, 18))
        events.append((f"E{i:05d}", cid, at.isoformat(sep=" "), "tp_book", "booked", city))
        local = round(rnd.uniform(50, 500), 2)
        cur = CITY[city]
        amount = round(local * RATE[cur], 2)
        status = "paid" if rnd.random() < 0.9 else "refunded"
        orders.append((f"O{i:05d}", cid, at.isoformat(sep=" "), amount, status, city, cur, local,
                       round(local * 0.2, 2)))
        if status == "paid":
            facts["paid_usd_all"] += amount
            if city == "Sydney":
                facts["sydney_aud"] += local
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts", "home_city"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "city"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "city", "currency",
                                   "amount_local", "deposit_local"], orders)
    return facts


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("local_currency"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001 - an Answer
    first = a.tables[0]
    return first.rows[0][first.columns.index("value")]


@pytest.mark.parametrize("q", ["How much did Sydney take in Australian dollars in 2025? paid orders only",
                               "What was Sydney's revenue in 2025 in AUD?",
                               "2025年悉尼一共收了多少澳元？只算已付款的"])
def test_an_amount_in_the_rows_own_currency_sums_the_local_amounts(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["sydney_aud"], abs=0.01), a.answer


def test_the_currency_every_amount_is_kept_in_is_the_unit(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What was our revenue in 2025? Paid orders only, USD.")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["paid_usd_all"], abs=0.01), a.answer
