"""Outcomes and kinds said in the asker's words (causes seen in session 36's blind batches: an exam board, a smart-lock
maker, a fleet-maintenance SaaS, a property manager, a used-phone trade-in platform):

- "what share of proctoring launch attempts failed" where the step records its failures as launch_failed while other
  steps record the catalogue's own fail, and carries an attempt_no column ("attempts" are the tries counted, no
  grouping by the try's number);
- "work orders opened last week" where the work order's step records them as created (another step records opened);
- "from the repair request to the technician arriving": an action only one step records (arrived) names that step;
- "质检降级率" where the inspection step records downgraded / as_described in English;
- "Care+" of care_plus, "QuickFix" of "QuickFix (outsourced)", "改期手续费" of the fee type 改期费.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
import statistics
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

TEAMS = ["QuickFix (outsourced)", "North Team"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3701)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_exam", "Exam sitting", "考试作答", "Exam sitting", "purchase", "考试|exam"),
               ("tp_proctor", "Online proctoring launch", "线上监考入场", "Online proctoring launch", "purchase",
                "线上监考|online proctoring|proctoring"),
               ("tp_ticket", "Support ticket", "客服工单", "Support ticket", "service", "工单|ticket|tickets"),
               ("tp_work_order", "Work order", "维修工单", "Work order", "service",
                "维修工单|work order|work orders|maintenance work order"),
               ("tp_request", "Repair request", "报修", "Repair request", "service", "报修|repair request"),
               ("tp_visit", "Technician visit", "师傅上门", "Technician visit", "service", "上门|technician visit"),
               ("tp_inspection", "Inspection", "质检", "Inspection", "service", "质检|inspection"),
               ("tp_submit", "Application submitted", "材料提交", "Application submitted", "purchase", "提交|submit"),
               ("tp_review", "Pre-review", "预审", "Pre-review", "purchase", "预审|pre-review"),
               ("tp_id_check", "Identity check", "身份核验", "Identity check", "purchase", "身份核验|identity check"),
               ("tp_weekly", "Weekly activity", "周出车", "Weekly activity", "loyalty", "周出车|weekly activity"),
               ("tp_return", "Car return and deposit refund", "退车退押金", "Car return and deposit refund", "service",
                "退车|退押金|car return")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("apply", "Application", 1, "tp_submit", 30), ("apply", "Application", 2, "tp_review", 30)])
    events: list[tuple] = []
    customers: list[tuple] = []
    orders: list[tuple] = []
    f: dict[str, object] = {"launch_apr": 0, "launch_failed_apr": 0, "wo_week": 0, "quickfix_hours": [],
                            "downgraded": Counter(), "inspected": Counter(), "care_plus_2025": 0.0,
                            "reschedule_fee_2025": 0.0, "r1": 0, "r1_passed": 0, "id_checks": 0, "id_failed": 0,
                            "active_jun": set(), "deposit_at": Counter()}
    feedback: list[tuple] = []
    n = 0

    def ev(cid: str, at: datetime, tp: str, action: str, **extra: object) -> None:
        nonlocal n
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), tp, action, extra.get("attempt_no", ""),
                       extra.get("team", ""), extra.get("warehouse", ""), extra.get("review_round", "")))

    for i in range(700):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(480), hours=rnd.randrange(24))
        # an exam: proctoring launch attempts (launch_failed / launched), the sitting passes or fails
        if rnd.random() < 0.6:
            for k in range(1, 4):
                failed = rnd.random() < 0.3
                ev(cid, at + timedelta(minutes=k), "tp_proctor", "launch_failed" if failed else "launched", attempt_no=k)
                if at.year == 2026 and at.month == 4:
                    f["launch_apr"] += 1
                    f["launch_failed_apr"] += failed
                if not failed:
                    break
            ev(cid, at + timedelta(hours=2), "tp_exam", rnd.choice(["pass", "fail"]))
        # support tickets are opened; maintenance work orders are created
        if rnd.random() < 0.3:
            ev(cid, at + timedelta(days=1), "tp_ticket", "opened")
        for k in range(rnd.randrange(3)):
            t = at + timedelta(days=3 + k * 9)
            ev(cid, t, "tp_work_order", "created")
            f["wo_week"] += datetime(2025, 6, 2) <= t < datetime(2025, 6, 9)
        # a repair request, then the technician arrives
        if rnd.random() < 0.5:
            team = rnd.choice(TEAMS)
            t0 = at + timedelta(days=2)
            hours = rnd.randrange(2, 60)
            ev(cid, t0, "tp_request", "submitted")
            ev(cid, t0 + timedelta(hours=hours), "tp_visit", "arrived", team=team)
            if team.startswith("QuickFix") and t0.year == 2025 and t0.month >= 7:
                f["quickfix_hours"].append(hours)
        # a phone inspected at one of two warehouses
        if rnd.random() < 0.5:
            wh = rnd.choice(["深圳仓", "上海仓"])
            down = rnd.random() < (0.6 if wh == "深圳仓" else 0.2)
            t = at + timedelta(days=5)
            ev(cid, t, "tp_inspection", "downgraded" if down else "as_described", warehouse=wh)
            if t.year == 2025:
                f["inspected"][wh] += 1
                f["downgraded"][wh] += down
        # an application reviewed in rounds (passed / returned), and identity checks (身份证 + face) that pass or fail
        if rnd.random() < 0.5:
            t = at + timedelta(days=1)
            ev(cid, t, "tp_submit", "submitted")
            for r in range(1, 4):
                ok = rnd.random() < (0.55 if r == 1 else 0.8)
                ev(cid, t + timedelta(days=r), "tp_review", "passed" if ok else "returned", review_round=r)
                if r == 1 and (t + timedelta(days=r)).year == 2025:
                    f["r1"] += 1
                    f["r1_passed"] += ok
                if ok:
                    break
        if rnd.random() < 0.5:
            t = at + timedelta(hours=3)
            failed = rnd.random() < 0.25
            ev(cid, t, "tp_id_check", "fail" if failed else "pass")
            if t.year == 2025 and t.month == 3:
                f["id_checks"] += 1
                f["id_failed"] += failed
        # weekly activity records; car returns, where deposit complaints gather
        for k in range(rnd.randrange(0, 6)):
            t = datetime(2025, 5, 5) + timedelta(weeks=rnd.randrange(10), days=rnd.randrange(3))
            ev(cid, t, "tp_weekly", "active")
            if t.month == 6:
                f["active_jun"].add(cid)
        if rnd.random() < 0.4:
            t = at + timedelta(days=8)
            ev(cid, t, "tp_return", "returned")
            tp = rnd.choices(["tp_return", "tp_weekly", "tp_ticket"], [6, 1, 1])[0]
            text = rnd.choice(["押金一个月了还没退回来，太慢了。", "退车后押金迟迟不退，打客服也没用。",
                               "deposit still not refunded after weeks, terrible."])
            feedback.append((f"F{len(feedback):05d}", cid, t.isoformat(sep=" "), tp, text, 1))
            f["deposit_at"][tp] += 1
        if rnd.random() < 0.5:
            feedback.append((f"F{len(feedback):05d}", cid, (at + timedelta(days=9)).isoformat(sep=" "), "tp_weekly",
                             rnd.choice(["派单太少了，一天跑不了几单。", "平台抽成太高，不满意。", "dispatch is slow at night."]), 2))
        if rnd.random() < 0.4:  # the survey waves' NPS answers
            wave = rnd.choice(["2025Q2", "2025Q3"])
            score = rnd.randrange(11) if wave == "2025Q2" else rnd.choice([3, 6, 8, 9, 10, 10])
            feedback.append((f"F{len(feedback):05d}", cid, f"2025-{'05' if wave == '2025Q2' else '08'}-15 10:00:00",
                             "tp_weekly", "还行", None, score, wave))
            f.setdefault("nps", {}).setdefault(wave, []).append(score)
        # orders: locks, Care+ plans, and exam fees of several kinds
        for k in range(rnd.randrange(1, 3)):
            kind = rnd.choice(["lock", "care_plus", "exam_fee"])
            fee = rnd.choice(["考试费", "改期费"]) if kind == "exam_fee" else ""
            amount = {"lock": 2999.0, "care_plus": 199.0, "exam_fee": 300.0 if fee == "改期费" else 2600.0}[kind]
            t = at + timedelta(days=k * 30)
            orders.append((f"O{i:04d}{k}", cid, t.isoformat(sep=" "), amount, "paid", kind, fee))
            if t.year == 2025:
                f["care_plus_2025"] += amount if kind == "care_plus" else 0.0
                f["reschedule_fee_2025"] += amount if fee == "改期费" else 0.0
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "attempt_no", "team",
                                   "warehouse", "review_round"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating", "nps",
                                     "survey_wave"], [(*r, "", "")[:8] if len(r) == 6 else r for r in feedback])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "费用类型"], orders)
    return f


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("step_outcomes"), _company) as out:
        yield out


def _close(values: list, want: float, tol: float = 0.0015) -> bool:
    return any(abs(v - want) <= tol for v in values)


@pytest.mark.parametrize("q", ["What share of online proctoring launch attempts failed in April 2026?",
                               "2026年4月线上监考入场失败的比例是多少？"])
def test_a_failure_is_read_as_the_named_step_records_it(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    share = facts["launch_failed_apr"] / facts["launch_apr"]
    assert _close(first_numbers(a), share), (share, a.answer, a.tables[0].rows)
    assert "attempt_no" not in a.tables[0].columns, a.tables[0].columns  # the tries counted, no grouping


def test_a_record_opened_is_the_step_whose_records_are_created(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many maintenance work orders were opened in the week of June 2, 2025?")
    assert a.status == "ok", a.answer
    assert facts["wo_week"] in first_numbers(a), (facts["wo_week"], a.answer)


def test_an_action_one_step_records_names_that_step_as_the_end_of_a_time(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "For QuickFix jobs in H2 2025, what was the median time from the repair request to the "
                     "technician arriving, in hours?")
    assert a.status == "ok", a.answer
    want = statistics.median(facts["quickfix_hours"])
    row = a.tables[0].rows[0]
    hours = row[a.tables[0].columns.index("hours")]
    assert abs(hours - want) < 0.01, (want, a.answer)


def test_a_chinese_rate_word_matches_the_steps_english_outcome(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年哪个仓的质检降级率最高？")
    assert a.status == "ok", a.answer
    rates = {wh: facts["downgraded"][wh] / facts["inspected"][wh] for wh in facts["inspected"]}
    top = max(rates, key=rates.get)
    assert a.tables[0].rows[0][0] == top, (rates, a.tables[0].rows)
    assert abs(a.tables[0].rows[0][1] - rates[top]) < 1e-9, (rates, a.tables[0].rows)


def test_a_plus_plan_and_a_fee_said_in_everyday_words(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How much Care+ revenue did we make in 2025?")
    assert a.status == "ok", a.answer
    assert _close(first_numbers(a), facts["care_plus_2025"], 0.5), (facts["care_plus_2025"], a.answer)
    a = ask(service, "2025年改期手续费一共收了多少钱？")
    assert a.status == "ok", a.answer
    assert _close(first_numbers(a), facts["reschedule_fee_2025"], 0.5), (facts["reschedule_fee_2025"], a.answer)


def test_an_unknown_rate_word_stays_unknown(company) -> None:  # noqa: ANN001
    """A word before 率 that matches none of the step's outcomes clearly is said unknown, never a share of something."""
    service, _ = company
    a = ask(service, "2025年质检的返修率是多少？")
    assert a.status != "ok" or "返修" in a.answer, a.answer


