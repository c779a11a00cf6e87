""""Which delivery slot has the highest wilted rate for bouquets?" (the class of session 45's cheesemaker batch, "the
highest melted rate for club boxes"): the rate counts the delivery step "Bouquet delivered" by its condition, and
the basket kind "bouquet" is a column recorded only at checkout. A slice the rate's step never records would leave
no row; its words are in that step's name, so it names the thing the step is about and slices nothing. A value the
delivery step does record (the slot) still slices, and a kind the step's name does not say is no answer.

And a rate whose counted outcome the step it is taken at never records ("no-show rate on fittings booked", where
no_show is recorded only at "Missed appointment") is 0 % by construction: said so, never answered as 0 %.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

SLOTS = ["morning", "afternoon", "evening"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4601)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_checkout", "Checkout", "结账", "Checkout", "purchase", "下单"),
               ("tp_delivered", "Bouquet delivered", "花束签收", "Bouquet delivered", "service", "送达|签收")])
    customers, events = [], []
    wilted: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for i in range(900):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(200), hours=10)
        basket = "bouquet" if i % 3 else "vase"
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_checkout", basket, "", ""))
        slot = SLOTS[i % 3]
        # the evening slot wilts far more often: the planted pattern the ranking must find
        cond = "wilted" if rnd.random() < {"morning": 0.04, "afternoon": 0.08, "evening": 0.25}[slot] else "fresh"
        total[slot] += 1
        wilted[slot] += cond == "wilted"
        events.append((f"E{i:05d}b", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_delivered", "", slot, cond))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "basket", "delivery_slot",
                                   "arrival_condition"], events)
    rates = {s: wilted[s] / total[s] for s in SLOTS}
    top = max(rates, key=rates.get)
    return {"top": top, "rate": rates[top], "n": total[top], "morning": rates["morning"]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("value_naming_rates_step"), _company) as out:
        yield out


def test_the_things_word_in_the_steps_name_slices_nothing(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which delivery slot has the highest wilted rate for bouquets? all data")
    assert a.status == "ok", a.answer
    row = a.tables[0].rows[0]
    assert row[0] == facts["top"], a.tables[0].rows
    assert abs(row[1] - facts["rate"]) < 1e-9 and row[-1] == facts["n"], row


def test_a_value_the_step_records_still_slices(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What is the wilted rate for bouquets in the morning slot? all data")
    assert a.status == "ok", a.answer
    assert any(isinstance(v, float) and abs(v - facts["morning"]) < 1e-9 for v in a.tables[0].rows[0]), \
        a.tables[0].rows


def _clinic(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4604)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_booking", "Fitting booking", "预约试戴", "Fitting booking", "purchase", "booked a fitting"),
               ("tp_missed", "Missed appointment", "爽约", "Missed appointment", "service", "no-show|爽约"),
               ("tp_fitting", "Fitting", "试戴", "Fitting", "service", "fitted")])
    customers, events = [], []
    booked = missed = 0
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300), hours=9)
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_booking", "submit"))
        booked += 1
        if rnd.random() < 0.2:
            missed += 1
            events.append((f"E{i:05d}b", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_missed", "no_show"))
        else:
            events.append((f"E{i:05d}c", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_fitting", "completed"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"booked": booked, "missed": missed}


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("outcome_elsewhere"), _clinic) as out:
        yield out


def test_an_outcome_the_step_never_records_is_no_zero_rate(clinic) -> None:  # noqa: ANN001
    """"no-show rate on fittings booked": no booking event records no_show (the Missed appointment step does), so
    the rate as asked is 0 % by construction; the answer says where the outcome is recorded instead of 0 %."""
    service, _ = clinic
    a = ask(service, "What was the no-show rate on fittings booked in 2025?")
    assert a.status != "ok", a.answer
    assert "Missed appointment" in a.answer, a.answer


def test_the_rate_written_as_two_counts_is_answered(clinic) -> None:  # noqa: ANN001
    """The phrasing the refusal suggests is answered: the two steps' counts."""
    service, facts = clinic
    a = ask(service, "no-show rate = Missed appointment / Fitting booking")
    assert a.status == "ok", a.answer
    assert any(isinstance(v, float) and abs(v - facts["missed"] / facts["booked"]) < 1e-9
               for v in a.tables[0].rows[0]), a.tables[0].rows
