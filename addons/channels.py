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

import asyncio
import hmac
import logging
import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple, Union

from aiogram import Bot
from aiogram.bot import api as telegram_api
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.utils.exceptions import TelegramAPIError
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput as RasaFacebookInput
from rasa.core.channels.facebook import Messenger
from rasa.core.channels.rest import RestInput as RasaRestInput
from rasa.core.channels.telegram import TelegramInput as RasaTelegramInput
from rasa.core.channels.telegram import TelegramOutput
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.core.constants import USER_INTENT_RESTART
from rasa.shared.exceptions import RasaException

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


def error_reply() -> Text:
    details = clinic.load()
    return (f"Sorry, something went wrong on our side. Please try again, "
            f"or call {details.name} at {details.phone}.")


def bad_request(error: Text) -> HTTPResponse:
    """HTTP 400 with `{"error": "<what is wrong>"}`."""
    return response.json({"error": error}, status=400)


def json_object(request: Request) -> Optional[Dict[Text, Any]]:
    """The request's JSON body if it is an object; None if it is empty, not JSON, or another type."""
    try:
        body = request.json
    except Exception:  # Sanic: "Failed when parsing body as json"
        return None
    return body if isinstance(body, dict) else None


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


# ---------------------------------------------------------------------------- Telegram

TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_TELEGRAM_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram's setWebhook accepts
# a message with one of these and no text or caption: the patient sent something we cannot read
TELEGRAM_NON_TEXT = ("photo", "sticker", "voice", "audio", "video", "video_note", "document", "animation",
                     "location", "venue", "contact", "poll", "dice")


class TelegramBot(TelegramOutput):
    """Rasa's Telegram output channel, talking to `server` (Telegram's Bot API by default;
    a local Bot API server, or a fake one in the tests)."""

    def __init__(self, access_token: Optional[Text], server: TelegramAPIServer = TELEGRAM_PRODUCTION) -> None:
        Bot.__init__(self, access_token, server=server)

    async def close_session(self) -> None:
        session = self._session  # aiogram's `session` property would open one to close it
        if session is not None and not session.closed:
            await session.close()


def telegram_incoming(update: Dict[Text, Any]) -> Tuple[Optional[Text], Optional[Text]]:
    """(chat id, text) of the patient's message in a Telegram update.

    - message / edited_message with text (or a caption): (chat, text). Rasa reads an edited
      message as a new message, and so do we (an edit may add a red flag);
    - a message with a photo, voice note, sticker, location, ... and no caption: (chat, None),
      answered with the "didn't receive any text" reply;
    - callback_query (a button): (chat of its message, its data);
    - anything else (my_chat_member when the patient blocks the bot, a callback whose
      message is gone, an edit of a photo, channel posts, ...): (None, None), ignored.
    """
    callback = update.get("callback_query")
    if isinstance(callback, dict):
        chat = _telegram_chat(callback.get("message"))
        data = callback.get("data")
        return (chat, data) if chat and isinstance(data, str) else (None, None)
    for key in ("message", "edited_message"):
        message = update.get(key)
        if not isinstance(message, dict):
            continue
        chat = _telegram_chat(message)
        if chat is None:
            return None, None
        text = message.get("text")
        if not isinstance(text, str):
            text = message.get("caption")
        if isinstance(text, str):
            return chat, text
        if key == "message" and any(kind in message for kind in TELEGRAM_NON_TEXT):
            return chat, None
        return None, None
    return None, None


def _telegram_chat(message: Any) -> Optional[Text]:
    chat = message.get("chat") if isinstance(message, dict) else None
    chat_id = chat.get("id") if isinstance(chat, dict) else None
    return str(chat_id) if isinstance(chat_id, (int, str)) and not isinstance(chat_id, bool) else None


