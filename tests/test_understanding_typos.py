"""Slips of the keyboard in words the data knows (causes seen in blind batches: "busines customers", "Octber 2025"):

- an everyday English word that is a value of a column ("business" of a customer-type column) misspelt is that value
  where the word itself would be one (before the people or rows it describes), and the answer says how it was read;
- a misspelt month next to a day or year is that month (it used to become the whole year, silently).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _desk(tmp: Path) -> dict[str, object]:
    rnd = random.Random(41)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_visit", "Site visit", "访问网站", "Site visit", "awareness"),
               ("tp_order", "Order placed", "下单", "Order placed", "purchase")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_visit", 14), ("buy", "Buy", 2, "tp_order", 14)])
    customers, events = [], []
    for i in range(240):
        cid = f"C{i:04d}"
        kind = "business" if rnd.random() < 0.3 else "personal"
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=rnd.randrange(24))
        customers.append((cid, at.isoformat(sep=" "), kind))
        events.append((f"{cid}-v", cid, at.isoformat(sep=" "), "tp_visit", "view"))
        if rnd.random() < 0.5:
            events.append((f"{cid}-o", cid, (at + timedelta(hours=3)).isoformat(sep=" "), "tp_order", "submit"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "customer_type"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"customers": customers, "events": events}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("typos"), _desk) as out:
        yield out


def test_a_misspelt_everyday_value_before_its_people_is_that_value(desk) -> None:  # noqa: ANN001
    service, facts = desk
    a = ask(service, "what percentage of our customers are busines customers rather than personal ones?")
    kinds = [k for _, _, k in facts["customers"]]
    share = kinds.count("business") / len(kinds)
    assert a.status == "ok", a.answer
    assert any(abs(v - share) < 1e-6 for v in first_numbers(a)), (share, a.tables[0].rows)
    assert any("busines" in x and "business" in x for x in a.assumptions), a.assumptions


def test_a_misspelt_month_is_that_month(desk) -> None:  # noqa: ANN001
    service, facts = desk
    a = ask(service, "How many orders were placed in Octber 2025?")
    n = sum(1 for e in facts["events"] if e[3] == "tp_order" and e[2].startswith("2025-10"))
    assert a.status == "ok", a.answer
    assert first_numbers(a)[:1] and n in first_numbers(a), (n, a.tables[0].rows)
    assert any("October" in x for x in a.assumptions), a.assumptions


@pytest.mark.parametrize("said,meant", [("which venue gets the most complants about lag", "complaints"),
                                         ("how many coments mention the queue", "comments"),
                                         ("show me the reveiws", "reviews")])
def test_a_misspelt_cue_word_is_mended(said, meant) -> None:
    from assistant.planner.linker import mend_cue_typos
    text, fixes = mend_cue_typos(said)
    assert meant in text.split() and fixes and fixes[0][1] == meant


@pytest.mark.parametrize("text", ["which channel has the most orders", "lag stuttering or high ping",
                                  "the sherpa tours"])
def test_real_words_and_the_datas_words_are_not_mended(text) -> None:
    from assistant.planner.linker import mend_cue_typos
    assert mend_cue_typos(text, keep={"sherpa"}) == (text, [])
