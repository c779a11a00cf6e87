"""A kind of order said as the bare noun of the things a step handles (blind batch archivescan of session 52):
"how many times did we have to rescan a batch", "the acceptance rejection rate for hospital batches" where batch is
also one of the orders' kinds — the events of those steps are about batches, so the orders' column slices nothing
and the question is answered (the reading said), not refused; "how many batch orders" still counts the orders of
that kind. "How many batches did we take in? (collected or dropped off)" asks a count: "dropped off" says what
happened to them, not the drop-off rate.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _archives(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5204)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_pickup", "上门取件", "上门取件", "Box collection", "purchase", "pickup"),
               ("tp_scan", "扫描", "扫描", "Scanning", "service", "scan|rescan"),
               ("tp_accept", "客户验收", "客户验收", "Client acceptance", "service", "acceptance"),
               ("tp_retrieval", "调档申请", "调档申请", "Retrieval request", "service", "retrieval")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("batch", "批次处理", 1, "tp_pickup", 60), ("batch", "批次处理", 2, "tp_scan", 60),
               ("batch", "批次处理", 3, "tp_accept", 60)])
    customers, events, orders = [], [], []
    for i in range(400):
        cid = f"A{i:04d}"
        org = ("hospital", "law_firm", "council")[i % 3]
        customers.append((cid, "2024-10-01", org))
        for _ in range(rnd.randint(1, 3)):
            at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(8, 18))
            events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_pickup", "collected"))
            orders.append((f"O{len(orders):05d}", cid, at.isoformat(sep=" "), 2000.0, "paid", "batch"))
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_scan",
                           "scanned"))
            if rnd.random() < 0.1:
                events.append((f"E{len(events):06d}", cid, (at + timedelta(days=4)).isoformat(sep=" "), "tp_scan",
                               "rescan"))
            ok = rnd.random() > (0.2 if org == "hospital" else 0.05)
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=9)).isoformat(sep=" "), "tp_accept",
                           "accepted" if ok else "rejected"))
        if rnd.random() < 0.5:
            at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300))
            events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_retrieval", "requested"))
            orders.append((f"O{len(orders):05d}", cid, at.isoformat(sep=" "), 80.0, "paid", "retrieval"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "org_type"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"events": events, "orders": orders, "customers": customers}


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("rows_own_noun"), _archives) as out:
        yield out


def test_rescans_of_a_batch_are_counted(archives) -> None:  # noqa: ANN001
    service, facts = archives
    want = sum(1 for e in facts["events"] if e[3] == "tp_scan" and e[4] == "rescan" and e[2][:4] == "2025")
    a = ask(service, "how many times did we have to rescan a batch in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_rejection_rate_of_hospital_batches(archives) -> None:  # noqa: ANN001
    service, facts = archives
    hospital = {c[0] for c in facts["customers"] if c[2] == "hospital"}
    rows = [e for e in facts["events"] if e[3] == "tp_accept" and e[1] in hospital and e[2][:4] == "2025"]
    want = sum(1 for e in rows if e[4] == "rejected") / len(rows)
    a = ask(service, "What's the acceptance rejection rate for hospital batches in 2025?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_batch_orders_still_count_orders_of_that_kind(archives) -> None:  # noqa: ANN001
    service, facts = archives
    want = sum(1 for o in facts["orders"] if o[5] == "batch" and o[2][:4] == "2025")
    a = ask(service, "how many batch orders did we get in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_rate_name_said_as_a_verb_in_a_count(archives) -> None:  # noqa: ANN001
    service, _ = archives
    a = ask(service, "How many batches did we take in from clients in 2025? (collected or dropped off)")
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].args.get("metric_id") not in ("drop_off_rate", "overall_conversion"), \
        a.tool_calls
    a = ask(service, "What was the drop-off rate of the batch journey in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].args.get("metric_id") == "drop_off_rate", a.tool_calls
