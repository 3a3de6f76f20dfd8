"""Several Rasa replicas behind nginx, with the real servers (see conftest.py for how to run them).

In order: the lock store on its own; one conversation sent to two replicas at once; socket.io
through nginx; then load through nginx while a replica is killed (SIGKILL), Redis is restarted,
PostgreSQL is restarted. What the patients saw is printed (pytest -s) and written to
results/cluster/*.json; deploy/README.md has the numbers of a run.
"""
from __future__ import annotations

import json
import random
import threading
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, List, Optional

import requests
import sqlalchemy as sa

from cluster_kit import Patient, Sent, summary

ROOT = Path(__file__).resolve().parents[2]

RED_FLAG = "my eyelid is drooping since my botox"
# (the question after the red flag names Botox: "how long does it last?" right after it asks about the drooping, is
# answered at its level and writes a second report)
SCRIPT = ["hi", "does botox hurt?", RED_FLAG, "how long does botox last?", "what are the side effects of botox",
          "how much does botox cost"]
NOTICE = "not medical advice"
NOT_RECORDED = "couldn't pass this on to the team"   # actions/actions.py: the report store failed
RESULTS = ROOT / "results" / "cluster"


def save_result(name: str, data: Dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2, default=str))
    print(f"\n{name}: {json.dumps(data, default=str)}")


# ------------------------------------------------------------------------------------------- helpers


def stored_events(cluster, sender: str) -> List[Dict]:
    """The conversation's events as PostgreSQL has them, in the order they were stored."""
    engine = sa.create_engine(cluster.pg_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"),
                                      {"s": sender}).all()
    finally:
        engine.dispose()
    return [json.loads(row.data) for row in rows]


def user_texts(events: List[Dict]) -> List[str]:
    return [e.get("text") for e in events if e.get("event") == "user"]


def every_message_answered_in_turn(events: List[Dict]) -> bool:
    """Each patient message is followed by at least one bot message before the next one."""
    kinds = [e["event"] for e in events if e.get("event") in ("user", "bot")]
    return all(kinds[i + 1:i + 2] == ["bot"] for i, kind in enumerate(kinds) if kind == "user")


def reports_for(cluster, senders: List[str]) -> Dict[str, List[Dict]]:
    from botox_clinic import records

    found: Dict[str, List[Dict]] = {s: [] for s in senders}
    for row in records.recent(days=1, url=cluster.pg_url):
        if row["conversation_id"] in found:
            found[row["conversation_id"]].append(row)
    return found


def run_load(cluster, patients: int, script: List[str], chaos: Optional[Callable[[], Dict]] = None,
             chaos_after: float = 2.0, think: float = 0.3, retries: int = 4, retry_wait: float = 1.0) -> Dict:
    """`patients` conversations through nginx at once, each sending `script` with a little think
    time; `chaos` runs `chaos_after` seconds in. Returns the log and what chaos reported."""
    log: List[Sent] = []
    lock = threading.Lock()
    people = [Patient(cluster.url, log, lock, retries=retries, retry_wait=retry_wait) for _ in range(patients)]
    rng = random.Random(12)

    def talk(patient: Patient) -> None:
        for text in script:
            patient.send(text)
            time.sleep(think * (0.5 + rng.random()))

    threads = [threading.Thread(target=talk, args=(p,)) for p in people]
    started = time.monotonic()
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    chaos_report: Dict = {}
    if chaos is not None:
        time.sleep(max(0.0, chaos_after - (time.monotonic() - started)))
        chaos_report = chaos()
    for thread in threads:
        thread.join(timeout=300)
    return {"log": log, "senders": [p.sender for p in people], "chaos": chaos_report,
            "seconds": round(time.monotonic() - started, 1)}


def check_conversations(cluster, senders: List[str], script: List[str]) -> Dict[str, object]:
    """Every conversation in PostgreSQL: each patient message exactly once, in order, answered."""
    problems = {}
    for sender in senders:
        events = stored_events(cluster, sender)
        texts = user_texts(events)
        if texts != script:
            problems[sender] = {"stored": texts}
        elif not every_message_answered_in_turn(events):
            problems[sender] = {"unanswered in the tracker": texts}
    return problems


