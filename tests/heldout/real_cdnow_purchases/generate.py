"""Convert the real CDNOW purchase log (an online music store, Jan 1997 .. Jun 1998) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/CDNOW_master.txt]

Source (see README.md): the CDNOW data set distributed by Bruce G.S. Hardie (used in Fader, Hardie & Lee 2005,
"Counting Your Customers the Easy Way"): the entire purchase history, up to the end of June 1998, of the 23,570
people who made their first-ever purchase at CDNOW in the first quarter of 1997; 69,659 purchase records of
(customer id, date, number of CDs, dollar value). We read `CDNOW_master.txt` from, in this order: `--raw PATH`,
`$CDNOW_RAW`, `/work/raw/cdnow/`, `raw/` beside this file, or the local git mirror of the public repository that
holds it at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). The file is checked by MD5 so a different
copy is refused. The raw data is NOT committed here. Every record is kept (no sample, no cleaning); < 1 s.

Conversion (faithful; the log has no times of day, no products, no channels, no devices, no returns):
- orders: one row per purchase record. order_id = customer id + '-' + the record's position among that
  customer's records (file order, which is by date), customer_id = the raw 5-digit id as a string ('00001'),
  ts = the purchase date (date only, as published), amount = dollar_value (USD). Extra columns: cds
  (number_of_cds), purchase_day_no (1 for records on the customer's first purchase date, 2 on the second
  distinct purchase date, ...). No status column: every record is a purchase; the source has no cancellations.
- events: one row per purchase record (event_id = order_id), action 'purchase', touchpoint by purchase_day_no:
  tp_first_purchase (1), tp_second_purchase (2), tp_repeat_purchase (3 and later). Extra columns: amount, cds,
  purchase_day_no. Records on the same date share a touchpoint (1,774 customer-dates have more than one record).
- customers: one per customer. signup_at = the first purchase date (the cohort is defined by the first-ever
  purchase, there is no sign-up in the data); extra column first_purchase_month ('1997-01' .. '1997-03').
- touchpoints: the three derived purchase steps (English and Chinese names, aliases in both languages).
- journeys: repeat_purchase 复购旅程 / Repeat purchase journey: first purchase -> second purchase -> third purchase,
  window 546 days (the whole log: the longest first-to-last gap of a customer is 544 days), so the funnel equals
  the plain counts of customers with 1, 2, 3+ distinct purchase dates.
No feedback, no experiments.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "CamDavidsonPilon/lifetimes"
COMMIT = "4f2833f4518621343bb6983eb3e540c11f66ec6a"
PATH = "lifetimes/datasets/CDNOW_master.txt"
FILE = "CDNOW_master.txt"
MD5 = "37ee2da5127d4a369d6fe0052678624d"  # 1,950,500 bytes, CRLF line ends, one header line
WINDOW_DAYS = 546

TOUCHPOINTS = [
    ("tp_first_purchase", "First purchase", "首次购买", "purchase", "web", "digital", "acquisition",
     "first order|first purchase|first-time purchase|new customer order|acquisition purchase|"
     "首购|首单|首次下单|新客首单|第一次购买"),
    ("tp_second_purchase", "Second purchase (first repeat)", "第二次购买（首次复购）", "loyalty", "web", "digital",
     "retention", "second purchase|second order|first repeat purchase|repeat purchase|came back|"
     "二次购买|第二单|首次复购|复购|回购"),
    ("tp_repeat_purchase", "Third or later purchase", "第三次及以后购买", "loyalty", "web", "digital", "retention",
     "third purchase|third order|later purchases|repeat buyer|loyal purchase|"
     "第三次购买|第三单|多次复购|老客复购|忠诚客户购买"),
]
STEP_TP = {1: "tp_first_purchase", 2: "tp_second_purchase"}


def raw_text(cli: str | None) -> bytes:
    """The raw file (from the first place that has it), checked against its MD5."""
    for cand in [cli, os.environ.get("CDNOW_RAW"), f"/work/raw/cdnow/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).is_dir():
            cand = str(Path(cand) / FILE)
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {FILE} not found: pass --raw, set $CDNOW_RAW, put it in /work/raw/cdnow/, or fetch "
                     f"github:{REPO} into {mirror} (commit {COMMIT}, path {PATH})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    digest = hashlib.md5(blob).hexdigest()
    if digest != MD5:
        sys.exit(f"{FILE} has MD5 {digest}, expected {MD5}: not the pinned copy of the CDNOW master file")
    return blob


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to CDNOW_master.txt (or its folder)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    lines = raw_text(args.raw).decode("ascii").splitlines()
    if lines[0].split() != ["customer_id", "date", "number_of_cds", "dollar_value"]:
        sys.exit(f"unexpected header {lines[0]!r}")

    orders: list[list[object]] = []
    events: list[list[object]] = []
    first: dict[str, str] = {}
    seen: dict[str, int] = {}          # records per customer so far
    day_no: dict[str, tuple[str, int]] = {}  # customer -> (last date, its purchase_day_no)
    for line in lines[1:]:
        cid, ymd, cds, dollars = line.split()
        date = f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"
        last = day_no.get(cid)
        if last is None:
            k = 1
            first[cid] = date
        elif date == last[0]:
            k = last[1]
        elif date > last[0]:
            k = last[1] + 1
        else:
            sys.exit(f"customer {cid}: records not in date order at {date}")
        day_no[cid] = (date, k)
        seen[cid] = seen.get(cid, 0) + 1
        oid = f"{cid}-{seen[cid]:03d}"
        orders.append([oid, cid, date, dollars, int(cds), k])
        events.append([oid, cid, date, STEP_TP.get(k, "tp_repeat_purchase"), "purchase", dollars, int(cds), k])
    if len(orders) != 69659 or len(first) != 23570:
        sys.exit(f"expected 69,659 records of 23,570 customers, got {len(orders)} of {len(first)}")
    if not all("1997-01-01" <= d <= "1997-03-31" for d in first.values()):
        sys.exit("a customer's first purchase is outside Q1 1997")
    events.sort(key=lambda r: (r[2], r[0]))
    orders.sort(key=lambda r: (r[2], r[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[2], t[1], t[3], t[4], t[5], t[6], t[7]] for t in TOUCHPOINTS])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["repeat_purchase", "Repeat purchase journey", "复购旅程", "Repeat purchase journey", i + 1, t[0],
            WINDOW_DAYS] for i, t in enumerate(TOUCHPOINTS)])
    write(out / "customers.csv", ["customer_id", "signup_at", "first_purchase_month"],
          [[c, d, d[:7]] for c, d in sorted(first.items())])
    write(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "cds", "purchase_day_no"], orders)
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "amount", "cds",
                               "purchase_day_no"], events)
    print(f"wrote {out}: {len(first)} customers, {len(orders)} orders, {len(events)} events, "
          f"{len(TOUCHPOINTS)} touchpoints, 1 journey")


if __name__ == "__main__":
    main()
