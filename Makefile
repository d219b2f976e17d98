# Attack Ledger: every target sets up what it needs (a pinned uv, then the locked environment).
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
STAMP := $(VENV)/.synced-stamp
NATIVE_STAMP := $(VENV)/.native-stamp
GAZETTEER := ingest/data/gazetteer/extractor_index.pickle
REPORT_ASSETS := ingest/report_assets/vendor/leaflet.js
EXTRACTION_SOURCES := $(wildcard ingest/extraction/*.py)
GAZETTEER_INPUTS := $(wildcard ingest/tools/gazetteer/*.py ingest/tools/*.csv) \
	ingest/tools/build_gazetteer.py ingest/tools/stop_aliases.txt ingest/extraction/normalize.py \
	ingest/extraction/gazetteer.py
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint typecheck bench bench-e2e evaluate clean setup wheel browser

setup: $(NATIVE_STAMP) $(GAZETTEER) $(REPORT_ASSETS)

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-groups --python $(PYTHON)
	@touch $@

# The extraction modules compiled with mypyc, again whenever a source changes; the tool says so
# in one line and the project stays pure Python when there is no C compiler. Profile-guided by
# default (about 4 minutes instead of 1.5, about 10 % faster: see ingest/tools/build_native.py);
# `make test NATIVE_OPTIONS=` builds without the profile.
NATIVE_OPTIONS ?= --pgo
$(NATIVE_STAMP): $(STAMP) $(EXTRACTION_SOURCES) ingest/native.py ingest/tools/build_native.py
	$(VENV)/bin/python -m ingest.tools.build_native $(NATIVE_OPTIONS)
	@touch $@

# The worldwide gazetteer (about 40 s), generated from the locked registry packages and the
# curated CSVs, again whenever one of them or the folding code changes.
$(GAZETTEER): $(STAMP) $(GAZETTEER_INPUTS)
	$(VENV)/bin/python -m ingest.tools.build_gazetteer
	@touch $@

# The report's map library and basemap from the npm registry, checked against pinned sha512s
# (ingest/tools/fetch_report_assets.py); npm comes from Debian when it is missing.
$(REPORT_ASSETS): ingest/tools/fetch_report_assets.py | $(STAMP)
	@command -v npm >/dev/null || (apt-get update -q && apt-get install -y -q --no-install-recommends npm)
	$(VENV)/bin/python -m ingest.tools.fetch_report_assets
	@touch $@

# Headless Chromium for the report's browser tests, from Debian's packages.
browser:
	@command -v chromium >/dev/null || (apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core)

run: $(NATIVE_STAMP) $(GAZETTEER) $(REPORT_ASSETS)
	$(VENV)/bin/attack-ledger run

# The tests start hundreds of CLI processes: Python may cache their compiled imports (where
# the environment sets PYTHONDONTWRITEBYTECODE, each one compiles dbt, dlt and GX again).
test: $(NATIVE_STAMP) $(GAZETTEER) $(REPORT_ASSETS) browser
	env -u PYTHONDONTWRITEBYTECODE $(VENV)/bin/pytest

# Extraction speed on one process (articles of about 2.5 KB): prints articles per second.
bench: $(NATIVE_STAMP) $(GAZETTEER)
	$(VENV)/bin/python -m ingest.bench --n 3000

# End to end on N generated articles: ingest, build, check, +1 %, as-of, N copies (up to 1,000).
N ?= 1000
bench-e2e: $(NATIVE_STAMP) $(GAZETTEER)
	$(VENV)/bin/python -m ingest.bench_e2e --n $(N)

# Extraction quality against the team's gold (sample corpus) and, when present, the dev corpus.
evaluate: $(NATIVE_STAMP) $(GAZETTEER)
	$(VENV)/bin/attack-ledger evaluate --gold ingest/sample_corpus/gold_events.jsonl \
		--articles ingest/sample_corpus/articles --articles ingest/sample_corpus/html \
		--articles ingest/sample_corpus/batches --articles ingest/sample_corpus/corrections
	@if [ -d ../shared/corpus/dev ]; then \
		$(VENV)/bin/attack-ledger evaluate --gold ../shared/corpus/dev/gold_events.jsonl \
			--articles ../shared/corpus/dev/articles; fi
	@if [ -d ../shared/corpus/world ]; then \
		$(VENV)/bin/attack-ledger evaluate --gold ../shared/corpus/world/gold_events.jsonl \
			--articles ../shared/corpus/world/articles \
			--metadata ../shared/corpus/world/articles.csv; fi

# The wheel carries the dbt project, the gazetteer and the report's assets (pyproject.toml).
wheel: $(GAZETTEER) $(REPORT_ASSETS)
	$(UV) build --wheel --offline -o dist

lint: $(STAMP)
	$(VENV)/bin/ruff check ingest tests
	$(VENV)/bin/ruff format --check ingest tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(TOOLS) target logs dist warehouse.duckdb warehouse.duckdb.* warehouse.published.duckdb
	rm -rf .native-build ingest/extraction/*.so ingest/extraction/_native.json ingest/data/gazetteer
	rm -rf ingest/report_assets/vendor
