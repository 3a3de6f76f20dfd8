"""Twilio SMS and WhatsApp channel: /webhooks/twilio/webhook.

Rasa's own TwilioInput accepts any POST (no signature check), re-raises errors as 500s,
sends every button as a separate SMS, and calls Twilio's REST API synchronously inside
the event loop. This channel, used in credentials.yml as `addons.twilio_sms.TwilioSMSInput`:

* checks X-Twilio-Signature with twilio's RequestValidator on every webhook (403 if
  missing or wrong). Twilio signs the public URL it called: set `public_url` (or the
  TWILIO_WEBHOOK_URL environment variable) when Rasa is behind a proxy or tunnel, because
  request.url is then the internal URL and every signature would fail;
* answers a message without text (photo, voice note, location) with a polite reply,
  and an internal error with an apology, always with HTTP 200 (empty TwiML);
* sends buttons as numbered options inside one message, and maps a reply of "1", "2", ...
  back to that button's payload, using the buttons of the bot's last turn as stored in
  the tracker store (so it survives restarts);
* splits long answers at sentence boundaries into messages of at most 320 characters;
* reads a leading "/" as plain text, like every channel in addons.channels;
* works for WhatsApp: senders are "whatsapp:+1...", and the reply goes out from the
  number the patient wrote to (Twilio's To), with the "whatsapp:" prefix matched to
  the recipient when it falls back to the configured twilio_number.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text
from urllib.parse import parse_qs

from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from addons.channels import SlashAsTextMixin
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.exceptions import RasaException

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 320
WHATSAPP_PREFIX = "whatsapp:"
PUBLIC_URL_ENV = "TWILIO_WEBHOOK_URL"
SIGNATURE_HEADER = "X-Twilio-Signature"
NO_TEXT_REPLY = "Sorry, I can only read text messages. Please type your question, or call the clinic."
ERROR_REPLY = "Sorry, something went wrong on our side. Please try again, or call the clinic."
CHOOSE_PROMPT = "Reply with a number."
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'

# a sentence ends with . ! ? or … (maybe followed by a closing quote or bracket) and whitespace;
# a line break is a boundary too
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+|\n+")
_CHOICE = re.compile(r"#?\s*(\d{1,2})\s*[.)]?")


# ---------------------------------------------------------------------------- formatting


def _split_words(piece: Text, limit: int) -> List[Text]:
    """A sentence longer than the limit: split between words (inside a word only if it must)."""
    chunks, current = [], ""
    for token in re.split(r"(\s+)", piece.strip()):
        if not token:
            continue
        if len(current) + len(token) <= limit:
            current += token
            continue
        if current.strip():
            chunks.append(current.strip())
        current = "" if token.isspace() else token
        while len(current) > limit:
            chunks.append(current[:limit])
            current = current[limit:]
    if current.strip():
        chunks.append(current.strip())
    return chunks


def split_message(text: Optional[Text], limit: int = MAX_MESSAGE_CHARS) -> List[Text]:
    """The text as messages of at most `limit` characters, split at sentence boundaries.

    Sentences (and lines) are packed greedily, keeping their original separators, so a
    short answer stays one message and paragraphs share a message when they fit.
    """
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        return []
    bounds = [0] + [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]
    messages: List[Text] = []
    current = ""
    for piece in pieces:
        if len((current + piece).strip()) <= limit:
            current += piece
            continue
        if current.strip():
            messages.append(current.strip())
        if len(piece.strip()) > limit:
            *full, current = _split_words(piece, limit)
            messages.extend(full)
            current += " "
        else:
            current = piece
    if current.strip():
        messages.append(current.strip())
    return messages


def numbered_options(buttons: List[Dict[Text, Any]]) -> Text:
    lines = [f"{i}. {b.get('title') or b.get('payload') or ''}".rstrip() for i, b in enumerate(buttons, start=1)]
    return "\n".join(lines + [CHOOSE_PROMPT])


def number_choice(text: Optional[Text]) -> Optional[int]:
    """2 for "2", " 2. ", "#2"; None for anything else."""
    match = _CHOICE.fullmatch((text or "").strip())
    return int(match.group(1)) if match else None


def last_turn_buttons(tracker: Any) -> List[Dict[Text, Any]]:
    """The buttons (or quick replies) of the bot's latest message since the patient last wrote."""
    for event in reversed(list(getattr(tracker, "events", None) or [])):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            data = event.data or {}
            buttons = data.get("buttons") or data.get("quick_replies")
            if buttons:
                return list(buttons)
    return []


def match_whatsapp_prefix(number: Optional[Text], recipient: Optional[Text]) -> Optional[Text]:
    """The sender number with the "whatsapp:" prefix exactly when the recipient has it."""
    if not number:
        return number
    bare = number[len(WHATSAPP_PREFIX):] if number.startswith(WHATSAPP_PREFIX) else number
    return WHATSAPP_PREFIX + bare if (recipient or "").startswith(WHATSAPP_PREFIX) else bare


# ---------------------------------------------------------------------------- output


class TwilioSMSOutput(TwilioOutput):
    """Sends SMS / WhatsApp messages through Twilio's REST API, in a worker thread."""

    def __init__(self, account_sid: Optional[Text], auth_token: Optional[Text], twilio_number: Optional[Text],
                 reply_from: Optional[Text] = None, limit: int = MAX_MESSAGE_CHARS) -> None:
        super().__init__(account_sid, auth_token, twilio_number)
        self.reply_from = reply_from
        self.limit = limit

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
        options = numbered_options(buttons)
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
            cls.raise_missing_credentials_exception()
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

    def get_output_channel(self, reply_from: Optional[Text] = None) -> OutputChannel:
        return TwilioSMSOutput(self.account_sid, self.auth_token, self.twilio_number, reply_from=reply_from)

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

    async def button_payload(self, request: Request, sender: Text, text: Text) -> Text:
        """The payload of button N when the patient answers "N" to the bot's last buttons."""
        choice = number_choice(text)
        if choice is None:
            return text
        store = getattr(getattr(request.app.ctx, "agent", None), "tracker_store", None)
        if store is None:
            return text
        try:
            tracker = await store.retrieve(sender)
        except Exception:
            logger.exception("could not read the tracker of %s to map a numbered reply", sender)
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
            out = self.get_output_channel(reply_from=form.get("To"))
            text = form.get("Body")
            if not text or not text.strip():  # photo, voice note, location, ...
                await self._reply(out, sender, NO_TEXT_REPLY)
                return twiml()
            text = text.replace("¡", "@")  # some carriers turn @ into ¡ (GSM 03.38)
            text = await self.button_payload(request, sender, text)
            try:
                await on_new_message(UserMessage(text, out, sender, input_channel=self.name(),
                                                 metadata=self.get_metadata(request)))
            except Exception:
                logger.exception("could not handle a Twilio message from %s", sender)
                await self._reply(out, sender, ERROR_REPLY)
            return twiml()

        return twilio_webhook


class TwilioSMSInput(SlashAsTextMixin, TwilioSMSWebhook):
    """Twilio SMS / WhatsApp, signed webhooks only, with "/" read as plain text."""
