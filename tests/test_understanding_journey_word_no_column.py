""""续租流程主要卡在哪一步？" (session 48's forklift rental batch) grouped by the company's training `course` column:
the dictionary gives 流程 the sense "course", but 流程 / 旅程 / 漏斗 / 阶段 are the product's own words for a journey and
its parts, never an English column's name. The question ranks the journey's steps.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = [("tp_remind", "续租提醒", "Renewal reminder", 1.0), ("tp_rquote", "续租报价", "Renewal quote", 0.55),
         ("tp_rsign", "续租签约", "Renewal signed", 0.9)]
COURSES = ("forklift_basic", "reach_truck", "battery_care")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4801)
    tmp.mkdir(parents=True, exist_ok=True)
    events, reached = [], [0, 0, 0]
    for i in range(300):
        at = datetime(2025, 2, 3) + timedelta(days=rnd.randrange(300), hours=9)
        for k, (tp, _, _, p) in enumerate(STEPS):
            if k and rnd.random() > p:
                break
            reached[k] += 1
            events.append((f"E{i:04d}{k}", f"C{i:04d}", (at + timedelta(days=k)).isoformat(sep=" "), tp, ""))
        if rnd.random() < 0.5:  # some customers also train their drivers: the extra column `course`
            events.append((f"T{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_training", rnd.choice(COURSES)))
    tps = [(t, zh, en, "loyalty") for t, zh, en, _ in STEPS] + [("tp_training", "叉车司机培训", "Driver training",
                                                                 "service")]
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"], tps)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [("renewal", "续租", "Renewal", k + 1, t, 60) for k, (t, _, _, _) in enumerate(STEPS)])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(300)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "course"], events)
    lost = [reached[k - 1] - reached[k] for k in range(1, len(STEPS))]
    # the step people are lost at: the one they did not go on from (the remind → quote transition here)
    return {"worst_from": STEPS[lost.index(max(lost))][0], "worst_to": STEPS[lost.index(max(lost)) + 1][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("journey_word"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["续租流程主要卡在哪一步？", "续租流程里哪一步流失的客户最多？"])
def test_journey_word_is_no_column_named_by_its_dictionary_sense(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert "course" not in t.columns, (t.columns, t.rows[:2])
    first = [str(x) for x in t.rows[0]]
    assert facts["worst_from"] in first or facts["worst_to"] in first, (t.columns, t.rows[:3])
