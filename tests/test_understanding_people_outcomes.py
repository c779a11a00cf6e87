"""The people a business serves, outcomes of an action, scope words (causes seen in session 19's first-sight blind
batches: property management, freight, power-bank rentals, optical retail, wedding studio, a real incident log):

- a column that records who did something ("cancelled_by = customer / driver") is no slice when a question says
  "customers" or "the driver" about the people counted; with its column or a "by" next to it, it is;
- people counted by the customer list's own columns, built-in ones too ("上海的金卡会员有多少人"), are the customers
  on record, not the ones active in some window;
- an industry's people ("couples", "新人", "households") are who is counted: "per paying couple", "按新人对数算",
  "divided by the couples who paid" are no groupings and no unknown terms;
- "paid orders per paying customer" is a count per person ("paid" there says which orders, no money);
- the average "amount" per person over a defined "total paid orders / couples" is money over people;
- "refunded ones excluded" leaves a value out (no comparison of paid with refunded); a list in parentheses after
  "都算" widens what is counted ("已支付的订单都算（定金、尾款、加购）"); a step said only to widen another ("后来退了
  的也算") slices nothing;
- "eject failure rate" for a step that records an action failing (no journey reaches it): its events over the
  attempts, failures plus the step where the same action succeeds;
- "哪类场所" names the column 场所类型 (a kind column said without its "类型");
- "how long did customers wait, in minutes" is the average of the data's wait_minutes column, not a time between steps;
- "All data, all channels", "全部数据、不限渠道" say which comments are in scope, never what they are about;
- a count of zero for a slice the data has is an answer ("那 Obvious 呢？": no 1–2 star review, 0), kept ok;
- a built-in column's twin in the asker's language (获客渠道 holding 抖音 beside acquisition_channel's douyin) is
  what a Chinese ranking groups by; "X客户占全部客户的比例" is a share, its words no unknown term;
- Chinese is read left to right: "铂金卡会员" is the 铂金卡 level, not the 金卡会员 words of another level;
- "2月8日（周一）到2月14日（周日）这一周" is one week: a weekday in parentheses after a date, and "这一周" after the
  days said, restate it.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

VENUES = [("hospital", "医院"), ("mall", "商场")]
TYPES = ["deposit", "balance", "addon"]
LEVEL_ZH = {"gold": "金卡", "platinum": "铂金卡", "regular": "普通会员"}
SOURCE_ZH = {"douyin": "抖音", "referral": "老客推荐"}


def _rentals(tmp: Path) -> dict[str, object]:
    rnd = random.Random(19)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_scan", "扫码租借", "扫码租借", "Scan to rent", "purchase", "扫码|scan"),
               ("tp_eject", "弹出充电宝", "弹出充电宝", "Power bank ejected", "purchase", ""),
               ("tp_eject_fail", "弹出失败", "弹出失败", "Eject failure", "service", ""),
               ("tp_booking", "签单付定金", "签单付定金", "Booking signed", "purchase", "签单|付定金"),
               ("tp_cancel", "退单", "退单", "Booking cancelled", "service", "退|取消"),
               ("tp_return", "归还成功", "归还成功", "Returned", "loyalty", "")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("rent", "Rent", 1, "tp_scan", 1), ("rent", "Rent", 2, "tp_eject", 1),
               ("rent", "Rent", 3, "tp_return", 1)])
    customers, events, orders = [], [], []
    for i in range(400):
        cid = f"C{i:04d}"
        city = "上海" if i % 3 else "杭州"
        tier = "gold" if i % 4 == 0 else "platinum" if i % 7 == 0 else "regular"
        source = "douyin" if i % 3 == 0 or i % 5 == 0 else "referral"
        customers.append((cid, "2024-06-01 00:00:00", "household" if i % 2 else "merchant", tier, city,
                          LEVEL_ZH[tier], source, SOURCE_ZH[source]))
        if i % 5 == 4:
            continue  # on record, never active
        for k in range(rnd.randrange(1, 4)):
            ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), minutes=rnd.randrange(1440))
            ven, ven_zh = VENUES[rnd.randrange(2)]
            wait = rnd.randrange(1, 40)
            events.append((f"{cid}-s{k}", cid, ts.isoformat(sep=" "), "tp_scan", "scan", ven, ven_zh, wait, ""))
            fail = rnd.random() < (0.3 if ven == "hospital" else 0.1)
            step = "tp_eject_fail" if fail else "tp_eject"
            events.append((f"{cid}-e{k}", cid, (ts + timedelta(minutes=1)).isoformat(sep=" "), step, "eject",
                           ven, ven_zh, "", ""))
            if rnd.random() < 0.2:
                events.append((f"{cid}-c{k}", cid, (ts + timedelta(minutes=3)).isoformat(sep=" "), "tp_cancel",
                               "cancel", ven, ven_zh, "", "customer" if rnd.random() < 0.5 else "driver"))
            otype = TYPES[rnd.randrange(3)]
            status = "paid" if rnd.random() < 0.85 else "refunded"
            orders.append((f"{cid}-o{k}", cid, (ts + timedelta(minutes=2)).isoformat(sep=" "),
                           round(rnd.uniform(5, 500), 2), status, otype))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "tier", "city", "member_level_zh",
                                      "acquisition_channel", "获客渠道"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "venue_type", "场所类型",
                                   "wait_minutes", "cancelled_by"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    texts = ["waiting fee too high", "the waiting fee was unfair", "great service", "cable broken", "还不错", "充电宝坏了"]
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "rating", "text"],
              [(f"F{i:03d}", f"C{i % 400:04d}", (datetime(2025, 2, 1) + timedelta(days=i)).isoformat(sep=" "),
                "tp_eject", 1 + i % 5, texts[i % len(texts)]) for i in range(300)])
    return {"customers": customers, "events": events, "orders": orders}


@pytest.fixture(scope="module")
def rentals(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("people_outcomes"), _rentals) as out:
        yield out


def test_an_actor_columns_people_value_is_no_slice_without_its_column(rentals) -> None:  # noqa: ANN001
    service, _facts = rentals
    a = ask(service, "In 2025, where in the rent funnel are we losing the most customers? Which step?")
    assert a.status == "ok", a.answer
    assert not any("cancelled" in s for s in a.assumptions), a.assumptions


def test_an_actor_value_with_by_before_it_is_still_a_slice(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(1 for e in facts["events"] if e[3] == "tp_cancel" and e[8] == "driver")
    a = ask(service, "How many events were cancelled by the driver over all data?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


@pytest.mark.parametrize("q", ["上海的金卡会员有多少人？", "How many gold members in 上海 do we have?"])
def test_people_counted_by_built_in_customer_columns_are_the_customers_on_record(rentals, q) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(1 for c in facts["customers"] if c[3] == "gold" and c[4] == "上海")
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_money_per_paying_couple_is_revenue_over_buyers(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    paid = [o for o in facts["orders"] if o[4] == "paid" and o[2][:4] == "2025"]
    want = sum(o[3] for o in paid) / len({o[1] for o in paid})
    for q in ("In 2025, what was the average amount paid per paying couple? (total paid orders in 2025 divided by "
              "the couples with at least one paid order in 2025)",
              "Average spend per family in 2025 - total paid orders divided by the families that paid at least once?"):
        a = ask(service, q)
        assert a.status == "ok", a.answer
        assert first_numbers(a)[0] == pytest.approx(want, rel=1e-6), (q, a.answer)


def test_couples_counted_in_chinese_are_no_unknown_term(rentals) -> None:  # noqa: ANN001
    service, _facts = rentals
    a = ask(service, "2025年Rent这条旅程的整体转化率是多少？按新人对数算")
    assert a.status == "ok", a.answer
    assert "新人" not in a.answer


def test_paid_orders_per_paying_customer_is_a_count_per_person(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    paid = [o for o in facts["orders"] if o[4] == "paid" and o[2][:4] == "2025"]
    want = len(paid) / len({o[1] for o in paid})
    a = ask(service, "In 2025, how many paid orders did each paying customer place on average (deposits and add-ons "
                     "together)?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, rel=1e-6), (want, a.answer)


def test_a_value_said_excluded_is_left_out_not_compared(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[5] == "deposit" and o[2][:7] == "2025-10")
    a = ask(service, "How much did we collect in deposits in October 2025? Paid deposits only, refunded ones excluded.")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, rel=1e-6), (want, a.answer)


def test_a_list_after_a_widening_clause_slices_nothing(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2][:4] == "2025")
    a = ask(service, "2025年全年实收多少钱？已支付的订单都算（定金、尾款、加购），退款的不算")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, rel=1e-6), (want, a.answer)


def test_a_step_said_only_to_widen_another_is_no_slice(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(1 for e in facts["events"] if e[3] == "tp_scan" and e[2][:7] == "2025-10")
    a = ask(service, "2025年10月一共扫码租借了多少次？后来退了的也算")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


@pytest.mark.parametrize("q", ["What was the eject failure rate in 2025?", "2025年的弹出失败率是多少？"])
def test_a_failed_outcomes_rate_is_failures_over_attempts(rentals, q) -> None:  # noqa: ANN001
    service, facts = rentals
    fails = sum(1 for e in facts["events"] if e[3] == "tp_eject_fail" and e[2][:4] == "2025")
    oks = sum(1 for e in facts["events"] if e[3] == "tp_eject" and e[2][:4] == "2025")
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(fails / (fails + oks), abs=1e-9), a.answer


def test_a_kind_column_said_without_its_kind_word(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    rate = {}
    for ven, zh in VENUES:
        f = sum(1 for e in facts["events"] if e[3] == "tp_eject_fail" and e[6] == zh)
        o = sum(1 for e in facts["events"] if e[3] == "tp_eject" and e[6] == zh)
        rate[zh] = f / (f + o)
    a = ask(service, "哪类场所的弹出失败率最高？全部数据")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(rate, key=rate.get), a.answer


def test_how_long_people_wait_is_the_wait_columns_average(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    waits = [e[7] for e in facts["events"] if e[3] == "tp_scan" and "2025-07-01" <= e[2][:10] <= "2025-09-30"]
    a = ask(service, "In Q3 2025, how long did customers wait on average before the scan, in minutes?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(waits) / len(waits), rel=1e-6), a.answer


def test_scope_words_are_no_topic(rentals) -> None:  # noqa: ANN001
    service, _facts = rentals
    a = ask(service, "How many feedback comments complain about the waiting fee? All data, all channels.")
    assert a.status == "ok", a.answer
    assert "all data" not in a.answer.lower() and "channels" not in a.answer.lower(), a.answer
    b = ask(service, "所有反馈里有多少条提到充电宝坏了？全部数据、不限渠道")
    assert b.status == "ok", b.answer
    assert not (b.tables and "channel" in b.tables[0].columns), b.tables[0].columns


def test_a_built_in_columns_twin_in_the_askers_language_is_the_grouping(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    counts: dict[str, int] = {}
    for c in facts["customers"]:
        counts[c[7]] = counts.get(c[7], 0) + 1
    a = ask(service, "哪个获客渠道带来的客户最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), a.answer


def test_a_share_of_all_customers_in_chinese(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(1 for c in facts["customers"] if c[2] == "merchant") / len(facts["customers"])
    a = ask(service, "merchant客户占全部客户的比例是多少？")
    assert a.status == "ok", a.answer
    assert want in [pytest.approx(x, abs=1e-3) for x in first_numbers(a)], (want, a.answer)


def test_chinese_names_are_read_left_to_right(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(1 for c in facts["customers"] if c[3] == "platinum")
    a = ask(service, "现在一共有多少铂金卡会员？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_a_week_said_with_weekdays_in_parentheses_is_one_period() -> None:
    from datetime import date

    from assistant.planner import timeparse
    for text in ("2月8日（周一）到2月14日（周日）这一周进线量是多少？", "calls from feb 8 (mon) to feb 14 (sun)"):
        tr = timeparse.find_times(text, date(1999, 2, 28))
        assert [(str(s.period.start), str(s.period.end)) for s in tr.spans] == [("1999-02-08", "1999-02-14")], text



@pytest.mark.parametrize("q", ["哪个城市的客户吐槽等待费最多？", "Which city do most complaints about the waiting fee come from?"])
def test_complaints_about_a_topic_ranked_by_group_count_the_topic_per_group(rentals, q) -> None:  # noqa: ANN001
    service, facts = rentals
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "feedback_count" and call.args.get("dimension") == "city", a.tool_calls
    assert "waiting" in call.args["query"].lower() or "等待费" in call.args["query"], call.args
    rows = a.tables[0].rows
    assert {r[0] for r in rows} == {c[4] for c in facts["customers"]}, rows
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True), rows
    assert all(0 < r[1] <= r[2] for r in rows), rows  # matches never exceed the group's comments
