# shuzibao: `make site` builds the sample edition into output/, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BASE_URL ?=
ARGS ?=

.PHONY: site clean-content render serve test lint bench clean

# The virtualenv is (re)installed only when a requirements file changes.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

site: $(VENV)/.installed
	$(PY) build.py site $(if $(BASE_URL),--base-url $(BASE_URL)) $(ARGS)

serve: $(VENV)/.installed
	$(PY) build.py serve $(ARGS)

test: $(VENV)/.installed
	$(PY) -m pytest -q $(ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check build.py shuzibao tests

# Timings of whole processes on generated archives (bench/work/), appended to bench/RESULTS.md.
N ?= 1000 10000
bench: $(VENV)/.installed
	$(PY) bench/run.py $(N) $(if $(LABEL),--label "$(LABEL)")

clean:
	rm -rf output output-test .output-* .shuzibao-state .pytest_cache .ruff_cache
