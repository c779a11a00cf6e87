"""Arrow tables for each DATA.md file, built from the generator's arrays."""
from __future__ import annotations

import numpy as np
import pyarrow as pa

from knowledge.demo.company import (ACQUISITION, ACTIONS, DEVICES, END_S, EVENT_CHANNELS,
                                    EXPERIMENT_ID, EXPERIMENT_VARIANTS, JOURNEYS, ORDER_STATUSES,
                                    REGIONS, SEGMENTS, TIERS, TOUCHPOINTS)
from knowledge.demo.population import NO_SIGNUP, Population
from knowledge.demo.orders import Orders
from knowledge.demo.shopping import Assignments
from knowledge.demo.writer import fixed_ids, labels, timestamps

TP_IDS = tuple(t.id for t in TOUCHPOINTS)
OUT_OF_ORDER_SHARE = 0.02


def customer_ids(index: np.ndarray, n_customers: int | None = None) -> pa.Array:
    """Customer index i -> C{i+1:07d}; with n_customers, a dictionary array (cheap for 10 M rows)."""
    if n_customers is None:
        return fixed_ids("C", np.asarray(index, dtype=np.int64) + 1, 7)
    return labels(index, fixed_ids("C", np.arange(1, n_customers + 1), 7))


def touchpoints_table() -> pa.Table:
    """The journey map: one row per touchpoint."""
    rows = [{"touchpoint_id": t.id, "name": t.name_zh, "name_zh": t.name_zh, "name_en": t.name_en,
             "stage": t.stage, "channel": t.channel, "kind": t.kind, "owner": t.owner, "aliases": t.aliases}
            for t in TOUCHPOINTS]
    return pa.Table.from_pylist(rows)


def journeys_table() -> pa.Table:
    """Funnel definitions: one row per journey step."""
    rows = [{"journey_id": j.id, "journey_name": j.name_zh, "journey_name_zh": j.name_zh,
             "journey_name_en": j.name_en, "step": k, "touchpoint_id": tp, "window_days": j.window_days}
            for j in JOURNEYS for k, tp in enumerate(j.steps, start=1)]
    return pa.Table.from_pylist(rows)


def customers_table(pop: Population) -> pa.Table:
    """Everyone who appears anywhere; visitors who never finished sign-up have no signup_at."""
    idx = np.arange(pop.size)
    return pa.table({
        "customer_id": customer_ids(idx),
        "signup_at": timestamps(pop.signup_s, null=pop.signup_s == NO_SIGNUP),
        "segment": labels(pop.segment, SEGMENTS),
        "region": labels(pop.region, REGIONS),
        "acquisition_channel": labels(pop.acquisition, ACQUISITION),
        "tier": labels(pop.tier, TIERS),
    })


def finalize_events(rng: np.random.Generator, ev: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Keep the year, order by time, number the events, then knock a few rows out of order."""
    inside = np.flatnonzero((ev["ts"] >= 0) & (ev["ts"] <= END_S))
    # Sorting (ts, position) packed into one int64 is faster than argsort and keeps ties stable.
    bits = max(len(inside), 1).bit_length()
    order = inside[(np.sort((ev["ts"][inside] << bits) | np.arange(len(inside))) & ((1 << bits) - 1))]
    n = len(order)
    event_no = np.arange(1, n + 1, dtype=np.int64)
    # Real exports are not perfectly sorted: late-arriving rows land elsewhere in the file.
    moved = np.flatnonzero(rng.random(n) < OUT_OF_ORDER_SHARE)
    shuffled = moved[rng.permutation(len(moved))]
    order[moved] = order[shuffled]
    event_no[moved] = event_no[shuffled]
    out = {k: v[order] for k, v in ev.items()}  # one gather per column
    out["event_no"] = event_no
    return out


def events_table(ev: dict[str, np.ndarray], n_customers: int) -> pa.Table:
    """Clickstream rows in file order."""
    return pa.table({
        "event_id": fixed_ids("E", ev["event_no"], 9),
        "customer_id": customer_ids(ev["customer"], n_customers),
        "ts": timestamps(ev["ts"]),
        "touchpoint_id": labels(ev["tp"], TP_IDS),
        "session_id": fixed_ids("S", ev["session"], 9),
        "action": labels(ev["action"], ACTIONS),
        "device": labels(ev["device"], DEVICES),
        "channel": labels(ev["channel"], EVENT_CHANNELS),
    })


def orders_table(orders: Orders, n_customers: int) -> pa.Table:
    """Orders in time order."""
    n = len(orders.customer)
    return pa.table({
        "order_id": fixed_ids("O", np.arange(1, n + 1), 8),
        "customer_id": customer_ids(orders.customer, n_customers),
        "ts": timestamps(orders.ts),
        "amount": pa.array(orders.amount, type=pa.float64()),
        "status": labels(orders.status, ORDER_STATUSES),
        "channel": labels(orders.channel, EVENT_CHANNELS),
        "device": labels(orders.device, DEVICES),
    })


def experiments_table(assign: Assignments) -> pa.Table:
    """One row per assigned customer."""
    return pa.table({
        "experiment_id": pa.array([EXPERIMENT_ID] * len(assign.customer), type=pa.string()),
        "variant": labels(assign.variant, EXPERIMENT_VARIANTS),
        "customer_id": customer_ids(assign.customer),
        "assigned_at": timestamps(assign.ts),
    })
