"""Benchmark the served config as one process and as a cluster against Rasa's default `rasa init`
config, all in one run (issues 9 and 12).

    python scripts/bench.py                 # make bench; writes reports/bench.md and reports/bench.json
    python scripts/bench.py --quick         # small counts (a smoke test, a minute or two once models are cached)
    python scripts/bench.py --full-training # train configs/rasa_init.yml as is (100 epochs; > 25 min here)
    python scripts/bench.py --retrain       # ignore the model cache in build/bench/

What runs, one after the other, every server on 127.0.0.1:

  served              models/current.tar.gz (when make considers it up to date; otherwise a model
                      trained here and cached), Rasa and action server from scripts/serve.py on ports
                      5305/5355, endpoints.yml with a fresh SQLite file
  served_stock_store  the same model on Rasa's own SQLTrackerStore (`type: SQL`)
  rasa_init           Rasa's default config (configs/rasa_init.yml) trained with 1 epoch instead of
                      100 on its four learned components (see below), same servers and ports
  cluster_1/2         scripts/cluster.py with 1, then 2 Rasa replicas (PostgreSQL, Redis, 1 action
                      server, nginx; ports from --base-port, 5700), measured through nginx

For each: Rasa start-up (s, spawn until it answers with its model loaded), then through the
REST channel with 1 (single-process runs only), 10 and 50 concurrent conversations: messages
per second, latency p50/p95 (ms), the Rasa process(es)' CPU per message (CPU-ms, summed over
replicas), the whole machine's CPU use, and the peak resident memory of each Rasa and action
server process (MiB; the kernel's high-water mark, start-up included).

Why 1 epoch: trained as `rasa init` trains it, the default config did not finish within 25 minutes
on this project's data. What a message costs at inference does not depend on the number of epochs
(the same featurizers, vocabulary and layers run), only the predictions, i.e. accuracy, which
reports/nlu_eval.md compares. Trained models are cached in build/bench/, keyed by a hash of the
config text, data/, build/domain/ and the Rasa version, so a rerun does not train again.
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import aiohttp
import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from bench_report import (cache_key, fast_training_config, model_up_to_date,  # noqa: E402
                          render, summarize, targets)
from runtime_config import render_local  # noqa: E402
from serve import Servers  # noqa: E402

BIN = Path(sys.executable).parent
RASA_PORT, ACTION_PORT = 5305, 5355
CLUSTER_BASE_PORT = 5700
CACHE = ROOT / "build" / "bench"
CURRENT_MODEL = ROOT / "models" / "current.tar.gz"
SERVED_CONFIG, DEFAULT_CONFIG = "config.yml", "configs/rasa_init.yml"
# what make's $(MODEL) rule depends on (Makefile): newer than all of these = up to date
MODEL_INPUTS = [ROOT / p for p in ("config.yml", "domain.yml", "clinic.yml", "data", "content", "build/domain",
                                   "build/spacy/en_clinic/meta.json")]
# what a trained model depends on, for the cache key (the config text is hashed separately)
CACHE_INPUTS = [ROOT / "data", ROOT / "build" / "domain"]
RUNS = ("served", "served_stock_store", "rasa_init", "cluster_1", "cluster_2")
# a patient's typical turns: questions, small talk, one triage report per conversation
CONVERSATION = [
    "hi", "what is botox made of", "does it hurt?", "how long does it last", "is it safe",
    "can it help my headaches", "a small bruise where they injected", "how do I book", "thanks", "bye",
]
# messages per load, by concurrency (conversations at once)
COUNTS = {1: 100, 10: 300, 50: 500}
QUICK_COUNTS = {1: 20, 10: 60, 50: 100}


def log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


# ------------------------------------------------------------------------------------------- models


def rasa_version() -> str:
    return importlib.metadata.version("rasa")


def train(config_file: Path, out: Path) -> float:
    """Train `config_file` into the model file `out` (a .tar.gz); returns the wall-clock seconds.
    Rasa's training cache is off (RASA_MAX_CACHE_SIZE=0): every component is trained, and the
    project's .rasa/cache is left alone."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2", "RASA_MAX_CACHE_SIZE": "0"}
    started = time.monotonic()
    done = subprocess.run([str(BIN / "rasa"), "train", "--config", str(config_file), "--domain", "build/domain",
                           "--data", "data", "--out", str(out.parent),
                           "--fixed-model-name", out.name.replace(".tar.gz", ""), "--force"],
                          cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0 or not out.is_file():
        raise SystemExit(f"rasa train failed for {config_file}:\n{done.stdout[-3000:]}")
    return time.monotonic() - started


def cached_model(name: str, config_text: str, workdir: Path, retrain: bool) -> Tuple[Path, float, bool]:
    """The model of `config_text` from build/bench/, trained first if it is not there (or `retrain`);
    returns its path, its training time (s) and whether it was trained in this run."""
    key = cache_key(config_text, CACHE_INPUTS, ROOT, extra=f"rasa {rasa_version()}")
    model, meta_file = CACHE / f"{name}-{key}.tar.gz", CACHE / f"{name}-{key}.json"
    if model.is_file() and meta_file.is_file() and not retrain:
        return model, json.loads(meta_file.read_text())["train_s"], False
    config_file = workdir / f"config_{name}.yml"
    config_file.write_text(config_text)
    CACHE.mkdir(parents=True, exist_ok=True)
    log(f"[{name}] training ({config_file.name}; cache {model.relative_to(ROOT)}) ...")
    seconds = train(config_file, workdir / "trained" / model.name)
    if cache_key(config_text, CACHE_INPUTS, ROOT, extra=f"rasa {rasa_version()}") != key:
        log(f"[{name}] data/ or build/domain/ changed while training: this model is used, not cached")
        return workdir / "trained" / model.name, seconds, True
    shutil.move(str(workdir / "trained" / model.name), model)
    # written last: a model without it (an interrupted copy) is trained again
    meta_file.write_text(json.dumps({"train_s": seconds, "trained": time.strftime("%Y-%m-%d %H:%M:%S"),
                                     "rasa": rasa_version(), "config": config_text}, indent=2))
    for old in CACHE.glob(f"{name}-*"):  # one model per config kept
        if old not in (model, meta_file):
            old.unlink()
    log(f"[{name}] trained in {seconds:.0f} s")
    return model, seconds, True


def served_model(workdir: Path, retrain: bool) -> Tuple[Path, Optional[float], str]:
    """models/current.tar.gz when make would not retrain it (`make bench` depends on it), else a model
    of config.yml trained here and cached; returns its path, training time (s, None when reused), note."""
    if not retrain:
        fresh, why = model_up_to_date(CURRENT_MODEL, MODEL_INPUTS)
        if fresh:
            snapshot = workdir / "current.tar.gz"  # `make train` may rewrite models/current.tar.gz meanwhile
            shutil.copyfile(CURRENT_MODEL, snapshot)
            return snapshot, None, "models/current.tar.gz (up to date, not retrained)"
        log(f"[served] models/current.tar.gz not up to date ({why}); using build/bench/")
    model, seconds, trained = cached_model("served", (ROOT / SERVED_CONFIG).read_text(), workdir, retrain)
    return model, seconds, (f"{seconds:.0f} s (models/current.tar.gz was out of date: config.yml trained for the "
                            f"bench{'' if trained else ', cached model'})")


def default_model(workdir: Path, full_training: bool, retrain: bool) -> Tuple[Path, float, str]:
    """Rasa's default config: configs/rasa_init.yml with 1 epoch (or as is, `full_training`)."""
    text = (ROOT / DEFAULT_CONFIG).read_text()
    name = "rasa_init_full" if full_training else "rasa_init_1epoch"
    model, seconds, trained = cached_model(name, text if full_training else fast_training_config(text), workdir,
                                           retrain)
    epochs = "100 epochs" if full_training else "1 epoch"
    return model, seconds, f"{seconds:.0f} s, {epochs}" + ("" if trained else " (cached model)")


# ------------------------------------------------------------------------------------ measurements


def process_tree(pid: int) -> List[psutil.Process]:
    try:
        process = psutil.Process(pid)
        return [process] + process.children(recursive=True)
    except psutil.Error:
        return []


def high_water_mb(pid: int) -> Optional[float]:
    """Peak resident memory (MiB) since start of `pid` plus its children (the kernel's VmHWM)."""
    total = 0
    for process in process_tree(pid):
        try:
            with open(f"/proc/{process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            return None
    return total / 2**20 if total else None


class PeakMemory(threading.Thread):
    """Polls the resident memory (RSS, process and its children) of named processes every 50 ms."""

    def __init__(self, pids: Dict[str, int]):
        super().__init__(daemon=True)
        self.pids, self.peak, self.running = pids, {name: 0 for name in pids}, True

    def run(self) -> None:
        while self.running:
            for name, pid in self.pids.items():
                try:
                    rss = sum(p.memory_info().rss for p in process_tree(pid))
                    self.peak[name] = max(self.peak[name], rss)
                except psutil.Error:
                    pass
            time.sleep(0.05)

    def stop(self) -> Dict[str, float]:
        """Peak per process (MiB): the larger of the kernel's high-water mark and what was polled."""
        self.running = False
        self.join()
        return {name: max(high_water_mb(pid) or 0, self.peak[name] / 2**20) for name, pid in self.pids.items()}


def cpu_seconds(pids: List[int]) -> float:
    """CPU-seconds (user + system) used so far by the processes `pids` and their children."""
    total = 0.0
    for pid in pids:
        for process in process_tree(pid):
            try:
                times = process.cpu_times()
                total += times.user + times.system
            except psutil.Error:
                pass
    return total


def machine_busy_seconds() -> float:
    """CPU-seconds the whole machine has spent not idle, over all cores."""
    t = psutil.cpu_times()
    return sum(getattr(t, f, 0.0) for f in ("user", "nice", "system", "irq", "softirq", "steal"))


async def conversation(session, url: str, sender: str, count: int, latencies: List[float], tally: Dict) -> None:
    """`count` messages as a patient would send them: a conversation of the typical turns, then a new one.
    Latency per answered message in ms into `latencies`; failed requests and bot messages into `tally`."""
    for i in range(count):
        text = CONVERSATION[i % len(CONVERSATION)]
        payload = {"sender": f"{sender}-{i // len(CONVERSATION)}", "message": text}
        started = time.perf_counter()
        try:
            async with session.post(url, json=payload) as response:
                body = await response.json(content_type=None)
                ok = response.status == 200 and isinstance(body, list) and body
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            ok, body = False, repr(error)
        if not ok:
            tally["errors"] += 1
            if len(tally["samples"]) < 3:
                tally["samples"].append(f"{text!r}: {str(body)[:200]}")
            continue
        latencies.append((time.perf_counter() - started) * 1000)
        tally["bot_messages"] += len(body)


async def warm_up(base: str, tag: str) -> None:
    """One whole conversation, so that the measured load does not pay for first-use costs."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        tally = {"errors": 0, "bot_messages": 0, "samples": []}
        await conversation(session, f"{base}/webhooks/rest/webhook", f"warmup-{tag}", len(CONVERSATION), [], tally)
        if tally["errors"]:
            raise RuntimeError(f"warm-up failed at {base}: {tally['samples']}")


def benchmark_pids(extra: List[int]) -> List[int]:
    """This process (the load generator, its servers: all children) and `extra` (e.g. PostgreSQL,
    which pg_ctl detaches), whose trees cpu_seconds() sums."""
    return [os.getpid(), *extra]


async def load(base: str, total: int, concurrency: int, tag: str, rasa_pids: List[int],
               other_pids: Optional[List[int]] = None) -> Dict:
    """`total` messages over `concurrency` conversations at once to `base`; summarize()'s figures.
    `rasa_pids`: the Rasa server processes; `other_pids`: processes of the benchmark outside this
    process's tree (PostgreSQL), so that the rest of the machine's CPU use is known."""
    ours = benchmark_pids(other_pids or [])
    url = f"{base}/webhooks/rest/webhook"
    latencies: List[float] = []
    tally = {"errors": 0, "bot_messages": 0, "samples": []}
    connector = aiohttp.TCPConnector(limit=max(100, concurrency))
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120), connector=connector) as session:
        cpu, machine, own = cpu_seconds(rasa_pids), machine_busy_seconds(), cpu_seconds(ours)
        started = time.perf_counter()
        await asyncio.gather(*(conversation(session, url, f"{tag}-{i}", total // concurrency, latencies, tally)
                               for i in range(concurrency)))
        elapsed = time.perf_counter() - started
        cpu, machine, own = cpu_seconds(rasa_pids) - cpu, machine_busy_seconds() - machine, cpu_seconds(ours) - own
    if not latencies:
        raise RuntimeError(f"no request answered at {base}: {tally['samples']}")
    result = summarize(latencies, elapsed, cpu, errors=tally["errors"], machine_cpu_s=machine,
                       cores=psutil.cpu_count(), bot_messages=tally["bot_messages"], others_cpu_s=machine - own)
    if tally["samples"]:
        result["error_samples"] = tally["samples"]
    return result


def run_loads(base: str, tag: str, rasa_pids: List[int], counts: Dict[int, int],
              other_pids: Optional[List[int]] = None) -> Dict[str, Dict]:
    loads = {}
    for concurrency, total in counts.items():
        loads[str(concurrency)] = result = asyncio.run(
            load(base, total, concurrency, f"{tag}-c{concurrency}", rasa_pids, other_pids))
        log(f"[{tag}] {concurrency:>2} concurrent: {result['msgs_per_s']:.1f} msg/s, p50 {result['p50_ms']:.0f} ms, "
            f"p95 {result['p95_ms']:.0f} ms, Rasa CPU {result['cpu_ms_per_msg']:.1f} ms/msg, "
            f"machine {result['machine_busy_pct']:.0f}% busy ({result['others_busy_pct']:.0f}% not ours), "
            f"{result['errors']} failed")
    return loads


# ------------------------------------------------------------------------------------------ the runs


def measure_single(name: str, model: Path, workdir: Path, counts: Dict[int, int],
                   tracker_store_type: Optional[str] = None) -> Dict:
    """One Rasa server and one action server (scripts/serve.py) with a fresh SQLite database."""
    runtime = render_local(workdir / f"runtime_{name}", ACTION_PORT, workdir / f"{name}.db",
                           {"type": tracker_store_type, "cache_size": None} if tracker_store_type else None)
    servers = Servers(str(model), "127.0.0.1", RASA_PORT, ACTION_PORT, runtime,
                      log_dir=workdir / "log" / name,
                      extra_env={"REPORTS_DATABASE_URL": f"sqlite:///{workdir / f'reports_{name}.db'}",
                                 "STAFF_WEBHOOK_URL": ""})
    log(f"[{name}] starting the servers ...")
    try:
        servers.start()
        pids = {getattr(p, "name", ""): p.pid for p in servers.processes}
        memory = PeakMemory(pids)
        memory.start()
        base = f"http://127.0.0.1:{RASA_PORT}"
        log(f"[{name}] Rasa up in {servers.startup_seconds['rasa']:.1f} s; load ...")
        asyncio.run(warm_up(base, name))
        loads = run_loads(base, name, [pids["rasa"]], counts)
        peaks = memory.stop()
    finally:
        servers.stop()
    store = yaml.safe_load(runtime.endpoints.read_text())["tracker_store"]["type"]
    return {"kind": "single process", "model": str(model), "tracker_store": store,
            "startup_s": {"rasa": servers.startup_seconds["rasa"], "actions": servers.startup_seconds.get("actions")},
            "loads": loads, "memory_mb": peaks}


def measure_cluster(replicas: int, model: Path, workdir: Path, counts: Dict[int, int], base_port: int) -> Dict:
    """scripts/cluster.py's Cluster with `replicas` Rasa replicas and 1 action server, through nginx."""
    from cluster import Cluster

    name = f"cluster_{replicas}"
    cluster = Cluster(replicas=replicas, actions=1, model=str(model), workdir=workdir / name, base_port=base_port,
                      extra_env={"STAFF_WEBHOOK_URL": "", "RASA_API_TOKEN": ""})
    log(f"[{name}] starting PostgreSQL, Redis, the action server, {replicas} replica(s), nginx ...")
    try:
        cluster.start()
        pids = {n: p.pid for n, p in cluster.processes.items() if n.startswith(("rasa-", "actions-"))}
        memory = PeakMemory(pids)
        memory.start()
        log(f"[{name}] up in {cluster.startup_seconds['total']:.0f} s "
            f"({', '.join(f'{k} {v:.1f} s' for k, v in cluster.startup_seconds.items() if k.startswith('rasa'))}); "
            f"load ...")
        for index in range(replicas):  # each replica directly, then through nginx
            asyncio.run(warm_up(cluster.replica_url(index), f"{name}-r{index + 1}"))
        asyncio.run(warm_up(cluster.url, name))
        postmaster = []
        try:  # PostgreSQL runs detached from this process (pg_ctl): its postmaster and its backends
            postmaster = [int((cluster.pg_dir / "data" / "postmaster.pid").read_text().split()[0])]
        except (OSError, ValueError, IndexError, TypeError):
            log(f"[{name}] PostgreSQL's pid not found: its CPU counts as not ours")
        loads = run_loads(cluster.url, name, [pid for n, pid in pids.items() if n.startswith("rasa-")], counts,
                          postmaster)
        peaks = memory.stop()
    finally:
        cluster.stop()
    return {"kind": "cluster", "replicas": replicas, "actions": 1, "model": str(model),
            "tracker_store": "addons.stores.tracker_store.CachedSQLTrackerStore (PostgreSQL)",
            "lock_store": "addons.stores.lock_store.AtomicRedisLockStore",
            "startup_s": dict(cluster.startup_seconds), "loads": loads, "memory_mb": peaks}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"small counts {QUICK_COUNTS} instead of {COUNTS}")
    parser.add_argument("--full-training", action="store_true",
                        help="train configs/rasa_init.yml as is (100 epochs) instead of with 1 epoch")
    parser.add_argument("--retrain", action="store_true", help="train again even when build/bench/ has the model")
    parser.add_argument("--only", default=",".join(RUNS), help=f"comma-separated runs among {','.join(RUNS)}")
    parser.add_argument("--base-port", type=int, default=CLUSTER_BASE_PORT, help="the cluster's nginx port (+1.. +70)")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "reports", help="where bench.md and bench.json go")
    args = parser.parse_args(argv)
    only = [r.strip() for r in args.only.split(",") if r.strip()]
    unknown = set(only) - set(RUNS)
    if unknown:
        parser.error(f"unknown runs: {sorted(unknown)}")
    counts = QUICK_COUNTS if args.quick else COUNTS
    cluster_counts = {c: n for c, n in counts.items() if c != 1}

    started, loadavg = time.monotonic(), " / ".join(f"{x:.2f}" for x in os.getloadavg())
    results: Dict[str, Dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        models: Dict[str, Tuple[Path, Optional[float], str]] = {}  # "served"/"rasa_init": (model, train s, note)
        if {"served", "served_stock_store", "cluster_1", "cluster_2"} & set(only):
            models["served"] = served_model(workdir, args.retrain)
        if "rasa_init" in only:
            models["rasa_init"] = default_model(workdir, args.full_training, args.retrain)
        for run in [r for r in RUNS if r in only]:
            model, seconds, note = models["rasa_init" if run == "rasa_init" else "served"]
            if run == "rasa_init":
                results[run] = measure_single(run, model, workdir, counts)
                results[run]["full_training"] = args.full_training
            elif run.startswith("cluster_"):
                results[run] = measure_cluster(int(run[-1]), model, workdir, cluster_counts, args.base_port)
                note = "same model as served"
            else:
                results[run] = measure_single(run, model, workdir, counts,
                                              tracker_store_type="SQL" if run == "served_stock_store" else None)
                if run == "served_stock_store":
                    note = "same model as served"
            results[run].update({"config": DEFAULT_CONFIG if run == "rasa_init" else SERVED_CONFIG,
                                 "train_s": seconds, "train_note": note})
            results[run]["model"] = results[run]["model"].replace(tmp, "<tmp>")

    meta = {"command": " ".join(["scripts/bench.py", *(argv if argv is not None else sys.argv[1:])]).strip(),
            "date": time.strftime("%Y-%m-%d %H:%M"), "cores": psutil.cpu_count(),
            "memory_gib": psutil.virtual_memory().total / 2**30, "python": platform.python_version(),
            "rasa": rasa_version(), "loadavg": loadavg, "quick": args.quick, "full_training": args.full_training,
            "counts": {str(c): n for c, n in counts.items()}, "turns": len(CONVERSATION),
            "wall_s": time.monotonic() - started,
            "units": "ms latencies, s durations, messages/s, CPU-ms per message, MiB memory"}
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "bench.json").write_text(json.dumps({"meta": meta, "runs": results, "targets": targets(results)},
                                                        indent=2))
    text = render(results, meta)
    (args.out_dir / "bench.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
