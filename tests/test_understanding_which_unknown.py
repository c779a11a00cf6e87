""""2025年签约的合同里，哪个户型卖得最多？" (session 47's modular homes batch) grouped by a customers' column the word 合同
names (contracts, a count per customer) with status ok: the thing a "which / 哪个" question ranks is the word right
after it; when that word names nothing in the data, the answer says so — never another column's groups.

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
    rnd = random.Random(4712)
    tmp.mkdir(parents=True, exist_ok=True)
    events, customers = [], []
    n: Counter[str] = Counter()
    for i in range(300):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01", rnd.choice(["1", "1", "1", "2", "3+"])))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
        store = rnd.choices(["悉尼展厅", "墨尔本展厅"], weights=[3, 1])[0]
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_sign", store))
        n[store] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage", "aliases"],
              [("tp_sign", "签约付定金", "Contract signed (deposit)", "purchase", "定金|签约|签合同|deposit")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "contracts"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "门店"], events)
    return {"top_store": n.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("which_unknown"), _company) as out:
        yield out


def test_unknown_ranked_noun_is_said(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "2025年签约的合同里，哪个户型卖得最多？")
    assert a.status == "unsupported", (a.answer, a.tables and a.tables[0].rows)
    assert "户型" in a.answer, a.answer


def test_known_ranked_noun_still_ranks(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年签约付定金的，哪个门店最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top_store"], a.tables[0].rows


def test_which_month_is_the_grain(company) -> None:  # noqa: ANN001
    """"哪个月…最多": the months, read as the grain — never an unknown word."""
    service, _ = company
    a = ask(service, "2025年哪个月签约付定金的最多？")
    assert a.status == "ok", a.answer


def test_groups_listed_by_their_values(company) -> None:  # noqa: ANN001
    """"Which sector finds defects most often - shops, restaurants or warehouses?" (session 47's fire-safety batch):
    the groups are listed by their values, so the word after "which" needs no name of its own."""
    service, facts = company
    a = ask(service, "Which sector finds deposits most often in 2025 - 悉尼展厅, 墨尔本展厅? Count the deposits.")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top_store"], a.tables[0].rows