def failures_are_clear(log: List[Sent]) -> List[Dict]:
    """Every attempt that did not get an answer: it must be nginx's 503 with the clinic's phone."""
    from botox_clinic import clinic

    phone = clinic.load().phone
    unclear = []
    for sent in log:
        for attempt in sent.attempts:
            if attempt.status == 200 and isinstance(attempt.body, list) and attempt.body:
                continue
            clear = attempt.status == 503 and isinstance(attempt.body, list) and phone in json.dumps(attempt.body)
            if not clear:
                unclear.append({"text": sent.text, "status": attempt.status, "body": attempt.body,
                                "error": attempt.error})
    return unclear


# ------------------------------------------------------------------------------------ the lock store


def test_lock_store_queues_stay_whole_when_replicas_take_tickets_at_once(cluster, monkeypatch):
    """Two replicas taking tickets for one conversation at the same moment (the time between
    reading and writing the queue stretched to 20 ms): Rasa's RedisLockStore hands out the same
    ticket twice, which lets both replicas handle the conversation; the atomic store never does."""
    from rasa.core.lock import TicketLock
    from rasa.core.lock_store import RedisLockStore
    from rasa.utils.endpoints import EndpointConfig

    from addons.stores.lock_store import AtomicRedisLockStore

    original = TicketLock.issue_ticket

    def slow_issue(self, lifetime):
        time.sleep(0.02)
        return original(self, lifetime)

    monkeypatch.setattr(TicketLock, "issue_ticket", slow_issue)
    settings = dict(port=cluster.redis_port, db=3, key_prefix="locktest")

    def tickets(make_store) -> List[int]:
        conversation = uuid.uuid4().hex
        stores = [make_store(), make_store()]  # two replicas: two clients
        numbers: List[int] = []

        def take(store):
            for _ in range(5):
                numbers.append(store.issue_ticket(conversation, 30))

        threads = [threading.Thread(target=take, args=(s,)) for s in stores]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return numbers

    rasa_numbers = tickets(lambda: RedisLockStore(host="127.0.0.1", **settings))
    atomic_numbers = tickets(lambda: AtomicRedisLockStore(EndpointConfig(url="127.0.0.1", **settings)))
    assert len(set(rasa_numbers)) < 10, f"Rasa's store did not show the race this time: {rasa_numbers}"
    assert sorted(atomic_numbers) == list(range(10))


# ------------------------------------------------------------------ one conversation, two replicas


def test_one_conversation_sent_alternately_to_two_replicas_at_once(cluster):
    """16 messages of one conversation, odd ones to replica 1 and even ones to replica 2 directly,
    each sent 0.15 s after the previous one without waiting for its answer (most overlap): every
    message is stored exactly once, in the order sent, and answered in turn; the conversation
    notice comes once (each replica saw what the other had stored, so its in-memory copy of the
    conversation was checked against PostgreSQL and never used stale)."""
    sender = f"alternate-{uuid.uuid4().hex[:10]}"
    texts = [f"does botox hurt? (question {i + 1})" for i in range(16)]
    log: List[Sent] = []
    lock = threading.Lock()
    patient = Patient(cluster.url, log, lock, retries=0, sender=sender)
    threads = []
    for index, text in enumerate(texts):
        url = cluster.replica_url(index % 2)
        threads.append(threading.Thread(target=patient.send, args=(text, url)))
        threads[-1].start()
        time.sleep(0.15)
    for thread in threads:
        thread.join(timeout=120)
    by_text = {s.text: s for s in log}
    seen = summary(log)
    save_result("alternate_replicas", seen)
    assert all(by_text[t].answered for t in texts), seen
    events = stored_events(cluster, sender)
    assert user_texts(events) == texts
    assert every_message_answered_in_turn(events)
    replies = [m.get("text", "") for t in texts for m in by_text[t].attempts[-1].body]
    assert sum(NOTICE in r for r in replies) == 1, "the notice again: a replica saw a new conversation"
    # both replicas serve the same, complete conversation
    trackers = [requests.get(f"{cluster.replica_url(i)}/conversations/{sender}/tracker", timeout=30).json()
                for i in range(2)]
    assert user_texts(trackers[0]["events"]) == user_texts(trackers[1]["events"]) == texts


