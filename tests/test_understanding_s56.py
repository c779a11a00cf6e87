"""Questions of the blind batches of session 56 (neobank, usedbooks, meditationapp, eggsupply) and of older batches
whose answers were confidently wrong, on the data of a chocolatier with delivery, classes and a wallet, written here:

- "2026年6月签收的包裹里，巧克力化了的比例": the head of a step's name that is one dictionary word (巧克力 of the step
  alias 巧克力课) is the company's product, not that step — never a conversion to it;
- "有多少张月度账单因为开错被作废了": a verb after 被 names the state of the things counted (作废, void); when nothing
  in the data covers it, it is said, never dropped into a count of every bill. Marking verbs ("被标成 at_risk") and
  the reason asked of those rows ("被驳回最常见的原因") stay answers;
- "2月到账的转账笔数比1月多了百分之多少": "1月" is a calendar month, never the value 1 of a months column (tenor
  months); a step, 的, then a word of an earlier step of its journey (到账的转账) counts the later step's events,
  never both steps' together;
- "2025年哪个城市的准时送达率最差": a yes/no column's word (准时, on_time) before a rate with a word between is the
  column's yes share over the records of the step that keeps it, ranked — even with a grouping column named;
- "钱包的转账流程里哪一步流失最多": a journey's Chinese name said in two parts with 的 between, then 流程, is that
  journey (not the steps its words also name);
- "破损理赔一共赔出去多少钱": money paid out, said with its verb, of a journey whose steps record one money column, is
  that column's total, never the orders' revenue; a column named with its currency's code (claim_cny) is money;
- "How much did Hangzhou customers put into time deposits": money the people named put in, never a count of them;
- "说收到的巧克力跟图片不符的反馈有多少条": 跟 inside what the comments say compares nothing — the count is answered,
  not asked back;
- "what share of statement payments came in late" computed as 1.04: the part counted is not inside the whole, so the
  answer check refuses it (a share is never above 100 %);
- "退订时最常选的原因是什么": the reason chosen most often is the reason column ranked, not a why-analysis;
- "哪门课的转化率最低": 哪门 with 课 ranks the course column;
- "3月9号那一周（2026年，周一到周日）": a year alone in brackets says which year the days before it are in — the week,
  not the whole year.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

TOUCHPOINTS = [
    ("tp_order", "下单", "下单", "Order placed", "purchase", "下单|order"),
    ("tp_dispatch", "骑手取货", "骑手取货", "Picked up", "purchase", "取货|pickup"),
    ("tp_delivered", "送达签收", "送达签收", "Delivered", "purchase", "签收|delivered"),
    ("tp_class_page", "课程页", "课程页", "Class page", "consideration", "巧克力课|class page"),
    ("tp_class_book", "预约课程", "预约课程", "Class booking", "purchase", "约课|class booking"),
    ("tp_transfer", "发起转账", "发起转账", "Transfer started", "purchase", "转账|transfer"),
    ("tp_credited", "转账到账", "转账到账", "Transfer credited", "purchase", "到账|credited"),
    ("tp_bill", "月度账单", "月度账单", "Monthly bill", "service", "账单|bill"),
    ("tp_claim_report", "破损报备", "破损报备", "Breakage report", "service", "报损|breakage"),
    ("tp_claim_paid", "理赔结案", "理赔结案", "Claim settled", "service", "赔付|claim settled"),
    ("tp_cancel", "退订会员", "退订会员", "Membership cancelled", "loyalty", "退订|cancel membership"),
]
COURSES = {"松露课": 0.2, "慕斯课": 0.6, "熔岩课": 0.65}
REASONS = (("太贵了", 0.5), ("用得太少", 0.3), ("搬家了", 0.2))
JOURNEYS = [("delivery", "外送", "Delivery", ["tp_order", "tp_dispatch", "tp_delivered"]),
            ("classes", "巧克力手作课", "Baking class", ["tp_class_page", "tp_class_book"]),
            ("wallet", "钱包转账", "Wallet transfer", ["tp_transfer", "tp_credited"]),
            ("claims", "破损理赔", "Breakage claim", ["tp_claim_report", "tp_claim_paid"])]
CITIES = [("Shanghai", "上海"), ("Hangzhou", "杭州"), ("Macau", "澳门")]
# the share of deliveries on time, per city (Macau worst, by a clear margin)
ON_TIME = {"Shanghai": 0.92, "Hangzhou": 0.85, "Macau": 0.6}


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5601)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 14) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events, orders = [], [], []

    def ev(cid: str, at: datetime, tp: str, action: str, city: str, **extra: object) -> None:
        events.append({"event_id": f"E{len(events):06d}", "customer_id": cid, "ts": at.isoformat(sep=" "),
                       "touchpoint_id": tp, "action": action, "city": city, "on_time": "",
                       "condition": "", "tenor_months": "", "claim_cny": "", "course_name": "", "cancel_reason": "",
                       **extra})

    for i in range(900):
        cid = f"C{i:04d}"
        city, city_zh = CITIES[i % 3]
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(8, 20))
        customers.append((cid, at.isoformat(sep=" "), city, city_zh, "at_risk" if i % 7 == 0 else "active"))
        for _ in range(1 + rnd.randrange(3)):
            day = at + timedelta(days=rnd.randrange(60))
            ev(cid, day, "tp_order", "submit", city)
            if rnd.random() < 0.9:
                ev(cid, day + timedelta(minutes=10), "tp_dispatch", "pickup", city)
                ev(cid, day + timedelta(minutes=50), "tp_delivered", "signed", city,
                   on_time="yes" if rnd.random() < ON_TIME[city] else "no",
                   condition="melted" if rnd.random() < 0.1 else "ok")
        if rnd.random() < 0.4:
            day = at + timedelta(days=rnd.randrange(30))
            course = rnd.choice(sorted(COURSES))
            ev(cid, day, "tp_class_page", "view", city, course_name=course)
            if rnd.random() < COURSES[course]:
                ev(cid, day + timedelta(hours=1), "tp_class_book", "book", city, course_name=course)
        if rnd.random() < 0.2:
            reason = rnd.choices([r for r, _ in REASONS], [p for _, p in REASONS])[0]
            ev(cid, at + timedelta(days=rnd.randrange(200)), "tp_cancel", "cancel", city, cancel_reason=reason)
        for _ in range(rnd.randrange(3)):
            day = at + timedelta(days=rnd.randrange(90))
            ev(cid, day, "tp_transfer", "start", city, tenor_months=str(rnd.choice((1, 3, 6, 12))))
            if rnd.random() < 0.8:
                ev(cid, day + timedelta(hours=2), "tp_credited", "credited", city)
        if rnd.random() < 0.5:
            day = at + timedelta(days=30)
            ev(cid, day, "tp_bill", "issued", city)
            orders.append((f"O{len(orders):05d}", cid, day.isoformat(sep=" "), round(50 + rnd.random() * 300, 2),
                           "paid" if rnd.random() < 0.85 else "cancelled", city,
                           rnd.choice(("time_deposit", "cake_box"))))
        if rnd.random() < 0.15:
            day = at + timedelta(days=rnd.randrange(60))
            ev(cid, day, "tp_claim_report", "report", city)
            if rnd.random() < 0.7:
                ev(cid, day + timedelta(days=3), "tp_claim_paid", "settled", city,
                   claim_cny=round(20 + rnd.random() * 80, 2))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "city", "city_zh", "segment"], customers)
    cols = list(events[0])
    write_csv(tmp / "events.csv", cols, [tuple(e[c] for c in cols) for e in events])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "city", "product"], orders)
    texts = ("巧克力化了，全粘在一起", "the chocolate arrived melted", "送得很快，很满意", "fast delivery, great")
    feedback = [(f"F{k:04d}", texts[k % 4], e["ts"], e["customer_id"], e["touchpoint_id"], "app_review",
                 2 if k % 4 < 2 else 5) for k, e in enumerate(events) if e["touchpoint_id"] == "tp_delivered"
                and k % 5 == 0]
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating"],
              feedback)
    return {"events": events, "customers": customers, "orders": orders}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("understanding_s56"), _folder) as out:
        yield out


def test_a_steps_head_that_is_one_dictionary_word_is_no_step(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2026年6月签收的包裹里，巧克力化了的比例是多少？")
    # (化了 names no value the data keeps in Chinese: said, never a conversion to the class page)
    assert not any("tp_class_page" in str(c.args) or c.args.get("journey_id") == "classes" for c in a.tool_calls), \
        (a.tool_calls, a.answer)
    assert a.status != "ok" or "课程" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["2025年有多少张月度账单因为开错被作废了？", "2025年有多少张月度账单被客户拒付了？"])
def test_a_passive_state_the_data_lacks_is_said(shop, question: str) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer(question)
    assert a.status in ("unsupported", "clarify"), a.answer


def test_a_value_marked_with_a_passive_verb_is_still_answered(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(c[4] == "at_risk" for c in facts["customers"]) / len(facts["customers"])
    a = service.answer("被标成 at_risk 的客户占全部客户的比例是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 or abs(v - 100 * want) < 0.1 for v in first_numbers(a)), (want, a.answer)


def test_a_month_said_after_bi_is_a_calendar_month_and_a_later_step_counts(shop) -> None:  # noqa: ANN001
    service, facts = shop

    def credited(month: str) -> int:
        return sum(1 for e in facts["events"] if e["touchpoint_id"] == "tp_credited" and e["ts"].startswith(month))
    feb, jan = credited("2026-02"), credited("2026-01")
    assert jan and feb
    a = service.answer("2026年2月到账的转账笔数比1月多了百分之多少？")
    assert a.status == "ok", a.answer
    args = a.tool_calls[0].args
    assert "tenor_months" not in str(args), a.tool_calls
    assert (args.get("filters") or {}).get("touchpoint") == ["tp_credited"], a.tool_calls
    assert args.get("baseline_start") == "2026-01-01", a.tool_calls
    assert f"{feb:,}" in a.answer and f"{jan:,}" in a.answer, (feb, jan, a.answer)


def test_a_yes_no_columns_rate_ranked_by_a_named_grouping(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rates = {}
    for city, _ in CITIES:
        rows = [e for e in facts["events"] if e["touchpoint_id"] == "tp_delivered" and e["city"] == city
                and e["ts"].startswith("2025")]
        rates[city] = sum(e["on_time"] == "yes" for e in rows) / len(rows)
    worst = min(rates, key=rates.get)
    a = service.answer("2025年哪个城市的准时送达率最差？")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "metric_ratio", a.tool_calls
    assert call.args["numerator"]["filters"].get("on_time") == ["yes"], a.tool_calls
    assert call.args["denominator"]["filters"].get("touchpoint") == ["tp_delivered"], a.tool_calls
    assert worst in a.answer or dict(CITIES)[worst] in a.answer, (worst, a.answer)
    assert any(abs(v - rates[worst]) < 0.001 or abs(v - 100 * rates[worst]) < 0.1 for v in first_numbers(a)), \
        (rates, a.answer)


def test_a_journeys_name_said_apart_with_de_is_that_journey(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年钱包的转账流程里，客户在哪一步流失得最多？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("journey_id") == "wallet", a.tool_calls


def test_money_paid_out_in_a_journey_is_its_own_money_column(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(e["claim_cny"] for e in facts["events"] if e["touchpoint_id"] == "tp_claim_paid"
               and e["ts"].startswith("2025"))
    a = service.answer("2025年破损理赔一共赔出去多少钱？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "sum_claim_cny", a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_how_much_people_put_into_a_product_is_money(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(o[3] for o in facts["orders"] if o[5] == "Hangzhou" and o[6] == "time_deposit" and o[4] == "paid"
               and o[2].startswith("2025"))
    a = service.answer("How much did Hangzhou customers put into time deposits in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") not in ("active_customers", "customer_count"), a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_a_comparison_word_inside_what_comments_say_asks_nothing_back(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("说收到的巧克力跟图片不符的反馈一共有多少条？全部数据都算")
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].name == "feedback_count", a.tool_calls


def test_a_share_above_one_is_no_share():
    """"What share of statement payments came in late": 1.04 — the part counted is not inside the whole; the check
    refuses it (and accepts 0.4, and 1.04 when no share was asked: "bills per payment")."""
    from assistant.compose.check import check_answer
    from assistant.planner.frame import QuestionFrame
    from knowledge.results import AnalysisResult
    from tools.base import ToolResult

    def result(v: float) -> ToolResult:
        res = AnalysisResult("defined_ratio", ["value", "numerator", "denominator"], [[v, round(v * 100), 100]])
        return ToolResult(ok=True, text="", name="metric_ratio", result=res,
                          args={"numerator": {"metric_id": "events", "filters": {"touchpoint": ["tp_bill"]}},
                                "denominator": {"metric_id": "events", "filters": {"touchpoint": ["tp_pay"]}}})
    assert check_answer(QuestionFrame(ask="value", share_asked=True), [result(1.04)]).code == "share_over_one"
    assert check_answer(QuestionFrame(ask="value", share_asked=True), [result(0.4)]) is None
    assert check_answer(QuestionFrame(ask="value"), [result(1.04)]) is None


def test_a_column_named_with_its_currency_code_is_money():
    from knowledge.semantic.layer import MONEY_WORDS
    assert all(MONEY_WORDS.search(c) for c in ("claim_cny", "statement_hkd", "paid_sgd", "amount"))
    assert not any(MONEY_WORDS.search(c) for c in ("broken_eggs", "days_late", "currency"))


def test_the_reason_most_often_chosen_is_ranked(shop) -> None:  # noqa: ANN001
    service, facts = shop
    counts: dict[str, int] = {}
    for e in facts["events"]:
        if e["touchpoint_id"] == "tp_cancel" and e["ts"].startswith("2025"):
            counts[e["cancel_reason"]] = counts.get(e["cancel_reason"], 0) + 1
    top = max(counts, key=counts.get)
    a = service.answer("2025年会员退订时最常选的原因是什么？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "cancel_reason", a.tool_calls
    assert a.answer.index(top) < min(a.answer.index(r) for r in counts if r != top and r in a.answer), a.answer


def test_which_course_said_with_its_counting_word_is_ranked(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年看过课程页的人里，哪门课的转化率最低？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "course_name", a.tool_calls
    assert a.answer.index("松露课") < min(a.answer.index(c) for c in COURSES if c != "松露课" and c in a.answer), \
        a.answer


def test_a_year_alone_in_brackets_says_which_year_the_days_are_in(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(1 for e in facts["events"]
               if e["touchpoint_id"] == "tp_order" and "2026-03-09" <= e["ts"][:10] <= "2026-03-15")
    a = service.answer("3月9号那一周（2026年，周一到周日）一共下了多少单？")
    assert a.status == "ok", a.answer
    args = a.tool_calls[0].args
    assert (args.get("start"), args.get("end")) == ("2026-03-09", "2026-03-15"), a.tool_calls
    assert f"{want:,}" in a.answer, (want, a.answer)
