"""Trend, breakdown, compare, anomalies and drivers on the tiny hand-made database.

Every expected number is worked out by hand from tests/tinydata.py (see the comments there).
"""
from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from scipy import stats as sps

from knowledge.analyses import metric_values
from knowledge.analyses.anomalies import detect_anomalies, robust_scores
from knowledge.analyses.breakdown import metric_breakdown
from knowledge.analyses.compare import compare_groups, compare_periods
from knowledge.analyses.drivers import decompose, driver_decomposition
from knowledge.analyses.stats import two_proportion_ztest, welch_ttest, wilson_ci
from knowledge.analyses.trend import metric_trend
from knowledge.errors import AnalysisError, JourneyError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Period
from knowledge.semantic import load_semantic_layer
from tests.tinydata import build_tiny_db, gw, layer  # noqa: F401 - shared fixtures

OCT = Period(date(2026, 10, 1), date(2026, 10, 10))
SEP = Period(date(2026, 9, 21), date(2026, 9, 30))




# -- trend ---------------------------------------------------------------------------------------
def test_daily_trend_fills_empty_days_with_zero(gw, layer):
    r = metric_trend(gw, layer, "events", OCT, grain="day")
    assert r.columns == ["period_start", "value", "n"]
    assert [row[1] for row in r.rows] == [4, 2, 2, 1, 1, 3, 0, 0, 0, 1]
    assert r.rows[0][0] == date(2026, 10, 1) and len(r.rows) == 10
    assert (r.facts["first"], r.facts["last"], r.facts["change"], r.facts["min"], r.facts["max"]) == (4, 1, -3, 0, 4)
    assert r.facts["max_period"] == date(2026, 10, 1) and r.metrics == ["events"]


def test_weekly_trend_starts_weeks_on_monday(gw, layer):
    r = metric_trend(gw, layer, "events", OCT, grain="week")
    # Sunday 10-04 12:00 is in the week of 09-28; Monday 10-05 23:59:59 in the week of 10-05
    assert r.rows == [[date(2026, 9, 28), 9, 9], [date(2026, 10, 5), 5, 5]]
    assert "partial_bucket" in r.notes


def test_monthly_trend_and_filters(gw, layer):
    r = metric_trend(gw, layer, "events", Period(date(2026, 9, 1), date(2026, 10, 31)), grain="month",
                     filters={"device": ["android"]})
    # September android: b1, b3; October android: 6 events
    assert r.rows == [[date(2026, 9, 1), 2, 2], [date(2026, 10, 1), 6, 6]]


def test_rate_trend_leaves_empty_days_unknown(gw, layer):
    r = metric_trend(gw, layer, "success_rate", OCT, touchpoint_id="tp_pay")
    values = {row[0]: row[1] for row in r.rows}
    assert values[date(2026, 10, 1)] == 1.0          # c1 success
    assert values[date(2026, 10, 2)] == 0.0          # c2 fail
    assert values[date(2026, 10, 4)] is None         # nobody at the payment page
    assert "small_sample" in r.notes


def test_funnel_metric_trend_groups_by_entry_day(gw, layer):
    r = metric_trend(gw, layer, "step_conversion", OCT, journey_id="buy", touchpoint_id="tp_cart")
    values = {row[0]: (row[1], row[2]) for row in r.rows}
    # conversion out of the cart (pay / cart) by entry day: 10-01 c1, c2 reach the cart, only c1 pays
    # after it (c2 paid before the cart); 10-03 c3 never reaches the cart; 10-06 c5 cart then pay
    assert values[date(2026, 10, 1)] == (0.5, 2)
    assert values[date(2026, 10, 3)] == (None, 0)
    assert values[date(2026, 10, 6)] == (1.0, 1)
    assert values[date(2026, 10, 2)] == (None, 0)


def test_bad_grain_is_a_journey_error(gw, layer):
    with pytest.raises(AnalysisError) as err:
        metric_trend(gw, layer, "events", OCT, grain="hour")
    assert err.value.code == "bad_grain"


def test_non_funnel_analysis_metric_points_to_its_tool(gw, layer):
    with pytest.raises(AnalysisError) as err:
        metric_trend(gw, layer, "repurchase_rate", OCT)
    assert "retention_cohorts" in err.value.hint


