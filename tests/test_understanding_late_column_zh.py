""""2025年哪个车型报修次数最多？" (session 48's forklift rental batch) was refused ("your data has no 车型"): the
company's events file has 90 columns, and equipment_model, past the 40th, was named by its own English name only.
A late column keeps its values unlinked, but the Chinese names no other column has name it, as its English name
does in English.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

FILLER = [f"note_{k:02d}" for k in range(42)]  # a wide file: a column per step of the company's own
MODELS = ("RT-16", "EC-25", "PT-20")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4807)
    tmp.mkdir(parents=True, exist_ok=True)
    events, n = [], Counter()
    for i in range(300):
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(330), hours=8)
        model = rnd.choices(MODELS, weights=[5, 3, 2])[0]
        n[model] += 1
        events.append((f"E{i:04d}", f"C{i % 80:04d}", at.isoformat(sep=" "), "tp_breakdown",
                       *[f"v{(i + k) % 3}" for k in range(len(FILLER))], model))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_breakdown", "故障报修", "Breakdown call", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(80)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", *FILLER, "equipment_model"],
              events)
    return {"top": n.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("late_column_zh"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年哪个车型报修次数最多？", "Which equipment model had the most breakdown calls in 2025?"])
def test_a_late_column_is_named_in_chinese_too(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "equipment_model" and t.rows[0][0] == facts["top"], (t.columns, t.rows[:2])
