""""In 2025, which platform's live rooms turned the smallest share of viewers into paying buyers?" (session 46's
livestream batch) where `platform` is a column of the comments and the events keep the same platforms as their
channel: the grouping the events can take is that column, said so — never "platform is recorded on feedback".

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

RATES = {"douyin": 0.1, "kuaishou": 0.3, "taobao_live": 0.5}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4618)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_live", "Entered live room", "进入直播间", "Entered live room", "awareness", "live room"),
               ("tp_pay", "Payment", "支付", "Payment", "purchase", "paid|paying")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("live_order", "Live to order", 1, "tp_live", 1), ("live_order", "Live to order", 2, "tp_pay", 1)])
    customers, events, feedback = [], [], []
    reached: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i in range(900):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(330), hours=20)
        platform = list(RATES)[i % 3]
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_live", platform))
        reached[platform][0] += 1
        if rnd.random() < RATES[platform]:
            reached[platform][1] += 1
            events.append((f"E{i:04d}b", cid, (at + timedelta(minutes=20)).isoformat(sep=" "), "tp_pay", platform))
        if i % 5 == 0:
            feedback.append((f"F{i:04d}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_live", "好看", platform))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "channel"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "platform"], feedback)
    worst = min(reached, key=lambda p: reached[p][1] / reached[p][0])
    return {"worst": worst}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("sibling_grouping"), _company) as out:
        yield out


def test_a_comment_column_groups_by_the_events_column_of_the_same_values(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "In 2025, which platform's live rooms turned the smallest share of viewers into paying buyers?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["worst"], a.tables[0].rows
