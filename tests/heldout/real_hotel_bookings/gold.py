"""Gold answers for the hotel-booking batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml --write

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
FIXED keep the `expect` written in the YAML (a status, or an entity fixed by the data model), and refusals /
clarifications keep theirs. Conventions:
- a booking's period is its booking date (orders.ts) unless the question names an event (check-in, check-out,
  cancellation, no-show), then the event's date;
- "cancellation rate" = bookings whose status is cancelled / all bookings. The release also has `is_canceled`, which
  counts no-shows as cancelled too; where the two differ the tolerance covers both (kind `value2`);
- the journey booking_to_stay (booking -> check-out, window 800 days) over all data: a booking converts when its guest
  checked out; events are dates only, so a same-day check-out (302 bookings) is counted as after the booking, and the
  tolerance covers the stricter reading.
"Top" items are checked for ties: a tied first place makes the script fail.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml


def ev(tp: str, a: str, b: str, where: str = "") -> str:
    """Count of events at touchpoint tp with a <= ts < b (b exclusive)."""
    cond = f"touchpoint_id = '{tp}' AND ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"
    if where:
        cond += f" AND {where}"
    return f"SELECT count(*) FROM e WHERE {cond}"


def bookings(a: str, b: str) -> str:
    return f"SELECT count(*) FROM o WHERE ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}'"


def rate(where: str, cancelled: str = "status = 'cancelled'") -> str:
    return f"SELECT avg(({cancelled})::INT) FROM o WHERE {where}"


ALT = "is_canceled = 1"


def top(col: str, src: str, agg: str = "count(*)", order: str = "DESC", having: str = "") -> str:
    hv = f" HAVING {having}" if having else ""
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1{hv} ORDER BY 2 {order}, 1 LIMIT 2"


CR = "avg((status = 'cancelled')::INT)"
CONV = "avg((status = 'paid')::INT)"

# id -> (kind, sql, tolerance[, alternative sql]). kinds: value | value2 (tolerance widened to cover the alternative
# definition) | top (entity) | top_value (entity and its value) | top_value_only (value of the first row)
GOLD: dict[str, tuple] = {
    "h01": ("value", "SELECT count(*) FROM o", 0.5),
    "h02": ("value", "SELECT count(*) FROM o WHERE status = 'cancelled'", 0.5),
    "h03": ("value", rate("true"), 0.003),
    "h04": ("top", top("hotel", "o", CR), None),
    "h05": ("value2", rate("hotel = 'Resort Hotel'"), 0.003, rate("hotel = 'Resort Hotel'", ALT)),
    "h06": ("top_value", top("country", "o"), 0.5),
    "h07": ("top_value", top("market_segment", "o"), 0.5),
    "h08": ("top", top("distribution_channel", "o", CR, "ASC"), None),
    "h09": ("value", ev("tp_checkin", "2016-01-01", "2017-01-01"), 0.5),
    "h10": ("top_value_only", top("strftime(ts, '%Y-%m')", "e WHERE touchpoint_id = 'tp_checkin' AND year(ts) = 2016"),
            0.5),
    "h11": ("value", ev("tp_checkin", "2017-08-01", "2017-09-01"), 0.5),
    "h12": ("value", ev("tp_checkin", "2016-08-01", "2016-09-01"), 0.5),
    "h13": ("value", ev("tp_cancel", "2017-01-01", "2017-07-01"), 0.5),
    "h14": ("value", "SELECT avg(lead_time) FROM o", 0.5),
    "h15": ("value2", "SELECT avg(lead_time) FROM o WHERE status = 'cancelled'", 0.5,
            f"SELECT avg(lead_time) FROM o WHERE {ALT}"),
    "h16": ("top", top("customer_type", "o", CR), None),
    "h17": ("value2", rate("is_repeated_guest = 1"), 0.003, rate("is_repeated_guest = 1", ALT)),
    "h18": ("value", "SELECT avg(is_repeated_guest) FROM o", 0.001),
    "h19": ("value", "SELECT avg(nights) FROM o", 0.02),
    "h20": ("value", ev("tp_noshow", "2016-01-01", "2017-01-01", "hotel = 'City Hotel'"), 0.5),
    "h21": ("value2", rate("deposit_type = 'Non Refund'"), 0.003, rate("deposit_type = 'Non Refund'", ALT)),
    "h22": ("value2", rate("deposit_type = 'No Deposit'"), 0.003, rate("deposit_type = 'No Deposit'", ALT)),
    # booking_to_stay over all data: one booking per customer; converts when the guest checked out (>= booking day)
    "h23": ("value2", "SELECT (SELECT count(*) FROM e WHERE touchpoint_id = 'tp_checkout') / count(*) FROM o", 0.002,
            "SELECT count(*) FILTER (WHERE status = 'paid' AND reservation_status_date > ts::DATE) / count(*) FROM o"),
    "h24": ("top", top("hotel", "o", CONV), None),
    "h25": ("top", top("market_segment", "o", CONV), None),
    "h26": ("top_value_only", top("strftime(ts, '%Y-%m')", "o WHERE year(ts) = 2016"), 0.5),
    "h27": ("value", bookings("2017-01-01", "2017-04-01"), 0.5),
    # as_of 2017-09-14: last month = August 2017
    "h28": ("value", ev("tp_cancel", "2017-08-01", "2017-09-01"), 0.5),
    # as_of Monday 2017-08-28: last calendar week = Mon 21 .. Sun 27 August 2017
    "h29": ("value", ev("tp_checkout", "2017-08-21", "2017-08-28"), 0.5),
    # as_of 2017-08-31: this year so far = 2017-01-01 .. 2017-08-31
    "h30": ("value", ev("tp_checkin", "2017-01-01", "2017-09-01"), 0.5),
    "h31": ("value", ev("tp_checkin", "2016-10-01", "2017-01-01", "hotel = 'City Hotel'"), 0.5),
    "h32": ("top_value", top("agent::VARCHAR", "o WHERE agent IS NOT NULL"), 0.5),
    "h33": ("top_value", top("reserved_room_type", "o"), 0.5),
    "h34": ("value", "SELECT count(*) FROM o WHERE assigned_room_type <> reserved_room_type", 0.5),
    "h35": ("value2", rate("total_of_special_requests > 0"), 0.003, rate("total_of_special_requests > 0", ALT)),
    "h36": ("top", top("country", "o", CR, having="count(*) >= 1000"), None),
    "h37": ("value", "SELECT count(*) FROM o WHERE country = 'GBR'", 0.5),
    "h38": ("value", "SELECT avg(adr) FROM o WHERE status = 'paid' AND hotel = 'Resort Hotel'", 0.5),
    "h39": ("value", "SELECT avg(adr) FROM o WHERE status = 'paid' AND hotel = 'City Hotel'", 0.5),
    "h40": ("value", "SELECT count(*) FROM o WHERE babies > 0", 0.5),
    "h41": ("value2", rate("market_segment = 'Groups'"), 0.003, rate("market_segment = 'Groups'", ALT)),
    # cancellation events H1 2016 minus H1 2017 (11,028 -> 9,842), by market segment: the largest decrease
    "h42": ("top", """SELECT market_segment AS k,
                         count(*) FILTER (WHERE ts >= TIMESTAMP '2016-01-01' AND ts < TIMESTAMP '2016-07-01')
                       - count(*) FILTER (WHERE ts >= TIMESTAMP '2017-01-01' AND ts < TIMESTAMP '2017-07-01') AS v
                     FROM e WHERE touchpoint_id = 'tp_cancel' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2""", None),
    # booking_to_stay has two steps: every loss is at step 1 (booked, never checked out)
    "h45": ("top", """SELECT 'tp_booking' AS k, (SELECT count(*) FROM o) - (SELECT count(*) FROM e
                     WHERE touchpoint_id = 'tp_checkout') AS v UNION ALL SELECT 'tp_checkout', 0 ORDER BY 2 DESC""", None),
    "h46": ("value", "SELECT avg(arrival_date - reservation_status_date) FROM o WHERE status = 'cancelled'", 0.5),
    "h47": ("value", "SELECT avg(nights) FROM o WHERE status = 'paid' AND hotel = 'Resort Hotel'", 0.02),
    "h48": ("value", "SELECT count(DISTINCT country) FROM o WHERE country IS NOT NULL", 0.5),
    "h49": ("value", "SELECT avg(amount) FROM o WHERE status = 'paid'", 0.5),
    "h50": ("value", "SELECT sum(amount) FROM o WHERE status = 'paid' AND year(ts) = 2016", 1.0),
    "h51": ("value", "SELECT sum(amount) FROM o WHERE status = 'paid' AND year(ts) = 2015", 1.0),
    "h52": ("value", "SELECT count(*) FROM o WHERE distribution_channel = 'GDS'", 0.5),
    "h53": ("top_value", top("meal", "o"), 0.5),
    "h54": ("value", "SELECT avg((required_car_parking_spaces > 0)::INT) FROM o", 0.001),
    "h55": ("value", "SELECT count(*) FROM o WHERE days_in_waiting_list > 0", 0.5),
    "h56": ("value", ev("tp_cancel", "2017-04-01", "2017-07-01"), 0.5),
    "h57": ("value", ev("tp_checkout", "2017-07-01", "2017-08-01", "hotel = 'Resort Hotel'"), 0.5),
    "h58": ("top_value_only", top("strftime(ts, '%Y-%m')", "e WHERE touchpoint_id = 'tp_cancel' AND year(ts) = 2016"),
            0.5),
    "h59": ("top_value", top("country", "o WHERE status = 'cancelled'"), 0.5),
    "h60": ("value", bookings("2017-03-01", "2017-03-16"), 0.5),
    "h61": ("value", bookings("2017-01-27", "2017-02-03"), 0.5),
    "h62": ("value", "SELECT avg(adults) FROM o", 0.005),
    "h73": ("top_value", top("hotel", "e WHERE touchpoint_id = 'tp_checkin' AND year(ts) = 2016"), 0.5),
    "h74": ("value", "SELECT count(*) FROM o WHERE hotel = 'City Hotel' AND market_segment = 'Online TA' "
                     "AND year(ts) = 2016", 0.5),
    "h75": ("value", bookings("2016-09-04", "2016-09-11"), 0.5),
    "h76": ("value", "SELECT count(*) FROM o WHERE status = 'cancelled' AND ts >= TIMESTAMP '2016-09-04' "
                     "AND ts < TIMESTAMP '2016-09-11'", 0.5),
}
FIXED = {"h43", "h44"}  # definition and journey map: the answer must be `ok`; no number to check


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW o AS SELECT * FROM read_csv('{datadir / 'orders.csv'}', header=true, auto_detect=true)")
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol, *alt = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    row = rows[0]
    expect: dict = {"status": "ok"}
    if kind in ("value", "value2"):
        value = float(row[0])
        if kind == "value2":
            other = float(con.execute(alt[0]).fetchone()[0])
            tol = max(tol, round(abs(other - value) + tol, 4))
        expect.update(value=round(value, 4), tolerance=tol)
        return expect
    if len(rows) > 1 and rows[1][1] == row[1]:
        raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
    if kind == "top":
        expect.update(top_entity=str(row[0]))
    elif kind == "top_value_only":
        expect.update(value=round(float(row[1]), 4), tolerance=tol)
    else:
        expect.update(top_entity=str(row[0]), value=round(float(row[1]), 4), tolerance=tol)
    return expect


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datadir", type=Path)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--write", action="store_true", help="write the computed expect into the YAML")
    args = ap.parse_args()
    con = connect(args.datadir)
    text = args.batch.read_text(encoding="utf-8")
    items = yaml.safe_load(text)
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok" and i["id"] not in GOLD
               and i["id"] not in FIXED]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    for item in items:
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
        print(item["id"], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
