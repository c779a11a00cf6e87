"""Columns a company brings, read as a careful analyst would (causes seen in session 16's blind batches):

- a threshold share ("what share of rides lasted more than 30 minutes") is a share of the rows that have the
  column at all (the rides), not of every order (pass purchases have no ride time);
- a column both the touchpoints file and the events carry (`document`: permit / declaration / payment) is read
  on the raw events when a funnel is sliced by it (the derived funnel table keeps no event extras);
- words that say what the named steps are ("a permit's submission", "its payment": the steps' own `document`)
  are no groups to compare: the time between the two steps is asked;
- a number on the touchpoints file (a shop's price per head) describes the place: no measure over a period;
- a word quoted as written ("带“咸”字的评价", "contain 不会再", "bring up the air conditioning (空调)") is counted as
  written, a single Chinese character too;
- a company's column named in Chinese ("组织单元" for org_unit): read off the dictionary's senses of its words;
- a column whose own name is Chinese (客户类型) is read like any other (its JSON key kept as written);
- people counted or ranked by their own columns, with no period or step said, are the customers on record.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _permits(tmp: Path) -> dict[str, object]:
    rnd = random.Random(16)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv",
              ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases", "document", "price_per_head"],
              [("tp_submit", "Travel permit submitted", "出差申请提交", "Travel permit submitted", "consideration",
                "submission|提交申请", "permit", "12"),
               ("tp_approve", "Travel permit approved", "出差申请批准", "Travel permit approved", "consideration",
                "approval|批准", "permit", "30"),
               ("tp_pay", "Payment handled", "付款完成", "Payment handled", "service", "paid|payout|已付款",
                "payment", "45")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("travel", "Travel", 1, "tp_submit", 90), ("travel", "Travel", 2, "tp_approve", 90),
               ("travel", "Travel", 3, "tp_pay", 90)])
    customers, events, orders, cases = [], [], [], []
    for i in range(300):
        cid = f"P{i:04d}"
        t0 = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(300), minutes=rnd.randrange(1440))
        kind = ("family", "家庭") if i % 5 < 3 else ("student", "学生") if i % 5 == 3 else ("office", "公司")
        campus = ("望京园", "Wangjing") if i % 4 < 2 else ("张江园", "Zhangjiang") if i % 4 == 2 else ("国贸园", "Guomao")
        customers.append((cid, t0.isoformat(sep=" "), f"organizational unit {6540 + i % 3 + (i % 7 == 0)}", *kind,
                          *campus))
        times = {"tp_submit": t0}
        if rnd.random() < 0.8:
            times["tp_approve"] = t0 + timedelta(days=rnd.uniform(0.5, 10))
            if rnd.random() < 0.7:
                times["tp_pay"] = times["tp_approve"] + timedelta(days=rnd.uniform(1, 60))
        doc = {"tp_submit": "permit", "tp_approve": "permit", "tp_pay": "payment"}
        for k, (tp, ts) in enumerate(times.items()):
            events.append((f"{cid}-{k}", cid, ts.isoformat(sep=" "), tp, "log", doc[tp]))
        cases.append(times)
        # rides carry their minutes; pass purchases have none
        for r in range(rnd.randrange(1, 4)):
            ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(280), minutes=rnd.randrange(1440))
            minutes = round(rnd.expovariate(1 / 20), 1)
            orders.append((f"R{i:04d}{r}", cid, ts.isoformat(sep=" "), 3.0, "paid", "ride", minutes))
        if rnd.random() < 0.5:
            ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(280))
            orders.append((f"M{i:04d}", cid, ts.isoformat(sep=" "), 20.0, "paid", "pass", ""))
    # 30 customers who never did anything: on record, never active
    customers += [(f"Q{i:03d}", "2025-03-01 10:00:00", "organizational unit 6540", "office", "公司", "国贸园", "Guomao")
                  for i in range(30)]
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "org_unit", "segment", "客户类型", "campus", "campus_en"],
              customers)
    phrases = ["锅底太咸了", "服务很好，还会再来", "不会再来了", "空调不够冷", "味道一般", "很好吃", "咸淡正好，还会再来"]
    feedback = [(f"F{n:04d}", f"P{n % 300:04d}", (datetime(2025, 1, 1) + timedelta(days=n % 280)).isoformat(sep=" "),
                 "tp_pay", phrases[n % len(phrases)] + ("" if n % 3 else "，下次带朋友"), 1 + n % 5) for n in range(210)]
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "document"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "ride_minutes"],
              orders)
    return {"cases": cases, "orders": orders, "customers": customers, "feedback": feedback}


@pytest.fixture(scope="module")
def permits(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("columns"), _permits) as out:
        yield out


@pytest.mark.parametrize("q", ["What share of rides in 2025 lasted more than 30 minutes?",
                               "2025年骑行时长超过30分钟的占比是多少？"])
def test_a_threshold_share_is_of_the_rows_that_have_the_column(permits, q) -> None:  # noqa: ANN001
    service, f = permits
    rides = [o for o in f["orders"] if o[6] != ""]
    want = sum(o[6] > 30 for o in rides) / len(rides)
    everyone = sum(o[6] != "" and o[6] > 30 for o in f["orders"]) / len(f["orders"])
    assert abs(want - everyone) > 0.02  # the two readings differ on this data
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a)), (want, a.tables[0].rows, a.tool_calls)
    assert "ride minutes" in a.answer or "ride_minutes" in a.answer, a.answer


def test_the_steps_own_document_is_no_comparison_and_the_slice_reads_raw_events(permits) -> None:  # noqa: ANN001
    service, f = permits
    gaps = [(c["tp_pay"] - c["tp_submit"]).total_seconds() / 86400 for c in f["cases"] if "tp_pay" in c]
    a = ask(service, "How many days on average from a permit's submission to its payment? all data")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name != "compare_groups" and "document" not in (call.args.get("filters") or {}), call
    assert any(abs(v - statistics.mean(gaps)) < 1e-3 for v in first_numbers(a)), (statistics.mean(gaps),
                                                                                 a.tables[0].rows)


def test_a_funnel_sliced_by_a_column_of_both_the_steps_and_the_events_answers(permits) -> None:  # noqa: ANN001
    service, _f = permits
    a = ask(service, "travel funnel for document = permit, all data")
    assert a.status in ("ok", "clarify", "unsupported"), a.answer
    assert "Binder Error" not in a.answer and "properties" not in a.answer, a.answer


def test_a_number_of_the_touchpoints_file_is_no_measure(permits) -> None:  # noqa: ANN001
    service, _f = permits
    k = service.knowledge()
    assert not [m for m in k.layer.metrics if "price_per_head" in m], sorted(k.layer.metrics)
    a = ask(service, "average price per head last year")
    assert a.status != "error", a.answer


@pytest.mark.parametrize("q,word", [("评价里带“咸”字的有多少条？全部数据", "咸"),
                                    ("多少条评价里写了“还会再来”？全部数据", "还会再来"),
                                    ("How many reviews say they won't come again (contain 不会再)? all data", "不会再"),
                                    ("How many reviews bring up the air conditioning (空调)? all data", "空调")])
def test_a_word_quoted_or_given_is_counted_as_written(permits, q, word) -> None:  # noqa: ANN001
    service, f = permits
    want = sum(word in row[4] for row in f["feedback"])
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "feedback_count" and a.tool_calls[0].args.get("match") == "words", a.tool_calls[0]
    assert want in first_numbers(a), (want, a.tables[0].rows)


def test_a_column_named_in_chinese_by_its_words(permits) -> None:  # noqa: ANN001
    service, f = permits
    counts: dict[str, int] = {}
    for _cid, _t, unit, *_kind in f["customers"]:
        counts[unit] = counts.get(unit, 0) + 1
    top = max(counts, key=counts.get)
    a = ask(service, "哪个组织单元的客户最多？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "org_unit", a.tool_calls[0]
    assert a.tables[0].rows[0][0] == top, (top, a.tables[0].rows)


@pytest.mark.parametrize("q", ["What do we pay our approvers per hour?", "我们给审批人员每小时付多少工资？"])
def test_a_wage_is_refused_though_a_step_is_named_pay(permits, q) -> None:  # noqa: ANN001
    service, _f = permits
    a = ask(service, q)
    assert a.status == "unsupported", (a.answer, a.tool_calls)


def test_a_chinese_named_column_slices_and_groups_the_customers_on_record(permits) -> None:  # noqa: ANN001
    service, f = permits
    offices = sum(row[4] == "公司" for row in f["customers"])
    a = ask(service, "公司客户一共有多少家？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "customer_count", a.tool_calls[0]
    assert offices in first_numbers(a), (offices, a.tables[0].rows)
    b = ask(service, "咱们的客户里哪种客户类型的人最多？")
    assert b.status == "ok", b.answer
    assert b.tables[0].rows[0][0] == "家庭" and b.tables[0].rows[0][1] == sum(r[4] == "家庭" for r in f["customers"]), \
        b.tables[0].rows


def _shipments(tmp: Path) -> dict[str, object]:
    """A forwarding log: each shipment is a session (its id on every scan, over weeks); a customer's sea and air
    shipments overlap, so a customer's first departure and first delivery are often of different shipments."""
    rnd = random.Random(7)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_departed", "Departed", "出库发运", "Departed", "purchase", "departure|发运|出库"),
               ("tp_delivered", "Delivered", "签收", "Delivered", "service", "delivery|签收|送达")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("shipment", "Shipment", 1, "tp_departed", 60), ("shipment", "Shipment", 2, "tp_delivered", 60)])
    customers, events, legs = [], [], []
    for i in range(150):
        cid = f"C{i:03d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        start = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(200))
        for k, line in enumerate(("sea", "air")):
            sid = f"S{i:03d}{k}"
            dep = start + timedelta(days=rnd.uniform(0, 3))
            days = rnd.uniform(25, 40) if line == "sea" else rnd.uniform(5, 12)
            events.append((f"{sid}-d", cid, dep.isoformat(sep=" "), "tp_departed", sid, line))
            events.append((f"{sid}-r", cid, (dep + timedelta(days=days)).isoformat(sep=" "), "tp_delivered", sid, line))
            legs.append((line, days))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "shipping_line"],
              events)
    return {"legs": legs}


