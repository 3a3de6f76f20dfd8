#!/usr/bin/env bash
# Everything `make test` runs, in order of cost. Called by the Makefile after install + train.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
RASA=.venv/bin/rasa
export TF_CPP_MIN_LOG_LEVEL=2 PYTHONPATH="$PWD"

echo "== rasa data validate"
$RASA data validate --domain domain.yml --data data --config config.yml --fail-on-warnings

echo "== test stories (rasa test core --fail-on-prediction-errors)"
rm -rf results/core
$RASA test core --model models/current.tar.gz --stories tests/stories --endpoints endpoints.yml \
  --out results/core --fail-on-prediction-errors

echo "== NLU on the held-out paraphrases (target: 95% intent and response accuracy)"
$PY scripts/evaluate_nlu.py --check-only

echo "== blind sets end to end: every emergency and urgent report answered at its level or higher, no silence"
$PY scripts/evaluate_blind.py --check --out results/blind_eval

echo "== browser and widget assets (Debian's Chromium for the browser tests)"
scripts/install_browser.sh

echo "== PostgreSQL for the tracker-store tests (a throwaway server)"
pgdir=$(mktemp -d)
trap 'scripts/test_postgres.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
TEST_POSTGRES_URL=$(scripts/test_postgres.sh start "$pgdir")
export TEST_POSTGRES_URL

echo "== pytest (unit, red-team triage, channels, live assistant, browser)"
$PY -m pytest -q -p no:cacheprovider
