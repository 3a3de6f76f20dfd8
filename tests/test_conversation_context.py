"""The conversation layer of addons/rasa_patches.py on trackers built from events: a red flag already answered
in the session stands (policy/triage_levels.yml `standing`). The live assistant tests check what the patient
is told through the real server (tests/test_live_assistant.py)."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import pytest
import yaml

from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from addons import conversation, rasa_patches
from addons.nlu import follow_up, red_flags
from botox_clinic import follow_up_cues, levels


def said(text: str, symptoms: Optional[List[str]] = None) -> UserUttered:
    return UserUttered(text, intent={"name": "report_urgent", "confidence": 1.0},
                       entities=[{"entity": "symptom", "value": s, "start": 0, "end": len(text)} for s in symptoms or []])


def answered(action: str) -> BotUttered:
    return BotUttered("...", metadata={"utter_action": action})


def tracker(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("patient", [ActionExecuted("action_session_start"), SessionStarted(),
                                                        ActionExecuted("action_listen"), *events])


def answer_given(parse_data: dict) -> str:
    """The intent the message is answered with, or for an FAQ its answer's key ("faq/se_eyelid_brow")."""
    got = parse_data["intent"]["name"]
    return parse_data["response_selector"]["faq"]["response"]["intent_response_key"] if got == "faq" else got


def parse(text: str, intent: str) -> dict:
    return {"text": text, "intent": {"name": intent, "confidence": 0.9},
            "intent_ranking": [{"name": intent, "confidence": 0.9}], "entities": []}


def test_the_policy_names_which_levels_stand():
    assert set(levels.standing()) == {"emergency", "urgent"}


def test_a_named_red_flag_stands_at_its_level():
    history = tracker(said("my eyelid droops", ["drooping"]), answered("utter_triage_urgent"))
    assert conversation.standing_level(history) == "urgent"
    history = tracker(said("I can't swallow", ["trouble_swallowing"]), answered("utter_triage_emergency"),
                      said("ok"), answered("utter_you_are_welcome"))
    assert conversation.standing_level(history) == "emergency"


def test_a_guess_without_a_named_red_flag_does_not_stand():
    # the classifier's urgent guess on "had my forehead done today" names no symptom
    assert conversation.standing_level(tracker(said("had my forehead done today"), answered("utter_triage_urgent"))) is None
    # a 911 answer for a routine symptom (a confident guess) stands only at the level of what was named
    history = tracker(said("bruise", ["bruising"]), answered("utter_triage_emergency"))
    assert conversation.standing_level(history) is None
    history = tracker(said("double vision", ["vision_change"]), answered("utter_triage_emergency"))
    assert conversation.standing_level(history) == "urgent"


def test_routine_answers_and_a_new_session_do_not_stand():
    assert conversation.standing_level(tracker(said("bruise", ["bruising"]), answered("utter_triage_routine"))) is None
    history = tracker(said("my eyelid droops", ["drooping"]), answered("utter_triage_urgent"),
                      ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"))
    assert conversation.standing_level(history) is None


def test_the_reminder_reads_only_answers_before_the_latest_message():
    # the answer to the latest message is this turn's own: it is not a reminder to itself
    history = tracker(said("I can't swallow", ["trouble_swallowing"]), answered("utter_triage_emergency"))
    assert conversation.standing_level(history, before_last_message=True) is None
    history = tracker(said("I can't swallow", ["trouble_swallowing"]), answered("utter_triage_emergency"),
                      said("what's your address"), answered("utter_contact_clinic"))
    assert conversation.standing_level(history, before_last_message=True) == "emergency"
    assert not conversation.answered_at_or_above(history, "emergency")
    history.update(answered("utter_triage_emergency"))
    assert conversation.answered_at_or_above(history, "emergency")


def test_a_later_report_below_a_standing_red_flag_is_raised_to_it():
    history = tracker(said("my eyelid droops", ["drooping"]), answered("utter_triage_urgent"))
    parse_data = parse("also a tiny bruise", "report_routine")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_urgent"
    # a question is answered as asked (the reminder follows it at the end of the turn)
    parse_data = parse("what's your address", "contact_clinic")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "contact_clinic"


def test_an_urgent_report_taken_back_does_not_stand_and_a_911_one_does():
    # a correction that says nothing is happening takes back what the last message seemed to report
    history = tracker(said("Had botox Monday and my eye lid is swollen", ["face_or_eye_swelling"]),
                      answered("utter_triage_urgent"))
    text = "sorry, I mixed that up, nothing is happening to me, I was just asking about the bumps"
    parse_data = parse(text, "report_routine")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_routine"
    assert follow_up_cues.takes_back(text) and conversation.standing_unless_taken_back(history, True) is None
    # ... not a correction that takes nothing back ("the OTHER eye"), nor a 911 answer ("sorry typo, I'm fine")
    parse_data = parse("perdon, me equivoque, es el otro ojo, el derecho. el izquierdo esta bien", "faq")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_urgent"
    history = tracker(said("I can't swallow", ["trouble_swallowing"]), answered("utter_triage_emergency"))
    assert conversation.standing_unless_taken_back(history, True) == "emergency"


@pytest.mark.parametrize("earlier, text, intent", [
    # the part the last message named was the wrong one, and only a lesser sign is there: that sign's answer
    (("my eye looks swollen since the shots", "face_or_eye_swelling"),
     "oops no, not my eye, only a little bruise under it, going yellow already", "report_routine"),
    (("tengo el parpado hinchado desde ayer", "face_or_eye_swelling"), "perdon, no es el parpado, solo un moretito en la sien",
     "report_routine"),
    # ... "not the whole" part (round 90)
    (("se me hincho toda la frente", "face_or_eye_swelling"), "no, perdon, no toda la frente, solo los piquetitos un poco inflados",
     "report_routine"),
    # ... not when the lesser thing is only another part, the sign told of the first still meant ("just my brow")
    (("my eyelid is drooping since friday", "drooping"), "no, not my eyelid, just my brow, and it's a bit red", "report_urgent"),
    # ... nor a part the last message did not name
    (("my eyelid is drooping since friday", "drooping"), "sorry no, not my lip, just a small bruise", "report_urgent"),
    # ... and a 911 answer always stands
    (("my tongue is swelling up", "throat_tongue_lip_swelling"), "sorry no, not my tongue, just a small bruise on my lip",
     "report_emergency"),
])
def test_a_corrected_part_takes_back_an_urgent_answer_only_for_a_lesser_sign_told(earlier, text, intent):
    level = levels.INTENT_LEVELS.get(intent) if intent == "report_emergency" else levels.URGENT
    history = tracker(said(earlier[0], [earlier[1]]), answered(f"utter_triage_{level}"))
    parse_data = parse(text, "report_routine")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent


@pytest.mark.parametrize("text, intent, topic, confidence, said_after", [
    # a question asked beside a routine report, read by the FAQ selector with confidence: that answer after the
    # reassurance, the report recorded as any (role `asked_beside`)
    ("i have a small bruise, can i wear makeup over it?", "report_routine", "aftercare_makeup", 0.95,
     "aftercare_makeup"),
    ("me puedo acostar un rato? tengo un dolor de cabeza leve desde el botox", "report_routine", "aftercare_lying_down", 0.98,
     "aftercare_lying_down"),
    # ... not a guess, nor a topic that is no aftercare, nor beside a red flag, nor with no question asked
    ("i have a small bruise, can i wear makeup over it?", "report_routine", "aftercare_makeup", 0.6, None),
    ("i have a small bruise, how much is botox?", "report_routine", "cost", 0.99, None),
    ("my eyelid is drooping, can i wear makeup?", "report_urgent", "aftercare_makeup", 0.99, None),
    ("i have a small bruise and will wear makeup over it", "report_routine", "aftercare_makeup", 0.99, None),
])
def test_a_question_beside_a_routine_report_is_answered_after_the_reassurance(text, intent, topic, confidence,
                                                                              said_after):
    parse_data = parse(text, intent)
    parse_data["response_selector"] = {"faq": {"response": {"intent_response_key": f"faq/{topic}",
                                                            "confidence": confidence}}}
    rasa_patches.apply_context(parse_data, tracker())
    beside = [(e["value"], e.get("role")) for e in parse_data["entities"] if e["entity"] == rasa_patches.FAQ_TOPIC]
    assert parse_data["intent"]["name"] == intent
    assert beside == ([(said_after, levels.ASKED_BESIDE_ROLE)] if said_after else [])


def test_a_taken_back_report_is_answered_as_the_question_it_was():
    history = tracker(said("vision doble despues del botox", ["vision_change"]), answered("utter_triage_urgent"))
    history.events[-2].parse_data["response_selector"] = {"faq": {"response": {
        "intent_response_key": "faq/se_vision", "confidence": 0.9}}}
    parse_data = parse("perdon, me exprese mal, no me esta pasando nada, solo preguntaba si puede pasar", "faq")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/se_vision"


def test_a_later_message_that_denies_everything_else_keeps_the_reports_answer():
    from addons.nlu import follow_up, red_flags
    for before, text, level in [
            ("tiene un moretoncito arriba de la ceja", "no, nada mas eso, esta comiendo, hablando y viendo normal", "routine"),
            ("she says her mouth is super dry since wednesday", "no other symptoms, she's eating and talking fine", "urgent"),
            ("tiene la boca super seca desde el miercoles", "no tiene otra cosa, esta comiendo bien y se ve normal", "urgent")]:
        together = follow_up.with_context(red_flags.assess(text), text, [before])
        assert together is not None and together.level == level, (before, text)


def test_without_a_standing_red_flag_a_routine_report_stays_routine():
    history = tracker(said("how long does it last"), answered("utter_faq/how_long_it_lasts"))
    parse_data = parse("a tiny bruise where they injected", "report_routine")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_routine"


def test_worse_in_a_later_message_is_what_the_symptom_becomes_when_worse():
    from addons.nlu import follow_up, red_flags
    # a face swelling that keeps swelling is an allergic reaction (`when_worsening`), named so it stands
    together = follow_up.with_context(red_flags.assess("and it keeps getting worse"), "and it keeps getting worse",
                                      ["my whole face is swelling up"])
    assert together is not None and together.level == "emergency" and "allergic_reaction" in together.symptoms
    together = follow_up.with_context(red_flags.assess("its bigger than yesterday"), "its bigger than yesterday",
                                      ["a small bump where they injected"])
    assert together is not None and together.level == "urgent" and together.symptoms == ["getting_worse"]


@pytest.mark.parametrize("question, answer, level, symptom", [
    # the symptom asked about, then said to be happening: reported at its own level
    ("can botox make you choke on food?", "that's what is going on with me since last night", "emergency",
     "trouble_swallowing"),
    ("is a droopy eyelid a side effect?", "i think i have that right now", "urgent", "drooping"),
    # "mine" and an onset verb: the asked symptom has begun
    ("do people get bruises from the shots?", "mine showed up this morning, tiny", "routine", "bruising"),
    ("el botox puede dar dolor de cabeza?", "el mio empezo hoy en la tarde", "routine", "headache"),
    ("does it usually leave bruises?", "i've got a tiny one by my eye", "routine", "bruising"),
    # how many, and an onset with what it does ("se empezo a caer", "started to droop")
    ("do you bruise after botox?", "i have 3 small ones near my brow", "routine", "bruising"),
    ("cuanto dura el parpado caido por botox?", "pregunto porque el mio se empezo a caer hoy", "urgent", "drooping"),
    ("how long does a droopy eyelid last?", "asking because mine started showing this morning", "urgent", "drooping"),
    # ... and getting worse: what it becomes when worse
    ("¿cuánto dura el dolor de cabeza del botox?", "a mi me empezo leve y cada dia esta peor", "urgent", "severe_headache"),
    ("how long does the headache from botox last?", "mine started mild but every day it gets worse", "urgent",
     "severe_headache"),
    ("¿el botox puede dejar la voz ronca?", "eso es lo que me está pasando desde el lunes", "urgent", "voice_change"),
    # a denial after the confirming words is about something else; a caregiver confirms for the one cared for
    ("can botox cause trouble breathing?", "yes that's exactly what's going on with me, and nobody takes me seriously",
     "emergency", "trouble_breathing"),
    ("can botox cause trouble breathing?", "i have that right now, the nurse didn't call back", "emergency",
     "trouble_breathing"),
    ("is a droopy eyelid a side effect?", "my sister has that since friday", "urgent", "drooping"),
    ("¿el botox puede dar visión doble?", "eso es justo lo que me está pasando y no puedo manejar", "urgent",
     "vision_change"),
    # a saying with a "no" in it denies nothing
    ("can botox cause trouble breathing?", "no joke, i think i have that", "emergency", "trouble_breathing"),
    ("¿el botox puede dar visión doble?", "no manches, eso me está pasando", "urgent", "vision_change"),
    # the patient's own part, as the symptom asked about leaves it
    ("¿el botox puede hacer que se me caiga la ceja?", "pregunto xq la mia esta medio caida desde el martes", "urgent",
     "drooping"),
    ("can botox make your eyelid droop?", "asking cause mine looks a little lower than the other", "urgent",
     "drooping"),
    # the verb standing for the symptom, with now (round 50)
    ("can botox make your brow droop?", "i ask bc mine sort of is today, saw it in a selfie", "urgent", "drooping"),
    # ... "are" and a state said since a time last week (round 56's full run: it was answered by the classifier's guess)
    ("can the shots give you watery eyes?", "cause mine are really watery and gritty since the shots last week", "urgent",
     "other_symptom"),
    # "them", and the subject left out with a time: "i've got them", "got them now"
    ("do the shots leave little bumps?", "ive got them all over my forehead", "routine", "bumps"),
    ("are bruises normal after botox?", "yeah got them now", "routine", "bruising"),
    # a symptom asked about, then said to be worse than before (not asked, nothing else named): the patient's, worse
    ("is a headache after botox normal?", "its way worse today than yesterday", "urgent", "severe_headache"),
    ("el dolor de cabeza despues del botox es normal?", "hoy esta peor que ayer", "urgent", "severe_headache"),
    ("¿será normal que duela la cabeza con el botox?", "pues hoy esta peor", "urgent", "severe_headache"),
    # ... or to have happened lately, a recent time or a count said (round 87)
    ("can neck botox make drinks go down the wrong way?", "asking since that happened to me 3 times at dinner",
     "emergency", "trouble_swallowing"),
    ("¿el botox puede hacer que se caiga el párpado?", "pues a mí me pasó eso anoche", "urgent", "drooping"),
])
def test_a_symptom_asked_about_then_said_to_be_happening_is_reported(question, answer, level, symptom):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(answer), answer, [question])
    assert together is not None and together.level == level and symptom in together.symptoms


