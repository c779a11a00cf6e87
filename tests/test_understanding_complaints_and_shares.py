"""Causes seen in session 42's second round of blind batches (a hive-rental pollination service, a drain-cleaning
firm, a sign shop, a school-bus operator), on a small company of its own built here:

- "Which touchpoint do most of the 'too expensive' complaints come from?", "客户对价格太贵的抱怨主要集中在哪个环节？":
  the comments on that topic counted per step (it answered the paths customers took, or every complaint per step);
- "What share of allocations came up short, i.e. the yard couldn't send the full number booked?": a clause that
  restates the outcome slices nothing, and the value after a negated verb is no second group;
- "哪个蜂场调配缺箱的比例最高": the word the column's values end in names the column before a step's name, and a
  two-character word with no dictionary entry says the outcome by its characters (缺: short);
- "Which workshop had the worst reprint rate?": work done again is a bad outcome, its worst share the highest;
- "安装准时到场的比例", "准时率": a column whose whole name is a sense of the word (准时: on time) is its yes share.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

YARDS = ["眉县蜂场", "蓬莱蜂场", "昌吉蜂场", "元谋蜂场"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4203)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_quote", "Quote", "报价", "Quote", "consideration", "quote|报价单"),
               ("tp_allocation", "Hive allocation", "蜂群调配", "Hive allocation", "purchase", "allocation|调配"),
               ("tp_production", "Production", "生产制作", "Production", "purchase", "production|生产"),
               ("tp_installation", "Installation", "安装完工", "Installation", "service", "installation|安装"),
               ("tp_delivery", "Delivery", "送货", "Delivery", "service", "delivery|送货")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("main", "Quote to install", 1, "tp_quote", 60), ("main", "Quote to install", 2, "tp_installation", 60)])
    f: dict[str, object] = {"short": {}, "alloc": {}, "reprint": {}, "made": {}, "on_time": [0, 0]}
    customers, events, feedback = [], [], []
    n = 0
    short_rate = {"眉县蜂场": 0.05, "蓬莱蜂场": 0.1, "昌吉蜂场": 0.35, "元谋蜂场": 0.15}
    reprint_rate = {"Guangzhou": 0.3, "Auckland": 0.02, "Toronto": 0.08}

    def ev(cid: str, at: datetime, tp: str, action: str, **x: object) -> None:
        nonlocal n
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), tp, action, x.get("yard", ""), x.get("workshop", ""),
                       x.get("on_time", "")))

    for i in range(1200):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-06-01 00:00:00", rnd.choice(["farm", "shop"])))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(8, 18))
        ev(cid, at, "tp_quote", "sent")
        yard = rnd.choice(YARDS)
        short = rnd.random() < short_rate[yard]
        ev(cid, at + timedelta(days=2), "tp_allocation", "short" if short else "full", yard=yard)
        f["alloc"][yard] = f["alloc"].get(yard, 0) + 1  # type: ignore[union-attr]
        f["short"][yard] = f["short"].get(yard, 0) + int(short)  # type: ignore[union-attr]
        shop = rnd.choice(list(reprint_rate))
        again = rnd.random() < reprint_rate[shop]
        ev(cid, at + timedelta(days=3), "tp_production", "reprinted" if again else "produced", workshop=shop)
        f["made"][shop] = f["made"].get(shop, 0) + 1  # type: ignore[union-attr]
        f["reprint"][shop] = f["reprint"].get(shop, 0) + int(again)  # type: ignore[union-attr]
        on_time = rnd.random() < 0.85
        ev(cid, at + timedelta(days=6), "tp_installation", "completed", on_time="yes" if on_time else "no")
        f["on_time"][0] += int(on_time)  # type: ignore[index]
        f["on_time"][1] += 1  # type: ignore[index]
        ev(cid, at + timedelta(days=8), "tp_delivery", "delivered")
        # the price complaints sit at the quote; most complaints of all are about late deliveries
        if i % 10 == 0:
            text = rnd.choice(["Way too expensive, the quote was a shock.", "太贵了，报价太离谱了。",
                               "Too expensive for what it is, I expected a lower price."])
            feedback.append((f"F{i:05d}", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_quote", text, 1))
        if i % 4 == 1:
            text = rnd.choice(["The delivery was late again and nobody called.", "送货又迟到了，也没人通知。",
                               "Late delivery, waited all day."])
            feedback.append((f"F{i:05d}", cid, (at + timedelta(days=9)).isoformat(sep=" "), "tp_delivery", text, 1))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts", "segment"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "yard", "workshop",
                                   "on_time"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    return f


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("complaints_shares"), _company) as out:
        yield out


def _holds(a, x: float) -> bool:  # noqa: ANN001 - an Answer
    return any(abs(v - x) < 1e-6 for v in first_numbers(a))


@pytest.mark.parametrize("q", ['Which touchpoint do most of the "too expensive" complaints come from?',
                               "客户对价格太贵的抱怨主要集中在哪个环节？"])
def test_complaints_on_a_topic_counted_per_step(company, q) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert [c.name for c in a.tool_calls] == ["feedback_count"], a.answer
    assert a.tables[0].rows[0][0] == "tp_quote", a.answer  # (not tp_delivery, which has most complaints of all)


def test_a_restating_clause_slices_nothing(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of hive allocations in 2025 came up short, i.e. the yard couldn't send the full "
                     "number booked?")
    assert a.status == "ok", a.answer
    short, alloc = sum(facts["short"].values()), sum(facts["alloc"].values())  # type: ignore[union-attr]
    assert _holds(a, short / alloc), a.answer


def test_the_values_tail_word_names_the_column_before_a_steps_name(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个蜂场调配缺箱的比例最高？")
    assert a.status == "ok", a.answer
    short, alloc = facts["short"], facts["alloc"]
    top = max(alloc, key=lambda y: short[y] / alloc[y])  # type: ignore[index,union-attr,operator]
    assert a.tables[0].rows[0][0] == top, a.answer
    assert _holds(a, short[top] / alloc[top]), a.answer  # type: ignore[index,operator]


def test_the_worst_rate_of_work_done_again_is_the_highest(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which workshop had the worst reprint rate in 2025?")
    assert a.status == "ok", a.answer
    rep, made = facts["reprint"], facts["made"]
    assert a.tables[0].rows[0][0] == max(made, key=lambda s: rep[s] / made[s]), a.answer  # type: ignore[index,union-attr,operator]


@pytest.mark.parametrize("q", ["2025年安装准时到场的比例是多少？", "2025年安装的准时率是多少？"])
def test_a_yes_no_column_named_by_a_whole_sense(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    yes, n = facts["on_time"]  # type: ignore[misc]
    assert _holds(a, yes / n), a.answer
