"""Words the product reads as asking, said as something else (blind batches stagehire and kidsparty of session 53):

- "导致停演的现场故障有多少次": what the counted incidents caused, said as a relative clause, asks a count — no why;
  "为什么故障变多了" still asks why;
- "最常选的是哪个主题" where the events keep a theme column: 主题 after a which-word names that column (ranked), no
  themes of the comments; with a word for comments ("反馈里哪个主题的差评最多") it is still the comments' themes;
- "how many pieces of feedback bring up invoices": "bring up" says mention, it is no part of the topic.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

THEMES = {"冰雪公主": 0.5, "恐龙探险": 0.3, "超级英雄": 0.2}
CONVERTS = {"小红书": 0.5, "抖音": 0.7, "朋友推荐": 0.9}


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5302)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_select", "选择套餐", "选择套餐", "Package selected", "consideration", "选套餐|select package"),
               ("tp_show", "演出执行", "演出执行", "Show day", "service", "演出|show day"),
               ("tp_incident", "现场故障", "现场故障", "Show-day incident", "service", "故障|incident"),
               ("tp_site_visit", "场地勘察", "场地勘察", "Site visit", "consideration", "site visit|勘察"),
               ("tp_offer", "续约沟通", "续约沟通", "Renewal offer", "loyalty", "renewal offer"),
               ("tp_signed", "签约", "签约", "Contract signed", "purchase", "signed|contract"),
               ("tp_renewed", "续约签订", "续约签订", "Contract renewed", "loyalty", "renewal|renewed")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("show", "演出", 1, "tp_select", 30), ("show", "演出", 2, "tp_show", 30),
               ("renewal", "续约", 1, "tp_offer", 60), ("renewal", "续约", 2, "tp_renewed", 60)])
    customers, events, feedback = [], [], []
    for i in range(700):
        cid = f"C{i:04d}"
        channel = ("小红书", "抖音", "朋友推荐")[i % 3]
        customers.append((cid, "2025-01-01", channel))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(9, 20))
        theme = rnd.choices(list(THEMES), weights=list(THEMES.values()))[0]
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_select", "select", theme, ""))
        if rnd.random() < CONVERTS[channel]:
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=9)).isoformat(sep=" "), "tp_show", "done",
                           "", ""))
        if rnd.random() < 0.3:
            sev = "show_stop" if rnd.random() < 0.25 else "minor"
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=9, hours=1)).isoformat(sep=" "),
                           "tp_incident", "logged", "", sev))
        if i % 3 == 0:
            events.append((f"E{len(events):06d}", cid, (at - timedelta(days=5)).isoformat(sep=" "), "tp_site_visit",
                           "video_call" if i % 9 == 0 else "on_site", "", ""))
        if i % 2 == 0:
            offer = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365))
            events.append((f"E{len(events):06d}", cid, offer.isoformat(sep=" "), "tp_offer", "sent", "", ""))
            if rnd.random() < 0.7:
                events.append((f"E{len(events):06d}", cid, (offer + timedelta(days=rnd.randrange(1, 90))).isoformat(
                    sep=" "), "tp_renewed", "signed", "", ""))
        if i % 4 == 0:
            text = ("The invoice was wrong and had to be reissued" if i % 8 == 0 else
                    "发票抬头开错了，重开又等了一周" if i % 3 == 0 else "灯光效果很棒，工作人员很专业")
            feedback.append((f"F{i:04d}", cid, (at + timedelta(days=12)).isoformat(sep=" "), "tp_show", text,
                             "en" if text.isascii() else "zh"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "theme", "severity"],
              events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "language"], feedback)
    return {"events": events, "feedback": feedback, "customers": customers}


@pytest.fixture(scope="module")
def shows(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("cue_words_s53"), _folder) as out:
        yield out


def test_a_cause_said_of_the_counted_things_is_no_why(shows) -> None:  # noqa: ANN001
    service, facts = shows
    want = sum(1 for e in facts["events"] if e[3] == "tp_incident" and e[6] == "show_stop" and e[2] < "2026")
    a = service.answer("2025年一共出了多少次导致停演（show_stop 级别）的现场故障？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "explain_change", a.tool_calls
    assert want in first_numbers(a), (want, a.answer)


def test_why_is_still_asked(shows) -> None:  # noqa: ANN001
    service, _ = shows
    a = service.answer("为什么2025年10月现场故障变多了？")
    assert a.tool_calls and a.tool_calls[0].name == "explain_change", a.tool_calls


def test_the_theme_column_after_a_which_word_is_ranked(shows) -> None:  # noqa: ANN001
    service, facts = shows
    counts = Counter(e[5] for e in facts["events"] if e[3] == "tp_select")
    a = service.answer("2025年客户选套餐时最常选的是哪个主题？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "theme", a.tool_calls
    assert a.tables[0].rows[0][0] == counts.most_common(1)[0][0], a.answer


def test_themes_of_the_comments_when_comments_are_said(shows) -> None:  # noqa: ANN001
    service, _ = shows
    a = service.answer("反馈里哪个主题的差评最多？")
    assert a.tool_calls and a.tool_calls[0].name == "feedback_themes", a.tool_calls


def test_a_step_verb_before_another_step_said_as_its_object_names_nothing(shows) -> None:  # noqa: ANN001
    service, facts = shows
    offers = {e[1]: datetime.fromisoformat(e[2]) for e in facts["events"] if e[3] == "tp_offer" and e[2] < "2026"}
    renewed = {e[1]: datetime.fromisoformat(e[2]) for e in facts["events"] if e[3] == "tp_renewed"}
    want = sum(1 for c, t in offers.items() if c in renewed and t <= renewed[c] <= t + timedelta(days=60)) / len(offers)
    a = service.answer("Of the customers who got a renewal offer during 2025, what share signed the renewal within 60 "
                       "days? Renewals signed in early 2026 count too.")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.002 for v in first_numbers(a)), (want, a.answer)


def test_this_rate_for_one_value_after_a_ranking_of_it(shows) -> None:  # noqa: ANN001
    service, facts = shows
    channel = {c[0]: c[2] for c in facts["customers"]}
    sel = sum(1 for e in facts["events"] if e[3] == "tp_select" and channel[e[1]] == "小红书")
    show = sum(1 for e in facts["events"] if e[3] == "tp_show" and channel[e[1]] == "小红书")
    first = service.answer("Which acquisition channel commits most? Per session, the share of package selections that "
                           "end in a show day, all data - which channel is highest?")
    assert first.status == "ok" and first.tool_calls[0].name == "metric_ratio", first.answer
    a = service.answer("小红书来的这个比例是多少？", session_id=first.session_id)
    assert a.status == "ok", a.answer
    assert any(abs(v - show / sel) < 0.002 for v in first_numbers(a)[:3]), (show / sel, a.answer)


def test_a_means_said_short_beside_its_value_is_no_grouping(shows) -> None:  # noqa: ANN001
    service, facts = shows
    want = sum(1 for e in facts["events"] if e[3] == "tp_site_visit" and e[4] == "video_call" and e[2] < "2026")
    a = service.answer("How many site visits in 2025 were done by video, over a video call?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.answer)


def test_bring_up_is_no_part_of_the_topic() -> None:
    from tools.feedback_count import topic_of
    assert topic_of("how many pieces of feedback bring up invoices?") == "invoices"
    assert topic_of("comments that brought up the parking") .split()[-1] == "parking"
