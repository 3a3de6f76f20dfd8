"""addons/channels/rest.py: a REST message sent again with the same "message_id" is answered once
(stored once, handled once, the same answer to every copy), with a real SQLite tracker store and
Rasa's in-memory lock store."""
from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from addons.channels import RestInput
from botox_clinic import clinic
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import InMemoryLockStore

from channel_kit import StoringAgent, make_app, serve, sqlite_store

ANSWER = {"text": "Please call the clinic now.\n\nIs there anything else?",
          "buttons": [{"title": "Call", "payload": "call"}]}
DROOP = "my eyelid is drooping since my botox"


class LockingAgent(StoringAgent):
    """As Rasa's Agent.handle_message: the conversation's lock is held while it is answered
    (`delay` seconds, to let a copy arrive meanwhile); `fail_first` dies before anything is stored."""

    def __init__(self, tracker_store, answer=None, delay: float = 0.0, fail_first: bool = False) -> None:
        super().__init__(tracker_store, answer)
        self.lock_store = InMemoryLockStore()
        self.delay, self.fail_first = delay, fail_first

    async def on_new_message(self, message: UserMessage) -> None:
        async with self.lock_store.lock(message.sender_id):
            await asyncio.sleep(self.delay)
            if self.fail_first:
                self.fail_first = False
                self.messages.append(message)
                raise RuntimeError("the replica died before saving the conversation")
            await super().on_new_message(message)


async def send(base: str, body) -> tuple:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{base}/webhooks/rest/webhook", data=json.dumps(body),
                                headers={"Content-Type": "application/json"}) as response:
            return response.status, await response.json()


@pytest.mark.asyncio
async def test_a_message_sent_again_with_its_message_id_is_answered_once(tmp_path):
    agent = LockingAgent(sqlite_store(tmp_path / "rasa.db"), answer=ANSWER)
    async with serve(make_app(RestInput(), agent)) as base:
        first = await send(base, {"sender": "p1", "message": DROOP, "message_id": "m-1"})
        again = await send(base, {"sender": "p1", "message": DROOP, "message_id": "m-1"})
        new_id = await send(base, {"sender": "p1", "message": DROOP, "message_id": "m-2"})
        other_sender = await send(base, {"sender": "p2", "message": DROOP, "message_id": "m-1"})
        no_id = [await send(base, {"sender": "p3", "message": "hi"}) for _ in range(2)]
    assert first == (200, [{"recipient_id": "p1", **ANSWER}])
    assert again == first  # the stored answer, as it was given
    assert new_id == first and other_sender[0] == 200 and no_id[0] == no_id[1]
    assert [(m.sender_id, m.message_id) for m in agent.messages[:3]] == [("p1", "m-1"), ("p1", "m-2"), ("p2", "m-1")]
    assert len(agent.messages) == 5  # the copy of m-1 was not handled; messages without an id always are
    assert await agent.user_texts("p1") == [DROOP, DROOP]


@pytest.mark.asyncio
async def test_a_copy_sent_while_the_first_is_being_answered_waits_and_gets_its_answer(tmp_path):
    agent = LockingAgent(sqlite_store(tmp_path / "rasa.db"), answer=ANSWER, delay=0.5)
    body = {"sender": "p1", "message": DROOP, "message_id": "m-1"}
    async with serve(make_app(RestInput(), agent)) as base:
        first = asyncio.ensure_future(send(base, body))
        await asyncio.sleep(0.2)  # the first copy holds the conversation's lock
        copies = await asyncio.gather(first, send(base, body))
    assert copies[0] == copies[1] and copies[0][1] == [{"recipient_id": "p1", **ANSWER}]
    assert len(agent.messages) == 1 and await agent.user_texts("p1") == [DROOP]


@pytest.mark.asyncio
async def test_a_copy_whose_first_was_never_stored_is_handled_and_a_failure_still_gets_an_answer(tmp_path):
    agent = LockingAgent(sqlite_store(tmp_path / "rasa.db"), answer=ANSWER, fail_first=True)
    body = {"sender": "p1", "message": DROOP, "message_id": "m-1"}
    async with serve(make_app(RestInput(), agent)) as base:
        failed = await send(base, body)
        retried = await send(base, body)
    assert failed[0] == 200 and clinic.load().phone in failed[1][0]["text"]  # the apology, never silence
    assert retried == (200, [{"recipient_id": "p1", **ANSWER}])
    assert len(agent.messages) == 2 and await agent.user_texts("p1") == [DROOP]


@pytest.mark.asyncio
@pytest.mark.parametrize("message_id", ["", "  ", ["m"], {"id": 1}, True, "m" * 256])
async def test_a_bad_message_id_gets_a_400(tmp_path, message_id):
    agent = LockingAgent(sqlite_store(tmp_path / "rasa.db"), answer=ANSWER)
    async with serve(make_app(RestInput(), agent)) as base:
        status, answer = await send(base, {"sender": "p1", "message": "hi", "message_id": message_id})
    assert status == 400 and '"message_id" must be a non-blank string' in answer["error"]
    assert agent.messages == []


@pytest.mark.asyncio
async def test_a_copy_whose_earlier_answer_cannot_be_read_is_handled_not_left_unanswered(tmp_path, monkeypatch):
    from addons.channels.rest import RestWebhook

    async def store_down(request, sender, message_id):
        raise ConnectionError("the conversation database is down")

    agent = LockingAgent(sqlite_store(tmp_path / "rasa.db"), answer=ANSWER)
    body = {"sender": "p1", "message": DROOP, "message_id": "m-1"}
    async with serve(make_app(RestInput(), agent)) as base:
        first = await send(base, body)
        monkeypatch.setattr(RestWebhook, "earlier_answer", staticmethod(store_down))
        again = await send(base, body)
    assert first == again == (200, [{"recipient_id": "p1", **ANSWER}])
    assert len(agent.messages) == 2  # handled again: a possible duplicate, never a message without an answer
