"""The chat page over the real chat service and a small demo workspace, offline."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.app import create_app
from tests.api_demo import demo_workspace
from tests.api_server import ServerThread
from tests.browser.request_log import RequestLog

pytestmark = [pytest.mark.heavy, pytest.mark.browser]


def test_real_answer_shows_chart_and_table(browser, tmp_path_factory, tmp_path: Path, monkeypatch) -> None:
    ws, _ = demo_workspace(tmp_path_factory)
    monkeypatch.setenv("JOURNEY_WORKSPACE", str(ws.root))
    monkeypatch.setenv("JOURNEY_MODEL", "offline")
    monkeypatch.delenv("JOURNEY_API_KEYS", raising=False)
    app = create_app()
    try:
        with ServerThread(app) as url:
            context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 1400})
            page = context.new_page()
            log = RequestLog()
            page.on("request", log)
            page.goto(url + "/")
            page.fill("#message", "哪个触点流失用户最多?")
            page.press("#message", "Enter")
            page.wait_for_selector(".answer .chart svg", timeout=60_000)
            answer = page.locator(".answer").first
            assert "流失" in answer.locator(".answer-text").inner_text()
            assert answer.locator("table tbody tr").count() >= 1
            assert answer.locator("th", has_text="touchpoint_id").count() >= 1
            page.screenshot(path=str(tmp_path / "chat-live.png"))
            # a suggested follow-up continues the conversation
            if answer.locator("button.follow-up").count():
                answer.locator("button.follow-up").first.click()
                page.wait_for_selector(".turn:nth-of-type(2) .answer, .turn:nth-of-type(2) .error-box", timeout=60_000)
            context.close()
            assert log.external() == [], log.external()
    finally:
        app.state.service.close()
