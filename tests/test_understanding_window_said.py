"""A journey's window said with its steps (cause seen in session 34's first blind batch, an invoice-financing
platform whose advances carry tenor_days = 30, 60, 90): "注册漏斗（注册账号→提交认证→开通额度，30天窗口）的整体转化率"
and "the onboarding funnel (sign-up → KYC → activated, 30-day window)" say how long the journey may take — no slice
tenor_days = 30 (that left no row in the funnel).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

STEPS = ["tp_signup", "tp_kyc", "tp_activated"]


def _onboarding(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3409)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_signup", "注册账号", "注册账号", "Sign-up", "consideration", "注册|sign-up"),
               ("tp_kyc", "提交认证", "提交认证", "KYC", "consideration", "认证|KYC"),
               ("tp_activated", "开通额度", "开通额度", "Activated", "purchase", "开通|activated"),
               ("tp_payout", "放款", "放款", "Payout", "purchase", "放款|payout")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("onboarding", "注册漏斗", i + 1, tp, 30) for i, tp in enumerate(STEPS)])
    customers, events = [], []
    started = done = 0
    for i in range(700):
        cid = f"S{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(320), hours=rnd.randrange(8))
        started += 1
        reached = 1 + (rnd.random() < 0.7) + (rnd.random() < 0.6)
        for k, tp in enumerate(STEPS[:reached]):
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=k)).isoformat(sep=" "), tp, "done", ""))
        if reached == 3:
            done += 1
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=5)).isoformat(sep=" "), "tp_payout",
                           "paid_out", rnd.choice(["30", "60", "90"])))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "tenor_days"], events)
    return {"conversion": done / started}


@pytest.fixture(scope="module")
def onboarding(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("window_said"), _onboarding) as out:
        yield out


@pytest.mark.parametrize("question", [
    "2025年注册漏斗（注册账号→提交认证→开通额度，30天窗口）按人算的整体转化率是多少？",
    "What was the 2025 overall conversion of the onboarding funnel (sign-up → KYC → activated, 30-day window), per person?"])
def test_a_window_said_with_the_steps_slices_nothing(onboarding, question: str) -> None:  # noqa: ANN001
    service, facts = onboarding
    a = ask(service, question)
    assert a.status == "ok", a.answer
    assert "tenor" not in a.answer
    want = facts["conversion"]
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, want)
