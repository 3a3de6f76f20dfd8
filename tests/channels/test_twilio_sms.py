"""addons/channels/twilio_sms.py: signed webhooks only, each delivery handled once, SMS-friendly output,
numbered replies, WhatsApp."""
from __future__ import annotations

import asyncio
import os
import re
import uuid
from typing import Dict, Optional

import aiohttp
import pytest
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from addons.channels import twilio_sms
from addons.channels.twilio_sms import (NO_TEXT_REPLY, TwilioSMSInput, TwilioSMSOutput, last_turn_buttons, number_choice,
                               split_message)
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException

from channel_kit import FakeAgent, StoringAgent, make_app, serve, sqlite_store

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
    """A webhook as Twilio sends it for a new message (a new MessageSid each time)."""
    form = {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": SID, "From": sender, "To": to, "NumMedia": "0",
            **extra}
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
async def test_a_numbered_reply_survives_a_restart_of_the_server(tmp_path, twilio_sent):
    """The first server asks with buttons and its turn is saved in the conversation database;
    a new server (new channel, new store on the same file) maps "1" to the first button.
    With an empty database the same "1" stays "1": the buttons come from the database."""
    db = tmp_path / "rasa.db"
    first = StoringAgent(sqlite_store(db), answer={"text": "What are you noticing?", "buttons": BUTTONS})
    async with serve(make_app(channel(), first)) as base:
        assert (await post(base, inbound("I don't feel right"))).status == 200
    assert twilio_sent[-1]["body"].startswith("What are you noticing?\n1. Trouble breathing or swallowing")

    restarted = StoringAgent(sqlite_store(db))
    async with serve(make_app(channel(), restarted)) as base:
        assert (await post(base, inbound("1"))).status == 200
    assert restarted.texts == ["I have trouble breathing or swallowing"]

    elsewhere = StoringAgent(sqlite_store(tmp_path / "empty.db"))
    async with serve(make_app(channel(), elsewhere)) as base:
        await post(base, inbound("1"))
    assert elsewhere.texts == ["1"]


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


# ---------------------------------------------------------------------------- Spanish

BOTONES = [
    {"title": "Dificultad para respirar o tragar", "payload": "Tengo dificultad para respirar o tragar"},
    {"title": "Párpado, ceja o cara caídos", "payload": "Tengo el párpado, la ceja o la cara caídos"},
    {"title": "Un dolor de cabeza leve", "payload": "Tengo un dolor de cabeza leve"},
]
PREGUNTA = "¿Qué está notando?"
SPANISH_PROMPT = "Responda con un número."


def language_slot():
    from rasa.shared.core.slots import CategoricalSlot

    return CategoricalSlot(twilio_sms.LANGUAGE_SLOT, mappings=[{"type": "from_entity", "entity": "language"}],
                           values=["en", "es", "both"], influence_conversation=False)


