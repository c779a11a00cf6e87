"""Turning generated numpy arrays into Arrow tables and CSV / Parquet files."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from knowledge.demo.calendar import to_datetime

UNIQUE_IDS = {"event_id", "session_id", "order_id", "feedback_id", "text"}


def fixed_ids(prefix: str, nums: np.ndarray, width: int) -> pa.Array:
    """Zero-padded ids like E000000001, built byte-wise four digits at a time (10 M ids in ~1 s)."""
    rest = np.asarray(nums, dtype=np.int64).copy()
    pre = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    n, length, groups = len(rest), len(pre) + width, -(-width // 4)
    quads = _quads()
    digits = np.empty((n, groups), dtype=np.uint32)
    for g in range(groups - 1, -1, -1):
        digits[:, g] = quads[rest % 10000]
        rest //= 10000
    buf = np.empty((n, length), dtype=np.uint8)
    buf[:, : len(pre)] = pre
    buf[:, len(pre):] = digits.view(np.uint8).reshape(n, groups * 4)[:, groups * 4 - width:]
    offsets = np.arange(0, (n + 1) * length, length, dtype=np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()), pa.py_buffer(buf.tobytes()))


def _quads() -> np.ndarray:
    """ASCII digits of 0000..9999 packed as one little-endian uint32 each."""
    v = np.arange(10000)
    chars = np.stack([v // 1000, v // 100 % 10, v // 10 % 10, v % 10], axis=1).astype(np.uint8) + 48
    return np.ascontiguousarray(chars).view("<u4").ravel()


def labels(codes: np.ndarray, names: tuple[str, ...] | list[str] | pa.Array,
           null: np.ndarray | None = None) -> pa.Array:
    """Integer codes as a dictionary array over `names` (no per-row strings); `null` rows become empty."""
    dictionary = names if isinstance(names, pa.Array) else pa.array(list(names), type=pa.string())
    mask = pa.array(null) if null is not None and null.any() else None
    indices = pa.array(np.asarray(codes, dtype=np.int32), mask=mask)
    return pa.DictionaryArray.from_arrays(indices, dictionary)


def timestamps(seconds: np.ndarray, null: np.ndarray | None = None) -> pa.Array:
    """Seconds since START as timestamp[s], optionally with nulls."""
    secs = np.asarray(seconds, dtype=np.int64)
    safe = np.where(null, 0, secs) if null is not None else secs
    return pa.array(to_datetime(safe), type=pa.timestamp("s"), mask=null)


def write_table(table: pa.Table, folder: Path, name: str, fmt: str) -> Path:
    """Write one table as NAME.csv (RFC 4180, UTF-8, header) or NAME.parquet."""
    if fmt == "parquet":
        path = folder / f"{name}.parquet"
        # Dictionary-encode only low-cardinality text; for unique ids it is slow and useless.
        low = [f.name for f in table.schema
               if (pa.types.is_string(f.type) or pa.types.is_dictionary(f.type)) and f.name not in UNIQUE_IDS]
        # store_schema=False: readers see plain strings, not Arrow dictionary types.
        pq.write_table(table, path, compression="zstd", row_group_size=1_000_000, use_dictionary=low,
                       store_schema=False)
    else:
        path = folder / f"{name}.csv"
        pacsv.write_csv(table, path, write_options=pacsv.WriteOptions(quoting_style="needed"))
    return path
