"""Start the action server and the Rasa server, wait until both answer, print where to chat.

Used by `make run` (foreground until Ctrl-C), by the tests and by the benchmark.
While running it supervises both: a server that exits (a crash, the OOM killer) is restarted
alone, after 1 s, then 2, 4 ... up to 30 s if it keeps failing (back to 1 s once it has stayed
up for a minute); the other keeps serving. Ctrl-C or SIGTERM stops both.
Settings come from the environment (see README, "Configuration"):

  RASA_HOST (127.0.0.1)     interface for Rasa; the HTTP API needs RASA_API_TOKEN off loopback
  RASA_PORT (5005), ACTION_PORT (5055)
  ALLOWED_ORIGINS           comma-separated origins allowed by CORS (REST and socket.io)
  RASA_API_TOKEN            token for Rasa's HTTP API; required when RASA_HOST is not loopback
  TRACKER_DB_HOST ...       PostgreSQL tracker store instead of SQLite (endpoints.postgres.yml)
The endpoints and credentials Rasa reads are rendered from those settings into var/runtime/ first
(scripts/runtime_config.py, the one rendering step); this script only runs and supervises processes.

`--exec rasa` / `--exec actions` prepare one server exactly as above and then replace this
process with it (no supervision: for a service manager, see deploy/systemd/).
"""
from __future__ import annotations

import argparse
import ctypes
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Dict, List, Optional, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runtime_config import DEFAULT_OUT, Rendered, render  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# `rasa` itself, with skops imported first: skops (which loads the logistic-regression models) builds its
# list of trusted types at import by walking sys.modules, 12 s once TensorFlow is loaded, 3 s before
RASA_MAIN = "import sys, skops.io; from rasa.__main__ import main; sys.argv[0] = 'rasa'; main()"
LABELS = {"rasa": "Rasa server", "actions": "action server"}
# numpy's OpenBLAS (0.3.20, in the numpy 1.23.5 wheel) picks its kernels by CPU model and falls back to its slowest
# ("Prescott") on a model it does not know: newer and virtual CPUs (it did so on the 2-core VM of reports/bench.md).
# The kernels named here need only the instruction sets listed (OpenBLAS's own requirements for them).
BLAS_KERNELS = (("SkylakeX", {"avx512f", "avx512bw", "avx512vl", "avx512dq"}), ("Haswell", {"avx2", "fma"}))


def blas_env(environ: Dict[str, str], cpuinfo: Path = Path("/proc/cpuinfo")) -> Dict[str, str]:
    """{"OPENBLAS_CORETYPE": name} for the Rasa process (its sentence encoder multiplies matrices on every
    message): the first of BLAS_KERNELS whose instruction sets /proc/cpuinfo lists; {} when the environment
    already sets one (a clinic's choice wins), the file cannot be read (not Linux) or no kernel fits."""
    if environ.get("OPENBLAS_CORETYPE"):
        return {}
    try:
        flags = next((set(line.split(":", 1)[1].split()) for line in cpuinfo.read_text().splitlines()
                      if line.startswith("flags")), set())
    except OSError:
        return {}
    return next(({"OPENBLAS_CORETYPE": name} for name, needs in BLAS_KERNELS if needs <= flags), {})


def answers(url: str, timeout: float = 2) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def wait_for(url: str, timeout: float, process: subprocess.Popen) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if process.poll() is not None:
            raise SystemExit(f"{getattr(process, 'name', process.args)} exited with {process.returncode} before answering {url}")
        if answers(url):
            return time.monotonic() - start
        time.sleep(0.25)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {url}")


