"""Action-server responses validated against a schema compiled once, not once per call.

Rasa 3.6's `RemoteAction._validate_action_result` calls `jsonschema.validate()`, which first
checks the *schema itself* against the Draft 2020-12 metaschema on every custom-action call.
Under load that metaschema check was 11% of the Rasa server's CPU (py-spy, see reports/bench.md).
`install()` swaps in a validator built once from the same schema with the same validator
class; each response is still validated in full, raising the same `ValidationError`
(jsonschema's best match) with the same added hint as Rasa's own code.

Applied when the `addons` package is imported (addons/__init__.py), which every Rasa
process of this project does: the channels in credentials.yml live here.
"""
from __future__ import annotations

import functools
from typing import Any, Dict, Text

import jsonschema
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@functools.lru_cache(maxsize=None)
def response_validator() -> jsonschema.protocols.Validator:
    schema = RemoteAction.action_response_format_spec()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    error = jsonschema.exceptions.best_match(response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result
