"""Placeholder until the feedback work lands: the signature the pipeline calls."""
from __future__ import annotations

from knowledge.workspace import Workspace


def sync_feedback_index(workspace: Workspace, *, progress: bool = True) -> int:
    """Add feedback rows not yet in the Chroma index; return how many were added."""
    raise NotImplementedError("feedback index is being built (issue 3)")
