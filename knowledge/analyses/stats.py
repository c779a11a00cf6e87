"""Significance helpers shared by the metric analyses: z-tests, Welch t, Wilson interval.

Every test returns a `TestResult` for "a minus b": the difference, its confidence interval,
the p-value (two-sided) and whether it is significant at `alpha`. Inputs are summary
statistics, so tests run on the aggregates a query returned, never on raw rows.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from statistics import NormalDist

_NORMAL = NormalDist()


def _t_dist():  # scipy.stats costs ~0.8 s to import: only Welch tests pay it, not a CLI cold start
    from scipy import stats as sps
    return sps.t

ALPHA = 0.05
SMALL_SAMPLE = 30  # below this many units per group an answer carries the "small_sample" note


@dataclass(frozen=True)
class TestResult:
    """Outcome of one two-sample test of a minus b."""

    test: str
    diff: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    statistic: float | None
    significant: bool
    confidence: float = 1 - ALPHA

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _none(test: str) -> TestResult:
    return TestResult(test, None, None, None, None, None, False)


def _z_crit(confidence: float) -> float:
    return float(_NORMAL.inv_cdf(0.5 + confidence / 2))


def two_proportion_ztest(x1: float, n1: float, x2: float, n2: float, *,
                         confidence: float = 1 - ALPHA) -> TestResult:
    """Pooled two-proportion z-test of x1/n1 - x2/n2; Wald interval on the unpooled difference."""
    if n1 <= 0 or n2 <= 0:
        return _none("two_proportion_z")
    p1, p2 = x1 / n1, x2 / n2
    diff = p1 - p2
    pooled = (x1 + x2) / (n1 + n2)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    zc = _z_crit(confidence)
    if se0 == 0:
        # both groups all-0 or all-1: no variation, so no evidence of a difference
        return TestResult("two_proportion_z", diff, diff, diff, 1.0 if diff == 0 else 0.0, None,
                          diff != 0, confidence)
    z = diff / se0
    p = float(math.erfc(abs(z) / math.sqrt(2.0)))
    return TestResult("two_proportion_z", diff, diff - zc * se, diff + zc * se, p, z, p < 1 - confidence,
                      confidence)


def welch_ttest(mean1: float, sd1: float, n1: float, mean2: float, sd2: float, n2: float, *,
                confidence: float = 1 - ALPHA) -> TestResult:
    """Welch's unequal-variance t-test of mean1 - mean2 from summary statistics."""
    if n1 < 2 or n2 < 2 or sd1 is None or sd2 is None:
        return _none("welch_t")
    diff = mean1 - mean2
    v1, v2 = sd1 ** 2 / n1, sd2 ** 2 / n2
    se = math.sqrt(v1 + v2)
    if se == 0:
        return TestResult("welch_t", diff, diff, diff, 1.0 if diff == 0 else 0.0, None, diff != 0, confidence)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    t = diff / se
    p = float(2 * _t_dist().sf(abs(t), df))
    tc = float(_t_dist().ppf(0.5 + confidence / 2, df))
    return TestResult("welch_t", diff, diff - tc * se, diff + tc * se, p, t, p < 1 - confidence, confidence)


def poisson_ztest(total1: float, sumsq1: float, exposure1: float, total2: float, sumsq2: float,
                  exposure2: float, *, confidence: float = 1 - ALPHA) -> TestResult:
    """z-test of total1/exposure1 - total2/exposure2 for counts and sums (compound Poisson).

    A count is a sum of 1s, so sumsq = count and this is the usual Poisson rate test; for a sum
    of amounts the variance of the total is approximated by the sum of squared amounts.
    Exposure (e.g. days) makes periods of different length comparable.
    """
    if exposure1 <= 0 or exposure2 <= 0:
        return _none("poisson_z")
    diff = total1 / exposure1 - total2 / exposure2
    se = math.sqrt(sumsq1 / exposure1 ** 2 + sumsq2 / exposure2 ** 2)
    if se == 0:
        return TestResult("poisson_z", diff, diff, diff, 1.0 if diff == 0 else 0.0, None, diff != 0, confidence)
    z = diff / se
    p = float(math.erfc(abs(z) / math.sqrt(2.0)))
    zc = _z_crit(confidence)
    return TestResult("poisson_z", diff, diff - zc * se, diff + zc * se, p, z, p < 1 - confidence, confidence)


def wilson_ci(x: float, n: float, *, confidence: float = 1 - ALPHA) -> tuple[float | None, float | None]:
    """Wilson score interval for a proportion x/n."""
    if n <= 0:
        return None, None
    z = _z_crit(confidence)
    p = x / n
    denom = 1 + z ** 2 / n
    centre = (p + z ** 2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z ** 2 / (4 * n ** 2)) / denom
    # x = 0 or x = n put a bound exactly on 0 or 1; keep float noise from leaking past it
    lo = 0.0 if x <= 0 else max(0.0, centre - half)
    hi = 1.0 if x >= n else min(1.0, centre + half)
    return lo, hi


def relative_diff(a: float | None, b: float | None) -> float | None:
    """(a - b) / |b|, or None when b is 0 or missing."""
    if a is None or b is None or b == 0:
        return None
    return (a - b) / abs(b)
