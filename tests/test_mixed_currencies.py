"""Money on orders kept in several currencies with no converted amount beside them (a chain with venues in Beijing and
Queenstown, CNY and NZD): a total over both is never added up — the answer says which currencies and asks for one —
while a currency said ("in CNY", "多少纽币"), a venue that sells in one currency, or a grouping by currency answers.
Also: a venue named in Chinese by a dictionary word jieba cuts (皇后镇, "Queenstown, town in New Zealand").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

VENUES = (("beijing", "CNY", 300.0), ("queenstown", "NZD", 60.0))


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(6102)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_page", "购票页", "购票页", "Ticket page", "consideration"),
               ("tp_pay", "支付成功", "支付成功", "Payment", "purchase")])
    customers, events, orders = [], [], []
    for i in range(300):
        cid = f"C{i:04d}"
        venue, currency, price = VENUES[i % 2]
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=rnd.randrange(9, 20))
        customers.append((cid, at.isoformat(sep=" "), "new"))
        events.append((f"E{len(events):05d}", cid, at.isoformat(sep=" "), "tp_page", venue))
        if rnd.random() < (0.8 if venue == "beijing" else 0.6):
            events.append((f"E{len(events):05d}", cid, (at + timedelta(minutes=9)).isoformat(sep=" "), "tp_pay", venue))
            qty = 1 + rnd.randrange(3)
            orders.append((f"O{len(orders):05d}", cid, (at + timedelta(minutes=9)).isoformat(sep=" "), price * qty,
                           "paid" if rnd.random() < 0.9 else "refunded", currency, venue))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "site"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "currency", "site"], orders)
    return {"orders": orders, "events": events}


@pytest.fixture(scope="module")
def venues(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("mixed_currencies"), _folder) as out:
        yield out


def _paid(facts: dict, **kw: str) -> float:
    at = {"currency": 5, "site": 6}
    return sum(o[3] for o in facts["orders"] if o[4] == "paid" and all(o[at[k]] == v for k, v in kw.items()))


@pytest.mark.parametrize("question,codes", [("What was total revenue in 2025?", ("CNY", "NZD")),
                                            ("2025年收入一共多少？", ("CNY", "NZD"))])
def test_a_total_over_several_currencies_is_never_added_up(venues, question: str, codes: tuple[str, ...]) -> None:  # noqa: ANN001
    service, facts = venues
    mixed = _paid(facts)
    a = service.answer(question)
    assert a.status != "ok", (a.tool_calls, a.answer)
    assert all(c in a.answer for c in codes), a.answer
    assert f"{mixed:,.2f}" not in a.answer and f"{round(mixed):,}" not in a.answer, a.answer


@pytest.mark.parametrize("question,kw", [("What was total revenue in CNY in 2025?", {"currency": "CNY"}),
                                         ("2025年收入多少纽币？", {"currency": "NZD"}),
                                         ("How much revenue did the Queenstown venue make in 2025?",
                                          {"site": "queenstown"}),
                                         ("皇后镇2025年收入多少？", {"site": "queenstown"})])
def test_one_currency_said_or_implied_answers(venues, question: str, kw: dict[str, str]) -> None:  # noqa: ANN001
    service, facts = venues
    want = _paid(facts, **kw)
    a = service.answer(question)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.tool_calls, a.answer)


def test_revenue_by_currency_is_each_currencys_own(venues) -> None:  # noqa: ANN001
    service, facts = venues
    a = service.answer("2025 revenue by currency")
    assert a.status == "ok", a.answer
    got = {r[0]: r[1] for r in a.tables[0].rows}
    assert abs(got["CNY"] - _paid(facts, currency="CNY")) < 0.01 and abs(got["NZD"] - _paid(facts, currency="NZD")) < 0.01, got


def test_which_shop_names_the_site_column(venues) -> None:  # noqa: ANN001
    """"哪家店" where the places are kept in `site` (门店 in Chinese): the site column, ranked."""
    service, facts = venues
    payers = {v: len({e[1] for e in facts["events"] if e[3] == "tp_pay" and e[4] == v}) for v in ("beijing", "queenstown")}
    top = max(payers, key=payers.get)
    a = service.answer("2025年哪家店支付成功的单子最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top and payers[top] in a.tables[0].rows[0], (payers, a.tool_calls, a.tables[0].rows)
