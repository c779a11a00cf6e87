"""The company's own word for the people it serves (cause seen in a blind batch, a charity): "捐赠人" ends the values
单次捐赠人 / 多次捐赠人 / 企业捐赠人 of a customers column. Said alone ("打开过报告的捐赠人里") it names the people, not the
企业捐赠人 value (企业 is a value of another, non-place column, no place the value is named after) and not the donation
step inside the word; said whole ("企业捐赠人") it is still the value.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

SEGMENTS = [("单次捐赠人", "个人"), ("多次捐赠人", "个人"), ("企业捐赠人", "企业"), ("访客", "个人")]


def _charity(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_page", "Campaign page", "活动页", "Campaign page", "awareness", "活动页|campaign page"),
               ("tp_donate", "Donation", "捐赠", "Donation", "purchase", "捐款|donate|donation"),
               ("tp_pledge", "Monthly pledge", "开通月捐", "Monthly pledge set up", "loyalty", "月捐|pledge"),
               ("tp_call", "Donor call", "捐赠人回访", "Donor call", "loyalty", "回访电话|donor call")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("give", "Give", 1, "tp_page", 30), ("give", "Give", 2, "tp_donate", 30),
               ("give", "Give", 3, "tp_pledge", 30)])
    customers, events, pledged = [], [], []
    for i in range(600):
        cid = f"D{i:04d}"
        segment, kind = SEGMENTS[i % 4]
        customers.append((cid, "2024-06-01 00:00:00", segment, kind))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(12))
        steps = ["tp_page"] + (["tp_donate"] if rnd.random() < 0.6 else [])
        if len(steps) == 2 and rnd.random() < 0.3:
            steps.append("tp_pledge")
            pledged.append((cid, segment))
        if rnd.random() < 0.2:
            steps.append("tp_call")
        for k, tp in enumerate(steps):
            events.append((f"{cid}-{k}", cid, (at + timedelta(days=k)).isoformat(sep=" "), tp, "log"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment_zh", "donor_type_zh"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"pledged": pledged, "calls": sum(1 for e in events if e[3] == "tp_call" and e[2].startswith("2025"))}


@pytest.fixture(scope="module")
def charity(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("people_nouns"), _charity) as out:
        yield out


def test_the_companys_people_noun_is_no_value_and_no_step(charity) -> None:  # noqa: ANN001
    service, facts = charity
    a = ask(service, "2025年的捐赠人里，有多少人开通了月捐？")
    assert a.status == "ok", a.answer
    args = a.tool_calls[0].args
    assert "segment_zh" not in (args.get("filters") or {}), args
    assert first_numbers(a)[0] == len(facts["pledged"]), (len(facts["pledged"]), a.tables[0].rows)


def test_the_value_said_whole_is_still_the_value(charity) -> None:  # noqa: ANN001
    service, facts = charity
    a = ask(service, "2025年企业捐赠人里，有多少人开通了月捐？")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("segment_zh") == ["企业捐赠人"], a.tool_calls[0].args
    want = sum(1 for _, s in facts["pledged"] if s == "企业捐赠人")
    assert first_numbers(a)[0] == want, (want, a.tables[0].rows)


def test_a_name_holding_the_whole_noun_still_names_its_step(charity) -> None:  # noqa: ANN001
    service, facts = charity
    a = ask(service, "2025年捐赠人回访一共有多少次？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == facts["calls"], (facts["calls"], a.tables[0].rows)


def _farm(tmp: Path) -> dict[str, object]:
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_order", "下单", "purchase")])
    kinds = ["散户", "种植大户", "合作社"]
    customers = [(f"F{i:03d}", "2025-01-01 00:00:00", kinds[i % 3]) for i in range(90)]
    events = [(f"E{i}", f"F{i % 60:03d}", f"2025-03-{1 + i % 28:02d} 10:00:00", "tp_order", "order") for i in range(150)]
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "农户类型"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"buyers": len({e[1] for e in events})}


def test_a_people_column_head_groups_only_when_a_kind_is_asked(tmp_path: Path) -> None:
    # (a blind farm-supply batch: "2025年浏览过商品的农户，…最后完成付款的占多少" was broken down by 农户类型, the head of
    # the column's name being who is counted)
    with service_on(tmp_path / "farm", _farm) as (service, facts):
        a = ask(service, "2025年3月下过单的农户有多少？")
        assert a.status == "ok", a.answer
        assert not a.tool_calls[0].args.get("dimension"), a.tool_calls[0].args
        assert first_numbers(a)[0] == facts["buyers"], a.tables[0].rows
        b = ask(service, "2025年3月哪类农户下单最多？")
        assert b.status == "ok", b.answer
        assert b.tool_calls[0].args.get("dimension") == "农户类型", b.tool_calls[0].args
