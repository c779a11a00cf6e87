""""主要卡在哪一步？" after a question about one funnel in 2025 (session 48's net-café batch) ranked the steps of every
journey over all the data: a "which step" question that names no journey leans on the funnel of the turn before,
in its period.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

CUP = [("tp_signup", "赛事报名", "Tournament sign-up", 1.0), ("tp_checkin", "赛事签到", "Tournament check-in", 0.5),
       ("tp_match", "参赛", "Match played", 0.9)]
OTHER = [("tp_reg", "注册会员", "Member registration", 1.0), ("tp_topup", "首充", "First top-up", 0.2)]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4813)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    for i in range(400):
        for steps in (CUP, OTHER):
            at = datetime(2024, 6, 1) + timedelta(days=rnd.randrange(640), hours=9)
            for k, (tp, _, _, p) in enumerate(steps):
                if k and rnd.random() > p:
                    break
                events.append((f"E{i:04d}{tp}", f"C{i:04d}", (at + timedelta(days=k)).isoformat(sep=" "), tp))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [(t, zh, en, "loyalty") for t, zh, en, _ in CUP + OTHER])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [("cup", "赛事报名到参赛", "Tournament sign-up to match", k + 1, t, 30) for k, (t, *_) in enumerate(CUP)] +
              [("onboard", "开卡首充", "Registration to top-up", k + 1, t, 7) for k, (t, *_) in enumerate(OTHER)])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2024-06-01") for j in range(400)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("which_step_follows"), _company) as out:
        yield out


def test_which_step_leans_on_the_funnel_before(company) -> None:  # noqa: ANN001
    service, _ = company
    first = ask(service, "2025年赛事报名到参赛的整体转化率是多少？")
    assert first.status == "ok", first.answer
    a = ask(service, "主要卡在哪一步？", session=first.session_id)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert str(call.args.get("journey_id", "")).startswith("cup"), call.args
    assert call.args.get("start") == "2025-01-01" and call.args.get("end") == "2025-12-31", call.args
    assert a.tables[0].rows[0][a.tables[0].columns.index("touchpoint_id")] == "tp_signup", a.tables[0].rows[:2]
