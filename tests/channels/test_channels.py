"""addons/channels/__init__.py: a leading "/" is plain text on every channel; bad input gets a clear answer
(REST 400s, Telegram's secret token and every update type, Facebook's receipts and batches);
socket.io origins from ALLOWED_ORIGINS."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import uuid

import aiohttp
import pytest
from sanic import Sanic
import socketio

from addons import channels
from addons.channels import FacebookInput, RestInput, SocketIOInput, TelegramInput, allowed_origins, \
    strip_command_prefix
from rasa.core.channels.channel import UserMessage
from rasa.shared.exceptions import RasaException

from channel_kit import FakeAgent, FakeTelegramAPI, make_app, serve


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


async def rest_raw(base: str, data, stream: bool = False, content_type: str = "application/json"):
    """POST `data` as it is (bytes or str) to the REST webhook: (status, parsed JSON or text)."""
    async with aiohttp.ClientSession() as session:
        url = f"{base}/webhooks/rest/webhook" + ("?stream=true" if stream else "")
        async with session.post(url, data=data, headers={"Content-Type": content_type}) as response:
            text = await response.text()
            try:
                return response.status, json.loads(text)
            except ValueError:
                return response.status, text


async def echo(message: UserMessage):
    await message.output_channel.send_text_message(message.sender_id, f"you said: {message.text}")


@pytest.mark.asyncio
@pytest.mark.parametrize("body, error", [
    ('[{"sender": "a", "message": "hi"}]', "must be a JSON object"),
    ('"hello"', "must be a JSON object"),
    ("12345", "must be a JSON object"),
    ("null", "must be a JSON object"),
    ("{not json", "must be a JSON object"),
    ("", "must be a JSON object"),
    ('{"message": "I have a rash"}', '"sender" is required'),
    ('{"sender": null, "message": "I have a rash"}', '"sender" is required'),
    ('{"sender": "   ", "message": "I have a rash"}', '"sender" is required'),
    ('{"sender": ["a"], "message": "I have a rash"}', '"sender" must be a string'),
    ('{"sender": true, "message": "I have a rash"}', '"sender" must be a string'),
    (json.dumps({"sender": "x" * 256, "message": "hi"}), '"sender" is too long: at most 255 characters'),
    ('{"sender": "a", "message": ["I have a rash"]}', '"message" must be text'),
    ('{"sender": "a", "message": {"text": "I have a rash"}}', '"message" must be text'),
    ('{"sender": "a", "message": true}', '"message" must be text'),
    ('{"sender": "a", "message": "hi", "metadata": ["x"]}', '"metadata" must be a JSON object'),
], ids=["array", "string", "number", "null", "invalid JSON", "empty", "no sender", "null sender", "blank sender",
        "list sender", "boolean sender", "256-character sender", "list message", "object message",
        "boolean message", "list metadata"])
async def test_a_bad_rest_request_gets_a_400_with_a_clear_error(body, error):
    agent = FakeAgent(echo)
    async with serve(make_app(RestInput(), agent)) as base:
        for stream in (False, True):
            status, answer = await rest_raw(base, body, stream=stream)
            assert status == 400, (stream, answer)
            assert isinstance(answer, dict) and error in answer["error"], (stream, answer)
    assert agent.messages == []  # nothing reached the assistant, not even the "default" conversation


@pytest.mark.asyncio
async def test_a_number_is_read_as_text_and_numeric_senders_and_long_ids_are_fine():
    agent = FakeAgent(echo)
    longest = "p" * 255
    async with serve(make_app(RestInput(), agent)) as base:
        assert await rest_raw(base, '{"sender": "a", "message": 12345}') == \
            (200, [{"recipient_id": "a", "text": "you said: 12345"}])
        assert await rest_raw(base, '{"sender": "a", "message": 2.5}') == \
            (200, [{"recipient_id": "a", "text": "you said: 2.5"}])
        assert await rest_raw(base, '{"sender": 42, "message": "hi"}') == \
            (200, [{"recipient_id": "42", "text": "you said: hi"}])
        assert await rest_raw(base, json.dumps({"sender": longest, "message": "hi", "metadata": {"page": "faq"}})) == \
            (200, [{"recipient_id": longest, "text": "you said: hi"}])
        status, answer = await rest_raw(base, '{"sender": "a"}')  # no message: the empty-message answer
        assert status == 200 and "didn't receive any text" in answer[0]["text"]
    assert [(m.sender_id, m.text) for m in agent.messages] == [("a", "12345"), ("a", "2.5"), ("42", "hi"),
                                                              (longest, "hi")]
    assert agent.messages[-1].metadata == {"page": "faq"}


# ---------------------------------------------------------------------------- Telegram

SECRET = "s3cret-Token_1"
TELEGRAM_URL = "https://bot.clinic.example/webhooks/telegram/webhook"


def telegram(secret=SECRET, api=None, verify="clinic_bot") -> TelegramInput:
    return TelegramInput("123:abc", verify, TELEGRAM_URL, secret_token=secret, api_server=api.server if api else None)


def tg_message(text=None, chat=42, key="message", update_id=1, **content):
    message = {"message_id": 7, "date": 0, "chat": {"id": chat, "type": "private"},
               "from": {"id": chat, "is_bot": False, "first_name": "Pat"}, **content}
    if text is not None:
        message["text"] = text
    return {"update_id": update_id, key: message}


async def tg_post(base, update, secret=SECRET, raw=None):
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    body = raw if raw is not None else json.dumps(update)
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{base}/webhooks/telegram/webhook", data=body, headers=headers) as response:
            return response.status, await response.text()


@pytest.mark.asyncio
async def test_telegram_start_arrives_as_text_and_getme_is_called_once_at_start_up():
    async with FakeTelegramAPI().running() as api:
        agent = FakeAgent(echo)
        async with serve(make_app(telegram(api=api), agent)) as base:
            # start-up: the webhook is registered with the secret, the token checked once
            assert api.methods() == ["setWebhook", "getMe"]
            assert api.calls[0][1] == {"url": TELEGRAM_URL, "secret_token": SECRET}
            for number, text in enumerate(["/start", "Does it hurt?", "/restart"], start=1):
                assert await tg_post(base, tg_message(text, update_id=number)) == (200, "success")
    assert [(m.text, m.sender_id) for m in agent.messages] == [
        ("start", "42"), ("Does it hurt?", "42"), ("restart", "42"), ("start", "42")]
    # no getMe per update: only the replies went to Telegram
    assert api.methods() == ["setWebhook", "getMe"] + ["sendMessage"] * 4
    assert api.sent()[1] == ("42", "you said: Does it hurt?")


@pytest.mark.asyncio
@pytest.mark.parametrize("secret", [None, "", "wrong-token", SECRET + "x", SECRET[:-1]])
async def test_a_telegram_update_without_the_secret_token_is_refused(secret):
    async with FakeTelegramAPI().running() as api:
        agent = FakeAgent(echo)
        async with serve(make_app(telegram(api=api), agent)) as base:
            status, _ = await tg_post(base, tg_message("I can't breathe"), secret=secret)
    assert status == 403
    assert agent.messages == [] and api.sent() == []


@pytest.mark.asyncio
async def test_every_telegram_update_type_is_answered_200():
    """Telegram re-sends an update until it gets a 2xx: none may raise."""
    updates = {
        "blocked the bot": {"update_id": 2, "my_chat_member": {
            "chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": False, "first_name": "Pat"},
            "date": 0, "old_chat_member": {"status": "member", "user": {"id": 123, "is_bot": True, "first_name": "C"}},
            "new_chat_member": {"status": "kicked", "until_date": 0,
                                "user": {"id": 123, "is_bot": True, "first_name": "C"}}}},
        "callback without message": {"update_id": 3, "callback_query": {
            "id": "cb1", "from": {"id": 42, "is_bot": False, "first_name": "Pat"}, "chat_instance": "ci",
            "inline_message_id": "im1", "data": "I have a mild headache"}},
        "edited photo": tg_message(None, key="edited_message", update_id=4,
                                   photo=[{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]),
        "channel post": {"update_id": 5, "channel_post": {"message_id": 1, "date": 0, "text": "news",
                                                          "chat": {"id": -100, "type": "channel"}}},
        "service message": tg_message(None, update_id=6, new_chat_title="Clinic"),
        "unknown type": {"update_id": 7, "something_new": {"x": 1}},
        "edited text": tg_message("Actually I can't swallow", key="edited_message", update_id=8),
        "button": {"update_id": 9, "callback_query": {
            "id": "cb2", "from": {"id": 42, "is_bot": False, "first_name": "Pat"}, "chat_instance": "ci",
            "message": tg_message("What are you noticing?")["message"], "data": "I have a mild headache"}},
        "photo with caption": tg_message(None, update_id=10, caption="is this bruising normal?",
                                         photo=[{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]),
        "voice note": tg_message(None, update_id=11, voice={"file_id": "v", "file_unique_id": "u", "duration": 3}),
        "location": tg_message(None, update_id=12, location={"latitude": 40.7, "longitude": -74.0}),
    }
    async with FakeTelegramAPI().running() as api:
        agent = FakeAgent()
        async with serve(make_app(telegram(api=api), agent)) as base:
            for name, update in updates.items():
                assert await tg_post(base, update) == (200, "success"), name
            status, answer = await tg_post(base, None, raw="[1, 2]")
            assert status == 400 and "JSON object" in json.loads(answer)["error"]
    # the texts are handled; nothing else reaches the assistant
    assert [(m.text, m.sender_id) for m in agent.messages] == [
        ("Actually I can't swallow", "42"), ("I have a mild headache", "42"), ("is this bruising normal?", "42")]
    # a voice note and a location get the "no text" answer; the ignored updates get nothing
    assert [chat for chat, _ in api.sent()] == ["42", "42"]
    assert all("didn't receive any text" in text for _, text in api.sent())


@pytest.mark.asyncio
async def test_an_error_while_answering_on_telegram_is_an_apology_and_a_200():
    async def crash(message):
        raise RuntimeError("boom")

    async with FakeTelegramAPI().running() as api:
        async with serve(make_app(telegram(api=api), FakeAgent(crash))) as base:
            assert await tg_post(base, tg_message("hello")) == (200, "success")
    [(chat, text)] = api.sent()
    assert chat == "42" and text.startswith("Sorry, something went wrong on our side.")


@pytest.mark.asyncio
async def test_without_a_secret_token_telegram_warns_at_start_up(caplog):
    async with FakeTelegramAPI().running() as api:
        agent = FakeAgent()
        with caplog.at_level(logging.WARNING, logger="addons.channels"):
            app = make_app(telegram(secret=None, api=api), agent)
        assert any("no secret_token" in r.getMessage() for r in caplog.records)
        async with serve(app) as base:
            assert api.calls[0] == ("setWebhook", {"url": TELEGRAM_URL})  # Telegram sends no header then
            assert await tg_post(base, tg_message("hi"), secret=None) == (200, "success")
    assert agent.texts == ["hi"]


@pytest.mark.asyncio
async def test_a_telegram_token_of_another_bot_stops_the_start_up():
    async with FakeTelegramAPI(username="someone_elses_bot").running() as api:
        channel = telegram(api=api)
        bot = channel.get_output_channel()
        try:
            with pytest.raises(RasaException, match="someone_elses_bot"):
                await channel.register_webhook(bot)
        finally:
            await bot.close_session()


def test_telegram_credentials_and_secret_token_format():
    channel = TelegramInput.from_credentials({"access_token": "123:abc", "verify": "clinic_bot",
                                              "webhook_url": TELEGRAM_URL, "secret_token": SECRET})
    assert (channel.secret_token, channel.verify, channel.webhook_url) == (SECRET, "clinic_bot", TELEGRAM_URL)
    assert TelegramInput.from_credentials({"access_token": "123:abc", "verify": "b", "webhook_url": "u"}
                                          ).secret_token is None
    for bad in ("has space", "semi;colon", "x" * 257):
        with pytest.raises(RasaException, match="secret_token"):
            telegram(secret=bad)


# ---------------------------------------------------------------------------- Facebook


async def facebook_post(base, payload, secret="app-secret", raw=None):
    body = raw if raw is not None else json.dumps(payload).encode()
    signature = "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{base}/webhooks/facebook/webhook", data=body,
                                headers={"Content-Type": "application/json", "X-Hub-Signature": signature}) as r:
            return r.status, await r.text()


def fb_event(**event):
    return {"sender": {"id": "psid-9"}, "recipient": {"id": "page"}, "timestamp": 0, **event}


@pytest.fixture
def facebook_actions(monkeypatch):
    """The sender actions (mark_seen, typing_on/off) the channel sends; none reach Facebook's API."""
    from rasa.core.channels.facebook import MessengerBot

    sent = []

    async def send_action(self, recipient_id, sender_action):
        sent.append((recipient_id, sender_action))

    monkeypatch.setattr(MessengerBot, "send_action", send_action)
    return sent


