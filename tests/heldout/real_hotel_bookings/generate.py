"""Convert the real "Hotel booking demand" release (two Portuguese hotels, arrivals 2015-07 .. 2017-08) into a DATA.md folder.

    python generate.py OUTDIR

Source (see README.md): Antonio, Almeida & Nunes, "Hotel booking demand datasets", Data in Brief 22 (2019) 41-49
(H1 = a resort hotel in the Algarve, H2 = a city hotel in Lisbon), in the widely used merged form
`hotel_bookings.csv` (119,390 bookings, 32 columns; the TidyTuesday / Kaggle copy). We read it byte-for-byte from a
public GitHub repository at a pinned commit, where it is committed as a zip (the CSV itself is 16.8 MB):
the zip is read from `raw/` beside this file when present, else from the local git mirror
(`$HELDOUT_MIRRORS`, default /work/.mirror). The CSV's MD5 is checked so that a different copy is refused.
The raw data is NOT committed here. Every row is kept (no sample, no cleaning); conversion takes a few seconds.

Conversion (faithful, no invented rows; one booking = one customer, the release has no guest identifier):
- orders: one per booking; ts = booking date = arrival date - lead_time days (lead_time is documented as the days
  between entering the booking and arrival; dates only, written as 00:00 local time); amount = adr x nights
  (adr = average daily rate in EUR, nights = weekend + week nights: the booking's room revenue, cancelled or not);
  status paid (Check-Out) / cancelled (Canceled) / no_show (No-Show); channel = distribution_channel; every raw
  column kept as an extra column (arrival_date as ISO date, NULL / NA written as empty).
- customers: one per booking; segment = customer_type, region = country (ISO 3166-1 alpha-3 as published),
  acquisition_channel = market_segment; extras hotel, is_repeated_guest, previous_cancellations,
  previous_bookings_not_canceled, adults, children, babies.
- events (dates only, 00:00): tp_booking at the booking date (every booking); tp_cancel at reservation_status_date
  (Canceled); tp_noshow at reservation_status_date (No-Show); tp_checkin at the arrival date and tp_checkout at
  reservation_status_date (Check-Out: the guest arrived and left). channel = distribution_channel; extras hotel,
  market_segment, customer_type, country.
- journey booking_to_stay: tp_booking -> tp_checkout, window 800 days (longest lead time 737 + longest stay 69).
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
REPO = "ChakrabortyJoy/Exploratory-Data-Analysis-on-Hotel-Booking"
COMMIT = "af27da935216cd97c3792ae15a9daa509894f0db"
PATH = "hotel_bookings.csv.zip"
CSV_MD5 = "e37d64f9f0f20a087b1861c8fd185abe"  # hotel_bookings.csv inside the zip, 16,846,346 bytes
WINDOW_DAYS = 800

TOUCHPOINTS = [
    # id, name_en, name_zh, stage, channel, kind, owner, aliases
    ("tp_booking", "Booking made", "预订", "purchase", "other", "", "reservations",
     "booking|reservation|book|booked|bookings|reservations|new booking|预订|预定|订房|下单|新订单"),
    ("tp_cancel", "Booking cancelled", "取消预订", "purchase", "other", "", "reservations",
     "cancellation|cancel|cancelled|canceled|cancellations|取消|退订|取消订单|撤单"),
    ("tp_noshow", "No-show", "未到店（No-show）", "service", "store", "physical", "front_office",
     "no-show|no show|noshow|did not arrive|未到店|爽约|没来"),
    ("tp_checkin", "Check-in (arrival)", "入住", "service", "store", "physical", "front_office",
     "check-in|checkin|check in|arrival|arrivals|arrive|入住|到店|抵达|到达"),
    ("tp_checkout", "Check-out (stay completed)", "退房离店", "service", "store", "physical", "front_office",
     "check-out|checkout|check out|departure|stay completed|completed stay|退房|离店|住完"),
]

MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"], start=1)}


def raw_csv() -> str:
    """The release's CSV text (from raw/ or the pinned commit of the mirror), checked against its MD5."""
    local = HERE / "raw" / PATH
    if local.exists():
        blob = local.read_bytes()
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {PATH} not found: put it in {local} or fetch github:{REPO} into {mirror} "
                     f"(commit {COMMIT})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        data = z.read("hotel_bookings.csv")
    digest = hashlib.md5(data).hexdigest()
    if digest != CSV_MD5:
        sys.exit(f"hotel_bookings.csv has MD5 {digest}, expected {CSV_MD5}: not the pinned copy")
    return data.decode("utf-8")


