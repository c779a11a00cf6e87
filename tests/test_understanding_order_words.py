"""Words about orders and the columns beside them, from blind batches (a notary chain, a blood-donation service):

- "加办了翻译或认证的比例": a translation add-on recorded in the data is no request to translate anything;
- "how much did each paying client spend on average": money per paying customer, said with "each … on average";
- "the average rating for the Guangzhou Tianhe office": one office named by its English twin value, no ranking;
- "the average fee paid per order by our 60+ clients", "…给我中位数，按分钟": "by our", "per order" and "in minutes"
  name no grouping;
- "平均每笔交通补贴发了多少钱" where 交通补贴 names a step and an order type: the orders of that type;
- "how much travel allowance did we pay out": payouts the orders record, not a cost the data lacks.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

OFFICES = (("广州天河", "Guangzhou Tianhe"), ("北京朝阳", "Beijing Chaoyang"), ("上海徐汇", "Shanghai Xuhui"))
TYPES = (("notary_fee", "公证费"), ("translation", "翻译"), ("travel_allowance", "交通补贴"))


def _notary(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_submit", "递交材料", "递交材料", "Documents submitted", "consideration", "交材料|submission"),
               ("tp_verify", "身份核验", "身份核验", "Identity verified", "consideration", "核验|ID check"),
               ("tp_paid", "缴费", "缴费", "Fee paid", "purchase", "缴费|payment"),
               ("tp_addon", "翻译认证加办", "翻译认证加办", "Translation add-on", "service", "加办|add-on"),
               ("tp_travel", "交通补贴报销", "交通补贴报销", "Travel allowance claim", "service", "交通补贴|报销|travel claim"),
               ("tp_survey", "服务评价", "服务评价", "Post-service survey", "loyalty", "问卷|survey")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("intake", "Intake", 1, "tp_submit", 14), ("intake", "Intake", 2, "tp_verify", 14),
               ("intake", "Intake", 3, "tp_paid", 14)])
    customers, events, orders, feedback = [], [], [], []
    waits: list[float] = []
    for i in range(360):
        cid = f"C{i:04d}"
        age = rnd.choice(["18-39", "40-59", "60+"])
        customers.append((cid, "2025-01-01 00:00:00", age, ("wechat", "web_search")[i % 2]))
        zh, en = rnd.choice(OFFICES)
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(9))
        minutes = rnd.randrange(10, 120)
        waits.append(minutes)
        ev = [("tp_submit", at), ("tp_verify", at + timedelta(minutes=minutes)), ("tp_paid", at + timedelta(hours=3))]
        k = 0
        for n, kind in enumerate(["notary_fee"] + (["translation"] if rnd.random() < 0.4 else [])
                                 + (["travel_allowance"] if rnd.random() < 0.3 else [])):
            amount = {"notary_fee": float(rnd.choice([200, 300, 400])), "translation": 150.0,
                      "travel_allowance": float(rnd.choice([30, 50]))}[kind]
            zh_kind = dict(TYPES)[kind]
            when = at + timedelta(hours=3, minutes=n)
            orders.append((f"O{cid}-{n}", cid, when.isoformat(sep=" "), amount, "paid", kind, zh_kind, zh, en))
            if kind == "translation":
                ev.append(("tp_addon", when))
            if kind == "travel_allowance":
                ev.append(("tp_travel", when))
        for tp, t in ev:
            events.append((f"{cid}-{k}", cid, t.isoformat(sep=" "), tp, "success", zh, en, ("wechat", "web")[i % 2]))
            k += 1
        if rnd.random() < 0.7:
            feedback.append((f"F{i:04d}", rnd.choice(["办得很快", "排队太久了", "staff were patient"]),
                             (at + timedelta(days=1)).isoformat(sep=" "), cid, "tp_survey", "survey",
                             rnd.randint(1, 5), zh, en))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "age_band", "lead_source"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "office", "office_en",
                                   "channel"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                                   "office", "office_en"], orders)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "office", "office_en"], feedback)
    ages = {c[0]: c[2] for c in customers}
    return {"orders": orders, "feedback": feedback, "ages": ages}


@pytest.fixture(scope="module")
def notary(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("order_words"), _notary) as out:
        yield out


def test_a_recorded_translation_add_on_is_no_request_to_translate(notary) -> None:  # noqa: ANN001
    service, _ = notary
    a = ask(service, "2025年有多少人加办了翻译？")
    assert a.status == "ok", a.answer
    # (a request to write is still one when a word of it, "WeChat", is a value of the data)
    a = ask(service, "Write a WeChat message to customers whose appointment got pushed back, apologising for the delay.")
    assert a.status == "unsupported", a.answer


@pytest.mark.parametrize("q", ["How much did each paying client spend with us on average in 2025?",
                               "On average, how much did every customer spend in 2025?"])
def test_each_paying_client_on_average_is_spend_per_buyer(notary, q) -> None:  # noqa: ANN001
    service, facts = notary
    paid = [o for o in facts["orders"] if o[2].startswith("2025")]
    want = sum(o[3] for o in paid) / len({o[1] for o in paid})
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(x - want) < 0.01 for x in first_numbers(a)), a.answer


def test_an_office_named_by_its_english_twin_is_one_value(notary) -> None:  # noqa: ANN001
    service, facts = notary
    rows = [f[6] for f in facts["feedback"] if f[8] == "Guangzhou Tianhe" and f[2][:10] <= "2025-12-31"]
    a = ask(service, "What was the average post-service survey rating for the Guangzhou Tianhe office in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(rows) / len(rows), abs=0.01), a.answer
    assert not {"office", "office_en"} & set(a.tables[0].columns), a.answer  # one office's value, no ranking


def test_by_our_and_per_order_name_no_grouping(notary) -> None:  # noqa: ANN001
    service, facts = notary
    rows = [o[3] for o in facts["orders"] if o[5] == "notary_fee" and facts["ages"][o[1]] == "60+"]
    a = ask(service, "What's the average notary fee paid per order by our 60+ clients in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(rows) / len(rows), abs=0.01), a.answer


def test_in_minutes_names_no_grouping(notary) -> None:  # noqa: ANN001
    service, _ = notary
    a = ask(service, "2025年客户递交材料以后要等多久才做完身份核验？给我中位数，按分钟")
    assert a.status == "ok", a.answer
    assert "分钟" in a.answer, a.answer


def test_words_naming_a_step_and_an_order_type_are_the_order_type(notary) -> None:  # noqa: ANN001
    service, facts = notary
    rows = [o[3] for o in facts["orders"] if o[5] == "travel_allowance"]
    a = ask(service, "2025年平均每笔交通补贴发了多少钱？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(rows) / len(rows), abs=0.01), a.answer


def test_a_payout_the_orders_record_is_no_cost(notary) -> None:  # noqa: ANN001
    service, _ = notary
    a = ask(service, "How much travel allowance did we pay out in 2025?")
    assert "no costs" not in a.answer, a.answer
