# Attack Ledger: every target sets up what it needs (a pinned uv, then the locked environment).
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
STAMP := $(VENV)/.synced-stamp
NATIVE_STAMP := $(VENV)/.native-stamp
EXTRACTION_SOURCES := $(wildcard ingest/extraction/*.py)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint typecheck bench evaluate clean setup

setup: $(NATIVE_STAMP)

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-groups --python $(PYTHON)
	@touch $@

# The extraction modules compiled with mypyc (about 30 s), again whenever a source changes; the
# tool says so in one line and the project stays pure Python when there is no C compiler.
$(NATIVE_STAMP): $(STAMP) $(EXTRACTION_SOURCES) ingest/native.py ingest/tools/build_native.py
	$(VENV)/bin/python -m ingest.tools.build_native
	@touch $@

run: $(NATIVE_STAMP)
	$(VENV)/bin/attack-ledger run

test: $(NATIVE_STAMP)
	$(VENV)/bin/pytest

# Extraction speed on one process (articles of about 2.5 KB): prints articles per second.
bench: $(NATIVE_STAMP)
	$(VENV)/bin/python -m ingest.bench --n 3000

# Extraction quality against the team's gold (sample corpus) and, when present, the dev corpus.
evaluate: $(NATIVE_STAMP)
	$(VENV)/bin/attack-ledger evaluate --gold ingest/sample_corpus/gold_events.jsonl \
		--articles ingest/sample_corpus/articles --articles ingest/sample_corpus/html \
		--articles ingest/sample_corpus/batches --articles ingest/sample_corpus/corrections
	@if [ -d ../shared/corpus/dev ]; then \
		$(VENV)/bin/attack-ledger evaluate --gold ../shared/corpus/dev/gold_events.jsonl \
			--articles ../shared/corpus/dev/articles; fi

lint: $(STAMP)
	$(VENV)/bin/ruff check ingest tests
	$(VENV)/bin/ruff format --check ingest tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(TOOLS) target logs warehouse.duckdb warehouse.duckdb.*
	rm -rf .native-build ingest/extraction/*.so ingest/extraction/_native.json
