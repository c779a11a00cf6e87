"""`journey eval FILE`: run a question benchmark (INTERFACE.md format) and print the score."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from knowledge.errors import JourneyError

from assistant.commands.ask import parse_as_of

DEFAULT_FILE = "tests/golden/questions.yaml"
ROUNDING = 5e-5  # expected values are rounded to 4 decimals
ANSWER_CHARS = 400  # of each answer's text kept in the results


@dataclass
class ItemResult:
    id: str
    lang: str
    intent: str
    passed: bool
    reasons: list[str] = field(default_factory=list)
    status: str = ""
    elapsed_ms: float = 0.0
    question: str = ""
    # the start of what the assistant said (why it refused, which assumption it made)
    answer: str = ""


@dataclass
class EvalReport:
    """Per-item results plus the score overall, per language and per intent."""

    items: list[ItemResult] = field(default_factory=list)

    @staticmethod
    def _score(items: list[ItemResult]) -> float:
        return sum(i.passed for i in items) / len(items) if items else 0.0

    @property
    def score(self) -> float:
        return self._score(self.items)

    def by(self, key: str) -> dict[str, tuple[int, int, float]]:
        """group → (passed, total, score) for key 'lang' or 'intent'."""
        groups: dict[str, list[ItemResult]] = {}
        for i in self.items:
            groups.setdefault(getattr(i, key) or "-", []).append(i)
        return {g: (sum(x.passed for x in v), len(v), self._score(v)) for g, v in sorted(groups.items())}

    @property
    def failures(self) -> list[ItemResult]:
        return [i for i in self.items if not i.passed]


def _numbers(table: Any) -> list[float]:
    return [float(v) for row in table.rows for v in row
            if isinstance(v, (int, float)) and not isinstance(v, bool)]


def check_expect(answer: Any, expect: dict[str, Any]) -> list[str]:
    """Reasons the answer misses the expectation (empty when it passes)."""
    reasons: list[str] = []
    if "status" in expect and answer.status != expect["status"]:
        reasons.append(f"status {answer.status} != {expect['status']}")
    first = answer.tables[0] if answer.tables else None
    if "top_entity" in expect:
        want = str(expect["top_entity"])
        if first is None or not first.rows or want not in [str(v) for v in first.rows[0]]:
            got = first.rows[0][:4] if first is not None and first.rows else None
            reasons.append(f"top_entity {want} not in first row {got}")
    if "value" in expect:
        want_v, tol = float(expect["value"]), float(expect.get("tolerance") or 0.0)
        nums = _numbers(first) if first is not None else []
        if not any(abs(n - want_v) <= tol + ROUNDING for n in nums):
            reasons.append(f"value {want_v}±{tol} not in first table")
    if "citations_from" in expect:
        allowed = {str(x) for x in expect["citations_from"]}
        ids = [c.feedback_id for c in answer.citations]
        if not ids or sum(i in allowed for i in ids) * 2 < len(ids):
            reasons.append(f"citations {ids[:5]} mostly outside the expected ids")
    return reasons


def _chain(item: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The item preceded by the questions it follows up on, oldest first."""
    chain, seen = [item], {item.get("id")}
    while chain[0].get("follow_up_of"):
        parent = by_id.get(chain[0]["follow_up_of"])
        if parent is None or parent.get("id") in seen:
            break
        seen.add(parent.get("id"))
        chain.insert(0, parent)
    return chain


def score_benchmark(items: list[dict[str, Any]], service: Any, *, as_of: date | None = None) -> EvalReport:
    """Ask every item (follow-ups after their parents, in one fresh session) and check its expectations."""
    by_id = {str(i.get("id")): i for i in items}
    report = EvalReport()
    for item in items:
        session: str | None = None
        answer, reasons = None, []
        t0 = time.perf_counter()
        try:
            for step in _chain(item, by_id):
                day = parse_as_of(str(step["as_of"])) if step.get("as_of") else as_of
                answer = service.answer(str(step["question"]), session_id=session, lang=step.get("lang_forced"),
                                        as_of=day)
                session = answer.session_id
            reasons = check_expect(answer, item.get("expect") or {})
        except JourneyError as exc:
            reasons = [f"error [{exc.code}]: {exc.message}"]
        report.items.append(ItemResult(
            id=str(item.get("id")), lang=str(item.get("lang") or (answer.language if answer else "")),
            intent=str(item.get("intent") or "-"), passed=not reasons, reasons=reasons,
            status=answer.status if answer else "error", elapsed_ms=(time.perf_counter() - t0) * 1000,
            question=str(item.get("question")), answer=(answer.answer or "")[:ANSWER_CHARS] if answer else ""))
    return report


