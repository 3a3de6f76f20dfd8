"""Understanding without a server: the sentence encoder, language detection, the Spanish rules, the
fail-safe decision, conversation context, and the answers' content files."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from botox_clinic import clinic, triage, triage_es
from addons.nlu import follow_up, red_flags
from addons.nlu.language import detect
from addons.nlu.sentence_encoder import encode
from scripts import content_review

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- the encoder (a silent change fails here)
REFERENCE = {
    "Does Botox hurt?": [-0.0073, -0.074492, 0.062737, 0.062161, -0.037999, 0.065005],
    "¿Cuánto dura el botox?": [-0.029665, -0.09133, 0.062225, 0.035136, -0.016587, 0.035426],
}


def test_encoder_gives_the_stored_reference_vectors():
    vectors = encode(list(REFERENCE))
    assert vectors.shape == (2, 512) and vectors.dtype == np.float32
    for vector, expected in zip(vectors, REFERENCE.values()):
        assert np.allclose(vector[:6], expected, atol=1e-4)
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3


def test_encoder_puts_a_spanish_question_next_to_its_english_twin():
    en, es, other = encode(["how long does botox last", "cuanto dura el botox", "can I go to the gym after"])
    assert float(en @ es) > float(en @ other) + 0.2


# ---------------------------------------------------------------- language per message
@pytest.mark.parametrize("text, language", [
    ("no puedo tragar desde la inyección", "es"), ("¿Cuánto dura el botox?", "es"), ("hola", "es"),
    ("gracias", "es"), ("se me cayó el párpado", "es"), ("I can't swallow since the injection", "en"),
    ("how long does it last", "en"), ("hi", "en"), ("thanks", "en"),
    ("ok", None), ("1", None), ("", None), ("me hice el botox y tengo droopy eyelid", "es"),
    ("eres un robot o una persona?", "es"), ("ok eso es todo, bye", "es"), ("can botox stop my migraines", "en"),
    # one word alone: only when lingua is sure ("leve" keeps the conversation's language)
    ("leve", None), ("borroso", "es"), ("blurry", "en"),
    # a Spanish mark in a plainly English message (a relative's title, a party) is a word, not the language; Spanglish
    # with a mark stays Spanish
    ("my tía had her neck botox monday and she says the spots are a little sore", "en"),
    ("we have my niece's quinceañera on saturday, can I get botox this week and still look ok?", "en"),
    ("my párpado is droopy since the botox", "es"), ("me salió un bruise after the botox", "es"),
])
def test_language_is_told_only_when_clear(text, language):
    assert detect(text) == language


# ---------------------------------------------------------------- Spanish rules (policy/red_flags_es.yml)
@pytest.mark.parametrize("text, level", [
    ("no puedo respirar", triage.EMERGENCY),
    ("desde ayer no puedo tragar la comida", triage.EMERGENCY),
    ("se me esta hinchando la lengua", triage.EMERGENCY),
    ("me desmaye en el baño", triage.EMERGENCY),
    ("tengo el parpado caido desde el lunes", triage.URGENT),
    ("veo doble", triage.URGENT),
    ("me salieron ronchas en todo el cuerpo", triage.URGENT),
    ("tengo fiebre y sale pus donde me inyectaron", triage.URGENT),
    ("tengo un moreton chiquito en la frente", triage.ROUTINE),
    ("no tengo problemas para respirar, solo un moreton", triage.ROUTINE),
    ("el botox puede causar problemas para tragar?", triage.NONE),
    ("cuanto dura el botox", triage.NONE),
    ("cuanto cuesta", triage.NONE),
    # through the lemmas of spaCy's Spanish lookup table: other tenses and persons
    ("mi abuela no pudo tragar nada anoche", triage.EMERGENCY),
    ("se nos desmayó en la sala", triage.EMERGENCY),
    ("me mareaba mucho anoche", triage.URGENT),
    ("no me mareé para nada", triage.NONE),
])
def test_spanish_rules_find_the_level(text, level):
    assert triage_es.assess(text).level == level


def test_a_bad_spanish_rule_stops_start_up_naming_file_entry_and_key(tmp_path):
    rules = yaml.safe_load((ROOT / "policy" / "red_flags_es.yml").read_text(encoding="utf-8"))
    name = next(iter(rules["symptoms"]))
    broken = dict(rules, symptoms={**rules["symptoms"], name: {**rules["symptoms"][name], "level": "severe"}})
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    with pytest.raises(triage_es.PolicyError, match=rf"rules.yml: symptoms.{name}.level"):
        triage_es.load(path)
    broken["symptoms"][name] = {"level": "urgent", "patterns": ["(unclosed"]}
    path.write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    with pytest.raises(triage_es.PolicyError, match=rf"symptoms.{name}.patterns\[0\]"):
        triage_es.load(path)


def test_a_spanish_list_is_written_out_where_named_and_an_unknown_name_stops_start_up(tmp_path):
    rules = yaml.safe_load((ROOT / "policy" / "red_flags_es.yml").read_text(encoding="utf-8"))
    path = tmp_path / "rules.yml"
    listed = dict(rules, lists={**rules["lists"], "pets": "perro gato"},
                  symptoms={**rules["symptoms"], "dizziness": {"level": "urgent", "patterns": ["mi $pets"]}})
    path.write_text(yaml.safe_dump(listed, allow_unicode=True), encoding="utf-8")
    loaded = triage_es.load(path)
    assert any(r.pattern.search("mi gato") for r in loaded.rules if r.symptom == "dizziness")
    assert not any(r.pattern.search("mi pez") for r in loaded.rules if r.symptom == "dizziness")
    listed["symptoms"]["dizziness"]["patterns"] = ["mi $birds"]
    path.write_text(yaml.safe_dump(listed, allow_unicode=True), encoding="utf-8")
    with pytest.raises(triage_es.PolicyError, match=r"symptoms\.dizziness\.patterns\[0\]: \$birds is not one of 'lists'"):
        triage_es.load(path)


def test_normalisation_folds_accents_sms_and_repeated_letters():
    sms = {"q": "que", "dsd": "desde"}
    assert triage_es.normalise("¡¡Nooo puedo TRAGAR dsd q me inyectaron!!", sms) == \
        "no puedo tragar desde que me inyectaron ! !"


# ---------------------------------------------------------------- English additions
@pytest.mark.parametrize("text, level", [
    ("small bruise and a mild headache, and honestly my chest feels heavy and tight", triage.EMERGENCY),
    ("chest pain since my injections this morning", triage.EMERGENCY),
    ("worst headache of my life since the botox", triage.EMERGENCY),
    ("I can't hold my head up, my neck has no strength", triage.EMERGENCY),
    ("I choked on my own saliva twice today", triage.EMERGENCY),
    ("couldn't swallow for an hour last night, fine now", triage.EMERGENCY),  # a passed episode still counts
    ("my forehead has gone numb", triage.URGENT),
    ("my eyes are really dry and gritty since the injections", triage.URGENT),
    ("is it normal that I can't close my eye all the way?", triage.URGENT),
    ("should I be worried that the injection site is red, warm and oozing?", triage.URGENT),
    ("should I be worried about droopy eyelids after botox?", triage.NONE),
    ("wrong number sorry", triage.NONE),
    ("can botox cause chest pain?", triage.NONE),
])
def test_english_rules_new_entries(text, level):
    assert triage.assess(text).level == level


# ---------------------------------------------------------------- the fail-safe decision
def test_routine_guess_with_nothing_the_rules_know_is_not_reassured():
    assessment = red_flags.assess("something weird with my ear since the shots")
    assert red_flags.decide("report_routine", assessment, 0.7) == triage.URGENT


def test_routine_guess_on_what_the_rules_know_as_negated_is_not_a_report():
    assessment = red_flags.assess("no bruising at all, looks great")
    assert red_flags.decide("report_routine", assessment, 0.7) == triage.NONE


def test_a_911_guess_without_a_rule_needs_confidence():
    assessment = red_flags.assess("I feel really off after the injections")
    assert red_flags.decide("report_emergency", assessment, 0.4) == triage.URGENT
    assert red_flags.decide("report_emergency", assessment, 0.9) == triage.EMERGENCY


def test_a_question_about_a_red_flag_is_not_a_report():
    assessment = red_flags.assess("can botox make you stop breathing?")
    assert red_flags.decide("report_emergency", assessment, 0.9) == triage.NONE


def test_two_messages_read_together_show_the_red_flag():
    together = follow_up.with_context(red_flags.assess("honestly it's the worst of my life"),
                                      "honestly it's the worst of my life", ["I have a headache"])
    assert together is not None and together.level == triage.EMERGENCY
    # a question about the headache just reported is about it, at its own level: no red flag
    asked_after = follow_up.with_context(red_flags.assess("how long does it last?"), "how long does it last?",
                                         ["I have a headache"])
    assert asked_after is not None and asked_after.level == triage.ROUTINE
    denied = "it's mild, 2 out of 10, nothing like the worst headache ever"
    assert follow_up.with_context(red_flags.assess(denied), denied, ["I have a headache"]) is None
    # each earlier message is its own sentence: a question stays a question
    asked = "what are the chances it makes me hoarse"
    assert follow_up.with_context(red_flags.assess(asked), asked, ["im booked in for botox on my neck bands"]) is None
    # a message that only asks is not made a report by a relative's story before it (round 58)
    asked = "¿y con el botox les puede pasar? ¿que se te hinche la boca?"
    story = "mi prima se hizo rellenos y le quedo la boca bien inflada jaja"
    assert follow_up.with_context(red_flags.assess(asked), asked, [story]) is None
    # ... while a message that tells its own swelling after that story is a report
    told = "y ahora a mi tambien se me esta hinchando la boca"
    joined = follow_up.with_context(red_flags.assess(told), told, [story])
    assert red_flags.assess(told).level == triage.EMERGENCY or joined is not None and joined.level == triage.EMERGENCY


@pytest.mark.parametrize("earlier, text, level", [
    ("I have a headache since my botox", "it's getting worse and nothing helps", triage.URGENT),
    ("me duele un poco la cabeza desde el botox", "ahora cada vez peor", triage.URGENT),
    ("small bruise by my eye", "thanks, it's not getting worse", None),
    ("can botox cause headaches?", "my sister's got worse", None),  # nothing was reported before
])
def test_a_symptom_that_gets_worse_over_the_conversation_is_urgent(earlier, text, level):
    together = follow_up.with_context(red_flags.assess(text), text, [earlier])
    assert (together.level if together else None) == level


# ---------------------------------------------------------------- content files
def test_every_answer_has_a_source_and_review_fields():
    assert content_review.problems() == []


def test_every_answer_exists_in_english_and_spanish():
    missing = []
    for path in sorted((ROOT / "content").glob("*.yml")):
        for name, items in yaml.safe_load(path.read_text(encoding="utf-8"))["responses"].items():
            languages = {(i.get("metadata") or {}).get("lang") for i in items}
            if not {"en", "es"} <= languages:
                missing.append(name)
            for item in items:
                if (item.get("metadata") or {}).get("lang") == "es":
                    assert item.get("condition") == [{"type": "slot", "name": "language", "value": "es"}], name
    assert missing == []


def test_spanish_opening_hours(clinic_config):
    text = clinic_config.hours_text("es")
    closed = [day for day, span in clinic_config.hours.items() if span is None]
    assert "closed" not in text and "am" not in text and "pm" not in text
    assert closed and all(f"{clinic.DAYS_ES[day]} cerrado" in text for day in closed)
    assert clinic_config.slot_values()["clinic_hours_es"] == text
