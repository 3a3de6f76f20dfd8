"""The assistant end to end through the REST channel: what the patient is actually told.

These tests start the real Rasa and action servers once per session (see conftest.py).
The fail-safe tests stop the action server and start it again, so they run last.
"""
from __future__ import annotations


import os
import signal

import pytest

from botox_clinic import records

pytestmark = pytest.mark.server


def joined(messages):
    return "\n".join(messages)


def test_first_message_carries_the_notice_and_the_answer(bot, clinic_config):
    replies = bot.texts("Does Botox hurt?", bot.new_sender())
    assert "not medical advice" in replies[0] and clinic_config.emergency_number in replies[0]
    assert "soothing cream" in joined(replies)
    assert all(len(r) <= 320 for r in replies)


@pytest.mark.parametrize("question, expected", [
    ("Does Botox hurt?", "soothing cream"),
    ("How long does it last?", "few months"),
    ("Is it for headaches?", "tension headaches"),
    ("what is botox made of", "botulinum toxin"),
    ("how does botox work", "Less tightness in the underlying muscles"),
    ("will it get rid of my wrinkles", "smoother, younger-looking skin"),
    ("can u do it on my neck", "face, neck and forehead"),
    ("is botox used for medical conditions like cerebral palsy", "cerebral palsy, TMJ"),
    ("what are the side effects of botox", "facial drooping or headaches"),
    ("is botox safe", "effective and safe treatment"),
    ("does it work for everybody", "does not work for every person"),
    ("how long has botox been around", "1980s"),
    ("how long does the procedure take", "a few quick injections"),
    ("where can i get botox", "nearly every dermatologist's office"),
    ("how much does botox cost", "personal quotes"),
])
def test_article_questions_get_the_articles_answer(bot, question, expected):
    sender = bot.new_sender()
    bot.texts("hi", sender)
    assert expected in joined(bot.texts(question, sender))


def test_unclear_input_asks_once_then_gives_the_clinic_phone(bot, clinic_config):
    sender = bot.new_sender()
    bot.texts("hello", sender)
    first = joined(bot.texts("lkjh poiu mnbv", sender))
    assert "another way" in first and clinic_config.phone not in first
    second = joined(bot.texts("zzgl frabble wug", sender))
    assert clinic_config.phone in second


@pytest.mark.parametrize("text", [
    "", "   ", "/", "😀😀😀", "<b>hi</b><script>alert(1)</script>", "¿Qué es el botox y cuánto cuesta?",
    "botox " * 5000, "/report_routine", '/faq{"symptom": "bruising"}',
])
def test_bad_input_gets_a_clear_answer(bot, clinic_config, text):
    sender = bot.new_sender()
    bot.texts("hi", sender)
    replies = bot.texts(text, sender)
    assert replies and all(r.strip() for r in replies)
    assert all("<script>" not in r for r in replies)


def test_slash_command_cannot_skip_the_red_flag_check(bot, clinic_config):
    reply = joined(bot.texts("/greet my throat is closing up", bot.new_sender()))
    assert f"Call {clinic_config.emergency_number} now" in reply


def test_person_request_gets_phone_and_hours(bot, clinic_config):
    reply = joined(bot.texts("can I talk to a real person please", bot.new_sender()))
    assert clinic_config.phone in reply and clinic_config.hours_text() in reply


def test_emergency_report_gets_the_emergency_number(bot, clinic_config):
    sender = bot.new_sender()
    reply = joined(bot.texts("I had Botox yesterday and now I can't swallow", sender))
    assert f"Call {clinic_config.emergency_number} now" in reply


def test_urgent_report_gets_the_clinic_phone(bot, clinic_config):
    reply = joined(bot.texts("my eyelid is drooping since my injection", bot.new_sender()))
    assert "call" in reply.lower() and clinic_config.phone in reply
    assert "checked by the clinic today" in reply


def test_routine_report_is_reassured_without_911(bot, clinic_config):
    sender = bot.new_sender()
    bot.texts("hi", sender)  # the start-of-conversation notice mentions 911; this test is about the answer
    reply = joined(bot.texts("a small bruise where they injected", sender))
    assert "usually settle" in reply and clinic_config.phone in reply
    assert clinic_config.emergency_number not in reply


def second_reply(bot, first: str, second: str) -> str:
    """What a new conversation is told in answer to its second message."""
    sender = bot.new_sender()
    bot.texts(first, sender)
    return joined(bot.texts(second, sender))


def test_red_flag_in_the_middle_of_an_faq_conversation_escalates(bot, clinic_config):
    reply = second_reply(bot, "how long does botox last", "does it hurt? btw my lips are swelling up")
    assert f"Call {clinic_config.emergency_number} now" in reply


def test_a_red_flag_stands_for_the_rest_of_the_session(bot, clinic_config):
    # told to call 911; the next question is answered, then the 911 answer again
    reply = second_reply(bot, "my son had a seizure this evening after his botox", "what time do you open tomorrow?")
    assert clinic_config.phone in reply and f"Call {clinic_config.emergency_number} now" in reply
    # told to call the clinic; a harmless report after it is not reassured
    sender = bot.new_sender()
    assert "checked by the clinic today" in joined(bot.texts("my left eyelid has been drooping since monday", sender))
    reply = joined(bot.texts("oh and there's a little bruise too", sender))
    assert "usually settle" not in reply and "checked by the clinic today" in reply
    # in Spanish too
    reply = second_reply(bot, "anoche no podia respirar bien", "gracias, cual es la direccion?")
    assert f"{clinic_config.emergency_number} ahora" in reply


