"""RulePolicy's prediction with only the dialogue states its rules can look at (Rasa 3.6.21).

Rasa's RulePolicy turns the whole conversation session into dialogue states before every
prediction: one state per bot action since the session started, each built from a replayed copy of
the tracker, twice per prediction (with the message's text, then with its intent), about three
predictions per patient message. A rule of n states is only ever compared with the last n states
(`RulePolicy._is_rule_applicable` accepts every older one), so the states before the longest rule's
reach cannot change a prediction; building them made each message cost more the longer the
conversation had gone on (reports/bench.md; upstream RasaHQ/rasa#3011, "Tracker gets very big for
long conversations").

`recent_prediction_states` wraps `RulePolicy._prediction_states` and `fresh_states_per_prediction` wraps
`RulePolicy.predict_action_probabilities` (addons/rasa_patches.py, patch 5):
- the states are built only for the last `rule_window(policy)` turns, the longest learned rule's length;
- they are built once per prediction (`predict_action_probabilities` starts a fresh set) and copied
  for the text and the intent variants;
- the conversation is replayed from the session's start once per message, not once per prediction:
  the next prediction of the same message replays only the events added since (`Replay`, the last 64
  conversations by sender, each checked to hold the very events it replayed).
Only inside `predict_action_probabilities`: training checks its rules for contradictions through
`RulePolicy._predict` while it still removes rules, and gets RulePolicy's own states. Predictions are
RulePolicy's own: tests/test_rule_policy.py compares both on every story, rule and test
conversation, and on conversations glued from them.
"""
from __future__ import annotations

import copy
import functools
import itertools
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Text

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import (ActionExecuted, ActionReverted, ActiveLoop, Restarted, SessionStarted,
                                     UserUtteranceReverted)
from rasa.shared.core.trackers import DialogueStateTracker

WINDOW = "_recent_states_window"
REPLAYS = "_recent_states_replays"
STATES = "_recent_states_now"   # None outside a prediction; FRESH at its start; then the states built
FRESH = object()


def recent_states(tracker: DialogueStateTracker, domain: Domain, window: int) -> List[State]:
    """The last `window` dialogue states of `tracker`, equal to `tracker.past_states(domain)[-window:]`.

    Rasa builds one state per bot action (the tracker just before it) plus one for the present. The
    tracker is still replayed from the session's start, since slots carry over, but only the last
    `window` states are built (`Domain.get_active_state`, the costly part)."""
    return Replay.start(tracker, domain, window).states(domain, window)


class Replay:
    """A conversation replayed up to some event, with the states before its last `window` bot actions.

    Within one message Rasa predicts two or three times on the same tracker, each time a few events
    longer: `extended` replays only the new events. Anything that rewinds or restarts the history
    (a restart, a new session, an undo, a form's loop), a different tracker, or a domain with forms
    replays from the start (`start`), as Rasa does."""

    REWINDING = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop)

    def __init__(self, tracker: DialogueStateTracker, replayed: DialogueStateTracker, before_actions: List[State]):
        self.sender = tracker.sender_id
        self.seen = len(tracker.events)
        self.last = tracker.events[-1] if tracker.events else None
        self.replayed = replayed              # the tracker rebuilt from the session's start
        self.before_actions = before_actions  # the states before the last bot actions, oldest first
        self.loops = any(isinstance(event, ActiveLoop) for event in tracker.events)  # Rasa may skip their actions

    @classmethod
    def start(cls, tracker: DialogueStateTracker, domain: Domain, window: int) -> "Replay":
        events = tracker.applied_events()
        actions = sum(isinstance(event, ActionExecuted) for event in events)
        replayed, before_actions, index = tracker.init_copy(), [], 0
        for event in events:
            if isinstance(event, ActionExecuted):
                if index >= actions - window:
                    before_actions.append(domain.get_active_state(replayed))
                index += 1
            replayed.update(event)
        return cls(tracker, replayed, before_actions)

    def extended(self, tracker: DialogueStateTracker, domain: Domain, window: int) -> Optional["Replay"]:
        """This replay brought up to `tracker`'s end, or None when it cannot be (replay from the start)."""
        events = tracker.events
        if self.loops or domain.form_names or tracker.sender_id != self.sender or not 0 < self.seen <= len(events) \
                or events[self.seen - 1] is not self.last:
            return None
        new = list(itertools.islice(events, self.seen, len(events)))
        if any(isinstance(event, self.REWINDING) for event in new):
            return None
        for event in new:
            if isinstance(event, ActionExecuted):
                self.before_actions.append(domain.get_active_state(self.replayed))
            self.replayed.update(event)
        del self.before_actions[:-window]
        self.seen, self.last = len(events), (events[-1] if events else None)
        return self

    def states(self, domain: Domain, window: int) -> List[State]:
        """The last `window` states: before each of the last bot actions, then the present."""
        return (self.before_actions + [domain.get_active_state(self.replayed)])[-window:]


