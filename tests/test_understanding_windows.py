"""Windows said with a conversion, the channel a measure of comments is taken on, and column words after values
(blind batches of session 29 and the meal-prep batch of session 28):

- "付了首单的用户，有多少比例在首单后60天内就取消了": the conversion from the first box to the cancellation with a
  60-day window said by the asker, not the journey's own (or none, for two steps alone);
- "of those who paused, what share came back (resumed) within 30 days of their first pause": two steps named in
  order are the conversion between them with that window, not a come-back to any activity;
- "最近30天内" is the period, never a window;
- "问卷的NPS（9-10分占比减0-6分占比）": 问卷 also names the diet-quiz step, where no comment was filed, so it is the
  survey channel; "减" alone defines the NPS as a difference of shares, a fraction;
- "增肌套餐的用户呢？" after the survey score: 套餐 is the plan column's word after one of its values, never the
  step 选择套餐 it is an alias of;
- "All paid orders, weekly boxes plus add-ons", "（已支付的周餐盒、加购和礼品卡订单都算）", "（已支付的订单都算：…、私厨定制）":
  kinds listed as parts of the whole slice nothing, a kind the data lacks among them is no unknown word, and no
  guess names words inside the list; the payment step said as "paid" is not the bank transfers its alias names;
- "礼品卡（购买礼品卡和支付订单）": steps in parentheses after a value say what it is made of, no slice;
- "and for people referred by a teacher?" after a funnel split by acquisition channel: the words describe that
  column's teacher_referral, not the customer type teacher;
- "Which shop had the best average app rating": the word after "which" is the grouping, not also the step "Shop
  visit" it is an alias of; "自提取餐和配送哪个带来的收入更多": a step listed beside a value of 取餐方式 whose words
  hold that column's other value (自提) is that value, and 带来 is no unknown word;
- "soles" is no misspelt "sales": a plural of a real word is never fuzzy-matched to another word;
- "(no trials, no gift cards)": kinds listed with "no" are left out;
- "客户的客户类型里，哪一类人最多？教师还是上班族": an alternative that begins exactly one value of the column (上班族白领) is that value;
- "trial classes were booked" with steps "Class booked" and "Trial class booked" (and trial an order kind): the
  word before the step makes the other step's name;
- "按周期算" is per cycle, no weekly grouping; "(by delivery date)" beside "which plan" is the date the period is
  read on, the plan is ranked; "已支付的订单，哪个取餐方式…" ranks the column right after 哪个, not 订单类型 that
  订单 begins; "中位天数" between two steps is the median time between them;
- "哪个城市来的客人最多？按客人常住城市" with 门店城市 on events too: 城市 is the column the question names in full;
- "By what % did paid revenue … change vs …" where paid and changed are also event verbs: paid is the orders'
  status, and one verb left is no comparison of groups; "已付款的订单都算（…），退了款的不算" of revenue: the
  refunded orders left out, never a step filter the orders cannot take;
- "average app rating (1-5 stars)" where events have a stars column: the scale of the rating, no column;
  "说X的反馈有多少条" counts the comments saying it by meaning, not the words as written.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

PLANS = (("weight_loss", "减脂"), ("muscle", "增肌"), ("family", "家庭"))
KINDS = (("weekly_box", "周餐盒"), ("addon", "加购"), ("gift_card", "礼品卡"), ("trial", "试吃"))
SOURCES = ("teacher_referral", "xiaohongshu", "douyin_ads")
TYPES = (("teacher", "教师"), ("office_worker", "上班族白领"))
MODES = (("pickup", "自提"), ("delivery", "配送"))
SHOPS = ("Jing'an", "Xuhui", "Pudong")


def _mealbox(tmp: Path) -> dict[str, object]:
    rnd = random.Random(2929)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_signup", "注册", "注册", "Sign-up", "awareness", ""),
               ("tp_quiz", "饮食测评", "饮食测评", "Diet quiz", "consideration", "测评|问卷|quiz"),
               ("tp_plan", "选择套餐", "选择套餐", "Plan selected", "consideration", "套餐|plan"),
               ("tp_first_box", "首单支付", "首单支付", "First box paid", "purchase", "首单|first box"),
               ("tp_pause", "暂停订阅", "暂停订阅", "Subscription paused", "service", "暂停|pause|paused"),
               ("tp_resume", "恢复订阅", "恢复订阅", "Subscription resumed", "loyalty", "恢复|resume|resumed"),
               ("tp_cancel", "取消订阅", "取消订阅", "Subscription cancelled", "loyalty", "取消|cancel|cancelled"),
               ("tp_rate", "餐盒评价", "餐盒评价", "Box rating", "service", ""),
               ("tp_pay", "支付订单", "支付订单", "Order paid", "purchase", "支付|付款|对公转账|pay|paid"),
               ("tp_gift", "购买礼品卡", "购买礼品卡", "Gift card bought", "purchase", ""),
               ("tp_shop", "到店", "到店", "Shop visit", "service", "shop|到店"),
               ("tp_pickup", "自提取餐", "自提取餐", "Self pickup", "service", ""),
               ("tp_class_book", "预约烹饪课", "预约烹饪课", "Class booked", "consideration", ""),
               ("tp_trial_book", "预约试课", "预约试课", "Trial class booked", "consideration", ""),
               ("tp_refund", "退款到账", "退款到账", "Refund", "service", "退款|退了款")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("onboard", "Onboarding", 1, "tp_signup", 30), ("onboard", "Onboarding", 2, "tp_quiz", 30),
               ("onboard", "Onboarding", 3, "tp_plan", 30), ("onboard", "Onboarding", 4, "tp_first_box", 30),
               ("winback", "Win-back", 1, "tp_pause", 365), ("winback", "Win-back", 2, "tp_resume", 365)])
    customers, events, feedback, orders = [], [], [], []
    for i in range(400):
        cid = f"M{i:04d}"
        plan = PLANS[i % 3]
        kind_of = TYPES[0] if i % 5 < 2 else TYPES[1]
        home = ("上海", "杭州", "杭州", "北京")[i % 4]
        customers.append((cid, "2025-01-01", plan[0], plan[1], SOURCES[i % 3], kind_of[0], kind_of[1], home))
        book = datetime(2025, 1, 4) + timedelta(days=rnd.randrange(360), hours=10)
        events.append((f"{cid}-cb", cid, book.isoformat(sep=" "), "tp_trial_book" if i % 4 == 0 else "tp_class_book",
                       plan[0], plan[1]))
        for k in range(2):
            at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(9, 21))
            kind = KINDS[(i + k) % 4]
            status = "refunded" if rnd.random() < 0.1 else "paid"
            mode = MODES[(i * 3 + k) % 2]
            orders.append((f"O{i:04d}{k}", cid, at.isoformat(sep=" "), float(rnd.randrange(30, 300)), status, kind[0],
                           kind[1], "bank_transfer" if (i + k) % 4 == 0 else "wechat_pay", "对公转账" if (i + k) % 4 == 0
                           else "微信支付", mode[0], mode[1]))
            events.append((f"{cid}-o{k}", cid, at.isoformat(sep=" "), "tp_pay", plan[0], plan[1], "",
                           ("北京", "北京", "上海", "杭州")[(i + k) % 4]))
            if kind[0] == "gift_card":
                events.append((f"{cid}-g{k}", cid, at.isoformat(sep=" "), "tp_gift", plan[0], plan[1]))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=rnd.randrange(8, 20))
        events.append((f"{cid}-s", cid, t.isoformat(sep=" "), "tp_signup", plan[0], plan[1], "", "",
                       ("view", "paid", "changed")[i % 3], str(1 + i % 5)))
        events.append((f"{cid}-q", cid, (t + timedelta(hours=1)).isoformat(sep=" "), "tp_quiz", plan[0], plan[1]))
        events.append((f"{cid}-p", cid, (t + timedelta(hours=2)).isoformat(sep=" "), "tp_plan", plan[0], plan[1]))
        if rnd.random() < 0.8:
            first = t + timedelta(days=1)
            events.append((f"{cid}-f", cid, first.isoformat(sep=" "), "tp_first_box", plan[0], plan[1],
                           (first + timedelta(days=2)).date().isoformat()))
            r = rnd.random()
            if r < 0.5:  # cancelled soon (within 40 days) or late (after 100 days)
                gap = rnd.randrange(3, 40) if r < 0.2 else rnd.randrange(100, 200)
                events.append((f"{cid}-c", cid, (first + timedelta(days=gap)).isoformat(sep=" "), "tp_cancel",
                               plan[0], plan[1]))
            elif r < 0.8:
                pause = first + timedelta(days=rnd.randrange(5, 60))
                events.append((f"{cid}-pa", cid, pause.isoformat(sep=" "), "tp_pause", plan[0], plan[1]))
                if rnd.random() < 0.7:  # back within 20 days or after 50
                    gap = rnd.randrange(2, 20) if rnd.random() < 0.5 else rnd.randrange(50, 120)
                    events.append((f"{cid}-re", cid, (pause + timedelta(days=gap)).isoformat(sep=" "), "tp_resume",
                                   plan[0], plan[1]))
        if rnd.random() < 0.6:
            at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300))
            nps = rnd.choice([2, 5, 6, 7, 8, 9, 9, 10]) + (1 if plan[0] == "muscle" and rnd.random() < 0.5 else 0)
            nps = min(nps, 10)
            feedback.append((f"N{i:04d}", "还不错" if nps > 6 else "菜太少", at.isoformat(sep=" "), cid, "", "survey", "",
                             str(nps), ""))
        if rnd.random() < 0.5:
            at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300))
            stars = rnd.choice([2, 3, 4, 5])
            shop = SHOPS[i % 3]
            stars = min(5, stars + (1 if shop == "Xuhui" and rnd.random() < 0.6 else 0))
            feedback.append((f"R{i:04d}", "好吃" if stars > 3 else "一般", at.isoformat(sep=" "), cid, "tp_rate",
                             "app_review", str(stars), "", shop))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "plan", "套餐", "acquisition_channel",
                                      "customer_type", "客户类型", "常住城市"], customers)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型",
                                   "payment_method", "支付方式", "pickup_mode", "取餐方式"], orders)
    events = [e + ("",) * (10 - len(e)) for e in events]
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "plan", "套餐", "delivery_date",
                                   "门店城市", "action", "stars"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                     "nps", "shop"], feedback)
    return {"events": events, "feedback": feedback, "customers": customers, "orders": orders}


@pytest.fixture(scope="module")
def mealbox(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("windows"), _mealbox) as out:
        yield out


def _within(facts: dict, a: str, b: str, start: str, end: str, days: int) -> tuple[int, int]:
    """(customers whose first `a` fell in [start, end], those of them reaching `b` within `days` after it)."""
    by: dict[str, dict[str, list[str]]] = {}
    for e in facts["events"]:
        by.setdefault(e[1], {}).setdefault(e[3], []).append(e[2])
    base = hit = 0
    for steps in by.values():
        firsts = sorted(x for x in steps.get(a, []) if start <= x[:10] <= end)
        if not firsts:
            continue
        base += 1
        t1 = datetime.fromisoformat(firsts[0])
        hit += any(t1 <= datetime.fromisoformat(x) <= t1 + timedelta(days=days) for x in steps.get(b, []))
    return base, hit


@pytest.mark.parametrize("q", ["2025年上半年付了首单的用户，有多少比例在首单后60天内就取消订阅了？按人算",
                               "Of the customers who paid their first box in H1 2025, what share cancelled within 60 days "
                               "of that first box?"])
def test_a_window_said_with_a_conversion_is_its_window(mealbox, q) -> None:  # noqa: ANN001
    service, facts = mealbox
    base, hit = _within(facts, "tp_first_box", "tp_cancel", "2025-01-01", "2025-06-30", 60)
    _, ever = _within(facts, "tp_first_box", "tp_cancel", "2025-01-01", "2025-06-30", 3650)
    assert hit != ever  # the window changes the answer
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(hit / base, abs=1e-4), a.answer
    assert "60" in " ".join(a.assumptions), a.assumptions


def test_came_back_to_a_named_step_within_days_is_that_conversion(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    base, hit = _within(facts, "tp_pause", "tp_resume", "2025-01-01", "2025-12-31", 30)
    a = ask(service, "Of the subscribers who paused in 2025, what share came back (resumed) within 30 days of their "
                     "first pause?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name != "day_retention", a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(hit / base, abs=1e-4), a.answer


def test_the_last_days_said_are_the_period_not_a_window(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = service.answer("最近30天内从暂停订阅到恢复订阅的转化率是多少？", as_of=datetime(2025, 10, 31).date())
    assert a.status == "ok", a.answer
    assert "~" not in str(a.tool_calls[0].args.get("journey_id")), a.tool_calls
    assert a.tool_calls[0].args.get("start") == "2025-10-02", a.tool_calls


def _scores(facts: dict, plan: str | None = None) -> list[int]:
    plans = {c[0]: c[2] for c in facts["customers"]}
    return [int(f[7]) for f in facts["feedback"] if f[5] == "survey" and f[2][:4] == "2025"
            and plan in (None, plans[f[3]])]


def test_a_channel_word_that_is_also_a_step_alias_names_the_channel(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    s = _scores(facts)
    want = (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s)
    a = ask(service, "2025年问卷的NPS是多少？（推荐者9-10分占比减贬损者0-6分占比）")
    assert a.status == "ok", a.answer
    assert "touchpoint" not in a.tool_calls[0].args.get("filters", {}), a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(want, abs=1e-6), a.answer


def test_a_column_word_after_its_value_is_no_step(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    s = _scores(facts, "muscle")
    a = ask(service, "What was the average 0-10 likelihood-to-recommend score in our 2025 surveys?", session="w1")
    assert a.status == "ok", a.answer
    b = ask(service, "增肌套餐的用户呢？", session="w1")
    assert b.status == "ok", b.answer
    assert "touchpoint" not in b.tool_calls[0].args.get("filters", {}), b.tool_calls
    assert first_numbers(b)[0] == pytest.approx(sum(s) / len(s), abs=0.01), b.answer


def _revenue(facts: dict, start: str, end: str, kind: str | None = None) -> float:
    return sum(o[3] for o in facts["orders"] if start <= o[2][:10] <= end and o[4] == "paid" and kind in (None, o[5]))


@pytest.mark.parametrize("q", ["What was total revenue in Q2 2025? All paid orders, weekly boxes plus add-ons.",
                               "2025年第二季度总营收多少？（已支付的周餐盒、加购和礼品卡订单都算）",
                               "2025年第二季度总收入多少？（已支付的订单都算：周餐盒、加购、礼品卡、私厨定制）"])
def test_kinds_listed_as_parts_of_the_whole_slice_nothing(mealbox, q) -> None:  # noqa: ANN001
    service, facts = mealbox
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert not {k for k in a.tool_calls[0].args.get("filters", {}) if k != "order_status"}, a.tool_calls
    assert first_numbers(a)[0] == pytest.approx(_revenue(facts, "2025-04-01", "2025-06-30"), abs=0.01), a.answer


def test_steps_in_parentheses_after_a_value_say_what_it_is(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    a = ask(service, "2025年礼品卡（购买礼品卡和支付订单）一共收了多少钱？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_revenue(facts, "2025-01-01", "2025-12-31", "gift_card"), abs=0.01), \
        a.answer


def test_words_describing_a_value_of_the_last_grouping_name_it(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "Which acquisition channel converts worst in the 2025 onboarding funnel? split by acquisition "
                     "channel", session="w2")
    assert a.status == "ok", a.answer
    b = ask(service, "and for people referred by a teacher, what's that conversion?", session="w2")
    assert b.status == "ok", b.answer
    assert b.tool_calls[0].args.get("filters") == {"acquisition_channel": ["teacher_referral"]}, b.tool_calls


def test_spend_per_paying_customer_defined_as_a_ratio(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    paid = [o for o in facts["orders"] if o[4] == "paid" and o[2][:4] == "2025"]
    a = ask(service, "2025年平均每个付过钱的用户花了多少？（所有已支付订单 ÷ 有付款的用户人数）")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(o[3] for o in paid) / len({o[1] for o in paid}), abs=0.01), \
        a.answer


def test_an_average_score_of_surveys_with_no_measure_named(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    s = _scores(facts)
    a = ask(service, "What was the average 0-10 score in our 2025 post-delivery surveys?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(s) / len(s), abs=0.01), a.answer


def test_the_word_after_which_groups_and_keeps_no_step(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    by: dict[str, list[int]] = {}
    for f in facts["feedback"]:
        if f[5] == "app_review" and f[2][:4] == "2025":
            by.setdefault(f[8], []).append(int(f[6]))
    mean = {k: sum(v) / len(v) for k, v in by.items()}
    a = ask(service, "Which shop had the best average app rating in 2025?")
    assert a.status == "ok", a.answer
    assert "touchpoint" not in a.tool_calls[0].args.get("filters", {}), a.tool_calls
    assert a.tables[0].rows[0][0] == max(mean, key=mean.get), a.answer


def test_a_step_listed_beside_a_value_is_that_columns_other_value(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    money = {zh: sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[9] == en and o[2][:4] == "2025")
             for en, zh in MODES}
    a = ask(service, "2025年自提取餐和配送哪个带来的收入更多？")
    assert a.status == "ok", a.answer
    got = {str(r[0]): r[1] for r in a.tables[0].rows}
    assert got.get("自提") == pytest.approx(money["自提"]) and got.get("配送") == pytest.approx(money["配送"]), a.answer


def test_a_plural_of_a_real_word_is_no_misspelt_measure(mealbox) -> None:  # noqa: ANN001
    from assistant.planner.linker import link
    service, _ = mealbox
    found = link("Which shop gets the most complaints about soles peeling off?", service.knowledge().catalog, [])
    assert ("metric", "revenue") not in {(m.kind, m.id) for m in found}, found


def test_kinds_listed_with_no_are_left_out(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    want = sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2][:4] == "2025" and o[5] in ("weekly_box", "addon"))
    a = ask(service, "What was revenue from paid orders in 2025 (no trials, no gift cards)?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want, abs=0.01), a.answer


def test_an_alternative_that_begins_one_value_is_that_value(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    a = ask(service, "客户的客户类型里，哪一类人最多？教师还是上班族？")
    assert a.status == "ok", a.answer
    n = sum(1 for c in facts["customers"] if c[5] == "office_worker")
    assert str(a.tables[0].rows[0][0]) == "上班族白领" and n in first_numbers(a), a.answer


def test_a_word_before_a_step_that_makes_another_steps_name(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    want = sum(1 for e in facts["events"] if e[3] == "tp_trial_book" and e[2][:4] == "2025")
    a = ask(service, "How many trial classes were booked in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == want, a.answer


def test_per_cycle_is_no_weekly_grouping(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "2025年哪个套餐的首单支付最多？按周期算")
    assert a.status != "ok" or a.tool_calls[0].args.get("dimension") != "week", a.tool_calls


def test_a_date_said_beside_which_is_the_periods_basis(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "For first boxes in H1 2025 (by delivery date), which plan had the most first boxes paid?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") in ("plan", "套餐"), a.tool_calls


def test_the_column_right_after_which_is_ranked(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "2025年已支付的订单，哪个取餐方式的收入最高？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") in ("pickup_mode", "取餐方式"), a.tool_calls


def test_median_days_between_two_steps(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "2025年从暂停订阅到恢复订阅的中位天数是多少？")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("metric_id") == "median_time_to_convert", a.tool_calls


def test_a_generic_word_is_the_column_named_in_full(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "除了上海，哪个城市来的客人最多？按客人常住城市")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("dimension") == "常住城市", a.tool_calls
    assert str(a.tables[0].rows[0][0]) == "杭州", a.answer


def test_paid_revenue_change_between_periods(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    now, before = _revenue(facts, "2025-07-01", "2025-12-31"), _revenue(facts, "2025-01-01", "2025-06-30")
    a = ask(service, "By what % did paid revenue in H2 2025 change vs H1 2025?")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "compare_periods", a.tool_calls
    assert now in [pytest.approx(v, abs=0.01) for v in first_numbers(a)], (now, before, a.answer)


def test_refunded_orders_left_out_of_revenue(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    a = ask(service, "2025年第三季度总营收多少？已付款的订单都算（周餐盒、加购、礼品卡），退了款的不算")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_revenue(facts, "2025-07-01", "2025-09-30"), abs=0.01), a.answer


def test_a_rating_scale_in_parentheses_names_no_column(mealbox) -> None:  # noqa: ANN001
    service, facts = mealbox
    stars = [int(f[6]) for f in facts["feedback"] if f[5] == "app_review" and f[2][:4] == "2025"]
    a = ask(service, "What was the average app rating (1-5 stars) across 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(stars) / len(stars), abs=0.01), a.answer


def test_comments_saying_something_are_matched_by_meaning(mealbox) -> None:  # noqa: ANN001
    service, _ = mealbox
    a = ask(service, "说菜太少的反馈一共有多少条？全部数据都算")
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].args.get("match") != "words", a.tool_calls
