# Two entry points (see README): `make demo` and `make test`. Everything else is a helper.
# The venv's interpreter: Debian's packaged CPython 3.11 where it is installed with its venv
# module (built with profile-guided and link-time optimisation and a static libpython, it
# scores a comment in about a tenth fewer instructions than a default pyenv build of 3.11:
# docs/benchmarks.md), else whatever `python3` is. `make PYTHON=...` chooses another.
DEBIAN_PYTHON := /usr/bin/python3.11
PYTHON ?= $(shell $(DEBIAN_PYTHON) -c 'import ensurepip, venv' 2>/dev/null && echo $(DEBIAN_PYTHON) || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test check lint typecheck pytest browser assets bench bench-moderation clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The widget's build tools (esbuild) and the accessibility checker the browser tests inject.
NODE_STAMP := frontend/node_modules/.installed
$(NODE_STAMP): frontend/package.json frontend/package-lock.json
	npm ci --prefix frontend --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Rebuild src/rejoinder/web/static from frontend/src (the built files are committed).
assets: $(NODE_STAMP)
	node frontend/build.mjs

demo: $(STAMP)
	$(BIN)/rejoinder demo

test: $(STAMP) $(NODE_STAMP) browser lint typecheck pytest

# Browser tests drive Debian's chromium (Playwright's own browser downloads do not work here).
browser:
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/api.py

bench-moderation: $(STAMP)
	$(BIN)/python bench/moderation.py

clean:
	rm -rf $(VENV) frontend/node_modules rejoinder-demo .pytest_cache .mypy_cache .ruff_cache
