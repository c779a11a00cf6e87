"""Convert the real WABO event log (receipt phase of environmental / building permit applications in a Dutch
municipality, 2010-2012) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/env_permit.xes.gz]

Source (see README.md): J.C.A.M. Buijs, "Receipt phase of an environmental permit application process ('WABO'),
CoSeLoG project", 4TU.ResearchData (Eindhoven University of Technology),
doi:10.4121/uuid:a07386a5-7be3-4367-9535-70bc9e77dbe6: 1,434 cases (one case = one permit application), 8,577
events of 27 activities, anonymised resources. We read `env_permit.xes.gz` from, in this order: `--raw PATH`,
`$WABO_RAW`, `/work/raw/wabo_permits/`, `raw/` beside this file, or the local git mirror of the public repository
that holds it at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). The decompressed XES is checked by
MD5, so another copy is refused. The raw data is NOT committed here. Every case and every event is kept (no
sample, no cleaning); < 2 s. Nothing random happens (no seed is needed).

Conversion (faithful; one case = one application = one customer, the applicant; the log has no applicant id,
so an applicant with two applications counts twice):
- touchpoints: one per activity (27), English and Chinese names, raw activity name in `aliases` (with synonyms)
  and in the extra column `activity`; extra columns `task_code` (T02 .. T20; `T00` for the un-numbered
  'Confirmation of receipt') and `phase` (intake, confirmation, assessment, advice, document_x, hold_report); the
  DATA.md `stage` is mapped from the phase, an approximation (the contract has no public-service stages):
  intake -> awareness (the applicant's first contact), confirmation -> consideration (the receipt is checked and
  confirmed to the applicant), assessment and advice -> purchase (the service itself: deciding whether the
  procedure must be stopped, internal and external advice), document_x and hold_report -> service (follow-up
  letters and reports). kind = digital for the registration, physical for printed letters, else empty; owner =
  the back-office role the activity names (intake desk, case handling, advice, correspondence); no channel.
- events: one row per XES event. event_id = concept:instance (task-N, unique), customer_id = case id
  (concept:name, e.g. case-891), ts = time:timestamp as local wall-clock time (the +01:00 / +02:00 offset dropped,
  milliseconds kept), touchpoint_id = the activity's touchpoint, action = lifecycle:transition ('complete' for
  all). Extra columns: activity (raw name), task_code, resource (org:resource, anonymised: Resource01..43,
  admin1..3, test, TEST), work_group (org:group, 'Group 1' .. 'Group 15'; empty where the log says EMPTY).
- customers: one per case. customer_id = case id; signup_at = the case attribute `startdate` (the date the
  application was filed, from which the legal term runs), as a date (its clock time is an export artefact:
  00:00:00 or 01:06:40), written YYYY-MM-DDT00:00:00; acquisition_channel = the case attribute `channel` (how the
  application came in, raw: Internet, Desk, Post, e-mail, Intern). Extra columns: department (General, Customer
  contact, Experts), responsible (the case's responsible employee, anonymised), case_group (the case's `group`
  attribute, e.g. 'Group 5'; empty for 825 cases), deadline (date, the legal decision deadline), planned_end_date
  (date, enddate_planned), case_end (enddate: when the whole permit procedure - beyond this receipt phase - was
  closed, local time; empty for 105 cases still open at export). Nothing is derived.
- journeys: receipt_confirmation 收件确认流程 / Receipt confirmation process: Confirmation of receipt -> T02 check ->
  T04 determine -> T05 print and send, window 30 days; stop_assessment 暂停必要性评估 / Stop assessment:
  Confirmation of receipt -> T06 stop advice? -> T10 stop indication?, window 30 days; document_x 文件X流程 /
  Document X request: T11 create -> T12 check -> T14 determine -> T15 print, window 30 days; hold_report 搁置/暂停
  报告Y / Hold and report Y: T16 report reasons to hold -> T17 check report Y -> T19 determine report Y -> T20
  print report Y, window 30 days.
Dropped: the XES header statistics (meta_*), the global defaults, the trace attribute `redenverlenging` (reason
for extension: only in the global defaults, no case has it). No orders (no fees or payments in the log), no
feedback (no applicant comments or ratings), no experiments.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "ERamaM/PredictiveMonitoringDatasets"
COMMIT = "0190735ef440cb444111fee45d469feb31a5d1bc"
PATH = "raw_datasets/env_permit.xes.gz"
FILE = "env_permit.xes.gz"
XES_MD5 = "7deebfec929fcb8e6c67620bbb0c5edd"  # the decompressed XES, 4,285,624 bytes
N_CASES, N_EVENTS = 1434, 8577

STAGE = {"intake": "awareness", "confirmation": "consideration", "assessment": "purchase", "advice": "purchase",
         "document_x": "service", "hold_report": "service"}
OWNER = {"intake": "intake desk", "confirmation": "intake desk", "assessment": "case handling",
         "advice": "advice", "document_x": "correspondence", "hold_report": "case handling"}

# raw activity -> (touchpoint_id, name_en, name_zh, phase, kind, extra aliases)
TP: dict[str, tuple[str, str, str, str, str, str]] = {
    "Confirmation of receipt": (
        "tp_receipt", "Application received (confirmation of receipt registered)", "收件登记（申请受理）",
        "intake", "digital", "receipt|application received|intake|registration|收件|受理|申请受理|收件确认登记"),
    "T02 Check confirmation of receipt": (
        "tp_t02_check_receipt", "T02 Check confirmation of receipt", "T02 核对收件确认", "confirmation", "",
        "check receipt|核对收件|收件核对|审核收件确认"),
    "T03 Adjust confirmation of receipt": (
        "tp_t03_adjust_receipt", "T03 Adjust confirmation of receipt", "T03 修改收件确认", "confirmation", "",
        "adjust receipt|correct receipt|rework receipt|修改收件确认|收件确认返工|更正收件确认"),
    "T04 Determine confirmation of receipt": (
        "tp_t04_determine_receipt", "T04 Determine confirmation of receipt", "T04 确定收件确认", "confirmation",
        "", "determine receipt|approve receipt|确定收件确认|收件确认定稿"),
    "T05 Print and send confirmation of receipt": (
        "tp_t05_send_receipt", "T05 Print and send confirmation of receipt", "T05 打印并寄出收件确认函",
        "confirmation", "physical",
        "send confirmation|confirmation letter|receipt letter|寄出收件确认|收件确认函|回执|发送回执"),
    "T06 Determine necessity of stop advice": (
        "tp_t06_stop_advice", "T06 Determine necessity of stop advice", "T06 判断是否需要暂停建议", "assessment",
        "", "stop advice|necessity of stop advice|暂停建议|是否需要暂停建议"),
    "T07-1 Draft intern advice aspect 1": (
        "tp_t07_1_internal_advice", "T07-1 Draft internal advice, aspect 1", "T07-1 起草内部意见（方面1）", "advice",
        "", "internal advice aspect 1|intern advice 1|内部意见1|内部意见方面1"),
    "T07-2 Draft intern advice aspect 2": (
        "tp_t07_2_internal_advice", "T07-2 Draft internal advice, aspect 2", "T07-2 起草内部意见（方面2）", "advice",
        "", "internal advice aspect 2|intern advice 2|内部意见2|内部意见方面2"),
    "T07-3 Draft intern advice hold for aspect 3": (
        "tp_t07_3_internal_advice", "T07-3 Draft internal advice to hold, aspect 3", "T07-3 起草内部搁置意见（方面3）",
        "advice", "", "internal advice aspect 3|intern advice 3|内部意见3|内部意见方面3"),
    "T07-4 Draft internal advice to hold for type 4": (
        "tp_t07_4_internal_advice", "T07-4 Draft internal advice to hold, type 4", "T07-4 起草内部搁置意见（类型4）",
        "advice", "", "internal advice type 4|intern advice 4|内部意见4|内部意见类型4"),
    "T07-5 Draft intern advice aspect 5": (
        "tp_t07_5_internal_advice", "T07-5 Draft internal advice, aspect 5", "T07-5 起草内部意见（方面5）", "advice",
        "", "internal advice aspect 5|intern advice 5|内部意见5|内部意见方面5"),
    "T08 Draft and send request for advice": (
        "tp_t08_request_advice", "T08 Draft and send request for (external) advice", "T08 起草并发送征求意见函",
        "advice", "physical", "request for advice|advice request|征求意见|发函征求意见|外部征询"),
    "T09-1 Process or receive external advice from party 1": (
        "tp_t09_1_external_advice", "T09-1 Process / receive external advice, party 1", "T09-1 处理/接收外部意见（第1方）",
        "advice", "", "external advice party 1|外部意见1|第1方意见"),
    "T09-2 Process or receive external advice from party 2": (
        "tp_t09_2_external_advice", "T09-2 Process / receive external advice, party 2", "T09-2 处理/接收外部意见（第2方）",
        "advice", "", "external advice party 2|外部意见2|第2方意见"),
    "T09-3 Process or receive external advice from party 3": (
        "tp_t09_3_external_advice", "T09-3 Process / receive external advice, party 3", "T09-3 处理/接收外部意见（第3方）",
        "advice", "", "external advice party 3|外部意见3|第3方意见"),
    "T09-4 Process or receive external advice from party 4": (
        "tp_t09_4_external_advice", "T09-4 Process / receive external advice, party 4", "T09-4 处理/接收外部意见（第4方）",
        "advice", "", "external advice party 4|外部意见4|第4方意见"),
    "T10 Determine necessity to stop indication": (
        "tp_t10_stop_indication", "T10 Determine necessity to stop indication", "T10 判断是否需要暂停指示",
        "assessment", "", "stop indication|necessity to stop indication|暂停指示|是否需要暂停指示"),
    "T11 Create document X request unlicensed": (
        "tp_t11_create_doc_x", "T11 Create document X (request unlicensed)", "T11 创建文件X（无许可申请）", "document_x",
        "", "create document X|document X|文件X|创建文件X"),
    "T12 Check document X request unlicensed": (
        "tp_t12_check_doc_x", "T12 Check document X (request unlicensed)", "T12 核对文件X（无许可申请）", "document_x",
        "", "check document X|核对文件X"),
    "T13 Adjust document X request unlicensed": (
        "tp_t13_adjust_doc_x", "T13 Adjust document X (request unlicensed)", "T13 修改文件X（无许可申请）", "document_x",
        "", "adjust document X|修改文件X"),
    "T14 Determine document X request unlicensed": (
        "tp_t14_determine_doc_x", "T14 Determine document X (request unlicensed)", "T14 确定文件X（无许可申请）",
        "document_x", "", "determine document X|确定文件X"),
    "T15 Print document X request unlicensed": (
        "tp_t15_print_doc_x", "T15 Print document X (request unlicensed)", "T15 打印文件X（无许可申请）", "document_x",
        "physical", "print document X|打印文件X|寄出文件X"),
    "T16 Report reasons to hold request": (
        "tp_t16_hold_reasons", "T16 Report reasons to hold the request", "T16 报告搁置申请的原因", "hold_report", "",
        "hold request|reasons to hold|搁置申请|搁置原因|申请搁置"),
    "T17 Check report Y to stop indication": (
        "tp_t17_check_report_y", "T17 Check report Y (stop indication)", "T17 核对报告Y（暂停指示）", "hold_report", "",
        "check report Y|report Y|报告Y|核对报告Y"),
    "T18 Adjust report Y to stop indicition": (
        "tp_t18_adjust_report_y", "T18 Adjust report Y (stop indication)", "T18 修改报告Y（暂停指示）", "hold_report",
        "", "adjust report Y|T18 Adjust report Y to stop indication|修改报告Y"),
    "T19 Determine report Y to stop indication": (
        "tp_t19_determine_report_y", "T19 Determine report Y (stop indication)", "T19 确定报告Y（暂停指示）",
        "hold_report", "", "determine report Y|确定报告Y"),
    "T20 Print report Y to stop indication": (
        "tp_t20_print_report_y", "T20 Print report Y (stop indication)", "T20 打印报告Y（暂停指示）", "hold_report",
        "physical", "print report Y|打印报告Y|寄出报告Y"),
}

# journey_id -> (name_en, name_zh, window_days, [activities])
JOURNEYS = {
    "receipt_confirmation": ("Receipt confirmation process", "收件确认流程", 30, [
        "Confirmation of receipt", "T02 Check confirmation of receipt", "T04 Determine confirmation of receipt",
        "T05 Print and send confirmation of receipt"]),
    "stop_assessment": ("Stop assessment", "暂停必要性评估", 30, [
        "Confirmation of receipt", "T06 Determine necessity of stop advice",
        "T10 Determine necessity to stop indication"]),
    "document_x": ("Document X request", "文件X流程", 30, [
        "T11 Create document X request unlicensed", "T12 Check document X request unlicensed",
        "T14 Determine document X request unlicensed", "T15 Print document X request unlicensed"]),
    "hold_report": ("Hold and report Y", "搁置/暂停报告Y", 30, [
        "T16 Report reasons to hold request", "T17 Check report Y to stop indication",
        "T19 Determine report Y to stop indication", "T20 Print report Y to stop indication"]),
}


def raw_xes(cli: str | None) -> bytes:
    """The decompressed XES bytes, from the first place that has the file."""
    for cand in [cli, os.environ.get("WABO_RAW"), f"/work/raw/wabo_permits/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).is_dir():
            cand = str(Path(cand) / FILE)
        if cand and Path(cand).is_file():
            data = Path(cand).read_bytes()
            break
    else:
        git_dir = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        try:
            data = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:{PATH}"],
                                  check=True, capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError):
            sys.exit(f"raw file {FILE} not found: pass --raw, set $WABO_RAW, put it in /work/raw/wabo_permits/, or "
                     f"fetch github:{REPO} (commit {COMMIT}, {PATH})")
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if hashlib.md5(data).hexdigest() != XES_MD5:
        sys.exit(f"{FILE}: unexpected content (MD5 {hashlib.md5(data).hexdigest()}, expected {XES_MD5})")
    return data


def local(stamp: str) -> str:
    """'2010-10-02T09:20:39.266+02:00' -> '2010-10-02T09:20:39.266' (local wall-clock time)."""
    return stamp[:23] if len(stamp) >= 23 and stamp[19] == "." else stamp[:19]


def attrs(el: ET.Element) -> dict[str, str]:
    return {a.get("key"): a.get("value") for a in el if a.tag != "event"}


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to env_permit.xes.gz (or the decompressed .xes, or its folder)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    root = ET.fromstring(raw_xes(args.raw))

    customers, events, seen = [], [], Counter()
    for tr in root.iter("trace"):
        c = attrs(tr)
        cid = c["concept:name"]
        end = c.get("enddate")
        customers.append([
            cid, c["startdate"][:10] + "T00:00:00", c["channel"], c["department"], c["responsible"],
            c.get("group", ""), c["deadline"][:10], c["enddate_planned"][:10], local(end) if end else ""])
        for ev in tr.iter("event"):
            e = attrs(ev)
            act = e["concept:name"]
            seen[act] += 1
            code = act.split(" ")[0] if act.startswith("T") else "T00"
            grp = e.get("org:group", "")
            events.append([e["concept:instance"], cid, local(e["time:timestamp"]), TP[act][0],
                           e["lifecycle:transition"], act, code, e.get("org:resource", ""),
                           "" if grp == "EMPTY" else grp])

    # the log's own header counts every activity: the conversion must match it exactly
    meta = next(x for x in root if x.get("key") == "meta_concept:named_events_total")
    want = {x.get("key"): int(x.get("value")) for x in meta}
    if dict(seen) != want or len(customers) != N_CASES or len(events) != N_EVENTS:
        sys.exit(f"unexpected log content: {len(customers)} cases, {len(events)} events, {dict(seen)}")
    if len({r[0] for r in events}) != N_EVENTS:
        sys.exit("concept:instance is not unique")

    tps = []
    for act, (tid, en, zh, phase, kind, al) in TP.items():
        code = act.split(" ")[0] if act.startswith("T") else "T00"
        tps.append([tid, en, zh, en, STAGE[phase], kind, OWNER[phase], f"{act}|{code}|{al}", act, code, phase])
    write(out / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "kind", "owner",
                                    "aliases", "activity", "task_code", "phase"], tps)
    write(out / "customers.csv", ["customer_id", "signup_at", "acquisition_channel", "department", "responsible",
                                  "case_group", "deadline", "planned_end_date", "case_end"], customers)
    events.sort(key=lambda r: (r[1], r[2], int(r[0].split("-")[1])))
    write(out / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "activity", "task_code",
                               "resource", "work_group"], events)
    jr = []
    for jid, (en, zh, win, acts) in JOURNEYS.items():
        for k, act in enumerate(acts, 1):
            jr.append([jid, en, zh, en, k, TP[act][0], win])
    write(out / "journeys.csv", ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step",
                                 "touchpoint_id", "window_days"], jr)
    print(f"wrote {out}: {len(tps)} touchpoints, {len(customers)} customers, {len(events)} events, "
          f"{len(JOURNEYS)} journeys")


if __name__ == "__main__":
    main()