# -- breakdown -----------------------------------------------------------------------------------
def test_breakdown_users_lost_by_touchpoint(gw, layer):
    r = metric_breakdown(gw, layer, "users_lost", "touchpoint", OCT, journey_id="buy", lang="zh")
    # funnel users 5 -> 3 -> 2: lost 2 after home, 1 after cart, none after the last step
    assert r.columns == ["touchpoint_id", "touchpoint", "value", "n", "share"]
    assert r.rows == [["tp_home", "首页", 2, 5, pytest.approx(2 / 3)], ["tp_cart", "购物车", 1, 3, pytest.approx(1 / 3)],
                      ["tp_pay", "支付", None, 2, None]]
    assert r.facts["top_value"] == "tp_home"


def test_breakdown_ties_top_n_and_order(gw, layer):
    r = metric_breakdown(gw, layer, "active_customers", "segment", OCT)
    assert [row[:2] for row in r.rows] == [["new", 2], ["returning", 2], ["vip", 1], [None, 1]]
    assert r.rows[0][3] == pytest.approx(2 / 6)
    r = metric_breakdown(gw, layer, "active_customers", "segment", OCT, top_n=1, order="asc")
    assert r.rows == [["vip", 1, 1, pytest.approx(1 / 6)]] and "top_n" in r.notes and r.facts["groups"] == 4


def test_breakdown_revenue_by_device_shares_the_value(gw, layer):
    r = metric_breakdown(gw, layer, "revenue", "device", OCT)
    assert r.rows == [["android", 180.0, 2, pytest.approx(180 / 250)], ["ios", 70.0, 1, pytest.approx(70 / 250)]]


def test_breakdown_of_a_rate_shares_the_sample(gw, layer):
    r = metric_breakdown(gw, layer, "success_rate", "device", OCT, touchpoint_id="tp_pay")
    assert r.rows == [["android", pytest.approx(2 / 3), 3, pytest.approx(3 / 5)],
                      ["ios", pytest.approx(0.5), 2, pytest.approx(2 / 5)]]
    assert r.facts["share_basis"] == "n" and "small_sample" in r.notes


# -- compare -------------------------------------------------------------------------------------
def test_compare_groups_two_proportion_z_by_hand(gw, layer):
    r = compare_groups(gw, layer, "success_rate", "device", "android", "ios", OCT, touchpoint_id="tp_pay")
    # 2/3 vs 1/2; pooled p = 3/5; se = sqrt(.6 * .4 * (1/3 + 1/2)) = sqrt(.2)
    z = (2 / 3 - 1 / 2) / math.sqrt(0.2)
    assert r.facts["statistic"] == pytest.approx(z)
    assert r.facts["p_value"] == pytest.approx(math.erfc(abs(z) / math.sqrt(2)))
    assert r.facts["difference"] == pytest.approx(1 / 6) and r.facts["relative_difference"] == pytest.approx(1 / 3)
    assert r.sample_size == {"android": 3, "ios": 2} and not r.facts["significant"]
    assert r.facts["ci_low"] < r.facts["difference"] < r.facts["ci_high"]


def test_compare_periods_counts_poisson_by_hand(gw, layer):
    r = compare_periods(gw, layer, "events", OCT, SEP)
    # 14 vs 4 events over 10 days each: per day 1.4 vs 0.4, se = sqrt(14 + 4) / 10
    z = 1.0 / (math.sqrt(18) / 10)
    assert r.rows[0][3] == 14 and r.rows[1][3] == 4
    assert r.facts["statistic"] == pytest.approx(z)
    assert r.facts["p_value"] == pytest.approx(2 * sps.norm.sf(z)) and r.facts["significant"]
    assert r.facts["test"] == "poisson_z" and r.facts["difference"] == 10


def test_compare_periods_rate_and_default_baseline(gw, layer):
    r = compare_periods(gw, layer, "success_rate", OCT, touchpoint_id="tp_pay")
    assert (r.facts["value_a"], r.facts["value_b"]) == (pytest.approx(0.6), pytest.approx(0.75))
    assert r.facts["baseline_start"] == SEP.start
    # pooled p = 6/9, se = sqrt(2/9 * (1/5 + 1/4)) = sqrt(0.1)
    assert r.facts["statistic"] == pytest.approx(-0.15 / math.sqrt(0.1))


def test_compare_periods_funnel_metric(gw, layer):
    r = compare_periods(gw, layer, "overall_conversion", OCT, SEP, journey_id="buy")
    assert r.facts["value_a"] == pytest.approx(2 / 5) and r.facts["value_b"] is None
    assert "no_data" in r.notes


def test_compare_groups_missing_groups(gw, layer):
    with pytest.raises(JourneyError) as err:
        compare_groups(gw, layer, "events", "device", "tablet", "tv", OCT)
    assert err.value.code == "groups_not_found"


