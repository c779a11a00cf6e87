"""What a step costs the company is the money column its events carry: "How much money did re-dyeing cost us in 2025?"
answered the orders' revenue, and "2025年重染花了多少钱？" said the data has no costs, on a dye mill whose re-dye events
carry redye_cost_usd (session 49's dyeing-mill batch). A hyphenated short verb ("re-dye") is said in its forms too.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import amount_said, ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5003)
    tmp.mkdir(parents=True, exist_ok=True)
    events, orders = [], []
    cost = 0.0
    redyes = 0
    for i in range(400):
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=8)
        cid = f"B{i % 90:03d}"
        events.append((f"E{i:04d}d", cid, at.isoformat(sep=" "), "tp_dye", "dyed", ""))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), round(rnd.uniform(2000, 9000), 2), "paid"))
        if rnd.random() < 0.3:
            c = round(rnd.uniform(150, 900), 2)
            t = at + timedelta(days=3)
            events.append((f"E{i:04d}r", cid, t.isoformat(sep=" "), "tp_redye", "redyed", f"{c:.2f}"))
            if t.year == 2025:
                cost += c
                redyes += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_dye", "染色", "染色", "Dyeing", "purchase", ""),
               ("tp_redye", "回修重染", "回修重染", "Re-dye", "service", "重染|回染|redye")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"B{j:03d}", "2024-06-01") for j in range(90)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "redye_cost_usd"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"cost": round(cost, 2), "redyes": redyes}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("step_cost"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["How much money did re-dyeing cost us in 2025?", "2025年重染花了多少钱？",
                               "What did re-dyes cost in 2025?"])
def test_what_a_step_cost_is_its_events_money_column(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, facts["cost"]), (a.answer, facts)


def test_a_hyphenated_short_verb_is_said_in_its_forms(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many lots did we re-dye in 2025?")
    assert a.status == "ok", a.answer
    assert facts["redyes"] in first_numbers(a), (a.answer, facts)


def test_a_cost_no_step_names_gets_no_number(company) -> None:  # noqa: ANN001
    """("marketing" was read as "market", the region column's word, and answered events by region)"""
    service, _ = company
    a = ask(service, "What was our marketing cost in 2025?")
    assert a.status in ("unsupported", "clarify"), a.answer
