"""Action-server responses are still validated in full after addons/remote_actions.py."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import addons  # noqa: F401  (importing the package installs the fix, as in every Rasa process)
from addons import remote_actions


def test_the_fix_is_installed_on_import():
    assert RemoteAction._validate_action_result is remote_actions.validate_action_result


def test_a_valid_response_passes():
    response = {"events": [{"event": "slot", "name": "symptoms", "value": ["bruising"]}],
                "responses": [{"text": "Thank you, we have noted it."}]}
    assert RemoteAction("action_triage_report", None)._validate_action_result(response) is True


@pytest.mark.parametrize("response", [
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": [], "responses": "not a list"},
    {"events": "not a list"},
])
def test_a_malformed_response_is_rejected_with_rasas_hint(response):
    with pytest.raises(jsonschema.ValidationError) as error:
        RemoteAction("action_triage_report", None)._validate_action_result(response)
    assert "Failed to validate Action server response" in error.value.message