def test_a_resent_red_flag_answered_on_another_replica_is_stored_and_reported_once(cluster):
    """A red flag answered by replica 1 whose answer never reached the patient (the replica died
    on the way back), sent again with the same message_id to replica 2: replica 2 answers with
    what replica 1 answered, PostgreSQL has the message once and the staff one report."""
    sender = f"resent-{uuid.uuid4().hex[:10]}"
    body = {"sender": sender, "message": RED_FLAG, "message_id": uuid.uuid4().hex}
    answers = [requests.post(cluster.replica_url(index) + "/webhooks/rest/webhook", json=body, timeout=120)
               for index in (0, 1)]
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[1].json() == answers[0].json() and "call" in json.dumps(answers[0].json()).lower()
    assert user_texts(stored_events(cluster, sender)) == [RED_FLAG]
    assert [r["patient_text"] for r in reports_for(cluster, [sender])[sender]] == [RED_FLAG]


# ----------------------------------------------------------------------------- socket.io, through nginx


def test_socketio_long_polling_stays_on_one_replica_through_nginx(cluster):
    """The widget's transport (long polling: many requests per session) through nginx: the session
    works, and every request of it reached the same replica (nginx's access log)."""
    import socketio

    got: List[Dict] = []
    confirmed: Dict[str, str] = {}
    client = socketio.Client()
    client.on("bot_uttered", lambda data: got.append(data))
    client.on("session_confirm", lambda data: confirmed.setdefault("id", data))
    client.connect(cluster.url, socketio_path="/socket.io", transports=["polling"],
                   headers={"Origin": cluster.url})
    engine_sid = client.eio.sid
    try:
        client.emit("session_request", {"session_id": uuid.uuid4().hex})
        deadline = time.monotonic() + 20
        while "id" not in confirmed and time.monotonic() < deadline:
            time.sleep(0.1)
        for question in ("hi", "does botox hurt?"):
            before = len(got)
            client.emit("user_uttered", {"message": question, "session_id": confirmed["id"]})
            deadline = time.monotonic() + 30
            while len(got) == before and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(got) > before, f"no answer over socket.io to {question!r}"
    finally:
        client.disconnect()
    assert any("soothing cream" in m.get("text", "") for m in got)
    lines = [line for line in (cluster.log_dir / "nginx-access.log").read_text().splitlines()
             if f"sid={engine_sid}" in line]
    upstreams = {line.split("upstream=")[1].split()[0] for line in lines}
    assert len(lines) >= 3 and len(upstreams) == 1, upstreams


def test_websocket_upgrade_passes_through_nginx(cluster):
    """nginx forwards the WebSocket upgrade (101) and the replica's first frame, the engine.io
    handshake. (The Rasa server's own websockets then fail on Python 3.11 with Sanic 21.12, which
    is why the widget uses long polling: docs/widget.md.)"""
    import base64
    import os
    import socket

    key = base64.b64encode(os.urandom(16)).decode()
    request = (f"GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1:{cluster.nginx_port}\r\n"
               f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
               f"Sec-WebSocket-Version: 13\r\nOrigin: {cluster.url}\r\n\r\n")
    with socket.create_connection(("127.0.0.1", cluster.nginx_port), timeout=10) as connection:
        connection.sendall(request.encode())
        received = b""
        while b"0{" not in received or not received.rstrip().endswith(b"}"):
            chunk = connection.recv(4096)
            if not chunk:
                break
            received += chunk
    head, _, frames = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 101"), head
    assert b"upgrade: websocket" in head.lower()
    assert frames[:1] == b"\x81" and b'0{"sid"' in frames  # a text frame: the engine.io open packet


