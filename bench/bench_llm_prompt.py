"""How much prompt a language model reads per step: every tool schema vs the tools the question's ask needs.

    python -m bench.bench_llm_prompt [--workspace DIR] [--dir /tmp/journey-bench]

A scripted chat model (no network) stands in for the LLM and records the tools it was offered;
the size of each offered tool's OpenAI function schema plus the system prompt is measured in
characters, and tokens are estimated as characters / 4 (no tokenizer is bundled offline; English
JSON runs close to 4 characters per token with cl100k/Qwen tokenizers). Writes
bench/results/llm_prompt.json and prints a table.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

from bench.common import print_table, write_results

QUESTIONS = [
    "Which touchpoint loses the most users last month?", "哪个触点流失用户最多?",
    "How many orders last month?", "上个月的订单数是多少?",
    "Show the registration funnel", "按设备看支付转化率",
    "最近30天每天的订单趋势", "Why did payment conversion drop last week?",
    "用户对支付环节主要抱怨什么?", "What does drop-off rate mean?",
    "Where do users go after the cart?", "hi, what can you do?",
]
CHARS_PER_TOKEN = 4


def schema_chars(tools: list[Any]) -> int:
    """Characters of the tools' OpenAI function schemas as they are sent (compact JSON)."""
    from langchain_core.utils.function_calling import convert_to_openai_tool
    return sum(len(json.dumps(convert_to_openai_tool(t), ensure_ascii=False, separators=(",", ":"))) for t in tools)


def find_workspace(arg: str | None, root: Path) -> Path:
    """--workspace, else a small demo workspace under --dir (built once, without a feedback index)."""
    if arg:
        return Path(arg)
    ws = root / "llm-prompt-small-42"
    if not (ws / "journey.duckdb").exists():
        from knowledge.demo.generator import generate_dataset
        from knowledge.pipeline import load_dataset
        from knowledge.workspace import Workspace
        print(f"building the small demo workspace in {ws} (once)…", file=sys.stderr)
        generate_dataset(root / "llm-prompt-small-42-data", size="small", seed=42)
        load_dataset(Workspace(ws).ensure(), root / "llm-prompt-small-42-data", replace=True, progress=False,
                     index=False)
    return ws


def measure(ws: Path) -> dict[str, Any]:
    """Offered tools and estimated prompt tokens per question (first model step)."""
    from langchain_core.messages import AIMessage

    from assistant.chat_handler import build_chat_service
    from assistant.models.registry import ModelRegistry
    from assistant.settings import load_settings
    from tests.agent_fakes import ScriptedChatModel
    from tools.base import ToolContext
    from tools.registry import build_tools

    model = ScriptedChatModel(script=[AIMessage(content="(not measured)")])
    registry = ModelRegistry()
    registry.register("recorder", lambda s, catalog, names: model)
    svc = build_chat_service(load_settings(JOURNEY_MODEL="offline"), workspace=str(ws), registry=registry,
                             model_name="recorder")
    k = svc.knowledge()
    every = build_tools(ToolContext(workspace=svc.workspace, gateway=svc.gateway, layer=k.layer, as_of=k.as_of))
    by_name = {t.name: t for t in every}
    all_chars = schema_chars(every)
    rows = []
    for q in QUESTIONS:
        n_before = len(model.seen)
        svc.answer(q, remember=False)
        system = model.seen[n_before][0].content
        offered = model.offered[-1]
        chars = schema_chars([by_name[n] for n in offered])
        rows.append({"question": q, "tools": len(offered), "offered": offered,
                     "schema_tokens": chars // CHARS_PER_TOKEN, "all_schema_tokens": all_chars // CHARS_PER_TOKEN,
                     "system_tokens": len(system) // CHARS_PER_TOKEN})
    frames = frame_questions(k, by_name, all_chars)
    svc.close()
    return {"workspace": str(ws), "tools_total": len(every), "all_schema_tokens": all_chars // CHARS_PER_TOKEN,
            "median_offered_schema_tokens": statistics.median(r["schema_tokens"] for r in rows),
            "median_offered_tools": statistics.median(r["tools"] for r in rows),
            "estimate": f"characters / {CHARS_PER_TOKEN} of compact JSON", "per_question": rows, "frames": frames}


def frame_questions(k: Any, by_name: dict[str, Any], all_chars: int) -> dict[str, Any]:
    """The offer for every question of tests/frames/frames.yaml (planner only, no model run)."""
    from datetime import date

    import yaml

    from assistant.offered_tools import offered_tools
    from assistant.turn import TurnContext
    items = yaml.safe_load((Path(__file__).resolve().parent.parent / "tests" / "frames" / "frames.yaml")
                           .read_text(encoding="utf-8"))
    tokens, fallback = [], 0
    for it in items:
        turn = TurnContext.decide(it["question"], as_of=date.fromisoformat(str(it.get("as_of") or k.as_of)))
        offered = offered_tools(turn.plan(k.catalog))
        fallback += offered is None
        tokens.append((schema_chars([by_name[n] for n in offered]) if offered else all_chars) // CHARS_PER_TOKEN)
    tokens.sort()
    return {"questions": len(items), "all_tools_offered": fallback, "median_schema_tokens": statistics.median(tokens),
            "p90_schema_tokens": tokens[int(0.9 * (len(tokens) - 1))], "mean_schema_tokens": statistics.mean(tokens)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", help="an existing workspace (default: build/reuse a small demo under --dir)")
    ap.add_argument("--dir", default="/tmp/journey-bench")
    args = ap.parse_args()
    out = measure(find_workspace(args.workspace, Path(args.dir)))
    print_table(["question", "tools", "schema tok", "all tools tok", "system tok"],
                [[r["question"][:48], r["tools"], r["schema_tokens"], r["all_schema_tokens"], r["system_tokens"]]
                 for r in out["per_question"]])
    print(f"all {out['tools_total']} tools: ≈{out['all_schema_tokens']} tokens; offered median "
          f"{out['median_offered_tools']} tools ≈{out['median_offered_schema_tokens']} tokens")
    f = out["frames"]
    print(f"frames.yaml, {f['questions']} questions: median ≈{f['median_schema_tokens']} tokens, p90 "
          f"≈{f['p90_schema_tokens']}, mean ≈{f['mean_schema_tokens']:.0f}; every tool offered for {f['all_tools_offered']}")
    print(write_results("llm_prompt", out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
