"""Derived tables rebuilt after every load (owned by the analyses that need them)."""
from __future__ import annotations

import duckdb


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every derived table from the base tables on a writable connection."""
    # filled in by the analyses work (path transitions); nothing derived yet
    return None
