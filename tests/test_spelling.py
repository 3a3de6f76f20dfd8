"""Spelling of symptom words written as they sound: botox_clinic/spelling_es.py on the policy's `spelling`, and the
English respelling and run-together reading of botox_clinic/triage_text.py."""
import pytest

from botox_clinic import spelling_es, triage, triage_es

SPELLING = triage_es.triage().rules.spelling


@pytest.mark.parametrize("written, meant", [("devil", "debil"), ("inchado", "hinchado"), ("bision", "vision"),
                                            ("cabesa", "cabeza"), ("desmallo", "desmayo"), ("rrespirar", "respirar"),
                                            ("sierra", "cierra"), ("estendiendo", "extendiendo")])
def test_a_spanish_symptom_word_written_as_it_sounds_is_read_as_meant(written, meant):
    assert SPELLING is not None and SPELLING.correct(written) == meant


@pytest.mark.parametrize("word", ["cierto", "desmayaba", "orinar", "hinchando", "vos", "tragos", "hola"])
def test_other_words_are_kept_as_written(word):
    assert SPELLING is not None and SPELLING.correct(word) == word


@pytest.mark.parametrize("entry", [None, {"words": "a b"}, {"words": "a", "sounds": [["(", "x"]]},
                                   {"words": "a", "sounds": [["a"]]}])
def test_a_bad_spelling_entry_is_named(entry):
    with pytest.raises(ValueError, match="spelling"):
        spelling_es.read(entry, "spelling")


def test_english_words_run_together_are_spaced_and_real_words_are_not():
    reader = triage.triage()
    assert reader.split_run_together("face blowingup afterbotox") == "face blowing up after botox"
    assert reader.split_run_together("an overactive bladder") == "an overactive bladder"


def test_english_symptom_words_written_as_they_sound_are_respelt_and_days_are_not():
    reader = triage.triage()
    assert reader.respell("tiny bruze, dubble vison") == "tiny bruise, double vison"  # "vison": make_doc's own match
    assert reader.respell("on sunday it was quite fine") == "on sunday it was quite fine"
