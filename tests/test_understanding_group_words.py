"""Causes seen in session 41's first blind batches (allotments, ship repair):

- "哪个菜园" where the sites are 上海金桥菜园, 成都锦江菜园, 伦敦哈克尼份地, 墨尔本布伦瑞克花园 …: a word two or more values end in,
  after a word asking for groups, names the column (it was refused);
- "去年哪个工作坊主题报名的人次最多": 报名 names the waiting-list sign-up too, whose rows never record a workshop topic; the
  workshop booking step (工作坊报名) records it and is named by the same word (it answered "no topic recorded");
- "How many customers are on the concession rate?": a rate after "on the" is a price, no share of a yes/no column;
- "What kind of incident do we see most at the shopping malls? calendar 2025": a gerund before a named value says what
  kind it is, "calendar" before a year says how the year is counted — neither is a name the data lacks;
- "出事件时保安平均几分钟响应到场": the company's own staff (保安) act in the question; no slice the data lacks;
- "续约成功的比例" at a renewal review recording renewed / terminated: success is the outcome named like the step;
- "Which type of site has the lowest renewal rate?": "type of site" is site_type turned round, and the renewal rate
  is the review step's renewed share — never renewal orders over all orders (with the renewals kept on both sides,
  every group read 100 %);
- "Which kind of owner …": the kind of customer is the customers' segment, whatever the company calls them;
- "plot offers sent in March just expired with no reply": of the outcomes said, the one the named step records
  (sent and no_reply are other steps' outcomes, words describing the offers);
- "inspections ended in a notice (first or final)": both outcomes said whole, listed together;
- "Which payment method had the highest failure rate on plot fee payments?": the step records failed, never the
  layer's own fail — each method's share of failed payments;
- "How many invoices did clients dispute?": invoices are orders, but disputed is an outcome only the invoice step
  records — that step's disputed events, never every order;
- "How many orders were refunded?" where no order is: said, never every order counted.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

SITES = ["上海金桥菜园", "成都锦江菜园", "伦敦哈克尼份地", "曼彻斯特乔尔顿份地", "墨尔本布伦瑞克花园", "杭州西溪农园"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4103)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_signup", "候补名单报名", "候补名单报名", "Waiting-list sign-up", "awareness", "报名|sign-up"),
               ("tp_workshop_booking", "工作坊报名", "工作坊报名", "Workshop booking", "loyalty",
                "工作坊报名|workshop booking"),
               ("tp_fee", "地租缴费", "地租缴费", "Plot fee payment", "purchase", "缴费|fee payment"),
               ("tp_incident", "事件报告", "事件报告", "Incident report", "service", "事件|incident"),
               ("tp_renewal", "续约评审", "续约评审", "Contract renewal review", "loyalty",
                "续约|续签|renewal|termination|non-renewal"),
               ("tp_offer", "地块分配通知", "地块分配通知", "Plot offer", "purchase", "plot offer|分地通知"),
               ("tp_reminder", "提醒短信", "提醒短信", "Reminder text", "service", "reminder|提醒"),
               ("tp_inspection", "地块巡查", "地块巡查", "Plot inspection", "service", "inspection|巡查"),
               ("tp_invoice", "月度账单", "月度账单", "Monthly invoice", "service", "invoice|账单")])
    facts: dict[str, object] = {"rating": {}, "topics25": {}, "concession": 0, "mall_incidents25": {},
                                "response25": [], "renewed25": [0, 0], "renewed_by_type": {}}
    orders = []
    facts.update({"expired_mar26": [0, 0], "notices25": {}, "fee_fail": {}, "disputed25": 0})
    customers, events, feedback = [], [], []
    n = 0
    for i in range(700):
        cid = f"P{i:04d}"
        site = SITES[i % len(SITES)]
        tier = "concession" if rnd.random() < 0.25 else "standard"
        facts["concession"] += int(tier == "concession")  # type: ignore[operator]
        site_type = "mall" if i % 3 == 0 else "office"
        segment = "ferry_operator" if i % 4 == 0 else "fishing_company"
        customers.append((cid, "2024-06-01 00:00:00", tier, site_type, segment))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340))
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), "tp_signup", "submit", site, "", "", "", "", ""))
        if rnd.random() < 0.5:
            kind = rnd.choices(["shoplifting", "fire_alarm", "trespass"], [5, 2, 3] if site_type == "mall" else [1, 3, 4])[0]
            minutes = rnd.randrange(2, 30)
            n += 1
            events.append((f"E{n:06d}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_incident", "reported",
                           site, "", "", kind, str(minutes), ""))
            facts["response25"].append(minutes)  # type: ignore[union-attr]
            facts.setdefault("incidents_by_segment", {}).setdefault(segment, 0)  # type: ignore[union-attr]
            facts["incidents_by_segment"][segment] += 1  # type: ignore[index]
            if site_type == "mall":
                facts["mall_incidents25"][kind] = facts["mall_incidents25"].get(kind, 0) + 1  # type: ignore[union-attr]
        if rnd.random() < 0.6:
            topic = rnd.choices(["堆肥入门", "有机防虫", "留种与育苗"], [5, 3, 2])[0]
            n += 1
            events.append((f"E{n:06d}", cid, (at + timedelta(days=5)).isoformat(sep=" "), "tp_workshop_booking",
                           "booked", site, topic, "", "", "", ""))
            facts["topics25"][topic] = facts["topics25"].get(topic, 0) + 1  # type: ignore[union-attr]
        if rnd.random() < 0.6:
            renewed = rnd.random() < (0.45 if site_type == "mall" else 0.85)
            t = at + timedelta(days=15)
            n += 1
            events.append((f"E{n:06d}", cid, t.isoformat(sep=" "), "tp_renewal", "renewed" if renewed else "terminated",
                           site, "", "", "", "", ""))
            got = facts["renewed_by_type"].setdefault(site_type, [0, 0])  # type: ignore[union-attr]
            got[0] += int(renewed)
            got[1] += 1
            if t.year == 2025:
                facts["renewed25"][0] += int(renewed)  # type: ignore[index]
                facts["renewed25"][1] += 1  # type: ignore[index]
            if renewed:
                orders.append((f"O{n:06d}", cid, t.isoformat(sep=" "), 1200.0, "signed", "renewal"))
        orders.append((f"C{n:06d}", cid, at.isoformat(sep=" "), 1500.0, "signed", "contract"))
        method = rnd.choice(["direct_debit", "card", "wechat_pay"])
        failed = rnd.random() < {"direct_debit": 0.15, "card": 0.04, "wechat_pay": 0.02}[method]
        n += 1
        events.append((f"E{n:06d}", cid, (at + timedelta(days=9)).isoformat(sep=" "), "tp_fee",
                       "failed" if failed else "paid", site, "", "true" if tier == "concession" else "false", "", "",
                       method))
        got = facts["fee_fail"].setdefault(method, [0, 0])  # type: ignore[union-attr]
        got[0] += int(failed and at.year == 2025)
        got[1] += int(at.year == 2025)
        offer_at = datetime(2026, 3, 1) + timedelta(days=rnd.randrange(31))
        outcome = rnd.choice(["accepted", "declined", "expired", "expired"])
        n += 1
        events.append((f"E{n:06d}", cid, offer_at.isoformat(sep=" "), "tp_offer", outcome, site, "", "", "", "", ""))
        facts["expired_mar26"][0] += int(outcome == "expired")  # type: ignore[index]
        facts["expired_mar26"][1] += 1  # type: ignore[index]
        n += 1
        events.append((f"E{n:06d}", cid, offer_at.isoformat(sep=" "), "tp_reminder", rnd.choice(["sent", "no_reply"]),
                       site, "", "", "", "", ""))
        disputed = rnd.random() < 0.1
        n += 1
        events.append((f"E{n:06d}", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_invoice",
                       "disputed" if disputed else "issued", site, "", "", "", "", ""))
        facts["disputed25"] += int(disputed and (at + timedelta(days=3)).year == 2025)  # type: ignore[operator]
        result = rnd.choices(["pass", "first_notice", "final_notice"], [6, 2, 1] if "哈克尼" in site else [9, 1, 0])[0]
        n += 1
        events.append((f"E{n:06d}", cid, (at + timedelta(days=30)).isoformat(sep=" "), "tp_inspection", result, site,
                       "", "", "", "", ""))
        if result != "pass" and (at + timedelta(days=30)).year == 2025:
            facts["notices25"][site] = facts["notices25"].get(site, 0) + 1  # type: ignore[union-attr]
        rating = max(1, min(5, round(rnd.gauss(2.8 if "哈克尼" in site else 4.0, 0.8))))
        facts["rating"].setdefault(site, []).append(rating)  # type: ignore[union-attr]
        feedback.append((f"F{i:05d}", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_fee",
                         "还行" if rating >= 3 else "太差了", rating, "survey", site))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tier", "site_type", "segment"], customers)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "site", "工作坊主题",
                                   "concession", "incident_type", "response_min", "payment_method"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating",
                                     "channel", "site"], feedback)
    return facts


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("group_words"), _company) as out:
        yield out


def test_a_word_several_values_end_in_names_their_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年问卷平均评分最低的是哪个菜园？")
    assert a.status == "ok", a.answer
    ratings = facts["rating"]
    low = min(ratings, key=lambda s: sum(ratings[s]) / len(ratings[s]))  # type: ignore[index]
    first = a.tables[0]
    assert first.rows[0][0] == low, a.answer
    assert abs(first.rows[0][first.columns.index("value")] - sum(ratings[low]) / len(ratings[low])) < 1e-9, a.answer


def test_the_step_recording_the_grouping_named_by_the_same_word(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个工作坊主题报名的人次最多？")
    assert a.status == "ok", a.answer
    topics = facts["topics25"]
    top = max(topics, key=topics.get)  # type: ignore[arg-type]
    first = a.tables[0]
    assert first.rows[0][0] == top and first.rows[0][first.columns.index("value")] == topics[top], a.answer  # type: ignore[index]


def test_a_rate_after_on_the_is_a_price_not_a_share(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many of our customers are on the concession rate? all data")
    assert a.status == "ok", a.answer
    assert not any(c.name == "metric_ratio" for c in a.tool_calls), a.tool_calls
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == facts["concession"], a.answer


def test_a_gerund_before_a_value_and_calendar_before_a_year_are_no_unknown_names(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What kind of incident do we see most at the shopping malls? calendar 2025")
    assert a.status == "ok", a.answer
    kinds = facts["mall_incidents25"]
    top = max(kinds, key=kinds.get)  # type: ignore[arg-type]
    first = a.tables[0]
    assert first.rows[0][0] == top and first.rows[0][first.columns.index("value")] == kinds[top], a.answer  # type: ignore[index]


def test_the_companys_own_staff_are_no_unknown_slice(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年出事件时保安平均几分钟响应到场？")
    assert a.status == "ok", a.answer
    times = facts["response25"]
    first = a.tables[0]
    assert abs(first.rows[0][first.columns.index("value")] - sum(times) / len(times)) < 1e-9, a.answer  # type: ignore[arg-type]


def test_success_at_a_step_is_its_outcome_named_like_it(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年做的续约评审里，续约成功的比例是多少？")
    assert a.status == "ok", a.answer
    ok, total = facts["renewed25"]  # type: ignore[misc]
    first = a.tables[0]
    row = next(r for r in first.rows if r[0] == "renewed")
    assert abs(row[first.columns.index("share")] - ok / total) < 1e-9, a.answer


def test_a_steps_own_rate_by_a_kind_column_turned_round(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which type of site has the lowest renewal rate? all renewal reviews in the data")
    assert a.status == "ok", a.answer
    by = facts["renewed_by_type"]
    low = min(by, key=lambda k: by[k][0] / by[k][1])  # type: ignore[index]
    first = a.tables[0]
    assert first.rows[0][0] == low, a.answer
    assert abs(first.rows[0][first.columns.index("value")] - by[low][0] / by[low][1]) < 1e-9, a.answer  # type: ignore[index]


def test_a_kind_of_the_people_served_is_their_segment(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which kind of owner reported the most incidents? all data")
    assert a.status == "ok", a.answer
    by = facts["incidents_by_segment"]
    top = max(by, key=by.get)  # type: ignore[arg-type]
    first = a.tables[0]
    assert first.columns[0] == "segment" and first.rows[0][0] == top, a.answer
    assert first.rows[0][first.columns.index("value")] == by[top], a.answer  # type: ignore[index]


def test_of_the_outcomes_said_the_one_the_step_records(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of the plot offers sent in March 2026 just expired with no reply?")
    assert a.status == "ok", a.answer
    expired, total = facts["expired_mar26"]  # type: ignore[misc]
    first = a.tables[0]
    row = next(r for r in first.rows if r[0] == "expired")
    assert abs(row[first.columns.index("share")] - expired / total) < 1e-9, a.answer


def test_two_outcomes_listed_together_are_both_counted(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which site's plot inspections ended in a notice (first or final) most often in 2025?")
    assert a.status == "ok", a.answer
    notices = facts["notices25"]
    top = max(notices, key=notices.get)  # type: ignore[arg-type]
    first = a.tables[0]
    assert first.rows[0][0] == top and first.rows[0][first.columns.index("value")] == notices[top], a.answer  # type: ignore[index]


def test_a_failure_rate_by_group_at_a_step_recording_failed(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which payment method had the highest failure rate on plot fee payments in 2025? per payment attempt")
    assert a.status == "ok", a.answer
    fails = facts["fee_fail"]
    top = max(fails, key=lambda k: fails[k][0] / fails[k][1])  # type: ignore[index]
    first = a.tables[0]
    assert first.rows[0][0] == top, a.answer
    assert abs(first.rows[0][first.columns.index("value")] - fails[top][0] / fails[top][1]) < 1e-9, a.answer  # type: ignore[index]


def test_an_outcome_only_a_step_records_said_of_orders(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many invoices did clients dispute in 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == facts["disputed25"], a.answer


def test_a_status_no_order_has_is_said_not_dropped(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many orders were refunded in 2025?")
    assert a.status == "unsupported" and "refunded" in a.answer, a.answer

