"""Plain `rasa train` / `rasa shell` from the repository root give the clinic's real details.

config.yml names addons.importer.ClinicImporter, so the domain Rasa builds from the default
`domain.yml` already has every answer of content/ and the clinic's values from clinic.yml; this
checks that domain, and the replies it renders, without spending a minute on training.
"""
import asyncio
import re
from pathlib import Path

from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.importers.importer import TrainingDataImporter

from botox_clinic import clinic

ROOT = Path(__file__).resolve().parent.parent


def plain_domain():
    # exactly what `rasa train` does with its defaults: --config config.yml --domain domain.yml --data data
    return TrainingDataImporter.load_from_config(str(ROOT / "config.yml"), str(ROOT / "domain.yml"),
                                                 [str(ROOT / "data")]).get_domain()


def test_the_default_domain_has_every_answer_and_the_clinics_values():
    domain = plain_domain()
    details = clinic.load()
    slots = {s.name: s.initial_value for s in domain.slots}
    assert slots["clinic_phone"] == details.phone and slots["emergency_number"] == details.emergency_number
    assert "utter_faq/what_is" in domain.responses and "utter_triage_emergency" in domain.responses


def test_replies_rendered_from_the_default_domain_show_the_real_phone_and_no_placeholder():
    domain = plain_domain()
    details = clinic.load()
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    tracker = DialogueStateTracker.from_events("plain", [], domain.slots)
    for name in ("utter_contact_clinic", "utter_triage_urgent", "utter_triage_emergency"):
        reply = asyncio.run(nlg.generate(name, tracker, "rest"))["text"]
        assert not re.search(r"\{\w+\}", reply), reply
        assert details.phone in reply or details.emergency_number in reply, reply