def load_items(path: Path) -> list[dict[str, Any]]:
    """Read and check the benchmark YAML; problems are usage errors naming the item."""
    import yaml
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise JourneyError(f"benchmark file {path} not found", hint="journey eval tests/golden/questions.yaml",
                           code="bad_usage") from None
    except yaml.YAMLError as exc:
        raise JourneyError(f"{path} is not valid YAML: {exc}", hint="fix the YAML syntax", code="bad_usage") from None
    if not isinstance(data, list):
        raise JourneyError(f"{path} must be a YAML list of items", hint="each item: {id, question, lang, expect}",
                           code="bad_usage")
    for n, item in enumerate(data, 1):
        if not isinstance(item, dict) or not item.get("question") or not isinstance(item.get("expect", {}), dict):
            raise JourneyError(f"{path}: item {n} ({item.get('id') if isinstance(item, dict) else item!r}) needs "
                               "a question and an expect mapping", hint="see INTERFACE.md 'Benchmark file'",
                               code="bad_usage")
    return data


def print_report(console: Any, report: EvalReport, *, verbose: bool) -> None:
    """Score overall, per language, per intent; failures (all with --verbose, else the first 10)."""
    from rich.markup import escape
    from rich.table import Table

    for key in ("lang", "intent"):
        table = Table(title=f"score per {key}", header_style="bold cyan")
        for col in (key, "passed", "total", "score"):
            table.add_column(col)
        for g, (p, n, s) in report.by(key).items():
            table.add_row(g, str(p), str(n), f"{s:.1%}")
        console.print(table)
    fails = report.failures if verbose else report.failures[:10]
    for f in fails:
        console.print(f"[red]✗ {escape(f.id)}[/red] {escape(f.question)} [dim]({escape('; '.join(f.reasons))})[/dim]")
    if len(fails) < len(report.failures):
        console.print(f"[dim]… {len(report.failures) - len(fails)} more failures (--verbose shows all)[/dim]")
    times = sorted(i.elapsed_ms for i in report.items)
    p50 = times[len(times) // 2] if times else 0.0
    console.print(f"[bold]score {report.score:.1%}[/bold] ({len(report.items) - len(report.failures)}/"
                  f"{len(report.items)}), median {p50:.0f} ms per item")


def write_json(report: EvalReport, path: Path) -> None:
    """Every item's result (id, language, passed, status, reasons, the start of the answer) plus the scores, for your own dashboards."""
    import json
    data = {"score": report.score, "by_lang": {k: {"passed": p, "total": n} for k, (p, n, _) in report.by("lang").items()},
            "items": [{"id": i.id, "lang": i.lang, "intent": i.intent, "question": i.question, "passed": i.passed,
                       "status": i.status, "reasons": i.reasons, "elapsed_ms": round(i.elapsed_ms, 1),
                       "answer": i.answer}
                      for i in report.items]}
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        raise JourneyError(f"cannot write {path}: {exc}", hint="choose a writable path for --json",
                           code="bad_usage") from None


def run(file: str | None = None, as_of: str | None = None, verbose: bool = False, workspace: str | None = None,
        json_out: str | None = None) -> int:
    """Run the benchmark; exit 0 when every item passes, 1 otherwise."""
    from rich.console import Console

    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings
    items = load_items(Path(file or DEFAULT_FILE))
    day = parse_as_of(as_of)
    import tempfile

    from assistant.memory import SessionStore
    service = build_chat_service(load_settings(), workspace=workspace)
    service.workspace.require()
    try:
        # benchmark sessions are scratch: they must not crowd out the user's real conversations
        with tempfile.TemporaryDirectory(prefix="journey-eval-") as tmp:
            service.store = SessionStore(tmp, max_turns=10, max_sessions=100_000)
            report = score_benchmark(items, service, as_of=day)
    finally:
        service.close()
    print_report(Console(), report, verbose=verbose)
    if json_out:
        write_json(report, Path(json_out))
    return 0 if not report.failures else 1
