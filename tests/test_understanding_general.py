"""General understanding on data nobody tuned for: a historical clickstream shop with no orders table,
identifier and numeric extra columns, Chinese region values and English comments.

Each test states a class of question (not one sentence) and checks the answer against values computed
here in Python from the rows written, never against the product's own analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv as _write


TPS = [("tp_view", "Product view", "商品浏览", "Product view", "consideration", "view|浏览"),
       ("tp_cart", "Add to cart", "加入购物车", "Add to cart", "purchase", "cart|加购"),
       ("tp_buy", "Purchase", "购买", "Purchase", "purchase", "buy|purchase|购买|下单")]
START = datetime(2018, 1, 1, 8)
DAYS = 365
REGIONS = ("广东", "浙江", "北京")


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(11)
    tmp.mkdir(parents=True, exist_ok=True)
    _write(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TPS)
    _write(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
           [("shop", "Browse to buy", i + 1, t[0], 7) for i, t in enumerate(TPS)])
    customers, events, region = [], [], {}
    n = 0
    for i in range(400):
        cid = f"C{i:04d}"
        region[cid] = REGIONS[i % 3]
        customers.append((cid, region[cid]))
        day = START + timedelta(days=rnd.randrange(DAYS), hours=rnd.randrange(12))
        cat = str(1000 + rnd.randrange(250))  # an identifier column with many values
        for k, tp in enumerate(("tp_view", "tp_cart", "tp_buy")):
            if k and rnd.random() < 0.45:
                break
            n += 1
            events.append((f"E{n:05d}", cid, (day + timedelta(minutes=10 * k)).isoformat(sep=" "), tp, "view", cat))
    _write(tmp / "customers.csv", ["customer_id", "region"], customers)
    _write(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "category_id"], events)
    fb = []
    for i in range(90):
        ts = (START + timedelta(days=rnd.randrange(DAYS))).isoformat(sep=" ")
        text = ("The delivery was late again and nobody told me" if i % 3 == 0 else
                "Great prices, checkout was quick" if i % 3 == 1 else "The app keeps logging me out")
        fb.append((f"F{i:03d}", text, ts, f"C{i:04d}", "tp_buy", 1 + i % 10, "gold" if i % 2 else "basic"))
    _write(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "score_10", "plan"], fb)
    buys = [e for e in events if e[3] == "tp_buy"]
    return {"events": events, "buys": buys, "region": region, "feedback": fb}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("shop"), _folder) as out:
        yield out


def first_table(a) -> list[list]:
    assert a.tables, a.answer
    return a.tables[0].rows


@pytest.mark.parametrize("q", ["How many purchases were there?", "一共有多少次购买？"])
def test_purchases_without_orders_come_from_the_purchase_touchpoint(shop, q):
    """No orders table: purchases are the events at the purchase touchpoint, over all of a historical extract,
    and the answer says both."""
    service, facts = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_table(a)[0][3] == len(facts["buys"])
    said = " ".join(a.assumptions)
    assert any(w in said for w in ("orders", "订单", "Purchase", "购买"))  # where purchases were counted
    assert "2018-01-01" in said and "2018-12-31" in said  # all of the extract, said


@pytest.mark.parametrize("q", ["What was the revenue?", "客单价是多少？"])
def test_amounts_without_orders_are_unsupported(shop, q):
    service, _ = shop
    a = ask(service, q)
    assert a.status == "unsupported", a.answer
    assert not a.tables


def test_ranking_by_an_identifier_column(shop):
    """"Which category …" groups by the identifier column category_id (linked by its words)."""
    service, facts = shop
    a = ask(service, "Which category got the most purchases?")
    assert a.status == "ok", a.answer
    counts = Counter(e[5] for e in facts["buys"])
    best = max(counts.values())
    assert first_table(a)[0][1] == best and first_table(a)[0][0] in {k for k, v in counts.items() if v == best}


def test_average_of_a_numeric_extra_column(shop):
    service, facts = shop
    a = ask(service, "What is the average score 10?")
    assert a.status == "ok", a.answer
    want = sum(r[5] for r in facts["feedback"]) / len(facts["feedback"])
    assert abs(first_table(a)[0][3] - want) < 1e-6


def test_english_names_of_chinese_values(shop):
    """"Zhejiang" names the region value 浙江 (romanised), never an unknown term."""
    service, facts = shop
    a = ask(service, "How many purchases came from customers in Zhejiang?")
    assert a.status == "ok", a.answer
    want = sum(1 for e in facts["buys"] if facts["region"][e[1]] == "浙江")
    assert first_table(a)[0][3] == want


def test_one_character_verb_names_the_touchpoint(shop):
    """"买了" is the verb of the 购买 touchpoint: counted there, said as a guess."""
    service, facts = shop
    a = ask(service, "一共有多少人买了东西？")
    assert a.status == "ok", a.answer
    assert first_table(a)[0][3] == len({e[1] for e in facts["buys"]})


def test_comment_count_about_a_topic_and_plain_count(shop):
    service, facts = shop
    a = ask(service, "How many reviews mention delivery?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "feedback_count" and "delivery" in a.tool_calls[0].args["query"]
    b = ask(service, "一共有多少条评价？")
    assert b.status == "ok", b.answer
    assert first_table(b)[0][3] == len(facts["feedback"])


def test_yearly_and_monthly_time_questions(shop):
    service, facts = shop
    a = ask(service, "How did purchases change year by year?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["grain"] == "year"
    b = ask(service, "Which month had the most purchases?")
    assert b.status == "ok", b.answer
    months = Counter(e[2][:7] for e in facts["buys"])
    assert first_table(b)[0][0] in {m for m, v in months.items() if v == max(months.values())}


def test_a_real_word_is_no_typo(shop):
    """"score" is a word of its own, never read as some other name one letter away."""
    service, _ = shop
    a = ask(service, "What is the average score 10?")
    assert not any("read 'score'" in x for x in a.assumptions)


@pytest.mark.parametrize("q", ["Is this number normal?", "这个数字正常吗？", "Show me the trend."])
def test_pointing_at_nothing_asks_back(shop, q):
    service, _ = shop
    a = ask(service, q)
    assert a.status == "clarify", a.answer
    assert a.options or a.suggestions or a.answer


def test_a_number_next_to_a_numeric_column_is_its_value(shop):
    """"How many reviews gave a 7 for score 10?": the count of comments with that value, not all of them."""
    service, facts = shop
    a = ask(service, "How many reviews gave a 7 for score 10?")
    assert a.status == "ok", a.answer
    assert first_table(a)[0][3] == sum(1 for r in facts["feedback"] if r[5] == 7)


def test_journey_measures_without_journeys_are_refused(tmp_path):
    """Reviews only: a conversion rate is unsupported (no journeys), never a clarify between none."""
    from assistant.planner import plan_turn
    from assistant.planner.types import Catalog, TermInfo
    cat = Catalog(metrics=(TermInfo(id="step_conversion", names={"zh": "转化率", "en": "conversion rate"},
                                    aliases={"zh": ("转化率",), "en": ("conversion rate",)}, unit="ratio"),))
    p = plan_turn("What was the conversion rate last month?", catalog=cat)
    assert p.status == "unsupported", p


def test_share_of_those_who_did_a_that_did_b_is_a_conversion(shop):
    """"What share of customers who added to cart went on to purchase?": the conversion from the cart step
    to the next one (journey rule), not a count of customers."""
    service, facts = shop
    a = ask(service, "What share of customers who added to cart went on to purchase in 2018?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "step_conversion"
    carts = {e[1] for e in facts["events"] if e[3] == "tp_cart"}
    buyers = {e[1] for e in facts["buys"]}
    assert abs(first_table(a)[0][3] - len(buyers & carts) / len(carts)) < 1e-9


@pytest.mark.parametrize("q", ["How many feedback comments have no date?", "有多少条反馈没有填写时间？",
                               # said other ways: a negation, a verb of writing it down, the date or time
                               "有多少条反馈没有记录时间？", "日期为空的评论有几条", "有多少条反馈没填日期",
                               "How many reviews are missing a timestamp?", "how many comments where the date is blank"])
def test_rows_without_a_date_are_described(tmp_path, q):
    """DATA.md allows comments without ts: how many there are is what the data holds, per table."""
    from test_data_aware import _folder as leads_folder  # 20 of its 60 comments have no date
    with service_on(tmp_path, leads_folder) as (service, facts):
        a = service.answer(q)
    assert a.status == "ok", a.answer
    assert str(facts["untimed"]) in a.answer
    # the number asked is in the answer's table, not only in a note beside the count of every comment
    assert any(facts["untimed"] in row for row in a.tables[0].rows), a.tables[0].rows
    assert "customer_keys" not in a.answer and all(r[0] != "customer_keys" for r in a.tables[0].rows)


def test_a_comparison_with_one_side_unknown_is_not_ok():
    """"9.0% vs –" compares nothing: the answer check refuses it (and accepts the same with both sides)."""
    from assistant.compose.check import check_answer
    from assistant.planner.frame import QuestionFrame
    from knowledge.results import AnalysisResult
    from tools.base import ToolResult

    def result(base):
        res = AnalysisResult("compare_periods", ["period_label", "start", "end", "value", "n"],
                             [["current", "2025-01-01", "2025-12-31", 0.09, 100],
                              ["baseline", "2025-07-01", "2025-09-30", base, 0 if base is None else 30]])
        return ToolResult(ok=True, text="", name="compare_periods", args={"metric_id": "refund_rate"}, result=res)
    frame = QuestionFrame(ask="comparison", measure="refund_rate")
    assert check_answer(frame, [result(None)]).code == "no_value"
    assert check_answer(frame, [result(0.1)]) is None


def test_nothing_on_either_side_of_a_window_we_chose_is_not_ok():
    """"How are the numbers compared with before?" over the default window with 0 vs 0 says nothing (the data
    may lie elsewhere); 0 vs 0 over periods the asker named is an answer."""
    from assistant.compose.check import check_answer
    from assistant.planner.frame import QuestionFrame
    from knowledge.results import AnalysisResult
    from tools.base import ToolResult

    res = AnalysisResult("compare_periods", ["period_label", "start", "end", "value", "n"],
                         [["current", "2026-03-07", "2026-04-05", 0, 0], ["baseline", "2026-02-05", "2026-03-06", 0, 0]])
    r = ToolResult(ok=True, text="", name="compare_periods", args={"metric_id": "events"}, result=res)
    window = {"period": ("2026-03-07", "2026-04-05"), "baseline": ("2026-02-05", "2026-03-06")}
    assert check_answer(QuestionFrame(ask="comparison", measure="events", period_default=True, **window),
                        [r]).code == "no_rows"
    assert check_answer(QuestionFrame(ask="comparison", measure="events", period_default=False, **window), [r]) is None
