"""Convert the real BPI Challenge 2012 event log (loan applications at a Dutch bank, Oct 2011 .. Mar 2012) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/BPI_Challenge_2012.xes.gz]

Source (see README.md): B.F. van Dongen, "BPI Challenge 2012", 4TU.ResearchData,
doi:10.4121/uuid:3926db30-f712-4394-aebc-75976070e91f: 13,087 personal-loan / overdraft applications and their
262,200 events, as the institute's systems logged them (anonymised). We read the XES log
`BPI_Challenge_2012.xes.gz` from, in this order: `--raw PATH`, `$BPI2012_RAW`, `/work/raw/bpi2012/`, `raw/` beside
this file, or the local git mirror of the public repository that holds it at a pinned commit
(`$HELDOUT_MIRRORS`, default /work/.mirror). The decompressed XES is checked by MD5 so a different copy is refused.
The raw data is NOT committed here. Every trace and every event is kept (no sample, no cleaning); ~3 s.

Conversion (faithful; one application = one customer, the log has no applicant identifier beyond the case):
- touchpoints: one per activity of the log (24: 10 application states A_*, 7 offer states O_*, 7 work items
  W_*), English and Chinese names, the raw activity name (for W_* the Dutch name) in `aliases` and in the extra
  column `activity`; stage by the step's place in the process; channel `phone`
  only for the two "Nabellen" (= calling back) work items; owner = the sub-process the log says the activity
  belongs to (applications / offers / work items).
- events: one row per XES event. customer_id = the case id (concept:name of the trace), ts = time:timestamp as
  the bank's local wall-clock time (the offset, +01:00 or +02:00 for CET/CEST, is dropped: naive = local),
  touchpoint_id = the activity's touchpoint, action = lifecycle:transition in lower case (complete / start /
  schedule), event_id = case id + '-' + the event's position in its trace. Extra columns: activity (raw name),
  lifecycle (raw), resource (org:resource, the anonymised employee id; '112' is the system account that does the
  automatic steps; empty where the log has none: 18,010 events), amount_requested (the case's AMOUNT_REQ).
- customers: one per case. customer_id = case id, signup_at = REG_DATE (naive local), extra amount_requested
  (AMOUNT_REQ, EUR, integer as published) and application_outcome (derived from the case's events, which
  have at most one of them: approved = A_APPROVED, declined = A_DECLINED, cancelled = A_CANCELLED, open = none of
  the three by the end of the log, 14 March 2012).
- journeys: loan_application 贷款申请漏斗 / Loan application funnel: submitted -> pre-accepted -> accepted ->
  offer sent -> offer returned (O_SENT_BACK) -> approved, window 90 days (the slowest approval took 86 days, so
  the window loses no real conversion).
No orders (the log has no loan amount granted or paid out, only the amount requested), no feedback, no
experiments.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "ERamaM/PredictiveMonitoringDatasets"
COMMIT = "0190735ef440cb444111fee45d469feb31a5d1bc"
PATH = "raw_datasets/BPI_Challenge_2012.xes.gz"
FILE = "BPI_Challenge_2012.xes.gz"
XES_MD5 = "ee1da3f9be0f715f08dd3da6fcc7cafa"  # the decompressed XES, 78,394,844 bytes
WINDOW_DAYS = 90

# activity -> (touchpoint_id, name_en, name_zh, stage, channel, owner, aliases)
TOUCHPOINTS = {
    "A_SUBMITTED": ("tp_app_submitted", "Application submitted", "提交贷款申请", "consideration", "", "applications",
                    "A_SUBMITTED|application|applications|new application|loan application|apply|applied|"
                    "申请|贷款申请|进件|新申请|提交申请"),
    "A_PARTLYSUBMITTED": ("tp_app_partly_submitted", "Application partly submitted (intake)", "申请初步录入",
                          "consideration", "", "applications",
                          "A_PARTLYSUBMITTED|partly submitted|partially submitted|intake|初步提交|部分提交|录入"),
    "A_PREACCEPTED": ("tp_app_preaccepted", "Application pre-accepted", "预审通过", "consideration", "",
                      "applications", "A_PREACCEPTED|pre-accepted|preaccepted|pre-approval|pre-check passed|"
                      "预审|初审通过|预批"),
    "A_ACCEPTED": ("tp_app_accepted", "Application accepted", "申请受理", "consideration", "", "applications",
                   "A_ACCEPTED|accepted|application accepted|受理|申请受理|接受申请"),
    "A_FINALIZED": ("tp_app_finalized", "Application finalized", "申请定稿", "consideration", "", "applications",
                    "A_FINALIZED|finalized|finalised|application complete|定稿|申请完成"),
    "A_APPROVED": ("tp_app_approved", "Application approved", "审批通过", "purchase", "", "applications",
                   "A_APPROVED|approved|approval|approvals|loan approved|批准|审批通过|获批|批核"),
    "A_REGISTERED": ("tp_app_registered", "Loan registered", "合同登记", "purchase", "", "applications",
                     "A_REGISTERED|registered|registration|登记|合同登记"),
    "A_ACTIVATED": ("tp_loan_activated", "Loan activated", "贷款激活", "loyalty", "", "applications",
                    "A_ACTIVATED|activated|activation|loan activated|激活|贷款激活|开通"),
    "A_DECLINED": ("tp_app_declined", "Application declined", "申请被拒", "purchase", "", "applications",
                   "A_DECLINED|declined|rejected|rejection|turned down|拒绝|被拒|拒贷|拒件"),
    "A_CANCELLED": ("tp_app_cancelled", "Application cancelled", "申请取消", "purchase", "", "applications",
                    "A_CANCELLED|cancelled|canceled|cancellation|withdrawn|取消|撤销申请|撤件"),
    "O_SELECTED": ("tp_offer_selected", "Offer selected", "选定报价方案", "purchase", "", "offers",
                   "O_SELECTED|offer selected|选定方案|选择报价"),
    "O_CREATED": ("tp_offer_created", "Offer created", "生成报价", "purchase", "", "offers",
                  "O_CREATED|offer created|new offer|生成报价|创建报价"),
    "O_SENT": ("tp_offer_sent", "Offer sent to customer", "发出报价", "purchase", "", "offers",
               "O_SENT|offer sent|quote sent|发出报价|寄出报价|发报价"),
    "O_SENT_BACK": ("tp_offer_returned", "Offer returned by customer", "客户回寄报价", "purchase", "", "offers",
                    "O_SENT_BACK|offer returned|offer sent back|signed offer returned|回寄|客户寄回|回签"),
    "O_ACCEPTED": ("tp_offer_accepted", "Offer accepted", "报价被接受", "purchase", "", "offers",
                   "O_ACCEPTED|offer accepted|报价接受|接受报价"),
    "O_CANCELLED": ("tp_offer_cancelled", "Offer cancelled", "报价取消", "purchase", "", "offers",
                    "O_CANCELLED|offer cancelled|offer canceled|报价取消|取消报价"),
    "O_DECLINED": ("tp_offer_declined", "Offer declined", "报价被拒", "purchase", "", "offers",
                   "O_DECLINED|offer declined|offer rejected|报价被拒|拒绝报价"),
    "W_Afhandelen leads": ("tp_w_leads", "Handling leads", "线索跟进", "consideration", "", "work_items",
                           "W_Afhandelen leads|Afhandelen leads|lead handling|leads|线索处理|跟进线索"),
    "W_Completeren aanvraag": ("tp_w_complete_application", "Completing the application", "补全申请资料",
                               "consideration", "", "work_items",
                               "W_Completeren aanvraag|Completeren aanvraag|complete application|completing|"
                               "补全申请|完善申请"),
    "W_Nabellen offertes": ("tp_w_offer_calls", "Follow-up calls after offer", "报价后电话回访", "purchase",
                            "phone", "work_items",
                            "W_Nabellen offertes|Nabellen offertes|offer follow-up call|call back on offers|"
                            "follow-up calls|报价回访|回访电话|电话跟进报价"),
    "W_Valideren aanvraag": ("tp_w_validate", "Validating the application", "审核申请", "purchase", "",
                             "work_items", "W_Valideren aanvraag|Valideren aanvraag|validation|assessment|"
                             "underwriting|审核|资料审核|核验"),
    "W_Nabellen incomplete dossiers": ("tp_w_incomplete_calls", "Calls for incomplete files", "资料不全电话催补",
                                       "purchase", "phone", "work_items",
                                       "W_Nabellen incomplete dossiers|Nabellen incomplete dossiers|incomplete file|"
                                       "incomplete dossier|missing documents call|资料不全|催补资料|补件电话"),
    "W_Beoordelen fraude": ("tp_w_fraud", "Fraud assessment", "欺诈审查", "purchase", "", "work_items",
                            "W_Beoordelen fraude|Beoordelen fraude|fraud check|fraud review|反欺诈|欺诈审查|风控审查"),
    "W_Wijzigen contractgegevens": ("tp_w_change_contract", "Changing contract details", "修改合同信息", "service",
                                    "", "work_items",
                                    "W_Wijzigen contractgegevens|Wijzigen contractgegevens|contract change|"
                                    "修改合同|合同变更"),
}
FUNNEL = ["A_SUBMITTED", "A_PREACCEPTED", "A_ACCEPTED", "O_SENT", "O_SENT_BACK", "A_APPROVED"]
OUTCOME = {"A_APPROVED": "approved", "A_DECLINED": "declined", "A_CANCELLED": "cancelled"}
ATTR = re.compile(r'<(\w+) key="([^"]*)" value="([^"]*)"')


def raw_xes(cli: str | None) -> bytes:
    """The decompressed XES (from the first place that has it), checked against its MD5."""
    for cand in [cli, os.environ.get("BPI2012_RAW"), f"/work/raw/bpi2012/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {FILE} not found: pass --raw, set $BPI2012_RAW, put it in /work/raw/bpi2012/, or fetch "
                     f"github:{REPO} into {mirror} (commit {COMMIT}, path {PATH})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    data = gzip.decompress(blob) if blob[:2] == b"\x1f\x8b" else blob
    digest = hashlib.md5(data).hexdigest()
    if digest != XES_MD5:
        sys.exit(f"the XES has MD5 {digest}, expected {XES_MD5}: not the pinned copy of BPI Challenge 2012")
    return data


def local(stamp: str) -> str:
    """'2011-10-01T00:38:44.546+02:00' -> '2011-10-01T00:38:44.546' (the log's local wall-clock time)."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d:\d\d|Z)", stamp)
    if not m:
        sys.exit(f"unexpected timestamp {stamp!r}")
    return m.group(1)


def parse(text: str) -> list[tuple[dict, list[dict]]]:
    """The traces of the log: (trace attributes, [event attributes]) in file order; <global> defaults skipped."""
    traces: list[tuple[dict, list[dict]]] = []
    trace: dict | None = None
    events: list[dict] = []
    event: dict | None = None
    in_global = False
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("<global"):
            in_global = True
        elif s.startswith("</global"):
            in_global = False
        elif in_global:
            continue
        elif s == "<trace>":
            trace, events = {}, []
        elif s == "</trace>":
            traces.append((trace, events))
            trace = None
        elif s == "<event>":
            event = {}
        elif s == "</event>":
            events.append(event)
            event = None
        else:
            m = ATTR.match(s)
            if m:
                (event if event is not None else trace if trace is not None else {})[m.group(2)] = m.group(3)
    return traces


def check_meta(text: str, events: list[list[object]]) -> None:
    """The log's own header counts events per activity (meta_concept:named_events_total): ours must match."""
    block = re.search(r'<int key="meta_concept:named_events_total" value="(\d+)">(.*?)</int>\s*\n\s*<', text, re.S)
    if not block:
        sys.exit("the log header has no meta_concept:named_events_total")
    want = {k: int(v) for k, v in re.findall(r'<int key="([^"]+)" value="(\d+)"/>', block.group(2))}
    got: dict[str, int] = {}
    for row in events:
        got[str(row[5])] = got.get(str(row[5]), 0) + 1
    if got != want or sum(want.values()) != int(block.group(1)):
        sys.exit(f"event counts per activity differ from the log header: {got} vs {want}")


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to BPI_Challenge_2012.xes.gz (or the decompressed .xes)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    text = raw_xes(args.raw).decode("utf-8")
    traces = parse(text)
    if len(traces) != 13087:
        sys.exit(f"expected 13,087 traces, got {len(traces)}")

    customers: list[list[object]] = []
    events: list[list[object]] = []
    for attrs, evs in traces:
        case = attrs["concept:name"]
        amount = attrs["AMOUNT_REQ"]
        outcomes = {OUTCOME[e["concept:name"]] for e in evs if e["concept:name"] in OUTCOME}
        if len(outcomes) > 1:
            sys.exit(f"case {case} has more than one outcome: {outcomes}")
        customers.append([case, local(attrs["REG_DATE"]), amount, outcomes.pop() if outcomes else "open"])
        for i, e in enumerate(evs, start=1):
            act = e["concept:name"]
            events.append([f"{case}-{i:03d}", case, local(e["time:timestamp"]), TOUCHPOINTS[act][0],
                           e["lifecycle:transition"].lower(), act, e["lifecycle:transition"],
                           e.get("org:resource", ""), amount])
    if len(events) != 262200:
        sys.exit(f"expected 262,200 events, got {len(events)}")
    check_meta(text, events)
    events.sort(key=lambda r: (r[2], r[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "owner", "aliases", "activity"],
          [[t[0], t[1], t[2], t[1], t[3], t[4], t[5], t[6], act] for act, t in TOUCHPOINTS.items()])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [["loan_application", "Loan application funnel", "贷款申请漏斗", "Loan application funnel", i + 1,
            TOUCHPOINTS[act][0], WINDOW_DAYS] for i, act in enumerate(FUNNEL)])
    write(out / "customers.csv", ["customer_id", "signup_at", "amount_requested", "application_outcome"], customers)
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "activity", "lifecycle",
                               "resource", "amount_requested"], events)
    print(f"wrote {out}: {len(customers)} applications (customers), {len(events)} events, "
          f"{len(TOUCHPOINTS)} touchpoints, 1 journey")


if __name__ == "__main__":
    main()
