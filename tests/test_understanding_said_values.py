"""Values and columns said in the asker's words (causes seen in session 35's blind batches, a cloud phone company, a
seller ERP and a payroll SaaS): "on monthly billing" where billing_cycle holds monthly and billing is also a ticket
category; "Australian" where 国家 holds 澳大利亚 and 州 holds 西澳大利亚州; "the most common type of support ticket";
"cancelled by the end of the data" ("by" a time, no grouping); "the most common reason customers cancel" where the
reason is kept once per customer (customers.churn_reason): the customers who gave each reason, not their events.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

STATES = {"澳大利亚": ["西澳大利亚州", "南澳大利亚州", "新南威尔士州"], "新西兰": ["奥克兰", "惠灵顿"]}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3601)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_trial", "Trial", "试用", "Trial", "consideration", "试用|trial"),
               ("tp_paid", "Subscription", "订阅", "Subscription", "purchase", "订阅|subscribe"),
               ("tp_ticket", "Support ticket", "工单", "Support ticket", "service", "工单|ticket"),
               ("tp_end", "Churned", "流失", "Churned", "loyalty", "流失|churn|churned")])
    customers, events = [], []
    f: dict[str, object] = {"monthly_churned_2025": 0, "au_trials": 0, "kinds": Counter(), "reasons": Counter(),
                            "trials": 0, "churned": 0}
    for i in range(600):
        cid = f"C{i:04d}"
        country = rnd.choice(list(STATES))
        state = rnd.choice(STATES[country])
        cycle = rnd.choice(["monthly", "annual"])
        reason = ""
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_trial", "start", ""))
        f["trials"] += 1
        f["au_trials"] += country == "澳大利亚"
        if rnd.random() < 0.6:
            events.append((f"E{i}-1", cid, (at + timedelta(days=14)).isoformat(sep=" "), "tp_paid", "paid", ""))
            for k in range(rnd.randrange(3)):
                kind = rnd.choices(["billing", "technical", "account"], [5, 3, 2])[0]
                events.append((f"E{i}-t{k}", cid, (at + timedelta(days=20 + k)).isoformat(sep=" "), "tp_ticket",
                               "open", kind))
                f["kinds"][kind] += 1
            if rnd.random() < (0.5 if cycle == "monthly" else 0.2):
                reason = rnd.choices(["too expensive", "missing features", "switched vendor"], [3, 5, 2])[0]
                end = at + timedelta(days=40)
                events.append((f"E{i}-c", cid, end.isoformat(sep=" "), "tp_end", "churned", ""))
                f["monthly_churned_2025"] += cycle == "monthly" and end.year == 2025
                f["churned"] += 1
                f["reasons"][reason] += 1
        customers.append((cid, "2025-01-01 00:00:00", country, state, cycle, reason,
                          rnd.choice(["technical", "marketing"])))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "国家", "州", "billing_cycle", "churn_reason",
                                      "buyer_role"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "ticket_category"],
              events)
    return f


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("said_values"), _company) as out:
        yield out


def test_a_value_said_before_its_column_word_is_that_value(company) -> None:  # noqa: ANN001
    """"on monthly billing": billing_cycle = monthly, not a monthly grain nor the ticket category billing."""
    service, facts = company
    a = ask(service, "How many customers on monthly billing churned in 2025?")
    assert a.status == "ok", a.answer
    assert facts["monthly_churned_2025"] in first_numbers(a), (facts["monthly_churned_2025"], a.answer)


def test_a_word_of_the_place_is_the_place_not_the_places_named_after_it(company) -> None:  # noqa: ANN001
    """"Australian" of 澳大利亚, not asked back between it and 西澳大利亚州 / 南澳大利亚州."""
    service, facts = company
    a = ask(service, "How many Australian customers started a trial in 2025?")
    assert a.status == "ok", a.answer
    assert facts["au_trials"] in first_numbers(a), (facts["au_trials"], a.answer)


def test_the_most_common_type_of_a_thing_ranks_its_kind_column(company) -> None:  # noqa: ANN001
    service, facts = company
    top, n = facts["kinds"].most_common(1)[0]
    a = ask(service, "What was the most common type of support ticket in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top and a.tables[0].rows[0][1] == n, (top, n, a.tables[0].rows)


def test_by_the_end_of_the_data_is_a_time_not_a_grouping(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Of customers who started a trial in 2025, what share had churned by the end of the data?")
    assert a.status == "ok", a.answer
    share = facts["churned"] / facts["trials"]
    assert any(abs(v - share) < 0.005 for v in first_numbers(a)), (share, a.answer)


@pytest.mark.parametrize("q", ["What's the most common reason customers cancel?", "客户流失最常见的原因是什么？"])
def test_a_reason_kept_per_customer_counts_the_customers_who_gave_it(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    rows = a.tables[0].rows
    assert [r[0] for r in rows] == [k for k, _ in facts["reasons"].most_common()], rows  # no row of "no reason"
    assert [r[1] for r in rows] == [v for _, v in facts["reasons"].most_common()], rows


def test_of_two_columns_holding_a_value_the_next_word_picks_one(company) -> None:  # noqa: ANN001
    """"technical support tickets in 2025": technical is a ticket category and a buyer role; "ticket" names the
    ticket_category column, so those are the tickets counted (a guard for session 36's "lift repair requests" rule;
    the older code read it so too)."""
    service, facts = company
    a = ask(service, "How many technical support tickets were opened in 2025?")
    assert a.status == "ok", a.answer
    assert facts["kinds"]["technical"] in first_numbers(a), (facts["kinds"], a.answer)
