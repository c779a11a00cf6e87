"""A column's word said as the one who did something is no grouping (blind batch carpetclean of session 52): "what %
of Shenzhen home visits had the crew turn up more than 30 min late?" is one share of the visits, not a ranking of
crews; "which crew turned up more than 30 min late most often?" still ranks crews. An everyday word glossed as an
identifier column's name (要求 "to claim" of claim_id), or of any column no grouping word asks for (单子 read as
items), groups nothing.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv


def _visits(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5210)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "预约", "预约", "Booking", "purchase", "booking"),
               ("tp_visit", "上门清洗", "上门清洗", "Home visit", "service", "home visit|visit")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("clean", "清洗", 1, "tp_book", 14), ("clean", "清洗", 2, "tp_visit", 14)])
    customers, events = [], []
    crews = {"SZ-C01": 10, "SZ-C02": 25, "SZ-C03": 60}
    for i in range(600):
        cid = f"H{i:04d}"
        customers.append((cid, "2025-01-01"))
        at = datetime(2025, 7, 1) + timedelta(days=rnd.randrange(60), hours=rnd.randrange(8, 17))
        crew = list(crews)[i % 3]
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_book", "booked", "", "", "", ""))
        delay = rnd.randrange(0, crews[crew] + 20)
        events.append((f"E{len(events):06d}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_visit", "done",
                       crew, delay, f"CL{i:04d}" if i % 10 == 0 else "", ("rug", "sofa", "mattress")[i % 3]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "crew_id",
                                   "arrival_delay_min", "claim_id", "items"], events)
    return {"events": events}


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("actor_not_grouping"), _visits) as out:
        yield out


def test_the_crew_who_turned_up_late_is_no_grouping(visits) -> None:  # noqa: ANN001
    service, facts = visits
    rows = [e for e in facts["events"] if e[3] == "tp_visit"]
    want = sum(1 for e in rows if e[6] > 30) / len(rows)
    a = service.answer("In July-August 2025, what % of home visits had the crew turn up more than 30 min late?")
    assert a.status == "ok", a.answer
    assert not (a.tool_calls[0].args.get("dimension") or a.tool_calls[0].args.get("group_by")), a.tool_calls
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)[:3]), (want, a.answer)


def test_which_crew_still_ranks_crews(visits) -> None:  # noqa: ANN001
    service, _ = visits
    a = service.answer("Which crew turned up more than 30 min late most often in July-August 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and str(a.tables[0].rows[0][0]).startswith("SZ-C03"), a.answer


def test_a_word_glossed_as_an_identifier_groups_nothing(visits) -> None:  # noqa: ANN001
    service, _ = visits
    a = service.answer("2025年7到8月上门清洗时客户要求师傅迟到超过30分钟的比例是多少？")
    assert a.tool_calls, a.answer
    assert a.tool_calls[0].args.get("dimension") != "claim_id", a.tool_calls
    assert "claim_id" not in " ".join(a.assumptions), a.assumptions


def test_a_guessed_column_name_without_a_grouping_word_groups_nothing(visits) -> None:  # noqa: ANN001
    service, _ = visits
    a = service.answer("2025年7到8月，上门时师傅迟到超过30分钟的单子占比多少？")
    assert a.tool_calls, a.answer
    assert a.tool_calls[0].args.get("dimension") != "items", a.tool_calls