def unrecognised(text: str) -> dict:
    """What the red-flag component makes of a report the classifier calls routine and the rules find nothing in:
    the fail-safe "call the clinic", marked as such."""
    parse_data = parse(text, "report_urgent")
    parse_data["triage_basis"] = "unrecognised"
    return parse_data


@pytest.mark.parametrize("question, answer, intent", [
    # only saying the routine symptom just asked about is happening: its reassurance, not the fail-safe call
    ("is a headache normal after botox?", "mine started this morning, pretty mild", "report_routine"),
    ("¿es normal que salgan moretones?", "si tengo uno chiquito desde ayer", "report_routine"),
    # where it is does not make it another symptom
    ("do bruises happen after botox?", "i have two little ones on my forehead since today", "report_routine"),
    ("¿el botox puede dejar moretones?", "tengo dos chiquitos en el entrecejo de ayer", "report_routine"),
    # why it was asked, since the appointment, and that it does not hurt (round 48)
    ("¿el botox deja moretones?", "xq a mi me salio uno hoy en la ceja, no me duele", "report_routine"),
    ("do bruises happen with botox?", "got a small one by my eyebrow from my appointment yesterday, doesn't hurt",
     "report_routine"),
    # the day since the treatment and a score in the mild band of the 0-10 scale (round 88); not a higher score
    ("is a headache normal after botox?", "well i have one, day 3, it's mild, like a 2/10", "report_routine"),
    ("¿es normal que duela la cabeza?", "si tengo uno, dia 2, como un 3 de 10", "report_routine"),
    ("is a headache normal after botox?", "well i have one, day 3, like an 8/10", "report_urgent"),
    # any other word may be a symptom the rules do not know: the call stands
    ("is a headache normal after botox?", "mine started this morning, plus my ear keeps ringing", "report_urgent"),
    ("¿es normal que salgan moretones?", "si tengo uno y se me duerme el cachete", "report_urgent"),
    # a red flag asked about is never lowered
    ("can botox make your eyelid droop?", "i think i have that", "report_urgent"),
])
def test_the_fail_safe_call_after_a_question_becomes_the_routine_symptom_said_to_be_happening(question, answer,
                                                                                             intent):
    history = tracker(UserUttered(question, intent={"name": "faq", "confidence": 0.9}), answered("utter_faq"))
    parse_data = unrecognised(answer)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent


@pytest.mark.parametrize("earlier, text, level", [
    # a short question about what was just reported is answered at that report's level
    ("a small bruise by my left eyebrow since this morning", "and when will it fade?", "routine"),
    ("me salió un moretoncito en la frente", "cuánto tiempo tarda en quitarse?", "routine"),
    ("my right brow is sitting lower since the shots", "will it get better on its own?", "urgent"),
    ("veo doble desde ayer", "se me va a quitar sola?", "urgent"),
    # whether it is normal or to call (round 37)
    ("woke up with a slight headache after yesterday's botox", "is this normal or should i call?", "routine"),
    ("me salió un dolorcito de cabeza leve", "¿es normal o los llamo?", "routine"),
    ("my right brow is sitting lower since the shots", "is that normal?", "urgent"),
    ("what is botox made of?", "is that normal?", None),
    # a question only about "that" after a report asks about it (round 51)
    ("my left eyelid is drooping since tuesday", "is that going to be a problem?", "urgent"),
    ("tengo un moretoncito en la frente", "¿eso afecta el resultado?", "routine"),
    # whether to worry or come in about it, or what to put on it (round 41)
    ("one small bruise near my temple from the needle", "should i be worried about it?", "routine"),
    ("tengo rojito donde me inyectaron y me duele poquito", "ok entonces no tengo que ir a la clinica?", "routine"),
    ("tengo un moretoncito en la frente", "me tengo que preocupar?", "routine"),
    ("a tiny bruise by my eyebrow", "so an ice pack is fine for it?", "routine"),
    ("my left eyelid is lower than the right since tuesday", "so i don't need to come in?", "urgent"),
    ("se me cayo el parpado desde ayer", "es grave?", "urgent"),
    ("what is botox made of?", "should i worry?", None),
    ("cuanto cuesta el botox", "me debo preocupar?", None),
    # how long until it goes (round 46's conversation review)
    ("a few little red bumps where the needle went in", "how long until they go away?", "routine"),
    ("tengo unos puntitos rojos donde me inyectaron", "cuando se me quitan?", "routine"),
    ("my eyelid is drooping since friday", "how long till it goes away?", "urgent"),
    ("what is botox made of?", "how long until it goes away?", None),
    # what else to do for it, after ice (round 56)
    ("small bruise under my eye from the needle", "i already tried an ice pack and it's no different, anything else i can do?", "routine"),
    ("me salio un moreton en la ceja", "ya le puse compresas frias y esta igual, que mas le hago?", "routine"),
    ("my brow is drooping since monday", "is there anything else i can do?", "urgent"),
    ("what is botox made of?", "anything else i can do?", None),
    # two or more such questions in a row (round 84); not when one asks about something else
    ("tiny bruise by my eyebrow since this morning", "should i worry? when does it fade?", "routine"),
    ("un poco de dolor donde me picaron", "es normal? se quita solo?", "routine"),
    ("my left brow is lower than the right since friday", "is that normal? will it go away on its own?", "urgent"),
    ("tiny bruise by my eyebrow since this morning", "is that normal? how long does botox last?", None),
    ("what is botox made of?", "is that normal? how long till it goes away?", None),
    # not when it names something else, nothing was reported, or the report was denied
    ("a small bruise by my left eyebrow since this morning", "how long does botox last?", None),
    ("what is botox made of?", "how long does it last?", None),
    ("no bruising at all, all good", "how long does it take to go away?", None),
    ("my eyelid drooped for a day but it's gone now", "how long does it last?", None),
])
def test_a_question_about_the_last_report_is_answered_at_its_level(earlier, text, level):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, [earlier])
    assert (together.level if together else None) == level


@pytest.mark.parametrize("earlier, text, guessed, intent", [
    # only when it came and how it is going, after a routine report: that report's reassurance again
    ("and theres a tiny bit of bruising", "it showed up wednesday and its already fading", "report_urgent",
     "report_routine"),
    ("ive got a little bruise from the shots", "noticed it this morning, the appointment was yesterday afternoon",
     "book_appointment", "report_routine"),
    ("today i feel a little flu-ish and achy", "no fever", "report_urgent", "report_routine"),
    ("tengo un moradito al lado del ojo", "salió el miércoles y ya se está aclarando", "report_urgent", "report_routine"),
    ("me salió un cardenal por el bótox", "desde esta mañana, me lo pusieron ayer", "report_urgent", "report_routine"),
    # the day since, and a bruise fading to yellow, or its colours alone after a bruise (round 76: "does it hurt")
    ("tengo un moretón en la frente desde el botox", "día 4, ya está más clarito y verdoso", "faq", "report_routine"),
    ("got a bruise by my eyebrow from the shots", "day 5 now, fading and kinda yellow", "goodbye", "report_routine"),
    ("got a bruise by my eyebrow from the shots", "it's turning green and yellow", "goodbye", "report_routine"),
    # since leaving the appointment, what it is like, no swelling elsewhere, nothing spreading (round 77: "call the
    # clinic" and a goodbye)
    ("me duele un poco la cabeza", "desde q sali de la cita, leve, ya me tome un paracetamol", "report_urgent",
     "report_routine"),
    ("my forehead is a little swollen where they injected", "like tiny puffs, no swelling around my eyes or lips",
     "goodbye", "report_routine"),
    ("little bumps where the needles went", "nothing spreading", "report_urgent", "report_routine"),
    ("hoy estoy como con el cuerpo cortao", "no, fiebre no tengo", "report_urgent", "report_routine"),
    # when they did it, a shrug, nothing else, what it does not do, a bare "no" opening the reply (round 79: "call the
    # clinic", "say that another way", a goodbye)
    ("my forehead is a bit tender", "since this evening when the nurse did it", "report_urgent", "report_routine"),
    ("got a mild headache tonight", "no it isnt getting worse, just meh", "goodbye", "report_routine"),
    ("me duele tantito la cabeza", "leve, 2/10, desde que me lo pusieron, no tengo nada mas", "report_urgent",
     "report_routine"),
    ("me salieron unas bolitas en la frente", "no, no me duelen ni nada, son donde me picaron", "faq", "report_routine"),
    # ... never a high score, nor a new sign
    ("me duele tantito la cabeza", "no, 8/10, desde que me lo pusieron", "report_urgent", "report_urgent"),
    # anything else in it, or no routine report before: the answer stands
    ("and theres a tiny bit of bruising", "it showed up wednesday, and my ear rings", "report_urgent", "report_urgent"),
    ("and theres a tiny bit of bruising", "it showed up wednesday and now i see double", "report_urgent",
     "report_urgent"),
    ("how long does botox last?", "it showed up wednesday", "report_urgent", "report_urgent"),
    ("feeling a bit flu-ish", "102", "report_urgent", "report_urgent"),
    ("a small bruise", "911?", "report_urgent", "report_urgent"),
    ("a small bruise", "no better", "report_urgent", "report_urgent"),
    ("a small bruise", "and now", "report_urgent", "report_urgent"),
    ("un moretoncito en la frente", "no se está quitando", "report_urgent", "report_urgent"),
    ("medio agripada", "fiebre no tenía pero ahora sí", "report_urgent", "report_urgent"),
    ("my eyelid is drooping", "it showed up wednesday", "report_urgent", "report_urgent"),
    # a colour alone after a bump is no detail (a yellow head is pus)
    ("a little bump where they injected", "it's yellowish now", "report_urgent", "report_urgent"),
    # a bruise compared with before and still there, its colour beside (round 83); after a bump the colour is no detail
    ("checking in about the bruise by my brow", "smaller than yesterday but still there, sort of greenish now",
     "report_urgent", "report_routine"),
    ("a little bump where they injected", "smaller than yesterday but still there, sort of greenish now",
     "report_urgent", "report_urgent"),
])
def test_when_and_how_a_routine_symptom_came_gets_its_reassurance_again(earlier, text, guessed, intent):
    history = tracker(UserUttered(earlier, intent={"name": "report_routine", "confidence": 0.9}),
                      answered("utter_triage_routine"))
    parse_data = parse(text, guessed)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent


