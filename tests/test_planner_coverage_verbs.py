"""Words the coverage check must not refuse as unknown names (session 51's blind exam-board and campervan batches):
"短信组一共分进去多少个考生" refused "进去" (分 read as "by" before a verb's complement); "按每台入厂的车算" refused
"每台" (the unit each count is of, said with 按 … 算). A name the data lacks is still refused."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.planner import plan_turn
from planner_catalog import make_catalog

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def catalog():
    return make_catalog()


@pytest.mark.parametrize("q,word", [("上个月广告一共分进去多少个用户？", "进去"),
                                    ("上个月哪个渠道的支付转化率最高？按每台设备来算", "每台")])
def test_verbs_and_count_units_are_no_unknown_names(catalog, q, word) -> None:  # noqa: ANN001
    p = plan_turn(q, catalog=catalog, as_of=AS_OF)
    assert word not in (p.clarify or ""), p.clarify
    assert p.status != "unsupported", p.clarify


def test_a_grouping_the_data_lacks_is_still_refused(catalog) -> None:  # noqa: ANN001
    p = plan_turn("上个月按星座分的支付转化率是多少？", catalog=catalog, as_of=AS_OF)
    assert p.status == "unsupported", (p.status, p.clarify)
    assert "星座" in (p.clarify or ""), p.clarify
