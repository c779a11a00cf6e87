"""Convert real JD.com (京东) reviews of three Haier washing machines, 2016-03-01 .. 2017-03-05, to a DATA.md folder.

    python generate.py OUTDIR [--raw DIR]

Input (first found): --raw DIR, $JD_HAIER_RAW, /work/raw/real_jd_haier/, raw/ beside this file, else the local git
mirror of GitHub MarginC/jd_comment_spider at the pinned commits ($HELDOUT_MIRRORS, default /work/.mirror). Files:
`1773994.tar.xz` (JSON lines, GBK, JD's comment API records of SKU 1773994), `1015650.csv` and `1309864.csv`
(GB18030 CSVs of SKUs 1015650 and 1309864), and the scraper's product files `jd_goods_list.json`,
`jd_goods_price.json`, `jd_goods_summary.json`. A file with another MD5 is refused.

Output: OUTDIR/touchpoints.csv (one row per product = JD SKU, 3) and OUTDIR/feedback.csv (one row per review).
Deterministic, nothing random. Rows kept (README "Conversion"): repeated reviews of the scrape removed (same JD comment
id in the JSON; identical rows in the CSVs), reviews published before 2016-03-01 dropped (the subsample rule: the last
~12 months of the scrape, kept whole), 2 reviews of a sibling SKU dropped, which leaves 18,985 reviews. < 3 s.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import subprocess
import tarfile
from pathlib import Path

REPO = "MarginC/jd_comment_spider"
COMMIT_DATA = "6dc6de6812d2a0effb1de00af8cd1402d5033a19"   # HEAD: the review files
COMMIT_GOODS = "0efc12b88ccf1cd1d2475bccd35f13bc9e434bfb"  # "submit some result": the product list / price / summary
FILES = {  # local name -> (commit, path in the repository, md5)
    "1773994.tar.xz": (COMMIT_DATA, "1773994.tar.xz", "a5a6f176e4671cb94fd484b848c1d2cd"),
    "1015650.csv": (COMMIT_DATA, "1015650.csv", "55a3eaddfb7bc8b0015bd8e50ee710b3"),
    "1309864.csv": (COMMIT_DATA, "1309864.csv", "31cf7613fd86c6e26fcf79fa9b05ade0"),
    "jd_goods_list.json": (COMMIT_GOODS, "jd_comment/jd_goods_list.json", "60e5d4ace4c915d78d2549cc52fe89c2"),
    "jd_goods_price.json": (COMMIT_GOODS, "jd_comment/jd_goods_price.json", "2520d9ab3ff4aae49e50ea20801cf2de"),
    "jd_goods_summary.json": (COMMIT_GOODS, "jd_comment/jd_goods_summary.json", "651e3d1dbcfabcdc3b94e00f73b33aa1"),
}
HERE = Path(__file__).resolve().parent
START = "2016-03-01 00:00:00"  # the subsample: every review published from this local (Beijing) time on
SKUS = ("1773994", "1015650", "1309864")

# Our names (short Chinese / English renderings of the JD titles), aliases and product attributes read off the title.
PRODUCT = {
    "1773994": dict(name_zh="海尔EG8012B29WE 8公斤变频滚筒洗衣机", name_en="Haier EG8012B29WE 8 kg inverter front-loader",
                    aliases="EG8012B29WE|B29WE|8公斤滚筒|8kg front-loader|Haier 8kg drum washer",
                    model="EG8012B29WE", washer_type="滚筒", washer_type_en="front-loader", capacity_kg="8",
                    inverter="1"),
    "1015650": dict(name_zh="海尔XQG70-1000J 7公斤滚筒洗衣机", name_en="Haier XQG70-1000J 7 kg front-loader",
                    aliases="XQG70-1000J|1000J|7公斤滚筒|7kg front-loader|Haier 7kg drum washer",
                    model="XQG70-1000J", washer_type="滚筒", washer_type_en="front-loader", capacity_kg="7",
                    inverter="0"),
    "1309864": dict(name_zh="海尔EMS85BZU128W 8.5公斤变频波轮洗衣机", name_en="Haier EMS85BZU128W 8.5 kg inverter top-loader",
                    aliases="EMS85BZU128W|波轮|8.5公斤波轮|top-loader|Haier top-load washer",
                    model="EMS85BZU128W", washer_type="波轮", washer_type_en="top-loader", capacity_kg="8.5",
                    inverter="1"),
}
PROVINCE_EN = {
    "北京": "Beijing", "天津": "Tianjin", "上海": "Shanghai", "重庆": "Chongqing", "河北": "Hebei", "山西": "Shanxi",
    "辽宁": "Liaoning", "吉林": "Jilin", "黑龙江": "Heilongjiang", "江苏": "Jiangsu", "浙江": "Zhejiang", "安徽": "Anhui",
    "福建": "Fujian", "江西": "Jiangxi", "山东": "Shandong", "河南": "Henan", "湖北": "Hubei", "湖南": "Hunan",
    "广东": "Guangdong", "海南": "Hainan", "四川": "Sichuan", "贵州": "Guizhou", "云南": "Yunnan", "陕西": "Shaanxi",
    "甘肃": "Gansu", "青海": "Qinghai", "内蒙古": "Inner Mongolia", "广西": "Guangxi", "西藏": "Tibet", "宁夏": "Ningxia",
    "新疆": "Xinjiang", "香港": "Hong Kong", "澳门": "Macau", "台湾": "Taiwan", "钓鱼岛": "Diaoyu Islands", "": "",
}
LEVEL_EN = {"铜牌会员": "Copper", "银牌会员": "Silver", "金牌会员": "Gold", "钻石会员": "Diamond", "PLUS会员": "PLUS",
            "PLUS会员[试用]": "PLUS trial", "企业会员": "Business", "注册会员": "Registered"}
CLIENT_EN = {"来自京东Android客户端": "JD Android app", "来自京东iPhone客户端": "JD iPhone app",
             "来自京东iPad客户端": "JD iPad app", "来自微信购物": "WeChat shopping", "来自手机QQ购物": "Mobile QQ shopping",
             "": ""}
TOUCHPOINT_COLUMNS = ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "aliases", "model",
                      "washer_type", "washer_type_en", "capacity_kg", "inverter", "jd_price_cny", "jd_original_price_cny",
                      "jd_comment_count", "jd_good_rate", "jd_sku"]
FEEDBACK_COLUMNS = ["feedback_id", "text", "ts", "touchpoint_id", "channel", "rating", "jd_label", "province",
                    "province_en", "member_level", "member_level_en", "client", "client_en", "is_mobile",
                    "purchase_time", "days_after_purchase", "followup_text", "followup_time", "jd_comment_id"]


def read_file(name: str, explicit: str | None) -> bytes:
    commit, path_in_repo, md5 = FILES[name]
    for d in (explicit, os.environ.get("JD_HAIER_RAW"), "/work/raw/real_jd_haier", str(HERE / "raw")):
        if d and (Path(d) / name).is_file():
            data = (Path(d) / name).read_bytes()
            break
    else:
        base = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not base.is_dir():
            raise SystemExit(f"{name} not found; get it with `fetch github:{REPO}` (see README.md)")
        data = subprocess.run(["git", "--git-dir", str(base), "show", f"{commit}:{path_in_repo}"], check=True,
                              capture_output=True).stdout
    got = hashlib.md5(data).hexdigest()
    if got != md5:
        raise SystemExit(f"{name} has MD5 {got}, expected {md5}")
    return data


def jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def jd_label(score: int) -> str:
    """JD's own three-way label: 1 star 差评, 2-3 stars 中评, 4-5 stars 好评 (matches the CSVs' `evaluation` column)."""
    return "差评" if score == 1 else "中评" if score <= 3 else "好评"


def row(fid: str, sku: str, text: str, created: str, score: int, province: str, level: str, client: str,
        mobile: bool, purchased: str, days: int, followup: str = "", followup_at: str = "", cid: str = "") -> dict:
    return {
        "feedback_id": fid, "text": text.strip(), "ts": created.replace(" ", "T"), "touchpoint_id": f"sku{sku}",
        "channel": "jd_review", "rating": str(score), "jd_label": jd_label(score), "province": province,
        "province_en": PROVINCE_EN[province], "member_level": level, "member_level_en": LEVEL_EN[level],
        "client": client, "client_en": CLIENT_EN[client], "is_mobile": "1" if mobile else "0",
        "purchase_time": purchased.replace(" ", "T"), "days_after_purchase": str(days),
        "followup_text": followup.strip(), "followup_time": followup_at.replace(" ", "T"), "jd_comment_id": cid,
    }


def convert_json(data: bytes) -> list[dict]:
    """SKU 1773994: JD comment API records (one JSON object per line, GBK)."""
    member = tarfile.open(fileobj=io.BytesIO(data), mode="r:xz").extractfile("1773994").read()
    out, seen = [], set()
    for line in member.decode("gbk").split("\r\n"):
        if not line.strip():
            continue
        r = json.loads(line)
        if r["id"] in seen:  # the same review on two scraped pages: the first one is kept
            continue
        seen.add(r["id"])
        if r["creationTime"] < START or not r["content"].strip():
            continue
        if r["referenceId"] != "1773994":  # 2 reviews JD filed under the sibling SKU 2833305 (EG8012B39SU1): dropped
            continue
        after = r.get("afterUserComment") or {}
        follow = (after.get("hAfterUserComment") or {}).get("content", "") if after else ""
        out.append(row(f"jd-{r['id']}", r["referenceId"], r["content"], r["creationTime"], int(r["score"]),
                       r["userProvince"], r["userLevelName"], r["userClientShow"], bool(r["isMobile"]),
                       r["referenceTime"], int(r["days"]), follow, after.get("created", "") if follow else "",
                       str(r["id"])))
    return out


def convert_csv(data: bytes, sku: str) -> list[dict]:
    """SKUs 1015650 / 1309864: the scraper's CSV export (GB18030, no comment id: the data row number is the key)."""
    out, seen = [], set()
    for i, r in enumerate(csv.DictReader(io.StringIO(data.decode("gb18030"))), start=1):
        key = tuple(r.values())
        if key in seen:  # an identical repeat of an earlier row
            continue
        seen.add(key)
        if r["creationTime"] < START or not r["content"].strip():
            continue
        if r["referenceId"] != sku or jd_label(int(r["score"])) != r["evaluation"]:
            raise SystemExit(f"{sku}.csv row {i}: unexpected sku or label {r['referenceId']} {r['score']} {r['evaluation']}")
        out.append(row(f"jd-{sku}-r{i:05d}", sku, r["content"], r["creationTime"], int(r["score"]), r["userProvince"],
                       r["userLevelName"], r["userClientShow"], r["isMobile"] == "True", r["referenceTime"],
                       int(r["days"])))
    return out


