"""Convert the real Ctrip (携程) reviews of the Guangzhou Garden Hotel (广州花园酒店), 2023-01 .. 2025-04, to a DATA.md folder.

    python generate.py OUTDIR [--raw PATH]

Input (first found): --raw PATH, $GZ_GARDEN_HOTEL_RAW, /work/raw/gz_garden_hotel/guangzhou_garden_hotel_comments_2023-2025.csv,
raw/ beside this file, else the file in the local git mirror of GitHub Scorpioyyy/hotel-dashboard at the pinned commit
($HELDOUT_MIRRORS, default /work/.mirror). A file with another MD5 is refused.

Output: OUTDIR/feedback.csv only (a feedback-only company: there is no reviewer id, no events, no orders).
Deterministic (no randomness, no sampling: all 2,607 reviews are kept), < 1 s.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

RAW_NAME = "guangzhou_garden_hotel_comments_2023-2025.csv"
RAW_MD5 = "17f6c04f8cb435976657fd436cd28d59"
REPO = "Scorpioyyy/hotel-dashboard"
COMMIT = "3f6ab74b2e6f96aa7ec4e4dec8f7420a50c2da52"
REPO_PATH = "RAG/data/raw/" + RAW_NAME
HERE = Path(__file__).resolve().parent

COLUMNS = ["feedback_id", "text", "ts", "channel", "rating", "room_type", "room_category", "travel_type",
           "helpful_votes", "reviewer_review_count", "photo_count", "ctrip_review_id"]


def read_raw(explicit: str | None) -> bytes:
    candidates = [explicit, os.environ.get("GZ_GARDEN_HOTEL_RAW"), f"/work/raw/gz_garden_hotel/{RAW_NAME}",
                  str(HERE / "raw" / RAW_NAME)]
    for c in candidates:
        if c and Path(c).is_file():
            data = Path(c).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.is_dir():
            raise SystemExit(f"raw file not found; get it with `fetch github:{REPO}` (see README.md)")
        data = subprocess.run(["git", "-C", str(mirror), "show", f"{COMMIT}:{REPO_PATH}"], check=True,
                              capture_output=True).stdout
    md5 = hashlib.md5(data).hexdigest()
    if md5 != RAW_MD5:
        raise SystemExit(f"raw file has MD5 {md5}, expected {RAW_MD5}")
    return data


def room_category(room_type: str) -> str:
    """Our coarse class of the published room type: theme rooms first, then suites, twin rooms, else king rooms."""
    if "主题" in room_type:
        return "主题房"
    if "套房" in room_type:
        return "套房"
    if "双床" in room_type:
        return "双床房"
    return "大床房"


def iso_date(s: str) -> str:
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s.strip())
    if not m:
        raise SystemExit(f"unparsable publish_date {s!r}")
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"


def convert(data: bytes) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    out = []
    for i, r in enumerate(rows, start=1):
        count = re.fullmatch(r"(\d+)条点评", r["review_count"].strip())
        images = json.loads(r["images"]) if r["images"].strip() else []
        out.append({
            "feedback_id": f"gh-{i:04d}",
            "text": r["comment"].strip(),
            "ts": iso_date(r["publish_date"]),
            "channel": "ctrip_review",
            # DATA.md rating is 1..5; Ctrip published two scores below 1 (0.5, 0.7): set to 1.0, the scale's floor
            "rating": f"{max(1.0, float(r['score'])):.1f}",
            "room_type": r["room_type"].strip(),
            "room_category": room_category(r["room_type"]),
            "travel_type": r["travel_type"].strip(),
            "helpful_votes": int(r["useful_count"]),
            "reviewer_review_count": int(count[1]) if count else "",
            "photo_count": len(images),
            "ctrip_review_id": r["_id"],
        })
    if len(out) != 2607 or len({r["ctrip_review_id"] for r in out}) != len(out):
        raise SystemExit(f"unexpected raw content: {len(out)} rows")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw")
    args = ap.parse_args()
    rows = convert(read_raw(args.raw))
    args.outdir.mkdir(parents=True, exist_ok=True)
    with open(args.outdir / "feedback.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} feedback rows -> {args.outdir / 'feedback.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
