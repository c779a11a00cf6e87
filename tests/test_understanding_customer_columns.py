"""A column kept on one table that holds one value per customer there slices that customer's rows of the other
tables (cause seen in session 33's and 34's blind batches: a coding bootcamp keeps each student's track and teacher
on every event of theirs, while the tuition and refunds are orders):

- "2025年track为data的学员一共付了多少学费？" — the paid orders of the customers whose events say track = data (it was
  "track is recorded on events, but revenue is counted from orders");
- a column that changes from row to row of one customer (the lesson's room) is no customer's: still refused, never
  a guess.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, amount_said, service_on, write_csv


def _bootcamp(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3408)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_class", "上课", "上课", "Class", "service", "上课|class"),
               ("tp_pay", "缴纳学费", "缴纳学费", "Tuition paid", "purchase", "缴费|tuition")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("study", "学习", 1, "tp_pay", 90), ("study", "学习", 2, "tp_class", 90)])
    customers, events, orders = [], [], []
    paid_by_track: dict[str, float] = {}
    for i in range(600):
        cid = f"S{i:04d}"
        customers.append((cid, "2024-12-01"))
        track = rnd.choice(["data", "frontend", "backend"])
        campus = rnd.choice(["成都", "上海"])
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_pay", "paid", track, ""))
        for k in range(4):
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=7 * (k + 1))).isoformat(sep=" "),
                           "tp_class", "attended", track, rnd.choice(["A101", "B202", "C303"])))
        amount = round(rnd.uniform(8000, 20000), 2)
        orders.append((f"O{len(orders):05d}", cid, t.isoformat(sep=" "), f"{amount:.2f}", "paid", campus))
        paid_by_track[track] = paid_by_track.get(track, 0.0) + amount
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "track", "room"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "campus"], orders)
    return {"paid_by_track": paid_by_track}


@pytest.fixture(scope="module")
def bootcamp(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("customer_columns"), _bootcamp) as out:
        yield out


def test_a_per_customer_column_slices_the_customers_orders(bootcamp) -> None:  # noqa: ANN001
    service, facts = bootcamp
    a = ask(service, "2025年track为data的学员一共付了多少学费？")
    assert a.status == "ok", a.answer
    want = facts["paid_by_track"]["data"]
    assert amount_said(a.answer, want), (a.answer, want)


def test_a_column_that_changes_within_a_customer_is_still_refused(bootcamp) -> None:  # noqa: ANN001
    service, _ = bootcamp
    a = ask(service, "2025年room为A101的学员一共付了多少学费？")
    assert a.status in ("unsupported", "clarify"), a.answer
