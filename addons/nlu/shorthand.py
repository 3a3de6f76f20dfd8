"""Texting shorthand and emoji read as words by the NLU classifiers (botox_clinic/texting.py).

Two pipeline steps (config.yml): `ShorthandExpander`, first, replaces the message text with
`texting.expand(text)` so that spaCy, the count featurizers and the sentence encoder all see words;
`ShorthandRestorer`, right after the classifiers, puts the patient's own text back, so the language
detection, the red-flag check, the conversation store and the clinic's report read what the patient wrote.
Training examples are expanded the same way, so the classifiers learn from what they will be given.
"""
from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from addons.nlu.language import spanish_words
from botox_clinic import texting
from botox_clinic.texting import Shorthand, expand, load

ORIGINAL_TEXT = "text_as_written"  # message attribute: the patient's text while the classifiers read the expansion


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class ShorthandExpander(GraphComponent):
    """First pipeline step: the message text becomes `expand(text)`; the original is kept for the restorer."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"path": None}  # None: TEXTING_SHORTHAND or configs/texting_shorthand.yml

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.shorthand = load(config.get("path"))

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ShorthandExpander":
        return cls(config)

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """The lists' content: an edited shorthand file retrains the classifiers (Rasa's training cache keys on it)."""
        return hashlib.sha256(texting.source(config.get("path")).read_bytes()).hexdigest()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for example in training_data.training_examples:
            text = example.get(TEXT)
            if isinstance(text, str):
                example.set(TEXT, _expand(text, self.shorthand))
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str):
                new = _expand(text, self.shorthand)
                if new != text:
                    message.set(ORIGINAL_TEXT, text)
                    message.set(TEXT, new)
        return messages


def _expand(text: str, shorthand: Shorthand) -> str:
    return expand(text, shorthand, digits=spanish_words(text) == 0)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class ShorthandRestorer(GraphComponent):
    """After the classifiers: the message text is the patient's own again."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ShorthandRestorer":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            original = message.get(ORIGINAL_TEXT)
            if original is not None:
                message.set(TEXT, original)
                message.data.pop(ORIGINAL_TEXT, None)
        return messages
