"""RulePolicy with only the states its rules can match (addons/policies/rule_policy.py) predicts what
Rasa's RulePolicy predicts: the trained model's own rules, every story, rule and test conversation of
the project, and long conversations glued from them, compared at every step."""
from __future__ import annotations

import random
from pathlib import Path
from typing import List

import pytest
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, Restarted, SessionStarted
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.importers.importer import TrainingDataImporter

import addons  # noqa: F401  (installs the patches)
from addons.policies.rule_policy import recent_states, rule_window

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "current.tar.gz"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """(the model's RulePolicy, its domain)"""
    if not MODEL.is_file():
        pytest.skip("no trained model (make test trains one first)")
    storage, metadata = LocalModelStorage.from_model_archive(tmp_path_factory.mktemp("model"), MODEL)
    node = next(n for n in metadata.predict_schema.nodes.values() if n.uses is RulePolicy)
    policy = RulePolicy.load({**RulePolicy.get_default_config(), **node.config}, storage, node.resource,
                             ExecutionContext(metadata.predict_schema, metadata.model_id))
    return policy, metadata.domain


@pytest.fixture(scope="module")
def conversations(trained) -> List[List[Event]]:
    """The events of every story, rule and test conversation, then 40 long ones glued from them, some
    with a new session or a restart in between (the history before them no longer counts)."""
    _, domain = trained
    importer = TrainingDataImporter.load_from_dict(
        training_data_paths=[str(ROOT / "data" / "stories"), str(ROOT / "data" / "rules"),
                             str(ROOT / "tests" / "stories")])
    trackers = TrainingDataGenerator(importer.get_stories(), domain, remove_duplicates=False,
                                     augmentation_factor=0).generate()
    # (sorted: the generator's order changes with Python's hash seed, the test must not)
    singles = sorted((list(t.events) for t in trackers if len(t.events) > 2), key=lambda events: str(events))
    chooser = random.Random(42)
    breaks = [[], [], [ActionExecuted("action_session_start"), SessionStarted()], [Restarted()]]
    glued = [sum((piece + chooser.choice(breaks) for piece in chooser.sample(singles, 8)), []) for _ in range(40)]
    return singles + glued


def tracker_of(events: List[Event], domain: Domain) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("rule-policy-test", events, slots=domain.slots)


def test_the_window_is_the_longest_rule_and_recent_states_are_the_last_of_past_states(trained, conversations):
    policy, domain = trained
    assert 3 <= rule_window(policy) < 20
    unbroken = sum(conversations[:12], [])  # single stories one after the other: no restart, no new session
    tracker = tracker_of(unbroken, domain)
    every = tracker.past_states(domain)
    assert len(every) > 4 * rule_window(policy)  # a long conversation: most states are left out
    for window in (1, 2, rule_window(policy), len(every), len(every) + 5):
        assert recent_states(tracker, domain, window) == every[-window:]


def test_every_prediction_is_rasas_own(trained, conversations):
    """Each step's tracker holds the previous step's events and more, as the trackers of one message's
    predictions do, so the replays are extended and, across conversations, started anew."""
    policy, domain = trained
    original = RulePolicy.predict_action_probabilities.__wrapped__  # every state of the session
    compared = 0
    for events in conversations:
        for index, event in enumerate(events):
            if not isinstance(event, ActionExecuted) or index == 0:
                continue
            tracker = tracker_of(events[:index], domain)
            ours = policy.predict_action_probabilities(tracker, domain)
            rasas = original(policy, tracker, domain)
            assert (ours.probabilities, ours.events, ours.optional_events, ours.is_end_to_end_prediction,
                    ours.is_no_user_prediction, ours.action_metadata) == \
                   (rasas.probabilities, rasas.events, rasas.optional_events, rasas.is_end_to_end_prediction,
                    rasas.is_no_user_prediction, rasas.action_metadata), (events[:index], event)
            compared += 1
    assert compared > 1000
