"""An outcome's share said with its doer and counted by the step's records (cause seen in session 34's first blind
batch, an invoice-financing platform whose quote step records accept / reject, its document review returned /
rejected and its credit review approved / declined):

- "2025年融资报价被客户拒绝的比例是多少？按报价次数算": the share of the quote events whose action is reject — the
  Chinese word 拒绝 glosses several codes (reject, rejected, declined), and the quote step records only reject; 客户
  after 被 is who rejected, not people counted; 按报价次数算 counts each quote, not each customer once.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _quotes(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3403)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_kyc", "认证审核", "认证审核", "KYC review", "consideration", "认证审核|KYC review"),
               ("tp_credit", "风控审批", "风控审批", "Credit review", "purchase", "风控审批|credit review"),
               ("tp_offer", "融资报价", "融资报价", "Financing quote", "purchase", "报价|融资报价|quote")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("financing", "融资", 1, "tp_kyc", 30), ("financing", "融资", 2, "tp_credit", 30),
               ("financing", "融资", 3, "tp_offer", 30)])
    customers, events, quotes = [], [], []
    for i in range(500):
        cid = f"S{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_kyc",
                       "rejected" if rnd.random() < 0.1 else "approved"))
        events.append((f"E{len(events):05d}", cid, (t + timedelta(days=1)).isoformat(sep=" "), "tp_credit",
                       "declined" if rnd.random() < 0.2 else "approved"))
        # a few customers ask for many quotes and reject most of them: per quote differs from per customer
        n, p = (8, 0.7) if i % 10 == 0 else (1, 0.1)
        for k in range(n):
            action = "reject" if rnd.random() < p else "accept"
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=2 + k)).isoformat(sep=" "), "tp_offer",
                           action))
            quotes.append(action)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"quotes": quotes}


@pytest.fixture(scope="module")
def quotes(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("things_counted"), _quotes) as out:
        yield out


def test_an_outcome_said_with_its_doer_counted_per_record(quotes) -> None:  # noqa: ANN001
    service, facts = quotes
    a = ask(service, "2025年融资报价被客户拒绝的比例是多少？按报价次数算")
    assert a.status == "ok", a.answer
    want = facts["quotes"].count("reject") / len(facts["quotes"])
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, want)
