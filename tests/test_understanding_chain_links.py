"""Steps written as a chain ("注册→实名认证→首次到店上机") whose link names two steps (到店 the check-in of the journey,
上机 a session outside it), and the step the people came in by said before the chain ("3月下载App的新玩家"): the
journey's part from that step to the chain's end, its conversion (cause seen in session 36's first blind batch, an
esports café chain; it answered active customers, status ok).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

STEPS = ["tp_download", "tp_register", "tp_verify", "tp_checkin"]


def _cafe(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3602)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_download", "App download", "下载App", "App download", "awareness", "下载app|download"),
               ("tp_register", "Registration", "注册", "Registration", "consideration", "注册|register"),
               ("tp_verify", "ID check passed", "实名认证", "ID check passed", "consideration", "实名认证|id check"),
               ("tp_checkin", "Check-in", "到店签到", "Check-in", "purchase", "到店|签到|check-in"),
               ("tp_session", "Play session", "上机", "Play session", "service", "上机|play session")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("onboard", "Activation", i + 1, t, 14) for i, t in enumerate(STEPS)])
    events, march, done = [], 0, 0
    for i in range(700):
        cid = f"P{i:04d}"
        at = datetime(2026, 1, 1) + timedelta(days=rnd.randrange(120), hours=rnd.randrange(12))
        reached = 1
        for k in range(1, 4):
            if rnd.random() < 0.75:
                reached += 1
            else:
                break
        for k in range(reached):
            events.append((f"E{i}-{k}", cid, (at + timedelta(days=2 * k)).isoformat(sep=" "), STEPS[k], "done"))
        if reached == 4:
            events.append((f"E{i}-s", cid, (at + timedelta(days=6, hours=1)).isoformat(sep=" "), "tp_session", "start"))
        if at.month == 3:
            march += 1
            done += reached == 4
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"P{i:04d}", "2026-01-01 00:00:00")
                                                                    for i in range(700)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"march_rate": done / march}


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("chain_links"), _cafe) as out:
        yield out


@pytest.mark.parametrize("q", ["2026年3月下载App的新玩家，14天内走完 注册→实名认证→首次到店上机 的比例是多少？按人头算",
                               "For people who downloaded the app in March 2026, what share went register → ID check "
                               "passed → check-in within 14 days?"])
def test_a_chain_from_the_step_the_people_came_in_by(cafe, q) -> None:  # noqa: ANN001
    service, facts = cafe
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["march_rate"]) < 0.005 for v in first_numbers(a)), (facts["march_rate"], a.answer)