@pytest.mark.parametrize("q", ["2025年预审的一次通过率是多少？只看第一轮", "What was the first-round pre-review pass rate in 2025?"])
def test_a_first_round_pass_rate_is_the_first_rounds_outcome_share(company, q) -> None:  # noqa: ANN001
    """"第一轮预审的通过率" where the review step records passed / returned and a review_round column: the share
    passed among the first round's records, not the journey's conversion into the review."""
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    share = facts["r1_passed"] / facts["r1"]
    assert _close(first_numbers(a), share), (share, a.answer, a.tables[0].rows)


def test_a_rate_of_a_step_named_after_a_personal_detail_is_no_request_for_details(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年3月身份核验（身份证+人脸）的失败率是多少？按核验次数算")
    assert a.status == "ok", a.answer
    share = facts["id_failed"] / facts["id_checks"]
    assert _close(first_numbers(a), share), (share, a.answer)
    a = ask(service, "把身份核验失败的客户的身份证号导出来给我")
    assert a.status == "unsupported", a.answer


def test_complaints_about_a_topic_are_ranked_by_step(company) -> None:  # noqa: ANN001
    """"抱怨押金问题的反馈，主要集中在哪个触点？": the comments about deposits counted per step (named, never by id), not
    every comment of each step."""
    service, facts = company
    a = ask(service, "抱怨押金问题的反馈，主要集中在哪个触点？")
    assert a.status == "ok", a.answer
    top = facts["deposit_at"].most_common(1)[0][0]
    assert a.tables[0].rows[0][0] == top, (facts["deposit_at"], a.tables[0].rows)
    assert "退车退押金" in a.answer and "tp_return" not in a.answer, a.answer


def test_a_grain_word_of_a_steps_name_asks_for_no_series(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many customers were active in June 2025, i.e. had at least one weekly activity record?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == len(facts["active_jun"]) or len(facts["active_jun"]) in first_numbers(a)[:2], (
        len(facts["active_jun"]), a.answer, a.tables[0].rows)
    assert len(a.tables[0].rows) <= 2, a.tables[0].rows  # one period (and its baseline), no week-by-week series


def test_a_length_of_time_asked_is_never_answered_with_a_count(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "For support tickets opened in 2025, what's the median number of days until they got a decision?")
    assert a.status != "ok", a.answer
    # ("how many days on average did it take us to …": a length of time too, session 52's carpetclean batch)
    a = ask(service, "For support tickets opened in 2025, how many days on average did it take us to settle them?")
    assert a.status != "ok", a.answer


def _company_own_words(tmp: Path) -> dict[str, object]:
    """Steps that record their outcomes in their own words (failed, confirmed, rescinded): no step records the
    layer's own success / fail."""
    rnd = random.Random(3702)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_import", "Data import", "数据导入", "Data import", "purchase", "数据导入|data import|import"),
               ("tp_booking", "Stay booking", "预订住宿", "Stay booking", "purchase", "预订|stay booking|booking"),
               ("tp_contract", "Contract signed", "签约", "Contract signed", "purchase", "签约|contract|contracts"),
               ("tp_rescission", "Rescission", "撤销合同", "Rescission", "service", "撤销|rescission"),
               ("tp_delivery", "Delivery", "配送安装", "Delivery", "service", "配送|上门配送|delivery|deliveries"),
               ("tp_efile", "E-file", "电子申报", "E-file", "purchase", "申报|e-file"),
               ("tp_membership", "Membership", "会员开通", "Membership", "loyalty", "会员开通|membership")])
    events: list[tuple] = []
    extra: dict[int, dict[str, object]] = {}
    f: dict[str, object] = {"import_failed_mar": 0, "bookings_feb": 0, "confirmed_feb": 0,
                            "signed": Counter(), "rescinded": Counter()}
    for i in range(900):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(420), hours=rnd.randrange(20))
        for k in range(rnd.randrange(1, 4)):
            t = at + timedelta(minutes=k * 7)
            act = rnd.choices(["success", "failed", "skipped"], [6, 3, 1])[0]
            events.append((f"E{len(events):06d}", cid, t.isoformat(sep=" "), "tp_import", act, ""))
            f["import_failed_mar"] += act == "failed" and (t.year, t.month) == (2025, 3)
        for k in range(rnd.randrange(0, 3)):
            t = at + timedelta(days=3 + k)
            act = "confirmed" if rnd.random() < 0.7 else "failed"
            events.append((f"E{len(events):06d}", cid, t.isoformat(sep=" "), "tp_booking", act, ""))
            if (t.year, t.month) == (2025, 2):
                f["bookings_feb"] += 1
                f["confirmed_feb"] += act == "confirmed"
        if rnd.random() < 0.4:
            rep = rnd.choice(["Brad", "Alice", "Chen"])
            t = at + timedelta(days=10)
            events.append((f"E{len(events):06d}", cid, t.isoformat(sep=" "), "tp_contract", "signed", rep))
            gone = rnd.random() < (0.4 if rep == "Brad" else 0.1)
            if gone:
                events.append((f"E{len(events):06d}", cid, (t + timedelta(days=3)).isoformat(sep=" "), "tp_rescission",
                               "rescinded", rep))
            if t.year == 2025 and (t + timedelta(days=3)).year == 2025:
                f["signed"][rep] += 1
                f["rescinded"][rep] += gone
        # deliveries tried up to three times (attempt_no), the first try failing more in September
        t = at + timedelta(days=12)
        for k in range(1, 4):
            failed = rnd.random() < (0.35 if t.month == 9 and k == 1 else 0.1)
            extra[len(events)] = {"attempt_no": k}
            events.append((f"E{len(events):06d}", cid, (t + timedelta(days=k)).isoformat(sep=" "), "tp_delivery",
                           "failed" if failed else "delivered", ""))
            if (t + timedelta(days=k)).year == 2025 and (t + timedelta(days=k)).month == 9:
                f.setdefault("sep_first", [0, 0])
                f.setdefault("sep_all", [0, 0])
                f["sep_all"][0] += 1
                f["sep_all"][1] += failed
                if k == 1:
                    f["sep_first"][0] += 1
                    f["sep_first"][1] += failed
            if not failed:
                break
        # e-files rejected by an authority with a reject code
        if rnd.random() < 0.5:
            code = rnd.choices(["R-01", "R-02", "R-03"], [5, 2, 1])[0] if rnd.random() < 0.3 else ""
            extra[len(events)] = {"authority": "IRS", "reject_code": code}
            events.append((f"E{len(events):06d}", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_efile",
                           "rejected" if code else "accepted", ""))
            if code:
                f.setdefault("codes", Counter())[code] += 1
    for i in range(0, 900, 2):  # members opening a silver or gold card
        tier = rnd.choice(["silver", "gold", "gold"])
        extra[len(events)] = {"tier": tier, "会员等级": {"silver": "银卡", "gold": "金卡"}[tier]}
        t = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300))
        events.append((f"E{len(events):06d}", f"C{i:04d}", t.isoformat(sep=" "), "tp_membership", "opened", ""))
        f.setdefault("tiers", Counter())[tier] += 1
    orders = []
    for i in range(900):
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360))
        status = rnd.choices(["paid", "cancelled"], [4, 1])[0]
        amount = float(rnd.randrange(100, 900))
        orders.append((f"O{i:05d}", f"C{i:04d}", t.isoformat(sep=" "), amount, status, "instalment_fee"))
        f["fees_kept"] = f.get("fees_kept", 0.0) + (amount if status != "cancelled" else 0.0)
    for i in range(400):  # interest and penalty interest, with the fee type's Chinese twin
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360))
        kind = rnd.choice(["interest", "interest", "penalty_interest"])
        amount = float(rnd.randrange(50, 400))
        orders.append((f"I{i:05d}", f"C{i:04d}", t.isoformat(sep=" "), amount, "paid", kind))
        f.setdefault("kinds_2025", Counter())[kind] += amount
    zh = {"instalment_fee": "分期手续费", "interest": "利息", "penalty_interest": "罚息"}
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "fee_type", "费用类型"],
              [(*o, zh[o[5]]) for o in orders])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{i:04d}", "2025-01-01 00:00:00") for i in range(900)])
    cols = ("attempt_no", "authority", "reject_code", "tier", "会员等级")
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "sales_rep", *cols],
              [(*e, *(extra.get(n, {}).get(c, "") for c in cols)) for n, e in enumerate(events)])
    return f


