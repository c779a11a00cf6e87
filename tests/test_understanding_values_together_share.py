""""In H1 2026, what share of customer portal visits came from phones (iOS and Android)?" (session 48's container
depot batch) answered the share of iOS among iOS and Android, or the portal's share of every step, or read "phones"
as the phone hotline: values listed together in a share are its part, of every row of the slice (a word glossed by
values in brackets names nothing else). Only values set against each other ("vs") are the whole.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4815)
    tmp.mkdir(parents=True, exist_ok=True)
    events, mobile, total = [], 0, 0
    for i in range(600):
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(340), hours=9)
        dev = rnd.choices(["pc", "ios", "android"], weights=[6, 2, 2])[0]
        events.append((f"E{i:04d}", f"C{i % 90:04d}", at.isoformat(sep=" "), "tp_portal", dev, f"S{i:04d}"))
        total += 1
        mobile += dev != "pc"
        if i % 5 == 0:
            events.append((f"H{i:04d}", f"C{i % 90:04d}", at.isoformat(sep=" "), "tp_hotline", "pc", f"T{i:04d}"))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage", "aliases"],
              [("tp_portal", "客户门户", "Customer portal", "service", ""),
               ("tp_hotline", "客服热线", "Customer hotline", "service", "phone|phones|hotline")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(90)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "device", "session_id"], events)
    return {"share": mobile / total}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("values_together"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["In 2025, what share of customer portal visits came from phones (iOS and Android)?",
                               "What share of customer portal visits in 2025 were on iOS or Android?"])
def test_values_listed_together_are_the_part(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(isinstance(x, float) and abs(x - facts["share"]) < 0.005 for x in a.tables[0].rows[0]), \
        (facts, a.tables[0].columns, a.tables[0].rows[:2])
