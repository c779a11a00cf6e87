"""A review given is a step people take, when the data records it as one (blind batch motorent of session 51, checked
in session 52): "of riders we sent a review request to, what share actually left a review within 14 days" is the
conversion from the review request to the review step, not the share of all customers who got a request; "what do
customers say in their reviews about the guides" stays a question about the comments.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _tours(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5203)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "预订", "预订", "Booking", "purchase", "booking"),
               ("tp_tour", "出发", "出发", "Tour", "service", "tour"),
               ("tp_invite", "评价邀请", "评价邀请", "Review invitation", "loyalty", "review request|邀评"),
               ("tp_review", "用户评价", "用户评价", "Review", "loyalty", "review|写评价")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("trip", "出行", 1, "tp_book", 60), ("trip", "出行", 2, "tp_tour", 60),
               ("loop", "邀评转化", 1, "tp_invite", 14), ("loop", "邀评转化", 2, "tp_review", 14)])
    customers, events, feedback = [], [], []
    for i in range(900):
        cid = f"T{i:04d}"
        customers.append((cid, "2024-12-01"))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(8, 18))
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_book", "book"))
        if rnd.random() < 0.3:
            continue
        tour = at + timedelta(days=5)
        events.append((f"E{len(events):06d}", cid, tour.isoformat(sep=" "), "tp_tour", "ride"))
        if rnd.random() < 0.8:
            inv = tour + timedelta(days=1)
            events.append((f"E{len(events):06d}", cid, inv.isoformat(sep=" "), "tp_invite", "sent"))
            r = rnd.random()
            if r < 0.3:  # reviews within two weeks
                rev = inv + timedelta(days=rnd.randrange(0, 13))
            elif r < 0.4:  # and some much later
                rev = inv + timedelta(days=rnd.randrange(20, 40))
            else:
                continue
            events.append((f"E{len(events):06d}", cid, rev.isoformat(sep=" "), "tp_review", "submit"))
            feedback.append((f"F{len(feedback):05d}", cid, rev.isoformat(sep=" "), "tp_review",
                             rnd.choice(["guide was great", "bike was dirty", "loved the route"]), rnd.randint(1, 5)))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    return {"events": events}


@pytest.fixture(scope="module")
def tours(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("review_given"), _tours) as out:
        yield out


def test_share_that_left_a_review_after_the_request(tours) -> None:  # noqa: ANN001
    service, facts = tours
    first_invite: dict[str, datetime] = {}
    reviews: dict[str, list[datetime]] = {}
    for e in facts["events"]:
        at = datetime.fromisoformat(e[2])
        if e[3] == "tp_invite" and at.year == 2025:
            first_invite.setdefault(e[1], at)
        elif e[3] == "tp_review":
            reviews.setdefault(e[1], []).append(at)
    done = sum(1 for c, at in first_invite.items()
               if any(at <= r <= at + timedelta(days=14) for r in reviews.get(c, [])))
    want = done / len(first_invite)
    a = ask(service, "In 2025, of customers we sent a review request to, what share actually left a review within "
                     "14 days?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)[:1]), (want, a.answer)


def test_reviews_read_for_what_they_say_stay_comments(tours) -> None:  # noqa: ANN001
    service, _ = tours
    a = ask(service, "what do customers say in their reviews about the guide?")
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].name.startswith("feedback"), a.tool_calls
