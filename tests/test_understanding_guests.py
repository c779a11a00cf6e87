"""Guests, their home city and the unit a count is taken per (causes seen in a blind batch, a cruise line):

- "我们的客人哪个城市的最多？", "Which city do most of our guests come from?": guests (客人) are people; the built-in
  region takes 城市/city only as an alias, so the company's own home-city column is the one meant; people ranked by
  a column of theirs are the customers on record;
- "how many women boarded", where gender is coded F / M: women are F (the code is no English word "f");
- "各常住城市加起来一共有多少次登船": the groups added up, one number;
- "2025年10月一共有多少单登船？按预订算": 预订 (an alias of the deposit step) and booking_id named only as the counting
  unit restrict and group nothing; the boardings are counted.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CITIES = [("Shanghai", "上海", "east_china"), ("Tianjin", "天津", "north_china"), ("Xiamen", "厦门", "south_china"),
          ("Hangzhou", "杭州", "east_china")]


def _cruise(tmp: Path) -> dict[str, object]:
    rnd = random.Random(53)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_search", "Search sailings", "搜索航次", "Search sailings", "consideration", ""),
               ("tp_deposit", "Deposit paid", "预订付订金", "Deposit paid", "purchase", "预订|订金|deposit"),
               ("tp_boarding", "Boarding", "登船", "Boarding", "service", "embarkation")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("cruise", "Cruise", 1, "tp_search", 120), ("cruise", "Cruise", 2, "tp_deposit", 120),
               ("cruise", "Cruise", 3, "tp_boarding", 120)])
    customers, events, orders = [], [], []
    for i in range(400):
        cid = f"C{i:04d}"
        city = CITIES[min(rnd.randrange(5), 3)]  # Shanghai twice as likely
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(24))
        customers.append((cid, at.isoformat(sep=" "), city[2], city[0], city[1], "F" if i % 3 else "M"))
        events.append((f"{cid}-s", cid, at.isoformat(sep=" "), "tp_search", "view", "", "", ""))
        if rnd.random() < 0.7:
            bid = f"BK{i:05d}"
            dep = at + timedelta(days=rnd.randrange(1, 10))
            events.append((f"{cid}-d", cid, dep.isoformat(sep=" "), "tp_deposit", "pay", bid, "", ""))
            orders.append((f"O{i:05d}", cid, dep.isoformat(sep=" "), 3000 + rnd.randrange(5000), "paid", bid))
            if rnd.random() < 0.8:
                board = dep + timedelta(days=rnd.randrange(20, 60))
                ship = ("S1", "Ocean Star") if i % 3 else ("S2", "Ocean Pearl")
                events.append((f"{cid}-b", cid, board.isoformat(sep=" "), "tp_boarding", "board", bid) + ship)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region", "home_city", "常住城市", "gender"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "booking_id", "ship_id",
                                   "ship"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "booking_id"], orders)
    return {"customers": customers, "events": events}


@pytest.fixture(scope="module")
def cruise(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("guests"), _cruise) as out:
        yield out


@pytest.mark.parametrize("q,col", [("我们的客人哪个城市的最多？", 4), ("Which city do most of our guests come from?", 3)])
def test_guests_ranked_by_the_companys_city_column(cruise, q, col) -> None:  # noqa: ANN001
    service, facts = cruise
    a = ask(service, q)
    counts = Counter(c[col] for c in facts["customers"])
    top, n = counts.most_common(1)[0]
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top and n in a.tables[0].rows[0], (top, n, a.tables[0].rows[:2])


@pytest.mark.parametrize("q", ["2025年10月一共有多少单登船？按预订算", "2025年10月一共有多少次登船？按预订次数算"])
def test_a_step_named_as_the_counting_unit_restricts_nothing(cruise, q) -> None:  # noqa: ANN001
    service, facts = cruise
    a = ask(service, q)
    n = sum(1 for e in facts["events"] if e[3] == "tp_boarding" and e[2].startswith("2025-10"))
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows)


@pytest.mark.parametrize("q", ["How many bookings boarded in October 2025?", "How many guests boarded in October 2025?"])
def test_a_step_named_by_its_gerund_is_said_in_the_past(cruise, q) -> None:  # noqa: ANN001
    """"Boarding" is the step; "boarded" says it (the stem before -ing takes -ed)."""
    service, facts = cruise
    a = ask(service, q)
    n = sum(1 for e in facts["events"] if e[3] == "tp_boarding" and e[2].startswith("2025-10"))
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows, a.assumptions)


@pytest.mark.parametrize("q,keep", [("How many women boarded in October 2025?", "F"),
                                    ("2025年10月男性客人一共登船多少次？", "M"),
                                    ("2025年10月各常住城市加起来一共有多少次登船？", None)])
def test_gender_words_and_groups_added_up(cruise, q, keep) -> None:  # noqa: ANN001
    service, facts = cruise
    a = ask(service, q)
    gender = {c[0]: c[5] for c in facts["customers"]}
    n = sum(1 for e in facts["events"] if e[3] == "tp_boarding" and e[2].startswith("2025-10")
            and (keep is None or gender[e[1]] == keep))
    assert a.status == "ok", a.answer
    assert n and first_numbers(a)[0] == n, (n, a.tables[0].rows, a.assumptions)


@pytest.mark.parametrize("q", ["那个客人的订单退了没有？", "Did that customer's order get refunded?"])
def test_one_person_pointed_at_is_asked_back(cruise, q) -> None:  # noqa: ANN001
    """One guest pointed at with nobody named before: no number for everyone instead."""
    service, _ = cruise
    a = ask(service, q)
    assert a.status == "clarify", a.answer

