"""What the workspace actually holds: rows and time coverage per table, untimed rows, extra columns.

Read once per database generation. The assistant uses it to choose defaults that fit the data
(periods inside the coverage of the table a measure lives on, untimed feedback reachable),
to say plainly when a table is absent, and to offer the extra columns a company brings
(`category_id`, `business_segment` …) as dimensions to group and filter by.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from knowledge.gateway import Gateway
from knowledge.semantic.layer import MONEY_WORDS, TIME_COLUMNS

# tables whose extra input columns can slice a metric (touchpoints and customers through a join)
EXTRA_TABLES = ("events", "orders", "feedback", "customers", "touchpoints")
PROFILE_SAMPLE = 5_000   # rows read to learn the extra columns (all rows of one file share them)
VALUE_CAP = 200          # distinct values kept for linking words to values
MAX_EXTRA_COLUMNS = 40   # per table: wider files keep their first columns as dimensions, values and numbers
# and up to this many more text columns, named by their own names only (no value of theirs links a word): a column
# per step is common (a reason recorded at a late step, 退租原因, past the 40th of 64), while the everyday words
# among so many columns' values (invoice, slump, C40) would take words the question means otherwise
MAX_LATE_COLUMNS = 80
IDENTIFIER = re.compile(r"(?i)(^|_)(id|code|key|no|zip|postcode|phone|version|ver|release|build)$")  # numbers that are names, not amounts
FLAG_VALUES = frozenset({"0", "1", "0.0", "1.0"})  # a yes/no kept as a number
TEXT_WORD_MIN = 3        # comments a word must appear in to count as something customers talk about
TEXT_WORDS_CAP = 20_000


@dataclass(frozen=True)
class TableProfile:
    name: str
    rows: int
    start: date | None = None      # first day with a timed row
    end: date | None = None        # last day with a timed row
    untimed: int = 0               # rows without a timestamp (feedback may have none)
    # rows that name their customer (comments may be anonymous: then "reviewers" are counted by their reviews);
    # None for tables without a customer_id column
    with_customer: int | None = None
    # rows that carry a session id (events only; None when the table has no session_id column): a visit or booking
    # can be counted as a case only when they do
    with_session: int | None = None

    @property
    def present(self) -> bool:
        return self.rows > 0


@dataclass(frozen=True)
class ExtraColumn:
    table: str
    column: str
    values: tuple[str, ...] = ()   # distinct values when few enough to name in a question
    distinct: int = 0
    numeric: bool = False          # every value is a number (a score, an amount): it can be averaged
    # the steps whose events carry a value in the column (review_hours on the moderator's review, not on the
    # report; report_reason on the report): events only, read on a sample
    touchpoints: tuple[str, ...] = ()
    # one value per customer in this table (a student's track kept on every event of theirs): the column describes
    # the customer, so it slices the customer's rows of the other tables too
    per_customer: bool = False
    late: bool = False  # past MAX_EXTRA_COLUMNS: named by its own name only, its values link no word (a number of
    # its is averaged or added up by that name)
    filled: int = 0  # rows with a value (0 when not measured: a profile written before it was kept)


@dataclass(frozen=True)
class DataProfile:
    tables: dict[str, TableProfile] = field(default_factory=dict)
    extras: tuple[ExtraColumn, ...] = ()
    # last day with an event at each touchpoint (a lead form that stopped in May while deals ran on)
    touchpoint_end: dict[str, date] = field(default_factory=dict)
    # English words that several comments use ("heathrow", "british"): a name customers write about is
    # something the data has (a topic to search), not an unknown slice
    text_words: frozenset[str] = frozenset()
    # each session id is one case of a process log (a ticket, a claim) and a customer has many: sessions are far
    # more than customers and live for hours, not the minutes of a web visit; only learned where the data has no
    # orders and no comments (a log of cases), so a shop's web sessions are never read as its cases
    sessions_are_cases: bool = False
    # each value of events.action → the steps whose events record it ("submit" on the booking, "fail" on the payment
    # failure): a value said with a step's cases ("bookings submitted from Android") describes that step's rows
    action_steps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the steps whose events carry a session id (web visits): a "visit" of any other step (a delivery visit, a
    # technician's call-out) is one of its records, never a web session
    session_steps: frozenset[str] = frozenset()

    def present(self, table: str) -> bool:
        t = self.tables.get(table)
        return bool(t and t.present)

    def coverage(self, table: str) -> tuple[date | None, date | None]:
        t = self.tables.get(table)
        return (t.start, t.end) if t else (None, None)


# a column of the orders that names the order a row is a line of (order_no, invoice_no, basket_id)
# (a payment's or a transaction's number groups orders paid together, not the lines of one order: pay_no stays out)
# (an id of a basket, an invoice or a receipt too; the contract's own order_id is a row's key, never an extra column)
ORDER_KEY = re.compile(r"(?i)^(?:order|invoice|basket|receipt)[_ ]?(?:no|number|num|ref|code|id)$")
LINES_PER_ORDER = 1.05  # rows per key from which the rows are an order's lines, not one row per order


def order_line_key(profile: DataProfile) -> str | None:
    """The orders column that groups order lines into orders, when rows repeat its values (None: a row per order)."""
    rows = profile.tables["orders"].rows if "orders" in profile.tables else 0
    # (the rows that carry the key: an invoice_no kept only on the invoice rows of a table that also holds purchase
    # orders and credit notes is one invoice per row, not the lines of fewer orders)
    keys = [e for e in profile.extras if e.table == "orders" and ORDER_KEY.match(e.column) and e.distinct > 0
            and (e.filled or rows) >= LINES_PER_ORDER * e.distinct]
    return keys[0].column if len(keys) == 1 else None


def _day(v: Any) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return None


def _extra_columns(gw: Gateway, table: str) -> list[ExtraColumn]:
    res = gw.query(f'SELECT properties FROM "{table}" WHERE properties IS NOT NULL LIMIT {PROFILE_SAMPLE}',
                   row_cap=PROFILE_SAMPLE)
    keys: dict[str, None] = {}
    for (raw,) in res.rows:
        try:
            obj = json.loads(raw)
        except (TypeError, ValueError):
            continue
        if isinstance(obj, dict):
            for k in obj:
                keys.setdefault(str(k), None)
    cols = list(keys)[:MAX_EXTRA_COLUMNS + MAX_LATE_COLUMNS]
    stats = _column_stats(gw, table, cols)
    out = []
    for i, col in enumerate(cols):
        distinct, filled, numbers, values = stats.get(col, (0, 0, 0, ()))
        # (two values or fewer are a flag or a code — 0/1, 1/2 — unless the name says money: a refund_amount of
        # 580 or 680 is still money to add up, not two groups)
        numeric = bool(filled) and filled == numbers and not IDENTIFIER.search(col) and (
            distinct > 2 or (bool(MONEY_WORDS.search(col.lower())) and not set(values) <= FLAG_VALUES))
        if i >= MAX_EXTRA_COLUMNS and not filled:
            continue  # (a late column is kept for its name: a grouping, or a number averaged — "average FCR")
        out.append(ExtraColumn(table=table, column=col, values=values if distinct <= VALUE_CAP else (),
                               distinct=distinct, numeric=numeric, late=i >= MAX_EXTRA_COLUMNS, filled=filled))
    if table == "events" and out:
        steps = _steps_of_columns(gw, [x.column for x in out])
        out = [replace(x, touchpoints=steps.get(x.column, ())) for x in out]
    named = [x.column for x in out if not x.numeric and x.distinct >= 2]
    if named and "customer_id" in gw.table_columns().get(table, []):
        held = _per_customer(gw, table, named)
        out = [replace(x, per_customer=x.column in held) for x in out]
    return out


ROW_SAMPLE = 100_000        # rows read to learn which columns hold one value per customer
REPEAT_CUSTOMERS_MIN = 30   # customers with two rows or more holding the column, for its one value each to count
MIXED_SHARE_MAX = 0.02      # of those, the share that may hold two values (a data-entry slip) and still be one


def _per_customer(gw: Gateway, table: str, cols: list[str]) -> set[str]:
    """The columns that hold one value per customer in `table`: of the customers with at least two sampled rows
    holding the column, at most MIXED_SHARE_MAX hold two values (a customer with one row proves nothing)."""
    per = ", ".join(f"count(nullif(v[{i + 1}], '')) AS a{i}, count(DISTINCT nullif(v[{i + 1}], '')) AS d{i}"
                    for i in range(len(cols)))
    tally = ", ".join(f"count(*) FILTER (WHERE a{i} >= 2), count(*) FILTER (WHERE a{i} >= 2 AND d{i} > 1)"
                      for i in range(len(cols)))
    # (one pass over a sample of the rows, no sort of every customer id: a cold start reads it on every new
    # database; a customer whose rows fall partly outside the sample can only look more consistent than they are,
    # so the sample's customers with two rows or more decide)
    res = gw.query(
        f"WITH r AS (SELECT customer_id, json_extract_string(properties, ?::VARCHAR[]) AS v FROM \"{table}\" "
        f"WHERE properties IS NOT NULL AND customer_id IS NOT NULL LIMIT {ROW_SAMPLE}), "
        f"c AS (SELECT customer_id, {per} FROM r GROUP BY customer_id) SELECT {tally} FROM c",
        [["$." + json.dumps(c, ensure_ascii=False) for c in cols]], row_cap=1)
    row = res.rows[0] if res.rows else ()
    out = set()
    for i, col in enumerate(cols):
        repeat, mixed = int(row[2 * i] or 0), int(row[2 * i + 1] or 0)
        if repeat >= REPEAT_CUSTOMERS_MIN and mixed <= MIXED_SHARE_MAX * repeat:
            out.add(col)
    return out


def _column_stats(gw: Gateway, table: str, cols: list[str]) -> dict[str, tuple[int, int, int, tuple[str, ...]]]:
    """Per extra column: distinct non-empty values, filled rows, rows holding a number, and the first VALUE_CAP
    + 1 distinct values in order; from one pass over the table (a query per column read the table twice per
    column: a minute for 30 columns of 180k events on a busy machine)."""
    if not cols:
        return {}
    # one parse of each row's JSON for all the columns (a path list), the values zipped with their names
    res = gw.query(
        f"WITH kv AS (SELECT unnest(?::VARCHAR[]) AS k, unnest(json_extract_string(properties, ?::VARCHAR[])) AS v "
        f"FROM \"{table}\" WHERE properties IS NOT NULL), "
        "pairs AS (SELECT k, v, count(*) AS n FROM kv WHERE v IS NOT NULL AND v <> '' GROUP BY k, v), "
        "ranked AS (SELECT *, row_number() OVER (PARTITION BY k ORDER BY v) AS r FROM pairs) "
        "SELECT k, count(*), sum(n), coalesce(sum(n) FILTER (WHERE TRY_CAST(v AS DOUBLE) IS NOT NULL), 0), "
        f"list(v ORDER BY v) FILTER (WHERE r <= {VALUE_CAP + 1}) FROM ranked GROUP BY k",
        [list(cols), ["$." + json.dumps(c, ensure_ascii=False) for c in cols]], row_cap=len(cols) + 1)
    return {str(k): (int(d), int(f), int(nums), tuple(str(x) for x in (vals or ())))
            for k, d, f, nums, vals in res.rows}


STEP_SAMPLE = 200_000  # events read to learn which steps carry each extra column


def _steps_of_columns(gw: Gateway, cols: list[str]) -> dict[str, tuple[str, ...]]:
    """The steps whose events carry a value in each extra column, from one pass over a sample of the events."""
    # one parse per event for all the columns: the values as a list, each position counted
    fills = ", ".join(f"count(nullif(v[{i + 1}], '')) AS c{i}" for i in range(len(cols)))
    res = gw.query(f"SELECT touchpoint_id, {fills} FROM (SELECT touchpoint_id, json_extract_string(properties, "
                   f"?::VARCHAR[]) AS v FROM events WHERE properties IS NOT NULL LIMIT {STEP_SAMPLE}) "
                   "GROUP BY touchpoint_id ORDER BY touchpoint_id",
                   [["$." + json.dumps(c, ensure_ascii=False) for c in cols]], row_cap=10_000)
    out: dict[str, list[str]] = {c: [] for c in cols}
    for row in res.rows:
        for i, c in enumerate(cols):
            if row[i + 1]:
                out[c].append(str(row[0]))
    return {c: tuple(v) for c, v in out.items()}


def profile_workspace(gw: Gateway) -> DataProfile:
    """Rows, time coverage and untimed rows of every table; the extra columns with their values."""
    columns = gw.table_columns()
    tables: dict[str, TableProfile] = {}
    for name, cols in columns.items():
        if name.startswith("_"):
            continue
        ts = TIME_COLUMNS.get(name) if TIME_COLUMNS.get(name) in cols else None
        who = 'count("customer_id")' if "customer_id" in cols else "NULL"
        sess = 'count("session_id")' if "session_id" in cols else "NULL"
        if ts:
            row = gw.query(f'SELECT count(*), min("{ts}"), max("{ts}"), count(*) - count("{ts}"), {who}, {sess} '
                           f'FROM "{name}"').rows[0]
            tables[name] = TableProfile(name, int(row[0]), _day(row[1]), _day(row[2]), int(row[3] or 0),
                                        None if row[4] is None else int(row[4]), None if row[5] is None else int(row[5]))
        else:
            tables[name] = TableProfile(name, int(gw.scalar(f'SELECT count(*) FROM "{name}"') or 0))
    extras: list[ExtraColumn] = []
    for name in EXTRA_TABLES:
        if "properties" in columns.get(name, []) and tables.get(name) and tables[name].present:
            extras += _extra_columns(gw, name)
    tp_end: dict[str, date] = {}
    action_steps: dict[str, list[str]] = {}
    session_steps: set[str] = set()
    if tables.get("events") and tables["events"].present:
        action = "action" if "action" in columns.get("events", []) else "NULL"
        sess = 'count("session_id")' if "session_id" in columns.get("events", []) else "0"
        for tp, act, last, with_session in gw.query(f'SELECT touchpoint_id, {action}, max(ts), {sess} FROM events '
                                                    'GROUP BY 1, 2 ORDER BY 1, 2', row_cap=100_000).rows:
            if with_session:
                session_steps.add(str(tp))
            if _day(last) and (str(tp) not in tp_end or _day(last) > tp_end[str(tp)]):  # type: ignore[operator]
                tp_end[str(tp)] = _day(last)  # type: ignore[assignment]
            if act is not None and str(act) != "":
                action_steps.setdefault(str(act), []).append(str(tp))
    words: frozenset[str] = frozenset()
    if tables.get("feedback") and tables["feedback"].present and "text" in columns.get("feedback", []):
        # the count is a named column (Spark cannot sort an aggregate over an exploded subquery) and
        # ties are broken by the word, so every engine keeps the same words at the cap
        words = frozenset(str(r[0]) for r in gw.query(
            "SELECT w FROM (SELECT w, count(*) AS n FROM (SELECT feedback_id, unnest(list_distinct("
            f"regexp_extract_all(lower(text), '[a-z][a-z0-9&''-]{{2,}}'))) AS w FROM feedback) GROUP BY w) "
            f"WHERE n >= {TEXT_WORD_MIN} ORDER BY n DESC, w LIMIT {TEXT_WORDS_CAP}", row_cap=TEXT_WORDS_CAP).rows)
    cases = _sessions_are_cases(gw, tables, columns)
    return DataProfile(tables=tables, extras=tuple(extras), touchpoint_end=tp_end, text_words=words,
                       sessions_are_cases=cases, action_steps={k: tuple(v) for k, v in action_steps.items()},
                       session_steps=frozenset(session_steps))


CASES_PER_CUSTOMER = 1.2      # sessions per customer at least, for sessions to be cases rather than the customers
CASE_MEDIAN_SECONDS = 3_600   # a case lives an hour or more from its first event to its last; a visit, minutes


def _sessions_are_cases(gw: Gateway, tables: dict[str, TableProfile], columns: dict[str, list[str]]) -> bool:
    """Whether a process log's session ids are its cases (ServiceNow tickets: one caller, many tickets)."""
    if not (tables.get("events") and tables["events"].present) or "session_id" not in columns.get("events", []) \
            or any(tables.get(t) and tables[t].present for t in ("orders", "feedback")):
        return False
    row = gw.query("SELECT count(DISTINCT session_id), count(DISTINCT customer_id), count(session_id), count(*), "
                   "(SELECT median(epoch(last) - epoch(first)) FROM (SELECT min(ts) AS first, max(ts) AS last "
                   "FROM events WHERE session_id IS NOT NULL GROUP BY session_id)) FROM events").rows[0]
    sessions, customers, with_session, rows, span = row
    return bool(rows and with_session >= 0.9 * rows and customers and sessions >= CASES_PER_CUSTOMER * customers
                and span is not None and float(span) >= CASE_MEDIAN_SECONDS)