def test_welch_matches_scipy():
    a = np.array([5.0, 7.0, 8.0, 6.5, 9.0, 4.0])
    b = np.array([3.0, 4.5, 5.0, 2.0, 4.0])
    res = welch_ttest(a.mean(), a.std(ddof=1), len(a), b.mean(), b.std(ddof=1), len(b))
    ref = sps.ttest_ind(a, b, equal_var=False)
    assert res.statistic == pytest.approx(ref.statistic) and res.p_value == pytest.approx(ref.pvalue)
    ci = ref.confidence_interval(0.95)
    assert (res.ci_low, res.ci_high) == (pytest.approx(ci.low), pytest.approx(ci.high))


def test_wilson_and_degenerate_proportions():
    lo, hi = wilson_ci(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)   # textbook value
    lo, hi = wilson_ci(5, 10)
    assert (lo, hi) == (pytest.approx(0.2366, abs=1e-4), pytest.approx(0.7634, abs=1e-4))
    same = two_proportion_ztest(0, 10, 0, 12)
    assert same.p_value == 1.0 and not same.significant
    assert two_proportion_ztest(1, 0, 1, 2).p_value is None


# -- anomalies -----------------------------------------------------------------------------------
def _days(n):
    return [date(2026, 1, 1) + timedelta(days=i) for i in range(n)]


def test_robust_scores_flag_a_spike_only():
    values = [100, 104, 98, 101, 97, 103, 99, 102, 100, 96, 101, 99, 103, 98, 200, 101]
    details = [{"n": v, "sumsq": v} for v in values]
    scored = robust_scores(_days(16), [float(v) for v in values], details, "count", window=14, judge_from=14)
    spike, after = scored
    # history median 100; |deviations| median 2 -> scale max(1.4826 * 2, sqrt(100) = 10) = 10
    assert spike["expected"] == 100 and spike["z"] == pytest.approx(10.0) and spike["direction"] == "up"
    assert abs(after["z"]) < 3


def test_robust_scores_need_history_and_skip_unknown_days():
    values = [None, 0.5, 0.5, 0.5, None]
    details = [{"n": 10}] * 5
    assert robust_scores(_days(5), values, details, "proportion", window=4, min_history=3) == []
    scored = robust_scores(_days(5), [0.5, 0.5, 0.5, 0.5, 0.9], details, "proportion", window=4, min_history=3)
    # flat history: the scale is the sampling noise sqrt(.25 / 10)
    assert scored[-1]["z"] == pytest.approx(0.4 / math.sqrt(0.025))


def test_detect_anomalies_end_to_end(gw, layer):
    r = detect_anomalies(gw, layer, "events", OCT, z=3.0)
    assert r.columns == ["day", "value", "expected", "z", "direction"]
    # the 14 days before 10-01 hold 4 events on 3 days: median 0, floor sqrt(1) -> 10-01 has z = 4
    assert r.rows[0][:4] == [date(2026, 10, 1), 4.0, 0.0, pytest.approx(4.0)]
    assert r.facts["days_checked"] == 10 and r.facts["top_direction"] == "up"


# -- drivers -------------------------------------------------------------------------------------
def test_decompose_effects_add_up_by_hand():
    base = {"android": (2, 2), "ios": (1, 1), "pc": (0, 1)}
    now = {"android": (2, 3), "ios": (1, 2)}
    rows = {r["value"]: r for r in decompose(base, now)}
    assert rows["android"]["rate_effect"] == pytest.approx(0.55 * (2 / 3 - 1))
    assert rows["android"]["mix_effect"] == pytest.approx((1 + 2 / 3) / 2 * 0.1)
    assert rows["ios"]["total_effect"] == pytest.approx(-0.05)
    assert rows["pc"]["rate_now"] is None and rows["pc"]["total_effect"] == 0
    assert sum(r["total_effect"] for r in rows.values()) == pytest.approx(0.6 - 0.75, abs=1e-15)
    assert rows["android"]["share_of_change"] == pytest.approx(2 / 3)


