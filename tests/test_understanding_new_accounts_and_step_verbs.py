"""Two causes from session 44's mobile-vet batch:
- "How many new client accounts were opened last quarter?" named nothing the planner knew and was refused: the new
  accounts are the customers who signed up in the period (new_customers), as "新建档的客户" already was;
- "去年下半年客户一共提交了多少次续药申请？" sliced the request step by the action "submitted" (提交), which the step never
  records — all its events are "requested" — and answered "no data": the verb is the doing of a step that records
  one outcome only. A step recording several outcomes keeps the filter (an outcome it never records is no answer).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4503)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_form", "Intake form", "建档表", "Intake form", "consideration"),
               ("tp_booking", "Booking", "预约", "Booking", "purchase"),
               ("tp_refill", "Repeat prescription request", "续药申请", "Repeat prescription request", "loyalty")])
    customers, events = [], []
    march = refills_h2 = 0
    for i in range(700):
        cid = f"C{i:04d}"
        joined = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(520), hours=8)
        customers.append((cid, joined.isoformat(sep=" ")))
        march += joined.year == 2026 and joined.month == 3
        events.append((f"E{i:05d}f", cid, joined.isoformat(sep=" "), "tp_form", "submitted"))
        at = joined + timedelta(days=rnd.randrange(1, 20))
        events.append((f"E{i:05d}b", cid, at.isoformat(sep=" "), "tp_booking", rnd.choice(["booked", "abandoned"])))
        for k in range(rnd.randrange(3)):
            r = at + timedelta(days=30 * (k + 1))
            refills_h2 += r.year == 2025 and r.month >= 7
            events.append((f"E{i:05d}r{k}", cid, r.isoformat(sep=" "), "tp_refill", "requested"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"march": march, "refills_h2": refills_h2}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("new_accounts_step_verbs"), _company) as out:
        yield out


def test_new_client_accounts_opened_are_the_sign_ups(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many new client accounts were opened in March 2026?")
    assert a.status == "ok", a.answer
    assert facts["march"] in first_numbers(a), (facts, a.answer)
    assert any(c.args.get("metric_id") == "new_customers" for c in a.tool_calls), a.tool_calls


def test_accounts_opened_without_new_are_the_sign_ups_too(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many accounts were opened in March 2026?")
    assert a.status == "ok", a.answer
    assert facts["march"] in first_numbers(a), (facts, a.answer)


def test_verb_of_a_one_outcome_step_slices_nothing(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年下半年客户一共提交了多少次续药申请？")
    assert a.status == "ok", a.answer
    assert facts["refills_h2"] in first_numbers(a), (facts, a.answer)
    assert not any((c.args.get("filters") or {}).get("action") for c in a.tool_calls), a.tool_calls


def test_an_outcome_a_step_of_several_outcomes_never_records_is_no_answer(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "2025年一共提交了多少次预约？")
    assert a.status != "ok" or all((c.args.get("filters") or {}).get("action") for c in a.tool_calls), a.answer


def _kinds(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4506)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_visit", "Visit", "到店", "Visit", "consideration")])
    customers, events = [], []
    personal_2025 = 0
    for i in range(600):
        cid = f"C{i:04d}"
        joined = datetime(2024, 6, 1) + timedelta(days=rnd.randrange(700), hours=9)
        kind = "个人" if i % 3 else "企业"
        customers.append((cid, joined.isoformat(sep=" "), kind))
        personal_2025 += joined.year == 2025 and kind == "个人"
        events.append((f"E{i:05d}", cid, (joined + timedelta(days=1)).isoformat(sep=" "), "tp_visit"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "客户类型"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {"personal_2025": personal_2025}


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("new_people_of_a_kind"), _kinds) as out:
        yield out


def test_new_people_of_a_kind_said_between_are_that_slice_of_the_sign_ups(kinds) -> None:  # noqa: ANN001
    service, facts = kinds
    a = ask(service, "2025年新注册的个人客户有多少？")
    assert a.status == "ok", a.answer
    assert facts["personal_2025"] in first_numbers(a), (facts, a.answer)


def test_new_people_by_a_trade_word_are_the_sign_ups(kinds) -> None:  # noqa: ANN001
    service, _ = kinds
    a = ask(service, "2025年新来的业主有多少？")
    assert a.status == "ok", a.answer
    assert any(c.args.get("metric_id") == "new_customers" for c in a.tool_calls), a.tool_calls
