"""Questions of blind batches of session 55 (cargosub, hotpotchain and the four written this session), on the data of
an e-bike subscription written here:

- "报修最多的故障类型是什么": the thing a superlative ranks, said before 是什么, is ranked like "哪个X" (a kind column's
  head word, 故障 of issue_type, names it there); one the data does not have is said, never one total instead;
- a column word with no Chinese of its own (issue of issue_type) is said in Chinese as its English synonyms are (故障);
- "What share of our Kuala Lumpur customers have English as their language?", "吉隆坡的客户里，语言是英语的占多少":
  a share of the customers by their own columns is a share of the customers on record (those with no events too),
  and the value's column named after it ("as their language") asks for no groups;
- "在上海和成都注册的人里，通过小程序注册的占多少比例": the values said inside the group a share is taken within are
  its base, the value said after it the part — never the base's share of itself;
- "theft excess fees": a kind of order said before a money word is the slice of those orders, whose amounts are
  totalled;
- "自由骑手": a kind of people said by a word before the trade's noun for them, that no value of the customers'
  columns is in either language, is said (unsupported), never dropped for everyone;
- what comments are said to be about, after "投诉是嫌" or "complained the class was …", is a topic counted in the
  comments, never every complaint; a step's word alone after the topic word ("吐槽交车的") is that step's comments;
- a yes/no column said with the verb of having it ("标了养宠物的", "own a pet") is its yes, negated ("没养宠物的")
  its no, never dropped for every customer;
- "across all three cities", "三个城市加起来": every group of the column together, one total, not a breakdown;
- "签收了多少台车": 收了多少 before a counting word counts things, it asks no money;
- "how many customers did we lose", "流失了多少个客户" where one step records the loss (its names say churned / 流失): the
  customers who reached that step, not the step-to-step drop-off; "哪一步流失最多" stays the drop-off;
- "ZTO parcels": a word that leads a value stored with an underscore (zto_standard) is that value;
- "our Tmall flagship store", "天猫旗舰店": a shop word right after the platform it is on is that platform's head noun,
  no second channel (store) compared or added;
- "how many heavy spenders do we have": the people counted by the trade's word for them (spenders), not events;
- "which store had the most handovers" where the events carry store_id and its titles: the stores ranked by their
  titles in the asker's language, not their codes (the codes when asked for by "store id");
- the words quoted as what comments say ("车主反映“客服回复太慢、没人理”的反馈") are the topic alone, the parts
  listed inside them alternatives, not who said them;
- 转换率, a common way to write 转化率, is the conversion rate;
- "monthly fees plus repair" where repair names a journey and a kind of order: the journey's kind joins the kind said
  on the same column, never the same kind on its twin column in the other language (no order is in both).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

TOUCHPOINTS = [
    ("tp_signup", "在线注册", "在线注册", "Online sign-up", "purchase", "注册|sign up"),
    ("tp_handover", "交车", "交车", "Bike handover", "purchase", "提车|签收|handover"),
    ("tp_fault", "故障报修", "故障报修", "Breakdown report", "service", "报修|breakdown"),
    ("tp_theft", "失窃报告", "失窃报告", "Theft report", "service", "theft|被盗"),
    ("tp_fixed", "维修完成", "维修完成", "Repair done", "service", "修好|fixed"),
    ("tp_cancel", "退订确认", "退订确认", "Subscription cancelled", "loyalty", "退订|流失|churned|lost account"),
]
JOURNEYS = [("onboard", "注册到交车", "Sign-up to handover", ["tp_signup", "tp_handover"]),
            ("repair", "上门维修", "Repair", ["tp_fault", "tp_fixed"])]
KIND_ZH = {"monthly_fee": "月费", "theft_excess": "失窃自付", "repair": "维修"}
CITIES = [("Shanghai", "上海"), ("Chengdu", "成都"), ("Kuala Lumpur", "吉隆坡")]
ISSUES = ["brakes", "motor", "display", "tyre_puncture"]


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5501)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 30) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events, orders = [], [], []
    for i in range(900):
        cid = f"C{i:04d}"
        city, city_zh = CITIES[i % 3]
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(500), hours=rnd.randrange(8, 20))
        language = ("en" if rnd.random() < (0.6 if city == "Kuala Lumpur" else 0.1) else "zh")
        channel = ("mini_program" if rnd.random() < (0.6 if city == "Shanghai" else 0.35) else "app")
        customers.append((cid, at.isoformat(sep=" "), city, city_zh, language, channel, rnd.random() < 0.3))
        if city == "Kuala Lumpur" and i % 2:
            continue  # (customers on record who have done nothing since)
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_signup", "submit", ""))
        if rnd.random() < 0.7:
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_handover",
                           "done", ""))
            orders.append((f"O{len(orders):05d}", cid, (at + timedelta(days=3)).isoformat(sep=" "),
                           round(80 + rnd.random() * 40, 2), "paid", "monthly_fee"))
        for _ in range(rnd.randrange(3)):
            issue = ISSUES[min(int(rnd.random() * rnd.random() * 4), 3)]
            day = at + timedelta(days=5 + rnd.randrange(60))
            events.append((f"E{len(events):06d}", cid, day.isoformat(sep=" "), "tp_fault", "report", issue))
            if rnd.random() < 0.5:
                events.append((f"E{len(events):06d}", cid, (day + timedelta(days=2)).isoformat(sep=" "), "tp_fixed",
                               "done", ""))
                orders.append((f"O{len(orders):05d}", cid, (day + timedelta(days=2)).isoformat(sep=" "),
                               round(20 + rnd.random() * 60, 2), "paid", "repair"))
        if rnd.random() < 0.1:
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=90 + rnd.randrange(90))).isoformat(sep=" "),
                           "tp_cancel", "cancel", ""))
        if rnd.random() < 0.08:
            day = at + timedelta(days=20 + rnd.randrange(40))
            events.append((f"E{len(events):06d}", cid, day.isoformat(sep=" "), "tp_theft", "report", ""))
            orders.append((f"O{len(orders):05d}", cid, (day + timedelta(days=2)).isoformat(sep=" "),
                           round(100 + rnd.random() * 200, 2), "paid" if rnd.random() < 0.85 else "refunded",
                           "theft_excess"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "city", "city_zh", "language", "signup_channel",
                                        "has_pet"],
              customers)
    # (the courier that brought the bike, stored with an underscore)
    # (and the hub it was handed over at: a code, with its name in both languages)
    hubs = [("H1", "静安站", "Jing'an hub"), ("H2", "武侯站", "Wuhou hub"), ("H3", "双威站", "Sunway hub")]
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "issue_type", "courier",
                                   "store_id", "store_title", "store_title_en"],
              [(*e, ("zto_standard", "sf_express")[int(e[0][1:]) % 2] if e[3] == "tp_handover" else "",
                *(hubs[min(int(e[0][1:]) % 7, 2)] if e[3] == "tp_handover" else ("", "", ""))) for e in events])
    city_of = {c[0]: c[2] for c in customers}
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "order_type_zh",
                                   "city", "channel"],
              [(*o, KIND_ZH[o[5]], city_of[o[1]], ("tmall", "store", "app")[int(o[0][1:]) % 3]) for o in orders])
    texts = {"tp_fault": ("刹车不灵", "brakes are weak", "客服回复太慢了，等了两天", "support replied far too slowly"),
             "tp_handover": ("交车太慢了，等了一周才拿到车", "handover took ages", "交车很顺利", "smooth handover")}
    feedback = [(f"F{k:04d}", texts[e[3]][k % 4], e[2], e[1], e[3], "app_review", 2 if k % 4 < 2 else 4)
                for k, e in enumerate(events) if e[3] in texts and k % 3 == 0]
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating"],
              feedback)
    return {"orders": orders, "customers": customers, "events": events}


@pytest.fixture(scope="module")
def bikes(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("understanding_s55"), _folder) as out:
        yield out


@pytest.mark.parametrize("question", ["2025年报修最多的故障类型是什么？", "2025年报修最多的故障是什么？"])
def test_the_kind_a_superlative_ranks_before_shi_shenme(bikes, question: str) -> None:  # noqa: ANN001
    service, facts = bikes
    counts: dict[str, int] = {}
    for e in facts["events"]:
        if e[3] == "tp_fault" and e[2].startswith("2025"):
            counts[e[5]] = counts.get(e[5], 0) + 1
    top = max(counts, key=counts.get)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "metric_breakdown" and call.args.get("dimension") == "issue_type", a.tool_calls
    assert a.answer.index(top) < min(a.answer.index(x) for x in counts if x != top and x in a.answer), a.answer


def test_a_superlative_of_a_kind_the_data_lacks_is_said(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("2025年报修最多的轮胎品牌是什么？")
    assert a.status in ("unsupported", "clarify"), a.answer


@pytest.mark.parametrize("question", ["What share of our Kuala Lumpur customers have English as their language?",
                                      "吉隆坡的客户里，语言是英语的占多少？"])
def test_a_share_of_customers_by_their_own_column_is_of_those_on_record(bikes, question: str) -> None:  # noqa: ANN001
    service, facts = bikes
    kl = [c for c in facts["customers"] if c[2] == "Kuala Lumpur"]
    want = sum(c[4] == "en" for c in kl) / len(kl)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 or abs(v - 100 * want) < 0.1 for v in first_numbers(a)), (want, a.answer)


@pytest.mark.parametrize("question", ["在上海和成都注册的人里，通过小程序注册的占多少比例？",
                                      "Among customers in Shanghai and Chengdu, what share signed up through the "
                                      "mini program?"])
def test_values_said_as_the_group_a_share_is_within_are_its_base(bikes, question: str) -> None:  # noqa: ANN001
    service, facts = bikes
    base = [c for c in facts["customers"] if c[2] in ("Shanghai", "Chengdu")]
    want = sum(c[5] == "mini_program" for c in base) / len(base)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 or abs(v - 100 * want) < 0.1 for v in first_numbers(a)), (want, a.answer)


def test_a_kind_of_order_before_a_money_word_slices_the_orders(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(o[3] for o in facts["orders"] if o[5] == "theft_excess" and o[4] == "paid" and o[2].startswith("2025"))
    a = service.answer("How much did we collect in theft excess fees in 2025?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("order_type") == ["theft_excess"], a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_a_journeys_kind_of_order_joins_the_kind_said_on_the_same_column(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    by_month: dict[str, float] = {}
    for o in facts["orders"]:
        if o[5] in ("monthly_fee", "repair") and o[4] == "paid" and o[2].startswith("2025"):
            by_month[o[2][:7]] = by_month.get(o[2][:7], 0.0) + o[3]
    top = max(by_month, key=by_month.get)
    a = service.answer("Which month of 2025 brought in the most revenue (paid monthly fee + repair)?")
    assert a.status == "ok", a.answer
    filters = a.tool_calls[0].args.get("filters") or {}
    assert sorted(filters.get("order_type") or ()) == ["monthly_fee", "repair"] and "order_type_zh" not in filters, \
        a.tool_calls
    assert top in a.answer and any(abs(v - by_month[top]) < 0.01 for v in first_numbers(a)), (top, a.answer)


def test_a_kind_of_people_the_data_cannot_pick_out_is_said(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("自由骑手的交车转化率是多少？")
    assert a.status in ("unsupported", "clarify"), a.answer
    assert "自由骑手" in a.answer, a.answer
    ok = service.answer("骑手的交车转化率是多少？")
    assert ok.status == "ok", ok.answer


@pytest.mark.parametrize("question, words", [
    ("今年有多少条投诉是嫌客服回复慢的？", "客服回复慢"),
    ("一共有多少条反馈提到交车太慢？全部数据", "交车"),
    ("How many reviews this year complained the support was too slow?", "support"),
])
def test_what_comments_are_said_to_be_about_is_counted_as_a_topic(bikes, question: str, words: str) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer(question, as_of=date(2026, 6, 30))
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "feedback_count" and words in call.args.get("query", ""), a.tool_calls
    assert not call.args.get("touchpoint_ids"), a.tool_calls


def test_zhuanhuan_lv_is_the_conversion_rate(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("注册到交车的整体转换率是多少？全部数据")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("metric_id") == "overall_conversion" and call.args.get("journey_id") == "onboard", a.tool_calls


@pytest.mark.parametrize("question, pet", [("客户档案里标了养宠物的一共有多少人？", True), ("How many customers own a pet?", True),
                                           ("没养宠物的客户有多少？", False)])
def test_a_yes_no_column_said_with_its_verb_is_its_yes(bikes, question: str, pet: bool) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(c[6] is pet for c in facts["customers"])
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.answer)


@pytest.mark.parametrize("question", ["What was our total revenue for 2025 across all three cities? Paid orders of every kind",
                                      "2025年三个城市加起来已支付订单收入多少？"])
def test_all_groups_said_together_are_one_total(bikes, question: str) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025"))
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert not a.tool_calls[0].args.get("dimension"), a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)
    each = service.answer("2025年各城市已支付订单收入多少？")
    assert each.tool_calls[0].args.get("dimension") in ("city", "city_zh"), each.tool_calls


def test_shou_le_duoshao_before_a_counting_word_counts(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(e[3] == "tp_handover" and e[2].startswith("2025") for e in facts["events"])
    a = service.answer("2025年一共签收了多少台车？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "events" and want in first_numbers(a), (want, a.answer)


@pytest.mark.parametrize("question", ["How many customers did we lose in 2025?", "2025年流失了多少个客户？"])
def test_a_count_of_the_lost_is_the_loss_steps_customers(bikes, question: str) -> None:  # noqa: ANN001
    service, facts = bikes
    want = len({e[1] for e in facts["events"] if e[3] == "tp_cancel" and e[2].startswith("2025")})
    a = service.answer(question)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert (call.args.get("filters") or {}).get("touchpoint") == ["tp_cancel"], a.tool_calls
    assert want in first_numbers(a), (want, a.answer)
    step = service.answer("2025年哪一步流失的客户最多？")
    assert step.tool_calls and step.tool_calls[0].name == "funnel_dropoff", step.tool_calls


def test_a_word_leading_a_value_stored_with_an_underscore_is_that_value(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(e[3] == "tp_handover" and e[2].startswith("2025") and int(e[0][1:]) % 2 == 0 for e in facts["events"])
    a = service.answer("How many ZTO bike handovers were there in 2025?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("courier") == ["zto_standard"], a.tool_calls
    assert want in first_numbers(a), (want, a.answer)


@pytest.mark.parametrize("question", ["How much revenue did our Tmall flagship store make in 2025? Paid orders.",
                                      "2025年天猫旗舰店已支付订单收入多少？"])
def test_a_shop_word_after_its_platform_is_no_second_channel(bikes, question: str) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025") and int(o[0][1:]) % 3 == 0)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("channel") == ["tmall"], a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_spenders_are_people_counted(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("How many Shanghai spenders do we have?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") in ("customer_count", "active_customers"), a.tool_calls


@pytest.mark.parametrize("question, name", [("Which store had the most bike handovers in 2025?", 2),
                                           ("2025年哪个门店的交车次数最多？", 1)])
def test_ranked_codes_are_shown_by_their_names(bikes, question: str, name: int) -> None:  # noqa: ANN001
    service, facts = bikes
    hubs = {0: ("H1", "静安站", "Jing'an hub"), 1: ("H2", "武侯站", "Wuhou hub"), 2: ("H3", "双威站", "Sunway hub")}
    counts: dict[int, int] = {}
    for e in facts["events"]:
        if e[3] == "tp_handover" and e[2].startswith("2025"):
            k = min(int(e[0][1:]) % 7, 2)
            counts[k] = counts.get(k, 0) + 1
    top = hubs[max(counts, key=counts.get)][name]
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") in ("store_title", "store_title_en"), a.tool_calls
    assert top in a.answer, (top, a.answer)
    code = service.answer("Which store id had the most bike handovers in 2025?")
    assert code.tool_calls[0].args.get("dimension") == "store_id", code.tool_calls


def test_a_step_word_alone_after_the_topic_word_counts_its_comments(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("所有反馈里吐槽交车的有多少条？")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "compare_periods" and call.args.get("metric_id") == "feedback_volume", a.tool_calls
    assert (call.args.get("filters") or {}).get("touchpoint") == ["tp_handover"], a.tool_calls


def test_the_quoted_words_are_the_topic_alone(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer('车主反映"客服回复太慢、没人理"的反馈有多少条？')
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "feedback_count" and call.args.get("query") == "客服回复太慢 / 没人理", a.tool_calls


def test_a_share_of_customers_who_reached_a_step_is_of_their_activity(bikes) -> None:  # noqa: ANN001
    """"上海的客户里，到目前为止退订过的占多少": the part is a step reached, which the customer list cannot hold — the
    share is of the customers with events, never a share of the list with the step's filter left on it (0 %)."""
    service, facts = bikes
    sh = {c[0] for c in facts["customers"] if c[2] == "Shanghai"}
    active = {e[1] for e in facts["events"] if e[1] in sh}
    cancelled = {e[1] for e in facts["events"] if e[1] in sh and e[3] == "tp_cancel"}
    a = service.answer("上海的客户里，到目前为止退订过的占多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - len(cancelled) / len(active)) < 0.001 or abs(v - 100 * len(cancelled) / len(active)) < 0.1
               for v in first_numbers(a)), (len(cancelled), len(active), a.answer)
