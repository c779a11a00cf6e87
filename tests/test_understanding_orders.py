"""General understanding where a purchase touchpoint and the orders table record the same purchases (a hotel's
"bookings", a dealer's "orders"), with numeric id-like and count-like order columns and country codes that are
also English words.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers as _numbers, service_on, write_csv as _write

TPS = [("tp_book", "Booking made", "预订", "Booking made", "purchase", "booking|book|预订|订房"),
       ("tp_in", "Check-in", "入住", "Check-in", "service", "check in|入住")]
COUNTRIES = ("PRT", "PER", "CAN", "GBR")
HOTELS = ("City Hotel", "Resort Hotel")
CHANNELS = ("TA/TO", "Direct", "GDS")
START = datetime(2016, 1, 1)


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3)
    tmp.mkdir(parents=True, exist_ok=True)
    _write(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TPS)
    _write(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
           [("stay", "Booking to stay", 1, "tp_book", 400), ("stay", "Booking to stay", 2, "tp_in", 400)])
    customers, events, orders = [], [], []
    for i in range(1200):
        cid = f"H{i:05d}"
        country = COUNTRIES[rnd.randrange(4)]
        customers.append((cid, country))
        day = START + timedelta(days=rnd.randrange(540))
        status = "cancelled" if rnd.random() < 0.3 else "paid"
        hotel, channel = HOTELS[i % 2], CHANNELS[rnd.randrange(3)]
        agent, adults = (9, 240, 1, 14)[rnd.randrange(4)], 1 + rnd.randrange(3)
        room = ("double_room", "single_room", "family_suite")[rnd.randrange(3)]
        orders.append((cid, cid, day.isoformat(sep=" "), status, channel, round(80 + rnd.random() * 300, 2), hotel,
                       agent, adults, room, "booking", rnd.randrange(200)))
        if i % 5 == 0:  # a room upgrade sold later, an order of another type at no touchpoint
            orders.append((f"{cid}-u", cid, (day + timedelta(days=3)).isoformat(sep=" "), "paid", channel, 40.0, hotel,
                           agent, adults, room, "upgrade", 0))
        events.append((f"{cid}-b", cid, day.isoformat(sep=" "), "tp_book", "submit", hotel))
        if status == "paid":
            events.append((f"{cid}-i", cid, (day + timedelta(days=20)).isoformat(sep=" "), "tp_in", "success", hotel))
    feedback = []
    for i in range(300):
        ts = "" if i % 10 == 0 else (START + timedelta(days=rnd.randrange(540))).isoformat(sep=" ")
        channel = ("survey", "app_review")[i % 2]
        rating = 1 + rnd.randrange(5)
        nps = rnd.randrange(11) if channel == "survey" else ""
        text = "The room was dirty and noisy" if rating <= 2 else "Lovely stay, friendly staff"
        feedback.append((f"F{i:04d}", f"H{i:05d}", ts, "tp_in", channel, rating, nps, text))
    _write(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "nps", "text"],
           feedback)
    _write(tmp / "customers.csv", ["customer_id", "region"], customers)
    _write(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "hotel"], events)
    _write(tmp / "orders.csv", ["order_id", "customer_id", "ts", "status", "channel", "amount", "hotel", "agent",
                                "adults", "room_type", "order_type", "lead_time"], orders)
    return {"orders": orders, "events": events, "country": dict(customers), "feedback": feedback}


@pytest.fixture(scope="module")
def hotel(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("hotel"), _folder) as out:
        yield out


@pytest.mark.parametrize("q, want", [
    ("How many bookings came through the GDS channel?", lambda o: sum(1 for r in o if r[4] == "GDS" and r[10] == "booking")),
    ("一共有多少笔预订被取消了？", lambda o: sum(1 for r in o if r[3] == "cancelled")),
])
def test_a_purchase_touchpoint_sliced_by_an_order_column_counts_orders(hotel, q, want):
    """"Bookings" name the purchase touchpoint, but a slice only orders have (channel, status) makes them the
    orders: counted there, and said."""
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert want(facts["orders"]) in _numbers(a), a.answer
    assert any("Booking made" in s or "预订" in s for s in a.assumptions), a.assumptions


def test_an_average_of_a_numeric_column_asked_per_booking(hotel):
    """"Adults per booking": an average is asked, "per" is no country (PER), "booking" the orders' rows."""
    service, facts = hotel
    a = ask(service, "What's the average number of adults per booking?")
    assert a.status == "ok", a.answer
    books = [r for r in facts["orders"] if r[10] == "booking"]
    want = sum(r[8] for r in books) / len(books)
    assert any(abs(v - want) < 1e-9 for v in _numbers(a)), (want, a.answer)


