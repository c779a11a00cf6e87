""""Which clinic does the biggest sessions, i.e. the highest average number of grafts implanted per surgery?"
(session 48's hair-transplant batch) ranked clinics by their number of sessions: the measure said again after
"i.e." / "that is" / 也就是 is the one meant; the loose words before it only lead up to it.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

# (many small sessions at one clinic, few large ones at another: the two readings rank differently)
CLINICS = {"BKK01": (300, 1800), "IST01": (120, 4200), "GZ01": (200, 2500)}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4804)
    tmp.mkdir(parents=True, exist_ok=True)
    events, grafts = [], defaultdict(list)
    i = 0
    for code, (n, mean) in CLINICS.items():
        for _ in range(n):
            at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
            g = max(500, int(rnd.gauss(mean, 300)))
            events.append((f"E{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_surgery", code, g))
            grafts[code].append(g)
            i += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_surgery", "手术", "Surgery", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(i)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "clinic_id", "grafts_implanted"],
              events)
    return {"top": max(grafts, key=lambda c: sum(grafts[c]) / len(grafts[c]))}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("restated"), _company) as out:
        yield out


@pytest.mark.parametrize("q", [
    "Which clinic does the biggest sessions, i.e. the highest average number of grafts implanted per surgery?",
    "Which clinic has the most sessions, that is, the highest average grafts implanted per surgery?",
])
def test_the_measure_said_again_is_the_one_meant(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][0] == facts["top"], (t.columns, t.rows[:3])
