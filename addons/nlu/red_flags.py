"""Red-flag safety net: a Rasa NLU component that runs on every message, last in the pipeline.

It asks the deterministic triage about the message text (the English rules, `botox_clinic.triage`, and,
unless the message is clearly English, the Spanish rules of `policy/red_flags_es.yml` through
`botox_clinic.triage_es`) and reconciles the answer with what the classifiers chose:

- an emergency or urgent report always becomes `report_emergency` / `report_urgent`,
  whatever intent the classifier or the FallbackClassifier picked (an FAQ, nlu_fallback,
  a greeting in the middle of another conversation);
- a routine report becomes `report_routine` unless it was asked as a general question;
- the classifier's own emergency/urgent guess is kept (a second, learned safety layer)
  unless the triage shows the red flag was only asked about with nobody reporting anything
  or is explicitly resolved; a negation never lowers it. A 911 guess with no red-flag rule
  behind it needs the classifier's confidence (`EMERGENCY_CONFIDENCE`), or it becomes urgent; one over a
  symptom the rules recognise as urgent needs it nearly sure (`EMERGENCY_OVER_URGENT`);
- fail-safe: the classifier's routine guess on a message in which the rules recognise nothing
  becomes urgent ("call the clinic"): reassurance is only for symptoms known to be routine;
- fail-safe: an unclear message (nlu_fallback) in which the rules recognise nothing but which the
  classifier reads mostly as a report (`UNCLEAR_REPORT_SHARE`) becomes urgent, not "say it another way";
- symptoms and the time since treatment are added as entities (`symptom`,
  `time_since_treatment`), which fill the slots of the same names.
addons/nlu/answer_choice.py sets the chosen intent and FAQ answer on the message. addons/nlu/follow_up.py reads the
patient's last messages together with the new one (used by addons/rasa_patches.py, which has the conversation).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from botox_clinic import follow_up_cues, texting, triage, triage_bilingual, triage_es, whole_message
# (read with the last messages too: addons/nlu/follow_up.py, addons/rasa_patches.py)
from botox_clinic.whole_message import says_worse  # noqa: F401
from addons.nlu import answer_choice, faq_selector, language
# the one map (botox_clinic/levels.py), and the FAQ answers and thresholds of the intent choice (answer_choice.py)
from addons.nlu.answer_choice import (  # noqa: F401
    DURATION_FAQ, INTENT_LEVELS, LEVEL_INTENTS, MEDICINES_FAQ, ROUTINE_FAQ, UNCLEAR_REPORT_SHARE, WEAK_INTENT)

logger = logging.getLogger(__name__)

# intents that leave a question unanswered: a question about a red flag gets that red flag's FAQ answer instead
UNSURE = {"nlu_fallback", "out_of_scope"}
SMALL_TALK = {"greet", "thank", "goodbye"}
# the FAQ answer on Botox not working yet (wait about 2 weeks for the full effect, then call): a report guess with no
# symptom that says only that (the follow-up cues' `not_working_yet`, and none of their `feeling_words`)
NOT_WORKING_FAQ = "not_working"
# the FAQ answer on pregnancy and breastfeeding: a message that only says the patient is pregnant or nursing
PREGNANCY_FAQ = "pregnancy_breastfeeding"
# the FAQ answer on nerve-muscle conditions (ALS, myasthenia gravis, Lambert-Eaton): a message that only names one had
NEUROMUSCULAR_FAQ = "neuromuscular"
# a message that only tells a medicine taken, a nerve-muscle condition had or a pregnancy (the follow-up cues'
# `medicine_only`, `condition_only`, `pregnancy_only`), in this order: that FAQ answer
TOLD_ONLY_FAQS = ((follow_up_cues.only_tells_medicine, MEDICINES_FAQ),
                  (follow_up_cues.only_tells_condition, NEUROMUSCULAR_FAQ),
                  (follow_up_cues.only_tells_pregnancy, PREGNANCY_FAQ))
EXTRACTOR = "RedFlagDetector"
# the classifier's probability for report_emergency needed to say "call 911" when no red-flag rule fired
EMERGENCY_CONFIDENCE = 0.6
# ... and over a symptom the rules recognise as urgent: the classifier reads the words of urgent signs as 911 ones
# (a drink dribbling from a weak lip as a swallowing emergency, a weak hand as weakness all over), so only a guess
# it is nearly sure of says "call 911" over them. Measured with the rules frozen before round 21, so that they are
# blind to the later rounds' wording, on those rounds' 2,126 single messages: where those rules found only an urgent
# symptom, the classifier's 911 guess at 0.6 or more was right for 2 emergencies (at 0.97 and 1.00) and wrong for 19
# urgent reports; at 0.9 or more, still the 2 emergencies and 8 urgent reports
EMERGENCY_OVER_URGENT = 0.9
# message property: "unrecognised" when the level is the fail-safe "call the clinic" for a report in which the rules
# recognise nothing (the conversation may still show what it is: `rasa_patches.apply_context`)
TRIAGE_BASIS = "triage_basis"
UNRECOGNISED = "unrecognised"


@lru_cache(maxsize=4096)
def assess(text: str) -> triage.Assessment:
    """The red-flag rules on one message: the English rules always; the Spanish rules too unless the
    message is clearly English (they know Spanglish, "tengo el eyelid droopy", but not English
    questions; two Spanish function words in a message detected as English make it Spanglish, and the
    Spanish rules then only add red flags). Merged: the highest level wins. An English message is read again with its
    words written as they sound respelt ("tiny bruze", `Triage.respell`), and the higher level kept. Cached by text:
    the conversation context reads the patient's earlier messages again; callers must not change the result.
    Punctuation dictated as words ("is that normal question mark") is read as the mark, and an emoji between a
    statement and a question as the sentence's end, and a chat app's line heads ("[Yesterday 9:15 PM] Dad:") are blanked
    (botox_clinic/texting.py), with the message's length kept. A checklist ("breathing: ok / swallowing: kinda hard") is
    read as its items' sentences (botox_clinic/checklist.py), each finding spanning the whole message."""
    listed = whole_message.read_checklist(text, assess)
    if listed is not None:  # "breathing: ok / swallowing: kinda hard": each item read alone
        return listed
    text = texting.emoji_breaks(texting.spoken_punctuation(texting.blank_chat_heads(text)))
    english = triage.assess(text)  # a fresh object: cached results below are never changed by callers
    detected = language.detect(text)
    if detected == language.ENGLISH and language.spanish_words(text) < 2:
        respelt = triage.triage().respell(text)  # "dubble vison", "bruze": written as they sound
        if respelt != text:
            other = triage.assess(respelt)
            if triage.RANK[other.level] > triage.RANK[english.level]:
                english = other
        return whole_message.read_more(english, text, assess)
    if detected == language.ENGLISH:
        detected = None  # Spanglish told as English: the Spanish rules only add red flags, as when unclear
    if detected == language.SPANISH and triage_es.triage().asks_only(text):
        # a Spanish question the English rules misread ("¿me puede dar incontinencia?"): asked, not reported
        for finding in english.findings:
            finding.general = True
        english = triage.Assessment(level=triage.NONE, symptoms=[], findings=english.findings,
                                    time_since_treatment=english.time_since_treatment)
    spanish = triage_es.assess(text)
    if detected == language.SPANISH:
        english = triage_bilingual.spanish_reading(english, spanish)
    if detected is None and triage.RANK[spanish.level] < triage.RANK[triage.URGENT]:
        # language unclear ("can botox stop my migraines"): the Spanish rules only add red flags
        return whole_message.read_more(english, text, assess)
    return whole_message.read_more(triage_bilingual.merge(english, spanish), text, assess)


