"""The pure parts of scripts/bench.py: statistics, the fast-training config, the model cache key,
whether models/current.tar.gz is up to date, the targets and the report. Nothing here starts a
server, trains a model or reads the clock, so tests/test_bench.py checks it in milliseconds.

Units, everywhere in this module and in reports/bench.json: latencies in milliseconds (`*_ms`),
durations in seconds (`*_s`), throughput in messages per second (`msgs_per_s`), CPU time per
message in CPU-milliseconds (`cpu_ms_per_msg`: 10 means one core busy 10 ms per message), memory
in MiB (`*_mb`, 2**20 bytes).
"""
from __future__ import annotations

import hashlib
import math
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import yaml

# The learned components of Rasa's default config whose training time is set by `epochs`.
EPOCH_COMPONENTS = ("DIETClassifier", "ResponseSelector", "TEDPolicy", "UnexpecTEDIntentPolicy")
FAST_EPOCHS = 1

CONCURRENCIES = (1, 10, 50)
# issue 9: served single process vs Rasa's default; issue 12: the cluster. 1.2 GB = 1228.8 MiB.
TARGETS = {
    "served_vs_default_10": 3.0,      # x, messages/s at 10 concurrent (issue 9)
    "cluster2_vs_default": 4.0,       # x, messages/s, 2-replica cluster vs default single process (issue 12)
    "replicas2_vs_1": 1.6,            # x, messages/s, 2 replicas vs 1 replica (issue 12)
    "p95_ms_10": 150.0,               # ms, at 10 concurrent (issues 9 and 12)
    "startup_s": 20.0,                # s, Rasa server spawn until it answers with its model loaded (issue 9)
    "peak_mb": 1228.8,                # MiB, resident memory of one Rasa server process (issue 9)
}

# the columns of the report, in order: run name -> heading
COLUMNS = {
    "served": "served, 1 process (`config.yml`, SQLite)",
    "served_stock_store": "served, 1 process, Rasa's stock SQL store",
    "cluster_1": "cluster, 1 replica (PostgreSQL + Redis, via nginx)",
    "cluster_2": "cluster, 2 replicas (PostgreSQL + Redis, via nginx)",
    "rasa_init": "Rasa default (`configs/rasa_init.yml`), 1 process",
}


# ------------------------------------------------------------------------------------------ statistics


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0 <= q <= 100) of `values`, interpolating linearly between the two
    nearest ranks (numpy's default); in the unit of `values`."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"q must be within 0..100, not {q}")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarize(latencies_ms: Sequence[float], elapsed_s: float, server_cpu_s: float, *, errors: int = 0,
              machine_cpu_s: Optional[float] = None, cores: Optional[int] = None,
              bot_messages: Optional[int] = None, others_cpu_s: Optional[float] = None) -> Dict[str, Optional[float]]:
    """One load's figures from its raw measurements.

    latencies_ms: per answered request, milliseconds; elapsed_s: wall-clock seconds of the whole
    load; server_cpu_s: CPU-seconds (user + system) used meanwhile by the Rasa server process(es),
    summed; machine_cpu_s: CPU-seconds used by the whole machine meanwhile (every process,
    including the load generator); others_cpu_s: the part of machine_cpu_s used by processes that are
    not this benchmark's (another engineer's jobs); bot_messages: bot messages in all answers.
    """
    answered = len(latencies_ms)
    if answered == 0 or elapsed_s <= 0:
        raise ValueError("no answered request to summarize")
    return {
        "messages": answered, "errors": errors, "elapsed_s": elapsed_s,
        "msgs_per_s": answered / elapsed_s,
        "p50_ms": percentile(latencies_ms, 50), "p95_ms": percentile(latencies_ms, 95),
        "max_ms": max(latencies_ms),
        "cpu_ms_per_msg": 1000 * server_cpu_s / answered,
        "machine_cpu_ms_per_msg": None if machine_cpu_s is None else 1000 * machine_cpu_s / answered,
        "machine_busy_pct": None if machine_cpu_s is None or not cores else 100 * machine_cpu_s / (elapsed_s * cores),
        "others_busy_pct": None if others_cpu_s is None or not cores else
        max(0.0, 100 * others_cpu_s / (elapsed_s * cores)),
        "bot_messages_per_reply": None if bot_messages is None else bot_messages / answered,
    }


