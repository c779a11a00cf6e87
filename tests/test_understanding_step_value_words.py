"""Words that name a step and a value, or a step said negated (causes seen in blind batches: an online clinic, a
vending-cabinet operator, a pet-grooming chain):

- "2025年完成的问诊里，视频问诊占多少比例": 问诊 names the step; 视频问诊 (also a name of that step) is the value of
  its consultation type, the part asked about — not the step a second time;
- "成功买过东西的有多少人" where a step "closed without buying" is also called 没买: 买 alone names no such step;
- "consultations in 2025 (not the video calls)": the value set against the rest is left out.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

MODES = (("text_chat", "图文问诊"), ("video_call", "视频问诊"), ("phone_call", "电话问诊"))


def _clinic(tmp: Path) -> dict[str, object]:
    rnd = random.Random(17)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_choose", "选择医生", "选择医生", "Doctor chosen", "consideration", "选医生|chose a doctor"),
               ("tp_consult", "问诊", "问诊", "Consultation", "purchase", "视频问诊|图文问诊|consultation"),
               ("tp_buy", "购药", "购药", "Medicine bought", "purchase", "买药|bought medicine"),
               ("tp_walkaway", "未购药离开", "未购药离开", "Left without buying", "service", "没买|left without buying")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("consult", "Consult", 1, "tp_choose", 7), ("consult", "Consult", 2, "tp_consult", 7),
               ("consult", "Consult", 3, "tp_buy", 7)])
    customers, events = [], []
    consults: list[str] = []
    buyers, left = set(), set()
    for i in range(420):
        cid = f"P{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(12))
        mode, mode_zh = rnd.choice(MODES)
        events.append((f"{cid}-1", cid, at.isoformat(sep=" "), "tp_choose", "view", "", ""))
        events.append((f"{cid}-2", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_consult", "success", mode,
                       mode_zh))
        consults.append(mode)
        if rnd.random() < 0.6:
            events.append((f"{cid}-3", cid, (at + timedelta(hours=2)).isoformat(sep=" "), "tp_buy", "success", "", ""))
            buyers.add(cid)
        else:
            events.append((f"{cid}-4", cid, (at + timedelta(hours=2)).isoformat(sep=" "), "tp_walkaway", "close", "",
                           ""))
            left.add(cid)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "consult_mode",
                                   "问诊方式"], events)
    return {"consults": consults, "buyers": buyers, "left": left}


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("step_value_words"), _clinic) as out:
        yield out


def test_a_kind_of_the_step_named_again_is_the_part(clinic) -> None:  # noqa: ANN001
    service, facts = clinic
    want = facts["consults"].count("video_call") / len(facts["consults"])
    a = ask(service, "2025年完成的问诊里，视频问诊占多少比例？")
    assert a.status == "ok", a.answer
    assert any(abs(x - want) < 1e-9 for x in first_numbers(a)), (want, a.answer)


def test_a_negated_step_name_lends_no_verb(clinic) -> None:  # noqa: ANN001
    service, facts = clinic
    a = ask(service, "2025年一共有多少人成功买过东西？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == len(facts["buyers"]), a.answer


def test_a_value_set_against_the_rest_in_parentheses_is_left_out(clinic) -> None:  # noqa: ANN001
    service, facts = clinic
    a = ask(service, "How many consultations did we hold in 2025 (not the video calls)?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(1 for m in facts["consults"] if m != "video_call"), a.answer
