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
addons/nlu/follow_up.py reads the patient's last messages together with the new one (used by
addons/rasa_patches.py, which has the conversation).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from botox_clinic import follow_up_cues, levels, texting, triage, triage_bilingual, triage_es, whole_message
# (read with the last messages too: addons/nlu/follow_up.py, addons/rasa_patches.py)
from botox_clinic.whole_message import says_worse  # noqa: F401
from addons.nlu import faq_selector, language

logger = logging.getLogger(__name__)

LEVEL_INTENTS, INTENT_LEVELS = levels.LEVEL_INTENTS, levels.INTENT_LEVELS  # the one map, botox_clinic/levels.py
REPORT_INTENTS = set(INTENT_LEVELS) | {"report_unwell"}
# intents that leave a question unanswered: a question about a red flag gets that red flag's FAQ answer instead
UNSURE = {"nlu_fallback", "out_of_scope"}
SMALL_TALK = {"greet", "thank", "goodbye"}
ROUTINE_FAQ = "common_effects"  # the FAQ answer about the expected, mild effects
# the FAQ answer on how long Botox's own effect lasts: asked of a routine effect ("how long does a bruise last if i get
# one", "si me sale un moreton cuanto me dura"), the answer on the expected effects, which says how long each lasts
DURATION_FAQ = "how_long_it_lasts"
# the FAQ answer on Botox as a treatment for headaches: a headache asked about as something Botox causes ("can botox
# give you a headache?", "el botox da dolor de cabeza?", the follow-up cues' `side_effect_asked`) is a side effect,
# answered by the expected effects
TREATMENT_FAQ = "headaches"
# the FAQ answer on Botox not working yet (wait about 2 weeks for the full effect, then call): a report guess with no
# symptom that says only that (the follow-up cues' `not_working_yet`, and none of their `feeling_words`)
NOT_WORKING_FAQ = "not_working"
MEDICINES_FAQ = "medicines"  # the FAQ answer on medicines and Botox: a message that only says which one the patient takes
PREGNANCY_FAQ = "pregnancy_breastfeeding"  # ... on pregnancy: a message that only says the patient is pregnant or nursing
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
# an unclear message (nlu_fallback) in which the rules find no reported symptom (none, or only asked or denied), but
# to which the classifier gives the report
# intents together at least this probability, is an unknown symptom: "call the clinic", not "say it another way"
# ("el parpado de arriba no se me levanta bien" before a rule knew it: 0.58)
UNCLEAR_REPORT_SHARE = 0.5
# below this, the next-best intent after a rejected report guess is no answer at all (the FallbackClassifier's 0.4)
WEAK_INTENT = 0.4
# the FAQ selector's probability for its answer at which an ambiguous faq-or-other-intent message gets that answer
FAQ_SURE = 0.9
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


