"""A Chinese column name is a modifier and its head noun (研究中心: the sites): "哪家中心…最多" names the column by its
head after a grouping word (cause seen in session 36's first blind batch, a clinical-trial recruiter; it was refused as
a word the data does not have). A step whose name merely begins with the noun (中心筛选访视) takes nothing from it; a
head two columns end with names neither.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

SITES = {"上海瑞康医院": 0.6, "北京华康医院": 0.45, "广州南粤医院": 0.3}


def _trial(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3603)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_visit", "中心筛选访视", "中心筛选访视", "Site screening visit", "consideration", "筛选访视|screening"),
               ("tp_rand", "随机入组", "随机入组", "Randomisation", "purchase", "随机入组|入组|randomised")])
    events, randomised = [], Counter()
    for i in range(600):
        cid = f"P{i:04d}"
        site = rnd.choice(list(SITES))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(300))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_visit", "attended", site))
        if rnd.random() < SITES[site]:
            events.append((f"E{i}-1", cid, (at + timedelta(days=10)).isoformat(sep=" "), "tp_rand", "randomised", site))
            randomised[site] += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"P{i:04d}", "2025-01-01 00:00:00")
                                                                    for i in range(600)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "研究中心"], events)
    return {"randomised": randomised}


@pytest.fixture(scope="module")
def trial(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("zh_heads"), _trial) as out:
        yield out


def test_the_head_noun_after_a_grouping_word_names_the_column(trial) -> None:  # noqa: ANN001
    service, facts = trial
    top, n = facts["randomised"].most_common(1)[0]
    a = ask(service, "2025年哪家中心随机入组的人最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].columns[0] == "研究中心" and a.tables[0].rows[0][:2] == [top, n], a.tables[0].rows


def test_a_step_beginning_with_the_noun_is_no_grouping(trial) -> None:  # noqa: ANN001
    service, _ = trial
    a = ask(service, "2025年中心筛选访视一共有多少人？")
    assert a.status == "ok", a.answer
    assert "研究中心" not in a.tables[0].columns and a.tables[0].rows[0][3] == 600, a.tables[0].rows
