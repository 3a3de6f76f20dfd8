"""Running a coroutine from a synchronous test, whatever event-loop policy Rasa's imports installed."""
import asyncio


def run(coroutine):
    """The coroutine's result, on the current event loop (a new one when the policy makes none)."""
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError:  # importing Rasa's server code installs uvloop's policy, which makes no loop by itself
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    return loop.run_until_complete(coroutine)
