"""A review corpus with a review step (causes seen in session 20's real Trustpilot batch and blind batches):

- "on average" says how a number is summarised, never the star label "Average";
- "days between the experience and the review" times the two steps, the review being a step here, not the comments;
- "1星评价占全部评价的比例" is the share of those stars among all comments, where 评价 also names the review step;
- "不分大小写" / "any case" is how to match words, no word to look for; words listed in quotes or as spellings
  are counted as written;
- "哪家公司的评论里提到 X 最多" counts the comments about X per company (the provider column), not one total.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

PROVIDERS = ["Lemonade", "Embrace", "Spot"]
LABELS = {1: "Bad", 2: "Poor", 3: "Average", 4: "Great", 5: "Excellent"}
TEXTS = ["They denied my claim for no reason", "Easy to cancel, great service", "Claim was DENIED twice",
         "Fast refund and friendly staff", "I had to Cancel because of price increase", "Average experience overall"]


def _reviews(tmp: Path) -> dict[str, object]:
    rnd = random.Random(22)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage", "aliases"],
              [("tp_experience", "Experience with the insurer (date of experience)", "service", "date of experience"),
               ("tp_review", "Review posted", "loyalty", "review|评价|发布评价")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("exp_review", "Experience to review", 1, "tp_experience", 365),
               ("exp_review", "Experience to review", 2, "tp_review", 365)])
    customers, events, feedback = [], [], []
    for i in range(300):
        cid = f"R{i:04d}"
        exp = datetime(2023, 1, 1) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(24))
        posted = exp + timedelta(days=rnd.randrange(0, 40), hours=rnd.randrange(24))
        stars = 1 + i % 5
        provider = PROVIDERS[i % 7 % 3]
        customers.append((cid, ""))
        events.append((f"{cid}-x", cid, exp.isoformat(sep=" "), "tp_experience", "experience", provider))
        events.append((f"{cid}-r", cid, posted.isoformat(sep=" "), "tp_review", "review", provider))
        feedback.append((f"F{i:04d}", cid, posted.isoformat(sep=" "), "tp_review" if i % 2 else "tp_experience", stars,
                         TEXTS[i % len(TEXTS)],
                         provider, LABELS[stars]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "provider"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "rating", "text", "provider",
                                     "star_label"], feedback)
    return {"events": events, "feedback": feedback}


@pytest.fixture(scope="module")
def reviews(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("review_step"), _reviews) as out:
        yield out


def test_on_average_is_no_star_label_and_the_review_step_is_timed(reviews) -> None:  # noqa: ANN001
    service, facts = reviews
    when = {}
    for e in facts["events"]:
        when.setdefault(e[1], {})[e[3]] = datetime.fromisoformat(e[2])
    days = [(w["tp_review"] - w["tp_experience"]).total_seconds() / 86400 for w in when.values()]
    a = ask(service, "On average, how many days pass between the date of experience and the moment the review is "
                     "posted? All data.")
    assert a.status == "ok", a.answer
    assert not any("Average" in s and "star" in s for s in a.assumptions), a.assumptions
    table = a.tables[0]
    got = table.rows[0][table.columns.index("days")]
    assert abs(got - sum(days) / len(days)) < 0.01, (sum(days) / len(days), a.answer)


def test_a_star_share_where_the_comment_word_is_also_the_review_step(reviews) -> None:  # noqa: ANN001
    service, facts = reviews
    want = sum(1 for f in facts["feedback"] if f[4] == 1) / len(facts["feedback"])
    a = ask(service, "1星评价占全部评价的比例是多少？")
    assert a.status == "ok", a.answer
    assert f"{want:.1%}" in a.answer, (want, a.answer)


@pytest.mark.parametrize("q", ['有多少条评论提到拒赔？按评论里出现 denied、deny 或 denial（不分大小写）来算。',
                               'How many reviews talk about claim denials (text contains "denied", "deny" or '
                               '"denial", any case)?'])
def test_words_listed_with_a_case_instruction_are_counted_as_written(reviews, q) -> None:  # noqa: ANN001
    import re
    service, facts = reviews
    want = sum(1 for f in facts["feedback"] if re.search(r"\b(?:denied|deny|denial)", f[5].lower()))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_which_company_gets_the_most_comments_about_a_topic(reviews) -> None:  # noqa: ANN001
    service, facts = reviews
    counts: dict[str, int] = {}
    for f in facts["feedback"]:
        if "cancel" in f[5].lower():
            counts[f[6]] = counts.get(f[6], 0) + 1
    a = ask(service, '哪家公司的评论里提到 "cancel"（不分大小写）的最多？')
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), (counts, a.answer)


def test_a_comment_measure_named_by_the_review_steps_word_is_of_all_comments(reviews) -> None:  # noqa: ANN001
    service, facts = reviews
    by: dict[str, list[int]] = {}
    for f in facts["feedback"]:
        by.setdefault(f[6], []).append(f[4])
    low = min(by, key=lambda k: sum(by[k]) / len(by[k]))
    a = ask(service, "哪家公司的评价平均分最低？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == low, (by, a.answer)


@pytest.mark.parametrize("q", ["Rank the providers for me.", "给公司排个名"])
def test_a_ranking_without_a_measure_is_asked_back(reviews, q) -> None:  # noqa: ANN001
    service, _facts = reviews
    a = ask(service, q)
    assert a.status == "clarify", a.answer


def test_how_a_week_is_counted_is_no_unknown_term(reviews) -> None:  # noqa: ANN001
    service, facts = reviews
    a = ask(service, "In March 2023, which week (Mon-Sun) had the most reviews posted?")
    assert a.status == "ok", a.answer


@pytest.mark.parametrize("q", ["which provider is the worst?", "这个比上次好了吗？"])
def test_best_or_worst_by_nothing_and_a_pointer_to_nothing_are_asked_back(reviews, q) -> None:  # noqa: ANN001
    service, _facts = reviews
    a = ask(service, q)
    assert a.status == "clarify", a.answer
