"""Rasa's public input channels, with a patient's leading "/" read as plain text.

In Rasa 3.6 the last node of the NLU graph (RegexMessageHandler) turns a message that
starts with "/" into an intent command ("/goodbye", '/inform{"slot": "x"}'): it replaces
whatever the NLU pipeline, including our red-flag component, decided, and it can set
entities and slots. A patient must never be able to do that, so every channel below
strips the leading slashes (and the whitespace after them) before Rasa sees the text:
"/greet" reaches the pipeline as "greet", and a lone "/" as an empty message.

The classes keep Rasa's channel names, so the webhook URLs stay the standard ones
(/webhooks/rest/webhook, /socket.io, /webhooks/telegram/webhook, /webhooks/facebook/webhook).
Use them in credentials.yml as `addons.channels.RestInput` etc. (see docs/channels.md).
"""
from __future__ import annotations

import logging
import os
from typing import Any, Awaitable, Callable, List, Optional, Text, Union

from sanic import Blueprint
from sanic.request import Request

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput as RasaFacebookInput
from rasa.core.channels.rest import RestInput as RasaRestInput
from rasa.core.channels.telegram import TelegramInput as RasaTelegramInput
from rasa.shared.constants import INTENT_MESSAGE_PREFIX

from actions import clinic
from addons.web_assets import SocketIOSessionInput

logger = logging.getLogger(__name__)

ALLOWED_ORIGINS_ENV = "ALLOWED_ORIGINS"


def strip_command_prefix(text: Optional[Text]) -> Optional[Text]:
    """The text without its leading "/"s and the whitespace around them ("" if nothing is left)."""
    if text is None:
        return None
    stripped = text.lstrip()
    if not stripped.startswith(INTENT_MESSAGE_PREFIX):
        return text
    while stripped.startswith(INTENT_MESSAGE_PREFIX):
        stripped = stripped[len(INTENT_MESSAGE_PREFIX):].lstrip()
    return stripped


def empty_reply() -> Text:
    details = clinic.load()
    return (f"I didn't receive any text. Please type your question about Botox, "
            f"or call {details.name} at {details.phone}.")


class SlashAsTextMixin:
    """Put before a Rasa InputChannel class: its messages never start with "/".

    An empty message (nothing but spaces, or a lone "/") gets a clear answer here: Rasa
    itself would answer nothing at all.
    """

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def on_new_message_as_text(message: UserMessage) -> Any:
            text = strip_command_prefix(message.text)
            if text != message.text:
                logger.debug("leading '/' removed from a message on %s", message.input_channel)
                message.text = text
            if not (text or "").strip() and message.output_channel is not None:
                await message.output_channel.send_text_message(message.sender_id, empty_reply())
                return None
            return await on_new_message(message)

        return super().blueprint(on_new_message_as_text)  # type: ignore[misc]


class RestInput(SlashAsTextMixin, RasaRestInput):
    """Rasa's REST channel (/webhooks/rest/webhook).

    Rasa takes the channel name from the request's "input_channel" field if there is one;
    here it is always "rest", so an anonymous caller cannot label a conversation (and the
    staff report made from it) as coming from "twilio" or another verified channel.
    """

    def _extract_input_channel(self, req: Request) -> Text:
        return self.name()


class TelegramInput(SlashAsTextMixin, RasaTelegramInput):
    """Rasa's Telegram channel (/webhooks/telegram/webhook). "/start" arrives as "start"."""


class FacebookInput(SlashAsTextMixin, RasaFacebookInput):
    """Rasa's Facebook Messenger channel (/webhooks/facebook/webhook)."""


def allowed_origins(value: Optional[Text] = None) -> Optional[Union[List[Text], Text]]:
    """The socket.io origins from ALLOWED_ORIGINS (comma-separated).

    Unset or empty: None, which python-engineio reads as "same origin only". "*" anywhere
    in the list: every origin (not for production).
    """
    if value is None:
        value = os.environ.get(ALLOWED_ORIGINS_ENV, "")
    origins = [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]
    if not origins:
        return None
    if "*" in origins:
        return "*"
    return origins


class SocketIOInput(SlashAsTextMixin, SocketIOSessionInput):
    """Rasa's socket.io channel (/socket.io), with CORS limited to the origins in ALLOWED_ORIGINS.

    Built on addons.web_assets.SocketIOSessionInput, which makes session_persistence work
    again on python-socketio >= 5.10 (Rasa 3.6 does not await `enter_room`, so replies to a
    persistent session went nowhere) and ties a socket to the session it asked for.

    Rasa 3.6 builds `AsyncServer(async_mode="sanic", cors_allowed_origins=[])`, which turns
    python-engineio's origin check off: any web page could open a socket.io session (also
    over websocket, where browsers apply no CORS). The blueprint is kept as it is; only that
    server's origin list is set, before the blueprint is registered and anything connects.
    """

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        engine = self.sio.eio  # the AsyncServer Rasa just made, kept on self.sio
        if not hasattr(engine, "cors_allowed_origins"):  # an engineio that moved it: fail loudly
            raise RuntimeError("python-engineio has no cors_allowed_origins; cannot restrict socket.io origins")
        engine.cors_allowed_origins = allowed_origins()
        # engineio still checks the origin (400 for others), but Sanic-CORS (rasa run --cors) already
        # sends Access-Control-Allow-Origin; a second copy makes browsers reject every response.
        engine._cors_headers = lambda environ: []
        logger.info("socket.io allowed origins: %s", engine.cors_allowed_origins or "same origin only")
        return socketio_webhook
