"""Convert a public scrape of British Airways passenger reviews (Skytrax, 2016-2023) into a DATA.md folder.

    python generate.py OUTDIR

Source (see README.md): one CSV (`ba_reviews.csv`, 1,324 reviews) read byte-for-byte from a pinned commit
of a public GitHub repository. The raw file is NOT committed here (fetched public data stays out of this
repository); it is read from `raw/` beside this file when present, else from the local git mirror of
the source repository at the pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). Nothing is
sampled: every review is kept.

Conversion (faithful, no invented rows):
- one feedback row per review: feedback_id = `ba-NNNN` (1-based row order of the raw file, which is
  newest first), text = the review body (whitespace-trimmed), ts = the review's publication date,
  channel = `review_site`;
- the release has a 1-10 overall score, not 1-5 stars, so the contract's `rating` is left empty and the
  score is kept as the extra column `overall_score_10`; the six 1-5 aspect scores are kept as extra
  columns (the raw `-1` = "not rated" becomes empty); title, country, aircraft, traveller_type,
  seat_type (cabin), route, date_flown, recommended, trip_verified are kept as extra columns;
- the reviewer's name is dropped (personal data, not needed); there are no customer ids, events,
  journeys, orders or touchpoints in the release, so those tables are absent.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_REPO = "PrathamAnalytics/Project-British-Airways-Customer-Review"
SOURCE_COMMIT = "4b14fc226ff6c4ee26911934423ce0ec0533e26a"
RAW_FILE = "ba_reviews.csv"
ASPECTS = ["seat_comfort", "cabin_staff_service", "food_beverages", "ground_service", "value_for_money",
           "entertainment"]


def raw_text() -> str:
    """The raw CSV text (local raw/ copy, else the pinned commit of the mirror)."""
    local = HERE / "raw" / RAW_FILE
    if local.exists():
        return local.read_text(encoding="utf-8")
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / SOURCE_REPO.replace("/", "+") / "repo"
    if not mirror.exists():
        sys.exit(f"raw file {RAW_FILE} not found: put it in {local.parent}/ or fetch github:{SOURCE_REPO} "
                 f"into {mirror} (commit {SOURCE_COMMIT})")
    out = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{SOURCE_COMMIT}:{RAW_FILE}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def raw_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw_text())))


def day(value: str) -> str:
    """Dates are DD/MM/YYYY in the raw file."""
    return datetime.strptime(value, "%d/%m/%Y").strftime("%Y-%m-%d") if value else ""


def score(value: str) -> str:
    return "" if value in ("", "-1") else value


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    header = ["feedback_id", "text", "ts", "channel", "title", "country", "aircraft", "traveller_type",
              "seat_type", "route", "date_flown", "recommended", "trip_verified", "overall_score_10"] + ASPECTS
    data = []
    for i, r in enumerate(raw_rows(), start=1):
        data.append([f"ba-{i:04d}", r["content"].strip(), day(r["date"]), "review_site", r["header"].strip(),
                     r["place"], r["aircraft"], r["traveller_type"], r["seat_type"], r["route"],
                     day(r["date_flown"]), r["recommended"], r["trip_verified"], r["rating"]] +
                    [score(r[a]) for a in ASPECTS])
    with (out / "feedback.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)
    print(f"wrote {out}: {len(data)} feedback rows")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