def decide(classified: Optional[str], assessment: triage.Assessment, confidence: float = 1.0,
           signs_fine: bool = False) -> Optional[str]:
    """The level the message should be handled at, or None to keep the classifier's intent.

    classified: the classifier's intent; confidence: its probability (0-1); signs_fine: the message says the emergency
    signs are fine (the follow-up cues' `signs_fine`: "swallowing and breathing are fine"). Fail-safe rules:
    - a red flag the rules find is never lowered by the classifier;
    - the classifier's own emergency/urgent guess is kept unless the red flag was only asked about, is
      resolved or is told as a habit; a 911 guess with no red-flag rule behind it needs
      EMERGENCY_CONFIDENCE, one over an urgent red flag EMERGENCY_OVER_URGENT, and never stands
      when every emergency symptom the rules find is only asked about or denied, nor over an urgent red flag
      when the message says the emergency signs are fine: it becomes urgent ("call the clinic now");
    - reassurance (routine) only for symptoms the rules know as routine: a report the classifier
      calls routine in which the rules recognise nothing at all becomes urgent ("call the clinic").
    """
    found = assessment.level
    guessed = INTENT_LEVELS.get(classified or "", triage.NONE)
    if triage.RANK[found] >= triage.RANK[triage.URGENT]:
        if triage.RANK[found] >= triage.RANK[guessed] or assessment.resolved_only(guessed) or \
                guessed == triage.EMERGENCY and (assessment.asked_or_denied_only(triage.EMERGENCY) or
                                                 signs_fine and found == triage.URGENT):
            # "I fainted yesterday but I feel better now", "my voice keeps cracking ... swallowing and breathing are
            # fine": urgent, not 911
            return found
        return guessed if confidence >= EMERGENCY_OVER_URGENT else found
    if triage.RANK[guessed] >= triage.RANK[triage.URGENT]:
        if assessment.asked_not_reported(guessed) or assessment.resolved_only(guessed) or \
                assessment.history_only(guessed) or assessment.not_a_person_only():
            return found  # "can botox cause trouble swallowing?", "it went away", "I faint at blood draws", a pet
        if assessment.asked_not_reported(triage.URGENT):
            # every red flag the matcher knows, at any level, was only asked about and no one reports
            # anything: "my sister is asking whether a rash is a common reaction" guessed as an emergency
            return found
        if guessed == triage.EMERGENCY and (confidence < EMERGENCY_CONFIDENCE or assessment.asked_or_denied_only(triage.EMERGENCY)):
            # a 911 directive needs evidence: not a low guess, nor one whose every emergency symptom the rules
            # read as a question or a denial ("I have asthma. Does that raise my risk of breathing problems?",
            # "hoarse since the neck shots, breathing and swallowing are fine")
            return triage.URGENT
        return guessed  # the classifier saw a red flag the matcher does not know: keep it
    if found == triage.ROUTINE:
        return triage.ROUTINE
    if guessed == triage.ROUTINE:
        if assessment.findings:
            return triage.NONE  # what the rules know is negated or only asked about: not a report
        return triage.URGENT  # a symptom the rules do not know: never reassure, call the clinic
    return None


