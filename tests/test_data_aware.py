"""Answers that fit the data a company really has (issue 8): no orders table, untimed feedback,
history that ended years ago, extra columns. Each workspace is built by the real ingest path from a
small DATA.md folder written here; expected numbers come from plain counting over the rows below."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv as _write


TPS = [("tp_visit", "Landing page", "落地页", "Landing page", "awareness"),
       ("tp_form", "Lead form", "留资表单", "Lead form", "consideration"),
       ("tp_call", "Sales call", "销售电话", "Sales call", "purchase")]
START = datetime(2019, 3, 1)
EVENT_DAYS = 92          # events 2019-03-01 .. 2019-05-31
FEEDBACK_END = datetime(2019, 6, 30)


def _folder(tmp: Path) -> dict[str, object]:
    """A historical B2B lead funnel: no orders file, some comments without a date, extra columns."""
    rnd = random.Random(7)
    tmp.mkdir(parents=True, exist_ok=True)
    _write(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"], TPS)
    _write(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id"],
           [("lead", "Lead funnel", i + 1, t[0]) for i, t in enumerate(TPS)])
    customers, events, segs = [], [], {}
    for i in range(300):
        cid = f"L{i:04d}"
        seg = "enterprise" if i % 3 == 0 else "smb"
        segs[cid] = seg
        customers.append((cid, "smb" if seg == "smb" else "vip", seg))
        day = START + timedelta(days=rnd.randrange(EVENT_DAYS), hours=9)
        line = "cars" if i % 2 else "health"
        events.append((cid, day.isoformat(sep=" "), "tp_visit", "view", line))
        if rnd.random() < 0.6:
            events.append((cid, (day + timedelta(hours=1)).isoformat(sep=" "), "tp_form", "submit", line))
    _write(tmp / "customers.csv", ["customer_id", "segment", "business_segment"], customers)
    _write(tmp / "events.csv", ["customer_id", "ts", "touchpoint_id", "action", "product_line"], events)
    fb = []
    for i in range(60):
        ts = "" if i % 3 == 0 else (START + timedelta(days=rnd.randrange((FEEDBACK_END - START).days))).isoformat(sep=" ")
        text = "销售电话一直打不通，太差了" if i % 2 else "The sales rep never called back, very disappointed"
        fb.append((f"F{i:03d}", text, ts, f"L{i:04d}", "tp_call", 1))
    _write(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "rating"], fb)
    may = [e for e in events if e[1].startswith("2019-05")]
    return {"events": events, "may_events": len(may), "untimed": 20, "segments": segs,
            "health_events": sum(1 for e in events if e[4] == "health")}


@pytest.fixture(scope="module")
def leads(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("leads"), _folder) as out:
        yield out


@pytest.mark.parametrize("q", ["What was the revenue last month?", "客单价是多少？", "How many orders were refunded?"])
def test_no_orders_table_says_so(leads, q):
    service, _ = leads
    a = ask(service, q)
    assert a.status == "unsupported", a.answer
    assert ("orders" in a.answer) or ("订单" in a.answer)
    assert not a.tables


def test_default_period_follows_the_measures_data(leads):
    """Asked on 2019-06-30 (live data): events end 2019-05-31 while comments run to 2019-06-30, so a
    default window for events ends in May."""
    service, facts = leads
    a = service.answer("How many events were there?", as_of=date(2019, 6, 30))
    assert a.status == "ok", a.answer
    assert a.period == {"start": "2019-05-02", "end": "2019-05-31"}
    assert any("2019-05-31" in x for x in a.assumptions)


def test_historical_data_without_a_period_reads_all_of_it(leads):
    """Asked today about data that ended in 2019: no period means all of it, said out loud; a total of
    all data has no earlier period to compare with (no "–" baseline)."""
    service, facts = leads
    a = ask(service, "How many events were there?")
    assert a.status == "ok", a.answer
    assert a.period == {"start": "2019-03-01", "end": "2019-05-31"}, a.period
    assert any("all data" in x for x in a.assumptions), a.assumptions
    assert str(len([e for e in facts["events"] if e[1]])) in a.answer.replace(",", "")
    assert "–" not in a.answer and len(a.tables[0].rows) == 1


def test_untimed_feedback_is_reachable(leads):
    service, facts = leads
    a = ask(service, "What do customers complain about at the sales call?")
    assert a.status == "ok", a.answer
    table = a.tables[0]
    total = sum(r[table.columns.index("comments")] for r in table.rows)
    assert total == 60  # every comment, the 20 without a date included
    assert any("20" in x for x in a.assumptions)


def test_period_outside_the_data_is_refused(leads):
    service, _ = leads
    a = ask(service, "How many events from 2017-03-01 to 2017-03-31?")
    assert a.status == "unsupported", a.answer
    assert "2019-03-01" in a.answer and "2019-05-31" in a.answer


def test_extra_column_groups(leads):
    service, facts = leads
    a = ask(service, "events by product_line from 2019-03-01 to 2019-05-31")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert "product_line" in t.columns
    row = {r[t.columns.index("product_line")]: r[t.columns.index("value")] for r in t.rows}
    assert row["health"] == facts["health_events"]


def test_extra_column_of_customers_filters(leads):
    service, facts = leads
    a = ask(service, "各业务板块的事件数 2019-03-01 到 2019-05-31")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert "business_segment" in t.columns
    want = sum(1 for e in facts["events"] if facts["segments"][e[0]] == "enterprise")
    assert {r[t.columns.index("business_segment")]: r[t.columns.index("value")] for r in t.rows}["enterprise"] == want


def test_nothing_understood_does_not_repeat_the_last_answer(leads):
    service, _ = leads
    first = ask(service, "How many events were there?")
    again = ask(service, "how are we doing?", first.session_id)
    assert again.status != "ok" or again.tool_calls != first.tool_calls


@pytest.mark.parametrize("q", ["帮我写一封道歉邮件", "Write an apology email to the customers who complained"])
def test_writing_requests_are_unsupported(leads, q):
    service, _ = leads
    a = ask(service, q)
    assert a.status == "unsupported"
    assert not a.tables
