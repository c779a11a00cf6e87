"""Convert the real "Anonymous Bank" call-centre log (Israel, February 1999) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/data_anonymous_bank_february.txt]

Source (see README.md): the telephone call-centre data of an anonymous Israeli bank recorded in 1999 and published by
the Technion's Service Enterprise Engineering (SEE) center (organised by Ilan Guedj; Mandelbaum et al.). One record
per inbound call, 17 fields: the VRU (IVR) line, call id, caller's customer id (0 = caller not identified), priority,
service type, date, the times the call entered and left the VRU, joined and left the queue, and started and ended
service with an agent, the outcome (AGENT / HANG / PHANTOM) and the agent's name. The month of February 1999 (33,344
calls) is the file distributed with T. W. Miller's book "Modeling Techniques in Predictive Analytics"; we read it from,
in this order: `--raw PATH` (file or folder), `$BANK_CALLCENTER_RAW`, `/work/raw/bank_callcenter/`, `raw/` beside this
file, or the local git mirror (`$HELDOUT_MIRRORS`, default /work/.mirror) of github mtpa/mtpa at a pinned commit, else
of github datatalking/DA420_Assignment4 (the same content with LF line ends). Each copy is checked by MD5 and a file
with another MD5 is refused. The raw data is NOT committed here. Nothing random happens (no sample, no seed); < 3 s.

Conversion (faithful; one inbound call = one DATA.md customer, the bank customer who called is the extra column
`caller_id`, empty when the VRU did not identify the caller):
- dropped: the 278 PHANTOM calls (the publisher: "a virtual call to be ignored"); 33,066 calls are kept.
- timestamps: date (YYMMDD, 1999) + the recorded clock time, naive local time (Israel). A time more than 12 hours
  before the call's VRU entry belongs to the next day (calls crossing midnight). Times are kept as recorded even
  where the VRU exit is up to ~70 s before the VRU entry (25 calls: the clocks of two systems disagree).
- events (one row per recorded step of a call; channel = phone):
    tp_ivr       at vru_entry, every call (action enter);
    tp_queue     at q_start, when the call joined the queue (q_exit is not 00:00:00; action wait);
    tp_agent     at ser_start, when the outcome is AGENT and service times are recorded (action answer);
    tp_call_end  at ser_exit, same calls (action complete);
    tp_hang_up   when the outcome is HANG: at q_exit if the caller was queued, else at vru_exit (action abandon).
  Extra columns: agent (the raw `server`, empty for NO_SERVER), service_type (raw code), priority (raw 0/1/2),
  vru (AA01..AA06) and vru_line (AA0101..).
  Not turned into events: the queue exit itself (it is the answer or the hang-up), service times of the 97 HANG
  calls that also carry them, and the 50 AGENT calls that have no service times at all (they keep outcome AGENT on
  the customers row but have no tp_agent event).
- customers (one per call): customer_id = vru_line-call_id (e.g. AA0101-34536), signup_at = VRU entry;
  segment identified / unidentified (caller id given or not); tier priority (priority 2) / regular (priority 1, or 0
  with an identified caller: "treated as priority 1") / unknown (priority 0, caller not identified), tier_zh
  优先客户 / 普通客户 / 未识别; extras caller_id, priority, service_type, service_type_en, service_type_zh, vru,
  vru_line, call_id, outcome, agent, and the recorded durations vru_seconds, queue_seconds, service_seconds.
- touchpoints (5): IVR, queue, agent answered, call completed, hung up; English and Chinese names and aliases;
  stage service; channel phone.
- journeys: inbound_call 来电服务全流程 / Inbound call: IVR -> agent answered -> call completed (window 1 day);
  queued_call 排队来电接通 / Queued calls: queue -> agent answered -> call completed (window 1 day).
No orders (no money), no feedback (no call notes, surveys or complaints), no experiments.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILE = "data_anonymous_bank_february.txt"
SOURCES = [  # (repo, commit, path, md5 of the file as stored there)
    ("mtpa/mtpa", "b279e0132b731d646fe084f6f573cb9b4c86cd2e", "MTPA_Chapter_6/data_anonymous_bank_february.txt",
     "e84ad6dca8975d44c819c322164146fd"),  # 3,453,308 bytes, CRLF
    ("datatalking/DA420_Assignment4", "6707a8e6f923a2777349a43f77e5807f6fbf1273", "data_anonymous_bank_february.txt",
     "845dff73596bfef7399850b75f4fba59"),  # 3,419,962 bytes, LF, no final newline
]
NORMALISED_MD5 = "845dff73596bfef7399850b75f4fba59"  # CR removed, final newline dropped: both copies give this
HEADER = ["vru+line", "call_id", "customer_id", "priority", "type", "date", "vru_entry", "vru_exit", "vru_time",
          "q_start", "q_exit", "q_time", "outcome", "ser_start", "ser_exit", "ser_time", "server"]
N_RECORDS, N_PHANTOM = 33344, 278

TOUCHPOINTS = [  # id, name_en, name_zh, kind, owner, action, aliases
    ("tp_ivr", "IVR voice menu (call enters the VRU)", "语音导航(IVR)", "digital", "telephony",
     "IVR|VRU|voice response unit|voice menu|phone menu|automated menu|call entered|incoming call|"
     "语音导航|语音菜单|自动语音|按键菜单|来电进线|进线"),
    ("tp_queue", "Queue (on hold waiting for an agent)", "排队等待", "digital", "call centre",
     "queue|on hold|hold|waiting|wait for an agent|call queue|排队|等待|等候|排队等待|转人工排队"),
    ("tp_agent", "Agent answered (service starts)", "人工坐席接听", "physical", "call centre",
     "agent answered|answered|picked up|service start|talk to an agent|human agent|served|"
     "人工接听|坐席接听|接通|人工服务|转人工成功|客服接起"),
    ("tp_call_end", "Call completed (service ends)", "通话结束(服务完成)", "physical", "call centre",
     "call completed|service end|end of call|call finished|wrap up|通话结束|服务完成|挂机(服务后)|服务结束"),
    ("tp_hang_up", "Caller hung up (abandoned)", "客户挂断(放弃)", "digital", "call centre",
     "hung up|hang up|abandoned|abandonment|dropped|gave up|lost call|"
     "挂断|放弃|弃呼|放弃呼叫|未接通挂机|流失"),
]
ACTION = {"tp_ivr": "enter", "tp_queue": "wait", "tp_agent": "answer", "tp_call_end": "complete",
          "tp_hang_up": "abandon"}
JOURNEYS = [
    ("inbound_call", "Inbound call", "来电服务全流程", 1, ["tp_ivr", "tp_agent", "tp_call_end"]),
    ("queued_call", "Queued calls", "排队来电接通", 1, ["tp_queue", "tp_agent", "tp_call_end"]),
]
SERVICE_TYPES = {  # code -> (en, zh)
    "PS": ("Regular banking", "常规银行业务"),
    "PE": ("Regular banking in English", "英语常规业务"),
    "IN": ("Internet banking support", "网银咨询"),
    "NE": ("Stock exchange (securities)", "证券交易业务"),
    "NW": ("Prospective customer information", "潜在客户咨询"),
    "TT": ("Callback (customer left a message)", "留言回拨"),
}
TIER_ZH = {"priority": "优先客户", "regular": "普通客户", "unknown": "未识别"}
ZERO = "0:00:00"


def _mirror_show(repo: str, commit: str, path: str) -> bytes | None:
    mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / repo.replace("/", "+") / "repo"
    if not mirror.exists():
        return None
    res = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{commit}:{path}"], capture_output=True)
    return res.stdout if res.returncode == 0 else None


def raw_text(cli: str | None) -> str:
    """The February 1999 file from the first place that has it, checked by MD5, with line ends normalised."""
    blob = None
    for cand in [cli, os.environ.get("BANK_CALLCENTER_RAW"), f"/work/raw/bank_callcenter/{FILE}",
                 str(HERE / "raw" / FILE)]:
        if cand and Path(cand).is_dir():
            cand = str(Path(cand) / FILE)
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        for repo, commit, path, _ in SOURCES:
            blob = _mirror_show(repo, commit, path)
            if blob is not None:
                break
    if blob is None:
        sys.exit(f"raw file {FILE} not found: pass --raw, set $BANK_CALLCENTER_RAW, put it in "
                 f"/work/raw/bank_callcenter/, or fetch github:{SOURCES[0][0]} into /work/.mirror "
                 f"(commit {SOURCES[0][1]}, path {SOURCES[0][2]})")
    digest = hashlib.md5(blob).hexdigest()
    if digest not in {s[3] for s in SOURCES}:
        sys.exit(f"{FILE} has MD5 {digest}, expected one of {[s[3] for s in SOURCES]}: not a pinned copy")
    norm = blob.replace(b"\r", b"").rstrip(b"\n")
    if hashlib.md5(norm).hexdigest() != NORMALISED_MD5:
        sys.exit("normalised content differs from the pinned copies")
    return norm.decode("ascii")


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help=f"path to {FILE} (or its folder)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)

    lines = raw_text(args.raw).split("\n")
    if lines[0].split("\t") != HEADER:
        sys.exit(f"unexpected header {lines[0]!r}")
    recs = [dict(zip(HEADER, ln.split("\t"))) for ln in lines[1:]]
    if len(recs) != N_RECORDS or any(len(r) != len(HEADER) for r in recs):
        sys.exit(f"expected {N_RECORDS} records of {len(HEADER)} fields")
    if sum(r["outcome"] == "PHANTOM" for r in recs) != N_PHANTOM:
        sys.exit("unexpected number of PHANTOM calls")

    customers: list[list[object]] = []
    events: list[list[object]] = []
    seen: set[str] = set()
    for r in recs:
        if r["outcome"] == "PHANTOM":
            continue
        if r["outcome"] not in ("AGENT", "HANG") or r["type"] not in SERVICE_TYPES:
            sys.exit(f"unexpected record {r}")
        cid = f"{r['vru+line']}-{r['call_id']}"
        if cid in seen:
            sys.exit(f"duplicate call {cid}")
        seen.add(cid)
        day = datetime.strptime("19" + r["date"], "%Y%m%d")
        entry = day + timedelta(seconds=sum(int(x) * m for x, m in zip(r["vru_entry"].split(":"), (3600, 60, 1))))

        def at(clock: str) -> datetime:
            t = day + timedelta(seconds=sum(int(x) * m for x, m in zip(clock.split(":"), (3600, 60, 1))))
            return t + timedelta(days=1) if t < entry - timedelta(hours=12) else t

        queued = r["q_exit"] != ZERO
        has_service = r["ser_start"] != ZERO or r["ser_exit"] != ZERO
        caller = "" if r["customer_id"] == "0" else r["customer_id"]
        agent = "" if r["server"] == "NO_SERVER" else r["server"]
        prio = r["priority"]
        tier = "priority" if prio == "2" else ("regular" if prio == "1" or caller else "unknown")
        steps = [("tp_ivr", entry)]
        if queued:
            steps.append(("tp_queue", at(r["q_start"])))
        if r["outcome"] == "AGENT" and has_service:
            steps += [("tp_agent", at(r["ser_start"])), ("tp_call_end", at(r["ser_exit"]))]
        if r["outcome"] == "HANG":
            steps.append(("tp_hang_up", at(r["q_exit"] if queued else r["vru_exit"])))
        for i, (tp, ts) in enumerate(steps, start=1):
            events.append([f"{cid}-{i}", cid, ts.isoformat(sep=" "), tp, ACTION[tp], "phone",
                           agent if tp in ("tp_agent", "tp_call_end") else "", r["type"], prio, r["vru+line"][:4],
                           r["vru+line"]])
        en, zh = SERVICE_TYPES[r["type"]]
        customers.append([cid, entry.isoformat(sep=" "), "identified" if caller else "unidentified", tier,
                          TIER_ZH[tier], caller, prio, r["type"], en, zh, r["vru+line"][:4], r["vru+line"],
                          r["call_id"], r["outcome"], agent, int(r["vru_time"]), int(r["q_time"]),
                          int(r["ser_time"])])
    events.sort(key=lambda e: (e[2], e[0]))
    customers.sort(key=lambda c: (c[1], c[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "channel", "kind", "owner", "aliases"],
          [[t[0], t[1], t[2], t[1], "service", "phone", t[3], t[4], t[5]] for t in TOUCHPOINTS])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, i + 1, tp, win] for jid, en, zh, win, steps in JOURNEYS for i, tp in enumerate(steps)])
    write(out / "customers.csv",
          ["customer_id", "signup_at", "segment", "tier", "tier_zh", "caller_id", "priority", "service_type",
           "service_type_en", "service_type_zh", "vru", "vru_line", "call_id", "outcome", "agent", "vru_seconds",
           "queue_seconds", "service_seconds"], customers)
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "channel", "agent", "service_type",
           "priority", "vru", "vru_line"], events)
    print(f"wrote {out}: {len(customers)} calls (customers), {len(events)} events, {len(TOUCHPOINTS)} touchpoints, "
          f"{len(JOURNEYS)} journeys", file=sys.stderr)


if __name__ == "__main__":
    main()
