""""上个季度深圳实验室一共签发了多少张校准证书？" (session 47's calibration batch) counted lab intakes: the step 证书签发
(the thing, then the verb) said verb first with a count and a modifier between ("签发了多少张校准证书") is that step,
and 实验室 right after a value of the column lab says what kind of place 深圳 is — no guess at the step
实验室收样登记 whose name starts with it, and no experiment either.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4716)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    n = 0
    for i in range(800):
        lab = rnd.choice(["shenzhen", "suzhou"])
        at = datetime(2025, 10, 1) + timedelta(days=rnd.randrange(270), hours=9)
        events.append((f"E{i:04d}a", f"C{i % 200:04d}", at.isoformat(sep=" "), "tp_intake", lab))
        done = at + timedelta(days=rnd.randrange(3, 12))
        events.append((f"E{i:04d}b", f"C{i % 200:04d}", done.isoformat(sep=" "), "tp_cert", lab))
        n += lab == "shenzhen" and date(2026, 1, 1) <= done.date() <= date(2026, 3, 31)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_intake", "实验室收样登记", "Lab intake", "service"), ("tp_cert", "证书签发", "Certificate issued", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(200)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "lab"], events)
    return {"n": n}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("verb_first_zh"), _company) as out:
        yield out


def test_step_said_verb_first_at_a_named_lab(company) -> None:  # noqa: ANN001
    service, facts = company
    a = service.answer("上个季度深圳实验室一共签发了多少张校准证书？", as_of=date(2026, 4, 10))
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("value")] == facts["n"], (a.assumptions, t.rows)
