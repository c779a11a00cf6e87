"""Complaints said to mention something, where "complaint" also names a step (blind batch sightseebus of session 52):
"How many complaints mention the ticket kiosks?" with a service-ticket step aliased complaint counts the negative
comments about the kiosks — never the events of the kiosk step or of the ticket step; "How many reviews complain
about refunds?" where refunds names a journey, and "How many complaints are about the refund?", count the comments
about refunds. "押金相关的反馈一共有多少条" counts the comments about deposits, never the deposit column's total.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import service_on, write_csv


def _buses(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5208)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_kiosk", "自助机购票", "自助机购票", "Kiosk purchase", "purchase", "kiosk|ticket machine"),
               ("tp_board", "上车扫码", "上车扫码", "Boarding scan", "service", "boarding|ticket scan"),
               ("tp_cs", "客服工单", "客服工单", "Service ticket", "service", "complaint|service ticket"),
               ("tp_refund_req", "申请退票", "申请退票", "Refund request", "service", "refund request"),
               ("tp_refund_paid", "退款到账", "退款到账", "Refund paid", "service", "refund paid")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("ride", "乘车", 1, "tp_kiosk", 7), ("ride", "乘车", 2, "tp_board", 7),
               ("refund", "退款", 1, "tp_refund_req", 14), ("refund", "退款", 2, "tp_refund_paid", 14)])
    customers, events, feedback = [], [], []
    texts = [("the ticket kiosk ate my card and printed nothing", 1), ("kiosk screen frozen, had to queue", 2),
             ("driver was friendly and the route was lovely", 5), ("bus came late, waited 40 minutes", 1),
             ("still waiting for my refund after three weeks", 1), ("押金退得太慢了", 1)]
    for i in range(400):
        cid = f"B{i:04d}"
        customers.append((cid, "2025-01-01"))
        at = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8, 18))
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_kiosk", "buy", rnd.choice([50, 80, 100])))
        events.append((f"E{len(events):06d}", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_board", "scan", ""))
        if i % 5 == 0:
            events.append((f"E{len(events):06d}", cid, (at + timedelta(hours=3)).isoformat(sep=" "), "tp_cs", "open",
                           ""))
        text, rating = texts[i % 6]
        feedback.append((f"F{i:04d}", cid, (at + timedelta(hours=4)).isoformat(sep=" "), "tp_board", text, rating))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "deposit"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    return {"feedback": feedback}


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("complaints_mention"), _buses) as out:
        yield out


@pytest.mark.parametrize("q", ["How many complaints mention the ticket kiosks?",
                               "How many complaints talk about the ticket kiosks?"])
def test_complaints_mentioning_a_thing_count_comments(buses, q: str) -> None:  # noqa: ANN001
    service, _ = buses
    a = service.answer(q)
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].name.startswith("feedback"), a.tool_calls
    assert "kiosk" in a.answer.lower(), a.answer


@pytest.mark.parametrize("q", ["How many reviews complain about refunds?", "How many complaints are about the refund?"])
def test_comments_about_a_journey_word_count_comments(buses, q: str) -> None:  # noqa: ANN001
    service, _ = buses
    a = service.answer(q)
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].name.startswith("feedback"), a.tool_calls
    assert "refund" in a.answer.lower(), a.answer


def test_comments_counted_about_a_money_columns_word(buses) -> None:  # noqa: ANN001
    service, _ = buses
    a = service.answer("押金相关的反馈一共有多少条？")
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].name.startswith("feedback"), a.tool_calls
