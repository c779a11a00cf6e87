"""Words that name a value, a column or a day though the catalogue spells them otherwise (causes seen in session
33's first blind batches):

- a column holding one-character values (牛 / 羊 / 猪): "猪的成交额", "多少头牛" slice by it ("牛市" is another word);
- "company (business) customers": a gloss between a common value and its people word keeps the value;
- "哪个优惠码" where 优惠 names the discount column: the whole word is the coupon_code column;
- "on-time delivery rate", "准时送达率": the share of the delivery step's records that are on time (the step's own
  conversion is 100 %);
- "wich factory": a slip in the asking word still asks which; "which Android app version": the versions are
  ranked, among Android's; "the failure rate per attempt" is the rate's unit, no grouping by attempt;
- "上周二", "last Tuesday": that day, not the whole week;
- "non-rush orders": rush = false, never "not false";
- "哪位老师推荐来的…最多" where 老师推荐 is a channel value: the teachers (推荐老师) are ranked; "按签约合同数算" is how
  things are counted, no grouping by contract_id; "报修最多的是什么问题？按维修类型看报修次数": repair requests by
  type, no complaints;
- "were bought online", "an online buyer": a common word that is a value, after its verb or before its people.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

SPECIES = ("牛", "羊", "猪")
FACTORIES = {"Humen": 0.9, "Yiwu": 0.4, "Panyu": 0.75}   # share of deliveries on time
TYPES = ("individual", "company", "school")
COUPONS = ("NEW20", "TEAM300", "")


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3303)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "Order placed", "下单", "Order placed", "purchase", "order|下单"),
               ("tp_ship", "Shipped", "发货", "Shipped", "service", "shipped|发货"),
               ("tp_deliver", "Delivered", "签收", "Delivered", "service", "delivered|delivery|签收|送达"),
               ("tp_repair", "Repair request", "报修", "Repair request", "service", "repair|报修")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("fulfil", "履约", 1, "tp_order", 30), ("fulfil", "履约", 2, "tp_ship", 30),
               ("fulfil", "履约", 3, "tp_deliver", 30)])
    customers, events, orders = [], [], []
    teachers = ("李敏老师", "何敏老师", "陈曦老师")
    for i in range(400):
        referred = i % 4 == 0
        customers.append((f"C{i:04d}", "2025-01-01", TYPES[i % 3], "老师推荐" if referred else "抖音",
                          teachers[min(i % 7, 2)] if referred else ""))
    for i in range(1500):
        cid = f"C{i % 400:04d}"
        t = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(570), hours=rnd.randrange(14))
        factory = list(FACTORIES)[i % 3]
        on_time = rnd.random() < FACTORIES[factory]
        sp = SPECIES[rnd.randrange(3)]
        orders.append((f"O{i:05d}", cid, t.isoformat(sep=" "), float(100 + (i * 53) % 700), "paid", sp,
                       COUPONS[i % 3], 20.0 if i % 3 == 0 else 0.0, "true" if i % 4 == 0 else "false",
                       "online" if i % 5 < 2 else "offline", "有" if i % 2 else "无"))
        for k, tp in enumerate(("tp_order", "tp_ship", "tp_deliver")):
            events.append((f"E{len(events):06d}", cid, (t + timedelta(days=2 * k)).isoformat(sep=" "), tp, "done",
                           factory, str(on_time) if tp == "tp_deliver" else "",
                           ("android", "ios")[i % 2] if tp == "tp_order" else "",
                           ("5.1.0", "5.2.0", "5.3.0")[(i // 2) % 3] if tp == "tp_order" else ""))
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "畜种", "coupon_code",
                                   "discount", "rush", "sale_mode", "礼盒"], orders)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "customer_type", "获客渠道", "推荐老师"], customers)
    for i in range(300):  # repair requests of a kind each
        t = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360))
        events.append((f"E{len(events):06d}", f"C{i % 400:04d}", t.isoformat(sep=" "), "tp_repair", "requested", "",
                       "", "", "", ("开胶", "断弦", "开胶", "琴桥歪倒", "开胶")[i % 5], f"CT{i:05d}"))
    events = [e if len(e) == 11 else (*e, "", f"CT{int(e[0][1:]) // 3:05d}") for e in events]
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "factory", "on_time",
                                   "device", "app_version", "维修类型", "contract_id"], events)
    return {"orders": orders, "events": events, "customers": customers}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("words_and_days"), _shop) as out:
        yield out


def _has(a, want: float, tol: float = 0.01) -> bool:  # noqa: ANN001
    return any(abs(v - want) < tol for v in first_numbers(a))


@pytest.mark.parametrize("q", ["2025年猪的销售额是多少？", "2025年猪的销售额有多少？"])
def test_a_one_character_value_slices(shop, q) -> None:  # noqa: ANN001
    """(有 / 无 of a yes/no column are never linked as words of their own: "有多少" asks a number)"""
    service, facts = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}) == {"畜种": ["猪"]} or \
        (a.tool_calls[0].args.get("filters") or {}) == {"畜种": ["猪"], "order_status": ["paid"]}, a.tool_calls
    assert _has(a, sum(o[3] for o in facts["orders"] if o[2].startswith("2025") and o[5] == "猪")), a.tables[0].rows


def test_a_gloss_between_a_value_and_its_people_keeps_the_value(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "How many company (business) customers do we have in our customer list?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("customer_type") == ["company"], a.tool_calls
    assert _has(a, sum(1 for c in facts["customers"] if c[2] == "company"), 0.5), a.tables[0].rows


def test_a_column_named_by_the_whole_word_not_its_first_half(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "2025年哪个优惠码用得最多？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "coupon_code", a.tool_calls


@pytest.mark.parametrize("q", ["wich factory had the worst on-time delivery rate in 2025?",
                               "2025年哪个工厂的准时送达率最低？"])
def test_a_yes_value_before_a_step_and_a_rate_is_the_share_of_that_step(shop, q) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "metric_ratio", a.tool_calls
    delivered = [e for e in facts["events"] if e[3] == "tp_deliver" and e[2].startswith("2025")]
    share = {f: sum(e[6] == "True" for e in delivered if e[5] == f) / sum(e[5] == f for e in delivered)
             for f in FACTORIES}
    assert a.tables[0].rows[0][0] == min(share, key=share.get), (a.tables[0].rows, share)
    assert _has(a, min(share.values())), (a.tables[0].rows, share)


@pytest.mark.parametrize("q", ["上周二一共有多少单？", "How many orders did we get last Tuesday?"])
def test_a_weekday_of_last_week_is_that_day(shop, q) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    start, end = a.tool_calls[0].args.get("start"), a.tool_calls[0].args.get("end")
    assert start == end, a.tool_calls
    assert datetime.fromisoformat(start).weekday() == 1, a.tool_calls
    assert _has(a, sum(1 for o in facts["orders"] if o[2][:10] == start), 0.5), a.tables[0].rows


def test_a_yes_no_column_said_with_non_is_its_no(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "How much revenue came from standard (non-rush) orders in 2025?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("rush") == ["false"], a.tool_calls
    assert _has(a, sum(o[3] for o in facts["orders"] if o[2].startswith("2025") and o[8] == "false")), \
        a.tables[0].rows


@pytest.mark.parametrize("q", ["What share of 2025 orders were bought online?",
                               "What share of 2025 orders came from an online buyer?"])
def test_a_common_word_after_its_verb_or_before_its_people_is_a_value(shop, q) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    y25 = [o for o in facts["orders"] if o[2].startswith("2025")]
    assert _has(a, sum(o[9] == "online" for o in y25) / len(y25)), a.tables[0].rows


def test_which_before_a_value_and_a_column_ranks_the_column(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "Which Android app version had the most order placed events in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "app_version", a.tool_calls
    assert (a.tool_calls[0].args.get("filters") or {}).get("device") == ["android"], a.tool_calls
    counts: dict[str, int] = {}
    for e in facts["events"]:
        if e[3] == "tp_order" and e[7] == "android" and e[2].startswith("2025"):
            counts[e[8]] = counts.get(e[8], 0) + 1
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), (a.tables[0].rows, counts)


def test_a_rate_per_its_unit_groups_nothing(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "Which factory had the worst on-time delivery rate per delivery in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "factory", a.tool_calls


def test_which_teacher_ranks_the_teacher_column_counted_by_the_unit_said(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "哪位老师推荐来的客户下单最多？按下单次数算")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") in ("推荐老师",), a.tool_calls
    teacher = {c[0]: c[4] for c in facts["customers"] if c[4]}
    counts: dict[str, int] = {}
    for e in facts["events"]:
        if e[3] == "tp_order" and e[1] in teacher:
            counts[teacher[e[1]]] = counts.get(teacher[e[1]], 0) + 1
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), (a.tables[0].rows, counts)


def test_what_problem_of_a_step_counted_by_kind_is_no_complaint(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, "2025年报修最多的是什么问题？按维修类型看报修次数")
    assert a.status == "ok", a.answer
    assert "sentiment" not in (a.tool_calls[0].args.get("filters") or {}), a.tool_calls
    assert a.tool_calls[0].args.get("dimension") == "维修类型", a.tool_calls
    assert a.tables[0].rows[0][0] == "开胶", a.tables[0].rows


def test_a_cue_word_the_steps_use_is_the_step_and_people_named_by_a_name_column_are_counted(tmp_path) -> None:
    """"For clients who first asked us for a quote …, where did we lose the most" where the steps are "Quote request"
    and "Quote sent" and the customers have a client_name: a drop-off, no quotes of comments, no ranking of names."""
    def write(tmp: Path) -> dict[str, object]:
        rnd = random.Random(3304)
        tmp.mkdir(parents=True, exist_ok=True)
        write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
                  [("tp_quote_request", "Quote request", "询价", "Quote request", "awareness", "quote request|询价"),
                   ("tp_quote_sent", "Quote sent", "发送报价", "Quote sent", "consideration", "quote sent|报价"),
                   ("tp_contract", "Contract signed", "签约", "Contract signed", "purchase", "contract|签约")])
        write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
                  [("onboarding", "onboarding", k + 1, tp, 60)
                   for k, tp in enumerate(("tp_quote_request", "tp_quote_sent", "tp_contract"))])
        customers, events, feedback, reached = [], [], [], {1: 0, 2: 0, 3: 0}
        for i in range(300):
            cid = f"C{i:04d}"
            customers.append((cid, "2025-01-01", f"Client {i}"))
            t = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(200))
            depth = 1 if i % 5 < 1 else 2 if i % 5 < 4 else 3
            for k, tp in enumerate(("tp_quote_request", "tp_quote_sent", "tp_contract")[:depth]):
                events.append((f"E{len(events):05d}", cid, (t + timedelta(days=3 * k)).isoformat(sep=" "), tp, "done"))
                reached[k + 1] += 1
            if i % 10 == 0:
                feedback.append((f"F{i:04d}", cid, t.isoformat(sep=" "), "tp_quote_sent", "the quote was too high", 2))
        write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "client_name"], customers)
        write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
        write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
        return {"reached": reached}

    with service_on(tmp_path, write) as (service, facts):
        a = ask(service, "For clients who first asked us for a quote in 2025, where in the onboarding funnel did we "
                         "lose the most of them?")
        assert a.status == "ok", a.answer
        assert a.tool_calls[0].name == "funnel_dropoff", a.tool_calls
        lost = {1: facts["reached"][1] - facts["reached"][2], 2: facts["reached"][2] - facts["reached"][3]}
        worst = ("tp_quote_request", "tp_quote_sent")[max(lost, key=lost.get) - 1]
        assert ("Quote sent" if worst == "tp_quote_sent" else "Quote request") in a.answer.split(" loses")[0], \
            (a.answer, lost)


@pytest.mark.parametrize("q", ["What share of all our customers (including those who never ordered) are companies?",
                               "全部客户里（包括还没下过单的），company类型的客户占多大比例？"])
def test_a_value_said_of_the_people_counted_with_a_step_left_in(shop, q) -> None:  # noqa: ANN001
    """"What share of all our customers (including those who never ordered) are companies?": the customer list's
    share of that type — the step said inside the widening clause slices nothing, no funnel, and none of the
    clause's words is an unknown name."""
    service, facts = shop
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "funnel", a.tool_calls
    assert _has(a, sum(c[2] == "company" for c in facts["customers"]) / len(facts["customers"])), a.tables[0].rows
