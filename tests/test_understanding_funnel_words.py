"""Causes seen in session 41's first blind batches (student loans):

- "Which ad platform is worst at turning ad clicks into funded loans? … split by platform": the grouping said outright
  ("platform") is part of the column the question ranks ("ad platform"), not the comments' platform column;
- "Take 2025 clicks": an analyst's verb before a year and the rows counted — the year 2025, not 2025 clicks;
- "click → application → disbursement": three steps of one journey from its first: the overall conversion up to the
  last one named, never the first step's own conversion;
- "学生拒绝我们的贷款方案，最常见的原因是什么": 拒绝 says the credit review's decline_reason too, but the offer step named
  records its own reason column (放弃原因) — that one, no question asked back;
- "which sign-up route was worst at getting people to a loan (ad click -> application -> disbursement, per person)":
  the column signup_channel said with another word for a way, and a path spelled out with arrows is a conversion,
  not a count of people.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4104)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_ad_click", "Ad click", "广告点击", "Ad click", "awareness", "ad click|点击"),
               ("tp_application", "Application", "在线申请", "Application", "consideration", "application|申请"),
               ("tp_review", "Credit review", "征信审核", "Credit review", "consideration", "credit review|审核"),
               ("tp_disbursement", "Disbursement", "放款", "Disbursement", "purchase", "disbursement|funded|放款"),
               ("tp_offer", "Loan offer", "贷款方案", "Loan offer", "purchase", "offer|方案")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("ad_to_loan", "Ad click to loan", 1, "tp_ad_click", 60),
               ("ad_to_loan", "Ad click to loan", 2, "tp_application", 60),
               ("ad_to_loan", "Ad click to loan", 3, "tp_review", 60),
               ("ad_to_loan", "Ad click to loan", 4, "tp_disbursement", 60)])
    facts: dict[str, object] = {"clicks25": {}, "funded25": {}, "offer_reasons": {}, "route": {}}
    customers, events, feedback = [], [], []
    n = 0
    for i in range(1500):
        cid = f"B{i:05d}"
        customers.append((cid, "2024-01-01 00:00:00"))
        platform = rnd.choice(["tiktok", "meta", "google_search"])
        at = datetime(2024, 10, 1) + timedelta(days=rnd.randrange(450))
        n += 1
        route = ("app", "web", "walk_in")[i % 3]
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), "tp_ad_click", "click", platform, "", "", "", "",
                       route))
        funded = False
        if rnd.random() < {"tiktok": 0.2, "meta": 0.5, "google_search": 0.6}[platform]:
            for k, tp in enumerate(("tp_application", "tp_review")):
                n += 1
                declined = tp == "tp_review" and rnd.random() < 0.3
                events.append((f"E{n:06d}", cid, (at + timedelta(days=3 * (k + 1))).isoformat(sep=" "), tp,
                               "declined" if declined else "done", "",
                               rnd.choice(["low_score", "no_income"]) if declined else "", "", "",
                               rnd.choice(["评分不足", "收入不足"]) if declined else "", ""))
            if rnd.random() < {"tiktok": 0.2, "meta": 0.5, "google_search": 0.6}[platform]:
                n += 1
                events.append((f"E{n:06d}", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_disbursement",
                               "disbursed", "", "", "", "", "", ""))
                funded = True
        if rnd.random() < 0.3:
            reason_en, reason_zh = rnd.choices([("gov_loan", "选择了政府助学贷款"), ("amount_low", "额度不够"),
                                                ("rate_high", "利率太高")], [5, 2, 1])[0]
            n += 1
            events.append((f"E{n:06d}", cid, (at + timedelta(days=12)).isoformat(sep=" "), "tp_offer", "declined", "",
                           "", reason_en, reason_zh, "", ""))
            facts["offer_reasons"][reason_zh] = facts["offer_reasons"].get(reason_zh, 0) + 1  # type: ignore[union-attr]
        if at.year == 2025:
            got = facts["route"].setdefault(route, [0, 0])  # type: ignore[union-attr]
            got[0] += int(funded)
            got[1] += 1
            facts["clicks25"][platform] = facts["clicks25"].get(platform, 0) + 1  # type: ignore[union-attr]
            facts["funded25"][platform] = facts["funded25"].get(platform, 0) + int(funded)  # type: ignore[union-attr]
        if i % 5 == 0:
            feedback.append((f"F{i:05d}", cid, at.isoformat(sep=" "), "tp_ad_click", "saw the ad", 4,
                             rnd.choice(["weibo", "xiaohongshu"])))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "ad_platform",
                                   "decline_reason", "offer_decline_reason", "放弃原因", "拒绝原因", "signup_channel"],
              events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating", "platform"],
              feedback)
    return facts


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("funnel_words"), _company) as out:
        yield out


def test_the_funnel_from_its_first_step_through_the_steps_listed(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which ad platform is worst at turning ad clicks into funded loans? Take 2025 clicks, "
                     "click → application → disbursement within 60 days, split by platform.")
    assert a.status == "ok", a.answer
    call = next(c for c in a.tool_calls if c.name == "metric_breakdown")
    assert call.args["dimension"] == "ad_platform" and call.args["metric_id"] == "overall_conversion", call.args
    assert call.args["start"] == "2025-01-01" and call.args["end"] == "2025-12-31", call.args
    clicks, funded = facts["clicks25"], facts["funded25"]
    worst = min(clicks, key=lambda p: funded[p] / clicks[p])  # type: ignore[index]
    assert a.tables[0].rows[0][0] == worst, a.answer


def test_the_named_steps_own_reason_column_over_a_verbs_other_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "学生拒绝我们的贷款方案，最常见的原因是什么？看全部数据")
    assert a.status == "ok", a.answer
    reasons = facts["offer_reasons"]
    top = max(reasons, key=reasons.get)  # type: ignore[arg-type]
    first = a.tables[0]
    assert first.rows[0][0] == top and first.rows[0][first.columns.index("value")] == reasons[top], a.answer  # type: ignore[index]


def test_a_way_word_for_a_channel_column_and_a_path_spelled_out(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "In 2025 which sign-up route was worst at getting people to a funded loan? "
                     "(ad click -> application -> disbursement, per person)")
    assert a.status == "ok", a.answer
    call = next(c for c in a.tool_calls if c.name == "metric_breakdown")
    assert call.args["dimension"] == "signup_channel" and call.args["metric_id"] == "overall_conversion", call.args
    route = facts["route"]
    worst = min(route, key=lambda r: route[r][0] / route[r][1])  # type: ignore[index]
    assert a.tables[0].rows[0][0] == worst, a.answer
