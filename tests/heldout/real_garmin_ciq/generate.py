"""Convert real Garmin Connect IQ China store reviews (apps.garmin.cn) of 4 watch apps, 2021-03 .. 2022-11, to DATA.md.

    python generate.py OUTDIR [--raw DIR]

Input (first found): --raw DIR, $GARMIN_CIQ_RAW, /work/raw/real_garmin_ciq/, raw/ beside this file, else the local git
mirror of GitHub Likenttt/connect-iq-spam-reviews at the pinned commit ($HELDOUT_MIRRORS, default /work/.mirror; get it
with the search tool's `fetch github:Likenttt/connect-iq-spam-reviews`). The five JSON files used are listed in FILES;
a file with another MD5 is refused.

Output: OUTDIR/touchpoints.csv (one row per app) and OUTDIR/feedback.csv (one row per review). Deterministic, nothing
random or sampled. Rows kept (README "Conversion"): the union of the five scraped files de-duplicated on the store's
review id (the scraper's pages overlap: 3,530 scraped rows -> 1,973 distinct reviews; the two Quatro files are the same
app listed in zh-CN and en-US), minus 1 review with an empty text (star only) -> 1,972 reviews. < 1 s.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
from datetime import datetime
from pathlib import Path

REPO = "Likenttt/connect-iq-spam-reviews"
COMMIT = "018732090bcac5cee46711f8a33400baff71e7ca"
# file name (as in the repository: date_app_downloads_reviewcount.json) -> md5. Read in this order; the first
# occurrence of a review id wins (so the zh-CN Quatro file wins over the en-US one for the reviews they share).
FILES = {
    "2022_11_27_GRun中文版_62278_208.json": "969b2016ba6ec37b0a5f6d9c241db125",
    "2022_11_27_JumpJump跳绳_42955_236.json": "ed88775ac8575a3b3eb6ba6d5ba7a690",
    "2022_11_27_Obvious中文版_1470_61.json": "b34c668ab086b919956da982461658da",
    "2022_11_27_Quatro 中文版_23194_1580.json": "bac42fb13bf0eff5887e369671c54c42",
    "2022_11_27_Quatro_23283_1581.json": "8764c152f75641ec702a1c15d90849c5",
}
HERE = Path(__file__).resolve().parent

# Connect IQ app id -> touchpoint row. name = the store listing title; name_en / app_type / aliases are ours.
APPS = {
    "a24870e3-b1ea-40a4-aea9-655cdf1d3ee2": dict(
        touchpoint_id="ciq_quatro", name="Quatro 中文版", name_zh="Quatro 中文版表盘",
        name_en="Quatro watch face (Chinese edition)", app_type="watch_face",
        aliases="Quatro|Quatro表盘|Quatro中文版|Quatro watch face", downloads=23299, listed_reviews=1581),
    "02d16e10-84dc-46aa-8edb-c42834c9b907": dict(
        touchpoint_id="ciq_grun", name="GRun 中文版", name_zh="GRun 中文版跑步数据字段",
        name_en="GRun running data field (Chinese edition)", app_type="data_field",
        aliases="GRun|GRun中文版|GRun data field", downloads=62278, listed_reviews=208),
    "dc6ceca8-6ec6-49f2-b711-4ebc0d347177": dict(
        touchpoint_id="ciq_jumpjump", name="JumpJump 跳绳", name_zh="JumpJump 跳绳",
        name_en="JumpJump jump-rope app", app_type="device_app",
        aliases="JumpJump|JumpJump跳绳|跳绳|jump rope app", downloads=42955, listed_reviews=236),
    "c430403e-6b89-4de5-af57-621d24c45b8c": dict(
        touchpoint_id="ciq_obvious", name="Obvious 中文版", name_zh="Obvious 中文版表盘",
        name_en="Obvious watch face (Chinese edition)", app_type="watch_face",
        aliases="Obvious|Obvious表盘|Obvious中文版|Obvious watch face", downloads=1470, listed_reviews=61),
}
TOUCHPOINT_COLUMNS = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "aliases",
                      "app_type", "ciq_app_id", "store_downloads_2022_11_27", "store_review_count_2022_11_27"]
FEEDBACK_COLUMNS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "app_version",
                    "store_locale", "ciq_review_id"]


def read_file(name: str, explicit: str | None) -> bytes:
    md5 = FILES[name]
    dirs = [explicit, os.environ.get("GARMIN_CIQ_RAW"), "/work/raw/real_garmin_ciq", str(HERE / "raw")]
    for d in dirs:
        if d and (Path(d) / name).is_file():
            data = (Path(d) / name).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.is_dir():
            raise SystemExit(f"{name} not found; get it with `fetch github:{REPO}` (see README.md)")
        data = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{name}"], check=True,
                              capture_output=True).stdout
    got = hashlib.md5(data).hexdigest()
    if got != md5:
        raise SystemExit(f"{name} has MD5 {got}, expected {md5}")
    return data


def parse_date(raw: str) -> str:
    """'November 25, 2022 | Version 1.35.2' or '2022年11月26日 | 4.2.1 版' -> '2022-11-25'."""
    day = raw.split(" | ")[0].strip()
    for fmt in ("%B %d, %Y", "%Y年%m月%d日"):
        try:
            return datetime.strptime(day, fmt).strftime("%Y-%m-%d")
        except ValueError:
            pass
    raise SystemExit(f"unparsable review date {raw!r}")


def parse_version(raw: str) -> str:
    if " | " not in raw:
        return ""
    version = raw.split(" | ", 1)[1].strip()
    return re.sub(r" 版$", "", re.sub(r"^Version ", "", version))


def reviewer_id(user_name: str) -> str:
    return "rv-" + hashlib.sha1(user_name.encode("utf-8")).hexdigest()[:10]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help="directory holding the JSON files")
    args = ap.parse_args()

    reviews: dict[str, dict] = {}
    scraped = empty = 0
    for name in FILES:
        for item in json.loads(read_file(name, args.raw).decode("utf-8")):
            scraped += 1
            parts = item["id"].split("/")  # /zh-CN/apps/<app id>/reviews/<review id>/flaginappropriate
            locale, app_id, review_id = parts[1], parts[3], parts[5]
            if review_id in reviews:
                continue
            reviews[review_id] = dict(locale=locale, app_id=app_id, review_id=review_id, user=item["user_name"],
                                      ts=parse_date(item["date"]), version=parse_version(item["date"]),
                                      text=item["content"].strip(), star=int(item["star"]))
    rows = []
    for r in sorted(reviews.values(), key=lambda r: (r["ts"], r["review_id"])):
        if not r["text"]:
            empty += 1
            continue
        app = APPS[r["app_id"]]
        rows.append({
            "feedback_id": "ciq-" + r["review_id"][:8], "text": r["text"], "ts": r["ts"],
            "customer_id": reviewer_id(r["user"]), "touchpoint_id": app["touchpoint_id"],
            "channel": "app_store_review", "rating": r["star"], "app_version": r["version"],
            "store_locale": r["locale"], "ciq_review_id": r["review_id"],
        })
    if len({r["feedback_id"] for r in rows}) != len(rows):
        raise SystemExit("feedback_id collision")

    args.outdir.mkdir(parents=True, exist_ok=True)
    with open(args.outdir / "touchpoints.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=TOUCHPOINT_COLUMNS)
        w.writeheader()
        for app_id, app in APPS.items():
            w.writerow({"touchpoint_id": app["touchpoint_id"], "name": app["name"], "name_zh": app["name_zh"],
                        "name_en": app["name_en"], "stage": "service", "channel": "app", "kind": "digital",
                        "aliases": app["aliases"], "app_type": app["app_type"], "ciq_app_id": app_id,
                        "store_downloads_2022_11_27": app["downloads"],
                        "store_review_count_2022_11_27": app["listed_reviews"]})
    with open(args.outdir / "feedback.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FEEDBACK_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"{scraped} scraped rows -> {len(reviews)} distinct reviews -> {len(rows)} with text "
          f"({empty} empty dropped); {len(APPS)} touchpoints -> {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
