"""A message written as a checklist is read item by item (botox_clinic/checklist.py), through the red-flag rules as
served (addons/nlu/red_flags.assess). Round 72."""
import pytest

from addons.nlu import red_flags
from botox_clinic import checklist


@pytest.mark.parametrize("text, sentences", [
    # a denied item is left out, an affirmed one is its label, any other its label and value (one said not to be
    # right, a problem too)
    ("breathing: ok / swallowing: kinda hard / vision: fine",
     "swallowing kinda hard. problems with my swallowing. problemas con swallowing."),
    ("1) fever no 2) blurry vision yes", "blurry vision."),
    ("fever - no, vision - fine, just a small bruise", "just a small bruise."),
    ("- fiebre: no\n- vista: borrosa\n- moretón: chiquito", "vista borrosa. moretón chiquito."),
])
def test_a_checklist_is_read_as_its_items(text, sentences):
    assert checklist.as_sentences(text) == sentences


@pytest.mark.parametrize("text", [
    "my eyelid is drooping since yesterday",
    "hi\nmy eyelid droops",
    "cost: how much is it?",  # one item is no list
])
def test_other_messages_are_read_as_written(text):
    assert checklist.as_sentences(text) is None


@pytest.mark.parametrize("text, level", [
    # the red flag in the middle of the list, read with its value
    ("breathing: ok / swallowing: kinda hard / vision: fine", "emergency"),
    ("respirar: bien / tragar: me cuesta / vista: normal", "emergency"),
    # a denial does not run into the next item, and an answered "yes" reports it
    ("1) fever no 2) blurry vision yes", "urgent"),
    ("1) fiebre no, 36.8 2) vista bien 3) voz normal 4) solo tengo unas bolitas chiquitas de los piquetes", "routine"),
    # every item denied: nothing reported
    ("fever: no / vision: fine / breathing: ok", "none"),
    # an item said not to be right: a problem with it, and "call the clinic" for one no rule names (round 72 review)
    ("breathing - not great, swallowing - ok, brow - fine", "emergency"),
    ("voice: not great / vision: fine", "urgent"),
    ("bruise: a little / fever: no", "routine"),
])
def test_a_checklist_gets_the_level_of_what_it_reports(text, level):
    assert red_flags.assess(text).level == level
    # ... its findings span the whole message (the entity of the symptom)
    assert all((f.start, f.end) == (0, len(text)) for f in red_flags.assess(text).findings)