# ------------------------------------------------------------------------ the default config, fast


def fast_training_config(config_text: str, epochs: int = FAST_EPOCHS) -> str:
    """`config_text` (a Rasa config) with `epochs` set to `epochs` on every component of
    EPOCH_COMPONENTS; everything else (layers, featurizers, thresholds, seeds) unchanged."""
    config = yaml.safe_load(config_text)
    changed = []
    for section in ("pipeline", "policies"):
        for component in config.get(section) or []:
            if component.get("name") in EPOCH_COMPONENTS:
                component["epochs"] = epochs
                changed.append(component["name"])
    if not changed:
        raise ValueError(f"none of {EPOCH_COMPONENTS} in the config")
    header = (f"# Derived by scripts/bench.py from configs/rasa_init.yml for timing only: epochs set to {epochs}\n"
              f"# on {', '.join(changed)}; every layer, featurizer and setting else as in `rasa init`.\n")
    return header + yaml.safe_dump(config, sort_keys=False)


# ---------------------------------------------------------------------------------- the model cache


def _files(path: Path) -> Iterable[Path]:
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file())  # is_file follows symlinks


def cache_key(config_text: str, inputs: Sequence[Path], root: Path, extra: str = "") -> str:
    """16 hex digits of SHA-256 over the config text, `extra` (e.g. the Rasa version) and every
    file under `inputs` (relative path and contents, symlinks followed, in sorted order)."""
    digest = hashlib.sha256()
    digest.update(config_text.encode())
    digest.update(b"\0" + extra.encode() + b"\0")
    for base in inputs:
        for file in _files(base):
            name = file.relative_to(root) if file.is_relative_to(root) else file
            digest.update(str(name).encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:16]


def newest_input(inputs: Sequence[Path]) -> Tuple[float, Optional[Path]]:
    """The latest modification time (seconds since the epoch, symlinks followed) among the files
    under `inputs`, and that file; (0, None) when there are none."""
    newest: Tuple[float, Optional[Path]] = (0.0, None)
    for base in inputs:
        for file in _files(base):
            mtime = file.stat().st_mtime
            if mtime > newest[0]:
                newest = (mtime, file)
    return newest


def model_up_to_date(model: Path, inputs: Sequence[Path]) -> Tuple[bool, str]:
    """Whether `model` is newer than every file under `inputs`, as make decides for
    models/current.tar.gz; and why not."""
    if not model.is_file():
        return False, f"{model} does not exist"
    mtime, file = newest_input(inputs)
    if file is not None and mtime > model.stat().st_mtime:
        return False, f"{file} is newer than {model.name}"
    return True, "newer than config, data, domain and content"


# ------------------------------------------------------------------------------ targets and report


def _load(results: Dict, run: str, concurrency: int) -> Optional[Dict]:
    return ((results.get(run) or {}).get("loads") or {}).get(str(concurrency))


def _metric(results: Dict, run: str, concurrency: int, key: str) -> Optional[float]:
    load = _load(results, run, concurrency)
    return None if load is None else load.get(key)


def ratio(results: Dict, run: str, baseline: str, concurrency: int) -> Optional[float]:
    """messages/s of `run` over `baseline` at `concurrency` concurrent conversations (x)."""
    a, b = _metric(results, run, concurrency, "msgs_per_s"), _metric(results, baseline, concurrency, "msgs_per_s")
    return None if a is None or not b else a / b


