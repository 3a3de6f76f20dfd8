"""The prediction graph run node by node (addons/graph_runner.py) gives what Rasa's dask runner gives, on
the served model: the parse of English and Spanish messages (red flags, questions, small talk, bad input)
and the policies' next action for conversations built from those parses."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine import loader
from rasa.engine.constants import PLACEHOLDER_MESSAGE, PLACEHOLDER_TRACKER
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import addons  # noqa: F401  (installs the patches)
from addons.graph_runner import SequentialGraphRunner

MODEL = Path(__file__).resolve().parent.parent / "models" / "current.tar.gz"
MESSAGES = ["hi", "what is botox made of", "my eyelid is drooping since tuesday", "I can't swallow water",
            "a small bruise where they injected", "cuánto cuesta el bótox?", "tengo la garganta cerrada",
            "does botox make it hard to breathe?", "🙂🙂", "/restart", "x" * 300]


@pytest.fixture(scope="module")
def runners(tmp_path_factory):
    if not MODEL.is_file():
        pytest.skip("no trained model (make test trains one first)")
    loaded = [loader.load_predict_graph_runner(tmp_path_factory.mktemp(cls.__name__), MODEL, LocalModelStorage, cls)
              for cls in (DaskGraphRunner, SequentialGraphRunner)]
    (metadata, dask_runner), (_, sequential) = loaded
    return metadata, dask_runner, sequential


def parse(runner, metadata, text, tracker):
    message = UserMessage(text, sender_id="graph-runner-test")
    result = runner.run({PLACEHOLDER_MESSAGE: [message], PLACEHOLDER_TRACKER: tracker}, targets=[metadata.nlu_target])
    return result[metadata.nlu_target][0].as_dict(only_output_properties=True)


def test_every_parse_and_next_action_is_the_same(runners):
    metadata, dask_runner, sequential = runners
    tracker = DialogueStateTracker("graph-runner-test", metadata.domain.slots)
    tracker.update(ActionExecuted("action_listen"))
    for text in MESSAGES:
        ours, rasas = parse(sequential, metadata, text, tracker), parse(dask_runner, metadata, text, tracker)
        assert ours == rasas, text
        tracker.update(UserUttered(text, ours.get("intent"), ours.get("entities"), ours))
        next_action = [runner.run({PLACEHOLDER_TRACKER: tracker}, targets=[metadata.core_target])[metadata.core_target]
                       for runner in (sequential, dask_runner)]
        assert next_action[0].probabilities == next_action[1].probabilities, text
        assert next_action[0].policy_name == next_action[1].policy_name, text
        tracker.update(ActionExecuted(metadata.domain.action_names_or_texts[
            next_action[0].probabilities.index(max(next_action[0].probabilities))]))
        tracker.update(ActionExecuted("action_listen"))


def test_an_input_named_like_a_node_is_refused_as_rasa_does(runners):
    metadata, _, sequential = runners
    with pytest.raises(GraphRunError):
        sequential.run({PLACEHOLDER_MESSAGE: metadata.nlu_target}, targets=[metadata.nlu_target])


def test_the_served_processor_uses_it():
    from rasa.core import processor
    assert processor.DaskGraphRunner is SequentialGraphRunner
