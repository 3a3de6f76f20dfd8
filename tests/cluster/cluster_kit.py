"""The patients of the cluster tests: REST clients through nginx that retry as a client should,
and what they saw."""
from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Attempt:
    status: Optional[int]        # None: no HTTP answer at all (connection refused or reset)
    body: object
    seconds: float
    error: str = ""


@dataclass
class Sent:
    sender: str
    text: str
    attempts: List[Attempt] = field(default_factory=list)
    at: float = field(default_factory=time.time)   # when it was first sent

    def replies(self) -> List[str]:
        last = self.attempts[-1] if self.attempts else None
        if last and isinstance(last.body, list):
            return [m.get("text", "") for m in last.body if isinstance(m, dict)]
        return []

    @property
    def answered(self) -> bool:
        last = self.attempts[-1] if self.attempts else None
        return bool(last and last.status == 200 and isinstance(last.body, list) and last.body)


class Patient:
    """One conversation through nginx's REST endpoint; retries a failed send as a client should, with the
    same message_id (addons/channels/rest.py)."""

    def __init__(self, base_url: str, log: List[Sent], lock: threading.Lock, retries: int = 4,
                 retry_wait: float = 1.0, sender: Optional[str] = None):
        import requests

        self.session = requests.Session()
        self.base_url, self.log, self.lock = base_url, log, lock
        self.retries, self.retry_wait = retries, retry_wait
        self.sender = sender or f"patient-{uuid.uuid4().hex[:12]}"

    def send(self, text: str, url: Optional[str] = None) -> Sent:
        import requests

        sent = Sent(self.sender, text)
        message_id = uuid.uuid4().hex  # the same in every copy: a copy of a message already handled is not handled again
        with self.lock:
            self.log.append(sent)
        for attempt in range(self.retries + 1):
            started = time.monotonic()
            try:
                response = self.session.post((url or self.base_url) + "/webhooks/rest/webhook",
                                             json={"sender": self.sender, "message": text,
                                                   "message_id": message_id}, timeout=120)
                try:
                    body = response.json()
                except ValueError:
                    body = response.text
                sent.attempts.append(Attempt(response.status_code, body, time.monotonic() - started))
            except requests.RequestException as error:
                sent.attempts.append(Attempt(None, None, time.monotonic() - started, type(error).__name__))
            if sent.answered:
                break
            time.sleep(self.retry_wait)
        return sent


def summary(log: List[Sent]) -> Dict[str, object]:
    """What the patients saw, for the test output and deploy/README.md."""
    attempts = [a for s in log for a in s.attempts]
    failed = [a for a in attempts if not (a.status == 200 and isinstance(a.body, list) and a.body)]
    kinds: Dict[str, int] = {}
    for a in failed:
        if a.status is None:
            key = f"no answer ({a.error})"
        elif a.status == 200:
            key = "200 with no message (silent)"
        else:
            unavailable = isinstance(a.body, list) and a.body and "call" in json.dumps(a.body)
            key = f"{a.status}{' with the clinic phone' if unavailable else ''}"
        kinds[key] = kinds.get(key, 0) + 1
    retried = [s for s in log if len(s.attempts) > 1]
    return {
        "messages": len(log), "requests": len(attempts), "answered": sum(s.answered for s in log),
        "failed_requests": kinds, "messages_retried": len(retried),
        "max_retries": max((len(s.attempts) - 1 for s in log), default=0),
        "slowest_answer_s": round(max((a.seconds for a in attempts if a.status == 200), default=0), 2),
    }
