"""Messages enter the pipeline a few at a time, in order, and none waits longer than its patience
(addons/admission.py)."""
from __future__ import annotations

import asyncio

from rasa.core.agent import Agent

import addons  # noqa: F401  (installs the patches)
from addons.admission import DEFAULT_LIMIT, DEFAULT_PATIENCE, Admission


async def _run(admission: Admission, jobs):
    """jobs: [(name, seconds of waiting inside)]; returns the order in which they started and finished."""
    log = []

    async def job(name, seconds):
        async with admission.turn():
            log.append(("start", name))
            await asyncio.sleep(seconds)
            log.append(("end", name))

    tasks = []
    for name, seconds in jobs:
        tasks.append(asyncio.create_task(job(name, seconds)))
        await asyncio.sleep(0.001)  # arrival order
    await asyncio.gather(*tasks)
    return log


def test_at_most_the_limit_run_at_once_and_the_rest_go_in_order_of_arrival():
    log = asyncio.run(_run(Admission(limit=2, patience=5), [("a", 0.05), ("b", 0.05), ("c", 0.01), ("d", 0.01)]))
    running, most = 0, 0
    for event, _ in log:
        running += 1 if event == "start" else -1
        most = max(most, running)
    assert most == 2
    assert [name for event, name in log if event == "start"] == ["a", "b", "c", "d"]


def test_a_message_goes_in_without_a_turn_after_its_patience():
    admission = Admission(limit=1, patience=0.05)
    log = asyncio.run(_run(admission, [("stuck", 0.5), ("next", 0.0)]))
    assert log.index(("start", "next")) < log.index(("end", "stuck"))  # did not wait for the stuck one
    assert admission.waited_out == 1


def test_no_limit_admits_everything_at_once():
    log = asyncio.run(_run(Admission(limit=0), [("a", 0.05), ("b", 0.05), ("c", 0.05)]))
    assert [event for event, _ in log[:3]] == ["start", "start", "start"]


def test_settings_come_from_the_environment_and_a_bad_value_falls_back():
    assert (Admission.from_environment({}).limit, Admission.from_environment({}).patience) == (DEFAULT_LIMIT, DEFAULT_PATIENCE)
    chosen = Admission.from_environment({"RASA_MAX_CONCURRENT_MESSAGES": "4", "RASA_ADMISSION_WAIT_SECONDS": "0.5"})
    assert (chosen.limit, chosen.patience) == (4, 0.5)
    bad = Admission.from_environment({"RASA_MAX_CONCURRENT_MESSAGES": "many", "RASA_ADMISSION_WAIT_SECONDS": "-1"})
    assert (bad.limit, bad.patience) == (DEFAULT_LIMIT, DEFAULT_PATIENCE)


def test_one_admission_serves_one_event_loop_after_another():
    admission = Admission(limit=1, patience=1)
    for _ in range(2):  # a second asyncio.run: a new loop, a new semaphore (not "bound to a different event loop")
        assert asyncio.run(_run(admission, [("a", 0.0), ("b", 0.0)])) == [("start", "a"), ("end", "a"), ("start", "b"),
                                                                           ("end", "b")]


def test_every_channel_goes_through_it():
    assert getattr(Agent.handle_message, "admitted", False)
