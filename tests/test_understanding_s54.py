"""Questions of blind batches of session 54 (pianomove, gymequip and the four written this session), on a bicycle
shop's data written here:

- money or orders asked of a journey ("今年上半年维修服务收了多少钱", "revenue from rentals in 2025") are the orders of
  the one kind of order the journey's names share every word with (orders record no journey), never every order;
- the share of a yes/no column said after a negation ("家里没车库的比例") is the share of its no; said of the customers
  themselves ("上海的客户…") and held by the customers' own file, it is a share of customers, not of their orders;
- a drop-off "between A and B" (从A到B) with a third step named as the cases ("for store visits in 2025, …") is the
  drop-off at A, never at the first step said;
- "那周一共" is that week, then 一共 (in all), never a Monday;
- "which campus" of a company with one site per city is its city column (as "which branch");
- a rating asked of a survey ("维修满意度调查的平均分") is the rating of that survey channel's comments (several surveys:
  the one whose name the words before the survey word say, across languages), of every step it is filed under — the
  step word inside the survey's name (维修) slices nothing, nor does a step's word that is part of the channel's own
  name ("the check-in callback survey" of checkin_callback);
- a built-in column's word said in the singular as who did something ("the platform recorded") asks no groups;
- a channel said of orders is the orders' channel value on the same words (meituan), not the comments' (meituan_review);
- two step words said side by side that together are part of one other step's name (预约 + 缴费 of 维修预约缴费) are that
  step; the end of a time said by the head of a step named already (真正完成 of 维修完成) is that step;
- a journey's Chinese name said with its middle left out, then the journey word ("配件购买旅程" of 配件商城购买, "OW考证旅程"
  of OW开放水域考证), is that journey;
- "of the store visits in 2025, what share ever got a quote": the visits are the cases followed to the later step
  (a conversion between the two steps per visit), never one count of sessions over another;
- letters said right before a column's word ("MB课程") are the one value of that column they are the initials of
  (mountain_biking), not the same letters stored in another column (skill_tag mb);
- a country's everyday short name (澳洲 for 澳大利亚) names a column of ISO country codes (AU);
- money paid out ("how much did we pay out on damage claims") is the total of the one paid-out money column of the
  events (payout, at the settled step), never the orders' revenue or a refusal for the claim step named;
- two kinds joined by "plus" are added up, one total, not compared;
- an everyday word said right before its column's name ("local-segment customers", "black-tier members") is that
  column's value, never a grouping by the column nor dropped;
- "on site", "on hold", "on track": an idiom with "on", no slice the data lacks;
- a kind of people said with the trade's word for them ("外地游客") is a value of the customers' columns in the other
  language (segment tourist) when it is far ahead of the rest; a value's word said as the start of a journey's Chinese
  name, then the journey word ("线上租车旅程" of 线上租车服务), slices nothing;

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

TOUCHPOINTS = [
    ("tp_visit", "门店到访", "门店到访", "Store visit", "awareness", "到店|store visit"),
    ("tp_quote", "维修报价", "维修报价", "Repair quote", "consideration", "报价|quote"),
    ("tp_repair_done", "维修完成", "维修完成", "Repair done", "service", "修好|repair done"),
    ("tp_rent_start", "租车取车", "租车取车", "Rental pickup", "purchase", "取车|pickup"),
    ("tp_rent_return", "租车还车", "租车还车", "Rental return", "service", "还车|return"),
    ("tp_checkin", "到店登记", "到店登记", "Check-in", "service", "登记|check-in"),
    ("tp_book", "预约到店", "预约到店", "Visit booked", "consideration", "预约|visit booking"),
    ("tp_pay", "门店缴费", "门店缴费", "Paid at the counter", "purchase", "缴费|counter payment"),
    ("tp_fix_paid", "维修预约缴费", "维修预约缴费", "Repair booked & paid", "purchase", ""),
    ("tp_claim", "车损理赔申请", "车损理赔申请", "Damage claim filed", "service", "理赔|damage claim"),
    ("tp_claim_settled", "理赔结案", "理赔结案", "Claim settled", "service", "结案|claim settled"),
    ("tp_buy", "配件下单", "配件下单", "Accessory order", "purchase", "买配件|accessory order"),
]
JOURNEYS = [("repair", "维修服务", "Repair", ["tp_visit", "tp_quote", "tp_repair_done"]),
            ("rental", "线上租车服务", "Rental", ["tp_rent_start", "tp_rent_return"]),
            ("accessory", "配件商城购买", "Accessory shopping", ["tp_visit", "tp_buy"]),
            ("fix", "维修排期", "Repair scheduling", ["tp_fix_paid", "tp_repair_done"]),
            ("claim", "车损理赔", "Damage claim", ["tp_claim", "tp_claim_settled"])]
KINDS = {"tp_repair_done": ("repair", 180.0), "tp_rent_start": ("rental", 60.0), "tp_buy": ("accessory", 45.0)}


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5401)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 30) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events, orders = [], [], []

    def event(cid: str, at: datetime, tp: str, action: str) -> None:
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), tp, action, "store", f"S{cid}-{at:%Y%m%d}",
                       ("ios", "android", "pc")[len(events) % 3], ("线上", "门店")[len(events) % 2] if tp == "tp_rent_start"
                       else "", ("mountain_biking", "road_cycling")[len(events) % 2] if tp == "tp_rent_start" else "",
                       round(100 + rnd.random() * 400, 2) if tp == "tp_claim_settled" else ""))
        if tp in KINDS and action == "done":
            kind, base = KINDS[tp]
            orders.append((f"O{len(orders):05d}", cid, at.isoformat(sep=" "), round(base * (0.5 + rnd.random()), 2),
                           "refunded" if rnd.random() < 0.05 else "paid", kind,
                           city := ("beijing", "shanghai", "beijing", "sydney")[rnd.randrange(4)],
                           ("meituan", "store", "store")[rnd.randrange(3)], "AU" if city == "sydney" else "CN"))

    for i in range(800):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01", ("北京", "上海")[i % 2], int(rnd.random() < (0.3 if i % 2 else 0.6)),
                          ("tourist", "local", "student")[i % 3], ("mb", "rc", "")[i % 3]))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(9, 19))
        event(cid, at, "tp_visit", "visit")
        if i % 2 == 0:
            event(cid, at + timedelta(hours=1), "tp_quote", "quoted")
            if rnd.random() < 0.7:
                event(cid, at + timedelta(days=1), "tp_fix_paid", "paid")
                event(cid, at + timedelta(days=2 + i % 5), "tp_repair_done", "done")
        if i % 3 == 0:
            event(cid, at + timedelta(days=1), "tp_rent_start", "done")
            event(cid, at + timedelta(days=2), "tp_rent_return", "returned")
            event(cid, at + timedelta(days=2, hours=1), "tp_checkin", "checked")
            if i % 4 == 0:
                event(cid, at + timedelta(days=3), "tp_claim", "filed")
                event(cid, at + timedelta(days=10), "tp_claim_settled", "settled")
        if rnd.random() < 0.4:
            event(cid, at + timedelta(minutes=30), "tp_buy", "done")
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region", "has_garage", "segment",
                                        "skill_tag"],
              customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "session_id",
                                     "device", "booking_mode", "course", "payout"],
              events)
    # comments: a repair survey (filed under the quote and the repair steps), a rental survey, an NPS survey and app
    # reviews, each rated differently
    feedback, ratings = [], {"repair_survey": (2, 5), "rental_survey": (3, 5), "app_review": (1, 3),
                             "meituan_review": (1, 5)}
    for k, e in enumerate(events):
        tp = e[3]
        channel = "repair_survey" if tp in ("tp_quote", "tp_repair_done") else "rental_survey" \
            if tp == "tp_rent_return" else ("app_review", "meituan_review")[k % 2] if tp == "tp_buy" else None
        if channel is None or rnd.random() < 0.5:
            continue
        lo, hi = ratings[channel]
        feedback.append((f"F{k:05d}", "还行 ok", e[2], e[1], tp, channel, rnd.randint(lo, hi), ""))
        if tp in ("tp_checkin", "tp_rent_return") and rnd.random() < 0.4:
            # (a callback after the check-in, filed under it or the return)
            feedback.append((f"Q{k:05d}", "回访 callback", e[2], e[1], tp, "checkin_callback", rnd.randint(1, 4), ""))
        if rnd.random() < 0.3:
            feedback.append((f"N{k:05d}", "推荐 recommend", e[2], e[1], tp, "nps_survey", "", rnd.randint(0, 10)))
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps"], feedback)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "city",
                                     "channel", "country"],
              orders)
    return {"orders": orders, "customers": customers, "feedback": feedback, "events": events}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("understanding_s54"), _folder) as out:
        yield out


def _paid(orders: list[tuple], kind: str, start: str, end: str) -> float:
    return sum(o[3] for o in orders if o[5] == kind and o[4] == "paid" and start <= o[2][:10] <= end)


@pytest.mark.parametrize("question, kind, start, end", [
    ("今年上半年维修服务收了多少钱？", "repair", "2026-01-01", "2026-06-30"),
    ("How much revenue did rentals bring in during 2025?", "rental", "2025-01-01", "2025-12-31"),
])
def test_money_of_a_journey_is_its_kind_of_orders(shop, question: str, kind: str, start: str, end: str) -> None:  # noqa: ANN001
    service, facts = shop
    want = _paid(facts["orders"], kind, start, end)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("order_type") == [kind], a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_a_negated_yes_no_column_share_of_customers(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [c for c in facts["customers"] if c[2] == "上海"]
    want = sum(c[3] == 0 for c in rows) / len(rows)
    a = service.answer("上海的客户家里没车库的比例有多高？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)
    assert "没车库" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "For store visits in 2025, what's the drop-off rate between the repair quote and the repair being done?",
    "到店的客户里，2025年从维修报价到维修完成的流失率是多少？",
])
def test_a_drop_off_between_two_steps_with_a_third_named_is_at_the_first_of_the_two(shop, question: str) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer(question)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("metric_id") == "drop_off_rate" and call.args.get("touchpoint_id") == "tp_quote", a.tool_calls


def test_that_week_then_yi_gong_is_no_monday(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年3月10号到16号那周一共修好了多少辆车？")
    assert a.status == "ok", a.answer
    assert "day_name" not in (a.tool_calls[0].args.get("filters") or {}), a.tool_calls
    m = service.answer("2025年周一一共修好了多少辆车？")
    assert (m.tool_calls[0].args.get("filters") or {}).get("day_name") == ["monday"], m.tool_calls


def test_which_campus_is_the_city_column(shop) -> None:  # noqa: ANN001
    service, facts = shop
    by = {}
    for o in facts["orders"]:
        if o[4] == "paid" and o[2][:4] == "2025":
            by[o[6]] = by.get(o[6], 0) + o[3]
    a = service.answer("Which campus brought in the most revenue in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "city", a.tool_calls
    assert a.tables[0].rows[0][0] == max(by, key=by.get), a.answer


@pytest.mark.parametrize("question, channel", [
    ("2025年维修满意度调查的平均分是多少？", "repair_survey"),
    ("What was the average rating in the rental survey in 2025?", "rental_survey"),
    ("What was the average rating customers gave on the check-in callback survey in 2025?", "checkin_callback"),
])
def test_a_rating_of_a_survey_is_that_survey_channel(shop, question: str, channel: str) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [f[6] for f in facts["feedback"] if f[5] == channel and f[2][:4] == "2025"]
    want = sum(rows) / len(rows)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("channel") == [channel], a.tool_calls
    assert not (a.tool_calls[0].args.get("filters") or {}).get("touchpoint"), a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_a_singular_built_in_column_word_as_the_doer_asks_no_groups(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(1 for e in facts["events"] if e[3] == "tp_repair_done" and e[2][:4] == "2025")
    a = service.answer("How many repairs did the platform log as done in 2025?")
    assert a.status == "ok", a.answer
    assert not a.tool_calls[0].args.get("dimension"), a.tool_calls
    assert want in first_numbers(a), (want, a.answer)
    b = service.answer("How many repairs were done in 2025 by device?")
    assert b.tool_calls and b.tool_calls[0].args.get("dimension") == "device", (b.tool_calls, b.answer)


def test_a_kind_of_people_in_the_other_language_and_a_journey_name_said_in_part(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("外地游客2025年线上租车旅程按人数的整体转化率是多少？")
    assert a.status == "ok", a.answer
    filters = a.tool_calls[0].args.get("filters") or {}
    assert filters.get("segment") == ["tourist"], a.tool_calls
    assert "booking_mode" not in filters and a.tool_calls[0].args.get("journey_id") == "rental", a.tool_calls
    # (the people noun alone, "影响到的游客", is the people counted, no kind of them)
    b = service.answer("2025年租车取车影响到的游客次数有多少？")
    assert "segment" not in (b.tool_calls[0].args.get("filters") or {}), b.tool_calls


def test_on_site_is_an_idiom_no_unknown_slice(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(1 for e in facts["events"] if e[3] == "tp_repair_done" and e[2][:4] == "2025")
    a = service.answer("How many repairs did the mechanics get done on site in 2025?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.answer)


@pytest.mark.parametrize("question", ["美团2025年成交金额（已付款）多少？", "How much did we take through Meituan in 2025 (paid orders)?"])
def test_a_channel_of_orders_is_the_orders_value_on_the_same_words(shop, question: str) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(o[3] for o in facts["orders"] if o[7] == "meituan" and o[4] == "paid" and o[2][:4] == "2025")
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("channel") == ["meituan"], a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_two_step_words_as_one_name_and_an_end_by_a_named_steps_head(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年修好的车，从预约缴费到真正完成平均要几天？")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("journey_id") or "").endswith("tp_fix_paid->tp_repair_done"), a.tool_calls


def test_a_journey_name_said_with_its_middle_left_out(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年配件购买这条旅程，哪一步流失的人最多？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("journey_id") == "accessory", a.tool_calls


def test_of_the_cases_what_share_ever_got_a_later_step_is_a_conversion_per_case(shop) -> None:  # noqa: ANN001
    service, facts = shop
    visits = {e[6] for e in facts["events"] if e[3] == "tp_visit" and e[2][:4] == "2025"}
    quoted = {e[6] for e in facts["events"] if e[3] == "tp_quote"} & visits
    want = len(quoted) / len(visits)
    a = service.answer("Of the store visits in 2025, what share ever got a repair quote?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "overall_conversion", a.tool_calls
    assert "tp_visit->tp_quote" in (a.tool_calls[0].args.get("journey_id") or ""), a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_initials_before_a_column_word_are_that_columns_value(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(1 for e in facts["events"] if e[3] == "tp_rent_start" and e[2][:4] == "2025" and e[9] == "mountain_biking")
    a = service.answer("2025年MB课程一共有多少次租车取车？")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("course") == ["mountain_biking"], a.tool_calls
    assert want in first_numbers(a), (want, a.answer)


def test_a_countrys_short_name_names_its_code(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(o[3] for o in facts["orders"] if o[8] == "AU" and o[4] == "paid" and o[2][:4] == "2025")
    a = service.answer("2025年澳洲业务实收多少钱？（只算已付款的订单）")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("country") == ["AU"], a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


@pytest.mark.parametrize("question", ["How much did we pay out on damage claims in 2025?", "2025年车损理赔一共赔付了多少钱？"])
def test_money_paid_out_is_the_paid_out_column(shop, question: str) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(e[10] for e in facts["events"] if e[3] == "tp_claim_settled" and e[2][:4] == "2025")
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "sum_payout", a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


@pytest.mark.parametrize("question", ["What was our 2025 revenue from repairs plus rentals?",
                                      "How much revenue did orders bring in during 2025, repairs plus rentals?"])
def test_kinds_joined_by_plus_are_added_up(shop, question: str) -> None:  # noqa: ANN001
    service, facts = shop
    want = _paid(facts["orders"], "repair", "2025-01-01", "2025-12-31") + \
        _paid(facts["orders"], "rental", "2025-01-01", "2025-12-31")
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "compare_groups", a.tool_calls
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


@pytest.mark.parametrize("question", ["How many local-segment customers do we have right now?",
                                      "How many local segment customers do we have right now?"])
def test_an_everyday_value_word_before_its_column_name_is_the_value(shop, question: str) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(1 for c in facts["customers"] if c[4] == "local")
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("segment") == ["local"], a.tool_calls
    assert want in first_numbers(a), (want, a.answer)
