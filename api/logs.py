"""Server log lines are redacted like answers: an exception quoting a comment must not put a phone
number into a log file (docs/SECURITY.md "PII")."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

# the product's loggers; records are redacted where they are created
LOGGERS = ("journey", "journey.api", "journey.chat", "journey.tools", "journey.worker")


class RedactingFilter(logging.Filter):
    """Formats the message and the traceback once, then redacts both."""

    def __init__(self, redact: Callable[[str], Any]) -> None:
        super().__init__()
        self.redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = str(self.redact(record.getMessage()))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = str(self.redact(record.exc_text))
        return True


def install_log_redaction(redact: Callable[[str], Any]) -> None:
    """Add the redacting filter to the product's loggers (once)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter(redact))
