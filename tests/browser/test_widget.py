"""The website chat widget in a real browser, talking to the running assistant.

Each test opens the demo clinic page (/webhooks/web/demo.html, served by the web channel),
uses the widget the way a patient would (mouse, keyboard, phone-sized screen) and checks what
the patient sees. Debian's Chromium through Playwright; fixtures in conftest.py. Screenshots
go to reports/screenshots/widget-*.png (widget-desktop.png is the one docs/widget.md shows).
"""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from botox_clinic import clinic as clinic_module

pytestmark = pytest.mark.server

REPLY_TIMEOUT = 45_000  # ms: the first answers of a fresh server can be slow
CLINIC = clinic_module.load()
CLINIC_PHONE = CLINIC.phone  # from clinic.yml
CLINIC_TEL = "tel:" + re.sub(r"[^0-9+]", "", CLINIC_PHONE)
SHADOW = "document.getElementById('clinic-chat-widget').shadowRoot"


class Widget:
    """The widget on a page, found the way assistive technology finds it (roles and names)."""

    def __init__(self, page: Page):
        self.page = page
        self.host = page.locator("#clinic-chat-widget")
        self.launcher = self.host.get_by_role("button", name=re.compile(r"^Chat with Riverside Dermatology"))
        self.launcher_any = self.host.locator(".cw-launcher")  # also while hidden (phones: panel is full screen)
        self.panel = self.host.get_by_role("dialog", name="Riverside Dermatology")
        self.log = self.host.get_by_role("log", name="Conversation")
        self.input = self.host.get_by_role("textbox", name="Message to the assistant")
        self.emergency = self.host.locator(".cw-emergency")

    def open(self) -> None:
        expect(self.launcher).to_have_attribute("aria-expanded", "false")
        self.launcher.click()
        expect(self.launcher_any).to_have_attribute("aria-expanded", "true")
        expect(self.panel).to_be_visible()

    def send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")
        expect(self.user_bubbles.last).to_have_text(text)

    def ask(self, text: str, expected: str) -> None:
        """Send `text` and wait until a new bot message containing `expected` is shown."""
        before = self.bot_bubbles.count()
        self.send(text)
        expect(self.bot_bubbles.nth(before)).to_be_visible(timeout=REPLY_TIMEOUT)
        expect(self.bot_bubbles.filter(has_text=expected).last).to_be_visible(timeout=REPLY_TIMEOUT)
        expect(self.log).to_contain_text(expected)

    @property
    def bot_bubbles(self):
        return self.log.locator(".cw-msg--bot .cw-bubble")

    @property
    def user_bubbles(self):
        return self.log.locator(".cw-msg--user .cw-bubble")

    def stored(self, area: str = "sessionStorage") -> dict:
        return self.page.evaluate(f"() => JSON.parse({area}.getItem('clinicChat:' + location.origin))")


def shot(page: Page, screenshot_dir, name: str) -> None:
    page.screenshot(path=str(screenshot_dir / f"widget-{name}.png"))


# ---------------------------------------------------------------------------------------------- asking

