"""The company's own word for its customers, read from the columns it keeps on them (cause seen in session 35's first
blind batch, a used-car auction whose customers are dealers: customers.dealer_type and dealer_name): "per dealer",
"the dealer's region" count the customers — it was refused as a word the data does not have.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

REGIONS = {"Guangdong": 0.7, "Shanghai": 0.55, "Malaysia": 0.3}


def _auction(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3504)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_register", "Registration", "注册", "Registration", "awareness", "注册|register|registration"),
               ("tp_deposit", "Deposit paid", "缴纳保证金", "Deposit paid", "consideration", "保证金|deposit")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("onboard", "Onboarding", 1, "tp_register", 60), ("onboard", "Onboarding", 2, "tp_deposit", 60)])
    customers, events, seen = [], [], {r: [0, 0] for r in REGIONS}
    for i in range(600):
        cid = f"D{i:04d}"
        region = rnd.choice(list(REGIONS))
        customers.append((cid, "2025-01-01 00:00:00", region, rnd.choice(["independent", "chain"]), f"Dealer {i}",
                          f"车商{i}公司"))
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(300))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_register", "submit"))
        seen[region][0] += 1
        if rnd.random() < REGIONS[region]:
            events.append((f"E{i}-1", cid, (at + timedelta(days=5)).isoformat(sep=" "), "tp_deposit", "paid"))
            seen[region][1] += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region", "dealer_type", "dealer_name",
                                      "company_name"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"rates": {r: b / a for r, (a, b) in seen.items()}, "lost": sum(a - b for a, b in seen.values())}


@pytest.fixture(scope="module")
def auction(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("customer_word"), _auction) as out:
        yield out


def test_the_companys_word_for_its_customers_counts_them(auction) -> None:  # noqa: ANN001
    service, facts = auction
    worst = min(facts["rates"], key=facts["rates"].get)
    a = ask(service, "Which region had the worst conversion from registration to deposit paid in 2025? Per dealer, "
                     "split by the dealer's region.")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == worst, (worst, a.answer)


def test_the_companies_lost_are_no_grouping_by_their_names(auction) -> None:  # noqa: ANN001
    """"流失的公司最多" of company_name: the companies themselves, not a ranking of company names."""
    service, facts = auction
    a = ask(service, "2025年从注册到交保证金的漏斗里，哪一步之后流失的公司最多？")
    assert a.status == "ok", a.answer
    assert "company_name" not in a.tables[0].columns, a.tables[0].columns
    assert facts["lost"] in [v for row in a.tables[0].rows for v in row], (facts["lost"], a.tables[0].rows)


@pytest.mark.parametrize("q", ["Which dealer converted worst from registration to deposit in 2025?",
                               "Conversion from registration to deposit paid by dealer in 2025"])
def test_the_customer_word_after_which_or_by_groups_by_its_column(auction, q) -> None:  # noqa: ANN001
    """"which dealer", "by dealer": a grouping word before it asks for the dealers' groups (dealer_type; dealer_name
    holds one dealer each), never refused nor dropped for one overall rate."""
    service, _ = auction
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].columns[0] == "dealer_type", (a.tables[0].columns if a.tables else a.answer)
