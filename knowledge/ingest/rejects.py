"""Reject files of --skip-bad-rows, safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from knowledge.ingest.validate import BadRow

REJECT_HEADER = ("line", "column", "reason", "hint", "value", "raw_row")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str | None) -> str:
    """Prefix a quote to cells a spreadsheet would run as a formula (OWASP CSV injection)."""
    # input values are stored as plain text in the database; this only guards the CSVs we write.
    # Plain numbers like -3.5 cannot be formulas and stay as they are.
    if cell is None:
        return ""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _raw_line(row: BadRow) -> str:
    if row.raw_text is not None:
        return row.raw_text.rstrip("\r\n")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(["" if v is None else v for v in row.raw])
    return buf.getvalue()


def write_rejects(folder: Path, table: str, rows: Iterable[BadRow], *, now: datetime | None = None) -> Path:
    """Write <folder>/<UTC timestamp>-<table>.csv with one line per problem; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}-{table}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(REJECT_HEADER)
        for r in rows:
            w.writerow([r.line if r.line is not None else "", neutralise(r.column), neutralise(r.reason),
                        neutralise(r.hint), neutralise(r.value), neutralise(_raw_line(r))])
    return path
