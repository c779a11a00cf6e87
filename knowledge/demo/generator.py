"""generate_dataset: write the bilingual demo company as a DATA.md dataset folder."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knowledge.demo import assemble
from knowledge.demo.errors import DemoError
from knowledge.demo.feedback import draft_feedback, feedback_table
from knowledge.demo.orders import after_sales, make_orders
from knowledge.demo.population import make_population
from knowledge.demo.register import engagement_events, register_journeys
from knowledge.demo.shopping import shopping_sessions
from knowledge.demo.eventlog import EventLog
from knowledge.demo.writer import write_table

TABLE_NAMES = ("touchpoints", "customers", "events", "journeys", "orders", "feedback", "experiments")


@dataclass(frozen=True)
class SizeSpec:
    """How big a demo size is: customers drive events (~20 per customer)."""

    customers: int
    feedback: int
    big_format: str  # format of events and orders; the small tables are always CSV
    target_events: int


SIZES: dict[str, SizeSpec] = {
    "small": SizeSpec(customers=4_000, feedback=6_000, big_format="csv", target_events=100_000),
    "medium": SizeSpec(customers=40_000, feedback=12_000, big_format="parquet", target_events=1_000_000),
    "large": SizeSpec(customers=400_000, feedback=24_000, big_format="parquet", target_events=10_000_000),
}


@dataclass(frozen=True)
class DemoManifest:
    """What generate_dataset wrote: the folder, one file per table, row counts and timings."""

    folder: Path
    size: str
    seed: int
    files: dict[str, Path]
    rows: dict[str, int]
    seconds: dict[str, float] = field(default_factory=dict)


def generate_dataset(out_dir: str | Path, *, size: str = "small", seed: int = 42) -> DemoManifest:
    """Generate the demo company into out_dir; same size and seed give byte-identical files."""
    spec = SIZES.get(size)
    if spec is None:
        raise DemoError(f"unknown demo size {size!r}", hint="use one of: " + ", ".join(SIZES))
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in TABLE_NAMES:  # a previous run may have used the other format
            for ext in (".csv", ".parquet"):
                (folder / f"{name}{ext}").unlink(missing_ok=True)
    except OSError as exc:
        raise DemoError(f"cannot write the demo dataset to {folder}: {exc}",
                        hint="choose a writable folder") from exc

    clock = time.perf_counter()
    seconds: dict[str, float] = {}
    # Independent streams per part, so changing one part never reshuffles the others.
    rngs = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(7)]
    pop = make_population(rngs[0], spec.customers)
    log = EventLog()
    register_journeys(rngs[1], pop, log)
    draft, assignments = shopping_sessions(rngs[2], pop, log)
    orders = make_orders(rngs[3], pop, draft)
    after_sales(rngs[3], pop, orders, log)
    engagement_events(rngs[4], pop, log)
    events = assemble.finalize_events(rngs[5], log.arrays())
    feedback = draft_feedback(rngs[6], pop, events, spec.feedback)
    seconds["simulate"] = time.perf_counter() - clock

    clock = time.perf_counter()
    tables = {
        "touchpoints": (assemble.touchpoints_table(), "csv"),
        "customers": (assemble.customers_table(pop), "csv"),
        "events": (assemble.events_table(events, pop.size), spec.big_format),
        "journeys": (assemble.journeys_table(), "csv"),
        "orders": (assemble.orders_table(orders, pop.size), spec.big_format),
        "feedback": (feedback_table(feedback), "csv"),
        "experiments": (assemble.experiments_table(assignments), "csv"),
    }
    files = {name: write_table(table, folder, name, fmt) for name, (table, fmt) in tables.items()}
    seconds["write"] = time.perf_counter() - clock
    rows = {name: table.num_rows for name, (table, _) in tables.items()}
    return DemoManifest(folder=folder, size=size, seed=seed, files=files, rows=rows, seconds=seconds)
