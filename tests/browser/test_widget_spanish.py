"""The widget's own texts in Spanish: data-lang, the page's <html lang>, and the patient's first
Spanish message. Same set-up as test_widget.py (Debian's Chromium, the running assistant, a fresh
browser context per test); pages other than the demo page are served by routing a URL of the
assistant's web channel, as in test_local_storage_option_and_config_attributes.
"""
from __future__ import annotations

import re
from typing import Dict

import pytest
from playwright.sync_api import Page, expect

from test_widget import REPLY_TIMEOUT, SHADOW, Widget, shot

pytestmark = pytest.mark.server

CLINIC = "Riverside Dermatology"

# what the widget itself says, by language (the accessible names and texts a patient meets)
SPANISH = {
    "launcher": f"Chatear con {CLINIC}",
    "close": "Cerrar chat",
    "clear_label": "Borrar esta conversación y empezar de nuevo",
    "clear": "Borrar chat",
    "send": "Enviar mensaje",
    "input": "Mensaje para el asistente",
    "placeholder": "Escriba su pregunta\u2026",
    "log": "Conversación",
    "subtitle": "Asistente automatizado \u00b7 solo información general",
}
# English texts of the widget that must be gone once it speaks Spanish
ENGLISH_LEFTOVERS = ["Chat with", "Close chat", "Clear chat", "Clear this conversation", "Send message",
                     "Message to the assistant", "Type your question", "Conversation", "Not for emergencies",
                     "Automated assistant", "general information only", "Ask me about Botox", "Suggested replies",
                     "Assistant: ", "You: ", "is typing"]

# every text and label of the widget's own interface (not the messages), as the patient's
# browser and screen reader get them
WIDGET_TEXTS_JS = """() => {
    const root = %s;
    const out = [];
    root.querySelectorAll('*').forEach((el) => {
        for (const a of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
        if (el.closest('.cw-bubble') || el.closest('.cw-quick-reply')) return;
        for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent.trim()) out.push(n.textContent);
    });
    return out;
}""" % SHADOW


