"""Custom-action calls: a bounded wait for the action server, and responses validated against a schema
compiled once, not once per call.

Rasa 3.6 waits up to 5 minutes (`DEFAULT_REQUEST_TIMEOUT`) for the action server, and the REST and SMS
channels send nothing until the turn ends: with the action server hung (alive but not answering: a
stuck database lock, a paused process), a patient who reported a drooping eyelid heard nothing for
minutes although the safety answer was already decided. `install()` bounds each call to
`action_timeout(endpoint)` seconds: endpoints.yml `action_endpoint: timeout:` (the rendering step writes it
from `ACTION_TIMEOUT`), else `ACTION_TIMEOUT` in the Rasa process's own environment (for an endpoints.yml
this project does not render, such as the one Rasa's Helm chart writes), else 5. Then the call fails as a
refused connection does, and the turn ends with what was said before it (the safety answer comes first) or
the fallback with the clinic's phone.

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

import asyncio
import functools
import logging
import os
from typing import Any, Dict, List, Mapping, Optional, Text

import jsonschema
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.exceptions import RasaException

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 5.0  # seconds; the report action takes a few ms, so this only ends a hung action server's wait
_original_run = RemoteAction.run


def action_timeout(endpoint: Any, env: Optional[Mapping[str, str]] = None) -> float:
    """Seconds to wait for the action server: the endpoint's `timeout` (endpoints.yml), else `ACTION_TIMEOUT`
    from `env` (the process's environment by default), else 5. A value that is not a positive number is
    logged and replaced by the default."""
    environment = os.environ if env is None else env
    value = (getattr(endpoint, "kwargs", None) or {}).get("timeout", environment.get("ACTION_TIMEOUT") or DEFAULT_TIMEOUT)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = -1.0
    if seconds <= 0:
        logger.warning("action_endpoint timeout %r is not a positive number of seconds; using %s", value, DEFAULT_TIMEOUT)
        return DEFAULT_TIMEOUT
    return seconds


async def run_within_timeout(self: RemoteAction, *args: Any, **kwargs: Any) -> List[Any]:
    """`RemoteAction.run`, given up after `action_timeout` seconds (RasaException, as for a refused connection)."""
    seconds = action_timeout(self.action_endpoint)
    try:
        return await asyncio.wait_for(_original_run(self, *args, **kwargs), seconds)
    except asyncio.TimeoutError as e:
        logger.error("custom action '%s' got no answer from the action server within %s s", self.name(), seconds)
        raise RasaException(f"Custom action '{self.name()}' got no answer within {seconds} s") from e


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
    RemoteAction.run = run_within_timeout  # type: ignore[method-assign]