def max_rasa_mb(run: Optional[Dict]) -> Optional[float]:
    """The largest peak resident memory (MiB) among the run's Rasa server processes."""
    memory = (run or {}).get("memory_mb") or {}
    values = [v for k, v in memory.items() if k.startswith("rasa") and v is not None]
    return max(values) if values else None


def max_rasa_startup(run: Optional[Dict]) -> Optional[float]:
    """The slowest Rasa server start-up (s) in the run: spawn until it answers with its model loaded."""
    startup = (run or {}).get("startup_s") or {}
    values = [v for k, v in startup.items() if k.startswith("rasa") and v is not None]
    return max(values) if values else None


def targets(results: Dict) -> List[Dict]:
    """Every target of issues 9 and 12 with its measured value and whether it is met (None: not
    measured in this run). `results` maps run names (COLUMNS) to bench.py's per-run results."""
    t = TARGETS
    rows: List[Dict] = []

    def add(issue: str, target: str, value: Optional[float], limit: float, at_least: bool, unit: str) -> None:
        met = None if value is None else (value >= limit if at_least else value <= limit)
        rows.append({"issue": issue, "target": target, "value": value, "limit": limit, "unit": unit, "met": met})

    add("9", "messages/s at 10 concurrent, served 1 process vs Rasa default 1 process",
        ratio(results, "served", "rasa_init", 10), t["served_vs_default_10"], True, "x")
    add("9", "p95 latency at 10 concurrent, served 1 process", _metric(results, "served", 10, "p95_ms"),
        t["p95_ms_10"], False, "ms")
    add("9", "Rasa server start-up (model loaded), served 1 process", max_rasa_startup(results.get("served")),
        t["startup_s"], False, "s")
    add("9", "Rasa server peak memory, served 1 process", max_rasa_mb(results.get("served")), t["peak_mb"], False, "MiB")
    for c in (10, 50):
        add("12", f"messages/s at {c} concurrent, 2 replicas vs 1 replica", ratio(results, "cluster_2", "cluster_1", c),
            t["replicas2_vs_1"], True, "x")
    for c in (10, 50):
        add("12", f"messages/s at {c} concurrent, 2-replica cluster vs Rasa default 1 process",
            ratio(results, "cluster_2", "rasa_init", c), t["cluster2_vs_default"], True, "x")
    add("12", "p95 latency at 10 concurrent, 2-replica cluster", _metric(results, "cluster_2", 10, "p95_ms"),
        t["p95_ms_10"], False, "ms")
    add("12", "p95 latency at 10 concurrent, 1-replica cluster", _metric(results, "cluster_1", 10, "p95_ms"),
        t["p95_ms_10"], False, "ms")
    add("9 (cluster)", "Rasa replica start-up (model loaded), slowest of the 2-replica cluster",
        max_rasa_startup(results.get("cluster_2")), t["startup_s"], False, "s")
    add("9 (cluster)", "peak memory of each Rasa replica, 2-replica cluster", max_rasa_mb(results.get("cluster_2")),
        t["peak_mb"], False, "MiB")
    return rows


def _fmt(value: Optional[float], fmt: str) -> str:
    return "—" if value is None else fmt.format(value)


def _memory(run: Dict, prefix: str) -> Optional[str]:
    values = [v for k, v in sorted((run.get("memory_mb") or {}).items()) if k.startswith(prefix)]
    return " / ".join(f"{v:.0f} MiB" for v in values) if values else None


def _startup(run: Dict) -> Optional[str]:
    values = [v for k, v in sorted((run.get("startup_s") or {}).items()) if k.startswith("rasa")]
    return " / ".join(f"{v:.1f} s" for v in values) if values else None


