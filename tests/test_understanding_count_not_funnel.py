"""A count of what happened at a step, said with the journey's noun (cause seen in session 51's blind exam-board batch:
"How many certificates did we post in January 2026?" where a journey is called "certificate" and a step "Certificate
posted" answered the journey's funnel). The count word asks how many times the step happened; a funnel is drawn
only when a funnel, a conversion or a loss is asked.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _exams(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5103)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_result", "Result published", "成绩发布", "Result published", "service", "result|成绩"),
               ("tp_cert_posted", "Certificate posted", "证书寄出", "Certificate posted", "loyalty",
                "certificate posted|寄证书"),
               ("tp_cert_received", "Certificate delivered", "证书签收", "Certificate delivered", "loyalty",
                "certificate delivered|证书签收")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("certificate", "Result to certificate", 1, "tp_result", 90),
               ("certificate", "Result to certificate", 2, "tp_cert_posted", 90),
               ("certificate", "Result to certificate", 3, "tp_cert_received", 90)])
    customers, events, orders = [], [], []
    posted_march = 0
    for i in range(500):
        cid = f"K{i:04d}"
        customers.append((cid, "2025-01-01"))
        t = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(150))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_result", "published"))
        # (the exam fee paid: a company with orders, not a bare process log of cases)
        orders.append((f"O{i:05d}", cid, (t - timedelta(days=30)).isoformat(sep=" "), 480.0, "paid"))
        if rnd.random() < 0.8:
            p = t + timedelta(days=rnd.randrange(5, 40))
            events.append((f"E{len(events):05d}", cid, p.isoformat(sep=" "), "tp_cert_posted", "posted"))
            posted_march += (p.year, p.month) == (2025, 3)
            if rnd.random() < 0.9:
                events.append((f"E{len(events):05d}", cid, (p + timedelta(days=4)).isoformat(sep=" "),
                               "tp_cert_received", "signed"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"posted_march": posted_march}


@pytest.fixture(scope="module")
def exams(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("count_not_funnel"), _exams) as out:
        yield out


def test_how_many_things_were_done_at_a_step_is_a_count(exams) -> None:  # noqa: ANN001
    service, facts = exams
    a = ask(service, "How many certificates did we post in March 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "funnel", a.tool_calls
    assert facts["posted_march"] in first_numbers(a), (a.answer, facts)


def test_a_funnel_asked_is_still_a_funnel(exams) -> None:  # noqa: ANN001
    service, _ = exams
    a = ask(service, "Show me the certificate funnel for March 2025")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "funnel", a.tool_calls


def test_a_count_of_the_journeys_noun_with_a_verb_of_its_own_is_asked_back(exams) -> None:  # noqa: ANN001
    """"How many samples arrived at our labs in the week of June 8th?" (session 51's vet-lab batch) drew the funnel
    of the journey the noun names; which of its steps' records are counted is asked back."""
    service, _ = exams
    a = ask(service, "How many certificates arrived in March 2025?")
    assert a.status == "clarify", a.answer
    assert a.tool_calls == [] or all(c.name != "funnel" for c in a.tool_calls), a.tool_calls


def test_a_share_of_the_journeys_noun_is_asked_back_not_drawn_as_a_funnel(exams) -> None:  # noqa: ANN001
    """"what share of samples that came in with SF … were rejected" (session 51's vet-lab batch) drew the journey's
    funnel; which step's records the share is of is asked back."""
    service, _ = exams
    a = ask(service, "What share of certificates that went out in March 2025 got lost?")
    assert a.status == "clarify", a.answer
