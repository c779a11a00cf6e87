"""Which arm of an A/B test is its control. Session 49's blind batches had tests whose arms are manual_quote /
instant_quote (a description column saying "quote by the sales desk (control)"), number_only / live_eta and
pdf_quote / render_video: the control used to be the first arm by name, so "the control group's conversion" was
answered with the new arm's rate and every lift had the wrong sign.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv
from knowledge.analyses.experiment import control_of


@pytest.mark.parametrize("variants, described, control", [
    (["control", "treatment"], None, "control"),
    (["B", "A"], None, "A"),
    (["render_control", "render_video"], None, "render_control"),
    (["instant_quote", "manual_quote"], {"instant_quote": "instant online quote", "manual_quote": "by the desk (control)"},
     "manual_quote"),
    (["live_eta", "number_only"], {"number_only": "对照组：只显示号码", "live_eta": "实时等待时间"}, "number_only"),
    (["instant_price", "manual_quote"], None, "manual_quote"),
    (["render_video", "pdf_quote"], None, "pdf_quote"),      # no word says which: the first by name
    (["old_price", "original_box"], None, "old_price"),       # two arms look like the old way: not guessed, first by name
])
def test_control_of(variants, described, control) -> None:  # noqa: ANN001
    assert control_of(variants, described) == control


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4902)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, experiments, orders = [], [], []
    converted = {"instant_quote": [0, 0], "manual_quote": [0, 0]}
    for j in range(400):
        cid = f"C{j:04d}"
        customers.append((cid, "2025-01-01"))
        arm = "instant_quote" if j % 2 else "manual_quote"
        desc = "instant online quote" if arm == "instant_quote" else "quote by the sales desk (control)"
        at = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(30))
        experiments.append(("quote_test", arm, cid, at.isoformat(sep=" "), desc))
        converted[arm][0] += 1
        if rnd.random() < (0.6 if arm == "instant_quote" else 0.35):
            converted[arm][1] += 1
            orders.append((f"O{j:04d}", cid, (at + timedelta(days=3)).isoformat(sep=" "), 100.0, "paid"))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_quote", "报价", "Quote", "consideration")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{j:04d}", c[0], "2025-03-01 10:00:00", "tp_quote") for j, c in enumerate(customers)])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    write_csv(tmp / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at", "variant_desc"],
              experiments)
    n, x = converted["manual_quote"]
    return {"control_rate": x / n}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("experiment_control"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["What was the conversion of the control group in the quote test?",
                               "报价实验里对照组的转化率是多少？"])
def test_control_group_is_the_described_control(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    first = a.tables[0].rows[0]
    assert first[0] == "manual_quote" and first[4] is True, a.tables[0].rows
    assert abs(first[3] - facts["control_rate"]) < 1e-9, (first, facts)
