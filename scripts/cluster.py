"""Several Rasa replicas behind nginx, sharing PostgreSQL and a Redis lock store, on loopback.

    .venv/bin/python scripts/cluster.py [--replicas 2] [--actions 1]    # `make cluster`; Ctrl-C stops all
    .venv/bin/python scripts/cluster.py render-nginx --server-name chat.clinic.example \\
        --rasa 10.0.0.5:5005,10.0.0.6:5005 --actions 10.0.0.7:5055       # production nginx config

What `make cluster` starts (every port in 5600-5699, every file under --workdir, var/cluster):

  nginx           127.0.0.1:5600   the patients' entry point (deploy/nginx/assistant.conf.template)
  Rasa replicas   127.0.0.1:5601.. endpoints.cluster.yml: PostgreSQL tracker store, Redis lock store
  nginx           127.0.0.1:5640   the action servers' upstream, for the replicas only
  action servers  127.0.0.1:5650.. reports in PostgreSQL (REPORTS_DATABASE_URL)
  redis-server    127.0.0.1:5660   Debian's, no persistence (locks only live seconds)
  PostgreSQL      127.0.0.1:5670   a throwaway server (scripts/test_postgres.sh), deleted at the end

Debian's nginx and redis-server are installed on first use (scripts/apt.sh), as PostgreSQL is
by scripts/test_postgres.sh. The tests in tests/cluster/ drive the same `Cluster` class.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from cluster_config import (TEMPLATE, ensure_debian_package, nginx_main_conf, postgres_bin,  # noqa: E402,F401
                            render_nginx, unavailable_messages)
from runtime_config import render  # noqa: E402
from serve import RASA_MAIN, blas_env  # noqa: E402

VENV_PYTHON = Path(sys.executable)
ENDPOINTS = ROOT / "endpoints.cluster.yml"
BASE_PORT = 5600


# --------------------------------------------------------------------------------------------- cluster


def wait_http(url: str, timeout: float, process: Optional[subprocess.Popen] = None, name: str = "") -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{name or process.args!r} exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return time.monotonic() - start
        except urllib.error.HTTPError as error:  # it answers, even if not 200
            if error.code < 500:
                return time.monotonic() - start
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"timed out after {timeout:.0f}s waiting for {url}")


class Cluster:
    """PostgreSQL, Redis, action servers, Rasa replicas and nginx, started and stopped together."""

    def __init__(self, replicas: int = 2, actions: int = 1, model: str = "models/current.tar.gz",
                 workdir: Optional[Path] = None, base_port: int = BASE_PORT, extra_env: Optional[Dict[str, str]] = None,
                 endpoints: Path = ENDPOINTS):
        if not 1 <= replicas <= 39 or not 1 <= actions <= 9:
            raise ValueError("1-39 replicas and 1-9 action servers")
        self.replicas, self.actions, self.model, self.endpoints = replicas, actions, model, Path(endpoints)
        self.workdir = Path(workdir or ROOT / "var" / "cluster").resolve()
        self.nginx_port = base_port
        self.rasa_ports = [base_port + 1 + i for i in range(replicas)]
        self.actions_lb_port = base_port + 40
        self.action_ports = [base_port + 50 + i for i in range(actions)]
        self.redis_port = base_port + 60
        self.pg_port = base_port + 70
        self.log_dir = self.workdir / "log"
        self.pg_dir: Optional[Path] = None  # a fresh temporary directory per start (initdb), removed at stop
        self.processes: Dict[str, subprocess.Popen] = {}
        self.pg_url = f"postgresql://postgres@127.0.0.1:{self.pg_port}/rasa_test"
        self.startup_seconds: Dict[str, float] = {}
        origins = [f"http://127.0.0.1:{self.nginx_port}", f"http://localhost:{self.nginx_port}"]
        self.env = {**os.environ, **(extra_env or {})}
        self.env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        self.env.update(blas_env(self.env))
        self.env.setdefault("ALLOWED_ORIGINS", ",".join(origins))
        self.env.update({
            "PYTHONPATH": os.pathsep.join([str(ROOT)] + ([(extra_env or {})["PYTHONPATH"]]
                                                        if (extra_env or {}).get("PYTHONPATH") else [])),
            "TRACKER_DB_HOST": "127.0.0.1", "TRACKER_DB_PORT": str(self.pg_port), "TRACKER_DB_NAME": "rasa_test",
            "TRACKER_DB_USER": "postgres", "TRACKER_DB_PASSWORD": "",
            "REPORTS_DATABASE_URL": self.pg_url,
            "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(self.redis_port), "REDIS_DB": "1", "REDIS_PASSWORD": "",
            "ACTION_SERVER_URL": f"http://127.0.0.1:{self.actions_lb_port}/webhook",
        })

    # -- urls
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.nginx_port}"

    def replica_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.rasa_ports[index]}"

    # -- processes
    def _spawn(self, name: str, args: List[str], env: Optional[Dict[str, str]] = None) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        process = subprocess.Popen(args, cwd=ROOT, env=env or self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        log.close()
        self.processes[name] = process
        return process

    def _stop(self, name: str, sig: int = signal.SIGTERM, timeout: float = 20) -> None:
        process = self.processes.pop(name, None)
        if process is None:
            return
        if process.poll() is None:
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                pass
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def start(self) -> "Cluster":
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def ports(self) -> Dict[str, int]:
        return {"nginx": self.nginx_port, **{f"rasa-{i + 1}": p for i, p in enumerate(self.rasa_ports)},
                "nginx (actions)": self.actions_lb_port,
                **{f"actions-{i + 1}": p for i, p in enumerate(self.action_ports)},
                "redis": self.redis_port, "postgresql": self.pg_port}

    def _check_ports_free(self) -> None:
        busy = []
        for name, port in self.ports().items():
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    busy.append(f"{port} ({name})")
        if busy:
            raise RuntimeError(f"ports already in use: {', '.join(busy)}; another cluster running? "
                               f"(--base-port / CLUSTER_BASE_PORT moves them all)")

    def _start(self) -> None:
        started = time.monotonic()
        self._check_ports_free()
        nginx = ensure_debian_package("nginx", "nginx")
        ensure_debian_package("redis-server", "redis-server")
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._snapshot_model()
        self.start_postgres(initialise=True)
        self.start_redis()
        from botox_clinic import records  # the reports table, made once here rather than by two action servers at once
        records.engine(self.pg_url).dispose()
        for index in range(self.actions):
            self.start_action_server(index, wait=False)
        for index in range(self.actions):
            self.startup_seconds[f"actions-{index + 1}"] = wait_http(
                f"http://127.0.0.1:{self.action_ports[index]}/health", 90, self.processes[f"actions-{index + 1}"])
        runtime = render(self.workdir / "runtime", self.env, template=self.endpoints)
        self.rendered_endpoints, self.credentials = runtime.endpoints, runtime.credentials
        for channel in runtime.channels_off:
            print(f"channel off: {channel}", file=sys.stderr)
        # the first replica creates the events table; the others start once it exists (no CREATE TABLE race)
        self.start_replica(0, wait=False)
        self._wait_for_events_table(self.processes["rasa-1"])
        for index in range(1, self.replicas):
            self.start_replica(index, wait=False)
        for index in range(self.replicas):
            self.wait_replica(index)
        self.start_nginx(nginx)
        self.startup_seconds["total"] = time.monotonic() - started

    # PostgreSQL
    def start_postgres(self, initialise: bool = False) -> None:
        if initialise:
            # under /tmp, not the work dir: as root the server runs as the postgres user, which
            # must reach the directory (pytest's tmp_path and var/ may not let it)
            self.pg_dir = Path(tempfile.mkdtemp(prefix="cluster-postgres-"))
            out = subprocess.run([str(ROOT / "scripts" / "test_postgres.sh"), "start", str(self.pg_dir)],
                                 check=True, env={**os.environ, "TEST_PGPORT": str(self.pg_port)},
                                 stdout=subprocess.PIPE, text=True)
            self.pg_url = out.stdout.strip()
            return
        assert self.pg_dir is not None  # set by the first start
        self._pg_ctl("start", "-l", str(self.pg_dir / "server.log"), "-w",
                     "-o", f"-p {self.pg_port} -k {self.pg_dir} -c listen_addresses=127.0.0.1 -c fsync=off")

    def stop_postgres(self, mode: str = "fast") -> None:
        self._pg_ctl("stop", "-m", mode, "-w", check=False)

    def remove_postgres(self) -> None:
        """Stop PostgreSQL and delete its data (its log is kept as log/postgres.log)."""
        if self.pg_dir is None:
            return
        self.stop_postgres()
        try:
            shutil.copy(self.pg_dir / "server.log", self.log_dir / "postgres.log")
        except OSError:
            pass
        shutil.rmtree(self.pg_dir, ignore_errors=True)
        self.pg_dir = None

    def _pg_ctl(self, *args: str, check: bool = True) -> None:
        if self.pg_dir is None or not (self.pg_dir / "data").exists():
            return
        command = [str(postgres_bin() / "pg_ctl"), "-D", str(self.pg_dir / "data"), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def _wait_for_events_table(self, process: subprocess.Popen, timeout: float = 120) -> None:
        import sqlalchemy as sa
        engine = sa.create_engine(self.pg_url)
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise RuntimeError(f"rasa-1 exited with {process.returncode}; see {self.log_dir / 'rasa-1.log'}")
                if sa.inspect(engine).has_table("events"):
                    return
                time.sleep(0.3)
            raise RuntimeError("rasa-1 did not create the events table")
        finally:
            engine.dispose()

    # Redis
    def start_redis(self) -> None:
        redis = ensure_debian_package("redis-server", "redis-server")
        process = self._spawn("redis", [redis, "--port", str(self.redis_port), "--bind", "127.0.0.1",
                                        "--save", "", "--appendonly", "no", "--dir", str(self.workdir),
                                        "--daemonize", "no", "--protected-mode", "yes"])
        deadline = time.monotonic() + 20
        import redis as redis_client
        client = redis_client.Redis(host="127.0.0.1", port=self.redis_port, socket_timeout=1)
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {process.returncode}; see {self.log_dir / 'redis.log'}")
            try:
                if client.ping():
                    return
            except redis_client.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop_redis(self) -> None:
        self._stop("redis")

    # action servers and Rasa replicas
    def start_action_server(self, index: int, wait: bool = True) -> None:
        name = f"actions-{index + 1}"
        process = self._spawn(name, [str(VENV_PYTHON), "-m", "rasa_sdk", "--actions", "actions",
                                     "--port", str(self.action_ports[index])])
        if wait:
            wait_http(f"http://127.0.0.1:{self.action_ports[index]}/health", 90, process, name)

    def start_replica(self, index: int, wait: bool = True) -> None:
        name = f"rasa-{index + 1}"
        origins = [o.strip() for o in self.env["ALLOWED_ORIGINS"].split(",") if o.strip()]
        args = [str(VENV_PYTHON), "-c", RASA_MAIN, "run", "--model", self.model_file,
                "--endpoints", str(self.rendered_endpoints), "--credentials", str(self.credentials),
                "--interface", "127.0.0.1", "--port", str(self.rasa_ports[index]),
                "--enable-api", "--cors", *origins]
        if self.env.get("RASA_API_TOKEN"):
            args += ["--auth-token", self.env["RASA_API_TOKEN"]]
        self._replica_started = getattr(self, "_replica_started", {})
        self._replica_started[index] = time.monotonic()
        self._spawn(name, args)
        if wait:
            self.wait_replica(index)

    def wait_replica(self, index: int, timeout: float = 240) -> None:
        """Until the replica answers with its model loaded: a Rasa server without a model (a
        file being rewritten by `make train`) starts anyway and answers every message with nothing."""
        name = f"rasa-{index + 1}"
        wait_http(self.replica_url(index) + "/", timeout, self.processes[name], name)
        token = self.env.get("RASA_API_TOKEN")
        status_url = self.replica_url(index) + "/status" + (f"?token={token}" if token else "")
        try:
            with urllib.request.urlopen(status_url, timeout=10) as response:
                status = json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{name} is up without a model ({error.code} from /status); see "
                               f"{self.log_dir / (name + '.log')}") from error
        if not status.get("model_id"):
            raise RuntimeError(f"{name} is up without a model: {status}")
        self.startup_seconds[name] = time.monotonic() - self._replica_started[index]

    def _snapshot_model(self, timeout: float = 120) -> None:
        """Copy the model into the work dir, so every replica, and one started again later, loads
        the same model even if `make train` rewrites models/current.tar.gz meanwhile."""
        source = Path(self.model) if Path(self.model).is_absolute() else ROOT / self.model
        target = self.workdir / "model.tar.gz"
        deadline = time.monotonic() + timeout
        while True:
            try:
                shutil.copyfile(source, target)
                with tarfile.open(target) as archive:
                    archive.getmembers()
                break
            except (OSError, tarfile.TarError) as error:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no readable model at {source}: {error}") from error
                time.sleep(2)  # being written by `rasa train`
        self.model_file = str(target)

    def kill_replica(self, index: int, sig: int = signal.SIGKILL) -> None:
        self._stop(f"rasa-{index + 1}", sig)

    # nginx
    def start_nginx(self, nginx: Optional[str] = None) -> None:
        nginx = nginx or ensure_debian_package("nginx", "nginx")
        conf_dir = self.workdir / "nginx"
        conf_dir.mkdir(parents=True, exist_ok=True)
        site = conf_dir / "assistant.conf"
        site.write_text(render_nginx(
            mode="local", rasa=[f"127.0.0.1:{p}" for p in self.rasa_ports],
            actions=[f"127.0.0.1:{p}" for p in self.action_ports], actions_listen=f"127.0.0.1:{self.actions_lb_port}",
            local_listen=f"127.0.0.1:{self.nginx_port}", access_log=str(self.log_dir / "nginx-access.log")))
        main_conf = conf_dir / "nginx.conf"
        main_conf.write_text(nginx_main_conf(self.workdir, site))
        subprocess.run([nginx, "-t", "-q", "-p", str(conf_dir), "-c", str(main_conf)], check=True)
        process = self._spawn("nginx", [nginx, "-p", str(conf_dir), "-c", str(main_conf)])
        self.startup_seconds["nginx"] = wait_http(self.url + "/health", 20, process, "nginx")

    def stop(self) -> None:
        for name in [n for n in self.processes if n == "nginx"] + \
                    [n for n in self.processes if n.startswith("rasa-")] + \
                    [n for n in self.processes if n.startswith("actions-")] + \
                    [n for n in self.processes if n == "redis"]:
            self._stop(name)
        for name in list(self.processes):
            self._stop(name)
        self.remove_postgres()

    def alive(self) -> Dict[str, bool]:
        return {name: process.poll() is None for name, process in self.processes.items()}


# ------------------------------------------------------------------------------------------------- CLI


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    render = sub.add_parser("render-nginx", help="print the production nginx config (deploy/nginx/)")
    parser.add_argument("--replicas", type=int, default=int(os.environ.get("CLUSTER_REPLICAS", 2)))
    parser.add_argument("--actions", type=int, default=int(os.environ.get("CLUSTER_ACTIONS", 1)))
    parser.add_argument("--model", default="models/current.tar.gz")
    parser.add_argument("--workdir", type=Path, default=ROOT / "var" / "cluster")
    parser.add_argument("--base-port", type=int, default=int(os.environ.get("CLUSTER_BASE_PORT", BASE_PORT)),
                        help="nginx's port; the others follow (+1.. replicas, +40, +50.., +60, +70)")
    render.add_argument("--server-name", required=True, help="the public host name, e.g. chat.clinic.example")
    render.add_argument("--rasa", required=True, help="comma-separated host:port of the Rasa replicas")
    render.add_argument("--actions", required=True, help="comma-separated host:port of the action servers")
    render.add_argument("--actions-listen", default="127.0.0.1:5040",
                        help="where nginx takes the replicas' action calls (ACTION_SERVER_URL=http://THIS/webhook)")
    render.add_argument("--tls-certificate", default="/etc/letsencrypt/live/{server_name}/fullchain.pem")
    render.add_argument("--tls-certificate-key", default="/etc/letsencrypt/live/{server_name}/privkey.pem")
    args = parser.parse_args(argv)

    if args.command == "render-nginx":
        print(render_nginx(
            mode="production", rasa=args.rasa.split(","), actions=args.actions.split(","),
            actions_listen=args.actions_listen, server_name=args.server_name,
            tls_certificate=args.tls_certificate.format(server_name=args.server_name),
            tls_certificate_key=args.tls_certificate_key.format(server_name=args.server_name)), end="")
        return 0

    if not (ROOT / args.model).exists() and not Path(args.model).exists():
        raise SystemExit(f"no trained model at {args.model}: run `make train`")
    cluster = Cluster(args.replicas, args.actions, args.model, args.workdir, args.base_port)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C even when started with SIGINT ignored
    try:
        cluster.start()
        print(f"\nThe cluster is running ({args.replicas} Rasa replicas, {args.actions} action server(s); "
              f"started in {cluster.startup_seconds['total']:.0f} s; logs in {cluster.log_dir}):\n"
              f"  patients (nginx) : {cluster.url}/webhooks/web/demo.html\n"
              f"  REST             : curl -s {cluster.url}/webhooks/rest/webhook -H 'Content-Type: application/json' "
              f"-d '{{\"sender\": \"me\", \"message\": \"Does Botox hurt?\"}}'\n"
              f"  replicas         : {', '.join(cluster.replica_url(i) for i in range(args.replicas))}\n"
              f"  PostgreSQL       : {cluster.pg_url}   Redis: redis://127.0.0.1:{cluster.redis_port}/1\n"
              f"Reports: REPORTS_DATABASE_URL={cluster.pg_url} make reports. Stop with Ctrl-C.", flush=True)
        while all(cluster.alive().values()):
            time.sleep(1)
        print(f"stopped: {[n for n, up in cluster.alive().items() if not up]} exited; see {cluster.log_dir}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
