"""Benchmark the served config against Rasa's default `rasa init` config, in one run.

    python scripts/bench.py            # make bench; writes reports/bench.md and reports/bench.json

For each config: training time (`rasa train`, fresh), Rasa server start-up time (spawn until
it answers, model loaded), then through the REST channel: latency p50/p95 and messages
per second with 1 and with 10 concurrent conversations, the Rasa server's CPU time per
message and its peak resident memory. Both configs use the same data, the same action server
and the same endpoints.yml with a fresh SQLite database. A third run serves the same model
with Rasa's stock SQLTrackerStore (`type: SQL`), to show what the conversation store adds.
All traffic goes to 127.0.0.1; request counts are bounded.
"""
from __future__ import annotations

import asyncio
import copy
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, List, Optional

import aiohttp
import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from serve import Servers  # noqa: E402

BIN = Path(sys.executable).parent
RASA_PORT, ACTION_PORT = 5305, 5355
CONFIGS = {"served": "config.yml", "rasa_init": "configs/rasa_init.yml"}
STOCK_STORE = "served_stock_store"  # the served model on Rasa's own SQLTrackerStore
# a patient's typical turns: questions, small talk, one triage report per conversation
CONVERSATION = [
    "hi", "what is botox made of", "does it hurt?", "how long does it last", "is it safe",
    "can it help my headaches", "a small bruise where they injected", "how do I book", "thanks", "bye",
]
SINGLE_MESSAGES, CONCURRENT_MESSAGES, CONCURRENCY = 100, 300, 10
TARGETS = {"throughput_ratio": 3.0, "p95_ms_10": 150.0, "startup_s": 20.0, "peak_mb": 1228.8}  # 1.2 GB (issue 9)


