"""General understanding of counts: what is counted (people, visits, refunded orders), verbs said with an aspect
particle or a regular past ending, parentheses that say what a step means, and a complaint book (feedback that is
all complaint tickets).

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers as _numbers, service_on, write_csv as _write

TPS = [("tp_td_booking", "Test-drive booking", "预约试驾", "Test-drive booking", "consideration",
        "试驾预约|test drive booking|book a test drive"),
       ("tp_test_drive", "Test drive", "到店试驾", "Test drive", "consideration", "试驾|test drive"),
       ("tp_order", "Order & deposit", "下订金", "Order & deposit", "purchase", "交定金|定金|deposit"),
       ("tp_booking", "Service booking", "预约挂号", "Service booking", "service", "预约|booking"),
       ("tp_visit", "Clinic visit", "到诊", "Clinic visit", "service", "就诊|visit"),
       ("tp_no_show", "No-show", "爽约", "No-show", "service", "没来|no show")]
START = datetime(2025, 1, 1)


def _dealer(tmp: Path) -> dict[str, object]:
    rnd = random.Random(11)
    tmp.mkdir(parents=True, exist_ok=True)
    _write(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TPS)
    _write(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
           [("sales", "Test drive to order", 1, "tp_td_booking", 30), ("sales", "Test drive to order", 2, "tp_test_drive", 30),
            ("sales", "Test drive to order", 3, "tp_order", 30)])
    customers, events, orders = [], [], []
    for i in range(600):
        cid = f"C{i:04d}"
        customers.append((cid, ("north", "south")[i % 2]))
        day = START + timedelta(days=rnd.randrange(365))
        for k in range(1 + rnd.randrange(2)):  # some book twice
            events.append((f"{cid}-b{k}", cid, (day + timedelta(days=k)).isoformat(sep=" "), "tp_td_booking", "submit"))
        if rnd.random() < 0.6:
            events.append((f"{cid}-t", cid, (day + timedelta(days=3)).isoformat(sep=" "), "tp_test_drive", "visit"))
            if rnd.random() < 0.5:
                ts = (day + timedelta(days=6)).isoformat(sep=" ")
                events.append((f"{cid}-o", cid, ts, "tp_order", "submit"))
                status = "refunded" if rnd.random() < 0.2 else "paid"
                orders.append((f"O{i:04d}", cid, ts, status, 5000.0, "deposit"))
        if i % 3 == 0:  # the service side: bookings, visits (several per patient) and no-shows
            b = START + timedelta(days=rnd.randrange(360))
            events.append((f"{cid}-sb", cid, b.isoformat(sep=" "), "tp_booking", "submit"))
            if rnd.random() < 0.2:
                events.append((f"{cid}-ns", cid, (b + timedelta(days=1)).isoformat(sep=" "), "tp_no_show", "missed"))
            else:
                for k in range(1 + rnd.randrange(3)):
                    events.append((f"{cid}-v{k}", cid, (b + timedelta(days=1 + 7 * k)).isoformat(sep=" "), "tp_visit",
                                   "visit"))
    _write(tmp / "customers.csv", ["customer_id", "region"], customers)
    _write(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    _write(tmp / "orders.csv", ["order_id", "customer_id", "ts", "status", "amount", "order_type"], orders)
    return {"events": events, "orders": orders}


@pytest.fixture(scope="module")
def dealer(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("dealer"), _dealer) as out:
        yield out


def _people(events, tp) -> int:
    return len({e[1] for e in events if e[3] == tp and e[2] < "2026"})


def _rows(events, tp) -> int:
    return sum(1 for e in events if e[3] == tp and e[2] < "2026")


@pytest.mark.parametrize("q, want", [
    # a regular past ending ("booked") names the longer step, not the exact shorter name inside it
    ("How many people booked a test drive in 2025?", lambda f: _people(f["events"], "tp_td_booking")),
    # a one-character verb, an aspect particle and its object: 交了定金 (and its common slip 订金)
    ("2025年有多少人交了订金？", lambda f: _people(f["events"], "tp_order")),
    # a people word said to be what is not counted: the visits are counted
    ("How many clinic visits did we have in 2025 (count every visit, not patients)?",
     lambda f: _rows(f["events"], "tp_visit")),
    # parentheses right after a step say what it means; the step they name is no second slice
    ("2025年有多少患者爽约（预约了没来）？", lambda f: _people(f["events"], "tp_no_show")),
    # a status said as its verb (退了) on the orders a step names
    ("2025年一共退了多少笔定金？", lambda f: sum(1 for o in f["orders"] if o[3] == "refunded")),
])
def test_what_is_counted(dealer, q, want):
    service, facts = dealer
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert want(facts) in _numbers(a), (q, want(facts), a.tables[0].rows, a.tool_calls)


def test_counted_people_differ_from_rows(dealer):
    """The fixture must tell the readings apart, or the tests above prove nothing."""
    _, f = dealer
    assert _people(f["events"], "tp_td_booking") != _rows(f["events"], "tp_td_booking")
    assert _people(f["events"], "tp_visit") != _rows(f["events"], "tp_visit")
    assert sum(1 for o in f["orders"] if o[3] == "refunded") != len(f["orders"])


# ---------------------------------------------------------------- a complaint book
STATES = ("Georgia", "Florida", "California")
TOPICS = ("billing error on my bill", "internet speed is slow", "data cap overage charges", "Comcast")


def _book(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    _write(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
           [("tp_call", "Customer care call", "客服电话", "Customer care call", "service", "call|phone"),
            ("tp_web", "Online complaint", "网上投诉", "Online complaint", "service", "online|internet")])
    customers, events, feedback = [], [], []
    for i in range(400):
        cid, state = f"T{i:04d}", STATES[rnd.randrange(3) if i % 4 else 0]
        tp = ("tp_call", "tp_web")[i % 2]
        ts = (START + timedelta(days=rnd.randrange(90), minutes=rnd.randrange(1440))).isoformat(sep=" ")
        status = ("Open", "Solved", "Solved", "Closed")[rnd.randrange(4)]
        customers.append((cid, state))
        # the events and the comments both repeat the state and the ticket's status, as real exports do
        events.append((f"E{i:04d}", cid, ts, tp, "submit", status, state))
        feedback.append((str(100000 + i), cid, ts, tp, "ticket", TOPICS[rnd.randrange(4)], status, state))
    _write(tmp / "customers.csv", ["customer_id", "region"], customers)
    _write(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "ticket_status", "state"],
           events)
    _write(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "status",
                                  "state"], feedback)
    return {"feedback": feedback, "state": dict(customers)}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("book"), _book) as out:
        yield out


def test_complaints_in_a_complaint_book_are_every_ticket(book):
    service, f = book
    a = ask(service, "How many complaints did we get in total?")
    assert a.status == "ok" and len(f["feedback"]) in _numbers(a), (a.answer, a.tool_calls)
    assert any("complaint ticket" in x for x in a.assumptions), a.assumptions
    a = ask(service, "一共收到了多少条投诉？")
    assert len(f["feedback"]) in _numbers(a), a.tool_calls


def test_a_slice_counted_after_a_ranking_is_no_path(book):
    service, f = book
    by_state: dict[str, int] = {}
    for r in f["feedback"]:
        by_state[f["state"][r[1]]] = by_state.get(f["state"][r[1]], 0) + 1
    top = max(by_state, key=by_state.get)
    a = ask(service, "Which region filed the most complaints?", session="s1")
    assert a.status == "ok" and a.tables[0].rows[0][0] == top, a.tables[0].rows
    other = min(by_state, key=by_state.get)
    a = ask(service, f"And how many came from {other}?", session="s1")
    assert a.status == "ok" and a.tool_calls[0].name != "path_transitions", a.tool_calls
    assert by_state[other] in _numbers(a), (by_state, a.tables[0].rows)


def test_journey_map_takes_no_tone_slice(book):
    service, _ = book
    a = ask(service, "Show me the journey map of our complaint touchpoints.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "journey_map" and not a.tool_calls[0].args.get("filters"), a.tool_calls


def test_topic_count_leads_with_the_count(book):
    service, f = book
    a = ask(service, "How many complaints mention billing?")
    assert a.status == "ok" and a.tool_calls[0].name == "feedback_count", a.tool_calls
    first = a.tables[0]
    assert first.columns[:2] == ["topic", "comments"], first.columns
    keyword = sum(1 for r in f["feedback"] if "bill" in r[5])
    assert first.rows[0][1] >= keyword  # every comment saying it is counted, whatever else matches by meaning
    assert len(a.tables) > 1 and a.citations, "the examples follow the count"


def test_distinct_values_of_a_column_are_counted(book):
    service, f = book
    states = {r[7] for r in f["feedback"]}
    for q in ("How many different states did complaints come from?", "投诉一共来自多少个州？"):
        a = ask(service, q)
        assert a.status == "ok" and a.tool_calls[0].args.get("distinct"), (q, a.tool_calls)
        assert a.tables[0].rows[0][0] == len(states), (q, a.tables[0].rows)
        assert len(a.tables) > 1, "the values follow their count"


def test_a_value_two_tables_repeat_slices_once(book):
    """"状态是 Solved": the events' ticket_status and the comments' status both hold Solved; the count is of the
    tickets with it, never a question back about which column."""
    service, f = book
    a = ask(service, "状态是 Solved 的工单有多少张？")
    assert a.status == "ok", a.answer
    assert sum(1 for r in f["feedback"] if r[6] == "Solved") in _numbers(a), a.tables[0].rows


def test_one_character_column_word_after_which(book):
    service, f = book
    by = Counter(r[7] for r in f["feedback"])
    a = ask(service, "投诉最多的是哪个州？")
    assert a.status == "ok" and a.tables[0].rows[0][0] == by.most_common(1)[0][0], (a.tables and a.tables[0].rows)


def test_share_of_one_step_among_complaints(book):
    service, f = book
    online = sum(1 for r in f["feedback"] if r[3] == "tp_web") / len(f["feedback"])
    a = ask(service, "What share of complaints came in online?")
    assert a.status == "ok" and a.tool_calls[0].args.get("dimension") == "touchpoint", a.tool_calls
    assert any(abs(v - online) < 1e-9 for v in _numbers(a)), (online, a.tables[0].rows)


def test_a_status_both_tables_hold_with_a_step(book):
    """"Open 状态的工单中，来自客服电话的有几张": the comments' status (a ticket channel is asked), at that step."""
    service, f = book
    a = ask(service, "Open 状态的工单中，来自客服电话的有几张？")
    assert a.status == "ok", a.answer
    assert sum(1 for r in f["feedback"] if r[6] == "Open" and r[3] == "tp_call") in _numbers(a), a.tool_calls
