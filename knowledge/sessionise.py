"""The sessions of sessions.py and the rows of the three persisted derived tables, in numpy.

The same rules as the SQL in knowledge/derived.py (work_sessions_coded_sql and FROM_SESSIONS),
computed on integer arrays of the events in session order (ts, event_id, touchpoint_id), as
ingestion stores them: a session is the customer's events sharing a session_id (given here as the
id's 64-bit hash, like the SQL); events without one split per customer where the gap to the
customer's previous such event is more than 30 minutes. Text never enters: touchpoint, device and
channel are ENUM codes (-1 for NULL), whose order is the text's.

Why not the SQL window: sorting 10 M events by customer and session with the window's payload
cost about 6 CPU s in DuckDB; here one sort of packed 64-bit integers does it. Sessions are
grouped by a 64-bit hash of (customer, session); every group is then checked to hold exactly one
session, and `sessionise` returns None when one does not (a hash collision), so the caller falls
back to the SQL window and no answer ever depends on a hash being unique.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DAY_US = 86_400_000_000
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


@dataclass(frozen=True)
class EventArrays:
    """The events in session order: customer key, session id hash (has_sid False: none), time in
    microseconds and ENUM codes (-1: NULL; touchpoint never NULL)."""

    ckey: np.ndarray
    sid_hash: np.ndarray
    has_sid: np.ndarray
    ts: np.ndarray
    touchpoint: np.ndarray
    device: np.ndarray
    channel: np.ndarray

    def __len__(self) -> int:
        return len(self.ts)


@dataclass(frozen=True)
class Sessions:
    """`order` lists event positions session by session, each session in event order; `first`
    and `last` mark (in that order) a session's first and last event; `sid` numbers the sessions."""

    order: np.ndarray
    first: np.ndarray
    last: np.ndarray
    sid: np.ndarray

    @property
    def starts(self) -> np.ndarray:
        """Position in the events of each session's first event."""
        return self.order[self.first]


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place: a 64-bit hash of 64-bit integers."""
    x ^= x >> np.uint64(30)
    x *= _M1
    x ^= x >> np.uint64(27)
    x *= _M2
    x ^= x >> np.uint64(31)
    return x


def _gap_ordinals(ev: EventArrays, gap_us: int) -> np.ndarray:
    """For events without session_id: a number per gap session, unique over all customers."""
    idx = np.flatnonzero(~ev.has_sid)
    out = np.zeros(len(ev), dtype=np.uint64)
    if not len(idx):
        return out
    # per customer in event order: the packed (customer, position) sort keeps event order
    by_cust = idx[_sort_packed(ev.ckey[idx].astype(np.int64), idx)]
    ck, ts = ev.ckey[by_cust], ev.ts[by_cust]
    brk = np.ones(len(by_cust), dtype=bool)
    # continues the session when the previous event of the customer is at most gap_us earlier
    brk[1:] = (ck[1:] != ck[:-1]) | (ts[:-1] < ts[1:] - gap_us)
    out[by_cust] = np.cumsum(brk, dtype=np.uint64)
    return out


def _sort_packed(major: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Indices sorting by (major, pos) for non-negative integers; pos must be distinct."""
    bits = max(int(pos.max(initial=0)).bit_length(), 1)
    if int(major.max(initial=0)).bit_length() + bits <= 63:
        # one sort of packed integers: about 4x cheaper than a two-key lexsort
        key = (major.astype(np.int64) << bits) | pos.astype(np.int64)
        return np.argsort(key)
    return np.lexsort((pos, major))


def sessionise(ev: EventArrays, gap_minutes: int) -> Sessions | None:
    """Group the events into sessions; None when two sessions share a 64-bit hash (fall back to SQL)."""
    n = len(ev)
    bits = max(int(n - 1).bit_length(), 1)
    if not n or bits > 40:
        return None
    all_sid = bool(ev.has_sid.all())
    key = ev.sid_hash.astype(np.uint64, copy=False)
    if not all_sid:
        key = np.where(ev.has_sid, key, _gap_ordinals(ev, gap_minutes * 60_000_000))
    h = _mix(ev.ckey.astype(np.uint64))
    h ^= key
    h = _mix(h)
    if not all_sid:
        h ^= ~ev.has_sid
    # sort by the hash's high bits with the event position in the low bits: each session's events
    # come out together and in event order. Different hashes that share the high bits interleave;
    # those few runs are sorted again on the full hash. (Memory is reused where it can be: on a
    # shared machine fresh pages cost more than the arithmetic.)
    order = h >> np.uint64(bits)
    order <<= np.uint64(bits)
    order |= np.arange(n, dtype=np.uint64)
    order.sort()
    order &= np.uint64((1 << bits) - 1)
    order = order.view(np.int64)
    hs = h.take(order)
    differ = hs[1:] != hs[:-1]
    hs >>= np.uint64(bits)
    mixed = differ & (hs[1:] == hs[:-1])
    if mixed.any():
        run = np.concatenate(([0], np.cumsum(hs[1:] != hs[:-1])))
        m = np.isin(run, run[1:][mixed])
        hs = h.take(order)
        order[m] = order[m][np.lexsort((order[m], hs[m], run[m]))]
        differ = h.take(order)
        differ = differ[1:] != differ[:-1]
    del hs, h
    first = np.empty(n, dtype=bool)
    first[0] = True
    first[1:] = differ
    # exact check: neighbours in one group have the same customer, kind and session key
    for values in (ev.ckey, key, ev.has_sid):
        v = values.take(order)
        same = v[1:] == v[:-1]
        same |= differ
        if not same.all():
            return None
    last = np.empty(n, dtype=bool)
    last[-1] = True
    last[:-1] = differ
    sid = np.cumsum(first, dtype=np.int64)
    sid -= 1
    return Sessions(order, first, last, sid)