def train(config: str, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2"}
    started = time.monotonic()
    done = subprocess.run([str(BIN / "rasa"), "train", "--config", config, "--domain", "build/domain", "--data", "data",
                           "--out", str(out.parent), "--fixed-model-name", out.name.replace(".tar.gz", ""), "--force"],
                          cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        raise SystemExit(f"rasa train failed for {config}:\n{done.stdout[-3000:]}")
    return time.monotonic() - started


class PeakMemory(threading.Thread):
    """Polls the resident memory of a process and its children."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.process, self.peak, self.running = psutil.Process(pid), 0, True

    def run(self) -> None:
        while self.running:
            try:
                rss = self.process.memory_info().rss + sum(c.memory_info().rss for c in self.process.children(True))
                self.peak = max(self.peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)


async def conversation(session, url: str, sender: str, count: int, latencies: List[float]) -> None:
    """`count` messages as a patient would send them: a conversation of the typical turns, then a new one."""
    for i in range(count):
        text = CONVERSATION[i % len(CONVERSATION)]
        started = time.perf_counter()
        payload = {"sender": f"{sender}-{i // len(CONVERSATION)}", "message": text}
        async with session.post(url, json=payload) as response:
            body = await response.json()
            if response.status != 200 or not body:
                raise RuntimeError(f"bad answer to {text!r}: {response.status} {body}")
        latencies.append((time.perf_counter() - started) * 1000)


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


async def load(base: str, total: int, concurrency: int, tag: str, server: psutil.Process) -> Dict:
    url = f"{base}/webhooks/rest/webhook"
    latencies: List[float] = []
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await conversation(session, url, f"warmup-{tag}", len(CONVERSATION), [])
        cpu, started = cpu_seconds(server), time.perf_counter()
        await asyncio.gather(*(conversation(session, url, f"{tag}-{i}", total // concurrency, latencies)
                               for i in range(concurrency)))
        elapsed, cpu = time.perf_counter() - started, cpu_seconds(server) - cpu
    ordered = sorted(latencies)
    return {"messages": len(latencies), "p50_ms": statistics.median(ordered),
            "p95_ms": ordered[int(0.95 * (len(ordered) - 1))], "msgs_per_s": len(latencies) / elapsed,
            "cpu_ms_per_msg": 1000 * cpu / len(latencies)}


def measure(name: str, config: str, workdir: Path, model: Optional[Path] = None,
            tracker_store_type: Optional[str] = None) -> Dict:
    if model is None:
        model = workdir / f"bench_{name}.tar.gz"
        print(f"[{name}] training {config} ...", flush=True)
        train_seconds = train(config, model)
    else:
        train_seconds = None
    endpoints = copy.deepcopy(yaml.safe_load((ROOT / "endpoints.yml").read_text()))
    endpoints["action_endpoint"]["url"] = f"http://127.0.0.1:{ACTION_PORT}/webhook"
    endpoints["tracker_store"]["db"] = str(workdir / f"{name}.db")
    if tracker_store_type:
        endpoints["tracker_store"]["type"] = tracker_store_type
        endpoints["tracker_store"].pop("cache_size", None)
    (workdir / f"endpoints_{name}.yml").write_text(yaml.safe_dump(endpoints))
    servers = Servers(str(model), "127.0.0.1", RASA_PORT, ACTION_PORT, endpoints=str(workdir / f"endpoints_{name}.yml"),
                      log_dir=workdir / "log", extra_env={"REPORTS_DATABASE_URL": f"sqlite:///{workdir / 'reports.db'}",
                                                          "STAFF_WEBHOOK_URL": ""})
    try:
        servers.start()
        rasa_process = next(p for p in servers.processes if getattr(p, "name", "") == "rasa")
        memory = PeakMemory(rasa_process.pid)
        memory.start()
        base = f"http://127.0.0.1:{RASA_PORT}"
        server = psutil.Process(rasa_process.pid)
        print(f"[{name}] up in {servers.startup_seconds['rasa']:.1f}s; load ...", flush=True)
        single = asyncio.run(load(base, SINGLE_MESSAGES, 1, f"{name}-single", server))
        concurrent = asyncio.run(load(base, CONCURRENT_MESSAGES, CONCURRENCY, f"{name}-ten", server))
        memory.running = False
        memory.join()
    finally:
        servers.stop()
    return {"config": config, "model": str(model), "train_s": train_seconds,
            "startup_s": servers.startup_seconds["rasa"], "single": single, "concurrent": concurrent,
            "peak_mb": memory.peak / 2**20, "tracker_store": endpoints["tracker_store"]["type"]}


def report(results: Dict[str, Dict]) -> str:
    s, d, stock = results["served"], results["rasa_init"], results.get(STOCK_STORE)
    ratio = s["concurrent"]["msgs_per_s"] / d["concurrent"]["msgs_per_s"]
    checks = {
        f"throughput at {CONCURRENCY} concurrent >= {TARGETS['throughput_ratio']:.0f}x default": ratio >= TARGETS["throughput_ratio"],
        f"p95 at {CONCURRENCY} concurrent <= {TARGETS['p95_ms_10']:.0f} ms": s["concurrent"]["p95_ms"] <= TARGETS["p95_ms_10"],
        f"start-up <= {TARGETS['startup_s']:.0f} s": s["startup_s"] <= TARGETS["startup_s"],
        f"peak memory <= {TARGETS['peak_mb']:.0f} MB": s["peak_mb"] <= TARGETS["peak_mb"],
    }
    rows = [
        ("training time", "train_s", "{:.0f} s"), ("server start-up (model loaded)", "startup_s", "{:.1f} s"),
        ("p50 latency, 1 conversation", ("single", "p50_ms"), "{:.0f} ms"),
        ("p95 latency, 1 conversation", ("single", "p95_ms"), "{:.0f} ms"),
        ("messages/s, 1 conversation", ("single", "msgs_per_s"), "{:.1f}"),
        (f"p50 latency, {CONCURRENCY} concurrent", ("concurrent", "p50_ms"), "{:.0f} ms"),
        (f"p95 latency, {CONCURRENCY} concurrent", ("concurrent", "p95_ms"), "{:.0f} ms"),
        (f"messages/s, {CONCURRENCY} concurrent", ("concurrent", "msgs_per_s"), "{:.1f}"),
        (f"server CPU per message, {CONCURRENCY} concurrent", ("concurrent", "cpu_ms_per_msg"), "{:.1f} ms"),
        ("peak memory, Rasa server", "peak_mb", "{:.0f} MB"),
    ]

    def value(result, key, fmt):
        v = result[key[0]][key[1]] if isinstance(key, tuple) else result[key]
        return "same model" if v is None else fmt.format(v)

    columns = [s, d] + ([stock] if stock else [])
    header = "| measure | served (`config.yml`) | Rasa default (`configs/rasa_init.yml`) |" + \
        (" served, Rasa's stock SQL store |" if stock else "")
    lines = [
        "# Benchmark: served config vs Rasa's default `rasa init` config",
        "",
        f"`make bench`, {time.strftime('%Y-%m-%d')}, on this machine ({os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}). Same data, same action",
        "server, same endpoints.yml (the conversation store of addons/tracker_store.py) with a fresh SQLite",
        f"database each; REST channel on 127.0.0.1; each conversation is {len(CONVERSATION)} typical patient turns",
        f"(FAQs, small talk, one routine side-effect report); {SINGLE_MESSAGES} messages one at a time, then "
        f"{CONCURRENT_MESSAGES} messages over {CONCURRENCY} concurrent conversations.",
        *(["The last column serves the same model as the first with Rasa's own `SQLTrackerStore` (`type: SQL`)."]
          if stock else []),
        "",
        header,
        "|---|---|---|" + ("---|" if stock else ""),
        *[f"| {label} | " + " | ".join(value(c, key, fmt) for c in columns) + " |" for label, key, fmt in rows],
        "",
        f"Throughput ratio at {CONCURRENCY} concurrent conversations: **{ratio:.1f}x** the default config.",
        "",
        "| target | result |",
        "|---|---|",
        *[f"| {name} | {'met' if ok else 'NOT met'} |" for name, ok in checks.items()],
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for name, config in CONFIGS.items():
            results[name] = measure(name, config, Path(tmp))
        results[STOCK_STORE] = measure(STOCK_STORE, CONFIGS["served"], Path(tmp),
                                       model=Path(results["served"]["model"]), tracker_store_type="SQL")
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.json").write_text(json.dumps(results, indent=2))
    text = report(results)
    (ROOT / "reports" / "bench.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
