# Two commands: `make run` (build .venv, run the job on the sample articles, print the timeline)
# and `make test` (same environment plus test extras, whole pytest suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///sample-timeline.db
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: run test venv bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/timeline run samples/ --db $(DB)
	$(BIN)/timeline query --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check flows summarize timeline db tests benchmarks

clean:
	rm -rf $(VENV) sample-timeline.db .pytest_cache
