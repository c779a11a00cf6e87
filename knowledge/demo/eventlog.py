"""An append-only log of generated events held as numpy chunks, plus shared session helpers."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from knowledge.demo.company import DEVICE_P, PC

EVENT_FIELDS = ("customer", "ts", "tp", "action", "device", "channel", "session")


@dataclass
class EventLog:
    """Collects events chunk by chunk; `arrays()` concatenates them once at the end."""

    chunks: list[dict[str, np.ndarray]] = field(default_factory=list)
    next_session: int = 1

    def sessions(self, n: int) -> np.ndarray:
        """Allocate n new session numbers."""
        out = np.arange(self.next_session, self.next_session + n, dtype=np.int64)
        self.next_session += n
        return out

    def add(self, mask: np.ndarray | None, customer: np.ndarray, ts: np.ndarray, tp: int | np.ndarray,
            action: int | np.ndarray, device: np.ndarray, channel: np.ndarray, session: np.ndarray) -> None:
        """Append one event for every row selected by mask (all rows when mask is None)."""
        n_rows = len(customer)
        sel = np.ones(n_rows, dtype=bool) if mask is None else mask

        def pick(v: int | np.ndarray, dtype: type) -> np.ndarray:
            if np.isscalar(v):
                return np.full(int(sel.sum()), v, dtype=dtype)
            return np.asarray(v)[sel].astype(dtype, copy=False)

        self.chunks.append({
            "customer": pick(customer, np.int32), "ts": pick(ts, np.int64), "tp": pick(tp, np.int8),
            "action": pick(action, np.int8), "device": pick(device, np.int8),
            "channel": pick(channel, np.int8), "session": pick(session, np.int64),
        })

    def arrays(self) -> dict[str, np.ndarray]:
        """All events so far, one array per field."""
        if not self.chunks:
            return {f: np.zeros(0, dtype=np.int64) for f in EVENT_FIELDS}
        return {f: np.concatenate([c[f] for c in self.chunks]) for f in EVENT_FIELDS}


def session_devices(rng: np.random.Generator, primary: np.ndarray) -> np.ndarray:
    """Mostly the customer's own device, sometimes another one."""
    other = rng.choice(len(DEVICE_P), size=len(primary), p=DEVICE_P).astype(np.int8)
    return np.where(rng.random(len(primary)) < 0.85, primary, other).astype(np.int8)


def session_channels(rng: np.random.Generator, device: np.ndarray) -> np.ndarray:
    """web on pc; app, mini_program or mobile web on phones (codes into EVENT_CHANNELS)."""
    mobile = rng.choice(3, size=len(device), p=(0.10, 0.65, 0.25)).astype(np.int8)
    return np.where(device == PC, 0, mobile).astype(np.int8)


def gaps(rng: np.random.Generator, n: int, lo: int, hi: int) -> np.ndarray:
    """Uniform whole-second gaps in [lo, hi)."""
    return rng.integers(lo, hi, n, dtype=np.int64)
