"""Money of one kind of order, where the kind's word also names a step and a journey (causes seen in session 33's
first blind batch, a rescue charity whose "donation" is a journey, a step and an order type):

- "donation income", "how much did we raise in donations", "一共收到多少捐款": the orders of type donation — the
  step "Donation made" cannot slice orders, and the answer used to refuse;
- "total income - donations, adoption fees and merch": "total" is the income's; "adoption fees", also a number on
  the contract events, is a kind of order in the list, not the total of that number;
- "99 Giving Day" for the campaign giving_day_99: a name with its number moved to the front;
- "How many volunteer hours were logged": the total of shift_hours, the one column kept in hours, not an event
  count;
- "Leaving aside the monthly-giving programme": every other campaign.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

KINDS = ("donation", "adoption_fee", "merch")
CAMPAIGNS = ("daily", "monthly_giving", "giving_day_99", "year_end")


def _rescue(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3302)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_donate_view", "Donation page", "捐赠页浏览", "Donation page viewed", "awareness", "donation page"),
               ("tp_donate", "Donation made", "完成捐赠", "Donation made", "loyalty", "donation|donate|捐款|捐赠"),
               ("tp_contract", "Contract & fee", "签约缴费", "Contract signed & fee paid", "purchase",
                "adoption fee|领养费|签约"),
               ("tp_shift", "Volunteer shift", "志愿者上岗", "Volunteer shift", "loyalty", "shift|上岗")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("donation", "donation", 1, "tp_donate_view", 30), ("donation", "donation", 2, "tp_donate", 30),
               ("adoption", "adoption", 1, "tp_contract", 30)])
    customers, events, orders = [], [], []
    for i in range(300):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-06-01"))
    for i in range(1200):
        cid = f"C{i % 300:04d}"
        t = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(12))
        kind = KINDS[i % 3]
        camp = CAMPAIGNS[rnd.randrange(4)] if kind == "donation" else ""
        status = "paid" if rnd.random() < 0.9 else "cancelled"
        amount = float(50 + (i * 37) % 500)
        orders.append((f"O{i:05d}", cid, t.isoformat(sep=" "), amount, status, kind, camp))
        if kind == "donation":
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_donate", "donated", "", ""))
        elif kind == "adoption_fee":
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_contract", "signed", amount, ""))
    for i in range(400):
        t = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(540), hours=rnd.randrange(12))
        events.append((f"E{len(events):05d}", f"C{i % 300:04d}", t.isoformat(sep=" "), "tp_shift", "worked", "",
                       float(rnd.choice((2, 3, 4, 6)))))
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "campaign"], orders)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "adoption_fee",
                                   "shift_hours"], events)
    return {"orders": orders, "events": events}


@pytest.fixture(scope="module")
def rescue(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("money_of_a_kind"), _rescue) as out:
        yield out


def _paid(facts, start: str, end: str, keep) -> float:  # noqa: ANN001
    return sum(o[3] for o in facts["orders"] if start <= o[2][:10] <= end and o[4] == "paid" and keep(o))


def _has(a, want: float) -> bool:  # noqa: ANN001
    return any(abs(v - want) < 0.01 for v in first_numbers(a))


@pytest.mark.parametrize("q", ["How much donation income did we get in 2025?",
                               "How much did we raise in donations in 2025?",
                               "2025年一共收到多少捐款？"])
def test_money_of_a_kind_named_like_a_step_is_that_kind_of_order(rescue, q) -> None:  # noqa: ANN001
    service, facts = rescue
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "revenue", a.tool_calls
    assert (a.tool_calls[0].args.get("filters") or {}).get("order_type") == ["donation"], a.tool_calls
    assert _has(a, _paid(facts, "2025-01-01", "2025-12-31", lambda o: o[5] == "donation")), a.tables[0].rows


def test_a_total_belongs_to_the_measure_after_it(rescue) -> None:  # noqa: ANN001
    service, facts = rescue
    a = ask(service, "What was our total income in 2025 - donations, adoption fees and merch, paid only?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "revenue", a.tool_calls
    assert _has(a, _paid(facts, "2025-01-01", "2025-12-31", lambda o: True)), a.tables[0].rows


def test_a_name_with_its_number_in_front_is_the_value(rescue) -> None:  # noqa: ANN001
    service, facts = rescue
    a = ask(service, "How much did we raise in donations during 99 Giving Day campaigns in 2025?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("campaign") == ["giving_day_99"], a.tool_calls
    assert _has(a, _paid(facts, "2025-01-01", "2025-12-31", lambda o: o[6] == "giving_day_99")), a.tables[0].rows


def test_hours_counted_are_the_total_of_the_column_kept_in_hours(rescue) -> None:  # noqa: ANN001
    service, facts = rescue
    a = ask(service, "How many volunteer hours were logged in Q2 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "sum_shift_hours", a.tool_calls
    want = sum(e[6] for e in facts["events"] if e[3] == "tp_shift" and "2025-04-01" <= e[2][:10] <= "2025-06-30")
    assert _has(a, want), (a.tables[0].rows, want)


def test_leaving_aside_a_value_leaves_it_out(rescue) -> None:  # noqa: ANN001
    service, facts = rescue
    a = ask(service, "Leaving aside the monthly-giving programme, which campaign brought in the most donation money "
                     "in 2025?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("campaign") == ["!=monthly_giving"], a.tool_calls
    sums = {c: _paid(facts, "2025-01-01", "2025-12-31", lambda o, c=c: o[6] == c) for c in CAMPAIGNS
            if c != "monthly_giving"}
    assert a.tables[0].rows[0][0] == max(sums, key=sums.get), (a.tables[0].rows, sums)