@pytest.mark.asyncio
async def test_facebook_payload_with_a_slash_arrives_as_text(facebook_actions):
    agent = FakeAgent()
    async with serve(make_app(FacebookInput("verify-me", "app-secret", "page-token"), agent)) as base:
        payload = {"object": "page", "entry": [{"id": "1", "time": 0, "messaging": [
            fb_event(message={"mid": "m1", "text": "/goodbye"})]}]}
        assert await facebook_post(base, payload) == (200, "success")
    assert [(m.text, m.sender_id) for m in agent.messages] == [("goodbye", "psid-9")]


@pytest.mark.asyncio
async def test_facebook_receipts_echoes_and_entries_without_messages_are_answered_200(facebook_actions):
    updates = {
        "delivery": [{"id": "1", "time": 0, "messaging": [fb_event(delivery={"mids": ["m1"], "watermark": 1})]}],
        "read": [{"id": "1", "time": 0, "messaging": [fb_event(read={"watermark": 1})]}],
        "echo": [{"id": "1", "time": 0, "messaging": [fb_event(message={"mid": "m2", "is_echo": True,
                                                                       "text": "our own answer"})]}],
        "echo of an image": [{"id": "1", "time": 0, "messaging": [fb_event(message={
            "mid": "m3", "is_echo": True,
            "attachments": [{"type": "image", "payload": {"url": "https://x/i.png"}}]})]}],
        "reaction": [{"id": "1", "time": 0, "messaging": [fb_event(reaction={"mid": "m1", "action": "react"})]}],
        "standby": [{"id": "1", "time": 0, "standby": [fb_event(message={"mid": "m4", "text": "hi"})]}],
        "page change": [{"id": "1", "time": 0, "changes": [{"field": "feed", "value": {}}]}],
        "no entries": None,
    }
    agent = FakeAgent()
    async with serve(make_app(FacebookInput("verify-me", "app-secret", "page-token"), agent)) as base:
        for name, entries in updates.items():
            payload = {"object": "page", **({"entry": entries} if entries is not None else {})}
            assert await facebook_post(base, payload) == (200, "success"), name
        status, answer = await facebook_post(base, None, raw=b"[1]")
        assert status == 400 and "JSON object" in json.loads(answer)["error"]
        assert (await facebook_post(base, {"object": "page", "entry": []}, secret="wrong"))[0] == 403
    assert agent.messages == [] and facebook_actions == []


@pytest.mark.asyncio
async def test_every_message_of_a_batched_facebook_webhook_is_handled(facebook_actions):
    """Facebook batches events: Rasa handled only the first message of a webhook."""
    payload = {"object": "page", "entry": [
        {"id": "1", "time": 0, "messaging": [fb_event(read={"watermark": 1}),
                                             fb_event(message={"mid": "m1", "text": "I have a headache"})]},
        {"id": "1", "time": 1, "messaging": [fb_event(message={"mid": "m2", "text": "and my eyelid droops"}),
                                             fb_event(postback={"title": "Call", "payload": "call the clinic"})]},
    ]}
    agent = FakeAgent()
    async with serve(make_app(FacebookInput("verify-me", "app-secret", "page-token"), agent)) as base:
        assert await facebook_post(base, payload) == (200, "success")
    assert agent.texts == ["I have a headache", "and my eyelid droops", "call the clinic"]


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
