"""Shares said with an outcome of one step (a cause seen in session 38's blind batches: student housing, scaffolding
hire, seafood wholesale):

- "What share of move-in inspections in September found issues?" where the inspection records issues_reported /
  no_issues: the share of issues_reported among the inspection's records. Was the inspection's share of every
  event, status ok;
- "入住验房发现问题的比例": 发现 + 问题 say the outcome together (问题 alone is too common a word to name anything);
- "What share of wash batches had to go back for a rewash in August?" where rewash names the washing step and is
  one of its outcomes, and wash_batch labels each row: the rewash share of the washing records (was a ranking of
  single wash batches);
- an outcome that says its own absence (no_issues) is read only when the question says a negation ("with no
  issues"), never for "found issues".

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3902)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_lease", "Lease signing", "签约", "Lease signing", "purchase", "签约|lease|leases"),
               ("tp_move_in", "Move-in inspection", "入住验房", "Move-in inspection", "service",
                "入住验房|验房|move-in inspection|move-in inspections"),
               ("tp_rent", "Rent payment", "交租", "Rent payment", "service", "交租|房租|rent payment|rent payments"),
               ("tp_laundry", "Linen washing", "洗涤", "Linen washing", "service", "洗涤|返洗|laundry|rewash"),
               ("tp_drop", "Linen delivery", "送货", "Linen delivery", "service", "送货|delivery|deliveries"),
               ("tp_check", "Quality test", "质检", "Quality test", "service", "质检|quality test|QC"),
               ("tp_fix", "Repair", "维修", "Repair", "service", "维修|repair|repairs"),
               ("tp_renew", "Lease renewal", "续租", "Lease renewal", "loyalty", "续租|renewal|renewals")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("stay", "Stay", 1, "tp_lease", 60), ("stay", "Stay", 2, "tp_move_in", 60)])
    events, customers = [], []
    seen: Counter = Counter()
    n = 0
    for i in range(700):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 6, 1) + timedelta(days=rnd.randrange(150), hours=rnd.randrange(9, 18))
        n += 1
        events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), "tp_lease", "signed"))
        t = at + timedelta(days=10)
        # (the building with the most inspections has the lowest share of issues: a count ranks it first)
        building = rnd.choices(["Oak House", "Elm Court", "Ash Tower"], [0.6, 0.25, 0.15])[0]
        odds = {"Oak House": 0.12, "Elm Court": 0.25, "Ash Tower": 0.5}[building]
        outcome = "issues_reported" if rnd.random() < odds else "no_issues"
        n += 1
        events.append((f"E{n:06d}", cid, t.isoformat(sep=" "), "tp_move_in", outcome, "", building))
        seen[(t.year, t.month, outcome)] += 1
        if (t.year, t.month) == (2025, 9):
            seen[("sep", building, outcome)] += 1
        for k in range(3):  # (many more rent events than inspections: the inspection's share of events is small)
            n += 1
            paid_at = t + timedelta(days=30 * k + 1)
            autopay = "yes" if rnd.random() < 0.4 else "no"
            method = rnd.choices(["card", "cheque", "transfer"], [0.6, 0.15, 0.25])[0]
            # (cheques are late most often, cards most often in number)
            late = rnd.random() < {"card": 0.15, "cheque": 0.45, "transfer": 0.2}[method]
            events.append((f"E{n:06d}", cid, paid_at.isoformat(sep=" "), "tp_rent", "paid_late" if late else "paid",
                           autopay, "", "", method))
            if paid_at.year == 2025:
                seen[("rent", "late" if late else "on_time")] += 1
                seen[("autopay", autopay)] += 1
                seen[("method", method, late)] += 1
    for k in range(1500):  # (each wash batch its own label: a column that names rows, no groups)
        n += 1
        at = datetime(2025, 7, 1) + timedelta(hours=k * 2)
        outcome = "rewash" if rnd.random() < 0.12 else "passed"
        events.append((f"E{n:06d}", f"C{k % 700:04d}", at.isoformat(sep=" "), "tp_laundry", outcome, "", "",
                       f"B{k:05d}"))
        if (at.year, at.month) == (2025, 8):
            seen[("wash", outcome)] += 1
    for k in range(800):  # (the delivery records delivered_on_time / delivered_late: "went out late" is the second)
        n += 1
        at = datetime(2025, 3, 1) + timedelta(hours=k * 5)
        outcome = "delivered_late" if rnd.random() < 0.18 else "delivered_on_time"
        events.append((f"E{n:06d}", f"C{k % 700:04d}", at.isoformat(sep=" "), "tp_drop", outcome))
        if at.year == 2025:
            seen[("drop", outcome)] += 1
    for k in range(1200):  # (the quality test records pass / fail; November fails most)
        n += 1
        at = datetime(2025, 1, 1) + timedelta(hours=k * 7)
        outcome = "fail" if rnd.random() < (0.3 if at.month == 11 else 0.06) else "pass"
        events.append((f"E{n:06d}", f"C{k % 700:04d}", at.isoformat(sep=" "), "tp_check", outcome))
        if at.year == 2025:
            seen[("qc", outcome)] += 1
            seen[("qc", at.month, outcome)] += 1
    for k in range(400):  # (a renewal decision records renewed or not_renewed)
        n += 1
        at = datetime(2025, 3, 1) + timedelta(hours=k * 13)
        outcome = "not_renewed" if rnd.random() < 0.3 else "renewed"
        events.append((f"E{n:06d}", f"C{k % 700:04d}", at.isoformat(sep=" "), "tp_renew", outcome))
        if at.year == 2025:
            seen[("renew", outcome)] += 1
    for k in range(900):  # (a repair is completed or could_not_fix)
        n += 1
        at = datetime(2025, 2, 1) + timedelta(hours=k * 9)
        outcome = "could_not_fix" if rnd.random() < 0.1 else "completed"
        events.append((f"E{n:06d}", f"C{k % 700:04d}", at.isoformat(sep=" "), "tp_fix", outcome))
        if at.year == 2025:
            seen[("fix", outcome)] += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_ts"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "autopay", "building",
                                   "wash_batch", "payment_method"],
              [(*e, *([""] * (9 - len(e)))) for e in events])
    issues, clean = seen[(2025, 9, "issues_reported")], seen[(2025, 9, "no_issues")]
    rent = seen[("rent", "late")] + seen[("rent", "on_time")]
    shares = {b: seen[("sep", b, "issues_reported")] / (seen[("sep", b, "issues_reported")] + seen[("sep", b, "no_issues")])
              for b in ("Oak House", "Elm Court", "Ash Tower")}
    rewash = seen[("wash", "rewash")] / (seen[("wash", "rewash")] + seen[("wash", "passed")])
    rewashes, passed = seen[("wash", "rewash")], seen[("wash", "passed")]
    late_by = {m: seen[("method", m, True)] / (seen[("method", m, True)] + seen[("method", m, False)])
               for m in ("card", "cheque", "transfer")}
    drops = seen[("drop", "delivered_late")] + seen[("drop", "delivered_on_time")]
    qc_months = {mo: seen[("qc", mo, "fail")] / (seen[("qc", mo, "fail")] + seen[("qc", mo, "pass")])
                 for mo in range(1, 13) if seen[("qc", mo, "fail")] + seen[("qc", mo, "pass")]}
    return {"renewal_rate": seen[("renew", "renewed")] / (seen[("renew", "renewed")] + seen[("renew", "not_renewed")]),
            "rewashes_aug": rewashes, "passed_aug": passed, "not_fixed": seen[("fix", "could_not_fix")] / (seen[("fix", "could_not_fix")] + seen[("fix", "completed")]),
            "qc_fail": seen[("qc", "fail")] / (seen[("qc", "fail")] + seen[("qc", "pass")]),
            "qc_worst_month": f"2025-{max(qc_months, key=qc_months.get):02d}", "late_drops": seen[("drop", "delivered_late")] / drops, "latest_method": max(late_by, key=late_by.get), "rewash_aug": rewash, "worst_building": max(shares, key=shares.get), "building_shares": shares,
            "issues_sep": issues / (issues + clean), "clean_sep": clean / (issues + clean),
            "late_share": seen[("rent", "late")] / rent, "autopay_share": seen[("autopay", "yes")] / rent}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("outcome_shares"), _company) as out:
        yield out


def _shown(a, outcome: str) -> float:  # noqa: ANN001 - an Answer
    first = a.tables[0]
    col = first.columns.index("action")
    row = next(r for r in first.rows if r[col] == outcome)
    return row[first.columns.index("share")]


@pytest.mark.parametrize("q", ["What share of move-in inspections in September 2025 found issues?",
                               "2025年9月入住验房发现问题的比例是多少？"])
def test_a_share_said_with_an_outcome_of_the_step_is_that_outcomes_share(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _shown(a, "issues_reported") == pytest.approx(facts["issues_sep"], abs=1e-9), a.answer


def test_an_outcome_of_absence_is_read_only_when_a_negation_is_said(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of move-in inspections in September 2025 were clean, with no issues?")
    assert a.status == "ok", a.answer
    assert f"{facts['clean_sep'] * 100:.1f}%" in a.answer, a.answer  # (the share said is the clean ones')


@pytest.mark.parametrize("q, col, value, key", [
    ("What share of 2025 rent payments were paid late?", "action", "paid_late", "late_share"),
    ("What share of rent payments in 2025 went through autopay?", "autopay", "yes", "autopay_share"),
])
def test_a_share_of_a_steps_records_counts_each_record_not_its_people(company, q, col, value, key) -> None:  # noqa: ANN001
    service, facts = company
    # (every resident pays rent three times: a share of people would differ from the share of payments)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    first = a.tables[0]
    row = next(r for r in first.rows if r[first.columns.index(col)] == value)
    assert row[first.columns.index("share")] == pytest.approx(facts[key], abs=1e-9), (a.answer, facts[key])


def test_groups_ranked_by_an_outcomes_share_of_the_steps_records(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which building had the highest share of move-in inspections that found issues in September 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    top = first.rows[0]
    assert top[first.columns.index("building")] == facts["worst_building"], (first.rows, facts["building_shares"])
    assert top[first.columns.index("value")] == pytest.approx(facts["building_shares"][facts["worst_building"]])


def test_a_step_named_by_its_outcome_and_a_column_that_labels_rows(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of wash batches had to go back for a rewash in August 2025?")
    assert a.status == "ok", a.answer
    assert _shown(a, "rewash") == pytest.approx(facts["rewash_aug"], abs=1e-9), a.answer
    # (the outcome negated: of the step's two outcomes, the other one — never the count of rewashes)
    a = ask(service, "How many linen washing records in August 2025 did not need a rewash?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][a.tables[0].columns.index("value")] == facts["passed_aug"], a.answer


def test_a_qualifier_of_the_steps_plain_outcome_names_the_qualified_one(company) -> None:  # noqa: ANN001
    service, facts = company
    # (the rent step records paid and paid_late: "late" is paid_late, the plain outcome qualified)
    a = ask(service, "2025年交租逾期的比例是多少？")
    assert a.status == "ok", a.answer
    assert _shown(a, "paid_late") == pytest.approx(facts["late_share"], abs=1e-9), a.answer
    a = ask(service, "Which payment method had the highest share of late rent payments in 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("payment_method")] == facts["latest_method"], first.rows
    assert "numerator" in first.columns, first.columns  # (ranked by the share, not by how many were late)


def test_words_of_the_steps_own_name_may_be_left_unsaid(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of deliveries went out late in 2025?")
    assert a.status == "ok", a.answer
    assert _shown(a, "delivered_late") == pytest.approx(facts["late_drops"], abs=1e-9), a.answer
    # (a ranking asked with nothing to group by: asked back, never the one share as if it answered "which")
    a = ask(service, "Which courier had the highest share of deliveries that went out late in 2025?")
    assert a.status in ("clarify", "unsupported"), a.answer


def test_a_negated_success_rate_of_the_named_step_and_its_worst_month(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年质检不合格率是多少？")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == pytest.approx(facts["qc_fail"], abs=1e-9), a.answer
    a = ask(service, "2025年哪个月的质检不合格率最高？")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("month")] == facts["qc_worst_month"], first.rows  # (ranked, not by time)


def test_a_chinese_word_for_an_english_outcome_the_dictionary_lacks(company) -> None:  # noqa: ANN001
    service, facts = company
    # (修不好 is in no dictionary sense of could_not_fix; the multilingual embedder ties them, clearly ahead of the
    # step's other outcome)
    a = ask(service, "2025年维修修不好的比例是多少？")
    assert a.status == "ok", a.answer
    assert _shown(a, "could_not_fix") == pytest.approx(facts["not_fixed"], abs=1e-9), a.answer
    # (延误 is about as close to delivered_on_time as to delivered_late: no clear lead, so never a share of either
    # outcome guessed — the right one or an honest refusal)
    a = ask(service, "2025年送货延误的比例是多少？")
    assert a.status != "ok" or _shown(a, "delivered_late") == pytest.approx(facts["late_drops"], abs=1e-9), a.answer


def test_a_rate_named_like_its_step_is_its_succeeding_outcome(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What was our renewal rate in 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == pytest.approx(facts["renewal_rate"], abs=1e-9), a.answer


@pytest.mark.parametrize("q, outcome, key", [("What share of inspections found issues in September 2025?",
                                              "issues_reported", "issues_sep"),
                                             ("2025年修不好的比例是多少？", "could_not_fix", "not_fixed")])
def test_an_outcome_said_with_no_step_named_names_the_one_step_recording_it(company, q, outcome, key) -> None:  # noqa: ANN001
    service, facts = company
    # ("inspections" names no step — only "move-in inspection" does; 修不好 names none: the one step whose outcomes
    # the words tie is measured, and said)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _shown(a, outcome) == pytest.approx(facts[key], abs=1e-9), a.answer


def test_an_outcomes_share_of_one_group_named(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of move-in inspections at Ash Tower found issues in September 2025?")
    assert a.status == "ok", a.answer
    first = a.tables[0]
    assert first.rows[0][first.columns.index("value")] == pytest.approx(facts["building_shares"]["Ash Tower"]), a.answer
