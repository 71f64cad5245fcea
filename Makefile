# marsad — two commands from a fresh clone: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: demo test lint typecheck unit install dev clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

demo: install
	mkdir -p $(OUT)
	$(BIN)/marsad ingest examples/txt examples/html examples/jsonl --db $(OUT)/marsad.db
	$(BIN)/marsad export --format acled-csv --db $(OUT)/marsad.db -o $(OUT)/events.csv
	$(BIN)/marsad export --format geojson --db $(OUT)/marsad.db -o $(OUT)/events.geojson
	$(BIN)/marsad export --format jsonl --db $(OUT)/marsad.db -o $(OUT)/documents.jsonl
	$(BIN)/marsad stats --db $(OUT)/marsad.db
	@echo ""
	@echo "Dashboard: run  $(BIN)/marsad serve --db $(OUT)/marsad.db"
	@echo "then open http://127.0.0.1:8000/  (REST API docs: http://127.0.0.1:8000/docs)"

lint: dev
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench

typecheck: dev
	$(BIN)/mypy

unit: dev
	$(BIN)/pytest

test: lint typecheck unit

bench: install
	for b in bench/*.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
