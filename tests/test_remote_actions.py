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


def test_the_action_timeout_comes_from_the_endpoint_then_the_environment_then_five_seconds(caplog):
    from rasa.utils.endpoints import EndpointConfig

    from addons.remote_actions import action_timeout

    assert action_timeout(EndpointConfig.from_dict({"url": "http://a/webhook", "timeout": 2.5})) == 2.5
    assert action_timeout(EndpointConfig.from_dict({"url": "http://a/webhook"}), env={}) == 5.0
    assert action_timeout(None, env={}) == 5.0
    # an endpoints.yml this project did not render (Rasa's Helm chart writes only the url): the environment's
    assert action_timeout(EndpointConfig.from_dict({"url": "http://a/webhook"}), env={"ACTION_TIMEOUT": "3"}) == 3.0
    assert action_timeout(EndpointConfig.from_dict({"url": "http://a/webhook", "timeout": 2.5}), env={"ACTION_TIMEOUT": "3"}) == 2.5
    assert action_timeout(EndpointConfig.from_dict({"url": "http://a/webhook"}), env={"ACTION_TIMEOUT": "never"}) == 5.0
    for bad in ("soon", 0, -3):
        assert action_timeout(EndpointConfig.from_dict({"url": "http://a/webhook", "timeout": bad})) == 5.0
    assert "not a positive number" in caplog.text


def test_a_call_that_outlasts_the_timeout_fails_like_a_refused_connection(monkeypatch):
    import asyncio

    from rasa.core.actions.action import RemoteAction
    from rasa.shared.exceptions import RasaException
    from rasa.utils.endpoints import EndpointConfig

    from addons import remote_actions

    async def never_answers(self, *args, **kwargs):
        await asyncio.sleep(60)

    monkeypatch.setattr(remote_actions, "_original_run", never_answers)
    action = RemoteAction("action_triage_report", EndpointConfig.from_dict({"url": "http://a/webhook", "timeout": 0.2}))
    with pytest.raises(RasaException, match="no answer within 0.2 s"):
        asyncio.run(remote_actions.run_within_timeout(action, None, None, None, None))


def test_the_helm_values_give_rasa_the_action_timeout_the_charts_endpoints_file_leaves_out():
    from pathlib import Path

    import yaml

    values = yaml.safe_load((Path(__file__).resolve().parent.parent / "deploy" / "helm" / "values.yaml").read_text())
    rasa_env = {item["name"]: item.get("value") for item in values["extraEnv"]}
    assert float(rasa_env["ACTION_TIMEOUT"]) > 0
