"""What every public channel shares: a leading "/" read as text, and clear answers to bad input."""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import UserMessage
from rasa.shared.constants import INTENT_MESSAGE_PREFIX

from botox_clinic import clinic

logger = logging.getLogger(__name__)


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