def test_decompose_sums_exactly_on_random_segments():
    rng = np.random.default_rng(7)
    for _ in range(20):
        keys = list("abcdef")
        base = {k: (int(x), int(x + y)) for k, x, y in zip(keys, rng.integers(0, 50, 6), rng.integers(1, 50, 6))}
        now = {k: (int(x), int(x + y)) for k, x, y in zip(keys[1:], rng.integers(0, 50, 5), rng.integers(1, 50, 5))}
        r0 = sum(v[0] for v in base.values()) / sum(v[1] for v in base.values())
        r1 = sum(v[0] for v in now.values()) / sum(v[1] for v in now.values())
        rows = decompose(base, now)
        assert sum(r["rate_effect"] + r["mix_effect"] for r in rows) == pytest.approx(r1 - r0, abs=1e-12)


def test_drivers_by_device(gw, layer):
    r = driver_decomposition(gw, layer, "success_rate", OCT, SEP, dimension="device", touchpoint_id="tp_pay")
    assert r.columns == ["device", "weight_base", "weight_now", "rate_base", "rate_now", "rate_effect",
                         "mix_effect", "total_effect", "share_of_change"]
    rows = {row[0]: row for row in r.rows}
    assert r.rows[0][0] == "android"
    assert rows["android"][5:8] == [pytest.approx(-0.55 / 3), pytest.approx(1 / 12), pytest.approx(-0.1)]
    assert rows["ios"][5:8] == [pytest.approx(-0.1625), pytest.approx(0.1125), pytest.approx(-0.05)]
    assert r.facts["total_change"] == pytest.approx(-0.15)
    assert r.facts["value_now"] - r.facts["value_base"] == pytest.approx(r.facts["total_change"])
    assert r.facts["rate_effect_total"] + r.facts["mix_effect_total"] == pytest.approx(-0.15)


def test_drivers_pick_the_dimension_whose_top_value_explains_most(gw, layer):
    r = driver_decomposition(gw, layer, "success_rate", OCT, SEP, touchpoint_id="tp_pay")
    # channel: web -0.25, app +0.10 -> web explains .25/.35 of all movement, more than any other split
    assert r.facts["dimension"] == "channel" and r.facts["top_value"] == "web"
    assert r.facts["top_effect"] == pytest.approx(-0.25)
    assert set(r.facts["dimensions_tried"]) == {"device", "channel", "segment", "region", "acquisition_channel",
                                                "tier", "day_part"}


def test_drivers_skip_a_dimension_with_one_group(gw, layer):
    """A column the data leaves empty is one "(not given)" group that moves by the whole change: it
    explains nothing and must never be reported as the driver."""
    from dataclasses import replace

    from knowledge.semantic.layer import SemanticLayer
    dims = dict(layer.dimensions)
    dims["tier"] = replace(dims["tier"], sql={"customers": "CAST(NULL AS VARCHAR)"}, via="customers")
    r = driver_decomposition(gw, SemanticLayer(layer.metrics, dims), "events", OCT, SEP)
    assert r.facts["dimension"] != "tier" and "tier" not in r.facts["dimensions_tried"]


def test_drivers_for_a_count_are_additive(gw, layer):
    r = driver_decomposition(gw, layer, "events", OCT, SEP, dimension="device")
    rows = {row[0]: row for row in r.rows}
    assert rows["ios"][7] == 6 - 1 and rows["android"][7] == 6 - 2 and rows["pc"][7] == 2 - 1
    assert r.facts["total_change"] == 10


# -- funnel metrics through the funnel contract (a fake funnel, then the real one) ---------------
def _fake_funnel(users_by_group):
    def fake(gw, layer, journey_id, period, filters=None, *, group_by=None, window_days=None):
        cols = ([group_by] if group_by else []) + ["step", "touchpoint_id", "touchpoint", "users", "step_conversion",
                                                    "overall_conversion", "users_lost", "drop_off_rate",
                                                    "median_time_to_convert_s"]
        rows = []
        for g, users in users_by_group.items():
            for i, (tp, u) in enumerate(zip(["a", "b", "c"], users)):
                rows.append(([g] if group_by else []) + [i + 1, tp, tp.upper(), u, None, None, None, None, 60.0 * i])
        return AnalysisResult("funnel", cols, rows, sql=["SELECT fake"], period=period)
    return fake


