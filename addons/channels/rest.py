"""Rasa's REST channel (/webhooks/rest/webhook): requests checked before anything is handled,
and a message sent again with the same "message_id" answered once.

Bad input is answered 400 `{"error": "<what is wrong>"}` and never reaches the assistant
(`rest_request`).

A retried message. A client that got no answer (a replica killed while answering, a dropped
connection, a proxy's 503) sends the message again. Handled twice, that is the message twice in
the conversation and, for a red flag, two staff reports. A client that puts the same
`"message_id"` (any string of at most 255 characters, e.g. a UUID made once per message) in
every copy gets each message handled once:

* the first copy is recorded in the conversation database (`addons/stores/delivery_dedup.py`,
  channel "rest", the sender and message id hashed together) and handled as usual; its
  UserUttered event carries the message id;
* a later copy waits until the conversation is free (Rasa's lock store: a copy still being
  answered finishes first), then gets the answers stored after that message, as the first copy
  would have had them, and nothing is handled again;
* a later copy whose message was never stored (the first one died before the conversation was
  saved), or whose stored answer cannot be read (the database or the lock store down), is handled as
  a new message: a possible duplicate, never a message without an answer.

Without a "message_id" every request is a new message, as in Rasa. The streaming answer
(`?stream=true`) is Rasa's, without this check.
"""
from __future__ import annotations

import hashlib
from asyncio import CancelledError
import inspect
import logging
from typing import Any, Awaitable, Callable, Dict, List, NamedTuple, Optional, Text

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

import rasa.utils.endpoints
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from rasa.shared.core.events import BotUttered, UserUttered

from addons.channels.common import bad_request, error_reply, json_object
from addons.stores.delivery_dedup import DeliveryLog

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 255  # the sender_id column of the SQL tracker store (VARCHAR(255) in PostgreSQL)
MAX_MESSAGE_ID_CHARS = 255  # the message_id of Rasa's user event
BOT_MESSAGE_KEYS = ("text", "buttons", "quick_replies", "image", "attachment", "elements", "custom")


class RestRequestError(ValueError):
    """A REST request that cannot be handled; the message is the 400 answer's "error"."""


class RestMessage(NamedTuple):
    sender: Text
    text: Optional[Text]
    metadata: Optional[Dict[Text, Any]]
    message_id: Optional[Text]


def _text_or_number(value: Any) -> Any:
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def rest_request(body: Any) -> RestMessage:
    """(sender, text, metadata, message_id) of a REST message body, or RestRequestError saying what is wrong.

    The body must be a JSON object: {"sender": "<conversation id>", "message": "<text>",
    "metadata": {...}, "message_id": "<id>"}.
    - sender: required, a non-blank string of at most 255 characters (a number is read as
      its digits). Without it Rasa would put every such message in one shared conversation,
      "default".
    - message: a string; a number is read as its text (12345 -> "12345"); missing or null is
      an empty message, which gets the "didn't receive any text" answer; anything else
      (list, object, true/false) is an error.
    - metadata: optional, an object.
    - message_id: optional, a non-blank string of at most 255 characters, the same in every
      copy of one message (see the module docstring).
    - input_channel is ignored (see addons.channels.RestInput).
    """
    if not isinstance(body, dict):
        raise RestRequestError('the body must be a JSON object: {"sender": "<conversation id>", "message": "<text>"}')
    sender = _text_or_number(body.get("sender"))
    if sender is None or (isinstance(sender, str) and not sender.strip()):
        raise RestRequestError('"sender" is required: a string that identifies the conversation')
    if not isinstance(sender, str):
        raise RestRequestError('"sender" must be a string')
    if len(sender) > MAX_SENDER_CHARS:
        raise RestRequestError(f'"sender" is too long: at most {MAX_SENDER_CHARS} characters')
    text = _text_or_number(body.get("message"))
    if text is not None and not isinstance(text, str):
        raise RestRequestError('"message" must be text (a string)')
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RestRequestError('"metadata" must be a JSON object')
    message_id = _text_or_number(body.get("message_id"))
    if message_id is not None and (not isinstance(message_id, str) or not message_id.strip()
                                   or len(message_id) > MAX_MESSAGE_ID_CHARS):
        raise RestRequestError(f'"message_id" must be a non-blank string of at most {MAX_MESSAGE_ID_CHARS} '
                               'characters, the same in every copy of one message')
    return RestMessage(sender, text, metadata, message_id)


