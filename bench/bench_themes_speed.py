"""Speed of the voice-of-customer path: ingest 6,000 comments (sentiment + index), then themes warm.

The comments are bench/feedback_synth.py's bilingual ones (recombined from our own templates). Reported: ingest seconds (enrichment with the embedding sentiment and the index sync
sharing one embedder), the first `feedback_themes` call over all 6,000 comments after it, and
the median of 5 warm calls (target <= 2 s), plus a warm `feedback_count` and `theme_trends`. Wall and CPU seconds (the
machine may be shared).
Run: python -m bench.bench_themes_speed [--n 6000]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import duckdb  # noqa: E402

from bench.common import peak_rss_mb, print_table, time_call, write_results  # noqa: E402
from bench.feedback_synth import write_feedback_db  # noqa: E402
from knowledge.feedback.count import count_feedback  # noqa: E402
from knowledge.feedback.embedder import MemoEmbedder, make_embedder  # noqa: E402
from knowledge.feedback.enrich import enrich_feedback  # noqa: E402
from knowledge.feedback.index import FeedbackIndex, sync_feedback_index  # noqa: E402
from knowledge.feedback.themes import feedback_themes  # noqa: E402
from knowledge.feedback.trends import theme_trends  # noqa: E402
from knowledge.gateway import Gateway  # noqa: E402
from knowledge.results import Period  # noqa: E402
from knowledge.semantic.layer import load_semantic_layer  # noqa: E402
from knowledge.workspace import Workspace  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=6000)
    args = ap.parse_args()
    ws = Workspace(Path(tempfile.mkdtemp(prefix="bench_themes_"))).ensure()
    emb = MemoEmbedder(make_embedder())
    emb.embed_query("warm up")    # the one-off weight load is not part of ingesting
    write_feedback_db(ws.db_path, args.n, hot_touchpoint_rows=0)
    t0, c0 = time.perf_counter(), time.process_time()
    con = duckdb.connect(str(ws.db_path))
    enrich_feedback(con, progress=False, embedder=emb)
    con.close()
    sync_feedback_index(ws, progress=False, embedder=emb)
    ingest = (time.perf_counter() - t0, time.process_time() - c0)
    gw = Gateway(ws.db_path)
    index = FeedbackIndex(ws, emb)
    layer = load_semantic_layer()
    n = gw.scalar("SELECT count(*) FROM feedback")
    last = {}

    def themes() -> None:
        last["themes"] = feedback_themes(gw, layer, lang="zh", index=index)

    # the first question after ingesting also reads the vectors from Chroma, segments the comments
    # and embeds the name catalogue; the open index keeps them for the questions after it
    t0, c0 = time.perf_counter(), time.process_time()
    themes()
    first = (time.perf_counter() - t0, time.process_time() - c0)
    th = time_call(themes, runs=5, warmup=0)
    cnt = time_call(lambda: count_feedback(gw, "退款", layer=layer, index=index), runs=5, warmup=1)
    lo, hi = gw.query("SELECT min(ts)::DATE, max(ts)::DATE FROM feedback").rows[0]
    mid = lo + (hi - lo) / 2
    period = Period(mid, hi)
    tr = time_call(lambda: theme_trends(gw, layer, period=period, index=index), runs=3, warmup=1)
    rows = [["ingest (sentiment + index)", n, round(ingest[0], 2), round(ingest[1], 2)],
            ["themes, first question after ingest", n, round(first[0], 3), round(first[1], 3)],
            ["themes warm (median of 5)", n, round(th["median_s"], 3), round(th["median_cpu_s"], 3)],
            ["count '退款' warm (median of 5)", n, round(cnt["median_s"], 3), round(cnt["median_cpu_s"], 3)],
            ["theme trends warm (median of 3)", n, round(tr["median_s"], 3), round(tr["median_cpu_s"], 3)]]
    print_table(["step", "comments", "wall_s", "cpu_s"], rows)
    res = last["themes"]
    print("top themes:", [(r[9], r[10], r[2]) for r in res.rows])
    out = {"comments": n, "ingest_s": ingest[0], "themes_first_s": first[0], "themes_warm_median_s": th["median_s"],
           "themes_warm_median_cpu_s": th["median_cpu_s"], "load_average": os.getloadavg(),
           "count_warm_median_s": cnt["median_s"], "trends_warm_median_s": tr["median_s"],
           "peak_rss_mb": peak_rss_mb(), "themes": [r[9:11] for r in res.rows]}
    print(f"peak RSS {peak_rss_mb():.0f} MB; results: {write_results('themes_speed', out)}")
    gw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