def test_rasa_http_api_is_not_published_and_health_answers(cluster):
    assert requests.get(cluster.url + "/health", timeout=10).status_code == 200
    assert requests.get(cluster.url + "/conversations/x/tracker", timeout=10).status_code == 404
    assert requests.get(cluster.url + "/model/parse", timeout=10).status_code == 404


# ------------------------------------------------------------------------------- failures under load


def test_replica_killed_during_load_loses_no_message_and_no_report(cluster):
    """8 patients through nginx, 6 messages each (one a red flag, which writes a report); replica 1
    gets SIGKILL 2 s in. Every message is answered (at most one retried request per message, the
    failed one a 503 with the clinic's phone); PostgreSQL has every message exactly once, in order;
    every red flag has its report. Replica 1 is started again afterwards."""
    def kill() -> Dict:
        cluster.kill_replica(0)
        return {"from": time.time(), "until": time.time()}

    run = run_load(cluster, patients=8, script=SCRIPT, chaos=kill, chaos_after=2.0)
    seen = summary(run["log"])
    reports = reports_for(cluster, run["senders"])
    seen.update(reports_per_red_flag={s: len(r) for s, r in reports.items()},
                load_seconds=run["seconds"])
    problems = check_conversations(cluster, run["senders"], SCRIPT)
    seen["conversation_problems"] = problems
    save_result("replica_sigkill", seen)
    cluster.start_replica(0)  # back to two replicas for the next tests

    assert seen["answered"] == seen["messages"] == 8 * len(SCRIPT)
    assert not failures_are_clear(run["log"]), failures_are_clear(run["log"])
    assert seen["max_retries"] <= 1
    assert not problems
    for sender, rows in reports.items():
        assert [r["patient_text"] for r in rows][:1] == [RED_FLAG], f"{sender}: report lost"
        assert len(rows) <= 2  # a second one only if the replica died between the report and saving


def outage_messages(log: List[Sent], chaos: Dict, cluster) -> Dict[str, Dict[str, object]]:
    """The messages first sent while the service was down, and in the 3 s after it was back."""
    windows = {"while_down": (chaos["from"], chaos["until"]), "first_3s_back": (chaos["until"], chaos["until"] + 3)}
    stored = {sender: user_texts(stored_events(cluster, sender)) for sender in {s.sender for s in log}}
    reports = reports_for(cluster, sorted(stored))
    measured: Dict[str, Dict[str, object]] = {}
    for name, (begin, end) in windows.items():
        sent = [s for s in log if begin <= s.at < end]
        lost = [s for s in sent if s.text not in stored[s.sender]]
        red_flags = [s for s in sent if s.text == RED_FLAG]
        measured[name] = {
            "sent": len(sent), "answered": sum(s.answered for s in sent),
            "answered_but_not_stored": len(lost),
            "red_flags": len(red_flags),
            "red_flags_recorded": sum(bool(reports[s.sender]) for s in red_flags),
            "red_flags_told_not_recorded": sum(any(NOT_RECORDED in r for r in s.replies()) for s in red_flags),
            "what_patients_read_when_not_stored": sorted({r[:100] for s in lost for r in s.replies()}),
        }
    return measured


def red_flags_recorded_or_told(log: List[Sent], cluster) -> List[str]:
    """Red-flag messages whose report is missing although the patient was not told to call."""
    senders = sorted({s.sender for s in log})
    reports = reports_for(cluster, senders)
    return [s.sender for s in log if s.text == RED_FLAG and not reports[s.sender]
            and not any(NOT_RECORDED in r for r in s.replies())]


