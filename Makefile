# shuzibao: `make site` builds the sample edition into output/, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BASE_URL ?=
ARGS ?=

# Not root (a developer's machine): apt-get through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# SHUZIBAO_SKIP_BROWSER=1 skips the browser tests and their set-up; CI never sets it.
BROWSER_DEPS := $(if $(filter 1,$(SHUZIBAO_SKIP_BROWSER)),,.browser-deps)

.PHONY: site clean-content render serve test lint bench clean extract-corpus

# The virtualenv is (re)installed only when a requirements file changes.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

site: $(VENV)/.installed
	$(PY) build.py site $(if $(BASE_URL),--base-url $(BASE_URL)) $(ARGS)

serve: $(VENV)/.installed
	$(PY) build.py serve $(ARGS)

# The browser tests' own set-up: Debian's chromium and a Chinese font (so screenshots show text),
# and axe-core pinned by package-lock.json. Redone when the lock file changes.
.browser-deps: package.json package-lock.json
	@if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    chromium fonts-wqy-microhei fontconfig; \
	fi
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(VENV)/.installed $(BROWSER_DEPS)
	$(PY) -m pytest -q $(ARGS)

# The real-extractor fixtures (tests/fixtures/extracted/): corpus pages printed to PDF by chromium,
# their text taken out by poppler's pdftotext, pdfminer.six, pypdf and PyMuPDF. Only needed to
# regenerate them; `make test` reads the committed text.
$(VENV)/.extractors: $(VENV)/.installed requirements-extract.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-extract.txt
	touch $@

extract-corpus: $(VENV)/.extractors .browser-deps
	@if ! command -v pdftotext >/dev/null; then \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils; \
	fi
	$(PY) tests/extract_corpus.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check build.py shuzibao tests

# Timings of whole processes on generated archives (bench/work/), appended to bench/RESULTS.md.
N ?= 1000 10000
bench: $(VENV)/.installed
	$(PY) bench/run.py $(N) $(if $(LABEL),--label "$(LABEL)")

clean:
	rm -rf output output-test .output-* .shuzibao-state .pytest_cache .ruff_cache .browser-deps
