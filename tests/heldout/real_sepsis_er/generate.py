"""Convert the real "Sepsis Cases" event log (1,050 sepsis patients' pathways through a hospital, 2013-2015) into a DATA.md folder.

    python generate.py OUTDIR [--raw PATH_TO/SEPSIS.xes.gz]

Source (see README.md): F. Mannhardt, "Sepsis Cases - Event Log", 4TU.ResearchData (Eindhoven University of
Technology), doi:10.4121/uuid:915d2bfb-7e84-49ad-a286-dc35f063a460: 1,050 cases (one case = one patient's pathway
through the hospital), 15,214 events of 16 activities recorded by the hospital's ERP system, anonymised; the
publisher randomised the timestamps but kept the time between the events of a case. We read `SEPSIS.xes.gz` from,
in this order: `--raw PATH`, `$SEPSIS_RAW`, `/work/raw/sepsis/`, `raw/` beside this file, or the local git mirror of
the public repository that holds it at a pinned commit (`$HELDOUT_MIRRORS`, default /work/.mirror). The
decompressed XES is checked by MD5, so a different copy is refused. The raw data is NOT committed here. Every case
and every event is kept (no sample, no cleaning); < 2 s. Nothing random happens (no seed is needed).

Conversion (faithful; one case = one patient = one customer; the log has no other patient identifier):
- touchpoints: one per activity (16), English and Chinese names, raw activity name in `aliases` and in the extra
  column `activity`; extra column `phase` (arrival, triage, diagnostics, treatment, admission, discharge, return:
  the activity's place in a hospital pathway) and DATA.md `stage` mapped from it (arrival -> awareness, triage ->
  consideration, diagnostics / treatment -> purchase (the care delivered), admission / discharge -> service,
  return -> loyalty (after discharge)); kind physical; owner = the function the activity names (emergency
  department, laboratory, wards, intensive care, discharge); no channel (a hospital has one).
- events: one row per XES event. customer_id = case id (concept:name of the trace), ts = time:timestamp as local
  wall-clock time (the +01:00 / +02:00 offset dropped), touchpoint_id = the activity's touchpoint, action =
  lifecycle:transition ('complete' for all), event_id = case id + '-' + position in the trace (1-based). Extra
  columns: activity (raw name), lifecycle, department (org:group, an anonymised letter A..Y; empty where the log
  says '?', i.e. on every Return ER event), crp / leucocytes / lactic_acid (the lab result on the CRP, Leucocytes
  and LacticAcid events, as published; empty elsewhere).
- customers: one per case. customer_id = case id; signup_at = the time of the case's ER Registration event (every
  case has exactly one; in 55 cases a few events were logged before it). Extra columns, from the attributes the
  log records once per case (on the registration event; in the 55 cases with events before the registration,
  age and diagnose sit on the case's first event instead): age (in 5-year steps as published, 20..90; known for
  all), diagnose (anonymised diagnosis code; empty for 253),
  and the 22 yes/no checklist items (true/false): infection_suspected, sirs_2_or_more (SIRSCriteria2OrMore),
  sirs_heart_rate, sirs_tachypnea, sirs_temperature, sirs_leucos, hypotension (Hypotensie), hypoxia (Hypoxie),
  oliguria (Oligurie), organ_dysfunction (DisfuncOrg), infusion, and diag_* (Diagnostic*: art_astrup, blood, ecg,
  ic, lactic_acid, liquor, other, sputum, urinary_culture, urinary_sediment, xthorax).
  Derived from the case's events (documented, nothing else is derived): segment = highest level of care reached
  (icu = has Admission IC; ward = Admission NC but no IC; er_only = neither), discharge_type (A..E from the
  case's Release event, at most one per case; empty if none), returned_to_er (true if the case has Return ER).
- journeys: er_sepsis_pathway 急诊脓毒症救治路径 / ER sepsis pathway: ER Registration -> ER Triage -> ER Sepsis
  Triage -> IV Antibiotics -> Admission NC (ward), window 14 days (the latest first ward admission came 7.02 days
  after registration); discharge_return 住院-出院-返诊 / Stay, discharge and return: ER Registration -> Admission
  NC -> Release A -> Return ER, window 450 days (the latest return came 422 days after registration).
No orders (no prices, bills or payments), no feedback (no patient comments or ratings), no experiments.
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
REPO = "ERamaM/PredictiveMonitoringDatasets"
COMMIT = "0190735ef440cb444111fee45d469feb31a5d1bc"
PATH = "raw_datasets/SEPSIS.xes.gz"
FILE = "SEPSIS.xes.gz"
XES_MD5 = "4e354145ceb2fa11160ba5dfe5ae820d"  # the decompressed XES, 5,795,395 bytes
N_CASES, N_EVENTS = 1050, 15214

# activity -> (touchpoint_id, name_en, name_zh, phase, owner, aliases)
TOUCHPOINTS = {
    "ER Registration": ("tp_er_registration", "ER registration", "急诊挂号登记", "arrival", "emergency department",
                        "ER Registration|registration|ER arrival|arrival|check-in|急诊登记|挂号|"
                        "到院|急诊就诊|来院"),
    "ER Triage": ("tp_er_triage", "ER triage", "急诊分诊", "triage", "emergency department",
                  "ER Triage|triage|triaged|urgency assessment|分诊|预检分诊|急诊分级"),
    "ER Sepsis Triage": ("tp_sepsis_triage", "ER sepsis triage (screening)", "急诊脓毒症筛查", "triage",
                         "emergency department",
                         "ER Sepsis Triage|sepsis triage|sepsis screening|sepsis screen|脓毒症分诊|脓毒症筛查|败血症筛查"),
    "Leucocytes": ("tp_lab_leucocytes", "Leucocyte count (lab test)", "白细胞计数检测", "diagnostics", "laboratory",
                   "Leucocytes|leucocyte|leukocytes|white blood cell count|WBC|白细胞|白细胞计数|血常规"),
    "CRP": ("tp_lab_crp", "CRP test (lab)", "C反应蛋白(CRP)检测", "diagnostics", "laboratory",
            "CRP|C-reactive protein|CRP test|C反应蛋白|CRP检测"),
    "LacticAcid": ("tp_lab_lactic_acid", "Lactic acid test (lab)", "乳酸检测", "diagnostics", "laboratory",
                   "LacticAcid|lactic acid|lactate|lactate test|乳酸|血乳酸"),
    "IV Liquid": ("tp_iv_liquid", "IV fluids", "静脉补液", "treatment", "emergency department",
                  "IV Liquid|IV fluids|fluids|fluid resuscitation|补液|静脉输液"),
    "IV Antibiotics": ("tp_iv_antibiotics", "IV antibiotics", "静脉抗生素", "treatment", "emergency department",
                       "IV Antibiotics|antibiotics|antibiotic|IV antibiotic|抗生素|抗菌药|静脉抗生素|上抗生素"),
    "Admission NC": ("tp_admission_ward", "Admission to normal care (ward)", "收住普通病房", "admission",
                     "inpatient wards",
                     "Admission NC|normal care|ward admission|admitted to ward|general ward|普通病房|住院|收住院|入院"),
    "Admission IC": ("tp_admission_icu", "Admission to intensive care (ICU)", "收入重症监护室(ICU)", "admission",
                     "intensive care",
                     "Admission IC|intensive care|ICU|IC admission|admitted to ICU|重症监护|进ICU|重症"),
    "Release A": ("tp_release_a", "Discharge, type A", "出院(A类)", "discharge", "discharge",
                  "Release A|release A|discharge A|出院A|A类出院"),
    "Release B": ("tp_release_b", "Discharge, type B", "出院(B类)", "discharge", "discharge",
                  "Release B|release B|discharge B|出院B|B类出院"),
    "Release C": ("tp_release_c", "Discharge, type C", "出院(C类)", "discharge", "discharge",
                  "Release C|release C|discharge C|出院C|C类出院"),
    "Release D": ("tp_release_d", "Discharge, type D", "出院(D类)", "discharge", "discharge",
                  "Release D|release D|discharge D|出院D|D类出院"),
    "Release E": ("tp_release_e", "Discharge, type E", "出院(E类)", "discharge", "discharge",
                  "Release E|release E|discharge E|出院E|E类出院"),
    "Return ER": ("tp_return_er", "Return to the ER", "返回急诊(返诊)", "return", "",
                  "Return ER|return to ER|came back|readmission|re-visit|bounce back|返诊|再次急诊|回急诊|再入院"),
}
STAGE = {"arrival": "awareness", "triage": "consideration", "diagnostics": "purchase", "treatment": "purchase",
         "admission": "service", "discharge": "service", "return": "loyalty"}
JOURNEYS = [
    ("er_sepsis_pathway", "ER sepsis pathway", "急诊脓毒症救治路径", 14,
     ["ER Registration", "ER Triage", "ER Sepsis Triage", "IV Antibiotics", "Admission NC"]),
    ("discharge_return", "Stay, discharge and return", "住院-出院-返诊", 450,
     ["ER Registration", "Admission NC", "Release A", "Return ER"]),
]
# raw attribute -> customers column
FLAGS = {
    "InfectionSuspected": "infection_suspected", "SIRSCriteria2OrMore": "sirs_2_or_more",
    "SIRSCritHeartRate": "sirs_heart_rate", "SIRSCritTachypnea": "sirs_tachypnea",
    "SIRSCritTemperature": "sirs_temperature", "SIRSCritLeucos": "sirs_leucos", "Hypotensie": "hypotension",
    "Hypoxie": "hypoxia", "Oligurie": "oliguria", "DisfuncOrg": "organ_dysfunction", "Infusion": "infusion",
    "DiagnosticArtAstrup": "diag_art_astrup", "DiagnosticBlood": "diag_blood", "DiagnosticECG": "diag_ecg",
    "DiagnosticIC": "diag_ic", "DiagnosticLacticAcid": "diag_lactic_acid", "DiagnosticLiquor": "diag_liquor",
    "DiagnosticOther": "diag_other", "DiagnosticSputum": "diag_sputum",
    "DiagnosticUrinaryCulture": "diag_urinary_culture", "DiagnosticUrinarySediment": "diag_urinary_sediment",
    "DiagnosticXthorax": "diag_xthorax",
}
LABS = {"CRP": "crp", "Leucocytes": "leucocytes", "LacticAcid": "lactic_acid"}


def raw_xes(cli: str | None) -> bytes:
    """The decompressed XES (from the first place that has it), checked against its MD5."""
    for cand in [cli, os.environ.get("SEPSIS_RAW"), f"/work/raw/sepsis/{FILE}", str(HERE / "raw" / FILE)]:
        if cand and Path(cand).exists():
            blob = Path(cand).read_bytes()
            break
    else:
        mirror = Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
        if not mirror.exists():
            sys.exit(f"raw file {FILE} not found: pass --raw, set $SEPSIS_RAW, put it in /work/raw/sepsis/, or fetch "
                     f"github:{REPO} into {mirror} (commit {COMMIT}, path {PATH})")
        blob = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    data = gzip.decompress(blob) if blob[:2] == b"\x1f\x8b" else blob
    digest = hashlib.md5(data).hexdigest()
    if digest != XES_MD5:
        sys.exit(f"the XES has MD5 {digest}, expected {XES_MD5}: not the pinned copy of the Sepsis Cases log")
    return data


def local(stamp: str) -> str:
    """'2013-11-07T08:18:29.000+01:00' -> '2013-11-07T08:18:29' (the log's local wall-clock time; all .000)."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.000)?([+-]\d\d:\d\d|Z)", stamp)
    if not m:
        sys.exit(f"unexpected timestamp {stamp!r}")
    return m.group(1)


def parse(data: bytes) -> tuple[ET.Element, list[tuple[str, list[dict]]]]:
    root = ET.parse(io.BytesIO(data)).getroot()
    traces = []
    for tr in root.iter("trace"):
        case = next(a.get("value") for a in tr if a.tag == "string" and a.get("key") == "concept:name")
        traces.append((case, [{a.get("key"): a.get("value") for a in ev} for ev in tr.findall("event")]))
    return root, traces


def check_meta(root: ET.Element, got: dict[str, int]) -> None:
    """The log's own header counts events per activity (meta_concept:named_events_total): ours must match."""
    block = next((c for c in root if c.get("key") == "meta_concept:named_events_total"), None)
    if block is None:
        sys.exit("the log header has no meta_concept:named_events_total")
    want = {c.get("key"): int(c.get("value")) for c in block}
    if got != want or sum(want.values()) != int(block.get("value")):
        sys.exit(f"event counts per activity differ from the log header: {got} vs {want}")


def tf(v: str | None) -> str:
    return {"True": "true", "False": "false", None: ""}[v]


def write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--raw", help="path to SEPSIS.xes.gz (or the decompressed .xes)")
    args = ap.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    root, traces = parse(raw_xes(args.raw))
    if len(traces) != N_CASES or len({c for c, _ in traces}) != N_CASES:
        sys.exit(f"expected {N_CASES} distinct cases, got {len(traces)}")

    customers: list[list[object]] = []
    events: list[list[object]] = []
    counts: dict[str, int] = {}
    for case, evs in traces:
        acts = [e["concept:name"] for e in evs]
        regs = [e for e in evs if e["concept:name"] == "ER Registration"]
        if len(regs) != 1:
            sys.exit(f"case {case} has {len(regs)} ER Registration events")
        reg = regs[0]

        def case_attr(key: str) -> str | None:
            vals = {e[key] for e in evs if key in e}
            if len(vals) > 1:
                sys.exit(f"case {case}: {key} has several values {vals}")
            return vals.pop() if vals else None

        releases = [a[-1] for a in acts if a.startswith("Release ")]
        if len(releases) > 1:
            sys.exit(f"case {case} has {len(releases)} releases")
        segment = "icu" if "Admission IC" in acts else "ward" if "Admission NC" in acts else "er_only"
        customers.append([case, local(reg["time:timestamp"]), segment, case_attr("Age") or "",
                          case_attr("Diagnose") or ""] + [tf(case_attr(k)) for k in FLAGS]
                         + [releases[0] if releases else "", tf(str("Return ER" in acts))])
        for i, e in enumerate(evs, start=1):
            act = e["concept:name"]
            counts[act] = counts.get(act, 0) + 1
            dept = e.get("org:group", "")
            events.append([f"{case}-{i:03d}", case, local(e["time:timestamp"]), TOUCHPOINTS[act][0],
                           e["lifecycle:transition"].lower(), act, e["lifecycle:transition"],
                           "" if dept == "?" else dept] + [e.get(k, "") if act == k else "" for k in LABS])
    if len(events) != N_EVENTS:
        sys.exit(f"expected {N_EVENTS} events, got {len(events)}")
    check_meta(root, counts)
    events.sort(key=lambda r: (r[2], r[0]))

    write(out / "touchpoints.csv",
          ["touchpoint_id", "name", "name_zh", "name_en", "stage", "kind", "owner", "aliases", "activity", "phase"],
          [[t[0], t[1], t[2], t[1], STAGE[t[3]], "physical", t[4], t[5], act, t[3]]
           for act, t in TOUCHPOINTS.items()])
    write(out / "journeys.csv",
          ["journey_id", "journey_name", "journey_name_zh", "journey_name_en", "step", "touchpoint_id", "window_days"],
          [[jid, en, zh, en, i + 1, TOUCHPOINTS[act][0], win]
           for jid, en, zh, win, steps in JOURNEYS for i, act in enumerate(steps)])
    write(out / "customers.csv",
          ["customer_id", "signup_at", "segment", "age", "diagnose"] + list(FLAGS.values())
          + ["discharge_type", "returned_to_er"], customers)
    write(out / "events.csv",
          ["event_id", "customer_id", "ts", "touchpoint_id", "action", "activity", "lifecycle", "department"]
          + list(LABS.values()), events)
    print(f"wrote {out}: {len(customers)} patients (customers), {len(events)} events, "
          f"{len(TOUCHPOINTS)} touchpoints, {len(JOURNEYS)} journeys")


if __name__ == "__main__":
    main()
