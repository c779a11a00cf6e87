"""A yes/no column's own name said as a rate, and a pronoun for the group a ranking put first (causes seen in session
33's third blind batch, a home air-conditioner repair service):

- "What was our first-time fix rate in 2025?" where the repair step's alias is "first-time fix" and the rows carry
  first_time_fix (True/False) and its Chinese twin 一次修好 (是/否): the share of completed repairs fixed the first
  time — not the step's own conversion or a journey's;
- "2025年一次修好率最低的是哪位师傅？" ranks the technicians by that share;
- "他的一次修好率具体是多少？" after it: that technician's share (the pronoun points at the group ranked first);
- "2025年报价被拒绝的比例是多少？" where the quote step's action is accept / reject: the rejected share of the quotes
  (the action's English codes found by their Chinese words).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

TECHS = {"刘志强": 0.45, "陈伟": 0.9, "王磊": 0.8}


def _repairs(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3306)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_request", "Repair request", "报修", "Repair request", "consideration", "repair request|报修"),
               ("tp_repair_done", "Repair completed", "维修完成", "Repair completed", "service",
                "repair done|fixed|first-time fix|一次修好|维修完成"),
               ("tp_warranty", "Warranty re-visit", "返修", "Warranty re-visit", "service", "warranty|返修"),
               ("tp_quote", "Parts quote", "报价", "Parts quote", "consideration", "quote|报价")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("repair", "维修", 1, "tp_request", 30), ("repair", "维修", 2, "tp_repair_done", 30),
               ("warranty", "返修", 1, "tp_repair_done", 90), ("warranty", "返修", 2, "tp_warranty", 90)])
    customers, events, jobs = [], [], []
    for i in range(900):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01"))
        tech = list(TECHS)[i % 3]
        t = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(10))
        fixed = rnd.random() < TECHS[tech]
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_request", "requested", tech, "", ""))
        events.append((f"E{len(events):05d}", cid, (t + timedelta(hours=5)).isoformat(sep=" "), "tp_quote",
                       "reject" if i % 6 == 0 else "accept", tech, "", ""))
        done = t + timedelta(days=2)
        events.append((f"E{len(events):05d}", cid, done.isoformat(sep=" "), "tp_repair_done", "done", tech,
                       str(fixed), "是" if fixed else "否"))
        if not fixed:
            events.append((f"E{len(events):05d}", cid, (done + timedelta(days=20)).isoformat(sep=" "), "tp_warranty",
                           "revisit", tech, "", ""))
        jobs.append({"tech": tech, "fixed": fixed, "done": done, "rejected": i % 6 == 0, "quoted": t})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "technician",
                                   "first_time_fix", "一次修好"], events)
    return {"jobs": jobs}


@pytest.fixture(scope="module")
def repairs(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("yes_no_rates"), _repairs) as out:
        yield out


def _share(jobs: list[dict]) -> float:
    return sum(j["fixed"] for j in jobs) / len(jobs)


def test_a_yes_no_columns_name_said_as_a_rate_is_its_yes_share(repairs) -> None:  # noqa: ANN001
    service, facts = repairs
    a = ask(service, "What was our first-time fix rate in 2025?")
    assert a.status == "ok", a.answer
    want = _share([j for j in facts["jobs"] if j["done"].year == 2025])
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, want)


def test_a_pronoun_after_a_ranking_is_the_group_ranked_first(repairs) -> None:  # noqa: ANN001
    service, facts = repairs
    y25 = [j for j in facts["jobs"] if j["done"].year == 2025]
    rates = {t: _share([j for j in y25 if j["tech"] == t]) for t in TECHS}
    worst = min(rates, key=rates.get)
    first = ask(service, "2025年一次修好率最低的是哪位师傅？")
    assert first.status == "ok", first.answer
    assert first.tables[0].rows[0][0] == worst, (first.tables[0].rows, rates)
    a = ask(service, "他的一次修好率具体是多少？", session=first.session_id)
    assert a.status == "ok", a.answer
    assert any(abs(v - rates[worst]) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, rates)


def test_an_action_value_said_in_chinese_is_its_share_of_the_step(repairs) -> None:  # noqa: ANN001
    service, facts = repairs
    a = ask(service, "2025年报价被拒绝的比例是多少？")
    assert a.status == "ok", a.answer
    y25 = [j for j in facts["jobs"] if j["quoted"].year == 2025]
    want = sum(j["rejected"] for j in y25) / len(y25)
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, want)


def test_why_of_a_defined_rate_shows_its_change_and_says_no_drivers(repairs) -> None:  # noqa: ANN001
    """"为什么2025年下半年报价接受率变了？": the rate's change against the period before (no refusal), said to have no
    drivers broken down; "提了返工索赔" style words never become an action code."""
    service, facts = repairs
    a = ask(service, "为什么2025年下半年报价接受率变了？")
    assert a.status == "ok", a.answer
    assert len(a.tool_calls) == 2 and all(c.name == "metric_ratio" for c in a.tool_calls), a.tool_calls
    assert any("原因" in x for x in a.assumptions), a.assumptions
