"""Secrets for channels: `${NAME}` references resolved from the environment, then a secrets file.

Webhook URLs carry tokens, so they are secrets too. Values never appear in schedules.yaml,
in logs or in /api/deliveries.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Mapping

import yaml

from knowledge.errors import ConfigError

REF = re.compile(r"^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$")


class SecretResolver:
    """NAME → value from `env` first, else from the YAML mapping in `path` (when it exists)."""

    def __init__(self, env: Mapping[str, str] | None = None, path: Path | None = None) -> None:
        self.env = os.environ if env is None else env
        self.path = path
        self._file: dict[str, str] | None = None

    def _from_file(self) -> dict[str, str]:
        if self._file is None:
            self._file = {}
            if self.path is not None and self.path.is_file():
                try:
                    data = yaml.safe_load(self.path.read_text(encoding="utf-8")) or {}
                except yaml.YAMLError:
                    raise ConfigError(f"{self.path} is not valid YAML", code="bad_secrets_file",
                                      hint="write one NAME: value per line") from None
                if not isinstance(data, dict):
                    raise ConfigError(f"{self.path} must be a mapping of NAME: value", code="bad_secrets_file",
                                      hint="write one NAME: value per line")
                self._file = {str(k): str(v) for k, v in data.items() if v is not None}
        return self._file

    def get(self, name: str) -> str | None:
        """The secret's value, None when neither the environment nor the file has it."""
        value = self.env.get(name)
        return value if value else self._from_file().get(name)

    @staticmethod
    def reference(raw: object) -> str | None:
        """NAME of a `${NAME}` string, else None."""
        m = REF.match(str(raw).strip()) if isinstance(raw, str) else None
        return m.group(1) if m else None
