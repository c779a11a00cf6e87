"""Shopping sessions (search → product → cart → checkout → payment → confirmation) and the A/B test."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.demo.calendar import FESTIVALS, sample_days, sample_seconds, shopping_day_weights
from knowledge.demo.company import ANDROID, DAYS, PLANTED, SEG, TP, A, day_offset, in_days
from knowledge.demo.eventlog import EventLog, gaps, session_channels, session_devices
from knowledge.demo.population import NO_SIGNUP, Population

# Shopping sessions per customer per full year, by segment: drives repurchase differences.
SESSIONS_PER_YEAR = {"new": 7.0, "returning": 9.0, "vip": 26.0, "at_risk": 3.5}
PRODUCT_TO_CART = {"new": 0.40, "returning": 0.42, "vip": 0.52, "at_risk": 0.35}
CART_TO_CHECKOUT = 0.62
CART_TO_CHECKOUT_FESTIVAL = 0.75
PAY_RETRY = 0.55
BUY_NOW = 0.05


@dataclass
class OrderDraft:
    """Orders placed in shopping sessions, before amounts and statuses are drawn."""

    customer: np.ndarray
    ts: np.ndarray
    device: np.ndarray
    channel: np.ndarray


@dataclass
class Assignments:
    """Experiment assignments: customer index, arm and first checkout time in the window."""

    customer: np.ndarray
    variant: np.ndarray
    ts: np.ndarray


def _session_customers(rng: np.random.Generator, pop: Population) -> tuple[np.ndarray, np.ndarray]:
    """Customer index and start time of every shopping session."""
    signed = np.flatnonzero(pop.signup_s != NO_SIGNUP)
    first_day = np.maximum(pop.signup_s[signed] // 86400 + 1, 0)
    active = np.clip((DAYS - first_day) / DAYS, 0, 1)
    rate = np.zeros(len(signed))
    for name, per_year in SESSIONS_PER_YEAR.items():
        rate[pop.segment[signed] == SEG[name]] = per_year
    k = rng.poisson(rate * active)
    cust = np.repeat(signed, k)
    lo = np.repeat(first_day, k)
    keep = lo < DAYS
    cust, lo = cust[keep], lo[keep]
    weights = shopping_day_weights()
    days = sample_days(rng, weights, lo)
    # At-risk customers drift away: their sessions thin out over the year.
    risky = pop.segment[cust] == SEG["at_risk"]
    days[risky] = sample_days(rng, weights * np.linspace(1.4, 0.6, DAYS), lo[risky])
    return cust, sample_seconds(rng, days)


def shopping_sessions(rng: np.random.Generator, pop: Population, log: EventLog) -> tuple[OrderDraft, Assignments]:
    """Emit shopping events; return the orders placed and the experiment assignments."""
    cust, t = _session_customers(rng, pop)
    n = len(cust)
    dev = session_devices(rng, pop.device[cust])
    ch = session_channels(rng, dev)
    sess = log.sessions(n)
    seg = pop.segment[cust]

    aware = rng.random(n) < 0.18
    aware_tp = rng.choice(np.array([TP["tp_ads"], TP["tp_social"], TP["tp_app_push"]]), size=n, p=(0.4, 0.3, 0.3))
    log.add(aware, cust, t - gaps(rng, n, 60, 6 * 3600), aware_tp, A["click"], dev, ch, log.sessions(n))
    search = rng.random(n) < 0.42
    log.add(search, cust, t, TP["tp_search"], A["view"], dev, ch, sess)
    t = t + np.where(search, gaps(rng, n, 10, 120), 0)

    views = 1 + rng.poisson(0.35, n)
    rows = np.repeat(np.arange(n), views)
    rank = np.arange(len(rows)) - np.repeat(np.cumsum(views) - views, views)
    log.add(None, cust[rows], t[rows] + rank * 75 + gaps(rng, len(rows), 0, 60), TP["tp_product"],
            A["view"], dev[rows], ch[rows], sess[rows])
    t = t + views * 75 + gaps(rng, n, 20, 240)

    p_cart = np.zeros(n)
    for name, p in PRODUCT_TO_CART.items():
        p_cart[seg == SEG[name]] = p
    cart = rng.random(n) < p_cart
    log.add(cart, cust, t, TP["tp_cart"], A["click"], dev, ch, sess)

    # Some come back to the cart later (a new session) before checking out.
    later = rng.random(n) < 0.15
    t = t + np.where(later, gaps(rng, n, 3600, 48 * 3600), gaps(rng, n, 20, 400))
    csess = np.where(later, log.sessions(n), sess)
    festival = np.isin(t // 86400, [day_offset(d) for d, m in FESTIVALS if m >= 1.5])
    checkout = cart & (rng.random(n) < np.where(festival, CART_TO_CHECKOUT_FESTIVAL, CART_TO_CHECKOUT))
    checkout |= ~cart & (rng.random(n) < BUY_NOW)  # "buy now" skips the cart step
    log.add(checkout, cust, t, TP["tp_checkout"], A["view"], dev, ch, csess)

    checkout_t = t
    in_exp = checkout & in_days(t, PLANTED.exp_start, PLANTED.exp_end)
    treated = in_exp & (pop.variant[cust] == 1)
    pay = checkout & (rng.random(n) < np.where(treated, PLANTED.checkout_to_pay_treatment, PLANTED.checkout_to_pay))
    t = t + gaps(rng, n, 20, 300)
    log.add(pay, cust, t, TP["tp_payment"], A["submit"], dev, ch, csess)

    bug = (dev == ANDROID) & in_days(t, PLANTED.bug_start, PLANTED.bug_end)
    first_ok = rng.random(n) < np.where(bug, PLANTED.pay_first_ok_bug, PLANTED.pay_first_ok)
    t = t + gaps(rng, n, 3, 40)
    log.add(pay & ~first_ok, cust, t, TP["tp_payment"], A["fail"], dev, ch, csess)
    retry = pay & ~first_ok & (rng.random(n) < PAY_RETRY)
    t = np.where(retry, t + gaps(rng, n, 15, 180), t)
    log.add(retry, cust, t, TP["tp_payment"], A["submit"], dev, ch, csess)
    retry_ok = retry & (rng.random(n) < np.where(bug, PLANTED.pay_retry_ok_bug, PLANTED.pay_retry_ok))
    t = np.where(retry, t + gaps(rng, n, 3, 40), t)
    log.add(retry & ~retry_ok, cust, t, TP["tp_payment"], A["fail"], dev, ch, csess)
    paid = pay & (first_ok | retry_ok)
    log.add(paid, cust, t, TP["tp_payment"], A["success"], dev, ch, csess)
    t = t + gaps(rng, n, 2, 20)
    log.add(paid, cust, t, TP["tp_order_confirm"], A["view"], dev, ch, csess)

    orders = OrderDraft(cust[paid], t[paid], dev[paid], ch[paid])
    return orders, _assignments(pop, cust[in_exp], checkout_t[in_exp])


def _assignments(pop: Population, cust: np.ndarray, checkout_ts: np.ndarray) -> Assignments:
    """First in-window checkout per customer is the assignment moment."""
    first = np.full(pop.size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, cust, checkout_ts)
    who = np.flatnonzero(first != np.iinfo(np.int64).max)
    return Assignments(who, pop.variant[who], first[who])
