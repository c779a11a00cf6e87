"""Convert a real ServiceNow incident-management event log (an IT company's service desk, 2016) into a DATA.md folder.

    python generate.py OUTDIR [--raw DIR]

Source (see README.md): the "Incident management process enriched event log" (Amaral, Fantinato & Peres, University
of Sao Paulo; extracted from the audit system of a ServiceNow instance used by an IT company, anonymised), in the
copy that Kaggle user vipulshinde republished as `incident_event_log.csv` and IBM committed zipped to GitHub
`IBM/processmining` @ b82d2d994c239250a6c970a56585046c17b47461 : `Datasets/ServiceNowKaggle/ServiceNow-Kaggle.zip`.
That copy is cut after 119,998 audit rows (incidents INC0000045 .. INC0029233, opened 2016-02-29 .. 2016-05-13;
their updates run to 2017-02-15).

We read, in this order: `--raw DIR` (holding `incident_event_log.csv` or `ServiceNow-Kaggle.zip`), `$SERVICENOW_RAW`,
`/work/raw/real_servicenow/`, `raw/` beside this file, or the local git mirror of the repository at the pinned commit
(`$HELDOUT_MIRRORS`, default /work/.mirror; get it with the search tool's `fetch github:IBM/processmining`). The CSV
is checked by MD5 (and the zip too when a zip is read): another copy is refused. The raw data is NOT committed here.
Deterministic, nothing random, nothing sampled; about 5-10 s.

Conversion (faithful; one incident = one ticket = one session; the customer is the caller who reported it):
- dropped: the last incident INC0029233 (the copy is cut after its first audit row), and the incidents whose caller
  is unknown ('?' on their last audit row): events need a customer_id;
- events: (a) one `tp_opened` event per incident at its `opened_at` (the record's own opening time); (b) one event
  each time the incident ENTERS a state in its audit trail: the audit rows are ordered by sys_mod_count (then
  sys_updated_at) and a row whose incident_state differs from the previous row's (or is the first row) becomes an
  event at its sys_updated_at on that state's touchpoint. Later audit rows that only update an incident without
  changing its state are not events (45,777 such rows). Re-entries (Resolved -> Active reopenings, Awaiting User
  Info twice) are kept. event_id = incident + '-' + the audit row's position (1-based) or '-open'; session_id = the
  incident number; action = 'open' / 'status_change'; channel = contact_type lower-cased (phone / email).
- per event, as logged on that audit row: incident_state, assignment_group, assigned_to, reassignment_count,
  reopen_count (the opened event carries the first audit row's group / assignee and 0 / 0). Per incident (its
  values on its LAST audit row, repeated on every event of the incident): priority (raw '3 - Moderate') with the
  twins priority_zh ('3-中') and priority_en ('moderate'), impact, category, subcategory, location, made_sla (the
  final SLA flag, true/false) with the twins sla_status_zh ('达标' / '超时未达标') and sla_status_en ('met' /
  'breached'), knowledge, closed_code, opened_at, resolved_at, closed_at. '?' (the source's null) becomes empty.
- touchpoints: tp_opened and one per incident_state (New, Active, Awaiting User Info / Problem / Vendor / Evidence,
  Resolved, Closed, and the 2 audit rows whose state is '-100').
- journeys: ticket_lifecycle (opened -> Active -> Resolved -> Closed, 30 days) and waiting_on_user
  (opened -> Awaiting User Info -> Resolved, 30 days).
- customers: one per caller: customer_id (raw 'Caller 2403'); no signup date or attributes exist in the source.
No orders, no feedback (the log has no comments, surveys or ratings), no experiments.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "real_servicenow"
REPO = "IBM/processmining"
COMMIT = "b82d2d994c239250a6c970a56585046c17b47461"
PATH = "Datasets/ServiceNowKaggle/ServiceNow-Kaggle.zip"
ZIP_MD5 = "64b50fd36a3390c85c541215e6f5a1ed"  # ServiceNow-Kaggle.zip, 2,178,315 bytes
INNER_ZIP = "ServiceNow-Kaggle.csv.zip"
CSV = "incident_event_log.csv"
CSV_MD5 = "d01abeeddd718c412959eb0563ced4fb"  # 39,147,503 bytes, 119,998 rows + header
CUT_INCIDENT = "INC0029233"

# incident_state -> (touchpoint_id, name_en, name_zh, phase, owner, aliases)
STATES = {
    "New": ("tp_new", "New (logged, waiting in the queue)", "新建(待处理)", "intake", "service desk",
            "New|new ticket|queued|unassigned|新建|待处理|新工单|排队中"),
    "Active": ("tp_active", "Active (being worked on)", "处理中", "in_progress", "resolver groups",
               "Active|in progress|work in progress|being worked|处理中|已受理|进行中|在处理"),
    "Awaiting User Info": ("tp_awaiting_user", "Awaiting user info", "等待用户信息", "waiting", "resolver groups",
                           "Awaiting User Info|waiting for user|pending user|awaiting caller|等用户|等待用户|"
                           "等待用户回复|待用户补充信息"),
    "Awaiting Problem": ("tp_awaiting_problem", "Awaiting problem (linked problem record)", "等待问题单处理",
                         "waiting", "problem management",
                         "Awaiting Problem|pending problem|waiting on problem|等待问题|等待问题单|挂起待问题解决"),
    "Awaiting Vendor": ("tp_awaiting_vendor", "Awaiting vendor", "等待供应商", "waiting", "vendor management",
                        "Awaiting Vendor|waiting for vendor|pending vendor|third party|等供应商|等待厂商|等待第三方"),
    "Awaiting Evidence": ("tp_awaiting_evidence", "Awaiting evidence", "等待证据材料", "waiting", "resolver groups",
                          "Awaiting Evidence|pending evidence|waiting for evidence|等待证据|等待取证|待补充证据"),
    "Resolved": ("tp_resolved", "Resolved", "已解决", "resolution", "resolver groups",
                 "Resolved|resolution|fixed|solved|已解决|解决|修复|处理完成"),
    "Closed": ("tp_closed", "Closed", "已关闭", "closure", "service desk",
               "Closed|close|ticket closed|已关闭|关闭|结单|关单"),
    "-100": ("tp_state_unknown", "Unknown state (-100)", "未知状态(-100)", "unknown", "",
             "-100|unknown state|状态未知"),
}
OPENED = ("tp_opened", "Ticket opened (reported to the service desk)", "工单创建(报障)", "intake", "service desk",
          "opened|ticket opened|reported|raised|logged|incident created|report|报障|报修|提单|开单|创建工单|工单创建")
STAGE = {"intake": "awareness", "in_progress": "service", "waiting": "service", "resolution": "service",
         "closure": "service", "unknown": "service"}
JOURNEYS = [
    ("ticket_lifecycle", "Ticket lifecycle", "工单处理全流程", 30, ["tp_opened", "tp_active", "tp_resolved", "tp_closed"]),
    ("waiting_on_user", "Waiting on the user", "等待用户信息流程", 30, ["tp_opened", "tp_awaiting_user", "tp_resolved"]),
]
PRIO_ZH = {"1 - Critical": "1-紧急", "2 - High": "2-高", "3 - Moderate": "3-中", "4 - Low": "4-低"}
PRIO_EN = {"1 - Critical": "critical", "2 - High": "high", "3 - Moderate": "moderate", "4 - Low": "low"}


def raw_csv(cli: str | None) -> bytes:
    """incident_event_log.csv from the first place that has it (a CSV or the repository's zip), MD5-checked."""
    blob = None
    for d in [cli, os.environ.get("SERVICENOW_RAW"), f"/work/raw/{NAME}", str(HERE / "raw")]:
        if not d:
            continue
        p = Path(d)
        if p.is_file():
            blob = p.read_bytes()
            break
        for f in (CSV, "ServiceNow-Kaggle.zip"):
            if (p / f).exists():
                blob = (p / f).read_bytes()
                break
        if blob is not None:
            break
    if blob is None:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {CSV} not found: pass --raw DIR, set $SERVICENOW_RAW, put it in /work/raw/{NAME}/, "
                     f"or fetch github:{REPO} into {mirror} (commit {COMMIT}, path {PATH})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    if blob[:2] == b"PK":
        if hashlib.md5(blob).hexdigest() != ZIP_MD5:
            sys.exit(f"the zip has MD5 {hashlib.md5(blob).hexdigest()}, expected {ZIP_MD5}: not the pinned copy")
        inner = zipfile.ZipFile(io.BytesIO(blob)).read(INNER_ZIP)
        blob = zipfile.ZipFile(io.BytesIO(inner)).read(CSV)
    digest = hashlib.md5(blob).hexdigest()
    if digest != CSV_MD5:
        sys.exit(f"{CSV} has MD5 {digest}, expected {CSV_MD5}: not the pinned copy of the incident log")
    return blob


def ts(v: str) -> str:
    """'29/2/2016 01:16' -> '2016-02-29T01:16:00'; '?' -> ''."""
    if v == "?" or v == "":
        return ""
    return datetime.strptime(v, "%d/%m/%Y %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def nz(v: str) -> str:
    return "" if v == "?" else v


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help=f"directory holding {CSV} or ServiceNow-Kaggle.zip (or the file itself)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(io.StringIO(raw_csv(args.raw).decode("utf-8"))))
    if len(rows) != 119998:
        sys.exit(f"expected 119,998 audit rows, got {len(rows)}")

    by_inc: dict[str, list[dict]] = {}
    for r in rows:
        by_inc.setdefault(r["number"], []).append(r)
    del by_inc[CUT_INCIDENT]
    n_unknown = 0
    events: list[list[object]] = []
    callers: set[str] = set()
    for inc, audit in by_inc.items():
        audit.sort(key=lambda r: (int(r["sys_mod_count"]), ts(r["sys_updated_at"])))
        last = audit[-1]
        if last["caller_id"] == "?":
            n_unknown += 1
            continue
        caller = last["caller_id"]
        callers.add(caller)
        sla = last["made_sla"]
        ticket = [
            last["priority"], PRIO_ZH[last["priority"]], PRIO_EN[last["priority"]], last["impact"],
            nz(last["category"]), nz(last["subcategory"]), nz(last["location"]),
            sla, "达标" if sla == "true" else "超时未达标", "met" if sla == "true" else "breached",
            last["knowledge"], nz(last["closed_code"]),
            ts(last["opened_at"]), ts(last["resolved_at"]), ts(last["closed_at"]),
        ]
        channel = last["contact_type"].lower().replace(" ", "_")
        first = audit[0]
        events.append([f"{inc}-open", caller, ts(last["opened_at"]), OPENED[0], "open", inc, channel,
                       "opened", nz(first["assignment_group"]), nz(first["assigned_to"]), "0", "0"] + ticket)
        prev = None
        for i, r in enumerate(audit):
            st = r["incident_state"]
            if st == prev:
                continue
            prev = st
            events.append([f"{inc}-{i + 1:03d}", caller, ts(r["sys_updated_at"]), STATES[st][0], "status_change",
                           inc, channel, st, nz(r["assignment_group"]), nz(r["assigned_to"]),
                           r["reassignment_count"], r["reopen_count"]] + ticket)
    events.sort(key=lambda e: (e[2], e[0]))

    tps = [OPENED] + list(STATES.values())
    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "owner", "aliases", "incident_state", "phase"],
          [[t[0], t[1], t[2], t[1], STAGE[t[3]], t[4], t[5], st, t[3]]
           for st, t in [("(opened_at)", OPENED)] + list(STATES.items())])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, i + 1, tp, win] for jid, en, zh, win, steps in JOURNEYS for i, tp in enumerate(steps)])
    write(out / "customers.csv", ["customer_id"], [[c] for c in sorted(callers, key=lambda c: int(c.split()[-1]))])
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "session_id", "channel",
           "incident_state", "assignment_group", "assigned_to", "reassignment_count", "reopen_count",
           "priority", "priority_zh", "priority_en", "impact", "category", "subcategory", "location",
           "made_sla", "sla_status_zh", "sla_status_en", "knowledge", "closed_code",
           "opened_at", "resolved_at", "closed_at"], events)
    print(f"wrote {out}: {len(by_inc) - n_unknown} incidents ({n_unknown} with unknown caller dropped, "
          f"{CUT_INCIDENT} dropped as cut), {len(callers)} callers, {len(events)} events, {len(tps)} touchpoints")


if __name__ == "__main__":
    main()