@pytest.mark.parametrize("earlier, text, guessed, intent, topic", [
    # after a routine report, how long it lasts: the reassurance again, then the FAQ on the common effects and how long
    # each lasts (the `faq_topic` entity, said by action_triage_report); make-up or a painkiller on it: that FAQ alone,
    # not the same reassurance again (round 47)
    ("tiny red bumps on my cheek since the shots", "how long will they stay?", "faq", "report_routine",
     "common_effects"),
    ("me salio un moretoncito en la frente", "y cuanto tiempo me va a durar?", "report_routine", "report_routine",
     "common_effects"),
    ("a small bruise by my eyebrow", "can i put concealer over it?", "faq", "faq", "aftercare_makeup"),
    ("tengo un morete chiquito en la sien", "le puedo poner maquillaje encima?", "report_routine", "faq",
     "aftercare_makeup"),
    ("a mild headache since this morning's botox", "can i take tylenol for it?", "faq", "faq", "aftercare_painkillers"),
    # whether it is normal or to call: the reassurance alone; after a red flag: that red flag's answer again
    ("a small bruise by my eyebrow", "is that normal?", "faq", "report_routine", None),
    ("my eyelid is drooping since friday", "how long will it last?", "faq", "report_urgent", None),
    ("se me cayo el parpado desde ayer", "le puedo poner maquillaje encima?", "faq", "report_urgent", None),
    # no report before it, or a symptom of its own: the classifiers' answer stands
    ("what is botox made of?", "how long will they stay?", "faq", "faq", None),
    ("a small bruise by my eyebrow", "can i take tylenol for my blurry vision?", "report_urgent", "report_urgent", None),
])
def test_a_question_about_a_routine_report_gets_the_faq_that_answers_it(earlier, text, guessed, intent, topic):
    history = tracker(UserUttered(earlier, intent={"name": "report_routine", "confidence": 0.9}),
                      answered("utter_triage_routine"))
    parse_data = parse(text, guessed)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent
    chosen = ((parse_data.get("response_selector") or {}).get("faq") or {}).get("response") or {}
    said = [e["value"] for e in parse_data["entities"] if e["entity"] == rasa_patches.FAQ_TOPIC]
    if intent == "faq" and topic:
        assert chosen.get("intent_response_key") == f"faq/{topic}"
    else:
        assert said == ([topic] if topic else [])


def test_every_routine_report_faq_is_an_answer_of_the_content():
    # a clinician may add a topic to the follow-up cues' `routine_report_faqs`: it must name an existing answer
    import yaml
    from pathlib import Path
    from addons.nlu.red_flags import CUES
    answers = {key for path in (Path(__file__).resolve().parent.parent / "content").glob("*.yml")
               for key in (yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {})}
    assert CUES.routine_report_faqs and {f"utter_faq/{topic}" for topic in CUES.routine_report_faqs} <= answers


def test_the_conversation_reads_the_last_three_messages():
    # a routine report, then where and "no fever", then "just checking": the report's answer again (round 47's
    # conversation review; two earlier messages did not reach the report)
    history = tracker(UserUttered("small bruise on my temple from yesterday's botox",
                                  intent={"name": "report_routine", "confidence": 0.9}), answered("utter_triage_routine"),
                      UserUttered("left side", intent={"name": "report_routine", "confidence": 0.9}),
                      answered("utter_triage_routine"),
                      UserUttered("no fever", intent={"name": "report_routine", "confidence": 0.9}),
                      answered("utter_triage_routine"))
    parse_data = parse("just checking", "goodbye")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_routine"
    assert conversation.earlier_user_texts(history) == ["small bruise on my temple from yesterday's botox", "left side",
                                                        "no fever"]


@pytest.mark.parametrize("earlier, text, level", [
    # one sentence split over two texts (round 47): the piece before and this one read together
    (["got botox this morning", "throat"], "feels tight and closing up", "emergency"),
    (["me hice botox ayer", "el ojo"], "se me esta cayendo", "urgent"),
    (["can botox", "make your"], "throat close up?", None),
    # (over three texts, or a longer piece that ends mid-sentence)
    (["her tongue is", "getting"], "really big since the shots", "emergency"),
    (["desde ayer no puedo"], "levantar bien el parpado", "urgent"),
    # a place, a size, or only checking, after a routine report: its answer again
    (["bruising"], "only a little one by my temple", "routine"),
    (["moretones"], "uno chiquito cerca de la ceja nomas", "routine"),
    (["tengo unas bolitas donde me inyectaron"], "no tengo fiebre ni nada mas, solo preguntaba", "routine"),
    (["a couple of small bumps at the injection spots"], "no fever, nothing else, i'm just asking", "routine"),
    # (how big, unchanged, or a red flag denied, over up to three texts)
    (["a tiny bruise by my brow", "left side", "no fever"], "just checking", "routine"),
    (["tengo un moretoncito junto al ojo", "como del tamaño de una lenteja"], "igual que ayer", "routine"),
    (["a little sore where they injected"], "not having any trouble breathing or swallowing", "routine"),
    (["a little sore where they injected"], "not having any trouble breathing but my lips feel puffy", None),
    # the last sentence of a longer message is a piece of one with the next texts (round 61)
    (["had botox in my neck on friday. having a hard time"], "breathing", "emergency"),
    (["had botox in my neck on friday. having a hard time", "breathing"], "since last night, getting worse", "emergency"),
    (["me pusieron botox el lunes. desde ayer no puedo"], "abrir bien el ojo", "urgent"),
    # ... a whole sentence before it is not ("my eyelid is fine. throat" then "sore from a cold")
    (["had botox on friday. the bruise is fading"], "thanks, bye", None),
    # "worse" alone, after a report, is that report getting worse
    (["small headache since the shots", "since tuesday"], "worse", "urgent"),
    (["me duele la cabeza desde el botox"], "peor", "urgent"),
    # a size told as a likeness, "no, nothing else", and a corrected day, after a routine report: its answer again
    (["small bruise on my cheek from the shots"], "about like a dime", "routine"),
    (["me salio un moreton en la frente", "como una monedita de 5 centavos"], "no, nada mas", "routine"),
    (["a little red where they injected on tuesday"], "oh correction, it was monday not tuesday", "routine"),
    # ... and after a red flag, its own level
    (["my eyelid is drooping since the shots"], "oh correction, it was monday not tuesday", "urgent"),
    # what was taken for it and that it eases, after a routine report (round 62)
    (["tengo dolor de cabeza leve"], "me tome un paracetamol y ya se me esta quitando", "routine"),
    (["slight headache since this morning"], "took an advil, the advil helped", "routine"),
    (["slight headache since this morning"], "took an advil but now i see double", None),
    # "mine is mild" after a question about a routine effect: it is happening, at that level
    (["does botox give you a headache?"], "mine is mild", "routine"),
    (["can botox make your eyelid droop?"], "mine is slight", "urgent"),
    # a symptom told of last time, then said to have come again, not asked: reported now, at its level (round 63)
    (["la vez pasada me quedo un moreton chiquito"], "y esta vez otra vez, en el mismo lugar", "routine"),
    (["last time my left brow dropped for a month"], "got it again this time, same side", "urgent"),
    (["last time my left brow dropped for a month"], "could that happen again?", None),
    (["my eyelid drooped after my last botox"], "I want to book again", None),
    # details of a routine report with a question on a remedy for it: its answer again (round 64)
    (["tengo un moreton en la frente desde el botox"], "igual que ayer, chiquito. ¿le pongo arnica?", "routine"),
    (["tengo un moreton en la frente desde el botox"], "igual que ayer. ¿le pongo arnica? y veo doble", None),
    # ... and a short whole sentence before a question is not a piece of it
    (["I'm a singer"], "can botox in the neck change my voice?", None),
    (["soy maestra"], "el botox me puede dejar ronca?", None),
    # when, how it is going, how strong or which side, over the last two messages, at the report's own level
    (["my head hurts a bit since the shots", "mild"], "since yesterday, its getting better", "routine"),
    (["me duele la cabeza desde el botox", "poquito"], "desde ayer, ya va mejorando", "routine"),
    (["my eyelid is drooping"], "the left one", "urgent"),
    (["se me nubla la vista desde el botox", "borroso"], "los dos, desde esta mañana", "urgent"),
    (["it's hard to swallow since yesterday"], "since last night, both", "emergency"),
    # how it feels: soft, barely hurts (and a bump told as hard now is worse: `worsening`)
    (["tengo una bolita donde me inyectaron", "del lado izquierdo"], "blandita y casi no duele", "routine"),
    (["i have a small bump where they injected", "since friday"], "its rock hard now", "urgent"),
    (["tengo un bultito en la ceja del piquete"], "ya se siente durito", "urgent"),
    # that this was all, why they wrote, or what they took for it (round 45): the report's answer again
    (["had botox tuesday", "a few red marks where the needle went"], "thats all, was just checking", "routine"),
    (["my left eyelid droops since yesterday"], "nothing else, just needed to ask", "urgent"),
    (["me hice botox ayer", "tengo un moretoncito"], "eso es todo", "routine"),
    (["the spots are a little sore"], "nope no fever or anything like that", "routine"),
    (["me duele un poco donde inyectaron"], "sin fiebre ni nada", "routine"),
    (["headache since my botox this morning"], "mild, took an advil, a bit better now", "routine"),
    (["dolor de cabeza desde el botox"], "leve, me tome un paracetamol", "routine"),
    (["a small bruise by my eye"], "put an ice pack on it, feeling better", "routine"),
    (["tengo un moretoncito en el cachete"], "me puse hielo, ya esta mejor", "routine"),
    (["my lips are swelling"], "took a benadryl, im a bit better", "emergency"),
    # the size, a corrected place, the temperature normal, the red flags' signs denied (round 54)
    (["got a bruise from my botox"], "it's small", "routine"),
    (["a bruise on my cheek from the shots"], "sorry, not my cheek, it's by my eye, about the size of a dime", "routine"),
    (["i feel a little achy and flu-ish since yesterday's botox"], "temperature is normal", "routine"),
    (["i feel a little achy and flu-ish since yesterday's botox"], "no trouble swallowing or breathing, eyesight is fine",
     "routine"),
    (["me salieron bolitas donde me inyectaron"], "ya se estan bajando solitas, son pequeñitas", "routine"),
    (["me siento un poco agripada desde el botox"], "respiro y trago bien", "routine"),
    # the injection sites said as such, "solo", and "tengo uno chiquito" after a symptom asked or told (round 55)
    (["tengo un poco inchado"], "solo en los piquetitos, poquito", "routine"),
    (["my forehead is a bit puffy"], "just where she injected, nothing else", "routine"),
    (["¿es normal tener moretones?"], "es q tengo uno chiquito en la sien", "routine"),
    # a denial next to a sign no list knows is not a detail: read on its own
    (["i have a small bruise"], "no trouble breathing, but my cheek feels numb", None),
    # nothing reported before it, or something else between
    (["how long does botox last?"], "thats all, was just checking", None),
    # a closing turn that names a new symptom is not only details: it is read on its own ("my lips are swelling")
    (["a small bruise by my eye"], "thats all, but now my lips are swelling", None),
    (["how long does botox last?"], "both", None),
    (["a small bruise", "how long does botox last?"], "mild", None),
    (["my eyelid is drooping"], "the left one?", None),
    # a short thanks is a whole message, not the start of the next one's sentence
    (["what are the side effects?", "ok thanks"], "and is losing bladder control one of them?", None),
    (["my lips are"], "swelling up", "emergency"),
    # "already" after how it is going is a detail too (round 89)
    (["little red dots where the needle went in this morning"], "they're getting smaller already", "routine"),
    # ... and "both things" after a report of one of two parts (round 89 review)
    (["no se si se me bajo el parpado o la ceja, desde ayer se ve raro"], "las dos cosas", "urgent"),
])
def test_short_texts_read_together_pieces_details_worse_and_again(earlier, text, level):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, earlier)
    assert (together.level if together else None) == level


