"""Convert Datafiniti's "Consumer Reviews of Amazon Products" (5,000 real reviews of Amazon devices) into a DATA.md folder.

    python generate.py OUTDIR

Source (see README.md): Datafiniti's public Kaggle release "Consumer Reviews of Amazon Products", file
`Datafiniti_Amazon_Consumer_Reviews_of_Amazon_Products.csv` (5,000 reviews of 24 Amazon device listings: Echo Show,
Echo Plus, Amazon Tap, Fire tablets, Fire Kids Edition, Kindle e-readers, a charger, Fire TV; review dates
2014-10-24 .. 2018-09-15), read byte-for-byte from a pinned commit of a public GitHub repository. The raw file is NOT
committed here: it is read from `raw/` beside this file when present, else from the local git mirror of the source
repository (`$HELDOUT_MIRRORS`, default /work/.mirror). Its MD5 is checked. Nothing is sampled: every review is kept,
including the 195 reviews whose product and text repeat another row (the release has them; no review id exists to
tell a re-post from a duplicate).

Conversion (faithful, no invented rows):
- feedback (one row per review): feedback_id `amz-NNNN` (1-based raw row order), text = reviews.text (whitespace-
  trimmed), ts = reviews.date as published (ISO 8601 UTC with `Z`; the
  always-zero milliseconds `.000` dropped), rating = reviews.rating (1-5 stars), channel
  `product_review`, touchpoint_id = the product line of the reviewed listing (below); extra columns title
  (reviews.title), recommended (reviews.doRecommend: true/false), product_name (name), product_line,
  product_group, listing_id (id), asins, listing_added (dateAdded), categories.
- touchpoints: one per product line. A product line groups the listings of one device model as Amazon names them
  (e.g. the six "Fire HD 8" colour/storage listings are `tp_fire_hd8`); the mapping is the explicit table LINE below,
  keyed on the release's listing id, so no listing is guessed. owner = the device family team (Echo / Fire tablets /
  Kindle / accessories / Fire TV). The release has no stage or channel per product: stage and channel are left empty.
- reviews.username is dropped (a display name such as "Mike", not a customer id: several people share it); the
  release has no customer ids, orders, events or journeys, so those tables are absent. brand is "Amazon" everywhere.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_REPO = "purnakar18/Sentiment-Analysis"
SOURCE_COMMIT = "6cbd7219aad90e28626e286ac2865a2ee042f8d8"
RAW_FILE = "Datafiniti_Amazon_Consumer_Reviews_of_Amazon_Products.csv"
RAW_MD5 = "83514f15f90c18f9f89c614a812fe8a7"  # 2,822,223 bytes, 5,000 reviews, 12 columns

# product line: id, name_en, name_zh, owner (device family), product_group, aliases
TOUCHPOINTS = [
    ("tp_echo_show", "Echo Show", "Echo Show 带屏智能音箱", "echo", "Echo smart speakers",
     "echo show|带屏音箱|智能屏|带屏智能音箱"),
    ("tp_echo_plus", "Echo Plus", "Echo Plus 智能音箱", "echo", "Echo smart speakers",
     "echo plus|built-in hub|智能家居中枢"),
    ("tp_amazon_tap", "Amazon Tap", "Amazon Tap 便携音箱", "echo", "Echo smart speakers",
     "amazon tap|tap speaker|portable speaker|便携音箱|蓝牙便携音箱"),
    ("tp_fire_7", "Fire 7 tablet", "Fire 7 平板", "fire_tablets", "Fire tablets",
     "fire 7|fire tablet 7|kindle fire 7|7 inch fire|7寸平板"),
    ("tp_fire_hd8", "Fire HD 8 tablet", "Fire HD 8 平板", "fire_tablets", "Fire tablets",
     "fire hd 8|hd 8|hd8|8 inch fire|8寸平板"),
    ("tp_fire_hd10", "Fire HD 10 tablet", "Fire HD 10 平板", "fire_tablets", "Fire tablets",
     "fire hd 10|hd 10|hd10|10 inch fire|10寸平板"),
    ("tp_fire_kids", "Fire Kids Edition tablet", "Fire 儿童版平板", "fire_tablets", "Fire tablets",
     "fire kids edition|kids edition|kids tablet|kid-proof|儿童平板|儿童版"),
    ("tp_kindle", "Kindle e-reader", "Kindle 基础版电子书阅读器", "kindle", "Kindle e-readers",
     "kindle e-reader|basic kindle|kindle 8th generation|电子书阅读器|基础版Kindle"),
    ("tp_kindle_voyage", "Kindle Voyage", "Kindle Voyage 阅读器", "kindle", "Kindle e-readers",
     "kindle voyage|voyage"),
    ("tp_kindle_oasis", "Kindle Oasis", "Kindle Oasis 阅读器", "kindle", "Kindle e-readers",
     "kindle oasis|oasis"),
    ("tp_charger", "9W PowerFast charger", "9W 快充充电器", "accessories", "Accessories",
     "charger|power adapter|powerfast|充电器|电源适配器"),
    ("tp_fire_tv", "Fire TV 4K", "Fire TV 4K 电视盒子", "fire_tv", "Fire TV",
     "fire tv|streaming media player|电视盒子|流媒体播放器"),
]
# release listing id -> product line (every listing of the file; an unknown id stops the conversion)
LINE = {
    "AWFUWc8THh53nbDRF6YO": "tp_echo_show", "AWK8z0pOIwln0LfXlSxH": "tp_echo_show",
    "AWMjT0WguC1rwyj_rFh3": "tp_echo_plus",
    "AVpfpK8KLJeJML43BCuD": "tp_amazon_tap",
    "AVpgdkC8ilAPnD_xsvyi": "tp_fire_7", "AVpjEN4jLJeJML43rpUe": "tp_fire_7", "AVqkIdZiv8e3D1O-leaJ": "tp_fire_7",
    "AVqkIh8WQMlgsOJE6fu-": "tp_fire_hd8", "AVqkIh9HQMlgsOJE6fu_": "tp_fire_hd8", "AVqkIhkhv8e3D1O-lebZ": "tp_fire_hd8",
    "AVqkIhwDv8e3D1O-lebb": "tp_fire_hd8", "AVqkIiKWnnc1JgDc3khH": "tp_fire_hd8", "AVqkIj9snnc1JgDc3khU": "tp_fire_hd8",
    "AVpidLjVilAPnD_xEVpI": "tp_fire_hd10",
    "AVph0EeEilAPnD_x9myq": "tp_fire_kids", "AVqVGWLKnnc1JgDc3jF1": "tp_fire_kids",
    "AVqVGZNvQMlgsOJE6eUY": "tp_kindle", "AVqVGZSEQMlgsOJE6eUc": "tp_kindle",
    "AVphPmHuilAPnD_x3E5h": "tp_kindle_voyage", "AVpftoij1cnluZ0-p5n2": "tp_kindle_voyage",
    "AVqVGZN9QMlgsOJE6eUZ": "tp_kindle_oasis", "AVqVGZO3nnc1JgDc3jGK": "tp_kindle_oasis",
    "AVpfIfGA1cnluZ0-emyp": "tp_charger",
    "AV-XeQLWuC1rwyj_gbP5": "tp_fire_tv",
}
LINES = {t[0]: t for t in TOUCHPOINTS}


def raw_bytes() -> bytes:
    """The raw CSV (local raw/ copy, else the pinned commit of the mirror), checked against its MD5."""
    local = HERE / "raw" / RAW_FILE
    if local.exists():
        blob = local.read_bytes()
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / SOURCE_REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {RAW_FILE} not found: put it in {local.parent}/ or fetch github:{SOURCE_REPO} "
                     f"into {mirror} (commit {SOURCE_COMMIT})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{SOURCE_COMMIT}:{RAW_FILE}"],
                              check=True, capture_output=True).stdout
    digest = hashlib.md5(blob).hexdigest()
    if digest != RAW_MD5:
        sys.exit(f"{RAW_FILE} has MD5 {digest}, expected {RAW_MD5}: not the pinned copy")
    return blob


def stamp(value: str) -> str:
    """reviews.date is `YYYY-MM-DDTHH:MM:SS.000Z` (UTC); the always-zero milliseconds are dropped."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z", value):
        sys.exit(f"unexpected reviews.date {value!r}")
    return value[:19] + "Z"


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(raw_bytes().decode("utf-8-sig"))))
    feedback = []
    for i, r in enumerate(rows, start=1):
        tp = LINE.get(r["id"])
        if tp is None:
            sys.exit(f"row {i + 1}: listing id {r['id']} ({r['name']}) has no product line in LINE")
        line = LINES[tp]
        rating = int(r["reviews.rating"])
        if not 1 <= rating <= 5:
            sys.exit(f"row {i + 1}: rating {rating} outside 1..5")
        feedback.append([f"amz-{i:04d}", r["reviews.text"].strip(), stamp(r["reviews.date"]), tp, "product_review", rating,
                         r["reviews.title"].strip(), r["reviews.doRecommend"].lower(), r["name"], line[1], line[4],
                         r["id"], r["asins"], r["dateAdded"], r["categories"]])
    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "owner", "aliases"],
          [[t[0], t[1], t[2], t[1], t[3], t[5]] for t in TOUCHPOINTS])
    write(out / "feedback.csv",
          ["feedback_id", "text", "ts", "touchpoint_id", "channel", "rating", "title", "recommended", "product_name",
           "product_line", "product_group", "listing_id", "asins", "listing_added", "categories"], feedback)
    print(f"wrote {out}: {len(feedback)} feedback rows, {len(TOUCHPOINTS)} touchpoints")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
