"""Fixtures for the channel tests: no network, no trained model (see channel_kit.py).

Outgoing Twilio messages are captured by replacing the twilio client's `messages.create`;
any other request to Twilio's API fails the test.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any, Dict, List

import pytest


@pytest.fixture
def twilio_sent(monkeypatch) -> List[Dict[str, Any]]:
    """Every message the channel asks Twilio to send (kwargs of messages.create); nothing leaves."""
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest.api.v2010.account.message import MessageList

    sent: List[Dict[str, Any]] = []

    def create(self, **kwargs):
        sent.append(kwargs)
        return SimpleNamespace(sid=f"SM{len(sent):032d}")

    def no_network(*args, **kwargs):
        raise AssertionError("a test tried to reach Twilio's API")

    monkeypatch.setattr(MessageList, "create", create)
    monkeypatch.setattr(TwilioHttpClient, "request", no_network)
    return sent


@pytest.fixture(autouse=True)
def sanic_test_mode(monkeypatch):
    """Sanic 21.12 rewrites its protocol methods on every app start (TouchUp) and fails the second
    time in a process; test mode (what sanic-testing sets) rewrites the original each time."""
    from sanic import Sanic

    monkeypatch.setattr(Sanic, "test_mode", True)