def clean(v: str) -> str:
    return "" if v in ("NULL", "NA") else v


def stamp(d: date) -> str:
    return datetime(d.year, d.month, d.day).strftime("%Y-%m-%dT%H:%M:%S")


def write(path: Path, header: list[str], data: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)


ORDER_EXTRAS = ["hotel", "is_canceled", "lead_time", "arrival_date", "nights", "stays_in_weekend_nights",
                "stays_in_week_nights", "adults", "children", "babies", "meal", "country", "market_segment",
                "distribution_channel", "is_repeated_guest", "previous_cancellations", "previous_bookings_not_canceled",
                "reserved_room_type", "assigned_room_type", "booking_changes", "deposit_type", "agent", "company",
                "days_in_waiting_list", "customer_type", "adr", "required_car_parking_spaces",
                "total_of_special_requests", "reservation_status", "reservation_status_date"]
CUSTOMER_EXTRAS = ["hotel", "is_repeated_guest", "previous_cancellations", "previous_bookings_not_canceled", "adults",
                   "children", "babies"]
EVENT_EXTRAS = ["hotel", "market_segment", "customer_type", "country"]
STATUS = {"Check-Out": "paid", "Canceled": "cancelled", "No-Show": "no_show"}


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(raw_csv())))
    orders: list[list[object]] = []
    customers: list[list[object]] = []
    events: list[list[object]] = []
    for n, r in enumerate(rows, start=1):
        bid = f"HB{n:06d}"
        arrival = date(int(r["arrival_date_year"]), MONTHS[r["arrival_date_month"]], int(r["arrival_date_day_of_month"]))
        booked = arrival - timedelta(days=int(r["lead_time"]))
        status_day = datetime.strptime(r["reservation_status_date"], "%m/%d/%Y").date()
        nights = int(r["stays_in_weekend_nights"]) + int(r["stays_in_week_nights"])
        amount = round(float(r["adr"]) * nights, 2)
        extra = dict(r, arrival_date=arrival.isoformat(), nights=str(nights),
                     reservation_status_date=status_day.isoformat())
        orders.append([bid, bid, stamp(booked), f"{amount:.2f}", STATUS[r["reservation_status"]],
                       r["distribution_channel"]] + [clean(extra[c]) for c in ORDER_EXTRAS])
        customers.append([bid, r["customer_type"], clean(r["country"]), r["market_segment"]]
                         + [clean(r[c]) for c in CUSTOMER_EXTRAS])
        ev_extra = [clean(r[c]) for c in EVENT_EXTRAS]

        def event(suffix: str, day: date, tp: str, action: str) -> None:
            events.append([f"{bid}-{suffix}", bid, stamp(day), tp, action, r["distribution_channel"]] + ev_extra)

        event("book", booked, "tp_booking", "submit")
        status = r["reservation_status"]
        if status == "Canceled":
            event("cancel", status_day, "tp_cancel", "cancel")
        elif status == "No-Show":
            event("noshow", status_day, "tp_noshow", "fail")
        else:
            event("in", arrival, "tp_checkin", "success")
            event("out", status_day, "tp_checkout", "success")
    events.sort(key=lambda e: (e[2], e[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[2], t[1], t[3], t[4], t[5], t[6], t[7]] for t in TOUCHPOINTS])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["booking_to_stay", "Booking to completed stay", "预订到离店", "Booking to completed stay", i + 1, tp,
            WINDOW_DAYS] for i, tp in enumerate(["tp_booking", "tp_checkout"])])
    write(out / "customers.csv", ["customer_id", "segment", "region", "acquisition_channel"] + CUSTOMER_EXTRAS,
          customers)
    write(out / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "channel"] + ORDER_EXTRAS, orders)
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel"] + EVENT_EXTRAS,
          events)
    print(f"wrote {out}: {len(orders)} bookings (orders, customers), {len(events)} events")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