class Replays:
    """The replays of the conversations predicted most recently, by sender (`size` of them: messages of
    different patients interleave while actions run)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self.by_sender: "OrderedDict[str, Replay]" = OrderedDict()

    def states(self, tracker: DialogueStateTracker, domain: Domain, window: int) -> List[State]:
        """Equal to `tracker.past_states(domain)[-window:]`."""
        known = self.by_sender.pop(tracker.sender_id, None)
        replay = (known.extended(tracker, domain, window) if known else None) or Replay.start(tracker, domain, window)
        self.by_sender[tracker.sender_id] = replay
        while len(self.by_sender) > self.size:
            self.by_sender.popitem(last=False)
        return replay.states(domain, window)


def rule_window(policy: RulePolicy) -> int:
    """The number of states of the policy's longest learned rule (loop unhappy paths included)."""
    window = getattr(policy, WINDOW, None)
    if window is None:
        keys = list(policy.lookup.get(RULES, {})) + list(policy.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {}))
        window = max((len(policy._rule_key_to_state(key)) for key in keys), default=1)
        setattr(policy, WINDOW, window)
    return window


def recent_prediction_states(original: Callable[..., List[State]]) -> Callable[..., List[State]]:
    """Wraps `RulePolicy._prediction_states`: within a prediction, the last `rule_window(policy)` states
    only, built once (RulePolicy takes no rule-only features out, so `rule_only_data` changes nothing);
    elsewhere (training) `original`."""
    @functools.wraps(original)
    def _prediction_states(policy: RulePolicy, tracker: DialogueStateTracker, domain: Domain,
                           use_text_for_last_user_input: bool = False,
                           rule_only_data: Optional[Dict[Text, Any]] = None) -> List[State]:
        states = getattr(policy, STATES, None)
        if states is None:
            return original(policy, tracker, domain, use_text_for_last_user_input, rule_only_data)
        if states is FRESH:
            if getattr(policy, REPLAYS, None) is None:
                setattr(policy, REPLAYS, Replays())
            states = getattr(policy, REPLAYS).states(tracker, domain, rule_window(policy))
            setattr(policy, STATES, states)
        return chosen_input(policy, states, use_text_for_last_user_input)
    return _prediction_states


def chosen_input(policy: RulePolicy, states: List[State], use_text_for_last_user_input: bool) -> List[State]:
    """A copy of `states` whose last user input is the text or the intent, as RulePolicy's featurizer does."""
    states = copy.deepcopy(states)
    policy.featurizer._choose_last_user_input([states], use_text_for_last_user_input)
    return states


def fresh_states_per_prediction(predict: Callable[..., PolicyPrediction]) -> Callable[..., PolicyPrediction]:
    """Wraps `RulePolicy.predict_action_probabilities`: the states are built anew for each prediction
    (`__wrapped__` predicts with every state of the session, as Rasa does)."""
    @functools.wraps(predict)
    def predict_action_probabilities(policy: RulePolicy, tracker: DialogueStateTracker, domain: Domain,
                                     *args: Any, **kwargs: Any) -> PolicyPrediction:
        setattr(policy, STATES, FRESH)
        try:
            return predict(policy, tracker, domain, *args, **kwargs)
        finally:
            setattr(policy, STATES, None)
    return predict_action_probabilities
