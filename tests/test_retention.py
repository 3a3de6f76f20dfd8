"""Retention (scripts/retention.py): conversations and reports past the period are deleted, nothing else.

Conversations are written by the project's own tracker store (addons/stores/tracker_store.py) and
reports by botox_clinic/records.py, into real SQLite files and, when TEST_POSTGRES_URL is set (make
test sets it), into a throwaway schema of that PostgreSQL database.
"""
import os
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from botox_clinic import records
from addons.stores.tracker_store import CachedSQLTrackerStore

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import retention  # noqa: E402

from async_kit import run  # noqa: E402

POSTGRES = os.environ.get("TEST_POSTGRES_URL")  # set by scripts/test.sh (scripts/test_postgres.sh)
DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [greet, report_emergency]
responses:
  utter_greet: [{text: hello}]
""")
NOW = datetime.now(timezone.utc)
DAY = 86400.0


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path):
    """(tracker store URL, report store URL): two SQLite files, or one PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasa.db'}", f"sqlite:///{tmp_path / 'reports.db'}"
        return
    if not POSTGRES:
        pytest.skip("TEST_POSTGRES_URL is not set (make test sets it)")
    schema = f"retention_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES)
    with admin.begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    url = str(sa.engine.make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={schema}"}))
    try:
        yield url, url
    finally:
        records.engine.cache_clear()
        with admin.begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def tracker_store(url):
    return CachedSQLTrackerStore(domain=DOMAIN, dialect=sa.engine.make_url(url).get_backend_name(), host=url) \
        if not url.startswith("sqlite") else \
        CachedSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=url[len("sqlite:///"):])


def converse(store, sender, *days_ago_and_texts):
    """Save one turn per (days ago, text, intent) into the conversation `sender`."""
    tracker = run(store.retrieve(sender)) or DialogueStateTracker(sender, DOMAIN.slots)
    for days_ago, text, intent in days_ago_and_texts:
        at = NOW.timestamp() - days_ago * DAY
        for event in (UserUttered(text, {"name": intent, "confidence": 1.0}, timestamp=at),
                      ActionExecuted("utter_greet", timestamp=at + 0.1), BotUttered("hello", timestamp=at + 0.2),
                      ActionExecuted("action_listen", timestamp=at + 0.3)):
            tracker.update(event)
    run(store.save(tracker))
    run(store.retrieve(sender))  # the in-memory copy is warm, as in a running server


def report(url, conversation, days_ago, text="I can't swallow", message_days_ago=None):
    created = NOW - timedelta(days=days_ago)
    at = NOW.timestamp() - (days_ago if message_days_ago is None else message_days_ago) * DAY
    with records.engine(url).begin() as connection:
        connection.execute(records.reports.insert().values(
            conversation_id=conversation, channel="rest", created_at=created, message_ts=at, level="emergency",
            symptoms="trouble_swallowing", patient_text=text, source="action"))


def report_ids(url):
    with records.engine(url).connect() as connection:
        return sorted(connection.execute(sa.select(records.reports.c.conversation_id)).scalars())


def event_count(url, sender):
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            query = sa.text("SELECT count(*) FROM events WHERE sender_id = :s")
            return connection.execute(query, {"s": sender}).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def clinic_data(stores):
    """Conversations and reports of several ages; the retention period in these tests is 90 days."""
    tracker_url, reports_url = stores
    store = tracker_store(tracker_url)
    converse(store, "old", (200, "zebra-marker old patient words", "report_emergency"), (150, "thanks", "greet"))
    converse(store, "recent", (10, "hello", "greet"))
    # came back after months: the whole conversation stays while it is active, its old report too
    converse(store, "returning", (200, "I can't swallow", "report_emergency"), (5, "hi again", "greet"))
    converse(store, "just-over", (91, "hello", "greet"))
    converse(store, "just-under", (89, "hello", "greet"))
    report(reports_url, "old", 200, text="zebra-marker report words")
    report(reports_url, "returning", 200)
    report(reports_url, "recent", 10)
    report(reports_url, "no-conversation-left", 120)
    report(reports_url, "no-conversation-recent", 30)
    return store, tracker_url, reports_url