class SpanishWidget(Widget):
    """The widget found by its Spanish names."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.launcher = self.host.get_by_role("button", name=re.compile(r"^Chatear con Riverside Dermatology"))
        self.log = self.host.get_by_role("log", name=SPANISH["log"])
        self.input = self.host.get_by_role("textbox", name=SPANISH["input"])

    def language(self) -> str:
        return self.page.evaluate("() => window.__clinicChatWidget.language()")


def serve_page(page: Page, widget_base: str, name: str, html_lang: str, attributes: str) -> str:
    """A clinic page at /webhooks/web/<name>.html (routed) with `attributes` on the script tag."""
    url = f"{widget_base}/webhooks/web/{name}.html"
    page.context.route(url, lambda route: route.fulfill(content_type="text/html", body=f"""<!doctype html>
        <html lang="{html_lang}"><head><meta charset="utf-8"><title>{name}</title><link rel="icon" href="data:,">
        </head><body><h1>Riverside Dermatology</h1>
        <script src="widget/widget.js" data-clinic-name="{CLINIC}" {attributes} async></script></body></html>"""))
    return url


def assert_spanish(widget: SpanishWidget, number: str = "911") -> None:
    """Every text of the widget itself is the Spanish one; the emergency number is `number`."""
    host = widget.host
    expect(widget.launcher_any).to_have_attribute("aria-label", re.compile(r"^" + SPANISH["launcher"]))
    expect(widget.emergency).to_have_text(re.compile(r"No es para emergencias\s+\u2014\s+llame al\s+" + number))
    expect(widget.emergency.locator("a")).to_have_attribute("href", "tel:" + number)
    expect(widget.emergency.locator("a")).to_have_text(number)
    expect(host.get_by_role("button", name=SPANISH["close"])).to_be_attached()
    expect(host.get_by_role("button", name=SPANISH["clear_label"])).to_have_text(SPANISH["clear"])
    expect(host.get_by_role("button", name=SPANISH["send"])).to_be_attached()
    expect(widget.input).to_have_attribute("placeholder", SPANISH["placeholder"])
    expect(widget.log).to_be_attached()
    expect(host.locator(".cw-subtitle")).to_have_text(SPANISH["subtitle"])
    expect(host.locator(".cw")).to_have_attribute("lang", "es")
    assert widget.language() == "es"
    texts = " | ".join(widget.page.evaluate(WIDGET_TEXTS_JS))
    leftovers = [t for t in ENGLISH_LEFTOVERS if t in texts]
    assert not leftovers, f"English left in the Spanish widget: {leftovers} in {texts}"


def assert_english(widget: Widget) -> None:
    expect(widget.launcher_any).to_have_attribute("aria-label", re.compile(r"^Chat with Riverside Dermatology"))
    expect(widget.emergency).to_have_text(re.compile(r"Not for emergencies\s+\u2014\s+call\s+911"))
    expect(widget.input).to_have_attribute("placeholder", "Type your question\u2026")
    expect(widget.host.get_by_role("button", name="Send message")).to_be_attached()
    expect(widget.host.locator(".cw")).to_have_attribute("lang", "en")


def stored(page: Page) -> Dict:
    return page.evaluate("() => JSON.parse(sessionStorage.getItem('clinicChat:' + location.origin) || 'null')")


# ---------------------------------------------------------------------------------------------- data-lang


def test_data_lang_es_shows_spanish_labels_and_emergency_line(page, widget_base, screenshot_dir):
    url = serve_page(page, widget_base, "data-lang-es", "en", 'data-lang="es"')
    page.goto(url)
    widget = SpanishWidget(page)
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")
    widget.launcher.click()
    expect(widget.panel).to_be_visible()
    expect(widget.input).to_be_focused()
    assert_spanish(widget)
    expect(widget.host.locator(".cw-intro")).to_have_text(re.compile(r"^¡Hola! Pregúnteme sobre el Botox"))
    shot(page, screenshot_dir, "spanish")

    # the typing indicator speaks Spanish too; an English message does not switch a Spanish page
    page.evaluate(f"""() => {{
        const typing = {SHADOW}.querySelector('.cw-typing');
        window.__typingText = '';
        new MutationObserver(() => {{
            if (typing.classList.contains('cw-typing--on')) window.__typingText = typing.textContent;
        }}).observe(typing, {{attributes: true, childList: true, subtree: true}});
    }}""")
    before = widget.bot_bubbles.count()
    widget.send("Does Botox hurt?")
    expect(widget.bot_bubbles.nth(before)).to_be_visible(timeout=REPLY_TIMEOUT)
    assert page.evaluate("window.__typingText") == "El asistente está escribiendo\u2026"
    expect(widget.log.locator(".cw-msg--user .cw-sr-only").first).to_have_text("Usted: ")
    expect(widget.log.locator(".cw-msg--bot .cw-sr-only").first).to_have_text("Asistente: ")
    assert_spanish(widget)

    # Escape and the Spanish close button behave as in English
    widget.host.get_by_role("button", name=SPANISH["close"]).click()
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()


def test_the_emergency_number_still_comes_from_data_emergency_number(page, widget_base):
    url = serve_page(page, widget_base, "data-lang-es-112", "en", 'data-lang="es-US" data-emergency-number="112"')
    page.goto(url)
    widget = SpanishWidget(page)
    widget.launcher.click()
    assert_spanish(widget, number="112")


# ---------------------------------------------------------------------------------------------- <html lang>


def test_a_page_in_mexican_spanish_shows_spanish(page, widget_base, screenshot_dir):
    url = serve_page(page, widget_base, "html-lang-es-mx", "es-MX", "")
    page.goto(url)
    widget = SpanishWidget(page)
    widget.launcher.click()
    expect(widget.panel).to_be_visible()
    assert_spanish(widget)
    shot(page, screenshot_dir, "spanish-page")


def test_data_lang_en_wins_over_a_spanish_page(page, widget_base):
    url = serve_page(page, widget_base, "html-lang-es-data-en", "es", 'data-lang="en"')
    page.goto(url)
    widget = Widget(page)
    widget.open()
    assert_english(widget)


# ---------------------------------------------------------------------------------------------- the patient


def test_a_patient_writing_spanish_switches_the_widget_to_spanish(page, demo_url, screenshot_dir):
    page.goto(demo_url)  # the demo clinic page: <html lang="en">, no data-lang
    widget = Widget(page)
    widget.open()
    assert_english(widget)

    widget.input.fill("hola, cuanto dura el botox?")
    widget.input.press("Enter")
    spanish = SpanishWidget(page)
    expect(spanish.user_bubbles.last).to_have_text("hola, cuanto dura el botox?")
    assert_spanish(spanish)
    expect(spanish.bot_bubbles.first).to_be_visible(timeout=REPLY_TIMEOUT)
    expect(spanish.log.locator(".cw-msg--bot .cw-sr-only").first).to_have_text("Asistente: ")
    assert stored(page)["lang"] == "es"
    shot(page, screenshot_dir, "switched-to-spanish")

    # the conversation keeps its language across reloads and pages (sessionStorage, like the session id)
    session_id = stored(page)["sessionId"]
    page.goto(demo_url + "?page=aftercare")
    spanish = SpanishWidget(page)
    expect(spanish.panel).to_be_visible()
    assert_spanish(spanish)
    assert stored(page)["sessionId"] == session_id

    # an English message later does not switch back
    before = spanish.bot_bubbles.count()
    spanish.send("thanks")
    expect(spanish.bot_bubbles.nth(before)).to_be_visible(timeout=REPLY_TIMEOUT)
    assert_spanish(spanish)

    # "Borrar chat" starts a new conversation, in the page's language again
    spanish.host.get_by_role("button", name=SPANISH["clear_label"]).click()
    widget = Widget(page)
    expect(widget.user_bubbles).to_have_count(0)
    assert_english(widget)
    assert "lang" not in stored(page)


def test_an_english_conversation_stays_english(page, demo_url):
    page.goto(demo_url)
    widget = Widget(page)
    widget.open()
    widget.ask("Does Botox hurt?", "soothing cream")
    assert_english(widget)
    assert "lang" not in widget.stored()


SPANISH_MESSAGES = ["hola", "Hola!", "hola, cuanto dura el botox?", "¿Cuánto cuesta?", "tengo dolor de cabeza",
                    "me duele la frente", "mi parpado esta caido", "que puedo hacer despues del botox",
                    "Buenos dias", "gracias", "¡Ayuda!", "se me cayó el párpado"]
ENGLISH_MESSAGES = ["Does Botox hurt?", "How long does it last?", "Is it for headaches?", "thanks",
                    "something feels wrong after my treatment", "my eyelid is drooping", "hi", "ok", "1",
                    "I had a coffee at the café after my treatment", "Can I get Botox in La Jolla?",
                    "Hi, I'm Cara", "My name is Jose", "<img src=x onerror=alert(1)>", "Drooping eyelid, brow or face",
                    "What should I expect?", "Is there a Spanish-speaking nurse?", "el nino", ""]


def test_the_spanish_heuristic(page, demo_url):
    page.goto(demo_url)
    expect(page.locator("#clinic-chat-widget")).to_have_count(1)
    verdicts = page.evaluate("""(messages) => messages.map((m) => [m, window.__clinicChatWidget.looksSpanish(m)])""",
                             SPANISH_MESSAGES + ENGLISH_MESSAGES)
    wrong = [m for m, spanish in verdicts if spanish != (m in SPANISH_MESSAGES)]
    assert not wrong, f"misjudged: {wrong}"
