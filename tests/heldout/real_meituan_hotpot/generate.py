"""Convert real Meituan (美团) reviews of 20 Wuhan hot-pot restaurants, 2020-01-01 .. 2021-09-09, to a DATA.md folder.

    python generate.py OUTDIR [--raw DIR]

Input (first found): --raw DIR, $MEITUAN_HOTPOT_RAW, /work/raw/real_meituan_hotpot/, raw/ beside this file, else the
local git mirror of GitHub wq624915051/meituan_text_minning at the pinned commit ($HELDOUT_MIRRORS, default
/work/.mirror). The two Excel files used are `meituan.xlsx` (the scraped reviews) and `wh_meituan_c17_shops1.xlsx`
(the shop list, in the repository `美团文本分析/wh美团c17店铺1.xlsx`). A file with another MD5 is refused. The .xlsx
files are read with the standard library (zip + XML), no openpyxl needed.

Output: OUTDIR/touchpoints.csv (one row per restaurant that has a review in the window) and OUTDIR/feedback.csv.
Deterministic, nothing random. Rows kept (README "Conversion"): exact duplicate rows removed (the scrape overlaps
itself: 3,230 repeated rows), reviews with an empty text dropped (stars only), reviews before 2020-01-01 dropped
(the subsample rule), which leaves 6,833 reviews of 20 restaurants. < 2 s.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import subprocess
import zipfile
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = "wq624915051/meituan_text_minning"
COMMIT = "81c84ec83cb1360590bce53dcd4e1d19a0589da1"
FILES = {  # local name -> (path in the repository, md5)
    "meituan.xlsx": ("美团文本分析/meituan.xlsx", "80d138867fe996afb52e7662d62c7f5a"),
    "wh_meituan_c17_shops1.xlsx": ("美团文本分析/wh美团c17店铺1.xlsx", "1837a94a25d0f2e2c8d5be1e01d48750"),
}
HERE = Path(__file__).resolve().parent
START = datetime(2020, 1, 1)  # the subsample: every review published from this local time on (source ends 2021-09-09)
CST = timezone(timedelta(hours=8))  # Meituan's commentTime is a UTC epoch in ms; the restaurants are in Wuhan

# Our English names (translations of the Chinese shop titles) and the names people use for them (aliases).
EN = {
    "158743609": ("Nanpiao Bang Street Hotpot (Jianghan Road)", "男票邦|男票邦市井火锅|Nanpiao Bang"),
    "76875267": ("Jige Lamb House · Yuan Laoyao Skewer Hotpot (Jingkai Wanda)", "继哥羊肉馆|袁老幺串火锅|袁老幺|Jige Lamb House"),
    "154922490": ("Shu Daxia Hotpot (Han Street)", "蜀大侠|蜀大侠火锅|Shu Daxia"),
    "163479631": ("Yibaigen Chicken-Gizzard Hotpot Skewers (Optics Valley flagship)", "一百根|一百根小郡肝|Yibaigen"),
    "179398779": ("Back to 1986 Skewer Hotpot & BBQ (Liangdao Street)", "回到1986|Back to 1986"),
    "988531671": ("Xiaopeng Pork-Intestine Chicken Pot (Optics Valley Youth Hub)", "晓彭肥肠鸡|晓彭|Xiaopeng"),
    "4871666": ("Nongyan Chuanmei Hotpot (Hong Kong Road)", "浓焱川妹|浓焱川妹火锅|Nongyan Chuanmei"),
    "99971655": ("Dingding Chaoniu Chaoshan Beef Hotpot (Hongshan Square)", "鼎鼎潮牛|潮汕牛肉火锅|Dingding Chaoniu"),
    "2429873": ("Zao'er Nine-Grid Hotpot (AEON Mall)", "灶二|灶二九宫格|Zao'er"),
    "178083277": ("Tan Duck Blood Hotpot (Nanjing Road)", "谭鸭血|谭鸭血老火锅|Tan Duck Blood|Tanyaxue"),
    "4134768": ("Chongqing Xieji Old Hotpot", "谢记|谢记老火锅|Xieji"),
    "1774284421": ("Yudingxiang Braised Skewers (Youyi Avenue)", "煜鼎香|Yudingxiang"),
    "182469191": ("Master Zhang Duck-Feet Dry Pot (Jianghan Road)", "张大师|张大师鸭爪爪|Master Zhang"),
    "744012": ("Caoyuan Xingfa (Houhu)", "草原兴发|Caoyuan Xingfa"),
    "160292018": ("Coucou Hotpot · Tea Break (International Plaza)", "湊湊|凑凑|凑凑火锅|Coucou"),
    "79437796": ("Chongqing Cold-Pot Fish", "冷锅鱼|重庆冷锅鱼|Cold-Pot Fish"),
    "1177050399": ("Guochang Hotpot Chicken (Caidian)", "郭场|郭场火锅鸡|Guochang"),
    "809078479": ("Yonghong Skewer Hotpot (Hubei University of Economics)", "永洪|永洪串串香|Yonghong"),
    "645566172": ("Xiaojungan Skewer Hotpot (Canglong Island)", "小郡肝藏龙岛店|Xiaojungan"),
    "545136114": ("Miju Big-Bowl Hotpot", "米聚|米聚大碗火锅|Miju"),
    "5151532": ("Liupo Skewer Hotpot (Hankou City Plaza)", "六婆|六婆串串香|Liupo"),
}
TOUCHPOINT_COLUMNS = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "aliases",
                      "district", "avg_price_cny", "meituan_score", "meituan_review_count", "meituan_poi_id"]
FEEDBACK_COLUMNS = ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "rating", "deal",
                    "star_raw", "anonymous"]

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_file(name: str, explicit: str | None) -> bytes:
    path_in_repo, md5 = FILES[name]
    dirs = [explicit, os.environ.get("MEITUAN_HOTPOT_RAW"), "/work/raw/real_meituan_hotpot", str(HERE / "raw")]
    for d in dirs:
        if d and (Path(d) / name).is_file():
            data = (Path(d) / name).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.is_dir():
            raise SystemExit(f"{name} not found; get it with `fetch github:{REPO}` (see README.md)")
        data = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{path_in_repo}"], check=True,
                              capture_output=True).stdout
    got = hashlib.md5(data).hexdigest()
    if got != md5:
        raise SystemExit(f"{name} has MD5 {got}, expected {md5}")
    return data


def read_xlsx(data: bytes) -> list[dict]:
    """First sheet of an .xlsx as a list of dicts keyed by the header row (values are strings or None)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared: list[str] = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(_NS + "si"):
            shared.append("".join(t.text or "" for t in si.iter(_NS + "t")))
    rows: list[dict[int, str | None]] = []
    for r in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(_NS + "row"):
        vals: dict[int, str | None] = {}
        for c in r.findall(_NS + "c"):
            letters = re.match(r"[A-Z]+", c.get("r")).group(0)
            col = 0
            for ch in letters:
                col = col * 26 + ord(ch) - 64
            v = c.find(_NS + "v")
            if c.get("t") == "s":
                val = shared[int(v.text)]
            elif c.get("t") == "inlineStr":
                val = "".join(t.text or "" for t in c.iter(_NS + "t"))
            else:
                val = v.text if v is not None else None
            vals[col - 1] = val
        rows.append(vals)
    header = [rows[0][i] for i in range(len(rows[0]))]
    return [{h: r.get(i) for i, h in enumerate(header)} for r in rows[1:]]