class TelegramWebhook(RasaTelegramInput):
    """Rasa's Telegram channel, with the webhook authenticated and every update answered 200.

    Rasa's own connector checks no secret (anyone who finds the URL can post updates), calls
    Telegram's getMe on every update (a network round trip per message), and raises on an
    update without `message` (my_chat_member, a callback without its message), so Telegram
    sends that update again and again. Here:

    * at start-up (before the server starts), setWebhook registers `webhook_url` with the
      `secret_token` (credentials.yml: `secret_token: ${TELEGRAM_SECRET_TOKEN}`), and getMe
      checks once that the token is the bot named `verify`; either failing stops the start-up
      (RasaException), as Rasa's own setWebhook failure does. No secret configured: a warning;
    * every update must carry the secret in X-Telegram-Bot-Api-Secret-Token: 403 otherwise;
    * a body that is not a JSON object: 400; every update: 200 ("success"), handled as
      `telegram_incoming` says; an error while answering is logged and the patient gets an
      apology, never a 5xx (which would make Telegram re-send the update).
    """

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "TelegramWebhook":
        if not credentials:
            return cls.raise_missing_credentials_exception()
        return cls(credentials.get("access_token"), credentials.get("verify"), credentials.get("webhook_url"),
                   secret_token=credentials.get("secret_token") or None)

    def __init__(self, access_token: Optional[Text], verify: Optional[Text], webhook_url: Optional[Text],
                 debug_mode: bool = False, secret_token: Optional[Text] = None,
                 api_server: Optional[TelegramAPIServer] = None) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode=debug_mode)
        if secret_token is not None and not _TELEGRAM_SECRET.fullmatch(str(secret_token)):
            raise RasaException("the telegram secret_token (TELEGRAM_SECRET_TOKEN) must be 1-256 characters "
                                "A-Z, a-z, 0-9, _ or -")
        self.secret_token = str(secret_token) if secret_token is not None else None
        self.api_server = api_server or TELEGRAM_PRODUCTION

    def get_output_channel(self) -> TelegramBot:
        """The bot, without any network call (Rasa's sets the webhook here, in its own event loop)."""
        return TelegramBot(self.access_token, self.api_server)

    async def register_webhook(self, bot: TelegramBot) -> None:
        """setWebhook (URL and secret token), then getMe once: the token must be the bot `verify`."""
        try:
            if self.webhook_url:
                payload = {"url": self.webhook_url}
                if self.secret_token:
                    payload["secret_token"] = self.secret_token
                await bot.request(telegram_api.Methods.SET_WEBHOOK, payload)
            else:
                logger.warning("Telegram: no webhook_url (TELEGRAM_WEBHOOK_URL); the webhook is not registered")
            me = await bot.get_me()
        except (TelegramAPIError, asyncio.TimeoutError) as error:
            raise RasaException(f"Failed to set the Telegram webhook: {error!r}") from error
        if self.verify and (me.username or "").lower() != self.verify.lstrip("@").lower():
            raise RasaException(f"The Telegram token belongs to @{me.username}, not to @{self.verify} "
                                f"(verify, TELEGRAM_VERIFY)")
        logger.info("Telegram webhook registered for @%s", me.username)

    def has_valid_secret(self, request: Request) -> bool:
        if not self.secret_token:
            return True
        given = request.headers.get(TELEGRAM_SECRET_HEADER) or ""
        return hmac.compare_digest(given.encode("utf-8"), self.secret_token.encode("utf-8"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)
        out_channel = self.get_output_channel()
        if not self.secret_token:
            logger.warning("Telegram: no secret_token (TELEGRAM_SECRET_TOKEN) is configured, so anyone who knows "
                           "the webhook URL can post messages. Set one in credentials.yml (docs/channels.md).")

        @telegram_webhook.listener("before_server_start")
        async def register(_app: Any, _loop: Any) -> None:
            await self.register_webhook(out_channel)

        @telegram_webhook.listener("after_server_stop")
        async def close(_app: Any, _loop: Any) -> None:
            await out_channel.close_session()

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/set_webhook", methods=["GET", "POST"])
        async def set_webhook(_: Request) -> HTTPResponse:
            try:
                await self.register_webhook(out_channel)
            except RasaException as error:
                logger.warning("Webhook Setup Failed: %s", error)
                return response.text("Invalid webhook")
            return response.text("Webhook setup successful")

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            if not self.has_valid_secret(request):
                logger.warning("Telegram update with a missing or wrong %s from %s", TELEGRAM_SECRET_HEADER,
                               request.ip)
                return response.text("invalid secret token", status=403)
            update = json_object(request)
            if update is None:
                return bad_request("the body must be a Telegram update (a JSON object)")
            sender, text = telegram_incoming(update)
            if sender is None:
                logger.debug("Telegram update %s without a message to answer: ignored", update.get("update_id"))
                return response.text("success")
            metadata = self.get_metadata(request)
            try:
                if text is None:
                    await out_channel.send_text_message(sender, empty_reply())
                    return response.text("success")
                texts = [text]
                if text == INTENT_MESSAGE_PREFIX + USER_INTENT_RESTART:  # as Rasa: /restart, then /start
                    texts.append(INTENT_MESSAGE_PREFIX + "start")
                for each in texts:
                    await on_new_message(UserMessage(each, out_channel, sender, input_channel=self.name(),
                                                     metadata=metadata))
            except Exception:
                logger.exception("could not handle a Telegram message from %s", sender)
                try:
                    await out_channel.send_text_message(sender, error_reply())
                except Exception:
                    logger.exception("could not send an apology to %s", sender)
            return response.text("success")

        return telegram_webhook


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