@pytest.mark.parametrize("text, prompted, level", [
    # a word or two answering what the patient notices: what is hard to do, or what is seen (round 64)
    ("Tragar.", True, "emergency"),
    ("Borroso.", True, "urgent"),
    ("swallowing", True, "emergency"),
    # ... not an answer with nothing in it, and not without the question just asked
    ("nada", True, None),
    ("ok", True, None),
    ("Tragar.", False, None),
])
def test_a_short_reply_to_what_the_patient_notices_is_read_as_a_symptom(text, prompted, level):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, ["me siento rara desde el botox"], prompted)
    assert (together.level if together else None) == level


@pytest.mark.parametrize("earlier, text, level, symptoms", [
    # "both" after the patient's own doubt between two functions: both are had, each read as what is hard (round 89)
    ("la garganta se me siente extraña desde la aplicacion, no se si al tragar o al respirar", "las dos cosas",
     "emergency", ["trouble_breathing", "trouble_swallowing"]),
    ("my eye feels off since botox, not sure if it's blurry or double", "both of them", "urgent", ["vision_change"]),
    # ... not after alternatives that are no signs, nor after a question without the doubt
    ("i'm booked thursday, not sure if it's the frown lines or the forehead", "both", None, []),
    ("does botox affect swallowing or breathing?", "both", None, []),
])
def test_both_after_a_doubt_between_two_signs_reads_both(earlier, text, level, symptoms):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, [earlier])
    assert (together.level if together else None) == level
    assert (sorted(together.symptoms) if together else []) == symptoms


@pytest.mark.parametrize("earlier, text, asked", [
    ("can botox give you a headache", "how long does it usually last if you get one", ["headache"]),
    ("¿el botox puede dar visión borrosa?", "y cuanto dura si me pasa", ["vision_change"]),
    ("what are the signs of hives from botox", "if it ever happens to me do i call you or go to urgent care?",
     ["hives_or_rash"]),
    ("can botox give you hives?", "when that happens to you, do you go to the ER?", ["hives_or_rash"]),
    # no condition, a report, or nothing asked before
    ("can botox give you a headache", "how long does botox last", []),
    ("can botox give you a headache", "if i get one i'll call, but i have one now and my eyelid droops", []),
    ("how long does botox last", "how long does it last if you get one", []),
])
def test_a_condition_that_the_effect_asked_about_happens_names_it(earlier, text, asked):
    from addons.nlu import follow_up
    assert follow_up.asked_if_it_happens(text, [earlier]) == asked


@pytest.mark.parametrize("text, asks", [
    ("a coworker had that happen. how long does it usually last?", True),
    ("¿y cuánto dura eso normalmente?", True),
    ("how long until it wears off?", True),
    # Botox named, or a report beside the question
    ("how long does botox last?", False),
    ("how long does it last? my eyelid is drooping since monday", False),
])
def test_a_question_on_how_long_it_lasts_is_told_from_one_that_names_botox_or_reports(text, asks):
    from addons.nlu import follow_up
    assert follow_up.asks_how_long_it_lasts(text) is asks


def test_the_classifiers_own_urgent_guess_is_not_lowered_by_an_answer_to_a_question():
    history = tracker(UserUttered("is a headache normal after botox?", intent={"name": "faq", "confidence": 0.9}),
                      answered("utter_faq"))
    parse_data = parse("mine started this morning, pretty mild", "report_urgent")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_urgent"


@pytest.mark.parametrize("question, answer", [
    ("can botox cause droopy eyelids?", "no i don't have that, just curious"),
    ("can botox cause droopy eyelids?", "i have one on thursday, just checking"),
    ("can botox cause droopy eyelids?", "i have it booked for next week"),
    ("¿el botox puede dar moretones?", "no tengo eso, solo preguntaba"),
    ("¿el botox puede dar moretones?", "tengo una pregunta más"),
    # understood, a question of their own, a worry, an event, a family member: not a report
    ("can botox cause droopy eyelids?", "got it, thank you"),
    ("can botox cause droopy eyelids?", "i have the same question actually"),
    ("can botox cause droopy eyelids?", "haha that's me overthinking again"),
    ("¿el botox puede dar moretones?", "tengo una fiesta el sábado"),
    ("¿el botox puede dar moretones?", "tengo una sobrina que también quiere"),
    ("can botox cause droopy eyelids?", "i don't think that's what's happening to me"),
    ("can botox cause droopy eyelids?", "mine is booked for the 12th, just wondering"),
    ("can botox cause droopy eyelids?", "mine never started drooping, my friend's did"),
    # the treatment's effect beginning, or questions counted
    ("how long does botox take to work?", "mine started working today"),
    ("cuanto tarda en hacer efecto?", "el mio empezo a hacer efecto hoy"),
    ("can botox cause headaches?", "i have 2 questions actually"),
    ("¿el botox puede causar problemas para respirar?", "a mi me empezo a hacer efecto a la semana"),
    ("can botox make it hard to swallow?", "hers started mild, the results i mean, she loved them"),
    ("¿puede dar dolor de cabeza el botox?", "a mi me salio caro pero valio la pena"),
    ("are bruises normal after botox?", "i have them booked for next week, the kids i mean"),
    ("are bruises normal after botox?", "i have them at home so i cant come in"),
    ("can botox cause bruising?", "thanks, my acne is worse today though"),
    ("is a headache after botox normal?", "will it get worse?"),
    # the safety review's probes: something else worse, understood, a history, a habit
    ("is a headache after botox normal?", "the weather is worse today than yesterday lol"),
    ("¿puede dar ronchas?", "ok, el trafico esta cada vez peor jaja"),
    ("can botox cause trouble swallowing?", "ok got it now thanks"),
    ("can botox trigger seizures?", "i have them sometimes, im epileptic"),
    ("do bumps after botox go away?", "its so hard not to touch them lol"),
    # had long ago, or only supposed
    ("can botox make your eyelid droop?", "that happened to me back in 2019, before i moved"),
    ("can botox make your eyelid droop?", "and if that happened to me again would it last long?"),
])
def test_a_denial_or_an_appointment_after_a_question_reports_nothing(question, answer):
    from addons.nlu import follow_up, red_flags
    assert follow_up.with_context(red_flags.assess(answer), answer, [question]) is None


@pytest.mark.parametrize("earlier, text, level", [
    # a short answer right after a question about a symptom says the patient has it (the round-44 conversation review)
    ("can botox make it hard to swallow?", "cuz i do", "emergency"),
    ("what happens if your throat closes up", "mine is closing", "emergency"),
    ("does botox make your eyelid droop?", "yeah mine does", "urgent"),
    ("se le puede caer el parpado a uno con el botox?", "a mi ya se me cayo", "urgent"),
    ("does botox give you hives?", "i got some rn", "urgent"),
    # ... not a question back, a denial or thanks
    ("does botox make your eyelid droop?", "what do i do then", None),
    ("does botox make your eyelid droop?", "i do not", None),
    ("does botox make your eyelid droop?", "ok thank you", None),
    # a part named, its fall told in the next message; "ta peor" in texting
    ("siento raro el parpado", "ya se me esta cayendo", "urgent"),
    ("me salio un moreton", "ta peor", "urgent"),
    # the worst of one's life after a headache, in the words of policy/follow_up_cues.yml, both languages
    ("me duele la cabeza desde ayer", "nunca había sentido algo así", "emergency"),
    ("I have a headache since the shots", "never felt one like this, worst of my lifetime", "emergency"),
    # denied: not the superlative, and not worse
    ("I have a headache since the shots", "it's nothing like the worst headache ever", None),
    ("tengo un moretón chiquito", "no se ha puesto mas rojo ni mas grande", None),
])
def test_the_follow_up_cues_read_a_message_with_the_last_one(earlier, text, level):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, [earlier])
    assert (together.level if together else None) == level


