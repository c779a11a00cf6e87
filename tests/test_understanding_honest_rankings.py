"""Rankings that cannot be answered as asked are asked back or refused, and words said short still link (blind
batches: a campus canteen app, a dress rental studio, an airport-lounge app):

- "who orders most often …" that the plan cannot rank: the groups to rank are asked back, never one total;
- "undergrads, postgrads" for undergraduate / postgraduate: values cut short (case aside);
- "by dress line, (not given) ranks first": rows that never record the column are refused, not ranked;
- "singel passes … unpaid cancelled orders left out": a slip in a plural value, and "left out" names no step.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

USERS = ("undergraduate", "postgraduate", "staff")


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(53)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "下单", "下单", "Order placed", "purchase", "下单|order"),
               ("tp_fee", "收取损坏费", "收取损坏费", "Damage fee charged", "service", "损坏费|damage fee"),
               ("tp_exit", "离开", "离开", "Left the lounge", "service", "left")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("visit", "Visit", 1, "tp_order", 1), ("visit", "Visit", 2, "tp_exit", 1)])
    customers, events, orders = [], [], []
    for i in range(300):
        cid = f"U{i:04d}"
        kind = USERS[i % 3]
        customers.append((cid, "2025-01-01", kind, ("Year 1", "Postgraduate", "Staff")[i % 3]))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(10))
        line = rnd.choice(["princess", "mermaid"])
        events += [(f"{cid}-0", cid, at.isoformat(sep=" "), "tp_order", "success", line),
                   (f"{cid}-1", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_exit", "success", "")]
        if i % 5 == 0:
            events.append((f"{cid}-2", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_fee", "success", ""))
        for n in range(rnd.randint(1, 3)):
            orders.append((f"O{cid}-{n}", cid, (at + timedelta(minutes=n)).isoformat(sep=" "),
                           float(rnd.choice([30, 60])), rnd.choice(["paid", "paid", "paid", "refunded", "cancelled"]),
                           rnd.choice(["single_pass", "annual"])))
    events.append(("END", "U0000", "2025-12-31 20:00:00", "tp_exit", "success", ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "user_type", "year_band"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "dress_line"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"customers": customers, "orders": orders}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("honest_rankings"), _shop) as out:
        yield out


def test_a_ranking_the_plan_cannot_rank_is_asked_back(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = ask(service, "Which one sold the most in 2025?")
    assert a.status == "clarify", a.answer


def test_values_cut_short_link(shop) -> None:  # noqa: ANN001
    service, facts = shop
    kind = {c[0]: c[2] for c in facts["customers"]}
    paid = [o for o in facts["orders"] if o[4] == "paid"]
    a = ask(service, "How many paid orders did undergrads place in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(1 for o in paid if kind[o[1]] == "undergraduate"), a.answer


def test_a_grouping_the_rows_never_record_is_refused(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = ask(service, "Which dress line had the most damage fee charged events in 2025?")
    assert a.status != "ok", a.answer


def test_a_slip_in_a_plural_value_and_left_out(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [o for o in facts["orders"] if o[5] == "single_pass" and o[4] in ("paid", "refunded")]
    want = sum(1 for o in rows if o[4] == "refunded") / len(rows)
    a = ask(service, "What percentage of singel passes in 2025 ended up refunded? (refunded / (paid + refunded), "
                     "unpaid cancelled orders left out)")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, abs=0.001), a.answer


def _kyc(tmp: Path) -> dict[str, object]:
    """A rejection step off the journey's path, a yes/no column, and a Chinese twin kept on the customer list only."""
    rnd = random.Random(67)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_signup", "注册", "注册", "Sign-up", "awareness", "注册|sign up"),
               ("tp_submit", "提交认证", "提交认证", "KYC submitted", "consideration", "kyc submission"),
               ("tp_rejected", "认证被拒", "认证被拒", "KYC rejected", "consideration", "rejected"),
               ("tp_pay", "付款", "付款", "Payment", "purchase", "付款|payment"),
               ("tp_board", "上船", "上船", "Boarding", "service", "上船|boarding")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("onboard", "Onboarding", 1, "tp_signup", 30), ("onboard", "Onboarding", 2, "tp_submit", 30),
               ("onboard", "Onboarding", 3, "tp_pay", 30)])
    customers, events = [], []
    cases: list[tuple[str, bool]] = []
    for i in range(400):
        cid = f"K{i:04d}"
        device = ("android", "ios")[i % 2]
        customers.append((cid, "2025-01-01", rnd.choice(["true", "false"]), ("wechat", "alipay", "bank_card")[i % 3],
                          ("微信支付", "支付宝", "银行卡")[i % 3]))
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300))
        events.append((f"{cid}-0", cid, at.isoformat(sep=" "), "tp_signup", device, "", ""))
        events.append((f"{cid}-1", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_submit", device, "", ""))
        rejected = rnd.random() < (0.4 if device == "android" else 0.1)
        cases.append((device, rejected))
        if rejected:
            events.append((f"{cid}-2", cid, (at + timedelta(hours=5)).isoformat(sep=" "), "tp_rejected", device, "", ""))
        else:
            events.append((f"{cid}-3", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_pay", device,
                           ("wechat", "alipay", "bank_card")[i % 3],
                           "fail" if rnd.random() < (0.1, 0.2, 0.5)[i % 3] else "success"))
            events.append((f"{cid}-4", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_board", device, "", ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "marketing_opt_in", "payment_method",
                                      "payment_method_zh"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "device", "payment_method",
                                   "action"], [(*e[:6], e[6] or "success") for e in events])
    return {"cases": cases, "events": events}


@pytest.fixture(scope="module")
def kyc(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("kyc_branch"), _kyc) as out:
        yield out


def test_a_share_of_one_step_reaching_a_branch_step(kyc) -> None:  # noqa: ANN001
    service, facts = kyc
    android = [r for d, r in facts["cases"] if d == "android"]
    a = ask(service, "In 2025, what % of KYC submissions from Android phones were rejected?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(android) / len(android), abs=0.001), a.answer


def test_a_yes_no_value_is_no_word_to_translate(kyc) -> None:  # noqa: ANN001
    service, _ = kyc
    a = ask(service, "2025年客人从付款到真正上船，中位数要等多少小时？")
    assert a.status == "ok", a.answer
    assert "marketing_opt_in" not in " ".join(a.assumptions), a.assumptions


def test_a_ranking_of_listed_payment_methods_by_failure_rate(kyc) -> None:  # noqa: ANN001
    service, facts = kyc
    pays = [e for e in facts["events"] if e[3] == "tp_pay"]
    rates = {m: sum(1 for e in pays if e[5] == m and e[6] == "fail") / sum(1 for e in pays if e[5] == m)
             for m in ("wechat", "alipay", "bank_card")}
    a = ask(service, "2025年银行卡、微信支付、支付宝这几种付款方式里，哪种付款失败率最高？")
    assert a.status == "ok", a.answer
    zh = {"wechat": "微信支付", "alipay": "支付宝", "bank_card": "银行卡"}
    top = max(rates, key=rates.get)
    assert a.tables[0].rows[0][0] in (top, zh[top]), a.answer
    assert a.tables[0].rows[0][1] == pytest.approx(rates[top], abs=0.001), a.answer  # (the rates of the rows, not 0)
