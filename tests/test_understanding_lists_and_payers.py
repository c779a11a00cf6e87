"""Lists of alternatives, money per paying customer, the company's own words for its columns and channels, measures
pointed at again, and steps said inside other steps (blind batches of session 27: drone spraying, intercity coaches,
elevator maintenance, hair clinics):

- "which kind of order brought in the most — repairs, servicing, passes or delivery?" where only some of those are
  values of the order type: every kind is ranked, never only the one that linked;
- "all paid orders — repairs, spare parts, courier fees and membership cards" is every paid order (no card payments);
- "average spend per paying rider", "平均每个付费客户花了多少钱", "which type spends the most per paying customer":
  revenue over the customers who paid;
- "哪个车行收入最高" where the data calls its shops 车行 only in the header 车行城市 (beside shop_city);
- "the highest average in-app repair rating" where "Repair rating" is a step: the average rating;
- "纸质意见卡的平均星级" for the channel paper_card; "our average Dianping rating" for dianping_review;
- "what's that renewal rate for Beijing?" after a ranking of renewal rates: the same measure, for Beijing;
- "from first inquiry to a signed maintenance contract" beside a step "Maintenance": the signup journey;
- "多久能收到报价？要中位数，按小时": hours are the unit, not a grouping by hour of day;
- "爽约率，按付了定金的预约单算": no-shows over the bookings that paid a deposit;
- "at least 10 reviews that year": no grouping by year;
- "how much did spare parts (chains, tyres) sell for": money, not a count.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

SHOPS = (("North Yard", "Beijing", "北京"), ("River Works", "Shanghai", "上海"), ("Hill Garage", "Beijing", "北京"),
         ("Bay Cycles", "Shenzhen", "深圳"))
TYPES = ("fleet", "club", "individual")
CHANNELS = ("search", "referral", "flyer")
PROVINCES = ("Hebei", "Jiangsu", "Guangdong")


def _bikes(tmp: Path) -> dict[str, object]:
    rnd = random.Random(27)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_find", "发现我们", "发现我们", "Found us", "awareness", ""),
               ("tp_quote_req", "询价", "询价", "Quote request", "consideration", "inquiry"),
               ("tp_quote", "收到报价", "收到报价", "Quote sent", "consideration", ""),
               ("tp_contract", "签订保养合同", "签订保养合同", "Contract signed", "purchase", ""),
               ("tp_maint", "保养", "保养", "Maintenance", "service", ""),
               ("tp_book", "预约", "预约", "Booking", "consideration", ""),
               ("tp_deposit", "付定金", "付定金", "Deposit paid", "purchase", ""),
               ("tp_visit", "到店维修", "到店维修", "Repair visit", "service", ""),
               ("tp_noshow", "爽约", "爽约", "No-show", "service", ""),
               ("tp_rate", "评价维修", "评价维修", "Repair rating", "loyalty", ""),
               ("tp_notice", "续约提醒", "续约提醒", "Renewal notice", "loyalty", ""),
               ("tp_renew", "续签合同", "续签合同", "Contract renewed", "loyalty", "renewal")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("signup", "Signup", 1, "tp_quote_req", 30), ("signup", "Signup", 2, "tp_contract", 30),
               ("quote", "Quote", 1, "tp_quote_req", 7), ("quote", "Quote", 2, "tp_quote", 7),
               ("visit", "Visit", 1, "tp_book", 14), ("visit", "Visit", 2, "tp_deposit", 14),
               ("visit", "Visit", 3, "tp_visit", 14),
               ("renewal", "Renewal", 1, "tp_notice", 60), ("renewal", "Renewal", 2, "tp_renew", 60)])
    customers, events, orders, feedback = [], [], [], []
    quote_hours: list[float] = []
    n = 0

    def ev(cid: str, at: datetime, tp: str, sid: str, shop: tuple[str, str, str]) -> None:
        nonlocal n
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), tp, "done", sid, shop[0], shop[1], shop[2]))

    for i in range(360):
        cid = f"C{i:04d}"
        ctype, channel, shop = TYPES[i % 3], CHANNELS[i % 3 if i % 5 else 1], SHOPS[i % 4]
        province = PROVINCES[i % 3]
        customers.append((cid, "2025-01-01", ctype, channel, province))
        start = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(300), hours=rnd.randrange(8, 18))
        ev(cid, start, "tp_find", "", shop)
        ev(cid, start + timedelta(hours=1), "tp_quote_req", "", shop)
        hours = round(rnd.uniform(0.5, 6.0) + (20 if shop[0] == "Bay Cycles" else 0), 2)
        quote_hours.append(hours)
        ev(cid, start + timedelta(hours=1 + hours), "tp_quote", "", shop)
        if rnd.random() < {"search": 0.7, "referral": 0.5, "flyer": 0.2}[channel]:
            ev(cid, start + timedelta(days=3), "tp_contract", "", shop)
            ev(cid, start + timedelta(days=9), "tp_maint", "", shop)
            notice = start + timedelta(days=20)
            ev(cid, notice, "tp_notice", "", shop)
            if rnd.random() < (0.3 if shop[1] == "Beijing" else 0.8):
                ev(cid, notice + timedelta(days=5), "tp_renew", "", shop)
        for v in range(rnd.randint(1, 3)):
            sid = f"S{i:04d}-{v}"
            at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(320), hours=rnd.randrange(9, 18))
            ev(cid, at, "tp_book", sid, shop)
            if rnd.random() < 0.8:
                ev(cid, at + timedelta(hours=1), "tp_deposit", sid, shop)
                miss = {"North Yard": 0.1, "River Works": 0.35, "Hill Garage": 0.2, "Bay Cycles": 0.15}[shop[0]]
                ev(cid, at + timedelta(days=2), "tp_noshow" if rnd.random() < miss else "tp_visit", sid, shop)
        # orders: a few big fleet customers, many small individual ones
        for k in range({"fleet": 1, "club": 2, "individual": 3}[ctype]):
            otype = ("repair", "parts", "membership", "courier_fee")[rnd.randrange(4)]
            amount = {"repair": 200.0, "parts": 900.0, "membership": 300.0, "courier_fee": 30.0}[otype]
            amount *= {"fleet": 6, "club": 2, "individual": 1}[ctype]
            item = ("chain", "tyre", "brake_pad")[rnd.randrange(3)] if otype == "parts" else ""
            at = datetime(2025, 1, 6) + timedelta(days=rnd.randrange(330))
            orders.append((f"O{i:04d}-{k}", cid, at.isoformat(sep=" "), amount,
                           "paid" if rnd.random() < 0.85 else "refunded", otype, item,
                           "card" if k % 2 else "wechat_pay", shop[0], shop[1], shop[2]))
        for k in range(2):
            at = datetime(2025, 1, 10) + timedelta(days=rnd.randrange(330))
            channel_fb = ("paper_card", "dianping_review", "app_review", "app_review")[(i + k) % 4]
            stars = {"Hebei": (2, 3, 4), "Jiangsu": (4, 5), "Guangdong": (3, 4)}[province][rnd.randrange(2)]
            if channel_fb == "paper_card":
                stars = rnd.choice([1, 2, 3])
            feedback.append((f"F{i:04d}-{k}", cid, at.isoformat(sep=" "), "tp_rate", channel_fb, "repair was fine",
                             stars, province))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "customer_type", "acquisition_channel", "province"],
              customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "shop",
                                   "shop_city", "车行城市"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "item",
                                   "payment_method", "shop", "shop_city", "车行城市"], orders)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text", "rating",
                                     "province"], feedback)
    return {"events": events, "orders": orders, "feedback": feedback, "customers": customers,
            "quote_hours": quote_hours}


@pytest.fixture(scope="module")
def bikes(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("lists_and_payers"), _bikes) as out:
        yield out


def _paid_2025(facts: dict) -> list[tuple]:
    return [o for o in facts["orders"] if o[4] == "paid" and o[2][:4] == "2025"]


def test_alternatives_not_all_values_rank_every_kind(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    by: dict[str, float] = {}
    for o in _paid_2025(facts):
        by[o[5]] = by.get(o[5], 0) + o[3]
    top = max(by, key=by.get)
    assert top != "repair"  # (the one alternative that is a value is not the answer)
    a = ask(service, "Which kind of order brought in the most revenue in 2025 — repairs, servicing, passes or delivery?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top, a.answer
    assert {r[0] for r in a.tables[0].rows} >= {"repair", "parts"}, a.answer


def test_all_paid_orders_listed_slice_nothing(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(o[3] for o in _paid_2025(facts))
    a = ask(service, "What was our total revenue in 2025? All paid orders — repairs, spare parts, courier fees and "
                     "membership cards.")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), a.answer


@pytest.mark.parametrize("q", ["Average spend per paying rider in 2025?", "2025年平均每个付费客户花了多少钱？"])
def test_spend_per_paying_customer(bikes, q) -> None:  # noqa: ANN001
    service, facts = bikes
    paid = _paid_2025(facts)
    want = sum(o[3] for o in paid) / len({o[1] for o in paid})
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_kind_spending_most_per_paying_customer(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    kind = {c[0]: c[2] for c in facts["customers"]}
    money: dict[str, float] = {}
    payers: dict[str, set[str]] = {}
    for o in _paid_2025(facts):
        money[kind[o[1]]] = money.get(kind[o[1]], 0) + o[3]
        payers.setdefault(kind[o[1]], set()).add(o[1])
    per = {k: money[k] / len(payers[k]) for k in money}
    top = max(per, key=per.get)
    assert top != max(payers, key=lambda k: len(payers[k]))  # (a count of payers would rank another type first)
    a = ask(service, "Which customer type spends the most per paying customer in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == top, a.answer


def test_owner_word_from_a_twin_header(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    by: dict[str, float] = {}
    for o in _paid_2025(facts):
        by[o[8]] = by.get(o[8], 0) + o[3]
    a = ask(service, "2025年哪个车行的收入最高？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(by, key=by.get), a.answer


def test_average_of_a_rating_step_is_the_rating(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    by: dict[str, list[int]] = {}
    for f in facts["feedback"]:
        if f[2][:4] == "2025":
            by.setdefault(f[7], []).append(f[6])
    top = max((p for p in by if len(by[p]) >= 20), key=lambda p: statistics.mean(by[p]))
    a = ask(service, "Which province has the highest average in-app repair rating in 2025? Only provinces with at "
                     "least 20 ratings.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args["metric_id"] == "csat", a.tool_calls[0]
    assert a.tables[0].rows[0][0] == top, a.answer


@pytest.mark.parametrize("q,channel", [("纸质意见卡的平均星级是多少？全部数据", "paper_card"),
                                       ("What was our average Dianping rating across all our data?", "dianping_review")])
def test_channel_said_in_words(bikes, q, channel) -> None:  # noqa: ANN001
    service, facts = bikes
    want = statistics.mean(f[6] for f in facts["feedback"] if f[4] == channel)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.01 for v in first_numbers(a)), (want, a.answer)


def test_that_measure_again_for_one_group(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    city = {e[1]: e[7] for e in facts["events"]}
    notified = {e[1] for e in facts["events"] if e[3] == "tp_notice"}
    renewed = {e[1] for e in facts["events"] if e[3] == "tp_renew"}
    beijing = [c for c in notified if city[c] == "Beijing"]
    want = sum(c in renewed for c in beijing) / len(beijing)
    first = ask(service, "Which shop city has the worst renewal rate? all data")
    assert first.status == "ok", first.answer
    a = ask(service, "what's that renewal rate for Beijing?", session=first.session_id)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 0.001 for v in first_numbers(a)), (want, a.answer)


def test_a_step_word_inside_another_steps_words(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    channel = {c[0]: c[3] for c in facts["customers"]}
    asked = {e[1] for e in facts["events"] if e[3] == "tp_quote_req"}
    signed = {e[1] for e in facts["events"] if e[3] == "tp_contract"}
    rate = {ch: sum(c in signed for c in asked if channel[c] == ch) / sum(channel[c] == ch for c in asked)
            for ch in CHANNELS}
    a = ask(service, "Which acquisition channel converts worst from first inquiry to a signed maintenance contract? "
                     "all data")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == min(rate, key=rate.get), a.answer


def test_hours_said_as_the_unit(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = statistics.median(facts["quote_hours"])
    a = ask(service, "客户询价以后，多久能收到报价？要中位数，按小时，全部数据")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") in (None, ""), a.tool_calls[0]
    assert any(abs(v - want) < 0.06 for v in first_numbers(a)), (want, a.answer)


def test_no_show_rate_over_bookings_that_paid_a_deposit(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    deposit: dict[str, set[str]] = {}
    noshow: dict[str, set[str]] = {}
    for e in facts["events"]:
        if e[3] == "tp_deposit" and e[2][:4] == "2025":
            deposit.setdefault(e[6], set()).add(e[5])
        if e[3] == "tp_noshow" and e[2][:4] == "2025":
            noshow.setdefault(e[6], set()).add(e[5])
    rate = {s: len(noshow.get(s, set())) / len(deposit[s]) for s in deposit}
    a = ask(service, "2025年哪个车行的爽约率最高？按付了定金的预约单算")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(rate, key=rate.get), a.answer


def test_that_year_is_no_grouping(bikes) -> None:  # noqa: ANN001
    service, _facts = bikes
    a = ask(service, "Which province has the lowest average rating in 2025? Only provinces with at least 10 reviews "
                     "that year.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "metric_breakdown", a.tool_calls[0]


def test_what_things_sold_for_is_money(bikes) -> None:  # noqa: ANN001
    service, facts = bikes
    want = sum(o[3] for o in _paid_2025(facts) if o[5] == "parts" and o[6] in ("chain", "tyre", "brake_pad"))
    a = ask(service, "How much did spare parts (chains, tyres, brake pads) sell for in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), a.answer