# a bad follow-up cues file stops start-up with the key and index named: (file text, error)
OTHER_KEYS = ("superlative: [x]\nnot_superlative: [x]\nplea: [x]\nroutine_affirmation_words: [x]\nreport_places: [x]\n"
              "about_last_report: [x]\nroutine_report_faqs: {common_effects: [x]}\n"
              "report_details: [x]\ndetail_fillers: [x]\nbruise_colours: [x]\nif_it_happens: [x]\nwhom_to_call: [x]\nsaid_of_it: [x]\n"
              "side_effect_asked: [x]\nunfinished_ends: [x]\nhow_long_it_lasts: [x]\nelliptical: [x]\nanaphoric: [x]\n"
              "swapped_topics: [injection_areas]\naside_answers: [utter_greet]\nacknowledgements: [x]\nnot_working_yet: [x]\nfeeling_words: [x]\n"
              "other_treatment: [x]\nbotox_named: [x]\ntreatment_only: [x]\nbooking_time: [x]\n"
              "medicine_only: [x]\nmedicine_bearing: [x]\nagain: [x]\nwhole_clauses: [x]\nstop_it: [x]\nperson_asked: [x]\nprompt_framings: ['x {}']\nremedy_for_it: [x]\n"
              "corrections: [x]\nnothing_happening: [x]\nmoved_elsewhere: [x]\npart_corrected: [x]\nonly_this: [x]\ngoes_on: [x]\nasked_ahead: [x]\ncannot_describe: [x]\n"
              "pregnancy_only: [x]\ncondition_only: [x]\nsame_could_happen: [x]\ntopic_words: {pregnancy_breastfeeding: [x]}\n"
              "checklist_denied: [x]\nchecklist_affirmed: [x]\nlate_time: [x]\nlate_onset: [x]\nasks_to_book: [x]\nbooking_words: [x]\n"
              "checklist_poor: [x]\nfever_reading: [x]\nfever_condition: [x]\nlate_not: [x]\nsigns_fine: [x]\ncomparison: [x]\npushback: [x]\ntreats_it: [x]\nsafety_topics: [side_effects]\nown_or_now: [x]\n"
              "before_treatment_signs: [infection_signs]\ntreatment_ahead: [x]\ntreatment_had: [x]\nasks_opener: [x]\n"
              "treatment_targets: {therapeutic_uses: [x]}\nsafety_subjects: [neuromuscular]\nallowed_asked: [x]\ntold_now: [x]\n"
              "placeholders: {site: x, sitio: x}\n"
              "never_treated: [x]\nbefore_treatment_words: [x]\ntold_going_on: [x]\nhypothetical_start: [x]\n"
              "unrelated_question: [x]\ntreats_told: [x]\nasked_beside_report: [aftercare_makeup]\nboth_replies: [x]\n"
              "unsure_which: [x]\n")
BAD_CUES_FILES = [
    ("worsening: ['worse']\n", r"missing key 'not_worsening'"),
    ("worsening: ['(worse']\nnot_worsening: [x]\n" + OTHER_KEYS,
     r"worsening\[0\]: not a valid regular expression"),
    ("worsening: ['worse', '(really )?']\nnot_worsening: [x]\n" + OTHER_KEYS,
     r"worsening\[1\]: matches an empty message"),
    ("worsening: [x]\nnot_worsening: []\n" + OTHER_KEYS,
     r"not_worsening: must be a non-empty list"),
    ("worsening: [x]\nnot_worsening: [x]\n" + OTHER_KEYS + "pleas: [x]\n",
     r"pleas: unknown key"),
    ("worsening: [x]\nnot_worsening: [x]\n" + OTHER_KEYS.replace("swapped_topics: [injection_areas]", "swapped_topics: []"),
     r"swapped_topics: must be a non-empty list of names"),
    ("worsening: [x]\nnot_worsening: [x]\n" + OTHER_KEYS.replace("topic_words: {pregnancy_breastfeeding: [x]}",
                                                                  "topic_words: [x]"),
     r"topic_words: must map FAQ topics to lists"),
    ("worsening: [x]\nnot_worsening: [x]\n" + OTHER_KEYS.replace("placeholders: {site: x, sitio: x}",
                                                                  "placeholders: {site: ''}"),
     r"placeholders: must map names to alternations"),
    ("worsening: [x]\nnot_worsening: [x]\n" + OTHER_KEYS.replace("treatment_only: [x]", "treatment_only: [x, 'y {place}']"),
     r"treatment_only\[1\]: unknown placeholder \{place\}"),
]


@pytest.mark.parametrize("text, asked", [
    # a headache asked about as something Botox causes, in the words of the follow-up cues' `side_effect_asked`
    ("does botox ever trigger migraines", True),
    ("would i end up with a headache afterwards", True),
    ("el botox me daria dolor de cabeza?", True),
    # a headache history asked about as a reason for treatment
    ("i get migraines every week, is botox an option", False),
    ("my headaches are bad most days, would botox help", False),
])
def test_a_headache_asked_as_a_side_effect_is_told_from_a_headache_history(text, asked):
    from botox_clinic import follow_up_cues
    assert bool(follow_up_cues.CUES.side_effect_asked.search(text)) is asked


@pytest.mark.parametrize("text, error", BAD_CUES_FILES)
def test_a_bad_follow_up_cues_file_stops_start_up_with_the_entry_named(tmp_path, text, error):
    from botox_clinic import follow_up_cues
    bad = tmp_path / "cues.yml"
    bad.write_text(text)
    with pytest.raises(follow_up_cues.PolicyError, match=error):
        follow_up_cues.load(bad)


@pytest.mark.parametrize("text, level", [
    # a short plea after a red flag keeps it: "what do I do??", "¿ya los llamo?"
    ("what do i do??", "urgent"),
    ("ya los llamo?", "urgent"),
    # ... but saying they will call, with a thank-you and no "?", is an answer, not a plea
    ("ok listo, ya los llamo, gracias", None),
])
def test_a_plea_after_a_red_flag_keeps_it_and_a_thank_you_does_not(text, level):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, ["se me cayó un poco el párpado desde el martes"])
    assert (together.level if together else None) == level


@pytest.mark.parametrize("earlier, text, level", [
    # someone else's episode asked about for people in general gets "call the clinic now", then a plea for her makes it
    # hers now: the whole conversation read together
    ("my aunt got botox and her tongue swelled up, how common is that", "what do we do", "emergency"),
    # ... while the patient's own plans after it add nothing
    ("my aunt got botox and her tongue swelled up, how common is that", "i have my appointment monday should i cancel",
     None),
    # a question, then the patient's own: "mine are like that right now"
    ("can botox make your mouth swell up?", "mine is like that right now", "emergency"),
])
def test_a_story_or_a_question_then_hers_or_mine_now(earlier, text, level):
    from addons.nlu import follow_up, red_flags
    together = follow_up.with_context(red_flags.assess(text), text, [earlier])
    assert (together.level if together else None) == level


def guessed(text: str, intent: str, topic: str, confidence: float) -> dict:
    """A parse whose FAQ selector chose `topic` at `confidence`: as its answer when the intent is `faq`, else as its
    guess (`faq_guess`)."""
    parse_data = parse(text, intent)
    choice = {"intent_response_key": f"faq/{topic}", "confidence": confidence}
    if intent == "faq":
        parse_data["response_selector"] = {"faq": {"response": choice, "ranking": [choice]}}
    else:
        parse_data["faq_guess"] = choice
    return parse_data


@pytest.mark.parametrize("last, text, intent, own, confidence, answer", [
    # a follow-up that swaps a body part or a use into the question just answered: that question's answer (round 51)
    ("results_onset", "and for the jaw?", "faq", "injection_areas", 0.8, "results_onset"),
    ("repeat_interval", "¿y para la mandíbula?", "faq", "therapeutic_uses", 0.7, "repeat_interval"),
    ("se_swallow_breathe", "¿y en el cuello por la distonía es más riesgoso?", "faq", "injection_areas", 0.6,
     "se_swallow_breathe"),
    # ... unless it asks a question of its own the selector is sure of
    ("aftercare_alcohol", "what about flying out early tomorrow morning", "out_of_scope", "aftercare_flying", 0.7,
     "aftercare_flying"),
    ("results_onset", "and how much does it cost?", "faq", "cost", 0.95, "cost"),
    # a weak own guess is the question just answered, asked again about something else
    ("se_vision", "¿y si es para la mandíbula también?", "nlu_fallback", "aftercare_rubbing", 0.3, "se_vision"),
    # a use named to narrow the question is a swap too (round 54: "how long does botox last?", "for wrinkles i mean")
    ("how_long_it_lasts", "for wrinkles i mean", "faq", "wrinkles", 0.8, "how_long_it_lasts"),
    # ... but after a question on uses, another use swapped in is its own question ("what conditions can botox
    # treat?", "i've heard about migraines", then "what about jaw clenching and TMJ?")
    ("headaches", "what about jaw clenching and TMJ?", "faq", "therapeutic_uses", 0.8, "therapeutic_uses"),
    # how common "that" is, after a side effect just answered, is about that side effect (round 55)
    ("se_swallow_breathe", "¿y eso a cuánta gente le pasa?", "faq", "how_long_it_lasts", 0.95, "se_swallow_breathe"),
    ("se_eyelid_brow", "how common is that though?", "faq", "side_effects", 0.9, "se_eyelid_brow"),
])
def test_a_follow_up_that_swaps_one_thing_into_the_last_faq_is_answered_on_it(last, text, intent, own, confidence,
                                                                            answer):
    history = tracker(UserUttered("first question", intent={"name": "faq", "confidence": 0.9}),
                      answered(f"utter_faq/{last}"))
    parse_data = guessed(text, intent, own, confidence)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "faq"
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{answer}"


@pytest.mark.parametrize("aside, answer", [
    # one exchange answered with an aside (out of scope, thanks) does not end the thread of questions (round 54)
    ("utter_out_of_scope", "aftercare_alcohol"),
    ("utter_you_are_welcome", "aftercare_alcohol"),
    # ... a triage answer does: the follow-up is its own question
    ("utter_triage_routine", "side_effects"),
])
def test_a_follow_up_after_an_aside_follows_the_faq_before_it(aside, answer):
    history = tracker(UserUttered("can i drink wine after my botox tomorrow?", intent={"name": "faq", "confidence": 0.9}),
                      answered("utter_faq/aftercare_alcohol"),
                      UserUttered("its my bday dinner", intent={"name": "out_of_scope", "confidence": 0.8}),
                      answered(aside))
    parse_data = guessed("what about the night before the appointment?", "faq", "side_effects", 0.4)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{answer}"


def test_two_asides_end_the_thread():
    history = tracker(UserUttered("can i drink wine after my botox tomorrow?", intent={"name": "faq", "confidence": 0.9}),
                      answered("utter_faq/aftercare_alcohol"),
                      UserUttered("its my bday dinner", intent={"name": "out_of_scope", "confidence": 0.8}),
                      answered("utter_out_of_scope"),
                      UserUttered("thanks", intent={"name": "thank", "confidence": 0.9}),
                      answered("utter_you_are_welcome"))
    assert conversation.last_answer_topic(history) is None


@pytest.mark.parametrize("last_action, text, intent", [
    # no FAQ just answered: the message's own reading stands
    ("utter_greet", "and for the jaw?", "faq"),
    # not a follow-up of that kind, or a longer message
    ("utter_faq/results_onset", "what is botox made of", "faq"),
    ("utter_faq/results_onset", "and for the jaw, because i grind my teeth at night and my dentist said it could "
     "help with the headaches i get every single morning", "faq"),
    # a report after an FAQ keeps its triage answer, and thanks stay thanks
    ("utter_faq/se_allergy", "and my lips are swelling up right now", "report_emergency"),
    # ... and a red flag the classifier read as an FAQ is not made the last FAQ's answer (the rules find it)
    ("utter_faq/se_allergy", "and what about my lips, they are swelling up right now", "faq"),
    ("utter_faq/cost", "and thanks so much", "thank"),
    # a follow-up that names a symptom of its own asks about it, not about the last answer's topic
    ("utter_faq/cost", "y si me sale un moreton cuanto tarda en irse?", "faq"),
])
def test_other_messages_after_an_faq_keep_their_own_answer(last_action, text, intent):
    history = tracker(UserUttered("first question", intent={"name": "faq", "confidence": 0.9}), answered(last_action))
    parse_data = guessed(text, intent, "injection_areas", 0.8)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent
    if intent == "faq":
        assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/injection_areas"


def told(text: str, intent: str, guess: str, confidence: float) -> UserUttered:
    """A patient message the assistant did not answer with an FAQ, with the FAQ selector's guess for it."""
    return UserUttered(text, intent={"name": intent, "confidence": 0.9},
                       parse_data={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [],
                                   "faq_guess": {"intent_response_key": f"faq/{guess}", "confidence": confidence}})


