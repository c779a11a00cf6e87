"""Three readings from session 46's livestream batch, on a shop whose orders carry the host (host, host_en, host_id),
the live session (live_id), the carrier company (courier) and hours to refund, and whose customers carry a count of
paid orders (paid_orders):
- "Whose live sessions brought in the most money?" ranks the hosts — "whose" asks for the people's column, and the
  live sessions named after it are what they own, not the grouping;
- "Paid orders only" names the rows kept, never a grouping by the customers' paid_orders column;
- "一共卖了多少钱？退款的不算" measures the money sold: a measure's word said to be left out (refund hours) is no
  measure.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

HOSTS = {"H01": ("李婶", "Auntie Li"), "H02": ("阿强", "Aqiang"), "H03": ("陈叔", "Uncle Chen")}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4704)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, events, customers = [], [], []
    money: Counter[str] = Counter()
    paid_n: Counter[str] = Counter()
    kept = 0.0
    for i in range(600):
        cid = f"C{i % 250:04d}"
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=20)
        hid = rnd.choices(list(HOSTS), weights=[5, 3, 2])[0]
        live = f"L{rnd.randrange(40):03d}"
        amount = round(rnd.uniform(30, 120) * (1.6 if hid == "H01" else 1.0), 2)
        status = "refunded" if rnd.random() < 0.15 else "paid"
        hours = round(rnd.uniform(2, 90), 1) if status == "refunded" else ""
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), amount, status, live, hid, HOSTS[hid][0],
                       HOSTS[hid][1], rnd.choice(["zto", "sf"]), hours))
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_live", live, hid, HOSTS[hid][0], HOSTS[hid][1]))
        if status == "paid":
            money[HOSTS[hid][1]] += amount
            kept += amount
            paid_n[cid] += 1
    customers = [(f"C{j:04d}", "2025-01-01", paid_n[f"C{j:04d}"]) for j in range(250)]
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "stage"],
              [("tp_live", "Enter live room", "进入直播间", "awareness")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "paid_orders"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "live_id", "host_id", "host",
                                   "host_en"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "live_id", "host_id", "host",
                                   "host_en", "courier", "refund_hours"], orders)
    return {"top": money.most_common(1)[0][0], "kept": kept}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("whose"), _company) as out:
        yield out


def test_whose_ranks_the_people(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Whose live sessions brought in the most money in 2025? Paid orders only, refunds excluded.")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top"], (a.tables[0].columns, a.tables[0].rows)


def test_measure_left_out_is_no_measure(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年一共卖了多少钱？退款的不算")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("value")] == pytest.approx(facts["kept"], rel=1e-6), (a.assumptions, t.rows)
