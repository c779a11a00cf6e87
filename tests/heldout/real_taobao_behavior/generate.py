"""Convert two real slices of Alibaba's Taobao "UserBehavior" clickstream (2017) into a DATA.md dataset folder.

    python generate.py OUTDIR

Source (see README.md): the Tianchi UserBehavior release (dataset 649) is one 100-million-row CSV
`user_id,item_id,category_id,behavior_type,timestamp` sorted by user_id (as text) then time. Two public
GitHub repositories commit contiguous slices of it; we read both byte-for-byte at pinned commits:
  A  the first 4,321 lines (43 users, complete histories),
  B  the last 10,000 lines (114 users; the first of them, user 999477, is cut off by the slice and dropped).
The raw files are NOT committed here (fetched public data stays out of this repository): they are read
from `raw/` beside this file when present, else from the local git mirror of each source repository at
its pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). The sample is deterministic (whole users,
no random draw).

Conversion (faithful, no invented rows):
- every behaviour row -> one event; ts = the Unix timestamp in China time (UTC+08:00, naive local time,
  as the release documents its range 2017-11-25 .. 2017-12-03 in Beijing time);
  touchpoint by behaviour type (pv / fav / cart / buy); item_id, category_id and the raw behavior_type kept
  as extra columns; event_id = <slice>-<line number in that slice>;
- rows timestamped outside the documented range (2017-11-25 00:00 .. 2017-12-03 23:59:59 China time) are
  dropped (5 rows: clock noise present in the release) and counted in the printed summary;
- journey `browse_to_buy`: product view -> add to cart -> purchase, window 10 days (covers the whole range).
The release has no user attributes, prices, orders, reviews, devices or channels: customers, orders,
feedback and experiments are absent.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHINA = timezone(timedelta(hours=8))
START = datetime(2017, 11, 25, tzinfo=CHINA)
END = datetime(2017, 12, 4, tzinfo=CHINA)  # exclusive
WINDOW_DAYS = 10

# slice key -> (repository, commit, path in repository, local raw file name, users to drop)
SOURCES = {
    "A": ("fattydelivery/clothes-shopping-website-v1.0", "ee6cc5a462d49102d4583380619a122b31713c0b",
          "UserBehavior.csv", "UserBehavior_head4321.csv", set()),
    "B": ("betashepherd/HotItems", "c7c2d28e15fcad625590672d607cd49827d8121b",
          "src/main/resources/UserBehavior.csv", "UserBehavior_tail10000.csv", {"999477"}),
}

TOUCHPOINTS = [
    # id, behaviour, name_en, name_zh, stage, action, aliases
    ("tp_pv", "pv", "Product page view", "商品详情页浏览", "consideration", "view",
     "pv|page view|product view|click|view|browse|浏览|点击|商品浏览|详情页|访问"),
    ("tp_fav", "fav", "Add to favourites", "收藏商品", "consideration", "click",
     "fav|favorite|favourite|like|wishlist|收藏|喜欢|加收藏"),
    ("tp_cart", "cart", "Add to cart", "加入购物车", "purchase", "click",
     "cart|add to cart|add-to-cart|basket|加购|加购物车|购物车"),
    ("tp_buy", "buy", "Purchase", "购买", "purchase", "success",
     "buy|purchase|order|paid|购买|下单|成交|支付"),
]


def raw_text(key: str) -> str:
    """The raw CSV text of one slice (local raw/ copy, else the pinned commit of the mirror)."""
    repo, commit, path, local_name, _ = SOURCES[key]
    local = HERE / "raw" / local_name
    if local.exists():
        return local.read_text(encoding="utf-8")
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / repo.replace("/", "+") / "repo"
    if not mirror.exists():
        sys.exit(f"raw file {path} not found: put it in {local} or fetch github:{repo} into {mirror} "
                 f"(commit {commit})")
    out = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{commit}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def write(path: Path, header: list[str], data: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    by_behaviour = {t[1]: t for t in TOUCHPOINTS}
    events: list[list[object]] = []
    dropped_range = dropped_user = 0
    for key in SOURCES:
        drop_users = SOURCES[key][4]
        for line_no, row in enumerate(csv.reader(io.StringIO(raw_text(key))), start=1):
            if len(row) != 5:
                sys.exit(f"slice {key} line {line_no}: expected 5 fields, got {row!r}")
            user, item, category, behaviour, stamp = row
            if user in drop_users:
                dropped_user += 1
                continue
            when = datetime.fromtimestamp(int(stamp), CHINA)
            if not START <= when < END:
                dropped_range += 1
                continue
            tp = by_behaviour[behaviour]
            events.append([f"{key}-{line_no}", user, when.strftime("%Y-%m-%dT%H:%M:%S"), tp[0], tp[5],
                           item, category, behaviour])
    events.sort(key=lambda e: (e[2], e[1], e[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "kind", "owner", "aliases"],
          [[t[0], t[2], t[3], t[2], t[4], "digital", "taobao", t[6]] for t in TOUCHPOINTS])
    steps = ["tp_pv", "tp_cart", "tp_buy"]
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["browse_to_buy", "Browse to purchase", "浏览到购买", "Browse to purchase", i + 1, tp, WINDOW_DAYS]
           for i, tp in enumerate(steps)])
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "item_id", "category_id", "behavior_type"],
          events)
    users = len({e[1] for e in events})
    print(f"wrote {out}: {len(events)} events, {users} users "
          f"(dropped {dropped_user} rows of the cut-off user, {dropped_range} rows outside 2017-11-25..12-03)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
