"""Rankings over a named funnel (causes seen in blind batches: a notary chain, a tailor, a blood-donation service):

- "which lead source converts worst … intake funnel": the sources ranked by the journey's conversion, not the
  funnel's steps for everyone;
- "Chengdu, 2025, intake funnel: at which step did we lose the most people": the drop-off of the journey named,
  sliced by the company's city column — not of whichever journey loses most;
- "for customers who came in for an enquiry, after which step of the intake journey do we lose the most": the one
  step named says who entered; the journey's steps are ranked.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = ("tp_enquiry", "tp_booking", "tp_submit", "tp_verify")
# how likely each source is to pass each step (web search converts worst)
PASS = {"walk_in": (0.9, 0.9, 0.95), "mini_program": (0.8, 0.85, 0.95), "web_search": (0.5, 0.7, 0.9)}


def _notary(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_enquiry", "Enquiry", "首次咨询", "Enquiry", "awareness", "咨询|enquiry"),
               ("tp_booking", "Appointment booked", "预约办理", "Appointment booked", "consideration", "预约|booking"),
               ("tp_submit", "Documents submitted", "递交材料", "Documents submitted", "purchase", "交材料|submission"),
               ("tp_verify", "Identity verified", "身份核验", "Identity verified", "purchase", "核验|verified"),
               ("tp_remind", "Renewal reminder", "续办提醒", "Renewal reminder", "loyalty", "提醒|reminder"),
               ("tp_renew", "Renewed", "续办", "Renewed", "loyalty", "续办|renewed")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [*(("intake", "Intake", k + 1, tp, 14) for k, tp in enumerate(STEPS)),
               ("renew", "Renewal", 1, "tp_remind", 30), ("renew", "Renewal", 2, "tp_renew", 30)])
    customers, events = [], []
    paths: list[tuple[str, str, int]] = []  # (source, city, steps reached)
    for i in range(900):
        cid = f"C{i:04d}"
        source = rnd.choice(list(PASS))
        city = rnd.choice(["Chengdu", "Beijing"])
        customers.append((cid, "2025-01-01 00:00:00", source))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8))
        reached = 1
        for p in PASS[source]:
            if rnd.random() >= p:
                break
            reached += 1
        paths.append((source, city, reached))
        for k, tp in enumerate(STEPS[:reached]):
            events.append((f"{cid}-{k}", cid, (at + timedelta(hours=k)).isoformat(sep=" "), tp, "success", city))
        if rnd.random() < 0.5:  # a renewal journey that loses far more, in every city
            events.append((f"{cid}-r", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_remind", "sent", city))
            if rnd.random() < 0.1:
                events.append((f"{cid}-n", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_renew", "success",
                               city))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "city"], events)
    return {"paths": paths}


@pytest.fixture(scope="module")
def notary(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("funnel_rankings"), _notary) as out:
        yield out


def _worst_step(paths: list[tuple[str, str, int]]) -> str:
    """The step whose reachers most often did not reach the next one (drop-off rate)."""
    rates = {}
    for k, tp in enumerate(STEPS[:-1]):
        at = [r for _, _, r in paths if r >= k + 1]
        rates[tp] = sum(1 for r in at if r == k + 1) / len(at)
    return max(rates, key=rates.get)


def test_which_source_converts_worst_in_a_named_funnel(notary) -> None:  # noqa: ANN001
    service, facts = notary
    conv = {s: sum(1 for x, _, r in facts["paths"] if x == s and r == 4) / sum(1 for x, _, _ in facts["paths"] if x == s)
            for s in PASS}
    a = ask(service, "Which lead source converts worst from enquiry to identity verified? 2025, intake funnel, per client")
    assert a.status == "ok", a.answer
    rows = a.tables[0].rows
    assert rows[0][0] == min(conv, key=conv.get), rows
    assert rows[0][1] == pytest.approx(conv[rows[0][0]], abs=1e-9), rows


def test_a_dropoff_sliced_by_a_company_column_keeps_its_journey(notary) -> None:  # noqa: ANN001
    service, facts = notary
    a = ask(service, "Chengdu, 2025, intake funnel: at which step did we lose the most people, i.e. reached the step "
                     "but never got to the next one?")
    assert a.status == "ok", a.answer
    want = _worst_step([p for p in facts["paths"] if p[1] == "Chengdu"])
    assert a.tables[0].rows[0][3] == want, a.tables[0].rows


def test_the_step_naming_who_entered_does_not_stop_the_ranking(notary) -> None:  # noqa: ANN001
    service, facts = notary
    a = ask(service, "For customers who came in for an enquiry in 2025, after which step of the intake journey do we "
                     "lose the most people?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][3] == _worst_step(facts["paths"]), a.tables[0].rows