def test_funnel_metrics_read_the_chosen_step(monkeypatch, gw, layer):
    monkeypatch.setattr(metric_values, "funnel", _fake_funnel({None: [100, 40, 10]}))
    monkeypatch.setattr(metric_values, "resolve_journey", lambda gw, j, t: "j")

    def one(metric_id, tp):
        return metric_values.metric_rows(gw, layer, metric_id, OCT, journey_id="j", touchpoint_id=tp).rows[0]
    # conversion out of a step: a -> b 40/100, b -> c 10/40; the last step c: into it, 10/40
    assert one("step_conversion", "a")["value"] == pytest.approx(0.4)
    assert one("step_conversion", "b")["value"] == pytest.approx(0.25)
    assert one("step_conversion", "c")["value"] == pytest.approx(0.25)
    for tp in ("a", "b"):  # conversion out of a step and drop-off at it are complements
        assert one("step_conversion", tp)["value"] + one("drop_off_rate", tp)["value"] == pytest.approx(1.0)
    assert one("step_conversion", None)["value"] == pytest.approx(0.1)
    assert one("overall_conversion", "c")["value"] == pytest.approx(0.1)
    assert one("drop_off_rate", "b")["value"] == pytest.approx(0.75)
    assert one("drop_off_rate", None)["value"] == pytest.approx(0.9)
    assert one("users_lost", "a")["value"] == 60 and one("users_lost", None)["value"] == 90
    assert one("users_reached", "c")["value"] == 10
    assert one("median_time_to_convert", "c")["value"] == 120.0
    with pytest.raises(JourneyError) as err:
        one("step_conversion", "zz")
    assert err.value.code == "step_not_found"


def test_funnel_driver_uses_previous_step_as_weight(monkeypatch, gw, layer):
    now = {"android": [100, 50, 20], "ios": [100, 50, 40]}
    base = {"android": [100, 50, 40], "ios": [100, 50, 40]}
    calls = []

    def fake(gw, layer, journey_id, period, filters=None, *, group_by=None, window_days=None):
        calls.append(period)
        return _fake_funnel(now if period == OCT else base)(gw, layer, journey_id, period, filters, group_by=group_by)
    monkeypatch.setattr(metric_values, "funnel", fake)
    monkeypatch.setattr(metric_values, "resolve_journey", lambda gw, j, t: "j")
    r = driver_decomposition(gw, layer, "step_conversion", OCT, SEP, dimension="device", journey_id="j",
                             touchpoint_id="c")
    # step c conversion: 0.8 -> 0.6 overall; android 0.8 -> 0.4 with weight .5 explains all of it
    assert r.facts["total_change"] == pytest.approx(-0.2)
    assert r.facts["top_value"] == "android" and r.facts["top_effect"] == pytest.approx(-0.2)


def test_real_funnel_metrics_on_tiny_data(gw, layer):
    # buy: home 5 (c1..c5) -> cart 3 (c1, c2, c5) -> pay 2 (c1, c5; c2 paid before the cart)
    rows = metric_breakdown(gw, layer, "users_reached", "touchpoint", OCT, journey_id="buy").rows
    assert [(r[0], r[2]) for r in rows] == [("tp_home", 5), ("tp_cart", 3), ("tp_pay", 2)]
    r = compare_groups(gw, layer, "step_conversion", "device", "android", "ios", OCT, journey_id="buy",
                       touchpoint_id="tp_cart")
    # out of the cart: android c1 (cart -> pay) 1/1; ios c2 (cart, paid before it), c5 (cart -> pay) 1/2
    assert (r.facts["value_a"], r.facts["value_b"]) == (pytest.approx(1.0), pytest.approx(0.5))
    # without a journey, users_reached is distinct customers with an event at the touchpoint
    r = metric_trend(gw, layer, "users_reached", OCT, grain="week", touchpoint_id="tp_pay")
    assert r.rows == [[date(2026, 9, 28), 3, 3], [date(2026, 10, 5), 2, 2]]


def test_breakdown_ranks_tiny_groups_last(gw, layer):
    # csat by channel: survey (5, 1) -> 3.0 from 2 ratings, app_review (4) -> 4.0 from 1 rating
    r = metric_breakdown(gw, layer, "csat", "channel", OCT)
    assert [row[:3] for row in r.rows] == [["app_review", 4.0, 1], ["survey", 3.0, 2]]
    r = metric_breakdown(gw, layer, "csat", "channel", OCT, min_n=2)
    assert [row[:3] for row in r.rows] == [["survey", 3.0, 2], ["app_review", 4.0, 1]]
    assert r.facts["unranked_groups"] == ["app_review"] and r.facts["top_value"] == "survey"


def test_empty_period_gives_zero_counts_and_a_note(gw, layer):
    r = metric_trend(gw, layer, "orders", Period(date(2026, 12, 1), date(2026, 12, 3)))
    assert r.rows == [[date(2026, 12, d), 0, 0] for d in (1, 2, 3)] and "no_data" in r.notes
    r = metric_breakdown(gw, layer, "orders", "device", Period(date(2026, 12, 1), date(2026, 12, 3)))
    assert r.rows == [] and "no_data" in r.notes


