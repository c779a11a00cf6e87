"""Words measures are named with, that a company also lists as a step's alias (cause seen in a blind batch: a KTV
chain lists "rate" as an alias of its review step, so "the drop-off rate from booking paid to check-in" named the
review step too, and three steps in no one journey were asked back as "which journey?").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _venues(tmp: Path) -> dict[str, object]:
    rnd = random.Random(43)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_pay", "Booking paid", "支付订房", "Booking paid", "purchase", "booked|deposit"),
               ("tp_checkin", "Check-in", "到店签到", "Check-in", "service", "arrival"),
               ("tp_open", "Room opened", "开台", "Room opened", "service", ""),
               ("tp_review", "Review", "评价", "Review", "loyalty", "rating|rate|stars")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("online", "Online booking", 1, "tp_pay", 7), ("online", "Online booking", 2, "tp_checkin", 7),
               ("visit", "In-venue visit", 1, "tp_checkin", 1), ("visit", "In-venue visit", 2, "tp_open", 1),
               ("visit", "In-venue visit", 3, "tp_review", 1)])
    customers, events, paid, came, reviewed = [], [], set(), set(), set()
    for i in range(300):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(12))
        customers.append((cid, at.isoformat(sep=" ")))
        events.append((f"{cid}-p", cid, at.isoformat(sep=" "), "tp_pay", "pay"))
        paid.add(cid)
        if rnd.random() < 0.8:
            t = at + timedelta(days=rnd.randrange(1, 5))
            events.append((f"{cid}-c", cid, t.isoformat(sep=" "), "tp_checkin", "checkin"))
            came.add(cid)
            events.append((f"{cid}-o", cid, (t + timedelta(minutes=20)).isoformat(sep=" "), "tp_open", "open"))
            if rnd.random() < 0.5:
                events.append((f"{cid}-r", cid, (t + timedelta(hours=3)).isoformat(sep=" "), "tp_review", "rate"))
                reviewed.add(cid)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"paid": paid, "came": came, "reviewed": reviewed}


@pytest.fixture(scope="module")
def venues(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("measure_words"), _venues) as out:
        yield out


@pytest.mark.parametrize("q", ["What was the drop-off rate from booking paid to check-in in 2025?",
                               "2025年从支付订房到到店签到的流失率是多少？"])
def test_the_word_rate_of_a_measure_names_no_step(venues, q) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, q)
    lost = 1 - len(facts["came"]) / len(facts["paid"])
    assert a.status == "ok", a.answer
    assert any(abs(v - lost) < 1e-6 for v in first_numbers(a)), (lost, a.tables[0].rows)


def test_a_step_alias_still_names_its_step_alone(venues) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, "How many people reached the review step in 2025?")
    assert a.status == "ok", a.answer
    assert len(facts["reviewed"]) in first_numbers(a), (len(facts["reviewed"]), a.tables[0].rows)


@pytest.mark.parametrize("q,shows", [("What was the no-show rate in 2025?", False), ("2025年的爽约率是多少？", False),
                                     ("What was the show-up rate in 2025?", True), ("2025年的到店率是多少？", True)])
def test_a_no_show_rate_is_the_drop_off_before_the_arrival_step(venues, q, shows) -> None:  # noqa: ANN001
    """No step or measure is named no-show: those who paid for a booking (the step before the arrival step,
    check-in) and never checked in; a show-up rate is those who did."""
    service, facts = venues
    a = ask(service, q)
    came = len(facts["came"]) / len(facts["paid"])
    expected = came if shows else 1 - came
    assert a.status == "ok", a.answer
    assert any(abs(v - expected) < 1e-6 for v in first_numbers(a)), (expected, a.tables[0].rows)
    assert any("Booking paid" in x or "支付订房" in x for x in a.assumptions), a.assumptions


def test_a_no_show_rate_of_another_step_is_not_the_arrival_drop_off(venues) -> None:  # noqa: ANN001
    """"the lesson no-show rate" where no step of the arrival pair is a lesson: not that pair's drop-off."""
    service, _ = venues
    a = ask(service, "What was the lesson no-show rate in 2025?")
    assert a.status != "ok", a.answer
