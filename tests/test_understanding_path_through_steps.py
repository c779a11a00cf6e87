""""2025年从官网询价进来的客户，有多大比例在14天内拿到报价并签了租赁合同？" (session 48's forklift rental batch)
was refused as a share of nothing: three steps of one journey named in its order are the conversion from the
first to the last, through the one between (the journey's funnel passes it anyway).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = [("tp_enquiry", "官网询价", "Web enquiry"), ("tp_quote", "报价单", "Quote sent"),
         ("tp_signed", "签订租赁合同", "Rental contract signed")]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4812)
    tmp.mkdir(parents=True, exist_ok=True)
    events, started, signed = [], 0, 0
    for i in range(400):
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(340), hours=9)
        events.append((f"E{i:04d}a", f"C{i:04d}", at.isoformat(sep=" "), "tp_enquiry"))
        started += 1
        if rnd.random() < 0.7:
            events.append((f"E{i:04d}b", f"C{i:04d}", (at + timedelta(days=3)).isoformat(sep=" "), "tp_quote"))
            if rnd.random() < 0.5:
                events.append((f"E{i:04d}c", f"C{i:04d}", (at + timedelta(days=8)).isoformat(sep=" "), "tp_signed"))
                signed += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [(t, zh, en, "purchase") for t, zh, en in STEPS])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [("web_rent", "官网询价到签约", "Web enquiry to contract", k + 1, t, 14) for k, (t, _, _) in enumerate(STEPS)])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(400)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {"rate": signed / started}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("path_through"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年从官网询价进来的客户，有多大比例在14天内拿到报价并签了租赁合同？按客户数算",
                               "Of the customers who made a web enquiry in 2025, what share got a quote sent and then "
                               "a rental contract signed within 14 days?"])
def test_three_steps_named_in_order_are_one_conversion(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(isinstance(x, float) and abs(x - facts["rate"]) < 0.005 for x in a.tables[0].rows[0]), \
        (facts, a.tables[0].rows[:2])