def test_compare_groups_on_a_customer_dimension_uses_welch_for_means(gw, layer):
    # aov by segment: new = o1 100 + o6 80 (c1), o2 is cancelled; vip = o4 70 only
    r = compare_groups(gw, layer, "aov", "segment", "new", "vip", OCT)
    assert (r.facts["value_a"], r.facts["value_b"]) == (90.0, 70.0)
    assert r.facts["n_a"] == 2 and r.facts["n_b"] == 1
    assert r.facts["p_value"] is None and "no_significance_test" in r.notes  # Welch needs n >= 2 per side
    assert r.facts["test"] == "welch_t"
    assert "small_sample" in r.notes


def test_funnel_drivers_over_all_dimensions_take_two_funnel_runs(monkeypatch, gw, layer):
    real = metric_values.funnel
    calls = []

    def counting(*args, **kw):
        calls.append(kw.get("group_by"))
        return real(*args, **kw)
    monkeypatch.setattr(metric_values, "funnel", counting)
    now, base = Period(date(2026, 10, 3), date(2026, 10, 10)), Period(date(2026, 10, 1), date(2026, 10, 2))
    auto = driver_decomposition(gw, layer, "step_conversion", now, base, journey_id="buy", touchpoint_id="tp_cart")
    assert len(calls) == 2 and len(auto.facts["dimensions_tried"]) == 7
    # the packed grouping gives exactly what a funnel per dimension gives
    for dim in auto.facts["dimensions_tried"]:
        single = driver_decomposition(gw, layer, "step_conversion", now, base, dimension=dim, journey_id="buy",
                                      touchpoint_id="tp_cart")
        if dim == auto.facts["dimension"]:
            assert single.rows == auto.rows
        assert single.facts["total_change"] == pytest.approx(auto.facts["total_change"])
    # out of the cart: entries 10-01..02 c1 pays after it, c2 does not -> 1/2; 10-03..10 c5 does -> 1/1
    assert auto.facts["total_change"] == pytest.approx(1.0 - 0.5)


def test_packed_funnel_splits_equal_one_funnel_per_dimension(gw, layer):
    from knowledge.analyses.drivers import STANDARD_DIMENSIONS, _funnel_splits
    m = layer.metric("drop_off_rate")
    now, base = Period(date(2026, 10, 3), date(2026, 10, 10)), Period(date(2026, 10, 1), date(2026, 10, 2))
    packed, *_ = _funnel_splits(gw, layer, m, now, base, STANDARD_DIMENSIONS, None, "buy", "tp_home")
    for d in STANDARD_DIMENSIONS:
        single, *_ = _funnel_splits(gw, layer, m, now, base, [d], None, "buy", "tp_home")
        assert packed[d] == single[d], d


def test_driver_choice_prefers_a_significant_localized_break_over_noise():
    from knowledge.analyses.drivers import _localization_z, _score, decompose
    # device: android breaks (80/100 -> 50/100), ios and pc steady at 90 %
    dev_base = {"android": (80, 100), "ios": (90, 100), "pc": (90, 100)}
    dev_now = {"android": (50, 100), "ios": (88, 100), "pc": (89, 100)}
    # channel: the same customers regrouped so the drop is spread, with one tiny noisy group
    ch_base = {"web": (130, 150), "app": (126, 145), "tiny": (4, 5)}
    ch_now = {"web": (110, 150), "app": (113, 145), "tiny": (4, 5)}
    z_dev = _localization_z(dev_base, dev_now, -1.0)
    z_ch = _localization_z(ch_base, ch_now, -1.0)
    # hand computation (Agresti-Caffo adjusted) for android vs the rest:
    pa0, pa1, po0, po1 = 81 / 102, 51 / 102, 181 / 202, 178 / 202
    var = pa0 * (1 - pa0) / 102 + pa1 * (1 - pa1) / 102 + po0 * (1 - po0) / 202 + po1 * (1 - po1) / 202
    assert z_dev == pytest.approx(-((pa1 - pa0) - (po1 - po0)) / var ** 0.5, rel=1e-6)
    assert z_dev > z_ch
    # steady segments give no localisation in the direction of the change
    assert _localization_z({"a": (5, 10), "b": (5, 10)}, {"a": (5, 10), "b": (5, 10)}, -1.0) == 0.0
    assert _score(decompose(dev_base, dev_now)) > 0.5
