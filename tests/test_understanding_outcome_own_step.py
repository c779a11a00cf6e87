"""An outcome's share asked of a step that cannot record it, and the question's own "share" (causes seen in session
34's second blind batch, a glucose-monitor subscription whose replacement journey is failure reported → replacement
approved (approved / rejected) → replacement delivered, and whose app events record an action "shared"):

- "What share of the replacement requests decided in 2025 were rejected?" where "replacement" names the delivery
  step: the rejected share is read at the approval step that records it (it was "no rows have action rejected: 0");
- "What share of the 2025 retention calls saved the subscriber?": "share" is the question's word, never the action
  shared (that left no rows).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _sensors(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3413)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_fail", "Sensor failure reported", "故障上报", "Sensor failure reported", "service", "failure|故障"),
               ("tp_approve", "Replacement approved", "补发审批", "Replacement approved", "service",
                "replacement approval|补发审批"),
               ("tp_deliver", "Replacement delivered", "补发签收", "Replacement delivered", "service",
                "replacement|补发"),
               ("tp_report", "Report shared", "分享报告", "Report shared", "loyalty", "report|报告"),
               ("tp_retention", "Retention call", "挽留回访", "Retention call", "loyalty", "retention call|挽留")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("replacement", "Sensor replacement", 1, "tp_fail", 14),
               ("replacement", "Sensor replacement", 2, "tp_approve", 14),
               ("replacement", "Sensor replacement", 3, "tp_deliver", 14)])
    customers, events = [], []
    decided = {"approved": 0, "rejected": 0}
    calls = {"saved": 0, "lost": 0}
    for i in range(600):
        cid = f"P{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_report", "shared"))
        if i % 2 == 0:
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_fail", "reported"))
            outcome = "rejected" if rnd.random() < 0.15 else "approved"
            decided[outcome] += 1
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=1)).isoformat(sep=" "), "tp_approve",
                           outcome))
            if outcome == "approved":
                events.append((f"E{len(events):05d}", cid, (t + timedelta(days=4)).isoformat(sep=" "), "tp_deliver",
                               "delivered"))
        else:
            outcome = "saved" if rnd.random() < 0.3 else "lost"
            calls[outcome] += 1
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=2)).isoformat(sep=" "), "tp_retention",
                           outcome))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"rejected": decided["rejected"] / sum(decided.values()), "saved": calls["saved"] / sum(calls.values())}


@pytest.fixture(scope="module")
def sensors(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("outcome_own_step"), _sensors) as out:
        yield out


def test_an_outcome_is_read_at_the_step_that_records_it(sensors) -> None:  # noqa: ANN001
    service, facts = sensors
    a = ask(service, "What share of the replacement requests decided in 2025 were rejected?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["rejected"]) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, facts)


def test_the_questions_share_is_no_value_shared(sensors) -> None:  # noqa: ANN001
    service, facts = sensors
    a = ask(service, "What share of the 2025 retention calls saved the subscriber?")
    assert a.status == "ok", a.answer
    assert "shared" not in a.answer
    assert any(abs(v - facts["saved"]) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, facts)
