"""The golden question set: planner-only checks (fast) and the full `journey eval` run (heavy)."""
from __future__ import annotations

import collections
from datetime import date
from pathlib import Path

import duckdb
import pytest
import yaml

from knowledge.gateway import Gateway
from knowledge.semantic.layer import load_semantic_layer

from assistant.planner import plan_turn
from assistant.planner.catalog import build_catalog
from assistant.planner.types import Catalog

GOLDEN = Path(__file__).parent / "golden" / "questions.yaml"
PASS_RATE = 1.0  # the golden set is ours: every item must pass (issue 8)


def load_questions() -> list[dict]:
    return yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))


def test_golden_set_shape():
    qs = load_questions()
    langs = collections.Counter(q["lang"] for q in qs)
    assert len(qs) >= 150 and abs(langs["zh"] - langs["en"]) <= len(qs) * 0.1
    assert sum(1 for q in qs if q.get("follow_up_of")) >= 25
    assert sum(1 for q in qs if q["expect"].get("status") in ("clarify", "unsupported")) >= 10
    ids = [q["id"] for q in qs]
    assert len(ids) == len(set(ids))
    by_intent = collections.Counter(q.get("intent") for q in qs if q.get("intent") and not q.get("follow_up_of"))
    assert all(n >= 3 for n in by_intent.values()), by_intent
    known = set(ids)
    assert all(q["follow_up_of"] in known for q in qs if q.get("follow_up_of"))


def plan_all(catalog: Catalog) -> dict[str, object]:
    """Plan every golden question in order, follow-ups on top of their first turn's state."""
    qs = load_questions()
    plans: dict[str, object] = {}
    for q in qs:
        state = plans[q["follow_up_of"]].state if q.get("follow_up_of") else None  # type: ignore[attr-defined]
        plans[q["id"]] = plan_turn(q["question"], catalog=catalog, state=state,
                                   as_of=date.fromisoformat(q.get("as_of", "2026-11-15")))
    return plans


def test_planner_picks_expected_tool_and_status(golden_catalog):
    qs = load_questions()
    plans = plan_all(golden_catalog)
    failures = []
    for q in qs:
        p = plans[q["id"]]
        want_status = q["expect"].get("status", "ok")
        got_tool = p.tool_calls[0].name if p.tool_calls else None  # type: ignore[attr-defined]
        if p.status != want_status or (q.get("tool") and got_tool != q["tool"]) or p.language != q["lang"]:  # type: ignore[attr-defined]
            failures.append(f"{q['id']}: {q['question']!r} -> {p.status}/{p.intent}/{got_tool}/{p.language}")  # type: ignore[attr-defined]
    assert not failures, f"{len(failures)} of {len(qs)} golden questions mis-planned:\n" + "\n".join(failures)


# -- the full eval (heavy: builds the demo workspace with its feedback index, ~2 min) -------------
WORKSPACE_ENV = "JOURNEY_GOLDEN_WORKSPACE"  # reuse an already built small demo workspace


@pytest.fixture(scope="module")
def golden_workspace(tmp_path_factory) -> Path:
    """The small demo workspace, built once per test session the way `journey demo` builds it."""
    import os
    if os.environ.get(WORKSPACE_ENV):
        return Path(os.environ[WORKSPACE_ENV])
    from knowledge.demo import generate_dataset
    from knowledge.pipeline import load_dataset
    from knowledge.workspace import Workspace
    root = tmp_path_factory.mktemp("golden-ws")
    ws = Workspace(root)
    generate_dataset(root / "demo-data", size="small", seed=42)
    load_dataset(ws, root / "demo-data", replace=True, progress=False)
    return root


@pytest.mark.heavy
def test_golden_expectations_are_current(golden_workspace):
    """The YAML matches what compute_expected.py's SQL gives on today's demo data."""
    import sys
    sys.path.insert(0, str(GOLDEN.parent))
    try:
        from compute_expected import apply, compute
    finally:
        sys.path.pop(0)
    qs = load_questions()
    stale = apply(qs, compute(golden_workspace))
    assert stale == 0, "run: .venv/bin/python tests/golden/compute_expected.py WORKSPACE --write"


@pytest.mark.heavy
def test_golden_eval_per_language(golden_workspace, tmp_path):
    """`journey eval` scoring on the golden set: at least 95 % in each language."""
    from assistant.chat_handler import build_chat_service
    from assistant.commands.eval import score_benchmark
    from assistant.memory import SessionStore
    from assistant.settings import load_settings

    service = build_chat_service(load_settings(), workspace=str(golden_workspace))
    try:
        service.store = SessionStore(tmp_path, max_turns=10, max_sessions=100_000)
        report = score_benchmark(load_questions(), service, as_of=date(2026, 11, 15))
    finally:
        service.close()
    lines = [f"{f.id} {f.question!r}: {'; '.join(f.reasons)}" for f in report.failures]
    for lang, (passed, total, score) in report.by("lang").items():
        assert score >= PASS_RATE, f"{lang}: {passed}/{total}\n" + "\n".join(lines)
