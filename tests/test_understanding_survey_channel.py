"""A survey step that holds no comments, with the ratings filed through the survey channel (cause seen in blind
batches, a go-kart track and a kids' camp: "2025年赛后问卷的平均评分", "average NPS in our post-camp surveys"): the
ratings of the channel whose every word the step's name says (survey), not of corporate_survey, and never "no value";
where several channels fit the step's word as well (repair_survey, nps_survey for "survey"), all of them.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _track(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_book", "Race booked", "订场", "Race booked", "purchase"),
               ("tp_race", "Race session", "比赛场次", "Race session", "service"),
               ("tp_survey", "Post-race survey", "赛后问卷", "Post-race survey", "loyalty")])
    customers, events, feedback = [], [], []
    for i in range(200):
        cid = f"K{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(330))
        events += [(f"{cid}-b", cid, at.isoformat(sep=" "), "tp_book", "book"),
                   (f"{cid}-r", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_race", "race"),
                   (f"{cid}-s", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_survey", "sent")]
        channel = ("survey", "survey", "corporate_survey", "dianping_review")[i % 4]
        feedback.append((f"F{i:04d}", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_race", channel, "不错",
                         rnd.randrange(1, 6)))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "rating"],
              feedback)
    return {"feedback": feedback}


@pytest.fixture(scope="module")
def track(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("survey_channel"), _track) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年赛后问卷的平均评分是多少？", "What was the average rating in our post-race surveys in 2025?"])
def test_a_survey_step_without_comments_reads_the_survey_channel(track, q) -> None:  # noqa: ANN001
    service, facts = track
    rated = [f[6] for f in facts["feedback"] if f[4] == "survey" and f[2].startswith("2025")]
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - sum(rated) / len(rated)) < 1e-6, (sum(rated) / len(rated), a.tables[0].rows)


@pytest.mark.parametrize("q", ["What % of dianping reviews are negative?", "What percentage of dianping reviews are negative?",
                               "What share of dianping reviews are negative?"])
def test_a_share_asked_with_a_percent_sign_or_percentage(track, q) -> None:  # noqa: ANN001
    # (a blind boat-tour batch: "What % of Meituan reviews are negative?" could not tell which data it was about;
    # "what percentage" said the data had no "rate"; "what share" worked)
    service, facts = track
    a = ask(service, q)
    assert a.status == "ok", a.answer
    args = a.tool_calls[0].args
    assert args.get("metric_id") == "feedback_volume" and (args.get("filters") or {}).get("channel") == ["dianping_review"], args


def _builder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4608)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_site_survey", "Site survey", "现场勘察", "Site survey", "consideration", "勘察|survey"),
               ("tp_repair", "Repair", "维修", "Repair", "service", "repair")])
    customers, events, feedback = [], [], []
    for i in range(300):
        cid = f"G{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(340))
        events += [(f"{cid}-s", cid, at.isoformat(sep=" "), "tp_site_survey"),
                   (f"{cid}-r", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_repair")]
        when = (at + timedelta(days=21)).isoformat(sep=" ")
        if i % 3 == 0:
            feedback.append((f"F{i:04d}", cid, when, "", "nps_survey", "ok", "", rnd.randrange(0, 11)))
        elif i % 3 == 1:
            feedback.append((f"F{i:04d}", cid, when, "tp_repair", "repair_survey", "fixed", rnd.randrange(1, 6), ""))
        else:
            feedback.append((f"F{i:04d}", cid, when, "tp_repair", "ticket_note", "slow", "", ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "rating",
                                     "nps"], feedback)
    return {"feedback": feedback}


@pytest.fixture(scope="module")
def builder(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("survey_channels"), _builder) as out:
        yield out


def test_survey_said_of_a_step_without_comments_reads_every_survey_channel(builder) -> None:  # noqa: ANN001
    """(session 46's greenhouse batch: "What was our NPS in the December 2025 survey?" where "survey" is an alias of the
    step Site survey, which holds no comments, and the scores come through nps_survey beside repair_survey)"""
    service, facts = builder
    scores = [f[7] for f in facts["feedback"] if f[4] == "nps_survey" and f[2].startswith("2025")]
    nps = 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
    a = ask(service, "What was our NPS in the 2025 survey?")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - nps) < 1e-6, (nps, a.tables[0].rows)
