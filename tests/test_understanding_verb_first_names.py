"""A step named "<noun phrase> <participle>" ("Site survey booked") is said verb first: "between booking a site survey
and the site measurement" (session 50's glass-repair batch refused it: "nothing called …").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5007)
    tmp.mkdir(parents=True, exist_ok=True)
    events, waits = [], []
    for i in range(160):
        cid = f"C{i:04d}"
        at = datetime(2025, 10, 1, 9) + timedelta(days=rnd.randrange(80))
        gap = rnd.randrange(1, 15)
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_measure_booked", "scheduled"))
        if i % 5 == 0:
            continue  # (never measured)
        events.append((f"E{i:04d}b", cid, (at + timedelta(days=gap)).isoformat(sep=" "), "tp_site_measure", "measured"))
        waits.append(gap)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage", "aliases"],
              [("tp_measure_booked", "预约上门测量", "Site survey booked", "consideration", "survey booking"),
               ("tp_site_measure", "上门测量", "Site measurement", "consideration", "量尺|site survey|measure-up")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-06-01") for j in range(160)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("survey", "Survey", 1, "tp_measure_booked", 30), ("survey", "Survey", 2, "tp_site_measure", 30)])
    return {"median": statistics.median(waits), "share": len(waits) / 160}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("verb_first_names"), _company) as out:
        yield out


def test_a_step_named_noun_then_participle_is_said_verb_first(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Median days between booking a site survey and the site measurement, Oct-Dec 2025?")
    assert a.status == "ok", a.answer
    assert any(abs(x - facts["median"]) < 0.05 for x in first_numbers(a)), (a.answer, facts)


@pytest.mark.parametrize("name, said", [("Site survey booked", "booking a site survey"),
                                        ("Site survey booked", "book the site survey"),
                                        ("Quote approved", "approve a quote")])
def test_a_participle_name_yields_its_verb_first_forms(name: str, said: str) -> None:
    from assistant.planner.linker import _participle_first
    assert said in _participle_first(name)


def test_what_rate_of_those_who_did_one_step_got_the_next_is_a_share(company) -> None:  # noqa: ANN001
    """("of buyers who filed a DOA claim in 2025, what rate got a claim decision within 14 days?": session 50's koi
    batch was told "your data has nothing called 'what rate'")"""
    service, facts = company
    a = ask(service, "Of customers who had a site survey booked in Oct-Dec 2025, what rate got a site measurement "
                     "within 30 days?")
    assert a.status == "ok", a.answer
    assert any(abs(x - facts["share"]) < 0.02 for x in first_numbers(a)), (a.answer, facts)



@pytest.mark.parametrize("q", ["For leads from Oct-Dec 2025, at which step of the survey funnel do we lose the most "
                               "prospects?",
                               "For franchisees from Oct-Dec 2025, at which step of the survey funnel do we lose the most?"])
def test_the_customers_of_b2b_trades_are_people_words(company, q) -> None:  # noqa: ANN001
    """("For leads from Jul–Dec 2025 …": session 50's franchise batch was told "your data has nothing called leads")"""
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
