""""Which insurer rejected the most claims in 2025?" (session 46's orthotics batch) where decisions record a payer and
a payer_type (private_insurance, government_scheme) and an outcome approved / rejected:
- an insurer or funder is the payer — the thing itself, never the column of its kinds that shares the word;
- the decisions with that outcome are ranked, not the people who reached the step (who carry no outcome);
- "which payer type" still ranks the kinds.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

PAYERS = {"straits_life": "private_insurance", "merlion": "private_insurance", "medifund": "government_scheme",
          "socso": "government_scheme"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4612)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_claim_submitted", "Funding claim submitted", "理赔提交", "Funding claim submitted", "purchase", "claims"),
               ("tp_claim_decision", "Funding claim decision", "理赔结果", "Funding claim decision", "service", "decision")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("funding", "Funding approval", 1, "tp_claim_submitted", 60), ("funding", "Funding approval", 2, "tp_claim_decision", 60)])
    customers, events = [], []
    rejected: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for i in range(700):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 6) + timedelta(days=rnd.randrange(330), hours=9)
        payer = rnd.choices(list(PAYERS), weights=[4, 3, 2, 2])[0]
        rate = {"straits_life": 0.1, "merlion": 0.15, "medifund": 0.4, "socso": 0.35}[payer]
        outcome = "rejected" if rnd.random() < rate else "approved"
        if outcome == "rejected":
            rejected[payer] += 1
            kinds[PAYERS[payer]] += 1
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_claim_submitted", "submitted", payer, PAYERS[payer]))
        events.append((f"E{i:04d}b", cid, (at + timedelta(days=12)).isoformat(sep=" "), "tp_claim_decision", outcome,
                       payer, PAYERS[payer]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "payer", "payer_type"],
              events)
    (top, n), (kind, kn) = rejected.most_common(1)[0], kinds.most_common(1)[0]
    return {"top": top, "n": n, "kind": kind, "kn": kn}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("insurer_words"), _company) as out:
        yield out


@pytest.mark.parametrize("word", ["insurer", "funder"])
def test_an_insurer_is_the_payer_and_its_rejections_are_ranked(company, word) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, f"Which {word} rejected the most claims in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].columns[0] == "payer", a.tables[0].columns
    assert a.tables[0].rows[0][0] == facts["top"] and facts["n"] in a.tables[0].rows[0], a.tables[0].rows


def test_the_kind_column_named_by_its_own_words(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which payer type rejected the most claims in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["kind"] and facts["kn"] in a.tables[0].rows[0], a.tables[0].rows
