"""Build workspaces from DATA.md folders that tests write (shared by the data-aware test modules)."""
from __future__ import annotations

import contextlib
from pathlib import Path


@contextlib.contextmanager
def service_on(root: Path, write_folder):  # noqa: ANN001, ANN201 - a DATA.md folder writer; (service, facts)
    """A chat service over a workspace ingested from the folder `write_folder(root / "data")` writes
    (it returns the facts the tests check against), with sessions kept under root."""
    from assistant.chat_handler import build_chat_service
    from assistant.memory import SessionStore
    from assistant.settings import load_settings
    from knowledge.pipeline import load_dataset
    from knowledge.workspace import Workspace
    facts = write_folder(root / "data")
    ws = Workspace(root / "ws")
    load_dataset(ws, root / "data", progress=False)
    service = build_chat_service(load_settings(), workspace=str(ws.root))
    service.store = SessionStore(root / "sessions", max_turns=10, max_sessions=100)
    try:
        yield service, facts
    finally:
        service.close()


def write_csv(path: Path, header: list[str], rows: list[tuple]) -> None:
    """One DATA.md CSV file (UTF-8, header first)."""
    import csv
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def ask(service, q: str, session: str | None = None):  # noqa: ANN001, ANN201 - a chat service; its Answer
    """One question, in a session when one is given."""
    return service.answer(q, session_id=session)


def first_numbers(answer) -> list:  # noqa: ANN001 - an Answer
    """The numbers of an answer's first table (what `journey eval` checks a value against)."""
    assert answer.tables, answer.answer
    return [v for row in answer.tables[0].rows for v in row if isinstance(v, (int, float)) and not isinstance(v, bool)]


def amount_said(answer_text: str, value: float) -> bool:
    """Does the answer state the amount as the product writes amounts (two decimals, or rounded to whole units)?"""
    return f"{value:,.2f}" in answer_text or f"{round(value):,}" in answer_text
