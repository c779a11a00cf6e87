"""A language model's tool call checked against what the data holds before it runs (issue 8 §8)."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.call_check import CallCheck
from assistant.planner.catalog import VALUE_CAP
from assistant.planner.types import Catalog, JourneyInfo, TermInfo, TouchpointInfo
from knowledge.results import Period
from knowledge.semantic.layer import load_semantic_layer

EVENTS = (date(2026, 9, 1), date(2026, 10, 31))


@pytest.fixture(scope="module")
def layer():
    return load_semantic_layer()


def catalog(**kw):
    base = dict(touchpoints=(TouchpointInfo("pay", "Pay", "支付", "Pay", "purchase"),),
                journeys=(JourneyInfo("buy", "Buy", "购买", "Buy", ("pay",)),),
                metrics=(TermInfo("orders", {"en": "orders"}, {}, table="orders"),
                         TermInfo("events", {"en": "events"}, {}, table="events")),
                dimension_values={"device": ("android", "ios"), "order_status": ("cancelled", "paid")},
                coverage={"events": EVENTS, "orders": (date(2024, 1, 1), date(2024, 12, 31))})
    return Catalog(**{**base, **kw})


def code(check, tool, args):
    refused = check(tool, args)
    return refused.code if refused else None


def test_calls_naming_what_the_data_holds_run(layer):
    check = CallCheck(catalog(), layer)
    assert check("metric_breakdown", {"metric_id": "events", "dimension": "device", "filters": {"device": ["ios"]},
                                      "start": "2026-10-01", "end": "2026-10-31"}) is None
    assert check("funnel_dropoff", {"journey_id": "buy", "touchpoint_id": "pay"}) is None
    assert check("describe_data", {}) is None


def test_unknown_names_and_values_are_refused_with_what_exists(layer):
    check = CallCheck(catalog(), layer)
    refused = check("metric_trend", {"metric_id": "order"})
    assert refused.code == "unknown_metric" and refused.options[0] == "orders" and "orders" in refused.hint
    assert refused.to_error() == {"code": "unknown_metric", "message": "unknown metric 'order'", "hint": refused.hint}
    assert code(check, "metric_trend", {"metric_id": "events", "filters": {"os": ["ios"]}}) == "unknown_dimension"
    refused = check("metric_trend", {"metric_id": "events", "filters": {"device": ["iOS"]}})
    assert refused.code == "unknown_value" and refused.dim == "device" and refused.options == ("ios", "android")
    assert code(check, "compare_groups", {"metric_id": "events", "dimension": "device", "group_a": "ios",
                                          "group_b": "harmonyos"}) == "unknown_value"
    assert code(check, "feedback_search", {"query": "x", "touchpoint_ids": ["pay", "checkout"]}) == "unknown_value"
    assert code(check, "funnel", {"journey_id": "sell"}) == "unknown_value"
    # a value left out ("!=ios") is checked like the value itself
    assert check("metric_trend", {"metric_id": "events", "filters": {"device": ["!=ios"]}}) is None
    assert code(check, "metric_trend", {"metric_id": "events", "filters": {"device": ["!=iOS"]}}) == "unknown_value"


def test_values_the_catalogue_does_not_list_in_full_are_not_refused(layer):
    # order_status lists only the values words may name; a capped list may miss real values
    check = CallCheck(catalog(dimension_values={"order_status": ("cancelled", "paid"),
                                                "device": tuple(f"d{i}" for i in range(VALUE_CAP))}), layer)
    assert check("metric_trend", {"metric_id": "orders", "filters": {"order_status": ["refunded"]}}) is None
    assert check("metric_trend", {"metric_id": "events", "filters": {"device": ["d9999"]}}) is None


def test_a_period_is_held_against_the_measures_own_table(layer):
    check = CallCheck(catalog(), layer)
    refused = check("metric_trend", {"metric_id": "events", "start": "2019-01-01", "end": "2019-01-31"})
    assert refused.code == "outside_coverage" and refused.covers == Period(*EVENTS)
    assert refused.asked == "2019-01-01 .. 2019-01-31" and "2026-09-01 .. 2026-10-31" in refused.message
    assert check("metric_trend", {"metric_id": "events", "start": "2030-01-01"}).asked == "2030-01-01 .. …"
    # orders end in 2024: a 2026 period has no orders even though events cover it
    assert code(check, "metric_trend", {"metric_id": "orders", "start": "2026-10-01", "end": "2026-10-31"}) \
        == "outside_coverage"
    assert check("metric_trend", {"metric_id": "events", "start": "2026-10-15", "end": "2026-11-15"}) is None  # overlaps
    assert check("metric_trend", {"metric_id": "events"}) is None  # the tool's default period
    before = check("compare_periods", {"metric_id": "events", "start": "2026-10-01", "end": "2026-10-31",
                                       "baseline_start": "2026-07-01", "baseline_end": "2026-07-31"})
    assert before.code == "outside_coverage" and "baseline" in before.message and before.asked == "2026-07-01 .. 2026-07-31"
    assert check("compare_periods", {"metric_id": "events", "start": "2026-10-01", "end": "2026-10-31",
                                     "baseline_start": "2026-08-15", "baseline_end": "2026-09-14"}) is None


def test_untimed_or_unknown_coverage_refuses_no_period(layer):
    check = CallCheck(catalog(coverage={"feedback": (None, None)}), layer)
    assert check("feedback_themes", {"start": "2001-01-01", "end": "2001-12-31"}) is None


def test_a_dimension_not_recorded_on_the_measures_table_is_refused(layer):
    cat = catalog(metrics=(TermInfo("feedback_volume", {"en": "comments"}, {}, table="feedback"),
                           TermInfo("events", {"en": "events"}, {}, table="events")),
                  dimensions=(TermInfo("device", {"en": "device"}, {}, slices=("events", "orders")),
                              TermInfo("touchpoint", {"en": "touchpoint"}, {}, slices=("events", "feedback"))))
    check = CallCheck(cat, layer)
    refused = check("metric_breakdown", {"metric_id": "feedback_volume", "dimension": "device"})
    assert refused.code == "not_sliceable" and refused.options == ("events", "orders") and refused.status == "unsupported"
    assert "events" in refused.hint  # a measure of the tables that do record it
    assert code(check, "metric_trend", {"metric_id": "feedback_volume", "filters": {"device": ["ios"]}}) == "not_sliceable"
    assert check("metric_breakdown", {"metric_id": "events", "dimension": "device"}) is None
    assert check("metric_breakdown", {"metric_id": "feedback_volume", "dimension": "touchpoint"}) is None


def test_the_planners_own_calls_are_never_refused(golden_catalog, layer):
    """The planner names only what the catalogue holds: if the check refused one of its calls on the
    demo data, the check (not the planner) would be wrong — too strict for a language model too."""
    from pathlib import Path

    import yaml

    from tests.frames.record import plan_items
    frames = yaml.safe_load((Path(__file__).parent / "frames" / "frames.yaml").read_text(encoding="utf-8"))
    check = CallCheck(golden_catalog, layer)
    plans = plan_items(golden_catalog, frames)
    calls = [(f["question"], c) for f in frames for c in plans[f["id"]].tool_calls]
    assert len(calls) >= 200
    refused = [(q, c.name, c.args, r.message) for q, c in calls if (r := check(c.name, dict(c.args))) is not None]
    assert not refused, refused


def test_each_side_of_a_defined_rate_is_checked_like_a_call(layer):
    check = CallCheck(catalog(), layer)
    ok = {"numerator": {"metric_id": "events", "filters": {"touchpoint": ["pay"]}},
          "denominator": {"metric_id": "events"}, "filters": {"device": ["ios"]}, "start": "2026-10-01", "end": "2026-10-31"}
    assert check("metric_ratio", ok) is None
    bad_side = {**ok, "denominator": {"metric_id": "event"}}
    assert code(check, "metric_ratio", bad_side) == "unknown_metric"
    assert code(check, "metric_ratio", {**ok, "numerator": {"metric_id": "events", "filters": {"touchpoint": ["paid"]}}}) \
        == "unknown_value"
