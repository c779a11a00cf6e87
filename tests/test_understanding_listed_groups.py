"""Groups listed after the grouping asked, and two groups the measure has no rows of (causes seen in session 39's
review of earlier blind batches: scaffolding hire, marina, CGM devices):

- "split by the channel the enquiry came in on (web form, WeChat mini program, phone, email, paid search ads)": the
  names in parentheses say what the groups are in the asker's words; they slice nothing, even where some of them are
  values of another column (paid search is also an acquisition source). Was a filter on the acquisition source and
  an error "no data for …";
- "of the people who submitted an enquiry, what share signed? (enquiry → quote → contract)": submitted and signed
  are what the journey's own steps record, the steps said as verbs, not two groups of the action column (was a
  comparison of two actions, "nothing counted in the denominator");
- "电话询价 → 报价 → 签约" (the step is 电话与网站询价) where 电话 is also a channel (phone): a word of the step's own name inside a link of a chain of
  steps slices nothing;
- "average star rating in the JD / Tmall reviews" where JD and Tmall are channels of the events but the comments
  keep other channels: the answer asks which of the channels that hold ratings is meant, never an error.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

CHANNELS = ("web", "mini_program", "phone", "email", "ads")
SOURCES = ("paid_search", "wechat_mini_program", "phone", "email", "trade_fair")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3901)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_enquiry", "Web enquiry", "电话与网站询价", "Web enquiry", "awareness", "询价|enquiry|enquiries"),
               ("tp_quote", "Quote", "报价", "Quote", "consideration", "报价|quote|quotes"),
               ("tp_contract", "Contract", "签约", "Contract", "purchase", "签约|合同|contract|contracts")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("win", "Enquiry to contract", 1, "tp_enquiry", 30), ("win", "Enquiry to contract", 2, "tp_quote", 30),
               ("win", "Enquiry to contract", 3, "tp_contract", 30)])
    # (the chance an enquiry ends in a contract, by the channel it came in on: ads worst)
    odds = {"web": 0.7, "mini_program": 0.6, "phone": 0.8, "email": 0.65, "ads": 0.25}
    events, customers, feedback = [], [], []
    reached: Counter = Counter()
    entered: Counter = Counter()
    low: Counter = Counter()
    survey_stars: list[int] = []
    n = 0
    for i in range(900):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00", rnd.choice(SOURCES)))
        ch = rnd.choice(CHANNELS)
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(9, 18))
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), "tp_enquiry", "submitted", ch,
                       rnd.choice(["Build Expo", "Trade Fair East"]), rnd.choice(["Ann Lee", "Bo Chen"])))
        entered[ch] += 1
        if rnd.random() < odds[ch]:
            n += 1
            events.append((f"E{n:06d}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_quote", "sent", ch, "", ""))
            n += 1
            events.append((f"E{n:06d}", cid, (at + timedelta(days=5)).isoformat(sep=" "), "tp_contract", "signed", ch,
                           "", ""))
            reached[ch] += 1
        if i % 3 == 0:
            # (the quotes collect most of the low stars)
            tp = "tp_quote" if rnd.random() < 0.4 else "tp_enquiry"
            stars = rnd.choice([1, 1, 2, 3]) if tp == "tp_quote" else rnd.choice([2, 3, 4, 5, 5])
            low[tp] += stars <= 2
            text = "Quick quote, thanks" if i % 2 else "Slow to answer my enquiry"
            if i % 9 == 0:
                text = "The engineer was brilliant, explained everything" if i % 2 else "Engineer never called back"
            feedback.append((f"F{i:04d}", text,
                             (at + timedelta(days=1)).isoformat(sep=" "), cid, tp,
                             fch := rnd.choice(["survey", "app_review", "survey", "app_review", "post"]), stars))
            if fch == "survey" and (at + timedelta(days=1)).year == 2025:
                survey_stars.append(stars)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts", "acquisition_channel"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "show_name",
                                    "engineer"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating"],
              feedback)
    rates = {ch: reached[ch] / entered[ch] for ch in CHANNELS}
    return {"worst": min(rates, key=rates.get), "rates": rates,
            "overall": sum(reached.values()) / sum(entered.values()), "most_low": max(low, key=low.get),
            "survey_stars": sum(survey_stars) / len(survey_stars)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("listed_groups"), _company) as out:
        yield out


@pytest.mark.parametrize("q", [
    "Which enquiry channel is worst at turning enquiries into contracts in 2025? Split by the channel the enquiry "
    "came in on (web form, WeChat mini program, phone, email, paid search ads).",
    "Conversion from enquiry to contract in 2025 by channel (web, mini program, phone, email or ads) — which is "
    "lowest?",
])
def test_names_listed_after_the_grouping_are_its_groups_not_a_slice(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    first = a.tables[0]
    col = first.columns.index("channel")
    shown = [r[col] for r in first.rows]
    assert set(shown) == set(CHANNELS), shown  # every channel ranked, none left out by a slice
    assert shown[0] == facts["worst"], (shown, facts["rates"])
    assert all("acquisition_channel" not in (c.args.get("filters") or {}) for c in a.tool_calls), a.tool_calls


def test_two_groups_named_outright_are_still_compared(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Compare enquiry to contract conversion for phone vs email in 2025")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    col = first.columns.index("channel")
    assert {r[col] for r in first.rows} == {"phone", "email"}


def test_two_groups_without_rows_of_the_measure_are_asked_back(company) -> None:  # noqa: ANN001
    service, _ = company
    # (ads and phone are channels of the enquiries; the comments were left on surveys and app reviews only)
    a = ask(service, "Average star rating of the comments, ads vs phone, all data")
    assert a.status == "clarify", (a.status, a.answer)
    assert a.error is None
    assert {"survey", "app_review"} & set(" ".join(a.options).replace(",", " ").split()) or \
        "survey" in a.answer, (a.options, a.answer)


@pytest.mark.parametrize("q", [
    "Of the people who submitted an enquiry in 2025, what share signed? Enquiry to contract funnel "
    "(enquiry → quote → contract), per person.",
    "2025年提交了询价的人里，最后签约的比例是多少？按询价到签约这条漏斗（电话询价→报价→签约），按人算",
])
def test_outcomes_the_journeys_own_steps_record_say_the_steps(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == pytest.approx(facts["overall"], abs=1e-9), a.answer
    assert all("action" not in (c.args.get("filters") or {}) and "channel" not in (c.args.get("filters") or {})
               for c in a.tool_calls), a.tool_calls


def test_a_verb_before_its_object_names_no_measure(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which touchpoint collected the most 1-2 star ratings in 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("touchpoint_id")] == facts["most_low"], first.rows


def test_comments_asked_for_with_a_word_of_an_events_column(company) -> None:  # noqa: ANN001
    service, _ = company
    # (engineer and show_name are columns of the enquiries: "praise our engineers" is what the comments are about,
    # "show me" is the asker's request)
    a = ask(service, "Can you pull up some comments where customers praise our engineers?")
    assert a.status == "ok", a.answer
    assert a.citations and all("ngineer" in c.text for c in a.citations[:3]), [c.text for c in a.citations]
    a = ask(service, "show me what customers are saying about slow answers to their enquiry")
    assert a.status == "ok", a.answer
    assert all("show_name" not in (c.args.get("filters") or {}) and c.args.get("dimension") != "show_name"
               for c in a.tool_calls), a.tool_calls


def test_a_prefix_of_a_hyphenated_word_is_no_value(company) -> None:  # noqa: ANN001
    service, facts = company
    # ("post" is a channel of the comments — letters — but "post-enquiry" only says when the survey was sent)
    a = ask(service, "What was the average star rating of our post-enquiry surveys in 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == pytest.approx(facts["survey_stars"], abs=1e-6), a.answer


@pytest.mark.parametrize("q", ["我们销售团队去年的离职率是多少？", "What was our staff turnover last year?"])
def test_staff_leaving_is_outside_the_journey_data(company, q) -> None:  # noqa: ANN001
    service, _ = company
    # (离职率 is one character from 离开率, the exit rate's alias: the staff leaving, never the customers' exits)
    a = ask(service, q)
    assert a.status == "unsupported", (a.status, a.answer)
    assert not a.tool_calls, a.tool_calls


def test_the_exit_rate_of_a_slice_is_refused_with_what_can_be_answered(company) -> None:  # noqa: ANN001
    service, _ = company
    # (the exit rate is computed per touchpoint by ranking them all: for phone enquiries only it was a tool error)
    a = ask(service, "What was the exit rate of phone enquiries in 2025?")
    assert a.status in ("unsupported", "clarify"), (a.status, a.answer)
    assert a.error is None


@pytest.mark.parametrize("q", ["how do you work out the drop-off rate for a step in a funnel?",
                               "How do we calculate the conversion rate?"])
def test_how_a_measure_is_worked_out_is_its_definition(company, q) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", (a.status, a.answer)
    assert [c.name for c in a.tool_calls] == ["explain_metric"], a.tool_calls


def test_a_search_query_keeps_what_the_comments_are_about(company) -> None:  # noqa: ANN001
    service, _ = company
    # (the request's words, "a few", "whose", "pull up", are no part of what the comments are about)
    a = ask(service, "Can you pull up a few comments from people whose enquiry was answered slowly?")
    assert a.status == "ok", a.answer
    query = next(c.args.get("query", "") for c in a.tool_calls if c.name.startswith("feedback"))
    assert not {"few", "whose", "pull", "can", "you"} & set(query.lower().split()), query
