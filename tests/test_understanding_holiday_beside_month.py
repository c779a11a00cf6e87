""""How much did we sell this January, the Spring Festival shopping month? Kept (paid, not refunded) orders only."
(session 46's livestream batch): the month said is the period — a holiday said beside a calendar period near it
describes it, it is neither the period nor a baseline — and "not refunded" names the rows kept, never the return rate.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4705)
    tmp.mkdir(parents=True, exist_ok=True)
    orders = []
    jan = 0.0
    for i in range(700):
        at = datetime(2025, 12, 1) + timedelta(days=rnd.randrange(90), hours=19)
        status = "refunded" if rnd.random() < 0.12 else "paid"
        amount = round(rnd.uniform(20, 150), 2)
        orders.append((f"O{i:04d}", f"C{i % 300:04d}", at.isoformat(sep=" "), amount, status))
        if at.year == 2026 and at.month == 1 and status == "paid":
            jan += amount
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_live", "Enter live room", "awareness"),
                                                                           ("tp_refund", "Refund paid", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-11-01") for j in range(300)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{j:04d}", f"C{j:04d}", "2025-12-02 10:00:00", "tp_live") for j in range(300)])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"jan": jan}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("holiday_beside"), _company) as out:
        yield out


@pytest.mark.parametrize("q", [
    "How much did we sell this January, the Spring Festival shopping month? Kept (paid, not refunded) orders only.",
    "How much did we sell in January 2026, i.e. the Spring Festival month? Paid orders, not refunded ones.",
])
def test_month_beside_holiday(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = service.answer(q, as_of=date(2026, 3, 1))
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("start")] == "2026-01-01" and t.rows[0][t.columns.index("end")] == "2026-01-31", t.rows
    assert t.rows[0][t.columns.index("value")] == pytest.approx(facts["jan"], rel=1e-6), (a.assumptions, t.rows)
