"""Feedback quality on real public data in ../shared/eval-data (a yardstick, never training data).

- waimai_10k (zh food-delivery reviews): binary sentiment accuracy.
- Twitter US airline tweets (en): positive vs negative accuracy, 3-class macro-F1, and how
  well themes of the negative tweets match the human `negativereason` (purity, NMI).
Nothing here feeds back into the product's constants. Binary rule: predicted positive when
the product's label is `positive` (score ≥ 0.05), otherwise negative.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from bench.common import print_table, write_results
from knowledge.feedback.embedder import make_embedder
from knowledge.feedback.keywords import Tokenizer
from knowledge.feedback.sentiment import SentimentAnalyzer

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data"


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Unweighted mean of per-class F1."""
    f1s = []
    for c in sorted(set(gold)):
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def purity(gold: list[str], clusters: list[int]) -> float:
    """Share of items in their cluster's majority gold class."""
    by: dict[int, Counter[str]] = {}
    for g, c in zip(gold, clusters):
        by.setdefault(c, Counter())[g] += 1
    return sum(cnt.most_common(1)[0][1] for cnt in by.values()) / len(gold)


def nmi(gold: list[str], clusters: list[int]) -> float:
    """Normalised mutual information (arithmetic mean of entropies)."""
    n = len(gold)
    joint = Counter(zip(gold, clusters))
    pg, pc = Counter(gold), Counter(clusters)
    mi = sum(v / n * math.log((v / n) / ((pg[g] / n) * (pc[c] / n))) for (g, c), v in joint.items())
    hg = -sum(v / n * math.log(v / n) for v in pg.values())
    hc = -sum(v / n * math.log(v / n) for v in pc.values())
    return mi / ((hg + hc) / 2) if hg + hc else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="use only the first N rows of each set (0 = all)")
    ap.add_argument("--themes-only", action="store_true", help="skip the sentiment measures")
    ap.add_argument("--sentiment-only", action="store_true", help="skip the theme measures (no embedding)")
    ap.add_argument("--eval", type=Path, default=EVAL, help="the eval-data folder (default ../shared/eval-data)")
    args = ap.parse_args()
    if not args.eval.is_dir():
        print(f"no evaluation data at {args.eval}", file=sys.stderr)
        return 2
    tok = Tokenizer()
    out: dict[str, object] = {}
    rows: list[list[object]] = []

    tweets = read_csv(args.eval / "twitter_us_airline_sentiment" / "Tweets.csv")
    if args.limit:
        tweets = tweets[:args.limit]
    from knowledge.feedback.embedder import MemoEmbedder
    emb = MemoEmbedder(make_embedder())   # tweets embedded once for sentiment and themes
    if not args.themes_only:
        # the product's configuration: lexicon models stacked with the USE-embedding classifier
        _sentiment(SentimentAnalyzer(tok, embedder=emb), tweets, args.limit, rows, out, args.eval)
    if not args.sentiment_only:
        _themes(tok, tweets, rows, out, emb)
    print()
    print_table(["measure", "n", "value", "note (texts/s or k)"], rows)
    print(f"results: {write_results('feedback_quality' + ('_themes' if args.themes_only else '_sentiment' if args.sentiment_only else ''), out)}")
    return 0


