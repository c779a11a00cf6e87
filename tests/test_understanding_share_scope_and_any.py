"""Session 44's hydroponic-kit batch:

- "What share of payment attempts at checkout failed for UK shoppers in 2025?": the verb names the part (failed)
  and "for UK shoppers" whom — the share of failures among the UK's attempts, not the UK's share of the failures;
- "how many kit orders came in last month? any status": a column said only to say every value counts is no grouping;
- "done by scanning the QR code (as opposed to the member card)": how, no grouping and no word the data lacks;
- "2025年所有约课里，香薰仪式占了几成？": 香薰仪式 names a step and the bookings' course type — the bookings' share;
- "What share of our approved cardholders hold a platinum card?": a past participle before the rows named says which
  rows, no verb of the part — the part is what they hold;
- "Trial classes excluded": a step left out with its noun after it, named in the assumptions, never by its id;
- "How much paid order value did we book in 2025? I mean orders placed in 2025 …": order value asked as how much is
  the orders' total, and "I mean" restates the question — no average.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4407)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_checkout", "Checkout and payment", "结算支付", "Checkout and payment", "purchase", "checkout|payment"),
               ("tp_approval", "Card application", "开卡申请", "Card application", "purchase", "card application"),
               ("tp_trial", "Trial session", "体验课", "Trial session", "consideration", "trial|体验"),
               ("tp_book", "Class reservation", "课程预约", "Class reservation", "consideration", "约课|class reservation"),
               ("tp_sauna", "Sauna ritual", "桑拿与香薰仪式", "Sauna ritual", "service", "香薰仪式|sauna")])
    customers, events, orders = [], [], []
    uk = uk_failed = kit_2025 = paid_value = trials = qr = ritual = approved = platinum = 0
    for i in range(900):
        cid = f"C{i:04d}"
        region = "uk" if i % 3 == 0 else "china"
        customers.append((cid, "2025-01-01 00:00:00", region))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=10)
        failed = rnd.random() < (0.25 if region == "uk" else 0.05)
        events.append((f"E{i:05d}", cid, at.isoformat(sep=" "), "tp_checkout", "fail" if failed else "success", "", "", ""))
        if i % 5 == 0:
            card = "platinum" if rnd.random() < 0.3 else "classic"
            events.append((f"A{i:05d}", cid, at.isoformat(sep=" "), "tp_approval", "approved", "", "", card))
            approved += 1
            platinum += card == "platinum"
        if i % 4 == 0:
            method = "qr_code" if rnd.random() < 0.8 else "member_card"
            events.append((f"T{i:05d}", cid, at.isoformat(sep=" "), "tp_trial", "signed_up", method, "", ""))
            trials += 1
            qr += method == "qr_code"
        kind = rnd.choice(["香薰仪式", "自由时段", "自由时段"])
        events.append((f"B{i:05d}", cid, at.isoformat(sep=" "), "tp_book", "reserved", "", kind, ""))
        ritual += kind == "香薰仪式"
        if kind == "香薰仪式" and rnd.random() < 0.8:
            events.append((f"S{i:05d}", cid, (at + timedelta(hours=2)).isoformat(sep=" "), "tp_sauna", "attended", "",
                           kind, ""))
        if region == "uk":
            uk += 1
            uk_failed += failed
        kind = rnd.choice(["kit", "refill"])
        status = rnd.choice(["paid", "paid", "cancelled"])
        orders.append((f"O{i:05d}", cid, at.isoformat(sep=" "), 100 + i % 7, status, kind))
        kit_2025 += kind == "kit"
        paid_value += (100 + i % 7) if status == "paid" else 0
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "checkin_method",
                                          "课程类型", "card_product"],
              events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"uk_fail": uk_failed / uk, "kit_2025": kit_2025, "paid_value": paid_value, "not_trial": len(events) - trials,
            "qr_share": qr / trials, "ritual_share": ritual / 900,
            "platinum": platinum / approved}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("share_scope_any"), _company) as out:
        yield out


def test_for_whom_is_a_slice_of_the_share(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of payment attempts at checkout failed for UK shoppers in 2025? count every attempt")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["uk_fail"]) < 1e-6 for v in first_numbers(a)), a.answer


def test_any_status_is_no_grouping(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "how many kit orders came in during 2025? any status")
    assert a.status == "ok", a.answer
    assert facts["kit_2025"] in first_numbers(a), a.answer
    assert not any(c.args.get("dimension") for c in a.tool_calls), a.tool_calls


def test_order_value_asked_as_how_much_is_the_total(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How much paid order value did we take in 2025? I mean orders placed in 2025 that have been paid.")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["paid_value"]) < 0.01 for v in first_numbers(a)), a.answer


def test_a_step_left_out_with_its_noun_after(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many events did we record in 2025? Trial classes excluded.")
    assert a.status == "ok", a.answer
    assert facts["not_trial"] in first_numbers(a), a.answer
    assert not any("tp_" in x for x in a.assumptions), a.assumptions


def test_by_doing_something_is_how_no_grouping(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "In 2025, what share of trial sessions were signed up for by scanning the QR code (as opposed to the "
                     "member card)?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["qr_share"]) < 1e-6 for v in first_numbers(a)), a.answer


def test_a_value_of_the_rows_named_first_is_the_part(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年所有约课里，香薰仪式占了几成？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["ritual_share"]) < 1e-6 for v in first_numbers(a)), a.answer


def test_a_participle_before_the_rows_is_no_verb_of_the_part(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of our approved cardholders hold a platinum card?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["platinum"]) < 1e-6 for v in first_numbers(a)), a.answer
