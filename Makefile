# Two entry points, each doing its own set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents code src/newsevents/samples/wikinews_sample.jsonl --db newsevents.duckdb
	COLUMNS=$${COLUMNS:-140} $(BIN)/newsevents events --db newsevents.duckdb --limit 25

test: $(STAMP)
	$(BIN)/pytest -q
