"""A Redis lock store that is safe with several Rasa replicas, and answers when Redis is down.

Configured in endpoints.cluster.yml (`lock_store: type: addons.stores.lock_store.AtomicRedisLockStore`,
Rasa's `type: redis` settings plus `ticket_lifetime`, `poll_interval` and `fallback_seconds`). Rasa imports it from
the project root (PYTHONPATH), as it imports addons/.

Rasa 3.6's `RedisLockStore` keeps each conversation's ticket queue as one JSON value and changes
it with separate GET and SET calls. Two replicas that take a ticket for the same conversation at
the same moment both read the old queue, and one ticket is lost; a replica that finishes deletes
the queue while another replica's new ticket is in it. Measured with two replicas
(tests/cluster/test_cluster.py, 12 messages of one conversation sent at once to both): both
replicas handled the conversation at the same time, 3 of the 12 user messages were missing from
the tracker store although each got a 200 (some with no answer at all: `LockError`, which Rasa's
REST channel turns into an empty 200).

Here every change of a queue is one Redis transaction (WATCH/MULTI, retried on conflict), with
the same `TicketLock` format and order as Rasa's, and:

- a ticket lives `ticket_lifetime` seconds (15) and its replica extends it every third of that
  while the message waits or is handled. A replica killed while holding a ticket blocks that
  conversation for at most `ticket_lifetime` (Rasa: TICKET_LOCK_LIFETIME, 60 s, however long the
  message takes), and a slow message on a live replica is never overtaken;
- a message whose ticket vanished (Redis restarted, or its replica stalled past the lifetime)
  takes a new ticket instead of failing with `LockError`;
- waiting messages look again every `poll_interval` seconds (Rasa: 1 s), so a conversation's
  queued messages are not delayed a second each;
- the Redis key expires when its last ticket does;
- each message also holds an in-process lock of its replica (uncontended while Redis works);
- when Redis cannot be reached, the message is handled under that in-process lock alone
  instead of not at all: patients keep getting answers (the safety messages among them), and the
  messages of one conversation stay in order on each replica. What is lost while Redis is down is
  only the ordering between replicas, for a conversation whose messages reach two replicas at the
  same moment. Each such message is logged (`lock store unreachable`), and Redis is tried again
  after `fallback_seconds`.
"""
from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Callable, Optional, Text, Tuple

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)


