"""Shares of one value, exclusions, the company's own word for its customers, and comments with no date at all, as
people ask them (session 13's general causes):

- "what share of 2025 orders were entered by sales reps", "what fraction ended up refunded", "app下单的占比": the
  named value's share of all rows of the slice, led by that value (never cut off by a top-N), with a year said
  before a row noun ("2025 orders") read as the period and a plural of a short last word ("sales reps") linked;
- "meat orders" on data whose categories are 肉类/海鲜: the word in the other language is the value;
- "outside Zhejiang", "除了浙江以外", "不算退款": every row but that value, never the value itself;
- "how many restaurants placed an order" when the customers carry a restaurant_type: the customers, counted once;
  "多少人次" counts visits, "多少人" people;
- feedback without any date: every comment is reachable; "mention the zipper" counts every comment that does, a
  quoted phrase is counted as written, "5星好评占所有评论的多少" is the share of those stars.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

PROVINCES = ("浙江", "上海", "江苏")
CATEGORIES = ("肉类", "海鲜", "蔬菜")
CHANNELS = ("app", "web", "sales_rep", "phone")


def _supplier(tmp: Path) -> dict[str, object]:
    rnd = random.Random(13)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_visit", "Store visit", "到店", "Store visit", "consideration", "visit|到店"),
               ("tp_order", "Order placed", "下单", "Order placed", "purchase", "order|下单")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buying", 1, "tp_visit", 30), ("buy", "Buying", 2, "tp_order", 30)])
    customers, events, orders = [], [], []
    for i in range(300):
        cid = f"C{i:03d}"
        province = PROVINCES[i % 3]
        customers.append((cid, "2024-12-01 09:00:00", ("hotpot", "fast_food")[i % 2], province))
        for k in range(rnd.randrange(1, 6)):
            ts = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), minutes=rnd.randrange(1440))
            events.append((f"{cid}-v{k}", cid, ts.isoformat(sep=" "), "tp_visit", "view", "", ""))
            if rnd.random() < 0.6:
                oid = f"{cid}-o{k}"
                status = "refunded" if rnd.random() < 0.1 else "cancelled" if rnd.random() < 0.05 else "paid"
                orders.append({"order_id": oid, "customer_id": cid, "ts": ts + timedelta(hours=1),
                               "amount": round(100 + rnd.random() * 900, 2), "status": status,
                               "channel": CHANNELS[rnd.randrange(4)], "category": CATEGORIES[rnd.randrange(3)],
                               "province": province, "kind": ("ticket", "merch")[rnd.random() < 0.3]})
                # the order's amount copied on its event too, as many event logs do
                events.append((f"{cid}-e{k}", cid, (ts + timedelta(hours=1)).isoformat(sep=" "), "tp_order", "submit", oid,
                               orders[-1]["amount"]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "restaurant_type", "province"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "order_id", "amount"],
              events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel", "category", "order_kind"],
              [(o["order_id"], o["customer_id"], o["ts"].isoformat(sep=" "), o["amount"], o["status"], o["channel"],
                o["category"], o["kind"]) for o in orders])
    return {"orders": orders, "events": events}


@pytest.fixture(scope="module")
def supplier(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("shares"), _supplier) as out:
        yield out


def _call(a):  # noqa: ANN001, ANN202 - an Answer; its first tool call
    assert a.tool_calls, a.answer
    return a.tool_calls[0]


def test_the_share_of_one_value_leads_the_answer_and_is_never_cut_off(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    in_2025 = [o for o in f["orders"] if o["ts"].year == 2025]
    want = sum(o["channel"] == "sales_rep" for o in in_2025) / len(in_2025)
    a = ask(service, "What share of 2025 orders were entered by sales reps?")
    assert a.status == "ok", a.answer
    assert _call(a).name == "metric_breakdown" and _call(a).args.get("focus") == ["sales_rep"], _call(a)
    assert "top_n" not in _call(a).args
    assert any(abs(v - want) < 1e-9 for v in first_numbers(a)), (want, a.tables[0].rows)
    assert a.answer.startswith("sales_rep") and f"{want * 100:.1f}%" in a.answer, a.answer
    zh = ask(service, "2025年的订单里，app下单的占比是多少？")
    app = sum(o["channel"] == "app" for o in in_2025) / len(in_2025)
    assert zh.status == "ok" and any(abs(v - app) < 1e-9 for v in first_numbers(zh)), zh.answer


def test_what_fraction_ended_up_a_status_among_rows_named_in_the_other_language(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    meat = [o for o in f["orders"] if o["category"] == "肉类"]
    want = sum(o["status"] == "refunded" for o in meat) / len(meat)
    a = ask(service, "For meat orders placed in 2025, what fraction ended up refunded?")
    assert a.status == "ok", a.answer
    assert _call(a).args.get("filters", {}).get("category") == ["肉类"], _call(a)
    assert any(abs(v - want) < 1e-9 for v in first_numbers(a)), (want, a.tables[0].rows)


def test_a_value_left_out_is_every_row_but_that_value(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    paid = [o for o in f["orders"] if o["status"] == "paid"]
    by_province = {p: round(sum(o["amount"] for o in paid if o["province"] == p), 2) for p in PROVINCES}
    for q in ("Which province outside 浙江 brings the most paid revenue? all data",
              "除了浙江以外，哪个省份的已支付收入最高？全部数据"):
        a = ask(service, q)
        assert a.status == "ok", a.answer
        rows = a.tables[0].rows
        names = [r[0] for r in rows]
        assert "浙江" not in names, (q, rows)
        assert names[0] == max((p for p in PROVINCES if p != "浙江"), key=by_province.get), (q, rows)


def test_exclusion_reaches_the_sql_as_not_in() -> None:
    from knowledge.semantic.layer import load_semantic_layer
    layer = load_semantic_layer()
    conds, params, _ = layer.where({"device": ["!=ios", "!=android"]}, "events")
    assert conds and "NOT IN" in conds[0] and params == ["ios", "android"], (conds, params)
    conds, params, _ = layer.where({"device": ["ios"]}, "events")
    assert "NOT IN" not in conds[0] and params == ["ios"]


def test_the_companys_word_for_its_customers_counts_them_once(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    march = {e[1] for e in f["events"] if e[3] == "tp_order" and e[2].startswith("2025-03")}
    for q in ("How many restaurants placed an order in March 2025?", "2025年3月有多少家餐厅下过单？"):
        a = ask(service, q)
        assert a.status == "ok", a.answer
        assert first_numbers(a)[0] == len(march), (q, first_numbers(a), len(march), _call(a))


def test_person_times_are_visits_and_people_are_people(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    visits = [e for e in f["events"] if e[3] == "tp_visit" and e[2].startswith("2025-05")]
    a = ask(service, "2025年5月一共多少人次到店？")
    assert a.status == "ok" and first_numbers(a)[0] == len(visits), (a.answer, len(visits))
    b = ask(service, "2025年5月一共多少人到店？")
    assert b.status == "ok" and first_numbers(b)[0] == len({e[1] for e in visits}), (b.answer,)


def _reviews(tmp: Path) -> dict[str, object]:
    rnd = random.Random(7)
    tmp.mkdir(parents=True, exist_ok=True)
    phrases = ("runs small, size up", "the zipper broke", "love the zipper detail", "great fabric", "too sheer",
               "perfect fit", "cheap material")
    rows, customers = [], []
    for i in range(400):
        text = f"{rnd.choice(phrases)}. {rnd.choice(phrases)}"
        rating = rnd.choice((1, 2, 3, 4, 5, 5, 5))
        rows.append((f"r{i:04d}", f"u{i:04d}", text, rating, "product_review"))
        customers.append((f"u{i:04d}", rnd.randrange(18, 70)))
    # no ts column at all: DATA.md lets feedback go without dates
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "text", "rating", "channel"], rows)
    write_csv(tmp / "customers.csv", ["customer_id", "age"], customers)
    return {"rows": rows}


@pytest.fixture(scope="module")
def reviews(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("undated_reviews"), _reviews) as out:
        yield out


def test_comments_without_any_date_are_all_reachable(reviews) -> None:  # noqa: ANN001
    service, f = reviews
    rows = f["rows"]
    a = ask(service, "How many reviews do we have in total?")
    assert a.status == "ok" and first_numbers(a)[0] == len(rows), a.answer
    b = ask(service, "1星和2星的评论一共多少条？")
    assert b.status == "ok" and first_numbers(b)[0] == sum(r[3] in (1, 2) for r in rows), (b.answer, _call(b))
    share = sum(r[3] == 5 for r in rows) / len(rows)
    for q in ("what share of reviews are 5 stars?", "5星好评占所有评论的多少？"):
        c = ask(service, q)
        assert c.status == "ok" and any(abs(v - share) < 1e-9 for v in first_numbers(c)), (q, c.answer, _call(c))


def test_mentions_count_every_comment_and_quoted_words_are_counted_as_written(reviews) -> None:  # noqa: ANN001
    service, f = reviews
    a = ask(service, 'How many reviews use the phrase "runs small"?')
    assert a.status == "ok", a.answer
    call = _call(a)
    assert call.name == "feedback_count" and call.args.get("match") == "words" and call.args.get("sentiment") == "any"
    assert first_numbers(a)[0] == sum("runs small" in r[2] for r in f["rows"]), (a.answer, call)
    b = ask(service, "How many reviews mention the zipper?")
    assert _call(b).args.get("sentiment") == "any", _call(b)  # praise of the zipper mentions it too
    c = ask(service, "How many reviews complain about the zipper?")
    assert _call(c).args.get("sentiment") == "negative", _call(c)


@pytest.mark.parametrize("q,start,end", [
    ("2025年国庆黄金周（10月1日到7日）一共入园多少人次", date(2025, 10, 1), date(2025, 10, 7)),
    ("2026年春节那周（2月16日到22日）一共下了多少单", date(2026, 2, 16), date(2026, 2, 22)),
    ("去年暑假园区餐饮收入多少", date(2025, 7, 1), date(2025, 8, 31)),
    ("what percentage of 2025 orders were cancelled", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_restated_holidays_school_holidays_and_years_before_row_nouns(q: str, start: date, end: date) -> None:
    from assistant.planner import text, timeparse
    t = text.normalise(q)
    r = timeparse.find_times(t, date(2026, 8, 31))
    assert (r.period.start, r.period.end) == (start, end) and r.baseline is None, (q, r)
    # the holiday's words stay time words even when the parentheses give the days
    covered = [(s.start, s.end) for s in r.spans] + list(r.restated)
    if "黄金周" in t:
        at = t.index("黄金周")
        assert any(a <= at < b for a, b in covered), (t, covered)


def test_durations_read_in_a_unit_people_use() -> None:
    from assistant.compose.lang import duration
    assert duration(478470, "en") == "5.5 days"
    assert duration(5400, "zh") == "90.0 分钟" or duration(5400, "zh") == "1.5 小时"
    assert duration(95, "en") == "95 s"


def _agency(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_enquiry", "咨询经纪人", "咨询经纪人", "Agent enquiry", "consideration", "enquiry|咨询"),
               ("tp_viewing_booked", "预约带看", "预约带看", "Viewing booked", "consideration",
                "book a viewing|viewing appointment|约带看"),
               ("tp_viewing_done", "带看完成", "带看完成", "Viewing done", "consideration", "viewing|带看|看房")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "买房旅程", 1, "tp_enquiry", 60), ("buy", "买房旅程", 2, "tp_viewing_booked", 60),
               ("buy", "买房旅程", 3, "tp_viewing_done", 60)])
    events, feedback, orders = [], [], []
    for i in range(400):
        cid = f"K{i:03d}"
        ts = datetime(2026, 3, 1) + timedelta(days=rnd.randrange(120), hours=rnd.randrange(24))
        events.append((f"{cid}-1", cid, ts.isoformat(sep=" "), "tp_enquiry", "submit"))
        if rnd.random() < 0.6:
            ts2 = ts + timedelta(days=rnd.randrange(1, 5))
            events.append((f"{cid}-2", cid, ts2.isoformat(sep=" "), "tp_viewing_booked", "submit"))
            if rnd.random() < 0.7:
                events.append((f"{cid}-3", cid, (ts2 + timedelta(days=2)).isoformat(sep=" "), "tp_viewing_done", "view"))
        if rnd.random() < 0.3:
            lang = "en" if rnd.random() < 0.3 else "zh"
            feedback.append((f"F{i:03d}", cid, ts.isoformat(sep=" "), "the agent was late" if lang == "en" else "经纪人迟到",
                             lang, rnd.randrange(1, 6)))
        if rnd.random() < 0.2:
            orders.append((f"O{i:03d}", cid, ts.isoformat(sep=" "), 1000, "refunded" if rnd.random() < 0.2 else "paid"))
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "text", "language", "rating"], feedback)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"K{i:03d}", "2026-01-01 00:00:00") for i in range(400)])
    return {"events": events, "feedback": feedback, "orders": orders}


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("agency"), _agency) as out:
        yield out


def test_a_verb_said_with_a_shared_noun_names_its_own_step(agency) -> None:  # noqa: ANN001
    service, f = agency
    booked_may = {e[1] for e in f["events"] if e[3] == "tp_viewing_booked" and e[2].startswith("2026-05")}
    a = ask(service, "how many different customers booked at least one viewing in May 2026?")
    assert a.status == "ok" and first_numbers(a)[0] == len(booked_may), (a.answer, _call(a))
    done_may = [e for e in f["events"] if e[3] == "tp_viewing_done" and e[2].startswith("2026-05")]
    b = ask(service, "how many viewings in May 2026?")
    assert b.status == "ok" and first_numbers(b)[0] == len(done_may), (b.answer, _call(b))


def test_a_step_measure_between_two_neighbouring_steps_is_measured_at_the_first(agency) -> None:  # noqa: ANN001
    service, f = agency
    reached = {e[1] for e in f["events"] if e[3] == "tp_enquiry"}
    booked = {e[1] for e in f["events"] if e[3] == "tp_viewing_booked"}
    want = 1 - len(reached & booked) / len(reached)
    a = ask(service, "全部数据里，在“咨询经纪人→预约带看”这一步流失了多大比例？")
    assert a.status == "ok" and _call(a).args.get("touchpoint_id") == "tp_enquiry", (a.answer, _call(a))
    assert any(abs(v - want) < 0.02 for v in first_numbers(a)), (want, a.tables[0].rows)


def test_people_counted_once_when_asked_and_values_said_as_included_slice_nothing(agency) -> None:  # noqa: ANN001
    service, f = agency
    offers = [e for e in f["events"] if e[3] == "tp_viewing_done"]
    a = ask(service, "全部数据里有多少人完成了带看？按人去重")
    assert a.status == "ok" and first_numbers(a)[0] == len({e[1] for e in offers}), (a.answer, _call(a))
    b = ask(service, "How many orders did we get in total, including any that were refunded afterwards?")
    assert b.status == "ok" and "order_status" not in (_call(b).args.get("filters") or {}), _call(b)
    assert first_numbers(b)[0] == len(f["orders"]), (b.answer, _call(b))


def test_comment_language_words_and_groupings_the_data_lacks(agency) -> None:  # noqa: ANN001
    service, f = agency
    a = ask(service, "How many of the feedback comments are written in English?")
    assert a.status == "ok" and first_numbers(a)[0] == sum(r[4] == "en" for r in f["feedback"]), (a.answer, _call(a))
    b = ask(service, "What's the gender split of our customers?")
    assert b.status == "unsupported" and "gender" in b.answer, b.answer
    c = ask(service, "客户的平均评分是多少（1-5星）？")
    assert c.status == "ok" and "rating" not in (_call(c).args.get("filters") or {}), _call(c)


@pytest.mark.parametrize("q,start,end", [
    ("去年金九银十（9月和10月）两个月一共投了多少份简历", date(2025, 9, 1), date(2025, 10, 31)),
    ("September and October 2025 combined revenue", date(2025, 9, 1), date(2025, 10, 31)),
    ("premium revenue in 2025? paid orders only, cny", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_periods_added_up_and_a_currency_that_is_no_holiday(q: str, start: date, end: date) -> None:
    from assistant.planner import text, timeparse
    r = timeparse.find_times(text.normalise(q), date(2026, 8, 31))
    assert (r.period.start, r.period.end) == (start, end) and r.baseline is None, (q, r.period, r.baseline)
    r2 = timeparse.find_times(text.normalise("9月和10月的订单对比"), date(2026, 8, 31))
    assert r2.baseline is not None  # a comparison still compares


def test_a_threshold_on_an_amount_counts_the_orders_over_it(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    a = ask(service, "金额在500元及以上的订单有多少笔？全部数据")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(o["amount"] >= 500 for o in f["orders"]), (a.answer, _call(a))


def test_a_value_of_a_column_the_data_leaves_empty_is_said_not_dropped(supplier) -> None:  # noqa: ANN001
    service, _ = supplier
    for q in ("安卓用户2025年下了多少单？", "How many orders came from iPhone users in 2025?"):
        a = ask(service, q)
        assert a.status == "unsupported", (q, a.answer)
    ok = ask(service, "How many paid orders in 2025?")  # paid is what orders are when nothing says otherwise
    assert ok.status == "ok", ok.answer


def test_a_comparison_table_carries_the_change(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    n = {m: sum(1 for o in f["orders"] if o["ts"].year == 2025 and o["ts"].month == m) for m in (2, 3)}
    a = ask(service, "2025年3月的订单数比2月涨了百分之多少？")
    assert a.status == "ok", a.answer
    cols, row = a.tables[0].columns, a.tables[0].rows[0]
    assert row[cols.index("change")] == n[3] - n[2]
    assert abs(row[cols.index("relative_change")] - (n[3] - n[2]) / n[2]) < 1e-9, (row, n)


def test_a_thing_pointed_at_with_nothing_before_it_is_asked_back(supplier) -> None:  # noqa: ANN001
    service, _ = supplier
    for q in ("这个客户一共买了多少钱？", "How much has this customer spent in total?"):
        a = ask(service, q)
        assert a.status == "clarify", (q, a.answer)


@pytest.mark.parametrize("q,start,end", [
    ("What was our AOV during the 618 sale, June 1-18 2026?", date(2026, 6, 1), date(2026, 6, 18)),
    ("6月1日到18日（618大促）的订单", date(2026, 6, 1), date(2026, 6, 18)),
])
def test_days_spelled_out_after_a_holiday_are_the_days_meant(q: str, start: date, end: date) -> None:
    from assistant.planner import text, timeparse
    r = timeparse.find_times(text.normalise(q), date(2026, 8, 31))
    assert (r.period.start, r.period.end) == (start, end) and r.baseline is None, (q, r.period, r.baseline)


def test_topic_counts_drop_request_words_and_comment_verbs() -> None:
    from assistant.planner import intent
    assert intent.names_topic("所有反馈里，吐槽尺码偏小、穿不上的一共有多少条？")
    assert not intent.names_topic("配送环节有哪些吐槽?")
    assert not intent.names_topic("客户抱怨最多的是什么？")


def _incidents(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"],
              [("tp_queued", "Queued", "service"), ("tp_in_progress", "In progress", "service"),
               ("tp_closed", "Closed", "service")])
    customers, events = [], []
    for i in range(300):
        cid = f"INC{i:04d}"
        start = datetime(2026, 3, 1) + timedelta(days=rnd.randrange(90), hours=rnd.randrange(24))
        customers.append((cid, start.isoformat(sep=" "), rnd.choice(("in", "us", "se")), rnd.choice(("High", "Low"))))
        team = rnd.choice(("T1", "T2", "T3"))
        for k, tp in enumerate(("tp_queued", "tp_in_progress", "tp_closed")[:rnd.randrange(1, 4)]):
            events.append((f"{cid}-{k}", cid, (start + timedelta(days=k)).isoformat(sep=" "), tp, "update", team))
    # a process log: the cases as customers, their status changes as events, no orders and no comments
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "organization_country", "impact"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "support_team"], events)
    return {"customers": customers, "events": events}


@pytest.fixture(scope="module")
def incidents(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("incidents"), _incidents) as out:
        yield out


def test_the_cases_of_a_process_log_are_its_customers(incidents) -> None:  # noqa: ANN001
    service, f = incidents
    april = sum(c[1].startswith("2026-04") for c in f["customers"])
    for q in ("How many incidents were opened in April 2026?", "2026年4月新开了多少张工单？"):
        a = ask(service, q)
        assert a.status == "ok" and first_numbers(a)[0] == april, (q, a.answer, _call(a))
    b = ask(service, "Which support team was involved in the most incidents? all data")
    assert b.status == "ok" and not (_call(b).args.get("filters") or {}), _call(b)  # "in" is no India here
    teams = {}
    for e in f["events"]:
        teams.setdefault(e[5], set()).add(e[1])
    assert b.tables[0].rows[0][0] == max(teams, key=lambda t: len(teams[t])), b.tables[0].rows


def test_the_part_asked_is_the_value_before_the_share_word_and_kinds_listed_as_counted_slice_nothing(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    paid_tickets = [o for o in f["orders"] if o["status"] == "paid" and o["kind"] == "ticket"]
    want = sum(o["channel"] == "web" for o in paid_tickets) / len(paid_tickets)
    # the population after 里 and after the question mark; the part between them; a gloss in parentheses
    a = ask(service, "全部数据里，门票订单里，通过web（官网这类平台）下的单占多大比例？已支付订单")
    assert a.status == "ok" and _call(a).args.get("focus") == ["web"], (a.answer, _call(a))
    assert _call(a).args.get("filters", {}).get("order_kind") == ["ticket"], _call(a)
    assert any(abs(v - want) < 1e-9 for v in first_numbers(a)), (want, a.tables[0].rows)
    b = ask(service, "2025年总收入多少？只算已支付订单，肉类、海鲜、蔬菜都算上")
    assert b.status == "ok" and "category" not in (_call(b).args.get("filters") or {}), _call(b)
    total = round(sum(o["amount"] for o in f["orders"] if o["status"] == "paid" and o["ts"].year == 2025), 2)
    assert abs(first_numbers(b)[0] - total) < 0.01, (first_numbers(b), total)


def test_a_share_of_people_is_people_with_the_part_among_the_people_of_the_slice(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    zj = {e[1] for e in f["events"] if e[1] in {o["customer_id"] for o in f["orders"] if o["province"] == "浙江"}}
    people = {e[1] for e in f["events"] if int(e[1][1:]) % 3 == 0}  # 浙江 customers are every third one
    ordered = {e[1] for e in f["events"] if e[3] == "tp_order" and e[1] in people}
    want = len(ordered) / len(people)
    for q in ("全部数据里，浙江的客户里，有多大比例下过单？", "Among customers in 浙江, what share placed an order? all data"):
        a = ask(service, q)
        assert a.status == "ok" and _call(a).name == "metric_ratio", (q, a.answer, a.tool_calls)
        assert any(abs(v - want) < 1e-9 for v in first_numbers(a)), (q, want, a.tables[0].rows, zj and None)


def test_an_amount_threshold_is_on_the_orders_own_amount_and_listed_values_rank_them_all(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    a = ask(service, "How many paid orders over ¥800 were placed in 2025?")
    want = sum(1 for o in f["orders"] if o["status"] == "paid" and o["amount"] > 800 and o["ts"].year == 2025)
    assert a.status == "ok" and first_numbers(a)[0] == want, (a.answer, _call(a))
    b = ask(service, "Which channel had the most orders in 2025 — web, app, phone or sales reps?")
    assert b.status == "ok" and _call(b).name == "metric_breakdown", (b.answer, b.tool_calls)
    counts: dict[str, int] = {}
    for o in f["orders"]:
        if o["ts"].year == 2025:
            counts[o["channel"]] = counts.get(o["channel"], 0) + 1
    assert b.tables[0].rows[0][0] == max(counts, key=counts.get), b.tables[0].rows
    c = ask(service, "What was the refund rate in 2025, i.e. refunded orders as a share of paid plus refunded?")
    assert c.status == "ok" and _call(c).args.get("metric_id") == "refund_rate", (c.answer, c.tool_calls)


def test_values_added_up_are_one_slice_and_periods_alone_are_asked_back(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    want = sum(1 for o in f["orders"] if o["channel"] in ("app", "web") and o["ts"].year == 2025)
    a = ask(service, "2025年app和web一共下了多少单？")
    assert a.status == "ok" and first_numbers(a)[0] == want, (a.answer, a.tool_calls)
    b = ask(service, "这个月和上个月比怎么样？")
    assert b.status == "clarify", b.answer


def test_a_rate_defined_with_but_not_is_the_drop_off_at_the_step(agency) -> None:  # noqa: ANN001
    service, f = agency
    reached = {e[1] for e in f["events"] if e[3] == "tp_enquiry"}
    booked = {e[1] for e in f["events"] if e[3] == "tp_viewing_booked"}
    want = 1 - len(reached & booked) / len(reached)
    a = ask(service, "全部数据，流失率=咨询了经纪人但没有预约带看的人/咨询了经纪人的人，是多少？")
    assert a.status == "ok" and _call(a).args.get("metric_id") == "drop_off_rate", (a.answer, a.tool_calls)
    assert any(abs(v - want) < 0.02 for v in first_numbers(a)), (want, a.tables[0].rows)


def test_a_window_of_days_is_no_threshold_and_a_unit_is_no_grouping(agency) -> None:  # noqa: ANN001
    service, _ = agency
    a = ask(service, "全部数据里，咨询了经纪人的人，14天内预约带看的比例是多少？")
    assert not any(k.endswith("minutes") or k.endswith("_min") for k in (_call(a).args.get("filters") or {})), _call(a)


@pytest.mark.parametrize("q", ["How many orders took more than 1 hour to arrive?", "多少单超过1小时？"])
def test_the_unit_after_a_number_names_no_time_grouping(q: str, golden_catalog) -> None:  # noqa: ANN001
    from datetime import date as _date
    from assistant.planner import plan_turn
    plan = plan_turn(q, catalog=golden_catalog, as_of=_date(2026, 11, 15))
    for c in plan.tool_calls:
        assert c.args.get("dimension") not in ("hour",) and c.args.get("group_by") not in ("hour",), c


def test_a_change_from_one_period_to_the_next_compares_them(supplier) -> None:  # noqa: ANN001
    service, f = supplier
    for q in ("By what percentage did the number of orders change from Q1 2025 to Q2 2025?", "订单数从2025年一季度到二季度增长了多少？"):
        a = ask(service, q)
        args = _call(a).args
        assert (args.get("start"), args.get("baseline_start")) == ("2025-04-01", "2025-01-01"), (q, args)
    b = ask(service, "orders from March to May 2025")
    assert _call(b).args.get("start") == "2025-03-01" and _call(b).args.get("end") == "2025-05-31", _call(b)


def test_the_time_from_one_step_to_a_later_one_is_the_median_over_that_part(agency) -> None:  # noqa: ANN001
    import statistics
    from datetime import datetime as _dt
    service, f = agency
    first: dict[str, dict[str, _dt]] = {}
    for e in f["events"]:
        first.setdefault(e[1], {}).setdefault(e[3], _dt.fromisoformat(e[2]))
    gaps = [(d["tp_viewing_booked"] - d["tp_enquiry"]).total_seconds() / 3600 for d in first.values()
            if "tp_enquiry" in d and "tp_viewing_booked" in d and d["tp_viewing_booked"] > d["tp_enquiry"]]
    want = statistics.median(gaps)
    for q in ("全部数据里，从咨询经纪人到预约带看，中位数要多少小时？", "What's the median time in hours from agent enquiry to viewing booked? all data"):
        a = ask(service, q)
        assert a.status == "ok" and _call(a).args.get("metric_id") == "median_time_to_convert", (q, a.answer, a.tool_calls)
        cols, row = a.tables[0].columns, a.tables[0].rows[0]
        assert abs(row[cols.index("hours")] - want) < 0.01, (q, row, want)


def test_words_said_as_written_match_as_written_in_their_own_language(reviews) -> None:  # noqa: ANN001
    service, f = reviews
    a = ask(service, 'How many reviews mention "the zipper broke"?')
    assert a.status == "ok" and first_numbers(a)[0] == sum("the zipper broke" in r[2] for r in f["rows"]), a.answer


def test_orders_grouped_by_step_are_refused_not_an_error(supplier) -> None:  # noqa: ANN001
    service, _ = supplier
    a = ask(service, "哪个触点贡献的收入最多？全部数据")
    assert a.status == "unsupported" and not a.error, (a.status, a.answer)


@pytest.mark.parametrize("q,start,end", [
    ("今年金三银四期间投了多少份简历", date(2026, 3, 1), date(2026, 4, 30)),
    ("去年金九银十一共投了多少份简历", date(2025, 9, 1), date(2025, 10, 31)),
])
def test_the_hiring_seasons_are_periods(q: str, start: date, end: date) -> None:
    from assistant.planner import text, timeparse
    r = timeparse.find_times(text.normalise(q), date(2026, 8, 31))
    assert (r.period.start, r.period.end) == (start, end), (q, r.period)


def test_comments_without_a_timestamp_are_counted_per_table(agency) -> None:  # noqa: ANN001
    service, _ = agency
    a = ask(service, "how many feedbacks dont have a timestamp at all?")
    assert a.status == "ok" and _call(a).name == "describe_data", (a.answer, a.tool_calls)
