"""Which FAQ answer: a response selector for the retrieval intent `faq`, on the same features as the intent
classifier (word and character n-gram counts plus the multilingual sentence vectors).

Rasa's ResponseSelector is a TensorFlow model; with the 512-dimensional sentence vectors and 38 topics
in two languages it took about 9 s per epoch to train (16 minutes for Rasa's 100 epochs on this
2-core machine), and it only ranks answers. This component is Rasa's own
LogisticRegressionClassifier (same solver, same persistence), trained on the FAQ examples with their
full retrieval intent (`faq/<topic>`) as the label, and it writes its choice where the
ResponseSelector writes it (`response_selector` -> `faq`), so `utter_faq` and the processor read it
unchanged. It answers only when `faq` is the intent, or when the intent is a report guess with
`faq` among the next guesses (the RedFlagDetector may still settle on `faq`); for any other message it keeps its
best guess as the message property `faq_guess`, which answers nothing by itself (the conversation context reads it
for a follow-up to the FAQ answer just given: "what about flying tomorrow?").
"""
from __future__ import annotations

import warnings
from typing import Any, Dict, List, Text, Tuple

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data import util
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix

from addons.nlu.intent_classifier import SentenceFeatureRows

RETRIEVAL_INTENT = "faq"
# message property: the selector's best answer ({intent_response_key, confidence}) for a message it does not answer
# (the intent is not `faq`), read by the conversation context for a follow-up that only swaps one thing into the
# question just answered ("is wine ok tonight?" then "what about flying out tomorrow": addons/rasa_patches.py)
FAQ_GUESS = "faq_guess"

# Rasa's config validator looks for the ResponseSelector class itself and would warn at every training
# that the FAQ answers are not trained. They are, by this class.
warnings.filterwarnings("ignore", message="You have defined training data with examples for training a response selector")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqResponseSelector(SentenceFeatureRows, LogisticRegressionClassifier):
    """Chooses the `utter_faq/<topic>` answer for FAQ questions (see the module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "max_iter": 300, "ranking_length": 5}

    def _create_training_matrix(self, training_data: TrainingData) -> Tuple[csr_matrix, List[str]]:
        examples = [e for e in training_data.intent_examples
                    if e.get(INTENT) == RETRIEVAL_INTENT and e.get(INTENT_RESPONSE_KEY) and e.get(TEXT)]
        return self._create_X(examples), [e.get(INTENT_RESPONSE_KEY) for e in examples]

    @staticmethod
    def _asks_faq(message: Message) -> bool:
        """The intent is `faq`, or a report guess with `faq` among the next guesses (the RedFlagDetector
        turns a report guess that only asks about a symptom back into the best other intent)."""
        top = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if top == RETRIEVAL_INTENT:
            return True
        ranked = [r.get(INTENT_NAME_KEY) for r in (message.get(INTENT_RANKING_KEY) or [])[:3]]
        return bool(top and top.startswith("report_")) and RETRIEVAL_INTENT in ranked

    def process(self, messages: List[Message]) -> List[Message]:
        """Each message's FAQ answer when it asks one (`_asks_faq`), else its best guess as `FAQ_GUESS`."""
        if not messages or not hasattr(self.clf, "classes_"):
            return messages
        probabilities = self.clf.predict_proba(self._create_X(messages))
        for message, row in zip(messages, probabilities):
            ranking = sorted(({INTENT_RESPONSE_KEY: key, PREDICTED_CONFIDENCE_KEY: float(p)}
                              for key, p in zip(self.clf.classes_, row)), key=lambda r: -r[PREDICTED_CONFIDENCE_KEY])
            if self._asks_faq(message):
                self._write(message, ranking[0], ranking[: self.config["ranking_length"]])
            else:
                message.set(FAQ_GUESS, ranking[0], add_to_output=True)
        return messages

    @staticmethod
    def _write(message: Message, best: Dict[str, Any], ranking: List[Dict[str, Any]]) -> None:
        """Stores `best` ({intent_response_key, confidence}) where Rasa's ResponseSelector writes its choice."""
        prediction = {
            RESPONSE_SELECTOR_PREDICTION_KEY: {
                RESPONSE_SELECTOR_RESPONSES_KEY: [],
                PREDICTED_CONFIDENCE_KEY: best[PREDICTED_CONFIDENCE_KEY],
                INTENT_RESPONSE_KEY: best[INTENT_RESPONSE_KEY],
                RESPONSE_SELECTOR_UTTER_ACTION_KEY: util.intent_response_key_to_template_key(best[INTENT_RESPONSE_KEY]),
            },
            RESPONSE_SELECTOR_RANKING_KEY: ranking,
        }
        properties = message.get(RESPONSE_SELECTOR_PROPERTY_NAME) or {}
        properties[RESPONSE_SELECTOR_RETRIEVAL_INTENTS] = [RETRIEVAL_INTENT]
        properties[RETRIEVAL_INTENT] = prediction
        message.set(RESPONSE_SELECTOR_PROPERTY_NAME, properties, add_to_output=True)

    @classmethod
    def choose(cls, message: Message, keys: List[str]) -> None:
        """Keeps the selector's answer if it is one of `keys` (full retrieval intents, "faq/se_vision"), else
        answers with the first of them (used by the red-flag component for a question about one symptom)."""
        if not keys:
            return
        chosen = ((message.get(RESPONSE_SELECTOR_PROPERTY_NAME) or {}).get(RETRIEVAL_INTENT) or {})
        ranking = list(chosen.get(RESPONSE_SELECTOR_RANKING_KEY) or [])
        current = (chosen.get(RESPONSE_SELECTOR_PREDICTION_KEY) or {}).get(INTENT_RESPONSE_KEY)
        if current in keys:
            return
        best = next((r for r in ranking if r.get(INTENT_RESPONSE_KEY) == keys[0]),
                    {INTENT_RESPONSE_KEY: keys[0], PREDICTED_CONFIDENCE_KEY: 1.0})
        cls._write(message, best, [best] + [r for r in ranking if r is not best])
