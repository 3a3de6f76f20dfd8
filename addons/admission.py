"""Patients' messages enter the Rasa server's pipeline a few at a time, in order of arrival.

A Rasa server answers every message on one event loop; a message's work is mostly CPU, in one piece,
except where it waits for the action server (a side-effect report) or a remote store. Rasa admits every
message at once, so while a report waits for the action server every other message that arrived starts
its own work, and the report's last step then queues behind all of them: under 10 conversations at once
the report's turn took about three times as long as any other (reports/bench.md), and those reports are
the answers that matter most.

`Admission` lets at most `limit` messages (RASA_MAX_CONCURRENT_MESSAGES, 2 by default; 0 turns it off)
be handled at once; the others wait in order of arrival. A message waits at most `patience` seconds
(RASA_ADMISSION_WAIT_SECONDS, 2 by default) and then goes in anyway, so an action server that hangs
until its timeout (ACTION_TIMEOUT) can hold the queue back by that much at most. The average wait is
the same as without it (the work is the same); the spread between a quick and a slow turn is smaller.
Installed on `Agent.handle_message`, which every channel calls (addons/rasa_patches.py, patch 7).
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from typing import Any, AsyncIterator, Callable, Mapping, Optional

logger = logging.getLogger(__name__)

DEFAULT_LIMIT = 2
DEFAULT_PATIENCE = 2.0  # seconds


class Admission:
    """At most `limit` messages at once (0: no limit); others wait in order, each at most `patience` seconds."""

    def __init__(self, limit: int = DEFAULT_LIMIT, patience: float = DEFAULT_PATIENCE) -> None:
        self.limit, self.patience = limit, patience
        self._semaphore: Optional[asyncio.Semaphore] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self.waited_out = 0  # messages that went in after `patience` without a turn

    @classmethod
    def from_environment(cls, env: Optional[Mapping[str, str]] = None) -> "Admission":
        """From RASA_MAX_CONCURRENT_MESSAGES and RASA_ADMISSION_WAIT_SECONDS; a bad value is logged and the
        default used."""
        env = os.environ if env is None else env
        return cls(_number(env, "RASA_MAX_CONCURRENT_MESSAGES", DEFAULT_LIMIT, int),
                   _number(env, "RASA_ADMISSION_WAIT_SECONDS", DEFAULT_PATIENCE, float))

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Waits for a turn (or `patience`), holds it for the body."""
        if self.limit <= 0:
            yield
            return
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:  # (a semaphore serves one event loop)
            self._semaphore, self._loop = asyncio.Semaphore(self.limit), loop
        try:
            await asyncio.wait_for(self._semaphore.acquire(), self.patience)
            admitted = True
        except asyncio.TimeoutError:
            admitted = False
            self.waited_out += 1
            logger.warning("a message waited %.1f s for a turn and goes in without one", self.patience)
        try:
            yield
        finally:
            if admitted:
                self._semaphore.release()


def _number(env: Mapping[str, str], name: str, default: Any, kind: Callable[[str], Any]) -> Any:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = kind(raw)
        if value < 0:
            raise ValueError(raw)
        return value
    except ValueError:
        logger.warning("%s=%r is not a number of at least 0; using %s", name, raw, default)
        return default


ADMISSION = Admission.from_environment()


def admitted(handle_message: Callable[..., Any]) -> Callable[..., Any]:
    """Wraps `Agent.handle_message`: the message is handled within a turn of `ADMISSION`."""
    async def handle_message_in_turn(agent: Any, message: Any) -> Any:
        async with ADMISSION.turn():
            return await handle_message(agent, message)
    handle_message_in_turn.__wrapped__ = handle_message  # type: ignore[attr-defined]
    handle_message_in_turn.admitted = True  # type: ignore[attr-defined]
    return handle_message_in_turn