def test_ask_a_question_and_get_the_answer(page, demo_url, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    expect(widget.panel).to_be_hidden()
    widget.open()
    expect(widget.input).to_be_focused()  # focus moves to the input on open

    # typing indicator: record whether it appears while waiting for the reply
    page.evaluate(f"""() => {{
        const typing = {SHADOW}.querySelector('.cw-typing');
        window.__typingSeen = false;
        new MutationObserver(() => {{
            if (typing.classList.contains('cw-typing--on') && typing.textContent.includes('typing'))
                window.__typingSeen = true;
        }}).observe(typing, {{attributes: true, childList: true, subtree: true}});
    }}""")
    widget.ask("Does Botox hurt?", "soothing cream")
    assert page.evaluate("window.__typingSeen") is True, "no typing indicator while waiting for the reply"
    expect(widget.host.locator(".cw-typing--on")).to_have_count(0)  # and gone once the answer is there
    # the first answer of a conversation comes with the notice (automated, not medical advice)
    expect(widget.log).to_contain_text("not medical advice")

    session_id = widget.stored()["sessionId"]
    assert re.fullmatch(r"[0-9a-f]{32}", session_id), session_id
    shot(page, screenshot_dir, "desktop")


def test_emergency_line_and_live_region_are_there(page, demo_url, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    widget.open()
    expect(widget.emergency).to_be_visible()
    expect(widget.emergency).to_have_text(re.compile(r"Not for emergencies\s+\u2014\s+call\s+911"))
    expect(widget.emergency.locator("a")).to_have_attribute("href", "tel:911")
    expect(widget.log).to_have_attribute("aria-live", "polite")
    assert widget.log.get_attribute("role") == "log"
    expect(widget.launcher).to_have_attribute("aria-controls", "cw-panel")

    # still visible after a long conversation has scrolled the transcript
    widget.ask("Does Botox hurt?", "soothing cream")
    for question in ("How long does it last?", "Is it for headaches?"):
        widget.send(question)
    expect(widget.bot_bubbles.filter(has_text="tension headaches")).to_be_visible(timeout=REPLY_TIMEOUT)
    expect(widget.emergency).to_be_in_viewport()
    shot(page, screenshot_dir, "emergency-line")


# ---------------------------------------------------------------------------------------------- triage

def test_quick_reply_sends_its_payload_and_shows_its_title(page, demo_url, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    widget.open()
    widget.ask("something feels wrong after my treatment", "What are you noticing?")
    replies = widget.log.get_by_role("group", name="Suggested replies")
    choice = replies.get_by_role("button", name="Drooping eyelid, brow or face")
    expect(choice).to_be_visible()
    expect(replies.get_by_role("button")).to_have_count(6)
    shot(page, screenshot_dir, "quick-replies")

    sent = []  # what went over the wire (socket.io long-polling POST bodies)
    page.on("request", lambda r: "/socket.io/" in r.url and r.method == "POST" and sent.append(r.post_data or ""))
    before = widget.bot_bubbles.count()
    choice.click()
    # the patient sees the button's title as their message; the bot got the payload and triaged it
    expect(widget.user_bubbles.last).to_have_text("Drooping eyelid, brow or face")
    expect(widget.bot_bubbles.nth(before)).to_contain_text("checked by the clinic today", timeout=REPLY_TIMEOUT)
    expect(replies).to_have_count(0)  # answered: the buttons are gone
    assert any('"user_uttered"' in body and "My eyelid, brow or face is drooping" in body for body in sent), sent
    assert not any("Drooping eyelid, brow or face" in body for body in sent), sent
    user_texts = [m["text"] for m in widget.stored()["messages"] if m["from"] == "user"]
    assert user_texts[-1] == "Drooping eyelid, brow or face", user_texts
    shot(page, screenshot_dir, "quick-reply-answer")


def test_clinic_phone_number_is_a_tel_link(page, demo_url, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    widget.open()
    widget.ask("my eyelid is drooping", CLINIC_PHONE)
    link = widget.bot_bubbles.locator("a[href^='tel:']").filter(has_text=CLINIC_PHONE).first
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", CLINIC_TEL)
    expect(link).to_have_text(CLINIC_PHONE)
    # the text around the link is still there, in order (in the urgent answer; during opening hours a later
    # bubble, "The clinic is open now: please call ...", links the same number)
    bubble = widget.bot_bubbles.filter(has=page.locator(f"a[href='{CLINIC_TEL}']")).filter(
        has_text=f"{CLINIC.name} now at").first
    expect(bubble).to_contain_text(f"call {CLINIC.name} now at {CLINIC_PHONE}")
    shot(page, screenshot_dir, "phone-link")


# ---------------------------------------------------------------------------------------------- persistence

def test_conversation_survives_reload_and_navigation(page, demo_url, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    widget.open()
    widget.ask("Does Botox hurt?", "soothing cream")
    session_id = widget.stored()["sessionId"]
    notices = widget.bot_bubbles.filter(has_text="automated helper")
    expect(notices).to_have_count(1)

    page.reload()
    widget = Widget(page)
    expect(widget.panel).to_be_visible()  # it was open: it stays open
    expect(widget.user_bubbles.first).to_have_text("Does Botox hurt?")
    expect(widget.log).to_contain_text("soothing cream")
    assert widget.stored()["sessionId"] == session_id

    page.goto(demo_url + "?page=aftercare")  # another page of the clinic's site
    widget = Widget(page)
    expect(widget.log).to_contain_text("soothing cream")
    widget.ask("thanks", "You're welcome")
    assert widget.stored()["sessionId"] == session_id
    # Rasa continued the same conversation: a new one would have started with the notice again
    expect(widget.bot_bubbles.filter(has_text="automated helper")).to_have_count(1)
    expect(widget.user_bubbles).to_have_count(2)
    shot(page, screenshot_dir, "after-reload")


def test_each_visitor_gets_an_unguessable_session(browser, demo_url):
    """Opening the chat asks the server for a session with a fresh 128-bit random id; nothing
    is stored in the browser before the patient writes something."""
    ids = []
    for _ in range(2):
        context = browser.new_context()
        page = context.new_page()
        requested = []
        page.on("request", lambda r: "/socket.io/" in r.url and r.method == "POST" and
                "session_request" in (r.post_data or "") and requested.append(r.post_data))
        page.goto(demo_url)
        Widget(page).open()
        for _ in range(50):
            if requested:
                break
            page.wait_for_timeout(100)
        assert requested, "no session_request sent when the chat opened"
        ids.append(re.search(r'"session_id":"([^"]*)"', requested[0]).group(1))
        assert page.evaluate("() => sessionStorage.getItem('clinicChat:' + location.origin)") is None
        context.close()
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids) and ids[0] != ids[1], ids


def test_local_storage_option_and_config_attributes(page, widget_base, screenshot_dir):
    """data-storage="local" keeps the conversation for the next tab; the other attributes apply."""
    url = f"{widget_base}/webhooks/web/local-storage-test.html"
    page.context.route(url, lambda route: route.fulfill(content_type="text/html", body="""<!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Local storage</title><link rel="icon" href="data:,">
        </head><body><h1>Another clinic page</h1>
        <script src="widget/widget.js" data-clinic-name="Riverside Dermatology" data-storage="local"
                data-emergency-number="112" data-primary-color="#ffd54f" async></script></body></html>"""))
    page.goto(url)
    widget = Widget(page)
    widget.open()
    expect(widget.emergency).to_have_text(re.compile(r"Not for emergencies\s+\u2014\s+call\s+112"))
    expect(widget.emergency.locator("a")).to_have_attribute("href", "tel:112")
    # a light brand colour gets dark text on it (AA contrast), not white
    header = page.evaluate(f"""() => {{
        const h = {SHADOW}.querySelector('.cw-header');
        const s = getComputedStyle(h);
        return [s.color, s.backgroundColor];
    }}""")
    assert header == ["rgb(17, 17, 17)", "rgb(255, 213, 79)"], header

    widget.ask("Does Botox hurt?", "soothing cream")
    assert widget.stored("localStorage")["messages"][0]["text"] == "Does Botox hurt?"
    assert page.evaluate("() => sessionStorage.getItem('clinicChat:' + location.origin)") is None

    second = page.context.new_page()  # a new tab of the same site
    second.goto(url)
    other = Widget(second)
    other.open()
    expect(other.log).to_contain_text("soothing cream")
    assert other.stored("localStorage")["sessionId"] == widget.stored("localStorage")["sessionId"]
    shot(second, screenshot_dir, "local-storage")

    # "Clear chat" forgets it (shared computers) and starts a new session
    old_session = other.stored("localStorage")["sessionId"]
    other.host.get_by_role("button", name="Clear this conversation and start over").click()
    expect(other.bot_bubbles).to_have_count(0)
    expect(other.user_bubbles).to_have_count(0)
    assert other.stored("localStorage")["messages"] == []
    assert other.stored("localStorage")["sessionId"] != old_session
    expect(widget.user_bubbles).to_have_count(0)  # the first tab follows (storage event)
    second.close()


def test_embedded_on_another_origin_and_unread_badge(page, widget_base, screenshot_dir):
    """The real embedding: the clinic's site is another origin than the assistant (here
    localhost vs 127.0.0.1, both allowed by the server's CORS settings)."""
    other = widget_base.replace("127.0.0.1", "localhost") if "127.0.0.1" in widget_base \
        else widget_base.replace("localhost", "127.0.0.1")
    assert other != widget_base, "WIDGET_BASE_URL must use 127.0.0.1 or localhost for this test"
    # The demo page, but opened on the other origin, with its own widget replaced by the
    # embed snippet pointing at the assistant's origin. (A page made up by the test itself
    # would count as a public address, and Chromium blocks public pages from loopback.)
    page.context.route(f"{other}/**", lambda route: route.continue_())
    page.context.route(f"{other}/webhooks/web/widget/widget.js",
                       lambda route: route.fulfill(content_type="text/javascript", body="/* replaced */"))
    page.goto(f"{other}/webhooks/web/demo.html")
    page.evaluate("""(base) => {
        const s = document.createElement('script');
        s.src = base + '/webhooks/web/widget/widget.js';
        s.async = true;
        s.dataset.server = base;
        s.dataset.clinicName = 'Riverside Dermatology';
        document.body.appendChild(s);
    }""", widget_base)
    expect(page.locator("#clinic-chat-widget")).to_have_count(1)
    assert page.evaluate("() => location.origin") == other
    widget = Widget(page)
    widget.open()
    before = widget.bot_bubbles.count()
    # send and close in one go (one JavaScript task), so the answer arrives while it is closed
    page.evaluate(f"""() => {{
        const root = {SHADOW};
        root.querySelector('textarea').value = 'Does Botox hurt?';
        root.querySelector('form').requestSubmit();
        root.querySelector('button[aria-label="Close chat"]').click();
    }}""")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_have_attribute("aria-label", re.compile(r"\(\d new messages?\)"),
                                              timeout=REPLY_TIMEOUT)
    expect(widget.host.locator(".cw-badge")).to_be_visible()
    shot(page, screenshot_dir, "unread-badge")
    widget.launcher.click()
    expect(widget.bot_bubbles.nth(before)).to_be_visible()
    expect(widget.log).to_contain_text("soothing cream")
    expect(widget.host.locator(".cw-badge")).to_be_hidden()
    expect(widget.launcher_any).to_have_attribute("aria-label", "Chat with Riverside Dermatology")


# ---------------------------------------------------------------------------------------------- safety

XSS_ALERT = "<img src=x onerror=alert(1)>"
XSS_FLAG = ('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
            '<svg onload="window.__xss=3"></svg><a href="javascript:window.__xss=4">x</a>')


def test_message_text_is_never_run_as_html(page, demo_url, problems, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    widget.open()
    for payload in (XSS_ALERT, XSS_FLAG):
        before = widget.bot_bubbles.count()
        widget.send(payload)
        expect(widget.bot_bubbles.nth(before)).to_be_visible(timeout=REPLY_TIMEOUT)  # the bot answered
    page.wait_for_timeout(500)  # time for an injected <img> to fail loading and fire onerror

    assert problems.dialogs == [], f"a dialog opened: {problems.dialogs}"
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    counts = page.evaluate(f"""() => {{
        const log = {SHADOW}.querySelector('[role=log]');
        return {{img: log.querySelectorAll('img').length + document.querySelectorAll('img').length,
                 script: log.querySelectorAll('script').length, svg: log.querySelectorAll('svg').length,
                 a: log.querySelectorAll('a[href^="javascript:"]').length}};
    }}""")
    assert counts == {"img": 0, "script": 0, "svg": 0, "a": 0}, counts
    # shown literally, character for character
    expect(widget.user_bubbles.nth(0)).to_have_text(XSS_ALERT)
    expect(widget.user_bubbles.nth(1)).to_have_text(XSS_FLAG)
    shot(page, screenshot_dir, "xss")


def test_bot_text_from_storage_is_rendered_as_text(page, demo_url, problems, screenshot_dir):
    """Bot messages go through the same rendering whether they arrive live or from storage:
    plant hostile ones in storage and reload."""
    page.goto(demo_url)
    state = {
        "v": 1, "sessionId": "0123456789abcdef0123456789abcdef",
        "messages": [
            {"from": "user", "text": "hello", "t": 1},
            {"from": "bot", "t": 2, "text": 'Call (555) 010-0123 <img src=x onerror="window.__xss=1"> or see '
                                             "javascript:window.__xss=2 and https://riverside-derm.example/book."},
            {"from": "bot", "t": 3, "text": "Pick one",
             "quickReplies": [{"title": '<b onmouseover="window.__xss=3">bold</b>', "payload": "/greet"}]},
        ],
    }
    page.evaluate("""(s) => {
        sessionStorage.setItem('clinicChat:' + location.origin, s);
        sessionStorage.setItem('clinicChat:' + location.origin + ':open', '1');
    }""", json.dumps(state))
    page.reload()
    widget = Widget(page)
    expect(widget.panel).to_be_visible()
    first = widget.bot_bubbles.nth(0)
    expect(first).to_have_text('Call (555) 010-0123 <img src=x onerror="window.__xss=1"> or see '
                               "javascript:window.__xss=2 and https://riverside-derm.example/book.")
    expect(first.locator("a")).to_have_count(2)
    expect(first.locator("a").nth(0)).to_have_attribute("href", "tel:5550100123")
    expect(first.locator("a").nth(1)).to_have_attribute("href", "https://riverside-derm.example/book")
    expect(first.locator("a").nth(1)).to_have_attribute("rel", "noopener noreferrer")
    button = widget.log.get_by_role("button", name='<b onmouseover="window.__xss=3">bold</b>')
    expect(button).to_be_visible()
    button.hover()
    assert page.evaluate(f"() => {SHADOW}.querySelectorAll('[role=log] img, [role=log] b').length") == 0
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert problems.dialogs == []
    shot(page, screenshot_dir, "stored-text")


# ---------------------------------------------------------------------------------------------- access

CONTRAST_JS = """(pairs) => {
    const root = %s;
    const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const lum = (c) => {
        const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el) => {
        for (; el; el = el.parentElement || (el.getRootNode() && el.getRootNode().host)) {
            const bg = getComputedStyle(el).backgroundColor;
            if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
    };
    return pairs.map((selector) => {
        const el = root.querySelector(selector);
        if (!el) return [selector, 0];
        const a = lum(getComputedStyle(el).color), b = lum(background(el));
        return [selector, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    });
}""" % SHADOW


def test_keyboard_focus_escape_and_contrast(page, demo_url, screenshot_dir):
    page.goto(demo_url)
    widget = Widget(page)
    expect(widget.launcher).to_be_visible()
    # keyboard only: Tab from the page reaches the launcher, Enter opens, focus goes to the input
    widget.launcher.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(widget.launcher).to_be_focused()
    outline = widget.launcher.evaluate("(el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth")
    assert outline.startswith("solid") and not outline.endswith(" 0px"), f"no visible focus outline: {outline}"
    page.keyboard.press("Enter")
    expect(widget.launcher).to_have_attribute("aria-expanded", "true")
    expect(widget.input).to_be_focused()
    page.keyboard.type("Does Botox hurt?")
    page.keyboard.press("Enter")
    expect(widget.bot_bubbles.filter(has_text="soothing cream")).to_be_visible(timeout=REPLY_TIMEOUT)
    shot(page, screenshot_dir, "keyboard")

    ratios = dict(page.evaluate(CONTRAST_JS, [
        ".cw-title", ".cw-subtitle", ".cw-text-button", ".cw-emergency", ".cw-msg--bot .cw-bubble",
        ".cw-msg--user .cw-bubble", ".cw-input",
    ]))
    low = {k: round(v, 2) for k, v in ratios.items() if v < 4.5}
    assert not low, f"text below WCAG AA 4.5:1: {low}"

    # Escape closes the panel and gives focus back to the launcher
    widget.input.focus()
    page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    expect(widget.launcher).to_be_focused()


def test_phone_layout_is_full_screen(mobile_page, demo_url, screenshot_dir):
    page = mobile_page
    page.goto(demo_url)
    widget = Widget(page)
    shot(page, screenshot_dir, "mobile-closed")
    widget.open()
    box = widget.panel.bounding_box()
    assert box is not None and box["x"] == 0 and box["y"] == 0, box
    assert box["width"] == 390 and box["height"] == 844, box
    expect(widget.emergency).to_be_in_viewport()
    expect(widget.input).to_be_in_viewport()
    widget.ask("something feels wrong after my treatment", "What are you noticing?")
    expect(widget.log.get_by_role("button", name="Drooping eyelid, brow or face")).to_be_in_viewport()
    shot(page, screenshot_dir, "mobile")
    widget.host.get_by_role("button", name="Close chat").click()
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_visible()
