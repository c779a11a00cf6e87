"""The metric catalogue is complete and bilingual, and every compiled metric gives hand-computed values."""
from __future__ import annotations

from datetime import date

import pytest

from knowledge.errors import AnalysisError, NotFoundError
from knowledge.gateway import Gateway
from knowledge.results import Period
from knowledge.semantic import load_semantic_layer
from knowledge.semantic.compile import STATS, compile_metric, metric_stat
from knowledge.semantic.layer import LANGS
from tests.tinydata import build_tiny_db, gw, layer  # noqa: F401 - shared fixtures

OCT = Period(date(2026, 10, 1), date(2026, 10, 10))
REQUIRED = ["users_reached", "step_conversion", "overall_conversion", "drop_off_rate", "users_lost", "exit_rate",
            "median_time_to_convert", "events", "sessions", "active_customers", "orders", "revenue", "aov",
            "repurchase_rate", "return_rate", "refund_rate", "csat", "nps", "feedback_volume",
            "negative_feedback_share", "success_rate"]




def value(gw, layer, metric_id, period=OCT, **kw):
    cq = compile_metric(layer, metric_id, period=period, **kw)
    res = gw.query(cq.sql, cq.params)
    return [dict(zip(cq.columns, r)) for r in res.rows]


# -- catalogue -----------------------------------------------------------------------------------
def test_required_metrics_exist(layer):
    assert set(REQUIRED) <= set(layer.metrics)


def test_every_metric_is_bilingual_in_name_aliases_definition_and_formula(layer):
    for m in layer.metrics.values():
        for field in ("name", "aliases", "definition", "formula"):
            val = getattr(m, field)
            for lang in LANGS:
                assert val.get(lang), f"metric {m.id} lacks {field}.{lang}"
        for lang in LANGS:
            assert isinstance(m.aliases[lang], list) and all(isinstance(a, str) and a for a in m.aliases[lang])
            assert len(m.aliases[lang]) >= 3, f"metric {m.id} needs richer {lang} aliases"


def test_every_dimension_is_bilingual(layer):
    for d in layer.dimensions.values():
        for field in ("name", "aliases", "definition"):
            val = getattr(d, field)
            for lang in LANGS:
                assert val.get(lang), f"dimension {d.id} lacks {field}.{lang}"


def test_metric_fields_are_consistent(layer):
    for m in layer.metrics.values():
        assert m.unit in ("count", "ratio", "seconds", "currency", "score"), m.id
        assert m.kind in ("sql", "ratio", "analysis"), m.id
        if m.kind == "analysis":
            assert m.analysis in ("funnel", "exits", "retention"), m.id
        else:
            assert m.table and metric_stat(m) in STATS, m.id
        if m.unit == "ratio":
            # (a share, or a difference of two shares of one base, nps_net_share, tested as no proportion)
            assert metric_stat(m) == "proportion" or (m.id == "nps_net_share" and metric_stat(m) == "per_unit"), m.id


def test_no_alias_names_two_metrics(layer):
    seen: dict[tuple[str, str], str] = {}
    for m in layer.metrics.values():
        for lang in LANGS:
            for a in {x.casefold() for x in m.aliases[lang] + [m.name[lang]]}:
                assert (lang, a) not in seen, f"'{a}' names both {seen[(lang, a)]} and {m.id}"
                seen[(lang, a)] = m.id


# -- compiled values (hand-computed from tests/tinydata.py) --------------------------------------
@pytest.mark.parametrize("metric_id, expected", [
    ("events", 14), ("sessions", 7), ("active_customers", 6), ("orders", 6),
    ("revenue", 250.0),                  # o1 100 + o4 70 (no status = paid) + o6 80
    ("aov", 250.0 / 3), ("buyers", 2), ("return_rate", 2 / 6), ("refund_rate", 1 / 6),
    ("cancellation_rate", 1 / 6), ("csat", 10 / 3), ("satisfaction_rate", 2 / 3),
    ("nps", 25.0),                       # promoters f1, f4; detractor f2; passive f3 -> 100 * (2 - 1) / 4
    ("feedback_volume", 4),              # f5 has no timestamp, so it is in no period
    ("negative_feedback_share", 0.5), ("avg_sentiment", -0.1), ("new_customers", 3),
    ("failure_rate", 1 / 14),
    ("amount_all_statuses", 350.0),             # every order, whatever its status
    ("refund_amount", 20.0),             # o5 only
])
def test_metric_values(gw, layer, metric_id, expected):
    (row,) = value(gw, layer, metric_id)
    assert row["value"] == pytest.approx(expected)


def test_ratio_parts_and_sample_size(gw, layer):
    (row,) = value(gw, layer, "success_rate", filters={"touchpoint": ["tp_pay"]})
    # customers at tp_pay: c1 c2 c3 c5 c6; with a success: c1 c5 c6
    assert (row["numerator"], row["denominator"], row["n"], row["value"]) == (3, 5, 5, pytest.approx(0.6))
    (aov,) = value(gw, layer, "aov")
    assert aov["n"] == 3 and aov["sd"] == pytest.approx(15.275252, rel=1e-6)  # sd of 100, 70, 80
    (rev,) = value(gw, layer, "revenue")
    assert rev["sumsq"] == pytest.approx(100 ** 2 + 70 ** 2 + 80 ** 2)


