""""Within N days" said of a conversion where the company also has a column counted in days (cause seen in session
34's second blind batch, a glucose-monitor subscription whose sensor readings carry day_of_wear 1–14):

- "2025年申领体验装的用户，30天内从申领体验装走到开通订阅的转化率是多少？" is the conversion from the trial kit to
  the subscription within 30 days — not day_of_wear <= 30 (which no trial event holds: "no data");
- "哪家医院转介的病人注册App的比例最低？按人算，转介后30天内注册" ranks the hospitals by that conversion.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

HOSPITALS = {"协和医院": 0.8, "华西医院": 0.6, "同济医院": 0.35}


def _sensors(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3410)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_referral", "医院转介", "医院转介", "Hospital referral", "awareness", "转介|referral"),
               ("tp_trial", "申领体验装", "申领体验装", "Trial kit requested", "consideration", "体验装|trial kit"),
               ("tp_register", "注册App", "注册App", "App registered", "consideration", "注册|register"),
               ("tp_subscribe", "开通订阅", "开通订阅", "Subscription started", "purchase", "订阅|subscribe"),
               ("tp_reading", "传感器读数", "传感器读数", "Sensor reading", "service", "读数|reading")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("trial", "体验装转化", 1, "tp_trial", 60), ("trial", "体验装转化", 2, "tp_subscribe", 60),
               ("referral", "转介注册", 1, "tp_referral", 60), ("referral", "转介注册", 2, "tp_register", 60)])
    customers, events = [], []
    trial = {"n": 0, "in30": 0}
    ref: dict[str, list[int]] = {h: [0, 0] for h in HOSPITALS}
    for i in range(900):
        cid = f"P{i:04d}"
        hospital = list(HOSPITALS)[i % 3]
        customers.append((cid, "2024-12-01", hospital))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8))
        if i % 2 == 0:
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_trial", "requested", ""))
            trial["n"] += 1
            if rnd.random() < 0.5:
                lag = rnd.choice([5, 12, 20, 45])  # a quarter subscribe after the 30 days
                trial["in30"] += lag <= 30
                events.append((f"E{len(events):05d}", cid, (t + timedelta(days=lag)).isoformat(sep=" "),
                               "tp_subscribe", "started", ""))
                for d in range(1, 15):
                    events.append((f"E{len(events):05d}", cid, (t + timedelta(days=lag + d)).isoformat(sep=" "),
                                   "tp_reading", "read", str(d)))
        else:
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_referral", "referred", ""))
            ref[hospital][0] += 1
            if rnd.random() < HOSPITALS[hospital]:
                lag = rnd.choice([2, 10, 25, 40])
                ref[hospital][1] += lag <= 30
                events.append((f"E{len(events):05d}", cid, (t + timedelta(days=lag)).isoformat(sep=" "),
                               "tp_register", "registered", ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "hospital"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "day_of_wear"], events)
    return {"trial_in30": trial["in30"] / trial["n"], "ref": {h: b / a for h, (a, b) in ref.items()}}


@pytest.fixture(scope="module")
def sensors(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("window_not_a_day_column"), _sensors) as out:
        yield out


def test_within_n_days_of_a_conversion_is_its_window(sensors) -> None:  # noqa: ANN001
    service, facts = sensors
    a = ask(service, "2025年申领体验装的用户，按人算，30天内从申领体验装走到开通订阅的转化率是多少？")
    assert a.status == "ok", a.answer
    assert "day_of_wear" not in a.answer
    want = facts["trial_in30"]
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, want)


def test_a_ranked_share_within_n_days_is_the_windowed_conversion(sensors) -> None:  # noqa: ANN001
    service, facts = sensors
    a = ask(service, "2025年医院转介过来的病人，哪家医院的病人注册App的比例最低？按人算，转介后30天内注册")
    assert a.status == "ok", a.answer
    worst = min(facts["ref"], key=facts["ref"].get)
    assert a.tables[0].rows[0][0] == worst, (a.answer, a.tables[0].rows, facts["ref"])
    assert abs(first_numbers(a)[0] - facts["ref"][worst]) < 0.005, (a.tables[0].rows, facts["ref"])
