"""A laboratory is no experiment (cause seen in the blind calibration batch, re-read in session 51: "2025年三季度苏州实验室的常规件，
从收样到出证书平均要几天？" on data with an A/B test answered the test's read-out: 实验室 holds 实验). The time from
intake to certificate is answered; a question about the test still reads the test.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _lab(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5106)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_reminder", "Recall reminder", "复校提醒", "Recall reminder", "awareness", "提醒|reminder"),
               ("tp_intake", "Lab intake", "实验室收样", "Lab intake", "service", "收样|intake"),
               ("tp_cert", "Certificate issued", "证书签发", "Certificate issued", "service", "出证书|出证|certificate")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("job", "送校", 1, "tp_intake", 60), ("job", "送校", 2, "tp_cert", 60)])
    customers, events, experiments = [], [], []
    for i in range(300):
        cid = f"A{i:04d}"
        customers.append((cid, "2025-01-01", rnd.choice(["suzhou", "shenzhen"])))
        t = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(250))
        arm = rnd.choice(["email", "wecom"])
        experiments.append(("reminder_test", arm, cid, t.isoformat(sep=" ")))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_reminder", "sent"))
        events.append((f"E{len(events):05d}", cid, (t + timedelta(days=5)).isoformat(sep=" "), "tp_intake", "in"))
        if rnd.random() < (0.6 if arm == "email" else 0.85):
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=5 + rnd.randrange(2, 9))).isoformat(sep=" "),
                           "tp_cert", "issued"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "lab"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at"], experiments)
    return {}


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("lab"), _lab) as out:
        yield out


def test_a_laboratory_is_no_experiment(lab) -> None:  # noqa: ANN001
    service, _ = lab
    a = ask(service, "2025年苏州实验室从收样到出证书平均要几天？")
    assert a.status == "ok", a.answer
    assert all(c.name != "experiment_result" for c in a.tool_calls), a.tool_calls


def test_the_test_is_still_read(lab) -> None:  # noqa: ANN001
    service, _ = lab
    a = ask(service, "复校提醒那个实验，哪组出证书的比例更高？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "experiment_result", a.tool_calls
