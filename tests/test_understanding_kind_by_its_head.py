"""Money of a kind of order said by the kind's head noun (cause seen in session 34's second blind batch, an EV
leasing company whose orders are weekly_rent, late_fee, damage_fee and deposit):

- "How much rent came in in March 2026?" is the paid weekly_rent orders' money (it was "I could not tell which
  journey data this question is about");
- "How much in fees came in in March 2026?" names two kinds that end in fee: no kind is guessed, every paid order is
  not given either — the answer is not the rent's.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, amount_said, service_on, write_csv

KINDS = {"weekly_rent": (800, 1200), "late_fee": (50, 200), "damage_fee": (300, 3000), "deposit": (3000, 5000)}


def _leasing(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3412)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_debit", "周租扣款", "周租扣款", "Weekly autopay", "service", "扣款|autopay")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("pay", "Pay", 1, "tp_debit", 30)])
    customers, events, orders, march = [], [], [], {k: 0.0 for k in KINDS}
    for i in range(200):
        cid = f"D{i:04d}"
        customers.append((cid, "2024-12-01"))
        for _ in range(12):
            t = datetime(2026, 1, 5) + timedelta(days=rnd.randrange(150), hours=rnd.randrange(10))
            kind = rnd.choice(list(KINDS))
            amount = round(rnd.uniform(*KINDS[kind]), 2)
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_debit", "debited"))
            orders.append((f"O{len(orders):05d}", cid, t.isoformat(sep=" "), f"{amount:.2f}", "paid", kind))
            if t.month == 3:
                march[kind] += amount
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"march": march}


@pytest.fixture(scope="module")
def leasing(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("kind_by_its_head"), _leasing) as out:
        yield out


def test_money_of_a_kinds_head_noun_is_that_kind(leasing) -> None:  # noqa: ANN001
    service, facts = leasing
    a = ask(service, "How much rent came in in March 2026?")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, facts["march"]["weekly_rent"]), (a.answer, facts["march"])


def test_a_head_noun_two_kinds_share_picks_neither(leasing) -> None:  # noqa: ANN001
    service, facts = leasing
    a = ask(service, "How much in fees came in in March 2026?")
    assert not amount_said(a.answer, facts["march"]["weekly_rent"]), a.answer
