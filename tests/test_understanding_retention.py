"""Day-N retention as people ask for it: "次日留存", "D7 retention", "logged in on day 7 after install", by a
grouping of the start event, and names with a time inside ("tt_latam_q4_2025") that are no period.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CAMPAIGNS = ("organic", "tt_latam_q4_2025", "kol_collab")


def _game(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_install", "Install", "安装游戏", "Install", "awareness", "install|installs|安装|新装"),
               ("tp_login", "Daily login", "每日登录", "Daily login", "loyalty", "login|登录"),
               ("tp_match", "Match", "对局", "Match", "service", "match|对局")])
    events, players = [], []
    for i in range(700):
        pid = f"P{i:04d}"
        camp = CAMPAIGNS[i % 3]
        t0 = datetime(2025, 7, 1) + timedelta(days=rnd.randrange(270), hours=rnd.randrange(24))
        events.append((f"{pid}-i", pid, t0.isoformat(sep=" "), "tp_install", "install", camp))
        keep = {"organic": 0.5, "tt_latam_q4_2025": 0.15, "kol_collab": 0.6}[camp]
        days = set()
        for d in range(1, 31):
            if rnd.random() < keep * (0.9 ** d) + 0.05:
                days.add(d)
                ts = datetime(t0.year, t0.month, t0.day) + timedelta(days=d, hours=rnd.randrange(24))
                events.append((f"{pid}-l{d}", pid, ts.isoformat(sep=" "), "tp_login", "login", camp))
                if rnd.random() < 0.5:  # some play without the daily login event
                    events.append((f"{pid}-m{d}", pid, (ts + timedelta(minutes=5)).isoformat(sep=" "), "tp_match",
                                   "play", camp))
        players.append((pid, t0, camp, days))
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "campaign"], events)
    end = max(datetime.fromisoformat(e[2]) for e in events).date()
    return {"players": players, "end": end}


@pytest.fixture(scope="module")
def game(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("retention"), _game) as out:
        yield out


def _retention(f, n: int, start: str, stop: str, camp=None) -> float:  # noqa: ANN001
    cohort = [p for p in f["players"] if start <= p[1].isoformat() < stop and (camp is None or p[2] == camp)
              and (f["end"] - p[1].date()).days >= n]
    return sum(n in p[3] for p in cohort) / len(cohort)


@pytest.mark.parametrize("q, n, start, stop", [
    ("2025年8月新装的玩家次日留存是多少？（第1天有登录算留存）", 1, "2025-08", "2025-09"),
    ("What was D7 retention for players who installed in Q3 2025? Retained = logged in on day 7 after install.",
     7, "2025-07", "2025-10"),
    ("2025年第四季度安装的玩家，7日留存（安装后第7天有登录）是多少？", 7, "2025-10", "2026-01"),
    ("2025年第四季度安装的玩家，D7留存是多少？", 7, "2025-10", "2026-01"),
])
def test_day_n_retention(game, q: str, n: int, start: str, stop: str) -> None:
    service, f = game
    a = ask(service, q)
    assert a.status == "ok" and [c.name for c in a.tool_calls] == ["day_retention"], a.answer
    assert first_numbers(a)[0] == pytest.approx(_retention(f, n, start, stop), abs=1e-9)


def test_retention_by_the_start_events_grouping_and_a_name_with_a_time_in_it(game) -> None:
    service, f = game
    a = ask(service, "Which campaign brought the players with the worst D1 retention in 2025 (logged in the day after install)?")
    rates = {c: _retention(f, 1, "2025", "2026", c) for c in CAMPAIGNS}
    assert a.status == "ok" and a.tables[0].rows[0][0] == min(rates, key=rates.get), a.answer
    b = ask(service, "what's the D1 retention of 2025 installs from the tt_latam_q4_2025 campaign? (logged in the next day)")
    assert b.status == "ok", b.answer
    assert first_numbers(b)[0] == pytest.approx(rates["tt_latam_q4_2025"], abs=1e-9)
    # the period is 2025, not Q4 2025 read out of the campaign's name
    assert b.period["start"] == "2025-01-01", b.period


def test_a_follow_up_keeps_the_day_of_the_retention_asked(game) -> None:
    service, f = game
    a = ask(service, "2025年第四季度安装的玩家，D7留存是多少？")
    b = ask(service, "那2025年第三季度呢？", session=a.session_id)
    assert b.status == "ok" and [c.name for c in b.tool_calls] == ["day_retention"], b.answer
    assert b.tool_calls[0].args["day"] == 7, b.tool_calls
    assert first_numbers(b)[0] == pytest.approx(_retention(f, 7, "2025-07", "2025-10"), abs=1e-9), b.tool_calls
