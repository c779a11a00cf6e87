"""A share of cases that went on to a later step, ranked by a column (causes seen in session 33's second blind
batch, an instrument rental shop):

- "哪个成色的琴签约后90天内报修的比例最高？", "which shop had the highest share of contracts with a repair request within
  90 days of signing?": the conversion from signing to a repair request within the window, per contract, ranked —
  not a count of both steps' events, nor one step's events over the other's;
- "What's that rate for the C-grade instruments?": the one-letter value C of condition_grade, named with its
  column's word.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

GRADES = {"A": 0.05, "B": 0.15, "C": 0.4}           # chance of a repair within 90 days
ZH = {"A": "九五新", "B": "九成新", "C": "八成新"}
SHOPS = ("Xuhui", "Gulou", "Hi-Tech")


def _rental(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3305)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_contract", "Rental contract signed", "签约取琴", "Rental contract signed", "purchase",
                "contract|signing|签约"),
               ("tp_repair_req", "Repair request", "报修", "Repair request", "service", "repair request|报修"),
               ("tp_return", "Instrument returned", "还琴", "Instrument returned", "service", "return|还琴")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("rental", "租琴", 1, "tp_contract", 365), ("rental", "租琴", 2, "tp_return", 365)])
    customers, events, cases = [], [], []
    for i in range(900):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01"))
        grade, shop = "ABC"[i % 3], SHOPS[(i // 3) % 3]
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(10))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_contract", "signed", grade, ZH[grade], shop))
        repaired = rnd.random() < GRADES[grade] * (1.6 if shop == "Hi-Tech" else 1.0)
        late = rnd.random() < 0.3  # a repair after the window counts for nothing
        if repaired:
            at = t + timedelta(days=rnd.randrange(120, 200) if late else rnd.randrange(5, 85))
            events.append((f"E{len(events):05d}", cid, at.isoformat(sep=" "), "tp_repair_req", "requested", grade,
                           ZH[grade], shop))
        returned = i % 2 == 0
        if returned:
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=200)).isoformat(sep=" "), "tp_return",
                           "returned", grade, ZH[grade], shop))
        cases.append({"grade": grade, "shop": shop, "t": t, "in90": repaired and not late, "returned": returned})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "condition_grade",
                                   "成色", "store"], events)
    return {"cases": cases}


@pytest.fixture(scope="module")
def rental(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("rates_ranked"), _rental) as out:
        yield out


def _rates(facts, key: str) -> dict[str, float]:  # noqa: ANN001
    out: dict[str, list[bool]] = {}
    for c in facts["cases"]:
        if c["t"].year == 2025:
            out.setdefault(c[key], []).append(c["in90"])
    return {k: sum(v) / len(v) for k, v in out.items()}


@pytest.mark.parametrize("q, key, column", [
    ("2025年签约的合同，哪个成色的琴签约后90天内报修的比例最高？", "grade", "成色"),
    ("For contracts signed in 2025, which store had the highest share of contracts with a repair request within 90 "
     "days of signing?", "shop", "store")])
def test_a_ranked_share_of_cases_reaching_a_later_step_is_a_conversion(rental, q, key, column) -> None:  # noqa: ANN001
    service, facts = rental
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "overall_conversion", a.tool_calls
    assert a.tool_calls[0].args.get("dimension") == column, a.tool_calls
    rates = _rates(facts, key)
    top = max(rates, key=rates.get)
    assert a.tables[0].rows[0][0] in (top, ZH.get(top)), (a.tables[0].rows, rates)
    assert any(abs(v - rates[top]) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, rates)


def test_a_one_letter_value_named_with_its_column_word(rental) -> None:  # noqa: ANN001
    service, facts = rental
    first = ask(service, "2025年签约的合同，哪个成色的琴签约后90天内报修的比例最高？")
    a = ask(service, "What's that rate for the C-grade instruments exactly?", session=first.session_id)
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("condition_grade") == ["C"], a.tool_calls
    assert any(abs(v - _rates(facts, "grade")["C"]) < 0.005 for v in first_numbers(a)), a.tables[0].rows


def test_made_it_to_is_a_conversion(rental) -> None:  # noqa: ANN001
    """"what share made it to …": the share of the first step's people who reached the later one."""
    service, facts = rental
    a = ask(service, "Of everyone who signed a rental contract in 2025, what share made it to returning the instrument?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "metric_trend", a.tool_calls
    y25 = [c for c in facts["cases"] if c["t"].year == 2025]
    want = sum(c["returned"] for c in y25) / len(y25)
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, want)
