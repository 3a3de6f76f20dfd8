"""The report store keeps every report once; the staff webhook retries and never blocks."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import sqlalchemy as sa

from botox_clinic import notify, records


@pytest.fixture
def store(tmp_path):
    return f"sqlite:///{tmp_path / 'reports.db'}"


def test_record_and_list(store):
    rid = records.record(conversation_id="c1", channel="twilio", level="urgent", symptoms=["drooping"],
                         patient_text="my eyelid droops", message_ts=100.5, time_since_treatment="2 days ago", url=store)
    again = records.record(conversation_id="c1", channel="twilio", level="urgent", symptoms=["drooping"],
                           patient_text="my eyelid droops", message_ts=100.5, url=store)
    assert rid == again
    rows = records.recent(url=store)
    assert len(rows) == 1 and rows[0]["symptoms"] == "drooping" and rows[0]["time_since_treatment"] == "2 days ago"
    assert records.recent(url=store, level="emergency") == []


def test_reconcile_from_a_tracker_store(store, tmp_path):
    tracker = f"sqlite:///{tmp_path / 'rasa.db'}"
    engine = sa.create_engine(tracker)
    with engine.begin() as c:
        c.execute(sa.text("create table events (id integer primary key, sender_id text, type_name text, "
                          "timestamp float, intent_name text, action_name text, data text)"))
        def add(sender, ts, intent, text):
            data = {"text": text, "input_channel": "rest", "parse_data": {"entities": [
                {"entity": "symptom", "value": "trouble_swallowing"}]}}
            c.execute(sa.text("insert into events (sender_id, type_name, timestamp, intent_name, data) "
                              "values (:s, 'user', :t, :i, :d)"), dict(s=sender, t=ts, i=intent, d=json.dumps(data)))
        add("a", 1.0, "report_emergency", "cant swallow")
        add("b", 2.0, "faq", "does it hurt")
        add("c", 3.0, "report_routine", "small bruise")
    records.record(conversation_id="c", channel="rest", level="routine", symptoms=[], patient_text="small bruise",
                   message_ts=3.0, url=store)
    assert records.reconcile(tracker=tracker, url=store) == 1
    rows = {r["conversation_id"]: r for r in records.recent(url=store)}
    assert rows["a"]["level"] == "emergency" and rows["a"]["source"] == "reconciled"
    assert rows["a"]["symptoms"] == "trouble_swallowing" and "b" not in rows
    assert records.reconcile(tracker=tracker, url=store) == 0


class FlakyHook(BaseHTTPRequestHandler):
    calls = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FlakyHook.calls.append(body)
        self.send_response(503 if len(FlakyHook.calls) < 3 else 200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_retries_in_the_background_without_patient_words(monkeypatch):
    FlakyHook.calls = []
    server = HTTPServer(("127.0.0.1", 0), FlakyHook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.delenv("STAFF_WEBHOOK_INCLUDE_TEXT", raising=False)
    try:
        started = time.monotonic()
        future = notify.notify_staff({"report_id": 7, "level": "urgent", "symptoms": "drooping",
                                      "patient_text": "private words"},
                                     url=f"http://127.0.0.1:{server.server_port}/hook", backoff=0.05)
        assert time.monotonic() - started < 0.1  # queued, not sent inline
        assert future.result(timeout=10) == 200
        assert len(FlakyHook.calls) == 3
        assert "private words" not in json.dumps(FlakyHook.calls[-1]) and FlakyHook.calls[-1]["report_id"] == 7
    finally:
        server.shutdown()


def test_webhook_down_is_logged_not_raised():
    future = notify.notify_staff({"report_id": 1, "level": "emergency"}, url="http://127.0.0.1:9/hook",
                                 retries=1, backoff=0.01, timeout=0.5)
    assert future.result(timeout=10) is None


def test_no_webhook_configured(monkeypatch):
    monkeypatch.delenv("STAFF_WEBHOOK_URL", raising=False)
    assert notify.notify_staff({"report_id": 1}) is None
