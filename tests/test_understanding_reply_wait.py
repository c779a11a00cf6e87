""""今年上半年成都院的微信顾问，第一次回复客户平均要等多少分钟？" (session 48's hair-transplant batch) was refused as a
request to write a reply: replying to a customer said inside a measure is the service step (the dictionary gives
回复 the sense "reply, response", which names the company's response_minutes). "帮我回复客户" is still a request
to write.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4811)
    tmp.mkdir(parents=True, exist_ok=True)
    events, mins = [], []
    for i in range(300):
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360), hours=10)
        m = rnd.randrange(2, 180)
        events.append((f"E{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_chat", m))
        mins.append(m)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_chat", "顾问在线咨询", "Consultant chat", "consideration")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(300)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "response_minutes"], events)
    return {"avg": sum(mins) / len(mins)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("reply_wait"), _company) as out:
        yield out


def test_reply_wait_is_the_response_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年顾问第一次回复客户平均要等多少分钟？")
    assert a.status == "ok", a.answer
    assert any(isinstance(x, float) and abs(x - facts["avg"]) < 0.01 for x in a.tables[0].rows[0]), a.tables[0].rows


def test_a_reply_to_write_is_still_refused(company) -> None:  # noqa: ANN001
    service, _ = company
    assert ask(service, "帮我回复客户一下，说退款已经处理了").status == "unsupported"
