""""哪个月关于APP连不上的反馈最多？" (session 43's charger-install batch): the months ranked by the comments about a
topic, labelled as months — not quotes of the topic, and no "which month" inside the topic.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4404)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_install", "Install", "上门安装", "Install", "service")])
    customers, events, feedback = [], [], []
    months: Counter[str] = Counter()
    for i in range(600):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=10)
        events.append((f"E{i:05d}", cid, at.isoformat(sep=" "), "tp_install"))
        when = datetime(2025, 9, 1) + timedelta(days=rnd.randrange(30)) if i % 4 == 0 else at
        if i % 3 == 0 or i % 4 == 0:
            text = "充电桩在APP上老是显示连不上，只能手动充。"
            months[f"{when.year}-{when.month:02d}"] += 1
        else:
            text = rnd.choice(["师傅很专业，安装很快。", "价格有点贵。"])
        feedback.append((f"F{i:05d}", cid, when.isoformat(sep=" "), "tp_install", text))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text"], feedback)
    return {"top_month": months.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("which_month_topic"), _company) as out:
        yield out


def test_which_month_ranks_the_months_by_the_topics_comments(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "哪个月关于APP连不上的反馈最多？")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["top_month"], a.answer
    assert "哪个月" not in a.answer, a.answer  # (the grouping's words are no part of the topic)