@pytest.fixture(scope="module")
def shipments(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("shipments"), _shipments) as out:
        yield out


def test_a_session_lasting_weeks_is_the_case_that_ties_two_steps(shipments) -> None:  # noqa: ANN001
    service, f = shipments
    want = statistics.mean(d for line, d in f["legs"] if line == "sea")
    a = ask(service, "sea shipments: how many days on average from departure to delivery? all data")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tables[0].rows, a.tool_calls)


@pytest.mark.parametrize("q", ["What's the average spend per paying customer in 2025? paid orders only",
                               "2025年付过钱的客户，人均消费多少钱？"])
def test_money_per_paying_customer_is_revenue_over_buyers(permits, q) -> None:  # noqa: ANN001
    service, f = permits
    paid = [o for o in f["orders"] if o[4] == "paid"]
    want = sum(o[3] for o in paid) / len({o[1] for o in paid})
    a = ask(service, q)
    assert a.status == "ok", a.answer
    # (the semantic layer's own measure, revenue_per_buyer, or the same ratio defined on the fly)
    assert a.tool_calls[0].name == "metric_ratio" or a.tool_calls[0].args.get("metric_id") == "revenue_per_buyer", \
        a.tool_calls[0]
    assert any(abs(v - want) < 1e-6 for v in first_numbers(a)), (want, a.tables[0].rows)
    assert "%" not in a.answer.split("（")[0].split("(")[-1], a.answer


