""""2025年6月国内的包裹平均几天送达？", "2025年国内新注册的用户，哪个获客渠道带来的最多？" (session 46's supplements batch),
where a column holds the countries a company sells in (china, us, germany): 国内 is a Chinese asker's China, a slice of
that column — never a word dropped silently, which answered for every country.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

CHANNELS = {"china": ("xiaohongshu", "douyin"), "us": ("google", "tiktok"), "germany": ("google", "instagram")}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4610)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events = [], []
    home: Counter[str] = Counter()
    for i in range(600):
        cid = f"C{i:04d}"
        country = rnd.choices(list(CHANNELS), weights=[2, 3, 2])[0]
        channel = rnd.choices(CHANNELS[country], weights=[3, 1])[0]
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(360), hours=9)
        customers.append((cid, at.isoformat(sep=" "), country, channel))
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_signup"))
        if country == "china":
            home[channel] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_signup", "注册", "awareness")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region", "acquisition_channel"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    top, n = home.most_common(1)[0]
    return {"top": top, "n": n}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("domestic"), _company) as out:
        yield out


def test_guonei_is_china(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年国内新注册的用户，哪个获客渠道带来的最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top"] and facts["n"] in a.tables[0].rows[0], a.tables[0].rows
