""""2025年快递丢件一共多少单？" (session 46's livestream batch) where after-sales requests record a reason lost: 丢件 is a
verb and the item it happened to — 丢 "to lose", whose outcome is written lost — said before 一共多少. It names the
value, never a word dropped silently (which counted every order); with no orders table, the cases counted are those
of the step that records the reason, not the purchases.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4611)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "下单", "下单", "Order placed", "purchase", "下单"),
               ("tp_aftersale", "售后申请", "售后申请", "After-sales request", "service", "售后")])
    customers, events = [], []
    lost = 0
    for i in range(600):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 4) + timedelta(days=rnd.randrange(340), hours=10)
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_order", ""))
        if rnd.random() < 0.3:
            reason = rnd.choices(["lost", "damaged", "wrong_item"], weights=[1, 3, 2])[0]
            lost += reason == "lost"
            events.append((f"E{i:04d}b", cid, (at + timedelta(days=4)).isoformat(sep=" "), "tp_aftersale", reason))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "aftersale_reason"], events)
    return {"lost": lost}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("verb_item_words"), _company) as out:
        yield out


def test_a_verb_and_its_item_name_the_outcome(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年快递丢件一共多少单？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == facts["lost"], (facts, a.answer)
