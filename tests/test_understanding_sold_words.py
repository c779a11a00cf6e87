"""Words about what was sold and who bought it, from blind batches (a music festival, a car-inspection agency, an
eye clinic, a workspace app):

- "注册会员里学生占多大比例": students among those who signed up (the people word after 里 is the value itself);
- "what share bought a ticket for that festival", "刷到我们音乐节的人": a column said with "that" or "our" is the
  case's own value, no grouping by it;
- "how many tickets did we sell", "门票销量": what was sold is the paid orders, of the kind the word names;
- "what share of the tickets we sold were early bird? (paid ticket orders)": the part is said before the "?";
- "treatment packages" with no experiments in the data: a kind of package, no A/B test;
- "were for EVs": a code written in capitals with a plural s;
- "avg spend per paying family": money per paying customer ("families" → family);
- "service fees alone, not counting parking fees, merch or transfer fees": one kind of orders, the rest listed out.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

FANS = (("student", "学生"), ("family", "家庭"), ("professional", "上班族"))
FESTIVALS = (("湾区跨年音乐节", "Bay Countdown"), ("古城民谣音乐节", "Old Town Folk"))


def _festival(tmp: Path) -> dict[str, object]:
    rnd = random.Random(11)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_discover", "刷到宣传", "刷到宣传", "Discovery", "awareness", "刷到|discover"),
               ("tp_signup", "注册会员", "注册会员", "Sign-up", "consideration", "注册|sign up"),
               ("tp_prereg", "预登记", "预登记", "Pre-registration", "consideration", "预登记|pre-register"),
               ("tp_ticket", "购票", "购票", "Ticket purchase", "purchase", "买票|buy a ticket|bought a ticket"),
               ("tp_gate", "入场", "入场", "Gate entry", "service", "入场|entry")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("ticketing", "Ticketing", 1, "tp_discover", 60), ("ticketing", "Ticketing", 2, "tp_prereg", 60),
               ("ticketing", "Ticketing", 3, "tp_ticket", 60)])
    customers, events, orders = [], [], []
    for i in range(400):
        cid = f"C{i:04d}"
        en, zh = FANS[i % 3]
        customers.append((cid, "2024-12-01 00:00:00", en, zh, ("douyin", "weibo")[i % 2]))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(10))
        fz, fe = FESTIVALS[i % 2]
        ev = [("tp_discover", at)]
        if i % 4 != 3:
            ev.append(("tp_signup", at + timedelta(hours=1)))
        if rnd.random() < 0.7:
            ev.append(("tp_prereg", at + timedelta(days=1)))
            if rnd.random() < 0.6:
                ev.append(("tp_ticket", at + timedelta(days=3)))
                tier = rnd.choice(["early_bird", "regular", "vip"])
                status = rnd.choice(["paid", "paid", "paid", "cancelled"])
                orders.append((f"T{cid}", cid, (at + timedelta(days=3)).isoformat(sep=" "),
                               {"early_bird": 300.0, "regular": 400.0, "vip": 900.0}[tier], status, "ticket", "门票",
                               tier, "", "", fz, fe))
        n = 0
        for kind, zh_kind, amount in (("parking_fee", "停车费", 50.0), ("service_fee", "服务费", 20.0),
                                      ("merch", "周边", 120.0), ("package", "套餐", 260.0)):
            if rnd.random() < 0.35:
                when = at + timedelta(days=4, hours=n)
                vehicle = rnd.choice(["ev", "suv", "sedan"]) if kind == "parking_fee" else ""
                treat = rnd.choice(["massage", "spa"]) if kind == "package" else ""
                orders.append((f"X{cid}-{n}", cid, when.isoformat(sep=" "), amount,
                               rnd.choice(["paid", "paid", "refunded"]), kind, zh_kind, "", vehicle, treat, fz, fe))
                n += 1
        if i == 0:
            ev.append(("tp_gate", datetime(2025, 12, 31, 20)))  # (the data runs to the end of the year)
        for k, (tp, t) in enumerate(ev):
            events.append((f"{cid}-{k}", cid, t.isoformat(sep=" "), tp, "success", fz, fe))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "fan_type", "粉丝类型", "source"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "festival",
                                   "festival_en"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                                   "ticket_tier", "vehicle_type", "treatment_type", "festival", "festival_en"], orders)
    return {"customers": customers, "events": events, "orders": orders}


@pytest.fixture(scope="module")
def festival(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("sold_words"), _festival) as out:
        yield out


def _paid(facts: dict, kind: str) -> list[tuple]:
    return [o for o in facts["orders"] if o[5] == kind and o[4] == "paid" and o[2].startswith("2025")]


def test_students_among_those_who_signed_up(festival) -> None:  # noqa: ANN001
    service, facts = festival
    signed = {e[1] for e in facts["events"] if e[3] == "tp_signup"}
    kind = {c[0]: c[3] for c in facts["customers"]}
    want = sum(1 for c in signed if kind[c] == "学生") / len(signed)
    a = ask(service, "注册会员里学生占多大比例？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, abs=0.001), a.answer


@pytest.mark.parametrize("q", ["Of the pre-registrations made in 2025, what share ended up buying a ticket for that festival?",
                               "2025年刷到我们音乐节的人，最后有多少比例买了票？按每人每场音乐节算"])
def test_that_festival_and_our_festival_group_nothing(festival, q) -> None:  # noqa: ANN001
    service, _ = festival
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert not {"festival", "festival_en"} & set(a.tables[0].columns), a.answer
    assert 0 < first_numbers(a)[0] <= 1, a.answer  # a rate, not a count of people per festival


@pytest.mark.parametrize("q", ["How many tickets did we sell in 2025?", "2025年门票卖了多少张？", "2025年门票销量是多少？"])
def test_tickets_sold_are_the_paid_ticket_orders(festival, q) -> None:  # noqa: ANN001
    service, facts = festival
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == len(_paid(facts, "ticket")), a.answer


def test_the_part_is_said_before_the_question_mark(festival) -> None:  # noqa: ANN001
    service, facts = festival
    paid = _paid(facts, "ticket")
    a = ask(service, "What share of the tickets we sold in 2025 were early bird? (paid ticket orders)")
    assert a.status == "ok", a.answer
    row = next(r for r in a.tables[0].rows if r[0] == "early_bird")
    assert row[-1] == pytest.approx(sum(1 for o in paid if o[7] == "early_bird") / len(paid), abs=0.001), a.answer


def test_treatment_packages_are_no_experiment_without_experiments(festival) -> None:  # noqa: ANN001
    service, facts = festival
    paid = _paid(facts, "package")
    a = ask(service, "What share of the treatment packages we sold in 2025 were massage? by number of paid package orders")
    assert a.status == "ok", a.answer
    row = next(r for r in a.tables[0].rows if r[0] == "massage")
    assert row[-1] == pytest.approx(sum(1 for o in paid if o[9] == "massage") / len(paid), abs=0.001), a.answer


def test_a_capital_code_with_a_plural_s_is_the_code(festival) -> None:  # noqa: ANN001
    service, facts = festival
    paid = _paid(facts, "parking_fee")
    a = ask(service, "What % of the paid parking fee orders in 2025 were for EVs?")
    assert a.status == "ok", a.answer
    row = next(r for r in a.tables[0].rows if r[0] == "ev")
    assert row[-1] == pytest.approx(sum(1 for o in paid if o[8] == "ev") / len(paid), abs=0.001), a.answer


def test_spend_per_paying_family(festival) -> None:  # noqa: ANN001
    service, facts = festival
    paid = [o for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025")]
    want = sum(o[3] for o in paid) / len({o[1] for o in paid})
    a = ask(service, "avg spend per paying family in 2025?")
    assert a.status == "ok", a.answer
    assert any(abs(x - want) < 0.01 for x in first_numbers(a)), a.answer


def test_one_kind_of_fees_with_the_rest_listed_out(festival) -> None:  # noqa: ANN001
    service, facts = festival
    want = sum(o[3] for o in _paid(facts, "service_fee"))
    a = ask(service, "How much did we take in service fees alone in 2025? Not counting parking fees, merch or packages.")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, abs=0.01), a.answer
