"""The pure parts of the benchmark (scripts/bench_report.py): statistics, the 1-epoch default config,
the model cache key, the up-to-date check, the targets and the report. No server, no training."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from bench_report import (COLUMNS, EPOCH_COMPONENTS, TARGETS, cache_key, fast_training_config, model_up_to_date,
                          percentile, ratio, render, summarize, targets)

ROOT = Path(__file__).resolve().parent.parent


def test_percentile_interpolates_between_ranks():
    values = [10, 20, 30, 40, 50]
    assert percentile(values, 50) == 30
    assert percentile(values, 0) == 10 and percentile(values, 100) == 50
    assert percentile(values, 95) == pytest.approx(48)
    assert percentile(list(range(1, 101)), 95) == pytest.approx(95.05)
    assert percentile([7], 95) == 7
    assert percentile([3, 1, 2], 50) == 2  # unsorted input
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile([1], 101)


def test_summarize_units():
    result = summarize([10.0] * 90 + [100.0] * 10, elapsed_s=2.0, server_cpu_s=0.5, errors=1,
                       machine_cpu_s=3.0, cores=2, bot_messages=150)
    assert result["messages"] == 100 and result["errors"] == 1
    assert result["msgs_per_s"] == 50.0
    assert result["p50_ms"] == 10.0 and result["p95_ms"] == 100.0
    assert result["cpu_ms_per_msg"] == 5.0          # 0.5 CPU-s over 100 messages
    assert result["machine_cpu_ms_per_msg"] == 30.0
    assert result["machine_busy_pct"] == 75.0       # 3 CPU-s of 2 cores x 2 s
    assert result["bot_messages_per_reply"] == 1.5
    with pytest.raises(ValueError):
        summarize([], 1.0, 0.0)


def test_fast_training_config_changes_only_epochs():
    original = (ROOT / "configs" / "rasa_init.yml").read_text()
    fast = yaml.safe_load(fast_training_config(original))
    full = yaml.safe_load(original)
    for section in ("pipeline", "policies"):
        assert len(fast[section]) == len(full[section])
        for a, b in zip(fast[section], full[section]):
            if a["name"] in EPOCH_COMPONENTS:
                assert a["epochs"] == 1 and b["epochs"] == 100
                a, b = dict(a), dict(b)
                a.pop("epochs"), b.pop("epochs")
            assert a == b
    assert {c["name"] for s in ("pipeline", "policies") for c in fast[s] if "epochs" in c} == set(EPOCH_COMPONENTS)
    assert {k: v for k, v in fast.items() if k not in ("pipeline", "policies")} == \
        {k: v for k, v in full.items() if k not in ("pipeline", "policies")}
    with pytest.raises(ValueError):
        fast_training_config("pipeline:\n  - name: WhitespaceTokenizer\n")


def test_cache_key_follows_config_and_file_contents(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "nlu.yml").write_text("a")
    domain = tmp_path / "domain"
    domain.mkdir()
    (tmp_path / "target.yml").write_text("x")
    (domain / "linked.yml").symlink_to(tmp_path / "target.yml")
    inputs = [data, domain]
    key = cache_key("config", inputs, tmp_path, "rasa 3.6.21")
    assert len(key) == 16 and key == cache_key("config", inputs, tmp_path, "rasa 3.6.21")
    assert key != cache_key("config 2", inputs, tmp_path, "rasa 3.6.21")
    assert key != cache_key("config", inputs, tmp_path, "rasa 3.6.20")
    os.utime(data / "nlu.yml", (1, 1))  # a touch alone changes nothing
    assert key == cache_key("config", inputs, tmp_path, "rasa 3.6.21")
    (tmp_path / "target.yml").write_text("y")  # through the symlink
    changed = cache_key("config", inputs, tmp_path, "rasa 3.6.21")
    assert changed != key
    (data / "more.yml").write_text("")
    assert cache_key("config", inputs, tmp_path, "rasa 3.6.21") != changed


def test_model_up_to_date_by_modification_time(tmp_path):
    model, source = tmp_path / "model.tar.gz", tmp_path / "data" / "nlu.yml"
    source.parent.mkdir()
    source.write_text("a")
    assert model_up_to_date(model, [source.parent])[0] is False  # no model
    model.write_text("m")
    os.utime(source, (100, 100))
    os.utime(model, (200, 200))
    assert model_up_to_date(model, [source.parent, tmp_path / "missing.yml"])[0] is True
    os.utime(source, (300, 300))
    fresh, why = model_up_to_date(model, [source.parent])
    assert not fresh and "nlu.yml" in why


def load(msgs_per_s, p95=50.0):
    return {"msgs_per_s": msgs_per_s, "p50_ms": p95 / 2, "p95_ms": p95, "cpu_ms_per_msg": 5.0, "errors": 0,
            "machine_busy_pct": 90.0, "bot_messages_per_reply": 1.2}


def results(served10=150.0, default10=40.0, c1=(140.0, 150.0), c2=(230.0, 250.0), p95_c2=120.0):
    return {
        "served": {"startup_s": {"rasa": 15.0, "actions": 2.0}, "memory_mb": {"rasa": 900.0, "actions": 150.0},
                   "loads": {"1": load(160), "10": load(served10, 100.0), "50": load(170, 400.0)},
                   "train_note": "models/current.tar.gz (up to date, not retrained)"},
        "rasa_init": {"startup_s": {"rasa": 28.0}, "memory_mb": {"rasa": 1400.0, "actions": 150.0},
                      "loads": {"1": load(40), "10": load(default10, 500.0), "50": load(50, 900.0)},
                      "train_s": 120.0, "train_note": "120 s, 1 epoch"},
        "cluster_1": {"startup_s": {"rasa-1": 16.0, "total": 40.0}, "memory_mb": {"rasa-1": 950.0, "actions-1": 160.0},
                      "loads": {"10": load(c1[0], 110.0), "50": load(c1[1], 500.0)}},
        "cluster_2": {"startup_s": {"rasa-1": 18.0, "rasa-2": 21.0, "total": 55.0},
                      "memory_mb": {"rasa-1": 950.0, "rasa-2": 940.0, "actions-1": 160.0},
                      "loads": {"10": load(c2[0], p95_c2), "50": load(c2[1], 300.0)}},
    }


def by_target(rows):
    return {row["target"]: row for row in rows}


def test_targets_met_and_not_met():
    rows = by_target(targets(results()))
    assert rows["messages/s at 10 concurrent, served 1 process vs Rasa default 1 process"]["value"] == 3.75
    assert rows["messages/s at 10 concurrent, served 1 process vs Rasa default 1 process"]["met"] is True
    assert rows["p95 latency at 10 concurrent, served 1 process"]["met"] is True
    assert rows["Rasa server start-up (model loaded), served 1 process"]["met"] is True
    assert rows["Rasa server peak memory, served 1 process"]["met"] is True
    two_vs_one_10 = rows["messages/s at 10 concurrent, 2 replicas vs 1 replica"]
    assert two_vs_one_10["value"] == pytest.approx(230 / 140) and two_vs_one_10["met"] is True
    assert rows["messages/s at 50 concurrent, 2 replicas vs 1 replica"]["met"] is True   # 250/150 = 1.67
    assert rows["messages/s at 10 concurrent, 2-replica cluster vs Rasa default 1 process"]["met"] is True  # 5.75
    assert rows["messages/s at 50 concurrent, 2-replica cluster vs Rasa default 1 process"]["met"] is True  # 5.0
    assert rows["p95 latency at 10 concurrent, 2-replica cluster"]["met"] is True
    assert rows["Rasa replica start-up (model loaded), slowest of the 2-replica cluster"]["value"] == 21.0
    assert rows["Rasa replica start-up (model loaded), slowest of the 2-replica cluster"]["met"] is False
    assert rows["peak memory of each Rasa replica, 2-replica cluster"]["value"] == 950.0

    rows = by_target(targets(results(served10=100.0, c2=(200.0, 230.0), p95_c2=151.0)))
    assert rows["messages/s at 10 concurrent, served 1 process vs Rasa default 1 process"]["met"] is False  # 2.5
    assert rows["messages/s at 10 concurrent, 2 replicas vs 1 replica"]["met"] is False   # 1.43
    assert rows["messages/s at 50 concurrent, 2 replicas vs 1 replica"]["met"] is False   # 1.53
    assert rows["p95 latency at 10 concurrent, 2-replica cluster"]["met"] is False


def test_limits_are_inclusive():
    r = results(served10=120.0, default10=40.0)   # exactly 3x
    assert by_target(targets(r))["messages/s at 10 concurrent, served 1 process vs Rasa default 1 process"]["met"]
    assert TARGETS["peak_mb"] == pytest.approx(1.2 * 1024)


def test_missing_runs_are_not_measured_not_failed():
    partial = {k: v for k, v in results().items() if k in ("served", "rasa_init")}
    rows = by_target(targets(partial))
    assert rows["messages/s at 10 concurrent, 2 replicas vs 1 replica"]["met"] is None
    assert rows["messages/s at 10 concurrent, served 1 process vs Rasa default 1 process"]["met"] is True
    assert ratio(partial, "cluster_2", "rasa_init", 10) is None
    text = render(partial, {"cores": 2, "counts": {"1": 100, "10": 300, "50": 500}})
    assert "not measured" in text and "NOT met" not in text


def test_report_states_targets_columns_and_the_epoch_caveat():
    meta = {"cores": 2, "memory_gib": 24, "python": "3.11.7", "rasa": "3.6.21", "date": "2026-11-30", "wall_s": 600,
            "counts": {"1": 100, "10": 300, "50": 500}, "turns": 10, "loadavg": "0.5"}
    text = render(results(served10=100.0), meta)
    for name, heading in COLUMNS.items():
        assert (heading in text) == (name != "served_stock_store")   # only the runs measured
    assert "1 epoch instead of 100" in text
    assert "does not depend on the number of epochs" in text
    assert "| 9 | messages/s at 10 concurrent, served 1 process vs Rasa default 1 process ≥ 3x | 2.50x | **NOT met** |" \
        in text
    assert "| 12 | messages/s at 50 concurrent, 2-replica cluster vs Rasa default 1 process ≥ 4x | 5.00x | met |" in text
    assert "| 9 | p95 latency at 10 concurrent, served 1 process ≤ 150 ms | 100 ms | met |" in text
    assert "| **messages/s, 10 concurrent** | **100.0** |" in text
    assert "950 MiB / 940 MiB" in text      # each replica
    assert "600 s" in text
    # a full-training run says so instead
    r = results()
    r["rasa_init"]["full_training"] = True
    assert "1 epoch instead of 100" not in render(r, meta)
