""""香港有多少企业客户？" on data whose customers carry a company column and a segment "corporate": 企业 is the company
column's word, said here as the kind of customer, and was dropped for a count of every customer in Hong Kong (session
49's chauffeur batch). A kind of customer said before the people word names the value in the data's other language.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5004)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events = [], []
    counts = {"hk_corporate": 0, "hk": 0}
    for i in range(300):
        cid = f"C{i:04d}"
        seg = rnd.choice(["corporate", "new", "returning", "vip"])
        region = rnd.choice(["香港", "上海", "北京"])
        company = f"CO{rnd.randrange(40):03d}" if seg == "corporate" else ""
        customers.append((cid, "2025-01-05", seg, region, company))
        events.append((f"E{i:04d}", cid, f"2025-03-{1 + i % 28:02d} 10:00:00", "tp_trip", "completed"))
        counts["hk"] += region == "香港"
        counts["hk_corporate"] += region == "香港" and seg == "corporate"
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_trip", "行程完成", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "region", "company_id"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return counts


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("kind_of_customer"), _company) as out:
        yield out


def test_a_kind_of_customer_said_in_chinese_is_the_segment(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "香港有多少企业客户？")
    assert a.status == "ok", a.answer
    nums = first_numbers(a)
    assert facts["hk_corporate"] in nums and facts["hk"] not in nums, (a.answer, facts)


def test_the_company_column_is_still_the_grouping_after_which(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "按企业看，哪个企业的客户最多？")
    assert a.status in ("ok", "clarify", "unsupported"), a.answer
    assert "corporate" not in str(a.tool_calls), a.tool_calls
