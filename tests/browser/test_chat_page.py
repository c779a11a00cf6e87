"""The chat page in real headless Chromium against a live server with a fake chat service."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest

from api.app import create_app
from api.config import ApiConfig
from tests.api_fakes import FakeChatService
from tests.api_server import ServerThread
from tests.browser.request_log import RequestLog

pytestmark = [pytest.mark.heavy, pytest.mark.browser]
QUESTION = "哪个触点流失用户最多?"


def open_page(browser, url: str, *, locale: str = "zh-CN", width: int = 1280, height: int = 900):
    context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
    page = context.new_page()
    log = RequestLog()
    page.on("request", log)
    page.goto(url + "/")
    return context, page, log


def ask(page, text: str) -> None:
    page.fill("#message", text)
    page.press("#message", "Enter")


def test_zh_question_chart_table_follow_up_and_vote(browser, tmp_path: Path) -> None:
    service = FakeChatService(step_delay_s=0.15, steps=3)
    with ServerThread(create_app(service, ApiConfig())) as url:
        context, page, log = open_page(browser, url)
        assert page.title() == "客户旅程助手"
        ask(page, QUESTION)
        page.wait_for_selector(".progress li", timeout=10_000)  # streaming progress shows up first
        assert "正在运行 漏斗流失分析" in page.locator(".progress li").first.inner_text()
        page.wait_for_selector(".answer .chart svg", timeout=20_000)
        answer = page.locator(".turn").nth(0)
        assert "短信验证环节流失用户最多" in answer.locator(".answer-text").inner_text()
        assert answer.locator(".progress li").count() == 0, "progress is replaced by the answer"
        rows = answer.locator("table tbody tr")
        assert rows.count() == 3
        assert rows.nth(0).locator("td").nth(1).inner_text() == "短信验证"
        assert rows.nth(0).locator("td").nth(3).inner_text() == "41.0%", "rates shown as percentages"
        assert "短信验证" in answer.locator(".chart svg").inner_html()

        # sort: users_lost is numeric, first click sorts descending, second ascending
        header = answer.locator("th", has_text="users_lost")
        header.click()
        header.click()
        assert rows.nth(0).locator("td").nth(0).inner_text() == "tp_signup"

        # a citation expands to the full comment; SQL shows on demand
        quote = answer.locator(".quote").nth(0)
        assert quote.locator(".quote-text").inner_text().endswith("…")
        quote.locator("button.link").click()
        assert quote.locator(".quote-text").inner_text().endswith("或者提供邮箱验证的替代方式。")
        answer.locator("details.sql summary").click()
        assert "SELECT touchpoint_id" in answer.locator("details.sql pre").inner_text()

        # the conversation scrolls inside the page, so a tall window shows the whole answer
        page.set_viewport_size({"width": 1280, "height": 1500})
        page.locator(".turn").nth(0).scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "chat-desktop.png"))
        page.set_viewport_size({"width": 1280, "height": 900})

        # follow-up button continues the same session
        answer.locator("button.follow-up").first.click()
        page.wait_for_selector(".turn:nth-of-type(2) .answer-text", timeout=20_000)
        assert "第 2 轮" in page.locator(".turn").nth(1).locator(".answer-text").inner_text()
        assert len(service.sessions) == 1
        page.wait_for_function("document.querySelectorAll('#sessions li[data-session]').length === 1")
        assert page.locator("#sessions li[data-session] .muted").inner_text() == "2"

        # thumbs down with a comment reaches record_vote with the turn index
        second = page.locator(".turn").nth(1)
        second.locator(".vote-down").click()
        second.locator(".vote-comment").fill("数字不对")
        second.locator(".vote-form button").click()
        page.wait_for_selector(".turn:nth-of-type(2) .votes .muted")
        sid = next(iter(service.sessions))
        assert service.votes[-1] == {"session_id": sid, "turn": 1, "vote": "down", "comment": "数字不对",
                                     "question": "短信验证环节的用户反馈主要抱怨什么?"}

        # phone width: the sidebar becomes a drawer and nothing overflows sideways
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(400)  # the drawer slides out of view
        assert not page.locator("#sidebar").is_visible() or page.locator("#sidebar").bounding_box()["x"] < 0
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        page.screenshot(path=str(tmp_path / "chat-phone.png"))
        page.click("#menu")
        page.wait_for_timeout(300)
        assert page.locator("#sidebar").bounding_box()["x"] >= 0
        context.close()
        assert log.external() == [], log.external()
        assert any("/api/chart/svg" in u for u in log.urls)
    assert (tmp_path / "chat-desktop.png").stat().st_size > 10_000


def test_error_is_shown_politely(browser, tmp_path: Path) -> None:
    with ServerThread(create_app(FakeChatService(), ApiConfig())) as url:
        context, page, log = open_page(browser, url)
        ask(page, "boom")
        box = page.wait_for_selector(".error-box", timeout=20_000)
        text = box.inner_text()
        assert "抱歉，服务器处理时出了问题" in text
        assert "passwd" not in page.content() and "Traceback" not in page.content()
        assert page.locator(".error-box button", has_text="重试").count() == 1
        page.screenshot(path=str(tmp_path / "chat-error.png"))
        # an assistant error with its own code keeps the server's message and hint
        ask(page, "unsupported weather")
        page.wait_for_selector(".error-box[data-code=unsupported_question]", timeout=20_000)
        assert "ask about touchpoints" in page.locator(".error-box[data-code=unsupported_question]").inner_text()
        context.close()
        assert log.external() == []


def test_api_key_prompt_then_answer(browser, tmp_path: Path) -> None:
    with ServerThread(create_app(FakeChatService(), ApiConfig(api_keys=("team-key-1",)))) as url:
        context, page, log = open_page(browser, url, locale="en-US")
        # the conversation list asks the API at load: 401 opens the key dialog
        page.wait_for_selector("#key-dialog[open]", timeout=10_000)
        assert "API key required" in page.locator("#key-dialog").inner_text()
        page.screenshot(path=str(tmp_path / "key-prompt.png"))
        page.fill("#key-input", "wrong-key")
        page.click("#key-dialog button[value=save]")
        page.wait_for_selector("#key-dialog[open]", timeout=10_000)  # wrong key: asked again
        page.fill("#key-input", "team-key-1")
        page.click("#key-dialog button[value=save]")
        page.wait_for_selector("#sessions li.empty")
        assert page.evaluate("localStorage.getItem('journey.apiKey')") == "team-key-1"
        ask(page, "Which touchpoint loses the most users?")
        page.wait_for_selector(".answer .chart svg", timeout=20_000)
        assert "SMS verification" in page.locator(".answer-text").inner_text()
        context.close()
        assert log.external() == []


def test_language_switch_and_word_lists_match(browser) -> None:
    with ServerThread(create_app(FakeChatService(), ApiConfig())) as url:
        context, page, _ = open_page(browser, url)
        assert page.locator("#send").inner_text() == "发送"
        page.click("#lang-switch")
        assert page.locator("#send").inner_text() == "Send"
        assert page.title() == "Customer Journey Assistant"
        assert page.evaluate("localStorage.getItem('journey.lang')") == "en"
        missing = page.evaluate("""() => {
            const keys = (o, p) => Object.entries(o).flatMap(([k, v]) =>
                v && typeof v === 'object' && !Array.isArray(v) ? keys(v, p + k + '.') : [p + k]);
            const zh = new Set(keys(JOURNEY_I18N.zh, '')), en = new Set(keys(JOURNEY_I18N.en, ''));
            return [...zh].filter(k => !en.has(k)).concat([...en].filter(k => !zh.has(k)));
        }""")
        assert missing == []
        context.close()


def test_openapi_docs_render_offline(browser) -> None:
    with ServerThread(create_app(FakeChatService(), ApiConfig())) as url:
        context = browser.new_context()
        page = context.new_page()
        log = RequestLog()
        page.on("request", log)
        page.goto(url + "/docs")
        page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
        assert page.locator(".opblock-summary-path", has_text="/api/chat/stream").count() == 1
        context.close()
        assert log.external() == [], log.external()


def test_q_parameter_asks_the_question_once(browser) -> None:
    # the morning brief links to `/?q=<follow-up question>`
    with ServerThread(create_app(FakeChatService(), ApiConfig())) as url:
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        page.goto(url + "/?q=" + quote(QUESTION))
        page.wait_for_selector(".answer .answer-text", timeout=20_000)
        assert QUESTION in page.locator(".turn").nth(0).inner_text()
        assert "q=" not in page.url, "the question is asked once, not again on reload"
        context.close()
