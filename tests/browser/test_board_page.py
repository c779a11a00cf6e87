"""Pin an answer in the chat page, then open /board: the pin is re-run and drawn (real Chromium, offline)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from api.app import create_app
from tests.api_demo import demo_workspace
from tests.api_server import ServerThread
from tests.browser.request_log import RequestLog

pytestmark = [pytest.mark.heavy, pytest.mark.browser]


def test_pin_an_answer_and_see_it_on_the_board(browser, tmp_path_factory, tmp_path: Path, monkeypatch) -> None:
    ws, _ = demo_workspace(tmp_path_factory)
    monkeypatch.setenv("JOURNEY_WORKSPACE", str(ws.root))
    monkeypatch.setenv("JOURNEY_MODEL", "offline")
    monkeypatch.delenv("JOURNEY_API_KEYS", raising=False)
    app = create_app()
    shots = Path(os.environ.get("JOURNEY_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    try:
        with ServerThread(app) as url:
            context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 1200})
            context.add_init_script("localStorage.setItem('journey.lang', 'en')")
            page = context.new_page()
            log = RequestLog()
            page.on("request", log)
            page.goto(url + "/?ask=" + "Which step of the registration journey loses the most users?")
            page.wait_for_selector(".answer .pin-button", timeout=90_000)
            page.click(".answer .pin-button")
            page.wait_for_function("document.querySelector('.answer .pin-button').textContent === 'Pinned'")
            page.click("#board-link")
            page.wait_for_url(url + "/board")
            page.wait_for_selector(".pin[data-loaded='1'] .answer table", timeout=90_000)
            assert "Registration" in page.inner_text(".pin h2") or "registration" in page.inner_text(".pin h2")
            assert "SMS" in page.inner_text(".pin .answer-text")
            page.wait_for_selector(".pin .chart svg", timeout=60_000)  # the re-run answer's chart is drawn too
            page.screenshot(path=str(shots / "board-1280.png"), full_page=True)
            context.close()
            assert log.external() == [], log.external()
    finally:
        app.state.service.close()
