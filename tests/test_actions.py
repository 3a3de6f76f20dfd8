"""Custom actions, called directly (no server): what the patient is told and what is recorded."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import actions
from botox_clinic import levels, notify, records

NY = ZoneInfo("America/New_York")
MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=NY)
SUNDAY_NIGHT = datetime(2026, 11, 29, 23, 0, tzinfo=NY)


def tracker(text, intent, entities=(), channel="twilio", sender="patient-1", ts=1700000000.25):
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": list(entities)}
    events = [{"event": "user", "text": text, "timestamp": ts, "parse_data": latest, "input_channel": channel}]
    return Tracker(sender, {}, latest, events, False, None, {}, "action_listen")


@pytest.fixture
def store(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'reports.db'}"
    monkeypatch.setenv("REPORTS_DATABASE_URL", url)
    return url


@pytest.fixture
def sent(monkeypatch):
    calls = []
    monkeypatch.setattr(notify, "notify_staff", lambda report: calls.append(report))
    return calls


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()


async def test_emergency_report_is_recorded_notified_and_points_to_911(store, sent, dispatcher):
    entities = [{"entity": "symptom", "value": "trouble_swallowing"},
                {"entity": "time_since_treatment", "value": "yesterday"}]
    t = tracker("I had Botox yesterday and now I can't swallow", "report_emergency", entities)
    events = await actions.ActionTriageReport().run(dispatcher, t, {})
    rows = records.recent(url=store)
    assert len(rows) == 1
    row = rows[0]
    assert (row["level"], row["channel"], row["conversation_id"]) == ("emergency", "twilio", "patient-1")
    assert row["symptoms"] == "trouble_swallowing" and row["time_since_treatment"] == "yesterday"
    assert row["patient_text"] == "I had Botox yesterday and now I can't swallow"
    assert sent and sent[0]["report_id"] == row["id"] and sent[0]["level"] == "emergency"
    assert "call 911 now" in dispatcher.messages[0]["text"]
    assert SlotSet("symptoms", ["trouble_swallowing"]) in events
    assert SlotSet("time_since_treatment", "yesterday") in events


async def test_routine_report_is_recorded_without_staff_alert(store, sent, dispatcher):
    t = tracker("a small bruise where they injected", "report_routine", [{"entity": "symptom", "value": "bruising"}])
    await actions.ActionTriageReport().run(dispatcher, t, {})
    assert records.recent(url=store)[0]["level"] == "routine"
    assert sent == [] and dispatcher.messages == []


async def test_a_question_about_a_routine_report_gets_the_faq_after_the_reassurance(store, sent, dispatcher):
    # "tiny red bumps on my cheek" then "how long will they stay?" (addons/rasa_patches.py sets the entity): the FAQ on
    # how long each common effect lasts, and no second record of the report told before
    t = tracker("how long will they stay?", "report_routine",
                [{"entity": "symptom", "value": "bumps"}, {"entity": "faq_topic", "value": "common_effects"}])
    assert await actions.ActionTriageReport().run(dispatcher, t, {}) == []
    assert [m["response"] for m in dispatcher.messages] == ["utter_faq/common_effects"]
    assert records.recent(url=store) == [] and sent == []
    # (never after a red flag: an urgent report with the entity is recorded and told to call as always)
    dispatcher.messages.clear()
    t = tracker("how long will it last?", "report_urgent",
                [{"entity": "symptom", "value": "drooping"}, {"entity": "faq_topic", "value": "common_effects"}])
    await actions.ActionTriageReport().run(dispatcher, t, {})
    assert records.recent(url=store)[0]["level"] == "urgent" and sent
    assert "utter_faq/common_effects" not in [m.get("response") for m in dispatcher.messages]


async def test_a_question_asked_beside_a_new_routine_report_is_answered_after_it_is_recorded(store, sent, dispatcher):
    # "i have a small bruise, can i wear makeup over it?" (addons/rasa_patches.py sets the entity with its role): the
    # report is recorded as any other, then the make-up answer; staff are not paged for a routine report
    t = tracker("i have a small bruise, can i wear makeup over it?", "report_routine",
                [{"entity": "symptom", "value": "bruising"},
                 {"entity": "faq_topic", "value": "aftercare_makeup", "role": levels.ASKED_BESIDE_ROLE}])
    await actions.ActionTriageReport().run(dispatcher, t, {})
    assert [r["level"] for r in records.recent(url=store)] == ["routine"] and sent == []
    assert [m.get("response") for m in dispatcher.messages][-1] == "utter_faq/aftercare_makeup"


async def test_database_down_still_tells_the_patient_to_call(monkeypatch, sent, dispatcher, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("REPORTS_DATABASE_URL", f"sqlite:///{blocked}/reports.db")
    await actions.ActionTriageReport().run(dispatcher, tracker("my eyelid is drooping", "report_urgent"), {})
    text = dispatcher.messages[0]["text"]
    assert "couldn't pass this on" in text
    assert actions.CLINIC.phone in text or actions.CLINIC.after_hours_phone in text
    assert len(text) <= 320
    assert sent == []


async def test_not_a_report_does_nothing(store, sent, dispatcher):
    assert await actions.ActionTriageReport().run(dispatcher, tracker("hi", "greet"), {}) == []
    assert records.recent(url=store) == [] and dispatcher.messages == []


def test_urgent_follow_up_depends_on_opening_hours():
    c = actions.CLINIC
    open_now = actions.follow_up("urgent", True, c, MONDAY_NOON)
    closed = actions.follow_up("urgent", True, c, SUNDAY_NIGHT)
    assert c.phone in open_now and c.after_hours_phone not in open_now
    assert c.after_hours_phone in closed and "closed right now" in closed
    assert actions.follow_up("routine", True, c, MONDAY_NOON) is None
    assert all(len(actions.follow_up(level, recorded, c, when)) <= 320 for level in ("emergency", "urgent")
               for recorded in (True, False) for when in (MONDAY_NOON, SUNDAY_NIGHT))


def test_follow_up_speaks_the_patients_language(clinic_config):
    closed = datetime(2026, 11, 29, 23, 0, tzinfo=ZoneInfo(clinic_config.timezone))  # a Sunday night
    spanish = actions.follow_up("urgent", True, clinic_config, closed, language="es")
    assert "cerrada" in spanish and clinic_config.after_hours_phone in spanish and "dom cerrado" in spanish
    both = actions.follow_up("emergency", True, clinic_config, closed, language="both")
    assert "please call" in both and "llame al" in both and both.count(clinic_config.emergency_number) == 2
    english = actions.follow_up("urgent", True, clinic_config, closed, language=None)
    assert "closed right now" in english
