""""Which contract tier renews best? Reminders sent in 2025, renewed within 60 days." (session 47's fire-safety batch)
grouped by contract_id and counted people: "contract" before "tier" is a modifier (an id column's word before another
column's is no grouping), "tier" is the column named by that word alone (not proposed_tier), and "best" asks how well
each tier converts at the step — its conversion, not how many reached it.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

# (many basic clients, few of whom renew; few premium clients, most of whom renew)
TIERS = {"basic": (300, 0.45), "standard": (200, 0.6), "premium": (80, 0.85)}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4713)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events = [], []
    sent: Counter[str] = Counter()
    renewed: Counter[str] = Counter()
    i = 0
    for tier, (n, p) in TIERS.items():
        for _ in range(n):
            cid = f"C{i:04d}"
            customers.append((cid, "2024-01-01", tier))
            at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(300), hours=9)
            events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_reminder", f"K{i:05d}",
                           rnd.choice(list(TIERS))))
            sent[tier] += 1
            if rnd.random() < p:
                events.append((f"E{i:04d}b", cid, (at + timedelta(days=rnd.randrange(1, 50))).isoformat(sep=" "),
                               "tp_renewed", f"K{i:05d}", ""))
                renewed[tier] += 1
            i += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"],
              [("tp_reminder", "Renewal reminder", "loyalty"), ("tp_renewed", "Contract renewed", "loyalty")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("renewal", "Contract renewal", 1, "tp_reminder", 60), ("renewal", "Contract renewal", 2, "tp_renewed", 60)])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tier"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "contract_id", "proposed_tier"],
              events)
    rate = {t: renewed[t] / sent[t] for t in TIERS}
    return {"best": max(rate, key=rate.get), "most": renewed.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("renews_best"), _company) as out:
        yield out


def test_tier_that_renews_best(company) -> None:  # noqa: ANN001
    service, facts = company
    assert facts["best"] != facts["most"]
    a = ask(service, "Which contract tier renews best? Reminders sent in 2025, renewed within 60 days.")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "tier" and t.rows[0][0] == facts["best"], (t.columns, t.rows)


def test_tier_with_most_renewals_is_a_count(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which tier had the most contracts renewed in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["most"], a.tables[0].rows
