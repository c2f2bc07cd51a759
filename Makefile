# eventwire — developer entry points. Everything installs into ./.venv from the
# hashed lock files, so a fresh machine with Python 3.11 needs nothing else.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.duckdb
EXAMPLE := examples/forum_post.txt

.PHONY: demo serve load-test test test-fast fuzz install install-dev accel lock bench bench-realistic evaluate dedup-eval extract-eval cues phoenix attribution-model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The lock files list every package a run needs, pinned and hashed: --no-deps installs exactly them,
# so a newer release on the index of a package that another asks for with an extra (justext's
# lxml[html_clean], weasel's smart-open[http]) cannot make pip's hash mode refuse the install.
# Then the hot forum-reading modules are compiled with mypyc (scripts/build_accel.py, about a
# minute; never fails the install: without a C compiler the pure modules run). `make accel` rebuilds
# them after an edit: until then the edited module runs as pure Python.
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python scripts/build_accel.py
	touch $@

$(VENV)/.installed-dev: $(BIN)/python requirements-dev.lock pyproject.toml
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements-dev.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python scripts/build_accel.py
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

accel: $(VENV)/.installed
	$(BIN)/python scripts/build_accel.py

demo: $(VENV)/.installed
	$(BIN)/eventwire analyze $(EXAMPLE) examples/repost_vbulletin.txt examples/repost_trimmed.txt --db $(DB) --date 2025-03-14
	$(BIN)/eventwire analyze examples/other_outlet.txt --db $(DB) --date 2025-03-15 > /dev/null
	$(BIN)/eventwire report --db $(DB) --format markdown
	@echo
	@echo "Open the workbench on this store:  $(BIN)/eventwire serve --db $(DB)   then browse http://127.0.0.1:8000/"

serve: $(VENV)/.installed
	$(BIN)/eventwire serve --db $(DB)

load-test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -s -m slow tests/test_workbench_load.py

dedup-eval: $(VENV)/.installed
	$(BIN)/python benchmarks/dedup_eval.py gold/dedup/articles

# Main-text F1 beside bare trafilatura on ../shared/dev-data/articles-readability,
# forum post recall / author / profile-URL accuracy on tests/fixtures/forums_wild, and speed.
extract-eval: $(VENV)/.installed
	$(BIN)/python benchmarks/extract_eval.py

# Rebuild src/eventwire/nlp/data/attribution_cues.tsv from PolNeAR's train split (build time only).
POLNEAR ?= ../shared/dev-data/attribution-polnear
cues: $(VENV)/.installed
	$(BIN)/python scripts/derive_cues.py $(POLNEAR)/train

phoenix: $(VENV)/.installed
	$(BIN)/python scripts/convert_phoenix.py

# Retrain src/eventwire/nlp/data/attribution_model.json (cue and content scorers) on PolNeAR's
# train split: CPU only, deterministic, about 5 minutes on one core (build time only, never in make test).
attribution-model: $(VENV)/.installed
	$(BIN)/python scripts/train_attribution.py $(POLNEAR)/train

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py gold/events --docs 10000

# Real-length news articles (read at run time from ../shared), stored analysis, 1 and 2
# workers (also as whole CLI runs), and the cost per document of adding ADD documents to
# stores of SIZES documents (built once, then kept under the temp folder).
ARTICLES ?= 60
SIZES ?= 1000,10000,50000
ADD ?= 500
bench-realistic: $(VENV)/.installed
	$(BIN)/python benchmarks/realistic.py ../shared/dev-data/attribution-polnear/train/text --articles $(ARTICLES) --sizes $(SIZES) --add $(ADD) --cli

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
	# weasel asks for smart-open[http]; pip's hash mode treats that extra as a requirement of its own and,
	# once a newer smart-open is on the index, fails on it as "not pinned". Pinning the extra keeps it to ours.
	sed -i 's/^smart-open==/smart-open[http]==/' requirements.lock requirements-dev.lock
	# justext asks for lxml[html_clean] the same way: once a newer lxml is on the index, hash mode fails on it.
	sed -i 's/^lxml==/lxml[html_clean]==/' requirements.lock requirements-dev.lock

clean:
	$(PYTHON) scripts/build_accel.py --clean
	rm -rf $(VENV) $(DB) .pytest_cache build src/*.egg-info test-output
