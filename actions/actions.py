"""The assistant's custom actions: thin classes over the clinic, triage, records and notify modules.

There is deliberately no custom `action_session_start`: if the action server were down,
a failed session start would leave the first message without the rules that carry the
safety answers. The start-of-conversation notice is a rule (data/rules/conversation_start.yml)
and the clinic's details are slots with initial values rendered from clinic.yml.

The clinic's configuration is loaded and validated when the action server imports this
module, so a bad clinic.yml stops the server at start-up with an error naming the key.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from botox_clinic import clinic, levels, notify, records

logger = logging.getLogger(__name__)

CLINIC = clinic.load()
LEVELS = levels.INTENT_LEVELS  # the action server never loads the red-flag rules (or spaCy)
FAQ_TOPIC = levels.FAQ_TOPIC_ENTITY  # the FAQ that also answers a question about a routine report


def follow_up(level: str, recorded: bool, config: clinic.Clinic, now: Optional[datetime] = None,
              language: Optional[str] = None) -> Optional[str]:
    """What the triage action adds after the static safety message, or None.

    language: the conversation's `language` slot; "es" gives Spanish, "both" English then Spanish,
    anything else English.
    """
    if language == "both":
        parts = [follow_up(level, recorded, config, now, "en"), follow_up(level, recorded, config, now, "es")]
        return " ".join(p for p in parts if p) or None
    spanish = language == "es"
    if level == levels.EMERGENCY:
        if recorded:
            if spanish:
                return (f"Avisé al equipo de {config.name}, pero puede que no lo vean enseguida: "
                        f"llame al {config.emergency_number} ahora.")
            return (f"I've logged this for the {config.name} team, but they may not see it right away: "
                    f"please call {config.emergency_number} now.")
        if spanish:
            return (f"No pude avisar al equipo automáticamente. Llame al {config.emergency_number} ahora y "
                    f"después a {config.name} al {config.phone}.")
        return (f"I couldn't pass this on to the team automatically. Please call {config.emergency_number} now, "
                f"then {config.name} at {config.phone}.")
    if level == levels.URGENT:
        if config.is_open(now):
            where = (f"La clínica está abierta: llame ya al {config.phone}." if spanish else
                     f"The clinic is open now: please call {config.phone} straight away.")
        elif spanish:
            where = (f"La clínica está cerrada ahora (horario: {config.hours_text('es')}); llame ya a la línea "
                     f"fuera de horario: {config.after_hours_phone}.")
        else:
            where = (f"The clinic is closed right now (hours: {config.hours_text()}), so please call the "
                     f"after-hours line now: {config.after_hours_phone}.")
        if spanish:
            logged = "También dejé su mensaje para el equipo." if recorded else \
                "No pude avisar al equipo automáticamente, así que haga esa llamada."
        else:
            logged = "I've also logged your message for the team." if recorded else \
                "I couldn't pass this on to the team automatically, so please make that call."
        return f"{where} {logged}"
    return None


def latest_user_event(tracker: Tracker) -> Dict[Text, Any]:
    return next((e for e in reversed(tracker.events) if e.get("event") == "user"), {})


class ActionTriageReport(Action):
    """Record a side-effect report for staff, notify them, and add time-aware advice.

    Runs after the static triage response (see data/rules/triage.yml): the patient already
    has the safety message, so a failure here can only lose the follow-up, never the advice.
    """

    def name(self) -> Text:
        return "action_triage_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[EventType]:
        event = latest_user_event(tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        level = LEVELS.get(intent or "")
        if level is None:
            return []
        entities = tracker.latest_message.get("entities") or []
        topic = next((e.get("value") for e in entities if e.get("entity") == FAQ_TOPIC), None)
        beside = any(e.get("role") == levels.ASKED_BESIDE_ROLE for e in entities if e.get("entity") == FAQ_TOPIC)
        if topic and level == levels.ROUTINE and not beside:
            # a question about the routine effect just reported, and recorded then ("how long do they usually
            # stay?"): after the reassurance, the FAQ answer that says how long each effect lasts
            dispatcher.utter_message(response=f"utter_faq/{topic}")
            return []
        symptoms = [e["value"] for e in entities if e.get("entity") == "symptom"]
        when = next((e["value"] for e in entities if e.get("entity") == "time_since_treatment"), None)
        text = records.clean(tracker.latest_message.get("text"))
        language = tracker.get_slot("language")
        report = dict(conversation_id=tracker.sender_id, channel=tracker.get_latest_input_channel(), level=level,
                      symptoms=symptoms, patient_text=text, time_since_treatment=when,
                      message_ts=float(event.get("timestamp") or datetime.now().timestamp()),
                      language=language or "en")
        recorded = False
        try:
            report_id = records.record(**report)
            recorded = True
        except Exception:  # the database is down: the tracker store still has it (make reconcile)
            logger.exception("could not record a %s report for %s", level, tracker.sender_id)
            report_id = None
        if recorded and level in (levels.EMERGENCY, levels.URGENT):
            notify.notify_staff({**report, "report_id": report_id, "symptoms": levels.symptom_words(symptoms)})
        message = follow_up(level, recorded, CLINIC, language=language)
        if message:
            dispatcher.utter_message(text=message)
        if topic and beside and level == levels.ROUTINE:  # "can i lie down tonight? mild headache": that FAQ too
            dispatcher.utter_message(response=f"utter_faq/{topic}")
        return [SlotSet("symptoms", symptoms or None), SlotSet("time_since_treatment", when)]
