"""General understanding of names as a company's data has them: a journey's name said with "conversion", step names
made of two parts ("卡顿/播放报错"), extra columns by their head noun (取消原因, App版本) or a derived English noun
("cancellation reason"), a dimension of an absent table (experiment variants) that takes no word, what is said not
to be counted, weeks and weekends, which single day ranks first, and money refunded.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers as _numbers, service_on, write_csv as _write

TPS = [("tp_browse", "Browse catalog", "首页找片", "Browse catalog", "consideration", ""),
       ("tp_play", "Play start", "开始播放", "Play start", "service", "播放|play"),
       ("tp_buffering", "Buffering / playback error", "卡顿/播放报错", "Buffering / playback error", "service", ""),
       ("tp_trial", "Free trial start", "领取免费试用", "Free trial start", "purchase", "试用|trial"),
       ("tp_subscribe", "Paid subscription", "开通会员（付费）", "Paid subscription", "purchase", "paid conversion"),
       ("tp_renewal", "Auto-renewal", "自动续费成功", "Auto-renewal", "loyalty", "续费|renewal"),
       ("tp_cancel", "Cancel auto-renewal", "关闭自动续费", "Cancel auto-renewal", "loyalty", "cancel"),
       ("tp_payment_fail", "Payment failed", "扣款失败", "Payment failed", "purchase", "")]
CHANNELS = ("app_store", "referral", "douyin_ads")
REASONS = ("too_expensive", "playback_issues", "no_content")
VERSIONS = ("5.1.0", "5.2.0")
START = datetime(2025, 1, 1)


def _folder(tmp: Path) -> dict[str, object]:
    rnd = random.Random(21)
    tmp.mkdir(parents=True, exist_ok=True)
    _write(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"], TPS)
    _write(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id", "window_days"],
           [("trial_to_paid", "试用转付费", "Trial to paid", 1, "tp_trial", 10),
            ("trial_to_paid", "试用转付费", "Trial to paid", 2, "tp_subscribe", 10),
            ("browse_to_watch", "找片到播放", "Browse to watch", 1, "tp_browse", 1),
            ("browse_to_watch", "找片到播放", "Browse to watch", 2, "tp_play", 1)])
    customers, events, orders = [], [], []
    n = 0

    def ev(cid: str, ts: datetime, tp: str, **extra: str) -> None:
        nonlocal n
        n += 1
        events.append((f"E{n:06d}", cid, ts.isoformat(sep=" "), tp, "view", extra.get("app_version", ""),
                       extra.get("cancel_reason", ""), extra.get("watch_minutes", "")))

    for i in range(700):
        cid = f"U{i:04d}"
        ch = CHANNELS[i % 3]
        customers.append((cid, ("member", "trial")[i % 2], ch))
        day = START + timedelta(days=rnd.randrange(360), hours=rnd.randrange(24))
        version = VERSIONS[rnd.randrange(2)]
        ev(cid, day, "tp_browse", app_version=version)
        if rnd.random() < 0.7:
            ev(cid, day + timedelta(minutes=5), "tp_play", app_version=version, watch_minutes=str(5 + rnd.randrange(80)))
            if rnd.random() < (0.5 if version == "5.2.0" else 0.15):
                ev(cid, day + timedelta(minutes=9), "tp_buffering", app_version=version)
        ev(cid, day + timedelta(hours=1), "tp_trial")
        if rnd.random() < {"app_store": 0.4, "referral": 0.7, "douyin_ads": 0.2}[ch]:
            paid = day + timedelta(days=3)
            ev(cid, paid, "tp_subscribe")
            orders.append((f"O{i:04d}", cid, paid.isoformat(sep=" "), "refunded" if i % 9 == 0 else "paid",
                           round(10 + rnd.random() * 20, 2)))
            for k in range(rnd.randrange(4)):  # monthly renewals, some members renew several times
                ev(cid, paid + timedelta(days=30 * (k + 1)), "tp_renewal")
            if rnd.random() < 0.3:
                ev(cid, paid + timedelta(days=40), "tp_cancel", cancel_reason=REASONS[rnd.randrange(3) if i % 4 else 0])
        elif rnd.random() < 0.3:
            ev(cid, day + timedelta(days=3), "tp_payment_fail")
    _write(tmp / "customers.csv", ["customer_id", "segment", "acquisition_channel"], customers)
    _write(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "app_version",
                                "cancel_reason", "watch_minutes"], events)
    _write(tmp / "orders.csv", ["order_id", "customer_id", "ts", "status", "amount"], orders)
    return {"events": events, "orders": orders, "channel": {c[0]: c[2] for c in customers}}


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("stream"), _folder) as out:
        yield out


def _at(f, tp: str, year: str = "2025") -> list[tuple]:
    return [e for e in f["events"] if e[3] == tp and e[2].startswith(year)]


def _top(counter: Counter) -> str:
    (a, x), (_, y) = counter.most_common(2)
    assert x > y, counter  # the fixture must have a clear first place
    return a


def test_a_journey_conversion_said_whole_ranks_groups_by_it(stream):
    service, f = stream
    trial = {e[1] for e in f["events"] if e[3] == "tp_trial"}
    paid = {e[1] for e in f["events"] if e[3] == "tp_subscribe"}
    rate = {ch: len({c for c in paid if f["channel"][c] == ch}) / len({c for c in trial if f["channel"][c] == ch})
            for ch in CHANNELS}
    a = ask(service, "Which acquisition channel has the best trial-to-paid conversion over all the data?")
    assert a.status == "ok" and a.tool_calls[0].args.get("metric_id") == "overall_conversion", a.tool_calls
    assert a.tables[0].rows[0][0] == max(rate, key=rate.get), (rate, a.tables[0].rows)


def test_which_step_loses_most_inside_a_named_funnel(stream):
    service, _ = stream
    a = ask(service, "Looking at the browse-to-watch funnel across all data, which step loses the most viewers?")
    assert a.status == "ok" and a.tool_calls[0].name == "funnel_dropoff", a.tool_calls


@pytest.mark.parametrize("q, want", [
    ("How many auto-renewals did we process in 2025? Count renewals, not members.",
     lambda f: len(_at(f, "tp_renewal"))),
    ("How many distinct members auto-renewed at least once in 2025?", lambda f: len({e[1] for e in _at(f, "tp_renewal")})),
    ("2025年有多少用户遇到过卡顿或者播放报错？", lambda f: len({e[1] for e in _at(f, "tp_buffering")})),
    ("How many people started a free trial in the week of 3 March 2025 (Mon–Sun)?",
     lambda f: len({e[1] for e in f["events"] if e[3] == "tp_trial" and "2025-03-03" <= e[2][:10] <= "2025-03-09"})),
    ("2025年周末一共有多少次自动续费？",
     lambda f: sum(1 for e in _at(f, "tp_renewal") if date.fromisoformat(e[2][:10]).weekday() >= 5)),
    ("How much money have we refunded in total, across all the data?",
     lambda f: round(sum(o[4] for o in f["orders"] if o[3] == "refunded"), 2)),
])
def test_counts_as_said(stream, q, want):
    service, f = stream
    a = ask(service, q)
    assert a.status == "ok", a.answer
    got = _numbers(a)
    assert any(abs(v - want(f)) < 1e-6 for v in got), (q, want(f), a.tables[0].rows, a.tool_calls)


@pytest.mark.parametrize("q, column, tp", [
    ("2025年哪个App版本的卡顿次数最多？", 5, "tp_buffering"),          # no experiments table: 版本 is the app's
    ("What was the most common cancellation reason in 2025?", 6, "tp_cancel"),
    ("2025年最常见的取消原因是什么？", 6, "tp_cancel"),
])
def test_extra_columns_by_their_words(stream, q, column, tp):
    service, f = stream
    want = _top(Counter(e[column] for e in _at(f, tp) if e[column]))
    a = ask(service, q)
    assert a.status == "ok" and a.tables[0].rows[0][0] == want, (q, want, a.tables and a.tables[0].rows, a.answer)


def test_which_single_day_ranks_days(stream):
    service, f = stream
    days = Counter(e[2][:10] for e in _at(f, "tp_renewal"))
    top, n = days.most_common(1)[0]
    a = ask(service, "Which single day in 2025 had the most auto-renewals, and how many were there?")
    assert a.status == "ok" and a.tool_calls[0].args.get("dimension") == "day", a.tool_calls
    assert n in _numbers(a) and str(a.tables[0].rows[0][0]) in [d for d, c in days.items() if c == n]


def test_an_average_named_in_other_words(stream):
    """"the average viewing time, in minutes": the average of watch_minutes, matched by meaning and said."""
    service, f = stream
    vals = [int(e[7]) for e in _at(f, "tp_play") if e[7]]
    a = ask(service, "What was the average viewing time in 2025, in minutes?")
    assert a.status == "ok" and a.tool_calls[0].args.get("metric_id") == "avg_watch_minutes", a.tool_calls
    assert any(abs(v - sum(vals) / len(vals)) < 1e-6 for v in _numbers(a)), a.tables[0].rows
    assert any("viewing time" in x for x in a.assumptions), a.assumptions


def test_across_all_groups_is_one_total(stream):
    service, f = stream
    a = ask(service, "How many plays did we have in 2025 across all app versions?")
    assert a.status == "ok" and a.tool_calls[0].name != "metric_breakdown", a.tool_calls
    assert len(_at(f, "tp_play")) in _numbers(a), a.tables[0].rows


def test_orders_counted_at_a_step_that_is_no_purchase(stream):
    """"完成了多少单续费" at a step that is no purchase: the events there, said; never the orders without the step."""
    service, f = stream
    a = ask(service, "2025年一共有多少单自动续费成功？")
    assert a.status == "ok", a.answer
    assert len(_at(f, "tp_renewal")) in _numbers(a), (a.tool_calls, a.tables[0].rows)


@pytest.mark.parametrize("column, said", [("moveout_reason", "move-out reason"), ("checkin_desk", "check in desk"),
                                          ("cancel_reason", "cancellation reason"), ("latency_ms", "latency ms")])
def test_column_names_as_people_write_them(column, said):
    from assistant.planner.catalog import column_aliases
    assert said in column_aliases(column)["en"]
