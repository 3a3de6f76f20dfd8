"""addons/twilio_sms.py: signed webhooks only, SMS-friendly output, numbered replies, WhatsApp."""
from __future__ import annotations

import re
from typing import Dict, Optional

import aiohttp
import pytest
from twilio.request_validator import RequestValidator

from addons import twilio_sms
from addons.twilio_sms import (NO_TEXT_REPLY, TwilioSMSInput, TwilioSMSOutput, last_turn_buttons, number_choice,
                               split_message)
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from channel_kit import FakeAgent, make_app, serve

SID, TOKEN, NUMBER = "AC" + "0" * 32, "test-auth-token", "+15550001111"
PATIENT = "+15557654321"
PATH = "/webhooks/twilio/webhook"
BUTTONS = [
    {"title": "Trouble breathing or swallowing", "payload": "I have trouble breathing or swallowing"},
    {"title": "Drooping eyelid, brow or face", "payload": "My eyelid, brow or face is drooping"},
    {"title": "A mild headache", "payload": "I have a mild headache"},
]
LONG = " ".join(f"Sentence number {i} explains a little more about what to expect after the treatment."
                for i in range(1, 13))


def channel(public_url: Optional[str] = None) -> TwilioSMSInput:
    return TwilioSMSInput(SID, TOKEN, NUMBER, public_url=public_url)


def inbound(body: Optional[str] = "Hello", sender: str = PATIENT, to: str = NUMBER, **extra: str) -> Dict[str, str]:
    form = {"MessageSid": "SM" + "1" * 32, "AccountSid": SID, "From": sender, "To": to, "NumMedia": "0", **extra}
    if body is not None:
        form["Body"] = body
    return form


async def post(base: str, form: Dict[str, str], sign_url: Optional[str] = None, token: str = TOKEN,
               signature: Optional[str] = "compute") -> aiohttp.ClientResponse:
    headers = {}
    if signature == "compute":
        signature = RequestValidator(token).compute_signature(sign_url or base + PATH, form)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    async with aiohttp.ClientSession() as session:
        async with session.post(base + PATH, data=form, headers=headers) as response:
            await response.read()
            return response


def replies_with(*, text: Optional[str] = None, buttons=None):
    """A fake assistant turn: one bot message (with buttons if given) through the message's channel."""
    async def reply(message):
        bot_message = {"text": text, **({"buttons": list(buttons)} if buttons else {})}
        await message.output_channel.send_response(message.sender_id, bot_message)
    return reply


# ---------------------------------------------------------------------------- signature


@pytest.mark.asyncio
async def test_a_signed_webhook_reaches_the_assistant(twilio_sent):
    agent = FakeAgent(replies_with(text="Hi! How can I help?"))
    async with serve(make_app(channel(), agent)) as base:
        response = await post(base, inbound("Does Botox hurt?"))
    assert response.status == 200 and response.content_type == "text/xml"
    [message] = agent.messages
    assert (message.text, message.sender_id, message.input_channel) == ("Does Botox hurt?", PATIENT, "twilio")
    assert twilio_sent == [{"to": PATIENT, "from_": NUMBER, "body": "Hi! How can I help?"}]


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["missing", "wrong token", "garbage", "tampered body"])
async def test_an_unsigned_or_badly_signed_webhook_is_refused(twilio_sent, how):
    agent = FakeAgent(replies_with(text="hi"))
    async with serve(make_app(channel(), agent)) as base:
        if how == "missing":
            response = await post(base, inbound(), signature=None)
        elif how == "wrong token":
            response = await post(base, inbound(), token="someone-elses-token")
        elif how == "garbage":
            response = await post(base, inbound(), signature="bm90IGEgc2lnbmF0dXJl")
        else:
            good = RequestValidator(TOKEN).compute_signature(base + PATH, inbound("I feel fine"))
            response = await post(base, inbound("/restart"), signature=good)
    assert response.status == 403
    assert agent.messages == [] and twilio_sent == []


@pytest.mark.asyncio
async def test_the_public_url_is_what_counts_behind_a_proxy(twilio_sent):
    public = "https://bot.clinic.example/webhooks/twilio/webhook"
    agent = FakeAgent()
    async with serve(make_app(channel(public_url=public), agent)) as base:
        assert (await post(base, inbound("one"), sign_url=public)).status == 200
        assert (await post(base, inbound("two"), sign_url=base + PATH)).status == 403
    assert agent.texts == ["one"]


def test_credentials(monkeypatch):
    monkeypatch.delenv("TWILIO_WEBHOOK_URL", raising=False)
    plain = TwilioSMSInput.from_credentials({"account_sid": SID, "auth_token": TOKEN, "twilio_number": NUMBER})
    assert plain.public_url is None and TwilioSMSInput.name() == "twilio" and plain.url_prefix() == "twilio"
    monkeypatch.setenv("TWILIO_WEBHOOK_URL", "https://bot.clinic.example/webhooks/twilio/webhook")
    proxied = TwilioSMSInput.from_credentials({"account_sid": SID, "auth_token": TOKEN, "twilio_number": NUMBER})
    assert proxied.public_url == "https://bot.clinic.example/webhooks/twilio/webhook"
    with pytest.raises(RasaException, match="auth_token"):
        TwilioSMSInput.from_credentials({"account_sid": SID, "auth_token": "", "twilio_number": NUMBER})


