""""How many instruments did we calibrate last month?" (session 47's calibration batch) was asked back: the one-word
step "Calibration" is said with its verb. The verb of a noun in -ation / -ion that the dictionary knows and that is
no everyday verb (calibrate, inspect) names the step; "Payment" keeps its noun (pay is everyone's word).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4721)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    n = {"tp_cal": 0, "tp_insp": 0}
    for i in range(500):
        tp = rnd.choice(["tp_cal", "tp_insp", "tp_pay"])
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360), hours=9)
        events.append((f"E{i:04d}", f"C{i % 100:04d}", at.isoformat(sep=" "), tp))
        if tp in n:
            n[tp] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"],
              [("tp_cal", "Calibration", "service"), ("tp_insp", "Inspection", "service"), ("tp_pay", "Payment", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(100)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return n


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("one_word_step_verb"), _company) as out:
        yield out


@pytest.mark.parametrize("q, tp", [("How many instruments did we calibrate in 2025?", "tp_cal"),
                                   ("How many sites did we inspect in 2025?", "tp_insp")])
def test_verb_of_a_one_word_step(company, q, tp) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("value")] == facts[tp], (a.assumptions, t.rows)
