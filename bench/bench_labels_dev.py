"""Theme names on dev sets (never eval data): what a customer-service lead would read.

Sets (each named as the product names them, discover_themes with the catalogue):
- demo: 2,400 bilingual phrase-book complaints (theme_dev_sets.demo_complaints), 60 % Chinese;
- ba: sentences of the British Airways Skytrax reviews whose writer does not recommend BA
  (PrathamAnalytics/Project-British-Airways-Customer-Review @ 4b14fc2 : ba_reviews.csv, public user
  content, no licence stated), 6–40 words, one customer per reviewer, first 3,000;
- comcast: the 2,224 Comcast complaint summaries (Manjubn777/Comcast-Telecom-Consumer-Complaints- @
  e94847e, tab-separated), one customer per ticket;
- banking: banking77 test queries (PolyAI-LDN/task-specific-datasets @ 57ec275, CC BY 4.0), with
  purity/NMI against the intents.
Prints per set the themes by size: zh / en name, sources, support, size (and top gold class).
Needs the repositories in the local git mirror (the search tool's fetch). Run:
python -m bench.bench_labels_dev [--sets demo,ba,comcast,banking] [--top 15]
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bench.bench_feedback_quality import nmi, purity
from bench.theme_dev_sets import demo_complaints
from knowledge.feedback.embedder import MemoEmbedder, make_embedder
from knowledge.feedback.keywords import Tokenizer
from knowledge.feedback.theme_labels import Catalogue
from knowledge.feedback.themes import discover_themes

MIRROR = Path("/work/.mirror")
_SENT = re.compile(r"(?<=[.!?])\s+")


def _git_file(repo: str, path: str) -> str:
    git_dir = MIRROR / repo / "repo"
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8", "replace")


def ba_rows(limit: int = 3000) -> list[dict]:
    raw = csv.DictReader(io.StringIO(_git_file("PrathamAnalytics+Project-British-Airways-Customer-Review", "ba_reviews.csv")))
    rows = []
    for i, r in enumerate(raw):
        if r["recommended"] != "no":
            continue
        for j, s in enumerate(_SENT.split(r["content"].strip())):
            if 6 <= len(s.split()) <= 40:
                rows.append({"feedback_id": f"ba{i:05d}.{j:03d}", "text": s, "customer_id": r["author"] or f"a{i}",
                             "language": "en", "gold": None})
    return rows[:limit]


def comcast_rows() -> list[dict]:
    raw = csv.DictReader(io.StringIO(_git_file("Manjubn777+Comcast-Telecom-Consumer-Complaints-",
                                                "Comcast_telecom_complaints_data.csv")), delimiter="\t")
    return [{"feedback_id": f"cc{i:05d}", "text": r["Customer Complaint"], "customer_id": f"c{i}", "language": "en",
             "gold": None} for i, r in enumerate(raw)]


def banking_rows() -> list[dict]:
    raw = csv.DictReader(io.StringIO(_git_file("PolyAI-LDN+task-specific-datasets", "banking_data/test.csv")))
    return [{"feedback_id": f"b{i:05d}", "text": r["text"], "customer_id": f"b{i}", "language": "en",
             "gold": r["category"]} for i, r in enumerate(raw)]


def demo_rows() -> list[dict]:
    return [{"feedback_id": f"d{i:05d}", "text": t, "customer_id": f"d{i % 900}", "language": lg, "gold": g}
            for i, (t, g, lg) in enumerate(demo_complaints())]


SETS = {"demo": demo_rows, "ba": ba_rows, "comcast": comcast_rows, "banking": banking_rows}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="demo,ba,comcast,banking")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    emb = MemoEmbedder(make_embedder())
    tok, cat = Tokenizer(), None
    cat = Catalogue(emb)
    for name in args.sets.split(","):
        rows = SETS[name]()
        t0 = time.perf_counter()
        ts = discover_themes(rows, embedder=emb, tokenizer=tok, catalogue=cat)
        dt = time.perf_counter() - t0
        gold = [r["gold"] for r in ts.rows]
        head = f"== {name}: {len(rows)} comments, {len(ts.themes)} themes, {dt:.1f} s"
        if gold[0] is not None:
            cl = [int(c) for c in ts.labels]
            head += f", purity {purity(gold, cl):.3f} NMI {nmi(gold, cl):.3f}"
        print(head)
        for t in sorted(ts.themes, key=lambda t: -t.comments)[:args.top]:
            src = "/".join(t.name.source[lg][:3] for lg in ("zh", "en"))
            sup = "/".join(str(t.name.support[lg]) for lg in ("zh", "en"))
            top = Counter(gold[i] for i in t.members).most_common(1)[0] if gold[0] is not None else ""
            print(f"  {t.comments:5d}  {t.name.zh} / {t.name.en}   [{src} {sup}] {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
