"""How hard customers are to close is their conversion (blind batch archivescan of session 52): "which kind of org is
hardest for us to close? RFQ through to signed contract" ranks the kinds by conversion from the quote request to the
contract, lowest first — never by how many customers there are; "哪类客户最容易成交" ranks highest first. "The average
value of the proposals we sent out" is the mean of the proposal step's own money column (quote_amount), not of
contract_value, which a guess at "value" would read.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

CLOSE = {"hospital": 0.3, "law_firm": 0.55, "council": 0.15}
SIZE = {"hospital": 300, "law_firm": 90, "council": 120}
ZH = {"hospital": "医院", "law_firm": "律师事务所", "council": "政府机关"}


def _leads(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5212)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_rfq", "询价咨询", "询价咨询", "Request for quote", "awareness", "询价|rfq"),
               ("tp_quote", "报价方案", "报价方案", "Proposal sent", "consideration", "报价|proposal"),
               ("tp_contract", "签约", "签约", "Contract signed", "purchase", "签约|signed contract|contract")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("sales", "销售漏斗", 1, "tp_rfq", 90), ("sales", "销售漏斗", 2, "tp_quote", 90),
               ("sales", "销售漏斗", 3, "tp_contract", 90)])
    customers, events = [], []
    for org, n in SIZE.items():
        for i in range(n):
            cid = f"{org[:2].upper()}{i:04d}"
            customers.append((cid, "2025-01-01", org, ZH[org]))
            at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(250))
            events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_rfq", "submitted", "", ""))
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=5)).isoformat(sep=" "), "tp_quote", "sent",
                           float(rnd.randrange(20_000, 60_000)), ""))
            if rnd.random() < CLOSE[org]:
                events.append((f"E{len(events):06d}", cid, (at + timedelta(days=20)).isoformat(sep=" "),
                               "tp_contract", "signed", "", float(rnd.randrange(10_000, 40_000))))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "org_type", "客户类型"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "quote_amount",
                                   "contract_value"], events)
    return {"events": events}


@pytest.fixture(scope="module")
def leads(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("hard_to_close"), _leads) as out:
        yield out


@pytest.mark.parametrize("q,want", [
    ("hospitals, law firms, councils - which kind of org is hardest for us to close? RFQ through to signed contract, "
     "all leads we have", "council"),
    ("哪类客户最容易成交？从询价到签约，全部数据", "律师事务所")])
def test_hardest_to_close_ranks_by_conversion(leads, q: str, want: str) -> None:  # noqa: ANN001
    service, _ = leads
    a = service.answer(q)
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == want, a.answer


def test_average_value_of_a_steps_rows_is_its_own_money_column(leads) -> None:  # noqa: ANN001
    service, facts = leads
    vals = [e[5] for e in facts["events"] if e[3] == "tp_quote" and e[2][:4] == "2025"]
    a = service.answer("what was the average value of the proposals we sent out in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(vals) / len(vals)), a.answer


def test_an_average_of_something_unnamed_is_no_count(leads) -> None:  # noqa: ANN001
    """"2025年报价方案的平均置信度是多少？" where nothing is called 置信度: said, never the step's event count."""
    service, _ = leads
    a = service.answer("2025年报价方案的平均置信度是多少？")
    assert a.status == "unsupported", a.answer
    assert "置信度" in a.answer, a.answer
