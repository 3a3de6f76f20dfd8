"""Conversations in SQL, with each conversation's current session also kept in memory.

Rasa's `SQLTrackerStore` reads a conversation's whole current session from the database
for every message, and counts its rows again before saving the new events. Under load that
was a third of the Rasa server's work (py-spy, reports/bench.md). `CachedSQLTrackerStore`
is the same store (same table, same rows, same queries on a miss), plus a bounded
in-memory copy of the rows it last read or wrote for each conversation:

- every read and write first asks the database how many events the conversation has,
  one indexed query; the copy is used only if it was made at that count. So another Rasa
  process writing to the same database, a restart, or `make reconcile` reading it, never
  sees or causes stale data: a mismatch just reads the rows again;
- a message that fails half way never reaches the copy: only committed events are
  remembered, and each read builds a new tracker from them, as Rasa does from the database.
  They are kept as Rasa `Event` objects, which Rasa never changes once logged (its own
  tracker copies share them), so a read skips decoding them again;
- only SQLite and PostgreSQL (float timestamps stored exactly, so the copy's
  "current session" matches the database's); other dialects use the plain store.

Configured in endpoints.yml (`type: addons.stores.tracker_store.CachedSQLTrackerStore`, the same
settings as `type: SQL`, plus `cache_size`: conversations kept, 0 turns the copy off).
"""
from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from typing import Any, List, Optional, Text, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.core.events import Event, SessionStarted, deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

EXACT_FLOAT_DIALECTS = {"sqlite", "postgresql"}
# (timestamp, type_name, event): one stored event of a conversation's current session
Row = Tuple[Optional[float], Text, Event]


def current_session(rows: List[Row]) -> List[Row]:
    """The rows Rasa's SQL query returns for a conversation's latest session, in id order:
    those at or after the latest SessionStarted, or all of them if there is none."""
    starts = [timestamp for timestamp, type_name, _ in rows
              if type_name == SessionStarted.type_name and timestamp is not None]
    if not starts:
        return rows
    start = max(starts)
    return [row for row in rows if row[0] is not None and row[0] >= start]


def use_write_ahead_log(connection: Any, _record: Any) -> None:
    """SQLite in WAL mode with synchronous=NORMAL: a commit appends to the log without
    waiting for the disk, and readers (`make reconcile`) never block the server. It survives
    a crash of the process; a power cut may lose the last commits, never the file."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class CachedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with a validated, bounded in-memory copy of each current session."""

    def __init__(self, *args: Any, cache_size: int = 500, sqlite_wal: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.engine: sa.engine.Engine
        dialect = self.engine.dialect.name
        if dialect == "sqlite":
            # SQLAlchemy 1.4 opens and closes an SQLite file per session (NullPool), and in WAL
            # mode the last close checkpoints the log: keep connections open in a pool instead
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, connect_args={"check_same_thread": False})
            if sqlite_wal:
                sa.event.listen(self.engine, "connect", use_write_ahead_log)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        elif dialect == "postgresql":
            # test each pooled connection before use: after a PostgreSQL restart Rasa's pool hands out
            # dead connections and the next message of each replica was lost (deploy/README.md)
            url = self.engine.url
            self.engine.dispose()
            self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        self.cache_size = int(cache_size) if dialect in EXACT_FLOAT_DIALECTS else 0
        self._sessions: "OrderedDict[Text, Tuple[int, List[Row]]]" = OrderedDict()  # sender -> (stored, rows)
        table = self.SQLEvent.__table__
        self._insert = table.insert()
        self._count = sa.select(sa.func.count()).select_from(table).where(table.c.sender_id == sa.bindparam("sender_id"))
        logger.debug("Tracker store %s, in-memory copy of %d conversations", dialect, self.cache_size)

    def _stored(self, session: sa.orm.Session, sender_id: Text) -> int:
        """All events stored for the conversation, every session: the copy's version."""
        return session.execute(self._count, {"sender_id": sender_id}).scalar() or 0

    def _cached(self, sender_id: Text, stored: int) -> Optional[List[Row]]:
        if not stored:  # the database has nothing for this conversation
            self._sessions.pop(sender_id, None)
            return []
        entry = self._sessions.get(sender_id)
        if entry is None or entry[0] != stored:
            return None
        self._sessions.move_to_end(sender_id)
        return entry[1]

    def _remember(self, sender_id: Text, stored: int, rows: List[Row]) -> None:
        if not stored:
            self._sessions.pop(sender_id, None)
            return
        self._sessions[sender_id] = (stored, rows)
        self._sessions.move_to_end(sender_id)
        while len(self._sessions) > self.cache_size:
            self._sessions.popitem(last=False)

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        if fetch_events_from_all_sessions or not self.cache_size:
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        with self.session_scope() as session:
            stored = self._stored(session, sender_id)
            rows = self._cached(sender_id, stored)
            if rows is None:
                records = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
                rows = [(e.timestamp, e.type_name, event)
                        for e, event in zip(records, deserialise_events([json.loads(e.data) for e in records]))]
                self._remember(sender_id, stored, rows)
        if not (self.domain and rows):
            return None
        return DialogueStateTracker.from_events(sender_id, [row[2] for row in rows], self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the events the database does not have yet (as `SQLTrackerStore.save`)."""
        if not self.cache_size:
            return await super().save(tracker)
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        with self.session_scope() as session:
            stored = self._stored(session, sender_id)
            rows = self._cached(sender_id, stored)
            in_session = len(rows) if rows is not None else \
                self._event_query(session, sender_id, fetch_events_from_all_sessions=False).count()
            new_events = list(itertools.islice(tracker.events, in_session, len(tracker.events)))
            if new_events:
                records = []
                for event in new_events:
                    data = event.as_dict()
                    records.append({
                        "sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
                        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                        "action_name": data.get("name"), "data": json.dumps(data)})
                session.execute(self._insert, records)
                session.commit()
        if rows is not None:
            new_rows = [(event.timestamp, event.type_name, event) for event in new_events]
            self._remember(sender_id, stored + len(new_rows), current_session(rows + new_rows))
        logger.debug(f"Tracker with sender_id '{sender_id}' stored to database")