def report_share(message: Message) -> float:
    """The classifier's probability of the report intents together, from the message's intent ranking (0..1)."""
    return sum(float(r.get("confidence") or 0.0) for r in message.get(INTENT_RANKING_KEY) or []
               if r.get("name") in REPORT_INTENTS)


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
        folded = triage_es.fold(text)
        intent = message.get(INTENT) or {}
        level = decide(intent.get("name"), assessment, float(intent.get("confidence") or 0.0),
                       bool(CUES.signs_fine.search(folded.lower())))
        # a report guess of a routine effect that the rules do not recognise: "call the clinic" (the fail-safe)
        unrecognised = level == triage.URGENT and not assessment.findings and \
            INTENT_LEVELS.get(intent.get("name") or "") == triage.ROUTINE
        if not assessment.findings and follow_up_cues.only_tells_medicine(folded):
            # "hi im on eliquis", "tomo aspirina diario": nothing reported or asked, the answer on medicines and Botox
            faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{MEDICINES_FAQ}"])
            self._choose(message, faq_selector.RETRIEVAL_INTENT, 1.0)
            level = None
        elif not assessment.findings and follow_up_cues.only_tells_pregnancy(folded):
            # "just found out I'm pregnant!!", "estoy amamantando": the answer on pregnancy and breastfeeding
            faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{PREGNANCY_FAQ}"])
            self._choose(message, faq_selector.RETRIEVAL_INTENT, 1.0)
            level = None
        elif not assessment.findings and follow_up_cues.asks_for_a_person(folded):
            # "Can I speak to a nurse? I have a few questions about my mum's plan": the clinic's contact details
            self._choose(message, "contact_clinic", 1.0)
            level = None
        elif not assessment.findings and (level is not None or intent.get("name") == "nlu_fallback") and \
                follow_up_cues.only_tells_treatment(folded):
            # "got my lip flip this am": nothing reported yet, whatever a classifier guessed: ask what they notice
            self._choose(message, "report_unwell", 1.0)
            level = None
        elif (level is not None or intent.get("name") == "nlu_fallback") and not assessment.findings and \
                follow_up_cues.not_working_yet(folded):
            # "day 4 and my frown lines still move, nothing happening yet", "me quedó como si no me hubieran puesto
            # nada": no symptom and no word of a feeling (whatever a classifier guessed), the treatment not working yet
            faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{NOT_WORKING_FAQ}"])
            self._choose(message, faq_selector.RETRIEVAL_INTENT, 1.0)
            level = None
        elif level is not None:
            self._set_intent(message, level)
            if unrecognised:
                message.set(TRIAGE_BASIS, UNRECOGNISED, add_to_output=True)
        elif intent.get("name") == "nlu_fallback" and not assessment.findings and follow_up_cues.asks_to_book(folded) \
                and "book_appointment" in [r.get("name") for r in (message.get(INTENT_RANKING_KEY) or [])[:3]]:
            # "can I book my next botox for next tues around 3pm?" found ambiguous between booking and an FAQ: booking
            self._choose(message, "book_appointment", 1.0)
        elif intent.get("name") == "nlu_fallback" and (oos := self._elsewhere_over_fallback(message, assessment, folded)):
            # a question about another treatment, Botox not named, that the classifiers found ambiguous between out of
            # scope and something else ("¿el relleno de labios deja la boca hinchada varios días?"): out of scope
            self._choose(message, "out_of_scope", oos)
        elif intent.get("name") == "nlu_fallback" and assessment.asked_not_reported(triage.ROUTINE):
            self._faq_over_fallback(message)
        elif intent.get("name") == "nlu_fallback" and self._sure_faq(message, assessment):
            self._faq_over_fallback(message)  # "tomo eliquis pal corazon, le tengo q avisar?": faq 0.45, contact 0.44
        elif intent.get("name") == "nlu_fallback" and report_share(message) >= UNCLEAR_REPORT_SHARE and \
                not any(not f.general and not f.negated for f in assessment.findings):
            # ("no fever, but something feels off" too: a denied symptom is no evidence that all is well)
            self._set_intent(message, triage.URGENT)  # what the rules do not know gets "call the clinic"
            message.set(TRIAGE_BASIS, UNRECOGNISED, add_to_output=True)
        if (message.get(INTENT) or {}).get("name") == "report_unwell" and not assessment.findings and \
                follow_up_cues.cannot_describe(folded):
            # "algo anda mal pero no sé explicar qué": asking what they notice asks what they say they cannot tell
            self._set_intent(message, triage.URGENT)  # what the rules do not know gets "call the clinic"
            message.set(TRIAGE_BASIS, UNRECOGNISED, add_to_output=True)
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
            self._answer_about_symptom(message, assessment, routine_asked=small_talk)
        self._add_entities(message, assessment)

    @staticmethod
    def _answer_about_symptom(message: Message, assessment: triage.Assessment, routine_asked: bool = False) -> None:
        """A question that only asks about a red flag ("is it possible for your eyelids to droop?") gets the
        answer about that red flag (its `faq` topic in policy/triage_levels.yml) when the FAQ selector chose
        an answer about something else (vision, first visit), or when the classifiers found no intent or called
        it out of scope ("my sister is scared she'll end up with a droopy brow, how likely is that?"), unless it asks
        whether Botox treats the sign (the follow-up cues' `treats_it`: "will botox lift my droopy eyelids?"): then the
        answer on what it is used for (`follow_up_cues.treatment_target`) over a side-effect answer, else the
        selector's; with
        `routine_asked`, routine effects only asked about get the answer on common effects (`ROUTINE_FAQ`), as they do
        when the selector chose how long Botox lasts (`DURATION_FAQ`) or Botox as a headache treatment for a headache
        asked about as a side effect (`TREATMENT_FAQ`, the follow-up cues' `side_effect_asked`)."""
        asked = [f for f in sorted(assessment.findings, key=lambda f: -triage.RANK[f.level])
                 if f.asked and levels.faq_topic(f.symptom)]
        topics = [f"{faq_selector.RETRIEVAL_INTENT}/{levels.faq_topic(f.symptom)}" for f in asked]
        selected = (((message.get("response_selector") or {}).get("faq") or {}).get("response") or {}).get(
            INTENT_RESPONSE_KEY)
        only_asked = any(f.asked for f in assessment.findings)
        duration = selected == f"{faq_selector.RETRIEVAL_INTENT}/{DURATION_FAQ}" and only_asked
        caused = selected == f"{faq_selector.RETRIEVAL_INTENT}/{TREATMENT_FAQ}" and only_asked and \
            bool(CUES.side_effect_asked.search(message.get(TEXT) or ""))
        if not asked and (routine_asked or duration or caused) and \
                all(f.level == triage.ROUTINE for f in assessment.findings):
            topics = [f"{faq_selector.RETRIEVAL_INTENT}/{ROUTINE_FAQ}"]  # "like swelling, redness?" after small talk
        folded = triage_es.fold(message.get(TEXT) or "").lower()
        if CUES.treats_it.search(folded):
            # a question whether Botox treats the sign ("can botox stop my eye twitching?"): what it is used for (the
            # follow-up cues' `treatment_targets`), never the sign's answer as a side effect; else the selector's
            target = follow_up_cues.treatment_target(folded)
            side_effect = (selected or "").split("/", 1)[-1] in levels.faq_topics() | {ROUTINE_FAQ}
            if target is None or not side_effect:
                return
            topics = [f"{faq_selector.RETRIEVAL_INTENT}/{target}"]
        if not topics:
            return
        faq_selector.FaqResponseSelector.choose(message, topics)
        ranked: List[Dict[str, Any]] = list(message.get(INTENT_RANKING_KEY) or [])
        faq = next((r for r in ranked if r.get("name") == faq_selector.RETRIEVAL_INTENT), {})
        RedFlagDetector._choose(message, faq_selector.RETRIEVAL_INTENT, faq.get("confidence", 0.0))

    @staticmethod
    def _sure_faq(message: Message, assessment: triage.Assessment) -> bool:
        """The fallback came from two close intents, not a weak one: `faq` first (at least WEAK_INTENT), the
        runner-up not a report, the FAQ selector sure of its answer (FAQ_SURE), and nothing reported."""
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != "nlu_fallback"]
        selected = ((message.get("response_selector") or {}).get("faq") or {}).get("response") or {}
        return len(ranking) >= 2 and ranking[0].get("name") == faq_selector.RETRIEVAL_INTENT and \
            float(ranking[0].get("confidence") or 0.0) >= WEAK_INTENT and ranking[1].get("name") not in REPORT_INTENTS \
            and float(selected.get("confidence") or 0.0) >= FAQ_SURE and report_share(message) < UNCLEAR_REPORT_SHARE \
            and not any(not f.general and not f.negated for f in assessment.findings)

    @staticmethod
    def _elsewhere_over_fallback(message: Message, assessment: triage.Assessment, folded: str) -> float:
        """The out-of-scope confidence when `out_of_scope` is one of the two intents the fallback came from, the
        (folded) message is `about_other_treatment`, and nothing is reported (every finding asked about or denied);
        0.0 otherwise."""
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != "nlu_fallback"][:2]
        oos = next((float(r.get("confidence") or 0.0) for r in ranking if r.get("name") == "out_of_scope"), 0.0)
        reported = any(not f.general and not f.negated for f in assessment.findings)
        return oos if follow_up_cues.about_other_treatment(folded) and not reported else 0.0

    @staticmethod
    def _faq_over_fallback(message: Message) -> None:
        """A question about a side effect the rules know ("does botox ever cause double vision?") that the
        classifiers found ambiguous between an FAQ and a report: answer the FAQ the selector chose."""
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        faq = next((r for r in ranking[:3] if r.get("name") == "faq"), None)
        if faq is None or not (message.get("response_selector") or {}).get("faq", {}).get("response"):
            return
        RedFlagDetector._choose(message, "faq", faq.get("confidence", 0.0))

    @staticmethod
    def _set_intent(message: Message, level: str) -> None:
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        if level == triage.NONE:
            # not a report after all: take the classifier's best non-report intent
            best = next((r for r in ranking if r.get("name") not in REPORT_INTENTS), None)
            if best is None:
                return
            name, confidence = best["name"], best.get("confidence", 0.0)
        else:
            name, confidence = LEVEL_INTENTS[level], 1.0
        RedFlagDetector._choose(message, name, confidence)

    @staticmethod
    def _choose(message: Message, name: str, confidence: float) -> None:
        """Makes `name` the message's intent, first in its ranking (unchanged if it already is the intent)."""
        current = message.get(INTENT) or {}
        if current.get("name") == name:
            return
        logger.debug("red-flag detector: %s -> %s", current.get("name"), name)
        chosen = {"name": name, "confidence": confidence}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)

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
