"""Session 48's forklift rental batch: "2025年哪个分公司收入最高？" ranked the customers' company names (公司 inside
分公司 named company_name) instead of the branches; "2025年新签了多少家客户？" counted active customers (新签, said
apart from the people, is the new accounts of the year).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

BRANCHES = ("Kunshan", "Foshan", "Tianjin")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4805)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, orders, events = [], [], []
    money: Counter[str] = Counter()
    new_2025 = 0
    for i in range(240):
        signup = datetime(2024, 3, 1) + timedelta(days=rnd.randrange(600))
        new_2025 += signup.year == 2025
        branch = rnd.choices(BRANCHES, weights=[5, 3, 2])[0]
        customers.append((f"C{i:04d}", signup.isoformat(sep=" "), f"客户公司{i:03d}有限公司", branch))
        events.append((f"E{i:04d}", f"C{i:04d}", signup.isoformat(sep=" "), "tp_lead"))
        if signup < datetime(2025, 6, 1):  # older accounts are active in 2025 too: active is not new
            events.append((f"V{i:04d}", f"C{i:04d}", "2025-06-15 10:00:00", "tp_visit"))
        for k in range(rnd.randrange(1, 4)):
            at = signup + timedelta(days=10 + 30 * k)
            amt = round(rnd.uniform(500, 3000), 2)
            orders.append((f"O{i:04d}{k}", f"C{i:04d}", at.isoformat(sep=" "), amt, "paid", branch))
            if at.year == 2025:
                money[branch] += amt
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_lead", "线索", "awareness"), ("tp_visit", "巡检", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "company_name", "home_branch"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "branch"], orders)
    return {"top_branch": money.most_common(1)[0][0], "new_2025": new_2025}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("branch_new_signed"), _company) as out:
        yield out


def test_branch_is_no_company_name(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个分公司收入最高？")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert "company_name" not in t.columns and t.rows[0][0] == facts["top_branch"], (t.columns, t.rows[:2])


def test_newly_signed_customers_are_the_new_accounts(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年新签了多少家客户？")
    assert a.status == "ok", a.answer
    assert facts["new_2025"] in a.tables[0].rows[0], (a.tables[0].columns, a.tables[0].rows[:2])
