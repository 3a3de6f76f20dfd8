"""The classifiers' feature rows (addons/nlu/intent_classifier.py) equal Rasa's own, column for column."""
import numpy as np
import pytest
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import coo_matrix

from addons.nlu.intent_classifier import SentenceFeatureRows


def _message(rng: np.random.Generator, tokens: int) -> Message:
    message = Message(data={TEXT: "x " * tokens})
    for origin, width in (("words", 40), ("lookup", 3), ("chars", 90)):
        sentence = coo_matrix(rng.integers(0, 3, size=(1, width)) * (rng.random((1, width)) < 0.2))
        sequence = coo_matrix(rng.integers(0, 2, size=(tokens, width)))
        message.add_features(Features(sequence, FEATURE_TYPE_SEQUENCE, TEXT, origin))
        message.add_features(Features(sentence, FEATURE_TYPE_SENTENCE, TEXT, origin))
    vector = rng.normal(size=(1, 16)).astype(np.float32)
    message.add_features(Features(np.repeat(vector, tokens, axis=0), FEATURE_TYPE_SEQUENCE, TEXT, "encoder"))
    message.add_features(Features(vector, FEATURE_TYPE_SENTENCE, TEXT, "encoder"))
    return message


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_rows_equal_rasas(seed):
    rng = np.random.default_rng(seed)
    messages = [_message(rng, int(rng.integers(1, 9))) for _ in range(7)]
    ours = SentenceFeatureRows._create_X(messages)
    rasas = LogisticRegressionClassifier._create_X(None, messages)  # type: ignore[arg-type]
    assert ours.shape == rasas.shape == (7, 40 + 3 + 90 + 16)
    assert np.allclose(ours.toarray(), rasas.toarray())


def test_a_message_without_features_gets_an_empty_row():
    assert SentenceFeatureRows._create_X([Message(data={TEXT: "hi"})]).shape == (1, 0)


@pytest.mark.parametrize("component", ["IntentClassifier", "FaqResponseSelector"])
def test_a_loaded_classifier_keeps_column_major_coefficients_and_predicts_the_same(component, tmp_path):
    from pathlib import Path

    from rasa.engine.graph import ExecutionContext
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    model = Path(__file__).resolve().parent.parent / "models" / "current.tar.gz"
    if not model.is_file():
        pytest.skip("no trained model (make test trains one first)")
    storage, metadata = LocalModelStorage.from_model_archive(tmp_path, model)
    node = next(n for name, n in metadata.predict_schema.nodes.items() if name.startswith("run_") and
                n.uses.__name__ == component)
    loaded = node.uses.load({**node.uses.get_default_config(), **node.config}, storage, node.resource,
                            ExecutionContext(metadata.predict_schema, metadata.model_id))
    coefficients = loaded.clf.coef_
    assert coefficients.flags["F_CONTIGUOUS"] and not coefficients.flags["C_CONTIGUOUS"]
    rows = coo_matrix(np.random.default_rng(0).random((3, coefficients.shape[1])) < 0.05).tocsr().astype(float)
    ours = loaded.clf.predict_proba(rows)
    loaded.clf.coef_ = np.ascontiguousarray(coefficients)  # as scikit-learn trains and stores them
    assert np.allclose(ours, loaded.clf.predict_proba(rows), rtol=0, atol=1e-12)