def table_rows(results: Dict, runs: Sequence[str]) -> List[Tuple[str, List[str]]]:
    """The rows of the main table: (label, one cell per run in `runs`)."""

    def cells(get) -> List[str]:
        out = []
        for name in runs:
            try:
                out.append(get(results[name]))
            except (KeyError, TypeError):
                out.append("—")
        return [c if c is not None else "—" for c in out]

    def train_cell(run: Dict) -> str:
        if run.get("train_note"):
            return run["train_note"]
        return _fmt(run.get("train_s"), "{:.0f} s")

    rows: List[Tuple[str, List[str]]] = [
        ("training time", cells(train_cell)),
        ("Rasa start-up, spawn until answering with model loaded (each process)", cells(_startup)),
        ("whole cluster start-up (PostgreSQL, Redis, actions, replicas, nginx)",
         cells(lambda r: _fmt((r.get("startup_s") or {}).get("total"), "{:.0f} s"))),
    ]
    for c in CONCURRENCIES:
        label = "1 conversation" if c == 1 else f"{c} concurrent"
        m = lambda key, fmt, c=c: cells(lambda r: _fmt(((r.get("loads") or {}).get(str(c)) or {}).get(key), fmt))  # noqa
        rows += [
            (f"**messages/s, {label}**", m("msgs_per_s", "**{:.1f}**")),
            (f"p50 latency, {label}", m("p50_ms", "{:.0f} ms")),
            (f"p95 latency, {label}", m("p95_ms", "{:.0f} ms")),
            (f"Rasa CPU per message, {label} (all replicas)", m("cpu_ms_per_msg", "{:.1f} ms")),
        ]
        rows.append((f"machine CPU busy, {label} (all processes, of {{cores}} cores)", m("machine_busy_pct", "{:.0f}%")))
        rows.append((f"of which not this benchmark's processes, {label}", m("others_busy_pct", "{:.0f}%")))
    rows += [
        ("bot messages per reply, 10 concurrent",
         cells(lambda r: _fmt(((r.get("loads") or {}).get("10") or {}).get("bot_messages_per_reply"), "{:.2f}"))),
        ("failed requests (all loads)",
         cells(lambda r: str(sum(int(v.get("errors") or 0) for v in (r.get("loads") or {}).values())))),
        ("peak memory, each Rasa process", cells(lambda r: _memory(r, "rasa"))),
        ("peak memory, each action server", cells(lambda r: _memory(r, "actions"))),
    ]
    return rows