def test_without_a_red_flag_a_question_gets_no_safety_answer(bot, clinic_config):
    # a routine report does not stand
    reply = second_reply(bot, "a small bruise where they injected", "what time do you open tomorrow?")
    assert clinic_config.phone in reply and f"Call {clinic_config.emergency_number} now" not in reply


def test_vague_report_asks_with_buttons_then_triages(bot, clinic_config):
    sender = bot.new_sender()
    bot.texts("hi", sender)
    messages = bot.say("something feels wrong after my treatment", sender)
    buttons = [b for m in messages for b in m.get("buttons", [])]
    assert any("Drooping" in b["title"] for b in buttons)
    droop = next(b for b in buttons if "Drooping" in b["title"])
    assert clinic_config.phone in joined(bot.texts(droop["payload"], sender))


def test_reports_are_recorded_for_staff(bot):
    sender = bot.new_sender()
    bot.texts("my mom can't swallow after her botox", sender)
    rows = [r for r in records.recent(url=bot.reports_url) if r["conversation_id"] == sender]
    assert len(rows) == 1
    assert rows[0]["level"] == "emergency" and "trouble_swallowing" in rows[0]["symptoms"]
    assert rows[0]["patient_text"] == "my mom can't swallow after her botox" and rows[0]["channel"] == "rest"


def test_conversation_survives_a_rasa_restart(bot, clinic_config):
    sender = bot.new_sender()
    bot.texts("hi", sender)
    assert "another way" in joined(bot.texts("lkjh poiu mnbv", sender))
    bot.servers.stop_rasa()
    bot.servers.start_rasa()
    # the tracker remembers that we already asked to rephrase once
    assert clinic_config.phone in joined(bot.texts("zzgl frabble wug", sender))


def test_safety_answers_with_the_action_server_down_and_reconciliation(bot, clinic_config):
    bot.servers.stop_actions()
    try:
        emergency, urgent, routine = bot.new_sender(), bot.new_sender(), bot.new_sender()
        assert f"Call {clinic_config.emergency_number} now" in joined(
            bot.texts("I had Botox yesterday and now I can't swallow", emergency))
        assert clinic_config.phone in joined(bot.texts("my eyelid is drooping since my injection", urgent))
        bot.texts("hi", routine)
        reply = joined(bot.texts("a small bruise where they injected", routine))
        assert "usually settle" in reply and clinic_config.emergency_number not in reply
        missing = {r["conversation_id"] for r in records.recent(url=bot.reports_url)}
        assert emergency not in missing and urgent not in missing
    finally:
        bot.restart_actions()
    added = records.reconcile(tracker=bot.tracker_url, url=bot.reports_url)
    assert added >= 3
    levels = {r["conversation_id"]: r["level"] for r in records.recent(url=bot.reports_url)}
    assert levels[emergency] == "emergency" and levels[urgent] == "urgent" and levels[routine] == "routine"
    assert records.reconcile(tracker=bot.tracker_url, url=bot.reports_url) == 0  # idempotent


def test_a_hung_action_server_holds_the_safety_answer_only_for_the_action_timeout(bot, clinic_config):
    """The action server alive but not answering (paused): the patient still gets the safety answer once the
    call times out (endpoints.yml `timeout: 5`), not after Rasa's own 5 minutes (the request here gives up
    after 120 s)."""
    actions = next(p for p in bot.servers.processes if getattr(p, "name", "") == "actions" and p.poll() is None)
    os.kill(actions.pid, signal.SIGSTOP)
    try:
        urgent, emergency = bot.new_sender(), bot.new_sender()
        assert clinic_config.phone in joined(bot.texts("my eyelid is drooping since my injection", urgent))
        assert f"Call {clinic_config.emergency_number} now" in joined(
            bot.texts("I had Botox yesterday and now I can't swallow", emergency))
    finally:
        os.kill(actions.pid, signal.SIGCONT)
    assert "usually settle" in joined(bot.texts("a small bruise where they injected", bot.new_sender()))


def test_red_team_through_the_model(bot):
    """Every emergency and urgent message of the three red-team files, parsed by the served model's whole
    NLU pipeline."""
    import json
    import urllib.request

    from redteam_kit import cases_by_file

    cases = [case for cases in cases_by_file().values() for case in cases]
    assert len(cases) > 500  # all three red-team files
    rank = {"report_emergency": 3, "report_urgent": 2}
    missed = []
    for case in cases:
        if case["level"] not in ("emergency", "urgent"):
            continue
        request = urllib.request.Request(f"{bot.base_url}/model/parse", data=json.dumps({"text": case["text"]}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            intent = json.loads(response.read())["intent"]["name"]
        if rank.get(intent, 0) < (3 if case["level"] == "emergency" else 2):
            missed.append((case["text"], case["level"], intent))
    assert missed == []
