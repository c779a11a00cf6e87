"""Counting units, the level a question asks about, and the words around them (blind batches of session 30,
on a holiday-cottage rental company, 山居 HillNest):

- "从预订到抵达，中位数要几天？按周期算": 周期 (no column of that name) starts with a time grain's character but is
  no weekly grouping: one median;
- "一共入住了多少次温泉房？按入住登记算": the check-in step said alone as the counting unit is what is counted,
  in the rooms of that type (not every event of that room type);
- "What % of bookings paid in 2025 got cancelled afterwards? Count per booking.": the step noun before another
  step's participle is the unit, "cancelled" is the step aliased cancel (a doubled consonant), and the share is
  the conversion from the payment to the cancellation per booking id;
- "为啥小红书来的人转化这么差？" / "Why do people from Xiaohongshu convert so badly?": people from a platform are
  the customers' acquisition channel (the events' channel holds it too), and a conversion with no step named is
  the one journey running from first contact to a purchase, over all the data;
- "split by the guest's acquisition channel" with a numeric guests column: the possessor is no column;
- "Which guesthouse … on weekend stays": a compound word ending in a column's name (house) groups by it, and a
  yes/no column named without both sides is a slice (weekend_stay = 1);
- "What share of everyone in our customer list came to us from Xiaohongshu?": the customer list's share;
- "2025年双十一那个月" / "the month of Double 11 2025": the calendar month of the holiday, all of November;
- "By how much did check-ins change from Q3 2025 to Q4 2025?": the plural step noun as the subject of a change
  counts that step's events;
- "How many weddings did we host": the one step whose English name holds the word (Wedding-day party);
- "上海现在有多少金卡客户？": the customers on record with those attributes, now;
- "complaints about slow refunds" where complaint is a step alias: the comments saying so, no step;
- "携程上的点评平均几颗星" where 携程 is also an alias of the discover step: the comments' own channel value
  (ctrip_review), not the events' ctrip;
- "住后满意度调查里，'愿意推荐'打分（0-10分）平均": the mean 0-10 recommend answer, not the star rating;
- "杭州已支付的订单里有多大比例至少被天气取消过一次？按订单算": the conversion from the payment step to the
  weather cancellation per booking, sliced by the city the orders and events carry;
- "取消预订的家庭有多少" where 家庭 is a value of the party type: the people counted, no slice;
- "新增了多少客户" is the new customers; "一共退了多少笔款" counts the refund step's events, no money;
- "Why is our West Lake cottage rated so much lower than the others?": the rating of that cottage against the
  others, over all the data.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

SOURCES = ("xiaohongshu", "ctrip", "xiaohongshu", "douyin", "friend_referral")
TIERS = (("gold", "金卡"), ("silver", "银卡"), ("basic", "普卡"))
PARTIES = (("family", "家庭"), ("couple", "情侣"), ("friends", "朋友"))
HOMES = ("上海", "南京", "苏州")
CITIES = ("杭州", "安吉", "桐庐")
HOUSES = ("North Slope", "Tea Garden", "River Bend")
ROOMS = ("温泉房", "树屋", "标准木屋")
COTTAGES = ("West Lake", "Maple Hollow", "Cedar Loft")
STEPS = {"tp_discover", "tp_browse", "tp_book", "tp_pay"}


def _ts(t: datetime) -> str:
    return t.isoformat(sep=" ")


def _hillnest(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3030)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_discover", "发现山居", "发现山居", "Discovery", "awareness", "发现|种草|携程|discover|found us"),
               ("tp_browse", "浏览房源", "浏览房源", "Listing viewed", "consideration", "浏览|browse"),
               ("tp_book", "提交预订", "提交预订", "Booking submitted", "consideration", "预订|booking"),
               ("tp_pay", "支付订单", "支付订单", "Payment", "purchase", "支付|付款|pay|paid"),
               ("tp_cancel", "取消预订", "取消预订", "Booking cancelled", "service", "取消|cancel|cancellation"),
               ("tp_weather", "天气取消", "天气取消", "Weather cancellation", "service", "台风取消|weather cancel"),
               ("tp_arrive", "抵达山居", "抵达山居", "Arrival", "service", "抵达|到达|arrive|arriving"),
               ("tp_checkin", "入住登记", "入住登记", "Check-in", "service", "登记|check-in|check in|checkin"),
               ("tp_wedding", "婚礼派对", "婚礼派对", "Wedding-day party", "service", ""),
               ("tp_complaint", "投诉处理", "投诉处理", "Complaint handling", "service", "投诉|complaint"),
               ("tp_refund", "退款到账", "退款到账", "Refund", "service", "退款|refund")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("acquire", "Guest acquisition", 1, "tp_discover", 30),
               ("acquire", "Guest acquisition", 2, "tp_browse", 30),
               ("acquire", "Guest acquisition", 3, "tp_book", 30), ("acquire", "Guest acquisition", 4, "tp_pay", 30),
               ("stay", "Stay", 1, "tp_pay", 60), ("stay", "Stay", 2, "tp_arrive", 60),
               ("stay", "Stay", 3, "tp_checkin", 60),
               ("aftercare", "Aftercare", 1, "tp_complaint", 30), ("aftercare", "Aftercare", 2, "tp_refund", 30)])
    customers, events, orders, feedback = [], [], [], []

    def ev(cid: str, at: datetime, tp: str, channel: str = "", bk: dict | None = None) -> None:
        b = bk or {}
        events.append((f"E{len(events):06d}", cid, _ts(at), tp, channel, b.get("id", ""), b.get("city", ""),
                       b.get("house", ""), b.get("room", ""), str(b["guests"]) if b else "",
                       str(b["weekend"]) if b else ""))

    for i in range(320):
        cid = f"H{i:04d}"
        src = SOURCES[i % 5]
        tier, party = TIERS[(i // 4) % 3], PARTIES[(i // 3) % 3]
        home = HOMES[(i // 2) % 3]
        signup = datetime(2024, 9, 1) + timedelta(days=rnd.randrange(540))
        customers.append((cid, signup.date().isoformat(), src, tier[0], tier[1], home, party[0], party[1]))
        if i % 16 == 15 or (src == "xiaohongshu" and i % 7 == 0):
            continue  # on the customer list only
        t = datetime(2024, 11, 1) + timedelta(days=rnd.randrange(500), hours=rnd.randrange(8, 22))
        ev(cid, t, "tp_discover", src)
        if rnd.random() > 0.85:
            continue
        ev(cid, t + timedelta(hours=1), "tp_browse", "app")
        if rnd.random() > (0.45 if src == "xiaohongshu" else 0.75):
            continue
        n_book = 1 + (rnd.random() < 0.4) + (rnd.random() < 0.2)
        at = t + timedelta(days=rnd.randrange(1, 5))
        for k in range(n_book):
            city = CITIES[rnd.randrange(3)]
            bk = {"id": f"B{i:04d}{k}", "city": city, "house": HOUSES[rnd.randrange(3)],
                  "room": ROOMS[rnd.randrange(3)], "guests": rnd.randrange(1, 7), "weekend": int(rnd.random() < 0.5)}
            ev(cid, at, "tp_book", "app", bk)
            if rnd.random() < 0.85:
                paid = at + timedelta(hours=2)
                ev(cid, paid, "tp_pay", "app", bk)
                orders.append((f"O{bk['id']}", cid, _ts(paid), float(rnd.randrange(400, 3000)), "paid", bk["id"], city))
                typhoon = city == "杭州" and paid.month in (8, 9, 10)
                r = rnd.random()
                if r < (0.35 if typhoon else 0.05):
                    ev(cid, paid + timedelta(days=rnd.randrange(1, 5)), "tp_weather", "app", bk)
                elif r < 0.5:
                    cancel = paid + timedelta(days=rnd.randrange(1, 5))
                    ev(cid, cancel, "tp_cancel", "app", bk)
                    if rnd.random() < 0.7:
                        ev(cid, cancel + timedelta(days=rnd.randrange(1, 4)), "tp_refund", "app", bk)
                else:
                    arrive = (paid + timedelta(days=rnd.randrange(3, 20))).replace(hour=15, minute=0)
                    ev(cid, arrive, "tp_arrive", "app", bk)
                    wait = rnd.randrange(5, 30) + (40 if bk["house"] == "Tea Garden" and bk["weekend"] else 0)
                    checkin = arrive + timedelta(minutes=wait)
                    ev(cid, checkin, "tp_checkin", "app", bk)
                    if rnd.random() < (0.4 if checkin.month in (9, 10) else 0.1):
                        ev(cid, checkin + timedelta(days=1), "tp_wedding", "app", bk)
                    cottage = COTTAGES[rnd.randrange(3)]
                    later = checkin + timedelta(days=2, hours=rnd.randrange(10))
                    if rnd.random() < 0.6:
                        nps = rnd.choice([3, 6, 7, 8, 9, 9, 10, 10])
                        feedback.append((f"S{bk['id']}", "住得很舒服" if nps > 6 else "一般般", _ts(later), cid,
                                         "tp_checkin", "survey", "", str(nps), cottage))
                    if src == "ctrip" and rnd.random() < 0.7:
                        stars = rnd.choice([2, 3, 4, 4, 5, 5])
                        feedback.append((f"C{bk['id']}", "风景很好" if stars > 3 else "房间有点潮", _ts(later), cid,
                                         "tp_checkin", "ctrip_review", str(stars), "", cottage))
                    elif rnd.random() < 0.5:
                        stars = rnd.choice([3, 4, 5, 5]) - (2 if cottage == "West Lake" else 0)
                        feedback.append((f"A{bk['id']}", "很安静，推荐" if stars > 3 else "隔音差，床不舒服", _ts(later),
                                         cid, "tp_checkin", "app_review", str(stars), "", cottage))
                    if rnd.random() < 0.12:
                        ev(cid, later, "tp_complaint", "phone", bk)
                        text = rnd.choice(["退款太慢了，等了两个星期还没到账", "热水器坏了没人修", "The hot tub was dirty",
                                           "The refund is so slow, still waiting after two weeks"])
                        feedback.append((f"T{bk['id']}", text, _ts(later), cid, "tp_complaint", "ticket", "", "",
                                         cottage))
                        if rnd.random() < 0.6:
                            ev(cid, later + timedelta(days=rnd.randrange(3, 15)), "tp_refund", "app", bk)
            at = at + timedelta(days=rnd.randrange(20, 120), hours=rnd.randrange(5))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "acquisition_channel", "tier", "会员等级", "home_city",
                                      "party_type", "出行类型"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "channel", "booking_id", "city",
                                   "house", "room_type", "guests", "weekend_stay"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "booking_id", "city"], orders)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "cottage"], feedback)
    return {"events": events, "feedback": feedback, "customers": customers, "orders": orders}


@pytest.fixture(scope="module")
def hillnest(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("units"), _hillnest) as out:
        yield out


def _in(ts: str, start: str, end: str) -> bool:
    return start <= ts[:10] <= end


def _by_booking(facts: dict, a: str, b: str, start: str, end: str, city: str | None = None) -> list[float | None]:
    """Per booking id whose first `a` fell in [start, end] (in `city` when given): days from it to the first `b` of
    the same booking at or after it (None when there is none)."""
    firsts: dict[str, datetime] = {}
    later: dict[str, list[datetime]] = {}
    for e in facts["events"]:
        if e[3] == a and _in(e[2], start, end) and city in (None, e[6]):
            t = datetime.fromisoformat(e[2])
            firsts[e[5]] = min(firsts.get(e[5], t), t)
        elif e[3] == b:
            later.setdefault(e[5], []).append(datetime.fromisoformat(e[2]))
    out = []
    for bid, t in firsts.items():
        after = [x for x in later.get(bid, []) if x >= t]
        out.append((min(after) - t).total_seconds() / 86400 if after else None)
    return out


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def test_a_grain_character_starting_another_word_is_no_grouping(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    days = [d for d in _by_booking(facts, "tp_book", "tp_arrive", "2025-01-01", "2025-12-31") if d is not None]
    a = ask(service, "2025年从预订到抵达，中位数要几天？按周期算")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name != "metric_trend" and call.args.get("dimension") is None, a.tool_calls
    assert call.args.get("metric_id") == "median_time_to_convert", a.tool_calls
    assert _median(days) in [pytest.approx(v, abs=0.001) for v in first_numbers(a)], (_median(days), a.answer)


def test_a_step_said_alone_as_the_unit_is_counted(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    spring = [e for e in facts["events"] if e[8] == "温泉房" and e[2][:4] == "2025"]
    want = sum(1 for e in spring if e[3] == "tp_checkin")
    assert want != len(spring)
    a = ask(service, "2025年一共入住了多少次温泉房？按入住登记算")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("filters", {}).get("touchpoint") == ["tp_checkin"], a.tool_calls
    assert first_numbers(a)[0] == want, a.answer


def test_bookings_paid_then_cancelled_per_booking(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    days = _by_booking(facts, "tp_pay", "tp_cancel", "2025-01-01", "2025-12-31")
    a = ask(service, "What % of bookings paid in 2025 got cancelled afterwards? Count per booking.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("journey_id") == "*:tp_pay->tp_cancel", a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(sum(d is not None for d in days) / len(days), abs=1e-4), a.answer


def _acquired(facts: dict, source: str) -> float:
    """The Guest acquisition journey's conversion (discover → browse → book → pay within 30 days of the first
    discovery) of the customers who came from `source`, over all the data."""
    sources = {c[0]: c[2] for c in facts["customers"]}
    by: dict[str, list[tuple[str, str]]] = {}
    for e in facts["events"]:
        if sources[e[1]] == source and e[3] in STEPS:
            by.setdefault(e[1], []).append((e[2], e[3]))
    base = hit = 0
    for rows in by.values():
        rows.sort()
        starts = [t for t, tp in rows if tp == "tp_discover"]
        if not starts:
            continue
        base += 1
        t0 = datetime.fromisoformat(starts[0])
        at, need = t0, ["tp_browse", "tp_book", "tp_pay"]
        for t, tp in rows:
            x = datetime.fromisoformat(t)
            if need and tp == need[0] and at <= x <= t0 + timedelta(days=30):
                at = x
                need.pop(0)
        hit += not need
    return hit / base


@pytest.mark.parametrize("q", ["为啥小红书来的人转化这么差？", "Why do people from Xiaohongshu convert so badly?"])
def test_people_from_a_platform_convert_on_the_acquiring_journey(hillnest, q) -> None:  # noqa: ANN001
    service, facts = hillnest
    assert any(e[4] == "xiaohongshu" for e in facts["events"])  # the events' channel holds the value too
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "metric_breakdown" and call.args.get("dimension") == "acquisition_channel", a.tool_calls
    assert call.args.get("focus") == ["xiaohongshu"] and call.args.get("journey_id") == "acquire", a.tool_calls
    got = {str(r[0]): r[1] for r in a.tables[0].rows}
    assert got.get("xiaohongshu") == pytest.approx(_acquired(facts, "xiaohongshu"), abs=1e-4), a.answer


def test_a_possessor_before_s_is_no_column(hillnest) -> None:  # noqa: ANN001
    service, _ = hillnest
    a = ask(service, "Which acquisition channel converts worst from discovering us to paying? 2025, per person, "
                     "split by the guest's acquisition channel.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "acquisition_channel", a.tool_calls
    assert all("guests" not in str(c.args) for c in a.tool_calls), a.tool_calls


def _paired(facts: dict, start: str, end: str) -> tuple[list[str], list[float]]:
    """(booking ids, days from arrival to check-in) of the bookings arriving in [start, end] and checked in."""
    ids, days = [], []
    arrive = {e[5]: datetime.fromisoformat(e[2]) for e in facts["events"]
              if e[3] == "tp_arrive" and _in(e[2], start, end)}
    for e in facts["events"]:
        if e[3] == "tp_checkin" and e[5] in arrive:
            ids.append(e[5])
            days.append((datetime.fromisoformat(e[2]) - arrive[e[5]]).total_seconds())
    return ids, days


def test_a_compound_word_names_a_column_and_a_flag_said_alone_is_a_slice(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    waits: dict[str, list[float]] = {}
    for house in HOUSES:
        arrivals = {e[5] for e in facts["events"] if e[3] == "tp_arrive" and e[7] == house and e[10] == "1"}
        waits[house] = [d for bid, d in zip(*_paired(facts, "2025-01-01", "2025-12-31")) if bid in arrivals]
    medians = {h: _median(v) for h, v in waits.items()}
    a = ask(service, "Which guesthouse had the longest median wait from arriving to check-in on weekend stays in 2025?")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("dimension") == "house" and call.args.get("filters") == {"weekend_stay": ["1"]}, a.tool_calls
    assert a.tables[0].rows[0][0] == max(medians, key=medians.get), (medians, a.answer)


def test_the_customer_lists_share_from_a_platform(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    want = sum(c[2] == "xiaohongshu" for c in facts["customers"]) / len(facts["customers"])
    active = {e[1] for e in facts["events"]}
    assert want != pytest.approx(sum(c[2] == "xiaohongshu" for c in facts["customers"] if c[0] in active) / len(active))
    a = ask(service, "What share of everyone in our customer list came to us from Xiaohongshu?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "customer_count", a.tool_calls
    assert want in [pytest.approx(v, abs=1e-4) for v in first_numbers(a)], (want, a.answer)


@pytest.mark.parametrize("q", ["2025年双十一那个月有多少笔预订？",
                               "How many bookings were submitted in the month of Double 11 2025?"])
def test_the_month_of_a_holiday_is_its_calendar_month(hillnest, q) -> None:  # noqa: ANN001
    service, facts = hillnest
    a = ask(service, q)
    assert a.status == "ok", a.answer
    args = a.tool_calls[0].args
    assert (args.get("start"), args.get("end")) == ("2025-11-01", "2025-11-30"), a.tool_calls
    want = sum(1 for e in facts["events"] if e[3] == "tp_book" and _in(e[2], "2025-11-01", "2025-11-30"))
    assert first_numbers(a)[0] == want, a.answer


def test_a_plural_step_noun_changing_counts_its_events(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    q3, q4 = (sum(1 for e in facts["events"] if e[3] == "tp_checkin" and _in(e[2], s, t))
              for s, t in (("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31")))
    a = ask(service, "By how much did check-ins change from Q3 2025 to Q4 2025? as a % change")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "events", a.tool_calls
    assert (q4 - q3) / q3 in [pytest.approx(v, abs=1e-4) for v in first_numbers(a)], (q3, q4, a.answer)


def test_a_counted_noun_of_one_steps_name_is_that_step(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    want = sum(1 for e in facts["events"] if e[3] == "tp_wedding" and _in(e[2], "2025-10-01", "2025-10-31"))
    assert want > 0
    a = ask(service, "How many weddings did we host in October 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("filters", {}).get("touchpoint") == ["tp_wedding"], a.tool_calls
    assert first_numbers(a)[0] == want, a.answer


def test_customers_now_are_the_customers_on_record(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    want = sum(1 for c in facts["customers"] if c[5] == "上海" and c[3] == "gold")
    a = ask(service, "上海现在有多少金卡客户？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "customer_count", a.tool_calls
    assert first_numbers(a)[0] == want, a.answer


def test_complaints_about_something_are_comments_not_the_step(hillnest) -> None:  # noqa: ANN001
    service, _ = hillnest
    a = ask(service, "How many complaints about slow refunds do we have in total? All data.")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "feedback_count", a.tool_calls


def test_a_platform_said_of_comments_is_the_comments_channel(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    stars = [int(f[6]) for f in facts["feedback"] if f[5] == "ctrip_review" and f[2][:4] == "2025"]
    assert any(e[4] == "ctrip" for e in facts["events"])
    a = ask(service, "2025年携程上的点评平均几颗星？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "csat", a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(sum(stars) / len(stars), abs=0.01), a.answer


def test_the_recommend_score_averaged_in_a_satisfaction_survey(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    s = [int(f[7]) for f in facts["feedback"] if f[5] == "survey" and f[2][:4] == "2025"]
    a = ask(service, "2025年住后满意度调查里，客人'愿意推荐'打分（0-10分）平均是多少？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "nps_score_avg", a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(sum(s) / len(s), abs=0.01), a.answer


def test_paid_orders_reaching_a_step_per_order_in_a_city(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    days = _by_booking(facts, "tp_pay", "tp_weather", "2025-08-01", "2025-10-31", city="杭州")
    a = ask(service, "2025年8月到10月，杭州已支付的订单里有多大比例至少被天气取消过一次？按订单算")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("journey_id") == "*:tp_pay->tp_weather" and call.args.get("filters") == {"city": ["杭州"]}, \
        a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(sum(d is not None for d in days) / len(days), abs=1e-4), a.answer


def test_a_people_word_in_a_peoples_place_is_no_value(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    want = len({e[1] for e in facts["events"] if e[3] == "tp_cancel" and _in(e[2], "2026-01-01", "2026-03-31")})
    a = ask(service, "2026年一季度取消预订的家庭有多少？")
    assert a.status == "ok", a.answer
    filters = a.tool_calls[0].args.get("filters", {})
    assert "party_type" not in filters and "出行类型" not in filters, a.tool_calls
    assert first_numbers(a)[0] == want, a.answer


def test_new_customers_said_around_the_count(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    a = ask(service, "2025年新增了多少客户？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "new_customers", a.tool_calls
    assert first_numbers(a)[0] == sum(1 for c in facts["customers"] if c[1][:4] == "2025"), a.answer


def test_how_many_refunds_counts_the_refund_step(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    want = sum(1 for e in facts["events"] if e[3] == "tp_refund" and e[2][:4] == "2025")
    a = ask(service, "2025年一共退了多少笔款？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") not in ("revenue", "refund_amount"), a.tool_calls
    assert first_numbers(a)[0] == want, a.answer


def test_rated_lower_than_the_others_is_a_level_question(hillnest) -> None:  # noqa: ANN001
    service, facts = hillnest
    stars: dict[str, list[int]] = {}
    for f in facts["feedback"]:
        if f[6]:
            stars.setdefault(f[8], []).append(int(f[6]))
    a = ask(service, "Why is our West Lake cottage rated so much lower than the others?")
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.name == "metric_breakdown" and call.args.get("metric_id") == "csat", a.tool_calls
    assert call.args.get("dimension") == "cottage" and call.args.get("focus") == ["West Lake"], a.tool_calls
    got = {str(r[0]): r[1] for r in a.tables[0].rows}
    assert got.get("West Lake") == pytest.approx(sum(stars["West Lake"]) / len(stars["West Lake"]), abs=0.01), a.answer