def test_that_refers_back_to_the_measure_just_answered(permits) -> None:  # noqa: ANN001
    service, _f = permits
    first = ask(service, "Which org unit has the most customers? all data")
    assert first.status == "ok", first.answer
    again = ask(service, "How many is that for organizational unit 6541?", session=first.session_id)
    assert again.status == "ok", again.answer
    assert again.tool_calls[0].args.get("metric_id") == first.tool_calls[0].args.get("metric_id"), again.tool_calls


def test_a_grouping_names_things_in_the_askers_language(permits) -> None:  # noqa: ANN001
    service, _f = permits
    a = ask(service, "Which campus has the most customers?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "campus_en" and a.tables[0].rows[0][0] == "Wangjing", \
        (a.tool_calls[0], a.tables[0].rows)
    b = ask(service, "哪个园区的客户最多？")
    assert b.status == "ok", b.answer
    assert b.tables[0].rows[0][0] == "望京园", b.tables[0].rows


@pytest.mark.parametrize("q", ["Write a WeChat post about our new permit process", "帮我写一篇小红书笔记介绍新的审批流程"])
def test_a_post_to_write_is_refused(permits, q) -> None:  # noqa: ANN001
    service, _f = permits
    assert ask(service, q).status == "unsupported"


def test_the_average_ticket_is_an_orders_amount_not_money_per_person(permits) -> None:  # noqa: ANN001
    service, _f = permits
    a = ask(service, "What's the average ticket for a paid ride order in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "metric_ratio" and a.tool_calls[0].args.get("metric_id") == "aov", a.tool_calls[0]
