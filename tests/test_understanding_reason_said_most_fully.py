"""Reasons asked in everyday words (session 44's first blind batch, a hydroponic-kit seller):

- "配网失败最常见的原因" where the data has 配网失败原因 at pairing and 失败原因 (with fail_reason) at checkout: the
  column whose own words are said most fully, not a question back;
- "支付失败，最常见的原因是啥" ranks the payment's 失败原因, not 配网失败原因 (only 失败 of it is said);
- "主要卡在什么原因上", "what was the usual reason": ranked reasons said with a verb in between, or as "usual".

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

PAIR = {"5g_wifi": "连了5G频段WiFi", "bad_password": "WiFi密码错误", "bt_off": "蓝牙权限未开"}
PAY = {"user_cancel": "用户取消支付", "bank_decline": "银行拒付"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4405)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_checkout", "Checkout payment", "结算支付", "Checkout payment", "purchase", "checkout"),
               ("tp_pair", "App pairing", "App配网绑定", "App pairing", "service", "pairing"),
               ("tp_skip", "Skip a box", "跳过一期", "Skip a box", "loyalty", "skip|跳过")])
    events = []
    pair: Counter[str] = Counter()
    pay: Counter[str] = Counter()
    skip: Counter[str] = Counter()
    for i in range(1500):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), hours=10)
        kind = i % 3
        row = {"event_id": f"E{i:05d}", "customer_id": cid, "ts": at.isoformat(sep=" ")}
        if kind == 0:
            code = rnd.choice(["user_cancel"] * 3 + ["bank_decline"])
            row.update(touchpoint_id="tp_checkout", action="fail", fail_reason=code, 失败原因=PAY[code])
            pay[PAY[code]] += 1
        elif kind == 1:
            code = rnd.choice(["bt_off"] * 3 + ["5g_wifi", "bad_password"])
            row.update(touchpoint_id="tp_pair", action="fail", 配网失败原因=PAIR[code])
            pair[PAIR[code]] += 1
        else:
            code = rnd.choice(["travel", "too_many_pods", "too_many_pods"])
            row.update(touchpoint_id="tp_skip", action="skipped", skip_reason=code)
            skip[code] += 1
        events.append(row)
    header = ["event_id", "customer_id", "ts", "touchpoint_id", "action", "fail_reason", "失败原因", "配网失败原因",
              "skip_reason"]
    write_csv(tmp / "events.csv", header, [tuple(r.get(c, "") for c in header) for r in events])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{i:04d}", "2025-01-01 00:00:00") for i in range(1500)])
    return {"pair": pair.most_common(1)[0][0], "pay": pay.most_common(1)[0][0], "skip": skip.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("reason_said_fully"), _company) as out:
        yield out


@pytest.mark.parametrize("q, key", [
    ("2025年配网失败最常见的原因是什么？", "pair"),
    ("2025年结账的时候支付失败，最常见的原因是啥？", "pay"),
    ("2025年配网失败，主要卡在什么原因上？", "pair"),
    ("in 2025, when people skipped a box, what was the usual reason?", "skip"),
])
def test_the_reason_column_said_is_ranked(company, q, key) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts[key], a.answer
