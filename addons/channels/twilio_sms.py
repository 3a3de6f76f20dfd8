"""Twilio SMS and WhatsApp channel: /webhooks/twilio/webhook.

Rasa's own TwilioInput accepts any POST (no signature check), re-raises errors as 500s,
sends every button as a separate SMS, and calls Twilio's REST API synchronously inside
the event loop. This channel, used in credentials.yml as `addons.channels.twilio_sms.TwilioSMSInput`:

* checks X-Twilio-Signature with twilio's RequestValidator on every webhook (403 if
  missing or wrong). Twilio signs the public URL it called: set `public_url` (or the
  TWILIO_WEBHOOK_URL environment variable) when Rasa is behind a proxy or tunnel, because
  request.url is then the internal URL and every signature would fail;
* answers a message without text (photo, voice note, location) with a polite reply,
  and an internal error with an apology, always with HTTP 200 (empty TwiML);
* handles each message once: a webhook delivered again with a MessageSid already received
  (a retry, a replay) gets HTTP 200 with empty TwiML and is not handled again: no second user
  message, reply or staff report. The MessageSids are kept in the conversation database
  (table `channel_deliveries`, see addons/stores/delivery_dedup.py), so this holds across restarts
  and between replicas;
* sends buttons as numbered options inside one message, and maps a reply of "1", "2", ...
  back to that button's payload, using the buttons of the bot's last turn as stored in
  the tracker store (so it survives restarts);
* splits long answers at sentence boundaries into messages of at most 320 characters;
* reads a leading "/" as plain text, like every channel in addons.channels;
* works for WhatsApp: senders are "whatsapp:+1...", and the reply goes out from the
  number the patient wrote to (Twilio's To), with the "whatsapp:" prefix matched to
  the recipient when it falls back to the configured twilio_number;
* speaks the conversation's language in its own texts (the "Reply with a number." line, the
  no-text and error replies): Spanish when the `language` slot is "es", both languages for
  "both", see `reply_language`. A "¡" is turned into "@" only between letters or digits
  (carriers' GSM mangling of e-mail addresses), so a Spanish "¡Hola!" stays as written.
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Union
from urllib.parse import parse_qs

from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from addons.channels.common import SlashAsTextMixin
from addons.stores.delivery_dedup import DeliveryLog
from addons.channels.sms_text import (  # noqa: F401  (re-exported for the tests)
    _BOUNDARY, _CHOICE, _MANGLED_AT, _split_words, BOTH, CHOOSE_PROMPT, conversation_language,
    detect_language, EMPTY_TWIML, ENGLISH, ERROR_REPLY, LANGUAGE_SLOT, LANGUAGES, last_turn_buttons,
    localized, match_whatsapp_prefix, MAX_MESSAGE_CHARS, message_language, NO_TEXT_REPLY, number_choice,
    numbered_options, PUBLIC_URL_ENV, REPLIES, reply_language, SIGNATURE_HEADER, SPANISH, split_message,
    turn_language, valid_language, WHATSAPP_PREFIX)
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from rasa.shared.exceptions import RasaException

logger = logging.getLogger(__name__)


# ---------------------------------------------------------------------------- output


class TwilioSMSOutput(TwilioOutput):
    """Sends SMS / WhatsApp messages through Twilio's REST API, in a worker thread.

    `language`: the conversation's language ("en", "es", "both"), or a function that returns
    it (called once, when a text of the channel's own first needs it).
    """

    def __init__(self, account_sid: Optional[Text], auth_token: Optional[Text], twilio_number: Optional[Text],
                 reply_from: Optional[Text] = None, limit: int = MAX_MESSAGE_CHARS,
                 language: Union[None, Text, Callable[[], Optional[Text]]] = None) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        self.reply_from = reply_from
        self.limit = limit
        self._language = language

    @property
    def conversation_language(self) -> Optional[Text]:
        if callable(self._language):
            self._language = self._language()
        return valid_language(self._language)

    def reply_language(self, message: Optional[Dict[Text, Any]] = None) -> Text:
        """The language of the channel's own text sent with `message` (or alone)."""
        return reply_language(message_language(message), self.conversation_language)

    def _from(self, recipient_id: Text) -> Optional[Text]:
        return match_whatsapp_prefix(self.reply_from or self.twilio_number, recipient_id)

    async def _send_message(self, message_data: Dict[Text, Any]) -> Any:
        # twilio's client is synchronous (requests): keep it off the event loop
        try:
            return await asyncio.to_thread(self.messages.create, **message_data)
        except TwilioRestException as e:
            logger.error("Twilio refused a message to %s: %s %s", message_data.get("to"), e.status, e.msg)
        except Exception:
            logger.exception("could not send a Twilio message to %s", message_data.get("to"))
        return None

    async def _send_bodies(self, recipient_id: Text, bodies: List[Text]) -> None:
        for body in bodies:
            await self._send_message({"to": recipient_id, "from_": self._from(recipient_id), "body": body})

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send_bodies(recipient_id, split_message(text, self.limit))

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        """The options, numbered, in one message: with the (last part of the) text if it fits."""
        if not buttons:
            return await self.send_text_message(recipient_id, text)
        options = numbered_options(buttons, self.reply_language(kwargs))
        bodies = split_message(text, self.limit)
        if bodies and len(bodies[-1]) + 1 + len(options) <= self.limit:
            bodies[-1] = f"{bodies[-1]}\n{options}"
        else:
            bodies.append(options)  # never split: the numbers must stay together
        await self._send_bodies(recipient_id, bodies)

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        await self._send_message({"to": recipient_id, "from_": self._from(recipient_id), "media_url": [image]})

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        json_message.setdefault("to", recipient_id)
        if not json_message.get("media_url"):
            json_message.setdefault("body", "")
        if not json_message.get("messaging_service_sid"):
            json_message.setdefault("from_", self._from(json_message["to"]))
        await self._send_message(json_message)


# ---------------------------------------------------------------------------- input


class TwilioSMSWebhook(TwilioInput):
    """The webhook itself; use TwilioSMSInput, which also reads a leading "/" as text."""

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            return cls.raise_missing_credentials_exception()
        missing = [key for key in ("account_sid", "auth_token", "twilio_number") if not credentials.get(key)]
        if missing:
            raise RasaException(f"the twilio channel needs {', '.join(missing)} in credentials.yml")
        return cls(
            credentials["account_sid"],
            credentials["auth_token"],
            credentials["twilio_number"],
            public_url=credentials.get("public_url") or os.environ.get(PUBLIC_URL_ENV) or None,
        )

    def __init__(self, account_sid: Optional[Text], auth_token: Optional[Text], twilio_number: Optional[Text],
                 debug_mode: bool = False, public_url: Optional[Text] = None) -> None:
        super().__init__(account_sid, auth_token, twilio_number, debug_mode=debug_mode)
        self.public_url = public_url
        self.deliveries = DeliveryLog()

    def get_output_channel(self, reply_from: Optional[Text] = None,
                           language: Union[None, Text, Callable[[], Optional[Text]]] = None) -> OutputChannel:
        return TwilioSMSOutput(self.account_sid, self.auth_token, self.twilio_number, reply_from=reply_from,
                               language=language)

    # -- checks

    def signed_url(self, request: Request) -> Text:
        """The URL Twilio called (and signed): public_url if configured, else what Sanic saw."""
        if not self.public_url:
            return request.url
        if request.query_string and "?" not in self.public_url:
            return f"{self.public_url}?{request.query_string}"
        return self.public_url

    @staticmethod
    def form(request: Request) -> RequestParameters:
        """The POST parameters, empty ones included.

        Twilio sends (and signs) `Body=` for a photo or a location; Sanic's request.form drops
        blank values, so its form would never match the signature.
        """
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return request.form
        return RequestParameters(parse_qs(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))

    def has_valid_signature(self, request: Request, form: RequestParameters) -> bool:
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature or not self.auth_token:
            return False
        try:
            return RequestValidator(self.auth_token).validate(self.signed_url(request), form, signature)
        except Exception:
            logger.exception("could not check a Twilio signature")
            return False

    @staticmethod
    async def stored_conversation(request: Request, sender: Text) -> Any:
        """The sender's conversation as the tracker store has it (None: none yet, or no store)."""
        store = getattr(getattr(request.app.ctx, "agent", None), "tracker_store", None)
        if store is None:
            return None
        try:
            return await store.retrieve(sender)
        except Exception:
            logger.exception("could not read the tracker of %s", sender)
            return None

    async def button_payload(self, request: Request, sender: Text, text: Text) -> Text:
        """The payload of button N when the patient answers "N" to the bot's last buttons."""
        if number_choice(text) is None:
            return text
        return self.choice_payload(await self.stored_conversation(request, sender), text)

    @staticmethod
    def choice_payload(tracker: Any, text: Text) -> Text:
        """`text`, or the payload of button N of the bot's last turn in `tracker` when it is "N"."""
        choice = number_choice(text)
        if choice is None or tracker is None:
            return text
        buttons = last_turn_buttons(tracker)
        if 1 <= choice <= len(buttons):
            payload = buttons[choice - 1].get("payload")
            if isinstance(payload, str) and payload.strip():
                return payload
        return text

    @staticmethod
    async def _reply(out: OutputChannel, recipient: Text, text: Text) -> None:
        try:
            await out.send_text_message(recipient, text)
        except Exception:
            logger.exception("could not reply to %s", recipient)

    # -- routes

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        twilio_webhook = Blueprint("twilio_sms_webhook", __name__)

        def twiml() -> HTTPResponse:
            return response.text(EMPTY_TWIML, content_type="text/xml")

        @twilio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @twilio_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            form = self.form(request)
            if not self.has_valid_signature(request, form):
                logger.warning("Twilio webhook with a missing or invalid %s from %s (signed URL checked: %s)",
                               SIGNATURE_HEADER, request.ip, self.signed_url(request))
                return response.text("invalid signature", status=403)
            sender = form.get("From")
            if not sender or form.get("MessageStatus"):  # nobody to answer, or a status callback
                return twiml()
            message_sid = form.get("MessageSid") or form.get("SmsSid")
            if not self.deliveries.first_delivery(request, self.name(), message_sid):
                logger.info("Twilio message %s from %s was already received; not handled again", message_sid, sender)
                return twiml()
            # one read of the stored conversation: its language, and the buttons a number answers
            tracker = await self.stored_conversation(request, sender)
            known = conversation_language(tracker)
            text = form.get("Body")
            if not text or not text.strip():  # photo, voice note, location, ...
                out = self.get_output_channel(reply_from=form.get("To"), language=known)
                await self._reply(out, sender, localized("no_text", known))
                return twiml()
            text = _MANGLED_AT.sub("@", text)  # some carriers turn @ into ¡ (GSM 03.38)
            text = self.choice_payload(tracker, text)
            # the language slot after this message (computed only if a text of ours needs it)
            out = self.get_output_channel(reply_from=form.get("To"),
                                          language=lambda: turn_language(text, known))
            try:
                await on_new_message(UserMessage(text, out, sender, input_channel=self.name(),
                                                 metadata=self.get_metadata(request)))
            except Exception:
                logger.exception("could not handle a Twilio message from %s", sender)
                await self._reply(out, sender, localized("error", out.reply_language()))
            return twiml()

        return twilio_webhook


class TwilioSMSInput(SlashAsTextMixin, TwilioSMSWebhook):
    """Twilio SMS / WhatsApp, signed webhooks only, with "/" read as plain text."""
