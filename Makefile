# eventwire — developer entry points. Everything installs into ./.venv from the
# hashed lock files, so a fresh machine with Python 3.11 needs nothing else.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.duckdb
EXAMPLE := examples/forum_post.txt

.PHONY: demo test test-fast fuzz install install-dev lock bench evaluate dedup-eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python requirements-dev.lock pyproject.toml
	$(BIN)/python -m pip install -q --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: $(VENV)/.installed
	$(BIN)/eventwire analyze $(EXAMPLE) examples/repost_vbulletin.txt examples/repost_trimmed.txt --db $(DB) --date 2025-03-14
	$(BIN)/eventwire analyze examples/other_outlet.txt --db $(DB) --date 2025-03-15 > /dev/null
	$(BIN)/eventwire report --db $(DB) --format markdown

dedup-eval: $(VENV)/.installed
	$(BIN)/python benchmarks/dedup_eval.py gold/dedup/articles

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py gold/events --docs 10000

evaluate: $(VENV)/.installed
	$(BIN)/eventwire evaluate gold/events/test
	$(BIN)/eventwire evaluate-attribution gold/attribution/test

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -n 2

# Issue 15's fuzz suite: N generated bad inputs through ingest and analyze; prints the failure table.
N ?= 3000
fuzz: $(VENV)/.installed-dev
	$(BIN)/python -m tests.fuzz $(N)

test-fast: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -n 2 -m "not slow"

lock:
	$(BIN)/python -m pip install -q pip-tools
	$(BIN)/pip-compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.lock requirements.in
	$(BIN)/pip-compile -q --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -o requirements-dev.lock requirements-dev.in

clean:
	rm -rf $(VENV) $(DB) .pytest_cache build src/*.egg-info
