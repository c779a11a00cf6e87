"""Turning generated numpy arrays into Arrow tables and CSV / Parquet files."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from knowledge.demo.calendar import to_datetime


def fixed_ids(prefix: str, nums: np.ndarray, width: int) -> pa.Array:
    """Zero-padded ids like E000000001, built byte-wise so 10 M ids take well under a second."""
    nums = np.asarray(nums, dtype=np.int64)
    pre = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    n, length = len(nums), len(pre) + width
    buf = np.empty((n, length), dtype=np.uint8)
    buf[:, : len(pre)] = pre
    rest = nums.copy()
    for col in range(length - 1, len(pre) - 1, -1):
        buf[:, col] = (rest % 10 + 48).astype(np.uint8)
        rest //= 10
    offsets = np.arange(0, (n + 1) * length, length, dtype=np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.tobytes()), pa.py_buffer(buf.tobytes()))


def labels(codes: np.ndarray, names: tuple[str, ...] | list[str], null: np.ndarray | None = None) -> pa.Array:
    """Map integer codes to their names; rows where `null` is true become empty."""
    out = pa.array(list(names), type=pa.string()).take(pa.array(np.asarray(codes, dtype=np.int32)))
    if null is not None and null.any():
        out = pc.if_else(pa.array(null), pa.scalar(None, pa.string()), out)
    return out


def timestamps(seconds: np.ndarray, null: np.ndarray | None = None) -> pa.Array:
    """Seconds since START as timestamp[s], optionally with nulls."""
    secs = np.asarray(seconds, dtype=np.int64)
    safe = np.where(null, 0, secs) if null is not None else secs
    return pa.array(to_datetime(safe), type=pa.timestamp("s"), mask=null)


def write_table(table: pa.Table, folder: Path, name: str, fmt: str) -> Path:
    """Write one table as NAME.csv (RFC 4180, UTF-8, header) or NAME.parquet."""
    if fmt == "parquet":
        path = folder / f"{name}.parquet"
        pq.write_table(table, path, compression="zstd", row_group_size=1_000_000)
    else:
        path = folder / f"{name}.csv"
        pacsv.write_csv(table, path, write_options=pacsv.WriteOptions(quoting_style="needed"))
    return path
