""""哪类仪器的超差率最高？" (session 47's calibration batch) ranked one group per instrument: 仪器 names the company's
instrument_id, and the company also keeps instrument_type. "哪类 / which type of" a thing whose column is its id is
that thing's kind column, never one group per id.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

TYPES = {"balance": "天平", "caliper": "卡尺", "pressure_gauge": "压力表"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4708)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    n: Counter[str] = Counter()
    for i in range(600):
        kind = rnd.choices(list(TYPES), weights=[2, 5, 3])[0]
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
        events.append((f"E{i:04d}", f"C{i % 150:04d}", at.isoformat(sep=" "), "tp_cal", f"IN{i:05d}", kind))
        n[kind] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_cal", "校准检测", "Calibration", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(150)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "instrument_id",
                                   "instrument_type"], events)
    return {"top": n.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("kind_of_thing"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年哪类仪器的校准检测最多？", "Which type of instrument had the most calibrations in 2025?"])
def test_kind_of_a_thing_kept_by_id(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "instrument_type" and t.rows[0][0] == facts["top"], (t.columns, t.rows)


def _claims(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4711)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    n: Counter[str] = Counter()
    for i in range(500):
        cat = rnd.choices(["door_window", "plumbing", "electrical"], weights=[5, 3, 2])[0]
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
        events.append((f"E{i:04d}", f"C{i % 120:04d}", at.isoformat(sep=" "), "tp_claim", cat,
                       rnd.choices(["homeowner", "developer"], weights=[9, 1])[0]))
        n[cat] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_claim", "Warranty claim", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(120)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "claim_category", "customer_type"],
              events)
    return {"top": n.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("kind_of_claim"), _claims) as out:
        yield out


def test_type_in_the_asking_words_names_no_column(claims) -> None:  # noqa: ANN001
    """"the most common type of warranty claim" (session 47's modular homes batch) ranked customer_type: "type" in
    the asking words names no column of types; the claim's own kind column (claim_category) is the one."""
    service, facts = claims
    a = ask(service, "What's the most common type of warranty claim overall?")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "claim_category" and t.rows[0][0] == facts["top"], (t.columns, t.rows)
