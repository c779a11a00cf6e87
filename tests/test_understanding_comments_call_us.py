""""How many comments call us reliable?" counted every comment (session 49's ship-chandler batch): "call us …" and
"describe us as …" say what the comments say, as "mention" and "about" do.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

TEXTS = [("Very reliable supplier, always on time.", "positive"), ("Reliable and fast, thank you.", "positive"),
         ("The launch was late again.", "negative"), ("Invoice had the wrong vessel name.", "negative"),
         ("Good prices this month.", "positive")]


def _company(tmp: Path) -> dict[str, object]:
    tmp.mkdir(parents=True, exist_ok=True)
    feedback = [(f"F{k:04d}", f"C{k % 40:04d}", (datetime(2025, 3, 1) + timedelta(days=k)).isoformat(sep=" "),
                 "tp_delivery", TEXTS[k % len(TEXTS)][0], TEXTS[k % len(TEXTS)][1]) for k in range(100)]
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_delivery", "送船", "Delivery", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2024-06-01") for j in range(40)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{k:04d}", f"C{k % 40:04d}", "2025-03-01 10:00:00", "tp_delivery") for k in range(40)])
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "sentiment"], feedback)
    return {"reliable": sum("reliable" in f[4].lower() for f in feedback), "all": len(feedback)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("call_us"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["How many comments call us reliable?", "how many reviews describe us as reliable"])
def test_comments_that_call_us_something_are_a_topic(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    table = a.tables[0]
    assert table.columns[0] == "topic", (table.columns, table.rows[:2])
    assert facts["reliable"] <= table.rows[0][1] < facts["all"], (table.rows[0], facts)
