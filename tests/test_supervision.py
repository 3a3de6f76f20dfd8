"""Supervision: a crashed server is restarted alone while the other keeps answering patients.

- scripts/serve.py (what `make run` runs): the backoff rules on fake processes, then the real
  thing: both servers started, the action server SIGKILLed (as the OOM killer would), Rasa still
  giving the emergency answer meanwhile, the action server back, SIGTERM stopping everything;
- deploy/systemd/: the production units, rendered as an install would and checked by
  `systemd-analyze verify`.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List, Set

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import serve  # noqa: E402

MODEL = ROOT / "models" / "current.tar.gz"
# not the ports of `make run` (5005/5055) nor of the shared test servers (conftest.py)
RASA_PORT = int(os.environ.get("TEST_SUPERVISION_RASA_PORT", 5505))
ACTION_PORT = int(os.environ.get("TEST_SUPERVISION_ACTION_PORT", 5555))


# ---------------------------------------------------------------- the backoff, on fake processes

class FakeProcess:
    pids = iter(range(1000, 2000))

    def __init__(self, name: str):
        self.name, self.pid, self.returncode = name, next(self.pids), None

    def poll(self):
        return self.returncode


class FakeServers:
    def __init__(self, *names: str):
        self.processes = [FakeProcess(n) for n in names]
        self.spawned: List[str] = []

    def respawn(self, name: str) -> FakeProcess:
        process = FakeProcess(name)
        self.processes.append(process)
        self.spawned.append(name)
        return process

    def health_url(self, name: str) -> str:
        return f"http://health/{name}"

    def running(self, name: str) -> FakeProcess:
        return next(p for p in self.processes if p.name == name)


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def supervised(monkeypatch):
    up: Set[str] = set()
    monkeypatch.setattr(serve, "answers", lambda url, timeout=2: url in up)
    servers, clock, out = FakeServers("actions", "rasa"), Clock(), io.StringIO()
    return serve.Supervisor(servers, out=out, clock=clock), servers, clock, out, up


def crash_and_restart(supervisor, servers, clock, code=-9) -> float:
    """Kill the action server, step until it is started again; return the delay it waited."""
    servers.running("actions").returncode = code
    supervisor.step()
    crashed_at, before = clock.now, len(servers.spawned)
    while len(servers.spawned) == before:
        clock.now += 0.25
        supervisor.step()
    return clock.now - crashed_at


def test_a_crashed_server_is_restarted_alone_with_doubling_delays(supervised):
    supervisor, servers, clock, out, _ = supervised
    rasa = servers.running("rasa")
    delays = [crash_and_restart(supervisor, servers, clock) for _ in range(7)]
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    assert servers.spawned == ["actions"] * 7 and servers.running("rasa") is rasa  # Rasa never touched
    log = out.getvalue()
    assert "action server exited with code -9 after 0 s; restarting in 1 s (restart 1)" in log
    assert "restarting in 2 s (restart 2)" in log and "restarting in 30 s (restart 7)" in log


def test_the_delay_starts_again_after_a_server_stayed_up(supervised):
    supervisor, servers, clock, out, _ = supervised
    assert [crash_and_restart(supervisor, servers, clock) for _ in range(3)] == [1, 2, 4]
    clock.now += 61  # up for more than a minute
    assert crash_and_restart(supervisor, servers, clock, code=1) == 1
    assert "action server exited with code 1 after 61 s; restarting in 1 s (restart 4)" in out.getvalue()


def test_recovery_is_logged_once_the_server_answers(supervised):
    supervisor, servers, clock, out, up = supervised
    crash_and_restart(supervisor, servers, clock)
    assert "started again (pid" in out.getvalue()
    for _ in range(3):
        clock.now += 1
        supervisor.step()
    assert "answering again" not in out.getvalue()
    up.add("http://health/actions")
    supervisor.step()
    supervisor.step()
    assert out.getvalue().count("action server restarted and answering again (http://health/actions)") == 1


def test_both_servers_have_their_own_backoff(supervised):
    supervisor, servers, clock, out, _ = supervised
    servers.running("rasa").returncode = 1
    servers.running("actions").returncode = -9
    supervisor.step()
    clock.now += 1
    supervisor.step()
    assert sorted(servers.spawned) == ["actions", "rasa"]
    assert "Rasa server exited with code 1" in out.getvalue() and "action server exited with code -9" in out.getvalue()


def test_endpoints_follow_action_port(tmp_path):
    """endpoints.yml names port 5055; the rendered file follows ACTION_PORT and keeps the rest."""
    from runtime_config import render

    source = ROOT / "endpoints.yml"
    rendered = render(tmp_path, {"ACTION_PORT": "5555"})
    endpoints = yaml.safe_load(rendered.endpoints.read_text())
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:5555/webhook"
    assert endpoints["tracker_store"] == yaml.safe_load(source.read_text())["tracker_store"]
    assert yaml.safe_load(render(tmp_path, {}).endpoints.read_text())["action_endpoint"]["url"] == \
        "http://127.0.0.1:5055/webhook"
    # ACTION_SERVER_URL (an action server elsewhere) wins; PostgreSQL settings pick endpoints.postgres.yml,
    # whose ${...} secrets stay for Rasa to expand, never written out
    rendered = render(tmp_path, {"ACTION_SERVER_URL": "http://actions.internal:80/webhook", "TRACKER_DB_HOST": "db",
                                 "TRACKER_DB_PASSWORD": "s3cret"})
    text = rendered.endpoints.read_text()
    assert yaml.safe_load(text)["action_endpoint"]["url"] == "http://actions.internal:80/webhook"
    assert "${TRACKER_DB_PASSWORD}" in text and "s3cret" not in text
    # a throwaway local set-up ignores the caller's database settings
    local = yaml.safe_load(__import__("runtime_config").render_local(tmp_path, 5999, tmp_path / "x.db")
                           .endpoints.read_text())
    assert local["tracker_store"]["db"] == str(tmp_path / "x.db") and local["tracker_store"]["dialect"] == "sqlite"
    # the benchmark's Rasa-default run: Rasa's own SQL store, without the cache setting
    stock = yaml.safe_load(__import__("runtime_config").render_local(tmp_path, 5999, tmp_path / "x.db", {
        "type": "SQL", "cache_size": None}).endpoints.read_text())["tracker_store"]
    assert stock["type"] == "SQL" and "cache_size" not in stock and stock["db"] == str(tmp_path / "x.db")


# ---------------------------------------------------------------- the real servers

def children(pid: int) -> Dict[int, str]:
    """pid -> command line of the processes whose parent is `pid`."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            pass
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def in_process_groups(groups: Set[int]) -> List[int]:
    """Live processes whose process group is one of `groups` (each server runs in its own)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[2]) in groups and fields[0] != "Z":
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                pass
    return found


def say(text: str, sender: str) -> str:
    request = urllib.request.Request(f"http://127.0.0.1:{RASA_PORT}/webhooks/rest/webhook",
                                     data=json.dumps({"sender": sender, "message": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return "\n".join(m.get("text", "") for m in json.loads(response.read()))


def wait_until(condition, timeout: float, what: str, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; serve.py said:\n{log.read_text()[-3000:]}")


@pytest.mark.server
def test_killed_action_server_is_restarted_while_rasa_keeps_answering(tmp_path, clinic_config):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does it)")
    for port in (RASA_PORT, ACTION_PORT):
        if serve.answers(f"http://127.0.0.1:{port}/", timeout=1):
            pytest.fail(f"port {port} is in use: set TEST_SUPERVISION_RASA_PORT / TEST_SUPERVISION_ACTION_PORT")
    # throwaway conversation and report stores, never the clinic's var/: serve.py renders its files from these
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRACKER_DB_", "RASA_", "ACTION_"))}
    env.update(RASA_PORT=str(RASA_PORT), ACTION_PORT=str(ACTION_PORT), STAFF_WEBHOOK_URL="",
               TRACKER_DB_PATH=str(tmp_path / "rasa.db"), REPORTS_DATABASE_URL=f"sqlite:///{tmp_path / 'reports.db'}")
    log = tmp_path / "serve.out"
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py"), "--runtime-dir",
                                   str(tmp_path / "runtime"), "--log-dir", str(tmp_path / "log")],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    seen: Set[int] = set()
    action_health = f"http://127.0.0.1:{ACTION_PORT}/health"
    emergency = f"Call {clinic_config.emergency_number} now"
    try:
        wait_until(lambda: "The assistant is running" in log.read_text() or server.poll() is not None, 90,
                   "both servers", log)
        assert server.poll() is None, log.read_text()
        procs = children(server.pid)
        seen |= set(procs)
        actions_pid = next(pid for pid, cmd in procs.items() if "rasa_sdk" in cmd)
        rasa_pid = next(pid for pid, cmd in procs.items() if "rasa.__main__" in cmd)

        sender = f"supervision-{uuid.uuid4().hex[:8]}"
        say("hi", sender)  # the start-of-conversation notice mentions 911 too; what matters is the answer
        assert emergency in say("I can't swallow since my botox", sender)

        os.kill(actions_pid, signal.SIGKILL)
        wait_until(lambda: "action server exited with code -9" in log.read_text(), 10, "the exit to be logged", log)
        assert "restarting in 1 s (restart 1)" in log.read_text()
        assert not serve.answers(action_health, timeout=1)
        other = f"supervision-{uuid.uuid4().hex[:8]}"
        say("hi", other)
        assert emergency in say("I can't swallow since my botox", other)
        assert not serve.answers(action_health, timeout=1), "the action server was back before Rasa answered"

        wait_until(lambda: "action server restarted and answering again" in log.read_text(), 60,
                   "the action server to answer again", log)
        assert serve.answers(action_health)
        procs = children(server.pid)
        seen |= set(procs)
        assert rasa_pid in procs and alive(rasa_pid)  # Rasa was never restarted
        assert actions_pid not in procs and any("rasa_sdk" in cmd for cmd in procs.values())
        assert emergency in say("I can't swallow since my botox", f"supervision-{uuid.uuid4().hex[:8]}")

        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0
        assert [pid for pid in seen if alive(pid)] == []
        assert in_process_groups(seen) == []
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        for pid in in_process_groups(seen):
            os.kill(pid, signal.SIGKILL)


# ---------------------------------------------------------------- systemd units

def systemd_analyze() -> str:
    found = shutil.which("systemd-analyze")
    if found:
        return found
    # Debian's systemd package has it; install it as the project installs Debian packages (scripts/apt.sh),
    # as root or through sudo without a password (never a prompt in the middle of a test run)
    if os.geteuid() != 0 and not (shutil.which("sudo") and
                                  subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0):
        pytest.skip("systemd-analyze is missing and installing Debian's systemd package needs root: "
                    "apt-get install systemd")
    done = subprocess.run(["bash", "-c", f"source {ROOT / 'scripts' / 'apt.sh'} && apt_install systemd"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=900)
    found = shutil.which("systemd-analyze")
    if not found:
        pytest.skip(f"systemd-analyze is missing and Debian's systemd package could not be installed: "
                    f"{done.stderr.strip()[-300:]}")
    return found


def test_systemd_units_verify(tmp_path):
    analyze = systemd_analyze()
    env_file = tmp_path / "env"
    env_file.write_text((ROOT / "deploy" / "systemd" / "env.example").read_text())
    out = tmp_path / "units"
    rendered = subprocess.run([str(ROOT / "deploy" / "systemd" / "render.sh"), "--out", str(out),
                               "--env-file", str(env_file), "--user", "botox-assistant"],
                              capture_output=True, text=True, check=True).stdout.split()
    names = sorted(Path(p).name for p in rendered)
    assert names == ["botox-assistant-actions.service", "botox-assistant-rasa.service",
                     "botox-assistant-retention.service", "botox-assistant-retention.timer"]
    for path in rendered:
        text = Path(path).read_text()
        assert "@" not in text.replace("%S", ""), f"{path}: a placeholder is left"
    done = subprocess.run([analyze, "verify", *sorted(rendered)], capture_output=True, text=True, cwd=out,
                          env={**os.environ, "SYSTEMD_LOG_LEVEL": "notice"})
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_systemd_units_restart_and_run_what_make_run_runs():
    units = {p.name: p.read_text() for p in (ROOT / "deploy" / "systemd").glob("botox-assistant-*")}
    for name in ("botox-assistant-actions.service", "botox-assistant-rasa.service"):
        text = units[name]
        assert "Restart=on-failure" in text and "RestartSec=" in text and "StartLimitBurst=" in text
        assert "User=@USER@" in text and "NoNewPrivileges=yes" in text and "ProtectSystem=strict" in text
    assert "scripts/serve.py --exec rasa" in units["botox-assistant-rasa.service"]
    assert "scripts/serve.py --exec actions" in units["botox-assistant-actions.service"]
    assert "scripts/retention.py" in units["botox-assistant-retention.service"]
    assert "OnCalendar=" in units["botox-assistant-retention.timer"]


def test_exec_mode_becomes_the_server_with_the_same_command(tmp_path):
    """`serve.py --exec actions` (the systemd units) replaces itself with the command serve.py spawns."""
    env = {**os.environ, "ACTION_PORT": "5556", "SANIC_HOST": "127.0.0.1"}
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py"), "--exec", "actions",
                                "--runtime-dir", str(tmp_path / "runtime")],
                               cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "rasa_sdk" not in Path(f"/proc/{process.pid}/cmdline").read_text():
            time.sleep(0.1)
        cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes().split(b"\0")[:-1]
        assert [c.decode() for c in cmdline][1:] == serve.Servers(
            "m", "127.0.0.1", 5005, 5556, None).actions_command()[1:]  # type: ignore[arg-type]
        assert Path(f"/proc/{process.pid}/cwd").resolve() == ROOT
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_blas_kernels_follow_the_cpu_and_a_clinics_choice_wins(tmp_path):
    # numpy's OpenBLAS falls back to its slowest kernels on a CPU model it does not know; serve.py names the
    # kernels the CPU's instruction sets allow, for the Rasa process (and cluster.py for each replica)
    cpu = tmp_path / "cpuinfo"
    cpu.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma\n")
    assert serve.blas_env({}, cpu) == {"OPENBLAS_CORETYPE": "Haswell"}
    cpu.write_text("flags\t\t: fpu sse2 avx avx2 fma avx512f avx512bw avx512vl avx512dq\n")
    assert serve.blas_env({}, cpu) == {"OPENBLAS_CORETYPE": "SkylakeX"}
    assert serve.blas_env({"OPENBLAS_CORETYPE": "Zen"}, cpu) == {}
    cpu.write_text("flags\t\t: fpu sse2 avx\n")
    assert serve.blas_env({}, cpu) == {}
    assert serve.blas_env({}, tmp_path / "not-linux") == {}