def test_a_numeric_id_column_is_a_grouping_unless_an_average_is_asked(hotel):
    service, facts = hotel
    a = ask(service, "Which agent sends us the most bookings?")
    assert a.status == "ok", a.answer
    counts = Counter(r[7] for r in facts["orders"] if r[10] == "booking")
    top = max(counts.values())
    assert str(a.tables[0].rows[0][0]) in {str(k) for k, v in counts.items() if v == top}
    assert a.tables[0].rows[0][1] == top


@pytest.mark.parametrize("q", ["How many bookings from PER were cancelled?",
                               "How many bookings from PER (Peru) were cancelled?",
                               "How many bookings from Peru (PER) were cancelled?"])
def test_an_upper_case_code_is_a_value_only_as_written(hotel, q):
    """"PER" written in capitals is Peru; the English word "per" never is; a name next to it ("Peru") is the
    user's name for that value, not an unknown slice."""
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    want = sum(1 for r in facts["orders"] if r[3] == "cancelled" and facts["country"][r[1]] == "PER")
    assert want in _numbers(a), a.answer


def test_chinese_words_glossed_by_a_value_name_that_value(hotel):
    """"城市酒店（City Hotel）": the words before the parentheses restate the value; 城市 is no grouping."""
    service, facts = hotel
    a = ask(service, "2016年城市酒店（City Hotel）有多少次入住？")
    assert a.status == "ok", a.answer
    want = sum(1 for e in facts["events"] if e[3] == "tp_in" and e[5] == "City Hotel" and e[2].startswith("2016"))
    assert a.tables[0].rows[0][3] == want, a.answer


def test_which_x_with_an_unknown_x_before_a_linked_verb_is_refused(hotel):
    """"哪种床型被预订得最多": the data has no bed type; never the total of all bookings instead."""
    service, _ = hotel
    a = ask(service, "哪种床型被预订得最多？")
    assert a.status in ("unsupported", "clarify"), a.answer
    assert "床型" in a.answer


def test_a_company_column_by_its_chinese_name(hotel):
    """room_type is 房型 to a Chinese reader (a two-word column name with its own word)."""
    service, facts = hotel
    a = ask(service, "哪种房型被预订得最多？")
    assert a.status == "ok", a.answer
    counts = Counter(r[9] for r in facts["orders"] if r[10] == "booking")
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get) and a.tables[0].rows[0][1] == max(counts.values())


@pytest.mark.parametrize("q", ["How many double-room bookings were there?", "How many double room bookings were there?"])
def test_a_value_written_with_a_hyphen(hotel, q):
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert sum(1 for r in facts["orders"] if r[9] == "double_room" and r[10] == "booking") in _numbers(a), a.answer


def test_money_words_and_average_amounts(hotel):
    """"brought in the most money" is revenue (paid orders); "the average amount" of an order is its average value."""
    service, facts = hotel
    a = ask(service, "Which hotel brought in the most money?")
    assert a.status == "ok", a.answer
    paid = Counter()
    for r in facts["orders"]:
        if r[3] == "paid":
            paid[r[6]] += r[5]
    assert a.tables[0].rows[0][0] == max(paid, key=paid.get), a.answer
    b = ask(service, "What is the average amount of a paid City Hotel booking?")
    assert b.status == "ok", b.answer
    amounts = [r[5] for r in facts["orders"] if r[3] == "paid" and r[6] == "City Hotel" and r[10] == "booking"]
    assert any(abs(v - sum(amounts) / len(amounts)) < 1e-6 for v in _numbers(b)), b.answer


