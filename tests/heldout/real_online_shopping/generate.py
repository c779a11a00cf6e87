"""Convert the real Chinese review corpus "online_shopping_10_cats" (62,774 labelled reviews, 10 categories) to DATA.md.

    python generate.py OUTDIR [--raw PATH/online_shopping_10_cats.csv | PATH/online_shopping_10_cats.zip]

Source (see README.md): SophonPlus, ChineseNlpCorpus, `datasets/online_shopping_10_cats/online_shopping_10_cats.zip`
(https://github.com/SophonPlus/ChineseNlpCorpus, commit a0b781d72158bde242c0626c9e354d2b328865ff; the zip was added in
9afa1292465c1247184073cf151adc583699d1d6, 2018-04-02). Real customer reviews collected from Chinese e-commerce platforms
("各电商平台，具体不详"), each with its product category (书籍, 平板, 手机, 水果, 洗发水, 热水器, 蒙牛, 衣服, 计算机, 酒店)
and a human positive/negative label. The CSV `online_shopping_10_cats.csv` (11,299,695 bytes, MD5
e83a1e7b83fecb6df2673a914e167c70) is read from, in this order: `--raw PATH` (the CSV or the zip), `$ONLINE_SHOPPING_RAW`,
`/work/raw/online_shopping/` (CSV, then zip), `raw/` beside this file, or the zip in the local git mirror of the
repository at the pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). A CSV with another MD5 is refused.
Nothing of the raw data is committed.

Conversion (deterministic, no randomness, < 2 s):
- the one row with an empty review (row 36425, 热水器, positive) is dropped: DATA.md requires `text`;
- deterministic sample, CAP = 2,000 reviews per category: a category with at most 2,000 reviews is kept whole
  (热水器: 574); a larger one keeps exactly 2,000, split between its positive and negative reviews in the category's own
  proportion (rounded: the positive count is round(2000 * positives / total), the rest negative), and within each
  (category, label) block of n rows in file order the k kept rows are those at positions floor(j * n / k), j = 0..k-1
  (evenly spaced through the block). Result: 18,574 reviews;
- feedback: feedback_id = `os-` + the review's 0-based data-row number in the release's CSV (5 digits), text = review
  verbatim except that the 20 stray U+FEFF (BOM) characters left inside texts by the release's merge are removed,
  touchpoint_id = the category's touchpoint (below), channel = `online_review`, extra column sentiment = the release's
  human label (1 -> positive, 0 -> negative). No ts (the release has no dates), no rating, no customer_id (no reviewer
  id is published);
- touchpoints: one per category ("what the comment is about", DATA.md feedback.touchpoint_id), with name = name_zh = the
  release's category word, name_en an English name, aliases = common other words for the category (ours, stated in
  README). stage / channel / kind / owner are left empty: the release says nothing about them.
No customers, events, journeys, orders or experiments: the release records none of them.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "SophonPlus/ChineseNlpCorpus"
COMMIT = "a0b781d72158bde242c0626c9e354d2b328865ff"
ZIP_PATH = "datasets/online_shopping_10_cats/online_shopping_10_cats.zip"
FILE = "online_shopping_10_cats.csv"
ZIP = "online_shopping_10_cats.zip"
CSV_MD5 = "e83a1e7b83fecb6df2673a914e167c70"
N_ROWS = 62774
CAP = 2000
N_KEPT = 18574

# category (as published) -> (touchpoint_id, name_en, aliases)
CATEGORIES = {
    "书籍": ("tp_books", "Books", "图书|book"),
    "平板": ("tp_tablets", "Tablets", "平板电脑|pad|tablet"),
    "手机": ("tp_phones", "Mobile phones", "智能手机|phone|smartphone|cell phone"),
    "水果": ("tp_fruit", "Fruit", "生鲜水果|fresh fruit"),
    "洗发水": ("tp_shampoo", "Shampoo", "洗发露|hair care"),
    "热水器": ("tp_water_heaters", "Water heaters", "电热水器|water heater"),
    "蒙牛": ("tp_mengniu", "Mengniu dairy", "蒙牛牛奶|牛奶|乳制品|Mengniu|milk|dairy"),
    "衣服": ("tp_clothing", "Clothing", "服装|服饰|clothes|apparel"),
    "计算机": ("tp_computers", "Computers", "电脑|笔记本|computer|laptop|notebook|PC"),
    "酒店": ("tp_hotels", "Hotels", "宾馆|住宿|hotel|hotel stay"),
}


def from_zip(blob: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return z.read(FILE)


def raw_csv(cli: str | None) -> bytes:
    """The release's CSV bytes (from the first place that has it), checked against its MD5."""
    data = None
    cands = [cli, os.environ.get("ONLINE_SHOPPING_RAW"), f"/work/raw/online_shopping/{FILE}",
             f"/work/raw/online_shopping/{ZIP}", str(HERE / "raw" / FILE), str(HERE / "raw" / ZIP)]
    for cand in cands:
        if cand and Path(cand).is_file():
            blob = Path(cand).read_bytes()
            data = from_zip(blob) if blob[:2] == b"PK" else blob
            break
    if data is None:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        gitdir = mirror / ".git" if (mirror / ".git").exists() else mirror
        if not gitdir.exists():
            sys.exit(f"raw file {FILE!r} not found: pass --raw, set $ONLINE_SHOPPING_RAW, put it (or {ZIP}) in "
                     f"/work/raw/online_shopping/, or fetch github:{REPO} into {mirror} "
                     f"(commit {COMMIT}, path {ZIP_PATH})")
        blob = subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{COMMIT}:{ZIP_PATH}"],
                              check=True, capture_output=True).stdout
        data = from_zip(blob)
    digest = hashlib.md5(data).hexdigest()
    if digest != CSV_MD5:
        sys.exit(f"the CSV has MD5 {digest}, expected {CSV_MD5}: not the pinned copy of the release")
    return data


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to online_shopping_10_cats.csv or the zip that holds it")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.reader(io.StringIO(raw_csv(args.raw).decode("utf-8"), newline="")))
    if rows[0] != ["cat", "label", "review"] or len(rows) - 1 != N_ROWS:
        sys.exit(f"unexpected header or row count: {rows[0]} / {len(rows) - 1}")

    # (category, label) -> [(row number, text)], in file order; the one empty review is dropped
    blocks: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for i, (cat, label, review) in enumerate(rows[1:]):
        if cat not in CATEGORIES or label not in {"0", "1"}:
            sys.exit(f"row {i}: category {cat!r} / label {label!r}")
        text = review.replace("\ufeff", "")
        if not text.strip():
            continue
        blocks.setdefault((cat, label), []).append((i, text))

    kept: list[tuple[int, str, str, str]] = []
    for cat in CATEGORIES:
        pos, neg = blocks.get((cat, "1"), []), blocks.get((cat, "0"), [])
        total = len(pos) + len(neg)
        if total <= CAP:
            k_pos, k_neg = len(pos), len(neg)
        else:
            k_pos = int(CAP * len(pos) / total + 0.5)
            k_neg = CAP - k_pos
        for block, k, label in ((pos, k_pos, "positive"), (neg, k_neg, "negative")):
            n = len(block)
            for j in range(k):
                i, text = block[j * n // k]
                kept.append((i, cat, label, text))
    kept.sort()
    if len(kept) != N_KEPT:
        sys.exit(f"expected {N_KEPT} sampled reviews, got {len(kept)}")

    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "aliases"],
          [[tp, cat, cat, en, aliases] for cat, (tp, en, aliases) in CATEGORIES.items()])
    write(out / "feedback.csv", ["feedback_id", "text", "touchpoint_id", "channel", "sentiment"],
          [[f"os-{i:05d}", text, CATEGORIES[cat][0], "online_review", label] for i, cat, label, text in kept])
    print(f"wrote {out}: {len(kept)} reviews (feedback) over {len(CATEGORIES)} categories (touchpoints); "
          f"1 empty review dropped, others sampled to at most {CAP} per category")


if __name__ == "__main__":
    main()
