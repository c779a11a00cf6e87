"""Money on orders kept in several currencies, and money spent said as what ranks (session 50, from the koi batch):
- "What was total revenue in 2025?" on orders in CNY, JPY and USD with amount_cny beside: the converted column, never
  yen and yuan added up;
- "Which market spent the most in 2025?": the money spent ranks the markets (it counted events);
- "Who are our top 5 customers by revenue?": individual customers are not ranked, said — it answered by technician.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import amount_said, ask, first_numbers, service_on, write_csv

RATES = {"CN": ("CNY", 1.0), "JP": ("JPY", 0.048), "US": ("USD", 7.2)}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5006)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events, orders = [], [], []
    cny = {m: 0.0 for m in RATES}
    for i in range(200):
        cid = f"K{i:04d}"
        market = rnd.choice(list(RATES))
        customers.append((cid, "2024-10-01", market))
        seen = datetime(2025, 1, 1, 10) + timedelta(days=364 * i // 199)
        events.append((f"E{i:04d}", cid, seen.isoformat(sep=" "), "tp_visit", "done", f"T{i % 3}"))
        for j in range(3):
            code, rate = RATES[market]
            local = round(rnd.uniform(100, 900) / rate, 0)
            status = "paid" if rnd.random() < 0.9 else "cancelled"
            at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(330), hours=12)
            orders.append((f"O{i:04d}{j}", cid, at.isoformat(sep=" "), local, code, round(local * rate, 2), status))
            if status == "paid":
                cny[market] += round(local * rate, 2)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_visit", "Pond visit", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "market"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "technician"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "currency", "amount_cny", "status"], orders)
    return {"total": round(sum(cny.values()), 2), "by_market": cny}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("money_spent"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["What was total revenue in 2025?", "2025年收入一共多少？"])
def test_amounts_in_several_currencies_are_added_up_converted(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, facts["total"]), (a.answer, facts)


@pytest.mark.parametrize("q", ["Which market spent the most in 2025?", "2025年哪个市场的客户花钱最多？"])
def test_money_spent_ranks_the_groups(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    top = max(facts["by_market"], key=facts["by_market"].get)
    assert a.tables[0].rows[0][0] in (top, {"CN": "中国大陆"}.get(top, top)), (a.answer, facts)
    assert any(abs(x - facts["by_market"][top]) < 0.01 for x in first_numbers(a)), (a.answer, facts)


@pytest.mark.parametrize("q", ["Who are our top 5 customers by revenue in 2025?", "Who was our biggest spender in 2025?"])
def test_individual_customers_ranked_are_said_not_answered_by_staff(company, q) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, q)
    assert a.status in ("unsupported", "clarify"), a.answer
    assert "technician" not in str(a.tool_calls), a.tool_calls


def test_a_share_of_money_in_several_currencies_is_of_the_converted_amounts(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of 2025 revenue came from the US market?")
    assert a.status == "ok", a.answer
    share = facts["by_market"]["US"] / facts["total"]
    assert any(abs(x - share) < 1e-3 for x in first_numbers(a)), (a.answer, share)


@pytest.mark.parametrize("q", ["技师平均月收入是多少？", "What do our technicians earn per month?",
                               "Technicians' average monthly income?"])
def test_the_pay_of_the_companys_own_people_is_not_revenue(company, q) -> None:  # noqa: ANN001
    """("上海司机平均月收入是多少" answered the average order value: session 49's chauffeur batch)"""
    service, _ = company
    a = ask(service, q)
    assert a.status == "unsupported", a.answer


def test_coming_back_with_a_result_is_no_return_visit(company) -> None:  # noqa: ANN001
    """("which insurer took the longest on average to come back with a pre-auth decision" answered a 30-day repurchase
    rate: session 50's infusion batch)"""
    service, _ = company
    a = ask(service, "Which market took the longest on average to come back with a decision in 2025?")
    assert "retention" not in str(a.tool_calls) and "repurchase" not in a.answer.lower(), (a.answer, a.tool_calls)


@pytest.mark.parametrize("q, status", [("每个月房租多少钱？", "unsupported"), ("What is our shop rent per month?", "unsupported"),
                                       ("2025年房租收入一共多少？", "ok")])
def test_the_rent_the_company_pays_is_outside_the_data(company, q, status) -> None:  # noqa: ANN001
    """("大阪工房每个月房租多少钱" answered the orders' monthly revenue: session 50's knife-sharpening batch); rent earned
    is revenue"""
    service, _ = company
    a = ask(service, q)
    assert a.status == status, a.answer


def test_a_measures_word_takes_no_ing_form(tmp_path) -> None:  # noqa: ANN001
    """("Average satisfaction rating …" read "rating" as a form of "rate" and answered the share of 4-5 stars: session
    50's franchise batch); the average rating is the average of the stars."""
    def folder(tmp: Path) -> dict[str, object]:
        tmp.mkdir(parents=True, exist_ok=True)
        stars = [1 + (i * 7) % 5 for i in range(80)]
        write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_survey", "Survey", "loyalty")])
        write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:03d}", "2025-01-01") for j in range(80)])
        write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"],
                  [(f"E{i:03d}", f"C{i:03d}", "2025-03-01 10:00:00", "tp_survey", "sent") for i in range(80)])
        write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"],
                  [(f"F{i:03d}", f"C{i:03d}", "2025-03-02 10:00:00", "tp_survey", "ok", str(s)) for i, s in enumerate(stars)])
        return {"avg": sum(stars) / len(stars)}
    with service_on(tmp_path, folder) as (service, facts):
        a = ask(service, "What was the average satisfaction rating in 2025?")
        assert a.status == "ok", a.answer
        assert any(abs(x - facts["avg"]) < 0.01 for x in first_numbers(a)), (a.answer, facts)
