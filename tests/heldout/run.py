"""Run the held-out (blind) question batches against a version of the product.

Each dataset folder here holds `generate.py` (`python generate.py OUTDIR` writes a DATA.md folder),
`gold.py` (fills `expect` from plain SQL over the raw files) and `batchN.yaml` benchmark files
written blind (see README.md). This harness builds each dataset, ingests it with the product code at
`--code` (default: this checkout) and scores the batches, so a first-sight score can be taken
against an older commit (a `git worktree`) and later scores against the current code.

    python tests/heldout/run.py                       # every dataset, every batch
    python tests/heldout/run.py --only insurance --batch batch1 --code /work/wt/baseline
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

SCORE_SNIPPET = r"""
import json, sys, tempfile
from assistant.commands.eval import load_items, score_benchmark
from assistant.chat_handler import build_chat_service
from assistant.settings import load_settings
from assistant.memory import SessionStore
from pathlib import Path
ws, file, out = sys.argv[1], sys.argv[2], sys.argv[3]
items = load_items(Path(file))
service = build_chat_service(load_settings(), workspace=ws)
with tempfile.TemporaryDirectory() as tmp:
    service.store = SessionStore(tmp, max_turns=10, max_sessions=100_000)
    report = score_benchmark(items, service)
service.close()
json.dump([dict(id=i.id, lang=i.lang, passed=i.passed, status=i.status, reasons=i.reasons,
                question=i.question, answer=i.answer) for i in report.items], open(out, "w"), ensure_ascii=False, indent=1)
"""


def datasets() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if (p / "generate.py").exists())


def _env(code: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(code), ANONYMIZED_TELEMETRY="False", HF_HUB_OFFLINE="1")
    env.pop("JOURNEY_MODEL", None)
    env.pop("OPENAI_API_KEY", None)
    return env


def build(ds: Path, code: Path, work: Path) -> Path:
    """Generate the dataset and ingest it with the product at `code`; returns the workspace."""
    data, ws = work / f"{ds.name}-data", work / f"{ds.name}-ws"
    if not data.exists():
        subprocess.run([sys.executable, str(ds / "generate.py"), str(data)], check=True)
    if not ws.exists():
        subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(data), "--workspace", str(ws)],
                       check=True, env=_env(code), cwd=code, stdout=subprocess.DEVNULL)
    return ws


def score(ws: Path, batch: Path, code: Path, out: Path) -> list[dict]:
    subprocess.run([sys.executable, "-c", SCORE_SNIPPET, str(ws), str(batch), str(out)], check=True,
                   env=_env(code), cwd=code)
    return json.loads(out.read_text(encoding="utf-8"))


def summary(rows: list[dict]) -> str:
    parts = []
    for lang in sorted({r["lang"] for r in rows}):
        sub = [r for r in rows if r["lang"] == lang]
        parts.append(f"{lang} {sum(r['passed'] for r in sub)}/{len(sub)} ({sum(r['passed'] for r in sub) / len(sub):.0%})")
    ok = sum(r["passed"] for r in rows)
    return f"{ok}/{len(rows)} ({ok / max(len(rows), 1):.0%}); " + ", ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=REPO, help="checkout of the product to evaluate")
    ap.add_argument("--only", action="append", help="dataset folder name (repeatable)")
    ap.add_argument("--batch", action="append", help="batch file stem, e.g. batch1 (repeatable)")
    ap.add_argument("--work", type=Path, help="where to build data and workspaces (kept; default a temp dir)")
    ap.add_argument("--out", type=Path, help="write all item results as JSON here")
    ap.add_argument("--verbose", action="store_true", help="print every failure")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="heldout-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[dict]] = {}
    for ds in datasets():
        if args.only and ds.name not in args.only:
            continue
        batches = sorted(ds.glob("batch*.yaml"))
        batches = [b for b in batches if not args.batch or b.stem in args.batch]
        if not batches:
            continue
        try:
            ws = build(ds, args.code.resolve(), work)
        except subprocess.CalledProcessError as exc:  # e.g. a real dataset whose raw files are not on this machine
            print(f"{ds.name}: SKIPPED, build failed ({exc}); see its README for where the raw files come from",
                  flush=True)
            continue
        for b in batches:
            rows = score(ws, b, args.code.resolve(), work / f"{ds.name}-{b.stem}.json")
            results[f"{ds.name}/{b.stem}"] = rows
            print(f"{ds.name}/{b.stem}: {summary(rows)}", flush=True)
            for r in rows:
                if not r["passed"] and args.verbose:
                    print(f"   ✗ {r['id']} [{r['status']}] {r['question']} — {'; '.join(r['reasons'])}")
    allrows = [r for rows in results.values() for r in rows]
    if allrows:
        print(f"ALL: {summary(allrows)}")
    if args.out:
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