class AtomicRedisLockStore(RedisLockStore):
    """`RedisLockStore` whose ticket queues change atomically, with an in-process fallback."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, poll_interval: float = 0.1,
                 fallback_seconds: float = 2.0, ticket_lifetime: float = 15.0, **kwargs: Any) -> None:
        settings = dict(endpoint_config.kwargs) if endpoint_config is not None else {}
        settings.update(kwargs)
        self.poll_interval = float(settings.pop("poll_interval", poll_interval))
        self.fallback_seconds = float(settings.pop("fallback_seconds", fallback_seconds))
        self.ticket_lifetime = float(settings.pop("ticket_lifetime", ticket_lifetime))
        if endpoint_config is not None and endpoint_config.url:
            settings.setdefault("host", endpoint_config.url)
        if settings.get("password") in ("", None):
            settings.pop("password", None)
        super().__init__(**settings)
        self.fallback = InMemoryLockStore()
        self._redis_down_until = 0.0

    # -- atomic changes of one conversation's queue

    def _change(self, conversation_id: Text,
                change: Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]) -> Any:
        """Apply `change` to the conversation's lock in one Redis transaction; return its result."""
        key = self.key_prefix + conversation_id
        outcome: dict = {}

        def transaction(pipe: Any) -> None:
            raw = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(raw)) if raw else None
            new, outcome["value"] = change(lock)
            if new is not None:
                new.remove_expired_tickets()
            pipe.multi()
            if new is None or not new.tickets:
                pipe.delete(key)
            else:
                expires = max(ticket.expires for ticket in new.tickets)
                pipe.set(key, new.dumps(), ex=max(1, math.ceil(expires - time.time()) + 1))

        self.red.transaction(transaction, key)
        return outcome["value"]

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def issue(lock: Optional[TicketLock]) -> Tuple[TicketLock, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        return self._change(conversation_id, issue)

    def update_lock(self, conversation_id: Text) -> None:
        self._change(conversation_id, lambda lock: (lock, None))  # drops expired tickets

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def finish(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None  # an empty queue is deleted in the same transaction

        self._change(conversation_id, finish)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        self.finish_serving(conversation_id, ticket_number)

    def extend_ticket(self, conversation_id: Text, ticket_number: int) -> None:
        """Push the ticket's expiry `ticket_lifetime` seconds ahead (its replica is alive)."""
        def extend(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            for ticket in lock.tickets if lock is not None else ():
                if ticket.number == ticket_number:
                    ticket.expires = time.time() + self.ticket_lifetime
            return lock, None

        self._change(conversation_id, extend)

    async def _keep_alive(self, conversation_id: Text, holder: dict) -> None:
        while True:
            await asyncio.sleep(self.ticket_lifetime / 3)
            if holder["ticket"] is None:
                return
            try:
                self.extend_ticket(conversation_id, holder["ticket"])
            except Exception as error:
                logger.warning("could not extend the lock ticket of %s: %s", conversation_id, error)

    def _has_ticket(self, conversation_id: Text, ticket: int) -> Tuple[bool, bool]:
        """(whether the ticket is still queued, whether it is being served)."""
        lock = self.get_lock(conversation_id)
        if lock is None:
            return False, False
        lock.remove_expired_tickets()
        if not any(t.number == ticket for t in lock.tickets):
            return False, False
        return True, not lock.is_locked(ticket)

    # -- the lock Rasa's Agent takes around each message

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncGenerator[TicketLock, None]:
        lifetime = self.ticket_lifetime  # instead of Rasa's TICKET_LOCK_LIFETIME: tickets are kept alive
        holder: dict = {"ticket": None, "keep_alive": None}
        acquired: Optional[TicketLock] = None
        if time.monotonic() >= self._redis_down_until:
            try:
                holder["ticket"] = self.issue_ticket(conversation_id, lifetime)
                holder["keep_alive"] = asyncio.ensure_future(self._keep_alive(conversation_id, holder))
                acquired = await self._acquire(conversation_id, holder, lifetime)
            except LockError:
                self._release(conversation_id, holder)
                raise
            except asyncio.CancelledError:
                self._release(conversation_id, holder)
                raise
            except Exception as error:  # Redis unreachable or failing, before or while waiting
                self._release(conversation_id, holder)
                self._fall_back(conversation_id, error)
        if acquired is None:
            async with self.fallback.lock(conversation_id, lock_lifetime, self.poll_interval) as lock:
                yield lock
            return
        try:
            # this replica's own lock as well: uncontended while Redis holds the queue, it keeps two
            # messages of one conversation apart on this replica if Redis loses the queue (restart)
            async with self.fallback.lock(conversation_id, lock_lifetime, self.poll_interval):
                yield acquired
        finally:
            self._release(conversation_id, holder)

    def _release(self, conversation_id: Text, holder: dict) -> None:
        if holder.get("keep_alive") is not None:
            holder["keep_alive"].cancel()
            holder["keep_alive"] = None
        if holder["ticket"] is None:
            return
        try:
            self.cleanup(conversation_id, holder["ticket"])
        except Exception as error:  # Redis away: the ticket expires by itself
            logger.warning("could not release the lock of %s: %s", conversation_id, error)
        holder["ticket"] = None

    async def _acquire(self, conversation_id: Text, holder: dict, lock_lifetime: float) -> TicketLock:
        """Wait for the conversation's turn of this ticket; Redis errors propagate (fallback)."""
        deadline = time.monotonic() + LOCK_LIFETIME + 2 * lock_lifetime
        while True:
            queued, serving = self._has_ticket(conversation_id, holder["ticket"])
            if serving:
                return self.get_lock(conversation_id) or self.create_lock(conversation_id)
            if not queued:  # Redis lost the queue (restart) or the ticket expired: queue again
                logger.warning("the lock ticket of %s vanished; taking a new one", conversation_id)
                holder["ticket"] = self.issue_ticket(conversation_id, lock_lifetime)
                continue
            if time.monotonic() > deadline:
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            await asyncio.sleep(self.poll_interval)

    def _fall_back(self, conversation_id: Text, error: Exception) -> None:
        self._redis_down_until = time.monotonic() + self.fallback_seconds
        logger.error("lock store unreachable (%s): conversation %s handled under this replica's own lock",
                     error, conversation_id)
