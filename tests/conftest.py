"""Shared fixtures.

Unit tests need nothing running. Tests marked `server` share one pair of servers per
session (the trained model in models/current.tar.gz, the Rasa server and the action
server on test ports), with throwaway tracker and report databases, so a test run
never touches the clinic's own var/ data.
"""
from __future__ import annotations

import json
import os
import sys
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from botox_clinic import clinic  # noqa: E402

MODEL = ROOT / "models" / "current.tar.gz"
# other ports for a second test run on the same machine: TEST_RASA_PORT, TEST_ACTION_PORT
RASA_PORT = int(os.environ.get("TEST_RASA_PORT", 5205))
ACTION_PORT = int(os.environ.get("TEST_ACTION_PORT", 5255))


@pytest.fixture(scope="session")
def clinic_config() -> clinic.Clinic:
    return clinic.load()


class LiveBot:
    """The running assistant, spoken to through the REST channel like a website would."""

    def __init__(self, servers, base_url: str, tmp: Path):
        self.servers, self.base_url, self.tmp = servers, base_url, tmp
        self.tracker_url = f"sqlite:///{tmp / 'rasa.db'}"
        self.reports_url = f"sqlite:///{tmp / 'reports.db'}"

    def say(self, text: str, sender: str) -> List[Dict]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(f"{self.base_url}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read())

    def texts(self, text: str, sender: str) -> List[str]:
        return [m.get("text", "") for m in self.say(text, sender)]

    @staticmethod
    def new_sender() -> str:
        return f"test-{uuid.uuid4().hex[:12]}"

    def restart_actions(self) -> None:
        self.servers.want_rasa = False
        self.servers.start()
        self.servers.want_rasa = True


@pytest.fixture(scope="session")
def bot(tmp_path_factory) -> LiveBot:
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does it)")
    from runtime_config import render_local
    from serve import Servers

    tmp = tmp_path_factory.mktemp("live")
    env = {"REPORTS_DATABASE_URL": f"sqlite:///{tmp / 'reports.db'}", "STAFF_WEBHOOK_URL": ""}
    servers = Servers(str(MODEL), "127.0.0.1", RASA_PORT, ACTION_PORT,
                      render_local(tmp / "runtime", ACTION_PORT, tmp / "rasa.db"), log_dir=tmp / "log", extra_env=env)
    servers.start()
    try:
        yield LiveBot(servers, f"http://127.0.0.1:{RASA_PORT}", tmp)
    finally:
        servers.stop()


@pytest.fixture(scope="session")
def live_server(bot) -> str:
    """Base URL of the running assistant (used by the browser tests)."""
    return bot.base_url
