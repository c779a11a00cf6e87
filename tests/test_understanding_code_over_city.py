""""Which clinic does the biggest sessions …?" (session 48's hair-transplant batch) asked in English of clinics whose
names are kept in Chinese (曼谷素坤逸院) ranked the clinics' cities: a city column pairs one to one with the names in
a company with one clinic per city, and it was taken as the names' English twin. The clinic's own code (BKK01) is
the clinic; its city is only where it is. A Chinese asker still gets the Chinese names.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

CLINICS = [("BKK01", "曼谷素坤逸院", "bangkok"), ("IST01", "伊斯坦布尔希什利院", "istanbul"),
           ("GZ01", "广州天河院", "guangzhou"), ("CD01", "成都锦江院", "chengdu")]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4803)
    tmp.mkdir(parents=True, exist_ok=True)
    events, n = [], Counter()
    for i in range(500):
        code, name, city = rnd.choices(CLINICS, weights=[2, 5, 3, 1])[0]
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
        events.append((f"E{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_surgery", code, name, city))
        n[code] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_surgery", "手术", "Surgery", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(500)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "clinic_id", "clinic_name",
                                   "clinic_city"], events)
    top = n.most_common(1)[0][0]
    return {"code": top, "name": next(c[1] for c in CLINICS if c[0] == top)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("code_over_city"), _company) as out:
        yield out


def test_english_asker_gets_the_clinics_code_not_its_city(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which clinic did the most surgeries in 2025?")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "clinic_id" and t.rows[0][0] == facts["code"], (t.columns, t.rows[:2])


def test_chinese_asker_gets_the_names(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个诊所做的手术最多？")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert facts["name"] in [str(x) for x in t.rows[0]] or facts["code"] in [str(x) for x in t.rows[0]], \
        (t.columns, t.rows[:2])
