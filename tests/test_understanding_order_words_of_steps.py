"""The orders' words said of the steps of a conversion (cause seen in session 34's third blind batch, a vegetable box
subscription and a fabric sourcing platform): "Which acquisition channel's trial boxes convert worst into a paid
subscription?" — "paid" said right before the subscription step, "trial boxes" on the trial-order step's words, and
"a paid bulk deposit" naming the Deposit paid step describe those steps' records; they are no slice of the orders'
status or kind, which the events cannot take (it was "order status is recorded on orders, but overall conversion
rate is counted from events").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CHANNELS = {"groupbuy": 0.1, "douyin": 0.3, "referral": 0.6}


def _boxes(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3416)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_trial_order", "Trial box order", "体验盒下单", "Trial box order", "consideration",
                "trial box|trial boxes|体验盒"),
               ("tp_subscribe", "Subscription started", "开通订阅", "Subscription started", "purchase",
                "subscription|subscribe|订阅")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("trial", "Trial to subscription", 1, "tp_trial_order", 21),
               ("trial", "Trial to subscription", 2, "tp_subscribe", 21)])
    customers, events, orders = [], [], []
    conv = {c: [0, 0] for c in CHANNELS}
    for i in range(900):
        cid = f"C{i:04d}"
        channel = list(CHANNELS)[i % 3]
        customers.append((cid, "2024-12-01", channel))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(320), hours=rnd.randrange(8))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_trial_order", "ordered"))
        orders.append((f"O{len(orders):05d}", cid, t.isoformat(sep=" "), "19.90", "paid", "trial_box"))
        conv[channel][0] += 1
        if rnd.random() < CHANNELS[channel]:
            s = t + timedelta(days=rnd.randrange(1, 15))
            events.append((f"E{len(events):05d}", cid, s.isoformat(sep=" "), "tp_subscribe", "started"))
            orders.append((f"O{len(orders):05d}", cid, s.isoformat(sep=" "), "199.00", "paid", "subscription"))
            conv[channel][1] += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"conv": {c: b / a for c, (a, b) in conv.items()}}


@pytest.fixture(scope="module")
def boxes(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("order_words_of_steps"), _boxes) as out:
        yield out


def test_the_orders_words_said_of_steps_slice_no_conversion(boxes) -> None:  # noqa: ANN001
    service, facts = boxes
    a = ask(service, "Which acquisition channel's trial boxes convert worst into a paid subscription? "
                     "2025 trial orders, per person.")
    assert a.status == "ok", a.answer
    worst = min(facts["conv"], key=facts["conv"].get)
    assert a.tables[0].rows[0][0] == worst, (a.answer, a.tables[0].rows, facts["conv"])
    assert abs(first_numbers(a)[0] - facts["conv"][worst]) < 0.005, (a.tables[0].rows, facts["conv"])
