"""Questions of session 59's work on the causes seen in session 58's blind batches, on the data of a climbing gym
chain written here (orders keep their kind as English codes; only the orders keep the course pack in Chinese):

- "2025年储物柜费收入是多少？": jieba cuts 储物柜费 into 储物柜 + 费, "locker" + "fee" — together the order kind
  locker_fee, never a word the data has nothing of;
- "2025年哪家门店的攀岩上课签到次数最多？": 攀岩 leads the orders' course pack 攀岩课包, but it is said right before the
  step 上课签到, whose events never carry the orders' column — it says which check-in, and slices nothing;
- "How many students do we have?", "How many athletes do we have?": students and athletes are the customers' segments
  — the people of that kind, never every customer (nor their events);
- "How many customers bought something in 2025?", "2025年有多少客户下过单？", "How many students placed an order in
  2025?": people who bought are the buyers (a paid order in the period), never everyone active;
- "How many orders were refunded in 2025 because of lost cards or broken lockers?": card_lost and locker_broken said
  the English way round, the state before the thing — both reasons, never one of them;
- "How many membership renewals were paid in 2025?": an action column's verb renew, said as its noun — the renewals,
  never new and renewed memberships together;
- "2025年关于储物柜的投诉有几条？" where 投诉 is also an alias of the step 联系客服: complaints about a topic, counted,
  are comments — never the support step's events;
- "哪个月攀岩课包和团课课包卖得最多？": two values of one column with "which month" asked are one slice ranked by
  month — never the two packs compared;
- "墨尔本的客户有多少？" where the customers' region is written melbourne: the dictionary's proper name;
- "客户分群里属于流失（lapsed）的有多少人？": 流失 spelled out as the value lapsed in the parentheses right after it is
  that value's name — no churn rate, and no journey to ask for.

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
    ("tp_visit", "官网浏览", "官网浏览", "Website visit", "awareness", "官网|website"),
    ("tp_book", "预约场次", "预约场次", "Session booked", "consideration", "预约|booking"),
    ("tp_pay", "在线支付", "在线支付", "Payment", "purchase", "付款|pay"),
    ("tp_checkin", "上课签到", "上课签到", "Class check-in", "service", "签到|check-in"),
    ("tp_review", "课后评价", "课后评价", "Post-class review", "loyalty", "评价|review"),
    ("tp_support", "联系客服", "联系客服", "Contact support", "service", "客服|投诉|support"),
]
COMMENTS = (("储物柜坏了，锁打不开，东西取不出来", 1), ("储物柜的锁又坏了，太耽误时间", 2),
            ("教练很专业，课程安排合理", 5), ("The locker was broken again and I could not get my bag", 1),
            ("场馆很干净，下次还来", 5), ("教练迟到了二十分钟", 2))
REGIONS = ("beijing", "shanghai", "melbourne")
JOURNEYS = [("visit", "到馆体验", "Gym visit", ["tp_visit", "tp_book", "tp_pay", "tp_checkin", "tp_review"]),
            ("help", "客服求助", "Getting help", ["tp_support", "tp_review"])]
SEGMENTS = ("student", "parent", "athlete")
GYMS = (("BJ01", "北京望京馆"), ("BJ02", "北京三里屯馆"), ("SH01", "上海静安馆"))
# (order kind, its course pack in Chinese on the orders only, price)
KINDS = (("day_pass", "", 98.0), ("locker_fee", "", 20.0), ("course_pack", "攀岩课包", 1200.0),
         ("course_pack", "团课课包", 600.0), ("membership", "", 2400.0))
REFUND_REASONS = ("card_lost", "locker_broken", "schedule_change")


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5901)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 14) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events, orders, feedback = [], [], [], []

    def ev(cid: str, at: datetime, tp: str, gym: tuple[str, str]) -> None:
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), tp, *gym))

    for i in range(600):
        cid = f"C{i:04d}"
        seg = SEGMENTS[0] if i % 5 in (0, 1) else SEGMENTS[1] if i % 5 in (2, 3) else SEGMENTS[2] if i % 10 != 9 \
            else "lapsed"
        gym = GYMS[(i * 7) % 3] if i % 4 else GYMS[0]
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(8, 20))
        customers.append((cid, at.isoformat(sep=" "), seg, gym[0], REGIONS[i % 3] if i % 7 else "melbourne",
                          "lapsed" if i % 4 == 1 else "active"))
        for _ in range(1 + rnd.randrange(3)):
            day = at + timedelta(days=rnd.randrange(60))
            ev(cid, day, "tp_visit", gym)
            if rnd.random() < 0.7:
                ev(cid, day + timedelta(minutes=5), "tp_book", gym)
                kind, pack, price = rnd.choice(KINDS)
                status = "paid" if rnd.random() < 0.8 else rnd.choice(("cancelled", "refunded"))
                action = rnd.choice(("new", "renew", "renew")) if kind == "membership" else ""
                reason = rnd.choice(REFUND_REASONS) if status == "refunded" else ""
                orders.append((f"O{len(orders):05d}", cid, (day + timedelta(minutes=8)).isoformat(sep=" "), price,
                               status, kind, pack, gym[0], action, reason))
                if status == "paid":
                    ev(cid, day + timedelta(minutes=8), "tp_pay", gym)
                    for k in range(1 + (3 if pack else 0)):
                        ev(cid, day + timedelta(days=1 + 7 * k), "tp_checkin", gym)
                    if rnd.random() < 0.3:
                        ev(cid, day + timedelta(days=2), "tp_review", gym)
                        text, stars = rnd.choice(COMMENTS)
                        feedback.append((f"F{len(feedback):05d}", cid, (day + timedelta(days=2)).isoformat(sep=" "),
                                         "tp_review", text, stars))
                    if rnd.random() < 0.1:
                        ev(cid, day + timedelta(days=3), "tp_support", gym)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "home_gym", "region",
                                      "member_status"], customers)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "store_id", "store_name"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "pack_zh",
                                   "store_id", "member_action", "refund_reason"], orders)
    return {"orders": orders, "events": events, "customers": customers, "feedback": feedback}


@pytest.fixture(scope="module")
def gyms(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("understanding_s59"), _folder) as out:
        yield out


def test_two_words_side_by_side_name_one_value(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    want = round(sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[5] == "locker_fee"
                     and o[2].startswith("2025")), 2)
    every = round(sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025")), 2)
    assert want != every
    a = service.answer("2025年储物柜费收入是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_a_word_before_a_step_that_leads_an_order_value_names_the_step(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    names = dict(GYMS)
    top = Counter(names[e[4]] for e in facts["events"] if e[3] == "tp_checkin" and e[2].startswith("2025"))
    a = service.answer("2025年哪家门店的攀岩上课签到次数最多？")
    assert a.status == "ok", a.answer
    row = a.tables[0].rows[0]
    assert top.most_common(1)[0][0] in row or top.most_common(1)[0][1] in row, (top, a.tool_calls, a.tables[0].rows[:2])


@pytest.mark.parametrize("word,segment", [("students", "student"), ("athletes", "athlete")])
def test_a_kind_of_people_in_the_plural_counts_that_segment(gyms, word: str, segment: str) -> None:  # noqa: ANN001
    service, facts = gyms
    want = sum(1 for c in facts["customers"] if c[2] == segment)
    assert want != len(facts["customers"])
    a = service.answer(f"How many {word} do we have?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


@pytest.mark.parametrize("question,segment", [("How many customers bought something in 2025?", None),
                                              ("2025年有多少客户下过单？", None),
                                              ("How many customers made a purchase in 2025?", None),
                                              ("How many students placed an order in 2025?", "student")])
def test_people_who_bought_are_the_buyers(gyms, question: str, segment: str | None) -> None:  # noqa: ANN001
    service, facts = gyms
    seg = {c[0]: c[2] for c in facts["customers"]}
    want = len({o[1] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025")
                and (segment is None or seg[o[1]] == segment)})
    active = len({e[1] for e in facts["events"] if e[2].startswith("2025") and (segment is None or seg[e[1]] == segment)})
    assert want != active
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_codes_said_the_english_way_round_are_each_named(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    want = sum(1 for o in facts["orders"] if o[4] == "refunded" and o[2].startswith("2025")
               and o[9] in ("card_lost", "locker_broken"))
    one = sum(1 for o in facts["orders"] if o[4] == "refunded" and o[2].startswith("2025") and o[9] == "card_lost")
    assert want != one
    a = service.answer("How many orders were refunded in 2025 because of lost cards or broken lockers?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_an_action_said_as_its_noun_names_the_action(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    want = sum(1 for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025") and o[8] == "renew")
    every = sum(1 for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025") and o[5] == "membership")
    assert want != every
    a = service.answer("How many membership renewals were paid in 2025?")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)


def test_complaints_about_a_topic_are_comments_not_a_steps_events(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    a = service.answer("2025年关于储物柜的投诉有几条？")
    assert a.status == "ok", a.answer
    assert [c.name for c in a.tool_calls] == ["feedback_count"], (a.tool_calls, a.answer)
    support = sum(1 for e in facts["events"] if e[3] == "tp_support" and e[2].startswith("2025"))
    assert support not in first_numbers(a), (support, a.answer)


def test_which_month_with_two_values_of_a_column_ranks_months(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    months = Counter(o[2][:7] for o in facts["orders"] if o[6] in ("攀岩课包", "团课课包") and o[4] == "paid")
    top, n = months.most_common(1)[0]
    assert n > months.most_common(2)[1][1]
    a = service.answer("哪个月攀岩课包和团课课包卖得最多？（已付款）")
    assert a.status == "ok", a.answer
    assert str(a.tables[0].rows[0][0]).startswith(top), (top, a.tool_calls, a.tables[0].rows[:2])


def test_a_place_the_data_writes_in_english_is_named_in_chinese(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    want = sum(1 for c in facts["customers"] if c[4] == "melbourne")
    a = service.answer("墨尔本的客户有多少？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a) and want != len(facts["customers"]), (want, a.tool_calls, a.answer)


def test_a_measures_word_spelled_out_as_a_value_is_that_value(gyms) -> None:  # noqa: ANN001
    service, facts = gyms
    want = sum(1 for c in facts["customers"] if c[2] == "lapsed")
    a = service.answer("客户分群里属于流失（lapsed）的有多少人？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tool_calls, a.answer)
