"""The website chat widget's files, served by the Rasa server itself.

`WebAssetsInput` is a Rasa input channel that receives no messages: it only serves the files
of the widget (web/widget/, including web/widget/vendor/ built by scripts/install_browser.sh)
and the demo clinic page (web/demo.html). Rasa mounts a channel's blueprint at
/webhooks/<name>/, so with credentials.yml listing

    addons.channels.web_assets.WebAssetsInput:

the URLs are /webhooks/web/widget/widget.js, /webhooks/web/widget/widget.css,
/webhooks/web/widget/vendor/socket.io.min.js and /webhooks/web/demo.html.

Read-only and closed by default: GET and HEAD only; only demo.html and regular files under
web/widget/ with a known extension (each with its content type and
`X-Content-Type-Options: nosniff`); no directory listings; no dotfiles; nothing outside
web/widget/ (`..`, encoded or not, and symlinks leading out are refused). Nothing else under
web/ (package.json, node_modules/, ...) is reachable. Sanic's `bp.static` was not used: on
Sanic 21.12 a directory URL makes it raise (500) and it follows symlinks out of the folder.

`SocketIOSessionInput` is Rasa's own socket.io channel (name "socketio", same settings) with
session persistence working again: Rasa 3.6 calls `sio.enter_room()` without `await`, which
python-socketio >= 5.10 made a coroutine, so with `session_persistence: true` the socket never
joins its session's room and the bot's replies go nowhere (RasaHQ/rasa#13027). It also only
accepts a message for the session id the same socket asked for with `session_request`, and
only unguessable-looking session ids (16-128 of [A-Za-z0-9_-]); anything else gets a new id.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import logging
import re
import uuid
from email.utils import formatdate
from pathlib import Path, PurePosixPath
from typing import Any, Awaitable, Callable, Dict, Optional, Text
from urllib.parse import unquote

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

WEB_ROOT = Path(__file__).resolve().parents[2] / "web"

CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
}
MAX_FILE_BYTES = 2 * 1024 * 1024


def _not_found() -> HTTPResponse:
    return response.text("Not found", status=404, headers={"X-Content-Type-Options": "nosniff"})


class WebAssetsInput(InputChannel):
    """Serves web/widget/ and web/demo.html at /webhooks/web/ (read-only)."""

    @classmethod
    def name(cls) -> Text:
        return "web"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        return cls(root=credentials.get("root"))

    def __init__(self, root: Optional[Text] = None) -> None:
        self.root = Path(root).resolve() if root else WEB_ROOT
        self.widget_dir = (self.root / "widget").resolve()
        self.demo_page = (self.root / "demo.html").resolve()
        if not (self.widget_dir / "vendor" / "socket.io.min.js").is_file():
            logger.warning("web/widget/vendor/socket.io.min.js is missing: the chat widget cannot connect "
                           "until scripts/install_browser.sh has built it")

    def resolve(self, relative: Text) -> Optional[Path]:
        """The file under web/widget/ that `relative` names, or None if it may not be served."""
        relative = unquote(relative or "")
        if not relative or "\\" in relative or "\x00" in relative or relative.startswith("/") or relative.endswith("/"):
            return None
        parts = relative.split("/")
        if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
            return None
        if PurePosixPath(relative).suffix.lower() not in CONTENT_TYPES:
            return None
        candidate = self.widget_dir.joinpath(*parts)
        try:
            resolved = candidate.resolve(strict=True)
            resolved.relative_to(self.widget_dir)  # symlinks must stay inside web/widget/
        except (OSError, ValueError, RuntimeError):
            return None
        return resolved if resolved.is_file() else None

    @staticmethod
    async def send_file(request: Request, path: Path, extra_headers: Optional[Dict[Text, Text]] = None
                        ) -> HTTPResponse:
        try:
            stat = path.stat()
        except OSError:
            return _not_found()
        if stat.st_size > MAX_FILE_BYTES:
            return _not_found()
        etag = '"' + hashlib.sha1(f"{path.name}:{stat.st_mtime_ns}:{stat.st_size}".encode()).hexdigest()[:20] + '"'
        headers = {
            "Content-Type": CONTENT_TYPES[path.suffix.lower()],
            "X-Content-Type-Options": "nosniff",
            # revalidate every time (cheap: ETag), so a rebuilt widget reaches patients at once
            "Cache-Control": "no-cache",
            "ETag": etag,
            "Last-Modified": formatdate(stat.st_mtime, usegmt=True),
            **(extra_headers or {}),
        }
        if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
            return HTTPResponse(status=304, headers={k: v for k, v in headers.items() if k != "Content-Type"})
        if request.method == "HEAD":
            headers["Content-Length"] = str(stat.st_size)
            return HTTPResponse(status=200, headers=headers)
        try:
            body = path.read_bytes()
        except OSError:
            return _not_found()
        content_type = headers.pop("Content-Type")
        return HTTPResponse(body=body, status=200, headers=headers, content_type=content_type)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        web = Blueprint("web_assets", __name__)

        @web.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @web.route("/demo.html", methods=["GET", "HEAD"])
        async def demo(request: Request) -> HTTPResponse:
            if not self.demo_page.is_file():
                return _not_found()
            return await self.send_file(request, self.demo_page, {"Referrer-Policy": "same-origin"})

        @web.route("/widget/<relative:path>", methods=["GET", "HEAD"])
        async def widget(request: Request, relative: Text) -> HTTPResponse:
            path = self.resolve(relative)
            if path is None:
                return _not_found()
            # embeddable on any site, including ones that set Cross-Origin-Embedder-Policy
            return await self.send_file(request, path, {"Cross-Origin-Resource-Policy": "cross-origin"})

        return web


SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{16,128}$")


class SocketIOSessionInput(SocketIOInput):
    """Rasa's socket.io channel with working session persistence (see the module docstring).

    Listed in credentials.yml instead of `socketio:`, with the same settings:

        addons.channels.web_assets.SocketIOSessionInput:
          user_message_evt: user_uttered
          bot_message_evt: bot_uttered
          session_persistence: true
    """

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        sessions: Dict[Text, Text] = {}  # socket id -> the session id it asked for

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = requested if isinstance(requested, str) and SESSION_ID.match(requested) \
                else uuid.uuid4().hex
            previous = sessions.get(sid)
            if self.session_persistence:
                if previous and previous != session_id:
                    await _maybe_await(sio.leave_room(sid, previous, namespace=self.namespace))
                await _maybe_await(sio.enter_room(sid, session_id, namespace=self.namespace))
            sessions[sid] = session_id
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: Text, *_: Any) -> None:
            sessions.pop(sid, None)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            if self.session_persistence:
                session_id = data.get("session_id")
                if not session_id or session_id != sessions.get(sid):
                    logger.warning("socket.io message ignored: its session_id was not confirmed for this "
                                   "connection (send session_request first)")
                    return
                sender_id = session_id
            else:
                sender_id = sid
            text = data.get("message", "")
            if not isinstance(text, str):
                return
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            if not isinstance(metadata, dict):
                metadata = {}
            message = UserMessage(text, SocketIOOutput(sio, self.bot_message_evt), sender_id,
                                  input_channel=self.name(), metadata=metadata)
            await on_new_message(message)

        return socketio_webhook


async def _maybe_await(result: Any) -> None:
    if inspect.isawaitable(result):
        await result
