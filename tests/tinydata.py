"""A tiny hand-made DuckDB workspace for the semantic-layer and metric-analysis tests.

Every expected number in tests/test_semantic*.py and tests/test_analyses_metrics.py is worked
out by hand from the rows below (2026-10-01 is a Thursday; 2026-10-05 a Monday).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from knowledge.gateway import Gateway
from knowledge.semantic import load_semantic_layer

from knowledge.tables import TABLES

TOUCHPOINTS = [
    # touchpoint_id, name, name_zh, name_en, stage
    ("tp_home", "Home", "首页", "Home", "awareness"),
    ("tp_cart", "Cart", "购物车", "Cart", "consideration"),
    ("tp_pay", "Payment", "支付", "Payment", "purchase"),
]
CUSTOMERS = [
    # customer_id, signup_at, segment, region, acquisition_channel, tier ; c6 has no row on purpose
    ("c1", "2026-09-01 08:00:00", "new", "north", "ads", "gold"),
    ("c2", "2026-09-02 08:00:00", "new", "south", "social", "silver"),
    ("c3", "2026-10-03 08:00:00", "returning", "north", "ads", "gold"),
    ("c4", "2026-10-04 08:00:00", "returning", "south", "organic", "silver"),
    ("c5", "2026-10-09 08:00:00", "vip", "north", "ads", "gold"),
]
EVENTS = [
    # customer_id, ts, touchpoint_id, action, device, channel, session_id
    # --- October (the "current" period 2026-10-01 .. 2026-10-10) ---
    ("c1", "2026-10-01 05:59:00", "tp_home", "view", "android", "app", "s1"),
    ("c1", "2026-10-01 06:00:00", "tp_cart", "click", "android", "app", "s1"),
    ("c1", "2026-10-01 06:10:00", "tp_pay", "success", "android", "app", "s1"),
    ("c2", "2026-10-01 10:00:00", "tp_home", "view", "ios", "web", "s2"),
    ("c2", "2026-10-02 11:00:00", "tp_cart", "click", "ios", "web", "s3"),
    ("c2", "2026-10-02 10:59:00", "tp_pay", "fail", "ios", "web", "s3"),      # before the cart: no step 3
    ("c3", "2026-10-03 20:00:00", "tp_home", "view", "android", "app", "s4"),
    ("c3", "2026-10-03 20:01:00", "tp_pay", "view", "android", "app", "s4"),   # skipped the cart
    ("c4", "2026-10-05 23:59:59", "tp_home", "view", "pc", "web", "s5"),
    ("c4", "2026-10-04 12:00:00", "tp_home", "view", "pc", "web", "s6"),
    ("c5", "2026-10-06 09:00:00", "tp_home", "view", "ios", "app", "s7"),
    ("c5", "2026-10-06 09:01:00", "tp_cart", "click", "ios", "app", "s7"),
    ("c5", "2026-10-06 09:02:00", "tp_pay", "success", "ios", "app", "s7"),
    ("c6", "2026-10-10 02:00:00", "tp_pay", "success", "android", "app", None),
    # --- September (the baseline period 2026-09-21 .. 2026-09-30) ---
    ("c1", "2026-09-22 10:00:00", "tp_pay", "success", "android", "app", "b1"),
    ("c2", "2026-09-22 11:00:00", "tp_pay", "success", "ios", "app", "b2"),
    ("c3", "2026-09-23 10:00:00", "tp_pay", "success", "android", "web", "b3"),
    ("c4", "2026-09-24 10:00:00", "tp_pay", "fail", "pc", "web", "b4"),
]
JOURNEYS = [
    ("buy", "Buy", "购买", "Buy", 1, "tp_home", 7),
    ("buy", "Buy", "购买", "Buy", 2, "tp_cart", 7),
    ("buy", "Buy", "购买", "Buy", 3, "tp_pay", 7),
]
ORDERS = [
    # order_id, customer_id, ts, amount, status, channel, device
    ("o1", "c1", "2026-10-01 06:10:00", 100.0, "paid", "app", "android"),
    ("o2", "c2", "2026-10-02 11:05:00", 50.0, "cancelled", "web", "ios"),
    ("o3", "c3", "2026-10-03 20:02:00", 30.0, "returned", "app", "android"),
    ("o4", "c5", "2026-10-06 09:02:00", 70.0, None, "app", "ios"),
    ("o5", "c5", "2026-10-07 09:00:00", 20.0, "refunded", "app", "ios"),
    ("o6", "c1", "2026-10-08 09:00:00", 80.0, "paid", "app", "android"),
]
FEEDBACK = [
    # feedback_id, text, ts, customer_id, touchpoint_id, channel, rating, nps, sentiment, sentiment_score
    ("f1", "支付很顺利", "2026-10-01 07:00:00", "c1", "tp_pay", "survey", 5.0, 10, "positive", 0.8),
    ("f2", "payment failed twice", "2026-10-02 12:00:00", "c2", "tp_pay", "survey", 1.0, 3, "negative", -0.9),
    ("f3", "购物车还行", "2026-10-03 21:00:00", "c3", "tp_cart", "app_review", 4.0, 8, "neutral", 0.1),
    ("f4", "slow home page", "2026-10-05 08:00:00", "c4", "tp_home", "app_review", None, 9, "negative", -0.4),
    ("f5", "no date on this one", None, "c5", "tp_home", "survey", 2.0, 0, "negative", -0.5),
]


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    for r in rows:
        con.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(r))


def build_tiny_db(path: str | Path) -> Path:
    """Write the tiny database file at `path` (every contract table exists) and return the path."""
    path = Path(path)
    con = duckdb.connect(str(path))
    try:
        for t in TABLES.values():
            con.execute(t.ddl())
        _insert(con, "touchpoints", ["touchpoint_id", "name", "name_zh", "name_en", "stage"], TOUCHPOINTS)
        _insert(con, "customers", ["customer_id", "signup_at", "segment", "region", "acquisition_channel", "tier"],
                CUSTOMERS)
        _insert(con, "events", ["customer_id", "ts", "touchpoint_id", "action", "device", "channel", "session_id"],
                EVENTS)
        _insert(con, "journeys", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                  "touchpoint_id", "window_days"], JOURNEYS)
        _insert(con, "orders", ["order_id", "customer_id", "ts", "amount", "status", "channel", "device"], ORDERS)
        _insert(con, "feedback", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating",
                                  "nps", "sentiment", "sentiment_score"], FEEDBACK)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def layer():
    """The packaged semantic layer."""
    return load_semantic_layer()


@pytest.fixture(scope="module")
def gw(tmp_path_factory):
    """A read-only gateway over a freshly built tiny database (one per test module)."""
    g = Gateway(build_tiny_db(tmp_path_factory.mktemp("tiny") / "t.duckdb"))
    yield g
    g.close()
