"""Feedback indexing rate on a real review corpus: embed + write to Chroma, from an empty index.

    python bench/bench_index_corpus.py --git-dir /work/.mirror/SophonPlus+ChineseNlpCorpus/repo/.git --runs 3

The corpus is read from a fetched copy of its repository (never committed here):
online_shopping_10_cats (62,774 Chinese shopping reviews in 10 categories, SophonPlus/ChineseNlpCorpus,
datasets/online_shopping_10_cats/online_shopping_10_cats.zip). Every non-empty review becomes one
feedback row (label 1 -> rating 5, 0 -> rating 1). The rows are loaded once (no enrichment); each run
then indexes all of them into a fresh Chroma collection with a fresh embedder, so worker start-up and
weight loading are inside the time. `--with-enrich` also times enrichment (sentiment, language,
themes) first, as `journey ingest` does, sharing one embedder. Results go to bench/results/index_corpus.json.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from bench.common import write_results  # noqa: E402
from knowledge.feedback.embedder import MemoEmbedder, make_embedder  # noqa: E402
from knowledge.feedback.index import sync_feedback_index  # noqa: E402
from knowledge.ingest import ingest_folder  # noqa: E402
from knowledge.workspace import Workspace  # noqa: E402

CORPUS_PATH = "datasets/online_shopping_10_cats/online_shopping_10_cats.zip"


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True).stdout


def read_corpus(git_dir: str, path: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(label, review) rows of the zipped CSV at HEAD of the fetched repository, and its provenance."""
    blob = _git(git_dir, "show", f"HEAD:{path}")
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        raw = z.read(name)
    rows = [(r["label"], (r["review"] or "").strip()) for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))]
    provenance = {"repository": "SophonPlus/ChineseNlpCorpus", "path": path,
                  "commit": _git(git_dir, "rev-parse", "HEAD").decode().strip(),
                  "blob": _git(git_dir, "rev-parse", f"HEAD:{path}").decode().strip(),
                  "csv_sha256": hashlib.sha256(raw).hexdigest()}
    return rows, provenance


def write_feedback(rows: list[tuple[str, str]], folder: Path) -> int:
    """feedback.csv of the non-empty reviews; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    with (folder / "feedback.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["feedback_id", "text", "channel", "rating"])
        for i, (label, text) in enumerate(rows):
            if text:
                out.writerow([f"os{i:06d}", text, "app_review", 5 if label == "1" else 1])
                n += 1
    return n


def _cpu() -> tuple[float, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def one_run(ws: Workspace, base_db: Path, with_enrich: bool) -> dict[str, float]:
    """Index every comment into an empty collection (after enrichment when asked); seconds and CPU."""
    # a new workspace folder each run: Chroma keeps one in-process system per folder path
    ws.ensure()
    shutil.copyfile(base_db, ws.db_path)
    load0 = os.getloadavg()[0]
    cpu0, t0 = _cpu(), time.perf_counter()
    embedder = MemoEmbedder(make_embedder())
    try:
        enrich_s = 0.0
        if with_enrich:
            from knowledge.feedback.enrich import enrich_feedback
            con = duckdb.connect(str(ws.db_path))
            try:
                enrich_feedback(con, progress=False, embedder=embedder)
            finally:
                con.close()
            enrich_s = time.perf_counter() - t0
        added = sync_feedback_index(ws, progress=False, embedder=embedder)
    finally:
        embedder.close()  # joins the worker processes, so their CPU is counted below
    wall = time.perf_counter() - t0
    cpu1 = _cpu()
    return {"added": added, "wall_s": round(wall, 2), "enrich_s": round(enrich_s, 2),
            "cpu_s": round(cpu1[0] - cpu0[0] + cpu1[1] - cpu0[1], 1), "load_avg_1m_before": round(load0, 2),
            "load_avg_1m_after": round(os.getloadavg()[0], 2)}


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--git-dir", required=True, help="git directory of a fetched SophonPlus/ChineseNlpCorpus")
    ap.add_argument("--path", default=CORPUS_PATH)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--with-enrich", action="store_true")
    args = ap.parse_args()
    rows, provenance = read_corpus(args.git_dir, args.path)
    with tempfile.TemporaryDirectory(prefix="bench_index_") as tmp:
        folder = Path(tmp) / "data"
        n = write_feedback(rows, folder)
        ws = Workspace(Path(tmp) / "ws")
        ingest_folder(ws, folder, progress=False)
        base = Path(tmp) / "base.duckdb"
        shutil.copyfile(ws.db_path, base)
        con = duckdb.connect(str(base), read_only=True)
        distinct = con.execute("SELECT count(DISTINCT text) FROM feedback").fetchall()[0][0]
        con.close()
        runs = []
        for i in range(args.runs):
            runs.append(one_run(Workspace(Path(tmp) / f"run{i}"), base, args.with_enrich))
            assert runs[-1]["added"] == n, runs[-1]
            print(json.dumps(runs[-1]), flush=True)
    walls = [r["wall_s"] for r in runs]
    cpus = [r["cpu_s"] for r in runs]
    result = {"bench": "index_corpus", "corpus": provenance, "comments": n, "distinct_texts": distinct,
              "with_enrich": args.with_enrich, "cores": os.cpu_count(), "runs": runs,
              "median_wall_s": statistics.median(walls), "comments_per_s": round(n / statistics.median(walls)),
              "median_cpu_s": statistics.median(cpus),
              # the rate the cores would give if this work had them to itself: n / (CPU seconds / cores)
              "comments_per_cpu_s_x_cores": round(n / (statistics.median(cpus) / (os.cpu_count() or 1))),
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
              "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}
    print(json.dumps(result))
    print(f"results: {write_results('index_corpus' + ('_enrich' if args.with_enrich else ''), result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
