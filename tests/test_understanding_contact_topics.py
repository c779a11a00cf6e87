"""What people contacted the company about most, asked in everyday words ("what were people calling the hotline about
most", "来电最多是因为什么事"), where the topic of each call is kept in a column of the hotline step (call_topic):
the topics ranked by the calls (cause seen in session 36's blind batches, a lender, a bike-leasing scheme and a
clinical-trial recruiter; the calls were counted as one number, status ok).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

TOPICS = {"debit_issue": 5, "bill_query": 3, "payoff_quote": 2}


def _lender(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3605)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_apply", "Application", "贷款申请", "Application", "consideration", "申请|apply"),
               ("tp_hotline", "Customer service hotline", "客服热线", "Customer service hotline", "service",
                "热线|hotline|call")])
    events, topics = [], Counter()
    for i in range(500):
        cid = f"B{i:04d}"
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_apply", "submit", ""))
        for k in range(rnd.randrange(3)):
            topic = rnd.choices(list(TOPICS), list(TOPICS.values()))[0]
            events.append((f"E{i}-{k + 1}", cid, (at + timedelta(days=3 + k)).isoformat(sep=" "), "tp_hotline", "call",
                           topic))
            topics[topic] += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"B{i:04d}", "2025-01-01 00:00:00")
                                                                    for i in range(500)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "call_topic"], events)
    return {"topics": topics}


@pytest.fixture(scope="module")
def lender(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("contact_topics"), _lender) as out:
        yield out


@pytest.mark.parametrize("q", ["What were people calling the hotline about most in 2025?",
                               "2025年客服热线的来电，最多是因为什么事？"])
def test_the_topic_of_the_contacts_ranked(lender, q) -> None:  # noqa: ANN001
    service, facts = lender
    top, n = facts["topics"].most_common(1)[0]
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][:2] == [top, n], a.tables[0].rows


def test_a_count_of_the_calls_stays_a_count(lender) -> None:  # noqa: ANN001
    service, facts = lender
    a = ask(service, "How many hotline calls did we get in 2025?")
    assert a.status == "ok", a.answer
    assert "call_topic" not in a.tables[0].columns and sum(facts["topics"].values()) in \
        [v for row in a.tables[0].rows for v in row], a.tables[0].rows
