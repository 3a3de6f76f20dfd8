"""Rasa's public input channels, with a patient's leading "/" read as plain text.

In Rasa 3.6 the last node of the NLU graph (RegexMessageHandler) turns a message that
starts with "/" into an intent command ("/goodbye", '/inform{"slot": "x"}'): it replaces
whatever the NLU pipeline, including our red-flag component, decided, and it can set
entities and slots. A patient must never be able to do that, so every channel below
strips the leading slashes (and the whitespace after them) before Rasa sees the text:
"/greet" reaches the pipeline as "greet", and a lone "/" as an empty message.

Bad input gets a clear answer and is never half handled (see each class):

* REST (addons/channels/rest.py): a body that is not a JSON object, a sender that is missing,
  not a string or longer than 255 characters, a message that is not text (a number is read as
  its text), metadata that is not an object or a bad message_id: HTTP 400 with
  `{"error": "<what is wrong>"}`, and nothing is handled; a message sent again with the same
  message_id is answered with the stored answer, not handled twice;
* Telegram: every update is checked against the secret token Telegram was given at start-up
  (403 otherwise), and every update type is answered 200: ones without text to handle
  (a patient blocking the bot, a callback without its message, ...) are ignored;
* Facebook: every messaging event of a webhook is handled (Facebook batches them), and
  receipts, echoes and entries without messages are answered 200 and ignored.

The classes keep Rasa's channel names, so the webhook URLs stay the standard ones
(/webhooks/rest/webhook, /socket.io, /webhooks/telegram/webhook, /webhooks/facebook/webhook).
Use them in credentials.yml as `addons.channels.RestInput` etc. (see docs/channels.md).
"""
from __future__ import annotations

import logging
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Union

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput as RasaFacebookInput
from rasa.core.channels.facebook import Messenger

from addons.channels.common import (SlashAsTextMixin, bad_request, empty_reply, error_reply,  # noqa: F401
                                   json_object, strip_command_prefix)
from addons.channels.telegram import (TELEGRAM_NON_TEXT, TELEGRAM_SECRET_HEADER, TelegramBot,  # noqa: F401
                             TelegramWebhook, telegram_incoming)
from addons.channels.rest import RestWebhook
from addons.channels.web_assets import SocketIOSessionInput

logger = logging.getLogger(__name__)

ALLOWED_ORIGINS_ENV = "ALLOWED_ORIGINS"


# ---------------------------------------------------------------------------- REST


class RestInput(SlashAsTextMixin, RestWebhook):
    """Rasa's REST channel (/webhooks/rest/webhook), as addons.channels.rest.RestWebhook.

    Rasa takes the channel name from the request's "input_channel" field if there is one;
    here it is always "rest", so an anonymous caller cannot label a conversation (and the
    staff report made from it) as coming from "twilio" or another verified channel.
    """

    def _extract_input_channel(self, req: Request) -> Text:
        return self.name()


class TelegramInput(SlashAsTextMixin, TelegramWebhook):
    """Rasa's Telegram channel (/webhooks/telegram/webhook), as TelegramWebhook. "/start" arrives as "start"."""


# ---------------------------------------------------------------------------- Facebook


class MessengerEvents(Messenger):
    """Rasa's Messenger handler, reading every event of a webhook.

    Rasa's `handle` answers only the first message of a webhook (Facebook batches several
    events, in several entries, into one), and raises (a 500) on an entry without
    "messaging" (standby, page changes). Here every messaging event with a message or a
    postback is handled, in order; the bot's own echoes, delivery and read receipts,
    reactions and anything else are ignored, and one event that fails does not stop the
    others.
    """

    async def handle(self, payload: Dict, metadata: Optional[Dict[Text, Any]]) -> None:
        entries = payload.get("entry") if isinstance(payload, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            events = entry.get("messaging") if isinstance(entry, dict) else None
            for event in events if isinstance(events, list) else []:
                if not isinstance(event, dict):
                    continue
                self.last_message = event
                message = event.get("message")
                try:
                    if isinstance(message, dict) and message and not message.get("is_echo"):
                        await self.message(event, metadata)
                    elif isinstance(event.get("postback"), dict):
                        await self.postback(event, metadata)
                except Exception:
                    logger.exception("could not handle a Facebook messaging event from %s", self.get_user_id())


class FacebookWebhook(RasaFacebookInput):
    """Rasa's Facebook channel: signature checked as Rasa does (X-Hub-Signature, app secret),
    but refused with 403 instead of 200; a body that is not a JSON object: 400; every signed
    webhook otherwise: 200 ("success"), its events handled by MessengerEvents."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        fb_webhook = Blueprint("fb_webhook", __name__)

        @fb_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @fb_webhook.route("/webhook", methods=["GET"])
        async def token_verification(request: Request) -> HTTPResponse:
            if request.args.get("hub.verify_token") == self.fb_verify:
                return response.text(request.args.get("hub.challenge"))
            logger.warning("Invalid fb verify token! Make sure this matches your webhook settings on the facebook app.")
            return response.text("failure, invalid token")

        @fb_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            signature = request.headers.get("X-Hub-Signature") or ""
            if not self.validate_hub_signature(self.fb_secret, request.body, signature):
                logger.warning("Wrong fb secret! Make sure this matches the secret in your facebook app settings")
                return response.text("not validated", status=403)
            payload = json_object(request)
            if payload is None:
                return bad_request("the body must be a Messenger webhook event (a JSON object)")
            messenger = MessengerEvents(self.fb_access_token, on_new_message)
            await messenger.handle(payload, self.get_metadata(request))
            return response.text("success")

        return fb_webhook


class FacebookInput(SlashAsTextMixin, FacebookWebhook):
    """Rasa's Facebook Messenger channel (/webhooks/facebook/webhook), as FacebookWebhook."""


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

    Built on addons.channels.web_assets.SocketIOSessionInput, which makes session_persistence work
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