def conversation_in(language: Optional[str], sender: str = PATIENT, buttons=None) -> DialogueStateTracker:
    """A stored conversation (built with the domain's `language` slot) whose slot is `language`."""
    from rasa.shared.core.events import SlotSet

    events = [ActionExecuted("action_listen"), UserUttered("hola"), SlotSet("language", language)]
    if buttons:
        events += [BotUttered(PREGUNTA, data={"buttons": buttons}, metadata={"metadata": {"lang": "es"}})]
    events += [ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events(sender, events, slots=[language_slot()])


def replies_in(language: str, text: str = PREGUNTA, buttons=BOTONES):
    """A bot message as Rasa hands it to the channel: the response variation's metadata comes along."""
    async def reply(message):
        await message.output_channel.send_response(message.sender_id, {
            "text": text, "buttons": [dict(b) for b in buttons], "metadata": {"lang": language, "source": "test"},
            "utter_action": "utter_ask_symptom_details"})
    return reply


def test_the_channels_own_texts_have_a_spanish_version():
    assert twilio_sms.localized("choose", "es") == SPANISH_PROMPT
    assert twilio_sms.localized("choose", "en") == twilio_sms.CHOOSE_PROMPT
    assert twilio_sms.localized("choose", None) == twilio_sms.CHOOSE_PROMPT
    assert twilio_sms.localized("choose", "both") == "Reply with a number.\nResponda con un número."
    assert twilio_sms.localized("no_text", "es").startswith("Lo siento, solo puedo leer mensajes de texto.")
    assert twilio_sms.localized("error", "es").startswith("Lo siento, algo salió mal")
    for key, texts in twilio_sms.REPLIES.items():
        assert set(texts) == {"en", "es"}, key
    # which language the channel's own text is in: Spanish (or both) wins over English and unknown
    choose = twilio_sms.reply_language
    assert [choose("en", None), choose(None, None), choose("es", None), choose(None, "es"), choose("en", "es"),
            choose("both", "es"), choose("en", "both"), choose("es", "en")] == \
        ["en", "en", "es", "es", "es", "both", "both", "es"]


@pytest.mark.asyncio
async def test_spanish_buttons_get_a_spanish_prompt_from_the_first_message(twilio_sent):
    """A new patient writes Spanish: the slot is not stored yet, the Spanish variation says it is Spanish."""
    agent = FakeAgent(replies_in("es"))
    async with serve(make_app(channel(), agent)) as base:
        assert (await post(base, inbound("Hola, no me siento bien después del botox"))).status == 200
    assert [m["body"] for m in twilio_sent] == [
        "¿Qué está notando?\n"
        "1. Dificultad para respirar o tragar\n"
        "2. Párpado, ceja o cara caídos\n"
        "3. Un dolor de cabeza leve\n"
        "Responda con un número."
    ]


@pytest.mark.asyncio
async def test_a_spanish_conversation_gets_the_spanish_prompt_even_without_message_metadata(twilio_sent):
    """Buttons from a custom action (no response metadata): the stored `language` slot decides."""
    agent = FakeAgent(replies_with(text=PREGUNTA, buttons=BOTONES), trackers={PATIENT: conversation_in("es")})
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound("ok"))
    assert twilio_sent[-1]["body"].endswith("\n3. Un dolor de cabeza leve\nResponda con un número.")
    assert "Reply with a number" not in twilio_sent[-1]["body"]


@pytest.mark.asyncio
async def test_an_english_conversation_keeps_the_english_prompt(twilio_sent):
    agent = FakeAgent(replies_in("en", text="What are you noticing?", buttons=BUTTONS),
                      trackers={PATIENT: conversation_in("en")})
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound("ok"))
    assert twilio_sent[-1]["body"].endswith("3. A mild headache\nReply with a number.")


@pytest.mark.asyncio
async def test_both_languages_get_both_prompts(twilio_sent):
    agent = FakeAgent(replies_in("both", text="Pick one. Elija una.", buttons=BUTTONS[:2]))
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound("eyelid caído"))
    assert twilio_sent[-1]["body"].endswith("2. Drooping eyelid, brow or face\nReply with a number.\n"
                                            "Responda con un número.")


@pytest.mark.asyncio
async def test_numbers_answer_spanish_buttons(twilio_sent):
    agent = FakeAgent(trackers={PATIENT: conversation_in("es", buttons=BOTONES)})
    async with serve(make_app(channel(), agent)) as base:
        for reply in ("1", " 2. ", "#3", "4", "2 días"):
            assert (await post(base, inbound(reply))).status == 200
    assert agent.texts == ["Tengo dificultad para respirar o tragar", "Tengo el párpado, la ceja o la cara caídos",
                           "Tengo un dolor de cabeza leve", "4", "2 días"]


