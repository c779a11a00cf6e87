"""A rate whose outcome is every value but those set apart (cause seen in session 51's blind exam-board batch:
"2025年发布的成绩里通过率是多少？除了不合格都算过" where results record 不合格 / 合格 / 良好 / 优秀 read the pass rate as
合格 only, 33 % instead of 85 %). "除了X都算Y", "anything but X counts as Y": the numerator is every value of the
column the denominator counts, but X. Without such words the rate named by one value is that value's share.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

BANDS = {"fail": "不合格", "pass": "合格", "merit": "良好", "distinction": "优秀"}


def _exams(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5105)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_entry", "Entry", "报名", "Entry", "purchase", "entry|报名"),
               ("tp_result", "Result published", "成绩发布", "Result published", "service", "result|成绩")])
    customers, events, bands = [], [], []
    for i in range(600):
        cid = f"K{i:04d}"
        customers.append((cid, "2025-01-01"))
        t = datetime(2025, 1, 10) + timedelta(days=rnd.randrange(300))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_entry", "submit", "", ""))
        band = rnd.choices(list(BANDS), weights=[15, 35, 30, 20])[0]
        bands.append(band)
        events.append((f"E{len(events):05d}", cid, (t + timedelta(days=20)).isoformat(sep=" "), "tp_result",
                       "published", band, BANDS[band]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "result_band",
                                   "成绩等级"], events)
    return {"not_fail": sum(b != "fail" for b in bands) / len(bands), "pass": sum(b == "pass" for b in bands) / len(bands)}


@pytest.fixture(scope="module")
def exams(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("all_but"), _exams) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年发布的成绩里通过率是多少？除了不合格都算过",
                               "What was the 2025 pass rate? Anything but a fail counts as a pass."])
def test_every_value_but_those_set_apart_is_the_outcome(exams, q: str) -> None:  # noqa: ANN001
    service, facts = exams
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(x - facts["not_fail"]) < 1e-6 for x in first_numbers(a)), (a.answer, facts)


def test_without_such_words_the_value_named_is_the_outcome(exams) -> None:  # noqa: ANN001
    service, facts = exams
    a = ask(service, "What was the 2025 pass rate?")
    assert a.status == "ok", a.answer
    assert any(abs(x - facts["pass"]) < 1e-6 for x in first_numbers(a)), (a.answer, facts)
