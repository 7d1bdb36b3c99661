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

.PHONY: demo test check lint typecheck pytest browser assets bench bench-moderation literal-needs pure clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip "setuptools>=77"
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The moderation modules setup.py compiles with mypyc (built in place by the install above),
# rebuilt when their source changes: a compiled module is imported in place of its source.
# REJOINDER_PURE_PYTHON=1 removes them (the source then runs as Python) and runs this each time.
COMPILED_FROM := src/rejoinder/compiled-from.json
$(COMPILED_FROM): setup.py $(wildcard src/rejoinder/domain/*.py src/rejoinder/moderation/*.py) | $(STAMP)
	$(BIN)/python setup.py --quiet build_ext --inplace

# The widget's build tools (esbuild) and the accessibility checker the browser tests inject.
NODE_STAMP := frontend/node_modules/.installed
$(NODE_STAMP): frontend/package.json frontend/package-lock.json
	npm ci --prefix frontend --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Rebuild src/rejoinder/web/static from frontend/src (the built files are committed).
assets: $(NODE_STAMP)
	node frontend/build.mjs

# The rules' patterns read ahead (src/rejoinder/moderation/literal_needs.json), made again
# after a rule's pattern is edited (tests/moderation/test_literal_needs.py says when).
literal-needs: $(STAMP) $(COMPILED_FROM)
	$(BIN)/python scripts/literal_needs.py

demo: $(STAMP) $(COMPILED_FROM)
	$(BIN)/rejoinder demo

test: $(STAMP) $(COMPILED_FROM) $(NODE_STAMP) browser lint typecheck pytest

# Browser tests drive Debian's chromium (Playwright's own browser downloads do not work here).
browser:
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

lint: $(STAMP)
	$(BIN)/ruff check setup.py src tests bench scripts
	$(BIN)/ruff format --check setup.py src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

# One worker per core (pytest-xdist): the suite is processor-bound, and each worker has its
# own SQLite template and PostgreSQL database (tests/conftest.py).
pytest: $(STAMP) $(COMPILED_FROM)
	$(BIN)/pytest -q -n auto

bench: $(STAMP) $(COMPILED_FROM)
	$(BIN)/python bench/api.py

bench-moderation: $(STAMP) $(COMPILED_FROM)
	$(BIN)/python bench/moderation.py

# Back to the Python source alone (as a pure-Python install runs it), e.g. while writing rules:
# `make pure`, then REJOINDER_PURE_PYTHON=1 make ... keeps it so.
pure:
	REJOINDER_PURE_PYTHON=1 $(BIN)/python setup.py --quiet build_ext --inplace

clean:
	rm -rf build $(COMPILED_FROM)
	find src -name '*.so' -delete
	rm -rf $(VENV) frontend/node_modules rejoinder-demo .pytest_cache .mypy_cache .ruff_cache
