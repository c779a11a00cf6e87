"""Convert a real slice of the "Road Traffic Fine Management Process" event log (10,000 Italian traffic fines, 2006-2012) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH]

Source (see README.md): M. de Leoni, F. Mannhardt, "Road Traffic Fine Management Process", 4TU.ResearchData,
doi:10.4121/uuid:270fd440-1057-4fb9-89a9-b699b47990f5 (150,370 fines of an Italian local police force). The copy
used is the 10,000-case slice shipped as `data/traffic_fines.rda` in the R package eventdataR (GitHub
bupaverse/eventdataR @ b766ace34a580a37d930d285fef08f38c321d26f): the first 10,000 cases (complete traces) of a CSV
export of the 4TU log, in case-id string order (A1, A100, A10000, ... A26674), 34,724 events. The .rda was dumped
unchanged to `traffic_fines_eventdataR.csv` (pyreadr; see SOURCE.txt beside the raw files). We read that CSV from,
in this order: `--raw PATH` (the CSV or its folder), `$TRAFFIC_FINES_RAW`, `/work/raw/real_traffic_fines/`, `raw/`
beside this file; if only `traffic_fines.rda` is found and `pyreadr` is importable, it is dumped the same way
first. The CSV is checked by MD5, so a different copy is refused. The raw data is NOT committed here. Every case
and every event of the slice is kept (no further sampling, no cleaning). Deterministic; no randomness (no seed
needed); < 2 s.

Conversion (one case = one fine = one "customer": the log has no offender or vehicle identifier):
- touchpoints: one per activity (11), English and Chinese names, raw activity name in `aliases` (with synonyms
  in both languages) and in the extra column `activity`; extra column `phase` (issue, notify, payment,
  enforcement, appeal) and DATA.md `stage` mapped from it (issue -> awareness, notify -> consideration, payment ->
  purchase, enforcement and appeal -> service); kind physical; channel other (paper, post, counter); owner = who
  performs the step (local police, fines office, prefecture, justice of the peace, credit collection).
- events: one row per event. customer_id = case id, touchpoint_id = the activity's touchpoint, action =
  lifecycle ('complete' for all), event_id = case id + '-' + position in the trace (1-based). The log has dates
  only (every timestamp is midnight); ts = that date plus (position in trace - 1) SECONDS, so that events of one
  fine on the same day keep the log's order (405 fines were created and paid on the same day) - the calendar
  date of every event is unchanged. Extra columns (as published, on the events that carry them; empty
  elsewhere): activity (raw name), officer (resource: anonymised officer number, on Create Fine and Appeal to
  Judge), amount_due (amount in EUR: the fine on Create Fine, the new total due on Add penalty), expense (postal
  / notification expenses in EUR, on Send Fine), notification_type and last_sent (on Insert Fine Notification),
  dismissal (on Create Fine, Send Appeal to Prefecture, Appeal to Judge; 'NIL' = not dismissed, other codes as
  published), matricola (on Appeal to Judge), payment_amount (EUR, on Payment, corrected as below), total_paid
  (totalpaymentamount as published: on Create Fine 0.0, on Payment the running total of what was paid).
- customers: one per case. customer_id = case id; signup_at = the Create Fine time (every case starts with
  exactly one). Extra columns from the Create Fine event (case attributes): fine_amount (EUR), article (article
  of the Italian highway code, 7 / 157 / 158), points (licence points deducted, 0 or 2), vehicle_class (A, C, M
  as published; the publisher does not decode them), dismissal, officer. Nothing derived.
- orders: one per Payment event (the only money in the log): order_id = the event_id, customer_id, ts (as the
  event), amount = the payment in EUR, status paid, extra columns payment_no (1st, 2nd, 3rd payment of the fine)
  and total_paid_after (as published). The eventdataR build read the CSV with read_csv2 (decimal comma), which
  turned the numeric column paymentamount into 10x the euro amount ('87.0' -> 870) or 100x for two-decimal
  amounts ('33.25' -> 3325). We divide by 10, or by 100 where that and not /10 equals the increase of the
  published running total (30 of 4,910 payments); the string columns amount, expense, totalpaymentamount were
  not affected and are kept as published.
- journeys (window 2,000 days: the latest event comes 1,956 days after its fine was created):
  fine_to_collection 罚单未缴移送征收 / Unpaid fine to credit collection: Create Fine -> Send Fine -> Insert Fine
  Notification -> Add penalty -> Send for Credit Collection.
  fine_to_payment 罚单寄送到缴款 / Fine mailed to payment: Create Fine -> Send Fine -> Insert Fine Notification ->
  Payment.
  prefecture_appeal 省署申诉流程 / Appeal to the Prefecture: Create Fine -> Insert Fine Notification -> Insert Date
  Appeal to Prefecture -> Send Appeal to Prefecture -> Receive Result Appeal from Prefecture -> Notify Result
  Appeal to Offender.
No feedback (the log has no comments or ratings), no experiments.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import os
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV_NAME = "traffic_fines_eventdataR.csv"
RDA_NAME = "traffic_fines.rda"
CSV_MD5 = "dc7ec118f25e6f7532a14132e52e1d91"
RDA_MD5 = "ae1a29423532bd9380356212d16a3729"
N_CASES, N_EVENTS = 10000, 34724
WINDOW = 2000

# activity -> (touchpoint_id, name_en, name_zh, phase, owner, aliases)
TOUCHPOINTS = {
    "Create Fine": ("tp_create_fine", "Fine issued (created)", "开具罚单", "issue", "local police (traffic officers)",
                    "Create Fine|create fine|fine issued|ticket issued|ticket written|new fine|violation recorded|"
                    "开罚单|开单|罚单开具|新开罚单|违章开单"),
    "Send Fine": ("tp_send_fine", "Fine mailed to offender", "邮寄罚单", "notify", "fines office",
                  "Send Fine|send fine|fine sent|fine mailed|mailing|posted|寄送罚单|寄出罚单|邮寄|发送罚单"),
    "Insert Fine Notification": ("tp_fine_notification", "Fine notification delivered", "罚单送达", "notify",
                                 "fines office",
                                 "Insert Fine Notification|fine notification|notification|notice served|"
                                 "served|delivered|送达|罚单送达|通知送达|送达登记"),
    "Add penalty": ("tp_add_penalty", "Late-payment penalty added", "加收滞纳罚款", "enforcement", "fines office",
                    "Add penalty|add penalty|penalty|late penalty|surcharge|late fee|加罚|滞纳金|罚款加倍|加收罚款"),
    "Payment": ("tp_payment", "Payment received", "缴纳罚款", "payment", "fines office (cashier)",
                "Payment|payment|paid|pay|fine paid|缴款|缴费|缴罚款|付款|交罚款"),
    "Send for Credit Collection": ("tp_credit_collection", "Sent for credit collection", "移交欠款征收",
                                   "enforcement", "credit collection agency",
                                   "Send for Credit Collection|credit collection|debt collection|collections|"
                                   "sent to collections|移送征收|欠款征收|强制征收|催收|移交催收"),
    "Insert Date Appeal to Prefecture": ("tp_appeal_prefecture_filed", "Appeal to the Prefecture filed",
                                         "向省署提出申诉", "appeal", "fines office",
                                         "Insert Date Appeal to Prefecture|appeal filed|appeal to prefecture|"
                                         "prefecture appeal|申诉|提出申诉|省署申诉|行政申诉|向省政府申诉"),
    "Send Appeal to Prefecture": ("tp_appeal_prefecture_sent", "Appeal sent to the Prefecture", "申诉移送省署",
                                  "appeal", "fines office",
                                  "Send Appeal to Prefecture|appeal sent|appeal forwarded|申诉移送|申诉转省署|"
                                  "申诉材料寄送省政府"),
    "Receive Result Appeal from Prefecture": ("tp_appeal_result_received", "Appeal result received from the Prefecture",
                                              "收到省署申诉结果", "appeal", "prefecture",
                                              "Receive Result Appeal from Prefecture|appeal result received|"
                                              "prefecture decision|申诉结果|省署裁定|收到申诉结果"),
    "Notify Result Appeal to Offender": ("tp_appeal_result_notified", "Appeal result notified to offender",
                                         "申诉结果通知违章人", "appeal", "fines office",
                                         "Notify Result Appeal to Offender|appeal result notified|"
                                         "offender informed|通知申诉结果|告知申诉结果"),
    "Appeal to Judge": ("tp_appeal_judge", "Appeal to a judge", "向法官上诉", "appeal",
                        "justice of the peace (court)",
                        "Appeal to Judge|appeal to judge|court appeal|judge|向法院上诉|上诉|法院|治安法官|打官司"),
}
STAGE = {"issue": "awareness", "notify": "consideration", "payment": "purchase", "enforcement": "service",
         "appeal": "service"}
JOURNEYS = [
    ("fine_to_collection", "罚单未缴移送征收", "Unpaid fine to credit collection",
     ["Create Fine", "Send Fine", "Insert Fine Notification", "Add penalty", "Send for Credit Collection"]),
    ("fine_to_payment", "罚单寄送到缴款", "Fine mailed to payment",
     ["Create Fine", "Send Fine", "Insert Fine Notification", "Payment"]),
    ("prefecture_appeal", "省署申诉流程", "Appeal to the Prefecture",
     ["Create Fine", "Insert Fine Notification", "Insert Date Appeal to Prefecture", "Send Appeal to Prefecture",
      "Receive Result Appeal from Prefecture", "Notify Result Appeal to Offender"]),
]


def md5(path: Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def dump_rda(rda: Path, out: Path) -> None:
    """Write the .rda's data frame as CSV exactly as SOURCE.txt describes (needs pyreadr + pandas)."""
    if md5(rda) != RDA_MD5:
        raise SystemExit(f"{rda}: MD5 {md5(rda)} is not the pinned eventdataR copy ({RDA_MD5})")
    try:
        import pyreadr  # noqa: PLC0415
    except ImportError as exc:
        raise SystemExit(f"found {rda} but not {CSV_NAME}; `pip install pyreadr` to dump it once") from exc
    df = pyreadr.read_r(str(rda))["traffic_fines"]
    df["timestamp"] = df["timestamp"].dt.strftime("%Y-%m-%d %H:%M:%S")
    df.to_csv(out, index=False)


