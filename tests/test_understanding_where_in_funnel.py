""""Where in the new-user first-order funnel do we lose the most people? Everyone who signed up in 2025." (session
45's drone delivery batch) showed the whole funnel, step 1 first: "where in the … funnel" asks for the step that
loses the most, as "which step" does — also when a step is named to say who entered ("everyone who signed up").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = [("tp_signup", "Sign up", 1.0), ("tp_quote", "Fee quote", 0.9), ("tp_order", "Order placed", 0.4),
         ("tp_pay", "Payment", 0.95)]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4722)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    for i in range(400):
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
        for k, (tp, _, p) in enumerate(STEPS):
            if k and rnd.random() > p:
                break
            events.append((f"E{i:04d}{k}", f"C{i:04d}", (at + timedelta(hours=k)).isoformat(sep=" "), tp))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [(t, n, "purchase") for t, n, _ in STEPS])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("activation", "New user first order", k + 1, t, 30) for k, (t, _, _) in enumerate(STEPS)])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(400)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("where_in_funnel"), _company) as out:
        yield out


@pytest.mark.parametrize("q", [
    "Where in the new user first order funnel do we lose the most people? Everyone who signed up in 2025.",
    "Where in the new user first order funnel do we lose the most people in 2025?",
])
def test_where_in_the_funnel_ranks_the_steps(company, q) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("touchpoint_id")] == "tp_quote", (t.columns, t.rows[:2])
