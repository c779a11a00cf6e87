"""Steps, their outcomes and the words around them (blind batches uniformrental, stagehire, beekeeping and kidsparty of
session 53):

- a value's word said as part of a longer step name ("the online store funnel" where a step is "Online store visit"
  and store is also a channel) slices nothing; an everyday word is never a value cut short ("a class" of classic);
- the head of a customers' kind column said before a step ("clean-garment deliveries" of garment_type) says what the
  rows carry, not who the customers are: the share is of the step's rows;
- a Chinese column word at the start of a clause, before a verb ("司机上门收件没收到的比例"), is who did it, no grouping;
  漏收 (a pickup missed) names the missed outcome, 没收到 is a negated 收到 (never 没收, confiscate);
- a step's rate said with one of its outcomes ("the worst late load-in rate", "what % of our load-ins started late vs
  the crew call time") is the share of that outcome among the step's rows, never the step's conversion;
- a count of a noun two steps' names share ("一共办了多少场派对" with 派对开场 and 派对前提醒) is asked back with those
  steps, never a count of every event.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv

TOUCHPOINTS = [
    ("tp_shop_visit", "逛网店", "逛网店", "Online store visit", "awareness", "网店|store visit|shop visit"),
    ("tp_cart", "加购物车", "加购物车", "Added to cart", "consideration", "购物车|cart"),
    ("tp_checkout", "下单支付", "下单支付", "Checkout paid", "purchase", "下单|checkout"),
    ("tp_farm_visit", "农场店到店", "农场店到店", "Farm shop visit", "purchase", "农场店|farm shop"),
    ("tp_class_signup", "报名新手课", "报名新手课", "Beginner class sign-up", "consideration", "报名|class booking"),
    ("tp_class_attend", "新手课上课", "新手课上课", "Beginner class attended", "service", "上课|attendance"),
    ("tp_pickup", "收取脏衣", "收取脏衣", "Route pickup", "service", "收脏衣|上门收取|pickup"),
    ("tp_delivery", "洁衣配送", "洁衣配送", "Route delivery", "service", "送衣|配送|delivery|route delivery"),
    ("tp_load_in", "进场搭建", "进场搭建", "Load-in", "service", "进场|搭建|load-in|load in"),
    ("tp_crew_call", "班组集合", "班组集合", "Crew call", "service", "集合|crew call"),
    ("tp_party_remind", "派对前提醒", "派对前提醒", "Pre-party reminder", "service", "提醒|reminder"),
    ("tp_party_start", "派对开场", "派对开场", "Party starts", "service", "开场|party start"),
    ("tp_refund", "退款到账", "退款到账", "Refund issued", "service", "退款|refund"),
    ("tp_return", "退货申请", "退货申请", "Return request", "service", "退货|return request|send back"),
    ("tp_insp_book", "预约上门检查", "预约上门检查", "Hive inspection booked", "service", "约检查|book an inspection"),
    ("tp_insp_visit", "上门检查", "上门检查", "Hive inspection visit", "service", "上门检查|inspection visit"),
    ("tp_cancel", "取消订阅", "取消订阅", "Subscription cancelled", "loyalty", "退订|cancel|流失"),
]
RETURN_REASONS = {"cracked": 0.6, "wrong_size": 0.3, "changed_mind": 0.1}
JOURNEYS = [("online_order", "网店购物", "Online order", ["tp_shop_visit", "tp_cart", "tp_checkout"]),
            ("course", "新手课", "Beginner course", ["tp_class_signup", "tp_class_attend"]),
            ("show", "演出", "Show", ["tp_crew_call", "tp_load_in"]),
            ("inspection", "上门检查", "Hive inspection", ["tp_insp_book", "tp_insp_visit"])]
BRANCHES = {"Shanghai": 0.45, "Beijing": 0.15, "Chengdu": 0.05}
DRIVERS = ("赵师傅", "钱师傅", "孙师傅")


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5301)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TOUCHPOINTS)
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [(j, zh, en, k, tp, 30) for j, zh, en, steps in JOURNEYS for k, tp in enumerate(steps, 1)])
    customers, events = [], []

    def event(cid: str, at: datetime, tp: str, action: str, **extra: object) -> None:
        events.append({"event_id": f"E{len(events):06d}", "customer_id": cid, "ts": at.isoformat(sep=" "),
                       "touchpoint_id": tp, "action": action, "channel": extra.get("channel", "app"),
                       "session_id": f"S{cid}-{at:%Y%m%d}",
                       "driver": extra.get("driver", ""), "city": extra.get("city", ""),
                       "refund_amount": extra.get("refund_amount", ""), "return_reason": extra.get("return_reason", ""),
                       "cancel_reason": extra.get("cancel_reason", "")})

    for i in range(900):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01", ("classic", "premium")[i % 2], ("cleanroom_suit", "chef_jacket")[i % 2]))
        at = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(200), hours=rnd.randrange(8, 18))
        event(cid, at, "tp_shop_visit", "view")
        if rnd.random() < 0.6:
            event(cid, at + timedelta(hours=1), "tp_cart", "add")
            if rnd.random() < 0.5:
                event(cid, at + timedelta(hours=2), "tp_checkout", "paid")
        if i % 3 == 0:
            event(cid, at, "tp_farm_visit", "visit", channel="store")
        if i % 4 == 0:
            event(cid, at, "tp_class_signup", "signup")
            if rnd.random() < 0.7:
                event(cid, at + timedelta(days=3), "tp_class_attend", "attended")
        for k in range(3):
            driver = DRIVERS[(i + k) % 3]
            event(cid, at + timedelta(days=7 * k), "tp_pickup", "missed" if rnd.random() < 0.08 else "collected",
                  driver=driver)
            branch = list(BRANCHES)[i % 3]
            event(cid, at + timedelta(days=7 * k + 2), "tp_delivery",
                  "late" if rnd.random() < BRANCHES[branch] / 3 else "on_time", city=branch)
        branch = list(BRANCHES)[i % 3]
        event(cid, at + timedelta(days=1), "tp_crew_call", "called", city=branch)
        event(cid, at + timedelta(days=1, hours=2), "tp_load_in", "late" if rnd.random() < BRANCHES[branch] else "on_time",
              city=branch)
        event(cid, at + timedelta(days=5), "tp_party_remind", "sent")
        event(cid, at + timedelta(days=6), "tp_party_start", "started")
        if i % 2 == 0:
            event(cid, at, "tp_insp_book", "booked")
            if rnd.random() < 0.8:
                event(cid, at + timedelta(days=rnd.randrange(1, 25)), "tp_insp_visit", "visited")
        if i % 5 == 0:
            event(cid, at + timedelta(days=4), "tp_return", "requested", return_reason=rnd.choices(
                list(RETURN_REASONS), weights=list(RETURN_REASONS.values()))[0])
        if i % 6 == 0:
            event(cid, at + timedelta(days=30), "tp_cancel", "cancelled", cancel_reason=("price", "moved")[i % 2])
        if i % 7 == 0:
            event(cid, at + timedelta(days=8), "tp_refund", "refunded", refund_amount=round(50 + rnd.random() * 200, 2))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "plan", "garment_type"], customers)
    # (orders too: revenue is a measure here, and the refund step's money must still be its own column)
    orders = [(f"O{k:05d}", e["customer_id"], e["ts"], 300, "paid", "SPRING10" if k % 3 == 0 else "",
               30 + k % 7 if k % 3 == 0 else "") for k, e in enumerate(events) if e["touchpoint_id"] == "tp_checkout"]
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "coupon_code",
                                   "discount_amount"], orders)
    cols = ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "action", "channel", "driver", "city", "refund_amount",
            "return_reason", "cancel_reason"]
    write_csv(tmp / "events.csv", cols, [tuple(e[c] for c in cols) for e in events])
    return {"events": events, "orders": orders}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("step_outcomes_s53"), _folder) as out:
        yield out


def _in(e: dict, start: str, end: str) -> bool:
    return start <= e["ts"][:10] <= end


def test_a_value_word_inside_a_longer_step_name_slices_nothing(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025 online store funnel (store visit → cart → checkout): at which step do we lose the most "
                       "people?")
    assert a.status == "ok", a.answer
    assert not (a.tool_calls[0].args.get("filters") or {}).get("channel"), a.tool_calls


def test_an_everyday_word_is_no_value_cut_short(shop) -> None:  # noqa: ANN001
    service, facts = shop
    a = service.answer("Beginner course journey for 2025: of the people who signed up for a class, what share "
                       "actually showed up?")
    assert a.status == "ok", a.answer
    assert "plan" not in (a.tool_calls[0].args.get("filters") or {}), a.tool_calls
    assert "classic" not in " ".join(a.assumptions), a.assumptions


def test_a_kind_column_head_before_a_step_counts_the_step_rows(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [e for e in facts["events"] if e["touchpoint_id"] == "tp_delivery" and _in(e, "2025-01-01", "2025-12-31")]
    want = sum(e["action"] == "late" for e in rows) / len(rows)
    a = service.answer("What share of clean-garment deliveries were late in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") != "active_customers", a.tool_calls
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_a_chinese_subject_before_a_verb_is_no_grouping_and_lou_shou_is_missed(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [e for e in facts["events"] if e["touchpoint_id"] == "tp_pickup" and _in(e, "2025-01-01", "2025-12-31")]
    want = sum(e["action"] == "missed" for e in rows) / len(rows)
    a = service.answer("2025年，司机上门收脏衣没收到（漏收）的比例是多少？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") in (None, "action"), a.tool_calls
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_which_driver_still_groups(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年哪个司机漏收的比例最高？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "driver", a.tool_calls


def test_an_outcome_before_a_step_rate_is_its_share_ranked(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [e for e in facts["events"] if e["touchpoint_id"] == "tp_load_in" and _in(e, "2025-01-01", "2025-12-31")]
    share = {b: sum(e["action"] == "late" for e in rows if e["city"] == b) /
             sum(1 for e in rows if e["city"] == b) for b in BRANCHES}
    a = service.answer("Which city had the worst late load-in rate in 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "metric_ratio", a.tool_calls
    assert a.tables and a.tables[0].rows[0][0] == max(share, key=share.get), a.answer


def test_an_outcome_after_the_step_is_its_share(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [e for e in facts["events"] if e["touchpoint_id"] == "tp_load_in" and _in(e, "2025-06-01", "2025-06-30")]
    want = sum(e["action"] == "late" for e in rows) / len(rows)
    a = service.answer("In June 2025 what % of our load-ins started late vs the crew call time?")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_a_noun_of_two_step_names_counted_is_asked_back(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年全年，我们一共办了多少场派对？")
    assert a.status == "clarify", a.answer
    assert {"派对开场", "派对前提醒"} <= set(a.options), a.options


def test_which_branch_is_the_city_column_and_a_share_of_outcome_rows_is_ranked(shop) -> None:  # noqa: ANN001
    service, facts = shop
    rows = [e for e in facts["events"] if e["touchpoint_id"] == "tp_delivery"]
    share = {b: sum(e["action"] == "late" for e in rows if e["city"] == b) /
             sum(1 for e in rows if e["city"] == b) for b in BRANCHES}
    a = service.answer("Which branch has the highest share of late deliveries? All data.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "city", a.tool_calls
    assert a.tables and a.tables[0].rows[0][0] == max(share, key=share.get), a.answer


def test_the_money_of_a_step_no_purchase_is_its_own_money_column(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(e["refund_amount"] for e in facts["events"] if e["touchpoint_id"] == "tp_refund"
               and _in(e, "2025-01-01", "2025-12-31"))
    a = service.answer("2025年退款到账的金额一共多少钱（人民币）？")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_a_phrasal_step_verb_said_around_its_object(shop) -> None:  # noqa: ANN001
    service, facts = shop
    from collections import Counter
    top = Counter(e["return_reason"] for e in facts["events"] if e["touchpoint_id"] == "tp_return"
                  and _in(e, "2025-01-01", "2025-12-31")).most_common(1)[0][0]
    a = service.answer("What was the most common reason people sent their kits back in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == top, a.answer


def test_a_degree_said_with_de_is_the_same_cue(shop) -> None:  # noqa: ANN001
    service, _ = shop
    a = service.answer("2025年的网店购物漏斗里，客户在哪一步流失得最多？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "funnel_dropoff", a.tool_calls


def test_how_much_before_a_money_column_head_is_its_total(shop) -> None:  # noqa: ANN001
    service, facts = shop
    want = sum(o[6] for o in facts["orders"] if o[5] == "SPRING10")
    a = service.answer("How much discount did coupon SPRING10 give away in total? All data.")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_a_guessed_measure_word_of_one_step_of_the_journey_named_is_that_step(shop) -> None:  # noqa: ANN001
    service, facts = shop
    book = {e["customer_id"]: datetime.fromisoformat(e["ts"]) for e in facts["events"]
            if e["touchpoint_id"] == "tp_insp_book" and _in(e, "2025-01-01", "2025-12-31")}
    visit = {e["customer_id"]: datetime.fromisoformat(e["ts"]) for e in facts["events"]
             if e["touchpoint_id"] == "tp_insp_visit"}
    want = sum(1 for c, t in book.items() if c in visit and t <= visit[c] <= t + timedelta(days=14)) / len(book)
    a = service.answer("hive inspection journey, 2025: what fraction of people who booked an inspection actually got "
                       "a visit within 14 days? per person")
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.002 for v in first_numbers(a)), (want, a.answer)