def test_group_by_customer_dimension_joins_customers(gw, layer):
    rows = value(gw, layer, "active_customers", group_by=["segment"])
    assert [(r["segment"], r["value"]) for r in rows] == [("new", 2), ("returning", 2), ("vip", 1), (None, 1)]


def test_day_part_edges(gw, layer):
    rows = {r["day_part"]: r["value"] for r in value(gw, layer, "events", group_by=["day_part"])}
    # 05:59 and 02:00 are night; 06:00 is morning; 12:00 afternoon; 20:00 x2 and 23:59:59 evening
    assert rows == {"night": 2, "morning": 8, "afternoon": 1, "evening": 3}


def test_filters_direct_and_via_join(gw, layer):
    assert value(gw, layer, "events", filters={"device": ["android"]})[0]["value"] == 6
    assert value(gw, layer, "events", filters={"segment": ["new"]})[0]["value"] == 6
    assert value(gw, layer, "events", filters={"device": ["android"], "day_part": ["night"]})[0]["value"] == 2


def test_period_bounds_are_whole_days(gw, layer):
    assert value(gw, layer, "events", Period(date(2026, 10, 5), date(2026, 10, 5)))[0]["value"] == 1  # 23:59:59
    assert value(gw, layer, "events", Period(date(2026, 10, 7), date(2026, 10, 9)))[0]["value"] == 0


def test_user_values_never_enter_the_sql(gw, layer):
    evil = "x' OR '1'='1"
    cq = compile_metric(layer, "events", period=OCT, filters={"device": [evil]})
    assert evil not in cq.sql and evil in cq.params
    assert gw.query(cq.sql, cq.params).rows[0][0] == 0


def test_grouping_sets_mark_rolled_up_columns(gw, layer):
    cq = compile_metric(layer, "events", period=OCT, group_by=["device", "day_part"],
                        grouping_sets=[["device"], ["day_part"], []])
    rows = [dict(zip(cq.columns, r)) for r in gw.query(cq.sql, cq.params).rows]
    total = [r for r in rows if r["_grouping"] == 3]
    by_device = {r["device"]: r["value"] for r in rows if r["_grouping"] == 1}
    assert total[0]["value"] == 14 and by_device == {"android": 6, "ios": 6, "pc": 2}


def test_analysis_metric_does_not_compile(layer):
    with pytest.raises(AnalysisError) as err:
        compile_metric(layer, "drop_off_rate", period=OCT)
    assert err.value.code == "metric_not_compilable" and "funnel" in err.value.hint


def test_unknown_metric_and_inapplicable_dimension(layer):
    with pytest.raises(NotFoundError) as err:
        compile_metric(layer, "revenu", period=OCT)
    assert "revenue" in err.value.hint
    with pytest.raises(NotFoundError):
        compile_metric(layer, "revenue", period=OCT, group_by=["sentiment"])


@pytest.mark.parametrize("group_by, sets, filters", [
    ((), None, None), (("segment",), None, None), (("device", "day_part"), None, None),
    (("device", "segment"), [["device"], ["segment"], []], None),
    (("segment", "region"), [["segment"], ["region"], []], {"device": ["android", "ios"]}),
    (("device",), None, {"segment": ["new", "vip"]}), (("region",), None, {"device": ["android"], "tier": ["gold"]}),
])
def test_two_stage_unit_form_matches_the_definition(gw, layer, group_by, sets, filters):
    from dataclasses import replace

    from knowledge.semantic.layer import SemanticLayer
    plain = SemanticLayer({k: replace(m, extra={x: v for x, v in m.extra.items() if x != "unit_key"})
                           for k, m in layer.metrics.items()}, layer.dimensions)
    unit_metrics = [m.id for m in layer.metrics.values() if m.extra.get("unit_key") and not m.extra.get("unit_only")]
    assert {"active_customers", "sessions", "buyers", "success_rate"} <= set(unit_metrics)
    for mid in unit_metrics:
        fast = compile_metric(layer, mid, period=OCT, group_by=group_by, grouping_sets=sets, filters=filters)
        slow = compile_metric(plain, mid, period=OCT, group_by=group_by, grouping_sets=sets, filters=filters)
        assert "_u" in fast.sql and "_u" not in slow.sql
        if ("segment" in group_by or "region" in group_by) and layer.metric(mid).extra["unit_key"].endswith(
                ".customer_id"):
            # customers are joined to the reduced rows, not to every event
            assert "c.customer_id = " + fast.base[0] + "._u" in fast.sql
        assert sorted(gw.query(fast.sql, fast.params).rows, key=repr) == \
            sorted(gw.query(slow.sql, slow.params).rows, key=repr), mid
