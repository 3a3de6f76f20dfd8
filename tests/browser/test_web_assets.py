"""addons/channels/web_assets.py: the widget's files over HTTP, and the socket.io channel the widget uses.

The first tests need nothing running (a temporary web/ folder); the others ask the live
assistant (`widget_base`, see conftest.py) over plain HTTP and socket.io, without a browser.
"""
from __future__ import annotations

import http.client
import os
import re
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from addons.channels.web_assets import WebAssetsInput

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------------------------- no server

@pytest.fixture
def site(tmp_path) -> WebAssetsInput:
    web = tmp_path / "web"
    (web / "widget" / "vendor").mkdir(parents=True)
    (web / "widget" / "widget.js").write_text("//")
    (web / "widget" / "vendor" / "socket.io.min.js").write_text("//")
    (web / "widget" / ".secret.js").write_text("//")
    (web / "widget" / "notes.yml").write_text("x: 1")
    (web / "demo.html").write_text("<!doctype html>")
    (web / "package.json").write_text("{}")
    (tmp_path / "outside.js").write_text("//")
    os.symlink(tmp_path / "outside.js", web / "widget" / "link-out.js")
    os.symlink(web / "widget" / "widget.js", web / "widget" / "link-in.js")
    return WebAssetsInput(root=str(web))


def test_only_regular_files_under_widget_are_served(site):
    assert site.resolve("widget.js") == site.widget_dir / "widget.js"
    assert site.resolve("vendor/socket.io.min.js") == site.widget_dir / "vendor" / "socket.io.min.js"
    assert site.resolve("link-in.js") == site.widget_dir / "widget.js"  # a symlink that stays inside


@pytest.mark.parametrize("path", [
    "", "vendor", "vendor/", "../demo.html", "../package.json", "..%2fpackage.json", "%2e%2e/package.json",
    "vendor/../../package.json", "/etc/passwd", "..\\package.json", "./widget.js", ".secret.js", "notes.yml",
    "missing.js", "link-out.js", "widget.js\x00.css", "widget.js/",
])
def test_everything_else_is_refused(site, path):
    assert site.resolve(path) is None


def test_the_channel_is_named_web_and_listens_to_nothing():
    channel = WebAssetsInput.from_credentials(None)
    assert WebAssetsInput.name() == "web" and channel.url_prefix() == "web"
    assert channel.widget_dir == ROOT / "web" / "widget"
    assert channel.get_output_channel() is None


# ---------------------------------------------------------------------------------------------- over HTTP

def request(base: str, method: str, path: str, headers=None):
    """One request with `path` sent exactly as written (no client-side normalisation)."""
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


@pytest.mark.server
@pytest.mark.parametrize("path, content_type", [
    ("/webhooks/web/widget/widget.js", "text/javascript; charset=utf-8"),
    ("/webhooks/web/widget/widget.css", "text/css; charset=utf-8"),
    ("/webhooks/web/widget/vendor/socket.io.min.js", "text/javascript; charset=utf-8"),
    ("/webhooks/web/demo.html", "text/html; charset=utf-8"),
])
def test_the_widget_files_are_served_with_their_content_types(widget_base, path, content_type):
    status, headers, body = request(widget_base, "GET", path)
    assert status == 200, path
    assert headers["content-type"] == content_type
    assert headers["x-content-type-options"] == "nosniff"
    local = ROOT / "web" / path.replace("/webhooks/web/", "")
    assert body == local.read_bytes()
    # HEAD: same headers, no body; a cached copy is revalidated with its ETag
    status, head_headers, head_body = request(widget_base, "HEAD", path)
    assert status == 200 and head_body == b"" and head_headers["etag"] == headers["etag"]
    status, _, cached = request(widget_base, "GET", path, {"If-None-Match": headers["etag"]})
    assert status == 304 and cached == b""


