"""Times between two steps, as people ask them (session 15's general cause, seen in a third of the blind batches):

- "从开单到第一次解决，平均要几天", "what's the median number of hours from pick-up to resolution": each case's
  first time at the first step in the period, then its first time at the other at or after it — whatever steps
  lie between (a case put on hold counts too) and however long it took (no conversion window cuts a 40-day case);
- "平均"/"average" is the mean, "中位数"/"median"/"typically" the median, and a bare "how long" the median, said;
- one step named ("解决工单平均要几天") is timed from the start of the journey that truly starts first (tickets are
  opened before they are taken in charge, though another journey starts at the pick-up);
- a step no journey holds ("escalation") is timed from the step named with it, in the order asked;
- "最近几天" is a period, not a time asked for.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

PRIORITIES = ("low", "normal", "urgent")


def _tickets(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_open", "Ticket opened", "开单", "Ticket opened", "service", "opening|开单|建单"),
               ("tp_pick", "Picked up", "接单", "Picked up", "service", "pick-up|pick up|接单|受理"),
               ("tp_hold", "On hold", "挂起", "On hold", "service", "hold|挂起"),
               ("tp_solve", "Resolved", "解决工单", "Resolved", "service", "resolution|resolve|解决|解决工单"),
               ("tp_escalate", "Escalation", "升级", "Escalation", "service", "escalation|escalate|升级处理"),
               ("tp_repair", "Repair request", "报修", "Repair request", "service", "repair request|报修"),
               ("tp_fixed", "Repair completed", "维修完成", "Repair completed", "service", "repair completed|修好|维修完成")])
    # the handling journey has a 7-day window; the hold journey starts at the pick-up, a later step of the first
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("handling", "Ticket handling", 1, "tp_open", 7), ("handling", "Ticket handling", 2, "tp_pick", 7),
               ("handling", "Ticket handling", 3, "tp_solve", 7),
               ("hold", "On hold", 1, "tp_pick", 7), ("hold", "On hold", 2, "tp_hold", 7),
               ("hold", "On hold", 3, "tp_solve", 7),
               ("repairs", "Repairs", 1, "tp_repair", 30), ("repairs", "Repairs", 2, "tp_fixed", 30)])
    customers, events, cases = [], [], []
    for i in range(400):
        cid = f"T{i:04d}"
        t0 = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), minutes=rnd.randrange(1440))
        prio = PRIORITIES[i % 3]
        customers.append((cid, t0.isoformat(sep=" "), prio))
        times = {"tp_open": t0}
        t = t0
        if rnd.random() < 0.9:  # some tickets are resolved without a recorded pick-up
            t = t + timedelta(hours=rnd.uniform(0.5, 30))
            times["tp_pick"] = t
        if rnd.random() < 0.3:
            t = t + timedelta(days=rnd.uniform(1, 20))
            times["tp_hold"] = t
        if rnd.random() < 0.15:
            times["tp_escalate"] = t + timedelta(hours=rnd.uniform(1, 48))
        if rnd.random() < 0.85:
            # urgent tickets are quick, low ones slow; some take far longer than the 7-day window
            scale = {"urgent": 1.0, "normal": 3.0, "low": 8.0}[prio]
            times["tp_solve"] = t + timedelta(days=rnd.expovariate(1 / scale))
        for k, (tp, ts) in enumerate(times.items()):
            events.append((f"{cid}-{k}", cid, ts.isoformat(sep=" "), tp, "log", "", ""))
        # several repair requests per customer, each with its own id; a third is never completed, and the
        # completions of two open requests may come in either order
        repairs = []
        for r in range(rnd.randrange(0, 4)):
            rid, asked = f"R{i:04d}{r}", t0 + timedelta(days=30 * r + rnd.uniform(0, 20))
            done = asked + timedelta(hours=rnd.uniform(1, 90)) if rnd.random() < 0.67 else None
            events.append((f"{cid}-r{r}", cid, asked.isoformat(sep=" "), "tp_repair", "log", rid, ""))
            if done is not None:  # the completion carries the hours the repair took, as a company's log may
                events.append((f"{cid}-f{r}", cid, done.isoformat(sep=" "), "tp_fixed", "log", rid,
                               round((done - asked).total_seconds() / 3600, 1)))
            repairs.append((asked, done))
        cases.append({"id": cid, "priority": prio, **times, "repairs": repairs})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "priority"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "repair_id", "repair_hours"],
              events)
    return {"cases": cases}


@pytest.fixture(scope="module")
def tickets(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("times"), _tickets) as out:
        yield out


def _gaps(cases, a: str, b: str, unit: float, priority: str | None = None) -> list[float]:  # noqa: ANN001
    # the events are written whole seconds apart by isoformat; read back as they were written
    return [(c[b] - c[a]).total_seconds() / unit for c in cases
            if a in c and b in c and c[b] >= c[a] and (priority is None or c["priority"] == priority)]


DAY, HOUR = 86400.0, 3600.0


@pytest.mark.parametrize("q", ["从开单到解决工单，平均要几天？全部数据",
                               "On average, how many days does it take from opening a ticket to its resolution? all data"])
def test_the_average_is_the_mean_with_no_window_and_no_step_between_required(tickets, q) -> None:  # noqa: ANN001
    service, f = tickets
    gaps = _gaps(f["cases"], "tp_open", "tp_solve", DAY)
    assert max(gaps) > 7 and len(gaps) > len(_gaps([c for c in f["cases"] if "tp_pick" in c], "tp_open", "tp_solve", DAY))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "mean_time_to_convert", a.tool_calls[0]
    assert any(abs(v - statistics.mean(gaps)) < 1e-3 for v in first_numbers(a)), (statistics.mean(gaps), a.tables[0].rows)
    assert a.tables[0].rows[0][4] == len(gaps)  # the cases that reached the resolution


@pytest.mark.parametrize("q", ["What's the median number of hours from pick-up to resolution? all data",
                               "从接单到解决工单一般要多少小时？全部数据"])
def test_the_median_when_said_or_typical(tickets, q) -> None:  # noqa: ANN001
    service, f = tickets
    want = statistics.median(_gaps(f["cases"], "tp_pick", "tp_solve", HOUR))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "median_time_to_convert", a.tool_calls[0]
    assert any(abs(v - want) < 1e-3 for v in first_numbers(a)), (want, a.tables[0].rows)


def test_one_step_named_is_timed_from_where_the_cases_start(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    want = statistics.mean(_gaps(f["cases"], "tp_open", "tp_solve", DAY))
    a = ask(service, "解决工单平均要几天？全部数据")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["journey_id"] == "handling:tp_open->tp_solve", a.tool_calls[0]
    assert any(abs(v - want) < 1e-3 for v in first_numbers(a)), (want, a.tables[0].rows)
    assert "开单" in a.answer and "解决工单" in a.answer, a.answer


def test_a_step_no_journey_holds_is_timed_in_the_order_asked(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    want = statistics.mean(_gaps(f["cases"], "tp_open", "tp_escalate", HOUR))
    a = ask(service, "What is the average time in hours from opening a ticket to escalation? all data")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["journey_id"] == "*:tp_open->tp_escalate", a.tool_calls[0]
    assert any(abs(v - want) < 1e-3 for v in first_numbers(a)), (want, a.tables[0].rows)


def test_which_group_is_slowest(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    means = {p: statistics.mean(_gaps(f["cases"], "tp_open", "tp_solve", DAY, p)) for p in PRIORITIES}
    a = ask(service, "Which priority has the longest average time from opening to resolution? all data")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(means, key=means.get), (means, a.tables[0].rows)


def test_a_few_recent_days_are_a_period_not_a_time_asked(tickets) -> None:  # noqa: ANN001
    service, _ = tickets
    a = ask(service, "最近几天解决了多少工单？")
    assert all(c.args.get("metric_id") not in ("mean_time_to_convert", "median_time_to_convert")
               for c in a.tool_calls), a.tool_calls


# -- counts per person or case ("平均每张工单有几个事件", "orders per customer") -------------------------------------
def test_events_per_case_are_the_events_over_the_cases(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    events = sum(sum(1 for k in c if k.startswith("tp_")) + sum(1 + (d is not None) for _, d in c["repairs"])
                 for c in f["cases"])
    for q in ("平均每张工单有几个处理事件？全部数据", "How many events does a ticket have on average? all data"):
        a = ask(service, q)
        assert a.status == "ok", a.answer
        assert a.tool_calls[0].name == "metric_ratio", a.tool_calls[0]
        assert abs(a.tables[0].rows[0][0] - events / len(f["cases"])) < 1e-9, a.tables[0].rows


def test_times_a_step_was_done_per_person_who_did_it(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    escalated = [c for c in f["cases"] if "tp_escalate" in c]
    a = ask(service, "升级过的工单，平均每张升级了几次？全部数据")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["denominator"] == {"metric_id": "active_customers", "filters": {"touchpoint": ["tp_escalate"]}}
    assert abs(a.tables[0].rows[0][0] - 1.0) < 1e-9 and a.tables[0].rows[0][2] == len(escalated), a.tables[0].rows


@pytest.fixture(scope="module")
def supplier(tmp_path_factory: pytest.TempPathFactory):
    from test_understanding_shares import _supplier
    with service_on(tmp_path_factory.mktemp("per_buyer"), _supplier) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年平均每个客户下了几单？", "How many orders per customer on average in 2025?"])
def test_orders_per_customer_are_paid_orders_over_buyers(supplier, q) -> None:  # noqa: ANN001
    service, f = supplier
    paid = [o for o in f["orders"] if o["status"] == "paid" and o["ts"].year == 2025]
    want = len(paid) / len({o["customer_id"] for o in paid})
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "metric_ratio", a.tool_calls[0]
    assert abs(a.tables[0].rows[0][0] - want) < 1e-9, (want, a.tables[0].rows)
    assert "/" in a.answer, a.answer  # the definition is said


def test_money_per_person_is_not_a_count_per_person(supplier) -> None:  # noqa: ANN001
    service, _ = supplier
    a = ask(service, "2025年人均消费多少钱？")
    assert all(c.name != "metric_ratio" or c.args["numerator"]["metric_id"] != "orders" for c in a.tool_calls), a.tool_calls


def test_a_passive_step_name_and_a_follow_up_for_rows_of_another_period(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    may = [c for c in f["cases"] if c["tp_open"].month == 5]
    want = statistics.median(_gaps(may, "tp_open", "tp_solve", HOUR))
    a = ask(service, "What's the median number of hours between a ticket being opened and its resolution, "
                     "for tickets opened in April 2025?", session="s-times")
    assert a.status == "ok" and a.tool_calls[0].args["journey_id"] == "handling:tp_open->tp_solve", a.tool_calls
    b = ask(service, "And for tickets opened in May 2025?", session="s-times")
    assert b.status == "ok", b.answer
    assert b.tool_calls[0].args["metric_id"] == "median_time_to_convert", b.tool_calls[0]
    assert abs(b.tables[0].rows[0][3] - want * HOUR) < 1e-6, (want, b.tables[0].rows)


def test_steps_tied_by_the_datas_own_id_are_timed_per_id(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    gaps = [(d - a).total_seconds() / HOUR for c in f["cases"] for a, d in c["repairs"] if d is not None]
    from datetime import date
    from knowledge.analyses.funnel import funnel
    from knowledge.results import Period
    k = service.knowledge()
    res = funnel(service.gateway, k.layer, "repairs:tp_repair->tp_fixed", Period(date(2024, 1, 1), date(2026, 12, 31)))
    assert res.facts.get("paired_by") == "repair_id" and "paired_by_id" in res.notes, res.facts
    last = res.records()[-1]
    assert last["users"] == len(gaps), (last, len(gaps))
    assert abs(last["mean_time_to_convert_s"] - statistics.mean(gaps) * HOUR) < 1e-3, (statistics.mean(gaps), last)
    # asked in words, the company's own duration column on the step named answers (the same gaps, rounded)
    a = ask(service, "What's the average time from repair request to repair completed? all data")
    assert a.status == "ok", a.answer
    assert any(abs(v - statistics.mean(gaps)) < 0.06 or abs(v - statistics.mean(gaps) * HOUR) < 1e-3
               for v in first_numbers(a)), (statistics.mean(gaps), a.tables[0].rows)


def test_an_end_the_data_does_not_have_is_said_not_timed_to_another_step(tickets) -> None:  # noqa: ANN001
    service, _ = tickets
    a = ask(service, "从开单到回访平均要几天？全部数据")
    assert a.status == "unsupported" and "回访" in a.answer, a.answer


# -- the log's own word for its cases, learned from its step names ("fines" of "Fine issued", "Fine mailed") ------
def _fines(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_create", "Fine issued (created)", "开具罚单", "Fine issued (created)", "awareness"),
               ("tp_mail", "Fine mailed", "邮寄罚单", "Fine mailed", "consideration"),
               ("tp_notified", "Fine notification delivered", "罚单送达", "Fine notification delivered", "consideration"),
               ("tp_pay", "Payment received", "缴纳罚款", "Payment received", "purchase")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("fines", "Fine handling", i + 1, tp, 365) for i, tp in enumerate(("tp_create", "tp_mail", "tp_notified", "tp_pay"))])
    customers, events, orders, fines = [], [], [], []
    for i in range(300):
        cid, t0 = f"F{i:04d}", datetime(2024, 6, 1) + timedelta(days=rnd.randrange(540))
        officer = ("541", "557", "559")[rnd.randrange(3) if rnd.random() < 0.7 else 2]
        customers.append((cid, t0.isoformat(sep=" "), officer, 35 + 10 * rnd.randrange(3)))
        events.append((f"{cid}-c", cid, t0.isoformat(sep=" "), "tp_create"))
        events.append((f"{cid}-m", cid, (t0 + timedelta(days=20)).isoformat(sep=" "), "tp_mail"))
        if rnd.random() < 0.5:
            paid = t0 + timedelta(days=rnd.randrange(5, 60))
            events.append((f"{cid}-p", cid, paid.isoformat(sep=" "), "tp_pay"))
            orders.append((f"O{i}", cid, paid.isoformat(sep=" "), 35.0, "paid"))
        fines.append({"id": cid, "created": t0, "officer": officer})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "officer", "fine_amount"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"fines": fines}


@pytest.fixture(scope="module")
def fines(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("fines"), _fines) as out:
        yield out


@pytest.mark.parametrize("q", ["How many fines were issued in 2025?", "2025年一共开出了多少张罚单？"])
def test_the_logs_own_word_for_its_cases_counts_them(fines, q) -> None:  # noqa: ANN001
    service, f = fines
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][3] == sum(1 for x in f["fines"] if x["created"].year == 2025), a.tables[0].rows


def test_who_wrote_the_most_of_them(fines) -> None:  # noqa: ANN001
    service, f = fines
    from collections import Counter
    top = Counter(x["officer"] for x in f["fines"]).most_common(1)[0][0]
    a = ask(service, "Which officer wrote the most traffic fines? all data")
    assert a.status == "ok", a.answer
    assert str(a.tables[0].rows[0][0]) == top, a.tables[0].rows


def test_a_number_another_step_carries_is_averaged_where_it_is(tickets) -> None:  # noqa: ANN001
    service, f = tickets
    hours = [round((d - a).total_seconds() / 3600, 1) for c in f["cases"] for a, d in c["repairs"] if d is not None]
    a = ask(service, "What are the average repair hours of repair requests? all data")
    assert a.status == "ok", a.answer
    assert "touchpoint" not in (a.tool_calls[0].args.get("filters") or {}), a.tool_calls[0]
    assert any(abs(v - statistics.mean(hours)) < 1e-6 for v in first_numbers(a)), (statistics.mean(hours), a.tables[0].rows)


def test_a_step_named_with_an_ing_verb_is_found_as_questions_say_it() -> None:
    from assistant.planner.linker import _gerund_last
    forms = _gerund_last("Bank card linking")
    for said in ("linked a bank card", "link the bank card", "bank card linked", "bank-card-linked", "linking a bank card"):
        assert said in forms, (said, forms)
    assert "shipped the order" in _gerund_last("Order shipping") and _gerund_last("Checkout") == []


def test_the_channel_a_customer_came_through_is_the_acquisition_channel() -> None:
    from assistant.planner import ACQUIRED
    for q in ("绑卡以后到完成首笔交易，哪个渠道来的客户转化最好？", "Which channel did the customers who came in through it convert best?",
              "users we acquired through Douyin ads"):
        assert ACQUIRED.search(q.lower()), q
    assert not ACQUIRED.search("哪个渠道的订单最多")



def test_an_english_value_named_in_chinese_is_found_through_the_dictionary() -> None:
    from assistant.planner import glosses
    from assistant.planner.types import Catalog, TermInfo
    cat = Catalog(touchpoints=(), journeys=(), metrics=(), dimensions=(
        TermInfo(id="report_reason", names={}, aliases={}, extra=True), TermInfo(id="kyc_method", names={}, aliases={}, extra=True)),
        dimension_values={"report_reason": ("harassment", "fake_profile", "scam"), "kyc_method": ("video", "face", "photo")})
    found = {m.surface: (m.dim, m.id) for m in glosses.value_mentions(
        "骚扰和假资料，视频见证", cat, [(0, 2, "骚扰"), (3, 6, "假资料"), (7, 9, "视频"), (9, 11, "见证")])}
    assert found == {"骚扰": ("report_reason", "harassment"), "假资料": ("report_reason", "fake_profile"),
                     "视频": ("kyc_method", "video")}, found


def test_store_names_without_the_brand_and_the_word_they_all_end_with() -> None:
    from assistant.planner.linker import _kind_word, _without_brand
    raws = ("宠爱徐汇店", "宠爱静安店", "宠爱浦东店")
    assert _without_brand(raws) == {"宠爱徐汇店": "徐汇店", "宠爱静安店": "静安店", "宠爱浦东店": "浦东店"}
    assert _without_brand(("抱石派·徐汇滨江店", "抱石派·静安店", "抱石派·三里屯店"))["抱石派·静安店"] == "静安店"
    assert _kind_word(raws) == "店" and _kind_word(("虹桥P9停车场", "天河城停车场", "南山停车场")) == "停车场"
    assert _without_brand(("上海", "北京", "深圳")) == {} and _kind_word(("app", "web", "门店")) == ""
