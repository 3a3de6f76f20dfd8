"""Telegram's webhook, hardened (used as `addons.channels.TelegramInput`, see addons/channels/__init__.py).

Every update is checked against the secret token Telegram was given at start-up (403 otherwise),
getMe is called once at start-up instead of on every update, and every update type is answered 200:
ones without text to handle (a patient blocking the bot, a callback without its message, ...) are
ignored.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import re
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from aiogram import Bot
from aiogram.bot import api as telegram_api
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.utils.exceptions import TelegramAPIError
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.telegram import TelegramInput as RasaTelegramInput
from rasa.core.channels.telegram import TelegramOutput
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.core.constants import USER_INTENT_RESTART
from rasa.shared.exceptions import RasaException

from addons.channels.common import bad_request, empty_reply, error_reply, json_object  # noqa: F401

logger = logging.getLogger(__name__)

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