# ---------------------------------------------------------------------------- no text, errors


@pytest.mark.asyncio
@pytest.mark.parametrize("form", [
    inbound(None, NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType0="image/jpeg"),
    inbound("", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType0="audio/ogg"),
    inbound("", Latitude="40.7", Longitude="-74.0"),
    inbound("   "),
], ids=["media without Body", "voice note", "location", "blank"])
async def test_a_message_without_text_gets_a_polite_reply(twilio_sent, form):
    agent = FakeAgent()
    async with serve(make_app(channel(), agent)) as base:
        response = await post(base, form)
    assert response.status == 200
    assert agent.messages == []
    assert twilio_sent == [{"to": PATIENT, "from_": NUMBER, "body": NO_TEXT_REPLY}]


@pytest.mark.asyncio
async def test_an_error_in_the_assistant_is_an_apology_not_a_500(twilio_sent):
    async def crash(message):
        raise RuntimeError("boom")

    async with serve(make_app(channel(), FakeAgent(crash))) as base:
        response = await post(base, inbound("hello"))
    assert response.status == 200
    assert [m["body"] for m in twilio_sent] == [twilio_sms.ERROR_REPLY]


@pytest.mark.asyncio
async def test_a_status_callback_is_not_answered(twilio_sent):
    agent = FakeAgent()
    async with serve(make_app(channel(), agent)) as base:
        response = await post(base, inbound(None, MessageStatus="delivered", From=NUMBER, To=PATIENT))
    assert response.status == 200 and agent.messages == [] and twilio_sent == []


# ---------------------------------------------------------------------------- output


@pytest.mark.asyncio
async def test_buttons_are_one_numbered_message(twilio_sent):
    agent = FakeAgent(replies_with(text="What are you noticing?", buttons=BUTTONS))
    async with serve(make_app(channel(), agent)) as base:
        assert (await post(base, inbound("I don't feel right"))).status == 200
    assert [m["body"] for m in twilio_sent] == [
        "What are you noticing?\n"
        "1. Trouble breathing or swallowing\n"
        "2. Drooping eyelid, brow or face\n"
        "3. A mild headache\n"
        "Reply with a number."
    ]


@pytest.mark.asyncio
async def test_a_long_answer_is_split_at_sentences_into_at_most_320_characters(twilio_sent):
    agent = FakeAgent(replies_with(text=LONG))
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound("What should I expect?"))
    bodies = [m["body"] for m in twilio_sent]
    assert len(bodies) > 1 and all(len(b) <= 320 for b in bodies)
    assert all(re.fullmatch(r"Sentence number \d+ .*treatment\.", b, flags=re.S) for b in bodies), bodies
    assert " ".join(bodies) == LONG


@pytest.mark.asyncio
async def test_long_text_with_buttons_keeps_the_options_together(twilio_sent):
    out = TwilioSMSOutput(SID, TOKEN, NUMBER)
    await out.send_text_with_buttons(PATIENT, LONG, BUTTONS)
    bodies = [m["body"] for m in twilio_sent]
    assert all(len(b) <= 320 for b in bodies)
    assert sum("1. Trouble breathing" in b for b in bodies) == 1
    assert "1. Trouble breathing" in bodies[-1] and bodies[-1].endswith("Reply with a number.")
    assert "2. Drooping" in bodies[-1] and "3. A mild headache" in bodies[-1]


def test_split_message():
    assert split_message("") == [] and split_message(None) == []
    assert split_message("Short. Answer.") == ["Short. Answer."]
    # paragraphs share a message when they fit, and keep their line breaks
    assert split_message("First paragraph.\n\nSecond one.") == ["First paragraph.\n\nSecond one."]
    # a quote or bracket after the full stop stays with its sentence
    parts = split_message("a" * 200 + ' said "stop." ' + "b" * 200 + ".")
    assert parts == ["a" * 200 + ' said "stop."', "b" * 200 + "."]
    # a sentence longer than the limit is split between words, never beyond the limit
    words = " ".join(["word"] * 200) + "."
    parts = split_message(words)
    assert all(len(p) <= 320 for p in parts) and " ".join(parts) == words
    assert all(len(p) <= 320 for p in split_message("x" * 1000))
    assert "".join(split_message("x" * 1000)) == "x" * 1000


# ---------------------------------------------------------------------------- numbered replies


def tracker(sender: str, *events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, list(events))


def asked_with_buttons(sender: str) -> DialogueStateTracker:
    return tracker(sender, ActionExecuted("action_listen"), UserUttered("I don't feel right"),
                   BotUttered("What are you noticing?", data={"buttons": BUTTONS}),
                   ActionExecuted("action_listen"))


