"""Names of platforms, codes and shortened words, from blind batches (a travel eSIM app, a tyre centre, a zoo):

- "大众点评上的平均评分": the comments' channel dianping, not a car brand 大众 inside the name, nor the customers'
  source written 大众点评;
- "客人最常抱怨的是哪几类问题": 抱怨 asks for complaints, it is no refund reason "complaint";
- "avg app store rating": the comments' own channel app_store_review, not the events' app_store;
- "主要的投诉点" where 投诉 also names the support step: complaint points, the themes of all comments;
- "旅程地图，每一步有多少人、口碑怎么样": a journey map, with 旅程 never read as a trip_id column;
- "买第一单" beside a coupon code FIRSTTRIP: a code is never translated;
- "students studying abroad": the value student_abroad said with its words apart;
- "装好了eSIM的订单里，最后落地激活的占多少": 装 for 安装 before the step's object, a conversion of the rows;
- "What % of … were for EVs?": the part after the verb;
- "Only techs with …" after "Which technician": a word cut short; answered with the English twin column;
- "Which entry time slot got the most reservations?": the slot column ranked, the step words only describe it.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

KINDS = (("tourist", "游客"), ("business", "商务出行"), ("student_abroad", "留学生"))
TECHS = (("陈志华", "Chen Zhihua"), ("杨帆", "Yang Fan"), ("刘国强", "Liu Guoqiang"))
TEXTS = (("没信号，落地以后一直搜不到网络", 2, "tp_activate"), ("退款一直没到账", 1, "tp_refund"),
         ("网速太慢了", 2, "tp_activate"), ("安装很简单", 5, "tp_install"), ("客服回复很快", 4, "tp_support"))


def _esim(tmp: Path) -> dict[str, object]:
    rnd = random.Random(23)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_download", "下载App", "下载App", "App download", "awareness", "下载|download"),
               ("tp_buy", "购买套餐", "购买套餐", "Plan purchase", "purchase", "买套餐|buy a plan"),
               ("tp_install", "安装eSIM", "安装eSIM", "eSIM install", "service", "install"),
               ("tp_activate", "落地激活", "落地激活", "Activation on landing", "service", "激活|activate"),
               ("tp_slot", "预约时段", "预约时段", "Time slot reserved", "service", "time slot|reservation|reserve"),
               ("tp_support", "联系客服", "联系客服", "Contact support", "service", "客服|投诉|support"),
               ("tp_refund", "退款到账", "退款到账", "Refund paid", "service", "退款|refund")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("first", "首单", 1, "tp_download", 14), ("first", "首单", 2, "tp_buy", 14),
               ("setup", "开通激活", 1, "tp_buy", 30), ("setup", "开通激活", 2, "tp_install", 30),
               ("setup", "开通激活", 3, "tp_activate", 30)])
    customers, events, orders, feedback = [], [], [], []
    for i in range(500):
        cid = f"U{i:04d}"
        en, zh = KINDS[i % 3]
        customers.append((cid, "2025-01-01", en, zh, rnd.choice(["app_store", "airline"]), rnd.choice(["大众点评", "抖音"])))
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(12))
        trip = f"TR{i:04d}"
        ev = [("tp_download", at, "")]
        if rnd.random() < 0.8:
            ev.append(("tp_buy", at + timedelta(days=1), ""))
            orders.append((f"O{i:04d}", cid, (at + timedelta(days=1)).isoformat(sep=" "), 20.0, "paid", "plan",
                           rnd.choice(["FIRSTTRIP", ""]), trip, rnd.choice(["complaint", "duplicate", ""])))
            if rnd.random() < 0.9:
                ev.append(("tp_install", at + timedelta(days=2), ""))
                if rnd.random() < 0.85:
                    ev.append(("tp_activate", at + timedelta(days=4), ""))
            ev.append(("tp_slot", at + timedelta(days=3), rnd.choice(["morning", "morning", "afternoon", "evening"])))
        for k, (tp, t, slot) in enumerate(ev):
            events.append((f"{cid}-{k}", cid, t.isoformat(sep=" "), tp, trip, "success", slot,
                           rnd.choice(["app_store", "app"])))
        if rnd.random() < 0.6:
            text, stars, tp = rnd.choice(TEXTS)
            zh_t, en_t = TECHS[i % 3]
            feedback.append((f"F{i:04d}", text, (at + timedelta(days=5)).isoformat(sep=" "), cid, tp,
                             rnd.choice(["app_store_review", "dianping", "survey"]), stars, trip, zh_t, en_t,
                             rnd.choice(["大众", "丰田"])))
    events.append(("END", "U0000", "2025-12-31 20:00:00", "tp_support", "TR0000", "success", "", "app"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "traveller_type", "旅客类型", "acquisition_channel",
                                      "来源渠道"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "trip_id", "action", "slot",
                                   "channel"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "coupon_code",
                                   "trip_id", "refund_reason"], orders)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "trip_id", "technician_name", "technician_en", "car_brand"], feedback)
    return {"customers": customers, "events": events, "feedback": feedback}


@pytest.fixture(scope="module")
def esim(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("platform_words"), _esim) as out:
        yield out


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def test_a_platform_name_is_its_code_not_a_name_inside_it(esim) -> None:  # noqa: ANN001
    service, facts = esim
    want = _mean([f[6] for f in facts["feedback"] if f[5] == "dianping"])
    a = ask(service, "2025年大众点评上的平均评分是多少？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, abs=0.005), a.answer


def test_app_store_rating_is_the_comments_own_channel(esim) -> None:  # noqa: ANN001
    service, facts = esim
    want = _mean([f[6] for f in facts["feedback"] if f[5] == "app_store_review"])
    a = ask(service, "avg app store rating in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, abs=0.005), a.answer


def test_complaint_points_are_the_themes_of_all_comments(esim) -> None:  # noqa: ANN001
    service, _ = esim
    a = ask(service, "用户主要都在抱怨些什么？给我列一下主要的投诉点")
    assert a.status == "ok", a.answer
    assert a.tables and "theme" in a.tables[0].columns, a.answer


def test_journey_map_asked_with_how_it_is_going(esim) -> None:  # noqa: ANN001
    service, _ = esim
    a = ask(service, "给我看一下整个用户旅程地图，每一步有多少人、口碑怎么样")
    assert a.status == "ok", a.answer
    assert "trip_id" not in " ".join(a.assumptions), a.assumptions


def test_a_code_in_capitals_is_never_translated(esim) -> None:  # noqa: ANN001
    service, _ = esim
    a = ask(service, "2025年首单漏斗（下载App→购买套餐，14天窗口），按人算从下载到买第一单的整体转化率是多少？")
    assert a.status == "ok", a.answer
    assert "FIRSTTRIP" not in a.answer + " ".join(a.assumptions), a.assumptions


def test_a_value_said_with_its_words_apart(esim) -> None:  # noqa: ANN001
    service, facts = esim
    want = sum(1 for c in facts["customers"] if c[2] == "student_abroad") / len(facts["customers"])
    a = ask(service, "What share of all our registered users are students studying abroad?")
    assert a.status == "ok", a.answer
    row = next(r for r in a.tables[0].rows if r[0] == "student_abroad")
    assert row[-1] == pytest.approx(want, abs=0.001), a.answer


def test_a_shortened_verb_before_the_steps_object(esim) -> None:  # noqa: ANN001
    service, _ = esim
    a = ask(service, "2025年装好了eSIM的订单里，最后真正落地激活的占多少？")
    assert a.status == "ok", a.answer
    assert 0.5 < first_numbers(a)[0] <= 1, a.answer  # a conversion from install to activation


def test_what_percent_of_names_the_part_after_the_verb(esim) -> None:  # noqa: ANN001
    service, facts = esim
    rows = [f for f in facts["feedback"] if f[5] == "dianping"]
    want = sum(1 for f in rows if f[10] == "大众") / len(rows)
    a = ask(service, "What % of the dianping comments in 2025 were about 大众 cars?")
    assert a.status == "ok", a.answer
    row = next(r for r in a.tables[0].rows if r[0] == "大众")
    assert row[-1] == pytest.approx(want, abs=0.001), a.answer


def test_a_word_cut_short_and_the_english_twin(esim) -> None:  # noqa: ANN001
    service, facts = esim
    by = {}
    for f in facts["feedback"]:
        by.setdefault(f[9], []).append(f[6])
    best = max((t for t in by if len(by[t]) >= 20), key=lambda t: _mean(by[t]))
    a = ask(service, "Which technician gets the best average rating? Only techs with at least 20 rated surveys, all data.")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == best, a.answer


def test_the_head_word_of_which_names_the_column(esim) -> None:  # noqa: ANN001
    service, facts = esim
    slots = Counter(e[6] for e in facts["events"] if e[3] == "tp_slot")
    a = ask(service, "Which entry time slot got the most reservations in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == slots.most_common(1)[0][0], a.answer


def test_a_word_that_asks_is_no_value(esim) -> None:  # noqa: ANN001
    service, _ = esim
    a = ask(service, "客人最常抱怨的是哪几类问题？")
    assert a.status == "ok", a.answer
    assert "refund_reason" not in a.answer + " ".join(a.assumptions), a.answer

