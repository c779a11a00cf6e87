""""2025年船公司直接驳回了多少张修箱估价单？" (session 48's container depot batch) counted every repair estimate: 驳回
before its aspect particle was no word of its own, so the value rejected was never read, and once read it sliced the
estimate step, which never records the approval's outcome. The outcome is recorded at the approval step; those
records are counted (said).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4814)
    tmp.mkdir(parents=True, exist_ok=True)
    events, rejected = [], 0
    for i in range(300):
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(340), hours=9)
        events.append((f"E{i:04d}a", f"C{i % 40:04d}", at.isoformat(sep=" "), "tp_estimate", ""))
        result = rnd.choices(["approved", "rejected", "partially_approved"], weights=[6, 2, 2])[0]
        events.append((f"E{i:04d}b", f"C{i % 40:04d}", (at + timedelta(hours=20)).isoformat(sep=" "), "tp_approval",
                       result))
        rejected += result == "rejected"
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_estimate", "修箱估价", "Repair estimate", "service"),
               ("tp_approval", "估价审批", "Estimate approval", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(40)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "approval_result"], events)
    return {"rejected": rejected}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("outcome_next_step"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年直接驳回了多少张修箱估价单？", "How many repair estimates were rejected in 2025?"])
def test_the_outcome_is_counted_where_it_is_recorded(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert facts["rejected"] in a.tables[0].rows[0], (facts, a.tables[0].rows[:2])
