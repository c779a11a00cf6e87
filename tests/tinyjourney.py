"""A tiny hand-made journey workspace whose every number is worked out in test_analyses_journey.py.

Journey `buy`: home -> product -> cart -> pay (7-day window); journey `help`: help -> home.
Rows are inserted deliberately out of time order, as files often are.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from knowledge.derived import refresh_derived
from knowledge.gateway import Gateway
from knowledge.tables import TABLES

TOUCHPOINTS = [
    ("home", "Home", "awareness"), ("product", "Product page", "consideration"),
    ("cart", "Cart", "purchase"), ("pay", "Payment", "purchase"), ("help", "Help centre", "service"),
]
JOURNEYS = [("buy", "Buy", 1, "home", 7), ("buy", "Buy", 2, "product", 7), ("buy", "Buy", 3, "cart", 7),
            ("buy", "Buy", 4, "pay", 7), ("help", "Get help", 1, "help", None), ("help", "Get help", 2, "home", None)]
CUSTOMERS = [("c1", "new", "ios"), ("c2", "new", "android"), ("c3", "vip", "ios"), ("c4", "vip", "pc"),
             ("c5", "new", "ios"), ("c6", "vip", "android"), ("c7", "new", "ios"), ("c8", "new", "pc")]
DEVICE = {c: d for c, _, d in CUSTOMERS}

# (event_id, customer, ts, touchpoint, session_id); None session ids are split by the 30-minute gap
EVENTS = [
    ("e13", "c1", "2026-10-01 10:02:00", "pay", "s1"),
    ("e10", "c1", "2026-10-01 10:00:00", "home", "s1"),
    ("e12", "c1", "2026-10-01 10:01:00", "cart", "s1"),
    ("e11", "c1", "2026-10-01 10:00:30", "product", "s1"),
    ("e09", "c1", "2026-10-01 08:00:00", "help", "s0"),
    # c2 visits the cart before the product page: the cart visit does not count for step 3
    ("e20", "c2", "2026-10-02 09:00:00", "home", "s2"),
    ("e21", "c2", "2026-10-02 09:05:00", "cart", "s2"),
    ("e22", "c2", "2026-10-02 09:10:00", "product", "s2"),
    ("e23", "c2", "2026-10-02 09:20:00", "pay", "s2"),
    # c3: product exactly at the 7-day window end (in), cart one second later (out)
    ("e31", "c3", "2026-10-10 12:00:00", "product", "s3b"),
    ("e30", "c3", "2026-10-03 12:00:00", "home", "s3a"),
    ("e32", "c3", "2026-10-10 12:00:01", "cart", "s3b"),
    # c4: a product view before any home visit, then home, product, cart at the same second
    ("e40", "c4", "2026-10-04 10:00:00", "product", "s4a"),
    ("e43", "c4", "2026-10-05 08:00:00", "cart", "s4b"),
    ("e41", "c4", "2026-10-05 08:00:00", "home", "s4b"),
    ("e42", "c4", "2026-10-05 08:00:00", "product", "s4b"),
    # c5: a home visit the day before the period, then skips the cart
    ("e50", "c5", "2026-09-30 23:59:00", "home", "s5a"),
    ("e51", "c5", "2026-10-06 10:00:00", "home", "s5b"),
    ("e52", "c5", "2026-10-06 10:05:00", "product", "s5b"),
    ("e53", "c5", "2026-10-06 10:10:00", "pay", "s5b"),
    # no session ids: a 30-minute gap continues the session, 30 minutes and 1 second splits it
    ("e60", "c6", "2026-10-07 10:00:00", "help", None),
    ("e61", "c6", "2026-10-07 10:30:00", "help", None),
    ("e62", "c6", "2026-10-07 11:00:01", "product", None),
    ("e70", "c7", "2026-10-07 10:00:00", "help", None),
    ("e80", "c8", "2026-10-07 10:00:00", "help", None),
]
ORDERS = [
    ("o1", "c1", "2026-10-01 10:03:00", "paid"), ("o2", "c1", "2026-10-31 10:03:00", "paid"),
    ("o3", "c2", "2026-10-02 09:20:00", "paid"), ("o4", "c2", "2026-11-01 09:20:01", "paid"),
    ("o5", "c3", "2026-10-03 12:30:00", "paid"), ("o6", "c3", "2026-10-03 12:30:00", "paid"),
    ("o7", "c4", "2026-09-15 12:00:00", "paid"), ("o8", "c4", "2026-10-05 08:01:00", "paid"),
    ("o9", "c5", "2026-10-06 10:11:00", "cancelled"), ("o10", "c5", "2026-10-08 10:00:00", "paid"),
    ("o11", "c6", "2026-10-20 10:00:00", "refunded"),
]
EXPERIMENTS = [("exp1", "control", c, "2026-10-01 00:00:00") for c in ("c1", "c3", "c7", "c8")] + \
              [("exp1", "treatment", c, "2026-10-01 00:00:00") for c in ("c2", "c4", "c5", "c6")]
SECOND_EXPERIMENT = [("exp2", "B", "c1", None), ("exp2", "C", "c2", None)]


def build(root: Path, *, derived: bool = True, second_experiment: bool = False, events: bool = True) -> Gateway:
    """Write the tiny workspace database under root and return a gateway on it."""
    root.mkdir(parents=True, exist_ok=True)
    db = root / "journey.duckdb"
    con = duckdb.connect(str(db))
    try:
        for t in TABLES.values():
            con.execute(t.ddl())
        con.executemany("INSERT INTO touchpoints (touchpoint_id, name, stage) VALUES (?, ?, ?)", TOUCHPOINTS)
        con.executemany("INSERT INTO journeys (journey_id, journey_name, step, touchpoint_id, window_days) "
                        "VALUES (?, ?, ?, ?, ?)", JOURNEYS)
        con.executemany("INSERT INTO customers (customer_id, segment) VALUES (?, ?)",
                        [(c, s) for c, s, _ in CUSTOMERS])
        if events:
            con.executemany("INSERT INTO events (event_id, customer_id, ts, touchpoint_id, session_id, device, channel) "
                            "VALUES (?, ?, CAST(? AS TIMESTAMP), ?, ?, ?, 'app')",
                            [(e, c, ts, tp, s, DEVICE[c]) for e, c, ts, tp, s in EVENTS])
        con.executemany("INSERT INTO orders (order_id, customer_id, ts, amount, status) "
                        "VALUES (?, ?, CAST(? AS TIMESTAMP), 10.0, ?)", ORDERS)
        exps = EXPERIMENTS + (SECOND_EXPERIMENT if second_experiment else [])
        con.executemany("INSERT INTO experiments (experiment_id, variant, customer_id, assigned_at) "
                        "VALUES (?, ?, ?, CAST(? AS TIMESTAMP))", exps)
        if derived:
            refresh_derived(con)
    finally:
        con.close()
    return Gateway(db)
