"""Absence kept in an attendance column (cause seen in a blind gymnastics batch: "What was last month's class no-show
rate?", "classes marked absent out of all scheduled class records", "进阶班的课缺勤率"): the absent records over all of
the step's records — never the drop-off before an arrival step of a journey, never a share over every event.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _gym(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_trial_book", "Trial booked", "预约体验课", "Trial booked", "consideration", "预约体验|book a trial"),
               ("tp_trial", "Trial attended", "体验课到场", "Trial attended", "consideration", "体验课|trial"),
               ("tp_class", "Class", "上课", "Class", "service", "课|class|lesson")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("trial", "Trial", 1, "tp_trial_book", 14), ("trial", "Trial", 2, "tp_trial", 14)])
    customers, events, classes = [], [], []
    n = 0
    for i in range(200):
        cid = f"K{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(200))
        events.append((f"{cid}-b", cid, at.isoformat(sep=" "), "tp_trial_book", "book", ""))
        if rnd.random() < 0.6:
            events.append((f"{cid}-t", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_trial", "attend", ""))
            for k in range(rnd.randrange(2, 9)):
                n += 1
                state = "absent" if rnd.random() < 0.15 else "attended"
                day = at + timedelta(days=7 * (k + 1))
                events.append((f"E{n:05d}", cid, day.isoformat(sep=" "), "tp_class", "log", state))
                classes.append((day, state))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "attendance"], events)
    return {"classes": classes}


@pytest.fixture(scope="module")
def gym(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("absence"), _gym) as out:
        yield out


@pytest.mark.parametrize("q", ["What was our class no-show rate in 2025?",
                               "What was our no-show rate in 2025, i.e. classes marked absent out of all class records?"])
def test_a_no_show_rate_reads_the_attendance_column(gym, q) -> None:  # noqa: ANN001
    service, facts = gym
    year = [s for d, s in facts["classes"] if d.year == 2025]
    want = sum(s == "absent" for s in year) / len(year)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - want) < 1e-6, (want, a.tables[0].rows, a.tool_calls[0].args)
