"""Questions of session 58's blind batches whose answers were confidently wrong or refused, on the data of a bike
repair chain with repairs at the shop or at home, written here:

- "2026年二季度一共完成了多少单上门维修？": the journey 上门维修 / Home repair names the orders whose service_mode (a
  column of the company's own, on the events too) is home — never every order; "How much revenue did the warranty
  claim journey bring in 2025?" names a journey no order column names, with several journeys to buy in: refused,
  saying what can be asked — never all orders' money;
- "我们一共有多少学生用户？": 学生 is the customers' segment (学生 of segment_zh), the kind of the users counted — never
  every customer;
- "2025年已支付的人有多少": the people of the paid orders are the buyers, never the orders;
- "2025年哪家场馆营收最高？": 场馆 ("venue") names the columns venue_id and venue_name, one thing's code and its name —
  grouped by its name;
- "2025年换链条订单（已支付）的平均客单价是多少？": 换链条 is a value of the events' repair_kind_zh; the orders keep
  only its twin repair_kind (chain beside 换链条 on every event): the orders of kind chain — never refused;
- "保养流程里哪一步丢的人最多？": 保养 is a word only the journey 保养套餐 (care_plan) holds, said before 流程 — that
  journey's funnel, never whichever journey loses the most;
- "2025年最多人卡在哪一步？（走到这一步但没进到下一步）", "which step did the most customers reach without ever making it
  to the next one": where people are lost, asked of a step — never where they went next, nor who reached a step;
- "What's the most common bike brand among our Hangzhou customers?": bike names bike_name, brand names brand; the
  last noun of the compound is the column meant.

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
    ("tp_quote", "在线报价", "在线报价", "Online quote", "consideration", "报价|quote"),
    ("tp_book", "预约维修", "预约维修", "Repair booked", "purchase", "预约|booking"),
    ("tp_pay", "在线支付", "在线支付", "Payment", "purchase", "付款|pay"),
    ("tp_dispatch", "技师出发", "技师出发", "Technician dispatched", "service", "派单|dispatch"),
    ("tp_fixed", "维修完成", "维修完成", "Repair done", "service", "修好|repair done"),
    ("tp_claim", "质保申请", "质保申请", "Warranty claim filed", "service", "理赔|warranty claim"),
    ("tp_claim_ok", "质保通过", "质保通过", "Warranty claim approved", "service", "理赔通过|claim approved"),
    ("tp_plan_page", "保养套餐页", "保养套餐页", "Care plan page", "consideration", "套餐介绍|plan page"),
    ("tp_plan_buy", "购买保养套餐", "购买保养套餐", "Care plan bought", "purchase", "买套餐|plan bought"),
]
JOURNEYS = [("shop_repair", "到店维修", "Shop repair", ["tp_quote", "tp_book", "tp_pay", "tp_fixed"]),
            ("home_repair", "上门维修", "Home repair", ["tp_quote", "tp_book", "tp_pay", "tp_dispatch", "tp_fixed"]),
            ("warranty_claim", "质保理赔", "Warranty claim", ["tp_claim", "tp_claim_ok"]),
            ("care_plan", "保养套餐", "Care plan", ["tp_plan_page", "tp_plan_buy"])]
SEGMENTS = [("student", "学生"), ("commuter", "通勤族"), ("courier", "骑手")]
VENUES = [("HZ01", "杭州西湖店"), ("HZ02", "杭州滨江店"), ("NB01", "宁波鄞州店")]
MODELS = ("City 3", "Roadie", "Cargo X")
BRANDS = ("Giant", "Trek", "Giant", "Merida", "Giant")
# the kind of repair, in English on the orders and the events, in Chinese on the events only
KINDS = (("tyre", "换胎"), ("brake", "刹车调校"), ("chain", "换链条"))


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5801)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 14) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events, orders = [], [], []

    def ev(cid: str, at: datetime, tp: str, mode: str = "", venue: tuple[str, str] = ("", ""),
           kind: tuple[str, str] = ("", "")) -> None:
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), tp, mode, *venue, *kind))

    for i in range(700):
        cid = f"C{i:04d}"
        seg, seg_zh = SEGMENTS[i % 3]
        venue = VENUES[i % 3]
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(8, 20))
        customers.append((cid, at.isoformat(sep=" "), seg, seg_zh, "hangzhou" if venue[0].startswith("HZ") else "ningbo",
                          rnd.choice(MODELS), BRANDS[i % len(BRANDS)] if i % 3 != 2 else "Trek"))
        for _ in range(1 + rnd.randrange(3)):
            day = at + timedelta(days=rnd.randrange(60))
            mode = "home" if rnd.random() < 0.4 else "shop"
            kind = rnd.choice(KINDS)
            ev(cid, day, "tp_quote", mode, venue, kind)
            if rnd.random() < 0.75:
                ev(cid, day + timedelta(minutes=10), "tp_book", mode, venue, kind)
                status = "paid" if rnd.random() < 0.85 else "cancelled"
                orders.append((f"O{len(orders):05d}", cid, (day + timedelta(minutes=12)).isoformat(sep=" "),
                               round(60 + rnd.random() * 240 + (150 if kind[0] == "chain" else 0), 2), status,
                               "repair", mode, *venue, kind[0]))
                if status == "paid":
                    ev(cid, day + timedelta(minutes=12), "tp_pay", mode, venue, kind)
                    if mode == "home":
                        ev(cid, day + timedelta(hours=20), "tp_dispatch", mode, venue, kind)
                    ev(cid, day + timedelta(days=1), "tp_fixed", mode, venue, kind)
        if rnd.random() < 0.2:
            day = at + timedelta(days=rnd.randrange(90))
            ev(cid, day, "tp_claim")
            if rnd.random() < 0.6:
                ev(cid, day + timedelta(days=3), "tp_claim_ok")
        if rnd.random() < 0.3:
            day = at + timedelta(days=rnd.randrange(90))
            ev(cid, day, "tp_plan_page", "", venue)
            if rnd.random() < 0.5:
                ev(cid, day + timedelta(minutes=3), "tp_plan_buy", "", venue)
                orders.append((f"O{len(orders):05d}", cid, (day + timedelta(minutes=3)).isoformat(sep=" "),
                               199.0, "paid", "care_plan", "", *venue, ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "segment_zh", "region", "bike_name",
                                      "brand"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "service_mode", "venue_id",
                                   "venue_name", "repair_kind", "repair_kind_zh"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "service_mode",
                                   "venue_id", "venue_name", "repair_kind"], orders)
    return {"orders": orders, "events": events, "customers": customers}


@pytest.fixture(scope="module")
def bikes(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("understanding_s58"), _folder) as out:
        yield out


def test_a_journey_named_with_orders_is_the_kind_a_shared_column_names(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(1 for o in facts["orders"] if o[6] == "home" and "2026-04-01" <= o[2] < "2026-07-01")
    every = sum(1 for o in facts["orders"] if "2026-04-01" <= o[2] < "2026-07-01")
    assert want != every
    a = service.answer("2026年二季度一共完成了多少单上门维修？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_a_journey_no_order_column_names_is_refused_on_orders(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("How much revenue did the warranty claim journey bring in 2025?")
    assert a.status == "unsupported", (a.tool_calls, a.answer)
    assert "warranty claim" in a.answer and "journey" in a.answer, a.answer


def test_students_counted_are_the_customers_of_that_segment(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(1 for c in facts["customers"] if c[3] == "学生")
    a = service.answer("我们一共有多少学生用户？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a) and want != len(facts["customers"]), (want, a.tool_calls, a.answer)


def test_the_people_of_paid_orders_are_the_buyers(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    paid = [o for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025")]
    people = len({o[1] for o in paid})
    b = service.answer("2025年已支付的人有多少？")
    assert b.status == "ok", b.answer
    assert people in first_numbers(b), (people, b.tool_calls, b.answer)


def test_a_things_code_and_name_are_grouped_by_its_name(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    money = Counter()
    for o in facts["orders"]:
        if o[4] == "paid" and o[2].startswith("2025"):
            money[o[8]] += o[3]
    top = money.most_common(1)[0][0]
    a = service.answer("2025年哪家场馆营收最高？")
    assert a.status == "ok", a.answer
    assert top in a.tables[0].rows[0], (top, a.tool_calls, a.tables[0].rows[:2])


def test_the_last_noun_of_a_compound_names_the_column(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    top = Counter(c[6] for c in facts["customers"] if c[4] == "hangzhou").most_common(1)[0][0]
    a = service.answer("What's the most common bike brand among our Hangzhou customers?")
    assert a.status == "ok", a.answer
    assert top in a.tables[0].rows[0], (top, a.tool_calls, a.tables[0].rows[:2])


def test_a_column_the_orders_lack_is_read_as_its_twin_they_keep(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    paid = [o[3] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025") and o[9] == "chain"]
    want = round(sum(paid) / len(paid), 2)
    a = service.answer("2025年换链条订单（已支付）的平均客单价是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_a_word_only_one_journey_holds_before_a_journey_noun_names_it(bikes) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer("保养流程里哪一步丢的人最多？")
    assert a.status == "ok", a.answer
    assert [c.args.get("journey_id") for c in a.tool_calls if c.name == "funnel_dropoff"] == ["care_plan"], a.tool_calls
    assert a.tables[0].rows[0][list(a.tables[0].columns).index("touchpoint_id")] == "tp_plan_page", a.tables[0].rows[:2]


@pytest.mark.parametrize("question", ["2025年最多人卡在哪一步？（走到这一步但没进到下一步）",
                                      "In 2025, where did most people get stuck - which step did the most customers "
                                      "reach without ever making it to the next one?"])
def test_stuck_at_which_step_is_the_drop_off(bikes, question: str) -> None:  # noqa: ANN001
    service, _ = bikes
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert [c.name for c in a.tool_calls] == ["funnel_dropoff"], a.tool_calls
