"""Calls answered or missed said in everyday words (blind batch carpetclean of session 52): "打进热线的电话里，没接
起来的占几成", "how many hotline calls did we actually pick up", "漏接了多少个电话" where the call step records
answered / missed; and a follow-up asking the same of "the other cities combined" takes every city but the one
asked before.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv


def _calls(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5211)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_call", "热线咨询", "热线咨询", "Hotline call", "consideration", "热线|hotline"),
               ("tp_book", "预约下单", "预约下单", "Visit booked", "purchase", "预约|booking")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("phone", "电话预约", 1, "tp_call", 14), ("phone", "电话预约", 2, "tp_book", 14)])
    customers, events = [], []
    for i in range(700):
        cid = f"T{i:04d}"
        customers.append((cid, "2025-01-01"))
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(8, 20))
        city = ("Shanghai", "Beijing", "Chengdu")[i % 3]
        missed = rnd.random() < (0.35 if city == "Chengdu" else 0.15)
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_call", "missed" if missed else "answered",
                       city))
        if not missed and rnd.random() < 0.5:
            events.append((f"E{len(events):06d}", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_book", "submit",
                           city))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "city"], events)
    return {"events": events}


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("call_outcomes"), _calls) as out:
        yield out


@pytest.mark.parametrize("q,outcome", [("How many hotline calls did we actually pick up in 2025?", "answered"),
                                       ("2025年热线漏接了多少个电话？", "missed"),
                                       ("2025年热线有多少通电话没接？", "missed")])
def test_calls_counted_by_their_outcome(calls, q: str, outcome: str) -> None:  # noqa: ANN001
    service, facts = calls
    want = sum(1 for e in facts["events"] if e[3] == "tp_call" and e[4] == outcome and e[2][:4] == "2025")
    a = service.answer(q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_share_of_calls_not_picked_up(calls) -> None:  # noqa: ANN001
    service, facts = calls
    rows = [e for e in facts["events"] if e[3] == "tp_call" and e[2][:4] == "2025"]
    want = sum(1 for e in rows if e[4] == "missed") / len(rows)
    a = service.answer("2025年打进热线的电话里，没接起来的占几成？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


@pytest.mark.parametrize("follow", ["and for the other cities combined?", "其他几个城市加起来呢？"])
def test_the_other_cities_taken_together(calls, follow: str) -> None:  # noqa: ANN001
    service, facts = calls
    rows = [e for e in facts["events"] if e[3] == "tp_call" and e[2][:4] == "2025" and e[5] != "Chengdu"]
    want = sum(1 for e in rows if e[4] == "missed") / len(rows)
    a = service.answer("In 2025, what share of hotline calls in Chengdu were missed?")
    assert a.status == "ok", a.answer
    b = service.answer(follow, session_id=a.session_id)
    assert b.status == "ok", b.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(b)), (want, b.answer)


def test_groups_ranked_by_a_rate_of_words_nothing_names(calls) -> None:  # noqa: ANN001
    """"哪个城市的热线电话被转接的比例最高？" where nothing records a transfer: the rate is of words no name covers,
    so ranking the cities by how many calls each had answers another question — said, never ranked."""
    service, _ = calls
    a = service.answer("2025年哪个城市的热线电话被转接的比例最高？")
    assert a.status == "unsupported", a.answer
    b = service.answer("2025年哪个城市的热线电话占比最高？")
    assert b.status == "ok", b.answer


def test_a_step_named_in_the_rates_name_scopes_both_sides(calls) -> None:  # noqa: ANN001
    """"the hotline miss rate (missed calls / all calls)": neither side names a step, the rate's name does (hotline):
    both sides are the hotline's rows, never every event (bookings included)."""
    service, facts = calls
    rows = [e for e in facts["events"] if e[3] == "tp_call" and e[2][:4] == "2025"]
    want = sum(1 for e in rows if e[4] == "missed") / len(rows)
    a = service.answer("What was the first-call hotline miss rate in 2025 (missed first calls / all first calls)?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_no_sessions_measure_without_session_ids(calls) -> None:  # noqa: ANN001
    """Events without session ids: "visits" and "sessions" name no sessions measure, which would count nothing."""
    service, _ = calls
    assert "sessions" not in {m.id for m in service.knowledge().catalog.metrics}


def test_a_share_asked_is_no_ranking(calls) -> None:  # noqa: ANN001
    """"…的比例是多少" asks one share (多少 is no 多, "more"): never read as groups ranked by a rate."""
    service, facts = calls
    rows = [e for e in facts["events"] if e[3] == "tp_call" and e[2][:4] == "2025"]
    want = sum(1 for e in rows if e[5] == "Chengdu") / len(rows)
    a = service.answer("2025年打进热线的电话里，成都的电话占的比例是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)
