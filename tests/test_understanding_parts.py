"""The part a share asks for, names in the other language, and what "which month" ranks (session 14's general
causes):

- "多少比例的工单最终关闭了" in a process log: the one step named is the part, the cases are the people;
- "已经结案的申请里，超过截止日期才结案的比例" where nothing names the part: never a count or an amount with `ok`;
- "what share of NPS answers were detractors": the detractor share, not the NPS index;
- "哪个场馆" on data with `venue` (Chinese names) and its twin `venue_en`: the twin is no rival, the column written
  as the asker writes is the grouping; "which month had the most revenue" ranks the months of all the data;
- "which clerk approved the most" with no clerk anywhere, "compare the two venues" with nothing before: refused /
  asked back, never answered for everyone.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv
from test_understanding_shares import _agency, _incidents

VENUES = (("上海体育场", "Shanghai Stadium"), ("工人体育场", "Workers Stadium"), ("深圳大运中心", "Shenzhen Universiade Centre"))


TEXTS = ("还不错", "排队太久了", "隔音很差，噪音大", "噪音有点大", "隔音不好", "the sound was too loud", "great show")


def _tickets(tmp: Path) -> dict[str, object]:
    rnd = random.Random(41)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_event_page", "Event page", "演出详情页", "Event page", "consideration", ""),
               ("tp_pay", "Payment", "支付", "Payment", "purchase", ""),
               ("tp_survey", "Post-show survey", "观演问卷", "Post-show survey", "loyalty", "")])
    events, orders, feedback = [], [], []
    for i in range(500):
        cid = f"U{i:03d}"
        ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(24))
        events.append((f"{cid}-v", cid, ts.isoformat(sep=" "), "tp_event_page", "view", "", ""))
        if rnd.random() < 0.6:
            venue, venue_en = VENUES[rnd.randrange(3)]
            orders.append({"order_id": f"O{i:03d}", "customer_id": cid, "ts": ts + timedelta(hours=1),
                           "amount": float(rnd.choice((280, 480, 880, 1280))), "status": "paid", "venue": venue,
                           "venue_en": venue_en, "genre": ("standup", "concert")[rnd.random() < 0.6],
                           "member_level": ("platinum", "gold", "regular")[rnd.randrange(3)]})
            events.append((f"{cid}-p", cid, (ts + timedelta(hours=1)).isoformat(sep=" "), "tp_pay", "submit",
                           ("alipay", "wechat", "wechat", "card")[rnd.randrange(4)], ("Ann", "Bo", "Bo", "Cy")[rnd.randrange(4)]))
        if rnd.random() < 0.5:
            # the company's own label, whatever the words say (a model would call every one of these positive)
            feedback.append((f"F{i:03d}", cid, (ts + timedelta(days=2)).isoformat(sep=" "), "tp_survey",
                             TEXTS[rnd.randrange(len(TEXTS))],
                             rnd.randrange(0, 11), ("pos", "neg", "neu")[rnd.randrange(3)]))
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "payment_type", "operator"],
              events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "venue", "venue_en", "genre",
                                   "member_level"],
              [(o["order_id"], o["customer_id"], o["ts"].isoformat(sep=" "), o["amount"], o["status"], o["venue"],
                o["venue_en"], o["genre"], o["member_level"]) for o in orders])
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "nps", "sentiment_label"],
              feedback)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"U{i:03d}", "2024-12-01 00:00:00") for i in range(500)])
    return {"orders": orders, "feedback": feedback, "events": events}


@pytest.fixture(scope="module")
def tickets(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("tickets"), _tickets) as out:
        yield out


@pytest.fixture(scope="module")
def incidents(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("incidents_parts"), _incidents) as out:
        yield out


@pytest.mark.parametrize("q", ["What share of incidents got closed?", "What fraction of the incidents ended up closed?"])
def test_the_one_step_named_is_the_part_of_all_the_cases(incidents, q) -> None:  # noqa: ANN001
    service, f = incidents
    closed = {e[1] for e in f["events"] if e[3] == "tp_closed"}
    everyone = {e[1] for e in f["events"]}
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "metric_ratio", a.tool_calls
    assert abs(a.tables[0].rows[0][0] - len(closed) / len(everyone)) < 1e-9


@pytest.mark.parametrize("q", ["超过截止日期才关闭的工单比例是多少？", "What share of incidents breached their deadline?"])
def test_a_share_whose_part_names_nothing_is_never_answered_with_a_count(incidents, q) -> None:  # noqa: ANN001
    service, _ = incidents
    a = ask(service, q)
    assert a.status in ("unsupported", "clarify"), (a.answer, a.tool_calls)
    assert not a.tables


def test_the_share_of_detractors_is_not_the_nps_index(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    scores = [r[5] for r in f["feedback"] if r[2] < "2026-01-01"]
    a = ask(service, "In 2025, what share of the survey NPS answers were detractors (0-6)?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "detractor_share"
    assert abs(a.tables[0].rows[0][3] - sum(s <= 6 for s in scores) / len(scores)) < 1e-9
    b = ask(service, "2025年推荐者占比是多少？")
    assert b.tool_calls[0].args["metric_id"] == "promoter_share"
    assert abs(b.tables[0].rows[0][3] - sum(s >= 9 for s in scores) / len(scores)) < 1e-9


def test_a_column_named_in_the_other_language_is_grouped_by_in_the_askers_script(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    money = Counter()
    for o in f["orders"]:
        if o["ts"].year == 2025:
            money[o["venue"]] += o["amount"]
    a = ask(service, "2025年哪个场馆的收入最高？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "venue", a.tool_calls
    assert a.tables[0].rows[0][0] == max(money, key=money.get)


def test_which_month_ranks_the_months_of_all_the_data(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    by_month = Counter()
    for o in f["orders"]:
        by_month[o["ts"].strftime("%Y-%m")] += o["amount"]
    a = ask(service, "Which month had the highest revenue?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(by_month, key=by_month.get)
    assert "all data" in " ".join(a.assumptions)


def test_an_unknown_ranked_noun_before_a_step_verb_and_the_two_of_nothing(tickets) -> None:  # noqa: ANN001
    service, _ = tickets
    a = ask(service, "Which clerk processed the most payments?")
    assert a.status == "unsupported" and "clerk" in a.answer, a.answer
    b = ask(service, "Compare the two venues for me.")
    assert b.status == "clarify", b.answer


def test_the_companys_own_sentiment_label_is_the_sentiment(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    labels = Counter(r[6] for r in f["feedback"])
    a = ask(service, "一共有多少条差评？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][3] == labels["neg"], (a.answer, labels)
    b = ask(service, "What share of all feedback is negative? all data")
    assert b.status == "ok", b.answer
    want = labels["neg"] / sum(labels.values())
    assert any(isinstance(c, float) and abs(c - want) < 1e-9 for r in b.tables[0].rows for c in r), b.tables[0].rows


def test_a_sentiment_column_is_read_only_when_its_values_are_labels() -> None:
    from knowledge.feedback.enrich import given_sentiment
    assert given_sentiment(['{"sentiment":"positive"}', '{"sentiment":"NEG"}', None]) == ["positive", "negative", None]
    assert given_sentiment(['{"情感":"正面"}', '{"情感":"负面"}', '{"情感":"中性"}']) == ["positive", "negative", "neutral"]
    assert given_sentiment(['{"label":"1"}', '{"label":"0"}']) is None  # numbers could mean anything
    assert given_sentiment(['{"sentiment":"positive"}', '{"sentiment":"positive"}']) is None  # one label says nothing
    assert given_sentiment(['{"tone":"angry"}', '{"tone":"calm"}']) is None
    assert given_sentiment(['{"status":"negative"}', '{"status":"positive"}']) is None  # not named like a sentiment


def test_values_written_as_one_word_or_in_the_other_language_and_all_the_rows_of_a_kind(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    plat = [o["amount"] for o in f["orders"] if o["member_level"] == "platinum"]
    a = ask(service, "铂金会员的客单价是多少？全部已支付订单")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["filters"].get("member_level") == ["platinum"], a.tool_calls
    assert abs(a.tables[0].rows[0][3] - sum(plat) / len(plat)) < 1e-6  # all the orders, not the last 30 days
    comedy = [o["amount"] for o in f["orders"] if o["genre"] == "standup" and o["ts"].year == 2025]
    b = ask(service, "Average order value for stand-up comedy in 2025?")
    assert b.status == "ok", b.answer
    assert b.tool_calls[0].args["filters"].get("genre") == ["standup"], b.tool_calls
    assert abs(b.tables[0].rows[0][3] - sum(comedy) / len(comedy)) < 1e-6


@pytest.mark.parametrize("q,words", [("How many 2025 comments mention 排队, loud or 隔音?", ("排队", "loud", "隔音")),
                                     ("2025年说到“排队”、“loud”或者“噪音”的评论有多少条？", ("排队", "loud", "噪音"))])
def test_words_the_asker_lists_are_counted_as_written(tickets, q, words) -> None:  # noqa: ANN001
    service, f = tickets
    want = sum(1 for r in f["feedback"] if r[2] < "2026-01-01" and any(x in r[4] for x in words))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "feedback_count" and call.args["any_of"] == list(words), call.args
    assert a.tables[0].rows[0][1] == want


def test_words_of_one_script_also_find_comments_of_the_other_by_meaning(tickets) -> None:  # noqa: ANN001
    """"提到隔音或者噪音的评论" over comments in Chinese and English: the words where they can be written, the topic's
    meaning in the English comments (never the English comments dropped, never every comment)."""
    service, f = tickets
    rows = [r for r in f["feedback"] if r[2] < "2026-01-01"]
    literal = sum(1 for r in rows if "隔音" in r[4] or "噪音" in r[4])
    english = sum(1 for r in rows if r[4].isascii())
    a = ask(service, "2025年提到隔音或者噪音的评论有多少条？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["any_of"] == ["隔音", "噪音"], a.tool_calls
    assert literal <= a.tables[0].rows[0][1] <= literal + english


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("agency_parts"), _agency) as out:
        yield out


@pytest.mark.parametrize("q", ["全部数据看，咨询经纪人→预约带看的转化率是多少？",
                               "Over all data, what share made it from agent enquiry -> viewing booked?"])
def test_steps_written_as_a_chain_are_the_part_of_the_journey_between_them(agency, q) -> None:  # noqa: ANN001
    service, f = agency
    enquired = {e[1] for e in f["events"] if e[3] == "tp_enquiry"}
    booked = {e[1] for e in f["events"] if e[3] == "tp_viewing_booked"}
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("journey_id") == "buy:tp_enquiry..tp_viewing_booked", call.args
    assert abs(a.tables[0].rows[0][3] - len(booked & enquired) / len(enquired)) < 1e-9


@pytest.mark.parametrize("q", ["全部数据看，评价平均几颗星？", "全部数据看，客户平均打了几分？",
                               "Over all data, how many stars do reviews give on average?"])
def test_stars_asked_in_words_are_the_average_rating(agency, q) -> None:  # noqa: ANN001
    service, f = agency
    ratings = [r[5] for r in f["feedback"]]
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "csat", a.tool_calls
    assert abs(a.tables[0].rows[0][3] - sum(ratings) / len(ratings)) < 1e-9


@pytest.mark.parametrize("q", ["全部数据看，哪种支付最多？", "Over all data, what kind of payment is most common?"])
def test_the_kind_of_a_step_is_its_kind_column(tickets, q) -> None:  # noqa: ANN001
    service, f = tickets
    kinds = Counter(e[5] for e in f["events"] if e[3] == "tp_pay")
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "payment_type", a.tool_calls
    assert a.tables[0].rows[0][0] == max(kinds, key=kinds.get)


@pytest.mark.parametrize("q", ["Over all data, what's the overall conversion of the 买房旅程 within its 60-day window?",
                               "全部数据看，买房旅程在60天窗口内的整体转化率是多少？"])
def test_a_window_length_is_no_grouping_by_day(agency, q) -> None:  # noqa: ANN001
    service, f = agency
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("dimension") != "day" and call.name != "metric_trend", call
    done = {e[1] for e in f["events"] if e[3] == "tp_viewing_done"}
    assert any(isinstance(v, float) and abs(v - len(done) / 400) < 1e-9 for r in a.tables[0].rows for v in r), a.tables[0].rows


def test_a_value_that_is_an_everyday_word_slices_only_where_it_names_the_value(tickets) -> None:  # noqa: ANN001
    """member_level holds "gold": "gold members" slices by it; "the gold standard figure" does not."""
    service, f = tickets
    gold = sum(o["amount"] for o in f["orders"] if o["member_level"] == "gold")
    a = ask(service, "How much revenue came from gold members? all data")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["filters"].get("member_level") == ["gold"], a.tool_calls
    assert abs(a.tables[0].rows[0][3] - gold) < 1e-6
    b = ask(service, "What was our total revenue over all data? I need the gold standard figure.")
    assert b.status == "ok", b.answer
    assert "member_level" not in (b.tool_calls[0].args.get("filters") or {}), b.tool_calls
    assert abs(b.tables[0].rows[0][3] - sum(o["amount"] for o in f["orders"])) < 1e-6


@pytest.mark.parametrize("q", ["Who handled the most payments? all data", "全部数据看，谁处理的支付最多？"])
def test_who_ranks_the_column_of_the_people_doing_the_work(tickets, q) -> None:  # noqa: ANN001
    service, f = tickets
    ops = Counter(e[6] for e in f["events"] if e[3] == "tp_pay")
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "operator", a.tool_calls
    assert a.tables[0].rows[0][0] == max(ops, key=ops.get)


def test_a_word_set_off_in_parentheses_or_quotes_is_named_as_written() -> None:
    from assistant.planner.linker import _set_off
    for text, word in (("团体（groups）这个细分市场", "groups"), ("leads whose origin is 'other'?", "other"),
                       ("the “gold” tier", "gold")):
        a = text.index(word)
        assert _set_off(text, a, a + len(word)), text
    text = "i need the gold standard figure"
    a = text.index("gold")
    assert not _set_off(text, a, a + 4)