@pytest.mark.asyncio
@pytest.mark.parametrize("language, expected", [
    ("es", ["Lo siento, solo puedo leer mensajes de texto. Escriba su pregunta, o llame a la clínica."]),
    ("both", [NO_TEXT_REPLY + "\nLo siento, solo puedo leer mensajes de texto. Escriba su pregunta, o llame a "
                              "la clínica."]),
    ("en", [NO_TEXT_REPLY]),
    (None, [NO_TEXT_REPLY]),
])
async def test_a_message_without_text_is_answered_in_the_conversations_language(twilio_sent, language, expected):
    agent = FakeAgent(trackers={PATIENT: conversation_in(language)})
    async with serve(make_app(channel(), agent)) as base:
        await post(base, inbound(None, NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1",
                                 MediaContentType0="image/jpeg"))
    assert agent.messages == []
    assert [m["body"] for m in twilio_sent] == expected


@pytest.mark.asyncio
@pytest.mark.parametrize("stored, text, expected", [
    ("es", "ok", "es"),  # the conversation is Spanish; "ok" does not change that
    (None, "¿Cuánto dura el Botox?", "es"),  # a new patient writing Spanish
    ("es", "1", "es"),
    (None, "How long does Botox last?", "en"),
])
async def test_an_error_is_apologised_for_in_the_patients_language(twilio_sent, stored, text, expected):
    async def crash(message):
        raise RuntimeError("boom")

    agent = FakeAgent(crash, trackers={PATIENT: conversation_in(stored)})
    async with serve(make_app(channel(), agent)) as base:
        response = await post(base, inbound(text))
    assert response.status == 200
    assert [m["body"] for m in twilio_sent] == [twilio_sms.REPLIES["error"][expected]]


@pytest.mark.asyncio
async def test_inverted_exclamation_marks_stay_spanish(twilio_sent):
    """"¡" becomes "@" only inside an address that a carrier mangled, not in Spanish."""
    agent = FakeAgent()
    async with serve(make_app(channel(), agent)) as base:
        for text in ("¡Hola! ¿Cuánto dura?", "¡¡Ayuda!!", "mi correo es ana.perez¡example.com"):
            await post(base, inbound(text))
    assert agent.texts == ["¡Hola! ¿Cuánto dura?", "¡¡Ayuda!!", "mi correo es ana.perez@example.com"]


@pytest.mark.asyncio
async def test_rasa_hands_the_response_language_to_the_channel(twilio_sent):
    """The real path: Rasa picks the Spanish variation by the slot, and its `metadata.lang` reaches
    send_text_with_buttons through BotUttered.message() and OutputChannel.send_response."""
    from rasa.core.actions.action import create_bot_utterance
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    responses = {"utter_ask": [
        {"text": "What are you noticing?", "buttons": BUTTONS[:1], "metadata": {"lang": "en"}},
        {"text": PREGUNTA, "buttons": BOTONES[:1], "metadata": {"lang": "es"},
         "condition": [{"type": "slot", "name": "language", "value": "es"}]},
    ]}
    out = TwilioSMSOutput(SID, TOKEN, NUMBER)  # no conversation language known to the channel
    for language in ("es", "en"):
        conversation = conversation_in(language)
        generated = await TemplatedNaturalLanguageGenerator(responses).generate("utter_ask", conversation, "twilio")
        await out.send_response(PATIENT, create_bot_utterance(generated).message())
    assert [m["body"] for m in twilio_sent] == [
        "¿Qué está notando?\n1. Dificultad para respirar o tragar\nResponda con un número.",
        "What are you noticing?\n1. Trouble breathing or swallowing\nReply with a number.",
    ]


