"""Errors raised by the demo data generator."""
from __future__ import annotations

from knowledge.errors import JourneyError


class DemoError(JourneyError):
    """The demo dataset could not be generated (bad size, unwritable folder)."""

    code = "demo_error"
