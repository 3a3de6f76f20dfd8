"""addons/channels.py: a leading "/" is plain text on every channel; socket.io origins from ALLOWED_ORIGINS."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import uuid
from types import SimpleNamespace

import aiohttp
import pytest
from sanic import Sanic
import socketio

from addons import channels
from addons.channels import FacebookInput, RestInput, SocketIOInput, TelegramInput, allowed_origins, \
    strip_command_prefix
from rasa.core.channels.channel import UserMessage

from channel_kit import FakeAgent, make_app, serve


@pytest.mark.parametrize("text, expected", [
    ("/greet", "greet"),
    ('/inform{"symptom": "rash"}', 'inform{"symptom": "rash"}'),
    ("//greet", "greet"),
    ("/ /greet", "greet"),
    ("  /\t greet", "greet"),
    ("/", ""),
    (" / // ", ""),
    ("I have a rash / hives", "I have a rash / hives"),
    ("hello", "hello"),
    ("", ""),
    (None, None),
])
def test_strip_command_prefix(text, expected):
    assert strip_command_prefix(text) == expected


def test_the_channels_keep_rasas_names():
    assert [c.name() for c in (RestInput, SocketIOInput, TelegramInput, FacebookInput)] == \
        ["rest", "socketio", "telegram", "facebook"]
    for cls in (RestInput, SocketIOInput, TelegramInput, FacebookInput):
        assert issubclass(cls, channels.SlashAsTextMixin)


# ---------------------------------------------------------------------------- REST


async def rest(base: str, message: str, stream: bool = False, **extra):
    async with aiohttp.ClientSession() as session:
        url = f"{base}/webhooks/rest/webhook" + ("?stream=true" if stream else "")
        async with session.post(url, json={"sender": "patient-1", "message": message, **extra}) as response:
            return response.status, await response.text()


@pytest.mark.asyncio
async def test_rest_passes_a_slash_command_on_as_text():
    async def echo(message: UserMessage):
        await message.output_channel.send_text_message(message.sender_id, f"you said: {message.text}")

    agent = FakeAgent(echo)
    async with serve(make_app(RestInput(), agent)) as base:
        status, body = await rest(base, "/greet")
        assert status == 200 and json.loads(body) == [{"recipient_id": "patient-1", "text": "you said: greet"}]
        await rest(base, '/restart{"x": 1}')
        status, body = await rest(base, "/")  # nothing left: a clear answer, Rasa is not asked
        assert status == 200 and "didn't receive any text" in json.loads(body)[0]["text"]
        status, body = await rest(base, "   ")
        assert status == 200 and "didn't receive any text" in json.loads(body)[0]["text"]
        await rest(base, "/greet", stream=True)  # the streaming path gets the same on_new_message
        await rest(base, "Is it safe?", input_channel="twilio")  # a caller cannot pick the channel name
    assert agent.texts == ["greet", 'restart{"x": 1}', "greet", "Is it safe?"]
    assert {m.input_channel for m in agent.messages} == {"rest"}


# ---------------------------------------------------------------------------- Telegram, Facebook


@pytest.mark.asyncio
async def test_telegram_start_arrives_as_text(monkeypatch):
    class FakeBot:
        async def get_me(self):
            return SimpleNamespace(username="clinic_bot")

    monkeypatch.setattr(TelegramInput, "get_output_channel", lambda self: FakeBot())  # no set_webhook call
    agent = FakeAgent()
    update = {"update_id": 1, "message": {"message_id": 7, "date": 0, "chat": {"id": 42, "type": "private"},
                                          "from": {"id": 42, "is_bot": False, "first_name": "Pat"},
                                          "text": "/start"}}
    async with serve(make_app(TelegramInput("123:abc", "clinic_bot", "https://x.example/hook"), agent)) as base:
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{base}/webhooks/telegram/webhook", json=update) as response:
                assert response.status == 200
    assert [(m.text, m.sender_id) for m in agent.messages] == [("start", "42")]


@pytest.mark.asyncio
async def test_facebook_payload_with_a_slash_arrives_as_text(monkeypatch):
    from rasa.core.channels.facebook import MessengerBot

    async def no_send_action(self, recipient_id, sender_action):
        return None

    monkeypatch.setattr(MessengerBot, "send_action", no_send_action)  # would call Facebook's API
    agent = FakeAgent()
    body = json.dumps({"object": "page", "entry": [{"id": "1", "time": 0, "messaging": [
        {"sender": {"id": "psid-9"}, "recipient": {"id": "page"}, "timestamp": 0,
         "message": {"mid": "m1", "text": "/goodbye"}}]}]}).encode()
    signature = "sha1=" + hmac.new(b"app-secret", body, hashlib.sha1).hexdigest()
    async with serve(make_app(FacebookInput("verify-me", "app-secret", "page-token"), agent)) as base:
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{base}/webhooks/facebook/webhook", data=body,
                                    headers={"Content-Type": "application/json", "X-Hub-Signature": signature}) as r:
                assert r.status == 200
    assert [(m.text, m.sender_id) for m in agent.messages] == [("goodbye", "psid-9")]


# ---------------------------------------------------------------------------- socket.io


def test_allowed_origins_parsing(monkeypatch):
    monkeypatch.delenv("ALLOWED_ORIGINS", raising=False)
    assert allowed_origins() is None  # engineio: same origin only
    assert allowed_origins(" https://clinic.example/ , http://127.0.0.1:5005,, ") == \
        ["https://clinic.example", "http://127.0.0.1:5005"]
    assert allowed_origins("https://clinic.example,*") == "*"


def test_socketio_cors_comes_from_allowed_origins(monkeypatch):
    monkeypatch.setenv("ALLOWED_ORIGINS", "https://clinic.example,http://127.0.0.1:5005")
    channel = SocketIOInput.from_credentials({"session_persistence": True})
    channel.blueprint(FakeAgent().on_new_message)
    assert channel.sio.eio.cors_allowed_origins == ["https://clinic.example", "http://127.0.0.1:5005"]
    monkeypatch.delenv("ALLOWED_ORIGINS")
    other = SocketIOInput.from_credentials({})
    other.blueprint(FakeAgent().on_new_message)
    assert other.sio.eio.cors_allowed_origins is None


ALLOWED = "https://clinic.example"


def socketio_app(monkeypatch, agent: FakeAgent):
    """The socket.io channel as `rasa run --cors <ALLOWED_ORIGINS>` sets it up."""
    from rasa.server import configure_cors

    monkeypatch.setenv("ALLOWED_ORIGINS", ALLOWED)
    channel = SocketIOInput.from_credentials({"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered",
                                              "session_persistence": True})
    app = Sanic(f"channel_test_{uuid.uuid4().hex[:12]}")
    configure_cors(app, [ALLOWED])  # as rasa.server.create_app: CORS first, then the channels
    app.ctx.agent = agent
    app.blueprint(channel.blueprint(agent.on_new_message), url_prefix=f"/webhooks/{channel.url_prefix()}")
    return app


@pytest.mark.asyncio
async def test_socketio_session_persistence_and_slash_from_an_allowed_origin(monkeypatch):
    async def reply(message: UserMessage):
        await message.output_channel.send_text_message(message.sender_id, f"you said: {message.text}")

    agent = FakeAgent(reply)
    async with serve(socketio_app(monkeypatch, agent)) as base:
        client = socketio.AsyncClient(reconnection=False)
        confirmed, replies = asyncio.Queue(), asyncio.Queue()
        client.on("session_confirm", confirmed.put)
        client.on("bot_uttered", replies.put)
        await client.connect(base, headers={"Origin": ALLOWED}, transports=["polling"], socketio_path="/socket.io")
        try:
            session = uuid.uuid4().hex
            await client.emit("session_request", {"session_id": session})
            assert await asyncio.wait_for(confirmed.get(), 5) == session
            await client.emit("user_uttered", {"message": "/greet", "session_id": session})
            assert await asyncio.wait_for(replies.get(), 5) == {"text": "you said: greet"}
        finally:  # abort: a polite disconnect waits for the pending long-poll (25 s); serve() ends the rest
            await client.eio.disconnect(abort=True)
    assert [(m.text, m.sender_id, m.input_channel) for m in agent.messages] == [("greet", session, "socketio")]


@pytest.mark.asyncio
async def test_socketio_refuses_other_origins_and_sends_one_cors_header(monkeypatch):
    agent = FakeAgent()
    async with serve(socketio_app(monkeypatch, agent)) as base:
        handshake = f"{base}/socket.io/?EIO=4&transport=polling"
        async with aiohttp.ClientSession() as session:
            async with session.get(handshake, headers={"Origin": "https://evil.example"}) as r:
                assert r.status == 400
                assert "Access-Control-Allow-Origin" not in r.headers
            async with session.get(handshake, headers={"Origin": ALLOWED}) as r:
                assert r.status == 200
                # never two copies (browsers reject that); whether Sanic-CORS adds its one copy to
                # engineio's route is proven end to end by the cross-origin browser test
                assert r.headers.getall("Access-Control-Allow-Origin", []) in ([], [ALLOWED])

        client = socketio.AsyncClient(reconnection=False)
        with pytest.raises(socketio.exceptions.ConnectionError):
            await client.connect(base, headers={"Origin": "https://evil.example"}, transports=["polling"])
    assert agent.messages == []