_PRCTL: Optional[Callable[..., int]]
try:  # resolved here, not in the forked child: the child only makes the call
    _PRCTL = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):  # not Linux
    _PRCTL = None


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when serve.py dies, even by SIGKILL, so no orphan holds a port."""
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Servers:
    """The two processes, started and stopped together."""

    def __init__(self, model: str, host: str, port: int, action_port: int, runtime: Rendered,
                 rasa: bool = True, actions: bool = True, log_dir: Optional[Path] = None, extra_env=None):
        """`runtime`: the endpoints and credentials files rendered for these ports (scripts/runtime_config.py)."""
        self.env = {**os.environ, **(extra_env or {})}
        self.env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        self.env.update(blas_env(self.env))
        self.env["PYTHONPATH"] = str(ROOT)
        self.model, self.host, self.port, self.action_port = model, host, port, action_port
        self.runtime = runtime
        self.want_rasa, self.want_actions = rasa, actions
        self.log_dir = log_dir or ROOT / "var" / "log"
        self.processes: List[subprocess.Popen] = []
        self.startup_seconds: Dict[str, float] = {}
        self.commands: Dict[str, List[str]] = {}  # name -> the command it was started with, to restart it

    def health_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.action_port}/health" if name == "actions" else f"http://127.0.0.1:{self.port}/"

    def _spawn(self, name: str, args: List[str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_dir / f"{name}.log", "ab") as log:
            process = subprocess.Popen(args, cwd=ROOT, env=self.process_env(name), stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True, preexec_fn=_die_with_parent)
        process.name = name  # type: ignore[attr-defined]  # "rasa" or "actions"
        process.started_at = time.monotonic()  # type: ignore[attr-defined]
        self.commands[name] = args
        self.processes.append(process)
        return process

    def respawn(self, name: str) -> subprocess.Popen:
        """Start `name` again with the command it last ran; does not wait for it to answer."""
        return self._spawn(name, self.commands[name])

    def process_env(self, name: str) -> Dict[str, str]:
        if name == "actions":
            # rasa_sdk listens on every interface unless SANIC_HOST says otherwise; only Rasa, here, calls it
            return {**self.env, "SANIC_HOST": self.env.get("SANIC_HOST") or "127.0.0.1"}
        return self.env

    def actions_command(self) -> List[str]:
        return [str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.action_port)]

    def rasa_command(self) -> List[str]:
        """Check the settings and return the command that runs Rasa on the rendered files."""
        token = self.env.get("RASA_API_TOKEN")
        if self.host not in LOOPBACK and not token:
            raise SystemExit("RASA_HOST is not loopback: set RASA_API_TOKEN so the HTTP API needs a token")
        for channel in self.runtime.channels_off:
            print(f"channel off: {channel}")
        origins = [o.strip() for o in self.env.get("ALLOWED_ORIGINS", "").split(",") if o.strip()] or \
            [f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"]
        self.env["ALLOWED_ORIGINS"] = ",".join(origins)
        args = [str(VENV_BIN / "python"), "-c", RASA_MAIN, "run", "--model", self.model, "--endpoints", str(self.runtime.endpoints),
                "--credentials", str(self.runtime.credentials), "--interface", self.host, "--port", str(self.port),
                "--enable-api", "--cors", *origins]
        if token:
            args += ["--auth-token", token]
        return args

    def start(self) -> "Servers":
        (ROOT / "var").mkdir(exist_ok=True)
        if self.want_actions:
            started = time.monotonic()
            actions = self._spawn("actions", self.actions_command())
            wait_for(self.health_url("actions"), 90, actions)
            self.startup_seconds["actions"] = time.monotonic() - started
        if self.want_rasa:
            self.start_rasa()
        return self

    def start_rasa(self) -> None:
        args = self.rasa_command()
        started = time.monotonic()
        rasa = self._spawn("rasa", args)
        wait_for(self.health_url("rasa"), 180, rasa)
        self.startup_seconds["rasa"] = time.monotonic() - started

    def exec(self, name: str) -> None:
        """Become the one server `name` (for systemd): its output goes where ours goes."""
        (ROOT / "var").mkdir(exist_ok=True)
        args = self.rasa_command() if name == "rasa" else self.actions_command()
        sys.stdout.flush()
        os.chdir(ROOT)
        os.execve(args[0], args, self.process_env(name))

    def stop_rasa(self) -> None:
        self._stop([p for p in self.processes if getattr(p, "name", "") == "rasa"])

    def stop_actions(self) -> None:
        self._stop([p for p in self.processes if getattr(p, "name", "") == "actions"])

    def stop(self) -> None:
        self._stop(list(self.processes))

    def _stop(self, processes: List[subprocess.Popen]) -> None:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            self.processes.remove(process)


class Supervisor:
    """Restart a server that exited, alone, with exponential backoff; the other keeps serving.

    The first restart waits `first_delay` seconds, each further one twice as long, at most
    `max_delay`; a server that stayed up `stable_after` seconds before exiting starts again
    from `first_delay`. Every exit, restart and recovery is logged to `out`.
    """

    def __init__(self, servers: Servers, first_delay: float = 1, max_delay: float = 30, stable_after: float = 60,
                 out: TextIO = sys.stderr, clock: Callable[[], float] = time.monotonic):
        self.servers, self.first_delay, self.max_delay = servers, first_delay, max_delay
        self.stable_after = stable_after
        self.out, self.clock = out, clock
        self.state: Dict[str, Dict] = {
            p.name: {"delay": first_delay, "restarts": 0, "due": None, "down_since": None, "ready": True}  # type: ignore[attr-defined]
            for p in servers.processes}

    def log(self, message: str) -> None:
        print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} supervisor: {message}", file=self.out, flush=True)

    def step(self) -> None:
        now = self.clock()
        for process in list(self.servers.processes):
            if process.poll() is None:
                continue
            name: str = process.name  # type: ignore[attr-defined]  # set by Servers._spawn
            state = self.state[name]
            self.servers.processes.remove(process)
            up = now - getattr(process, "started_at", now)
            if up >= self.stable_after:
                state["delay"] = self.first_delay
            state["restarts"] += 1
            if state["ready"]:  # the first exit of this outage
                state["down_since"] = now
            state["due"], state["ready"] = now + state["delay"], False
            self.log(f"{LABELS[name]} exited with code {process.returncode} after {up:.0f} s; "
                     f"restarting in {state['delay']:g} s (restart {state['restarts']})")
            state["delay"] = min(state["delay"] * 2, self.max_delay)
        for name, state in self.state.items():
            if state["due"] is not None and now >= state["due"]:
                state["due"] = None
                process = self.servers.respawn(name)
                process.started_at = now  # type: ignore[attr-defined]
                self.log(f"{LABELS[name]} started again (pid {process.pid}, restart {state['restarts']}); "
                         f"waiting for {self.servers.health_url(name)}")
            elif not state["ready"] and state["due"] is None and answers(self.servers.health_url(name), timeout=1):
                state["ready"] = True
                self.log(f"{LABELS[name]} restarted and answering again ({self.servers.health_url(name)}), "
                         f"down {now - state['down_since']:.1f} s")

    def run(self, interval: float = 0.5) -> None:
        while True:
            self.step()
            time.sleep(interval)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/current.tar.gz")
    parser.add_argument("--no-rasa", action="store_true", help="only the action server (for `make shell`)")
    parser.add_argument("--exec", choices=["rasa", "actions"], dest="exec_one",
                        help="prepare one server, then replace this process with it (systemd units)")
    parser.add_argument("--endpoints", type=Path, help="the endpoints template (default: endpoints.yml, or "
                                                       "endpoints.postgres.yml when TRACKER_DB_HOST is set)")
    parser.add_argument("--runtime-dir", type=Path, default=DEFAULT_OUT,
                        help="where the rendered endpoints and credentials go (default: var/runtime)")
    parser.add_argument("--log-dir", type=Path, help="where the servers' output goes (default: var/log)")
    args = parser.parse_args()
    host = os.environ.get("RASA_HOST", "127.0.0.1")
    port = int(os.environ.get("RASA_PORT", 5005))
    action_port = int(os.environ.get("ACTION_PORT", 5055))
    runtime = render(args.runtime_dir, {**os.environ, "ACTION_PORT": str(action_port)}, template=args.endpoints)
    servers = Servers(args.model, host, port, action_port, runtime, rasa=not args.no_rasa, log_dir=args.log_dir)
    if args.exec_one:
        servers.exec(args.exec_one)  # does not return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        servers.start()
        if not args.no_rasa:
            base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
            logs = servers.log_dir.relative_to(ROOT) if servers.log_dir.is_relative_to(ROOT) else servers.log_dir
            print(f"\nThe assistant is running (logs in {logs}/). Talk to it:\n"
                  f"  web demo page : {base}/webhooks/web/demo.html\n"
                  f"  REST          : curl -s {base}/webhooks/rest/webhook -H 'Content-Type: application/json' "
                  f"-d '{{\"sender\": \"me\", \"message\": \"Does Botox hurt?\"}}'\n"
                  f"  terminal      : make shell\n"
                  f"Staff reports: make reports. Stop with Ctrl-C.", flush=True)
        Supervisor(servers).run()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        # a second Ctrl-C or SIGTERM must not interrupt the clean-up and leave a server running
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        servers.stop()


if __name__ == "__main__":
    sys.exit(main())