@pytest.mark.asyncio
async def test_a_number_answers_the_last_buttons(twilio_sent):
    agent = FakeAgent(trackers={PATIENT: asked_with_buttons(PATIENT)})
    async with serve(make_app(channel(), agent)) as base:
        for reply in ("2", " 3. ", "9", "2 days ago"):
            assert (await post(base, inbound(reply))).status == 200
    assert agent.texts == ["My eyelid, brow or face is drooping", "I have a mild headache", "9", "2 days ago"]


@pytest.mark.asyncio
async def test_a_number_is_just_a_number_when_the_last_turn_had_no_buttons(twilio_sent):
    answered = tracker(PATIENT, UserUttered("hi"), BotUttered("options", data={"buttons": BUTTONS}),
                       UserUttered("thanks"), BotUttered("You're welcome."))
    agent = FakeAgent(trackers={PATIENT: answered, "+15550000000": None})
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound("1"))
        await post(base, inbound("1", sender="+15550000000"))  # a new patient: no tracker yet
    assert agent.texts == ["1", "1"]


def test_last_turn_buttons_and_number_choice():
    assert last_turn_buttons(None) == [] and last_turn_buttons(tracker("x")) == []
    # buttons followed by a plain message in the same turn still count
    same_turn = tracker("x", UserUttered("hi"), BotUttered("pick", data={"buttons": BUTTONS}), BotUttered("or type"))
    assert last_turn_buttons(same_turn) == BUTTONS
    quick = tracker("x", BotUttered("pick", data={"quick_replies": BUTTONS[:1]}))
    assert last_turn_buttons(quick) == BUTTONS[:1]
    assert [number_choice(t) for t in ("1", "#2", "3)", " 4. ", "12", "1 2", "one", "", None, "123")] == \
        [1, 2, 3, 4, 12, None, None, None, None, None]


@pytest.mark.asyncio
async def test_a_numbered_reply_survives_a_restart_of_the_server(twilio_sent):
    """The buttons come from the tracker store, not from the process: a new app still maps them."""
    store = {PATIENT: asked_with_buttons(PATIENT)}
    first = FakeAgent(replies_with(text="What are you noticing?", buttons=BUTTONS), trackers=store)
    async with serve(make_app(channel(), first)) as base:
        await post(base, inbound("I don't feel right"))
    second = FakeAgent(trackers=store)
    async with serve(make_app(channel(), second)) as base:
        await post(base, inbound("1"))
    assert second.texts == ["I have trouble breathing or swallowing"]


# ---------------------------------------------------------------------------- slash, WhatsApp


@pytest.mark.asyncio
async def test_a_slash_command_is_plain_text(twilio_sent):
    agent = FakeAgent()
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound("/greet"))
        await post(base, inbound('/inform{"severity": "mild"}'))
        await post(base, inbound("/"))
    assert agent.texts == ["greet", 'inform{"severity": "mild"}']
    assert any("didn't receive any text" in m.get("body", "") for m in twilio_sent)


@pytest.mark.asyncio
async def test_whatsapp_senders_and_replies_keep_their_prefix(twilio_sent):
    agent = FakeAgent(replies_with(text="Pick one.", buttons=BUTTONS[:2]))
    async with serve(make_app(channel(), agent)) as base:
        response = await post(base, inbound("Hello", sender="whatsapp:+15557654321", to="whatsapp:+14155238886"))
    assert response.status == 200
    assert agent.messages[0].sender_id == "whatsapp:+15557654321"
    assert twilio_sent == [{"to": "whatsapp:+15557654321", "from_": "whatsapp:+14155238886",
                            "body": "Pick one.\n1. Trouble breathing or swallowing\n"
                                    "2. Drooping eyelid, brow or face\nReply with a number."}]


@pytest.mark.asyncio
async def test_without_a_to_the_configured_number_gets_the_right_prefix(twilio_sent):
    sms_number = TwilioSMSOutput(SID, TOKEN, NUMBER)
    await sms_number.send_text_message("whatsapp:+15557654321", "Hi")
    await sms_number.send_text_message(PATIENT, "Hi")
    wa_number = TwilioSMSInput(SID, TOKEN, "whatsapp:" + NUMBER).get_output_channel()
    await wa_number.send_text_message("whatsapp:+15557654321", "Hi")
    await wa_number.send_text_message(PATIENT, "Hi")
    assert [(m["to"], m["from_"]) for m in twilio_sent] == [
        ("whatsapp:+15557654321", "whatsapp:" + NUMBER), (PATIENT, NUMBER),
        ("whatsapp:+15557654321", "whatsapp:" + NUMBER), (PATIENT, NUMBER),
    ]


@pytest.mark.asyncio
async def test_the_buttons_come_back_from_a_real_sql_tracker_store(tmp_path, twilio_sent):
    """As in production (endpoints.yml: SQL, SQLite): saved by one store, read by a new one."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    db = str(tmp_path / "rasa.db")
    await SQLTrackerStore(Domain.empty(), dialect="sqlite", db=db).save(asked_with_buttons("whatsapp:+15557654321"))
    restarted = FakeAgent()
    restarted.tracker_store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=db)
    async with serve(make_app(channel(), restarted)) as base:
        await post(base, inbound("3", sender="whatsapp:+15557654321", to="whatsapp:+14155238886"))
    assert restarted.texts == ["I have a mild headache"]
