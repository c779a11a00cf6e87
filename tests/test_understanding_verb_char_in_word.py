""""2025年6到8月，现场勘察改期了多少次？" (session 46's greenhouse batch) where the renewal step's aliases hold 到期: the
期 of 改期了 ends a word of its own (改期, to reschedule) and names no step by its one character; 改期 names the
survey's outcome rescheduled, counted at the survey step. And a Chinese verb's sense gives its regular past, the
form outcomes are written in: 漏掉 "to miss" names missed.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4617)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_survey", "现场勘察", "现场勘察", "Site survey", "consideration", "勘察|site survey"),
               ("tp_renewal", "维保续约", "维保续约", "Maintenance renewal", "loyalty", "续约|到期|renewal"),
               ("tp_visit", "定期巡检", "定期巡检", "Inspection visit", "service", "巡检|inspection")])
    customers, events = [], []
    moved = missed = 0
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 6) + timedelta(days=rnd.randrange(340), hours=9)
        outcome = "rescheduled" if rnd.random() < 0.15 else "completed"
        moved += outcome == "rescheduled"
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_survey", outcome))
        visit = "missed" if rnd.random() < 0.1 else "done"
        missed += visit == "missed" and (at + timedelta(days=40)).year == 2025
        events.append((f"E{i:04d}c", cid, (at + timedelta(days=40)).isoformat(sep=" "), "tp_visit", visit))
        if i % 4 == 0:
            events.append((f"E{i:04d}b", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_renewal",
                           rnd.choice(["renewed", "lapsed"])))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"moved": moved, "missed": missed}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("verb_char_in_word"), _company) as out:
        yield out


def test_a_character_ending_another_word_names_no_step(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年现场勘察改期了多少次？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == facts["moved"], (facts, a.answer)


def test_a_verbs_sense_gives_its_regular_past(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年有多少次定期巡检漏掉了没去？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == facts["missed"], (facts, a.answer)
