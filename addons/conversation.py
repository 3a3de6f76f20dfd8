"""What the session's tracker shows of the conversation so far, read by the conversation-context patches
(addons/rasa_patches.py): the patient's last messages, the red flag answered earlier that stands unless the patient
takes it back, the assistant's last answer and its FAQ topic, the FAQ topic of the patient's previous message. Rasa's
tracker events in, plain values out; nothing here changes a message."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.shared.core.events import BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from addons.nlu import faq_selector, follow_up_topic, red_flags
from botox_clinic import follow_up_cues, levels, triage_es


def earlier_user_texts(tracker: Optional[DialogueStateTracker], limit: int = 3) -> List[str]:
    """The patient's last `limit` messages of the current session, oldest first."""
    if tracker is None:
        return []
    texts: List[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, UserUttered) and event.text and not event.text.startswith("/"):
            texts.append(event.text)
            if len(texts) == limit:
                break
    return list(reversed(texts))


def standing_level(tracker: Optional[DialogueStateTracker], before_last_message: bool = False) -> Optional[str]:
    """The highest level of policy/triage_levels.yml `standing` ("emergency", "urgent") the patient has been
    answered at in the current session (a bot message `utter_triage_<level>`) for a red flag the rules named
    (a `symptom` entity of the message answered, at that level or above; a classifier's guess alone does not
    stand), or None. With `before_last_message`, only answers given before the patient's latest message count."""
    if tracker is None:
        return None
    standing, symptom_levels = levels.standing(), levels.load()
    found: Optional[str] = None
    pending: List[Any] = []  # bot messages after the last patient message, newest first
    skipped_last = not before_last_message
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, BotUttered):
            pending.append(event)
        elif isinstance(event, UserUttered):
            if skipped_last:
                named = max((symptom_levels.get(e.get("value"), levels.NONE) for e in event.entities
                             if e.get("entity") == "symptom"), key=levels.RANK.__getitem__, default=levels.NONE)
                for bot in pending:
                    level = triage_level(bot)
                    if level in standing:
                        level = min(level, named, key=levels.RANK.__getitem__)
                        if level in standing and (found is None or levels.RANK[level] > levels.RANK[found]):
                            found = level
            skipped_last = True
            pending = []
    return found


def standing_unless_taken_back(tracker: Optional[DialogueStateTracker], taken_back: bool,
                                before_last_message: bool = False) -> Optional[str]:
    """`standing_level`, except an urgent one when the patient's message takes it back (`taken_back`, from
    `follow_up_cues.takes_back`: "visión doble después del botox" then "perdón, me expresé mal, no me está pasando
    nada"); an emergency one always stands."""
    standing = standing_level(tracker, before_last_message)
    return None if taken_back and standing != levels.EMERGENCY else standing


def taken_back(text: str, earlier: List[str]) -> bool:
    """The message takes back what the last of `earlier` (the patient's messages before it, oldest first) seemed to
    report (`follow_up_cues.takes_back`), or says the part it named was the wrong one and that only a sign of its own
    is there (`follow_up_cues.corrects_part`: "my eye looks swollen" then "oops no, not my eye, just a little bruise
    under it"), read alone then."""
    folded = triage_es.fold(text)
    if follow_up_cues.takes_back(folded):
        return True
    if not earlier:
        return False
    signs = [triage_es.fold(f.text) for f in red_flags.assess(text).findings if not f.negated and not f.general]
    return follow_up_cues.corrects_part(folded, triage_es.fold(earlier[-1]), signs)


def triage_level(event: BotUttered) -> str:
    """The level of a bot message that is a triage answer (`utter_triage_<level>`), else ""."""
    action = (event.metadata or {}).get("utter_action") or ""
    return action[len("utter_triage_"):] if action.startswith("utter_triage_") else ""


def last_answer(tracker: Optional[DialogueStateTracker]) -> str:
    """The response name of the assistant's last message before the patient's new one ("utter_book_appointment"),
    or "" when there is none in the current session."""
    for event in reversed(tracker.events if tracker is not None else []):
        if isinstance(event, (SessionStarted, UserUttered)):
            return ""
        if isinstance(event, BotUttered):
            return (event.metadata or {}).get("utter_action") or ""
    return ""


def last_triage_level(tracker: Optional[DialogueStateTracker]) -> str:
    """The highest triage level ("urgent") the assistant answered the patient's previous message at (its
    `utter_triage_<level>` messages, a classifier's guess included), or "" when that answer was no triage answer or
    there is none in the current session."""
    found = ""
    for event in reversed(tracker.events if tracker is not None else []):
        if isinstance(event, (SessionStarted, UserUttered)):
            return found
        if isinstance(event, BotUttered):
            level = triage_level(event)
            if level in levels.RANK and (not found or levels.RANK[level] > levels.RANK[found]):
                found = level
    return found


def last_answer_topic(tracker: Optional[DialogueStateTracker]) -> Optional[str]:
    """The FAQ topic ("se_allergy") of the assistant's last message in the current session, if it was an FAQ answer;
    past one exchange the assistant answered with an aside (the follow-up cues' `aside_answers`: "its my bday dinner"
    answered as out of scope), the FAQ answer before it."""
    exchanges = 0
    for event in reversed(tracker.events if tracker is not None else []):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, UserUttered):
            exchanges += 1
            if exchanges > 1:
                return None
        if isinstance(event, BotUttered):
            action = (event.metadata or {}).get("utter_action") or ""
            if action.startswith("utter_faq/"):
                return action.split("/", 1)[1]
            if action not in follow_up_topic.CUES.aside_answers:
                return None
    return None


def previous_message_topic(tracker: Optional[DialogueStateTracker]) -> Optional[str]:
    """The FAQ topic ("aftercare_flying") the FAQ selector chose or guessed for the patient's previous message of the
    current session, when it was at least `follow_up_topic.OWN_TOPIC_SURE` sure ("flying to cancun the morning after my
    appointment", answered with how to book, then "is that going to mess anything up?"), else None."""
    for event in reversed(tracker.events if tracker is not None else []):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, UserUttered):
            choice = faq_choice(event.parse_data or {}, guessed=True)
            key = choice.get("intent_response_key") or ""
            sure = float(choice.get("confidence") or 0.0) >= follow_up_topic.OWN_TOPIC_SURE
            return key.split("/", 1)[1] if sure and "/" in key else None
    return None


def faq_choice(parse_data: Dict[Text, Any], guessed: bool = False) -> Dict[Text, Any]:
    """The FAQ answer the message has now ({"intent_response_key": "faq/cost", "confidence": 0..1, ...}), or, with
    `guessed`, the FAQ selector's guess for a message it did not answer (`faq_selector.FAQ_GUESS`); else {}."""
    chosen = ((parse_data.get("response_selector") or {}).get(faq_selector.RETRIEVAL_INTENT) or {}).get("response")
    return chosen or (guessed and parse_data.get(faq_selector.FAQ_GUESS)) or {}


def answered_since_last_message(tracker: DialogueStateTracker) -> bool:
    """Whether a bot message follows the patient's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, BotUttered):
            return True
        if isinstance(event, UserUttered):
            return False
    return True  # no patient message: nothing to answer


def answered_at_or_above(tracker: DialogueStateTracker, level: str) -> bool:
    """Whether a bot message since the patient's latest message is a triage answer at `level` or above."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered):
            answered = triage_level(event)
            if answered in levels.RANK and levels.RANK[answered] >= levels.RANK[level]:
                return True
    return False
