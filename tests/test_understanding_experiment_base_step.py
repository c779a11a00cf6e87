""""测试结果页送入门6瓶装的AB实验里，下单以后30天内开通订阅盒的比例，哪组更高？" (session 45's kombucha batch): of the
customers who ordered after assignment, the share that started a subscription within 30 days of their order, per
arm — not the share of everyone assigned who reached either step. The arm that wins on orders loses here.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4512)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_quiz", "Flavour quiz", "口味测试", "Flavour quiz", "consideration", "quiz"),
               ("tp_order", "Order placed", "下单成功", "Order placed", "purchase", "下单|placed an order|order"),
               ("tp_sub", "Subscription started", "开通订阅", "Subscription started", "loyalty", "订阅|subscription")])
    customers, events, assigned = [], [], []
    tally = {"control": [0, 0], "starter_pack": [0, 0]}
    for i in range(1000):
        cid = f"C{i:04d}"
        arm = "control" if i % 2 else "starter_pack"
        at = datetime(2025, 9, 1) + timedelta(days=rnd.randrange(60), hours=10)
        customers.append((cid, at.isoformat(sep=" ")))
        assigned.append(("quiz_offer_2025", arm, cid, at.isoformat(sep=" ")))
        events.append((f"E{i:05d}q", cid, at.isoformat(sep=" "), "tp_quiz"))
        if rnd.random() < (0.3 if arm == "control" else 0.5):
            o = at + timedelta(days=rnd.randrange(1, 6))
            events.append((f"E{i:05d}o", cid, o.isoformat(sep=" "), "tp_order"))
            tally[arm][0] += 1
            if rnd.random() < (0.5 if arm == "control" else 0.3):
                sub = o + timedelta(days=rnd.choice([3, 10, 20, 45]))
                events.append((f"E{i:05d}s", cid, sub.isoformat(sep=" "), "tp_sub"))
                tally[arm][1] += (sub - o).days <= 30
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at"], assigned)
    rates = {k: v[1] / v[0] for k, v in tally.items()}
    return {"best": max(rates, key=rates.get), "rates": rates}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("experiment_base_step"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["口味测试的AB实验里，下单以后30天内开通订阅的比例，哪组更高？",
                               "In the quiz offer test, of those who placed an order, which group started a "
                               "subscription within 30 days more often?"])
def test_the_share_of_those_who_reached_the_base_step(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    row = a.tables[0].rows[0]
    assert row[0] == facts["best"], (facts, a.answer)
    assert abs(row[3] - facts["rates"][facts["best"]]) < 0.002, (facts, row)


def test_a_base_step_gets_clear_errors(tmp_path) -> None:  # noqa: ANN001
    from knowledge.errors import AnalysisError, NotFoundError
    from knowledge.gateway import Gateway
    from knowledge.analyses.experiment import experiment_result
    from knowledge.pipeline import load_dataset
    from knowledge.semantic.layer import load_semantic_layer
    from knowledge.workspace import Workspace
    _company(tmp_path / "data")
    ws = Workspace(tmp_path / "ws")
    load_dataset(ws, tmp_path / "data", progress=False)
    gw, layer = Gateway(ws.db_path), load_semantic_layer()
    with pytest.raises(NotFoundError) as unknown:
        experiment_result(gw, layer, base_touchpoint_id="tp_ordr", outcome_touchpoint_ids=["tp_sub"])
    assert "tp_order" in (unknown.value.hint or ""), unknown.value.hint
    with pytest.raises(AnalysisError) as alone:
        experiment_result(gw, layer, base_touchpoint_id="tp_order")
    assert alone.value.code == "bad_outcome" and alone.value.hint
