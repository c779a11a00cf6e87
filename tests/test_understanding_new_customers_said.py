"""Customers counted by when they signed up (blind batch vinylpress of session 52): "上个月新来了多少个客户（按注册时
间）", "How many customers did we get last month (by signup date)?" count the sign-ups of the month, not the customers
active in it; "how many customers were active last month" stays the active ones.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

AS_OF = date(2026, 6, 15)


def _clients(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5207)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_quote", "报价", "报价", "Quote", "consideration", ""),
               ("tp_order", "下单", "下单", "Order", "purchase", "")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("q2o", "报价下单", 1, "tp_quote", 30), ("q2o", "报价下单", 2, "tp_order", 30)])
    customers, events = [], []
    for i in range(800):
        cid = f"V{i:04d}"
        signed = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(530))
        customers.append((cid, signed.isoformat(sep=" ")))
        at = signed
        while at < datetime(2026, 6, 10):
            events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_quote", "view"))
            at += timedelta(days=rnd.randrange(10, 60))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"customers": customers, "events": events}


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("new_customers_said"), _clients) as out:
        yield out


@pytest.mark.parametrize("q", ["上个月新来了多少个客户（按注册时间）？", "How many customers did we get last month (by signup date)?"])
def test_new_customers_by_signup(clients, q: str) -> None:  # noqa: ANN001
    service, facts = clients
    want = sum(1 for c in facts["customers"] if c[1][:7] == "2026-05")
    active = len({e[1] for e in facts["events"] if e[2][:7] == "2026-05"})
    assert want != active
    a = service.answer(q, as_of=AS_OF)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_active_customers_stay_active(clients) -> None:  # noqa: ANN001
    service, facts = clients
    want = len({e[1] for e in facts["events"] if e[2][:7] == "2026-05"})
    a = service.answer("how many customers were active last month?", as_of=AS_OF)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)
