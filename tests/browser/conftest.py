"""Fixtures for the website chat widget's browser tests.

Playwright's sync API drives Debian's Chromium (/usr/bin/chromium, installed by
scripts/install_browser.sh; Playwright's own browser download is never used). The assistant
under test is `live_server` from tests/conftest.py (Rasa + action server with the trained
model and the web channel), or, when WIDGET_BASE_URL is set, a server already running there
(for working on the widget: `WIDGET_BASE_URL=http://127.0.0.1:5105 pytest tests/browser`).

Every test gets its own browser context (fresh sessionStorage and localStorage: a new
conversation), fails on any JavaScript error or console error on the page, and leaves
screenshots in reports/screenshots/.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "reports" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def widget_base(request) -> str:
    """Base URL of the assistant serving /webhooks/web/demo.html."""
    external = os.environ.get("WIDGET_BASE_URL", "").strip()
    if external:
        return external.rstrip("/")
    return request.getfixturevalue("live_server").rstrip("/")


@pytest.fixture(scope="session")
def demo_url(widget_base) -> str:
    return f"{widget_base}/webhooks/web/demo.html"


@pytest.fixture(scope="module")
def browser():
    # module scope: Playwright's sync API keeps an event loop running in this thread while it is
    # open, which would break every asyncio test that runs after the browser tests
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install_browser.sh")
    if not (ROOT / "web" / "widget" / "vendor" / "socket.io.min.js").is_file():
        pytest.fail("web/widget/vendor/socket.io.min.js is missing: run scripts/install_browser.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class PageProblems:
    """JavaScript errors, console errors and dialogs (alert/confirm/prompt) seen on a page."""

    def __init__(self) -> None:
        self.errors: List[str] = []
        self.dialogs: List[str] = []

    def watch(self, page) -> None:
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(f"console: {msg.text}"))

        def on_dialog(dialog):
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)


def _new_context(browser, viewport, mobile: bool):
    options = {"viewport": viewport, "locale": "en-US", "service_workers": "block"}
    if mobile:
        options.update(is_mobile=True, has_touch=True, device_scale_factor=2)
    return browser.new_context(**options)


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


def _page(browser, problems, viewport, mobile, base):
    context = _new_context(browser, viewport, mobile)
    context.set_default_timeout(15_000)

    def only_the_assistant(route):
        # nothing may be loaded from anywhere but the assistant itself (no CDN, no third party)
        url = route.request.url
        if url.startswith(base + "/") or url.startswith("data:"):
            route.continue_()
        else:
            problems.errors.append(f"request to another origin: {url}")
            route.abort()

    context.route("**/*", only_the_assistant)
    page = context.new_page()
    problems.watch(page)
    return context, page


@pytest.fixture
def page(browser, problems, widget_base):
    context, page = _page(browser, problems, DESKTOP, False, widget_base)
    yield page
    context.close()
    assert problems.errors == [], problems.errors
    assert problems.dialogs == [], problems.dialogs


@pytest.fixture
def mobile_page(browser, problems, widget_base):
    context, page = _page(browser, problems, MOBILE, True, widget_base)
    yield page
    context.close()
    assert problems.errors == [], problems.errors
    assert problems.dialogs == [], problems.dialogs


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
