"""Time expressions: our resolver against jionlp (zh) and dateparser (en/zh) on the same generated cases.

Cases come from tests/time_cases.py (zh and en templates × random dates and as-of days, each with
its known range). A case is right when the tool yields exactly the expected first..last day.
Two settings: the expression alone, and the whole question (the tool must find the expression).
jionlp and dateparser are not dependencies of the product; install them to compare, e.g.
    pip install jionlp==1.5.31 dateparser==1.5.0
Missing ones are reported as skipped.

    PYTHONPATH=$PWD python -m bench.bench_timeparse --cases 2400
"""
from __future__ import annotations

import argparse
import contextlib
import io
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from bench.common import print_table, write_results

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from time_cases import FAMILIES, Case, make_case  # noqa: E402

Range = tuple[date, date] | None


def ours() -> Callable[[str, date, bool], Range]:
    from assistant.planner import text, timeparse

    def run(s: str, as_of: date, whole: bool) -> Range:
        r = timeparse.find_times(text.normalise(s), as_of)
        return (r.period.start, r.period.end) if r.period and len(r.spans) == 1 else None
    return run


def jionlp() -> Callable[[str, date, bool], Range] | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # it prints a banner on import
            import jionlp as jio
    except ImportError:
        return None

    def to_range(times: list[str]) -> Range:
        if len(times) != 2 or "inf" in times[1]:
            return None
        return date.fromisoformat(times[0][:10]), date.fromisoformat(times[1][:10])

    def run(s: str, as_of: date, whole: bool) -> Range:
        base = time.mktime(datetime(as_of.year, as_of.month, as_of.day, 12).timetuple())
        try:
            if whole:
                ents = jio.ner.extract_time(s, time_base=base, with_parsing=True)
                return to_range(ents[0]["detail"]["time"]) if len(ents) == 1 else None
            return to_range(jio.parse_time(s, time_base=base)["time"])
        except Exception:  # noqa: BLE001 - jionlp raises ValueError and others on forms it does not know
            return None
    return run


def dateparser_() -> Callable[[str, date, bool], Range] | None:
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(s: str, as_of: date, whole: bool) -> Range:
        settings: Any = {"RELATIVE_BASE": datetime(as_of.year, as_of.month, as_of.day, 12),
                         "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
        if whole:
            found = search_dates(s, settings=settings) or []
            d = found[0][1] if len(found) == 1 else None
        else:
            d = dateparser.parse(s, settings=settings)
        # dateparser yields one datetime, never a period: right only when the range is that one day
        return (d.date(), d.date()) if d else None
    return run


def score(run: Callable[[str, date, bool], Range], cases: list[Case], whole: bool) -> dict[str, Any]:
    by: dict[tuple[str, str], list[bool]] = defaultdict(list)
    secs, none = [], 0
    for c in cases:
        t0 = time.perf_counter()
        got = run(c.sentence if whole else c.expr, c.as_of, whole)
        secs.append(time.perf_counter() - t0)
        if got is not None and got[0] <= c.as_of < got[1]:
            got = (got[0], c.as_of)  # the expected ranges stop at as-of; do the same for every tool
        by[(c.lang, c.family)].append(got == (c.start, c.end))
        none += got is None
    out: dict[str, Any] = {"per_lang_family": {f"{k[0]}/{k[1]}": round(sum(v) / len(v), 3) for k, v in sorted(by.items())}}
    for lang in ("zh", "en"):
        vals = [x for (lg, _), v in by.items() if lg == lang for x in v]
        out[f"accuracy_{lang}"] = round(sum(vals) / len(vals), 3) if vals else None
    out["median_us"] = round(statistics.median(secs) * 1e6, 1)
    out["no_answer"] = round(none / len(cases), 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=2400)
    ap.add_argument("--seed", type=int, default=11)
    a, _ = ap.parse_known_args()  # run_all passes every bench the same arguments
    rng = random.Random(a.seed)
    fams = sorted(FAMILIES)
    cases = [make_case(rng, fams[i % len(fams)]) for i in range(a.cases)]
    tools = {"ours": ours(), "jionlp": jionlp(), "dateparser": dateparser_()}
    results: dict[str, Any] = {"cases": len(cases), "seed": a.seed}
    rows = []
    for name, run in tools.items():
        if run is None:
            results[name] = "skipped: not installed"
            continue
        for whole in (False, True):
            r = score(run, cases, whole)
            results[f"{name}/{'question' if whole else 'expression'}"] = r
            rows.append([name, "question" if whole else "expression", r["accuracy_zh"], r["accuracy_en"], r["no_answer"],
                         r["median_us"]])
    print_table(["tool", "input", "zh right", "en right", "no answer", "median µs"], rows)
    fam_rows = []
    for key in sorted({k for v in results.values() if isinstance(v, dict) for k in v["per_lang_family"]}):
        fam_rows.append([key] + [results.get(f"{t}/question", {}).get("per_lang_family", {}).get(key, "-")
                                 if isinstance(results.get(f"{t}/question"), dict) else "-" for t in tools])
    print()
    print_table(["lang/family (in a question)"] + list(tools), fam_rows)
    print(write_results("timeparse", results))


if __name__ == "__main__":
    main()
