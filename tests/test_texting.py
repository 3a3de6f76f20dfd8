"""Texting shorthand and emoji as words for the classifiers (botox_clinic/texting.py, addons/nlu/shorthand.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from addons.nlu.shorthand import ORIGINAL_TEXT, ShorthandExpander, ShorthandRestorer
from botox_clinic import texting


@pytest.mark.parametrize("text, expected", [
    # shorthand words, whole words only
    ("r u open 2moro", "are you open tomorrow"),
    ("can i come b4 work", "can i come before work"),
    ("court date rn", "court date right now"),
    # "2"/"4" between a word and a listed word; numbers stay numbers
    ("is it safe 4 my mom", "is it safe for my mom"),
    ("is it ok 2 go 2 the gym", "is it ok to go to the gym"),
    ("deals 4 $200", "deals for $200"),
    ("i got 4 units", "i got 4 units"),
    ("2 small bumps on my forehead", "2 small bumps on my forehead"),
    ("pain is 2/10", "pain is 2/10"),
    ("4 my forehead", "4 my forehead"),  # no word before it: a count or a list number
    # symbols between spaces, not inside words or addresses
    ("botox + filler @ noon", "botox and filler at noon"),
    ("mail me@example.com", "mail me@example.com"),
    # emoji by their short name, skin tone and gender left out; others kept
    ("can i ✈️ tomorrow", "can i flying tomorrow"),
    ("🏋🏽‍♀️ after my shots?", "gym workout after my shots?"),
    ("all good 😂", "all good 😂"),
    ("no shorthand here.", "no shorthand here."),
])
def test_expand(text, expected):
    assert texting.expand(text) == expected


@pytest.mark.parametrize("text, expected", [
    # dictated marks, right after the word before them; the text keeps its length
    ("is that normal question mark", "is that normal?"),
    ("fine after friday period is it normal question mark", "fine after friday. is it normal?"),
    ("wait comma what exclamation point", "wait, what!"),
    ("cuanto dura signo de interrogación", "cuanto dura?"),
    # a noun after a listed word stays; a mark needs a word before it
    ("can i get botox on my period", "can i get botox on my period"),
    ("is there a waiting period after botox", "is there a waiting period after botox"),
    ("after a one week period", "after a one week period"),
    ("period", "period"),
    ("the comma key is broken", "the comma key is broken"),
])
def test_spoken_punctuation(text, expected):
    said = texting.spoken_punctuation(text)
    assert len(said) == len(text)
    assert " ".join(said.split()) == expected
    assert texting.expand(text) == expected


def test_dictated_question_is_asked_and_a_dictated_report_keeps_its_level():
    # the red-flag check reads the marks too (addons/nlu/red_flags.assess)
    from addons.nlu import red_flags
    assert red_flags.assess("can botox mess with your eyesight like double vision question mark").level == "none"
    assert red_flags.assess("my left eyelid is drooping since yesterday period what do i do question mark").level \
        == "urgent"
    assert red_flags.assess("i cant swallow my food period it keeps getting stuck").level == "emergency"


def test_spanish_numbers_stay_numbers():
    assert texting.expand("tengo 2 moretones xq me puse botox", digits=False) == "tengo 2 moretones porque me puse botox"


def test_digit_word():
    assert texting.digit_word("botox", "4", "my") == "for"
    assert texting.digit_word("botox", "4", "hours") is None
    assert texting.digit_word("1", "2", "go") is None
    assert texting.digit_word("want", "3", "go") is None


def test_malformed_file(tmp_path: Path):
    bad = tmp_path / "shorthand.yml"
    bad.write_text("digits:\n  '2': {}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="malformed"):
        texting.load(str(bad))


def test_the_classifiers_read_words_and_the_rest_the_patients_text():
    expander, restorer = ShorthandExpander({"path": None}), ShorthandRestorer()
    message = Message({TEXT: "can i ✈️ 2moro?"})
    expander.process([message])
    assert message.get(TEXT) == "can i flying tomorrow?"
    restorer.process([message])
    assert message.get(TEXT) == "can i ✈️ 2moro?"
    assert message.get(ORIGINAL_TEXT) is None
    # a Spanish message keeps its numbers
    spanish = Message({TEXT: "tengo 2 moretones y me duele un poco"})
    expander.process([spanish])
    assert spanish.get(TEXT) == "tengo 2 moretones y me duele un poco"
    # training examples are expanded the same way
    data = TrainingData([Message({TEXT: "r u open 4 my appt", "intent": "contact_clinic"})])
    expander.process_training_data(data)
    assert data.training_examples[0].get(TEXT) == "are you open for my appointment"


def test_an_edited_shorthand_file_retrains(tmp_path: Path):
    # Rasa's training cache keys each step on its fingerprint: an edit to the lists must change it
    copy = tmp_path / "shorthand.yml"
    copy.write_bytes(texting.DEFAULT_PATH.read_bytes())
    before = ShorthandExpander.fingerprint_addon({"path": str(copy)})
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert ShorthandExpander.fingerprint_addon({"path": str(copy)}) != before


def test_a_chat_apps_line_heads_are_not_read_as_words():
    # a forwarded or pasted message: the classifiers read only what was said, not "[11:20 AM] Dana:"
    assert texting.expand("[11:20 AM] Dana: can you get me in next tuesday?") == "can you get me in next tuesday?"
    assert texting.expand("mira: '[2:14 p. m.] Tía Lupe: ¿alguien tiene la receta?' ¿tú la sabes?") == \
        "mira: ' ¿alguien tiene la receta?' ¿tú la sabes?"
    assert texting.expand("[Yesterday 9:15 PM] Dad: passed out\n[Yesterday 9:16 PM] Dad: im fine now") == \
        "passed out im fine now"
    # a bracketed date inside a sentence is the patient's own words
    assert texting.expand("my appt is [3/4] at 2: ok?") == "my appointment is [3/4] at 2: ok?"