# the words that read a message with the last ones (a plea, the worst of one's life, getting worse):
# clinical policy in policy/follow_up_cues.yml
CUES = follow_up_cues.CUES


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=False,
)
class RedFlagDetector(GraphComponent):
    """Escalates emergency and urgent side-effect reports on every message."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RedFlagDetector":
        triage.triage()  # load the spaCy pipeline once, at start-up, not on the first patient
        triage_es.triage()  # and the Spanish rules: a bad rules file stops start-up here
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process(message)
        return messages

    def _process(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if not text.strip():
            return
        assessment = assess(text)
        reported = any(not f.general and not f.negated for f in assessment.findings)  # not only asked or denied
        folded = triage_es.fold(text)
        intent = message.get(INTENT) or {}
        level = decide(intent.get("name"), assessment, float(intent.get("confidence") or 0.0),
                       bool(CUES.signs_fine.search(folded.lower())))
        # a report guess of a routine effect that the rules do not recognise: "call the clinic" (the fail-safe)
        unrecognised = level == triage.URGENT and not assessment.findings and \
            INTENT_LEVELS.get(intent.get("name") or "") == triage.ROUTINE
        told_faq = None if assessment.findings else next(
            (faq for tells, faq in TOLD_ONLY_FAQS if tells(folded)), None)
        if told_faq is not None:
            # "hi im on eliquis", "I have myasthenia gravis", "just found out I'm pregnant!!": nothing reported or asked,
            # the answer on that medicine, condition or pregnancy and Botox, whatever a classifier guessed
            faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{told_faq}"])
            answer_choice.choose(message, faq_selector.RETRIEVAL_INTENT, 1.0)
            level = None
        elif not assessment.findings and follow_up_cues.asks_for_a_person(folded):
            # "Can I speak to a nurse? I have a few questions about my mum's plan": the clinic's contact details
            answer_choice.choose(message, "contact_clinic", 1.0)
            level = None
        elif not assessment.findings and follow_up_cues.only_tells_treatment(folded):
            # "got my lip flip this am", "my dad had botox in his leg for spasticity after his stroke": nothing reported
            # or asked yet, whatever a classifier guessed (a report, an FAQ, a greeting): ask what they notice
            answer_choice.choose(message, "report_unwell", 1.0)
            level = None
        elif (level is not None or intent.get("name") == "nlu_fallback" or answer_choice.side_effect_answer(message)) \
                and not assessment.findings and follow_up_cues.not_working_yet(folded):
            # "day 4 and my frown lines still move, nothing happening yet", "me quedó como si no me hubieran puesto
            # nada": no symptom and no word of a feeling (whatever a classifier guessed, a side-effect answer too: "2
            # wks later still sweating on the left side, is that normal?"), the treatment not working yet
            faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{NOT_WORKING_FAQ}"])
            answer_choice.choose(message, faq_selector.RETRIEVAL_INTENT, 1.0)
            level = None
        elif level is not None:
            answer_choice.set_intent(message, level)
            if unrecognised:
                message.set(TRIAGE_BASIS, UNRECOGNISED, add_to_output=True)
        elif answer_choice.booking_over_guess(message, assessment, folded):
            # "can I book my next botox for next tues around 3pm?" found ambiguous between booking and an FAQ, or read as
            # the FAQ its treatment names ("quiero sacar cita pa mi botox de la migraña"): how to book
            answer_choice.choose(message, "book_appointment", 1.0)
        elif intent.get("name") == "nlu_fallback" and (
                oos := answer_choice.elsewhere_over_fallback(message, assessment, folded)):
            # a question about another treatment, Botox not named, that the classifiers found ambiguous between out of
            # scope and something else ("¿el relleno de labios deja la boca hinchada varios días?"): out of scope
            answer_choice.choose(message, "out_of_scope", oos)
        elif intent.get("name") == "nlu_fallback" and assessment.asked_not_reported(triage.ROUTINE):
            answer_choice.faq_over_fallback(message)
        elif intent.get("name") == "nlu_fallback" and answer_choice.sure_faq(message, assessment):
            # "tomo eliquis pal corazon, le tengo q avisar?": faq 0.45, contact 0.44
            answer_choice.faq_over_fallback(message)
        elif intent.get("name") == "nlu_fallback" and answer_choice.report_share(message) >= UNCLEAR_REPORT_SHARE and \
                not reported:
            # ("no fever, but something feels off" too: a denied symptom is no evidence that all is well)
            answer_choice.set_intent(message, triage.URGENT)  # what the rules do not know gets "call the clinic"
            message.set(TRIAGE_BASIS, UNRECOGNISED, add_to_output=True)
        if (message.get(INTENT) or {}).get("name") == "report_unwell" and not assessment.findings and \
                follow_up_cues.cannot_describe(folded):
            # "algo anda mal pero no sé explicar qué": asking what they notice asks what they say they cannot tell
            answer_choice.set_intent(message, triage.URGENT)  # what the rules do not know gets "call the clinic"
            message.set(TRIAGE_BASIS, UNRECOGNISED, add_to_output=True)
        if not reported and (message.get(INTENT) or {}).get("name") == faq_selector.RETRIEVAL_INTENT:
            answer_choice.faq_by_subject(message, folded)  # another treatment's, a medicine's
        final = (message.get(INTENT) or {}).get("name")
        only_asked = bool(assessment.findings) and all(f.general or f.negated for f in assessment.findings)
        # a report guess the rules showed to be a question, whose next-best intent is a weak guess ("what are the
        # odds my eyelid droops, getting crows feet done next week": book_appointment at 0.03): about the symptom
        weak = level == triage.NONE and float((message.get(INTENT) or {}).get("confidence") or 0.0) < WEAK_INTENT
        # a question about a side effect beside a booking already made ("booked for friday. my friend's eye drooped
        # after hers, can that happen to me??"): the question is what needs an answer
        weak = weak or final == "book_appointment" and "?" in text
        # "are you real" guessed for a story about a side effect then "is that real or clickbait": the story's question;
        # the clinic's contact details for whom to call if a side effect happens ("in case my lip swells do i call you
        # or go to the er"): the answer about that side effect says when to call whom
        weak = weak or final == "bot_challenge" or final == "contact_clinic" and bool(CUES.whom_to_call.search(folded))
        # small talk guessed for a message whose every symptom is asked about, none denied ("like swelling, redness,
        # that kind of thing? not getting it till march": thank at 0.6): the question is what needs an answer
        small_talk = final in SMALL_TALK and not any(f.negated for f in assessment.findings)  # (with `only_asked`)
        # (out of scope, about another treatment and not Botox: "do lip fillers make your lips swell up like a balloon?")
        elsewhere = final in UNSURE and follow_up_cues.about_other_treatment(folded)
        if final == faq_selector.RETRIEVAL_INTENT or ((final in UNSURE or weak or small_talk) and only_asked and
                                                      not elsewhere):
            answer_choice.answer_about_symptom(message, assessment, routine_asked=small_talk)
        self._add_entities(message, assessment)

    @staticmethod
    def _add_entities(message: Message, assessment: triage.Assessment) -> None:
        entities = list(message.get(ENTITIES) or [])
        seen = set()
        for finding in assessment.findings:
            if finding.effective_level == triage.NONE or finding.symptom in seen:
                continue
            seen.add(finding.symptom)
            entities.append({
                "entity": "symptom", "value": finding.symptom, "start": finding.start, "end": finding.end,
                "confidence_entity": 1.0, "extractor": EXTRACTOR,
            })
        if assessment.time_since_treatment and seen:
            text = message.get(TEXT)
            start = text.find(assessment.time_since_treatment)
            entities.append({
                "entity": "time_since_treatment", "value": assessment.time_since_treatment,
                "start": max(start, 0), "end": max(start, 0) + len(assessment.time_since_treatment),
                "confidence_entity": 1.0, "extractor": EXTRACTOR,
            })
        message.set(ENTITIES, entities, add_to_output=True)
