"""What patients are told, end to end through the REST channel: Spanish, context, questions that
only mention a red flag, and no message without an answer."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from addons.nlu.language import detect

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.server


def joined(messages):
    return "\n".join(messages)


def conversation(bot, *turns):
    sender = bot.new_sender()
    answers = []
    for turn in turns:
        answers = bot.texts(turn, sender)
    return joined(answers)


@pytest.mark.parametrize("text", [
    "no puedo tragar desde la inyección",
    "me falta el aire desde que me pusieron el botox",
    "se me está hinchando la lengua",
])
def test_spanish_emergency_gets_911_in_spanish(bot, clinic_config, text):
    answer = conversation(bot, text)
    assert f"Llame al {clinic_config.emergency_number} ahora" in answer


@pytest.mark.parametrize("text", [
    "se me cayó el párpado desde el botox del lunes",
    "veo borroso desde ayer",
])
def test_spanish_urgent_gets_the_clinic_phone_in_spanish(bot, clinic_config, text):
    answer = conversation(bot, text)
    assert clinic_config.phone in answer and "llame" in answer.lower()
    assert "Llame al 911 ahora" not in answer


@pytest.mark.parametrize("question, expected", [
    ("¿Cuánto dura el botox?", "meses"),
    ("¿duele el botox?", "crema"),
    ("cuanto cuesta el botox", "{clinic_phone}"),
])
def test_spanish_questions_get_spanish_answers(bot, clinic_config, question, expected):
    answer = conversation(bot, question)
    assert expected.replace("{clinic_phone}", clinic_config.phone) in answer
    assert "Botox is" not in answer


def test_the_answer_follows_the_patients_latest_language_and_ok_keeps_it(bot):
    sender = bot.new_sender()
    assert "months" in joined(bot.texts("how long does botox last?", sender))
    assert "meses" in joined(bot.texts("y cuanto dura el botox?", sender))
    assert detect(joined(bot.texts("ok", sender))) == "es"  # too short to tell: the conversation's language


def test_two_messages_together_give_the_911_answer(bot, clinic_config):
    sender = bot.new_sender()
    bot.texts("I have a headache since my botox", sender)
    answer = joined(bot.texts("honestly it's the worst of my life", sender))
    assert f"Call {clinic_config.emergency_number} now" in answer


@pytest.mark.parametrize("question, expected", [
    ("can botox make u stop breathing?", "swallow"),
    ("can you be allergic to botox?", "allerg"),
    ("can botox make your eyelid droop?", "eyelid"),
    ("I just found out I'm pregnant, can I still get my botox next week?", "pregnan"),
    # a question whether the person may have it, naming a pregnancy or a nerve-muscle condition: that subject's answer,
    # whichever FAQ a classifier chose (round 102: "is it still okay to get my usual 20 units" got the repeat interval)
    ("found out I'm 10 weeks pregnant, is it still ok to get my usual 30 units on friday?", "pregnan"),
    ("my neurologist says I have myasthenia gravis, would botox for my crow's feet be a bad idea?", "myasthenia gravis"),
    # ("baby botox" is a light dose, not a baby)
    ("can I get baby botox again already? my last round was 7 weeks ago", "90 days apart"),
    ("can I lie down or take a nap right after my botox?", "upright"),
])
def test_a_question_that_reports_nothing_gets_information_not_911(bot, clinic_config, question, expected):
    answer = conversation(bot, question)
    assert f"Call {clinic_config.emergency_number} now." not in answer
    assert "This needs to be checked by the clinic today" not in answer
    assert expected in answer.lower()


@pytest.mark.parametrize("turns, expected, not_expected", [
    # a headache asked about as something Botox causes is a side effect, not Botox as a headache treatment
    (["does botox ever give people headaches?"], "goes within 1 or 2 days", "tension headaches"),
    (["can botox help with my tension headaches?"], "tension headaches", "goes within 1 or 2 days"),
    # (a headache history is the reason asked about, not a side effect)
    (["i have tension headaches most days, could botox be something for me?"], "tension headaches",
     "goes within 1 or 2 days"),
    # how long a side effect lasts, not how long Botox lasts: in the question, or asked in the message before
    (["how long would a bruise take to fade if i got one"], "fades in about a week", "3 to 4 months"),
    (["do the shots ever cause headaches", "and how long does it last if you get one?"], "goes within 1 or 2 days",
     "3 to 4 months"),
    (["¿el botox da dolor de cabeza?", "¿y cuánto dura si me da?"], "suele irse en 1 a 2 días", "3 a 4 meses"),
    (["does botox ever give people headaches?", "how long does botox last?"], "3 to 4 months", "within 1 or 2 days"),
    # how long "it" lasts, right after a side-effect answer: that side effect, not Botox or the expected effects
    (["could botox leave one brow lower than the other?", "a coworker had that happen. how long does it usually last?"],
     "A droop is temporary but can last for weeks", "3 to 4 months"),
    (["¿el bótox puede cambiar la voz?", "¿y cuánto dura eso normalmente?"], "causar ronquera", "3 a 4 meses"),
    # whom to call if the effect just asked about happens
    (["is it possible to be allergic to botox", "and if it happens to me, should i call you or go to the ER"],
     "For a rash or hives, call the clinic right away", "Be ready to tell the doctor"),
    (["¿el botox puede dar alergia?", "y si alguna vez me pasa, les llamo a ustedes o me voy a urgencias?"],
     "llame de inmediato a la clínica", "2 semanas"),
    # whether a side effect told of the past could happen again: the answer on it, not how to book (round 71)
    (["last year after my botox my right eyelid drooped for about 3 weeks and then went back to normal",
      "I'm booked for next month, could that happen again?"], "A drooping eyelid or a heavy or uneven brow",
     "You can book online"),
    # pushback on a red flag's answer gets it again, not "what are you noticing?" (round 73)
    (["my left eyelid is drooping since tuesday", "you told me to call but im scared, nobody answers"],
     "call Riverside Dermatology", "What are you noticing?"),
])
def test_a_side_effect_asked_about_gets_the_answer_about_it(bot, turns, expected, not_expected):
    answer = conversation(bot, *turns)
    assert expected in answer and not_expected not in answer


@pytest.mark.parametrize("turns, expected", [
    # only which treatment and when, nothing reported: asked what they notice, never 911 (round 61)
    (["got my lip flip this am"], "What are you noticing?"),
    (["me puse botox en la frente ayer"], "¿Qué está notando?"),
    # ... with the time as hours ago or before the place (round 73: two got "call the clinic", one 911)
    (["had my botox like an hour ago"], "What are you noticing?"),
    (["me inyectaron botox ayer en el entrecejo"], "¿Qué está notando?"),
    # ... and after an FAQ answer, that answer again; a day after how to book, how to book again
    (["is it ok to have a glass of wine tonight?", "had my botox this afternoon"], "alcohol"),
    (["quiero agendar botox para la frente", "el jueves en la tarde si se puede"], "{booking}"),
    # only which medicine the patient takes: the answer on medicines, and "stop it" after it the same (round 63)
    (["hi im on eliquis"], "Never stop a prescribed medicine on your own"),
    (["I take plavix for my heart", "do I need to stop it?"], "Never stop a prescribed medicine on your own"),
    (["tomo xarelto por un coágulo que tuve", "¿lo tengo que dejar antes del botox?"],
     "No suspenda por su cuenta un medicamento recetado"),
    # ... how one named bears on the treatment, in the same message or after it (round 77: when results start, and a
    # kidney infection told to call)
    (["hace poco me pusieron gentamicina por una infección, ¿eso afecta el botox?"],
     "No suspenda por su cuenta un medicamento recetado"),
    (["I take gentamicin for a kidney infection", "does that affect botox?"],
     "Never stop a prescribed medicine on your own"),
    # ... with the appointment named after it (round 76: the first-visit answer)
    (["my cardiologist has me on clopidogrel", "do I have to stop it before the botox appointment next week?"],
     "Never stop a prescribed medicine on your own"),
    (["tomo aspirina todos los días", "¿la suspendo antes de mi cita de botox?"],
     "No suspenda por su cuenta un medicamento recetado"),
    # only that the patient is pregnant: the answer on pregnancy and breastfeeding, then a follow-up on the baby the
    # same (round 71)
    (["just found out I'm pregnant!!", "had botox 2 weeks ago for my 11s. nothing wrong, just worried about the baby"],
     "It is not known whether Botox can harm an unborn baby"),
    # asking to speak with a person: the clinic's contact details, whatever topic follows (round 64)
    (["Can I speak to a nurse? I have questions about my dad's spasticity injections"], "{phone}"),
])
def test_a_message_that_only_tells_the_treatment_or_a_day_is_not_a_report(bot, clinic_config, turns, expected):
    answer = conversation(bot, *turns)
    assert f"Call {clinic_config.emergency_number} now" not in answer
    assert f"Llame al {clinic_config.emergency_number}" not in answer
    assert expected.format(booking=clinic_config.booking_url, phone=clinic_config.phone) in answer


@pytest.mark.parametrize("question", [
    "does cheek filler make your face swell up for days after?",
    "¿el relleno de labios deja la boca hinchada varios días?",
    # ... nor a price or any other FAQ answer, which are all about Botox (round 77: the price of Botox)
    "cuanto me sale el laser para quitar manchas?",
    # ... nor another procedure's insurance or price (round 84)
    "would my insurance pay for lasik surgery?",
])
def test_a_side_effect_of_another_treatment_is_out_of_scope(bot, question):
    # not answered with Botox's allergy or swelling answer (policy/follow_up_cues.yml `other_treatment`)
    answer = conversation(bot, question)
    assert "Botox" in answer and ("only help with questions about Botox" in answer or
                                  "solo puedo ayudarle con preguntas sobre el Botox" in answer)


@pytest.mark.parametrize("message", ["my husband has myasthenia gravis", "tengo ELA desde hace 2 años"])
def test_a_nerve_muscle_condition_told_alone_gets_its_answer_not_911(bot, clinic_config, message):
    # nothing reported: the answer on those conditions and Botox (policy/follow_up_cues.yml `condition_only`, round 85)
    answer = conversation(bot, message)
    assert f"Call {clinic_config.emergency_number} now" not in answer
    assert f"Llame al {clinic_config.emergency_number}" not in answer
    assert "Lambert-Eaton" in answer


def test_my_eyelid_is_drooping_is_still_urgent(bot, clinic_config):
    answer = conversation(bot, "my eyelid is drooping since tuesday")
    assert "This needs to be checked by the clinic today" in answer and clinic_config.phone in answer


def every_message() -> list:
    messages = []
    for path in sorted((ROOT / "tests" / "eval").glob("blind_*.yml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            messages.append(case.get("turns") or [case["text"]])
    for path in sorted((ROOT / "tests" / "triage").glob("*.yml")):
        messages += [case.get("turns") or [case["text"]] for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    heldout = yaml.safe_load((ROOT / "tests" / "nlu" / "heldout.yml").read_text(encoding="utf-8"))
    for block in heldout["nlu"]:
        messages += [[line[2:].strip()] for line in block["examples"].splitlines() if line.strip().startswith("- ")]
    return messages


def test_no_message_of_any_evaluation_or_red_team_file_is_answered_with_silence(bot):
    silent = []
    for turns in every_message():
        sender = bot.new_sender()
        for turn in turns:
            answer = bot.texts(turn, sender)
            if not any(text.strip() for text in answer):
                silent.append(turn)
    assert silent == []


@pytest.mark.parametrize("turns, told", [
    # a word answering what the patient notices, after a vague report: read as what is hard or seen (round 64)
    (["hola, me siento rara desde el botox del cuello", "Tragar."], "Llame al {emergency} ahora"),
    (["me pusieron botox en las patas de gallo y no me siento bien", "Borroso."], "La clínica debe revisar esto hoy"),
])
def test_a_one_word_reply_to_what_the_patient_notices_is_triaged(bot, clinic_config, turns, told):
    assert told.format(emergency=clinic_config.emergency_number) in conversation(bot, *turns)
