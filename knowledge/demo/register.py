"""New visitors' registration journey (ads → landing → sign-up → SMS → profile) and light engagement."""
from __future__ import annotations

import numpy as np

from knowledge.demo.calendar import sample_days, sample_seconds, shopping_day_weights
from knowledge.demo.company import A, DAYS, PLANTED, TP
from knowledge.demo.eventlog import EventLog, gaps, session_channels, session_devices
from knowledge.demo.population import NO_SIGNUP, Population

LANDING_TO_SIGNUP = 0.85
SIGNUP_TO_SMS = 0.93
PROFILE_AFTER_SMS = 0.96


def register_journeys(rng: np.random.Generator, pop: Population, log: EventLog) -> None:
    """Emit registration events for new visitors and set signup_s for those who pass SMS."""
    idx = np.flatnonzero(pop.first_visit_s >= 0)
    n = len(idx)
    t = pop.first_visit_s[idx].copy()
    dev = session_devices(rng, pop.device[idx])
    ch = session_channels(rng, dev)
    sess = log.sessions(n)

    # An ad or a social post seen earlier, in its own session.
    pre = rng.random(n) < 0.6
    pre_tp = np.where(rng.random(n) < 0.75, TP["tp_ads"], TP["tp_social"])
    log.add(pre, idx, t - gaps(rng, n, 300, 2 * 86400), pre_tp, A["click"], dev, ch, log.sessions(n))

    # Some come straight from an app store to the sign-up screen and skip the landing page.
    skip_landing = rng.random(n) < 0.10
    log.add(~skip_landing, idx, t, TP["tp_landing"], A["view"], dev, ch, sess)
    t = t + gaps(rng, n, 20, 400)
    signup = skip_landing | (rng.random(n) < LANDING_TO_SIGNUP)
    log.add(signup, idx, t, TP["tp_signup"], A["view"], dev, ch, sess)
    t = t + gaps(rng, n, 30, 300)
    log.add(signup & (rng.random(n) < 0.9), idx, t, TP["tp_signup"], A["submit"], dev, ch, sess)

    sms = signup & (rng.random(n) < SIGNUP_TO_SMS)
    t = t + gaps(rng, n, 5, 60)
    log.add(sms, idx, t, TP["tp_sms"], A["submit"], dev, ch, sess)
    ok = sms & (rng.random(n) < PLANTED.sms_success)
    failed = sms & ~ok
    first_fail = failed | (ok & (rng.random(n) < 0.25))
    t = t + gaps(rng, n, 60, 300)  # waiting for the code
    log.add(first_fail, idx, t, TP["tp_sms"], A["fail"], dev, ch, sess)
    retry = first_fail & (ok | (rng.random(n) < 0.5))
    t = np.where(retry, t + gaps(rng, n, 30, 240), t)
    log.add(retry, idx, t, TP["tp_sms"], A["submit"], dev, ch, sess)
    t = t + gaps(rng, n, 20, 180)
    log.add(retry & failed, idx, t, TP["tp_sms"], A["fail"], dev, ch, sess)
    log.add(ok, idx, t, TP["tp_sms"], A["success"], dev, ch, sess)
    pop.signup_s[idx[ok]] = t[ok]

    profile = ok & (rng.random(n) < PROFILE_AFTER_SMS)
    later = rng.random(n) < 0.2  # fills the profile in a later session
    t = t + np.where(later, gaps(rng, n, 3600, 72 * 3600), gaps(rng, n, 20, 200))
    psess = np.where(later, log.sessions(n), sess)
    log.add(profile, idx, t, TP["tp_profile"], A["view"], dev, ch, psess)
    log.add(profile, idx, t + gaps(rng, n, 40, 400), TP["tp_profile"], A["submit"], dev, ch, psess)


def engagement_events(rng: np.random.Generator, pop: Population, log: EventLog) -> None:
    """Push clicks, points checks and social visits scattered over each customer's active time."""
    signed = np.flatnonzero(pop.signup_s != NO_SIGNUP)
    k = rng.poisson(1.3, len(signed))
    cust = np.repeat(signed, k)
    lo = np.maximum(pop.signup_s[cust] // 86400 + 1, 0)
    t = sample_seconds(rng, sample_days(rng, shopping_day_weights(), lo))
    keep = lo < DAYS
    n = len(cust)
    tp = rng.choice(np.array([TP["tp_app_push"], TP["tp_loyalty"], TP["tp_social"]]), size=n, p=(0.45, 0.35, 0.2))
    action = np.where(tp == TP["tp_loyalty"], A["view"], A["click"])
    dev = session_devices(rng, pop.device[cust])
    log.add(keep, cust, t, tp, action, dev, session_channels(rng, dev), log.sessions(n))
