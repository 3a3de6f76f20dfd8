"""Staff notification: an optional webhook told about each emergency and urgent report.

Set STAFF_WEBHOOK_URL to enable it. The POST runs on a background thread with retries
(urllib3's Retry, exponential back-off), so it never delays or blocks the patient's reply.
The patient's words are not sent unless STAFF_WEBHOOK_INCLUDE_TEXT=1: the webhook may be
a chat tool, and the report store (`make reports`) is where staff read them.
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Dict, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="staff-webhook")


def _session(retries: int, backoff: float) -> requests.Session:
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=backoff, status_forcelist=(429, 500, 502, 503, 504),
                  allowed_methods=frozenset({"POST"}), raise_on_status=False)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def _post(url: str, payload: Dict, retries: int, backoff: float, timeout: float) -> Optional[int]:
    try:
        with _session(retries, backoff) as session:
            response = session.post(url, json=payload, timeout=timeout)
        if response.status_code >= 400:
            logger.error("staff webhook answered %s for report %s", response.status_code, payload.get("report_id"))
        return response.status_code
    except requests.RequestException as error:
        logger.error("staff webhook failed for report %s: %s", payload.get("report_id"), error)
        return None


def notify_staff(report: Dict, url: Optional[str] = None, retries: int = 4, backoff: float = 0.5,
                 timeout: float = 5.0) -> Optional[Future]:
    """Queue the notification and return at once (a Future, or None when no webhook is set)."""
    url = url or os.environ.get("STAFF_WEBHOOK_URL")
    if not url:
        return None
    payload = {key: report.get(key) for key in
               ("report_id", "level", "symptoms", "conversation_id", "channel", "time_since_treatment", "language")}
    payload["text"] = f"New {report.get('level', '').upper()} side-effect report #{report.get('report_id')}: " \
                      f"{report.get('symptoms') or 'see report'}" + \
                      {"es": " (patient writes in Spanish)", "both": " (language unclear: answered in English and Spanish)"}.get(
                          report.get("language") or "", "") + \
                      ". Run `make reports`."
    if os.environ.get("STAFF_WEBHOOK_INCLUDE_TEXT") == "1":
        payload["patient_text"] = report.get("patient_text")
    return _pool.submit(_post, url, payload, retries, backoff, timeout)
