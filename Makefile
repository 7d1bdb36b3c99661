# Two entry points (see README): `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
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
