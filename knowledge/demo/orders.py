"""Order amounts and statuses, and what happens after an order: delivery, support, returns, reviews."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from knowledge.demo.calendar import FESTIVALS, SPRING_FESTIVAL
from knowledge.demo.company import A, ORDER_STATUSES, PLANTED, SEG, TP, day_offset
from knowledge.demo.eventlog import EventLog, gaps
from knowledge.demo.population import Population
from knowledge.demo.shopping import OrderDraft

AMOUNT_FACTOR = {"new": 0.85, "returning": 1.0, "vip": 1.8, "at_risk": 0.9}
CANCEL_RATE = 0.04
REFUND_RATE = 0.03
# Chance that an order leads to a customer-service contact, by status.
SUPPORT_RATE = {"paid": 0.05, "refunded": 0.80, "returned": 0.55}
SUPPORT_RATE_AT_RISK_PAID = 0.15
LATE_DELIVERY = 0.08
REVIEW_TO_POINTS = 0.45
DAY = 86400
ST = {s: i for i, s in enumerate(ORDER_STATUSES)}


@dataclass
class Orders:
    """Placed orders, sorted by time; index i is order O{i+1:08d}."""

    customer: np.ndarray
    ts: np.ndarray
    device: np.ndarray
    channel: np.ndarray
    amount: np.ndarray
    status: np.ndarray


def make_orders(rng: np.random.Generator, pop: Population, draft: OrderDraft) -> Orders:
    """Draw amounts and statuses; night orders (00:00-05:59) are returned about twice as often."""
    order = np.argsort(draft.ts, kind="stable")
    cust, ts = draft.customer[order], draft.ts[order]
    n = len(cust)
    seg = pop.segment[cust]
    factor = np.ones(n)
    for name, f in AMOUNT_FACTOR.items():
        factor[seg == SEG[name]] = f
    festival = np.isin(ts // DAY, [day_offset(d) for d, _ in FESTIVALS])
    amount = rng.lognormal(np.log(160), 0.75, n) * factor * np.where(festival, 1.25, 1.0)
    amount = np.round(np.maximum(amount, 9.9), 2)
    night = (ts % DAY) < 6 * 3600
    p_return = np.where(night, PLANTED.return_rate_night, PLANTED.return_rate_day)
    u = rng.random(n)
    status = np.select(
        [u < CANCEL_RATE, u < CANCEL_RATE + p_return, u < CANCEL_RATE + p_return + REFUND_RATE],
        [ST["cancelled"], ST["returned"], ST["refunded"]], ST["paid"]).astype(np.int8)
    return Orders(cust, ts, draft.device[order], draft.channel[order], amount, status)


def after_sales(rng: np.random.Generator, pop: Population, orders: Orders, log: EventLog) -> None:
    """Emit delivery, customer-service, returns, review and points events for placed orders."""
    n = len(orders.customer)
    cust, dev, ch, status = orders.customer, orders.device, orders.channel, orders.status
    live = status != ST["cancelled"]
    at_risk = pop.segment[cust] == SEG["at_risk"]

    shipped = orders.ts + gaps(rng, n, 4 * 3600, 36 * 3600)
    log.add(live & (rng.random(n) < 0.7), cust, shipped, TP["tp_delivery"], A["view"], dev, ch, log.sessions(n))
    lo, hi, _ = SPRING_FESTIVAL
    holiday = (orders.ts // DAY >= day_offset(lo) - 3) & (orders.ts // DAY <= day_offset(hi))
    late = rng.random(n) < LATE_DELIVERY
    delivered = (shipped + gaps(rng, n, 12 * 3600, 3 * DAY) + np.where(late, gaps(rng, n, 3 * DAY, 7 * DAY), 0)
                 + np.where(holiday, gaps(rng, n, 2 * DAY, 5 * DAY), 0))
    log.add(live, cust, delivered, TP["tp_delivery"], A["success"], dev, ch, log.sessions(n))

    p_support = np.select([status == ST["returned"], status == ST["refunded"], at_risk],
                          [SUPPORT_RATE["returned"], SUPPORT_RATE["refunded"], SUPPORT_RATE_AT_RISK_PAID],
                          SUPPORT_RATE["paid"])
    support = live & ((rng.random(n) < p_support) | (late & (rng.random(n) < 0.3)))
    s_sess = log.sessions(n)
    t = delivered + gaps(rng, n, 2 * 3600, 3 * DAY)
    log.add(support, cust, t, TP["tp_support"], A["view"], dev, ch, s_sess)
    t = t + gaps(rng, n, 30, 600)
    log.add(support, cust, t, TP["tp_support"], A["submit"], dev, ch, s_sess)
    # At-risk customers wait much longer for an answer and are less often helped.
    wait = np.where(at_risk, gaps(rng, n, 6 * 3600, 4 * DAY), gaps(rng, n, 300, 12 * 3600))
    resolved = rng.random(n) < np.where(at_risk, 0.45, 0.8)
    log.add(support, cust, t + wait, TP["tp_support"], np.where(resolved, A["success"], A["fail"]), dev, ch, s_sess)

    returning = live & ((status == ST["returned"]) | (status == ST["refunded"]))
    t = np.where(support, t + wait, delivered) + gaps(rng, n, 3600, 4 * DAY)
    r_sess = log.sessions(n)
    log.add(returning, cust, t, TP["tp_returns"], A["submit"], dev, ch, r_sess)
    log.add(returning, cust, t + gaps(rng, n, 2 * DAY, 8 * DAY), TP["tp_returns"], A["success"], dev, ch, r_sess)

    happy = live & (status == ST["paid"])
    review = happy & (rng.random(n) < np.where(pop.segment[cust] == SEG["vip"], 0.25, 0.18))
    reviewed = delivered + gaps(rng, n, DAY, 10 * DAY)
    log.add(review, cust, reviewed, TP["tp_review"], A["submit"], dev, ch, log.sessions(n))
    # Reviews earn points, so many reviewers go on to check their points balance.
    log.add(review & (rng.random(n) < REVIEW_TO_POINTS), cust, reviewed + gaps(rng, n, 3600, 3 * DAY),
            TP["tp_loyalty"], A["view"], dev, ch, log.sessions(n))
    points = happy & (rng.random(n) < 0.2)
    log.add(points, cust, delivered + gaps(rng, n, 600, 5 * DAY), TP["tp_loyalty"], A["view"], dev, ch,
            log.sessions(n))
