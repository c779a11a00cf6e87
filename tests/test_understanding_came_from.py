"""Where customers came from (causes seen in session 32's blind batches):

- "lead source", "split by where the brand came from", "how the customer came to us" name the customers'
  acquisition channel; "per brand," set apart by commas is how rows are counted, no grouping by brand;
- "brands referred by our existing tenants" is the value tenant_referral of that column, in a follow-up and in a
  complete question alike (before, the words were dropped and the answer was for everyone, status ok);
- a follow-up naming one group of the last ranking's column ("and for customers referred by an existing
  client?", "那老客户推荐过来的，这个转化率是多少？") asks for that group's value, not a ranking of one group.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CHANNELS = {"tenant_referral": ("老客户推荐", 0.45), "referral": ("朋友推荐", 0.3), "broker": ("商铺中介", 0.2),
            "ads": ("广告投放", 0.1)}


def _kitchens(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3201)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_inquiry", "Inquiry", "咨询", "Inquiry", "consideration", "inquiry|inquiries|咨询"),
               ("tp_tour", "Site tour", "看场地", "Site tour", "consideration", "tour|看场"),
               ("tp_lease", "Lease signed", "签约", "Lease signed", "purchase", "lease|leases|签约")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "journey_name_en", "step", "touchpoint_id",
                                     "window_days"],
              [("leasing", "招商", "Leasing", 1, "tp_inquiry", 60), ("leasing", "招商", "Leasing", 2, "tp_tour", 60),
               ("leasing", "招商", "Leasing", 3, "tp_lease", 60)])
    customers, events, outcome = [], [], {}
    for i in range(400):
        cid = f"B{i:04d}"
        ch = list(CHANNELS)[i % len(CHANNELS)]
        customers.append((cid, "2024-06-01", "active", ch, CHANNELS[ch][0], f"Brand {i}"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=rnd.randrange(9))
        steps = [("tp_inquiry", 0)]
        if rnd.random() < 0.7:
            steps.append(("tp_tour", 3))
            if rnd.random() < CHANNELS[ch][1] / 0.7:
                steps.append(("tp_lease", 10))
        for tp, d in steps:
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=d)).isoformat(sep=" "), tp))
        outcome[cid] = (ch, len(steps) == 3)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "acquisition_channel", "获客渠道", "brand"],
              customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {"outcome": outcome}


@pytest.fixture(scope="module")
def kitchens(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("came_from"), _kitchens) as out:
        yield out


def _conversion(facts, channel: str) -> float:  # noqa: ANN001
    rows = [leased for ch, leased in facts["outcome"].values() if ch == channel]
    return sum(rows) / len(rows)


RANKING = ("Which lead source is worst at turning inquiries into signed leases? Use the 2025 leasing funnel, per brand, "
           "split by where the brand came from.")


def test_where_they_came_from_is_the_acquisition_channel(kitchens) -> None:  # noqa: ANN001
    service, facts = kitchens
    a = ask(service, RANKING)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "acquisition_channel", a.tool_calls
    worst = min(CHANNELS, key=lambda c: _conversion(facts, c))
    assert a.tables[0].rows[0][0] == worst, a.tables[0].rows


@pytest.mark.parametrize("follow, channel", [
    ("and what's that conversion for brands referred by our existing tenants?", "tenant_referral"),
    ("and for brands referred by a friend?", "referral"),
    ("and what's that conversion for people who came via a referral?", "referral"),  # ("who": no ranking asked)
    ("那老客户推荐过来的，这个转化率是多少？", "tenant_referral")])
def test_a_follow_up_naming_one_group_asks_for_its_value(kitchens, follow, channel) -> None:  # noqa: ANN001
    service, facts = kitchens
    first = ask(service, RANKING)
    a = ask(service, follow, session=first.session_id)
    assert a.status == "ok", a.answer
    args = a.tool_calls[0].args
    assert not args.get("dimension"), args  # the group's value, no ranking of one group
    filters = args.get("filters") or {}
    assert filters.get("acquisition_channel") == [channel] or filters.get("获客渠道") == [CHANNELS[channel][0]], args
    assert any(abs(v - _conversion(facts, channel)) < 0.0005 for v in first_numbers(a)), a.tables[0].rows


def test_referred_by_in_a_complete_question_slices_the_customers(kitchens) -> None:  # noqa: ANN001
    service, facts = kitchens
    a = ask(service, "What was the 2025 leasing conversion for brands referred by our existing tenants?")
    assert a.status == "ok", a.answer
    assert (a.tool_calls[0].args.get("filters") or {}).get("acquisition_channel") == ["tenant_referral"], a.tool_calls
    assert any(abs(v - _conversion(facts, "tenant_referral")) < 0.0005 for v in first_numbers(a)), a.tables[0].rows
