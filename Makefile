# Two commands matter (see README): `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
SIZE   ?= small
HOST   ?= 127.0.0.1
PORT   ?= 8000
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: demo test test-fast install install-test browser-deps spark-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel

# runtime install (no torch: the default embedder is numpy-only)
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

# test install: torch must be pinned first, or a resolver pulls the CUDA build
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e ".[st,test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

browser-deps:
	bash scripts/install-browser.sh

# Java 17 (Debian) and PySpark for the Spark engine's parity tests
spark-deps: $(VENV)/.installed-test
	bash scripts/install-spark.sh $(BIN)/pip

demo: $(VENV)/.installed
	$(BIN)/journey demo --size $(SIZE)
	$(BIN)/journey serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test browser-deps spark-deps
	$(BIN)/python -m pytest -q

# quick loop while iterating: skips browser, load and server tests
test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q -m "not heavy"

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) workspace
