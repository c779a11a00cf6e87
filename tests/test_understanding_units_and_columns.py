"""Which column a ranking is by, and times said in days (causes seen in session 32's blind batches):

- "which event type" where the company's data has an event_type column is that column, though "event type" is also
  another name of the contract's action column;
- "median days per lease." closing the question is how the time is counted; "which site" is the grouping, not
  lease_id;
- "从开票到回款天数的中位数", "哪类客户回款最慢": the time between the two steps, ranked by the customers' type;
- "the average actual guest count at the weddings we held": "weddings" is event_type = wedding, which the event day
  records with its guests, not the web page "weddings"; "guest count" is no clause saying what else counts;
- "How much did we make from trial-week fees?" with a money measure of the orders: the orders of type trial_fee,
  not the step "Trial week" (orders carry no step; the answer used to refuse, or drop "set-up fees" silently);
- "还有多少钱没收回来", "still outstanding": the amount of the unpaid orders, not all revenue.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from statistics import median

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

TYPES = {"wedding": 120, "conference": 40, "launch": 15}          # days from contract to the event, about
SITES = {"Riverside": 20, "Hilltop": 5}                            # days from invoice to payment, about
KINDS = {"市政单位": 60, "总包单位": 25, "个人业主": 8}


def _venues(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3202)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_contract", "Contract signed", "签约", "Contract signed", "purchase", "contract|signing|签合同"),
               ("tp_event_day", "Event day", "活动当天", "Event day", "service", "event day|活动日"),
               ("tp_invoice", "Invoice", "开票", "Invoice", "service", "invoice|发票"),
               ("tp_payment", "Payment", "回款", "Payment", "service", "payment|回款|paid"),
               ("tp_web_visit", "Website visit", "官网浏览", "Website visit", "awareness", "website|官网"),
               ("tp_trial", "Trial week", "试营业", "Trial week", "consideration", "trial week|trial|试营业")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("booking", "预订", 1, "tp_contract", 365), ("booking", "预订", 2, "tp_event_day", 365),
               ("billing", "结算", 1, "tp_invoice", 365), ("billing", "结算", 2, "tp_payment", 365)])
    customers, events, cases = [], [], []
    for i in range(300):
        cid = f"C{i:04d}"
        kind = list(KINDS)[i % 3]
        customers.append((cid, "2024-01-01", kind))
        etype, site = list(TYPES)[i % 3], list(SITES)[i % 2]
        t = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(150), hours=rnd.randrange(8))
        lead = TYPES[etype] + rnd.randrange(-5, 6)
        day = t + timedelta(days=lead)
        inv = day + timedelta(days=1)
        pay = inv + timedelta(days=KINDS[kind] + SITES[site] + rnd.randrange(0, 4), hours=rnd.randrange(5))
        lease = f"LS{i:05d}"
        guests = {"wedding": 180, "conference": 90, "launch": 60}[etype] + rnd.randrange(-30, 31)
        events.append((f"E{len(events):05d}", cid, (t - timedelta(days=3)).isoformat(sep=" "), "tp_web_visit", "view",
                       "", "", "", etype + "s", ""))
        for tp, at, action in (("tp_contract", t, "signed"), ("tp_event_day", day, "held"),
                               ("tp_invoice", inv, "issued"), ("tp_payment", pay, "paid")):
            events.append((f"E{len(events):05d}", cid, at.isoformat(sep=" "), tp, action, etype, site, lease, "",
                           guests if tp == "tp_event_day" else ""))
        cases.append({"type": etype, "site": site, "kind": kind, "lead": (day - t).total_seconds(),
                      "pay": (pay - inv).total_seconds(), "t": t, "inv": inv, "day": day, "guests": guests})
    orders = [(f"O{i:05d}", f"C{i % 300:04d}", (datetime(2025, 1, 2) + timedelta(days=i % 300)).isoformat(sep=" "),
               float(100 + (i * 37) % 900), "unpaid" if i % 7 == 0 else "paid", ("rent", "setup_fee", "trial_fee")[i % 3])
              for i in range(600)]
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "客户类型"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "event_type", "site",
                                   "lease_id", "page", "actual_guests"], events)
    return {"cases": cases, "orders": orders}


@pytest.fixture(scope="module")
def venues(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("units_columns"), _venues) as out:
        yield out


def _top(facts, key: str, value: str) -> str:  # noqa: ANN001
    groups: dict[str, list[float]] = {}
    for c in facts["cases"]:
        groups.setdefault(c[key], []).append(c[value])
    return max(groups, key=lambda g: median(groups[g]))


def test_the_column_named_as_it_is_is_the_one_meant(venues) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, "Which event type gets booked furthest in advance? Median days from contract signing to the event "
                     "day, for contracts signed in 2025.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "event_type", a.tool_calls
    assert a.tables[0].rows[0][0] == _top(facts, "type", "lead"), a.tables[0].rows


def test_a_case_unit_closing_the_question_groups_nothing(venues) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, "For invoices issued in 2025, which site took the longest from invoice to payment? Median days per lease.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "site", a.tool_calls
    assert a.tables[0].rows[0][0] == _top(facts, "site", "pay"), a.tables[0].rows


@pytest.mark.parametrize("q", ["哪类客户回款最慢？看2025年开的发票，从开票到回款天数的中位数",
                               "2025年开的发票，按客户类型看，从开票到回款的天数中位数哪类最长？"])
def test_days_between_two_steps_said_in_chinese_are_a_time(venues, q) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "median_time_to_convert", a.tool_calls
    assert a.tool_calls[0].args.get("dimension") == "客户类型", a.tool_calls
    assert a.tables[0].rows[0][0] == _top(facts, "kind", "pay"), a.tables[0].rows


def test_a_word_two_columns_hold_is_the_one_the_measured_steps_record(venues) -> None:  # noqa: ANN001
    service, facts = venues
    guests = [c["guests"] for c in facts["cases"] if c["type"] == "wedding" and c["day"].year == 2025]
    a = ask(service, "What was the average actual guest count at the weddings we held in 2025?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("event_type") == ["wedding"], a.tool_calls
    assert any(abs(v - sum(guests) / len(guests)) < 0.01 for v in first_numbers(a)), (a.tables[0].rows, guests)


@pytest.mark.parametrize("q, kind", [("How much did we make from trial-week fees in 2025?", "trial_fee"),
                                     ("How much revenue did set-up fees bring in 2025?", "setup_fee")])
def test_an_order_kind_said_in_words_slices_the_orders(venues, q, kind) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("order_type") == [kind], a.tool_calls
    want = sum(o[3] for o in facts["orders"] if o[5] == kind and o[4] == "paid")
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (a.tables[0].rows, want)


@pytest.mark.parametrize("q", ["现在还有多少钱没收回来？未付款订单的总金额", "How much money is still outstanding on unpaid orders?"])
def test_money_still_owed_is_the_unpaid_orders(venues, q) -> None:  # noqa: ANN001
    service, facts = venues
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("order_status") == ["unpaid"], a.tool_calls
    want = sum(o[3] for o in facts["orders"] if o[4] == "unpaid")
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (a.tables[0].rows, want)
