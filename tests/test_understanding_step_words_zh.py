"""Chinese words of a step said in other forms (causes seen in session 35's first blind batches, a home battery
installer and a local-services marketplace):

- "过温告警里面，装在户外的占多少" where 过温 is an alias of the alert step and also a value of the alert type the
  alert events record: the word names the step and the kind of its rows — the share is of the over-temperature
  alerts, not of every alert;
- "哪类工单最多" where the company keeps 工单类型 on the ticket step: ranked by it (工单 named both the step and that
  column; the column lost to the step);
- "雇到帮手", "雇好帮手" of the step 雇佣帮手: the verb's first character with a result complement, then the object,
  names the step (帮手 alone had named the column 帮手等级 and grouped by it).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3505)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_post", "发布任务", "发布任务", "Task posted", "consideration", "发任务|post a task"),
               ("tp_hire", "雇佣帮手", "雇佣帮手", "Tasker hired", "purchase", "雇佣|hire"),
               ("tp_arrive", "帮手上门", "帮手上门", "Tasker arrived", "service", "上门|arrive"),
               ("tp_alert", "设备告警", "设备告警", "Device alert", "service", "告警|过温|alert"),
               ("tp_ticket", "提交工单", "提交工单", "Ticket opened", "service", "工单|ticket")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("task", "任务", 1, "tp_post", 30), ("task", "任务", 2, "tp_hire", 30),
               ("task", "任务", 3, "tp_arrive", 30)])
    customers, events, gaps, alerts, tickets = [], [], [], [], []
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(12))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_post", "post", "", "", "", "", ""))
        if rnd.random() < 0.6:
            level = rnd.choice(["新手", "熟练", "金牌"])
            en = {"新手": "new", "熟练": "skilled", "金牌": "gold"}[level]
            events.append((f"E{i}-1", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_hire", "hire", level,
                           "", "", en, ""))
            gap = timedelta(days=rnd.randrange(0, 5), hours=rnd.randrange(24))
            events.append((f"E{i}-2", cid, (at + timedelta(days=3) + gap).isoformat(sep=" "), "tp_arrive", "arrive",
                           level, "", "", en, ""))
            gaps.append(gap.total_seconds() / 86400)
        for k in range(rnd.randrange(0, 3)):
            kind = rnd.choices(["过温", "离线", "电量低"], [2, 3, 2])[0]
            place = rnd.choices(["户外", "室内"], [9, 1] if kind == "过温" else [1, 1])[0]
            events.append((f"E{i}-a{k}", cid, (at + timedelta(days=k + 1)).isoformat(sep=" "), "tp_alert", "alert",
                           "", kind, place, "", ""))
            alerts.append((kind, place))
        if rnd.random() < 0.5:
            kind = rnd.choices(["通话质量", "账单计费", "来电路由"], [5, 2, 1])[0]
            events.append((f"E{i}-t", cid, (at + timedelta(days=4)).isoformat(sep=" "), "tp_ticket", "open",
                           "", "", "", "", kind))
            tickets.append(kind)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "帮手等级", "告警类型",
                                   "安装位置", "tasker_level", "工单类型"], events)
    return {"gaps": gaps, "alerts": alerts, "tickets": tickets}


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("step_words_zh"), _company) as out:
        yield out


def test_a_steps_alias_that_is_a_kind_of_its_rows_slices_them(company) -> None:  # noqa: ANN001
    service, facts = company
    hot = [p for k, p in facts["alerts"] if k == "过温"]
    want = sum(p == "户外" for p in hot) / len(hot)
    a = ask(service, "全部数据里，过温告警里面，装在户外的占了多少比例？")
    assert a.status == "ok", a.answer
    assert f"{want:.1%}" in a.answer, (f"{want:.1%}", a.answer)


def test_a_verb_with_its_result_complement_names_the_step(company) -> None:  # noqa: ANN001
    service, facts = company
    want = statistics.mean(facts["gaps"])
    a = ask(service, "全部数据里，雇到帮手之后，平均要过几天帮手才上门？")
    assert a.status == "ok", a.answer
    assert f"{want:.1f}" in a.answer, (round(want, 2), a.answer)


def test_which_kind_of_a_step_ranks_its_kind_column(company) -> None:  # noqa: ANN001
    from collections import Counter
    service, facts = company
    a = ask(service, "全部数据里，哪类工单最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == Counter(facts["tickets"]).most_common(1)[0][0], a.answer
