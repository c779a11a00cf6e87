"""Convert the real "Women's E-Commerce Clothing Reviews" (23,486 reviews of a women's fashion shop) to a DATA.md folder.

    python generate.py OUTDIR [--raw "PATH/Womens Clothing E-Commerce Reviews.csv" | PATH/womens-ecommerce-clothing-reviews.zip]

Source (see README.md): Nick Brooks (Kaggle user nicapotato), "Women's E-Commerce Clothing Reviews", 2018,
https://www.kaggle.com/datasets/nicapotato/womens-ecommerce-clothing-reviews : real, anonymised reviews written by the
customers of one women's clothing e-commerce retailer (the shop's name is replaced by "retailer" in the text).
We read the release's CSV `Womens Clothing E-Commerce Reviews.csv` (8,483,448 bytes, MD5
0a739940276c8d252de145f7d5f830b2, git blob fbc03e5353458fd51f9eae90a2d0eb6ec8d2418f) from, in this order: `--raw PATH`
(the CSV or the zip that holds it), `$WOMENS_CLOTHING_RAW`, `/work/raw/womens_clothing/`, `raw/` beside this file, or
the zip committed in the local git mirror of the public repository that holds it at a pinned commit
(`$HELDOUT_MIRRORS`, default /work/.mirror). A CSV with another MD5 is refused. Nothing is committed of the raw data.

Conversion (faithful; nothing sampled; < 2 s):
- feedback: one row per review that has a review text (22,641 of 23,486; the other 845 are star ratings without any
  text and DATA.md requires `text`, so they are dropped — see README). feedback_id = `wr-` + the release's row number
  (its unnamed first column, 0..23485, zero-padded to 5 digits), customer_id = `c-` + the same number,
  text = "Review Text" verbatim (as published, including its few HTML entities such as &#39;), rating = Rating (1-5
  stars), channel = `product_review`. No `ts`: the release has no dates at all. Extra columns: title (the review's
  headline, empty for 2,966 reviews), recommended (Recommended IND, 1 = the reviewer recommends the product, 0 = not),
  positive_feedback_count (how many other customers marked the review as helpful), clothing_id (the reviewed item),
  division_name, department_name, class_name (the shop's product hierarchy, spelt as published — the division
  'Initmates' is the release's own typo; 14 reviews have no hierarchy at all, left empty).
- customers: one per reviewer of a kept review. The release has no reviewer identifier, so each review is one customer
  (customer_id as above; counts of customers equal counts of reviews). Columns: age (the reviewer's age as published,
  18..99) and age_group (derived bands 18-24, 25-34, 35-44, 45-54, 55-64, 65+).
No touchpoints, events, journeys, orders or experiments: the release records none of them.
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
REPO = "MichalSzopinski00/The-Best-Classifier"
COMMIT = "5fe5fa818dc4960da6d747ebcf4de98f0f263698"
ZIP_PATH = "womens-ecommerce-clothing-reviews.zip"
MEMBER = "womens-ecommerce-clothing-reviews/Womens Clothing E-Commerce Reviews.csv"
FILE = "Womens Clothing E-Commerce Reviews.csv"
CSV_MD5 = "0a739940276c8d252de145f7d5f830b2"
N_ROWS = 23486
N_WITH_TEXT = 22641
HEADER = ["", "Clothing ID", "Age", "Title", "Review Text", "Rating", "Recommended IND", "Positive Feedback Count",
          "Division Name", "Department Name", "Class Name"]


def from_zip(blob: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return z.read(MEMBER)


def raw_csv(cli: str | None) -> bytes:
    """The release's CSV bytes (from the first place that has it), checked against its MD5."""
    data = None
    cands = [cli, os.environ.get("WOMENS_CLOTHING_RAW"), f"/work/raw/womens_clothing/{FILE}",
             f"/work/raw/womens_clothing/{ZIP_PATH}", str(HERE / "raw" / FILE), str(HERE / "raw" / ZIP_PATH)]
    for cand in cands:
        if cand and Path(cand).is_file():
            blob = Path(cand).read_bytes()
            data = from_zip(blob) if blob[:2] == b"PK" else blob
            break
    if data is None:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        gitdir = mirror / ".git" if (mirror / ".git").exists() else mirror
        if not gitdir.exists():
            sys.exit(f"raw file {FILE!r} not found: pass --raw, set $WOMENS_CLOTHING_RAW, put it (or {ZIP_PATH}) in "
                     f"/work/raw/womens_clothing/, or fetch github:{REPO} into {mirror} "
                     f"(commit {COMMIT}, path {ZIP_PATH})")
        blob = subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{COMMIT}:{ZIP_PATH}"],
                              check=True, capture_output=True).stdout
        data = from_zip(blob)
    digest = hashlib.md5(data).hexdigest()
    if digest != CSV_MD5:
        sys.exit(f"the CSV has MD5 {digest}, expected {CSV_MD5}: not the pinned copy of the release")
    return data


def age_group(age: int) -> str:
    for hi, label in [(24, "18-24"), (34, "25-34"), (44, "35-44"), (54, "45-54"), (64, "55-64")]:
        if age <= hi:
            return label
    return "65+"


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to 'Womens Clothing E-Commerce Reviews.csv' or the zip that holds it")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.reader(io.StringIO(raw_csv(args.raw).decode("utf-8"), newline="")))
    if rows[0] != HEADER or len(rows) - 1 != N_ROWS:
        sys.exit(f"unexpected header or row count: {rows[0]} / {len(rows) - 1}")

    feedback: list[list[object]] = []
    customers: list[list[object]] = []
    for i, r in enumerate(rows[1:]):
        idx, clothing_id, age, title, text, rating, rec, pos, division, department, cls = r
        if int(idx) != i:
            sys.exit(f"row {i}: the release's row number is {idx}")
        if not text.strip():
            continue  # a star rating without any review text: not a DATA.md feedback row
        if rating not in {"1", "2", "3", "4", "5"} or rec not in {"0", "1"}:
            sys.exit(f"row {i}: rating {rating!r} / recommended {rec!r}")
        num = f"{i:05d}"
        customers.append([f"c-{num}", int(age), age_group(int(age))])
        feedback.append([f"wr-{num}", f"c-{num}", text, int(rating), "product_review", title, int(rec), int(pos),
                         int(clothing_id), division, department, cls])
    if len(feedback) != N_WITH_TEXT:
        sys.exit(f"expected {N_WITH_TEXT} reviews with text, got {len(feedback)}")

    write(out / "customers.csv", ["customer_id", "age", "age_group"], customers)
    write(out / "feedback.csv", ["feedback_id", "customer_id", "text", "rating", "channel", "title", "recommended",
                                 "positive_feedback_count", "clothing_id", "division_name", "department_name",
                                 "class_name"], feedback)
    print(f"wrote {out}: {len(feedback)} reviews (feedback), {len(customers)} reviewers (customers); "
          f"{N_ROWS - N_WITH_TEXT} rating-only rows without text dropped")


if __name__ == "__main__":
    main()