def test_all_data_feedback_measures_count_comments_without_a_date(hotel):
    """No period on historical data reads all of it: comments without a date (DATA.md allows them) count too,
    and the answer says how many."""
    service, facts = hotel
    a = ask(service, "What's the average NPS answer across our surveys?")
    assert a.status == "ok", a.answer
    scores = [r[6] for r in facts["feedback"] if r[6] != ""]
    assert any(abs(v - sum(scores) / len(scores)) < 1e-9 for v in _numbers(a)), a.answer
    assert any("no date" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize("q, channel", [("What share of our app reviews gave 1 or 2 stars?", "app_review"),
                                        ("问卷调查（survey）渠道的反馈里，评分小于等于2分的占比是多少？", "survey")])
def test_share_of_low_ratings_in_a_feedback_channel(hotel, q, channel):
    """"1 or 2 stars" is the bottom-2-box share of rated comments; "app reviews" is how they arrived."""
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    rated = [r[5] for r in facts["feedback"] if r[4] == channel]
    want = sum(1 for x in rated if x <= 2) / len(rated)
    assert any(abs(v - want) < 1e-9 for v in _numbers(a)), (want, a.answer)


def test_a_value_said_in_words_and_restated_as_column_equals_value(hotel):
    """"被取消的预订（status 为 cancelled）": the words and the parentheses name the same value; it stays."""
    service, facts = hotel
    a = ask(service, "2016年被取消的预订（status 为 cancelled）一共多少笔？")
    assert a.status == "ok", a.answer
    want = sum(1 for r in facts["orders"] if r[3] == "cancelled" and r[2].startswith("2016"))
    assert a.tables[0].rows[0][3] == want, a.answer


def test_orders_of_the_type_named_like_the_step(hotel):
    """"Bookings through GDS" are the orders of type booking (the step's name), not the upgrades sold too."""
    service, facts = hotel
    a = ask(service, "How many bookings came through the GDS channel?")
    assert a.status == "ok", a.answer
    want = sum(1 for r in facts["orders"] if r[4] == "GDS" and r[10] == "booking")
    assert want in _numbers(a), a.answer


def test_a_count_of_values_alone_counts_their_rows(hotel):
    """"How many upgrade orders were refunded": values only (no measure named) count the rows they describe."""
    service, facts = hotel
    a = ask(service, "Over all the data, how many upgrades were paid?")
    assert a.status == "ok", a.answer
    assert sum(1 for r in facts["orders"] if r[10] == "upgrade" and r[3] == "paid") in _numbers(a), a.answer


@pytest.mark.parametrize("q, start, end", [
    ("How many bookings were made (booking date) in 2016?", "2016-01-01", "2016-12-31"),
    ("How many bookings came in during the week of 4 to 10 July 2016?", "2016-07-04", "2016-07-10"),
    ("How many bookings do we have in total, across both hotels, in 2016?", "2016-01-01", "2016-12-31")])
def test_time_and_group_words_that_ask_for_no_grouping(hotel, q, start, end):
    """"(booking date)", "the week of …" are words of a column or a period, not a series by day or week;
    "in total, across both hotels" is one total, not a breakdown by hotel."""
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert not any(c.name in ("metric_trend", "metric_breakdown") for c in a.tool_calls), a.tool_calls
    want = sum(1 for e in facts["events"] if e[3] == "tp_book" and start <= e[2][:10] <= end)
    assert want in _numbers(a), (want, a.answer)


def test_steps_inside_parentheses_that_define_the_measure_are_no_slice(hotel):
    """"(lead time from booking to check-in)" defines the measure; check-in is a word of it, not a filter."""
    service, facts = hotel
    a = ask(service, "On average, how many days ahead do guests book (lead time from booking to check-in)?")
    assert a.status == "ok", a.answer
    books = [r[11] for r in facts["orders"] if r[10] == "booking"]
    assert any(abs(v - sum(books) / len(books)) < 1e-9 for v in _numbers(a)), (sum(books) / len(books), a.answer)


def test_a_value_named_in_the_other_language(hotel):
    """"度假酒店" is the value Resort Hotel (matched across languages by the multilingual embedder, and said);
    a name that matches nothing clearly is still refused."""
    service, facts = hotel
    a = ask(service, "2016年度假酒店有多少次入住？")
    assert a.status == "ok", a.answer
    want = sum(1 for e in facts["events"] if e[3] == "tp_in" and e[5] == "Resort Hotel" and e[2].startswith("2016"))
    assert a.tables[0].rows[0][3] == want, a.answer
    assert any("Resort Hotel" in s for s in a.assumptions), a.assumptions
    b = ask(service, "2016年希尔顿有多少次入住？")
    assert b.status == "unsupported", b.answer


def test_people_and_restated_names_in_counts(hotel):
    """"How many guests did agent 9 bring": distinct people, not rows; "Resort Hotel guests (hotel = Resort Hotel)"
    restated in the other script is no unknown name."""
    service, facts = hotel
    a = ask(service, "How many guests checked in at the 度假酒店 (hotel = Resort Hotel) in 2016?")
    assert a.status == "ok", a.answer
    want = len({e[1] for e in facts["events"] if e[3] == "tp_in" and e[5] == "Resort Hotel" and e[2].startswith("2016")})
    assert a.tables[0].rows[0][3] == want, a.answer


def test_a_slice_comments_do_not_record_is_part_of_the_topic(hotel):
    """"有多少条反馈在说 GDS 订不了房": comments have no channel; GDS is searched for in what they say, not refused."""
    service, _ = hotel
    a = ask(service, "有多少条反馈在说GDS订不了房？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "feedback_count", a.tool_calls


@pytest.mark.parametrize("q, stars", [("How many 5-star reviews do we have?", {5}),
                                      ("差评（1到2星）一共有多少条？", {1, 2}),
                                      ("How many reviews were rated below 3 stars?", {1, 2}),
                                      ("4星及以上的评价有多少条？", {4, 5})])
def test_comments_counted_by_their_stars(hotel, q, stars):
    """Star ratings slice the comments (and define "差评" when the question says so); every comment counts,
    with or without a date."""
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert sum(1 for r in facts["feedback"] if r[5] in stars) in _numbers(a), a.answer


def test_a_share_of_low_stars_stays_a_share(hotel):
    service, facts = hotel
    a = ask(service, "What share of all reviews are negative, i.e. 1 or 2 stars?")
    assert a.status == "ok", a.answer
    want = sum(1 for r in facts["feedback"] if r[5] <= 2) / len(facts["feedback"])
    assert any(abs(v - want) < 1e-9 for v in _numbers(a)), (want, a.answer)


@pytest.mark.parametrize("q, test", [("How many bookings had adults > 2?", lambda r: r[8] > 2),
                                     ("How many bookings had at least 2 adults?", lambda r: r[8] >= 2),
                                     ("提前期大于150天的预订有多少笔？", lambda r: r[11] > 150)])
def test_a_comparison_on_a_numeric_column_is_a_slice(hotel, q, test):
    """"adults > 2", "at least 2 adults", "提前期大于150天": the numeric column's values that pass the comparison."""
    service, facts = hotel
    a = ask(service, q)
    assert a.status == "ok", a.answer
    want = sum(1 for r in facts["orders"] if r[10] == "booking" and test(r))
    assert want in _numbers(a), (want, a.answer)


@pytest.mark.parametrize("q", ["How many guests over 60 checked in during 2016?"])
def test_a_comparison_nothing_can_take_is_never_dropped(hotel, q):
    """The data has no age: "over 60" is said back, never answered for everyone."""
    service, _ = hotel
    a = ask(service, q)
    assert a.status in ("unsupported", "clarify"), a.answer
    assert "60" in a.answer, a.answer


def test_a_wait_between_two_steps_is_the_time_between_them(hotel):
    """"等待3天以上才入住的预订": the bookings whose check-in came more than 3 days after them (the time between the
    two steps), not a comparison left unread."""
    service, facts = hotel
    booked = {e[1] for e in facts["events"] if e[3] == "tp_book" and e[2].startswith("2016")}
    checked = {e[1] for e in facts["events"] if e[3] == "tp_in"}  # always 20 days after the booking
    a = ask(service, "2016年等待3天以上才入住的预订有多少？")
    assert a.status == "ok", a.answer
    assert len(booked & checked) in _numbers(a), (len(booked & checked), a.answer)


def test_a_word_mentioned_is_counted_as_written(hotel):
    """"How many reviews mention the staff": the comments containing the word, exactly, not those near it in
    meaning; said so."""
    service, facts = hotel
    a = ask(service, "How many reviews mention the staff?")
    assert a.status == "ok" and a.tool_calls[0].args.get("match") == "words", a.tool_calls
    assert sum(1 for r in facts["feedback"] if "staff" in r[7].lower()) in _numbers(a), a.tables[0].rows
    assert "as written" in a.answer


def test_the_rating_measured_is_no_grouping(hotel):
    service, facts = hotel
    a = ask(service, "What is the average star rating across all reviews?")
    assert a.status == "ok" and not a.tool_calls[0].args.get("dimension"), a.tool_calls
    ratings = [r[5] for r in facts["feedback"]]
    assert any(abs(v - sum(ratings) / len(ratings)) < 1e-9 for v in _numbers(a)), (a.tables[0].rows, a.assumptions)


@pytest.mark.parametrize("q", ["1到2星的差评占比是多少？", "What share of reviews gave 1-2 stars?"])
def test_share_of_one_and_two_star_reviews_is_one_number(hotel, q):
    service, facts = hotel
    ratings = [r[5] for r in facts["feedback"]]
    want = sum(1 for x in ratings if x <= 2) / len(ratings)
    a = ask(service, q)
    assert a.status == "ok" and a.tool_calls[0].args.get("metric_id") == "low_rating_share", a.tool_calls
    assert any(abs(v - want) < 1e-9 for v in _numbers(a)), (want, a.tables[0].rows)
