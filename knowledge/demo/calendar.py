"""When things happen: day weights (trend, weekdays, festivals) and the hour-of-day curve."""
from __future__ import annotations

import numpy as np

from knowledge.demo.company import DAYS, START, day_offset

# Relative activity by hour; 00:00-05:59 carries about 8 % of sessions (late-night shoppers).
HOUR_WEIGHTS = np.array([3.0, 2.0, 1.2, 0.8, 0.6, 0.8, 1.5, 2.5, 3.5, 4.5, 5.0, 5.0,
                         5.5, 5.0, 4.5, 4.5, 4.5, 4.5, 5.0, 6.0, 7.0, 7.5, 6.5, 4.5])
HOUR_P = HOUR_WEIGHTS / HOUR_WEIGHTS.sum()

# Shopping multipliers: Double 11 and its warm-up, 618, Double 12, and the Spring Festival lull
# (couriers stop, people travel).
FESTIVALS: tuple[tuple[str, float], ...] = (
    ("2025-12-12", 2.2), ("2026-06-16", 1.4), ("2026-06-17", 1.7), ("2026-06-18", 3.0),
    ("2026-11-09", 1.5), ("2026-11-10", 1.9), ("2026-11-11", 4.5), ("2026-11-12", 1.3),
)
SPRING_FESTIVAL = ("2026-02-14", "2026-02-22", 0.6)


def shopping_day_weights() -> np.ndarray:
    """Weight of each of the 365 days for shopping sessions: growth trend × weekday × festivals."""
    w = np.linspace(0.85, 1.2, DAYS)
    # START is a Sunday, so day index % 7 == 0 is Sunday and 6 is Saturday.
    dow = np.arange(DAYS) % 7
    w = w * np.where((dow == 0) | (dow == 6), 1.2, np.where(dow == 5, 1.05, 1.0))
    for day, mult in FESTIVALS:
        w[day_offset(day)] *= mult
    lo, hi, mult = SPRING_FESTIVAL
    w[day_offset(lo): day_offset(hi) + 1] *= mult
    return w


def acquisition_day_weights() -> np.ndarray:
    """Weight of each day for new visitors: steady growth, busier around festivals."""
    w = np.linspace(0.8, 1.25, DAYS)
    for day, mult in FESTIVALS:
        w[day_offset(day)] *= 1 + (mult - 1) * 0.5
    return w


def sample_days(rng: np.random.Generator, weights: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """One day per row, drawn from `weights` restricted to days >= lo (vectorised inverse CDF)."""
    cdf = np.concatenate([[0.0], np.cumsum(weights)])
    lo = np.clip(lo, 0, DAYS - 1)
    u = cdf[lo] + rng.random(len(lo)) * (cdf[-1] - cdf[lo])
    day = np.searchsorted(cdf, u, side="right") - 1
    return np.clip(day, lo, DAYS - 1)


def sample_seconds(rng: np.random.Generator, days: np.ndarray) -> np.ndarray:
    """Seconds since START for sessions on the given days, following the hour curve."""
    hours = rng.choice(24, size=len(days), p=HOUR_P)
    return days.astype(np.int64) * 86400 + hours * 3600 + rng.integers(0, 3600, len(days))


def to_datetime(seconds: np.ndarray) -> np.ndarray:
    """Offsets in seconds since START as numpy datetime64[s]."""
    return START + seconds.astype("timedelta64[s]")
