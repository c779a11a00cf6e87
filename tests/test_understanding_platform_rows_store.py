"""Two readings from session 47's jewellery batch, on comments kept with channel codes (xiaohongshu_note,
dianping_review) and a store column named 门店:
- "小红书笔记一共收集了多少条？" counts the comments of xiaohongshu_note — the platform's rows noun (笔记, notes) said
  after it is the same value; it is no request to write a note, nor an unknown word;
- "大众点评上哪家店的评分最低？" ranks the 门店 column: 店 said after 哪家 is the head of the store column's name.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STORES = {"北京三里屯店": 2.8, "上海新天地店": 4.5, "深圳水贝店": 4.1}
CHANNELS = ("xiaohongshu_note", "dianping_review", "wechat_survey")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4709)
    tmp.mkdir(parents=True, exist_ok=True)
    feedback = []
    n: Counter[str] = Counter()
    dp: dict[str, list[int]] = defaultdict(list)
    for i in range(700):
        store = rnd.choice(list(STORES))
        channel = rnd.choices(CHANNELS, weights=[2, 3, 4])[0]
        r = max(1, min(5, round(rnd.gauss(STORES[store], 0.7))))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=15)
        feedback.append((f"F{i:04d}", f"C{i % 200:04d}", at.isoformat(sep=" "), "tp_visit", "款式不错", r, channel, store))
        n[channel] += 1
        if channel == "dianping_review":
            dp[store].append(r)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_visit", "到店面谈", "consideration")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(200)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{j:04d}", f"C{j:04d}", "2025-01-02 10:00:00", "tp_visit") for j in range(200)])
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating", "channel",
                                     "门店"], feedback)
    means = {s: sum(v) / len(v) for s, v in dp.items()}
    return {"notes": n["xiaohongshu_note"], "lowest": min(means, key=means.get)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("platform_rows"), _company) as out:
        yield out


def test_platform_rows_noun(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "小红书笔记一共收集了多少条？")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("value")] == facts["notes"], (a.assumptions, t.rows)


def test_store_head_after_which(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "大众点评上哪家店的评分最低？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["lowest"], a.tables[0].rows


def test_writing_a_note_is_still_refused(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "帮我写一篇小红书笔记，推广一下新款")
    assert a.status == "unsupported", a.answer