@pytest.mark.server
@pytest.mark.parametrize("path", [
    "/webhooks/web/widget/", "/webhooks/web/widget/vendor", "/webhooks/web/widget/vendor/",
    "/webhooks/web/widget/../../../credentials.yml", "/webhooks/web/widget/..%2f..%2f..%2fcredentials.yml",
    "/webhooks/web/widget/%2e%2e/%2e%2e/%2e%2e/credentials.yml", "/webhooks/web/widget/%2e%2e/package.json",
    "/webhooks/web/widget/..%5c..%5cpackage.json", "/webhooks/web/package.json", "/webhooks/web/package-lock.json",
    "/webhooks/web/node_modules/socket.io-client/package.json", "/webhooks/web/.gitignore",
    "/webhooks/web/widget/vendor/.socket.io.min.js.tmp", "/webhooks/web/build.js", "/webhooks/web/widget/nope.js",
])
def test_no_listing_no_traversal_nothing_else(widget_base, path):
    status, _, body = request(widget_base, "GET", path)
    assert status == 404, (path, status, body[:200])
    assert b'"dependencies"' not in body and b"user_message_evt" not in body and b"io=" not in body


@pytest.mark.server
def test_the_files_are_read_only(widget_base):
    for method in ("POST", "PUT", "DELETE"):
        status, _, _ = request(widget_base, method, "/webhooks/web/widget/widget.js")
        assert status == 405, (method, status)


# ---------------------------------------------------------------------------------------------- socket.io

class Chat:
    """A socket.io client speaking to the assistant the way the widget does."""

    def __init__(self, base: str):
        import socketio

        self.client = socketio.Client(reconnection=False)
        self.confirmed = []
        self.replies = []
        self.event = threading.Event()
        self.client.on("session_confirm", lambda sid: (self.confirmed.append(sid), self.event.set()))
        self.client.on("bot_uttered", lambda data: (self.replies.append(data), self.event.set()))
        self.client.connect(base, socketio_path="/socket.io", transports=["polling"], wait_timeout=30)

    def wait(self, condition, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            self.event.wait(0.1)
            self.event.clear()
        return condition()

    def close(self):
        # abort: a polite disconnect waits for the pending long-poll (up to 25 s)
        if self.client.connected:
            self.client.eio.disconnect(abort=True)
            self.client.connected = False


@pytest.fixture
def chat(widget_base):
    chats = []

    def make():
        chats.append(Chat(widget_base))
        return chats[-1]

    yield make
    for c in chats:
        c.close()


@pytest.mark.server
def test_a_confirmed_session_gets_its_replies(chat):
    """Rasa 3.6's own channel loses these with python-socketio >= 5.10 (enter_room not awaited)."""
    session = uuid.uuid4().hex
    c = chat()
    c.client.emit("session_request", {"session_id": session})
    assert c.wait(lambda: c.confirmed, 15) and c.confirmed == [session]
    c.client.emit("user_uttered", {"message": "Does Botox hurt?", "session_id": session})
    assert c.wait(lambda: any("soothing cream" in r.get("text", "") for r in c.replies), 60), c.replies

    # a new connection (a reload) with the same session id continues the same conversation
    c.close()
    again = chat()
    again.client.emit("session_request", {"session_id": session})
    assert again.wait(lambda: again.confirmed, 15)
    again.client.emit("user_uttered", {"message": "thanks", "session_id": session})
    assert again.wait(lambda: any("welcome" in r.get("text", "") for r in again.replies), 60), again.replies
    assert not any("automated helper" in r.get("text", "") for r in again.replies), again.replies


@pytest.mark.server
def test_guessable_session_ids_are_replaced(chat):
    c = chat()
    c.client.emit("session_request", {"session_id": "1"})
    assert c.wait(lambda: c.confirmed, 15)
    assert re.fullmatch(r"[0-9a-f]{32}", c.confirmed[0]), c.confirmed


@pytest.mark.server
def test_a_socket_cannot_speak_in_another_session(chat):
    victim_session = uuid.uuid4().hex
    victim = chat()
    victim.client.emit("session_request", {"session_id": victim_session})
    assert victim.wait(lambda: victim.confirmed, 15)

    intruder = chat()
    intruder.client.emit("session_request", {"session_id": uuid.uuid4().hex})
    assert intruder.wait(lambda: intruder.confirmed, 15)
    intruder.client.emit("user_uttered", {"message": "Does Botox hurt?", "session_id": victim_session})
    time.sleep(5)
    assert victim.replies == [] and intruder.replies == [], (victim.replies, intruder.replies)
