"""Value types shared by every analysis: the period asked about and the result handed back."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

Filters = dict[str, list[str]]
"""Dimension id -> allowed raw values, e.g. {"device": ["android"]}."""


@dataclass(frozen=True)
class Period:
    """An inclusive range of calendar days in the dataset's local time."""

    start: date
    end: date
    # also the rows with no date at all (DATA.md lets feedback omit ts): set when the period is "all data"
    undated: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period end {self.end} is before start {self.start}")

    @property
    def start_ts(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def end_ts(self) -> datetime:
        """Exclusive upper bound: midnight after the last day."""
        return datetime.combine(self.end + timedelta(days=1), time.min)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length right before this one; whole calendar months (a month, a quarter, a
        year) go back by the same number of months (2025 → 2024-01-01 .. 2024-12-31, not from 2024-01-02)."""
        nxt = self.end + timedelta(days=1)
        if self.start.day == 1 and nxt.day == 1:
            months = (nxt.year - self.start.year) * 12 + nxt.month - self.start.month
            k = self.start.year * 12 + self.start.month - 1 - months
            return Period(date(k // 12, k % 12 + 1, 1), self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def __str__(self) -> str:
        return f"{self.start.isoformat()} .. {self.end.isoformat()}"

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass
class AnalysisResult:
    """Rows an analysis computed, plus everything needed to state how.

    `metrics` are semantic-layer metric ids whose definitions apply (the assistant renders
    them in the asker's language); `facts` are the key numbers for the answer text;
    `notes` are caveat codes such as "small_sample" or "truncated".
    """

    analysis: str
    columns: list[str]
    rows: list[list[Any]]
    sql: list[str] = field(default_factory=list)
    period: Period | None = None
    metrics: list[str] = field(default_factory=list)
    sample_size: dict[str, int] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    filters: Filters = field(default_factory=dict)
    truncated: bool = False

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    @property
    def empty(self) -> bool:
        return not self.rows
