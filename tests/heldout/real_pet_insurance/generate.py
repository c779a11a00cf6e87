"""Convert real Trustpilot reviews of ten US pet-insurance providers (2015-02 .. 2024-04) into a DATA.md folder.

    python generate.py OUTDIR [--raw DIR]

Source (see README.md): the public GitHub repository dgazeyreyn/trustpilot-pet-insurance-reviews, which scraped every
review Trustpilot showed on 2024-04-05 for ten pet insurers (AKC, ASPCA, Embrace, Fetch, Figo, Healthy Paws,
Lemonade, Pets Best, Pumpkin, Spot): 26,878 reviews, one CSV per insurer under web_scraping/ with the columns
id, filtered, pending, text, rating, title, likes, experienced, published, source. We read the ten CSVs from, in this
order: `--raw DIR`, `$PET_INSURANCE_RAW`, `/work/raw/real_pet_insurance/`, `raw/` beside this file, or the local git
mirror of the repository at the pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). Every file is checked by
MD5, so another copy is refused. The raw data is NOT committed here. Every review is kept (no sample, no cleaning);
nothing random happens (no seed needed); < 5 s.

Conversion (faithful; a review has no reviewer id in the scrape, so one review = one reviewer = one DATA.md customer):
- feedback (26,878): one row per review. feedback_id = the Trustpilot review id; customer_id = 'rv_' + review id;
  text = the review body as scraped; ts = `published` (UTC, written naive: milliseconds dropped);
  touchpoint_id = tp_trustpilot_review; channel = 'review_site'; rating = the 1..5 stars.
  Extra columns: provider (display name), provider_site (the Trustpilot page's domain, e.g. spotpetins.com),
  review_title, helpful_votes (Trustpilot `likes`), experience_at (the reviewer's "date of experience" as Trustpilot
  stores it: the reviewer's local midnight of that date as a UTC instant, e.g. 2022-02-05 05:00:00 = 5 Feb in US
  Eastern time; written naive UTC; empty for the 12,786 reviews that have none: Trustpilot shows it only on newer
  reviews), star_label / star_label_zh
  (Trustpilot's own words for the stars: 1 Bad 很差, 2 Poor 较差, 3 Average 一般, 4 Great 很好, 5 Excellent 极好),
  trustpilot_page (the listing page number the review was scraped from).
- events (41,000 = 26,878 + 14,092): the two real dated steps of a review. Every review gives a `review_posted` event
  at `published` (touchpoint tp_trustpilot_review, action submit, channel web). A review that states a date of
  experience also gives an `experience` event at that instant (touchpoint tp_experience, action experience; the same
  UTC instant as experience_at, so both events are on one clock). event_id = review id + '-exp' / '-rev'. Extra
  columns on both: provider, stars, star_label, star_label_zh.
- touchpoints (2): tp_experience (Experience with the pet insurer / 与宠物保险公司的服务体验, stage service) and
  tp_trustpilot_review (Review posted on Trustpilot / 在 Trustpilot 发布评价, stage loyalty, channel web, digital).
  The reviews do not say which part of the insurer's service they are about (claim, enrolment, phone call ...), so
  no other touchpoint is made up.
- journeys (1): review_after_experience 体验后发布评价 / From experience to review: tp_experience -> tp_trustpilot_review,
  window 370 days (the longest gap in the data is 366.9 days).
Dropped: `filtered` and `pending` (False on every row) and the full `source` URL (kept as provider_site +
trustpilot_page). No customers file (no reviewer attributes), no orders, no experiments: the scrape has no policies,
premiums, claims, sales or reviewer ids.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "dgazeyreyn/trustpilot-pet-insurance-reviews"
COMMIT = "33e4270d8611912d7958e478a13fd628efcf3bc3"
DIR_IN_REPO = "web_scraping"
# file -> (provider display name, md5)
FILES = {
    "akc_reviews.csv": ("AKC", "a96e06b673475d08549cb2d9e59b6cb1"),
    "aspca_reviews.csv": ("ASPCA", "0158fa89f5cc5c64a3eac049e1b05f48"),
    "embrace_reviews.csv": ("Embrace", "ba618c7936ea52a2263410195bb3b244"),
    "fetch_reviews.csv": ("Fetch", "a263c23c7a0f66b12d37ebe16c895b98"),
    "figo_reviews.csv": ("Figo", "92d75bdd8f1798ebaabf4ef2c0a29007"),
    "healthypaws_reviews.csv": ("Healthy Paws", "33b2ac38bc25bd44a4141e6ded0d3415"),
    "lemonade_reviews.csv": ("Lemonade", "eb9a8c9ddcbe98b022d2d2301b8918b1"),
    "petsbest_reviews.csv": ("Pets Best", "bc480468ff3c64241d73dfe539092554"),
    "pumpkin_reviews.csv": ("Pumpkin", "73b38f800bdba1e87256e5c972a07531"),
    "spot_reviews.csv": ("Spot", "d1d0165c6dc2094677a634b6b996a812"),
}
N_REVIEWS, N_EXPERIENCE = 26878, 14092
HEADER = ["id", "filtered", "pending", "text", "rating", "title", "likes", "experienced", "published", "source"]
STAR_LABEL = {1: ("Bad", "很差"), 2: ("Poor", "较差"), 3: ("Average", "一般"), 4: ("Great", "很好"), 5: ("Excellent", "极好")}
TOUCHPOINTS = [
    {"touchpoint_id": "tp_experience", "name": "Experience with the pet insurer (date of experience)",
     "name_en": "Experience with the pet insurer (date of experience)", "name_zh": "与宠物保险公司的服务体验(体验日期)",
     "stage": "service", "channel": "other", "kind": "", "owner": "",
     "aliases": "experience|date of experience|service experience|customer experience|dealing with the insurer|"
                "体验|服务体验|体验日期|经历|办理业务"},
    {"touchpoint_id": "tp_trustpilot_review", "name": "Review posted on Trustpilot",
     "name_en": "Review posted on Trustpilot", "name_zh": "在 Trustpilot 发布评价",
     "stage": "loyalty", "channel": "web", "kind": "digital", "owner": "",
     "aliases": "Trustpilot|review|online review|posted a review|review site|评价|点评|发布评价|发评价|口碑|评论"},
]
JOURNEY = ("review_after_experience", "From experience to review", "体验后发布评价", 370,
           ["tp_experience", "tp_trustpilot_review"])


def _mirror_show(path: str) -> bytes | None:
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    if not mirror.exists():
        return None
    res = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{path}"], capture_output=True)
    return res.stdout if res.returncode == 0 else None


def raw_files(cli: str | None) -> dict[str, bytes]:
    """The ten CSVs (from the first place that has them all), each checked against its MD5."""
    out: dict[str, bytes] = {}
    dirs = [cli, os.environ.get("PET_INSURANCE_RAW"), "/work/raw/real_pet_insurance", str(HERE / "raw")]
    for name in FILES:
        blob = None
        for d in dirs:
            if d and (Path(d) / name).exists():
                blob = (Path(d) / name).read_bytes()
                break
        if blob is None:
            blob = _mirror_show(f"{DIR_IN_REPO}/{name}")
        if blob is None:
            sys.exit(f"raw file {name} not found: pass --raw DIR, set $PET_INSURANCE_RAW, put it in "
                     f"/work/raw/real_pet_insurance/, or fetch github:{REPO} into /work/.mirror "
                     f"(commit {COMMIT}, path {DIR_IN_REPO}/{name})")
        digest = hashlib.md5(blob).hexdigest()
        if digest != FILES[name][1]:
            sys.exit(f"{name} has MD5 {digest}, expected {FILES[name][1]}: not the pinned copy")
        out[name] = blob
    return out


def utc_naive(stamp: str) -> str:
    """'2024-03-08T05:40:39.000Z' (or .121Z) -> '2024-03-08 05:40:39'."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?Z", stamp)
    if not m:
        sys.exit(f"unexpected timestamp {stamp!r}")
    return f"{m.group(1)} {m.group(2)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help="directory holding the ten *_reviews.csv files")
    args = ap.parse_args()
    blobs = raw_files(args.raw)
    feedback, events, seen = [], [], set()
    for name, blob in blobs.items():
        provider = FILES[name][0]
        rows = list(csv.reader(io.StringIO(blob.decode("utf-8"), newline="")))
        if rows[0] != HEADER:
            sys.exit(f"{name}: unexpected header {rows[0]}")
        for r in rows[1:]:
            d = dict(zip(HEADER, r))
            if d["id"] in seen:
                sys.exit(f"duplicate review id {d['id']}")
            seen.add(d["id"])
            if d["filtered"] != "False" or d["pending"] != "False":
                sys.exit(f"{name}: review {d['id']} is filtered/pending")
            stars = int(d["rating"])
            label_en, label_zh = STAR_LABEL[stars]
            m = re.fullmatch(r"https://www\.trustpilot\.com/review/([^?]+)\?page=(\d+)", d["source"])
            if not m:
                sys.exit(f"unexpected source {d['source']!r}")
            site, page = m.group(1).removeprefix("www."), int(m.group(2))
            cust = "rv_" + d["id"]
            exp_at = utc_naive(d["experienced"]) if d["experienced"] else ""
            published = utc_naive(d["published"])
            feedback.append({
                "feedback_id": d["id"], "customer_id": cust, "ts": published, "touchpoint_id": "tp_trustpilot_review",
                "channel": "review_site", "rating": stars, "text": d["text"], "provider": provider,
                "provider_site": site, "review_title": d["title"], "helpful_votes": int(d["likes"]),
                "experience_at": exp_at, "star_label": label_en, "star_label_zh": label_zh,
                "trustpilot_page": page,
            })
            common = {"provider": provider, "stars": stars, "star_label": label_en, "star_label_zh": label_zh}
            if exp_at:
                events.append({"event_id": d["id"] + "-exp", "customer_id": cust, "ts": exp_at,
                               "touchpoint_id": "tp_experience", "action": "experience", "channel": "", **common})
            events.append({"event_id": d["id"] + "-rev", "customer_id": cust, "ts": published,
                           "touchpoint_id": "tp_trustpilot_review", "action": "submit", "channel": "web", **common})
    n_exp = sum(1 for e in events if e["touchpoint_id"] == "tp_experience")
    if len(feedback) != N_REVIEWS or n_exp != N_EXPERIENCE:
        sys.exit(f"expected {N_REVIEWS} reviews / {N_EXPERIENCE} experience dates, got {len(feedback)} / {n_exp}")
    feedback.sort(key=lambda r: (r["ts"], r["feedback_id"]))
    events.sort(key=lambda r: (r["ts"], r["event_id"]))
    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    def write(fname: str, rows: list[dict]) -> None:
        with open(out / fname, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)

    write("touchpoints.csv", TOUCHPOINTS)
    jid, name_en, name_zh, win, steps = JOURNEY
    write("journeys.csv", [{"journey_id": jid, "journey_name": name_en, "journey_name_en": name_en,
                            "journey_name_zh": name_zh, "step": i + 1, "touchpoint_id": tp, "window_days": win}
                           for i, tp in enumerate(steps)])
    write("events.csv", events)
    write("feedback.csv", feedback)
    print(f"wrote {out}: {len(feedback)} feedback, {len(events)} events, 2 touchpoints, 1 journey")
    return 0


if __name__ == "__main__":
    sys.exit(main())
