"""Test kit for the channel tests: a fake agent, a Sanic app with one channel, a loopback server.

Each test builds a Sanic app with one channel's blueprint, mounted where `rasa run` mounts
it, and a fake `on_new_message` standing in for the agent. The app runs on a free loopback
port inside the test's event loop (sanic-testing is not installed).
"""
from __future__ import annotations

import asyncio
import contextlib
import socket
import uuid
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, List, Optional

from sanic import Sanic

from rasa.core.channels.channel import InputChannel, UserMessage


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