def touchpoints(raw: str | None, used: set[str]) -> list[dict]:
    names = {g["referenceId"]: g["name"] for g in jsonl(read_file("jd_goods_list.json", raw))}
    prices = {g["referenceId"]: g for g in jsonl(read_file("jd_goods_price.json", raw))}
    summ = {g["referenceId"]: g["summary"]["productCommentSummary"] for g in jsonl(read_file("jd_goods_summary.json", raw))}
    out = []
    for sku in SKUS:
        if f"sku{sku}" not in used:
            continue
        p = PRODUCT[sku]
        out.append({
            "touchpoint_id": f"sku{sku}", "name": " ".join(names[sku].split()), "name_zh": p["name_zh"],
            "name_en": p["name_en"], "stage": "service", "channel": "web", "aliases": p["aliases"], "model": p["model"],
            "washer_type": p["washer_type"], "washer_type_en": p["washer_type_en"], "capacity_kg": p["capacity_kg"],
            "inverter": p["inverter"], "jd_price_cny": format(float(prices[sku]["price"]), "g"),
            "jd_original_price_cny": format(float(prices[sku]["op"]), "g"),
            "jd_comment_count": str(summ[sku]["commentCount"]), "jd_good_rate": str(summ[sku]["goodRate"]),
            "jd_sku": sku,
        })
    return out


def write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help="folder holding the six raw files (README)")
    args = ap.parse_args()
    feedback = convert_json(read_file("1773994.tar.xz", args.raw))
    feedback += convert_csv(read_file("1015650.csv", args.raw), "1015650")
    feedback += convert_csv(read_file("1309864.csv", args.raw), "1309864")
    feedback.sort(key=lambda f: (f["ts"], f["feedback_id"]))
    tps = touchpoints(args.raw, {f["touchpoint_id"] for f in feedback})
    args.outdir.mkdir(parents=True, exist_ok=True)
    write(args.outdir / "touchpoints.csv", TOUCHPOINT_COLUMNS, tps)
    write(args.outdir / "feedback.csv", FEEDBACK_COLUMNS, feedback)
    print(f"{len(tps)} touchpoints, {len(feedback)} feedback rows -> {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
