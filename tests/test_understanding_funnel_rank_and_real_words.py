"""Session 44's blind batches (a flour mill, an escrow company):

- "which lead source is the worst at ending up with a contract? Use the lead → visit → contract funnel": the groups
  ranked by the funnel's conversion, worst first — not every step of every group;
- "closings in early 2026 count": "count" is a word of its own, never a misspelt "county" (a column of the data);
- "Where's the queue worst? Which club had the longest average check-in wait?": "average check" (an order measure's
  name) is no part of "check-in", and "longest" says the direction whatever "worst" would.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = ["tp_lead", "tp_visit", "tp_contract"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4408)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_lead", "Lead logged", "线索登记", "Lead logged", "awareness", "lead"),
               ("tp_visit", "Sales visit", "销售拜访", "Sales visit", "consideration", "visit"),
               ("tp_contract", "Contract signed", "签约", "Contract signed", "purchase", "contract"),
               ("tp_checkin", "Front-desk check-in", "前台签到", "Front-desk check-in", "service", "check-in|front desk")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("lead_to_contract", "Lead to contract", i + 1, t, 90) for i, t in enumerate(STEPS)])
    rate = {"website": 0.1, "trade_show": 0.4, "referral": 0.6}
    customers, events, orders = [], [], []
    waits: dict[str, list[float]] = {"Sanlitun": [], "Wangjing": []}
    started: Counter[str] = Counter()
    done: Counter[str] = Counter()
    for i in range(900):
        cid = f"C{i:04d}"
        src = ["website", "trade_show", "referral"][i % 3]
        customers.append((cid, "2025-01-01 00:00:00", src, rnd.choice(["Clark", "Orange"])))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(300))
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_lead", "", ""))
        club = "Sanlitun" if i % 2 else "Wangjing"
        wait = rnd.uniform(6, 12) if club == "Sanlitun" else rnd.uniform(2, 6)
        waits[club].append(wait)
        events.append((f"E{i:04d}k", cid, at.isoformat(sep=" "), "tp_checkin", club, f"{wait:.2f}"))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), 100 if club == "Sanlitun" else 300, "paid"))
        started[src] += 1
        if rnd.random() < 0.8:
            events.append((f"E{i:04d}b", cid, (at + timedelta(days=5)).isoformat(sep=" "), "tp_visit", "", ""))
            if rnd.random() < rate[src]:
                events.append((f"E{i:04d}c", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_contract", "", ""))
                done[src] += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel", "county"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "club", "wait_minutes"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    worst = min(started, key=lambda s: done[s] / started[s])
    return {"worst": worst, "slowest_club": max(waits, key=lambda c: sum(waits[c]) / len(waits[c]))}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("funnel_rank"), _company) as out:
        yield out


def test_which_group_is_worst_on_a_funnel_ranks_the_groups(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "For leads we logged in 2025, which acquisition channel is the worst at ending up with a signed "
                     "contract? Use the 90-day lead → visit → contract funnel.")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["worst"], a.answer


def test_a_real_word_is_never_a_misspelt_column(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many contracts were signed in 2025? contracts signed in early 2026 count too.")
    assert not any("county" in x for x in a.assumptions), a.assumptions
    assert not any(c.args.get("dimension") == "county" or "county" in (c.args.get("filters") or {})
                   for c in a.tool_calls), a.tool_calls


def test_a_hyphenated_word_is_no_name_and_size_beats_judgement(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Where's the front-desk queue worst? Which club had the longest average check-in wait in 2025?")
    assert a.status == "ok", a.answer
    assert not any(c.args.get("metric_id") == "aov" for c in a.tool_calls), a.tool_calls
    assert a.tables[0].rows[0][0] == facts["slowest_club"], a.answer