@pytest.mark.parametrize("earlier, last_action, text, own, answer", [
    # a question only about "that", after an FAQ answer or after a message whose topic the selector was sure of
    (told("flying to cancun the morning after my appointment", "book_appointment", "aftercare_flying", 0.99),
     "utter_book_appointment", "is that going to mess anything up?", "works_for_everyone", "aftercare_flying"),
    (told("voy a ir al sauna mañana después de la cita", "out_of_scope", "aftercare_exercise", 0.8),
     "utter_out_of_scope", "¿eso afecta el resultado?", "not_working", "aftercare_exercise"),
    (told("i take fish oil every morning", "faq", "medicines", 0.9), "utter_faq/medicines", "is that a problem?",
     "is_it_safe", "medicines"),
    # ... or whether to wait instead (round 91)
    (told("my flight to madrid leaves the day after my appointment", "faq", "aftercare_flying", 0.99),
     "utter_faq/aftercare_flying", "would that be a problem or should i move it?", "aftercare_exercise", "aftercare_flying"),
    (told("tengo boda el sábado y me pongo botox el jueves", "faq", "results_onset", 0.9), "utter_faq/results_onset",
     "¿eso afecta o mejor me espero?", "first_visit", "results_onset"),
    # whether it is safe for the patient, after a condition named (round 72)
    (told("tengo miastenia gravis, me la diagnosticaron en 2019", "faq", "neuromuscular", 0.9), "utter_faq/neuromuscular",
     "¿puedo ponerme botox o es peligroso para mí?", "is_it_safe", "neuromuscular"),
    # ... or asked whether one may have it, whatever answer a classifier chose (round 85); not another question
    (told("my mom has ALS", "faq", "neuromuscular", 0.9), "utter_faq/neuromuscular",
     "could she still get botox for her forehead lines?", "where_to_get", "neuromuscular"),
    (told("my mom has ALS", "faq", "neuromuscular", 0.9), "utter_faq/neuromuscular",
     "how much is botox for the forehead?", "cost", "cost"),
    # a guess the selector was not sure of is no topic: the message keeps its own answer
    (told("flying to cancun the morning after my appointment", "book_appointment", "aftercare_flying", 0.3),
     "utter_book_appointment", "is that going to mess anything up?", "works_for_everyone", "works_for_everyone"),
    # "it" is often Botox itself: a question of its own
    (told("flying to cancun the morning after my appointment", "book_appointment", "aftercare_flying", 0.99),
     "utter_book_appointment", "is it safe?", "is_it_safe", "is_it_safe"),
])
def test_a_question_only_about_that_is_answered_on_the_topic_before_it(earlier, last_action, text, own, answer):
    parse_data = guessed(text, "faq", own, 0.7)
    rasa_patches.apply_context(parse_data, tracker(earlier, answered(last_action)))
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{answer}"


@pytest.mark.parametrize("earlier, answer, text, level", [
    # a message that only adds details to a report keeps that report's answer, over a classifier's 911 guess too: its
    # words are those details, and a 911 directive needs evidence (round 67)
    ("my voice has been hoarse since the botox in my neck", "utter_triage_urgent", "but I can swallow and breathe fine",
     "report_urgent"),
    ("tengo la voz ronca desde el botox", "utter_triage_urgent", "pero trago y respiro bien", "report_urgent"),
    ("small bruise near my eyebrow after botox today", "utter_triage_routine", "drank some water", "report_routine"),
    ("me cuesta tragar desde el botox de ayer", "utter_triage_emergency", "ya tomé agua", "report_emergency"),
    # ... anything else in it keeps the guess
    ("my voice has been hoarse since the botox in my neck", "utter_triage_urgent", "but now I can't breathe",
     "report_emergency"),
])
def test_details_after_a_report_keep_its_level_over_a_911_guess(earlier, answer, text, level):
    parse_data = parse(text, "report_emergency")
    rasa_patches.apply_context(parse_data, tracker(said(earlier), answered(answer)))
    assert parse_data["intent"]["name"] == level


