"""A no-show rate where the arrival step is named as the thing booked (cause seen in session 34's first blind batch,
a study-abroad consultancy with steps "Free consultation booked" then "Free consultation"):

- "Which lead source has the worst no-show rate on free consultations? bookings made in 2025": the people who booked
  and never had the consultation, ranked by acquisition channel (it was "your data has nothing called no-show rate");
- "What share of online (video) free-consultation bookings made in 2025 were no-shows?": the same of the online
  bookings — an everyday word (online) before a gloss in brackets and the step's name is that value of its rows
  (it was dropped without a word).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

NO_SHOW = {("xiaohongshu", "online"): 0.5, ("xiaohongshu", "in_person"): 0.3, ("baidu", "online"): 0.2,
           ("baidu", "in_person"): 0.1, ("referral", "online"): 0.1, ("referral", "in_person"): 0.05}


def _consults(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3405)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_lead", "Lead captured", "留资登记", "Lead captured", "awareness", "lead|留资"),
               ("tp_book", "Free consultation booked", "预约免费咨询", "Free consultation booked", "consideration",
                "consultation booking|预约咨询"),
               ("tp_consult", "Free consultation", "免费咨询", "Free consultation", "consideration", "consultation|咨询"),
               ("tp_contract", "Contract signed", "签约", "Contract signed", "purchase", "contract|签约")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("signup", "Lead to contract", i + 1, tp, 60)
               for i, tp in enumerate(["tp_lead", "tp_book", "tp_consult", "tp_contract"])])
    customers, events, booked = [], [], []
    for i in range(1200):
        cid = f"S{i:04d}"
        source = ["xiaohongshu", "baidu", "referral"][i % 3]
        customers.append((cid, "2024-12-01", source))
        mode = "online" if rnd.random() < 0.5 else "in_person"
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_lead", "submit", ""))
        events.append((f"E{len(events):05d}", cid, (t + timedelta(days=1)).isoformat(sep=" "), "tp_book", "booked",
                       mode))
        shown = rnd.random() >= NO_SHOW[(source, mode)]
        if shown:
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=3)).isoformat(sep=" "), "tp_consult",
                           "attended", mode))
        booked.append({"source": source, "mode": mode, "shown": shown})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "consult_mode"], events)
    return {"booked": booked}


@pytest.fixture(scope="module")
def consults(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("booked_then_held"), _consults) as out:
        yield out


def _no_show(rows: list[dict]) -> float:
    return sum(not r["shown"] for r in rows) / len(rows)


def test_a_no_show_rate_of_a_step_booked_before_it_is_held(consults) -> None:  # noqa: ANN001
    service, facts = consults
    a = ask(service, "Which lead source has the worst no-show rate on free consultations? bookings made in 2025")
    assert a.status == "ok", a.answer
    rates = {s: _no_show([r for r in facts["booked"] if r["source"] == s]) for s in ("xiaohongshu", "baidu", "referral")}
    assert max(rates, key=rates.get) == "xiaohongshu"
    assert a.tables[0].rows[0][0] == "xiaohongshu", a.tables[0].rows
    assert abs(first_numbers(a)[0] - rates["xiaohongshu"]) < 0.005, (a.tables[0].rows, rates)


def test_an_everyday_value_before_a_bracketed_gloss_and_a_step_slices_it(consults) -> None:  # noqa: ANN001
    service, facts = consults
    a = ask(service, "What share of online (video) free-consultation bookings made in 2025 were no-shows?")
    assert a.status == "ok", a.answer
    want = _no_show([r for r in facts["booked"] if r["mode"] == "online"])
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, want)
