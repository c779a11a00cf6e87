"""The contract's per-value rules as SQL: typed expressions and row-local checks over text columns.

Timestamps: a value without an offset is dataset-local wall-clock time and is stored as
written. A value with an offset (`Z`, `+08:00`, `+0800`) is converted to the dataset's time
zone (the connection's TimeZone, set from `data_tz`, default UTC) and stored without offset,
so every stored timestamp is naive wall-clock time in one zone.
"""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.ingest import messages as msg
from knowledge.ingest.readers import Source, ident, sql_str
from knowledge.tables import DUCK_TYPES, STAGE_ZH, STAGES, Column

RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("feedback", "rating"): (1, 5),
    ("feedback", "nps"): (0, 10),
    ("journeys", "step"): (1, 1_000_000),
    ("journeys", "window_days"): (1, 36_500),
}


def typed_name(col: str) -> str:
    """Name of the typed twin of a text column inside validation queries."""
    return ident("__t_" + col)


def _maybe_offset(raw: str) -> str:
    # cheap tests instead of a regex (10 M values a second matter here): an ISO value without an
    # offset is at most 19 characters unless it has fractional seconds; longer values and a
    # trailing Z take the (slower) time-zone-aware cast, which is right for naive values too
    return f"(strlen({raw}) > 19 OR ends_with({raw}, 'Z') OR ends_with({raw}, 'z') OR contains({raw}, '+'))"


def _blank(raw: str) -> str:
    # `raw < '!'` is true only when the first character is a space or control character,
    # so trim() runs on almost no values
    return f"({raw} IS NULL OR ({raw} < '!' AND trim({raw}) = ''))"


def typed_expr(src: Source, col: Column) -> str:
    """SQL turning the column into its contract type (NULL when it does not parse)."""
    raw, table = ident(col.name), src.table.name
    if src.native(col.name) and col.type != "string":
        # a Parquet column of a matching type: only NaN/inf numbers are bad; an offset-aware
        # timestamp converts to the dataset's zone (the connection's TimeZone), as text would
        if col.type == "number":
            return f"CASE WHEN isfinite(CAST({raw} AS DOUBLE)) THEN CAST({raw} AS DOUBLE) END"
        return f"CAST({raw} AS {DUCK_TYPES[col.type]})"
    if col.type == "timestamp":
        return (f"CASE WHEN {_maybe_offset(raw)} THEN TRY_CAST(TRY_CAST({raw} AS TIMESTAMPTZ) AS TIMESTAMP) "
                f"ELSE TRY_CAST({raw} AS TIMESTAMP) END")
    if col.type == "number":
        return f"CASE WHEN isfinite(TRY_CAST({raw} AS DOUBLE)) THEN TRY_CAST({raw} AS DOUBLE) END"
    if col.type == "integer":
        # DuckDB rounds '3.5' to 4 when casting to BIGINT; a whole number must round-trip
        return (f"CASE WHEN TRY_CAST({raw} AS DOUBLE) = TRY_CAST({raw} AS BIGINT) "
                f"THEN TRY_CAST({raw} AS BIGINT) END")
    if table == "touchpoints" and col.name == "stage":
        zh = " ".join(f"WHEN {sql_str(k)} THEN {sql_str(v)}" for k, v in STAGE_ZH.items())
        return f"CASE trim({raw}) {zh} ELSE lower(trim({raw})) END"
    return raw


@dataclass(frozen=True)
class RowCheck:
    """One rule on one column; `bad` is SQL true for a bad row (raw and typed columns in scope)."""

    kind: str
    column: str
    bad: str
    reason: str
    hint: str


def row_checks(src: Source) -> list[RowCheck]:
    """Every row-local rule that applies to the columns of this file."""
    checks: list[RowCheck] = []
    present = set(src.columns)
    for col in src.table.columns:
        if col.name not in present:
            continue
        raw, typed = ident(col.name), typed_name(col.name)
        blank = _blank(raw) if not src.native(col.name) or col.type == "string" else f"({raw} IS NULL)"
        filled = f"(NOT {blank})"
        if col.required:
            checks.append(RowCheck("empty_required", col.name, blank, msg.reason("empty_required"),
                                   msg.hint("empty_required", column=col.name)))
        if col.type in ("timestamp", "number", "integer"):
            kind = "bad_" + col.type
            checks.append(RowCheck(kind, col.name, f"{filled} AND {typed} IS NULL", msg.reason(kind), msg.hint(kind)))
        if (src.table.name, col.name) in RANGES:
            low, high = RANGES[(src.table.name, col.name)]
            lo, hi = f"{low:g}", f"{high:g}"
            checks.append(RowCheck("out_of_range", col.name, f"{typed} NOT BETWEEN {lo} AND {hi}",
                                   msg.reason("out_of_range", low=lo, high=hi), msg.hint("out_of_range", low=lo, high=hi)))
        if col.choices:
            allowed = ", ".join(sql_str(c) for c in STAGES if c in col.choices) or "''"
            checks.append(RowCheck("bad_stage", col.name, f"{filled} AND {typed} NOT IN ({allowed})",
                                   msg.reason("bad_stage"), msg.hint("bad_stage")))
    for name in src.columns:
        raw = ident(name)
        if src.native(name) and src.table.column(name).type != "string":  # type: ignore[union-attr]
            continue  # a number or a timestamp cannot be a huge field
        checks.append(RowCheck("huge_field", name, f"strlen({raw}) > {msg.MAX_FIELD_BYTES}",
                               msg.reason("huge_field", limit=msg.MAX_FIELD_BYTES),
                               msg.hint("huge_field", limit=msg.MAX_FIELD_BYTES)))
    return checks


def any_bad(checks: list[RowCheck]) -> str:
    """SQL true when any check fails, else false or NULL (filters treat NULL as false)."""
    if not checks:
        return "false"
    return " OR ".join(f"({c.bad})" for c in checks)


def typed_select(src: Source, *, keep_raw: bool) -> str:
    """Select list: raw text columns (when keep_raw) plus the typed twin of every contract column."""
    items: list[str] = []
    present = set(src.columns)
    if keep_raw:
        items += [ident(c) for c in src.columns]
    for col in src.table.columns:
        expr = typed_expr(src, col) if col.name in present else f"CAST(NULL AS {DUCK_TYPES[col.type]})"
        items.append(f"{expr} AS {typed_name(col.name)}")
    return ", ".join(items)


def properties_expr(src: Source) -> str:
    """JSON object of the extra input columns, NULL when the file has none."""
    if not src.extras:
        return "CAST(NULL AS VARCHAR)"
    pairs = ", ".join(f"{sql_str(c)}, {ident(c)}" for c in src.extras)
    return f"CAST(json_object({pairs}) AS VARCHAR)"

