"""Webhook deliveries already handled, so a delivery that comes twice is handled once.

Twilio (and other webhook senders) may deliver the same webhook more than once: a retry after
a timeout, a proxy that re-sends, a replayed request. Handled twice, it is two user messages in
the conversation, two replies to the patient, and for a red flag two staff reports.

`DeliveryLog.first_delivery(request, channel, delivery_id)` records the delivery and says
whether it is the first one. The record lives in the conversation database, the tracker
store's SQL database (endpoints.yml: an SQLite file; endpoints.postgres.yml: PostgreSQL), in
one small table, so it survives a restart and is shared by every Rasa replica that uses that
database:

    channel_deliveries(channel VARCHAR(32), delivery_id VARCHAR(255), received_at FLOAT)
    primary key (channel, delivery_id); received_at: Unix time, indexed

The table is created on first use (CREATE TABLE IF NOT EXISTS semantics). A delivery is
claimed with one insert-or-ignore (`INSERT ... ON CONFLICT DO NOTHING` on SQLite and
PostgreSQL, an insert that may fail on the key elsewhere): of two concurrent copies, in one
process or in two replicas, exactly one is first. The claim is made before the message is
handled, so a retry that arrives while the first copy is still being answered is dropped too;
a delivery whose handling then fails is not handled again (the channels answer such a failure
with an apology, see addons/channels/twilio_sms.py). Rows older than RETENTION_SECONDS are deleted, at
most once per PRUNE_EVERY_SECONDS per process.

Without an SQL tracker store (Rasa's in-memory store, e.g. in tests) the log is kept in this
process's memory, bounded (MEMORY_SIZE ids), with a warning: the conversations themselves do
not survive a restart then either. If the database cannot be reached, the delivery is handled
(logged as an error): a possible duplicate is better than a lost message.
"""
from __future__ import annotations

import logging
import time
import weakref
from collections import OrderedDict
from typing import Any, Optional, Text, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

logger = logging.getLogger(__name__)

TABLE_NAME = "channel_deliveries"
MAX_CHANNEL_CHARS = 32
MAX_DELIVERY_ID_CHARS = 255
RETENTION_SECONDS = 7 * 24 * 3600  # webhook retries come within minutes; a week is plenty
PRUNE_EVERY_SECONDS = 3600
MEMORY_SIZE = 10_000

_metadata = sa.MetaData()
deliveries = sa.Table(
    TABLE_NAME, _metadata,
    sa.Column("channel", sa.String(MAX_CHANNEL_CHARS), primary_key=True),
    sa.Column("delivery_id", sa.String(MAX_DELIVERY_ID_CHARS), primary_key=True),
    sa.Column("received_at", sa.Float, nullable=False, index=True),
)


def tracker_store_engine(tracker_store: Any) -> Optional[Engine]:
    """The SQLAlchemy engine of a tracker store, looking through Rasa's wrappers
    (FailSafeTrackerStore, AwaitableTrackerStore keep the real store as `_tracker_store`).
    None if the store is not an SQL store."""
    seen = set()
    while tracker_store is not None and id(tracker_store) not in seen:
        seen.add(id(tracker_store))
        engine = getattr(tracker_store, "engine", None)
        if isinstance(engine, Engine):
            return engine
        tracker_store = getattr(tracker_store, "_tracker_store", None)
    return None


def request_engine(request: Any) -> Optional[Engine]:
    """The engine of the tracker store of the agent serving `request` (`app.ctx.agent`), if SQL."""
    agent = getattr(getattr(getattr(request, "app", None), "ctx", None), "agent", None)
    return tracker_store_engine(getattr(agent, "tracker_store", None))


def _insert_ignoring_duplicates(dialect: Text) -> Optional[Any]:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        return None
    return insert(deliveries).on_conflict_do_nothing(index_elements=["channel", "delivery_id"])


class DeliveryLog:
    """Which webhook deliveries were already received (see the module docstring)."""

    def __init__(self, retention_seconds: float = RETENTION_SECONDS, memory_size: int = MEMORY_SIZE) -> None:
        self.retention_seconds = retention_seconds
        self.memory_size = memory_size
        self._ready: "weakref.WeakKeyDictionary[Engine, float]" = weakref.WeakKeyDictionary()  # engine -> last prune
        self._memory: "OrderedDict[Tuple[Text, Text], float]" = OrderedDict()
        self._warned_memory = False

    # -- the one question

    def first_delivery(self, request: Any, channel: Text, delivery_id: Optional[Text]) -> bool:
        """Record the delivery `delivery_id` of `channel`; True if it was not seen before.

        No id (nothing to recognise a copy by): True. The database of the tracker store of the
        app serving `request` keeps the record (see the module docstring).
        """
        if not delivery_id:
            return True
        key = (channel[:MAX_CHANNEL_CHARS], delivery_id[:MAX_DELIVERY_ID_CHARS])
        engine = request_engine(request)
        if engine is None:
            return self._first_in_memory(key)
        try:
            return self._first_in_database(engine, key)
        except Exception:
            logger.exception("could not check %s delivery %s against the database; handling it", *key)
            return True

    # -- database

    def _prepare(self, engine: Engine) -> None:
        if engine in self._ready:
            return
        try:
            _metadata.create_all(engine, checkfirst=True)
        except Exception:  # another replica created it at the same moment
            if not sa.inspect(engine).has_table(TABLE_NAME):
                raise
        self._ready[engine] = 0.0

    def _first_in_database(self, engine: Engine, key: Tuple[Text, Text]) -> bool:
        self._prepare(engine)
        now = time.time()
        row = {"channel": key[0], "delivery_id": key[1], "received_at": now}
        statement = _insert_ignoring_duplicates(engine.dialect.name)
        try:
            with engine.begin() as connection:
                if statement is not None:
                    first = connection.execute(statement, row).rowcount == 1
                else:
                    connection.execute(deliveries.insert(), row)
                    first = True
        except IntegrityError:
            first = False
        if now - self._ready.get(engine, 0.0) >= PRUNE_EVERY_SECONDS:
            self._prune(engine, now)
        return first

    def _prune(self, engine: Engine, now: float) -> None:
        self._ready[engine] = now
        try:
            with engine.begin() as connection:
                connection.execute(deliveries.delete().where(deliveries.c.received_at < now - self.retention_seconds))
        except Exception:
            logger.exception("could not delete old rows of %s", TABLE_NAME)

    # -- no SQL tracker store

    def _first_in_memory(self, key: Tuple[Text, Text]) -> bool:
        if not self._warned_memory:
            self._warned_memory = True
            logger.warning("The tracker store is not an SQL store: duplicate webhook deliveries are recognised "
                           "only within this process, and not after a restart.")
        now = time.time()
        while self._memory and (len(self._memory) >= self.memory_size or
                                next(iter(self._memory.values())) < now - self.retention_seconds):
            self._memory.popitem(last=False)
        if key in self._memory:
            return False
        self._memory[key] = now
        return True