def _sentiment(sa: SentimentAnalyzer, tweets: list[dict[str, str]], limit: int, rows: list[list[object]],
               out: dict[str, object], eval_dir: Path = EVAL) -> None:
    waimai = read_csv(eval_dir / "waimai_10k" / "waimai_10k.csv")
    if limit:
        waimai = waimai[:limit]
    t0 = time.perf_counter()
    pred = [r.label == "positive" for r in sa.analyze_many([r["review"] for r in waimai])]
    dt = time.perf_counter() - t0
    acc = sum(p == (r["label"] == "1") for p, r in zip(pred, waimai)) / len(waimai)
    rows.append(["waimai_10k binary accuracy (target >= 0.88)", len(waimai), round(acc, 4), round(len(waimai) / dt)])
    out["waimai_accuracy"] = acc
    # reference only: snownlp with its own (slow) segmenter, the candidate the issue measured
    from snownlp import SnowNLP
    t0 = time.perf_counter()
    ref = [SnowNLP(r["review"]).sentiments >= 0.525 for r in waimai]  # 2p - 1 >= 0.05, the same rule
    dt = time.perf_counter() - t0
    acc_ref = sum(p == (r["label"] == "1") for p, r in zip(ref, waimai)) / len(waimai)
    rows.append(["  (reference: snownlp own segmenter, same rule)", len(waimai), round(acc_ref, 4), round(len(waimai) / dt)])
    out["waimai_accuracy_snownlp_segmenter"] = acc_ref

    t0 = time.perf_counter()
    labels = [r.label for r in sa.analyze_many([r["text"] for r in tweets])]
    dt = time.perf_counter() - t0
    gold = [r["airline_sentiment"] for r in tweets]
    polar = [(g, p) for g, p in zip(gold, labels) if g != "neutral"]
    acc2 = sum((p == "positive") == (g == "positive") for g, p in polar) / len(polar)
    f1 = macro_f1(gold, labels)
    rows.append(["airline tweets pos vs neg accuracy (target >= 0.85)", len(polar), round(acc2, 4), round(len(tweets) / dt)])
    rows.append(["airline tweets 3-class macro-F1", len(tweets), round(f1, 4), ""])
    out.update({"tweets_binary_accuracy": acc2, "tweets_binary_n": len(polar), "tweets_macro_f1": f1,
                "tweets_n": len(tweets)})


def _themes(tok: Tokenizer, tweets: list[dict[str, str]], rows: list[list[object]], out: dict[str, object],
            emb: object) -> None:
    """Themes of the negative tweets the way the product finds them (discover_themes), vs negativereason."""
    from knowledge.feedback.theme_labels import Catalogue
    from knowledge.feedback.themes import discover_themes
    neg = [r for r in tweets if r["airline_sentiment"] == "negative" and r["negativereason"]]
    items = [{"feedback_id": r["tweet_id"], "text": r["text"], "customer_id": r["name"], "language": "en"} for r in neg]
    t0 = time.perf_counter()
    ts = discover_themes(items, embedder=emb, tokenizer=tok, catalogue=Catalogue(emb))
    out["themes_s_incl_embedding"] = time.perf_counter() - t0
    reason_of = {r["tweet_id"]: r["negativereason"] for r in neg}
    reasons = [reason_of[r["feedback_id"]] for r in ts.rows]
    cl = [int(c) for c in ts.labels]
    # purity grows with the number of themes (one theme per tweet scores 1.0): always read it with k
    rows.append(["negative tweets themes: purity (target >= 0.70)", len(neg), round(purity(reasons, cl), 4), f"k={len(set(cl))}"])
    rows.append(["negative tweets themes: NMI", len(neg), round(nmi(reasons, cl), 4), f"k={len(set(cl))}"])
    out.update({"theme_purity": purity(reasons, cl), "theme_nmi": nmi(reasons, cl), "theme_k": len(set(cl)),
                "theme_n": len(neg)})
    base = Counter(reasons).most_common(1)[0][1] / len(reasons)
    rows.append(["  (majority-class purity baseline)", len(neg), round(base, 4), ""])
    out["theme_purity_baseline"] = base
    out["theme_labels"] = []
    for t in sorted(ts.themes, key=lambda t: -t.comments):
        top = Counter(reasons[i] for i in t.members).most_common(2)
        out["theme_labels"].append({"zh": t.name.zh, "en": t.name.en, "size": t.comments, "source": t.name.source})
        print(f"{t.key}: {t.name.zh} / {t.name.en}  size={t.comments}  source={t.name.source}  top reasons={top}")


if __name__ == "__main__":
    sys.exit(main())
