"""Convert the real UCI "Bank Marketing" release (a Portuguese bank's term-deposit phone campaigns, May 2008 ..
November 2010) into a DATA.md folder.

    python generate.py OUTDIR

Source (see README.md): S. Moro, R. Laureano, P. Cortez, "Using Data Mining for Bank Direct Marketing: An Application
of the CRISP-DM Methodology", ESM'2011; UCI Machine Learning Repository "Bank Marketing" (doi:10.24432/C5K306),
file `bank-full.csv` (45,211 rows, 17 columns, `;`-separated, "ordered by date (from May 2008 to November 2010)").
The file is read byte-for-byte, in this order of preference: `raw/bank-full.csv.zip` beside this file,
`/work/data/bank_marketing/bank-full.csv.zip` (or `$BANK_MARKETING_RAW`), else the local git mirror of
github:UncleSam165/Recommendation-System-for-Portuguese-Bank-Marketing at the pinned commit ($HELDOUT_MIRRORS, default
/work/.mirror). The CSV's MD5 is checked so that a different copy is refused. Nothing is committed; every row is kept.

Conversion (faithful; one row = one client contacted in the campaign; the release has no client id):
- the year is not a column: it is recovered from the documented date order. The file's (month, day) never goes back
  except twice, by a whole year (rows 27,730 and 42,592, 1-based data rows): rows before the first wrap are 2008, then
  2009, then 2010. Time of day is unknown: dates are written at 00:00.
- customers: one per row, customer_id BM00001.. in file order; segment = job; extras age, job, marital, education,
  credit_default, balance_eur (average yearly balance), housing_loan, personal_loan, prev_contacts, prev_outcome.
- events:
  * tp_call at the last contact's date (every client; this campaign's calls before the last one have no date and are
    NOT invented: their number is the extra column contacts_this_campaign); device = contact type
    (cellular / telephone / unknown), channel phone, extras duration_sec, contacts_this_campaign,
    days_since_prev_contact, prev_contacts, prev_outcome, outcome (subscribed / not_subscribed);
  * tp_subscribe for y = yes, same date, written at 00:00:01 only so that it sorts after its call;
  * tp_prev_contact at (last contact date - pdays) when pdays != -1: the last contact of a previous campaign,
    action = poutcome of that campaign (success / failure / other / unknown).
- journey campaign_to_deposit: tp_call -> tp_subscribe, window 1 day.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "UncleSam165/Recommendation-System-for-Portuguese-Bank-Marketing"
COMMIT = "2edb39f0bcc52aee555f8d9e2f859854aec6f0be"
PATH = "bank-full.csv.zip"
CSV_MD5 = "e6b0ca77f3f200ec5428e04dd104da53"  # bank-full.csv, 4,610,348 bytes, git blob d7a2ede53415cea37bbd3acd8c1962e619f83d5f

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}

TOUCHPOINTS = [
    # id, name_en, name_zh, stage, channel, kind, owner, aliases
    ("tp_prev_contact", "Previous campaign contact", "往期营销活动联系", "awareness", "phone", "", "telemarketing",
     "previous campaign|earlier campaign|prior contact|last campaign|previously contacted|往期活动|上一轮活动|之前的活动|"
     "以前联系过|老客户回访"),
    ("tp_call", "Campaign call (last contact)", "营销电话（本次活动最后一次联系）", "consideration", "phone", "",
     "telemarketing",
     "call|phone call|telemarketing call|contact|outbound call|cold call|campaign call|电话|外呼|电销|营销电话|电话营销|"
     "联系|致电|触达"),
    ("tp_subscribe", "Term deposit subscribed", "认购定期存款", "purchase", "phone", "", "telemarketing",
     "subscription|subscribe|subscribed|term deposit|deposit|signed up|conversion|认购|订阅|开定存|定期存款|定存|购买|成交|转化"),
]


def raw_csv() -> bytes:
    """bank-full.csv bytes (raw/ beside this file, /work/data, or the pinned mirror commit), checked against MD5."""
    candidates = [HERE / "raw" / PATH,
                  Path(os.environ.get("BANK_MARKETING_RAW", "/work/data/bank_marketing")) / PATH]
    blob = None
    for c in candidates:
        if c.exists():
            blob = c.read_bytes()
            break
    if blob is None:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {PATH} not found: put it in {candidates[0]} or {candidates[1]}, or fetch github:{REPO} "
                     f"into {mirror} (commit {COMMIT})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        data = z.read("bank-full.csv")
    digest = hashlib.md5(data).hexdigest()
    if digest != CSV_MD5:
        sys.exit(f"bank-full.csv has MD5 {digest}, expected {CSV_MD5}: not the pinned copy")
    return data


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def stamp(d: date, second: int = 0) -> str:
    return datetime(d.year, d.month, d.day, 0, 0, second).strftime("%Y-%m-%dT%H:%M:%S")


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(raw_csv().decode("utf-8")), delimiter=";"))
    customers: list[list[object]] = []
    events: list[list[object]] = []
    year, prev_key = 2008, None
    for n, r in enumerate(rows, start=1):
        key = (MONTHS[r["month"]], int(r["day"]))
        if prev_key is not None and key < prev_key:
            year += 1  # the documented date order wraps to the next year (checked: only twice, by a whole year)
            if key[0] > 2 or prev_key[0] < 11:
                sys.exit(f"row {n}: date order goes back from {prev_key} to {key} inside a year")
        prev_key = key
        day = date(year, key[0], key[1])
        cid = f"BM{n:05d}"
        pdays = int(r["pdays"])
        customers.append([cid, r["job"], r["age"], r["job"], r["marital"], r["education"], r["default"],
                          r["balance"], r["housing"], r["loan"], r["previous"], r["poutcome"]])
        subscribed = r["y"] == "yes"
        if pdays != -1:
            events.append([f"{cid}-prev", cid, stamp(day - timedelta(days=pdays)), "tp_prev_contact", r["poutcome"],
                           "", "phone", "", "", pdays, r["previous"], r["poutcome"], ""])
        events.append([f"{cid}-call", cid, stamp(day), "tp_call", "call", r["contact"], "phone", r["duration"],
                       r["campaign"], "" if pdays == -1 else pdays, r["previous"], r["poutcome"],
                       "subscribed" if subscribed else "not_subscribed"])
        if subscribed:
            events.append([f"{cid}-sub", cid, stamp(day, 1), "tp_subscribe", "success", r["contact"], "phone", "", "",
                           "", "", "", "subscribed"])
    if year != 2010:
        sys.exit(f"expected the data to end in 2010, ended in {year}")
    events.sort(key=lambda e: (e[2], e[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[2], t[1], t[3], t[4], t[5], t[6], t[7]] for t in TOUCHPOINTS])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["campaign_to_deposit", "Campaign call to term deposit", "电话营销到认购定存", "Campaign call to term deposit",
            i + 1, tp, 1] for i, tp in enumerate(["tp_call", "tp_subscribe"])])
    write(out / "customers.csv",
          ["customer_id", "segment", "age", "job", "marital", "education", "credit_default", "balance_eur",
           "housing_loan", "personal_loan", "prev_contacts", "prev_outcome"], customers)
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "device", "channel", "duration_sec",
           "contacts_this_campaign", "days_since_prev_contact", "prev_contacts", "prev_outcome", "outcome"], events)
    print(f"wrote {out}: {len(customers)} clients, {len(events)} events")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
