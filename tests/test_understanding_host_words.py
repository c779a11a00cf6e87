""""2025年哪个主播的直播间来的人最多？" (session 46's livestream batch) where the company's column is `host`: 主播 is the
Chinese word for a live-stream host, as 门店 is for a store — the column is ranked, never refused as unknown; "来的人最多"
counts the people who came, "次数最多" their visits.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

HOSTS = ("杨书记", "果妹", "阿强")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4609)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_live_enter", "进入直播间", "进入直播间", "Entered live room", "awareness", "直播间|进直播间")])
    customers, events = [], []
    people: dict[str, set] = defaultdict(set)
    visits: dict[str, int] = defaultdict(int)
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        for k in range(rnd.randint(1, 3)):
            host = rnd.choices(HOSTS, weights=[1, 3, 2])[0]
            at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=20)
            people[host].add(cid)
            visits[host] += 1
            events.append((f"E{i:04d}{k}", cid, at.isoformat(sep=" "), "tp_live_enter", host))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "host"], events)
    top = max(people, key=lambda h: len(people[h]))
    return {"top": top, "n": len(people[top]), "visits": visits[top]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("host_words"), _company) as out:
        yield out


def test_zhubo_ranks_the_host_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个主播的直播间来的人最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top"] and facts["n"] in a.tables[0].rows[0], a.tables[0].rows


def test_visits_counted_when_times_are_asked(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个主播的直播间进入次数最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top"] and facts["visits"] in a.tables[0].rows[0], a.tables[0].rows
