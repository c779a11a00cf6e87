"""Rates the asker defines in the question ("接单率=骑手接单数/下单数", "(failed payments / all payment attempts)"):
both sides read from the names inside them, the rest of the question slicing both, the rate's own name no slice.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

TPS = [("tp_place", "Order placed", "下单", "Order placed", "purchase", "下单|place order|order placed"),
       ("tp_accept", "Rider accepted", "骑手接单", "Rider accepted", "purchase", "接单|rider accepted|accepted"),
       ("tp_pay_ok", "Payment", "支付成功", "Payment", "purchase", "支付|付款|payment|paid"),
       ("tp_pay_fail", "Payment failed", "支付失败", "Payment failed", "purchase", "支付失败|付款失败|payment failed"),
       ("tp_cancel", "Cancel/Refund", "取消/退单", "Cancel/Refund", "service", "取消|退单|cancel"),
       ("tp_chargeback", "Chargeback", "拒付", "Chargeback", "service", "chargeback|拒付")]
CITIES = ("上海", "北京", "成都")
START = datetime(2025, 1, 1)


def _delivery(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TPS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("order", "Order", 1, "tp_place", 7), ("order", "Order", 2, "tp_accept", 7),
               ("order", "Order", 3, "tp_pay_ok", 7)])
    customers, events, orders = [], [], []
    fail_by_city = {"上海": 0.05, "北京": 0.25, "成都": 0.12}
    for i in range(500):
        cid = f"C{i:04d}"
        city = CITIES[i % 3]
        customers.append((cid, "new" if i % 2 else "returning"))
        for k in range(1 + rnd.randrange(3)):
            day = START + timedelta(days=rnd.randrange(540), hours=rnd.randrange(24))
            oid = f"{cid}-{k}"
            events.append((f"{oid}-p", cid, day.isoformat(sep=" "), "tp_place", "submit", city))
            if rnd.random() < 0.8:
                events.append((f"{oid}-a", cid, (day + timedelta(minutes=3)).isoformat(sep=" "), "tp_accept", "view", city))
                if rnd.random() < fail_by_city[city]:
                    events.append((f"{oid}-f", cid, (day + timedelta(minutes=5)).isoformat(sep=" "), "tp_pay_fail",
                                   "fail", city))
                events.append((f"{oid}-s", cid, (day + timedelta(minutes=6)).isoformat(sep=" "), "tp_pay_ok",
                               "success", city))
                r = rnd.random()
                status = "refunded" if r < 0.15 else "chargeback" if r < 0.2 else "paid"
                if status == "chargeback":
                    events.append((f"{oid}-cb", cid, (day + timedelta(days=3)).isoformat(sep=" "), "tp_chargeback",
                                   "submit", city))
                promised = (30, 45, 60)[i % 3]
                orders.append((oid, cid, (day + timedelta(minutes=6)).isoformat(sep=" "), status, 30.0 + k,
                               15 + rnd.randrange(50), promised))
            elif rnd.random() < 0.5:
                events.append((f"{oid}-c", cid, (day + timedelta(minutes=9)).isoformat(sep=" "), "tp_cancel", "submit",
                               city))
    write_csv(tmp / "customers.csv", ["customer_id", "segment"], customers)
    pay = ("wechat_pay", "alipay", "unionpay")
    events = [e + (pay[i % 3] if e[3] in ("tp_pay_ok", "tp_pay_fail") else "",) for i, e in enumerate(events)]
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "city", "payment_method"],
              events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "status", "amount", "delivery_minutes",
                                   "promised_minutes"], orders)
    return {"events": events, "orders": orders}


@pytest.fixture(scope="module")
def delivery(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("ratio"), _delivery) as out:
        yield out


def _n(events, tps, year="2025", city=None) -> int:
    return sum(1 for e in events if e[3] in tps and e[2].startswith(year) and (city is None or e[5] == city))


def _calls(answer) -> list[str]:  # noqa: ANN001
    return [c.name for c in answer.tool_calls]


@pytest.mark.parametrize("q", [
    "2025年骑手接单率是多少？接单率=骑手接单数/下单数",
    "What was the rider acceptance rate in 2025? (rider accepted / orders placed)",
    "2025年的接单率（骑手接单的下单数 ÷ 下单数）是多少",
])
def test_a_rate_defined_from_two_steps(delivery, q: str) -> None:
    service, f = delivery
    a = ask(service, q)
    want = _n(f["events"], {"tp_accept"}) / _n(f["events"], {"tp_place"})
    assert a.status == "ok" and _calls(a) == ["metric_ratio"], (a.status, a.answer)
    assert first_numbers(a)[0] == pytest.approx(want, abs=1e-9)
    # the answer states the definition it used and both counts
    assert str(_n(f["events"], {"tp_accept"})) in a.answer.replace(",", "")


@pytest.mark.parametrize("q", [
    "Which city had the highest payment failure rate in 2025 (failed payments / all payment attempts)?",
    "2025年哪个城市的支付失败率最高？失败率=支付失败次数/（支付成功+支付失败次数）",
    "2025年按城市看支付失败率，失败率=失败次数/全部支付次数，哪个最高",
])
def test_a_defined_rate_ranked_by_a_grouping(delivery, q: str) -> None:
    service, f = delivery
    a = ask(service, q)
    rates = {c: _n(f["events"], {"tp_pay_fail"}, city=c) / _n(f["events"], {"tp_pay_ok", "tp_pay_fail"}, city=c)
             for c in CITIES}
    assert a.status == "ok" and _calls(a) == ["metric_ratio"], (a.status, a.answer)
    top = a.tables[0].rows[0]
    assert top[0] == max(rates, key=rates.get) and top[1] == pytest.approx(max(rates.values()), abs=1e-9)


def test_the_rest_of_the_question_slices_both_sides_and_a_follow_up_keeps_the_rate(delivery) -> None:
    service, f = delivery
    a = ask(service, "What was the payment failure rate in Chengdu in 2025? (failed payments / all payment attempts)")
    want = _n(f["events"], {"tp_pay_fail"}, city="成都") / _n(f["events"], {"tp_pay_ok", "tp_pay_fail"}, city="成都")
    assert a.status == "ok" and first_numbers(a)[0] == pytest.approx(want, abs=1e-9), a.answer
    b = ask(service, "And for Beijing?", session=a.session_id)
    want_b = _n(f["events"], {"tp_pay_fail"}, city="北京") / _n(f["events"], {"tp_pay_ok", "tp_pay_fail"}, city="北京")
    assert b.status == "ok" and _calls(b) == ["metric_ratio"], b.answer
    assert first_numbers(b)[0] == pytest.approx(want_b, abs=1e-9)


def test_a_rate_of_order_statuses_and_a_trend(delivery) -> None:
    service, f = delivery
    a = ask(service, "What share of orders were refunded in 2025? Refunded orders divided by all orders.")
    o25 = [o for o in f["orders"] if o[2].startswith("2025")]
    assert a.status == "ok" and _calls(a) == ["metric_ratio"], a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(o[3] == "refunded" for o in o25) / len(o25), abs=1e-9)
    t = ask(service, "2025年每月的接单率趋势，接单率=骑手接单数/下单数")
    assert t.status == "ok" and _calls(t) == ["metric_ratio"], t.answer
    months = Counter(e[2][:7] for e in f["events"] if e[3] == "tp_accept" and e[2].startswith("2025"))
    placed = Counter(e[2][:7] for e in f["events"] if e[3] == "tp_place" and e[2].startswith("2025"))
    rows = {r[0]: r[1] for r in t.tables[0].rows}
    assert len(rows) == 12 and rows["2025-03"] == pytest.approx(months["2025-03"] / placed["2025-03"], abs=1e-9)


def test_a_side_that_names_nothing_is_refused_and_a_step_name_with_a_slash_is_no_rate(delivery) -> None:
    service, f = delivery
    a = ask(service, "What was the happiness rate in 2025 (happy customers / all customers)?")
    assert a.status == "unsupported" and "happy customers" in a.answer, a.answer
    # without a rate named, "A / B" lists alternatives
    c = ask(service, "How many payment failures / cancellations were there in 2025?")
    assert "metric_ratio" not in _calls(c), c.answer
    b = ask(service, "2025年取消/退单有多少次？")
    assert "metric_ratio" not in _calls(b) and b.status == "ok", b.answer
    assert _n(f["events"], {"tp_cancel"}) in first_numbers(b)


def _orders_2025(f, test) -> int:  # noqa: ANN001
    return sum(1 for o in f["orders"] if o[2].startswith("2025") and test(o[5]))


@pytest.mark.parametrize("q, test", [
    # the unit names the column: of two minute columns the measured one, not the few promised targets
    ("How many orders took more than 40 minutes to arrive in 2025?", lambda m: m > 40),
    ("2025年配送用时超过40分钟的订单有多少？", lambda m: m > 40),
    ("how many orders were late in 2025? late = took over 40 min", lambda m: m > 40),
    ("2025年有多少订单是30分钟以内送达的", lambda m: m <= 30),
])
def test_a_threshold_on_a_numeric_column_said_in_its_unit(delivery, q: str, test) -> None:  # noqa: ANN001
    service, f = delivery
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == _orders_2025(f, test), (a.answer, a.tool_calls)


@pytest.mark.parametrize("q", ["What share of orders were delivered within 30 minutes in 2025?",
                               "2025年的准时率是多少？30分钟以内送达算准时"])
def test_the_share_of_rows_past_a_threshold(delivery, q: str) -> None:
    service, f = delivery
    a = ask(service, q)
    assert a.status == "ok" and _calls(a) == ["metric_ratio"], a.answer
    want = _orders_2025(f, lambda m: m <= 30) / _orders_2025(f, lambda m: True)
    assert first_numbers(a)[0] == pytest.approx(want, abs=1e-9)


@pytest.mark.parametrize("q, status", [
    ("How much did we collect from paid orders in 2025?", "paid"),
    ("2025年实收多少钱？只算已支付的订单", "paid"),
    # a status of the company's own, named with its column, is the status, not the chargeback step
    ("What's the total amount of orders in chargeback status in 2025?", "chargeback"),
])
def test_money_taken_in_and_a_status_of_the_companys_own(delivery, q: str, status: str) -> None:
    service, f = delivery
    a = ask(service, q)
    want = sum(o[4] for o in f["orders"] if o[2].startswith("2025") and o[3] == status)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), (a.answer, a.tool_calls)


def test_a_definition_in_parentheses_needs_no_rate_word(delivery) -> None:
    # "fails most often" restates the rate the parentheses define; it slices nothing by a failed action
    service, f = delivery
    a = ask(service, "Which city fails most often at payment in 2025? (payment failures / payments)")
    rates = {c: _n(f["events"], {"tp_pay_fail"}, city=c) / _n(f["events"], {"tp_pay_ok"}, city=c) for c in CITIES}
    assert a.status == "ok" and _calls(a) == ["metric_ratio"], a.answer
    assert a.tables[0].rows[0][0] == max(rates, key=rates.get)
    assert a.tables[0].rows[0][1] == pytest.approx(max(rates.values()), abs=1e-9)


@pytest.mark.parametrize("q", ["How many unique customers had a chargeback order in 2025?",
                               "How many different customers had orders in chargeback status in 2025?"])
def test_people_counted_by_what_their_orders_are_are_buyers(delivery, q: str) -> None:
    # a status only orders hold: the people are those with such orders, not the people active on events
    service, f = delivery
    a = ask(service, q)
    want = len({o[1] for o in f["orders"] if o[2].startswith("2025") and o[3] == "chargeback"})
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (a.answer, a.tool_calls)


def test_people_counted_right_after_the_count_word(delivery) -> None:
    service, f = delivery
    a = ask(service, "2025年有多少个客户有过已支付的订单？")  # customers counted, not their orders
    want = len({o[1] for o in f["orders"] if o[2].startswith("2025") and o[3] == "paid"})
    assert a.status == "ok" and first_numbers(a)[0] == want, (a.answer, a.tool_calls)


@pytest.mark.parametrize("q", ["Which city brought in the most orders in 2025?", "2025年一共收到多少次付款失败？"])
def test_counting_words_are_no_money(delivery, q: str) -> None:
    service, _ = delivery
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert all(c.args.get("metric_id") not in ("revenue", "amount_all_statuses") for c in a.tool_calls), a.tool_calls


def test_a_count_over_the_whole_dataset_and_the_average_ticket(delivery) -> None:
    service, f = delivery
    a = ask(service, "how many orders got refunded in total, whole dataset?")
    assert a.status == "ok" and first_numbers(a)[0] == sum(o[3] == "refunded" for o in f["orders"]), a.answer
    b = ask(service, "What was our average ticket in 2025? Paid orders only.")
    paid = [o[4] for o in f["orders"] if o[2].startswith("2025") and o[3] == "paid"]
    assert b.status == "ok" and first_numbers(b)[0] == pytest.approx(sum(paid) / len(paid)), b.answer


def test_a_payment_step_named_with_money_is_the_orders(delivery) -> None:
    service, f = delivery
    a = ask(service, "How much money did we collect from payments in 2025?")
    want = sum(o[4] for o in f["orders"] if o[2].startswith("2025") and o[3] == "paid")
    assert a.status == "ok" and first_numbers(a)[0] == pytest.approx(want), (a.answer, a.tool_calls)


@pytest.mark.parametrize("q", ["2025年单笔金额超过31元的已支付订单有多少单？", "How many paid orders over ¥31 did we have in 2025?"])
def test_a_threshold_on_the_orders_own_amount(delivery, q: str) -> None:
    service, f = delivery
    a = ask(service, q)
    want = sum(1 for o in f["orders"] if o[2].startswith("2025") and o[3] == "paid" and o[4] > 31)
    assert a.status == "ok" and first_numbers(a)[0] == want, (a.answer, a.tool_calls)



@pytest.mark.parametrize("q, method", [("2025年微信支付的支付失败率是多少？失败率=支付失败次数/（支付成功+支付失败次数）", "wechat_pay"),
                                       ("2025年云闪付的支付失败率是多少？失败率=支付失败次数/（支付成功+支付失败次数）", "unionpay")])
def test_payment_methods_as_people_say_them(delivery, q: str, method: str) -> None:
    service, f = delivery
    a = ask(service, q)
    fail = sum(1 for e in f["events"] if e[3] == "tp_pay_fail" and e[2].startswith("2025") and e[6] == method)
    both = sum(1 for e in f["events"] if e[3] in ("tp_pay_fail", "tp_pay_ok") and e[2].startswith("2025") and e[6] == method)
    assert a.status == "ok" and first_numbers(a)[0] == pytest.approx(fail / both), (a.answer, a.tool_calls)
