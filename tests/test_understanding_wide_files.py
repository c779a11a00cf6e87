"""A cause seen in session 41's first blind batches (security guarding: 70 extra columns on events):

- a column past the first 40 of a wide file (risk_rating) kept its values out of linking altogether, so "what share
  were rated high risk?" answered another question. Its values now link as weak words: beside the column's own name
  ("high risk", "risk rating = high") or another of its values, never alone.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

FILLER = [f"note_{i:02d}" for i in range(42)]  # forty-two early text columns, each with a few values


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4105)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_survey", "Site survey", "现场勘察", "Site survey", "consideration", "site survey|勘察"),
               ("tp_contract", "Contract signed", "合同签订", "Contract signed", "purchase", "contract|签约")])
    facts: dict[str, object] = {"high25": [0, 0]}
    customers, events = [], []
    n = 0
    for i in range(700):
        cid = f"S{i:04d}"
        customers.append((cid, "2024-06-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360))
        risk = rnd.choices(["low", "medium", "high"], [3, 4, 3])[0]
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), "tp_survey", "completed",
                       *[rnd.choice(["alpha", "beta", "gamma"]) for _ in FILLER], risk))
        facts["high25"][0] += int(risk == "high")  # type: ignore[index]
        facts["high25"][1] += 1  # type: ignore[index]
        n += 1
        events.append((f"E{n:06d}", cid, (at + timedelta(days=9)).isoformat(sep=" "), "tp_contract", "signed",
                       *[rnd.choice(["alpha", "beta", "gamma"]) for _ in FILLER], ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", *FILLER, "risk_rating"],
              events)
    return facts


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("wide_files"), _company) as out:
        yield out


def test_a_late_columns_value_beside_its_name(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Of the site surveys we did in 2025, what share were rated high risk?")
    assert a.status == "ok", a.answer
    high, total = facts["high25"]  # type: ignore[misc]
    first = a.tables[0]
    row = next(r for r in first.rows if r[0] == "high")
    assert abs(row[first.columns.index("share")] - high / total) < 1e-9, a.answer


def test_a_late_columns_value_alone_links_nothing(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many site surveys did we do in 2025 at a medium pace?")
    assert not any("risk_rating" in (c.args.get("filters") or {}) for c in a.tool_calls), a.tool_calls