REVIEW_CONVERSATIONS = yaml.safe_load((Path(__file__).resolve().parent / "triage" / "review_conversations.yml").read_text(
    encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", REVIEW_CONVERSATIONS, ids=lambda c: " || ".join(c["turns"])[:80])
def test_review_conversations_keep_their_level(case):
    # a safety review's conversations (round 54): the last message, read with the ones before it
    from addons.nlu import follow_up, red_flags
    *earlier, text = case["turns"]
    alone = red_flags.assess(text)
    together = follow_up.with_context(alone, text, earlier)
    assert (together or alone).level == case["level"]


@pytest.mark.parametrize("last_action, text, intent, answer", [
    # only which treatment and when, after an FAQ answer: that answer again, now about their treatment (round 61)
    ("utter_faq/aftercare_alcohol", "I got my botox done at noon", "book_appointment", "faq/aftercare_alcohol"),
    ("utter_faq/repeat_interval", "frown lines, my last one was about 2 months ago", "nlu_fallback",
     "faq/repeat_interval"),
    ("utter_faq/aftercare_exercise", "me puse botox en la frente hoy", "report_urgent", "faq/aftercare_exercise"),
    # a day or a time after how to book: how to book again
    ("utter_book_appointment", "thursday afternoon if you have room", "faq", "book_appointment"),
    ("utter_book_appointment", "el viernes a las 3 por favor", "faq", "book_appointment"),
    ("utter_book_appointment", "para el martes q viene, es retoque de entrecejo", "faq", "book_appointment"),
    # ... not after another answer, and never over a report
    ("utter_greet", "thursday afternoon if you have room", "faq", "faq/injection_areas"),
    ("utter_faq/aftercare_alcohol", "got my botox at noon and now my eyelid droops", "report_urgent",
     "report_urgent"),
])
def test_a_message_that_only_adds_the_treatment_or_a_time_follows_the_last_answer(last_action, text, intent, answer):
    assert answer_after(last_action, text, intent, "injection_areas") == answer


def answer_after(last_action: str, text: str, intent: str, guess: str) -> str:
    """What `text`, guessed `intent` (its FAQ guess `guess`), is answered with right after the assistant's `last_action`:
    "faq/<topic>" for an FAQ answer, else the intent's name."""
    history = tracker(UserUttered("first question", intent={"name": "faq", "confidence": 0.9}), answered(last_action))
    parse_data = guessed(text, intent, guess, 0.8)
    rasa_patches.apply_context(parse_data, history)
    return answer_given(parse_data)


@pytest.mark.parametrize("last_action, text, intent", [
    # "worse" right after a triage answer the classifier gave alone ("my throat feels weird since the botox": no symptom
    # the rules name): at least "call the clinic", that answer's level when higher (round 69)
    ("utter_triage_urgent", "worse 😩", "report_urgent"),
    ("utter_triage_emergency", "worse now", "report_emergency"),
    ("utter_triage_routine", "much worse 😭", "report_urgent"),
    ("utter_triage_urgent", "peor 😩", "report_urgent"),
    # ... not after another answer, nor asked
    ("utter_faq/se_vision", "worse 😩", "nlu_fallback"),
    ("utter_triage_urgent", "will it get worse?", "nlu_fallback"),
])
def test_worse_after_a_triage_answer_keeps_at_least_its_level(last_action, text, intent):
    history = tracker(said("my throat feels weird since the botox"), answered(last_action))
    parse_data = parse(text, "nlu_fallback")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent


@pytest.mark.parametrize("question, text, topic", [
    # what a question just asked meant: the answer on that side effect, the symptom read in the words alone dropped
    ("could botox mess up my eyes?", "I mean like seeing double?", "se_vision"),
    ("¿el botox puede afectar los ojos?", "o sea tipo ver doble?", "se_vision"),
    ("can botox make my brow drop?", "like a droopy brow?", "se_eyelid_brow"),
])
def test_what_a_question_meant_gets_the_answer_on_that_side_effect(question, text, topic):
    history = tracker(UserUttered(question, intent={"name": "faq", "confidence": 0.9}), answered(f"utter_faq/{topic}"))
    parse_data = parse(text, "report_urgent")
    parse_data["entities"] = [{"entity": "symptom", "value": "vision_change", "start": 0, "end": len(text)}]
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "faq"
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{topic}"
    assert not [e for e in parse_data["entities"] if e["entity"] == "symptom"]


@pytest.mark.parametrize("question, topic, text, intent", [
    ("can botox make my brow drop?", "se_eyelid_brow", "like mine is dropping right now", "report_urgent"),
    # (a report the rules do not read, the classifier's: not a clarification, which is a short question)
    ("is a lump in the throat normal after botox?", "common_effects", "like rn it feels like somethings caught in there",
     "report_emergency"),
])
def test_what_a_question_meant_is_not_read_over_a_report(question, topic, text, intent):
    history = tracker(UserUttered(question, intent={"name": "faq", "confidence": 0.9}), answered(f"utter_faq/{topic}"))
    parse_data = parse(text, intent)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == intent


@pytest.mark.parametrize("last_action, text, intent, answer", [
    # a message that says the question was only a question, after an answer on a side effect or on safety: that
    # answer again (round 69)
    ("utter_faq/se_swallow_breathe", "just curious, nothing's wrong, getting mine in two weeks", "goodbye",
     "faq/se_swallow_breathe"),
    ("utter_faq/side_effects", "pregunto pa saber nomás, todavía no me lo pongo", "thank", "faq/side_effects"),
    ("utter_faq/se_eyelid_brow", "not happening to me, im just anxious about tuesday", "contact_clinic",
     "faq/se_eyelid_brow"),
    # ... not after another answer, not a question of its own, never over a report
    ("utter_faq/cost", "just curious, nothing's wrong", "goodbye", "goodbye"),
    ("utter_faq/se_eyelid_brow", "just curious, how much is it?", "faq", "faq/cost"),
    ("utter_faq/se_eyelid_brow", "not happening to me, well my eyelid is a bit droopy", "report_urgent", "report_urgent"),
])
def test_a_question_said_to_be_only_a_question_gets_its_answer_again(last_action, text, intent, answer):
    assert answer_after(last_action, text, intent, "cost") == answer


@pytest.mark.parametrize("turns, level", [
    # a message that goes on with the sentence before it ("like ...", "como que ..."): read as one (round 69)
    (["my tongue feels off since the shots", "like it's kind of swollen"], "emergency"),
    (["siento la garganta rara", "como que se me está cerrando"], "emergency"),
    (["my throat feels weird since the botox", "like i need to clear it"], "none"),
    # a pain scored severe, or too much to bear, after a pain reported: the worse form
    (["my forehead is sore where they injected", "like 8 out of 10, I can't take it"], "urgent"),
    (["me duele donde me inyectaron", "como un dos de diez"], "routine"),
    # pieces of a sentence, then when: the sentence, not the piece before the time alone (round 72)
    (["my lips are", "swelling up", "this morning"], "emergency"),
    (["my lips are", "swelling up", "since the shots"], "emergency"),
    # a greeting, then a past story and a question: the story, read with the greeting, is still a history (round 80)
    (["buenas", "una vez me puse xeomin y me salio urticaria, me puede pasar con el botox?"], "none"),
    (["hola", "una vez me puse xeomin y me salio urticaria y todavia la tengo"], "urgent"),
])
def test_a_message_that_goes_on_with_the_last_one_is_read_with_it(turns, level):
    from addons.nlu import follow_up, red_flags
    *earlier, text = turns
    alone = red_flags.assess(text)
    assert (follow_up.with_context(alone, text, earlier) or alone).level == level


@pytest.mark.parametrize("earlier, text, intent, answer", [
    # whether what the last message told of the past or of someone else could happen to the patient: the answer on
    # that side effect, not how to book or how often to repeat (round 71)
    ("last year after my botox my right eyelid drooped for about 3 weeks and then went back to normal",
     "I'm booked for next month, could that happen again?", "book_appointment", "faq/se_eyelid_brow"),
    ("my sister's eyelid drooped after her botox last year", "could that happen to me?", "faq", "faq/se_eyelid_brow"),
    ("a mi hermana se le hincharon los labios con el botox hace dos años", "¿a mí me puede pasar lo mismo?", "faq",
     "faq/se_allergy"),
    # ... or a question opening with the supposition that it happens to the patient (round 78)
    ("my cousin got botox and one of her eyebrows drooped", "if that happened to me how long would it take to go away?",
     "faq", "faq/se_eyelid_brow"),
    # "eso" opening it, "tmb" after it, a clause of the patient's own plans beside (round 83)
    ("a mi prima se le cayo la ceja con el botox hace un año", "eso me podria pasar a mi tmb? me lo ponen el martes",
     "nlu_fallback", "faq/se_eyelid_brow"),
    ("a mi amiga se le cayo el parpado con el botox", "si eso me llegara a pasar a mi, ¿cuánto tarda en quitarse?", "faq",
     "faq/se_eyelid_brow"),
    # ... not when the message names a symptom of its own
    ("my sister's eyelid drooped after her botox last year", "could that happen to me? my lip is swollen now",
     "report_emergency", "report_emergency"),
    ("my cousin got botox and one of her eyebrows drooped", "if that happened to me would my eyelid droop too? mine is "
     "drooping now", "report_urgent", "report_urgent"),
])
def test_could_that_happen_again_gets_the_answer_on_what_was_told(earlier, text, intent, answer):
    parse_data = guessed(text, intent, "repeat_interval", 0.7)
    rasa_patches.apply_context(parse_data, tracker(said(earlier), answered("utter_faq/repeat_interval")))
    assert answer_given(parse_data) == answer


@pytest.mark.parametrize("earlier, text, guess, answer", [
    # a question whether Botox treats what the last message told, or that condition told as a history after asking it
    # (round 79: how the effect spreads, "call the clinic")
    ("i have migraines like twice a week", "would botox help?", "faq", "faq/headaches"),
    ("¿el botox quita las migrañas?", "yo tengo migraña casi diario desde hace años", "report_urgent", "faq/headaches"),
    ("my eye keeps twitching for weeks", "can it stop that?", "faq", "faq/therapeutic_uses"),
    # ... not a new, worst or growing headache told after the question
    ("¿el botox quita las migrañas?", "ahorita tengo el peor dolor de cabeza de mi vida", "report_emergency",
     "report_emergency"),
])
def test_whether_botox_treats_what_was_told_gets_the_answer_on_it(earlier, text, guess, answer):
    parse_data = guessed(text, guess, "side_effects", 0.7)
    rasa_patches.apply_context(parse_data, tracker(said(earlier), answered("utter_faq/headaches")))
    assert answer_given(parse_data) == answer


def test_could_that_happen_again_after_a_red_flag_keeps_it_standing():
    # the answer on that side effect, and the red flag the last message reported after it (it stands)
    history = tracker(said("my sister couldn't breathe after her botox", ["trouble_breathing"]),
                      answered("utter_triage_emergency"))
    parse_data = guessed("could that happen to me?", "faq", "repeat_interval", 0.2)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/se_swallow_breathe"
    assert conversation.standing_level(history) == "emergency"


@pytest.mark.parametrize("earlier, answer, text, level", [
    # "fine now, should I still worry?" after a triage answer: that answer again, at its level (round 71)
    ("last night after my botox i felt really faint and had to lie on the floor", "utter_triage_emergency",
     "i'm fine now, nothing else going on. should i still worry?", "report_emergency"),
    ("ayer se me cayo un poco el parpado", "utter_triage_urgent", "ya estoy bien, nada mas. ¿todavía me debo preocupar?",
     "report_urgent"),
])
def test_fine_now_then_should_i_worry_keeps_the_reports_answer(earlier, answer, text, level):
    parse_data = guessed(text, "faq", "not_working", 0.9)
    rasa_patches.apply_context(parse_data, tracker(said(earlier), answered(answer)))
    assert parse_data["intent"]["name"] == level


@pytest.mark.parametrize("earlier, last_action, text, own, answer", [
    # a question about "that" after a clause that names no symptom, or before a short remark (round 71)
    (told("I'm flying home on sunday", "nlu_fallback", "aftercare_flying", 0.96), "utter_ask_rephrase",
     "botox is saturday morning, is that ok?", "is_it_safe", "aftercare_flying"),
    (told("mi mamá sufre de migrañas casi diario", "out_of_scope", "headaches", 0.8), "utter_out_of_scope",
     "¿de verdad el botox sirve para eso? quiere probar", "therapeutic_uses", "headaches"),
    # ... its own topic when the selector is sure of it: the clause names one
    (said("just got botox for my TMJ an hour ago"), "utter_faq/therapeutic_uses",
     "I have a flight tomorrow morning, is that ok?", "aftercare_flying", "aftercare_flying"),
    # a follow-up that names the subject of the answer just given, read by the selector with no sureness of its own
    (said("just found out I'm pregnant!!"), "utter_faq/pregnancy_breastfeeding",
     "had botox 2 weeks ago for my 11s. nothing wrong, just worried about the baby", "not_working",
     "pregnancy_breastfeeding"),
    # being unwell before the first visit, after the answer on it: that answer again, which says to postpone (round 89)
    (said("booked my first botox for next week"), "utter_faq/first_visit",
     "i woke up with a bad cold, can i come in anyway?", "how_long_it_lasts", "first_visit"),
    (said("tengo mi primera cita de botox el jueves"), "utter_faq/first_visit",
     "ando resfriada, igual voy?", "cost", "first_visit"),
    # ... a question of its own that the selector is sure of keeps its own answer
    (said("just found out I'm pregnant!!"), "utter_faq/pregnancy_breastfeeding",
     "when can i get botox again after the baby is born, how long does it last?", "how_long_it_lasts",
     "how_long_it_lasts"),
])
def test_a_follow_up_on_the_last_topic_in_more_words(earlier, last_action, text, own, answer):
    parse_data = guessed(text, "faq", own, 0.45 if answer != own else 0.9)
    rasa_patches.apply_context(parse_data, tracker(earlier, answered(last_action)))
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{answer}"


@pytest.mark.parametrize("last_action, text, intent, answer", [
    # only details right after a triage answer the classifier gave alone: that answer again, never a goodbye (round 72)
    ("utter_triage_urgent", "desde el martes", "goodbye", "report_urgent"),
    ("utter_triage_urgent", "el izquierdo", "greet", "report_urgent"),
    ("utter_triage_routine", "37.2 C, and maybe 2/10", "faq", "report_routine"),
    # ... not after another answer
    ("utter_faq/cost", "desde el martes", "goodbye", "goodbye"),
])
def test_details_after_a_triage_answer_the_classifier_gave_alone_keep_it(last_action, text, intent, answer):
    assert answer_after(last_action, text, intent, "cost") == answer


def test_details_that_read_as_the_same_routine_effect_keep_its_answer_over_an_urgent_guess():
    # "pink" is redness, as the report before it: its reassurance again, not the classifier's "call the clinic"
    history = tracker(said("the injection spot is red"), answered("utter_triage_routine"))
    parse_data = parse("temp 98.6 so no fever, and it's not hot or spreading, just pink", "report_urgent")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_routine"


@pytest.mark.parametrize("last_action, text, intent, answer", [
    # pushback on a red flag's answer, or only when the treatment was, how much it bothers or where: that
    # answer again, never "what are you noticing?", a goodbye or an FAQ (round 73)
    ("utter_triage_urgent", "u said call the office but im scared they will laugh at me", "report_unwell",
     "report_urgent"),
    ("utter_triage_emergency", "i called and nobody picked up", "out_of_scope", "report_emergency"),
    ("utter_triage_urgent", "me da miedo llamar, nadie contesta", "goodbye", "report_urgent"),
    ("utter_triage_emergency", "the shots were 3 hrs ago", "faq", "report_emergency"),
    ("utter_triage_routine", "honestly its just annoying", "goodbye", "report_routine"),
    # ... not a plea after a routine answer, nor a question naming Botox after a red flag's
    ("utter_triage_routine", "im scared", "goodbye", "goodbye"),
    ("utter_triage_emergency", "can botox help my husband's clenching, that tmj stuff", "faq", "faq/cost"),
])
def test_a_plea_or_details_after_a_triage_answer_keep_it(last_action, text, intent, answer):
    assert answer_after(last_action, text, intent, "cost") == answer


@pytest.mark.parametrize("before, text, level", [
    # a comparison or the routine effect named again, then "is it (still) normal?": the routine answer again (round 73)
    ("some redness on my forehead where the needle went, had it done this morning",
     "ok but it looks like a bunch of mosquito bites lol, a few red dots, still normal?", "routine"),
    ("tengo poquito dolor donde me inyectaron", "como cuando te sacan sangre, nada grave. es normal?", "routine"),
    # what if it stays or gets worse: that report's answer again
    ("tengo un poco rojo donde me picaron", "y si mañana sigue asi?", "routine"),
    ("my left eyelid is drooping a bit", "and if it doesn't go away?", "urgent"),
    # where, after a bruise: still the bruise
    ("me salio un moretoncito", "junto al ojo, donde me inyectaron", "routine"),
    # a comparison that names a red flag is no detail of a routine report
    ("my forehead is a bit red", "like when my throat closed up with the shrimp, is that normal?", "emergency"),
])
def test_a_question_about_the_last_report_keeps_its_level(before, text, level):
    together = follow_up.with_context(red_flags.assess(text), text, [before])
    assert (together.level if together else red_flags.assess(text).level) == level


def test_a_911_guess_over_an_urgent_red_flag_with_the_emergency_signs_said_fine_is_urgent():
    frog = red_flags.assess("my voice keeps cracking, swallowing and breathing are fine")
    assert red_flags.decide("report_emergency", frog, 0.99, signs_fine=True) == "urgent"
    # ... without those words the guess stands over the urgent red flag
    assert red_flags.decide("report_emergency", frog, 0.99) == "emergency"


@pytest.mark.parametrize("text, whole, alone, answer", [
    # an FAQ question, then a remark that asks and reports nothing: the question's own answer when the selector is sure
    # of it and unsure of the whole (round 73)
    ("is botox risky? my cousin is getting it next week and i worry about everything", ("neuromuscular", 0.32),
     ("is_it_safe", 0.98), "is_it_safe"),
    # ... not when the remark changed the answer (the selector sure of the whole), nor when the question alone is unsure
    ("is it safe? im pregnant", ("pregnancy_breastfeeding", 0.68), ("is_it_safe", 0.98), "pregnancy_breastfeeding"),
    ("what can go wrong? my bf keeps sending me tiktoks", ("se_spread", 0.5), ("side_effects", 0.55), "se_spread"),
    # ... nor over the answer on a red flag asked about
    ("es normal que se vea borroso despues del botox? aun no me lo pongo, es el lunes", ("se_vision", 0.4),
     ("common_effects", 0.9), "se_vision"),
])
def test_a_question_before_a_remark_gets_its_own_answer(monkeypatch, text, whole, alone, answer):
    from tests.async_kit import run
    parsed = []

    async def parse_alone(processor, message, tracker, only_output_properties):
        parsed.append(message.text)
        return guessed(message.text, "faq", *alone)

    monkeypatch.setattr(rasa_patches, "_original_parse", parse_alone)
    parse_data = guessed(text, "faq", *whole)
    run(rasa_patches.answer_the_question(None, None, parse_data, None))
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{answer}"
    assert parsed in ([], [text.partition("?")[0] + "?"])  # only the question is read again


def test_reading_the_question_alone_failing_keeps_the_conversation_context(monkeypatch):
    # the second parse (the question alone) fails: the whole message's parse stands and the red flag just answered
    # still reads the plea after it (round 73's last read: both had shared one try)
    from rasa.core.channels.channel import UserMessage
    from tests.async_kit import run
    calls = []

    async def parse_then_fail(processor, message, tracker, only_output_properties):
        calls.append(message.text)
        if len(calls) > 1:
            raise RuntimeError("the NLU graph is down")
        return guessed(message.text, "faq", "se_spread", 0.3)

    monkeypatch.setattr(rasa_patches, "_original_parse", parse_then_fail)
    history = tracker(said("my throat is closing up", ["throat_tongue_lip_swelling"]), answered("utter_triage_emergency"))
    parse_data = run(rasa_patches.parse_message(None, UserMessage(text="what do i do? im home alone", sender_id="p"),
                                                history))
    assert calls == ["what do i do? im home alone", "what do i do?"]
    assert parse_data["intent"]["name"] == "report_emergency"


@pytest.mark.parametrize("before, text, level", [
    # "same" / "igual" after a report is a detail of it: that report's level again, a red flag's too (round 74)
    ("tengo un moretoncito en la frente", "igual, chiquito", "routine"),
    ("my right brow is sitting lower since the shots", "same", "urgent"),
    ("me cuesta tragar desde anoche", "igualito", "emergency"),
    # a reply that only plays the sign down keeps a routine report's level: "nah" or "no" opening it, a bare score
    # right after "mild", "doesn't really hurt" (round 99); a red flag's stays a red flag's
    ("i have a headache after my botox today", "nah its mild, maybe a 2", "routine"),
    ("got botox this morning, there's a bruise near my left eye", "no its small, doesnt really hurt", "routine"),
    ("tengo dolor de cabeza desde el botox", "leve, como un 2", "routine"),
    ("my left eyelid is drooping since the botox", "nah its mild, maybe a 2", "urgent"),
])
def test_the_same_after_a_report_keeps_its_level(before, text, level):
    together = follow_up.with_context(red_flags.assess(text), text, [before])
    assert together is not None and together.level == level


@pytest.mark.parametrize("text", ["its mild, maybe a 2 days", "nah its worse", "its mild, maybe a 7"])
def test_a_reply_with_more_than_details_is_not_only_details(text):
    assert not follow_up.only_details(text)


@pytest.mark.parametrize("text", ["solo pregunto porque viajo mucho", "no me pasa, nomas pregunto",
                                  # that it never happened to the patient (round 88)
                                  "nunca me ha pasado", "a mi no me ha pasado eso"])
def test_only_asking_in_spanish_after_a_side_effect_answer_gets_it_again(text):
    # "solo pregunto" says the question was only a question: the answer on that side effect again (round 74)
    history = tracker(UserUttered("¿el botox puede dar visión borrosa?", intent={"name": "faq", "confidence": 0.9}),
                      answered("utter_faq/se_vision"))
    parse_data = guessed(text, "goodbye", "cost", 0.3)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/se_vision"


@pytest.mark.parametrize("text, treats", [
    # whether Botox treats, fixes or lifts a sign: a question about its uses, not about the sign as a side effect
    ("could botox fix my lopsided smile?", True),
    ("¿el botox sirve para el parpado caido?", True),
    ("can botox cause a droopy eyelid?", False),
    ("¿el botox puede dar vision doble?", False),
])
def test_a_question_whether_botox_treats_a_sign_is_told_apart(text, treats):
    assert bool(follow_up_cues.CUES.treats_it.search(follow_up_cues.fold(text).lower())) == treats


def test_the_topic_names_of_the_follow_up_cues_are_faq_answers():
    # the name lists of policy/follow_up_cues.yml name answers that exist (content/*.yml `utter_faq/<topic>`)
    answers = set()
    for path in (Path(__file__).resolve().parent.parent / "content").glob("*.yml"):
        answers |= {name.split("/", 1)[1] for name in (yaml.safe_load(path.read_text(encoding="utf-8")).get("responses")
                                                         or {}) if name.startswith("utter_faq/")}
    cues = follow_up_cues.CUES
    assert cues.safety_topics | cues.swapped_topics | set(cues.treatment_targets) | set(cues.topic_words) <= answers
    assert cues.safety_subjects <= set(cues.topic_words)
    assert "side_effects" in cues.safety_topics
    # ... and the signs had before a treatment are symptoms of policy/triage_levels.yml
    assert cues.before_treatment_signs <= set(levels.load())


@pytest.mark.parametrize("earlier, text", [
    # a correction that narrows the routine report just answered to a little at the injection points: that answer, not
    # a classifier's "call the clinic" on the correction's own words (round 75)
    ("se me inflamó la frente con el botox de hoy", "perdón, me expresé mal: poquito y en los pinchazos nomás, no toda la frente"),
    ("my forehead puffed up after the botox this morning", "sorry i meant only a bit at the needle spots, not the whole forehead"),
])
def test_a_correction_that_narrows_a_routine_report_keeps_its_answer(earlier, text):
    history = tracker(UserUttered(earlier, intent={"name": "report_routine", "confidence": 1.0},
                                  entities=[{"entity": "symptom", "value": "swelling_at_site", "start": 0, "end": 5}]),
                      answered("utter_triage_routine"))
    parse_data = parse(text, "report_urgent")
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == "report_routine"


def test_a_safety_question_about_a_subject_just_named_gets_that_subjects_answer():
    # "my mom has myasthenia gravis" (not understood), then "is it risky for her?": the answer on nerve-muscle
    # conditions, whose advice is what that condition changes (round 75); with no subject named, the safety answer stays
    named = tracker(told("my mom has myasthenia gravis", "nlu_fallback", "is_it_safe", 0.3), answered("utter_ask_rephrase"))
    parse_data = guessed("she wants botox for her frown lines, is it risky for her?", "faq", "is_it_safe", 0.4)
    rasa_patches.apply_context(parse_data, named)
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/neuromuscular"
    unnamed = tracker(told("my mom is 62", "nlu_fallback", "age", 0.3), answered("utter_ask_rephrase"))
    parse_data = guessed("she wants botox for her frown lines, is it risky for her?", "faq", "is_it_safe", 0.4)
    rasa_patches.apply_context(parse_data, unnamed)
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == "faq/is_it_safe"


@pytest.mark.parametrize("text, intent, answer", [
    # a message no classifier understood that only names a subject with its own answer: that answer
    ("mi abuelo tiene esclerosis lateral amiotrófica", "nlu_fallback", "faq/neuromuscular"),
    # ... not one understood as something else
    ("my uncle has ALS, can I book for him?", "book_appointment", "book_appointment"),
])
def test_a_subject_named_alone_gets_its_answer(text, intent, answer):
    parse_data = parse(text, intent)
    rasa_patches.apply_context(parse_data, tracker())
    assert answer_given(parse_data) == answer


@pytest.mark.parametrize("text, question", [
    # the one question beside a remark: before it, or after words that say a question follows (round 75)
    ("what can go wrong with it? my bf keeps sending me scary videos", "what can go wrong with it?"),
    ("sorry for texting so late, I work nights and my sister loved her results, so I wanted to ask how much the forehead "
     "costs", "how much the forehead costs"),
    ("hola, trabajo de noche y apenas puedo escribir, mi duda es si el seguro lo cubre", "si el seguro lo cubre"),
    # no such pair: two questions, or nothing beside the question
    ("how much is it? does insurance cover it?", None),
    ("how much is it?", None),
    ("I wanted to ask", None),
])
def test_the_question_beside_a_remark_is_found(text, question):
    from addons.nlu import follow_up_topic
    assert follow_up_topic.the_question(text) == question


@pytest.mark.parametrize("text, topic", [
    ("can botox stop my eyelid from twitching?", "therapeutic_uses"),
    ("will it lift my hooded lids?", "works_for_everyone"),
    ("does it help the bags under my eyes?", "wrinkles"),
    ("can it fix my blurry vision?", None),
])
def test_what_botox_is_asked_to_treat_names_its_answer(text, topic):
    assert follow_up_cues.treatment_target(follow_up_cues.fold(text).lower()) == topic


@pytest.mark.parametrize("earlier, level", [
    # an illness told before a treatment still ahead, after a message that told one had: an infection sign after a
    # treatment, "call the clinic" (round 75's review); after a message that tells only the first one ahead, a question
    ("me pusieron bótox el sábado en la frente", "report_urgent"),
    ("my first ever botox is on friday", "faq"),
])
def test_an_illness_before_the_next_treatment_is_a_report_after_one_had(earlier, level):
    text = "ahora tengo fiebre y escalofríos, mi cita es mañana, ¿la cancelo?" if level == "report_urgent" else \
        "i woke up with a fever and chills, should i reschedule?"
    assert red_flags.assess(text).level == "none"  # read alone: an illness before the treatment
    history = tracker(UserUttered(earlier, intent={"name": "faq", "confidence": 0.9}), answered("utter_faq/first_visit"))
    parse_data = guessed(text, "faq", "first_visit", 0.8)
    rasa_patches.apply_context(parse_data, history)
    assert parse_data["intent"]["name"] == level


@pytest.mark.parametrize("text, whole, alone, ranking_top, answer", [
    # a preamble that asks nothing, then the question after words that say one follows: that question's answer when the
    # selector is sure of it and unsure of the whole (round 75)
    ("perdon la hora, trabajo de noche y a mi hermana le quedo precioso, asi que queria preguntar cuanto cuesta en la "
     "frente", ("common_effects", 0.4), ("cost", 0.95), 0.95, "cost"),
    # ... sure of the question when the selector is, whatever answer the red-flag rules then chose for it
    ("can botox calm my eyelid twitch? it's been jumping for weeks and driving me nuts", ("repeat_interval", 0.25),
     ("therapeutic_uses", 0.02), 0.8, "therapeutic_uses"),
    # ... and not when the selector was unsure of the question alone too
    ("long story short my sister loved hers, so i wanted to ask if it works on everyone", ("common_effects", 0.4),
     ("works_for_everyone", 0.5), 0.5, "common_effects"),
])
def test_the_question_after_a_preamble_gets_its_own_answer(monkeypatch, text, whole, alone, ranking_top, answer):
    from addons.nlu import follow_up_topic
    from tests.async_kit import run
    parsed = []

    async def parse_alone(processor, message, tracker, only_output_properties):
        parsed.append(message.text)
        parse_data = guessed(message.text, "faq", *alone)
        parse_data["response_selector"]["faq"]["ranking"].append({"intent_response_key": "faq/x",
                                                                  "confidence": ranking_top})
        return parse_data

    monkeypatch.setattr(rasa_patches, "_original_parse", parse_alone)
    parse_data = guessed(text, "faq", *whole)
    run(rasa_patches.answer_the_question(None, None, parse_data, None))
    assert parse_data["response_selector"]["faq"]["response"]["intent_response_key"] == f"faq/{answer}"
    assert parsed == [follow_up_topic.the_question(text)]  # only the question is read again
