"""A tiny workspace database with every contract table, for guard and tool tests."""
from __future__ import annotations

from pathlib import Path

import duckdb

from knowledge.tables import TABLES


def make_db(path: Path) -> Path:
    """Create the contract tables with a few rows of events and feedback."""
    con = duckdb.connect(str(path))
    for t in TABLES.values():
        con.execute(t.ddl())
    con.execute("INSERT INTO touchpoints (touchpoint_id, name, stage, position) VALUES "
                "('tp_home','Home','awareness',1), ('tp_pay','Payment','purchase',2)")
    con.execute("INSERT INTO events (customer_id, ts, touchpoint_id, device) VALUES "
                "('c1','2026-10-01 10:00','tp_home','ios'), ('c1','2026-10-02 10:00','tp_pay','ios'), "
                "('c2','2026-10-03 11:00','tp_home','android')")
    con.execute("INSERT INTO feedback (feedback_id, text, ts, touchpoint_id) VALUES "
                "('f1','pay failed, call 13800138000','2026-10-02 12:00','tp_pay')")
    con.execute("INSERT INTO journeys (journey_id, journey_name, step, touchpoint_id) VALUES "
                "('buy','Buy',1,'tp_home'), ('buy','Buy',2,'tp_pay')")
    con.close()
    return path
