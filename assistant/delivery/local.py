"""Briefs to a file in the workspace (text or JSON) or to standard output."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from assistant.delivery.base import BriefMessage, Channel, DeliveryError


@dataclass
class FileChannel(Channel):
    """Writes each brief to `path` ({date}, {lang} and {name} are filled in), atomically."""

    path: Path = Path("brief.txt")
    format: str = "text"
    name: str = ""

    def __post_init__(self) -> None:
        self.kind = "file"

    def describe(self) -> str:
        return f"file {self.path}"

    def target(self, message: BriefMessage) -> Path:
        return Path(str(self.path).format(date=message.brief.get("date", ""), lang=message.lang, name=self.name))

    def send(self, message: BriefMessage) -> None:
        out = self.target(message)
        body = (json.dumps(message.brief, ensure_ascii=False, indent=2) if self.format == "json"
                else message.brief.get("text", "")) + "\n"
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_name(out.name + ".tmp")
            tmp.write_text(body, encoding="utf-8")
            tmp.replace(out)
        except OSError as exc:
            raise DeliveryError(f"cannot write the brief to {out}: {exc.strerror}", retryable=False,
                                hint="choose a writable path in schedules.yaml") from None


@dataclass
class StdoutChannel(Channel):
    stream: TextIO | None = None

    def __post_init__(self) -> None:
        self.kind = "stdout"

    def send(self, message: BriefMessage) -> None:
        out = self.stream or sys.stdout
        out.write(message.brief.get("text", "") + "\n")
        out.flush()
