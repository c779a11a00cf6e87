"""The dataset contract of DATA.md as data: tables, columns, types, keys.

Ingestion validates against it, the gateway and the SQL guard use it to know which tables
and columns exist, and the DuckDB DDL is generated from it, so the contract is written once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ColType = Literal["string", "timestamp", "integer", "number"]

DUCK_TYPES: dict[str, str] = {
    "string": "VARCHAR",
    "timestamp": "TIMESTAMP",
    "integer": "BIGINT",
    "number": "DOUBLE",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: ColType = "string"
    required: bool = False
    meaning: str = ""
    choices: tuple[str, ...] = ()
    few_values: bool = False            # a handful of distinct values (codes): stored dictionary-compressed


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()           # primary key; duplicates with different content are errors
    references: dict[str, str] = field(default_factory=dict)  # column -> "table.column"
    # columns the product adds after loading (enrichment / surrogate data), never in input files
    derived: tuple[Column, ...] = ()

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    def column(self, name: str) -> Column | None:
        for c in self.columns + self.derived:
            if c.name == name:
                return c
        return None

    @property
    def all_columns(self) -> tuple[Column, ...]:
        """Input columns, then `properties` (extra input columns as JSON), then derived ones."""
        return self.columns + (Column("properties", "string", meaning="extra input columns as JSON"),) + self.derived

    def column_defs(self) -> str:
        """DuckDB column definitions of all_columns, each text column with its stored compression."""
        return ", ".join(f'"{c.name}" {DUCK_TYPES[c.type]}{_compression(c)}' for c in self.all_columns)

    def ddl(self) -> str:
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" ({self.column_defs()})'


def _compression(col: Column) -> str:
    # DuckDB 2.0 compresses text with dict_fsst by default, which doubled the CPU of writing 10 M
    # events (1.41 vs 0.62 CPU s per 1 M rows) for the nearly unique ids. On a column of a few values
    # it costs no more to write (the large demo's events: 6.6 CPU s either way) and scans of it read
    # small codes (touchpoint, device and channel of 10 M events: 0.78 -> 0.17 CPU s; events stored
    # in 525 instead of 929 MB), so the columns marked few_values keep it and the other text does not
    if col.type != "string":
        return ""
    return " USING COMPRESSION " + ("dict_fsst" if col.few_values else "uncompressed")


STAGES = ("awareness", "consideration", "purchase", "service", "loyalty")
STAGE_ZH = {"认知": "awareness", "考虑": "consideration", "购买": "purchase", "服务": "service", "忠诚": "loyalty"}
STAGE_NAMES_ZH = {v: k for k, v in STAGE_ZH.items()}
CHANNELS = ("web", "app", "mini_program", "store", "phone", "email", "ads", "social", "other")

TABLES: dict[str, Table] = {t.name: t for t in [
    Table("touchpoints", (
        Column("touchpoint_id", required=True, meaning="stable key"),
        Column("name", required=True, meaning="display name"),
        Column("name_zh"), Column("name_en"),
        Column("stage", choices=STAGES), Column("channel"), Column("kind"), Column("owner"),
        Column("aliases", meaning="other names separated by |"),
    ), key=("touchpoint_id",), derived=(Column("position", "integer", meaning="order in the journey map"),)),
    Table("customers", (
        Column("customer_id", required=True), Column("signup_at", "timestamp"),
        Column("segment"), Column("region"), Column("acquisition_channel"), Column("tier"),
    ), key=("customer_id",)),
    Table("events", (
        Column("customer_id", required=True), Column("ts", "timestamp", required=True),
        Column("touchpoint_id", required=True, few_values=True), Column("event_id"), Column("session_id"),
        Column("action", few_values=True), Column("device", few_values=True), Column("channel", few_values=True),
    ), key=("event_id",), references={"touchpoint_id": "touchpoints.touchpoint_id"}),
    Table("journeys", (
        Column("journey_id", required=True), Column("journey_name", required=True),
        Column("journey_name_zh"), Column("journey_name_en"),
        Column("step", "integer", required=True), Column("touchpoint_id", required=True),
        Column("window_days", "integer"),
    ), key=("journey_id", "step"), references={"touchpoint_id": "touchpoints.touchpoint_id"}),
    Table("orders", (
        Column("order_id", required=True), Column("customer_id", required=True),
        Column("ts", "timestamp", required=True), Column("amount", "number", required=True),
        Column("status"), Column("channel"), Column("device"),
    ), key=("order_id",)),
    Table("feedback", (
        Column("feedback_id", required=True), Column("text", required=True),
        Column("ts", "timestamp"), Column("customer_id"), Column("touchpoint_id"),
        Column("channel"), Column("rating", "number"), Column("nps", "integer"),
    ), key=("feedback_id",), references={"touchpoint_id": "touchpoints.touchpoint_id"},
        derived=(Column("language"), Column("sentiment"), Column("sentiment_score", "number"),
                 Column("theme"))),
    Table("experiments", (
        Column("experiment_id", required=True), Column("variant", required=True),
        Column("customer_id", required=True), Column("assigned_at", "timestamp"),
    ), key=("experiment_id", "customer_id")),
]}

DEFAULT_WINDOW_DAYS = 7
