"""Convert the real "Helpdesk" event log (ticketing process of an Italian software company, 2010-2014) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/finale.csv] [--xes PATH_TO/Helpdesk.xes.gz]

Source (see README.md): the "Helpdesk" event log published by the University of Padova (M. Polato et al.): the
ticketing management process of the help desk of an Italian software company, 4,580 cases (one case = one support
ticket), 21,348 events of 14 activities, 13 Jan 2010 .. 3 Jan 2014, every value anonymised as "Value N". We read the
publisher's CSV `finale.csv` (with its readme) from, in this order: `--raw PATH`, `$HELPDESK_RAW`,
`/work/raw/helpdesk/finale.csv`, `raw/finale.csv` beside this file, or the local git mirror of the public repository
that holds it at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). The file is checked by MD5, so a
different copy is refused. If the independent XES copy of the same log (`Helpdesk.xes.gz`, another public
repository) is found too, every event (case, activity, resource, timestamp) is checked against it. The raw data is
NOT committed here. Every case and every event is kept (no sample, no cleaning); < 3 s. Nothing random happens
(no seed is needed).

Conversion (faithful; one case = one ticket = one DATA.md customer; the anonymised client company that raised the
ticket is the extra column `client`):
- anonymised values "Value N" are relabelled with their kind, N unchanged: resource "Value 2" -> "Resource 2",
  customer -> "Client N", product -> "Product N", seriousness / seriousness_2 / service_level -> "Level N",
  service_type -> "Type N", responsible_section / support_section -> "Section N", workgroup -> "Workgroup N";
  Variant ("Variant N") is kept as is.
- touchpoints: one per activity (14), English and Chinese names, raw activity name in `aliases` and in the extra
  column `activity`; extra column `phase` (intake, triage, handling, anomaly, resolution, closure) and DATA.md
  `stage` mapped from it (intake -> awareness, triage -> consideration, handling / anomaly / resolution -> service,
  closure -> loyalty: an approximation, the contract has no help-desk stages); kind digital; owner = help desk, or
  software development for the software-anomaly (bug tracker) activities; no channel (the log does not say how a
  ticket came in).
- events: one row per event of finale.csv, in file order (which is time order within each case). customer_id = the
  case id ("Case 1234"), ts = Complete Timestamp as naive local time (milliseconds are all .000 and dropped),
  touchpoint_id = the activity's touchpoint, action = 'complete' (the log records completions only), event_id =
  case id + '-' + position in the case (1-based). Extra columns: activity (raw name), resource (who performed it),
  and the ticket attributes as recorded on that event (they can change during a ticket): client, product,
  seriousness_2, service_level, service_type, workgroup.
- customers: one per case. customer_id = case id; signup_at = the case's first event (the ticket was opened).
  Extra columns: the attributes as recorded on the ticket's first event (client, product, seriousness, seriousness_2,
  service_level, service_type, responsible_section, support_section, workgroup) and the case's Disco variant
  (variant, variant_index). seriousness has one value only (Level 1); responsible_section and support_section never
  change inside a ticket; the others change in a few tickets (seriousness_2 in 77, service_level in 43, client 7,
  service_type 5, workgroup 5, product 2), whose later values are on the events.
- journeys: ticket_handling 工单处理主流程 / Ticket handling: Assign seriousness -> Take in charge ticket -> Resolve
  ticket -> Closed, window 60 days; on_hold 挂起工单处理 / On-hold tickets: Take in charge ticket -> Wait -> Resolve
  ticket -> Closed, window 60 days (no ticket spans more than 59.995 days from its first to its last event).
Dropped: the duplicated "Variant" column of finale.csv (identical to the first). No orders (no money), no feedback
(no ticket text, comments or satisfaction), no experiments.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "nkwachiabel/Process-Mining-Helpdesk-of-an-Italian-coy"
COMMIT = "45839cb7fa66a6d2105ac2ca1f55f9768252ede2"
PATH = "Data/finale.csv"
FILE = "finale.csv"
CSV_MD5 = "a91d74377c55be5cbdfda05dae69db30"  # 3,271,588 bytes
XES_REPO = "ERamaM/PredictiveMonitoringDatasets"
XES_COMMIT = "0190735ef440cb444111fee45d469feb31a5d1bc"
XES_PATH = "raw_datasets/Helpdesk.xes.gz"
XES_MD5 = "09b04851ce8de793d6132b3e99127bb5"  # the decompressed XES, 8,831,728 bytes
N_CASES, N_EVENTS = 4580, 21348

# activity -> (touchpoint_id, name_en, name_zh, phase, owner, aliases)
HD, DEV = "help desk", "software development"
TOUCHPOINTS = {
    "Insert ticket": ("tp_insert_ticket", "Insert ticket (ticket logged)", "录入工单", "intake", HD,
                      "Insert ticket|insert|ticket logged|ticket entered|new ticket|log a ticket|录入|登记工单|新建工单|提单"),
    "Assign seriousness": ("tp_assign_seriousness", "Assign seriousness (triage)", "评定严重程度(分级)", "triage", HD,
                           "Assign seriousness|assign severity|severity assignment|triage|classification|"
                           "定级|分级|评定严重程度|严重程度评估|分诊"),
    "Take in charge ticket": ("tp_take_in_charge", "Take in charge ticket (ticket picked up)", "受理工单(接单)",
                              "handling", HD,
                              "Take in charge ticket|take in charge|pick up|picked up|ticket assigned to agent|"
                              "accepted|受理|接单|认领工单|开始处理"),
    "Wait": ("tp_wait", "Wait (ticket on hold)", "挂起等待", "handling", HD,
             "Wait|waiting|on hold|pending|parked|挂起|等待|暂停|搁置"),
    "Require upgrade": ("tp_require_upgrade", "Require upgrade", "要求升级", "handling", HD,
                        "Require upgrade|upgrade required|needs upgrade|upgrade|要求升级|需要升级|升级"),
    "Schedule intervention": ("tp_schedule_intervention", "Schedule intervention", "安排干预(预约处理)", "handling", HD,
                              "Schedule intervention|intervention scheduled|schedule a visit|安排干预|预约处理|安排上门"),
    "Create SW anomaly": ("tp_create_sw_anomaly", "Create software anomaly (bug report)", "创建软件缺陷单", "anomaly",
                          DEV,
                          "Create SW anomaly|software anomaly|SW anomaly|bug report|open a bug|defect|"
                          "软件异常|软件缺陷|提缺陷|报bug|创建缺陷"),
    "Resolve SW anomaly": ("tp_resolve_sw_anomaly", "Resolve software anomaly (bug fixed)", "解决软件缺陷", "anomaly",
                           DEV,
                           "Resolve SW anomaly|bug fixed|anomaly resolved|defect fixed|修复缺陷|解决软件异常|bug修复"),
    "Resolve ticket": ("tp_resolve_ticket", "Resolve ticket", "解决工单", "resolution", HD,
                       "Resolve ticket|resolved|resolution|solve|fix|解决|处理完成|已解决|工单解决"),
    "Closed": ("tp_closed", "Ticket closed", "关闭工单", "closure", HD,
               "Closed|close|closure|ticket closed|关闭|关单|结单|已关闭"),
    "VERIFIED": ("tp_anomaly_verified", "Anomaly status VERIFIED", "缺陷状态:已验证(VERIFIED)", "anomaly", DEV,
                 "VERIFIED|verified|已验证"),
    "RESOLVED": ("tp_anomaly_resolved", "Anomaly status RESOLVED", "缺陷状态:已解决(RESOLVED)", "anomaly", DEV,
                 "RESOLVED (anomaly status)|anomaly RESOLVED|缺陷已解决"),
    "INVALID": ("tp_anomaly_invalid", "Anomaly status INVALID", "缺陷状态:无效(INVALID)", "anomaly", DEV,
                "INVALID|invalid|无效"),
    "DUPLICATE": ("tp_anomaly_duplicate", "Anomaly status DUPLICATE", "缺陷状态:重复(DUPLICATE)", "anomaly", DEV,
                  "DUPLICATE|duplicate|重复"),
}
STAGE = {"intake": "awareness", "triage": "consideration", "handling": "service", "anomaly": "service",
         "resolution": "service", "closure": "loyalty"}
JOURNEYS = [
    ("ticket_handling", "Ticket handling", "工单处理主流程", 60,
     ["Assign seriousness", "Take in charge ticket", "Resolve ticket", "Closed"]),
    ("on_hold", "On-hold tickets", "挂起工单处理", 60,
     ["Take in charge ticket", "Wait", "Resolve ticket", "Closed"]),
]
# raw column -> (our column, label prefix)
ATTRS = {
    "customer": ("client", "Client"), "product": ("product", "Product"), "seriousness": ("seriousness", "Level"),
    "seriousness_2": ("seriousness_2", "Level"), "service_level": ("service_level", "Level"),
    "service_type": ("service_type", "Type"), "responsible_section": ("responsible_section", "Section"),
    "support_section": ("support_section", "Section"), "workgroup": ("workgroup", "Workgroup"),
}
EVENT_ATTRS = ["customer", "product", "seriousness_2", "service_level", "service_type", "workgroup"]
HEADER = ["Case ID", "Activity", "Resource", "Complete Timestamp", "Variant", "Variant index", "Variant",
          "seriousness", "customer", "product", "responsible_section", "seriousness_2", "service_level",
          "service_type", "support_section", "workgroup"]


def _mirror_show(repo: str, commit: str, path: str) -> bytes | None:
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / repo.replace("/", "+") / "repo"
    if not mirror.exists():
        return None
    res = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{commit}:{path}"], capture_output=True)
    return res.stdout if res.returncode == 0 else None


def raw_csv(cli: str | None) -> bytes:
    """finale.csv (from the first place that has it), checked against its MD5."""
    for cand in [cli, os.environ.get("HELPDESK_RAW"), f"/work/raw/helpdesk/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).is_dir():
            cand = str(Path(cand) / FILE)
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        blob = _mirror_show(REPO, COMMIT, PATH)
        if blob is None:
            sys.exit(f"raw file {FILE} not found: pass --raw, set $HELPDESK_RAW, put it in /work/raw/helpdesk/, or "
                     f"fetch github:{REPO} into /work/.mirror (commit {COMMIT}, path {PATH})")
    digest = hashlib.md5(blob).hexdigest()
    if digest != CSV_MD5:
        sys.exit(f"{FILE} has MD5 {digest}, expected {CSV_MD5}: not the pinned copy of the Helpdesk log")
    return blob


def raw_xes(cli: str | None) -> bytes | None:
    """The independent XES copy, if any is at hand (used only to cross-check)."""
    blob = None
    for cand in [cli, "/work/raw/helpdesk/Helpdesk.xes.gz", str(HERE / "raw" / "Helpdesk.xes.gz")]:
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        blob = _mirror_show(XES_REPO, XES_COMMIT, XES_PATH)
    if blob is None:
        return None
    data = gzip.decompress(blob) if blob[:2] == b"\x1f\x8b" else blob
    if hashlib.md5(data).hexdigest() != XES_MD5:
        sys.exit("the Helpdesk XES found has another MD5 than the pinned copy")
    return data


def xes_events(data: bytes) -> list[tuple[str, str, str, str]]:
    out = []
    for tr in ET.parse(io.BytesIO(data)).getroot().iter("trace"):
        case = next(a.get("value") for a in tr if a.get("key") == "concept:name")
        case = re.sub(r"^Case(\d+)$", r"Case \1", case)
        for ev in tr.findall("event"):
            d = {a.get("key"): a.get("value") for a in ev}
            out.append((case, d["concept:name"], d["org:resource"], d["time:timestamp"][:19].replace("T", " ")))
    return out


def local(stamp: str) -> str:
    """'2012/10/09 14:50:17.000' -> '2012-10-09 14:50:17'."""
    m = re.fullmatch(r"(\d{4})/(\d\d)/(\d\d) (\d\d:\d\d:\d\d)\.000", stamp)
    if not m:
        sys.exit(f"unexpected timestamp {stamp!r}")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)} {m.group(4)}"


def label(raw_col: str, value: str) -> str:
    m = re.fullmatch(r"Value (\d+)", value)
    if not m:
        sys.exit(f"unexpected {raw_col} value {value!r}")
    return f"{ATTRS[raw_col][1]} {m.group(1)}"


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to finale.csv (or its folder)")
    ap.add_argument("--xes", help="path to Helpdesk.xes.gz, for the cross-check (optional)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)

    reader = csv.reader(io.StringIO(raw_csv(args.raw).decode("utf-8")))
    header = next(reader)
    if header != HEADER:
        sys.exit(f"unexpected header {header}")
    rows = [dict(zip(["case", "activity", "resource", "ts", "variant", "variant_index", "variant2"] + HEADER[7:], r))
            for r in reader]
    if len(rows) != N_EVENTS:
        sys.exit(f"expected {N_EVENTS} events, got {len(rows)}")
    if any(r["variant"] != r["variant2"] for r in rows):
        sys.exit("the two Variant columns differ")

    xes = raw_xes(args.xes)
    if xes is not None:
        ours = sorted((r["case"], r["activity"], r["resource"], local(r["ts"])) for r in rows)
        if ours != sorted(xes_events(xes)):
            sys.exit("finale.csv and the XES copy of the log disagree")
        print("cross-checked against the XES copy: identical events", file=sys.stderr)

    cases: dict[str, list[dict]] = {}
    for r in rows:
        cases.setdefault(r["case"], []).append(r)
    if len(cases) != N_CASES:
        sys.exit(f"expected {N_CASES} cases, got {len(cases)}")

    customers: list[list[object]] = []
    events: list[list[object]] = []
    for case, evs in cases.items():
        stamps = [local(e["ts"]) for e in evs]
        if stamps != sorted(stamps):
            sys.exit(f"case {case}: events not in time order")
        first = evs[0]
        if len({e["variant"] for e in evs}) != 1:
            sys.exit(f"case {case}: several variants")
        customers.append([case, stamps[0]] + [label(k, first[k]) for k in ATTRS]
                         + [first["variant"], first["variant_index"]])
        for i, e in enumerate(evs, start=1):
            events.append([f"{case}-{i:03d}", case, stamps[i - 1], TOUCHPOINTS[e["activity"]][0], "complete",
                           e["activity"], "Resource " + e["resource"].removeprefix("Value ")]
                          + [label(k, e[k]) for k in EVENT_ATTRS])
    events.sort(key=lambda r: (r[2], r[0]))
    customers.sort(key=lambda r: (r[1], r[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "kind", "owner", "aliases", "activity", "phase"],
          [[t[0], t[1], t[2], t[1], STAGE[t[3]], "digital", t[4], t[5], act, t[3]]
           for act, t in TOUCHPOINTS.items()])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, i + 1, TOUCHPOINTS[act][0], win]
           for jid, en, zh, win, steps in JOURNEYS for i, act in enumerate(steps)])
    write(out / "customers.csv",
          ["customer_id", "signup_at"] + [ATTRS[k][0] for k in ATTRS] + ["variant", "variant_index"], customers)
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "activity", "resource"]
          + [ATTRS[k][0] for k in EVENT_ATTRS], events)
    print(f"wrote {out}: {len(customers)} customers (tickets), {len(events)} events, {len(TOUCHPOINTS)} touchpoints, "
          f"{len(JOURNEYS)} journeys", file=sys.stderr)


if __name__ == "__main__":
    main()
