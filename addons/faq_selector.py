"""Rasa's ResponseSelector, asked only about messages the classifier took for FAQ questions.

The stock ResponseSelector ranks the FAQ answers for every message, greetings and
side-effect reports included, and its TensorFlow call was the largest single cost of a
message (py-spy, reports/bench.md). Its answer is only ever used when the intent is the
retrieval intent (`faq`): Rasa's processor and the `utter_faq` action read it for that
intent alone. So `FaqResponseSelector` trains exactly like the ResponseSelector and gives
the same answer for an FAQ question, and skips the others. The components after it
(FallbackClassifier, RedFlagDetector) never turn another intent into `faq`.
"""
from __future__ import annotations

import warnings
from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.utils.tensorflow.constants import RETRIEVAL_INTENT
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message

# Rasa's config validator checks for the ResponseSelector class itself, not a subclass, and
# would warn at every training that the FAQ answers are not trained. They are, by this class.
warnings.filterwarnings("ignore", message="You have defined training data with examples for training a response selector")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqResponseSelector(ResponseSelector):
    """ResponseSelector that answers only messages classified as its retrieval intent."""

    def _asks_faq(self, message: Message) -> bool:
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        retrieval_intent = self.component_config.get(RETRIEVAL_INTENT)
        if retrieval_intent is None:  # one selector for every retrieval intent
            return intent in self.all_retrieval_intents
        return intent == retrieval_intent

    def process(self, messages: List[Message]) -> List[Message]:
        asked = [message for message in messages if self._asks_faq(message)]
        if asked:
            super().process(asked)
        return messages
