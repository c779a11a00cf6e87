"""`journey ask`: answer one question as text (rich) or as the answer JSON."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from knowledge.errors import JourneyError

TABLE_ROWS = 10


def parse_as_of(raw: str | None) -> date | None:
    """--as-of YYYY-MM-DD, or None; a bad date is a usage error (exit 2)."""
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise JourneyError(f"--as-of {raw!r} is not a date", hint="use YYYY-MM-DD, e.g. --as-of 2026-10-31",
                           code="bad_usage") from None


def exit_code(status: str) -> int:
    """0 when answered; 1 when the status is clarify, unsupported or error (INTERFACE.md)."""
    return 0 if status == "ok" else 1


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    return "" if v is None else str(v)


def render_answer(console: Any, answer: Any) -> None:
    """Print an Answer for people: text, first tables, options, assumptions, quotes, follow-ups."""
    from rich.markup import escape
    from rich.table import Table

    style = {"ok": "bold", "clarify": "bold yellow", "unsupported": "bold yellow", "error": "bold red"}[answer.status]
    # soft_wrap: the terminal wraps Chinese text itself; rich would move a whole CJK run to the next line
    console.print(escape(answer.answer), style=style, soft_wrap=True)
    for i, opt in enumerate(answer.options, 1):
        console.print(f"  {i}. {escape(opt)}")
    for tb in answer.tables[:2]:
        table = Table(title=escape(tb.title), show_lines=False, header_style="bold cyan")
        # on a terminal, "touchpoint" says what "touchpoint_id" says; the JSON keeps both
        keep = [i for i, c in enumerate(tb.columns) if not (c.endswith("_id") and c[:-3] in tb.columns)]
        for i in keep:
            table.add_column(escape(tb.columns[i]), overflow="fold")
        for row in tb.rows[:TABLE_ROWS]:
            table.add_row(*(escape(_cell(row[i])) for i in keep))
        if len(tb.rows) > TABLE_ROWS:
            table.caption = f"… {len(tb.rows) - TABLE_ROWS} more"
        console.print(table)
    for c in answer.citations[:3]:
        console.print(f"  “{escape(c.text)}” [dim]({escape(c.feedback_id)}, {escape(c.touchpoint_id or '')})[/dim]",
                      soft_wrap=True)
    for a in answer.assumptions:
        console.print(f"[dim]· {escape(a)}[/dim]", soft_wrap=True)
    for f in answer.follow_ups:
        console.print(f"[green]→ {escape(f)}[/green]", soft_wrap=True)
    session = f"session {answer.session_id} · " if answer.session_id else ""
    console.print(f"[dim]{session}{answer.model} · {answer.elapsed_ms} ms[/dim]")


def run(question: str, json_out: bool = False, session: str | None = None, as_of: str | None = None,
        lang: str | None = None, workspace: str | None = None) -> int:
    """Answer one question; exit 0 ok, 1 not answered (JSON still printed), 2 bad usage."""
    if not question or not question.strip():
        raise JourneyError("the question is empty", hint='journey ask "哪个触点流失用户最多?"', code="bad_usage")
    day = parse_as_of(as_of)
    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings
    service = build_chat_service(load_settings(), workspace=workspace)
    try:
        # only a question asked within a session is kept: one-off CLI questions stay out of the web list
        answer = service.answer(question, session_id=session, lang=lang, as_of=day, remember=session is not None)
    finally:
        service.close()
    if json_out:
        print(json.dumps(answer.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        from rich.console import Console
        render_answer(Console(), answer)
    return exit_code(answer.status)