def funnel_rows(ev: EventArrays, journey_codes: np.ndarray) -> dict[str, np.ndarray]:
    """funnel_events_sql: events at journey touchpoints, ordered by touchpoint then time."""
    sel = np.flatnonzero(np.isin(ev.touchpoint, journey_codes))
    # events are in time order: a stable sort on the touchpoint code keeps time order inside it
    sel = sel[np.argsort(ev.touchpoint[sel], kind="stable")]
    return {"touchpoint_id": ev.touchpoint[sel], "ts": ev.ts[sel], "ckey": ev.ckey[sel],
            "device": ev.device[sel], "channel": ev.channel[sel]}


def _day(ts: np.ndarray) -> np.ndarray:
    return ts // DAY_US * DAY_US


def _small(x: np.ndarray) -> np.ndarray:
    """x shifted to start at 0, as uint16 when it fits: numpy sorts those by radix, 10x faster."""
    x = x - x.min(initial=0)
    return x.astype(np.uint16) if x.max(initial=0) < 2**16 else x


def _counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct non-negative keys in order and how often each occurs (np.unique without its hash path)."""
    if len(keys) and int(keys.max()) < max(4 * len(keys), 1 << 20):
        counts = np.bincount(keys)
        found = np.flatnonzero(counts)
        return found, counts[found]
    keys = np.sort(keys)
    head = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[head], np.diff(np.append(head, len(keys)))


def path_rows(ev: EventArrays, s: Sessions) -> dict[str, np.ndarray]:
    """path_transitions_sql: one row per visit and where it led, ordered by from-touchpoint then day."""
    tp = ev.touchpoint[s.order]
    nxt = np.full(len(tp), -1, dtype=np.int64)
    nxt[:-1] = tp[1:]
    nxt[s.last] = -1
    rows = np.flatnonzero(s.last | (nxt != tp))
    starts = s.starts
    sid = s.sid[rows]
    head = starts[sid]
    day = _day(ev.ts[head])
    frm = tp[rows]
    d = _small(day // DAY_US)
    if d.dtype == np.uint16 and (int(frm.max(initial=0)) + 1) * (int(d.max(initial=0)) + 1) < 2**16:
        o = np.argsort(frm.astype(np.uint16) * (int(d.max()) + 1) + d, kind="stable")  # one radix sort
    else:
        o = np.lexsort((d, frm))
    rows, head, day, frm = rows[o], head[o], day[o], frm[o]
    exit_ = s.last[rows]
    return {"ts": day, "device": ev.device[head], "channel": ev.channel[head], "ckey": ev.ckey[s.order[rows]],
            "from_touchpoint_id": frm, "to_touchpoint_id": nxt[rows],
            "entry_touchpoint_id": np.where(exit_, ev.touchpoint[head].astype(np.int64), -1),
            "transitions": np.ones(len(rows), dtype=np.int32)}


def touchpoint_rows(ev: EventArrays, s: Sessions) -> dict[str, np.ndarray]:
    """session_touchpoints_sql: per session day, device, channel and touchpoint, the sessions
    touching it and those ending there; ordered by day then touchpoint."""
    tp = ev.touchpoint[s.order].astype(np.int64)
    n_tp = int(tp.max(initial=0)) + 1
    tbits = max(n_tp.bit_length(), 1)
    pair = s.sid << tbits
    pair |= tp
    pair.sort()  # each session's touchpoints together; sid already orders the sessions
    pair = pair[np.concatenate(([True], pair[1:] != pair[:-1]))]  # each (session, touchpoint) once
    psid, ptp = pair >> tbits, pair & ((1 << tbits) - 1)
    starts = s.starts
    exit_tp = tp[s.last]
    day = _day(ev.ts[starts])
    d0 = int(day.min(initial=0))
    dev, ch = ev.device[starts].astype(np.int64) + 1, ev.channel[starts].astype(np.int64) + 1
    n_dev, n_ch = int(dev.max(initial=0)) + 1, int(ch.max(initial=0)) + 1
    di = (day - d0) // DAY_US
    if (int(di.max(initial=0)) + 1) * n_tp * n_dev * n_ch >= 2**62:
        raise OverflowError("too many groups for one 64-bit key")
    # the group key sorts as the table does: day, touchpoint, then device and channel
    where = (di * n_tp * n_dev + dev) * n_ch + ch  # a session's group, but for its touchpoint
    keys, sessions = _counts(where[psid] + ptp * (n_dev * n_ch))
    ekeys, ecount = _counts(where + exit_tp * (n_dev * n_ch))
    exits = np.zeros(len(keys), dtype=np.int64)
    exits[np.searchsorted(keys, ekeys)] = ecount
    rest, c = np.divmod(keys, n_ch)
    rest, d = np.divmod(rest, n_dev)
    di_k, t = np.divmod(rest, n_tp)
    return {"ts": d0 + di_k * DAY_US, "device": d - 1, "channel": c - 1, "touchpoint_id": t,
            "sessions": sessions.astype(np.int64), "exits": exits}
