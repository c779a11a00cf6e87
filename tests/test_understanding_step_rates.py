"""A step said as a rate, counted over another step the question names (cause seen in blind batches: a cold-chain
carrier's "在途温度告警率 … 按提货的运单算", a KTV's extension rate over sessions): the step's events over the base
step's events, grouped and filtered alike, and the definition said out loud. With no base named, no rate is made up.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _carrier(tmp: Path) -> dict[str, object]:
    rnd = random.Random(17)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Shipment booked", "下单订车", "Shipment booked", "purchase", "订车|book"),
               ("tp_pickup", "Picked up", "司机提货", "Picked up", "service", "提货|picked up|pickup"),
               ("tp_alert", "Temperature alert", "温度告警", "Temperature alert", "service",
                "温度告警|temperature alert"),
               ("tp_deliver", "Delivered", "送达", "Delivered", "service", "送达|delivered")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("ship", "Shipment", 1, "tp_book", 7), ("ship", "Shipment", 2, "tp_pickup", 7),
               ("ship", "Shipment", 3, "tp_deliver", 7)])
    customers, events = [], []
    alerts, pickups = Counter(), Counter()
    n = 0
    for i in range(120):
        cid = f"B{i:03d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        for k in range(rnd.randrange(3, 12)):
            carrier = rnd.choice(["冷捷物流", "速冷达", "鲜运"])
            at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(24))
            steps = ["tp_book", "tp_pickup"]
            if rnd.random() < {"冷捷物流": 0.2, "速冷达": 0.05, "鲜运": 0.1}[carrier]:
                steps.append("tp_alert")
            steps.append("tp_deliver")
            for j, tp in enumerate(steps):
                n += 1
                events.append((f"E{n:06d}", cid, (at + timedelta(hours=3 * j)).isoformat(sep=" "), tp, "log", carrier))
            pickups[carrier] += 1
            alerts[carrier] += "tp_alert" in steps
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "carrier"], events)
    return {"rate": {c: alerts[c] / pickups[c] for c in pickups}, "alerts": alerts, "pickups": pickups}


@pytest.fixture(scope="module")
def carrier(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("step_rates"), _carrier) as out:
        yield out


@pytest.mark.parametrize("q", ["哪家承运商的温度告警率最高？按提货的运单算，看全部数据",
                               "Which carrier has the highest temperature alert rate among shipments picked up? All data."])
def test_a_step_rate_over_the_named_base_step(carrier, q) -> None:  # noqa: ANN001
    service, facts = carrier
    a = ask(service, q)
    assert a.status == "ok", a.answer
    rows = a.tables[0].rows
    top = max(facts["rate"], key=facts["rate"].get)
    assert rows[0][0] == top, rows
    assert abs(rows[0][1] - facts["rate"][top]) < 1e-9, rows
    assert len(rows) == 3


@pytest.mark.parametrize("q", ["温度告警率是多少？看全部数据", "What is the temperature alert rate? All data."])
def test_no_base_named_makes_up_no_rate(carrier, q) -> None:  # noqa: ANN001
    service, facts = carrier
    a = ask(service, q)
    # the alert count is no rate, and neither are the alerts over all events
    assert a.status != "ok", (a.answer, a.tables[0].rows if a.tables else None)


def test_a_slash_inside_a_spelled_out_journey_is_no_division(carrier) -> None:  # noqa: ANN001
    # (a blind shuttle batch: "（搜索线路→选座/选车型→支付成功）" read as searches ÷ (seat, paid) = 1.14, "a share")
    service, _ = carrier
    a = ask(service, "2025年订车的客户，按运单旅程（下单订车→提货/取货→送达）算，最后送达的比例是多少？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "metric_ratio", a.tool_calls[0]
    assert all(0 <= v <= 1 for r in a.tables[0].rows for v in r[3:4] if isinstance(v, float)), a.tables[0].rows


@pytest.mark.parametrize("q", ["2023年鲜运的温度告警有多少次？和2022年比呢？",
                               "How many temperature alerts did 鲜运 have in 2023 compared with 2022?"])
def test_a_slice_with_no_rows_in_any_period_is_no_answer(carrier, q) -> None:  # noqa: ANN001
    # (blind batches: "food & drink revenue Q4 vs Q3" answered "0 vs 0" with status ok)
    service, _ = carrier
    a = ask(service, q)
    assert a.status != "ok", (a.answer, a.tables[0].rows if a.tables else None)


def test_count_every_row_of_a_step_counts_rows_not_people(carrier) -> None:  # noqa: ANN001
    # (a blind shuttle batch: "By how much did paid bookings grow …? Count every paid booking." compared people)
    service, facts = carrier
    a = ask(service, "How many pickups were there in 2025? Count every pickup.")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(facts["pickups"].values()), (facts["pickups"], a.tables[0].rows)


def test_an_average_per_one_person_with_a_word_before_the_person(carrier) -> None:  # noqa: ANN001
    # ("How many paid bookings does a business traveller make on average?": a count per person, not the count)
    service, facts = carrier
    a = ask(service, "How many pickups does a single customer get on average in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(facts["pickups"].values()) / 120, rel=1e-6), a.tables[0].rows


@pytest.mark.parametrize("q", ["Pickups in 2025 vs 2024 — how much did they grow, in %?",
                               "2025年的提货量比2024年涨了多少？"])
def test_a_step_said_as_things_grows_by_its_rows(carrier, q) -> None:  # noqa: ANN001
    # (a blind go-kart batch: "Race sessions Q1 2026 vs Q1 2025 — how much did they grow" compared the people)
    service, _ = carrier
    a = ask(service, q)
    assert a.tool_calls and a.tool_calls[0].args.get("metric_id") == "events", (a.answer, a.tool_calls)