def find_raw(arg: str | None) -> Path:
    cands = [Path(arg)] if arg else []
    if os.environ.get("TRAFFIC_FINES_RAW"):
        cands.append(Path(os.environ["TRAFFIC_FINES_RAW"]))
    cands += [Path("/work/raw/real_traffic_fines"), HERE / "raw"]
    for c in cands:
        f = c if c.is_file() and c.suffix == ".csv" else c / CSV_NAME
        if f.is_file():
            return f
    for c in cands:
        r = c if c.is_file() and c.suffix == ".rda" else c / RDA_NAME
        if r.is_file():
            out = r.parent / CSV_NAME
            dump_rda(r, out)
            return out
    raise SystemExit(f"raw file {CSV_NAME} (or {RDA_NAME}) not found in: {', '.join(map(str, cands))}")


def num(s: str) -> str:
    """A published number without a meaningless '.0' (article 157.0 -> 157)."""
    if s == "":
        return ""
    f = float(s)
    return str(int(f)) if f == int(f) else repr(f)


def write(path: Path, header: list[str], rows: list[list]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--raw", help=f"path to {CSV_NAME} (or its folder)")
    args = ap.parse_args()
    raw = find_raw(args.raw)
    if md5(raw) != CSV_MD5:
        raise SystemExit(f"{raw}: MD5 {md5(raw)} is not the pinned dump ({CSV_MD5}); see SOURCE.txt")
    with open(raw, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != N_EVENTS:
        raise SystemExit(f"{raw}: {len(rows)} events, expected {N_EVENTS}")
    traces: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        traces[r["case_id"]].append(r)
    if len(traces) != N_CASES:
        raise SystemExit(f"{raw}: {len(traces)} cases, expected {N_CASES}")

    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_en", "name_zh", "stage", "channel", "kind", "owner", "aliases", "activity",
           "phase"],
          [[tp, en, en, zh, STAGE[ph], "other", "physical", owner, al, act, ph]
           for act, (tp, en, zh, ph, owner, al) in TOUCHPOINTS.items()])

    ev_rows, cust_rows, order_rows = [], [], []
    n_div100 = 0
    for case in sorted(traces, key=lambda c: int(traces[c][0][".order"])):
        tr = sorted(traces[case], key=lambda r: int(r[".order"]))
        if tr[0]["activity"] != "Create Fine" or sum(r["activity"] == "Create Fine" for r in tr) != 1:
            raise SystemExit(f"case {case} does not start with exactly one Create Fine")
        prev_total, pay_no = 0.0, 0
        for pos, r in enumerate(tr, 1):
            date = r["timestamp"][:10]
            if r["timestamp"][10:] != " 00:00:00":
                raise SystemExit(f"case {case}: unexpected time of day {r['timestamp']}")
            ts = f"{date}T00:00:{pos - 1:02d}" if pos <= 60 else None
            if ts is None:
                raise SystemExit(f"case {case}: more than 60 events")
            eid = f"{case}-{pos}"
            pay = ""
            if r["activity"] == "Payment":
                n = float(r["paymentamount"])
                total = float(r["totalpaymentamount"])
                d = total - prev_total
                if abs(d - n / 100) < 0.005 and abs(d - n / 10) >= 0.005:
                    amt = n / 100
                    n_div100 += 1
                else:
                    amt = n / 10
                prev_total = total
                pay_no += 1
                pay = f"{amt:.2f}"
                order_rows.append([eid, case, ts, pay, "paid", pay_no, r["totalpaymentamount"]])
            ev_rows.append([case, ts, TOUCHPOINTS[r["activity"]][0], eid, r["lifecycle"], r["activity"],
                            r["resource"], r["amount"], r["expense"], r["notificationtype"], r["lastsent"],
                            r["dismissal"], num(r["matricola"]), pay, r["totalpaymentamount"]])
        c = tr[0]
        cust_rows.append([case, f"{c['timestamp'][:10]}T00:00:00", c["amount"], num(c["article"]), num(c["points"]),
                          c["vehicleclass"], c["dismissal"], c["resource"]])
    write(out / "events.csv",
          ["customer_id", "ts", "touchpoint_id", "event_id", "action", "activity", "officer", "amount_due", "expense",
           "notification_type", "last_sent", "dismissal", "matricola", "payment_amount", "total_paid"], ev_rows)
    write(out / "customers.csv",
          ["customer_id", "signup_at", "fine_amount", "article", "points", "vehicle_class", "dismissal", "officer"],
          cust_rows)
    write(out / "orders.csv",
          ["order_id", "customer_id", "ts", "amount", "status", "payment_no", "total_paid_after"], order_rows)
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, k, TOUCHPOINTS[act][0], WINDOW]
           for jid, zh, en, steps in JOURNEYS for k, act in enumerate(steps, 1)])
    print(f"{out}: {len(cust_rows)} fines, {len(ev_rows)} events, {len(order_rows)} payments "
          f"({n_div100} read as /100), {len(TOUCHPOINTS)} touchpoints, {len(JOURNEYS)} journeys")
    return 0


if __name__ == "__main__":
    sys.exit(main())
