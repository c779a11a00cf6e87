"""A small demo workspace (data only, no feedback index) built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.workspace import Workspace


def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path]:
    """(workspace, dataset folder) of the small seed-42 demo; reused by every caller in the session."""
    root = tmp_path_factory.getbasetemp() / "api-demo"
    ws = Workspace(root / "ws")
    data = root / "data"
    if not ws.exists():
        from knowledge.demo import generate_dataset
        from knowledge.pipeline import load_dataset

        generate_dataset(data, size="small", seed=42)
        # the vector index is skipped: these tests are about serving, and indexing costs minutes
        load_dataset(ws.ensure(), data, progress=False, index=False)
    return ws, data
