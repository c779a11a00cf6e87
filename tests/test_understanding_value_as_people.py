"""A value's word used for the company's customers themselves (cause seen in session 34's first blind batch, an
invoice-financing platform whose customers are suppliers, and whose repayment events say who repaid:
repay_source = supplier / buyer):

- "In 2025, where in the financing funnel did we lose the most suppliers?" is the funnel's biggest drop over every
  company — not the funnel of repayments made by a supplier, which no upload or quote event records (that was
  "no data matched", and "why did so many suppliers turn down our quotes" the same);
- "How many repayments did suppliers make in 2025?" still counts the repayments whose repay_source is supplier: the
  repayment events hold the column, so there the word slices.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = ["tp_upload", "tp_confirm", "tp_quote", "tp_payout"]


def _financing(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3402)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_upload", "Invoice upload", "上传发票", "Invoice upload", "consideration", "upload|上传发票"),
               ("tp_confirm", "Buyer confirmation", "买方确权", "Buyer confirmation", "consideration", "confirmation|确权"),
               ("tp_quote", "Financing quote", "融资报价", "Financing quote", "purchase", "quote|报价"),
               ("tp_payout", "Advance paid out", "放款到账", "Advance paid out", "purchase", "payout|放款"),
               ("tp_repay", "Repayment", "回款", "Repayment", "loyalty", "repayment|回款")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("financing", "Invoice financing", i + 1, tp, 30) for i, tp in enumerate(STEPS)])
    # (the quote loses the most: 60 % go on from it, 90 % from every other step)
    go_on = {"tp_upload": 0.9, "tp_confirm": 0.9, "tp_quote": 0.6}
    customers, events, reached = [], [], {tp: 0 for tp in STEPS}
    repaid_by_supplier = 0
    for i in range(800):
        cid = f"S{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(10))
        for k, tp in enumerate(STEPS):
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=k)).isoformat(sep=" "), tp, "done", ""))
            reached[tp] += 1
            if tp in go_on and rnd.random() > go_on[tp]:
                break
        else:
            who = "supplier" if rnd.random() < 0.7 else "buyer"
            repaid_by_supplier += who == "supplier"
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=10)).isoformat(sep=" "), "tp_repay",
                           "repaid", who))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "repay_source"], events)
    return {"reached": reached, "repaid_by_supplier": repaid_by_supplier}


@pytest.fixture(scope="module")
def financing(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("value_as_people"), _financing) as out:
        yield out


def test_a_value_said_as_the_people_slices_no_rows_that_cannot_hold_it(financing) -> None:  # noqa: ANN001
    service, facts = financing
    a = ask(service, "In 2025, where in the financing funnel did we lose the most suppliers?")
    assert a.status == "ok", a.answer
    reached = facts["reached"]
    lost = {tp: reached[tp] - reached[nxt] for tp, nxt in zip(STEPS, STEPS[1:])}
    worst = max(lost, key=lost.get)
    assert worst == "tp_quote"
    assert "Financing quote" in a.answer, a.answer
    assert f"{lost[worst]:,}" in a.answer, (a.answer, lost)


def test_the_same_word_slices_the_rows_that_hold_it(financing) -> None:  # noqa: ANN001
    service, facts = financing
    a = ask(service, "How many repayments did suppliers make in 2025?")
    assert a.status == "ok", a.answer
    assert f"{facts['repaid_by_supplier']:,}" in a.answer, (a.answer, facts["repaid_by_supplier"])