def test_old_conversations_and_reports_are_deleted_and_nothing_else(clinic_data):
    store, tracker_url, reports_url = clinic_data
    before = {s: event_count(tracker_url, s) for s in ("recent", "returning", "just-under")}

    counts = retention.run(90, tracker_url, reports_url)

    assert counts == {"conversations": 2, "events": 12, "reports": 2, "reports_kept": 1}
    assert event_count(tracker_url, "old") == 0 and event_count(tracker_url, "just-over") == 0
    assert {s: event_count(tracker_url, s) for s in before} == before
    assert run(store.retrieve("old")) is None  # the server's in-memory copy does not bring it back
    assert [e.text for e in run(store.retrieve("returning")).events if isinstance(e, UserUttered)] == \
        ["I can't swallow", "hi again"]
    assert report_ids(reports_url) == ["no-conversation-recent", "recent", "returning"]


def test_reconcile_does_not_bring_deleted_or_kept_reports_back(clinic_data):
    _, tracker_url, reports_url = clinic_data
    retention.run(90, tracker_url, reports_url)
    assert records.reconcile(tracker=tracker_url, url=reports_url) == 0
    assert report_ids(reports_url) == ["no-conversation-recent", "recent", "returning"]


def test_dry_run_counts_and_deletes_nothing(clinic_data, capsys):
    _, tracker_url, reports_url = clinic_data
    reports_before = report_ids(reports_url)
    counts = retention.run(90, tracker_url, reports_url, dry_run=True)
    assert counts == {"conversations": 2, "events": 12, "reports": 2, "reports_kept": 1}
    assert event_count(tracker_url, "old") == 8 and report_ids(reports_url) == reports_before
    out = capsys.readouterr().out
    assert "would delete 2 (12 events)" in out and "would delete 2 from" in out


def test_a_second_run_deletes_nothing_more(clinic_data):
    _, tracker_url, reports_url = clinic_data
    retention.run(90, tracker_url, reports_url)
    assert retention.run(90, tracker_url, reports_url) == {"conversations": 0, "events": 0, "reports": 0,
                                                          "reports_kept": 1}


def test_a_longer_period_keeps_more(clinic_data):
    _, tracker_url, reports_url = clinic_data
    counts = retention.run(365, tracker_url, reports_url)
    assert counts == {"conversations": 0, "events": 0, "reports": 0, "reports_kept": 0}


def test_sqlite_files_no_longer_hold_the_deleted_words(tmp_path):
    tracker_url, reports_url = f"sqlite:///{tmp_path / 'rasa.db'}", f"sqlite:///{tmp_path / 'reports.db'}"
    store = tracker_store(tracker_url)
    converse(store, "old", (200, "zebra-marker old patient words", "report_emergency"))
    converse(store, "recent", (1, "hello", "greet"))
    report(reports_url, "old", 200, text="zebra-marker report words")
    files = lambda: b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.endswith(("db", "wal")))  # noqa: E731
    assert files().count(b"zebra-marker") >= 2
    retention.run(90, tracker_url, reports_url)
    assert b"zebra-marker" not in files()


def test_missing_stores_are_nothing_to_delete(tmp_path):
    counts = retention.run(90, f"sqlite:///{tmp_path / 'none.db'}", f"sqlite:///{tmp_path / 'none2.db'}")
    assert counts == {"conversations": 0, "events": 0, "reports": 0, "reports_kept": 0}
    assert list(tmp_path.iterdir()) == []  # and creates no database


def test_the_command_reads_retention_days_from_the_environment(clinic_data):
    _, tracker_url, reports_url = clinic_data
    env = {**os.environ, "RETENTION_DAYS": "140", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "retention.py"), "--tracker-url", tracker_url,
                           "--reports-url", reports_url], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "retention: 140 days" in done.stdout
    assert "conversations: deleted 1 (8 events)" in done.stdout  # only "old" (last event 150 days ago)
    assert "reports: deleted 1 from" in done.stdout  # the 200-day report of "old"
    assert "kept 1 older report(s) of conversations still active" in done.stdout


@pytest.mark.parametrize("value", ["0", "-5", "ninety", "nan"])
def test_a_bad_retention_period_is_refused(value):
    with pytest.raises(SystemExit, match="retention: days must be"):
        retention.retention_days(value)


def test_the_default_period_is_90_days(monkeypatch):
    monkeypatch.delenv("RETENTION_DAYS", raising=False)
    assert retention.retention_days(None) == 90
    monkeypatch.setenv("RETENTION_DAYS", "30")
    assert retention.retention_days(None) == 30 and retention.retention_days("400") == 400
