"""Headless Debian Chromium driven by Playwright (never `playwright install`: it downloads)."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("JOURNEY_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
                 "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"no Chromium at {CHROMIUM}: run scripts/install-browser.sh")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class RequestLog:
    """Every URL the page asked for, to prove nothing left the loopback address."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, request: object) -> None:
        self.urls.append(request.url)  # type: ignore[attr-defined]

    def external(self) -> list[str]:
        return [u for u in self.urls
                if urlparse(u).scheme not in ("data", "blob", "about") and urlparse(u).hostname != "127.0.0.1"]
