# The single entry point: install, run, train, test, eval, bench, reports.
# Everything runs from the project's own .venv; nothing is fetched at run time.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV     := .venv
PY       := $(VENV)/bin/python
RASA     := $(VENV)/bin/rasa
STAMP    := $(VENV)/.installed
SPACY    := build/spacy/en_clinic
DOMAIN   := build/domain
MODEL    := models/current.tar.gz
NLU_DATA := $(shell find data -name '*.yml' 2>/dev/null)
CONTENT  := $(wildcard content/*.yml)

RASA_VERSION     := 3.6.21
RASA_SDK_VERSION := 3.6.2
PYTHON           ?= python3

.PHONY: help install lint render run train test test-cluster cluster shell eval bench reports reconcile retention content-review lock clean

help:
	@echo "make run     install if needed, train if stale, start the assistant"
	@echo "make test    install if needed, lint, run every test"
	@echo "make cluster | test-cluster (several replicas behind nginx, deploy/README.md)"
	@echo "make train | shell | eval | bench | reports | reconcile | retention | content-review | render | clean"

## install: .venv from the committed lock, then the project's spaCy pipeline
install: $(STAMP) $(SPACY)/meta.json web/widget/vendor/socket.io.min.js

$(STAMP): requirements/lock.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements/lock.txt
	$(VENV)/bin/pip install -q --disable-pip-version-check --no-deps --ignore-requires-python \
		rasa==$(RASA_VERSION) rasa-sdk==$(RASA_SDK_VERSION)
	touch $@

$(SPACY)/meta.json: $(STAMP) scripts/build_spacy.py
	$(PY) scripts/build_spacy.py $(SPACY)

## the widget's one third-party file (socket.io-client, pinned by web/package-lock.json)
web/widget/vendor/socket.io.min.js: web/package-lock.json
	scripts/install_browser.sh --web-only

## the domain Rasa trains on: domain.yml plus slots rendered from clinic.yml
$(DOMAIN)/clinic_slots.yml: clinic.yml botox_clinic/clinic.py $(CONTENT) $(STAMP)
	$(PY) -m botox_clinic.clinic render-domain $(DOMAIN)

## train only when data, domain, config or clinic.yml changed since the last model
## (code in addons/ and actions/ runs at serve time; a model never contains it)
## plain `rasa train` with its defaults: config.yml's importer (addons/importer.py) adds content/ and clinic.yml
$(MODEL): $(STAMP) $(SPACY)/meta.json $(DOMAIN)/clinic_slots.yml domain.yml clinic.yml config.yml $(NLU_DATA) $(CONTENT) configs/texting_shorthand.yml
	$(RASA) train --domain domain.yml --config config.yml --data data \
		--out models --fixed-model-name current
	touch $@

train: install $(MODEL)

# what Rasa reads at run time (var/runtime/endpoints.yml, credentials.yml) from the files and the environment;
# `make run` and the systemd units do it themselves (scripts/runtime_config.py)
render: $(STAMP)
	$(PY) scripts/runtime_config.py

run: install $(MODEL)
	$(PY) scripts/serve.py

shell: install $(MODEL)
	$(PY) scripts/serve.py --no-rasa & trap "kill %1" EXIT; \
	$(RASA) shell --model $(MODEL) --endpoints endpoints.yml

## ruff and mypy (pinned in the lock, configured in pyproject.toml); the first step of make test
lint: install
	$(VENV)/bin/ruff check actions addons botox_clinic scripts tests
	$(VENV)/bin/mypy

test: install lint $(MODEL)
	scripts/test.sh

## several Rasa replicas behind nginx on loopback (PostgreSQL, Redis); deploy/README.md
cluster: install $(MODEL)
	$(PY) scripts/cluster.py

## the cluster under failure: replica killed, Redis and PostgreSQL restarted (~2.5 min)
test-cluster: install $(MODEL)
	CLUSTER_TESTS=1 TF_CPP_MIN_LOG_LEVEL=2 PYTHONPATH="$(CURDIR)" $(PY) -m pytest -q -p no:cacheprovider tests/cluster

eval: install $(MODEL)
	$(PY) scripts/evaluate_nlu.py
	$(PY) scripts/evaluate_triage.py
	$(PY) scripts/evaluate_blind.py

## answers not yet signed off by a clinician (content/*.yml)
content-review: install
	$(PY) scripts/content_review.py

bench: install $(MODEL)
	$(PY) scripts/bench.py $(ARGS)

reports: install
	$(PY) -m botox_clinic.records list

reconcile: install
	$(PY) -m botox_clinic.records reconcile

## delete conversations and reports past RETENTION_DAYS (default 90): make retention ARGS="--days 30 --dry-run"
retention: install
	$(PY) scripts/retention.py $(ARGS)

## regenerate the lock from requirements/requirements.in (needs the registry)
lock:
	rm -rf build/lockvenv && $(PYTHON) -m venv build/lockvenv
	build/lockvenv/bin/pip install -q -r requirements/requirements.in
	{ head -2 requirements/lock.txt; build/lockvenv/bin/pip freeze; } > requirements/lock.new
	mv requirements/lock.new requirements/lock.txt

clean:
	rm -rf build models/*.tar.gz results
