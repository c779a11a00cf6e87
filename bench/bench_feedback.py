"""Feedback speed: enrichment and embedding+indexing rate, search latency, theme extraction.

Synthetic comments from bench/feedback_synth.py (our own templates). Sizes: 50,000 comments
indexed from empty (rate), then 50,000 more (search over 100,000), themes on a 5,000-comment
touchpoint slice using vectors stored in the index.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import duckdb

from bench.common import peak_rss_mb, print_table, write_results
from bench.feedback_synth import write_feedback_db
from knowledge.feedback.embedder import make_embedder
from knowledge.feedback.enrich import enrich_feedback
from knowledge.feedback.index import FeedbackIndex, sync_feedback_index
from knowledge.feedback.search import search_feedback
from knowledge.feedback.themes import feedback_themes
from knowledge.gateway import Gateway
from knowledge.results import Period
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace

QUERIES = ["配送太慢", "customer support was rude", "验证码收不到", "refund took too long", "App经常闪退",
           "payment keeps failing", "包装破损", "great coupon", "客服态度差", "the courier was late"]


def _enrich(ws: Workspace) -> tuple[int, float]:
    con = duckdb.connect(str(ws.db_path))
    t0 = time.perf_counter()
    n = enrich_feedback(con, progress=False)
    dt = time.perf_counter() - t0
    con.close()
    return n, dt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, default=50_000)
    ap.add_argument("--second", type=int, default=50_000)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--search-only", action="store_true", help="reuse the workspace in --dir, skip building")
    args = ap.parse_args()
    root = Path(args.dir or tempfile.mkdtemp(prefix="bench_feedback_"))
    ws = Workspace(root).ensure()
    emb = make_embedder()
    emb.embed_query("warm up")  # the one-off 1.4 s weight load is not part of the rate
    rows: list[list[object]] = []
    out: dict[str, object] = {"workspace": str(root)}

    if args.search_only:
        return _search_and_themes(ws, emb, out)
    write_feedback_db(ws.db_path, args.first)
    n, dt = _enrich(ws)
    rows.append(["enrich (sentiment+themes)", n, dt, n / dt])
    t0 = time.perf_counter()
    added = sync_feedback_index(ws, progress=False, embedder=emb)
    dt = time.perf_counter() - t0
    rows.append(["embed+index from empty", added, dt, added / dt])
    out["index_rate_per_s"] = added / dt

    write_feedback_db(ws.db_path, args.second, start=args.first)
    n2, dt2 = _enrich(ws)
    rows.append(["enrich incremental (+themes all)", n2, dt2, n2 / dt2])
    t0 = time.perf_counter()
    added2 = sync_feedback_index(ws, progress=False, embedder=emb)
    dt = time.perf_counter() - t0
    rows.append(["embed+index incremental", added2, dt, added2 / dt])
    t0 = time.perf_counter()
    assert sync_feedback_index(ws, progress=False, embedder=emb) == 0
    rows.append(["re-sync (nothing new)", 0, time.perf_counter() - t0, 0.0])
    print_table(["step", "comments", "seconds", "per_second"], rows)
    out["rows"] = rows
    return _search_and_themes(ws, emb, out)


def _search_and_themes(ws: Workspace, emb: object, out: dict[str, object]) -> int:
    gw = Gateway(ws.db_path)
    index = FeedbackIndex(ws, emb)
    total = index.count()
    layer = load_semantic_layer()
    period = Period(date(2026, 7, 15), date(2026, 9, 15))

    def lat(**kw: object) -> list[float]:
        samples = []
        for _ in range(3):
            for q in QUERIES:
                t = time.perf_counter()
                search_feedback(ws, gw, q, k=10, index=index, **kw)
                samples.append((time.perf_counter() - t) * 1000)
        return samples

    lat()  # warm
    search_rows = []
    for name, kw in [("no filter", {}),
                     ("touchpoint+sentiment", {"touchpoint_ids": ["tp_05"], "sentiment": "negative"}),
                     ("period+rating<=2", {"period": period, "rating_max": 2}),
                     ("sentiment=negative", {"sentiment": "negative"}),
                     ("segment=vip (customers join)", {"filters": {"segment": ["vip"]}, "layer": layer}),
                     ("touchpoint+sentiment via Chroma where", {"touchpoint_ids": ["tp_05"], "sentiment": "negative", "strategy": "where"}),
                     ("period+rating<=2 via Chroma where", {"period": period, "rating_max": 2, "strategy": "where"})]:
        s = sorted(lat(**kw))
        search_rows.append([name, total, statistics.median(s), s[int(0.95 * (len(s) - 1))]])
        out[f"search_p50_ms_{name}"] = statistics.median(s)
    print()
    print_table(["search", "indexed", "p50_ms", "p95_ms"], search_rows)

    t_runs = []
    for _ in range(3):
        t = time.perf_counter()
        res = feedback_themes(gw, layer, touchpoint_ids=["tp_01"], lang="zh", index=index)
        t_runs.append(time.perf_counter() - t)
    print(f"\nthemes on {res.sample_size['comments']} comments: median {statistics.median(t_runs):.2f} s "
          f"({res.facts['themes_found']} themes); top: {[r[1] for r in res.rows[:4]]}")
    out.update({"search": search_rows, "themes_s": statistics.median(t_runs),
                "themes_slice": res.sample_size["comments"], "indexed": total, "peak_rss_mb": peak_rss_mb()})
    print(f"peak RSS {peak_rss_mb():.0f} MB; results: {write_results('feedback' if 'rows' in out else 'feedback_search', out)}")
    gw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