@pytest.mark.asyncio
async def test_the_language_comes_back_from_a_real_sql_tracker_store(tmp_path, twilio_sent):
    """As in production: the slot as the SQL store rebuilds it with the domain's slots, and the
    latest SlotSet when a store was built without them."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    domain = Domain.from_dict({"entities": ["language"], "slots": {"language": {
        "type": "categorical", "values": ["en", "es", "both"], "influence_conversation": False,
        "mappings": [{"type": "from_entity", "entity": "language"}]}}})
    db = str(tmp_path / "rasa.db")
    await SQLTrackerStore(domain, dialect="sqlite", db=db).save(conversation_in("es", buttons=BOTONES))
    for store_domain in (domain, Domain.empty()):
        restarted = FakeAgent(replies_with(text=PREGUNTA, buttons=BOTONES[:1]))
        restarted.tracker_store = SQLTrackerStore(store_domain, dialect="sqlite", db=db)
        async with serve(make_app(channel(), restarted)) as base:
            await post(base, inbound("2"))
            await post(base, inbound(None, NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1"))
        assert restarted.texts == ["Tengo el párpado, la ceja o la cara caídos"]
    bodies = [m["body"] for m in twilio_sent]
    assert bodies == 2 * ["¿Qué está notando?\n1. Dificultad para respirar o tragar\nResponda con un número.",
                          twilio_sms.REPLIES["no_text"]["es"]]


# ---------------------------------------------------------------------------- one delivery, one answer

POSTGRES = os.environ.get("TEST_POSTGRES_URL")  # set by scripts/test.sh (scripts/test_postgres.sh)


@pytest.fixture(params=["sqlite", "postgresql"])
def conversation_db(request, tmp_path):
    """A way to open the conversation database as a restarted server would: on an SQLite file,
    or on an empty PostgreSQL database (TEST_POSTGRES_URL, skipped if unset)."""
    from addons.stores.tracker_store import CachedSQLTrackerStore
    from rasa.shared.core.domain import Domain

    if request.param == "sqlite":
        settings = {"dialect": "sqlite", "db": str(tmp_path / "rasa.db")}
    else:
        if not POSTGRES:
            pytest.skip("TEST_POSTGRES_URL is not set (make test sets it)")
        engine = sa.create_engine(POSTGRES)
        with engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS events"))
            connection.execute(sa.text("DROP TABLE IF EXISTS channel_deliveries"))
        engine.dispose()
        settings = {"dialect": "postgresql", "host": POSTGRES}
    opened = []

    def open_store():
        store = CachedSQLTrackerStore(Domain.empty(), **settings)
        opened.append(store)
        return store

    yield open_store
    for store in opened:
        store.engine.dispose()


def same_delivery(form: Dict[str, str]) -> Dict[str, str]:
    """The same webhook again (same MessageSid), as Twilio retries it."""
    return dict(form)


async def post_text(base: str, form: Dict[str, str]):
    response = await post(base, form)
    return response.status, response.content_type


@pytest.mark.asyncio
async def test_a_webhook_delivered_twice_is_handled_once(conversation_db, twilio_sent):
    agent = StoringAgent(conversation_db(), answer={"text": "Please call 911 now."})
    form = inbound("I can't breathe")
    async with serve(make_app(channel(), agent)) as base:
        async with aiohttp.ClientSession() as session:
            answers = []
            for copy in (form, same_delivery(form)):
                signature = RequestValidator(TOKEN).compute_signature(base + PATH, copy)
                async with session.post(base + PATH, data=copy, headers={"X-Twilio-Signature": signature}) as r:
                    answers.append((r.status, r.content_type, await r.text()))
    assert answers[1] == (200, "text/xml", twilio_sms.EMPTY_TWIML)
    assert answers[0][:2] == (200, "text/xml")
    assert agent.texts == ["I can't breathe"]  # one message to the assistant (one staff report)
    assert await agent.user_texts(PATIENT) == ["I can't breathe"]  # one user event in the conversation
    assert [m["body"] for m in twilio_sent] == ["Please call 911 now."]  # one reply


@pytest.mark.asyncio
async def test_a_repeated_delivery_is_recognised_after_a_restart_and_by_another_replica(conversation_db, twilio_sent):
    """The MessageSids are in the conversation database: a new server, or a second one at the same
    time, does not handle a delivery again, and still handles new ones."""
    form = inbound("My eyelid is drooping")
    first = StoringAgent(conversation_db(), answer={"text": "Please call the clinic today."})
    async with serve(make_app(channel(), first)) as base:
        assert await post_text(base, form) == (200, "text/xml")
    assert first.texts == ["My eyelid is drooping"]

    restarted = StoringAgent(conversation_db(), answer={"text": "Please call the clinic today."})
    async with serve(make_app(channel(), restarted)) as base:
        assert await post_text(base, same_delivery(form)) == (200, "text/xml")
        assert await post_text(base, inbound("And a headache")) == (200, "text/xml")
    assert restarted.texts == ["And a headache"]

    # two replicas on one database, the same delivery at the same moment: one handles it
    replicas = [StoringAgent(conversation_db(), answer={"text": "ok"}) for _ in range(2)]
    twice = inbound("Is bruising normal?", sender="+15550002222")
    async with serve(make_app(channel(), replicas[0])) as one, serve(make_app(channel(), replicas[1])) as two:
        statuses = await asyncio.gather(post_text(one, twice), post_text(two, same_delivery(twice)))
    assert statuses == [(200, "text/xml")] * 2
    assert sorted(len(agent.messages) for agent in replicas) == [0, 1]
    assert await replicas[0].user_texts("+15550002222") == ["Is bruising normal?"]
    assert await restarted.user_texts(PATIENT) == ["My eyelid is drooping", "And a headache"]
    assert [m["body"] for m in twilio_sent] == ["Please call the clinic today."] * 2 + ["ok"]


@pytest.mark.asyncio
async def test_a_message_without_text_delivered_twice_is_answered_once(tmp_path, twilio_sent):
    agent = StoringAgent(sqlite_store(tmp_path / "rasa.db"))
    photo = inbound(None, NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME1", MediaContentType0="image/jpeg")
    async with serve(make_app(channel(), agent)) as base:
        for copy in (photo, same_delivery(photo)):
            assert await post_text(base, copy) == (200, "text/xml")
    assert [m["body"] for m in twilio_sent] == [NO_TEXT_REPLY]


@pytest.mark.asyncio
async def test_without_an_sql_store_duplicates_are_still_dropped_within_the_process(twilio_sent):
    agent = FakeAgent(replies_with(text="hi"))
    form = inbound("Hello")
    async with serve(make_app(channel(), agent)) as base:
        for copy in (form, same_delivery(form), inbound("Hello")):
            assert await post_text(base, copy) == (200, "text/xml")
    assert agent.texts == ["Hello", "Hello"]  # the copy dropped, a new message with the same text handled
    assert len(twilio_sent) == 2


@pytest.mark.asyncio
async def test_if_the_delivery_log_cannot_be_written_the_message_is_still_handled(tmp_path, twilio_sent, caplog):
    """Losing a message is worse than a possible duplicate."""
    store = sqlite_store(tmp_path / "rasa.db")
    agent = StoringAgent(store, answer={"text": "hi"})
    with store.engine.begin() as connection:  # something else holds the name: the insert fails
        connection.execute(sa.text("CREATE VIEW channel_deliveries AS SELECT 1 AS channel"))
    async with serve(make_app(channel(), agent)) as base:
        assert await post_text(base, inbound("Hello")) == (200, "text/xml")
    assert agent.texts == ["Hello"] and [m["body"] for m in twilio_sent] == ["hi"]
    assert any("could not check twilio delivery" in r.getMessage() for r in caplog.records)


def test_old_deliveries_are_forgotten(tmp_path):
    from types import SimpleNamespace

    from addons.stores.delivery_dedup import DeliveryLog, deliveries

    store = sqlite_store(tmp_path / "rasa.db")
    request = SimpleNamespace(app=SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(tracker_store=store))))
    log = DeliveryLog(retention_seconds=60)
    assert log.first_delivery(request, "twilio", "SM-old") is True
    with store.engine.begin() as connection:
        connection.execute(deliveries.update().values(received_at=0.0))
    assert DeliveryLog(retention_seconds=60).first_delivery(request, "twilio", "SM-new") is True  # prunes
    with store.engine.connect() as connection:
        assert [row.delivery_id for row in connection.execute(sa.select(deliveries))] == ["SM-new"]
    assert log.first_delivery(request, "twilio", "SM-new") is False
    assert log.first_delivery(request, "other-channel", "SM-new") is True  # per channel
    assert log.first_delivery(request, "twilio", None) is True  # nothing to recognise a copy by
