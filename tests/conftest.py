"""Test-wide settings: offline, no telemetry, no stray workspace."""
from __future__ import annotations

import os

# set before any chromadb / huggingface import anywhere in the suite
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.pop("OPENAI_API_KEY", None) if os.environ.get("JOURNEY_TEST_KEEP_KEY") != "1" else None
