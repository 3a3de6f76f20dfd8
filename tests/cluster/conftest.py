"""The cluster tests: real servers (PostgreSQL, redis-server, nginx, two Rasa replicas, two action
servers) started once by scripts/cluster.py, on ports 5600-5699 (CLUSTER_BASE_PORT moves them).

They take a few minutes and start ~2 GB of servers, so they run only when asked for:

    CLUSTER_TESTS=1 .venv/bin/python -m pytest tests/cluster      # what `make test-cluster` runs
    .venv/bin/python -m pytest tests/cluster                      # naming the folder is asking too

A plain `pytest` (`make test`) collects and skips them (each carries the `cluster` marker); the
nginx-configuration tests (test_nginx_config.py) need no servers and always run.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

HERE = Path(__file__).resolve().parent
BASE_PORT = int(os.environ.get("CLUSTER_BASE_PORT", 5600))


def pytest_configure(config):
    config.addinivalue_line("markers", "cluster: starts the multi-replica cluster (make test-cluster)")


def _asked_for(config) -> bool:
    if os.environ.get("CLUSTER_TESTS") == "1":
        return True
    for arg in config.args:
        path = Path(arg.split("::")[0]).resolve()
        if path == HERE or HERE in path.parents:
            return True
    return False


def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(reason="cluster tests: run `make test-cluster` (or CLUSTER_TESTS=1)")
    asked = _asked_for(config)
    for item in items:
        # only the tests that start the cluster; the nginx-config tests run everywhere
        if HERE in Path(str(item.fspath)).resolve().parents and "cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.cluster)
            if not asked:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    import requests
    from cluster import Cluster

    if not (ROOT / "models" / "current.tar.gz").exists():
        pytest.fail("no trained model: run `make train`")
    workdir = tmp_path_factory.mktemp("cluster")
    # CLUSTER_ENDPOINTS, CLUSTER_PYTHONPATH: run the same tests against another endpoints file
    # (e.g. a candidate tracker or lock store on the given path)
    running = Cluster(replicas=2, actions=2, workdir=workdir, base_port=BASE_PORT,
                      endpoints=Path(os.environ.get("CLUSTER_ENDPOINTS", ROOT / "endpoints.cluster.yml")).resolve(),
                      extra_env={"STAFF_WEBHOOK_URL": "", "RASA_API_TOKEN": "",
                                 "PYTHONPATH": os.environ.get("CLUSTER_PYTHONPATH", "")})
    running.start()
    print(f"\ncluster started: { {k: round(v, 1) for k, v in running.startup_seconds.items()} }")
    try:
        # a greeting and a question each, so the first conversations of the tests do not pay for warm-up (a replica's
        # first question may run cold: after round 72 the message sent second in the alternating test was stored
        # first in each of 3 `make test-cluster` runs, and in none of 2 with this question in the warm-up)
        for index in range(running.replicas):
            for text in ("hi", "does botox hurt?"):
                requests.post(running.replica_url(index) + "/webhooks/rest/webhook",
                              json={"sender": f"warm-{index}", "message": text}, timeout=60)
        yield running
    finally:
        running.stop()
        print(f"cluster logs were in {running.log_dir}")