def render(results: Dict, meta: Dict) -> str:
    """reports/bench.md from the per-run results and `meta` (date, machine, counts, wall time...)."""
    runs = [name for name in COLUMNS if name in results]
    cores = meta.get("cores") or "?"
    counts = meta.get("counts") or {}
    count_text = ", ".join(f"{counts[str(c)]} messages {'one at a time' if c == 1 else f'over {c} concurrent conversations'}"
                           for c in CONCURRENCIES if str(c) in counts)
    default = results.get("rasa_init") or {}
    lines = [
        "# Benchmark: served config, as one process and as a cluster, vs Rasa's default `rasa init` config",
        "",
        f"`make bench` ({meta.get('command', 'scripts/bench.py')}), {meta.get('date', '?')}, on this machine "
        f"({cores} cores, {meta.get('memory_gib', 0):.0f} GiB, Python {meta.get('python', '?')}, Rasa "
        f"{meta.get('rasa', '?')}); load average {meta.get('loadavg', '?')} at the start; the whole run took "
        f"{_fmt(meta.get('wall_s'), '{:.0f}')} s{' (`--quick`: small counts, indicative only)' if meta.get('quick') else ''}.",
        "",
        "Every run has the same data, the same action server code and the same conversations, through the REST "
        f"channel on 127.0.0.1: each conversation is {meta.get('turns', 10)} typical patient turns (FAQs, small talk, "
        f"one routine side-effect report). Per server: {count_text}, after a warm-up conversation "
        "(the cluster runs skip the one-at-a-time load). The single-process runs use endpoints.yml (the "
        "conversation store of addons/stores/tracker_store.py on a fresh SQLite file; the stock-store column the same "
        "model on Rasa's own `SQLTrackerStore`). The cluster runs are scripts/cluster.py (endpoints.cluster.yml: "
        "PostgreSQL tracker store, Redis lock store, 1 action server behind nginx), measured through nginx, fresh "
        "PostgreSQL each. The load generator (aiohttp, in the bench process) runs on the same cores. The turns "
        "repeat, so the red-flag check's results (cached by text in each process) cost almost nothing here; on a new "
        "long message it costs about 6 ms, so real traffic needs somewhat more CPU per message than measured.",
        "",
        "How to read the CPU rows: *Rasa CPU per message* is the CPU time of the Rasa server process(es) only, "
        "summed over replicas, divided by the messages answered. *Machine CPU busy* is the whole machine's CPU "
        "time over the load, as a share of all cores: it includes the load generator, the action server, nginx, "
        "Redis, PostgreSQL and anything else running, so near 100% means the machine, not the configuration, "
        "set the limit. *Not this benchmark's processes* is the part of it used by anything else on the machine "
        "(e.g. another engineer's tests): well above 0% means the run competed for the cores and its messages/s "
        "and latencies are worse than on a quiet machine.",
        "",
    ]
    if default:
        if default.get("full_training"):
            lines += ["The default config was trained as `configs/rasa_init.yml` says (`--full-training`: 100 epochs).", ""]
        else:
            lines += [
                f"**The default config was trained with {FAST_EPOCHS} epoch instead of 100** on DIETClassifier, "
                "ResponseSelector, TEDPolicy and UnexpecTEDIntentPolicy (a config derived from "
                "`configs/rasa_init.yml` with only `epochs` changed; `--full-training` uses the file as is). Trained "
                "as `rasa init` does, it did not finish within 25 minutes on this project's data, which made "
                "`make bench` infeasible. The cost of answering a message does not depend on the number of epochs: "
                "the same featurizers with the same vocabulary and the same network layers of the same sizes run "
                "on every message. Only what the model predicts changes, so its accuracy is not measured here "
                "(see reports/nlu_eval.md), and because it predicts differently its conversations can take a "
                "different path (other actions, other answers; see *bot messages per reply*), which this run "
                "cannot rule out as a small difference in work per message.",
                "",
            ]
    labels = [COLUMNS[name] for name in runs]
    lines += ["| measure | " + " | ".join(labels) + " |", "|---|" + "---|" * len(runs)]
    for label, row in table_rows(results, runs):
        lines.append(f"| {label.replace('{cores}', str(cores))} | " + " | ".join(row) + " |")
    lines.append("")
    ratios = []
    for run, base, text in (("served", "rasa_init", "served 1 process vs Rasa default"),
                            ("cluster_2", "rasa_init", "2-replica cluster vs Rasa default"),
                            ("cluster_2", "cluster_1", "2 replicas vs 1 replica"),
                            ("cluster_2", "served", "2-replica cluster vs served 1 process (SQLite)")):
        values = [f"{ratio(results, run, base, c):.2f}x at {c}" for c in (10, 50) if ratio(results, run, base, c)]
        if values:
            ratios.append(f"- {text}: " + ", ".join(values) + " concurrent")
    if ratios:
        lines += ["Throughput ratios (messages/s):", "", *ratios, ""]
    lines += ["| issue | target | measured | result |", "|---|---|---|---|"]
    for check in targets(results):
        if check["unit"] == "x":
            limit = f"≥ {check['limit']:g}x"
        elif check["unit"] == "MiB":
            limit = f"≤ {check['limit'] / 1024:g} GB ({check['limit']:.0f} MiB)"
        else:
            limit = f"≤ {check['limit']:g} {check['unit']}"
        measured = _fmt(check["value"], "{:.2f}x" if check["unit"] == "x" else "{:.0f} " + check["unit"])
        result = "not measured" if check["met"] is None else ("met" if check["met"] else "**NOT met**")
        lines.append(f"| {check['issue']} | {check['target']} {limit} | {measured} | {result} |")
    lines.append("")
    for note in meta.get("notes") or []:
        lines.append(note)
    return "\n".join(lines).rstrip() + "\n"
