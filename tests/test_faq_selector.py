"""FaqResponseSelector (addons/nlu/faq_selector.py): chooses the FAQ answer, only for FAQ questions, and writes
it where Rasa's ResponseSelector does, so `utter_faq` reads it unchanged; for other messages it keeps its best guess
(`faq_guess`) for the conversation context."""
import numpy as np
import pytest
from rasa.shared.nlu.training_data.message import Message
from sklearn.linear_model import LogisticRegression

from addons.nlu.faq_selector import FaqResponseSelector


@pytest.fixture
def selector(monkeypatch):
    component = object.__new__(FaqResponseSelector)  # a tiny trained model, no Rasa storage needed
    component.config = FaqResponseSelector.get_default_config()
    component.clf = LogisticRegression().fit(np.array([[0.0], [1.0]]), ["faq/cost", "faq/does_it_hurt"])
    monkeypatch.setattr(FaqResponseSelector, "_create_X",
                        lambda self, messages: np.array([[1.0 if "hurt" in m.get("text") else 0.0] for m in messages]))
    return component


def message(text, intent, ranking=()):
    return Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9},
                         "intent_ranking": [{"name": name, "confidence": 0.1} for name in ranking]})


def test_an_faq_question_gets_the_answer_where_utter_faq_reads_it(selector):
    faq = message("does it hurt", "faq")
    selector.process([faq])
    chosen = faq.get("response_selector")["faq"]["response"]
    assert chosen["intent_response_key"] == "faq/does_it_hurt"
    assert chosen["utter_action"] == "utter_faq/does_it_hurt"
    assert faq.get("response_selector")["all_retrieval_intents"] == ["faq"]


def test_other_messages_are_not_answered_but_keep_the_best_guess(selector):
    """Not answered (utter_faq finds nothing), but the best guess is kept for a follow-up on the last FAQ answer."""
    hello, report = message("what about when it hurts", "out_of_scope"), message("I can't swallow", "report_emergency")
    selector.process([hello, report])
    assert hello.get("response_selector") is None and report.get("response_selector") is None
    assert hello.get("faq_guess")["intent_response_key"] == "faq/does_it_hurt"
    assert 0.5 < hello.get("faq_guess")["confidence"] <= 1.0


def test_a_message_whose_next_guess_is_faq_is_ranked_too(selector):
    """A later component may still settle on faq: utter_faq must then find an answer."""
    maybe = message("how much is it", "report_routine", ranking=("report_routine", "faq"))
    selector.process([maybe])
    assert maybe.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/cost"
