"""Money the company pays out, recorded in its data (cause seen in session 36's first blind batches, a used-phone
trade-in platform and a clinical-trial recruiter): a Payout step whose events carry payout_amount beside payout_hours.
"Average payout per trade-in that we paid out" is the mean of payout_amount — not refused as a cost outside the data,
not "per trade-in" read as a grouping, and not the hours ("payout" names the money column, whose name is the noun and
"amount"); "the highest total payout" is the amount's total.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _tradein(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3604)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_quote", "Online quote", "在线估价", "Online quote", "consideration", "估价|quote"),
               ("tp_order", "Trade-in order submitted", "提交回收单", "Trade-in order submitted", "purchase",
                "回收单|trade-in order"),
               ("tp_payout", "Payout", "打款到账", "Payout", "service", "打款|payout")])
    events, amounts = [], []
    for i in range(500):
        cid = f"S{i:04d}"
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(330))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_quote", "quoted", "", ""))
        if rnd.random() < 0.7:
            events.append((f"E{i}-1", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_order", "submitted", "", ""))
            if rnd.random() < 0.8:
                amt = rnd.randrange(300, 4000)
                events.append((f"E{i}-2", cid, (at + timedelta(days=5)).isoformat(sep=" "), "tp_payout", "paid",
                               amt, round(rnd.uniform(1, 30), 1)))
                amounts.append(amt)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"S{i:04d}", "2025-01-01 00:00:00") for i in range(500)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "payout_amount",
                                   "payout_hours"], events)
    months: dict[str, int] = {}
    for e in events:
        if e[3] == "tp_payout" and e[2].startswith("2025"):
            months[e[2][:7]] = months.get(e[2][:7], 0) + e[5]
    return {"avg": sum(amounts) / len(amounts), "months": months}


@pytest.fixture(scope="module")
def tradein(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("payouts"), _tradein) as out:
        yield out


def test_the_average_payout_is_the_money_paid_out(tradein) -> None:  # noqa: ANN001
    service, facts = tradein
    a = ask(service, "Average payout per trade-in that we paid out in 2025?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["avg"]) < 0.01 for v in first_numbers(a)), (facts["avg"], a.answer)


def test_the_total_payout_ranked_by_month_is_the_amount(tradein) -> None:  # noqa: ANN001
    service, facts = tradein
    a = ask(service, "Which month of 2025 had the highest total payout?")
    assert a.status == "ok", a.answer
    top = max(facts["months"], key=facts["months"].get)
    assert a.tables[0].rows[0][:2] == [top, facts["months"][top]], (top, facts["months"][top], a.tables[0].rows)


def test_how_long_payouts_take_stays_the_hours(tradein) -> None:  # noqa: ANN001
    service, _ = tradein
    a = ask(service, "average payout hours in 2025")
    assert a.status == "ok", a.answer
    assert all(v < 31 for v in first_numbers(a)[:1]), a.answer
