"""An English step named "<thing> <participle>" ("Event served", "Tasting attended") said with do-support: "how many
events did we serve", "how many tastings did clients attend" (cause seen in a blind batch, a caterer, where the
company's noun "events" also names the events count): the step, counted; not every event row.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _caterer(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_enquiry", "Enquiry", "询价", "Enquiry", "awareness", "询价|enquiry|lead"),
               ("tp_lost", "Lead lost", "丢单", "Lead lost", "consideration", "丢单|lost"),
               ("tp_tasting", "Tasting attended", "试菜到场", "Tasting attended", "consideration", "试菜|tasting"),
               ("tp_served", "Event served", "活动出餐", "Event served", "service", "出餐|service|setup"),
               ("tp_paid", "Final invoice paid", "结清尾款", "Final invoice paid", "service", "尾款|invoice"),
               ("tp_survey", "Post-event survey", "活动后回访问卷", "Post-event survey", "loyalty", "回访|survey")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("sales", "Sales", 1, "tp_enquiry", 60), ("sales", "Sales", 2, "tp_tasting", 60),
               ("sales", "Sales", 3, "tp_served", 60)])
    customers, events = [], []
    for i in range(300):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(300))
        steps = ["tp_enquiry"] + (["tp_tasting"] if rnd.random() < 0.6 else ["tp_lost"] if rnd.random() < 0.5 else [])
        if len(steps) == 2 and rnd.random() < 0.7:
            steps.append("tp_served")
            if rnd.random() < 0.8:
                steps.append("tp_paid")
        for k, tp in enumerate(steps):
            events.append((f"{cid}-{k}", cid, (at + timedelta(days=9 * k)).isoformat(sep=" "), tp, "log"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"events": events}


@pytest.fixture(scope="module")
def caterer(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("do_support"), _caterer) as out:
        yield out


@pytest.mark.parametrize("q,tp", [("How many events did we serve in 2025?", "tp_served"),
                                  ("How many tastings did clients attend in 2025?", "tp_tasting"),
                                  # (the thing counted names its own step: "did we serve" is then only the verb)
                                  ("How many enquiries did we serve in 2025?", "tp_enquiry"),
                                  # (but the thing counted is the do-support step's own object: "Lead lost", not
                                  # the step "lead" also names)
                                  ("How many leads did we lose in 2025?", "tp_lost")])
def test_a_step_said_with_do_support_is_counted(caterer, q, tp) -> None:  # noqa: ANN001
    service, facts = caterer
    want = sum(1 for e in facts["events"] if e[3] == tp and e[2].startswith("2025"))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.tables[0].rows)
