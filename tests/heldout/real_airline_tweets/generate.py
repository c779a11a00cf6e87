"""Convert the real CrowdFlower "Airline Twitter sentiment" file into a DATA.md dataset folder.

    python generate.py OUTDIR [--raw DIR]

Reads `Airline-Sentiment-2-w-AA.csv` from --raw, else $AIRLINE_TWEETS_RAW, else /work/raw/real_airline_tweets/,
else `raw/` beside this file, else the local git mirror of `lonnabarlow/sentimental_visual` at the pinned commit
($HELDOUT_MIRRORS, default /work/.mirror). Refuses a file with another MD5. Writes touchpoints.csv, customers.csv
and feedback.csv (see README.md). Deterministic: no sampling, no randomness (the seed below is unused on purpose,
kept for the folder convention).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

RAW_NAME = "Airline-Sentiment-2-w-AA.csv"
RAW_MD5 = "98e23bb9ab8841995d936c5d787d5b9e"
REPO = "lonnabarlow/sentimental_visual"
COMMIT = "da136e5579620a187e1480042b3a91c1d9fe55ec"
SEED = 20150224
np.random.seed(SEED)

# source label -> touchpoint. The source's "Delta" rows are tweets to @JetBlue (2,218 of 2,222 mention @JetBlue,
# 6 mention @Delta): a known labelling slip of the crowd job, kept visible in source_airline_label.
AIRLINES = {
    "United": dict(touchpoint_id="tw_united", name="United", name_en="United Airlines", name_zh="美联航",
                   twitter_handle="@united", aliases="United Airlines|@united|UA|联合航空|美国联合航空|美联航"),
    "US Airways": dict(touchpoint_id="tw_usairways", name="US Airways", name_en="US Airways", name_zh="全美航空",
                       twitter_handle="@USAirways", aliases="USAir|@USAirways|US Air|全美|全美航空公司"),
    "American": dict(touchpoint_id="tw_american", name="American", name_en="American Airlines", name_zh="美国航空",
                     twitter_handle="@AmericanAir", aliases="American Airlines|@AmericanAir|AA|美航|美国航空公司"),
    "Southwest": dict(touchpoint_id="tw_southwest", name="Southwest", name_en="Southwest Airlines", name_zh="西南航空",
                      twitter_handle="@SouthwestAir", aliases="Southwest Airlines|@SouthwestAir|SWA|西南|美国西南航空"),
    "Delta": dict(touchpoint_id="tw_jetblue", name="JetBlue", name_en="JetBlue Airways", name_zh="捷蓝航空",
                  twitter_handle="@JetBlue", aliases="JetBlue Airways|@JetBlue|jetblue|B6|捷蓝"),
    "Virgin America": dict(touchpoint_id="tw_virgin", name="Virgin America", name_en="Virgin America",
                           name_zh="维珍美国航空", twitter_handle="@VirginAmerica",
                           aliases="Virgin|@VirginAmerica|VX|维珍|维珍美国"),
}


def md5(b: bytes) -> str:
    return hashlib.md5(b).hexdigest()


def load_raw(raw_dir: str | None) -> bytes:
    here = Path(__file__).resolve().parent
    cands = [raw_dir, os.environ.get("AIRLINE_TWEETS_RAW"), "/work/raw/real_airline_tweets", str(here / "raw")]
    for c in cands:
        if c and (Path(c) / RAW_NAME).is_file():
            data = (Path(c) / RAW_NAME).read_bytes()
            if md5(data) != RAW_MD5:
                sys.exit(f"{Path(c) / RAW_NAME}: md5 {md5(data)} != {RAW_MD5} (not the pinned copy)")
            return data
    mirrors = os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")
    gd = Path(mirrors) / REPO.replace("/", "+") / "repo"
    if (gd / ".git").is_dir():
        gd = gd / ".git"
    if gd.is_dir():
        data = subprocess.run(["git", f"--git-dir={gd}", "show", f"{COMMIT}:{RAW_NAME}"],
                              capture_output=True, check=True).stdout
        if md5(data) == RAW_MD5:
            return data
    sys.exit(f"raw file {RAW_NAME} not found: pass --raw DIR (GitHub {REPO} @ {COMMIT})")


def hid(prefix: str, s: str, n: int = 10) -> str:
    return prefix + hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--raw")
    a = ap.parse_args()
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)

    d = pd.read_csv(io.BytesIO(load_raw(a.raw)), dtype=str, keep_default_na=False, encoding="utf-8")
    assert len(d) == 14640, len(d)
    d["_uid"] = d["_unit_id"].astype(int)
    d = d.sort_values("_uid", kind="stable")
    # the same tweet uploaded twice as two crowd units (155 tweets, all American; unit ids 68167xxxx): keep the first unit
    d = d.drop_duplicates(["name", "text", "tweet_created", "airline"], keep="first")
    d["ts"] = pd.to_datetime(d["tweet_created"], format="%m/%d/%y %H:%M")

    # touchpoints
    tps = []
    for label, t in AIRLINES.items():
        tps.append(dict(touchpoint_id=t["touchpoint_id"], name=t["name"], name_zh=t["name_zh"], name_en=t["name_en"],
                        stage="service", channel="social", kind="digital",
                        owner=f"{t['name_en']} social customer care", aliases=t["aliases"],
                        twitter_handle=t["twitter_handle"], source_airline_label=label))
    pd.DataFrame(tps).to_csv(out / "touchpoints.csv", index=False)

    # customers: one per Twitter handle (hashed); region = the profile time zone (constant per handle in the source)
    d["customer_id"] = d["name"].map(lambda s: hid("tw-", s))
    c = d.sort_values(["ts", "_uid"]).groupby("customer_id", sort=True).agg(
        region=("user_timezone", "first"),
        profile_location=("tweet_location", lambda s: next((x for x in s if x.strip()), "")),
    ).reset_index()
    c.to_csv(out / "customers.csv", index=False)

    # feedback: one row per tweet
    f = pd.DataFrame({
        "feedback_id": "ua-" + d["_unit_id"],
        "text": d["text"].str.strip(),
        "ts": d["ts"].dt.strftime("%Y-%m-%dT%H:%M:00"),
        "customer_id": d["customer_id"],
        "touchpoint_id": d["airline"].map(lambda s: AIRLINES[s]["touchpoint_id"]),
        "channel": "twitter",
        "sentiment_label": d["airline_sentiment"],
        "sentiment_confidence": d["airline_sentiment:confidence"],
        "complaint_reason": d["negativereason"],
        "reason_confidence": d["negativereason:confidence"],
        "retweet_count": d["retweet_count"].astype(int),
        "tweet_coord": d["tweet_coord"],
    })
    f = f.sort_values(["ts", "feedback_id"], kind="stable")
    assert f["feedback_id"].is_unique
    f.to_csv(out / "feedback.csv", index=False)
    print(f"wrote {out}: touchpoints {len(tps)}, customers {len(c)}, feedback {len(f)} "
          f"({f.ts.min()} .. {f.ts.max()})")


if __name__ == "__main__":
    main()
