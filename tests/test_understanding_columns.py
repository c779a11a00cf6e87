"""A company's own columns as people ask about them: other words for a column ("occupation" for job, 职业),
yes/no columns after have/without ("有房贷的客户", "clients without a personal loan"), thresholds said in another
unit than the column's ("calls over 10 minutes" on duration_sec), by age ("aged 60 or older") and with thousands
separators ("above 5,000 euros").

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

JOBS = ("student", "retired", "technician", "blue-collar")


def _bank(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_call", "Campaign call", "营销电话", "Campaign call", "consideration", "call|calls|电话"),
               ("tp_subscribe", "Deposit subscribed", "认购定存", "Deposit subscribed", "purchase",
                "subscribe|subscription|subscribed|认购")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("campaign", "Call to deposit", 1, "tp_call", 1), ("campaign", "Call to deposit", 2, "tp_subscribe", 1)])
    customers, events, rows = [], [], []
    for i in range(900):
        cid = f"B{i:04d}"
        job = JOBS[i % 4]
        age = 18 + rnd.randrange(60)
        housing = "yes" if rnd.random() < 0.5 else "no"
        personal = "yes" if rnd.random() < 0.2 else "no"
        balance = rnd.randrange(-500, 12000)
        customers.append((cid, job, age, housing, personal, balance))
        ts = datetime(2009, 1, 1) + timedelta(days=rnd.randrange(300))
        duration = rnd.randrange(20, 1500)
        events.append((f"{cid}-c", cid, ts.isoformat(sep=" "), "tp_call", "call", duration))
        p = 0.05 + 0.25 * (job == "student") + 0.3 * (duration > 600) - 0.04 * (housing == "yes")
        sub = rnd.random() < p
        if sub:
            events.append((f"{cid}-s", cid, (ts + timedelta(seconds=1)).isoformat(sep=" "), "tp_subscribe", "subscribe", ""))
        rows.append({"job": job, "age": age, "housing": housing, "personal": personal, "balance": balance,
                     "duration": duration, "sub": sub})
    write_csv(tmp / "customers.csv", ["customer_id", "job", "age", "housing_loan", "personal_loan", "balance_eur"],
              customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "duration_sec"], events)
    return {"rows": rows}


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("columns"), _bank) as out:
        yield out


def _rate(rows, test) -> float:  # noqa: ANN001
    sel = [r for r in rows if test(r)]
    return sum(r["sub"] for r in sel) / len(sel)


@pytest.mark.parametrize("q, order", [("Which occupation has the best subscription rate in 2009?", max),
                                      ("2009年哪个职业的客户认购率最低？", min)])
def test_other_words_for_a_column(bank, q: str, order) -> None:  # noqa: ANN001
    service, f = bank
    a = ask(service, q)
    rates = {j: _rate(f["rows"], lambda r, j=j: r["job"] == j) for j in JOBS}
    assert a.status == "ok" and a.tables, a.answer
    assert a.tables[0].rows[0][0] == order(rates, key=rates.get), a.tables[0].rows


@pytest.mark.parametrize("q, test", [
    ("2009年有房贷的客户认购率是多少？", lambda r: r["housing"] == "yes"),
    ("What was the subscription rate of clients without a personal loan in 2009?", lambda r: r["personal"] == "no"),
    ("For calls that lasted more than 10 minutes in 2009, what share of those clients ended up subscribing?",
     lambda r: r["duration"] > 600),
    ("What's the 2009 subscription rate among clients aged 60 or older?", lambda r: r["age"] >= 60),
    ("2009年30岁以下的客户认购率是多少？", lambda r: r["age"] < 30),
    ("Clients with a balance above 5,000 euros - what was their subscription rate in 2009?", lambda r: r["balance"] > 5000),
])
def test_slices_said_as_people_say_them(bank, q: str, test) -> None:  # noqa: ANN001
    service, f = bank
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_rate(f["rows"], test), abs=1e-9), (a.answer, a.tool_calls)


def test_a_yes_no_column_said_after_have_and_a_few_words(bank) -> None:
    service, f = bank
    a = ask(service, "2009年接过营销电话的客户里，有个人消费贷款的有多少人？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(r["personal"] == "yes" for r in f["rows"]), (a.answer, a.tool_calls)
