"""How events group into sessions, written once for the exit/path analyses and derived tables.

A session is the customer's events sharing a `session_id`. Events without a `session_id`
are split per customer by inactivity: a gap of more than 30 minutes starts a new session
(exactly 30 minutes still continues it). Inside a session events are ordered by ts, then
event_id, then touchpoint_id, so same-timestamp events get a stable order. A session
belongs to the day, device and channel of its first event: period and device/channel
filters select whole sessions by their start.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from knowledge.results import Period
from knowledge.semantic.layer import SemanticLayer

SESSION_GAP_MINUTES = 30
ORDER = "ORDER BY ts, event_id, touchpoint_id"
EXIT = "(exit)"
ENTRY = "(entry)"
# dimensions a session-level derived table can answer: its columns are ts (session day),
# device, channel and customer_id (customer dimensions join on it)
DERIVED_EVENT_DIMS = frozenset({"device", "channel", "day", "week", "month", "weekday"})
TOUCHPOINT_DIM = "touchpoint"


def session_ctes(src_where: str = "", *, keyed_customers: bool = False) -> str:
    """CTEs src, keyed, ordered: every event with its session key, neighbours and session start
    (s_ts, s_device, s_channel and s_tp: the time, device, channel and touchpoint of its first event).

    With keyed_customers, events carry their integer `ckey` from customer_keys and sessions are
    partitioned on it (integer sorts are far cheaper than text); `ordered` then also keeps the
    event's own device and channel, which the derived tables need.
    """
    where = f" WHERE {src_where}" if src_where else ""
    cols = "customer_id, ts, touchpoint_id, device, channel, event_id, session_id"
    if keyed_customers:
        src = (f"SELECT e.{cols.replace(', ', ', e.')}, k.ckey "
               f"FROM events e JOIN customer_keys k USING (customer_id){where}")
        cust, extra = "ckey", ", ckey, device, channel"
    else:
        src, cust, extra = f"SELECT {cols} FROM events{where}", "customer_id", ""
    base = f"customer_id, ts, touchpoint_id, device, channel, event_id{', ckey' if keyed_customers else ''}"
    return f"""src AS ({src}),
    keyed AS (
        SELECT {base}, session_id AS skey
        FROM src WHERE session_id IS NOT NULL
        UNION ALL
        SELECT {base},
               '~gap' || CAST(sum(brk) OVER (PARTITION BY {cust} {ORDER} ROWS UNBOUNDED PRECEDING) AS VARCHAR)
        FROM (SELECT *, CASE WHEN lag(ts) OVER (PARTITION BY {cust} {ORDER})
                                  >= ts - INTERVAL {SESSION_GAP_MINUTES} MINUTE THEN 0 ELSE 1 END AS brk
              FROM src WHERE session_id IS NULL)),
    ordered AS (
        SELECT customer_id, skey, ts, touchpoint_id, event_id,
               lead(touchpoint_id) OVER w AS next_tp, lag(touchpoint_id) OVER w AS prev_tp,
               first_value(ts) OVER w AS s_ts, first_value(device) OVER w AS s_device,
               first_value(channel) OVER w AS s_channel, first_value(touchpoint_id) OVER w AS s_tp{extra}
        FROM keyed WINDOW w AS (PARTITION BY {cust}, skey {ORDER}))"""


SESSION_EVENTS = "session_events"


def ordered_cte(period: Period, *, prebuilt: bool) -> tuple[str, list[Any]]:
    """CTEs ending in `ordered` with the sessions of the derived tables, for those starting in the
    period: read from the derived session_events table when it exists, else sessionise events.

    Only the events that decide those sessions are read, and every session starting in the period
    comes out whole, so both paths count the same sessions (a session_id session can last days):
    - session_id sessions: every event of each session_id seen in the period, whenever it
      happened (a session that began before the period keeps its true start, and is then dropped);
    - gap sessions: events from 30 minutes before the period on; an event's session start depends
      only on the event before it, which lies within 30 minutes when it continues the session.
      No upper bound: a chain of events that runs past the period's end stays one session.
    """
    if prebuilt:
        return (f"ordered AS (SELECT * FROM {SESSION_EVENTS} WHERE s_ts >= ? AND s_ts < ?)",
                [period.start_ts, period.end_ts])
    where = ("(session_id IS NULL AND ts >= ?) OR session_id IN "
             "(SELECT session_id FROM events WHERE session_id IS NOT NULL AND ts >= ? AND ts < ?)")
    gap = timedelta(minutes=SESSION_GAP_MINUTES)
    return session_ctes(where), [period.start_ts - gap, period.start_ts, period.end_ts]


EVENT_EXTRA = "e.properties"  # an event's extra columns, as the layer reads them


def derived_can_answer(layer: SemanticLayer, filters: dict[str, list[str]] | None, *,
                       customer_dims: bool, event_time: bool = False) -> bool:
    """True when every filter is on a column a session-level derived table has.

    Besides session day, device and channel, both tables carry the touchpoint of the event a
    row counts (touchpoint_id), so touchpoint attributes (stage) filter them like raw events.
    """
    for dim_id, values in (filters or {}).items():
        if not values:
            continue
        if dim_id in DERIVED_EVENT_DIMS or dim_id == TOUCHPOINT_DIM:
            continue
        dim = layer.dimension(dim_id)
        via = dim.via
        # a column both the events and the touchpoints file carry is read on the event (its own value):
        # only the raw events have it
        own = EVENT_EXTRA in dim.sql.get("events", "")
        if (via in ("touchpoints", "customers") and not own and (customer_dims or via == "touchpoints")) or \
                (event_time and "any" in dim.sql):
            # a table keeping each event's time (funnel_events: event_time) answers time expressions (day_part)
            continue
        return False
    return True


def raw_session_events(layer: SemanticLayer, period: Period, filters: dict[str, list[str]] | None, *,
                       prebuilt: bool, extra_columns: str) -> tuple[str, str, str, list[Any], list[Any]]:
    """Sessionised events of the period as CTE `e` (plus `ordered`), for questions the derived tables
    cannot answer: (ctes, filter condition, joins, CTE parameters, filter parameters)."""
    conds, params, joins = layer.where(filters, "events")
    # a filter on an event's extra columns reads them from the event itself (by event_id); an old
    # prebuilt session table has no event ids, so the sessions are then built afresh
    own = any(EVENT_EXTRA in c for c in conds)
    ordered, oparams = ordered_cte(period, prebuilt=prebuilt and not own)
    extra = (", (SELECT x.properties FROM events x WHERE x.event_id = o.event_id LIMIT 1) AS properties"
             if own else "")
    ctes = (f"{ordered},\n"
            f"e AS (SELECT customer_id, touchpoint_id, {extra_columns}, s_ts AS ts, s_device AS device, "
            f"s_channel AS channel{extra} FROM ordered o WHERE s_ts >= ? AND s_ts < ?)")
    where = " AND ".join(conds) if conds else "TRUE"
    return ctes, where, " ".join(joins), [*oparams, period.start_ts, period.end_ts], list(params)
