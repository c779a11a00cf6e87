"""Counting the cases of a process log (causes seen in session 19's real incident log and call-centre log):

- where each session id is one case and a customer has many (a ServiceNow caller's tickets), "how many tickets"
  counts sessions, with the slices said ("优先级为紧急的", "通过邮件报上来的"), and the reading is said out loud;
  "how many tickets does each caller raise" is tickets over callers; "what share of callers who opened a ticket"
  still counts the callers;
- where each customer row is one case (a call-centre log: customer = call), "how many calls" counts the calls,
  never groups by the call_id column, and "多少通电话" is no slice of the phone channel (every call is one);
  calls that "came in" on a day are the ones that began that day;
- a value every row of the data holds (every call is by phone) slices nothing: "phone calls" is no column of the
  customer list the measure is on, and no refusal;
- the median of a numeric column is its median, not a refusal nor its average;
- a column holding another column's values in the other language, whatever its name (source_zh beside
  acquisition_channel), is the grouping a Chinese ranking answers with;
- a web log (sessions of minutes) never reads its sessions as cases.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _incidents(tmp: Path) -> dict[str, object]:
    rnd = random.Random(20)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_opened", "Ticket opened", "工单创建", "Ticket opened", "awareness"),
               ("tp_active", "Active", "处理中", "Active", "service"),
               ("tp_resolved", "Resolved", "已解决", "Resolved", "service")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("life", "Ticket lifecycle", 1, "tp_opened", 30), ("life", "Ticket lifecycle", 2, "tp_active", 30),
               ("life", "Ticket lifecycle", 3, "tp_resolved", 30)])
    sources = [("douyin", "抖音"), ("referral", "老客推荐"), ("baidu", "百度搜索")]
    places = [("Shanghai", "华东"), ("Beijing", "华北"), ("Guangzhou", "华南")]  # one city per region: no twins
    tiers = [("gold", "金卡会员"), ("silver", "银卡会员"), ("black", "黑金会员"), ("regular", "普通会员")]
    customers = [(f"Caller {i}", "", *sources[i % 7 % 3], *places[i % 5 % 3], *tiers[i % 11 % 4]) for i in range(120)]
    events, tickets = [], []
    for n in range(600):
        cid = f"Caller {rnd.randrange(120)}"
        inc = f"INC{n:05d}"
        opened = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(90), minutes=rnd.randrange(1440))
        channel = "email" if n % 17 == 0 else "phone"
        priority = "1-紧急" if n % 9 == 0 else "3-中"
        tickets.append((inc, cid, opened, channel, priority))
        at = opened
        for tp in ("tp_opened", "tp_active", "tp_resolved")[: 1 + rnd.randrange(3)]:
            events.append((f"{inc}-{tp}", cid, at.isoformat(sep=" "), tp, "status_change", inc, channel, priority))
            at += timedelta(hours=rnd.randrange(2, 48))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel", "source_zh", "city", "region",
                                      "tier", "会员等级"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id",
                                   "channel", "priority"], events)
    return {"tickets": tickets, "customers": customers, "events": events}


@pytest.fixture(scope="module")
def incidents(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("cases_incidents"), _incidents) as out:
        yield out


def test_tickets_are_counted_as_sessions_where_a_caller_has_many(incidents) -> None:  # noqa: ANN001
    service, facts = incidents
    a = ask(service, "How many incident tickets do we have in this log altogether?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == len(facts["tickets"]), a.answer
    assert any("session" in s for s in a.assumptions), a.assumptions


@pytest.mark.parametrize("q,keep", [("优先级是“1-紧急”的工单一共多少张？", lambda t: t[4] == "1-紧急"),
                                    ("通过邮件报上来的工单有几张？", lambda t: t[3] == "email")])
def test_tickets_with_a_slice_are_the_sessions_of_that_slice(incidents, q, keep) -> None:  # noqa: ANN001
    service, facts = incidents
    want = sum(1 for t in facts["tickets"] if keep(t))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


def test_tickets_per_caller_are_sessions_over_callers(incidents) -> None:  # noqa: ANN001
    service, facts = incidents
    callers = {t[1] for t in facts["tickets"]}
    a = ask(service, "On average how many tickets does each caller raise over the whole log?")
    assert a.status == "ok", a.answer
    assert abs(float(a.tables[0].rows[0][0]) - len(facts["tickets"]) / len(callers)) < 1e-9, a.answer


def _calls(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel"],
              [("tp_ivr", "IVR menu", "语音导航", "IVR menu", "service", "phone"),
               ("tp_agent", "Agent answered", "人工坐席接听", "Agent answered", "service", "phone"),
               ("tp_hang_up", "Caller hung up", "客户挂断", "Caller hung up", "service", "phone")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("call", "Inbound call", 1, "tp_ivr", 1), ("call", "Inbound call", 2, "tp_agent", 1)])
    customers, events = [], []
    for n in range(900):
        cid = f"L{n % 3}-{n // 3}"
        start = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(28), minutes=rnd.randrange(1430))
        customers.append((cid, start.isoformat(sep=" "), n // 3, rnd.randrange(0, 300)))
        events.append((f"{cid}-1", cid, start.isoformat(sep=" "), "tp_ivr", "enter", "phone"))
        step = "tp_agent" if rnd.random() < 0.8 else "tp_hang_up"
        events.append((f"{cid}-2", cid, (start + timedelta(seconds=90)).isoformat(sep=" "), step, "answer", "phone"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "call_id", "queue_seconds"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel"], events)
    return {"customers": customers}


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("cases_calls"), _calls) as out:
        yield out


def test_calls_are_counted_not_grouped_by_their_ids(calls) -> None:  # noqa: ANN001
    service, facts = calls
    a = ask(service, "How many calls hit the call centre in February 2025 in total?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == len(facts["customers"]), a.answer


def test_calls_that_came_in_on_a_day_are_no_phone_slice(calls) -> None:  # noqa: ANN001
    service, facts = calls
    want = sum(1 for c in facts["customers"] if c[1].startswith("2025-02-14"))
    a = ask(service, "2025年2月14日那天来了多少通电话？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)
    assert not any("phone" in s or "电话" in s and "渠道" in s for s in a.assumptions if "筛选" in s), a.assumptions


def test_a_value_every_row_holds_slices_nothing(calls) -> None:  # noqa: ANN001
    service, facts = calls
    vals = [c[3] for c in facts["customers"]]
    a = ask(service, "What was the average queue seconds of phone calls in February 2025?")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - sum(vals) / len(vals)) < 0.01, a.answer


@pytest.mark.parametrize("q", ["What is the median queue seconds in February 2025?", "2025年2月queue seconds的中位数是多少？"])
def test_the_median_of_a_numeric_column(calls, q) -> None:  # noqa: ANN001
    import statistics
    service, facts = calls
    want = statistics.median(c[3] for c in facts["customers"])
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), (want, a.answer)


def test_a_web_log_never_reads_its_sessions_as_cases(tmp_path: Path) -> None:
    from knowledge.gateway import Gateway
    from knowledge.profile import profile_workspace
    import duckdb
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE events AS SELECT 'e' || i AS event_id, 'c' || (i % 50) AS customer_id, "
                "TIMESTAMP '2025-01-01' + to_minutes(i) AS ts, 'tp' AS touchpoint_id, 'view' AS action, "
                "'s' || (i // 5) AS session_id FROM range(2000) t(i)")
    con.close()
    gw = Gateway(db)
    try:
        assert profile_workspace(gw).sessions_are_cases is False
    finally:
        gw.close()


@pytest.mark.parametrize("phrase,n", [
    ("only touchpoints with at least 30 ratings", 30), ("Only steps with at least 50 rated comments.", 50),
    ("only versions with at least 200 unlock attempts", 200), ("only ones that got more than 50 reviews", 50),
    ("全年预约不到100单的渠道不看", 100), ("评分少于50条的不算", 50), ("检查人数不到100的类型不算", 100),
    ("至少要有20条评分才算", 20), ("只看评价不少于200条的", 200), ("(at least 100 orders)", 100)])
def test_a_minimum_group_size_said_many_ways(phrase, n) -> None:
    import assistant.planner as planner
    m = planner.MIN_GROUP.search(phrase)
    assert m is not None and int(next(g for g in m.groups() if g).replace(",", "")) == n, phrase


@pytest.mark.parametrize("phrase", ["customers with more than 5 days of waiting", "超过30分钟的占比",
                                    "orders with more than 3 hours wait"])
def test_a_threshold_on_time_is_no_minimum_group(phrase) -> None:
    import assistant.planner as planner
    assert planner.MIN_GROUP.search(phrase) is None, phrase


@pytest.mark.parametrize("q", ["Which priority has the most tickets? Only priorities with at least 30 tickets.",
                               "哪个优先级的工单最多？工单不到30张的优先级不看"])
def test_a_ranking_with_a_minimum_group_is_answered(incidents, q) -> None:  # noqa: ANN001
    service, facts = incidents
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert "3-中" in a.answer, a.answer


def test_a_twin_found_in_the_rows_answers_in_the_askers_language(incidents) -> None:  # noqa: ANN001
    service, facts = incidents
    zh = {c[0]: c[3] for c in facts["customers"]}
    counts: dict[str, int] = {}
    for t in facts["tickets"]:
        counts[zh[t[1]]] = counts.get(zh[t[1]], 0) + 1
    top = max(counts, key=counts.get)
    a = ask(service, "哪个获客渠道来的工单最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top, (top, a.answer)
    a = ask(service, "Which acquisition channel raised the most tickets?")
    assert a.status == "ok", a.answer
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in str(a.tables[0].rows[0][0])), a.answer


def test_columns_that_only_happen_to_pair_up_are_no_twins(incidents) -> None:  # noqa: ANN001
    service, facts = incidents
    a = ask(service, "哪个城市的工单最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] in ("Shanghai", "Beijing", "Guangzhou"), a.answer


def test_a_case_word_after_per_is_the_unit_of_an_average(calls) -> None:  # noqa: ANN001
    service, facts = calls
    vals = [c[3] for c in facts["customers"]]
    a = ask(service, "What is the average queue seconds per call in February 2025?")
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - sum(vals) / len(vals)) < 0.01, a.answer


def test_a_steps_two_word_name_said_apart(tmp_path_factory) -> None:  # noqa: ANN001
    def folder(tmp: Path) -> dict[str, object]:
        tmp.mkdir(parents=True, exist_ok=True)
        write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage", "aliases"],
                  [("tp_start", "Wash started", "service", "wash start"),
                   ("tp_done", "Wash finished", "service", "wash complete|wash done")])
        write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
                  [("visit", "Station visit", 1, "tp_start", 1), ("visit", "Station visit", 2, "tp_done", 1)])
        events = []
        for i in range(60):
            ts = datetime(2025, 3, 1 + i % 20, 10)
            events.append((f"e{i}a", f"c{i}", ts.isoformat(sep=" "), "tp_start", "start", "Suzhou" if i % 3 else "Hangzhou"))
            if i % 4:
                events.append((f"e{i}b", f"c{i}", (ts + timedelta(minutes=9)).isoformat(sep=" "), "tp_done", "finish",
                               "Suzhou" if i % 3 else "Hangzhou"))
        write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"c{i}", "") for i in range(60)])
        write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "station_city"], events)
        return {"events": events}
    with service_on(tmp_path_factory.mktemp("split_alias"), folder) as (service, facts):
        want = sum(1 for e in facts["events"] if e[3] == "tp_done" and e[5] == "Suzhou")
        a = ask(service, "How many washes did the Suzhou stations complete in March 2025?")
        assert a.status == "ok", a.answer
        assert first_numbers(a)[0] == want, (want, a.answer)


def test_a_share_asked_again_for_another_slice_keeps_its_part(incidents) -> None:  # noqa: ANN001
    service, facts = incidents
    first = ask(service, "What share of Resolved events in 2025 came by email?")
    assert first.status == "ok", first.answer
    a = ask(service, "and for 1-紧急 priority?", session=first.session_id)
    assert a.status == "ok", a.answer
    rows = [e for e in facts["events"] if e[3] == "tp_resolved" and e[2].startswith("2025") and e[7] == "1-紧急"]
    want = sum(1 for e in rows if e[6] == "email") / len(rows)
    assert any("email" in s for s in a.assumptions), a.assumptions
    assert "email" in a.answer and f"{want:.1%}" in a.answer, (want, a.answer)


def test_values_of_twin_columns_are_either_of_them(incidents) -> None:  # noqa: ANN001
    service, facts = incidents
    want = sum(1 for c in facts["customers"] if c[6] in ("gold", "black"))
    a = ask(service, "金卡和黑金会员一共有多少人？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, (want, a.answer)


@pytest.mark.parametrize("q", ["2025年2月新注册了多少客户？", "2025年2月注册了几个新用户？"])
def test_signups_said_with_the_verb_apart(calls, q) -> None:  # noqa: ANN001
    service, facts = calls
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "new_customers", a.tool_calls
    assert first_numbers(a)[0] == len(facts["customers"]), a.answer


def test_a_per_customer_count_of_an_outcome_counts_those_events(tmp_path_factory) -> None:  # noqa: ANN001
    def folder(tmp: Path) -> dict[str, object]:
        rnd = random.Random(23)
        tmp.mkdir(parents=True, exist_ok=True)
        write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "stage", "aliases"],
                  [("tp_access", "Unit access", "进仓", "service", "进仓|门禁")])
        events = []
        for i in range(400):
            ts = datetime(2025, 3, 1) + timedelta(hours=rnd.randrange(24 * 200))
            events.append((f"e{i}", f"c{i % 37}", ts.isoformat(sep=" "), "tp_access",
                           "fail" if rnd.random() < 0.2 else "success"))
        write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"c{i}", "") for i in range(37)])
        write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
        return {"events": events}
    with service_on(tmp_path_factory.mktemp("outcome_per_customer"), folder) as (service, facts):
        ok = [e for e in facts["events"] if e[4] == "success" and e[2].startswith("2025")]
        people = {e[1] for e in facts["events"] if e[2].startswith("2025")}
        a = ask(service, "2025年客户平均每人进仓多少次？按成功开门进仓的记录算")
        assert a.status == "ok", a.answer
        assert abs(a.tables[0].rows[0][0] - len(ok) / len(people)) < 1e-9, (len(ok) / len(people), a.answer)