def delivery_key(sender: Text, message_id: Text) -> Text:
    """The id a REST message is recorded under: the sender and its message id, hashed (64 hex characters)."""
    return hashlib.sha256(f"{sender}\n{message_id}".encode("utf-8")).hexdigest()


def stored_answer(events: List[Any], message_id: Text) -> Optional[List[Dict[Text, Any]]]:
    """The bot messages (Rasa's message dicts: text, buttons, ...) stored after the last user event
    with `message_id`, up to the next user event; None if no stored user event has that id."""
    start = None
    for index, event in enumerate(events):
        if isinstance(event, UserUttered) and event.message_id == message_id:
            start = index
    if start is None:
        return None
    answer = []
    for event in events[start + 1:]:
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            message = {"text": event.text, **(event.data or {})}
            answer.append({key: message[key] for key in BOT_MESSAGE_KEYS if message.get(key) is not None})
    return answer


class RestWebhook(RasaRestInput):
    """Rasa's REST channel with its request checked first (`rest_request`) and a message sent
    again answered once (module docstring). Rasa answers a JSON array with a 500, a number as
    message with `200 []`, and files a message without sender under the shared conversation
    "default"."""

    def __init__(self) -> None:
        self.deliveries = DeliveryLog()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        module = inspect.getmodule(self)
        rest_webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @rest_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> Any:
            try:
                message = rest_request(json_object(request) if request.body else None)
            except RestRequestError as error:
                logger.info("REST request refused: %s", error)
                return bad_request(str(error))
            channel = self._extract_input_channel(request)
            if rasa.utils.endpoints.bool_arg(request, "stream", default=False):
                return response.stream(self.stream_response(on_new_message, message.text, message.sender, channel,
                                                            message.metadata), content_type="text/event-stream")
            if message.message_id and not self.deliveries.first_delivery(
                    request, self.name(), delivery_key(message.sender, message.message_id)):
                try:
                    answer = await self.earlier_answer(request, message.sender, message.message_id)
                except Exception:  # the store or the lock unreachable: a possible duplicate, never no answer
                    logger.exception("could not read the earlier answer to REST message %s; handling it", message.message_id)
                    answer = None
                if answer is not None:
                    logger.info("REST message %s of %s was already handled; its answer sent again",
                                message.message_id, message.sender)
                    return response.json(answer or [{"recipient_id": message.sender, "text": error_reply()}])
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(message.text, collector, message.sender, input_channel=channel,
                                                 metadata=message.metadata, message_id=message.message_id))
            except (CancelledError, Exception):  # as Rasa's: the request timed out or the handling failed
                logger.exception("REST message of %s could not be handled", message.sender)
                if not collector.messages:  # never an empty answer: the apology with the clinic's phone
                    return response.json([{"recipient_id": message.sender, "text": error_reply()}])
            return response.json(collector.messages)

        return rest_webhook

    @staticmethod
    async def earlier_answer(request: Request, sender: Text, message_id: Text) -> Optional[List[Dict[Text, Any]]]:
        """The answer already given to `message_id` in the stored conversation (as the REST
        answer's list), after any copy still being answered has finished; None if it is not stored."""
        agent = request.app.ctx.agent
        lock_store = getattr(agent, "lock_store", None)
        if lock_store is not None:
            async with lock_store.lock(sender):  # a copy of this message still being answered ends first
                pass
        tracker = await agent.tracker_store.retrieve(sender)
        answer = stored_answer(list(tracker.events) if tracker else [], message_id)
        if answer is None:
            return None
        collector = CollectingOutputChannel()
        for bot_message in answer:
            await collector.send_response(sender, bot_message)
        return collector.messages