def num(s: str | None) -> str:
    """Excel's stored float (4.5999999999999996) as its short form (4.6)."""
    return "" if s is None else format(float(s), "g") if "." in s else s


def convert(reviews: list[dict], shops: list[dict]) -> tuple[list[dict], list[dict]]:
    seen: set[tuple] = set()
    feedback = []
    for i, r in enumerate(reviews, start=1):
        key = tuple(r.get(k) for k in ("评论店铺", "评论用户姓名", "评论用户id", "评论用户星级", "评论用户菜品", "评论用户内容", "评论时间"))
        if key in seen:  # an exact repeat of an earlier row (the scrape's pages overlap)
            continue
        seen.add(key)
        text = (r["评论用户内容"] or "").strip()
        if not text:
            continue
        ts = datetime.fromtimestamp(int(r["评论时间"]) / 1000, tz=CST).replace(tzinfo=None)
        if ts < START:
            continue
        star = int(r["评论用户星级"])
        user = (r["评论用户id"] or "0").strip()
        feedback.append({
            "feedback_id": f"mt-{i:05d}",  # the review's data row in meituan.xlsx
            "text": text,
            "ts": ts.strftime("%Y-%m-%dT%H:%M:%S"),
            "customer_id": "" if user == "0" else f"mtu{user}",
            "touchpoint_id": f"mt{r['评论店铺']}",
            "channel": "meituan_review",
            "rating": format(max(star / 10, 1.0), "g"),  # Meituan star 5..50 -> 0.5..5 stars; 0.5 raised to 1 (README)
            "deal": (r["评论用户菜品"] or "").strip(),
            "star_raw": str(star),
            "anonymous": "1" if user == "0" else "0",
        })
    feedback.sort(key=lambda f: (f["ts"], f["feedback_id"]))
    used = {f["touchpoint_id"] for f in feedback}
    touchpoints = []
    for s in shops:
        tp = f"mt{s['poiId']}"
        if tp not in used or any(t["touchpoint_id"] == tp for t in touchpoints):
            continue
        en, aliases = EN[s["poiId"]]
        touchpoints.append({
            "touchpoint_id": tp, "name": s["title"], "name_zh": s["title"], "name_en": en,
            "stage": "service", "channel": "store", "kind": "physical", "aliases": aliases,
            "district": s["address"], "avg_price_cny": num(s["avgPrice"]), "meituan_score": num(s["avgScore"]),
            "meituan_review_count": num(s["allCommentNum"]), "meituan_poi_id": s["poiId"],
        })
    if missing := used - {t["touchpoint_id"] for t in touchpoints}:
        raise SystemExit(f"reviews of shops not in the shop list: {sorted(missing)}")
    return touchpoints, feedback


def write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help="folder holding meituan.xlsx and wh_meituan_c17_shops1.xlsx")
    args = ap.parse_args()
    reviews = read_xlsx(read_file("meituan.xlsx", args.raw))
    shops = read_xlsx(read_file("wh_meituan_c17_shops1.xlsx", args.raw))
    touchpoints, feedback = convert(reviews, shops)
    args.outdir.mkdir(parents=True, exist_ok=True)
    write(args.outdir / "touchpoints.csv", TOUCHPOINT_COLUMNS, touchpoints)
    write(args.outdir / "feedback.csv", FEEDBACK_COLUMNS, feedback)
    print(f"{len(touchpoints)} touchpoints, {len(feedback)} feedback rows -> {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