@pytest.fixture(scope="module")
def own_words(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("own_words"), _company_own_words) as out:
        yield out


def test_the_layers_failure_word_names_the_datas_failed(own_words) -> None:  # noqa: ANN001
    """"数据导入失败了多少次" where the import records failed (no step records fail): the failed imports, never all."""
    service, facts = own_words
    a = ask(service, "2025年3月数据导入失败了多少次？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == facts["import_failed_mar"], (facts["import_failed_mar"], a.answer)


def test_a_success_rate_of_a_step_recording_its_own_outcomes(own_words) -> None:  # noqa: ANN001
    service, facts = own_words
    a = ask(service, "What was the stay booking success rate in February 2025? Per booking attempt, failed ones included.")
    assert a.status == "ok", a.answer
    share = facts["confirmed_feb"] / facts["bookings_feb"]
    assert _close(first_numbers(a), share), (share, a.answer, a.tables[0].rows)


def test_a_failure_rate_of_no_step_is_asked_back_when_several_steps_fail(own_words) -> None:  # noqa: ANN001
    service, _ = own_words
    a = ask(service, "失败率是多少？")
    assert a.status == "clarify", a.answer
    a = ask(service, "What's our failure rate?")
    assert a.status == "clarify", a.answer


def test_a_steps_rate_on_another_step_is_the_one_over_the_other(own_words) -> None:  # noqa: ANN001
    service, facts = own_words
    a = ask(service, "Which sales rep had the highest rescission rate on contracts signed in 2025?")
    assert a.status == "ok", a.answer
    rates = {r: facts["rescinded"][r] / facts["signed"][r] for r in facts["signed"]}
    assert a.tables[0].rows[0][0] == max(rates, key=rates.get), (rates, a.tables[0].rows)


@pytest.mark.parametrize("q,key", [("2025年9月第一次上门配送就失败的比例是多少？只看首次配送", "sep_first"),
                                   ("What share of delivery attempts failed in September 2025? Count every attempt.", "sep_all")])
def test_first_tries_and_every_try_of_a_step(own_words, q, key) -> None:  # noqa: ANN001
    """"第一次上门配送就失败": the first tries only (attempt_no = 1); "count every attempt": all tries, no grouping by the
    try's number."""
    service, facts = own_words
    a = ask(service, q)
    assert a.status == "ok", a.answer
    n, failed = facts[key]
    assert _close(first_numbers(a), failed / n), (failed / n, a.answer, a.tables[0].rows)
    assert "attempt_no" not in a.tables[0].columns, a.tables[0].columns


def test_the_most_common_code_beside_another_columns_value(own_words) -> None:  # noqa: ANN001
    """"the most common IRS reject code": IRS is an authority, the reject codes are ranked (not one total)."""
    service, facts = own_words
    a = ask(service, "What's the most common IRS reject code across all our data?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["codes"].most_common(1)[0][0], (facts["codes"], a.tables[0].rows)


def test_not_the_ones_cancelled_leaves_them_out(own_words) -> None:  # noqa: ANN001
    """"Only plans that stuck, not the ones cancelled in the cooling-off period": every order but the cancelled ones,
    never the cancelled ones alone."""
    service, facts = own_words
    a = ask(service, "How much instalment fee income did we make in 2025? Only plans that stuck, not the ones "
                     "cancelled in the cooling-off period.")
    assert a.status == "ok", a.answer
    assert _close(first_numbers(a), facts["fees_kept"], 0.5), (facts["fees_kept"], a.answer)


def test_nps_per_group_is_also_a_fraction(company) -> None:  # noqa: ANN001
    """"NPS by survey wave": each wave's index, and beside it the net fraction of its respondents."""
    service, facts = company
    a = ask(service, "What was the NPS by survey wave in 2025?")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    for row in t.rows:
        scores = facts["nps"][row[0]]
        net = (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
        assert row[t.columns.index("as_fraction")] == pytest.approx(net, abs=1e-6), (row, net)


def test_two_groups_named_in_one_language_are_compared_on_the_twin_column(own_words) -> None:  # noqa: ANN001
    """"2025年开通银卡和金卡会员的人数对比" where tier holds silver / gold and its twin 会员等级 银卡 / 金卡: the two groups
    are found whichever of the twins the answer groups by (it had failed with an error: no rows for silver, gold)."""
    service, facts = own_words
    a = ask(service, "2025年开通会员的人里，银卡和金卡各有多少人？对比一下")
    assert a.status == "ok", a.answer
    got = {str(r[0]): r[1] for r in a.tables[0].rows}
    assert sorted(got.values()) == sorted(facts["tiers"].values()), (facts["tiers"], a.tables[0].rows)


def test_two_values_in_a_defining_parenthesis_are_both_counted(own_words) -> None:  # noqa: ANN001
    """"2025年开通会员（银卡或金卡）的有多少人？": both kinds counted, one number — no comparison of the two."""
    service, facts = own_words
    a = ask(service, "2025年开通会员（银卡或金卡）的有多少人？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == sum(facts["tiers"].values()), (facts["tiers"], a.answer)


@pytest.mark.parametrize("q", ["2025年全年收到的利息一共多少？", "How much interest did we collect in 2025?"])
def test_money_of_a_kind_received_is_its_amount(own_words, q) -> None:  # noqa: ANN001
    """"收到的利息一共多少", "how much interest did we collect": the interest's amount (not a count of its orders, not
    the penalty interest)."""
    service, facts = own_words
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _close(first_numbers(a), facts["kinds_2025"]["interest"], 0.5), (facts["kinds_2025"], a.answer)


def test_after_a_question_back_a_pick_answers_it_and_a_whole_question_starts_fresh(own_words) -> None:  # noqa: ANN001
    """"失败率是多少？" is asked back (which step?); "数据导入" picks the import step; a whole question of its own that
    names a step ("What share of delivery attempts failed in September 2025? Count every attempt.") is answered as
    itself, not read as a pick (it had been refused)."""
    service, facts = own_words
    a = ask(service, "失败率是多少？", session="s-pick")
    assert a.status == "clarify", a.answer
    a = ask(service, "数据导入", session="s-pick")
    assert a.status == "ok", a.answer
    a = ask(service, "失败率是多少？", session="s-fresh")
    assert a.status == "clarify", a.answer
    a = ask(service, "What share of delivery attempts failed in September 2025? Count every attempt.", session="s-fresh")
    assert a.status == "ok", a.answer
    n, failed = facts["sep_all"]
    assert _close(first_numbers(a), failed / n), (failed / n, a.answer)
