"""Rasa's public input channels, with a patient's leading "/" read as plain text.

In Rasa 3.6 the last node of the NLU graph (RegexMessageHandler) turns a message that
starts with "/" into an intent command ("/goodbye", '/inform{"slot": "x"}'): it replaces
whatever the NLU pipeline, including our red-flag component, decided, and it can set
entities and slots. A patient must never be able to do that, so every channel below
strips the leading slashes (and the whitespace after them) before Rasa sees the text:
"/greet" reaches the pipeline as "greet", and a lone "/" as an empty message.

Bad input gets a clear answer and is never half handled (see each class):

* REST: a body that is not a JSON object, a sender that is missing, not a string or longer
  than 255 characters, a message that is not text (a number is read as its text) or metadata
  that is not an object: HTTP 400 with `{"error": "<what is wrong>"}`, and nothing is handled;
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
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple, Union

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput as RasaFacebookInput
from rasa.core.channels.facebook import Messenger
from rasa.core.channels.rest import RestInput as RasaRestInput

from addons.channels.common import (SlashAsTextMixin, bad_request, empty_reply, error_reply,  # noqa: F401
                                   json_object, strip_command_prefix)
from addons.channels.telegram import (TELEGRAM_NON_TEXT, TELEGRAM_SECRET_HEADER, TelegramBot,  # noqa: F401
                             TelegramWebhook, telegram_incoming)
from addons.channels.web_assets import SocketIOSessionInput

logger = logging.getLogger(__name__)

ALLOWED_ORIGINS_ENV = "ALLOWED_ORIGINS"


# ---------------------------------------------------------------------------- REST

MAX_SENDER_CHARS = 255  # the sender_id column of the SQL tracker store (VARCHAR(255) in PostgreSQL)


class RestRequestError(ValueError):
    """A REST request that cannot be handled; the message is the 400 answer's "error"."""


def rest_request(body: Any) -> Tuple[Text, Optional[Text], Optional[Dict[Text, Any]]]:
    """(sender, text, metadata) of a REST message body, or RestRequestError saying what is wrong.

    The body must be a JSON object: {"sender": "<conversation id>", "message": "<text>",
    "metadata": {...}}.
    - sender: required, a non-blank string of at most 255 characters (a number is read as
      its digits). Without it Rasa would put every such message in one shared conversation,
      "default".
    - message: a string; a number is read as its text (12345 -> "12345"); missing or null is
      an empty message, which gets the "didn't receive any text" answer; anything else
      (list, object, true/false) is an error.
    - metadata: optional, an object.
    - input_channel is ignored (see RestInput).
    """
    if not isinstance(body, dict):
        raise RestRequestError('the body must be a JSON object: {"sender": "<conversation id>", "message": "<text>"}')
    sender = body.get("sender")
    if isinstance(sender, (int, float)) and not isinstance(sender, bool):
        sender = str(sender)
    if sender is None or (isinstance(sender, str) and not sender.strip()):
        raise RestRequestError('"sender" is required: a string that identifies the conversation')
    if not isinstance(sender, str):
        raise RestRequestError('"sender" must be a string')
    if len(sender) > MAX_SENDER_CHARS:
        raise RestRequestError(f'"sender" is too long: at most {MAX_SENDER_CHARS} characters')
    text = body.get("message")
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        text = str(text)
    if text is not None and not isinstance(text, str):
        raise RestRequestError('"message" must be text (a string)')
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RestRequestError('"metadata" must be a JSON object')
    return sender, text, metadata


class RestWebhook(RasaRestInput):
    """Rasa's REST channel with its request checked first (`rest_request`): a bad request is
    answered 400 `{"error": "..."}` and never reaches the assistant (Rasa answers a JSON array
    with a 500, a number as message with `200 []`, and files a message without sender under
    the shared conversation "default")."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest_webhook = super().blueprint(on_new_message)

        @rest_webhook.on_request
        async def check_request(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST":
                return None
            try:
                rest_request(json_object(request) if request.body else None)
            except RestRequestError as error:
                logger.info("REST request refused: %s", error)
                return bad_request(str(error))
            return None

        return rest_webhook

    async def _extract_sender(self, req: Request) -> Optional[Text]:
        return rest_request(req.json)[0]

    def _extract_message(self, req: Request) -> Optional[Text]:
        return rest_request(req.json)[1]

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        return rest_request(request.json)[2]


class RestInput(SlashAsTextMixin, RestWebhook):
    """Rasa's REST channel (/webhooks/rest/webhook), requests checked as in `rest_request`.

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