def test_redis_restarted_during_load(cluster):
    """Redis stopped 1.5 s into the load and started again 3 s later (its locks are lost): every
    patient keeps being answered at once (each replica falls back to its own lock for the
    conversation, so nothing waits on Redis), and nothing is lost or doubled."""
    def restart() -> Dict:
        began = time.time()
        cluster.stop_redis()
        time.sleep(3)
        cluster.start_redis()
        return {"from": began, "until": time.time()}

    run = run_load(cluster, patients=6, script=SCRIPT, chaos=restart, chaos_after=1.5, think=1.0)
    seen = summary(run["log"])
    seen["during_outage"] = outage_messages(run["log"], run["chaos"], cluster)
    seen["conversation_problems"] = problems = check_conversations(cluster, run["senders"], SCRIPT)
    reports = reports_for(cluster, run["senders"])
    seen["reports_per_red_flag"] = {s: len(r) for s, r in reports.items()}
    save_result("redis_restart", seen)
    assert seen["during_outage"]["while_down"]["sent"] >= 6, "the outage missed the load: nothing measured"
    assert seen["answered"] == seen["messages"]
    assert not failures_are_clear(run["log"]), failures_are_clear(run["log"])
    assert not problems
    assert all(len(rows) == 1 for rows in reports.values())


def test_postgres_restarted_during_load(cluster):
    """PostgreSQL stopped 1.5 s into the load and started again 3 s later. What patients see is
    measured (results/cluster/postgres_restart.json, deploy/README.md); asserted is what they must
    never see: a message without an answer, an error without the clinic's phone, a red flag whose
    report was not written without being told so and to call."""
    def restart() -> Dict:
        began = time.time()
        cluster.stop_postgres()
        time.sleep(3)
        cluster.start_postgres()
        return {"from": began, "until": time.time()}

    run = run_load(cluster, patients=6, script=SCRIPT, chaos=restart, chaos_after=1.5, think=1.0)
    seen = summary(run["log"])
    seen["during_outage"] = outage_messages(run["log"], run["chaos"], cluster)
    seen["conversation_problems"] = check_conversations(cluster, run["senders"], SCRIPT)
    reports = reports_for(cluster, run["senders"])
    seen["reports_per_red_flag"] = {s: len(r) for s, r in reports.items()}
    save_result("postgres_restart", seen)
    assert seen["during_outage"]["while_down"]["sent"] >= 6, "the outage missed the load: nothing measured"
    assert seen["answered"] == seen["messages"]
    assert not failures_are_clear(run["log"]), failures_are_clear(run["log"])
    # a report that could not be written is never silent: the patient is told to call
    assert not red_flags_recorded_or_told(run["log"], cluster)


# addons/stores/tracker_store.py tests pooled PostgreSQL connections before use (pool_pre_ping): without it, a replica
# idle while PostgreSQL restarted lost its next message
def test_an_idle_replicas_first_message_after_a_postgres_restart_is_stored(cluster):
    senders = [f"idle-{index}-{uuid.uuid4().hex[:8]}" for index in range(cluster.replicas)]
    for index, sender in enumerate(senders):  # each replica now has a pooled connection
        requests.post(cluster.replica_url(index) + "/webhooks/rest/webhook",
                      json={"sender": sender, "message": "hi"}, timeout=60).raise_for_status()
    cluster.stop_postgres()
    time.sleep(2)
    cluster.start_postgres()  # no message meanwhile: the replicas' pools still hold the old connections
    replies = []
    for index, sender in enumerate(senders):
        response = requests.post(cluster.replica_url(index) + "/webhooks/rest/webhook",
                                 json={"sender": sender, "message": "does botox hurt?"}, timeout=60)
        replies.append([m.get("text", "") for m in response.json()])
    stored = {sender: user_texts(stored_events(cluster, sender)) for sender in senders}
    notice_again = [any(NOTICE in r for r in rs) for rs in replies]
    save_result("postgres_restart_idle", {"stored": stored, "notice_again": notice_again})
    assert all(texts == ["hi", "does botox hurt?"] for texts in stored.values()), stored
    assert not any(NOTICE in r for rs in replies for r in rs), "answered as a new conversation"
