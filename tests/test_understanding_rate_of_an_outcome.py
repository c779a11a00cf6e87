"""A rate named by one of a step's outcomes where no journey holds the step (cause seen in session 34's third blind
batch, a corporate travel agency whose 24h service desk calls end resolved, escalated or abandoned):

- "What was the abandonment rate of calls to the service desk in 2025?", "2025年客服来电的放弃率是多少？": the share of
  the desk's calls that were abandoned (it was "which journey do you mean?");
- "What was the first-time resolution rate of calls to the service desk in 2025?" asks about first attempts, which
  the share of all calls is not: still asked back, never the plain share.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _desk(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3418)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "预订", "预订", "Booking", "purchase", "预订|booking"),
               ("tp_pay", "支付", "支付", "Payment", "purchase", "支付|payment"),
               ("tp_call", "客服来电", "客服来电", "Service desk call", "service", "客服|service desk|calls")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_book", 7), ("buy", "Buy", 2, "tp_pay", 7)])
    customers, events, outcomes = [], [], []
    for i in range(500):
        cid = f"T{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(20))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_book", "booked"))
        events.append((f"E{len(events):05d}", cid, (t + timedelta(hours=1)).isoformat(sep=" "), "tp_pay", "paid"))
        for _ in range(2):
            c = t + timedelta(days=rnd.randrange(1, 10))
            if c.year != 2025:
                continue
            outcome = rnd.choices(["resolved", "escalated", "abandoned"], [0.7, 0.15, 0.15])[0]
            outcomes.append(outcome)
            events.append((f"E{len(events):05d}", cid, c.isoformat(sep=" "), "tp_call", outcome))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"abandoned": outcomes.count("abandoned") / len(outcomes)}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("rate_of_an_outcome"), _desk) as out:
        yield out


@pytest.mark.parametrize("question", ["What was the abandonment rate of calls to the service desk in 2025?",
                                      "2025年客服来电的放弃率是多少？"])
def test_a_rate_named_by_a_steps_outcome_is_its_share(desk, question: str) -> None:  # noqa: ANN001
    service, facts = desk
    a = ask(service, question)
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["abandoned"]) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, facts)


def test_a_first_attempt_rate_is_not_the_plain_share(desk) -> None:  # noqa: ANN001
    service, _ = desk
    a = ask(service, "What was the first-time resolution rate of calls to the service desk in 2025?")
    assert a.status != "ok", a.answer
