"""How the red-flag safety net (addons/nlu/red_flags.py) sets a message's intent and FAQ answer: the chosen
intent put first in the ranking, the answer about a side effect only asked about, and the FAQ or out-of-scope reading
of a message the classifiers found ambiguous (nlu_fallback). Functions of one parsed `Message`; they change only its
intent, intent ranking and FAQ response selection.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from botox_clinic import follow_up_cues, levels, triage, triage_es
from addons.nlu import faq_selector

logger = logging.getLogger(__name__)

LEVEL_INTENTS, INTENT_LEVELS = levels.LEVEL_INTENTS, levels.INTENT_LEVELS  # the one map, botox_clinic/levels.py
REPORT_INTENTS = set(INTENT_LEVELS) | {"report_unwell"}
ROUTINE_FAQ = "common_effects"  # the FAQ answer about the expected, mild effects
# the FAQ answer on how long Botox's own effect lasts: asked of a routine effect ("how long does a bruise last if i get
# one", "si me sale un moreton cuanto me dura"), the answer on the expected effects, which says how long each lasts
DURATION_FAQ = "how_long_it_lasts"
# the FAQ answer on Botox as a treatment for headaches: a headache asked about as something Botox causes ("can botox
# give you a headache?", "el botox da dolor de cabeza?", the follow-up cues' `side_effect_asked`) is a side effect,
# answered by the expected effects
TREATMENT_FAQ = "headaches"
# the FAQ answer on medicines and Botox: a message that only says which one the patient takes, or asks how one bears on
# the treatment
MEDICINES_FAQ = "medicines"
# an unclear message (nlu_fallback) in which the rules find no reported symptom (none, or only asked or denied), but
# to which the classifier gives the report
# intents together at least this probability, is an unknown symptom: "call the clinic", not "say it another way"
# ("el parpado de arriba no se me levanta bien" before a rule knew it: 0.58)
UNCLEAR_REPORT_SHARE = 0.5
# below this, the next-best intent after a rejected report guess is no answer at all (the FallbackClassifier's 0.4)
WEAK_INTENT = 0.4
# the FAQ selector's probability for its answer at which an ambiguous faq-or-other-intent message gets that answer
FAQ_SURE = 0.9
# the words that read a message with the last ones: clinical policy in policy/follow_up_cues.yml
CUES = follow_up_cues.CUES


def report_share(message: Message) -> float:
    """The classifier's probability of the report intents together, from the message's intent ranking (0..1)."""
    return sum(float(r.get("confidence") or 0.0) for r in message.get(INTENT_RANKING_KEY) or []
               if r.get("name") in REPORT_INTENTS)


def selected_faq(message: Message) -> Optional[str]:
    """The FAQ answer the response selector chose for the message ("faq/common_effects"), or None."""
    return (((message.get("response_selector") or {}).get(faq_selector.RETRIEVAL_INTENT) or {}).get("response") or
            {}).get(INTENT_RESPONSE_KEY)


def side_effect_answer(message: Message) -> bool:
    """The FAQ selector chose an answer on a side effect (a `faq` topic of policy/triage_levels.yml) or on safety in
    general (the follow-up cues' `safety_topics`)."""
    return (selected_faq(message) or "").split("/")[-1] in levels.faq_topics() | CUES.safety_topics


def booking_over_guess(message: Message, assessment: triage.Assessment, folded: str) -> bool:
    """The (folded) message opens by asking to book and booking is among the classifiers' first three intents:
    found ambiguous (nlu_fallback) with no sign in it ("can I book my next botox for next tues around 3pm?"), or read as
    the FAQ its treatment names, no sign reported, in words that only book (`follow_up_cues.asks_to_book` explicit:
    "quiero sacar cita pa mi botox de la migraña", not "can I get botox while breastfeeding")."""
    name = (message.get(INTENT) or {}).get("name")
    reported = any(not f.general and not f.negated for f in assessment.findings)
    opens = name == "nlu_fallback" and not assessment.findings and follow_up_cues.asks_to_book(folded) or \
        name == faq_selector.RETRIEVAL_INTENT and not reported and follow_up_cues.asks_to_book(folded, explicit=True)
    return opens and "book_appointment" in [r.get("name") for r in (message.get(INTENT_RANKING_KEY) or [])[:3]]


def answer_about_symptom(message: Message, assessment: triage.Assessment, routine_asked: bool = False) -> None:
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
    selected = selected_faq(message)
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
    choose(message, faq_selector.RETRIEVAL_INTENT, faq.get("confidence", 0.0))


def sure_faq(message: Message, assessment: triage.Assessment) -> bool:
    """The fallback came from two close intents, not a weak one: `faq` first (at least WEAK_INTENT), the
    runner-up not a report, the FAQ selector sure of its answer (FAQ_SURE), and nothing reported."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != "nlu_fallback"]
    selected = ((message.get("response_selector") or {}).get("faq") or {}).get("response") or {}
    return len(ranking) >= 2 and ranking[0].get("name") == faq_selector.RETRIEVAL_INTENT and \
        float(ranking[0].get("confidence") or 0.0) >= WEAK_INTENT and ranking[1].get("name") not in REPORT_INTENTS \
        and float(selected.get("confidence") or 0.0) >= FAQ_SURE and report_share(message) < UNCLEAR_REPORT_SHARE \
        and not any(not f.general and not f.negated for f in assessment.findings)


def elsewhere_over_fallback(message: Message, assessment: triage.Assessment, folded: str) -> float:
    """The out-of-scope confidence when `out_of_scope` is one of the two intents the fallback came from, the
    (folded) message is `about_other_treatment`, and nothing is reported (every finding asked about or denied);
    0.0 otherwise."""
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != "nlu_fallback"][:2]
    oos = next((float(r.get("confidence") or 0.0) for r in ranking if r.get("name") == "out_of_scope"), 0.0)
    reported = any(not f.general and not f.negated for f in assessment.findings)
    return oos if follow_up_cues.about_other_treatment(folded) and not reported else 0.0


def faq_over_fallback(message: Message) -> None:
    """A question about a side effect the rules know ("does botox ever cause double vision?") that the
    classifiers found ambiguous between an FAQ and a report: answer the FAQ the selector chose."""
    ranking = list(message.get(INTENT_RANKING_KEY) or [])
    faq = next((r for r in ranking[:3] if r.get("name") == "faq"), None)
    if faq is None or not (message.get("response_selector") or {}).get("faq", {}).get("response"):
        return
    choose(message, "faq", faq.get("confidence", 0.0))


def set_intent(message: Message, level: str) -> None:
    ranking = list(message.get(INTENT_RANKING_KEY) or [])
    if level == triage.NONE:
        # not a report after all: take the classifier's best non-report intent
        best = next((r for r in ranking if r.get("name") not in REPORT_INTENTS), None)
        if best is None:
            return
        name, confidence = best["name"], best.get("confidence", 0.0)
    else:
        name, confidence = LEVEL_INTENTS[level], 1.0
    choose(message, name, confidence)


def choose(message: Message, name: str, confidence: float) -> None:
    """Makes `name` the message's intent, first in its ranking (unchanged if it already is the intent)."""
    current = message.get(INTENT) or {}
    if current.get("name") == name:
        return
    logger.debug("red-flag detector: %s -> %s", current.get("name"), name)
    chosen = {"name": name, "confidence": confidence}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)


def faq_by_subject(message: Message, folded: str) -> None:
    """An FAQ answer chosen for a message that reports nothing, by the subject the (folded) message names: another
    treatment, Botox not named (`follow_up_cues.about_other_treatment`: "cuanto sale el laser para las manchas?" given
    the price of Botox; every answer is about Botox): out of scope; how a medicine named bears on Botox (the follow-up
    cues' `medicine_bearing`: "me pusieron gentamicina, eso influye en el botox?" given when results start; not another
    toxin: "a bad reaction to dysport, does that matter for botox?" is about allergy): the answer on medicines
    (`MEDICINES_FAQ`)."""
    if follow_up_cues.about_other_treatment(folded):
        choose(message, "out_of_scope", 1.0)
    elif follow_up_cues.names_medicine(folded, toxins=False) and CUES.medicine_bearing.search(folded.lower()):
        faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{MEDICINES_FAQ}"])
