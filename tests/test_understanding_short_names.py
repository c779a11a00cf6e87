"""People say the data's names short: "Dhaka" for the mill Dhaka Ashulia, "绍兴厂" for 绍兴柯桥厂, "Beijing" for both
Beijing stores. Session 49's dyeing-mill batch lost fifteen questions to "your data has nothing called 'Dhaka'". The
leading words of the names of one column are that slice (every value they lead); leading words of two columns' names
on the rows measured are asked back, never guessed. In Chinese the words after a place leading the name are short for it
too ("美奈" of 越南美奈, session 51's kitesurf batch).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

MILLS = [("DH", "Dhaka Ashulia", "达卡阿舒利亚厂"), ("SX", "Shaoxing Keqiao", "绍兴柯桥厂")]
STORES = ["Beijing 798 Workshop", "Beijing Guomao Showroom", "London Studio"]
BEACHES = ["越南美奈", "福建平潭", "山东青岛"]
COURIERS = ["SF Express", "JD Logistics", "EMS Post"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4904)
    tmp.mkdir(parents=True, exist_ok=True)
    events, orders = [], []
    counts = {"dhaka": 0, "shaoxing": 0, "beijing": 0, "dhaka_checks": 0, "shaoxing_checks": 0, "pingtan": 0, "sf_jd": 0}
    for i in range(600):
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=9)
        mill_id, mill_en, mill_zh = MILLS[rnd.randrange(2)]
        store = STORES[rnd.randrange(3)]
        port = "Dhaka airport" if mill_id == "DH" and i % 2 else "Chittagong"
        cid = f"C{i % 120:04d}"
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_dispatch", mill_en, mill_zh, port))
        if i % 3 == 0:  # (the shade check records the mill, never a port)
            events.append((f"E{i:04d}c", cid, at.isoformat(sep=" "), "tp_check", mill_en, mill_zh, ""))
            counts["dhaka_checks"] += mill_id == "DH"
            counts["shaoxing_checks"] += mill_id == "SX"
        beach, courier = BEACHES[i % 3], COURIERS[(i // 3) % 3]
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), 100.0, "paid", mill_en, mill_zh, store, beach, courier))
        counts["sf_jd"] += courier != "EMS Post"
        counts["pingtan"] += beach == "福建平潭"
        counts["dhaka"] += mill_id == "DH"
        counts["shaoxing"] += mill_id == "SX"
        counts["beijing"] += store.startswith("Beijing")
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_dispatch", "发运", "Dispatch", "purchase"), ("tp_check", "对色", "Shade check", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2024-06-01") for j in range(120)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "mill_en", "工厂", "port"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "mill_en", "工厂", "store",
                                   "基地", "courier"], orders)
    return counts


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("short_names"), _company) as out:
        yield out


@pytest.mark.parametrize("q, key", [("How many orders did Dhaka get in 2025?", "dhaka"),
                                    ("绍兴厂2025年有多少订单？", "shaoxing"),
                                    ("2025年达卡一共多少订单", "dhaka"),
                                    # (the words after the place leading the name: 平潭 of 福建平潭, as 美奈 of 越南美奈)
                                    ("2025年平潭有多少订单？", "pingtan"),
                                    # (a two-letter acronym in capitals listed with another value of its column)
                                    ("How many orders went out with SF or JD Logistics in 2025?", "sf_jd"),
                                    ("How many orders did Beijing get in 2025?", "beijing")])
def test_leading_words_of_one_columns_names_are_that_slice(company, q, key) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert facts[key] in first_numbers(a), (a.answer, facts)


def test_leading_words_of_two_columns_names_are_asked_back(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many dispatch events were there at Dhaka in 2025?")
    assert a.status == "clarify", a.answer
    assert {"Dhaka Ashulia", "Dhaka airport"} <= set(a.options), a.options


def test_a_word_leading_no_name_is_still_unknown(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many orders did Manchester get in 2025?")
    assert a.status == "unsupported", a.answer


def test_a_word_the_data_has_nothing_of_is_said_before_asking_back(company) -> None:  # noqa: ANN001
    """"Steam cost per kg … in Dhaka": the word the data has nothing of is refused first; asking which Dhaka would
    only lead to that refusal (session 49's dyeing-mill batch)."""
    service, _ = company
    a = ask(service, "How many dispatch events were there at Dhaka for Zanzibar customers in 2025?")
    assert a.status == "unsupported", a.answer
    assert "Zanzibar" in a.answer, a.answer


def test_leading_words_of_two_columns_pick_the_one_the_step_records(company) -> None:  # noqa: ANN001
    """("What was Dhaka's shade-band failure rate": the shade check records the mill Dhaka Ashulia, never the port Dhaka
    airport — session 49's dyeing-mill batch was asked which one)"""
    service, facts = company
    a = ask(service, "How many shade checks did Dhaka do in 2025?")
    assert a.status == "ok", a.answer
    assert facts["dhaka_checks"] in first_numbers(a), (a.answer, facts)


def test_a_short_name_in_a_follow_up_replaces_the_kept_one_in_the_twin_column(company) -> None:  # noqa: ANN001
    """("同期绍兴厂呢？" after Dhaka's rate kept the Dhaka mill of mill_en and added 绍兴 in the twin column 工厂: both
    mills were counted — session 50's dyeing-mill follow-up)"""
    service, facts = company
    first = ask(service, "How many shade checks did Dhaka do in 2025?")
    assert first.status == "ok", first.answer
    a = ask(service, "绍兴厂呢？", session=first.session_id)
    assert a.status == "ok", a.answer
    assert facts["shaoxing_checks"] in first_numbers(a), (a.answer, facts)
