"""Record the question frame and first tool call of every golden and extra question into frames.yaml.

Run after a deliberate change of understanding, then READ the diff: every changed frame is a changed
reading of a question. `tests/test_frames.py` fails whenever the planner's reading drifts from this file.

    .venv/bin/python tests/frames/record.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def frame_record(plan) -> dict:
    f = plan.frame.to_dict() if plan.frame is not None else {}
    keep = {k: f[k] for k in ("ask", "measure", "group_by", "filters", "scope", "period", "baseline", "presentation",
                              "sentiment")
            if f.get(k) not in (None, {}, [], ())}
    if keep.get("scope"):
        keep["scope"] = {k: v for k, v in keep["scope"].items() if v not in (None, [], ())}
        if not keep["scope"]:
            del keep["scope"]
    return {"status": plan.status, "frame": keep, "tool": plan.tool_calls[0].name if plan.tool_calls else None}


def items() -> list[dict]:
    golden = yaml.safe_load((HERE.parent / "golden" / "questions.yaml").read_text(encoding="utf-8"))
    extra = yaml.safe_load((HERE / "extra_questions.yaml").read_text(encoding="utf-8"))
    return [{k: q[k] for k in ("id", "question", "lang", "follow_up_of", "as_of") if q.get(k)} for q in golden + extra]


def plan_items(catalog, qs: list[dict]) -> dict[str, object]:
    from datetime import date

    from assistant.planner import plan_turn
    plans: dict[str, object] = {}
    for q in qs:
        state = plans[q["follow_up_of"]].state if q.get("follow_up_of") else None  # type: ignore[attr-defined]
        plans[q["id"]] = plan_turn(q["question"], catalog=catalog, state=state,
                                   as_of=date.fromisoformat(q.get("as_of", "2026-11-15")))
    return plans


def main() -> None:
    import tempfile

    from tests.conftest import catalog_from_csvs
    from knowledge.demo import generate_dataset
    with tempfile.TemporaryDirectory() as tmp:
        generate_dataset(Path(tmp) / "data", size="small", seed=42)
        catalog = catalog_from_csvs(Path(tmp) / "data", Path(tmp) / "cat.duckdb")
        qs = items()
        plans = plan_items(catalog, qs)
    out = [{**q, **frame_record(plans[q["id"]])} for q in qs]
    (HERE / "frames.yaml").write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120),
                                      encoding="utf-8")
    print(f"recorded {len(out)} frames")


if __name__ == "__main__":
    main()
