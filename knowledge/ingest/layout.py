"""Writing a contract table's rows in the stored layout the contract declares (Table.column_defs)."""
from __future__ import annotations

import duckdb

from knowledge.ingest.readers import sql_str
from knowledge.tables import Table


def write_table(con: duckdb.DuckDBPyConnection, table: Table, target: str, select: str, *, extra: str = "") -> None:
    """Replace `target` with the table's columns (plus the `extra` column definitions) filled from `select`.

    Rows are stored in the order of `select` when it sorts them or the connection preserves insertion order.
    """
    con.execute(f"CREATE OR REPLACE TABLE {target} ({table.column_defs()}{', ' + extra if extra else ''})")
    # a load turns dict_fsst off for its other writes (ingest._open: text with no declared compression,
    # such as the events of a database written before the declarations, stays uncompressed), which
    # would override the compression these columns declare; every text column declares its own
    was = con.execute("SELECT current_setting('disabled_compression_methods')").fetchall()[0][0]
    con.execute("SET disabled_compression_methods = ''")
    try:
        con.execute(f"INSERT INTO {target} {select}")
    finally:
        con.execute(f"SET disabled_compression_methods = {sql_str(was)}")
