"""`journey export feedback [--format csv|json]`: every feedback row with its enrichment, to stdout."""
from __future__ import annotations

import sys

from knowledge.feedback.export import write_feedback
from knowledge.gateway import Gateway
from knowledge.workspace import resolve_workspace


def run(fmt: str = "csv", workspace: str | None = None) -> int:
    """Write the export to stdout; exit code 0."""
    from assistant.settings import load_settings

    ws = resolve_workspace(workspace).require()
    redact = None
    if load_settings().redact_pii:  # an export leaves the process: same redaction as answers
        from knowledge.feedback.pii import redact_value as redact
    gw = Gateway(ws.db_path, timeout_s=120, max_rows=100_000_000)  # an export reads every comment
    try:
        write_feedback(gw, sys.stdout, fmt, redact=redact)
    finally:
        gw.close()
    sys.stdout.flush()
    return 0
