"""The conversation store (addons/stores/tracker_store.py): what Rasa's SQL store would return, faster.

Every test compares the cached store with Rasa's own SQLTrackerStore reading the same
database, so a stale or lost event in the in-memory copy fails here; each runs on SQLite and,
under `make test` (scripts/test_postgres.sh), on a throwaway PostgreSQL server.
"""
import os
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore, SQLTrackerStore, create_tracker_store
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.utils.endpoints import read_endpoint_config

from addons.stores.tracker_store import CachedSQLTrackerStore

from async_kit import run

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [greet, faq]
slots:
  symptoms:
    type: any
    mappings: [{type: custom}]
responses:
  utter_greet: [{text: hello}]
""")


POSTGRES = os.environ.get("TEST_POSTGRES_URL")  # set by scripts/test.sh (scripts/test_postgres.sh)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """Where the conversations are stored: an SQLite file, or an empty PostgreSQL table."""
    if request.param == "sqlite":
        return {"dialect": "sqlite", "db": str(tmp_path / "conversations.db")}
    if not POSTGRES:
        pytest.skip("TEST_POSTGRES_URL is not set (make test sets it)")
    engine = sa.create_engine(POSTGRES)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE IF EXISTS events"))
    engine.dispose()
    return {"dialect": "postgresql", "host": POSTGRES}


def stores(db, **kwargs):
    return CachedSQLTrackerStore(domain=DOMAIN, **db, **kwargs), SQLTrackerStore(domain=DOMAIN, **db)


def turn(tracker, text, at):
    for event in (UserUttered(text, {"name": "greet", "confidence": 1.0}, timestamp=at),
                  ActionExecuted("utter_greet", timestamp=at + 0.1), BotUttered("hello", timestamp=at + 0.2),
                  ActionExecuted("action_listen", timestamp=at + 0.3)):
        tracker.update(event)


def dump(tracker):
    return [e.as_dict() for e in tracker.events] if tracker else None


def test_endpoints_yml_really_uses_the_cached_store(tmp_path, monkeypatch):
    """Rasa silently falls back to an in-memory store if a custom store fails to import:
    conversations would then vanish on restart."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "var").mkdir()
    store = create_tracker_store(read_endpoint_config(str(ROOT / "endpoints.yml"), "tracker_store"), DOMAIN)
    store = store._tracker_store if isinstance(store, FailSafeTrackerStore) else store
    assert type(store) is CachedSQLTrackerStore
    assert store.cache_size > 0


def test_a_saved_conversation_reads_back_as_rasa_would(db):
    cached, plain = stores(db)
    tracker = run(cached.get_or_create_tracker("patient"))
    turn(tracker, "hi", 1000.0)
    tracker.update(SlotSet("symptoms", ["bruising"], timestamp=1001.0))
    run(cached.save(tracker))
    turn(tracker, "hello again", 1002.0)
    run(cached.save(tracker))

    again = run(cached.retrieve("patient"))
    assert dump(again) == dump(run(plain.retrieve("patient"))) == dump(tracker)
    assert again.get_slot("symptoms") == ["bruising"]
    assert again is not tracker


def test_another_writer_is_seen_not_overwritten(db):
    """A second Rasa process (or a restart) writing to the same database."""
    cached, plain = stores(db)
    tracker = run(cached.get_or_create_tracker("patient"))
    turn(tracker, "hi", 1000.0)
    run(cached.save(tracker))
    run(cached.retrieve("patient"))  # the copy is warm

    elsewhere = run(plain.retrieve("patient"))
    turn(elsewhere, "written by another process", 2000.0)
    run(plain.save(elsewhere))

    mine = run(cached.retrieve("patient"))
    assert [e.text for e in mine.events if isinstance(e, UserUttered)] == ["hi", "written by another process"]
    turn(mine, "and back here", 3000.0)
    run(cached.save(mine))
    texts = [e.text for e in run(plain.retrieve("patient")).events if isinstance(e, UserUttered)]
    assert texts == ["hi", "written by another process", "and back here"]  # nothing lost or doubled


