"""FaqResponseSelector (addons/faq_selector.py) ranks FAQ answers for FAQ questions only."""
import pytest
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.training_data.message import Message

from addons.faq_selector import FaqResponseSelector


@pytest.fixture
def ranked(monkeypatch):
    seen = []
    monkeypatch.setattr(ResponseSelector, "process", lambda self, messages: seen.extend(messages) or messages)
    return seen


def selector(retrieval_intent="faq"):
    component = object.__new__(FaqResponseSelector)  # the skip logic needs no trained model
    component.component_config = {"retrieval_intent": retrieval_intent}
    component.all_retrieval_intents = ["faq"]
    return component


def message(text, intent):
    return Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})


def test_only_faq_questions_are_ranked(ranked):
    faq, hello, report = message("does it hurt", "faq"), message("hi", "greet"), message("I can't swallow", "report_emergency")
    assert selector().process([hello, faq, report]) == [hello, faq, report]
    assert ranked == [faq]


def test_nothing_to_rank_makes_no_call(ranked):
    selector().process([message("thanks", "thank"), Message(data={"text": "no intent yet"})])
    assert ranked == []


def test_a_selector_for_all_retrieval_intents_ranks_each_of_them(ranked):
    faq, hello = message("how long does it last", "faq"), message("hello", "greet")
    selector(retrieval_intent=None).process([faq, hello])
    assert ranked == [faq]
