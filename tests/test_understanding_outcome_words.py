"""Causes seen in session 42's first blind batches (a chimney-sweep firm, a feed supplier, a mobility-aid rental
company, a crane-hire company), each on a small company of its own built here:

- "the late delivery rate", "送货迟到率" where the delivery step records delivered_late: that outcome's share of the
  step's records — never the step's conversion (98 %) nor the journey's (65 %) because the step ends a journey;
- "delivery visits" at a step whose events carry no session id are its records, not web sessions (which counted 0);
- an outcome said in other words: "couldn't reach them" of unreachable, "got turned down" of declined;
- "the most common reason …" ranks the reason column its words name ("leaving us" of churn_reason, "fails" of
  failed_reason, "came back" of return_reason) instead of asking which column;
- "续约率": the step's own Chinese name made a rate is its outcome named like it (renewed);
- a column of the customers and one of the events with one name but no value in common (the patient's condition, the
  returned chair's condition) are two columns: a customer's value slices by the customers' one;
- "for web leads, which step loses the most": the step word asked with which ranks the steps (it answered a count);
- "what was its conversion rate?" after a channel ranking on a journey keeps the journey;
- "…的不合格率是多少？（不合格次数占检查次数）": the count named only in the rate's brackets is no count asked;
- "取消的租赁订单": the orders' status said as what happened to them;
- "打开预约页的客户…最后预约成功的比例": a step by the tail of its alias, and "and on desktop?" keeps the step the
  conversion went up to;
- "平均多少天才把报价发给客户": sending inside a measure is no request to write or send anything;
- "which year had the most …" ranks years; "their first bill of the half-year" asks no trend.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4201)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_enquiry", "Enquiry", "咨询登记", "Enquiry", "awareness", "enquiry|咨询"),
               ("tp_call", "Assessment call", "评估电话", "Assessment call", "consideration", "assessment call"),
               ("tp_quote", "Quote", "报价", "Quote", "consideration", "quote|报价单"),
               ("tp_delivery", "Delivery", "送货上门", "Delivery", "purchase", "delivery|送货"),
               ("tp_form", "Booking form", "预约表单", "Booking form", "consideration", "booking page|小程序预约页"),
               ("tp_booked", "Booking submitted", "在线预约", "Booking submitted", "purchase", "online booking"),
               ("tp_inspection", "Safety inspection", "安全检查", "Safety inspection", "service", "inspection"),
               ("tp_return", "Return pickup", "归还取件", "Return pickup", "service", "return pickup|取件"),
               ("tp_renewal", "Contract renewal", "续约", "Contract renewal", "loyalty", "renewal"),
               ("tp_churn", "Contract termination", "终止合作", "Contract termination", "loyalty", "termination")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("sales", "Enquiry to delivery", 1, "tp_enquiry", 30), ("sales", "Enquiry to delivery", 2, "tp_call", 30),
               ("sales", "Enquiry to delivery", 3, "tp_quote", 30),
               ("sales", "Enquiry to delivery", 4, "tp_delivery", 30),
               ("online", "Online booking", 1, "tp_form", 7), ("online", "Online booking", 2, "tp_booked", 7)])
    f: dict[str, object] = {"late25": 0, "deliveries25": 0, "unreachable25": 0, "declined25": 0,
                            "churn": {}, "failed": {}, "renewed25": 0, "renewals25": 0, "return_palliative": {},
                            "enq": {}, "won": {}, "insp_fail25": 0, "insp25": 0, "cancelled_rental25": 0,
                            "form": {}, "booked": {}, "years": {}}
    customers, events, orders = [], [], []
    n = 0

    def ev(cid: str, at: datetime, tp: str, action: str, **extra: object) -> None:
        nonlocal n
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), tp, action, extra.get("session", ""),
                       extra.get("device", ""), extra.get("failed_reason", ""), extra.get("churn_reason", ""),
                       extra.get("return_reason", ""), extra.get("condition", ""), extra.get("channel", "")))

    for i in range(1400):
        cid = f"C{i:04d}"
        condition = rnd.choice(["stroke", "arthritis", "palliative_care"])
        channel = rnd.choice(["web", "phone", "partner"])
        customers.append((cid, "2024-01-01 00:00:00", rnd.choice(["home", "clinic"]), condition))
        at = datetime(rnd.choice([2024, 2025]), 1, 3) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(8, 17))
        y25 = at.year == 2025
        ev(cid, at, "tp_enquiry", "submitted", channel=channel)
        if y25:
            f["enq"][channel] = f["enq"].get(channel, 0) + 1  # type: ignore[union-attr]
        f["years"][at.year] = f["years"].get(at.year, 0) + 1  # type: ignore[union-attr]
        # web leads are mostly lost at the assessment call: unreachable
        call = "unreachable" if rnd.random() < (0.7 if channel == "web" else 0.1) else "completed"
        ev(cid, at + timedelta(days=1), "tp_call", call)
        f["unreachable25"] += int(y25 and call == "unreachable")  # type: ignore[operator]
        if call == "completed":
            accepted = rnd.random() < 0.8
            ev(cid, at + timedelta(days=2), "tp_quote", "accepted" if accepted else "declined")
            f["declined25"] += int(y25 and not accepted)  # type: ignore[operator]
            if accepted:
                r = rnd.random()
                outcome = "delivered_late" if r < 0.12 else "failed_attempt" if r < 0.2 else "delivered_on_time"
                reason = rnd.choice(["nobody_home"] * 3 + ["access_problem"]) if outcome == "failed_attempt" else ""
                ev(cid, at + timedelta(days=8), "tp_delivery", outcome, failed_reason=reason)
                if y25:
                    f["deliveries25"] += 1  # type: ignore[operator]
                    f["late25"] += int(outcome == "delivered_late")  # type: ignore[operator]
                    f["won"][channel] = f["won"].get(channel, 0) + 1  # type: ignore[union-attr]
                if reason:
                    f["failed"][reason] = f["failed"].get(reason, 0) + 1  # type: ignore[union-attr]
                    ev(cid, at + timedelta(days=10), "tp_delivery", "delivered_on_time")
                    if y25:
                        f["deliveries25"] += 1  # type: ignore[operator]
                kind = rnd.choice(["rental", "rental", "purchase"])
                status = "cancelled" if rnd.random() < 0.1 else "paid"
                orders.append((f"O{i:05d}", cid, (at + timedelta(days=4)).isoformat(sep=" "), 300.0, status, kind))
                f["cancelled_rental25"] += int(y25 and kind == "rental" and status == "cancelled")  # type: ignore[operator]
                back = "patient_deceased" if condition == "palliative_care" and rnd.random() < 0.7 else \
                    rnd.choice(["recovered", "no_longer_needed"])
                ev(cid, at + timedelta(days=60), "tp_return", "collected", return_reason=back,
                   condition=rnd.choice(["good", "good", "damaged"]))
                if condition == "palliative_care":
                    f["return_palliative"][back] = f["return_palliative"].get(back, 0) + 1  # type: ignore[union-attr]
        insp = "fail" if rnd.random() < 0.15 else "pass"
        ev(cid, at + timedelta(days=20), "tp_inspection", insp)
        if (at + timedelta(days=20)).year == 2025:
            f["insp25"] += 1  # type: ignore[operator]
            f["insp_fail25"] += int(insp == "fail")  # type: ignore[operator]
        renew_at = at + timedelta(days=90)
        renewed = rnd.random() < 0.7
        ev(cid, renew_at, "tp_renewal", "renewed" if renewed else "not_renewed")
        if renew_at.year == 2025:
            f["renewals25"] += 1  # type: ignore[operator]
            f["renewed25"] += int(renewed)  # type: ignore[operator]
        if not renewed:
            why = rnd.choice(["price"] * 3 + ["moved", "service_quality"])
            ev(cid, renew_at + timedelta(days=1), "tp_churn", "terminated", churn_reason=why)
            f["churn"][why] = f["churn"].get(why, 0) + 1  # type: ignore[union-attr]
        # the online booking form: iPhones rarely get through
        if rnd.random() < 0.5:
            device = rnd.choice(["ios", "pc", "android"])
            fat = datetime(2025, 11, 1) + timedelta(days=rnd.randrange(30), hours=rnd.randrange(8, 20))
            sess = f"S{i:05d}"
            ev(cid, fat, "tp_form", "opened", session=sess, device=device)
            f["form"][device] = f["form"].get(device, 0) + 1  # type: ignore[union-attr]
            if rnd.random() < (0.2 if device == "ios" else 0.8):
                ev(cid, fat + timedelta(minutes=5), "tp_booked", "submitted", session=sess, device=device)
                f["booked"][device] = f["booked"].get(device, 0) + 1  # type: ignore[union-attr]
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts", "segment", "condition"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device",
                                   "failed_reason", "churn_reason", "return_reason", "condition", "channel"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return f


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("outcome_words"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001 - an Answer
    first = a.tables[0]
    return first.rows[0][first.columns.index("value")]


def _holds(a, x: float) -> bool:  # noqa: ANN001 - an Answer
    """Is the number in the answer's first table (a share may sit beside its value's row of a breakdown)?"""
    return any(abs(v - x) < 1e-6 for v in first_numbers(a))


@pytest.mark.parametrize("q", ["What was the late delivery rate in 2025?", "2025年送货迟到率是多少？",
                               "What share of our delivery visits in 2025 were late? Count failed attempts in the total."])
def test_an_outcome_said_before_its_step_and_rate_is_that_outcomes_share(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _holds(a, facts["late25"] / facts["deliveries25"]), a.answer  # type: ignore[operator]


def test_an_outcome_said_as_a_negated_verb(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many assessment calls in 2025 ended as 'couldn't reach them'?")
    assert a.status == "ok", a.answer
    assert _value(a) == facts["unreachable25"], a.answer


def test_an_outcome_said_as_a_phrasal_verb(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many quotes got turned down in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == facts["declined25"], a.answer


@pytest.mark.parametrize("q,key", [("What was the most common reason customers gave for leaving us? all data", "churn"),
                                   ("What's the most common reason a delivery attempt fails? Whole dataset.", "failed")])
def test_the_most_common_reason_ranks_the_column_its_words_name(company, q, key) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    counts = facts[key]
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), a.answer  # type: ignore[arg-type,union-attr]


def test_a_customers_column_named_like_an_events_column_slices_by_its_own_values(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "For our palliative care clients, what's the most common reason the equipment came back to us? "
                     "all data")
    assert a.status == "ok", a.answer
    counts = facts["return_palliative"]
    assert a.tables[0].rows[0][0] == max(counts, key=counts.get), a.answer  # type: ignore[arg-type,union-attr]


def test_a_steps_chinese_name_made_a_rate_is_its_outcome_named_like_it(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年续约率是多少？")
    assert a.status == "ok", a.answer
    assert abs(_value(a) - facts["renewed25"] / facts["renewals25"]) < 1e-6, a.answer  # type: ignore[operator]


@pytest.mark.parametrize("q", ["For web leads, which step loses the most customers? all data",
                               "web渠道来的咨询，哪一步流失的客户最多？全部数据"])
def test_which_step_with_a_slice_ranks_the_steps(company, q) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert [c.name for c in a.tool_calls] == ["funnel_dropoff"], a.answer
    # (web leads mostly end at the assessment call, unreachable: lost after it)
    assert "tp_call" in [str(v) for v in a.tables[0].rows[0]], a.answer


def test_its_conversion_after_a_channel_ranking_keeps_the_journey(company) -> None:  # noqa: ANN001
    service, facts = company
    first = ask(service, "In 2025 which channel had the worst enquiry-to-delivery conversion?")
    assert first.status == "ok" and first.tables[0].rows[0][0] == "web", first.answer
    a = ask(service, "what was its conversion rate?", session=first.session_id)
    assert a.status == "ok", a.answer
    enq, won = facts["enq"], facts["won"]
    assert abs(_value(a) - won["web"] / enq["web"]) < 1e-6, a.answer  # type: ignore[index,operator]


def test_a_count_named_only_inside_the_rates_brackets(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年安全检查的不合格率是多少？（不合格次数占检查次数）")
    assert a.status == "ok", a.answer
    assert abs(_value(a) - facts["insp_fail25"] / facts["insp25"]) < 1e-6, a.answer  # type: ignore[operator]


def test_an_orders_status_said_as_what_happened_to_them(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年签完合同后又取消掉的rental订单有几单？")
    assert a.status == "ok", a.answer
    assert _value(a) == facts["cancelled_rental25"], a.answer


def test_a_step_by_its_aliass_tail_and_the_follow_up_keeps_the_conversion(company) -> None:  # noqa: ANN001
    service, facts = company
    first = ask(service, "2025年11月用iPhone打开预约页的客户，有多少比例最后在线预约成功了？")
    assert first.status == "ok", first.answer
    form, booked = facts["form"], facts["booked"]
    assert abs(_value(first) - booked["ios"] / form["ios"]) < 1e-6, first.answer  # type: ignore[index,operator]
    a = ask(service, "and on desktop?", session=first.session_id)
    assert a.status == "ok", a.answer
    assert abs(_value(a) - booked["pc"] / form["pc"]) < 1e-6, a.answer  # type: ignore[index,operator]


def test_sending_inside_a_measure_is_no_request_to_send(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年从评估电话到报价，平均要隔几天才把报价发给客户？")
    assert a.status == "ok", a.answer
    assert "write" not in (a.answer or "") and "代写" not in (a.answer or ""), a.answer


def test_which_year_ranks_years(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which year had the most enquiries?")
    assert a.status == "ok", a.answer
    years = facts["years"]
    assert str(a.tables[0].rows[0][0]) == str(max(years, key=years.get)), a.answer  # type: ignore[arg-type,union-attr]


def test_a_calendar_word_with_no_grouping_asks_no_trend(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "In 2025 which channel had the worst enquiry-to-delivery conversion, channel = how their first "
                     "enquiry of the half-year came in?")
    assert a.status == "ok", a.answer
    assert a.tables[0].columns[0] == "channel" and a.tables[0].rows[0][0] == "web", a.answer
