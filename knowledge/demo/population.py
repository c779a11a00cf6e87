"""The customer base: segments, regions, tiers, devices and who signed up before the year began."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.demo.calendar import acquisition_day_weights, sample_days
from knowledge.demo.company import (ACQUISITION_P, DEVICE_P, REGION_P, SEG, SEGMENTS, START,
                                    TIERS)

NEW_SHARE = 0.55
# Among customers who signed up before the year began.
EXISTING_SEGMENT_P = {"returning": 0.56, "vip": 0.18, "at_risk": 0.26}
TIER_P = {
    "new": (0.90, 0.10, 0.0, 0.0),
    "returning": (0.30, 0.50, 0.20, 0.0),
    "vip": (0.0, 0.0, 0.60, 0.40),
    "at_risk": (0.50, 0.40, 0.10, 0.0),
}
# Earliest signup of an existing customer.
OLDEST_SIGNUP = np.datetime64("2022-01-01T00:00:00", "s")


@dataclass
class Population:
    """Per-customer arrays; index i is customer C{i+1:07d}."""

    segment: np.ndarray         # int8 codes into SEGMENTS
    region: np.ndarray          # int8 codes into REGIONS
    acquisition: np.ndarray     # int8 codes into ACQUISITION
    tier: np.ndarray            # int8 codes into TIERS
    device: np.ndarray          # primary device, codes into DEVICES
    first_visit_s: np.ndarray   # new visitors: seconds since START of their first visit; -1 otherwise
    signup_s: np.ndarray        # seconds since START (negative = before the year), or NO_SIGNUP
    variant: np.ndarray         # experiment arm drawn up front (0 control, 1 treatment)

    @property
    def size(self) -> int:
        return len(self.segment)


NO_SIGNUP = np.iinfo(np.int64).min


def make_population(rng: np.random.Generator, n: int) -> Population:
    """Draw n customers; new visitors get a first-visit time, existing ones a past signup."""
    is_new = rng.random(n) < NEW_SHARE
    existing_codes = np.array([SEG[s] for s in EXISTING_SEGMENT_P], dtype=np.int8)
    segment = np.where(is_new, SEG["new"],
                       rng.choice(existing_codes, size=n, p=list(EXISTING_SEGMENT_P.values()))).astype(np.int8)
    tier = np.zeros(n, dtype=np.int8)
    for name in SEGMENTS:
        m = segment == SEG[name]
        tier[m] = rng.choice(len(TIERS), size=int(m.sum()), p=TIER_P[name])
    first_visit = np.full(n, -1, dtype=np.int64)
    days = sample_days(rng, acquisition_day_weights(), np.zeros(int(is_new.sum()), dtype=np.int64))
    # Sign-ups cluster in the evening like every other session, but without the night dip.
    first_visit[is_new] = days * 86400 + rng.integers(7 * 3600, 24 * 3600, len(days))
    past_span = int((START - OLDEST_SIGNUP).astype(np.int64))
    signup = np.full(n, NO_SIGNUP, dtype=np.int64)
    signup[~is_new] = -rng.integers(86400, past_span, int((~is_new).sum()))
    return Population(
        segment=segment,
        region=rng.choice(len(REGION_P), size=n, p=REGION_P).astype(np.int8),
        acquisition=rng.choice(len(ACQUISITION_P), size=n, p=ACQUISITION_P).astype(np.int8),
        tier=tier,
        device=rng.choice(len(DEVICE_P), size=n, p=DEVICE_P).astype(np.int8),
        first_visit_s=first_visit,
        signup_s=signup,
        variant=(rng.random(n) < 0.5).astype(np.int8),
    )
