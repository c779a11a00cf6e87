"""Convert the real BPI Challenge 2013 incident log (Volvo IT Belgium, VINST service desk) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/bpi_challenge_2013_incidents.xes.gz]

Source (see README.md): Ward Steeman (Volvo IT Belgium), "BPI Challenge 2013, incidents", 4TU.ResearchData,
doi:10.4121/500573e6-accc-4b0c-9576-aa5468b10cee: 7,554 IT incidents (service requests) and their 65,533 status
changes as the VINST incident-management system logged them (real-life, anonymised). The XES log is read from, in
this order: `--raw PATH`, `$BPI2013_RAW`, `/work/raw/bpi2013_incidents/`, `raw/` beside this file, or the local
git mirror of the public repository that holds it at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror).
The decompressed XES is checked by MD5, and the converted events against the per-status counts the log's own
header states, so a different or damaged copy is refused. The raw data is NOT committed here. Every incident and
every event is kept (no sample, no cleaning); ~3 s.

Conversion (faithful; one incident = one "customer" case — the log has no end-user identifier beyond the
incident's SR number):
- touchpoints: one per status / sub-status pair of the log (13, e.g. Accepted / In Progress, Queued / Awaiting
  Assignment, Accepted / Wait - User, Completed / In Call, Completed / Resolved, Completed / Closed), English and
  Chinese names, raw names and synonyms in `aliases`, extra columns `status` and `sub_status` (raw). Stage
  `service` for all (the whole log is after-sales IT support); channel `phone` only for Completed / In Call (the
  incident was solved while the caller was on the line), else empty.
- events: one row per XES event. customer_id = the incident's SR number (concept:name of the trace), ts =
  time:timestamp as Volvo IT's local wall-clock time (the offset, +02:00 CEST or +01:00 CET, is dropped: naive =
  local), touchpoint_id = status / sub-status, action = the status in lower case (accepted / queued / completed /
  unmatched), event_id = SR number + '-' + the event's 1-based position in its trace (zero-padded to 3).
  Extra columns (raw unless said): status (concept:name), sub_status (lifecycle:transition), support_team
  (org:group, the involved support team, e.g. G97, "V5 3rd"), support_line (DERIVED from the team name: '2nd' or
  '3rd' when the name carries that marker, '2nd/3rd' for the one team named with both, else '1st'), agent
  (org:resource, the owner's first name as published; 'Siebel' is the CRM system account), agent_country (resource
  country, letter case normalised: POLAND -> Poland, INDIA -> India, RUSSIAN FEDERATION -> Russian Federation;
  '0' = unknown -> empty), org_line (organization involved, e.g. "Org line C"), function_div (org:role, the
  support team's function division, e.g. V3_2; empty where the log has none), impact, product.
- customers: one per incident. customer_id = SR number; signup_at = the incident's first logged event (DERIVED:
  when it was opened in VINST as far as the log shows); region = the country name of the log's `organization
  country` code (constant per incident; DERIVED by a fixed ISO-3166 table; '0' = unknown -> empty); extra
  columns organization_country (the raw code, lower-cased: 'SE' and 'se' are one), impact (Low / Medium / High /
  Major, constant per incident), product (e.g. PROD424, constant per incident) and DERIVED: outcome (from the last
  event: closed = Completed/Closed, solved_in_call = Completed/In Call, resolved = Completed/Resolved not yet
  closed, cancelled = Completed/Cancelled, open = anything else), handling_days (days from the first to the last
  event, 3 decimals), status_changes (events of the incident), support_teams (distinct support teams involved),
  highest_line (3rd if any event is at a team marked 3rd (incl. '2nd 3rd'), else 2nd if any marked 2nd, else 1st).
- journeys: incident_resolution 事件处理流程 / Incident resolution: In Progress -> Resolved -> Closed, and
  queued_incident 排队工单处理 / Queued incident handling: Awaiting Assignment -> In Progress -> Resolved -> Closed;
  window 60 days for both (97 % of the incidents have their last event within 60 days of their first).
Dropped: only the XES header statistics (meta_* attributes, global defaults, classifiers), which are summaries,
not data. No orders (nothing is sold), no feedback (no comments, no satisfaction scores), no experiments.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "ERamaM/PredictiveMonitoringDatasets"
COMMIT = "0190735ef440cb444111fee45d469feb31a5d1bc"
PATH = "raw_datasets/bpi_challenge_2013_incidents.xes.gz"
FILE = "bpi_challenge_2013_incidents.xes.gz"
XES_MD5 = "0c40c3137772055bb53c9f18e6c35497"  # the decompressed XES, 42,320,621 bytes
WINDOW_DAYS = 60

# the log header's own count of events per "status+sub-status" (meta_concept... classifier block)
HEADER_COUNTS = {
    ("Accepted", "In Progress"): 30239, ("Queued", "Awaiting Assignment"): 11544, ("Completed", "Resolved"): 6115,
    ("Completed", "Closed"): 5716, ("Accepted", "Wait - User"): 4217, ("Accepted", "Assigned"): 3221,
    ("Completed", "In Call"): 2035, ("Accepted", "Wait"): 1533, ("Accepted", "Wait - Implementation"): 493,
    ("Accepted", "Wait - Vendor"): 313, ("Accepted", "Wait - Customer"): 101, ("Unmatched", "Unmatched"): 5,
    ("Completed", "Cancelled"): 1,
}
N_TRACES = 7554

# (status, sub_status) -> (touchpoint_id, name_en, name_zh, channel, aliases)
TOUCHPOINTS = {
    ("Queued", "Awaiting Assignment"): (
        "tp_queued", "Queued - awaiting assignment", "排队待分派", "",
        "Queued|Awaiting Assignment|queue|queued|in the queue|waiting for assignment|unassigned|backlog|"
        "dispatch|排队|待分派|待分配|队列|未分派"),
    ("Accepted", "Assigned"): (
        "tp_assigned", "Assigned to an agent", "已分派", "",
        "Assigned|assignment|assigned to|picked up|已分派|已分配|指派"),
    ("Accepted", "In Progress"): (
        "tp_in_progress", "In progress", "处理中", "",
        "In Progress|Accepted|work started|being worked on|handling|处理中|受理|正在处理|已受理"),
    ("Accepted", "Wait"): (
        "tp_wait", "On hold (wait)", "挂起等待", "",
        "Wait|on hold|pending|paused|挂起|暂停|等待"),
    ("Accepted", "Wait - User"): (
        "tp_wait_user", "Waiting for the user", "等待用户回复", "",
        "Wait - User|wait user|waiting for user|pending user|user response|awaiting user|等用户|等待用户|待用户确认"),
    ("Accepted", "Wait - Customer"): (
        "tp_wait_customer", "Waiting for the customer", "等待客户", "",
        "Wait - Customer|wait customer|waiting for customer|pending customer|等待客户|等客户"),
    ("Accepted", "Wait - Vendor"): (
        "tp_wait_vendor", "Waiting for the vendor", "等待供应商", "",
        "Wait - Vendor|wait vendor|waiting for vendor|supplier|third party|等待供应商|等厂商|第三方"),
    ("Accepted", "Wait - Implementation"): (
        "tp_wait_implementation", "Waiting for implementation", "等待实施", "",
        "Wait - Implementation|wait implementation|waiting for a change|waiting for fix deployment|等待实施|等待上线|等变更"),
    ("Completed", "In Call"): (
        "tp_in_call", "Solved in the call", "通话中解决", "phone",
        "In Call|solved on the phone|first call resolution|fixed during the call|FCR|电话中解决|一次解决|通话解决"),
    ("Completed", "Resolved"): (
        "tp_resolved", "Resolved", "已解决", "",
        "Resolved|resolution|fixed|solved|解决|已解决|修复"),
    ("Completed", "Closed"): (
        "tp_closed", "Closed", "已关闭", "",
        "Closed|closure|close|ticket closed|关闭|已关闭|结单|关单"),
    ("Completed", "Cancelled"): (
        "tp_cancelled", "Cancelled", "已取消", "",
        "Cancelled|canceled|withdrawn|取消|撤销"),
    ("Unmatched", "Unmatched"): (
        "tp_unmatched", "Unmatched", "未匹配状态", "",
        "Unmatched|unknown status|未匹配|未知状态"),
}

JOURNEYS = [
    ("incident_resolution", "事件处理流程", "Incident resolution",
     ["tp_in_progress", "tp_resolved", "tp_closed"]),
    ("queued_incident", "排队工单处理", "Queued incident handling",
     ["tp_queued", "tp_in_progress", "tp_resolved", "tp_closed"]),
]

COUNTRY = {  # ISO 3166-1 alpha-2 (as in the log, lower-cased) -> English name
    "se": "Sweden", "pl": "Poland", "us": "United States", "in": "India", "be": "Belgium", "br": "Brazil",
    "fr": "France", "cn": "China", "ca": "Canada", "kr": "South Korea", "nl": "Netherlands", "ru": "Russia",
    "my": "Malaysia", "au": "Australia", "gb": "United Kingdom", "jp": "Japan", "th": "Thailand", "cl": "Chile",
    "de": "Germany", "pe": "Peru", "tr": "Turkey",
}
AGENT_COUNTRY = {"POLAND": "Poland", "INDIA": "India", "RUSSIAN FEDERATION": "Russian Federation",
                 "THAILAND": "Thailand", "MALAYSIA": "Malaysia", "PERU": "Peru", "INDONESIA": "Indonesia", "0": ""}


def find_raw(arg: str | None) -> bytes:
    """The compressed XES: --raw, $BPI2013_RAW, /work/raw/bpi2013_incidents/, raw/ here, else the pinned mirror."""
    for cand in [arg, os.environ.get("BPI2013_RAW"), f"/work/raw/bpi2013_incidents/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).is_file():
            return Path(cand).read_bytes()
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    gitdir = mirror / ".git" if (mirror / ".git").is_dir() else mirror
    if gitdir.is_dir():
        out = subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{COMMIT}:{PATH}"], capture_output=True)
        if out.returncode == 0:
            return out.stdout
    sys.exit(f"raw file {FILE} not found: pass --raw PATH, set $BPI2013_RAW, put it in /work/raw/bpi2013_incidents/ "
             f"or {HERE / 'raw'}/, or fetch github:{REPO} (commit {COMMIT}, path {PATH})")


def parse(xes: bytes) -> list[tuple[str, list[dict]]]:
    """Traces in file order: (SR number, [event attribute dicts in trace order])."""
    traces: list[tuple[str, list[dict]]] = []
    case: str | None = None
    events: list[dict] = []
    ev: dict | None = None
    depth_trace = False
    for kind, el in ET.iterparse(io.BytesIO(xes), events=("start", "end")):
        tag = el.tag
        if kind == "start":
            if tag == "trace":
                case, events, depth_trace = None, [], True
            elif tag == "event":
                ev = {}
            continue
        if tag == "event":
            events.append(ev)
            ev = None
            el.clear()
        elif tag == "trace":
            if case is None:
                sys.exit("a trace without an SR number (concept:name)")
            traces.append((case, events))
            depth_trace = False
            el.clear()
        elif ev is not None:
            ev[el.get("key")] = el.get("value")
        elif depth_trace and tag == "string" and el.get("key") == "concept:name":
            case = el.get("value")
    return traces


def local(ts: str) -> datetime:
    """'2012-05-03T09:15:02.000+02:00' -> naive local wall-clock time (milliseconds are always .000)."""
    return datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")


def line_of(team: str) -> str:
    has2, has3 = "2nd" in team, "3rd" in team
    return "2nd/3rd" if has2 and has3 else "3rd" if has3 else "2nd" if has2 else "1st"


def write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help=f"path to {FILE}")
    args = ap.parse_args()
    xes = gzip.decompress(find_raw(args.raw))
    if hashlib.md5(xes).hexdigest() != XES_MD5:
        sys.exit(f"{FILE}: unexpected content (MD5 of the XES is not {XES_MD5}); this converter is for that copy")
    traces = parse(xes)
    counts = Counter((e["concept:name"], e["lifecycle:transition"]) for _, evs in traces for e in evs)
    if len(traces) != N_TRACES or counts != Counter(HEADER_COUNTS):
        sys.exit(f"converted log does not match the header: {len(traces)} traces, {dict(counts)}")

    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "aliases", "status", "sub_status"],
          [[tp, en, zh, en, "service", ch, al, st, sub] for (st, sub), (tp, en, zh, ch, al) in TOUCHPOINTS.items()])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, i, tp, WINDOW_DAYS] for jid, zh, en, steps in JOURNEYS for i, tp in enumerate(steps, 1)])

    ev_rows, cu_rows = [], []
    for case, evs in traces:
        times = [local(e["time:timestamp"]) for e in evs]
        if times != sorted(times):
            sys.exit(f"{case}: events out of time order")
        for pos, (e, t) in enumerate(zip(evs, times), 1):
            st, sub = e["concept:name"], e["lifecycle:transition"]
            team = e.get("org:group", "")
            ev_rows.append([
                f"{case}-{pos:03d}", case, t.isoformat(sep=" "), TOUCHPOINTS[(st, sub)][0], st.lower(),
                st, sub, team, line_of(team), e.get("org:resource", ""),
                AGENT_COUNTRY.get(e.get("resource country", ""), e.get("resource country", "")),
                e.get("organization involved", ""), e.get("org:role", ""), e.get("impact", ""), e.get("product", "")])
        first = evs[0]
        for key in ("impact", "product", "organization country"):
            if len({e.get(key) for e in evs}) != 1:
                sys.exit(f"{case}: {key} is not constant within the incident")
        code = first.get("organization country", "").lower()
        code = "" if code == "0" else code
        last = (evs[-1]["concept:name"], evs[-1]["lifecycle:transition"])
        outcome = {("Completed", "Closed"): "closed", ("Completed", "In Call"): "solved_in_call",
                   ("Completed", "Resolved"): "resolved", ("Completed", "Cancelled"): "cancelled"}.get(last, "open")
        teams = {e.get("org:group", "") for e in evs}
        lines = {line_of(t) for t in teams}
        highest = "3rd" if lines & {"3rd", "2nd/3rd"} else "2nd" if "2nd" in lines else "1st"
        cu_rows.append([case, times[0].isoformat(sep=" "), COUNTRY[code] if code else "", code, first["impact"],
                        first["product"], outcome, f"{(times[-1] - times[0]).total_seconds() / 86400:.3f}", len(evs),
                        len(teams), highest])
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "status", "sub_status", "support_team",
           "support_line", "agent", "agent_country", "org_line", "function_div", "impact", "product"], ev_rows)
    write(out / "customers.csv",
          ["customer_id", "signup_at", "region", "organization_country", "impact", "product", "outcome",
           "handling_days", "status_changes", "support_teams", "highest_line"], cu_rows)
    print(f"wrote {out}: {len(TOUCHPOINTS)} touchpoints, {len(cu_rows)} incidents, {len(ev_rows)} events, "
          f"{len(JOURNEYS)} journeys")


if __name__ == "__main__":
    main()
