"""Convert the real Airbnb "user pathways" session log (databits.io challenge, 2014-2015) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH]

Source (see README.md): `airbnb-session-data.txt`, one pipe-separated row per visitor session
(630 visitors, 7,756 sessions, 2014-05-02 .. 2015-04-20):
  id_visitor | id_session | dim_session_number | dim_user_agent | dim_device_app_combo | ds |
  ts_min | ts_max | did_search | sent_message | sent_booking_request
The raw file is NOT committed here. It is read from --raw, else $AIRBNB_RAW, else
/work/raw/airbnb_pathways/airbnb-session-data.txt, else raw/ beside this file, else the local git mirror of
github:datawookie/data-diaspora at the pinned commit ($HELDOUT_MIRRORS, default /work/.mirror). A file with
another MD5 is refused.

Conversion (faithful; every session kept, nothing sampled, no invented rows or values):
- one `visit` event per session at ts_min (session start), on the touchpoint of the platform the session
  ran on (from dim_device_app_combo: iOS app, Android app, desktop website, full website in a phone/tablet
  browser, mobile website "Moweb", other client);
- the three session flags become events on their own touchpoints: did_search -> tp_search,
  sent_message -> tp_message (message to a host), sent_booking_request -> tp_booking_request. The source only
  says the session contained the action, not when: each such event is stamped with the session END
  (ts_max). Search, message and booking request of one session therefore share one timestamp;
- every event carries session_id, device (the device part of the combo), channel (app / web / other) and the
  raw combo, user agent, session number, session start/end and length as extra columns;
- customers = the 630 visitors with facts derived from their sessions only (first / last session, number of
  sessions, main platform, number of distinct device/app combos); `segment` = multi_device (2+ distinct
  device/app combos) or single_device;
- journeys: `search_to_booking` (search -> message host -> booking request) and `search_to_request`
  (search -> booking request), window 365 days (longer than the whole log: "ever, later").
The source has no prices, bookings' value, listings, cities, demographics, marketing channels or reviews:
orders, feedback and experiments are absent.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW_NAME = "airbnb-session-data.txt"
RAW_MD5 = "ba029a0b11fee30ace7bb3075eac2838"
REPO = "datawookie/data-diaspora"
COMMIT = "9a183d0a503cf10ad00edde5f5a6b72e83197085"
WINDOW_DAYS = 365

# touchpoint id, name_en, name_zh, stage, channel, kind, owner, aliases
TOUCHPOINTS = [
    ("tp_ios_app", "iOS app session", "iOS App 访问", "consideration", "app", "digital", "mobile apps",
     "iOS app|iPhone app|iPad app|Airbnb iOS|苹果App|iOS端|苹果客户端|iPhone App"),
    ("tp_android_app", "Android app session", "安卓 App 访问", "consideration", "app", "digital", "mobile apps",
     "Android app|安卓App|安卓端|安卓客户端|Android端"),
    ("tp_desktop_web", "Desktop website session", "电脑网页访问", "consideration", "web", "digital", "web",
     "desktop|desktop site|website|PC|电脑端|PC端|网页版|桌面网站|官网"),
    ("tp_device_web", "Full website on a phone/tablet browser", "手机/平板浏览器访问完整网站", "consideration",
     "web", "digital", "web",
     "phone browser|tablet browser|full site on mobile|iPad web|iPhone web|手机浏览器|平板浏览器|移动浏览器访问网页版"),
    ("tp_moweb", "Mobile website (moweb) session", "移动版网站访问（M站）", "consideration", "web", "digital", "web",
     "moweb|mobile web|mobile site|m site|M站|移动站|手机网站|移动网页"),
    ("tp_other_client", "Other client session", "其他客户端访问", "consideration", "other", "digital", "web",
     "other|other client|unknown client|其他|其他端"),
    ("tp_search", "Listing search", "搜索房源", "consideration", "", "digital", "search",
     "search|searched|listing search|房源搜索|搜房|搜索"),
    ("tp_message", "Message to host", "联系房东（发消息）", "consideration", "", "digital", "messaging",
     "message|contact host|inquiry|enquiry|发消息|联系房东|咨询房东|私信房东|询价"),
    ("tp_booking_request", "Booking request", "提交预订请求", "purchase", "", "digital", "booking",
     "booking request|book|request to book|reservation request|预订|下单|预订请求|提交预订|订房"),
]


def platform_touchpoint(combo: str) -> tuple[str, str, str]:
    """(touchpoint_id, device, channel) of a session from its dim_device_app_combo, e.g. 'iPhone - iOS'."""
    device_part, app_part = (s.strip() for s in combo.split(" - ", 1))
    device = device_part.lower().replace(" ", "_")
    if app_part == "iOS":
        return "tp_ios_app", device, "app"
    if app_part == "Android":
        return "tp_android_app", device, "app"
    if app_part == "Moweb":
        return "tp_moweb", device, "web"
    if device_part == "Desktop":
        return "tp_desktop_web", device, "web"
    if app_part == "Web":
        return "tp_device_web", device, "web"
    return "tp_other_client", device, "other"


def raw_bytes(cli: str | None) -> bytes:
    candidates = [cli, os.environ.get("AIRBNB_RAW"), f"/work/raw/airbnb_pathways/{RAW_NAME}",
                  str(HERE / "raw" / RAW_NAME)]
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c).read_bytes()
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    if mirror.exists():
        out = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{RAW_NAME}"],
                             check=True, capture_output=True)
        return out.stdout
    sys.exit(f"{RAW_NAME} not found: pass --raw, set AIRBNB_RAW, or fetch github:{REPO} (commit {COMMIT})")


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", default=None)
    args = ap.parse_args()
    data = raw_bytes(args.raw)
    md5 = hashlib.md5(data).hexdigest()
    if md5 != RAW_MD5:
        sys.exit(f"raw file MD5 {md5} is not the pinned {RAW_MD5}")
    lines = data.decode("utf-8").splitlines()
    header = lines[0].split("|")
    rows = [dict(zip(header, ln.split("|"))) for ln in lines[1:] if ln.strip()]
    assert all(len(r) == len(header) for r in rows)

    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    events: list[list[object]] = []
    per_visitor: dict[str, list[dict]] = defaultdict(list)
    seen_sessions: set[str] = set()
    for r in rows:
        sid = r["id_session"]
        assert sid not in seen_sessions, sid
        seen_sessions.add(sid)
        start = datetime.strptime(r["ts_min"], "%Y-%m-%d %H:%M:%S")
        end = datetime.strptime(r["ts_max"], "%Y-%m-%d %H:%M:%S")
        assert end >= start
        tp, device, channel = platform_touchpoint(r["dim_device_app_combo"])
        seconds = int((end - start).total_seconds())
        common = [sid, device, channel, r["dim_device_app_combo"], r["dim_user_agent"],
                  int(r["dim_session_number"]), start.isoformat(sep=" "), end.isoformat(sep=" "), seconds, r["ds"]]
        cid = r["id_visitor"]
        events.append([f"{sid}-visit", cid, start.isoformat(sep=" "), tp, "visit", *common])
        for flag, etp, action in (("did_search", "tp_search", "search"),
                                  ("sent_message", "tp_message", "message"),
                                  ("sent_booking_request", "tp_booking_request", "request")):
            assert r[flag] in ("0", "1"), (flag, r[flag])
            if r[flag] == "1":
                events.append([f"{sid}-{action}", cid, end.isoformat(sep=" "), etp, action, *common])
        per_visitor[cid].append({"start": start, "end": end, "tp": tp, "combo": r["dim_device_app_combo"]})

    events.sort(key=lambda e: (e[2], e[1], e[0]))
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "device", "channel",
           "device_app_combo", "user_agent", "session_number", "session_start", "session_end",
           "session_seconds", "ds"], events)

    customers = []
    for cid, ss in sorted(per_visitor.items()):
        tp_count = Counter(s["tp"] for s in ss)
        main_tp = sorted(tp_count.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        combos = {s["combo"] for s in ss}
        customers.append([cid, "multi_device" if len(combos) > 1 else "single_device",
                          min(s["start"] for s in ss).isoformat(sep=" "),
                          max(s["end"] for s in ss).isoformat(sep=" "), len(ss), main_tp, len(combos)])
    write(out / "customers.csv",
          ["customer_id", "segment", "first_session_at", "last_session_at", "sessions", "main_platform",
           "device_app_combos"], customers)

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t, en, zh, en, st, ch, kind, owner, al] for t, en, zh, st, ch, kind, owner, al in TOUCHPOINTS])

    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id",
           "window_days"],
          [["search_to_booking", "Search to booking request (via host message)", "搜索→联系房东→预订请求",
            "Search to booking request (via host message)", 1, "tp_search", WINDOW_DAYS],
           ["search_to_booking", "Search to booking request (via host message)", "搜索→联系房东→预订请求",
            "Search to booking request (via host message)", 2, "tp_message", WINDOW_DAYS],
           ["search_to_booking", "Search to booking request (via host message)", "搜索→联系房东→预订请求",
            "Search to booking request (via host message)", 3, "tp_booking_request", WINDOW_DAYS],
           ["search_to_request", "Search to booking request", "搜索→预订请求", "Search to booking request",
            1, "tp_search", WINDOW_DAYS],
           ["search_to_request", "Search to booking request", "搜索→预订请求", "Search to booking request",
            2, "tp_booking_request", WINDOW_DAYS]])

    n_tp = Counter(e[3] for e in events)
    print(f"{len(rows)} sessions, {len(per_visitor)} visitors -> {len(events)} events "
          f"({', '.join(f'{k} {v}' for k, v in sorted(n_tp.items()))}); nothing dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
