""""Which outlet logged the most room fault reports?" (session 45's karaoke batch) where the company's column is
`venue`: outlet, branch and venue are the trade's words for the same place the company serves from, as store, shop
and salon already were. The place column is ranked, never refused as an unknown word.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

VENUES = ("Riverside", "Old Town", "Harbour", "Airport")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4602)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_lane_booking", "Lane booking", "订球道", "Lane booking", "purchase", "booked a lane"),
               ("tp_lane_fault", "Lane fault report", "球道故障报修", "Lane fault report", "service", "fault report")])
    customers, events = [], []
    faults: Counter[str] = Counter()
    for i in range(600):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=18)
        venue = rnd.choices(VENUES, weights=[1, 1, 3, 1])[0]
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_lane_booking", venue))
        if rnd.random() < 0.3:
            faults[venue] += 1
            events.append((f"E{i:05d}b", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_lane_fault", venue))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "venue"], events)
    top, n = faults.most_common(1)[0]
    return {"top": top, "n": n}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("venue_words"), _company) as out:
        yield out


@pytest.mark.parametrize("word", ["outlet", "branch"])
def test_the_trades_word_for_a_place_ranks_the_venue_column(company, word) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, f"Which {word} logged the most lane fault reports in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top"] and facts["n"] in a.tables[0].rows[0], a.tables[0].rows
