"""The /map page over the real chat service and the small demo workspace, in real Chromium, offline."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from api.app import create_app
from tests.api_demo import demo_workspace
from tests.api_server import ServerThread
from tests.browser.request_log import RequestLog

pytestmark = [pytest.mark.heavy, pytest.mark.browser]
BUG_WEEK = ("2026-11-02", "2026-11-08")  # the planted Android payment bug (knowledge/demo/company.py)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    ws, _ = demo_workspace(tmp_path_factory)
    mp = pytest.MonkeyPatch()
    mp.setenv("JOURNEY_WORKSPACE", str(ws.root))
    mp.setenv("JOURNEY_MODEL", "offline")
    mp.delenv("JOURNEY_API_KEYS", raising=False)
    app = create_app()
    try:
        with ServerThread(app) as url:
            yield url
    finally:
        app.state.service.close()
        mp.undo()


def _shots(tmp_path: Path) -> Path:
    # JOURNEY_SCREENSHOTS keeps the pictures for people to look at; by default they go with the test
    out = Path(os.environ.get("JOURNEY_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _cards(page) -> dict[str, dict[str, str]]:
    return page.eval_on_selector_all(".card", """cards => Object.fromEntries(cards.map(c => [c.dataset.touchpoint, {
        sentiment: c.dataset.sentiment, comments: c.dataset.comments,
        drops: [...c.querySelectorAll('[data-field=step]')].map(s => s.dataset.drop).filter(Boolean),
        badges: [...c.querySelectorAll('[data-badge]')].map(b => b.dataset.badge)}]))""")


def _loaded(page) -> None:
    page.wait_for_selector(".card", timeout=60_000)
    page.wait_for_function("!document.body.dataset.loading", timeout=60_000)


@pytest.mark.parametrize("width,lang", [(1280, "en"), (390, "zh")])
def test_sms_has_the_biggest_drop_in_registration(browser, server, tmp_path, width, lang) -> None:
    context = browser.new_context(locale="zh-CN" if lang == "zh" else "en-US", viewport={"width": width, "height": 1100})
    context.add_init_script(f"localStorage.setItem('journey.lang', '{lang}')")
    page = context.new_page()
    log = RequestLog()
    page.on("request", log)
    page.goto(server + "/map?journey_id=register")
    _loaded(page)
    cards = _cards(page)
    assert list(cards) == ["tp_landing", "tp_signup", "tp_sms", "tp_profile"]
    drops = {tp: max(map(float, c["drops"])) for tp, c in cards.items() if c["drops"]}
    assert max(drops, key=drops.get) == "tp_sms"
    assert "biggest-drop" in cards["tp_sms"]["badges"]
    assert page.locator("#emotion-chart svg circle").count() >= 1
    page.screenshot(path=str(_shots(tmp_path) / f"map-register-{width}.png"), full_page=True)
    context.close()
    assert log.external() == [], log.external()


@pytest.mark.parametrize("width", [1280, 390])
def test_payment_feels_worst_in_the_android_bug_week(browser, server, tmp_path, width) -> None:
    context = browser.new_context(locale="en-US", viewport={"width": width, "height": 1100})
    context.add_init_script("localStorage.setItem('journey.lang', 'en')")
    page = context.new_page()
    page.goto(server + "/map")
    _loaded(page)
    # choose the period and the device with the pickers, as a person would
    page.fill("#pick-start", BUG_WEEK[0])
    page.dispatch_event("#pick-start", "change")
    _loaded(page)
    page.fill("#pick-end", BUG_WEEK[1])
    page.dispatch_event("#pick-end", "change")
    _loaded(page)
    page.select_option("#pick-device", "android")
    page.wait_for_function("location.search.includes('device=android')")
    _loaded(page)
    cards = _cards(page)
    rated = {tp: float(c["sentiment"]) for tp, c in cards.items() if c["sentiment"] and int(c["comments"]) >= 10}
    assert min(rated, key=rated.get) == "tp_payment", rated
    assert "worst-sentiment" in cards["tp_payment"]["badges"]
    assert "Payment" in page.inner_text("#map-summary")
    page.screenshot(path=str(_shots(tmp_path) / f"map-android-bug-week-{width}.png"), full_page=True)
    context.close()


def test_clicking_a_card_asks_the_chat_about_it(browser, server, tmp_path) -> None:
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 1100})
    context.add_init_script("localStorage.setItem('journey.lang', 'en')")
    page = context.new_page()
    page.goto(server + f"/map?journey_id=purchase&start={BUG_WEEK[0]}&end={BUG_WEEK[1]}")
    _loaded(page)
    page.click(".card[data-touchpoint=tp_payment]")
    page.wait_for_url(server + "/", timeout=30_000)
    page.wait_for_selector(".answer", timeout=90_000)
    question = page.inner_text(".bubble.user")
    assert "Payment" in question and BUG_WEEK[0] in question
    tools = page.evaluate("window.JourneyApp.state.turns[0].answer.tool_calls.map(c => c.name)")
    assert tools and "journey_map" not in tools
    page.screenshot(path=str(_shots(tmp_path) / "map-card-asks-chat.png"), full_page=True)
    context.close()


def test_chat_page_links_to_the_map(browser, server) -> None:
    context = browser.new_context(locale="en-US", viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.goto(server + "/")
    page.click("#map-link")
    page.wait_for_url(server + "/map")
    _loaded(page)
    context.close()
