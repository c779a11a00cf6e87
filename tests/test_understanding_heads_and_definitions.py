"""Words that say what a value is, values listed with "who", and NPS defined by the asker (blind batches of
session 28 and the dog-walking batch of session 27):

- "BrightCo agency cleaners", "自营的保洁师": the word after a value (and its column's own word) is the value's
  head noun, no grouping by cleaner;
- "(vs the scheduled start)": a column of timestamps says what lateness is counted from, never a grouping by its
  every-different timestamps;
- "新手、资深、金牌保洁师谁迟到最多": 谁 asks for a ranking, and 金牌 (also a membership tier) belongs to the column
  the values listed with it belong to;
- "NPS (% promoters minus % detractors)": the difference of the two shares the asker defines, a fraction; with
  "-100 到 100" or no definition it is the index on the -100..100 scale;
- "all paid orders incl. visits, packages and supplies": every kind listed is part of the whole, no slice;
- "清洁用品（清洁剂、抹布这些）": values in parentheses as examples of the kind before them slice nothing;
- other companies' prices ("what do other cleaning companies charge", "附近其他保洁公司…比我们便宜多少") and drafting
  a text are refused, never answered with a number of ours;
- "why are customers in 北京 less happy": how happy is what the ratings say;
- "the WeChat survey" where comments came in by wechat_csat: the platform word names that channel; "post-visit"
  says when the survey was sent, not which step the comments are about; "what share of the ratings were 1 or 2
  stars" is the share of low ratings, not the average, and "差评（1星或2星）" slices no comment wording;
- "and for the same months in 2024?" after March to June 2025: those months of 2024;
- "what share of packages bought got refunded": the refund rate of package orders, never every kind's refunds over
  the packages bought;
- "who installed the app but never created an account": the drop-off rate at the first step, not the conversion;
- "哪类设备" where the company has 设备类型: that kind column, not the built-in device (phone) the word also names;
- "App里的平均评分" beside app_review and app_store_review: the app's own reviews;
- "地板没拖干净投诉最多的是哪个城市": the complaints about that trouble counted per city, not every complaint;
- "基础版、标准版、尊享版哪个套餐方案": values a column and its Chinese twin hold between them are one list, ranked;
- "从预约到上门服务，等待时间的中位数": two steps named make the time between them, never a column's time
  (minutes_late) said in other words.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

LEVELS = (("rookie", "新手"), ("senior", "资深"), ("gold", "金牌"))
AGENCIES = (("inhouse", "自营"), ("brightco", "BrightCo"))
KINDS = (("visit", "单次保洁"), ("package", "保洁套餐"), ("supplies", "清洁用品"))
SUPPLIES = ("清洁剂", "抹布", "拖把")
CITIES = ("北京", "上海")
TOOLS = ("吸尘器", "蒸汽清洁机", "拖地机")
PLANS = (("basic", "基础版"), ("standard", "标准版"), ("premium", "尊享版"))


def _cleaning(tmp: Path) -> dict[str, object]:
    rnd = random.Random(2828)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "预约保洁", "预约保洁", "Cleaning booked", "purchase", ""),
               ("tp_arrive", "上门服务", "上门服务", "Cleaner arrived", "service", ""),
               ("tp_survey", "回访问卷", "回访问卷", "Follow-up survey", "loyalty", ""),
               ("tp_package_buy", "购买套餐", "购买套餐", "Package bought", "purchase", ""),
               ("tp_refund", "退款", "退款", "Refund", "service", "")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("clean", "Cleaning", 1, "tp_book", 7), ("clean", "Cleaning", 2, "tp_arrive", 7)])
    customers, events, feedback, orders = [], [], [], []
    for i in range(300):
        cid = f"H{i:04d}"
        tier = rnd.choice([("silver", "银卡"), ("gold", "金牌")])
        customers.append((cid, "2024-12-01", tier[0], tier[1]))
        for k in range(3):
            at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(8, 18))
            sid = f"S{i:04d}-{k}"
            lvl = LEVELS[(i + k) % 3]
            ag = AGENCIES[(i * 7 + k) % 2]
            late = max(0, int(rnd.gauss({"rookie": 9, "senior": 5, "gold": 3}[lvl[0]] + (4 if ag[0] == "brightco" else 0), 3)))
            start = at + timedelta(days=1)
            events.append((f"{sid}-b", cid, at.isoformat(sep=" "), "tp_book", sid, "", "", "", "", "", "",
                           rnd.choice(["ios", "android"]), "", rnd.choice(["app", "web"])))
            kind = KINDS[(i + 2 * k) % 3]
            status = "refunded" if rnd.random() < 0.1 else "paid"
            plan = PLANS[(i + k) % 3] if kind[0] == "package" else ("", "")
            price = float(rnd.randrange(50, 400)) + (300.0 if plan[0] == "standard" else 0.0)
            orders.append((f"O{sid}", cid, at.isoformat(sep=" "), price, status, kind[0], kind[1],
                           rnd.choice(SUPPLIES) if kind[0] == "supplies" else "", plan[0], plan[1]))
            if kind[0] == "package":
                events.append((f"{sid}-p", cid, at.isoformat(sep=" "), "tp_package_buy", sid, "", "", "", "", "", "", "", "",
                               ""))
            if status == "refunded":
                events.append((f"{sid}-r", cid, (at + timedelta(days=3)).isoformat(sep=" "), "tp_refund", sid,
                               "", "", "", "", "", "", "", "", ""))
            events.append((f"{sid}-a", cid, (start + timedelta(minutes=late)).isoformat(sep=" "), "tp_arrive", sid,
                           lvl[0], lvl[1], ag[0], ag[1], start.isoformat(sep=" "), str(late), "",
                           rnd.choice(TOOLS) if rnd.random() < 0.9 else TOOLS[0], ""))
        if rnd.random() < 0.7:
            at = datetime(2025, 1, 10) + timedelta(days=rnd.randrange(350))
            nps = rnd.choice([3, 5, 6, 7, 8, 9, 9, 10, 10, 10])
            feedback.append((f"F{i:04d}", "服务还行" if nps > 6 else "来晚了", at.isoformat(sep=" "), cid, "tp_survey",
                             "survey", "", str(nps), ""))
        city = CITIES[i % 2]
        at = datetime(2024, 2, 1) + timedelta(days=rnd.randrange(665))
        stars = rnd.choice([1, 2, 3, 3, 4]) if city == "北京" else rnd.choice([3, 4, 5, 5, 5])
        dirty = i % 7 == 0 and (city == "北京" or i % 28 == 0)
        text = "地板没拖干净，很失望" if dirty else "打扫得一般" if stars < 4 else "打扫得很干净"
        feedback.append((f"R{i:04d}", text, at.isoformat(sep=" "), cid, "tp_arrive",
                         "app_review", str(1 if dirty else stars), "", city))
        if i % 25 == 0:  # a few reviews of the app itself in the app stores
            feedback.append((f"S{i:04d}", "App老闪退", at.isoformat(sep=" "), cid, "tp_book", "app_store_review", "1", "",
                             city))
        if i % 3 == 0:  # the WeChat survey after each visit rates the visit and, now and then, the booking
            tp = "tp_book" if i % 2 else "tp_arrive"
            stars = rnd.choice([1, 2, 3]) if tp == "tp_book" else rnd.choice([3, 4, 5])
            feedback.append((f"W{i:04d}", "还可以", (at + timedelta(days=2)).isoformat(sep=" "), cid, tp, "wechat_csat",
                             str(stars), "", city))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tier", "会员等级"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "session_id", "cleaner_level",
                                   "保洁师等级", "cleaner_agency", "所属机构", "scheduled_start", "minutes_late", "device",
                                   "设备类型", "channel"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "city"], feedback)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型", "用品",
                                   "plan", "套餐方案"], orders)
    return {"events": events, "feedback": feedback, "orders": orders}


@pytest.fixture(scope="module")
def cleaning(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("heads_and_definitions"), _cleaning) as out:
        yield out


def _late(facts: dict, **where: str) -> list[int]:
    cols = {"cleaner_level": 5, "cleaner_agency": 7}
    return [int(e[10]) for e in facts["events"] if e[3] == "tp_arrive" and e[2][:4] == "2025"
            and all(e[cols[k]] == v for k, v in where.items())]


def test_a_word_after_a_value_and_its_column_word_is_no_grouping(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    late = _late(facts, cleaner_agency="brightco")
    a = ask(service, "How many minutes late were BrightCo agency cleaners on average in 2025 (vs the scheduled start)?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") is None, a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(sum(late) / len(late), abs=0.01), a.answer


@pytest.mark.parametrize("q", ["2025年新手、资深、金牌保洁师谁平均迟到最多？",
                               "新手、资深、金牌三个等级的保洁师，2025年谁上门服务平均迟到得最多？"])
def test_who_ranks_the_values_listed_in_the_column_they_share(cleaning, q) -> None:  # noqa: ANN001
    service, facts = cleaning
    mean = {zh: sum(x) / len(x) for en, zh in LEVELS for x in [_late(facts, cleaner_level=en)]}
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(mean, key=mean.get), a.answer
    assert len(a.tables[0].rows) == 3, a.answer


def _nps_parts(facts: dict) -> tuple[int, int, int]:
    scores = [int(f[7]) for f in facts["feedback"] if f[2][:4] == "2025" and f[7]]
    return sum(s >= 9 for s in scores), sum(s <= 6 for s in scores), len(scores)


@pytest.mark.parametrize("q", ["What was our NPS in 2025? (% promoters 9-10 minus % detractors 0-6)",
                               "2025年的NPS是多少？推荐者（9-10分）占比减去贬损者（0-6分）占比"])
def test_nps_defined_as_a_difference_of_shares_is_a_fraction(cleaning, q) -> None:  # noqa: ANN001
    service, facts = cleaning
    p, d, n = _nps_parts(facts)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx((p - d) / n, abs=1e-6), a.answer


@pytest.mark.parametrize("q", ["2025年的NPS是多少？（推荐者占比减去贬损者占比，按-100到100的分数）",
                               "What was our NPS in 2025?"])
def test_nps_on_its_scale_is_the_index(cleaning, q) -> None:  # noqa: ANN001
    service, facts = cleaning
    p, d, n = _nps_parts(facts)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(100 * (p - d) / n, abs=1e-6), a.answer
    # (the same index as the net fraction of respondents, the way many teams write it: 0.1977 for 19.77)
    assert a.tables[0].rows[0][a.tables[0].columns.index("as_fraction")] == pytest.approx((p - d) / n, abs=1e-6)


def _revenue(facts: dict, month: str, kind: str | None = None) -> float:
    return sum(o[3] for o in facts["orders"] if o[2][:7] == month and o[4] == "paid" and kind in (None, o[5]))


def test_every_kind_listed_after_all_is_part_of_the_whole(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    a = ask(service, "What was total revenue in March 2025? all paid orders incl. visits, packages and supplies")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_revenue(facts, "2025-03"), abs=0.01), a.answer


def test_values_given_as_examples_in_parentheses_slice_nothing(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    a = ask(service, "2025年3月清洁用品（清洁剂、抹布这些）卖了多少钱？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_revenue(facts, "2025-03", "supplies"), abs=0.01), a.answer


@pytest.mark.parametrize("q", ["What do other cleaning companies charge per visit in Shanghai?",
                               "附近其他保洁公司的套餐比我们便宜多少？",
                               "附近家政店的单次保洁比我们贵多少？",
                               "Draft an apology text message to the customers whose cleaner came late."])
def test_other_firms_and_drafting_are_refused(cleaning, q) -> None:  # noqa: ANN001
    service, _facts = cleaning
    a = ask(service, q)
    assert a.status == "unsupported", a.answer
    assert not a.tables, a.answer


@pytest.mark.parametrize("q", ["Why were customers in 北京 less happy than in 上海 in 2025?", "为什么北京的客户不太满意？"])
def test_why_less_happy_looks_at_the_ratings(cleaning, q) -> None:  # noqa: ANN001
    service, facts = cleaning
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls and a.tool_calls[0].args.get("metric_id") == "csat", a.tool_calls
    if "上海" in q:  # two groups named: the two side by side, not a change over time
        stars = {c: [int(f[6]) for f in facts["feedback"] if f[8] == c and f[6] and f[2][:4] == "2025"] for c in CITIES}
        assert a.tool_calls[0].name == "compare_groups", a.tool_calls
        assert a.tables[0].rows[0][1] == pytest.approx(sum(stars["北京"]) / len(stars["北京"]), abs=1e-6), a.answer


def _wechat(facts: dict) -> list[int]:
    return [int(f[6]) for f in facts["feedback"] if f[5] == "wechat_csat" and f[2][:4] == "2025"]


def test_a_platform_word_names_its_survey_channel_and_post_step_slices_nothing(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    stars = _wechat(facts)
    a = ask(service, "What was our average post-visit CSAT in 2025 (the WeChat survey after each clean)?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(stars) / len(stars), abs=0.01), a.answer


def test_the_share_of_low_ratings_is_no_average(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    stars = _wechat(facts)
    a = ask(service, "What share of 2025 WeChat CSAT ratings were negative (1 or 2 stars)?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(x <= 2 for x in stars) / len(stars), abs=1e-6), a.answer


def _stars(facts: dict, start: str, end: str) -> list[int]:
    return [int(f[6]) for f in facts["feedback"] if f[6] and start <= f[2][:10] <= end]


def test_a_low_rating_share_said_as_bad_reviews_counts_every_rating(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    stars = _stars(facts, "2025-01-01", "2025-12-31")
    a = ask(service, "2025年所有评分里，差评（1星或2星）占多少比例？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(x <= 2 for x in stars) / len(stars), abs=1e-6), a.answer


def test_the_same_months_in_another_year(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    stars = _stars(facts, "2024-03-01", "2024-06-30")
    ask(service, "What was the average rating from March to June 2025?", session="same-months")
    a = ask(service, "and for the same months in 2024?", session="same-months")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(stars) / len(stars), abs=0.01), a.answer


def test_the_refunded_share_of_a_kind_sold_is_that_kinds_refund_rate(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    sold = [o for o in facts["orders"] if o[5] == "package" and o[2][:4] == "2025"]
    a = ask(service, "What share of packages bought in 2025 got refunded? per package")
    assert a.status == "ok", a.answer
    want = sum(o[4] == "refunded" for o in sold) / len(sold)
    assert any(x == pytest.approx(want, abs=1e-6) for x in first_numbers(a)), (want, a.answer)


@pytest.mark.parametrize("q", ["Of the customers who booked a cleaning in 2025, what share never had a cleaner arrive?",
                               "2025年预约了保洁但没有上门服务的客户占多少？"])
def test_people_at_a_step_who_never_reached_the_next_are_its_drop_off(cleaning, q) -> None:  # noqa: ANN001
    service, _facts = cleaning
    a = ask(service, q)
    assert a.status == "ok", a.answer
    call = a.tool_calls[0]
    assert call.args.get("metric_id") == "drop_off_rate" and call.args.get("touchpoint_id") == "tp_book", a.tool_calls


def test_which_kind_of_a_thing_is_the_companys_kind_column(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    by: dict[str, int] = {}
    for e in facts["events"]:
        if e[3] == "tp_arrive" and e[2][:4] == "2025":
            by[e[12]] = by.get(e[12], 0) + 1
    a = ask(service, "2025年上门服务用的设备里，哪类设备用得最多？")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(by, key=by.get), a.answer


def test_the_apps_own_reviews_over_its_store_reviews(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    stars = [int(f[6]) for f in facts["feedback"] if f[5] == "app_review" and f[2][:4] == "2025"]
    a = ask(service, "2025年App里的平均评分是多少？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(stars) / len(stars), abs=0.01), a.answer


def test_a_trouble_named_before_the_complaint_word_is_counted_per_group(cleaning) -> None:  # noqa: ANN001
    service, _facts = cleaning
    a = ask(service, "地板没拖干净投诉最多的是哪个城市？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "feedback_count", a.tool_calls
    assert a.tables and a.tables[0].rows[0][0] == "北京", a.answer


def test_values_split_between_twin_columns_are_one_list(cleaning) -> None:  # noqa: ANN001
    service, facts = cleaning
    by: dict[str, float] = {}
    for o in facts["orders"]:
        if o[2][:4] == "2025" and o[4] == "paid" and o[9]:
            by[o[9]] = by.get(o[9], 0.0) + o[3]
    a = ask(service, "2025年基础版、标准版、尊享版哪个套餐方案的收入最高？")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == max(by, key=by.get), a.answer
    assert {r[0] for r in a.tables[0].rows if r[0]} == set(by), a.answer  # (the orders with no plan shown apart)


@pytest.mark.parametrize("q", ["2025年从预约保洁到上门服务，等待时间的中位数是多少小时？",
                               "2025年预约保洁到上门服务的等待时间中位数是多少小时？"])
def test_a_median_time_between_two_steps_is_no_columns_median(cleaning, q) -> None:  # noqa: ANN001
    service, _facts = cleaning
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "median_time_to_convert", a.tool_calls
