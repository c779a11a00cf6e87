"""A module-level name bound twice in one module is a silent bug: every function reads the last binding, so the
first one's users run with another rule than the one written beside them (session 37 found three: MONEY_COLUMN,
CAME_FROM_AFTER, CAME_FROM_BEFORE in the planner; and a DURATION_ASKED added later that had silently replaced the
step-duration cue). Each top-level function, class and constant name appears once per module."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "knowledge", "tools")
# names a module may bind twice on purpose (try/except imports, typing fallbacks)
ALLOWED = {"__all__"}


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name) and t.id.isupper()]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None \
                and node.target.id.isupper():
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [n for n, k in Counter(_top_level_names(tree)).items() if k > 1 and n not in ALLOWED]
    assert not twice, f"{path.relative_to(ROOT)} binds {twice} more than once; rename one (the last one wins everywhere)"
