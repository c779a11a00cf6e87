"""Convert a random sample of the real BPI Challenge 2020 travel-permit log (TU/e staff travel) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/PermitLog.xes.gz]

Source (see README.md): Boudewijn van Dongen, "BPI Challenge 2020", 4TU.ResearchData,
doi:10.4121/uuid:52fb97d4-4588-43c9-9d04-3604d4613b51 -- the travel-expense process of Eindhoven University of
Technology (2017: two departments, 2018: the whole university). The *permit log* follows each travel permit (one
staff trip) from the permit request through its approvals, the trip itself, the travel declarations and prepaid
travel-cost requests filed on it, to the payments. The copy used is the "cleaned" Disco re-export committed in the
public repository bptlab/bpi-challenge-2020 (6,426 permits, 81,092 events). It is read from, in this order:
`--raw PATH`, `$BPI2020_RAW`, `/work/raw/real_bpi2020_travel/`, `raw/` beside this file, or the local git mirror
of that repository at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). The decompressed XES is
checked by MD5 and its trace / event counts, so a different copy is refused. The raw data is NOT committed here.

Sample: 4,000 of the 6,426 permits, drawn without replacement by numpy.random.default_rng(2020) from the permit
ids in sorted order; every event of a drawn permit is kept, nothing of the others (~50k events, ~3 s).

Conversion (faithful; one travel permit = one "customer" case -- the log has no employee identifier, only the
anonymous resource "STAFF MEMBER"):
- touchpoints (32): one per kind of step. The three kinds of paperwork -- travel permit (Permit ...), travel
  declaration (Declaration ...) and prepaid travel-cost request (Request For Payment ...) -- each have: saved,
  submitted, approved by pre-approver / administration / budget owner / supervisor (not final), final approval
  (FINAL_APPROVED by SUPERVISOR or by DIRECTOR: one touchpoint, the role is in events.role), rejected by an
  approver (REJECTED by ADMINISTRATION / PRE_APPROVER / BUDGET OWNER / SUPERVISOR / DIRECTOR / MISSING: one
  touchpoint, role in events.role) and REJECTED by EMPLOYEE (the employee takes the rejected form back). Plus
  Start trip, End trip, Request Payment, Payment Handled and Send Reminder. English and Chinese names, raw
  activity names in aliases; stage consideration (permit), purchase (the trip), service (declarations, prepaid
  requests, payments, reminders); owner = the role that acts.
- events: one row per XES event. customer_id = the permit id ("travel permit 72588"), ts = time:timestamp as
  local Dutch wall-clock time (the +01:00 / +02:00 offset is dropped; Start / End trip carry a date only and are
  at 00:00:00), touchpoint_id as above, event_id = the log's own event id (unique), action (saved, submitted,
  approved, final_approved, rejected, withdrawn, trip_start, trip_end, payment_requested, paid, reminder).
  Extra columns: activity (raw concept:name), role (org:role: EMPLOYEE, ADMINISTRATION, BUDGET OWNER,
  SUPERVISOR, PRE_APPROVER, DIRECTOR, MISSING, UNDEFINED for system steps), resource (org:resource: STAFF
  MEMBER or SYSTEM), document (permit / declaration / prepaid_request / trip / payment / reminder).
- customers: one per permit. customer_id = permit id; signup_at = DERIVED: the permit's first Permit SUBMITTED
  event (else its first event, 10 permits of the full log have no submission); extra columns (raw case
  attributes, constant per permit): org_unit (OrganizationalEntity, "organizational unit 65458"), project
  (ProjectNumber; UNKNOWN -> empty), task (TaskNumber; UNKNOWN -> empty), budget_number, requested_budget
  (RequestedBudget, euro, 2 decimals), total_declared (TotalDeclared, euro, 2 decimals), overspent
  (Overspent: true / false), overspent_amount (OverspentAmount, 2 decimals); DERIVED: trip_start, trip_end
  (dates of the Start / End trip events), trip_days (End minus Start, in days), declarations (number of travel
  declarations linked to the permit, from the dec_id_i attributes), prepaid_requests (number of prepaid
  travel-cost requests, from the Rfp_id_i attributes), payments (Payment Handled events), rejections
  (rejections by an approver, any document), paid (true when the permit has at least one Payment Handled).
- journeys: travel_reimbursement 出差报销全流程 (permit submitted -> permit final approval -> declaration
  submitted -> declaration final approval -> payment handled, 180 days), declaration_payment 报销单审批付款
  (declaration submitted -> approved by administration -> final approval -> payment requested -> payment
  handled, 90 days), permit_approval 出差申请审批 (permit submitted -> approved by administration -> final
  approval, 30 days).
Dropped: the per-document attribute lists of the permit (Activity_i, Cost_Type_i, OrganizationalEntity_i,
Project_i, Task_i, RfpNumber_i, RequestedAmount_i, DeclarationNumber_i: their meaning per index is not
documented in the release; only their counts are kept), ActivityNumber, travel_permit_number, Disco's variant
attributes and lifecycle:transition (always complete). No orders (the log gives no amount per payment), no
feedback, no experiments.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from html import unescape
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = "bptlab/bpi-challenge-2020"
COMMIT = "1500a21e9055a1d3b275b5ba377c2ad174653bca"
PATH = "data/cleaned_logs/PermitLog.xes.gz"
FILE = "PermitLog.xes.gz"
XES_MD5 = "22c064c3b1be42071f318e282d739a2d"  # the decompressed XES, 124,223,174 bytes
N_TRACES, N_EVENTS = 6426, 81092
N_SAMPLE, SEED = 4000, 2020

# document prefix -> (touchpoint prefix, en noun, zh noun, stage, document)
DOCS = {
    "Permit": ("tp_permit", "Travel permit", "出差申请", "consideration", "permit"),
    "Declaration": ("tp_decl", "Travel declaration", "报销单", "service", "declaration"),
    "Request For Payment": ("tp_prepaid", "Prepaid travel-cost request", "预付差旅费申请", "service", "prepaid_request"),
}
# step -> (suffix, en, zh, action, owner)
STEPS = [
    ("SAVED by EMPLOYEE", "saved", "saved as draft", "草稿保存", "saved", "Employee"),
    ("SUBMITTED by EMPLOYEE", "submitted", "submitted", "提交", "submitted", "Employee"),
    ("APPROVED by PRE_APPROVER", "approved_pre", "approved by pre-approver", "预审批通过", "approved", "Pre-approver"),
    ("APPROVED by ADMINISTRATION", "approved_admin", "approved by administration", "行政审核通过", "approved",
     "Administration"),
    ("APPROVED by BUDGET OWNER", "approved_budget", "approved by budget owner", "预算负责人批准", "approved",
     "Budget owner"),
    ("APPROVED by SUPERVISOR", "approved_supervisor", "approved by supervisor (not final)", "主管批准（非终审）",
     "approved", "Supervisor"),
    ("FINAL_APPROVED", "final_approved", "final approval", "终审通过", "final_approved", "Supervisor / Director"),
    ("REJECTED", "rejected", "rejected by an approver", "被审批人驳回", "rejected", "Approvers"),
    ("REJECTED by EMPLOYEE", "withdrawn", "rejection taken back by employee", "员工确认退回", "withdrawn", "Employee"),
]
OTHER = {
    "Start trip": ("tp_trip_start", "Trip started", "出差开始", "purchase", "trip_start", "Employee", "trip",
                   "trip start|departure|出发|出行开始"),
    "End trip": ("tp_trip_end", "Trip ended", "出差结束", "purchase", "trip_end", "Employee", "trip",
                 "trip end|return|返程|出行结束"),
    "Request Payment": ("tp_payment_requested", "Payment requested", "发起付款", "service", "payment_requested",
                        "Finance system", "payment", "payment request|付款申请|请款"),
    "Payment Handled": ("tp_payment_handled", "Payment handled", "付款完成", "service", "paid", "Finance system",
                        "payment", "paid|reimbursed|payout|已付款|报销到账|打款"),
    "Send Reminder": ("tp_reminder", "Reminder sent", "发送催办提醒", "service", "reminder", "Finance system",
                      "reminder", "reminder|催办|提醒"),
}
WINDOW = {"travel_reimbursement": 180, "declaration_payment": 90, "permit_approval": 30}
JOURNEYS = [
    ("travel_reimbursement", "出差报销全流程", "End-to-end travel reimbursement",
     ["tp_permit_submitted", "tp_permit_final_approved", "tp_decl_submitted", "tp_decl_final_approved",
      "tp_payment_handled"]),
    ("declaration_payment", "报销单审批付款", "Declaration approval and payment",
     ["tp_decl_submitted", "tp_decl_approved_admin", "tp_decl_final_approved", "tp_payment_requested",
      "tp_payment_handled"]),
    ("permit_approval", "出差申请审批", "Travel permit approval",
     ["tp_permit_submitted", "tp_permit_approved_admin", "tp_permit_final_approved"]),
]


def touchpoints() -> list[list]:
    rows = []
    for prefix, (tp, noun_en, noun_zh, stage, doc) in DOCS.items():
        for raw, suf, en, zh, _action, owner in STEPS:
            if suf == "final_approved":
                raws = [f"{prefix} FINAL_APPROVED by SUPERVISOR", f"{prefix} FINAL_APPROVED by DIRECTOR"]
            elif suf == "rejected":
                raws = [f"{prefix} REJECTED by {r}" for r in
                        ("ADMINISTRATION", "PRE_APPROVER", "BUDGET OWNER", "SUPERVISOR", "DIRECTOR", "MISSING")]
            else:
                raws = [f"{prefix} {raw}"]
            rows.append([f"{tp}_{suf}", f"{noun_en} {en}", f"{noun_zh}{zh}", f"{noun_en} {en}", stage, "web",
                         "digital", owner, "|".join(raws), doc])
    for raw, (tp, en, zh, stage, _a, owner, doc, al) in OTHER.items():
        rows.append([tp, en, zh, en, stage, "other", "physical" if doc == "trip" else "digital", owner,
                     f"{raw}|{al}", doc])
    return rows


def classify(act: str) -> tuple[str, str, str]:
    """raw activity -> (touchpoint_id, action, document)"""
    if act in OTHER:
        o = OTHER[act]
        return o[0], o[4], o[6]
    for prefix, (tp, _en, _zh, _st, doc) in DOCS.items():
        if act.startswith(prefix + " "):
            rest = act[len(prefix) + 1:]
            if rest.startswith("FINAL_APPROVED by "):
                return f"{tp}_final_approved", "final_approved", doc
            if rest == "REJECTED by EMPLOYEE":
                return f"{tp}_withdrawn", "withdrawn", doc
            if rest.startswith("REJECTED by "):
                return f"{tp}_rejected", "rejected", doc
            for raw, suf, _en, _zh, action, _o in STEPS:
                if rest == raw:
                    return f"{tp}_{suf}", action, doc
    sys.exit(f"unknown activity {act!r}")


def find_raw(arg: str | None) -> bytes:
    cands = [arg, os.environ.get("BPI2020_RAW"), "/work/raw/real_bpi2020_travel", str(HERE / "raw")]
    for c in cands:
        if not c:
            continue
        p = Path(c)
        p = p / FILE if p.is_dir() else p
        if p.is_file():
            return p.read_bytes()
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    if mirror.is_dir():
        r = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"], capture_output=True)
        if r.returncode == 0:
            return r.stdout
    sys.exit(f"{FILE} not found: pass --raw, set $BPI2020_RAW, or fetch github:{REPO} ({PATH})")


KV = re.compile(r'<(?:string|date|int|float|boolean) key="([^"]*)" value="([^"]*)"/>')


def parse(xes: bytes) -> list[tuple[str, dict, list[dict]]]:
    """[(permit id, case attributes, [event dicts])] -- every event's (case)_ attributes are equal (checked)."""
    traces, evs, ev, cattr = [], None, None, None
    for line in xes.decode("utf-8").splitlines():
        s = line.strip()
        if s == "<event>":
            ev = {}
        elif s == "</event>":
            if cattr is None:
                cattr = {k: v for k, v in ev.items() if k.startswith("(case)_")}
            elif {k: v for k, v in ev.items() if k.startswith("(case)_")} != cattr:
                sys.exit("a case attribute differs between events of one trace")
            evs.append({k: v for k, v in ev.items() if not k.startswith("(case)_")})
            ev = None
        elif s == "<trace>":
            evs, cattr = [], None
        elif s == "</trace>":
            traces.append((cattr["(case)_id"], cattr, evs))
            evs = None
        elif ev is not None:
            m = KV.match(s)
            if m:
                ev[m.group(1)] = unescape(m.group(2))
    return traces


