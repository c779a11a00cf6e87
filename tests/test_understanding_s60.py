"""Questions of session 60's work on the causes seen in its own blind batches (paragliding, allergy clinics, a
kimchi brand, pet DNA kits), on the data of a transit-wristband issuer written here:

- "2025年申请表一共提交失败了多少次？", "申请表提交，失败的占比", "the most failed submissions": the act (提交, submit)
  and how it ended (失败, fail) said as one phrase are that outcome — never every row of the step, and never a share of
  each outcome over itself;
- "which app version caused the most failed wristband activations": failures kept at a step of their own ("Activation
  failed" beside "Wristband activated") are that step's rows;
- "2025年按人算从申请表到手环激活的整体转化率" where 手环 is also an order type (and the shipping events carry order
  ids): the thing several steps handle slices nothing;
- "2025年几月份申请表提交失败的次数最多？": 几月份 asks which month, as 哪个月;
- "which is better, Harbin or Dalian?": two groups compared on nothing said — the measure is asked back;
- "那顺丰速运寄出了多少个手环？" where the courier is written "SF Express 顺丰速运": the Chinese half names the value,
  and 那 refers back (no unknown word 那顺丰);
- "late = on_time no": a yes/no column's name with one of its values written after it is that value;
- "2025年寄出的手环平均在途多少小时？": the transit_hours column named by its own word beside the shipping step —
  never the time from the previous step;
- "how many minutes late were they on average", "Avg first order size in kg", "平均一单买几个": a numeric column's
  average (the one step named inside the words keeps its rows), the quantity per order;
- "按每次预约的人数加总": the pax column's Chinese name before 加总 — its total;
- "Top symptom reported in 2025?", "2025年最主要的症状是哪个？": main_symptom / 主要症状 named by their head noun;
- "How many children do we have?": the segment child, in English's irregular plural;
- "哈尔滨有多少商保客户？": 商保 begins the payer kind 商保直付, said before a word for people;
- "how many statements did we release": of the two steps "statements" names, the one whose outcome is released;
- "How many customers finished their safety course in 2025?": the people at the journey's last step, no funnel;
- "2025年哪个月新预约的人最多？": 预约 ends the step's name 在线预约 — never the id column booking_id it glosses;
- "2025年哈尔滨和大连的新客户主要是从哪个渠道来的？": the acquisition channel ranked over both cities together;
- "How many new child customers signed up in March 2025?": the people who joined, of that kind;
- "2025年已付款订单多少单？不算退款取消" where 取消 also names the step "Subscription cancelled": the second word of a
  list left out is left out too — every order but the cancelled ones, no step to restrict the orders to.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

TOUCHPOINTS = [
    ("tp_apply", "申请表", "申请表", "Application form", "consideration", "申请|application"),
    ("tp_ship", "手环寄出", "手环寄出", "Wristband shipped", "purchase", "寄出|发货|shipping"),
    ("tp_deliver", "手环签收", "手环签收", "Wristband delivered", "purchase", "签收|delivery"),
    ("tp_activate", "激活手环", "激活手环", "Wristband activated", "service", "激活|activation"),
    ("tp_activate_fail", "激活失败", "激活失败", "Activation failed", "service", "激活不了|activation error"),
    ("tp_book", "在线预约出行", "在线预约出行", "Trip booked", "loyalty", "booking"),
    ("tp_statement_ready", "账单已出", "账单已出", "Statement ready", "service", "出账单|statement ready"),
    ("tp_statement_view", "查看账单", "查看账单", "Statement viewed", "service", "看账单|view statement"),
    ("tp_course_start", "安全课开课", "安全课开课", "Safety course started", "service", "开课|course start"),
    ("tp_course_done", "安全课结业", "安全课结业", "Safety course finished", "service", "结业|course done"),
    ("tp_first_order", "首次订购", "首次订购", "First order", "purchase", "首单|first order"),
    ("tp_reorder", "再次订购", "再次订购", "Reorder", "loyalty", "复购|reorder"),
    ("tp_repair", "报修", "报修", "Repair visit", "service", "维修|repair"),
    ("tp_cancel", "取消订阅", "取消订阅", "Subscription cancelled", "loyalty", "取消|cancel"),
]
JOURNEYS = [("card", "领手环", "Get a wristband", ["tp_apply", "tp_ship", "tp_deliver", "tp_activate"]),
            ("refill", "订购", "Ordering", ["tp_first_order", "tp_reorder"]),
            ("safety", "安全课程", "Safety course", ["tp_course_start", "tp_course_done"])]
CHANNELS = ("douyin", "wechat_search", "friend_referral")
PAYERS = ("商保直付", "自费")
SEGMENTS = ("child", "adult", "senior")
CITIES = ("Harbin", "Dalian")
COURIERS = ("SF Express 顺丰速运", "JD Logistics 京东物流")
VERSIONS = ("5.0.1", "5.1.0", "5.2.0")
SYMPTOMS = (("no_power", "没电"), ("screen_crack", "屏幕裂"), ("no_power", "没电"), ("lost_signal", "没信号"))


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(6001)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 30) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events, orders = [], [], []
    cols = ["action", "city", "app_version", "courier", "on_time", "transit_hours", "delay_min", "pax", "order_kg",
            "main_symptom", "主要症状", "order_id", "booking_id"]

    def ev(cid: str, at: datetime, tp: str, **kw: object) -> None:
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), tp, *(kw.get(c, "") for c in cols)))

    for i in range(700):
        cid = f"C{i:04d}"
        seg = SEGMENTS[i % 3] if i % 7 else "adult"
        city = CITIES[i % 2]
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(500), hours=rnd.randrange(8, 20))
        channel = CHANNELS[0] if i % 5 in (0, 1) else CHANNELS[1] if i % 5 == 2 else CHANNELS[2]
        if city == "Dalian" and i % 3 == 0:
            channel = CHANNELS[2]
        customers.append((cid, at.isoformat(sep=" "), seg, city, channel, PAYERS[i % 4 != 0],
                          {"Harbin": "哈尔滨", "Dalian": "大连"}[city]))
        ver = VERSIONS[i % 3]
        for k in range(1 + (i % 3 == 0)):  # (some apply twice: a failed form, then a new one)
            failed = rnd.random() < (0.45 if ver == "5.1.0" else 0.1) + (0.4 if at.strftime("%Y-%m") == "2025-03" else 0)
            ev(cid, at + timedelta(minutes=k), "tp_apply", action="fail" if failed else "submit", city=city,
               app_version=ver)
        if rnd.random() < 0.75:
            ship = at + timedelta(days=1 + rnd.randrange(3))
            ev(cid, ship, "tp_ship", action="shipped", city=city, courier=COURIERS[i % 2], order_id=f"O{len(orders):05d}")
            late = rnd.random() < (0.3 if i % 2 else 0.1)
            hours = 20 + rnd.randrange(60) + (30 if late else 0)
            ev(cid, ship + timedelta(hours=hours), "tp_deliver", action="delivered", city=city,
               on_time="no" if late else "yes", transit_hours=hours, delay_min=15 + rnd.randrange(90) if late else "")
            kind, kind_zh = ("wristband", "手环") if i % 4 else ("battery", "电池")
            qty = 1 + rnd.randrange(3)
            status = "paid" if rnd.random() < 0.85 else rnd.choice(("refunded", "cancelled"))
            orders.append((f"O{len(orders):05d}", cid, ship.isoformat(sep=" "), 30.0 * qty, status, kind, kind_zh, qty))
            if status == "cancelled":
                ev(cid, ship + timedelta(hours=2), "tp_cancel", action="cancel", city=city)
            if rnd.random() < 0.8:
                act = ship + timedelta(hours=hours + 5)
                if rnd.random() < (0.4 if ver == "5.2.0" else 0.05):
                    ev(cid, act, "tp_activate_fail", action="fail", city=city, app_version=ver)
                ev(cid, act + timedelta(hours=1), "tp_activate", action="done", city=city, app_version=ver)
                for t in range(rnd.randrange(3)):
                    ev(cid, act + timedelta(days=3 + 9 * t), "tp_book", action="book", city=city,
                       pax=1 + rnd.randrange(4), booking_id=f"B{i:04d}{t}")
                for m in range(0, 3 + i % 3):
                    ready = act + timedelta(days=20 * (m + 1))
                    ev(cid, ready, "tp_statement_ready", action="released", city=city)
                    if rnd.random() < 0.4:
                        ev(cid, ready + timedelta(days=2), "tp_statement_view", action="viewed", city=city)
        if i % 5 == 0:
            first = at + timedelta(days=10)
            ev(cid, first, "tp_first_order", action="order", city=city, order_kg=2 + rnd.randrange(5))
            for t in range(rnd.randrange(3)):
                ev(cid, first + timedelta(days=30 * (t + 1)), "tp_reorder", action="order", city=city,
                   order_kg=10 + rnd.randrange(20))
        if i % 3 == 1:
            start = at + timedelta(days=5)
            ev(cid, start, "tp_course_start", action="start", city=city)
            if rnd.random() < 0.6:
                ev(cid, start + timedelta(days=20 + rnd.randrange(30)), "tp_course_done", action="done", city=city)
        if i % 6 == 0:
            code, zh = SYMPTOMS[(i // 6) % 4]
            ev(cid, at + timedelta(days=40), "tp_repair", action="visit", city=city, main_symptom=code, 主要症状=zh)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "region", "acquisition_channel",
                                      "付费方式", "城市"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", *cols], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                                   "quantity"], orders)
    return {"events": events, "orders": orders, "customers": customers, "cols": cols}


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("understanding_s60"), _folder) as out:
        yield out


def _ev(facts: dict, tp: str | None = None, year: str = "2025", **kw: str) -> list[tuple]:
    at = {c: 4 + i for i, c in enumerate(facts["cols"])}
    return [e for e in facts["events"] if (tp is None or e[3] == tp) and e[2].startswith(year)
            and all(str(e[at[k]]) == v for k, v in kw.items())]


def test_an_act_said_with_how_it_ended_counts_that_outcome(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want, every = len(_ev(facts, "tp_apply", action="fail")), len(_ev(facts, "tp_apply"))
    assert want != every
    a = service.answer("2025年申请表一共提交失败了多少次？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a) and every not in first_numbers(a), (want, a.tool_calls, a.answer)


def test_an_outcomes_share_of_the_act_is_over_every_row_of_the_step(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = len(_ev(facts, "tp_apply", action="fail")) / len(_ev(facts, "tp_apply"))
    a = service.answer("2025年申请表提交，失败的占比多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a)), (want, a.tool_calls, a.tables[0].rows)
    assert 1.0 not in first_numbers(a), a.tables[0].rows  # (never each outcome over itself)


def test_failed_submissions_ranked_by_a_column(cards) -> None:  # noqa: ANN001
    service, facts = cards
    top = Counter(e[6] for e in _ev(facts, "tp_apply", action="fail")).most_common(2)
    every = Counter(e[6] for e in _ev(facts, "tp_apply")).most_common(1)[0][0]
    assert top[0][1] > top[1][1]
    a = service.answer("Which app version had the most failed submissions in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top[0][0] and top[0][1] in a.tables[0].rows[0], (top, every, a.tables[0].rows)


def test_failures_kept_at_a_step_of_their_own(cards) -> None:  # noqa: ANN001
    service, facts = cards
    top = Counter(e[6] for e in _ev(facts, "tp_activate_fail")).most_common(2)
    assert top[0][1] > top[1][1]
    a = service.answer("which app version caused the most failed wristband activations in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top[0][0] and top[0][1] in a.tables[0].rows[0], (top, a.tool_calls,
                                                                                       a.tables[0].rows)


def test_the_thing_several_steps_handle_slices_nothing(cards) -> None:  # noqa: ANN001
    service, facts = cards
    first: dict[str, datetime] = {}
    for e in facts["events"]:
        if e[3] == "tp_apply":
            first[e[1]] = min(first.get(e[1], datetime.fromisoformat(e[2])), datetime.fromisoformat(e[2]))
    starters = {c for c, t in first.items() if t.year == 2025}
    reached = {e[1] for e in facts["events"] if e[3] == "tp_activate" and e[1] in starters
               and timedelta(0) <= datetime.fromisoformat(e[2]) - first[e[1]] <= timedelta(days=30)}
    want = len(reached) / len(starters)
    a = service.answer("2025年按人算从申请表到手环激活的整体转化率是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_failures_of_a_step_said_after_it(cards) -> None:  # noqa: ANN001
    service, facts = cards
    b = service.answer("How many wristband activations failed in 2025?")
    assert b.status == "ok", b.answer
    assert len(_ev(facts, "tp_activate_fail")) in first_numbers(b), (b.tool_calls, b.answer)


def test_the_thing_of_the_steps_still_names_an_order_kind_of_the_orders(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = sum(1 for o in facts["orders"] if o[5] == "wristband" and o[2].startswith("2025"))
    every = sum(1 for o in facts["orders"] if o[2].startswith("2025"))
    assert want != every
    a = service.answer("How many wristband orders did we get in 2025?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, every, a.tool_calls, a.answer)


def test_ji_yue_fen_asks_which_month(cards) -> None:  # noqa: ANN001
    service, facts = cards
    months = Counter(e[2][:7] for e in _ev(facts, "tp_apply", action="fail"))
    (top, n), (_, second) = months.most_common(2)
    assert n > second
    a = service.answer("2025年几月份申请表提交失败的次数最多？")
    assert a.status == "ok", a.answer
    assert str(a.tables[0].rows[0][0]).startswith(top), (top, a.tool_calls, a.tables[0].rows[:2])


@pytest.mark.parametrize("question", ["which is better, Harbin or Dalian?", "哈尔滨和大连哪个更好？"])
def test_two_groups_compared_on_nothing_said_ask_for_the_measure(cards, question: str) -> None:  # noqa: ANN001
    service, _ = cards
    a = service.answer(question)
    assert a.status == "clarify", (a.tool_calls, a.answer)


def test_a_value_written_in_both_languages_is_named_in_one(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = len(_ev(facts, "tp_ship", courier=COURIERS[0]))
    assert want != len(_ev(facts, "tp_ship"))
    a = service.answer("2025年那顺丰速运寄出了多少个手环？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_a_yes_no_columns_value_written_after_its_name(cards) -> None:  # noqa: ANN001
    service, facts = cards
    rows = _ev(facts, "tp_deliver")
    want = sum(1 for e in rows if e[8] == "no") / len(rows)
    a = service.answer("What share of 2025 deliveries were late? late = on_time no over all deliveries")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a)), (want, a.tool_calls, a.tables[0].rows)


def test_a_column_named_by_its_own_word_beside_one_step(cards) -> None:  # noqa: ANN001
    service, facts = cards
    rows = _ev(facts, "tp_deliver")
    want = sum(e[9] for e in rows) / len(rows)
    a = service.answer("2025年寄出的手环平均在途多少小时？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_how_many_minutes_late_on_average(cards) -> None:  # noqa: ANN001
    service, facts = cards
    rows = [e for e in _ev(facts, "tp_deliver") if e[10] != ""]
    want = sum(e[10] for e in rows) / len(rows)
    a = service.answer("When wristbands were delivered late in 2025, how many minutes late were they on average?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_a_step_inside_the_averaged_words_keeps_its_rows(cards) -> None:  # noqa: ANN001
    service, facts = cards
    first = [e[12] for e in facts["events"] if e[3] == "tp_first_order"]
    both = [e[12] for e in facts["events"] if e[3] in ("tp_first_order", "tp_reorder")]
    want, every = sum(first) / len(first), sum(both) / len(both)
    assert abs(want - every) > 1
    a = service.answer("Avg first order size in kg?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


@pytest.mark.parametrize("question", ["2025年的订单平均一单买几个？", "average number of items per order in 2025"])
def test_things_per_order_average_the_quantity(cards, question: str) -> None:  # noqa: ANN001
    service, facts = cards
    rows = [o for o in facts["orders"] if o[2].startswith("2025")]
    want = sum(o[7] for o in rows) / len(rows)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_a_columns_chinese_name_added_up(cards) -> None:  # noqa: ANN001
    service, facts = cards
    rows = _ev(facts, "tp_book")
    want, count = sum(e[11] for e in rows), len(rows)
    assert want != count
    a = service.answer("2025年一共预约了多少人次？按每次预约的人数加总")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, count, a.tool_calls, a.answer)


@pytest.mark.parametrize("question,column", [("Top symptom reported in 2025?", 13),
                                             ("2025年最主要的症状是哪个？", 14)])
def test_a_main_column_named_by_its_head_noun(cards, question: str, column: int) -> None:  # noqa: ANN001
    service, facts = cards
    top = Counter(e[column] for e in _ev(facts, "tp_repair")).most_common(2)
    assert top[0][1] > top[1][1]
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top[0][0], (top, a.tool_calls, a.tables[0].rows[:2])


def test_an_irregular_plural_names_the_segment(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = sum(1 for c in facts["customers"] if c[2] == "child")
    a = service.answer("How many children do we have?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a) and want != len(facts["customers"]), (want, a.tool_calls, a.answer)


def test_a_values_first_characters_before_a_people_word(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = sum(1 for c in facts["customers"] if c[3] == "Harbin" and c[5] == "商保直付")
    a = service.answer("哈尔滨有多少商保客户？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_a_word_naming_two_steps_is_the_one_the_other_words_fit(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = len(_ev(facts, "tp_statement_ready"))
    a = service.answer("how many statements did we release in 2025?")
    assert a.status == "ok", (a.answer, a.options)
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_people_who_finished_a_journey_are_counted_at_its_last_step(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = len({e[1] for e in _ev(facts, "tp_course_done")})
    a = service.answer("How many customers finished their safety course in 2025?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_an_id_columns_gloss_names_the_step_whose_name_holds_it(cards) -> None:  # noqa: ANN001
    service, facts = cards
    months = Counter()
    for m, people in {(e[2][:7], e[1]) for e in facts["events"] if e[3] == "tp_book" and e[2].startswith("2025")}:
        months[m] += 1
    (top, n), (_, second) = months.most_common(2)
    assert n > second
    a = service.answer("2025年哪个月新预约的人最多？")
    assert a.status == "ok", a.answer
    assert str(a.tables[0].rows[0][0]).startswith(top) and n in a.tables[0].rows[0], (top, n, a.tool_calls,
                                                                                        a.tables[0].rows[:2])


def test_which_column_over_two_listed_values(cards) -> None:  # noqa: ANN001
    service, facts = cards
    top = Counter(c[4] for c in facts["customers"] if c[3] in ("Harbin", "Dalian") and c[1].startswith("2025"))
    (first, n), (_, second) = top.most_common(2)
    assert n > second
    a = service.answer("2025年哈尔滨和大连的新客户主要是从哪个渠道来的？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == first, (top, a.tool_calls, a.tables[0].rows[:3])


def test_new_people_of_a_kind_who_signed_up(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = sum(1 for c in facts["customers"] if c[2] == "child" and c[1].startswith("2025-03"))
    active = len({e[1] for e in facts["events"] if e[2].startswith("2025-03")} &
                 {c[0] for c in facts["customers"] if c[2] == "child"})
    assert want != active
    a = service.answer("How many new child customers signed up in March 2025?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, active, a.tool_calls, a.answer)


def test_a_step_left_out_of_an_orders_count_is_no_step(cards) -> None:  # noqa: ANN001
    service, facts = cards
    want = sum(1 for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025"))
    a = service.answer("2025年已付款订单多少单？不算退款取消")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)
