"""Money kept in each order's own currency beside a column converted to one currency (amount_usd), as session 45's
sleep-clinic, ferry and food-tour batches keep it:
- "Converted to USD, which city brought in the least revenue in 2025?" is the converted column's total per city
  ("converted" is no conversion rate);
- "What share of 2025 revenue in USD came from Toronto?" is that column on both sides;
- "Toronto revenue for Q4 2025, in Canadian dollars?" totals the rows kept in CAD ("Canadian" names no slice the data
  lacks);
- "How much did we sell in H2 2025, in USD?" is the sales (no "for" needed after "sell");
- a currency the data neither keeps nor converts to is still only the unit (nothing is converted by us).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CITIES = {"Beijing": ("CNY", 0.14), "Toronto": ("CAD", 0.73), "Dublin": ("EUR", 1.08)}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4504)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_visit", "Consultation", "初诊", "Consultation", "purchase")])
    customers, events, orders = [], [], []
    usd: dict[str, float] = defaultdict(float)
    local: dict[str, float] = defaultdict(float)
    usd_h2 = 0.0
    toronto_q4 = 0.0
    for i in range(900):
        cid = f"C{i:04d}"
        city = list(CITIES)[i % 3]
        code, rate = CITIES[city]
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=10)
        events.append((f"E{i:05d}", cid, at.isoformat(sep=" "), "tp_visit"))
        amount = float(rnd.randrange(100, 3000))
        status = "paid" if i % 7 else "refunded"
        orders.append((f"O{i:05d}", cid, at.isoformat(sep=" "), amount, status, code, round(amount * rate, 2), city))
        if status == "paid":
            usd[city] += round(amount * rate, 2)
            local[city] += amount
            usd_h2 += round(amount * rate, 2) if at.month >= 7 else 0.0
            if city == "Toronto" and at.month >= 10:
                toronto_q4 += amount
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "currency", "amount_usd", "city"],
              orders)
    return {"least_usd": min(usd, key=usd.get), "toronto_share": usd["Toronto"] / sum(usd.values()),
            "toronto_q4_cad": toronto_q4, "usd_h2": usd_h2, "top_usd": max(usd, key=usd.get), "local": dict(local)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("converted_currency"), _company) as out:
        yield out


def test_converted_to_usd_ranks_the_converted_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Converted to USD, which city brought in the least revenue in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["least_usd"], a.answer
    assert any(c.args.get("metric_id") == "sum_amount_usd" for c in a.tool_calls), a.tool_calls


def test_a_share_of_revenue_in_usd_uses_the_converted_column_on_both_sides(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of 2025 revenue in USD came from Toronto?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["toronto_share"]) < 0.002 for v in first_numbers(a)), (facts, a.answer)


def test_how_much_did_we_sell_is_the_sales_in_the_currency_asked(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How much did we sell in H2 2025, in USD?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["usd_h2"]) < 0.05 for v in first_numbers(a)), (facts, a.answer)


def test_revenue_in_a_currency_the_rows_are_kept_in(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Toronto revenue for Q4 2025, in Canadian dollars?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["toronto_q4_cad"]) < 0.01 for v in first_numbers(a)), (facts, a.answer)


def test_a_currency_neither_kept_nor_converted_to_is_only_the_unit(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "What was Dublin revenue in 2025 in Japanese yen?")
    assert not any(c.args.get("metric_id") == "sum_amount_usd" for c in a.tool_calls), a.tool_calls
    assert not any("JPY" in str((c.args.get("filters") or {}).get("currency")) for c in a.tool_calls), a.tool_calls


NAMES = {"CNY": "yuan", "CAD": "Canadian dollars", "EUR": "euros"}


def test_a_follow_up_in_the_rows_own_currency_leaves_the_converted_column(company) -> None:  # noqa: ANN001
    service, facts = company
    first = ask(service, "Which city brought in the most revenue in 2025, in USD?")
    assert first.status == "ok" and first.tables[0].rows[0][0] == facts["top_usd"], first.answer
    code = CITIES[facts["top_usd"]][0]
    a = ask(service, f"how much was that in {NAMES[code]}?", session=first.session_id)
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["local"][facts["top_usd"]]) < 0.05 for v in first_numbers(a)), (facts, a.answer)


@pytest.mark.parametrize("q", ["2025年第四季度收了多少加币？", "2025年第四季度的收入是多少加元？"])
def test_a_currencys_everyday_chinese_name(company, q) -> None:  # noqa: ANN001
    """(session 46's orthotics batch: "折新币", "收了多少令吉" — the everyday names 新币, 令吉, 加币 name SGD, MYR, CAD as
    新加坡元 and 加元 do)"""
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["toronto_q4_cad"]) < 0.01 for v in first_numbers(a)), (facts, a.answer)