def test_only_the_latest_session_is_returned_like_rasa(db):
    cached, plain = stores(db)
    tracker = run(cached.get_or_create_tracker("patient"))
    turn(tracker, "first session", 1000.0)
    run(cached.save(tracker))
    run(cached.retrieve("patient"))
    tracker.update(ActionExecuted("action_session_start", timestamp=5000.0))
    tracker.update(SessionStarted(timestamp=5000.1))
    tracker.update(ActionExecuted("action_listen", timestamp=5000.2))
    turn(tracker, "second session", 5001.0)
    run(cached.save(tracker))

    latest = run(cached.retrieve("patient"))
    assert dump(latest) == dump(run(plain.retrieve("patient")))
    assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["second session"]
    full = run(cached.retrieve_full_tracker("patient"))
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == ["first session", "second session"]
    turn(latest, "third message", 6000.0)
    run(cached.save(latest))
    assert dump(run(plain.retrieve("patient"))) == dump(latest)


def test_events_of_an_unsaved_message_never_come_back(db):
    """A message whose handling failed half way must not leak into the next one."""
    cached, _ = stores(db)
    tracker = run(cached.get_or_create_tracker("patient"))
    turn(tracker, "hi", 1000.0)
    run(cached.save(tracker))
    half_done = run(cached.retrieve("patient"))
    turn(half_done, "this message crashed", 2000.0)  # never saved

    again = run(cached.retrieve("patient"))
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hi"]


def test_the_copy_is_bounded_and_evicted_conversations_still_load(db):
    cached, plain = stores(db, cache_size=2)
    for n in range(4):
        tracker = run(cached.get_or_create_tracker(f"patient-{n}"))
        turn(tracker, f"message {n}", 1000.0 + n)
        run(cached.save(tracker))
        run(cached.retrieve(f"patient-{n}"))
    assert len(cached._sessions) <= 2
    for n in range(4):
        assert dump(run(cached.retrieve(f"patient-{n}"))) == dump(run(plain.retrieve(f"patient-{n}")))


def test_cache_size_zero_is_rasas_plain_store(db):
    cached, plain = stores(db, cache_size=0)
    tracker = run(cached.get_or_create_tracker("patient"))
    turn(tracker, "hi", 1000.0)
    run(cached.save(tracker))
    assert not cached._sessions
    assert dump(run(cached.retrieve("patient"))) == dump(run(plain.retrieve("patient")))


def test_sqlite_runs_in_write_ahead_log_mode(tmp_path):
    db = {"dialect": "sqlite", "db": str(tmp_path / "conversations.db")}
    cached, _ = stores(db)
    tracker = run(cached.get_or_create_tracker("patient"))
    run(cached.save(tracker))
    assert sqlite3.connect(db["db"]).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unknown_conversation_is_none(db):
    cached, _ = stores(db)
    assert run(cached.retrieve("nobody")) is None


def test_postgres_endpoints_take_every_value_from_the_environment(monkeypatch):
    """Rasa expands ${...} only in unquoted YAML values; a quoted one reached the database driver
    as the literal text "${TRACKER_DB_PORT}"."""
    env = {"TRACKER_DB_HOST": "db.internal", "TRACKER_DB_PORT": "6543", "TRACKER_DB_NAME": "clinic",
           "TRACKER_DB_USER": "rasa", "TRACKER_DB_PASSWORD": "s3cret", "ACTION_SERVER_URL": "http://127.0.0.1:5055/webhook"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    store = read_endpoint_config(str(ROOT / "endpoints.postgres.yml"), "tracker_store")
    assert store.type == "addons.stores.tracker_store.CachedSQLTrackerStore"
    assert (store.url, store.kwargs["port"], store.kwargs["db"], store.kwargs["username"], store.kwargs["password"]) == \
        ("db.internal", "6543", "clinic", "rasa", "s3cret")
    assert read_endpoint_config(str(ROOT / "endpoints.postgres.yml"), "action_endpoint").url == env["ACTION_SERVER_URL"]


def test_a_conversation_read_from_the_database_is_then_served_from_memory(db, monkeypatch):
    """After a restart: the first read loads the rows, the next ones and the saves use the copy."""
    writer, _ = stores(db)
    tracker = run(writer.get_or_create_tracker("patient"))
    turn(tracker, "hi", 1000.0)
    run(writer.save(tracker))

    restarted, plain = stores(db)
    first = run(restarted.retrieve("patient"))
    monkeypatch.setattr(restarted, "_event_query", lambda *args, **kwargs: pytest.fail("read the rows again"))
    again = run(restarted.retrieve("patient"))
    turn(again, "second message", 2000.0)
    run(restarted.save(again))
    assert dump(run(restarted.retrieve("patient"))) == dump(run(plain.retrieve("patient"))) == dump(again)
    assert dump(first) == dump(tracker)
