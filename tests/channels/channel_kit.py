"""Test kit for the channel tests: a fake agent, a Sanic app with one channel, a loopback server.

Each test builds a Sanic app with one channel's blueprint, mounted where `rasa run` mounts
it, and a fake `on_new_message` standing in for the agent. The app runs on a free loopback
port inside the test's event loop (sanic-testing is not installed), with its start-up and
shutdown listeners run as `rasa run` runs them.

`StoringAgent` keeps the conversation in a real tracker store, as Rasa's message processor
does: the user message, the bot's answer (with its buttons), action_listen.
"""
from __future__ import annotations

import asyncio
import contextlib
import socket
import uuid
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, List, Optional

from sanic import Sanic

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered


class FakeAgent:
    """Records every UserMessage; `reply` decides what the bot sends back through the channel."""

    def __init__(self, reply: Optional[Callable[[UserMessage], Awaitable[None]]] = None,
                 trackers: Optional[Dict[str, Any]] = None) -> None:
        self.messages: List[UserMessage] = []
        self.reply = reply
        self.trackers = trackers or {}
        self.tracker_store = self  # as `agent.tracker_store`

    async def on_new_message(self, message: UserMessage) -> None:
        self.messages.append(message)
        if self.reply is not None:
            await self.reply(message)

    async def retrieve(self, sender_id: str) -> Any:
        return self.trackers.get(sender_id)

    @property
    def texts(self) -> List[str]:
        return [m.text for m in self.messages]


class StoringAgent(FakeAgent):
    """A fake agent whose conversations are saved in `tracker_store` (a real one), as Rasa saves them.

    Each message: UserUttered, then (if `answer` is given) the bot message sent through the
    message's channel and logged as BotUttered with its buttons, then action_listen.
    """

    def __init__(self, tracker_store: Any, answer: Optional[Dict[str, Any]] = None) -> None:
        super().__init__()
        self.tracker_store = tracker_store
        self.answer = answer

    async def on_new_message(self, message: UserMessage) -> None:
        self.messages.append(message)
        tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text, input_channel=message.input_channel,
                                   message_id=message.message_id))
        if self.answer is not None:
            await message.output_channel.send_response(message.sender_id, dict(self.answer))
            data = {"buttons": self.answer["buttons"]} if self.answer.get("buttons") else {}
            tracker.update(BotUttered(self.answer.get("text"), data=data))
        tracker.update(ActionExecuted("action_listen"))
        await self.tracker_store.save(tracker)

    async def user_texts(self, sender_id: str) -> List[str]:
        """The user messages of the stored conversation (every session)."""
        tracker = await self.tracker_store.retrieve_full_tracker(sender_id)
        return [e.text for e in tracker.events if isinstance(e, UserUttered)] if tracker else []


def sqlite_store(path: Any) -> Any:
    """The conversation store of endpoints.yml (CachedSQLTrackerStore on an SQLite file); a new
    object each call, as after a restart."""
    from addons.stores.tracker_store import CachedSQLTrackerStore
    from rasa.shared.core.domain import Domain

    return CachedSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(path))


def make_app(channel: InputChannel, agent: FakeAgent) -> Sanic:
    app = Sanic(f"channel_test_{uuid.uuid4().hex[:12]}")
    app.ctx.agent = agent
    app.blueprint(channel.blueprint(agent.on_new_message), url_prefix=f"/webhooks/{channel.url_prefix()}")
    return app


@contextlib.asynccontextmanager
async def serve(app: Sanic) -> AsyncIterator[str]:
    """Run `app` on a free loopback port in the current event loop; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = await app.create_server(sock=sock, return_asyncio_server=True, access_log=False)
    await server.startup()
    try:
        await server.before_start()  # "before_server_start" listeners, e.g. a channel's webhook registration
        await server.after_start()
        yield f"http://127.0.0.1:{port}"
    finally:  # as Sanic's own shutdown: stop listening, let idle connections go, abort the rest
        await server.before_stop()
        server.close()
        await server.wait_closed()
        for connection in list(server.connections):
            connection.close_if_idle()
        for _ in range(50):
            if not server.connections:
                break
            await asyncio.sleep(0.02)
        for connection in list(server.connections):
            connection.abort()
        await server.after_stop()
        sock.close()
        # whatever the test started and left running (engine.io pings, long-polls): end it in this
        # test's loop, not as "Task was destroyed but it is pending" in a later test
        leftovers = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in leftovers:
            task.cancel()
        await asyncio.gather(*leftovers, return_exceptions=True)


class FakeTelegramAPI:
    """Telegram's Bot API on a loopback port (aiohttp), for aiogram's real HTTP calls.

    Records every call as (method, form fields); answers getMe with the bot `username`,
    setWebhook with True and sendMessage with the Message Telegram would return. Any other
    method is an error, as a call the test did not expect.
    """

    def __init__(self, username: str = "clinic_bot") -> None:
        self.username = username
        self.calls: List[tuple] = []
        self.server: Any = None  # aiogram's TelegramAPIServer, once started

    def methods(self) -> List[str]:
        return [method for method, _ in self.calls]

    def sent(self) -> List[tuple]:
        """(chat_id, text) of every sendMessage."""
        return [(fields["chat_id"], fields["text"]) for method, fields in self.calls if method == "sendMessage"]

    async def _handle(self, request: Any) -> Any:
        from aiohttp import web

        method = request.match_info["method"]
        fields = dict(await request.post())
        self.calls.append((method, fields))
        if method == "getMe":
            result: Any = {"id": 123, "is_bot": True, "first_name": "Clinic", "username": self.username}
        elif method == "setWebhook":
            result = True
        elif method == "sendMessage":
            result = {"message_id": len(self.calls), "date": 0, "text": fields.get("text"),
                      "chat": {"id": int(fields["chat_id"]), "type": "private"}}
        else:
            return web.json_response({"ok": False, "error_code": 400, "description": f"unexpected {method}"},
                                     status=400)
        return web.json_response({"ok": True, "result": result})

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator["FakeTelegramAPI"]:
        from aiohttp import web
        from aiogram.bot.api import TelegramAPIServer

        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.server = TelegramAPIServer.from_base(f"http://127.0.0.1:{port}")
        try:
            yield self
        finally:
            await runner.cleanup()
