"""Two causes from session 45's kombucha batch, "品鉴会报了名真到场的比例，哪种活动形式最高？":
- "真到场" is the rest of the step 品鉴会到场 after the words it shares with the step named (品鉴会报名): both steps
  are named, and the share is the conversion from one to the other;
- "活动" right after 哪种 is the kind asked for, never the dictionary's "active" of a lifecycle column.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4513)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_rsvp", "Tasting RSVP", "品鉴会报名", "Tasting RSVP", "consideration"),
               ("tp_event", "Tasting attended", "品鉴会到场", "Tasting attended", "consideration")])
    customers, events = [], []
    came = rsvp = 0
    for i in range(600):
        cid = f"C{i:04d}"
        at = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(250), hours=18)
        customers.append((cid, at.isoformat(sep=" "), rnd.choice(["active", "lapsed"])))
        venue = rnd.choice(["taproom", "cafe_popup", "online_live"])
        events.append((f"E{i:05d}r", cid, at.isoformat(sep=" "), "tp_rsvp", venue))
        rsvp += 1
        if rnd.random() < 0.6:
            events.append((f"E{i:05d}e", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_event", venue))
            came += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "lifecycle"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "venue_type"], events)
    return {"rate": came / rsvp}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("sibling_step_zh"), _company) as out:
        yield out


def test_the_rest_of_a_sibling_steps_name_names_it(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年品鉴会报了名真到场的比例是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["rate"]) < 0.002 for v in first_numbers(a)), (facts, a.answer)


def test_the_kind_a_which_asks_for_is_no_glossed_value(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "2025年品鉴会报名，哪种活动形式的人最多？")
    assert not any((c.args.get("filters") or {}).get("lifecycle") for c in a.tool_calls), a.tool_calls
