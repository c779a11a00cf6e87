"""Convert the real "Comcast Telecom Consumer Complaints" ticket list (US, April-June 2015) into a DATA.md folder.

    python generate.py OUTDIR

Source (see README.md): 2,224 consumer complaints about Comcast (Xfinity) received April-June 2015, one row
per ticket: `Ticket #, Customer Complaint, Date, Date_month_year, Time, Received Via, City, State, Zip code,
Status, Filing on Behalf of Someone`. We read the tab-separated copy committed (under a .csv name) in GitHub
`Manjubn777/Comcast-Telecom-Consumer-Complaints-` at a pinned commit, byte-for-byte. The raw file is NOT
committed here: it is read from `raw/Comcast_telecom_complaints_data.csv` beside this file when present,
else from /work/data/comcast/ (where the helper that wrote this batch kept it), else from the local git
mirror of that repository (`$HELDOUT_MIRRORS`, default /work/.mirror). Its MD5 is checked.

Conversion (faithful, no invented rows; every ticket kept):
- dates: the release's `Date` is `DD-MM-YYYY` only when the day is 13 or more; when the day is 1..12 the
  day and month are swapped (a spreadsheet re-save, also visible in `Date_month_year`, which then shows
  months such as Aug or Dec that the data does not cover). We read `AA-BB-YYYY` as day AA / month BB when
  AA > 12, else as month AA / day BB. With this rule every date falls in 2015-04-01 .. 2015-06-30 and the
  dates are non-decreasing in ticket number (0 tickets out of order), which the script checks. The raw
  `Date`, `Date_month_year` and `Time` are kept as extra columns. Time `3.53.50 PM` -> 15:53:50; naive local
  time (the release states no time zone).
- one complaint = one complainant: there is no customer identifier, so customer_id = `C` + ticket number;
- touchpoints: the two intake channels of `Received Via` (Customer Care Call, Internet);
- events: one `submit` event per ticket at its intake touchpoint, at the complaint's date and time;
- feedback: one row per ticket, text = the complaint summary as typed by the consumer, channel `ticket`;
  status (Open / Pending / Solved / Closed), received_via, city, state, zip_code and
  filing_on_behalf_of_someone kept as extra columns (the status has no date in the release);
- customers: one per ticket, region = US state, city and zip_code extra.
The release has no ratings, NPS, resolution dates, orders, products, plans, devices or ages: orders,
journeys and experiments are absent.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "Manjubn777/Comcast-Telecom-Consumer-Complaints-"
COMMIT = "e94847ef39fbdee02863ba60e0918b0d8b121f76"
PATH = "Comcast_telecom_complaints_data.csv"
MD5 = "34f4c147d6ed69c9d3d3f3435d733334"
HEADER = ["Ticket #", "Customer Complaint", "Date", "Date_month_year", "Time", "Received Via", "City", "State",
          "Zip code", "Status", "Filing on Behalf of Someone"]

TOUCHPOINTS = {
    # Received Via -> (id, name, name_zh, name_en, stage, channel, kind, owner, aliases)
    "Customer Care Call": ("tp_care_call", "Customer care call", "客服热线来电", "Customer care call", "service",
                           "phone", "physical", "customer care",
                           "call|phone|phone call|hotline|call center|customer care call|电话|客服电话|热线|来电|呼叫中心"),
    "Internet": ("tp_internet", "Online complaint (internet)", "网上投诉", "Online complaint (internet)", "service",
                 "web", "digital", "digital care",
                 "internet|online|web|web form|online form|网上|线上|网络提交|在线投诉|网页"),
}


def raw_bytes() -> bytes:
    for local in (HERE / "raw" / PATH, Path("/work/data/comcast") / PATH):
        if local.exists():
            return local.read_bytes()
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    if not mirror.exists():
        sys.exit(f"raw file {PATH} not found: put it in {HERE / 'raw'} or fetch github:{REPO} into {mirror} "
                 f"(commit {COMMIT})")
    return subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                          check=True, capture_output=True).stdout


def parse_date(s: str) -> date:
    a, b, y = s.split("-")
    a, b = int(a), int(b)
    return date(int(y), b, a) if a > 12 else date(int(y), a, b)


def parse_time(s: str) -> tuple[int, int, int]:
    clock, half = s.split(" ")
    h, m, sec = (int(x) for x in clock.split("."))
    if half not in ("AM", "PM") or not 1 <= h <= 12:
        raise ValueError(s)
    h = h % 12 + (12 if half == "PM" else 0)
    return h, m, sec


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main(outdir: str) -> None:
    data = raw_bytes()
    if hashlib.md5(data).hexdigest() != MD5:
        sys.exit(f"unexpected raw file (MD5 {hashlib.md5(data).hexdigest()}, expected {MD5})")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t"))
    if rows[0] != HEADER:
        sys.exit(f"unexpected header {rows[0]!r}")
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    tickets = []
    for line_no, r in enumerate(rows[1:], start=2):
        if len(r) != len(HEADER):
            sys.exit(f"line {line_no}: {len(r)} fields")
        ticket, text, d_raw, dmy_raw, t_raw, via, city, state, zipc, status, behalf = r
        h, m, s = parse_time(t_raw)
        d = parse_date(d_raw)
        ts = datetime(d.year, d.month, d.day, h, m, s)
        tickets.append(dict(ticket=ticket, text=text, ts=ts, d_raw=d_raw, dmy_raw=dmy_raw, t_raw=t_raw, via=via,
                            city=city, state=state, zip=zipc, status=status, behalf=behalf))
    # sanity: the date rule puts every ticket in Q2 2015 and dates never go back as ticket numbers grow
    numbered = sorted((int(t["ticket"]), t["ts"].date()) for t in tickets if t["ticket"].isdigit())
    back = sum(1 for (_, d0), (_, d1) in zip(numbered, numbered[1:]) if d1 < d0)
    lo, hi = min(t["ts"] for t in tickets), max(t["ts"] for t in tickets)
    if back or lo < datetime(2015, 4, 1) or hi >= datetime(2015, 7, 1):
        sys.exit(f"date rule check failed: {back} out of order, range {lo} .. {hi}")
    if len({t["ticket"] for t in tickets}) != len(tickets):
        sys.exit("duplicate ticket numbers")
    tickets.sort(key=lambda t: (t["ts"], t["ticket"]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [list(v) for v in TOUCHPOINTS.values()])
    iso = lambda t: t["ts"].strftime("%Y-%m-%dT%H:%M:%S")  # noqa: E731
    write(out / "customers.csv", ["customer_id", "region", "city", "zip_code"],
          [[f"C{t['ticket']}", t["state"], t["city"], t["zip"]] for t in tickets])
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "ticket_status", "state", "city",
           "zip_code", "filing_on_behalf_of_someone"],
          [[f"E{t['ticket']}", f"C{t['ticket']}", iso(t), TOUCHPOINTS[t["via"]][0], "submit", TOUCHPOINTS[t["via"]][5],
            t["status"], t["state"], t["city"], t["zip"], t["behalf"]] for t in tickets])
    write(out / "feedback.csv",
          ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "channel", "status", "received_via",
           "state", "city", "zip_code", "filing_on_behalf_of_someone", "date_raw", "date_month_year_raw", "time_raw"],
          [[t["ticket"], t["text"], iso(t), f"C{t['ticket']}", TOUCHPOINTS[t["via"]][0], "ticket", t["status"],
            t["via"], t["state"], t["city"], t["zip"], t["behalf"], t["d_raw"], t["dmy_raw"], t["t_raw"]]
           for t in tickets])
    print(f"wrote {out}: {len(tickets)} tickets ({lo:%Y-%m-%d} .. {hi:%Y-%m-%d}), "
          f"{sum(1 for t in tickets if t['via'] == 'Internet')} via internet")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
