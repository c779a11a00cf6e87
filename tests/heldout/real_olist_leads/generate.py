"""Convert the public Olist marketing-funnel data (real, 2017-2018) into a DATA.md dataset folder.

    python generate.py OUTDIR

Source (see README.md): two CSV files of the Olist "Marketing Funnel" release, read byte-for-byte from
a pinned commit of a public GitHub copy. The raw files are NOT committed here (fetched public data
stays out of this repository); they are read from `raw/` beside this file when present, else from the
local git mirror of the source repository at the pinned commit (`$HELDOUT_MIRRORS`, default
/work/.mirror). Nothing is sampled: the release is small (8,000 leads, 842 closed deals).

Conversion (faithful, no invented rows):
- every marketing-qualified lead (MQL) -> one customer (customer_id = mql_id) and one event at
  touchpoint `tp_mql_signup` on its first_contact_date (date only, so 00:00:00), channel = origin;
- every closed deal -> one event at `tp_deal_won` at won_date; deal attributes kept as extra columns
  on that event and on the customer;
- journey `lead_to_seller`: MQL sign-up -> deal won, window 450 days (longest real lag is 427 days).
Tables the release does not have (orders, feedback, experiments) are simply absent.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_REPO = "lasyasunkavilli408/FUTURE_DS_03"
SOURCE_COMMIT = "cef4aaa86868d83fcbdd809ee77e12178d09dc8b"
RAW_FILES = {
    "mql": "olist_marketing_qualified_leads_dataset.csv",
    "deals": "olist_closed_deals_dataset.csv",
}
WINDOW_DAYS = 450

DEAL_EXTRA = ["seller_id", "sdr_id", "sr_id", "business_segment", "lead_type", "lead_behaviour_profile",
              "has_company", "has_gtin", "average_stock", "business_type", "declared_product_catalog_size",
              "declared_monthly_revenue"]


def raw_text(key: str) -> str:
    """The raw CSV text of one source file (local raw/ copy, else the pinned commit of the mirror)."""
    name = RAW_FILES[key]
    local = HERE / "raw" / name
    if local.exists():
        return local.read_text(encoding="utf-8")
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / SOURCE_REPO.replace("/", "+") / "repo"
    if not mirror.exists():
        sys.exit(f"raw file {name} not found: put it in {local.parent}/ or fetch github:{SOURCE_REPO} "
                 f"into {mirror} (commit {SOURCE_COMMIT})")
    out = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{SOURCE_COMMIT}:{name}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def rows(key: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw_text(key))))


def contact_ts(value: str) -> str:
    """first_contact_date is DD-MM-YYYY in this copy (a date, no time of day)."""
    return datetime.strptime(value, "%d-%m-%Y").strftime("%Y-%m-%dT00:00:00")


def won_ts(value: str) -> str:
    """won_date is DD-MM-YYYY HH:MM in this copy."""
    return datetime.strptime(value, "%d-%m-%Y %H:%M").strftime("%Y-%m-%dT%H:%M:00")


def write(path: Path, header: list[str], data: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    mqls = rows("mql")
    deals = {d["mql_id"]: d for d in rows("deals")}

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [["tp_mql_signup", "Landing-page sign-up (MQL)", "落地页留资（营销合格线索）", "Landing-page sign-up (MQL)",
            "consideration", "web", "digital", "marketing",
            "MQL|marketing qualified lead|lead|sign-up|first contact|线索|留资|首次接触|营销线索"],
           ["tp_deal_won", "Deal closed (seller signed)", "签约成交（卖家入驻）", "Deal closed (seller signed)",
            "purchase", "other", "digital", "sales",
            "closed deal|won deal|won|signed|deal|成交|签约|赢单|入驻"]])

    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["lead_to_seller", "Lead to signed seller", "线索到签约", "Lead to signed seller", 1, "tp_mql_signup", WINDOW_DAYS],
           ["lead_to_seller", "Lead to signed seller", "线索到签约", "Lead to signed seller", 2, "tp_deal_won", WINDOW_DAYS]])

    cust_header = ["customer_id", "signup_at", "acquisition_channel", "landing_page_id"] + \
        [c for c in DEAL_EXTRA if c not in ("seller_id", "sdr_id", "sr_id")]
    cust = []
    events = []
    for m in mqls:
        d = deals.get(m["mql_id"], {})
        cust.append([m["mql_id"], contact_ts(m["first_contact_date"]), m["origin"], m["landing_page_id"]] +
                    [d.get(c, "") for c in cust_header[4:]])
        events.append([f"mql-{m['mql_id']}", m["mql_id"], contact_ts(m["first_contact_date"]), "tp_mql_signup",
                       "submit", m["origin"], m["landing_page_id"], "", "", "", "", ""])
    for mql_id, d in deals.items():
        events.append([f"won-{mql_id}", mql_id, won_ts(d["won_date"]), "tp_deal_won", "success", "", "",
                       d["seller_id"], d["sdr_id"], d["sr_id"], d["business_segment"], d["lead_type"]])
    events.sort(key=lambda e: (e[2], e[0]))
    write(out / "customers.csv", cust_header, cust)
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "landing_page_id",
           "seller_id", "sdr_id", "sr_id", "business_segment", "lead_type"], events)
    print(f"wrote {out}: {len(cust)} customers, {len(events)} events")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUTDIR")
    main(sys.argv[1])