def local(ts: str) -> datetime:
    """'2017-01-23T12:12:42.000+01:00' -> naive local wall-clock time."""
    return datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")


def money(v: str) -> str:
    return f"{float(v):.2f}"


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
    if len(traces) != N_TRACES or sum(len(e) for _, _, e in traces) != N_EVENTS:
        sys.exit("the log does not have the expected number of traces and events")
    ids = sorted(t[0] for t in traces)
    keep = set(np.random.default_rng(SEED).choice(np.array(ids), size=N_SAMPLE, replace=False).tolist())
    traces = sorted((t for t in traces if t[0] in keep), key=lambda t: int(t[0].split()[-1]))

    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases", "document"],
          touchpoints())
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, i, tp, WINDOW[jid]] for jid, zh, en, steps in JOURNEYS for i, tp in enumerate(steps, 1)])

    ev_rows, cu_rows, seen = [], [], Counter()
    for pid, ca, evs in traces:
        times = [local(e["time:timestamp"]) for e in evs]
        if times != sorted(times):
            sys.exit(f"{pid}: events out of time order")
        cls = [classify(e["concept:name"]) for e in evs]
        for e, t, (tp, action, doc) in zip(evs, times, cls):
            seen[tp] += 1
            ev_rows.append([e["id"], pid, t.isoformat(sep=" "), tp, action, e["concept:name"], e.get("org:role", ""),
                            e.get("org:resource", ""), doc])
        acts = [e["concept:name"] for e in evs]
        subm = [t for t, a in zip(times, acts) if a == "Permit SUBMITTED by EMPLOYEE"]
        start = [t for t, a in zip(times, acts) if a == "Start trip"]
        end = [t for t, a in zip(times, acts) if a == "End trip"]
        if len(start) != 1 or len(end) != 1:
            sys.exit(f"{pid}: expected one Start trip and one End trip")
        unknown = lambda v: "" if v in (None, "UNKNOWN") else v  # noqa: E731
        n_dec = sum(1 for k in ca if k.startswith("(case)_dec_id_"))
        n_rfp = sum(1 for k in ca if k.startswith("(case)_Rfp_id_"))
        n_pay = acts.count("Payment Handled")
        n_rej = sum(1 for _, a, _ in cls if a == "rejected")
        cu_rows.append([
            pid, (subm[0] if subm else times[0]).isoformat(sep=" "), ca["(case)_OrganizationalEntity"],
            unknown(ca.get("(case)_ProjectNumber")), unknown(ca.get("(case)_TaskNumber")),
            unknown(ca.get("(case)_BudgetNumber")), money(ca["(case)_RequestedBudget"]),
            money(ca["(case)_TotalDeclared"]), ca["(case)_Overspent"], money(ca["(case)_OverspentAmount"]),
            start[0].date().isoformat(), end[0].date().isoformat(), (end[0] - start[0]).days, n_dec, n_rfp, n_pay,
            n_rej, "true" if n_pay else "false"])
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "activity", "role", "resource", "document"],
          ev_rows)
    write(out / "customers.csv",
          ["customer_id", "signup_at", "org_unit", "project", "task", "budget_number", "requested_budget",
           "total_declared", "overspent", "overspent_amount", "trip_start", "trip_end", "trip_days", "declarations",
           "prepaid_requests", "payments", "rejections", "paid"], cu_rows)
    print(f"{out}: {len(cu_rows)} permits, {len(ev_rows)} events, {len(seen)} touchpoints used")


if __name__ == "__main__":
    main()
