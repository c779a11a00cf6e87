"""Convert two real BPI Challenge 2020 event logs (TU/e staff expense claims) into one DATA.md folder.

    python generate.py OUTDIR [--raw DIR_WITH_THE_TWO_XES_GZ]

Source (see README.md): Boudewijn van Dongen, "BPI Challenge 2020", 4TU.ResearchData,
doi:10.4121/uuid:52fb97d4-4588-43c9-9d04-3604d4613b51 -- the expense-reimbursement processes of Eindhoven
University of Technology (2017: two departments, 2018: the whole university). Two of its five logs are used:
  * Domestic Declarations -- an employee claims back what they spent on a domestic trip (no travel permit is
    needed for those); one declaration = one case;
  * Requests for Payment -- an employee asks the university to pay costs that are not travel (one request = one
    case); these carry the organizational unit, project and task that pay for them.
The copies used are the "cleaned" Disco re-exports committed in the public repository bptlab/bpi-challenge-2020
(10,357 declarations / 55,628 events and 6,760 requests / 36,072 events). They are read from, in this order:
`--raw DIR`, `$BPI2020_CLAIMS_RAW`, `/work/raw/real_bpi2020_claims/`, `raw/` beside this file, or the local git
mirror of that repository at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). Each decompressed XES
is checked by MD5 and by its trace / event counts, so a different copy is refused. Raw data is NOT committed.

No sampling: every case and every event of both logs is converted (91,700 events).

Conversion (faithful; a "customer" here is one claim -- a declaration or a request for payment -- because the logs
have no employee identifier: every person is the anonymous resource "STAFF MEMBER"):
- touchpoints (19): for each kind of claim -- `tp_decl_*` (domestic declaration) and `tp_rfp_*` (request for
  payment) -- one touchpoint per kind of step: saved (draft), submitted, approved by pre-approver / administration /
  budget owner / supervisor (not final; requests only), final approval (FINAL_APPROVED by SUPERVISOR or by DIRECTOR:
  one touchpoint, the role is in events.role), rejected by an approver (REJECTED by ADMINISTRATION / PRE_APPROVER /
  BUDGET OWNER / SUPERVISOR / MISSING: one touchpoint, role in events.role) and withdrawn (REJECTED by EMPLOYEE: the
  employee takes the rejected claim back). Plus the two finance-system steps shared by both kinds: Request
  Payment and Payment Handled. English and Chinese names, raw activity names in aliases; stage consideration
  (draft), purchase (submission), service (approvals, rejections, payment); owner = the acting role.
- events: one row per XES event. customer_id = the claim id ("declaration 86791", "request for payment 148214"),
  ts = time:timestamp as local Dutch wall-clock time (the +01:00 / +02:00 offset is dropped), touchpoint_id as above,
  event_id = the log's own event id (unique over both logs), action (saved, submitted, approved, final_approved,
  rejected, withdrawn, payment_requested, paid). Extra columns: activity (raw concept:name), role (org:role:
  EMPLOYEE, ADMINISTRATION, PRE_APPROVER, BUDGET OWNER, SUPERVISOR, DIRECTOR, MISSING; UNDEFINED for the system
  steps), resource (STAFF MEMBER or SYSTEM), claim_type (declaration / request_for_payment).
- customers: one per claim. customer_id = claim id; signup_at = DERIVED: the claim's first SUBMITTED event (else its
  first event: 207 claims were never submitted); extra columns (raw case attributes, constant per claim):
  claim_type, amount (declarations: Amount; requests: RequestedAmount; euro, rounded to cents), document_number
  (DeclarationNumber / RfpNumber; UNKNOWN -> empty), org_unit, project, task, activity_code (requests only:
  OrganizationalEntity, Project, Task, Activity; UNKNOWN -> empty); DERIVED: submissions (number of SUBMITTED
  events), rejections (rejections by an approver), paid (true when the claim has a Payment Handled event).
- journeys: decl_payment 国内报销单：提交到付款 (declaration submitted -> final approval -> payment requested ->
  payment handled, 60 days), rfp_payment 付款申请：提交到付款 (request submitted -> approved by administration ->
  final approval -> payment requested -> payment handled, 60 days), decl_admin_review 报销单行政审核 (declaration
  submitted -> approved by administration -> final approval, 14 days).
Dropped: Disco's variant / variant-index / creator attributes, lifecycle:transition (always complete), the
declaration's BudgetNumber and the request's Cost_Type (each a single constant value over the whole log). No
orders (the logs give no amount per payment), no feedback, no experiments (none in the release).
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
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "bptlab/bpi-challenge-2020"
COMMIT = "1500a21e9055a1d3b275b5ba377c2ad174653bca"
# file -> (decompressed MD5, traces, events, claim_type, case-id attribute, amount attribute, number attribute)
LOGS = {
    "DomesticDeclarations.xes.gz": ("057c5018dcc18cef9ea7d954701abe36", 10357, 55628, "declaration",
                                    "(case)_id", "(case)_Amount", "(case)_DeclarationNumber"),
    "RequestForPayment.xes.gz": ("b30622ae0d9b9cd77c860ee8422805b6", 6760, 36072, "request_for_payment",
                                 "(case)_Rfp_id", "(case)_RequestedAmount", "(case)_RfpNumber"),
}
# claim prefix in the activity name -> (touchpoint prefix, en noun, zh noun, claim_type)
DOCS = {
    "Declaration": ("tp_decl", "Domestic declaration", "国内报销单", "declaration"),
    "Request For Payment": ("tp_rfp", "Request for payment", "付款申请", "request_for_payment"),
}
# (raw rest, suffix, en, zh, action, stage, owner)
STEPS = [
    ("SAVED by EMPLOYEE", "saved", "saved as draft", "保存草稿", "saved", "consideration", "Employee"),
    ("SUBMITTED by EMPLOYEE", "submitted", "submitted", "提交", "submitted", "purchase", "Employee"),
    ("APPROVED by PRE_APPROVER", "approved_pre", "approved by pre-approver", "预审通过", "approved", "service",
     "Pre-approver"),
    ("APPROVED by ADMINISTRATION", "approved_admin", "approved by administration", "行政审核通过", "approved",
     "service", "Administration"),
    ("APPROVED by BUDGET OWNER", "approved_budget", "approved by budget owner", "预算负责人批准", "approved",
     "service", "Budget owner"),
    ("APPROVED by SUPERVISOR", "approved_supervisor", "approved by supervisor (not final)", "主管批准（非终审）",
     "approved", "service", "Supervisor"),
    ("FINAL_APPROVED", "final_approved", "final approval", "终审通过", "final_approved", "service",
     "Supervisor / Director"),
    ("REJECTED", "rejected", "rejected by an approver", "被审批人驳回", "rejected", "service", "Approvers"),
    ("REJECTED by EMPLOYEE", "withdrawn", "withdrawn by employee after rejection", "员工撤回（驳回后）", "withdrawn",
     "service", "Employee"),
]
ZH_ALIAS = {"saved": "草稿|暂存", "submitted": "递交|提交", "approved_pre": "预审", "approved_admin": "行政审核|行政初审",
            "approved_budget": "预算审批", "approved_supervisor": "主管审批",
            "final_approved": "终审|最终审批", "rejected": "驳回|退回", "withdrawn": "撤回"}
SHARED = {
    "Request Payment": ("tp_payment_requested", "Payment requested", "发起付款", "payment_requested",
                        "payment request|请款|付款指令|发起付款"),
    "Payment Handled": ("tp_payment_handled", "Payment handled", "付款完成", "paid",
                        "paid|reimbursed|payout|已付款|到账|打款|付款完成"),
}
JOURNEYS = [
    ("decl_payment", "国内报销单：提交到付款", "Domestic declaration: submission to payment", 60,
     ["tp_decl_submitted", "tp_decl_final_approved", "tp_payment_requested", "tp_payment_handled"]),
    ("rfp_payment", "付款申请：提交到付款", "Request for payment: submission to payment", 60,
     ["tp_rfp_submitted", "tp_rfp_approved_admin", "tp_rfp_final_approved", "tp_payment_requested",
      "tp_payment_handled"]),
    ("decl_admin_review", "报销单行政审核", "Declaration administration review", 14,
     ["tp_decl_submitted", "tp_decl_approved_admin", "tp_decl_final_approved"]),
]
HAS_STEP = {  # which steps each kind of claim has in its log
    "tp_decl": {"saved", "submitted", "approved_pre", "approved_admin", "approved_budget", "final_approved",
                "rejected", "withdrawn"},
    "tp_rfp": {s[1] for s in STEPS},
}


def touchpoints() -> list[list]:
    rows = []
    for prefix, (tp, noun_en, noun_zh, ctype) in DOCS.items():
        for raw, suf, en, zh, _a, stage, owner in STEPS:
            if suf not in HAS_STEP[tp]:
                continue
            if suf == "final_approved":
                raws = [f"{prefix} FINAL_APPROVED by SUPERVISOR"] + (
                    [f"{prefix} FINAL_APPROVED by DIRECTOR"] if tp == "tp_rfp" else [])
            elif suf == "rejected":
                raws = [f"{prefix} REJECTED by {r}" for r in
                        ("ADMINISTRATION", "PRE_APPROVER", "BUDGET OWNER", "SUPERVISOR", "MISSING")]
            else:
                raws = [f"{prefix} {raw}"]
            if suf == "final_approved" and tp == "tp_decl":
                owner = "Supervisor"
            zh_al = "|".join(noun_zh + a for a in ZH_ALIAS[suf].split("|"))
            rows.append([f"{tp}_{suf}", f"{noun_en} {en}", f"{noun_zh}{zh}", f"{noun_en} {en}", stage,
                         "web", "digital", owner, "|".join(raws + [zh_al]), ctype])
    for raw, (tp, en, zh, _a, al) in SHARED.items():
        rows.append([tp, en, zh, en, "service", "other", "digital", "Finance system", f"{raw}|{al}", "both"])
    return rows


def classify(act: str) -> tuple[str, str]:
    """raw activity -> (touchpoint_id, action)"""
    if act in SHARED:
        return SHARED[act][0], SHARED[act][3]
    for prefix, (tp, *_rest) in DOCS.items():
        if act.startswith(prefix + " "):
            rest = act[len(prefix) + 1:]
            if rest.startswith("FINAL_APPROVED by "):
                return f"{tp}_final_approved", "final_approved"
            if rest == "REJECTED by EMPLOYEE":
                return f"{tp}_withdrawn", "withdrawn"
            if rest.startswith("REJECTED by "):
                return f"{tp}_rejected", "rejected"
            for raw, suf, _en, _zh, action, _s, _o in STEPS:
                if rest == raw and suf in HAS_STEP[tp]:
                    return f"{tp}_{suf}", action
    sys.exit(f"unknown activity {act!r}")


def read_raw(arg: str | None, name: str) -> bytes:
    for c in (arg, os.environ.get("BPI2020_CLAIMS_RAW"), "/work/raw/real_bpi2020_claims", str(HERE / "raw")):
        if c and (Path(c) / name).is_file():
            return (Path(c) / name).read_bytes()
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    if mirror.is_dir():
        r = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:data/cleaned_logs/{name}"],
                           capture_output=True)
        if r.returncode == 0:
            return r.stdout
    sys.exit(f"{name} not found: pass --raw DIR, set $BPI2020_CLAIMS_RAW, or fetch github:{REPO} "
             f"(data/cleaned_logs/{name})")


KV = re.compile(r'<(?:string|date|int|float|boolean) key="([^"]*)" value="([^"]*)"/>')


def parse(xes: str) -> list[tuple[dict, list[dict]]]:
    """[(case attributes, [event dicts])]; the (case)_ attributes must be equal on every event of a trace."""
    traces, evs, ev, cattr = [], [], None, None
    for line in xes.splitlines():
        s = line.strip()
        if s == "<trace>":
            evs, cattr = [], None
        elif s == "</trace>":
            traces.append((cattr or {}, evs))
        elif s == "<event>":
            ev = {}
        elif s == "</event>":
            ca = {k: v for k, v in ev.items() if k.startswith("(case)_")}
            if cattr is None:
                cattr = ca
            elif ca != cattr:
                sys.exit("a case attribute differs between events of one trace")
            evs.append({k: v for k, v in ev.items() if not k.startswith("(case)_")})
            ev = None
        elif ev is not None:
            m = KV.search(s)
            if m:
                ev[m.group(1)] = unescape(m.group(2))
    return traces


def blank(v: str | None) -> str:
    return "" if v in (None, "UNKNOWN") else v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help="folder holding DomesticDeclarations.xes.gz and RequestForPayment.xes.gz")
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)

    events, customers, seen_ev = [], [], set()
    for name, (md5, n_tr, n_ev, ctype, id_key, amt_key, num_key) in LOGS.items():
        raw = gzip.decompress(read_raw(args.raw, name))
        if hashlib.md5(raw).hexdigest() != md5:
            sys.exit(f"{name}: MD5 differs from the pinned copy -- not the file this batch was written for")
        traces = parse(raw.decode("utf-8"))
        if len(traces) != n_tr or sum(len(e) for _, e in traces) != n_ev:
            sys.exit(f"{name}: {len(traces)} traces / {sum(len(e) for _, e in traces)} events, expected {n_tr} / {n_ev}")
        for ca, evs in traces:
            cid = ca[id_key]
            rows = []
            for e in evs:
                tp, action = classify(e["concept:name"])
                ts = e["time:timestamp"][:19].replace("T", " ")
                if e["id"] in seen_ev:
                    sys.exit(f"duplicate event id {e['id']}")
                seen_ev.add(e["id"])
                rows.append([e["id"], cid, ts, tp, action, e["concept:name"], e.get("org:role", ""),
                             e.get("org:resource", ""), ctype])
            rows.sort(key=lambda r: r[2])
            events.extend(rows)
            subs = [r[2] for r in rows if r[4] == "submitted"]
            signup = min(subs) if subs else rows[0][2]
            customers.append([
                cid, signup, ctype, f"{float(ca[amt_key]):.2f}", blank(ca.get(num_key)),
                blank(ca.get("(case)_OrganizationalEntity")), blank(ca.get("(case)_Project")),
                blank(ca.get("(case)_Task")), blank(ca.get("(case)_Activity")),
                len(subs), sum(r[4] == "rejected" for r in rows),
                "true" if any(r[4] == "paid" for r in rows) else "false"])

    def write(fname: str, header: list[str], rows: list[list]) -> None:
        with open(args.outdir / fname, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    write("touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner",
                              "aliases", "claim_type"], touchpoints())
    write("customers.csv", ["customer_id", "signup_at", "claim_type", "amount", "document_number", "org_unit",
                            "project", "task", "activity_code", "submissions", "rejections", "paid"], customers)
    write("events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "activity", "role", "resource",
                         "claim_type"], events)
    jr = []
    for jid, zh, en, win, steps in JOURNEYS:
        for i, tp in enumerate(steps, 1):
            jr.append([jid, en, zh, en, i, tp, win])
    write("journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                           "touchpoint_id", "window_days"], jr)
    c = Counter(r[8] for r in events)
    print(f"{len(customers)} claims, {len(events)} events ({dict(c)}) -> {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
