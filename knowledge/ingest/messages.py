"""Every reason and hint ingestion shows to people (English), kept in one place."""
from __future__ import annotations

from knowledge.tables import STAGES, STAGE_ZH

MAX_FIELD_BYTES = 1_000_000

REASONS: dict[str, str] = {
    "missing_column": "required column '{column}' is missing from the header",
    "duplicate_header": "column '{column}' appears more than once in the header",
    "empty_header": "the header has an empty column name",
    "empty_file": "the file is empty (0 bytes, not even a header row)",
    "symlink_outside": "the file is a link to a place outside the dataset folder; it was not read",
    "too_many_columns": "the header has {count:,} columns; at most {cap:,} are accepted",
    "encoding": "the file is not UTF-8 (invalid byte at byte offset {byte})",
    "csv_structure": "the row cannot be read as CSV: {detail}",
    "bad_parquet": "not a readable Parquet file: {detail}",
    "empty_required": "required value is empty",
    "bad_timestamp": "not an ISO 8601 timestamp",
    "bad_number": "not a number",
    "bad_integer": "not a whole number",
    "bad_stage": "unknown journey stage",
    "out_of_range": "value out of range {low}..{high}",
    "huge_field": "value is longer than {limit} bytes",
    "duplicate_key": "duplicate {key} with different content (first seen on line {first})",
    "unknown_touchpoint": "touchpoint_id not found in touchpoints",
    "step_gap": "steps of journey '{journey}' are {steps}, not 1..n without gaps",
    "no_core_table": "the folder has neither events nor feedback",
    "two_files": "table '{table}' is given twice ({files})",
    "no_folder": "dataset folder not found",
}

HINTS: dict[str, str] = {
    "missing_column": "add a column named '{column}' (columns found: {found}); see DATA.md",
    "wrong_delimiter": "the header looks separated by {delim!r}: save the file comma-separated (CSV, RFC 4180)",
    "duplicate_header": "rename or remove one of the '{column}' columns",
    "empty_header": "give every column a name in the first line",
    "empty_file": "export the table again with its header row, or remove the file",
    "symlink_outside": "copy the file into the dataset folder instead of linking to it",
    "too_many_columns": "export only the columns the table needs (see DATA.md) plus the extra ones you use",
    "encoding": "re-save the file as UTF-8 (e.g. Excel: Save As > CSV UTF-8; iconv -f GBK -t UTF-8)",
    "csv_structure": "check quotes and the number of commas on this line (RFC 4180 quoting)",
    "bad_parquet": "re-export the table as Parquet, or as CSV",
    "empty_required": "fill in '{column}' or remove the row",
    "bad_timestamp": "write it like 2026-10-03T21:14:05, 2026-10-03 21:14:05 or 2026-10-03T21:14:05+08:00",
    "bad_number": "write a plain number such as 129.5 (no currency sign or thousands separator)",
    "bad_integer": "write a whole number such as 3",
    "bad_stage": "use one of " + ", ".join(STAGES) + " (or " + ", ".join(STAGE_ZH) + ")",
    "out_of_range": "use a value between {low} and {high}",
    "huge_field": "shorten the text or split it; fields are limited to {limit} bytes",
    "duplicate_key": "give each row its own {key}, or make the duplicate rows identical",
    "unknown_touchpoint": "add this touchpoint to touchpoints, or fix the id{suggestion}",
    "step_gap": "number the steps of each journey 1, 2, 3, ... without gaps or repeats",
    "no_core_table": "add events.csv (clickstream) or feedback.csv (comments); see DATA.md",
    "two_files": "keep only one file per table",
    "no_folder": "pass the path of a folder holding files like events.csv, touchpoints.csv",
}

BAD_INPUT_MESSAGE = "{count} problem(s) in dataset {folder}; nothing was loaded"
BAD_INPUT_HINT = "fix the rows listed above, or load with --skip-bad-rows to load the good rows and write the bad ones to a reject file"
LOCKED_MESSAGE = "another ingest is running in workspace {root}"
LOCKED_HINT = "wait for it to finish, then retry"
BAD_TZ_MESSAGE = "unknown time zone {tz!r} for the dataset"
BAD_TZ_HINT = "use an IANA zone name such as Asia/Shanghai or UTC (JOURNEY_DATA_TZ)"


def reason(kind: str, **kw: object) -> str:
    """The reason text of one problem kind."""
    return REASONS[kind].format(**kw)


def hint(kind: str, **kw: object) -> str:
    """The fix hint of one problem kind."""
    return HINTS[kind].format(**kw)
