""""餐厅客户检查出来的隐患，哪一类最多？" (session 47's fire-safety batch) dropped 餐厅 and ranked every client's defects:
a Chinese word right before a people noun (餐厅客户, restaurant clients) is a value of theirs, found through the
dictionary when the data writes it in English (segment = restaurant), as it is before 订单 or 评价.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

TOP = {"restaurant": "hood_suppression", "shop": "expired_extinguisher", "warehouse": "sprinkler"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4714)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    n: Counter[str] = Counter()
    for i in range(900):
        seg = rnd.choices(list(TOP), weights=[2, 4, 3])[0]
        kind = TOP[seg] if rnd.random() < 0.5 else rnd.choice(list(TOP.values()) + ["blocked_exit"])
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
        events.append((f"E{i:04d}", f"C{i % 300:04d}", at.isoformat(sep=" "), "tp_defect", seg, kind))
        if seg == "restaurant":
            n[kind] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage", "aliases"],
              [("tp_defect", "隐患整改通知", "Defect notice", "service", "隐患通知|整改通知|缺陷单|defect report")])
    # (the customers' own segment holds their lifecycle, so the events' column of business kinds is a column of its own)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "business_type"],
              [(f"C{j:04d}", "2025-01-01", rnd.choice(["new", "returning"]),
                rnd.choice(["chinese_restaurant", "hotpot", "cafe", "supermarket", "logistics"])) for j in range(300)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "segment", "defect_type"], events)
    return {"top": n.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("value_before_people"), _company) as out:
        yield out


def test_value_before_people_noun(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "餐厅客户检查出来的隐患，哪一类最多？按整改通知算")
    assert a.status == "ok", a.answer
    assert any("restaurant" in x for x in a.assumptions), a.assumptions
    assert a.tables[0].rows[0][0] == facts["top"], a.tables[0].rows
