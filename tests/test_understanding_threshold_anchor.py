"""A threshold on a step's own time column, its start said as another step (blind batch divegear of session 52):
"what % of ZTO deliveries in 2025 took more than 5 days after dispatch?" where the delivery rows carry delivery_days:
the share of the deliveries over 5 days — never a conversion from delivery back to dispatch. "held up by a parts
backorder" is the yes of the yes/no column parts_backorder.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv


def _parcels(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5214)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "下单", "下单", "Order placed", "purchase", "order"),
               ("tp_ship", "发货", "发货", "Parcel shipped", "service", "dispatch|shipped"),
               ("tp_delivered", "签收", "签收", "Parcel delivered", "service", "delivery|deliveries|delivered")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("shop", "网购", 1, "tp_order", 30), ("shop", "网购", 2, "tp_ship", 30),
               ("shop", "网购", 3, "tp_delivered", 30)])
    customers, events = [], []
    for i in range(600):
        cid = f"D{i:04d}"
        customers.append((cid, "2025-01-01"))
        courier = ("ZTO", "SF")[i % 2]
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(8, 18))
        days = rnd.randrange(2, 9) if courier == "ZTO" else rnd.randrange(1, 4)
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_order", "placed", courier, "", ""))
        events.append((f"E{len(events):06d}", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_ship", "shipped",
                       courier, "", ""))
        events.append((f"E{len(events):06d}", cid, (at + timedelta(days=1 + days)).isoformat(sep=" "), "tp_delivered",
                       "delivered", courier, days, "yes" if days >= 7 else "no"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "courier",
                                   "delivery_days", "parts_backorder"], events)
    return {"events": events}


@pytest.fixture(scope="module")
def parcels(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("threshold_anchor"), _parcels) as out:
        yield out


def test_share_over_a_threshold_counted_from_another_step(parcels) -> None:  # noqa: ANN001
    service, facts = parcels
    rows = [e for e in facts["events"] if e[3] == "tp_delivered" and e[5] == "ZTO" and e[2][:4] == "2025"]
    want = sum(1 for e in rows if e[6] > 5) / len(rows)
    a = service.answer("what % of ZTO deliveries in 2025 took more than 5 days after dispatch?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_held_up_by_a_flag_is_its_yes(parcels) -> None:  # noqa: ANN001
    service, facts = parcels
    want = sum(1 for e in facts["events"] if e[3] == "tp_delivered" and e[7] == "yes" and e[2][:4] == "2025")
    a = service.answer("How many deliveries in 2025 were held up by a parts backorder?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)
