"""Start the action server and the Rasa server, wait until both answer, print where to chat.

Used by `make run` (foreground until Ctrl-C), by the tests and by the benchmark.
Settings come from the environment (see README, "Configuration"):

  RASA_HOST (127.0.0.1)     interface for Rasa; the HTTP API needs RASA_API_TOKEN off loopback
  RASA_PORT (5005), ACTION_PORT (5055)
  ALLOWED_ORIGINS           comma-separated origins allowed by CORS (REST and socket.io)
  RASA_API_TOKEN            token for Rasa's HTTP API; required when RASA_HOST is not loopback
  TRACKER_DB_HOST ...       PostgreSQL tracker store instead of SQLite (endpoints.postgres.yml)
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
ENV_VAR = re.compile(r"\$\{([^}]+)\}")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# `rasa` itself, with skops imported first: skops (which loads the logistic-regression models) builds its
# list of trusted types at import by walking sys.modules, 12 s once TensorFlow is loaded, 3 s before
RASA_MAIN = "import sys, skops.io; from rasa.__main__ import main; sys.argv[0] = 'rasa'; main()"


def runtime_credentials(source: Path, target: Path, env: Dict[str, str]) -> List[str]:
    """Copy credentials.yml, leaving out channels whose environment variables are unset."""
    channels = yaml.safe_load(source.read_text()) or {}
    kept, skipped = {}, []
    for name, settings in channels.items():
        missing = sorted({v for v in ENV_VAR.findall(yaml.safe_dump(settings or {})) if not env.get(v)})
        if missing:
            skipped.append(f"{name} (set {', '.join(missing)} to enable)")
        else:
            kept[name] = settings
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(kept, sort_keys=False))
    return skipped


def wait_for(url: str, timeout: float, process: subprocess.Popen) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if process.poll() is not None:
            raise SystemExit(f"{getattr(process, 'name', process.args[0])} exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return time.monotonic() - start
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.25)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {url}")


class Servers:
    """The two processes, started and stopped together."""

    def __init__(self, model: str, host: str, port: int, action_port: int, endpoints: Optional[str] = None,
                 rasa: bool = True, actions: bool = True, log_dir: Optional[Path] = None, extra_env=None):
        self.env = {**os.environ, **(extra_env or {})}
        self.env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        self.env["PYTHONPATH"] = str(ROOT)
        self.model, self.host, self.port, self.action_port = model, host, port, action_port
        if endpoints is None:
            endpoints = "endpoints.postgres.yml" if self.env.get("TRACKER_DB_HOST") else "endpoints.yml"
            self.env.setdefault("ACTION_SERVER_URL", f"http://127.0.0.1:{action_port}/webhook")
        self.endpoints = endpoints
        self.want_rasa, self.want_actions = rasa, actions
        self.log_dir = log_dir or ROOT / "var" / "log"
        self.processes: List[subprocess.Popen] = []
        self.startup_seconds: Dict[str, float] = {}

    def _spawn(self, name: str, args: List[str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        process = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        process.name = name  # type: ignore[attr-defined]  # "rasa" or "actions"
        self.processes.append(process)
        return process

    def start(self) -> "Servers":
        (ROOT / "var").mkdir(exist_ok=True)
        if self.want_actions:
            started = time.monotonic()
            actions = self._spawn("actions", [str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
                                              "--port", str(self.action_port)])
            wait_for(f"http://127.0.0.1:{self.action_port}/health", 90, actions)
            self.startup_seconds["actions"] = time.monotonic() - started
        if self.want_rasa:
            self.start_rasa()
        return self

    def start_rasa(self) -> None:
        token = self.env.get("RASA_API_TOKEN")
        if self.host not in LOOPBACK and not token:
            raise SystemExit("RASA_HOST is not loopback: set RASA_API_TOKEN so the HTTP API needs a token")
        credentials = ROOT / "var" / "credentials.yml"
        skipped = runtime_credentials(ROOT / "credentials.yml", credentials, self.env)
        for channel in skipped:
            print(f"channel off: {channel}")
        origins = [o.strip() for o in self.env.get("ALLOWED_ORIGINS", "").split(",") if o.strip()] or \
            [f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"]
        self.env["ALLOWED_ORIGINS"] = ",".join(origins)
        args = [str(VENV_BIN / "python"), "-c", RASA_MAIN, "run", "--model", self.model, "--endpoints", self.endpoints,
                "--credentials", str(credentials), "--interface", self.host, "--port", str(self.port),
                "--enable-api", "--cors", *origins]
        if token:
            args += ["--auth-token", token]
        started = time.monotonic()
        rasa = self._spawn("rasa", args)
        wait_for(f"http://127.0.0.1:{self.port}/", 180, rasa)
        self.startup_seconds["rasa"] = time.monotonic() - started

    def stop_rasa(self) -> None:
        self._stop([p for p in self.processes if getattr(p, "name", "") == "rasa"])

    def stop_actions(self) -> None:
        self._stop([p for p in self.processes if "-m" in p.args and "rasa_sdk" in p.args])

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/current.tar.gz")
    parser.add_argument("--no-rasa", action="store_true", help="only the action server (for `make shell`)")
    args = parser.parse_args()
    host = os.environ.get("RASA_HOST", "127.0.0.1")
    port = int(os.environ.get("RASA_PORT", 5005))
    servers = Servers(args.model, host, port, int(os.environ.get("ACTION_PORT", 5055)), rasa=not args.no_rasa)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        servers.start()
        if not args.no_rasa:
            base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
            print(f"\nThe assistant is running (logs in var/log/). Talk to it:\n"
                  f"  web demo page : {base}/webhooks/web/demo.html\n"
                  f"  REST          : curl -s {base}/webhooks/rest/webhook -H 'Content-Type: application/json' "
                  f"-d '{{\"sender\": \"me\", \"message\": \"Does Botox hurt?\"}}'\n"
                  f"  terminal      : make shell\n"
                  f"Staff reports: make reports. Stop with Ctrl-C.", flush=True)
        while all(p.poll() is None for p in servers.processes):
            time.sleep(1)
        failed = [getattr(p, "name", p.args[0]) for p in servers.processes if p.poll() is not None]
        print(f"stopped: {failed} exited; see var/log/", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        servers.stop()


if __name__ == "__main__":
    sys.exit(main())
