"""`journey chat`: an interactive terminal chat with follow-ups (/new starts over, /quit leaves)."""
from __future__ import annotations

from typing import Any, Callable

from knowledge.errors import JourneyError

from assistant.commands.ask import parse_as_of, render_answer

COMMANDS = {"/quit": "leave", "/exit": "leave", "/new": "start a new conversation", "/help": "show commands"}


def chat_loop(service: Any, console: Any, read: Callable[[], str], *, session: str | None = None,
              lang: str | None = None, as_of: Any = None) -> int:
    """Read questions until /quit or end of input; each answer continues the session."""
    console.print("[bold]journey chat[/bold] — ask in 中文 or English; /new, /quit")
    while True:
        try:
            line = read().strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return 0
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return 0
        if line == "/new":
            session = None
            console.print("[dim]new conversation[/dim]")
            continue
        if line == "/help":
            for cmd, what in COMMANDS.items():
                console.print(f"  {cmd}  {what}")
            continue
        try:
            answer = service.answer(line, session_id=session, lang=lang, as_of=as_of)
        except JourneyError as exc:
            console.print(f"[red]error [{exc.code}]: {exc.message}[/red]" + (f"\n[dim]hint: {exc.hint}[/dim]" if exc.hint else ""))
            continue
        session = answer.session_id
        render_answer(console, answer)


def run(session: str | None = None, as_of: str | None = None, lang: str | None = None,
        workspace: str | None = None) -> int:
    """Start the chat in this terminal."""
    from rich.console import Console

    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings
    day = parse_as_of(as_of)
    service = build_chat_service(load_settings(), workspace=workspace)
    service.workspace.require()
    console = Console()
    try:
        return chat_loop(service, console, lambda: console.input("[bold cyan]> [/bold cyan]"), session=session,
                         lang=lang, as_of=day)
    finally:
        service.close()
